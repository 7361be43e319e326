//! Shared by the examples: random weights at a real config's dimensions (no weight files
//! needed; `acoustic_model::random` with the examples' own values) and a prompt of realistic
//! length.

use acoustic_model::candle::{DType, Device, Result, Tensor};
use acoustic_model::config::{GenerationConfig, Qwen3TtsConfig};
use acoustic_model::random::{self, Fill};
use acoustic_model::{ModelDtype, PromptRequest, QuantPlan, Qwen3Tts, TtsModelType, Voice};

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
