//! `normalize` and `tokenize` dry runs through the built binary.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn checkpoint_dir() -> PathBuf {
    test_support::hf_dir("Qwen3-TTS-12Hz-0.6B-CustomVoice")
}

fn run(args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tts-cli"));
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("spawn tts-cli");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait tts-cli");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn normalize_one_text() {
    let (ok, out, err) = run(&["normalize", "100 рублей", "--lang", "ru"], None);
    assert!(ok, "{err}");
    assert_eq!(out, "сто рублей\n");
}

#[test]
fn normalize_reads_stdin_line_by_line() {
    let (ok, out, err) = run(&["normalize", "--lang", "en"], Some("$2\n\n21st\n"));
    assert!(ok, "{err}");
    assert_eq!(out, "two dollars\n\ntwenty first\n");
}

#[test]
fn normalize_rejects_an_unknown_language_with_the_choices() {
    let (ok, _, err) = run(&["normalize", "x", "--lang", "de"], None);
    assert!(!ok);
    assert!(err.contains("en, ru"), "{err}");
}

#[test]
fn tokenize_prints_ids_and_tokens() {
    let dir = checkpoint_dir();
    let dir = dir.to_str().expect("utf-8 path");
    // Ids from shared/data/tokenizer/qwen2_bpe_golden.jsonl ("Hello, world!").
    let (ok, out, err) = run(&["tokenize", "Hello, world!", "--model", dir], None);
    assert!(ok, "{err}");
    assert_eq!(out, "9707 11 1879 0\tHello , Ġworld !\n");
}

#[test]
fn tokenize_json_per_stdin_line() {
    let dir = checkpoint_dir();
    let dir = dir.to_str().expect("utf-8 path");
    let (ok, out, err) =
        run(&["tokenize", "--json", "--model", dir], Some("Hello world\n<|endoftext|>\n"));
    assert!(ok, "{err}");
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["ids"], serde_json::json!([9707, 1879]));
    assert_eq!(lines[0]["offsets"], serde_json::json!([[0, 5], [5, 11]]));
    assert_eq!(lines[1]["ids"], serde_json::json!([151643]));
}

#[test]
fn tokenize_reports_a_missing_model_dir() {
    let (ok, _, err) = run(&["tokenize", "x", "--model", "/nonexistent/dir"], None);
    assert!(!ok);
    assert!(err.contains("/nonexistent/dir"), "{err}");
}
