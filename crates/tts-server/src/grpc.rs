//! The gRPC front end (tonic): `tts.v1.TtsService` from `proto/tts/v1/tts.proto`, with the same
//! validation ([`SpeechParams::plan`]), engine calls and metrics as the HTTP API, plus
//! `grpc.health.v1` (SERVING once the model is loaded, NOT_SERVING while it loads or the server
//! drains) and server reflection v1 for grpcurl.
//!
//! Each call's audio leaves through a bounded channel, so a slow reader holds the sender back
//! and the engine cuts a request whose reader falls `max_unread_audio` behind. A call the
//! client drops ends its task, and dropping its [`Tracked`] cancels the request.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use runtime::StreamEvent;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::server::TcpIncoming;
use tonic::{Request, Response, Status, Streaming};
use tonic_health::ServingStatus;
use tonic_health::server::HealthReporter;
use tracing::Instrument;

use crate::error::ApiError;
use crate::speech::{SpeechParams, VoiceField, task_name};
use crate::state::AppState;
use crate::synthesis::{
    OpenText, Tracked, check_open_settings, open_with, pcm16_bytes, plan, start, stop_reason,
};

/// The generated messages and service; the client half is unused here (the tests use it).
#[allow(dead_code)]
pub mod pb {
    tonic::include_proto!("tts.v1");

    /// Encoded descriptors of `tts.v1`, served by reflection.
    pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("tts_descriptor");
}

use pb::synthesize_response::Message as Outgoing;
use pb::synthesize_stream_request::Message as Incoming;
use pb::tts_service_server::{SERVICE_NAME, TtsService, TtsServiceServer};

/// The `api` label of metrics and logs.
const API: &str = "grpc";
/// Responses a call may have queued before its reader takes them.
const OUTBOX: usize = 16;
/// How often health follows the model's load and the server's drain.
const HEALTH_POLL: Duration = Duration::from_millis(200);

type Outbox = mpsc::Sender<Result<pb::SynthesizeResponse, Status>>;
type Responses = ReceiverStream<Result<pb::SynthesizeResponse, Status>>;

/// Serves gRPC on `listener` until `shutdown` resolves, then lets running calls finish.
pub async fn serve(
    state: Arc<AppState>,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (health, health_service) = tonic_health::server::health_reporter();
    // The reporter starts with "" SERVING; nothing is served before the model has loaded.
    set_health(&health, ServingStatus::NotServing).await;
    let health_task = tokio::spawn(follow_readiness(state.clone(), health));

    let reflection = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    // Reference audio travels in the request, so allow what the HTTP body limit allows.
    let tts = TtsServiceServer::new(Tts { state: state.clone() })
        .max_decoding_message_size(state.settings.max_body_bytes);
    let admit_state = state.clone();
    let tts = InterceptedService::new(tts, move |req| admit(&admit_state, req));

    // Chunks are small writes that should leave at once, not wait for more (Nagle).
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    let result = tonic::transport::Server::builder()
        .add_service(health_service)
        .add_service(reflection)
        .add_service(tts)
        .serve_with_incoming_shutdown(incoming, shutdown)
        .await;
    health_task.abort();
    result.map_err(|e| anyhow::anyhow!("the gRPC server failed: {e}"))
}

async fn set_health(health: &HealthReporter, status: ServingStatus) {
    for name in ["", SERVICE_NAME] {
        health.set_service_status(name, status).await;
    }
}

/// Health mirrors `/ready`: the state has no load or drain notification, so it is polled.
async fn follow_readiness(state: Arc<AppState>, health: HealthReporter) {
    let mut shown = ServingStatus::NotServing;
    let mut tick = tokio::time::interval(HEALTH_POLL);
    loop {
        tick.tick().await;
        let status = match state.readiness() {
            Ok(()) => ServingStatus::Serving,
            Err(_) => ServingStatus::NotServing,
        };
        if status != shown {
            set_health(&health, status).await;
            shown = status;
        }
    }
}

/// Bearer auth (constant-time compare, as for HTTP) and the per-client rate limit, on every
/// `TtsService` call; health and reflection stay open.
fn admit(state: &AppState, req: Request<()>) -> Result<Request<()>, Status> {
    let authorization = req.metadata().get("authorization").and_then(|v| v.to_str().ok());
    state.authorize(authorization).map_err(|e| refuse(state, e))?;
    if let Some(addr) = req.remote_addr() {
        state.check_rate(addr.ip()).map_err(|e| refuse(state, e))?;
    }
    Ok(req)
}

/// Counts a request refused before it reached the engine.
fn refuse(state: &AppState, e: ApiError) -> Status {
    state.refused(API, &e);
    e.into()
}

struct Tts {
    state: Arc<AppState>,
}

#[tonic::async_trait]
impl TtsService for Tts {
    type SynthesizeStream = Responses;
    type SynthesizeStreamStream = Responses;

    async fn synthesize(
        &self,
        request: Request<pb::SynthesizeRequest>,
    ) -> Result<Response<Responses>, Status> {
        let arrived = Instant::now();
        let params = speech_params(request.into_inner()).map_err(|e| refuse(&self.state, e))?;
        let mut plan = plan(&self.state, &params, API)?;
        // Audio streams back as it is decoded (ICL cut at the frame boundary, runtime::output).
        plan.request.exact_reference_cut = false;
        let tracked = start(&self.state, &plan, API).await?;
        let (outbox, responses) = mpsc::channel(OUTBOX);
        let span = tracing::info_span!("grpc", method = "Synthesize", engine_id = tracked.id());
        tokio::spawn(speak(tracked, arrived, outbox).instrument(span));
        Ok(Response::new(ReceiverStream::new(responses)))
    }

    async fn synthesize_stream(
        &self,
        request: Request<Streaming<pb::SynthesizeStreamRequest>>,
    ) -> Result<Response<Responses>, Status> {
        let arrived = Instant::now();
        let mut incoming = request.into_inner();
        let config = match incoming.message().await?.and_then(|m| m.message) {
            Some(Incoming::Config(config)) => config,
            _ => {
                let e = ApiError::invalid(
                    "config",
                    "the first message of SynthesizeStream must be a config",
                );
                return Err(refuse(&self.state, e));
            }
        };
        let mut params = speech_params(config).map_err(|e| refuse(&self.state, e))?;
        let first = std::mem::take(&mut params.input);
        // Checked now, so a bad config is refused before text is awaited.
        check_open_settings(&self.state, &params, API)?;
        let (outbox, responses) = mpsc::channel(OUTBOX);
        let call = OpenCall {
            state: self.state.clone(),
            params,
            first,
            text: OpenText::default(),
            tracked: None,
        };
        let span = tracing::info_span!("grpc", method = "SynthesizeStream");
        tokio::spawn(call.run(incoming, arrived, outbox).instrument(span));
        Ok(Response::new(ReceiverStream::new(responses)))
    }

    async fn list_voices(
        &self,
        _request: Request<pb::ListVoicesRequest>,
    ) -> Result<Response<pb::ListVoicesResponse>, Status> {
        let service = self.state.service().map_err(|e| refuse(&self.state, e))?;
        let engine = service.engine();
        Ok(Response::new(pb::ListVoicesResponse {
            speakers: engine.speakers(),
            registered_voices: engine.voices().names(),
            languages: engine.languages(),
            task_type: task_name(engine.model_type()).into(),
            model: self.state.settings.served_model_name.clone(),
            sample_rate: engine.sample_rate(),
        }))
    }
}

/// The HTTP request a gRPC request stands for; empty strings and bytes are absent fields.
/// `ref_audio` bytes become the base64 data URL the HTTP API takes.
pub fn speech_params(req: pb::SynthesizeRequest) -> Result<SpeechParams, ApiError> {
    let given = |s: String| (!s.trim().is_empty()).then_some(s);
    let priority = match pb::Priority::try_from(req.priority) {
        Ok(pb::Priority::Unspecified) => None,
        Ok(pb::Priority::Interactive) => Some("interactive".to_string()),
        Ok(pb::Priority::Bulk) => Some("bulk".to_string()),
        Err(_) => {
            return Err(ApiError::invalid(
                "priority",
                format!(
                    "unknown priority {}; valid: PRIORITY_INTERACTIVE, PRIORITY_BULK",
                    req.priority
                ),
            ));
        }
    };
    let language = match pb::Language::try_from(req.language) {
        Ok(pb::Language::Auto) => None,
        Ok(language) => Some(language.as_str_name().to_string()),
        Err(_) => {
            let names = (0..=10)
                .filter_map(|n| pb::Language::try_from(n).ok())
                .map(|l| format!("{} = {}", l.as_str_name(), l as i32));
            return Err(ApiError::invalid(
                "language",
                format!(
                    "language: {} is not a language number; valid: {}",
                    req.language,
                    names.collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    };
    let ref_audio = (!req.ref_audio.is_empty()).then(|| {
        let b64 = base64::engine::general_purpose::STANDARD.encode(&req.ref_audio);
        format!("data:audio/wav;base64,{b64}")
    });
    Ok(SpeechParams {
        input: req.text,
        voice: given(req.voice).map(VoiceField::Name),
        language,
        instructions: given(req.instructions),
        task_type: given(req.task_type),
        ref_audio,
        ref_text: given(req.ref_text),
        x_vector_only_mode: req.x_vector_only_mode,
        max_new_tokens: req.max_new_tokens.map(i64::from),
        seed: req.seed,
        temperature: req.temperature,
        top_k: req.top_k.map(i64::from),
        top_p: req.top_p,
        repetition_penalty: req.repetition_penalty,
        non_streaming_mode: req.non_streaming_mode,
        normalize: req.normalize,
        priority,
        deadline_ms: req.deadline_ms,
        chunk_ms: req.chunk_ms,
        // Raw PCM chunks at the engine's rate, as they are made.
        stream: true,
        response_format: Some("pcm".into()),
        ..SpeechParams::default()
    })
}

/// Turns engine events into responses and times the call.
struct Reply {
    arrived: Instant,
    first_audio: Option<Duration>,
}

impl Reply {
    fn new(arrived: Instant) -> Self {
        Self { arrived, first_audio: None }
    }

    /// The response to `event`, and whether it ends the call.
    fn respond(
        &mut self,
        event: StreamEvent,
        input_tokens: usize,
    ) -> (Result<pb::SynthesizeResponse, Status>, bool) {
        let message = match event {
            StreamEvent::Chunk { seq, chunk } => {
                self.first_audio.get_or_insert_with(|| self.arrived.elapsed());
                Outgoing::Audio(pb::AudioChunk {
                    pcm: pcm16_bytes(&chunk.samples),
                    sequence: seq,
                    start_sample: chunk.start_sample as u64,
                    sample_rate: chunk.sample_rate,
                })
            }
            StreamEvent::Done(summary) => {
                let ms = |d: Duration| d.as_secs_f64() * 1e3;
                let summary = pb::Summary {
                    audio_seconds: summary.audio_seconds(),
                    samples: summary.samples as u64,
                    frames: summary.frames() as u64,
                    input_tokens: input_tokens as u64,
                    time_to_first_audio_ms: self.first_audio.map_or(0.0, ms),
                    elapsed_ms: ms(self.arrived.elapsed()),
                    stop_reason: stop_reason(&summary).into(),
                };
                return (
                    Ok(pb::SynthesizeResponse { message: Some(Outgoing::Summary(summary)) }),
                    true,
                );
            }
            StreamEvent::Failed(e) => return (Err(ApiError::from(e).into()), true),
        };
        (Ok(pb::SynthesizeResponse { message: Some(message) }), false)
    }
}

/// Sends one request's audio and summary (or error) to its call.
async fn speak(mut tracked: Tracked, arrived: Instant, outbox: Outbox) {
    let mut reply = Reply::new(arrived);
    loop {
        let event = tokio::select! {
            event = tracked.next() => event,
            // Gone while the engine is busy elsewhere (queued, or between chunks).
            () = outbox.closed() => return,
        };
        let Some(event) = event else { return };
        let (response, last) = reply.respond(event, tracked.input_tokens);
        if outbox.send(response).await.is_err() || last {
            return;
        }
    }
}

/// A `SynthesizeStream` call: text in, audio out, one engine request whose text stays open.
struct OpenCall {
    state: Arc<AppState>,
    params: SpeechParams,
    /// The config's text: the first piece.
    first: String,
    text: OpenText,
    tracked: Option<Tracked>,
}

impl OpenCall {
    async fn run(
        mut self,
        mut incoming: Streaming<pb::SynthesizeStreamRequest>,
        arrived: Instant,
        outbox: Outbox,
    ) {
        let mut reply = Reply::new(arrived);
        let first = std::mem::take(&mut self.first);
        let mut reading = true;
        let mut result = self.text(&first).await;
        while result.is_ok() {
            tokio::select! {
                message = incoming.message(), if reading => {
                    result = match message.map(|m| m.map(|m| m.message)) {
                        Ok(Some(Some(Incoming::Text(text)))) => self.text(&text).await,
                        // `end`, or the client half-closed: the text is complete.
                        Ok(Some(Some(Incoming::End(_))) | None) => {
                            reading = false;
                            self.end().await
                        }
                        Ok(Some(Some(Incoming::Config(_)))) => Err(ApiError::invalid(
                            "config",
                            "config comes once, as the first message",
                        )),
                        Ok(Some(None)) => Err(ApiError::invalid(
                            "message",
                            "an empty message: send config, text or end",
                        )),
                        // A message that did not decode, or the client's side broke.
                        Err(status) => {
                            tracing::info!(error = %status, "request stream failed");
                            let _ = outbox.send(Err(status)).await;
                            return;
                        }
                    };
                }
                event = next_event(&mut self.tracked) => {
                    let Some(event) = event else { return };
                    let (response, last) = reply.respond(event, 0);
                    if outbox.send(response).await.is_err() || last {
                        return;
                    }
                }
                () = outbox.closed() => return,
            }
        }
        if let Err(e) = result {
            let _ = outbox.send(Err(e.into())).await;
        }
    }

    async fn text(&mut self, text: &str) -> Result<(), ApiError> {
        let (state, params) = (&self.state, &self.params);
        if let Some(tracked) =
            self.text.push(text, |words| open_with(state, params, words, API)).await?
        {
            self.tracked = Some(tracked);
        }
        Ok(())
    }

    /// The text is complete: open the request with what is pending if it is not open yet, and
    /// finish its text.
    async fn end(&mut self) -> Result<(), ApiError> {
        let (state, params) = (&self.state, &self.params);
        if let Some(tracked) =
            self.text.finish(|words| open_with(state, params, words, API)).await?
        {
            self.tracked = Some(tracked);
        }
        if self.tracked.is_none() {
            return Err(ApiError::invalid(
                "text",
                "the input ended without text: send text (or config.text) before end",
            ));
        }
        Ok(())
    }
}

/// The next event of an open request; pending until there is one.
async fn next_event(tracked: &mut Option<Tracked>) -> Option<StreamEvent> {
    match tracked {
        Some(t) => t.next().await,
        None => std::future::pending().await,
    }
}
