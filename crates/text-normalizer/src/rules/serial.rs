//! Codes of letters then a long run of digits ("ab9453", "XJ220"): the digits are read one
//! by one, as codes and one-time passwords are said, not as a quantity. A round run ("t2000")
//! is said as its number ("t two thousand"), as model names are.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::{en, ru};

static CODE: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Za-z]+)(\d{3,})\b"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    replace(s, &CODE, |c, text, start, end| {
        if c[2][1..].chars().all(|d| d == '0') && !c[2].starts_with('0') {
            return None;
        }
        let digits = match cx.lang_at(text, start, end) {
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
    fn letter_digit_codes_read_digits() {
        assert_eq!(norm("your otp is ab9453", Lang::En), "your otp is ab nine four five three");
        assert_eq!(norm("COVID19", Lang::En), "COVID nineteen");
        assert_eq!(norm("my pnr is t2000", Lang::En), "my pnr is t two thousand");
    }
}
