//! What a caller asks for, and what it gets back.

use acoustic_model::StopReason;
use tts_core::Audio;

/// Codes of consecutive frames, `num_code_groups` per frame.
pub type Frames = Vec<Vec<u32>>;

/// How the text reaches the talker (the reference's `non_streaming_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFeed {
    /// Dual-track: one pending text token per generated frame (`non_streaming_mode=False`).
    Streaming,
    /// The whole text in the prompt (`non_streaming_mode=True`).
    Full,
}

impl std::str::FromStr for TextFeed {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "streaming" => Ok(Self::Streaming),
            "full" => Ok(Self::Full),
            other => Err(format!("unknown text feed {other:?}; valid: streaming, full")),
        }
    }
}

/// Reference audio for Base-model voice cloning.
#[derive(Debug, Clone)]
pub struct VoiceReference {
    pub audio: Audio,
    /// Transcript of the reference audio; required for ICL cloning.
    pub text: Option<String>,
    /// Clone from the speaker embedding only (no reference codes or text).
    pub x_vector_only: bool,
}

/// Sampling overrides of one level (the talker's code 0, or the sub-talker's codes 1..);
/// `None` keeps the checkpoint's `generation_config.json` value. Values are checked by the
/// request contract ([`crate::contract`]), as callers send them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LevelOverrides {
    /// false: argmax.
    pub do_sample: Option<bool>,
    pub temperature: Option<f64>,
    /// 0 turns top-k off; negative values are refused.
    pub top_k: Option<i64>,
    pub top_p: Option<f64>,
}

impl LevelOverrides {
    pub const GREEDY: Self =
        Self { do_sample: Some(false), temperature: None, top_k: None, top_p: None };
}

/// Sampling overrides of both levels.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SamplingOverrides {
    pub talker: LevelOverrides,
    pub subtalker: LevelOverrides,
    pub repetition_penalty: Option<f64>,
}

impl SamplingOverrides {
    /// The same overrides for the talker and the sub-talker (the CLI's and the server's
    /// sampling knobs apply to both).
    pub fn both(level: LevelOverrides, repetition_penalty: Option<f64>) -> Self {
        Self { talker: level, subtalker: level, repetition_penalty }
    }

    /// Argmax in both levels.
    pub fn greedy() -> Self {
        Self::both(LevelOverrides::GREEDY, None)
    }
}

#[derive(Debug, Clone)]
pub struct SynthesisRequest {
    pub text: String,
    /// CustomVoice speaker (case-insensitive).
    pub speaker: Option<String>,
    /// "auto" or a supported language (case-insensitive).
    pub language: String,
    pub instruct: Option<String>,
    /// A voice registered with [`crate::Engine::register_voice`] (Base models), instead of
    /// `reference`.
    pub voice: Option<String>,
    /// `None`: the reference wrapper's default for the model type.
    pub text_feed: Option<TextFeed>,
    pub reference: Option<VoiceReference>,
    pub sampling: SamplingOverrides,
    pub seed: u64,
    /// Code-0 tokens sampled at most per utterance, as the reference counts them: the last one
    /// never becomes a frame, so at most `max_new_tokens - 1` frames of audio (at least 2).
    pub max_new_tokens: Option<i64>,
    /// Spell out numbers, dates, units... before tokenizing.
    pub normalize: bool,
    /// Audio chunk size handed to the sink, in milliseconds (20..=1000).
    pub chunk_ms: u32,
    /// Fade-out at the very end and cross-fade where sentences join, in milliseconds.
    pub fade_ms: f32,
    /// Split long text into sentences and speak them as one stream.
    pub split_sentences: bool,
    /// ICL cloning: cut each segment's reference audio exactly where the reference wrapper
    /// does (`int(T_ref / T_total * len)`, which keeps the reference audio's last sample for
    /// some (T_ref, T_total)). Each segment's audio is then held until the segment ends, as
    /// the cut depends on its length. Off: the cut is at `T_ref * samples_per_frame` and audio
    /// streams as it is decoded. On by default (whole-utterance parity); streaming callers turn
    /// it off. No effect without reference codes.
    pub exact_reference_cut: bool,
}

impl SynthesisRequest {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            speaker: None,
            language: "auto".into(),
            instruct: None,
            voice: None,
            text_feed: None,
            reference: None,
            sampling: SamplingOverrides::default(),
            seed: 0,
            max_new_tokens: None,
            normalize: true,
            chunk_ms: 80,
            fade_ms: 5.0,
            split_sentences: true,
            exact_reference_cut: true,
        }
    }

    /// At most `frames` frames of audio per utterance (`max_new_tokens` = `frames` + 1: the
    /// reference's last sampled token never becomes a frame).
    pub fn set_max_frames(&mut self, frames: usize) {
        self.max_new_tokens = Some(frames as i64 + 1);
    }
}

/// How a request's text becomes words before it is tokenized.
#[derive(Debug, Clone, PartialEq)]
pub struct TextOptions {
    /// The request's language ("auto" detects it per text).
    pub language: String,
    /// Spell out numbers, dates, units...
    pub normalize: bool,
}

impl SynthesisRequest {
    pub fn text_options(&self) -> TextOptions {
        TextOptions { language: self.language.clone(), normalize: self.normalize }
    }
}

/// A piece of the output stream.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioChunk {
    /// Mono samples in [-1, 1].
    pub samples: Vec<f32>,
    pub sample_rate: u32,
    /// Position of the first sample in the whole stream.
    pub start_sample: usize,
    /// The last chunk of the request.
    pub last: bool,
}

/// What a finished synthesis produced.
#[derive(Debug, Clone, Default)]
pub struct SynthesisSummary {
    /// Generated codes of every segment, one `Vec` of `num_code_groups` codes per frame.
    pub codes: Vec<Vec<Vec<u32>>>,
    pub samples: usize,
    /// The rate of the samples (the codec's).
    pub sample_rate: u32,
    /// Wall time until the first chunk reached the sink.
    pub time_to_first_audio: Option<std::time::Duration>,
    pub elapsed: std::time::Duration,
    /// Time spent in the acoustic model (prefill and frames), summed over segments.
    pub lm_time: std::time::Duration,
    /// Time spent in the codec decoder, summed over segments. On the CPU the two take turns;
    /// elsewhere they overlap in wall time.
    pub codec_time: std::time::Duration,
    /// The normalized text of each segment (what was tokenized).
    pub segments: Vec<String>,
    /// Why each segment's generation stopped. A runaway guard ([`StopReason::FrameBudget`],
    /// [`StopReason::Loop`]) ends the request: the segments after it are not spoken.
    pub stop_reasons: Vec<StopReason>,
}

impl SynthesisSummary {
    /// Seconds of audio produced.
    pub fn audio_seconds(&self) -> f64 {
        self.samples as f64 / self.sample_rate.max(1) as f64
    }

    /// Frames generated over all segments.
    pub fn frames(&self) -> usize {
        self.codes.iter().map(Vec::len).sum()
    }

    /// Why the request's generation ended: the guard that ended it, else the last segment's
    /// reason (`None` without segments).
    pub fn stop_reason(&self) -> Option<StopReason> {
        let guard = |r: &&StopReason| matches!(r, StopReason::FrameBudget | StopReason::Loop);
        self.stop_reasons.iter().find(guard).or(self.stop_reasons.last()).copied()
    }
}
