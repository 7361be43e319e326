//! The waveform stack (`Qwen3TTSTokenizerV2Decoder.decoder`) as candle tensor ops, for devices
//! other than the CPU and dtypes other than f32; the CPU runs [`crate::vocoder`]. Same
//! stages, same streaming state (conv tails, transposed-conv overlaps).

use candle_core::{Module, Result, Tensor};
use candle_nn::VarBuilder;

use crate::config::DecoderConfig;
use crate::conv::{CausalConv1d, CausalConvTranspose1d, ConvState, TransConvState};
use crate::snake::SnakeBeta;

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

#[derive(Debug, Clone)]
pub struct TensorVocoder {
    stem: CausalConv1d,
    blocks: Vec<DecoderBlock>,
    head_snake: SnakeBeta,
    head_conv: CausalConv1d,
}

/// The conv tails and overlaps of a batch of streams.
#[derive(Debug, Clone)]
pub struct TensorVocoderState {
    stem: ConvState,
    blocks: Vec<(TransConvState, Vec<ConvState>)>,
    head: ConvState,
}

impl TensorVocoderState {
    /// Zeroes the rows whose `keep` entry is 0.
    pub fn reset_rows(&mut self, keep: &Tensor) -> Result<()> {
        self.stem.reset_rows(keep)?;
        for (t, units) in &mut self.blocks {
            t.reset_rows(keep)?;
            for u in units {
                u.reset_rows(keep)?;
            }
        }
        self.head.reset_rows(keep)
    }
}

impl TensorVocoder {
    /// `vb` points at the decoder's `decoder` prefix.
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        let mut dim = cfg.decoder_dim;
        let mut blocks = Vec::new();
        for (i, &rate) in cfg.upsample_rates.iter().enumerate() {
            blocks.push(DecoderBlock::new(dim, dim / 2, rate, vb.pp(i + 1))?);
            dim /= 2;
        }
        let n = cfg.upsample_rates.len();
        Ok(Self {
            stem: CausalConv1d::new(cfg.latent_dim, cfg.decoder_dim, 7, 1, vb.pp("0.conv"))?,
            blocks,
            head_snake: SnakeBeta::new(dim, vb.pp(n + 1))?,
            head_conv: CausalConv1d::new(dim, 1, 7, 1, vb.pp(format!("{}.conv", n + 2)))?,
        })
    }

    pub fn new_state(&self) -> TensorVocoderState {
        TensorVocoderState {
            stem: ConvState::default(),
            blocks: vec![
                (TransConvState::default(), vec![ConvState::default(); 3]);
                self.blocks.len()
            ],
            head: ConvState::default(),
        }
    }

    /// `[B, latent, T]` -> `[B, 1, T * upsampling]` before the clamp; `tap` sees each stage.
    pub fn step(
        &self,
        xs: &Tensor,
        state: &mut TensorVocoderState,
        tap: &mut dyn FnMut(&str, &Tensor) -> Result<()>,
    ) -> Result<Tensor> {
        let mut xs = self.stem.step(xs, &mut state.stem)?;
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
        Ok(xs)
    }
}
