//! The reduced-precision codec's bar at the real dimensions: SNR of the bf16 decoder against the
//! f32 one over the same codes, and streaming against the full pass in bf16 for several
//! chunkings (the bar: SNR >= 35 dB over 10 s, streaming == full within 1e-5).
//!
//! The decoder is the real Qwen3-TTS-Tokenizer-12Hz with the workspace's random weights (as the
//! decoder bench and `runtime::Engine::random` build it; codebooks non-zero), the codes uniform.
//!
//! cargo run --release -p audio-codec-12hz --example codec_dtype -- \
//!     ../shared/hf/Qwen3-TTS-Tokenizer-12Hz/config.json [SECONDS] [SEED]

use std::time::Instant;

use audio_codec_12hz::{CodecConfig, CodecDtype, Decoder};
use candle_core::{DType, Device, Tensor};

fn decoder(cfg: &CodecConfig, seed: u64, dtype: CodecDtype) -> candle_core::Result<Decoder> {
    let layout = audio_codec_12hz::expected_tensors(cfg);
    let vb = acoustic_model::random::var_builder(&layout, seed, DType::F32, &Device::Cpu)?;
    Decoder::with_dtype(&cfg.decoder_config, vb.pp("decoder"), dtype)
}

/// `[1, quantizers, frames]` codes from an LCG, uniform over the codebook.
fn codes(cfg: &CodecConfig, frames: usize, seed: u64) -> candle_core::Result<Tensor> {
    let d = &cfg.decoder_config;
    let mut state = seed;
    let values: Vec<u32> = (0..d.num_quantizers * frames)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 33) % d.codebook_size as u64) as u32
        })
        .collect();
    Tensor::from_vec(values, (1, d.num_quantizers, frames), &Device::Cpu)
}

fn samples(wav: &Tensor) -> candle_core::Result<Vec<f32>> {
    wav.flatten_all()?.to_vec1()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(config) = args.first() else {
        return Err("usage: codec_dtype CODEC_CONFIG.json [SECONDS] [SEED]".into());
    };
    let seconds: f64 = args.get(1).map_or(Ok(10.0), |s| s.parse())?;
    let seed: u64 = args.get(2).map_or(Ok(1), |s| s.parse())?;
    let cfg = CodecConfig::from_file(std::path::Path::new(config))?;
    let frames = (seconds * cfg.frame_rate()).round() as usize;
    let codes = codes(&cfg, frames, seed)?;
    println!(
        "codec_dtype: {frames} frames ({seconds} s), weights seed {seed}, bf16 in hardware: {}",
        CodecDtype::bf16_native()
    );
    let mut full = Vec::new();
    for dtype in [CodecDtype::F32, CodecDtype::Bf16] {
        let decoder = decoder(&cfg, seed, dtype)?;
        let t = Instant::now();
        let wav = samples(&decoder.forward(&codes)?)?;
        println!("{dtype}: full pass {:.2} s", t.elapsed().as_secs_f64());
        full.push((decoder, wav));
    }
    let rms =
        |x: &[f32]| (x.iter().map(|&v| (v as f64).powi(2)).sum::<f64>() / x.len() as f64).sqrt();
    println!("f32 output rms {:.4}", rms(&full[0].1));
    println!("SNR bf16 against f32: {:.2} dB", test_support::snr_db(&full[0].1, &full[1].1));
    let (decoder, wav) = &full[1];
    for chunk in [1, 2, 3, 5, 8] {
        let mut state = decoder.new_state(1);
        let mut streamed = Vec::with_capacity(wav.len());
        for start in (0..frames).step_by(chunk) {
            let n = chunk.min(frames - start);
            streamed.extend(samples(&decoder.step(&codes.narrow(2, start, n)?, &mut state)?)?);
        }
        let worst = streamed.iter().zip(wav).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
        println!("bf16 streaming in {chunk}-frame steps: max |streamed - full| {worst:.3e}");
    }
    Ok(())
}
