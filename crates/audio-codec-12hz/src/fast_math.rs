//! Branch-free SnakeBeta arithmetic that the compiler vectorises (8 lanes with AVX2 + FMA).
//!
//! SnakeBeta needs `sin(x)^2` for ~35 M values per second of audio; glibc's scalar `sinf` alone
//! costs ~0.2 s of CPU per audio second. `sin^2` has period pi, so one Cody-Waite reduction by
//! pi to `r` in `[-pi/2, pi/2]` and an odd Taylor polynomial of degree 13 (truncation error
//! `(pi/2)^15 / 15! < 7e-10`) give `sin(r)` to f32 rounding without any sign logic. Accurate
//! for `|x| < 2^16` (the reduction's first step is exact there), far beyond the decoder's range.

/// `1 / pi`, and pi split in three so that `x - n * pi` is exact in its leading parts
/// (Cephes' `DP1..DP3` for pi/4, times 4; `PI_A` has 8 significant bits).
const INV_PI: f32 = std::f32::consts::FRAC_1_PI;
const PI_A: f32 = 3.140625;
const PI_B: f32 = 9.675_026e-4;
const PI_C: f32 = 1.509_958e-7;

/// Taylor coefficients of `sin(r) / r - 1` in powers of `r^2`: -1/3!, 1/5!, ..., -1/13!.
const S1: f32 = -1.666_666_7e-1;
const S2: f32 = 8.333_333e-3;
const S3: f32 = -1.984_127e-4;
const S4: f32 = 2.755_732e-6;
const S5: f32 = -2.505_210_8e-8;
const S6: f32 = 1.605_904_4e-10;

/// `sin(x)^2`.
#[inline(always)]
pub fn sin_squared(x: f32) -> f32 {
    let n = (x * INV_PI).round_ties_even();
    let r = (-n).mul_add(PI_A, x);
    let r = (-n).mul_add(PI_B, r);
    let r = (-n).mul_add(PI_C, r);
    let r2 = r * r;
    let p = S6.mul_add(r2, S5).mul_add(r2, S4).mul_add(r2, S3).mul_add(r2, S2).mul_add(r2, S1);
    let s = (p * r2).mul_add(r, r);
    s * s
}

/// One time step of SnakeBeta over its channels (time-major rows):
/// `ys[c] = xs[c] + inv_beta[c] * sin(xs[c] * alpha[c])^2`, with `alpha = e^alpha_log` and
/// `inv_beta = 1 / (e^beta_log + 1e-9)` precomputed (`SnakeBeta.forward`).
#[inline]
pub fn snake_row(xs: &[f32], alpha: &[f32], inv_beta: &[f32], ys: &mut [f32]) {
    for (((y, &x), &a), &ib) in ys.iter_mut().zip(xs).zip(alpha).zip(inv_beta) {
        *y = ib.mul_add(sin_squared(x * a), x);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_squared_is_within_f32_rounding_of_the_f64_truth() {
        // Dense sweep over the decoder's range and far values, including multiples of pi
        // (where the reduction matters most) and the maxima between them.
        let mut worst = 0f64;
        let mut check = |x: f32| {
            let truth = (x as f64).sin().powi(2);
            let err = (sin_squared(x) as f64 - truth).abs();
            // f32 rounding of the result, plus the reduction's error: the three-part pi is
            // short of pi by ~1e-15, times n = x / pi, and sin^2 moves by 2 |sin| per unit of r.
            let reduction = 2.0 * truth.sqrt() * (x.abs() as f64) * 1e-14;
            let allowed = 4.0 * f32::EPSILON as f64 * truth.max(f32::EPSILON as f64) + reduction;
            assert!(err <= allowed, "x = {x}: {} vs {truth} (err {err})", sin_squared(x));
            worst = worst.max(err);
        };
        for i in -200_000..=200_000 {
            check(i as f32 * 1e-3);
        }
        for k in -20_000..=20_000 {
            let at = (k as f64 * std::f64::consts::PI) as f32;
            check(at);
            check(at + 1e-4);
            check((k as f64 * std::f64::consts::PI + std::f64::consts::FRAC_PI_2) as f32);
        }
        for x in [1e3f32, 12345.678, -30000.5, 65000.0] {
            check(x);
        }
        assert!(worst < 5e-7, "worst abs error {worst}");
    }

    #[test]
    fn snake_row_matches_the_formula_in_f64() {
        let alpha = [0.5f32, 1.0, 3.7, 0.01, 12.0];
        let inv_beta = [1.0f32, 0.3, 2.5, 100.0, 0.9];
        let xs = [-40.0f32, -1.5, 0.0, 7.25, 51.0];
        let mut ys = [0f32; 5];
        snake_row(&xs, &alpha, &inv_beta, &mut ys);
        for c in 0..5 {
            // The reference multiplies x * alpha in f32 before the sine.
            let arg = (xs[c] * alpha[c]) as f64;
            let truth = xs[c] as f64 + inv_beta[c] as f64 * arg.sin().powi(2);
            let err = (ys[c] as f64 - truth).abs();
            assert!(err <= 1e-6 * truth.abs().max(1.0), "c {c}: {} vs {truth}", ys[c]);
        }
    }
}
