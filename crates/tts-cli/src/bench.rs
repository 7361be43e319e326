//! `tts-cli bench`: time to first audio, real-time factor, frames per second and peak memory
//! over several runs, on a checkpoint or on random weights at a real config's dimensions.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use runtime::{AudioChunk, Engine, EngineError, SynthesisRequest, TextFeed};

use crate::device::{EngineArgs, load_engine};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Use random weights shaped by the configs in --config instead of loading --model.
    #[arg(long, requires = "config")]
    pub random_weights: bool,
    /// Directory with a real checkpoint's config.json, generation_config.json,
    /// speech_tokenizer/config.json and tokenizer files (e.g. shared/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice).
    #[arg(long)]
    pub config: Option<PathBuf>,
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
    /// One JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

struct Run {
    ttfa_ms: f64,
    rtf: f64,
    /// Seconds in the acoustic model / in the codec decoder per second of audio.
    lm_rtf: f64,
    codec_rtf: f64,
    frames_per_s: f64,
    audio_s: f64,
    frames: usize,
}

pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    if args.runs == 0 || args.frames == 0 {
        bail!("--runs and --frames must be at least 1");
    }
    let loaded = Instant::now();
    let engine = if args.random_weights {
        let dir = args.config.as_ref().context("--random-weights needs --config DIR")?;
        let options = runtime::EngineOptions {
            device: crate::device::device(&args.engine.device)?,
            dtype: crate::device::dtype(&args.engine.dtype)?,
            decode_mode: crate::device::decode_mode(&args.engine.decode_mode)?,
            ..Default::default()
        };
        Engine::random(dir, 0, options)?
    } else {
        load_engine(&args.engine)?
    };
    let load_s = loaded.elapsed().as_secs_f64();
    let mut req = SynthesisRequest::new(args.text.clone());
    req.speaker = args.speaker.clone().or_else(|| engine.speakers().into_iter().next());
    req.max_frames = Some(args.frames);
    req.chunk_ms = args.chunk_ms;
    req.split_sentences = false;
    req.seed = 1;
    req.sampling.greedy = args.greedy;
    req.text_feed = args.text_feed;

    let mut runs = Vec::new();
    for i in 0..=args.runs {
        let started = Instant::now();
        let mut first = None;
        let mut sink = |_chunk: AudioChunk| -> Result<(), EngineError> {
            first.get_or_insert_with(Instant::now);
            Ok(())
        };
        let summary = engine.synthesize(&req, &mut sink)?;
        let elapsed = started.elapsed().as_secs_f64();
        let frames: usize = summary.codes.iter().map(Vec::len).sum();
        let audio_s = summary.samples as f64 / engine.sample_rate() as f64;
        if i == 0 {
            continue; // warm-up
        }
        let per_audio_s = |t: f64| t / audio_s.max(f64::MIN_POSITIVE);
        runs.push(Run {
            ttfa_ms: first.map_or(f64::NAN, |t| (t - started).as_secs_f64() * 1000.0),
            rtf: per_audio_s(elapsed),
            lm_rtf: per_audio_s(summary.lm_time.as_secs_f64()),
            codec_rtf: per_audio_s(summary.codec_time.as_secs_f64()),
            frames_per_s: frames as f64 / elapsed,
            audio_s,
            frames,
        });
    }
    let median = |f: fn(&Run) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let peak_mib = peak_rss_kib().map(|k| k as f64 / 1024.0);
    let threads = std::env::var("RAYON_NUM_THREADS").ok();
    if args.json {
        let v = serde_json::json!({
            "source": engine.source(),
            "device": args.engine.device,
            "dtype": args.engine.dtype,
            "runs": runs.len(),
            "frames_per_run": median(|r| r.frames as f64),
            "audio_s_per_run": median(|r| r.audio_s),
            "load_s": load_s,
            "ttfa_ms_median": median(|r| r.ttfa_ms),
            "rtf_median": median(|r| r.rtf),
            "lm_rtf": median(|r| r.lm_rtf),
            "codec_rtf": median(|r| r.codec_rtf),
            "greedy": args.greedy,
            "text_feed": args.text_feed.map(|f| format!("{f:?}").to_lowercase()),
            "frames_per_s_median": median(|r| r.frames_per_s),
            "peak_rss_mib": peak_mib,
            "rayon_threads": threads,
        });
        println!("{v}");
    } else {
        println!("source            {}", engine.source());
        println!("device / dtype    {} / {}", args.engine.device, args.engine.dtype);
        println!("load              {load_s:.2} s");
        println!(
            "runs              {} (+1 warm-up), {} frames each",
            runs.len(),
            median(|r| r.frames as f64)
        );
        println!("time to 1st audio {:.1} ms (median)", median(|r| r.ttfa_ms));
        println!(
            "real-time factor  {:.3} (median; < 1 is faster than real time)",
            median(|r| r.rtf)
        );
        println!("  acoustic model  {:.3} (median compute s per audio s)", median(|r| r.lm_rtf));
        println!("  codec decoder   {:.3} (median compute s per audio s)", median(|r| r.codec_rtf));
        println!("frames per second {:.2} (median; 12.5 is real time)", median(|r| r.frames_per_s));
        if let Some(p) = peak_mib {
            println!("peak memory       {p:.0} MiB (resident)");
        }
    }
    Ok(())
}

/// Peak resident set size of this process (Linux `VmHWM`), in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
