//! The Qwen3-style decoder stack shared by the talker and the code predictor.
//!
//! Reference: `Qwen3TTSTalkerDecoderLayer` / `Qwen3TTSDecoderLayer`, `Qwen3TTSTalkerAttention` /
//! `Qwen3TTSAttention`, `Qwen3TTSTalkerTextMLP`, `Qwen3TTSRMSNorm` and `eager_attention_forward`.
//! The weights are immutable and shared; the KV cache lives in [`DecoderCache`], owned by the
//! generation session, so one loaded model serves many sessions.

use candle_core::quantized::GgmlDType;
use candle_core::{D, DType, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;
use candle_nn::kv_cache::KvCache;

use crate::fused_decode::{FusedLayer, LayerParts, RowCaches};
use crate::linear::Linear;
use crate::quant::StackQuant;
use crate::rope::Rope;

/// Dimensions of one decoder stack.
#[derive(Debug, Clone, PartialEq)]
pub struct DecoderConfig {
    pub hidden_size: usize,
    pub intermediate_size: usize,
    pub num_attention_heads: usize,
    pub num_key_value_heads: usize,
    pub head_dim: usize,
    pub num_hidden_layers: usize,
    pub rms_norm_eps: f64,
    pub attention_bias: bool,
}

/// `Qwen3TTSRMSNorm`: normalise in f32, cast back to the input dtype, then scale by the weight.
#[derive(Debug, Clone)]
pub struct RmsNorm {
    weight: Tensor,
    eps: f64,
}

impl RmsNorm {
    pub fn new(size: usize, eps: f64, vb: VarBuilder) -> Result<Self> {
        Ok(Self { weight: vb.get(size, "weight")?, eps })
    }
}

impl Module for RmsNorm {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let dtype = xs.dtype();
        if dtype == DType::F32 {
            return candle_nn::ops::rms_norm(&xs.contiguous()?, &self.weight, self.eps as f32);
        }
        let xf = xs.to_dtype(DType::F32)?;
        let var = xf.sqr()?.mean_keepdim(D::Minus1)?;
        let inv = (var + self.eps)?.sqrt()?.recip()?;
        xf.broadcast_mul(&inv)?.to_dtype(dtype)?.broadcast_mul(&self.weight)
    }
}

/// `Qwen3TTSTalkerTextMLP`: `down(silu(gate(x)) * up(x))`.
#[derive(Debug, Clone)]
pub struct Mlp {
    gate_proj: Linear,
    up_proj: Linear,
    down_proj: Linear,
}

impl Mlp {
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder, q: Option<GgmlDType>) -> Result<Self> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        Ok(Self {
            gate_proj: Linear::load(h, i, false, vb.pp("gate_proj"), q)?,
            up_proj: Linear::load(h, i, false, vb.pp("up_proj"), q)?,
            down_proj: Linear::load(i, h, false, vb.pp("down_proj"), q)?,
        })
    }

    /// `gate_proj`, `up_proj`, `down_proj`.
    pub fn projections(&self) -> [&Linear; 3] {
        [&self.gate_proj, &self.up_proj, &self.down_proj]
    }
}

impl Module for Mlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let gate = candle_nn::ops::silu(&self.gate_proj.forward(xs)?)?;
        self.down_proj.forward(&(gate * self.up_proj.forward(xs)?)?)
    }
}

/// Self attention with per-head q/k RMSNorm, RoPE and grouped-query heads.
#[derive(Debug, Clone)]
pub struct Attention {
    q_proj: Linear,
    k_proj: Linear,
    v_proj: Linear,
    o_proj: Linear,
    q_norm: RmsNorm,
    k_norm: RmsNorm,
    num_heads: usize,
    num_kv_heads: usize,
    head_dim: usize,
    scale: f64,
}

impl Attention {
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder, q: Option<GgmlDType>) -> Result<Self> {
        let (h, hd) = (cfg.hidden_size, cfg.head_dim);
        let (nh, nkv) = (cfg.num_attention_heads, cfg.num_key_value_heads);
        if nkv == 0 || !nh.is_multiple_of(nkv) {
            bail!("num_attention_heads {nh} is not a multiple of num_key_value_heads {nkv}")
        }
        let bias = cfg.attention_bias;
        Ok(Self {
            q_proj: Linear::load(h, nh * hd, bias, vb.pp("q_proj"), q)?,
            k_proj: Linear::load(h, nkv * hd, bias, vb.pp("k_proj"), q)?,
            v_proj: Linear::load(h, nkv * hd, bias, vb.pp("v_proj"), q)?,
            o_proj: Linear::load(nh * hd, h, bias, vb.pp("o_proj"), q)?,
            q_norm: RmsNorm::new(hd, cfg.rms_norm_eps, vb.pp("q_norm"))?,
            k_norm: RmsNorm::new(hd, cfg.rms_norm_eps, vb.pp("k_norm"))?,
            num_heads: nh,
            num_kv_heads: nkv,
            head_dim: hd,
            // `self.scaling = self.head_dim**-0.5`, head_dim from the config.
            scale: (hd as f64).powf(-0.5),
        })
    }

    /// `q_proj`, `k_proj`, `v_proj`, `o_proj`.
    pub fn projections(&self) -> [&Linear; 4] {
        [&self.q_proj, &self.k_proj, &self.v_proj, &self.o_proj]
    }

    /// `xs: [b, l, hidden]`; `mask: [b, l, kv_len]` additive f32 (see [`causal_mask`]), `None` =
    /// attend to every cached and new position.
    pub fn forward(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut KvCache,
    ) -> Result<Tensor> {
        let (q, k, v) = self.project(xs, cos, sin)?;
        let out = self.attend(&q, &k, &v, mask, cache)?;
        self.o_proj.forward(&out)
    }

    /// One new position for each of `b` independent sequences, each with its own cache
    /// (continuous batching): the projections run on all rows together, attention per row.
    /// Row `i` gets exactly what [`Self::forward`] gives it alone with `mask = None`.
    pub fn forward_rows(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        caches: &mut [&mut KvCache],
    ) -> Result<Tensor> {
        let b = xs.dim(0)?;
        if caches.len() != b {
            bail!("{} caches for {b} rows", caches.len())
        }
        let (q, k, v) = self.project(xs, cos, sin)?;
        let rows = caches
            .iter_mut()
            .enumerate()
            .map(|(i, cache)| {
                let row = |t: &Tensor| t.narrow(0, i, 1)?.contiguous();
                self.attend(&row(&q)?, &row(&k)?, &row(&v)?, None, cache)
            })
            .collect::<Result<Vec<_>>>()?;
        self.o_proj.forward(&Tensor::cat(&rows, 0)?)
    }

    /// q, k, v `[b, heads, l, head_dim]` after the per-head norms and RoPE.
    fn project(&self, xs: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<(Tensor, Tensor, Tensor)> {
        let (b, l, _) = xs.dims3()?;
        let (nh, nkv, hd) = (self.num_heads, self.num_kv_heads, self.head_dim);
        // q_norm / k_norm act per head, before RoPE.
        let q = self.q_norm.forward(&self.q_proj.forward(xs)?.reshape((b, l, nh, hd))?)?;
        let k = self.k_norm.forward(&self.k_proj.forward(xs)?.reshape((b, l, nkv, hd))?)?;
        let v = self.v_proj.forward(xs)?.reshape((b, l, nkv, hd))?;
        let q = Rope::apply(&q.transpose(1, 2)?, cos, sin)?; // b,h,l,d
        let k = Rope::apply(&k.transpose(1, 2)?, cos, sin)?; // b,kv,l,d
        let v = v.transpose(1, 2)?.contiguous()?;
        Ok((q, k, v))
    }

    /// Appends k, v to the cache and attends: `[b, l, heads * head_dim]` before `o_proj`.
    fn attend(
        &self,
        q: &Tensor,
        k: &Tensor,
        v: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut KvCache,
    ) -> Result<Tensor> {
        let (b, nh, l, hd) = q.dims4()?;
        let nkv = self.num_kv_heads;
        let (k, v) = cache.append(k, v)?;
        let kv_len = k.dim(2)?;
        // GQA: q head g*rep + r reads kv head g (repeat_kv == repeat_interleave), so group the
        // q heads by kv head instead of copying k and v.
        let rep = nh / nkv;
        let q = q.reshape((b, nkv, rep * l, hd))?;
        let scores = (q.matmul(&k.t()?)? * self.scale)?.to_dtype(DType::F32)?;
        let scores = match mask {
            None => scores,
            Some(m) => scores
                .reshape((b, nkv, rep, l, kv_len))?
                .broadcast_add(&m.unsqueeze(1)?.unsqueeze(1)?)?
                .reshape((b, nkv, rep * l, kv_len))?,
        };
        // Eager attention: softmax in f32, then back to the activation dtype.
        let probs = candle_nn::ops::softmax_last_dim(&scores)?.to_dtype(v.dtype())?;
        let out = probs.matmul(&v)?.reshape((b, nh, l, hd))?;
        out.transpose(1, 2)?.reshape((b, l, nh * hd))
    }
}

#[derive(Debug, Clone)]
pub struct DecoderLayer {
    self_attn: Attention,
    mlp: Mlp,
    input_layernorm: RmsNorm,
    post_attention_layernorm: RmsNorm,
    /// The same weights in the fused CPU decode layout, when every projection is int8.
    fused: Option<FusedLayer>,
}

impl DecoderLayer {
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder, q: StackQuant) -> Result<Self> {
        let (h, eps) = (cfg.hidden_size, cfg.rms_norm_eps);
        let mut self_attn = Attention::new(cfg, vb.pp("self_attn"), q.attention)?;
        let mut mlp = Mlp::new(cfg, vb.pp("mlp"), q.mlp)?;
        let input_layernorm = RmsNorm::new(h, eps, vb.pp("input_layernorm"))?;
        let post_attention_layernorm = RmsNorm::new(h, eps, vb.pp("post_attention_layernorm"))?;
        let a = &mut self_attn;
        let parts = LayerParts {
            heads: a.num_heads,
            kv_heads: a.num_kv_heads,
            head_dim: a.head_dim,
            eps,
            scale: a.scale,
            input_norm: &input_layernorm.weight,
            post_norm: &post_attention_layernorm.weight,
            q_norm: &a.q_norm.weight,
            k_norm: &a.k_norm.weight,
        };
        let fused = FusedLayer::new(
            [&mut a.q_proj, &mut a.k_proj, &mut a.v_proj],
            &a.o_proj,
            [&mut mlp.gate_proj, &mut mlp.up_proj],
            &mlp.down_proj,
            parts,
        )?;
        Ok(Self { self_attn, mlp, input_layernorm, post_attention_layernorm, fused })
    }

    pub fn self_attn(&self) -> &Attention {
        &self.self_attn
    }

    pub fn mlp(&self) -> &Mlp {
        &self.mlp
    }

    pub fn forward(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut KvCache,
    ) -> Result<Tensor> {
        self.residual(xs, |h| self.self_attn.forward(h, cos, sin, mask, cache))
    }

    /// [`Self::forward`] for one new position of independent rows with their own caches.
    pub fn forward_rows(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        caches: &mut [&mut KvCache],
    ) -> Result<Tensor> {
        self.residual(xs, |h| self.self_attn.forward_rows(h, cos, sin, caches))
    }

    /// Pre-norm residual layer around an attention: `x + attn(norm(x))`, then the MLP block.
    fn residual(
        &self,
        xs: &Tensor,
        attn: impl FnOnce(&Tensor) -> Result<Tensor>,
    ) -> Result<Tensor> {
        let h = attn(&self.input_layernorm.forward(xs)?)?;
        let xs = (xs + h)?;
        let h = self.mlp.forward(&self.post_attention_layernorm.forward(&xs)?)?;
        xs + h
    }
}

/// Per-layer KV caches of one decoder stack (`[b, kv_heads, seq, head_dim]`, grown on demand).
#[derive(Debug, Clone)]
pub struct DecoderCache {
    layers: Vec<KvCache>,
}

impl DecoderCache {
    pub fn new(num_layers: usize, capacity: usize) -> Self {
        let capacity = capacity.max(1);
        Self { layers: (0..num_layers).map(|_| KvCache::new(2, capacity)).collect() }
    }

    /// Positions already held (the same for every layer).
    pub fn seq_len(&self) -> usize {
        self.layers.first().map_or(0, |c| c.current_seq_len())
    }

    pub fn reset(&mut self) {
        self.layers.iter_mut().for_each(|c| c.reset());
    }

    /// The positions held, copied into a cache of their own with room for `capacity` (a
    /// clone would share the buffers that appends write into).
    pub fn deep_copy(&self, capacity: usize) -> Result<Self> {
        let mut copy = Self::new(self.layers.len(), capacity.max(self.seq_len()));
        for (from, to) in self.layers.iter().zip(copy.layers.iter_mut()) {
            if let (Some(k), Some(v)) = (from.k()?, from.v()?) {
                to.append(&k.contiguous()?, &v.contiguous()?)?;
            }
        }
        Ok(copy)
    }

    /// Bytes of the positions held.
    pub fn bytes(&self) -> usize {
        let held = |t: Option<Tensor>| t.map_or(0, |t| t.elem_count() * t.dtype().size_in_bytes());
        self.layers.iter().map(|c| held(c.k().ok().flatten()) + held(c.v().ok().flatten())).sum()
    }
}

/// `layers` followed by the final `norm` (`Qwen3TTSTalkerModel` / `...CodePredictorModel`).
#[derive(Debug, Clone)]
pub struct Decoder {
    layers: Vec<DecoderLayer>,
    norm: RmsNorm,
    cfg: DecoderConfig,
}

impl Decoder {
    /// `vb` points at the module holding `layers.{i}` and `norm`; `q` quantizes the
    /// projections (f32 activations then).
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder, q: StackQuant) -> Result<Self> {
        let layers = (0..cfg.num_hidden_layers)
            .map(|i| DecoderLayer::new(cfg, vb.pp("layers").pp(i), q))
            .collect::<Result<Vec<_>>>()?;
        let norm = RmsNorm::new(cfg.hidden_size, cfg.rms_norm_eps, vb.pp("norm"))?;
        Ok(Self { layers, norm, cfg: cfg.clone() })
    }

    pub fn config(&self) -> &DecoderConfig {
        &self.cfg
    }

    pub fn layers(&self) -> &[DecoderLayer] {
        &self.layers
    }

    pub fn new_cache(&self, capacity: usize) -> DecoderCache {
        DecoderCache::new(self.layers.len(), capacity)
    }

    /// A cache made for this decoder: one per layer.
    fn check_cache(&self, cache: &DecoderCache) -> Result<()> {
        if cache.layers.len() != self.layers.len() {
            bail!("cache has {} layers, decoder {}", cache.layers.len(), self.layers.len())
        }
        Ok(())
    }

    /// Runs all layers and the final norm; returns the normed hidden `[b, l, hidden]`.
    pub fn forward(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        self.check_cache(cache)?;
        if mask.is_none()
            && xs.dim(1)? == 1
            && let Some(out) = self.fused_forward(xs, cos, sin, cache)?
        {
            return Ok(out);
        }
        self.candle_forward(xs, cos, sin, mask, cache)
    }

    /// The layers as candle ops, then the final norm (every dtype, device and mask).
    fn candle_forward(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        let mut xs = xs.clone();
        for (layer, c) in self.layers.iter().zip(cache.layers.iter_mut()) {
            xs = layer.forward(&xs, cos, sin, mask, c)?;
        }
        self.norm.forward(&xs)
    }

    /// [`Self::forward`] for `l` new positions per sequence that attend causally: to the
    /// cached positions and to the new ones up to themselves (no padding). One fused CPU step
    /// per layer when every layer has it, else the candle path with [`causal_mask`].
    pub fn forward_causal(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        self.check_cache(cache)?;
        if let Some(out) = self.fused_forward(xs, cos, sin, cache)? {
            return Ok(out);
        }
        let (b, l, _) = xs.dims3()?;
        let mask = match l {
            1 => None,
            _ => Some(causal_mask(b, l, cache.seq_len(), None, xs.device())?),
        };
        self.candle_forward(xs, cos, sin, mask.as_ref(), cache)
    }

    /// The fused CPU steps over all layers and the final norm, `None` when a layer lacks them
    /// (the caller checked the cache's layer count).
    fn fused_forward(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        cache: &mut DecoderCache,
    ) -> Result<Option<Tensor>> {
        let Some(mut x) = self.fused_input(xs)? else { return Ok(None) };
        let positions = xs.dim(1)?;
        let (cos, sin) = (fused_table(cos)?, fused_table(sin)?);
        for (layer, c) in self.layers.iter().zip(cache.layers.iter_mut()) {
            let f = layer.fused.as_ref().expect("fused_input checked every layer");
            f.forward(&mut x, &cos, &sin, RowCaches::Shared { cache: c, positions })?;
        }
        Ok(Some(self.fused_output(x, xs)?))
    }

    /// The final norm on the fused steps' rows `x`, shaped as their input `xs`.
    fn fused_output(&self, x: Vec<f32>, xs: &Tensor) -> Result<Tensor> {
        self.norm.forward(&Tensor::from_vec(x, xs.shape(), xs.device())?)
    }

    /// Every layer has the fused CPU steps (int8 projections on the CPU): a position's result
    /// then does not depend on how many positions a call takes or which were cached before.
    pub fn is_fused(&self) -> bool {
        self.layers.iter().all(|l| l.fused.is_some())
    }

    /// `xs` as f32 rows when every layer runs the fused CPU decode step on it.
    fn fused_input(&self, xs: &Tensor) -> Result<Option<Vec<f32>>> {
        if !self.is_fused() || !xs.device().is_cpu() || xs.dtype() != DType::F32 {
            return Ok(None);
        }
        Ok(Some(xs.flatten_all()?.to_vec1::<f32>()?))
    }

    /// One new position `xs: [b, 1, hidden]` for `b` independent sequences, row `i` with its
    /// own cache `caches[i]` (continuous batching: rows join and leave between steps). Row `i`
    /// gets exactly what [`Self::forward`] gives it alone (weights read once for all rows).
    pub fn forward_rows(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        caches: &mut [&mut DecoderCache],
    ) -> Result<Tensor> {
        for c in caches.iter() {
            self.check_cache(c)?;
        }
        // Each row a sequence of one position.
        let ones = vec![1; caches.len()];
        if let Some(out) = self.fused_sequences(xs, cos, sin, caches, &ones)? {
            return Ok(out);
        }
        let mut xs = xs.clone();
        for (l, layer) in self.layers.iter().enumerate() {
            let mut layer_caches: Vec<&mut KvCache> =
                caches.iter_mut().map(|c| &mut c.layers[l]).collect();
            xs = layer.forward_rows(&xs, cos, sin, &mut layer_caches)?;
        }
        self.norm.forward(&xs)
    }

    /// Several sequences' new positions in one pass, `xs: [1, rows, hidden]` holding sequence
    /// `i`'s `lens[i]` positions after those of the sequences before it, each attending
    /// causally to its own cache `caches[i]` and its own new positions (the newcomers of a
    /// step prefilled together: weights read once for all of them). Only with the fused CPU
    /// steps, where each position's result equals [`Self::forward_causal`] of its sequence
    /// alone bit for bit; `None` otherwise.
    pub fn forward_sequences(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        caches: &mut [&mut DecoderCache],
        lens: &[usize],
    ) -> Result<Option<Tensor>> {
        for c in caches.iter() {
            self.check_cache(c)?;
        }
        self.fused_sequences(xs, cos, sin, caches, lens)
    }

    /// The fused CPU steps over all layers and the final norm for sequences of `lens`
    /// positions with their own caches (checked by the caller); `None` without them.
    fn fused_sequences(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        caches: &mut [&mut DecoderCache],
        lens: &[usize],
    ) -> Result<Option<Tensor>> {
        let Some(mut x) = self.fused_input(xs)? else { return Ok(None) };
        let (cos, sin) = (fused_table(cos)?, fused_table(sin)?);
        for (l, layer) in self.layers.iter().enumerate() {
            let mut layer_caches: Vec<&mut KvCache> =
                caches.iter_mut().map(|c| &mut c.layers[l]).collect();
            let f = layer.fused.as_ref().expect("fused_input checked every layer");
            let caches = RowCaches::PerSequence { caches: &mut layer_caches, lens };
            f.forward(&mut x, &cos, &sin, caches)?;
        }
        Ok(Some(self.fused_output(x, xs)?))
    }

    /// Like [`Self::forward`] but also returns the hidden state entering each layer plus the
    /// final normed output (HF `output_hidden_states`), for layer-by-layer checks.
    pub fn forward_all(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut DecoderCache,
    ) -> Result<Vec<Tensor>> {
        let mut out = vec![xs.clone()];
        let mut xs = xs.clone();
        for (layer, c) in self.layers.iter().zip(cache.layers.iter_mut()) {
            xs = layer.forward(&xs, cos, sin, mask, c)?;
            out.push(xs.clone());
        }
        let last = out.len() - 1;
        out[last] = self.norm.forward(&xs)?;
        Ok(out)
    }
}

/// A `[rows, 1, head_dim / 2]` RoPE table as f32 rows for the fused step.
fn fused_table(t: &Tensor) -> Result<Vec<f32>> {
    t.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()
}

/// Additive f32 causal mask `[b, l, kv_len]` for `l` new rows appended after `past` cached
/// rows. `key_valid[b][j]` is false for left padding. A row that could see nothing (a padding
/// query) is allowed its own position so softmax stays finite; such rows never feed real ones.
pub fn causal_mask(
    b: usize,
    l: usize,
    past: usize,
    key_valid: Option<&[Vec<bool>]>,
    dev: &candle_core::Device,
) -> Result<Tensor> {
    let kv_len = past + l;
    let mut m = vec![0f32; b * l * kv_len];
    for bi in 0..b {
        let valid = key_valid.map(|v| &v[bi]);
        if let Some(v) = valid
            && v.len() != kv_len
        {
            bail!("mask row {bi} has {} keys, expected {kv_len}", v.len())
        }
        for i in 0..l {
            let q = past + i;
            let row = &mut m[(bi * l + i) * kv_len..(bi * l + i + 1) * kv_len];
            let mut any = false;
            for (j, x) in row.iter_mut().enumerate() {
                let ok = j <= q && valid.is_none_or(|v| v[j]);
                any |= ok;
                if !ok {
                    *x = f32::NEG_INFINITY;
                }
            }
            if !any {
                row[q] = 0.0;
            }
        }
    }
    Tensor::from_vec(m, (b, l, kv_len), dev)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use candle_core::Device;

    use super::*;
    use crate::rope::PositionIds;

    /// A decoder whose every projection tiles into int8 (widths multiples of 16 and 32), in
    /// `format` (Q8_0 or Q5_0) and, from the same weights, in f32.
    fn decoders(bias: bool, format: GgmlDType) -> (Decoder, Decoder) {
        let cfg = DecoderConfig {
            hidden_size: 64,
            intermediate_size: 96,
            num_attention_heads: 4,
            num_key_value_heads: 2,
            head_dim: 16,
            num_hidden_layers: 2,
            rms_norm_eps: 1e-6,
            attention_bias: bias,
        };
        let dev = Device::Cpu;
        let mut vars = HashMap::new();
        let mut put = |name: String, shape: &[usize], std: f32, mean: f32| {
            let t = Tensor::randn(mean, std, shape, &dev).unwrap();
            vars.insert(name, t);
        };
        let (h, i, q, kv) = (64, 96, 64, 32);
        for l in 0..cfg.num_hidden_layers {
            let p = format!("layers.{l}");
            for (n, o, inp) in [("q", q, h), ("k", kv, h), ("v", kv, h), ("o", h, q)] {
                put(format!("{p}.self_attn.{n}_proj.weight"), &[o, inp], 0.2, 0.0);
                if bias {
                    put(format!("{p}.self_attn.{n}_proj.bias"), &[o], 0.1, 0.0);
                }
            }
            for (n, o, inp) in [("gate", i, h), ("up", i, h), ("down", h, i)] {
                put(format!("{p}.mlp.{n}_proj.weight"), &[o, inp], 0.2, 0.0);
            }
            // Norm weights around 1, as trained ones are.
            for (n, size) in [
                ("input_layernorm", h),
                ("post_attention_layernorm", h),
                ("self_attn.q_norm", 16),
                ("self_attn.k_norm", 16),
            ] {
                put(format!("{p}.{n}.weight"), &[size], 0.1, 1.0);
            }
        }
        put("norm.weight".into(), &[h], 0.1, 1.0);
        let vb = VarBuilder::from_tensors(vars, DType::F32, &dev);
        let q8 = Decoder::new(&cfg, vb.clone(), StackQuant::all(Some(format))).unwrap();
        (q8, Decoder::new(&cfg, vb, StackQuant::all(None)).unwrap())
    }

    /// `||a - b|| / ||b||`.
    fn relative_error(a: &[f32], b: &[f32]) -> f64 {
        let d: f64 = a.iter().zip(b).map(|(x, y)| (*x as f64 - *y as f64).powi(2)).sum();
        let n: f64 = b.iter().map(|y| (*y as f64).powi(2)).sum();
        (d / n).sqrt()
    }

    fn tables(rope: &Rope, positions: &[i64]) -> (Tensor, Tensor) {
        let rows: Vec<Vec<i64>> = positions.iter().map(|&p| vec![p]).collect();
        let pos = PositionIds::repeated(1, &rows).unwrap();
        rope.cos_sin(&pos, DType::F32, &Device::Cpu).unwrap()
    }

    /// The candle op-by-op path (what every non-fused step runs).
    fn candle_step(
        d: &Decoder,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        c: &mut DecoderCache,
    ) -> Tensor {
        let mut xs = xs.clone();
        for (layer, c) in d.layers.iter().zip(c.layers.iter_mut()) {
            xs = layer.forward(&xs, cos, sin, mask, c).unwrap();
        }
        d.norm.forward(&xs).unwrap()
    }

    fn values(t: &Tensor) -> Vec<f32> {
        t.flatten_all().unwrap().to_vec1::<f32>().unwrap()
    }

    #[test]
    fn fused_decode_steps_equal_the_candle_path() {
        let rope = Rope::plain(16, 10_000.0).unwrap();
        let cases = [GgmlDType::Q8_0, GgmlDType::Q5_0].map(|f| [(false, f), (true, f)]);
        for (bias, format) in cases.into_iter().flatten() {
            let (d, float) = decoders(bias, format);
            let fused = d.layers.iter().all(|l| l.fused.is_some());
            // The fused layout is built exactly where the int8 kernel runs.
            assert_eq!(fused, crate::int8::available(), "bias {bias}");
            assert!(float.layers.iter().all(|l| l.fused.is_none()));
            if !fused {
                continue;
            }
            let dev = Device::Cpu;
            // Three rows sharing a cache (a code-predictor frame), a 5-position prefill through
            // candle, then 6 decode steps: fused on one cache, candle on a copy, and the f32
            // model on its own cache.
            let (rows, prefill) = (3, 5);
            let xs = Tensor::randn(0f32, 1.0, (rows, prefill, 64), &dev).unwrap();
            let pos: Vec<i64> = (0..prefill as i64).collect();
            let rows_pos: Vec<Vec<i64>> = (0..rows).map(|_| pos.clone()).collect();
            let p = PositionIds::repeated(1, &rows_pos).unwrap();
            let (cos, sin) = rope.cos_sin(&p, DType::F32, &dev).unwrap();
            let mask = causal_mask(rows, prefill, 0, None, &dev).unwrap();
            let mut fused_cache = d.new_cache(32);
            d.forward(&xs, &cos, &sin, Some(&mask), &mut fused_cache).unwrap();
            let mut float_cache = float.new_cache(32);
            float.forward(&xs, &cos, &sin, Some(&mask), &mut float_cache).unwrap();
            // Distances to the f32 model summed over the steps, of each q8_0 path.
            let (mut fused_dist, mut candle_dist) = (0f64, 0f64);
            // Steps of one new position (the talker, a code-predictor step) and of two and
            // three that attend causally (a code-predictor frame's first step, a prefill:
            // `forward_causal`).
            let mut past = prefill;
            for step in 0..9 {
                let l = 1 + step % 3;
                // Each step from the same cache: the paths' differences do not accumulate.
                let mut candle_cache = fused_cache.clone();
                let pos: Vec<i64> = (past as i64..(past + l) as i64).collect();
                let p = PositionIds::repeated(1, &vec![pos; rows]).unwrap();
                let (cos, sin) = rope.cos_sin(&p, DType::F32, &dev).unwrap();
                let x = Tensor::randn(0f32, 1.0, (rows, l, 64), &dev).unwrap();
                let got = match l {
                    1 => d.forward(&x, &cos, &sin, None, &mut fused_cache),
                    _ => d.forward_causal(&x, &cos, &sin, &mut fused_cache),
                };
                let got = values(&got.unwrap());
                let mask = causal_mask(rows, l, past, None, &dev).unwrap();
                let want = values(&candle_step(&d, &x, &cos, &sin, Some(&mask), &mut candle_cache));
                let truth =
                    values(&float.forward_causal(&x, &cos, &sin, &mut float_cache).unwrap());
                fused_dist += relative_error(&got, &truth);
                candle_dist += relative_error(&want, &truth);
                past += l;
            }
            // Both paths compute the same int8 products; their f32 sums in the norms and the
            // attention differ in order. Mostly that stays a last-bit difference, but where
            // one crosses a q8_0 rounding boundary of an activation it becomes a quantization
            // step (up to a quarter of q8_0's whole error in L2). So the bar is the one for any
            // reimplementation: as close to the f32 truth as the candle path is (a flip adds an
            // orthogonal ~0.5%; a formula slip - a head, a sign, a norm - is as large as the
            // values).
            let ratio = fused_dist / candle_dist;
            assert!(
                ratio <= 1.02,
                "{format:?} bias {bias}: fused {fused_dist:e} vs candle {candle_dist:e}"
            );
            assert_eq!((fused_cache.seq_len(), float_cache.seq_len()), (past, past));
        }
    }

    #[test]
    fn fused_rows_with_their_own_caches_equal_each_row_alone() {
        for format in [GgmlDType::Q8_0, GgmlDType::Q5_0] {
            fused_rows_alone(format);
        }
    }

    fn fused_rows_alone(format: GgmlDType) {
        let (d, _) = decoders(true, format);
        if !d.layers.iter().all(|l| l.fused.is_some()) {
            return;
        }
        let (rope, dev) = (Rope::plain(16, 10_000.0).unwrap(), Device::Cpu);
        // Rows at different lengths (continuous batching), nine of them: more than one 8-row
        // pass of the int8 kernel.
        let lens: Vec<usize> = (0..9).map(|i| 1 + (i * 5) % 7).collect();
        let mut caches: Vec<DecoderCache> = lens
            .iter()
            .map(|&n| {
                let mut c = d.new_cache(16);
                for t in 0..n {
                    let x = Tensor::randn(0f32, 1.0, (1, 1, 64), &dev).unwrap();
                    let (cos, sin) = tables(&rope, &[t as i64]);
                    d.forward(&x, &cos, &sin, None, &mut c).unwrap();
                }
                c
            })
            .collect();
        let mut alone_caches = caches.clone();
        let x = Tensor::randn(0f32, 1.0, (lens.len(), 1, 64), &dev).unwrap();
        let positions: Vec<i64> = lens.iter().map(|&n| n as i64).collect();
        let (cos, sin) = tables(&rope, &positions);
        let mut refs: Vec<&mut DecoderCache> = caches.iter_mut().collect();
        let batch = values(&d.forward_rows(&x, &cos, &sin, &mut refs).unwrap());
        for (i, c) in alone_caches.iter_mut().enumerate() {
            let row = |t: &Tensor| t.narrow(0, i, 1).unwrap();
            let alone = values(&d.forward(&row(&x), &row(&cos), &row(&sin), None, c).unwrap());
            // Bit for bit: every row's arithmetic is its own.
            assert_eq!(&batch[i * 64..(i + 1) * 64], &alone[..], "row {i}");
        }
    }
}
