//! A number glued to a word by sentence punctuation ("1!hello", "(1)Hello", "114...48",
//! "123?123") gets a space after the punctuation, so the number reads as its own word and
//! the punctuation's pause falls between the two. A single "." "," ":" is left alone: it is
//! part of decimals, times and groups ("2.5", "12:30", "1,000").

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::Cx;

static GAP: LazyLock<Regex> = LazyLock::new(|| re(r"(\d)([!?)]+|\.{2,}|…)([\p{L}\d])"));

pub(crate) fn apply(s: &str, _cx: &Cx) -> String {
    replace(s, &GAP, |c, _, _, _| Some(format!("{}{} {}", &c[1], &c[2], &c[3])))
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn space_after_punctuation_glued_to_a_number() {
        assert_eq!(norm("1!hello", Lang::En), "one! hello");
        assert_eq!(norm("(1)Hello", Lang::En), "(one) Hello");
        assert_eq!(norm("114...48", Lang::En), "one hundred and fourteen... forty eight");
        assert_eq!(norm("2.5", Lang::En), "two point five");
    }
}
