//! The decoder's waveform stack on the CPU, time-major: causal conv k7 (`decoder.0`), 4 x
//! (SnakeBeta, transposed conv k=2r, 3 residual units with dilation 1, 3, 9), SnakeBeta,
//! causal conv k7 to one channel (`Qwen3TTSTokenizerV2Decoder.decoder`).
//!
//! This is ~95% of the decoder's arithmetic (~30 GMAC per audio second at the real sizes).
//! Every conv is one strided GEMM per dilation phase over a buffer that the preceding
//! SnakeBeta writes directly ([`crate::time_major`]), so there is no im2col, no transpose and,
//! after the first call, no allocation: each stream row keeps its conv histories and scratch
//! buffers in its [`VocoderRow`].

use candle_core::{Result, Tensor};
use candle_nn::VarBuilder;
use gemm::Parallelism;

use crate::config::DecoderConfig;
use crate::dtype::CodecDtype;
use crate::fast_math::snake_row;
use crate::snake::SnakeBeta;
use crate::time_major::{PaddedInput, TimeMajorConv};

/// SnakeBeta's per-channel constants: `e^alpha` and `1 / (e^beta + 1e-9)`.
#[derive(Debug, Clone)]
struct Snake {
    alpha: Vec<f32>,
    inv_beta: Vec<f32>,
}

impl Snake {
    fn new(channels: usize, vb: VarBuilder) -> Result<Self> {
        let (alpha, inv_beta) = SnakeBeta::new(channels, vb)?.constants()?;
        Ok(Self { alpha, inv_beta })
    }

    fn channels(&self) -> usize {
        self.alpha.len()
    }

    /// `ys = snake(row t of xs)`.
    #[inline]
    fn row(&self, xs: &[f32], t: usize, ys: &mut [f32]) {
        let c = self.channels();
        snake_row(&xs[t * c..(t + 1) * c], &self.alpha, &self.inv_beta, ys);
    }
}

/// A causal conv's `(in, out, k)` and dilation.
type ConvShape = (usize, usize, usize, usize);

fn conv(
    (in_c, out_c, k, dilation): ConvShape,
    dtype: CodecDtype,
    vb: VarBuilder,
) -> Result<TimeMajorConv> {
    let (weight, bias) = (vb.get((out_c, in_c, k), "weight")?, vb.get(out_c, "bias")?);
    TimeMajorConv::conv(&weight, &bias, dilation, dtype)
}

/// `x + conv2_k1(snake2(conv1_k7_dil(snake1(x))))`.
#[derive(Debug, Clone)]
struct ResidualUnit {
    act1: Snake,
    conv1: TimeMajorConv,
    act2: Snake,
    conv2: TimeMajorConv,
}

#[derive(Debug, Clone)]
struct Block {
    snake: Snake,
    upsample: TimeMajorConv,
    rate: usize,
    units: Vec<ResidualUnit>,
}

/// Weights of the waveform stack, laid out for [`TimeMajorConv`].
#[derive(Debug, Clone)]
pub struct CpuVocoder {
    stem: TimeMajorConv,
    blocks: Vec<Block>,
    head_snake: Snake,
    head: TimeMajorConv,
}

/// One stream's conv histories and scratch buffers.
#[derive(Debug, Clone)]
pub struct VocoderRow {
    stem: Vec<f32>,
    /// Per block: the transposed conv's last input, then each unit's k7 history.
    blocks: Vec<(Vec<f32>, Vec<Vec<f32>>)>,
    head: Vec<f32>,
    /// Residual stream `[T, C]`, unit hidden state `[T, C]`, and the conv input being built.
    x: Vec<f32>,
    h: Vec<f32>,
    input: PaddedInput,
}

/// Sees a stage's output: its reference module name, `[T, C]` time-major values and `C`.
pub type StageTap<'a> = &'a mut dyn FnMut(&str, &[f32], usize) -> Result<()>;

impl CpuVocoder {
    /// `vb` points at the decoder's `decoder` prefix (`decoder.decoder` in the checkpoint); the
    /// convs multiply in `dtype`, except at the two ends of the stack, which stay f32 in bf16:
    /// the stem and the first block (whose errors every later stage carries on), and the head
    /// and the last block's transposed conv and 1x1 convs (which write the output-rate residual
    /// stream; its dilated convs, most of its arithmetic, are bf16).
    ///
    /// Why, measured (SNR against f32; the bar is 35 dB): at the real dimensions with random
    /// weights (`codec_dtype` example, weight seeds 1-6, 10 s each) every conv but the head in
    /// bf16 gives 35.4-52.5 dB, the last block's residual convs in f32 as well 38.3-55.0 dB;
    /// on the tiny reference checkpoint of the goldens (activations ~50) the latter gives 30.7
    /// dB, the first block in f32 as well 35.4 dB, and the stem too 46.5 dB. With both ends in
    /// f32: 38.5-55.3 dB at the real dimensions, 46.5 dB on the golden. The middle blocks carry
    /// 70% of the arithmetic at the real dimensions.
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder, dtype: CodecDtype) -> Result<Self> {
        let mut dim = cfg.decoder_dim;
        let mut blocks = Vec::new();
        let last = cfg.upsample_rates.len().saturating_sub(1);
        for (i, &rate) in cfg.upsample_rates.iter().enumerate() {
            // The transposed conv and the 1x1 convs write the block's residual stream.
            let (residual_dtype, dtype) = match i {
                0 => (CodecDtype::F32, CodecDtype::F32),
                i if i == last => (CodecDtype::F32, dtype),
                _ => (dtype, dtype),
            };
            let vb = vb.pp(i + 1).pp("block");
            let out = dim / 2;
            let up = vb.pp("1.conv");
            let units = [1, 3, 9]
                .iter()
                .enumerate()
                .map(|(u, &d)| {
                    let vb = vb.pp(u + 2);
                    Ok(ResidualUnit {
                        act1: Snake::new(out, vb.pp("act1"))?,
                        conv1: conv((out, out, 7, d), dtype, vb.pp("conv1.conv"))?,
                        act2: Snake::new(out, vb.pp("act2"))?,
                        conv2: conv((out, out, 1, 1), residual_dtype, vb.pp("conv2.conv"))?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            blocks.push(Block {
                snake: Snake::new(dim, vb.pp(0))?,
                upsample: TimeMajorConv::transposed(
                    &up.get((dim, out, 2 * rate), "weight")?,
                    &up.get(out, "bias")?,
                    rate,
                    residual_dtype,
                )?,
                rate,
                units,
            });
            dim = out;
        }
        let n = cfg.upsample_rates.len();
        Ok(Self {
            stem: conv((cfg.latent_dim, cfg.decoder_dim, 7, 1), CodecDtype::F32, vb.pp("0.conv"))?,
            blocks,
            head_snake: Snake::new(dim, vb.pp(n + 1))?,
            head: conv((dim, 1, 7, 1), CodecDtype::F32, vb.pp(n + 2).pp("conv"))?,
        })
    }

    pub fn new_row(&self) -> VocoderRow {
        VocoderRow {
            stem: self.stem.new_tail(),
            blocks: self
                .blocks
                .iter()
                .map(|b| {
                    (b.upsample.new_tail(), b.units.iter().map(|u| u.conv1.new_tail()).collect())
                })
                .collect(),
            head: self.head.new_tail(),
            x: Vec::new(),
            h: Vec::new(),
            input: PaddedInput::default(),
        }
    }

    /// Starts a row over as a fresh stream (zero history), keeping its buffers.
    pub fn reset_row(&self, row: &mut VocoderRow) {
        let zero = |v: &mut Vec<f32>| v.iter_mut().for_each(|x| *x = 0.0);
        zero(&mut row.stem);
        for (up, units) in &mut row.blocks {
            zero(up);
            units.iter_mut().for_each(zero);
        }
        zero(&mut row.head);
    }

    /// Channels of the latent input.
    pub fn in_channels(&self) -> usize {
        self.stem.in_channels()
    }

    /// Samples per input time step (the product of the upsample rates).
    pub fn upsampling(&self) -> usize {
        self.blocks.iter().map(|b| b.rate).product()
    }

    /// `xs`: `t` time-major rows of the latent (`[t, latent]`) -> `t * upsampling()` samples,
    /// before the final clamp. `tap` sees `decoder_0 ..= decoder_{n+2}`.
    pub fn step(
        &self,
        xs: &[f32],
        t: usize,
        row: &mut VocoderRow,
        par: Parallelism,
        mut tap: Option<StageTap>,
    ) -> Result<Vec<f32>> {
        let c_in = self.stem.in_channels();
        if xs.len() != t * c_in {
            candle_core::bail!("vocoder input has {} values, expected {t} x {c_in}", xs.len())
        }
        let VocoderRow { stem, blocks, head, x, h, input } = row;
        input.fill(&self.stem, stem, t, |i, r| r.copy_from_slice(&xs[i * c_in..(i + 1) * c_in]));
        self.stem.fill_bias(t, x);
        self.stem.accumulate(input, x, par)?;
        if let Some(tap) = tap.as_mut() {
            tap("decoder_0", x, self.stem.out_width())?;
        }
        let mut t = t;
        for (i, (block, (up_tail, unit_tails))) in self.blocks.iter().zip(blocks).enumerate() {
            input.fill(&block.upsample, up_tail, t, |i, r| block.snake.row(x, i, r));
            block.upsample.fill_bias(t, x);
            block.upsample.accumulate(input, x, par)?;
            t *= block.rate;
            for (unit, tail) in block.units.iter().zip(unit_tails) {
                input.fill(&unit.conv1, tail, t, |i, r| unit.act1.row(x, i, r));
                unit.conv1.fill_bias(t, h);
                unit.conv1.accumulate(input, h, par)?;
                input.fill(&unit.conv2, &mut [], t, |i, r| unit.act2.row(h, i, r));
                unit.conv2.add_bias(x);
                unit.conv2.accumulate(input, x, par)?;
            }
            if let Some(tap) = tap.as_mut() {
                tap(&format!("decoder_{}", i + 1), x, block.units[0].conv2.out_width())?;
            }
        }
        let n = self.blocks.len();
        input.fill(&self.head, head, t, |i, r| self.head_snake.row(x, i, r));
        if let Some(tap) = tap.as_mut() {
            tap(&format!("decoder_{}", n + 1), input.new_rows(), self.head_snake.channels())?;
        }
        let mut ys = Vec::new();
        self.head.fill_bias(t, &mut ys);
        self.head.accumulate(input, &mut ys, par)?;
        if let Some(tap) = tap.as_mut() {
            tap(&format!("decoder_{}", n + 2), &ys, 1)?;
        }
        Ok(ys)
    }
}

/// `[T, C]` time-major values as the reference's `[1, C, T]` tensor (for stage taps).
pub fn channels_first(values: &[f32], channels: usize) -> Result<Tensor> {
    let t = values.len() / channels.max(1);
    Tensor::from_slice(values, (1, t, channels), &candle_core::Device::Cpu)?
        .transpose(1, 2)?
        .contiguous()
}
