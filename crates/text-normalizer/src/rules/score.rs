//! Two numbers joined by a colon that are no clock time (Russian): a score ("со счётом 2:1":
//! "два — один") or a ratio ("в соотношении 3:1": "три к одному", "в масштабе 1:500": "один к
//! пятистам"). Before the time rule, which would read "при счёте 2:15" as a time.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang, adjacent_word_before};
use crate::num::ru::{self, Case, Gender};

static PAIR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3}):(\d{1,3})\b"));

/// Words before a ratio, by stem: "в соотношении", "в пропорции", "в масштабе".
const RATIO_WORDS: &[&str] = &["соотношени", "пропорци", "масштаб"];

/// Words before a score, by stem: the score itself and what teams do to each other.
const SCORE_WORDS: &[&str] = &[
    "счет",
    "счёт",
    "обыгра",
    "победи",
    "побежд",
    "уступи",
    "уступа",
    "проигра",
    "выигра",
    "разгроми",
    "сыгра",
    "вничью",
    "победой",
    "поражени",
];

/// The words before byte `pos` in its clause, nearest first, at most `n`.
fn words_before(text: &str, pos: usize, n: usize) -> Vec<String> {
    let clause = text[..pos].rsplit(['.', '!', '?', ';', ',']).next().unwrap_or("");
    clause.split_whitespace().rev().take(n).map(str::to_lowercase).collect()
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    replace(s, &PAIR, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::Ru {
            return None;
        }
        let before = words_before(text, start, 3);
        let after_stem = |stems: &[&str]| {
            before.iter().any(|w| stems.iter().any(|s| w.trim_matches('—').starts_with(s)))
        };
        let read = |n: &str, case| ru::cardinal(n, case, Gender::Masc);
        if after_stem(RATIO_WORDS) {
            return Some(format!("{} к {}", read(&c[1], Case::Nom), read(&c[2], Case::Dat)));
        }
        // A score after its words, or a pair no clock could show ("7:5", "98:87"), not after
        // "в"/"к"/"до"/"с" that place it in time.
        let (h, m): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let clock = c[2].len() == 2 && h <= 24 && m <= 59;
        let in_time = matches!(
            adjacent_word_before(text, start).as_deref(),
            Some("в" | "во" | "к" | "ко" | "до" | "с" | "со" | "после" | "около")
        );
        (!in_time && (after_stem(SCORE_WORDS) || !clock))
            .then(|| format!("{} — {}", read(&c[1], Case::Nom), read(&c[2], Case::Nom)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::assert_ru_readings;

    #[test]
    fn scores_and_ratios_are_no_clock_times() {
        assert_ru_readings(&[
            ("Матч завершился со счётом 2:1.", "Матч завершился со счётом два — один."),
            (
                "При счёте 2:15 судья удалил вратаря.",
                "При счёте два — пятнадцать судья удалил вратаря.",
            ),
            ("Смесь готовят в соотношении 3:1.", "Смесь готовят в соотношении три к одному."),
            ("Карта в масштабе 1:500.", "Карта в масштабе один к пятистам."),
            ("Поезд уходит в 15:40.", "Поезд уходит в пятнадцать часов сорок минут."),
        ]);
    }
}
