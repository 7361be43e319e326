//! Typed views of a Qwen3-TTS checkpoint's `config.json` and `generation_config.json`.
//!
//! Field names are the Hugging Face ones so the files deserialize as they are; unknown keys
//! (the code predictor's full `PretrainedConfig` dump, `position_id_per_seconds`, ...) are
//! ignored. Defaults are the ones the reference classes declare
//! (`qwen_tts/core/models/configuration_qwen3_tts.py`); keys that the reference needs but does
//! not declare (`text_vocab_size`, `rope_scaling`) are required here, so a broken file fails at
//! load time with the key's name instead of producing a wrong model.

use std::collections::BTreeMap;
use std::path::Path;

use candle_core::{Result, bail};
use serde::{Deserialize, Deserializer};

/// Which of the three public checkpoint families a config describes (`tts_model_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TtsModelType {
    /// Voice cloning from reference audio; has a speaker encoder.
    Base,
    /// Named built-in speakers, optional instruct (honoured by 1.7B only).
    CustomVoice,
    /// Voice described by an instruct text.
    VoiceDesign,
}

impl TtsModelType {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Base => "base",
            Self::CustomVoice => "custom_voice",
            Self::VoiceDesign => "voice_design",
        }
    }
}

/// Top level `config.json` (`Qwen3TTSConfig`, model_type `qwen3_tts`).
#[derive(Debug, Clone, Deserialize)]
pub struct Qwen3TtsConfig {
    pub talker_config: TalkerConfig,
    /// Always parsed (the reference builds it for every variant); the module exists only for
    /// `tts_model_type == base`.
    #[serde(default)]
    pub speaker_encoder_config: SpeakerEncoderConfig,
    pub tts_model_type: TtsModelType,
    /// "0b6" or "1b7". The reference drops the instruct when `tts_model_size in "0b6"`.
    #[serde(default)]
    pub tts_model_size: Option<String>,
    #[serde(default)]
    pub tokenizer_type: Option<String>,
    #[serde(default = "default_im_start")]
    pub im_start_token_id: u32,
    #[serde(default = "default_im_end")]
    pub im_end_token_id: u32,
    #[serde(default = "default_tts_pad")]
    pub tts_pad_token_id: u32,
    #[serde(default = "default_tts_bos")]
    pub tts_bos_token_id: u32,
    #[serde(default = "default_tts_eos")]
    pub tts_eos_token_id: u32,
}

fn default_im_start() -> u32 {
    151644
}
fn default_im_end() -> u32 {
    151645
}
fn default_tts_pad() -> u32 {
    151671
}
fn default_tts_bos() -> u32 {
    151672
}
fn default_tts_eos() -> u32 {
    151673
}

impl Qwen3TtsConfig {
    pub fn from_json(json: &str) -> Result<Self> {
        let cfg: Self = serde_json::from_str(json)
            .map_err(|e| candle_core::Error::Msg(format!("invalid Qwen3-TTS config.json: {e}")))?;
        cfg.validate()?;
        Ok(cfg)
    }

    pub fn from_file(path: &Path) -> Result<Self> {
        let json = std::fs::read_to_string(path)
            .map_err(|e| candle_core::Error::Msg(format!("cannot read {}: {e}", path.display())))?;
        Self::from_json(&json)
            .map_err(|e| candle_core::Error::Msg(format!("{}: {e}", path.display())))
    }

    /// Whether the checkpoint carries `speaker_encoder.*` weights.
    pub fn has_speaker_encoder(&self) -> bool {
        self.tts_model_type == TtsModelType::Base
    }

    /// The reference drops the instruct of CustomVoice models when
    /// `self.model.tts_model_size in "0b6"`: a substring test, so a missing size also matches
    /// (`inference/qwen3_tts_model.py`, `generate_custom_voice`).
    pub fn honours_custom_voice_instruct(&self) -> bool {
        let size = self.tts_model_size.as_deref().unwrap_or("");
        !"0b6".contains(size)
    }

    /// Languages the reference wrapper accepts: "auto" plus every `codec_language_id` key that
    /// is not a dialect (`get_supported_languages`).
    pub fn supported_languages(&self) -> Vec<String> {
        let mut langs = vec!["auto".to_string()];
        langs.extend(
            self.talker_config.codec_language_id.keys().filter(|k| !k.contains("dialect")).cloned(),
        );
        langs
    }

    pub fn validate(&self) -> Result<()> {
        let t = &self.talker_config;
        t.validate()?;
        let text_ids = [
            ("im_start_token_id", self.im_start_token_id),
            ("im_end_token_id", self.im_end_token_id),
            ("tts_pad_token_id", self.tts_pad_token_id),
            ("tts_bos_token_id", self.tts_bos_token_id),
            ("tts_eos_token_id", self.tts_eos_token_id),
        ];
        for (name, id) in text_ids {
            if id as usize >= t.text_vocab_size {
                bail!("{name} {id} is outside the text vocabulary of {}", t.text_vocab_size)
            }
        }
        if self.has_speaker_encoder() && self.speaker_encoder_config.enc_dim != t.hidden_size {
            bail!(
                "speaker_encoder_config.enc_dim {} must equal talker hidden_size {}: the x-vector \
                 is a row of the talker input",
                self.speaker_encoder_config.enc_dim,
                t.hidden_size
            )
        }
        self.speaker_encoder_config.validate()
    }
}

/// `rope_scaling` of the talker: 3-D multimodal RoPE sections. The reference indexes
/// `mrope_section` and `interleaved` unconditionally, so both are required.
#[derive(Debug, Clone, Deserialize)]
pub struct RopeScaling {
    pub mrope_section: Vec<usize>,
    pub interleaved: bool,
    #[serde(default)]
    pub rope_type: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `talker_config` (`Qwen3TTSTalkerConfig`, model_type `qwen3_tts_talker`).
#[derive(Debug, Clone, Deserialize)]
pub struct TalkerConfig {
    #[serde(default = "talker_defaults::vocab_size")]
    pub vocab_size: usize,
    #[serde(default = "talker_defaults::hidden_size")]
    pub hidden_size: usize,
    #[serde(default = "talker_defaults::intermediate_size")]
    pub intermediate_size: usize,
    #[serde(default = "talker_defaults::num_hidden_layers")]
    pub num_hidden_layers: usize,
    #[serde(default = "talker_defaults::num_attention_heads")]
    pub num_attention_heads: usize,
    #[serde(default = "talker_defaults::num_key_value_heads")]
    pub num_key_value_heads: usize,
    /// Undeclared in the reference class: when absent it falls back to hidden/heads, which is
    /// wrong for the real models (0.6B: 1024/16 = 64, but the file says 128). Use [`Self::head_dim`].
    #[serde(default)]
    head_dim: Option<usize>,
    #[serde(default = "talker_defaults::hidden_act")]
    pub hidden_act: String,
    #[serde(default = "talker_defaults::max_position_embeddings")]
    pub max_position_embeddings: usize,
    #[serde(default = "talker_defaults::rms_norm_eps")]
    pub rms_norm_eps: f64,
    #[serde(default = "talker_defaults::rope_theta")]
    pub rope_theta: f64,
    #[serde(deserialize_with = "non_null_rope_scaling")]
    pub rope_scaling: RopeScaling,
    #[serde(default)]
    pub attention_bias: bool,
    #[serde(default = "talker_defaults::num_code_groups")]
    pub num_code_groups: usize,
    #[serde(default = "talker_defaults::text_hidden_size")]
    pub text_hidden_size: usize,
    /// Rows of `text_embedding`; undeclared in the reference class (AttributeError if missing).
    pub text_vocab_size: usize,
    #[serde(default = "talker_defaults::codec_eos_token_id")]
    pub codec_eos_token_id: u32,
    #[serde(default = "talker_defaults::codec_think_id")]
    pub codec_think_id: u32,
    #[serde(default = "talker_defaults::codec_nothink_id")]
    pub codec_nothink_id: u32,
    #[serde(default = "talker_defaults::codec_think_bos_id")]
    pub codec_think_bos_id: u32,
    #[serde(default = "talker_defaults::codec_think_eos_id")]
    pub codec_think_eos_id: u32,
    #[serde(default = "talker_defaults::codec_pad_id")]
    pub codec_pad_id: u32,
    #[serde(default = "talker_defaults::codec_bos_id")]
    pub codec_bos_id: u32,
    /// Speaker name -> codec row. Empty for Base and VoiceDesign.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub spk_id: BTreeMap<String, u32>,
    /// Speaker name -> the dialect it speaks (`false` in the file means none).
    #[serde(default, deserialize_with = "dialect_map")]
    pub spk_is_dialect: BTreeMap<String, Option<String>>,
    /// Language (and dialect) name -> codec row.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub codec_language_id: BTreeMap<String, u32>,
    #[serde(default)]
    pub code_predictor_config: CodePredictorConfig,
}

mod talker_defaults {
    // `Qwen3TTSTalkerConfig.__init__` defaults; real checkpoints override all of them.
    pub fn vocab_size() -> usize {
        3072
    }
    pub fn hidden_size() -> usize {
        1024
    }
    pub fn intermediate_size() -> usize {
        2048
    }
    pub fn num_hidden_layers() -> usize {
        20
    }
    pub fn num_attention_heads() -> usize {
        16
    }
    pub fn num_key_value_heads() -> usize {
        2
    }
    pub fn hidden_act() -> String {
        "silu".to_string()
    }
    pub fn max_position_embeddings() -> usize {
        32768
    }
    pub fn rms_norm_eps() -> f64 {
        1e-6
    }
    pub fn rope_theta() -> f64 {
        10000.0
    }
    pub fn num_code_groups() -> usize {
        32
    }
    pub fn text_hidden_size() -> usize {
        2048
    }
    pub fn codec_eos_token_id() -> u32 {
        4198
    }
    pub fn codec_think_id() -> u32 {
        4202
    }
    pub fn codec_nothink_id() -> u32 {
        4203
    }
    pub fn codec_think_bos_id() -> u32 {
        4204
    }
    pub fn codec_think_eos_id() -> u32 {
        4205
    }
    pub fn codec_pad_id() -> u32 {
        4196
    }
    pub fn codec_bos_id() -> u32 {
        4197
    }
}

fn non_null_rope_scaling<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<RopeScaling, D::Error> {
    Option::<RopeScaling>::deserialize(d)?.ok_or_else(|| {
        serde::de::Error::custom(
            "talker_config.rope_scaling is null; the talker needs {mrope_section, interleaved}",
        )
    })
}

fn null_as_empty<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<BTreeMap<String, u32>, D::Error> {
    Ok(Option::<BTreeMap<String, u32>>::deserialize(d)?.unwrap_or_default())
}

fn dialect_map<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<BTreeMap<String, Option<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Dialect {
        Flag(bool),
        Name(String),
    }
    let raw = Option::<BTreeMap<String, Dialect>>::deserialize(d)?.unwrap_or_default();
    raw.into_iter()
        .map(|(spk, v)| match v {
            Dialect::Flag(false) => Ok((spk, None)),
            Dialect::Flag(true) => Err(serde::de::Error::custom(format!(
                "spk_is_dialect[{spk:?}] is true; expected false or a dialect name"
            ))),
            Dialect::Name(name) => Ok((spk, Some(name))),
        })
        .collect()
}

impl TalkerConfig {
    pub fn head_dim(&self) -> usize {
        self.head_dim.unwrap_or(self.hidden_size / self.num_attention_heads)
    }

    /// Ids at and above this are never sampled for code 0, except EOS: the reference suppresses
    /// the last 1024 ids of the talker vocabulary (`Qwen3TTSForConditionalGeneration.generate`).
    pub fn suppress_start(&self) -> usize {
        self.vocab_size.saturating_sub(1024)
    }

    pub fn validate(&self) -> Result<()> {
        check_sizes(
            "talker_config",
            &[
                ("hidden_size", self.hidden_size),
                ("intermediate_size", self.intermediate_size),
                ("text_hidden_size", self.text_hidden_size),
                ("vocab_size", self.vocab_size),
                ("text_vocab_size", self.text_vocab_size),
                ("num_attention_heads", self.num_attention_heads),
                ("num_key_value_heads", self.num_key_value_heads),
            ],
        )?;
        check_counts(
            "talker_config",
            &[
                ("num_hidden_layers", self.num_hidden_layers),
                ("num_code_groups", self.num_code_groups),
            ],
        )?;
        check_sizes("talker_config", &[("head_dim", self.head_dim())])?;
        check_attention("talker_config", self.num_attention_heads, self.num_key_value_heads)?;
        check_act("talker_config", &self.hidden_act)?;
        let mrope = &self.rope_scaling.mrope_section;
        check_counts("talker_config.rope_scaling", &[("mrope_section length", mrope.len())])?;
        if let Some(v) = mrope.iter().find(|&&v| v > MAX_SIZE) {
            bail!("talker_config.rope_scaling.mrope_section entry {v} is over {MAX_SIZE}")
        }
        let half = self.head_dim() / 2;
        let sections: usize = mrope.iter().sum();
        if !self.head_dim().is_multiple_of(2) || sections != half {
            bail!(
                "talker_config.rope_scaling.mrope_section {:?} must sum to head_dim/2 = {half} \
                 (head_dim {})",
                self.rope_scaling.mrope_section,
                self.head_dim()
            )
        }
        if self.vocab_size < 1024 {
            bail!("talker_config.vocab_size {} must be at least 1024", self.vocab_size)
        }
        for (name, &id) in self.codec_language_id.iter().chain(self.spk_id.iter()) {
            if id as usize >= self.vocab_size {
                bail!(
                    "codec id {id} of {name:?} is outside the talker vocabulary {}",
                    self.vocab_size
                )
            }
        }
        for (spk, dialect) in &self.spk_is_dialect {
            if let Some(d) = dialect
                && !self.codec_language_id.contains_key(d)
            {
                bail!("speaker {spk:?} speaks dialect {d:?}, which has no codec_language_id")
            }
        }
        let cp = &self.code_predictor_config;
        cp.validate()?;
        if cp.num_code_groups != self.num_code_groups {
            bail!(
                "code_predictor_config.num_code_groups {} != talker num_code_groups {}",
                cp.num_code_groups,
                self.num_code_groups
            )
        }
        if self.num_code_groups < 2 {
            bail!("num_code_groups {} must be at least 2", self.num_code_groups)
        }
        Ok(())
    }
}

/// `talker_config.code_predictor_config` (`Qwen3TTSTalkerCodePredictorConfig`).
#[derive(Debug, Clone, Deserialize)]
pub struct CodePredictorConfig {
    #[serde(default = "cp_defaults::vocab_size")]
    pub vocab_size: usize,
    #[serde(default = "cp_defaults::hidden_size")]
    pub hidden_size: usize,
    #[serde(default = "cp_defaults::intermediate_size")]
    pub intermediate_size: usize,
    #[serde(default = "cp_defaults::num_hidden_layers")]
    pub num_hidden_layers: usize,
    #[serde(default = "cp_defaults::num_attention_heads")]
    pub num_attention_heads: usize,
    /// `None` in the file means "as many as attention heads", as in the reference.
    #[serde(default = "cp_defaults::num_key_value_heads")]
    pub num_key_value_heads: Option<usize>,
    #[serde(default = "cp_defaults::head_dim")]
    pub head_dim: usize,
    #[serde(default = "talker_defaults::hidden_act")]
    pub hidden_act: String,
    #[serde(default = "cp_defaults::max_position_embeddings")]
    pub max_position_embeddings: usize,
    #[serde(default = "talker_defaults::rms_norm_eps")]
    pub rms_norm_eps: f64,
    #[serde(default = "talker_defaults::rope_theta")]
    pub rope_theta: f64,
    #[serde(default)]
    pub attention_bias: bool,
    #[serde(default = "talker_defaults::num_code_groups")]
    pub num_code_groups: usize,
}

mod cp_defaults {
    pub fn vocab_size() -> usize {
        2048
    }
    pub fn hidden_size() -> usize {
        1024
    }
    pub fn intermediate_size() -> usize {
        3072
    }
    pub fn num_hidden_layers() -> usize {
        5
    }
    pub fn num_attention_heads() -> usize {
        16
    }
    pub fn num_key_value_heads() -> Option<usize> {
        Some(8)
    }
    pub fn head_dim() -> usize {
        128
    }
    pub fn max_position_embeddings() -> usize {
        32768
    }
}

impl Default for CodePredictorConfig {
    fn default() -> Self {
        serde_json::from_str("{}").expect("every code predictor field has a default")
    }
}

impl CodePredictorConfig {
    pub fn num_key_value_heads(&self) -> usize {
        self.num_key_value_heads.unwrap_or(self.num_attention_heads)
    }

    pub fn validate(&self) -> Result<()> {
        check_sizes(
            "code_predictor_config",
            &[
                ("vocab_size", self.vocab_size),
                ("hidden_size", self.hidden_size),
                ("intermediate_size", self.intermediate_size),
                ("num_attention_heads", self.num_attention_heads),
                ("num_key_value_heads", self.num_key_value_heads()),
                ("head_dim", self.head_dim),
            ],
        )?;
        check_counts(
            "code_predictor_config",
            &[
                ("num_hidden_layers", self.num_hidden_layers),
                ("num_code_groups", self.num_code_groups),
            ],
        )?;
        check_attention(
            "code_predictor_config",
            self.num_attention_heads,
            self.num_key_value_heads(),
        )?;
        check_act("code_predictor_config", &self.hidden_act)
    }
}

/// `speaker_encoder_config` (`Qwen3TTSSpeakerEncoderConfig`): ECAPA-TDNN over a 128-bin mel.
#[derive(Debug, Clone, Deserialize)]
pub struct SpeakerEncoderConfig {
    #[serde(default = "se_defaults::mel_dim")]
    pub mel_dim: usize,
    #[serde(default = "se_defaults::enc_dim")]
    pub enc_dim: usize,
    #[serde(default = "se_defaults::enc_channels")]
    pub enc_channels: Vec<usize>,
    #[serde(default = "se_defaults::enc_kernel_sizes")]
    pub enc_kernel_sizes: Vec<usize>,
    #[serde(default = "se_defaults::enc_dilations")]
    pub enc_dilations: Vec<usize>,
    #[serde(default = "se_defaults::enc_attention_channels")]
    pub enc_attention_channels: usize,
    #[serde(default = "se_defaults::enc_res2net_scale")]
    pub enc_res2net_scale: usize,
    #[serde(default = "se_defaults::enc_se_channels")]
    pub enc_se_channels: usize,
    #[serde(default = "se_defaults::sample_rate")]
    pub sample_rate: u32,
}

mod se_defaults {
    pub fn mel_dim() -> usize {
        128
    }
    // The class docstring says 192; the code says 1024.
    pub fn enc_dim() -> usize {
        1024
    }
    pub fn enc_channels() -> Vec<usize> {
        vec![512, 512, 512, 512, 1536]
    }
    pub fn enc_kernel_sizes() -> Vec<usize> {
        vec![5, 3, 3, 3, 1]
    }
    pub fn enc_dilations() -> Vec<usize> {
        vec![1, 2, 3, 4, 1]
    }
    pub fn enc_attention_channels() -> usize {
        128
    }
    pub fn enc_res2net_scale() -> usize {
        8
    }
    pub fn enc_se_channels() -> usize {
        128
    }
    pub fn sample_rate() -> u32 {
        24000
    }
}

impl Default for SpeakerEncoderConfig {
    fn default() -> Self {
        serde_json::from_str("{}").expect("every speaker encoder field has a default")
    }
}

impl SpeakerEncoderConfig {
    pub fn validate(&self) -> Result<()> {
        let what = "speaker_encoder_config";
        check_sizes(
            what,
            &[
                ("mel_dim", self.mel_dim),
                ("enc_dim", self.enc_dim),
                ("enc_attention_channels", self.enc_attention_channels),
                ("enc_res2net_scale", self.enc_res2net_scale),
                ("enc_se_channels", self.enc_se_channels),
            ],
        )?;
        check_counts(what, &[("enc_channels length", self.enc_channels.len())])?;
        for list in [&self.enc_channels, &self.enc_kernel_sizes, &self.enc_dilations] {
            let named: Vec<(&str, usize)> = list.iter().map(|&v| ("a list entry", v)).collect();
            check_sizes(what, &named)?;
        }
        let n = self.enc_channels.len();
        if n < 3 || self.enc_kernel_sizes.len() != n || self.enc_dilations.len() != n {
            bail!(
                "speaker_encoder_config: enc_channels {:?}, enc_kernel_sizes {:?} and \
                 enc_dilations {:?} must have the same length (at least 3)",
                self.enc_channels,
                self.enc_kernel_sizes,
                self.enc_dilations
            )
        }
        let middle: usize = self.enc_channels[1..n - 1].iter().sum();
        if middle != self.enc_channels[n - 1] {
            bail!(
                "speaker_encoder_config: the last channel count {} must equal the sum of the \
                 SE-Res2Net block channels {middle} (the MFA layer concatenates them)",
                self.enc_channels[n - 1]
            )
        }
        let scale = self.enc_res2net_scale;
        if let Some(c) = self.enc_channels[1..n - 1].iter().find(|&&c| scale == 0 || c % scale != 0)
        {
            bail!(
                "speaker_encoder_config: channels {c} are not divisible by enc_res2net_scale {scale}"
            )
        }
        Ok(())
    }
}

/// `generation_config.json`. The wrapper's precedence is: explicit argument > this file >
/// hard defaults (`Qwen3TTSModel._merge_generate_kwargs`); the serde defaults below are those
/// hard defaults, so a missing key behaves as in the reference.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GenerationConfig {
    #[serde(default = "gen_defaults::yes")]
    pub do_sample: bool,
    #[serde(default = "gen_defaults::top_k")]
    pub top_k: usize,
    #[serde(default = "gen_defaults::one")]
    pub top_p: f64,
    #[serde(default = "gen_defaults::temperature")]
    pub temperature: f64,
    #[serde(default = "gen_defaults::repetition_penalty")]
    pub repetition_penalty: f64,
    #[serde(default = "gen_defaults::yes")]
    pub subtalker_dosample: bool,
    #[serde(default = "gen_defaults::top_k")]
    pub subtalker_top_k: usize,
    #[serde(default = "gen_defaults::one")]
    pub subtalker_top_p: f64,
    #[serde(default = "gen_defaults::temperature")]
    pub subtalker_temperature: f64,
    #[serde(default = "gen_defaults::max_new_tokens")]
    pub max_new_tokens: usize,
}

mod gen_defaults {
    pub fn yes() -> bool {
        true
    }
    pub fn top_k() -> usize {
        50
    }
    pub fn one() -> f64 {
        1.0
    }
    pub fn temperature() -> f64 {
        0.9
    }
    pub fn repetition_penalty() -> f64 {
        1.05
    }
    pub fn max_new_tokens() -> usize {
        2048
    }
}

impl Default for GenerationConfig {
    fn default() -> Self {
        serde_json::from_str("{}").expect("every generation field has a default")
    }
}

impl GenerationConfig {
    /// `dir/generation_config.json`, or the wrapper's hard defaults when the file is absent.
    pub fn from_dir_or_default(dir: &Path) -> Result<Self> {
        let path = dir.join("generation_config.json");
        if path.is_file() { Self::from_file(&path) } else { Ok(Self::default()) }
    }

    pub fn from_json(json: &str) -> Result<Self> {
        serde_json::from_str(json)
            .map_err(|e| candle_core::Error::Msg(format!("invalid generation_config.json: {e}")))
    }

    pub fn from_file(path: &Path) -> Result<Self> {
        let json = std::fs::read_to_string(path)
            .map_err(|e| candle_core::Error::Msg(format!("cannot read {}: {e}", path.display())))?;
        Self::from_json(&json)
            .map_err(|e| candle_core::Error::Msg(format!("{}: {e}", path.display())))
    }
}

fn check_attention(what: &str, heads: usize, kv_heads: usize) -> Result<()> {
    if heads == 0 || kv_heads == 0 || !heads.is_multiple_of(kv_heads) {
        bail!(
            "{what}: num_attention_heads {heads} must be a positive multiple of num_key_value_heads {kv_heads}"
        )
    }
    Ok(())
}

/// The largest width, vocabulary or kernel a config may give. Real checkpoints are far below
/// (151936 is the largest, the text vocabulary); past it the shape arithmetic of the tensor
/// list overflows.
const MAX_SIZE: usize = 1 << 24;
/// The most layers, code groups or list entries: beyond, the tensor list the weights are
/// checked against would not fit in memory (a layer count of 1e9 is 1e10 names).
const MAX_COUNT: usize = 1024;

/// Widths, heads and vocabularies: at least 1, at most [`MAX_SIZE`].
fn check_sizes(what: &str, sizes: &[(&str, usize)]) -> Result<()> {
    for &(name, value) in sizes {
        if !(1..=MAX_SIZE).contains(&value) {
            bail!("{what}: {name} {value} is outside 1..={MAX_SIZE}")
        }
    }
    Ok(())
}

/// Layer and group counts: at most [`MAX_COUNT`].
fn check_counts(what: &str, counts: &[(&str, usize)]) -> Result<()> {
    for &(name, value) in counts {
        if value > MAX_COUNT {
            bail!("{what}: {name} {value} is over {MAX_COUNT}")
        }
    }
    Ok(())
}

fn check_act(what: &str, act: &str) -> Result<()> {
    if act != "silu" {
        bail!("{what}: hidden_act {act:?} is not supported; the Qwen3-TTS talker uses \"silu\"")
    }
    Ok(())
}
