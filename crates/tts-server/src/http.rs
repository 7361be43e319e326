//! The HTTP API (axum): OpenAI-compatible `POST /v1/audio/speech` (whole, chunked audio or
//! server-sent events), `/v1/models`, the voice routes, probes, metrics and the web page.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, middleware as mw};
use base64::Engine as _;
use futures_util::{Stream, StreamExt};
use runtime::StreamEvent;
use serde_json::json;

use crate::error::{ApiError, Code};
use crate::middleware;
use crate::speech::{AudioFormat, Plan, SpeechParams, StreamFormat};
use crate::state::AppState;
use crate::stream_encode::StreamEncoder;
use crate::synthesis::{Tracked, pcm16_bytes, start, stop_reason, usage};
use crate::{voices, ws};

pub fn router(state: Arc<AppState>) -> Router {
    let limit = state.settings.max_body_bytes;
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/health", get(health))
        .route("/ready", get(ready))
        .route("/metrics", get(metrics))
        .route("/v1/models", get(models))
        .route("/v1/audio/speech", post(speech))
        .route("/v1/audio/speech/stream", get(ws::upgrade))
        .route("/v1/audio/voices", get(voices::list).post(voices::upload))
        .route("/v1/audio/voices/{name}", delete(voices::remove))
        .layer(DefaultBodyLimit::max(limit))
        .layer(mw::from_fn_with_state(state.clone(), middleware::rate_limit))
        .layer(mw::from_fn_with_state(state.clone(), middleware::auth))
        .layer(mw::from_fn(middleware::request_id))
        .with_state(state)
}

async fn index() -> Html<&'static str> {
    Html(include_str!("../static/index.html"))
}

async fn health() -> Json<serde_json::Value> {
    Json(json!({"status": "ok"}))
}

async fn ready(State(state): State<Arc<AppState>>) -> Response {
    match state.readiness() {
        Ok(()) => Json(json!({"status": "ready", "model": state.settings.served_model_name}))
            .into_response(),
        Err(why) => (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": why}))).into_response(),
    }
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let stats = state.service().ok().map(|s| s.stats());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], state.metrics.render(stats.as_ref()))
        .into_response()
}

async fn models(State(state): State<Arc<AppState>>) -> Response {
    let mut model = json!({
        "id": state.settings.served_model_name,
        "object": "model",
        "created": 0,
        "owned_by": "qwen3-tts-rs",
        "root": state.settings.model,
    });
    if let Ok(service) = state.service() {
        let engine = service.engine();
        model["task_type"] = json!(crate::speech::task_name(engine.model_type()));
        model["speakers"] = json!(engine.speakers());
        model["languages"] = json!(engine.languages());
        model["sample_rate"] = json!(engine.sample_rate());
    }
    // The aliases (OpenAI's model names) are the same model under other ids.
    let aliases = state.settings.model_aliases.iter().map(|alias| {
        let mut m = model.clone();
        m["id"] = json!(alias);
        m
    });
    let data: Vec<_> = std::iter::once(model.clone()).chain(aliases).collect();
    Json(json!({"object": "list", "data": data})).into_response()
}

/// A JSON body that did not parse: 400 with serde's message (it names the field and, for an
/// unknown one, the valid fields), or 413 from the body limit.
pub fn json_error(rejection: JsonRejection) -> ApiError {
    let code = match rejection.status().as_u16() {
        413 => Code::BodyTooLarge,
        415 => Code::InvalidContentType,
        _ => Code::InvalidJson,
    };
    ApiError::new(code, rejection.body_text())
}

async fn speech(
    State(state): State<Arc<AppState>>,
    body: Result<Json<SpeechParams>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(params) = body.map_err(|rejection| {
        let e = json_error(rejection);
        state.refused("http", &e);
        e
    })?;
    let plan = crate::synthesis::plan(&state, &params, "http")?;
    let api = match plan.stream {
        Some(StreamFormat::Sse) => "sse",
        _ => "http",
    };
    let mut tracked = start(&state, &plan, api).await?;
    let Some(stream) = plan.stream else { return whole(tracked, &plan).await };
    let encoder = StreamEncoder::new(plan.format, tracked.sample_rate(), plan.sample_rate)
        .map_err(ApiError::internal)?;
    // The headers wait for the first event, so a request that fails before any audio (a
    // deadline, a fault) gets its error status rather than a 200 that breaks off at once.
    let first = match tracked.next().await {
        Some(StreamEvent::Failed(e)) => return Err(e.into()),
        first => first,
    };
    Ok(match stream {
        StreamFormat::Audio => chunked(tracked, first, encoder, &plan)?,
        StreamFormat::Sse => sse(tracked, first, encoder, plan.format)?.into_response(),
    })
}

/// The whole clip in one response, usage in headers.
async fn whole(mut tracked: Tracked, plan: &Plan) -> Result<Response, ApiError> {
    let mut samples = Vec::new();
    let summary = loop {
        match tracked.next().await {
            Some(StreamEvent::Chunk { chunk, .. }) => samples.extend_from_slice(&chunk.samples),
            Some(StreamEvent::Done(summary)) => break summary,
            Some(StreamEvent::Failed(e)) => return Err(e.into()),
            None => return Err(ApiError::from(runtime::EngineError::Cancelled)),
        }
    };
    let rate = summary.sample_rate;
    if plan.speed != 1.0 {
        samples = tts_core::audio::time_stretch(&samples, rate, plan.speed);
    }
    let internal = ApiError::internal;
    if plan.format.streams() && plan.format != AudioFormat::Wav {
        // The streamed encoding of the whole clip: the same bytes as a stream of it.
        let mut encoder =
            StreamEncoder::new(plan.format, rate, plan.sample_rate).map_err(internal)?;
        let mut bytes = encoder.start().map_err(internal)?;
        bytes.extend(encoder.push(&samples).map_err(internal)?);
        bytes.extend(encoder.finish().map_err(internal)?);
        return Ok(whole_response(bytes, plan, &tracked, &summary));
    }
    if plan.sample_rate != rate {
        samples = tts_core::audio::resample(&samples, rate, plan.sample_rate)
            .map_err(|e| ApiError::internal(e.to_string()))?;
    }
    let bytes = match plan.format {
        AudioFormat::Wav => {
            let mut bytes = tts_core::audio::wav_header(
                plan.sample_rate,
                tts_core::SampleFormat::Pcm16,
                Some(samples.len()),
            );
            bytes.extend(pcm16_bytes(&samples));
            bytes
        }
        // Encoding takes a while for long clips: off the async threads.
        _ => {
            let (format, rate) = (plan.format, plan.sample_rate);
            tokio::task::spawn_blocking(move || match format {
                AudioFormat::Flac => crate::encode::flac(&samples, rate),
                _ => crate::encode::mp3(&samples, rate),
            })
            .await
            .map_err(|e| internal(e.to_string()))?
            .map_err(internal)?
        }
    };
    Ok(whole_response(bytes, plan, &tracked, &summary))
}

/// A whole response: the bytes, usage and the stop reason in headers.
fn whole_response(
    bytes: Vec<u8>,
    plan: &Plan,
    tracked: &Tracked,
    summary: &runtime::SynthesisSummary,
) -> Response {
    let usage = usage(tracked.input_tokens, summary);
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(plan.format.content_type()));
    for (name, key) in [
        ("x-usage-input-tokens", "input_tokens"),
        ("x-usage-output-tokens", "output_tokens"),
        ("x-usage-total-tokens", "total_tokens"),
    ] {
        headers.insert(name, HeaderValue::from(usage[key].as_u64().unwrap_or(0)));
    }
    headers.insert("x-sample-rate", HeaderValue::from(plan.sample_rate));
    headers.insert("x-stop-reason", HeaderValue::from_static(stop_reason(summary)));
    (headers, bytes).into_response()
}

/// The events of a stream whose first event was already taken.
fn events(tracked: Tracked, first: Option<StreamEvent>) -> impl Stream<Item = (StreamEvent, u64)> {
    futures_util::stream::unfold((tracked, first), |(mut tracked, first)| async move {
        let event = match first {
            Some(event) => event,
            None => tracked.next().await?,
        };
        let input_tokens = tracked.input_tokens as u64;
        Some(((event, input_tokens), (tracked, None)))
    })
}

/// Encodes each event's audio: a chunk's bytes, the stream's last bytes at its end, an error.
fn encoded(
    encoder: &mut Option<StreamEncoder>,
    event: StreamEvent,
) -> Result<Option<Vec<u8>>, ApiError> {
    match event {
        StreamEvent::Chunk { chunk, .. } => match encoder.as_mut() {
            Some(e) => e.push(&chunk.samples).map(Some).map_err(ApiError::internal),
            None => Err(ApiError::internal("audio after the end of the stream")),
        },
        StreamEvent::Done(_) => match encoder.take() {
            Some(e) => e.finish().map(Some).map_err(ApiError::internal),
            None => Ok(None),
        },
        StreamEvent::Failed(e) => Err(e.into()),
    }
}

/// Audio as it is made (chunked transfer), in the response's encoding. A failure after the
/// headers aborts the body, so the client sees an incomplete transfer rather than a clip that
/// just stops.
fn chunked(
    tracked: Tracked,
    first: Option<StreamEvent>,
    mut encoder: StreamEncoder,
    plan: &Plan,
) -> Result<Response, ApiError> {
    let header = encoder.start().map_err(ApiError::internal)?;
    let audio = events(tracked, first).scan(Some(encoder), |encoder, (event, _)| {
        let bytes = match encoded(encoder, event) {
            Ok(bytes) => Ok(Bytes::from(bytes.unwrap_or_default())),
            Err(e) => Err(std::io::Error::other(e.message)),
        };
        std::future::ready(Some(bytes))
    });
    let stream = futures_util::stream::iter([Ok(Bytes::from(header))]).chain(audio);
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(plan.format.content_type()));
    headers.insert("x-sample-rate", HeaderValue::from(plan.sample_rate));
    Ok(response)
}

/// Server-sent events: `speech.audio.delta` {audio: base64 of the encoded bytes, in order; the
/// first carries a WAV or Ogg header}, then `speech.audio.done` with usage and the stop
/// reason, or `speech.audio.error`.
fn sse(
    tracked: Tracked,
    first: Option<StreamEvent>,
    mut encoder: StreamEncoder,
    format: AudioFormat,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let format = format.name();
    let delta = move |seq: u64, bytes: &[u8]| {
        json!({
            "type": "speech.audio.delta",
            "audio": base64::engine::general_purpose::STANDARD.encode(bytes),
            "response_format": format,
            "sequence": seq,
        })
    };
    let mut header = encoder.start().map_err(ApiError::internal)?;
    let stream = events(tracked, first)
        .scan((Some(encoder), 0u64), move |(encoder, seq), (event, input_tokens)| {
            let done = match &event {
                StreamEvent::Done(summary) => Some(json!({
                    "type": "speech.audio.done",
                    "usage": usage(input_tokens as usize, summary),
                    "stop_reason": stop_reason(summary),
                })),
                _ => None,
            };
            let mut out = Vec::new();
            match encoded(encoder, event) {
                Ok(Some(bytes)) => {
                    // The header goes out with the first audio.
                    let mut bytes = bytes;
                    if !header.is_empty() {
                        bytes.splice(0..0, std::mem::take(&mut header));
                    }
                    if !bytes.is_empty() {
                        out.push(delta(*seq, &bytes));
                        *seq += 1;
                    }
                }
                Ok(None) => {}
                Err(e) => {
                    let mut body = e.body();
                    body["type"] = json!("speech.audio.error");
                    out.push(body);
                }
            }
            out.extend(done);
            std::future::ready(Some(futures_util::stream::iter(out)))
        })
        .flatten()
        .map(|data| Ok(Event::default().data(data.to_string())));
    Ok(Sse::new(stream))
}
