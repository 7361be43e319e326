//! The 12 Hz code-to-waveform decoder (`Qwen3TTSTokenizerV2Decoder`), streaming.
//!
//! `codes [B, Q, T]` -> split RVQ -> causal conv k3 -> sliding-window transformer -> 2 x
//! (transposed conv + ConvNeXt) -> causal conv k7 -> 4 x (SnakeBeta, transposed conv k=2r,
//! 3 residual units) -> SnakeBeta -> causal conv k7 -> clamp. Every stage is causal, so
//! [`Decoder::step`] returns exactly `1920 * T` new samples per call and any chunking of the
//! frames equals one full pass ([`Decoder::forward`]).

use candle_core::{Module, Result, Tensor};
use candle_nn::{LayerNorm, VarBuilder, layer_norm};

use crate::config::DecoderConfig;
use crate::conv::{
    CausalConv1d, CausalConvTranspose1d, CausalDepthwiseConv1d, ConvState, TransConvState,
    channels_last, keep_mask,
};
use crate::linear::Linear;
use crate::quantizer::SplitRvqDecoder;
use crate::snake::SnakeBeta;
use crate::transformer::{DecoderTransformer, TransformerState};

/// ConvNeXt block (`Qwen3TTSTokenizerV2ConvNeXtBlock`): depthwise causal conv k7, LayerNorm
/// (eps 1e-6), Linear 4x, exact GELU, Linear, per-channel gamma, residual.
#[derive(Debug, Clone)]
struct ConvNeXt {
    dwconv: CausalDepthwiseConv1d,
    norm: LayerNorm,
    pwconv1: Linear,
    pwconv2: Linear,
    gamma: Tensor,
}

impl ConvNeXt {
    fn new(dim: usize, vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            dwconv: CausalDepthwiseConv1d::new(dim, 7, vb.pp("dwconv.conv"))?,
            norm: layer_norm(dim, 1e-6, vb.pp("norm"))?,
            pwconv1: Linear::new(dim, 4 * dim, true, vb.pp("pwconv1"))?,
            pwconv2: Linear::new(4 * dim, dim, true, vb.pp("pwconv2"))?,
            gamma: vb.get(dim, "gamma")?,
        })
    }

    fn step(&self, xs: &Tensor, state: &mut ConvState) -> Result<Tensor> {
        let h = self.dwconv.step(xs, state)?;
        let h = channels_last(&h, |h| {
            let h = self.pwconv1.forward(&self.norm.forward(h)?)?.gelu_erf()?;
            self.pwconv2.forward(&h)?.broadcast_mul(&self.gamma)
        })?;
        xs + h
    }
}

/// Residual unit: `x + conv2_k1(snake2(conv1_k7_dil(snake1(x))))`.
#[derive(Debug, Clone)]
struct ResidualUnit {
    act1: SnakeBeta,
    conv1: CausalConv1d,
    act2: SnakeBeta,
    conv2: CausalConv1d,
}

impl ResidualUnit {
    fn new(dim: usize, dilation: usize, vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            act1: SnakeBeta::new(dim, vb.pp("act1"))?,
            conv1: CausalConv1d::new(dim, dim, 7, dilation, vb.pp("conv1.conv"))?,
            act2: SnakeBeta::new(dim, vb.pp("act2"))?,
            conv2: CausalConv1d::new(dim, dim, 1, 1, vb.pp("conv2.conv"))?,
        })
    }

    fn step(&self, xs: &Tensor, state: &mut ConvState) -> Result<Tensor> {
        let h = self.conv1.step(&self.act1.forward(xs)?, state)?;
        let h = self.conv2.step(&self.act2.forward(&h)?, &mut ConvState::default())?;
        xs + h
    }
}

/// `DecoderBlock`: SnakeBeta, transposed conv (k = 2r, s = r), residual units with dilation 1, 3, 9.
#[derive(Debug, Clone)]
struct DecoderBlock {
    snake: SnakeBeta,
    upsample: CausalConvTranspose1d,
    units: Vec<ResidualUnit>,
}

impl DecoderBlock {
    fn new(in_dim: usize, out_dim: usize, rate: usize, vb: VarBuilder) -> Result<Self> {
        let units = [1, 3, 9]
            .iter()
            .enumerate()
            .map(|(i, &d)| ResidualUnit::new(out_dim, d, vb.pp(format!("block.{}", i + 2))))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            snake: SnakeBeta::new(in_dim, vb.pp("block.0"))?,
            upsample: CausalConvTranspose1d::new(
                in_dim,
                out_dim,
                2 * rate,
                rate,
                vb.pp("block.1.conv"),
            )?,
            units,
        })
    }
}

/// Everything a stream carries between calls, for a batch of rows.
#[derive(Debug, Clone)]
pub struct DecoderState {
    batch: usize,
    pre_conv: ConvState,
    transformer: TransformerState,
    upsample: Vec<(TransConvState, ConvState)>,
    stem: ConvState,
    blocks: Vec<(TransConvState, Vec<ConvState>)>,
    head: ConvState,
    frames: Vec<usize>,
}

impl DecoderState {
    pub fn batch_size(&self) -> usize {
        self.batch
    }

    /// Frames decoded so far per row since its last reset.
    pub fn frames(&self) -> &[usize] {
        &self.frames
    }

    /// Starts the marked rows over as fresh streams; the others are untouched.
    pub fn reset_rows(&mut self, reset: &[bool], decoder: &Decoder) -> Result<()> {
        if reset.len() != self.batch {
            candle_core::bail!("reset mask has {} rows, the state has {}", reset.len(), self.batch)
        }
        let keep = keep_mask(reset, decoder.dtype, &decoder.device)?;
        self.pre_conv.reset_rows(&keep)?;
        self.transformer.reset_rows(reset);
        for (t, c) in &mut self.upsample {
            t.reset_rows(&keep)?;
            c.reset_rows(&keep)?;
        }
        self.stem.reset_rows(&keep)?;
        for (t, units) in &mut self.blocks {
            t.reset_rows(&keep)?;
            for u in units {
                u.reset_rows(&keep)?;
            }
        }
        self.head.reset_rows(&keep)?;
        for (f, &r) in self.frames.iter_mut().zip(reset) {
            if r {
                *f = 0;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct Decoder {
    quantizer: SplitRvqDecoder,
    pre_conv: CausalConv1d,
    transformer: DecoderTransformer,
    upsample: Vec<(CausalConvTranspose1d, ConvNeXt)>,
    stem: CausalConv1d,
    blocks: Vec<DecoderBlock>,
    head_snake: SnakeBeta,
    head_conv: CausalConv1d,
    samples_per_frame: usize,
    dtype: candle_core::DType,
    device: candle_core::Device,
}

impl Decoder {
    /// `vb` points at the `decoder` prefix of the codec checkpoint.
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let latent = cfg.latent_dim;
        let upsample = cfg
            .upsampling_ratios
            .iter()
            .enumerate()
            .map(|(s, &r)| {
                let vb = vb.pp(format!("upsample.{s}"));
                Ok((
                    CausalConvTranspose1d::new(latent, latent, r, r, vb.pp("0.conv"))?,
                    ConvNeXt::new(latent, vb.pp("1"))?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let mut dim = cfg.decoder_dim;
        let mut blocks = Vec::new();
        for (i, &rate) in cfg.upsample_rates.iter().enumerate() {
            blocks.push(DecoderBlock::new(
                dim,
                dim / 2,
                rate,
                vb.pp(format!("decoder.{}", i + 1)),
            )?);
            dim /= 2;
        }
        let n = cfg.upsample_rates.len();
        Ok(Self {
            quantizer: SplitRvqDecoder::new(cfg, vb.pp("quantizer"))?,
            pre_conv: CausalConv1d::new(cfg.codebook_dim, latent, 3, 1, vb.pp("pre_conv.conv"))?,
            transformer: DecoderTransformer::new(cfg, vb.pp("pre_transformer"))?,
            upsample,
            stem: CausalConv1d::new(latent, cfg.decoder_dim, 7, 1, vb.pp("decoder.0.conv"))?,
            blocks,
            head_snake: SnakeBeta::new(dim, vb.pp(format!("decoder.{}", n + 1)))?,
            head_conv: CausalConv1d::new(dim, 1, 7, 1, vb.pp(format!("decoder.{}.conv", n + 2)))?,
            samples_per_frame: cfg.total_upsample(),
            dtype: vb.dtype(),
            device: vb.device().clone(),
        })
    }

    pub fn samples_per_frame(&self) -> usize {
        self.samples_per_frame
    }

    pub fn dtype(&self) -> candle_core::DType {
        self.dtype
    }

    pub fn num_quantizers(&self) -> usize {
        self.quantizer.num_quantizers()
    }

    pub fn new_state(&self, batch: usize) -> DecoderState {
        DecoderState {
            batch,
            pre_conv: ConvState::default(),
            transformer: TransformerState::new(self.transformer.num_layers(), batch),
            upsample: vec![Default::default(); self.upsample.len()],
            stem: ConvState::default(),
            blocks: vec![
                (TransConvState::default(), vec![ConvState::default(); 3]);
                self.blocks.len()
            ],
            head: ConvState::default(),
            frames: vec![0; batch],
        }
    }

    /// Decodes T new frames of every row: codes `[B, Q, T]` -> samples `[B, T * samples_per_frame]`,
    /// clamped to [-1, 1].
    pub fn step(&self, codes: &Tensor, state: &mut DecoderState) -> Result<Tensor> {
        let b = codes.dim(0)?;
        if b != state.batch {
            candle_core::bail!("codes have {b} rows, the decoder state has {}", state.batch)
        }
        self.step_unclamped(codes, state, |_, _| Ok(()))?.clamp(-1f32, 1f32)
    }

    /// One full pass over all frames from a fresh state (the reference `forward`).
    pub fn forward(&self, codes: &Tensor) -> Result<Tensor> {
        let mut state = self.new_state(codes.dim(0)?);
        self.step(codes, &mut state)
    }

    /// The decoder pipeline without the final clamp; `tap` sees each stage's output, named
    /// after the reference modules (`quantizer`, `pre_conv`, `pre_transformer`,
    /// `upsample_{s}_{0|1}`, `decoder_{i}`), for stage-by-stage comparison.
    pub fn step_unclamped(
        &self,
        codes: &Tensor,
        state: &mut DecoderState,
        mut tap: impl FnMut(&str, &Tensor) -> Result<()>,
    ) -> Result<Tensor> {
        let xs = self.quantizer.decode(codes)?.to_dtype(self.dtype)?;
        tap("quantizer", &xs)?;
        let xs = self.pre_conv.step(&xs, &mut state.pre_conv)?;
        tap("pre_conv", &xs)?;
        let xs = self.transformer.step(&xs.transpose(1, 2)?, &mut state.transformer)?;
        tap("pre_transformer", &xs)?;
        let mut xs = xs.transpose(1, 2)?;
        for (s, ((up, convnext), (up_state, cn_state))) in
            self.upsample.iter().zip(state.upsample.iter_mut()).enumerate()
        {
            xs = up.step(&xs, up_state)?;
            tap(&format!("upsample_{s}_0"), &xs)?;
            xs = convnext.step(&xs, cn_state)?;
            tap(&format!("upsample_{s}_1"), &xs)?;
        }
        xs = self.stem.step(&xs, &mut state.stem)?;
        tap("decoder_0", &xs)?;
        for (i, (block, (up_state, unit_states))) in
            self.blocks.iter().zip(state.blocks.iter_mut()).enumerate()
        {
            xs = block.upsample.step(&block.snake.forward(&xs)?, up_state)?;
            for (unit, unit_state) in block.units.iter().zip(unit_states.iter_mut()) {
                xs = unit.step(&xs, unit_state)?;
            }
            tap(&format!("decoder_{}", i + 1), &xs)?;
        }
        let n = self.blocks.len();
        let xs = self.head_snake.forward(&xs)?;
        tap(&format!("decoder_{}", n + 1), &xs)?;
        let xs = self.head_conv.step(&xs, &mut state.head)?;
        tap(&format!("decoder_{}", n + 2), &xs)?;
        for f in &mut state.frames {
            *f += codes.dim(2)?;
        }
        xs.squeeze(1)
    }
}
