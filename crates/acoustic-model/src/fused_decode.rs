//! One decode position of a decoder layer on the CPU with int8 weights, as plain loops over
//! f32 rows instead of candle ops.
//!
//! A frame is 28 talker layer steps plus 15 x 5 code-predictor layer steps; through candle
//! each layer step is ~25 small ops (norms, reshapes, RoPE, two attention matmuls, softmax,
//! SiLU, adds) and seven matmul calls, each op a dispatch and an allocation and the f32
//! matmuls a `/proc/cpuinfo` read for their thread count. The weights stream at memory speed,
//! so that overhead was a third of a frame. Here a layer step is four int8 matmuls (q|k|v
//! and gate|up stacked, so each input is quantized once and each stack runs as one parallel
//! call) with the small ops in between done in place on the rows, and attention parallel over
//! (row, kv head).
//!
//! The arithmetic is the reference's (`Qwen3TTSDecoderLayer`: pre-norm residual attention with
//! per-head q/k RMSNorm, rotate-half RoPE and eager softmax attention in f32, then the SwiGLU
//! MLP), each small op written as candle's CPU kernel writes it (`rms_norm`, `rope`, `silu`).
//! Every row's arithmetic is independent of the other rows, so a request's steps in a
//! continuous batch equal its steps alone.

use std::ops::Deref;

use candle_core::{CpuStorage, DType, Device, Result, Storage, Tensor, bail};
use candle_nn::kv_cache::KvCache;

use crate::int8::Int8Matrix;
use crate::linear::Linear;

/// The weights of one decoder layer in the fused decode layout.
#[derive(Debug, Clone)]
pub struct FusedLayer {
    /// `[q; k; v]` rows: `(heads + 2 kv_heads) * head_dim` outputs.
    qkv: Int8Matrix,
    qkv_bias: Option<Vec<f32>>,
    o: Int8Matrix,
    o_bias: Option<Vec<f32>>,
    /// `[gate; up]` rows: `2 * intermediate` outputs.
    gate_up: Int8Matrix,
    down: Int8Matrix,
    input_norm: Vec<f32>,
    post_norm: Vec<f32>,
    q_norm: Vec<f32>,
    k_norm: Vec<f32>,
    eps: f32,
    heads: usize,
    kv_heads: usize,
    head_dim: usize,
    hidden: usize,
    intermediate: usize,
    /// `head_dim ** -0.5`.
    scale: f32,
}

/// Dimensions and norm weights of a layer, for [`FusedLayer::new`].
pub(crate) struct LayerParts<'a> {
    pub heads: usize,
    pub kv_heads: usize,
    pub head_dim: usize,
    pub eps: f64,
    pub scale: f64,
    pub input_norm: &'a Tensor,
    pub post_norm: &'a Tensor,
    pub q_norm: &'a Tensor,
    pub k_norm: &'a Tensor,
}

/// The caches of the rows of a fused step.
pub enum RowCaches<'a, 'b> {
    /// One cache `[b, kv_heads, seq, head_dim]` for `b` sequences of `positions` new rows
    /// each (`rows = b * positions`, sequence-major), attending causally: each new position to
    /// the cached ones and the new ones up to itself (a code-predictor frame).
    Shared { cache: &'a mut KvCache, positions: usize },
    /// A cache `[1, kv_heads, seq, head_dim]` per sequence, sequence `i` taking the next
    /// `lens[i]` rows, attending causally as in `Shared`: one row each in the talker's
    /// continuous batch, a prompt each when newcomers are prefilled together.
    PerSequence { caches: &'a mut [&'b mut KvCache], lens: &'a [usize] },
}

impl FusedLayer {
    /// From a layer whose seven projections are int8 ([`Linear::Int8`]); `None` otherwise.
    /// The q/k/v and gate/up weights are stacked into one matrix each, and the layer's own
    /// projections become views of the stacks, so the weights are held once.
    pub(crate) fn new(
        qkv: [&mut Linear; 3],
        o: &Linear,
        gate_up: [&mut Linear; 2],
        down: &Linear,
        parts: LayerParts,
    ) -> Result<Option<Self>> {
        let (Some((o, o_bias)), Some((down, None))) = (o.int8()?, down.int8()?) else {
            return Ok(None);
        };
        let Some((qkv, qkv_bias)) = stack_views(qkv)? else { return Ok(None) };
        let Some((gate_up, None)) = stack_views(gate_up)? else { return Ok(None) };
        let vec = |t: &Tensor| t.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>();
        let (hidden, intermediate) = (o.dims().0, down.dims().1);
        let (heads, kv_heads, head_dim) = (parts.heads, parts.kv_heads, parts.head_dim);
        if qkv.dims().0 != (heads + 2 * kv_heads) * head_dim || gate_up.dims().0 != 2 * intermediate
        {
            bail!("fused layer: projection sizes do not match the heads")
        }
        Ok(Some(Self {
            qkv,
            qkv_bias,
            o,
            o_bias,
            gate_up,
            down,
            input_norm: vec(parts.input_norm)?,
            post_norm: vec(parts.post_norm)?,
            q_norm: vec(parts.q_norm)?,
            k_norm: vec(parts.k_norm)?,
            eps: parts.eps as f32,
            heads,
            kv_heads,
            head_dim,
            hidden,
            intermediate,
            scale: parts.scale as f32,
        }))
    }

    /// One new position for each of the rows `xs: [rows, hidden]` (see [`RowCaches`] for how
    /// the rows map to sequences), updated in place; `cos`/`sin`: `[rows, head_dim / 2]` half
    /// tables of each row's position.
    pub fn forward(
        &self,
        xs: &mut [f32],
        cos: &[f32],
        sin: &[f32],
        caches: RowCaches,
    ) -> Result<()> {
        let (h, hd) = (self.hidden, self.head_dim);
        let rows = xs.len() / h;
        if xs.len() != rows * h || cos.len() != rows * hd / 2 || sin.len() != cos.len() {
            bail!("fused layer: {} inputs, {} rope values for hidden {h}", xs.len(), cos.len())
        }
        // Attention block.
        let normed = rms_norm_rows(xs, &self.input_norm, self.eps);
        let mut qkv = self.qkv.matmul(&normed, rows)?;
        add_bias(&mut qkv, self.qkv_bias.as_deref());
        let width = (self.heads + 2 * self.kv_heads) * hd;
        let (q_len, k_len) = (self.heads * hd, self.kv_heads * hd);
        for (i, row) in qkv.chunks_exact_mut(width).enumerate() {
            let (c, s) = (&cos[i * hd / 2..(i + 1) * hd / 2], &sin[i * hd / 2..(i + 1) * hd / 2]);
            let (q, kv) = row.split_at_mut(q_len);
            let heads = q.chunks_exact_mut(hd).map(|h| (h, &self.q_norm));
            let kv_heads = kv[..k_len].chunks_exact_mut(hd).map(|h| (h, &self.k_norm));
            for (head, norm) in heads.chain(kv_heads) {
                rms_norm_in_place(head, norm, self.eps);
                rope(head, c, s);
            }
        }
        let attn = self.attend(&qkv, rows, caches)?;
        let mut o = self.o.matmul(&attn, rows)?;
        add_bias(&mut o, self.o_bias.as_deref());
        xs.iter_mut().zip(&o).for_each(|(x, y)| *x += y);
        // MLP block.
        let normed = rms_norm_rows(xs, &self.post_norm, self.eps);
        let gu = self.gate_up.matmul(&normed, rows)?;
        let inter = self.intermediate;
        let mut act = vec![0f32; rows * inter];
        if rows == 1 {
            silu_mul(&gu[..inter], &gu[inter..], &mut act);
        } else {
            // Row by row on both threads: serial, the activations of an 8-row step were ~3%
            // of the step, with the pool's worker idle.
            let dst = act.as_mut_ptr() as usize;
            candle_core::utils::barrier_pool().execute_chunked(rows, |range| {
                for r in range {
                    let (g, u) = gu[r * 2 * inter..(r + 1) * 2 * inter].split_at(inter);
                    // SAFETY: unit r alone writes row r of `act`, which outlives the pool call.
                    let out = unsafe {
                        std::slice::from_raw_parts_mut((dst as *mut f32).add(r * inter), inter)
                    };
                    silu_mul(g, u, out);
                }
            });
        }
        let down = self.down.matmul(&act, rows)?;
        xs.iter_mut().zip(&down).for_each(|(x, y)| *x += y);
        Ok(())
    }

    /// Appends each row's k, v to its cache and attends: `[rows, heads * head_dim]`.
    fn attend(&self, qkv: &[f32], rows: usize, caches: RowCaches) -> Result<Vec<f32>> {
        let (hd, nkv) = (self.head_dim, self.kv_heads);
        let width = (self.heads + 2 * nkv) * hd;
        let (q_len, k_len) = (self.heads * hd, nkv * hd);
        // Rows `rs` (sequences of `l` positions) as a `[rs.len() / l, kv_heads, l, head_dim]`
        // k or v tensor.
        let new = |range: std::ops::Range<usize>, rs: std::ops::Range<usize>, l: usize| {
            let mut t = Vec::with_capacity(rs.len() * k_len);
            for r0 in rs.clone().step_by(l) {
                for g in 0..nkv {
                    for r in r0..r0 + l {
                        let o = r * width + range.start + g * hd;
                        t.extend_from_slice(&qkv[o..o + hd]);
                    }
                }
            }
            Tensor::from_vec(t, (rs.len() / l, nkv, l, hd), &Device::Cpu)
        };
        let (k_range, v_range) = (q_len..q_len + k_len, q_len + k_len..width);
        // (k, v) tensors of every row's cache after the append, the row's sequence in them and
        // how many of their positions it sees.
        let views: Vec<(Tensor, Tensor, usize, usize)> = match caches {
            RowCaches::Shared { cache, positions: l } => {
                if l == 0 || !rows.is_multiple_of(l) {
                    bail!("fused layer: {rows} rows are not sequences of {l} positions")
                }
                if rows > 0 {
                    let (k, v) = cache
                        .append(&new(k_range.clone(), 0..rows, l)?, &new(v_range, 0..rows, l)?)?;
                    let seq = k.dim(2)?;
                    (0..rows).map(|r| (k.clone(), v.clone(), r / l, seq - l + r % l + 1)).collect()
                } else {
                    Vec::new()
                }
            }
            RowCaches::PerSequence { caches, lens } => {
                if caches.len() != lens.len()
                    || lens.contains(&0)
                    || lens.iter().sum::<usize>() != rows
                {
                    bail!("fused layer: {} caches of {lens:?} rows for {rows} rows", caches.len())
                }
                let mut views = Vec::with_capacity(rows);
                let mut r0 = 0;
                for (c, &l) in caches.iter_mut().zip(lens) {
                    let rs = r0..r0 + l;
                    let (k, v) = c.append(
                        &new(k_range.clone(), rs.clone(), l)?,
                        &new(v_range.clone(), rs, l)?,
                    )?;
                    let seq = k.dim(2)?;
                    views.extend((0..l).map(|j| (k.clone(), v.clone(), 0, seq - l + j + 1)));
                    r0 += l;
                }
                views
            }
        };
        let mut guards = Vec::with_capacity(rows);
        for (k, v, b, _) in &views {
            guards.push((cache_view(k, *b)?, cache_view(v, *b)?));
        }
        let slices: Vec<(KvSlice, KvSlice, usize)> = guards
            .iter()
            .zip(&views)
            .map(|((k, v), view)| (k.slice(), v.slice(), view.3))
            .collect();
        let mut out = vec![0f32; rows * q_len];
        let dst = out.as_mut_ptr() as usize;
        let rep = self.heads / nkv;
        candle_core::utils::barrier_pool().execute_chunked(rows * nkv, |range| {
            let mut scores = Vec::new();
            for unit in range {
                let (i, g) = (unit / nkv, unit % nkv);
                let (k, v, len) = &slices[i];
                for r in 0..rep {
                    let head = g * rep + r;
                    let q = &qkv[i * width + head * hd..i * width + (head + 1) * hd];
                    // SAFETY: unit (i, g) writes only q heads g*rep..(g+1)*rep of row i, a
                    // range no other unit touches; `out` outlives the pool call.
                    let o = unsafe {
                        std::slice::from_raw_parts_mut(
                            (dst as *mut f32).add(i * q_len + head * hd),
                            hd,
                        )
                    };
                    attend_head(q, k, v, g, *len, self.scale, &mut scores, o);
                }
            }
        });
        Ok(out)
    }
}

/// The q/k/v (or gate/up) projections stacked into one matrix, each replaced by its view of
/// it; `None` when one of them is not int8. Biases stack too (zeros for a part without one).
fn stack_views<const N: usize>(
    parts: [&mut Linear; N],
) -> Result<Option<(Int8Matrix, Option<Vec<f32>>)>> {
    let mut mats = Vec::with_capacity(N);
    let mut biases = Vec::with_capacity(N);
    for p in &parts {
        let Some((w, b)) = p.int8()? else { return Ok(None) };
        mats.push(w);
        biases.push(b);
    }
    let stacked = Int8Matrix::stack(&mats.iter().collect::<Vec<_>>())?;
    let bias = if biases.iter().any(Option::is_some) {
        let mut all = Vec::with_capacity(stacked.dims().0);
        for (m, b) in mats.iter().zip(&biases) {
            match b {
                Some(b) => all.extend_from_slice(b),
                None => all.extend(std::iter::repeat_n(0.0, m.dims().0)),
            }
        }
        Some(all)
    } else {
        None
    };
    let mut row0 = 0;
    for (p, m) in parts.into_iter().zip(&mats) {
        let n = m.dims().0;
        p.set_int8(stacked.rows(row0, n)?)?;
        row0 += n;
    }
    Ok(Some((stacked, bias)))
}

fn add_bias(ys: &mut [f32], bias: Option<&[f32]>) {
    if let Some(b) = bias {
        for row in ys.chunks_exact_mut(b.len()) {
            row.iter_mut().zip(b).for_each(|(y, b)| *y += b);
        }
    }
}

/// candle's `rms_norm` CPU kernel on one row, in place: `x / sqrt(mean(x^2) + eps) * w`, with
/// the sum of squares in 16 lanes ([`dot`]): candle's one running sum is a chain of dependent
/// adds, which made the norms of a batched step (two per row and one per head, every layer)
/// a sixth of its serial time.
fn rms_norm_in_place(x: &mut [f32], w: &[f32], eps: f32) {
    let sum2 = dot(x, x);
    let m = (sum2 / x.len() as f32 + eps).sqrt();
    x.iter_mut().zip(w).for_each(|(s, &a)| *s = *s / m * a);
}

/// [`rms_norm_in_place`] on a copy of each `w.len()`-wide row.
fn rms_norm_rows(xs: &[f32], w: &[f32], eps: f32) -> Vec<f32> {
    let mut out = xs.to_vec();
    out.chunks_exact_mut(w.len()).for_each(|r| rms_norm_in_place(r, w, eps));
    out
}

/// candle's rotate-half `rope` kernel on one head with half tables `cos`, `sin`.
fn rope(x: &mut [f32], cos: &[f32], sin: &[f32]) {
    let half = x.len() / 2;
    let (a, b) = x.split_at_mut(half);
    for ((x1, x2), (&c, &s)) in a.iter_mut().zip(b.iter_mut()).zip(cos.iter().zip(sin)) {
        let (v1, v2) = (*x1, *x2);
        *x1 = v1 * c - v2 * s;
        *x2 = v1 * s + v2 * c;
    }
}

/// `out = silu(gate) * up`, with silu as candle's `x / (1 + exp(-x))` but a vectorisable exp
/// ([`exp`]): libm's scalar `expf` call per element was a tenth of a batched step.
fn silu_mul(gate: &[f32], up: &[f32], out: &mut [f32]) {
    for ((o, &g), &u) in out.iter_mut().zip(gate).zip(up) {
        *o = g / (1.0 + exp(-g)) * u;
    }
}

/// `e^x` for f32 within 1 ulp-ish of the correctly rounded value (tested against f64), branch
/// free so loops over it vectorise: `x = n ln2 + r` with `|r| <= ln2 / 2`, `e^r` by its Taylor
/// series to `r^7` (truncation below 1e-8 relative), times `2^n` built in the exponent bits.
/// Beyond [-87, 88] it gives 0 (the truth is below 1.6e-38: subnormal or 0 in f32) and
/// infinity (e^88.73 overflows f32), so silu's ends are candle's: `x / inf = -0` and `x / 1 = x`.
fn exp(x: f32) -> f32 {
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    // 1.5 * 2^23: adding and subtracting it rounds to the nearest integer.
    const ROUND: f32 = 12_582_912.0;
    let x_in = x;
    let x = x.clamp(-87.0, 88.0);
    let n = (x * std::f32::consts::LOG2_E + ROUND) - ROUND;
    let r = (-n).mul_add(LN2_LO, (-n).mul_add(LN2_HI, x));
    let mut p: f32 = 1.0 / 5040.0;
    for c in [1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0] {
        p = p.mul_add(r, c);
    }
    let y = p * f32::from_bits(((n as i32 + 127) as u32) << 23);
    // Selects, not branches: the loop still vectorises.
    let y = if x_in > 88.0 { f32::INFINITY } else { y };
    if x_in < -87.0 { 0.0 } else { y }
}

/// Read access to one row of a cache tensor `[b, kv_heads, seq, head_dim]` (a narrowed view
/// of the cache's buffer), holding its storage's read lock.
struct CacheView<G> {
    guard: G,
    offset: usize,
    head_stride: usize,
    seq: usize,
    head_dim: usize,
}

/// A row of a cache: `head_stride` apart per kv head, `seq` positions of `head_dim` each.
#[derive(Clone, Copy)]
struct KvSlice<'a> {
    data: &'a [f32],
    head_stride: usize,
    seq: usize,
    head_dim: usize,
}

impl KvSlice<'_> {
    /// Position `t` of kv head `g`.
    fn at(&self, g: usize, t: usize) -> &[f32] {
        let o = g * self.head_stride + t * self.head_dim;
        self.data.get(o..o + self.head_dim).unwrap_or(&[])
    }
}

fn cache_view(t: &Tensor, batch: usize) -> Result<CacheView<impl Deref<Target = Storage> + '_>> {
    let (_, _, seq, head_dim) = t.dims4()?;
    let (guard, layout) = t.storage_and_layout();
    let stride = layout.stride();
    if stride[3] != 1 || stride[2] != head_dim {
        bail!("fused attention: the KV cache is not contiguous per position")
    }
    if !matches!(&*guard, Storage::Cpu(CpuStorage::F32(_))) {
        bail!("fused attention: the KV cache is not f32 on the CPU")
    }
    Ok(CacheView {
        offset: layout.start_offset() + batch * stride[0],
        head_stride: stride[1],
        guard,
        seq,
        head_dim,
    })
}

impl<G: Deref<Target = Storage>> CacheView<G> {
    fn slice(&self) -> KvSlice<'_> {
        let data: &[f32] = match &*self.guard {
            Storage::Cpu(CpuStorage::F32(v)) => &v[self.offset..],
            _ => &[],
        };
        KvSlice { data, head_stride: self.head_stride, seq: self.seq, head_dim: self.head_dim }
    }
}

/// Eager attention of one query head over the first `len` positions of kv head `g`:
/// `softmax(q k^T * scale) v` in f32.
#[allow(clippy::too_many_arguments)]
fn attend_head(
    q: &[f32],
    k: &KvSlice,
    v: &KvSlice,
    g: usize,
    len: usize,
    scale: f32,
    scores: &mut Vec<f32>,
    out: &mut [f32],
) {
    let len = len.min(k.seq);
    scores.clear();
    scores.extend((0..len).map(|t| dot(q, k.at(g, t)) * scale));
    let max = scores.iter().fold(f32::NEG_INFINITY, |m, &s| m.max(s));
    scores.iter_mut().for_each(|s| *s = exp(*s - max));
    let sum = scores.iter().sum::<f32>();
    out.fill(0.0);
    for (t, &p) in scores.iter().enumerate() {
        let p = p / sum;
        out.iter_mut().zip(v.at(g, t)).for_each(|(o, &x)| *o += p * x);
    }
}

/// A dot product in 16 independent lanes (vectorised), summed at the end.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 16];
    let (ca, cb) = (a.chunks_exact(16), b.chunks_exact(16));
    let tail: f32 = ca.remainder().iter().zip(cb.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in ca.zip(cb) {
        for j in 0..16 {
            acc[j] += x[j] * y[j];
        }
    }
    acc.iter().sum::<f32>() + tail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_is_within_f32_rounding_of_the_f64_truth() {
        // Every 97th f32 bit pattern in [-87, 88], both signs' ranges and the clamp edges.
        let mut worst = 0f64;
        let mut bits = 0u32;
        while bits < u32::MAX - 97 {
            let x = f32::from_bits(bits);
            bits += 97;
            if !(-87.0..=88.0).contains(&x) {
                continue;
            }
            let want = (x as f64).exp();
            let got = exp(x) as f64;
            // In units of the f32 spacing at the true value (2^-23 relative).
            let ulps = ((got - want) / want).abs() / f32::EPSILON as f64;
            worst = worst.max(ulps);
        }
        assert!(worst <= 2.0, "max error {worst} ulp");
        assert_eq!(exp(0.0), 1.0);
        // Beyond the range: 0 below (the truth there is subnormal or 0 in f32), infinity above
        // (e^89 overflows f32).
        assert_eq!((exp(-1000.0), exp(-88.0), exp(89.0)), (0.0, 0.0, f32::INFINITY));
    }

    #[test]
    fn silu_mul_matches_the_f64_formula() {
        let gate: Vec<f32> = (-2000..2000).map(|i| i as f32 * 0.05).collect();
        let up: Vec<f32> = gate.iter().map(|g| 1.0 - g * 0.3).collect();
        let mut out = vec![f32::NAN; gate.len()];
        silu_mul(&gate, &up, &mut out);
        for ((&g, &u), &o) in gate.iter().zip(&up).zip(&out) {
            let (g, u) = (g as f64, u as f64);
            let want = g / (1.0 + (-g).exp()) * u;
            // Three f32 roundings (exp, division, product) on top of exp's own error.
            assert!(
                (o as f64 - want).abs() <= 6.0 * f32::EPSILON as f64 * want.abs() + 1e-30,
                "{g}: {o} vs {want}"
            );
        }
        // Large negative gates give (-)0, not NaN.
        let mut o = [f32::NAN];
        silu_mul(&[-200.0], &[3.0], &mut o);
        assert_eq!(o[0], 0.0);
    }
}
