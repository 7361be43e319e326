//! The engine's runtime: the streaming pipeline (normalize, tokenize, prompt, talker frames,
//! streaming codec decode, audio chunks), the model thread, batching with QoS (priority,
//! deadline, cancel) and device management.
//!
//! Status: not implemented yet; the pipeline lands with the end-to-end synthesis issue. For now
//! the crate re-exports checkpoint resolution from `tts-core` so binaries have one entry point.

pub use tts_core::checkpoint;
