//! Signs left over after the rules that read them in context ("$5", "15%", "C++", "1/4"):
//! a lone "$", "#", "@", "+", "%", currency sign or slash is read by its name ("test$" ->
//! "test dollar", "#tag" -> "hash tag", "f++" -> "f plus plus", "upgrade/update" ->
//! "upgrade slash update"). A slash between a letter and a digit stays: it is part of a
//! code ("1/f", "MIG-25/235212"), so does one in markup ("<noise/>", "</pitch>") and in the
//! fixed "and/or", which is said as written.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};

/// A slash between two words of letters; runs before the number rules, while digits are
/// still digits, so "1/f" is not taken for words.
static WORD_SLASH: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\p{L}+)/(\p{L}+)\b"));
static SIGN: LazyLock<Regex> = LazyLock::new(|| re(r"[#$@+%€£¥₩/]"));

fn name(sign: char, lang: Lang) -> Option<&'static str> {
    Some(match (sign, lang) {
        ('#', Lang::En) => "hash",
        ('#', Lang::Ru) => "решётка",
        ('$', Lang::En) => "dollar",
        ('$', Lang::Ru) => "доллар",
        ('@', Lang::En) => "at",
        ('@', Lang::Ru) => "собака",
        ('+', Lang::En) => "plus",
        ('+', Lang::Ru) => "плюс",
        ('%', Lang::En) => "percent",
        ('%', Lang::Ru) => "процент",
        ('€', Lang::En) => "euro",
        ('€', Lang::Ru) => "евро",
        ('£', Lang::En) => "pound",
        ('£', Lang::Ru) => "фунт",
        ('¥', Lang::En) => "yen",
        ('¥', Lang::Ru) => "иена",
        ('₩', Lang::En) => "won",
        ('₩', Lang::Ru) => "вона",
        ('/', Lang::En) => "slash",
        ('/', Lang::Ru) => "слэш",
        _ => return None,
    })
}

fn is_sign(c: char) -> bool {
    "#$@+%€£¥₩/".contains(c)
}

/// A range of letters after the plural noun it labels ("Rows E-H", "seats A–F"), and "A-Z":
/// "E to H".
static LETTER_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\p{L}+s )?([A-Z]) ?[-–] ?([A-Z])\b([^\p{L}\d-]|$)"));

/// A range of levels or grades of a letter and a digit ("levels B1–C1", "A2-B1"): "to".
static LEVEL_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([A-Z][1-9]) ?[-–] ?([A-Z][1-9])\b([^\p{L}\d-]|$)"));

pub(crate) fn apply_letter_ranges(s: &str, cx: &Cx) -> String {
    if !super::has_latin(s) {
        return s.to_string();
    }
    let s = replace(s, &LEVEL_RANGE, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En && c[1] < c[2])
            .then(|| format!("{} to {}{}", &c[1], &c[2], &c[3]))
    });
    replace(&s, &LETTER_RANGE, |c, text, start, end| {
        let labelled = c.get(1).is_some() || (&c[2], &c[3]) == ("A", "Z");
        let english = cx.lang_at(text, start, end) == Lang::En;
        (labelled && english && c[2] < c[3]).then(|| {
            let noun = c.get(1).map_or("", |m| m.as_str());
            format!("{noun}{} to {}{}", &c[2], &c[3], &c[4])
        })
    })
}

/// English abbreviations written with a slash, read as their words ("c/o" care of, "N/A").
const SLASHED_ABBREVIATIONS: &[(&str, &str)] = &[
    ("w/e", "week ending"),
    ("w/o", "without"),
    ("c/o", "care of"),
    ("a/c", "account"),
    ("n/a", "not applicable"),
    ("e/w", "each way"),
    ("c/w", "complete with"),
];

/// "upgrade/update/downgrade": slashes between words of letters, before the number rules.
pub(crate) fn apply_word_slash(s: &str, cx: &Cx) -> String {
    let mut s = s.to_string();
    // Twice: a word can be the right side of one slash and the left of the next.
    for _ in 0..2 {
        s = replace(&s, &WORD_SLASH, |c, text, start, end| {
            if c[0].eq_ignore_ascii_case("and/or") {
                return None;
            }
            let english = cx.lang_at(text, start, end) == Lang::En;
            let lower = c[0].to_lowercase();
            if let Some((_, words)) = SLASHED_ABBREVIATIONS.iter().find(|(k, _)| *k == lower) {
                return english.then(|| words.to_string());
            }
            let w = name('/', cx.lang_at(text, start, end))?;
            Some(format!("{} {w} {}", &c[1], &c[2]))
        });
    }
    s
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    replace(s, &SIGN, |c, text, start, end| {
        let sign = c[0].chars().next()?;
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        // A word, a sign, or a read number's choice of forms (its markers) touching the sign.
        let touches = |ch: Option<char>| {
            ch.is_some_and(|ch| {
                ch.is_alphanumeric()
                    || is_sign(ch)
                    || ch == crate::text::CLOSE
                    || ch == crate::text::OPEN
            })
        };
        let markup = |ch: Option<char>| ch.is_some_and(|ch| ch == '<' || ch == '>');
        if sign == '/'
            && ((before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(char::is_alphanumeric))
                || markup(before)
                || markup(after))
        {
            return None;
        }
        let w = name(sign, cx.lang_at(text, start, end))?;
        let lead = if touches(before) { " " } else { "" };
        let trail = if touches(after) { " " } else { "" };
        Some(format!("{lead}{w}{trail}"))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn a_range_of_letters_after_its_noun() {
        assert_eq!(norm("Bays C-G are full.", Lang::En), "Bays C to G are full.");
        assert_eq!(norm("Our A-Z guide.", Lang::En), "Our A to Z guide.");
        assert_eq!(norm("Levels B2–C2 only.", Lang::En), "Levels B two to C two only.");
        assert_eq!(norm("The X-Ray and T-Rex.", Lang::En), "The X-Ray and T-Rex.");
    }

    #[test]
    fn leftover_signs_are_named() {
        assert_eq!(norm("test$", Lang::En), "test dollar");
        assert_eq!(norm("#mytext#", Lang::En), "hash mytext hash");
        assert_eq!(norm("f++", Lang::En), "f plus plus");
        assert_eq!(norm("@12", Lang::En), "at twelve");
        assert_eq!(norm("%", Lang::Ru), "процент");
    }

    #[test]
    fn slashes_between_words_but_not_in_codes() {
        assert_eq!(
            norm("upgrade/update/downgrade", Lang::En),
            "upgrade slash update slash downgrade"
        );
        assert_eq!(norm("1/f-4s", Lang::En), "one/f-four s");
        assert_eq!(norm("go<noise/>home", Lang::En), "go<noise/>home");
        assert_eq!(norm("and/or", Lang::En), "and/or");
        assert_eq!(norm("90 км/ч", Lang::Ru), "девяносто километров в час");
    }

    #[test]
    fn a_sign_after_a_read_number_is_a_word_of_its_own() {
        assert_eq!(norm("фильм 18+", Lang::Ru), "фильм восемнадцать плюс");
    }

    #[test]
    fn signs_read_in_context_stay_with_their_rules() {
        assert_eq!(norm("$5 and 15%", Lang::En), "five dollars and fifteen percent");
    }
}
