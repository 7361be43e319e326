//! Decoder speed at the real Qwen3-TTS-Tokenizer-12Hz dimensions with random weights (speed
//! does not depend on the values; the codes are random, non-zero). Each iteration decodes 25
//! frames = 2 s of 24 kHz audio per stream, so compute per audio second is the reported time
//! divided by 2 s (by 16 s for the batch of 8).
//!
//! `RAYON_NUM_THREADS=1 cargo bench -p audio-codec-12hz --bench decoder` (and 2); each case in the
//! f32 and the bf16 codec dtype.
//! Needs the real config: `shared/hf/Qwen3-TTS-Tokenizer-12Hz/config.json` beside the
//! repository, or QWEN3_TTS_SHARED_DIR.

use audio_codec_12hz::{CodecConfig, CodecDtype, Decoder};
use candle_core::{DType, Device, Tensor};
use criterion::{Criterion, criterion_group, criterion_main};

const FRAMES: usize = 25;

fn real_config() -> CodecConfig {
    CodecConfig::from_file(&test_support::shared("hf/Qwen3-TTS-Tokenizer-12Hz/config.json"))
        .expect("real codec config")
}

/// The real decoder with the workspace's random weights (`acoustic_model::random`, as
/// `runtime::Engine::random` builds its codec): uniform matrices scaled by 1/sqrt(fan_in),
/// unit norms and codebook usage, zero log-scale Snake parameters, so activations stay in a
/// normal range.
fn random_decoder(cfg: &CodecConfig, dev: &Device, dtype: CodecDtype) -> Decoder {
    let layout = audio_codec_12hz::expected_tensors(cfg);
    let vb = acoustic_model::random::var_builder(&layout, 1, DType::F32, dev).expect("weights");
    Decoder::with_dtype(&cfg.decoder_config, vb.pp("decoder"), dtype)
        .expect("decoder at real dimensions")
}

fn bench(c: &mut Criterion) {
    let dev = Device::Cpu;
    let cfg = real_config();
    let q = cfg.decoder_config.num_quantizers;
    let codes = Tensor::rand(0f32, cfg.decoder_config.codebook_size as f32, (1, q, FRAMES), &dev)
        .and_then(|t| t.floor()?.to_dtype(DType::U32))
        .expect("codes");
    // Eight streams decoded together, 2 frames per step: 16 s of audio per iteration.
    let batch = Tensor::cat(&vec![codes.clone(); 8], 0).expect("batch");
    let threads = std::env::var("RAYON_NUM_THREADS").unwrap_or_else(|_| "all".into());
    let mut group = c.benchmark_group(format!("decoder_2s_audio_threads_{threads}"));
    group.sample_size(10);
    for dtype in [CodecDtype::F32, CodecDtype::Bf16] {
        let decoder = random_decoder(&cfg, &dev, dtype);
        group.bench_function(format!("{dtype}/full_pass_25_frames"), |b| {
            b.iter(|| decoder.forward(&codes).expect("decode"))
        });
        for chunk in [1usize, 2, 8] {
            group.bench_function(format!("{dtype}/streaming_{chunk}_frame_steps"), |b| {
                b.iter(|| {
                    let mut state = decoder.new_state(1);
                    for start in (0..FRAMES).step_by(chunk) {
                        let n = chunk.min(FRAMES - start);
                        decoder
                            .step(&codes.narrow(2, start, n).expect("chunk"), &mut state)
                            .expect("step");
                    }
                })
            });
        }
        group.bench_function(format!("{dtype}/batch_8_streams_2_frame_steps"), |b| {
            b.iter(|| {
                let mut state = decoder.new_state(8);
                for start in (0..FRAMES).step_by(2) {
                    let n = 2.min(FRAMES - start);
                    let chunk = batch.narrow(2, start, n).expect("chunk");
                    decoder.step(&chunk, &mut state).expect("step");
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
