//! Before the rules: drop invisible format characters and our private-use markers, turn
//! no-break and thin spaces into spaces. After them: collapse runs of spaces and drop the
//! spaces at both ends (they carry nothing for speech, and a rule may leave one behind), and
//! give a preposition before a read number the form Russian gives it before that word: the
//! rules write the preposition as the text had it before the digits ("в 2-м", "о 1 доме"),
//! and the spoken word may start with sounds that ask for another ("во втором": "в", "с",
//! "к" take "о" before "в" and another consonant; "об одном", "об одиннадцати": "о" is "об"
//! before a vowel).

use crate::text::{CLOSE, OPEN, SEP};

/// The text as the rules read it: HTML character references decoded (web text brings
/// "&quot;", "&#39;", "&nbsp;": the character they stand for is what is read), invisible
/// characters and the markers the rules use dropped, the other spaces plain.
pub(crate) fn pre(text: &str) -> String {
    html_escape::decode_html_entities(text)
        .chars()
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
        // TeX and treebank-style quotes (``word'') are plain double quotes.
        .replace("``", "\"")
        .replace("''", "\"")
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
    preposition_forms(out.trim_matches(' '))
}

/// (preposition, start of a read number word, the preposition's form before it): "со" before
/// "с" and a consonant ("со ста", "со сто седьмой"), as before any such word.
const PREPOSITION_FORMS: &[(&str, &str, &str)] = &[
    ("в", "втор", "во"),
    ("с", "втор", "со"),
    ("с", "ст", "со"),
    ("к", "втор", "ко"),
    ("о", "одн", "об"),
    ("о", "одиннадцат", "об"),
];

fn preposition_forms(s: &str) -> String {
    let mut out = s.to_string();
    for &(prep, word, full) in PREPOSITION_FORMS {
        // The word may open a span of alternatives (its marker stands before it).
        for gap in [" ".to_string(), format!(" {OPEN}")] {
            let needle = format!("{gap}{word}");
            if !out.contains(&needle) {
                continue;
            }
            let mut done = String::with_capacity(out.len() + 8);
            let mut rest = out.as_str();
            while let Some(i) = rest.find(&needle) {
                let head = &rest[..i];
                let upper = crate::text::capitalize(prep);
                let stem = head.strip_suffix(prep).or_else(|| head.strip_suffix(upper.as_str()));
                match stem {
                    Some(before)
                        if !before.chars().next_back().is_some_and(char::is_alphanumeric) =>
                    {
                        done.push_str(head);
                        done.push_str(&full[prep.len()..]);
                    }
                    _ => done.push_str(head),
                }
                done.push_str(&needle);
                rest = &rest[i + needle.len()..];
            }
            done.push_str(rest);
            out = done;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pre_turns_backtick_quotes_into_double_quotes() {
        assert_eq!(pre("animals: ``cat``, ``dog``"), "animals: \"cat\", \"dog\"");
        assert_eq!(pre("в ``Зари''"), "в \"Зари\"");
    }

    /// HTML character references are the characters they stand for.
    #[test]
    fn pre_decodes_html_character_references() {
        assert_eq!(pre("&quot;Нива&quot; &mdash; 5&nbsp;т"), "\"Нива\" — 5 т");
        assert_eq!(pre("&#171;да&#187; &amp; &#39;нет&#39;"), "«да» & 'нет'");
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
        assert_eq!(
            post("о одном доме, О одиннадцати, к второму"),
            "об одном доме, Об одиннадцати, ко второму"
        );
        assert_eq!(post("бо одном"), "бо одном");
        assert_eq!(
            post("С ста рублей, с сто седьмой, с семи"),
            "Со ста рублей, со сто седьмой, с семи"
        );
    }
}
