//! Codes of letters then a long run of digits ("ab9453", "XJ220"): the digits are read one
//! by one, as codes and one-time passwords are said, not as a quantity. A round run ("t2000")
//! is said as its number ("t two thousand"), as model names are. In English a capitalized
//! name with up to four digits is a model or flight name and says its number ("A380" is "A
//! three hundred eighty", "RW5400" "RW five thousand four hundred"), as NeMo reads them.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::{en, ru};

static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Za-z]+)(\d{3,})\b"));

/// A catalogue number after its label, said digit by digit (the groups' hyphens as spaces):
/// a book's ("ISBN 978-0-131-40221-8", "ISBN-10: 0 486 43365 X": ten or thirteen digits, the
/// last of ten may be X), a serial's ("ISSN 0919-2697": eight), a library's or an article's
/// ("OCLC 173092429", "PMID 18583455": five to twelve).
static ISBN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(ISBN(?:-1[03])?:?|ISSN:?|OCLC:?|PMID:?)\s?((?:\d[- ]?){4,12}[\dXx])\b")
});

/// The world wars' short names ("WWII", "WW1", "WW 2"): "World War" and the war's number.
static WORLD_WAR: LazyLock<Regex> = LazyLock::new(|| re(r"\bWW ?(II?|[12])\b"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = if s.contains("WW") {
        replace(s, &WORLD_WAR, |c, text, start, end| {
            let n = if matches!(&c[1], "I" | "1") { "one" } else { "two" };
            (cx.lang_at(text, start, end) == Lang::En).then(|| format!("World War {n}"))
        })
    } else {
        s.to_string()
    };
    let s = replace(&s, &ISBN, |c, text, start, end| {
        let digits: String = c[2].chars().filter(|ch| ch.is_ascii_alphanumeric()).collect();
        let x_last = digits.ends_with(['X', 'x']);
        let fits = match c[1].trim_end_matches(':') {
            "ISSN" => digits.len() == 8,
            "OCLC" | "PMID" => (5..=12).contains(&digits.len()) && !x_last,
            _ => matches!(digits.len(), 10 | 13) && !(x_last && digits.len() == 13),
        };
        if !fits {
            return None;
        }
        // The reading of the digits skips the X, which ends them.
        let said = match cx.lang_at(text, start, end) {
            Lang::En => en::digit_by_digit(&digits),
            Lang::Ru => ru::digit_by_digit(&digits),
        };
        let x = if x_last { " X" } else { "" };
        Some(format!("{} {said}{x}", &c[1]))
    });
    replace(&s, &CODE, |c, text, start, end| {
        if c[2][1..].chars().all(|d| d == '0') && !c[2].starts_with('0') {
            return None;
        }
        let lang = cx.lang_at(text, start, end);
        let model_name = c[1].chars().all(|ch| ch.is_ascii_uppercase())
            && c[2].len() <= 4
            && !c[2].starts_with('0');
        let digits = match lang {
            Lang::En if model_name => en::cardinal_str(&c[2], false),
            Lang::En => en::digit_by_digit(&c[2]),
            Lang::Ru => ru::digit_by_digit(&c[2]),
        };
        Some(format!("{} {digits}", &c[1]))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn the_world_wars_short_names() {
        assert_eq!(
            norm("Built in WWII, bombed in WW 1.", Lang::En),
            "Built in World War two, bombed in World War one."
        );
        assert_eq!(norm("Her WW2 letters.", Lang::En), "Her World War two letters.");
    }

    #[test]
    fn a_catalogue_number_is_said_digit_by_digit() {
        assert_eq!(
            norm("ISBN 978-0-131-40221-8 Weinhold", Lang::En),
            "ISBN nine seven eight zero one three one four zero two two one eight Weinhold"
        );
        assert_eq!(
            norm("ISBN 0-486-43365-X.", Lang::En),
            "ISBN zero four eight six four three three six five X."
        );
        assert_eq!(norm("ISSN 0919-2697", Lang::En), "ISSN zero nine one nine two six nine seven");
        assert_eq!(
            norm("OCLC 173092429", Lang::En),
            "OCLC one seven three zero nine two four two nine"
        );
        // Not ten or thirteen digits: no book number.
        assert_eq!(
            norm("ISBN 12345", Lang::En),
            "ISBN twelve thousand three hundred and forty five"
        );
    }

    #[test]
    fn letter_digit_codes_read_digits() {
        assert_eq!(norm("your otp is ab9453", Lang::En), "your otp is ab nine four five three");
        assert_eq!(norm("COVID19", Lang::En), "COVID nineteen");
        assert_eq!(norm("my pnr is t2000", Lang::En), "my pnr is t two thousand");
        assert_eq!(norm("the A380 model", Lang::En), "the A three hundred eighty model");
        assert_eq!(norm("Flight AM807", Lang::En), "Flight AM eight hundred seven");
        assert_eq!(norm("AB12345", Lang::En), "AB one two three four five");
        // Letters that look like a Roman numeral stay letters.
        assert_eq!(norm("part LX619", Lang::En), "part LX six hundred nineteen");
        assert_eq!(norm("part CL-28", Lang::En), "part CL-twenty eight");
    }
}
