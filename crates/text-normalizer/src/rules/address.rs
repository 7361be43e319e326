//! US street addresses: "708 N 1st St", "1211 E Arques Ave", "FL, 95051". The house number
//! is said the way addresses are (two digits pairs "twelve eleven", three digits one by one
//! "seven zero eight"), a compass letter before the street name is a direction, the street
//! type is spelled out, and a ZIP code after a state code is read digit by digit.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::en;
use crate::tables::abbreviations::US_STATES;

static STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,5}) (?:(NE|NW|SE|SW|N|S|E|W) )?((?:[A-Z0-9][\w]* ){1,3})(St|Ave|Rd|Blvd|Ln|Dr|hwy|Hwy|Cir|Ct|Pkwy|Ter|Pl|Way|Sq|Trl)\b\.?",
    )
});
static ZIP: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z]{2}), (\d{5})\b"));
/// A state code and its ZIP (or ZIP+4) code: "AL 36111", "GU 55999-7654".
static STATE_ZIP: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z]{2}) (\d{5})(?:-(\d{4}))?\b"));

fn house_number(d: &str) -> String {
    match d.len() {
        4 => en::year(d.parse().unwrap_or(0)),
        // "625" six twenty five; with a zero in the middle digit by digit ("708").
        3 if d.as_bytes()[1] != b'0' => {
            format!(
                "{} {}",
                en::digit_word(char::from(d.as_bytes()[0])),
                en::cardinal_str(&d[1..], false)
            )
        }
        3 | 5 => en::digit_by_digit(d),
        _ => en::cardinal_str(d, true),
    }
}

fn direction(l: &str) -> &'static str {
    match l {
        "N" => "North",
        "S" => "South",
        "E" => "East",
        "NE" => "Northeast",
        "NW" => "Northwest",
        "SE" => "Southeast",
        "SW" => "Southwest",
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
        "Cir" => "Circle",
        "Ct" => "Court",
        "Pkwy" => "Parkway",
        "Ter" => "Terrace",
        "Pl" => "Place",
        "Way" => "Way",
        "Sq" => "Square",
        "Trl" => "Trail",
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
    let s = replace(&s, &STATE_ZIP, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let (_, name) = US_STATES.iter().find(|(k, _)| *k == &c[1])?;
        let plus4 = c.get(3).map(|m| format!(" dash {}", en::digit_by_digit(m.as_str())));
        Some(format!("{name} {}{}", en::digit_by_digit(&c[2]), plus4.unwrap_or_default()))
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
