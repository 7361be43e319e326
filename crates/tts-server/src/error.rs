//! Errors as clients see them: one table of codes ([`Code`]), each with its HTTP status, its
//! gRPC code and when it happens (the README's error table is checked against it), and the one
//! mapping from the engine's errors to it. A request error's field becomes OpenAI's `param` and
//! gRPC's `BadRequest` field violation.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use runtime::{EngineError, ErrorKind, Reason};
use serde_json::json;
use tonic_types::{ErrorDetails, StatusExt};

/// The stable machine-readable error codes, in the order of the README's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    InvalidJson,
    InvalidRequest,
    TextTooLong,
    InvalidMultipart,
    InvalidContentType,
    Unauthenticated,
    ModelNotFound,
    VoiceNotFound,
    BodyTooLarge,
    RateLimited,
    SlowReader,
    Cancelled,
    Internal,
    Overloaded,
    ModelLoading,
    EngineStopped,
    DeadlineExceeded,
}

impl Code {
    pub const ALL: [Code; 17] = [
        Self::InvalidJson,
        Self::InvalidRequest,
        Self::TextTooLong,
        Self::InvalidMultipart,
        Self::InvalidContentType,
        Self::Unauthenticated,
        Self::ModelNotFound,
        Self::VoiceNotFound,
        Self::BodyTooLarge,
        Self::RateLimited,
        Self::SlowReader,
        Self::Cancelled,
        Self::Internal,
        Self::Overloaded,
        Self::ModelLoading,
        Self::EngineStopped,
        Self::DeadlineExceeded,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::InvalidJson => "invalid_json",
            Self::InvalidRequest => "invalid_request",
            Self::TextTooLong => "text_too_long",
            Self::InvalidMultipart => "invalid_multipart",
            Self::InvalidContentType => "invalid_content_type",
            Self::Unauthenticated => "unauthenticated",
            Self::ModelNotFound => "model_not_found",
            Self::VoiceNotFound => "voice_not_found",
            Self::BodyTooLarge => "body_too_large",
            Self::RateLimited => "rate_limited",
            Self::SlowReader => "slow_reader",
            Self::Cancelled => "cancelled",
            Self::Internal => "internal",
            Self::Overloaded => "overloaded",
            Self::ModelLoading => "model_loading",
            Self::EngineStopped => "engine_stopped",
            Self::DeadlineExceeded => "deadline_exceeded",
        }
    }

    pub fn http(self) -> StatusCode {
        match self {
            Self::InvalidJson
            | Self::InvalidRequest
            | Self::TextTooLong
            | Self::InvalidMultipart => StatusCode::BAD_REQUEST,
            Self::InvalidContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::ModelNotFound | Self::VoiceNotFound => StatusCode::NOT_FOUND,
            Self::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::RateLimited | Self::SlowReader => StatusCode::TOO_MANY_REQUESTS,
            Self::Cancelled => client_closed(),
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Overloaded | Self::ModelLoading | Self::EngineStopped => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        }
    }

    /// The gRPC code: a request the server could serve later (loading, stopped) is
    /// UNAVAILABLE, so clients retry it elsewhere; a full engine is RESOURCE_EXHAUSTED.
    pub fn grpc(self) -> tonic::Code {
        match self {
            Self::InvalidJson
            | Self::InvalidRequest
            | Self::TextTooLong
            | Self::InvalidMultipart
            | Self::InvalidContentType => tonic::Code::InvalidArgument,
            Self::Unauthenticated => tonic::Code::Unauthenticated,
            Self::ModelNotFound | Self::VoiceNotFound => tonic::Code::NotFound,
            // tonic's own answer to a message over `max_decoding_message_size`.
            Self::BodyTooLarge => tonic::Code::OutOfRange,
            Self::RateLimited | Self::SlowReader | Self::Overloaded => {
                tonic::Code::ResourceExhausted
            }
            Self::Cancelled => tonic::Code::Cancelled,
            Self::Internal => tonic::Code::Internal,
            Self::ModelLoading | Self::EngineStopped => tonic::Code::Unavailable,
            Self::DeadlineExceeded => tonic::Code::DeadlineExceeded,
        }
    }

    /// When it happens (the README's error table).
    pub fn when(self) -> &'static str {
        match self {
            Self::InvalidJson => {
                "the body is not JSON, or a field has the wrong type or is unknown"
            }
            Self::InvalidRequest => {
                "a field is out of range or not one of its choices (`param` names it)"
            }
            Self::TextTooLong => "the input is over `max_text_chars`",
            Self::InvalidMultipart => "a voice upload that is not a readable multipart form",
            Self::InvalidContentType => "a speech request that is not `application/json`",
            Self::Unauthenticated => "a missing or wrong bearer token",
            Self::ModelNotFound => "`model` is not a name this server answers to",
            Self::VoiceNotFound => "no voice is registered under the name",
            Self::BodyTooLarge => "the body is over `max_body_mib` (gRPC: tonic's message limit)",
            Self::RateLimited => "over the per-client rate limit (`Retry-After`)",
            Self::SlowReader => "the reader fell `max_unread_audio_s` behind; the stream was cut",
            Self::Cancelled => "the client cancelled or went away (counted in the metrics)",
            Self::Internal => "a fault of the server, never the request's",
            Self::Overloaded => "every batch row and queue place is taken (`Retry-After`)",
            Self::ModelLoading => "the model is still loading (`Retry-After`)",
            Self::EngineStopped => {
                "the engine thread died; the server exits after announcing it (`Retry-After`)"
            }
            Self::DeadlineExceeded => {
                "`deadline_ms` cannot be met (refused up front) or passed (cut)"
            }
        }
    }

    /// OpenAI's `error.type`.
    fn error_type(self) -> &'static str {
        match self.http().as_u16() {
            400 | 404 | 413 | 415 | 422 => "invalid_request_error",
            401 => "authentication_error",
            429 => "rate_limit_error",
            503 => "overloaded_error",
            _ => "server_error",
        }
    }
}

/// The README's error table, rendered from [`Code`].
pub fn error_table() -> String {
    let mut table = String::from("| code | HTTP | gRPC | when |\n|---|---|---|---|\n");
    for code in Code::ALL {
        let grpc = format!("{:?}", code.grpc());
        table += &format!(
            "| `{}` | {} | {} | {} |\n",
            code.name(),
            code.http().as_u16(),
            screaming_snake(&grpc),
            code.when()
        );
    }
    table
}

/// `ResourceExhausted` -> `RESOURCE_EXHAUSTED`, as gRPC documents its codes.
fn screaming_snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// A refused or failed request: its code, a message naming the problem and what is valid,
/// and the request field at fault when there is one.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
    pub param: Option<&'static str>,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), param: None }
    }

    /// A wire field (format, stream, body) the server checks itself.
    pub fn invalid(param: &'static str, message: impl Into<String>) -> Self {
        Self { param: Some(param), ..Self::new(Code::InvalidRequest, message) }
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            Code::Unauthenticated,
            "missing or wrong API key: send `Authorization: Bearer <key>`",
        )
    }

    pub fn loading() -> Self {
        Self::new(Code::ModelLoading, "the model is still loading")
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Code::Internal, message)
    }

    pub fn status(&self) -> StatusCode {
        self.code.http()
    }

    /// The JSON error body (also sent in SSE and WebSocket error events).
    pub fn body(&self) -> serde_json::Value {
        json!({"error": {
            "message": self.message,
            "type": self.code.error_type(),
            "param": self.param,
            "code": self.code.name(),
        }})
    }
}

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> Self {
        Self::from(&e)
    }
}

impl From<&EngineError> for ApiError {
    fn from(e: &EngineError) -> Self {
        if let Some(r) = e.request() {
            let code = match r.reason {
                Reason::Invalid => Code::InvalidRequest,
                Reason::TooLong => Code::TextTooLong,
                Reason::UnknownVoice => Code::VoiceNotFound,
            };
            return Self { param: Some(r.field.name()), ..Self::new(code, r.to_string()) };
        }
        let code = match (e, e.kind()) {
            (EngineError::SlowReader(_), _) => Code::SlowReader,
            (_, ErrorKind::InvalidRequest) => Code::InvalidRequest,
            (_, ErrorKind::Overloaded) => Code::Overloaded,
            (_, ErrorKind::DeadlineExceeded) => Code::DeadlineExceeded,
            (_, ErrorKind::Cancelled) => Code::Cancelled,
            (_, ErrorKind::Unavailable) => Code::EngineStopped,
            (_, ErrorKind::Internal) => Code::Internal,
        };
        Self::new(code, e.to_string())
    }
}

/// The gRPC status: the code, the message, and as details an `ErrorInfo` whose reason is the
/// error code and, for a field, a `BadRequest` violation naming it.
impl From<ApiError> for tonic::Status {
    fn from(e: ApiError) -> Self {
        let mut details = ErrorDetails::with_error_info(
            e.code.name(),
            "qwen3-tts-rs",
            std::collections::HashMap::new(),
        );
        if let Some(param) = e.param {
            details.add_bad_request_violation(param, e.message.clone());
        }
        tonic::Status::with_error_details(e.code.grpc(), e.message, details)
    }
}

/// nginx's 499: the client closed the request.
pub fn client_closed() -> StatusCode {
    StatusCode::from_u16(499).unwrap_or(StatusCode::BAD_REQUEST)
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut response = (status, axum::Json(self.body())).into_response();
        let headers = response.headers_mut();
        if status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if matches!(status.as_u16(), 429 | 503) {
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}
