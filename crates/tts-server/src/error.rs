//! Errors as clients see them: one mapping from the engine's error kinds to HTTP status (with
//! OpenAI's error body) and to gRPC codes.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use runtime::{EngineError, ErrorKind};
use serde_json::json;

/// A refused or failed request. `code` is a stable machine-readable name (documented in the
/// README's error table); `message` says what was wrong and what is valid.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    /// The request field at fault, when one is.
    pub param: Option<&'static str>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, code, message: message.into(), param: None }
    }

    /// 400 for a request field.
    pub fn invalid(param: &'static str, message: impl Into<String>) -> Self {
        Self {
            param: Some(param),
            ..Self::new(StatusCode::BAD_REQUEST, "invalid_request", message)
        }
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "missing or wrong API key: send `Authorization: Bearer <key>`",
        )
    }

    pub fn loading() -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, "model_loading", "the model is still loading")
    }

    /// OpenAI's `error.type`.
    fn error_type(&self) -> &'static str {
        match self.status.as_u16() {
            400 | 404 | 413 | 422 => "invalid_request_error",
            401 => "authentication_error",
            429 => "rate_limit_error",
            503 => "overloaded_error",
            _ => "server_error",
        }
    }

    /// The JSON error body (also sent in SSE and WebSocket error events).
    pub fn body(&self) -> serde_json::Value {
        json!({"error": {
            "message": self.message,
            "type": self.error_type(),
            "param": self.param,
            "code": self.code,
        }})
    }

    pub fn grpc_code(&self) -> tonic::Code {
        match self.status.as_u16() {
            400 | 413 | 422 => tonic::Code::InvalidArgument,
            401 => tonic::Code::Unauthenticated,
            404 => tonic::Code::NotFound,
            429 | 503 => tonic::Code::ResourceExhausted,
            499 => tonic::Code::Cancelled,
            504 => tonic::Code::DeadlineExceeded,
            _ => tonic::Code::Internal,
        }
    }
}

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> Self {
        Self::from(&e)
    }
}

impl From<&EngineError> for ApiError {
    fn from(e: &EngineError) -> Self {
        let (status, code) = match (e, e.kind()) {
            (EngineError::SlowReader(_), _) => (StatusCode::TOO_MANY_REQUESTS, "slow_reader"),
            (EngineError::Stopped(_), _) => (StatusCode::SERVICE_UNAVAILABLE, "engine_stopped"),
            (_, ErrorKind::InvalidRequest) => (StatusCode::BAD_REQUEST, "invalid_request"),
            (_, ErrorKind::Overloaded) => (StatusCode::SERVICE_UNAVAILABLE, "overloaded"),
            (_, ErrorKind::DeadlineExceeded) => (StatusCode::GATEWAY_TIMEOUT, "deadline_exceeded"),
            (_, ErrorKind::Cancelled) => (client_closed(), "cancelled"),
            (_, ErrorKind::Internal) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        Self::new(status, code, e.to_string())
    }
}

impl From<ApiError> for tonic::Status {
    fn from(e: ApiError) -> Self {
        tonic::Status::new(e.grpc_code(), e.message)
    }
}

/// nginx's 499: the client closed the request.
pub fn client_closed() -> StatusCode {
    StatusCode::from_u16(499).unwrap_or(StatusCode::BAD_REQUEST)
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body())).into_response();
        let headers = response.headers_mut();
        if self.status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if matches!(self.status.as_u16(), 429 | 503) {
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}
