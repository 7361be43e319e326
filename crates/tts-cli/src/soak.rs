//! `tts-cli soak`: hours of service in minutes. One long stream after another (a client that
//! plays at real time) and short requests back to back run through the serving engine for
//! `--seconds`, and every stream is checked as a listener would:
//! - no lost, duplicated or reordered chunks (sequence numbers and sample positions);
//! - no gaps or clicks at chunk seams: every `--check-every`-th request's streamed audio equals,
//!   sample for sample, the same request synthesized alone in one piece;
//! - a client that starts playing `--player-buffer-ms` after its first chunk never runs dry
//!   (each chunk arrives before its playback time); underruns fail the soak when the long
//!   streams were produced faster than real time on this machine (otherwise they are reported:
//!   no client can be served in real time by an engine slower than real time). The lone runs of
//!   the comparisons take the cores from the engine, so they never overlap a long stream: the
//!   short client keeps the streams it is to compare (a few at most) until the long client is
//!   between streams;
//! - resident memory stays flat: after the warm-up every sample of RSS is within
//!   `--rss-tolerance` of the RSS at the end of the warm-up.
//!
//! Exits non-zero when a check fails. The short form runs in the tests (tiny fixture, seconds);
//! the long form is `tts-cli soak --model DIR --seconds 600` (README, "Soak").

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use runtime::{AudioChunk, BatchConfig, Engine, EngineService, Qos, StreamEvent, SynthesisRequest};

use crate::device::{EngineArgs, load_engine};

#[derive(clap::Args, Debug)]
pub struct SoakArgs {
    #[command(flatten)]
    pub engine: EngineArgs,
    /// How long to keep the engine busy.
    #[arg(long, default_value_t = 600.0)]
    pub seconds: f64,
    /// Seconds at the start whose memory growth is expected (caches, allocator pools); RSS is
    /// judged after them. Default: a fifth of --seconds, at least 2.
    #[arg(long)]
    pub warmup_seconds: Option<f64>,
    /// Allowed RSS drift after the warm-up, as a fraction of the RSS at its end.
    #[arg(long, default_value_t = 0.05)]
    pub rss_tolerance: f64,
    /// Text of the long streams (several sentence groups).
    #[arg(
        long,
        default_value = "The morning train left the station on time. Rain had fallen all night, \
                         and the fields were bright and wet. Nobody on board said very much; \
                         they watched the hills go by and waited for the city to appear. When \
                         it finally did, it came all at once, grey towers rising out of the mist."
    )]
    pub long_text: String,
    /// Text of the short requests.
    #[arg(long, default_value = "Your table is ready.")]
    pub short_text: String,
    /// Frames per sentence group of a long stream (80 ms each).
    #[arg(long, default_value_t = 120)]
    pub long_frames: usize,
    /// Frames of a short request.
    #[arg(long, default_value_t = 24)]
    pub short_frames: usize,
    /// Every N-th request of each kind is also synthesized alone and compared sample for sample.
    #[arg(long, default_value_t = 5)]
    pub check_every: usize,
    /// The real-time client's jitter buffer: it starts playing this long after its first chunk.
    #[arg(long, default_value_t = 200.0)]
    pub player_buffer_ms: f64,
    /// Speaker (CustomVoice); by default the first one the model has.
    #[arg(long)]
    pub speaker: Option<String>,
    /// One JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Streams the short client keeps for comparison while a long stream is in flight; one more
/// waits for the long stream to end.
const MAX_PENDING_CHECKS: usize = 8;

/// What one client saw over the soak.
#[derive(Debug, Default)]
struct ClientReport {
    requests: usize,
    audio_s: f64,
    /// Wall time from submitting to the last chunk, summed over the requests.
    busy_s: f64,
    /// Chunks out of sequence or not starting where the previous one ended.
    sequence_errors: usize,
    /// Requests whose streamed audio differs from the same request alone.
    seam_mismatches: usize,
    compared: usize,
    /// Chunks that arrived after their playback time (real-time client, no extra buffer).
    underruns: usize,
    /// The latest a chunk came, relative to its playback time (negative: every chunk was early
    /// by at least this much); `None` for a client that does not play.
    worst_lateness_ms: Option<f64>,
    failures: Vec<String>,
}

pub fn run(args: &SoakArgs) -> anyhow::Result<()> {
    if args.seconds.is_nan() || args.seconds <= 0.0 || args.check_every == 0 {
        bail!("--seconds must be positive and --check-every at least 1");
    }
    let warmup = args.warmup_seconds.unwrap_or((args.seconds / 5.0).max(2.0));
    if !(0.0..args.seconds).contains(&warmup) {
        bail!("--warmup-seconds {warmup} must be below --seconds {}", args.seconds);
    }
    let engine = Arc::new(load_engine(&args.engine)?);
    let speaker = args.speaker.clone().or_else(|| engine.speakers().into_iter().next());
    let request = |text: &str, frames: usize, split: bool| {
        let mut r = SynthesisRequest::new(text);
        r.speaker = speaker.clone();
        r.set_max_frames(frames);
        r.split_sentences = split;
        r
    };
    let long = request(&args.long_text, args.long_frames, true);
    let short = request(&args.short_text, args.short_frames, false);
    let service = EngineService::start(engine.clone(), BatchConfig::default())?;
    let started = Instant::now();
    let end = started + Duration::from_secs_f64(args.seconds);
    let stop = AtomicBool::new(false);
    // Held by the long client while its stream is in flight and by every lone run.
    let quiet = Mutex::new(());

    let (long_report, short_report, rss) = std::thread::scope(|scope| {
        let client = |req: &SynthesisRequest, paced: bool| {
            let (service, engine, stop, quiet) = (&service, &engine, &stop, &quiet);
            let req = req.clone();
            scope.spawn(move || {
                let mut report = ClientReport::default();
                let mut pending: Vec<(SynthesisRequest, Vec<f32>)> = Vec::new();
                while Instant::now() < end && !stop.load(Ordering::Relaxed) {
                    let mut r = req.clone();
                    r.seed = report.requests as u64 + 1;
                    let check = report.requests.is_multiple_of(args.check_every);
                    let buffer = paced.then_some(args.player_buffer_ms);
                    let streamed = {
                        let _in_flight = paced.then(|| lock(quiet));
                        one_request(service, engine, &r, buffer, &mut report)
                    };
                    match streamed {
                        Ok(samples) if check => pending.push((r, samples)),
                        Ok(_) => {}
                        Err(e) => {
                            report.failures.push(format!("request {}: {e:#}", report.requests))
                        }
                    }
                    report.requests += 1;
                    let guard = if pending.len() >= MAX_PENDING_CHECKS {
                        Some(lock(quiet))
                    } else {
                        quiet.try_lock().ok()
                    };
                    if guard.is_some() {
                        compare_alone(engine, pending.drain(..), &mut report);
                    }
                }
                let _quiet = lock(quiet);
                compare_alone(engine, pending.drain(..), &mut report);
                report
            })
        };
        let long_client = client(&long, true);
        let short_client = client(&short, false);
        // Resident memory once a second (and at the end), from this thread.
        let mut rss = Vec::new();
        while Instant::now() < end {
            rss.push((started.elapsed().as_secs_f64(), rss_kib().unwrap_or(0)));
            std::thread::sleep(Duration::from_secs(1).min(end - Instant::now()));
        }
        let join = |h: std::thread::ScopedJoinHandle<'_, ClientReport>| {
            h.join().map_err(|_| anyhow::anyhow!("a soak client panicked"))
        };
        let long_report = join(long_client);
        stop.store(true, Ordering::Relaxed);
        let short_report = join(short_client);
        rss.push((started.elapsed().as_secs_f64(), rss_kib().unwrap_or(0)));
        anyhow::Ok((long_report?, short_report?, rss))
    })?;

    let at_warmup = rss.iter().rev().find(|(t, _)| *t <= warmup).map_or(0, |&(_, k)| k);
    let after: Vec<u64> = rss.iter().filter(|(t, _)| *t > warmup).map(|&(_, k)| k).collect();
    let (lo, hi) = (after.iter().min().copied(), after.iter().max().copied());
    let drift = |k: u64| (k as f64 - at_warmup as f64) / at_warmup.max(1) as f64;
    let worst_drift = [lo, hi]
        .into_iter()
        .flatten()
        .map(drift)
        .fold(0.0, |a: f64, d| if d.abs() > a.abs() { d } else { a });
    let stats = service.stats();
    let rss_ok = at_warmup > 0 && worst_drift.abs() <= args.rss_tolerance;
    let clients = [("long", &long_report), ("short", &short_report)];
    let clean = |r: &ClientReport| {
        r.failures.is_empty() && r.sequence_errors == 0 && r.seam_mismatches == 0
    };
    // Real-time delivery is owed only by an engine that is faster than real time here.
    let long_rtf = long_report.busy_s / long_report.audio_s.max(f64::MIN_POSITIVE);
    let realtime_ok = long_rtf >= 1.0 || long_report.underruns == 0;
    let ok = rss_ok && realtime_ok && clients.iter().all(|(_, r)| clean(r));

    if args.json {
        let client_json = |r: &ClientReport| {
            serde_json::json!({
                "requests": r.requests,
                "audio_s": r.audio_s,
                "rtf": r.busy_s / r.audio_s.max(f64::MIN_POSITIVE),
                "sequence_errors": r.sequence_errors,
                "compared_alone": r.compared,
                "seam_mismatches": r.seam_mismatches,
                "underruns": r.underruns,
                "worst_lateness_ms": r.worst_lateness_ms,
                "failures": r.failures,
            })
        };
        let v = serde_json::json!({
            "seconds": started.elapsed().as_secs_f64(),
            "warmup_s": warmup,
            "long": client_json(&long_report),
            "short": client_json(&short_report),
            "rss_mib_at_warmup": at_warmup as f64 / 1024.0,
            "rss_mib_min_after": lo.map(|k| k as f64 / 1024.0),
            "rss_mib_max_after": hi.map(|k| k as f64 / 1024.0),
            "rss_drift": worst_drift,
            "underruns_gated": long_rtf < 1.0,
            "engine_completed": stats.completed,
            "engine_failed": stats.failed,
            "ok": ok,
        });
        println!("{v}");
    } else {
        println!(
            "soak              {:.0} s (warm-up {warmup:.0} s)",
            started.elapsed().as_secs_f64()
        );
        for (name, r) in clients {
            println!(
                "{name:<6} client    {} requests, {:.1} s of audio at RTF {:.2}, {} compared alone \
                 ({} mismatched), {} sequence errors, {} underruns (worst {:.0} ms), {} failed",
                r.requests,
                r.audio_s,
                r.busy_s / r.audio_s.max(f64::MIN_POSITIVE),
                r.compared,
                r.seam_mismatches,
                r.sequence_errors,
                r.underruns,
                r.worst_lateness_ms.unwrap_or(0.0),
                r.failures.len()
            );
            for f in &r.failures {
                println!("  {f}");
            }
        }
        println!(
            "resident memory   {:.0} MiB after the warm-up, {:.0}..{:.0} MiB since ({:+.1}%)",
            at_warmup as f64 / 1024.0,
            lo.unwrap_or(0) as f64 / 1024.0,
            hi.unwrap_or(0) as f64 / 1024.0,
            worst_drift * 100.0
        );
        if long_rtf >= 1.0 {
            println!(
                "real time         not judged: the long streams ran at RTF {long_rtf:.2} (slower \
                 than real time) on this machine"
            );
        }
        println!("result            {}", if ok { "ok" } else { "FAILED" });
    }
    if !ok {
        bail!("the soak found problems (see above)");
    }
    Ok(())
}

/// Streams one request through the service, checks its sequence and returns its samples;
/// `player_buffer_ms`: judge the chunks' arrival against a real-time player with this jitter
/// buffer.
fn one_request(
    service: &EngineService,
    engine: &Engine,
    req: &SynthesisRequest,
    player_buffer_ms: Option<f64>,
    report: &mut ClientReport,
) -> anyhow::Result<Vec<f32>> {
    let submitted = Instant::now();
    let mut stream = service.submit(req, Qos::default())?;
    let mut samples: Vec<f32> = Vec::new();
    let mut next_seq = 0;
    let mut playback_start: Option<Instant> = None;
    let sample_rate = engine.sample_rate() as f64;
    let summary = loop {
        let event = stream.blocking_next().context("the engine dropped the stream")?;
        let arrived = Instant::now();
        match event {
            StreamEvent::Chunk { seq, chunk } => {
                if seq != next_seq || chunk.start_sample != samples.len() {
                    report.sequence_errors += 1;
                }
                next_seq = seq + 1;
                if let Some(buffer_ms) = player_buffer_ms {
                    let start = *playback_start
                        .get_or_insert(arrived + Duration::from_secs_f64(buffer_ms / 1e3));
                    let due =
                        start + Duration::from_secs_f64(chunk.start_sample as f64 / sample_rate);
                    let late_ms = if arrived > due {
                        (arrived - due).as_secs_f64() * 1e3
                    } else {
                        -((due - arrived).as_secs_f64() * 1e3)
                    };
                    report.worst_lateness_ms =
                        Some(report.worst_lateness_ms.map_or(late_ms, |w| w.max(late_ms)));
                    if late_ms > 0.0 {
                        report.underruns += 1;
                    }
                }
                samples.extend_from_slice(&chunk.samples);
            }
            StreamEvent::Done(summary) => break summary,
            StreamEvent::Failed(e) => return Err(e.into()),
        }
    };
    if summary.samples != samples.len() {
        report.sequence_errors += 1;
    }
    report.audio_s += samples.len() as f64 / sample_rate;
    report.busy_s += submitted.elapsed().as_secs_f64();
    Ok(samples)
}

/// Synthesizes each request alone, in one piece, and compares it sample for sample with what
/// its stream delivered.
fn compare_alone(
    engine: &Engine,
    streamed: impl Iterator<Item = (SynthesisRequest, Vec<f32>)>,
    report: &mut ClientReport,
) {
    for (req, samples) in streamed {
        let mut alone = Vec::new();
        let mut sink = |c: AudioChunk| {
            alone.extend_from_slice(&c.samples);
            Ok(())
        };
        if let Err(e) = engine.synthesize(&req, &mut sink) {
            report.failures.push(format!("lone run of seed {}: {e:#}", req.seed));
            continue;
        }
        report.compared += 1;
        if alone != samples {
            report.seam_mismatches += 1;
        }
    }
}

/// The lock even if a client panicked while holding it (the guard protects no data).
fn lock(m: &Mutex<()>) -> std::sync::MutexGuard<'_, ()> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Resident set size of this process (Linux `VmRSS`), in KiB.
fn rss_kib() -> Option<u64> {
    crate::bench::proc_status_kib("VmRSS:")
}
