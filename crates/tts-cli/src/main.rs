//! `tts-cli`: the command-line front end of the Qwen3-TTS engine.
//!
//! Implemented so far: `inspect`, which resolves a checkpoint (local directory or Hugging Face
//! id), parses its configs and checks every weight tensor against them. `synth`, `normalize`,
//! `tokenize` and `bench` land with their issues.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tts_core::{Checkpoint, Components};

mod inspect;

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
    }
}
