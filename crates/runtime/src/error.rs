//! Errors of the engine: a bad request names its field and the valid choices
//! ([`RequestError`], from the one validation in [`crate::contract`]); the other variants are
//! faults that are not the caller's (configuration, device, I/O, the model, load, the engine
//! thread). Every error has an [`ErrorKind`], which a front end maps once to its status codes.
//! No message carries a backtrace or an internal type name.

use tts_core::CheckpointError;

pub use crate::contract::RequestError;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// A request field is wrong: the caller's fault.
    #[error(transparent)]
    Request(#[from] RequestError),
    /// The checkpoint cannot be loaded (missing files, bad configs, wrong tensors).
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    /// A setting of the engine is wrong (option names, config files, batch limits).
    #[error("{0}")]
    Config(String),
    /// The device cannot be used (CUDA not built in or not present).
    #[error("{0}")]
    Device(String),
    /// Reading or writing outside a request failed (files, pipes).
    #[error("{0}")]
    Io(String),
    /// The model failed: our fault, never the caller's input (which is validated before).
    #[error("model: {}", model_message(.0))]
    Model(candle_core::Error),
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

impl From<candle_core::Error> for EngineError {
    fn from(e: candle_core::Error) -> Self {
        Self::Model(e)
    }
}

impl From<text_tokenizer::TokenizerError> for EngineError {
    /// The tokenizer takes any text once loaded: a failure is in its files or in us.
    fn from(e: text_tokenizer::TokenizerError) -> Self {
        Self::Config(format!("tokenizer: {e}"))
    }
}

/// What kind of failure an [`EngineError`] is, for mapping to protocol status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The caller's request is wrong (HTTP 4xx, gRPC INVALID_ARGUMENT / NOT_FOUND).
    InvalidRequest,
    /// Too many requests now, or a reader too slow (HTTP 503/429, gRPC RESOURCE_EXHAUSTED).
    Overloaded,
    /// HTTP 504, gRPC DEADLINE_EXCEEDED.
    DeadlineExceeded,
    /// HTTP 499, gRPC CANCELLED.
    Cancelled,
    /// The engine is not running (HTTP 503, gRPC UNAVAILABLE).
    Unavailable,
    /// Our fault (HTTP 500, gRPC INTERNAL).
    Internal,
}

impl EngineError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Request(_) => ErrorKind::InvalidRequest,
            Self::Overloaded(_) | Self::SlowReader(_) => ErrorKind::Overloaded,
            Self::DeadlineExceeded(_) => ErrorKind::DeadlineExceeded,
            Self::Cancelled => ErrorKind::Cancelled,
            Self::Stopped(_) => ErrorKind::Unavailable,
            Self::Checkpoint(_)
            | Self::Config(_)
            | Self::Device(_)
            | Self::Io(_)
            | Self::Model(_) => ErrorKind::Internal,
        }
    }

    /// The request error, when the caller's request is at fault.
    pub fn request(&self) -> Option<&RequestError> {
        match self {
            Self::Request(r) => Some(r),
            _ => None,
        }
    }
}

/// A model error's message without candle's backtrace (attached when `RUST_BACKTRACE` is set)
/// or its line breaks: what users see is one line whatever the environment says.
pub fn model_message(e: &candle_core::Error) -> String {
    use candle_core::Error as E;
    match e {
        E::WithBacktrace { inner, .. } => model_message(inner),
        E::Context { inner, context } => format!("{context}: {}", model_message(inner)),
        E::WithPath { inner, path } => format!("{}: {}", path.display(), model_message(inner)),
        other => other.to_string().replace('\n', "; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_messages_drop_the_backtrace_whatever_the_environment() {
        let inner = candle_core::Error::Msg("row 3 vanished".into());
        let with_bt = candle_core::Error::WithBacktrace {
            inner: Box::new(inner),
            backtrace: Box::new(std::backtrace::Backtrace::force_capture()),
        };
        assert!(with_bt.to_string().contains('\n'), "candle shows the backtrace");
        let e = EngineError::from(with_bt.context("decoding"));
        assert_eq!(e.to_string(), "model: decoding: row 3 vanished");
        assert_eq!(e.kind(), ErrorKind::Internal);
    }
}
