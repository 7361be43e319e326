//! Latin-letter tokens inside Russian text (`tables::latin_ru` has the rule in full):
//! abbreviations are spelled with the Russian names of the letters ("BBC" би-би-си) or, when
//! they read as a word, said in Latin sounds ("NATO" нато); codes of letters and digits
//! ("2-b-3", "14c") spell their letters and read their digit groups as Russian numbers; any
//! other Latin word (a name, a brand, an English word) is left for the model, which says
//! English words. English text is left alone: the rule acts where the words around a token
//! are Russian.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::ru::{self, Case, Gender};
use crate::tables::latin_ru;

/// Letter and digit groups joined directly or by hyphens, at least one of each ("2-b-3",
/// "14c", "B-12", "AB-7"): up to three letters and up to four digits a group.
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:[A-Za-z]{1,3}-?[0-9]{1,4}|[0-9]{1,4}-?[A-Za-z]{1,3})(?:-?(?:[A-Za-z]{1,3}|[0-9]{1,4}))*\b",
    )
});

/// A Latin word of two letters or more.
static WORD: LazyLock<Regex> = LazyLock::new(|| re(r"\b[A-Za-z]{2,}\b"));

/// Whether the token's neighbours make it part of an address, a file name or a larger code
/// ("file.pdf", "a/b", "x_y"): those are read by their own rules or left.
/// A hyphen before a Russian word or a number joins a compound the token is read in
/// ("SIM-карта" сим-карта, "IT-отдел", "COVID-19"); before Latin it makes one Latin word
/// ("Wi-Fi", "e-mail"), left as it is.
fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    // What follows a hyphen may be a span of alternatives the number rules wrote (its
    // marker first).
    let after2 = text[end..].chars().skip(1).find(|&c| c != crate::text::OPEN);
    before.is_some_and(|c| matches!(c, '.' | '@' | '/' | '_' | '\\' | '-' | '#' | '&'))
        || after.is_some_and(|c| matches!(c, '@' | '/' | '_' | '\\' | '&'))
        || (after == Some('-')
            && !after2.is_some_and(|c| crate::cx::is_cyr(c) || c.is_ascii_digit()))
        || (after == Some('.') && after2.is_some_and(char::is_alphanumeric))
}

fn read_code(code: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut run = String::new();
    let flush = |run: &mut String, parts: &mut Vec<String>| -> Option<()> {
        if run.is_empty() {
            return Some(());
        }
        let r = std::mem::take(run);
        if r.starts_with(|c: char| c.is_ascii_digit()) {
            // A group with a leading zero is said digit by digit ("07" ноль семь).
            parts.push(if r.starts_with('0') && r.len() > 1 {
                ru::digit_by_digit(&r)
            } else {
                ru::cardinal(&r, Case::Nom, Gender::Masc)
            });
        } else {
            parts.push(latin_ru::spell(&r)?);
        }
        Some(())
    };
    let mut prev_digit: Option<bool> = None;
    for ch in code.chars() {
        if ch == '-' {
            flush(&mut run, &mut parts)?;
            prev_digit = None;
            continue;
        }
        let digit = ch.is_ascii_digit();
        if prev_digit.is_some_and(|p| p != digit) {
            flush(&mut run, &mut parts)?;
        }
        run.push(ch);
        prev_digit = Some(digit);
    }
    flush(&mut run, &mut parts)?;
    Some(parts.join(" "))
}

/// Whether any span of `s` can be Russian: it has Cyrillic, or the request says Russian.
/// (English text is most of what the rules see; this spares it a context look per word.)
fn may_be_russian(s: &str, cx: &Cx) -> bool {
    (cx.hinted && cx.hint == Lang::Ru) || s.chars().any(crate::cx::is_cyr)
}

/// Codes of letters and digits in Russian text; runs before the number rules, which would
/// read the digits in the language of the letters.
pub(crate) fn apply_codes(s: &str, cx: &Cx) -> String {
    if !may_be_russian(s, cx) {
        return s.to_string();
    }
    replace(s, &CODE, |c, text, start, end| {
        if glued(text, start, end) || cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        read_code(&c[0])
    })
}

/// Abbreviations in Russian text; runs after the rules that read Latin units, currencies,
/// Roman numerals and addresses.
pub(crate) fn apply_words(s: &str, cx: &Cx) -> String {
    // Most Latin words are not abbreviations: that is checked before the context.
    if !may_be_russian(s, cx) {
        return s.to_string();
    }
    replace(s, &WORD, |c, text, start, end| {
        let reading = latin_ru::read_abbreviation(&c[0])?;
        if glued(text, start, end) || cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        Some(reading)
    })
}

#[cfg(test)]
mod tests {
    use super::super::{assert_ru_readings, norm};
    use crate::Lang;

    #[test]
    fn latin_tokens_in_russian_text() {
        assert_ru_readings(&[
            ("Новости BBC смотрят все.", "Новости би-би-си смотрят все."),
            ("Штаб NATO в Брюсселе.", "Штаб нато в Брюсселе."),
            ("Файл в формате pdf готов.", "Файл в формате пи-ди-эф готов."),
            ("Я открыл Photoshop вечером.", "Я открыл Photoshop вечером."),
            ("Код доступа 2-b-3.", "Код доступа два би три."),
            ("Квартира 14c на втором этаже.", "Квартира четырнадцать си на втором этаже."),
            ("Вчера я купил iPhone 15 и доволен.", "Вчера я купил iPhone пятнадцать и доволен."),
            ("Apple выпустила iPhone 15 Pro.", "Apple выпустила iPhone пятнадцать Pro."),
            ("Нужна SIM-карта и Wi-Fi.", "Нужна сим-карта и Wi-Fi."),
            ("Вирус COVID-19 изменил всё.", "Вирус ковид-девятнадцать изменил всё."),
            ("Он сказал: «I have 3 cats».", "Он сказал: «I have three cats»."),
        ]);
        // English text keeps its abbreviations and codes for the English rules.
        assert_eq!(norm("The BBC aired it.", Lang::En), "The BBC aired it.");
    }
}
