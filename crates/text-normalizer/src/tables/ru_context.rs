//! Words around a number that decide its Russian case and gender.

use crate::num::ru::{Case, Form, Gender};

/// Prepositions and the case they govern for a following number. "в", "на" take the
/// accusative here (в 5 раз, на 15%); nouns such as "году" override it for ordinals.
pub(crate) const PREPOSITIONS: &[(&str, Case)] = &[
    ("до", Case::Gen),
    ("от", Case::Gen),
    ("из", Case::Gen),
    ("у", Case::Gen),
    ("без", Case::Gen),
    ("для", Case::Gen),
    ("около", Case::Gen),
    ("после", Case::Gen),
    ("кроме", Case::Gen),
    ("более", Case::Gen),
    ("менее", Case::Gen),
    ("свыше", Case::Gen),
    ("порядка", Case::Gen),
    ("против", Case::Gen),
    ("среди", Case::Gen),
    ("последних", Case::Gen),
    ("с", Case::Gen),
    ("со", Case::Gen),
    ("к", Case::Dat),
    ("ко", Case::Dat),
    ("согласно", Case::Dat),
    ("благодаря", Case::Dat),
    ("между", Case::Ins),
    ("перед", Case::Ins),
    ("над", Case::Ins),
    ("о", Case::Prep),
    ("об", Case::Prep),
    ("при", Case::Prep),
    ("в", Case::Acc),
    ("во", Case::Acc),
    ("на", Case::Acc),
    ("про", Case::Acc),
    ("через", Case::Acc),
    ("за", Case::Acc),
];

/// Nouns after a number that take an ordinal, with the form they ask for.
const ORDINAL_NOUNS: &[(&str, Case, Gender, bool)] = &[
    ("году", Case::Prep, Gender::Masc, false),
    ("года", Case::Gen, Gender::Masc, false),
    ("год", Case::Nom, Gender::Masc, false),
    ("годом", Case::Ins, Gender::Masc, false),
    ("веке", Case::Prep, Gender::Masc, false),
    ("века", Case::Gen, Gender::Masc, false),
    ("век", Case::Nom, Gender::Masc, false),
    ("веку", Case::Dat, Gender::Masc, false),
    ("веком", Case::Ins, Gender::Masc, false),
    ("веках", Case::Prep, Gender::Masc, true),
    ("веков", Case::Gen, Gender::Masc, true),
    ("векам", Case::Dat, Gender::Masc, true),
    ("века", Case::Gen, Gender::Masc, false),
    ("этаже", Case::Prep, Gender::Masc, false),
    ("этажа", Case::Gen, Gender::Masc, false),
    ("этаж", Case::Nom, Gender::Masc, false),
    ("классе", Case::Prep, Gender::Masc, false),
    ("месте", Case::Prep, Gender::Neut, false),
    ("место", Case::Nom, Gender::Neut, false),
    ("годах", Case::Prep, Gender::Masc, true),
    ("годов", Case::Gen, Gender::Masc, true),
    ("годы", Case::Nom, Gender::Masc, true),
    ("годам", Case::Dat, Gender::Masc, true),
    ("годами", Case::Ins, Gender::Masc, true),
    ("тысячелетие", Case::Nom, Gender::Neut, false),
    ("тысячелетии", Case::Prep, Gender::Neut, false),
    ("съезд", Case::Nom, Gender::Masc, false),
    ("съезде", Case::Prep, Gender::Masc, false),
];

/// The form a following word asks a number for, and whether it wants an ordinal. Known
/// ordinal nouns first, then plural oblique endings for counted nouns (книгами, случаях).
pub(crate) fn following_noun(w: &str) -> Option<(Form, bool)> {
    if let Some((_, case, gender, plural)) = ORDINAL_NOUNS.iter().find(|(n, ..)| *n == w) {
        let form = if *plural { Form::plural(*case) } else { Form::new(*case, *gender) };
        return Some((form, true));
    }
    let cyr = w.chars().all(|c| matches!(c, 'а'..='я' | 'ё' | '-'));
    if !cyr || w.chars().count() < 4 {
        return None;
    }
    for (end, case) in [
        ("ами", Case::Ins),
        ("ьми", Case::Ins),
        ("ями", Case::Ins),
        ("ах", Case::Prep),
        ("ях", Case::Prep),
        ("ам", Case::Dat),
        ("ям", Case::Dat),
    ] {
        if w.ends_with(end) {
            return Some((Form::plural(case), false));
        }
    }
    None
}

/// The case and gender a singular noun shows after a number ending in 1 ("21 минута", "на 1
/// доме", "с 51 домом", "к 461 тысяче", "про 41 минуту"), from its ending and the preposition
/// before the number. Endings that several forms share are read with the preposition; where
/// neither decides, `None` (the masculine nominative stays).
pub(crate) fn singular_noun(w: &str, prep: Option<&str>) -> Option<(Case, Gender)> {
    if w.chars().count() < 3 || !w.chars().all(|c| matches!(c, 'а'..='я' | 'ё')) {
        return None;
    }
    // A word before the number that is no preposition ("ещё 461 минута") leaves the case
    // to the noun alone.
    let p = prep
        .filter(|p| PREPOSITIONS.iter().any(|(q, _)| q == p) || matches!(*p, "под" | "по"))
        .unwrap_or("");
    let ends = |xs: &[&str]| xs.iter().any(|x| w.ends_with(x));
    let gen_prep = PREPOSITIONS.iter().any(|(q, c)| *q == p && *c == Case::Gen);
    match p {
        "с" | "со" | "над" | "под" | "перед" | "между" | "за" if ends(&["ом", "ем", "ём"]) => {
            Some((Case::Ins, Gender::Masc))
        }
        "с" | "со" | "над" | "под" | "перед" | "между" | "за"
            if ends(&["ой", "ей", "ёй", "ью"]) =>
        {
            Some((Case::Ins, Gender::Fem))
        }
        "к" | "ко" | "по" | "согласно" | "благодаря" if ends(&["у", "ю"]) => {
            Some((Case::Dat, Gender::Masc))
        }
        "к" | "ко" | "по" | "согласно" | "благодаря" if ends(&["е", "и"]) => {
            Some((Case::Dat, Gender::Fem))
        }
        "про" | "через" | "в" | "во" | "на" | "за" if ends(&["у", "ю"]) => {
            Some((Case::Acc, Gender::Fem))
        }
        "про" | "через" | "за" if ends(&["о"]) => Some((Case::Acc, Gender::Neut)),
        "в" | "во" | "на" | "о" | "об" | "при" if ends(&["ии"]) => {
            Some((Case::Prep, Gender::Neut))
        }
        "в" | "во" | "на" | "о" | "об" | "при" if ends(&["е"]) => {
            Some((Case::Prep, Gender::Masc))
        }
        "в" | "во" | "на" | "о" | "об" | "при" if ends(&["и"]) => {
            Some((Case::Prep, Gender::Fem))
        }
        _ if gen_prep && ends(&["ы", "и"]) => Some((Case::Gen, Gender::Fem)),
        _ if gen_prep && ends(&["а", "я"]) => Some((Case::Gen, Gender::Masc)),
        "" if ends(&["а", "я"]) => Some((Case::Nom, Gender::Fem)),
        "" if ends(&["о", "е"]) => Some((Case::Nom, Gender::Neut)),
        _ => None,
    }
}

/// After a number ending in 2 (not 12) in the nominative or accusative, a genitive singular in
/// -ы/-и shows a feminine noun ("62 квартиры", "в 2 минуты": две); -а/-я is masculine or
/// neuter (два). Returns the case the preposition asks (Nom or Acc) with the gender.
pub(crate) fn noun_after_two(w: &str, prep: Option<&str>) -> Option<(Case, Gender)> {
    if w.chars().count() < 3 || !w.chars().all(|c| matches!(c, 'а'..='я' | 'ё')) {
        return None;
    }
    let case = match prep.and_then(|p| PREPOSITIONS.iter().find(|(q, _)| *q == p)) {
        None => Case::Nom,
        Some((_, Case::Acc)) => Case::Acc,
        Some(_) => return None,
    };
    w.ends_with(['ы', 'и']).then_some((case, Gender::Fem))
}
