//! The talker: a Qwen3-style decoder over summed text-track and codec-track embeddings that
//! predicts code 0 of each 12.5 Hz frame.
//!
//! Reference: `Qwen3TTSTalkerForConditionalGeneration` and `Qwen3TTSTalkerModel`
//! (`modeling_qwen3_tts.py`). Weight names: `talker.model.{codec_embedding, text_embedding,
//! layers.*, norm}`, `talker.text_projection.linear_fc{1,2}`, `talker.codec_head`.

use candle_core::quantized::GgmlDType;
use candle_core::{DType, Device, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use std::sync::Arc;

use candle_core::safetensors::MmapedSafetensors;

use crate::config::TalkerConfig;
use crate::embedding::{EmbeddingTable, MappedTable};
use crate::linear::Linear;
use crate::quant::QuantPlan;
use crate::rope::{PositionIds, Rope};
use crate::transformer::{Decoder, DecoderCache, DecoderConfig};

/// The checkpoint name of the talker's text embedding.
pub const TEXT_EMBEDDING: &str = "talker.model.text_embedding.weight";

/// `Qwen3TTSTalkerResizeMLP(text_hidden, text_hidden, hidden, silu, bias=True)`.
#[derive(Debug, Clone)]
pub struct TextProjection {
    linear_fc1: Linear,
    linear_fc2: Linear,
}

impl TextProjection {
    pub fn new(
        text_hidden: usize,
        hidden: usize,
        vb: VarBuilder,
        q: Option<GgmlDType>,
    ) -> Result<Self> {
        Ok(Self {
            linear_fc1: Linear::load(text_hidden, text_hidden, true, vb.pp("linear_fc1"), q)?,
            linear_fc2: Linear::load(text_hidden, hidden, true, vb.pp("linear_fc2"), q)?,
        })
    }
}

impl Module for TextProjection {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let h = candle_nn::ops::silu(&self.linear_fc1.forward(xs)?)?;
        self.linear_fc2.forward(&h)
    }
}

/// Rows of an embedding table, with the ids checked first (a bad id is user data, not a bug).
pub(crate) fn embed_rows(table: &Tensor, ids: &[u32], what: &str) -> Result<Tensor> {
    let rows = table.dim(0)?;
    if let Some(&bad) = ids.iter().find(|&&i| i as usize >= rows) {
        bail!("{what} id {bad} is outside the table of {rows} rows")
    }
    let idx = Tensor::new(ids, table.device())?;
    table.index_select(&idx, 0)
}

pub fn talker_decoder_config(cfg: &TalkerConfig) -> DecoderConfig {
    DecoderConfig {
        hidden_size: cfg.hidden_size,
        intermediate_size: cfg.intermediate_size,
        num_attention_heads: cfg.num_attention_heads,
        num_key_value_heads: cfg.num_key_value_heads,
        head_dim: cfg.head_dim(),
        num_hidden_layers: cfg.num_hidden_layers,
        rms_norm_eps: cfg.rms_norm_eps,
        attention_bias: cfg.attention_bias,
    }
}

#[derive(Debug, Clone)]
pub struct Talker {
    codec_embedding: Tensor,
    text_embedding: EmbeddingTable,
    text_projection: TextProjection,
    model: Decoder,
    codec_head: Linear,
    rope: Rope,
    cfg: TalkerConfig,
}

impl Talker {
    /// `vb` points at `talker`; `plan` quantizes projections (its code-predictor part is not
    /// used here).
    pub fn new(cfg: &TalkerConfig, vb: VarBuilder, plan: &QuantPlan) -> Result<Self> {
        Self::with_text_rows(cfg, vb, plan, None)
    }

    /// [`Self::new`], the text embedding's rows read from `mapped` (the checkpoint's mapping)
    /// when a prompt needs them instead of a resident copy, when given.
    pub fn with_text_rows(
        cfg: &TalkerConfig,
        vb: VarBuilder,
        plan: &QuantPlan,
        mapped: Option<Arc<MmapedSafetensors>>,
    ) -> Result<Self> {
        let (d, td) = (cfg.hidden_size, cfg.text_hidden_size);
        let m = vb.pp("model");
        let rs = &cfg.rope_scaling;
        if let Some(t) = rs.rope_type.as_deref().or(rs.kind.as_deref())
            && t != "default"
        {
            bail!("talker rope_type {t:?} is not supported; the 12 Hz talker uses \"default\"")
        }
        Ok(Self {
            codec_embedding: m.get((cfg.vocab_size, d), "codec_embedding.weight")?,
            text_embedding: match (mapped, plan.text_embedding) {
                (Some(files), stored) => EmbeddingTable::Mapped(MappedTable::new(
                    files,
                    TEXT_EMBEDDING,
                    (cfg.text_vocab_size, td),
                    stored.unwrap_or(vb.dtype()),
                    vb.device(),
                )?),
                (None, Some(dt)) => EmbeddingTable::Resident(m.get_with_hints_dtype(
                    (cfg.text_vocab_size, td),
                    "text_embedding.weight",
                    Default::default(),
                    dt,
                )?),
                (None, None) => EmbeddingTable::Resident(
                    m.get((cfg.text_vocab_size, td), "text_embedding.weight")?,
                ),
            },
            text_projection: TextProjection::new(
                td,
                d,
                vb.pp("text_projection"),
                plan.projections,
            )?,
            model: Decoder::new(&talker_decoder_config(cfg), m, plan.talker)?,
            codec_head: Linear::load(d, cfg.vocab_size, false, vb.pp("codec_head"), plan.heads)?,
            rope: Rope::multimodal(
                cfg.head_dim(),
                cfg.rope_theta,
                &rs.mrope_section,
                rs.interleaved,
            )?,
            cfg: cfg.clone(),
        })
    }

    pub fn config(&self) -> &TalkerConfig {
        &self.cfg
    }

    pub fn dtype(&self) -> DType {
        self.codec_embedding.dtype()
    }

    pub fn device(&self) -> &Device {
        self.codec_embedding.device()
    }

    /// `text_projection(text_embedding(ids))`: `[n, hidden]`.
    pub fn text_embed(&self, ids: &[u32]) -> Result<Tensor> {
        let e = self.text_embedding.rows(ids, "text token")?.to_dtype(self.dtype())?;
        self.text_projection.forward(&e.unsqueeze(0)?)?.squeeze(0)
    }

    /// `codec_embedding(ids)`: `[n, hidden]`.
    pub fn codec_embed(&self, ids: &[u32]) -> Result<Tensor> {
        embed_rows(&self.codec_embedding, ids, "talker codec")
    }

    pub fn decoder(&self) -> &Decoder {
        &self.model
    }

    pub fn codec_head(&self) -> &Linear {
        &self.codec_head
    }

    pub fn new_cache(&self, capacity: usize) -> DecoderCache {
        self.model.new_cache(capacity)
    }

    /// The decoder on `embeds: [b, l, hidden]` at per-row 1-D positions `positions[b]` (the three
    /// M-RoPE streams get the same positions, as `get_rope_index` builds them). Returns the
    /// final-normed hidden `[b, l, hidden]`.
    pub fn forward(
        &self,
        embeds: &Tensor,
        positions: &[Vec<i64>],
        mask: Option<&Tensor>,
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        let pos = PositionIds::repeated(self.rope.streams(), positions)?;
        self.forward_positions(embeds, &pos, mask, cache)
    }

    /// [`Self::forward`] for one sequence's new positions attending causally (a prefill
    /// without padding): the decoder's fused CPU steps when it has them
    /// ([`Decoder::forward_causal`]).
    pub fn forward_causal(
        &self,
        embeds: &Tensor,
        positions: &[Vec<i64>],
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        let pos = PositionIds::repeated(self.rope.streams(), positions)?;
        let (cos, sin) = self.rope.cos_sin(&pos, embeds.dtype(), embeds.device())?;
        self.model.forward_causal(embeds, &cos, &sin, cache)
    }

    /// Several sequences' new positions prefilled in one pass (`embeds[i]: [1, l_i, hidden]`
    /// at `positions[i]`, into `caches[i]`): the weights are read once for all of them. Only
    /// with the decoder's fused CPU steps, where each sequence's hidden `[1, l_i, hidden]`
    /// equals [`Self::forward_causal`] of it alone bit for bit; `None` otherwise.
    pub fn forward_sequences(
        &self,
        embeds: &[Tensor],
        positions: &[Vec<i64>],
        caches: &mut [&mut DecoderCache],
    ) -> Result<Option<Vec<Tensor>>> {
        let lens = embeds.iter().map(|e| e.dim(1)).collect::<Result<Vec<_>>>()?;
        if positions.len() != lens.len() || positions.iter().zip(&lens).any(|(p, &l)| p.len() != l)
        {
            candle_core::bail!("positions do not match the {} sequences' lengths", lens.len())
        }
        let xs = Tensor::cat(embeds, 1)?;
        let pos = PositionIds::repeated(self.rope.streams(), &[positions.concat()])?;
        let (cos, sin) = self.rope.cos_sin(&pos, xs.dtype(), xs.device())?;
        let Some(h) = self.model.forward_sequences(&xs, &cos, &sin, caches, &lens)? else {
            return Ok(None);
        };
        let mut start = 0;
        let mut out = Vec::with_capacity(lens.len());
        for l in lens {
            out.push(h.narrow(1, start, l)?);
            start += l;
        }
        Ok(Some(out))
    }

    /// [`Self::forward`] with explicit (possibly distinct) position streams.
    pub fn forward_positions(
        &self,
        embeds: &Tensor,
        pos: &PositionIds,
        mask: Option<&Tensor>,
        cache: &mut DecoderCache,
    ) -> Result<Tensor> {
        let (cos, sin) = self.rope.cos_sin(pos, embeds.dtype(), embeds.device())?;
        self.model.forward(embeds, &cos, &sin, mask, cache)
    }

    /// One new frame input `embeds: [b, 1, hidden]` for `b` independent sequences at
    /// `positions[i]`, each row with its own cache (continuous batching). Returns the
    /// final-normed hidden `[b, 1, hidden]`; row `i` equals [`Self::forward`] on it alone.
    pub fn forward_rows(
        &self,
        embeds: &Tensor,
        positions: &[i64],
        caches: &mut [&mut DecoderCache],
    ) -> Result<Tensor> {
        let rows: Vec<Vec<i64>> = positions.iter().map(|&p| vec![p]).collect();
        let pos = PositionIds::repeated(self.rope.streams(), &rows)?;
        let (cos, sin) = self.rope.cos_sin(&pos, embeds.dtype(), embeds.device())?;
        self.model.forward_rows(embeds, &cos, &sin, caches)
    }

    /// HF `output_hidden_states` of a cache-less pass: the input, each layer's output, and the
    /// final-normed output in place of the last layer's.
    pub fn hidden_states(&self, embeds: &Tensor, positions: &[Vec<i64>]) -> Result<Vec<Tensor>> {
        let pos = PositionIds::repeated(self.rope.streams(), positions)?;
        let (cos, sin) = self.rope.cos_sin(&pos, embeds.dtype(), embeds.device())?;
        let (b, l, _) = embeds.dims3()?;
        let mask = crate::transformer::causal_mask(b, l, 0, None, embeds.device())?;
        let mut cache = self.new_cache(l);
        self.model.forward_all(embeds, &cos, &sin, Some(&mask), &mut cache)
    }

    /// `codec_head(hidden)` as f32 (HF copies the last-position logits to f32).
    pub fn logits(&self, hidden: &Tensor) -> Result<Tensor> {
        self.codec_head.forward(hidden)?.to_dtype(DType::F32)
    }
}
