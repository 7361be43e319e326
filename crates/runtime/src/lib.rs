//! The engine's runtime: the streaming synthesis pipeline (normalize, tokenize, prompt, talker
//! frames, streaming codec decode, audio chunks) with generation and decoding overlapped.
//!
//! Batching with QoS (priority, deadline, cancel) and the model thread for the server land with
//! the server issue; a sink returning [`EngineError::Cancelled`] already stops a synthesis.

pub mod engine;
pub mod error;
pub mod output;
pub mod random;
pub mod request;
pub mod sentences;

pub use acoustic_model::ModelDtype;
pub use audio_codec_12hz::DecodeMode;
pub use engine::{Engine, EngineOptions, collect_into};
pub use error::EngineError;
pub use request::{
    AudioChunk, SamplingOverrides, SynthesisRequest, SynthesisSummary, TextFeed, VoiceReference,
};
pub use tts_core::checkpoint;
