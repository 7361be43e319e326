//! The HTTP and WebSocket APIs as clients use them: the built server on loopback with a fixture
//! checkpoint, real clients (reqwest, tokio-tungstenite), audio compared with the engine's
//! in-process output for the same request, and every documented error path.

mod common;

use std::time::Duration;

use base64::Engine as _;
use common::{EN, Server, base, custom_voice, engine, expected_pcm, speech_body};
use futures_util::{SinkExt, StreamExt};
use runtime::{SynthesisRequest, TextFeed};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

/// Greedy, 20 ms chunks. The fixture's codec makes 24 samples per frame, and its random
/// weights end speech early: in f32 this text runs 60 frames, three chunks.
fn alice(text: &str) -> SynthesisRequest {
    let mut req = SynthesisRequest::new(text);
    req.speaker = Some("alice".into());
    req.language = "english".into();
    req.sampling = runtime::SamplingOverrides::greedy();
    req.chunk_ms = 20;
    req
}

async fn post(server: &Server, body: &Value) -> reqwest::Response {
    reqwest::Client::new().post(server.url("/v1/audio/speech")).json(body).send().await.unwrap()
}

async fn error_of(r: reqwest::Response) -> (u16, String, String) {
    let status = r.status().as_u16();
    let body: Value = r.json().await.unwrap();
    let e = &body["error"];
    (
        status,
        e["code"].as_str().unwrap_or_default().into(),
        e["message"].as_str().unwrap_or_default().into(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn speech_whole_chunked_and_sse_carry_the_engines_audio() {
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let want = expected_pcm(&engine(&custom_voice(), "f32"), &alice(EN));
    // More than one 20 ms chunk.
    assert!(want.len() > 2 * 480, "{} bytes", want.len());

    // Whole WAV: a 16-bit mono 24 kHz file with the engine's samples, usage in headers.
    let r = post(&server, &speech_body(json!({"response_format": "wav"}))).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "audio/wav");
    assert!(r.headers().contains_key("x-request-id"));
    let frames: u64 = r.headers()["x-usage-output-tokens"].to_str().unwrap().parse().unwrap();
    let wav = r.bytes().await.unwrap();
    let reader = hound::WavReader::new(std::io::Cursor::new(wav.to_vec())).unwrap();
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.sample_rate, spec.bits_per_sample), (1, 24_000, 16));
    assert_eq!(&wav[44..], &want[..]);
    assert!(frames > 0);

    // Chunked raw PCM: the same bytes, arriving in several pieces.
    let r = post(&server, &speech_body(json!({"stream": true, "response_format": "pcm"}))).await;
    assert_eq!(r.status(), 200);
    let mut pieces = 0;
    let mut got = Vec::new();
    let mut body = r.bytes_stream();
    while let Some(piece) = body.next().await {
        got.extend_from_slice(&piece.unwrap());
        pieces += 1;
    }
    assert!(pieces > 1, "streamed in one piece");
    assert_eq!(got, want);

    // Streamed WAV: a header with "unknown length", then the samples.
    let r = post(&server, &speech_body(json!({"stream": true, "response_format": "wav"}))).await;
    let got = r.bytes().await.unwrap();
    assert_eq!(&got[..4], b"RIFF");
    assert_eq!(&got[40..44], &u32::MAX.to_le_bytes());
    assert_eq!(&got[44..], &want[..]);

    // Server-sent events: base64 deltas in order, then done with usage.
    let r = post(&server, &speech_body(json!({"stream_format": "sse"}))).await;
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    let text = r.text().await.unwrap();
    let events: Vec<Value> = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .map(|d| serde_json::from_str(d).unwrap())
        .collect();
    let mut audio = Vec::new();
    for (i, e) in events[..events.len() - 1].iter().enumerate() {
        assert_eq!(e["type"], "speech.audio.delta");
        assert_eq!(e["sequence"], i as u64);
        let b64 = e["audio"].as_str().unwrap();
        audio.extend(base64::engine::general_purpose::STANDARD.decode(b64).unwrap());
    }
    assert_eq!(audio, want);
    let done = events.last().unwrap();
    assert_eq!(done["type"], "speech.audio.done");
    assert_eq!(done["usage"]["output_tokens"], frames);
    assert!(done["usage"]["input_tokens"].as_u64().unwrap() > 5);

    // The same seed gives the same audio; another seed other audio (the fixture samples).
    let r = post(
        &server,
        &speech_body(json!({"response_format": "pcm", "seed": 7, "temperature": 0.9})),
    )
    .await;
    let seven = r.bytes().await.unwrap();
    let mut req = alice(EN);
    req.seed = 7;
    req.sampling = runtime::SamplingOverrides::default();
    req.sampling.talker.temperature = Some(0.9);
    req.sampling.subtalker.temperature = Some(0.9);
    assert_eq!(seven.to_vec(), expected_pcm(&engine(&custom_voice(), "f32"), &req));
    assert_ne!(seven.to_vec(), want);

    // Metrics count what happened.
    let metrics = reqwest::get(server.url("/metrics")).await.unwrap().text().await.unwrap();
    assert!(metrics.contains("tts_requests_total{api=\"http\",outcome=\"ok\"} 4"), "{metrics}");
    assert!(metrics.contains("tts_requests_total{api=\"sse\",outcome=\"ok\"} 1"), "{metrics}");
    assert!(metrics.contains("tts_time_to_first_audio_seconds_count{api=\"http\"} 4"), "{metrics}");
    assert!(metrics.contains("tts_active_streams 0"), "{metrics}");
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_requests_get_documented_errors_and_the_server_keeps_serving() {
    let server = Server::start(&custom_voice(), &["--max-text-chars", "60"]).await;
    let client = reqwest::Client::new();
    let url = server.url("/v1/audio/speech");

    let r = client.post(&url).header("content-type", "application/json").body("{nope").send().await;
    let (status, code, _) = error_of(r.unwrap()).await;
    assert_eq!((status, code.as_str()), (400, "invalid_json"));

    let (status, _, msg) = error_of(post(&server, &speech_body(json!({"voise": "x"}))).await).await;
    assert_eq!(status, 400);
    assert!(msg.contains("unknown field `voise`") && msg.contains("voice"), "{msg}");

    let (status, code, msg) =
        error_of(post(&server, &speech_body(json!({"voice": "carol"}))).await).await;
    assert_eq!((status, code.as_str()), (400, "invalid_request"));
    assert!(msg.contains("carol") && msg.contains("alice"), "{msg}");

    let long = "word ".repeat(20);
    let (status, code, msg) =
        error_of(post(&server, &speech_body(json!({"input": long}))).await).await;
    assert_eq!((status, code.as_str()), (400, "text_too_long"));
    assert!(msg.contains("100 characters") && msg.contains("60"), "{msg}");

    let (status, code, msg) =
        error_of(post(&server, &speech_body(json!({"model": "whisper-1"}))).await).await;
    assert_eq!((status, code.as_str()), (404, "model_not_found"));
    assert!(msg.contains("tiny-e2e"), "{msg}");

    let (status, _, msg) =
        error_of(post(&server, &speech_body(json!({"response_format": "aac"}))).await).await;
    assert_eq!(status, 400);
    assert!(msg.contains("wav, pcm, flac, mp3, ulaw, alaw, opus"), "{msg}");

    let (status, _, msg) =
        error_of(post(&server, &speech_body(json!({"task_type": "Base"}))).await).await;
    assert_eq!(status, 400);
    assert!(msg.contains("CustomVoice"), "{msg}");

    let (status, _, msg) =
        error_of(post(&server, &speech_body(json!({"ref_audio": "https://x/y.wav"}))).await).await;
    assert_eq!(status, 400);
    assert!(msg.contains("URLs are not fetched"), "{msg}");

    // Still serving.
    let r = post(&server, &speech_body(json!({"response_format": "pcm"}))).await;
    assert_eq!(r.status(), 200);
    let metrics = reqwest::get(server.url("/metrics")).await.unwrap().text().await.unwrap();
    assert!(metrics.contains("outcome=\"invalid_json\"} 2"), "{metrics}");
    assert!(metrics.contains("outcome=\"text_too_long\"} 1"), "{metrics}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bearer_token_guards_every_route_but_the_probes() {
    let server = Server::start(&custom_voice(), &["--api-key", "s3cret"]).await;
    let client = reqwest::Client::new();
    assert_eq!(client.get(server.url("/health")).send().await.unwrap().status(), 200);
    assert_eq!(client.get(server.url("/ready")).send().await.unwrap().status(), 200);
    for path in ["/v1/models", "/metrics", "/v1/audio/voices"] {
        let r = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
        assert_eq!(r.headers()["www-authenticate"], "Bearer");
        let r = client.get(server.url(path)).bearer_auth("wrong").send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
        let r = client.get(server.url(path)).bearer_auth("s3cret").send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
    }
    let r = client.post(server.url("/v1/audio/speech")).json(&speech_body(json!({}))).send().await;
    let (status, code, _) = error_of(r.unwrap()).await;
    assert_eq!((status, code.as_str()), (401, "unauthenticated"));
    let models: Value = client
        .get(server.url("/v1/models"))
        .bearer_auth("s3cret")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(models["data"][0]["id"], "tiny-e2e");
    assert_eq!(models["data"][0]["task_type"], "CustomVoice");
    assert_eq!(models["data"][0]["speakers"], json!(["alice", "bob"]));
}

#[tokio::test(flavor = "multi_thread")]
async fn overload_is_refused_at_once_and_a_vanished_client_frees_its_row() {
    let server = Server::start(&custom_voice(), &["--max-batch", "1", "--max-queue", "0"]).await;
    // A WebSocket utterance whose text is still arriving holds the only row.
    let (mut ws, _) =
        tokio_tungstenite::connect_async(server.ws_url("/v1/audio/speech/stream")).await.unwrap();
    let send = |v: Value| Message::Text(v.to_string().into());
    ws.send(send(json!({"type": "session.config", "voice": "alice"}))).await.unwrap();
    ws.send(send(json!({"type": "input.text", "text": "The quick brown "}))).await.unwrap();
    loop {
        if let Message::Text(t) = ws.next().await.unwrap().unwrap() {
            assert!(t.contains("audio.start"), "{t}");
            break;
        }
    }
    // The next request is refused at once, not queued.
    let r = post(&server, &speech_body(json!({}))).await;
    assert_eq!(r.headers().get("retry-after").map(|v| v.to_str().unwrap()), Some("1"));
    let (status, code, msg) = error_of(r).await;
    assert_eq!((status, code.as_str()), (503, "overloaded"), "{msg}");

    // The client goes away without session.close: its utterance is cancelled, the row freed.
    drop(ws);
    let started = std::time::Instant::now();
    loop {
        let metrics = reqwest::get(server.url("/metrics")).await.unwrap().text().await.unwrap();
        if metrics.contains("tts_cancellations_total{reason=\"client_gone\"} 1") {
            assert!(metrics.contains("tts_requests_total{api=\"http\",outcome=\"overloaded\"} 1"));
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no cancellation: {metrics}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The row is freed at the engine's next step (the metric counts the drop a moment earlier).
    let started = std::time::Instant::now();
    loop {
        let r = post(&server, &speech_body(json!({"response_format": "pcm"}))).await;
        if r.status() == 200 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(2), "still refused: {}", r.status());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn websocket_speaks_text_as_it_arrives() {
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let mut req = alice(EN);
    req.text_feed = Some(TextFeed::Streaming);
    req.split_sentences = false;
    let want = expected_pcm(&engine(&custom_voice(), "f32"), &req);

    let (mut ws, _) =
        tokio_tungstenite::connect_async(server.ws_url("/v1/audio/speech/stream")).await.unwrap();
    let send = |v: Value| Message::Text(v.to_string().into());
    let config = json!({"type": "session.config", "voice": "alice", "language": "english",
                        "temperature": 0, "chunk_ms": 20});
    ws.send(send(config)).await.unwrap();
    // Pieces that split words, as an LLM's tokens do.
    for piece in EN.as_bytes().chunks(3) {
        let text = std::str::from_utf8(piece).unwrap();
        ws.send(send(json!({"type": "input.text", "text": text}))).await.unwrap();
    }
    ws.send(send(json!({"type": "input.done"}))).await.unwrap();
    // A bad message is answered with an error and the session goes on.
    ws.send(send(json!({"type": "input.txt"}))).await.unwrap();
    ws.send(send(json!({"type": "session.close"}))).await.unwrap();

    let mut audio = Vec::new();
    let mut kinds = Vec::new();
    while let Some(msg) = ws.next().await {
        match msg.unwrap() {
            Message::Binary(b) => audio.extend_from_slice(&b),
            Message::Text(t) => {
                let v: Value = serde_json::from_str(&t).unwrap();
                let kind = v["type"].as_str().unwrap().to_string();
                match kind.as_str() {
                    "audio.start" => assert_eq!(
                        (v["utterance_index"].as_u64(), v["sample_rate"].as_u64()),
                        (Some(0), Some(24_000))
                    ),
                    "audio.done" => {
                        assert_eq!(v["error"], Value::Null);
                        assert_eq!(v["total_bytes"].as_u64(), Some(want.len() as u64));
                    }
                    "session.done" => assert_eq!(v["total_utterances"], 1),
                    "error" => {
                        assert!(v["error"]["message"].as_str().unwrap().contains("input.text"))
                    }
                    other => panic!("unexpected {other}"),
                }
                kinds.push(kind);
            }
            Message::Close(_) => break,
            _ => {}
        }
    }
    assert_eq!(audio, want);
    kinds.retain(|k| k != "error");
    assert_eq!(kinds, ["audio.start", "audio.done", "session.done"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn uploaded_voices_are_listed_spoken_and_deleted() {
    let server = Server::start(&base(), &[]).await;
    let client = reqwest::Client::new();
    // A 0.1 s clip (random weights: any audio is a voice).
    let clip: Vec<f32> = (0..2400).map(|i| (i as f32 * 0.031).sin() * 0.3).collect();
    let mut wav = std::io::Cursor::new(Vec::new());
    tts_core::audio::write_wav(&mut wav, &clip, 24_000, tts_core::SampleFormat::Float32).unwrap();
    let wav = wav.into_inner();
    let form = reqwest::multipart::Form::new()
        .part(
            "audio_sample",
            reqwest::multipart::Part::bytes(wav.clone())
                .file_name("me.wav")
                .mime_str("audio/wav")
                .unwrap(),
        )
        .text("name", "Narrator")
        .text("consent", "yes");
    let r = client.post(server.url("/v1/audio/voices")).multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let list: Value =
        client.get(server.url("/v1/audio/voices")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["voices"], json!(["narrator"]));
    assert_eq!(list["uploaded_voices"][0]["file_size"], wav.len());

    // Speaking with it equals cloning from the same clip in-process (x-vector only: no transcript).
    // The Base fixture does not end speech by itself: 20 frames at most.
    let body = json!({"input": EN, "voice": "narrator", "language": "english", "response_format": "pcm",
                      "temperature": 0, "max_new_tokens": 20});
    let r = post(&server, &body).await;
    assert_eq!(r.status(), 200);
    let got = r.bytes().await.unwrap().to_vec();
    let mut req = SynthesisRequest::new(EN);
    req.language = "english".into();
    req.sampling = runtime::SamplingOverrides::greedy();
    req.set_max_frames(19);
    req.reference = Some(runtime::VoiceReference {
        audio: tts_core::audio::read_audio_mono_bytes(&wav, "clip", tts_core::audio::MAX_CLIP_SECS)
            .unwrap(),
        text: None,
        x_vector_only: true,
    });
    assert_eq!(got, expected_pcm(&engine(&base(), "auto"), &req));
    // The same clip inline, as a base64 data URL.
    let data_url =
        format!("data:audio/wav;base64,{}", base64::engine::general_purpose::STANDARD.encode(&wav));
    let body = json!({"input": EN, "ref_audio": data_url, "x_vector_only_mode": true, "language": "english",
                      "response_format": "pcm", "temperature": 0, "max_new_tokens": 20});
    assert_eq!(post(&server, &body).await.bytes().await.unwrap().to_vec(), got);

    let r = client.delete(server.url("/v1/audio/voices/narrator")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let r = client.delete(server.url("/v1/audio/voices/narrator")).send().await.unwrap();
    assert_eq!(error_of(r).await.0, 404);
    let (status, code, msg) =
        error_of(post(&server, &json!({"input": EN, "voice": "narrator"})).await).await;
    assert_eq!((status, code.as_str()), (404, "voice_not_found"));
    assert!(msg.contains("narrator"), "{msg}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_web_page_and_probes_answer() {
    let server = Server::start(&custom_voice(), &[]).await;
    let page = reqwest::get(server.url("/")).await.unwrap().text().await.unwrap();
    assert!(page.contains("<title>Qwen3-TTS</title>") && page.contains("/v1/audio/speech"));
    let health: Value = reqwest::get(server.url("/health")).await.unwrap().json().await.unwrap();
    assert_eq!(health["status"], "ok");
    let ready: Value = reqwest::get(server.url("/ready")).await.unwrap().json().await.unwrap();
    assert_eq!(ready["status"], "ready");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_over_its_rate_is_told_to_slow_down() {
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), "[server]\nrate_limit_per_s = 1\nrate_burst = 2\n").unwrap();
    let server =
        Server::start(&custom_voice(), &["--config", config.path().to_str().unwrap()]).await;
    let client = reqwest::Client::new();
    let statuses: Vec<u16> =
        futures_util::future::join_all((0..3).map(|_| client.get(server.url("/v1/models")).send()))
            .await
            .into_iter()
            .map(|r| r.unwrap().status().as_u16())
            .collect();
    assert_eq!(statuses.iter().filter(|&&s| s == 200).count(), 2, "{statuses:?}");
    let r = client.get(server.url("/v1/models")).send().await.unwrap();
    assert_eq!(r.headers()["retry-after"], "1");
    let (status, code, msg) = error_of(r).await;
    assert_eq!((status, code.as_str()), (429, "rate_limited"));
    assert!(msg.contains("1 per second"), "{msg}");
    // Probes are never limited.
    assert_eq!(client.get(server.url("/health")).send().await.unwrap().status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_lets_running_streams_finish() {
    // A grace period that a slow machine's 2000 frames fit in; the runaway guards off, or they
    // would end the fixture's endless speech first.
    let guards_off = ["--frame-budget-margin", "0", "--loop-min-frames", "0"];
    let mut server =
        Server::start(&base(), &[&["--shutdown-grace-s", "300"][..], &guards_off].concat()).await;
    // A Base-model clone from a data URL, 120 frames (the fixture never ends speech itself).
    let clip: Vec<f32> = (0..2400).map(|i| (i as f32 * 0.05).sin() * 0.3).collect();
    let mut wav = std::io::Cursor::new(Vec::new());
    tts_core::audio::write_wav(&mut wav, &clip, 24_000, tts_core::SampleFormat::Pcm16).unwrap();
    let url = format!(
        "data:audio/wav;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(wav.into_inner())
    );
    // Long enough to outlast the drain's announcement (the fixture never ends speech itself).
    let frames = 2000;
    let body = json!({"input": EN, "ref_audio": url, "x_vector_only_mode": true, "temperature": 0,
                      "max_new_tokens": frames + 1, "stream": true, "response_format": "pcm", "chunk_ms": 20});
    let r = post(&server, &body).await;
    assert_eq!(r.status(), 200);
    let mut stream = r.bytes_stream();
    let mut bytes = stream.next().await.unwrap().unwrap().len();
    // SIGTERM mid-stream: /ready turns 503 at once, new connections are refused once the drain
    // has been announced, and the running stream still runs to its end; then a clean exit.
    let kill =
        std::process::Command::new("kill").args(["-TERM", &server.pid().to_string()]).status();
    assert!(kill.unwrap().success());
    let reading = tokio::spawn(async move {
        while let Some(piece) = stream.next().await {
            bytes += piece.expect("the running stream is not cut at shutdown").len();
        }
        bytes
    });
    let started = std::time::Instant::now();
    let ready = server.url("/ready");
    loop {
        let fresh = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
        if fresh.get(&ready).send().await.is_ok_and(|r| r.status() == 503) {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(2), "/ready did not turn 503");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let addr = server.http.trim_start_matches("http://").to_string();
    loop {
        if tokio::net::TcpStream::connect(&addr).await.is_err() {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "new connections still accepted");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!reading.is_finished(), "the stream was still running when connections were refused");
    // Every frame of the fixture's 24 samples, 16-bit.
    assert_eq!(reading.await.unwrap(), frames as usize * 24 * 2);
    assert!(server.wait_exit(Duration::from_secs(30)), "exit status not success");
}

#[tokio::test(flavor = "multi_thread")]
async fn json_logs_carry_the_request_id_on_every_line_of_a_request() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let server = Server::start_logging(&custom_voice(), &[], &log).await;
    let client = reqwest::Client::new();
    // A streamed response: its last log lines are written while the body is sent.
    let body = speech_body(json!({"stream": true, "response_format": "pcm"}));
    let r =
        client.post(server.url("/v1/audio/speech")).header("x-request-id", "req-42").json(&body);
    let r = r.send().await.unwrap();
    assert_eq!(r.headers()["x-request-id"], "req-42");
    r.bytes().await.unwrap();
    // One without an id gets one made up.
    let r = post(&server, &speech_body(json!({"voice": "carol"}))).await;
    let made = r.headers()["x-request-id"].to_str().unwrap().to_string();
    assert!(!made.is_empty());
    drop(server);

    let lines: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let of = |id: &str| -> Vec<&Value> {
        lines.iter().filter(|l| l["span"]["request_id"] == id).collect()
    };
    let ours = of("req-42");
    let messages: Vec<&str> = ours.iter().filter_map(|l| l["fields"]["message"].as_str()).collect();
    assert!(messages.contains(&"synthesis finished"), "{messages:?}");
    assert!(messages.contains(&"response"), "{messages:?}");
    assert!(!of(&made).is_empty(), "no lines of the refused request");
    // Every line about a synthesis belongs to a request.
    for l in &lines {
        if l["fields"]["message"] == "synthesis finished" {
            assert!(l["span"]["request_id"].is_string(), "{l}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn curl_gets_the_documented_answers() {
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let want = expected_pcm(&engine(&custom_voice(), "f32"), &alice(EN));
    let curl = |body: Value, out: &std::path::Path| {
        std::process::Command::new("curl")
            .args(["-sS", "-N", "-o"])
            .arg(out)
            .args(["-w", "%{http_code}", "-H", "Content-Type: application/json", "-d"])
            .arg(body.to_string())
            .arg(server.url("/v1/audio/speech"))
            .output()
            .unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pcm");
    let r = curl(speech_body(json!({"stream": true, "response_format": "pcm"})), &out);
    assert_eq!(String::from_utf8_lossy(&r.stdout), "200");
    assert_eq!(std::fs::read(&out).unwrap(), want);
    let r = curl(speech_body(json!({"voice": "carol"})), &out);
    assert_eq!(String::from_utf8_lossy(&r.stdout), "400");
    let body: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(body["error"]["message"].as_str().unwrap().contains("alice"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn speed_and_sample_rate_reshape_a_whole_response() {
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let samples = common::expected_samples(&engine(&custom_voice(), "f32"), &alice(EN));
    let pcm = |x: &[f32]| tts_core::audio::pcm_bytes(x, tts_core::SampleFormat::Pcm16);

    let r = post(&server, &speech_body(json!({"response_format": "pcm", "speed": 1.5}))).await;
    assert_eq!(r.status(), 200);
    let want = pcm(&tts_core::audio::time_stretch(&samples, 24_000, 1.5));
    assert_eq!(r.bytes().await.unwrap().to_vec(), want);

    let r =
        post(&server, &speech_body(json!({"response_format": "wav", "sample_rate": 16000}))).await;
    assert_eq!(r.headers()["x-sample-rate"], "16000");
    let wav = r.bytes().await.unwrap();
    let spec = hound::WavReader::new(std::io::Cursor::new(wav.to_vec())).unwrap().spec();
    assert_eq!(spec.sample_rate, 16_000);
    let want = pcm(&tts_core::audio::resample(&samples, 24_000, 16_000).unwrap());
    assert_eq!(&wav[44..], &want[..]);

    for (body, needle) in [
        (json!({"speed": 5}), "0.25..=4.0"),
        (json!({"speed": 2, "stream": true}), "whole response"),
        (json!({"sample_rate": 7000, "stream": true}), "valid: 8000..=48000"),
        (json!({"sample_rate": 16000, "response_format": "ulaw"}), "valid: 8000"),
    ] {
        let (status, _, msg) = error_of(post(&server, &speech_body(body)).await).await;
        assert_eq!(status, 400);
        assert!(msg.contains(needle), "{msg}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn flac_is_the_wav_samples_losslessly_and_mp3_decodes_to_the_clip() {
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let samples = common::expected_samples(&engine(&custom_voice(), "f32"), &alice(EN));
    let ints: Vec<i16> = samples.iter().map(|&s| tts_core::audio::pcm16(s)).collect();

    let r = post(&server, &speech_body(json!({"response_format": "flac"}))).await;
    assert_eq!(r.headers()["content-type"], "audio/flac");
    let flac = r.bytes().await.unwrap().to_vec();
    let mut reader = claxon::FlacReader::new(std::io::Cursor::new(flac)).unwrap();
    let info = reader.streaminfo();
    assert_eq!((info.sample_rate, info.channels, info.bits_per_sample), (24_000, 1, 16));
    let decoded: Vec<i16> = reader.samples().map(|s| s.unwrap() as i16).collect();
    assert_eq!(decoded, ints);

    let r = post(&server, &speech_body(json!({"response_format": "mp3"}))).await;
    assert_eq!(r.headers()["content-type"], "audio/mpeg");
    let mp3 = r.bytes().await.unwrap().to_vec();
    let mut decoder = minimp3::Decoder::new(std::io::Cursor::new(mp3));
    let mut pcm = Vec::new();
    loop {
        match decoder.next_frame() {
            Ok(frame) => {
                assert_eq!((frame.sample_rate, frame.channels), (24_000, 1));
                pcm.extend(frame.data);
            }
            Err(minimp3::Error::Eof) => break,
            Err(e) => panic!("{e:?}"),
        }
    }
    // Lossy: the clip's length plus the codec's delay and padding (a few 576-sample granules),
    // and its energy.
    assert!(
        pcm.len() >= ints.len() && pcm.len() <= ints.len() + 4 * 576,
        "{} vs {}",
        pcm.len(),
        ints.len()
    );
    let energy = |x: &[i16]| x.iter().map(|&v| (v as f64).powi(2)).sum::<f64>();
    let ratio = energy(&pcm) / energy(&ints);
    assert!((0.5..2.0).contains(&ratio), "energy ratio {ratio}");

    let (status, _, msg) = error_of(
        post(&server, &speech_body(json!({"response_format": "mp3", "stream": true}))).await,
    )
    .await;
    assert_eq!(status, 400);
    assert!(msg.contains("sent whole"), "{msg}");
}

/// A voice upload form: `name` and a 0.1 s sine clip of `step` radians per sample.
fn voice_upload(name: &str, step: f32) -> reqwest::multipart::Form {
    let clip: Vec<f32> = (0..2400).map(|i| (i as f32 * step).sin() * 0.4).collect();
    let mut wav = std::io::Cursor::new(Vec::new());
    tts_core::audio::write_wav(&mut wav, &clip, 24_000, tts_core::SampleFormat::Pcm16).unwrap();
    let part = reqwest::multipart::Part::bytes(wav.into_inner()).file_name(format!("{name}.wav"));
    reqwest::multipart::Form::new().part("audio_sample", part).text("name", name.to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn uploaded_voices_survive_a_restart_with_a_voices_dir() {
    let dir = tempfile::tempdir().unwrap();
    let voices = dir.path().join("voices");
    let flags = ["--voices-dir", voices.to_str().unwrap()];
    let body = json!({"input": EN, "voice": "keeper", "response_format": "pcm", "temperature": 0,
                      "max_new_tokens": 20});

    let server = Server::start(&base(), &flags).await;
    let form = voice_upload("keeper", 0.02);
    let client = reqwest::Client::new();
    let r = client.post(server.url("/v1/audio/voices")).multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let before = post(&server, &body).await.bytes().await.unwrap();
    drop(server);

    // A new process on the same directory serves the voice as before.
    let server = Server::start(&base(), &flags).await;
    let list: Value =
        reqwest::get(server.url("/v1/audio/voices")).await.unwrap().json().await.unwrap();
    assert_eq!(list["voices"], json!(["keeper"]));
    assert_eq!(list["uploaded_voices"][0]["name"], "keeper");
    assert_eq!(post(&server, &body).await.bytes().await.unwrap(), before);
    // Deleted is gone for good.
    let r = client.delete(server.url("/v1/audio/voices/keeper")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    drop(server);
    let server = Server::start(&base(), &flags).await;
    let list: Value =
        reqwest::get(server.url("/v1/audio/voices")).await.unwrap().json().await.unwrap();
    assert_eq!(list["voices"], json!([]));
    assert_eq!(std::fs::read_dir(&voices).unwrap().count(), 0);
}

/// Replicas behind a load balancer sharing one `voices_dir` (a shared volume): a voice uploaded
/// to one is spoken by the other within a second, with the same audio, and a voice deleted on
/// one is forgotten by the other within a second.
#[tokio::test(flavor = "multi_thread")]
async fn replicas_sharing_a_voices_dir_share_uploads_and_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let flags = ["--voices-dir", dir.path().to_str().unwrap()];
    let model = base();
    let (a, b) = tokio::join!(Server::start(&model, &flags), Server::start(&model, &flags));
    let body = json!({"input": EN, "voice": "shared", "response_format": "pcm", "temperature": 0,
                      "max_new_tokens": 20});
    let form = voice_upload("shared", 0.03);
    let client = reqwest::Client::new();
    let r = client.post(a.url("/v1/audio/voices")).multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let uploaded = std::time::Instant::now();
    // B registers it within a second of the upload (polled through its voice list, which
    // shows a stored voice once it is registered with B's engine)...
    let voices = |server: &Server| {
        let url = server.url("/v1/audio/voices");
        async move {
            let list: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
            list["voices"].clone()
        }
    };
    while voices(&b).await != json!(["shared"]) {
        assert!(uploaded.elapsed() < Duration::from_secs(1), "B did not find the voice in 1 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // ...and speaks it as A does.
    let from_a = post(&a, &body).await.bytes().await.unwrap();
    let r = post(&b, &body).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.bytes().await.unwrap(), from_a);

    // Deleted on B: A forgets it within a second.
    let r = client.delete(b.url("/v1/audio/voices/shared")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let deleted = std::time::Instant::now();
    while voices(&a).await != json!([]) {
        assert!(deleted.elapsed() < Duration::from_secs(1), "A still has a deleted voice");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let r = post(&a, &body).await;
    assert_eq!(r.status(), 404);
    assert_eq!(error_of(r).await.1, "voice_not_found");
    let list: Value = reqwest::get(a.url("/v1/audio/voices")).await.unwrap().json().await.unwrap();
    assert_eq!(list["uploaded_voices"], json!([]));
}
