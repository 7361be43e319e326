//! A linear layer whose matmul is the same for every row however many rows a call has.
//!
//! A stream fed frame by frame must not drift from the full pass by float noise that the
//! decoder's large SnakeBeta activations amplify, so each row's arithmetic must not depend on
//! the row count. On the CPU in f32 the weight is packed once for [`PackedMatrix`] (which
//! also avoids re-packing it on every small streaming step); elsewhere it is stored transposed
//! and contiguous, and a contiguous 2-D `[rows, in]` left side is multiplied by it (candle's
//! transposed-rhs matmul rounds differently for <= 16 rows than for more).

use candle_core::{DType, Module, Result, Tensor};
use candle_nn::VarBuilder;
use gemm::Parallelism;

use crate::packed_gemm::{PackedMatrix, RowGroup};

#[derive(Debug, Clone)]
pub enum Linear {
    /// `[in, out]`, contiguous.
    Transposed { weight_t: Tensor, bias: Option<Tensor> },
    /// CPU, f32.
    Packed { weight: PackedMatrix, bias: Option<Vec<f32>>, in_dim: usize, out_dim: usize },
}

impl Linear {
    /// From a stored `[out, in]` weight (PyTorch `nn.Linear`, or a 1x1 conv squeezed).
    pub fn from_weight(weight: &Tensor, bias: Option<Tensor>) -> Result<Self> {
        let weight_t = weight.t()?.contiguous()?;
        if !(weight.device().is_cpu() && weight.dtype() == DType::F32) {
            return Ok(Self::Transposed { weight_t, bias });
        }
        let (in_dim, out_dim) = weight_t.dims2()?;
        let rows: Vec<f32> = weight_t.flatten_all()?.to_vec1()?;
        let bias = bias.map(|b| b.to_dtype(DType::F32)?.to_vec1()).transpose()?;
        Ok(Self::Packed {
            weight: PackedMatrix::new(&rows, in_dim, out_dim),
            bias,
            in_dim,
            out_dim,
        })
    }

    pub fn new(in_dim: usize, out_dim: usize, bias: bool, vb: VarBuilder) -> Result<Self> {
        let weight = vb.get((out_dim, in_dim), "weight")?;
        let bias = if bias { Some(vb.get(out_dim, "bias")?) } else { None };
        Self::from_weight(&weight, bias)
    }

    pub fn out_dim(&self) -> Result<usize> {
        match self {
            Self::Transposed { weight_t, .. } => weight_t.dim(1),
            Self::Packed { out_dim, .. } => Ok(*out_dim),
        }
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
        let mut out_dims = lead.to_vec();
        out_dims.push(self.out_dim()?);
        match self {
            Self::Transposed { weight_t, bias } => {
                let ys = xs.contiguous()?.reshape((rows, in_dim))?.matmul(weight_t)?;
                let ys = match bias {
                    Some(b) => ys.broadcast_add(b)?,
                    None => ys,
                };
                ys.reshape(out_dims)
            }
            Self::Packed { weight, bias, in_dim: k, out_dim: n } => {
                if in_dim != *k || xs.dtype() != DType::F32 || !xs.device().is_cpu() {
                    candle_core::bail!(
                        "linear takes f32 CPU [.., {k}], got {:?} {:?} on {:?}",
                        xs.dtype(),
                        xs.dims(),
                        xs.device()
                    )
                }
                let lhs: Vec<f32> = xs.flatten_all()?.to_vec1()?;
                let mut ys = match bias {
                    Some(b) => b.repeat(rows),
                    None => vec![0f32; rows * n],
                };
                let all = RowGroup { rows, lhs_start: 0, lhs_rs: *k, dst_start: 0, dst_rs: *n };
                weight.matmul_acc(&lhs, &mut ys, &[all], Parallelism::Rayon(0));
                Tensor::from_vec(ys, out_dims, xs.device())
            }
        }
    }
}
