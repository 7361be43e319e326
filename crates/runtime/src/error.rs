//! Errors of a synthesis: each names the problem and, for bad input, the valid choices.

use tts_core::{AudioError, CheckpointError};

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    #[error(transparent)]
    Audio(#[from] AudioError),
    #[error("tokenizer: {0}")]
    Tokenizer(#[from] text_tokenizer::TokenizerError),
    /// The request is invalid (unknown speaker, empty text, ...): the caller's fault.
    #[error("{0}")]
    InvalidRequest(String),
    /// The model failed (or rejected the request deep inside, with the offending values).
    #[error("model: {0}")]
    Model(#[from] candle_core::Error),
    /// The sink asked to stop (client gone, deadline passed).
    #[error("synthesis cancelled")]
    Cancelled,
}

impl EngineError {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Self::InvalidRequest(msg.into())
    }
}
