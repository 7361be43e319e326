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

/// Whether this CPU runs the kernel (checked once at load).
pub fn available() -> bool {
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

/// A `[n, k]` weight in Q8_0, tiled: for tile t and block b, 16 f32 row scales and
/// `[8 groups of 4 columns][16 rows][4 bytes]` of `q + 128`. Tiles are independent, so a
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
}

#[derive(Debug)]
struct Tiles {
    scales: Vec<f32>,
    qs: Vec<u8>,
}

impl Int8Matrix {
    /// From a Q8_0 `QTensor` of shape `[n, k]`; `n` must be a multiple of 16.
    pub fn from_q8_0(t: &QTensor) -> Result<Self> {
        if t.dtype() != GgmlDType::Q8_0 {
            bail!("int8 tiles need a Q8_0 tensor, got {:?}", t.dtype())
        }
        let (n, k) = t.shape().dims2()?;
        if !n.is_multiple_of(TILE) || !k.is_multiple_of(BLOCK) || k == 0 {
            bail!("int8 tiles need rows % {TILE} == 0 and columns % {BLOCK} == 0, got [{n}, {k}]")
        }
        let data = t.data()?;
        let kb = k / BLOCK;
        // GGML block_q8_0: f16 d, then 32 i8.
        const BYTES: usize = 2 + BLOCK;
        if data.len() != n * kb * BYTES {
            bail!("Q8_0 tensor [{n}, {k}] holds {} bytes", data.len())
        }
        let mut scales = vec![0f32; n * kb];
        let mut qs = vec![0u8; n * k];
        let tiles = n / TILE;
        for t_i in 0..tiles {
            for b in 0..kb {
                let s0 = (t_i * kb + b) * TILE;
                let q0 = (t_i * kb + b) * TILE * BLOCK;
                for r in 0..TILE {
                    let row = t_i * TILE + r;
                    let blk = &data[(row * kb + b) * BYTES..(row * kb + b + 1) * BYTES];
                    scales[s0 + r] = f16_to_f32(u16::from_le_bytes([blk[0], blk[1]]));
                    for c in 0..BLOCK {
                        let (g, j) = (c / 4, c % 4);
                        qs[q0 + (g * TILE + r) * 4 + j] = (blk[2 + c] as i8 as i16 + 128) as u8;
                    }
                }
            }
        }
        Ok(Self { n, k, tile0: 0, data: Arc::new(Tiles { scales, qs }) })
    }

    /// The matrices' rows one after another (`[sum n, k]`), in a storage of its own.
    pub fn stack(parts: &[&Int8Matrix]) -> Result<Self> {
        let Some(k) = parts.first().map(|p| p.k) else { bail!("int8 stack of no matrices") };
        if let Some(p) = parts.iter().find(|p| p.k != k) {
            bail!("int8 stack: inputs of {} and {k} columns", p.k)
        }
        let (mut scales, mut qs) = (Vec::new(), Vec::new());
        for p in parts {
            scales.extend_from_slice(p.tile_scales(0, p.n / TILE));
            qs.extend_from_slice(p.tile_qs(0, p.n / TILE));
        }
        let n = parts.iter().map(|p| p.n).sum();
        Ok(Self { n, k, tile0: 0, data: Arc::new(Tiles { scales, qs }) })
    }

    /// Rows `[row0, row0 + n)` as a matrix sharing this one's storage (multiples of 16).
    pub fn rows(&self, row0: usize, n: usize) -> Result<Self> {
        if !row0.is_multiple_of(TILE) || !n.is_multiple_of(TILE) || row0 + n > self.n {
            bail!("int8 rows [{row0}, {}) of {}: not whole tiles of {TILE}", row0 + n, self.n)
        }
        Ok(Self { n, k: self.k, tile0: self.tile0 + row0 / TILE, data: self.data.clone() })
    }

    /// Scales of `count` tiles from this matrix's tile `t`.
    fn tile_scales(&self, t: usize, count: usize) -> &[f32] {
        let per = self.k / BLOCK * TILE;
        &self.data.scales[(self.tile0 + t) * per..(self.tile0 + t + count) * per]
    }

    /// Quantized values of `count` tiles from this matrix's tile `t`.
    fn tile_qs(&self, t: usize, count: usize) -> &[u8] {
        let per = self.k / BLOCK * TILE * BLOCK;
        &self.data.qs[(self.tile0 + t) * per..(self.tile0 + t + count) * per]
    }

    /// `(n, k)`.
    pub fn dims(&self) -> (usize, usize) {
        (self.n, self.k)
    }

    pub fn bytes(&self) -> usize {
        self.n * self.k + self.n * (self.k / BLOCK) * 4
    }

    /// `x [m, k] @ W^T -> [m, n]` (f32), activations quantized to Q8_0 per row.
    pub fn matmul(&self, x: &[f32], m: usize) -> Result<Vec<f32>> {
        self.matmul_on(x, m, m > 1 && crate::int8_amx::available())
    }

    /// [`Self::matmul`] on the AMX tiles or the AVX-512 VNNI kernel (equal bits).
    fn matmul_on(&self, x: &[f32], m: usize, amx: bool) -> Result<Vec<f32>> {
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
        candle_core::utils::barrier_pool().execute_chunked(tiles, |range| {
            // SAFETY: this chunk alone owns the staging of tiles `range`,
            // `[start * m * 16, end * m * 16)` of `blocks`, which outlives the pool call.
            let own = unsafe {
                std::slice::from_raw_parts_mut(
                    (staged as *mut f32).add(range.start * m * TILE),
                    range.len() * m * TILE,
                )
            };
            for (t_i, tile) in range.clone().zip(own.chunks_exact_mut(m * TILE)) {
                self.tile(t_i, &acts, m, tile);
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
    fn tile(&self, t_i: usize, acts: &Acts, m: usize, out: &mut [f32]) {
        let kb = self.k / BLOCK;
        let (scales, qs) = (self.tile_scales(t_i, 1), self.tile_qs(t_i, 1));
        for m0 in (0..m).step_by(MT) {
            let mt = MT.min(m - m0);
            // SAFETY: `available()` was checked when the matrix was chosen at load; slice
            // lengths are checked by the kernel's asserts.
            #[cfg(target_arch = "x86_64")]
            unsafe {
                let out = &mut out[m0 * TILE..(m0 + mt) * TILE];
                // One instance per row count: constant loop bounds keep the accumulators in
                // registers (a run-time count spilled them to the stack, every vpdpbusd then
                // waiting on a store and a load).
                match mt {
                    1 => kernel::<1>(scales, qs, kb, acts, m0, out),
                    2 => kernel::<2>(scales, qs, kb, acts, m0, out),
                    3 => kernel::<3>(scales, qs, kb, acts, m0, out),
                    4 => kernel::<4>(scales, qs, kb, acts, m0, out),
                    5 => kernel::<5>(scales, qs, kb, acts, m0, out),
                    6 => kernel::<6>(scales, qs, kb, acts, m0, out),
                    7 => kernel::<7>(scales, qs, kb, acts, m0, out),
                    _ => kernel::<MT>(scales, qs, kb, acts, m0, out),
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
    let simd = available();
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

/// IEEE binary16 bits -> f32 (exact).
fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h >> 15) as u32) << 31;
    let exp = ((h >> 10) & 0x1f) as u32;
    let man = (h & 0x3ff) as u32;
    let bits = match (exp, man) {
        (0, 0) => sign,
        // Subnormal: man * 2^-24.
        (0, _) => {
            return f32::from_bits(sign)
                + (man as f32) * 2f32.powi(-24) * if sign != 0 { -1.0 } else { 1.0 };
        }
        (31, 0) => sign | 0x7f80_0000,
        (31, _) => sign | 0x7fc0_0000,
        _ => sign | ((exp + 112) << 23) | (man << 13),
    };
    f32::from_bits(bits)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
unsafe fn kernel<const R: usize>(
    scales: &[f32],
    qs: &[u8],
    kb: usize,
    acts: &Acts,
    m0: usize,
    out: &mut [f32],
) {
    use core::arch::x86_64::*;
    assert!(R <= MT && out.len() == R * TILE);
    assert!(scales.len() == kb * TILE && qs.len() == kb * TILE * BLOCK);
    assert!(acts.q.len() >= (m0 + R) * acts.k && acts.k == kb * BLOCK);
    assert!(acts.neg_offset.len() >= (m0 + R) * kb);
    // SAFETY: the asserts above bound every pointer offset below; the caller checked the
    // target features.
    unsafe {
        let mut acc = [_mm512_setzero_ps(); R];
        for b in 0..kb {
            let wd = _mm512_loadu_ps(scales.as_ptr().add(b * TILE));
            // Start from the offset correction -128 * sum(a): the weights are stored + 128.
            let mut isum: [__m512i; R] = std::array::from_fn(|i| {
                _mm512_set1_epi32(*acts.neg_offset.get_unchecked((m0 + i) * kb + b))
            });
            let wq = qs.as_ptr().add(b * TILE * BLOCK);
            // Several rows: ask for the weights PREFETCH_BLOCKS blocks ahead (past this
            // tile's end: the next tile's, which follow in memory), so their loads overlap
            // the rows' arithmetic; the hardware prefetchers stop at page boundaries, every 8
            // blocks of a tile. One row streams at the memory's pace without them. A prefetch
            // never faults.
            if R > 1 {
                let ahead = wq.wrapping_add(PREFETCH_BLOCKS * TILE * BLOCK);
                for line in 0..TILE * BLOCK / 64 {
                    _mm_prefetch::<_MM_HINT_T0>(ahead.wrapping_add(line * 64) as *const i8);
                }
                _mm_prefetch::<_MM_HINT_T0>(
                    scales.as_ptr().wrapping_add((b + PREFETCH_BLOCKS) * TILE) as *const i8,
                );
            }
            for g in 0..BLOCK / 4 {
                let w = _mm512_loadu_si512(wq.add(g * TILE * 4) as *const _);
                for (i, s) in isum.iter_mut().enumerate().take(R) {
                    let a = acts.q.as_ptr().add((m0 + i) * acts.k + b * BLOCK + g * 4);
                    let a = _mm512_set1_epi32(std::ptr::read_unaligned(a as *const i32));
                    *s = _mm512_dpbusd_epi32(*s, w, a);
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

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Tensor};

    #[test]
    fn amx_tiles_give_the_vnni_kernels_bits() {
        if !crate::int8_amx::available() {
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
    fn f16_bits_convert_exactly() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
        assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24));
        assert_eq!(f16_to_f32(0x8001), -(2f32.powi(-24)));
        assert_eq!(f16_to_f32(0x7bff), 65504.0);
        assert_eq!(f16_to_f32(0x0000), 0.0);
    }

    #[test]
    fn simd_quantization_equals_the_scalar_one() {
        #[cfg(target_arch = "x86_64")]
        if available() {
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
                // SAFETY: available() checked above.
                let got = unsafe { quantize_block_avx512(xs, &mut b) };
                assert_eq!((got, b), (want, a), "{xs:?}");
            }
        }
    }

    #[test]
    fn equals_the_q8_0_products_it_models() {
        if !available() {
            return;
        }
        let dev = Device::Cpu;
        let (n, k) = (48, 96);
        let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
        let qt = QTensor::quantize(&w, GgmlDType::Q8_0).unwrap();
        let mat = Int8Matrix::from_q8_0(&qt).unwrap();
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
                        "m {m} [{i},{j}]: {g} vs {want}"
                    );
                }
            }
        }
    }
}
