//! Layers around every HTTP route: a request id (taken from `x-request-id` or made here) on the
//! response and on every log line of the request, bearer-token auth (constant-time compare),
//! and the per-client rate limit.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

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
    if !is_public(req.uri().path()) {
        let header = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        if let Err(e) = state.authorize(header) {
            state.refused("http", &e);
            return e.into_response();
        }
    }
    next.run(req).await
}

pub async fn rate_limit(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if !is_public(req.uri().path())
        && let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>()
        && let Err(e) = state.check_rate(addr.ip())
    {
        state.refused("http", &e);
        return e.into_response();
    }
    next.run(req).await
}
