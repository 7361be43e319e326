//! Arithmetic signs between numbers: "2+3", "9 × 11.1 = 73", "8÷4", "2^3", "t=10", "1- 2 = 5".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};

static OP: LazyLock<Regex> =
    LazyLock::new(|| re(r"([\d\p{L}])(\s*)([×÷+=^*]|-)(\s*)([\d]|[\p{L}]\b)"));

fn word(op: &str, lang: Lang) -> Option<&'static str> {
    Some(match (op.trim(), lang) {
        ("×" | "*", Lang::Ru) => "умножить на",
        ("×" | "*", Lang::En) => "times",
        ("÷", Lang::Ru) => "разделить на",
        ("÷", Lang::En) => "divided by",
        ("+", Lang::Ru) => "плюс",
        ("+", Lang::En) => "plus",
        ("=", Lang::Ru) => "равно",
        ("=", Lang::En) => "equals",
        ("^", Lang::Ru) => "в степени",
        ("^", Lang::En) => "to the power of",
        ("-", Lang::Ru) => "минус",
        ("-", Lang::En) => "minus",
        _ => return None,
    })
}

/// A sign already read: the left operand's number follows another operation ("7 plus 8 - 3").
const SIGN_WORDS: &[&str] =
    &["plus", "minus", "times", "equals", "by", "плюс", "минус", "на", "равно", "степени"];

/// Russian signs as read, which are no counted nouns after a number ("десять минус три", not
/// "десятый минус"; "в степени" is left out: "1 степени" is a degree).
pub(crate) const RU_SIGN_WORDS: &[&str] = &["плюс", "минус", "умножить", "разделить", "равно"];

/// Both sides of a sign are digits: two numbers, not a variable ("x - 1").
fn digits_both(l: &str, r: &str) -> bool {
    l.chars().all(|ch| ch.is_ascii_digit()) && r.chars().all(|ch| ch.is_ascii_digit())
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let mut s = s.to_string();
    // Twice, because a number can be the right operand of one sign and the left of the next.
    for _ in 0..2 {
        s = replace(&s, &OP, |c, text, start, end| {
            let (l, r) = (&c[1], &c[5]);
            let digits =
                l.chars().any(|ch| ch.is_ascii_digit()) || r.chars().any(|ch| ch.is_ascii_digit());
            // "x = y" stays: a sign is read only next to a number.
            if !digits {
                return None;
            }
            // "1- 2" and "28 - 30" between numbers alone are a range (pages, years, a
            // score); before "=" or after another sign they are a subtraction ("1- 2 = 5",
            // "7 + 8 - 3").
            let subtraction = text[end..]
                .split(['.', ',', ';', '?', '!'])
                .next()
                .is_some_and(|clause| clause.contains('='))
                || {
                    let head = text[..start].trim_end();
                    head.ends_with(['+', '×', '÷', '*', '^', '=', '-'])
                        || head.rsplit(' ').next().is_some_and(|w| SIGN_WORDS.contains(&w))
                };
            // A hyphen with no space after it joins words and codes ("COVID-19", "35-20"),
            // unless it computes ("35-20=15").
            if &c[3] == "-" && c[4].is_empty() && !subtraction {
                return None;
            }
            // Before a smaller number of as many digits it takes away ("How do you solve
            // 3 - 2?"); a shorter one ends a range ("1893 - 94", "pp. 74 - 6").
            let descending = digits_both(l, r) && {
                // The whole numbers: `l` and `r` are their digits next to the sign.
                let head = &text[..start + 1];
                let left = &head[head.trim_end_matches(|ch: char| ch.is_ascii_digit()).len()..];
                let tail = &text[end - 1..];
                let right =
                    &tail[..tail.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(tail.len())];
                left.len() == right.len() && left > right
            };
            // A letter operand is a variable, one letter alone ("x - 1"), not a word's last
            // letter ("Doom - 50 Greatest Games"). (The right one ends at a word boundary.)
            let word_before = l.chars().all(char::is_alphabetic)
                && text[..start].chars().next_back().is_some_and(char::is_alphabetic);
            if &c[3] == "-" && word_before {
                return None;
            }
            if &c[3] == "-" && !subtraction && !descending && (c[2].is_empty() || digits_both(l, r))
            {
                return None;
            }
            let w = word(&c[3], cx.lang_at(text, start, end))?;
            Some(format!("{l} {w} {r}"))
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn minus_before_equals_is_subtraction() {
        assert_eq!(norm("1- 2 = 5", Lang::En), "one minus two equals five");
        assert_eq!(norm("2 + 3 = 5", Lang::En), "two plus three equals five");
    }

    #[test]
    fn a_spaced_hyphen_between_two_numbers_is_a_range_unless_it_computes() {
        assert_eq!(norm("pages 28 - 30", Lang::En), "pages twenty eight to thirty");
        assert_eq!(norm("10 - 3 = 7", Lang::En), "ten minus three equals seven");
        assert_eq!(norm("7 + 8 - 3", Lang::En), "seven plus eight minus three");
        assert_eq!(norm("x - 1", Lang::En), "x minus one");
        assert_eq!(norm("страницы 28 - 30", Lang::Ru), "страницы двадцать восемь — тридцать");
    }

    #[test]
    fn a_hyphen_computes_before_equals_or_a_smaller_number() {
        assert_eq!(norm("35-20=15", Lang::En), "thirty five minus twenty equals fifteen");
        assert_eq!(norm("How do you solve 3 - 2?", Lang::En), "How do you solve three minus two?");
        assert_eq!(norm("COVID-19 cases", Lang::En), "COVID-nineteen cases");
        // A shorter second number ends a range; a word is no operand.
        assert_eq!(norm("In 1893 - 94 it", Lang::En), "In eighteen ninety three to ninety four it");
        assert_eq!(norm("Doom - 50 Greatest", Lang::En), "Doom - fifty Greatest");
        // A sign word after a number is no counted noun.
        assert_eq!(norm("10 - 3 = 7", Lang::Ru), "десять минус три равно семи");
        assert_eq!(norm("5 + 3 = 8", Lang::Ru), "пять плюс три равно восьми");
    }
}
