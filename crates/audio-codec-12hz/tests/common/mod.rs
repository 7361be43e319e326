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

pub use test_support::device;

/// The tiny codec checkpoint's config and an f32 VarBuilder at its root, on [`device`].
pub fn tiny_codec() -> (CodecConfig, VarBuilder<'static>) {
    tiny_codec_on(&device())
}

/// [`tiny_codec`] on `dev`.
pub fn tiny_codec_on(dev: &Device) -> (CodecConfig, VarBuilder<'static>) {
    let dir = fixtures().join("checkpoints/tiny-codec");
    let cfg = CodecConfig::from_file(&dir.join("config.json")).unwrap();
    // SAFETY: fixture files are read-only during the tests.
    let vb = unsafe {
        VarBuilder::from_mmaped_safetensors(&[dir.join("model.safetensors")], DType::F32, dev)
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
