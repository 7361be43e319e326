//! Building the Qwen2 fast tokenizer from checkpoint files and encoding text with it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use tokenizers::decoders::byte_level::ByteLevel as ByteLevelDecoder;
use tokenizers::models::bpe::BPE;
use tokenizers::normalizers::unicode::NFC;
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::pre_tokenizers::sequence::Sequence;
use tokenizers::pre_tokenizers::split::{Split, SplitPattern};
use tokenizers::processors::byte_level::ByteLevel as ByteLevelProcessor;
use tokenizers::{AddedToken, PreTokenizerWrapper, SplitDelimiterBehavior, Tokenizer};

pub const VOCAB_FILE: &str = "vocab.json";
pub const MERGES_FILE: &str = "merges.txt";
pub const TOKENIZER_CONFIG_FILE: &str = "tokenizer_config.json";

/// The pre-tokenizer split regex of the Qwen2 checkpoints (`Qwen2Tokenizer.PRETOKENIZE_REGEX`).
const QWEN2_REGEX: &str = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

/// The regex transformers 4.57.3 `_patch_mistral_regex` substitutes for a local-directory load
/// with `fix_mistral_regex=True` (tokenization_utils_base.py).
const MISTRAL_REGEX: &str = r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

/// Which split regex the pre-tokenizer uses; see the crate docs for why there are two.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SplitRegex {
    /// The checkpoint's Qwen2 regex: training-time behaviour, HF loaded by hub id.
    #[default]
    Qwen2,
    /// The Mistral regex the reference wrapper ends up with when it loads a local directory.
    MistralPatched,
}

impl SplitRegex {
    pub fn pattern(self) -> &'static str {
        match self {
            SplitRegex::Qwen2 => QWEN2_REGEX,
            SplitRegex::MistralPatched => MISTRAL_REGEX,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct TokenizerOptions {
    pub split_regex: SplitRegex,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenizerError {
    #[error("cannot read tokenizer file {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("bad tokenizer file {path}: {reason}")]
    BadFile { path: PathBuf, reason: String },
    #[error(
        "added token {content:?} got id {got} but tokenizer_config.json says {expected}; \
         the added tokens must follow the vocabulary without gaps"
    )]
    AddedTokenId { content: String, expected: u32, got: u32 },
    #[error("tokenizer failed on the input: {0}")]
    Encode(String),
}

/// One tokenized text. `offsets[i]` is the span of `tokens[i]` in the input, in chars (not
/// bytes), for logs; a token that covers part of a multi-byte char spans the whole char.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoding {
    pub ids: Vec<u32>,
    /// Vocabulary strings in byte-level form ("Ġworld" for " world").
    pub tokens: Vec<String>,
    pub offsets: Vec<(usize, usize)>,
}

/// The part of tokenizer_config.json we need: the added tokens by id.
#[derive(Deserialize)]
struct TokenizerConfig {
    #[serde(default)]
    added_tokens_decoder: BTreeMap<String, AddedTokenConfig>,
}

#[derive(Deserialize)]
struct AddedTokenConfig {
    content: String,
    #[serde(default)]
    special: bool,
    #[serde(default)]
    lstrip: bool,
    #[serde(default)]
    rstrip: bool,
    #[serde(default)]
    single_word: bool,
    #[serde(default)]
    normalized: bool,
}

/// The Qwen2 tokenizer of a Qwen3-TTS checkpoint. Cheap to share: encoding takes `&self`.
pub struct QwenTokenizer {
    inner: Tokenizer,
    split_regex: SplitRegex,
}

impl QwenTokenizer {
    /// Loads `vocab.json`, `merges.txt` and `tokenizer_config.json` from a checkpoint directory.
    pub fn from_dir(dir: impl AsRef<Path>, opts: TokenizerOptions) -> Result<Self, TokenizerError> {
        let dir = dir.as_ref();
        Self::from_files(
            dir.join(VOCAB_FILE),
            dir.join(MERGES_FILE),
            dir.join(TOKENIZER_CONFIG_FILE),
            opts,
        )
    }

    pub fn from_files(
        vocab: impl AsRef<Path>,
        merges: impl AsRef<Path>,
        tokenizer_config: impl AsRef<Path>,
        opts: TokenizerOptions,
    ) -> Result<Self, TokenizerError> {
        let (vocab, merges, config) = (vocab.as_ref(), merges.as_ref(), tokenizer_config.as_ref());
        for path in [vocab, merges, config] {
            if !path.is_file() {
                return Err(TokenizerError::Io {
                    path: path.to_path_buf(),
                    source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
                });
            }
        }
        let bpe = BPE::from_file(&path_str(vocab)?, &path_str(merges)?).build().map_err(|e| {
            TokenizerError::BadFile {
                path: PathBuf::from(format!("{} + {}", vocab.display(), merges.display())),
                reason: e.to_string(),
            }
        })?;

        let config_text = std::fs::read_to_string(config)
            .map_err(|source| TokenizerError::Io { path: config.to_path_buf(), source })?;
        let parsed: TokenizerConfig = serde_json::from_str(&config_text).map_err(|e| {
            TokenizerError::BadFile { path: config.to_path_buf(), reason: e.to_string() }
        })?;

        let mut inner = Tokenizer::new(bpe);
        inner.with_normalizer(Some(NFC));
        let split = Split::new(
            SplitPattern::Regex(opts.split_regex.pattern().to_string()),
            SplitDelimiterBehavior::Isolated,
            /* invert */ false,
        )
        .map_err(|e| TokenizerError::BadFile {
            path: PathBuf::from("<split regex>"),
            reason: e.to_string(),
        })?;
        let byte_level = ByteLevel::new(
            /* add_prefix_space */ false, /* trim_offsets */ true,
            /* use_regex */ false,
        );
        inner.with_pre_tokenizer(Some(Sequence::new(vec![
            PreTokenizerWrapper::Split(split),
            PreTokenizerWrapper::ByteLevel(byte_level),
        ])));
        inner.with_decoder(Some(ByteLevelDecoder::default()));
        inner.with_post_processor(Some(ByteLevelProcessor::new(
            /* add_prefix_space */ true, /* trim_offsets */ false,
            /* use_regex */ true,
        )));

        add_tokens(&mut inner, parsed, config)?;
        Ok(Self { inner, split_regex: opts.split_regex })
    }

    pub fn split_regex(&self) -> SplitRegex {
        self.split_regex
    }

    /// Tokenizes `text` as the reference does (`add_special_tokens=False`; Qwen2 adds no BOS
    /// anyway). Added tokens such as `<|im_start|>` in the text are matched as tokens.
    pub fn encode(&self, text: &str) -> Result<Encoding, TokenizerError> {
        let enc = self
            .inner
            .encode_char_offsets(text, /* add_special_tokens */ false)
            .map_err(|e| TokenizerError::Encode(e.to_string()))?;
        Ok(Encoding {
            ids: enc.get_ids().to_vec(),
            tokens: enc.get_tokens().to_vec(),
            offsets: enc.get_offsets().to_vec(),
        })
    }

    /// Token ids only.
    pub fn encode_ids(&self, text: &str) -> Result<Vec<u32>, TokenizerError> {
        Ok(self.encode(text)?.ids)
    }

    /// Text of `ids`, special tokens included (for logs and round-trip checks).
    pub fn decode(&self, ids: &[u32]) -> Result<String, TokenizerError> {
        self.inner
            .decode(ids, /* skip_special_tokens */ false)
            .map_err(|e| TokenizerError::Encode(e.to_string()))
    }

    pub fn token_to_id(&self, token: &str) -> Option<u32> {
        self.inner.token_to_id(token)
    }

    pub fn id_to_token(&self, id: u32) -> Option<String> {
        self.inner.id_to_token(id)
    }

    /// Vocabulary size including the added tokens.
    pub fn vocab_size(&self) -> usize {
        self.inner.get_vocab_size(/* with_added_tokens */ true)
    }
}

fn path_str(path: &Path) -> Result<String, TokenizerError> {
    path.to_str().map(str::to_owned).ok_or_else(|| TokenizerError::BadFile {
        path: path.to_path_buf(),
        reason: "path is not valid UTF-8".into(),
    })
}

/// Adds the tokens of `added_tokens_decoder` in id order and checks that each got the id the
/// config names: the tokenizers crate numbers new tokens after the vocabulary, so a gap or an
/// overlap would silently shift them.
fn add_tokens(
    inner: &mut Tokenizer,
    cfg: TokenizerConfig,
    path: &Path,
) -> Result<(), TokenizerError> {
    let mut by_id = Vec::with_capacity(cfg.added_tokens_decoder.len());
    for (id, tok) in cfg.added_tokens_decoder {
        let id: u32 = id.parse().map_err(|_| TokenizerError::BadFile {
            path: path.to_path_buf(),
            reason: format!("added_tokens_decoder key {id:?} is not a token id"),
        })?;
        by_id.push((id, tok));
    }
    by_id.sort_by_key(|(id, _)| *id);
    for (id, tok) in by_id {
        let added = AddedToken::from(tok.content.clone(), tok.special)
            .lstrip(tok.lstrip)
            .rstrip(tok.rstrip)
            .single_word(tok.single_word)
            .normalized(tok.normalized);
        if tok.special {
            inner.add_special_tokens(&[added]);
        } else {
            inner.add_tokens(&[added]);
        }
        let got = inner.token_to_id(&tok.content).unwrap_or(u32::MAX);
        if got != id {
            return Err(TokenizerError::AddedTokenId { content: tok.content, expected: id, got });
        }
    }
    Ok(())
}
