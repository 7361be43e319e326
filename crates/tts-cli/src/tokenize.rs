//! `tts-cli tokenize`: token ids of a text from a checkpoint's tokenizer files, no weights.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use text_tokenizer::{QwenTokenizer, SplitRegex, TokenizerOptions};

pub struct Args {
    /// Checkpoint directory, or a directory with just vocab.json, merges.txt and
    /// tokenizer_config.json.
    pub model: PathBuf,
    pub json: bool,
    pub mistral_regex: bool,
}

pub fn run(text: Option<&str>, args: &Args) -> anyhow::Result<()> {
    let opts = TokenizerOptions {
        split_regex: if args.mistral_regex {
            SplitRegex::MistralPatched
        } else {
            SplitRegex::Qwen2
        },
    };
    let tok = load(&args.model, opts)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match text {
        Some(t) => writeln!(out, "{}", render(&tok, t, args.json)?)?,
        None => {
            for line in std::io::stdin().lock().lines() {
                writeln!(out, "{}", render(&tok, &line?, args.json)?)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn load(dir: &Path, opts: TokenizerOptions) -> anyhow::Result<QwenTokenizer> {
    if !dir.is_dir() {
        anyhow::bail!(
            "--model {} is not a directory; give a local checkpoint directory or one holding \
             vocab.json, merges.txt and tokenizer_config.json",
            dir.display()
        );
    }
    QwenTokenizer::from_dir(dir, opts)
        .with_context(|| format!("loading the tokenizer from {}", dir.display()))
}

/// One output line: JSON with ids, tokens and char offsets, or "ids<TAB>tokens" as text.
pub fn render(tok: &QwenTokenizer, text: &str, json: bool) -> anyhow::Result<String> {
    let enc = tok.encode(text)?;
    if json {
        let v = serde_json::json!({
            "text": text,
            "ids": enc.ids,
            "tokens": enc.tokens,
            "offsets": enc.offsets,
        });
        return Ok(v.to_string());
    }
    let ids: Vec<String> = enc.ids.iter().map(u32::to_string).collect();
    Ok(format!("{}\t{}", ids.join(" "), enc.tokens.join(" ")))
}
