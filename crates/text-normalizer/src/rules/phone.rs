//! Phone numbers and IP addresses: "+1-123-123-5678", "(123) 123-5678", "8-913-983-56-01",
//! "+7 (999) 123-45-67", "+7 999 123 45 67" (spaced groups only after a "+" country code),
//! "123.123.0.40".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace, spaced};
use crate::cx::{Cx, Lang};
use crate::num::en;
use crate::num::ru::{self, Case, Gender};

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\+\d{1,3}[- ]?|\b[18]-|\b8 ?)?(\(\d{3}\)|\b\d{3})[- ]?(\d{3})-(\d{2})-?(\d{2})\b|(\+\d{1,2}[- ])?(\(\d{3}\) ?|\b\d{3}-)(\d{3})-(\d{4})\b|(\+\d{1,3} )(\(\d{3}\)|\d{3}) (\d{3}) (\d{2}) (\d{2})\b",
    )
});
/// US numbers written with dots, spaces or a slash ("826.849.4651", "(305) 413.3458",
/// "+1 341 373 5890", "1.800.555.0199", "305/413-3458"); read in English only.
static US_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:(\+1|\b1)[ .])?(?:\((\d{3})\) ?|\b(\d{3})[ ./])(\d{3})[ .-](\d{4})\b")
});
/// A number with a country code and spaced groups ("+61 2 9317 9619", "+64 4 957 5207") or a
/// British one with its area code's 0 ("0161 494 6820", "020 8684 2029"): digit by digit,
/// group by group; English only.
/// Also a British area code of four or five digits and a local number of six ("01206
/// 732593", a mobile's "07598 406273").
/// A country code's "(0)", the trunk prefix callers from abroad leave out ("+44 (0)1273
/// 614980"), is not read; a subscriber number of seven or eight digits after a code and an
/// area ("+92 362 8169826"), and a British non-geographic number of four digits after its
/// prefix ("0800 1111"), are numbers too.
static SPACED_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(\+\d{1,3})(?: ?\(0\))?|\b(0\d{2,4}))((?: ?\d{1,4}){2,5}|(?: \d{6})|(?: \d{2,4} \d{7,8})|(?: \d{4}))\b",
    )
});

/// An extension after a number read digit by digit ("..., ext. 7197", "ext 703"): its
/// digits one by one too.
static EXTENSION: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([eE]xt\.?|[eE]xtension) ?(\d{1,6})\b"));

/// A short code to text a word to ("text FLEECE to 80534"): its digits one by one.
static TEXT_CODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([tT]ext(?:ing)? [A-Z][A-Z0-9]+ to )(\d{4,6})\b"));

/// Whether the text before byte `pos` ends in a digit's name, past a comma: a number read
/// digit by digit.
fn after_spelled_number(text: &str, pos: usize) -> bool {
    let head = text[..pos].trim_end_matches([' ', ',']);
    let last = head.rsplit(' ').next().unwrap_or("");
    last == "oh" || ('0'..='9').any(|d| en::digit_word(d) == last)
}

/// A flight's or an airliner's number after its word, said digit by digit ("flight 958":
/// nine five eight, "Boeing 747": seven four seven, "Airbus A320").
static MODEL_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([fF]light|Boeing|Airbus A|Tupolev Tu-|Ilyushin Il-) ?(\d{3,4})\b"));

/// A local number of seven digits ("696-7686"), read as one only where the words before it
/// say it is one to call; elsewhere it may be a range ("from 350-1200").
static LOCAL_PHONE: LazyLock<Regex> = LazyLock::new(|| re(r"\b([2-9]\d{2})-(\d{4})\b"));

/// Starts of the words that say a number is one to call, among the six before it ("call the
/// school office at").
const PHONE_CUES: &[&str] = &[
    "call", "phon", "dial", "fax", "tel", "number", "text", "contact", "reach", "hotline", "ring",
];

static IP: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"));

/// Russian group reading: "983" девятьсот восемьдесят три, "01" ноль один.
fn ru_group(g: &str) -> String {
    let zeros = g.len() - g.trim_start_matches('0').len();
    let mut parts = vec!["ноль"; zeros.min(g.len())];
    let rest = g.trim_start_matches('0');
    let words;
    if !rest.is_empty() {
        words = ru::cardinal(rest, Case::Nom, Gender::Masc);
        parts.push(&words);
    }
    parts.join(" ")
}

/// A short number to dial: three digits after "call", "dial", "ring" or "text" ("Call 911", "dial
/// 999"), said digit by digit; not a count ("call 100 people": a word other than a
/// preposition or an adverb of time after it).
static SHORT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b([cC]all(?:s|ed|ing)?|[dD]ial(?:s|ed|led|ing)?|[tT]ext(?:ing)?|[rR]ing(?:ing)?)\s(\d{3})\b",
    )
});

/// Words after a number to dial: it ends a phrase there.
const AFTER_DIALLED: &[&str] = &[
    "if",
    "for",
    "to",
    "now",
    "right",
    "immediately",
    "and",
    "or",
    "from",
    "in",
    "on",
    "when",
    "at",
    "first",
    "instead",
    "anytime",
    "any",
];

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &SHORT_NUMBER, |c, text, start, end| {
        // Not the first group of a longer number ("Call 305 413 3458", "911-555").
        let rest = &text[end..];
        let more_digits = rest
            .trim_start_matches([' ', '.', ',', '-', '(', ')'])
            .starts_with(|ch: char| ch.is_ascii_digit());
        let next = crate::cx::adjacent_word_after(text, end);
        let ends = next.is_none_or(|w| AFTER_DIALLED.contains(&w.as_str()));
        (ends && !more_digits && cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} {}", &c[1], en::digit_by_digit(&c[2])))
    });
    let s = replace(&s, &US_PHONE, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En
            || super::mark_then_digit(&text[end..], &['.', '-'])
        {
            return None;
        }
        let mut groups: Vec<String> = Vec::new();
        if let Some(cc) = c.get(1) {
            let plus = if cc.as_str().starts_with('+') { "plus " } else { "" };
            groups.push(format!("{plus}one"));
        }
        for i in 2..=5 {
            if let Some(g) = c.get(i) {
                groups.push(en::digit_by_digit(g.as_str()));
            }
        }
        Some(spaced(text, start, end, &groups.join(", ")))
    });
    let s = replace(&s, &MODEL_NUMBER, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} {}", c[1].trim_end_matches(['-', ' ']), en::digit_by_digit(&c[2])))
    });
    let s = replace(&s, &SPACED_PHONE, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let head = match (c.get(1), c.get(2)) {
            (Some(cc), _) => format!("plus {}", en::digit_by_digit(&cc.as_str()[1..])),
            (_, Some(area)) => en::digit_by_digit(area.as_str()),
            _ => return None,
        };
        let groups: Vec<String> = c[3].split_whitespace().map(en::digit_by_digit).collect();
        // Six digits or more after the code: a number to call, not a list of numbers ("0 12
        // 15"); four after a non-geographic prefix ("0800 1111").
        let digits: usize = c[3].chars().filter(char::is_ascii_digit).count();
        let non_geographic = c
            .get(2)
            .is_some_and(|a| ["0800", "0808", "0300", "0845", "0870"].contains(&a.as_str()));
        (digits >= 6 || non_geographic && digits == 4)
            .then(|| spaced(text, start, end, &format!("{head}, {}", groups.join(", "))))
    });
    let s = replace(&s, &LOCAL_PHONE, |c, text, start, end| {
        let cued = crate::cx::last_words(text, start, 6)
            .any(|w| PHONE_CUES.iter().any(|cue| w.starts_with(cue)));
        // Not the end of a longer number ("555-696-7686", "(555) 696-7686").
        let longer = text[..start]
            .trim_end_matches([' ', '-', '.', ')'])
            .ends_with(|ch: char| ch.is_ascii_digit());
        (cued
            && !longer
            && cx.lang_at(text, start, end) == Lang::En
            && !super::mark_then_digit(&text[end..], &['.', '-']))
        .then(|| {
            let words = format!("{}, {}", en::digit_by_digit(&c[1]), en::digit_by_digit(&c[2]));
            spaced(text, start, end, &words)
        })
    });
    let s = replace(&s, &IP, |c, text, start, end| {
        if super::version::version_before(text, start) {
            return None;
        }
        let sep = match cx.lang_at(text, start, end) {
            Lang::En => " dot ",
            Lang::Ru => " точка ",
        };
        let lang = cx.lang_at(text, start, end);
        Some(
            c[0].split('.')
                .map(|g| match lang {
                    Lang::En => en::digit_by_digit(g),
                    Lang::Ru => ru::digit_by_digit(g),
                })
                .collect::<Vec<_>>()
                .join(sep),
        )
    });
    let s = replace(&s, &PHONE, |c, text, start, end| {
        let lang = cx.lang_at(text, start, end);
        let mut groups: Vec<String> = Vec::new();
        // End of the previous group when it ended on a digit (no separator captured).
        let mut prev_end = None;
        for m in (1..c.len()).filter_map(|i| c.get(i)) {
            let g: String =
                m.as_str().chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
            // English reads the written groups: "5678" is one group of four, not "56, 78";
            // Russian reads the last four digits in pairs either way.
            match groups.last_mut() {
                Some(last) if lang == Lang::En && prev_end == Some(m.start()) => last.push_str(&g),
                _ => groups.push(g),
            }
            prev_end = m.as_str().ends_with(|ch: char| ch.is_ascii_digit()).then(|| m.end());
        }
        let words = match lang {
            Lang::En => groups
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    let plus = if g.starts_with('+') { "plus " } else { "" };
                    // A round area code after the country code 1 reads as a number: "1-800" is
                    // "one, eight hundred" (toll-free and premium numbers are said so).
                    let b = g.trim_start_matches('+').as_bytes();
                    let area_code = i == 1 && (groups[0] == "+1" || groups[0] == "1");
                    if area_code && b.len() == 3 && b[0] != b'0' && b[1] == b'0' && b[2] == b'0' {
                        return format!("{plus}{} hundred", en::digit_word(char::from(b[0])));
                    }
                    format!("{plus}{}", en::digit_by_digit(g))
                })
                .collect::<Vec<_>>()
                .join(", "),
            Lang::Ru => groups
                .iter()
                .map(|g| match g.strip_prefix('+') {
                    Some(d) => format!("плюс {}", ru_group(d)),
                    None => ru_group(g),
                })
                .collect::<Vec<_>>()
                .join(" "),
        };
        Some(spaced(text, start, end, &words))
    });
    let s = replace(&s, &TEXT_CODE, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{}{}", &c[1], en::digit_by_digit(&c[2])))
    });
    replace(&s, &EXTENSION, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En && after_spelled_number(text, start))
            .then(|| format!("extension {}", en::digit_by_digit(&c[2])))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn a_trunk_zero_long_subscriber_numbers_and_freephone() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(
            en("Call +44 (0)1904 552211."),
            "Call plus four four, one nine zero four, five five two two one one."
        );
        assert_eq!(
            en("Call +94 11 2345678."),
            "Call plus nine four, one one, two three four five six seven eight."
        );
        assert_eq!(en("Ring 0808 2000."), "Ring zero eight zero eight, two zero zero zero.");
    }

    #[test]
    fn a_short_number_to_dial_is_said_digit_by_digit() {
        assert_eq!(
            norm("Call 911 if you see smoke.", Lang::En),
            "Call nine one one if you see smoke."
        );
        assert_eq!(norm("Please call 911.", Lang::En), "Please call nine one one.");
        assert_eq!(norm("Call 100 people.", Lang::En), "Call one hundred people.");
        assert!(
            norm("Call 305 413 3458 today.", Lang::En).contains("three zero five, four one three")
        );
    }

    #[test]
    fn a_local_number_is_one_where_the_words_before_say_so() {
        assert_eq!(
            norm("For reservations, call 696-7686.", Lang::En),
            "For reservations, call six nine six, seven six eight six."
        );
        assert_eq!(
            norm("The number is 499-0689.", Lang::En),
            "The number is four nine nine, zero six eight nine."
        );
        assert_eq!(
            norm("Prices from 350-1200 dollars.", Lang::En),
            "Prices from three hundred and fifty to twelve hundred dollars."
        );
        assert_eq!(
            norm("Call 555-696-7686 now.", Lang::En),
            "Call five five five, six nine six, seven six eight six now."
        );
    }

    #[test]
    fn international_british_flight_and_model_numbers_digit_by_digit() {
        assert_eq!(
            norm("phone 0161 494 6820.", Lang::En),
            "phone zero one six one, four nine four, six eight two zero."
        );
        assert_eq!(
            norm("taken on +61 2 9317 9619.", Lang::En),
            "taken on plus six one, two, nine three one seven, nine six one nine."
        );
        assert_eq!(
            norm("The scores were 0 12 15.", Lang::En),
            "The scores were zero twelve fifteen."
        );
        assert_eq!(norm("Delta flight 958 left.", Lang::En), "Delta flight nine five eight left.");
        assert_eq!(norm("its last Boeing 747", Lang::En), "its last Boeing seven four seven");
    }

    #[test]
    fn english_phone_reads_written_groups() {
        assert_eq!(
            norm("call me at 123-123-5678", Lang::En),
            "call me at one two three, one two three, five six seven eight"
        );
        assert_eq!(
            norm("+1-123-123-56-78", Lang::En),
            "plus one, one two three, one two three, five six, seven eight"
        );
    }

    #[test]
    fn english_toll_free_prefix() {
        assert_eq!(
            norm("Call 1-800-397-2571 today.", Lang::En),
            "Call one, eight hundred, three nine seven, two five seven one today."
        );
        // Only the area code: the exchange is read digit by digit.
        assert_eq!(
            norm("726-400-8490", Lang::En),
            "seven two six, four zero zero, eight four nine zero"
        );
    }

    #[test]
    fn russian_phone_spaced_groups() {
        assert_eq!(
            norm("Телефон +7 715 616 15 90.", Lang::Ru),
            "Телефон плюс семь семьсот пятнадцать шестьсот шестнадцать пятнадцать девяносто."
        );
        assert_eq!(
            norm("8 800 230-88-57", Lang::Ru),
            "восемь восемьсот двести тридцать восемьдесят восемь пятьдесят семь"
        );
    }

    #[test]
    fn russian_phone_reads_pairs() {
        assert_eq!(
            norm("8-913-983-5601", Lang::Ru),
            "восемь девятьсот тринадцать девятьсот восемьдесят три пятьдесят шесть ноль один"
        );
    }

    /// A British area code of five digits and a local number of six; an extension after a
    /// number read digit by digit (rounds 104, 106).
    #[test]
    fn british_five_and_six_and_extensions() {
        assert_eq!(
            norm("call +46 8 320 934 10", Lang::En),
            "call plus four six, eight, three two zero, nine three four, one zero"
        );
        assert_eq!(
            norm("text FLEECE to 80534", Lang::En),
            "text FLEECE to eight zero five three four"
        );
        assert_eq!(
            norm("call 01206 732593", Lang::En),
            "call zero one two zero six, seven three two five nine three"
        );
        assert_eq!(
            norm("call 914-0121, ext. 7197", Lang::En),
            "call nine one four, zero one two one, extension seven one nine seven"
        );
    }
}
