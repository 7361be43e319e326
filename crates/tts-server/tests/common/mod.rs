//! Starting the built `tts-server` on loopback with a fixture checkpoint, and the audio the
//! engine makes for the same request in-process (what `tts-cli synth` writes).

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use runtime::{Engine, EngineOptions, SynthesisRequest};

pub mod in_process;

pub fn fixtures() -> PathBuf {
    test_support::fixtures_dir()
}

/// A CustomVoice checkpoint with speakers alice and bob.
pub fn custom_voice() -> String {
    fixtures().join("checkpoints/tiny-e2e").display().to_string()
}

/// A Base checkpoint (voice cloning).
pub fn base() -> String {
    fixtures().join("checkpoints/tiny-e2e-base").display().to_string()
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A running server; killed when dropped.
pub struct Server {
    child: Child,
    pub http: String,
    pub grpc: Option<String>,
}

impl Server {
    /// Starts a server on `model` with `extra` flags and waits until it is ready.
    pub async fn start(model: &str, extra: &[&str]) -> Self {
        Self::start_with(model, extra, false).await
    }

    pub async fn start_with(model: &str, extra: &[&str], grpc: bool) -> Self {
        Self::spawn(model, extra, grpc, None).await
    }

    /// A server writing JSON logs at info level to `log`.
    pub async fn start_logging(model: &str, extra: &[&str], log: &std::path::Path) -> Self {
        Self::spawn(model, extra, false, Some(log)).await
    }

    async fn spawn(model: &str, extra: &[&str], grpc: bool, log: Option<&std::path::Path>) -> Self {
        let http = format!("127.0.0.1:{}", free_port());
        let grpc = grpc.then(|| format!("127.0.0.1:{}", free_port()));
        let (format, level, stderr) = match log {
            Some(path) => ("json", "info", Stdio::from(std::fs::File::create(path).unwrap())),
            None => ("text", "warn", Stdio::inherit()),
        };
        let child = Command::new(env!("CARGO_BIN_EXE_tts-server"))
            .args(["--model", model, "--http-addr", &http, "--log-format", format, "--log", level])
            .args(["--grpc-addr", grpc.as_deref().unwrap_or("off")])
            .args(extra)
            .env_remove("TTS_API_KEY")
            .env_remove("TTS_CONFIG")
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap();
        let server = Self { child, http: format!("http://{http}"), grpc };
        server.wait_ready().await;
        server
    }

    async fn wait_ready(&self) {
        let started = Instant::now();
        let client = reqwest::Client::new();
        loop {
            if let Ok(r) = client.get(self.url("/ready")).send().await
                && r.status().is_success()
            {
                return;
            }
            assert!(started.elapsed() < Duration::from_secs(120), "the server did not get ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.http)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the process to exit (after a signal) and returns whether it exited cleanly.
    pub fn wait_exit(&mut self, timeout: Duration) -> bool {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            assert!(started.elapsed() < timeout, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn ws_url(&self, path: &str) -> String {
        format!("{}{path}", self.http.replace("http://", "ws://"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A speech request body for the fixture `tiny-e2e`: `EN` ("The quick brown fox jumps over
/// the lazy dog.") for alice in English, greedy, 20 ms chunks, with `extra`'s fields over it.
pub fn speech_body(extra: serde_json::Value) -> serde_json::Value {
    let mut body = serde_json::json!({"model": "tiny-e2e", "input": EN, "voice": "alice",
                                      "language": "english", "temperature": 0, "chunk_ms": 20});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    body
}

/// The sentence most tests speak.
pub const EN: &str = "The quick brown fox jumps over the lazy dog.";

/// The engine a server started with `--dtype DTYPE` runs (the default is auto: q8_0 on the CPU).
pub fn engine(model: &str, dtype: &str) -> Engine {
    Engine::load(model, EngineOptions::from_names("cpu", dtype, "auto", "continuous").unwrap())
        .unwrap()
}

/// `req` synthesized in-process.
pub fn expected_samples(engine: &Engine, req: &SynthesisRequest) -> Vec<f32> {
    let mut samples = Vec::new();
    engine.synthesize(req, &mut runtime::collect_into(&mut samples)).unwrap();
    samples
}

/// 16-bit little-endian PCM of `req` synthesized in-process: the bytes the server must send.
pub fn expected_pcm(engine: &Engine, req: &SynthesisRequest) -> Vec<u8> {
    tts_core::audio::pcm_bytes(&expected_samples(engine, req), tts_core::SampleFormat::Pcm16)
}

/// The venv `tools/test.sh` made from `tests/requirements/NAME.txt` (the clients' real SDKs,
/// every package pinned), or `None` (the test is skipped with one printed line).
pub fn python_venv(name: &str, test: &str) -> Option<PathBuf> {
    let requirements =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/requirements/{name}.txt"));
    test_support::python_venv(name, &requirements, test)
}
