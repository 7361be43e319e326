//! Dates and years: "2006-08-05", "15.01.2020", "10/06/2005", "25 july 2012", "july 25, 2012",
//! "21 апреля 2024 года", "в 1999 г.", "1980s", "'80s".

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{re, replace, spaced};
use crate::cx::{Cx, Lang, RuContext, adjacent_word_before};
use crate::num::ru::{Case, Form, Gender};
use crate::num::{en, ru};
use crate::tables::months::{EN_MONTHS, RU_MONTHS_GEN, month_number};
use crate::tables::ru_context::governs_a_year;

const MONTH: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
// Only the abbreviated months own a dot: "16 ноября." keeps its sentence period.
const RU_MONTH: &str = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|(?:янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)\.?)";

static ISO: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b"));
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})(?:\s?(г\.|года\b)|\b)"));
/// A day and month, then a year; in Russian with the other calendar's day in brackets, as
/// dates before 1918 are written ("5 (17) сентября 1812 года", "26 марта (5 апреля) 1656").
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: \((\d{{1,2}})\))?[ -]({MONTH}|{RU_MONTH})(?: \((\d{{1,2}}) ({RU_MONTH})\))?(?:(,?)([ -]?)(\d{{4}})(?:\s?(г\.|года\b|год\b)|\b)|\b|$)"
    ))
});
/// A year under a thousand after a day and month, the clause going on after a comma, a
/// semicolon or a bracket ("умер 1 сентября 68, согласно преданию"); before a word it is a
/// count ("5 мая 120 рыбаков вышли").
static RU_SHORT_YEAR_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"\b(\d{{1,2}}) ({RU_MONTH}) ([1-9]\d{{1,2}})([,;)])")));
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"\b({MONTH})[ -](\d{{1,2}})(?:st|nd|rd|th)?(?:(,?)[ -](\d{{4}}))?\b"))
});
/// The full stop of an English month as written (`month`, the `m`th) that the date's match
/// took: a full name's dot ends the sentence ("on 4 July."), an abbreviation's only before a
/// capital or the end ("on 4 Jul. Then"; "4 Jul. next year" goes on).
fn month_dot(month: &str, m: usize, text: &str, start: usize, end: usize) -> &'static str {
    let full = EN_MONTHS[m - 1].eq_ignore_ascii_case(month.trim_end_matches('.'));
    let ends = month.ends_with('.') && (full || super::dot_ends_sentence(text, start, end));
    if ends { "." } else { "" }
}

/// English days of one month with a dash: "July 20–26" (July twentieth to twenty sixth),
/// "20–26 July" (the twentieth to the twenty sixth of July).
static EN_MONTH_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"\b({MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?\s?[-–]\s?(\d{{1,2}})(?:st|nd|rd|th)?\b"))
});
static EN_DAYS_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s?[-–]\s?(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH})(?:\b|$)"
    ))
});
/// The first day of a day range in one month: "с 26 по 28 января", "с 1 до 5 мая".
static RU_DAY_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"\b((?i:с|со|от))\s(\d{{1,2}})(\s(?:по|до)\s\d{{1,2}}\s{RU_MONTH})"))
});
/// A range of days before one month written with a dash: "5–7 мая", "1 — 3 июня", "12-14
/// июля"; both days take the case the context gives the date.
static RU_DAY_DASH_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"\b(\d{{1,2}})\s?(?:--|[-–—])\s?(\d{{1,2}})\s({RU_MONTH})")));
/// The first year of a range: "с 2015 по 2025 год", "с 1900 до 1902 года".
static RU_YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b((?i:с|со|от))\s(\d{4})(\s?(?:по|до|[-–—])\s?\d{4}\s(?:год|года|году|гг\.?|г\.))")
});
/// A range of years with no year word after it: "С 1870 по 1876 работал", "с 1990 до 1995,".
static RU_BARE_YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b((?i:с|со|от))\s(1[0-9]{3}|20[0-9]{2})\s(по|до)\s(1[0-9]{3}|20[0-9]{2})\b([^-0-9%]|$)")
});
/// A year after a month with no day: "в апреле 1995", "с октября 1982 г.", "май 2020 года".
static RU_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|ю|ем|ём|е)|(?:март|август)(?:а|у|ом|е)?|ма(?:й|я|ю|ем|е))\s(1[0-9]{3}|20[0-9]{2})(?:\s?(г\.|года\b))?([^-0-9%]|$)",
    )
});
/// Years listed before one year word: "в 2002, 2004 и 2008 годах", "в 1932 или 1933 году",
/// a note in brackets after one of them too ("в 1998, 2003 (в составе сборной) и 2010 годах").
static RU_YEAR_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b((?:(?:1[0-9]{3}|20[0-9]{2})(?:\s\([^()]{1,80}\))?,\s*)*(?:1[0-9]{3}|20[0-9]{2})(?:\s\([^()]{1,80}\))?,?\s+(?:и|или|либо)\s+)(1[0-9]{3}|20[0-9]{2})\s(годов|годах|годам|годами|годы|года|году|годом|год\b|гг\.|г\.)",
    )
});
/// A year, a decade ("1990-х", "30-е") or a range before "г."/"гг.".
static RU_YEAR_ABBR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{3,4}|[1-9]0)(?:-(х|е|ые|ых|м|ми))?\s?(гг?\.|гг\b|г\b)"));
/// A sign's words before an amount (`comparison`, `math`).
const RU_SIGNS: &[&str] = &["равно", "больше", "меньше", "примерно", "плюс", "минус", "плюс-минус"];
static DECADE: LazyLock<Regex> = LazyLock::new(|| re(r"(')?\b(\d{2}|\d{3}0)(?: ?s|'s)\b"));
/// Decades: "90-е", "1990-х". "19-е место", "64-х рядах" are an ordinal and a cardinal.
/// "в 2009" with the noun left out at the end of a clause: a year ("в две тысячи девятом
/// [году]"); a count would need its noun ("в 2000 раз").
/// After "с", "до", "после", "к", "от" too, and before a word that is not what a number
/// counts ("С 1930 преподавал", "после 1991 он"); before a clause's end only after в, с,
/// после, к ("выросли до 1500." is a quantity).
static RU_BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(^|[\s(«])((?i:в|во|с|со|до|после|к|ко|от)) (1[0-9]{3}|20[0-9]{2})(\s*(?:[.,;:!?)»]|$)|\s+[А-ЯЁа-яё])",
    )
});
/// With the range's first decade before it, if any ("1960-1970-х", "1970 -- 1980-е").
static RU_DECADE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:([1-9]0|\d{3}0)\s*(?:--|[-–—])\s*)?([1-9]0|\d{3}0)-?(е|ые|х|ых)\b"));

/// A year that runs across two ("2019/20", "2027/2028": a season, a tax or school year).
static EN_SPLIT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(1\d{3}|20\d\d)/((?:1\d|20)?\d\d|\d)\b"));

/// A year cut to its last two digits after an apostrophe ("the class of ’09", "summer of
/// '67"); a decade's "'90s" is the decades' rule's.
static EN_CUT_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"(^|[\s(])['’](\d\d)\b([^s’'\d]|$)"));

/// A range of months ("Jun-Aug", "March–November"): the months' names and "to".
static EN_MONTH_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([A-Z][a-z]{2,8})\.? ?[-–] ?([A-Z][a-z]{2,8})\b\.?"));

/// "2019/20" as "twenty nineteen to twenty" when the second year follows the first.
fn en_split_year(first: &str, second: &str) -> Option<String> {
    let a: u64 = first.parse().ok()?;
    let b: u64 = second.parse().ok()?;
    let next = match second.len() {
        1 => (a + 1) % 10,
        2 => (a + 1) % 100,
        _ => a + 1,
    };
    // "2000/01": "two thousand to oh one".
    let second_said = if second.len() == 2 { en_two_digit_year(second) } else { en_year(second) };
    (b == next).then(|| format!("{} to {second_said}", en_year(first)))
}

/// A year's last two digits said alone: "oh" for a leading zero ("’09" oh nine, "’67" sixty
/// seven).
fn en_two_digit_year(yy: &str) -> String {
    match yy.strip_prefix('0') {
        Some(d) => format!("oh {}", en_year(d)),
        None => en_year(yy),
    }
}

fn en_year(y: &str) -> String {
    match y.parse::<u64>() {
        Ok(n) if y.len() == 2 => en::cardinal(n),
        Ok(n) => en::year(n),
        Err(_) => y.to_string(),
    }
}

fn en_date(day: u32, month: usize, year: Option<&str>, day_first: bool) -> String {
    let d = en::ordinal_str(&day.to_string());
    let m = EN_MONTHS[month - 1];
    let mut s = if day_first { format!("the {d} of {m}") } else { format!("{m} {d}") };
    if let Some(y) = year {
        s.push(' ');
        s.push_str(&en_year(y));
    }
    s
}

/// Day ordinal (neuter: "первое", "до первого") in the case its context asks: a governing
/// word's ("до", "к", "по": inclusive, accusative); the nominative where the date is named
/// ("Сегодня 12 мая", "Наступило 1 мая", "12 мая — праздник"); otherwise the genitive, the
/// date that says when something happens ("подписан 12 мая", "12 мая открылась выставка"),
/// also alone (as both oracles of the generated sets read it).
fn ru_day_case(text: &str, start: usize, end: usize) -> Case {
    match adjacent_word_before(text, start).as_deref() {
        Some("до" | "с" | "со" | "от" | "после" | "около" | "из" | "кроме") => {
            Case::Gen
        }
        Some("к" | "ко") => Case::Dat,
        Some("по" | "на" | "про" | "через") => Case::Acc,
        Some("перед" | "между" | "за" | "над") => Case::Ins,
        // "датирован 5 мая", "датируется 6 августа", "помечено 5 мая": dated or marked by a
        // day, the instrumental.
        Some(w) if w.starts_with("датир") || w.starts_with("помечен") => Case::Ins,
        Some("в" | "о" | "об" | "при") => Case::Prep,
        Some(
            "сегодня"
            | "завтра"
            | "вчера"
            | "послезавтра"
            | "позавчера"
            | "наступило"
            | "настало"
            | "наступит",
        ) => Case::Nom,
        _ if names_the_date(text, start, end) => Case::Nom,
        _ => Case::Gen,
    }
}

fn ru_day(day: &str, case: Case) -> String {
    ru::ordinal(day, Form::new(case, Gender::Neut))
}

/// The date is named, not placed in time: the subject a dash defines, opening its clause ("12
/// мая — День ..."; after a verb it says when: "откроется 5 мая — в воскресенье"), what a
/// noun naming a day is, after a dash ("Последний день навигации — 3 октября"), or after a
/// colon ("Дата: 12 мая").
fn names_the_date(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    let dash = ['—', '–'];
    after.starts_with(dash) && opens_clause(text, start) && !before.ends_with(dash)
        || before.ends_with(':')
        || before.strip_suffix(dash).is_some_and(day_noun_opens)
        || subject_of_a_predicate(text, end)
}

/// Verbs of being and naming, by the start of their forms: the subject before them with a
/// predicate in the instrumental after them is named ("1 мая является днём памяти").
const PREDICATE_VERBS: &[&str] =
    &["явля", "счита", "стал", "стан", "оста", "был", "будет", "объявлен", "называ", "признан"];

/// The date before byte `end` is the subject of a verb of being or naming whose predicate, in
/// the instrumental, follows it ("12 декабря не является выходным днём", "8 марта считается
/// женским днём"); not where the verb has none ("12 декабря стало известно", "5 мая является
/// комиссия": it comes). Words the dictionary lacks (adverbs, "не") may stand between.
fn subject_of_a_predicate(text: &str, end: usize) -> bool {
    let mut pos = end;
    let mut next_known = || {
        for _ in 0..3 {
            let (w, end) = crate::cx::word_after(text, pos)?;
            pos = end;
            let an = crate::morph::analyze(&w);
            if !an.is_empty() {
                return Some((w, an));
            }
        }
        None
    };
    let Some((verb, an)) = next_known() else { return false };
    if !an.iter().any(|a| a.is_verb() || a.pos() == crate::morph::Pos::ShortParticiple)
        || !PREDICATE_VERBS.iter().any(|s| verb.starts_with(s))
    {
        return false;
    }
    next_known().is_some_and(|(_, an)| an.iter().any(|a| a.case() == Case::Ins))
}

/// Nouns that name a day, in the nominative: a date a dash puts after one is what it is.
const DAY_NOUNS: &[&str] =
    &["день", "дни", "дата", "даты", "срок", "сроки", "число", "годовщина", "праздник"];

/// The clause that ends `head` opens with a noun naming a day, after its attributes only
/// ("Крайний срок подачи заявок", "Число, с которого меняется расписание,"); not one in a
/// prepositional phrase ("В тот день").
fn day_noun_opens(head: &str) -> bool {
    let from = head
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | ';' | '(' | '—' | '–'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    for w in head[from..].split(|c: char| !c.is_alphabetic() && c != '-').filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if DAY_NOUNS.contains(&w.as_str()) {
            return true;
        }
        let an = crate::morph::analyze(&w);
        // An attribute may also be read as a noun ("новые", "рабочий"): still an attribute.
        if !an.iter().any(|a| a.is_attribute()) {
            return false;
        }
    }
    false
}

fn ru_date(
    day: &str,
    month: usize,
    year: Option<&str>,
    year_word: Option<&str>,
    text: &str,
    start: usize,
    end: usize,
) -> String {
    let case = ru_day_case(text, start, end);
    format!("{} {}{}", ru_day(day, case), RU_MONTHS_GEN[month - 1], ru_year_after(year, year_word))
}

/// The year after a date, in the genitive, with its word if written ("г." is "года").
fn ru_year_after(year: Option<&str>, year_word: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(y) = year {
        s.push(' ');
        s.push_str(&ru::ordinal(y, Form::new(Case::Gen, Gender::Masc)));
        match year_word {
            Some("г.") => s.push_str(" года"),
            Some(w) => {
                s.push(' ');
                s.push_str(w);
            }
            None => {}
        }
    }
    s
}

/// A unit or a noun the number before byte `end` would count follows it ("2000 раз", "1500
/// человек", "1698 МПа"); not a name ("в 1980 Олимпиада").
fn counts_after(text: &str, end: usize) -> bool {
    let unit = super::measure::unit_follows(text, end);
    let word: String =
        text[end..].trim_start().chars().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    let mut letters = word.chars();
    let name = letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_some_and(char::is_lowercase);
    // A verb that is also a noun's form is the verb there ("с 1974 жил", "в 1910 рос").
    let verb = crate::morph::analyze(word.trim_end_matches('.')).iter().any(|a| a.is_verb());
    unit || !name && !verb && RuContext::at(text, end.saturating_sub(4), end).noun.is_some()
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:1[0-9]{3}|20[0-9]{2})\b"));

/// "год" and "годы" by case, in `Case` order (the accusative of an inanimate noun is its
/// nominative; the prepositional of a year is "году").
const YEAR_WORD: [&str; 6] = ["год", "года", "году", "год", "годом", "году"];
const YEARS_WORD: [&str; 6] = ["годы", "годов", "годам", "годы", "годами", "годах"];

/// "в" or "во" right before byte `pos`: a time there is prepositional ("в 1923 году").
pub(crate) fn in_v(text: &str, pos: usize) -> bool {
    matches!(adjacent_word_before(text, pos).as_deref(), Some("в" | "во"))
}

/// Nothing but punctuation that ends a clause comes before byte `pos`.
fn opens_clause(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '(', '—', '–', '«', '"'])
}

/// The case of a year (and its "год") at byte `pos` from the case its governing word gives
/// (`prep_case`): "в" with an accusative reading is the prepositional of a time ("в 1923
/// году"); with no governing word, a year inside a clause is an attribute, in the genitive
/// ("перепись 2010 г.", "войны 1812 г."), and one that opens the clause names the year.
fn year_case(text: &str, pos: usize, prep_case: Option<Case>) -> Case {
    match prep_case {
        Some(Case::Acc) if in_v(text, pos) => Case::Prep,
        Some(c) => c,
        None if opens_clause(text, pos) => Case::Nom,
        None => Case::Gen,
    }
}

pub(crate) fn valid(day: u32, month: usize) -> bool {
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// A school, financial or sports year written with a slash: "2023/2024" (the second year the
/// next), read as a range of years ("в 2023/2024 учебном году").
static YEAR_PAIR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(1[0-9]{3}|20[0-9]{2})/(1[0-9]{3}|20[0-9]{2})\b"));

/// A Russian day and month with a dot and no year after a preposition: "на 12.03", "с 01.09 по
/// 31.12", "к 20.05" (a decimal has no preposition of time before it, or a sign after it).
static RU_SHORT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b([нН]а|[сС]о?|[пП]о|[дД]о|[кК]о?|[пП]осле|[оО]т)\s(\d{1,2})\.(\d{2})\b")
});

/// Whether the text at `end` goes on as a decimal's would: a number or a sign ("12.03%",
/// "12.03.2024", "12.03,5"), a unit, or a noun in the genitive singular that a fraction counts
/// ("на 1.05 раза", "на 12.03 пункта").
fn number_goes_on(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let after_punct = rest.strip_prefix(['.', ',']).unwrap_or(" ");
    let counted = crate::cx::adjacent_word_after(text, end).is_some_and(|w| {
        let an = crate::morph::analyze(&w);
        an.iter().any(|a| a.is_noun() && a.case() == Case::Gen && !a.plural())
            && !an.iter().any(|a| a.is_verb())
    });
    rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | '‰' | '°'))
        || after_punct.starts_with(|c: char| c.is_ascii_digit())
        || super::measure::unit_follows(text, end)
        || counted
}

/// Days of the week abbreviated: Russian (nominative, genitive, accusative) and English.
const RU_WEEKDAYS: &[(&str, &str, &str, &str)] = &[
    ("пн", "понедельник", "понедельника", "понедельник"),
    ("вт", "вторник", "вторника", "вторник"),
    ("ср", "среда", "среды", "среду"),
    ("чт", "четверг", "четверга", "четверг"),
    ("пт", "пятница", "пятницы", "пятницу"),
    ("сб", "суббота", "субботы", "субботу"),
    ("вс", "воскресенье", "воскресенья", "воскресенье"),
];
const EN_WEEKDAYS: &[(&str, &str)] = &[
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("tues", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("thur", "Thursday"),
    ("thurs", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
];

/// An English month and day with a slash and no year ("due 3/20", "on 12/5", "Tue (6/14)"),
/// after a word that places something in time or a day's name. A fraction is an amount
/// ("cut by 1/3", "3/4 of the seats", "reduced to 2/5"): it follows a verb of change or a
/// word of quantity instead, or "of" follows it.
static EN_SLASH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let day = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    re(&format!(r"(?:\b({day})(,?\s\(?|\s?\())?\b(\d{{1,2}})/(\d{{1,2}})\b"))
});

/// Words after which a month and day is a date: prepositions of time, deadlines, and verbs
/// of opening, closing, starting and ending.
#[rustfmt::skip]
const EN_DATE_WORDS: &[&str] = &[
    "on", "by", "due", "until", "till", "til", "thru", "through", "before", "after", "since",
    "from", "starting", "beginning", "effective", "dated", "expires", "expire", "expiring",
    "opens", "reopens", "closes", "starts", "begins", "ends", "resumes", "deadline",
];
/// Verbs that move or fix a date, before "to" or "for" ("moved to 9/17", "set for 4/9").
#[rustfmt::skip]
const EN_SCHEDULING: &[&str] = &[
    "moved", "postponed", "rescheduled", "pushed", "delayed", "changed", "set", "scheduled",
    "booked", "planned", "slated", "back", "reminder", "appointment", "meeting",
];
/// Verbs of change before "by" ("cut by 1/3"): the slash pair after them is an amount.
#[rustfmt::skip]
const EN_CHANGE: &[&str] = &[
    "cut", "reduced", "increased", "grew", "rose", "fell", "dropped", "shrank", "raised",
    "lowered", "decreased", "multiplied", "divided", "up", "down", "declined", "climbed",
    "gained", "lost", "outnumbered", "exceeded",
];

/// Whether the slashed month and day at `start` is a date from the words before it.
fn en_slash_day_is_a_date(text: &str, start: usize) -> bool {
    let Some((w1, at)) = crate::cx::word_before(text, start) else { return false };
    let w2 = crate::cx::adjacent_word_before(text, at);
    let w2 = w2.as_deref().unwrap_or("");
    // A range's second day: "from 3/1 to 3/15", "3/1-3/15".
    static RANGE_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b\d{1,2}/\d{1,2}\s?(?:to|through|thru|until|till|-|–)\s?\(?$"));
    match w1.as_str() {
        "by" => !EN_CHANGE.contains(&w2),
        "to" | "for" => EN_SCHEDULING.contains(&w2) || RANGE_BEFORE.is_match(&text[..start]),
        "of" => w2 == "as",
        w => EN_DATE_WORDS.contains(&w) || RANGE_BEFORE.is_match(&text[..start]),
    }
}

/// An abbreviated day in a range of days or right before hours, as business hours are
/// written ("пн–пт 9:00–18:00", "сб 10:00", "Mon–Fri 9:00-17:00"), or before an English date
/// ("Tue 2 Jun 1987"); alone such letters are too often other words ("ср." compare, "Sun",
/// "wed").
static WEEKDAYS: LazyLock<Regex> = LazyLock::new(|| {
    // Lowercase or capitalized, spelled out: a case-insensitive class costs ~3% of all the
    // rules' time on Cyrillic text.
    let day = r"(?:[пП]н|[вВ]т|[сС]р|[чЧ]т|[пП]т|[сС]б|[вВ]с|[mM]on|[tT]ues?|[wW]ed|[tT]hu(?:rs?)?|[fF]ri|[sS]at|[sS]un)\.?";
    // An English date after it ("Tue 2 Jun 1987", "Sat., Sep. 7, 2013"): the day's name.
    let month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?";
    re(&format!(
        r"\b({day})(?:\s?[-–—]\s?({day}))?(\s+\d{{1,2}}:\d{{2}})?(,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{month}|{month}\s+\d{{1,2}}\b))?"
    ))
});

/// The word before byte `pos` can name something (`roman::name_like`: "Ottawa Sun, April 9",
/// a sentence's first word too; not "On Tue 2 Jun").
fn after_name(text: &str, pos: usize) -> bool {
    text[..pos]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| super::roman::name_like(w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// A day's language and index in its table, from its abbreviation or (English) its name.
fn weekday(abbr: &str) -> Option<(Lang, usize)> {
    let key = abbr.trim_end_matches('.').to_lowercase();
    if let Some(i) = RU_WEEKDAYS.iter().position(|d| d.0 == key) {
        return Some((Lang::Ru, i));
    }
    EN_WEEKDAYS
        .iter()
        .position(|d| d.0 == key || d.1.eq_ignore_ascii_case(&key))
        .map(|i| (Lang::En, i))
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &EN_SPLIT_YEAR, |c, text, start, end| {
        let glued = text[..start].ends_with(['/', '.']) || text[end..].starts_with(['/', '.']);
        if glued || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        en_split_year(&c[1], &c[2])
    });
    let s = replace(&s, &EN_MONTH_RANGE, |c, text, start, end| {
        let (a, b) = (month_number(&c[1])?, month_number(&c[2])?);
        // Both month names in English: "May" alone is also a name; a dot after a full name
        // ends the sentence.
        let english = |w: &str| EN_MONTHS.iter().any(|m| m.starts_with(&w.to_lowercase()));
        if a == b || !english(&c[1]) || !english(&c[2]) || cx.lang_at(text, start, end) != Lang::En
        {
            return None;
        }
        let name = |m: usize| {
            let n = EN_MONTHS[m - 1];
            n[..1].to_uppercase() + &n[1..]
        };
        // A dot the pattern took ends the sentence where nothing or a capital follows it.
        let rest = text[end..].trim_start();
        let dot = c[0].ends_with('.') && (rest.is_empty() || rest.starts_with(char::is_uppercase));
        Some(format!("{} to {}{}", name(a), name(b), if dot { "." } else { "" }))
    });
    let s = replace(&s, &EN_CUT_YEAR, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        Some(format!("{}{}{}", &c[1], en_two_digit_year(&c[2]), &c[3]))
    });
    let s = replace(&s, &WEEKDAYS, |c, text, start, _| {
        let (lang, a) = weekday(&c[1])?;
        let hours = c.get(3).map_or("", |m| m.as_str());
        let date = c.get(4).map_or("", |m| m.as_str());
        let capital = c[1].starts_with(char::is_uppercase);
        let words = match (c.get(2), lang) {
            (Some(b), Lang::Ru) => {
                let (Lang::Ru, b) = weekday(b.as_str())? else { return None };
                format!("с {} по {}", RU_WEEKDAYS[a].2, RU_WEEKDAYS[b].3)
            }
            (Some(b), Lang::En) => {
                let (Lang::En, b) = weekday(b.as_str())? else { return None };
                format!("{} to {}", EN_WEEKDAYS[a].1, EN_WEEKDAYS[b].1)
            }
            // Not a name's last word ("Ottawa Sun, April 9": a newspaper).
            (None, Lang::En) if !date.is_empty() && !after_name(text, start) => {
                EN_WEEKDAYS[a].1.to_string()
            }
            (None, _) if hours.is_empty() => return None,
            (None, Lang::Ru) => RU_WEEKDAYS[a].1.to_string(),
            (None, Lang::En) => EN_WEEKDAYS[a].1.to_string(),
        };
        let words =
            if capital && lang == Lang::Ru { crate::text::capitalize(&words) } else { words };
        // The date keeps its comma ("Saturday, Sep. 7").
        let date = if !date.is_empty() && c[1].ends_with('.') && !date.starts_with(',') {
            format!(",{date}")
        } else {
            date.to_string()
        };
        Some(format!("{words}{hours}{date}"))
    });
    let s = replace(&s, &RU_SHORT_DATE, |c, text, start, end| {
        let (d, m): (u32, usize) = (c[2].parse().ok()?, c[3].parse().ok()?);
        if !valid(d, m) || number_goes_on(text, end) || cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        let day_start = start + c[1].len() + 1;
        Some(format!("{} {}", &c[1], ru_date(&d.to_string(), m, None, None, text, day_start, end)))
    });
    let s = replace(&s, &YEAR_PAIR, |c, _, _, _| {
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        (b == a + 1).then(|| format!("{a}–{b}"))
    });
    let s = replace(&s, &RU_DAY_RANGE, |c, _, _, _| {
        let day: u32 = c[2].parse().ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let first = ru::ordinal(&c[2], Form::new(Case::Gen, Gender::Neut));
        Some(format!("{} {first}{}", &c[1], &c[3]))
    });
    let s = replace(&s, &RU_DAY_DASH_RANGE, |c, text, start, end| {
        let (d1, d2): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let m = month_number(&c[3])?;
        if !valid(d1, m) || !valid(d2, m) || d1 >= d2 || cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        let case = ru_day_case(text, start, end);
        let month = RU_MONTHS_GEN[m - 1];
        Some(format!("{} — {} {month}", ru_day(&c[1], case), ru_day(&c[2], case)))
    });
    let s = replace(&s, &RU_YEAR_RANGE, |c, _, _, _| {
        let first = ru::ordinal(&c[2], Form::new(Case::Gen, Gender::Masc));
        Some(format!("{} {first}{}", &c[1], &c[3]))
    });
    let s = replace(&s, &ISO, |c: &Captures, text, start, end| {
        let (m, d): (usize, u32) = (c[2].parse().ok()?, c[3].parse().ok()?);
        if !valid(d, m) {
            return None;
        }
        Some(match cx.lang_at(text, start, end) {
            Lang::En => en_date(d, m, Some(&c[1]), false),
            Lang::Ru => ru_date(&d.to_string(), m, Some(&c[1]), None, text, start, end),
        })
    });
    let s = replace(&s, &NUMERIC, |c, text, start, end| {
        if c[2] != c[4] {
            return None;
        }
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
        let lang = cx.lang_at(text, start, end);
        // English slashes are month first unless that cannot be; dots and dashes day first
        // unless that cannot be ("02.15.2017").
        let month_first = lang == Lang::En
            && a <= 12
            && (&c[2] == "/" || !valid(a, b as usize) && valid(b, a as usize));
        let (d, m) = if month_first { (b, a as usize) } else { (a, b as usize) };
        if !valid(d, m) {
            return None;
        }
        Some(match lang {
            Lang::En => en_date(d, m, Some(&c[5]), !month_first),
            Lang::Ru => {
                // "02.05.2009г.": the year word glued to the date.
                let word = c.get(6).map(|w| w.as_str());
                let date = ru_date(&d.to_string(), m, Some(&c[5]), word, text, start, end);
                let dot = word == Some("г.") && super::dot_ends_sentence(text, start, end);
                if dot { date + "." } else { date }
            }
        })
    });
    let s = replace(&s, &EN_SLASH_DAY, |c, text, start, end| {
        let (m, d): (usize, u32) = (c[3].parse().ok()?, c[4].parse().ok()?);
        let digits = start + c.get(1).map_or(0, |w| w.len() + c[2].len());
        let rest = &text[end..];
        let glued =
            text[..digits].ends_with(['/', '.', ',']) || text[..digits].ends_with(char::is_numeric);
        if glued
            || super::mark_then_digit(rest, &['/', '.', ','])
            || rest.trim_start().starts_with("of ")
            || !valid(d, m)
            || cx.lang_at(text, start, end) != Lang::En
        {
            return None;
        }
        let weekday = c.get(1).and_then(|w| match weekday(w.as_str())? {
            (Lang::En, i) => Some(EN_WEEKDAYS[i].1),
            (Lang::Ru, _) => None,
        });
        if weekday.is_none() && !en_slash_day_is_a_date(text, digits) {
            return None;
        }
        let date = en_date(d, m, None, false);
        Some(match weekday {
            Some(day) => format!("{day}{}{date}", &c[2]),
            None => format!("{}{date}", &text[start..digits]),
        })
    });
    let s = replace(&s, &RU_SHORT_YEAR_DATE, |c, text, start, end| {
        let d: u32 = c[1].parse().ok()?;
        let m = month_number(&c[2])?;
        if !valid(d, m) || cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        Some(ru_date(&c[1], m, Some(&c[3]), None, text, start, end) + &c[4])
    });
    let s = replace(&s, &EN_MONTH_DAYS, |c, text, start, end| {
        let m = month_number(&c[1])?;
        let (a, b): (u32, u32) = (c[2].parse().ok()?, c[3].parse().ok()?);
        // A year after the dash is no day ("May 2-2024" is not written; "June 5-10" is).
        if !valid(a, m) || !valid(b, m) || a >= b || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let (a, b) = (en::ordinal_str(&c[2]), en::ordinal_str(&c[3]));
        Some(format!("{} {a} to {b}", EN_MONTHS[m - 1]))
    });
    let s = replace(&s, &EN_DAYS_MONTH, |c, text, start, end| {
        let m = month_number(&c[3])?;
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        if !valid(a, m) || !valid(b, m) || a >= b || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let (a, b) = (en::ordinal_str(&c[1]), en::ordinal_str(&c[2]));
        let the = if text[..start].to_lowercase().ends_with("the ") { "" } else { "the " };
        let dot = month_dot(&c[3], m, text, start, end);
        Some(format!("{the}{a} to the {b} of {}{dot}", EN_MONTHS[m - 1]))
    });
    let s = replace(&s, &DAY_MONTH, |c, text, start, end| {
        let d: u32 = c[1].parse().ok()?;
        let m = month_number(&c[3])?;
        if !valid(d, m) {
            return None;
        }
        // The other calendar's day, with its month where it differs.
        let other_day = c.get(2).or(c.get(4)).map(|d| d.as_str());
        let other_month = match c.get(5) {
            Some(om) => Some(month_number(om.as_str())?),
            None => None,
        };
        let year = c.get(8).map(|y| y.as_str());
        // Keep the writer's punctuation between month and year ("july, 1998", "july,1998").
        let comma = c.get(6).map_or("", |m| m.as_str());
        let gap = c.get(7).map_or("", |m| m.as_str());
        if year.is_some() && comma.is_empty() && gap.is_empty() {
            return None;
        }
        let lang = cx.lang_at(text, start, end);
        if other_day.is_some() && lang != Lang::Ru {
            return None;
        }
        Some(match lang {
            Lang::En if c[3].chars().all(|ch| ch.is_ascii_alphabetic() || ch == '.') => {
                let the = text[..start].to_lowercase().ends_with("the ");
                let mut body = en_date(d, m, None, true);
                if the {
                    body = body.trim_start_matches("the ").to_string();
                }
                if let Some(y) = year {
                    let sep = if gap.is_empty() { "" } else { " " };
                    body = format!("{body}{comma}{sep}{}", en_year(y));
                } else {
                    body.push_str(month_dot(&c[3], m, text, start, end));
                }
                body
            }
            _ => {
                let word = c.get(9).map(|w| w.as_str());
                let date = match other_day {
                    None => ru_date(&c[1], m, year, word, text, start, end),
                    Some(od) => {
                        // Both days take the case the context gives the date.
                        let case = ru_day_case(text, start, end);
                        let (day, other) = (ru_day(&c[1], case), ru_day(od, case));
                        let month = RU_MONTHS_GEN[m - 1];
                        let days = match other_month {
                            Some(om) => {
                                format!("{day} {month} ({other} {})", RU_MONTHS_GEN[om - 1])
                            }
                            None => format!("{day} ({other}) {month}"),
                        };
                        days + &ru_year_after(year, word)
                    }
                };
                // "г." (or "нояб.") that ends the sentence keeps its dot
                // (`super::dot_ends_sentence`).
                let own_dot = word.map_or(year.is_none() && c[3].ends_with('.'), |w| w == "г.");
                let dot = own_dot && super::dot_ends_sentence(text, start, end);
                if dot { date + "." } else { date }
            }
        })
    });
    let s = replace(&s, &MONTH_DAY, |c, text, start, end| {
        let m = month_number(&c[1])?;
        let d: u32 = c[2].parse().ok()?;
        if !valid(d, m) || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let mut out = format!("{} {}", EN_MONTHS[m - 1], en::ordinal_str(&d.to_string()));
        if let Some(y) = c.get(4) {
            out.push_str(&c[3]);
            out.push(' ');
            out.push_str(&en_year(y.as_str()));
        }
        Some(out)
    });
    let s = replace(&s, &RU_YEAR_LIST, |c, text, start, end| {
        // The year word's case, or for "г."/"гг." the one the preposition gives.
        let to_from = matches!(adjacent_word_before(text, start).as_deref(), Some("к" | "по"));
        let case = match &c[3] {
            "годов" | "года" => Case::Gen,
            "годах" => Case::Prep,
            "году" if to_from => Case::Dat,
            "году" => Case::Prep,
            "годам" => Case::Dat,
            "годами" | "годом" => Case::Ins,
            "годы" | "год" => Case::Nom,
            _ => year_case(text, start, RuContext::at(text, start, start + 4).prep_case),
        };
        let read = |y: &str| ru::ordinal(y, Form::new(case, Gender::Masc));
        let head = YEAR.replace_all(&c[1], |y: &Captures| read(&y[0]));
        let noun = match &c[3] {
            "г." => YEAR_WORD[case as usize],
            "гг." => YEARS_WORD[case as usize],
            w => w,
        };
        let dot = c[3].ends_with('.') && super::dot_ends_sentence(text, start, end);
        Some(format!("{head}{} {noun}{}", read(&c[2]), if dot { "." } else { "" }))
    });
    let s = replace(&s, &RU_MONTH_YEAR, |c, text, start, end| {
        // Not a count of what follows ("в марте 2000 человек вышли").
        if c.get(3).is_none() && counts_after(text, c.get(2)?.end()) {
            return None;
        }
        let year = ru::ordinal(&c[2], Form::new(Case::Gen, Gender::Masc));
        let word = if c.get(3).is_some() { " года" } else { "" };
        let dot = c.get(3).is_some_and(|w| w.as_str() == "г.")
            && super::dot_ends_sentence(text, start, end - c[4].len());
        Some(format!("{} {year}{word}{}{}", &c[1], if dot { "." } else { "" }, &c[4]))
    });
    let s = replace(&s, &RU_YEAR_ABBR, |c, text, start, end| {
        let rc = RuContext::at(text, start, start + c[1].len());
        let suffix = c.get(2).map(|m| m.as_str());
        // "20 г." is grams; "20-е гг." a decade.
        if c[1].len() == 2 && suffix.is_none() {
            return None;
        }
        // "с 1916 по 1919 гг.": the last year of a range with prepositions is one year ("по
        // тысяча девятьсот девятнадцатый год"); "в 1941-1945 гг." and decades are years.
        let word_before = adjacent_word_before(text, start);
        let range_end = matches!(word_before.as_deref(), Some("по" | "до"));
        let plural = (c[3].starts_with("гг") && !range_end) || suffix.is_some();
        // "г." after a three-digit number is grams ("составляет 580 г.", "более 142 г.") unless
        // a preposition makes it a year ("в 988 г."); a year needs four digits, "гг." or a
        // suffix otherwise. Without its dot "г" is the unit symbol (SI symbols take none): "к
        // 537 г в сутки", "с 541 г зерна".
        let year_word = || word_before.as_deref().is_some_and(governs_a_year);
        // After a sign read as words "г" is grams ("1 кг = 1000 г.": "равно тысяче граммов"),
        // and so is any "г" after a number no year of written history has ("вес 8000 г").
        let gram = matches!(&c[3], "г" | "г.") && suffix.is_none();
        let no_year = c[1].parse::<u32>().is_ok_and(|y| y > 2100);
        // A weight named in the words before it ("грузы весом до 187 г.", "масса 580 г.").
        let weighed = || {
            crate::cx::last_words(text, start, 3).any(|w| {
                matches!(
                    w.as_str(),
                    "вес"
                        | "веса"
                        | "весу"
                        | "весом"
                        | "весит"
                        | "весят"
                        | "весил"
                        | "весила"
                        | "весило"
                        | "весили"
                        | "масса"
                        | "массы"
                        | "массу"
                        | "массой"
                )
            })
        };
        if gram
            && (no_year
                || word_before.as_deref().is_some_and(|w| RU_SIGNS.contains(&w))
                || weighed())
        {
            return None;
        }
        if c[1].len() == 3 && !plural && (&c[3] == "г" || !year_word()) {
            return None;
        }
        // The end of a range ("в 1941-1945 гг."): "гг." is written out in the case the
        // range's preposition gives, and the range rule reads both years before it.
        let before = text[..start].trim_end();
        if let Some(first) = before
            .strip_suffix("--")
            .or_else(|| before.strip_suffix(['-', '–', '—']))
            .map(str::trim_end)
            .filter(|b| b.ends_with(|ch: char| ch.is_ascii_digit()) && suffix.is_none())
        {
            let first_start = first.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
            let case = year_case(
                text,
                first_start,
                RuContext::at(text, first_start, first.len()).prep_case,
            );
            let noun = YEARS_WORD[case as usize];
            let dot = c[3].ends_with('.') && super::dot_ends_sentence(text, start, end);
            return Some(format!("{} {noun}{}", &c[1], if dot { "." } else { "" }));
        }
        let case = match (suffix, rc.prep_case) {
            // A written ending says the case: "30-е гг." nominative or accusative, "1980-х гг."
            // genitive or (after в, на, о, при) prepositional, "90-м гг." dative.
            (Some("е" | "ые"), _) => Case::Nom,
            (Some("х" | "ых"), Some(Case::Acc | Case::Prep)) => Case::Prep,
            (Some("х" | "ых"), _) => Case::Gen,
            (Some("м"), _) => Case::Dat,
            (Some(_), _) => Case::Ins,
            (None, prep_case) => year_case(text, start, prep_case),
        };
        let form = if plural { Form::plural(case) } else { Form::new(case, Gender::Masc) };
        let noun = if plural { YEARS_WORD[case as usize] } else { YEAR_WORD[case as usize] };
        let dot = if c[3].ends_with('.') && super::dot_ends_sentence(text, start, end) {
            "."
        } else {
            ""
        };
        Some(spaced(text, start, end, &format!("{} {noun}{dot}", ru::ordinal(&c[1], form))))
    });
    let s = replace(&s, &RU_BARE_YEAR_RANGE, |c, text, _, _| {
        let (a, b): (u32, u32) = (c[2].parse().ok()?, c[4].parse().ok()?);
        // Years run forward; "с 1000 до 2000 рублей" counts roubles.
        if b <= a || &c[3] == "до" && counts_after(text, c.get(4)?.end()) {
            return None;
        }
        let first = ru::ordinal(&c[2], Form::new(Case::Gen, Gender::Masc));
        let case = if &c[3] == "по" { Case::Acc } else { Case::Gen };
        let last = ru::ordinal(&c[4], Form::new(case, Gender::Masc));
        Some(format!("{} {first} {} {last}{}", &c[1], &c[3], &c[5]))
    });
    let s = replace(&s, &RU_BARE_YEAR, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        let prep = c[2].to_lowercase();
        let word_follows = c[4].trim_start().starts_with(|ch: char| ch.is_alphabetic());
        let year_end = c.get(3)?.end();
        let case = match prep.as_str() {
            "в" | "во" => Case::Prep,
            "к" | "ко" => Case::Dat,
            "до" | "от" if !word_follows => return None,
            _ => Case::Gen,
        };
        // A range's first number waits for its second ("от 1000 до 2000 рублей").
        let next = crate::cx::adjacent_word_after(text, year_end);
        // Not "до" after "в": "в 2001 до 1150 в 2007 году" is a change between two years.
        let range = next.as_deref().is_some_and(|w| {
            matches!(w, "по" | "и" | "или") || w == "до" && !matches!(prep.as_str(), "в" | "во")
        });
        if word_follows && (range || counts_after(text, year_end)) {
            return None;
        }
        let year = ru::ordinal(&c[3], Form::new(case, Gender::Masc));
        Some(format!("{}{} {year}{}", &c[1], &c[2], &c[4]))
    });
    let s = replace(&s, &RU_DECADE, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        let rc = RuContext::at(text, start, end);
        // A counted noun after it ("в 20-х рядах") makes it a number of things, not a decade.
        // Nor before a singular noun ("30-е место").
        if rc.noun.is_some_and(|n| !rc.noun_wants_ordinal || !n.plural) {
            return None;
        }
        let case = match (&c[3], rc.prep_case) {
            ("х" | "ых", Some(Case::Acc | Case::Prep)) => Case::Prep,
            ("х" | "ых", _) => Case::Gen,
            (_, _) => Case::Nom,
        };
        let decade = ru::ordinal(&c[2], Form::plural(case));
        Some(match c.get(1) {
            Some(first) => {
                format!("{} — {decade}", ru::ordinal(first.as_str(), Form::plural(case)))
            }
            None => decade,
        })
    });
    replace(&s, &DECADE, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let n: u64 = c[2].parse().ok()?;
        if c[0].ends_with("'s") && c.get(1).is_none() && c[2].len() == 2 {
            // "80's" is read as a possessive number by the reference verbalizer; "1960's"
            // is the decade as "1960s" is.
            return Some(format!("{}'s", en::cardinal(n)));
        }
        Some(spaced(text, start, end, &en::decade(n)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{assert_ru_readings, norm};
    use crate::Lang;

    /// A date a noun naming a day defines after a dash is that day (the nominative), as is
    /// one opening its clause before a dash; a date a verb places before a dash, or another
    /// noun's after one (an event: when it happens), is the genitive.
    #[test]
    fn an_english_decade_with_an_apostrophe_and_a_dotted_date_month_first() {
        assert_eq!(norm("by the 1900's.", Lang::En), "by the nineteen hundreds.");
        assert_eq!(norm("the 1960's", Lang::En), "the nineteen sixties");
        assert_eq!(norm("02.15.2017", Lang::En), "february fifteenth twenty seventeen");
        assert_eq!(norm("15.02.2017", Lang::En), "the fifteenth of february twenty seventeen");
    }

    #[test]
    fn a_range_of_months() {
        assert_eq!(norm("Open Oct-Mar.", Lang::En), "Open October to March.");
        assert_eq!(norm("Open May–July daily.", Lang::En), "Open May to July daily.");
    }

    #[test]
    fn a_year_across_two_and_a_year_cut_after_an_apostrophe() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("The 2031/32 budget."), "The twenty thirty one to thirty two budget.");
        assert_eq!(en("In 1999/2000 it fell."), "In nineteen ninety nine to two thousand it fell.");
        assert_eq!(en("The 2005/06 term."), "The two thousand five to oh six term.");
        // Years that do not follow each other are no such year.
        assert_eq!(en("Scored 2019/23."), "Scored two thousand nineteen twenty thirds.");
        assert_eq!(en("Since ’04 and '77."), "Since oh four and seventy seven.");
        assert_eq!(en("The '80s."), "The eighties.");
    }

    #[test]
    fn a_slashed_month_and_day_after_a_word_of_time_is_a_date() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("The fee is due 3/20."), "The fee is due march twentieth.");
        assert_eq!(en("Closed from 3/1 to 3/15"), "Closed from march first to march fifteenth");
        assert_eq!(en("It moved to 9/17."), "It moved to september seventeenth.");
        assert_eq!(en("Doors open Fri (5/2)."), "Doors open Friday (may second).");
        assert_eq!(en("valid as of 4/1"), "valid as of april first");
        // Amounts: after a verb of change, before "of", after no word of time.
        assert_eq!(en("Costs fell by 1/3."), "Costs fell by one third.");
        assert_eq!(en("on 3/4 of the days"), "on three quarters of the days");
        assert_eq!(en("It shrank to 2/5."), "It shrank to two fifths.");
        assert_eq!(en("Add 3/4 cup."), "Add three quarters cup.");
    }

    #[test]
    fn business_hours_read_their_days_and_ranges() {
        crate::rules::assert_ru_readings(&[(
            "Режим работы: пн–пт 9:00–18:00, сб 10:00–16:00.",
            "Режим работы: с понедельника по пятницу с девяти часов до восемнадцати часов, суббота с десяти часов до шестнадцати часов.",
        )]);
        assert_eq!(
            super::super::norm("Open Mon–Fri 9:00-17:00.", crate::Lang::En),
            "Open Monday to Friday nine o'clock to seventeen o'clock."
        );
        assert_eq!(super::super::norm("We wed in June.", crate::Lang::En), "We wed in June.");
    }

    #[test]
    fn a_russian_day_and_month_with_a_dot_after_a_preposition() {
        crate::rules::assert_ru_readings(&[
            ("Курс на 12.03 вырос.", "Курс на двенадцатое марта вырос."),
            ("Приём с 01.09 по 31.12.", "Приём с первого сентября по тридцать первое декабря."),
            ("Цена выросла на 12.03%.", "Цена выросла на двенадцать целых три сотых процента."),
            ("Индекс упал на 12.03 пункта.", "Индекс упал на двенадцать целых три сотых пункта."),
        ]);
    }

    #[test]
    fn a_date_named_or_placed_around_a_dash() {
        assert_ru_readings(&[
            ("Следующий день приёма — 14 марта.", "Следующий день приёма — четырнадцатое марта."),
            ("Новые сроки сдачи — 2 июня.", "Новые сроки сдачи — второе июня."),
            ("Эта дата, как ни странно, — 7 мая.", "Эта дата, как ни странно, — седьмое мая."),
            ("8 марта — женский день.", "восьмое марта — женский день."),
            (
                "Концерт перенесли на 3 мая — в пятницу.",
                "Концерт перенесли на третье мая — в пятницу.",
            ),
            (
                "Почту доставили 3 мая — с опозданием.",
                "Почту доставили третьего мая — с опозданием.",
            ),
            ("Открытие сезона — 3 мая.", "Открытие сезона — третьего мая."),
            ("В этот день — 3 мая — шёл снег.", "В этот день — третьего мая — шёл снег."),
        ]);
    }

    /// A date in both calendars: the bracketed day (and month) takes the date's case, and the
    /// year after the bracket is the date's.
    #[test]
    fn a_date_in_both_calendars_reads_both_days_alike() {
        assert_ru_readings(&[
            (
                "Указ подписан 12 (24) мая 1721 г.",
                "Указ подписан двенадцатого (двадцать четвёртого) мая тысяча семьсот двадцать первого года.",
            ),
            ("Полк подошёл к 1 (13) ноября.", "Полк подошёл к первому (тринадцатому) ноября."),
            (
                "Родился 26 марта (5 апреля) 1656, умер в Туле.",
                "Родился двадцать шестого марта (пятого апреля) тысяча шестьсот пятьдесят шестого, умер в Туле.",
            ),
        ]);
    }

    /// A date that is the subject of a verb of being or naming with an instrumental
    /// predicate is named; with none after the verb it says when.
    #[test]
    fn a_date_before_a_predicate_is_its_subject() {
        assert_ru_readings(&[
            (
                "1 мая является государственным праздником.",
                "первое мая является государственным праздником.",
            ),
            (
                "Для нас 8 марта всегда было выходным.",
                "Для нас восьмое марта всегда было выходным.",
            ),
            (
                "12 декабря стало известно о решении.",
                "двенадцатого декабря стало известно о решении.",
            ),
        ]);
    }

    /// A year under a thousand after a date before a comma is the date's; "в" and a year
    /// before "до" is a year, not the start of a range of counts.
    #[test]
    fn short_years_after_a_date_and_a_year_before_do() {
        assert_ru_readings(&[
            ("Умер 1 сентября 68, в Риме.", "Умер первого сентября шестьдесят восьмого, в Риме."),
            (
                "Выросло с 5 в 2001 до 9 в 2007 году.",
                "Выросло с пяти в две тысячи первом до девяти в две тысячи седьмом году.",
            ),
            (
                "9 ноября 185 рыбаков вышли в море.",
                "девятого ноября сто восемьдесят пять рыбаков вышли в море.",
            ),
        ]);
    }

    /// A range of days before one month, written with any dash: both days in the date's
    /// case.
    #[test]
    fn a_range_of_days_with_a_dash() {
        assert_ru_readings(&[
            ("Форум пройдёт 5–7 мая.", "Форум пройдёт пятого — седьмого мая."),
            (
                "Съезд перенесли на 12 - 14 июля.",
                "Съезд перенесли на двенадцатое — четырнадцатое июля.",
            ),
        ]);
    }

    #[test]
    fn a_list_of_years_may_hold_a_note_in_brackets() {
        assert_ru_readings(&[(
            "Чемпион в 1998, 2003 (в составе сборной) и 2010 годах.",
            "Чемпион в тысяча девятьсот девяносто восьмом, две тысячи третьем (в составе сборной) и две тысячи десятом годах.",
        )]);
    }

    #[test]
    fn an_abbreviated_weekday_before_an_english_date() {
        assert_eq!(
            norm("began on Tue 2 Jun 1987.", Lang::En),
            "began on Tuesday the second of june nineteen eighty seven."
        );
        assert_eq!(
            norm("listed on Sat., Sep. 7, 2013.", Lang::En),
            "listed on Saturday, september seventh, twenty thirteen."
        );
        assert_eq!(
            norm("Ottawa Sun, April 9, 2006.", Lang::En),
            "Ottawa Sun, april ninth, two thousand six."
        );
    }

    #[test]
    fn russian_day_ranges_and_year_cases() {
        assert_eq!(
            norm("с 26 по 28 января", Lang::Ru),
            "с двадцать шестого по двадцать восьмое января"
        );
        assert_eq!(norm("с 1 до 5 мая", Lang::Ru), "с первого до пятого мая");
        assert_eq!(
            norm("с 2015 по 2025 год", Lang::Ru),
            "с две тысячи пятнадцатого по две тысячи двадцать пятый год"
        );
        assert_eq!(norm("к 1942 году", Lang::Ru), "к тысяча девятьсот сорок второму году");
        assert_eq!(norm("в 1942 году", Lang::Ru), "в тысяча девятьсот сорок втором году");
        assert_eq!(norm("в 988 г.", Lang::Ru), "в девятьсот восемьдесят восьмом году.");
        assert_eq!(norm("Он уехал в 2009.", Lang::Ru), "Он уехал в две тысячи девятом.");
        assert_eq!(norm("Стало 16 ноября.", Lang::Ru), "Стало шестнадцатого ноября.");
        // Dated by a day: the instrumental.
        assert_eq!(norm("Акт датирован 9 июля.", Lang::Ru), "Акт датирован девятым июля.");
        assert_eq!(
            norm("Письмо датируется 6 августа.", Lang::Ru),
            "Письмо датируется шестым августа."
        );
        assert_eq!(norm("Письмо помечено 3 мая.", Lang::Ru), "Письмо помечено третьим мая.");
        assert_eq!(norm("Письмо отправлено 3 мая.", Lang::Ru), "Письмо отправлено третьего мая.");
        assert_eq!(norm("Сегодня 16 ноября.", Lang::Ru), "Сегодня шестнадцатое ноября.");
        assert_eq!(norm("в 2000 раз", Lang::Ru), "в две тысячи раз");
        assert_eq!(norm("02.05.2009г.", Lang::Ru), "второго мая две тысячи девятого года.");
        assert_eq!(
            norm("в 988 г. и позже", Lang::Ru),
            "в девятьсот восемьдесят восьмом году и позже"
        );
        assert_eq!(norm("Масса 580 г.", Lang::Ru), "Масса пятьсот восемьдесят граммов.");
        // Without its dot "г" is the gram's symbol, after a preposition too.
        assert_eq!(
            norm("Для 350 г теста хватит формы.", Lang::Ru),
            "Для трёхсот пятидесяти граммов теста хватит формы."
        );
        assert_eq!(norm("Кувшин с 15 г мёда.", Lang::Ru), "Кувшин с пятнадцатью граммами мёда.");
        // After a word of amount, a verb or an adjective, "г." is grams; after a preposition
        // or a comparative of time, a year.
        assert_eq!(
            norm("Сыра осталось менее 250 г.", Lang::Ru),
            "Сыра осталось менее двухсот пятидесяти граммов."
        );
        assert_eq!(
            norm("Храм построили позже 988 г.", Lang::Ru),
            "Храм построили позже девятьсот восемьдесят восьмого года."
        );
        assert_eq!(
            norm("к 988 г. и позже", Lang::Ru),
            "к девятьсот восемьдесят восьмому году и позже"
        );
    }

    #[test]
    fn russian_decades_are_round() {
        assert_eq!(norm("в 1990-х годах", Lang::Ru), "в тысяча девятьсот девяностых годах");
        // A range of decades: both in the case of the ending.
        assert_eq!(
            norm("в 1920 -- 1930-х годах", Lang::Ru),
            "в тысяча девятьсот двадцатых — тысяча девятьсот тридцатых годах"
        );
        assert_eq!(norm("на 50-60-е годы", Lang::Ru), "на пятидесятые — шестидесятые годы");
        assert_eq!(norm("90-е", Lang::Ru), "девяностые");
        // Not decades: an ordinal with its noun, a count of things.
        assert_eq!(norm("19-е место", Lang::Ru), "девятнадцатое место");
        assert_eq!(norm("30-е место", Lang::Ru), "тридцатое место");
        assert_eq!(norm("в 64-х рядах", Lang::Ru), "в шестидесяти четырёх рядах");
        assert_eq!(norm("в 832-х рядах", Lang::Ru), "в восьмистах тридцати двух рядах");
    }

    /// A decade's written ending gives its case, and "гг." follows it: "-е" nominative or
    /// accusative, "-х" prepositional after в/на and genitive elsewhere, "-м" dative.
    #[test]
    fn russian_decades_before_gg_take_the_case_of_their_ending() {
        assert_ru_readings(&[
            ("в 60-е гг. строили", "в шестидесятые годы строили"),
            ("в 1870-х гг. жили", "в тысяча восемьсот семидесятых годах жили"),
            ("к концу 50-х гг.", "к концу пятидесятых годов."),
            ("к 80-м гг.", "к восьмидесятым годам."),
        ]);
    }

    /// A year is an ordinal masculine in the case its frame gives: genitive after a month
    /// with no day, the preposition's case before a word it cannot count (a verb, a pronoun,
    /// a name), both ends of a range; a year with "г." inside a clause is an attribute
    /// (genitive). A count stays a cardinal.
    #[test]
    fn russian_years_without_a_year_word() {
        assert_ru_readings(&[
            ("в феврале 1861 отменили", "в феврале тысяча восемьсот шестьдесят первого отменили"),
            (
                "С декабря 1991 г. всё иначе.",
                "С декабря тысяча девятьсот девяносто первого года всё иначе.",
            ),
            ("После 1945 они вернулись.", "После тысяча девятьсот сорок пятого они вернулись."),
            ("к 2030 построят", "к две тысячи тридцатому построят"),
            ("В 1961 Гагарин полетел.", "В тысяча девятьсот шестьдесят первом Гагарин полетел."),
            (
                "С 1905 по 1907 шла революция.",
                "С тысяча девятьсот пятого по тысяча девятьсот седьмой шла революция.",
            ),
            (
                "от 1990 до 1995 менялась",
                "от тысяча девятьсот девяностого до тысяча девятьсот девяносто пятого менялась",
            ),
            ("итоги переписи 1897 г.", "итоги переписи тысяча восемьсот девяносто седьмого года."),
            (
                "в 1914-1918 гг. шла война",
                "в тысяча девятьсот четырнадцатом — тысяча девятьсот восемнадцатом годах шла война",
            ),
            (
                "с 1914 по 1918 гг.",
                "с тысяча девятьсот четырнадцатого по тысяча девятьсот восемнадцатый год.",
            ),
            // Ranges with any dash and lists of years sharing one year word; a preposition
            // before agreeing words governs; a date's "г." before a word.
            ("в 1905 -- 1907 годах", "в тысяча девятьсот пятом — тысяча девятьсот седьмом годах"),
            (
                "Лев Толстой (1828--1910).",
                "Лев Толстой (тысяча восемьсот двадцать восьмой — тысяча девятьсот десятый).",
            ),
            (
                "выборы 1996, 2000 и 2004 годов",
                "выборы тысяча девятьсот девяносто шестого, двухтысячного и две тысячи четвёртого годов",
            ),
            (
                "в 1812 или 1813 году",
                "в тысяча восемьсот двенадцатом или тысяча восемьсот тринадцатом году",
            ),
            ("В нынешнем 2019 году", "В нынешнем две тысячи девятнадцатом году"),
            ("к будущему 2050 году", "к будущему две тысячи пятидесятому году"),
            (
                "До 5 мая 1945 г. шла война.",
                "До пятого мая тысяча девятьсот сорок пятого года шла война.",
            ),
            // Counts: a noun, a unit or a range of them after the number.
            ("в феврале 1500 человек", "в феврале одна тысяча пятьсот человек"),
            ("от 1200 до 1500 рублей", "от одной тысячи двухсот до одной тысячи пятисот рублей"),
            (
                "снизилось с 1698 МПа",
                "снизилось с одной тысячи шестисот девяноста восьми мегапаскалей",
            ),
            ("выросли до 1500.", "выросли до одной тысячи пятисот."),
        ]);
    }

    /// Days of one month with a dash, both orders (round 106).
    #[test]
    fn english_days_of_one_month() {
        // A full month's dot ends the sentence; an abbreviated weekday before an ordinal day.
        assert_eq!(
            norm("The river crested on 13 December.", Lang::En),
            "The river crested on the thirteenth of december."
        );
        assert_eq!(
            norm("on Sat 24th February.", Lang::En),
            "on Saturday the twenty fourth of february."
        );
        assert_eq!(norm("runs July 20–26", Lang::En), "runs july twentieth to twenty sixth");
        assert_eq!(
            norm("runs 20–26 July.", Lang::En),
            "runs the twentieth to the twenty sixth of july."
        );
    }
}
