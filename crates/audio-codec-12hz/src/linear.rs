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
    Packed(RowLinear),
}

/// A packed linear map on time-major f32 rows: `[rows, in] -> [rows, out]`, each output the
/// bias (or zero) plus the kernel's in-order sum.
#[derive(Debug, Clone)]
pub struct RowLinear {
    weight: PackedMatrix,
    bias: Option<Vec<f32>>,
    in_dim: usize,
    out_dim: usize,
}

impl RowLinear {
    /// From a row-major `[in, out]` matrix and an optional `[out]` bias.
    pub fn new(rows: &[f32], in_dim: usize, out_dim: usize, bias: Option<Vec<f32>>) -> Self {
        if let Some(b) = &bias {
            assert_eq!(b.len(), out_dim, "linear bias has the wrong size");
        }
        Self { weight: PackedMatrix::new(rows, in_dim, out_dim), bias, in_dim, out_dim }
    }

    pub fn in_dim(&self) -> usize {
        self.in_dim
    }

    pub fn out_dim(&self) -> usize {
        self.out_dim
    }

    /// `xs [rows, in]` -> `[rows, out]`, the columns split across the rayon threads when the
    /// product is large enough.
    pub fn forward(&self, xs: &[f32]) -> Vec<f32> {
        let (k, n) = (self.in_dim, self.out_dim);
        assert_eq!(xs.len() % k, 0, "linear input is not whole rows of {k}");
        let rows = xs.len() / k;
        let mut ys = match &self.bias {
            Some(b) => b.repeat(rows),
            None => vec![0f32; rows * n],
        };
        let all = RowGroup { rows, lhs_start: 0, lhs_rs: k, dst_start: 0, dst_rs: n };
        self.weight.matmul_acc(xs, &mut ys, &[all], Parallelism::Rayon(0));
        ys
    }
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
        Ok(Self::Packed(RowLinear::new(&rows, in_dim, out_dim, bias)))
    }

    pub fn new(in_dim: usize, out_dim: usize, bias: bool, vb: VarBuilder) -> Result<Self> {
        let weight = vb.get((out_dim, in_dim), "weight")?;
        let bias = if bias { Some(vb.get(out_dim, "bias")?) } else { None };
        Self::from_weight(&weight, bias)
    }

    pub fn out_dim(&self) -> Result<usize> {
        match self {
            Self::Transposed { weight_t, .. } => weight_t.dim(1),
            Self::Packed(l) => Ok(l.out_dim),
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
            Self::Packed(l) => {
                let k = l.in_dim;
                if in_dim != k || xs.dtype() != DType::F32 || !xs.device().is_cpu() {
                    candle_core::bail!(
                        "linear takes f32 CPU [.., {k}], got {:?} {:?} on {:?}",
                        xs.dtype(),
                        xs.dims(),
                        xs.device()
                    )
                }
                let lhs: Vec<f32> = xs.flatten_all()?.to_vec1()?;
                Tensor::from_vec(l.forward(&lhs), out_dims, xs.device())
            }
        }
    }
}
