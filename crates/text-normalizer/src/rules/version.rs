//! Version and section numbers of three or more parts ("Python 3.11.4", "iOS 17.2.1",
//! "section 1.2.3", "версия 1.2.3"): each part a cardinal, "point" ("точка") between ("three
//! point eleven point four"), as they are said; in Russian only after a version word or a
//! product's name, since Russian writes dates with dots. Parts that could be a date stay one
//! where a full year ends them ("12.05.2009") or a word of time stands before them ("on
//! 20.6.11"); English writes dates with dots rarely. IP addresses are `phone`'s, before this,
//! which asks `version_before` to leave a product's four parts here.

use std::sync::LazyLock;

use regex::Regex;

use super::reference::label;
use super::{re, replace};
use crate::cx::{Cx, Lang, adjacent_word_before};
use crate::num::en;

/// Three or more dotted parts, or two after a "v" ("v2.0").
static VERSION: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:[vV](\d{1,4}(?:\.\d{1,4})+)|[vV]?(\d{1,4}(?:\.\d{1,4}){2,}))\b"));
/// Two dotted parts after a version word ("версия 2.0", "version 3.1", "сборку 12.4").
static TWO_PARTS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,4})\.(\d{1,4})\b"));

/// Words before a version that say it is one ("version 2.0.1", "build 11.15.9.6", "версия
/// 1.2.3").
const CUES: &[&str] = &[
    "version",
    "release",
    "build",
    "update",
    "patch",
    "firmware",
    "версия",
    "версии",
    "версию",
    "версией",
    "сборка",
    "сборки",
    "сборку",
    "релиз",
    "релиза",
    "прошивка",
    "прошивки",
];

/// Words before an IP address ("Ping 192.168.1.1", "server 10.0.0.1").
const IP_CUES: &[&str] =
    &["ip", "ping", "server", "host", "gateway", "dns", "router", "proxy", "address", "subnet"];

/// Whether dotted numbers at `start` are a version: a version word or a product's Latin name
/// before them ("Node 5.11.2.5", "iOS 13.9.11.9"), not an address word ("Ping 10.0.0.1").
pub(crate) fn version_before(text: &str, start: usize) -> bool {
    let Some((word, _)) = crate::cx::word_before(text, start) else { return false };
    let raw = text[..start].trim_end().rsplit(' ').next().unwrap_or("");
    let product = raw.chars().all(crate::cx::is_lat) && raw.chars().any(char::is_uppercase);
    CUES.contains(&word.as_str()) || product && !IP_CUES.contains(&word.as_str())
}

/// Words before a date: "on 20.6.11", "since 1.2.10".
const DATE_WORDS: &[&str] =
    &["on", "from", "until", "till", "by", "since", "before", "after", "of", "dated"];

/// Whether the parts could be a day, a month and a year ("20.6.11", "12.05.2009"), or a
/// month, a day and a year as American dates are ("02.15.2017").
fn date_like(parts: &[&str]) -> bool {
    let n = |i: usize| parts[i].parse::<u32>().unwrap_or(0);
    let day_month = |d: u32, m: u32| super::date::valid(d, m as usize);
    parts.len() == 3 && (day_month(n(0), n(1)) || day_month(n(1), n(0))) && parts[2].len() >= 2
}

/// Whether the parts are a year, a month and a day ("2023.05.12").
fn year_first_date(parts: &[&str]) -> bool {
    let n = |i: usize| parts[i].parse::<u32>().unwrap_or(0);
    parts.len() == 3
        && parts[0].len() == 4
        && (1000..2100).contains(&n(0))
        && (1..=12).contains(&n(1))
        && (1..=31).contains(&n(2))
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &TWO_PARTS, |c, text, start, end| {
        let word = adjacent_word_before(text, start)?;
        let continues = super::mark_then_digit(&text[end..], &['.']);
        if !CUES.contains(&word.as_str()) || continues || text[..start].ends_with(['.', ',']) {
            return None;
        }
        Some(match cx.lang_at(text, start, end) {
            Lang::En => {
                format!("{} point {}", en::cardinal_str(&c[1], true), en::cardinal_str(&c[2], true))
            }
            Lang::Ru => label(&c[0]),
        })
    });
    replace(&s, &VERSION, |c, text, start, end| {
        // Part of a longer run of dotted numbers.
        if text[..start].ends_with(['.', ',']) {
            return None;
        }
        let lang = cx.lang_at(text, start, end);
        let digits = c.get(1).or_else(|| c.get(2))?.as_str();
        let parts: Vec<&str> = digits.split('.').collect();
        let version = c[0].starts_with(['v', 'V']);
        // Russian writes dates with dots: a version there has its word, its "v" or a
        // product's name before it.
        if lang == Lang::Ru && !version && !version_before(text, start) {
            return None;
        }
        let dated =
            adjacent_word_before(text, start).is_some_and(|w| DATE_WORDS.contains(&w.as_str()));
        let dotted_date = date_like(&parts) && (dated || parts[2].len() == 4);
        if (dotted_date || year_first_date(&parts)) && !version {
            return None;
        }
        Some(match lang {
            Lang::En => {
                let read: Vec<String> =
                    parts.iter().map(|p| en::cardinal(p.parse().unwrap_or(0))).collect();
                format!("{}{}", if version { "version " } else { "" }, read.join(" point "))
            }
            Lang::Ru if version => {
                // "v" is the word "версия" in the case its place asks ("на v3.1": на версии).
                const FORMS: [&str; 6] =
                    ["версия", "версии", "версии", "версию", "версией", "версии"];
                let word = FORMS[super::reference::case_at(text, start) as usize];
                format!("{word} {}", label(digits))
            }
            Lang::Ru => label(digits),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn versions_read_their_parts_and_dates_stay() {
        assert_eq!(
            norm("Python 3.11.4 is out.", Lang::En),
            "Python three point eleven point four is out."
        );
        assert_eq!(
            norm("Update to v1.2.3 now.", Lang::En),
            "Update to version one point two point three now."
        );
        assert_eq!(norm("See section 1.2.3.", Lang::En), "See section one point two point three.");
        assert_eq!(
            norm("Ping 192.168.1.1 now.", Lang::En),
            "Ping one nine two dot one six eight dot one dot one now."
        );
        assert!(norm("On 12.05.2009 we met.", Lang::En).contains("may"));
        assert!(!norm("On 2023.05.12 we met.", Lang::En).contains("point"));
        assert_eq!(
            norm("Node 5.11.2.5 is out.", Lang::En),
            "Node five point eleven point two point five is out."
        );
        assert_eq!(norm("Версия 1.2.3 вышла.", Lang::Ru), "Версия один точка два точка три вышла.");
        assert_eq!(norm("Вышла версия 2.0.", Lang::Ru), "Вышла версия два точка ноль.");
        assert_eq!(
            norm("Поддержку v3.1 прекратят.", Lang::Ru),
            "Поддержку версии три точка один прекратят."
        );
        assert_eq!(norm("Get version 3.1 now.", Lang::En), "Get version three point one now.");
        assert!(norm("Адрес 10.0.0.1 недоступен.", Lang::Ru).contains("один ноль точка ноль"));
    }
}
