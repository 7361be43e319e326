//! The page at `/` in headless Chromium (Debian's package and Selenium from PyPI, both set up
//! by tools/test.sh): it lists the model's voices, shows its task's controls (a style or voice
//! description, a clone box for Base models, sampling settings), streams speech from the API,
//! plays every byte of it, draws its waveform, shows the time to first audio and the real-time
//! factor, and offers the response as a WAV; a screenshot of each page is written under the
//! target directory (web-page/*.png).

mod common;

use std::path::PathBuf;
use std::process::Command;

use base64::Engine as _;
use common::{Server, base, custom_voice, engine, expected_pcm, python_venv};
use runtime::SynthesisRequest;
use serde_json::{Value, json};

/// Runs web_page.py against `server` (with `clone`: a clip, a name and a transcript for the
/// clone box) and checks what every page shows; returns its report and the PCM it offers as
/// a download.
fn drive(
    python: &std::path::Path,
    server: &Server,
    screenshot: &str,
    clone: &[&str],
) -> (Value, Vec<u8>) {
    let dir = target_dir().join("web-page");
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join(screenshot);
    let _ = std::fs::remove_file(&png);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/web_page.py");
    let out =
        Command::new(python).arg(script).arg(&server.http).arg(&png).args(clone).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The screenshot, a PNG.
    let shot = std::fs::read(&png).unwrap();
    assert_eq!(&shot[1..4], b"PNG", "{}", png.display());
    // What was played is what came; the download is it as a WAV (44-byte header).
    let bytes = page["bytes"].as_u64().unwrap();
    assert!(bytes > 0, "{page}");
    assert_eq!(page["played"].as_u64(), Some(bytes / 2), "{page}");
    let wav = base64::engine::general_purpose::STANDARD
        .decode(page["download"].as_str().unwrap())
        .unwrap();
    let spec = hound::WavReader::new(std::io::Cursor::new(&wav)).unwrap().spec();
    assert_eq!((spec.channels, spec.sample_rate, spec.bits_per_sample), (1, 24_000, 16));
    assert_eq!(wav.len() as u64, 44 + bytes);
    // The waveform fills the canvas: at least one drawn pixel in each of its 900 columns.
    assert!(page["waveform_pixels"].as_u64().unwrap() >= 900, "{page}");
    let ms: f64 = page["ttfa"].as_str().unwrap().trim_end_matches(" ms").parse().unwrap();
    let rtf: f64 = page["rtf"].as_str().unwrap().parse().unwrap();
    assert!(ms > 0.0 && rtf > 0.0, "{page}");
    assert!(page["status"].as_str().unwrap().starts_with("Done:"), "{page}");
    (page, wav[44..].to_vec())
}

fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_path_buf()
}

/// The controls a page of `task` shows: everything but the other tasks' boxes.
fn shown(page: &Value, task: &str) {
    for (control, visible) in page["displayed"].as_object().unwrap() {
        let clone_box = control.starts_with("clone-");
        let want = match control.as_str() {
            "instructions" => task != "Base",
            _ if clone_box => task == "Base",
            _ => true,
        };
        assert_eq!(visible.as_bool(), Some(want), "{task}: {control}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_page_streams_and_plays_speech_in_a_browser() {
    let test = "the_page_streams_and_plays_speech_in_a_browser";
    if !test_support::chromium(test) {
        return;
    }
    let Some(python) = python_venv("selenium", test) else {
        return;
    };
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let (page, pcm) = drive(&python, &server, "customvoice.png", &[]);
    shown(&page, "CustomVoice");

    // What the page asked for: its text, the first voice and language in its lists.
    let engine = engine(&custom_voice(), "f32");
    assert_eq!(page["voice"], engine.speakers()[0].as_str());
    assert_eq!(page["language"], engine.languages()[0].as_str());
    let mut req = SynthesisRequest::new(page["text"].as_str().unwrap());
    req.speaker = Some(engine.speakers()[0].clone());
    req.language = engine.languages()[0].clone();
    let want = expected_pcm(&engine, &req);
    assert_eq!(page["bytes"], want.len(), "{page}");
    assert_eq!(pcm, want);
}

/// A Base model's page: the clone box uploads a clip with its transcript, and the page speaks
/// with the new voice and its sampling settings (temperature 0, seed 3): the same audio, byte
/// for byte, as the API gives for that request.
#[tokio::test(flavor = "multi_thread")]
async fn the_page_clones_a_voice_and_speaks_with_it() {
    let test = "the_page_clones_a_voice_and_speaks_with_it";
    if !test_support::chromium(test) {
        return;
    }
    let Some(python) = python_venv("selenium", test) else {
        return;
    };
    let server = Server::start(&base(), &[]).await;
    let clip_file = tempfile::Builder::new().suffix(".wav").tempfile().unwrap();
    let clip: Vec<f32> = (0..4800).map(|i| (i as f32 * 0.02).sin() * 0.4).collect();
    tts_core::audio::write_wav(
        &mut std::fs::File::create(clip_file.path()).unwrap(),
        &clip,
        24_000,
        tts_core::SampleFormat::Pcm16,
    )
    .unwrap();
    let clip_path = clip_file.path().to_str().unwrap();
    let (page, pcm) =
        drive(&python, &server, "base.png", &[clip_path, "page-voice", "Hello there."]);
    shown(&page, "Base");
    assert_eq!(page["voice"], "page-voice");

    let body = json!({"input": page["text"], "voice": "page-voice", "language": page["language"],
                      "response_format": "pcm", "temperature": 0, "seed": 3});
    let r = reqwest::Client::new().post(server.url("/v1/audio/speech")).json(&body).send();
    let want = r.await.unwrap().bytes().await.unwrap();
    assert_eq!(page["bytes"], want.len(), "{page}");
    assert_eq!(pcm, want.to_vec());
}
