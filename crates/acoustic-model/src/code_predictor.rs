//! The code predictor ("sub-talker" / MTP): a small decoder run afresh for every frame that
//! predicts the residual codes 1..G-1 from the talker hidden and code 0.
//!
//! Reference: `Qwen3TTSTalkerCodePredictorModelForConditionalGeneration` and the
//! `code_predictor.generate(...)` call in `Qwen3TTSTalkerForConditionalGeneration.forward`.
//! Per frame: prefill `proj([h ; E(code0)])` at positions 0, 1 -> `lm_head[0]` gives code 1;
//! then step j feeds `proj(cpE[j-1](code j))` at position j+1 -> `lm_head[j]` gives code j+1.
//! The last code is never fed back; no cache survives the frame.
//!
//! `proj` is a linear map applied right after the embedding lookup, so for steps j >= 1 it is
//! folded into the tables at load (`proj(cpE[j](c)) = (cpE[j] W^T + b)[c]`, computed once in
//! f32): a step reads one row instead of the `[hidden, talker_hidden]` projection (1.7B: 2048
//! x 1024 weights, 14 times a frame). The prefill still projects `[h ; E(code0)]`.

use candle_core::{DType, Device, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::CodePredictorConfig;
use crate::linear::Linear;
use crate::quant::QuantPlan;
use crate::rope::{PositionIds, Rope};
use crate::talker::embed_rows;
use crate::transformer::{Decoder, DecoderConfig};

#[derive(Debug, Clone)]
pub struct CodePredictor {
    /// `model.codec_embedding.{j}`: `[vocab, talker_hidden]` for residual codebook j+1.
    codec_embedding: Vec<Tensor>,
    model: Decoder,
    lm_head: Vec<Linear>,
    /// `small_to_mtp_projection`; `None` is the reference's `nn.Identity` (equal sizes).
    projection: Option<Linear>,
    /// `projection` folded into `codec_embedding` (`[vocab, hidden]` each), when present.
    projected_embedding: Option<Vec<Tensor>>,
    rope: Rope,
    /// RoPE `(cos, sin)` of positions `0..G` (`[1, G, head_dim / 2]`), made on first use in
    /// the activations' dtype and device: a frame's positions are always those, so each step
    /// narrows them instead of computing (and on a GPU uploading) its own.
    rope_tables: std::sync::OnceLock<(Tensor, Tensor)>,
    num_code_groups: usize,
}

impl CodePredictor {
    /// `vb` points at `talker.code_predictor`; `plan` quantizes projections (its talker part
    /// is not used here).
    pub fn new(
        cfg: &CodePredictorConfig,
        talker_hidden: usize,
        vb: VarBuilder,
        plan: &QuantPlan,
    ) -> Result<Self> {
        let g = cfg.num_code_groups;
        if g < 2 {
            bail!("code predictor num_code_groups {g} must be at least 2")
        }
        let m = vb.pp("model");
        let codec_embedding = (0..g - 1)
            .map(|j| m.pp("codec_embedding").pp(j).get((cfg.vocab_size, talker_hidden), "weight"))
            .collect::<Result<Vec<_>>>()?;
        let dcfg = DecoderConfig {
            hidden_size: cfg.hidden_size,
            intermediate_size: cfg.intermediate_size,
            num_attention_heads: cfg.num_attention_heads,
            num_key_value_heads: cfg.num_key_value_heads(),
            head_dim: cfg.head_dim,
            num_hidden_layers: cfg.num_hidden_layers,
            rms_norm_eps: cfg.rms_norm_eps,
            attention_bias: cfg.attention_bias,
        };
        let lm_head = (0..g - 1)
            .map(|j| {
                let vb = vb.pp("lm_head").pp(j);
                Linear::load(cfg.hidden_size, cfg.vocab_size, false, vb, plan.heads)
            })
            .collect::<Result<Vec<_>>>()?;
        let (projection, projected_embedding) = if cfg.hidden_size != talker_hidden {
            let vb = vb.pp("small_to_mtp_projection");
            let (h, th) = (cfg.hidden_size, talker_hidden);
            let w = vb.get((h, th), "weight")?.to_dtype(DType::F32)?;
            let b = vb.get(h, "bias")?.to_dtype(DType::F32)?;
            let exact = candle_nn::Linear::new(w, Some(b));
            let fused = codec_embedding
                .iter()
                .map(|t| exact.forward(&t.to_dtype(DType::F32)?)?.to_dtype(t.dtype()))
                .collect::<Result<Vec<_>>>()?;
            (Some(Linear::load(th, h, true, vb, plan.projections)?), Some(fused))
        } else {
            (None, None)
        };
        Ok(Self {
            codec_embedding,
            model: Decoder::new(&dcfg, m, plan.code_predictor)?,
            lm_head,
            projection,
            projected_embedding,
            rope: Rope::plain(cfg.head_dim, cfg.rope_theta)?,
            rope_tables: std::sync::OnceLock::new(),
            num_code_groups: g,
        })
    }

    pub fn num_code_groups(&self) -> usize {
        self.num_code_groups
    }

    /// `model.codec_embedding[j](ids)` (residual codebook j+1): `[n, talker_hidden]`.
    pub fn codec_embed(&self, j: usize, ids: &[u32]) -> Result<Tensor> {
        let Some(t) = self.codec_embedding.get(j) else {
            bail!("residual codebook {j} does not exist ({} tables)", self.codec_embedding.len())
        };
        embed_rows(t, ids, "code predictor codec")
    }

    pub fn decoder(&self) -> &Decoder {
        &self.model
    }

    pub fn lm_heads(&self) -> &[Linear] {
        &self.lm_head
    }

    pub fn projection(&self) -> Option<&Linear> {
        self.projection.as_ref()
    }

    /// `proj(model.codec_embedding[j](ids))`: the input rows of step j+1, `[n, hidden]`.
    pub fn step_embed(&self, j: usize, ids: &[u32]) -> Result<Tensor> {
        match &self.projected_embedding {
            Some(tables) => match tables.get(j) {
                Some(t) => embed_rows(t, ids, "code predictor codec"),
                None => bail!("residual codebook {j} does not exist ({} tables)", tables.len()),
            },
            None => self.codec_embed(j, ids),
        }
    }

    fn project(&self, xs: &Tensor) -> Result<Tensor> {
        match &self.projection {
            Some(p) => p.forward(xs),
            None => Ok(xs.clone()),
        }
    }

    /// One frame for a batch. `hidden: [b, talker_hidden]` (the talker's final-normed hidden
    /// that produced code 0), `code0_embed: [b, talker_hidden]` (talker `codec_embedding` of
    /// code 0). `select(j, logits)` receives the f32 logits `[b, vocab]` of `lm_head[j]` and
    /// returns the chosen code of each row. Returns codes 1..G-1 per row.
    pub fn predict(
        &self,
        hidden: &Tensor,
        code0_embed: &Tensor,
        select: &mut dyn FnMut(usize, &Tensor) -> Result<Vec<u32>>,
    ) -> Result<Vec<Vec<u32>>> {
        let b = hidden.dim(0)?;
        let mut choose = |j: usize, logits: &Tensor| {
            let picked = select(j, logits)?;
            if picked.len() != b {
                bail!("code predictor selector returned {} codes for {b} rows", picked.len())
            }
            Ok(picked)
        };
        let picked =
            self.steps(hidden, code0_embed, &mut choose, &|j, ids| self.step_embed(j, ids))?;
        Ok((0..b).map(|i| picked.iter().map(|p| p[i]).collect()).collect())
    }

    /// [`Self::predict`] with the codes kept on the device: `select(j, logits)` returns the
    /// chosen codes `[b]` (u32) as a tensor on the logits' device, the next step looks them up
    /// with `index_select`, and nothing is read from the device here. Returns the codes
    /// 1..G-1 as `[b, G-1]` u32, to read once per frame.
    ///
    /// A code outside the table (the device selector's mark for "nothing to sample") is looked
    /// up as the last row; the caller reports it when it reads the codes.
    pub fn predict_on_device(
        &self,
        hidden: &Tensor,
        code0_embed: &Tensor,
        select: &mut dyn FnMut(usize, &Tensor) -> Result<Tensor>,
    ) -> Result<Tensor> {
        let b = hidden.dim(0)?;
        let vocab = self.codec_embedding[0].dim(0)?;
        let last = Tensor::new(&[vocab as u32 - 1], hidden.device())?;
        let mut choose = |j: usize, logits: &Tensor| {
            let ids = select(j, logits)?;
            if ids.dims() != [b] || ids.dtype() != DType::U32 {
                bail!(
                    "code predictor selector returned {:?} {:?} for {b} rows",
                    ids.dims(),
                    ids.dtype()
                )
            }
            Ok(ids)
        };
        let embed = |j: usize, ids: &Tensor| {
            let ids = ids.broadcast_minimum(&last)?;
            let tables = self.projected_embedding.as_ref().unwrap_or(&self.codec_embedding);
            match tables.get(j) {
                Some(t) => t.index_select(&ids, 0),
                None => bail!("residual codebook {j} does not exist ({} tables)", tables.len()),
            }
        };
        Tensor::stack(&self.steps(hidden, code0_embed, &mut choose, &embed)?, 1)
    }

    /// `(cos, sin)` `[b, l, head_dim / 2]` of positions `past..past + l` for each of `b` rows,
    /// from [`Self::rope_tables`] (the same f32 products as [`Rope::cos_sin`]).
    fn rope_rows(
        &self,
        past: usize,
        l: usize,
        b: usize,
        dtype: DType,
        dev: &Device,
    ) -> Result<(Tensor, Tensor)> {
        let g = self.num_code_groups;
        if past + l > g {
            bail!("code predictor positions {past}..{} past its {g} code groups", past + l)
        }
        let (cos, sin) = match self.rope_tables.get() {
            Some((c, s)) if c.dtype() == dtype && c.device().same_device(dev) => {
                (c.clone(), s.clone())
            }
            _ => {
                let pos = PositionIds::repeated(1, &[(0..g as i64).collect()])?;
                let tables = self.rope.cos_sin(&pos, dtype, dev)?;
                // A second dtype or device (not the engine's case) recomputes instead.
                let _ = self.rope_tables.set(tables.clone());
                tables
            }
        };
        let rows = |t: Tensor| {
            let half = t.dim(2)?;
            t.narrow(1, past, l)?.broadcast_as((b, l, half))?.contiguous()
        };
        Ok((rows(cos)?, rows(sin)?))
    }

    /// The frame's steps. `choose(j, logits)` picks codes from the f32 logits `[b, vocab]` of
    /// `lm_head[j]`; `embed(j, codes)` gives the next step's input rows `[b, hidden]` (not
    /// asked after the last step: the last code is never fed back). Returns each step's codes.
    fn steps<C>(
        &self,
        hidden: &Tensor,
        code0_embed: &Tensor,
        choose: &mut dyn FnMut(usize, &Tensor) -> Result<C>,
        embed: &dyn Fn(usize, &C) -> Result<Tensor>,
    ) -> Result<Vec<C>> {
        let b = hidden.dim(0)?;
        let dev = hidden.device();
        let steps = self.num_code_groups - 1;
        let mut cache = self.model.new_cache(self.num_code_groups);
        let mut codes = Vec::with_capacity(steps);
        let xs = Tensor::stack(&[hidden, code0_embed], 1)?; // b, 2, d
        let mut xs = self.project(&xs)?;
        for j in 0..steps {
            let l = xs.dim(1)?;
            let (cos, sin) = self.rope_rows(cache.seq_len(), l, b, xs.dtype(), dev)?;
            let h = self.model.forward_causal(&xs, &cos, &sin, &mut cache)?;
            let last = h.narrow(1, l - 1, 1)?.squeeze(1)?;
            let logits = self.lm_head[j].forward(&last)?.to_dtype(DType::F32)?;
            let picked = choose(j, &logits)?;
            if j + 1 < steps {
                xs = embed(j, &picked)?.unsqueeze(1)?;
            }
            codes.push(picked);
        }
        Ok(codes)
    }
}
