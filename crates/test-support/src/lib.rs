//! What the tests, benches and examples of every crate look up the same way: the external
//! `shared/` folder (real checkpoint configs and tokenizer files, test data) and the committed
//! reference fixtures, and the device the model tests run on. A dev-dependency only (std and
//! candle-core).

use std::path::{Path, PathBuf};

/// The repository root: `QWEN3_TTS_REPO_DIR` when set, else this crate's `../..` as compiled
/// (this crate is `crates/test-support`). The override is for test binaries built in one
/// checkout and run from a copy of the repository at another path (tools/gpu-check.sh).
fn repo_root() -> PathBuf {
    std::env::var_os("QWEN3_TTS_REPO_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// `shared/`: `QWEN3_TTS_SHARED_DIR`, else the folder beside the repository (CI clones the
/// repository next to it). Panics with the fix when it is missing.
pub fn shared_dir() -> PathBuf {
    let dir = std::env::var_os("QWEN3_TTS_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared"));
    assert!(
        dir.is_dir(),
        "{} missing: clone the shared/ folder beside the repository or set QWEN3_TTS_SHARED_DIR",
        dir.display()
    );
    dir
}

/// `shared/<rel>`, which must exist (a file or a folder).
pub fn shared(rel: &str) -> PathBuf {
    let path = shared_dir().join(rel);
    assert!(
        path.exists(),
        "{} missing from the shared/ folder (QWEN3_TTS_SHARED_DIR)",
        path.display()
    );
    path
}

/// `shared/hf/<model>`: a real checkpoint's configs and tokenizer files (no weights).
pub fn hf_dir(model: &str) -> PathBuf {
    shared(&format!("hf/{model}"))
}

/// The committed reference fixtures, `tests/fixtures` (`tools/reference/generate.sh`).
pub fn fixtures_dir() -> PathBuf {
    let dir = repo_root().join("tests/fixtures");
    assert!(dir.is_dir(), "{} missing", dir.display());
    dir
}

/// Copies a directory tree (fixture checkpoints are small), to break the copy in a test.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let dest = to.join(path.file_name().expect("an entry has a name"));
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

/// `tests/fixtures/checkpoints/<name>`: a tiny random-weight checkpoint in the real layout.
pub fn fixture_checkpoint(name: &str) -> PathBuf {
    let dir = fixtures_dir().join("checkpoints").join(name);
    assert!(dir.is_dir(), "fixture checkpoint {} missing", dir.display());
    dir
}

/// The device the models under test run on: CUDA device 0 with `QWEN3_TTS_TEST_DEVICE=cuda`
/// (tools/gpu-check.sh runs the fixture tests there), else the CPU. One device for the whole
/// binary: candle refuses to mix tensors of two `Device::new_cuda` handles.
pub fn device() -> candle_core::Device {
    static DEVICE: std::sync::OnceLock<candle_core::Device> = std::sync::OnceLock::new();
    DEVICE
        .get_or_init(|| match std::env::var("QWEN3_TTS_TEST_DEVICE").as_deref() {
            Ok("cuda") => candle_core::Device::new_cuda(0)
                .expect("QWEN3_TTS_TEST_DEVICE=cuda: no CUDA device"),
            Ok("cpu") | Err(_) => candle_core::Device::Cpu,
            Ok(other) => panic!("QWEN3_TTS_TEST_DEVICE={other}: expected cpu or cuda"),
        })
        .clone()
}
