//! Engine options from their names, as flags, environment variables and config files spell
//! them (`tts-cli`, `tts-server` and the Python module share these words and messages).

use std::path::PathBuf;

use candle_core::{DType, Device};

use crate::engine::EngineOptions;
use crate::error::EngineError;
use acoustic_model::ModelDtype;
use audio_codec_12hz::DecodeMode;

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
    /// Options from the names of a device, a dtype and a decode mode.
    pub fn from_names(device: &str, dtype: &str, decode_mode: &str) -> Result<Self, EngineError> {
        let device = self::device(device)?;
        Ok(Self {
            dtype: self::dtype(dtype, &device)?,
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
        let o = EngineOptions::from_names("CPU", "auto", "continuous").unwrap();
        assert!(o.device.is_cpu());
        assert_eq!(o.dtype, ModelDtype::Q8_0);
        assert!(device("tpu").unwrap_err().to_string().contains("cpu, cuda"));
        assert!(decode_mode("fast").unwrap_err().to_string().contains("continuous, reference"));
        assert!(dtype("f13", &Device::Cpu).unwrap_err().to_string().contains("auto"));
        assert_eq!(weight_cache("OFF").unwrap(), None);
        assert_eq!(weight_cache("/tmp/w").unwrap(), Some(PathBuf::from("/tmp/w")));
        assert!(weight_cache("").unwrap_err().to_string().contains("auto, off"));
    }
}
