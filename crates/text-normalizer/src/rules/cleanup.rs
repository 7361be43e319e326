//! Before the rules: drop invisible format characters and our private-use markers, turn
//! no-break and thin spaces into spaces. After them: collapse runs of spaces and drop the
//! spaces at both ends (they carry nothing for speech, and a rule may leave one behind).

use crate::text::{CLOSE, OPEN, SEP};

pub(crate) fn pre(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
                && c != OPEN
                && c != SEP
                && c != CLOSE
        })
        .map(|c| match c {
            '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' => ' ',
            other => other,
        })
        .collect::<String>()
        // TeX and treebank-style quotes (``word``) are plain double quotes.
        .replace("``", "\"")
}

pub(crate) fn post(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    for c in s.chars() {
        if c == ' ' {
            if !prev_space {
                out.push(c);
            }
            prev_space = true;
        } else {
            out.push(c);
            prev_space = false;
        }
    }
    out.trim_matches(' ').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pre_turns_backtick_quotes_into_double_quotes() {
        assert_eq!(pre("animals: ``cat``, ``dog``"), "animals: \"cat\", \"dog\"");
    }

    #[test]
    fn post_collapses_and_trims_spaces() {
        assert_eq!(post("  one   two "), "one two");
        assert_eq!(post(" "), "");
        assert_eq!(post("x\n y"), "x\n y");
    }
}
