//! References to a law or a document by article, part and point (Russian): "по ст. 105 УК
//! РФ", "согласно ч. 1 ст. 158", "в п. 2 ст. 7", "ст. 12.8 КоАП". The first abbreviation
//! takes the case its preposition, or a noun before it, gives ("по статье", "согласно части",
//! "в пункте", "нарушение статьи"); a later "ст." is the genitive ("части один статьи"); each
//! number is its label in the nominative, a dotted one read with "точка" ("двенадцать точка
//! восемь"), as articles of codes are numbered. Before the numbers and the abbreviation table.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::morph;
use crate::num::ru::{self, Case, Gender, NounForm};
use crate::tables::ru_context::governor;

static REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([СсЧчПп]т?\.)\s?(\d+(?:\.\d+)?)(?:\s([Сс]т\.)\s?(\d+(?:\.\d+)?))?\b"));

/// The word of an abbreviation in a case: статья, часть, пункт.
fn word(abbr: &str, case: Case) -> Option<&'static str> {
    let forms: [&str; 6] = match abbr.to_lowercase().as_str() {
        "ст." => ["статья", "статьи", "статье", "статью", "статьёй", "статье"],
        "ч." => ["часть", "части", "части", "часть", "частью", "части"],
        "п." => ["пункт", "пункта", "пункту", "пункт", "пунктом", "пункте"],
        _ => return None,
    };
    Some(forms[case as usize])
}

/// The section sign and the pilcrow before a number, in both languages: "§ 67" section
/// sixty seven, "§§ 3-5" sections three to five, "¶ 4" paragraph four; "в § 5" в параграфе
/// пять (the case as for "ст.", the number a label).
static SECTION: LazyLock<Regex> =
    LazyLock::new(|| re(r"(§§?|¶)\s?(\d+(?:\.\d+)?)(?:\s?[-–]\s?(\d+(?:\.\d+)?))?\b"));

fn section(c: &regex::Captures, text: &str, start: usize, lang: Lang) -> Option<String> {
    let (sign, first, last) = (&c[1], &c[2], c.get(3).map(|m| m.as_str()));
    let plural = sign == "§§" || last.is_some();
    Some(match lang {
        Lang::En => {
            let read = |n: &str| {
                n.split('.')
                    .map(|p| crate::num::en::cardinal_str(p, true))
                    .collect::<Vec<_>>()
                    .join(" point ")
            };
            let word = match (sign, plural) {
                ("¶", false) => "paragraph",
                ("¶", true) => "paragraphs",
                (_, false) => "section",
                (_, true) => "sections",
            };
            match last {
                Some(b) => format!("{word} {} to {}", read(first), read(b)),
                None => format!("{word} {}", read(first)),
            }
        }
        Lang::Ru => {
            let case = case_at(text, start);
            use crate::tables::ru_noun::{Class, noun};
            let word = if sign == "¶" {
                noun("абзац", Class::MascHardE, "")
            } else {
                noun("параграф", Class::MascHard, "")
            };
            let word = word.form(if plural { NounForm::Pl(case) } else { NounForm::Sg(case) });
            match last {
                Some(b) => format!("{word} {} — {}", label(first), label(b)),
                None => format!("{word} {}", label(first)),
            }
        }
    })
}

/// A label number: its cardinal, a dotted one's parts joined by "точка" (an article
/// "12.8", a version "1.2.3").
pub(crate) fn label(n: &str) -> String {
    n.split('.')
        .map(|p| ru::cardinal(p, Case::Nom, Gender::Masc))
        .collect::<Vec<_>>()
        .join(" точка ")
}

/// The case of the first abbreviation: its preposition's ("в статье", "по статье", "на
/// статью"), a governing verb's ("руководствуемся статьёй"), the genitive after a noun
/// ("нарушение статьи"), else the nominative.
pub(crate) fn case_at(text: &str, start: usize) -> Case {
    let before = crate::cx::adjacent_word_before(text, start);
    if let Some(cases) = governor(text, start) {
        // "в статье" places in a text, "по статье" follows it.
        let preferred = match before.as_deref() {
            Some("в" | "во") => Some(Case::Prep),
            Some("по") => Some(Case::Dat),
            _ => None,
        };
        if let Some(case) = preferred.filter(|c| cases.contains(c)) {
            return case;
        }
        return cases.first().copied().unwrap_or(Case::Nom);
    }
    // A verb that governs an oblique case ("руководствуемся статьёй").
    if let Some(case) = before.as_deref().and_then(crate::tables::ru_context::verb_government) {
        return case;
    }
    let noun = before.is_some_and(|w| {
        let an = morph::analyze(&w);
        an.iter().any(|a| a.is_noun()) && !an.iter().any(|a| a.is_verb())
    });
    if noun { Case::Gen } else { Case::Nom }
}

/// "Статья" written out before a dotted article number ("Статья 15.3 КоАП", "в статье
/// 12.8"): the number read as a label; an undotted one is the label rule's already.
static ARTICLE_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([Сс]тать(?:я|и|е|ю|ёй|ей))\s(\d+\.\d+)\b"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = if s.contains(['§', '¶']) {
        replace(s, &SECTION, |c, text, start, end| {
            section(c, text, start, cx.lang_at(text, start, end))
        })
    } else {
        s.to_string()
    };
    let s = replace(&s, &ARTICLE_WORD, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::Ru && !text[end..].starts_with('%'))
            .then(|| format!("{} {}", &c[1], label(&c[2])))
    });
    replace(&s, &REFERENCE, |c, text, start, end| {
        // After a number "ч." and "ст." are units ("в 18 ч. 30 мин", "2 ст. л. сахара").
        if cx.lang_at(text, start, end) != Lang::Ru
            || text[..start].trim_end().ends_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let first = word(&c[1], case_at(text, start))?;
        let first = if c[1].starts_with(char::is_uppercase) {
            crate::text::capitalize(first)
        } else {
            first.to_string()
        };
        let mut out = format!("{first} {}", label(&c[2]));
        if let Some(n) = c.get(4) {
            out.push_str(&format!(" статьи {}", label(n.as_str())));
        }
        Some(out)
    })
}

#[cfg(test)]
mod tests {
    use super::super::assert_ru_readings;

    #[test]
    fn the_section_sign_and_the_pilcrow() {
        use super::super::norm;
        use crate::Lang;
        assert_eq!(norm("See § 67.", Lang::En), "See section sixty seven.");
        assert_eq!(norm("under §§ 3-5", Lang::En), "under sections three to five");
        assert_eq!(norm("¶ 4 says", Lang::En), "paragraph four says");
        assert_ru_readings(&[
            ("В § 5 устава сказано.", "В параграфе пять устава сказано."),
            ("Согласно § 3 договора.", "Согласно параграфу три договора."),
            ("Текст § 12 переписали.", "Текст параграфа двенадцать переписали."),
            ("Мы руководствуемся ст. 5 устава.", "Мы руководствуемся статьёй пять устава."),
        ]);
    }

    #[test]
    fn a_reference_takes_its_prepositions_case_and_labels() {
        assert_ru_readings(&[
            (
                "Дело возбудили по ст. 105 УК РФ.",
                "Дело возбудили по статье сто пять уголовного кодекса российской федерации.",
            ),
            (
                "Согласно ч. 1 ст. 158 срок продлён.",
                "Согласно части один статьи сто пятьдесят восемь срок продлён.",
            ),
            (
                "В п. 2 ст. 12.8 перечислены исключения.",
                "В пункте два статьи двенадцать точка восемь перечислены исключения.",
            ),
            ("Нарушение ст. 9 карается штрафом.", "Нарушение статьи девять карается штрафом."),
            (
                "Статья 15.3 КоАП вступила в силу.",
                "Статья пятнадцать точка три КоАП вступила в силу.",
            ),
        ]);
    }
}
