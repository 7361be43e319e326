//! Runs the Python package's pytest suite (tests/python/) as part of `cargo test`: builds the
//! extension with maturin into a virtual environment under the target directory (created once,
//! reused while its package list is unchanged), then runs pytest and fails with its output.
//!
//! The build reuses the target directory of this test run, so only pyo3, numpy and this crate
//! are compiled again (maturin turns on pyo3's `extension-module` link mode).

use std::path::{Path, PathBuf};
use std::process::Command;

/// What the venv needs besides the package itself (the suite reads the goldens with numpy
/// alone; no torch).
const PACKAGES: &[&str] = &["numpy>=1.20", "pytest>=7", "maturin>=1.5,<2"];

fn run(cmd: &mut Command) -> String {
    let out =
        cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (python3 is needed)"));
    let text =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{cmd:?} failed:\n{text}");
    text
}

/// target/<profile>/deps/<test binary> -> target
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.ancestors().nth(3).expect("target dir above the test binary").to_path_buf()
}

fn venv(target: &Path) -> PathBuf {
    let venv = target.join("py-venvs").join("qwen3-tts-py");
    let stamp = venv.join("installed.txt");
    let want = PACKAGES.join("\n");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(want.as_str()) {
        run(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv));
        run(Command::new(venv.join("bin/python"))
            .args(["-m", "pip", "install", "-q", "--disable-pip-version-check"])
            .args(PACKAGES));
        std::fs::write(&stamp, want).expect("write the venv stamp");
    }
    venv
}

#[test]
fn pytest_suite_against_the_reference_goldens() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = target_dir();
    let venv = venv(&target);
    let bin = venv.join("bin");
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let started = std::time::Instant::now();
    // `maturin develop` installs the package (a .pth to python/ and the extension next to it).
    let mut maturin = Command::new(bin.join("maturin"));
    // The variables cargo sets for this test (CARGO_MANIFEST_DIR, CARGO_PKG_*...) must not reach
    // the nested build: build scripts that track them (ring's) would rebuild, and with them
    // everything above, in this build and in the next plain one.
    for (key, _) in std::env::vars_os() {
        if key.to_str().is_some_and(|k| k.starts_with("CARGO") && k != "CARGO_HOME") {
            maturin.env_remove(key);
        }
    }
    run(maturin
        // --strip: the debug extension is ~300 MB with debuginfo, which maturin zips each time.
        .args(["develop", "--quiet", "--strip", "--manifest-path"])
        .arg(crate_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .env("VIRTUAL_ENV", &venv)
        .env("PATH", &path));
    let built = started.elapsed();
    let out = run(Command::new(bin.join("python"))
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
        .arg(crate_dir.join("tests/python"))
        .current_dir(&crate_dir)
        .env("PATH", &path)
        .env("PYTHONDONTWRITEBYTECODE", "1"));
    eprintln!(
        "maturin develop {:.1} s, pytest {:.1} s\n{}",
        built.as_secs_f64(),
        (started.elapsed() - built).as_secs_f64(),
        out.lines().last().unwrap_or_default()
    );
}
