//! A number and a unit: "12kg", "3,2 л", "90 км/ч", "15%", "30 – 40 см", "35-мм".

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{re, replace, spaced, strip_groups};
use crate::cx::{Cx, Lang, RuContext, adjacent_word_after, adjacent_word_before, is_cyr};
use crate::num::ru::{Case, Gender, NounForm};
use crate::num::{en, ru};
use crate::tables::units::{Unit, find_unit, ru_fem, ru_time, unit_named, units};

fn unit_alternation() -> String {
    let mut syms: Vec<&str> = units().iter().flat_map(|u| u.syms.iter().copied()).collect();
    syms.sort_by_key(|s| std::cmp::Reverse(s.len()));
    syms.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

/// A signed number, optional range (a dash or an ellipsis, as forecasts write "+25…+27 °C"; the
/// second end signed too), optional hyphen, unit; `{NUM}` is the number's pattern.
fn measure_regex(num: &str) -> Regex {
    measure_regex_ending(num, "")
}

/// `measure_regex` with `tail` after the unit.
fn measure_regex_ending(num: &str, tail: &str) -> Regex {
    let alt = unit_alternation();
    re(&format!(
        r"([-−+]?)({num})(?:\s?(?:[-–—]|\.{{2,3}}|…)\s?([-−+]?\d+(?:[.,]\d+)?))?\s?-?({alt})(?:/({alt}))?{tail}"
    ))
}

/// A number's sign and its digits ("-5": "-", "5").
fn split_sign(num: &str) -> (&str, &str) {
    let digits = num.trim_start_matches(['-', '−', '+']);
    (&num[..num.len() - digits.len()], digits)
}

/// The word a sign before a number reads as, with its space.
pub(crate) fn sign_reading(sign: &str, lang: Lang) -> &'static str {
    match (sign, lang) {
        ("-" | "−", Lang::Ru) => "минус ",
        ("+", Lang::Ru) => "плюс ",
        ("-" | "−", Lang::En) => "minus ",
        ("+", Lang::En) => "plus ",
        _ => "",
    }
}

/// An English fraction before a unit: "1/2 oz", "2 1/2 lb" (a vulgar one is written out by
/// now only in `decimal`, so "½ oz" stays for it).
static FRACTION_MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"\b(?:(\d+) )?(\d+)/(\d+) ?({})(\.(?:\s|$))?", unit_alternation()))
});

/// Integers with English comma groups, or decimals.
const MEASURE_NUMBER: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?";
static MEASURE: LazyLock<Regex> = LazyLock::new(|| measure_regex(MEASURE_NUMBER));

/// An English unit written with a dot inside a sentence ("2 oz. of salt", "5 ft. tall"): the
/// dot is the abbreviation's and goes with it. Where it also ends the sentence, `MEASURE`
/// reads the unit and leaves the dot.
static MEASURE_DOTTED: LazyLock<Regex> =
    LazyLock::new(|| measure_regex_ending(MEASURE_NUMBER, r"\.(?:\s|$)"));

/// An English count per unit with no unit before the slash ("1,268.6/km2", "85
/// people/km²", "40/hour"): "per" and the unit's singular; a word of time after the slash is
/// a unit too. A unit before the slash is read by `MEASURE` after it ("5 km per hour").
static PER_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    let alt = unit_alternation();
    re(&format!(
        r"\b({MEASURE_NUMBER})((?: [a-z]+)?)/(hour|day|week|month|year|night|person|capita|{alt})"
    ))
});

/// An English temperature with its scale's letter and no degree sign ("preheat to 350F", "it
/// hit 31 C"); a letter after a number is also a seat's or a flat's ("seat 12F").
static BARE_TEMPERATURE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(^|[\s(])([-−]?\d{1,4})( ?)([FC])(?:$|[\s,.;:!?)])"));

/// Words whose sentence is about temperature, by stem.
#[rustfmt::skip]
const TEMPERATURE_WORDS: &[&str] = &[
    "temperat", "thermostat", "oven", "preheat", "forecast", "heat", "warm", "cool", "cold",
    "hot", "feels", "weather", "fever", "freez", "boil", "degree", "climate", "chill", "frost",
];
/// Words before a glued temperature ("set to 75F", "above 60F", "hit 31C").
#[rustfmt::skip]
const TEMPERATURE_BEFORE: &[&str] = &[
    "to", "at", "above", "below", "under", "over", "around", "about", "of", "is", "was", "hit",
    "hits", "reached", "reaches", "near", "than", "between", "and", "from",
];
/// Nouns a number and a letter label ("seat 12F", "flat 4C", "vitamin C").
#[rustfmt::skip]
const LABEL_NOUNS: &[&str] = &[
    "seat", "room", "flat", "apartment", "apt", "unit", "bay", "row", "gate", "platform", "bus",
    "route", "suite", "locker", "box", "grade", "level", "floor", "pier", "berth", "stand",
    "cabin", "deck", "car", "coach", "section", "block", "building", "house", "lot", "space",
    "aisle", "zone", "terminal", "door", "ward", "bed", "court", "track", "exit", "size",
    "channel", "model", "type", "class", "group", "line", "key", "number", "no", "vitamin",
];

/// Where the sentence around byte `pos` starts: after the last sentence mark before it.
fn sentence_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind(['.', '!', '?']).map_or(0, |i| i + 1)
}

fn bare_temperature(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    if cx.lang_at(text, start, end) != Lang::En {
        return None;
    }
    let number_at = start + c[1].len();
    let before = adjacent_word_before(text, number_at).unwrap_or_default();
    // A label noun among the three words before ("seat 12F", "my seat is 12F").
    let labelled =
        crate::cx::last_words(text, number_at, 3).any(|w| LABEL_NOUNS.contains(&w.as_str()));
    if labelled {
        return None;
    }
    let sentence_end = text[end..].find(['.', '!', '?']).map_or(text.len(), |i| end + i);
    let sentence = text[sentence_start(text, number_at)..sentence_end].to_lowercase();
    let about_temperature = sentence
        .split(|ch: char| !ch.is_alphabetic())
        .any(|w| TEMPERATURE_WORDS.iter().any(|t| w.starts_with(t)));
    let glued = c[3].is_empty();
    if !(about_temperature || glued && TEMPERATURE_BEFORE.contains(&before.as_str())) {
        return None;
    }
    let scale = if &c[4] == "F" { "Fahrenheit" } else { "Celsius" };
    let one = c[2].trim_start_matches(['-', '−']) == "1";
    let degrees = if one { "degree" } else { "degrees" };
    // The character after the letter stays (a space, a bracket, the sentence's period).
    let tail = &text[start + c[1].len() + c[2].len() + c[3].len() + c[4].len()..end];
    Some(format!("{}{} {degrees} {scale}{tail}", &c[1], &c[2]))
}

/// A unit's symbol alone after "in", "to" or "into" where a quantity is converted ("50 kg in
/// lbs", "how many oz in a cup"): the unit's plural name.
static UNIT_ALONE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(in|to|into) ([a-z]{2,4})\b"));

fn unit_alone(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    // Symbols that are also words or other abbreviations ("in", "st" stone or street).
    const WORDS: &[&str] = &["in", "to", "at", "am", "pm", "no", "st", "pt", "ct", "min", "sec"];
    if WORDS.contains(&&c[2]) {
        return None;
    }
    let unit = find_unit(&c[2]).filter(|u| !u.en.1.is_empty())?;
    let head = &text[sentence_start(text, start)..start];
    let quantity =
        head.contains(|ch: char| ch.is_ascii_digit()) || head.to_lowercase().contains("how many");
    if !quantity || cx.lang_at(text, start, end) != Lang::En {
        return None;
    }
    Some(format!("{} {}", &c[1], unit.en.1))
}

/// Integers with Russian space groups ("33 462 мл"; no-break and thin spaces are spaces by
/// now, `cleanup::pre`), read first where the text is Russian; English "3 100 ml bottles"
/// is two numbers, left to `MEASURE`.
static MEASURE_SPACED: LazyLock<Regex> =
    LazyLock::new(|| measure_regex(r"\d{1,3}(?: \d{3})+(?:,\d+)?"));

/// A number, a Russian scale abbreviation and a unit: "3,2 млн л", "5 тыс. км". The unit
/// counts the scale word, so it is a genitive plural whatever the number ("миллиона литров").
static SCALED_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    let alt = unit_alternation();
    // The scale may already be read by the money rule ("три целых две десятых миллиона л").
    re(&format!(
        r"((?:\d(?:[.,]\d+)?\s(?:тыс\.|млн\.?|млрд\.?|трлн\.?)|\b(?:тысяч(?:а|и|у|е|ей|ью|ам|ами|ах)?|(?:миллион|миллиард|триллион)(?:а|у|ом|е|ы|ов|ам|ами|ах)?))\s)({alt})"
    ))
});

fn scaled_units(s: &str) -> String {
    replace(s, &SCALED_UNIT, |c, text, start, end| {
        let sym = &c[2];
        if sym == "%" || text[end..].chars().next().is_some_and(|ch| ch.is_alphanumeric()) {
            return None;
        }
        let unit = find_unit(sym)?;
        // A dotted abbreviation's dot also ends the sentence: kept ("3 тыс. экз.").
        let dot =
            if sym.ends_with('.') && super::dot_ends_sentence(text, start, end) { "." } else { "" };
        Some(format!("{}{}{dot}", &c[1], unit.ru.form(NounForm::Pl(Case::Gen))))
    })
}

/// A unit's symbol is the next word after byte `pos` ("1698 МПа", "5 кВт", "12 мес.").
pub(crate) fn unit_follows(text: &str, pos: usize) -> bool {
    let word: String =
        text[pos..].trim_start().chars().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    unit_named(&word).is_some()
}

/// Number parts: integer digits and fraction digits (empty if none).
fn split(num: &str) -> (String, String) {
    match num.split_once(['.', ',']) {
        Some((i, f)) => (strip_groups(i), f.to_string()),
        None => (strip_groups(num), String::new()),
    }
}

/// English groups thousands with commas ("36,800 ms"); the decimal point is a point.
fn en_number(num: &str) -> (String, bool) {
    let (i, f) = match num.split_once('.') {
        Some((i, f)) => (strip_groups(i), f.to_string()),
        None if super::comma_grouped(num) => (strip_groups(num), String::new()),
        None => split(num),
    };
    if f.is_empty() {
        let one = i.trim_start_matches('0') == "1";
        (en::cardinal_str(&i, true), !one)
    } else {
        (super::decimal::en_decimal(&i, &f), true)
    }
}

fn ru_number(num: &str, case: Case, unit: &Unit) -> (String, NounForm) {
    let (i, f) = split(num);
    if f.is_empty() {
        let g = if ru_fem(unit) {
            Gender::Fem
        } else if unit.ru.neuter() {
            Gender::Neut
        } else {
            Gender::Masc
        };
        (ru::cardinal(&i, case, g), ru::unit_form(ru::last3(&i), case))
    } else {
        (ru::decimal(&i, &f, case), NounForm::Sg(Case::Gen))
    }
}

/// The letter after the number at `start..end` names a house, a flat, a building or a class.
fn letter_of_a_number(text: &str, start: usize, end: usize) -> bool {
    const ABBREVIATED: &[&str] = &["д", "корп", "кв", "стр", "кл"];
    const STEMS: &[&str] = &["дом", "корпус", "квартир", "строени", "школ", "класс"];
    let head = text[..start].trim_end().trim_end_matches(['.', ',']);
    let before = crate::cx::word_before(head, head.len()).map(|(w, _)| w);
    let after = text[end..].trim_start().to_lowercase();
    before.is_some_and(|w| {
        ABBREVIATED.contains(&w.as_str()) || STEMS.iter().any(|s| w.starts_with(s))
    }) || after.starts_with("класс")
        || after.starts_with("кл.")
}

/// "в 69 км от города", "в 3 км к северу от", "в 3 км южнее", "в 7 м друг от друга", "в 3
/// км отсюда", "в 10 км за рекой", "в 5 мин ходьбы": a distance after "в" that places
/// something is in the prepositional; not a size or a difference ("разница в 5 м от",
/// "шириной в 5 м") nor after "на" ("на 3 км южнее", "отъехали на 5 км от": by how much, the
/// accusative).
fn places(text: &str, start: usize, end: usize) -> bool {
    if !super::date::in_v(text, start) {
        return false;
    }
    let v_at = crate::cx::word_before(text, start).map_or(start, |(_, at)| at);
    if crate::cx::adjacent_word_before(text, v_at).is_some_and(|w| sizes_what_follows(&w)) {
        return false;
    }
    let mut words = text[end..]
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']).to_lowercase());
    let Some(first) = words.next() else { return false };
    let second = words.next().unwrap_or_default();
    let side = |w: &str| ["север", "юг", "запад", "восто"].iter().any(|s| w.starts_with(s));
    match first.as_str() {
        "от" | "отсюда" | "оттуда" | "впереди" | "позади" | "сзади" | "спереди" | "поодаль" => {
            true
        }
        // Reciprocal: "друг от друга", "одна от другой".
        "друг" | "один" | "одна" | "одно" | "одни" => second == "от",
        // Of a way there: "в 5 мин ходьбы", "в 2 ч езды".
        "ходьбы" | "езды" | "пути" | "хода" | "лёта" | "полёта" => true,
        "вверх" | "вниз" => second == "по",
        "за" | "перед" | "под" | "над" => {
            crate::morph::analyze(&second).iter().any(|a| a.case() == Case::Ins)
        }
        "к" | "ко" => side(&second),
        w => side(w) && w.ends_with("нее") || matches!(w, "выше" | "ниже" | "левее" | "правее"),
    }
}

/// A word before "в" that makes the amount after it a size or a difference (the
/// accusative): a noun of difference ("разница", "отставание", "с отрывом") or a value noun
/// in the instrumental ("шириной", "весом").
fn sizes_what_follows(w: &str) -> bool {
    const DIFFERENCE: &[&str] = &[
        "разниц",
        "разрыв",
        "отставани",
        "опережени",
        "отрыв",
        "преимуществ",
        "перепад",
        "расхождени",
        "разброс",
        "зазор",
    ];
    DIFFERENCE.iter().any(|s| w.starts_with(s))
        || crate::agree::value_noun(w)
            && crate::morph::analyze(w).iter().any(|a| a.is_noun() && a.case() == Case::Ins)
}

/// Blood pressure, two numbers over a slash before "мм рт. ст." ("120/80 мм рт. ст."): "сто
/// двадцать на восемьдесят миллиметров ртутного столба", the unit counted by the second.
static PRESSURE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{2,3})\s?/\s?(\d{2,3})\s?(мм рт\. ?ст\.|mmHg|mm Hg)"));

/// A blood pressure without its unit after the words that name it ("a blood pressure of
/// 163/62", "BP 120/80"): "over" (English).
static BLOOD_PRESSURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:\b(blood pressure|BP)(?: (?:of|was|is|at|reading of|reading))?:? )(\d{2,3})\s?/\s?(\d{2,3})\b",
    )
});

fn pressure(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    let unit = find_unit(&c[3]).or_else(|| find_unit("мм рт. ст."))?;
    Some(match cx.lang_at(text, start, end) {
        Lang::En => format!(
            "{} over {} {}",
            en::cardinal_str(&c[1], true),
            en::cardinal_str(&c[2], true),
            unit.en.1
        ),
        Lang::Ru => {
            let case = RuContext::at(text, start, end).cardinal_case();
            let second = ru::cardinal(&c[2], Case::Acc, Gender::Masc);
            let form = ru::unit_form(ru::last3(&c[2]), Case::Acc);
            let first = ru::cardinal(&c[1], case, Gender::Masc);
            format!("{first} на {second} {}", unit.ru.counted(form, Case::Acc))
        }
    })
    // The unit's dot ("ст.") also ends the sentence: kept; "mmHg" has none to keep.
    .map(|w| {
        let dot = c[3].ends_with('.') && super::dot_ends_sentence(text, start, end);
        if dot { format!("{w}.") } else { w }
    })
}

/// A height in feet and inches with their marks ("6'2\"", "5’11″"): "six foot two", as it
/// is said (English).
static HEIGHT: LazyLock<Regex> = LazyLock::new(|| re(r"\b([3-8])['’′](\d{1,2})(?:\x22|″|'')"));

/// "1%–2%": a range of percentages with the sign on both ends.
static EN_PERCENT_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\d+(?:\.\d+)?)%\s?[-–]\s?(\d+(?:\.\d+)?%)"));

/// Sizes of two or three numbers with their unit after the last ("45 x 35 x 18 cm", "3×4
/// m"): "by" ("на" in Russian) between the numbers, which the unit's rule then reads.
static SIZE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d+(?:[.,]\d+)?) ?[x×х] ?(\d+(?:[.,]\d+)?)(?: ?[x×х] ?(\d+(?:[.,]\d+)?))?( ?)([^\s\d.,;:!?)]+)",
    )
});

/// Percentage points written "pp" ("fell 2.7pp", "up 9.9 pp"): a number glued to it, or a
/// decimal without the dot of an abbreviation after; "300 pp." and "pp. 12" are pages.
static POINTS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d+)(\.\d+)?( ?)pp\b"));

/// Percent written "pc" as British papers do ("rose 7.3pc"); "a 16pc set" counts pieces.
static PC: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d+(?:\.\d+)?)pc\b"));

/// Inches glued to their number ("a 7.25in gauge", "a 6.9in screen"): the inch mark, which the
/// units read; "in" after a space is the preposition.
static GLUED_INCHES: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d+(?:\.\d+)?)in\b"));

/// Measures of British and racing use that no unit symbol names alone: a horse's height in
/// hands and inches ("15.2hh": fifteen two hands), a weight in stone ("9st 6lb": nine stone
/// six pounds; "21st" is an ordinal), a race's miles and furlongs ("2m 4f"), gold's karats
/// ("14K gold"), an age in years ("an 8yo gelding").
static HANDS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})(?:\.([0-3]))? ?hh\b"));
static STONE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})st\b( ?\d{1,2} ?lbs?\b)?"));
static MILES_FURLONGS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})m ?(\d)f\b"));
static KARAT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,2}) ?[Kk]t? (gold|white gold|yellow gold|rose gold)\b"));
/// Feet and inches before the noun they measure, after "a" ("a 9ft 4in board"): both units in
/// the singular, as one modifier.
static FEET_INCHES_BEFORE_NOUN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([Aa]n?) (\d{1,2}) ?ft ?(\d{1,2}) ?in (\p{Ll})"));
static YEARS_OLD: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3}) ?(?:yo|y\.o\.|-?y-o)\b"));
/// Millions of years ago in geology ("55 Ma", "310 mya").
static MILLION_YEARS: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d+(?:\.\d+)?) ?(?:Ma|MYA|mya)\b"));
/// An earthquake's magnitude ("M3.3", "M 6.1"): "magnitude" and the number.
static MAGNITUDE: LazyLock<Regex> = LazyLock::new(|| re(r"\bM ?(\d\.\d)\b"));
/// A latitude's or a longitude's direction after its degrees ("57.3° N"): the direction's word.
static COMPASS_DEGREES: LazyLock<Regex> = LazyLock::new(|| re(r"(\d(?:\.\d+)?) ?° ?([NSEW])\b"));
/// The British and racing measures above, read before the units are.
fn apply_british_measures(s: &str, cx: &Cx) -> String {
    if !super::has_latin(s) {
        return s.to_string();
    }
    let en = |text: &str, start, end| cx.lang_at(text, start, end) == Lang::En;
    let s = replace(s, &HANDS, |c, text, start, end| {
        let inches = c.get(2).map(|m| format!(" {}", en::cardinal_str(m.as_str(), true)));
        en(text, start, end).then(|| format!("{}{} hands", &c[1], inches.unwrap_or_default()))
    });
    let s = replace(&s, &STONE, |c, text, start, end| {
        // "1st", "21st" are ordinals; "11st" is no ordinal.
        let ordinal = c[1].ends_with('1') && !c[1].ends_with("11");
        if ordinal || !en(text, start, end) {
            return None;
        }
        let pounds = c.get(2).map(|m| {
            let n: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
            format!(" {}", en::counted(&n, "pound", "pounds"))
        });
        Some(format!("{} stone{}", en::cardinal_str(&c[1], true), pounds.unwrap_or_default()))
    });
    let s = replace(&s, &MILES_FURLONGS, |c, text, start, end| {
        en(text, start, end).then(|| {
            format!(
                "{} {}",
                en::counted(&c[1], "mile", "miles"),
                en::counted(&c[2], "furlong", "furlongs")
            )
        })
    });
    let s = replace(&s, &KARAT, |c, text, start, end| {
        en(text, start, end).then(|| format!("{} karat {}", en::cardinal_str(&c[1], true), &c[2]))
    });
    let s = replace(&s, &FEET_INCHES_BEFORE_NOUN, |c, text, start, end| {
        en(text, start, end).then(|| {
            let (ft, inch) = (en::cardinal_str(&c[2], true), en::cardinal_str(&c[3], true));
            format!("{} {ft} foot {inch} inch {}", &c[1], &c[4])
        })
    });
    let s = replace(&s, &MILLION_YEARS, |c, text, start, end| {
        en(text, start, end).then(|| format!("{} million years ago", &c[1]))
    });
    let s = replace(&s, &MAGNITUDE, |c, text, start, end| {
        en(text, start, end).then(|| format!("magnitude {}", &c[1]))
    });
    let s = replace(&s, &YEARS_OLD, |c, text, start, end| {
        en(text, start, end).then(|| format!("{} year old", en::cardinal_str(&c[1], true)))
    });
    replace(&s, &COMPASS_DEGREES, |c, text, start, end| {
        let dir = match &c[2] {
            "N" => "north",
            "S" => "south",
            "E" => "east",
            _ => "west",
        };
        en(text, start, end).then(|| format!("{} degrees {dir}", &c[1]))
    })
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = apply_british_measures(s, cx);
    let s = if s.contains("in") {
        replace(&s, &GLUED_INCHES, |c, text, start, end| {
            (cx.lang_at(text, start, end) == Lang::En).then(|| format!("{}\"", &c[1]))
        })
    } else {
        s
    };
    let s = replace(&s, &PC, |c, text, start, end| {
        let article = adjacent_word_before(text, start).is_some_and(|w| w == "a");
        (!article && cx.lang_at(text, start, end) == Lang::En).then(|| format!("{}%", &c[1]))
    });
    let s = replace(&s, &POINTS, |c, text, start, end| {
        let points = c[3].is_empty() || c.get(2).is_some() && !text[end..].starts_with('.');
        (points && cx.lang_at(text, start, end) == Lang::En).then(|| {
            let one = c.get(2).is_none() && &c[1] == "1";
            let unit = if one { "percentage point" } else { "percentage points" };
            format!("{}{} {unit}", &c[1], c.get(2).map_or("", |m| m.as_str()))
        })
    });
    let s = replace(&s, &SIZE, |c, text, start, end| {
        unit_named(&c[5])?;
        let by = match cx.lang_at(text, start, end) {
            Lang::En => "by",
            Lang::Ru => "на",
        };
        let third = c.get(3).map(|t| format!(" {by} {}", t.as_str())).unwrap_or_default();
        Some(format!("{} {by} {}{third}{}{}", &c[1], &c[2], &c[4], &c[5]))
    });
    // English says the sign once, after the second number ("one to two percent").
    let s = replace(&s, &EN_PERCENT_RANGE, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En).then(|| format!("{} to {}", &c[1], &c[2]))
    });
    let s = replace(&s, &HEIGHT, |c, text, start, end| {
        let inches: u64 = c[2].parse().ok().filter(|i| *i < 12)?;
        let feet: u64 = c[1].parse().ok()?;
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} foot {}", en::cardinal(feet), en::cardinal(inches)))
    });
    let s = replace(&s, &PRESSURE, |c, text, start, end| pressure(c, text, start, end, cx));
    let s = replace(&s, &BLOOD_PRESSURE, |c, text, start, end| {
        let (a, b) = (c.get(2)?, c.get(3)?);
        // Not part of a longer number ("120/80/60", "120/80.5").
        let longer =
            text[end..].starts_with('/') || super::mark_then_digit(&text[end..], &['.', ',']);
        (cx.lang_at(text, start, end) == Lang::En && !longer).then(|| {
            format!(
                "{}{} over {}",
                &text[start..a.start()],
                en::cardinal_str(a.as_str(), true),
                en::cardinal_str(b.as_str(), true)
            )
        })
    });
    let s = replace(&s, &BARE_TEMPERATURE, |c, text, start, end| {
        bare_temperature(c, text, start, end, cx)
    });
    let s = replace(&s, &UNIT_ALONE, |c, text, start, end| unit_alone(c, text, start, end, cx));
    // A count per unit has its slash (a cheap test before the long pattern, which holds every
    // unit's symbol).
    let s = if !s.contains('/') {
        s
    } else {
        replace(&s, &PER_COUNT, |c, text, start, end| {
            let glued = text[..start].ends_with(['/', '.', ',', '$', '£', '€'])
                || text[end..].starts_with(|ch: char| ch.is_alphanumeric() || ch == '/');
            // A unit whose symbol holds the slash is read whole ("5.9 mmol/L").
            let whole_unit = find_unit(&format!("{}/{}", c[2].trim(), &c[3])).is_some();
            if glued || whole_unit || cx.lang_at(text, start, end) != Lang::En {
                return None;
            }
            let per = match find_unit(&c[3]) {
                Some(unit) if !unit.en.0.is_empty() => unit.en.0,
                Some(_) => return None,
                None => &c[3],
            };
            Some(format!("{}{} per {per}", &c[1], &c[2]))
        })
    };
    let s = scaled_units(&s);
    // Less than one counts one unit ("one half ounce"), more counts them ("two and a half
    // ounces").
    let s = replace(&s, &FRACTION_MEASURE, |c, text, start, end| {
        // Letters only: a quote after a fraction is no inch ("Notes 16/5 \"").
        if cx.lang_at(text, start, end) != Lang::En
            || !c[4].starts_with(|ch: char| ch.is_alphabetic())
            || text[..start].ends_with(['/', '.', ','])
            || text[c.get(4).map_or(end, |u| u.end())..]
                .starts_with(|ch: char| ch.is_alphanumeric() || ch == '/')
        {
            return None;
        }
        let unit = find_unit(&c[4])?;
        let (num, den) = (c[2].parse::<u64>().ok()?, c[3].parse::<u64>().ok()?);
        if den == 0 || unit.en.0.is_empty() {
            return None;
        }
        let whole = c.get(1).map(|m| m.as_str());
        let name = if whole.is_some() || num >= den { unit.en.1 } else { unit.en.0 };
        // The abbreviation's dot is kept only where it also ends the sentence.
        let dot = match c.get(5) {
            Some(d) if super::dot_ends_sentence(text, start, end) => d.as_str(),
            Some(d) => &d.as_str()[1..],
            None => "",
        };
        Some(format!("{} {name}{dot}", super::decimal::en_fraction(whole, &c[2], &c[3])))
    });
    let s = replace(&s, &MEASURE_SPACED, |c, text, start, end| {
        let russian = c[4].chars().any(is_cyr) || cx.lang_at(text, start, end) == Lang::Ru;
        if russian { read(c, text, start, end, cx) } else { None }
    });
    let s = replace(&s, &MEASURE_DOTTED, |c, text, start, end| {
        let dot_end = text[..end].trim_end().len();
        let english = c[4].chars().all(|ch| ch.is_ascii_alphabetic())
            && cx.lang_at(text, start, dot_end) == Lang::En;
        if !english || super::dot_ends_sentence(text, start, dot_end) {
            return None;
        }
        read(c, text, start, dot_end, cx).map(|w| w + &text[dot_end..end])
    });
    replace(&s, &MEASURE, |c, text, start, end| read(c, text, start, end, cx))
}

/// An English measure before the noun it describes takes the singular ("a twelve foot
/// ladder", "the five year lease"): after "a"/"an" a number above one cannot count the unit,
/// and a hyphen joins the number and the unit into one modifier ("12-ft"); after another
/// determiner before a noun ("your 3.6 kg parcel").
fn en_modifier(c: &Captures, text: &str, start: usize, end: usize) -> bool {
    let (Some(num), Some(sym)) = (c.get(2), c.get(4)) else { return false };
    let hyphen = c.get(3).is_none() && text[num.end()..sym.start()].contains('-');
    let article =
        adjacent_word_before(text, start).is_some_and(|w| matches!(w.as_str(), "a" | "an"));
    // After another determiner only before a word that can be the noun: lower case and no
    // function word ("your 3.6 kg parcel"; "the 5 kg of flour", "the 10 km were" count).
    // "this" and "that" are as often pronouns and conjunctions ("Remember that 3 t = ...").
    const DETERMINERS: &[&str] =
        &["the", "your", "my", "our", "his", "her", "their", "its", "each", "every"];
    let determiner =
        adjacent_word_before(text, start).is_some_and(|w| DETERMINERS.contains(&w.as_str()));
    let noun_after = text[end..].starts_with(' ')
        && adjacent_word_after(text, end).is_some_and(|w| {
            text[end..].trim_start().starts_with(|c: char| c.is_lowercase())
                && !crate::tables::regnal::FUNCTION_WORDS.contains(&w.as_str())
                && !matches!(w.as_str(), "were" | "was" | "is" | "are" | "has" | "have" | "had")
        });
    (hyphen || article) && adjacent_word_after(text, end).is_some() || determiner && noun_after
}

fn read(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    {
        let sym = &c[4];
        // A double quote after a number is inches only outside quotes ("экран 6,7\"", not
        // "оценка \"5\"").
        if sym == "\"" && text[..start].matches('"').count() % 2 == 1 {
            return None;
        }
        // Nor the inches of a height in feet and inches ("6'2\"").
        if matches!(sym, "\"" | "″") && text[..start].ends_with(['\'', '′']) {
            return None;
        }
        // A sign after a word or number is an operator ("5+3 кг"): written as it is, the
        // number read unsigned.
        let operator = !c[1].is_empty() && text[..start].ends_with(char::is_alphanumeric);
        // The unit must end the word: "5 мест" is not metres, "12 maps" not metres.
        let after = text[end..].chars().next();
        if after.is_some_and(|ch| ch.is_alphanumeric())
            || !operator
                && text[..start]
                    .ends_with(|ch: char| ch.is_alphanumeric() || ch == '.' || ch == ',')
        {
            return None;
        }
        // "с" before an instrumental is "with", not seconds ("5 с половиной", "5 с лишним");
        // other one-letter units stay units before any word ("3 л сока", "5 т с лишним").
        let with = || {
            crate::cx::adjacent_word_after(text, end).is_some_and(|w| {
                crate::morph::analyze(&w).iter().any(|a| a.case() == Case::Ins && !a.is_verb())
            })
        };
        if sym == "с" && with() {
            return None;
        }
        // A capital letter after a house, flat or class number is its letter ("дом 5 В",
        // "д. 12 А", "5 А класс"), not volts or amperes.
        if matches!(sym, "А" | "В" | "Б" | "Г") && letter_of_a_number(text, start, end) {
            return None;
        }
        // "4-м", "в 41м году": a one-letter Cyrillic unit after a hyphen or before a noun
        // that takes an ordinal is the ordinal's case ending (четвёртом), not metres.
        if sym.chars().count() == 1
            && sym.chars().all(is_cyr)
            && (c[0].contains('-') || RuContext::at(text, start, end).noun_wants_ordinal)
        {
            return None;
        }
        let unit = find_unit(sym)?;
        let per = c.get(5).and_then(|m| find_unit(m.as_str()));
        let lang = if sym.chars().any(is_cyr) { Lang::Ru } else { cx.lang_at(text, start, end) };
        let sign = if operator { "" } else { sign_reading(&c[1], lang) };
        let words = match lang {
            Lang::En => {
                let (n1, _) = en_number(&c[2]);
                let (n, plural) = match c.get(3) {
                    Some(m) => {
                        let (s2, d2) = split_sign(m.as_str());
                        let (n2, p) = en_number(d2);
                        (format!("{n1} to {}{n2}", sign_reading(s2, lang)), p)
                    }
                    None => en_number(&c[2]),
                };
                let name =
                    if plural && !en_modifier(c, text, start, end) { unit.en.1 } else { unit.en.0 };
                let per = per.map(|p| format!(" per {}", p.en.0)).unwrap_or_default();
                format!("{sign}{n} {name}{per}")
            }
            Lang::Ru => {
                let rc = RuContext::at(text, start, end);
                let case = if rc.gov.contains(&Case::Prep) && places(text, start, end) {
                    Case::Prep
                } else {
                    rc.cardinal_case_for(&strip_groups(&c[2]))
                };
                let (n1, form1) = ru_number(&c[2], case, unit);
                let (n, form) = match c.get(3) {
                    Some(m) => {
                        let (s2, d2) = split_sign(m.as_str());
                        let (n2, f2) = ru_number(d2, case, unit);
                        (format!("{n1} — {}{n2}", sign_reading(s2, lang)), f2)
                    }
                    None => (n1, form1),
                };
                let per = per
                    .map(|p| {
                        let prep = if ru_time(p) { "в" } else { "на" };
                        format!(" {prep} {}", p.ru.form(NounForm::Sg(Case::Acc)))
                    })
                    .unwrap_or_default();
                // A dotted abbreviation's dot also ends the sentence: kept ("Итого: 5 шт.").
                let dot = if sym.ends_with('.') && super::dot_ends_sentence(text, start, end) {
                    "."
                } else {
                    ""
                };
                // After a fraction the noun is a plain genitive singular ("двух целых пяти
                // десятых квадратного метра"); after a whole count it is counted.
                let noun = if c[2].contains([',', '.']) {
                    unit.ru.form(form)
                } else {
                    unit.ru.counted(form, case)
                };
                format!("{sign}{n} {noun}{per}{dot}")
            }
        };
        let operator = if operator { &c[1] } else { "" };
        Some(format!("{operator}{}", spaced(text, start + operator.len(), end, &words)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{assert_ru_readings, norm};
    use crate::Lang;

    #[test]
    fn british_and_racing_measures() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("The cob is 14.1hh."), "The cob is fourteen one hands.");
        assert_eq!(en("She weighs 10st 1lb."), "She weighs ten stone one pound.");
        assert_eq!(en("On the 31st day."), "On the thirty first day.");
        assert_eq!(en("A trip of 2m 5f."), "A trip of two miles five furlongs.");
        assert_eq!(en("A 9K gold chain."), "A nine karat gold chain.");
        assert_eq!(en("A 3yo filly."), "A three year old filly.");
        assert_eq!(en("At 12.5° S it is."), "At twelve point five degrees south it is.");
        assert_eq!(en("Ovens reach 1200C."), "Ovens reach twelve hundred degrees Celsius.");
        assert_eq!(en("Rocks of 65 Ma."), "Rocks of sixty five million years ago.");
        assert_eq!(en("A quake of M5.8 hit."), "A quake of magnitude five point eight hit.");
        assert_eq!(en("A 6ft 2in door."), "A six foot two inch door.");
        assert_eq!(en("He is 6ft 2in tall."), "He is six feet two inches tall.");
        assert_eq!(en("Glucose of 6.1 mmol/L."), "Glucose of six point one millimoles per liter.");
    }

    #[test]
    fn inches_glued_to_their_number() {
        assert_eq!(norm("A 10.5in tablet.", Lang::En), "A ten point five inch tablet.");
        assert_eq!(norm("It is 30in wide.", Lang::En), "It is thirty inches wide.");
        assert_eq!(norm("Check in 30 days.", Lang::En), "Check in thirty days.");
    }

    #[test]
    fn a_temperature_without_its_degree_sign_and_a_unit_alone_in_a_conversion() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(
            en("Preheat the oven to 350F."),
            "Preheat the oven to three hundred and fifty degrees Fahrenheit."
        );
        assert_eq!(en("The forecast low is 4 C."), "The forecast low is four degrees Celsius.");
        assert_eq!(en("It hit 31C."), "It hit thirty one degrees Celsius.");
        // A seat's letter, a vitamin's, a letter with no temperature about.
        assert_eq!(en("My seat is 12F."), "My seat is twelve F.");
        assert_eq!(en("The answer is 5 C."), "The answer is five C.");
        assert_eq!(en("What is 50 kg in lbs?"), "What is fifty kilograms in pounds?");
        assert_eq!(en("Put it in oz"), "Put it in oz");
    }

    #[test]
    fn a_count_per_unit_after_a_slash() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(
            en("(1,268.6/km2)"),
            "(one thousand two hundred and sixty eight point six per square kilometer)"
        );
        assert_eq!(en("85 people/km²"), "eighty five people per square kilometer");
        assert_eq!(en("40/hour"), "forty per hour");
        assert_eq!(en("5 km/h"), "five kilometers per hour");
    }

    #[test]
    fn spoons_and_cups_of_recipes() {
        assert_ru_readings(&[
            ("Добавьте 2 ст. л. сахара.", "Добавьте две столовые ложки сахара."),
            ("Посыпьте 1 ч. л. корицы.", "Посыпьте одну чайную ложку корицы."),
            ("Не больше 5 ст. л. соли.", "Не больше пяти столовых ложек соли."),
            ("Всыпьте 3 стак. муки.", "Всыпьте три стакана муки."),
        ]);
        assert_eq!(norm("Add 2 tbsp sugar.", Lang::En), "Add two tablespoons sugar.");
    }

    #[test]
    fn pressure_pulse_inches_and_megapixels() {
        assert_ru_readings(&[
            (
                "Давление 120/80 мм рт. ст.",
                "Давление сто двадцать на восемьдесят миллиметров ртутного столба.",
            ),
            ("Пульс 72 уд/мин.", "Пульс семьдесят два удара в минуту."),
            (
                "Давление 120/80 мм рт. ст. Потом",
                "Давление сто двадцать на восемьдесят миллиметров ртутного столба. Потом",
            ),
            (
                "Экран 6,7\", камера 50 Мп.",
                "Экран шесть целых семь десятых дюйма, камера пятьдесят мегапикселей.",
            ),
            (
                "Появился монитор с диагональю 52\".",
                "Появился монитор с диагональю пятьдесят два дюйма.",
            ),
            ("Оценка \"5\" за тест.", "Оценка \"пять\" за тест."),
        ]);
        assert_eq!(
            norm("BP 120/80 mmHg", Lang::En),
            "BP one hundred and twenty over eighty millimeters of mercury"
        );
        // A height in feet and inches.
        assert_eq!(norm("A 6'2\" guard.", Lang::En), "A six foot two guard.");
    }

    #[test]
    fn an_english_measure_before_its_noun_is_singular() {
        assert_eq!(norm("We bought a 12 ft ladder.", Lang::En), "We bought a twelve foot ladder.");
        assert_eq!(norm("The 5-yr lease ended.", Lang::En), "The five year lease ended.");
        assert_eq!(norm("I like the 12-gal tank.", Lang::En), "I like the twelve gallon tank.");
        assert_eq!(norm("The ladder is 12 ft long.", Lang::En), "The ladder is twelve feet long.");
        assert_eq!(norm("Your 3.6 kg parcel", Lang::En), "Your three point six kilogram parcel");
        assert_eq!(
            norm("a blood pressure of 163/62.", Lang::En),
            "a blood pressure of one hundred and sixty three over sixty two."
        );
        assert_eq!(norm("The 5 kg of flour", Lang::En), "The five kilograms of flour");
        assert_eq!(
            norm("Remember that 3 t = 3000 kg.", Lang::En),
            "Remember that three tons equals three thousand kilograms."
        );
        assert_eq!(norm("We waited 3 hrs.", Lang::En), "We waited three hours.");
        assert_eq!(
            norm("Heart rate 72 bpm.", Lang::En),
            "Heart rate seventy two beats per minute."
        );
        assert_eq!(norm("Прошло 5 yrs.", Lang::Ru), "Прошло пять лет.");
    }

    #[test]
    fn one_letter_ending_is_an_ordinal_not_a_unit() {
        assert_eq!(norm("на 4-м", Lang::Ru), "на четвёртом");
        assert_eq!(norm("в 41м году,", Lang::Ru), "в сорок первом году,");
        assert_eq!(norm("длина 5 м", Lang::Ru), "длина пять метров");
        // Longer units keep their hyphen reading.
        assert!(norm("35-мм плёнка", Lang::Ru).contains("миллиметр"));
    }

    /// A distance after "в" that places something ("от", "к северу от", "южнее") is in the
    /// prepositional; "на N км южнее" is by how much (accusative).
    /// A one-letter unit is a unit before any word; only "с" before an instrumental is "with".
    #[test]
    fn one_letter_units_before_words_in_s() {
        assert_ru_readings(&[
            ("Налили 2 л супа.", "Налили два литра супа."),
            ("Вывезли 7 т с лишним.", "Вывезли семь тонн с лишним."),
            ("Ждали 4 с половиной часа.", "Ждали четыре с половиной часа."),
            ("Сигнал шёл 3 с.", "Сигнал шёл три секунды."),
        ]);
    }

    /// People, days and per mille after a number; a byte count written out keeps its
    /// counting plural and is no ordinal.
    #[test]
    fn people_days_per_mille_and_bytes() {
        assert_ru_readings(&[
            ("Пострадали 3 чел.", "Пострадали три человека."),
            ("Помогли 21 чел. из группы.", "Помогли двадцати одному человеку из группы."),
            ("Осталось 4 дн. до старта.", "Осталось четыре дня до старта."),
            ("Норма 0 ‰, у него 2 ‰.", "Норма ноль промилле, у него два промилле."),
            ("Файл весит 300 килобайт.", "Файл весит триста килобайт."),
            ("Без 3 мегабайт не обойтись.", "Без трёх мегабайт не обойтись."),
        ]);
    }

    /// "А" after a number is amperes, like "В" volts, except as the letter of a house, a
    /// flat or a class (a class's number is an ordinal, "в девятый В класс", which this rule
    /// leaves to the others).
    #[test]
    fn amperes_and_house_letters() {
        assert_ru_readings(&[
            ("Предохранитель на 16 А.", "Предохранитель на шестнадцать ампер."),
            ("Сила тока достигла 3 А.", "Сила тока достигла трёх ампер."),
            ("Адрес: д. 7 А.", "Адрес: дом семь А."),
            ("Корпус 3 Б, квартира 2.", "Корпус три Б, квартира два."),
        ]);
    }

    #[test]
    fn a_distance_that_places_is_prepositional() {
        assert_ru_readings(&[
            ("Хутор в 12 км к югу от шоссе.", "Хутор в двенадцати километрах к югу от шоссе."),
            ("Озеро в 2 км северо-восточнее.", "Озеро в двух километрах северо-восточнее."),
            ("Мост в 300 м ниже по течению.", "Мост в трёхстах метрах ниже по течению."),
            ("Уехал на 3 км западнее.", "Уехал на три километра западнее."),
            (
                "Столбы врыли в 4 м один от другого.",
                "Столбы врыли в четырёх метрах один от другого.",
            ),
            ("Костёр горел в 30 м оттуда.", "Костёр горел в тридцати метрах оттуда."),
            ("Хижина в 2 км за перевалом.", "Хижина в двух километрах за перевалом."),
            ("Пещера в 40 м под землёй.", "Пещера в сорока метрах под землёй."),
            ("Аптека в 10 мин езды.", "Аптека в десяти минутах езды."),
            ("Мель в 3 км вниз по реке.", "Мель в трёх километрах вниз по реке."),
            // A size or a difference, and "на": the accusative.
            ("Отрыв в 2 мин от погони.", "Отрыв в две минуты от погони."),
            ("Забор высотой в 2 м от земли.", "Забор высотой в два метра от земли."),
            ("Отошли на 5 км от лагеря.", "Отошли на пять километров от лагеря."),
        ]);
    }

    #[test]
    fn english_symbols_of_horsepower_micrograms_doses_and_fluid_ounces() {
        assert_eq!(norm("puts out 95 hp.", Lang::En), "puts out ninety five horsepower.");
        assert_eq!(norm("a 1 hp motor", Lang::En), "a one horsepower motor");
        assert_eq!(
            norm("contains 308 µg of", Lang::En),
            "contains three hundred and eight micrograms of"
        );
        assert_eq!(norm("about 10 mSv of", Lang::En), "about ten millisieverts of");
        assert_eq!(norm("holds 2 fl oz of", Lang::En), "holds two fluid ounces of");
        assert_eq!(
            norm("produces 610 Nm of", Lang::En),
            "produces six hundred and ten newton meters of"
        );
        assert_eq!(
            norm("puts out 765 lm.", Lang::En),
            "puts out seven hundred and sixty five lumens."
        );
        assert_eq!(norm("cut rates by 25 bp.", Lang::En), "cut rates by twenty five basis points.");
        assert_eq!(norm("growth of 2%-3% next", Lang::En), "growth of two to three percent next");
        assert_eq!(
            norm("sugar was 162 mg/dL.", Lang::En),
            "sugar was one hundred and sixty two milligrams per deciliter."
        );
        assert_eq!(
            norm("about 146 TWh a year", Lang::En),
            "about one hundred and forty six terawatt hours a year"
        );
        assert_eq!(norm("Весит 5 oz.", Lang::Ru), "Весит пять унций.");
    }

    #[test]
    fn english_commas_group_thousands() {
        assert_eq!(norm("36,800 km", Lang::En), "thirty six thousand eight hundred kilometers");
        assert_eq!(
            norm("It weighs 1,234.5 kg.", Lang::En),
            "It weighs one thousand two hundred and thirty four point five kilograms."
        );
        assert_eq!(norm("3,2 л", Lang::Ru), "три целых две десятых литра");
        assert_eq!(norm("3,2 млн л", Lang::Ru), "три целых две десятых миллиона литров");
        assert_eq!(norm("около 5 тыс. км", Lang::Ru), "около пяти тысяч километров");
        assert_eq!(norm("без 12 500 м", Lang::Ru), "без двенадцати тысяч пятисот метров");
        assert_eq!(
            norm("Buy 3 100 ml bottles", Lang::En),
            "Buy three one hundred milliliters bottles"
        );
        assert_eq!(
            norm("2,580 sq ft", Lang::En),
            "two thousand five hundred and eighty square feet"
        );
        assert_eq!(norm("12 min", Lang::En), "twelve minutes");
    }

    #[test]
    fn russian_units_in_case() {
        assert_ru_readings(&[
            ("Итого: 749 мес.", "Итого: семьсот сорок девять месяцев."),
            ("около 5 сот.", "около пяти соток."),
            ("до 94 л. с.", "до девяноста четырёх лошадиных сил."),
            ("до 5 км/с", "до пяти километров в секунду"),
            ("свыше 40 т/га", "свыше сорока тонн на гектар"),
            ("за 21 мкс", "за двадцать одну микросекунду"),
            ("доволен 471 л. с.", "доволен четырьмястами семьюдесятью одной лошадиной силой."),
            ("к 21 ккал", "к двадцати одной килокалории"),
            ("свыше 3 тыс. экз.", "свыше трёх тысяч экземпляров."),
            ("Проект нуждается в 12 ед.", "Проект нуждается в двенадцати единицах."),
            ("Ущерб оценили в 12 ед.", "Ущерб оценили в двенадцать единиц."),
            ("Из расчёта 2 нед.", "Из расчёта двух недель."),
            ("около 14 мес. назад", "около четырнадцати месяцев назад"),
            ("Фонд располагает 21 коп.", "Фонд располагает двадцатью одной копейкой."),
            ("Итого: 2 шт.", "Итого: две штуки."),
            ("до 2 дм", "до двух дециметров"),
            ("свыше 5 ц", "свыше пяти центнеров"),
            ("Итого: 22 кв. м", "Итого: двадцать два квадратных метра"),
            ("Лимит ограничен 22 кв. м", "Лимит ограничен двадцатью двумя квадратными метрами"),
            ("Фонд располагает 21 тыс. руб.", "Фонд располагает двадцатью одной тысячей рублей."),
            ("Он близок к 21 млн т", "Он близок к двадцати одному миллиону тонн"),
            (
                "Фонд располагает 692 млн т",
                "Фонд располагает шестьюстами девяноста двумя миллионами тонн",
            ),
        ]);
    }

    /// Units the table does not list, composed from an SI prefix and a unit that takes it
    /// (readings by the Russian declension of the base unit: ампер and электронвольт count
    /// with a bare genitive plural, герц too, ньютон with -ов, тонна is feminine); letter
    /// combinations that are other abbreviations after a number stay as they are.
    #[test]
    fn si_prefixed_units_are_composed() {
        assert_ru_readings(&[
            ("при 3 кА", "при трёх килоамперах"),
            ("Энергия 2 МэВ.", "Энергия два мегаэлектронвольта."),
            ("до 10 ТГц", "до десяти терагерц"),
            ("тяга 5 МН", "тяга пять меганьютонов"),
            ("взрыв в 1 кт", "взрыв в одну килотонну"),
            ("за 21 пс", "за двадцать одну пикосекунду"),
            ("около 50 нА", "около пятидесяти наноампер"),
        ]);
        for (written, not_read_as) in [("в 1941-1945 гг.", "гекто"), ("поле 5 Тл", "тера")]
        {
            let got = norm(written, Lang::Ru);
            assert!(!got.contains(not_read_as), "{written}: {got}");
        }
    }

    #[test]
    fn an_english_unit_with_its_dot_and_a_fraction_before_a_unit() {
        assert_eq!(norm("2 oz. of salt", Lang::En), "two ounces of salt");
        assert_eq!(norm("It weighs 2 oz.", Lang::En), "It weighs two ounces.");
        assert_eq!(norm("He is 6 ft. tall", Lang::En), "He is six feet tall");
        assert_eq!(norm("1/2 oz. of pepper", Lang::En), "one half ounce of pepper");
        assert_eq!(norm("4 1/2 lbs. of oats", Lang::En), "four and a half pounds of oats");
        assert_eq!(norm("\"CCI Notes 16/5 \".", Lang::En), "\"CCI Notes sixteen fifths \".");
    }

    /// Sizes with their unit after the last number; percentage points written "pp", not pages
    /// (rounds 104, 106).
    #[test]
    fn sizes_and_percentage_points() {
        assert_eq!(
            norm("up to 45 x 35 x 18 cm", Lang::En),
            "up to forty five by thirty five by eighteen centimeters"
        );
        assert_eq!(norm("Комната 3х4 м.", Lang::Ru), "Комната три на четыре метра.");
        assert_eq!(
            norm("fell 2.7pp in a month", Lang::En),
            "fell two point seven percentage points in a month"
        );
        assert_eq!(norm("Time Warner, 300 pp.", Lang::En), "Time Warner, three hundred pp.");
        assert_eq!(norm("at 13 kts", Lang::En), "at thirteen knots");
        assert_eq!(
            norm("Premiums rose 7.3pc", Lang::En),
            "Premiums rose seven point three percent"
        );
    }
}
