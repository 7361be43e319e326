//! Shared by the examples: random weights at a real config's dimensions (no weight files
//! needed) and a prompt of realistic length.

use acoustic_model::candle::{DType, Device, Result, Shape, Tensor};
use acoustic_model::config::{GenerationConfig, Qwen3TtsConfig};
use acoustic_model::{ModelDtype, PromptRequest, QuantPlan, Qwen3Tts, TtsModelType, Voice};
use candle_nn::VarBuilder;
use candle_nn::var_builder::SimpleBackend;
use rayon::prelude::*;

/// Hands out random tensors on request: uniform with the variance of N(0, 1/fan_in) for
/// matrices, around 1 for norm weights, small for biases. The text embedding table (only read
/// at prompt time) is zeros to save memory and start-up time.
pub struct RandomWeights {
    pub seed: u64,
}

fn fill(n: usize, scale: f32, offset: f32, seed: u64) -> Vec<f32> {
    let mut v = vec![0f32; n];
    v.par_chunks_mut(1 << 16).enumerate().for_each(|(c, chunk)| {
        let mut x = seed ^ ((c as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        for y in chunk.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let u = (x >> 40) as f32 / (1u64 << 24) as f32; // [0, 1)
            *y = offset + scale * (2.0 * u - 1.0);
        }
    });
    v
}

impl SimpleBackend for RandomWeights {
    fn get(
        &self,
        s: Shape,
        name: &str,
        _h: candle_nn::Init,
        dtype: DType,
        dev: &Device,
    ) -> Result<Tensor> {
        let n = s.elem_count();
        let seed = self.seed
            ^ name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
            });
        let dims = s.dims();
        let data = if name.ends_with("text_embedding.weight") {
            vec![0f32; n]
        } else if name.contains("norm") {
            fill(n, 0.1, 1.0, seed)
        } else if dims.len() == 1 {
            fill(n, 0.1, 0.0, seed)
        } else {
            // uniform(-a, a) has variance a^2/3.
            let fan_in: usize = dims[1..].iter().product();
            let a = (3.0 / fan_in as f32).sqrt();
            let a = if name.contains("embedding") { 1.0 } else { a };
            fill(n, a, 0.0, seed)
        };
        Tensor::from_vec(data, s, dev)?.to_dtype(dtype)
    }

    fn get_unchecked(&self, name: &str, _dtype: DType, _dev: &Device) -> Result<Tensor> {
        candle_core::bail!("random weights need a shape for {name}")
    }

    fn contains_tensor(&self, _name: &str) -> bool {
        true
    }
}

/// The model of `cfg` with random weights (the same values for the same seed whatever the
/// plan), its projections quantized as `plan` says.
pub fn random_model(
    cfg: &Qwen3TtsConfig,
    seed: u64,
    dtype: DType,
    plan: &QuantPlan,
) -> Result<Qwen3Tts> {
    let backend: Box<dyn SimpleBackend> = Box::new(RandomWeights { seed });
    let vb = VarBuilder::from_backend(backend, dtype, Device::Cpu);
    Qwen3Tts::new_with_plan(cfg, GenerationConfig::default(), vb, plan)
}

/// [`random_model`] for one of the engine's dtypes.
pub fn random_model_as(cfg: &Qwen3TtsConfig, seed: u64, dtype: ModelDtype) -> Result<Qwen3Tts> {
    random_model(cfg, seed, dtype.activation_dtype(), &QuantPlan::for_dtype(dtype))
}

/// A CustomVoice-shaped or x-vector prompt of about 20 rows; 60 text tokens trail.
pub fn request(cfg: &Qwen3TtsConfig) -> Result<PromptRequest> {
    let t = &cfg.talker_config;
    let voice = match cfg.tts_model_type {
        TtsModelType::Base => {
            Voice::XVector(Tensor::zeros(t.hidden_size, DType::F32, &Device::Cpu)?)
        }
        TtsModelType::CustomVoice => {
            Voice::Speaker(t.spk_id.keys().next().cloned().unwrap_or_default())
        }
        TtsModelType::VoiceDesign => Voice::Described,
    };
    let mut input_ids = vec![cfg.im_start_token_id, 77091, 198];
    input_ids.extend((0..60).map(|i| 1000 + i));
    input_ids.extend([cfg.im_end_token_id, 198, cfg.im_start_token_id, 77091, 198]);
    Ok(PromptRequest {
        input_ids,
        instruct_ids: None,
        language: "english".into(),
        voice,
        non_streaming: false,
        text_open: false,
    })
}
