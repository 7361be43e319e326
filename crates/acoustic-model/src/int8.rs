//! Q8_0 weights times Q8_0 activations on AVX-512 VNNI, for the decode matmuls (one row, or
//! the rows of a continuous batch, up to 8 per pass over a weight tile).
//!
//! candle's fast x86 Q8_0 path quantizes the activations in 256-wide blocks (Q8K); at the real
//! dimensions that costs the logits most of their cosine to f32 (0.6B code predictor: 0.99874,
//! below the 0.999 bar). Its 32-wide Q8_0 x Q8_0 path keeps 0.99933 but runs 3x slower. This
//! kernel keeps the 32-wide activation blocks at the fast path's speed: the weights are GGML
//! Q8_0 (the same values as candle's), tiled 16 rows at a time so one `vpdpbusd` multiplies 16
//! rows by 4 activations; they are stored offset by +128 (vpdpbusd takes u8 x i8) and the
//! offset is removed by starting each block's integer sum at -128 times the activation block's
//! sum. Integer sums are exact: a row's result does not depend on the rows beside it.
//!
//! The same kernel takes GGML Q5_0 weights (5 bits and one f16 scale per 32 weights, 5.5 bits
//! per weight against Q8_0's 8.5): at one row the decode matmuls stream their weights from
//! memory, so fewer bytes are less time. They are stored as two nibble planes and a high-bit
//! plane and widened to bytes in registers (an `and`, a shift and a masked add per 64
//! weights); GGML keeps them as `q + 16` in `[0, 32)`, so the offset is 16 instead of 128.

use std::sync::Arc;

use candle_core::quantized::{GgmlDType, QTensor};
use candle_core::{Result, bail};

/// Rows per tile (one 512-bit register of i32 / f32 lanes).
pub(crate) const TILE: usize = 16;
/// Values per Q8_0 block.
pub(crate) const BLOCK: usize = 32;
/// Activation rows processed together per tile (weights loaded once for them).
const MT: usize = 8;
/// How far ahead (in blocks of 512 weight bytes) the kernel prefetches its weights.
const PREFETCH_BLOCKS: usize = 4;
/// The same at one row, Q5_0 weights only: see [`kernel`].
const PREFETCH_BLOCKS_ONE_ROW_Q5: usize = 8;

/// Whether this CPU runs one of the kernels: AVX-512 VNNI ([`kernel`]) or AVX2 with FMA and
/// F16C ([`kernel_avx2`], the same bits), checked once at load.
pub fn available() -> bool {
    vnni() || avx2()
}

/// Whether this CPU runs the AVX-512 VNNI kernel.
pub(crate) fn vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether this CPU runs the AVX2 kernel.
pub(crate) fn avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx2")
            && is_x86_feature_detected!("fma")
            && is_x86_feature_detected!("f16c")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// A `[n, k]` weight in Q8_0 or Q5_0 ([`Format`]), tiled: for tile t and block b, 16 f16 row
/// scales and the block's values (Q8_0: `[8 groups of 4 columns][16 rows][4 bytes]` of
/// `q + 128`; Q5_0 see [`Format::Q5_0`]). Tiles are independent, so a
/// matrix can be a run of tiles of a larger one ([`Self::stack`], [`Self::rows`]): the
/// projections that read the same input (q, k, v; gate, up) share one stacked matrix and run
/// as one call in the fused decode step, while each keeps its own view for the other paths.
#[derive(Debug, Clone)]
pub struct Int8Matrix {
    n: usize,
    k: usize,
    /// This matrix's first tile in `data`.
    tile0: usize,
    data: Arc<Tiles>,
    /// Input columns kept in f32 beside the tiles (which hold zeros there), see
    /// [`crate::outliers`].
    outliers: Option<Arc<OutlierColumns>>,
}

/// Whole input columns of a weight in f32, for all the rows of a storage.
#[derive(Debug)]
struct OutlierColumns {
    cols: Vec<usize>,
    /// `values[c * rows + r]`: row `r`'s weight at input `cols[c]`.
    values: Vec<f32>,
    rows: usize,
}

#[derive(Debug)]
struct Tiles {
    /// f16 bits, as GGML stores them: at one row the weights stream from memory, and f32
    /// scales were 6% more bytes per Q8_0 block (11% per Q5_0 block).
    scales: Vec<u16>,
    qs: Vec<u8>,
    format: Format,
}

/// How a tile's block of 16 rows x 32 columns is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// 512 bytes: group g (columns 4g..4g+3) is 64 bytes `[16 rows][4]` of `q + 128`.
    Q8_0,
    /// 320 bytes: the groups' `[16 rows][4]` layout of `u = q + 16` (5 bits), as 4 vectors of
    /// 64 bytes holding group 2p in the low and group 2p + 1 in the high nibbles, then 8 x 64
    /// bits, bit `i` of group g's word the high bit of its byte `i`.
    Q5_0,
}

impl Format {
    fn block_bytes(self) -> usize {
        match self {
            Self::Q8_0 => TILE * BLOCK,
            Self::Q5_0 => TILE * BLOCK / 2 + TILE * BLOCK / 8,
        }
    }

    /// The format storing GGML's `q`, if the kernel takes it.
    pub fn from_ggml(q: GgmlDType) -> Option<Self> {
        match q {
            GgmlDType::Q8_0 => Some(Self::Q8_0),
            GgmlDType::Q5_0 => Some(Self::Q5_0),
            _ => None,
        }
    }

    pub fn ggml(self) -> GgmlDType {
        match self {
            Self::Q8_0 => GgmlDType::Q8_0,
            Self::Q5_0 => GgmlDType::Q5_0,
        }
    }
}

impl Int8Matrix {
    /// From a Q8_0 `QTensor` of shape `[n, k]`; `n` must be a multiple of 16.
    pub fn from_q8_0(t: &QTensor) -> Result<Self> {
        // GGML block_q8_0: f16 d, then 32 i8.
        const BYTES: usize = 2 + BLOCK;
        let (n, k, data) = ggml_blocks(t, GgmlDType::Q8_0, BYTES)?;
        let kb = k / BLOCK;
        let mut scales = vec![0u16; n * kb];
        let mut qs = vec![0u8; n * k];
        let tiles = n / TILE;
        for t_i in 0..tiles {
            for b in 0..kb {
                let s0 = (t_i * kb + b) * TILE;
                let q0 = (t_i * kb + b) * TILE * BLOCK;
                for r in 0..TILE {
                    let row = t_i * TILE + r;
                    let blk = &data[(row * kb + b) * BYTES..(row * kb + b + 1) * BYTES];
                    scales[s0 + r] = u16::from_le_bytes([blk[0], blk[1]]);
                    for c in 0..BLOCK {
                        let (g, j) = (c / 4, c % 4);
                        qs[q0 + (g * TILE + r) * 4 + j] = (blk[2 + c] as i8 as i16 + 128) as u8;
                    }
                }
            }
        }
        Ok(Self::whole(n, k, Tiles { scales, qs, format: Format::Q8_0 }))
    }

    /// From a Q8_0 or Q5_0 `QTensor` of shape `[n, k]`; `n` must be a multiple of 16.
    pub fn from_qtensor(t: &QTensor) -> Result<Self> {
        match t.dtype() {
            GgmlDType::Q5_0 => Self::from_q5_0(t),
            _ => Self::from_q8_0(t),
        }
    }

    /// From a Q5_0 `QTensor` of shape `[n, k]`; `n` must be a multiple of 16.
    pub fn from_q5_0(t: &QTensor) -> Result<Self> {
        // GGML block_q5_0: f16 d, 4 bytes of high bits (bit c: value c), 16 bytes of nibbles
        // (byte c: value c low, value c + 16 high).
        const BYTES: usize = 2 + 4 + BLOCK / 2;
        let (n, k, data) = ggml_blocks(t, GgmlDType::Q5_0, BYTES)?;
        let kb = k / BLOCK;
        let bb = Format::Q5_0.block_bytes();
        let mut scales = vec![0u16; n * kb];
        let mut qs = vec![0u8; n / TILE * kb * bb];
        for t_i in 0..n / TILE {
            for b in 0..kb {
                let s0 = (t_i * kb + b) * TILE;
                let (nibbles, high) =
                    qs[(t_i * kb + b) * bb..(t_i * kb + b + 1) * bb].split_at_mut(TILE * BLOCK / 2);
                for r in 0..TILE {
                    let row = t_i * TILE + r;
                    let blk = &data[(row * kb + b) * BYTES..(row * kb + b + 1) * BYTES];
                    scales[s0 + r] = u16::from_le_bytes([blk[0], blk[1]]);
                    let qh = u32::from_le_bytes([blk[2], blk[3], blk[4], blk[5]]);
                    for c in 0..BLOCK {
                        let low = if c < 16 { blk[6 + c] & 15 } else { blk[6 + c - 16] >> 4 };
                        let u = low | (((qh >> c) & 1) as u8) << 4;
                        let (g, i) = (c / 4, r * 4 + c % 4);
                        nibbles[(g / 2) * 64 + i] |= (u & 15) << (4 * (g % 2));
                        high[g * 8 + i / 8] |= (u >> 4) << (i % 8);
                    }
                }
            }
        }
        Ok(Self::whole(n, k, Tiles { scales, qs, format: Format::Q5_0 }))
    }

    /// A matrix from its tiles as [`Self::tiles`] gives them (a [`crate::weight_cache`] entry).
    pub fn from_tiles(
        n: usize,
        k: usize,
        format: Format,
        scales: Vec<u16>,
        qs: Vec<u8>,
    ) -> Result<Self> {
        if n == 0 || !n.is_multiple_of(TILE) || k == 0 || !k.is_multiple_of(BLOCK) {
            bail!(
                "int8 tiles of [{n}, {k}]: rows must be whole tiles of {TILE}, columns whole blocks of {BLOCK}"
            )
        }
        let blocks = n / TILE * (k / BLOCK);
        if scales.len() != blocks * TILE || qs.len() != blocks * format.block_bytes() {
            bail!(
                "int8 tiles of [{n}, {k}] {format:?}: {} scales and {} bytes, want {} and {}",
                scales.len(),
                qs.len(),
                blocks * TILE,
                blocks * format.block_bytes()
            )
        }
        Ok(Self::whole(n, k, Tiles { scales, qs, format }))
    }

    fn whole(n: usize, k: usize, tiles: Tiles) -> Self {
        Self { n, k, tile0: 0, data: Arc::new(tiles), outliers: None }
    }

    /// This matrix with input columns `cols` computed from `values` (`[cols.len()][n]`, f32)
    /// instead of from its tiles, which must hold zeros there (see [`crate::outliers`]).
    pub fn with_outliers(mut self, cols: Vec<usize>, values: Vec<f32>) -> Result<Self> {
        if self.tile0 != 0 || self.data.scales.len() != self.n / TILE * (self.k / BLOCK) * TILE {
            bail!("outlier columns on a view of a larger matrix")
        }
        if values.len() != cols.len() * self.n || cols.iter().any(|&c| c >= self.k) {
            bail!(
                "outlier columns {cols:?} with {} values for [{}, {}]",
                values.len(),
                self.n,
                self.k
            )
        }
        self.outliers =
            (!cols.is_empty()).then(|| Arc::new(OutlierColumns { cols, values, rows: self.n }));
        Ok(self)
    }

    /// The outlier columns and their values (`[cols][n]`), if any.
    pub fn outliers(&self) -> Option<(&[usize], Vec<f32>)> {
        let o = self.outliers.as_ref()?;
        let r0 = self.tile0 * TILE;
        let values = (0..o.cols.len())
            .flat_map(|c| o.values[c * o.rows + r0..c * o.rows + r0 + self.n].iter().copied())
            .collect();
        Some((&o.cols, values))
    }

    /// This matrix's scales and quantized values, tile after tile.
    pub fn tiles(&self) -> (&[u16], &[u8]) {
        (self.tile_scales(0, self.n / TILE), self.tile_qs(0, self.n / TILE))
    }

    /// The storage format of the weights.
    pub fn format(&self) -> Format {
        self.data.format
    }

    /// The matrices' rows one after another (`[sum n, k]`), in a storage of its own.
    pub fn stack(parts: &[&Int8Matrix]) -> Result<Self> {
        let Some(k) = parts.first().map(|p| p.k) else { bail!("int8 stack of no matrices") };
        if let Some(p) = parts.iter().find(|p| p.k != k) {
            bail!("int8 stack: inputs of {} and {k} columns", p.k)
        }
        let format = parts[0].format();
        if let Some(p) = parts.iter().find(|p| p.format() != format) {
            bail!("int8 stack: {:?} and {format:?} weights", p.format())
        }
        let (mut scales, mut qs) = (Vec::new(), Vec::new());
        for p in parts {
            scales.extend_from_slice(p.tile_scales(0, p.n / TILE));
            qs.extend_from_slice(p.tile_qs(0, p.n / TILE));
        }
        let n = parts.iter().map(|p| p.n).sum();
        let stacked = Self::whole(n, k, Tiles { scales, qs, format });
        // The union of the parts' outlier columns; a part without one adds zeros there (its
        // tiles hold that column's quantized values as they are).
        let mut cols: Vec<usize> =
            parts.iter().filter_map(|p| p.outliers()).flat_map(|(c, _)| c.to_vec()).collect();
        cols.sort_unstable();
        cols.dedup();
        let mut values = vec![0f32; cols.len() * n];
        let mut row0 = 0;
        for p in parts {
            if let Some((pc, pv)) = p.outliers() {
                for (i, col) in pc.iter().enumerate() {
                    let c = cols
                        .binary_search(col)
                        .map_err(|_| candle_core::Error::Msg("outlier union".into()))?;
                    values[c * n + row0..c * n + row0 + p.n]
                        .copy_from_slice(&pv[i * p.n..(i + 1) * p.n]);
                }
            }
            row0 += p.n;
        }
        stacked.with_outliers(cols, values)
    }

    /// Rows `[row0, row0 + n)` as a matrix sharing this one's storage (multiples of 16).
    pub fn rows(&self, row0: usize, n: usize) -> Result<Self> {
        if !row0.is_multiple_of(TILE) || !n.is_multiple_of(TILE) || row0 + n > self.n {
            bail!("int8 rows [{row0}, {}) of {}: not whole tiles of {TILE}", row0 + n, self.n)
        }
        Ok(Self {
            n,
            k: self.k,
            tile0: self.tile0 + row0 / TILE,
            data: self.data.clone(),
            outliers: self.outliers.clone(),
        })
    }

    /// Scales of `count` tiles from this matrix's tile `t`.
    fn tile_scales(&self, t: usize, count: usize) -> &[u16] {
        let per = self.k / BLOCK * TILE;
        &self.data.scales[(self.tile0 + t) * per..(self.tile0 + t + count) * per]
    }

    /// Quantized values of `count` tiles from this matrix's tile `t`.
    fn tile_qs(&self, t: usize, count: usize) -> &[u8] {
        let per = self.k / BLOCK * self.format().block_bytes();
        &self.data.qs[(self.tile0 + t) * per..(self.tile0 + t + count) * per]
    }

    /// `(n, k)`.
    pub fn dims(&self) -> (usize, usize) {
        (self.n, self.k)
    }

    pub fn bytes(&self) -> usize {
        let blocks = self.n / TILE * (self.k / BLOCK);
        blocks * (self.format().block_bytes() + TILE * 2)
    }

    /// `x [m, k] @ W^T -> [m, n]` (f32), activations quantized to Q8_0 per row.
    pub fn matmul(&self, x: &[f32], m: usize) -> Result<Vec<f32>> {
        // The kernels are AVX-512 VNNI's: a matrix made or loaded on another CPU is refused
        // here, not run into an illegal instruction.
        if !available() {
            bail!("int8 matmul: this CPU lacks AVX-512 VNNI (the layer loads as a ggml one there)")
        }
        // The AMX tiles take bytes: Q5_0 weights run on the VNNI kernel, which widens them.
        let amx = m > 1 && self.format() == Format::Q8_0 && crate::int8_amx::available();
        let mut y = self.matmul_on(x, m, amx)?;
        self.add_outliers(x, m, &mut y);
        Ok(y)
    }

    /// `y += x[:, cols] @ W[:, cols]^T` for the outlier columns, in f32.
    fn add_outliers(&self, x: &[f32], m: usize, y: &mut [f32]) {
        let Some(o) = &self.outliers else { return };
        let (n, k, r0) = (self.n, self.k, self.tile0 * TILE);
        for (c, &col) in o.cols.iter().enumerate() {
            let w = &o.values[c * o.rows + r0..c * o.rows + r0 + n];
            for (row, ys) in y.chunks_exact_mut(n).take(m).enumerate() {
                let xv = x[row * k + col];
                for (yv, wv) in ys.iter_mut().zip(w) {
                    *yv += xv * wv;
                }
            }
        }
    }

    /// [`Self::matmul`] on the AMX tiles, the AVX-512 VNNI kernel or the AVX2 one (equal bits).
    fn matmul_on(&self, x: &[f32], m: usize, amx: bool) -> Result<Vec<f32>> {
        self.matmul_with(x, m, amx, vnni())
    }

    /// [`Self::matmul_on`], the AVX2 kernel unless `vnni` (equal bits).
    fn matmul_with(&self, x: &[f32], m: usize, amx: bool, vnni: bool) -> Result<Vec<f32>> {
        let (n, k) = (self.n, self.k);
        if x.len() != m * k {
            bail!("int8 matmul: {} inputs for [{m}, {k}]", x.len())
        }
        let acts = quantize_rows(x, m, k);
        let tiles = n / TILE;
        // candle's barrier pool (spinning workers, the threads of its own quantized matmuls)
        // hands out the tiles: a rayon hand-off per call costs more than a 1024-wide matvec at
        // this size.
        #[cfg(target_arch = "x86_64")]
        if amx {
            // Straight into `[m][n]` rows: no `[tile][m][16]` staging. Every value is written
            // once below (the chunks cover all tiles, the passes all rows), so the buffer is
            // not zeroed first: at 8 rows that memset was a tenth of a step's serial time.
            let mut out: Vec<f32> = Vec::with_capacity(m * n);
            let dst = out.as_mut_ptr() as usize;
            candle_core::utils::barrier_pool().execute_chunked(tiles, |range| {
                let (scales, qs) = (
                    self.tile_scales(range.start, range.len()),
                    self.tile_qs(range.start, range.len()),
                );
                for m0 in (0..m).step_by(crate::int8_amx::MAX_ROWS) {
                    let rows = crate::int8_amx::MAX_ROWS.min(m - m0);
                    let pass = crate::int8_amx::Pass { acts: &acts, m, m0, rows };
                    // SAFETY: available() holds; `out` holds m * n values and outlives the
                    // pool call; this chunk alone writes the columns of tiles `range`.
                    unsafe {
                        crate::int8_amx::tiles(scales, qs, range.start, &pass, dst as *mut f32, n)
                    };
                }
            });
            // SAFETY: the pool call returned, having written all m * n values (see above).
            unsafe { out.set_len(m * n) };
            return Ok(out);
        }
        // The kernel writes each tile's outputs contiguously (`[m][16]`, staged in `blocks`);
        // the chunk that computed a range of tiles then copies them into their columns of
        // the `[m][n]` rows, so that copy runs on both threads instead of after the pool call
        // on one. Neither buffer is zeroed: every value is written once (the chunks cover all
        // tiles, each tile all rows). Writing straight from the kernel into the strided rows
        // was ~10% slower (its stores then leave the tile's cache lines).
        let mut blocks: Vec<f32> = Vec::with_capacity(tiles * m * TILE);
        let mut out: Vec<f32> = if m == 1 { Vec::new() } else { Vec::with_capacity(m * n) };
        let (staged, dst) = (blocks.as_mut_ptr() as usize, out.as_mut_ptr() as usize);
        execute_guided(tiles, |range| {
            // SAFETY: this chunk alone owns the staging of tiles `range`,
            // `[start * m * 16, end * m * 16)` of `blocks`, which outlives the pool call.
            let own = unsafe {
                std::slice::from_raw_parts_mut(
                    (staged as *mut f32).add(range.start * m * TILE),
                    range.len() * m * TILE,
                )
            };
            for (t_i, tile) in range.clone().zip(own.chunks_exact_mut(m * TILE)) {
                self.tile(t_i, &acts, m, tile, vnni);
            }
            if m > 1 {
                for (t_i, tile) in range.zip(own.chunks_exact(m * TILE)) {
                    for (i, row) in tile.chunks_exact(TILE).enumerate() {
                        // SAFETY: columns `[t_i * 16, (t_i + 1) * 16)` of every row belong to
                        // tile t_i alone; `out` holds m * n values and outlives the pool call.
                        unsafe {
                            std::ptr::copy_nonoverlapping(
                                row.as_ptr(),
                                (dst as *mut f32).add(i * n + t_i * TILE),
                                TILE,
                            )
                        };
                    }
                }
            }
        });
        // SAFETY: the pool call returned having written every tile's m * 16 values, and for
        // m > 1 every one of the m * n outputs (see above).
        unsafe { blocks.set_len(tiles * m * TILE) };
        if m == 1 {
            // One row: `[tile][1][16]` is already the row.
            return Ok(blocks);
        }
        // SAFETY: as above, every `[m][n]` value was copied in by its tile's chunk.
        unsafe { out.set_len(m * n) };
        Ok(out)
    }

    /// One tile of 16 output columns for every activation row: `out [m][16]`.
    fn tile(&self, t_i: usize, acts: &Acts, m: usize, out: &mut [f32], vnni: bool) {
        let kb = self.k / BLOCK;
        let (scales, qs) = (self.tile_scales(t_i, 1), self.tile_qs(t_i, 1));
        for m0 in (0..m).step_by(MT) {
            let mt = MT.min(m - m0);
            // SAFETY: `available()` was checked when the matrix was chosen at load (and
            // `vnni` is `vnni()` outside tests that checked it); slice lengths are checked by
            // the kernel's asserts.
            #[cfg(target_arch = "x86_64")]
            unsafe {
                let out = &mut out[m0 * TILE..(m0 + mt) * TILE];
                // One instance per row count: constant loop bounds keep the accumulators in
                // registers (a run-time count spilled them to the stack, every vpdpbusd then
                // waiting on a store and a load).
                macro_rules! rows {
                    ($q5:literal) => {
                        match mt {
                            1 => kernel::<1, $q5>(scales, qs, kb, acts, m0, out),
                            2 => kernel::<2, $q5>(scales, qs, kb, acts, m0, out),
                            3 => kernel::<3, $q5>(scales, qs, kb, acts, m0, out),
                            4 => kernel::<4, $q5>(scales, qs, kb, acts, m0, out),
                            5 => kernel::<5, $q5>(scales, qs, kb, acts, m0, out),
                            6 => kernel::<6, $q5>(scales, qs, kb, acts, m0, out),
                            7 => kernel::<7, $q5>(scales, qs, kb, acts, m0, out),
                            _ => kernel::<MT, $q5>(scales, qs, kb, acts, m0, out),
                        }
                    };
                }
                // Two accumulators a row: four rows fill the 16 registers, so more run in
                // passes of at most four.
                macro_rules! rows_avx2 {
                    ($q5:literal) => {
                        for r0 in (0..mt).step_by(4) {
                            let r = 4.min(mt - r0);
                            let (m, o) = (m0 + r0, &mut out[r0 * TILE..(r0 + r) * TILE]);
                            match r {
                                1 => kernel_avx2::<1, $q5>(scales, qs, kb, acts, m, o),
                                2 => kernel_avx2::<2, $q5>(scales, qs, kb, acts, m, o),
                                3 => kernel_avx2::<3, $q5>(scales, qs, kb, acts, m, o),
                                _ => kernel_avx2::<4, $q5>(scales, qs, kb, acts, m, o),
                            }
                        }
                    };
                }
                match (self.format(), vnni) {
                    (Format::Q8_0, true) => rows!(false),
                    (Format::Q5_0, true) => rows!(true),
                    (Format::Q8_0, false) => rows_avx2!(false),
                    (Format::Q5_0, false) => rows_avx2!(true),
                }
            };
            #[cfg(not(target_arch = "x86_64"))]
            {
                let _ = (scales, qs, acts, mt);
                unreachable!("int8 tiles are built only where available() holds")
            }
        }
    }
}

/// Runs `f` over `0..n` on candle's barrier pool (the threads of its quantized matmuls), in
/// ranges that shrink as the work runs out: each claim takes `1 / (2 * threads)` of what is
/// left, at least one item. A matrix's tiles take equal time, but the threads do not run at
/// equal speed on a shared machine; fixed chunks of 1/16 of the matrix (candle's
/// `execute_chunked`) left one thread idle for up to a chunk at the end of every call.
/// Called from one of the pool's own threads it runs inline, as `execute_chunked` does: the
/// pool takes one call at a time, so a nested call would wait for itself.
fn execute_guided(n: usize, f: impl Fn(std::ops::Range<usize>) + Sync) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let pool = candle_core::utils::barrier_pool();
    let threads = pool.n_workers() + 1;
    // candle names its pool threads `candle-bp-{i}` (candle-core utils.rs, BarrierPool::new);
    // its own in-pool flag is private.
    let in_pool = std::thread::current().name().is_some_and(|t| t.starts_with("candle-bp-"));
    if threads == 1 || n <= 1 || in_pool {
        f(0..n);
        return;
    }
    let cursor = AtomicUsize::new(0);
    pool.execute(|_| {
        let mut start = cursor.load(Ordering::Relaxed);
        while start < n {
            let len = ((n - start) / (2 * threads)).max(1);
            match cursor.compare_exchange_weak(
                start,
                start + len,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    f(start..start + len);
                    start = cursor.load(Ordering::Relaxed);
                }
                Err(now) => start = now,
            }
        }
    });
}

/// `[n, k]` and the GGML blocks of a `format` tensor whose shape the tiles take (`n` a multiple
/// of 16, `k` of 32), with `bytes` per block.
fn ggml_blocks(
    t: &QTensor,
    format: GgmlDType,
    bytes: usize,
) -> Result<(usize, usize, std::borrow::Cow<'_, [u8]>)> {
    if t.dtype() != format {
        bail!("int8 tiles of {format:?}: got a {:?} tensor", t.dtype())
    }
    let (n, k) = t.shape().dims2()?;
    if !n.is_multiple_of(TILE) || !k.is_multiple_of(BLOCK) || k == 0 {
        bail!("int8 tiles need rows % {TILE} == 0 and columns % {BLOCK} == 0, got [{n}, {k}]")
    }
    let data = t.data()?;
    if data.len() != n * (k / BLOCK) * bytes {
        bail!("{format:?} tensor [{n}, {k}] holds {} bytes", data.len())
    }
    Ok((n, k, data))
}

/// Activation rows in Q8_0: values, per-block scales and per-block sums.
pub(crate) struct Acts {
    pub(crate) q: Vec<i8>,
    pub(crate) d: Vec<f32>,
    /// `-128 * sum(q)` per block: the correction for the weights' +128 offset.
    pub(crate) neg_offset: Vec<i32>,
    pub(crate) k: usize,
}

/// GGML's `quantize_row_q8_0`: `d = amax / 127`, `q = round(x / d)`, per 32 values.
fn quantize_rows(x: &[f32], m: usize, k: usize) -> Acts {
    let kb = k / BLOCK;
    let mut q = vec![0i8; m * k];
    let mut d = vec![0f32; m * kb];
    let mut sum = vec![0i32; m * kb];
    #[cfg(target_arch = "x86_64")]
    let simd = vnni();
    for (bi, (xs, qs)) in x.chunks_exact(BLOCK).zip(q.chunks_exact_mut(BLOCK)).enumerate() {
        #[cfg(target_arch = "x86_64")]
        if simd {
            // SAFETY: the features were just detected; both slices hold one block.
            (d[bi], sum[bi]) = unsafe { quantize_block_avx512(xs, qs) };
            sum[bi] *= -128;
            continue;
        }
        (d[bi], sum[bi]) = quantize_block(xs, qs);
        sum[bi] *= -128;
    }
    Acts { q, d, neg_offset: sum, k }
}

/// One block: returns its scale and the sum of its quantized values.
fn quantize_block(xs: &[f32], qs: &mut [i8]) -> (f32, i32) {
    let amax = xs.iter().fold(0f32, |a, &v| a.max(v.abs()));
    let dd = amax / 127.0;
    let id = if dd != 0.0 { 1.0 / dd } else { 0.0 };
    let mut s = 0i32;
    for (o, &v) in qs.iter_mut().zip(xs) {
        let r = (v * id).round() as i8;
        *o = r;
        s += r as i32;
    }
    (dd, s)
}

/// [`quantize_block`] in AVX-512, bit for bit (the activation quantization runs on the calling
/// thread before every int8 matmul; scalar `round` made it a tenth of a batched step). Rounding
/// half away from zero is `trunc(y + copysign(0.5 - 2^-25, y))`, exact for |y| <= 127.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn quantize_block_avx512(xs: &[f32], qs: &mut [i8]) -> (f32, i32) {
    use core::arch::x86_64::*;
    assert!(xs.len() == BLOCK && qs.len() == BLOCK);
    // SAFETY: 32 values in and out, checked above.
    unsafe {
        let x0 = _mm512_loadu_ps(xs.as_ptr());
        let x1 = _mm512_loadu_ps(xs.as_ptr().add(16));
        let amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(x0), _mm512_abs_ps(x1)));
        let dd = amax / 127.0;
        let id = if dd != 0.0 { 1.0 / dd } else { 0.0 };
        let vid = _mm512_set1_ps(id);
        let sign = _mm512_set1_epi32(i32::MIN);
        let half = _mm512_castps_si512(_mm512_set1_ps(0.499_999_97));
        let round = |x: __m512| {
            let y = _mm512_mul_ps(x, vid);
            let h = _mm512_or_si512(half, _mm512_and_si512(_mm512_castps_si512(y), sign));
            _mm512_cvttps_epi32(_mm512_add_ps(y, _mm512_castsi512_ps(h)))
        };
        let (q0, q1) = (round(x0), round(x1));
        _mm_storeu_si128(qs.as_mut_ptr() as *mut __m128i, _mm512_cvtepi32_epi8(q0));
        _mm_storeu_si128(qs.as_mut_ptr().add(16) as *mut __m128i, _mm512_cvtepi32_epi8(q1));
        (dd, _mm512_reduce_add_epi32(_mm512_add_epi32(q0, q1)))
    }
}

/// The bytes of one weight block, after asserting the bounds a kernel's pointers rely on.
fn checked_block_bytes<const R: usize, const Q5: bool>(
    scales: &[u16],
    qs: &[u8],
    kb: usize,
    acts: &Acts,
    m0: usize,
    out: &[f32],
) -> usize {
    let bb = if Q5 { Format::Q5_0 } else { Format::Q8_0 }.block_bytes();
    assert!(R <= MT && out.len() == R * TILE);
    assert!(scales.len() == kb * TILE && qs.len() == kb * bb);
    assert!(acts.q.len() >= (m0 + R) * acts.k && acts.k == kb * BLOCK);
    assert!(acts.neg_offset.len() >= (m0 + R) * kb);
    bb
}

/// One pass over a tile's blocks for rows `m0..m0 + R`; `Q5`: the weights are
/// [`Format::Q5_0`], else [`Format::Q8_0`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
unsafe fn kernel<const R: usize, const Q5: bool>(
    scales: &[u16],
    qs: &[u8],
    kb: usize,
    acts: &Acts,
    m0: usize,
    out: &mut [f32],
) {
    use core::arch::x86_64::*;
    let bb = checked_block_bytes::<R, Q5>(scales, qs, kb, acts, m0, out);
    // SAFETY: `checked_block_bytes`'s asserts bound every pointer offset below; the caller
    // checked the target features.
    unsafe {
        let low_nibbles = _mm512_set1_epi8(15);
        let sixteen = _mm512_set1_epi8(16);
        let mut acc = [_mm512_setzero_ps(); R];
        for b in 0..kb {
            let wd = _mm512_cvtph_ps(_mm256_loadu_si256(scales.as_ptr().add(b * TILE) as *const _));
            // Start from the offset correction -offset * sum(a): the weights are stored
            // + 128 (Q8_0) or + 16 (Q5_0); `neg_offset` is -128 * sum(a), a multiple of 8.
            let mut isum: [__m512i; R] = std::array::from_fn(|i| {
                let c = *acts.neg_offset.get_unchecked((m0 + i) * kb + b);
                _mm512_set1_epi32(if Q5 { c >> 3 } else { c })
            });
            let wq = qs.as_ptr().add(b * bb);
            // Several rows: ask for the weights `ahead` blocks ahead (past this tile's end:
            // the next tile's, which follow in memory), so their loads overlap the rows'
            // arithmetic; the hardware prefetchers stop at page boundaries, every 8 blocks of
            // a Q8_0 tile. A prefetch never faults. At one row Q8_0 streams at the memory's
            // pace without them (frame_bench 0.6B q8_0: no difference), while Q5_0, with more
            // arithmetic per byte, gains ~11% at 8 blocks ahead (frame_bench 0.6B q5_0, six
            // alternated runs: median 34.4 vs 38.7 ms per frame; 16 ahead: 36.5).
            let ahead = match (R, Q5) {
                (1, false) => 0,
                (1, true) => PREFETCH_BLOCKS_ONE_ROW_Q5,
                _ => PREFETCH_BLOCKS,
            };
            if ahead > 0 {
                let next = wq.wrapping_add(ahead * bb);
                for line in 0..bb / 64 {
                    _mm_prefetch::<_MM_HINT_T0>(next.wrapping_add(line * 64) as *const i8);
                }
                _mm_prefetch::<_MM_HINT_T0>(
                    scales.as_ptr().wrapping_add((b + ahead) * TILE) as *const i8
                );
            }
            let mut group = |g: usize, w: __m512i| {
                for (i, s) in isum.iter_mut().enumerate().take(R) {
                    let a = acts.q.as_ptr().add((m0 + i) * acts.k + b * BLOCK + g * 4);
                    let a = _mm512_set1_epi32(std::ptr::read_unaligned(a as *const i32));
                    *s = _mm512_dpbusd_epi32(*s, w, a);
                }
            };
            if Q5 {
                let high = wq.add(TILE * BLOCK / 2) as *const u64;
                for p in 0..BLOCK / 8 {
                    let v = _mm512_loadu_si512(wq.add(p * 64) as *const _);
                    let lo = _mm512_and_si512(v, low_nibbles);
                    let hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), low_nibbles);
                    let (h0, h1) = (
                        std::ptr::read_unaligned(high.add(2 * p)),
                        std::ptr::read_unaligned(high.add(2 * p + 1)),
                    );
                    group(2 * p, _mm512_mask_add_epi8(lo, h0, lo, sixteen));
                    group(2 * p + 1, _mm512_mask_add_epi8(hi, h1, hi, sixteen));
                }
            } else {
                for g in 0..BLOCK / 4 {
                    group(g, _mm512_loadu_si512(wq.add(g * TILE * 4) as *const _));
                }
            }
            for (i, (a, s)) in acc.iter_mut().zip(isum).enumerate().take(R) {
                let j = (m0 + i) * kb + b;
                let f = _mm512_cvtepi32_ps(s);
                *a = _mm512_fmadd_ps(f, _mm512_mul_ps(wd, _mm512_set1_ps(acts.d[j])), *a);
            }
        }
        for (i, a) in acc.iter().enumerate().take(R) {
            _mm512_storeu_ps(out.as_mut_ptr().add(i * TILE), *a);
        }
    }
}

/// [`kernel`] in AVX2, bit for bit: the same integer sums per block (exact in both), the same
/// float steps in the same order. `vpdpbusd` becomes `vpmaddubsw` (pairs of u8 x i8 into i16)
/// and `vpmaddwd` against ones (pairs of i16 into i32). Q5_0's 0..31 weights cannot saturate
/// an i16 pair (31 * 127 * 2); Q8_0's + 128 ones could, so they are made signed again
/// (`q ^ 0x80`) and multiplied as |w| x (a with w's sign), and their offset correction is not
/// added. Sixteen rows of a tile are two registers.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma,f16c")]
unsafe fn kernel_avx2<const R: usize, const Q5: bool>(
    scales: &[u16],
    qs: &[u8],
    kb: usize,
    acts: &Acts,
    m0: usize,
    out: &mut [f32],
) {
    use core::arch::x86_64::*;
    let bb = checked_block_bytes::<R, Q5>(scales, qs, kb, acts, m0, out);
    // SAFETY: `checked_block_bytes`'s asserts bound every pointer offset below; the caller
    // checked the target features.
    unsafe {
        let low_nibbles = _mm256_set1_epi8(15);
        let sixteen = _mm256_set1_epi8(16);
        let flip = _mm256_set1_epi8(-128);
        let ones = _mm256_set1_epi16(1);
        // Byte i of a 32-bit mask's spread: bit (i % 8) of mask byte (i / 8).
        let spread = _mm256_setr_epi8(
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3,
            3, 3, 3,
        );
        let bits = _mm256_set1_epi64x(0x8040_2010_0804_0201u64 as i64);
        let high_bit_bytes = |mask: u32| {
            let m = _mm256_shuffle_epi8(_mm256_set1_epi32(mask as i32), spread);
            _mm256_cmpeq_epi8(_mm256_and_si256(m, bits), bits)
        };
        let mut acc = [[_mm256_setzero_ps(); 2]; R];
        for b in 0..kb {
            let sp = scales.as_ptr().add(b * TILE) as *const __m128i;
            let wd =
                [_mm256_cvtph_ps(_mm_loadu_si128(sp)), _mm256_cvtph_ps(_mm_loadu_si128(sp.add(1)))];
            let mut isum: [[__m256i; 2]; R] = std::array::from_fn(|i| {
                let c = if Q5 { *acts.neg_offset.get_unchecked((m0 + i) * kb + b) >> 3 } else { 0 };
                [_mm256_set1_epi32(c); 2]
            });
            let wq = qs.as_ptr().add(b * bb);
            let mut group = |g: usize, w: [__m256i; 2]| {
                for (i, s) in isum.iter_mut().enumerate().take(R) {
                    let a = acts.q.as_ptr().add((m0 + i) * acts.k + b * BLOCK + g * 4);
                    let a = _mm256_set1_epi32(std::ptr::read_unaligned(a as *const i32));
                    for h in 0..2 {
                        let pairs = if Q5 {
                            _mm256_maddubs_epi16(w[h], a)
                        } else {
                            let signed = _mm256_xor_si256(w[h], flip);
                            _mm256_maddubs_epi16(
                                _mm256_sign_epi8(signed, signed),
                                _mm256_sign_epi8(a, signed),
                            )
                        };
                        s[h] = _mm256_add_epi32(s[h], _mm256_madd_epi16(pairs, ones));
                    }
                }
            };
            if Q5 {
                let high = wq.add(TILE * BLOCK / 2) as *const u32;
                for p in 0..BLOCK / 8 {
                    let v = [
                        _mm256_loadu_si256(wq.add(p * 64) as *const _),
                        _mm256_loadu_si256(wq.add(p * 64 + 32) as *const _),
                    ];
                    let lo = v.map(|v| _mm256_and_si256(v, low_nibbles));
                    let hi = v.map(|v| _mm256_and_si256(_mm256_srli_epi16(v, 4), low_nibbles));
                    let h = |q: usize| std::ptr::read_unaligned(high.add(q));
                    let plus = |x: __m256i, mask: u32| {
                        _mm256_add_epi8(x, _mm256_and_si256(high_bit_bytes(mask), sixteen))
                    };
                    group(2 * p, [plus(lo[0], h(4 * p)), plus(lo[1], h(4 * p + 1))]);
                    group(2 * p + 1, [plus(hi[0], h(4 * p + 2)), plus(hi[1], h(4 * p + 3))]);
                }
            } else {
                for g in 0..BLOCK / 4 {
                    let p = wq.add(g * TILE * 4);
                    group(
                        g,
                        [
                            _mm256_loadu_si256(p as *const _),
                            _mm256_loadu_si256(p.add(32) as *const _),
                        ],
                    );
                }
            }
            for (i, (a, s)) in acc.iter_mut().zip(isum).enumerate().take(R) {
                let j = (m0 + i) * kb + b;
                let d = _mm256_set1_ps(acts.d[j]);
                for h in 0..2 {
                    let f = _mm256_cvtepi32_ps(s[h]);
                    a[h] = _mm256_fmadd_ps(f, _mm256_mul_ps(wd[h], d), a[h]);
                }
            }
        }
        for (i, a) in acc.iter().enumerate().take(R) {
            _mm256_storeu_ps(out.as_mut_ptr().add(i * TILE), a[0]);
            _mm256_storeu_ps(out.as_mut_ptr().add(i * TILE + 8), a[1]);
        }
    }
}

#[cfg(test)]
mod tests {
    /// One line for a skipped test, past the harness's output capture.
    fn skipped(line: std::fmt::Arguments<'_>) {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "{line}");
    }

    use super::*;
    use candle_core::{Device, Tensor};

    /// A `[n, k]` weight with columns `cols` scaled 30x, split and quantized as `Linear::load`
    /// does, and the same weight quantized whole.
    fn with_and_without_split(
        n: usize,
        k: usize,
        cols: &[usize],
    ) -> (Int8Matrix, Int8Matrix, Vec<f32>) {
        let dev = Device::Cpu;
        let mut w = Tensor::randn(0f32, 0.05, (n, k), &dev)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        for r in 0..n {
            for &c in cols {
                w[r * k + c] *= 30.0;
            }
        }
        let quantize = |v: Vec<f32>| {
            let t = Tensor::from_vec(v, (n, k), &dev).unwrap();
            Int8Matrix::from_q8_0(&QTensor::quantize(&t, GgmlDType::Q8_0).unwrap()).unwrap()
        };
        let whole = quantize(w.clone());
        let mut rest = w.clone();
        let (found, values) = crate::outliers::split(&mut rest, n, k);
        assert_eq!(found, cols);
        let split = quantize(rest).with_outliers(found, values).unwrap();
        (split, whole, w)
    }

    #[test]
    fn outlier_columns_in_f32_keep_the_other_weights_precision() {
        if !available() {
            skipped(format_args!(
                "skipped outlier_columns_in_f32_keep_the_other_weights_precision: no int8 kernel"
            ));
            return;
        }
        let (n, k, m) = (64, 256, 3);
        let (split, whole, w) = with_and_without_split(n, k, &[7, 100, 201]);
        let x = Tensor::randn(0f32, 1.0, (m, k), &Device::Cpu)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        // The float64 truth.
        let truth: Vec<f64> = (0..m * n)
            .map(|i| (0..k).map(|j| x[i / n * k + j] as f64 * w[i % n * k + j] as f64).sum())
            .collect();
        let rms_err = |y: &[f32]| {
            let e: f64 = y.iter().zip(&truth).map(|(a, b)| (*a as f64 - b).powi(2)).sum();
            (e / y.len() as f64).sqrt()
        };
        let scale = (truth.iter().map(|t| t * t).sum::<f64>() / truth.len() as f64).sqrt();
        let (e_split, e_whole) =
            (rms_err(&split.matmul(&x, m).unwrap()), rms_err(&whole.matmul(&x, m).unwrap()));
        // Q8_0 of Gaussian weights and activations: ~0.5% of the output's RMS; a 30x column
        // in every block's row leaves the rest ~4 levels and the error several times larger.
        assert!(e_split < 0.01 * scale, "split: {e_split} of {scale}");
        assert!(e_whole > 4.0 * e_split, "whole {e_whole} vs split {e_split}");
    }

    #[test]
    fn stacks_and_row_views_keep_each_parts_outliers() {
        let (a, _, _) = with_and_without_split(32, 128, &[3, 64]);
        let (b, _, _) = with_and_without_split(16, 128, &[]);
        let (c, _, _) = with_and_without_split(48, 128, &[64, 127]);
        let stack = Int8Matrix::stack(&[&a, &b, &c]).unwrap();
        assert_eq!(stack.outliers().unwrap().0, [3, 64, 127]);
        for (part, (row0, rows)) in [&a, &b, &c].into_iter().zip([(0, 32), (32, 16), (48, 48)]) {
            let view = stack.rows(row0, rows).unwrap();
            let (cols, values) = view.outliers().unwrap();
            let (own_cols, own_values) = part.outliers().unwrap_or((&[], Vec::new()));
            for (i, col) in cols.iter().enumerate() {
                let got = &values[i * rows..(i + 1) * rows];
                match own_cols.iter().position(|c| c == col) {
                    Some(j) => assert_eq!(got, &own_values[j * rows..(j + 1) * rows]),
                    None => assert!(got.iter().all(|v| *v == 0.0)),
                }
            }
            if available() {
                let x: Vec<f32> = (0..2 * 128).map(|i| (i as f32 * 0.37).sin()).collect();
                assert_eq!(view.matmul(&x, 2).unwrap(), part.matmul(&x, 2).unwrap());
            }
        }
    }

    #[test]
    fn amx_tiles_give_the_vnni_kernels_bits() {
        if !crate::int8_amx::available() {
            skipped(format_args!(
                "skipped amx_tiles_give_the_vnni_kernels_bits: this CPU has no AMX"
            ));
            return;
        }
        let dev = Device::Cpu;
        let (n, k) = (64, 160);
        let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
        let mat = Int8Matrix::from_q8_0(&QTensor::quantize(&w, GgmlDType::Q8_0).unwrap()).unwrap();
        // Every pass size, and more rows than one 16-row AMX pass.
        for m in 1..=35 {
            let x = Tensor::randn(0f32, 1.0, (m, k), &dev).unwrap();
            let xv = x.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            let vnni = mat.matmul_on(&xv, m, false).unwrap();
            let amx = mat.matmul_on(&xv, m, true).unwrap();
            assert_eq!(amx, vnni, "{m} rows");
            // A row alone (always VNNI) equals its place in the pass.
            let first = mat.matmul_on(&xv[..k], 1, false).unwrap();
            assert_eq!(&amx[..n], &first[..], "{m} rows");
        }
    }

    #[test]
    fn the_avx2_kernel_gives_the_vnni_kernels_bits() {
        if !(vnni() && avx2()) {
            skipped(format_args!(
                "skipped the_avx2_kernel_gives_the_vnni_kernels_bits: this CPU lacks AVX-512 VNNI"
            ));
            return;
        }
        let dev = Device::Cpu;
        let (n, k) = (64, 160);
        for format in [GgmlDType::Q8_0, GgmlDType::Q5_0] {
            let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
            let mat = Int8Matrix::from_qtensor(&QTensor::quantize(&w, format).unwrap()).unwrap();
            for m in 1..=19 {
                let x = Tensor::randn(0f32, 1.0, (m, k), &dev).unwrap();
                let xv = x.flatten_all().unwrap().to_vec1::<f32>().unwrap();
                let vnni = mat.matmul_with(&xv, m, false, true).unwrap();
                let avx2 = mat.matmul_with(&xv, m, false, false).unwrap();
                assert_eq!(avx2, vnni, "{format:?} {m} rows");
            }
        }
    }

    #[test]
    fn guided_ranges_cover_every_item_once() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        for n in [0, 1, 2, 3, 5, 17, 64, 100, 1000, 4096] {
            let hits: Vec<AtomicUsize> = (0..n).map(|_| AtomicUsize::new(0)).collect();
            execute_guided(n, |range| {
                for i in range {
                    hits[i].fetch_add(1, Ordering::Relaxed);
                }
            });
            assert!(hits.iter().all(|h| h.load(Ordering::Relaxed) == 1), "n {n}");
            // From one of the pool's threads (a nested call) it runs inline instead of waiting
            // for itself. (The calling thread, which runs the last share as `tid ==
            // n_workers`, must not nest: candle's own pool calls deadlock there too.)
            let pool = candle_core::utils::barrier_pool();
            let nested = AtomicUsize::new(0);
            pool.execute(|tid| {
                if tid < pool.n_workers() {
                    execute_guided(n, |range| {
                        nested.fetch_add(range.len(), Ordering::Relaxed);
                    })
                }
            });
            assert_eq!(nested.load(Ordering::Relaxed), n * pool.n_workers(), "n {n}");
        }
    }

    #[test]
    fn simd_quantization_equals_the_scalar_one() {
        #[cfg(target_arch = "x86_64")]
        if vnni() {
            // Random blocks plus blocks whose scaled values land exactly on .5 (ties round away
            // from zero) and just beside it.
            let mut blocks: Vec<Vec<f32>> = (0..2000u32)
                .map(|b| {
                    (0..32u32)
                        .map(|i| {
                            let h =
                                b.wrapping_mul(2_654_435_761).wrapping_add(i.wrapping_mul(40_503));
                            ((h % 20_001) as f32 - 10_000.0) * 1e-3 * (1 + b % 7) as f32
                        })
                        .collect()
                })
                .collect();
            for t in [0.5f32, 1.5, 2.5, 63.5, 126.5] {
                for delta in [0.0f32, 1e-6, -1e-6] {
                    let mut v = vec![127.0f32; 32];
                    v[1] = -127.0;
                    for (i, x) in v.iter_mut().enumerate().skip(2) {
                        let y = (t + delta) * if i % 2 == 0 { 1.0 } else { -1.0 };
                        *x = y;
                    }
                    blocks.push(v);
                }
            }
            blocks.push(vec![0.0; 32]);
            for xs in &blocks {
                let (mut a, mut b) = ([0i8; 32], [0i8; 32]);
                let want = quantize_block(xs, &mut a);
                // SAFETY: vnni() (AVX-512F) checked above.
                let got = unsafe { quantize_block_avx512(xs, &mut b) };
                assert_eq!((got, b), (want, a), "{xs:?}");
            }
        }
    }

    #[test]
    fn equals_the_q8_0_products_it_models() {
        equals_the_products_it_models(GgmlDType::Q8_0);
    }

    #[test]
    fn equals_the_q5_0_products_it_models() {
        equals_the_products_it_models(GgmlDType::Q5_0);
    }

    fn equals_the_products_it_models(format: GgmlDType) {
        if !available() {
            skipped(format_args!(
                "skipped the {format:?} kernel test: this CPU has neither AVX-512 VNNI nor AVX2"
            ));
            return;
        }
        let dev = Device::Cpu;
        let (n, k) = (48, 96);
        let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
        let qt = QTensor::quantize(&w, format).unwrap();
        let mat = Int8Matrix::from_qtensor(&qt).unwrap();
        assert_eq!(mat.format().ggml(), format);
        let wd = qt.dequantize(&dev).unwrap().to_vec2::<f32>().unwrap();
        // Row counts below, at and past the kernel's row tile, so the staged tiles of every
        // chunk land in their columns of the `[m][n]` rows.
        for m in [1, 3, 6, 8, 9, 17] {
            let x = Tensor::randn(0f32, 1.0, (m, k), &dev).unwrap();
            let xv = x.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            let got = mat.matmul(&xv, m).unwrap();
            // First principles: the same sum over dequantized weights and dequantized
            // activations, in f64.
            let acts = quantize_rows(&xv, m, k);
            for i in 0..m {
                for (j, wrow) in wd.iter().enumerate() {
                    let want: f64 = (0..k)
                        .map(|c| {
                            wrow[c] as f64
                                * acts.q[i * k + c] as f64
                                * acts.d[i * k / 32 + c / 32] as f64
                        })
                        .sum();
                    let g = got[i * n + j] as f64;
                    assert!(
                        (g - want).abs() <= 1e-4 * (1.0 + want.abs()),
                        "{format:?} m {m} [{i},{j}]: {g} vs {want}"
                    );
                }
            }
        }
    }
}
