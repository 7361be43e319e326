//! Hyphens that join a word and a number ("mid-1980s", "тест-8", "Ту-154", "COVID-19", and in
//! English "a 123.2-millimeters long"): the hyphen is not read, the parts are two words. The
//! number rules after this one then see a bare number instead of a minus or a suffix.
//! Russian number-hyphen-word stays: "5-й", "10-летний" are suffixes the ordinal rules read.
//! Codes keep their hyphen ("F-4", "MIG-25": one letter or all capitals), as serials do, and so
//! do Russian model names, short capitalized words ("Ту-154" -> "Ту-сто пятьдесят четыре").

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::ru::{Case, Gender};

static WORD_NUM: LazyLock<Regex> = LazyLock::new(|| re(r"(\p{L}{2,})-(\d)(\d*)"));
static NUM_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"(\d)-(\p{Ll}{3,})\b"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &WORD_NUM, |c, text, start, end| {
        // "7am-6pm": the dash between two times is a range (the time rule reads it).
        let after_digit = text[..start].ends_with(|ch: char| ch.is_ascii_digit());
        if after_digit && c[1].eq_ignore_ascii_case("am") || c[1].eq_ignore_ascii_case("pm") {
            return None;
        }
        // "noon-9 PM": a range of times too.
        if c[1].eq_ignore_ascii_case("noon") || c[1].eq_ignore_ascii_case("midnight") {
            return None;
        }
        // Russian model names are capitalized abbreviations ("Ту-154", "МиГ-29", "КамАЗ-5320")
        // and keep their hyphen as codes do.
        let w = &c[1];
        let ru_model =
            w.chars().next().is_some_and(|ch| ch.is_uppercase() && crate::cx::is_cyr(ch))
                && w.chars().count() <= 5;
        let code = !w.chars().any(char::is_lowercase) || ru_model;
        if code {
            return None;
        }
        // A capitalized Russian name's number is part of the name, in the nominative whatever
        // follows ("в классе Формула-1 сезона 1995 года": Формула один, not одного); the
        // whole number only (not "94 171", "2.5", "95%").
        let after = &text[end..];
        let rest = after.strip_prefix(['.', ',']).unwrap_or(after);
        let grouped =
            after.starts_with(' ') && after[1..].starts_with(|ch: char| ch.is_ascii_digit());
        let whole = !after.starts_with(|ch: char| ch.is_alphanumeric() || ch == '%')
            && !rest.starts_with(|ch: char| ch.is_ascii_digit())
            && !grouped;
        let name = w.chars().next().is_some_and(char::is_uppercase);
        // Not before a unit: "мощность-5 кВт" is a measure.
        let unit = super::measure::unit_follows(text, end);
        if name && w.chars().all(crate::cx::is_cyr) && whole && !unit {
            let digits = format!("{}{}", &c[2], &c[3]);
            let words = crate::num::ru::cardinal(&digits, Case::Nom, Gender::Masc);
            return Some(format!("{w} {words}"));
        }
        Some(format!("{} {}{}", &c[1], &c[2], &c[3]))
    });
    replace(&s, &NUM_WORD, |c, text, start, end| {
        let english = c[2].chars().all(|ch| ch.is_ascii_lowercase());
        // A unit's symbol keeps its hyphen for `measure`, which reads it as a modifier
        // ("the 12-gal tank": twelve gallon).
        let unit = crate::tables::units::find_unit(&c[2]).is_some();
        (english && !unit && cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} {}", &c[1], &c[2]))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn word_number_hyphen_is_a_space() {
        assert_eq!(norm("mid-1980s", Lang::En), "mid nineteen eighties");
        assert_eq!(norm("тест-8", Lang::Ru), "тест восемь");
        // A name's number keeps the nominative before a noun.
        assert_eq!(norm("гонки Формула-1 сезона", Lang::Ru), "гонки Формула один сезона");
        assert_eq!(norm("Ту-154", Lang::Ru), "Ту-сто пятьдесят четыре");
        assert_eq!(norm("МиГ-29", Lang::Ru), "МиГ-двадцать девять");
        assert_eq!(norm("a 12-inch pipe", Lang::En), "a twelve inch pipe");
        assert_eq!(norm("1/f-4s", Lang::En), "one/f-four s");
    }

    #[test]
    fn russian_suffixes_and_ranges_stay() {
        assert_eq!(norm("5-й", Lang::Ru), "пятый");
        assert_eq!(norm("2-5 days", Lang::En), "two to five days");
    }
}
