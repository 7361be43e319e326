//! Layers around every HTTP route: a request id (taken from `x-request-id` or made here) on the
//! response and on every log line of the request, bearer-token auth (constant-time compare),
//! and the per-client rate limit.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use tracing::Instrument;

use crate::error::ApiError;
use crate::state::AppState;

pub const REQUEST_ID: &str = "x-request-id";

/// Routes open without a token: probes must work for the orchestrator, and the page holds no
/// data (it asks for the token itself).
fn is_public(path: &str) -> bool {
    matches!(path, "/health" | "/ready" | "/" | "/index.html")
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn new_id() -> String {
    let boot = *BOOT;
    format!("{boot:x}-{:x}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// A per-process prefix, so ids of restarted replicas do not collide in aggregated logs.
static BOOT: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros() as u64 & 0xffff_ffff)
        .unwrap_or(0)
});

pub async fn request_id(req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.is_ascii())
        .map(str::to_string)
        .unwrap_or_else(new_id);
    let span = tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path());
    let started = Instant::now();
    let mut response = next.run(req).instrument(span.clone()).await;
    span.in_scope(|| {
        tracing::info!(
            status = response.status().as_u16(),
            latency_ms = started.elapsed().as_millis() as u64,
            "response"
        )
    });
    if let Ok(v) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, v);
    }
    response
}

pub async fn auth(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if let Some(key) = &state.settings.api_key
        && !is_public(req.uri().path())
    {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim);
        let ok = given.is_some_and(|g| bool::from(g.as_bytes().ct_eq(key.as_bytes())));
        if !ok {
            let e = ApiError::unauthenticated();
            state.refused("http", &e);
            return e.into_response();
        }
    }
    next.run(req).await
}

pub async fn rate_limit(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if !is_public(req.uri().path())
        && let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>()
        && !state.admit_rate(addr.ip())
    {
        let e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!(
                "too many requests from {}: the limit is {} per second",
                addr.ip(),
                state.settings.rate_limit_per_s.map_or(0, |r| r.get())
            ),
        );
        state.refused("http", &e);
        return e.into_response();
    }
    next.run(req).await
}
