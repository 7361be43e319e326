//! Runs the Python package's pytest suite (tests/python/) as part of `cargo test`: builds the
//! extension with maturin into the virtual environment tools/test.sh made from
//! tests/requirements.txt, then runs pytest and fails with its output.
//!
//! The build reuses the target directory of this test run, so only pyo3, numpy and this crate
//! are compiled again (maturin turns on pyo3's `extension-module` link mode).

use std::path::PathBuf;
use std::process::Command;

use test_support::{Runaway, runaway_checkpoint};

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

#[test]
fn pytest_suite_against_the_reference_goldens() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = target_dir();
    let requirements = crate_dir.join("tests/requirements.txt");
    let test = "pytest_suite_against_the_reference_goldens";
    let Some(python) = test_support::python_venv("qwen3-tts-py", &requirements, test) else {
        return;
    };
    let bin = python.parent().expect("the venv's bin/").to_path_buf();
    let venv = bin.parent().expect("the venv").to_path_buf();
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
        .env("PYTHONDONTWRITEBYTECODE", "1")
        // The checkpoints that run away (test_guards.py).
        .env("QWEN3_TTS_RUNAWAY_NOEOS", runaway_checkpoint(Runaway::NoEos))
        .env("QWEN3_TTS_RUNAWAY_LOOP", runaway_checkpoint(Runaway::Loop)));
    eprintln!(
        "maturin develop {:.1} s, pytest {:.1} s\n{}",
        built.as_secs_f64(),
        (started.elapsed() - built).as_secs_f64(),
        out.lines().last().unwrap_or_default()
    );
}
