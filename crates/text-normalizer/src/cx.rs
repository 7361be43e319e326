//! Context of a match: which language it is in, and for Russian which case and gender the
//! words around it ask for.

pub(crate) use crate::agree::RuContext;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Ok(Lang::En),
            "ru" | "russian" => Ok(Lang::Ru),
            other => Err(format!("unknown language {other:?}; expected one of: en, ru")),
        }
    }
}

pub(crate) struct Cx {
    pub hint: Lang,
    /// The request named the language (it then also decides spans with no letters around).
    pub hinted: bool,
}

pub(crate) fn is_cyr(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

pub(crate) fn is_lat(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}')
}

impl Cx {
    pub fn new(hint: Lang, hinted: bool) -> Self {
        Cx { hint, hinted }
    }

    /// Language of `text[start..end]`: the script of the nearest words around it (up to 3 on
    /// each side, nearer first), else the text's majority script, else the hint. Latin names
    /// (a capital in them: "iPhone", "Pro", "BBC") and single Latin letters (a variable, a
    /// label: "при t = 20 °C", "корпус C") do not decide: Russian text names things in Latin
    /// letters, so "купил iPhone 15 Pro" reads its number in Russian, while an English phrase
    /// has lowercase words ("«I have 3 cats»").
    pub fn lang_at(&self, text: &str, start: usize, end: usize) -> Lang {
        let left = raw_words(text.get(..start).unwrap_or(""), true);
        let right = raw_words(text.get(end..).unwrap_or(""), false);
        for i in 0..3 {
            for w in [left.get(i), right.get(i)].into_iter().flatten() {
                if latin_name(w) || latin_letter(w) {
                    continue;
                }
                if let Some(l) = script(w) {
                    return l;
                }
            }
        }
        self.text_lang(text)
    }

    pub fn text_lang(&self, text: &str) -> Lang {
        if self.hinted {
            return self.hint;
        }
        let cyr = text.chars().filter(|&c| is_cyr(c)).count();
        let lat = text.chars().filter(|&c| is_lat(c)).count();
        if cyr > lat {
            Lang::Ru
        } else if lat > cyr {
            Lang::En
        } else {
            self.hint
        }
    }
}

/// Up to 3 letter words of `s` as written, nearest to its end (`from_end`) or start first.
fn raw_words(s: &str, from_end: bool) -> Vec<&str> {
    let words = s
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty() && w.chars().any(char::is_alphabetic));
    if from_end { words.rev().take(3).collect() } else { words.take(3).collect() }
}

/// A Latin word with a capital letter in it ("iPhone", "Pro", "BBC"), not the pronoun "I".
fn latin_name(w: &str) -> bool {
    w.len() > 1 && w.chars().all(|c| is_lat(c) || c == '-') && w.chars().any(char::is_uppercase)
}

/// One Latin letter: a variable or a label, in either language's text.
fn latin_letter(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(is_lat) && chars.next().is_none()
}

fn script(w: &str) -> Option<Lang> {
    let cyr = w.chars().filter(|&c| is_cyr(c)).count();
    let lat = w.chars().filter(|&c| is_lat(c)).count();
    if cyr > 0 && cyr >= lat {
        Some(Lang::Ru)
    } else if lat > 0 {
        Some(Lang::En)
    } else {
        None
    }
}

/// The word right before byte `pos` if only spaces (and opening brackets/quotes) separate it.
pub(crate) fn adjacent_word_before(text: &str, pos: usize) -> Option<String> {
    word_before(text, pos).map(|(w, _)| w)
}

/// Up to `n` words before byte `pos`, nearest first, lowercased and stripped of the marks
/// around them ("my seat is 12F": "is", "seat", "my").
pub(crate) fn last_words(text: &str, pos: usize, n: usize) -> impl Iterator<Item = String> + '_ {
    text[..pos]
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
}

/// [`adjacent_word_before`] (lowercased) and the byte where it starts in `text`, to look
/// further back from.
pub(crate) fn word_before(text: &str, pos: usize) -> Option<(String, usize)> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches([' ', '(', '«', '"']);
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let w = &trimmed[start..];
    (!w.is_empty()).then(|| (w.to_lowercase(), start))
}

/// Whether the word before byte `pos` is a name: capitalized, not the first word of a
/// sentence ("John 3:16", "Python 3.11.4"; not "A 16:9 screen", "On 20.6.11").
pub(crate) fn name_before(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("").trim_end();
    let (rest, word) = head.rsplit_once(' ').unwrap_or(("", head));
    let rest = rest.trim_end();
    let sentence_start = rest.is_empty() || rest.ends_with(['.', '!', '?', ':', '"', '«']);
    word.starts_with(char::is_uppercase) && !sentence_start
}

/// The word right after byte `pos` if only spaces separate it.
pub(crate) fn adjacent_word_after(text: &str, pos: usize) -> Option<String> {
    word_after(text, pos).map(|(w, _)| w)
}

/// [`adjacent_word_after`] (lowercased) and the byte where it ends in `text` (as written:
/// lowercasing may change a word's length), to look further on from.
pub(crate) fn word_after(text: &str, pos: usize) -> Option<(String, usize)> {
    let tail = text.get(pos..)?;
    let trimmed = tail.trim_start_matches(' ');
    let end = trimmed
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map(|(i, _)| i)
        .unwrap_or(trimmed.len());
    let w = trimmed[..end].trim_end_matches('-');
    (!w.is_empty()).then(|| (w.to_lowercase(), text.len() - trimmed.len() + end))
}
