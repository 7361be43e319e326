//! US street addresses: "708 N 1st St", "1211 E Arques Ave", "FL, 95051". The house number
//! is said the way addresses are (two digits pairs "twelve eleven", three digits one by one
//! "seven zero eight"), a compass letter before the street name is a direction, the street
//! type is spelled out, and a ZIP code after a state code is read digit by digit.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::en;

static STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(\d{1,5}) (?:([NSEW]) )?((?:[A-Z0-9][\w]* ){1,3})(St|Ave|Rd|Blvd|Ln|Dr|hwy|Hwy)\b\.?")
});
static ZIP: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z]{2}), (\d{5})\b"));

fn house_number(d: &str) -> String {
    match d.len() {
        4 => en::year(d.parse().unwrap_or(0)),
        3 | 5 => en::digit_by_digit(d),
        _ => en::cardinal_str(d, true),
    }
}

fn direction(l: &str) -> &'static str {
    match l {
        "N" => "North",
        "S" => "South",
        "E" => "East",
        _ => "West",
    }
}

fn street_type(t: &str) -> &'static str {
    match t {
        "St" => "Street",
        "Ave" => "Avenue",
        "Rd" => "Road",
        "Blvd" => "Boulevard",
        "Ln" => "Lane",
        "Dr" => "Drive",
        _ => "Highway",
    }
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &STREET, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let dir = c.get(2).map(|m| format!("{} ", direction(m.as_str()))).unwrap_or_default();
        Some(format!("{} {dir}{}{}", house_number(&c[1]), &c[3], street_type(&c[4])))
    });
    replace(&s, &ZIP, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{}, {}", &c[1], en::digit_by_digit(&c[2])))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn street_addresses() {
        assert_eq!(
            norm("708 N 1st St, San City", Lang::En),
            "seven zero eight North first Street, San City"
        );
        assert_eq!(norm("1211 E Arques Ave", Lang::En), "twelve eleven East Arques Avenue");
        assert_eq!(
            norm("2 San Tomas hwy, Santa, FL, 95051", Lang::En),
            "two San Tomas Highway, Santa, Florida, nine five zero five one"
        );
    }

    #[test]
    fn not_an_address_without_a_street_type() {
        assert_eq!(norm("708 N items", Lang::En), "seven hundred and eight N items");
    }
}
