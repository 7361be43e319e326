//! `tts-cli normalize`: the text front-end's normalizer as a dry run, no weights needed.

use std::io::{BufRead, Write};

use text_normalizer::{Lang, Normalizer, NormalizerOptions};

/// Prints the normalized `text`, or with no text one line per line of stdin.
pub fn run(text: Option<&str>, lang: Option<Lang>) -> anyhow::Result<()> {
    let norm = Normalizer::new(NormalizerOptions::default());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match text {
        Some(t) => writeln!(out, "{}", norm.normalize(t, lang))?,
        None => {
            for line in std::io::stdin().lock().lines() {
                writeln!(out, "{}", norm.normalize(&line?, lang))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
