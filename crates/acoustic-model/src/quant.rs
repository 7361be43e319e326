//! Weight formats of the acoustic model: float dtypes and quantized matmuls made at load time
//! from the checkpoint's float weights. How close a quantized model stays to f32 is measured
//! by [`crate::quant_quality`].
//!
//! A quantized model keeps its activations, norms, embeddings and KV cache in f32; only the
//! projection weights change format. Which projections, and in which format, is a
//! [`QuantPlan`]; [`ModelDtype`] names the plans the engine offers (`q8_0`, `q5_0`, `q4k`).

use std::fmt;
use std::str::FromStr;

use candle_core::DType;
use candle_core::quantized::GgmlDType;

/// The format of the acoustic model's weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelDtype {
    /// Every weight and activation in this dtype (f32 is the exact reference mode).
    Float(DType),
    /// Projections as GGML Q8_0 (8-bit, one f16 scale per 32 weights), f32 elsewhere; on
    /// AVX-512 VNNI CPUs through [`crate::int8`].
    Q8_0,
    /// Decoder projections as GGML Q4_K (4.5 bits per weight in 256-blocks), the output heads
    /// and projections as Q8_0 (see [`QuantPlan::for_dtype`]), f32 elsewhere.
    Q4K,
    /// The code predictor's layers and the talker's MLP as GGML Q5_0 (5-bit, one f16 scale per
    /// 32 weights: the code predictor's weights are read 15 times per frame, three quarters of
    /// a frame's bytes at Q8_0), the talker's attention, output heads and projections as Q8_0
    /// (see [`QuantPlan::for_dtype`]), f32 elsewhere; on AVX-512 VNNI CPUs through
    /// [`crate::int8`].
    Q5_0,
}

impl ModelDtype {
    pub const NAMES: &'static str = "f32, bf16, f16, q8_0, q5_0, q4k";

    /// The dtype of activations, embeddings, norms and the KV cache.
    pub fn activation_dtype(self) -> DType {
        match self {
            Self::Float(d) => d,
            Self::Q8_0 | Self::Q5_0 | Self::Q4K => DType::F32,
        }
    }

    pub fn is_quantized(self) -> bool {
        !matches!(self, Self::Float(_))
    }
}

impl From<DType> for ModelDtype {
    fn from(d: DType) -> Self {
        Self::Float(d)
    }
}

impl FromStr for ModelDtype {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "f32" | "float32" => Ok(Self::Float(DType::F32)),
            "bf16" | "bfloat16" => Ok(Self::Float(DType::BF16)),
            "f16" | "float16" => Ok(Self::Float(DType::F16)),
            "q8_0" | "q8" => Ok(Self::Q8_0),
            "q4k" | "q4_k" => Ok(Self::Q4K),
            "q5_0" | "q5" => Ok(Self::Q5_0),
            other => Err(format!("unknown dtype {other:?}; valid: {}", Self::NAMES)),
        }
    }
}

impl fmt::Display for ModelDtype {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Float(DType::F32) => f.write_str("f32"),
            Self::Float(DType::BF16) => f.write_str("bf16"),
            Self::Float(DType::F16) => f.write_str("f16"),
            Self::Float(d) => write!(f, "{d:?}"),
            Self::Q8_0 => f.write_str("q8_0"),
            Self::Q4K => f.write_str("q4k"),
            Self::Q5_0 => f.write_str("q5_0"),
        }
    }
}

/// Quantization of one decoder stack's projections (`None` = float).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StackQuant {
    /// q/k/v/o projections.
    pub attention: Option<GgmlDType>,
    /// gate/up/down projections.
    pub mlp: Option<GgmlDType>,
}

impl StackQuant {
    pub fn all(q: Option<GgmlDType>) -> Self {
        Self { attention: q, mlp: q }
    }
}

/// Which projections are quantized, and to what. Layers whose input dimension the format's
/// blocks do not tile fall back (Q4K -> Q8_0 -> float, see [`crate::linear::fit_quantization`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuantPlan {
    pub talker: StackQuant,
    pub code_predictor: StackQuant,
    /// `codec_head` and the code predictor's `lm_head`s (their outputs are the logits).
    pub heads: Option<GgmlDType>,
    /// `text_projection` (prompt time only) and `small_to_mtp_projection`.
    pub projections: Option<GgmlDType>,
    /// Storage dtype of the text embedding table (`None`: the model dtype). It is only
    /// gathered at prompt time, row by row, and it is the biggest tensor (0.6B and 1.7B:
    /// 151936 x 2048): bf16 halves its memory against f32 and is lossless for the released
    /// checkpoints, which store it in bf16.
    pub text_embedding: Option<DType>,
}

impl QuantPlan {
    /// Every projection float.
    pub const NONE: Self = Self {
        talker: StackQuant { attention: None, mlp: None },
        code_predictor: StackQuant { attention: None, mlp: None },
        heads: None,
        projections: None,
        text_embedding: None,
    };

    /// Every projection in `q`.
    pub fn uniform(q: GgmlDType) -> Self {
        Self {
            talker: StackQuant::all(Some(q)),
            code_predictor: StackQuant::all(Some(q)),
            heads: Some(q),
            projections: Some(q),
            text_embedding: Some(DType::BF16),
        }
    }

    /// The plan behind each [`ModelDtype`] (quantized ones keep the text embedding in bf16).
    /// Q4K keeps the heads and projections at Q8_0: they are ~3% of the weights read per frame
    /// (0.6B: 34 M of 1.65 G) but write the logits directly; measured at the 0.6B dimensions
    /// (`quant_quality` example), Q4K heads alone cost the logits 0.998 cosine, Q8_0 heads
    /// 0.99998.
    pub fn for_dtype(d: ModelDtype) -> Self {
        match d {
            ModelDtype::Float(_) => Self::NONE,
            ModelDtype::Q8_0 => Self::uniform(GgmlDType::Q8_0),
            ModelDtype::Q4K => Self {
                heads: Some(GgmlDType::Q8_0),
                projections: Some(GgmlDType::Q8_0),
                ..Self::uniform(GgmlDType::Q4K)
            },
            // The talker's MLP in Q5_0 as well (two thirds of its weights): 0.6B talker / code
            // predictor logit cosine 0.99777 / 0.99225 (quant_quality, 16 frames; code predictor
            // alone in Q5_0: 0.99959 / 0.99354). Its attention too costs 0.9906 / 0.9806, under
            // the 0.99 bar: the code predictor reads the talker's hidden state.
            ModelDtype::Q5_0 => Self {
                talker: StackQuant { attention: Some(GgmlDType::Q8_0), mlp: Some(GgmlDType::Q5_0) },
                code_predictor: StackQuant::all(Some(GgmlDType::Q5_0)),
                ..Self::uniform(GgmlDType::Q8_0)
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dtype_names_round_trip() {
        for name in ["f32", "bf16", "f16", "q8_0", "q5_0", "q4k"] {
            let d: ModelDtype = name.parse().unwrap();
            assert_eq!(d.to_string(), name);
        }
        let err = "f64".parse::<ModelDtype>().unwrap_err();
        assert!(err.contains("valid: f32, bf16, f16, q8_0, q5_0, q4k"), "{err}");
        assert_eq!(ModelDtype::Q4K.activation_dtype(), DType::F32);
        assert_eq!(ModelDtype::Float(DType::BF16).activation_dtype(), DType::BF16);
    }
}
