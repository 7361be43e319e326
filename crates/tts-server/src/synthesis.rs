//! Running a planned request on the engine for any front end: preparation off the async
//! threads, then a stream of events that records its outcome in the metrics exactly once
//! (finished, failed, or dropped by a client that went away).

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use runtime::{
    EngineError, EngineService, Qos, StreamEvent, SynthesisRequest, SynthesisStream,
    SynthesisSummary, TextInput,
};
use serde_json::json;
use tts_core::SampleFormat;
use tts_core::audio::pcm_bytes;

use crate::error::ApiError;
use crate::speech::{Plan, SpeechParams};
use crate::state::AppState;

/// One request on the engine, seen from a front end.
pub struct Tracked {
    stream: SynthesisStream,
    state: Arc<AppState>,
    api: &'static str,
    started: Instant,
    first_audio: Option<Duration>,
    finished: bool,
    pub input_tokens: usize,
    /// The request's span (request id): its log lines carry it even when a response body is
    /// polled outside the handler.
    span: tracing::Span,
}

/// Validates `params` against the loaded model; a refusal is counted under `api`.
pub fn plan(state: &AppState, params: &SpeechParams, api: &'static str) -> Result<Plan, ApiError> {
    let planned = state.service().and_then(|s| params.plan(s.engine(), &state.settings));
    if let Err(e) = &planned {
        state.refused(api, e);
    }
    planned
}

/// Checks the settings of a stream whose text comes later (WebSocket `session.config`, gRPC
/// `SynthesizeStream`'s config): the wire and the engine's contract, without text. Returns the
/// plan (its audio format and rate).
pub fn check_open_settings(
    state: &AppState,
    params: &SpeechParams,
    api: &'static str,
) -> Result<Plan, ApiError> {
    let checked = state.service().and_then(|service| {
        let engine = service.engine();
        let plan = params.plan(engine, &state.settings)?;
        engine.check_open_settings(&plan.request).map_err(EngineError::from)?;
        Ok(plan)
    });
    if let Err(e) = &checked {
        state.refused(api, e);
    }
    checked
}

/// Opens a request of `params` whose text starts with `words` (for [`OpenText`]).
pub async fn open_with(
    state: &Arc<AppState>,
    params: &SpeechParams,
    words: String,
    api: &'static str,
) -> Result<(Tracked, TextInput), ApiError> {
    let mut params = params.clone();
    params.input = words;
    start_open(state, &plan(state, &params, api)?, api).await
}

/// Prepares `plan` (normalize, tokenize, encode reference audio) on a blocking thread and
/// submits it. Refusals are counted in the metrics.
pub async fn start(
    state: &Arc<AppState>,
    plan: &Plan,
    api: &'static str,
) -> Result<Tracked, ApiError> {
    let started = Instant::now();
    let submitted = submit(state, plan, |service, request, qos| {
        let prepared = service.engine().prepare(request)?;
        let tokens = prepared.text_tokens();
        Ok((service.submit_prepared(prepared, qos)?, tokens))
    })
    .await;
    track(state, api, started, submitted)
}

/// Like [`start`] for text that keeps arriving: `plan.request.text` holds the first words;
/// the returned [`TextInput`] sends the rest.
pub async fn start_open(
    state: &Arc<AppState>,
    plan: &Plan,
    api: &'static str,
) -> Result<(Tracked, TextInput), ApiError> {
    let started = Instant::now();
    let submitted = submit(state, plan, |service, request, qos| {
        let (stream, input) = service.submit_open(request, qos)?;
        Ok(((stream, input), 0))
    })
    .await;
    let (submitted, input) = match submitted {
        Ok(((stream, input), tokens)) => (Ok((stream, tokens)), Some(input)),
        Err(e) => (Err(e), None),
    };
    let tracked = track(state, api, started, submitted)?;
    match input {
        Some(input) => Ok((tracked, input)),
        None => Err(ApiError::internal("an open request without its text input")),
    }
}

/// Runs `f` with the engine on a blocking thread (preparation can take a while: voice
/// encoding, long texts).
async fn submit<T: Send + 'static>(
    state: &Arc<AppState>,
    plan: &Plan,
    f: impl FnOnce(&EngineService, &SynthesisRequest, Qos) -> Result<(T, usize), EngineError>
    + Send
    + 'static,
) -> Result<(T, usize), ApiError> {
    let service = state.service()?.clone();
    let (request, qos) = (plan.request.clone(), plan.qos);
    let result = tokio::task::spawn_blocking(move || f(&service, &request, qos))
        .await
        .map_err(|e| ApiError::internal(format!("request preparation panicked: {e}")))?;
    Ok(result?)
}

fn track(
    state: &Arc<AppState>,
    api: &'static str,
    started: Instant,
    submitted: Result<(SynthesisStream, usize), ApiError>,
) -> Result<Tracked, ApiError> {
    match submitted {
        Ok((stream, input_tokens)) => {
            state.metrics.input_tokens.inc_by(input_tokens as u64);
            Ok(Tracked {
                stream,
                state: state.clone(),
                api,
                started,
                first_audio: None,
                finished: false,
                input_tokens,
                span: tracing::Span::current(),
            })
        }
        Err(e) => {
            state.refused(api, &e);
            Err(e)
        }
    }
}

impl Tracked {
    pub fn id(&self) -> u64 {
        self.stream.id()
    }

    /// The rate of the audio it carries (the engine's).
    pub fn sample_rate(&self) -> u32 {
        self.state.service().map_or(0, |s| s.engine().sample_rate())
    }

    /// The next event; `None` after the final one. An engine that drops the request without
    /// a final event reads as a `Failed` event.
    pub async fn next(&mut self) -> Option<StreamEvent> {
        if self.finished {
            return None;
        }
        let event = self.stream.next().await.unwrap_or_else(|| {
            StreamEvent::Failed(EngineError::Stopped("the engine dropped the request".into()))
        });
        match &event {
            StreamEvent::Chunk { .. } => {
                if self.first_audio.is_none() {
                    let t = self.started.elapsed();
                    self.first_audio = Some(t);
                    let m = &self.state.metrics.time_to_first_audio;
                    m.with_label_values(&[self.api]).observe(t.as_secs_f64());
                }
            }
            StreamEvent::Done(summary) => self.record_done(summary),
            StreamEvent::Failed(e) => self.record_failed(e),
        }
        Some(event)
    }

    fn record_done(&mut self, summary: &SynthesisSummary) {
        self.finished = true;
        let _span = self.span.clone().entered();
        let m = &self.state.metrics;
        m.requests.with_label_values(&[self.api, "ok"]).inc();
        let audio = summary.audio_seconds();
        m.audio_seconds.inc_by(audio);
        m.frames.inc_by(summary.frames() as u64);
        let stop = stop_reason(summary);
        m.stops.with_label_values(&[stop]).inc();
        if audio > 0.0 {
            m.real_time_factor.observe(self.started.elapsed().as_secs_f64() / audio);
        }
        tracing::info!(
            api = self.api,
            engine_id = self.id(),
            audio_s = audio,
            elapsed_ms = self.started.elapsed().as_millis() as u64,
            first_audio_ms = self.first_audio.map(|t| t.as_millis() as u64),
            stop_reason = stop,
            "synthesis finished"
        );
    }

    fn record_failed(&mut self, e: &EngineError) {
        self.finished = true;
        let _span = self.span.clone().entered();
        let api = ApiError::from(e);
        let m = &self.state.metrics;
        m.requests.with_label_values(&[self.api, api.code.name()]).inc();
        if let Some(reason) = cancel_reason(e) {
            m.cancellations.with_label_values(&[reason]).inc();
        }
        tracing::warn!(api = self.api, engine_id = self.id(), error = %e, "synthesis failed");
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        // Dropping the engine stream cancels the request; count the client that went away.
        if !self.finished {
            let _span = self.span.clone().entered();
            let m = &self.state.metrics;
            m.requests.with_label_values(&[self.api, "client_gone"]).inc();
            m.cancellations.with_label_values(&["client_gone"]).inc();
            tracing::info!(api = self.api, engine_id = self.id(), "client went away; cancelled");
        }
    }
}

fn cancel_reason(e: &EngineError) -> Option<&'static str> {
    match e {
        EngineError::Cancelled => Some("cancelled"),
        EngineError::DeadlineExceeded(_) => Some("deadline"),
        EngineError::SlowReader(_) => Some("slow_reader"),
        _ => None,
    }
}

/// Little-endian 16-bit PCM, what `pcm` and `wav` responses carry.
pub fn pcm16_bytes(samples: &[f32]) -> Vec<u8> {
    pcm_bytes(samples, SampleFormat::Pcm16)
}

/// Why a finished request's generation stopped, as every API reports it: `eos`,
/// `max_new_tokens`, or a runaway guard, `frame_budget` or `loop` (`runtime::guards`).
pub fn stop_reason(summary: &SynthesisSummary) -> &'static str {
    summary.stop_reason().map_or("eos", |r| r.name())
}

/// Usage, as vLLM-Omni reports it (`speech.audio.done` and the non-streaming headers).
pub fn usage(input_tokens: usize, summary: &SynthesisSummary) -> serde_json::Value {
    let frames = summary.frames();
    json!({
        "input_tokens": input_tokens,
        "output_tokens": frames,
        "total_tokens": input_tokens + frames,
        "input_token_details": {"text_tokens": input_tokens, "audio_tokens": 0},
        "audio_seconds": summary.audio_seconds(),
    })
}

/// The text of one open request as it arrives in pieces (WebSocket `input.text`, gRPC
/// `SynthesizeStream`): the request opens at the first whole word (an open request starts
/// with at least one; a word is whole once whitespace follows it), later pieces go to its
/// [`TextInput`], and the end of the text finishes it.
#[derive(Default)]
pub struct OpenText {
    /// Text before the first whole word.
    pending: String,
    input: Option<TextInput>,
    opened: bool,
}

impl OpenText {
    /// Appends `text`; opens the request with `open(first words)` once they are whole and
    /// returns its stream then.
    pub async fn push<F, Fut>(&mut self, text: &str, open: F) -> Result<Option<Tracked>, ApiError>
    where
        F: FnOnce(String) -> Fut,
        Fut: Future<Output = Result<(Tracked, TextInput), ApiError>>,
    {
        if let Some(input) = &mut self.input {
            input.push(text)?;
            return Ok(None);
        }
        self.pending.push_str(text);
        let trimmed = self.pending.trim_start();
        // After trim_start a whitespace at `cut` has a word before it.
        let Some(cut) = trimmed.rfind(char::is_whitespace) else { return Ok(None) };
        let (words, rest) = (trimmed[..cut].to_string(), trimmed[cut..].to_string());
        self.pending.clear();
        let (tracked, mut input) = open(words).await?;
        input.push(&rest)?;
        self.input = Some(input);
        self.opened = true;
        Ok(Some(tracked))
    }

    /// The text is complete: opens the request with what is pending if it is not open yet
    /// (returning its stream; `None` if there was no text at all) and finishes its text.
    pub async fn finish<F, Fut>(&mut self, open: F) -> Result<Option<Tracked>, ApiError>
    where
        F: FnOnce(String) -> Fut,
        Fut: Future<Output = Result<(Tracked, TextInput), ApiError>>,
    {
        let mut tracked = None;
        if !self.opened {
            let words = std::mem::take(&mut self.pending);
            if words.trim().is_empty() {
                return Ok(None);
            }
            let (t, input) = open(words.trim().to_string()).await?;
            self.input = Some(input);
            self.opened = true;
            tracked = Some(t);
        }
        if let Some(input) = self.input.take() {
            input.finish()?;
        }
        Ok(tracked)
    }
}
