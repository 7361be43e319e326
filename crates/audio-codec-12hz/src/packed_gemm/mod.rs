//! `dst[M, N] += lhs[M, K] @ W[K, N]` for a fixed weight `W`, packed once at load.
//!
//! The codec's convs multiply small-to-large activation blocks by the same weights on every
//! step. A general GEMM repacks the weight on each call, which costs as much as the
//! arithmetic when a step carries one frame (block 1's transposed conv alone is 75 MB of
//! weights against 4 input rows). Here the weight lives in 16-column panels (`[K][16]` each),
//! so the kernel streams it as stored, and a tile of up to 8 rows x 16 or 32 columns is
//! accumulated in registers with one broadcast per row and k.
//!
//! Every output sums `k = 0, 1, ...` in order within blocks of [`KC`], and adds each block's sum
//! to `dst` (the bias, then earlier blocks): the arithmetic of a row does not depend on how many
//! rows a call has or on how the columns are split across threads. Two precisions:
//! - f32 ([`f32_tiles`]): one FMA per k. Without AVX2 the `gemm` crate does the work.
//! - bf16 ([`bf16_tiles`]): weights and activations rounded to bfloat16, products summed in f32
//!   by pairs of k, as AVX-512 BF16's `vdpbf16ps` does: half the weight memory and, where the
//!   CPU has the instruction, twice the multiply-adds per cycle. CPUs without it compute the
//!   same bits with FMAs.

/// `$f::<R>(args...)` for a tile of `$rows` rows, 1 to 8: one instance per row count keeps the
/// accumulators in registers (the AVX-512 kernels of both precisions).
macro_rules! dispatch_rows {
    ($rows:expr, $f:ident, $($arg:expr),*) => {
        match $rows {
            1 => $f::<1>($($arg),*),
            2 => $f::<2>($($arg),*),
            3 => $f::<3>($($arg),*),
            4 => $f::<4>($($arg),*),
            5 => $f::<5>($($arg),*),
            6 => $f::<6>($($arg),*),
            7 => $f::<7>($($arg),*),
            8 => $f::<8>($($arg),*),
            _ => unreachable!("tiles have 1 to 8 rows"),
        }
    };
}

mod bf16_tiles;
mod f32_tiles;

use gemm::Parallelism;

use crate::dtype::CodecDtype;

use bf16_tiles::Bf16Tiles;
pub use bf16_tiles::native as bf16_native;
use f32_tiles as simd;

/// Reduction block: a `[KC][16]` weight micro-panel (16 KB in f32) stays in L1. Even, so that
/// bf16 pairs of k never straddle two blocks.
const KC: usize = 256;
/// Row block: an `[MC, KC]` activation block (123 KB) stays in L2 across the panels.
const MC: usize = 120;
/// Columns per panel, and the most rows of a register tile.
const NR: usize = 16;
const MR_MAX: usize = 8;
/// Below this many multiply-adds one thread is faster than two.
const PARALLEL_MIN_MACS: usize = 1 << 18;

#[derive(Debug, Clone)]
pub struct PackedMatrix {
    k: usize,
    n: usize,
    data: Panels,
}

#[derive(Debug, Clone)]
enum Panels {
    /// AVX2: `[ceil(n / 16)][k][16]`, zero-padded columns. Otherwise row-major `[k, n]`.
    F32(Vec<f32>),
    /// `[ceil(n / 16)][ceil(k / 2)][16][2]` bfloat16 bits: k pairs, zero-padded.
    Bf16(Vec<u16>),
}

impl PackedMatrix {
    /// From a row-major `[k, n]` matrix, in f32.
    pub fn new(rows: &[f32], k: usize, n: usize) -> Self {
        Self::with_precision(rows, k, n, CodecDtype::F32)
    }

    /// From a row-major `[k, n]` matrix, stored and multiplied in `precision`.
    pub fn with_precision(rows: &[f32], k: usize, n: usize, precision: CodecDtype) -> Self {
        assert_eq!(rows.len(), k * n, "matrix has the wrong size");
        let data = match precision {
            CodecDtype::F32 if !simd::AVAILABLE => Panels::F32(rows.to_vec()),
            CodecDtype::F32 => Panels::F32(pack::<_, 1>(rows, k, n, |x| x, 0.0)),
            CodecDtype::Bf16 => Panels::Bf16(pack::<_, 2>(rows, k, n, bf16_tiles::round, 0)),
        };
        Self { k, n, data }
    }

    #[cfg(test)]
    pub fn precision(&self) -> CodecDtype {
        match self.data {
            Panels::F32(_) => CodecDtype::F32,
            Panels::Bf16(_) => CodecDtype::Bf16,
        }
    }

    /// `dst[g.dst_start + r * g.dst_rs ..][..n] += lhs[g.lhs_start + r * g.lhs_rs ..][..k] @ W`
    /// for every group `g` and `r < g.rows`. Rows of `lhs` may overlap (a conv's padded input
    /// read in place); groups (a dilated conv's phases) share each pass over the weight.
    pub fn matmul_acc(&self, lhs: &[f32], dst: &mut [f32], groups: &[RowGroup], par: Parallelism) {
        let mut macs = 0;
        for g in groups.iter().filter(|g| g.rows > 0) {
            assert!(
                g.lhs_start + (g.rows - 1) * g.lhs_rs + self.k <= lhs.len(),
                "matmul input too short"
            );
            assert!(
                g.dst_start + (g.rows - 1) * g.dst_rs + self.n <= dst.len(),
                "matmul output too short"
            );
            macs += g.rows * self.k * self.n;
        }
        let threads = match par {
            Parallelism::None => 1,
            _ if macs < PARALLEL_MIN_MACS => 1,
            _ => rayon::current_num_threads(),
        };
        match &self.data {
            Panels::F32(w) if simd::AVAILABLE => {
                let tiles = F32Tiles { wide: simd::avx512() };
                self.packed_matmul(&tiles, w, lhs, dst, groups, threads);
            }
            Panels::F32(_) => {
                for g in groups.iter().filter(|g| g.rows > 0) {
                    let dst = &mut dst[g.dst_start..];
                    self.gemm_crate_matmul(
                        g.rows,
                        &lhs[g.lhs_start..],
                        g.lhs_rs,
                        dst,
                        g.dst_rs,
                        threads,
                    );
                }
            }
            Panels::Bf16(w) => bf16_tiles::with_rounded(lhs, |lhs| {
                self.packed_matmul(&Bf16Tiles::detect(), w, lhs, dst, groups, threads)
            }),
        }
    }

    /// Columns split by panels across threads (or, for few panels, rows by blocks); each
    /// thread runs the whole reduction for its part, so threads never wait on each other.
    fn packed_matmul<T: Tiles>(
        &self,
        kernel: &T,
        w: &[T::W],
        lhs: &[T::X],
        dst: &mut [f32],
        groups: &[RowGroup],
        threads: usize,
    ) {
        // Register tiles of every group, in blocks of about MC rows whose activations stay in
        // L2 while each weight micro-panel (in L1) passes over all of them.
        let mr = kernel.max_rows();
        let mut tiles = Vec::new();
        let mut blocks = vec![0];
        let mut block_rows = 0;
        for g in groups {
            for r0 in (0..g.rows).step_by(mr) {
                let rows = mr.min(g.rows - r0);
                if block_rows + rows > MC {
                    blocks.push(tiles.len());
                    block_rows = 0;
                }
                tiles.push(RowGroup {
                    rows,
                    lhs_start: g.lhs_start + r0 * g.lhs_rs,
                    dst_start: g.dst_start + r0 * g.dst_rs,
                    ..*g
                });
                block_rows += rows;
            }
        }
        blocks.push(tiles.len());
        let panels = self.n.div_ceil(NR);
        let dst_ptr = SendPtr(dst.as_mut_ptr());
        let row_blocks = blocks.len() - 1;
        if threads > 1 && panels < 4 * threads && row_blocks >= 2 * threads {
            // Few panels over many rows (the narrow convs at the output rate): split by
            // rows, so that every thread runs whole panel pairs and none sits idle.
            use rayon::prelude::*;
            let per_task = row_blocks.div_ceil(threads);
            (0..row_blocks).into_par_iter().step_by(per_task).for_each(|b| {
                let blocks = &blocks[b..=(b + per_task).min(row_blocks)];
                // SAFETY: as below; tasks write disjoint rows (tiles of different blocks).
                unsafe { self.panel_range(kernel, w, 0, panels, lhs, dst_ptr, &tiles, blocks) }
            });
            return;
        }
        let per_task = panels.div_ceil(threads.clamp(1, panels));
        let run = |first: usize| {
            let last = (first + per_task).min(panels);
            // SAFETY: `matmul_acc` asserted that every group's rows lie inside `lhs` and
            // `dst`; tasks write disjoint column ranges (panels first..last) of the rows.
            unsafe { self.panel_range(kernel, w, first, last, lhs, dst_ptr, &tiles, &blocks) }
        };
        if per_task >= panels {
            run(0);
        } else {
            use rayon::prelude::*;
            (0..panels).into_par_iter().step_by(per_task).for_each(run);
        }
    }

    /// # Safety
    /// Every tile's rows lie inside `lhs` (k values each) and `dst` (n values each), and no
    /// other thread touches the columns of panels `first..last` of the tiles of `blocks`.
    #[allow(clippy::too_many_arguments)]
    unsafe fn panel_range<T: Tiles>(
        &self,
        kernel: &T,
        data: &[T::W],
        first: usize,
        last: usize,
        lhs: &[T::X],
        dst: SendPtr,
        tiles: &[RowGroup],
        blocks: &[usize],
    ) {
        let mut tmp = [0f32; MR_MAX * NR];
        let wide = kernel.pairs();
        // A panel's k rows as stored (bf16 pads k to whole pairs).
        let stride = kernel.stored(self.k);
        for k0 in (0..self.k).step_by(KC) {
            let kc = KC.min(self.k - k0);
            let panel = |q: usize| {
                let at = (q * stride + k0) * NR;
                &data[at..at + kernel.stored(kc) * NR]
            };
            for block in blocks.windows(2) {
                let mut p = first;
                while p < last {
                    let w = panel(p);
                    let cols = NR.min(self.n - p * NR);
                    if wide && p + 1 < last && (p + 2) * NR <= self.n {
                        // Two full panels per pass: 2 x rows accumulators.
                        let w2 = panel(p + 1);
                        // The weights of the next pass, fetched into L2 during this one: a
                        // streaming step's few rows do too little arithmetic per weight to hide
                        // the memory latency, and the prefetchers stop at page boundaries.
                        let ahead = |q: usize| panel(q).as_ptr();
                        // Every tile of a block of a few tiles asks again (a prefetch that finds
                        // no free buffer is dropped); in larger blocks only the first one does.
                        let block_tiles = &tiles[block[0]..block[1]];
                        let prefetch = if p + 3 < last && (p + 4) * NR <= self.n {
                            Some([ahead(p + 2), ahead(p + 3)])
                        } else if p + 2 < last {
                            Some([ahead(p + 2), ahead(p + 2)])
                        } else {
                            None
                        };
                        for (i, tile) in block_tiles.iter().enumerate() {
                            let prefetch = prefetch.filter(|_| i == 0 || block_tiles.len() <= 4);
                            let x = &lhs[tile.lhs_start + k0..];
                            // SAFETY: as for `tile` below, for 32 columns.
                            unsafe {
                                let out = dst.0.add(tile.dst_start + p * NR);
                                kernel.tile_pair(
                                    tile.rows,
                                    kc,
                                    x,
                                    tile.lhs_rs,
                                    [w, w2],
                                    prefetch,
                                    out,
                                    tile.dst_rs,
                                )
                            };
                        }
                        p += 2;
                        continue;
                    }
                    for tile in &tiles[block[0]..block[1]] {
                        let (rows, dst_rs) = (tile.rows, tile.dst_rs);
                        let x = &lhs[tile.lhs_start + k0..];
                        // SAFETY (all three calls): `x` holds `rows` rows of `kc` values at
                        // stride lhs_rs; `w` holds kc x 16; the destination holds `rows` rows
                        // of 16 (or `cols`) at its stride (the caller's contract).
                        let out = unsafe { dst.0.add(tile.dst_start + p * NR) };
                        if cols == NR {
                            unsafe { kernel.tile(rows, kc, x, tile.lhs_rs, w, out, dst_rs) };
                        } else {
                            for r in 0..rows {
                                let src = unsafe {
                                    std::slice::from_raw_parts(out.add(r * dst_rs), cols)
                                };
                                tmp[r * NR..r * NR + cols].copy_from_slice(src);
                            }
                            unsafe {
                                kernel.tile(rows, kc, x, tile.lhs_rs, w, tmp.as_mut_ptr(), NR)
                            };
                            for r in 0..rows {
                                let dst = unsafe {
                                    std::slice::from_raw_parts_mut(out.add(r * dst_rs), cols)
                                };
                                dst.copy_from_slice(&tmp[r * NR..r * NR + cols]);
                            }
                        }
                    }
                    p += 1;
                }
            }
        }
    }

    fn gemm_crate_matmul(
        &self,
        m: usize,
        lhs: &[f32],
        lhs_rs: usize,
        dst: &mut [f32],
        dst_rs: usize,
        threads: usize,
    ) {
        let Panels::F32(data) = &self.data else { unreachable!("the gemm crate multiplies f32") };
        if m == 1 {
            // For one row gemm takes a GEMV path that sums in another order; two copies of the
            // row keep its arithmetic the same as in a larger call.
            let lhs2 = lhs[..self.k].repeat(2);
            let mut dst2 = dst[..self.n].repeat(2);
            self.gemm_crate_matmul(2, &lhs2, self.k, &mut dst2, self.n, threads);
            dst[..self.n].copy_from_slice(&dst2[..self.n]);
            return;
        }
        let par = if threads > 1 { Parallelism::Rayon(threads) } else { Parallelism::None };
        // SAFETY: `matmul_acc` asserted the extents of `lhs` and `dst`; `data` is `[k, n]`.
        unsafe {
            gemm::gemm(
                m,
                self.n,
                self.k,
                dst.as_mut_ptr(),
                1,
                dst_rs as isize,
                true,
                lhs.as_ptr(),
                1,
                lhs_rs as isize,
                data.as_ptr(),
                1,
                self.n as isize,
                1.0,
                1.0,
                false,
                false,
                false,
                par,
            );
        }
    }
}

/// Row-major `[k, n]` -> `[ceil(n / 16)][ceil(k / G) * G][16]` with `G` consecutive k per
/// column (`[k / G][16][G]`), each value converted by `convert`, padded with `zero`.
fn pack<T: Copy, const G: usize>(
    rows: &[f32],
    k: usize,
    n: usize,
    convert: impl Fn(f32) -> T,
    zero: T,
) -> Vec<T> {
    let (panels, kp) = (n.div_ceil(NR), k.div_ceil(G) * G);
    let mut data = vec![zero; panels * kp * NR];
    for p in 0..panels {
        let cols = NR.min(n - p * NR);
        for kk in 0..k {
            let src = &rows[kk * n + p * NR..kk * n + p * NR + cols];
            let at = (p * kp + kk - kk % G) * NR + kk % G;
            for (c, &v) in src.iter().enumerate() {
                data[at + c * G] = convert(v);
            }
        }
    }
    data
}

/// A register-tile kernel over one precision's packed weights (`W`) and activations (`X`).
trait Tiles: Sync {
    type W: Sync;
    type X: Sync;

    /// The most rows of a tile.
    fn max_rows(&self) -> usize;

    /// Whether [`Self::tile_pair`] runs (two panels per pass).
    fn pairs(&self) -> bool;

    /// Stored rows of a panel for `k` reduction steps.
    fn stored(&self, k: usize) -> usize;

    /// `dst[r][0..16] += sum_k x[r * x_rs + k] * w[k][0..16]` for `r < rows`.
    ///
    /// # Safety
    /// `x` has `rows` rows of `kc` values at stride `x_rs`, `w` holds `stored(kc)` rows of 16,
    /// `dst` has `rows` rows of 16 values at stride `dst_rs`.
    #[allow(clippy::too_many_arguments)]
    unsafe fn tile(
        &self,
        rows: usize,
        kc: usize,
        x: &[Self::X],
        x_rs: usize,
        w: &[Self::W],
        dst: *mut f32,
        dst_rs: usize,
    );

    /// [`Self::tile`] over two adjacent panels, `dst[r][0..16]` with `w[0]`, `dst[r][16..32]`
    /// with `w[1]`, while `prefetch` (the next pass's two panels at the same `k`) is fetched
    /// into L2.
    ///
    /// # Safety
    /// As for [`Self::tile`], with 32 destination values per row; only when [`Self::pairs`].
    #[allow(clippy::too_many_arguments)]
    unsafe fn tile_pair(
        &self,
        rows: usize,
        kc: usize,
        x: &[Self::X],
        x_rs: usize,
        w: [&[Self::W]; 2],
        prefetch: Option<[*const Self::W; 2]>,
        dst: *mut f32,
        dst_rs: usize,
    );
}

/// The f32 tiles ([`f32_tiles`]); only where they are compiled in (AVX2 and FMA).
struct F32Tiles {
    /// AVX-512: 8-row tiles, two panels per pass.
    wide: bool,
}

impl Tiles for F32Tiles {
    type W = f32;
    type X = f32;

    fn max_rows(&self) -> usize {
        if self.wide { 8 } else { 6 }
    }

    fn pairs(&self) -> bool {
        self.wide
    }

    fn stored(&self, k: usize) -> usize {
        k
    }

    unsafe fn tile(
        &self,
        rows: usize,
        kc: usize,
        x: &[f32],
        x_rs: usize,
        w: &[f32],
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: forwarded from the caller.
        unsafe { simd::tile(rows, kc, x, x_rs, w, dst, dst_rs) }
    }

    unsafe fn tile_pair(
        &self,
        rows: usize,
        kc: usize,
        x: &[f32],
        x_rs: usize,
        w: [&[f32]; 2],
        prefetch: Option<[*const f32; 2]>,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: forwarded from the caller.
        unsafe { simd::tile_pair(rows, kc, x, x_rs, w[0], w[1], prefetch, dst, dst_rs) }
    }
}

/// `rows` rows starting at `lhs_start` / `dst_start`, `lhs_rs` / `dst_rs` apart (also a
/// register tile: at most 8 rows of a group).
#[derive(Debug, Clone, Copy)]
pub struct RowGroup {
    pub rows: usize,
    pub lhs_start: usize,
    pub lhs_rs: usize,
    pub dst_start: usize,
    pub dst_rs: usize,
}

#[derive(Clone, Copy)]
struct SendPtr(*mut f32);
// SAFETY: used only to hand disjoint column ranges of one buffer to rayon tasks.
unsafe impl Send for SendPtr {}
unsafe impl Sync for SendPtr {}

/// One line for a skipped test, past the harness's output capture.
#[cfg(test)]
fn skipped(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> f32 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((*seed >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }

    /// The product of the values as the precision stores them, summed in f64.
    fn stored(x: f32, precision: CodecDtype) -> f64 {
        match precision {
            CodecDtype::F32 => x as f64,
            CodecDtype::Bf16 => bf16_tiles::widen(bf16_tiles::round(x)) as f64,
        }
    }

    #[test]
    fn equals_the_f64_product_and_is_independent_of_rows_and_threads() {
        let mut seed = 7;
        let shapes =
            [(1, 5, 3), (13, 300, 16), (7, 513, 40), (130, 270, 96), (2, 1000, 33), (600, 70, 20)];
        for ((m, k, n), precision) in
            shapes.into_iter().flat_map(|s| [(s, CodecDtype::F32), (s, CodecDtype::Bf16)])
        {
            let a: Vec<f32> = (0..m * k).map(|_| lcg(&mut seed)).collect();
            let w: Vec<f32> = (0..k * n).map(|_| lcg(&mut seed)).collect();
            let bias: Vec<f32> = (0..m * n).map(|_| lcg(&mut seed)).collect();
            let packed = PackedMatrix::with_precision(&w, k, n, precision);
            assert_eq!(packed.precision(), precision);
            let mut full = bias.clone();
            let all = RowGroup { rows: m, lhs_start: 0, lhs_rs: k, dst_start: 0, dst_rs: n };
            packed.matmul_acc(&a, &mut full, &[all], Parallelism::Rayon(0));
            let what = format!("{m}x{k}x{n} {precision:?}");
            for r in 0..m {
                for c in 0..n {
                    let truth: f64 = bias[r * n + c] as f64
                        + (0..k)
                            .map(|i| {
                                stored(a[r * k + i], precision) * stored(w[i * n + c], precision)
                            })
                            .sum::<f64>();
                    let got = full[r * n + c] as f64;
                    assert!((got - truth).abs() < 1e-4 * (k as f64).sqrt(), "{what} [{r},{c}]");
                }
            }
            // Row by row, single-threaded: bit-identical.
            let mut rows = bias.clone();
            for r in 0..m {
                let one =
                    RowGroup { rows: 1, lhs_start: r * k, lhs_rs: k, dst_start: r * n, dst_rs: n };
                packed.matmul_acc(&a, &mut rows, &[one], Parallelism::None);
            }
            assert_eq!(rows, full, "{what}");
            // Even rows and odd rows as two interleaved groups: bit-identical.
            let mut split = bias.clone();
            let group = |first: usize| RowGroup {
                rows: (m - first).div_ceil(2),
                lhs_start: first * k,
                lhs_rs: 2 * k,
                dst_start: first * n,
                dst_rs: 2 * n,
            };
            packed.matmul_acc(&a, &mut split, &[group(0), group(1)], Parallelism::Rayon(0));
            assert_eq!(split, full, "{what} in two groups");
        }
    }
}
