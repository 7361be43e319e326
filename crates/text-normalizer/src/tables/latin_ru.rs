//! Latin in Russian speech: letter names for spelling ("abc" эй би си), the few Latin words
//! of addresses that Russian speakers say as words ("gmail" джи мейл, "com" ком), and the rule
//! for Latin tokens inside Russian text (`read_abbreviation`).
//!
//! The rule: an abbreviation (two or more capitals, or a lowercase token with no vowel, "pdf")
//! is spelled with the Russian names of the English letters, hyphenated as Russian writes
//! spelled abbreviations ("BBC" би-би-си, "USB" ю-эс-би, "BMW" би-эм-дабл-ю: most Latin
//! abbreviations are said this way; the German-style readings of a few brands, бэ-эм-вэ, are
//! conventions no rule derives). An abbreviation that reads as a word, a consonant-vowel-
//! consonant of three letters or four letters or more with two vowels and no three consonants
//! together ("NATO", "FIFA", "PIN"), is said as written in Latin sounds (нато, фифа, пин).
//! Any other Latin word (a name, a brand, an English word: "Photoshop", "iPhone") is left for
//! the model, which says English words.

/// Russian names of the Latin letters, as they are spelled aloud.
pub(crate) fn letter(c: char) -> Option<&'static str> {
    Some(match c.to_ascii_lowercase() {
        'a' => "эй",
        'b' => "би",
        'c' => "си",
        'd' => "ди",
        'e' => "и",
        'f' => "эф",
        'g' => "джи",
        'h' => "эйч",
        'i' => "ай",
        'j' => "джей",
        'k' => "кей",
        'l' => "эл",
        'm' => "эм",
        'n' => "эн",
        'o' => "оу",
        'p' => "пи",
        'q' => "кью",
        'r' => "ар",
        's' => "эс",
        't' => "ти",
        'u' => "ю",
        'v' => "ви",
        'w' => "дабл ю",
        'x' => "экс",
        'y' => "уай",
        'z' => "зед",
        _ => return None,
    })
}

/// Address words read as words (lowercase key); anything else Latin is spelled.
pub(crate) const ADDRESS_WORDS: &[(&str, &str)] = &[
    ("com", "ком"),
    ("org", "орг"),
    ("net", "нет"),
    ("ru", "ру"),
    ("info", "инфо"),
    ("www", "дабл ю дабл ю дабл ю"),
    ("http", "эйч ти ти пи"),
    ("https", "эйч ти ти пи эс"),
    ("mail", "мейл"),
    ("gmail", "джи мейл"),
    ("hotmail", "хот мейл"),
    ("yahoo", "яху"),
    ("outlook", "аутлук"),
    ("yandex", "яндекс"),
    ("google", "гугл"),
];

/// A Latin word in Russian speech: a known address word, else spelled letter by letter.
/// `None` when the word has letters outside the basic Latin alphabet.
pub(crate) fn read_word(w: &str) -> Option<String> {
    let lower = w.to_ascii_lowercase();
    if let Some((_, r)) = ADDRESS_WORDS.iter().find(|(k, _)| *k == lower) {
        return Some((*r).to_string());
    }
    let letters: Option<Vec<&str>> = w.chars().map(letter).collect();
    letters.map(|l| l.join(" "))
}

/// Hyphenated letter names ("bbc" би-би-си); `None` for letters outside basic Latin.
pub(crate) fn spell(w: &str) -> Option<String> {
    let letters: Option<Vec<String>> =
        w.chars().map(|c| letter(c).map(|l| l.replace(' ', "-"))).collect();
    letters.map(|l| l.join("-"))
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Whether an abbreviation reads as a word: CVC of three letters, or four letters or more
/// with two vowels, no three consonants or vowels in a row, and not two consonants first.
fn pronounceable(w: &str) -> bool {
    let cv: String = w.chars().map(|c| if is_vowel(c) { 'v' } else { 'c' }).collect();
    if cv.len() == 3 {
        return cv == "cvc";
    }
    cv.len() >= 4
        && cv.matches('v').count() >= 2
        && !cv.contains("ccc")
        && !cv.contains("vvv")
        && !cv.starts_with("cc")
}

/// An abbreviation said as a word, letter by Latin sound: "c" is "ц" before e, i, y ("CERN"
/// церн), an initial "e" is "э".
fn sound(w: &str) -> Option<String> {
    let lower: Vec<char> = w.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut out = String::new();
    for (i, &c) in lower.iter().enumerate() {
        let next = lower.get(i + 1).copied();
        out.push_str(match c {
            'a' => "а",
            'b' => "б",
            'c' if matches!(next, Some('e' | 'i' | 'y')) => "ц",
            'c' | 'k' | 'q' => "к",
            'd' => "д",
            'e' if i == 0 => "э",
            'e' => "е",
            'f' => "ф",
            'g' => "г",
            'h' => "х",
            'i' | 'y' => "и",
            'j' => "дж",
            'l' => "л",
            'm' => "м",
            'n' => "н",
            'o' => "о",
            'p' => "п",
            'r' => "р",
            's' => "с",
            't' => "т",
            'u' => "у",
            'v' | 'w' => "в",
            'x' => "кс",
            'z' => "з",
            _ => return None,
        });
    }
    Some(out)
}

/// A Latin token inside Russian text by the rule above: `None` leaves it for the model.
/// Roman numerals of I, V and X ("XIV") are left for the Roman numeral rule's readers.
pub(crate) fn read_abbreviation(w: &str) -> Option<String> {
    if !w.chars().all(|c| c.is_ascii_alphabetic()) || w.len() < 2 {
        return None;
    }
    let caps = w.chars().all(|c| c.is_ascii_uppercase());
    if caps && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    if caps {
        return if pronounceable(w) { sound(w) } else { spell(w) };
    }
    if !w.chars().any(is_vowel) { spell(w) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_and_spelling() {
        assert_eq!(read_word("gmail").as_deref(), Some("джи мейл"));
        assert_eq!(read_word("abc").as_deref(), Some("эй би си"));
        assert_eq!(read_word("DE").as_deref(), Some("ди и"));
        assert_eq!(read_word("é"), None);
    }

    #[test]
    fn abbreviations_spelled_or_said() {
        assert_eq!(read_abbreviation("BBC").as_deref(), Some("би-би-си"));
        assert_eq!(read_abbreviation("BMW").as_deref(), Some("би-эм-дабл-ю"));
        assert_eq!(read_abbreviation("USA").as_deref(), Some("ю-эс-эй"));
        assert_eq!(read_abbreviation("NATO").as_deref(), Some("нато"));
        assert_eq!(read_abbreviation("CERN").as_deref(), Some("си-и-ар-эн"));
        assert_eq!(read_abbreviation("UNICEF").as_deref(), Some("уницеф"));
        assert_eq!(read_abbreviation("PIN").as_deref(), Some("пин"));
        assert_eq!(read_abbreviation("html").as_deref(), Some("эйч-ти-эм-эл"));
        assert_eq!(read_abbreviation("Photoshop"), None);
        assert_eq!(read_abbreviation("iPhone"), None);
        assert_eq!(read_abbreviation("XIV"), None);
    }
}
