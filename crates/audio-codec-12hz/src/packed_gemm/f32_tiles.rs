//! The f32 register tiles of [`super::PackedMatrix`]: AVX2 (6 rows x 16 columns) and, detected
//! at run time, AVX-512 (8 rows x 16 or 32 columns), with the same operations per output.

pub use x86::*;

#[cfg(all(target_arch = "x86_64", target_feature = "avx2", target_feature = "fma"))]
mod x86 {
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
        use super::*;
        use crate::packed_gemm::skipped;

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
            unsafe { dispatch_rows!(rows, rows1, kc, x, x_rs, w, dst, dst_rs) }
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
            unsafe { dispatch_rows!(rows, rows2, kc, x, x_rs, w, w2, prefetch, dst, dst_rs) }
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
mod x86 {
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
