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

/// [`resample`] of a stream that arrives in pieces: libsoxr keeps its filter state between
/// pieces, and its output does not depend on how the input is cut, so the pieces it returns
/// concatenate to exactly `resample(whole input)` (the tail, from [`Self::finish`], is fixed to
/// the same `ceil(len * to / from)` samples).
pub struct StreamResampler {
    soxr: Option<Soxr<Mono<f32>>>,
    from: u32,
    to: u32,
    taken: usize,
    given: usize,
    buf: Vec<f32>,
}

impl StreamResampler {
    pub fn new(from: u32, to: u32) -> Result<Self, AudioError> {
        let rerr = |msg: String| AudioError::Resample { from, to, msg };
        if !SAMPLE_RATES.contains(&from) || !SAMPLE_RATES.contains(&to) {
            let (lo, hi) = (SAMPLE_RATES.start(), SAMPLE_RATES.end());
            return Err(rerr(format!("sample rates must be in {lo}..={hi} Hz")));
        }
        let soxr = if from == to {
            None
        } else {
            let spec = QualitySpec::new(QualityRecipe::high());
            let soxr = Soxr::<Mono<f32>>::new_with_params(
                f64::from(from),
                f64::from(to),
                spec,
                RuntimeSpec::new(1),
            )
            .map_err(|e| rerr(e.to_string()))?;
            Some(soxr)
        };
        Ok(Self { soxr, from, to, taken: 0, given: 0, buf: Vec::new() })
    }

    fn error(&self, msg: String) -> AudioError {
        AudioError::Resample { from: self.from, to: self.to, msg }
    }

    /// Resamples the next piece; returns what is ready (libsoxr holds back its filter delay).
    pub fn push(&mut self, samples: &[f32]) -> Result<Vec<f32>, AudioError> {
        self.taken += samples.len();
        let ratio = f64::from(self.to) / f64::from(self.from);
        let Some(soxr) = self.soxr.as_mut() else {
            self.given += samples.len();
            return Ok(samples.to_vec());
        };
        if let Some(i) = samples.iter().position(|x| !x.is_finite() || x.abs() > MAX_RESAMPLED) {
            return Err(AudioError::Resample {
                from: self.from,
                to: self.to,
                msg: format!("sample {i} is {}; samples must be finite", samples[i]),
            });
        }
        let mut out = Vec::with_capacity((samples.len() as f64 * ratio) as usize + 16);
        let mut rest = samples;
        while !rest.is_empty() {
            let chunk = &rest[..rest.len().min(CHUNK)];
            self.buf.resize((chunk.len() as f64 * ratio).ceil() as usize + 1024, 0.0);
            let done = soxr.process(chunk, &mut self.buf).map_err(|e| AudioError::Resample {
                from: self.from,
                to: self.to,
                msg: e.to_string(),
            })?;
            out.extend_from_slice(&self.buf[..done.output_frames]);
            if done.input_frames == 0 && done.output_frames == 0 {
                return Err(self.error("libsoxr made no progress".into()));
            }
            rest = &rest[done.input_frames..];
        }
        self.given += out.len();
        Ok(out)
    }

    /// The rest: the filter's tail, cut or padded so that the whole output has the length
    /// [`resample`] gives.
    pub fn finish(mut self) -> Result<Vec<f32>, AudioError> {
        let ratio = f64::from(self.to) / f64::from(self.from);
        let wanted = (self.taken as f64 * ratio).ceil() as usize;
        let mut out = Vec::new();
        if let Some(soxr) = self.soxr.as_mut() {
            self.buf.resize(4096, 0.0);
            while self.given + out.len() < wanted {
                let n = soxr.drain(&mut self.buf).map_err(|e| AudioError::Resample {
                    from: self.from,
                    to: self.to,
                    msg: e.to_string(),
                })?;
                if n == 0 {
                    break;
                }
                out.extend_from_slice(&self.buf[..n]);
            }
        }
        out.resize(wanted.saturating_sub(self.given), 0.0);
        Ok(out)
    }
}

/// Reads an audio file as mono f32 at `rate` Hz (at most `max_secs` seconds of it).
pub fn read_audio_at(path: &Path, rate: u32, max_secs: f64) -> Result<Audio, AudioError> {
    let audio = read_audio_mono(path, max_secs)?;
    let samples = resample(&audio.samples, audio.sample_rate, rate)?;
    Ok(Audio { samples, sample_rate: rate })
}
