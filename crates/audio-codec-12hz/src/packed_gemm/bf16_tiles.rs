//! The bfloat16 register tiles of [`super::PackedMatrix`].
//!
//! Weights and activations are rounded to bfloat16 (to nearest even; zero and subnormal values
//! to signed zero), and each output sums, for k pairs `(2j, 2j + 1)` in order, first the odd
//! product and then the even one into an f32 accumulator, each addition rounded once. That is
//! what AVX-512 BF16's `vdpbf16ps` computes (the product of two bfloat16 values is exact in
//! f32, so an FMA of the widened values rounds the same way); CPUs without it run the same
//! sequence of FMAs (AVX2) or `f32::mul_add`, and every kernel gives the same bits. The only
//! difference would be a subnormal f32 sum, which `vdpbf16ps` flushes to zero: a sum 1e-38
//! times smaller than the values it adds, which activations and weights of normal size never
//! reach.

use std::cell::Cell;

use super::{NR, Tiles};

/// Whether this CPU has AVX-512 BF16 dot products (`vdpbf16ps`).
pub fn native() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx512f") && std::is_x86_feature_detected!("avx512bf16")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// `x` to bfloat16 bits, to nearest even; zero and subnormal values to signed zero.
#[inline]
pub fn round(x: f32) -> u16 {
    let b = x.to_bits();
    let nearest = b.wrapping_add(0x7fff + ((b >> 16) & 1)) >> 16;
    let zero = (b >> 16) & 0x8000;
    (if b & 0x7f80_0000 == 0 { zero } else { nearest }) as u16
}

/// The f32 value of bfloat16 bits.
#[inline]
pub fn widen(x: u16) -> f32 {
    f32::from_bits((x as u32) << 16)
}

thread_local! {
    /// The rounded activations of the thread's current product, kept to reuse the allocation.
    static ROUNDED: Cell<Vec<u16>> = const { Cell::new(Vec::new()) };
}

/// `f(lhs rounded to bfloat16, plus one zero)`: a kernel reading the pair of an odd last k
/// reads the zero (or the next row's first value) against a zero weight.
pub fn with_rounded<R>(lhs: &[f32], f: impl FnOnce(&[u16]) -> R) -> R {
    // Taken, not borrowed: a rayon thread waiting inside `f` may run another product here.
    let mut buf = ROUNDED.take();
    buf.clear();
    buf.extend(lhs.iter().map(|&x| round(x)));
    buf.push(0);
    let out = f(&buf);
    ROUNDED.set(buf);
    out
}

/// Which kernel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bf16Tiles {
    /// `vdpbf16ps`: 8 rows x 16 or 32 columns.
    Native,
    /// AVX2 FMAs on the widened values: 4 rows x 16 columns.
    Avx2,
    /// `f32::mul_add`, one output at a time.
    Scalar,
}

impl Bf16Tiles {
    /// The fastest kernel this CPU runs.
    pub fn detect() -> Self {
        if native() {
            Self::Native
        } else if avx2::AVAILABLE {
            Self::Avx2
        } else {
            Self::Scalar
        }
    }
}

impl Tiles for Bf16Tiles {
    type W = u16;
    type X = u16;

    fn max_rows(&self) -> usize {
        match self {
            Self::Avx2 => 4,
            Self::Native | Self::Scalar => 8,
        }
    }

    fn pairs(&self) -> bool {
        *self == Self::Native
    }

    fn stored(&self, k: usize) -> usize {
        k.div_ceil(2) * 2
    }

    unsafe fn tile(
        &self,
        rows: usize,
        kc: usize,
        x: &[u16],
        x_rs: usize,
        w: &[u16],
        dst: *mut f32,
        dst_rs: usize,
    ) {
        let pairs = kc.div_ceil(2);
        debug_assert!(w.len() >= pairs * 2 * NR && x.len() >= (rows - 1) * x_rs + 2 * pairs);
        let (x, w) = (x.as_ptr(), w.as_ptr());
        // SAFETY (each arm): bounds as documented on `Tiles::tile`; the arm's CPU features hold.
        match self {
            Self::Native => unsafe { native::tile1(rows, pairs, x, x_rs, w, dst, dst_rs) },
            Self::Avx2 => unsafe { avx2::tile(rows, pairs, x, x_rs, w, dst, dst_rs) },
            Self::Scalar => unsafe { scalar_tile(rows, pairs, x, x_rs, w, dst, dst_rs) },
        }
    }

    unsafe fn tile_pair(
        &self,
        rows: usize,
        kc: usize,
        x: &[u16],
        x_rs: usize,
        w: [&[u16]; 2],
        prefetch: Option<[*const u16; 2]>,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        assert_eq!(*self, Self::Native, "only the AVX-512 BF16 kernel runs two panels");
        let pairs = kc.div_ceil(2);
        debug_assert!(w.iter().all(|w| w.len() >= pairs * 2 * NR));
        let (x, w) = (x.as_ptr(), [w[0].as_ptr(), w[1].as_ptr()]);
        // SAFETY: bounds as documented on `Tiles::tile_pair`; the CPU has AVX-512 BF16.
        unsafe { native::tile2(rows, pairs, x, x_rs, w, prefetch, dst, dst_rs) }
    }
}

/// `dst[r][c] += sum_j (x[2j + 1] w[j][c][1], then x[2j] w[j][c][0])` one output at a time.
///
/// # Safety
/// `x` has `rows` rows of `2 * pairs` values at stride `x_rs`, `w` holds `pairs * 32` values,
/// `dst` has `rows` rows of 16 at stride `dst_rs`.
unsafe fn scalar_tile(
    rows: usize,
    pairs: usize,
    x: *const u16,
    x_rs: usize,
    w: *const u16,
    dst: *mut f32,
    dst_rs: usize,
) {
    // SAFETY: bounds as documented.
    unsafe {
        for r in 0..rows {
            for c in 0..NR {
                let mut acc = 0f32;
                for j in 0..pairs {
                    let (xp, wp) = (x.add(r * x_rs + 2 * j), w.add(j * 2 * NR + 2 * c));
                    acc = widen(*xp.add(1)).mul_add(widen(*wp.add(1)), acc);
                    acc = widen(*xp).mul_add(widen(*wp), acc);
                }
                *dst.add(r * dst_rs + c) += acc;
            }
        }
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "avx2", target_feature = "fma"))]
mod avx2 {
    use std::arch::x86_64::*;

    pub const AVAILABLE: bool = true;

    /// [`super::scalar_tile`] with 8-lane FMAs, at most 4 rows.
    ///
    /// # Safety
    /// As for [`super::scalar_tile`].
    pub unsafe fn tile(
        rows: usize,
        pairs: usize,
        x: *const u16,
        x_rs: usize,
        w: *const u16,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: forwarded from the caller.
        unsafe {
            match rows {
                1 => rows_of::<1>(pairs, x, x_rs, w, dst, dst_rs),
                2 => rows_of::<2>(pairs, x, x_rs, w, dst, dst_rs),
                3 => rows_of::<3>(pairs, x, x_rs, w, dst, dst_rs),
                4 => rows_of::<4>(pairs, x, x_rs, w, dst, dst_rs),
                _ => unreachable!("AVX2 bf16 tiles have 1 to 4 rows"),
            }
        }
    }

    /// Each 32-bit lane of a pair holds bf16 `2j` in its low half and `2j + 1` in its high
    /// half: the odd value is the lane with the low half cleared, the even one the lane
    /// shifted up.
    #[inline(always)]
    unsafe fn split(v: __m256i, high: __m256i) -> (__m256, __m256) {
        // SAFETY: register operations only (AVX2 is compiled in).
        unsafe {
            (
                _mm256_castsi256_ps(_mm256_and_si256(v, high)),
                _mm256_castsi256_ps(_mm256_slli_epi32(v, 16)),
            )
        }
    }

    #[inline(always)]
    unsafe fn rows_of<const R: usize>(
        pairs: usize,
        x: *const u16,
        x_rs: usize,
        w: *const u16,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: bounds as documented on `tile`.
        unsafe {
            let high = _mm256_set1_epi32(0xffff_0000u32 as i32);
            let mut acc = [[_mm256_setzero_ps(); 2]; R];
            for j in 0..pairs {
                let (w0o, w0e) = split(_mm256_loadu_si256(w.add(j * 32).cast()), high);
                let (w1o, w1e) = split(_mm256_loadu_si256(w.add(j * 32 + 16).cast()), high);
                for (r, a) in acc.iter_mut().enumerate() {
                    let pair = x.add(r * x_rs + 2 * j).cast::<i32>().read_unaligned();
                    let (xo, xe) = split(_mm256_set1_epi32(pair), high);
                    a[0] = _mm256_fmadd_ps(xe, w0e, _mm256_fmadd_ps(xo, w0o, a[0]));
                    a[1] = _mm256_fmadd_ps(xe, w1e, _mm256_fmadd_ps(xo, w1o, a[1]));
                }
            }
            for (r, a) in acc.iter().enumerate() {
                let (lo, hi) = (dst.add(r * dst_rs), dst.add(r * dst_rs + 8));
                _mm256_storeu_ps(lo, _mm256_add_ps(_mm256_loadu_ps(lo), a[0]));
                _mm256_storeu_ps(hi, _mm256_add_ps(_mm256_loadu_ps(hi), a[1]));
            }
        }
    }
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "avx2", target_feature = "fma")))]
mod avx2 {
    pub const AVAILABLE: bool = false;

    pub unsafe fn tile(
        _: usize,
        _: usize,
        _: *const u16,
        _: usize,
        _: *const u16,
        _: *mut f32,
        _: usize,
    ) {
        unreachable!("the AVX2 bf16 kernel is not compiled in")
    }
}

/// `vdpbf16ps` tiles: 8 rows x 16 columns, or x 32 over two panels.
#[cfg(target_arch = "x86_64")]
mod native {
    use std::arch::x86_64::*;

    /// # Safety
    /// As for [`super::scalar_tile`]; the CPU has AVX-512F and AVX-512 BF16.
    #[target_feature(enable = "avx512f,avx512bf16")]
    pub unsafe fn tile1(
        rows: usize,
        pairs: usize,
        x: *const u16,
        x_rs: usize,
        w: *const u16,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: forwarded from the caller.
        unsafe { dispatch_rows!(rows, rows1, pairs, x, x_rs, w, dst, dst_rs) }
    }

    /// # Safety
    /// As for [`tile1`] for each of `w`, with 32 destination values per row.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx512f,avx512bf16")]
    pub unsafe fn tile2(
        rows: usize,
        pairs: usize,
        x: *const u16,
        x_rs: usize,
        w: [*const u16; 2],
        prefetch: Option<[*const u16; 2]>,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: forwarded from the caller.
        unsafe {
            match prefetch {
                Some(ahead) => {
                    dispatch_rows!(rows, rows2, pairs, x, x_rs, w, ahead, true, dst, dst_rs)
                }
                None => dispatch_rows!(rows, rows2, pairs, x, x_rs, w, w, false, dst, dst_rs),
            }
        }
    }

    /// Row `r`'s pair `j` in every lane.
    #[inline(always)]
    unsafe fn pair(x: *const u16, at: usize) -> __m512bh {
        // SAFETY: the caller's bounds; a bit cast between two 512-bit vector types.
        unsafe { std::mem::transmute(_mm512_set1_epi32(x.add(at).cast::<i32>().read_unaligned())) }
    }

    #[inline(always)]
    unsafe fn weights(w: *const u16) -> __m512bh {
        // SAFETY: the caller's bounds; a bit cast between two 512-bit vector types.
        unsafe { std::mem::transmute(_mm512_loadu_si512(w.cast())) }
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512bf16")]
    unsafe fn rows1<const R: usize>(
        pairs: usize,
        x: *const u16,
        x_rs: usize,
        w: *const u16,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: bounds as documented on `tile1`.
        unsafe {
            let mut acc = [_mm512_setzero_ps(); R];
            for j in 0..pairs {
                let wv = weights(w.add(j * 32));
                for (r, a) in acc.iter_mut().enumerate() {
                    *a = _mm512_dpbf16_ps(*a, pair(x, r * x_rs + 2 * j), wv);
                }
            }
            for (r, a) in acc.iter().enumerate() {
                let d = dst.add(r * dst_rs);
                _mm512_storeu_ps(d, _mm512_add_ps(_mm512_loadu_ps(d), *a));
            }
        }
    }

    /// Two panels; when `PREFETCH`-ing, one line of each of `ahead` per pair into L2.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    #[target_feature(enable = "avx512f,avx512bf16")]
    unsafe fn rows2<const R: usize>(
        pairs: usize,
        x: *const u16,
        x_rs: usize,
        w: [*const u16; 2],
        ahead: [*const u16; 2],
        prefetch: bool,
        dst: *mut f32,
        dst_rs: usize,
    ) {
        // SAFETY: bounds as documented on `tile2`; prefetches do not fault.
        unsafe {
            let mut acc = [[_mm512_setzero_ps(); 2]; R];
            for j in 0..pairs {
                if prefetch {
                    _mm_prefetch::<_MM_HINT_T1>(ahead[0].wrapping_add(j * 32).cast());
                    _mm_prefetch::<_MM_HINT_T1>(ahead[1].wrapping_add(j * 32).cast());
                }
                let (w0, w1) = (weights(w[0].add(j * 32)), weights(w[1].add(j * 32)));
                for (r, a) in acc.iter_mut().enumerate() {
                    let xv = pair(x, r * x_rs + 2 * j);
                    a[0] = _mm512_dpbf16_ps(a[0], xv, w0);
                    a[1] = _mm512_dpbf16_ps(a[1], xv, w1);
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

#[cfg(not(target_arch = "x86_64"))]
mod native {
    pub unsafe fn tile1(
        _: usize,
        _: usize,
        _: *const u16,
        _: usize,
        _: *const u16,
        _: *mut f32,
        _: usize,
    ) {
        unreachable!("AVX-512 BF16 is an x86_64 extension")
    }

    #[allow(clippy::too_many_arguments)]
    pub unsafe fn tile2(
        _: usize,
        _: usize,
        _: *const u16,
        _: usize,
        _: [*const u16; 2],
        _: Option<[*const u16; 2]>,
        _: *mut f32,
        _: usize,
    ) {
        unreachable!("AVX-512 BF16 is an x86_64 extension")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_nearest_even_and_flushes_subnormals() {
        let cases: [(u32, u16); 9] = [
            (0x3f80_0000, 0x3f80), // 1.0
            (0x3f80_8000, 0x3f80), // halfway, even stays
            (0x3f81_8000, 0x3f82), // halfway, odd rounds up
            (0x3f80_8001, 0x3f81), // above halfway
            (0xbf80_7fff, 0xbf80), // below halfway, negative
            (0x7f7f_ffff, 0x7f80), // the largest f32 rounds to infinity
            (0x0000_0001, 0x0000), // subnormal to +0
            (0x807f_ffff, 0x8000), // subnormal to -0
            (0x0080_0000, 0x0080), // the smallest normal stays
        ];
        for (bits, want) in cases {
            assert_eq!(round(f32::from_bits(bits)), want, "{bits:#010x}");
        }
        assert_eq!(widen(0x3f80), 1.0);
        assert!(widen(round(f32::NAN)).is_nan());
    }

    /// Every kernel this CPU runs against the scalar one bit for bit (the sequence of roundings
    /// is the same), and the scalar one against the f64 sum of the rounded values.
    #[test]
    fn kernels_agree_bit_for_bit_and_with_f64() {
        let (x_rs, max_pairs) = (301, 120);
        let x: Vec<u16> =
            (0..8 * x_rs + 1).map(|i| round(((i * 7919 % 1000) as f32 - 500.0) / 250.0)).collect();
        let w: Vec<u16> = (0..2 * max_pairs * 32)
            .map(|i| round(((i * 104729 % 997) as f32 - 498.0) / 300.0))
            .collect();
        let (w0, w1) = (&w[..max_pairs * 32], &w[max_pairs * 32..]);
        for (rows, kc) in [(1usize, 1usize), (3, 7), (4, 64), (5, 211), (8, 240), (2, 2)] {
            let pairs = kc.div_ceil(2);
            let scalar = |w: &[u16], dst: &mut [f32]| {
                // SAFETY: x has 8 rows of x_rs >= 2 * pairs values, w pairs x 32, dst rows of 32.
                unsafe {
                    scalar_tile(rows, pairs, x.as_ptr(), x_rs, w.as_ptr(), dst.as_mut_ptr(), 32)
                }
            };
            let mut want = vec![0.5f32; rows * 32];
            scalar(w0, &mut want[..]);
            scalar(w1, &mut want[16..]);
            for r in 0..rows {
                for c in 0..32 {
                    let (wh, cc) = if c < 16 { (w0, c) } else { (w1, c - 16) };
                    let truth: f64 = 0.5
                        + (0..2 * pairs)
                            .map(|k| {
                                let wk = wh[(k / 2) * 32 + 2 * cc + k % 2];
                                widen(x[r * x_rs + k]) as f64 * widen(wk) as f64
                            })
                            .sum::<f64>();
                    assert!(
                        (want[r * 32 + c] as f64 - truth).abs() < 1e-4,
                        "rows {rows} [{r},{c}]"
                    );
                }
            }
            let mut tiles = vec![Bf16Tiles::Scalar];
            if avx2::AVAILABLE {
                tiles.push(Bf16Tiles::Avx2);
            }
            if native() {
                tiles.push(Bf16Tiles::Native);
            } else {
                crate::packed_gemm::skipped(format_args!(
                    "skipped the AVX-512 BF16 kernel ({rows} rows): this CPU has no AVX-512 BF16"
                ));
            }
            for tile in tiles {
                if rows > tile.max_rows() {
                    continue;
                }
                let mut one = vec![0.5f32; rows * 32];
                // SAFETY: as above; `tile` runs on this CPU.
                unsafe {
                    tile.tile(rows, kc, &x, x_rs, w0, one.as_mut_ptr(), 32);
                    tile.tile(rows, kc, &x, x_rs, w1, one.as_mut_ptr().add(16), 32);
                }
                assert_eq!(one, want, "{tile:?}, rows {rows}, kc {kc}: one panel");
                if tile.pairs() {
                    let mut two = vec![0.5f32; rows * 32];
                    let ahead = Some([w0.as_ptr(), w1.as_ptr()]);
                    // SAFETY: as above.
                    unsafe {
                        tile.tile_pair(rows, kc, &x, x_rs, [w0, w1], ahead, two.as_mut_ptr(), 32)
                    };
                    assert_eq!(two, want, "{tile:?}, rows {rows}, kc {kc}: two panels");
                }
            }
        }
    }
}
