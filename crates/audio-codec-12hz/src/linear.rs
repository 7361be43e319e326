//! A linear layer whose matmul is the same for every row however many rows a call has.
//!
//! candle_nn's `Linear` multiplies by a transposed view of the `[out, in]` weight, and on the
//! CPU that path rounds differently for small row counts (<= 16) than for large ones, so a
//! stream fed frame by frame would drift from the full pass by float noise that the decoder's
//! large SnakeBeta activations amplify. Storing the weight transposed and contiguous, and
//! multiplying a contiguous 2-D `[rows, in]` left side, keeps each row's arithmetic fixed.

use candle_core::{Module, Result, Tensor};
use candle_nn::VarBuilder;

#[derive(Debug, Clone)]
pub struct Linear {
    /// `[in, out]`, contiguous.
    weight_t: Tensor,
    bias: Option<Tensor>,
}

impl Linear {
    /// From a stored `[out, in]` weight (PyTorch `nn.Linear`, or a 1x1 conv squeezed).
    pub fn from_weight(weight: &Tensor, bias: Option<Tensor>) -> Result<Self> {
        Ok(Self { weight_t: weight.t()?.contiguous()?, bias })
    }

    pub fn new(in_dim: usize, out_dim: usize, bias: bool, vb: VarBuilder) -> Result<Self> {
        let weight = vb.get((out_dim, in_dim), "weight")?;
        let bias = if bias { Some(vb.get(out_dim, "bias")?) } else { None };
        Self::from_weight(&weight, bias)
    }

    pub fn out_dim(&self) -> Result<usize> {
        self.weight_t.dim(1)
    }
}

impl Module for Linear {
    /// xs: `[..., in]` -> `[..., out]`.
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let dims = xs.dims().to_vec();
        let Some((&in_dim, lead)) = dims.split_last() else {
            candle_core::bail!("linear on a scalar")
        };
        let rows: usize = lead.iter().product();
        let ys = xs.contiguous()?.reshape((rows, in_dim))?.matmul(&self.weight_t)?;
        let ys = match &self.bias {
            Some(b) => ys.broadcast_add(b)?,
            None => ys,
        };
        let mut out_dims = lead.to_vec();
        out_dims.push(self.weight_t.dim(1)?);
        ys.reshape(out_dims)
    }
}
