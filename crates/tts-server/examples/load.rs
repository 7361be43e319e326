//! Load test of a running `tts-server`: many concurrent SSE streams, some cancelled midway and
//! some read slowly, each checked for lost or duplicated chunks (sequence numbers) and for an
//! ending in audio or a documented error. Prints time to first audio (p50/p95), aggregate
//! real-time factor and the outcomes; exits non-zero if any request broke the contract.
//!
//!   cargo run --release -p tts-server --example load -- --url http://127.0.0.1:8080 \
//!       --streams 32 --requests 2 --max-new-tokens 40 --voice ryan
//!
//! With `--seconds S` the clients keep going for S seconds (`tools/soak/server.sh`). With
//! `--rate R` there are no fixed clients: `--requests` requests arrive as a Poisson process at
//! R per second (exponential gaps, seeded), each read at once, the way servers are measured.
//!
//! `tools/load-test/run.sh` starts a server on a random-weight checkpoint at the real
//! dimensions and runs this against it.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use base64::Engine as _;
use futures_util::StreamExt;
use serde_json::{Value, json};

/// Errors the API documents for a request that was served correctly but did not finish.
const DOCUMENTED: &[&str] =
    &["overloaded", "slow_reader", "deadline_exceeded", "rate_limited", "cancelled"];

/// Load test of a running tts-server (see the module comment).
#[derive(clap::Parser)]
struct Options {
    /// The server's base URL.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// Concurrent clients.
    #[arg(long, default_value_t = 32)]
    streams: usize,
    /// Requests each client sends, one after another.
    #[arg(long, default_value_t = 2)]
    requests: usize,
    /// Soak: each client keeps sending requests until this many seconds have passed (instead
    /// of --requests).
    #[arg(long)]
    seconds: Option<f64>,
    /// Length bound of every request.
    #[arg(long, default_value_t = 40)]
    max_new_tokens: usize,
    /// The voice every request speaks with.
    #[arg(long, default_value = "ryan")]
    voice: String,
    /// The server's bearer token.
    #[arg(long, env = "TTS_API_KEY", hide_env_values = true)]
    api_key: Option<String>,
    /// Seed of the clients' behaviours (cancel, slow reading) and of the arrivals.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Poisson arrivals at this rate per second instead of `--streams` clients; `--requests`
    /// is then the number of requests in all.
    #[arg(long)]
    rate: Option<f64>,
}

/// What a client does with its stream.
#[derive(Debug, Clone, Copy)]
enum Behaviour {
    Normal,
    /// Drops the connection after this many chunks.
    Cancel(usize),
    /// Sleeps this long between reads.
    Slow(Duration),
}

#[derive(Debug, Default)]
struct Outcome {
    /// "ok", "cancelled_by_client", a documented error code, or "BROKEN: why".
    kind: String,
    first_audio: Option<Duration>,
    audio_seconds: f64,
}

/// splitmix64: reproducible behaviours without a dependency.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const TEXTS: &[&str] = &[
    "The quick brown fox jumps over the lazy dog near the quiet river bank.",
    "Съешь же ещё этих мягких французских булок, да выпей чаю.",
    "In 2024 the price rose by 15 percent, and nobody was surprised.",
    "Streaming speech must never lose a chunk, even under load.",
];

async fn run_one(
    client: &reqwest::Client,
    o: &Options,
    text: &str,
    behaviour: Behaviour,
) -> Outcome {
    let started = Instant::now();
    let body = json!({"input": text, "voice": o.voice, "stream_format": "sse",
                      "max_new_tokens": o.max_new_tokens, "chunk_ms": 80});
    let mut req = client.post(format!("{}/v1/audio/speech", o.url)).json(&body);
    if let Some(key) = &o.api_key {
        req = req.bearer_auth(key);
    }
    let broken = |why: String| Outcome { kind: format!("BROKEN: {why}"), ..Outcome::default() };
    let response = match req.send().await {
        Ok(r) => r,
        Err(e) => return broken(format!("request failed: {e}")),
    };
    if !response.status().is_success() {
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap_or_default();
        let code = body["error"]["code"].as_str().unwrap_or_default().to_string();
        return if DOCUMENTED.contains(&code.as_str()) {
            Outcome { kind: code, ..Outcome::default() }
        } else {
            broken(format!("HTTP {status} {body}"))
        };
    }
    let mut out = Outcome::default();
    let mut expected_seq = 0u64;
    let mut bytes = 0usize;
    let mut buffer = String::new();
    let mut body = response.bytes_stream();
    while let Some(piece) = body.next().await {
        let piece = match piece {
            Ok(p) => p,
            Err(e) => return broken(format!("stream broke after {expected_seq} chunks: {e}")),
        };
        buffer.push_str(&String::from_utf8_lossy(&piece));
        while let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            let Some(data) = event.lines().find_map(|l| l.strip_prefix("data: ")) else { continue };
            let v: Value = match serde_json::from_str(data) {
                Ok(v) => v,
                Err(e) => return broken(format!("bad event {data:?}: {e}")),
            };
            match v["type"].as_str() {
                Some("speech.audio.delta") => {
                    if v["sequence"].as_u64() != Some(expected_seq) {
                        return broken(format!(
                            "chunk {} where {expected_seq} was due",
                            v["sequence"]
                        ));
                    }
                    expected_seq += 1;
                    let audio = v["audio"].as_str().unwrap_or_default();
                    bytes += base64::engine::general_purpose::STANDARD
                        .decode(audio)
                        .map_or(0, |a| a.len());
                    out.first_audio.get_or_insert(started.elapsed());
                    match behaviour {
                        Behaviour::Cancel(after) if expected_seq as usize >= after => {
                            out.kind = "cancelled_by_client".into();
                            out.audio_seconds = bytes as f64 / 2.0 / 24_000.0;
                            return out;
                        }
                        Behaviour::Slow(pause) => tokio::time::sleep(pause).await,
                        _ => {}
                    }
                }
                Some("speech.audio.done") => {
                    let audio_s = v["usage"]["audio_seconds"].as_f64().unwrap_or(-1.0);
                    let got = bytes as f64 / 2.0 / 24_000.0;
                    if (audio_s - got).abs() > 1e-6 {
                        return broken(format!("usage says {audio_s} s, chunks hold {got} s"));
                    }
                    out.kind = "ok".into();
                    out.audio_seconds = got;
                    return out;
                }
                Some("speech.audio.error") => {
                    let code = v["error"]["code"].as_str().unwrap_or_default().to_string();
                    if !DOCUMENTED.contains(&code.as_str()) {
                        return broken(format!("undocumented error {v}"));
                    }
                    out.kind = code;
                    out.audio_seconds = bytes as f64 / 2.0 / 24_000.0;
                    return out;
                }
                _ => return broken(format!("unknown event {v}")),
            }
        }
    }
    broken(format!("stream ended without done or error after {expected_seq} chunks"))
}

/// Whether `/health` answers and, within 10 s, `/metrics` shows no running or waiting stream.
async fn settle(client: &reqwest::Client, o: &Options) -> (bool, bool) {
    let healthy =
        client.get(format!("{}/health", o.url)).send().await.is_ok_and(|r| r.status().is_success());
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        let mut req = client.get(format!("{}/metrics", o.url));
        if let Some(key) = &o.api_key {
            req = req.bearer_auth(key);
        }
        if let Ok(r) = req.send().await
            && let Ok(text) = r.text().await
            && text.lines().any(|l| l == "tts_active_streams 0")
            && text.lines().any(|l| l == "tts_queue_depth 0")
        {
            return (healthy, true);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (healthy, false)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// `--rate`: the requests at their Poisson arrival times, each read at once.
fn arrivals(
    o: &std::sync::Arc<Options>,
    client: &reqwest::Client,
    rate: f64,
) -> Vec<tokio::task::JoinHandle<Vec<(Behaviour, Outcome)>>> {
    let mut rng = o.seed;
    let mut at = Duration::ZERO;
    let start = Instant::now();
    (0..o.requests)
        .map(|r| {
            // A uniform in (0, 1] (53 bits), then an exponential gap of mean 1 / rate.
            let u = ((next(&mut rng) >> 11) + 1) as f64 / (1u64 << 53) as f64;
            at += Duration::from_secs_f64(-u.ln() / rate);
            let (o, client, due) = (o.clone(), client.clone(), start + at);
            tokio::spawn(async move {
                tokio::time::sleep_until(due.into()).await;
                let text = TEXTS[r % TEXTS.len()];
                vec![(Behaviour::Normal, run_one(&client, &o, text, Behaviour::Normal).await)]
            })
        })
        .collect()
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let o = std::sync::Arc::new(<Options as clap::Parser>::parse());
    let client = reqwest::Client::new();
    let started = Instant::now();
    let mut tasks = Vec::new();
    if let Some(rate) = o.rate.filter(|r| *r > 0.0 && r.is_finite()) {
        tasks = arrivals(&o, &client, rate);
    }
    for stream in (0..o.streams).filter(|_| o.rate.is_none()) {
        let (o, client) = (o.clone(), client.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng = o.seed ^ (stream as u64).wrapping_mul(0x2545_F491_4F6C_DD1D);
            let mut outcomes = Vec::new();
            let until = o.seconds.map(|s| started + Duration::from_secs_f64(s));
            let mut r = 0;
            while match until {
                Some(t) => Instant::now() < t,
                None => r < o.requests,
            } {
                let behaviour = match next(&mut rng) % 10 {
                    0 | 1 => Behaviour::Cancel(1 + (next(&mut rng) % 4) as usize),
                    2 | 3 => Behaviour::Slow(Duration::from_millis(50 + next(&mut rng) % 150)),
                    _ => Behaviour::Normal,
                };
                let text = TEXTS[(stream + r) % TEXTS.len()];
                outcomes.push((behaviour, run_one(&client, &o, text, behaviour).await));
                r += 1;
            }
            outcomes
        }));
    }
    let mut outcomes = Vec::new();
    for t in tasks {
        match t.await {
            Ok(o) => outcomes.extend(o),
            Err(e) => {
                eprintln!("load: a client task panicked: {e}");
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    let wall = started.elapsed().as_secs_f64();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut ttfa: Vec<f64> = Vec::new();
    let mut audio = 0.0;
    for (behaviour, out) in &outcomes {
        *counts.entry(out.kind.clone()).or_default() += 1;
        if out.kind.starts_with("BROKEN") {
            eprintln!("{behaviour:?}: {}", out.kind);
        }
        if let Some(t) = out.first_audio {
            ttfa.push(t.as_secs_f64() * 1000.0);
        }
        audio += out.audio_seconds;
    }
    ttfa.sort_by(f64::total_cmp);
    let mut broken = counts.keys().filter(|k| k.starts_with("BROKEN")).count();
    // Afterwards the server is healthy and holds no stream: every row was freed.
    let (healthy, idle) = settle(&client, &o).await;
    if !(healthy && idle) {
        eprintln!("after the load: healthy {healthy}, idle {idle}");
        broken += 1;
    }
    let report = json!({
        "streams": o.streams,
        "requests": outcomes.len(),
        "outcomes": counts,
        "ttfa_ms_p50": percentile(&ttfa, 0.5),
        "ttfa_ms_p95": percentile(&ttfa, 0.95),
        "ttfa_ms_p99": percentile(&ttfa, 0.99),
        "rate_per_s": o.rate,
        "audio_s": audio,
        "wall_s": wall,
        "aggregate_rtf": if audio > 0.0 { wall / audio } else { f64::NAN },
        "healthy_after": healthy,
        "idle_after": idle,
    });
    println!("{report}");
    if broken > 0 { std::process::ExitCode::FAILURE } else { std::process::ExitCode::SUCCESS }
}
