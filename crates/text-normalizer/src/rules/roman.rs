//! Roman numerals where the context shows they are numbers: before "век"/"в."/"вв.", after a
//! capitalized name ("Людовика XVI", "Chapter IV"), in ranges ("XV-XVI веков").

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang, RuContext, adjacent_word_before};
use crate::num::ru::{Case, Form, Gender};
use crate::num::{en, ru};
use crate::tables::regnal;

static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // The numeral ends at a word boundary; the abbreviated nouns end at their dot (no
        // boundary after "в." before a space), the full ones at a boundary.
        r"\b([IVXLCDM]+)(?:\s?[-–—]\s?([IVXLCDM]+))?(?:-(го|му|й|м|я))?\b(\s(?:вв?\.|кв\.|(?:век(?:а|е|у|ом|ах|ов|ам|и)?|тысячелетие|глав[аы]?|съезд)\b))?",
    )
});

/// Value of a well-formed Roman numeral (I..MMMCMXCIX), `None` otherwise.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    let val = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
    let digits: Vec<u32> = s.chars().map(val).collect();
    if digits.is_empty() || digits.contains(&0) {
        return None;
    }
    // Signed sum: a subtractive digit comes first ("IV"), so the running total dips below 0.
    let mut total = 0i64;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&n| n > d) {
            total -= i64::from(d);
        } else {
            total += i64::from(d);
        }
    }
    let total = u32::try_from(total).ok()?;
    // Reject malformed numerals by round-tripping.
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Nouns that number their items with a cardinal in any letter case ("chapter IV", "World
/// War I").
const EN_CUES: &[&str] = &[
    "chapter", "part", "volume", "book", "act", "scene", "section", "world", "war", "phase",
    "level", "episode", "class", "grade", "title", "article", "appendix", "annex", "schedule",
    "stage", "tier", "type", "category", "canto", "division", "mark",
];

/// Their abbreviations, which end the words `words_as_written` sees at their dot ("Chap.
/// XXVII", "Vol. II").
const EN_CUE_ABBREVIATIONS: &[&str] = &["chap.", "vol.", "sec.", "pt.", "bk."];

/// Up to `n` words before byte `pos` as written (punctuation around them dropped), nearest
/// first; stops at a sentence or clause mark, or a dash ("Causes--Part II").
fn words_as_written(text: &str, pos: usize, n: usize) -> Vec<&str> {
    let head = &text[..pos];
    let clause = head.rfind(['.', ',', ';', ':', '!', '?', '(', '"']).map_or(0, |i| i + 1);
    // After a dash only if words stand between it and `pos` ("PERCH--III" is after "PERCH").
    let dash = head.rfind("--").map(|i| i + 2).into_iter();
    let after_dash =
        dash.chain(head.rfind(['—', '–']).map(|i| i + '—'.len_utf8())).fold(clause, usize::max);
    let clause = if head[after_dash..].trim().is_empty() { clause } else { after_dash };
    head[clause..]
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A capitalized word that can name something ("Apollo", "WrestleMania", "Henry"; joined by
/// hyphens, "Shamshi-Adad"), not a function word ("My CV").
pub(super) fn name_like(w: &str) -> bool {
    // An Arabic name's article before it ("al-Walid", "el-Kamil").
    let w = ["al-", "el-", "ad-", "an-", "as-", "az-"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .unwrap_or(w);
    w.chars().count() >= 2
        && w.starts_with(|c: char| c.is_uppercase())
        && w.split('-').all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic))
        && !regnal::FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
}

/// A name spelled with letters English does not use ("Przemysł", "Géza", "Øystein"): a
/// foreign ruler's, where a series or a product sold in English is named in English letters.
fn foreign_spelling(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

/// Determiners before a name make it a thing's ("the Artemis II crew", "a Pentium III chip",
/// "my Galaxy Note II"): rulers take none.
const DETERMINERS: &[&str] =
    &["the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that"];

/// Prepositions before a name and "I": the numeral's, as the pronoun never follows them so.
const PREPOSITIONS: &[&str] =
    &["of", "by", "for", "under", "to", "from", "on", "with", "about", "against", "over"];

/// An English Roman numeral after a word. After a ruler's name ("Henry VIII" the eighth), a royal
/// title and a name ("King Zog I"), a given name and a surname ("Henry Ford II", a generational
/// suffix), or a single name in a sentence about a life or a reign ("Prusias II died without an
/// heir", `regnal::life_cue`) it is regnal: "the" and the ordinal. After any other name (a series,
/// product or event: "Apollo XI", "Street Fighter II") or a numbered noun ("Chapter IV") it is the
/// cardinal. "I" is also the pronoun, and C, D, L, M alone are letters more often ("Vitamin C"):
/// they are read only after a title or a numbered noun. Numerals above 60 after a name are letters
/// too ("Hits CD", "Smith MD").
fn en_numeral(
    numeral: &str,
    a: u32,
    b: Option<u32>,
    text: &str,
    start: usize,
    end: usize,
) -> Option<String> {
    // Letters before a spoken number are a code's ("part LX619" was read "LX six hundred
    // nineteen" by the serial rule), not a numeral; a double hyphen after it is a dash
    // ("CHAPTER III--TWO MISFORTUNES").
    let rest = &text[end..];
    let dash = rest.starts_with("--") || rest.starts_with(['—', '–']);
    let next = crate::cx::adjacent_word_after(text, end);
    if !dash
        && (next.as_deref().is_some_and(en::is_number_word)
            || rest.starts_with(|c: char| c == '-' || c.is_ascii_digit()))
    {
        return None;
    }
    // A heading: a numeral that opens a line and ends it, or is followed by a dash or by a
    // dot and the title ("XVII.", "VII.--TREATMENT OF POISONING", "IV. The Return"). One
    // letter and a dot before a name is an initial instead ("V. Halvorsen", below).
    let line_before = text[..start].trim_end_matches([' ', '\t']);
    // In brackets ("[IV] The Return", "(XII) OF GARDENS") or before a colon ("XIII: A
    // FIGHT").
    let bracketed = line_before.ends_with(['[', '(']) && rest.starts_with([']', ')']);
    let line_before = if bracketed { &line_before[..line_before.len() - 1] } else { line_before };
    let line_start = line_before.is_empty() || line_before.ends_with('\n');
    let colon = rest.starts_with(':');
    let rest = if bracketed || colon { &rest[1..] } else { rest };
    let after_dot = rest.strip_prefix('.').unwrap_or(rest);
    // A title after the dash is a word in capitals ("I--ORIGIN"; "I--I think" is a stammer).
    let title =
        after_dot.trim_start_matches(['-', '—', '–', ' ']).split(' ').next().is_some_and(|w| {
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        });
    // The rest of the line in capitals, two words or more ("XII OF THE LOVE"): a heading,
    // unless the numeral is the pronoun ("I WENT DOWN").
    let line = rest.split('\n').next().unwrap_or("");
    let capitals_line = line.split_whitespace().count() >= 2
        && line.chars().any(char::is_alphabetic)
        && line.chars().all(|c| !c.is_lowercase());
    let heading = line_start
        && a <= 89
        && b.is_none()
        && (after_dot.trim().is_empty()
            || (after_dot.starts_with("--") || after_dot.starts_with(['—', '–'])) && title
            || numeral.len() > 1 && rest.starts_with(". ")
            || (bracketed || colon) && rest.starts_with(' ')
            || numeral.len() > 1 && capitals_line);
    // An author's initials in a list cited as papers do ("Lin L, Gabayan V, Ganz T (2008)",
    // "Nakagawa VI, Tanaka GH et al."): another surname and initials after it, or before it.
    if author_initials(text, start, end) {
        return None;
    }
    let before = words_as_written(text, start, 3);
    let abbreviated_cue = text[..start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| EN_CUE_ABBREVIATIONS.contains(&w.to_lowercase().as_str()));
    if (heading || abbreviated_cue) && before.is_empty() {
        return Some(en::cardinal(u64::from(a)));
    }
    let w1 = *before.first()?;
    let lower = |w: &str| w.to_lowercase();
    // Between "the" and a name, a numeral is the ordinal of an event or a unit ("the XXII
    // Commonwealth Games", "The XIX Olympiad", "the LIX Legislature"); with C, D or M it is
    // letters more often ("the DC District Council").
    if lower(w1) == "the"
        && b.is_none()
        && numeral != "I"
        && !numeral.contains(['C', 'D', 'M'])
        && rest.trim_start_matches(' ').starts_with(char::is_uppercase)
    {
        return Some(en::ordinal_str(&a.to_string()));
    }
    // A model's code of letters and digits before it ("Sony A7 IV", "EOS 5D II"): its mark.
    let model_code = w1.len() <= 6
        && w1.chars().any(|ch| ch.is_ascii_digit())
        && w1.chars().any(|ch| ch.is_ascii_uppercase())
        && w1.chars().all(|ch| ch.is_ascii_alphanumeric());
    let cue = EN_CUES.contains(&lower(w1).as_str()) || abbreviated_cue || model_code;
    let named = name_like(w1);
    // The words of the name before the numeral ("Omar Ali Saifuddien"), and the word before
    // them.
    let names = before.iter().take_while(|w| name_like(w)).count();
    let word_before_name = before.get(names).map(|w| lower(w));
    // A title before the name, of one word or more ("King Zog I", "Emperor Tekle Giyorgis
    // I"), or among its capitalized words.
    let is_title = |t: &&str| regnal::ROYAL_TITLES.contains(&lower(t).as_str());
    let titled = named
        && (before.get(1).is_some_and(is_title) || before.iter().take(names).skip(1).any(is_title));
    // "I" is the pronoun before a verb that agrees with it; before "is" or "has", or ending a
    // clause, it is no pronoun ("Idris I is shown on a throne", "the story of Iziaslav I.");
    // nor is it after a preposition and a name ("portraits of Zog I have survived").
    let third_person_follows =
        next.as_deref().is_some_and(|w| matches!(w, "is" | "has" | "are" | "were"))
            || text[end..].trim_start_matches(['\'', '’']).is_empty()
            || text[end..].starts_with(['.', ',', ';', ':', '!', '?', ')'])
            || names == 1 && word_before_name.as_deref().is_some_and(|w| PREPOSITIONS.contains(&w));
    // A sentence of a life or a reign makes a ruler of a single name, and of a given name and
    // a surname with a later number (a generation's: "a statue of Omar Ali Saifuddien III");
    // a determiner makes a thing of it ("the Apollo XI crew").
    // A word of the name spelled with letters English does not use.
    let foreign = before[..names].iter().any(|w| foreign_spelling(w));
    let regnal_name = named
        && (regnal::is_regnal_name(w1)
            || titled
            || before.get(1).is_some_and(|g| name_like(g) && regnal::is_regnal_name(g))
            || (numeral != "I" || third_person_follows)
                && (names == 1 || a > 1 || foreign)
                && !word_before_name.as_deref().is_some_and(|d| DETERMINERS.contains(&d))
                && (regnal::life_cue(text, start, end, names) || foreign));
    let strong = cue || titled;
    // "I" after a ruler's name is regnal ("Robert I"), unless the words after it make it the
    // pronoun ("Maria I think", "Henry I'd").
    let pronoun_follows = text[end..].starts_with(['\'', '’'])
        || next.as_deref().is_some_and(|w| regnal::PRONOUN_I_FOLLOWERS.contains(&w));
    let regnal_i = numeral == "I" && regnal_name && !pronoun_follows;
    if (numeral == "I" || matches!(numeral, "C" | "D" | "L" | "M")) && !strong && !regnal_i {
        return None;
    }
    // A letter, a dot and a name is an initial ("Lena V. Halvorsen"), unless a ruler's name,
    // a title or a numbered noun comes before it.
    let initial = numeral.len() == 1
        && text[end..].strip_prefix(". ").is_some_and(|t| {
            let w = t.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            name_like(w)
        });
    if initial && !strong && !regnal_name {
        return None;
    }
    if !strong && (!named || a > 60) {
        return None;
    }
    if regnal_name && !cue && b.is_none() {
        return Some(format!("the {}", en::ordinal_str(&a.to_string())));
    }
    let mut out = en::cardinal(u64::from(a));
    if let Some(b) = b {
        out.push_str(" to ");
        out.push_str(&en::cardinal(u64::from(b)));
    }
    Some(out)
}

/// A surname and its initials in a citation's list of authors, next to the numeral-like
/// initials at `start..end`; a series' repeated name is no other author ("Rocky V, Rocky VI").
static AUTHOR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:,\s+(\p{Lu}\p{Ll}+)(?:[- ]\p{Lu}\p{Ll}+)?\s+(\p{Lu}{1,3})\b|,?\s+et al\b)")
});
static AUTHOR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{Lu}\p{Ll}+)\s+\p{Lu}{1,3},\s+(\p{Lu}\p{Ll}+)\s+$"));

fn author_initials(text: &str, start: usize, end: usize) -> bool {
    // Rulers and numbered parts are listed so too ("Louis XIV, Henry IV", "Henry IV, Part
    // II"): a ruler's name or a numbering word is no surname.
    let no_surname =
        |w: &str| regnal::is_regnal_name(w) || EN_CUES.contains(&w.to_lowercase().as_str());
    let surname = text[..start].trim_end().rsplit(' ').next().unwrap_or("");
    if no_surname(surname) {
        return false;
    }
    let after = AUTHOR_AFTER.captures(&text[end..]).is_some_and(|c| {
        let Some(next) = c.get(1) else { return true };
        let numeral = c.get(2).is_some_and(|n| roman_value(n.as_str()).is_some());
        // A series' repeated name ("Rocky V, Rocky VI").
        !(numeral && (next.as_str() == surname || no_surname(next.as_str())))
    });
    let before =
        AUTHOR_BEFORE.captures(&text[..start]).is_some_and(|c| c[1] != c[2] && !no_surname(&c[1]));
    after || before
}

/// Stems of female regnal names: "Екатерина II" is nominative feminine, where a masculine
/// name in -а is a genitive ("Петра I").
const FEMALE_NAME_STEMS: &[&str] =
    &["екатерин", "елизавет", "анн", "мари", "виктори", "изабелл", "маргарит", "софь", "ольг"];

/// Nouns that a Roman numeral follows as a numbered item ("глава VI" -> "глава шестая"), by
/// stem, with their gender; the ending gives the case.
const NUMBERED_NOUNS: &[(&str, Gender)] = &[
    ("глав", Gender::Fem),
    ("част", Gender::Fem),
    ("стать", Gender::Fem),
    ("книг", Gender::Fem),
    ("сери", Gender::Fem),
    ("том", Gender::Masc),
    ("раздел", Gender::Masc),
    ("пункт", Gender::Masc),
    ("параграф", Gender::Masc),
    ("съезд", Gender::Masc),
];

/// Case of a noun form from its ending, for the feminine -а/-ь and masculine consonant
/// declensions (глава/главы/главе/главу/главой, том/тома/тому/томом/томе).
fn noun_case(word: &str, stem: &str, gender: Gender) -> Option<Case> {
    let end = word.strip_prefix(stem)?;
    Some(match (gender, end) {
        (Gender::Fem, "а" | "я" | "ь" | "ья" | "ия") => Case::Nom,
        (Gender::Fem, "ы" | "и" | "ьи" | "ии") => Case::Gen,
        (Gender::Fem, "е" | "ье") => Case::Prep,
        (Gender::Fem, "у" | "ю" | "ию") => Case::Acc,
        (Gender::Fem, "ой" | "ей" | "ёй" | "ью" | "ией") => Case::Ins,
        (Gender::Masc, "") => Case::Nom,
        (Gender::Masc, "а") => Case::Gen,
        (Gender::Masc, "у") => Case::Dat,
        (Gender::Masc, "ом") => Case::Ins,
        (Gender::Masc, "е") => Case::Prep,
        _ => return None,
    })
}

/// Case and gender of a numbered noun ("главе", "том") or female name before a numeral.
fn noun_before(word: &str) -> Option<(Case, Gender)> {
    NUMBERED_NOUNS.iter().find_map(|&(stem, g)| Some((noun_case(word, stem, g)?, g))).or_else(
        || {
            FEMALE_NAME_STEMS
                .iter()
                .find_map(|stem| Some((noun_case(word, stem, Gender::Fem)?, Gender::Fem)))
        },
    )
}

/// Case of a Russian name before a regnal number from its ending: Людовика (gen), Ивану (dat).
fn name_case(name: &str) -> (Case, Gender) {
    if name.ends_with("ом") || name.ends_with("ем") {
        (Case::Ins, Gender::Masc)
    } else if name.ends_with('у') || name.ends_with('ю') {
        (Case::Dat, Gender::Masc)
    } else if name.ends_with("те") || name.ends_with("не") {
        (Case::Dat, Gender::Fem)
    } else if name.ends_with('и') || name.ends_with('е') {
        (Case::Prep, Gender::Masc)
    } else if name.ends_with('а') || name.ends_with('я') {
        (Case::Gen, Gender::Masc)
    } else {
        (Case::Nom, Gender::Masc)
    }
}

/// A numeral with the old dot of an abbreviated ordinal before a possessive ("Louis XIV.'s
/// ears", "Clement VII.'s ambassador"): the dot goes, the possessive stays on the numeral.
/// A Roman numeral's old dot before a possessive or a clause mark ("Louis XIV.'s ears",
/// "Constantine IV., known as"): the dot goes, the numeral is read as without it.
static DOTTED_POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([IVXL]+)\.((?:['’]s\b)|[,;:])"));

/// A model's mark ("Escort Mk II", "Supra Mk4"): "Mark" and the cardinal.
static MARK: LazyLock<Regex> = LazyLock::new(|| re(r"\bMk\.? ?(\d{1,2}|[IVX]{1,4})\b"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = &super::replace(s, &MARK, |c, text, start, end| {
        let n = match c[1].parse::<u32>() {
            Ok(n) => n,
            Err(_) => roman_value(&c[1])?,
        };
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("Mark {}", en::cardinal(u64::from(n))))
    });
    let s = replace(s, &DOTTED_POSSESSIVE, |c, text, start, end| {
        // Right after a name or a numbering word ("Louis XIV.,", "Part I.,"); after a comma or
        // an initial it is an initial itself ("Flon, L., Fundamental", "Miller B. L., Gorno").
        let prev = text[..start].trim_end_matches(' ').rsplit(' ').next().unwrap_or("");
        let named = prev.chars().count() >= 2
            && prev.starts_with(char::is_uppercase)
            && prev.chars().all(char::is_alphabetic);
        (named && cx.lang_at(text, start, end) == Lang::En && roman_value(&c[1]).is_some())
            .then(|| format!("{}{}", &c[1], &c[2]))
    });
    replace(&s, &ROMAN, |c, text, start, end| {
        // One letter worth 50 or more is a label ("корпус C", "витамин D", "Section L"):
        // regnal numbers, centuries and chapters in running text stay far below it.
        if matches!(&c[1], "C" | "D" | "L" | "M") {
            return None;
        }
        let a = roman_value(&c[1])?;
        let b = match c.get(2) {
            Some(m) => Some(roman_value(m.as_str())?),
            None => None,
        };
        let noun = c.get(4).map(|m| m.as_str().trim().to_string());
        let prev = adjacent_word_before(text, start);
        let prev_raw = text[..start].trim_end().rsplit(' ').next().unwrap_or("");
        // A name: capitalized, then lowercase letters ("Людовика", not "AAA").
        let after_name = prev_raw.chars().next().is_some_and(char::is_uppercase)
            && prev_raw.chars().count() >= 2
            && prev_raw.chars().skip(1).all(char::is_lowercase);
        let lang = cx.lang_at(text, start, end);
        if lang == Lang::En {
            return en_numeral(&c[1], a, b, text, start, end);
        }
        let before = prev_raw.to_lowercase();
        let cue = noun_before(&before);
        if noun.is_none() && !after_name && cue.is_none() && b.is_none() && c.get(3).is_none() {
            return None;
        }
        if noun.is_none() && c[1].len() == 1 && c[1] == *"I" && !after_name && cue.is_none() {
            return None;
        }
        // Form: from the noun after it, else the name before it, else the preposition.
        let rc = RuContext::at(text, start, end);
        let noun_word = noun.as_deref().unwrap_or("");
        let (form, noun_out) = match noun_word {
            "в." | "вв." => {
                let plural = noun_word == "вв." || b.is_some();
                let case = match rc.prep_case {
                    Some(Case::Acc) if prev.as_deref() == Some("в") => Case::Prep,
                    Some(Case::Gen) if prev.as_deref() == Some("по") => Case::Acc,
                    Some(c) => c,
                    None => Case::Nom,
                };
                let noun = if plural {
                    ["века", "веков", "векам", "века", "веками", "веках"][case as usize]
                } else {
                    ["век", "века", "веку", "век", "веком", "веке"][case as usize]
                };
                let form = if plural && b.is_none() {
                    Form::plural(case)
                } else {
                    Form::new(case, Gender::Masc)
                };
                (form, Some(noun.to_string()))
            }
            "кв." => {
                let case = match rc.prep_case {
                    Some(Case::Acc) if prev.as_deref() == Some("в") => Case::Prep,
                    Some(c) => c,
                    None => Case::Nom,
                };
                (
                    Form::new(case, Gender::Masc),
                    Some(
                        ["квартал", "квартала", "кварталу", "квартал", "кварталом", "квартале"]
                            [case as usize]
                            .to_string(),
                    ),
                )
            }
            "" => {
                let (case, gender) = if let Some(cg) = cue {
                    cg
                } else if after_name {
                    name_case(&before)
                } else {
                    (rc.prep_case.unwrap_or(Case::Nom), Gender::Masc)
                };
                (Form::new(case, gender), None)
            }
            w => {
                let f = crate::agree::noun_form_of(w, rc.gov, b.is_some())
                    .unwrap_or(Form::new(Case::Nom, Gender::Masc));
                if f.plural && b.is_none() {
                    (f, Some(w.to_string()))
                } else {
                    (Form { plural: false, ..f }, Some(w.to_string()))
                }
            }
        };
        let mut out = ru::ordinal(&a.to_string(), form);
        if let Some(b) = b {
            out.push_str(" — ");
            out.push_str(&ru::ordinal(&b.to_string(), form));
        }
        if let Some(n) = noun_out {
            out.push(' ');
            out.push_str(&n);
        }
        Some(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{assert_ru_readings, norm};

    #[test]
    fn rulers_by_name_or_by_a_sentence_about_a_reign_are_regnal() {
        assert_eq!(
            norm("Under Vasili II the realm grew.", Lang::En),
            "Under Vasili the second the realm grew."
        );
        assert_eq!(norm("praises Mithridates VI as", Lang::En), "praises Mithridates the sixth as");
        assert_eq!(norm("the Apollo XI crew", Lang::En), "the Apollo eleven crew");
        // A name no list has, in a sentence about a life or a reign.
        assert_eq!(
            norm("Prusias II died without an heir.", Lang::En),
            "Prusias the second died without an heir."
        );
        assert_eq!(
            norm("silver minted under Cotys IV", Lang::En),
            "silver minted under Cotys the fourth"
        );
        assert_eq!(norm("Star Trek II was released.", Lang::En), "Star Trek two was released.");
        assert_eq!(
            norm("Somehow I forgot to tell mother.", Lang::En),
            "Somehow I forgot to tell mother."
        );
    }

    #[test]
    fn subtractive_numerals_have_values() {
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("CM"), Some(900));
        assert_eq!(roman_value("MCMXC"), Some(1990));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(super::super::norm("Chapter IV", Lang::En), "Chapter four");
    }

    #[test]
    fn english_regnal_and_series_numerals() {
        use super::super::norm;
        for (written, spoken) in [
            ("Louis XIV built it.", "Louis the fourteenth built it."),
            ("King Zog I ruled.", "King Zog the first ruled."),
            ("Henry Ford II spoke.", "Henry Ford the second spoke."),
            ("We watched Apollo XIII.", "We watched Apollo thirteen."),
            ("Street Fighter II is old.", "Street Fighter two is old."),
            ("World War I ended.", "World War one ended."),
            ("Chapters IV-VI are long.", "Chapters four to six are long."),
            ("Read Chapter IV-VI now.", "Read Chapter four to six now."),
            ("Take Vitamin C daily.", "Take Vitamin C daily."),
            ("Yesterday I left.", "Yesterday I left."),
            ("My CV is attached.", "My CV is attached."),
            // The pronoun, initials and capitalized words stay words.
            ("Scholars debate Robert I.", "Scholars debate Robert the first."),
            ("The army of Maria I crossed it.", "The army of Maria the first crossed it."),
            ("When I met Henry I said nothing.", "When I met Henry I said nothing."),
            ("Ask Henry I'm sure.", "Ask Henry I'm sure."),
            ("Lena V. Halvorsen wrote it.", "Lena V. Halvorsen wrote it."),
            ("C. S. Lewis wrote it.", "C. S. Lewis wrote it."),
            ("I think MIX is CIVIL.", "I think MIX is CIVIL."),
            ("Henry VIII had six wives.", "Henry the eighth had six wives."),
            ("Apollo XI landed.", "Apollo eleven landed."),
            ("World War II ended.", "World War two ended."),
            // A name in letters English lacks is a foreign ruler's; a determiner makes a
            // thing of a name; a name's own word is no word of a reign.
            ("A lecture on Bolesław II.", "A lecture on Bolesław the second."),
            ("Coins of Ntare I turned up here.", "Coins of Ntare the first turned up here."),
            (
                "A bust of Rama Tiboti IV stands here.",
                "A bust of Rama Tiboti the fourth stands here.",
            ),
            ("The Gemini VII crew slept.", "The Gemini seven crew slept."),
            ("We played Kingdom Hearts II.", "We played Kingdom Hearts two."),
            // Between "the" and a name: an event's ordinal.
            ("The XXV Olympic Games opened.", "The twenty fifth Olympic Games opened."),
            ("He sat on the DC Council.", "He sat on the DC Council."),
            // A model's code or "Mark" before it: the cardinal.
            ("My Nikon Z6 II broke.", "My Nikon Z six two broke."),
            ("A Jaguar Mark X.", "A Jaguar Mark ten."),
            // A title before a name of two words.
            ("A gift of Sultan Abdul Aziz II.", "A gift of Sultan Abdul Aziz the second."),
            // An Arabic name's article; "I" after two names one of which is foreign.
            ("Coins of Caliph al-Hakam II.", "Coins of Caliph al-Hakam the second."),
            ("A seal of Václav Jindřich I.", "A seal of Václav Jindřich the first."),
        ] {
            assert_eq!(norm(written, Lang::En), spoken, "{written}");
        }
    }

    #[test]
    fn one_letter_of_fifty_or_more_is_a_label() {
        assert_ru_readings(&[
            ("Витамин D полезен.", "Витамин D полезен."),
            ("В корпусе C 78 аудиторий.", "В корпусе C семьдесят восемь аудиторий."),
            ("Карл V умер.", "Карл пятый умер."),
            ("Людовик XIV правил долго.", "Людовик четырнадцатый правил долго."),
        ]);
        assert_eq!(norm("Section L, row 5.", Lang::En), "Section L, row five.");
    }

    #[test]
    fn abbreviated_nouns_after_numerals() {
        use super::super::norm;
        assert_eq!(
            norm("В IV кв. выросла выручка.", Lang::Ru),
            "В четвёртом квартале выросла выручка."
        );
        assert_eq!(norm("К XV в. сложились", Lang::Ru), "К пятнадцатому веку сложились");
    }

    #[test]
    fn an_english_heading_numeral_is_a_cardinal() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("XVII."), "seventeen.");
        assert_eq!(en("VIII"), "eight");
        assert_eq!(en("CHAPTER III--TWO MISFORTUNES"), "CHAPTER three--TWO MISFORTUNES");
        assert_eq!(en("VII.--TREATMENT OF POISONING"), "seven.--TREATMENT OF POISONING");
        assert_eq!(en("IV. The Return"), "four. The Return");
        // A stammer and an initial are no headings.
        assert_eq!(en("I--I think so."), "I--I think so.");
        assert_eq!(en("V. Halvorsen wrote it."), "V. Halvorsen wrote it.");
        // Nor a word of numeral letters, nor a numeral inside a line.
        assert_eq!(en("MIX."), "MIX.");
        assert_eq!(en("He wrote XVII."), "He wrote XVII.");
        assert_eq!(en("upon Louis XIV.'s ears"), "upon Louis the fourteenth's ears");
        assert_eq!(en("Constantine IV., known as"), "Constantine the fourth, known as");
        assert_eq!(en("Rameses II built it"), "Rameses the second built it");
        // An initial keeps its dot.
        assert_eq!(en("Flon, L., Fundamental"), "Flon, L., Fundamental");
        // Initials in a list of authors; rulers, parts and a series listed alike are numerals.
        assert_eq!(
            en("Lin L, Gabayan V, Ganz T (2008)."),
            "Lin L, Gabayan V, Ganz T (two thousand eight)."
        );
        assert_eq!(en("Henry IV, Part II."), "Henry the fourth, Part two.");
        assert_eq!(en("Louis XIV, Henry IV"), "Louis the fourteenth, Henry the fourth");
        assert_eq!(en("Rocky V, Rocky VI"), "Rocky five, Rocky six");
        // A numbered noun, abbreviated too.
        assert_eq!(en("Chap. XXVII."), "Chapter twenty seven.");
        assert_eq!(en("Class V. Class I is the top."), "Class five. Class one is the top.");
    }

    #[test]
    fn headings_in_brackets_before_a_colon_or_capitals_and_cues_after_a_dash() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("XIII: A FIGHT"), "thirteen: A FIGHT");
        assert_eq!(en("[IV] The Return"), "[four] The Return");
        assert_eq!(en("XII OF GARDENS"), "twelve OF GARDENS");
        // The pronoun opens a line in capitals; a word of numeral letters stays a word.
        assert_eq!(en("I WENT DOWN"), "I WENT DOWN");
        assert_eq!(en("MIX WELL"), "MIX WELL");
        // A numbering word after a dash; a numeral right after a dash keeps the word before.
        assert_eq!(en("Letters Home--Book IV"), "Letters Home--Book four");
        assert_eq!(en("A History of Wool—Canto IX"), "A History of Wool—Canto nine");
        assert_eq!(en("FRIED PERCH--III"), "FRIED PERCH--three");
    }

    /// A model's mark; numbered nouns of documents; words of a ruler's life (rounds 104, 106,
    /// 108).
    #[test]
    fn marks_numbered_documents_and_lives() {
        assert_eq!(norm("a restored Escort Mk II", Lang::En), "a restored Escort Mark two");
        assert_eq!(norm("a Supra Mk4", Lang::En), "a Supra Mark four");
        assert_eq!(norm("sued under Title IX.", Lang::En), "sued under Title nine.");
        assert_eq!(
            norm("Rhescuporis IV's sarcophagus was restored.", Lang::En),
            "Rhescuporis the fourth's sarcophagus was restored."
        );
        assert_eq!(
            norm("Idris I is shown on a throne.", Lang::En),
            "Idris the first is shown on a throne."
        );
        assert_eq!(
            norm("When I met Henry I said nothing.", Lang::En),
            "When I met Henry I said nothing."
        );
    }
}
