//! The engine's runtime: the streaming synthesis pipeline (normalize, tokenize, prompt, talker
//! frames, streaming codec decode, audio chunks) and the serving engine on top of it: one
//! engine thread with continuous batching ([`Batcher`], [`EngineService`]), admission by
//! priority, deadline and memory budget ([`scheduler`]), cancellation and typed errors.

pub mod batcher;
pub mod config;
pub mod contract;
pub mod engine;
pub mod error;
pub mod guards;
pub mod options;
pub mod output;
pub mod request;
pub mod scheduler;
pub mod sentences;
pub mod service;
pub mod voices;
pub mod weights;

pub use acoustic_model::{ModelDtype, StopReason, TtsModelType};
pub use audio_codec_12hz::DecodeMode;
pub use batcher::{BatchStats, Batcher, Submission};
pub use contract::{Field, Reason, RequestError, RequestLimits};
pub use engine::{Engine, EngineOptions, Prepared, collect_into};
pub use error::{EngineError, ErrorKind};
pub use guards::GuardSettings;
pub use request::{
    AudioChunk, Frames, LevelOverrides, SamplingOverrides, SynthesisRequest, SynthesisSummary,
    TextFeed, TextOptions, VoiceReference,
};
pub use scheduler::{Admission, BatchConfig, Permit, Priority, Qos};
#[cfg(feature = "fault-injection")]
pub use service::Fault;
pub use service::{EngineService, StreamEvent, SynthesisStream, TextInput};
pub use tts_core::checkpoint;
pub use voices::{EncodedVoice, VoiceRegistry};
