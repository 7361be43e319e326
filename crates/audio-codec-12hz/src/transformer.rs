//! The decoder's sliding-window transformer (`decoder.pre_transformer`,
//! `Qwen3TTSTokenizerV2DecoderTransformerModel`), streaming.
//!
//! Pre-norm layers with RMSNorm, LayerScale on both residual branches, SwiGLU MLP, RoPE
//! (rotate-half, f32 angles) and a causal window: query i sees keys (i - window, i]. A stream
//! keeps, per layer, the post-RoPE keys and values of its last `window - 1` positions, so any
//! chunking of the frames gives the full-pass result.

use candle_core::{D, DType, Device, Module, Result, Tensor};
use candle_nn::{RmsNorm, VarBuilder, rms_norm};

use crate::config::DecoderConfig;
use crate::linear::Linear;

/// Per-stream state: cached keys/values per layer plus, per batch row, the absolute position of
/// the next frame and how many cached positions belong to the row's current stream.
#[derive(Debug, Clone)]
pub struct TransformerState {
    /// `[B, kv_heads, n, head_dim]` each; `n <= window - 1` is shared by all rows.
    kv: Vec<Option<(Tensor, Tensor)>>,
    pos: Vec<usize>,
    valid: Vec<usize>,
}

impl TransformerState {
    pub fn new(layers: usize, batch: usize) -> Self {
        Self { kv: vec![None; layers], pos: vec![0; batch], valid: vec![0; batch] }
    }

    /// Starts rows over: position 0 and no history (their stale cache entries are masked out).
    pub fn reset_rows(&mut self, reset: &[bool]) {
        restart_rows(&mut self.pos, &mut self.valid, reset);
    }
}

/// Marked rows go back to position 0 with no valid history (both transformer states).
pub(crate) fn restart_rows(pos: &mut [usize], valid: &mut [usize], reset: &[bool]) {
    for ((p, v), _) in pos.iter_mut().zip(valid.iter_mut()).zip(reset).filter(|(_, r)| **r) {
        *p = 0;
        *v = 0;
    }
}

/// RoPE tables as `transformers`' default rotary embedding computes them: f32 throughout.
#[derive(Debug, Clone)]
pub(crate) struct Rotary {
    inv_freq: Vec<f32>,
}

impl Rotary {
    pub(crate) fn new(head_dim: usize, theta: f64) -> Self {
        // inv_freq = 1 / theta ** (arange(0, dim, 2) / dim), each step in f32.
        let inv_freq = (0..head_dim / 2)
            .map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / head_dim as f32))
            .collect();
        Self { inv_freq }
    }

    /// cos and sin `[B, 1, L, head_dim]` for rows starting at `starts[b]`.
    pub(crate) fn tables(
        &self,
        starts: &[usize],
        len: usize,
        dtype: DType,
        dev: &Device,
    ) -> Result<(Tensor, Tensor)> {
        let half = self.inv_freq.len();
        let mut cos = Vec::with_capacity(starts.len() * len * 2 * half);
        let mut sin = Vec::with_capacity(cos.capacity());
        for &start in starts {
            for p in start..start + len {
                // emb = cat(freqs, freqs)
                for _ in 0..2 {
                    for &f in &self.inv_freq {
                        let angle = p as f32 * f;
                        cos.push(angle.cos());
                        sin.push(angle.sin());
                    }
                }
            }
        }
        let shape = (starts.len(), 1, len, 2 * half);
        let cos = Tensor::from_vec(cos, shape, dev)?.to_dtype(dtype)?;
        let sin = Tensor::from_vec(sin, shape, dev)?.to_dtype(dtype)?;
        Ok((cos, sin))
    }
}

fn rotate_half(xs: &Tensor) -> Result<Tensor> {
    let half = xs.dim(D::Minus1)? / 2;
    let x1 = xs.narrow(D::Minus1, 0, half)?;
    let x2 = xs.narrow(D::Minus1, half, half)?;
    Tensor::cat(&[&x2.neg()?, &x1], D::Minus1)
}

pub(crate) fn apply_rope(xs: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<Tensor> {
    xs.broadcast_mul(cos)? + rotate_half(xs)?.broadcast_mul(sin)?
}

/// The projection half of an attention layer, shared by the decoder's windowed and the
/// encoder's causal attention: q/k/v projections split into heads with RoPE applied, and the
/// output projection.
#[derive(Debug, Clone)]
pub(crate) struct HeadProjections {
    q_proj: Linear,
    k_proj: Linear,
    v_proj: Linear,
    o_proj: Linear,
    pub heads: usize,
    pub kv_heads: usize,
    pub head_dim: usize,
}

impl HeadProjections {
    pub fn new(
        hidden: usize,
        heads: usize,
        kv_heads: usize,
        head_dim: usize,
        bias: bool,
        vb: VarBuilder,
    ) -> Result<Self> {
        let (q, kv) = (heads * head_dim, kv_heads * head_dim);
        Ok(Self {
            q_proj: Linear::new(hidden, q, bias, vb.pp("q_proj"))?,
            k_proj: Linear::new(hidden, kv, bias, vb.pp("k_proj"))?,
            v_proj: Linear::new(hidden, kv, bias, vb.pp("v_proj"))?,
            o_proj: Linear::new(q, hidden, bias, vb.pp("o_proj"))?,
            heads,
            kv_heads,
            head_dim,
        })
    }

    /// xs `[B, L, hidden]` -> q `[B, heads, L, hd]`, k and v `[B, kv_heads, L, hd]`, with RoPE
    /// on q and k; k and v contiguous.
    pub fn qkv(&self, xs: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<(Tensor, Tensor, Tensor)> {
        let (b, l, _) = xs.dims3()?;
        let split = |t: Tensor, heads| t.reshape((b, l, heads, self.head_dim))?.transpose(1, 2);
        let q = apply_rope(&split(self.q_proj.forward(xs)?, self.heads)?, cos, sin)?;
        let k = apply_rope(&split(self.k_proj.forward(xs)?, self.kv_heads)?, cos, sin)?;
        let v = split(self.v_proj.forward(xs)?, self.kv_heads)?;
        Ok((q, k.contiguous()?, v.contiguous()?))
    }

    /// Attention output `[B, heads, L, hd]` -> `[B, L, hidden]`.
    pub fn output(&self, out: &Tensor) -> Result<Tensor> {
        let (b, h, l, hd) = out.dims4()?;
        self.o_proj.forward(&out.transpose(1, 2)?.reshape((b, l, h * hd))?)
    }
}

#[derive(Debug, Clone)]
struct Attention {
    proj: HeadProjections,
}

impl Attention {
    fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let proj = HeadProjections::new(
            cfg.hidden_size,
            cfg.num_attention_heads,
            cfg.num_key_value_heads,
            cfg.head_dim(),
            cfg.attention_bias,
            vb,
        )?;
        Ok(Self { proj })
    }

    /// Banded attention: each query attends to the `window` key slots ending at itself. Keys
    /// are gathered per query instead of scoring all keys against all queries, so a query's
    /// arithmetic is the same however the frames are chunked (streaming equals the full pass
    /// to the last bits), and the cost is linear in the number of frames.
    fn forward(
        &self,
        xs: &Tensor,
        rope: &(Tensor, Tensor),
        window: &Window,
        cache: &mut Option<(Tensor, Tensor)>,
    ) -> Result<Tensor> {
        let (b, l, _) = xs.dims3()?;
        let (q, k, v) = self.proj.qkv(xs, &rope.0, &rope.1)?;
        let (k, v) = match cache.take() {
            Some((ck, cv)) => (Tensor::cat(&[&ck, &k], 2)?, Tensor::cat(&[&cv, &v], 2)?),
            None => (k, v),
        };
        let n = k.dim(2)?;
        let kept = window.size.saturating_sub(1).min(n);
        *cache = Some((
            k.narrow(2, n - kept, kept)?.contiguous()?,
            v.narrow(2, n - kept, kept)?.contiguous()?,
        ));

        let p = &self.proj;
        let (hd, kvh, rep, w) = (p.head_dim, p.kv_heads, p.heads / p.kv_heads, window.size);
        // q: [B, kv_heads, rep, L, hd]: query head g*rep + r uses kv head g (repeat_interleave).
        let q = (q * (hd as f64).powf(-0.5))?.reshape((b, kvh, rep, l, hd))?;
        let mut outs = Vec::new();
        // Queries in blocks, to bound the gathered [.., block, window, hd] temporaries. Each
        // query is its own one-row matmul against its window (no large broadcast temporaries:
        // candle would split those over its thread pool, which then competes with ours).
        for start in (0..l).step_by(QUERY_BLOCK) {
            let len = QUERY_BLOCK.min(l - start);
            let idx = window.index.narrow(0, start * w, len * w)?;
            // [B, kvh, len, w, hd] -> per query [w, hd] (keys) and [w, hd] (values).
            let gather = |t: &Tensor| t.index_select(&idx, 2)?.reshape((b, kvh, len, w, hd));
            let (kw, vw) = (gather(&k)?, gather(&v)?);
            // [B, kvh, len, rep, hd] @ [B, kvh, len, hd, w] -> [B, kvh, len, rep, w]
            // (candle's CPU matmul takes at most two batch dims: B and kvh are merged.)
            let qb = q.narrow(3, start, len)?.permute((0, 1, 3, 2, 4))?.contiguous()?;
            let qb = qb.reshape((b * kvh, len, rep, hd))?;
            let kt = kw.transpose(3, 4)?.contiguous()?.reshape((b * kvh, len, hd, w))?;
            let scores = qb.matmul(&kt)?.reshape((b, kvh, len, rep, w))?;
            let mask = window.mask.narrow(3, start, len)?.reshape((b, 1, len, 1, w))?;
            let scores = scores.broadcast_add(&mask)?;
            // Eager attention: softmax in f32, cast back.
            let probs = candle_nn::ops::softmax_last_dim(&scores.to_dtype(DType::F32)?)?
                .to_dtype(qb.dtype())?;
            // [B, kvh, len, rep, w] @ [B, kvh, len, w, hd] -> [B, kvh, len, rep, hd]
            let probs = probs.contiguous()?.reshape((b * kvh, len, rep, w))?;
            let o = probs.matmul(&vw.contiguous()?.reshape((b * kvh, len, w, hd))?)?;
            let o = o.reshape((b, kvh, len, rep, hd))?;
            outs.push(o.permute((0, 1, 3, 2, 4))?); // [B, kvh, rep, len, hd]
        }
        p.output(&Tensor::cat(&outs, 3)?.reshape((b, p.heads, l, hd))?)
    }
}

/// Queries processed together in [`Attention::forward`].
const QUERY_BLOCK: usize = 64;

/// Which keys each query of a step sees: slot s of query i is key `n + i - (size - 1) + s` of
/// the step's `[cache (n) ++ new (L)]` keys.
struct Window {
    size: usize,
    /// `[L * size]` key indices (clamped to 0 where the slot is masked).
    index: Tensor,
    /// `[B, 1, 1, L, size]` additive mask: 0 where the slot holds a key of the row's stream.
    mask: Tensor,
}

#[derive(Debug, Clone)]
struct Mlp {
    gate_proj: Linear,
    up_proj: Linear,
    down_proj: Linear,
}

impl Module for Mlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let gate = self.gate_proj.forward(xs)?.silu()?;
        self.down_proj.forward(&(gate * self.up_proj.forward(xs)?)?)
    }
}

#[derive(Debug, Clone)]
struct Layer {
    input_layernorm: RmsNorm,
    self_attn: Attention,
    self_attn_scale: Tensor,
    post_attention_layernorm: RmsNorm,
    mlp: Mlp,
    mlp_scale: Tensor,
}

impl Layer {
    fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        let mlp = Mlp {
            gate_proj: Linear::new(h, i, false, vb.pp("mlp.gate_proj"))?,
            up_proj: Linear::new(h, i, false, vb.pp("mlp.up_proj"))?,
            down_proj: Linear::new(i, h, false, vb.pp("mlp.down_proj"))?,
        };
        Ok(Self {
            input_layernorm: rms_norm(h, cfg.rms_norm_eps, vb.pp("input_layernorm"))?,
            self_attn: Attention::new(cfg, vb.pp("self_attn"))?,
            self_attn_scale: vb.get(h, "self_attn_layer_scale.scale")?,
            post_attention_layernorm: rms_norm(
                h,
                cfg.rms_norm_eps,
                vb.pp("post_attention_layernorm"),
            )?,
            mlp,
            mlp_scale: vb.get(h, "mlp_layer_scale.scale")?,
        })
    }
}

#[derive(Debug, Clone)]
pub struct DecoderTransformer {
    input_proj: Linear,
    layers: Vec<Layer>,
    norm: RmsNorm,
    output_proj: Linear,
    rotary: Rotary,
    window: usize,
}

impl DecoderTransformer {
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let layers = (0..cfg.num_hidden_layers)
            .map(|l| Layer::new(cfg, vb.pp(format!("layers.{l}"))))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            input_proj: Linear::new(cfg.latent_dim, cfg.hidden_size, true, vb.pp("input_proj"))?,
            layers,
            norm: rms_norm(cfg.hidden_size, cfg.rms_norm_eps, vb.pp("norm"))?,
            output_proj: Linear::new(cfg.hidden_size, cfg.latent_dim, true, vb.pp("output_proj"))?,
            rotary: Rotary::new(cfg.head_dim(), cfg.rope_theta),
            window: cfg.sliding_window,
        })
    }

    pub fn num_layers(&self) -> usize {
        self.layers.len()
    }

    fn window(
        &self,
        state: &TransformerState,
        n: usize,
        len: usize,
        dtype: DType,
        dev: &Device,
    ) -> Result<Window> {
        let w = self.window;
        let mut index = Vec::with_capacity(len * w);
        let mut mask = Vec::with_capacity(state.valid.len() * len * w);
        for i in 0..len {
            for s in 0..w {
                // Key position relative to the step's keys; negative before the stream.
                index.push((n + i + s).saturating_sub(w - 1) as u32);
            }
        }
        for &valid in &state.valid {
            for i in 0..len {
                for s in 0..w {
                    let key = (n + i + s) as isize - (w - 1) as isize;
                    // Cached keys (key < n) count only if they belong to the row's stream.
                    let ok = key >= 0 && (key as usize >= n || n - key as usize <= valid);
                    mask.push(if ok { 0f32 } else { f32::NEG_INFINITY });
                }
            }
        }
        let index = Tensor::from_vec(index, len * w, dev)?;
        let mask =
            Tensor::from_vec(mask, (state.valid.len(), 1, 1, len, w), dev)?.to_dtype(dtype)?;
        Ok(Window { size: w, index, mask })
    }

    /// xs: `[B, L, latent]` -> `[B, L, latent]`, advancing the state by L positions.
    pub fn step(&self, xs: &Tensor, state: &mut TransformerState) -> Result<Tensor> {
        let (_, len, _) = xs.dims3()?;
        let (dtype, dev) = (xs.dtype(), xs.device());
        let n = state.kv.first().and_then(|c| c.as_ref()).map_or(Ok(0), |(k, _)| k.dim(2))?;
        let window = self.window(state, n, len, dtype, dev)?;
        let rope = self.rotary.tables(&state.pos, len, dtype, dev)?;
        // Contiguous first: see the matmul note in conv.rs.
        let mut xs = self.input_proj.forward(&xs.contiguous()?)?;
        for (layer, cache) in self.layers.iter().zip(state.kv.iter_mut()) {
            let h = layer.self_attn.forward(
                &layer.input_layernorm.forward(&xs)?,
                &rope,
                &window,
                cache,
            )?;
            xs = (xs + h.broadcast_mul(&layer.self_attn_scale)?)?;
            let h = layer.mlp.forward(&layer.post_attention_layernorm.forward(&xs)?)?;
            xs = (xs + h.broadcast_mul(&layer.mlp_scale)?)?;
        }
        for (pos, valid) in state.pos.iter_mut().zip(state.valid.iter_mut()) {
            *pos += len;
            *valid = (*valid + len).min(self.window - 1);
        }
        self.output_proj.forward(&self.norm.forward(&xs)?)
    }
}
