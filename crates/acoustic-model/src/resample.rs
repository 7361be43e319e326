//! Resampling of reference audio to the speaker encoder's 24 kHz.

use candle_core::{Result, bail};

/// Resamples mono `wav` from `from` Hz to `to` Hz.
pub fn resample(wav: &[f32], from: u32, to: u32) -> Result<Vec<f32>> {
    if from == to {
        return Ok(wav.to_vec());
    }
    bail!(
        "reference audio at {from} Hz must be resampled to {to} Hz first; resampling is not built in yet"
    )
}
