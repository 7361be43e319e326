//! The targets: one per parser of outside data, each fed the way its caller feeds it and
//! followed by the validation its caller runs next (a request is planned against a loaded
//! engine, a config is validated and its tensor list computed, a WAV is resampled), so a
//! value that parses but breaks the code after the parser is found too.

mod audio;
mod checkpoint;
mod server;
mod text;

use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::Context as _;

use crate::Target;

/// Every target, in the order `--target all` runs them.
pub const NAMES: &[&str] = &[
    "normalizer",
    "tokenizer",
    "wav",
    "codes-json",
    "speech-json",
    "ws-message",
    "wyoming-event",
    "grpc-protobuf",
    "model-config",
    "generation-config",
    "codec-config",
    "server-toml",
    "safetensors",
    "shard-index",
];

/// What several targets share and is slow to build: the fixture engines.
#[derive(Default)]
pub struct Context {
    engines: OnceCell<Rc<server::Engines>>,
}

impl Context {
    fn engines(&self) -> anyhow::Result<Rc<server::Engines>> {
        if let Some(e) = self.engines.get() {
            return Ok(e.clone());
        }
        let engines = Rc::new(server::Engines::load()?);
        Ok(self.engines.get_or_init(|| engines).clone())
    }
}

/// Builds the target `name`.
pub fn build(name: &str, cx: &Context) -> anyhow::Result<Target> {
    match name {
        "normalizer" => text::normalizer(),
        "tokenizer" => text::tokenizer(),
        "wav" => audio::wav(),
        "codes-json" => audio::codes_json(&cx.engines()?),
        "speech-json" => server::speech_json(cx.engines()?),
        "ws-message" => server::ws_message(cx.engines()?),
        "wyoming-event" => server::wyoming_event(cx.engines()?),
        "grpc-protobuf" => server::grpc_protobuf(cx.engines()?),
        "model-config" => checkpoint::model_config(),
        "generation-config" => checkpoint::generation_config(),
        "codec-config" => checkpoint::codec_config(),
        "server-toml" => checkpoint::server_toml(),
        "safetensors" => checkpoint::safetensors(),
        "shard-index" => checkpoint::shard_index(),
        other => anyhow::bail!("unknown target {other:?}; valid: all, {}", NAMES.join(", ")),
    }
}

/// The shared/ folder's `rel` (real checkpoint configs and test data).
fn shared(rel: &str) -> PathBuf {
    test_support::shared(rel)
}

fn fixture(name: &str) -> PathBuf {
    test_support::fixture_checkpoint(name)
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read seed {}", path.display()))
}

/// Byte strings of `tokens` for a dictionary.
fn dict(tokens: &[&str]) -> Vec<Vec<u8>> {
    tokens.iter().map(|t| t.as_bytes().to_vec()).collect()
}

/// Every object key in `json` (quoted, ready to insert into JSON text) plus `extra`: the keys a
/// parser knows are what a mutation should add, drop or misspell.
fn json_dict(seeds: &[Vec<u8>], extra: &[&str]) -> Vec<Vec<u8>> {
    fn keys(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    out.insert(k.clone());
                    keys(v, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let mut found = std::collections::BTreeSet::new();
    for seed in seeds {
        if let Ok(v) = serde_json::from_slice(seed) {
            keys(&v, &mut found);
        }
    }
    let mut out: Vec<Vec<u8>> =
        found.into_iter().map(|k| format!("\"{k}\"").into_bytes()).collect();
    out.extend(dict(extra));
    out.extend(dict(&["{", "}", "[", "]", ":", ",", "null", "true", "\"\\u0000\"", "\"\\ud800\""]));
    out
}

/// A file in the temporary folder that targets reading files (mmap, config paths) write each
/// input to, overwritten in place: creating a file per input costs milliseconds on some file
/// systems, rewriting an open one microseconds. [`Self::in_dir`] puts it in a folder of its own,
/// for targets that read a checkpoint directory.
struct Scratch {
    path: PathBuf,
    /// The folder made for the file, removed with it.
    dir: Option<PathBuf>,
    file: std::fs::File,
}

impl Scratch {
    fn new(name: &str) -> anyhow::Result<Self> {
        Self::create(scratch_path(name), None)
    }

    /// `file` inside a new folder `name` of the temporary folder.
    fn in_dir(name: &str, file: &str) -> anyhow::Result<Self> {
        let dir = scratch_path(name);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        Self::create(dir.join(file), Some(dir))
    }

    fn create(path: PathBuf, dir: Option<PathBuf>) -> anyhow::Result<Self> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        Ok(Self { path, dir, file })
    }

    /// The file now holds exactly `bytes`.
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<&Path> {
        use std::io::{Seek, Write};
        self.file.seek(std::io::SeekFrom::Start(0))?;
        self.file.write_all(bytes)?;
        self.file.set_len(bytes.len() as u64)?;
        Ok(&self.path)
    }
}

/// `name` in the temporary folder, marked with this process.
fn scratch_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("fuzz-harness-{}-{name}", std::process::id()))
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
