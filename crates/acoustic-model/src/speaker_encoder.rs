//! The speaker encoder of Base models: ECAPA-TDNN from a 128-bin log-mel to an x-vector.
//!
//! Reference: `Qwen3TTSSpeakerEncoder`, `TimeDelayNetBlock`, `Res2NetBlock`,
//! `SqueezeExcitationBlock`, `SqueezeExcitationRes2NetBlock`, `AttentiveStatisticsPooling` and
//! `extract_speaker_embedding` (`modeling_qwen3_tts.py`). Every conv is `padding="same"` with
//! reflect padding; there is no BatchNorm.

use candle_core::{D, DType, Device, Module, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::SpeakerEncoderConfig;
use crate::mel::{MelConfig, log_mel};

/// `nn.Conv1d(padding="same", padding_mode="reflect")` with a bias.
#[derive(Debug, Clone)]
struct SameConv {
    weight: Tensor,
    bias: Tensor,
    dilation: usize,
    pad_left: usize,
    pad_right: usize,
}

impl SameConv {
    fn new(in_c: usize, out_c: usize, k: usize, dilation: usize, vb: VarBuilder) -> Result<Self> {
        let total = dilation * (k - 1);
        Ok(Self {
            weight: vb.get((out_c, in_c, k), "weight")?,
            bias: vb.get(out_c, "bias")?,
            dilation,
            pad_left: total / 2,
            pad_right: total - total / 2,
        })
    }
}

/// Reflect padding along the last dim (`F.pad(mode="reflect")`).
fn reflect_pad(xs: &Tensor, left: usize, right: usize) -> Result<Tensor> {
    if left == 0 && right == 0 {
        return Ok(xs.clone());
    }
    let t = xs.dim(D::Minus1)?;
    if left >= t || right >= t {
        bail!("reflect padding ({left}, {right}) needs more than {t} frames")
    }
    let idx: Vec<u32> = (1..=left)
        .rev()
        .chain(0..t)
        .chain((0..right).map(|i| t - 2 - i))
        .map(|i| i as u32)
        .collect();
    let idx = Tensor::new(idx.as_slice(), xs.device())?;
    xs.index_select(&idx, xs.rank() - 1)
}

impl Module for SameConv {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let xs = reflect_pad(xs, self.pad_left, self.pad_right)?;
        let ys = xs.conv1d(&self.weight, 0, 1, self.dilation, 1)?;
        ys.broadcast_add(&self.bias.reshape((1, (), 1))?)
    }
}

/// `TimeDelayNetBlock`: ReLU(conv).
#[derive(Debug, Clone)]
struct Tdnn {
    conv: SameConv,
}

impl Tdnn {
    fn new(in_c: usize, out_c: usize, k: usize, dilation: usize, vb: VarBuilder) -> Result<Self> {
        Ok(Self { conv: SameConv::new(in_c, out_c, k, dilation, vb.pp("conv"))? })
    }
}

impl Module for Tdnn {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        self.conv.forward(xs)?.relu()
    }
}

/// `SqueezeExcitationRes2NetBlock`: tdnn1 -> Res2Net -> tdnn2 -> SE, plus the residual.
#[derive(Debug, Clone)]
struct SeRes2NetBlock {
    tdnn1: Tdnn,
    res2net: Vec<Tdnn>,
    tdnn2: Tdnn,
    se_conv1: SameConv,
    se_conv2: SameConv,
    scale: usize,
}

impl SeRes2NetBlock {
    fn new(
        in_c: usize,
        out_c: usize,
        cfg: &SpeakerEncoderConfig,
        k: usize,
        dilation: usize,
        vb: VarBuilder,
    ) -> Result<Self> {
        let scale = cfg.enc_res2net_scale;
        let sub = out_c / scale;
        let res2net = (0..scale - 1)
            .map(|j| Tdnn::new(sub, sub, k, dilation, vb.pp("res2net_block.blocks").pp(j)))
            .collect::<Result<Vec<_>>>()?;
        let se = cfg.enc_se_channels;
        Ok(Self {
            tdnn1: Tdnn::new(in_c, out_c, 1, 1, vb.pp("tdnn1"))?,
            res2net,
            tdnn2: Tdnn::new(out_c, out_c, 1, 1, vb.pp("tdnn2"))?,
            se_conv1: SameConv::new(out_c, se, 1, 1, vb.pp("se_block.conv1"))?,
            se_conv2: SameConv::new(se, out_c, 1, 1, vb.pp("se_block.conv2"))?,
            scale,
        })
    }
}

impl Module for SeRes2NetBlock {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let h = self.tdnn1.forward(xs)?;
        // Res2NetBlock: o_0 = s_0, o_1 = f_0(s_1), o_j = f_{j-1}(s_j + o_{j-1}).
        let parts = h.chunk(self.scale, 1)?;
        let mut outs: Vec<Tensor> = Vec::with_capacity(self.scale);
        for (j, part) in parts.iter().enumerate() {
            let o = match j {
                0 => part.clone(),
                1 => self.res2net[0].forward(part)?,
                _ => self.res2net[j - 1].forward(&(part + &outs[j - 1])?)?,
            };
            outs.push(o);
        }
        let h = self.tdnn2.forward(&Tensor::cat(&outs, 1)?)?;
        // SqueezeExcitationBlock.
        let mean = h.to_dtype(DType::F32)?.mean_keepdim(2)?.to_dtype(h.dtype())?;
        let g = self.se_conv1.forward(&mean)?.relu()?;
        let g = candle_nn::ops::sigmoid(&self.se_conv2.forward(&g)?)?;
        h.broadcast_mul(&g)? + xs
    }
}

/// `AttentiveStatisticsPooling` (every frame valid: the reference mask is all ones).
#[derive(Debug, Clone)]
struct AttentivePooling {
    tdnn: Tdnn,
    conv: SameConv,
}

const POOL_EPS: f64 = 1e-12;

/// A sum over `dim` accumulated in f32 and rounded once to the input dtype, as PyTorch's
/// reductions do for bf16/f16 (candle would accumulate in the narrow type).
fn sum_f32(xs: &Tensor, dim: usize) -> Result<Tensor> {
    xs.to_dtype(DType::F32)?.sum(dim)?.to_dtype(xs.dtype())
}

/// `_compute_statistics(x, m)`: weighted mean and std over time, `[b, c]` each.
fn weighted_stats(xs: &Tensor, m: &Tensor) -> Result<(Tensor, Tensor)> {
    let mean = sum_f32(&xs.broadcast_mul(m)?, 2)?;
    let dev = xs.broadcast_sub(&mean.unsqueeze(2)?)?.sqr()?;
    let std = sum_f32(&dev.broadcast_mul(m)?, 2)?.clamp(POOL_EPS, f64::INFINITY)?.sqrt()?;
    Ok((mean, std))
}

impl Module for AttentivePooling {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let (b, _c, t) = xs.dims3()?;
        // mask / total = 1/T for every frame.
        let m = Tensor::full(1f32 / t as f32, (b, 1, t), xs.device())?.to_dtype(xs.dtype())?;
        let (mean, std) = weighted_stats(xs, &m)?;
        let mean_r = mean.unsqueeze(2)?.repeat((1, 1, t))?;
        let std_r = std.unsqueeze(2)?.repeat((1, 1, t))?;
        let att = Tensor::cat(&[xs, &mean_r, &std_r], 1)?;
        let att = self.conv.forward(&self.tdnn.forward(&att)?.tanh()?)?;
        // F.softmax computes in f32 internally for bf16/f16 inputs.
        let att = candle_nn::ops::softmax(&att.to_dtype(DType::F32)?, 2)?.to_dtype(att.dtype())?;
        let (mean, std) = weighted_stats(xs, &att)?;
        Tensor::cat(&[mean, std], 1)?.unsqueeze(2)
    }
}

#[derive(Debug, Clone)]
pub struct SpeakerEncoder {
    block0: Tdnn,
    blocks: Vec<SeRes2NetBlock>,
    mfa: Tdnn,
    asp: AttentivePooling,
    fc: SameConv,
    cfg: SpeakerEncoderConfig,
}

impl SpeakerEncoder {
    /// `vb` points at `speaker_encoder`.
    pub fn new(cfg: &SpeakerEncoderConfig, vb: VarBuilder) -> Result<Self> {
        cfg.validate()?;
        let (ch, k, dl) = (&cfg.enc_channels, &cfg.enc_kernel_sizes, &cfg.enc_dilations);
        let n = ch.len();
        let block0 = Tdnn::new(cfg.mel_dim, ch[0], k[0], dl[0], vb.pp("blocks.0"))?;
        let blocks = (1..n - 1)
            .map(|i| SeRes2NetBlock::new(ch[i - 1], ch[i], cfg, k[i], dl[i], vb.pp("blocks").pp(i)))
            .collect::<Result<Vec<_>>>()?;
        let last = ch[n - 1];
        let asp = AttentivePooling {
            tdnn: Tdnn::new(3 * last, cfg.enc_attention_channels, 1, 1, vb.pp("asp.tdnn"))?,
            conv: SameConv::new(cfg.enc_attention_channels, last, 1, 1, vb.pp("asp.conv"))?,
        };
        Ok(Self {
            block0,
            blocks,
            mfa: Tdnn::new(last, last, k[n - 1], dl[n - 1], vb.pp("mfa"))?,
            asp,
            fc: SameConv::new(2 * last, cfg.enc_dim, 1, 1, vb.pp("fc"))?,
            cfg: cfg.clone(),
        })
    }

    pub fn config(&self) -> &SpeakerEncoderConfig {
        &self.cfg
    }

    /// Per-stage outputs `[blocks.0, blocks.1.., mfa, asp, fc]` for `mel: [b, frames, mel_dim]`.
    pub fn forward_stages(&self, mel: &Tensor) -> Result<Vec<Tensor>> {
        let (_, _, m) = mel.dims3()?;
        if m != self.cfg.mel_dim {
            bail!("speaker encoder expects {} mel bins, got {m}", self.cfg.mel_dim)
        }
        let mut stages = Vec::new();
        let mut h = self.block0.forward(&mel.transpose(1, 2)?.contiguous()?)?;
        stages.push(h.clone());
        let mut cat = Vec::with_capacity(self.blocks.len());
        for b in &self.blocks {
            h = b.forward(&h)?;
            stages.push(h.clone());
            cat.push(h.clone());
        }
        let h = self.mfa.forward(&Tensor::cat(&cat, 1)?)?;
        stages.push(h.clone());
        let h = self.asp.forward(&h)?;
        stages.push(h.clone());
        stages.push(self.fc.forward(&h)?);
        Ok(stages)
    }

    /// `mel: [b, frames, mel_dim]` -> x-vectors `[b, enc_dim]`.
    pub fn forward(&self, mel: &Tensor) -> Result<Tensor> {
        let stages = self.forward_stages(mel)?;
        match stages.last() {
            Some(fc) => fc.squeeze(2),
            None => bail!("speaker encoder produced no output"),
        }
    }

    /// `extract_speaker_embedding`: log-mel of a 24 kHz waveform (f32), cast to `dtype`, then
    /// the encoder; row 0. Other sample rates are refused: the caller resamples once for the
    /// x-vector and the codec encoder alike, so both see the same samples.
    pub fn embed_waveform(
        &self,
        wav: &[f32],
        sample_rate: u32,
        dtype: DType,
        dev: &Device,
    ) -> Result<Tensor> {
        let mel_cfg = MelConfig::speaker_encoder();
        if sample_rate != mel_cfg.sample_rate {
            bail!(
                "the speaker encoder takes {} Hz audio, got {sample_rate} Hz: resample it first \
                 (tts_core::audio::resample)",
                mel_cfg.sample_rate
            )
        }
        let mel = log_mel(wav, &mel_cfg, dev)?.to_dtype(dtype)?;
        self.forward(&mel)?.get(0)
    }
}
