//! E-mail addresses and URLs, read piece by piece: "abc at gmail dot com",
//! "HTTPS colon slash slash WWW dot ...".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::{en, ru};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| re(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"));
/// A bare address (no scheme, no "www."): its top-level domain is a common one, in any case,
/// or another country's code or a newer generic name in lower case only, so that words run
/// together at a missing space ("end.It") stay words.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:https?|ftp|file):///?|www\.)[^\s<>]+[^\s<>.,;:!?)]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|ru|uk|io|de|sm|(?-i:ie|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|cz|pt|gr|jp|cn|in|au|nz|ca|us|br|mx|za|kr|tv|me|co|eu|ua|kz|by|biz|app|dev|ai|online|site|shop))\b(?:/[^\s]*[^\s.,;:!?)])?",
    )
});

/// Top-level domains read as words; other short ones are spelled (dot UK).
const WORD_TLDS: &[&str] = &["com", "org", "net", "edu", "gov", "info"];

fn read(piece: &str, lang: Lang, is_tld: bool) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        let lower = w.to_lowercase();
        // Russian speech spells Latin letters by their Russian names (эй би си), except the
        // few address words said as words (джи мейл, ком).
        if lang == Lang::Ru
            && let Some(r) = crate::tables::latin_ru::read_word(&w)
        {
            out.push(r);
            return;
        }
        out.push(
            if matches!(lower.as_str(), "http" | "https" | "www")
                || (is_tld && !WORD_TLDS.contains(&lower.as_str()))
            {
                w.to_uppercase()
            } else if lower == "jpg" {
                "jpeg".into()
            } else {
                w
            },
        );
    };
    for ch in piece.chars() {
        if ch.is_ascii_digit() {
            flush(&mut word, &mut out);
            out.push(match lang {
                Lang::En => en::digit_word(ch).to_string(),
                Lang::Ru => ru::digit_by_digit(&ch.to_string()),
            });
        } else if ch.is_alphabetic() {
            word.push(ch);
        } else {
            flush(&mut word, &mut out);
            let sym = match (ch, lang) {
                ('.', Lang::En) => "dot",
                ('.', Lang::Ru) => "точка",
                ('/', Lang::En) => "slash",
                ('/', Lang::Ru) => "слэш",
                (':', Lang::En) => "colon",
                (':', Lang::Ru) => "двоеточие",
                ('-', Lang::En) => "dash",
                // NeMo's Russian reads the hyphen of an address as "тире".
                ('-', Lang::Ru) => "тире",
                ('_', Lang::En) => "underscore",
                ('_', Lang::Ru) => "нижнее подчеркивание",
                ('@', Lang::En) => "at",
                ('@', Lang::Ru) => "собака",
                _ => "",
            };
            if !sym.is_empty() {
                out.push(sym.to_string());
            }
        }
    }
    flush(&mut word, &mut out);
    out.join(" ")
}

fn read_address(addr: &str, lang: Lang) -> String {
    // The last dot-separated label is the top-level domain.
    let tld_start = addr.rfind('.').map(|i| i + 1).unwrap_or(addr.len());
    let path_start = addr[tld_start..].find('/').map(|i| i + tld_start).unwrap_or(addr.len());
    let head = read(&addr[..tld_start], lang, false);
    let tld = read(&addr[tld_start..path_start], lang, true);
    let path = read(&addr[path_start..], lang, false);
    [head, tld, path].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &EMAIL, |c, text, start, end| {
        Some(read_address(&c[0], cx.lang_at(text, start, end)))
    });
    replace(&s, &URL, |c, text, start, end| {
        let url = &c[0];
        let lang = cx.lang_at(text, start, end);
        // Keep the path's own structure: the domain part gets TLD handling.
        let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
        let scheme_end = scheme_end + url[scheme_end..].chars().take_while(|&ch| ch == '/').count();
        let rest = &url[scheme_end..];
        let host_end = rest.find('/').unwrap_or(rest.len());
        let host = &rest[..host_end];
        let scheme = read(&url[..scheme_end], lang, false);
        let host_words =
            if host.contains('.') { read_address(host, lang) } else { read(host, lang, false) };
        let path = read(&rest[host_end..], lang, false);
        Some(
            [scheme, host_words, path]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn russian_addresses_spell_latin_letters() {
        assert_eq!(
            norm("a123-v@abc.com", Lang::Ru),
            "эй один два три тире ви собака эй би си точка ком"
        );
        assert_eq!(
            norm("пишите на a@hotmail.de", Lang::Ru),
            "пишите на эй собака хот мейл точка ди и"
        );
    }

    #[test]
    fn english_addresses_keep_words() {
        assert_eq!(norm("a@hotmail.de", Lang::En), "a at hotmail dot DE");
    }

    /// A bare address's country code is read in lower case only: words run together at a
    /// missing space stay words.
    #[test]
    fn bare_addresses_with_a_country_code() {
        assert_eq!(norm("at thimble.ie/gallery.", Lang::En), "at thimble dot IE slash gallery.");
        assert_eq!(norm("the end.It was late", Lang::En), "the end.It was late");
    }
}
