//! `tts-server`: gRPC and HTTP streaming synthesis with health, Prometheus metrics and auth.
//!
//! Status: not implemented yet. The binary exists so the workspace layout and feature wiring
//! (`cuda`, `mkl`) are in place; it refuses to start rather than pretend to serve.

use std::process::ExitCode;

fn main() -> ExitCode {
    eprintln!(
        "tts-server {}: the server is not implemented yet; use `tts-cli inspect` to check a checkpoint",
        env!("CARGO_PKG_VERSION")
    );
    ExitCode::from(2)
}
