//! Telephony and compact formats on every streaming API: `ulaw`, `alaw` (G.711, 8 kHz) and
//! `opus` (Ogg Opus) over HTTP chunked transfer, SSE and WebSocket, each decoded by an
//! independent decoder (libsndfile, through Python's `soundfile`, decode_audio.py); and
//! `sample_rate` on streams: a streamed 8 kHz response is, bit for bit, the whole clip resampled
//! (the stated tolerance is zero).

mod common;

use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use common::{EN, Server, custom_voice, engine, python_venv, speech_body as body};
use futures_util::{SinkExt, StreamExt};
use runtime::{SynthesisRequest, TextFeed};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

/// Greedy, 20 ms chunks (as tests/http.rs): 60 frames of the fixture, three chunks.
fn alice(feed: Option<TextFeed>) -> SynthesisRequest {
    let mut req = SynthesisRequest::new(EN);
    req.speaker = Some("alice".into());
    req.language = "english".into();
    req.sampling = runtime::SamplingOverrides::greedy();
    req.chunk_ms = 20;
    req.text_feed = feed;
    req.split_sentences = feed.is_none();
    req
}

/// How a response is asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Transport {
    Whole,
    Chunked,
    Sse,
    WebSocket,
}

const TRANSPORTS: [Transport; 4] =
    [Transport::Whole, Transport::Chunked, Transport::Sse, Transport::WebSocket];

/// The response's audio bytes in `format` at `rate` (the format's default when `None`).
async fn fetch(server: &Server, t: Transport, format: &str, rate: Option<u32>) -> Vec<u8> {
    let mut extra = json!({"response_format": format});
    if let Some(r) = rate {
        extra["sample_rate"] = r.into();
    }
    let http = reqwest::Client::new();
    let post = |b: Value| http.post(server.url("/v1/audio/speech")).json(&b).send();
    match t {
        Transport::Whole | Transport::Chunked => {
            extra["stream"] = (t == Transport::Chunked).into();
            let r = post(body(extra)).await.unwrap();
            assert_eq!(r.status(), 200, "{format} {t:?}");
            r.bytes().await.unwrap().to_vec()
        }
        Transport::Sse => {
            extra["stream_format"] = "sse".into();
            let r = post(body(extra)).await.unwrap();
            assert_eq!(r.status(), 200, "{format} {t:?}");
            let text = r.text().await.unwrap();
            let mut bytes = Vec::new();
            let mut done = false;
            for data in text.lines().filter_map(|l| l.strip_prefix("data: ")) {
                let v: Value = serde_json::from_str(data).unwrap();
                match v["type"].as_str() {
                    Some("speech.audio.delta") => {
                        assert_eq!(v["response_format"], format);
                        let b64 = v["audio"].as_str().unwrap();
                        bytes
                            .extend(base64::engine::general_purpose::STANDARD.decode(b64).unwrap());
                    }
                    Some("speech.audio.done") => done = true,
                    other => panic!("{format} SSE: unexpected {other:?}: {v}"),
                }
            }
            assert!(done, "{format} SSE: no speech.audio.done");
            bytes
        }
        Transport::WebSocket => {
            let url = server.ws_url("/v1/audio/speech/stream");
            let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
            let send = |v: Value| Message::Text(v.to_string().into());
            let mut config = json!({"type": "session.config", "voice": "alice",
                                    "language": "english", "temperature": 0, "chunk_ms": 20});
            config.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
            ws.send(send(config)).await.unwrap();
            ws.send(send(json!({"type": "input.text", "text": EN}))).await.unwrap();
            ws.send(send(json!({"type": "session.close"}))).await.unwrap();
            let mut bytes = Vec::new();
            while let Some(msg) = ws.next().await {
                match msg.unwrap() {
                    Message::Binary(b) => bytes.extend_from_slice(&b),
                    Message::Text(t) => {
                        let v: Value = serde_json::from_str(&t).unwrap();
                        match v["type"].as_str() {
                            Some("audio.start") => assert_eq!(v["format"], format),
                            Some("audio.done") => {
                                assert_eq!(v["error"], Value::Null, "{format} WebSocket: {v}");
                                assert_eq!(v["total_bytes"].as_u64(), Some(bytes.len() as u64));
                            }
                            Some("session.done") => {}
                            other => panic!("{format} WebSocket: unexpected {other:?}: {v}"),
                        }
                    }
                    Message::Close(_) => break,
                    _ => {}
                }
            }
            bytes
        }
    }
}

/// `bytes` in `format` decoded by libsndfile: its 16-bit samples and their rate.
fn decode(python: &Path, format: &str, bytes: &[u8]) -> (Vec<i16>, u32) {
    let dir = tempfile::tempdir().unwrap();
    let (src, dst) = (dir.path().join(format!("in.{format}")), dir.path().join("out.raw"));
    std::fs::write(&src, bytes).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/decode_audio.py");
    let out = Command::new(python).arg(script).arg(format).arg(&src).arg(&dst).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "decode_audio.py {format}: {stderr}");
    let rate = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    let raw = std::fs::read(&dst).unwrap();
    (raw.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect(), rate)
}

/// 16-bit samples of `samples` resampled from the engine's 24 kHz to `rate` in one piece.
fn resampled(samples: &[f32], rate: u32) -> Vec<i16> {
    let r = tts_core::audio::resample(samples, 24_000, rate).unwrap();
    r.iter().map(|&s| tts_core::audio::pcm16(s)).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_streamed_resampled_response_is_the_whole_clip_resampled() {
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let engine = engine(&custom_voice(), "f32");
    let whole = common::expected_samples(&engine, &alice(None));
    let fed = common::expected_samples(&engine, &alice(Some(TextFeed::Streaming)));
    for rate in [8_000, 16_000, 44_100] {
        for t in TRANSPORTS {
            let source = if t == Transport::WebSocket { &fed } else { &whole };
            let want: Vec<u8> =
                resampled(source, rate).iter().flat_map(|s| s.to_le_bytes()).collect();
            let got = fetch(&server, t, "pcm", Some(rate)).await;
            assert_eq!(got.len(), want.len(), "{rate} Hz {t:?}");
            assert!(got == want, "{rate} Hz {t:?}: the streamed samples differ");
        }
    }
}

/// G.711's largest error on a sample of magnitude `m` (16-bit scale): half of its segment's
/// step. Both laws code 4 bits of mantissa below the leading bit, so the step is at most 1/16
/// of the magnitude (µ-law with its bias of 132), and A-law's first two segments have a step
/// of 32 (16 of error); one more for the rounding of the decoder's table to the 16-bit scale.
fn g711_bound(m: i32) -> i32 {
    (m.abs() + 132) / 32 + 16 + 1
}

#[tokio::test(flavor = "multi_thread")]
async fn ulaw_alaw_and_opus_stream_on_every_api_and_decode_to_the_clip() {
    let Some(python) =
        python_venv("soundfile", "ulaw_alaw_and_opus_stream_on_every_api_and_decode_to_the_clip")
    else {
        return;
    };
    let server = Server::start(&custom_voice(), &["--dtype", "f32"]).await;
    let engine = engine(&custom_voice(), "f32");
    let whole = common::expected_samples(&engine, &alice(None));
    let fed = common::expected_samples(&engine, &alice(Some(TextFeed::Streaming)));

    for format in ["ulaw", "alaw"] {
        for t in TRANSPORTS {
            let source = if t == Transport::WebSocket { &fed } else { &whole };
            let want = resampled(source, 8_000);
            let bytes = fetch(&server, t, format, None).await;
            // One byte a sample, no header.
            assert_eq!(bytes.len(), want.len(), "{format} {t:?}");
            let (got, rate) = decode(&python, format, &bytes);
            assert_eq!((rate, got.len()), (8_000, want.len()), "{format} {t:?}");
            for (i, (&g, &w)) in got.iter().zip(&want).enumerate() {
                let (g, w) = (i32::from(g), i32::from(w));
                assert!((g - w).abs() <= g711_bound(w), "{format} {t:?} sample {i}: {g} vs {w}");
            }
        }
    }

    for (rate, asked) in [(24_000, None), (8_000, Some(8_000)), (48_000, Some(48_000))] {
        for t in TRANSPORTS {
            let source = if t == Transport::WebSocket { &fed } else { &whole };
            let want = resampled(source, rate);
            let bytes = fetch(&server, t, "opus", asked).await;
            assert_eq!(&bytes[..4], b"OggS", "opus {t:?}");
            let (got, decoded_rate) = decode(&python, "opus", &bytes);
            // libsndfile decodes at the rate the header names; the pre-skip and the last
            // granule position give back exactly the samples sent.
            assert_eq!((decoded_rate, got.len()), (rate, want.len()), "opus {rate} {t:?}");
            // Lossy: aligned (the correlation peaks at lag 0) and close in energy.
            let corr = |lag: usize| -> f64 {
                got[lag..].iter().zip(&want).map(|(&a, &b)| f64::from(a) * f64::from(b)).sum()
            };
            let energy = |x: &[i16]| x.iter().map(|&v| f64::from(v).powi(2)).sum::<f64>();
            let at0 = corr(0) / (energy(&got) * energy(&want)).sqrt();
            assert!(at0 > 0.5, "opus {rate} {t:?}: correlation {at0}");
            assert!((1..40).all(|lag| corr(lag) < corr(0)), "opus {rate} {t:?}: misaligned");
            let ratio = energy(&got) / energy(&want);
            assert!((0.5..2.0).contains(&ratio), "opus {rate} {t:?}: energy ratio {ratio}");
        }
    }
}
