//! Signs before a number: comparison and approximation ("Цена < 5 рублей", "рост ~7%",
//! "погрешность ±3%", "+/- 1.8%", "orders > $50", "x ≤ 10"), "=" after a one-letter variable ("при t = 20
//! °C"; between numbers it is `math`'s), and the number sign ("#1", "No. 12": "number"). Each
//! sign becomes the words a reader says, before the numbers are read, so that the number after
//! it takes the case those words govern (the genitive after "меньше", the context's case after
//! "примерно"), as when they are written.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, spaced};
use crate::cx::{Cx, Lang};

static SIGN: LazyLock<Regex> = LazyLock::new(|| re(r"(?:<=|>=|\+/[-−]|[<>≤≥≈~∼±=#]|No\.) ?"));

/// Characters that make a sign part of an arrow or a longer operator ("->", "=>", "<<", "~~",
/// "!=").
const JOINED: &[char] = &['<', '>', '=', '-', '~', '≈', '≤', '≥', '±', '−', '!'];

/// Whether a number follows: an optional minus and currency sign, then a digit.
fn number_follows(tail: &str) -> bool {
    let t = tail.strip_prefix(['-', '−']).map_or(tail, |t| t.trim_start_matches(' '));
    let t = t.strip_prefix(['$', '€', '£', '₽']).unwrap_or(t);
    t.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the text before a sign ends in a one-letter variable ("x", "t", "n").
fn after_variable(head: &str) -> bool {
    let word = head.trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.chars().count() == 1
}

/// Whether the text before a sign ends in an amount with its unit ("1 kg", "1 кг").
fn after_amount(head: &str) -> bool {
    let mut words = head.split_whitespace().rev();
    let (Some(unit), Some(number)) = (words.next(), words.next()) else { return false };
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        && crate::tables::units::unit_named(unit).is_some()
}

/// Whether the sign stands between two terms ("7 < 12", "x ≥ 3", "(a+b) ≈ 2") rather than
/// before an amount after words ("Orders > $50"): the term before it is a number, a closing
/// bracket or a one-letter variable.
fn between_terms(head: &str) -> bool {
    head.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == ')') || after_variable(head)
}

fn word(sign: &str, lang: Lang, infix: bool) -> Option<&'static str> {
    Some(match (sign, lang, infix) {
        ("<", Lang::Ru, _) => "меньше",
        (">", Lang::Ru, _) => "больше",
        ("≤" | "<=", Lang::Ru, _) => "не больше",
        ("≥" | ">=", Lang::Ru, _) => "не меньше",
        ("≈", Lang::Ru, true) => "примерно равно",
        ("≈" | "~" | "∼", Lang::Ru, _) => "примерно",
        ("±" | "+/-" | "+/−", Lang::Ru, _) => "плюс-минус",
        ("=", Lang::Ru, _) => "равно",
        ("<", Lang::En, _) => "less than",
        (">", Lang::En, true) => "greater than",
        (">", Lang::En, false) => "more than",
        ("≤" | "<=", Lang::En, true) => "less than or equal to",
        ("≤" | "<=", Lang::En, false) => "at most",
        ("≥" | ">=", Lang::En, true) => "greater than or equal to",
        ("≥" | ">=", Lang::En, false) => "at least",
        ("≈", Lang::En, true) => "approximately equals",
        ("≈" | "~" | "∼", Lang::En, _) => "about",
        ("±" | "+/-" | "+/−", Lang::En, _) => "plus or minus",
        ("=", Lang::En, _) => "equals",
        ("#" | "No.", Lang::En, _) => "number",
        ("#" | "No.", Lang::Ru, _) => "номер",
        _ => return None,
    })
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    super::replace(s, &SIGN, |c, text, start, end| {
        let sign = c[0].trim_end();
        let head = &text[..start];
        let before = head.chars().next_back();
        if before.is_some_and(|b| JOINED.contains(&b)) || !number_follows(&text[end..]) {
            return None;
        }
        // A tilde glued to a number or word is a range or a path ("5~10", "a~1"), not "about".
        if sign == "~" && before.is_some_and(char::is_alphanumeric) {
            return None;
        }
        // Other equations are `math`'s, which reads both sides ("2 + 3 = 5", "1- 2 = 5");
        // a conversion's amount with its unit is read by the measure rule ("1 kg = 1000 g").
        if sign == "=" && !after_variable(head) && !after_amount(head) {
            return None;
        }
        // A number sign numbers a whole number, not a tag ("#2024goals") nor an amount.
        if matches!(sign, "#" | "No.") {
            let tail = &text[end..];
            let digits = tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0
                || tail[digits..].starts_with(|c: char| c.is_alphanumeric())
                || before.is_some_and(char::is_alphanumeric)
            {
                return None;
            }
        }
        let w = word(sign, cx.lang_at(text, start, end), between_terms(head))?;
        Some(format!("{} ", spaced(text, start, start, w)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{assert_ru_readings, norm};
    use crate::Lang;

    #[test]
    fn russian_signs_govern_the_number_as_their_words_do() {
        assert_ru_readings(&[
            ("Цена < 5 рублей.", "Цена меньше пяти рублей."),
            ("При температуре >30 °C.", "При температуре больше тридцати градусов Цельсия."),
            ("Рост цен составил ~7%.", "Рост цен составил примерно семь процентов."),
            ("Погрешность ±3%.", "Погрешность плюс-минус три процента."),
            ("Давление ≥ 2 атм.", "Давление не меньше двух атмосфер."),
            ("Проверим, что 6 <= 79.", "Проверим, что шесть не больше семидесяти девяти."),
        ]);
    }

    #[test]
    fn english_reads_amounts_and_terms_apart() {
        assert_eq!(
            norm("Orders > $50 ship free.", Lang::En),
            "Orders more than fifty dollars ship free."
        );
        assert_eq!(norm("Check that 7 > 3.", Lang::En), "Check that seven greater than three.");
        assert_eq!(norm("Keep x ≥ 10.", Lang::En), "Keep x greater than or equal to ten.");
        assert_eq!(norm("It takes ≥ 5 minutes.", Lang::En), "It takes at least five minutes.");
    }

    #[test]
    fn equals_between_amounts_with_units() {
        assert_eq!(norm("1 kg = 1000 g", Lang::En), "one kilogram equals one thousand grams");
        assert_ru_readings(&[
            ("1 кг = 1000 г.", "один килограмм равно одной тысяче граммов."),
            ("5 т = 5000 кг.", "пять тонн равно пяти тысячам килограммов."),
        ]);
    }

    #[test]
    fn the_number_sign_before_a_whole_number() {
        assert_eq!(norm("He is the No. 1 seed.", Lang::En), "He is the number one seed.");
        assert_eq!(norm("The #12 pick.", Lang::En), "The number twelve pick.");
        assert!(norm("#2024goals rock.", Lang::En).contains("hash"));
    }

    #[test]
    fn arrows_ranges_and_signs_without_a_number_stay() {
        for text in ["a -> 5", "x => 5", "<<5>>", "a < b", "~/bin"] {
            assert!(!norm(text, Lang::En).contains("than"), "{text}");
        }
        assert!(!norm("5~10 days", Lang::En).contains("about"));
    }
}
