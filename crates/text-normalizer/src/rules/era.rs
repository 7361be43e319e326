//! English years with an era: "340 AD", "500 BC", "44 BCE" (after "A.D." became "AD"). The
//! number is a year, read the way years are ("three forty AD"), not a quantity.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::en;

static ERA: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,4}) ?(AD|BC|BCE|CE)\b"));
/// A range of years before their era ("2200–2100 BC", "1500-900 BCE", "AD 43–410" aside):
/// both are years, joined by "to".
static ERA_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,4}) ?[-–] ?(\d{1,4}) ?(AD|BC|BCE|CE)\b"));

/// A year as said: three digits split after the first ("340" three forty, "305" three oh
/// five), others as `en::year`.
fn year(d: &str) -> Option<String> {
    let n: u64 = d.parse().ok()?;
    if d.len() != 3 || n.is_multiple_of(100) {
        return Some(en::year(n));
    }
    let (h, rest) = (n / 100, n % 100);
    let rest = if rest < 10 { format!("oh {}", en::cardinal(rest)) } else { en::cardinal(rest) };
    Some(format!("{} {rest}", en::cardinal(h)))
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &ERA_RANGE, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En
            || c[1].starts_with('0')
            || c[2].starts_with('0')
        {
            return None;
        }
        Some(format!("{} to {} {}", year(&c[1])?, year(&c[2])?, &c[3]))
    });
    replace(&s, &ERA, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En || c[1].starts_with('0') {
            return None;
        }
        Some(format!("{} {}", year(&c[1])?, &c[2]))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn years_with_an_era() {
        assert_eq!(norm("340 A.D", Lang::En), "three forty AD");
        assert_eq!(norm("in 1066 AD", Lang::En), "in ten sixty six AD");
        assert_eq!(norm("44 BC", Lang::En), "forty four BC");
        assert_eq!(norm("305 BC", Lang::En), "three oh five BC");
    }

    /// A range of years before their era (round 108).
    #[test]
    fn a_range_before_its_era() {
        assert_eq!(
            norm("occupied from 2200–2100 BC.", Lang::En),
            "occupied from twenty two hundred to twenty one hundred BC."
        );
    }
}
