//! References to the Bible by book, chapter and verse (English): "John 3:16" -> "John three
//! sixteen", "1 Kings 3:16-18" -> "first Kings three sixteen to eighteen", "II Corinthians"
//! -> "second Corinthians", as readers in church and on the radio say them. Before the score
//! and time rules, which would read the colon as a ratio or a clock, and before the Roman
//! numerals and the cardinals, which would read the book's number as a count.

use std::sync::LazyLock;

use regex::Regex;

use super::roman::roman_value;
use super::{re, replace};
use crate::cx::{Cx, Lang, adjacent_word_before};
use crate::num::en;
use crate::tables::bible::{BOOKS, NUMBERED};

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let books = BOOKS.join("|");
    let numbered = NUMBERED.iter().map(|(b, _, _)| *b).collect::<Vec<_>>().join("|");
    let verse = r"(\d{1,3}):(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?\b";
    re(&format!(r"\b(?:([1-4]|I{{1,3}}|IV) ({numbered})\b(?: {verse})?|({books}) {verse})"))
});

/// Words before a book's name that make a Roman "I" its number, not the pronoun ("from I
/// Peter", but "I Peter" may open "I, Peter, ...").
const BEFORE_A_BOOK: &[&str] = &["from", "in", "of", "to", "see", "cf", "read", "and", "on"];

fn chapter_and_verse(chapter: &str, verse: &str, last: Option<&str>) -> Option<String> {
    let read = |s: &str| s.parse::<u64>().ok().map(en::cardinal);
    let mut out = format!("{} {}", read(chapter)?, read(verse)?);
    if let Some(last) = last {
        out.push_str(" to ");
        out.push_str(&read(last)?);
    }
    Some(out)
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    replace(s, &REFERENCE, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        // A clock time with seconds or a longer list goes on with another colon.
        let rest = &text[end..];
        if rest.starts_with(':') || rest.starts_with(|ch: char| ch.is_ascii_digit()) {
            return None;
        }
        if let Some(book) = c.get(6) {
            let reference = chapter_and_verse(&c[7], &c[8], c.get(9).map(|m| m.as_str()))?;
            return Some(format!("{} {reference}", book.as_str()));
        }
        let (number, book) = (&c[1], &c[2]);
        let (_, parts, plural) = NUMBERED.iter().find(|(b, _, _)| *b == book)?;
        let n = roman_value(number).or_else(|| number.parse().ok())?;
        let reference = match c.get(3) {
            Some(chapter) => {
                Some(chapter_and_verse(chapter.as_str(), &c[4], c.get(5).map(|m| m.as_str()))?)
            }
            None => None,
        };
        if n > *parts {
            return None;
        }
        let pronoun = number == "I"
            && !plural
            && reference.is_none()
            && !adjacent_word_before(text, start)
                .is_some_and(|w| BEFORE_A_BOOK.contains(&w.as_str()));
        if pronoun {
            return None;
        }
        let ordinal = en::ordinal_str(&n.to_string());
        Some(match reference {
            Some(r) => format!("{ordinal} {book} {r}"),
            None => format!("{ordinal} {book}"),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    fn en(s: &str) -> String {
        norm(s, Lang::En)
    }

    #[test]
    fn books_chapters_and_verses() {
        assert_eq!(en("Read John 3:16."), "Read John three sixteen.");
        assert_eq!(en("See 1 Kings 3:16-18."), "See first Kings three sixteen to eighteen.");
        assert_eq!(en("in II Corinthians, chapter 3"), "in second Corinthians, chapter three");
        assert_eq!(en("a verse from I Peter"), "a verse from first Peter");
        assert_eq!(
            en("Romans 8:28 and Psalm 23:1"),
            "Romans eight twenty eight and Psalm twenty three one"
        );
    }

    #[test]
    fn what_is_no_reference_stays_as_it_was() {
        // The pronoun before a name, a count, a book with more parts than it has, a
        // clock.
        assert_eq!(en("I John take thee"), "I John take thee");
        assert_eq!(en("He owns 3 kings."), "He owns three kings.");
        assert_eq!(en("3 Kings"), "three Kings");
        assert_eq!(en("We met at 3:16."), "We met at three sixteen.");
    }
}
