//! Errors of a synthesis: each names the problem and, for bad input, the valid choices. Every
//! error has a [`ErrorKind`], which a server maps once to an HTTP status or gRPC code.

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
    /// Admission refused the request: the queue is full. Retry later.
    #[error("{0}")]
    Overloaded(String),
    /// The deadline cannot be met (refused up front) or passed while running (cut).
    #[error("{0}")]
    DeadlineExceeded(String),
    /// The reader fell too far behind the audio (see `BatchConfig::max_unread_audio`).
    #[error("{0}")]
    SlowReader(String),
    /// The caller cancelled, or went away (its stream was dropped).
    #[error("synthesis cancelled")]
    Cancelled,
    /// The engine thread is gone (shut down or crashed).
    #[error("the engine has stopped: {0}")]
    Stopped(String),
}

/// What kind of failure an [`EngineError`] is, for mapping to protocol status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The caller's request is wrong (HTTP 400, gRPC INVALID_ARGUMENT).
    InvalidRequest,
    /// Too many requests now (HTTP 503/429, gRPC RESOURCE_EXHAUSTED).
    Overloaded,
    /// HTTP 504, gRPC DEADLINE_EXCEEDED.
    DeadlineExceeded,
    /// HTTP 499, gRPC CANCELLED.
    Cancelled,
    /// Our fault (HTTP 500, gRPC INTERNAL).
    Internal,
}

impl EngineError {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Self::InvalidRequest(msg.into())
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            // Reference audio that cannot be read or resampled, text the tokenizer refuses:
            // the request's content.
            Self::InvalidRequest(_) | Self::Audio(_) | Self::Tokenizer(_) => {
                ErrorKind::InvalidRequest
            }
            Self::Overloaded(_) | Self::SlowReader(_) => ErrorKind::Overloaded,
            Self::DeadlineExceeded(_) => ErrorKind::DeadlineExceeded,
            Self::Cancelled => ErrorKind::Cancelled,
            Self::Checkpoint(_) | Self::Model(_) | Self::Stopped(_) => ErrorKind::Internal,
        }
    }
}
