//! `tts-cli synth`: text to speech, streamed to a WAV file or to stdout as raw PCM.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use runtime::{
    AudioChunk, Engine, EngineError, LevelOverrides, SamplingOverrides, StopReason,
    SynthesisRequest, TextFeed, VoiceReference,
};
use tts_core::SampleFormat;

use crate::device::{EngineArgs, load_engine};
use crate::output::AudioOut;

#[derive(clap::Args, Debug)]
pub struct SynthArgs {
    /// Text to speak. Without it, --file or stdin is read: one utterance per line, each
    /// streamed out as soon as it is made.
    pub text: Option<String>,
    /// Read the utterances from this file (one per line).
    #[arg(long, conflicts_with = "text")]
    pub file: Option<PathBuf>,
    /// Output WAV file, or `-` for raw little-endian PCM on stdout (pipe it into a player).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Sample format: pcm16 (default) or f32.
    #[arg(long, default_value = "pcm16")]
    pub format: SampleFormat,
    /// Audio chunk size in milliseconds (20..=1000).
    #[arg(long, default_value_t = 80)]
    pub chunk_ms: u32,
    #[command(flatten)]
    pub engine: EngineArgs,
    /// CustomVoice speaker (case-insensitive; `tts-cli voices` lists them).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Language: auto or one the model supports (case-insensitive).
    #[arg(long, default_value = "auto")]
    pub language: String,
    /// Style instruction (VoiceDesign; CustomVoice 1.7B).
    #[arg(long)]
    pub instruct: Option<String>,
    /// streaming: one text token per frame (dual track); full: the whole text in the prompt.
    /// Default: the reference wrapper's choice for the model type.
    #[arg(long)]
    pub text_feed: Option<TextFeed>,
    /// Reference audio to clone (Base models): WAV, FLAC, OGG Vorbis or MP3 at any rate and
    /// channel count, read as the reference reads it (the channels' mean, soxr_hq to 24 kHz).
    #[arg(long)]
    pub ref_audio: Option<PathBuf>,
    /// Transcript of the reference audio (ICL cloning).
    #[arg(long)]
    pub ref_text: Option<String>,
    /// Clone from the speaker embedding only (no transcript needed).
    #[arg(long)]
    pub x_vector_only: bool,
    /// Seed of the sampler: same seed, same audio.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// No sampling in the talker or the sub-talker (argmax).
    #[arg(long)]
    pub greedy: bool,
    #[arg(long)]
    pub temperature: Option<f64>,
    #[arg(long)]
    pub top_k: Option<i64>,
    #[arg(long)]
    pub top_p: Option<f64>,
    #[arg(long)]
    pub repetition_penalty: Option<f64>,
    /// At most N frames (80 ms each) per sentence group; the reference's max_new_tokens is N + 1.
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..))]
    pub max_frames: Option<i64>,
    /// Speak digits and symbols as they are written (skip text normalization).
    #[arg(long)]
    pub no_normalize: bool,
    /// Fade at the very end and cross-fade where sentences join, in milliseconds (0: raw).
    #[arg(long, default_value_t = 5.0)]
    pub fade_ms: f32,
    /// Write the generated codes as a JSON array of frames.
    #[arg(long)]
    pub codes_out: Option<PathBuf>,
    /// Print time to first audio and the real-time factor on stderr.
    #[arg(short, long)]
    pub verbose: bool,
    /// Write every chunk as soon as it is decoded, to a file as to stdout (always the case,
    /// except that a WAV file of an in-context clone otherwise holds each sentence group until
    /// its end for the reference's exact cut of the reference audio; with this flag the cut is
    /// at the frame boundary, as in every stream).
    #[arg(long)]
    pub streaming: bool,
}

pub fn run(args: &SynthArgs) -> anyhow::Result<()> {
    let utterances = read_utterances(args)?;
    let load_started = Instant::now();
    let engine = load_engine(&args.engine)?;
    if args.verbose {
        let parts: Vec<String> = engine
            .load_times()
            .iter()
            .map(|(part, t)| format!("{part} {:.2} s", t.as_secs_f64()))
            .collect();
        eprintln!(
            "loaded in {:.2} s ({}); codec dtype {}",
            load_started.elapsed().as_secs_f64(),
            parts.join(", "),
            engine.codec_dtype()
        );
    }
    let reference = match &args.ref_audio {
        Some(path) => Some(VoiceReference {
            audio: tts_core::audio::read_audio_mono(path, engine.max_reference_secs())?,
            text: args.ref_text.clone(),
            x_vector_only: args.x_vector_only,
        }),
        None if args.ref_text.is_some() || args.x_vector_only => {
            bail!("--ref-text and --x-vector-only need --ref-audio")
        }
        None => None,
    };
    let mut out = AudioOut::create(&args.output, engine.sample_rate(), args.format)?;
    let mut all_codes: Vec<Vec<u32>> = Vec::new();
    let total = utterances.len();
    // A progress line on stderr when a person watches it (a terminal) and the input is long.
    let show_progress = std::io::stderr().is_terminal();
    for (i, text) in utterances.iter().enumerate() {
        let req = request(args, text, reference.clone());
        let started = Instant::now();
        let mut sink = |chunk: AudioChunk| -> Result<(), EngineError> {
            out.write(&chunk.samples)
                .map_err(|e| EngineError::Io(format!("cannot write audio: {e:#}")))
        };
        let mut progress = |done: usize, groups: usize| {
            if show_progress && (total > 1 || groups > 1) {
                eprint!("\rutterance {}/{total}: sentence group {done}/{groups}   ", i + 1);
            }
        };
        let summary = engine.synthesize_with_progress(&req, &mut sink, &mut progress)?;
        out.flush()?;
        if args.verbose {
            let audio = summary.samples as f64 / engine.sample_rate() as f64;
            let elapsed = started.elapsed().as_secs_f64();
            eprintln!(
                "utterance {}: {:.2} s of audio in {:.2} s (real-time factor {:.3}), first audio after {:.1} ms, stopped by {}",
                i + 1,
                audio,
                elapsed,
                if audio > 0.0 { elapsed / audio } else { f64::NAN },
                summary.time_to_first_audio.map_or(0.0, |t| t.as_secs_f64() * 1000.0),
                summary.stop_reason().map_or("eos", |r| r.name()),
            );
        }
        if let Some(guard) = summary
            .stop_reason()
            .filter(|r| matches!(r, StopReason::FrameBudget | StopReason::Loop))
        {
            eprintln!(
                "utterance {}: a runaway guard ({}) ended the speech after {} frames",
                i + 1,
                guard.name(),
                summary.frames()
            );
        }
        all_codes.extend(summary.codes.into_iter().flatten());
    }
    if show_progress {
        eprintln!();
    }
    out.finish()?;
    if let Some(path) = &args.codes_out {
        write_codes(path, &all_codes)?;
    }
    Ok(())
}

fn request(args: &SynthArgs, text: &str, reference: Option<VoiceReference>) -> SynthesisRequest {
    let mut req = SynthesisRequest::new(text);
    req.speaker = args.speaker.clone();
    req.language = args.language.clone();
    req.instruct = args.instruct.clone();
    req.text_feed = args.text_feed;
    req.reference = reference;
    let level = LevelOverrides {
        do_sample: args.greedy.then_some(false),
        temperature: args.temperature,
        top_k: args.top_k,
        top_p: args.top_p,
    };
    req.sampling = SamplingOverrides::both(level, args.repetition_penalty);
    req.seed = args.seed;
    // The reference's last sampled token never becomes a frame.
    req.max_new_tokens = args.max_frames.map(|n| n + 1);
    req.normalize = !args.no_normalize;
    req.chunk_ms = args.chunk_ms;
    req.fade_ms = args.fade_ms;
    // Raw PCM on stdout is played as it arrives: ICL audio streams, cut at the frame boundary;
    // a WAV file gets the reference's exact cut (runtime::output explains the difference)
    // unless it is asked to stream too.
    req.exact_reference_cut = args.output.as_os_str() != "-" && !args.streaming;
    req
}

fn read_utterances(args: &SynthArgs) -> anyhow::Result<Vec<String>> {
    let lines: Vec<String> = match (&args.text, &args.file) {
        (Some(text), _) => vec![text.clone()],
        (None, Some(path)) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read --file {}", path.display()))?
            .lines()
            .map(String::from)
            .collect(),
        (None, None) => std::io::stdin()
            .lock()
            .lines()
            .collect::<Result<_, _>>()
            .context("cannot read stdin")?,
    };
    let lines: Vec<String> = lines.into_iter().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        bail!("no text to synthesize: pass TEXT, --file, or lines on stdin");
    }
    Ok(lines)
}

/// Codes as a JSON array of frames, each an array of `num_code_groups` integers.
pub fn write_codes(path: &Path, frames: &[Vec<u32>]) -> anyhow::Result<()> {
    let json = serde_json::to_string(frames)?;
    std::fs::write(path, json + "\n").with_context(|| format!("cannot write {}", path.display()))
}

pub fn read_codes(path: &Path) -> anyhow::Result<Vec<Vec<u32>>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read codes {}", path.display()))?;
    tts_core::codes::from_json(&text).with_context(|| format!("codes file {}", path.display()))
}

#[derive(clap::Args, Debug)]
pub struct DecodeArgs {
    /// Codes JSON written by `synth --codes-out`.
    pub codes: PathBuf,
    /// Output WAV file, or `-` for raw PCM on stdout.
    #[arg(short, long)]
    pub output: PathBuf,
    #[arg(long, default_value = "pcm16")]
    pub format: SampleFormat,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn run_decode(args: &DecodeArgs) -> anyhow::Result<()> {
    let frames = read_codes(&args.codes)?;
    // Only the codec runs here: `auto` follows no acoustic model, so it is the exact f32.
    let mut engine_args = args.engine.clone();
    if engine_args.codec_dtype.eq_ignore_ascii_case("auto") {
        engine_args.codec_dtype = "f32".into();
    }
    let engine: Engine = load_engine(&engine_args)?;
    let mut out = AudioOut::create(&args.output, engine.sample_rate(), args.format)?;
    let mut sink = |chunk: AudioChunk| -> Result<(), EngineError> {
        out.write(&chunk.samples).map_err(|e| EngineError::Io(format!("cannot write audio: {e:#}")))
    };
    engine.decode(&frames, 80, &mut sink)?;
    out.finish()?;
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct VoicesArgs {
    /// Local checkpoint directory or Hugging Face id.
    #[arg(long, default_value = crate::device::DEFAULT_MODEL)]
    pub model: String,
    #[arg(long)]
    pub json: bool,
}

/// Lists speakers and languages from the configs alone (no weights are loaded).
pub fn run_voices(args: &VoicesArgs) -> anyhow::Result<()> {
    let needs = tts_core::Components { acoustic_model: true, tokenizer: false, codec: false };
    let ckpt = tts_core::Checkpoint::resolve(&args.model, needs)?;
    let Some(cfg) = &ckpt.config else { bail!("{} has no config.json", args.model) };
    let speakers: Vec<&String> = cfg.talker_config.spk_id.keys().collect();
    let languages = cfg.supported_languages();
    let mut stdout = std::io::stdout().lock();
    if args.json {
        let v = serde_json::json!({
            "model_type": cfg.tts_model_type.as_str(),
            "speakers": speakers,
            "languages": languages,
        });
        writeln!(stdout, "{v}")?;
    } else {
        writeln!(stdout, "model type: {}", cfg.tts_model_type.as_str())?;
        let shown: Vec<&str> = speakers.iter().map(|s| s.as_str()).collect();
        writeln!(
            stdout,
            "speakers: {}",
            if shown.is_empty() { "(none)".into() } else { shown.join(", ") }
        )?;
        writeln!(stdout, "languages: {}", languages.join(", "))?;
    }
    Ok(())
}
