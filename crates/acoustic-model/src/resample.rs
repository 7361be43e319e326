//! Resampling of reference audio to the speaker encoder's 24 kHz.
//!
//! The reference resamples non-24 kHz references with `librosa.resample` (soxr "HQ"). We use
//! rubato's synchronous FFT resampler: a different, equally band-limited filter, so x-vectors of
//! resampled audio are close to the reference's but not bit-equal (24 kHz input is untouched).

use candle_core::{Result, bail};
use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

/// Resamples mono `wav` from `from` Hz to `to` Hz; the output has `ceil(len * to / from)`
/// samples, aligned with the input (rubato trims its filter delay).
pub fn resample(wav: &[f32], from: u32, to: u32) -> Result<Vec<f32>> {
    if from == 0 || to == 0 {
        bail!("cannot resample from {from} Hz to {to} Hz")
    }
    if from == to || wav.is_empty() {
        return Ok(wav.to_vec());
    }
    let err = |e: &dyn std::fmt::Display| {
        candle_core::Error::Msg(format!("resample {from} -> {to} Hz: {e}"))
    };
    let mut r = Fft::<f32>::new(from as usize, to as usize, 1024, 1, FixedSync::Input)
        .map_err(|e| err(&e))?;
    let n = wav.len();
    let cap = r.process_all_needed_output_len(n);
    let mut out = vec![0f32; cap];
    let input = InterleavedSlice::new(wav, 1, n).map_err(|e| err(&e))?;
    let mut output = InterleavedSlice::new_mut(&mut out, 1, cap).map_err(|e| err(&e))?;
    let (_, produced) =
        r.process_all_into_buffer(&input, &mut output, n, None).map_err(|e| err(&e))?;
    out.truncate(produced);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_keeps_its_frequency_and_length() {
        let (from, to) = (16000u32, 24000u32);
        let tone = |i: usize, sr: u32| {
            (2.0 * std::f32::consts::PI * 440.0 * i as f32 / sr as f32).sin() * 0.5
        };
        let x: Vec<f32> = (0..16000).map(|i| tone(i, from)).collect();
        let y = resample(&x, from, to).unwrap();
        assert_eq!(y.len(), 24000);
        // Away from the edges the resampled tone is the tone sampled at 24 kHz.
        let err = (500..y.len() - 500).map(|i| (y[i] - tone(i, to)).abs()).fold(0f32, f32::max);
        assert!(err < 1e-3, "resampled sine off by {err}");
        assert_eq!(resample(&x, 24000, 24000).unwrap(), x);
        assert!(resample(&x, 0, 24000).is_err());
    }
}
