//! The decoder's upsampling stages (`decoder.upsample`: per ratio a causal transposed conv with
//! kernel = stride and a ConvNeXt block) on the CPU in f32, time-major `[rows, channels]`.
//!
//! Between the transformer and the waveform stack every row of the candle version crossed
//! layouts twice per stage and ran ~25 small tensor ops; at one or two frames per step that
//! cost more than streaming the ~80 MB of weights. Here the transposed conv and the pointwise
//! convs are packed GEMMs over all rows of all streams, and the depthwise conv, LayerNorm, GELU
//! and the scaled residual work in place. Per output the arithmetic depends only on the row's
//! own inputs, so a stream equals the full pass.

use candle_core::Result;
use candle_core::cpu::erf::erf_f32;
use candle_nn::VarBuilder;

use crate::config::DecoderConfig;
use crate::linear::RowLinear;
use crate::time_major::{join_rows, split_rows};

/// ConvNeXt block (`Qwen3TTSTokenizerV2ConvNeXtBlock`): depthwise causal conv k7, LayerNorm
/// (eps 1e-6), Linear 4x, exact GELU, Linear, per-channel gamma, residual.
#[derive(Debug, Clone)]
struct ConvNeXt {
    /// `[k][C]`: tap `j` (tap 0 reads the oldest input) of every channel.
    dw: Vec<f32>,
    dw_bias: Vec<f32>,
    kernel: usize,
    ln_weight: Vec<f32>,
    ln_bias: Vec<f32>,
    pwconv1: RowLinear,
    pwconv2: RowLinear,
    gamma: Vec<f32>,
}

const LN_EPS: f32 = 1e-6;

/// `[out, in]` Linear weight as row-major `[in, out]`.
fn linear(vb: &VarBuilder, in_dim: usize, out_dim: usize) -> Result<RowLinear> {
    let w: Vec<f32> = vb.get((out_dim, in_dim), "weight")?.t()?.flatten_all()?.to_vec1()?;
    Ok(RowLinear::new(&w, in_dim, out_dim, Some(vb.get(out_dim, "bias")?.to_vec1()?)))
}

impl ConvNeXt {
    fn new(dim: usize, vb: VarBuilder) -> Result<Self> {
        let kernel = 7;
        let dw = vb.get((dim, 1, kernel), "dwconv.conv.weight")?;
        Ok(Self {
            dw: dw.squeeze(1)?.t()?.flatten_all()?.to_vec1()?,
            dw_bias: vb.get(dim, "dwconv.conv.bias")?.to_vec1()?,
            kernel,
            ln_weight: vb.get(dim, "norm.weight")?.to_vec1()?,
            ln_bias: vb.get(dim, "norm.bias")?.to_vec1()?,
            pwconv1: linear(&vb.pp("pwconv1"), dim, 4 * dim)?,
            pwconv2: linear(&vb.pp("pwconv2"), 4 * dim, dim)?,
            gamma: vb.get(dim, "gamma")?.to_vec1()?,
        })
    }

    /// `xs`: `b` stream rows of `len` time steps each, `[b * len, C]`, in place. `tails`:
    /// each row's last `kernel - 1` inputs.
    fn step(&self, xs: &mut [f32], len: usize, tails: &mut [&mut Vec<f32>]) {
        if len == 0 {
            return;
        }
        let c = self.dw_bias.len();
        let hist = self.kernel - 1;
        let mut h = vec![0f32; xs.len()];
        let mut padded = Vec::with_capacity((hist + len) * c);
        for ((x, h), tail) in xs.chunks_exact(len * c).zip(h.chunks_exact_mut(len * c)).zip(tails) {
            padded.clear();
            padded.extend_from_slice(tail);
            padded.extend_from_slice(x);
            tail.copy_from_slice(&padded[len * c..]);
            for (t, out) in h.chunks_exact_mut(c).enumerate() {
                // bias + sum_j x[t + j] * w[j], one rounded add per tap as the tensor version.
                out.copy_from_slice(&self.dw_bias);
                for (j, w) in self.dw.chunks_exact(c).enumerate() {
                    let x = &padded[(t + j) * c..(t + j + 1) * c];
                    for ((o, &x), &w) in out.iter_mut().zip(x).zip(w) {
                        *o += x * w;
                    }
                }
                layer_norm(out, &self.ln_weight, &self.ln_bias);
            }
        }
        let mut h = self.pwconv1.forward(&h);
        for v in &mut h {
            // Exact (erf) GELU, as candle's `gelu_erf`.
            *v = (erf_f32(*v * std::f32::consts::FRAC_1_SQRT_2) + 1.) * 0.5 * *v;
        }
        let h = self.pwconv2.forward(&h);
        for (x, h) in xs.chunks_exact_mut(c).zip(h.chunks_exact(c)) {
            for ((x, &h), &g) in x.iter_mut().zip(h).zip(&self.gamma) {
                *x += h * g;
            }
        }
    }
}

/// LayerNorm of one row in place, rounded as candle's `layer_norm` op.
fn layer_norm(xs: &mut [f32], weight: &[f32], bias: &[f32]) {
    let n = xs.len() as f32;
    let (mut sum, mut sum2) = (0f32, 0f32);
    for &v in xs.iter() {
        sum += v;
        sum2 += v * v;
    }
    let mean = sum / n;
    let var = sum2 / n - mean * mean;
    let inv_std = (var + LN_EPS).sqrt().recip();
    for ((x, &w), &b) in xs.iter_mut().zip(weight).zip(bias) {
        *x = (*x - mean) * inv_std * w + b;
    }
}

/// A causal transposed conv with kernel `k = taps * s` (`taps` 1 or 2) and stride `s`, kept
/// to `L * s` outputs: output frame `t` (samples `t*s .. t*s + s`) is one GEMM row over inputs
/// `t - taps + 1 ..= t`, tap 0 (the older input) taking the kernel's second half.
#[derive(Debug, Clone)]
struct TransConv {
    /// `[taps * C_in] -> [s * C_out]`, sample-major within a frame.
    linear: RowLinear,
    taps: usize,
    stride: usize,
}

impl TransConv {
    fn new(channels: usize, kernel: usize, stride: usize, vb: VarBuilder) -> Result<Self> {
        if stride == 0 || (kernel != stride && kernel != 2 * stride) {
            candle_core::bail!(
                "transposed conv kernel {kernel} must be the stride {stride} or twice it"
            )
        }
        let taps = kernel / stride;
        let weight = vb.get((channels, channels, kernel), "weight")?;
        let mut rows = Vec::with_capacity(taps * channels * stride * channels);
        for tap in 0..taps {
            let half = if taps == 2 && tap == 0 { stride } else { 0 };
            // [in, out, s] -> [in, s, out]
            let part = weight.narrow(2, half, stride)?.permute((0, 2, 1))?.contiguous()?;
            rows.extend(part.flatten_all()?.to_vec1::<f32>()?);
        }
        let bias = vb.get(channels, "bias")?.to_vec1::<f32>()?.repeat(stride);
        let linear = RowLinear::new(&rows, taps * channels, stride * channels, Some(bias));
        Ok(Self { linear, taps, stride })
    }

    /// `[b * len, C]` -> `[b * len * s, C]`; `tails`: each row's last `taps - 1` inputs.
    fn step(&self, xs: &[f32], len: usize, tails: &mut [&mut Vec<f32>]) -> Vec<f32> {
        if self.taps == 1 || len == 0 {
            return self.linear.forward(xs);
        }
        let c = self.linear.in_dim() / self.taps;
        let mut lhs = Vec::with_capacity(xs.len() * self.taps);
        for (x, tail) in xs.chunks_exact(len * c).zip(tails) {
            for t in 0..len {
                let prev = if t == 0 { &tail[..] } else { &x[(t - 1) * c..t * c] };
                lhs.extend_from_slice(prev);
                lhs.extend_from_slice(&x[t * c..(t + 1) * c]);
            }
            tail.copy_from_slice(&x[(len - 1) * c..]);
        }
        self.linear.forward(&lhs)
    }
}

#[derive(Debug, Clone)]
pub struct CpuUpsample {
    stages: Vec<(TransConv, ConvNeXt)>,
    channels: usize,
}

/// Per stream row and stage: the transposed conv's and the depthwise conv's input history.
#[derive(Debug, Clone)]
pub struct CpuUpsampleState {
    rows: Vec<Vec<(Vec<f32>, Vec<f32>)>>,
}

impl CpuUpsampleState {
    /// The rows of `parts`, in order, moved into one state for a batched step.
    pub fn join(parts: &mut [&mut Self]) -> Self {
        Self { rows: join_rows(parts.iter_mut().map(|p| &mut p.rows)) }
    }

    /// Moves the rows back to the parts they came from ([`Self::join`]), `sizes[i]` each.
    pub fn split_into(self, parts: &mut [&mut Self], sizes: &[usize]) {
        split_rows(self.rows, parts.iter_mut().map(|p| &mut p.rows).zip(sizes.iter().copied()));
    }

    /// Zeroes the history of the marked rows.
    pub fn reset_rows(&mut self, reset: &[bool]) {
        for (row, _) in self.rows.iter_mut().zip(reset).filter(|(_, r)| **r) {
            for (up, dw) in row {
                up.fill(0.0);
                dw.fill(0.0);
            }
        }
    }
}

impl CpuUpsample {
    /// `vb` points at `decoder.upsample`, on the CPU in f32.
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let c = cfg.latent_dim;
        let stages = cfg
            .upsampling_ratios
            .iter()
            .enumerate()
            .map(|(s, &r)| {
                let vb = vb.pp(s);
                Ok((TransConv::new(c, r, r, vb.pp("0.conv"))?, ConvNeXt::new(c, vb.pp("1"))?))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { stages, channels: c })
    }

    pub fn new_state(&self, batch: usize) -> CpuUpsampleState {
        let c = self.channels;
        let row: Vec<_> = self
            .stages
            .iter()
            .map(|(up, cn)| (vec![0f32; (up.taps - 1) * c], vec![0f32; (cn.kernel - 1) * c]))
            .collect();
        CpuUpsampleState { rows: vec![row; batch] }
    }

    /// `xs`: `b` stream rows of `len` frames, `[b * len, C]` -> `[b * len * prod(ratios), C]`.
    /// `tap` sees each stage's output and its steps per row.
    pub fn step(
        &self,
        xs: Vec<f32>,
        len: usize,
        state: &mut CpuUpsampleState,
        mut tap: impl FnMut(String, &[f32], usize) -> Result<()>,
    ) -> Result<Vec<f32>> {
        let c = self.channels;
        if xs.len() != state.rows.len() * len * c {
            candle_core::bail!(
                "upsample input has {} values, expected {} rows x {len} x {c}",
                xs.len(),
                state.rows.len()
            )
        }
        let (mut xs, mut len) = (xs, len);
        for (s, (up, convnext)) in self.stages.iter().enumerate() {
            let mut tails: Vec<_> = state.rows.iter_mut().map(|r| &mut r[s].0).collect();
            xs = up.step(&xs, len, &mut tails);
            len *= up.stride;
            tap(format!("upsample_{s}_0"), &xs, len)?;
            let mut tails: Vec<_> = state.rows.iter_mut().map(|r| &mut r[s].1).collect();
            convnext.step(&mut xs, len, &mut tails);
            tap(format!("upsample_{s}_1"), &xs, len)?;
        }
        Ok(xs)
    }
}
