//! Spans the rules must not touch: markup tags ("<pitch=-.3>", "</pitch>", "<noise/>") and
//! phoneme input in brackets ("[HH AH0 L OW1]"). The text between them is normalized on its
//! own; where that changed it (numbers read out), a space separates it from the tag, so the
//! words do not glue to the markup ("<pitch=-.3> one hundred </pitch>").

use std::sync::LazyLock;

use regex::Regex;

use super::re;

static PROTECTED: LazyLock<Regex> =
    LazyLock::new(|| re(r"</?[A-Za-z][^<>]*>|\[[A-Z]{1,3}[0-2]?(?: [A-Z]{1,3}[0-2]?)+\]"));

/// `text` cut into (protected, piece), in order; `None` when nothing is protected.
pub(crate) fn split(text: &str) -> Option<Vec<(bool, &str)>> {
    let mut out = Vec::new();
    let mut last = 0;
    for m in PROTECTED.find_iter(text) {
        if m.start() > last {
            out.push((false, &text[last..m.start()]));
        }
        out.push((true, m.as_str()));
        last = m.end();
    }
    if out.is_empty() {
        return None;
    }
    if last < text.len() {
        out.push((false, &text[last..]));
    }
    Some(out)
}

/// Joins normalized pieces: (protected, original, normalized).
pub(crate) fn join(pieces: &[(bool, &str, String)]) -> String {
    let mut out = String::new();
    for (i, (protected, orig, norm)) in pieces.iter().enumerate() {
        let changed = !protected && orig != norm;
        let prev_protected = i > 0 && pieces[i - 1].0;
        let next_protected = pieces.get(i + 1).is_some_and(|p| p.0);
        if changed && prev_protected && !norm.starts_with(' ') {
            out.push(' ');
        }
        out.push_str(norm);
        if changed && next_protected && !norm.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn tags_and_phonemes_stay() {
        assert_eq!(norm("[HH AH0 L OW1]", Lang::En), "[HH AH0 L OW1]");
        assert_eq!(norm("go<noise/>home", Lang::En), "go<noise/>home");
        assert_eq!(
            norm("<pitch=-.3>123?123</pitch>", Lang::En),
            "<pitch=-.3> one hundred and twenty three? one hundred and twenty three </pitch>"
        );
    }

    #[test]
    fn brackets_with_text_are_not_phonemes() {
        assert_eq!(norm("[see 2]", Lang::En), "[see two]");
    }
}
