//! Causal convolutions on time-major `[T, C]` f32 buffers as single strided GEMMs, for the CPU.
//!
//! In a time-major buffer the `k` input rows that one output row of a stride-1, dilation-1
//! causal conv reads are consecutive in memory: row `t` of the im2col matrix is the slice
//! `[t * C, (t + k) * C)` of the left-padded input. So the conv is one GEMM whose left operand
//! has row stride `C` and `k * C` columns, read in place: no im2col copy, no transposes. A
//! dilated conv becomes the same after splitting time into `d` phases (`t mod d`); the padded
//! input is written phase by phase ([`PaddedInput`]), by whatever produced it (SnakeBeta, or a
//! copy), and each phase is one GEMM writing every `d`-th output row.
//!
//! A transposed conv with kernel `2s` and stride `s` (`Qwen3TTSTokenizerV2CausalTransConvNet`,
//! right-trimmed to `L * s`) is a causal conv with two taps over the input frames and `s * out`
//! output channels: output frame `t` holds samples `t*s .. t*s+s` and reads inputs `t-1` (the
//! kernel's second half) and `t` (its first half). Its output buffer read as `[T * s, out]` is
//! the time-major output. Kernel `s` (no overlap) is the one-tap case.
//!
//! The GEMMs multiply by weights packed once at load ([`PackedMatrix`]), whose arithmetic per
//! output row does not depend on the number of rows in a call: streaming equals the full pass.

use candle_core::{Result, Tensor, bail};
use gemm::Parallelism;

use crate::dtype::CodecDtype;
use crate::packed_gemm::{PackedMatrix, RowGroup};

/// A causal conv as a GEMM over a padded time-major input.
#[derive(Debug, Clone)]
pub struct TimeMajorConv {
    /// `[taps * in_c, out_w]`: row `j * in_c + c` holds tap `j`'s weights of input channel `c`
    /// (tap 0 reads the oldest input).
    weight: PackedMatrix,
    /// `[out_w]`.
    bias: Vec<f32>,
    in_c: usize,
    /// Output values per input time step (`out_c`, or `s * out_c` for a transposed conv).
    out_w: usize,
    taps: usize,
    dilation: usize,
}

impl TimeMajorConv {
    /// From a `Conv1d` weight `[out, in, k]` and bias `[out]` (causal, stride 1), multiplying
    /// in `dtype`.
    pub fn conv(
        weight: &Tensor,
        bias: &Tensor,
        dilation: usize,
        dtype: CodecDtype,
    ) -> Result<Self> {
        let (out_c, in_c, k) = weight.dims3()?;
        if dilation == 0 {
            bail!("conv dilation must be at least 1")
        }
        // [out, in, k] -> [k, in, out]
        let weight = weight.permute((2, 1, 0))?.contiguous()?.flatten_all()?.to_vec1()?;
        let bias = bias.to_vec1::<f32>()?;
        if bias.len() != out_c {
            bail!("conv bias has {} values for {out_c} output channels", bias.len())
        }
        let weight = PackedMatrix::with_precision(&weight, k * in_c, out_c, dtype);
        Ok(Self { weight, bias, in_c, out_w: out_c, taps: k, dilation })
    }

    /// From a `ConvTranspose1d` weight `[in, out, k]` and bias `[out]`, stride `s`, `k = s` or
    /// `k = 2s`, keeping `L * s` outputs, multiplying in `dtype`.
    pub fn transposed(
        weight: &Tensor,
        bias: &Tensor,
        stride: usize,
        dtype: CodecDtype,
    ) -> Result<Self> {
        let (in_c, out_c, k) = weight.dims3()?;
        if stride == 0 || (k != stride && k != 2 * stride) {
            bail!("transposed conv kernel {k} must be the stride {stride} or twice it")
        }
        let taps = k / stride;
        // Output frame t = x[t] * w[.., .., 0..s] + x[t-1] * w[.., .., s..2s]: tap 0 (the older
        // input) takes the kernel's second half. Each tap is [in, s, out] flattened to
        // [in, s * out] (sample-major within a frame).
        let mut parts = Vec::with_capacity(taps);
        for tap in 0..taps {
            let half = if taps == 2 && tap == 0 { stride } else { 0 };
            parts.push(weight.narrow(2, half, stride)?.permute((0, 2, 1))?.contiguous()?);
        }
        let weight = Tensor::cat(&parts, 0)?.flatten_all()?.to_vec1()?;
        let bias = bias.to_vec1::<f32>()?;
        if bias.len() != out_c {
            bail!("transposed conv bias has {} values for {out_c} output channels", bias.len())
        }
        let bias = bias.repeat(stride);
        let weight = PackedMatrix::with_precision(&weight, taps * in_c, stride * out_c, dtype);
        Ok(Self { weight, bias, in_c, out_w: stride * out_c, taps, dilation: 1 })
    }

    pub fn in_channels(&self) -> usize {
        self.in_c
    }

    /// Output values per input time step.
    pub fn out_width(&self) -> usize {
        self.out_w
    }

    /// Input time steps of history the conv needs before the new ones.
    pub fn history(&self) -> usize {
        (self.taps - 1) * self.dilation
    }

    /// Zeroed history for a fresh stream.
    pub fn new_tail(&self) -> Vec<f32> {
        vec![0.0; self.history() * self.in_c]
    }

    /// `dst` becomes `t` rows of the bias.
    pub fn fill_bias(&self, t: usize, dst: &mut Vec<f32>) {
        dst.clear();
        dst.reserve(t * self.out_w);
        for _ in 0..t {
            dst.extend_from_slice(&self.bias);
        }
    }

    /// Adds the bias to each of the `t` rows of `dst`.
    pub fn add_bias(&self, dst: &mut [f32]) {
        for row in dst.chunks_exact_mut(self.out_w) {
            for (y, b) in row.iter_mut().zip(&self.bias) {
                *y += b;
            }
        }
    }

    /// `dst [t, out_w] += conv(input)`, `input` filled for `t` new steps.
    pub fn accumulate(&self, input: &PaddedInput, dst: &mut [f32], par: Parallelism) -> Result<()> {
        let t = input.new_rows;
        let (c, d, k) = (self.in_c, self.dilation, self.taps);
        if input.channels != c || input.dilation != d || input.history != self.history() {
            bail!(
                "conv input laid out for {} channels, dilation {}, history {}; the conv has {c}, {d}, {}",
                input.channels,
                input.dilation,
                input.history,
                self.history()
            )
        }
        if dst.len() != t * self.out_w {
            bail!("conv output has {} values, expected {t} x {}", dst.len(), self.out_w)
        }
        let mut groups = Vec::with_capacity(d);
        for phase in 0..d.min(t) {
            // Output rows phase, phase + d, ...; phase row q reads phase rows q .. q + k.
            let rows = (t - phase).div_ceil(d);
            let (start, end) = (input.phase_starts[phase], input.phase_starts[phase + 1]);
            if (rows + k - 1) * c > end - start {
                bail!(
                    "conv input phase {phase} has {} values, needs {}",
                    end - start,
                    (rows + k - 1) * c
                )
            }
            groups.push(RowGroup {
                rows,
                lhs_start: start,
                lhs_rs: c,
                dst_start: phase * self.out_w,
                dst_rs: d * self.out_w,
            });
        }
        self.weight.matmul_acc(&input.data, dst, &groups, par);
        Ok(())
    }
}

/// The left-padded input of a conv: `history` stored rows then `new_rows` new ones, split by
/// phase (padded row `i` lives in phase `i mod d` at index `i / d`).
#[derive(Debug, Clone, Default)]
pub struct PaddedInput {
    data: Vec<f32>,
    /// Start of each phase in `data`, plus the end.
    phase_starts: Vec<usize>,
    channels: usize,
    dilation: usize,
    history: usize,
    new_rows: usize,
}

/// Rows per parallel task when filling an input, and the fewest values worth two threads.
const FILL_ROWS_PER_TASK: usize = 64;
const PARALLEL_FILL_MIN: usize = 1 << 16;

impl PaddedInput {
    /// Lays out `tail` (the conv's stored history, `history` rows) and `t` new rows, row `i` of
    /// which `produce(i, row)` writes, then moves the last `history` padded rows into `tail`.
    pub fn fill(
        &mut self,
        conv: &TimeMajorConv,
        tail: &mut [f32],
        t: usize,
        produce: impl Fn(usize, &mut [f32]) + Sync,
    ) {
        use rayon::prelude::*;
        let (c, d, h) = (conv.in_c, conv.dilation, conv.history());
        assert_eq!(tail.len(), h * c, "conv history has the wrong size");
        let len = h + t;
        self.channels = c;
        self.dilation = d;
        self.history = h;
        self.new_rows = t;
        // Rows of phase p: the padded rows p, p + d, ... below len.
        let rows_in = |p: usize| len.saturating_sub(p).div_ceil(d);
        self.phase_starts.clear();
        let mut start = 0;
        for p in 0..d {
            self.phase_starts.push(start);
            start += rows_in(p) * c;
        }
        self.phase_starts.push(start);
        self.data.resize(len * c, 0.0);
        // Padded row index of each storage row: phase p, index q -> q * d + p.
        let padded_row = |row: usize| {
            let mut p = 0;
            let mut base = 0;
            while row >= base + rows_in(p) {
                base += rows_in(p);
                p += 1;
            }
            (row - base) * d + p
        };
        let tail_ref: &[f32] = tail;
        let fill_task = |(task, dst): (usize, &mut [f32])| {
            for (j, row) in dst.chunks_exact_mut(c).enumerate() {
                let i = padded_row(task * FILL_ROWS_PER_TASK + j);
                if i < h {
                    row.copy_from_slice(&tail_ref[i * c..(i + 1) * c]);
                } else {
                    produce(i - h, row);
                }
            }
        };
        let task_len = FILL_ROWS_PER_TASK * c.max(1);
        if self.data.len() < PARALLEL_FILL_MIN {
            // Waking the other thread costs more than filling a short step alone.
            self.data.chunks_mut(task_len).enumerate().for_each(fill_task);
        } else {
            self.data.par_chunks_mut(task_len).enumerate().for_each(fill_task);
        }
        // The new history is the last h padded rows (t + j for j < h).
        for j in 0..h {
            let i = t + j;
            let at = self.phase_starts[i % d] + (i / d) * c;
            tail[j * c..(j + 1) * c].copy_from_slice(&self.data[at..at + c]);
        }
    }

    /// The `t` new rows in time order (only for inspection; dilation 1).
    pub fn new_rows(&self) -> &[f32] {
        &self.data[self.history * self.channels..]
    }
}

/// Every part's rows, in order, moved into one vector (the parts are left empty).
pub(crate) fn join_rows<'a, T: 'a>(parts: impl IntoIterator<Item = &'a mut Vec<T>>) -> Vec<T> {
    parts.into_iter().flat_map(std::mem::take).collect()
}

/// Rows handed back in order: the first `n_0` to the first part, the next `n_1` to the second.
pub(crate) fn split_rows<'a, T: 'a>(
    rows: Vec<T>,
    parts: impl IntoIterator<Item = (&'a mut Vec<T>, usize)>,
) {
    let mut rows = rows.into_iter();
    for (part, n) in parts {
        part.extend(rows.by_ref().take(n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Tensor};

    /// Direct-definition causal conv in f64 on a `[T, C]` input: the oracle.
    fn conv_f64(
        x: &[f32],
        t: usize,
        w: &[f32],
        dims: (usize, usize, usize),
        d: usize,
        b: &[f32],
    ) -> Vec<f64> {
        let (o, c, k) = dims;
        let mut y = vec![0f64; t * o];
        for ti in 0..t {
            for oi in 0..o {
                let mut acc = b[oi] as f64;
                for j in 0..k {
                    let src = ti as isize + (j as isize - (k as isize - 1)) * d as isize;
                    if src < 0 {
                        continue;
                    }
                    for ci in 0..c {
                        acc += w[(oi * c + ci) * k + j] as f64 * x[src as usize * c + ci] as f64;
                    }
                }
                y[ti * o + oi] = acc;
            }
        }
        y
    }

    fn run(conv: &TimeMajorConv, x: &[f32], chunks: &[usize]) -> Vec<f32> {
        let c = conv.in_channels();
        let mut tail = conv.new_tail();
        let mut input = PaddedInput::default();
        let mut out = Vec::new();
        let mut at = 0;
        for &n in chunks {
            input.fill(conv, &mut tail, n, |i, row| {
                row.copy_from_slice(&x[(at + i) * c..(at + i + 1) * c])
            });
            let mut y = Vec::new();
            conv.fill_bias(n, &mut y);
            conv.accumulate(&input, &mut y, Parallelism::Rayon(0)).unwrap();
            out.extend(y);
            at += n;
        }
        out
    }

    #[test]
    fn dilated_conv_equals_the_definition_for_any_chunking() {
        let dev = Device::Cpu;
        for (o, c, k, d) in
            [(5, 3, 7, 1), (4, 6, 7, 3), (3, 2, 7, 9), (1, 8, 7, 1), (6, 4, 1, 1), (2, 3, 3, 2)]
        {
            let w = Tensor::randn(0f32, 1.0, (o, c, k), &dev).unwrap();
            let b = Tensor::randn(0f32, 1.0, o, &dev).unwrap();
            let conv = TimeMajorConv::conv(&w, &b, d, CodecDtype::F32).unwrap();
            let t = 61;
            let x: Vec<f32> = Tensor::randn(0f32, 1.0, t * c, &dev).unwrap().to_vec1().unwrap();
            let wv: Vec<f32> = w.flatten_all().unwrap().to_vec1().unwrap();
            let truth = conv_f64(&x, t, &wv, (o, c, k), d, &b.to_vec1::<f32>().unwrap());
            let full = run(&conv, &x, &[t]);
            let worst =
                full.iter().zip(&truth).map(|(a, b)| (*a as f64 - b).abs()).fold(0.0, f64::max);
            assert!(worst < 1e-5, "o{o} c{c} k{k} d{d}: {worst}");
            for chunks in
                [vec![1; t], vec![2; 30].into_iter().chain([1]).collect(), vec![7, 1, 20, 33]]
            {
                assert_eq!(run(&conv, &x, &chunks), full, "o{o} c{c} k{k} d{d} chunks {chunks:?}");
            }
        }
    }

    #[test]
    fn transposed_conv_equals_the_definition() {
        // ConvTranspose1d(in, out, k, stride s), output trimmed to L * s, in f64.
        let dev = Device::Cpu;
        for (c, o, s, k) in [(3, 4, 2, 4), (5, 2, 3, 6), (4, 3, 2, 2)] {
            let w = Tensor::randn(0f32, 1.0, (c, o, k), &dev).unwrap();
            let b = Tensor::randn(0f32, 1.0, o, &dev).unwrap();
            let conv = TimeMajorConv::transposed(&w, &b, s, CodecDtype::F32).unwrap();
            let t = 23;
            let x: Vec<f32> = Tensor::randn(0f32, 1.0, t * c, &dev).unwrap().to_vec1().unwrap();
            let wv: Vec<f32> = w.flatten_all().unwrap().to_vec1().unwrap();
            let bv = b.to_vec1::<f32>().unwrap();
            let mut truth = vec![0f64; t * s * o];
            for ti in 0..t {
                for ci in 0..c {
                    for oi in 0..o {
                        for j in 0..k {
                            let at = ti * s + j;
                            if at < t * s {
                                truth[at * o + oi] +=
                                    wv[(ci * o + oi) * k + j] as f64 * x[ti * c + ci] as f64;
                            }
                        }
                    }
                }
            }
            for (i, v) in truth.iter_mut().enumerate() {
                *v += bv[i % o] as f64;
            }
            let full = run(&conv, &x, &[t]);
            assert_eq!(full.len(), t * s * o);
            let worst =
                full.iter().zip(&truth).map(|(a, b)| (*a as f64 - b).abs()).fold(0.0, f64::max);
            assert!(worst < 1e-5, "c{c} o{o} s{s} k{k}: {worst}");
            assert_eq!(run(&conv, &x, &[1; 23]), full);
        }
    }
}
