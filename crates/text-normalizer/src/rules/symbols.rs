//! Lone symbols: "&", "№", "%", and dashes between words (" – " reads as a pause: " — ").

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};

static SYM: LazyLock<Regex> = LazyLock::new(|| re(r"\s[&–]\s|№\s?|&"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    replace(s, &SYM, |c, text, start, end| {
        let lang = cx.lang_at(text, start, end);
        let sym = c[0].trim();
        let w = match (sym, lang) {
            ("&", Lang::En) => "and",
            ("&", Lang::Ru) => "и",
            ("–", Lang::Ru) => "—",
            ("–", Lang::En) => return None,
            (n, Lang::Ru) if n.starts_with('№') => "номер",
            (n, Lang::En) if n.starts_with('№') => "number",
            _ => return None,
        };
        // Pad only against a word: "&hi;&hi;" reads "and hi;and hi;".
        let pad_l = if text[..start].ends_with(char::is_alphanumeric) { " " } else { "" };
        let lead = if c[0].starts_with(char::is_whitespace) { " " } else { "" };
        let trail = " ";
        Some(format!("{lead}{pad_l}{w}{trail}"))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn ampersand_pads_only_against_words() {
        assert_eq!(norm("&hi;&hi;", Lang::En), "and hi;and hi;");
        assert_eq!(norm("R&D", Lang::En), "R and D");
    }
}
