//! `tts-server`: the Qwen3-TTS engine behind HTTP (OpenAI-compatible speech API, server-sent
//! events, WebSocket) and gRPC, with health and readiness probes, Prometheus metrics, bearer
//! auth, limits and JSON logs.
//!
//! The listeners open at once; the model loads behind them (`/health` answers, `/ready` says
//! "loading" until the engine runs). SIGTERM or Ctrl-C drains: readiness turns false, new
//! connections are refused, running streams get `shutdown_grace_s` to finish. An engine thread
//! that dies drains the same way and exits non-zero ([`tts_server::server`]).

use std::process::ExitCode;

use clap::Parser;

use tts_server::server::{self, Listeners};
use tts_server::settings::{Args, Settings};
use tts_server::state::AppState;

fn main() -> ExitCode {
    let args = Args::parse();
    if let Err(e) = init_logging(&args) {
        eprintln!("tts-server: {e:#}");
        return ExitCode::from(2);
    }
    let result = Settings::resolve(&args).and_then(|settings| {
        tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(serve(settings))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "tts-server stopped");
            eprintln!("tts-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(args: &Args) -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_new(&args.log)
        .map_err(|e| anyhow::anyhow!("--log {:?}: {e}", args.log))?;
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match args.log_format.to_ascii_lowercase().as_str() {
        // The request span (request_id, method, path) on every line of a request.
        "json" => builder.json().with_current_span(true).with_span_list(false).init(),
        "text" => builder.init(),
        other => anyhow::bail!("unknown log format {other:?}; valid: json, text"),
    }
    Ok(())
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let listeners = Listeners::bind(&settings).await?;
    let state = AppState::new(settings)?;
    tokio::task::spawn_blocking({
        let state = state.clone();
        move || {
            if let Err(e) = server::load(&state) {
                // Nothing can be served: exit, so a supervisor sees the failure and restarts.
                tracing::error!(error = %e, "the model failed to load");
                eprintln!("tts-server: the model failed to load: {e}");
                std::process::exit(1);
            }
        }
    });
    server::run(state, listeners, shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
