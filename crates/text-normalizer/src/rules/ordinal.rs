//! Ordinals written with a suffix: "21st", "3rd"; "2-й", "5-го", "на 2-м этаже", "1990-е".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace, spaced, strip_groups};
use crate::cx::RuContext;
use crate::cx::{Cx, Lang};
use crate::num::ru::{Case, Form, Gender};
use crate::num::{en, ru};
use crate::text::choice;

static EN_ORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th|ST|ND|RD|TH)\b"));
static RU_ORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d+)(?:\s?-\s?|-?)(ьего|ьему|ьими|ого|ому|ыми|его|ему|ими|ый|ий|ой|ая|ое|ые|ым|ом|ых|ую|ья|ье|ьи|ью|ем|ей|им|их|го|му|ми|й|я|е|м|х|ю)\b",
    )
});

/// A Russian number typed with the end of its cardinal in an oblique case: "5-ти" (пяти),
/// "2-ух" (двух), "3-ех" (трёх), "3-мя" (тремя), "7-ми" (семи). No ordinal ends so ("-ми" is
/// also the ordinals' "седьмыми": the cardinal only where it ends in "ми").
static RU_CARDINAL_END: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d+)-(ух|ех|ёх|ти|мя|ми)\b"));

/// The cardinal of `digits` in an oblique case whose reading ends as `suffix` is typed
/// ("ти" пяти, "ех" трёх): these cases read alike (пяти is the genitive, dative and
/// prepositional), so the first that fits is the reading.
fn cardinal_with_end(digits: &str, suffix: &str) -> Option<String> {
    let suffix = suffix.replace('ё', "е");
    [Case::Gen, Case::Dat, Case::Prep, Case::Ins]
        .into_iter()
        .map(|case| ru::cardinal(digits, case, Gender::Masc))
        .find(|r| r.replace('ё', "е").ends_with(&suffix))
}

/// Whether the word after byte `end` is an adjective that a plural ordinal in "-х" cannot
/// agree with (singular, or a plural other than the genitive and prepositional): the second
/// half of a compound with the number ("2-х комнатная" двухкомнатная, "4-х килограммовый").
/// A word the dictionary lacks counts by its ending ("дневный" of "пятидневный").
fn compound_adjective_after(text: &str, end: usize) -> bool {
    let Some((word, word_end)) = crate::cx::word_after(text, end) else { return false };
    let analyses = crate::morph::analyze(&word);
    if !analyses.is_empty() && !reads_as_adjective(&analyses, text, word_end) {
        return false;
    }
    if analyses.is_empty() {
        const SINGULAR_ENDS: &[&str] = &[
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему", "ые",
            "ие",
        ];
        return word.chars().count() > 4 && SINGULAR_ENDS.iter().any(|e| word.ends_with(e));
    }
    !analyses.iter().any(|a| a.plural() && matches!(a.case(), Case::Gen | Case::Prep))
}

/// Whether a word the dictionary knows (`analyses`), ending at byte `word_end`, is an
/// adjective or participle: every reading is, or it is also a noun ("часовой") and a noun
/// follows it ("4-х часовой фильм", "4-часовой перелёт").
fn reads_as_adjective(analyses: &[crate::morph::Analysis], text: &str, word_end: usize) -> bool {
    let noun_next = || {
        crate::cx::adjacent_word_after(text, word_end)
            .is_some_and(|w| crate::morph::analyze(&w).iter().any(|a| a.is_noun()))
    };
    analyses.iter().all(|a| a.is_attribute())
        || analyses.iter().any(|a| a.is_attribute()) && noun_next()
}

/// A number joined by a hyphen to the adjective it makes a compound with ("2-комнатная",
/// "5-этажный", "10-минутного", "1-местный"): one word, the number's first-half form.
static RU_COMPOUND: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3})-([а-яё]{4,})\b"));

/// The first half of a compound with a number (`ru::fused_count`: "двух", "одно", "сорока",
/// "девяносто", "сто"); `None` for a number of more than one word ("21"). Zero keeps its
/// genitive.
fn compound_first_half(digits: &str) -> Option<String> {
    let genitive = ru::cardinal(digits, Case::Gen, Gender::Masc);
    if genitive.contains(' ') {
        return None;
    }
    match digits.parse::<u32>().ok()? {
        0 => Some(genitive),
        n => Some(ru::fused_count(n)),
    }
}

/// A Russian list of suffixed ordinals joined by "и"/"или" before one plural noun ("на 15-й и
/// 78-й минутах"): the noun after the next ordinal, for the first of them.
static JOINED_NEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s+(?:и|или)\s+\d+-?[а-я]{1,3}\s+([а-яё]+)"));
/// ... and the ordinal before, for the last ("78-й" after "15-й и").
static JOINED_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"\d+-?[а-я]{1,3}\s+(?:и|или)\s+$"));

/// The plural forms of the noun a joined list of ordinals shares, if the ordinal at
/// `start..end` is one of such a list: each ordinal of it is singular, in the noun's case.
fn joined_list_noun(text: &str, start: usize, end: usize, rc: &RuContext) -> Vec<Form> {
    if let Some(c) = JOINED_NEXT.captures(&text[end..]) {
        return crate::morph::analyze(&c[1])
            .iter()
            .filter(|a| a.is_noun() && a.plural())
            .map(|a| Form::plural(a.case()))
            .collect();
    }
    if JOINED_BEFORE.is_match(&text[..start]) {
        return rc.noun_forms.iter().copied().filter(|n| n.plural).collect();
    }
    Vec::new()
}

fn en_suffix(digits: &str) -> &'static str {
    let n = digits.trim_start_matches('0');
    let last2 = n.get(n.len().saturating_sub(2)..).unwrap_or("");
    if matches!(last2, "11" | "12" | "13") {
        return "th";
    }
    match n.chars().last() {
        Some('1') => "st",
        Some('2') => "nd",
        Some('3') => "rd",
        _ => "th",
    }
}

/// Forms a Russian ordinal suffix allows, the usual one first.
fn suffix_forms(suffix: &str) -> Vec<Form> {
    use Case::*;
    use Gender::*;
    let f = Form::new;
    match suffix {
        "й" | "ый" | "ий" => vec![f(Nom, Masc), f(Acc, Masc)],
        "ой" => vec![f(Nom, Masc), f(Gen, Fem), f(Dat, Fem), f(Ins, Fem), f(Prep, Fem)],
        "я" | "ая" | "ья" => vec![f(Nom, Fem)],
        "е" | "ые" | "ьи" => {
            vec![Form::plural(Nom), f(Nom, Neut), f(Prep, Masc), Form::plural(Acc)]
        }
        "ое" | "ье" => vec![f(Nom, Neut)],
        "го" | "ого" => vec![f(Gen, Masc), f(Gen, Neut), f(Acc, Masc)],
        "му" | "ому" => vec![f(Dat, Masc), f(Dat, Neut)],
        "м" | "ом" => vec![f(Prep, Masc), f(Ins, Masc), Form::plural(Dat)],
        "ым" => vec![f(Ins, Masc), Form::plural(Dat)],
        "х" | "ых" => vec![Form::plural(Gen), Form::plural(Prep)],
        "ю" | "ую" => vec![f(Acc, Fem)],
        "ми" | "ыми" => vec![Form::plural(Ins)],
        // The soft endings of "третий" ("3-ем", "23-его", "3-ью"): the forms whose reading
        // ends so, found below.
        _ => Vec::new(),
    }
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &EN_ORD, |c, text, start, end| {
        let digits = strip_groups(&c[1]);
        let suffix = c[2].to_lowercase();
        let words = if suffix == en_suffix(&digits) {
            en::ordinal_str(&digits)
        } else {
            format!("{} {suffix}", en::cardinal_str(&digits, false))
        };
        Some(spaced(text, start, end, &words))
    });
    let s = replace(&s, &RU_COMPOUND, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::Ru || text[..start].ends_with(['-', '.', ',']) {
            return None;
        }
        // The second half is an adjective or participle ("комнатная"), or a word the
        // dictionary lacks with an adjective's ending ("дневный" of "пятидневный").
        let word = c[2].to_string();
        let analyses = crate::morph::analyze(&word);
        let adjective = if analyses.is_empty() {
            const ENDS: &[&str] = &[
                "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему",
                "ые", "ие", "ых", "их", "ым", "им", "ыми", "ими",
            ];
            ENDS.iter().any(|e| word.ends_with(e))
        } else {
            reads_as_adjective(&analyses, text, end)
        };
        if !adjective {
            return None;
        }
        Some(spaced(text, start, end, &format!("{}{word}", compound_first_half(&c[1])?)))
    });
    let s = replace(&s, &RU_CARDINAL_END, |c, text, start, end| {
        // "над 48-ми выпусками": before a noun only in the instrumental plural "-ми" is the
        // ordinal's "сорок восьмыми" (the cardinal would be "сорока восемью").
        if &c[2] == "ми" {
            let next = crate::cx::adjacent_word_after(text, end).unwrap_or_default();
            let forms = crate::morph::analyze(&next);
            let instrumental = forms.iter().any(|a| a.is_noun() && a.case() == Case::Ins);
            let other = forms.iter().any(|a| a.is_noun() && a.case() != Case::Ins);
            if instrumental && !other {
                return None;
            }
        }
        let reading = cardinal_with_end(&c[1], &c[2])?;
        Some(spaced(text, start, end, &reading))
    });
    replace(&s, &RU_ORD, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::Ru && !c[2].chars().any(crate::cx::is_cyr) {
            return None;
        }
        // "2-х комнатная": the first half of a compound, the genitive cardinal.
        if &c[2] == "х" && compound_adjective_after(text, end) {
            let card = ru::cardinal(&c[1], Case::Gen, Gender::Masc);
            if card.ends_with('х') {
                return Some(spaced(text, start, end, &card));
            }
        }
        let digits = &c[1];
        let suffix = &c[2];
        // The written ending is the end of the spoken word: every form whose reading ends
        // so is possible ("12-й странице" двенадцатой, "7-х" седьмых), the usual ones first.
        let mut forms = suffix_forms(suffix);
        for case in Case::ALL {
            for f in [Gender::Masc, Gender::Fem, Gender::Neut]
                .map(|g| Form::new(case, g))
                .into_iter()
                .chain([Form::plural(case)])
            {
                if !forms.contains(&f) && ru::ordinal(digits, f).ends_with(suffix) {
                    forms.push(f);
                }
            }
        }
        if forms.is_empty() {
            return None;
        }
        let rc = RuContext::at(text, start, end);
        // The noun after it picks among them (case, number, and gender in the singular),
        // in the case the governing word gives where the noun's forms differ ("над 15-й
        // пробой": the instrumental of "проба", not "пробой" in the nominative), else the
        // governing word alone.
        let agrees = |f: &Form| {
            rc.noun_forms.iter().any(|n| {
                n.case == f.case && n.plural == f.plural && (f.plural || n.gender == f.gender)
            })
        };
        let governed = |f: &Form| rc.prep_case == Some(f.case) || rc.gov.contains(&f.case);
        let shared = joined_list_noun(text, start, end, &rc);
        let numbers_one_of = |f: &Form| !f.plural && shared.iter().any(|n| n.case == f.case);
        let pick = forms
            .iter()
            .copied()
            .find(|f| numbers_one_of(f) && governed(f))
            .or_else(|| forms.iter().copied().find(numbers_one_of))
            .or_else(|| forms.iter().copied().find(|f| agrees(f) && governed(f)))
            .or_else(|| forms.iter().copied().find(agrees))
            .or_else(|| forms.iter().copied().find(|f| rc.prep_case == Some(f.case)))
            .or_else(|| forms.iter().copied().find(|f| rc.gov.contains(&f.case)))
            .unwrap_or(forms[0]);
        let mut first = ru::ordinal(digits, pick);
        let mut alts: Vec<String> = forms.iter().map(|f| ru::ordinal(digits, *f)).collect();
        if suffix == "х" {
            // "2-х", "3-х": also the cardinal (двух, трёх; в двухстах); before a counted
            // noun in an oblique plural ("в 832-х рядах") the cardinal comes first, where it
            // ends in "-х" as written ("7-х" is only седьмых).
            let counted = rc.noun.filter(|n| n.plural && !rc.noun_wants_ordinal);
            for case in [Case::Gen, Case::Prep] {
                alts.push(ru::cardinal(digits, case, Gender::Masc));
            }
            if let Some(n) = counted {
                let case = if n.case == Case::Prep { Case::Prep } else { Case::Gen };
                let card = ru::cardinal(digits, case, Gender::Masc);
                if card.ends_with(suffix) {
                    alts.insert(0, first);
                    first = card;
                }
            }
        }
        Some(spaced(text, start, end, &choice(first, alts)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::assert_ru_readings;

    /// A noun whose forms differ in gender and case ("пробой": the nominative of "пробой",
    #[test]
    fn ordinals_joined_before_one_plural_noun_are_each_singular_in_its_case() {
        assert_ru_readings(&[
            (
                "Он забил на 15-й и 78-й минутах.",
                "Он забил на пятнадцатой и семьдесят восьмой минутах.",
            ),
            ("Разница между 1-й и 3-й попытками.", "Разница между первой и третьей попытками."),
            ("На 3-м и 4-м этажах.", "На третьем и четвёртом этажах."),
        ]);
    }

    /// the instrumental of "проба") agrees with the ordinal in the case its preposition gives.
    #[test]
    fn a_cardinal_typed_with_its_case_ending_and_the_first_half_of_a_compound() {
        assert_ru_readings(&[
            ("Ждали около 5-ти лет.", "Ждали около пяти лет."),
            ("Номер для 2-ух человек.", "Номер для двух человек."),
            ("Пришла с 3-мя детьми.", "Пришла с тремя детьми."),
            ("Глубина до 7-ми метров.", "Глубина до семи метров."),
            ("Продаётся 2-х комнатная квартира.", "Продаётся двух комнатная квартира."),
            ("Это 4-х часовой фильм.", "Это четырёх часовой фильм."),
            ("Сдаётся 2-комнатная квартира.", "Сдаётся двухкомнатная квартира."),
            ("Это был 4-часовой перелёт.", "Это был четырёхчасовой перелёт."),
            ("Нужен 1-местный номер.", "Нужен одноместный номер."),
            ("Офис на 3-ем этаже.", "Офис на третьем этаже."),
            ("Отчёт нужен к 23-ему числу.", "Отчёт нужен к двадцать третьему числу."),
            ("Мы переехали на 3-ью улицу.", "Мы переехали на третью улицу."),
            // Ordinals stay: a plural adjective that agrees, a noun only instrumental.
            ("в 7-х младших классах", "в седьмых младших классах"),
            ("Буфет открыт между 48-ми актами.", "Буфет открыт между сорок восьмыми актами."),
        ]);
    }

    #[test]
    fn the_governed_case_picks_among_a_nouns_readings() {
        assert_ru_readings(&[
            ("Стояли за 17-й стойкой.", "Стояли за семнадцатой стойкой."),
            ("Вопрос над 23-й пробой.", "Вопрос над двадцать третьей пробой."),
            ("Запомнился 17-й пробой.", "Запомнился семнадцатый пробой."),
            ("На 12-й странице.", "На двенадцатой странице."),
        ]);
    }
}
