//! Typed view of `speech_tokenizer/config.json` (`Qwen3TTSTokenizerV2Config`, model_type
//! `qwen3_tts_tokenizer_12hz`).
//!
//! Defaults are those of the reference classes (`qwen_tts/core/tokenizer_12hz/
//! configuration_qwen3_tts_tokenizer_v2.py` and transformers 4.57.3 `MimiConfig`); the real
//! files set every value explicitly. `codebook_dim` has no default in the reference, so it is
//! required here. Keys the reference never reads (`semantic_codebook_size`,
//! `num_semantic_quantizers` of the decoder, ...) are ignored.

use std::path::Path;

use candle_core::{Result, bail};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct CodecConfig {
    #[serde(default = "defaults::sixteen")]
    pub encoder_valid_num_quantizers: usize,
    #[serde(default = "defaults::sample_rate")]
    pub input_sample_rate: u32,
    #[serde(default = "defaults::sample_rate")]
    pub output_sample_rate: u32,
    /// Samples per code frame; used by the reference to trim decoded audio.
    #[serde(default = "defaults::rate_1920")]
    pub decode_upsample_rate: usize,
    /// Samples per code frame on the encoder side; used to trim encoded codes.
    #[serde(default = "defaults::rate_1920")]
    pub encode_downsample_rate: usize,
    pub decoder_config: DecoderConfig,
    #[serde(default)]
    pub encoder_config: EncoderConfig,
}

/// The code-to-waveform decoder (`Qwen3TTSTokenizerV2DecoderConfig`).
#[derive(Debug, Clone, Deserialize)]
pub struct DecoderConfig {
    #[serde(default = "defaults::codebook_size")]
    pub codebook_size: usize,
    /// Output width of the split RVQ; each VQ layer works at `codebook_dim / 2`.
    pub codebook_dim: usize,
    #[serde(default = "defaults::sixteen")]
    pub num_quantizers: usize,
    #[serde(default = "defaults::latent_dim")]
    pub latent_dim: usize,
    #[serde(default = "defaults::latent_dim")]
    pub hidden_size: usize,
    #[serde(default = "defaults::sixteen")]
    pub num_attention_heads: usize,
    #[serde(default = "defaults::sixteen")]
    pub num_key_value_heads: usize,
    /// Read with `getattr(config, "head_dim", hidden // heads)`; the real file says 64 while
    /// 512/16 = 32. Use [`Self::head_dim`].
    #[serde(default)]
    head_dim: Option<usize>,
    #[serde(default = "defaults::decoder_intermediate")]
    pub intermediate_size: usize,
    #[serde(default = "defaults::eight")]
    pub num_hidden_layers: usize,
    /// Query i sees keys (i - sliding_window, i].
    #[serde(default = "defaults::sliding_window")]
    pub sliding_window: usize,
    #[serde(default = "defaults::rope_theta")]
    pub rope_theta: f64,
    #[serde(default = "defaults::max_positions")]
    pub max_position_embeddings: usize,
    #[serde(default = "defaults::rms_eps")]
    pub rms_norm_eps: f64,
    #[serde(default = "defaults::layer_scale")]
    pub layer_scale_initial_scale: f64,
    #[serde(default = "defaults::silu")]
    pub hidden_act: String,
    #[serde(default)]
    pub attention_bias: bool,
    /// BigVGAN-style decoder blocks (after the ConvNeXt stages).
    #[serde(default = "defaults::upsample_rates")]
    pub upsample_rates: Vec<usize>,
    /// ConvNeXt upsampling stages, run first.
    #[serde(default = "defaults::upsampling_ratios")]
    pub upsampling_ratios: Vec<usize>,
    #[serde(default = "defaults::decoder_dim")]
    pub decoder_dim: usize,
}

/// The audio-to-code encoder: transformers `MimiConfig`.
#[derive(Debug, Clone, Deserialize)]
pub struct EncoderConfig {
    #[serde(default = "defaults::sample_rate")]
    pub sampling_rate: u32,
    #[serde(default = "defaults::one")]
    pub audio_channels: usize,
    #[serde(default = "defaults::mimi_filters")]
    pub num_filters: usize,
    /// Decoder-order ratios; the encoder applies them reversed.
    #[serde(default = "defaults::mimi_ratios")]
    pub upsampling_ratios: Vec<usize>,
    #[serde(default = "defaults::seven")]
    pub kernel_size: usize,
    #[serde(default = "defaults::three")]
    pub last_kernel_size: usize,
    #[serde(default = "defaults::three")]
    pub residual_kernel_size: usize,
    #[serde(default = "defaults::two")]
    pub dilation_growth_rate: usize,
    #[serde(default = "defaults::one")]
    pub num_residual_layers: usize,
    #[serde(default = "defaults::two")]
    pub compress: usize,
    #[serde(default = "defaults::yes")]
    pub use_causal_conv: bool,
    #[serde(default = "defaults::constant")]
    pub pad_mode: String,
    #[serde(default = "defaults::one_f64")]
    pub trim_right_ratio: f64,
    #[serde(default = "defaults::mimi_hidden")]
    pub hidden_size: usize,
    #[serde(default = "defaults::eight")]
    pub num_hidden_layers: usize,
    #[serde(default = "defaults::eight")]
    pub num_attention_heads: usize,
    #[serde(default = "defaults::eight")]
    pub num_key_value_heads: usize,
    #[serde(default)]
    head_dim: Option<usize>,
    #[serde(default = "defaults::mimi_intermediate")]
    pub intermediate_size: usize,
    #[serde(default = "defaults::gelu")]
    pub hidden_act: String,
    #[serde(default = "defaults::rms_eps")]
    pub norm_eps: f64,
    #[serde(default = "defaults::rope_theta")]
    pub rope_theta: f64,
    /// Ignored by the reference under eager/sdpa attention: the encoder is fully causal.
    #[serde(default = "defaults::mimi_window")]
    pub sliding_window: usize,
    #[serde(default = "defaults::max_positions")]
    pub max_position_embeddings: usize,
    #[serde(default = "defaults::layer_scale")]
    pub layer_scale_initial_scale: f64,
    #[serde(default = "defaults::codebook_size")]
    pub codebook_size: usize,
    #[serde(default = "defaults::mimi_codebook_dim")]
    pub codebook_dim: usize,
    #[serde(default)]
    vector_quantization_hidden_dimension: Option<usize>,
    #[serde(default = "defaults::mimi_quantizers")]
    pub num_quantizers: usize,
    #[serde(default = "defaults::one")]
    pub num_semantic_quantizers: usize,
    #[serde(default = "defaults::mimi_hidden")]
    pub upsample_groups: usize,
    #[serde(default)]
    pub use_conv_shortcut: bool,
    /// `MimiConfig._frame_rate`; when absent the frame rate is derived from the strides.
    #[serde(default, rename = "_frame_rate")]
    frame_rate: Option<f64>,
}

mod defaults {
    pub fn one() -> usize {
        1
    }
    pub fn two() -> usize {
        2
    }
    pub fn three() -> usize {
        3
    }
    pub fn seven() -> usize {
        7
    }
    pub fn eight() -> usize {
        8
    }
    pub fn sixteen() -> usize {
        16
    }
    pub fn one_f64() -> f64 {
        1.0
    }
    pub fn yes() -> bool {
        true
    }
    pub fn sample_rate() -> u32 {
        24000
    }
    pub fn rate_1920() -> usize {
        1920
    }
    pub fn codebook_size() -> usize {
        2048
    }
    pub fn latent_dim() -> usize {
        1024
    }
    pub fn decoder_intermediate() -> usize {
        3072
    }
    pub fn sliding_window() -> usize {
        72
    }
    pub fn rope_theta() -> f64 {
        10000.0
    }
    pub fn max_positions() -> usize {
        8000
    }
    pub fn rms_eps() -> f64 {
        1e-5
    }
    pub fn layer_scale() -> f64 {
        0.01
    }
    pub fn silu() -> String {
        "silu".into()
    }
    pub fn gelu() -> String {
        "gelu".into()
    }
    pub fn constant() -> String {
        "constant".into()
    }
    pub fn upsample_rates() -> Vec<usize> {
        vec![8, 5, 4, 3]
    }
    pub fn upsampling_ratios() -> Vec<usize> {
        vec![2, 2]
    }
    pub fn decoder_dim() -> usize {
        1536
    }
    pub fn mimi_filters() -> usize {
        64
    }
    pub fn mimi_ratios() -> Vec<usize> {
        vec![8, 6, 5, 4]
    }
    pub fn mimi_hidden() -> usize {
        512
    }
    pub fn mimi_intermediate() -> usize {
        2048
    }
    pub fn mimi_window() -> usize {
        250
    }
    pub fn mimi_codebook_dim() -> usize {
        256
    }
    pub fn mimi_quantizers() -> usize {
        32
    }
}

impl Default for EncoderConfig {
    fn default() -> Self {
        serde_json::from_str("{}").expect("every Mimi encoder field has a default")
    }
}

impl CodecConfig {
    pub fn from_json(json: &str) -> Result<Self> {
        let cfg: Self = serde_json::from_str(json).map_err(|e| {
            candle_core::Error::Msg(format!("invalid speech tokenizer config.json: {e}"))
        })?;
        cfg.validate()?;
        Ok(cfg)
    }

    pub fn from_file(path: &Path) -> Result<Self> {
        let json = std::fs::read_to_string(path)
            .map_err(|e| candle_core::Error::Msg(format!("cannot read {}: {e}", path.display())))?;
        Self::from_json(&json)
            .map_err(|e| candle_core::Error::Msg(format!("{}: {e}", path.display())))
    }

    /// Code frames per second (12.5 for the real codec).
    pub fn frame_rate(&self) -> f64 {
        self.output_sample_rate as f64 / self.decode_upsample_rate as f64
    }

    pub fn validate(&self) -> Result<()> {
        self.check_sizes()?;
        let d = &self.decoder_config;
        if d.num_quantizers < 2 {
            bail!(
                "decoder num_quantizers {} must be at least 2 (1 semantic + acoustic)",
                d.num_quantizers
            )
        }
        if !d.codebook_dim.is_multiple_of(2) {
            bail!(
                "decoder codebook_dim {} must be even (the VQ works at half of it)",
                d.codebook_dim
            )
        }
        if d.num_attention_heads == 0
            || d.num_key_value_heads == 0
            || !d.num_attention_heads.is_multiple_of(d.num_key_value_heads)
        {
            bail!(
                "decoder num_attention_heads {} must be a multiple of num_key_value_heads {}",
                d.num_attention_heads,
                d.num_key_value_heads
            )
        }
        let total = d.total_upsample();
        if total != self.decode_upsample_rate {
            bail!(
                "decode_upsample_rate {} must equal the decoder's total upsampling {total} \
                 (product of upsampling_ratios {:?} and upsample_rates {:?})",
                self.decode_upsample_rate,
                d.upsampling_ratios,
                d.upsample_rates
            )
        }
        if !d.decoder_dim.is_multiple_of(1 << d.upsample_rates.len()) {
            bail!(
                "decoder_dim {} must be divisible by 2^{} (halved per decoder block)",
                d.decoder_dim,
                d.upsample_rates.len()
            )
        }
        let e = &self.encoder_config;
        if self.encoder_valid_num_quantizers > e.num_quantizers {
            bail!(
                "encoder_valid_num_quantizers {} exceeds the encoder's num_quantizers {}",
                self.encoder_valid_num_quantizers,
                e.num_quantizers
            )
        }
        if e.num_semantic_quantizers == 0 || e.num_semantic_quantizers >= e.num_quantizers {
            bail!(
                "encoder num_semantic_quantizers {} must be in 1..{}",
                e.num_semantic_quantizers,
                e.num_quantizers
            )
        }
        Ok(())
    }
}

impl CodecConfig {
    /// Every width, count and factor in range, before anything is computed from them: a zero
    /// divides by zero (heads, `compress`, ratios), a huge count makes a tensor list that does
    /// not fit in memory (1e9 quantizers), huge factors overflow the shape arithmetic.
    fn check_sizes(&self) -> Result<()> {
        let (d, e) = (&self.decoder_config, &self.encoder_config);
        let sizes = [
            ("decoder codebook_size", d.codebook_size),
            ("decoder codebook_dim", d.codebook_dim),
            ("decoder latent_dim", d.latent_dim),
            ("decoder hidden_size", d.hidden_size),
            ("decoder num_attention_heads", d.num_attention_heads),
            ("decoder num_key_value_heads", d.num_key_value_heads),
            ("decoder head_dim", d.head_dim.unwrap_or(1)),
            ("decoder intermediate_size", d.intermediate_size),
            ("decoder decoder_dim", d.decoder_dim),
            ("encoder sampling_rate", e.sampling_rate as usize),
            ("encoder audio_channels", e.audio_channels),
            ("encoder num_filters", e.num_filters),
            ("encoder kernel_size", e.kernel_size),
            ("encoder last_kernel_size", e.last_kernel_size),
            ("encoder residual_kernel_size", e.residual_kernel_size),
            ("encoder compress", e.compress),
            ("encoder hidden_size", e.hidden_size),
            ("encoder num_attention_heads", e.num_attention_heads),
            ("encoder num_key_value_heads", e.num_key_value_heads),
            ("encoder head_dim", e.head_dim.unwrap_or(1)),
            ("encoder intermediate_size", e.intermediate_size),
            ("encoder codebook_size", e.codebook_size),
            ("encoder codebook_dim", e.codebook_dim),
            (
                "encoder vector_quantization_hidden_dimension",
                e.vector_quantization_hidden_dimension(),
            ),
            ("input_sample_rate", self.input_sample_rate as usize),
            ("output_sample_rate", self.output_sample_rate as usize),
            ("encode_downsample_rate", self.encode_downsample_rate),
            ("decode_upsample_rate", self.decode_upsample_rate),
        ];
        for (name, value) in sizes {
            if !(1..=MAX_SIZE).contains(&value) {
                bail!("{name} {value} is outside 1..={MAX_SIZE}")
            }
        }
        let counts = [
            ("decoder num_quantizers", d.num_quantizers),
            ("decoder num_hidden_layers", d.num_hidden_layers),
            ("encoder num_quantizers", e.num_quantizers),
            ("encoder num_hidden_layers", e.num_hidden_layers),
            ("encoder num_residual_layers", e.num_residual_layers),
        ];
        for (name, value) in counts {
            if value > MAX_COUNT {
                bail!("{name} {value} is over {MAX_COUNT}")
            }
        }
        for (name, factors) in [
            ("decoder upsampling_ratios", &d.upsampling_ratios),
            ("decoder upsample_rates", &d.upsample_rates),
            ("encoder upsampling_ratios", &e.upsampling_ratios),
        ] {
            let product =
                factors.iter().try_fold(1usize, |p, &f| p.checked_mul(f).filter(|_| f > 0));
            if factors.len() > MAX_STAGES || product.is_none_or(|p| p > MAX_SIZE) {
                bail!(
                    "{name} {factors:?}: at most {MAX_STAGES} factors, each at least 1, with a \
                     product of at most {MAX_SIZE}"
                )
            }
        }
        // The downsample conv's kernel is 2 * (encodec rate / frame rate): `_frame_rate` 0 made
        // it infinite and its doubling overflow.
        let ratio = e.encodec_frame_rate() as f64 / e.frame_rate();
        if !(1.0..=MAX_SIZE as f64).contains(&ratio) {
            bail!(
                "encoder _frame_rate {} gives a downsample ratio of {ratio} to the SEANet rate {}; \
                 valid: 1..={MAX_SIZE}",
                e.frame_rate(),
                e.encodec_frame_rate()
            )
        }
        Ok(())
    }
}

/// The largest width, codebook or factor a config may give (real ones are at most 24000, the
/// sample rate); past it the shape arithmetic overflows.
const MAX_SIZE: usize = 1 << 24;
/// The most layers or quantizers: beyond, the tensor list the weights are checked against would
/// not fit in memory.
const MAX_COUNT: usize = 1024;
/// The most up- or downsampling stages (the real codec has 4 and 4).
const MAX_STAGES: usize = 16;

impl DecoderConfig {
    pub fn head_dim(&self) -> usize {
        self.head_dim.unwrap_or(self.hidden_size / self.num_attention_heads)
    }

    /// Samples per code frame: product of all upsampling factors.
    pub fn total_upsample(&self) -> usize {
        self.upsampling_ratios.iter().chain(&self.upsample_rates).product()
    }
}

impl EncoderConfig {
    pub fn head_dim(&self) -> usize {
        self.head_dim.unwrap_or(self.hidden_size / self.num_attention_heads)
    }

    pub fn vector_quantization_hidden_dimension(&self) -> usize {
        self.vector_quantization_hidden_dimension.unwrap_or(self.codebook_dim)
    }

    /// Frame rate of the SEANet output: `ceil(sampling_rate / prod(ratios))`.
    pub fn encodec_frame_rate(&self) -> usize {
        let hop: usize = self.upsampling_ratios.iter().product();
        (self.sampling_rate as usize).div_ceil(hop)
    }

    /// Output frame rate after the stride-2 downsample (`MimiConfig.frame_rate`).
    pub fn frame_rate(&self) -> f64 {
        let hop: usize = self.upsampling_ratios.iter().product();
        self.frame_rate.unwrap_or(self.sampling_rate as f64 / (hop * 2) as f64)
    }

    /// Kernel of the downsample conv: `2 * int(encodec_frame_rate / frame_rate)`
    /// (transformers `MimiModel.__init__`).
    pub fn downsample_kernel(&self) -> usize {
        2 * (self.encodec_frame_rate() as f64 / self.frame_rate()) as usize
    }
}
