//! `tts-cli bench`: time to first audio, real-time factor, frames per second and peak memory
//! over several runs, on a checkpoint or on random weights at a real config's dimensions.
//! Every run goes through the serving engine; `--concurrency N` submits N streams at once
//! (continuous batching) and reports aggregate and per-stream figures.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::bail;
use runtime::{
    BatchConfig, BatchStats, EngineService, Qos, StreamEvent, SynthesisRequest, TextFeed,
};

use crate::bench_rate;
use crate::device::{EngineArgs, load_engine};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Text to synthesize in each run.
    #[arg(
        long,
        default_value = "The quick brown fox jumps over the lazy dog near the quiet river bank."
    )]
    pub text: String,
    /// Speaker (CustomVoice); by default the first one the model has.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Measured runs (after one warm-up run).
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Frames generated per run (80 ms each).
    #[arg(long, default_value_t = 25)]
    pub frames: usize,
    /// Audio chunk size in milliseconds.
    #[arg(long, default_value_t = 80)]
    pub chunk_ms: u32,
    /// No sampling in the talker or the sub-talker (argmax).
    #[arg(long)]
    pub greedy: bool,
    /// streaming: one text token per frame (dual track); full: the whole text in the prompt.
    /// Default: the reference wrapper's choice for the model type.
    #[arg(long)]
    pub text_feed: Option<TextFeed>,
    /// Streams submitted at once in each run (continuous batching).
    #[arg(long, default_value_t = 1)]
    pub concurrency: usize,
    /// Requests arriving as a Poisson process at these rates per second, one run per rate
    /// (e.g. `--rate 0.5,1,2`), instead of all at once: p50/p95/p99 time to first audio from
    /// each arrival, per-stream real-time factor, gapless playback, and the highest rate that
    /// keeps p95 first audio within 500 ms with every stream gapless.
    #[arg(long, value_delimiter = ',', conflicts_with = "concurrency")]
    pub rate: Vec<f64>,
    /// Requests per rate (`--rate`).
    #[arg(long, default_value_t = 24)]
    pub requests: usize,
    /// TOML file whose `[runtime]` section sets the serving engine's limits (max_batch,
    /// max_queue, kv_budget_mib, prefills_per_step, prefill_chunk, prefill_on_slack,
    /// arrival_window_ms). Default: a batch as
    /// large as --concurrency; with --rate, the server's defaults.
    #[arg(long)]
    pub runtime_config: Option<PathBuf>,
    /// One JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// One measured run of `concurrency` streams.
struct Run {
    /// Wall time of the run per second of audio over all streams.
    aggregate_rtf: f64,
    /// Per stream: time to first audio and wall time per own audio second.
    ttfa_ms: Vec<f64>,
    stream_rtf: Vec<f64>,
    /// Acoustic-model / codec compute seconds per audio second over all streams.
    lm_rtf: f64,
    codec_rtf: f64,
    frames_per_s: f64,
    audio_s: f64,
    frames: usize,
    /// Mean rows per acoustic-model step.
    mean_batch: f64,
    mean_codec_batch: f64,
}

/// Per stream: time to first audio, elapsed time, audio seconds and frames.
struct StreamResult {
    ttfa: Option<Duration>,
    elapsed: Duration,
    audio_s: f64,
    frames: usize,
}

pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    if args.runs == 0 || args.frames == 0 || args.concurrency == 0 {
        bail!("--runs, --frames and --concurrency must be at least 1");
    }
    // A bench times `--frames` frames of whatever the weights make (random checkpoints'
    // noise included): the runaway guards, which would end it early, are off unless asked for.
    let mut engine_args = args.engine.clone();
    engine_args.frame_budget_margin.get_or_insert(0.0);
    engine_args.loop_min_frames.get_or_insert(0);
    let options = engine_args.options()?;
    let dtype = options.dtype.to_string();
    let codec_dtype = options.codec_dtype.to_string();
    let loaded = Instant::now();
    let engine = load_engine(&engine_args)?;
    let load_s = loaded.elapsed().as_secs_f64();
    let source = engine.source().to_string();
    let sample_rate = engine.sample_rate() as f64;
    let mut req = SynthesisRequest::new(args.text.clone());
    // Without --speaker, a CustomVoice model speaks with its default speaker.
    req.speaker = args.speaker.clone();
    req.set_max_frames(args.frames);
    req.chunk_ms = args.chunk_ms;
    req.split_sentences = false;
    if args.greedy {
        req.sampling = runtime::SamplingOverrides::greedy();
    }
    req.text_feed = args.text_feed;
    let config = match &args.runtime_config {
        Some(path) => BatchConfig::from_toml_file(path)?,
        // Arrivals in time meet the server's engine (its default limits); a burst gets a
        // batch as large as itself.
        None if !args.rate.is_empty() => BatchConfig::default(),
        None => BatchConfig {
            max_batch: args.concurrency.min(runtime::scheduler::MAX_BATCH),
            ..Default::default()
        },
    };
    let rss_load_mib = rss_mib();
    let service = Arc::new(EngineService::start(Arc::new(engine), config)?);
    if !args.rate.is_empty() {
        return run_rates(
            args,
            &service,
            &req,
            Loaded { source, dtype, codec_dtype, load_s, rss_load_mib },
        );
    }

    let mut runs = Vec::new();
    for i in 0..=args.runs {
        let before = service.stats();
        let started = Instant::now();
        let streams = (0..args.concurrency)
            .map(|k| {
                let mut r = req.clone();
                r.seed = 1 + k as u64;
                service.submit(&r, Qos::default())
            })
            .collect::<Result<Vec<_>, _>>()?;
        let results = std::thread::scope(|scope| {
            let handles: Vec<_> = streams
                .into_iter()
                .map(|mut stream| {
                    scope.spawn(move || -> anyhow::Result<StreamResult> {
                        let mut ttfa = None;
                        while let Some(event) = stream.blocking_next() {
                            match event {
                                StreamEvent::Chunk { .. } => {
                                    ttfa.get_or_insert_with(|| started.elapsed());
                                }
                                StreamEvent::Done(summary) => {
                                    return Ok(StreamResult {
                                        ttfa,
                                        elapsed: started.elapsed(),
                                        audio_s: summary.samples as f64 / sample_rate,
                                        frames: summary.codes.iter().map(Vec::len).sum(),
                                    });
                                }
                                StreamEvent::Failed(e) => return Err(e.into()),
                            }
                        }
                        bail!("the engine dropped a stream")
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().map_err(|_| anyhow::anyhow!("a stream reader panicked"))?)
                .collect::<anyhow::Result<Vec<_>>>()
        })?;
        let elapsed = started.elapsed().as_secs_f64();
        if i == 0 {
            continue; // warm-up
        }
        let after = service.stats();
        runs.push(measure(&results, elapsed, &before, &after));
    }
    let median = |f: &dyn Fn(&Run) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    // Per-stream figures pooled over the runs.
    let pooled = |f: fn(&Run) -> &Vec<f64>| {
        let mut v: Vec<f64> = runs.iter().flat_map(|r| f(r).iter().copied()).collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let ttfa = pooled(|r| &r.ttfa_ms);
    let stream_rtf = pooled(|r| &r.stream_rtf);
    // p50 is the median as everywhere here (the upper middle of an even count).
    let (ttfa_p50, ttfa_p95) = (upper_median(&ttfa), bench_rate::percentile(&ttfa, 95.0));
    let rtf = upper_median(&stream_rtf);
    let peak_mib = peak_rss_kib().map(|k| k as f64 / 1024.0);
    let rss_steady_mib = rss_mib();
    let threads = std::env::var("RAYON_NUM_THREADS").ok();
    if args.json {
        let v = serde_json::json!({
            "source": source,
            "device": args.engine.device,
            "dtype": dtype,
            "codec_dtype": codec_dtype,
            "concurrency": args.concurrency,
            "runs": runs.len(),
            "frames_per_run": median(&|r| r.frames as f64),
            "audio_s_per_run": median(&|r| r.audio_s),
            "load_s": load_s,
            "aggregate_rtf": median(&|r| r.aggregate_rtf),
            "rtf": rtf,
            "rtf_median": rtf,
            "ttfa_ms_p50": ttfa_p50,
            "ttfa_ms_p95": ttfa_p95,
            "ttfa_ms_median": ttfa_p50,
            "lm_rtf": median(&|r| r.lm_rtf),
            "codec_rtf": median(&|r| r.codec_rtf),
            "mean_batch": median(&|r| r.mean_batch),
            "mean_codec_batch": median(&|r| r.mean_codec_batch),
            "greedy": args.greedy,
            "text_feed": args.text_feed.map(|f| format!("{f:?}").to_lowercase()),
            "frames_per_s_median": median(&|r| r.frames_per_s),
            "peak_rss_mib": peak_mib,
            "rss_load_mib": rss_load_mib,
            "rss_steady_mib": rss_steady_mib,
            "rayon_threads": threads,
        });
        println!("{v}");
    } else {
        println!("source            {source}");
        println!("device / dtype    {} / {dtype} (codec {codec_dtype})", args.engine.device);
        println!("load              {load_s:.2} s");
        println!(
            "runs              {} (+1 warm-up) of {} stream(s), {} frames in all",
            runs.len(),
            args.concurrency,
            median(&|r| r.frames as f64)
        );
        println!("time to 1st audio {ttfa_p50:.1} ms p50, {ttfa_p95:.1} ms p95");
        println!("real-time factor  {rtf:.3} per stream (median; < 1 is faster than real time)");
        println!(
            "  aggregate       {:.3} (wall s per audio s over all streams)",
            median(&|r| r.aggregate_rtf)
        );
        println!("  acoustic model  {:.3} (compute s per audio s)", median(&|r| r.lm_rtf));
        println!("  codec decoder   {:.3} (compute s per audio s)", median(&|r| r.codec_rtf));
        println!("  mean batch      {:.2} rows per step", median(&|r| r.mean_batch));
        println!("  codec batch     {:.2} streams per call", median(&|r| r.mean_codec_batch));
        println!(
            "frames per second {:.2} (median, all streams; 12.5 per stream is real time)",
            median(&|r| r.frames_per_s)
        );
        if let (Some(p), Some(l), Some(s)) = (peak_mib, rss_load_mib, rss_steady_mib) {
            println!(
                "memory            {l:.0} MiB after load, {s:.0} MiB after the runs, {p:.0} MiB peak (resident)"
            );
        }
    }
    Ok(())
}

fn measure(results: &[StreamResult], elapsed: f64, before: &BatchStats, after: &BatchStats) -> Run {
    let audio_s: f64 = results.iter().map(|r| r.audio_s).sum();
    let per_audio_s = |t: f64| t / audio_s.max(f64::MIN_POSITIVE);
    let frames = results.iter().map(|r| r.frames).sum();
    let steps = after.steps.saturating_sub(before.steps).max(1);
    Run {
        aggregate_rtf: per_audio_s(elapsed),
        ttfa_ms: results
            .iter()
            .map(|r| r.ttfa.map_or(f64::NAN, |t| t.as_secs_f64() * 1000.0))
            .collect(),
        stream_rtf: results
            .iter()
            .map(|r| r.elapsed.as_secs_f64() / r.audio_s.max(f64::MIN_POSITIVE))
            .collect(),
        lm_rtf: per_audio_s((after.lm_time - before.lm_time).as_secs_f64()),
        codec_rtf: per_audio_s((after.codec_time - before.codec_time).as_secs_f64()),
        frames_per_s: frames as f64 / elapsed,
        audio_s,
        frames,
        mean_batch: after.rows_stepped.saturating_sub(before.rows_stepped) as f64 / steps as f64,
        mean_codec_batch: after.codec_rows.saturating_sub(before.codec_rows) as f64
            / after.codec_calls.saturating_sub(before.codec_calls).max(1) as f64,
    }
}

/// The median of sorted values as `v[len / 2]` (the same rule as the per-run medians).
fn upper_median(sorted: &[f64]) -> f64 {
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

/// What loading gave, for the report.
struct Loaded {
    source: String,
    dtype: String,
    codec_dtype: String,
    load_s: f64,
    rss_load_mib: Option<f64>,
}

/// `--rate`: one warm-up request, then a run of Poisson arrivals per rate.
fn run_rates(
    args: &BenchArgs,
    service: &Arc<EngineService>,
    req: &SynthesisRequest,
    loaded: Loaded,
) -> anyhow::Result<()> {
    service.synthesize(req, Qos::default(), &mut |_| Ok(()))?;
    let mut rows = Vec::new();
    for &rate in &args.rate {
        let run = bench_rate::run_rate(service, req, rate, args.requests)?;
        if !args.json {
            println!(
                "{:>6.2}/s  first audio p50 {:>6.0} p95 {:>6.0} p99 {:>6.0} ms  rtf p50 {:.3} max {:.3}  gapless {}/{} (worst {:.0} ms late){}",
                run.rate,
                run.ttfa_ms[0],
                run.ttfa_ms[1],
                run.ttfa_ms[2],
                run.rtf_p50,
                run.rtf_max,
                run.gapless,
                run.requests,
                run.worst_lateness_ms,
                if run.sustained() { "" } else { "  (not sustained)" }
            );
        }
        rows.push(run);
    }
    let best = rows
        .iter()
        .filter(|r| r.sustained())
        .map(|r| r.rate)
        .fold(None, |b: Option<f64>, r| Some(b.map_or(r, |b| b.max(r))));
    if args.json {
        let v = serde_json::json!({
            "source": loaded.source,
            "device": args.engine.device,
            "dtype": loaded.dtype,
            "codec_dtype": loaded.codec_dtype,
            "load_s": loaded.load_s,
            "frames_per_request": args.frames,
            "rates": rows.iter().map(bench_rate::RateRun::json).collect::<Vec<_>>(),
            "highest_sustained_rate_per_s": best,
            "peak_rss_mib": peak_rss_kib().map(|k| k as f64 / 1024.0),
            "rss_load_mib": loaded.rss_load_mib,
            "rss_steady_mib": rss_mib(),
        });
        println!("{v}");
    } else {
        match best {
            Some(r) => println!(
                "highest rate with p95 first audio <= 500 ms and every stream gapless: {r}/s"
            ),
            None => {
                println!("no rate tried kept p95 first audio <= 500 ms with every stream gapless")
            }
        }
    }
    Ok(())
}

/// This process's resident memory now (`VmRSS`), in MiB.
fn rss_mib() -> Option<f64> {
    proc_status_kib("VmRSS:").map(|k| k as f64 / 1024.0)
}

/// Peak resident set size of this process (Linux `VmHWM`), in KiB.
fn peak_rss_kib() -> Option<u64> {
    proc_status_kib("VmHWM:")
}

/// A size field of this process's `/proc/self/status` (`VmHWM:`, `VmRSS:`...), in KiB.
pub(crate) fn proc_status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
