//! The rules, in the order they run. Earlier rules handle the more specific patterns (a URL
//! before its digits, a date before its numbers); each leaves what it does not understand.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::cx::Cx;

mod abbreviation;
mod address;
mod cardinal;
mod cleanup;
mod comparison;
mod currency_code;
mod date;
mod decimal;
mod electronic;
mod era;
mod initialism;
mod joint;
mod latin;
mod markup;
pub(crate) mod math;
mod measure;
mod money;
mod number;
mod ordinal;
mod phone;
mod punct_gap;
mod reference;
mod roman;
mod score;
mod scripture;
mod serial;
mod signs;
mod symbols;
mod time;
mod version;

pub(crate) fn run(text: &str, cx: &Cx) -> String {
    let s = cleanup::pre(text);
    let out = match markup::split(&s) {
        Some(pieces) => {
            let done: Vec<(bool, &str, String)> = pieces
                .into_iter()
                .map(|(protected, p)| {
                    (protected, p, if protected { p.to_string() } else { run_rules(p, cx) })
                })
                .collect();
            markup::join(&done)
        }
        None => run_rules(&s, cx),
    };
    cleanup::post(&out)
}

fn run_rules(text: &str, cx: &Cx) -> String {
    let mut s = text.to_string();
    for rule in [
        electronic::apply,
        // Before the numbers are read: the words of a sign govern the number's case.
        comparison::apply,
        punct_gap::apply,
        phone::apply,
        address::apply,
        reference::apply,
        scripture::apply,
        // Before the hyphen of "3/4-inch" is dropped and "3m" is read.
        decimal::apply_fractions_of_units,
        decimal::apply_spaced_dimensions,
        joint::apply,
        initialism::apply,
        latin::apply_codes,
        serial::apply,
        version::apply,
        era::apply,
        abbreviation::apply_before_numbers,
        date::apply,
        score::apply,
        time::apply,
        money::apply,
        currency_code::apply,
        measure::apply,
        signs::apply_word_slash,
        signs::apply_letter_ranges,
        roman::apply,
        // Fractions first: "1/4th" is a fraction, not "1/" and the ordinal "4th".
        decimal::apply,
        ordinal::apply,
        math::apply,
        cardinal::apply,
        abbreviation::apply,
        latin::apply_words,
        symbols::apply,
        signs::apply,
    ] {
        s = rule(&s, cx);
    }
    s
}

/// `re.replace_all` where the closure sees the whole text and the match's byte range, and
/// returns `None` to keep the match as written.
pub(crate) fn replace(
    s: &str,
    re: &LazyLock<Regex>,
    mut f: impl FnMut(&Captures, &str, usize, usize) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut last = 0;
    for caps in re.captures_iter(s) {
        let Some(m) = caps.get(0) else { continue };
        if m.start() < last {
            continue;
        }
        out.push_str(&s[last..m.start()]);
        match f(&caps, s, m.start(), m.end()) {
            Some(rep) => out.push_str(&rep),
            None => out.push_str(m.as_str()),
        }
        last = m.end();
    }
    out.push_str(&s[last..]);
    out
}

/// Whether the text has a Latin letter: the English rules whose matches hold one ("2h 5m",
/// "SCR", "15.2hh") skip a text without any (a Russian one) before their patterns scan it.
pub(crate) fn has_latin(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_alphabetic())
}

pub(crate) fn re(pattern: &str) -> Regex {
    // `\d` is ASCII here: the number readers spell 0-9 and slice matches by byte, while the
    // regex crate's Unicode `\d` also matches other scripts' digits ("١٢٣", "४२"), which pass
    // through unread. `[0-9]` nests inside a class too (`[\d,]` -> `[[0-9],]`).
    let pattern = pattern.replace(r"\d", "[0-9]");
    // Patterns are constants of this crate, covered by its tests.
    Regex::new(&pattern).unwrap_or_else(|e| panic!("bad built-in regex {pattern:?}: {e}"))
}

/// Whether `rest` opens with one of `marks` and a digit after it: the number before it goes
/// on ("1:1000:5", "3/20/2024", "2.0.1"), so a rule reading it alone leaves it.
pub(crate) fn mark_then_digit(rest: &str, marks: &[char]) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(|c| marks.contains(&c))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Digits of a number written with group separators ("1 250", "13,000", "2.300").
/// An English whole number grouped by commas in threes ("29,000", "1,250,000").
pub(crate) fn comma_grouped(int: &str) -> bool {
    int.contains(',') && int.split(',').skip(1).all(|g| g.len() == 3)
}

pub(crate) fn strip_groups(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether the dot of an abbreviation after a number ("5 руб.", "3 млн.") also ends a
/// sentence: a capital follows (such abbreviations do not stand before names), or the text
/// ends there. Russian writes one dot for both, and a TTS engine keeps it: the period is what
/// gives the last words their falling, final intonation and the pause after them, so "7 руб."
/// reads "семь рублей." (NeMo's test data drops it, "один рубль"; ru-normalizr keeps it).
pub(crate) fn dot_ends_sentence(text: &str, _start: usize, after_dot: usize) -> bool {
    match text.get(after_dot..).unwrap_or("").trim_start().chars().next() {
        Some(c) => c.is_uppercase(),
        None => true,
    }
}

/// Pads a replacement with spaces where it touches letters or digits, so "12kg" reads
/// "twelve kilograms" and "(1)Hello" keeps its bracket.
pub(crate) fn spaced(text: &str, start: usize, end: usize, rep: &str) -> String {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let mut out = String::new();
    if before.is_some_and(char::is_alphanumeric) {
        out.push(' ');
    }
    out.push_str(rep);
    if after.is_some_and(char::is_alphanumeric) {
        out.push(' ');
    }
    out
}

/// The whole pipeline on `text` with the language named, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn norm(text: &str, lang: crate::Lang) -> String {
    crate::Normalizer::default().normalize(text, Some(lang))
}

/// Asserts each Russian (written, spoken) pair, naming the written text on a failure.
#[cfg(test)]
pub(crate) fn assert_ru_readings(cases: &[(&str, &str)]) {
    for (written, spoken) in cases {
        assert_eq!(norm(written, crate::Lang::Ru), *spoken, "{written}");
    }
}
