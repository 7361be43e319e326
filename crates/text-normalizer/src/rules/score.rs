//! Two numbers joined by a colon that are no clock time: a score ("со счётом 2:1": "два —
//! один", "They won 3:1": "three to one"), the set scores listed after it ("(25:20, 21:25)"),
//! or a ratio ("в соотношении 3:1": "три к одному", "в масштабе 1:500": "один к пятистам", "a
//! 16:9 ratio": "sixteen to nine"). Before the time rule, which would read "при счёте 2:15" as
//! a time.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang, adjacent_word_before, name_before};
use crate::num::en;
use crate::num::ru::{self, Case, Gender};

static PAIR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3}):(\d{1,3})\b"));
/// A ratio whose second number no clock or score has: a map scale or a dilution ("1:25,000",
/// "1:1000", "в масштабе 1:50 000").
static LARGE_RATIO: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,3}):(\d{1,3}(?:[, ]\d{3})+|\d{4,7})\b"));

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

/// A part of a match, in the forms that stand before its score ("в третьей партии 21:25",
/// "после первого тайма 1:0"); whole words, since "сеть" or "таймер" are no parts.
const PART_WORDS: &[&str] = &[
    "партия",
    "партии",
    "партию",
    "партией",
    "партий",
    "партиях",
    "сет",
    "сета",
    "сете",
    "сету",
    "сетом",
    "сеты",
    "сетов",
    "сетах",
    "тайм",
    "тайма",
    "тайме",
    "тайму",
    "таймом",
    "таймы",
    "период",
    "периода",
    "периоде",
    "периоду",
    "периодом",
    "гейм",
    "гейма",
    "гейме",
    "геймом",
    "четверть",
    "четверти",
    "четвертью",
    "раунд",
    "раунда",
    "раунде",
    "раундом",
];

/// English words of a result or a ratio before the pair, whole: what teams do to each other,
/// the score, the odds.
const EN_SCORE_WORDS: &[&str] = &[
    "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "defeated", "led", "leads",
    "trailed", "trails", "drew", "tied", "score", "scored", "fell", "ratio", "odds", "draw",
];

/// A season's record of wins, losses and ties ("went 12-4-1", "a 7-11-2 record").
static RECORD: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3})-(\d{1,3})-(\d{1,3})\b"));

/// Words around a record: its noun after it, or a verb of a season before it.
const EN_RECORD_WORDS: &[&str] =
    &["went", "finished", "record", "posted", "closed", "ended", "lead", "rivalry", "series"];

/// Words before a clock time in English: "at 9:30", "by 21:25".
const EN_TIME_WORDS: &[&str] =
    &["at", "by", "until", "till", "from", "before", "after", "around", "about", "to"];

/// Whether the pair at `pos` is listed in brackets after a score: "3:1 (25:20, 21:25, …)", the
/// pairs before it in the brackets scores too.
fn in_score_list(text: &str, pos: usize) -> bool {
    let head = &text[..pos];
    let Some(open) = head.rfind('(') else { return false };
    let listed =
        head[open + 1..].chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | ' '));
    let before = head[..open].trim_end();
    let digits = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let pair = digits.len() < before.len()
        && digits.strip_suffix(':').is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit()));
    listed && pair
}

/// The words before byte `pos` in its clause, nearest first, at most `n`.
fn words_before(text: &str, pos: usize, n: usize) -> Vec<String> {
    let clause = text[..pos].rsplit(['.', '!', '?', ';', ',']).next().unwrap_or("");
    clause.split_whitespace().rev().take(n).map(str::to_lowercase).collect()
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &RECORD, |c, text, start, end| {
        let glued = text[..start].ends_with(['-', '.', '/'])
            || super::mark_then_digit(&text[end..], &['-', '.', '/']);
        if glued || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let before = words_before(text, start, 3);
        let after = crate::cx::adjacent_word_after(text, end);
        let cue = before
            .iter()
            .any(|w| EN_SCORE_WORDS.contains(&w.as_str()) || EN_RECORD_WORDS.contains(&w.as_str()))
            || after.as_deref() == Some("record");
        cue.then(|| {
            let read = |n: &str| en::cardinal_str(n, true);
            format!("{} {} and {}", read(&c[1]), read(&c[2]), read(&c[3]))
        })
    });
    let s = replace(&s, &LARGE_RATIO, |c, text, start, end| {
        // Part of a longer code or number ("10:1000:5", "1:1000.5").
        if super::mark_then_digit(&text[end..], &[':', '.', ','])
            || text[..start].ends_with([':', '.'])
        {
            return None;
        }
        let b = super::strip_groups(&c[2]);
        Some(match cx.lang_at(text, start, end) {
            Lang::En => {
                format!("{} to {}", en::cardinal_str(&c[1], true), en::cardinal_str(&b, true))
            }
            Lang::Ru => format!(
                "{} к {}",
                ru::cardinal(&c[1], Case::Nom, Gender::Masc),
                ru::cardinal(&b, Case::Dat, Gender::Masc)
            ),
        })
    });
    replace(&s, &PAIR, |c, text, start, end| {
        let before = words_before(text, start, 3);
        let (h, m): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        // A pair no clock could show ("7:5", "98:87", "3:1").
        let clock = c[2].len() == 2 && h <= 24 && m <= 59;
        let listed = in_score_list(text, start);
        let word_before = adjacent_word_before(text, start);
        match cx.lang_at(text, start, end) {
            Lang::Ru => {
                let after_stem = |stems: &[&str]| {
                    before.iter().any(|w| stems.iter().any(|s| w.trim_matches('—').starts_with(s)))
                };
                let read = |n: &str, case| ru::cardinal(n, case, Gender::Masc);
                if after_stem(RATIO_WORDS) {
                    return Some(format!(
                        "{} к {}",
                        read(&c[1], Case::Nom),
                        read(&c[2], Case::Dat)
                    ));
                }
                // A score after its words, or a pair no clock could show, not after
                // "в"/"к"/"до"/"с" that place it in time.
                let in_time = matches!(
                    word_before.as_deref(),
                    Some("в" | "во" | "к" | "ко" | "до" | "с" | "со" | "после" | "около")
                );
                let part = before.iter().any(|w| PART_WORDS.contains(&w.as_str()));
                (!in_time && (after_stem(SCORE_WORDS) || part || listed || !clock))
                    .then(|| format!("{} — {}", read(&c[1], Case::Nom), read(&c[2], Case::Nom)))
            }
            Lang::En => {
                let in_time = word_before.is_some_and(|w| EN_TIME_WORDS.contains(&w.as_str()));
                let cue = before.iter().any(|w| EN_SCORE_WORDS.contains(&w.as_str()));
                // "Genesis 1:1", "John 3:16": a chapter and verse after a name.
                let reference = name_before(text, start);
                // A pair no clock could show needs no cue ("at 3:1 odds").
                ((cue || listed) && !in_time || !clock && !reference)
                    .then(|| format!("{} to {}", en::cardinal(h.into()), en::cardinal(m.into())))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::{assert_ru_readings, norm};
    use crate::Lang;

    #[test]
    fn a_seasons_record_of_three_numbers() {
        assert_eq!(norm("They went 12-4-1.", Lang::En), "They went twelve four and one.");
        assert_eq!(norm("a 7-11-2 record", Lang::En), "a seven eleven and two record");
        // No cue: left to the other rules.
        assert!(!norm("code 7-11-2", Lang::En).contains(" and "));
    }

    #[test]
    fn a_ratio_no_clock_could_show_is_a_scale() {
        assert_eq!(norm("a map at 1:25,000", Lang::En), "a map at one to twenty five thousand");
        assert_eq!(norm("diluted 1:1000", Lang::En), "diluted one to one thousand");
        assert_eq!(norm("В масштабе 1:50 000.", Lang::Ru), "В масштабе один к пятидесяти тысячам.");
        // Part of a longer code.
        assert!(!norm("id 10:1000:5", Lang::En).contains(" to "));
    }

    #[test]
    fn set_scores_and_parts_of_a_match_are_scores() {
        assert_ru_readings(&[
            (
                "Победа со счётом 3:1 (21:25, 25:22).",
                "Победа со счётом три — один (двадцать один — двадцать пять, двадцать пять — двадцать два).",
            ),
            (
                "В третьей партии 21:25 гости вели.",
                "В третьей партии двадцать один — двадцать пять гости вели.",
            ),
        ]);
        assert_eq!(
            norm("They won 3:1 (21:25, 25:22).", Lang::En),
            "They won three to one (twenty one to twenty five, twenty five to twenty two)."
        );
        assert_eq!(norm("A 16:9 screen.", Lang::En), "A sixteen to nine screen.");
        assert_eq!(norm("We meet at 9:30.", Lang::En), "We meet at nine thirty.");
        assert_eq!(norm("See John 3:16.", Lang::En), "See John three sixteen.");
    }

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
