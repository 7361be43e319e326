//! The project's original quick start (its first README), as written: `synth` with text and an
//! output only, the same with `--streaming`, and `normalize`. The checkpoint comes from the
//! environment (`TTS_MODEL`, as a user points the CLI at a local model), a CustomVoice fixture
//! with speakers: a request that names none speaks with the default speaker. The server's part
//! is in `crates/tts-server/tests/original_quick_start.rs`.

use std::process::{Command, Output};

use runtime::{Engine, EngineOptions, SynthesisRequest};

fn model() -> String {
    test_support::fixture_checkpoint("tiny-e2e").display().to_string()
}

/// `tts-cli ARGS` in `dir` with the fixture as the model.
fn cli(dir: &std::path::Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_tts-cli"))
        .args(args)
        .current_dir(dir)
        .env("TTS_MODEL", model())
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn wav_samples(path: &std::path::Path) -> Vec<i16> {
    hound::WavReader::open(path).unwrap().samples::<i16>().map(Result::unwrap).collect()
}

/// What the engine makes in-process for `text` with no speaker named (the CLI's q8_0 default).
fn expected(text: &str) -> Vec<i16> {
    let options = EngineOptions::from_names("cpu", "auto", "auto", "continuous").unwrap();
    let engine = Engine::load(&model(), options).unwrap();
    let mut samples = Vec::new();
    engine
        .synthesize(&SynthesisRequest::new(text), &mut runtime::collect_into(&mut samples))
        .unwrap();
    let bytes = tts_core::audio::pcm_bytes(&samples, tts_core::SampleFormat::Pcm16);
    bytes.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect()
}

#[test]
fn the_original_quick_start_works_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("output.wav");

    cli(dir.path(), &["synth", "Привет, мир!", "-o", "output.wav"]);
    let got = wav_samples(&output);
    assert!(!got.is_empty());
    assert_eq!(got, expected("Привет, мир!"), "the default speaker's audio");

    let long = "Длинный текст для синтеза...";
    cli(dir.path(), &["synth", long, "-o", "output.wav", "--streaming"]);
    assert_eq!(wav_samples(&output), expected(long));

    let out = cli(dir.path(), &["normalize", "100 рублей", "--lang", "ru"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "сто рублей");
}

/// `-v` reports when the first samples left, also for an output shorter than one chunk (it
/// said 0.0 ms then).
#[test]
fn verbose_reports_the_first_audio_of_an_output_shorter_than_a_chunk() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["synth", "Hi.", "-o", "short.wav", "--chunk-ms", "1000", "--max-frames", "4", "-v"];
    let out = cli(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ms: f64 = stderr
        .split("first audio after ")
        .nth(1)
        .and_then(|rest| rest.split(" ms").next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no first audio in {stderr}"));
    // 4 frames of 24 samples: one chunk, sent at the end.
    assert_eq!(wav_samples(&dir.path().join("short.wav")).len(), 4 * 24);
    assert!(ms > 0.0, "{stderr}");
}
