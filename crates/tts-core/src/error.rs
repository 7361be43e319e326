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

    #[error(
        "weights {file} do not match the config: {} missing {:?}, {} unexpected {:?}, {} with a wrong shape {:?}",
        missing.len(), missing, unexpected.len(), unexpected, wrong_shape.len(), wrong_shape
    )]
    TensorMismatch {
        file: String,
        missing: Vec<String>,
        unexpected: Vec<String>,
        wrong_shape: Vec<String>,
    },
}
