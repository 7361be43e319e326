//! Normalized text with alternatives. While the rules run, a span with alternatives is written
//! inline between private-use markers (the input's own private-use chars are removed first), so
//! later rules see plain words; [`NormText::parse`] turns it into segments at the end.

use std::fmt;

pub(crate) const OPEN: char = '\u{E000}';
pub(crate) const SEP: char = '\u{E001}';
pub(crate) const CLOSE: char = '\u{E002}';

/// `s` with its first letter capitalized ("улица" -> "Улица").
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or(String::new(), |f| f.to_uppercase().chain(chars).collect())
}

/// Inline form of a choice between `first` (the one spoken) and `alts`.
pub(crate) fn choice(first: String, alts: impl IntoIterator<Item = String>) -> String {
    let mut all = vec![first];
    for a in alts {
        if !all.contains(&a) {
            all.push(a);
        }
    }
    if all.len() == 1 {
        return all.pop().unwrap_or_default();
    }
    format!("{OPEN}{}{CLOSE}", all.join(&SEP.to_string()))
}

/// The spoken option of a choice that ends `head`, and the byte where the choice opens: the
/// word a later rule reads there ("килограммов" of "килограммов|килограмм").
pub(crate) fn choice_ending(head: &str) -> Option<(&str, usize)> {
    let inner = head.strip_suffix(CLOSE)?;
    let open = inner.rfind(OPEN)?;
    Some((inner[open + OPEN.len_utf8()..].split(SEP).next()?, open))
}

/// The spoken option of a choice that opens `tail`.
pub(crate) fn choice_opening(tail: &str) -> Option<&str> {
    tail.strip_prefix(OPEN)?.split([SEP, CLOSE]).next()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// The first option is the chosen one.
    Choice(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormText {
    pub segments: Vec<Segment>,
}

impl NormText {
    pub(crate) fn parse(s: &str) -> Self {
        let mut segments = Vec::new();
        let mut rest = s;
        while let Some(open) = rest.find(OPEN) {
            if open > 0 {
                segments.push(Segment::Text(rest[..open].to_string()));
            }
            let after = &rest[open + OPEN.len_utf8()..];
            let close = after.find(CLOSE).unwrap_or(after.len());
            let opts: Vec<String> =
                after[..close].split(SEP).map(|o| o.replace([OPEN, CLOSE, SEP], "")).collect();
            segments.push(Segment::Choice(opts));
            rest = after.get(close + CLOSE.len_utf8()..).unwrap_or("");
        }
        if !rest.is_empty() {
            segments.push(Segment::Text(rest.to_string()));
        }
        NormText { segments }
    }

    /// Whether some choice of alternatives spells `expected` exactly (after `fold` on both).
    pub fn matches_with(&self, expected: &str, fold: impl Fn(&str) -> String) -> bool {
        let parts: Vec<Vec<String>> = self
            .segments
            .iter()
            .map(|s| match s {
                Segment::Text(t) => vec![fold(t)],
                Segment::Choice(o) => o.iter().map(|t| fold(t)).collect(),
            })
            .collect();
        fn go(parts: &[Vec<String>], rest: &str, budget: &mut u32) -> bool {
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            let Some((first, tail)) = parts.split_first() else {
                return rest.is_empty();
            };
            first.iter().any(|o| rest.strip_prefix(o.as_str()).is_some_and(|r| go(tail, r, budget)))
        }
        let mut budget = 100_000;
        go(&parts, &fold(expected), &mut budget)
    }
}

impl fmt::Display for NormText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.segments {
            match s {
                Segment::Text(t) => f.write_str(t)?,
                Segment::Choice(o) => f.write_str(o.first().map(String::as_str).unwrap_or(""))?,
            }
        }
        Ok(())
    }
}
