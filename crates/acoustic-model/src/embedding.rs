//! The talker's text embedding table (151,936 rows): resident, or read row by row from the
//! memory-mapped checkpoint when a prompt needs them. A prompt touches a few dozen rows; the
//! resident copy is 622 MB in bf16 at the 0.6B and 1.7B widths, the largest tensor a process
//! holds. The mapped rows go through the same conversions as the resident copy (to the dtype it
//! would have been stored in, then to the activations'), so the values are the same bit for bit.

use std::sync::Arc;

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device, Result, Tensor, bail};

/// Where the rows come from.
#[derive(Debug, Clone)]
pub enum EmbeddingTable {
    Resident(Tensor),
    Mapped(MappedTable),
}

/// A `[rows, cols]` tensor of a mapped checkpoint, read a row at a time.
#[derive(Clone)]
pub struct MappedTable {
    files: Arc<MmapedSafetensors>,
    name: String,
    rows: usize,
    cols: usize,
    /// The file's dtype.
    file_dtype: DType,
    /// The dtype a resident copy would hold (its conversion is kept).
    stored_dtype: DType,
    device: Device,
}

impl std::fmt::Debug for MappedTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MappedTable")
            .field("name", &self.name)
            .field("rows", &self.rows)
            .field("cols", &self.cols)
            .field("file_dtype", &self.file_dtype)
            .finish()
    }
}

impl MappedTable {
    /// `name` of `files`, which must be `[rows, cols]`; rows are handed out on `device` as a
    /// resident copy in `stored_dtype` would give them.
    pub fn new(
        files: Arc<MmapedSafetensors>,
        name: &str,
        (rows, cols): (usize, usize),
        stored_dtype: DType,
        device: &Device,
    ) -> Result<Self> {
        let view = files.get(name)?;
        if view.shape() != [rows, cols] {
            bail!(
                "tensor {name} has shape {:?} in the checkpoint, the model expects [{rows}, {cols}]",
                view.shape()
            )
        }
        let file_dtype = DType::try_from(view.dtype())?;
        if !matches!(file_dtype, DType::F32 | DType::BF16 | DType::F16) {
            bail!("tensor {name} is stored as {file_dtype:?}; expected a float")
        }
        Ok(Self {
            name: name.to_string(),
            files,
            rows,
            cols,
            file_dtype,
            stored_dtype,
            device: device.clone(),
        })
    }

    fn rows(&self, ids: &[u32]) -> Result<Tensor> {
        let view = self.files.get(&self.name)?;
        let row_bytes = self.cols * self.file_dtype.size_in_bytes();
        let data = view.data();
        let mut bytes = Vec::with_capacity(ids.len() * row_bytes);
        for &id in ids {
            let start = id as usize * row_bytes;
            bytes.extend_from_slice(&data[start..start + row_bytes]);
        }
        let t = Tensor::from_raw_buffer(
            &bytes,
            self.file_dtype,
            &[ids.len(), self.cols],
            &self.device,
        )?;
        t.to_dtype(self.stored_dtype)
    }
}

impl EmbeddingTable {
    pub fn len(&self) -> Result<usize> {
        match self {
            Self::Resident(t) => t.dim(0),
            Self::Mapped(m) => Ok(m.rows),
        }
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// The rows of `ids` (each checked: a bad id is user data, not a bug), `[n, cols]`.
    pub fn rows(&self, ids: &[u32], what: &str) -> Result<Tensor> {
        let rows = self.len()?;
        if let Some(&bad) = ids.iter().find(|&&i| i as usize >= rows) {
            bail!("{what} id {bad} is outside the table of {rows} rows")
        }
        match self {
            Self::Resident(table) => {
                let idx = Tensor::new(ids, table.device())?;
                table.index_select(&idx, 0)
            }
            Self::Mapped(m) => m.rows(ids),
        }
    }
}
