//! The Qwen3-TTS-Tokenizer-12Hz speech codec: 16-codebook frames at 12.5 Hz to 24 kHz audio
//! (1920 samples per frame) and, for voice cloning, audio back to codes.
//!
//! The decoder is a split-RVQ dequantizer, a sliding-window transformer, ConvNeXt upsampling and
//! BigVGAN-style SnakeBeta blocks, all strictly causal; the encoder is a Mimi model. Behaviour
//! follows the reference, `qwen-tts` 0.1.1 (`qwen_tts/core/tokenizer_12hz/`); see
//! `shared/spec/codec.md`.
//!
//! Decoding streams: [`Decoder::step`] takes any number of frames per call and returns exactly
//! their samples, carrying conv tails and the transformer window between calls.
//!
//! Encoding: [`Encoder::encode`] turns one mono 24 kHz clip `[1, N]` into codes `[T, 16]`
//! (`T = ceil(N / 1920)`) for ICL voice cloning; the caller resamples.
//!
//! Like every model crate of this workspace it depends on candle, serde, tracing and rayon, plus
//! `gemm` (candle's own CPU matmul crate), which the time-major CPU decoder calls directly.

pub mod config;
pub mod conv;
pub mod decoder;
mod dtype;
pub mod encoder;
mod encoder_transformer;
mod fast_math;
pub mod linear;
mod packed_gemm;
pub mod quantizer;
mod rvq_encode;
mod seanet;
pub mod snake;
pub mod stream;
pub mod time_major;
pub mod transformer;
mod transformer_cpu;
mod upsample_cpu;
mod vocoder;
mod vocoder_ops;
pub mod weights;

pub use candle_core as candle;
pub use config::{CodecConfig, DecoderConfig, EncoderConfig};
pub use decoder::{Backend, Decoder, DecoderState};
pub use dtype::CodecDtype;
pub use encoder::Encoder;
pub use stream::{CodecStream, DecodeMode, chunked_decode, decode_padded_batch, push_streams};
pub use weights::{TensorSpec, expected_tensors};
