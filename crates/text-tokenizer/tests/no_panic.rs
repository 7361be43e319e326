//! Arbitrary Unicode never panics the tokenizer, and what it returns is consistent.

use std::sync::OnceLock;

use proptest::prelude::*;
use text_tokenizer::{QwenTokenizer, SplitRegex, TokenizerOptions};
use unicode_normalization::UnicodeNormalization;

fn tokenizer() -> &'static QwenTokenizer {
    static TOK: OnceLock<QwenTokenizer> = OnceLock::new();
    TOK.get_or_init(|| {
        let dir = test_support::hf_dir("Qwen3-TTS-12Hz-0.6B-CustomVoice");
        QwenTokenizer::from_dir(&dir, TokenizerOptions { split_regex: SplitRegex::Qwen2 })
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Mixed scripts, digits, controls, emoji, combining marks and template tokens.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "[a-zA-Zа-яА-ЯёЁ0-9 .,;:!?%$€₽№°/\\-]{0,12}",
        Just("<|im_start|>".to_string()),
        Just("<|im_end|>".to_string()),
        Just("\u{0301}\u{200B}\u{FEFF}\r\n\t\u{0}".to_string()),
        Just("👍🏽🇷🇺😀".to_string()),
        "[0-9]{1,40}",
        Just(" ".repeat(64)),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn encode_returns_aligned_fields(text in messy_text()) {
        let enc = tokenizer().encode(&text).expect("encode never fails on valid UTF-8");
        prop_assert_eq!(enc.ids.len(), enc.tokens.len());
        prop_assert_eq!(enc.ids.len(), enc.offsets.len());
        let n_chars = text.chars().count();
        for &(a, b) in &enc.offsets {
            prop_assert!(a <= b && b <= n_chars, "offset ({}, {}) outside {} chars", a, b, n_chars);
        }
        let prompt = tokenizer().target_prompt(&text).expect("encode");
        prop_assert!(prompt.ids().len() >= 8);
        // Byte-level BPE loses nothing but the NFC normalization it applies first.
        let decoded = tokenizer().decode(&enc.ids).expect("decode");
        prop_assert_eq!(decoded, text.nfc().collect::<String>());
    }
}
