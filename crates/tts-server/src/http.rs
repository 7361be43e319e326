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
use futures_util::Stream;
use runtime::StreamEvent;
use serde_json::json;

use crate::error::ApiError;
use crate::middleware;
use crate::speech::{AudioFormat, Plan, SpeechParams, StreamFormat};
use crate::state::AppState;
use crate::synthesis::{Tracked, pcm16_bytes, start, usage};
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
    Json(json!({"object": "list", "data": [model]})).into_response()
}

/// A JSON body that did not parse: 400 with serde's message (it names the field and, for an
/// unknown one, the valid fields), or 413 from the body limit.
pub fn json_error(rejection: JsonRejection) -> ApiError {
    let status = rejection.status();
    let (status, code) = match status.as_u16() {
        413 => (status, "body_too_large"),
        415 => (status, "invalid_content_type"),
        _ => (StatusCode::BAD_REQUEST, "invalid_json"),
    };
    ApiError::new(status, code, rejection.body_text())
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
    let tracked = start(&state, &plan, api).await?;
    match plan.stream {
        None => whole(tracked, &plan).await,
        Some(StreamFormat::Audio) => Ok(chunked(tracked, &plan)),
        Some(StreamFormat::Sse) => Ok(sse(tracked, plan.format).into_response()),
    }
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
    if plan.speed != 1.0 {
        samples = tts_core::audio::time_stretch(&samples, tts_core::audio::SAMPLE_RATE, plan.speed);
    }
    if plan.sample_rate != tts_core::audio::SAMPLE_RATE {
        samples =
            tts_core::audio::resample(&samples, tts_core::audio::SAMPLE_RATE, plan.sample_rate)
                .map_err(|e| {
                    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
                })?;
    }
    let internal = |e: String| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e);
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
        AudioFormat::Pcm => pcm16_bytes(&samples),
        // Encoding takes a while for long clips: off the async threads.
        AudioFormat::Flac | AudioFormat::Mp3 => {
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
    let usage = usage(tracked.input_tokens, &summary);
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
    Ok((headers, bytes).into_response())
}

/// Raw audio as it is made (chunked transfer). A failure after the headers aborts the body, so
/// the client sees an incomplete transfer rather than a clip that just stops.
fn chunked(tracked: Tracked, plan: &Plan) -> Response {
    let header = match plan.format {
        AudioFormat::Wav => {
            Some(tts_core::audio::wav_header(plan.sample_rate, tts_core::SampleFormat::Pcm16, None))
        }
        // Planning lets only wav and pcm stream.
        AudioFormat::Pcm | AudioFormat::Flac | AudioFormat::Mp3 => None,
    };
    let stream =
        futures_util::stream::unfold((tracked, header), |(mut tracked, header)| async move {
            if let Some(h) = header {
                return Some((Ok(Bytes::from(h)), (tracked, None)));
            }
            match tracked.next().await? {
                StreamEvent::Chunk { chunk, .. } => {
                    Some((Ok(Bytes::from(pcm16_bytes(&chunk.samples))), (tracked, None)))
                }
                StreamEvent::Done(_) => None,
                StreamEvent::Failed(e) => {
                    Some((Err(std::io::Error::other(e.to_string())), (tracked, None)))
                }
            }
        });
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(plan.format.content_type()));
    headers.insert("x-sample-rate", HeaderValue::from(plan.sample_rate));
    response
}

/// Server-sent events: `speech.audio.delta` {audio: base64 pcm}, then `speech.audio.done` with
/// usage, or `speech.audio.error`.
fn sse(
    tracked: Tracked,
    format: AudioFormat,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let format = format.name();
    let stream = futures_util::stream::unfold(Some(tracked), move |tracked| async move {
        let mut tracked = tracked?;
        let (data, more) = match tracked.next().await? {
            StreamEvent::Chunk { seq, chunk } => (
                json!({
                    "type": "speech.audio.delta",
                    "audio": base64::engine::general_purpose::STANDARD.encode(pcm16_bytes(&chunk.samples)),
                    "response_format": format,
                    "sequence": seq,
                }),
                true,
            ),
            StreamEvent::Done(summary) => (
                json!({"type": "speech.audio.done", "usage": usage(tracked.input_tokens, &summary)}),
                false,
            ),
            StreamEvent::Failed(e) => {
                let mut body = ApiError::from(e).body();
                body["type"] = json!("speech.audio.error");
                (body, false)
            }
        };
        let event = Event::default().data(data.to_string());
        Some((Ok(event), more.then_some(tracked)))
    });
    Sse::new(stream)
}
