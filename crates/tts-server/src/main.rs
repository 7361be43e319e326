//! `tts-server`: the Qwen3-TTS engine behind HTTP (OpenAI-compatible speech API, server-sent
//! events, WebSocket) and gRPC, with health and readiness probes, Prometheus metrics, bearer
//! auth, limits and JSON logs.
//!
//! The listeners open at once; the model loads behind them (`/health` answers, `/ready` says
//! "loading" until the engine runs). SIGTERM or Ctrl-C drains: readiness turns false, new
//! connections are refused, running streams get `shutdown_grace_s` to finish.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use runtime::{Engine, EngineOptions, EngineService};
use tokio::net::TcpListener;

use tts_server::settings::{Args, Settings};
use tts_server::state::AppState;
use tts_server::{grpc, http, wyoming};

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
    let http = listen(settings.http_addr, "http_addr").await?;
    let grpc_listener = match settings.grpc_addr {
        Some(addr) => Some(listen(addr, "grpc_addr").await?),
        None => None,
    };
    let wyoming_listener = match settings.wyoming_addr {
        Some(addr) => Some(listen(addr, "wyoming_addr").await?),
        None => None,
    };
    let state = AppState::new(settings)?;
    tracing::info!(
        http = %http.local_addr()?,
        grpc = ?grpc_listener.as_ref().and_then(|l| l.local_addr().ok()),
        wyoming = ?wyoming_listener.as_ref().and_then(|l| l.local_addr().ok()),
        model = %state.settings.model,
        "listening; loading the model"
    );
    tokio::task::spawn_blocking({
        let state = state.clone();
        move || load(&state)
    });

    let (shutdown_tx, shutdown_rx) = tokio::sync::watch::channel(false);
    let signal_state = state.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutdown requested: draining");
        signal_state.drain();
        let _ = shutdown_tx.send(true);
    });
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|&s| s).await;
    };

    let app =
        http::router(state.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let http_server = axum::serve(http, app).with_graceful_shutdown(stopped(shutdown_rx.clone()));
    let grace = state.settings.shutdown_grace;
    let grace_timer = {
        let rx = shutdown_rx.clone();
        async move {
            stopped(rx).await;
            tokio::time::sleep(grace).await;
        }
    };
    let grpc_server = grpc_listener.map(|listener| {
        tokio::spawn(grpc::serve(state.clone(), listener, stopped(shutdown_rx.clone())))
    });
    let wyoming_server = wyoming_listener.map(|listener| {
        tokio::spawn(wyoming::serve(state.clone(), listener, stopped(shutdown_rx.clone())))
    });
    // The servers run until shutdown; the first to fail stops the process.
    let servers = async {
        let joined = |task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
                      name: &'static str| async move {
            match task {
                Some(task) => task.await.map_err(|e| anyhow::anyhow!("the {name} server: {e}"))?,
                None => Ok(()),
            }
        };
        let http = async { http_server.await.map_err(anyhow::Error::from) };
        tokio::try_join!(http, joined(grpc_server, "gRPC"), joined(wyoming_server, "Wyoming"))
            .map(|_| ())
    };
    tokio::select! {
        result = servers => result?,
        () = grace_timer => tracing::warn!(grace_s = grace.as_secs(), "streams still running after the grace period; stopping"),
    }
    tracing::info!("stopped");
    Ok(())
}

async fn listen(addr: std::net::SocketAddr, key: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr} ({key}): {e}"))
}

fn load(state: &AppState) {
    let s = &state.settings;
    let started = std::time::Instant::now();
    let result = EngineOptions::from_names(&s.device, &s.dtype, &s.decode_mode)
        .map(|options| EngineOptions { max_reference_secs: s.max_reference_secs, ..options })
        .and_then(|options| Engine::load(&s.model, options))
        .and_then(|engine| EngineService::start(Arc::new(engine), s.batch.clone()));
    match result {
        Ok(service) => {
            tracing::info!(
                source = service.engine().source(),
                model_type = service.engine().model_type().as_str(),
                load_s = started.elapsed().as_secs_f64(),
                "model loaded; ready"
            );
            if let Some(store) = &state.voice_store {
                let restored = store.restore(service.engine());
                tracing::info!(voices = restored.len(), "stored voices registered");
                if let Ok(mut uploads) = state.uploads.lock() {
                    uploads.extend(restored.into_iter().map(|v| (v.name.clone(), v)));
                }
            }
            state.set_service(service);
        }
        Err(e) => {
            // Nothing can be served: exit, so a supervisor sees the failure and restarts.
            tracing::error!(error = %e, "the model failed to load");
            eprintln!("tts-server: the model failed to load: {e}");
            std::process::exit(1);
        }
    }
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
