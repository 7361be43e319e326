//! The core layer of the Qwen3-TTS engine: types and errors shared by the runtime, the CLI and
//! the server, audio I/O, and checkpoint resolution (local Hugging Face layout or Hub id through the
//! `hf-hub` cache) with typed, validated configs.
//!
//! The model crates (`acoustic-model`, `audio-codec-12hz`) stay free of I/O policy and of this
//! crate; this crate ties their configs to files on disk.

pub mod audio;
pub mod checkpoint;
pub mod codes;
pub mod error;
mod hub;

pub use audio::{Audio, AudioError, SampleFormat};
pub use checkpoint::{Checkpoint, CheckpointFiles, CheckpointSource, Components};
pub use error::{CheckpointError, TensorMismatch};
