//! The server run inside the test process (`tts_server::server::run`), for what a separate
//! process cannot show: the moments before the model has loaded, and faults injected into the
//! engine thread (`runtime`'s `fault-injection` feature).

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tonic::transport::Channel;
use tts_server::server::{self, Listeners};
use tts_server::settings::{Args, Settings};
use tts_server::state::AppState;

/// A server on loopback ports (HTTP, gRPC, Wyoming) whose model is loaded by [`Self::load`].
pub struct InProcess {
    pub state: Arc<AppState>,
    pub http: String,
    pub grpc: String,
    pub wyoming: String,
    stop: Option<oneshot::Sender<()>>,
    pub run: Option<JoinHandle<anyhow::Result<()>>>,
}

impl InProcess {
    /// Listening, the model not loaded yet. `args` adds settings (the model and the addresses
    /// are set here).
    pub async fn start(model: &str, args: Args) -> Self {
        let args = Args {
            model: Some(model.to_string()),
            http_addr: Some("127.0.0.1:0".into()),
            grpc_addr: Some("127.0.0.1:0".into()),
            wyoming_addr: Some("127.0.0.1:0".into()),
            ..args
        };
        let settings = Settings::resolve(&args).unwrap();
        let listeners = Listeners::bind(&settings).await.unwrap();
        let addr = |l: &tokio::net::TcpListener| l.local_addr().unwrap().to_string();
        let http = format!("http://{}", addr(&listeners.http));
        let grpc = addr(listeners.grpc.as_ref().unwrap());
        let wyoming = addr(listeners.wyoming.as_ref().unwrap());
        let state = AppState::new(settings).unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let run = tokio::spawn(server::run(state.clone(), listeners, async {
            let _ = stopped.await;
        }));
        Self { state, http, grpc, wyoming, stop: Some(stop), run: Some(run) }
    }

    /// Started and loaded.
    pub async fn ready(model: &str, args: Args) -> Self {
        let server = Self::start(model, args).await;
        server.load().await;
        server
    }

    pub async fn load(&self) {
        let state = self.state.clone();
        tokio::task::spawn_blocking(move || server::load(&state)).await.unwrap().unwrap();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.http)
    }

    pub fn ws_url(&self, path: &str) -> String {
        format!("{}{path}", self.http.replace("http://", "ws://"))
    }

    pub async fn channel(&self) -> Channel {
        Channel::from_shared(format!("http://{}", self.grpc)).unwrap().connect().await.unwrap()
    }

    /// Waits for [`server::run`] to end and returns its result.
    pub async fn finished(&mut self, within: Duration) -> anyhow::Result<()> {
        let run = self.run.take().expect("the server is running");
        tokio::time::timeout(within, run).await.expect("the server ends in time").unwrap()
    }
}

impl Drop for InProcess {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(run) = self.run.take() {
            run.abort();
        }
    }
}

/// Polls `check` every 20 ms until it is true; fails after `within`.
pub async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while !check().await {
        assert!(started.elapsed() < within, "{what} within {within:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
