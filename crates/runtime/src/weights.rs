//! Checkpoint weights for the `VarBuilder`: the memory-mapped safetensors, with each tensor's
//! mapped pages handed back to the kernel once it has been copied out (converted, quantized or
//! packed by the loader). Without this every page of the checkpoint stays resident until loading
//! ends and counts in the process's peak memory on top of the converted weights (0.6B q8_0 from
//! a bf16 checkpoint: 3.1 GB peak).

use std::path::{Path, PathBuf};

use acoustic_model::{ModelDtype, WeightCache};
use sha2::{Digest, Sha256};

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device, Result, Shape, Tensor};
use candle_nn::var_builder::SimpleBackend;
use candle_nn::{Init, VarBuilder};

pub struct ReleasingSafetensors {
    files: MmapedSafetensors,
}

impl ReleasingSafetensors {
    /// # Safety
    /// The files are memory-mapped: they must not change while the loader reads them.
    pub unsafe fn new(paths: &[PathBuf]) -> Result<Self> {
        // SAFETY: forwarded to the caller.
        Ok(Self { files: unsafe { MmapedSafetensors::multi(paths)? } })
    }

    /// A `VarBuilder` over the files, converting to `dtype` on `dev`.
    ///
    /// # Safety
    /// As [`Self::new`].
    pub unsafe fn var_builder(
        paths: &[PathBuf],
        dtype: DType,
        dev: &Device,
    ) -> Result<VarBuilder<'static>> {
        // SAFETY: forwarded to the caller.
        let backend: Box<dyn SimpleBackend> = Box::new(unsafe { Self::new(paths)? });
        Ok(VarBuilder::from_backend(backend, dtype, dev.clone()))
    }

    fn load(&self, name: &str, dtype: DType, dev: &Device) -> Result<Tensor> {
        // `load` copies the data out of the mapping (and converts it).
        let tensor = self.files.load(name, dev)?.to_dtype(dtype)?;
        if let Ok(view) = self.files.get(name) {
            release_pages(view.data());
        }
        Ok(tensor)
    }
}

impl SimpleBackend for ReleasingSafetensors {
    fn get(&self, s: Shape, name: &str, _: Init, dtype: DType, dev: &Device) -> Result<Tensor> {
        let tensor = self.load(name, dtype, dev)?;
        if tensor.shape() != &s {
            candle_core::bail!(
                "tensor {name} has shape {:?} in the checkpoint, the model expects {s:?}",
                tensor.shape()
            )
        }
        Ok(tensor)
    }

    fn get_unchecked(&self, name: &str, dtype: DType, dev: &Device) -> Result<Tensor> {
        self.load(name, dtype, dev)
    }

    fn contains_tensor(&self, name: &str) -> bool {
        self.files.get(name).is_ok()
    }
}

/// The quantized-weight cache in `dir` for these checkpoint files in `dtype`: one file per
/// (checkpoint, dtype), named by a hash of their identity and checked against it (see
/// [`checkpoint_identity`]).
pub fn open_cache(
    dir: &Path,
    files: &[PathBuf],
    dtype: ModelDtype,
) -> std::io::Result<WeightCache> {
    let identity = format!(
        "quantizer {} (acoustic-model {}); dtype {dtype}; {}",
        acoustic_model::weight_cache::QUANTIZER_VERSION,
        env!("CARGO_PKG_VERSION"),
        checkpoint_identity(files)?
    );
    let digest = Sha256::digest(identity.as_bytes());
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    Ok(WeightCache::open(dir.join(format!("{dtype}-{hex}.qwc")), identity))
}

/// What identifies the checkpoint's weight files without reading them: a Hugging Face cache
/// file is a blob named by its content's SHA-256 (the snapshot's file links to it); any other
/// file is its resolved path, size and modification time (a rewritten file is another
/// checkpoint).
pub fn checkpoint_identity(files: &[PathBuf]) -> std::io::Result<String> {
    let mut parts = Vec::with_capacity(files.len());
    for file in files {
        let path = std::fs::canonicalize(file)?;
        let meta = std::fs::metadata(&path)?;
        let in_blobs = path.parent().and_then(Path::file_name).is_some_and(|d| d == "blobs");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        parts.push(
            if in_blobs && name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
                format!("sha256 {name}")
            } else {
                let mtime = meta
                    .modified()?
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or_default();
                format!("{} {} bytes modified {mtime}", path.display(), meta.len())
            },
        );
    }
    Ok(parts.join("; "))
}

/// Drops this process's mapping of the whole pages inside `data` (they stay in the page cache
/// and fault back in if read again).
fn release_pages(data: &[u8]) {
    #[cfg(unix)]
    {
        // SAFETY: sysconf has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as usize;
        let start = (data.as_ptr() as usize).next_multiple_of(page);
        let end = (data.as_ptr() as usize + data.len()) / page * page;
        if end > start {
            // SAFETY: the range lies inside a read-only file mapping that stays mapped; after
            // MADV_DONTNEED its pages read the file's contents again on access.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
        }
    }
    #[cfg(not(unix))]
    let _ = data;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tensors_equal_the_plain_mapping_and_read_again_after_release() {
        let path = test_support::fixture_checkpoint("tiny-e2e").join("model.safetensors");
        let plain = unsafe { MmapedSafetensors::new(&path) }.unwrap();
        let releasing = unsafe { ReleasingSafetensors::new(std::slice::from_ref(&path)) }.unwrap();
        let names: Vec<String> = plain.tensors().into_iter().map(|(n, _)| n).collect();
        assert!(names.len() > 10);
        for _ in 0..2 {
            for name in &names {
                let want = plain.load(name, &Device::Cpu).unwrap().to_dtype(DType::F32).unwrap();
                let got = releasing.get_unchecked(name, DType::F32, &Device::Cpu).unwrap();
                let (w, g) = (want.flatten_all().unwrap(), got.flatten_all().unwrap());
                assert_eq!(w.to_vec1::<f32>().unwrap(), g.to_vec1::<f32>().unwrap(), "{name}");
            }
        }
        let err = releasing
            .get(Shape::from((1, 2, 3)), &names[0], Init::Const(0.), DType::F32, &Device::Cpu)
            .unwrap_err();
        assert!(err.to_string().contains("expects"), "{err}");
    }
}
