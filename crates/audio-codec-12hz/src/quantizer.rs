//! Split residual vector quantizer, decode side (`SplitResidualVectorQuantizer.decode`).
//!
//! Group 0 ("rvq_first") and groups 1.. ("rvq_rest") each sum their codebook rows and project
//! the sum with their own 1x1 conv (no bias); the two projections are added. Codebooks are
//! `embedding_sum / clamp(cluster_usage, 1e-5)`, computed once at load (the reference recomputes
//! them on every call, same values).

use candle_core::{Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::DecoderConfig;
use crate::linear::Linear;

/// `EuclideanCodebook.epsilon`.
const USAGE_EPSILON: f64 = 1e-5;

fn codebook(vb: VarBuilder, size: usize, dim: usize) -> Result<Tensor> {
    let sum = vb.get((size, dim), "embedding_sum")?;
    let usage = vb.get(size, "cluster_usage")?.clamp(USAGE_EPSILON, f64::INFINITY)?;
    sum.broadcast_div(&usage.unsqueeze(1)?)
}

#[derive(Debug, Clone)]
struct Part {
    codebooks: Vec<Tensor>,
    output_proj: Linear,
}

impl Part {
    fn new(layers: usize, cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let dim = cfg.codebook_dim / 2;
        let codebooks = (0..layers)
            .map(|g| codebook(vb.pp(format!("vq.layers.{g}._codebook")), cfg.codebook_size, dim))
            .collect::<Result<Vec<_>>>()?;
        let weight = vb.get((cfg.codebook_dim, dim, 1), "output_proj.weight")?.squeeze(2)?;
        let output_proj = Linear::from_weight(&weight, None)?;
        Ok(Self { codebooks, output_proj })
    }

    /// codes: `[B, G, T]` for this part's groups -> `[B, codebook_dim, T]`.
    fn decode(&self, codes: &Tensor) -> Result<Tensor> {
        let (b, _, t) = codes.dims3()?;
        let mut sum: Option<Tensor> = None;
        for (g, book) in self.codebooks.iter().enumerate() {
            let ids = codes.narrow(1, g, 1)?.flatten_all()?;
            // [B*T, dim] -> [B, T, dim]; accumulate in group order like the reference.
            let rows = book.index_select(&ids, 0)?.reshape((b, t, book.dim(1)?))?;
            sum = Some(match sum {
                Some(s) => (s + rows)?,
                None => rows,
            });
        }
        let Some(sum) = sum else { bail!("a quantizer part without codebooks") };
        // [B, T, dim] -> [B, T, out] -> [B, out, T]
        self.output_proj.forward(&sum)?.transpose(1, 2)
    }
}

#[derive(Debug, Clone)]
pub struct SplitRvqDecoder {
    first: Part,
    rest: Part,
    codebook_size: usize,
}

impl SplitRvqDecoder {
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            first: Part::new(1, cfg, vb.pp("rvq_first"))?,
            rest: Part::new(cfg.num_quantizers - 1, cfg, vb.pp("rvq_rest"))?,
            codebook_size: cfg.codebook_size,
        })
    }

    pub fn num_quantizers(&self) -> usize {
        1 + self.rest.codebooks.len()
    }

    /// codes: `[B, Q, T]` (u32 or i64) -> `[B, codebook_dim, T]`.
    pub fn decode(&self, codes: &Tensor) -> Result<Tensor> {
        let q = codes.dim(1)?;
        if q != self.num_quantizers() {
            bail!("expected {} codebooks per frame, got {q}", self.num_quantizers())
        }
        // Both extremes in one read: on a GPU each read from the device waits for it.
        let range = Tensor::stack(&[codes.min_all()?, codes.max_all()?], 0)?;
        let range = range.to_dtype(candle_core::DType::F64)?.to_vec1::<f64>()?;
        let (min, max) = (range[0], range[1]);
        if min < 0.0 || max >= self.codebook_size as f64 {
            let bad = if min < 0.0 { min } else { max };
            bail!("code {bad} is out of range: codes must be in 0..{}", self.codebook_size)
        }
        let first = self.first.decode(&codes.narrow(1, 0, 1)?)?;
        let rest = self.rest.decode(&codes.narrow(1, 1, q - 1)?)?;
        first + rest
    }
}
