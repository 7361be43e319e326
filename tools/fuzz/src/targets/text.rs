//! Text front end: the normalizer (both languages) and the Qwen2 tokenizer with the prompt
//! templates, on any text a request carries.

use std::path::Path;

use text_normalizer::{Lang, Normalizer};
use text_tokenizer::{QwenTokenizer, TokenizerOptions};

use super::{dict, read, shared};
use crate::{Target, Verdict};

/// Text-normalization pitfalls: numbers of every size and sign, separators, units, currencies,
/// dates, times, ordinals, Roman numerals, and Unicode that changes length when lowercased,
/// combines, or is invisible.
const TEXT_TOKENS: &[&str] = &[
    "0",
    "1",
    "7",
    "10",
    "11",
    "21",
    "100",
    "1000",
    "1,000",
    "1 000",
    "1.5",
    "0,5",
    "-3",
    "+7",
    "−5",
    "99999999999999999999999999999999",
    "1e10",
    "007",
    "½",
    "¾",
    "²",
    "³",
    "%",
    "‰",
    "°",
    "°C",
    "°F",
    "km",
    "km/h",
    "м",
    "кг",
    "км/ч",
    "mph",
    "kg",
    "ml",
    "mm",
    "GB",
    "$",
    "€",
    "£",
    "¥",
    "₽",
    "руб.",
    "коп.",
    "USD",
    "$1.5M",
    "€ 2,50",
    "12:30",
    "23:59:59",
    "25:61",
    "2024-02-30",
    "01.01.2000",
    "31/12/1999",
    "1990s",
    "1st",
    "2nd",
    "3rd",
    "21st",
    "1-й",
    "2-го",
    "XIV",
    "MMXXIV",
    "IV.",
    "гл.",
    "т.е.",
    "e.g.",
    "Dr.",
    "No.",
    "№",
    "#1",
    "@",
    "&",
    "http://a.b/c",
    "user@example.com",
    "+7 (999) 123-45-67",
    "1-800-555-0199",
    "x",
    "×",
    "÷",
    "=",
    "<",
    ">",
    "—",
    "–",
    "-",
    "/",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "'",
    "\"",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    " ",
    "  ",
    "\t",
    "\n",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "\u{308}",
    "ё",
    "Ё",
    "İ",
    "ß",
    "ﬀ",
    "Σ",
    "ς",
    "\u{202e}",
    "😀",
    "👍🏽",
    "中文",
    "日本語",
    "한국어",
    "١٢٣",
    "४२",
    "Ⅻ",
    "𝟙𝟚",
    "٫",
    "\u{0}",
    "\u{fffd}",
];

/// Both entry points (no hint and each language), on every text.
pub fn normalizer() -> anyhow::Result<Target> {
    let mut seeds = Vec::new();
    for (dir, written_first) in [("data/tn/en", true), ("data/tn/ru", false)] {
        for entry in std::fs::read_dir(shared(dir))? {
            let text = String::from_utf8_lossy(&read(&entry?.path())?).into_owned();
            for line in text.lines() {
                if let Some((a, b)) = line.split_once('~') {
                    seeds.push(if written_first { a } else { b }.to_string());
                }
            }
        }
    }
    let tsv = read(&shared("data/tn/ru-normalizr/ru_normalizr_default_cases.tsv"))?;
    for line in String::from_utf8_lossy(&tsv).lines().filter(|l| !l.starts_with('#')) {
        seeds.extend(line.split('\t').next().map(str::to_string));
    }
    for file in ["data/sentences/en/cv-harvsents.txt", "data/sentences/ru/cv-bakwc1.txt"] {
        let text = read(&shared(file))?;
        seeds.extend(String::from_utf8_lossy(&text).lines().take(200).map(str::to_string));
    }
    // The first byte picks the entry point, so every seed goes in under each.
    let seeds: Vec<Vec<u8>> = seeds
        .iter()
        .enumerate()
        .map(|(i, s)| std::iter::once(b'0' + (i % 3) as u8).chain(s.bytes()).collect())
        .collect();
    let normalizer = Normalizer::default();
    Ok(Target {
        name: "normalizer",
        about: "text_normalizer::Normalizer::normalize_with_alternatives (no hint, En, Ru)",
        seeds,
        dict: dict(TEXT_TOKENS),
        json: false,
        max_len: 2048,
        generate: None,
        run: Box::new(move |input| {
            let (hint, text) = split_hint(input);
            let text = String::from_utf8_lossy(text);
            let out = normalizer.normalize_with_alternatives(&text, hint);
            // Rendering walks the alternatives the rules produced.
            let _ = out.to_string();
            Verdict::Accepted
        }),
    })
}

fn split_hint(input: &[u8]) -> (Option<Lang>, &[u8]) {
    match input.split_first() {
        Some((b, rest)) => (
            match b % 3 {
                0 => None,
                1 => Some(Lang::En),
                _ => Some(Lang::Ru),
            },
            rest,
        ),
        None => (None, input),
    }
}

/// Encoding raw text and the three prompt templates, decoding ids (any u32), with the real
/// 0.6B CustomVoice tokenizer files.
pub fn tokenizer() -> anyhow::Result<Target> {
    let dir = shared("hf/Qwen3-TTS-12Hz-0.6B-CustomVoice");
    let tok = QwenTokenizer::from_dir(&dir, TokenizerOptions::default())?;
    let mut seeds = Vec::new();
    for file in
        ["data/tokenizer/qwen2_bpe_golden.jsonl", "data/tokenizer/qwen3_tts_prompt_golden.jsonl"]
    {
        seeds.extend(jsonl_texts(&shared(file))?);
    }
    let mut tokens: Vec<&str> = TEXT_TOKENS.to_vec();
    tokens.extend([
        "<|im_start|>",
        "<|im_end|>",
        "<|endoftext|>",
        "<tts_pad>",
        "<tts_text_bos>",
        "<tts_text_eod>",
        "<|audio_start|>",
        "assistant\n",
        "user\n",
        "Ġ",
        "Ċ",
        "'s",
        "'ll",
        "   ",
        "\r\n",
    ]);
    Ok(Target {
        name: "tokenizer",
        about: "text_tokenizer::QwenTokenizer: encode, target/ref_text/instruct prompts, decode",
        seeds,
        dict: dict(&tokens),
        json: false,
        max_len: 2048,
        generate: None,
        run: Box::new(move |input| {
            let text = String::from_utf8_lossy(input);
            let encoded = tok.encode(&text);
            let _ = tok.target_prompt(&text);
            let _ = tok.ref_text_prompt(&text);
            let _ = tok.instruct_prompt(&text);
            // The bytes read as ids too: decoding takes ids from outside (codes of a client).
            let ids: Vec<u32> = input
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) % 160_000)
                .collect();
            let _ = tok.decode(&ids);
            encoded.into()
        }),
    })
}

/// The `text` field of every line of a JSONL golden.
fn jsonl_texts(path: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    let text = read(path)?;
    Ok(String::from_utf8_lossy(&text)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            ["text", "inner_text"]
                .iter()
                .find_map(|k| v.get(*k).and_then(|t| t.as_str()).map(str::to_string))
        })
        .map(String::into_bytes)
        .collect())
}
