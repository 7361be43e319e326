//! The server's life: listeners open at once and the model loads behind them (`/health`
//! answers, `/ready` says "loading" until the engine runs); a shutdown request drains
//! (readiness turns false at once, new connections are refused [`DRAIN_ANNOUNCE`] later,
//! running streams get `shutdown_grace_s`); an engine thread that dies turns every health
//! report to not-serving, drains the same way and ends [`run`] with an error (the process
//! exits non-zero, so a supervisor restarts it).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use runtime::{Engine, EngineError, EngineOptions, EngineService, RequestLimits};
use tokio::net::TcpListener;

use crate::settings::Settings;
use crate::state::AppState;
use crate::{grpc, http, wyoming};

/// How often the engine thread's health is looked at.
const LIVENESS_POLL: Duration = Duration::from_millis(100);

/// How long a draining server keeps accepting connections after it turned not-ready, so that
/// load balancers and probes see `/ready` 503 and gRPC NOT_SERVING before connections are
/// refused (the delay of a Kubernetes preStop hook, built in).
pub const DRAIN_ANNOUNCE: Duration = Duration::from_secs(2);

/// The listening sockets, opened before the model loads.
pub struct Listeners {
    pub http: TcpListener,
    pub grpc: Option<TcpListener>,
    pub wyoming: Option<TcpListener>,
}

impl Listeners {
    pub async fn bind(settings: &Settings) -> anyhow::Result<Self> {
        Ok(Self {
            http: listen(settings.http_addr, "http_addr").await?,
            grpc: match settings.grpc_addr {
                Some(addr) => Some(listen(addr, "grpc_addr").await?),
                None => None,
            },
            wyoming: match settings.wyoming_addr {
                Some(addr) => Some(listen(addr, "wyoming_addr").await?),
                None => None,
            },
        })
    }
}

async fn listen(addr: std::net::SocketAddr, key: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr} ({key}): {e}"))
}

/// Loads the model and starts the engine into `state` (with the voices kept in `voices_dir`).
pub fn load(state: &AppState) -> Result<(), EngineError> {
    let s = &state.settings;
    let started = std::time::Instant::now();
    let mut options =
        EngineOptions::from_names(&s.device, &s.dtype, &s.codec_dtype, &s.decode_mode)?;
    options.limits = RequestLimits {
        max_text_chars: Some(s.max_text_chars),
        max_reference_secs: s.max_reference_secs,
        guards: s.guards,
    };
    options.weight_cache = runtime::options::weight_cache(&s.weight_cache)?;
    let engine = Engine::load(&s.model, options)?;
    let service = EngineService::start(Arc::new(engine), s.batch.clone())?;
    tracing::info!(
        source = service.engine().source(),
        model_type = service.engine().model_type().as_str(),
        dtype = %s.dtype,
        codec_dtype = %service.engine().codec_dtype(),
        load_s = started.elapsed().as_secs_f64(),
        "model loaded; ready"
    );
    if let Some(store) = &state.voice_store {
        let restored = store.sync(service.engine(), &state.uploads);
        tracing::info!(voices = restored.added.len(), "stored voices registered");
    }
    state.set_service(service);
    Ok(())
}

/// Keeps the voices of a shared `voices_dir` in step with the other replicas, for as long as the
/// server runs.
async fn sync_voices(state: Arc<AppState>) {
    let mut tick = tokio::time::interval(crate::voice_store::SYNC_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let Ok(service) = state.service().cloned() else { continue };
        let state = state.clone();
        let synced = tokio::task::spawn_blocking(move || {
            state.voice_store.as_ref().map(|store| store.sync(service.engine(), &state.uploads))
        })
        .await;
        if let Ok(Some(report)) = synced
            && report != crate::voice_store::SyncReport::default()
        {
            tracing::info!(added = ?report.added, removed = ?report.removed, "voices_dir changed");
        }
    }
}

/// Announces the Wyoming listener over Zeroconf when the settings ask for it and it listens
/// beyond loopback. A failure (no multicast-capable interface) is logged: Wyoming still serves.
fn announce(state: &AppState, listener: &TcpListener) -> Option<crate::zeroconf::Announcement> {
    let name = state.settings.wyoming_zeroconf.as_deref()?;
    let addr = listener.local_addr().ok()?;
    if addr.ip().is_loopback() {
        tracing::info!(%addr, "Wyoming listens on loopback: not announced over Zeroconf");
        return None;
    }
    crate::zeroconf::Announcement::start(name, addr)
        .inspect_err(|e| tracing::warn!(error = %e, "Wyoming is not announced"))
        .ok()
}

/// Serves every listener until `shutdown` resolves or the engine thread dies, then drains.
/// Returns an error when the engine died.
pub async fn run(
    state: Arc<AppState>,
    listeners: Listeners,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    tracing::info!(
        http = %listeners.http.local_addr()?,
        grpc = ?listeners.grpc.as_ref().and_then(|l| l.local_addr().ok()),
        wyoming = ?listeners.wyoming.as_ref().and_then(|l| l.local_addr().ok()),
        model = %state.settings.model,
        "listening"
    );
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let watch_state = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(LIVENESS_POLL);
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => {
                    tracing::info!("shutdown requested: draining");
                    break;
                }
                _ = tick.tick() => if watch_state.engine_died() {
                    tracing::error!("the engine thread died: draining, then exiting");
                    break;
                },
            }
        }
        watch_state.drain();
        tokio::time::sleep(DRAIN_ANNOUNCE).await;
        let _ = stop_tx.send(true);
    });
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|&s| s).await;
    };

    let app =
        http::router(state.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let http_server =
        axum::serve(listeners.http, app).with_graceful_shutdown(stopped(stop_rx.clone()));
    let grace = state.settings.shutdown_grace;
    let grace_timer = {
        let rx = stop_rx.clone();
        async move {
            stopped(rx).await;
            tokio::time::sleep(grace).await;
        }
    };
    let grpc_server = listeners.grpc.map(|listener| {
        tokio::spawn(grpc::serve(state.clone(), listener, stopped(stop_rx.clone())))
    });
    if state.voice_store.is_some() {
        tokio::spawn(sync_voices(state.clone()));
    }
    // Announced while it serves; dropped (withdrawn) when `run` returns.
    let _announcement = listeners.wyoming.as_ref().and_then(|l| announce(&state, l));
    let wyoming_server = listeners.wyoming.map(|listener| {
        tokio::spawn(wyoming::serve(state.clone(), listener, stopped(stop_rx.clone())))
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
    if state.engine_died() {
        anyhow::bail!("the engine thread died");
    }
    tracing::info!("stopped");
    Ok(())
}
