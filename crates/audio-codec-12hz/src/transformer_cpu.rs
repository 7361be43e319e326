//! The decoder transformer ([`crate::transformer::DecoderTransformer`]) on the CPU in f32,
//! time-major `[rows, features]` on plain slices.
//!
//! A streaming step of one or two frames is a handful of rows: every projection is a GEMV that
//! only streams its weight from memory, and the candle version spent as long again in some 40
//! small tensor ops per layer (each a dispatch and an allocation, with the second thread asleep
//! by the next projection). Here q/k/v and gate/up are each one packed matrix (one pass over
//! the activations, one parallel region), and norms, RoPE, attention, SwiGLU and the scaled
//! residuals run in place on the rows. The per-output arithmetic of the projections is that of
//! [`crate::linear::Linear`] (same kernel, same bias handling), RMSNorm, RoPE and SiLU round
//! like candle's CPU ops, and each query's attention is its own loop, so a stream equals the
//! full pass for any chunking.

use candle_core::Result;
use candle_nn::VarBuilder;
use rayon::prelude::*;

use crate::config::DecoderConfig;
use crate::linear::RowLinear;
use crate::time_major::{join_rows, split_rows};

/// One or more `nn.Linear` with the same input (`(prefix, out)` each, stored `[out, in]` with
/// an `[out]` bias), their outputs side by side in one packed matrix.
fn stacked(
    vb: &VarBuilder,
    parts: &[(&str, usize)],
    in_dim: usize,
    bias: bool,
) -> Result<RowLinear> {
    let out_dim: usize = parts.iter().map(|p| p.1).sum();
    // [in, out_total], row-major: part j fills columns offset_j .. offset_j + out_j.
    let mut rows = vec![0f32; in_dim * out_dim];
    let mut biases = Vec::with_capacity(out_dim);
    let mut offset = 0;
    for &(name, out) in parts {
        let vb = vb.pp(name);
        let w: Vec<f32> = vb.get((out, in_dim), "weight")?.t()?.flatten_all()?.to_vec1()?;
        for (r, src) in w.chunks_exact(out).enumerate() {
            rows[r * out_dim + offset..r * out_dim + offset + out].copy_from_slice(src);
        }
        if bias {
            biases.extend(vb.get(out, "bias")?.to_vec1::<f32>()?);
        }
        offset += out;
    }
    Ok(RowLinear::new(&rows, in_dim, out_dim, bias.then_some(biases)))
}

/// RMSNorm of every row, rounded as candle's `rms_norm` op: `x / sqrt(mean(x^2) + eps) * w`.
fn rms_norm(xs: &[f32], weight: &[f32], eps: f32) -> Vec<f32> {
    let n = weight.len();
    let mut ys = vec![0f32; xs.len()];
    for (src, dst) in xs.chunks_exact(n).zip(ys.chunks_exact_mut(n)) {
        let sum2 = src.iter().map(|&v| v * v).sum::<f32>();
        let m = (sum2 / n as f32 + eps).sqrt();
        for ((d, &s), &a) in dst.iter_mut().zip(src).zip(weight) {
            *d = s / m * a;
        }
    }
    ys
}

/// `xs += hs * scale`, row by row (the LayerScale residual).
fn add_scaled(xs: &mut [f32], hs: &[f32], scale: &[f32]) {
    for (x, h) in xs.chunks_exact_mut(scale.len()).zip(hs.chunks_exact(scale.len())) {
        for ((x, &h), &s) in x.iter_mut().zip(h).zip(scale) {
            *x += h * s;
        }
    }
}

/// Dot product of two equal-length slices, in 16 independent lanes (vectorised).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 16];
    let (ac, bc) = (a.chunks_exact(16), b.chunks_exact(16));
    let tail: f32 = ac.remainder().iter().zip(bc.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in ac.zip(bc) {
        for l in 0..16 {
            acc[l] += x[l] * y[l];
        }
    }
    acc.iter().sum::<f32>() + tail
}

#[derive(Debug, Clone)]
struct Layer {
    attn_norm: Vec<f32>,
    /// `[hidden] -> [q | k | v]`.
    qkv: RowLinear,
    o_proj: RowLinear,
    attn_scale: Vec<f32>,
    mlp_norm: Vec<f32>,
    /// `[hidden] -> [gate | up]`.
    gate_up: RowLinear,
    down: RowLinear,
    mlp_scale: Vec<f32>,
}

/// Per stream row and layer: the post-RoPE keys and values of its last positions, time-major
/// `[n, kv_heads * head_dim]`.
#[derive(Debug, Clone, Default)]
struct RowCache {
    k: Vec<f32>,
    v: Vec<f32>,
}

/// Per-stream state of [`CpuTransformer`]: the caches `[layer][row]` plus, per row, the
/// position of its next frame and how many cached positions belong to its current stream.
#[derive(Debug, Clone)]
pub struct CpuTransformerState {
    cache: Vec<Vec<RowCache>>,
    pos: Vec<usize>,
    valid: Vec<usize>,
}

impl CpuTransformerState {
    /// Starts rows over: position 0 and no history.
    pub fn reset_rows(&mut self, reset: &[bool]) {
        crate::transformer::restart_rows(&mut self.pos, &mut self.valid, reset);
    }

    /// The rows of `parts`, in order, moved into one state for a batched step.
    pub fn join(parts: &mut [&mut Self]) -> Self {
        let layers = parts.first().map_or(0, |p| p.cache.len());
        Self {
            cache: (0..layers)
                .map(|l| join_rows(parts.iter_mut().map(|p| &mut p.cache[l])))
                .collect(),
            pos: join_rows(parts.iter_mut().map(|p| &mut p.pos)),
            valid: join_rows(parts.iter_mut().map(|p| &mut p.valid)),
        }
    }

    /// Moves the rows back to the parts they came from ([`Self::join`]), `sizes[i]` each.
    pub fn split_into(self, parts: &mut [&mut Self], sizes: &[usize]) {
        for (l, rows) in self.cache.into_iter().enumerate() {
            split_rows(rows, parts.iter_mut().map(|p| &mut p.cache[l]).zip(sizes.iter().copied()));
        }
        split_rows(self.pos, parts.iter_mut().map(|p| &mut p.pos).zip(sizes.iter().copied()));
        split_rows(self.valid, parts.iter_mut().map(|p| &mut p.valid).zip(sizes.iter().copied()));
    }
}

#[derive(Debug, Clone)]
pub struct CpuTransformer {
    input_proj: RowLinear,
    layers: Vec<Layer>,
    norm: Vec<f32>,
    output_proj: RowLinear,
    inv_freq: Vec<f32>,
    eps: f32,
    heads: usize,
    kv_heads: usize,
    head_dim: usize,
    intermediate: usize,
    window: usize,
}

/// Queries of a step below which attention runs on the calling thread.
const PARALLEL_MIN_QUERIES: usize = 8;

impl CpuTransformer {
    /// `vb` points at `decoder.pre_transformer`, on the CPU in f32.
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let (h, i, hd) = (cfg.hidden_size, cfg.intermediate_size, cfg.head_dim());
        let (q, kv) = (cfg.num_attention_heads * hd, cfg.num_key_value_heads * hd);
        let bias = cfg.attention_bias;
        let layers = (0..cfg.num_hidden_layers)
            .map(|l| {
                let vb = vb.pp(format!("layers.{l}"));
                let attn = vb.pp("self_attn");
                Ok(Layer {
                    attn_norm: vb.get(h, "input_layernorm.weight")?.to_vec1()?,
                    qkv: stacked(&attn, &[("q_proj", q), ("k_proj", kv), ("v_proj", kv)], h, bias)?,
                    o_proj: stacked(&attn, &[("o_proj", h)], q, bias)?,
                    attn_scale: vb.get(h, "self_attn_layer_scale.scale")?.to_vec1()?,
                    mlp_norm: vb.get(h, "post_attention_layernorm.weight")?.to_vec1()?,
                    gate_up: stacked(&vb.pp("mlp"), &[("gate_proj", i), ("up_proj", i)], h, false)?,
                    down: stacked(&vb.pp("mlp"), &[("down_proj", h)], i, false)?,
                    mlp_scale: vb.get(h, "mlp_layer_scale.scale")?.to_vec1()?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // inv_freq = 1 / theta ** (arange(0, dim, 2) / dim), each step in f32, as `Rotary`.
        let inv_freq = (0..hd / 2)
            .map(|j| 1.0 / (cfg.rope_theta as f32).powf((2 * j) as f32 / hd as f32))
            .collect();
        Ok(Self {
            input_proj: stacked(&vb, &[("input_proj", h)], cfg.latent_dim, true)?,
            layers,
            norm: vb.get(h, "norm.weight")?.to_vec1()?,
            output_proj: stacked(&vb, &[("output_proj", cfg.latent_dim)], h, true)?,
            inv_freq,
            eps: cfg.rms_norm_eps as f32,
            heads: cfg.num_attention_heads,
            kv_heads: cfg.num_key_value_heads,
            head_dim: hd,
            intermediate: i,
            window: cfg.sliding_window,
        })
    }

    pub fn new_state(&self, batch: usize) -> CpuTransformerState {
        CpuTransformerState {
            cache: vec![vec![RowCache::default(); batch]; self.layers.len()],
            pos: vec![0; batch],
            valid: vec![0; batch],
        }
    }

    /// xs: `[B * L, latent]` (B stream rows of L frames) -> `[B * L, latent]`, advancing the
    /// state by L positions.
    pub fn step(
        &self,
        xs: &[f32],
        len: usize,
        state: &mut CpuTransformerState,
    ) -> Result<Vec<f32>> {
        let b = state.pos.len();
        let latent = self.input_proj.in_dim();
        if xs.len() != b * len * latent {
            candle_core::bail!(
                "transformer input has {} values, expected {b} rows x {len} x {latent}",
                xs.len()
            )
        }
        let mut hs = self.input_proj.forward(xs);
        for (layer, caches) in self.layers.iter().zip(state.cache.iter_mut()) {
            let normed = rms_norm(&hs, &layer.attn_norm, self.eps);
            let mut qkv = layer.qkv.forward(&normed);
            self.rope(&mut qkv, &state.pos, len);
            let attn = self.attention(&qkv, caches, &state.valid, len);
            add_scaled(&mut hs, &layer.o_proj.forward(&attn), &layer.attn_scale);

            let normed = rms_norm(&hs, &layer.mlp_norm, self.eps);
            let gate_up = layer.gate_up.forward(&normed);
            let i = self.intermediate;
            let mut act = vec![0f32; b * len * i];
            for (a, gu) in act.chunks_exact_mut(i).zip(gate_up.chunks_exact(2 * i)) {
                let (gate, up) = gu.split_at(i);
                for ((a, &g), &u) in a.iter_mut().zip(gate).zip(up) {
                    // SiLU as candle's op, then the product.
                    *a = g / (1.0 + (-g).exp()) * u;
                }
            }
            add_scaled(&mut hs, &layer.down.forward(&act), &layer.mlp_scale);
        }
        for (pos, valid) in state.pos.iter_mut().zip(state.valid.iter_mut()) {
            *pos += len;
            *valid = (*valid + len).min(self.window - 1);
        }
        Ok(self.output_proj.forward(&rms_norm(&hs, &self.norm, self.eps)))
    }

    /// RoPE (rotate-half) on the q and k heads of each `[q | k | v]` row, in place: row `i` of
    /// batch row `r` is at position `pos[r] + i`.
    fn rope(&self, qkv: &mut [f32], pos: &[usize], len: usize) {
        let (hd, half) = (self.head_dim, self.head_dim / 2);
        let width = (self.heads + 2 * self.kv_heads) * hd;
        let rotated = (self.heads + self.kv_heads) * hd;
        let mut cos = vec![0f32; half];
        let mut sin = vec![0f32; half];
        for (r, row) in qkv.chunks_exact_mut(width).enumerate() {
            let p = pos[r / len] + r % len;
            for ((c, s), &f) in cos.iter_mut().zip(sin.iter_mut()).zip(&self.inv_freq) {
                let angle = p as f32 * f;
                (*c, *s) = (angle.cos(), angle.sin());
            }
            for head in row[..rotated].chunks_exact_mut(hd) {
                let (x1, x2) = head.split_at_mut(half);
                for j in 0..half {
                    // x * cos + cat(-x2, x1) * sin
                    let (a, b) = (x1[j], x2[j]);
                    x1[j] = a * cos[j] + -b * sin[j];
                    x2[j] = b * cos[j] + a * sin[j];
                }
            }
        }
    }

    /// Window attention of the step's rows: `qkv [B * L, q | k | v]` -> `[B * L, heads * hd]`.
    /// Query `i` of a row sees its last `window` keys up to itself among the row's cached keys
    /// (those of its current stream) and the step's new ones; the cache then keeps the last
    /// `window - 1`.
    fn attention(
        &self,
        qkv: &[f32],
        caches: &mut [RowCache],
        valid: &[usize],
        len: usize,
    ) -> Vec<f32> {
        let (hd, heads) = (self.head_dim, self.heads);
        let (q_w, kv_w) = (heads * hd, self.kv_heads * hd);
        let width = q_w + 2 * kv_w;
        let rep = heads / self.kv_heads;
        let w = self.window;
        let scale = (hd as f64).powf(-0.5) as f32;
        let mut out = vec![0f32; qkv.len() / width * q_w];
        for (r, cache) in caches.iter_mut().enumerate() {
            // Keys of stale streams are dropped; then append the step's keys and values.
            let kept = cache.k.len() / kv_w;
            let drop = kept - valid[r].min(kept);
            cache.k.drain(..drop * kv_w);
            cache.v.drain(..drop * kv_w);
            let n = kept - drop;
            for row in qkv[r * len * width..(r + 1) * len * width].chunks_exact(width) {
                cache.k.extend_from_slice(&row[q_w..q_w + kv_w]);
                cache.v.extend_from_slice(&row[q_w + kv_w..]);
            }
            let (ks, vs) = (&cache.k, &cache.v);
            let query = |i: usize, o: &mut [f32]| {
                let q_row = &qkv[(r * len + i) * width..][..q_w];
                let last = n + i;
                let first = (last + 1).saturating_sub(w);
                let mut probs = vec![0f32; last + 1 - first];
                for h in 0..heads {
                    let g = h / rep;
                    let q: Vec<f32> =
                        q_row[h * hd..(h + 1) * hd].iter().map(|&x| x * scale).collect();
                    for (p, j) in probs.iter_mut().zip(first..=last) {
                        *p = dot(&q, &ks[j * kv_w + g * hd..][..hd]);
                    }
                    // Eager softmax in f32.
                    let max = probs.iter().fold(f32::NEG_INFINITY, |m, &p| m.max(p));
                    let mut sum = 0f32;
                    for p in probs.iter_mut() {
                        *p = (*p - max).exp();
                        sum += *p;
                    }
                    let o = &mut o[h * hd..(h + 1) * hd];
                    for (&p, j) in probs.iter().zip(first..=last) {
                        let p = p / sum;
                        for (o, &v) in o.iter_mut().zip(&vs[j * kv_w + g * hd..][..hd]) {
                            *o += p * v;
                        }
                    }
                }
            };
            let out = &mut out[r * len * q_w..(r + 1) * len * q_w];
            if len >= PARALLEL_MIN_QUERIES {
                out.par_chunks_mut(q_w).enumerate().for_each(|(i, o)| query(i, o));
            } else {
                out.chunks_mut(q_w).enumerate().for_each(|(i, o)| query(i, o));
            }
            let total = cache.k.len() / kv_w;
            let keep = total.min(w - 1);
            cache.k.drain(..(total - keep) * kv_w);
            cache.v.drain(..(total - keep) * kv_w);
        }
        out
    }
}
