//! What the tests, benches and examples of every crate look up the same way: the external
//! `shared/` folder (real checkpoint configs and tokenizer files, test data) and the committed
//! reference fixtures, and the device the model tests run on. A dev-dependency only (std and
//! candle-core).

use std::path::{Path, PathBuf};

mod runaway;
pub use runaway::{LOOP_CYCLE, Runaway, runaway_checkpoint};

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

/// A Python virtual environment that `tools/test.sh` made from the pinned `requirements` file
/// (`$QWEN3_TTS_TEST_VENVS/<name>`, its `installed.txt` equal to the file). The tests never
/// install packages themselves: without the venv, this prints one line saying the test is
/// skipped and why, and returns `None`.
pub fn python_venv(name: &str, requirements: &Path, test: &str) -> Option<PathBuf> {
    let want = std::fs::read_to_string(requirements)
        .unwrap_or_else(|e| panic!("{}: {e}", requirements.display()));
    let Some(root) = std::env::var_os("QWEN3_TTS_TEST_VENVS") else {
        skipped(test, "QWEN3_TTS_TEST_VENVS is not set: the Python venvs come from tools/test.sh");
        return None;
    };
    let venv = PathBuf::from(root).join(name);
    if std::fs::read_to_string(venv.join("installed.txt")).ok().as_deref() != Some(want.as_str()) {
        let why = format!("{} is not the venv of {}", venv.display(), requirements.display());
        skipped(test, &format!("{why}: run tools/test.sh"));
        return None;
    }
    Some(venv.join("bin/python"))
}

/// Whether headless Chromium and its WebDriver are on the PATH (`tools/test.sh` installs them
/// from Debian's packages); otherwise prints the skip line.
pub fn chromium(test: &str) -> bool {
    let found = |cmd: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(cmd).is_file()))
    };
    let ok = found("chromium") && found("chromedriver");
    if !ok {
        skipped(test, "chromium and chromedriver are not installed: run tools/test.sh");
    }
    ok
}

/// The one line a skipped test prints, straight to stderr so that the test harness's output
/// capture does not swallow it.
pub fn skipped(test: &str, why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped {test}: {why}");
}

/// Whether a network interface other than loopback is up and takes multicast (mDNS announces
/// and browses on one). Read from Linux's `/sys/class/net/*/flags` (IFF_UP 0x1, IFF_LOOPBACK
/// 0x8, IFF_MULTICAST 0x1000); elsewhere assumed.
pub fn multicast_interface() -> bool {
    let Ok(dir) = std::fs::read_dir("/sys/class/net") else { return true };
    dir.flatten().any(|e| {
        std::fs::read_to_string(e.path().join("flags"))
            .ok()
            .and_then(|f| u32::from_str_radix(f.trim().trim_start_matches("0x"), 16).ok())
            .is_some_and(|f| f & 0x1 != 0 && f & 0x8 == 0 && f & 0x1000 != 0)
    })
}

/// Signal-to-noise ratio of `other` against `reference` in dB: the reference's energy over
/// the energy of the difference (infinite when they are equal).
pub fn snr_db(reference: &[f32], other: &[f32]) -> f64 {
    assert_eq!(reference.len(), other.len(), "SNR of signals of different lengths");
    let signal: f64 = reference.iter().map(|&x| (x as f64).powi(2)).sum();
    let noise: f64 =
        reference.iter().zip(other).map(|(&a, &b)| (a as f64 - b as f64).powi(2)).sum();
    10.0 * (signal / noise).log10()
}
