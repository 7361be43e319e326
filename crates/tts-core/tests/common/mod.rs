//! Paths shared by the checkpoint tests.
#![allow(dead_code)] // Each test binary uses a different subset of these helpers.

use std::path::PathBuf;

/// `shared/` beside the repository (CI clones the repo next to it), or QWEN3_TTS_SHARED_DIR.
pub fn shared_dir() -> PathBuf {
    test_support::shared_dir()
}

/// The committed reference fixtures (`tools/reference/generate.sh` writes them).
pub fn fixtures_dir() -> PathBuf {
    test_support::fixtures_dir()
}

/// Every fixture TTS checkpoint directory (those with a `speech_tokenizer/`), sorted; the
/// standalone codec checkpoint `tiny-codec` is not one.
pub fn fixture_checkpoints() -> Vec<PathBuf> {
    let root = fixtures_dir().join("checkpoints");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("config.json").is_file() && p.join("speech_tokenizer").is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no fixture checkpoints under {}", root.display());
    dirs
}

#[allow(unused_imports)] // Each test binary uses a different subset of these helpers.
pub use test_support::copy_dir;
