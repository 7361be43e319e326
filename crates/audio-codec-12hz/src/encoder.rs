//! The audio-to-code encoder (`Qwen3TTSTokenizerV2Model.encode`, a transformers `MimiModel`
//! without its decoder half), used to turn the reference clip of Base-model ICL voice cloning
//! into codes.
//!
//! `wav [1, N]` (24 kHz) -> SEANet (`ceil(N / hop)` frames) -> full-causal transformer ->
//! downsample conv (k = `downsample_kernel()`, s = 2, replicate padding, no bias) -> split RVQ
//! -> the first `encoder_valid_num_quantizers` codes, trimmed to
//! `ceil(N / encode_downsample_rate)` frames, as `[T, Q]`.
//!
//! One clip per call: the SEANet pads each strided conv's right edge with zeros (replicate at the
//! downsample) for the clip's own length, so right-padding clips into a batch would change
//! their last frame.

use candle_core::{DType, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::config::CodecConfig;
use crate::encoder_transformer::EncoderTransformer;
use crate::rvq_encode::SplitRvqEncoder;
use crate::seanet::{ConvSpec, MimiConv1d, PadMode, Seanet};

#[derive(Debug, Clone)]
pub struct Encoder {
    seanet: Seanet,
    transformer: EncoderTransformer,
    /// Absent when the SEANet already runs at the code frame rate (`MimiModel.__init__`).
    downsample: Option<MimiConv1d>,
    quantizer: SplitRvqEncoder,
    valid_quantizers: usize,
    samples_per_frame: usize,
    dtype: DType,
}

impl Encoder {
    /// `vb` points at the codec checkpoint's `encoder` prefix; its dtype is the compute dtype
    /// (distances are measured in f32 regardless, as in the reference).
    pub fn new(cfg: &CodecConfig, vb: VarBuilder) -> Result<Self> {
        let e = &cfg.encoder_config;
        if !e.use_causal_conv {
            bail!(
                "encoder use_causal_conv false is not supported (every Qwen3-TTS codec is causal)"
            )
        }
        if e.audio_channels != 1 {
            // Qwen3TTSTokenizerV2Model.encode feeds mono audio as [B, 1, N].
            bail!("encoder audio_channels {} is not supported (mono only)", e.audio_channels)
        }
        if cfg.encode_downsample_rate == 0 {
            bail!("encode_downsample_rate must be positive")
        }
        let downsample = if e.frame_rate() != e.encodec_frame_rate() as f64 {
            let h = e.hidden_size;
            let spec = ConvSpec {
                in_c: h,
                out_c: h,
                kernel: e.downsample_kernel(),
                stride: 2,
                dilation: 1,
                bias: false,
                pad: PadMode::Replicate,
            };
            Some(MimiConv1d::new(spec, vb.pp("downsample.conv"))?)
        } else {
            None
        };
        let encoder = Self {
            seanet: Seanet::new(e, vb.pp("encoder"))?,
            transformer: EncoderTransformer::new(e, vb.pp("encoder_transformer"))?,
            downsample,
            quantizer: SplitRvqEncoder::new(e, vb.pp("quantizer"))?,
            valid_quantizers: cfg.encoder_valid_num_quantizers,
            samples_per_frame: cfg.encode_downsample_rate,
            dtype: vb.dtype(),
        };
        if encoder.valid_quantizers == 0 {
            bail!("encoder_valid_num_quantizers must be positive")
        }
        Ok(encoder)
    }

    /// Codebooks per output frame (`encoder_valid_num_quantizers`, 16 for the real codec).
    pub fn num_quantizers(&self) -> usize {
        self.valid_quantizers
    }

    /// Codebooks the checkpoint holds (`num_quantizers`, 32 for the real codec).
    pub fn max_quantizers(&self) -> usize {
        self.quantizer.num_quantizers()
    }

    /// Input samples per code frame (`encode_downsample_rate`, 1920 for the real codec).
    pub fn samples_per_frame(&self) -> usize {
        self.samples_per_frame
    }

    /// Frames [`Self::encode`] returns for `num_samples` samples.
    pub fn num_frames(&self, num_samples: usize) -> usize {
        num_samples.div_ceil(self.samples_per_frame)
    }

    /// Mono 24 kHz audio `[1, N]` or `[N]` (any float dtype) -> codes `[T, Q]` u32 with
    /// `T = ceil(N / samples_per_frame)` and `Q = num_quantizers()`. Resample first: the encoder
    /// takes 24 kHz audio only.
    pub fn encode(&self, wav: &Tensor) -> Result<Tensor> {
        self.encode_with(wav, self.valid_quantizers, |_, _| Ok(()))
    }

    /// [`Self::encode`] with `num_quantizers` codebooks (up to [`Self::max_quantizers`]),
    /// calling `inspect` with each intermediate: `"seanet"` `[1, hidden, L]`, `"transformer"`
    /// `[1, L, hidden]`, `"latent"` `[1, hidden, T']` (the quantizer input, untrimmed).
    pub fn encode_with<F>(&self, wav: &Tensor, num_quantizers: usize, inspect: F) -> Result<Tensor>
    where
        F: FnMut(&str, &Tensor) -> Result<()>,
    {
        let samples = validate_wav(wav)?;
        let latent = self.latent_with(wav, inspect)?;
        let codes = self.quantizer.encode(&latent, num_quantizers)?; // [1, T', Q]
        // Qwen3TTSTokenizerV2Model.encode: code[..., :ceil(valid / encode_downsample_rate)].
        let frames = self.num_frames(samples).min(codes.dim(1)?);
        codes.squeeze(0)?.narrow(0, 0, frames)
    }

    /// The quantizer input `[1, hidden, T']` for `wav` (`[1, N]` or `[N]`).
    pub fn latent(&self, wav: &Tensor) -> Result<Tensor> {
        validate_wav(wav)?;
        self.latent_with(wav, |_, _| Ok(()))?.transpose(1, 2)
    }

    fn latent_with<F>(&self, wav: &Tensor, mut inspect: F) -> Result<Tensor>
    where
        F: FnMut(&str, &Tensor) -> Result<()>,
    {
        // Channels last throughout ([B, T, C]); `inspect` sees the reference's layouts.
        let samples = wav.elem_count();
        let xs = wav.reshape((1, samples, 1))?.to_dtype(self.dtype)?;
        let xs = self.seanet.forward(&xs)?;
        inspect("seanet", &xs.transpose(1, 2)?)?;
        let xs = self.transformer.forward(&xs)?;
        inspect("transformer", &xs)?;
        let xs = match &self.downsample {
            Some(conv) => conv.forward(&xs)?,
            None => xs,
        };
        inspect("latent", &xs.transpose(1, 2)?)?;
        Ok(xs)
    }

    /// Codes of the first `num_quantizers` codebooks for a quantizer input `[B, hidden, T]`:
    /// `[B, num_quantizers, T]` u32.
    pub fn quantize(&self, latent: &Tensor, num_quantizers: usize) -> Result<Tensor> {
        self.quantizer.encode(&latent.transpose(1, 2)?, num_quantizers)?.transpose(1, 2)
    }

    /// The quantized latent of codes `[T, Q]` (as [`Self::encode`] returns them; u32 or i64):
    /// `[1, hidden, T]` (`MimiSplitResidualVectorQuantizer.decode`, a debugging aid: the TTS
    /// pipeline never decodes with the encoder's codebooks).
    pub fn dequantize(&self, codes: &Tensor) -> Result<Tensor> {
        let (t, q) = codes.dims2()?;
        if t == 0 || q == 0 || q > self.max_quantizers() {
            bail!("codes must be [T > 0, Q in 1..={}], got [{t}, {q}]", self.max_quantizers())
        }
        let as_f64 = |t: Tensor| t.to_dtype(DType::F64)?.to_scalar::<f64>();
        let (min, max) = (as_f64(codes.min_all()?)?, as_f64(codes.max_all()?)?);
        let size = self.quantizer.codebook_size();
        if min < 0.0 || max >= size as f64 {
            let bad = if min < 0.0 { min } else { max };
            bail!("code {bad} is out of range: codes must be in 0..{size}")
        }
        self.quantizer.decode(&codes.unsqueeze(0)?, self.dtype)?.transpose(1, 2)
    }
}

/// Checks that `wav` is one mono clip `[N]` or `[1, N]` of finite samples; returns N.
fn validate_wav(wav: &Tensor) -> Result<usize> {
    let samples = match wav.dims() {
        [n] | [1, n] => *n,
        dims => bail!(
            "expected mono audio [N] or [1, N], got shape {dims:?} (encode clips one at a time)"
        ),
    };
    if samples == 0 {
        bail!("cannot encode empty audio (0 samples)")
    }
    if !wav.dtype().is_float() {
        bail!("audio must be float samples, got {:?}", wav.dtype())
    }
    let total = wav.to_dtype(DType::F32)?.abs()?.sum_all()?.to_scalar::<f32>()?;
    if !total.is_finite() {
        bail!("audio contains NaN or infinite samples")
    }
    Ok(samples)
}
