//! `dst[M, N] += lhs[M, K] @ W[K, N]` for a fixed weight `W`, packed once at load.
//!
//! The codec's convs multiply small-to-large activation blocks by the same weights on every
//! step. A general GEMM repacks the weight on each call, which costs as much as the
//! arithmetic when a step carries one frame (block 1's transposed conv alone is 75 MB of
//! weights against 4 input rows). Here the weight lives in 16-column panels (`[K][16]` each),
//! so the AVX2 kernel streams it as stored, and a tile of up to 6 rows x 16 columns is
//! accumulated in 12 registers with one broadcast per row and k.
//!
//! Every output sums `k = 0, 1, ...` in order with one FMA each within blocks of [`KC`], and adds
//! each block's sum to `dst` (the bias, then earlier blocks): the arithmetic of a row does not
//! depend on how many rows a call has or on how the columns are split across threads. Without AVX2 the
//! `gemm` crate does the work.

use gemm::Parallelism;

/// Reduction block: a `[KC][16]` weight micro-panel (16 KB) stays in L1.
const KC: usize = 256;
/// Row block: an `[MC, KC]` activation block (123 KB) stays in L2 across the panels.
const MC: usize = 120;
/// Columns per panel, and the most rows of a register tile (6 with AVX2, 8 with AVX-512).
const NR: usize = 16;
const MR_MAX: usize = 8;
/// Below this many multiply-adds one thread is faster than two.
const PARALLEL_MIN_MACS: usize = 1 << 18;

#[derive(Debug, Clone)]
pub struct PackedMatrix {
    k: usize,
    n: usize,
    /// AVX2: `[ceil(n / 16)][k][16]`, zero-padded columns. Otherwise row-major `[k, n]`.
    data: Vec<f32>,
}

impl PackedMatrix {
    /// From a row-major `[k, n]` matrix.
    pub fn new(rows: &[f32], k: usize, n: usize) -> Self {
        assert_eq!(rows.len(), k * n, "matrix has the wrong size");
        if !simd::AVAILABLE {
            return Self { k, n, data: rows.to_vec() };
        }
        let panels = n.div_ceil(NR);
        let mut data = vec![0f32; panels * k * NR];
        for p in 0..panels {
            let cols = NR.min(n - p * NR);
            for kk in 0..k {
                let src = &rows[kk * n + p * NR..kk * n + p * NR + cols];
                data[(p * k + kk) * NR..(p * k + kk) * NR + cols].copy_from_slice(src);
            }
        }
        Self { k, n, data }
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
        if simd::AVAILABLE {
            self.packed_matmul(lhs, dst, groups, threads);
        } else {
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
    }

    /// Columns split by panels across threads; each thread runs the whole reduction for its
    /// columns, so threads never wait on each other.
    fn packed_matmul(&self, lhs: &[f32], dst: &mut [f32], groups: &[RowGroup], threads: usize) {
        // Register tiles of every group, in blocks of about MC rows whose activations stay in
        // L2 while each weight micro-panel (in L1) passes over all of them.
        let mr = if simd::avx512() { 8 } else { 6 };
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
        let per_task = panels.div_ceil(threads.clamp(1, panels));
        let dst_ptr = SendPtr(dst.as_mut_ptr());
        let run = |first: usize| {
            let last = (first + per_task).min(panels);
            // SAFETY: `matmul_acc` asserted that every group's rows lie inside `lhs` and
            // `dst`; tasks write disjoint column ranges (panels first..last) of the rows.
            unsafe { self.panel_range(first, last, lhs, dst_ptr, &tiles, &blocks) }
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
    /// other thread touches the columns of panels `first..last`.
    unsafe fn panel_range(
        &self,
        first: usize,
        last: usize,
        lhs: &[f32],
        dst: SendPtr,
        tiles: &[RowGroup],
        blocks: &[usize],
    ) {
        let mut tmp = [0f32; MR_MAX * NR];
        let wide = simd::avx512();
        for k0 in (0..self.k).step_by(KC) {
            let kc = KC.min(self.k - k0);
            for block in blocks.windows(2) {
                let mut p = first;
                while p < last {
                    let w = &self.data[(p * self.k + k0) * NR..(p * self.k + k0 + kc) * NR];
                    let cols = NR.min(self.n - p * NR);
                    if wide && p + 1 < last && (p + 2) * NR <= self.n {
                        // Two full panels per pass (AVX-512): 2 x rows accumulators.
                        let next = (p + 1) * self.k + k0;
                        let w2 = &self.data[next * NR..(next + kc) * NR];
                        // The weights of the next pass, fetched into L2 during this one: a
                        // streaming step's few rows do too little arithmetic per weight to hide
                        // the memory latency, and the prefetchers stop at page boundaries.
                        let ahead = |q: usize| self.data[(q * self.k + k0) * NR..].as_ptr();
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
                                simd::tile_pair(
                                    tile.rows,
                                    kc,
                                    x,
                                    tile.lhs_rs,
                                    w,
                                    w2,
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
                            unsafe { simd::tile(rows, kc, x, tile.lhs_rs, w, out, dst_rs) };
                        } else {
                            for r in 0..rows {
                                let src = unsafe {
                                    std::slice::from_raw_parts(out.add(r * dst_rs), cols)
                                };
                                tmp[r * NR..r * NR + cols].copy_from_slice(src);
                            }
                            unsafe {
                                simd::tile(rows, kc, x, tile.lhs_rs, w, tmp.as_mut_ptr(), NR)
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
                self.data.as_ptr(),
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

#[cfg(all(target_arch = "x86_64", target_feature = "avx2", target_feature = "fma"))]
mod simd {
    use std::arch::x86_64::*;

    pub const AVAILABLE: bool = true;

    /// Whether this CPU runs the AVX-512 kernels (detected at run time; same arithmetic).
    pub fn avx512() -> bool {
        std::is_x86_feature_detected!("avx512f")
    }

    /// `dst[r][0..16] += sum_k x[r * x_rs + k] * w[k][0..16]` for `r < rows`: at most 6 rows
    /// with AVX2, 8 with AVX-512.
    ///
    /// # Safety
    /// `x` has `rows` rows of `kc` values at stride `x_rs`, `w` has `kc * 16` values, `dst`
    /// has `rows` rows of 16 values at stride `dst_rs`.
    #[inline]
    pub unsafe fn tile(
        rows: usize,
        kc: usize,
        x: &[f32],
        x_rs: usize,
        w: &[f32],
        dst: *mut f32,
        dst_rs: usize,
    ) {
        debug_assert!(w.len() >= kc * 16 && (rows == 0 || x.len() >= (rows - 1) * x_rs + kc));
        if avx512() {
            // SAFETY: forwarded from the caller; the CPU has AVX-512F.
            return unsafe { avx512::tile1(rows, kc, x, x_rs, w, dst, dst_rs) };
        }
        // SAFETY: forwarded from the caller.
        unsafe { tile_avx2(rows, kc, x, x_rs, w, dst, dst_rs) }
    }

    /// [`tile`] with 8-lane registers, at most 6 rows.
    ///
    /// # Safety
    /// As for [`tile`].
    pub unsafe fn tile_avx2(
        rows: usize,
        kc: usize,
        x: &[f32],
        x_rs: usize,
        w: &[f32],
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: forwarded from the caller.
        unsafe {
            match rows {
                1 => tile_rows::<1>(kc, x.as_ptr(), x_rs, w.as_ptr(), dst, dst_rs),
                2 => tile_rows::<2>(kc, x.as_ptr(), x_rs, w.as_ptr(), dst, dst_rs),
                3 => tile_rows::<3>(kc, x.as_ptr(), x_rs, w.as_ptr(), dst, dst_rs),
                4 => tile_rows::<4>(kc, x.as_ptr(), x_rs, w.as_ptr(), dst, dst_rs),
                5 => tile_rows::<5>(kc, x.as_ptr(), x_rs, w.as_ptr(), dst, dst_rs),
                6 => tile_rows::<6>(kc, x.as_ptr(), x_rs, w.as_ptr(), dst, dst_rs),
                _ => unreachable!("tiles have 1 to 6 rows"),
            }
        }
    }

    #[inline(always)]
    unsafe fn tile_rows<const R: usize>(
        kc: usize,
        x: *const f32,
        x_rs: usize,
        w: *const f32,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: bounds as documented on `tile`.
        unsafe {
            let mut acc = [[_mm256_setzero_ps(); 2]; R];
            for k in 0..kc {
                let w0 = _mm256_loadu_ps(w.add(k * 16));
                let w1 = _mm256_loadu_ps(w.add(k * 16 + 8));
                for (r, a) in acc.iter_mut().enumerate() {
                    let xv = _mm256_broadcast_ss(&*x.add(r * x_rs + k));
                    a[0] = _mm256_fmadd_ps(xv, w0, a[0]);
                    a[1] = _mm256_fmadd_ps(xv, w1, a[1]);
                }
            }
            // Each block's sum starts from zero and is added once: shorter chains round less.
            for (r, a) in acc.iter().enumerate() {
                let (lo, hi) = (dst.add(r * dst_rs), dst.add(r * dst_rs + 8));
                _mm256_storeu_ps(lo, _mm256_add_ps(_mm256_loadu_ps(lo), a[0]));
                _mm256_storeu_ps(hi, _mm256_add_ps(_mm256_loadu_ps(hi), a[1]));
            }
        }
    }

    /// [`tile`] over two adjacent panels: `dst[r][0..16]` with `w`, `dst[r][16..32]` with `w2`,
    /// while `prefetch` (the next pass's two panels at the same `k`) is fetched into L2.
    ///
    /// # Safety
    /// As for [`tile`], with 32 destination values per row; only when [`avx512`] holds.
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn tile_pair(
        rows: usize,
        kc: usize,
        x: &[f32],
        x_rs: usize,
        w: &[f32],
        w2: &[f32],
        prefetch: Option<[*const f32; 2]>,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        debug_assert!(w.len() >= kc * 16 && w2.len() >= kc * 16);
        // SAFETY: forwarded from the caller.
        unsafe { avx512::tile2(rows, kc, x, x_rs, w, w2, prefetch, dst, dst_rs) }
    }

    #[cfg(test)]
    mod tests {
        /// One line for a skipped test, past the harness's output capture.
        fn skipped(line: std::fmt::Arguments<'_>) {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "{line}");
        }

        use super::*;

        /// The AVX2 kernel (what CPUs without AVX-512 run) against the f64 sum, and the AVX-512
        /// kernels against it bit for bit (their per-output operations are the same).
        #[test]
        fn kernels_agree_bit_for_bit_and_with_f64() {
            let (kc, x_rs) = (211, 300);
            let x: Vec<f32> =
                (0..6 * x_rs).map(|i| ((i * 7919 % 1000) as f32 - 500.0) / 250.0).collect();
            let w: Vec<f32> =
                (0..kc * 32).map(|i| ((i * 104729 % 997) as f32 - 498.0) / 300.0).collect();
            let (w0, w1) = (&w[..kc * 16], &w[kc * 16..]);
            for rows in 1..=6 {
                let mut avx2 = vec![0.5f32; rows * 32];
                // SAFETY: x has 6 rows of x_rs >= kc values, w halves kc x 16, dst rows of 32.
                unsafe {
                    tile_avx2(rows, kc, &x, x_rs, w0, avx2.as_mut_ptr(), 32);
                    tile_avx2(rows, kc, &x, x_rs, w1, avx2.as_mut_ptr().add(16), 32);
                }
                for r in 0..rows {
                    for c in 0..32 {
                        let (wh, cc) = if c < 16 { (w0, c) } else { (w1, c - 16) };
                        let truth: f64 = 0.5
                            + (0..kc)
                                .map(|k| x[r * x_rs + k] as f64 * wh[k * 16 + cc] as f64)
                                .sum::<f64>();
                        assert!(
                            (avx2[r * 32 + c] as f64 - truth).abs() < 1e-4,
                            "rows {rows} [{r},{c}]"
                        );
                    }
                }
                if !avx512() {
                    skipped(format_args!(
                        "skipped the AVX-512 kernels ({rows} rows): this CPU has no AVX-512F"
                    ));
                    continue;
                }
                let (mut one, mut pair) = (vec![0.5f32; rows * 32], vec![0.5f32; rows * 32]);
                // SAFETY: as above; the CPU has AVX-512F.
                unsafe {
                    avx512::tile1(rows, kc, &x, x_rs, w0, one.as_mut_ptr(), 32);
                    avx512::tile1(rows, kc, &x, x_rs, w1, one.as_mut_ptr().add(16), 32);
                    let ahead = Some([w0.as_ptr(), w1.as_ptr()]);
                    avx512::tile2(rows, kc, &x, x_rs, w0, w1, ahead, pair.as_mut_ptr(), 32);
                }
                assert_eq!(one, avx2, "rows {rows}: AVX-512 one panel");
                assert_eq!(pair, avx2, "rows {rows}: AVX-512 two panels");
            }
        }
    }

    /// The same tiles with 16-lane registers: 8 rows x 16 or 8 rows x 32 columns. Per output
    /// the operations are those of the AVX2 kernel (zero, one FMA per k in order, one add into
    /// `dst`), so results are bit-identical.
    mod avx512 {
        use std::arch::x86_64::*;

        macro_rules! dispatch {
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

        #[target_feature(enable = "avx512f")]
        pub unsafe fn tile1(
            rows: usize,
            kc: usize,
            x: &[f32],
            x_rs: usize,
            w: &[f32],
            dst: *mut f32,
            dst_rs: usize,
        ) {
            let (x, w) = (x.as_ptr(), w.as_ptr());
            // SAFETY: bounds as documented on `super::tile`.
            unsafe { dispatch!(rows, rows1, kc, x, x_rs, w, dst, dst_rs) }
        }

        #[allow(clippy::too_many_arguments)]
        #[target_feature(enable = "avx512f")]
        pub unsafe fn tile2(
            rows: usize,
            kc: usize,
            x: &[f32],
            x_rs: usize,
            w: &[f32],
            w2: &[f32],
            prefetch: Option<[*const f32; 2]>,
            dst: *mut f32,
            dst_rs: usize,
        ) {
            let (x, w, w2) = (x.as_ptr(), w.as_ptr(), w2.as_ptr());
            // SAFETY: bounds as documented on `super::tile_pair`.
            unsafe { dispatch!(rows, rows2, kc, x, x_rs, w, w2, prefetch, dst, dst_rs) }
        }

        #[inline]
        #[target_feature(enable = "avx512f")]
        unsafe fn rows1<const R: usize>(
            kc: usize,
            x: *const f32,
            x_rs: usize,
            w: *const f32,
            dst: *mut f32,
            dst_rs: usize,
        ) {
            // SAFETY: bounds as documented on `super::tile`.
            unsafe {
                let mut acc = [_mm512_setzero_ps(); R];
                for k in 0..kc {
                    let wv = _mm512_loadu_ps(w.add(k * 16));
                    for (r, a) in acc.iter_mut().enumerate() {
                        *a = _mm512_fmadd_ps(_mm512_set1_ps(*x.add(r * x_rs + k)), wv, *a);
                    }
                }
                for (r, a) in acc.iter().enumerate() {
                    let d = dst.add(r * dst_rs);
                    _mm512_storeu_ps(d, _mm512_add_ps(_mm512_loadu_ps(d), *a));
                }
            }
        }

        #[allow(clippy::too_many_arguments)]
        #[inline]
        #[target_feature(enable = "avx512f")]
        unsafe fn rows2<const R: usize>(
            kc: usize,
            x: *const f32,
            x_rs: usize,
            w: *const f32,
            w2: *const f32,
            prefetch: Option<[*const f32; 2]>,
            dst: *mut f32,
            dst_rs: usize,
        ) {
            // SAFETY: forwarded from the caller.
            unsafe {
                match prefetch {
                    Some(ahead) => rows2_with::<R, true>(kc, x, x_rs, w, w2, ahead, dst, dst_rs),
                    None => rows2_with::<R, false>(kc, x, x_rs, w, w2, [w, w2], dst, dst_rs),
                }
            }
        }

        /// [`rows2`], prefetching `kc` lines from each of `ahead` into L2 when `PREFETCH`.
        #[allow(clippy::too_many_arguments)]
        #[inline(always)]
        unsafe fn rows2_with<const R: usize, const PREFETCH: bool>(
            kc: usize,
            x: *const f32,
            x_rs: usize,
            w: *const f32,
            w2: *const f32,
            ahead: [*const f32; 2],
            dst: *mut f32,
            dst_rs: usize,
        ) {
            // SAFETY: bounds as documented on `super::tile_pair`; prefetches do not fault.
            unsafe {
                let mut acc = [[_mm512_setzero_ps(); 2]; R];
                for k in 0..kc {
                    if PREFETCH {
                        _mm_prefetch::<_MM_HINT_T1>(ahead[0].wrapping_add(k * 16).cast());
                        _mm_prefetch::<_MM_HINT_T1>(ahead[1].wrapping_add(k * 16).cast());
                    }
                    let (w0, w1) =
                        (_mm512_loadu_ps(w.add(k * 16)), _mm512_loadu_ps(w2.add(k * 16)));
                    for (r, a) in acc.iter_mut().enumerate() {
                        let xv = _mm512_set1_ps(*x.add(r * x_rs + k));
                        a[0] = _mm512_fmadd_ps(xv, w0, a[0]);
                        a[1] = _mm512_fmadd_ps(xv, w1, a[1]);
                    }
                }
                for (r, a) in acc.iter().enumerate() {
                    let d = dst.add(r * dst_rs);
                    _mm512_storeu_ps(d, _mm512_add_ps(_mm512_loadu_ps(d), a[0]));
                    _mm512_storeu_ps(d.add(16), _mm512_add_ps(_mm512_loadu_ps(d.add(16)), a[1]));
                }
            }
        }
    }
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "avx2", target_feature = "fma")))]
mod simd {
    pub const AVAILABLE: bool = false;

    pub fn avx512() -> bool {
        false
    }

    pub unsafe fn tile(_: usize, _: usize, _: &[f32], _: usize, _: &[f32], _: *mut f32, _: usize) {
        unreachable!("the packed kernel needs AVX2 and FMA")
    }

    #[allow(clippy::too_many_arguments)]
    pub unsafe fn tile_pair(
        _: usize,
        _: usize,
        _: &[f32],
        _: usize,
        _: &[f32],
        _: &[f32],
        _: Option<[*const f32; 2]>,
        _: *mut f32,
        _: usize,
    ) {
        unreachable!("the packed kernel needs AVX2 and FMA")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> f32 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((*seed >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }

    #[test]
    fn equals_the_f64_product_and_is_independent_of_rows_and_threads() {
        let mut seed = 7;
        for (m, k, n) in [(1, 5, 3), (13, 300, 16), (7, 513, 40), (130, 270, 96), (2, 1000, 33)] {
            let a: Vec<f32> = (0..m * k).map(|_| lcg(&mut seed)).collect();
            let w: Vec<f32> = (0..k * n).map(|_| lcg(&mut seed)).collect();
            let bias: Vec<f32> = (0..m * n).map(|_| lcg(&mut seed)).collect();
            let packed = PackedMatrix::new(&w, k, n);
            let mut full = bias.clone();
            let all = RowGroup { rows: m, lhs_start: 0, lhs_rs: k, dst_start: 0, dst_rs: n };
            packed.matmul_acc(&a, &mut full, &[all], Parallelism::Rayon(0));
            for r in 0..m {
                for c in 0..n {
                    let truth: f64 = bias[r * n + c] as f64
                        + (0..k).map(|i| a[r * k + i] as f64 * w[i * n + c] as f64).sum::<f64>();
                    let got = full[r * n + c] as f64;
                    assert!(
                        (got - truth).abs() < 1e-4 * (k as f64).sqrt(),
                        "{m}x{k}x{n} [{r},{c}]"
                    );
                }
            }
            // Row by row, single-threaded: bit-identical.
            let mut rows = bias.clone();
            for r in 0..m {
                let one =
                    RowGroup { rows: 1, lhs_start: r * k, lhs_rs: k, dst_start: r * n, dst_rs: n };
                packed.matmul_acc(&a, &mut rows, &[one], Parallelism::None);
            }
            assert_eq!(rows, full, "{m}x{k}x{n}");
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
            assert_eq!(split, full, "{m}x{k}x{n} in two groups");
        }
    }
}
