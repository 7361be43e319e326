//! The page at `/` in headless Chromium (Debian's package and Selenium from PyPI, both set up
//! by tools/test.sh): it lists the model's voices, streams speech from the API and
//! plays every byte of it.

mod common;

use std::process::Command;

use common::{Server, custom_voice, engine, expected_pcm, python_venv};
use runtime::SynthesisRequest;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread")]
async fn the_page_streams_and_plays_speech_in_a_browser() {
    let test = "the_page_streams_and_plays_speech_in_a_browser";
    if !test_support::chromium(test) {
        return;
    }
    let Some(python) = python_venv("selenium", "the_page_streams_and_plays_speech_in_a_browser")
    else {
        return;
    };
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/web_page.py");
    let out = Command::new(python).arg(script).arg(&server.http).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page: Value = serde_json::from_slice(&out.stdout).unwrap();

    // What the page asked for: its text, the first voice and language in its lists.
    let engine = engine(&custom_voice(), "f32");
    assert_eq!(page["voice"], engine.speakers()[0].as_str());
    assert_eq!(page["language"], engine.languages()[0].as_str());
    let mut req = SynthesisRequest::new(page["text"].as_str().unwrap());
    req.speaker = Some(engine.speakers()[0].clone());
    req.language = engine.languages()[0].clone();
    let want = expected_pcm(&engine, &req);
    assert!(!want.is_empty());
    assert_eq!(page["bytes"], want.len(), "{page}");
    assert!(page["status"].as_str().unwrap().starts_with("Done:"), "{page}");
}
