//! The server's requests: the speech JSON (HTTP), WebSocket messages, Wyoming events and gRPC
//! messages, each parsed as its listener parses it and then planned (validated into an engine
//! request) against the tiny fixture engines of all three model types, as the server does.

use std::rc::Rc;

use prost::Message as _;
use runtime::{Engine, EngineOptions};
use serde_json::{Value, json};
use tts_server::grpc::pb;
use tts_server::settings::{Args, Settings};
use tts_server::speech::SpeechParams;
use tts_server::ws::{ClientMessage, parse_message, streamed};

use super::{dict, fixture, json_dict};
use crate::rng::Rng;
use crate::{Target, Verdict};

/// One engine per model type, with the settings a server of it would have.
pub struct Engines {
    all: Vec<(Engine, Settings)>,
}

impl Engines {
    pub fn load() -> anyhow::Result<Self> {
        let mut all = Vec::new();
        for name in ["tiny-e2e", "tiny-e2e-base", "tiny-e2e-voice-design"] {
            let dir = fixture(name).display().to_string();
            let engine = Engine::load(&dir, EngineOptions::default())?;
            let settings = Settings::resolve(&Args { model: Some(dir), ..Args::default() })?;
            all.push((engine, settings));
        }
        Ok(Self { all })
    }

    pub fn custom_voice(&self) -> &Engine {
        &self.all[0].0
    }

    /// Plans `params` on every engine and checks the request against its contract, as the
    /// server does before preparing it; accepted if any engine takes it.
    fn plan(&self, params: &SpeechParams) -> Verdict {
        self.any(params, |engine, req| engine.check(req).is_ok())
    }

    /// [`Self::plan`] for the settings of a stream whose text comes later (WebSocket
    /// `session.config`), checked as the server checks them.
    fn plan_settings(&self, params: &SpeechParams) -> Verdict {
        self.any(params, |engine, req| engine.check_open_settings(req).is_ok())
    }

    fn any(
        &self,
        params: &SpeechParams,
        check: impl Fn(&Engine, &runtime::SynthesisRequest) -> bool,
    ) -> Verdict {
        let mut verdict = Verdict::Refused;
        for (engine, settings) in &self.all {
            let planned = params.plan(engine, settings);
            if planned.is_ok_and(|plan| check(engine, &plan.request)) {
                verdict = Verdict::Accepted;
            }
        }
        verdict
    }
}

/// A WAV small enough to be a seed, as base64 for JSON requests.
fn tiny_wav() -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 24_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut out = std::io::Cursor::new(Vec::new());
    if let Ok(mut w) = hound::WavWriter::new(&mut out, spec) {
        for i in 0..64 {
            let _ = w.write_sample((i * 300) as i16);
        }
        let _ = w.finalize();
    }
    out.into_inner()
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Speech request bodies: what OpenAI and vLLM-Omni clients send.
fn speech_seeds() -> Vec<Value> {
    let wav = format!("data:audio/wav;base64,{}", base64(&tiny_wav()));
    vec![
        json!({"input": "Hello there.", "voice": "alice"}),
        json!({"input": "Привет, 12 мая.", "voice": {"id": "bob"}, "language": "russian", "response_format": "pcm", "stream": true}),
        json!({"model": "qwen3-tts", "input": "Hi", "voice": "alice", "response_format": "flac", "speed": 1.5, "sample_rate": 16000}),
        json!({"input": "Hi", "speaker": "bob", "stream_format": "sse", "response_format": "pcm", "seed": 7, "temperature": 0.0, "top_k": 5, "top_p": 0.9, "repetition_penalty": 1.05}),
        json!({"input": "A calm voice.", "instructions": "Speak slowly, warm and low.", "task_type": "VoiceDesign", "max_new_tokens": 40}),
        json!({"input": "Clone me.", "ref_audio": wav, "ref_text": "Clone me.", "task_type": "Base", "x_vector_only_mode": false}),
        json!({"input": "Clone me.", "ref_audio": wav, "x_vector_only_mode": true, "non_streaming_mode": true}),
        json!({"input": "Bulk.", "voice": "alice", "priority": "bulk", "deadline_ms": 5000, "chunk_ms": 200, "normalize": false}),
    ]
}

const SPEECH_TOKENS: &[&str] = &[
    "\"wav\"",
    "\"pcm\"",
    "\"flac\"",
    "\"mp3\"",
    "\"opus\"",
    "\"sse\"",
    "\"audio\"",
    "\"auto\"",
    "\"english\"",
    "\"russian\"",
    "\"interactive\"",
    "\"bulk\"",
    "\"Base\"",
    "\"CustomVoice\"",
    "\"voice_design\"",
    "\"data:audio/wav;base64,\"",
    "\"http://x/y.wav\"",
    "\"alice\"",
    "\"bob\"",
    "\"UklGRg==\"",
    "0.25",
    "4.0",
    "4.01",
    "8000",
    "48000",
    "48001",
    "20",
    "1000",
    "1001",
    "1",
    "2",
];

pub fn speech_json(engines: Rc<Engines>) -> anyhow::Result<Target> {
    let seeds: Vec<Vec<u8>> = speech_seeds().iter().map(|v| v.to_string().into_bytes()).collect();
    let dict = json_dict(&seeds, SPEECH_TOKENS);
    Ok(Target {
        name: "speech-json",
        about: "POST /v1/audio/speech body: serde SpeechParams + plan on all model types",
        seeds,
        dict,
        json: true,
        max_len: 16 << 10,
        generate: None,
        run: Box::new(move |input| match serde_json::from_slice::<SpeechParams>(input) {
            Ok(params) => engines.plan(&params),
            Err(_) => Verdict::Refused,
        }),
    })
}

pub fn ws_message(engines: Rc<Engines>) -> anyhow::Result<Target> {
    let mut seeds: Vec<Vec<u8>> = speech_seeds()
        .into_iter()
        .map(|mut v| {
            v["type"] = json!("session.config");
            v.to_string().into_bytes()
        })
        .collect();
    for v in [
        json!({"type": "input.text", "text": "Hello, how are "}),
        json!({"type": "input.text", "text": "you? 5 km"}),
        json!({"type": "input.done"}),
        json!({"type": "session.close"}),
        json!({"type": "session.config", "stream_audio": true}),
    ] {
        seeds.push(v.to_string().into_bytes());
    }
    let mut tokens = SPEECH_TOKENS.to_vec();
    tokens.extend(["\"session.config\"", "\"input.text\"", "\"input.done\"", "\"session.close\""]);
    let dict = json_dict(&seeds, &tokens);
    Ok(Target {
        name: "ws-message",
        about: "WebSocket text message: tts_server::ws::parse_message + plan of its config/text",
        seeds,
        dict,
        json: true,
        max_len: 16 << 10,
        generate: None,
        run: Box::new(move |input| {
            // A WebSocket text frame is UTF-8 (the protocol layer refuses other bytes).
            let Ok(text) = std::str::from_utf8(input) else { return Verdict::Refused };
            match parse_message(text) {
                Ok(ClientMessage::Config(params)) => engines.plan_settings(&streamed(&params)),
                Ok(ClientMessage::Text(words)) => {
                    let mut params = streamed(&SpeechParams::default());
                    params.input = words;
                    engines.plan(&params)
                }
                Ok(_) => Verdict::Accepted,
                Err(_) => Verdict::Refused,
            }
        }),
    })
}

/// A Wyoming event as its bytes on the wire: the header line, data, payload.
fn wyoming_bytes(kind: &str, data: Value, payload: &[u8], data_inline: bool) -> Vec<u8> {
    let data_bytes = data.to_string().into_bytes();
    let mut header = json!({"type": kind, "version": "1.10.2"});
    if data_inline {
        header["data"] = data;
    } else {
        header["data_length"] = json!(data_bytes.len());
    }
    if !payload.is_empty() {
        header["payload_length"] = json!(payload.len());
    }
    let mut out = header.to_string().into_bytes();
    out.push(b'\n');
    if !data_inline {
        out.extend_from_slice(&data_bytes);
    }
    out.extend_from_slice(payload);
    out
}

/// The body limit a server has by default (16 MiB); an event may not claim more.
const MAX_EVENT_BYTES: usize = 16 << 20;

pub fn wyoming_event(engines: Rc<Engines>) -> anyhow::Result<Target> {
    let voice = json!({"name": "alice", "language": "en"});
    let mut seeds = vec![
        wyoming_bytes("describe", json!({}), b"", true),
        wyoming_bytes("synthesize", json!({"text": "Hello there.", "voice": voice}), b"", false),
        wyoming_bytes(
            "synthesize",
            json!({"text": "Привет", "voice": {"speaker": "bob", "language": "ru-RU"}}),
            b"",
            true,
        ),
        wyoming_bytes(
            "audio-chunk",
            json!({"rate": 24000, "width": 2, "channels": 1}),
            &[0, 1, 2, 3],
            false,
        ),
    ];
    let mut stream = wyoming_bytes("synthesize-start", json!({"voice": voice}), b"", false);
    stream.extend(wyoming_bytes("synthesize-chunk", json!({"text": "Hello the"}), b"", false));
    stream.extend(wyoming_bytes("synthesize-chunk", json!({"text": "re, 12 km."}), b"", true));
    stream.extend(wyoming_bytes("synthesize-stop", json!({}), b"", true));
    seeds.push(stream);
    let tokens = [
        "\n",
        "{\"type\":\"synthesize\"}\n",
        "\"data_length\"",
        "\"payload_length\"",
        "\"data\"",
        "\"synthesize-chunk\"",
        "\"synthesize-start\"",
        "\"synthesize-stop\"",
        "\"voice\"",
        "\"language\"",
        "\"speaker\"",
        "\"name\"",
        "\"text\"",
        "\"en\"",
        "\"ru\"",
        "\"zh-CN\"",
        "18446744073709551615",
        "16777217",
        "4294967296",
    ];
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    Ok(Target {
        name: "wyoming-event",
        about: "Wyoming events: tts_server::wyoming::read_event + the request of synthesize events",
        seeds,
        dict: dict(&tokens),
        json: false,
        max_len: 16 << 10,
        generate: None,
        run: Box::new(move |input| {
            let mut reader = input;
            let mut verdict = Verdict::Refused;
            let mut streaming: Option<(serde_json::Map<String, Value>, String)> = None;
            loop {
                let event =
                    runtime.block_on(tts_server::wyoming::read_event(&mut reader, MAX_EVENT_BYTES));
                let Ok(Some(event)) = event else { break };
                verdict = Verdict::Accepted;
                let text = || {
                    event.data.get("text").and_then(Value::as_str).unwrap_or_default().to_string()
                };
                match event.kind.as_str() {
                    "synthesize" => {
                        engines.plan(&tts_server::wyoming::params(&event.data, text()));
                    }
                    "synthesize-start" => streaming = Some((event.data.clone(), String::new())),
                    "synthesize-chunk" => {
                        if let Some((_, words)) = streaming.as_mut() {
                            words.push_str(&text());
                        }
                    }
                    "synthesize-stop" => {
                        if let Some((data, words)) = streaming.take() {
                            engines.plan(&tts_server::wyoming::params(&data, words));
                        }
                    }
                    _ => {}
                }
            }
            verdict
        }),
    })
}

pub fn grpc_protobuf(engines: Rc<Engines>) -> anyhow::Result<Target> {
    let requests = [
        pb::SynthesizeRequest {
            text: "Hello there.".into(),
            voice: "alice".into(),
            ..Default::default()
        },
        pb::SynthesizeRequest {
            text: "Привет, 12 мая.".into(),
            voice: "bob".into(),
            language: pb::Language::Russian as i32,
            seed: Some(7),
            temperature: Some(0.0),
            top_k: Some(5),
            top_p: Some(0.9),
            repetition_penalty: Some(1.05),
            priority: pb::Priority::Bulk as i32,
            deadline_ms: Some(5000),
            chunk_ms: Some(200),
            normalize: Some(false),
            max_new_tokens: Some(40),
            ..Default::default()
        },
        pb::SynthesizeRequest {
            text: "Clone me.".into(),
            task_type: "Base".into(),
            ref_audio: tiny_wav(),
            ref_text: "Clone me.".into(),
            x_vector_only_mode: Some(false),
            non_streaming_mode: Some(false),
            ..Default::default()
        },
        pb::SynthesizeRequest {
            text: "Calm.".into(),
            instructions: "Speak slowly.".into(),
            task_type: "VoiceDesign".into(),
            ..Default::default()
        },
    ];
    let mut seeds: Vec<Vec<u8>> = requests.iter().map(|r| r.encode_to_vec()).collect();
    // Stream messages start with a marker byte 0x80 | kind so one target covers both types.
    for r in &requests[..2] {
        let config = pb::SynthesizeStreamRequest {
            message: Some(pb::synthesize_stream_request::Message::Config(r.clone())),
        };
        seeds.push(std::iter::once(0x80).chain(config.encode_to_vec()).collect());
    }
    let text = pb::SynthesizeStreamRequest {
        message: Some(pb::synthesize_stream_request::Message::Text("more words ".into())),
    };
    seeds.push(std::iter::once(0x80).chain(text.encode_to_vec()).collect());
    Ok(Target {
        name: "grpc-protobuf",
        about: "gRPC SynthesizeRequest / SynthesizeStreamRequest: prost decode + speech_params + plan",
        seeds,
        dict: dict(&[
            "\u{8}",
            "\u{10}",
            "\u{12}",
            "\u{1a}",
            "\u{32}",
            "\u{40}",
            "\u{59}",
            "\u{80}\u{1}",
            "\u{ff}\u{ff}\u{ff}\u{ff}\u{f}",
        ]),
        json: false,
        max_len: 16 << 10,
        generate: Some(Box::new(random_request)),
        run: Box::new(move |input| {
            let request = match input.split_first() {
                Some((&0x80, rest)) => match pb::SynthesizeStreamRequest::decode(rest) {
                    Ok(pb::SynthesizeStreamRequest {
                        message: Some(pb::synthesize_stream_request::Message::Config(c)),
                    }) => c,
                    Ok(_) => return Verdict::Accepted,
                    Err(_) => return Verdict::Refused,
                },
                _ => match pb::SynthesizeRequest::decode(input) {
                    Ok(r) => r,
                    Err(_) => return Verdict::Refused,
                },
            };
            match tts_server::grpc::speech_params(request) {
                Ok(params) => engines.plan(&params),
                Err(_) => Verdict::Refused,
            }
        }),
    })
}

/// A request with random values in every field (prost encodes it; the values are the test).
fn random_request(rng: &mut Rng) -> Vec<u8> {
    const WORDS: &[&str] = &[
        "",
        " ",
        "alice",
        "bob",
        "Base",
        "CustomVoice",
        "voicedesign",
        "auto",
        "english",
        "xx",
        "Hello 12 km.",
        "\u{0}",
    ];
    let word = |rng: &mut Rng| WORDS[rng.below(WORDS.len())].to_string();
    let opt = |rng: &mut Rng| rng.chance(2);
    let u64s = [0, 1, 2, 19, 20, 1000, 1001, u64::from(u32::MAX), u64::MAX];
    let f64s = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MIN_POSITIVE,
        1e308,
    ];
    let r = pb::SynthesizeRequest {
        text: word(rng),
        voice: word(rng),
        // The checkpoint languages' numbers, and numbers no language has.
        language: rng.below(14) as i32 - 1,
        instructions: word(rng),
        task_type: word(rng),
        ref_audio: if opt(rng) {
            tiny_wav()
        } else {
            (0..rng.small(64)).map(|_| rng.next_u64() as u8).collect()
        },
        ref_text: word(rng),
        x_vector_only_mode: opt(rng).then(|| rng.chance(2)),
        max_new_tokens: opt(rng).then(|| u64s[rng.below(u64s.len())] as u32),
        seed: opt(rng).then(|| u64s[rng.below(u64s.len())]),
        temperature: opt(rng).then(|| f64s[rng.below(f64s.len())]),
        top_k: opt(rng).then(|| u64s[rng.below(u64s.len())] as u32),
        top_p: opt(rng).then(|| f64s[rng.below(f64s.len())]),
        repetition_penalty: opt(rng).then(|| f64s[rng.below(f64s.len())]),
        non_streaming_mode: opt(rng).then(|| rng.chance(2)),
        priority: rng.below(5) as i32 - 1,
        deadline_ms: opt(rng).then(|| u64s[rng.below(u64s.len())]),
        chunk_ms: opt(rng).then(|| u64s[rng.below(u64s.len())] as u32),
        normalize: opt(rng).then(|| rng.chance(2)),
    };
    r.encode_to_vec()
}
