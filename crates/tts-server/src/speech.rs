//! The speech request every front end speaks: OpenAI's `POST /v1/audio/speech` body with the
//! fields vLLM-Omni's Qwen3-TTS server adds (same names), turned into an engine request. HTTP,
//! WebSocket (`session.config`), gRPC and Wyoming all go through [`SpeechParams::plan`], which
//! checks only the wire (model, format, streaming, sample rate, speed, base64); the request's
//! fields are checked once by the engine (`runtime::contract`).

use base64::Engine as _;
use runtime::contract::parse_priority;
use runtime::{
    Engine, EngineError, LevelOverrides, Priority, Qos, SamplingOverrides, SynthesisRequest,
    TextFeed, TtsModelType, VoiceReference,
};
use serde::Deserialize;

use crate::error::{ApiError, Code};
use crate::settings::Settings;

/// `voice` is a name, or OpenAI's newer `{"id": name}` form.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum VoiceField {
    Name(String),
    Object { id: String },
}

impl VoiceField {
    fn name(&self) -> &str {
        match self {
            Self::Name(n) | Self::Object { id: n } => n,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeechParams {
    pub input: String,
    pub model: Option<String>,
    pub voice: Option<VoiceField>,
    /// vLLM-Omni's alias of `voice`.
    pub speaker: Option<String>,
    pub instructions: Option<String>,
    pub response_format: Option<String>,
    pub sample_rate: Option<u32>,
    pub speed: Option<f64>,
    #[serde(default)]
    pub stream: bool,
    pub stream_format: Option<String>,
    pub task_type: Option<String>,
    pub language: Option<String>,
    pub ref_audio: Option<String>,
    pub ref_text: Option<String>,
    pub x_vector_only_mode: Option<bool>,
    pub max_new_tokens: Option<i64>,
    pub seed: Option<u64>,
    pub non_streaming_mode: Option<bool>,
    pub temperature: Option<f64>,
    pub top_k: Option<i64>,
    pub top_p: Option<f64>,
    pub repetition_penalty: Option<f64>,
    /// Ours: spell out numbers, dates, units (default true).
    pub normalize: Option<bool>,
    /// Ours: interactive (default) or bulk.
    pub priority: Option<String>,
    /// Ours: the request fails if it has not finished this many ms after arrival.
    pub deadline_ms: Option<u64>,
    /// Ours: audio chunk length in ms (20..=1000, default 80).
    pub chunk_ms: Option<u32>,
}

/// Encodings of the audio in a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioFormat {
    /// RIFF WAV, 16-bit PCM.
    Wav,
    /// Raw 16-bit little-endian PCM, mono.
    Pcm,
    /// FLAC, 16-bit (whole responses).
    Flac,
    /// MP3, 64 kbit/s (whole responses).
    Mp3,
    /// G.711 µ-law, 8 kHz, one byte a sample (telephony).
    Ulaw,
    /// G.711 A-law, 8 kHz, one byte a sample (telephony).
    Alaw,
    /// Ogg Opus, 64 kbit/s (streamable).
    Opus,
}

impl AudioFormat {
    pub fn name(self) -> &'static str {
        match self {
            Self::Wav => "wav",
            Self::Pcm => "pcm",
            Self::Flac => "flac",
            Self::Mp3 => "mp3",
            Self::Ulaw => "ulaw",
            Self::Alaw => "alaw",
            Self::Opus => "opus",
        }
    }

    /// Whether the format streams: its bytes can leave chunk by chunk.
    pub fn streams(self) -> bool {
        !matches!(self, Self::Flac | Self::Mp3)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Wav => "audio/wav",
            Self::Pcm => "audio/pcm",
            Self::Flac => "audio/flac",
            Self::Mp3 => "audio/mpeg",
            Self::Ulaw => "audio/PCMU",
            Self::Alaw => "audio/PCMA",
            Self::Opus => "audio/ogg",
        }
    }
}

/// How a streamed response carries audio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    /// Raw audio bytes, chunked.
    Audio,
    /// Server-sent events with base64 audio.
    Sse,
}

/// A validated request: what the engine runs and how the answer is encoded.
#[derive(Debug, Clone)]
pub struct Plan {
    pub request: SynthesisRequest,
    pub qos: Qos,
    pub format: AudioFormat,
    /// `None`: one response once the audio is complete.
    pub stream: Option<StreamFormat>,
    /// Rate of the audio sent (the engine's 24 kHz unless the request or the format asks for
    /// another: G.711 is 8 kHz, Opus one of its rates).
    pub sample_rate: u32,
    /// Tempo of a whole response (time-stretched, same pitch); 1.0 when streaming.
    pub speed: f64,
}

const VALID_FORMATS: &str = "wav, pcm, flac, mp3, ulaw, alaw, opus (aac is not supported)";
const STREAMED_FORMATS: &str = "wav, pcm, ulaw, alaw, opus";

impl SpeechParams {
    /// The wire part of a request: the served model, the task, the audio format, streaming,
    /// sample rate, speed, base64 reference audio. Builds the engine request, which the
    /// engine's one contract checks when it is prepared (`runtime::contract`).
    pub fn plan(&self, engine: &Engine, settings: &Settings) -> Result<Plan, ApiError> {
        self.check_model(engine, settings)?;
        let model_type = engine.model_type();
        if let Some(task) = &self.task_type {
            let wanted = parse_task(task)?;
            if wanted != model_type {
                return Err(ApiError::invalid(
                    "task_type",
                    format!(
                        "task_type {task} needs a {} model; this server runs a {} model ({})",
                        task_name(wanted),
                        task_name(model_type),
                        settings.model
                    ),
                ));
            }
        }
        let stream = self.stream_format()?;
        let format = self.format(stream)?;
        let sample_rate = self.rate(format, engine.sample_rate())?;
        let speed = self.speed.unwrap_or(1.0);
        if !(0.25..=4.0).contains(&speed) {
            return Err(ApiError::invalid("speed", format!("speed {speed} is out of 0.25..=4.0")));
        }
        if speed != 1.0 && stream.is_some() {
            return Err(ApiError::invalid(
                "speed",
                format!("speed {speed} needs a whole response: streaming runs at 1.0"),
            ));
        }
        let mut request = self.request(engine, settings)?;
        // A streamed response leaves as it is decoded: ICL audio is cut at the frame boundary
        // (runtime::output); a whole response gets the reference wrapper's exact cut.
        request.exact_reference_cut = stream.is_none();
        let priority = match &self.priority {
            None => Priority::Interactive,
            Some(p) => parse_priority(p).map_err(EngineError::from)?,
        };
        let qos =
            Qos { priority, deadline: self.deadline_ms.map(std::time::Duration::from_millis) };
        Ok(Plan { request, qos, format, stream, sample_rate, speed })
    }

    /// The engine request these fields stand for. OpenAI's `voice` is a CustomVoice speaker or
    /// a Base model's registered voice; a VoiceDesign model is described by `instructions` and
    /// ignores it (OpenAI clients always send one).
    fn request(&self, engine: &Engine, settings: &Settings) -> Result<SynthesisRequest, ApiError> {
        let mut req = SynthesisRequest::new(self.input.as_str());
        req.language = self.language.clone().unwrap_or_else(|| "auto".into());
        req.instruct = self.instructions.clone().filter(|s| !s.trim().is_empty());
        let name =
            self.speaker.clone().or_else(|| self.voice.as_ref().map(|v| v.name().to_string()));
        match engine.model_type() {
            TtsModelType::CustomVoice => req.speaker = name.map(|n| speaker(engine, settings, n)),
            TtsModelType::VoiceDesign => {}
            TtsModelType::Base => req.voice = name,
        }
        if let Some(audio) = &self.ref_audio {
            match decode_ref_audio(audio)? {
                RefAudio::Wav(bytes) => {
                    let max_secs = engine.max_reference_secs();
                    let audio =
                        tts_core::audio::read_audio_mono_bytes(&bytes, "ref_audio", max_secs)
                            .map_err(|e| ApiError::invalid("ref_audio", e.to_string()))?;
                    req.voice = None;
                    req.reference = Some(VoiceReference {
                        audio,
                        text: self.ref_text.clone(),
                        x_vector_only: self.x_vector_only_mode.unwrap_or(false),
                    });
                }
                RefAudio::Registered(voice) => req.voice = Some(voice),
            }
        }
        req.seed = self.seed.unwrap_or(0);
        req.normalize = self.normalize.unwrap_or(true);
        req.text_feed = self
            .non_streaming_mode
            .map(|full| if full { TextFeed::Full } else { TextFeed::Streaming });
        req.max_new_tokens = self.max_new_tokens;
        // OpenAI-style clients ask for argmax with temperature 0.
        let greedy = self.temperature == Some(0.0);
        let level = LevelOverrides {
            do_sample: greedy.then_some(false),
            temperature: self.temperature.filter(|_| !greedy),
            top_k: self.top_k,
            top_p: self.top_p,
        };
        req.sampling = SamplingOverrides::both(level, self.repetition_penalty);
        if let Some(ms) = self.chunk_ms {
            req.chunk_ms = ms;
        }
        Ok(req)
    }

    fn stream_format(&self) -> Result<Option<StreamFormat>, ApiError> {
        Ok(match (self.stream, self.stream_format.as_deref()) {
            (_, Some(f)) if f.eq_ignore_ascii_case("sse") => Some(StreamFormat::Sse),
            (true, None) => Some(StreamFormat::Audio),
            (true, Some(f)) if f.eq_ignore_ascii_case("audio") => Some(StreamFormat::Audio),
            (false, Some(f)) if f.eq_ignore_ascii_case("audio") => None,
            (false, None) => None,
            (_, Some(f)) => {
                return Err(ApiError::invalid(
                    "stream_format",
                    format!("unknown stream_format {f:?}; valid: audio, sse"),
                ));
            }
        })
    }

    /// The rate of the audio sent: what the request asks for, checked against the format
    /// (G.711 is 8 kHz, Opus has five rates), else the format's or the engine's.
    fn rate(&self, format: AudioFormat, native: u32) -> Result<u32, ApiError> {
        let (default, valid): (u32, &[u32]) = match format {
            AudioFormat::Ulaw | AudioFormat::Alaw => (8_000, &[8_000]),
            AudioFormat::Opus => {
                let rates = &crate::stream_encode::OPUS_RATES;
                (if rates.contains(&native) { native } else { 48_000 }, rates)
            }
            _ => (native, &[]),
        };
        let rate = self.sample_rate.unwrap_or(default);
        let ok =
            if valid.is_empty() { (8_000..=48_000).contains(&rate) } else { valid.contains(&rate) };
        if ok {
            return Ok(rate);
        }
        let choices = if valid.is_empty() {
            "8000..=48000".to_string()
        } else {
            valid.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
        };
        Err(ApiError::invalid(
            "sample_rate",
            format!("sample_rate {rate} is not available for {}; valid: {choices}", format.name()),
        ))
    }

    fn format(&self, stream: Option<StreamFormat>) -> Result<AudioFormat, ApiError> {
        let format = match self.response_format.as_deref().map(str::to_ascii_lowercase) {
            None if stream == Some(StreamFormat::Sse) => AudioFormat::Pcm,
            None => AudioFormat::Wav,
            Some(f) if f == "wav" => AudioFormat::Wav,
            Some(f) if f == "pcm" => AudioFormat::Pcm,
            Some(f) if f == "flac" => AudioFormat::Flac,
            Some(f) if f == "mp3" => AudioFormat::Mp3,
            Some(f) if f == "ulaw" || f == "mulaw" || f == "pcmu" => AudioFormat::Ulaw,
            Some(f) if f == "alaw" || f == "pcma" => AudioFormat::Alaw,
            Some(f) if f == "opus" => AudioFormat::Opus,
            Some(f) => {
                return Err(ApiError::invalid(
                    "response_format",
                    format!("unsupported response_format {f:?}; valid: {VALID_FORMATS}"),
                ));
            }
        };
        if stream.is_some() && !format.streams() {
            return Err(ApiError::invalid(
                "response_format",
                format!("{} is sent whole; a stream carries {STREAMED_FORMATS}", format.name()),
            ));
        }
        Ok(format)
    }

    fn check_model(&self, engine: &Engine, settings: &Settings) -> Result<(), ApiError> {
        let Some(model) = &self.model else { return Ok(()) };
        if model == &settings.served_model_name
            || model == &settings.model
            || model == engine.source()
            || settings.model_aliases.contains(model)
        {
            return Ok(());
        }
        Err(ApiError {
            param: Some("model"),
            ..ApiError::new(
                Code::ModelNotFound,
                format!(
                    "model {model:?} is not served here; available: {}",
                    settings.served_model_name
                ),
            )
        })
    }
}

/// A CustomVoice speaker by name, or by an OpenAI voice name ([`Settings::voice_aliases`]):
/// its mapped speaker, or the default one where the checkpoint lacks it.
fn speaker(engine: &Engine, settings: &Settings, name: String) -> String {
    let speakers = engine.speakers();
    let lower = name.trim().to_lowercase();
    if speakers.contains(&lower) {
        return name;
    }
    match settings.voice_aliases.get(&lower) {
        Some(mapped) if speakers.contains(mapped) => mapped.clone(),
        Some(_) => engine.default_speaker().unwrap_or(name),
        None => name,
    }
}

enum RefAudio {
    Wav(Vec<u8>),
    Registered(String),
}

/// `data:audio/wav;base64,...`, bare base64 WAV, or the name of a registered voice. URLs are
/// not fetched (the server reaches nothing outside itself on a client's behalf).
fn decode_ref_audio(value: &str) -> Result<RefAudio, ApiError> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    if ["http://", "https://", "file://", "ftp://"].iter().any(|p| lower.starts_with(p)) {
        return Err(ApiError::invalid(
            "ref_audio",
            "ref_audio URLs are not fetched; send a base64 data URL (data:audio/wav;base64,...) or a registered voice name",
        ));
    }
    let payload = match lower.strip_prefix("data:") {
        Some(_) => match value.split_once(";base64,") {
            Some((_, b64)) => b64,
            None => {
                return Err(ApiError::invalid(
                    "ref_audio",
                    "a ref_audio data URL must be base64: data:audio/wav;base64,...",
                ));
            }
        },
        // A short word is a voice name; anything long is base64 audio.
        None if value.len() <= 64 => return Ok(RefAudio::Registered(value.to_string())),
        None => value,
    };
    base64::engine::general_purpose::STANDARD
        .decode(payload.trim())
        .map(RefAudio::Wav)
        .map_err(|e| ApiError::invalid("ref_audio", format!("ref_audio is not valid base64: {e}")))
}

fn parse_task(task: &str) -> Result<TtsModelType, ApiError> {
    match task.to_ascii_lowercase().replace(['_', '-', ' '], "").as_str() {
        "customvoice" => Ok(TtsModelType::CustomVoice),
        "voicedesign" => Ok(TtsModelType::VoiceDesign),
        "base" => Ok(TtsModelType::Base),
        _ => Err(ApiError::invalid(
            "task_type",
            format!("unknown task_type {task:?}; valid: CustomVoice, VoiceDesign, Base"),
        )),
    }
}

/// vLLM-Omni's spelling of a model type.
pub fn task_name(t: TtsModelType) -> &'static str {
    match t {
        TtsModelType::CustomVoice => "CustomVoice",
        TtsModelType::VoiceDesign => "VoiceDesign",
        TtsModelType::Base => "Base",
    }
}
