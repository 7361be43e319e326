//! `tts-cli synth`, `decode` and `voices` as a user runs them, on the `tiny-e2e` fixture
//! checkpoint, against the reference wrapper's output (tests/fixtures/e2e/).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device};

const EN: &str = "The quick brown fox jumps over the lazy dog.";

fn fixtures() -> PathBuf {
    test_support::fixtures_dir()
}

fn model() -> String {
    fixtures().join("checkpoints/tiny-e2e").display().to_string()
}

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tts-cli")).args(args).output().unwrap()
}

fn cli_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tts-cli"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn ok(out: &Output) {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}

fn golden(case: &str) -> (Vec<Vec<u32>>, Vec<f32>) {
    let st = unsafe { MmapedSafetensors::new(fixtures().join(format!("e2e/{case}.safetensors"))) }
        .unwrap();
    let codes =
        st.load("codes", &Device::Cpu).unwrap().to_dtype(DType::U32).unwrap().to_vec2().unwrap();
    (codes, st.load("waveform", &Device::Cpu).unwrap().to_vec1().unwrap())
}

fn read_wav(path: &Path) -> (hound::WavSpec, Vec<f32>) {
    let mut r = hound::WavReader::open(path).unwrap();
    let spec = r.spec();
    let samples = match spec.sample_format {
        hound::SampleFormat::Float => r.samples::<f32>().map(Result::unwrap).collect(),
        hound::SampleFormat::Int => {
            r.samples::<i16>().map(|s| s.unwrap() as f32 / 32767.0).collect()
        }
    };
    (spec, samples)
}

fn en_args<'a>(m: &'a str, out: &'a str) -> Vec<&'a str> {
    vec![
        "synth",
        EN,
        "--model",
        m,
        "--speaker",
        "alice",
        "--language",
        "English",
        "--greedy",
        "--max-frames",
        "39",
        "--fade-ms",
        "0",
        // The exact reference mode (the CPU default is q8_0).
        "--dtype",
        "f32",
        "-o",
        out,
    ]
}

#[test]
fn synth_writes_the_reference_waveform_and_codes() {
    let dir = tempfile::tempdir().unwrap();
    let m = model();
    let (codes, waveform) = golden("e2e_en");

    // 32-bit float WAV: the waveform itself.
    let f32_wav = dir.path().join("en_f32.wav");
    let codes_json = dir.path().join("codes.json");
    let mut args = en_args(&m, f32_wav.to_str().unwrap());
    args.extend(["--format", "f32", "--codes-out", codes_json.to_str().unwrap()]);
    ok(&cli(&args));
    let (spec, samples) = read_wav(&f32_wav);
    assert_eq!((spec.sample_rate, spec.channels, spec.bits_per_sample), (24_000, 1, 32));
    let diff = samples.iter().zip(&waveform).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
    assert_eq!(samples.len(), waveform.len());
    assert!(diff < 1e-4, "max |diff| {diff}");
    let written: Vec<Vec<u32>> =
        serde_json::from_str(&std::fs::read_to_string(&codes_json).unwrap()).unwrap();
    assert_eq!(written, codes);

    // 16-bit PCM (the default): the waveform quantized, within one step plus the f32 tolerance.
    let pcm_wav = dir.path().join("en.wav");
    ok(&cli(&en_args(&m, pcm_wav.to_str().unwrap())));
    let (spec, samples) = read_wav(&pcm_wav);
    assert_eq!(spec.bits_per_sample, 16);
    let diff = samples.iter().zip(&waveform).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
    assert!(diff <= 0.5 / 32767.0 + 1e-4, "max |diff| {diff}");

    // decode(codes) is the same audio, byte for byte.
    let decoded = dir.path().join("decoded.wav");
    ok(&cli(&[
        "decode",
        codes_json.to_str().unwrap(),
        "--model",
        &m,
        "-o",
        decoded.to_str().unwrap(),
    ]));
    assert_eq!(std::fs::read(&decoded).unwrap(), std::fs::read(&pcm_wav).unwrap());
}

#[test]
fn russian_with_instruct_and_streaming_text() {
    let dir = tempfile::tempdir().unwrap();
    let m = model();
    let (_, waveform) = golden("e2e_ru");
    let out = dir.path().join("ru.wav");
    let args = [
        "synth",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "--model",
        &m,
        "--speaker",
        "bob",
        "--language",
        "russian",
        "--instruct",
        "Говорите медленно и спокойно.",
        "--text-feed",
        "streaming",
        "--greedy",
        "--max-frames",
        "39",
        "--fade-ms",
        "0",
        "--format",
        "f32",
        "--dtype",
        "f32",
        "-o",
        out.to_str().unwrap(),
    ];
    ok(&cli(&args));
    let (_, samples) = read_wav(&out);
    let diff = samples.iter().zip(&waveform).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
    assert!(diff < 1e-4, "max |diff| {diff}");
}

#[test]
fn stdin_lines_stream_raw_pcm_and_seeds_repeat() {
    let m = model();
    let args = [
        "synth",
        "--model",
        &m,
        "--speaker",
        "bob",
        "--max-frames",
        "6",
        "--seed",
        "42",
        "-o",
        "-",
    ];
    let first = cli_stdin(&args, "First line.\n\nSecond line here.\n");
    ok(&first);
    // Two utterances (the blank line is skipped) x 6 frames x 24 samples x 2 bytes.
    assert_eq!(first.stdout.len(), 2 * 6 * 24 * 2);
    let again = cli_stdin(&args, "First line.\n\nSecond line here.\n");
    assert_eq!(first.stdout, again.stdout, "same seed, same bytes");
    let other = cli_stdin(
        &args.map(|a| if a == "42" { "43" } else { a }),
        "First line.\nSecond line here.\n",
    );
    assert_ne!(first.stdout, other.stdout, "another seed samples other audio");
}

#[test]
fn voices_lists_speakers_and_languages() {
    let out = cli(&["voices", "--model", &model(), "--json"]);
    ok(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["speakers"], serde_json::json!(["alice", "bob"]));
    assert_eq!(v["languages"], serde_json::json!(["auto", "chinese", "english", "russian"]));
    assert_eq!(v["model_type"], "custom_voice");
}

#[test]
fn errors_are_one_clear_line_and_a_failure_code() {
    let dir = tempfile::tempdir().unwrap();
    let m = model();
    let wav = dir.path().join("x.wav");
    let w = wav.to_str().unwrap();
    let not_audio = dir.path().join("not_audio.wav");
    std::fs::write(&not_audio, b"hello").unwrap();
    let empty_dir = dir.path().join("empty");
    std::fs::create_dir(&empty_dir).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["synth", "hi", "--model", empty_dir.to_str().unwrap(), "-o", w],
            "missing config.json",
        ),
        (vec!["synth", "hi", "--model", &m, "--speaker", "carol", "-o", w], "valid: alice, bob"),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--language", "elvish", "-o", w],
            "language: \"elvish\" is not available; valid: auto, chinese, english, russian",
        ),
        (vec!["synth", "   ", "--model", &m, "--speaker", "bob", "-o", w], "no text"),
        (
            vec![
                "synth",
                "hi",
                "--model",
                &m,
                "--speaker",
                "bob",
                "--ref-audio",
                not_audio.to_str().unwrap(),
                "-o",
                w,
            ],
            "cannot read audio",
        ),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--dtype", "f64", "-o", w],
            "valid: f32, bf16, f16, q8_0, q5_0, q4k; or auto",
        ),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--device", "tpu", "-o", w],
            "valid: cpu, cuda",
        ),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--chunk-ms", "5", "-o", w],
            "20..=1000",
        ),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--format", "mp3", "-o", w],
            "pcm16, f32",
        ),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--text-feed", "x", "-o", w],
            "streaming, full",
        ),
        (
            vec!["decode", not_audio.to_str().unwrap(), "--model", &m, "-o", w],
            "JSON array of frames",
        ),
        (
            vec!["synth", "hi", "--model", &m, "--speaker", "bob", "--max-frames", "0", "-o", w],
            "invalid value '0' for '--max-frames",
        ),
    ];
    for (args, needle) in cases {
        let out = cli(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(stderr.contains(needle), "{args:?}: {stderr:?} lacks {needle:?}");
        assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    }
    // Codes out of the codebook range are named.
    let bad_codes = dir.path().join("bad.json");
    std::fs::write(&bad_codes, "[[1,2,3,99]]").unwrap();
    let out = cli(&["decode", bad_codes.to_str().unwrap(), "--model", &m, "-o", w]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("code 99"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn structured_logs_are_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let m = model();
    let out_wav = dir.path().join("log.wav");
    let mut args = en_args(&m, out_wav.to_str().unwrap());
    args.extend(["--log-format", "json", "--log", "info"]);
    let out = cli(&args);
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in lines {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert!(v["level"].is_string() && v["fields"].is_object(), "{line}");
    }
}

#[test]
fn bench_reports_speed_on_a_checkpoint_and_on_random_weights() {
    let m = model();
    let quantized = [
        "bench",
        "--model",
        &m,
        "--runs",
        "1",
        "--frames",
        "3",
        "--json",
        "--dtype",
        "q4k",
        "--greedy",
        "--text-feed",
        "full",
    ];
    for args in [
        vec!["bench", "--model", &m, "--runs", "2", "--frames", "3", "--json"],
        vec!["bench", "--random-weights", "--config", &m, "--runs", "1", "--frames", "3", "--json"],
        quantized.to_vec(),
    ] {
        let out = cli(&args);
        ok(&out);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in [
            "ttfa_ms_median",
            "rtf_median",
            "frames_per_s_median",
            "peak_rss_mib",
            "lm_rtf",
            "codec_rtf",
        ] {
            assert!(v[key].as_f64().is_some_and(|x| x > 0.0), "{args:?}: {key} in {v}");
        }
        // Each part runs inside the synthesis: its time per audio second is at most the
        // whole run's.
        let rtf = v["rtf_median"].as_f64().unwrap();
        for key in ["lm_rtf", "codec_rtf"] {
            assert!(v[key].as_f64().unwrap() <= rtf, "{args:?}: {key} > rtf_median in {v}");
        }
        let frames = v["frames_per_run"].as_f64().unwrap();
        assert!((1.0..=3.0).contains(&frames), "{v}");
        // The audio is the frames times the codec's hop (24 samples at 24 kHz for this
        // checkpoint, see inspect below), and the first audio comes before the run ends.
        let audio = v["audio_s_per_run"].as_f64().unwrap();
        assert!((audio - frames * 24.0 / 24_000.0).abs() < 1e-9, "{v}");
        let ttfa_s = v["ttfa_ms_median"].as_f64().unwrap() / 1000.0;
        if v["runs"] == 1 {
            assert!(ttfa_s <= rtf * audio, "{args:?}: first audio after the end in {v}");
        }
        // Frames per second of generation and the real-time factor describe the same run:
        // frames/s <= frames / (rtf * audio), as the generation is part of the wall time.
        let fps = v["frames_per_s_median"].as_f64().unwrap();
        if v["runs"] == 1 {
            assert!(fps * rtf * audio <= frames * 1.000_001, "{args:?}: {v}");
        }
        // The process holds at least the tokenizer and the model, and not gigabytes.
        let rss = v["peak_rss_mib"].as_f64().unwrap();
        assert!((10.0..2048.0).contains(&rss), "{v}");
        if args == quantized {
            assert_eq!(v["dtype"], "q4k", "{v}");
            assert_eq!(v["greedy"], true, "{v}");
            assert_eq!(v["text_feed"], "full", "{v}");
        }
    }
    let out = cli(&["bench", "--random-weights"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--config"));
}

#[test]
fn inspect_reports_a_checkpoint_and_names_what_is_missing() {
    let out = cli(&["inspect", "--model", &model(), "--json"]);
    ok(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["model_type"], "custom_voice");
    assert_eq!(v["talker"]["text_vocab_size"], 151936);
    assert_eq!(v["codec"]["samples_per_frame"], 24);
    assert_eq!(v["tensors_verified"], true);
    // A checkpoint without weights: every missing file named, exit code 1.
    let shared_cfg = test_support::hf_dir("Qwen3-TTS-12Hz-0.6B-Base");
    let out = cli(&["inspect", "--model", shared_cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("model.safetensors")
            && stderr.contains("speech_tokenizer/model.safetensors"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

/// `--ref-audio` takes a clip at any rate and format as the reference reads it: a 44.1 kHz
/// stereo 24-bit FLAC clones to the reference wrapper's codes and waveform
/// (tests/fixtures/clips, tools/reference/clip_goldens.py); `--max-reference-secs` limits it.
#[test]
fn a_flac_clip_at_44_khz_clones_as_the_reference() {
    let dir = tempfile::tempdir().unwrap();
    let clips = fixtures().join("clips");
    let st = unsafe { MmapedSafetensors::new(clips.join("clip_44100_stereo_24bit.safetensors")) }
        .unwrap();
    let codes: Vec<Vec<u32>> =
        st.load("codes", &Device::Cpu).unwrap().to_dtype(DType::U32).unwrap().to_vec2().unwrap();
    let waveform: Vec<f32> = st.load("waveform", &Device::Cpu).unwrap().to_vec1().unwrap();
    let m = fixtures().join("checkpoints/tiny-e2e-base").display().to_string();
    let clip = clips.join("clip_44100_stereo_24bit.flac").display().to_string();
    let frames = codes.len().to_string();
    let out = dir.path().join("clone.wav");
    let o = out.to_str().unwrap();
    // clips/clips.json: text, ref_text (tools/reference/e2e_goldens.py CLONE_*).
    let args = [
        "synth",
        "Please call Stella and ask her to bring these things with her.",
        "--model",
        &m,
        "--language",
        "english",
        "--ref-audio",
        &clip,
        "--ref-text",
        "Okay, let me check.",
        "--greedy",
        "--max-frames",
        &frames,
        "--fade-ms",
        "0",
        "--dtype",
        "f32",
        "--format",
        "f32",
        "--no-normalize",
        "-o",
        o,
    ];
    ok(&cli(&args));
    let (_, samples) = read_wav(&out);
    assert_eq!(samples.len(), waveform.len());
    let diff = samples.iter().zip(&waveform).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
    assert!(diff < 1e-4, "max |diff| {diff}");
    let mut limited = args.to_vec();
    limited.extend(["--max-reference-secs", "0.05"]);
    let err = cli(&limited);
    assert!(!err.status.success());
    let text = String::from_utf8_lossy(&err.stderr);
    assert!(text.contains("longer than 0.05 s") && text.contains("max_reference_secs"), "{text}");
}

/// The runaway guards from the command line: a checkpoint without an end of speech stops at the
/// frame budget of its text (60 + ceil(10.8 x 13 tokens) = 201 frames in English) and `-v` says
/// so; `--frame-budget-margin 0` hands the end back to `--max-frames`.
#[test]
fn synth_reports_the_runaway_guard_that_ended_the_speech() {
    let model = test_support::runaway_checkpoint(test_support::Runaway::NoEos);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("runaway.wav");
    let text = "Please call Stella and ask her to bring these things with her.";
    let base = ["synth", text, "--model", model.to_str().unwrap(), "--speaker", "alice"];
    let run = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend(["--language", "English", "-v", "-o", out.to_str().unwrap()]);
        args.extend(extra);
        let o = cli(&args);
        ok(&o);
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let err = run(&[]);
    assert!(err.contains("stopped by frame_budget"), "{err}");
    assert!(
        err.contains("a runaway guard (frame_budget) ended the speech after 201 frames"),
        "{err}"
    );
    // The tiny codec makes 24 samples per frame.
    assert_eq!(read_wav(&out).1.len(), 201 * 24);
    let err = run(&["--frame-budget-margin", "0", "--max-frames", "250"]);
    assert!(err.contains("stopped by max_new_tokens"), "{err}");
    assert_eq!(read_wav(&out).1.len(), 250 * 24);
}
