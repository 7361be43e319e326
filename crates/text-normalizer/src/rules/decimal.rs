//! Decimals ("2.5", "7,5", ".1665") and fractions ("3 2/4", "1/4").

use std::sync::LazyLock;

use regex::Regex;

use super::{number, re, replace, spaced};
use crate::cx::{Cx, Lang, RuContext, adjacent_word_before};
use crate::num::ru::{Case, Form, Gender};
use crate::num::{en, ru};

static DECIMAL: LazyLock<Regex> = LazyLock::new(|| re(r"([-−]?)(\d*)([.,])(\d+)"));
/// English thousands groups with a decimal part: "6,561.59".
static GROUPED_DECIMAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"([-−]?)\b(\d{1,3}(?:,\d{3})+)\.(\d+)\b"));
/// Unicode vulgar fractions, alone or after a whole number ("½", "4¼").
static VULGAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?:(\d+)\s?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"));

fn vulgar_parts(c: char) -> Option<(u32, u32)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    })
}
static FRACTION: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:(\d+) )?(\d+) ?/ ?(\d+)(?:st|nd|rd|th|ST|ND|RD|TH)?\b"));

/// A fraction below one before a unit or a kitchen measure ("¾ cup", "1/4 tsp", "½in", a
/// "3/4-inch" board), the unit's word captured.
static FRACTION_OF_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"(?:\b(\d{1,2})/(\d{1,2})|([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))(-| ?)([A-Za-z]+\b|")(\. [a-z])?"#)
});

/// Things a recipe or a workshop measures by fractions of one besides the units of
/// `tables::units` ("½ stick of butter", "¼ sachet").
const PORTIONS: &[&str] = &[
    "stick", "sachet", "clove", "slice", "can", "tin", "jar", "packet", "bottle", "glass", "loaf",
    "bar", "block", "bag", "box", "carton", "bunch", "head", "acre", "pint",
];

/// The singular English name of the unit or portion written `w` after a fraction; "in" only
/// glued to it ("½in"), where it cannot be the preposition.
fn unit_after_fraction(w: &str, glued: bool) -> Option<&'static str> {
    if w == "in" {
        return glued.then_some("inch");
    }
    if let Some(p) = PORTIONS.iter().find(|p| **p == w) {
        return Some(p);
    }
    let unit = crate::tables::units::unit_named(w)
        .or_else(|| crate::tables::units::units().iter().find(|u| u.en.0 == w))?;
    Some(unit.en.0)
}

/// A fraction of one unit, the unit in the singular ("one half teaspoon", "three quarters
/// cup"); before its noun, joined by a hyphen or after an article, the fraction is an
/// attribute with a singular denominator ("a ½-acre lot": a half acre, "3/4-inch plywood":
/// three quarter inch).
fn en_fraction_of_unit(n: u64, den: &str, unit: &str, attribute: bool) -> String {
    // Halves and quarters are singular in an attribute ("three-quarter-inch"), other
    // denominators keep their plural ("five-eighths-inch").
    let plural = n > 1 && !matches!(den, "2" | "4");
    let frac = match (attribute, n) {
        (true, 1) => en::denominator(den, false),
        (true, _) => format!("{} {}", en::cardinal(n), en::denominator(den, plural)),
        (false, _) => en_fraction(None, &n.to_string(), den),
    };
    format!("{frac} {unit}")
}

/// English fractions below one before a unit or a portion ("½ tsp", "¾ cup", "a ½-acre lot",
/// "½in"), before the measures read a unit after a number ("4-inch").
pub(crate) fn apply_fractions_of_units(s: &str, cx: &Cx) -> String {
    if !super::has_latin(s) {
        return s.to_string();
    }
    replace(s, &FRACTION_OF_UNIT, |c, text, start, end| {
        let (n, d) = match c.get(3) {
            Some(g) => {
                vulgar_parts(g.as_str().chars().next()?).map(|(n, d)| (n.into(), d.into()))?
            }
            None => (c[1].parse::<u64>().ok()?, c[2].parse::<u64>().ok()?),
        };
        // A whole part before it ("2 1/2 cups", "4¼ cups") is the fraction rule's.
        let head = text[..start].trim_end_matches(' ');
        if n == 0 || n >= d || head.ends_with(|ch: char| ch.is_ascii_digit() || ch == '/') {
            return None;
        }
        if number::lang(cx, text, start, end) != Lang::En {
            return None;
        }
        // The inch mark is glued to its number (a quote after a space closes a title).
        let unit = match &c[5] {
            "\"" if c[4].is_empty() => "inch",
            "\"" => return None,
            w => unit_after_fraction(w, c[4].is_empty())?,
        };
        let article = adjacent_word_before(text, start)
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"));
        let said = en_fraction_of_unit(n, &d.to_string(), unit, article || &c[4] == "-");
        // An abbreviation's dot inside the sentence goes with it ("1/2 oz. of pepper").
        Some(match c.get(6) {
            Some(m) => format!("{said}{}", &m.as_str()[1..]),
            None => said,
        })
    })
}

/// A rating or a test score over 5, 10, 20 or 100 ("rated 4.5/5", "scored 9/10", "5/5
/// stars"): "out of". A fraction of an amount has "of" after it ("3/10 of a mile").
static RATING: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,3}(?:[.,]\d)?)/(5|10|20|100)\b( stars?)?"));

/// Words before a rating or a score, within the three words before it.
#[rustfmt::skip]
const RATING_WORDS: &[&str] = &[
    "rated", "rate", "rates", "rating", "scored", "score", "scores", "gave", "give", "gives",
    "given", "got", "get", "gets", "earned", "earns", "received", "receives", "graded", "grade",
    "marks", "review", "reviews",
];
/// Russian words before a rating, by stem ("оценку 8/10", "поставил 9/10", "рейтинг 4,5/5").
const RU_RATING_STEMS: &[&str] =
    &["оцен", "постав", "получ", "балл", "рейтинг", "дал", "дали", "отзыв"];

/// Sides of a size with spaces around the "x", each maybe with its unit ("3m x 5m", "4 x 2
/// timber", "1.2 m × 2.4 m"): "by", before the measures read "3m".
static SPACED_DIMENSION: LazyLock<Regex> = LazyLock::new(|| {
    let side = r#"\d+(?:\.\d+)?(?: ?(?:(?:mm|cm|m|km|in|ft)\b|"|′|″))?"#;
    re(&format!(r"\b{side}(?: [x×] {side})+"))
});

/// English sizes written with a spaced "x"; a line with "=" is arithmetic ("3 x 4 = 12").
pub(crate) fn apply_spaced_dimensions(s: &str, cx: &Cx) -> String {
    if !super::has_latin(s) {
        return s.to_string();
    }
    replace(s, &SPACED_DIMENSION, |c, text, start, end| {
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let sum = text[line_start..line_end].contains('=');
        (!sum && number::lang(cx, text, start, end) == Lang::En)
            .then(|| c[0].replace(" x ", " by ").replace(" × ", " by "))
    })
}

/// Dimensions and resolutions ("a 10x12 room", "1920x1080", "a 2x4"): "by".
static DIMENSION: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,5})x(\d{1,5})\b"));

/// Words of betting around a fraction that make it odds ("backed to 7/4", "a 9/2 shot").
const ODDS_WORDS: &[&str] = &[
    "odds",
    "favourite",
    "favorite",
    "fav",
    "backed",
    "shot",
    "bet",
    "price",
    "priced",
    "outsider",
    "bookmakers",
    "bookies",
    "chance",
    "e/w",
    "each-way",
];

/// Whether the word after byte `end` is a plural noun a proportion counts ("9/10 dentists",
/// "1/3 voters"): an "-s" word of four letters or more that is no unit, or a plural without
/// "-s" for people.
fn counted_plural_after(text: &str, end: usize) -> bool {
    let Some(w) = crate::cx::adjacent_word_after(text, end) else { return false };
    if !text[end..].starts_with(' ') {
        return false;
    }
    let irregular = matches!(w.as_str(), "people" | "children" | "men" | "women");
    irregular
        || w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && crate::tables::units::unit_named(&w).is_none()
            && !crate::tables::units::units().iter().any(|u| u.en.1 == w)
}

/// A multiplier before a comparison or after a verb of growth ("2x faster", "3x as long", "2x
/// the price", "grew 4x"): "times". Before a noun it names a setting, said "x" ("3x zoom",
/// "at 1.5x speed"), and is left.
static MULTIPLIER: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d+(?:\.\d+)?)x\b"));

#[rustfmt::skip]
const COMPARATIVES: &[&str] = &[
    "faster", "slower", "more", "less", "fewer", "larger", "bigger", "smaller", "higher", "lower",
    "greater", "cheaper", "better", "worse", "longer", "shorter", "stronger", "weaker", "as", "the",
    "over", "heavier", "lighter", "quicker", "brighter",
];
#[rustfmt::skip]
const GROWTH: &[&str] = &[
    "grew", "grow", "grows", "rose", "rise", "rises", "increased", "increase", "jumped", "climbed",
    "fell", "dropped", "multiplied", "expanded", "boosted", "doubled", "up", "down",
];

pub(crate) fn en_decimal(int: &str, frac: &str) -> String {
    // A leading zero makes a label of the digits ("shelved at 027.4": zero two seven).
    let head = if int.is_empty() {
        String::new()
    } else if int.len() > 1 && int.starts_with('0') {
        en::digit_by_digit(int) + " "
    } else {
        en::cardinal_str(int, true) + " "
    };
    format!("{head}point {}", en::digit_by_digit(frac))
}

/// An English fraction, with its whole part ("2 1/2": "two and a half").
pub(crate) fn en_fraction(whole: Option<&str>, num: &str, den: &str) -> String {
    let n: u64 = num.parse().unwrap_or(0);
    let frac = if den == "1" {
        format!("{} over one", en::cardinal_str(num, false))
    } else if n == 1 && den == "2" && whole.is_some() {
        "a half".to_string()
    } else {
        format!("{} {}", en::cardinal_str(num, false), en::denominator(den, n != 1))
    };
    match whole {
        Some(w) => format!("{} and {frac}", en::cardinal_str(w, false)),
        None => frac,
    }
}

/// A count in thousands written with "k" ("335k streams", "10K followers", "2.5k"): "thousand";
/// a race's "5k" is said "five K", a screen's "4K" four K.
static THOUSANDS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3}(?:\.\d)?)[kK]\b"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    // A vulgar fraction is the written fraction it stands for ("4¼" is "4 1/4").
    let s = replace(s, &VULGAR, |c, _, _, _| {
        let (n, d) = vulgar_parts(c[2].chars().next()?)?;
        let whole = c.get(1).map(|w| format!("{} ", w.as_str())).unwrap_or_default();
        Some(format!("{whole}{n}/{d}"))
    });
    let s = replace(&s, &DIMENSION, |c, text, start, end| {
        // A size where something says so: a noun or unit after it ("a 10x12 room", "2x8
        // m2"), an article or preposition before it ("at 1920x1080"), or a screen's numbers;
        // a bare pair stays as written ("2x8", as NeMo's file reads it).
        let noun_after =
            text[end..].starts_with(' ') && crate::cx::adjacent_word_after(text, end).is_some();
        let before = crate::cx::adjacent_word_before(text, start).unwrap_or_default();
        let article = matches!(before.as_str(), "a" | "an" | "the" | "at" | "in" | "is" | "of");
        let screen = c[1].len() >= 3 && c[2].len() >= 3;
        (number::lang(cx, text, start, end) == Lang::En && (noun_after || article || screen))
            .then(|| format!("{} by {}", &c[1], &c[2]))
    });

    let s = replace(&s, &THOUSANDS, |c, text, start, end| {
        let next = crate::cx::adjacent_word_after(text, end).unwrap_or_default();
        let race = matches!(next.as_str(), "run" | "race" | "runs" | "races" | "walk" | "swim");
        // "4K" and "8K" are screens' resolutions ("a 4K TV").
        let screen = matches!(&c[0], "4K" | "8K" | "2K" | "5K");
        let glued = text[..start].ends_with(['.', ',', '/', '-', '$', '£', '€'])
            || text[end..].starts_with(['/', '-']);
        (!race && !screen && !glued && number::lang(cx, text, start, end) == Lang::En)
            .then(|| format!("{} thousand", &c[1]))
    });
    let s = replace(&s, &MULTIPLIER, |c, text, start, end| {
        let glued = text[..start].ends_with(['.', ',', '/']);
        let next = crate::cx::adjacent_word_after(text, end).unwrap_or_default();
        let prev = crate::cx::adjacent_word_before(text, start).unwrap_or_default();
        let compares = COMPARATIVES.contains(&next.as_str()) || GROWTH.contains(&prev.as_str());
        (!glued && compares && number::lang(cx, text, start, end) == Lang::En)
            .then(|| format!("{} times", &c[1]))
    });
    let s = replace(&s, &RATING, |c, text, start, end| {
        let glued = text[..start].ends_with(['/', '.', ','])
            || text[..start].ends_with(char::is_numeric)
            || super::mark_then_digit(&text[end..], &['/', '.']);
        let lang = number::lang(cx, text, start, end);
        if glued || text[end..].trim_start().starts_with("of ") {
            return None;
        }
        let (score, out_of) = (&c[1], &c[2]);
        let s_val: f64 = score.replace(',', ".").parse().ok()?;
        let o_val: f64 = out_of.parse().ok()?;
        let words: Vec<String> = crate::cx::last_words(text, start, 3).collect();
        let cue = match lang {
            Lang::En => words.iter().any(|w| RATING_WORDS.contains(&w.as_str())),
            Lang::Ru => words.iter().any(|w| RU_RATING_STEMS.iter().any(|s| w.starts_with(s))),
        };
        let decimal = score.contains(['.', ',']);
        let rating = decimal || c.get(3).is_some() || cue;
        // English decimals use a dot, Russian a comma ("4.5/5", "4,5/5").
        let own_mark = match lang {
            Lang::En => !score.contains(','),
            Lang::Ru => !score.contains('.'),
        };
        if !rating || !own_mark || s_val > o_val {
            return None;
        }
        let stars = c.get(3).map_or("", |m| m.as_str());
        Some(match lang {
            Lang::En => format!("{score} out of {out_of}{stars}"),
            Lang::Ru => format!("{score} из {out_of}{stars}"),
        })
    });
    let s = replace(&s, &GROUPED_DECIMAL, |c, text, start, end| {
        (number::lang(cx, text, start, end) == Lang::En).then(|| {
            let minus = if c[1].is_empty() { "" } else { "minus " };
            format!("{minus}{}", en_decimal(&super::strip_groups(&c[2]), &c[3]))
        })
    });
    let s = replace(&s, &FRACTION, |c, text, start, end| {
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(|ch| ch == '/' || ch.is_alphanumeric())
            || after.is_some_and(|ch| ch == '/')
        {
            return None;
        }
        let (num, den) = (&c[2], &c[3]);
        let whole = c.get(1).map(|m| m.as_str());
        match number::lang(cx, text, start, end) {
            Lang::En => {
                let n: u64 = num.parse().ok()?;
                let d: u64 = den.parse().ok()?;
                // Equal numbers are no fraction (one is never written so) but a pair said as
                // it stands ("50/50", "20/20 vision"), and so is the idiom "24/7"; an improper
                // fraction stays one ("22/3": twenty two thirds).
                if whole.is_none() && d > 1 && (n == d || (n, d) == (24, 7)) {
                    return Some(format!("{} {}", en::cardinal(n), en::cardinal(d)));
                }
                let next = crate::cx::adjacent_word_after(text, end);
                let of_after = text[end..].trim_start().starts_with("of ");
                // A time signature before "time" ("6/8 time", "3/4 time"): both numbers.
                let meter = matches!(d, 4 | 8 | 16) || d == 2 && n > 1;
                if whole.is_none() && meter && next.as_deref() == Some("time") {
                    return Some(format!("{} {}", en::cardinal(n), en::cardinal(d)));
                }
                // "1/2 a tablet": half.
                if whole.is_none()
                    && (n, d) == (1, 2)
                    && text[end..].starts_with([' '])
                    && matches!(next.as_deref(), Some("a" | "an"))
                {
                    return Some("half".to_string());
                }
                // A score after a word of scoring ("scored 11/15"): "out of".
                let scored = crate::cx::last_words(text, start, 3)
                    .any(|w| matches!(w.as_str(), "scored" | "score" | "scores" | "scoring"));
                if whole.is_none() && scored && n <= d && d <= 100 && !of_after {
                    return Some(format!("{} out of {}", en::cardinal(n), en::cardinal(d)));
                }
                // A cricket score, runs for wickets ("239/5", "245/6"): more runs than a
                // day of a month over ten wickets or fewer, no fraction a text writes.
                if whole.is_none() && (32..1000).contains(&n) && (2..=10).contains(&d) {
                    return Some(format!("{} for {}", en::cardinal(n), en::cardinal(d)));
                }
                // Odds against one ("a 33/1 shot"), and any odds after a word of betting
                // ("backed down to 7/4", "the 4/5 favourite"): "to".
                let betting = crate::cx::last_words(text, start, 4)
                    .chain(next.clone())
                    .any(|w| ODDS_WORDS.contains(&w.as_str()));
                if whole.is_none() && !of_after && (d == 1 && n > 1 || betting && n != d) {
                    return Some(format!("{} to {}", en::cardinal(n), en::cardinal(d)));
                }
                // A proportion of people or things before their plural noun ("9/10
                // dentists": nine out of ten).
                if whole.is_none() && n < d && counted_plural_after(text, end) {
                    return Some(format!("{} out of {}", en::cardinal(n), en::cardinal(d)));
                }
                Some(en_fraction(whole, num, den))
            }
            Lang::Ru => {
                // The numerator is a feminine cardinal (доля) in the case the preposition asks
                // ("около двух третьих"); the denominator an ordinal: singular after 1, else
                // plural, genitive after a nominative 2+ ("две пятых", "двумя пятыми").
                let case = RuContext::at(text, start, end).prep_case.unwrap_or(Case::Nom);
                let n = ru::last3(num);
                let one = n % 10 == 1 && n % 100 != 11;
                let direct = matches!(case, Case::Nom | Case::Acc);
                let den_form = match (one, direct) {
                    (true, _) => Form::new(case, Gender::Fem),
                    (false, true) => Form::plural(Case::Gen),
                    (false, false) => Form::plural(case),
                };
                // Thirds are a noun when counted ("одна треть", "две трети", "пять третей");
                // before "часть" the ordinal agrees with it ("одна третья часть").
                let next = crate::cx::adjacent_word_after(text, end);
                let before_part = next.as_deref().is_some_and(|w| w.starts_with("част"));
                let den_words = if den == "3" && direct && whole.is_none() && !before_part {
                    match (one, n % 10, n % 100) {
                        (true, ..) => "треть".to_string(),
                        (false, 2..=4, r) if !(12..=14).contains(&r) => "трети".to_string(),
                        _ => "третей".to_string(),
                    }
                } else {
                    ru::ordinal(den, den_form)
                };
                let frac = format!("{} {den_words}", ru::cardinal(num, case, Gender::Fem));
                Some(match whole {
                    Some(w) => format!("{} целых {frac}", ru::cardinal(w, Case::Nom, Gender::Fem)),
                    None => frac,
                })
            }
        }
    });
    replace(&s, &DECIMAL, |c, text, start, end| {
        let (int, sep, frac) = (&c[2], &c[3], &c[4]);
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        // Leave version numbers, IPs, dates and "1,000" groupings to other rules.
        if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '.' || ch == ',')
            || after.is_some_and(|ch| {
                ch.is_ascii_digit() || super::mark_then_digit(&text[end..], &['.'])
            })
        {
            return None;
        }
        let lang = number::lang(cx, text, start, end);
        if lang == Lang::En && sep == "," {
            return None;
        }
        if int.is_empty() && lang == Lang::Ru {
            return None;
        }
        let sign = !c[1].is_empty() && !before.is_some_and(char::is_alphanumeric);
        let words = match lang {
            Lang::En => en_decimal(int, frac),
            Lang::Ru => {
                let rc = RuContext::at(text, start, end);
                let first = ru::decimal(int, frac, rc.cardinal_case());
                // With no preposition the number may be the object of a verb ("Рост составил
                // 1,9" -> "одну целую девять десятых"): the accusative is offered.
                if rc.decided() {
                    first
                } else {
                    crate::text::choice(first, [ru::decimal(int, frac, Case::Acc)])
                }
            }
        };
        let minus = match (sign, lang) {
            (false, _) => String::new(),
            (true, Lang::En) => "minus ".into(),
            (true, Lang::Ru) => "минус ".into(),
        };
        let keep = if !sign { c[1].to_string() } else { String::new() };
        Some(format!("{keep}{}", spaced(text, start, end, &format!("{minus}{words}"))))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn sizes_cricket_scores_odds_and_labels() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("The rug is 2m x 3m."), "The rug is two meters by three meters.");
        assert_eq!(
            en("Boxes of 40 x 30 x 20 cm."),
            "Boxes of forty by thirty by twenty centimeters."
        );
        assert_eq!(en("So 6 x 7 = 42."), "So six x seven equals forty two.");
        assert_eq!(
            en("They were 187/4 at tea."),
            "They were one hundred and eighty seven for four at tea."
        );
        assert_eq!(en("A 12/1 outsider."), "A twelve to one outsider.");
        assert_eq!(en("Backed at 5/2 today."), "Backed at five to two today.");
        assert_eq!(en("We scored 14/20 there."), "We scored fourteen out of twenty there.");
        assert_eq!(en("Give 1/2 a scoop."), "Give half a scoop.");
        assert_eq!(en("Get 1/3 off today."), "Get one third off today.");
        assert_eq!(
            en("Odds: the favourite by 1/2 of a length."),
            "Odds: the favourite by one half of a length."
        );
        assert_eq!(en("Shelf 0641.5 holds it."), "Shelf zero six four one point five holds it.");
    }

    #[test]
    fn ratings_scores_and_multipliers() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("Rated 4.5/5 stars"), "Rated four point five out of five stars");
        assert_eq!(en("I scored 9/10 today."), "I scored nine out of ten today.");
        assert_eq!(en("3/10 of a mile"), "three tenths of a mile");
        assert_eq!(en("It is 2x faster."), "It is two times faster.");
        // A setting before a noun, or alone, is said "x".
        assert_eq!(en("at 1.5x speed"), "at one point five x speed");
        assert_eq!(en("2x"), "two x");
        assert_eq!(en("9/10 dentists agree"), "nine out of ten dentists agree");
        assert_eq!(en("a 10x12 room"), "a ten by twelve room");
        assert_eq!(en("passed 335k streams"), "passed three hundred thirty five thousand streams");
        assert_eq!(en("a 5k race on a 4K TV"), "a five k race on a four K TV");
        assert_eq!(en("2x8"), "two x eight");
        assert_eq!(en("1/2 inches"), "one half inches");
        crate::rules::assert_ru_readings(&[
            ("Оценка 4,5/5.", "Оценка четыре целых пять десятых из пяти."),
            ("Я бы поставил фильму 8/10.", "Я бы поставил фильму восемь из десяти."),
        ]);
    }

    #[test]
    fn a_fraction_of_one_unit_reads_the_unit_in_the_singular() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("Grate ¼ tbsp of ginger."), "Grate one quarter tablespoon of ginger.");
        assert_eq!(en("Leave a ¾in gap."), "Leave a three quarter inch gap.");
        assert_eq!(en("Drill ⅜in holes."), "Drill three eighths inch holes.");
        assert_eq!(en("Cut 5/8-inch dowels."), "Cut five eighths inch dowels.");
        assert_eq!(en("Buy a ½-gallon jug."), "Buy a half gallon jug.");
        assert_eq!(en("Add 1/3 oz. of cloves."), "Add one third ounce of cloves.");
        assert_eq!(en("Stir in 2/3 cup."), "Stir in two thirds cup.");
        // A whole part, a quote after a space, "in" apart from the number: not a unit's.
        assert_eq!(en("Pour 2 1/4 cups."), "Pour two and one quarter cups.");
        assert_eq!(en("Read \"Tales of 1/2 \" now"), "Read \"Tales of one half \" now");
        assert_eq!(en("Only 1/3 in the end."), "Only one third in the end.");
    }

    #[test]
    fn equal_numbers_over_a_slash_and_24_7_are_pairs_not_fractions() {
        assert_eq!(norm("A 50/50 chance.", Lang::En), "A fifty fifty chance.");
        assert_eq!(norm("Open 24/7.", Lang::En), "Open twenty four seven.");
        // A time signature says both numbers; half of a time stays a fraction.
        assert_eq!(norm("A waltz in 3/4 time.", Lang::En), "A waltz in three four time.");
        assert_eq!(norm("Played 12/8 time.", Lang::En), "Played twelve eight time.");
        assert_eq!(norm("For 1/2 time.", Lang::En), "For one half time.");
        assert_eq!(norm("Only 2/3 of voters.", Lang::En), "Only two thirds of voters.");
        assert_eq!(norm("22/3", Lang::En), "twenty two thirds");
    }
}
