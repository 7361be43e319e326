//! The tiny codec fixture and its reference goldens, shared by the decoder and encoder tests.
#![allow(dead_code)] // Each test binary uses a different subset.

use std::path::PathBuf;

use audio_codec_12hz::CodecConfig;
use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;

pub fn fixtures() -> PathBuf {
    test_support::fixtures_dir()
}

/// The device the decoder tests run on: CUDA device 0 with `QWEN3_TTS_TEST_DEVICE=cuda`
/// (tools/gpu-check.sh), else the CPU. One device for the whole binary: candle refuses to mix
/// tensors of two `Device::new_cuda` handles.
pub fn device() -> Device {
    static DEVICE: std::sync::OnceLock<Device> = std::sync::OnceLock::new();
    DEVICE
        .get_or_init(|| match std::env::var("QWEN3_TTS_TEST_DEVICE").as_deref() {
            Ok("cuda") => Device::new_cuda(0).expect("QWEN3_TTS_TEST_DEVICE=cuda: no CUDA device"),
            Ok("cpu") | Err(_) => Device::Cpu,
            Ok(other) => panic!("QWEN3_TTS_TEST_DEVICE={other}: expected cpu or cuda"),
        })
        .clone()
}

/// The tiny codec checkpoint's config and an f32 VarBuilder at its root, on [`device`].
pub fn tiny_codec() -> (CodecConfig, VarBuilder<'static>) {
    let dir = fixtures().join("checkpoints/tiny-codec");
    let cfg = CodecConfig::from_file(&dir.join("config.json")).unwrap();
    // SAFETY: fixture files are read-only during the tests.
    let vb = unsafe {
        VarBuilder::from_mmaped_safetensors(&[dir.join("model.safetensors")], DType::F32, &device())
    }
    .unwrap();
    (cfg, vb)
}

/// A tensor of `tests/fixtures/codec/codec.safetensors`, on [`device`].
pub fn golden(name: &str) -> Tensor {
    let goldens = unsafe { MmapedSafetensors::new(fixtures().join("codec/codec.safetensors")) };
    goldens.unwrap().load(name, &device()).unwrap()
}

/// A tensor of `tests/fixtures/codec/codec_f64.safetensors` (the float64 truth of the decoder
/// goldens, `tools/reference/codec_goldens_f64.py`), as f64 values.
pub fn golden_f64(name: &str) -> Vec<f64> {
    let goldens = unsafe { MmapedSafetensors::new(fixtures().join("codec/codec_f64.safetensors")) };
    let t = goldens.unwrap().load(name, &Device::Cpu).unwrap();
    t.flatten_all().unwrap().to_dtype(DType::F64).unwrap().to_vec1().unwrap()
}
