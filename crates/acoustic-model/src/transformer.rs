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
}

impl DecoderLayer {
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder, q: StackQuant) -> Result<Self> {
        let (h, eps) = (cfg.hidden_size, cfg.rms_norm_eps);
        Ok(Self {
            self_attn: Attention::new(cfg, vb.pp("self_attn"), q.attention)?,
            mlp: Mlp::new(cfg, vb.pp("mlp"), q.mlp)?,
            input_layernorm: RmsNorm::new(h, eps, vb.pp("input_layernorm"))?,
            post_attention_layernorm: RmsNorm::new(h, eps, vb.pp("post_attention_layernorm"))?,
        })
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

    /// Runs all layers and the final norm; returns the normed hidden `[b, l, hidden]`.
    pub fn forward(
        &self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        if cache.layers.len() != self.layers.len() {
            bail!("cache has {} layers, decoder {}", cache.layers.len(), self.layers.len())
        }
        let mut xs = xs.clone();
        for (layer, c) in self.layers.iter().zip(cache.layers.iter_mut()) {
            xs = layer.forward(&xs, cos, sin, mask, c)?;
        }
        self.norm.forward(&xs)
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
        if let Some(c) = caches.iter().find(|c| c.layers.len() != self.layers.len()) {
            bail!("cache has {} layers, decoder {}", c.layers.len(), self.layers.len())
        }
        let mut xs = xs.clone();
        for (l, layer) in self.layers.iter().enumerate() {
            let mut layer_caches: Vec<&mut KvCache> =
                caches.iter_mut().map(|c| &mut c.layers[l]).collect();
            xs = layer.forward_rows(&xs, cos, sin, &mut layer_caches)?;
        }
        self.norm.forward(&xs)
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
