//! Month names: English, and Russian in the genitive (as dates use them).

pub(crate) const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(crate) const RU_MONTHS_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Month number (1-based) of an English or Russian name or abbreviation, any case.
pub(crate) fn month_number(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    let en = EN_MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(&w) && w.len() <= m.len()));
    if en.is_some() {
        return en.map(|i| i + 1);
    }
    const RU_STEMS: [&str; 12] =
        ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
    RU_MONTHS_GEN
        .iter()
        .zip(RU_STEMS)
        .position(|(full, stem)| {
            w == *full || (w.starts_with(stem) && full.starts_with(&w)) || w == stem
        })
        .map(|i| i + 1)
}
