//! The server half of the project's original quick start, as written: `tts-server` with no
//! flags (the default ports 8080 and 50051; the model from `TTS_MODEL`, a CustomVoice fixture
//! with speakers), `curl http://localhost:8080/health`, and the gRPC request
//! `{"text": "Привет мир", "language": 1}` (grpcurl turns that JSON into this message through the
//! server's reflection: `language` is an enum, 1 is Russian) answered with the audio of the
//! default speaker.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use runtime::SynthesisRequest;

mod common;

use common::{custom_voice, engine, expected_pcm};

mod pb {
    tonic::include_proto!("tts.v1");
}

/// Kills the server when the test ends, however it ends.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_original_server_commands_work_as_written() {
    let _server = Killed(
        Command::new(env!("CARGO_BIN_EXE_tts-server"))
            .env("TTS_MODEL", custom_voice())
            .env_remove("TTS_API_KEY")
            .env_remove("TTS_CONFIG")
            .env_remove("TTS_HTTP_ADDR")
            .env_remove("TTS_GRPC_ADDR")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let started = Instant::now();
    loop {
        let out = Command::new("curl").args(["-sf", "http://localhost:8080/health"]).output();
        if let Ok(out) = out
            && out.status.success()
        {
            assert_eq!(String::from_utf8_lossy(&out.stdout), r#"{"status":"ok"}"#);
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no /health on port 8080");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut client = loop {
        match pb::tts_service_client::TtsServiceClient::connect("http://localhost:50051").await {
            Ok(c) => break c,
            Err(e) => assert!(started.elapsed() < Duration::from_secs(60), "no gRPC: {e}"),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let req =
        pb::SynthesizeRequest {
            text: "Привет мир".into(), language: 1, ..Default::default()
        };
    let mut responses = loop {
        match client.synthesize(req.clone()).await {
            Ok(r) => break r.into_inner(),
            // The model may still be loading (UNAVAILABLE, model_loading).
            Err(s) if s.code() == tonic::Code::Unavailable => {
                assert!(started.elapsed() < Duration::from_secs(60), "still loading: {s:?}")
            }
            Err(s) => panic!("{s:?}"),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut pcm = Vec::new();
    while let Some(message) = responses.message().await.unwrap() {
        if let Some(pb::synthesize_response::Message::Audio(a)) = message.message {
            pcm.extend_from_slice(&a.pcm);
        }
    }
    let mut want = SynthesisRequest::new("Привет мир");
    want.language = "russian".into();
    want.exact_reference_cut = false;
    assert!(!pcm.is_empty());
    assert_eq!(pcm, expected_pcm(&engine(&custom_voice(), "auto"), &want));
}
