//! The precision of the decoder's waveform convolutions on the CPU.

use std::fmt;
use std::str::FromStr;

/// What the vocoder's convolutions (~95% of the decoder's arithmetic) store their weights in and
/// multiply in; the rest of the decoder always computes in f32.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodecDtype {
    /// The reference's arithmetic.
    #[default]
    F32,
    /// Weights and activations rounded to bfloat16, products summed in f32 (see
    /// `packed_gemm`): half the weight memory, and twice the multiply-adds per cycle on CPUs
    /// with AVX-512 BF16 ([`CodecDtype::bf16_native`]); other CPUs compute the same values
    /// more slowly.
    Bf16,
}

impl CodecDtype {
    /// Whether this CPU multiplies bf16 in hardware (AVX-512 BF16).
    pub fn bf16_native() -> bool {
        crate::packed_gemm::bf16_native()
    }
}

impl fmt::Display for CodecDtype {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::F32 => "f32",
            Self::Bf16 => "bf16",
        })
    }
}

impl FromStr for CodecDtype {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "f32" => Ok(Self::F32),
            "bf16" => Ok(Self::Bf16),
            other => Err(format!("unknown codec dtype {other:?}; valid: f32, bf16")),
        }
    }
}
