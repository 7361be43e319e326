//! Engine options from their names, as flags, environment variables and config files spell
//! them (`tts-cli`, `tts-server` and the Python module share these words and messages).

use std::path::PathBuf;

use candle_core::{DType, Device};

use crate::engine::EngineOptions;
use crate::error::EngineError;
use acoustic_model::ModelDtype;
use audio_codec_12hz::{CodecDtype, DecodeMode};

/// The checkpoint every front end loads when none is named.
pub const DEFAULT_MODEL: &str = "Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice";

/// `cpu` or `cuda` (CUDA device 0; needs a build with the `cuda` feature).
pub fn device(name: &str) -> Result<Device, EngineError> {
    match name.to_ascii_lowercase().as_str() {
        "cpu" => Ok(Device::Cpu),
        "cuda" => Device::new_cuda(0).map_err(|e| {
            EngineError::Device(format!(
                "cannot open CUDA device 0 (is this binary built with `--features cuda`, and is a GPU present?): {e}"
            ))
        }),
        other => Err(EngineError::Config(format!("unknown device {other:?}; valid: cpu, cuda"))),
    }
}

/// The acoustic model's dtype; `auto` is q8_0 on the CPU (within the 8-bit quality bar against
/// f32, see the README; q5_0 is faster and meets the 4-bit bar at the real dimensions, but not
/// at every width, so it is asked for by name) and f32 on other devices.
pub fn dtype(name: &str, device: &Device) -> Result<ModelDtype, EngineError> {
    if name.eq_ignore_ascii_case("auto") {
        return Ok(if device.is_cpu() { ModelDtype::Q8_0 } else { ModelDtype::from(DType::F32) });
    }
    name.parse::<ModelDtype>().map_err(|e| EngineError::Config(format!("{e}; or auto")))
}

/// The precision of the codec's waveform convs (see [`audio_codec_12hz::CodecDtype`]); `auto` is
/// f32 when the acoustic model runs in f32 (the exact reference mode stays exact end to end),
/// and otherwise bf16 on CPUs that multiply it in hardware (AVX-512 BF16: within the 35 dB bar
/// of f32 at half the weight memory and ~1.3x the speed; the README has the figures), f32
/// elsewhere. `bf16` on another CPU computes the same values more slowly; it is a CPU mode.
pub fn codec_dtype(
    name: &str,
    dtype: ModelDtype,
    device: &Device,
) -> Result<CodecDtype, EngineError> {
    if name.eq_ignore_ascii_case("auto") {
        let exact = dtype == ModelDtype::from(DType::F32);
        let bf16 = device.is_cpu() && !exact && CodecDtype::bf16_native();
        return Ok(if bf16 { CodecDtype::Bf16 } else { CodecDtype::F32 });
    }
    let codec_dtype =
        name.parse::<CodecDtype>().map_err(|e| EngineError::Config(format!("{e}; or auto")))?;
    if codec_dtype != CodecDtype::F32 && !device.is_cpu() {
        return Err(EngineError::Config(format!(
            "codec dtype {codec_dtype} runs on the CPU only; valid on this device: auto, f32"
        )));
    }
    Ok(codec_dtype)
}

/// Where quantized weights are cached between starts (see [`acoustic_model::weight_cache`]):
/// `auto` is `$QWEN3_TTS_CACHE` when set, else the user's cache directory
/// (`~/.cache/qwen3-tts-rs/weights` on Linux); `off` (or `none`) caches nothing; anything else
/// is a directory.
pub fn weight_cache(name: &str) -> Result<Option<PathBuf>, EngineError> {
    match name.to_ascii_lowercase().as_str() {
        "off" | "none" => Ok(None),
        "auto" => std::env::var_os("QWEN3_TTS_CACHE")
            .map(PathBuf::from)
            .or_else(|| dirs::cache_dir().map(|d| d.join("qwen3-tts-rs")))
            .map(|d| Some(d.join("weights")))
            .ok_or_else(|| {
                EngineError::Config(
                    "weight cache auto: no user cache directory (set QWEN3_TTS_CACHE, or give a directory, or off)"
                        .into(),
                )
            }),
        "" => Err(EngineError::Config("empty weight cache; valid: auto, off, or a directory".into())),
        _ => Ok(Some(PathBuf::from(name))),
    }
}

/// `continuous` (one exact stateful pass) or `reference` (the reference decode()'s chunks).
pub fn decode_mode(name: &str) -> Result<DecodeMode, EngineError> {
    match name.to_ascii_lowercase().as_str() {
        "continuous" => Ok(DecodeMode::Continuous),
        "reference" => Ok(DecodeMode::ReferenceChunks),
        other => Err(EngineError::Config(format!(
            "unknown decode mode {other:?}; valid: continuous, reference"
        ))),
    }
}

impl EngineOptions {
    /// Options from the names of a device, the acoustic model's and the codec's dtypes and a
    /// decode mode.
    pub fn from_names(
        device: &str,
        dtype: &str,
        codec_dtype: &str,
        decode_mode: &str,
    ) -> Result<Self, EngineError> {
        let device = self::device(device)?;
        let dtype = self::dtype(dtype, &device)?;
        Ok(Self {
            codec_dtype: self::codec_dtype(codec_dtype, dtype, &device)?,
            dtype,
            device,
            decode_mode: self::decode_mode(decode_mode)?,
            ..Self::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_bad_names_list_the_choices() {
        let o = EngineOptions::from_names("CPU", "auto", "auto", "continuous").unwrap();
        assert!(o.device.is_cpu());
        assert_eq!(o.dtype, ModelDtype::Q8_0);
        let bf16 = if CodecDtype::bf16_native() { CodecDtype::Bf16 } else { CodecDtype::F32 };
        assert_eq!(o.codec_dtype, bf16);
        let exact = EngineOptions::from_names("cpu", "f32", "auto", "continuous").unwrap();
        assert_eq!(exact.codec_dtype, CodecDtype::F32);
        assert_eq!(
            codec_dtype("BF16", ModelDtype::from(DType::F32), &Device::Cpu).unwrap(),
            CodecDtype::Bf16
        );
        let bad = codec_dtype("int4", ModelDtype::Q8_0, &Device::Cpu).unwrap_err().to_string();
        assert!(bad.contains("f32, bf16") && bad.contains("auto"), "{bad}");
        assert!(device("tpu").unwrap_err().to_string().contains("cpu, cuda"));
        assert!(decode_mode("fast").unwrap_err().to_string().contains("continuous, reference"));
        assert!(dtype("f13", &Device::Cpu).unwrap_err().to_string().contains("auto"));
        assert_eq!(weight_cache("OFF").unwrap(), None);
        assert_eq!(weight_cache("/tmp/w").unwrap(), Some(PathBuf::from("/tmp/w")));
        assert!(weight_cache("").unwrap_err().to_string().contains("auto, off"));
    }
}
