//! The encoder's transformer (`encoder.encoder_transformer`, transformers `MimiTransformerModel`).
//!
//! Pre-norm layers: `h += attn_scale * Attn(LN1(h)); h += mlp_scale * fc2(gelu(fc1(LN2(h))))`,
//! LayerNorm with bias, no final norm, RoPE rotate-half with f32 angles, positions from 0.
//! Attention is FULL causal: under eager/sdpa attention transformers 4.57.3 builds a plain
//! causal mask and never applies the config's `sliding_window` (only flash-attn would), so the
//! reference encodes clips longer than the window with full history.

use candle_core::{D, DType, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::EncoderConfig;
use crate::linear::Linear;
use crate::transformer::{HeadProjections, Rotary};

/// `nn.LayerNorm` in two passes (mean, then the variance of the centred values), as torch
/// computes it. candle_nn's fused CPU kernel uses `E[x^2] - E[x]^2`, which loses digits when a
/// row's mean is large against its spread.
#[derive(Debug, Clone)]
struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f64,
}

impl LayerNorm {
    fn new(dim: usize, eps: f64, vb: VarBuilder) -> Result<Self> {
        Ok(Self { weight: vb.get(dim, "weight")?, bias: vb.get(dim, "bias")?, eps })
    }
}

impl Module for LayerNorm {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let dtype = xs.dtype();
        let xs = xs.to_dtype(DType::F32)?;
        let centred = xs.broadcast_sub(&xs.mean_keepdim(D::Minus1)?)?;
        let var = centred.sqr()?.mean_keepdim(D::Minus1)?;
        let normed = centred.broadcast_div(&(var + self.eps)?.sqrt()?)?.to_dtype(dtype)?;
        normed.broadcast_mul(&self.weight)?.broadcast_add(&self.bias)
    }
}

/// Queries per attention block: bounds the `[B, heads, block, keys]` score temporary.
const QUERY_BLOCK: usize = 512;

#[derive(Debug, Clone)]
struct Attention {
    proj: HeadProjections,
}

impl Attention {
    fn new(cfg: &EncoderConfig, vb: VarBuilder) -> Result<Self> {
        let proj = HeadProjections::new(
            cfg.hidden_size,
            cfg.num_attention_heads,
            cfg.num_key_value_heads,
            cfg.head_dim(),
            false,
            vb,
        )?;
        Ok(Self { proj })
    }

    /// `repeat_kv`: kv head g serves query heads `g * rep .. (g + 1) * rep`.
    fn repeat_kv(&self, xs: Tensor) -> Result<Tensor> {
        let rep = self.proj.heads / self.proj.kv_heads;
        if rep == 1 {
            return Ok(xs);
        }
        let (b, kvh, l, hd) = xs.dims4()?;
        xs.unsqueeze(2)?.broadcast_as((b, kvh, rep, l, hd))?.reshape((b, kvh * rep, l, hd))
    }

    fn forward(&self, xs: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<Tensor> {
        let l = xs.dim(1)?;
        let hd = self.proj.head_dim;
        let (q, k, v) = self.proj.qkv(xs, cos, sin)?;
        // Contiguous matmul operands: see the batched-transposed-view note in conv.rs.
        let q = q.contiguous()?;
        let k_t = self.repeat_kv(k)?.transpose(2, 3)?.contiguous()?; // [B, H, hd, L]
        let v = self.repeat_kv(v)?.contiguous()?; // [B, H, L, hd]
        let scale = 1.0 / (hd as f64).sqrt();
        let mut outs = Vec::with_capacity(l.div_ceil(QUERY_BLOCK));
        for start in (0..l).step_by(QUERY_BLOCK) {
            let n = QUERY_BLOCK.min(l - start);
            // Causal: queries start..start+n see keys 0..start+n only.
            let keys = start + n;
            let qb = q.narrow(2, start, n)?.contiguous()?;
            let kb = k_t.narrow(3, 0, keys)?.contiguous()?;
            let vb = v.narrow(2, 0, keys)?.contiguous()?;
            // Eager attention: (q @ k^T) * scaling, additive causal mask, softmax in f32.
            let scores = (qb.matmul(&kb)? * scale)?;
            let mask = causal_mask(start, n, keys, scores.device())?.to_dtype(scores.dtype())?;
            let scores = scores.broadcast_add(&mask)?;
            let probs = candle_nn::ops::softmax_last_dim(&scores.to_dtype(DType::F32)?)?
                .to_dtype(qb.dtype())?;
            outs.push(probs.matmul(&vb)?); // [B, H, n, hd]
        }
        self.proj.output(&Tensor::cat(&outs, 2)?)
    }
}

/// `[n, keys]` additive mask: query `start + i` sees keys `0..=start + i`.
fn causal_mask(start: usize, n: usize, keys: usize, dev: &candle_core::Device) -> Result<Tensor> {
    let mask: Vec<f32> = (0..n)
        .flat_map(|i| (0..keys).map(move |j| if j <= start + i { 0.0 } else { f32::NEG_INFINITY }))
        .collect();
    Tensor::from_vec(mask, (n, keys), dev)
}

#[derive(Debug, Clone)]
struct Layer {
    input_layernorm: LayerNorm,
    self_attn: Attention,
    self_attn_scale: Tensor,
    post_attention_layernorm: LayerNorm,
    fc1: Linear,
    fc2: Linear,
    mlp_scale: Tensor,
}

impl Layer {
    fn new(cfg: &EncoderConfig, vb: VarBuilder) -> Result<Self> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        Ok(Self {
            input_layernorm: LayerNorm::new(h, cfg.norm_eps, vb.pp("input_layernorm"))?,
            self_attn: Attention::new(cfg, vb.pp("self_attn"))?,
            self_attn_scale: vb.get(h, "self_attn_layer_scale.scale")?,
            post_attention_layernorm: LayerNorm::new(
                h,
                cfg.norm_eps,
                vb.pp("post_attention_layernorm"),
            )?,
            fc1: Linear::new(h, i, false, vb.pp("mlp.fc1"))?,
            fc2: Linear::new(i, h, false, vb.pp("mlp.fc2"))?,
            mlp_scale: vb.get(h, "mlp_layer_scale.scale")?,
        })
    }

    fn forward(&self, xs: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<Tensor> {
        let h = self.self_attn.forward(&self.input_layernorm.forward(xs)?, cos, sin)?;
        let xs = (xs + h.broadcast_mul(&self.self_attn_scale)?)?;
        // MimiMLP with hidden_act "gelu": exact (erf) GELU.
        let h = self.fc1.forward(&self.post_attention_layernorm.forward(&xs)?)?.gelu_erf()?;
        let h = self.fc2.forward(&h)?;
        xs + h.broadcast_mul(&self.mlp_scale)?
    }
}

#[derive(Debug, Clone)]
pub(crate) struct EncoderTransformer {
    layers: Vec<Layer>,
    rotary: Rotary,
}

impl EncoderTransformer {
    /// `vb` points at `encoder.encoder_transformer`.
    pub(crate) fn new(cfg: &EncoderConfig, vb: VarBuilder) -> Result<Self> {
        if cfg.hidden_act != "gelu" {
            bail!("encoder hidden_act {:?} is not supported (gelu)", cfg.hidden_act)
        }
        if cfg.num_key_value_heads == 0
            || !cfg.num_attention_heads.is_multiple_of(cfg.num_key_value_heads)
        {
            bail!(
                "encoder num_attention_heads {} must be a multiple of num_key_value_heads {}",
                cfg.num_attention_heads,
                cfg.num_key_value_heads
            )
        }
        let layers = (0..cfg.num_hidden_layers)
            .map(|l| Layer::new(cfg, vb.pp(format!("layers.{l}"))))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { layers, rotary: Rotary::new(cfg.head_dim(), cfg.rope_theta) })
    }

    /// `[B, L, hidden]` -> `[B, L, hidden]` (`last_hidden_state`), positions 0..L.
    pub(crate) fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let (b, l, _) = xs.dims3()?;
        let (cos, sin) = self.rotary.tables(&vec![0; b], l, xs.dtype(), xs.device())?;
        let mut xs = xs.contiguous()?;
        for layer in &self.layers {
            xs = layer.forward(&xs, &cos, &sin)?;
        }
        Ok(xs)
    }
}
