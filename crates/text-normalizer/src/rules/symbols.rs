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
        let pad_l = if c[0].starts_with(char::is_whitespace) || start == 0 { "" } else { " " };
        let lead = if c[0].starts_with(char::is_whitespace) { " " } else { "" };
        let trail = " ";
        Some(format!("{lead}{pad_l}{w}{trail}"))
    })
}
