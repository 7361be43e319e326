//! Shared by the examples: random weights at a real config's dimensions (no weight files
//! needed; `acoustic_model::random` with the examples' own values) and a prompt of realistic
//! length.

use acoustic_model::candle::{DType, Device, Result, Tensor};
use acoustic_model::config::{GenerationConfig, Qwen3TtsConfig};
use acoustic_model::random::{self, Fill};
use acoustic_model::{ModelDtype, PromptRequest, QuantPlan, Qwen3Tts, TtsModelType, Voice};
use candle_nn::VarBuilder;
use candle_nn::var_builder::SimpleBackend;

/// The examples' values (kept as they were when each example had its own builder, so
/// quant_quality's figures stay comparable): uniform with the variance of N(0, 1/fan_in) for
/// matrices, embeddings uniform in [-1, 1), around 1 for norm weights, small for biases. The
/// text embedding table (only read at prompt time) is zeros.
fn init(name: &str, shape: &[usize]) -> Fill {
    if name.ends_with("text_embedding.weight") {
        Fill { scale: 0.0, offset: 0.0 }
    } else if name.contains("norm") {
        Fill { scale: 0.1, offset: 1.0 }
    } else if shape.len() == 1 {
        Fill { scale: 0.1, offset: 0.0 }
    } else if name.contains("embedding") {
        Fill { scale: 1.0, offset: 0.0 }
    } else {
        // uniform(-a, a) has variance a^2/3.
        let fan_in: usize = shape[1..].iter().product();
        Fill { scale: (3.0 / fan_in as f32).sqrt(), offset: 0.0 }
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
    let layout = acoustic_model::expected_tensors(cfg);
    let vb = random::var_builder_with(&layout, seed, init, dtype, &Device::Cpu)?;
    Qwen3Tts::new_with_plan(cfg, GenerationConfig::default(), vb, plan)
}

/// [`random_model`] with outlier input channels in every projection: trained transformers
/// have a few input channels whose weights are 10-50x the rest (the outlier features of
/// LLM.int8() and SmoothQuant), which uniform random weights lack and which cost block
/// quantization the most (one large weight sets its block's scale). In each `*_proj.weight`
/// `[out, in]`, `channels` input columns picked by the tensor's name are scaled by factors
/// from 10 to 50 (the same columns and factors for every plan).
/// `weights_in`: every matrix rounded to this dtype first (bf16: how the released checkpoints
/// store them), then computed as `plan` says.
pub fn random_model_with_outliers(
    cfg: &Qwen3TtsConfig,
    seed: u64,
    plan: &QuantPlan,
    channels: usize,
    weights_in: DType,
) -> Result<Qwen3Tts> {
    let layout = acoustic_model::expected_tensors(cfg);
    let inner = random::var_builder_with(&layout, seed, init, DType::F32, &Device::Cpu)?;
    let shapes = layout.into_iter().collect();
    let backend: Box<dyn SimpleBackend> =
        Box::new(Outliers { inner, shapes, channels, weights_in });
    let vb = VarBuilder::from_backend(backend, DType::F32, Device::Cpu);
    Qwen3Tts::new_with_plan(cfg, GenerationConfig::default(), vb, plan)
}

struct Outliers {
    inner: VarBuilder<'static>,
    shapes: std::collections::HashMap<String, Vec<usize>>,
    channels: usize,
    weights_in: DType,
}

impl SimpleBackend for Outliers {
    fn get(
        &self,
        s: acoustic_model::candle::Shape,
        name: &str,
        _h: candle_nn::Init,
        dtype: DType,
        dev: &Device,
    ) -> Result<Tensor> {
        let t = self.inner.get(s.clone(), name)?;
        let dims = s.dims().to_vec();
        let t = if name.ends_with("_proj.weight") && dims.len() == 2 {
            let (rows, cols) = (dims[0], dims[1]);
            // FNV-1a of the name picks the columns and their factors.
            let mut h = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
            });
            let mut scale = vec![1f32; cols];
            for _ in 0..self.channels.min(cols) {
                h ^= h << 13;
                h ^= h >> 7;
                h ^= h << 17;
                scale[(h % cols as u64) as usize] =
                    10.0 + (h >> 40) as f32 / (1u64 << 24) as f32 * 40.0;
            }
            let scale = Tensor::from_vec(scale, (1, cols), &Device::Cpu)?;
            t.to_dtype(DType::F32)?.broadcast_mul(&scale.broadcast_as((rows, cols))?)?
        } else {
            t
        };
        let t =
            if dims.len() == 2 { t.to_dtype(self.weights_in)?.to_dtype(DType::F32)? } else { t };
        t.to_dtype(dtype)?.to_device(dev)
    }

    fn get_unchecked(&self, name: &str, dtype: DType, dev: &Device) -> Result<Tensor> {
        let Some(shape) = self.shapes.get(name) else {
            acoustic_model::candle::bail!("no tensor {name} in the layout")
        };
        self.get(shape.clone().into(), name, candle_nn::Init::Const(0.0), dtype, dev)
    }

    fn contains_tensor(&self, name: &str) -> bool {
        self.shapes.contains_key(name)
    }
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
