//! Arithmetic signs between numbers: "2+3", "9 × 11.1 = 73", "8÷4", "2^3", "t=10", "1- 2 = 5".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};

static OP: LazyLock<Regex> =
    LazyLock::new(|| re(r"([\d\p{L}])(\s*)([×÷+=^*]|- )(\s*)([\d]|[\p{L}]\b)"));

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
            // "1- 2" alone is a range; before "=" it is a subtraction ("1- 2 = 5").
            if &c[3] == "- " && c[2].is_empty() && !text[end..].trim_start().starts_with('=') {
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
}
