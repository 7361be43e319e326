//! SnakeBeta activation with log-scale parameters (`SnakeBeta.forward`):
//! `x + 1/(e^beta + 1e-9) * sin(x e^alpha)^2`, the reciprocal taken first as there.
//!
//! These are the tensor ops of the non-CPU path; the CPU's time-major decoder fuses SnakeBeta
//! into the next conv's input ([`crate::fast_math::snake_row`]).

use candle_core::{Module, Result, Tensor};
use candle_nn::VarBuilder;

#[derive(Debug, Clone)]
pub struct SnakeBeta {
    /// `e^alpha` as `[1, C, 1]`.
    alpha: Tensor,
    /// `1 / (e^beta + 1e-9)` as `[1, C, 1]`.
    inv_beta: Tensor,
}

impl SnakeBeta {
    pub fn new(channels: usize, vb: VarBuilder) -> Result<Self> {
        let alpha = vb.get(channels, "alpha")?.exp()?;
        let beta = vb.get(channels, "beta")?.exp()?;
        let inv_beta = (beta + 1e-9)?.recip()?;
        Ok(Self {
            alpha: alpha.reshape((1, channels, 1))?,
            inv_beta: inv_beta.reshape((1, channels, 1))?,
        })
    }
}

impl SnakeBeta {
    /// `e^alpha` and `1 / (e^beta + 1e-9)` per channel, as f32 values.
    pub fn constants(&self) -> Result<(Vec<f32>, Vec<f32>)> {
        let values = |t: &Tensor| t.flatten_all()?.to_dtype(candle_core::DType::F32)?.to_vec1();
        Ok((values(&self.alpha)?, values(&self.inv_beta)?))
    }
}

impl Module for SnakeBeta {
    /// xs: `[B, C, T]`.
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let s = xs.broadcast_mul(&self.alpha)?.sin()?.sqr()?;
        xs + s.broadcast_mul(&self.inv_beta)?
    }
}
