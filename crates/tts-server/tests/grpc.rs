//! The gRPC API as clients use it: the built server on loopback with the `tiny-e2e` fixture
//! checkpoint (CustomVoice, speakers alice and bob), clients generated from the same proto, and
//! audio compared with what the engine makes in-process for the same request.

use std::time::{Duration, Instant};

use runtime::{SynthesisRequest, TextFeed};
use tokio::sync::mpsc;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::ReceiverStream;
use tonic::transport::Channel;
use tonic::{Code, Request, Status, Streaming};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_reflection::pb::v1::ServerReflectionRequest;
use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;

mod common;

use common::{Server, engine, expected_pcm};

mod pb {
    tonic::include_proto!("tts.v1");
}

use pb::synthesize_response::Message as Out;
use pb::synthesize_stream_request::Message as In;
use pb::tts_service_client::TtsServiceClient;

const MODEL: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/checkpoints/tiny-e2e");
const EN: &str = "The quick brown fox jumps over the lazy dog.";
const KEY: &str = "s3cret";

/// Starts the server with `extra` flags and waits until gRPC health says SERVING.
async fn start(extra: &[&str]) -> (Server, Channel) {
    let server = Server::start_with(MODEL, extra, true).await;
    let channel = wait_serving(server.grpc.as_deref().unwrap()).await;
    (server, channel)
}

/// (f) Health, open without a token: SERVING overall and for the service once loaded.
async fn wait_serving(grpc: &str) -> Channel {
    let started = Instant::now();
    let within = |what: &str| {
        assert!(started.elapsed() < Duration::from_secs(120), "{what} within 120 s");
    };
    let channel = loop {
        let endpoint = Channel::from_shared(format!("http://{grpc}")).unwrap();
        match endpoint.connect().await {
            Ok(c) => break c,
            Err(_) => within("the gRPC port opens"),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut health = HealthClient::new(channel.clone());
    for service in ["", "tts.v1.TtsService"] {
        loop {
            let req = HealthCheckRequest { service: service.into() };
            let status = health.check(req).await.unwrap().into_inner().status;
            if status == ServingStatus::Serving as i32 {
                break;
            }
            assert_eq!(status, ServingStatus::NotServing as i32, "while loading");
            within("SERVING");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    channel
}

/// Waits until `/metrics` has the line `line` (the server runs with [`KEY`]).
async fn wait_metric(server: &Server, line: &str) {
    let started = Instant::now();
    loop {
        let r = reqwest::Client::new()
            .get(server.url("/metrics"))
            .bearer_auth(KEY)
            .send()
            .await
            .unwrap();
        let metrics = r.text().await.unwrap();
        if metrics.lines().any(|l| l == line) {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "no {line} in\n{metrics}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Seeded sampling in the dual-track (streaming) text feed, which every call below can use, so
/// all of them must make the same audio. 20 ms chunks: the fixture's codec makes 24 samples per
/// frame, so a chunk is 20 frames and this clip (61 frames with seed 0) comes in 4 chunks.
fn alice_request() -> pb::SynthesizeRequest {
    pb::SynthesizeRequest {
        text: EN.into(),
        voice: "alice".into(),
        language: pb::Language::English as i32,
        seed: Some(0),
        non_streaming_mode: Some(false),
        chunk_ms: Some(20),
        // A bound on the test's time should the fixture's sampling change.
        max_new_tokens: Some(121),
        ..Default::default()
    }
}

/// [`alice_request`] for the engine.
fn alice_engine_request() -> SynthesisRequest {
    let mut req = SynthesisRequest::new(EN);
    req.speaker = Some("alice".into());
    req.language = "english".into();
    req.seed = 0;
    req.text_feed = Some(TextFeed::Streaming);
    req.chunk_ms = 20;
    req.set_max_frames(120);
    req
}

/// Reads a call to its end: the PCM, checked to come in contiguous chunks, and the summary.
async fn collect(mut responses: Streaming<pb::SynthesizeResponse>) -> (Vec<u8>, pb::Summary) {
    let mut pcm = Vec::new();
    let mut chunks = 0u64;
    let summary = loop {
        let message = responses.message().await.unwrap().expect("a summary before the end");
        match message.message.unwrap() {
            Out::Audio(a) => {
                assert_eq!(a.sequence, chunks, "sequence numbers count from 0");
                assert_eq!(a.start_sample as usize, pcm.len() / 2, "chunks are contiguous");
                assert_eq!(a.sample_rate, 24_000);
                assert!(!a.pcm.is_empty() && a.pcm.len() % 2 == 0);
                pcm.extend_from_slice(&a.pcm);
                chunks += 1;
            }
            Out::Summary(s) => break s,
        }
    };
    assert!(responses.message().await.unwrap().is_none(), "the summary is the last message");
    assert!(chunks >= 2, "{chunks} chunks, {} bytes", pcm.len());
    assert_eq!(summary.samples as usize, pcm.len() / 2);
    assert!((summary.audio_seconds - summary.samples as f64 / 24_000.0).abs() < 1e-9);
    assert!(summary.frames > 0);
    assert!(summary.time_to_first_audio_ms > 0.0);
    assert!(summary.elapsed_ms >= summary.time_to_first_audio_ms);
    (pcm, summary)
}

#[tokio::test(flavor = "multi_thread")]
async fn synthesize_and_stream_carry_the_engines_audio() {
    let (_server, channel) = start(&[]).await;
    let mut client = TtsServiceClient::new(channel);

    let want = expected_pcm(&engine(MODEL, "auto"), &alice_engine_request());

    // (a) One text: the engine's audio, in chunks numbered from 0.
    let responses = client.synthesize(alice_request()).await.unwrap().into_inner();
    let (pcm, summary) = collect(responses).await;
    assert!(pcm == want, "Synthesize: {} bytes, the engine made {}", pcm.len(), want.len());
    assert!(summary.input_tokens > 0);

    // (b) Text in 3-byte pieces as they arrive, then `end`: the audio of the whole text.
    let (requests, rx) = mpsc::channel(4);
    let config = pb::SynthesizeRequest { text: String::new(), ..alice_request() };
    requests.send(pb::SynthesizeStreamRequest { message: Some(In::Config(config)) }).await.unwrap();
    let call = client.synthesize_stream(ReceiverStream::new(rx));
    let sender = tokio::spawn(async move {
        for piece in EN.as_bytes().chunks(3) {
            let text = std::str::from_utf8(piece).unwrap().to_string();
            requests.send(pb::SynthesizeStreamRequest { message: Some(In::Text(text)) }).await?;
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let end = pb::SynthesizeStreamRequest { message: Some(In::End(pb::EndOfInput {})) };
        requests.send(end).await
    });
    let (pcm, summary) = collect(call.await.unwrap().into_inner()).await;
    sender.await.unwrap().unwrap();
    assert!(pcm == want, "SynthesizeStream: {} bytes, the engine made {}", pcm.len(), want.len());
    assert_eq!(summary.input_tokens, 0);

    // The text in the config, then a half-close instead of `end`: the same audio.
    let config = pb::SynthesizeStreamRequest { message: Some(In::Config(alice_request())) };
    let call = client.synthesize_stream(tokio_stream::iter([config])).await.unwrap();
    let (pcm, _) = collect(call.into_inner()).await;
    assert!(pcm == want, "config text: {} bytes, the engine made {}", pcm.len(), want.len());
}

fn with_key(key: &'static str) -> impl FnMut(Request<()>) -> Result<Request<()>, Status> + Clone {
    move |mut req: Request<()>| {
        req.metadata_mut().insert("authorization", format!("Bearer {key}").parse().unwrap());
        Ok(req)
    }
}

/// One row, so that a request whose text stays open keeps the next one waiting.
#[tokio::test(flavor = "multi_thread")]
async fn voices_errors_auth_cancel_and_reflection() {
    let (server, channel) = start(&["--api-key", KEY, "--max-batch", "1"]).await;
    let mut client = TtsServiceClient::with_interceptor(channel.clone(), with_key(KEY));

    // (c) The model's speakers, languages and type.
    let voices = client.list_voices(pb::ListVoicesRequest {}).await.unwrap().into_inner();
    assert_eq!(voices.speakers, ["alice", "bob"]);
    assert!(voices.registered_voices.is_empty());
    assert_eq!(voices.task_type, "CustomVoice");
    assert!(voices.languages.iter().any(|l| l == "auto"), "{:?}", voices.languages);
    assert!(voices.languages.iter().any(|l| l == "english"), "{:?}", voices.languages);
    assert_eq!((voices.model.as_str(), voices.sample_rate), ("tiny-e2e", 24_000));

    // (d) Refusals as status codes whose messages say what is valid.
    let unknown = pb::SynthesizeRequest { voice: "carol".into(), ..alice_request() };
    let e = client.synthesize(unknown).await.unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument, "{e:?}");
    assert!(e.message().contains("alice") && e.message().contains("bob"), "{}", e.message());
    // The original README's request: the language as a number, no voice (the default speaker,
    // the HTTP rule too), spoken as the engine speaks it with the default speaker in Russian.
    let original = pb::SynthesizeRequest {
        text: "Привет мир".into(),
        language: 1,
        max_new_tokens: Some(30),
        ..Default::default()
    };
    let mut responses = client.synthesize(original).await.unwrap().into_inner();
    let mut pcm = Vec::new();
    while let Some(message) = responses.message().await.unwrap() {
        if let Some(Out::Audio(a)) = message.message {
            pcm.extend_from_slice(&a.pcm);
        }
    }
    let mut req = SynthesisRequest::new("Привет мир");
    req.language = "russian".into();
    req.set_max_frames(29);
    req.exact_reference_cut = false;
    assert_eq!(pcm, expected_pcm(&engine(MODEL, "auto"), &req), "the default speaker, in Russian");
    let bad_language = pb::SynthesizeRequest { language: 42, ..alice_request() };
    let e = client.synthesize(bad_language).await.unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument, "{e:?}");
    assert!(e.message().contains("russian = 1") && e.message().contains("english = 2"), "{e:?}");
    let e = client.synthesize(pb::SynthesizeRequest::default()).await.unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument, "{e:?}");
    let first = pb::SynthesizeStreamRequest { message: Some(In::Text("Hello ".into())) };
    let e = client.synthesize_stream(tokio_stream::iter([first])).await.unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument, "{e:?}");
    assert!(e.message().contains("config"), "{}", e.message());

    // Without the key, or with a wrong one: UNAUTHENTICATED on every TtsService call.
    let mut anonymous = TtsServiceClient::new(channel.clone());
    let e = anonymous.list_voices(pb::ListVoicesRequest {}).await.unwrap_err();
    assert_eq!(e.code(), Code::Unauthenticated, "{e:?}");
    let e = anonymous.synthesize(alice_request()).await.unwrap_err();
    assert_eq!(e.code(), Code::Unauthenticated, "{e:?}");
    let mut wrong = TtsServiceClient::with_interceptor(channel.clone(), with_key("s3cres"));
    let e = wrong.synthesize(alice_request()).await.unwrap_err();
    assert_eq!(e.code(), Code::Unauthenticated, "{e:?}");
    let config = pb::SynthesizeStreamRequest { message: Some(In::Config(alice_request())) };
    let e = wrong.synthesize_stream(tokio_stream::iter([config])).await.unwrap_err();
    assert_eq!(e.code(), Code::Unauthenticated, "{e:?}");

    // A client that goes away cancels its request. The open text of the first call (its sender
    // stays) holds the only row, so the second call waits in the queue until it is dropped.
    let (hold, rx) = mpsc::channel(1);
    let config = pb::SynthesizeRequest { text: "Hello there ".into(), ..alice_request() };
    hold.send(pb::SynthesizeStreamRequest { message: Some(In::Config(config)) }).await.unwrap();
    let _open = client.synthesize_stream(ReceiverStream::new(rx)).await.unwrap();
    wait_metric(&server, "tts_active_streams 1").await;
    let queued = client.synthesize(alice_request()).await.unwrap();
    wait_metric(&server, "tts_queue_depth 1").await;
    drop(queued);
    wait_metric(&server, r#"tts_requests_total{api="grpc",outcome="client_gone"} 1"#).await;
    wait_metric(&server, "tts_queue_depth 0").await;

    // (e) Reflection (open without a key) lists the service, as grpcurl asks for it.
    let list = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut reflection = ServerReflectionClient::new(channel);
    let mut answers =
        reflection.server_reflection_info(tokio_stream::iter([list])).await.unwrap().into_inner();
    let answer = answers.next().await.unwrap().unwrap();
    let Some(MessageResponse::ListServicesResponse(services)) = answer.message_response else {
        panic!("not a service list: {answer:?}");
    };
    let names: Vec<&str> = services.service.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"tts.v1.TtsService"), "{names:?}");
    assert!(names.contains(&"grpc.health.v1.Health"), "{names:?}");
}

/// The runaway guards end a stream with their own reason on every API: the HTTP header of a
/// whole response, SSE's `speech.audio.done`, WebSocket's `audio.done`, gRPC's summary, and the
/// metrics (`tts_stops_total`). Checkpoints that never end (test-support's `runaway_checkpoint`):
/// one without an end of speech (sampled: stops at the frame budget of its text, 60 + ceil(10.8
/// x 13 tokens) = 201 frames in English), one whose codes repeat a 5-frame stretch (stops after
/// 75 frames).
#[tokio::test(flavor = "multi_thread")]
async fn runaway_guards_end_streams_with_their_reasons_on_every_api() {
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::Message;
    const TEXT: &str = "Please call Stella and ask her to bring these things with her.";
    for (kind, reason, frames) in [
        (test_support::Runaway::NoEos, "frame_budget", 201u64),
        (test_support::Runaway::Loop, "loop", 75),
    ] {
        let model = test_support::runaway_checkpoint(kind);
        let server = Server::start_with(model.to_str().unwrap(), &[], true).await;
        let channel = wait_serving(server.grpc.as_deref().unwrap()).await;
        let body = serde_json::json!({"input": TEXT, "voice": "alice", "language": "english",
                                      "seed": 1, "response_format": "pcm"});
        let http = reqwest::Client::new();
        // HTTP, whole: the header.
        let r = http.post(server.url("/v1/audio/speech")).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["x-stop-reason"], reason);
        assert_eq!(r.headers()["x-usage-output-tokens"].to_str().unwrap(), frames.to_string());
        // SSE: the done event.
        let mut sse = body.clone();
        sse["stream_format"] = "sse".into();
        let text = http.post(server.url("/v1/audio/speech")).json(&sse).send().await.unwrap();
        let text = text.text().await.unwrap();
        let done: serde_json::Value = serde_json::from_str(
            text.lines().filter_map(|l| l.strip_prefix("data: ")).next_back().unwrap(),
        )
        .unwrap();
        assert_eq!(
            (done["type"].as_str(), done["stop_reason"].as_str()),
            (Some("speech.audio.done"), Some(reason))
        );
        assert_eq!(done["usage"]["output_tokens"], frames);
        // WebSocket: audio.done.
        let (mut ws, _) =
            tokio_tungstenite::connect_async(server.ws_url("/v1/audio/speech/stream"))
                .await
                .unwrap();
        let send = |v: serde_json::Value| Message::Text(v.to_string().into());
        let config = serde_json::json!({"type": "session.config", "voice": "alice", "language": "english", "seed": 1});
        ws.send(send(config)).await.unwrap();
        ws.send(send(serde_json::json!({"type": "input.text", "text": TEXT}))).await.unwrap();
        ws.send(send(serde_json::json!({"type": "session.close"}))).await.unwrap();
        let mut ws_done = None;
        while let Some(Ok(msg)) = ws.next().await {
            if let Message::Text(t) = msg {
                let v: serde_json::Value = serde_json::from_str(&t).unwrap();
                if v["type"] == "audio.done" {
                    ws_done = Some(v);
                }
            }
        }
        let ws_done = ws_done.expect("audio.done");
        assert_eq!(
            (ws_done["stop_reason"].as_str(), &ws_done["error"]),
            (Some(reason), &serde_json::Value::Null)
        );
        // gRPC: the summary.
        let mut client = TtsServiceClient::new(channel);
        let request = pb::SynthesizeRequest {
            text: TEXT.into(),
            voice: "alice".into(),
            language: pb::Language::English as i32,
            seed: Some(1),
            // collect() wants more than one chunk: 20 ms is 20 of the fixture's frames.
            chunk_ms: Some(20),
            ..Default::default()
        };
        let (_, summary) = collect(client.synthesize(request).await.unwrap().into_inner()).await;
        assert_eq!((summary.stop_reason.as_str(), summary.frames), (reason, frames));
        // Metrics: each of the three whole-text requests (HTTP, SSE, gRPC) and the WebSocket's.
        let metrics = http.get(server.url("/metrics")).send().await.unwrap().text().await.unwrap();
        let line = format!("tts_stops_total{{reason=\"{reason}\"}} 4");
        assert!(metrics.lines().any(|l| l == line), "no {line} in\n{metrics}");
        assert!(metrics.lines().any(|l| l == "tts_stops_total{reason=\"eos\"} 0"), "{metrics}");
    }
}
