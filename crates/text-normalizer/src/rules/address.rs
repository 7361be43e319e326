//! Street addresses. US: "708 N 1st St", "1211 E Arques Ave", "FL, 95051": the house number
//! is said the way addresses are (two digits pairs "twelve eleven", three digits one by one
//! "seven zero eight"), a compass letter before the street name is a direction, the street
//! type is spelled out, and a ZIP code after a state code is read digit by digit. Russian:
//! "г. Тверь, ул. Садовая, д. 15, корп. 2, кв. 47": each abbreviation its word and each number
//! a label in the nominative ("дом пятнадцать", "корпус два"); "стр." is "строение" there, not
//! "страница".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::en;
use crate::num::ru::{self, Case, Gender};
use crate::tables::abbreviations::US_STATES;

static STREET: LazyLock<Regex> = LazyLock::new(|| {
    let abbreviated = STREET_TYPES.iter().map(|(a, _)| *a);
    let written = STREET_TYPES.iter().map(|(_, w)| *w).filter(|w| !w.is_empty());
    let mut types: Vec<&str> = abbreviated.chain(written).collect();
    types.dedup();
    re(&format!(
        r"\b(\d{{1,5}}) (?:(NE|NW|SE|SW|N|S|E|W)\.? )?((?:[A-Z0-9][\w]* ){{1,3}})({})\b(\.)?",
        types.join("|")
    ))
});

/// Street types as written after a street's name and their words: the common ones of the
/// USPS list (Publication 28, C1) and the lowercase forms people type ("3rd st", "Elm ave");
/// a type written out ("Loop", "Alley") stays.
const STREET_TYPES: &[(&str, &str)] = &[
    ("St", "Street"),
    ("st", "Street"),
    ("Ave", "Avenue"),
    ("ave", "Avenue"),
    ("Rd", "Road"),
    ("rd", "Road"),
    ("Blvd", "Boulevard"),
    ("blvd", "Boulevard"),
    ("Ln", "Lane"),
    ("Dr", "Drive"),
    ("Cir", "Circle"),
    ("Ct", "Court"),
    ("Cv", "Cove"),
    ("Plz", "Plaza"),
    ("Tpke", "Turnpike"),
    ("Expy", "Expressway"),
    ("Pkwy", "Parkway"),
    ("Ter", "Terrace"),
    ("Pl", "Place"),
    ("Sq", "Square"),
    ("Trl", "Trail"),
    ("hwy", "Highway"),
    ("Hwy", "Highway"),
    ("Cres", "Crescent"),
    ("Trce", "Trace"),
    ("Xing", "Crossing"),
    ("Lndg", "Landing"),
    ("Aly", "Alley"),
    ("Cswy", "Causeway"),
    ("Hts", "Heights"),
    ("Jct", "Junction"),
    ("Mnr", "Manor"),
    ("Rdg", "Ridge"),
    ("Vly", "Valley"),
    ("Vw", "View"),
    ("Grv", "Grove"),
    ("Hl", "Hill"),
    ("Holw", "Hollow"),
    ("Mdw", "Meadow"),
    ("Mdws", "Meadows"),
    ("Pt", "Point"),
    ("Byp", "Bypass"),
    ("Crk", "Creek"),
    ("Cyn", "Canyon"),
    ("Gdns", "Gardens"),
    ("Grn", "Green"),
    ("Hbr", "Harbor"),
    ("Bnd", "Bend"),
    ("Cl", "Close"),
    // Australian and British types.
    ("Pde", "Parade"),
    ("Esp", "Esplanade"),
    ("Tce", "Terrace"),
    ("Cct", "Circuit"),
    ("Bvd", "Boulevard"),
    ("Spg", "Spring"),
    ("Spgs", "Springs"),
    ("Sta", "Station"),
    ("Way", "Way"),
    ("Loop", "Loop"),
    ("Pike", "Pike"),
    ("Alley", "Alley"),
    ("Street", ""),
    ("Avenue", ""),
    ("Road", ""),
    ("Boulevard", ""),
    ("Lane", ""),
    ("Drive", ""),
    ("Circle", ""),
    ("Court", ""),
    ("Cove", ""),
    ("Parkway", ""),
    ("Terrace", ""),
    ("Place", ""),
    ("Plaza", ""),
    ("Square", ""),
    ("Trail", ""),
    ("Turnpike", ""),
    ("Expressway", ""),
    ("Highway", ""),
    ("Crescent", ""),
];

static ZIP: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z]{2}), (\d{5})\b"));
/// A British postcode ("NE61 9JY", "SW1A 1AA") or an Irish Eircode ("R93 T10D"): letter by
/// letter and digit by digit.
static UK_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b|\b([A-Z]\d{2}) ([A-Z0-9]{4})\b"));

/// A Canadian province's code and its postal code ("NS B2N 0T4"): the code letter by letter
/// and digit by digit.
static PROVINCE_POSTAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([A-Z]{2}),? ([A-Z]\d[A-Z]) ?(\d[A-Z]\d)\b"));
/// An Australian state's code and its four-digit postcode ("QLD 4350", "NSW 2000").
static AU_STATE_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(NSW|VIC|QLD|SA|WA|TAS|ACT|NT),? (\d{4})\b"));

/// Canada's provinces and territories by their postal codes.
const PROVINCES: &[(&str, &str)] = &[
    ("AB", "Alberta"),
    ("BC", "British Columbia"),
    ("MB", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"),
    ("NS", "Nova Scotia"),
    ("NT", "Northwest Territories"),
    ("NU", "Nunavut"),
    ("ON", "Ontario"),
    ("PE", "Prince Edward Island"),
    ("QC", "Quebec"),
    ("SK", "Saskatchewan"),
    ("YT", "Yukon"),
];

/// Australia's states and territories by their postal abbreviations.
const AU_STATES: &[(&str, &str)] = &[
    ("NSW", "New South Wales"),
    ("VIC", "Victoria"),
    ("QLD", "Queensland"),
    ("SA", "South Australia"),
    ("WA", "Western Australia"),
    ("TAS", "Tasmania"),
    ("ACT", "Australian Capital Territory"),
    ("NT", "Northern Territory"),
];

/// Letters and digits of a code one by one ("B2N" B two N).
fn spelled_code(code: &str) -> String {
    code.chars()
        .map(|ch| match ch.to_digit(10) {
            Some(d) => en::digit_by_digit(&d.to_string()),
            None => ch.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A state code and its ZIP (or ZIP+4) code: "AL 36111", "GU 55999-7654".
static STATE_ZIP: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z]{2}) (\d{5})(?:-(\d{4}))?\b"));

/// A Russian address around a house number: place and street parts before "д. N" ("г.
/// Тверь, ул. Садовая, ") and the parts of the house after it (", корп. 2, кв. 47").
static RU_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let place = r"(?:г\.|[Уу]л\.|пр-т|просп\.|пер\.|ш\.|наб\.|б-р|пл\.|мкр\.)";
    let part = r"(?:корп\.|стр\.|кв\.|оф\.|под\.|эт\.)";
    re(&format!(
        r"(?:{place}\s?[А-ЯЁ][\w-]*(?:\s[А-ЯЁ]?[\w-]+)?,\s*)*\b[дД](?:\.|ом)\s?\d+(?:,\s*{part}\s?\d+)*"
    ))
});

/// The words of a Russian address's abbreviations.
const RU_ADDRESS_WORDS: &[(&str, &str)] = &[
    ("г.", "город"),
    ("ул.", "улица"),
    ("Ул.", "Улица"),
    ("пр-т", "проспект"),
    ("просп.", "проспект"),
    ("пер.", "переулок"),
    ("ш.", "шоссе"),
    ("наб.", "набережная"),
    ("б-р", "бульвар"),
    ("пл.", "площадь"),
    ("мкр.", "микрорайон"),
    ("д.", "дом"),
    ("Д.", "Дом"),
    ("корп.", "корпус"),
    ("стр.", "строение"),
    ("кв.", "квартира"),
    ("оф.", "офис"),
    ("под.", "подъезд"),
    ("эт.", "этаж"),
];

/// The address with each abbreviation as its word and each number as a label.
fn ru_address(addr: &str) -> String {
    let mut out = String::with_capacity(addr.len() + 32);
    let mut rest = addr;
    while !rest.is_empty() {
        let found = RU_ADDRESS_WORDS.iter().find(|(abbr, _)| {
            rest.starts_with(abbr) && out.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        });
        match found {
            Some((abbr, word)) => {
                out.push_str(word);
                rest = &rest[abbr.len()..];
                if !rest.starts_with(' ') {
                    out.push(' ');
                }
            }
            None if rest.starts_with(|c: char| c.is_ascii_digit()) => {
                let digits =
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                out.push_str(&ru::cardinal(&rest[..digits], Case::Nom, Gender::Masc));
                rest = &rest[digits..];
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

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

/// A street type's word (`STREET_TYPES`); written out, it stays.
fn street_type(t: &str) -> &str {
    STREET_TYPES.iter().find(|(a, w)| *a == t && !w.is_empty()).map_or(t, |(_, w)| w)
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    // The address hangs on its house, "д." or "дом" (a cheap test before the long pattern).
    let house = s.contains("д.") || s.contains("Д.") || s.contains("ом ");
    let s = if !house {
        s.to_string()
    } else {
        replace(s, &RU_ADDRESS, |c, text, start, end| {
            // "и т. д. 5 раз": the "д." of "так далее".
            let so_on = c[0].starts_with(['д', 'Д']) && text[..start].trim_end().ends_with("т.");
            (!so_on && cx.lang_at(text, start, end) == Lang::Ru).then(|| ru_address(&c[0]))
        })
    };
    let s = replace(&s, &STREET, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let dir = c.get(2).map(|m| format!("{} ", direction(m.as_str()))).unwrap_or_default();
        // The abbreviation's dot is kept where it also ends the sentence.
        let dot = c.get(5).is_some() && super::dot_ends_sentence(text, start, end);
        let dot = if dot { "." } else { "" };
        Some(format!("{} {dir}{}{}{dot}", house_number(&c[1]), &c[3], street_type(&c[4])))
    });
    let s = replace(&s, &STATE_ZIP, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let (_, name) = US_STATES.iter().find(|(k, _)| *k == &c[1])?;
        let plus4 = c.get(3).map(|m| format!(" dash {}", en::digit_by_digit(m.as_str())));
        Some(format!("{name} {}{}", en::digit_by_digit(&c[2]), plus4.unwrap_or_default()))
    });
    let s = replace(&s, &UK_POSTCODE, |c, text, start, end| {
        let (a, b) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(a), Some(b), _, _) => (a.as_str(), b.as_str()),
            // An Eircode's second part mixes letters and digits.
            (_, _, Some(a), Some(b))
                if b.as_str().chars().any(|ch| ch.is_ascii_digit())
                    && b.as_str().chars().any(|ch| ch.is_ascii_uppercase()) =>
            {
                (a.as_str(), b.as_str())
            }
            _ => return None,
        };
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} {}", spelled_code(a), spelled_code(b)))
    });
    let s = replace(&s, &PROVINCE_POSTAL, |c, text, start, end| {
        let (_, name) = PROVINCES.iter().find(|(k, _)| *k == &c[1])?;
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{name} {} {}", spelled_code(&c[2]), spelled_code(&c[3])))
    });
    let s = replace(&s, &AU_STATE_POSTCODE, |c, text, start, end| {
        let (_, name) = AU_STATES.iter().find(|(k, _)| *k == &c[1])?;
        // After the town's name ("Toowoomba QLD 4350"), not a count after a preposition ("In
        // WA 2000 people").
        let head = text[..start].trim_end().trim_end_matches(',');
        let town = head.rsplit(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && !crate::tables::regnal::FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
        });
        (town && cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{name} {}", en::digit_by_digit(&c[2])))
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
        // A dotted compass letter, an ordinal street, the type written out; the type's dot
        // kept where it also ends the sentence.
        assert_eq!(
            norm("at 314 W. 42nd Street", Lang::En),
            "at three fourteen West forty second Street"
        );
        assert_eq!(
            norm("near 56 SE 9th Ave. Go", Lang::En),
            "near fifty six Southeast ninth Avenue. Go"
        );
        assert_eq!(norm("at 317 S. 3rd st", Lang::En), "at three seventeen South third Street");
        assert_eq!(
            norm("2 San Tomas hwy, Santa, FL, 95051", Lang::En),
            "two San Tomas Highway, Santa, Florida, nine five zero five one"
        );
        assert_eq!(
            norm("to 6373 Juneberry Cv., Lubbock, TX 79416.", Lang::En),
            "to sixty three seventy three Juneberry Cove, Lubbock, Texas seven nine four one six."
        );
        // Titles and honorifics read by the abbreviations' table.
        assert_eq!(norm("Rear Adm. Ingram led.", Lang::En), "Rear Admiral Ingram led.");
        assert_eq!(norm("Barnaby Vasquez, Esq., was", Lang::En), "Barnaby Vasquez, Esquire, was");
        assert_eq!(norm("at Sault Ste. Marie", Lang::En), "at Sault Sainte Marie");
        assert_eq!(
            norm("at 84 Granite Plz., Ste. 967, Erie", Lang::En),
            "at eighty four Granite Plaza, Suite nine hundred and sixty seven, Erie"
        );
        assert_eq!(
            norm("at 5494 Hazel Pike, 18th Fl., Elko", Lang::En),
            "at fifty four ninety four Hazel Pike, eighteenth Floor, Elko"
        );
        assert_eq!(norm("Cdr. Rosenthal will chair.", Lang::En), "Commander Rosenthal will chair.");
        assert_eq!(
            norm("We spoke to Amb. Kingsley.", Lang::En),
            "We spoke to Ambassador Kingsley."
        );
        assert_eq!(norm("Ms. Holloway declined.", Lang::En), "miz Holloway declined.");
        assert_eq!(norm("moved to South Fl. last year", Lang::En), "moved to South Fl. last year");
        assert_eq!(norm("cleared Canyon Rd. first.", Lang::En), "cleared Canyon Road first.");
    }

    #[test]
    fn a_russian_address_reads_its_words_and_labels() {
        crate::rules::assert_ru_readings(&[
            (
                "Адрес: г. Тверь, ул. Садовая, д. 15, корп. 2, стр. 4, кв. 47.",
                "Адрес: город Тверь, улица Садовая, дом пятнадцать, корпус два, строение четыре, квартира сорок семь.",
            ),
            (
                "Подробности см. стр. 35 методички.",
                "Подробности смотри страницу тридцать пять методички.",
            ),
            ("И т. д. 5 раз подряд.", "И так далее пять раз подряд."),
        ]);
    }

    #[test]
    fn not_an_address_without_a_street_type() {
        assert_eq!(norm("708 N items", Lang::En), "seven hundred and eight N items");
    }

    /// Canadian and Australian codes after a town, USPS street types (rounds 104, 106).
    #[test]
    fn canadian_and_australian_codes_and_more_street_types() {
        assert_eq!(norm("Morpeth, NE61 9JY", Lang::En), "Morpeth, N E six one nine J Y");
        assert_eq!(norm("Take the M25 J10 exit", Lang::En), "Take the M twenty five J ten exit");
        assert_eq!(norm("Truro, NS B2N 0T4", Lang::En), "Truro, Nova Scotia B two N zero T four");
        assert_eq!(
            norm("Toowoomba QLD 4350", Lang::En),
            "Toowoomba Queensland four three five zero"
        );
        assert_eq!(norm("In WA 2000 people voted", Lang::En), "In WA two thousand people voted");
        assert_eq!(norm("at 278 Caribou Trce", Lang::En), "at two seventy eight Caribou Trace");
    }
}
