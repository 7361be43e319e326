//! Outlier input columns of a weight, kept in f32 beside its quantized blocks.
//!
//! Trained transformers have a few input channels whose weights are many times larger than
//! the rest (LLM.int8(), Dettmers et al. 2022; SmoothQuant, Xiao et al. 2023). A block format
//! shares one scale per 32 weights of a row, so one such weight in a block leaves the other
//! 31 a few levels of that scale: with 4 input channels per projection scaled 10-50x
//! (`quant_quality`'s `outliers` weights), 0.6B q8_0 logits fall to 0.93 cosine against f32,
//! the code predictor's to 0.58. Those columns are taken out before quantizing (zeros in the
//! blocks) and computed in f32 beside them, as LLM.int8() does with its outlier features.
//!
//! A column is an outlier when its largest magnitude is over [`RATIO`] times the median
//! column's; at most one column in [`MAX_SHARE`] is taken (the largest), so the f32 part stays
//! a small fraction of a matmul (at most 1/64 of its multiply-adds, in f32 instead of int8).
//! Weights without outliers (random uniform ones among them) lose nothing and cost nothing.

/// A column's largest magnitude over the median column's beyond which it is kept in f32.
pub const RATIO: f32 = 6.0;
/// At most one column in this many is kept in f32.
pub const MAX_SHARE: usize = 64;

/// The outlier columns of a `[n, k]` row-major weight, by index, increasing.
pub fn columns(w: &[f32], n: usize, k: usize) -> Vec<usize> {
    if k == 0 || w.len() != n * k {
        return Vec::new();
    }
    let mut col_max = vec![0f32; k];
    for row in w.chunks_exact(k) {
        for (m, v) in col_max.iter_mut().zip(row) {
            *m = m.max(v.abs());
        }
    }
    let mut sorted = col_max.clone();
    sorted.sort_unstable_by(f32::total_cmp);
    let median = sorted[k / 2];
    let mut outliers: Vec<usize> = (0..k).filter(|&j| col_max[j] > RATIO * median).collect();
    // The largest first when there are too many.
    outliers.sort_unstable_by(|&a, &b| col_max[b].total_cmp(&col_max[a]));
    outliers.truncate(k / MAX_SHARE);
    outliers.sort_unstable();
    outliers
}

/// Takes the outlier columns out of `w` (`[n, k]`, zeroed there) and returns them with their
/// values, `[cols][n]`.
pub fn split(w: &mut [f32], n: usize, k: usize) -> (Vec<usize>, Vec<f32>) {
    let cols = columns(w, n, k);
    let mut values = Vec::with_capacity(cols.len() * n);
    for &c in &cols {
        for r in 0..n {
            values.push(std::mem::take(&mut w[r * k + c]));
        }
    }
    (cols, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uniform(n: usize, k: usize) -> Vec<f32> {
        (0..n * k).map(|i| ((i * 7919 + 13) % 1999) as f32 / 999.5 - 1.0).collect()
    }

    #[test]
    fn uniform_weights_have_none() {
        assert!(columns(&uniform(64, 256), 64, 256).is_empty());
    }

    #[test]
    fn scaled_columns_are_found_and_taken_out() {
        let (n, k) = (48, 256);
        let mut w = uniform(n, k);
        for (c, scale) in [(3, 10.0), (100, 50.0), (255, 20.0)] {
            for r in 0..n {
                w[r * k + c] *= scale;
            }
        }
        let before = w.clone();
        let (cols, values) = split(&mut w, n, k);
        assert_eq!(cols, [3, 100, 255]);
        for (i, &c) in cols.iter().enumerate() {
            for r in 0..n {
                assert_eq!(values[i * n + r], before[r * k + c]);
                assert_eq!(w[r * k + c], 0.0);
            }
        }
        let untouched = (0..n * k).filter(|i| !cols.contains(&(i % k)));
        assert!(untouched.into_iter().all(|i| w[i] == before[i]));
    }

    #[test]
    fn at_most_one_column_in_max_share_the_largest() {
        let (n, k) = (16, 128);
        let mut w = uniform(n, k);
        for c in 0..5 {
            for r in 0..n {
                w[r * k + c * 10] *= 10.0 + c as f32;
            }
        }
        // 128 / 64 = 2 columns: the two largest (c = 4 and 3).
        assert_eq!(columns(&w, n, k), [30, 40]);
    }
}
