//! Sample-rate conversion as the reference does it: `librosa.resample(y, orig_sr, target_sr)`,
//! whose default `res_type="soxr_hq"` is python-soxr's `resample(y, orig, target, "soxr_hq")`
//! over libsoxr 0.1.3 (HQ recipe: 20-bit precision, single-precision engine, one thread), fixed
//! by librosa to `ceil(len * target / orig)` samples (cut, or padded with zeros). The same
//! libsoxr build gives the reference's samples bit for bit (tests/audio_formats.rs).

use std::path::Path;

use soxr::Soxr;
use soxr::format::Mono;
use soxr::params::{QualityRecipe, QualitySpec, RuntimeSpec};

use super::{Audio, AudioError, MAX_RESAMPLED, SAMPLE_RATES, read_audio_mono};

/// Input fed to libsoxr per call (its output does not depend on how the input is cut).
const CHUNK: usize = 1 << 14;

/// Converts a whole clip from `from` Hz to `to` Hz (librosa's `resample` with its defaults).
pub fn resample(samples: &[f32], from: u32, to: u32) -> Result<Vec<f32>, AudioError> {
    if from == to || samples.is_empty() {
        return Ok(samples.to_vec());
    }
    let rerr = |msg: String| AudioError::Resample { from, to, msg };
    if !SAMPLE_RATES.contains(&from) || !SAMPLE_RATES.contains(&to) {
        let (lo, hi) = (SAMPLE_RATES.start(), SAMPLE_RATES.end());
        return Err(rerr(format!("sample rates must be in {lo}..={hi} Hz")));
    }
    if let Some(i) = samples.iter().position(|x| !x.is_finite() || x.abs() > MAX_RESAMPLED) {
        return Err(rerr(format!(
            "sample {i} is {}; samples must be finite and within ±{MAX_RESAMPLED:e}",
            samples[i]
        )));
    }
    // librosa: ratio = float(target_sr) / orig_sr; n_samples = int(np.ceil(len * ratio)).
    let ratio = f64::from(to) / f64::from(from);
    let wanted = (samples.len() as f64 * ratio).ceil() as usize;
    let mut soxr = Soxr::<Mono<f32>>::new_with_params(
        f64::from(from),
        f64::from(to),
        QualitySpec::new(QualityRecipe::high()),
        RuntimeSpec::new(1),
    )
    .map_err(|e| rerr(e.to_string()))?;
    let mut out = Vec::with_capacity(wanted + 1);
    let mut buf = vec![0f32; (CHUNK as f64 * ratio).ceil() as usize + 1024];
    let mut rest = samples;
    while !rest.is_empty() {
        let chunk = &rest[..rest.len().min(CHUNK)];
        let done = soxr.process(chunk, &mut buf).map_err(|e| rerr(e.to_string()))?;
        out.extend_from_slice(&buf[..done.output_frames]);
        if done.input_frames == 0 && done.output_frames == 0 {
            return Err(rerr("libsoxr made no progress".into()));
        }
        rest = &rest[done.input_frames..];
    }
    // The filter's tail: what python-soxr's final flush returns.
    while out.len() < wanted {
        let n = soxr.drain(&mut buf).map_err(|e| rerr(e.to_string()))?;
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    out.resize(wanted, 0.0);
    Ok(out)
}

/// Reads an audio file as mono f32 at `rate` Hz (at most `max_secs` seconds of it).
pub fn read_audio_at(path: &Path, rate: u32, max_secs: f64) -> Result<Audio, AudioError> {
    let audio = read_audio_mono(path, max_secs)?;
    let samples = resample(&audio.samples, audio.sample_rate, rate)?;
    Ok(Audio { samples, sample_rate: rate })
}
