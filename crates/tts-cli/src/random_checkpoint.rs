//! `tts-cli random-checkpoint`: writes the random weights that `--random-weights` uses into a
//! checkpoint directory in the released layout (configs and tokenizer files copied from a real
//! checkpoint's directory, `model.safetensors` in bf16 as released, the codec in f32), so that
//! what is measured on it goes through the real loading path: the memory-mapped files, the
//! pages handed back after conversion, the text embedding read from the mapping, and cold start.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use candle_core::{DType, Device, Tensor};

#[derive(clap::Args, Debug)]
pub struct RandomCheckpointArgs {
    /// A real checkpoint's directory of configs and tokenizer files (no weights), e.g.
    /// ../shared/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice.
    #[arg(long)]
    pub config: PathBuf,
    /// Where to write the checkpoint.
    #[arg(long)]
    pub out: PathBuf,
    /// The seed of the random weights (0: the weights `--random-weights` gives).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
}

/// Files of a checkpoint directory that are copied as they are.
const COPIED: &[&str] = &[
    "config.json",
    "generation_config.json",
    "preprocessor_config.json",
    "tokenizer_config.json",
    "vocab.json",
    "merges.txt",
    "speech_tokenizer/config.json",
    "speech_tokenizer/preprocessor_config.json",
];

pub fn run(args: &RandomCheckpointArgs) -> anyhow::Result<()> {
    let (src, out) = (&args.config, &args.out);
    std::fs::create_dir_all(out.join("speech_tokenizer"))
        .with_context(|| format!("cannot create {}", out.display()))?;
    for name in COPIED {
        let (from, to) = (src.join(name), out.join(name));
        if from.is_file() {
            // A file copied before keeps its source's permissions, read-only ones too.
            let _ = std::fs::remove_file(&to);
            std::fs::copy(&from, &to).with_context(|| format!("cannot copy {}", from.display()))?;
        }
    }
    let cfg = acoustic_model::Qwen3TtsConfig::from_file(&src.join("config.json"))?;
    let codec_cfg =
        audio_codec_12hz::CodecConfig::from_file(&src.join("speech_tokenizer/config.json"))?;
    // The seeds `runtime::Engine::random` uses: the same values, rounded to bf16 for the model.
    let model = acoustic_model::expected_tensors(&cfg);
    write(&model, args.seed, DType::BF16, &out.join("model.safetensors"))?;
    let codec = audio_codec_12hz::expected_tensors(&codec_cfg);
    write(&codec, args.seed + 1, DType::F32, &out.join("speech_tokenizer/model.safetensors"))?;
    println!("{}", out.display());
    Ok(())
}

fn write(
    layout: &[(String, Vec<usize>)],
    seed: u64,
    dtype: DType,
    path: &Path,
) -> anyhow::Result<()> {
    let vb = acoustic_model::random::var_builder(layout, seed, dtype, &Device::Cpu)?;
    let tensors = layout
        .iter()
        .map(|(name, shape)| Ok((name.clone(), vb.get(shape.as_slice(), name)?)))
        .collect::<anyhow::Result<HashMap<String, Tensor>>>()?;
    candle_core::safetensors::save(&tensors, path)
        .with_context(|| format!("cannot write {}", path.display()))
}
