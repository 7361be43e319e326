//! WebSocket `/v1/audio/speech/stream` (vLLM-Omni's protocol): text in as it arrives, audio out
//! while the text is still coming.
//!
//! Client: `session.config` (the REST fields, optional, first), `input.text` {text}, `input.done`
//! (ends one utterance; the connection stays open for the next), `session.close`.
//! Server: `audio.start` {utterance_index, format, sample_rate}, binary frames of audio in the
//! config's `response_format` and `sample_rate` (16-bit PCM at the model's rate by default;
//! `wav`, `ulaw`, `alaw`, `opus` as over HTTP, each utterance its own stream),
//! `audio.done` {utterance_index, total_bytes, stop_reason, error}, `session.done` {total_utterances}, and
//! `error` {error} for a message it cannot act on (the session goes on). A client that goes
//! away without `session.close` abandons its utterances: they are cancelled at once.

use std::sync::Arc;

use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use runtime::{StreamEvent, TextInput};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::error::{ApiError, Code};
use crate::speech::AudioFormat;
use crate::speech::SpeechParams;
use crate::state::AppState;
use crate::stream_encode::StreamEncoder;
use crate::synthesis::{OpenText, Tracked, check_open_settings, open_with, stop_reason};

/// Outgoing messages a session may have queued; beyond this the session waits for the client
/// to read (backpressure reaches the engine through its unread-audio limit).
const OUTBOX: usize = 64;

pub async fn upgrade(
    State(state): State<Arc<AppState>>,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    state.service()?;
    Ok(ws.on_upgrade(move |socket| session(state, socket)))
}

async fn session(state: Arc<AppState>, socket: WebSocket) {
    let (mut sink, mut incoming) = socket.split();
    let (outbox, mut outgoing) = mpsc::channel::<Message>(OUTBOX);
    let writer = tokio::spawn(async move {
        while let Some(msg) = outgoing.recv().await {
            if sink.send(msg).await.is_err() {
                break;
            }
        }
        let _ = sink.close().await;
    });
    // Utterances are spoken in order by one task; each is generated as soon as it opens.
    let (utterances, queue) = mpsc::unbounded_channel::<(usize, Tracked, Output)>();
    let speaker = tokio::spawn(speak(queue, outbox.clone()));
    let native = state.service().map_or(0, |s| s.engine().sample_rate());
    let output = Output { format: AudioFormat::Pcm, rate: native };

    let mut s = Session {
        state,
        outbox,
        utterances,
        config: None,
        output,
        text: OpenText::default(),
        count: 0,
    };
    let mut closed_by_client = false;
    while let Some(Ok(msg)) = incoming.next().await {
        let text = match msg {
            Message::Text(t) => t.to_string(),
            Message::Close(_) => break,
            Message::Binary(_) => {
                s.error(ApiError::invalid("type", "send JSON text messages, not binary")).await;
                continue;
            }
            _ => continue,
        };
        let result = match parse_message(&text) {
            Ok(ClientMessage::Config(params)) => s.configure(*params),
            Ok(ClientMessage::Text(t)) => s.text(&t).await,
            Ok(ClientMessage::Done) => s.done().await,
            Ok(ClientMessage::Close) => {
                if let Err(e) = s.done().await {
                    s.error(e).await;
                }
                closed_by_client = true;
                break;
            }
            Err(e) => Err(e),
        };
        if let Err(e) = result {
            s.error(e).await;
        }
    }
    let (outbox, count) = (s.outbox.clone(), s.count);
    if !closed_by_client {
        // The client went away without session.close: nobody will hear the rest. Dropping
        // the speaker's streams cancels their requests and frees their rows.
        speaker.abort();
        return;
    }
    // session.close: the open text is finished; speak what is queued, then say done.
    drop(s);
    if speaker.await.is_ok() {
        let done = json!({"type": "session.done", "total_utterances": count});
        let _ = outbox.send(Message::Text(done.to_string().into())).await;
    }
    drop(outbox);
    let _ = writer.await;
}

struct Session {
    state: Arc<AppState>,
    outbox: mpsc::Sender<Message>,
    utterances: mpsc::UnboundedSender<(usize, Tracked, Output)>,
    config: Option<SpeechParams>,
    /// How the configured audio is sent.
    output: Output,
    /// The utterance whose text is arriving.
    text: OpenText,
    count: usize,
}

/// A message of the client, parsed.
#[derive(Debug)]
pub enum ClientMessage {
    /// `session.config`: the REST fields (boxed: the other messages are small).
    Config(Box<SpeechParams>),
    /// `input.text`: more of the utterance's text.
    Text(String),
    /// `input.done`.
    Done,
    /// `session.close`.
    Close,
}

/// Parses one text message; the error names what is wrong and what is valid.
pub fn parse_message(text: &str) -> Result<ClientMessage, ApiError> {
    let mut value: Value = serde_json::from_str(text)
        .map_err(|e| ApiError::new(Code::InvalidJson, format!("not JSON: {e}")))?;
    let kind = value.get("type").and_then(Value::as_str).unwrap_or_default().to_string();
    match kind.as_str() {
        "session.config" => {
            if let Some(map) = value.as_object_mut() {
                map.remove("type");
                // Per-message fields of vLLM-Omni's config that do not apply to a WebSocket.
                map.remove("stream_audio");
                map.entry("input").or_insert_with(|| json!(""));
            }
            serde_json::from_value(value)
                .map(|params| ClientMessage::Config(Box::new(params)))
                .map_err(|e| ApiError::new(Code::InvalidJson, format!("session.config: {e}")))
        }
        "input.text" => match value.get("text").and_then(Value::as_str) {
            Some(t) => Ok(ClientMessage::Text(t.to_string())),
            None => Err(ApiError::invalid("text", "input.text needs a string `text`")),
        },
        "input.done" => Ok(ClientMessage::Done),
        "session.close" => Ok(ClientMessage::Close),
        other => Err(ApiError::invalid(
            "type",
            format!(
                "unknown message type {other:?}; valid: session.config, input.text, input.done, session.close"
            ),
        )),
    }
}

impl Session {
    fn configure(&mut self, params: SpeechParams) -> Result<(), ApiError> {
        // Checked now, before its text comes, so a bad config is reported at once.
        let plan = check_open_settings(&self.state, &streamed(&params), "ws")?;
        self.output = Output { format: plan.format, rate: plan.sample_rate };
        self.config = Some(params);
        Ok(())
    }

    async fn text(&mut self, text: &str) -> Result<(), ApiError> {
        let opened =
            self.text.push(text, |words| open_utterance(&self.state, &self.config, words)).await?;
        self.queue(opened);
        Ok(())
    }

    /// `input.done`: ends the utterance's text (the audio keeps coming until `audio.done`);
    /// the next `input.text` starts the next utterance.
    async fn done(&mut self) -> Result<(), ApiError> {
        let mut text = std::mem::take(&mut self.text);
        let opened = text.finish(|words| open_utterance(&self.state, &self.config, words)).await?;
        self.queue(opened);
        Ok(())
    }

    fn queue(&mut self, opened: Option<Tracked>) {
        if let Some(tracked) = opened {
            let _ = self.utterances.send((self.count, tracked, self.output));
            self.count += 1;
        }
    }

    async fn error(&self, e: ApiError) {
        let mut body = e.body();
        body["type"] = json!("error");
        let _ = self.outbox.send(Message::Text(body.to_string().into())).await;
    }
}

/// The session's config as a streamed request: chunks of audio (PCM unless the config names
/// another `response_format`), text fed as it arrives.
pub fn streamed(params: &SpeechParams) -> SpeechParams {
    let mut params = params.clone();
    params.stream = true;
    params.stream_format = None;
    params.response_format.get_or_insert_with(|| "pcm".into());
    params.non_streaming_mode = None;
    params
}

/// The encoding and rate of a session's audio.
#[derive(Debug, Clone, Copy)]
struct Output {
    format: AudioFormat,
    rate: u32,
}

/// Opens an utterance whose text starts with `words`.
async fn open_utterance(
    state: &Arc<AppState>,
    config: &Option<SpeechParams>,
    words: String,
) -> Result<(Tracked, TextInput), ApiError> {
    open_with(state, &streamed(&config.clone().unwrap_or_default()), words, "ws").await
}

/// Speaks the utterances in order: `audio.start`, binary audio, `audio.done`.
async fn speak(
    mut queue: mpsc::UnboundedReceiver<(usize, Tracked, Output)>,
    outbox: mpsc::Sender<Message>,
) {
    let send = |v: Value| Message::Text(v.to_string().into());
    while let Some((index, mut tracked, output)) = queue.recv().await {
        let start = json!({
            "type": "audio.start",
            "utterance_index": index,
            "format": output.format.name(),
            "sample_rate": output.rate,
        });
        if outbox.send(send(start)).await.is_err() {
            return;
        }
        let mut total = 0usize;
        let mut stop = Value::Null;
        let mut encoder = StreamEncoder::new(output.format, tracked.sample_rate(), output.rate)
            .and_then(|mut e| e.start().map(|header| (e, header)));
        let error = loop {
            let (bytes, end) = match (tracked.next().await, encoder.as_mut()) {
                (_, Err(e)) => break ApiError::internal(e.clone()).body()["error"].clone(),
                (Some(StreamEvent::Chunk { chunk, .. }), Ok((e, header))) => {
                    let mut bytes = std::mem::take(header);
                    match e.push(&chunk.samples) {
                        Ok(b) => bytes.extend(b),
                        Err(e) => break ApiError::internal(e).body()["error"].clone(),
                    }
                    (bytes, None)
                }
                (Some(StreamEvent::Done(summary)), Ok(_)) => {
                    stop = json!(stop_reason(&summary));
                    let Ok((e, header)) = std::mem::replace(&mut encoder, Err(String::new()))
                    else {
                        break Value::Null;
                    };
                    let mut bytes = header;
                    match e.finish() {
                        Ok(b) => bytes.extend(b),
                        Err(e) => break ApiError::internal(e).body()["error"].clone(),
                    }
                    (bytes, Some(Value::Null))
                }
                (None, Ok(_)) => break Value::Null,
                (Some(StreamEvent::Failed(e)), Ok(_)) => {
                    break ApiError::from(e).body()["error"].clone();
                }
            };
            if !bytes.is_empty() {
                total += bytes.len();
                if outbox.send(Message::Binary(bytes.into())).await.is_err() {
                    return;
                }
            }
            if let Some(end) = end {
                break end;
            }
        };
        let done = json!({"type": "audio.done", "utterance_index": index, "total_bytes": total,
                          "stop_reason": stop, "error": error});
        if outbox.send(send(done)).await.is_err() {
            return;
        }
    }
}
