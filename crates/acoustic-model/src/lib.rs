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
//! [`model::Qwen3Tts`] loads a checkpoint directory (memory-mapped; f32, bf16 or f16, or
//! [`quant`]ized at load: q8_0, q5_0, q4k).
//!
//! ```no_run
//! # use acoustic_model::{candle::{DType, Device}, *};
//! # fn main() -> candle_core::Result<()> {
//! let model = Qwen3Tts::load("ckpt".as_ref(), DType::BF16, &Device::Cpu)?;
//! let req = PromptRequest {
//!     input_ids: vec![/* <|im_start|>assistant\n{text}<|im_end|>\n<|im_start|>assistant\n */],
//!     instruct_ids: None,
//!     language: "english".into(),
//!     voice: Voice::Speaker("ryan".into()),
//!     non_streaming: PromptRequest::default_non_streaming(model.config().tts_model_type),
//!     text_open: false,
//! };
//! let mut session = model.start(&[(req, model.default_params(/* seed */ 42))], Tracing::Off)?;
//! while !session.is_done() {
//!     if let Some(frame) = session.next_frame()?.remove(0) {
//!         // 16 codes of one 80 ms frame: hand them to the codec decoder now.
//!         let _ = frame;
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! Like every model crate of this workspace it depends on candle, serde, tracing and rayon.
//! Reference audio comes in at the speaker encoder's 24 kHz: the engine resamples it once
//! (`tts_core::audio::resample`) for both the x-vector and the codec encoder.

pub mod code_predictor;
pub mod config;
pub mod device_sampling;
pub mod embedding;
pub mod fused_decode;
pub mod generate;
pub mod guards;
pub mod int8;
mod int8_amx;
pub mod linear;
pub mod mel;
pub mod model;
pub mod outliers;
pub mod prefix_cache;
pub mod prompt;
pub mod q5_0;
pub mod quant;
pub mod quant_quality;
pub mod random;
pub mod rope;
pub mod sampling;
pub mod speaker_encoder;
pub mod talker;
pub mod transformer;
pub mod weight_cache;
pub mod weights;

pub use candle_core as candle;
pub use config::{
    CodePredictorConfig, GenerationConfig, Qwen3TtsConfig, RopeScaling, SpeakerEncoderConfig,
    TalkerConfig, TtsModelType,
};
pub use generate::{CodeSelection, GenerateParams, Prefill, Session, StopReason, Trace, Tracing};
pub use guards::{FrameBudget, Guards, LoopGuard};
pub use model::{Generated, Qwen3Tts, shard_names, weight_files};
pub use prompt::{Prompt, PromptRequest, Voice};
pub use quant::{ModelDtype, QuantPlan};
pub use sampling::SamplingParams;
pub use weight_cache::WeightCache;
pub use weights::{TensorSpec, expected_tensors};
