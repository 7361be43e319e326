//! Flags shared by the commands that load a model: checkpoint, device, dtype, decode mode.

use anyhow::{Context, bail};
use candle_core::DType;
use runtime::{DecodeMode, Engine, EngineOptions, ModelDtype};

pub const DEFAULT_MODEL: &str = "Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice";

#[derive(clap::Args, Debug, Clone)]
pub struct EngineArgs {
    /// Local checkpoint directory or Hugging Face id (owner/name[@revision]).
    #[arg(long, default_value = DEFAULT_MODEL)]
    pub model: String,
    /// cpu or cuda (cuda needs a build with `--features cuda`).
    #[arg(long, default_value = "cpu")]
    pub device: String,
    /// Acoustic-model weights: auto (q8_0 on the CPU: the fastest that meets the quality bars;
    /// f32 elsewhere), f32 (the exact reference mode), bf16, f16, or q8_0 / q4k (quantized at
    /// load from the checkpoint's float weights, f32 activations). The codec always runs in
    /// f32.
    #[arg(long, default_value = "auto")]
    pub dtype: String,
    /// Codec decoding: continuous (one exact stateful pass, the default) or reference (the
    /// reference decode()'s 300-frame chunks with 25 frames of context, for bit parity beyond
    /// 24 s).
    #[arg(long, default_value = "continuous")]
    pub decode_mode: String,
}

pub fn device(name: &str) -> anyhow::Result<candle_core::Device> {
    match name.to_ascii_lowercase().as_str() {
        "cpu" => Ok(candle_core::Device::Cpu),
        "cuda" => candle_core::Device::new_cuda(0)
            .context("cannot open CUDA device 0 (is this binary built with `--features cuda`, and is a GPU present?)"),
        other => bail!("unknown device {other:?}; valid: cpu, cuda"),
    }
}

/// The acoustic model's dtype; `auto` is q8_0 on the CPU (within its quality bars against f32,
/// see the README) and f32 on other devices.
pub fn dtype(name: &str, device: &candle_core::Device) -> anyhow::Result<ModelDtype> {
    if name.eq_ignore_ascii_case("auto") {
        return Ok(if device.is_cpu() { ModelDtype::Q8_0 } else { ModelDtype::from(DType::F32) });
    }
    name.parse::<ModelDtype>().map_err(|e| anyhow::anyhow!("{e}; or auto"))
}

pub fn decode_mode(name: &str) -> anyhow::Result<DecodeMode> {
    match name.to_ascii_lowercase().as_str() {
        "continuous" => Ok(DecodeMode::Continuous),
        "reference" => Ok(DecodeMode::ReferenceChunks),
        other => bail!("unknown decode mode {other:?}; valid: continuous, reference"),
    }
}

pub fn load_engine(args: &EngineArgs) -> anyhow::Result<Engine> {
    let device = device(&args.device)?;
    let options = EngineOptions {
        dtype: dtype(&args.dtype, &device)?,
        device,
        decode_mode: decode_mode(&args.decode_mode)?,
        ..EngineOptions::default()
    };
    Ok(Engine::load(&args.model, options)?)
}
