//! The server's error table, row by row, as clients meet it: each code produced at the server
//! over every API it applies to (HTTP, gRPC, and the WebSocket and Wyoming where they carry
//! it), streams that fail after their first audio (chunked body aborted, SSE and WebSocket
//! error events, gRPC status), the engine's liveness in `/ready`, gRPC health and Wyoming, and
//! the README's table checked against the code's. The fixture checkpoints run in this process
//! (`common::in_process`), so that a test can catch the moment before the model loads and
//! inject faults into the engine thread.
//!
//! Rows tested elsewhere: HTTP's `invalid_json`, `text_too_long`, `model_not_found`,
//! `unauthenticated`, `rate_limited`, `overloaded` and client cancellation, and the drain
//! (`/ready` 503, then new connections refused while streams finish) in `http.rs`; gRPC's
//! `unauthenticated` and client cancellation in `grpc.rs`.

use std::time::Duration;

use base64::Engine as _;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tonic::Code;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_types::StatusExt;
use tts_server::settings::Args;

mod common;

use common::in_process::{InProcess, eventually};
use common::{base, custom_voice};

mod pb {
    tonic::include_proto!("tts.v1");
}

use pb::synthesize_response::Message as Out;
use pb::synthesize_stream_request::Message as In;
use pb::tts_service_client::TtsServiceClient;

const EN: &str = "The quick brown fox jumps over the lazy dog.";
const LONG_WAIT: Duration = Duration::from_secs(120);

/// An HTTP error as a client reads it: status, `code`, `param`, `message`, `Retry-After`.
#[derive(Debug)]
struct HttpError {
    status: u16,
    code: String,
    param: Value,
    message: String,
    retry_after: Option<String>,
}

async fn http_error(r: reqwest::Response) -> HttpError {
    let status = r.status().as_u16();
    let retry_after = r.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string());
    let body: Value = r.json().await.unwrap();
    let e = &body["error"];
    HttpError {
        status,
        code: e["code"].as_str().unwrap().into(),
        param: e["param"].clone(),
        message: e["message"].as_str().unwrap().into(),
        retry_after,
    }
}

async fn post(server: &InProcess, body: &Value) -> reqwest::Response {
    reqwest::Client::new().post(server.url("/v1/audio/speech")).json(body).send().await.unwrap()
}

/// The error code (ErrorInfo reason) and the field (BadRequest) a gRPC status carries.
fn grpc_details(status: &tonic::Status) -> (String, Option<String>) {
    let reason = status.get_details_error_info().map(|i| i.reason).unwrap_or_default();
    let field = status
        .get_details_bad_request()
        .and_then(|b| b.field_violations.first().map(|v| v.field.clone()));
    (reason, field)
}

fn alice(text: &str) -> pb::SynthesizeRequest {
    pb::SynthesizeRequest { text: text.into(), voice: "alice".into(), ..Default::default() }
}

/// A clip to clone from, as a data URL and as WAV bytes.
fn clip() -> (String, Vec<u8>) {
    let samples: Vec<f32> = (0..2400).map(|i| (i as f32 * 0.05).sin() * 0.3).collect();
    let mut wav = std::io::Cursor::new(Vec::new());
    tts_core::audio::write_wav(&mut wav, &samples, 24_000, tts_core::SampleFormat::Pcm16).unwrap();
    let bytes = wav.into_inner();
    let url = format!(
        "data:audio/wav;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&bytes)
    );
    (url, bytes)
}

/// A server whose requests outlast the runaway guards (docs/guards.md): [`long_clone`] runs to
/// its `max_new_tokens` only with both off.
fn unguarded(args: Args) -> Args {
    Args { frame_budget_margin: Some(0.0), loop_min_frames: Some(0), ..args }
}

/// A Base-model request that runs until `max_new_tokens` (the fixture never ends speech by
/// itself): a stream that is still running when the test acts on it.
fn long_clone(max_new_tokens: u32, extra: Value) -> Value {
    let mut body = json!({"input": EN, "ref_audio": clip().0, "x_vector_only_mode": true,
                          "temperature": 0, "max_new_tokens": max_new_tokens, "chunk_ms": 20});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

fn long_clone_grpc(max_new_tokens: u32) -> pb::SynthesizeRequest {
    pb::SynthesizeRequest {
        text: EN.into(),
        ref_audio: clip().1,
        x_vector_only_mode: Some(true),
        temperature: Some(0.0),
        max_new_tokens: Some(max_new_tokens),
        chunk_ms: Some(20),
        ..Default::default()
    }
}

/// Reads a response body to its end; true when it ended in an error (an aborted transfer).
async fn read_to_end<S, B>(mut body: S) -> bool
where
    S: futures_util::Stream<Item = reqwest::Result<B>> + Unpin,
{
    while let Some(piece) = body.next().await {
        if piece.is_err() {
            return true;
        }
    }
    false
}

async fn metrics(server: &InProcess) -> String {
    reqwest::get(server.url("/metrics")).await.unwrap().text().await.unwrap()
}

async fn wait_metric(server: &InProcess, line: &str) {
    let started = std::time::Instant::now();
    loop {
        let now = metrics(server).await;
        if now.lines().any(|l| l == line) {
            return;
        }
        assert!(started.elapsed() < LONG_WAIT, "no {line} within {LONG_WAIT:?}:\n{now}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn health(server: &InProcess) -> i32 {
    let mut client = HealthClient::new(server.channel().await);
    let req = HealthCheckRequest { service: "tts.v1.TtsService".into() };
    client.check(req).await.unwrap().into_inner().status
}

/// A Wyoming exchange: `events` in, every event the server sends until it closes or goes
/// quiet for a second.
async fn wyoming(server: &InProcess, events: &[(&str, Value)]) -> Vec<tts_server::wyoming::Event> {
    let stream = tokio::net::TcpStream::connect(&server.wyoming).await.unwrap();
    let (read, mut write) = stream.into_split();
    for (kind, data) in events {
        let event = tts_server::wyoming::Event {
            kind: kind.to_string(),
            data: data.as_object().cloned().unwrap_or_default(),
            payload: Vec::new(),
        };
        tts_server::wyoming::write_event(&mut write, &event).await.unwrap();
    }
    let mut reader = tokio::io::BufReader::new(read);
    let mut got = Vec::new();
    while let Ok(Ok(Some(e))) = tokio::time::timeout(
        Duration::from_secs(1),
        tts_server::wyoming::read_event(&mut reader, 1 << 24),
    )
    .await
    {
        got.push(e);
    }
    got
}

fn wyoming_error(events: &[tts_server::wyoming::Event]) -> (String, String) {
    let e = events.iter().find(|e| e.kind == "error").expect("an error event");
    (e.data["code"].as_str().unwrap().into(), e.data["text"].as_str().unwrap().into())
}

#[test]
fn the_readme_error_table_is_the_codes_table() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let (begin, end) = ("<!-- error-table -->", "<!-- /error-table -->");
    let start = readme.find(begin).expect("the README marks its error table") + begin.len();
    let stop = readme[start..].find(end).expect("the error table's end marker") + start;
    assert_eq!(readme[start..stop].trim(), tts_server::error::error_table().trim());
}

/// `model_loading` before the model has loaded; `engine_stopped` once the engine thread died,
/// with `/ready`, gRPC health and Wyoming's `info` not serving, and the server ending with an
/// error after it announced that (the process exits non-zero).
#[tokio::test(flavor = "multi_thread")]
async fn loading_and_a_dead_engine_turn_every_api_away() {
    let mut server = InProcess::start(&custom_voice(), Args::default()).await;
    let ready = || async { reqwest::get(server.url("/ready")).await.unwrap() };
    let r = ready().await;
    assert_eq!(r.status(), 503);
    assert_eq!(r.json::<Value>().await.unwrap()["status"], "loading");
    let e = http_error(post(&server, &json!({"input": EN, "voice": "alice"})).await).await;
    assert_eq!(
        (e.status, e.code.as_str(), e.retry_after.as_deref()),
        (503, "model_loading", Some("1"))
    );
    let mut grpc = TtsServiceClient::new(server.channel().await);
    let status = grpc.synthesize(alice(EN)).await.unwrap_err();
    assert_eq!(
        (status.code(), grpc_details(&status).0.as_str()),
        (Code::Unavailable, "model_loading")
    );
    assert_eq!(health(&server).await, ServingStatus::NotServing as i32);
    let info = wyoming(&server, &[("describe", json!({}))]).await;
    assert_eq!(info[0].data["tts"][0]["installed"], false);

    server.load().await;
    assert_eq!(ready().await.status(), 200);
    eventually(LONG_WAIT, "gRPC SERVING", || async {
        health(&server).await == ServingStatus::Serving as i32
    })
    .await;
    let info = wyoming(&server, &[("describe", json!({}))]).await;
    assert_eq!(info[0].data["tts"][0]["installed"], true);

    server.state.service().unwrap().inject(runtime::Fault::Panic);
    // Reported at once, while the server still takes connections (DRAIN_ANNOUNCE).
    eventually(Duration::from_secs(1), "/ready 503", || async { ready().await.status() == 503 })
        .await;
    assert_eq!(ready().await.json::<Value>().await.unwrap()["status"], "engine_stopped");
    eventually(Duration::from_secs(1), "gRPC NOT_SERVING", || async {
        health(&server).await == ServingStatus::NotServing as i32
    })
    .await;
    let info = wyoming(&server, &[("describe", json!({}))]).await;
    assert_eq!(info[0].data["tts"][0]["installed"], false);
    let e = http_error(post(&server, &json!({"input": EN, "voice": "alice"})).await).await;
    assert_eq!(
        (e.status, e.code.as_str(), e.retry_after.as_deref()),
        (503, "engine_stopped", Some("1"))
    );
    let status = grpc.synthesize(alice(EN)).await.unwrap_err();
    assert_eq!(
        (status.code(), grpc_details(&status).0.as_str()),
        (Code::Unavailable, "engine_stopped")
    );
    let ended = server.finished(tts_server::server::DRAIN_ANNOUNCE * 5).await;
    assert!(ended.unwrap_err().to_string().contains("engine thread died"));
}

/// A fault of the engine (a failed batched step) in the middle of streams: a whole HTTP
/// response is a 500, a chunked one is aborted (never a clip that silently stops), SSE and the
/// WebSocket send an error event, gRPC ends with INTERNAL; the server goes on serving.
#[tokio::test(flavor = "multi_thread")]
async fn an_internal_error_ends_each_kind_of_stream_as_documented() {
    let server = InProcess::ready(&base(), unguarded(Args::default())).await;
    let client = reqwest::Client::new();
    let url = server.url("/v1/audio/speech");
    let whole = tokio::spawn({
        let request = client.post(&url).json(&long_clone(4000, json!({})));
        async move { request.send().await }
    });
    let chunked = client
        .post(&url)
        .json(&long_clone(4000, json!({"stream": true, "response_format": "pcm"})))
        .send()
        .await
        .unwrap();
    let sse = client
        .post(&url)
        .json(&long_clone(4000, json!({"stream_format": "sse"})))
        .send()
        .await
        .unwrap();
    let mut grpc = TtsServiceClient::new(server.channel().await);
    let mut calls = grpc.synthesize(long_clone_grpc(4000)).await.unwrap().into_inner();
    let (mut ws, _) =
        tokio_tungstenite::connect_async(server.ws_url("/v1/audio/speech/stream")).await.unwrap();
    let config = json!({"type": "session.config", "ref_audio": clip().0, "x_vector_only_mode": true,
                        "temperature": 0, "max_new_tokens": 4000});
    ws.send(Message::Text(config.to_string().into())).await.unwrap();
    ws.send(Message::Text(json!({"type": "input.text", "text": EN}).to_string().into()))
        .await
        .unwrap();
    ws.send(Message::Text(json!({"type": "input.done"}).to_string().into())).await.unwrap();
    // Every stream has started (the whole response is in the engine too).
    let mut chunked = chunked.bytes_stream();
    assert!(!chunked.next().await.unwrap().unwrap().is_empty());
    let mut sse = sse.bytes_stream();
    assert!(
        String::from_utf8_lossy(&sse.next().await.unwrap().unwrap()).contains("speech.audio.delta")
    );
    assert!(matches!(calls.message().await.unwrap().unwrap().message, Some(Out::Audio(_))));
    wait_metric(&server, "tts_active_streams 5").await;

    server.state.service().unwrap().inject(runtime::Fault::FailRequests);

    let e = http_error(whole.await.unwrap().unwrap()).await;
    assert_eq!((e.status, e.code.as_str()), (500, "internal"), "{e:?}");
    assert!(e.message.contains("injected fault"), "{e:?}");
    assert!(read_to_end(chunked).await, "a chunked stream that failed is aborted, not ended");
    let mut events = String::new();
    while let Some(piece) = sse.next().await {
        events += &String::from_utf8_lossy(&piece.unwrap());
    }
    let last = events.lines().rfind(|l| l.starts_with("data:")).unwrap();
    let last: Value = serde_json::from_str(last.trim_start_matches("data:").trim()).unwrap();
    assert_eq!(
        (last["type"].as_str(), last["error"]["code"].as_str()),
        (Some("speech.audio.error"), Some("internal"))
    );
    let status = loop {
        match calls.message().await {
            Ok(Some(_)) => continue,
            Ok(None) => panic!("the call ended without its error"),
            Err(status) => break status,
        }
    };
    assert_eq!((status.code(), grpc_details(&status).0.as_str()), (Code::Internal, "internal"));
    let done = loop {
        match ws.next().await.unwrap().unwrap() {
            Message::Text(t) if t.contains("audio.done") => {
                break serde_json::from_str::<Value>(&t).unwrap();
            }
            _ => continue,
        }
    };
    assert_eq!(done["error"]["code"], "internal", "{done}");

    // Still serving.
    let r = post(&server, &long_clone(3, json!({"response_format": "pcm"}))).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.bytes().await.unwrap().len(), 2 * 24 * 2);
}

/// `deadline_ms` that passes while running: 504 for a whole response, an aborted chunked
/// stream, DEADLINE_EXCEEDED over gRPC.
#[tokio::test(flavor = "multi_thread")]
async fn a_deadline_that_passes_cuts_the_request() {
    let server = InProcess::ready(&base(), unguarded(Args::default())).await;
    let e = http_error(post(&server, &long_clone(8000, json!({"deadline_ms": 300}))).await).await;
    assert_eq!((e.status, e.code.as_str()), (504, "deadline_exceeded"), "{e:?}");
    assert!(e.message.contains("300 ms"), "{e:?}");

    // A deadline long enough for the first audio to leave on a slow machine, and a request
    // that runs past it (the fixture never ends speech by itself): the cut comes mid-stream.
    let body = long_clone(
        1_000_000,
        json!({"deadline_ms": 10_000, "stream": true, "response_format": "pcm"}),
    );
    let r = post(&server, &body).await;
    assert_eq!(r.status(), 200);
    assert!(read_to_end(r.bytes_stream()).await, "a stream cut by its deadline is aborted");

    let mut grpc = TtsServiceClient::new(server.channel().await);
    let req = pb::SynthesizeRequest { deadline_ms: Some(10_000), ..long_clone_grpc(1_000_000) };
    let mut calls = grpc.synthesize(req).await.unwrap().into_inner();
    let status = loop {
        match calls.message().await {
            Ok(Some(_)) => continue,
            Ok(None) => panic!("the call ended without its error"),
            Err(status) => break status,
        }
    };
    assert_eq!(
        (status.code(), grpc_details(&status).0.as_str()),
        (Code::DeadlineExceeded, "deadline_exceeded")
    );
}

/// `voice_not_found` (a speech request's voice, a voice to delete), `body_too_large` (HTTP
/// body limit, gRPC message limit), `invalid_content_type`, `invalid_multipart`.
#[tokio::test(flavor = "multi_thread")]
async fn unknown_voices_big_bodies_and_bad_forms() {
    let args = Args { max_body_mib: Some(1), ..Args::default() };
    let server = InProcess::ready(&base(), args).await;
    let e = http_error(post(&server, &json!({"input": EN, "voice": "nobody"})).await).await;
    assert_eq!(
        (e.status, e.code.as_str(), e.param.as_str()),
        (404, "voice_not_found", Some("voice"))
    );
    assert!(e.message.starts_with("voice: no voice \"nobody\" is registered"), "{e:?}");
    let mut grpc = TtsServiceClient::new(server.channel().await);
    let req =
        pb::SynthesizeRequest { text: EN.into(), voice: "nobody".into(), ..Default::default() };
    let status = grpc.synthesize(req).await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    assert_eq!(grpc_details(&status), ("voice_not_found".into(), Some("voice".into())));
    assert_eq!(status.message(), e.message);
    let r =
        reqwest::Client::new().delete(server.url("/v1/audio/voices/nobody")).send().await.unwrap();
    let e = http_error(r).await;
    assert_eq!(
        (e.status, e.code.as_str(), e.param.as_str()),
        (404, "voice_not_found", Some("name"))
    );

    let big = json!({"input": "x".repeat(2 << 20), "voice": "nobody"});
    let e = http_error(post(&server, &big).await).await;
    assert_eq!((e.status, e.code.as_str()), (413, "body_too_large"));
    let req = pb::SynthesizeRequest { ref_audio: vec![0; 2 << 20], ..long_clone_grpc(3) };
    let status = grpc.synthesize(req).await.unwrap_err();
    assert_eq!(status.code(), Code::OutOfRange, "{status:?}");

    let r = reqwest::Client::new()
        .post(server.url("/v1/audio/speech"))
        .header("content-type", "text/plain")
        .body(json!({"input": EN}).to_string())
        .send()
        .await
        .unwrap();
    let e = http_error(r).await;
    assert_eq!((e.status, e.code.as_str()), (415, "invalid_content_type"));

    let r = reqwest::Client::new()
        .post(server.url("/v1/audio/voices"))
        .header("content-type", "multipart/form-data; boundary=xyz")
        .body("--xyz\r\nno headers and no end")
        .send()
        .await
        .unwrap();
    let e = http_error(r).await;
    assert_eq!((e.status, e.code.as_str()), (400, "invalid_multipart"), "{e:?}");
}

/// A reader that stops reading falls `max_unread_audio_s` behind and its stream is cut
/// (`slow_reader`) over HTTP and gRPC; the engine's row is freed. Both clients speak HTTP/2
/// with a small flow-control window and never take the audio, so the server's writes stall
/// after a few kilobytes (over HTTP/1.1 the kernel's socket buffers would first hold seconds
/// of the fixture's 24 samples per frame).
#[tokio::test(flavor = "multi_thread")]
async fn a_reader_that_stops_reading_is_cut() {
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), "[runtime]\nmax_unread_audio_s = 0.02\n").unwrap();
    let args = Args { config: Some(config.path().into()), ..Args::default() };
    let server = InProcess::ready(&base(), unguarded(args)).await;

    let client = reqwest::Client::builder()
        .http2_prior_knowledge()
        .http2_initial_stream_window_size(1024)
        .http2_initial_connection_window_size(1024)
        .build()
        .unwrap();
    let body = long_clone(20_000, json!({"stream": true, "response_format": "pcm"}));
    let r = client.post(server.url("/v1/audio/speech")).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200);
    // The engine cuts the stream and frees its row; the reader learns it when it reads on.
    wait_metric(&server, "tts_engine_failed_total 1").await;
    let aborted = read_to_end(r.bytes_stream()).await;
    assert!(aborted, "a cut stream is aborted");
    wait_metric(&server, r#"tts_requests_total{api="http",outcome="slow_reader"} 1"#).await;

    let channel = tonic::transport::Endpoint::from_shared(format!("http://{}", server.grpc))
        .unwrap()
        .initial_stream_window_size(1024)
        .initial_connection_window_size(1024)
        .connect()
        .await
        .unwrap();
    let mut grpc = TtsServiceClient::new(channel);
    let mut calls = grpc.synthesize(long_clone_grpc(20_000)).await.unwrap().into_inner();
    wait_metric(&server, "tts_engine_failed_total 2").await;
    let status = loop {
        match calls.message().await {
            Ok(Some(_)) => continue,
            Ok(None) => panic!("the call ended without its error"),
            Err(status) => break status,
        }
    };
    assert_eq!(
        (status.code(), grpc_details(&status).0.as_str()),
        (Code::ResourceExhausted, "slow_reader")
    );
    wait_metric(&server, r#"tts_requests_total{api="grpc",outcome="slow_reader"} 1"#).await;
}

/// gRPC's answers to what HTTP's tests refuse: overload, the rate limit, a text over the
/// limit (and Wyoming's), and a call the client cancels (counted in the metrics).
#[tokio::test(flavor = "multi_thread")]
async fn grpc_and_wyoming_refuse_as_http_does() {
    let args = Args {
        max_batch: Some(1),
        max_queue: Some(0),
        max_text_chars: Some(60),
        ..Args::default()
    };
    let server = InProcess::ready(&base(), unguarded(args)).await;
    let mut grpc = TtsServiceClient::new(server.channel().await);
    let long = pb::SynthesizeRequest { text: "word ".repeat(20), ..long_clone_grpc(3) };
    let status = grpc.synthesize(long).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(grpc_details(&status), ("text_too_long".into(), Some("input".into())));
    let events = wyoming(&server, &[("synthesize", json!({"text": "word ".repeat(20)}))]).await;
    let (code, text) = wyoming_error(&events);
    assert_eq!(code, "text_too_long");
    assert!(text.starts_with("input: the text is 100 characters"), "{text}");

    let mut running = grpc.synthesize(long_clone_grpc(20_000)).await.unwrap().into_inner();
    assert!(matches!(running.message().await.unwrap().unwrap().message, Some(Out::Audio(_))));
    let status = grpc.synthesize(long_clone_grpc(3)).await.unwrap_err();
    assert_eq!(
        (status.code(), grpc_details(&status).0.as_str()),
        (Code::ResourceExhausted, "overloaded")
    );
    drop(running);
    wait_metric(&server, r#"tts_cancellations_total{reason="client_gone"} 1"#).await;
    wait_metric(&server, "tts_active_streams 0").await;

    let limited =
        InProcess::ready(&base(), Args { rate_limit_per_s: Some(1), ..Args::default() }).await;
    let mut grpc = TtsServiceClient::new(limited.channel().await);
    let mut statuses = Vec::new();
    for _ in 0..25 {
        if let Err(s) = grpc.list_voices(pb::ListVoicesRequest {}).await {
            statuses.push(s);
        }
    }
    let status = statuses.first().expect("some calls over the rate are refused");
    assert_eq!(
        (status.code(), grpc_details(status).0.as_str()),
        (Code::ResourceExhausted, "rate_limited")
    );
}

/// One bad value per request field: every API that carries the field refuses it with the same
/// message, naming the field (HTTP `param`, gRPC BadRequest, the WebSocket error's `param`,
/// the start of Wyoming's text).
#[tokio::test(flavor = "multi_thread")]
async fn every_field_is_refused_alike_by_every_api() {
    let custom = InProcess::ready(&custom_voice(), Args::default()).await;
    let cloning = InProcess::ready(&base(), Args::default()).await;
    let alice_req = alice(EN);
    let clone_req = long_clone_grpc(3);
    // (field, server, HTTP body, gRPC request or None where gRPC cannot say it, WebSocket config
    // or None, Wyoming synthesize data or None).
    type Case<'a> = (
        &'a str,
        &'a InProcess,
        Value,
        Option<pb::SynthesizeRequest>,
        Option<Value>,
        Option<Value>,
    );
    let cases: Vec<Case> = vec![
        (
            "input",
            &custom,
            json!({"input": "  ", "voice": "alice"}),
            Some(pb::SynthesizeRequest { text: "  ".into(), ..alice_req.clone() }),
            None,
            Some(json!({"text": "  ", "voice": {"name": "alice"}})),
        ),
        (
            "voice",
            &custom,
            json!({"input": EN, "voice": "carol"}),
            Some(pb::SynthesizeRequest { voice: "carol".into(), ..alice_req.clone() }),
            Some(json!({"voice": "carol"})),
            Some(json!({"text": EN, "voice": {"name": "carol"}})),
        ),
        (
            "language",
            &custom,
            json!({"input": EN, "voice": "alice", "language": "german"}),
            Some(pb::SynthesizeRequest {
                language: pb::Language::German as i32,
                ..alice_req.clone()
            }),
            Some(json!({"voice": "alice", "language": "german"})),
            Some(json!({"text": EN, "voice": {"name": "alice", "language": "de"}})),
        ),
        (
            "temperature",
            &custom,
            json!({"input": EN, "voice": "alice", "temperature": -1.0}),
            Some(pb::SynthesizeRequest { temperature: Some(-1.0), ..alice_req.clone() }),
            Some(json!({"voice": "alice", "temperature": -1.0})),
            None,
        ),
        (
            "top_k",
            &custom,
            json!({"input": EN, "voice": "alice", "top_k": -1}),
            None,
            Some(json!({"voice": "alice", "top_k": -1})),
            None,
        ),
        (
            "top_p",
            &custom,
            json!({"input": EN, "voice": "alice", "top_p": 2.0}),
            Some(pb::SynthesizeRequest { top_p: Some(2.0), ..alice_req.clone() }),
            Some(json!({"voice": "alice", "top_p": 2.0})),
            None,
        ),
        (
            "repetition_penalty",
            &custom,
            json!({"input": EN, "voice": "alice", "repetition_penalty": 0.0}),
            Some(pb::SynthesizeRequest { repetition_penalty: Some(0.0), ..alice_req.clone() }),
            Some(json!({"voice": "alice", "repetition_penalty": 0.0})),
            None,
        ),
        (
            "max_new_tokens",
            &custom,
            json!({"input": EN, "voice": "alice", "max_new_tokens": 1}),
            Some(pb::SynthesizeRequest { max_new_tokens: Some(1), ..alice_req.clone() }),
            Some(json!({"voice": "alice", "max_new_tokens": 1})),
            None,
        ),
        (
            "chunk_ms",
            &custom,
            json!({"input": EN, "voice": "alice", "chunk_ms": 5}),
            Some(pb::SynthesizeRequest { chunk_ms: Some(5), ..alice_req.clone() }),
            Some(json!({"voice": "alice", "chunk_ms": 5})),
            None,
        ),
        (
            "priority",
            &custom,
            json!({"input": EN, "voice": "alice", "priority": "urgent"}),
            None,
            Some(json!({"voice": "alice", "priority": "urgent"})),
            None,
        ),
        (
            "ref_audio",
            &custom,
            json!({"input": EN, "voice": "alice", "ref_audio": clip().0}),
            Some(pb::SynthesizeRequest { ref_audio: clip().1, ..alice_req.clone() }),
            Some(json!({"voice": "alice", "ref_audio": clip().0})),
            None,
        ),
        (
            "instructions",
            &cloning,
            json!({"input": EN, "ref_audio": clip().0, "x_vector_only_mode": true, "instructions": "calm"}),
            Some(pb::SynthesizeRequest { instructions: "calm".into(), ..clone_req.clone() }),
            Some(
                json!({"ref_audio": clip().0, "x_vector_only_mode": true, "instructions": "calm"}),
            ),
            None,
        ),
        (
            "ref_text",
            &cloning,
            json!({"input": EN, "ref_audio": clip().0}),
            Some(pb::SynthesizeRequest { x_vector_only_mode: None, ..clone_req.clone() }),
            Some(json!({"ref_audio": clip().0})),
            None,
        ),
    ];
    for (field, server, body, grpc_req, ws_config, wyoming_data) in cases {
        let e = http_error(post(server, &body).await).await;
        assert_eq!(
            (e.status, e.code.as_str(), e.param.as_str()),
            (400, "invalid_request", Some(field)),
            "{field}: {e:?}"
        );
        assert!(e.message.starts_with(&format!("{field}: ")), "{field}: {e:?}");
        if let Some(req) = grpc_req {
            let mut grpc = TtsServiceClient::new(server.channel().await);
            let status = grpc.synthesize(req).await.unwrap_err();
            assert_eq!(status.code(), Code::InvalidArgument, "{field}: {status:?}");
            assert_eq!(grpc_details(&status), ("invalid_request".into(), Some(field.into())));
            assert_eq!(status.message(), e.message, "{field}");
        }
        if let Some(mut config) = ws_config {
            config["type"] = json!("session.config");
            let (mut ws, _) =
                tokio_tungstenite::connect_async(server.ws_url("/v1/audio/speech/stream"))
                    .await
                    .unwrap();
            ws.send(Message::Text(config.to_string().into())).await.unwrap();
            let reply = loop {
                if let Message::Text(t) = ws.next().await.unwrap().unwrap() {
                    break serde_json::from_str::<Value>(&t).unwrap();
                }
            };
            assert_eq!(reply["type"], "error", "{field}: {reply}");
            assert_eq!(reply["error"]["param"], field, "{field}: {reply}");
            assert_eq!(reply["error"]["message"], e.message.as_str(), "{field}");
        }
        if let Some(data) = wyoming_data {
            let (code, text) = wyoming_error(&wyoming(server, &[("synthesize", data)]).await);
            assert_eq!(
                (code.as_str(), text.as_str()),
                ("invalid_request", e.message.as_str()),
                "{field}"
            );
        }
    }
    // The wire's own refusals: a WebSocket message that is not JSON, a Wyoming event header
    // that is not JSON, a model this server does not serve (over the WebSocket too).
    let (mut ws, _) =
        tokio_tungstenite::connect_async(custom.ws_url("/v1/audio/speech/stream")).await.unwrap();
    for (message, code) in [
        ("{nope".to_string(), "invalid_json"),
        (json!({"type": "session.config", "model": "whisper-1"}).to_string(), "model_not_found"),
    ] {
        ws.send(Message::Text(message.into())).await.unwrap();
        let reply = loop {
            if let Message::Text(t) = ws.next().await.unwrap().unwrap() {
                break serde_json::from_str::<Value>(&t).unwrap();
            }
        };
        assert_eq!(
            (reply["type"].as_str(), reply["error"]["code"].as_str()),
            (Some("error"), Some(code))
        );
    }
    let stream = tokio::net::TcpStream::connect(&custom.wyoming).await.unwrap();
    let (read, mut write) = stream.into_split();
    tokio::io::AsyncWriteExt::write_all(&mut write, b"{not json\n").await.unwrap();
    let mut reader = tokio::io::BufReader::new(read);
    let e = tts_server::wyoming::read_event(&mut reader, 1 << 20).await.unwrap().unwrap();
    assert_eq!((e.kind.as_str(), e.data["code"].as_str()), ("error", Some("invalid_json")));

    // Fields only the streaming calls check: the text feed and in-context cloning.
    let mut grpc = TtsServiceClient::new(custom.channel().await);
    let config = pb::SynthesizeRequest { non_streaming_mode: Some(true), ..alice_req.clone() };
    let first = pb::SynthesizeStreamRequest { message: Some(In::Config(config)) };
    let status = grpc.synthesize_stream(tokio_stream::iter([first])).await.unwrap_err();
    assert_eq!(
        grpc_details(&status),
        ("invalid_request".into(), Some("non_streaming_mode".into()))
    );
    let mut grpc = TtsServiceClient::new(cloning.channel().await);
    let config = pb::SynthesizeRequest {
        x_vector_only_mode: Some(false),
        ref_text: "A transcript.".into(),
        ..clone_req.clone()
    };
    let first = pb::SynthesizeStreamRequest { message: Some(In::Config(config)) };
    let status = grpc.synthesize_stream(tokio_stream::iter([first])).await.unwrap_err();
    assert_eq!(
        grpc_details(&status),
        ("invalid_request".into(), Some("x_vector_only_mode".into()))
    );
}
