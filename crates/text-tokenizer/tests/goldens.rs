//! Token ids against the reference (HF transformers 4.57.3 with the checkpoint's files).
//!
//! Which regex each golden set uses:
//! - shared/data/tokenizer/qwen2_bpe_golden.jsonl, qwen3_tts_prompt_golden.jsonl and
//!   real-model-vectors/tests-data/tokenizer_test.bin: plain Qwen2 regex (the pipeline json beside
//!   them shows it; "iPhone 15 Pro Max" -> 44740... would be 72 6939... with the Mistral one).
//! - tests/data/mistral_regex_golden.jsonl (ours, made by gen_mistral_regex_golden.py with the
//!   reference venv): both variants side by side, for the texts where they differ plus probes.

use std::path::PathBuf;
use std::sync::OnceLock;

use serde::Deserialize;
use text_tokenizer::{QwenTokenizer, SplitRegex, TokenizerOptions};

fn shared_dir() -> PathBuf {
    test_support::shared("data/tokenizer");
    test_support::shared_dir()
}

fn checkpoint_dir() -> PathBuf {
    shared_dir().join("hf/Qwen3-TTS-12Hz-0.6B-CustomVoice")
}

/// The checkpoint's tokenizer with `split_regex`, built once per test binary.
fn tokenizer(split_regex: SplitRegex) -> &'static QwenTokenizer {
    static QWEN2: OnceLock<QwenTokenizer> = OnceLock::new();
    static MISTRAL: OnceLock<QwenTokenizer> = OnceLock::new();
    let cell = match split_regex {
        SplitRegex::Qwen2 => &QWEN2,
        SplitRegex::MistralPatched => &MISTRAL,
    };
    cell.get_or_init(|| {
        QwenTokenizer::from_dir(checkpoint_dir(), TokenizerOptions { split_regex })
            .unwrap_or_else(|e| panic!("loading the checkpoint tokenizer: {e}"))
    })
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: PathBuf) -> Vec<T> {
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}: {l}", path.display())))
        .collect()
}

#[derive(Deserialize)]
struct BpeCase {
    lang: String,
    source: String,
    text: String,
    ids: Vec<u32>,
    roundtrip: bool,
}

#[test]
fn qwen2_bpe_goldens_are_exact() {
    let tok = tokenizer(SplitRegex::Qwen2);
    let cases: Vec<BpeCase> =
        read_jsonl(shared_dir().join("data/tokenizer/qwen2_bpe_golden.jsonl"));
    assert!(cases.len() > 1000, "expected the full golden set, got {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let enc = tok.encode(&case.text).expect("encode");
        if enc.ids != case.ids {
            failures.push(format!(
                "[{} {}] {:?}\n  want {:?}\n  got  {:?}",
                case.lang, case.source, case.text, case.ids, enc.ids
            ));
        }
        assert_eq!(enc.ids.len(), enc.tokens.len());
        assert_eq!(enc.ids.len(), enc.offsets.len());
    }
    assert!(
        failures.is_empty(),
        "{}/{} golden cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn roundtrip_goldens_decode_to_their_nfc_text() {
    let tok = tokenizer(SplitRegex::Qwen2);
    let cases: Vec<BpeCase> =
        read_jsonl(shared_dir().join("data/tokenizer/qwen2_bpe_golden.jsonl"));
    for case in cases.iter().filter(|c| c.roundtrip) {
        // The goldens' texts are already NFC, so decoding gives them back byte for byte.
        assert_eq!(tok.decode(&case.ids).expect("decode"), case.text);
    }
}

#[derive(Deserialize)]
struct PromptCase {
    template: String,
    inner_text: String,
    full_text: String,
    ids: Vec<u32>,
}

#[test]
fn prompt_goldens_are_exact_and_sliced_like_the_reference() {
    let tok = tokenizer(SplitRegex::Qwen2);
    let cases: Vec<PromptCase> =
        read_jsonl(shared_dir().join("data/tokenizer/qwen3_tts_prompt_golden.jsonl"));
    assert_eq!(cases.len(), 7);
    let (im_start, im_end, nl, assistant, user) = (151644, 151645, 198, 77091, 872);
    for case in &cases {
        // The inner text alone: the slices must equal it wherever BPE does not merge across the
        // template boundary, which holds for every golden (none starts or ends with "\n").
        let inner = tok.encode_ids(&case.inner_text).expect("encode");
        match case.template.as_str() {
            "assistant" => {
                let p = tok.target_prompt(&case.inner_text).expect("encode");
                assert_eq!(p.ids(), case.ids.as_slice(), "{:?}", case.full_text);
                assert_eq!(p.role_ids(), &[im_start, assistant, nl]);
                assert_eq!(p.text_ids(), inner.as_slice());
                assert_eq!(&case.ids[case.ids.len() - 5..], &[im_end, nl, im_start, assistant, nl]);
            }
            "ref_text" => {
                let p = tok.ref_text_prompt(&case.inner_text).expect("encode");
                assert_eq!(p.ids(), case.ids.as_slice(), "{:?}", case.full_text);
                assert_eq!(p.text_ids(), inner.as_slice());
            }
            "instruct" => {
                let p = tok.instruct_prompt(&case.inner_text).expect("encode").expect("non-empty");
                assert_eq!(p.ids(), case.ids.as_slice(), "{:?}", case.full_text);
                assert_eq!(&p.ids()[..3], &[im_start, user, nl]);
            }
            other => panic!("unknown template {other:?} in the prompt goldens"),
        }
    }
    assert!(tok.instruct_prompt("").expect("encode").is_none());
}

/// shared/data/real-model-vectors/tests-data/tokenizer_test.bin: u32 count; per case u32 text
/// length, UTF-8 bytes, u32 id count, i32 ids (all little-endian).
#[test]
fn real_model_vector_tokenizer_cases_are_exact() {
    let path = shared_dir().join("data/real-model-vectors/tests-data/tokenizer_test.bin");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let mut rest = bytes.as_slice();
    let mut take = |n: usize| {
        assert!(rest.len() >= n, "{} is truncated", path.display());
        let (head, tail) = rest.split_at(n);
        rest = tail;
        head
    };
    let word = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
    let count = word(take(4));
    let mut cases = Vec::new();
    for _ in 0..count {
        let n = word(take(4)) as usize;
        let text = String::from_utf8(take(n).to_vec()).expect("utf-8 text");
        let n_ids = word(take(4)) as usize;
        let ids: Vec<u32> = (0..n_ids).map(|_| word(take(4))).collect();
        cases.push((text, ids));
    }
    assert_eq!(cases.len(), 139);
    let tok = tokenizer(SplitRegex::Qwen2);
    for (text, ids) in &cases {
        assert_eq!(&tok.encode_ids(text).expect("encode"), ids, "{text:?}");
    }
}

#[derive(Deserialize)]
struct MistralCase {
    text: String,
    qwen2_ids: Vec<u32>,
    mistral_ids: Vec<u32>,
}

#[test]
fn both_regex_variants_match_the_reference() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/mistral_regex_golden.jsonl");
    let cases: Vec<MistralCase> = read_jsonl(path);
    let qwen2 = tokenizer(SplitRegex::Qwen2);
    let mistral = tokenizer(SplitRegex::MistralPatched);
    assert_eq!(mistral.split_regex(), SplitRegex::MistralPatched);
    let mut differing = 0;
    for case in &cases {
        assert_eq!(
            qwen2.encode_ids(&case.text).expect("encode"),
            case.qwen2_ids,
            "{:?}",
            case.text
        );
        assert_eq!(
            mistral.encode_ids(&case.text).expect("encode"),
            case.mistral_ids,
            "{:?}",
            case.text
        );
        differing += usize::from(case.qwen2_ids != case.mistral_ids);
    }
    // "iPhone", "iPhone 15 Pro Max", "XMLHttpRequest": the variants are really different.
    assert!(differing >= 3, "only {differing} cases tell the two regexes apart");
}

#[test]
fn offsets_are_char_spans_as_in_the_reference() {
    // Values from HF `return_offsets_mapping=True` (Python str indices are chars).
    let tok = tokenizer(SplitRegex::Qwen2);
    let enc = tok.encode("Привет, мир!").expect("encode");
    assert_eq!(enc.ids, [53645, 26991, 8178, 11, 137144, 0]);
    assert_eq!(enc.offsets, [(0, 2), (2, 4), (4, 6), (6, 7), (7, 11), (11, 12)]);
    assert_eq!(enc.tokens[4], "ĠÐ¼Ð¸ÑĢ");
    let enc = tok.encode("😀 ok").expect("encode");
    assert_eq!(enc.offsets, [(0, 1), (1, 4)]);
    let enc = tok.encode("<|im_start|>assistant\nHi<|im_end|>").expect("encode");
    assert_eq!(enc.ids, [151644, 77091, 198, 13048, 151645]);
    assert_eq!(enc.offsets, [(0, 12), (12, 21), (21, 22), (22, 24), (24, 34)]);
    assert_eq!(enc.tokens, ["<|im_start|>", "assistant", "Ċ", "Hi", "<|im_end|>"]);
}

#[test]
fn added_tokens_have_the_config_ids() {
    let tok = tokenizer(SplitRegex::Qwen2);
    assert_eq!(tok.vocab_size(), 151676);
    assert_eq!(tok.token_to_id("<|endoftext|>"), Some(151643));
    assert_eq!(tok.token_to_id("<tts_pad>"), Some(151671));
    assert_eq!(tok.token_to_id("<|audio_pad|>"), Some(151675));
    // A non-special added token is matched before BPE too, as in HF.
    assert_eq!(tok.encode_ids("<think>").expect("encode"), [151667]);
}

#[test]
fn missing_files_are_reported_with_their_path() {
    let err = QwenTokenizer::from_dir("/nonexistent/ckpt", TokenizerOptions::default())
        .err()
        .expect("must fail");
    let msg = err.to_string();
    assert!(msg.contains("/nonexistent/ckpt/vocab.json"), "{msg}");
}
