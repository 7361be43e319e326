//! The Qwen2 byte-level BPE tokenizer built from a checkpoint's `vocab.json`, `merges.txt` and
//! `tokenizer_config.json`, and the Qwen3-TTS prompt templates (assistant text, reference text,
//! instruct) tokenized exactly as the reference wrapper does.
//!
//! The pipeline is the one transformers 4.57.3 builds when it converts the slow `Qwen2Tokenizer`
//! to a fast one: NFC, a regex split (isolated), byte-level mapping without a prefix space, BPE
//! with no unknown token, and the 33 added tokens of `tokenizer_config.json` matched on the raw
//! text before any of that. It is assembled from the `tokenizers` crate's own components.
//!
//! # Which split regex
//! [`SplitRegex::Qwen2`] (the default) is the checkpoint's own regex, the one the model was
//! trained with and the one HF uses when the tokenizer is loaded by hub id. The reference wrapper
//! loads from a local directory with `fix_mistral_regex=True`, and transformers 4.57.3 then swaps
//! in the Mistral regex (spec talker.md §7.12); [`SplitRegex::MistralPatched`] reproduces that for
//! bit-parity with such runs. The two differ only on words with inner case changes ("iPhone",
//! "McDonald's") and contractions; the shared goldens are all Qwen2-regex output.

mod prompt;
mod tokenizer;

pub use prompt::{InstructPrompt, RefTextPrompt, TargetPrompt, Template};
pub use tokenizer::{
    Encoding, MERGES_FILE, QwenTokenizer, SplitRegex, TOKENIZER_CONFIG_FILE, TokenizerError,
    TokenizerOptions, VOCAB_FILE,
};
