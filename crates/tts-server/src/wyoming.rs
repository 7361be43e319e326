//! The Wyoming protocol (Home Assistant's local voice services) over TCP: `describe` -> `info`
//! (one TTS program, a voice per speaker or registered voice), `synthesize` -> `audio-start`,
//! `audio-chunk`s as audio is made, `audio-stop`; streaming text with `synthesize-start`,
//! `synthesize-chunk`s and `synthesize-stop` (answered by `synthesize-stopped`), spoken while
//! the text arrives. Failures answer `error`; a connection that drops cancels its request.
//!
//! An event is a JSON header line `{"type", "data"?, "data_length"?, "payload_length"?}`, then
//! `data_length` bytes of JSON data (merged over the header's `data`), then `payload_length`
//! bytes of payload (the `wyoming` package's `async_read_event` / `async_write_event`).

use std::sync::Arc;

use serde_json::{Map, Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::OwnedWriteHalf;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

use crate::error::{ApiError, Code};
use crate::speech::{SpeechParams, VoiceField};
use crate::state::AppState;
use crate::synthesis::{
    OpenText, Tracked, check_open_settings, open_with, pcm16_bytes, plan, start,
};

/// The longest header line accepted.
const MAX_HEADER: usize = 64 << 10;
/// The `api` label of metrics and logs.
const API: &str = "wyoming";

/// Model languages as Home Assistant names them (ISO 639-1), for `info` and requests.
const LANGUAGE_CODES: &[(&str, &str)] = &[
    ("chinese", "zh"),
    ("english", "en"),
    ("german", "de"),
    ("italian", "it"),
    ("portuguese", "pt"),
    ("spanish", "es"),
    ("japanese", "ja"),
    ("korean", "ko"),
    ("french", "fr"),
    ("russian", "ru"),
];

pub struct Event {
    pub kind: String,
    pub data: Map<String, Value>,
    pub payload: Vec<u8>,
}

impl Event {
    fn new(kind: &str, data: Value) -> Self {
        let data = match data {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        Self { kind: kind.into(), data, payload: Vec::new() }
    }
}

/// Reads one event; `None` at the end of the stream.
pub async fn read_event<R: tokio::io::AsyncBufRead + Unpin>(
    reader: &mut R,
    max_bytes: usize,
) -> Result<Option<Event>, String> {
    let mut line = Vec::new();
    let n = (&mut *reader)
        .take(MAX_HEADER as u64 + 1)
        .read_until(b'\n', &mut line)
        .await
        .map_err(|e| e.to_string())?;
    if n == 0 {
        return Ok(None);
    }
    if line.len() > MAX_HEADER {
        return Err(format!("an event header is longer than {MAX_HEADER} bytes"));
    }
    let header: Value =
        serde_json::from_slice(&line).map_err(|e| format!("an event header is not JSON: {e}"))?;
    let kind = header["type"].as_str().ok_or("an event header has no \"type\"")?.to_string();
    let mut data = header["data"].as_object().cloned().unwrap_or_default();
    let length = |key: &str| -> Result<usize, String> {
        let n = header[key].as_u64().unwrap_or(0) as usize;
        if n > max_bytes {
            return Err(format!("{key} {n} is over the limit of {max_bytes} bytes"));
        }
        Ok(n)
    };
    let (data_length, payload_length) = (length("data_length")?, length("payload_length")?);
    if data_length > 0 {
        let mut bytes = vec![0; data_length];
        reader.read_exact(&mut bytes).await.map_err(|e| e.to_string())?;
        let extra: Map<String, Value> = serde_json::from_slice(&bytes)
            .map_err(|e| format!("the data of a {kind} event is not a JSON object: {e}"))?;
        data.extend(extra);
    }
    let mut payload = vec![0; payload_length];
    reader.read_exact(&mut payload).await.map_err(|e| e.to_string())?;
    Ok(Some(Event { kind, data, payload }))
}

pub async fn write_event<W: tokio::io::AsyncWrite + Unpin>(
    writer: &mut W,
    event: &Event,
) -> std::io::Result<()> {
    let mut header = json!({"type": event.kind, "version": "1.10.2"});
    let data = if event.data.is_empty() {
        Vec::new()
    } else {
        serde_json::to_vec(&event.data).map_err(std::io::Error::other)?
    };
    if !data.is_empty() {
        header["data_length"] = json!(data.len());
    }
    if !event.payload.is_empty() {
        header["payload_length"] = json!(event.payload.len());
    }
    let mut bytes = serde_json::to_vec(&header).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    bytes.extend_from_slice(&data);
    bytes.extend_from_slice(&event.payload);
    writer.write_all(&bytes).await?;
    writer.flush().await
}

/// Accepts connections until `shutdown` resolves, then waits for the open ones to end (the
/// server's grace period bounds the wait).
pub async fn serve(
    state: Arc<AppState>,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    tokio::pin!(shutdown);
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (socket, peer) = accepted?;
                let _ = socket.set_nodelay(true);
                let span = tracing::info_span!("wyoming", peer = %peer);
                connections.spawn(tracing::Instrument::instrument(connection(state.clone(), socket), span));
            }
            // Reap finished connections as we go.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
    Ok(())
}

/// What the connection's writer sends, in order.
enum Out {
    Event(Event),
    /// `audio-start`, the stream's chunks as they come, `audio-stop` (and `error` if it failed).
    Speak(Tracked),
}

async fn connection(state: Arc<AppState>, socket: TcpStream) {
    let (read, write) = socket.into_split();
    let mut reader = BufReader::new(read);
    let (out, queue) = mpsc::unbounded_channel();
    let writer = tokio::spawn(write_out(queue, write));
    let max = state.settings.max_body_bytes;
    let mut streaming: Option<Streaming> = None;
    loop {
        let event = match read_event(&mut reader, max).await {
            Ok(Some(e)) => e,
            Ok(None) => break,
            Err(e) => {
                let _ = out.send(Out::Event(error_event(&ApiError::new(Code::InvalidJson, e))));
                break;
            }
        };
        let result = match event.kind.as_str() {
            "describe" => Ok(vec![Out::Event(info(&state))]),
            // Sent beside the streaming events for clients that do not stream: the text is
            // already arriving in chunks.
            "synthesize" if streaming.is_some() => Ok(Vec::new()),
            "synthesize" => synthesize(&state, &event).await,
            "synthesize-start" => {
                let params = params(&event.data, String::new());
                // The voice and language are checked now, before the text comes.
                let checked = check_open_settings(&state, &params, API);
                if checked.is_ok() {
                    streaming = Some(Streaming { params, text: OpenText::default() });
                }
                checked.map(|_| Vec::new())
            }
            "synthesize-chunk" => match streaming.as_mut() {
                Some(s) => s.chunk(&state, &event).await,
                None => Err(out_of_order("synthesize-chunk")),
            },
            "synthesize-stop" => match streaming.take() {
                Some(s) => s.stop(&state).await,
                None => Err(out_of_order("synthesize-stop")),
            },
            // Other services' events (a satellite may send them all): not ours.
            _ => Ok(Vec::new()),
        };
        let items = result.unwrap_or_else(|e| vec![Out::Event(error_event(&e))]);
        for item in items {
            let _ = out.send(item);
        }
    }
    if streaming.is_some() {
        // Gone in the middle of streamed text (no synthesize-stop): nobody waits for the
        // rest. Dropping the writer's streams cancels their requests.
        writer.abort();
        return;
    }
    // The client may have only closed its sending side and still listen: speak what is
    // queued. A client that is really gone fails the writes, and the writer's dropped streams
    // cancel their requests.
    drop(out);
    let _ = writer.await;
}

/// Writes the connection's events in order, each stream's audio as it is made.
async fn write_out(mut queue: mpsc::UnboundedReceiver<Out>, mut write: OwnedWriteHalf) {
    while let Some(item) = queue.recv().await {
        let sent = match item {
            Out::Event(e) => write_event(&mut write, &e).await,
            Out::Speak(tracked) => speak(tracked, &mut write).await,
        };
        if sent.is_err() {
            return;
        }
    }
}

/// `synthesize`: the whole text in one request.
async fn synthesize(state: &Arc<AppState>, event: &Event) -> Result<Vec<Out>, ApiError> {
    let text = event.data.get("text").and_then(Value::as_str).unwrap_or_default().to_string();
    let mut plan = plan(state, &params(&event.data, text), API)?;
    // Audio chunks stream as they are decoded (ICL cut at the frame boundary, runtime::output).
    plan.request.exact_reference_cut = false;
    let tracked = start(state, &plan, API).await?;
    Ok(vec![Out::Speak(tracked)])
}

fn out_of_order(kind: &str) -> ApiError {
    ApiError::new(Code::InvalidRequest, format!("{kind} before synthesize-start"))
}

/// A `synthesize-start` .. `synthesize-stop` exchange: one open request fed as text arrives;
/// its audio starts as soon as the first words are whole.
struct Streaming {
    params: SpeechParams,
    text: OpenText,
}

impl Streaming {
    async fn chunk(&mut self, state: &Arc<AppState>, event: &Event) -> Result<Vec<Out>, ApiError> {
        let text = event.data.get("text").and_then(Value::as_str).unwrap_or_default();
        let params = &self.params;
        let opened = self.text.push(text, |words| open_with(state, params, words, API)).await?;
        Ok(opened.map(Out::Speak).into_iter().collect())
    }

    async fn stop(mut self, state: &Arc<AppState>) -> Result<Vec<Out>, ApiError> {
        let params = &self.params;
        let opened = self.text.finish(|words| open_with(state, params, words, API)).await?;
        let mut items: Vec<Out> = opened.map(Out::Speak).into_iter().collect();
        items.push(Out::Event(Event::new("synthesize-stopped", json!({}))));
        Ok(items)
    }
}

/// `audio-start`, the chunks as they come, `audio-stop`; a failure adds an `error` event.
async fn speak<W: tokio::io::AsyncWrite + Unpin>(
    mut tracked: Tracked,
    write: &mut W,
) -> std::io::Result<()> {
    write_event(write, &Event::new("audio-start", audio_format(tracked.sample_rate()))).await?;
    let mut failure = None;
    while let Some(event) = tracked.next().await {
        match event {
            runtime::StreamEvent::Chunk { chunk, .. } => {
                write_event(write, &audio_chunk(&chunk.samples, chunk.sample_rate)).await?;
            }
            runtime::StreamEvent::Done(_) => break,
            runtime::StreamEvent::Failed(e) => {
                failure = Some(ApiError::from(e));
                break;
            }
        }
    }
    write_event(write, &Event::new("audio-stop", json!({"timestamp": null}))).await?;
    if let Some(e) = failure {
        write_event(write, &error_event(&e)).await?;
    }
    Ok(())
}

/// The format every audio event carries: the engine's rate, 16-bit, mono.
fn audio_format(rate: u32) -> Value {
    json!({"rate": rate, "width": 2, "channels": 1, "timestamp": null})
}

fn audio_chunk(samples: &[f32], rate: u32) -> Event {
    let mut e = Event::new("audio-chunk", audio_format(rate));
    e.payload = pcm16_bytes(samples);
    e
}

/// Wyoming's `error` {text, code}: the message (a request error's names its field) and the
/// code of the server's error table.
fn error_event(e: &ApiError) -> Event {
    Event::new("error", json!({"text": e.message, "code": e.code.name()}))
}

/// The speech request of a `synthesize` or `synthesize-start` event: `voice.name` (or
/// `voice.speaker`) is a speaker or a registered voice, `voice.language` a model language or
/// its ISO code.
pub fn params(data: &Map<String, Value>, text: String) -> SpeechParams {
    let voice = data.get("voice").and_then(Value::as_object);
    let field = |k: &str| voice.and_then(|v| v.get(k)).and_then(Value::as_str).map(str::to_string);
    let language = field("language").map(|l| {
        let lower = l.to_ascii_lowercase();
        let code = lower.split(['-', '_']).next().unwrap_or_default().to_string();
        LANGUAGE_CODES.iter().find(|(_, c)| *c == code).map_or(l, |(name, _)| name.to_string())
    });
    SpeechParams {
        input: text,
        voice: field("name").or_else(|| field("speaker")).map(VoiceField::Name),
        language,
        stream: true,
        response_format: Some("pcm".into()),
        ..SpeechParams::default()
    }
}

/// `info`: one TTS program with a voice per speaker (CustomVoice) or registered voice (Base),
/// or one voice described by instructions (VoiceDesign).
fn info(state: &AppState) -> Event {
    let attribution = json!({"name": "Qwen", "url": "https://github.com/QwenLM/Qwen3-TTS"});
    let version = env!("CARGO_PKG_VERSION");
    let (mut names, languages) = match state.service() {
        Ok(s) => {
            let engine = s.engine();
            let mut names = engine.speakers();
            names.sort();
            names.extend(engine.voices().names());
            let languages: Vec<String> = engine
                .languages()
                .iter()
                .filter_map(|l| {
                    LANGUAGE_CODES.iter().find(|(n, _)| n == l).map(|(_, c)| c.to_string())
                })
                .collect();
            (names, languages)
        }
        Err(_) => (Vec::new(), Vec::new()),
    };
    if names.is_empty() {
        names.push(state.settings.served_model_name.clone());
    }
    // Not serving (loading, draining, the engine thread gone): nothing is installed, which
    // Home Assistant shows as unavailable.
    let installed = state.readiness().is_ok();
    let voices: Vec<Value> = names
        .iter()
        .map(|name| {
            json!({"name": name, "attribution": attribution, "installed": installed,
                   "description": format!("{} ({})", name, state.settings.served_model_name),
                   "version": version, "languages": languages, "speakers": null})
        })
        .collect();
    let program = json!({
        "name": "qwen3-tts-rs",
        "attribution": attribution,
        "installed": installed,
        "description": format!("Qwen3-TTS ({})", state.settings.served_model_name),
        "version": version,
        "voices": voices,
        "supports_synthesize_streaming": true,
    });
    Event::new(
        "info",
        json!({"asr": [], "tts": [program], "handle": [], "intent": [], "wake": [], "mic": [], "snd": []}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn read(bytes: &[u8]) -> Result<Option<Event>, String> {
        read_event(&mut BufReader::new(bytes), 1000).await
    }

    #[tokio::test]
    async fn events_round_trip_and_data_merges_over_the_header() {
        let mut e = Event::new("audio-chunk", json!({"rate": 24000, "text": "привет"}));
        e.payload = vec![1, 2, 3];
        let mut bytes = Vec::new();
        write_event(&mut bytes, &e).await.unwrap();
        let back = read(&bytes).await.unwrap().unwrap();
        assert_eq!((back.kind.as_str(), back.payload), ("audio-chunk", vec![1, 2, 3]));
        assert_eq!(back.data["text"], "привет");
        // Old clients put data in the header; newer ones after it (data_length) - both merge.
        let old = b"{\"type\":\"synthesize\",\"data\":{\"text\":\"a\",\"x\":1},\"data_length\":12}\n{\"text\":\"b\"}";
        let e = read(old).await.unwrap().unwrap();
        assert_eq!((e.data["text"].as_str(), e.data["x"].as_i64()), (Some("b"), Some(1)));
        assert!(read(b"").await.unwrap().is_none());
    }

    #[tokio::test]
    async fn bad_events_are_errors_not_panics() {
        let e = read(b"{\"type\":\"x\",\"payload_length\":5000}\n").await.err().unwrap();
        assert!(e.contains("over the limit of 1000"), "{e}");
        let e = read(b"not json\n").await.err().unwrap();
        assert!(e.contains("not JSON"), "{e}");
        let e = read(b"{\"data\":{}}\n").await.err().unwrap();
        assert!(e.contains("type"), "{e}");
        // Truncated payload.
        assert!(read(b"{\"type\":\"x\",\"payload_length\":10}\nabc").await.is_err());
    }
}
