//! The Qwen2 byte-level BPE tokenizer built from a checkpoint's `vocab.json`, `merges.txt` and
//! `tokenizer_config.json`, and the Qwen3-TTS prompt templates (assistant text, reference text,
//! instruct) tokenized exactly as the reference wrapper does.
//!
//! Status: not implemented yet; it lands with the text front-end issue.
