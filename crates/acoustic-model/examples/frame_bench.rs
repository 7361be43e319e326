//! Per-frame generation time at a real checkpoint's dimensions with random weights (no weight
//! files needed): one talker step plus the 15 code-predictor steps of a frame, measured through
//! `Session::next_frame`, median over the frames.
//!
//! ```sh
//! cargo run --release -p acoustic-model --example frame_bench -- \
//!     ../shared/hf/Qwen3-TTS-12Hz-0.6B-Base/config.json f32 24
//! ```
//! Arguments: config.json, dtype (f32 | bf16 | f16), frames to time (default 24).

use std::path::PathBuf;
use std::time::Instant;

use acoustic_model::candle::{DType, Device, Result, Shape, Tensor};
use acoustic_model::config::{GenerationConfig, Qwen3TtsConfig};
use acoustic_model::{GenerateParams, PromptRequest, Qwen3Tts, TtsModelType, Voice};
use candle_nn::VarBuilder;
use candle_nn::var_builder::SimpleBackend;
use rayon::prelude::*;

/// Hands out random tensors on request: uniform with the variance of N(0, 1/fan_in) for
/// matrices, around 1 for norm weights, small for biases. The text embedding table (only read
/// at prompt time) is zeros to save memory and start-up time.
struct RandomWeights {
    seed: u64,
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

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let cfg_path = PathBuf::from(
        args.get(1)
            .map(String::as_str)
            .unwrap_or("../shared/hf/Qwen3-TTS-12Hz-0.6B-Base/config.json"),
    );
    let dtype = match args.get(2).map(String::as_str).unwrap_or("f32") {
        "f32" => DType::F32,
        "bf16" => DType::BF16,
        "f16" => DType::F16,
        d => candle_core::bail!("dtype {d:?}: use f32, bf16 or f16"),
    };
    let frames: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(24);
    let dev = Device::Cpu;
    let cfg = Qwen3TtsConfig::from_file(&cfg_path)?;
    let t0 = Instant::now();
    let backend: Box<dyn SimpleBackend> = Box::new(RandomWeights { seed: 7 });
    let vb = VarBuilder::from_backend(backend, dtype, dev.clone());
    let model = Qwen3Tts::new(&cfg, GenerationConfig::default(), vb)?;
    let t = &cfg.talker_config;
    eprintln!(
        "{}: talker hidden {} x {} layers, code predictor hidden {} x {} layers, {:?}, built in {:.1} s",
        cfg_path.display(),
        t.hidden_size,
        t.num_hidden_layers,
        t.code_predictor_config.hidden_size,
        t.code_predictor_config.num_hidden_layers,
        dtype,
        t0.elapsed().as_secs_f64()
    );
    // A CustomVoice-shaped or x-vector prompt of about 20 rows; 60 text tokens trail.
    let voice = match cfg.tts_model_type {
        TtsModelType::Base => Voice::XVector(Tensor::zeros(t.hidden_size, DType::F32, &dev)?),
        TtsModelType::CustomVoice => {
            Voice::Speaker(t.spk_id.keys().next().cloned().unwrap_or_default())
        }
        TtsModelType::VoiceDesign => Voice::Described,
    };
    let mut input_ids = vec![cfg.im_start_token_id, 77091, 198];
    input_ids.extend((0..60).map(|i| 1000 + i));
    input_ids.extend([cfg.im_end_token_id, 198, cfg.im_start_token_id, 77091, 198]);
    let req = PromptRequest {
        input_ids,
        instruct_ids: None,
        language: "english".into(),
        voice,
        non_streaming: false,
        text_open: false,
    };
    let mut params = GenerateParams::from_config(&GenerationConfig::default(), 1);
    params.max_new_tokens = frames + 8;
    let warmup = 2;
    let mut times = Vec::with_capacity(frames);
    let t0 = Instant::now();
    let mut s = model.start(&[(req.clone(), params)], false)?;
    eprintln!("prefill: {:.1} ms", t0.elapsed().as_secs_f64() * 1e3);
    while times.len() < frames {
        if s.is_done() {
            s = model.start(&[(req.clone(), params)], false)?;
        }
        let t0 = Instant::now();
        let f = s.next_frame()?;
        let dt = t0.elapsed().as_secs_f64() * 1e3;
        if f[0].is_some() && s.frames(0).len() > warmup {
            times.push(dt);
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    println!(
        "{} {:?}: per-frame median {:.1} ms (min {:.1}, max {:.1}, n {}), real-time factor {:.2} at 12.5 Hz",
        cfg_path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("?"),
        dtype,
        median,
        times[0],
        times[times.len() - 1],
        times.len(),
        median / 80.0
    );
    Ok(())
}
