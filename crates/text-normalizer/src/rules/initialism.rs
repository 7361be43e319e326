//! Dotted initialisms are read as the letters they stand for: "U.S.A." -> "USA", "A.D" ->
//! "AD"; the dots are not pauses, and the later rules see one token ("340 AD").

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace};
use crate::cx::Cx;

static DOTTED: LazyLock<Regex> = LazyLock::new(|| re(r"\b[A-Z](?:\.[A-Z])+\b\.?"));

pub(crate) fn apply(s: &str, _cx: &Cx) -> String {
    replace(s, &DOTTED, |c, text, _start, end| {
        // "U.S.A.b" is not an initialism.
        if text[end..].starts_with(char::is_alphanumeric) {
            return None;
        }
        let letters: String = c[0].chars().filter(|&ch| ch != '.').collect();
        // The last dot doubles as a sentence end only alone: "U.S.A.." keeps its "..".
        let keep_dot = c[0].ends_with('.') && text[end..].starts_with('.');
        Some(if keep_dot { letters + "." } else { letters })
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn dotted_letters_join() {
        assert_eq!(norm("abbreviation U.S.A.", Lang::En), "abbreviation USA");
        assert_eq!(norm("abbreviation. U.S.A..", Lang::En), "abbreviation. USA..");
        assert_eq!(norm("e.g. this", Lang::En), "for example this");
        assert_eq!(norm("A. Smith", Lang::En), "A. Smith");
    }
}
