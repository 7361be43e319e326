//! Latin in Russian speech: letter names for spelling ("abc" эй би си) and the few Latin
//! words of addresses that Russian speakers say as words ("gmail" джи мейл, "com" ком).

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
}
