//! Reading one integer in context, shared by the rules.

use crate::cx::{Cx, Lang, RuContext};
use crate::num::ru::{Case, Form, Gender};
use crate::num::{en, ru};
use crate::text::choice;

/// A Russian integer where the context may not decide: the chosen reading plus, when
/// undecided, the other case forms and ordinal readings (NeMo accepts any of them).
pub(crate) fn ru_int(digits: &str, rc: &RuContext, gender: Gender) -> String {
    if rc.noun_wants_ordinal {
        return ru::ordinal(digits, rc.ordinal_form(Gender::Masc));
    }
    let gender = rc.gender(gender);
    let mut first = ru::cardinal(digits, rc.cardinal_case_for(digits), gender);
    if rc.animate_accusative {
        first = ru::animate_accusative(&first);
    }
    if rc.decided() {
        // 1xxx is said with or without "одна" (к одной тысяче двумстам / к тысяче двумстам).
        return choice(first.clone(), [bare_thousand(digits, &first)]);
    }
    let mut alts: Vec<String> = Vec::new();
    alts.push(bare_thousand(digits, &first));
    for c in Case::ALL {
        for g in [Gender::Masc, Gender::Fem, Gender::Neut] {
            alts.push(ru::cardinal(digits, c, g));
            alts.push(ru::ordinal(digits, Form::new(c, g)));
        }
        alts.push(ru::ordinal(digits, Form::plural(c)));
    }
    choice(first, alts)
}

/// "тысяча сто" for "одна тысяча сто", the other common reading of 1xxx, in any case
/// ("одной тысяче" -> "тысяче", "одну тысячу" -> "тысячу").
fn bare_thousand(digits: &str, reading: &str) -> String {
    if digits.len() == 4 && digits.starts_with('1') {
        for one in ["одна ", "одной ", "одну ", "одною "] {
            if let Some(rest) = reading.strip_prefix(one) {
                return rest.to_string();
            }
        }
    }
    reading.to_string()
}

pub(crate) fn int(digits: &str, lang: Lang, text: &str, start: usize, end: usize) -> String {
    match lang {
        Lang::En if en_scale_follows(&text[end..]) => en::cardinal_str(digits, false),
        // Four bare digits of a plausible year (1xxx, 2xxx) read as a year in English ("1975",
        // "2012", "2100 cars", street numbers "1211"); other four-digit numbers, signed ones
        // ("-2048") and numbers written with a group separator ("4,276") are quantities, as
        // are those past 2100 that count a plural noun ("2515 buckets"; a round hundred reads
        // either way, "twenty one hundred").
        Lang::En
            if digits.len() == 4
                && matches!(digits.as_bytes()[0], b'1' | b'2')
                && !text[..start].ends_with(['-', '−'])
                && text[start..end].bytes().all(|b| b.is_ascii_digit())
                && !en_count_past_years(digits, text, start, end) =>
        {
            en::year(digits.parse().unwrap_or(0))
        }
        Lang::En => en::cardinal_str(digits, true),
        Lang::Ru => ru_int(digits, &RuContext::at(text, start, end), Gender::Masc),
    }
}

/// Four digits that count a plural noun after them, not a year that dates it: past 2100
/// anywhere but after a preposition that dates things ("2515 buckets"; "in 2515 humans fly"),
/// below it after a past verb or a word of quantity ("bought 1315 stretchers", "nearly 1780
/// tickets"; "the 1990 elections", "of 1851 was", "letter 1908 tells" stay years). A round
/// hundred reads either way ("twenty one hundred").
fn en_count_past_years(digits: &str, text: &str, start: usize, end: usize) -> bool {
    if digits.ends_with("00") || !en_plural_after(&text[end..]) {
        return false;
    }
    if digits > "2100" {
        return !en_time_preposition_before(text, start);
    }
    crate::cx::adjacent_word_before(text, start).is_some_and(|w| en_count_word(&w))
}

/// A word after which a number counts: a past verb ("bought", "listed") or a word of quantity
/// ("nearly", "than").
fn en_count_word(w: &str) -> bool {
    #[rustfmt::skip]
    const COUNT_WORDS: &[&str] = &[
        "bought", "sold", "held", "had", "has", "have", "made", "built", "took", "got", "gave",
        "sent", "kept", "won", "lost", "paid", "spent", "grew", "brought", "caught", "drew",
        "found", "saw", "hired", "nearly", "almost", "about", "approximately", "around",
        "roughly", "some", "over", "than", "only", "just", "least", "most", "exactly", "another",
        "total", "employs", "employ", "contains", "contain", "includes", "include",
    ];
    COUNT_WORDS.contains(&w) || w.len() > 4 && w.ends_with("ed")
}

/// Whether a preposition that dates things stands right before byte `pos` ("in 2515 humans
/// fly": a year).
fn en_time_preposition_before(text: &str, pos: usize) -> bool {
    crate::cx::adjacent_word_before(text, pos).is_some_and(|w| {
        matches!(
            w.as_str(),
            "in" | "by" | "since" | "until" | "till" | "from" | "after" | "before" | "circa"
        )
    })
}

/// Whether a plural English noun follows: a lowercase word ending in "s", not in "ss", "us"
/// or "is", nor a verb or a function word ending so ("was", "has", "its").
fn en_plural_after(after: &str) -> bool {
    const NOT_PLURAL: &[&str] = &[
        "was",
        "has",
        "does",
        "goes",
        "this",
        "thus",
        "plus",
        "minus",
        "its",
        "his",
        "hers",
        "ours",
        "yours",
        "theirs",
        "less",
        "unless",
        "across",
        "always",
        "perhaps",
        "besides",
        "whereas",
        "towards",
        "afterwards",
        "seems",
        "makes",
        "takes",
        "gives",
        "becomes",
    ];
    after.strip_prefix(' ').is_some_and(|rest| {
        let w: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        w.len() > 3
            && w.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_PLURAL.contains(&w.as_str())
    })
}

/// Whether an English scale word follows ("240 million"): the number is then the head of a
/// larger one, and the British "and" belongs to that number's last group, which is empty
/// ("two hundred forty million", as NeMo reads it).
pub(crate) fn en_scale_follows(after: &str) -> bool {
    let w = after.trim_start_matches(' ');
    w.len() < after.len()
        && ["thousand", "million", "billion", "trillion"].iter().any(|s| {
            w.strip_prefix(s).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        })
}

pub(crate) fn lang(cx: &Cx, text: &str, start: usize, end: usize) -> Lang {
    cx.lang_at(text, start, end)
}

#[cfg(test)]
mod tests {
    use super::super::assert_ru_readings;
    use crate::Lang;

    #[test]
    fn russian_singular_noun_after_one_sets_case_and_gender() {
        assert_ru_readings(&[
            ("На 1 доме.", "На одном доме."),
            ("В 21 рубле.", "В двадцати одном рубле."),
            ("С 51 домом.", "С пятьюдесятью одним домом."),
            ("К 461 тысяче.", "К четырёмстам шестидесяти одной тысяче."),
            ("Менее 500421 минуты.", "Менее пятисот тысяч четырёхсот двадцати одной минуты."),
            ("Про 41 минуту.", "Про сорок одну минуту."),
            ("Ещё 461 минута.", "Ещё четыреста шестьдесят одна минута."),
            ("21 окно", "двадцать одно окно"),
            ("по 1 рублю", "по одному рублю"),
            ("За 831 окно.", "За восемьсот тридцать одно окно."),
            ("В 62 квартиры.", "В шестьдесят две квартиры."),
            ("62 дома", "шестьдесят два дома"),
            ("больше чем 2 людьми", "больше чем двумя людьми"),
        ]);
    }

    /// Four digits read as a year, but before a plural noun after a verb, or past 2100, as a
    /// count.
    #[test]
    fn english_four_digits_count_a_plural_noun_after_a_verb_or_past_2100() {
        use super::super::norm;
        assert_eq!(
            norm("the warehouse held 2515 buckets", Lang::En),
            "the warehouse held two thousand five hundred and fifteen buckets"
        );
        assert_eq!(norm("in 2515 humans fly", Lang::En), "in twenty five fifteen humans fly");
        assert_eq!(norm("sold 2100 cars", Lang::En), "sold twenty one hundred cars");
        assert_eq!(norm("the 1990 elections", Lang::En), "the nineteen ninety elections");
        assert_eq!(
            norm("The district bought 1315 stretchers.", Lang::En),
            "The district bought one thousand three hundred and fifteen stretchers."
        );
        assert_eq!(
            norm("The Exhibition of 1851 was", Lang::En),
            "The Exhibition of eighteen fifty one was"
        );
    }

    #[test]
    fn russian_thousand_without_one_is_an_alternative() {
        let n = crate::Normalizer::default();
        let got = n.normalize_with_alternatives("К 1207 странам.", Some(Lang::Ru));
        assert!(got.matches_with("К тысяче двумстам семи странам.", str::to_string));
        assert!(got.matches_with("К одной тысяче двумстам семи странам.", str::to_string));
        let got = n.normalize_with_alternatives("при 21 стране", Some(Lang::Ru));
        assert!(got.matches_with("при двадцати одной стране", str::to_string));
    }
}
