//! A file of the quantized projection weights a load made, so that the next start of the same
//! checkpoint in the same format reads them instead of quantizing again: quantizing (and
//! packing into [`Int8Matrix`] tiles) is most of a cold start (0.6B q8_0: 70% of the load in a
//! profile; Q5_0's least-squares scales cost more).
//!
//! The caller names the file and says what it must match (`identity`: in the engine, the
//! checkpoint's files and the plan); an entry is used only when its tensor name, kind, format
//! and shape are those [`crate::linear::Linear::load`] asks for, so a file from another CPU
//! (no AVX-512 VNNI: GGML blocks instead of tiles) or another plan is simply missed. Entries
//! hold exactly the bytes the quantizer made: a model from the cache computes the same bits as
//! one quantized at load (test `cached_model_equals_a_freshly_quantized_one`).
//!
//! Layout: a magic, the payloads (each 64-byte aligned), a JSON index, the index's length and
//! the magic again. A file that is unreadable, truncated or made for another identity counts as
//! empty; [`WeightCache::save`] writes a new file beside it and renames it over the old one, so
//! a reader never sees half a file.
//!
//! The cache is reached by `Linear::load` through [`WeightCache::scope`] (a thread-local set
//! while a model is built) rather than through every constructor between the engine and the
//! layers, which only pass a [`crate::QuantPlan`] down.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use candle_core::quantized::{GgmlDType, QStorage, QTensor};
use candle_core::{Device, Result, bail};
use serde::{Deserialize, Serialize};

use crate::int8::{Format, Int8Matrix};

const MAGIC: &[u8; 8] = b"QTTSWC01";
/// Part of every cache's identity: raise it when a quantizer or the tile layout changes what
/// a weight becomes, so that files made before are not read.
pub const QUANTIZER_VERSION: u32 = 2;
const ALIGN: u64 = 64;
/// Files kept in a cache directory: writing one more removes the least recently used (a
/// read marks a file used); 16 covers every checkpoint in every dtype of the family.
pub const MAX_FILES: usize = 16;
const EXTENSION: &str = "qwc";

/// A quantized layer as the cache stores it.
pub enum CachedWeight {
    /// Tiles of [`crate::int8`]'s kernel.
    Int8(Int8Matrix),
    /// GGML blocks for candle's quantized matmul, and its outlier columns with their values
    /// (`[cols][n]`, see [`crate::outliers`]; the int8 tiles carry theirs).
    Ggml(QTensor, Vec<usize>, Vec<f32>),
}

/// What a layer needs: the kind and format [`crate::linear::Linear::load`] chose and its shape
/// `[n, k]` (`[out, in]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Want {
    pub int8: bool,
    pub format: GgmlDType,
    pub n: usize,
    pub k: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    name: String,
    int8: bool,
    /// GGML's name of the format (`Q8_0`, `Q5_0`, `Q4K`, ...).
    format: String,
    n: usize,
    k: usize,
    offset: u64,
    /// Int8: bytes of f16 scales, then of values; GGML: 0, then bytes of blocks. Then the
    /// outlier columns' f32 values, `[outlier_cols][n]`.
    scales_len: u64,
    data_len: u64,
    #[serde(default)]
    outlier_cols: Vec<usize>,
}

impl Entry {
    /// Bytes of the payload (saturating: an index read from a damaged file may claim any
    /// sizes, and then lies past its file).
    fn len(&self) -> u64 {
        let outliers = (self.outlier_cols.len() as u64).saturating_mul(self.n as u64 * 4);
        self.scales_len.saturating_add(self.data_len).saturating_add(outliers)
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Index {
    identity: String,
    entries: Vec<Entry>,
}

/// A layer of this load, for [`WeightCache::save`].
enum Layer {
    /// Read from the file: copied over from it.
    Stored(Entry),
    Int8(String, Int8Matrix),
    Ggml {
        name: String,
        format: GgmlDType,
        n: usize,
        k: usize,
        blocks: Vec<u8>,
        outlier_cols: Vec<usize>,
        outliers: Vec<f32>,
    },
}

pub struct WeightCache {
    path: PathBuf,
    identity: String,
    stored: HashMap<String, Entry>,
    file: Option<Mutex<File>>,
    layers: Mutex<Vec<Layer>>,
    hits: AtomicUsize,
    misses: AtomicUsize,
}

thread_local! {
    static ACTIVE: RefCell<Option<Arc<WeightCache>>> = const { RefCell::new(None) };
}

impl WeightCache {
    /// The cache at `path` for weights made from `identity`; a missing, unreadable or foreign
    /// file is an empty cache (logged at debug: the first start of a checkpoint has none).
    pub fn open(path: impl Into<PathBuf>, identity: impl Into<String>) -> Self {
        let (path, identity) = (path.into(), identity.into());
        let (stored, file) = match read_index(&path) {
            Ok((index, file)) if index.identity == identity => {
                // Used now: the last to go when the directory is pruned (see `MAX_FILES`).
                let _ = file.set_modified(std::time::SystemTime::now());
                let stored = index.entries.into_iter().map(|e| (e.name.clone(), e)).collect();
                (stored, Some(Mutex::new(file)))
            }
            Ok(_) => {
                tracing::info!(path = %path.display(), "weight cache made for other weights: rewritten");
                (HashMap::new(), None)
            }
            Err(e) => {
                tracing::debug!(path = %path.display(), error = %e, "no weight cache");
                (HashMap::new(), None)
            }
        };
        Self {
            path,
            identity,
            stored,
            file,
            layers: Mutex::new(Vec::new()),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Layers read from the file and layers quantized in this load.
    pub fn counts(&self) -> (usize, usize) {
        (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed))
    }

    /// Runs `f` (a model's construction) with this cache reachable by `Linear::load` on this
    /// thread.
    pub fn scope<R>(self: &Arc<Self>, f: impl FnOnce() -> R) -> R {
        struct Reset(Option<Arc<WeightCache>>);
        impl Drop for Reset {
            fn drop(&mut self) {
                ACTIVE.with(|a| *a.borrow_mut() = self.0.take());
            }
        }
        let _reset = Reset(ACTIVE.with(|a| a.borrow_mut().replace(self.clone())));
        f()
    }

    /// The cache of the enclosing [`Self::scope`], if any.
    pub(crate) fn active() -> Option<Arc<Self>> {
        ACTIVE.with(|a| a.borrow().clone())
    }

    /// The stored layer `name` when it is what `want` says; `None` (a miss, to be quantized and
    /// [`Self::put`]) otherwise, or when reading it fails (logged).
    pub fn get(&self, name: &str, want: Want, dev: &Device) -> Option<CachedWeight> {
        let entry = self.stored.get(name).filter(|e| {
            e.int8 == want.int8
                && e.n == want.n
                && e.k == want.k
                && ggml_name(want.format) == e.format
        })?;
        match self.read(entry, want, dev) {
            Ok(w) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                self.record(Layer::Stored(entry.clone()));
                Some(w)
            }
            Err(e) => {
                tracing::warn!(path = %self.path.display(), name, error = %e, "weight cache entry unreadable: quantizing");
                None
            }
        }
    }

    /// Records a layer quantized in this load (written by [`Self::save`]); GGML blocks are
    /// copied (candle repacks some formats in place on their first use).
    pub fn put(&self, name: &str, w: &CachedWeight) -> Result<()> {
        self.misses.fetch_add(1, Ordering::Relaxed);
        let name = name.to_string();
        self.record(match w {
            CachedWeight::Int8(m) => Layer::Int8(name, m.clone()),
            CachedWeight::Ggml(t, cols, values) => {
                let (n, k) = t.shape().dims2()?;
                Layer::Ggml {
                    name,
                    format: t.dtype(),
                    n,
                    k,
                    blocks: t.data()?.into_owned(),
                    outlier_cols: cols.clone(),
                    outliers: values.clone(),
                }
            }
        });
        Ok(())
    }

    fn record(&self, layer: Layer) {
        if let Ok(mut layers) = self.layers.lock() {
            layers.push(layer);
        }
    }

    /// Writes the layers of this load when any was quantized (a file of its own, renamed over
    /// the old one), and lets go of them. Returns whether a file was written.
    pub fn save(&self) -> std::io::Result<bool> {
        let layers = match self.layers.lock() {
            Ok(mut l) => std::mem::take(&mut *l),
            Err(_) => return Ok(false),
        };
        if self.misses.load(Ordering::Relaxed) == 0 || layers.is_empty() {
            return Ok(false);
        }
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        let written = self.write(&tmp, &layers);
        if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, &self.path)) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        if let Some(dir) = self.path.parent() {
            prune(dir, MAX_FILES);
        }
        Ok(true)
    }

    fn write(&self, tmp: &Path, layers: &[Layer]) -> std::io::Result<()> {
        let mut out = BufWriter::new(File::create(tmp)?);
        out.write_all(MAGIC)?;
        let mut pos = MAGIC.len() as u64;
        let mut entries = Vec::with_capacity(layers.len());
        for layer in layers {
            let pad = pos.next_multiple_of(ALIGN) - pos;
            out.write_all(&vec![0u8; pad as usize])?;
            pos += pad;
            let entry = match layer {
                Layer::Stored(e) => {
                    let mut bytes = vec![0u8; e.len() as usize];
                    self.read_at(e.offset, &mut bytes)?;
                    out.write_all(&bytes)?;
                    Entry { offset: pos, ..e.clone() }
                }
                Layer::Int8(name, m) => {
                    let (scales, qs) = m.tiles();
                    let scale_bytes: Vec<u8> =
                        scales.iter().flat_map(|s| s.to_le_bytes()).collect();
                    out.write_all(&scale_bytes)?;
                    out.write_all(qs)?;
                    let (n, k) = m.dims();
                    let (outlier_cols, values) = match m.outliers() {
                        Some((cols, values)) => (cols.to_vec(), values),
                        None => (Vec::new(), Vec::new()),
                    };
                    out.write_all(&f32_bytes(&values))?;
                    Entry {
                        outlier_cols,
                        name: name.clone(),
                        int8: true,
                        format: ggml_name(m.format().ggml()),
                        n,
                        k,
                        offset: pos,
                        scales_len: scale_bytes.len() as u64,
                        data_len: qs.len() as u64,
                    }
                }
                Layer::Ggml { name, format, n, k, blocks, outlier_cols, outliers } => {
                    out.write_all(blocks)?;
                    out.write_all(&f32_bytes(outliers))?;
                    Entry {
                        outlier_cols: outlier_cols.clone(),
                        name: name.clone(),
                        int8: false,
                        format: ggml_name(*format),
                        n: *n,
                        k: *k,
                        offset: pos,
                        scales_len: 0,
                        data_len: blocks.len() as u64,
                    }
                }
            };
            pos += entry.len();
            entries.push(entry);
        }
        let index = serde_json::to_vec(&Index { identity: self.identity.clone(), entries })?;
        out.write_all(&index)?;
        out.write_all(&(index.len() as u64).to_le_bytes())?;
        out.write_all(MAGIC)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> std::io::Result<()> {
        let Some(file) = &self.file else {
            return Err(std::io::Error::other("no cache file"));
        };
        let mut file = file.lock().map_err(|_| std::io::Error::other("cache file lock"))?;
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(buf)
    }

    fn read(&self, e: &Entry, want: Want, dev: &Device) -> Result<CachedWeight> {
        let mut bytes = vec![0u8; e.len() as usize];
        self.read_at(e.offset, &mut bytes)?;
        let outliers: Vec<f32> = bytes
            .split_off((e.scales_len + e.data_len) as usize)
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let cols = e.outlier_cols.clone();
        if want.int8 {
            let Some(format) = Format::from_ggml(want.format) else {
                bail!("weight cache: {} is not a format of the int8 kernel", e.format)
            };
            let qs = bytes.split_off(e.scales_len as usize);
            let scales = bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
            let m = Int8Matrix::from_tiles(e.n, e.k, format, scales, qs)?;
            Ok(CachedWeight::Int8(m.with_outliers(cols, outliers)?))
        } else {
            let storage = QStorage::from_data(std::borrow::Cow::Owned(bytes), dev, want.format)?;
            Ok(CachedWeight::Ggml(QTensor::new(storage, (e.n, e.k))?, cols, outliers))
        }
    }
}

fn f32_bytes(values: &[f32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Removes the least recently modified cache files of `dir` beyond `keep`.
fn prune(dir: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == EXTENSION))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, old) in files.into_iter().skip(keep) {
        tracing::info!(path = %old.display(), "weight cache file removed (least recently used)");
        let _ = std::fs::remove_file(old);
    }
}

/// GGML's name of a format, as the index stores it.
fn ggml_name(q: GgmlDType) -> String {
    format!("{q:?}")
}

/// The index of the cache file at `path`, and the open file.
fn read_index(path: &Path) -> std::io::Result<(Index, File)> {
    let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string());
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
    let tail = (MAGIC.len() + 8) as u64;
    if len < MAGIC.len() as u64 + tail {
        return Err(bad("too short"));
    }
    let mut head = [0u8; 8];
    file.read_exact(&mut head)?;
    let mut end = [0u8; 16];
    file.seek(SeekFrom::Start(len - tail))?;
    file.read_exact(&mut end)?;
    if &head != MAGIC || &end[8..] != MAGIC {
        return Err(bad("not a weight cache of this version"));
    }
    let index_len =
        u64::from_le_bytes([end[0], end[1], end[2], end[3], end[4], end[5], end[6], end[7]]);
    let Some(index_at) = (len - tail).checked_sub(index_len).filter(|&a| a >= MAGIC.len() as u64)
    else {
        return Err(bad("index length out of the file"));
    };
    let mut index = vec![0u8; index_len as usize];
    file.seek(SeekFrom::Start(index_at))?;
    file.read_exact(&mut index)?;
    let index: Index = serde_json::from_slice(&index)?;
    let past = |e: &&Entry| e.offset.saturating_add(e.len()) > index_at;
    if let Some(e) = index.entries.iter().find(past) {
        return Err(bad(&format!("entry {} past the payloads", e.name)));
    }
    Ok((index, file))
}

#[cfg(test)]
mod tests {
    use candle_core::Tensor;

    use super::*;
    use crate::linear::quantize_rows;

    fn weights(n: usize, k: usize) -> Tensor {
        let values: Vec<f32> =
            (0..n * k).map(|i| ((i * 7919) % 1000) as f32 / 500.0 - 1.0).collect();
        Tensor::from_vec(values, (n, k), &Device::Cpu).unwrap()
    }

    fn outlier_values(cols: usize, n: usize) -> Vec<f32> {
        (0..cols * n).map(|i| 20.0 + i as f32 * 0.5).collect()
    }

    fn int8_layer() -> Int8Matrix {
        Int8Matrix::from_qtensor(&quantize_rows(&weights(32, 64), GgmlDType::Q5_0).unwrap())
            .unwrap()
            .with_outliers(vec![5, 40], outlier_values(2, 32))
            .unwrap()
    }

    fn ggml_layer() -> QTensor {
        quantize_rows(&weights(16, 256), GgmlDType::Q4K).unwrap()
    }

    const INT8: Want = Want { int8: true, format: GgmlDType::Q5_0, n: 32, k: 64 };
    const GGML: Want = Want { int8: false, format: GgmlDType::Q4K, n: 16, k: 256 };

    /// A cache at `path` holding the two layers, saved.
    fn saved(path: &Path, identity: &str) {
        let cache = WeightCache::open(path, identity);
        assert!(cache.get("a.weight", INT8, &Device::Cpu).is_none());
        cache.put("a.weight", &CachedWeight::Int8(int8_layer())).unwrap();
        let ggml = CachedWeight::Ggml(ggml_layer(), vec![7], outlier_values(1, 16));
        cache.put("b.weight", &ggml).unwrap();
        assert!(cache.save().unwrap());
    }

    #[test]
    fn layers_come_back_with_the_bytes_they_were_saved_with() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/w.qwc");
        saved(&path, "ckpt 1");
        let cache = WeightCache::open(&path, "ckpt 1");
        let Some(CachedWeight::Int8(m)) = cache.get("a.weight", INT8, &Device::Cpu) else {
            panic!("int8 layer missed")
        };
        let want = int8_layer();
        assert_eq!(m.dims(), (32, 64));
        assert_eq!(m.tiles(), want.tiles());
        assert_eq!(m.outliers(), want.outliers());
        let x: Vec<f32> = (0..2 * 64).map(|i| (i as f32 * 0.37).sin()).collect();
        if crate::int8::available() {
            assert_eq!(m.matmul(&x, 2).unwrap(), want.matmul(&x, 2).unwrap());
        } else {
            // The bytes above are the layer; its kernel needs AVX-512 VNNI to run.
            println!("skipped: the int8 matmul of the cached layer (this CPU lacks AVX-512 VNNI)");
            assert!(m.matmul(&x, 2).is_err());
        }
        let Some(CachedWeight::Ggml(t, cols, values)) = cache.get("b.weight", GGML, &Device::Cpu)
        else {
            panic!("ggml layer missed")
        };
        assert_eq!((cols, values), (vec![7], outlier_values(1, 16)));
        assert_eq!((t.dtype(), t.shape().dims2().unwrap()), (GgmlDType::Q4K, (16, 256)));
        assert_eq!(t.data().unwrap(), ggml_layer().data().unwrap());
        assert_eq!(cache.counts(), (2, 0));
        // Nothing was quantized: nothing to write.
        assert!(!cache.save().unwrap());
    }

    #[test]
    fn other_weights_shapes_and_formats_miss() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.qwc");
        saved(&path, "ckpt 1");
        let other = WeightCache::open(&path, "ckpt 2");
        assert!(other.get("a.weight", INT8, &Device::Cpu).is_none());
        let cache = WeightCache::open(&path, "ckpt 1");
        for want in [
            Want { n: 16, ..INT8 },
            Want { k: 32, ..INT8 },
            Want { format: GgmlDType::Q8_0, ..INT8 },
            Want { int8: false, ..INT8 },
        ] {
            assert!(cache.get("a.weight", want, &Device::Cpu).is_none(), "{want:?}");
        }
        assert!(cache.get("c.weight", INT8, &Device::Cpu).is_none());
        assert_eq!(cache.counts(), (0, 0));
    }

    #[test]
    fn damaged_files_are_empty_caches_and_get_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.qwc");
        saved(&path, "ckpt 1");
        let whole = std::fs::read(&path).unwrap();
        let damaged: [Vec<u8>; 4] = [
            whole[..whole.len() - 3].to_vec(),
            whole[..100].to_vec(),
            Vec::new(),
            // An index longer than the file.
            {
                let mut w = whole.clone();
                let at = w.len() - 16;
                w[at..at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
                w
            },
        ];
        for (i, bytes) in damaged.iter().enumerate() {
            std::fs::write(&path, bytes).unwrap();
            let cache = WeightCache::open(&path, "ckpt 1");
            assert!(cache.get("a.weight", INT8, &Device::Cpu).is_none(), "case {i}");
        }
        saved(&path, "ckpt 1");
        assert!(WeightCache::open(&path, "ckpt 1").get("b.weight", GGML, &Device::Cpu).is_some());
    }

    #[test]
    fn a_directory_keeps_the_most_recently_used_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = |i: usize| dir.path().join(format!("{i}.{EXTENSION}"));
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for i in 0..MAX_FILES {
            saved(&path(i), "ckpt");
            let f = File::options().write(true).open(path(i)).unwrap();
            f.set_modified(old + std::time::Duration::from_secs(i as u64)).unwrap();
        }
        // Reading file 0 makes it the most recently used; file 1 is now the oldest.
        assert!(WeightCache::open(path(0), "ckpt").get("a.weight", INT8, &Device::Cpu).is_some());
        std::fs::write(dir.path().join("other.bin"), b"not a cache file").unwrap();
        saved(&path(MAX_FILES), "ckpt");
        assert!(!path(1).exists());
        for i in (0..=MAX_FILES).filter(|&i| i != 1) {
            assert!(path(i).exists(), "{i}");
        }
        assert!(dir.path().join("other.bin").exists());
    }

    #[test]
    fn the_cache_is_reachable_inside_its_scope_only() {
        let cache = Arc::new(WeightCache::open("/nonexistent/w.qwc", "x"));
        assert!(WeightCache::active().is_none());
        let inside = cache.scope(|| WeightCache::active().map(|c| c.path().to_path_buf()));
        assert_eq!(inside, Some(PathBuf::from("/nonexistent/w.qwc")));
        assert!(WeightCache::active().is_none());
    }
}
