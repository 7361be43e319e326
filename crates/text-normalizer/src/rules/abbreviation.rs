//! Abbreviations from the tables, matched as whole tokens.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::tables::abbreviations::{EN_ABBREVIATIONS, RU_ABBREVIATIONS, US_STATES};

/// A one-word lowercase abbreviation capitalized, as a sentence or a line starts with it
/// ("Рис. 3", "Тел.:"); `None` for other keys.
fn capitalized(key: &str) -> Option<String> {
    let one_word = !key.trim_end_matches('.').contains(['.', ' ']);
    (one_word && key.starts_with(char::is_lowercase)).then(|| crate::text::capitalize(key))
}

/// The reading of a Russian table abbreviation, its capitalized form's capitalized.
fn ru_reading(key: &str) -> Option<String> {
    if let Some((_, r)) = RU_ABBREVIATIONS.iter().find(|(k, _)| *k == key) {
        return Some(r.to_string());
    }
    let (_, r) = RU_ABBREVIATIONS.iter().find(|(k, _)| capitalized(k).as_deref() == Some(key))?;
    Some(crate::text::capitalize(r))
}

static RU_CAPITALIZED: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    RU_ABBREVIATIONS
        .iter()
        .filter_map(|(k, r)| {
            capitalized(k)
                .filter(|c| !RU_ABBREVIATIONS.iter().any(|(k2, _)| k2 == c))
                .map(|c| (c, *r))
        })
        .collect()
});

fn table_regex(table: &[(&str, &str)]) -> Regex {
    let mut keys: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
    keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
    let alt = keys.iter().map(|k| regex::escape(k)).collect::<Vec<_>>().join("|");
    re(&format!(r"(^|[\s(«\x22])({alt})($|[\s,;:!?)»\x22]|\.)"))
}

static RU: LazyLock<Regex> = LazyLock::new(|| {
    let capitalized: Vec<(&str, &str)> =
        RU_CAPITALIZED.iter().map(|(k, r)| (k.as_str(), *r)).collect();
    table_regex(&[RU_ABBREVIATIONS, &capitalized].concat())
});
static EN: LazyLock<Regex> = LazyLock::new(|| table_regex(EN_ABBREVIATIONS));
static STATE: LazyLock<Regex> = LazyLock::new(|| table_regex(US_STATES));

/// A Russian abbreviation of the table at the match, or `None` to keep it.
fn ru_abbreviation(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    if cx.lang_at(text, start, end) != Lang::Ru && !c[2].chars().any(crate::cx::is_cyr) {
        return None;
    }
    let reading = ru_reading(&c[2])?;
    // "Т." is a volume before its number ("Т. 2", read "два" by now); before a name it is
    // an initial ("А. Т. Твардовский").
    if &c[2] == "Т." && text[end..].trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    // An abbreviation whose dot also ends the sentence keeps one dot (the period drives
    // the final intonation; `super::dot_ends_sentence`): at the end of the text, or before
    // a capital for a multi-part one ("т. д.", "до н. э."). One-word ones ("ул.", "Mrs.")
    // stand before names, so a capital after them is no sentence end.
    let key = &c[2];
    let multi = key.trim_end_matches('.').contains(['.', ' ']);
    let next = text[end..].trim_start().chars().next();
    let sentence_end = key.ends_with('.')
        && c[3].trim().is_empty()
        && (next.is_none() || multi && next.is_some_and(char::is_uppercase));
    let dot = if sentence_end { "." } else { "" };
    Some(format!("{}{reading}{dot}{}", &c[1], &c[3]))
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    // Twice where needed: a match takes the space after it, which the next abbreviation
    // needs before it ("см. стр. 5": "смотри страницу").
    let once = replace(s, &RU, |c, text, start, end| ru_abbreviation(c, text, start, end, cx));
    // Only where the first pass read one can a second one stand right after it.
    let s = if once == s {
        once
    } else {
        replace(&once, &RU, |c, text, start, end| ru_abbreviation(c, text, start, end, cx))
    };
    let s = replace(&s, &EN, |c, text, start, end| {
        let key = &c[2];
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let (_, reading) = EN_ABBREVIATIONS.iter().find(|(k, _)| *k == key)?;
        // The abbreviation's own dot may also end the sentence: look past it for the name.
        let next_cap = text[end..]
            .trim_start_matches(['.', ' '])
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let prev_cap = text[..start + c[1].len()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && w.len() > 1);
        // Titles expand only before a name ("Dr. Evil", "Capt. Walsh", "Mt. Hood"); "St."
        // and "Dr." after a name are a street and a drive (Elm St., Cedar Dr.), before one
        // Saint and doctor (St. Louis).
        let reading = match key {
            "St." if next_cap && !prev_cap => "Saint",
            "Dr." if prev_cap && !next_cap => "Drive",
            _ => reading,
        };
        const TITLES: &[&str] = &[
            "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Capt.", "Gen.", "Lt.", "Sgt.", "Rev.", "Col.",
            "Gov.", "Sen.", "Maj.", "Cmdr.", "Mt.", "Ft.",
        ];
        if TITLES.contains(&key) && reading != "Drive" && !next_cap {
            return None;
        }
        let trail = if &c[3] == "." && key.ends_with('.') { "" } else { &c[3] };
        Some(format!("{}{reading}{trail}", &c[1]))
    });
    replace(&s, &STATE, |c, text, start, _end| {
        if !text[..start].ends_with(',') {
            return None;
        }
        let (_, name) = US_STATES.iter().find(|(k, _)| *k == &c[2])?;
        Some(format!("{}{name}{}", &c[1], &c[3]))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn a_capitalized_abbreviation_starts_a_sentence() {
        crate::rules::assert_ru_readings(&[
            ("Рис. 3 показывает схему.", "Рисунок три показывает схему."),
            ("Табл. 2 заполните.", "Таблицу два заполните."),
        ]);
    }

    #[test]
    fn sentence_final_abbreviation_keeps_its_dot() {
        assert_eq!(
            norm("миротворцы и т. д. Эти шумы остались.", Lang::Ru),
            "миротворцы и так далее. Эти шумы остались."
        );
        assert_eq!(
            norm("в 1776 году до н. э.", Lang::Ru),
            "в тысяча семьсот семьдесят шестом году до нашей эры."
        );
        assert_eq!(norm("и т. д. и т. п.", Lang::Ru), "и так далее и тому подобное.");
        assert_eq!(norm("Mrs. Поппер", Lang::Ru), "миссис Поппер");
        assert_eq!(norm("А. Т. Твардовский", Lang::Ru), "А. Т. Твардовский");
        assert_eq!(norm("Т. 2", Lang::Ru), "Том два");
    }
}
