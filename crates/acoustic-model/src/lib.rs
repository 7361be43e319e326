//! The acoustic model of Qwen3-TTS (12 Hz family): text and control tokens in, 16-codebook
//! speech codes out.
//!
//! A checkpoint holds the *talker* (a Qwen3-style decoder that predicts code 0 of each 12.5 Hz
//! frame), the *code predictor* (a small decoder that predicts the 15 residual codes of the
//! frame) and, for Base models, the *speaker encoder* (ECAPA-TDNN turning reference audio into
//! an x-vector). The behaviour follows the official reference, `qwen-tts` 0.1.1
//! (`qwen_tts/core/models/modeling_qwen3_tts.py`); see `shared/spec/talker.md`.
//!
//! Pieces: [`talker`], [`code_predictor`] and [`speaker_encoder`] (with its [`mel`] front end)
//! over a shared [`transformer`] stack, [`prompt`] building for every mode, and [`generate`]:
//! a step session (prefill, then one frame per call) that runs one request or a batch.
//! [`model::Qwen3Tts`] loads a checkpoint directory.
//!
//! Like every model crate of this workspace it depends on candle, serde, tracing and rayon only.

pub mod code_predictor;
pub mod config;
pub mod generate;
pub mod linear;
pub mod mel;
pub mod model;
pub mod prompt;
pub mod resample;
pub mod rope;
pub mod sampling;
pub mod speaker_encoder;
pub mod talker;
pub mod transformer;
pub mod weights;

pub use candle_core as candle;
pub use config::{
    CodePredictorConfig, GenerationConfig, Qwen3TtsConfig, RopeScaling, SpeakerEncoderConfig,
    TalkerConfig, TtsModelType,
};
pub use generate::{GenerateParams, Session, StopReason, Trace};
pub use model::{Generated, Qwen3Tts};
pub use prompt::{Prompt, PromptRequest, Voice};
pub use sampling::SamplingParams;
pub use weights::{TensorSpec, expected_tensors};
