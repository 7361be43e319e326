//! `tts-cli`: the command-line front end of the Qwen3-TTS engine.
//!
//! Implemented so far: `inspect`, which resolves a checkpoint (local directory or Hugging Face
//! id), parses its configs and checks every weight tensor against them; `normalize` and
//! `tokenize`, dry runs of the text front-end that need no weights. `synth` and `bench` land
//! with their issues.

use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tts_core::{Checkpoint, Components};

mod inspect;
mod normalize;
mod tokenize;

#[derive(Parser)]
#[command(name = "tts-cli", version, about = "Qwen3-TTS speech synthesis engine")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
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
