//! Errors of the engine's core layer. Each names the offending input and what would be valid.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error(
        "checkpoint directory {0} does not exist; pass a local checkpoint directory \
         (e.g. --model /path/to/Qwen3-TTS-12Hz-0.6B-CustomVoice) or a Hugging Face id \
         (e.g. Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice)"
    )]
    NotFound(PathBuf),

    #[error(
        "checkpoint {origin} is incomplete: missing {}; download the checkpoint \
         (e.g. `huggingface-cli download Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice --local-dir DIR`) \
         and pass the local directory with --model DIR",
        missing.join(", ")
    )]
    MissingFiles { origin: String, missing: Vec<String> },

    #[error(
        "cannot reach the Hugging Face Hub for {repo}: {msg}; pass a local checkpoint directory with --model DIR"
    )]
    Hub { repo: String, msg: String },

    #[error("{0}")]
    InvalidConfig(String),

    #[error("cannot read weights {file}: {msg}")]
    InvalidWeights { file: String, msg: String },

    #[error("{0}")]
    TensorMismatch(Box<TensorMismatch>),
}

/// How a checkpoint's stored tensors differ from what its config implies.
#[derive(Debug)]
pub struct TensorMismatch {
    pub file: String,
    pub missing: Vec<String>,
    pub unexpected: Vec<String>,
    pub wrong_shape: Vec<String>,
    pub wrong_dtype: Vec<String>,
}

impl std::fmt::Display for TensorMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self { file, missing, unexpected, wrong_shape, wrong_dtype } = self;
        write!(
            f,
            "weights {file} do not match the config: {} missing {missing:?}, {} unexpected \
             {unexpected:?}, {} with a wrong shape {wrong_shape:?}, {} not stored as floats \
             (f32, f16, bf16 or f64) {wrong_dtype:?}",
            missing.len(),
            unexpected.len(),
            wrong_shape.len(),
            wrong_dtype.len()
        )
    }
}
