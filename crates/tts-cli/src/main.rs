//! `tts-cli`: the command-line front end of the Qwen3-TTS engine.
//!
//! `synth` speaks text (streamed to a WAV file or raw PCM on stdout), `decode` turns saved codes
//! into audio, `voices` lists a checkpoint's speakers and languages, `inspect` checks a
//! checkpoint against its configs, `bench` measures speed (also on random weights), `soak` keeps
//! the serving engine busy and checks every stream and the memory, and `normalize` / `tokenize` are dry runs of the text
//! front-end that need no weights. Errors print one line and exit non-zero.

use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tts_core::{Checkpoint, Components};

mod bench;
mod bench_rate;
mod device;
mod inspect;
mod normalize;
mod output;
mod random_checkpoint;
mod soak;
mod synth;
mod tokenize;

#[derive(Parser)]
#[command(name = "tts-cli", version, about = "Qwen3-TTS speech synthesis engine")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log format on stderr: text or json (structured logs).
    #[arg(long, global = true, default_value = "text")]
    log_format: String,
    /// Log level filter (RUST_LOG syntax), e.g. info or runtime=debug.
    #[arg(long, global = true, default_value = "warn")]
    log: String,
}

#[derive(Subcommand)]
enum Command {
    /// Speak text: to a WAV file, or raw PCM on stdout with `-o -`.
    Synth(Box<synth::SynthArgs>),
    /// Turn codes written by `synth --codes-out` into audio (codec dtype auto: f32 here).
    Decode(Box<synth::DecodeArgs>),
    /// List a checkpoint's speakers and languages.
    Voices(synth::VoicesArgs),
    /// Measure time to first audio, real-time factor, frames/s and peak memory.
    Bench(Box<bench::BenchArgs>),
    /// Write a checkpoint of random weights in the released layout (for measurements that go
    /// through the real loading path without the released weights).
    RandomCheckpoint(random_checkpoint::RandomCheckpointArgs),
    /// Keep the serving engine busy (long streams and short requests) and check every stream
    /// (sequence, seams, real-time delivery) and the memory.
    Soak(Box<soak::SoakArgs>),
    /// Resolve a checkpoint, print what it is and check its weights against its configs.
    Inspect {
        /// Local checkpoint directory or Hugging Face id (owner/name[@revision]).
        #[arg(long, default_value = "Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice")]
        model: String,
        /// Skip the tokenizer files (for checkpoints used with pre-tokenized input).
        #[arg(long)]
        no_tokenizer: bool,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the text as the normalizer spells it out. With no TEXT, normalize each line of
    /// stdin and print one line per input line.
    Normalize {
        text: Option<String>,
        /// Language of spans whose script does not decide (en, ru); by default the text's
        /// majority script.
        #[arg(long)]
        lang: Option<text_normalizer::Lang>,
    },
    /// Print token ids and tokens ("ids<TAB>tokens", or JSON with --json). With no TEXT,
    /// tokenize each line of stdin and print one line per input line.
    Tokenize {
        text: Option<String>,
        /// Local checkpoint directory, or a directory with just its tokenizer files.
        #[arg(long)]
        model: PathBuf,
        /// One JSON object per input: {"text", "ids", "tokens", "offsets"}.
        #[arg(long)]
        json: bool,
        /// Use the Mistral split regex the reference wrapper gets from transformers 4.57.3
        /// when it loads a local directory (bit parity with such runs).
        #[arg(long)]
        mistral_regex: bool,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: candle errors append a backtrace after a newline when RUST_BACKTRACE
            // is set; the message chain is all on the first line.
            let msg = format!("{e:#}");
            eprintln!("error: {}", msg.lines().next().unwrap_or("unknown error"));
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: &str, filter: &str) -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .map_err(|e| anyhow::anyhow!("invalid --log filter {filter:?}: {e}"))?;
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        "json" => builder.json().init(),
        "text" => builder.init(),
        other => anyhow::bail!("unknown --log-format {other:?}; valid: text, json"),
    }
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<()> {
    init_logging(&cli.log_format, &cli.log)?;
    match cli.command {
        Command::Synth(args) => synth::run(&args),
        Command::Decode(args) => synth::run_decode(&args),
        Command::Voices(args) => synth::run_voices(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Soak(args) => soak::run(&args),
        Command::RandomCheckpoint(args) => random_checkpoint::run(&args),
        Command::Inspect { model, no_tokenizer, json } => {
            let needs = Components { tokenizer: !no_tokenizer, ..Components::ALL };
            let ckpt = Checkpoint::resolve(&model, needs)?;
            ckpt.verify_model_tensors()?;
            ckpt.verify_codec_tensors()?;
            let summary = inspect::summary(&ckpt);
            if json {
                println!("{summary}");
            } else {
                print!("{}", inspect::render_text(&summary));
            }
            Ok(())
        }
        Command::Normalize { text, lang } => normalize::run(text.as_deref(), lang),
        Command::Tokenize { text, model, json, mistral_regex } => {
            tokenize::run(text.as_deref(), &tokenize::Args { model, json, mistral_regex })
        }
    }
}
