//! The official `openai` Python SDK (pinned, in the venv tools/test.sh makes) against the
//! server: speech whole and streamed (chunked and SSE), OpenAI's own model and voice names
//! ("tts-1", "alloy"), models, typed errors.

mod common;

use std::process::Command;

use common::{Server, custom_voice, engine, expected_pcm, python_venv};
use runtime::SynthesisRequest;

#[tokio::test(flavor = "multi_thread")]
async fn the_openai_python_sdk_speaks_with_the_server() {
    let Some(python) = python_venv("openai", "the_openai_python_sdk_speaks_with_the_server") else {
        return;
    };
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let mut req = SynthesisRequest::new("The quick brown fox jumps over the lazy dog.");
    req.speaker = Some("alice".into());
    req.language = "english".into();
    req.sampling = runtime::SamplingOverrides::greedy();
    req.chunk_ms = 20;
    let expected = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(expected.path(), expected_pcm(&engine(&custom_voice(), "f32"), &req)).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/openai_sdk.py");
    let out =
        Command::new(python).arg(script).arg(&server.http).arg(expected.path()).output().unwrap();
    assert!(
        out.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
