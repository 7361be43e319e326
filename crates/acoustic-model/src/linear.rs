//! Linear layers that a quantized matmul can replace later.
//!
//! Every projection of the talker and the code predictor goes through [`Linear`], an enum over
//! a float weight (candle_nn's `Linear`, `[out, in]` as in PyTorch) and a candle `QMatMul`. The
//! loaders build the float variant; a quantizing loader only has to produce the other one.

use candle_core::quantized::{QMatMul, QTensor};
use candle_core::{Module, Result, Tensor};
use candle_nn::VarBuilder;

#[derive(Debug, Clone)]
pub enum Linear {
    /// `y = x W^T (+ b)` in the model dtype.
    Float(candle_nn::Linear),
    /// `y = x W^T (+ b)` through candle's quantized matmul (GGML block formats).
    Quantized { w: QMatMul, b: Option<Tensor> },
}

impl Linear {
    /// `nn.Linear(in_dim, out_dim, bias)` named like PyTorch (`{prefix}.weight`, `{prefix}.bias`).
    pub fn new(in_dim: usize, out_dim: usize, bias: bool, vb: VarBuilder) -> Result<Self> {
        let w = vb.get((out_dim, in_dim), "weight")?;
        let b = if bias { Some(vb.get(out_dim, "bias")?) } else { None };
        Ok(Self::Float(candle_nn::Linear::new(w, b)))
    }

    /// A quantized replacement for a float layer (weight `[out, in]`).
    pub fn quantized(w: QTensor, b: Option<Tensor>) -> Result<Self> {
        Ok(Self::Quantized { w: QMatMul::from_qtensor(w)?, b })
    }

    /// `(out, in)`.
    pub fn dims(&self) -> (usize, usize) {
        match self {
            Self::Float(l) => l.weight().dims2().unwrap_or((0, 0)),
            Self::Quantized { w, .. } => match w {
                QMatMul::QTensor(t) => t.shape().dims2().unwrap_or((0, 0)),
                QMatMul::Tensor(t) | QMatMul::TensorF16(t) => t.dims2().unwrap_or((0, 0)),
            },
        }
    }
}

impl Module for Linear {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        match self {
            Self::Float(l) => l.forward(xs),
            Self::Quantized { w, b } => {
                let ys = w.forward(xs)?;
                match b {
                    Some(b) => ys.broadcast_add(b),
                    None => Ok(ys),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::quantized::GgmlDType;
    use candle_core::{DType, Device};

    #[test]
    fn quantized_variant_replaces_the_float_one() {
        let dev = Device::Cpu;
        let w = Tensor::randn(0f32, 1.0, (48, 64), &dev).unwrap();
        let b = Tensor::randn(0f32, 1.0, 48, &dev).unwrap();
        let x = Tensor::randn(0f32, 1.0, (2, 3, 64), &dev).unwrap();
        let float = Linear::Float(candle_nn::Linear::new(w.clone(), Some(b.clone())));
        let q =
            Linear::quantized(QTensor::quantize(&w, GgmlDType::Q8_0).unwrap(), Some(b)).unwrap();
        assert_eq!((float.dims(), q.dims()), ((48, 64), (48, 64)));
        let (yf, yq) = (float.forward(&x).unwrap(), q.forward(&x).unwrap());
        assert_eq!(yf.dims(), yq.dims());
        // Q8_0 keeps ~8 bits per weight: outputs agree to about 1% of their scale.
        let err =
            (&yf - &yq).unwrap().abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        let scale = yf.abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        assert!(err < 0.02 * scale, "q8_0 error {err} vs scale {scale}");
        assert_eq!(yq.dtype(), DType::F32);
    }
}
