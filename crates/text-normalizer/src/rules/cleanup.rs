//! Before the rules: drop invisible format characters and our private-use markers, turn
//! no-break and thin spaces into spaces. After them: collapse runs of spaces and drop the
//! spaces at both ends (they carry nothing for speech, and a rule may leave one behind), and
//! write the preposition "в" as "во" before a read "втор-" ("во втором веке": Russian puts
//! "во" before a word starting with "в" and another consonant, and the rules write "в" as the
//! text had it before a number).

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
    vo_before_vtor(out.trim_matches(' '))
}

fn vo_before_vtor(s: &str) -> String {
    if !s.contains(" втор") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut rest = s;
    while let Some(i) = rest.find(" втор") {
        let head = &rest[..i];
        let prep = head.strip_suffix('в').or_else(|| head.strip_suffix('В'));
        match prep {
            Some(before) if !before.chars().next_back().is_some_and(char::is_alphanumeric) => {
                out.push_str(head);
                out.push('о');
            }
            _ => out.push_str(head),
        }
        out.push_str(" втор");
        rest = &rest[i + " втор".len()..];
    }
    out.push_str(rest);
    out
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

    #[test]
    fn vo_before_second() {
        assert_eq!(post("в втором веке"), "во втором веке");
        assert_eq!(post("В вторник, ов втором"), "Во вторник, ов втором");
    }
}
