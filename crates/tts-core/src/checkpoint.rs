//! Resolving a Qwen3-TTS checkpoint: a local directory in the Hugging Face layout, or a Hub id
//! fetched through the `hf-hub` cache.
//!
//! Layout (as published, e.g. `Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice`):
//! ```text
//! config.json  generation_config.json  model.safetensors (or model.safetensors.index.json + shards)
//! vocab.json  merges.txt  tokenizer_config.json  preprocessor_config.json
//! speech_tokenizer/{config.json, preprocessor_config.json, model.safetensors}
//! ```
//! Which of these are needed depends on the job ([`Components`]): decoding codes needs only the
//! codec, tokenizing only the tokenizer files. A missing file is reported once, with every
//! missing name and how to pass a local directory.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use acoustic_model::{GenerationConfig, Qwen3TtsConfig};
use audio_codec_12hz::CodecConfig;
use candle_core::DType;
use candle_core::safetensors::MmapedSafetensors;

use crate::error::{CheckpointError, TensorMismatch};

pub const CONFIG: &str = "config.json";
pub const GENERATION_CONFIG: &str = "generation_config.json";
pub const WEIGHTS: &str = "model.safetensors";
pub const WEIGHTS_INDEX: &str = "model.safetensors.index.json";
pub const VOCAB: &str = "vocab.json";
pub const MERGES: &str = "merges.txt";
pub const TOKENIZER_CONFIG: &str = "tokenizer_config.json";
pub const CODEC_DIR: &str = "speech_tokenizer";

/// Where a checkpoint comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckpointSource {
    /// A directory on disk.
    Local(PathBuf),
    /// A Hugging Face model id, optionally at a revision (`owner/name@rev`).
    Hub { repo: String, revision: Option<String> },
}

impl CheckpointSource {
    /// An existing directory wins; otherwise `owner/name[@revision]` is a Hub id; anything else
    /// is taken as a local path (and reported missing when resolved).
    pub fn parse(spec: &str) -> Self {
        let path = Path::new(spec);
        if path.is_dir() {
            return Self::Local(path.to_path_buf());
        }
        let (repo, revision) = match spec.split_once('@') {
            Some((repo, rev)) => (repo, Some(rev.to_string())),
            None => (spec, None),
        };
        let is_id_part = |s: &str| {
            !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        };
        match repo.split_once('/') {
            Some((owner, name))
                if is_id_part(owner) && is_id_part(name) && !spec.starts_with('.') =>
            {
                Self::Hub { repo: repo.to_string(), revision }
            }
            _ => Self::Local(path.to_path_buf()),
        }
    }
}

impl fmt::Display for CheckpointSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Local(p) => write!(f, "{}", p.display()),
            Self::Hub { repo, revision: Some(rev) } => write!(f, "{repo}@{rev}"),
            Self::Hub { repo, revision: None } => write!(f, "{repo}"),
        }
    }
}

/// Which parts of a checkpoint a job needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Components {
    /// config.json, generation_config.json and the talker weights.
    pub acoustic_model: bool,
    /// vocab.json, merges.txt, tokenizer_config.json.
    pub tokenizer: bool,
    /// speech_tokenizer/config.json and its weights.
    pub codec: bool,
}

impl Components {
    pub const ALL: Self = Self { acoustic_model: true, tokenizer: true, codec: true };
    pub const MODEL_AND_CODEC: Self = Self { acoustic_model: true, tokenizer: false, codec: true };
    pub const TOKENIZER: Self = Self { acoustic_model: false, tokenizer: true, codec: false };
    pub const CODEC: Self = Self { acoustic_model: false, tokenizer: false, codec: true };

    /// Files needed, relative to the checkpoint root. Talker weights are handled separately
    /// because they may be sharded.
    pub(crate) fn plain_files(&self) -> Vec<String> {
        let mut files = Vec::new();
        if self.acoustic_model {
            files.extend([CONFIG.to_string(), GENERATION_CONFIG.to_string()]);
        }
        if self.tokenizer {
            files.extend([VOCAB, MERGES, TOKENIZER_CONFIG].map(String::from));
        }
        if self.codec {
            files.extend([format!("{CODEC_DIR}/{CONFIG}"), format!("{CODEC_DIR}/{WEIGHTS}")]);
        }
        files
    }
}

/// Paths of the resolved files. `None` where the job did not ask for that component.
#[derive(Debug, Clone)]
pub struct CheckpointFiles {
    pub config: Option<PathBuf>,
    pub generation_config: Option<PathBuf>,
    /// One file, or the shards named by `model.safetensors.index.json`.
    pub weights: Vec<PathBuf>,
    pub vocab: Option<PathBuf>,
    pub merges: Option<PathBuf>,
    pub tokenizer_config: Option<PathBuf>,
    pub codec_config: Option<PathBuf>,
    pub codec_weights: Option<PathBuf>,
}

/// A resolved checkpoint with its parsed configs.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    pub source: CheckpointSource,
    pub files: CheckpointFiles,
    pub config: Option<Qwen3TtsConfig>,
    pub generation: Option<GenerationConfig>,
    pub codec: Option<CodecConfig>,
}

impl Checkpoint {
    /// Resolves `spec` (a directory or a Hub id) and parses the configs of the components asked
    /// for. Nothing is downloaded when every file is already in the Hub cache; with
    /// `HF_HUB_OFFLINE=1` nothing is downloaded at all.
    pub fn resolve(spec: &str, needs: Components) -> Result<Self, CheckpointError> {
        Self::from_source(CheckpointSource::parse(spec), needs)
    }

    pub fn from_source(
        source: CheckpointSource,
        needs: Components,
    ) -> Result<Self, CheckpointError> {
        let files = match &source {
            CheckpointSource::Local(dir) => resolve_local(dir, needs)?,
            CheckpointSource::Hub { repo, revision } => {
                crate::hub::resolve(repo, revision.as_deref(), needs)?
            }
        };
        let config = parse_config(&files.config, Qwen3TtsConfig::from_file)?;
        let generation = parse_config(&files.generation_config, GenerationConfig::from_file)?;
        let codec = parse_config(&files.codec_config, CodecConfig::from_file)?;
        if let (Some(cfg), Some(codec)) = (&config, &codec) {
            let (groups, quantizers) =
                (cfg.talker_config.num_code_groups, codec.decoder_config.num_quantizers);
            if groups != quantizers {
                return Err(CheckpointError::InvalidConfig(format!(
                    "talker num_code_groups {groups} != speech tokenizer num_quantizers {quantizers}"
                )));
            }
        }
        Ok(Self { source, files, config, generation, codec })
    }

    /// Checks the talker weights against the tensors the config implies.
    pub fn verify_model_tensors(&self) -> Result<(), CheckpointError> {
        let Some(cfg) = &self.config else { return Ok(()) };
        verify_tensors(&self.files.weights, &acoustic_model::expected_tensors(cfg))
    }

    /// Checks the codec weights against the tensors its config implies.
    pub fn verify_codec_tensors(&self) -> Result<(), CheckpointError> {
        let (Some(cfg), Some(path)) = (&self.codec, &self.files.codec_weights) else {
            return Ok(());
        };
        verify_tensors(std::slice::from_ref(path), &audio_codec_12hz::expected_tensors(cfg))
    }
}

fn parse_config<T>(
    path: &Option<PathBuf>,
    parse: impl Fn(&Path) -> candle_core::Result<T>,
) -> Result<Option<T>, CheckpointError> {
    path.as_deref()
        .map(|p| parse(p).map_err(|e| CheckpointError::InvalidConfig(e.to_string())))
        .transpose()
}

fn resolve_local(dir: &Path, needs: Components) -> Result<CheckpointFiles, CheckpointError> {
    if !dir.is_dir() {
        return Err(CheckpointError::NotFound(dir.to_path_buf()));
    }
    let mut missing: Vec<String> =
        needs.plain_files().into_iter().filter(|f| !dir.join(f).is_file()).collect();
    let mut weights = Vec::new();
    if needs.acoustic_model {
        if dir.join(WEIGHTS).is_file() {
            weights.push(dir.join(WEIGHTS));
        } else if dir.join(WEIGHTS_INDEX).is_file() {
            for shard in shard_names(&dir.join(WEIGHTS_INDEX))? {
                if dir.join(&shard).is_file() {
                    weights.push(dir.join(shard));
                } else {
                    missing.push(shard);
                }
            }
        } else {
            missing.push(format!("{WEIGHTS} (or {WEIGHTS_INDEX} with its shards)"));
        }
    }
    if !missing.is_empty() {
        return Err(CheckpointError::MissingFiles { origin: dir.display().to_string(), missing });
    }
    Ok(files_from(|name| Some(dir.join(name)), needs, weights))
}

/// Builds [`CheckpointFiles`] for the components asked for, looking plain files up with `get`.
pub(crate) fn files_from(
    get: impl Fn(&str) -> Option<PathBuf>,
    needs: Components,
    weights: Vec<PathBuf>,
) -> CheckpointFiles {
    let pick = |wanted: bool, name: &str| if wanted { get(name) } else { None };
    CheckpointFiles {
        config: pick(needs.acoustic_model, CONFIG),
        generation_config: pick(needs.acoustic_model, GENERATION_CONFIG),
        weights,
        vocab: pick(needs.tokenizer, VOCAB),
        merges: pick(needs.tokenizer, MERGES),
        tokenizer_config: pick(needs.tokenizer, TOKENIZER_CONFIG),
        codec_config: pick(needs.codec, &format!("{CODEC_DIR}/{CONFIG}")),
        codec_weights: pick(needs.codec, &format!("{CODEC_DIR}/{WEIGHTS}")),
    }
}

/// The distinct shard files named by a `model.safetensors.index.json`, in a stable order
/// (`acoustic_model::shard_names`: each a file name inside the checkpoint).
pub(crate) fn shard_names(index: &Path) -> Result<Vec<String>, CheckpointError> {
    acoustic_model::shard_names(index).map_err(|e| CheckpointError::InvalidConfig(e.to_string()))
}

/// Compares the tensors stored in `files` (memory-mapped headers only) with `expected`.
pub fn verify_tensors(
    files: &[PathBuf],
    expected: &[(String, Vec<usize>)],
) -> Result<(), CheckpointError> {
    let shown = files.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    // SAFETY: the files are only read; nothing else in this process writes checkpoint files.
    let st = unsafe { MmapedSafetensors::multi(files) }
        .map_err(|e| CheckpointError::InvalidWeights { file: shown.clone(), msg: e.to_string() })?;
    let tensors = st.tensors();
    let stored: BTreeMap<String, Vec<usize>> =
        tensors.iter().map(|(name, view)| (name.clone(), view.shape().to_vec())).collect();
    let wanted: BTreeMap<&str, &Vec<usize>> =
        expected.iter().map(|(n, s)| (n.as_str(), s)).collect();
    let missing: Vec<String> =
        wanted.keys().filter(|n| !stored.contains_key(**n)).map(|n| n.to_string()).collect();
    let unexpected: Vec<String> =
        stored.keys().filter(|n| !wanted.contains_key(n.as_str())).cloned().collect();
    let wrong_shape: Vec<String> = wanted
        .iter()
        .filter_map(|(n, shape)| match stored.get(*n) {
            Some(s) if s != *shape => Some(format!("{n}: stored {s:?}, config implies {shape:?}")),
            _ => None,
        })
        .collect();
    // Every weight the engine reads is a float (converted to the activation dtype at load);
    // an integer or boolean tensor under such a name would convert silently into nonsense.
    let floats = [DType::F32, DType::F16, DType::BF16, DType::F64].map(Into::into);
    let wrong_dtype: Vec<String> = tensors
        .iter()
        .filter(|(name, view)| {
            wanted.contains_key(name.as_str()) && !floats.contains(&view.dtype())
        })
        .map(|(name, view)| format!("{name}: {:?}", view.dtype()))
        .collect();
    if missing.is_empty()
        && unexpected.is_empty()
        && wrong_shape.is_empty()
        && wrong_dtype.is_empty()
    {
        Ok(())
    } else {
        Err(CheckpointError::TensorMismatch(Box::new(TensorMismatch {
            file: shown,
            missing,
            unexpected,
            wrong_shape,
            wrong_dtype,
        })))
    }
}
