//! The acoustic model of Qwen3-TTS (12 Hz family): text and control tokens in, 16-codebook
//! speech codes out.
//!
//! A checkpoint holds the *talker* (a Qwen3-style decoder that predicts code 0 of each 12.5 Hz
//! frame), the *code predictor* (a small decoder that predicts the 15 residual codes of the
//! frame) and, for Base models, the *speaker encoder* (ECAPA-TDNN turning reference audio into
//! an x-vector). The behaviour follows the official reference, `qwen-tts` 0.1.1
//! (`qwen_tts/core/models/modeling_qwen3_tts.py`); see `shared/spec/talker.md`.
//!
//! Status: configs and the checkpoint tensor layout are implemented; the forward passes and
//! generation land with the acoustic-model issue.
//!
//! Like every model crate of this workspace it depends on candle, serde, tracing and rayon only.

pub mod config;
pub mod weights;

pub use candle_core as candle;
pub use config::{
    CodePredictorConfig, GenerationConfig, Qwen3TtsConfig, RopeScaling, SpeakerEncoderConfig,
    TalkerConfig, TtsModelType,
};
pub use weights::{TensorSpec, expected_tensors};
