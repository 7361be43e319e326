//! The request contract: the one place where a [`SynthesisRequest`] is checked against the
//! loaded model and the engine's limits. A request either becomes a validated [`Plan`] or a
//! [`RequestError`] that names its [`Field`] (as the HTTP/JSON API spells it), says what is
//! wrong and lists the valid choices. Every front end (CLI, HTTP, WebSocket, gRPC, Wyoming,
//! Python) calls this and maps the field to its own wire (`param`, status details, the
//! reference's `ValueError` wording); none repeats a check.

use std::sync::Arc;

use acoustic_model::{GenerateParams, PromptRequest, SamplingParams, TtsModelType};

use crate::engine::Engine;
use crate::guards::GuardSettings;
use crate::request::{LevelOverrides, SynthesisRequest, TextFeed, VoiceReference};
use crate::scheduler::Priority;
use crate::voices::EncodedVoice;

/// A field of a speech request, named as the HTTP/JSON API names it (OpenAI's and
/// vLLM-Omni's names); gRPC, WebSocket and Wyoming report the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The text to speak (`input`; `text` in gRPC, Wyoming and Python).
    Input,
    /// A CustomVoice speaker or a registered (cloned) voice.
    Voice,
    Language,
    /// Style or voice description (`instruct` in Python).
    Instructions,
    RefAudio,
    RefText,
    XVectorOnlyMode,
    MaxNewTokens,
    Temperature,
    TopK,
    TopP,
    RepetitionPenalty,
    SubtalkerTemperature,
    SubtalkerTopK,
    SubtalkerTopP,
    NonStreamingMode,
    ChunkMs,
    FadeMs,
    Priority,
    DeadlineMs,
    /// The name a voice is registered under.
    Name,
    /// Codes to decode (`tts-cli decode`, the Python tokenizer's `decode`).
    Codes,
    /// An encoded voice handed over whole (the Python API's `voice_clone_prompt`).
    VoiceClonePrompt,
}

impl Field {
    pub const ALL: [Field; 23] = [
        Self::Input,
        Self::Voice,
        Self::Language,
        Self::Instructions,
        Self::RefAudio,
        Self::RefText,
        Self::XVectorOnlyMode,
        Self::MaxNewTokens,
        Self::Temperature,
        Self::TopK,
        Self::TopP,
        Self::RepetitionPenalty,
        Self::SubtalkerTemperature,
        Self::SubtalkerTopK,
        Self::SubtalkerTopP,
        Self::NonStreamingMode,
        Self::ChunkMs,
        Self::FadeMs,
        Self::Priority,
        Self::DeadlineMs,
        Self::Name,
        Self::Codes,
        Self::VoiceClonePrompt,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::Voice => "voice",
            Self::Language => "language",
            Self::Instructions => "instructions",
            Self::RefAudio => "ref_audio",
            Self::RefText => "ref_text",
            Self::XVectorOnlyMode => "x_vector_only_mode",
            Self::MaxNewTokens => "max_new_tokens",
            Self::Temperature => "temperature",
            Self::TopK => "top_k",
            Self::TopP => "top_p",
            Self::RepetitionPenalty => "repetition_penalty",
            Self::SubtalkerTemperature => "subtalker_temperature",
            Self::SubtalkerTopK => "subtalker_top_k",
            Self::SubtalkerTopP => "subtalker_top_p",
            Self::NonStreamingMode => "non_streaming_mode",
            Self::ChunkMs => "chunk_ms",
            Self::FadeMs => "fade_ms",
            Self::Priority => "priority",
            Self::DeadlineMs => "deadline_ms",
            Self::Name => "name",
            Self::Codes => "codes",
            Self::VoiceClonePrompt => "voice_clone_prompt",
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a field is refused, for front ends that answer some refusals apart (HTTP 404 for a
/// voice that is not registered, `text_too_long`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Out of range, not one of the choices, or not allowed with the other fields.
    Invalid,
    /// The text is longer than the engine's limit.
    TooLong,
    /// No voice is registered under the name.
    UnknownVoice,
}

/// A refused request field. `Display`: `field: problem; valid: choices`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct RequestError {
    pub field: Field,
    pub reason: Reason,
    /// The value as the caller sent it, where one is quoted (front ends that word their
    /// errors as another API does use it).
    pub given: Option<String>,
    /// What is wrong.
    pub problem: String,
    /// The valid choices or range; empty where there is no short list.
    pub valid: Vec<String>,
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)?;
        if !self.valid.is_empty() {
            write!(f, "; valid: {}", self.valid.join(", "))?;
        }
        Ok(())
    }
}

impl RequestError {
    pub fn new(field: Field, problem: impl Into<String>) -> Self {
        Self { field, reason: Reason::Invalid, given: None, problem: problem.into(), valid: vec![] }
    }

    /// `given` is not one of `valid`.
    pub fn not_one_of(field: Field, given: &str, valid: Vec<String>) -> Self {
        Self {
            given: Some(given.to_string()),
            valid,
            ..Self::new(field, format!("{given:?} is not available"))
        }
    }

    pub fn with_valid(mut self, valid: impl Into<String>) -> Self {
        self.valid = vec![valid.into()];
        self
    }

    fn with_reason(mut self, reason: Reason) -> Self {
        self.reason = reason;
        self
    }
}

/// Limits the engine puts on every request (besides what the model allows).
#[derive(Debug, Clone, PartialEq)]
pub struct RequestLimits {
    /// Longest text in characters (`None`: any; a server sets one).
    pub max_text_chars: Option<usize>,
    /// The longest reference clip taken for cloning, in seconds (setting
    /// `max_reference_secs`).
    pub max_reference_secs: f64,
    /// The runaway guards every request runs with ([`crate::guards`]).
    pub guards: GuardSettings,
}

impl Default for RequestLimits {
    fn default() -> Self {
        Self {
            max_text_chars: None,
            max_reference_secs: tts_core::audio::MAX_CLIP_SECS,
            guards: GuardSettings::default(),
        }
    }
}

/// Whether a check includes the text: a stream's settings are checked before its text comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextPresence {
    Given,
    Later,
}

/// Audio chunk lengths a request may ask for, in milliseconds.
pub const CHUNK_MS: std::ops::RangeInclusive<u32> = 20..=1000;
/// Fades a request may ask for, in milliseconds.
pub const FADE_MS: std::ops::RangeInclusive<f32> = 0.0..=1000.0;

/// Who speaks a validated request.
#[derive(Debug, Clone)]
pub(crate) enum VoiceSource {
    /// A CustomVoice speaker (lowercase).
    Speaker(String),
    /// A registered cloned voice.
    Registered(Arc<EncodedVoice>),
    /// Reference audio to encode.
    Reference(VoiceReference),
    /// A VoiceDesign model's described voice.
    Described,
}

/// A request that passed [`Engine::validate`]: every value the engine needs, checked.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    /// Lowercase, one of the model's languages.
    pub language: String,
    pub voice: VoiceSource,
    pub non_streaming: bool,
    pub params: GenerateParams,
}

/// `priority` by name.
pub fn parse_priority(name: &str) -> Result<Priority, RequestError> {
    name.parse().map_err(|_| {
        RequestError::not_one_of(Field::Priority, name, vec!["interactive".into(), "bulk".into()])
    })
}

impl Engine {
    /// The one validation of a request (see the module docs).
    pub(crate) fn validate(
        &self,
        req: &SynthesisRequest,
        text: TextPresence,
    ) -> Result<Plan, RequestError> {
        if text == TextPresence::Given {
            self.check_text(&req.text)?;
        }
        if !CHUNK_MS.contains(&req.chunk_ms) {
            return Err(RequestError::new(
                Field::ChunkMs,
                format!("{} ms is out of range", req.chunk_ms),
            )
            .with_valid("20..=1000"));
        }
        if !FADE_MS.contains(&req.fade_ms) {
            return Err(RequestError::new(
                Field::FadeMs,
                format!("{} ms is out of range", req.fade_ms),
            )
            .with_valid("0..=1000"));
        }
        let language = req.language.to_lowercase();
        let languages = self.languages();
        if !languages.contains(&language) {
            return Err(RequestError::not_one_of(Field::Language, &req.language, languages));
        }
        let voice = self.voice_source(req)?;
        if req.instruct.is_some() && self.model_type() == TtsModelType::Base {
            return Err(RequestError::new(
                Field::Instructions,
                "a Base model takes no instructions: it speaks in the cloned voice",
            ));
        }
        let non_streaming = match req.text_feed {
            Some(TextFeed::Full) => true,
            Some(TextFeed::Streaming) => false,
            None => PromptRequest::default_non_streaming(self.model_type()),
        };
        let mut params = self.generate_params(req)?;
        params.guards = self.options().limits.guards.for_language(&language);
        Ok(Plan { language, voice, non_streaming, params })
    }

    /// Validates a request without preparing it (no tokenizing, no voice encoding).
    pub fn check(&self, req: &SynthesisRequest) -> Result<(), RequestError> {
        self.validate(req, TextPresence::Given).map(|_| ())
    }

    /// Validates everything but the text: the settings of a stream whose text comes later.
    pub fn check_settings(&self, req: &SynthesisRequest) -> Result<(), RequestError> {
        self.validate(req, TextPresence::Later).map(|_| ())
    }

    fn check_text(&self, text: &str) -> Result<(), RequestError> {
        if text.trim().is_empty() {
            return Err(RequestError::new(
                Field::Input,
                "the text is empty; send the text to speak",
            ));
        }
        if let Some(limit) = self.options().limits.max_text_chars {
            let chars = text.chars().count();
            if chars > limit {
                return Err(RequestError::new(
                    Field::Input,
                    format!(
                        "the text is {chars} characters, over the limit of {limit} (split it, or \
                         stream it over the WebSocket or gRPC SynthesizeStream)"
                    ),
                )
                .with_reason(Reason::TooLong));
            }
        }
        Ok(())
    }

    /// Who speaks, by model type: a CustomVoice speaker (the default one when none is named),
    /// a Base model's registered voice or reference audio, a VoiceDesign model's description.
    fn voice_source(&self, req: &SynthesisRequest) -> Result<VoiceSource, RequestError> {
        let model_type = self.model_type();
        let type_name = model_type.as_str();
        if req.voice.is_some() && req.reference.is_some() {
            return Err(RequestError::new(
                Field::RefAudio,
                "send either a registered voice or reference audio, not both",
            ));
        }
        if model_type != TtsModelType::Base {
            if req.reference.is_some() {
                return Err(RequestError::new(
                    Field::RefAudio,
                    format!("a {type_name} model cannot clone reference audio; use a Base model"),
                ));
            }
            if let Some(name) = &req.voice {
                return Err(RequestError::new(
                    Field::Voice,
                    format!(
                        "{name:?} is a cloned voice, and a {type_name} model cannot speak in one; \
                         use a Base model"
                    ),
                ));
            }
        }
        match model_type {
            TtsModelType::CustomVoice => {
                let speakers = self.speakers();
                let speaker = match &req.speaker {
                    Some(s) => s.trim().to_lowercase(),
                    None => self.default_speaker().unwrap_or_default(),
                };
                if !speakers.contains(&speaker) {
                    let given = req.speaker.as_deref().unwrap_or_default();
                    return Err(RequestError::not_one_of(Field::Voice, given, speakers));
                }
                Ok(VoiceSource::Speaker(speaker))
            }
            TtsModelType::VoiceDesign => {
                if let Some(s) = &req.speaker {
                    return Err(RequestError::new(
                        Field::Voice,
                        format!(
                            "{s:?}: a VoiceDesign model has no speakers; describe the voice in \
                             instructions"
                        ),
                    ));
                }
                Ok(VoiceSource::Described)
            }
            TtsModelType::Base => {
                if let Some(s) = &req.speaker {
                    return Err(RequestError::new(
                        Field::Voice,
                        format!(
                            "{s:?}: a Base model has no speakers; send reference audio or a \
                             registered voice"
                        ),
                    )
                    .with_registered(self));
                }
                match (&req.voice, &req.reference) {
                    (Some(name), _) => Ok(VoiceSource::Registered(self.voices().get(name)?)),
                    (None, Some(r)) => {
                        check_reference(r, &self.options().limits)?;
                        Ok(VoiceSource::Reference(r.clone()))
                    }
                    (None, None) => Err(RequestError::new(
                        Field::Voice,
                        "a Base model clones a voice: send reference audio (ref_audio, with its \
                         transcript ref_text or x_vector_only_mode) or a registered voice",
                    )
                    .with_registered(self)),
                }
            }
        }
    }

    /// generation_config.json's settings with the request's overrides, each override checked.
    fn generate_params(&self, req: &SynthesisRequest) -> Result<GenerateParams, RequestError> {
        let mut params = GenerateParams::from_config(self.model().generation_config(), req.seed);
        let s = &req.sampling;
        let levels = [
            (&mut params.talker, &s.talker, [Field::Temperature, Field::TopK, Field::TopP]),
            (
                &mut params.subtalker,
                &s.subtalker,
                [Field::SubtalkerTemperature, Field::SubtalkerTopK, Field::SubtalkerTopP],
            ),
        ];
        for (level, given, fields) in levels {
            apply_level(level, given, fields)?;
        }
        if let Some(p) = s.repetition_penalty {
            if !(p > 0.0 && p.is_finite()) {
                return Err(RequestError::new(
                    Field::RepetitionPenalty,
                    format!("{p} must be a positive number (1.0: off)"),
                ));
            }
            params.repetition_penalty = p;
        }
        if let Some(n) = req.max_new_tokens {
            // The reference's last sampled token never becomes a frame.
            if n < 2 {
                return Err(RequestError::new(
                    Field::MaxNewTokens,
                    format!("{n} is too few: at least 2 (one frame and the end of speech)"),
                ));
            }
            params.max_new_tokens = n as usize;
        }
        Ok(params)
    }
}

impl RequestError {
    /// Adds the registered voices as the valid choices.
    fn with_registered(mut self, engine: &Engine) -> Self {
        self.valid = engine.voices().names();
        self
    }

    /// A voice name that is not registered.
    pub fn unknown_voice(name: &str, registered: Vec<String>) -> Self {
        let problem = if registered.is_empty() {
            format!("no voice {name:?} is registered (none are)")
        } else {
            format!("no voice {name:?} is registered")
        };
        Self {
            given: Some(name.to_string()),
            valid: registered,
            ..Self::new(Field::Voice, problem)
        }
        .with_reason(Reason::UnknownVoice)
    }
}

/// One level's overrides over its generation_config.json values, each checked as transformers
/// checks it (a positive temperature, top_p in (0, 1], top_k a count with 0 for off).
fn apply_level(
    level: &mut SamplingParams,
    given: &LevelOverrides,
    [temperature, top_k, top_p]: [Field; 3],
) -> Result<(), RequestError> {
    if let Some(d) = given.do_sample {
        level.do_sample = d;
    }
    if let Some(t) = given.temperature {
        if !(t > 0.0 && t.is_finite()) {
            return Err(RequestError::new(temperature, format!("{t} must be a positive number")));
        }
        level.temperature = t;
    }
    if let Some(k) = given.top_k {
        let Ok(k) = usize::try_from(k) else {
            return Err(RequestError::new(top_k, format!("{k} must be >= 0 (0: off)")));
        };
        level.top_k = k;
    }
    if let Some(p) = given.top_p {
        if !(p > 0.0 && p <= 1.0) {
            return Err(RequestError::new(top_p, format!("{p} must be in (0, 1] (1.0: off)")));
        }
        level.top_p = p;
    }
    Ok(())
}

/// Reference audio that can be cloned from: samples at a rate the resampler takes, and a
/// transcript unless only the x-vector is used.
fn check_reference(r: &VoiceReference, limits: &RequestLimits) -> Result<(), RequestError> {
    let rates = tts_core::audio::SAMPLE_RATES;
    if !rates.contains(&r.audio.sample_rate) {
        return Err(RequestError::new(
            Field::RefAudio,
            format!("a sample rate of {} Hz is out of range", r.audio.sample_rate),
        )
        .with_valid(format!("{}..={} Hz", rates.start(), rates.end())));
    }
    if r.audio.samples.is_empty() {
        return Err(RequestError::new(Field::RefAudio, "the reference audio holds no samples"));
    }
    let (secs, max) = (r.audio.duration_secs(), limits.max_reference_secs);
    if secs > max {
        return Err(RequestError::new(
            Field::RefAudio,
            format!("the reference audio is {secs:.1} s long, over the limit of {max} s"),
        )
        .with_valid(format!("up to {max} s (setting max_reference_secs)")));
    }
    let transcript = r.text.as_deref().is_some_and(|t| !t.trim().is_empty());
    if !r.x_vector_only && !transcript {
        return Err(RequestError::new(
            Field::RefText,
            "in-context cloning needs the transcript of the reference audio; send ref_text, or \
             set x_vector_only_mode to clone from the speaker embedding alone",
        ));
    }
    Ok(())
}
