//! E-mail addresses and URLs, read piece by piece: "abc at gmail dot com",
//! "HTTPS colon slash slash WWW dot ...".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::num::{en, ru};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| re(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"));
/// A bare address (no scheme, no "www."): its top-level domain is a common one, in any case,
/// or any two letters (a country's code) or a newer generic name in lower case only, so that
/// words run together at a missing space ("end.It") stay words; any other top-level domain in
/// lower case after a subdomain ("members.club.scot") or before a path ("club.film/times"),
/// which prose never writes.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:https?|ftp|file):///?|www\.)[^\s<>]+[^\s<>.,;:!?)]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|ru|uk|io|de|sm|(?-i:[a-z]{2}|biz|app|dev|online|site|shop|show|vote|tech|store|blog|news|live|xyz|club|media|studio|agency|world|space|art|page|cloud|games|social|health|travel|museum|aero|coop|jobs|mobi|name|pro))\b(?:/[^\s]*[^\s.,;:!?)])?|(?-i:\b[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})+\.[a-z]{2,24}\b(?:/[^\s]*[^\s.,;:!?)])?|\b[a-z0-9-]{2,}\.[a-z]{2,24}/[^\s]*[^\s.,;:!?)])",
    )
});

/// Top-level domains read as words; other ones of two or three letters are spelled (dot UK),
/// longer ones are words (dot show).
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
                || (is_tld && lower.chars().count() <= 3 && !WORD_TLDS.contains(&lower.as_str()))
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

/// A social handle ("@swapshop_pod") or a hashtag ("#RecessReads") at a word's start: "at"
/// and the handle piece by piece; "hashtag" and the tag's words, split at their capitals.
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s(\[])([@#])(\p{L}[\p{L}0-9_]*[\p{L}0-9])\b"));

/// A hashtag's words: split where a capital follows a lower-case letter or a digit
/// ("RecessReads" recess reads), digits read one group at a time.
fn hashtag_words(tag: &str, lang: Lang) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev: Option<char> = None;
    for ch in tag.chars() {
        let boundary = match prev {
            Some(p) => {
                ch == '_'
                    || ch.is_uppercase() && (p.is_lowercase() || p.is_ascii_digit())
                    || ch.is_ascii_digit() != p.is_ascii_digit()
            }
            None => false,
        };
        if boundary && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        if ch != '_' {
            cur.push(ch);
        }
        prev = Some(ch);
    }
    words.push(cur);
    words
        .iter()
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().all(|c| c.is_ascii_digit()) {
                match lang {
                    Lang::En => en::cardinal_str(w, false),
                    Lang::Ru => ru::digit_by_digit(w),
                }
            } else if w.chars().all(char::is_uppercase) {
                w.clone()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &EMAIL, |c, text, start, end| {
        Some(read_address(&c[0], cx.lang_at(text, start, end)))
    });
    let s = replace(&s, &HANDLE, |c, text, start, end| {
        // Signs around a word ("#mytext#") are no tag.
        if text[end..].starts_with(['#', '@']) {
            return None;
        }
        let lang = cx.lang_at(text, start, end);
        let lead = &c[0][..c[0].len() - c[1].len() - c[2].len()];
        let words = match (&c[1], lang) {
            ("@", _) => format!(
                "{} {}",
                if lang == Lang::En { "at" } else { "собака" },
                read(&c[2], lang, false)
            ),
            (_, Lang::En) => format!("hashtag {}", hashtag_words(&c[2], lang)),
            (_, Lang::Ru) => format!("хештег {}", hashtag_words(&c[2], lang)),
        };
        Some(format!("{lead}{words}"))
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
    fn any_top_level_domain_after_a_subdomain_or_before_a_path() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("Tickets at box.quarry.opera."), "Tickets at box dot quarry dot opera.");
        assert_eq!(en("See quarry.opera/seats now."), "See quarry dot opera slash seats now.");
        assert_eq!(en("It ended.Then x."), "It ended.Then x.");
    }

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

    /// Handles and hashtags at a word's start (round 106); newer generic domains as words.
    #[test]
    fn handles_hashtags_and_newer_domains() {
        assert_eq!(norm("follow @egret_uk", Lang::En), "follow at egret underscore uk");
        assert_eq!(norm("join #RecessReads now", Lang::En), "join hashtag recess reads now");
        assert_eq!(norm("#mytext#", Lang::En), "hash mytext hash");
        assert_eq!(
            norm("on respawn.vote/meal-plans", Lang::En),
            "on respawn dot vote slash meal dash plans"
        );
        assert_eq!(
            norm("on episodes.wavelength.gg", Lang::En),
            "on episodes dot wavelength dot GG"
        );
        assert_eq!(norm("#МосковскаяВесна", Lang::Ru), "хештег московская весна");
    }
}
