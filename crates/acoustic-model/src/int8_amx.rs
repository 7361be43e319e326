//! The int8 tiles of [`crate::int8`] on Intel AMX (Sapphire Rapids and later server CPUs), for
//! the batched decode steps: 2 to 16 activation rows per pass over a weight tile.
//!
//! A continuous batch multiplies every weight by each row's activations, so beyond one row the
//! int8 matmuls turn from memory bound to arithmetic bound, and AVX-512 VNNI does 64 products per
//! instruction (plus a broadcast per row and group). One AMX `tdpbsud` multiplies a whole Q8_0
//! block: up to 16 activation rows by 32 columns against the 16-row weight tile, 8192 products.
//! The weight tile layout needs no change: a block's `[8 groups][16 rows][4 bytes]` is exactly
//! AMX's "VNNI" layout of the second operand (8 tile rows of 64 bytes), and `tdpbsud` takes the
//! signed activations times the unsigned (+128) weights, so the offset correction is the same
//! `-128 * sum(a)` as the VNNI kernel's. The integer sums are exact and the f32 epilogue is the
//! VNNI kernel's, operation for operation: both kernels give the same bits, so a row's result
//! still does not depend on how many rows share its pass.
//!
//! Rust has no stable AMX intrinsics yet, so the five tile instructions are inline assembly.
//! Linux hands AMX state to a process only on request (`arch_prctl(ARCH_REQ_XCOMP_PERM)`),
//! asked once in [`available`]; each pass loads its tile configuration and releases the tiles
//! at its end (a thread holding no tile state costs nothing extra on a context switch).

/// Activation rows per AMX pass (tile rows).
pub(crate) const MAX_ROWS: usize = 16;

/// Whether this CPU and OS run the AMX kernel (checked once; asks Linux for the AMX state).
pub(crate) fn available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(detect)
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
fn detect() -> bool {
    use core::arch::x86_64::__cpuid_count;
    // Opt-out for comparisons: QWEN3_TTS_NO_AMX=1 keeps the AVX-512 VNNI kernel.
    if std::env::var_os("QWEN3_TTS_NO_AMX").is_some_and(|v| v != "0") {
        return false;
    }
    if !super::int8::available() {
        return false;
    }
    // CPUID.(EAX=7, ECX=0):EDX bit 24 = AMX-TILE, bit 25 = AMX-INT8.
    let edx = __cpuid_count(7, 0).edx;
    if edx & (1 << 24) == 0 || edx & (1 << 25) == 0 {
        return false;
    }
    // arch_prctl(ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA): 0 when the kernel grants it.
    const SYS_ARCH_PRCTL: i64 = 158;
    const ARCH_REQ_XCOMP_PERM: i64 = 0x1023;
    const XFEATURE_XTILEDATA: i64 = 18;
    let ret: i64;
    // SAFETY: a plain syscall with integer arguments; rcx and r11 are clobbered by `syscall`.
    unsafe {
        core::arch::asm!(
            "syscall",
            inlateout("rax") SYS_ARCH_PRCTL => ret,
            in("rdi") ARCH_REQ_XCOMP_PERM,
            in("rsi") XFEATURE_XTILEDATA,
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    ret == 0
}

#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
fn detect() -> bool {
    false
}

/// The 64-byte tile configuration (palette 1): tmm0 = sums `[rows][16] i32`, tmm1 =
/// activations `[rows][32] i8`, tmm2 = one weight block `[8][64] u8`.
#[cfg(target_arch = "x86_64")]
#[repr(C, align(64))]
struct TileConfig {
    palette: u8,
    start_row: u8,
    reserved: [u8; 14],
    colsb: [u16; 16],
    rows: [u8; 16],
}

#[cfg(target_arch = "x86_64")]
impl TileConfig {
    fn new(rows: usize) -> Self {
        let mut c =
            Self { palette: 1, start_row: 0, reserved: [0; 14], colsb: [0; 16], rows: [0; 16] };
        (c.rows[0], c.colsb[0]) = (rows as u8, 64);
        (c.rows[1], c.colsb[1]) = (rows as u8, 32);
        (c.rows[2], c.colsb[2]) = (8, 64);
        // A second set for the next block, so two blocks are in flight.
        (c.rows[3], c.colsb[3]) = (rows as u8, 64);
        (c.rows[4], c.colsb[4]) = (rows as u8, 32);
        (c.rows[5], c.colsb[5]) = (8, 64);
        c
    }
}

use crate::int8::{Acts, BLOCK, TILE};

/// Activation rows `m0..m0 + rows` of a matmul's `m` quantized rows: one AMX pass.
pub(crate) struct Pass<'a> {
    pub acts: &'a Acts,
    /// All rows of the matmul (the output's row count).
    pub m: usize,
    pub m0: usize,
    pub rows: usize,
}

/// Weight tiles `first_tile..` of a matrix (their scales `[tile][block][16]` and values
/// `[tile][block][8][16][4]`) times the pass's rows, written to their columns of rows
/// `m0..m0 + rows` of the `[m][n]` output at `out`.
///
/// # Safety
/// [`available`] must hold, and `out` must point to `m * n` writable f32 of which no other
/// thread touches these rows' columns of these tiles during the call.
#[cfg(target_arch = "x86_64")]
pub(crate) unsafe fn tiles(
    scales: &[u16],
    qs: &[u8],
    first_tile: usize,
    pass: &Pass,
    out: *mut f32,
    n: usize,
) {
    let (acts, rows) = (pass.acts, pass.rows);
    let k = acts.k;
    let kb = k / BLOCK;
    let count = scales.len() / (kb * TILE);
    assert!((1..=MAX_ROWS).contains(&rows) && k.is_multiple_of(BLOCK));
    assert!(scales.len() == count * kb * TILE && qs.len() == count * kb * TILE * BLOCK);
    assert!((first_tile + count) * TILE <= n && pass.m0 + rows <= pass.m);
    assert!(acts.q.len() >= (pass.m0 + rows) * k);
    assert!(
        acts.d.len() >= (pass.m0 + rows) * kb && acts.neg_offset.len() >= (pass.m0 + rows) * kb
    );
    let cfg = TileConfig::new(rows);
    // SAFETY: the asserts bound every tile load and store below (a tile load of `rows` rows
    // of 32 bytes at stride k from row m0, block b; 512 bytes of a weight block; `rows` rows of
    // 64 bytes into `sums`); AMX is available by the caller's contract.
    unsafe {
        core::arch::asm!("ldtilecfg [{}]", in(reg) &cfg as *const TileConfig, options(nostack, readonly));
        for t in 0..count {
            // Row i of the pass: `out[(m0 + i) * n + (first_tile + t) * 16..][..16]`.
            let out = out.add(pass.m0 * n + (first_tile + t) * TILE);
            macro_rules! rows_kernel {
                ($($r:literal)*) => {
                    match rows {
                        $($r => epilogue_pass::<$r>(scales, qs, pass, t, kb, out, n),)*
                        _ => unreachable!("rows checked above"),
                    }
                };
            }
            rows_kernel!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);
        }
        core::arch::asm!("tilerelease", options(nostack, nomem));
    }
}

/// One weight tile `t` for `R` rows: per block, `tdpbsud` into a sums tile, then the VNNI
/// kernel's f32 epilogue on the stored sums; two blocks at a time (tmm0-2 and tmm3-5).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn epilogue_pass<const R: usize>(
    scales: &[u16],
    qs: &[u8],
    pass: &Pass,
    t: usize,
    kb: usize,
    out: *mut f32,
    n: usize,
) {
    use core::arch::x86_64::*;
    #[repr(C, align(64))]
    struct Sums([i32; MAX_ROWS * TILE]);
    let mut sums = [Sums([0; MAX_ROWS * TILE]), Sums([0; MAX_ROWS * TILE])];
    let (acts, m0) = (pass.acts, pass.m0);
    let k = acts.k;
    // SAFETY: `tiles` checked the bounds of every pointer for tile t, rows m0..m0 + R.
    unsafe {
        // f32 epilogue of block b's sums, in the VNNI kernel's order.
        let epilogue = |acc: &mut [__m512; R], sums: &Sums, b: usize| {
            let wd = _mm512_cvtph_ps(_mm256_loadu_si256(
                scales.as_ptr().add((t * kb + b) * TILE) as *const _
            ));
            for (i, acc) in acc.iter_mut().enumerate() {
                let j = (m0 + i) * kb + b;
                let s = _mm512_load_si512(sums.0.as_ptr().add(i * TILE) as *const _);
                let s = _mm512_add_epi32(s, _mm512_set1_epi32(*acts.neg_offset.get_unchecked(j)));
                let f = _mm512_cvtepi32_ps(s);
                let d = _mm512_set1_ps(*acts.d.get_unchecked(j));
                *acc = _mm512_fmadd_ps(f, _mm512_mul_ps(wd, d), *acc);
            }
        };
        let a = |b: usize| acts.q.as_ptr().add(m0 * k + b * BLOCK);
        let w = |b: usize| qs.as_ptr().add((t * kb + b) * TILE * BLOCK);
        // Weights stream from memory once per step; prefetch them 8 blocks (4 KiB) ahead, the
        // tile loads alone leave the AMX unit waiting on each block's latency.
        let prefetch = |b: usize| {
            let p = qs.as_ptr().wrapping_add((t * kb + b + 8) * TILE * BLOCK);
            for line in 0..8 {
                _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(line * 64) as *const i8);
            }
        };
        let mut acc = [_mm512_setzero_ps(); R];
        let mut b = 0;
        while b + 2 <= kb {
            prefetch(b);
            prefetch(b + 1);
            core::arch::asm!(
                "tilezero tmm0",
                "tilezero tmm3",
                "tileloadd tmm1, [{a0} + {ka}*1]",
                "tileloadd tmm2, [{w0} + {wa}*1]",
                "tileloadd tmm4, [{a1} + {ka}*1]",
                "tileloadd tmm5, [{w1} + {wa}*1]",
                "tdpbsud tmm0, tmm1, tmm2",
                "tdpbsud tmm3, tmm4, tmm5",
                "tilestored [{s0} + {sa}*1], tmm0",
                "tilestored [{s1} + {sa}*1], tmm3",
                a0 = in(reg) a(b),
                a1 = in(reg) a(b + 1),
                ka = in(reg) k,
                w0 = in(reg) w(b),
                w1 = in(reg) w(b + 1),
                wa = in(reg) 64usize,
                s0 = in(reg) sums[0].0.as_mut_ptr(),
                s1 = in(reg) sums[1].0.as_mut_ptr(),
                sa = in(reg) 64usize,
                options(nostack),
            );
            epilogue(&mut acc, &sums[0], b);
            epilogue(&mut acc, &sums[1], b + 1);
            b += 2;
        }
        if b < kb {
            core::arch::asm!(
                "tilezero tmm0",
                "tileloadd tmm1, [{a} + {ka}*1]",
                "tileloadd tmm2, [{w} + {wa}*1]",
                "tdpbsud tmm0, tmm1, tmm2",
                "tilestored [{s} + {sa}*1], tmm0",
                a = in(reg) a(b),
                ka = in(reg) k,
                w = in(reg) w(b),
                wa = in(reg) 64usize,
                s = in(reg) sums[0].0.as_mut_ptr(),
                sa = in(reg) 64usize,
                options(nostack),
            );
            epilogue(&mut acc, &sums[0], b);
        }
        for (i, a) in acc.iter().enumerate() {
            _mm512_storeu_ps(out.add(i * n), *a);
        }
    }
}
