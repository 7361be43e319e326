//! Normalizes each line of standard input: `cargo run -p text-normalizer --example normalize
//! -- ru < lines.txt` (language en or ru, the request's hint).

use std::io::BufRead;

use text_normalizer::{Lang, Normalizer, NormalizerOptions};

fn main() -> Result<(), String> {
    let lang: Lang = std::env::args().nth(1).unwrap_or_else(|| "en".into()).parse()?;
    let norm = Normalizer::new(NormalizerOptions::default());
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| format!("reading standard input: {e}"))?;
        println!("{}", norm.normalize(&line, Some(lang)));
    }
    Ok(())
}
