//! Splitting long input into sentence groups spoken one after another.

/// Sentences end at `.`, `!`, `?`, `…`, `;` (and their CJK forms) followed by whitespace, or at
/// a line break. Consecutive sentences are grouped while a group stays within `max_chars`, so
/// short sentences keep their context; one sentence is never cut.
pub fn split(text: &str, max_chars: usize) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            push_trimmed(&mut sentences, &mut current);
            continue;
        }
        current.push(c);
        let ender = matches!(c, '.' | '!' | '?' | '…' | ';' | '。' | '！' | '？');
        if ender {
            // Keep runs like "?!" or "..." together, and closing quotes/brackets.
            while let Some(&n) = chars.peek() {
                if matches!(n, '.' | '!' | '?' | '…' | '"' | '\'' | '»' | '”' | ')' | ']') {
                    current.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek().is_none_or(|n| n.is_whitespace()) || "。！？".contains(c) {
                push_trimmed(&mut sentences, &mut current);
            }
        }
    }
    push_trimmed(&mut sentences, &mut current);

    let mut groups: Vec<String> = Vec::new();
    for s in sentences {
        match groups.last_mut() {
            Some(g) if g.chars().count() + 1 + s.chars().count() <= max_chars => {
                g.push(' ');
                g.push_str(&s);
            }
            _ => groups.push(s),
        }
    }
    groups
}

fn push_trimmed(out: &mut Vec<String>, current: &mut String) {
    let s = current.trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn sentences_and_groups() {
        let text = "Hello there. How are you?! I'm fine... Thanks.\nНовая строка без точки";
        assert_eq!(
            split(text, 1),
            ["Hello there.", "How are you?!", "I'm fine...", "Thanks.", "Новая строка без точки"]
        );
        assert_eq!(
            split(text, 30),
            ["Hello there. How are you?!", "I'm fine... Thanks.", "Новая строка без точки"]
        );
        // Decimal points and abbreviations without a following space do not split.
        assert_eq!(split("Pi is 3.14 today.", 1), ["Pi is 3.14 today."]);
        assert!(split("   \n ", 100).is_empty());
    }
}
