//! Split residual vector quantizer, encode side (transformers
//! `MimiSplitResidualVectorQuantizer.encode` / `.decode`).
//!
//! The semantic RVQ (1 layer) and the acoustic RVQ both start from the SAME latent, each
//! through its own `input_proj`; the acoustic one does not see the semantic residual. Each layer
//! picks the nearest codebook row and subtracts it from the residual.
//!
//! Nearest means `torch.cdist(...).argmin(-1)`: with more than 25 rows cdist takes its matmul
//! form, `sqrt(clamp_min(|x|^2 + |c|^2 - 2 x.c, 0))`, computed as one GEMM of the augmented rows
//! `[-2x, |x|^2, 1]` and `[c, 1, |c|^2]` (ATen `_euclidean_dist`), and argmin keeps the first
//! minimum. We compute it the same way, in f32 as the reference does (`.float()`), so
//! near-ties resolve as there up to GEMM summation order.

use candle_core::{DType, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::EncoderConfig;
use crate::linear::Linear;

/// `MimiEuclideanCodebook.epsilon`.
const USAGE_EPSILON: f64 = 1e-5;

#[derive(Debug, Clone)]
struct Codebook {
    /// `[size, dim]` f32: `embed_sum / clamp(cluster_usage, 1e-5)` (`MimiEuclideanCodebook.embed`).
    embed: Tensor,
    /// `[dim + 2, size]` f32, contiguous: the rows `[c, 1, |c|^2]`, transposed for the GEMM.
    augmented_t: Tensor,
}

impl Codebook {
    fn new(size: usize, dim: usize, vb: VarBuilder) -> Result<Self> {
        // f32 whatever the model dtype: the reference measures distances in f32.
        let vb = vb.to_dtype(DType::F32);
        let sum = vb.get((size, dim), "embed_sum")?;
        let usage = vb.get(size, "cluster_usage")?.clamp(USAGE_EPSILON, f64::INFINITY)?;
        let embed = sum.broadcast_div(&usage.unsqueeze(1)?)?;
        let norm = embed.sqr()?.sum_keepdim(1)?;
        let ones = norm.ones_like()?;
        let augmented_t = Tensor::cat(&[&embed, &ones, &norm], 1)?.t()?.contiguous()?;
        Ok(Self { embed, augmented_t })
    }

    /// Index of the nearest row for each of `xs` `[N, dim]` (f32): `[N]` u32.
    fn nearest(&self, xs: &Tensor) -> Result<Tensor> {
        let norm = xs.sqr()?.sum_keepdim(1)?;
        let ones = norm.ones_like()?;
        let augmented = Tensor::cat(&[&(xs * -2.0)?, &norm, &ones], 1)?;
        let dist = augmented.matmul(&self.augmented_t)?.maximum(0.0)?.sqrt()?;
        // candle's argmin keeps the first minimum, like torch's.
        dist.argmin(1)
    }
}

/// One `MimiResidualVectorQuantizer`.
#[derive(Debug, Clone)]
struct Rvq {
    /// 1x1 conv, no bias; absent when `vector_quantization_hidden_dimension == hidden_size`.
    input_proj: Option<Linear>,
    output_proj: Option<Linear>,
    codebooks: Vec<Codebook>,
}

impl Rvq {
    fn new(layers: usize, cfg: &EncoderConfig, vb: VarBuilder) -> Result<Self> {
        let (h, vq) = (cfg.hidden_size, cfg.vector_quantization_hidden_dimension());
        let (input_proj, output_proj) = if vq != h {
            let w_in = vb.get((vq, h, 1), "input_proj.weight")?.squeeze(2)?;
            let w_out = vb.get((h, vq, 1), "output_proj.weight")?.squeeze(2)?;
            (Some(Linear::from_weight(&w_in, None)?), Some(Linear::from_weight(&w_out, None)?))
        } else {
            (None, None)
        };
        let codebooks = (0..layers)
            .map(|g| {
                Codebook::new(
                    cfg.codebook_size,
                    cfg.codebook_dim,
                    vb.pp(format!("layers.{g}.codebook")),
                )
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { input_proj, output_proj, codebooks })
    }

    /// `MimiResidualVectorQuantizer.encode` for the first `n` layers: latent rows `[N, hidden]`
    /// -> one `[N]` u32 index tensor per layer.
    fn encode(&self, latent: &Tensor, n: usize) -> Result<Vec<Tensor>> {
        let projected = match &self.input_proj {
            Some(proj) => proj.forward(latent)?,
            None => latent.clone(),
        };
        let mut residual = projected.to_dtype(DType::F32)?;
        let mut codes = Vec::with_capacity(n);
        for book in &self.codebooks[..n] {
            let ids = book.nearest(&residual)?;
            residual = (residual - book.embed.index_select(&ids, 0)?)?;
            codes.push(ids);
        }
        Ok(codes)
    }

    /// `MimiResidualVectorQuantizer.decode`: per-layer `[N]` ids -> `[N, hidden]` (f32 sum of
    /// the rows in layer order, then `output_proj` in the model dtype).
    fn decode(&self, codes: &[Tensor], dtype: DType) -> Result<Tensor> {
        let mut sum: Option<Tensor> = None;
        for (book, ids) in self.codebooks.iter().zip(codes) {
            let rows = book.embed.index_select(ids, 0)?;
            sum = Some(match sum {
                Some(s) => (s + rows)?,
                None => rows,
            });
        }
        let Some(sum) = sum else { bail!("no codebooks to decode") };
        let sum = sum.to_dtype(dtype)?;
        match &self.output_proj {
            Some(proj) => proj.forward(&sum),
            None => Ok(sum),
        }
    }
}

/// `encoder.quantizer`: semantic RVQ then acoustic RVQ.
#[derive(Debug, Clone)]
pub(crate) struct SplitRvqEncoder {
    semantic: Rvq,
    acoustic: Rvq,
    codebook_size: usize,
}

impl SplitRvqEncoder {
    /// `vb` points at `encoder.quantizer`.
    pub(crate) fn new(cfg: &EncoderConfig, vb: VarBuilder) -> Result<Self> {
        if cfg.vector_quantization_hidden_dimension() != cfg.codebook_dim {
            bail!(
                "encoder vector_quantization_hidden_dimension {} must equal codebook_dim {} \
                 (the projected latent is compared with the codebook rows)",
                cfg.vector_quantization_hidden_dimension(),
                cfg.codebook_dim
            )
        }
        let semantic_layers = cfg.num_semantic_quantizers;
        Ok(Self {
            semantic: Rvq::new(semantic_layers, cfg, vb.pp("semantic_residual_vector_quantizer"))?,
            acoustic: Rvq::new(
                cfg.num_quantizers - semantic_layers,
                cfg,
                vb.pp("acoustic_residual_vector_quantizer"),
            )?,
            codebook_size: cfg.codebook_size,
        })
    }

    pub(crate) fn num_quantizers(&self) -> usize {
        self.semantic.codebooks.len() + self.acoustic.codebooks.len()
    }

    pub(crate) fn codebook_size(&self) -> usize {
        self.codebook_size
    }

    /// Channels-last latent `[B, T, hidden]` -> codes `[B, T, n]` u32: the first `n` of the
    /// semantic-then-acoustic codes. Residual quantization makes them equal to the reference's
    /// first `n` of all `num_quantizers`, so the rest is never computed.
    pub(crate) fn encode(&self, latent: &Tensor, n: usize) -> Result<Tensor> {
        if n == 0 || n > self.num_quantizers() {
            bail!("cannot take {n} codebooks: the encoder has {}", self.num_quantizers())
        }
        let (b, t, h) = latent.dims3()?;
        let rows = latent.reshape((b * t, h))?;
        let n_sem = n.min(self.semantic.codebooks.len());
        let mut codes = self.semantic.encode(&rows, n_sem)?;
        if n > n_sem {
            codes.extend(self.acoustic.encode(&rows, n - n_sem)?);
        }
        Tensor::stack(&codes, 1)?.reshape((b, t, n))
    }

    /// `MimiSplitResidualVectorQuantizer.decode`: codes `[B, T, n]` -> `[B, T, hidden]` in
    /// `dtype`.
    pub(crate) fn decode(&self, codes: &Tensor, dtype: DType) -> Result<Tensor> {
        let (b, t, n) = codes.dims3()?;
        if n == 0 || n > self.num_quantizers() {
            bail!("cannot decode {n} codebooks: the encoder has {}", self.num_quantizers())
        }
        let codes = codes.to_dtype(DType::U32)?.reshape((b * t, n))?;
        let layer_ids = (0..n)
            .map(|q| codes.narrow(1, q, 1)?.flatten_all()?.contiguous())
            .collect::<Result<Vec<_>>>()?;
        let n_sem = n.min(self.semantic.codebooks.len());
        let mut out = self.semantic.decode(&layer_ids[..n_sem], dtype)?;
        if n > n_sem {
            out = (out + self.acoustic.decode(&layer_ids[n_sem..], dtype)?)?;
        }
        out.reshape((b, t, out.dim(1)?))
    }
}
