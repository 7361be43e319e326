//! Flags shared by the commands that load a model: checkpoint (or random weights at a real
//! checkpoint's dimensions), device, dtype, decode mode.

use std::path::PathBuf;

use anyhow::Context;
use runtime::{Engine, EngineOptions, GuardSettings};

pub use runtime::options::DEFAULT_MODEL;

#[derive(clap::Args, Debug, Clone)]
pub struct EngineArgs {
    /// Local checkpoint directory or Hugging Face id (owner/name[@revision]).
    #[arg(long, env = "TTS_MODEL", default_value = DEFAULT_MODEL)]
    pub model: String,
    /// cpu or cuda (cuda needs a build with `--features cuda`; it has not been run on a GPU
    /// yet: the README says what is verified).
    #[arg(long, default_value = "cpu")]
    pub device: String,
    /// Acoustic-model weights: auto (q8_0 on the CPU: the fastest that meets the 8-bit quality
    /// bar; f32 elsewhere), f32 (the exact reference mode), bf16, f16, or q8_0 / q5_0
    /// (quantized at load from the checkpoint's float weights, f32 activations; q5_0: the code
    /// predictor and the talker's MLP in 5 bits, meets the 4-bit bar). q4k is experimental: it
    /// fails its quality bar.
    #[arg(long, default_value = "auto")]
    pub dtype: String,
    /// The codec's waveform convs: auto (f32 with --dtype f32, so the exact mode stays exact;
    /// otherwise bf16 where the CPU has AVX-512 BF16, f32 elsewhere), f32, or bf16 (within 35
    /// dB of f32, half the codec's weight memory).
    #[arg(long, env = "TTS_CODEC_DTYPE", default_value = "auto")]
    pub codec_dtype: String,
    /// Codec decoding: continuous (one exact stateful pass, the default) or reference (the
    /// reference decode()'s 300-frame chunks with 25 frames of context, for bit parity beyond
    /// 24 s).
    #[arg(long, default_value = "continuous")]
    pub decode_mode: String,
    /// Use random weights shaped by the configs in --config instead of loading --model (speed
    /// does not depend on the weights' values).
    #[arg(long, requires = "config")]
    pub random_weights: bool,
    /// Directory with a real checkpoint's config.json, generation_config.json,
    /// speech_tokenizer/config.json and tokenizer files (e.g. shared/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Where quantized weights are kept between starts (the first start of a checkpoint in a
    /// quantized dtype writes them, the next ones read them instead of quantizing): auto
    /// ($QWEN3_TTS_CACHE, else ~/.cache/qwen3-tts-rs/weights), off, or a directory.
    #[arg(long, env = "TTS_WEIGHT_CACHE", default_value = "auto")]
    pub weight_cache: String,
    /// The longest reference clip (--ref-audio) taken, in seconds.
    #[arg(long, default_value_t = tts_core::audio::MAX_CLIP_SECS)]
    pub max_reference_secs: f64,
    /// Runaway guard: frames a text may take, as a multiple of its language's usual speaking
    /// rate (0: off) [default: 4; off with --random-weights and in `bench`, which time noise].
    #[arg(long)]
    pub frame_budget_margin: Option<f32>,
    /// Runaway guard: codes repeating a stretch of frames over this many frames (12.5 per
    /// second) end the utterance (0: off) [default: 75; off with --random-weights and in `bench`].
    #[arg(long)]
    pub loop_min_frames: Option<usize>,
}

impl EngineArgs {
    pub fn options(&self) -> anyhow::Result<EngineOptions> {
        if !(self.max_reference_secs.is_finite() && self.max_reference_secs > 0.0) {
            anyhow::bail!("--max-reference-secs must be a positive number of seconds");
        }
        let mut options = EngineOptions::from_names(
            &self.device,
            &self.dtype,
            &self.codec_dtype,
            &self.decode_mode,
        )?;
        options.limits.max_reference_secs = self.max_reference_secs;
        options.weight_cache = runtime::options::weight_cache(&self.weight_cache)?;
        let mut guards =
            if self.random_weights { GuardSettings::OFF } else { GuardSettings::default() };
        if let Some(m) = self.frame_budget_margin {
            guards.frame_budget_margin = m;
        }
        if let Some(n) = self.loop_min_frames {
            guards.loop_min_frames = n;
        }
        guards.validate().map_err(|e| anyhow::anyhow!("{e}"))?;
        options.limits.guards = guards;
        Ok(options)
    }
}

pub fn load_engine(args: &EngineArgs) -> anyhow::Result<Engine> {
    if args.random_weights {
        let dir = args.config.as_ref().context("--random-weights needs --config DIR")?;
        return Ok(Engine::random(dir, 0, args.options()?)?);
    }
    Ok(Engine::load(&args.model, args.options()?)?)
}
