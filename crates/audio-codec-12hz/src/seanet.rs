//! The encoder's convolutions: transformers `MimiConv1d` (causal, any stride) and the SEANet
//! stack built from it (`MimiEncoder`, `MimiResnetBlock`).
//!
//! A causal `MimiConv1d` pads `padding_total = (k - 1) * d + 1 - s` samples on the left and
//! the "extra padding" `s * ceil(L / s) - L` on the right (`_get_extra_padding_for_conv1d`), so
//! it outputs `ceil(L / s)` frames. The SEANet convs pad with zeros (`pad_mode` "constant"),
//! the downsample conv by repeating the edge samples ("replicate").
//!
//! Like [`crate::conv::CausalConv1d`], a conv is im2col + one GEMM through [`Linear`], whose
//! rounding does not depend on the row count (see linear.rs).

use candle_core::{DType, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::EncoderConfig;
use crate::linear::Linear;

/// How `MimiConv1d._pad1d` fills the padding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PadMode {
    /// `pad_mode` "constant": zeros.
    Zeros,
    /// `pad_mode` "replicate": copies of the first / last sample.
    Replicate,
}

impl PadMode {
    /// The encoder's configured `pad_mode`; reflect padding is not implemented (no Qwen3-TTS
    /// checkpoint uses it).
    pub(crate) fn from_config(mode: &str) -> Result<Self> {
        match mode {
            "constant" | "zero" => Ok(Self::Zeros),
            "replicate" => Ok(Self::Replicate),
            other => bail!("encoder pad_mode {other:?} is not supported (constant or replicate)"),
        }
    }
}

/// Elements of one im2col block (`[rows, k * in]`, 16 MiB in f32): bounds the temporary.
const IM2COL_BUDGET: usize = 1 << 22;

/// Causal `MimiConv1d` with stride, dilation and optional bias, on channels-last `[B, T, C]`
/// activations (the layout the GEMM wants, and the transformer's).
#[derive(Debug, Clone)]
pub(crate) struct MimiConv1d {
    /// The `[out, in, k]` weight as a `[in * k] -> [out]` linear map.
    linear: Linear,
    kernel: usize,
    stride: usize,
    dilation: usize,
    pad: PadMode,
}

pub(crate) struct ConvSpec {
    pub in_c: usize,
    pub out_c: usize,
    pub kernel: usize,
    pub stride: usize,
    pub dilation: usize,
    pub bias: bool,
    pub pad: PadMode,
}

impl MimiConv1d {
    /// `vb` points at the `nn.Conv1d` (`....conv`).
    pub(crate) fn new(spec: ConvSpec, vb: VarBuilder) -> Result<Self> {
        let ConvSpec { in_c, out_c, kernel, stride, dilation, bias, pad } = spec;
        if kernel == 0 || stride == 0 || dilation == 0 {
            bail!("conv kernel {kernel}, stride {stride} and dilation {dilation} must be positive")
        }
        if (kernel - 1) * dilation + 1 < stride {
            // padding_total would be negative: the reference's causal padding breaks too.
            bail!("conv kernel {kernel} (dilation {dilation}) is shorter than its stride {stride}")
        }
        // [out, in, k] -> [out, k, in]: the im2col columns are tap-major (channels last).
        let weight = vb.get((out_c, in_c, kernel), "weight")?.permute((0, 2, 1))?;
        let weight = weight.reshape((out_c, kernel * in_c))?;
        let bias = if bias { Some(vb.get(out_c, "bias")?) } else { None };
        Ok(Self { linear: Linear::from_weight(&weight, bias)?, kernel, stride, dilation, pad })
    }

    /// Channels last: `[B, L, C]` -> `[B, ceil(L / stride), out]`.
    pub(crate) fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let (b, len, c) = xs.dims3()?;
        if len == 0 {
            bail!("conv input has no samples")
        }
        let (k, s, d) = (self.kernel, self.stride, self.dilation);
        let out_len = len.div_ceil(s);
        // padding_total on the left, the extra padding on the right (MimiConv1d.forward, causal).
        let left = (k - 1) * d + 1 - s;
        let right = out_len * s - len;
        let xs = match self.pad {
            PadMode::Zeros => xs.pad_with_zeros(1, left, right)?,
            PadMode::Replicate => xs.pad_with_same(1, left, right)?,
        };
        // Tap j of output t reads x[t * s + j * d]. A strided read is `narrow(n * s)` viewed as
        // `[n, s, C]`, index 0 of the middle axis; the last tap's view runs s - 1 samples past
        // the padded end, so append that many zeros (never read).
        let xs = xs.pad_with_zeros(1, 0, s - 1)?.contiguous()?;
        let rows_per_block = (IM2COL_BUDGET / (c * k)).max(1);
        let mut blocks = Vec::with_capacity(out_len.div_ceil(rows_per_block));
        for start in (0..out_len).step_by(rows_per_block) {
            let n = rows_per_block.min(out_len - start);
            let taps = (0..k)
                .map(|j| {
                    let tap = xs.narrow(1, start * s + j * d, n * s)?;
                    if s == 1 {
                        Ok(tap)
                    } else {
                        tap.reshape((b, n, s, c))?.narrow(2, 0, 1)?.squeeze(2)
                    }
                })
                .collect::<Result<Vec<_>>>()?;
            // cols[b, t, j * C + c] = x[b, (start + t) * s + j * d, c], matching the weight
            // permuted to [out, k, in].
            let cols = Tensor::stack(&taps, 2)?.reshape((b, n, k * c))?;
            blocks.push(self.linear.forward(&cols)?);
        }
        if blocks.len() == 1 { Ok(blocks.remove(0)) } else { Tensor::cat(&blocks, 1) }
    }
}

/// `nn.ELU()` (alpha 1). PyTorch evaluates it in f32 for a bf16/f16 tensor (`expm1` on the
/// upcast value, one rounding at the end); candle's half-precision ELU rounds `exp(x)` before
/// subtracting 1, which loses most digits of small negative inputs, so half precision goes
/// through f32 here.
fn elu(xs: &Tensor) -> Result<Tensor> {
    match xs.dtype() {
        DType::F32 | DType::F64 => xs.elu(1.0),
        dtype => xs.to_dtype(DType::F32)?.elu(1.0)?.to_dtype(dtype),
    }
}

/// `MimiResnetBlock`: `shortcut(x) + conv_k1(elu(conv_k(elu(x))))`, the first conv halving the
/// channels (`compress`).
#[derive(Debug, Clone)]
struct ResnetBlock {
    conv1: MimiConv1d,
    conv2: MimiConv1d,
    shortcut: Option<MimiConv1d>,
}

impl ResnetBlock {
    fn new(cfg: &EncoderConfig, dim: usize, dilation: usize, vb: VarBuilder) -> Result<Self> {
        let hidden = dim / cfg.compress;
        let conv = |in_c, out_c, kernel, dilation| ConvSpec {
            in_c,
            out_c,
            kernel,
            stride: 1,
            dilation,
            bias: true,
            pad: PadMode::Zeros,
        };
        let conv1 = MimiConv1d::new(
            conv(dim, hidden, cfg.residual_kernel_size, dilation),
            vb.pp("block.1.conv"),
        )?;
        let conv2 = MimiConv1d::new(conv(hidden, dim, 1, 1), vb.pp("block.3.conv"))?;
        let shortcut = if cfg.use_conv_shortcut {
            Some(MimiConv1d::new(conv(dim, dim, 1, 1), vb.pp("shortcut.conv"))?)
        } else {
            None
        };
        Ok(Self { conv1, conv2, shortcut })
    }

    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let h = self.conv2.forward(&elu(&self.conv1.forward(&elu(xs)?)?)?)?;
        match &self.shortcut {
            Some(conv) => conv.forward(xs)? + h,
            None => xs + h,
        }
    }
}

#[derive(Debug, Clone)]
enum Stage {
    Conv(MimiConv1d),
    Resnet(Box<ResnetBlock>),
    Elu,
}

/// `MimiEncoder`: conv k7, then per ratio (reversed) the resnet blocks, ELU and a strided conv
/// (k = 2r, s = r) doubling the channels, then ELU and a conv to `hidden_size`.
#[derive(Debug, Clone)]
pub(crate) struct Seanet {
    stages: Vec<Stage>,
}

impl Seanet {
    /// `vb` points at `encoder.encoder`; layer indices count the parameter-free ELUs too.
    pub(crate) fn new(cfg: &EncoderConfig, vb: VarBuilder) -> Result<Self> {
        let vb = vb.pp("layers");
        let pad = PadMode::from_config(&cfg.pad_mode)?;
        let conv = |in_c, out_c, kernel, stride| ConvSpec {
            in_c,
            out_c,
            kernel,
            stride,
            dilation: 1,
            bias: true,
            pad,
        };
        let mut stages = Vec::new();
        let mut ch = cfg.num_filters;
        stages.push(Stage::Conv(MimiConv1d::new(
            conv(cfg.audio_channels, ch, cfg.kernel_size, 1),
            vb.pp("0.conv"),
        )?));
        for &ratio in cfg.upsampling_ratios.iter().rev() {
            for j in 0..cfg.num_residual_layers {
                let dilation = cfg.dilation_growth_rate.pow(j as u32);
                let block = ResnetBlock::new(cfg, ch, dilation, vb.pp(stages.len().to_string()))?;
                stages.push(Stage::Resnet(Box::new(block)));
            }
            stages.push(Stage::Elu);
            let down = conv(ch, 2 * ch, 2 * ratio, ratio);
            stages
                .push(Stage::Conv(MimiConv1d::new(down, vb.pp(format!("{}.conv", stages.len())))?));
            ch *= 2;
        }
        stages.push(Stage::Elu);
        let last = conv(ch, cfg.hidden_size, cfg.last_kernel_size, 1);
        stages.push(Stage::Conv(MimiConv1d::new(last, vb.pp(format!("{}.conv", stages.len())))?));
        Ok(Self { stages })
    }

    /// Channels last: `[B, N, channels]` -> `[B, ceil(N / hop), hidden]`.
    pub(crate) fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let mut xs = xs.clone();
        for stage in &self.stages {
            xs = match stage {
                Stage::Conv(conv) => conv.forward(&xs)?,
                Stage::Resnet(block) => block.forward(&xs)?,
                Stage::Elu => elu(&xs)?,
            };
        }
        Ok(xs)
    }
}
