//! Causal convolutions of the 12 Hz decoder, written for streaming.
//!
//! Every decoder conv is causal with stride 1 (`Qwen3TTSTokenizerV2CausalConvNet`: left zero pad
//! of `(k-1)*d`, nothing on the right) and every transposed conv keeps `L*s` samples
//! (`Qwen3TTSTokenizerV2CausalTransConvNet`: the last `k-s` are dropped). A stream therefore only
//! needs the last `(k-1)*d` inputs of each conv and the overlap of each transposed conv; feeding
//! all frames at once through a fresh state is exactly the reference full pass.
//!
//! Matmul inputs are made contiguous first: candle 0.11.1's CPU matmul returns wrong rows for a
//! batched (B > 1) left operand that is a transposed view (found by the batch-vs-single test).
//!
//! The weights are stored in the layouts the matmuls want, so the heavy work is a GEMM (the
//! depthwise conv is a few shifted multiply-adds: candle's grouped conv1d splits into one conv
//! per channel and is very slow).

use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::VarBuilder;

use crate::linear::Linear;

/// Per-stream state of a causal conv: the last `(k-1)*d` input samples, per batch row.
#[derive(Debug, Clone, Default)]
pub struct ConvState {
    tail: Option<Tensor>,
}

impl ConvState {
    /// Zeroes the rows whose `keep` entry is 0 (`keep`: [B] of 0/1 in the activation dtype).
    pub fn reset_rows(&mut self, keep: &Tensor) -> Result<()> {
        if let Some(t) = &self.tail {
            self.tail = Some(t.broadcast_mul(&keep.reshape((t.dim(0)?, 1, 1))?)?);
        }
        Ok(())
    }
}

impl ConvState {
    /// One state for the rows of `parts` in order (`sizes[i]` rows each), for a batched step;
    /// a fresh part's implicit zeros become explicit. The parts are left fresh until
    /// [`Self::split_into`] hands the rows back.
    pub fn join(parts: &mut [&mut ConvState], sizes: &[usize]) -> Result<Self> {
        let Some(like) = parts.iter().find_map(|p| p.tail.clone()) else {
            return Ok(Self::default());
        };
        let (_, c, history) = like.dims3()?;
        let tails = parts
            .iter_mut()
            .zip(sizes)
            .map(|(p, &b)| match p.tail.take() {
                Some(t) => Ok(t),
                None => Tensor::zeros((b, c, history), like.dtype(), like.device()),
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { tail: Some(Tensor::cat(&tails, 0)?) })
    }

    /// Gives each part its rows back (the inverse of [`Self::join`]).
    pub fn split_into(self, parts: &mut [&mut ConvState], sizes: &[usize]) -> Result<()> {
        let Some(tail) = self.tail else { return Ok(()) };
        let mut row = 0;
        for (p, &b) in parts.iter_mut().zip(sizes) {
            p.tail = Some(tail.narrow(0, row, b)?);
            row += b;
        }
        Ok(())
    }
}

/// Prepends the stored tail (zeros for a fresh stream) and keeps the new tail.
fn with_history(xs: &Tensor, state: &mut ConvState, history: usize) -> Result<Tensor> {
    if history == 0 {
        return xs.contiguous();
    }
    let (b, c, _) = xs.dims3()?;
    let prev = match state.tail.take() {
        Some(t) => t,
        None => Tensor::zeros((b, c, history), xs.dtype(), xs.device())?,
    };
    let xs = Tensor::cat(&[&prev, xs], 2)?;
    let len = xs.dim(2)?;
    state.tail = Some(xs.narrow(2, len - history, history)?.contiguous()?);
    Ok(xs)
}

/// Causal Conv1d, stride 1, any dilation, as im2col + one GEMM. Input and output are `[B, C, T]`.
#[derive(Debug, Clone)]
pub struct CausalConv1d {
    /// The `[out, in, k]` weight as a `[in * k] -> [out]` linear map.
    linear: Linear,
    kernel: usize,
    dilation: usize,
    /// `(k - 1) * dilation`: samples of history the conv needs.
    history: usize,
}

/// Output positions per im2col block: bounds the `[block, in * k]` temporary.
const IM2COL_BLOCK: usize = 4096;

impl CausalConv1d {
    pub fn new(
        in_c: usize,
        out_c: usize,
        k: usize,
        dilation: usize,
        vb: VarBuilder,
    ) -> Result<Self> {
        let weight = vb.get((out_c, in_c, k), "weight")?.reshape((out_c, in_c * k))?;
        let linear = Linear::from_weight(&weight, Some(vb.get(out_c, "bias")?))?;
        Ok(Self { linear, kernel: k, dilation, history: (k - 1) * dilation })
    }

    pub fn step(&self, xs: &Tensor, state: &mut ConvState) -> Result<Tensor> {
        let xs = with_history(xs, state, self.history)?;
        let (b, c, padded) = xs.dims3()?;
        let len = padded - self.history;
        let mut blocks = Vec::with_capacity(len.div_ceil(IM2COL_BLOCK));
        for start in (0..len).step_by(IM2COL_BLOCK) {
            let n = IM2COL_BLOCK.min(len - start);
            // cols[b, t, c * k + j] = x[b, c, start + t + j * dilation]
            let taps = (0..self.kernel)
                .map(|j| xs.narrow(2, start + j * self.dilation, n))
                .collect::<Result<Vec<_>>>()?;
            let cols =
                Tensor::stack(&taps, 2)?.reshape((b, c * self.kernel, n))?.transpose(1, 2)?;
            blocks.push(self.linear.forward(&cols)?.transpose(1, 2)?);
        }
        Tensor::cat(&blocks, 2)
    }
}

/// Causal depthwise Conv1d (`groups == channels`) as shifted multiply-adds.
#[derive(Debug, Clone)]
pub struct CausalDepthwiseConv1d {
    /// `[C, 1, k]` as stored, reshaped to `[k]` columns of `[1, C, 1]`.
    taps: Vec<Tensor>,
    bias: Tensor,
}

impl CausalDepthwiseConv1d {
    pub fn new(channels: usize, k: usize, vb: VarBuilder) -> Result<Self> {
        let weight = vb.get((channels, 1, k), "weight")?;
        let taps = (0..k)
            .map(|j| weight.narrow(2, j, 1)?.reshape((1, channels, 1)))
            .collect::<Result<Vec<_>>>()?;
        let bias = vb.get(channels, "bias")?.reshape((1, channels, 1))?;
        Ok(Self { taps, bias })
    }

    pub fn step(&self, xs: &Tensor, state: &mut ConvState) -> Result<Tensor> {
        let len = xs.dim(2)?;
        let k = self.taps.len();
        let xs = with_history(xs, state, k - 1)?;
        // out[t] = bias + sum_j w[j] * x[t + j]   (x already left-padded by k-1).
        let mut ys = self.bias.broadcast_as((xs.dim(0)?, xs.dim(1)?, len))?.contiguous()?;
        for (j, w) in self.taps.iter().enumerate() {
            ys = (ys + xs.narrow(2, j, len)?.broadcast_mul(w)?)?;
        }
        Ok(ys)
    }
}

/// Per-stream state of a transposed conv with `k = 2s`: the second half of the last frame's
/// contribution (bias not included), which overlaps the next frame's first half.
#[derive(Debug, Clone, Default)]
pub struct TransConvState {
    overlap: Option<Tensor>,
}

impl TransConvState {
    pub fn reset_rows(&mut self, keep: &Tensor) -> Result<()> {
        if let Some(t) = &self.overlap {
            self.overlap = Some(t.broadcast_mul(&keep.reshape((t.dim(0)?, 1, 1))?)?);
        }
        Ok(())
    }
}

/// Causal ConvTranspose1d with stride `s` and kernel `k = s` or `k = 2s`, right-trimmed to `L*s`
/// samples, computed as one GEMM plus an overlap-add.
#[derive(Debug, Clone)]
pub struct CausalConvTranspose1d {
    /// `[in, out * k]`: the stored `[in, out, k]` weight flattened for `xs^T @ w`.
    weight: Tensor,
    bias: Tensor,
    out_c: usize,
    stride: usize,
    kernel: usize,
}

impl CausalConvTranspose1d {
    pub fn new(
        in_c: usize,
        out_c: usize,
        kernel: usize,
        stride: usize,
        vb: VarBuilder,
    ) -> Result<Self> {
        if kernel != stride && kernel != 2 * stride {
            candle_core::bail!(
                "transposed conv kernel {kernel} must be the stride {stride} or twice it"
            )
        }
        let weight = vb.get((in_c, out_c, kernel), "weight")?.reshape((in_c, out_c * kernel))?;
        let bias = vb.get(out_c, "bias")?.reshape((1, out_c, 1))?;
        Ok(Self { weight, bias, out_c, stride, kernel })
    }

    pub fn step(&self, xs: &Tensor, state: &mut TransConvState) -> Result<Tensor> {
        let (b, _, len) = xs.dims3()?;
        let s = self.stride;
        // [B, T, in] x [in, out*k] -> [B, T, out, k]: frame t's contribution to samples t*s..t*s+k.
        let frames = xs.transpose(1, 2)?.contiguous()?.broadcast_matmul(&self.weight)?;
        let frames = frames.reshape((b, len, self.out_c, self.kernel))?;
        let mut ys = frames.narrow(3, 0, s)?;
        if self.kernel == 2 * s {
            let second = frames.narrow(3, s, s)?;
            let prev = match state.overlap.take() {
                Some(t) => t.unsqueeze(1)?,
                None => Tensor::zeros((b, 1, self.out_c, s), xs.dtype(), xs.device())?,
            };
            // Frame t's first half overlaps frame t-1's second half.
            let shifted = Tensor::cat(&[&prev, &second.narrow(1, 0, len - 1)?], 1)?;
            state.overlap = Some(second.narrow(1, len - 1, 1)?.squeeze(1)?.contiguous()?);
            ys = (ys + shifted)?;
        }
        // [B, T, out, s] -> [B, out, T*s]
        let ys = ys.permute((0, 2, 1, 3))?.reshape((b, self.out_c, len * s))?;
        ys.broadcast_add(&self.bias)
    }
}

/// `[B]` keep-mask (1 keeps a row's state, 0 resets it).
pub fn keep_mask(reset: &[bool], dtype: DType, dev: &Device) -> Result<Tensor> {
    let keep: Vec<f32> = reset.iter().map(|&r| if r { 0.0 } else { 1.0 }).collect();
    Tensor::new(keep, dev)?.to_dtype(dtype)
}

/// Applies `f` along the last axis of a `[B, C, T]` tensor laid out as `[B, T, C]`.
pub fn channels_last<F: Fn(&Tensor) -> Result<Tensor>>(xs: &Tensor, f: F) -> Result<Tensor> {
    f(&xs.transpose(1, 2)?.contiguous()?)?.transpose(1, 2)
}
