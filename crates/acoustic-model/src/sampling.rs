//! Token selection exactly as HF `generate` does it for the reference: the talker's logits
//! processors (repetition penalty, min-new-tokens, suppressed ids) and the sampling warpers
//! (temperature, top-k, top-p), then argmax or a multinomial draw.
//!
//! Reference: transformers 4.57.3 `RepetitionPenaltyLogitsProcessor`,
//! `MinNewTokensLengthLogitsProcessor`, `SuppressTokensLogitsProcessor`,
//! `TemperatureLogitsWarper`, `TopKLogitsWarper`, `TopPLogitsWarper` and `_sample`. All
//! arithmetic is f32 like the reference (HF casts the logits to f32 first). The random draw
//! cannot reproduce `torch.multinomial`; it comes from a seeded generator owned by the request,
//! so the same seed gives the same codes.

use candle_core::{Result, bail};

/// Selection settings of one level (talker or sub-talker).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SamplingParams {
    /// false: greedy argmax (the warpers below are not applied, as in HF).
    pub do_sample: bool,
    /// 0 disables top-k.
    pub top_k: usize,
    /// >= 1 disables top-p.
    pub top_p: f64,
    /// 1.0 disables temperature.
    pub temperature: f64,
}

impl SamplingParams {
    pub const GREEDY: Self = Self { do_sample: false, top_k: 50, top_p: 1.0, temperature: 0.9 };

    /// Range checks, also when greedy (a value out of range is a mistake either way): the
    /// temperature is positive, top_p in (0, 1] (transformers' `TopPLogitsWarper` refuses
    /// others), top_k any count (0 turns it off).
    pub fn validate(&self, what: &str) -> Result<()> {
        if !(self.temperature > 0.0 && self.temperature.is_finite()) {
            bail!("{what} temperature {} must be a positive number", self.temperature)
        }
        if !(self.top_p > 0.0 && self.top_p <= 1.0) {
            bail!("{what} top_p {} must be in (0, 1]", self.top_p)
        }
        Ok(())
    }
}

/// A small seeded generator (xoshiro256** seeded through splitmix64). Deterministic across
/// platforms; owned by each request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut z = seed;
        let mut next = || {
            z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut x = z;
            x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            x ^ (x >> 31)
        };
        Self { s: [next(), next(), next(), next()] }
    }

    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let out = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        out
    }

    /// Uniform in [0, 1) with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// The talker's logits processors, in HF order, in place on f32 scores.
/// `history`: code-0 tokens generated so far for this row (the prompt contributes none).
pub fn process_talker_logits(
    scores: &mut [f32],
    history: &[u32],
    repetition_penalty: f64,
    eos: u32,
    suppress_start: usize,
    min_new_tokens: usize,
) {
    penalize_repetitions(scores, history, repetition_penalty);
    mask_early_eos(scores, history.len(), min_new_tokens, eos);
    suppress_tokens(scores, suppress_start, eos);
}

/// RepetitionPenaltyLogitsProcessor: gather/scatter over the generated ids, so each distinct id
/// is penalised once (divided by the penalty when positive, multiplied when negative).
pub fn penalize_repetitions(scores: &mut [f32], history: &[u32], repetition_penalty: f64) {
    if repetition_penalty == 1.0 {
        return;
    }
    let p = repetition_penalty as f32;
    let mut seen = std::collections::BTreeSet::new();
    for &t in history {
        let t = t as usize;
        if t < scores.len() && seen.insert(t) {
            let s = scores[t];
            scores[t] = if s < 0.0 { s * p } else { s / p };
        }
    }
}

/// MinNewTokensLengthLogitsProcessor (min_new_tokens = 2 in the reference): EOS is impossible
/// while fewer than `min_new_tokens` tokens were generated.
pub fn mask_early_eos(scores: &mut [f32], generated: usize, min_new_tokens: usize, eos: u32) {
    if generated < min_new_tokens && (eos as usize) < scores.len() {
        scores[eos as usize] = f32::NEG_INFINITY;
    }
}

/// SuppressTokensLogitsProcessor: [suppress_start, vocab) except EOS (the reference suppresses
/// the last 1024 ids of the talker's vocabulary but EOS).
pub fn suppress_tokens(scores: &mut [f32], suppress_start: usize, eos: u32) {
    for (i, s) in scores.iter_mut().enumerate().skip(suppress_start) {
        if i != eos as usize {
            *s = f32::NEG_INFINITY;
        }
    }
}

/// First index of the maximum (`torch.argmax` returns the first maximal index).
pub fn argmax(scores: &[f32]) -> u32 {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best as u32
}

/// Applies the warpers (when sampling) and selects a token.
pub fn select(scores: &mut [f32], p: &SamplingParams, rng: &mut Rng) -> Result<u32> {
    if scores.is_empty() {
        bail!("cannot select a token from empty logits")
    }
    if !p.do_sample {
        return Ok(argmax(scores));
    }
    // softmax + multinomial.
    let weights = sampling_weights(scores, p)?;
    let total: f64 = weights.iter().sum();
    let u = rng.next_f64() * total;
    let mut acc = 0.0;
    let mut last_positive = 0;
    for (i, &q) in weights.iter().enumerate() {
        if q > 0.0 {
            last_positive = i;
            acc += q;
            if u < acc {
                return Ok(i as u32);
            }
        }
    }
    Ok(last_positive as u32)
}

/// The distribution a sampled token is drawn from: the warpers, then softmax (HF `_sample`'s
/// `softmax(scores)` handed to `torch.multinomial`). Filtered tokens have probability 0.
pub fn probabilities(scores: &mut [f32], p: &SamplingParams) -> Result<Vec<f64>> {
    let weights = sampling_weights(scores, p)?;
    let total: f64 = weights.iter().sum();
    Ok(weights.into_iter().map(|w| w / total).collect())
}

/// The warped scores' softmax numerators `exp(s - max)` (0 for filtered tokens), in f64.
fn sampling_weights(scores: &mut [f32], p: &SamplingParams) -> Result<Vec<f64>> {
    if scores.is_empty() {
        bail!("cannot select a token from empty logits")
    }
    warp(scores, p);
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if max == f32::NEG_INFINITY {
        bail!("every token was filtered out; nothing to sample")
    }
    // Filtered tokens (-inf) have probability 0 exactly; skip their exp.
    Ok(scores
        .iter()
        .map(|&s| if s == f32::NEG_INFINITY { 0.0 } else { ((s - max) as f64).exp() })
        .collect())
}

/// Temperature, top-k, top-p (HF warpers, `min_tokens_to_keep = 1`), in place.
pub fn warp(scores: &mut [f32], p: &SamplingParams) {
    let n = scores.len();
    if p.temperature != 1.0 {
        let t = p.temperature as f32;
        scores.iter_mut().for_each(|s| *s /= t);
    }
    if p.top_k != 0 {
        let k = p.top_k.min(n);
        // The k-th largest value (a selection, not a sort: this runs per row and code group).
        let mut values: Vec<f32> = scores.to_vec();
        let (_, &mut kth, _) = values.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
        // `scores < topk(...)[-1]` is removed: ties with the k-th value stay.
        scores.iter_mut().filter(|s| **s < kth).for_each(|s| *s = f32::NEG_INFINITY);
    }
    if p.top_p < 1.0 {
        // Sort ascending, cumulative softmax, drop entries with cumulative <= 1 - top_p, keep
        // the largest always.
        let mut idx: Vec<usize> = (0..n).collect();
        idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
        let max = scores[idx[n - 1]];
        let exps: Vec<f32> = idx.iter().map(|&i| (scores[i] - max).exp()).collect();
        let total: f32 = exps.iter().sum();
        let mut cum = 0f32;
        let cut = (1.0 - p.top_p) as f32;
        let mut remove = Vec::new();
        for (r, &i) in idx.iter().enumerate() {
            cum += exps[r] / total;
            if cum <= cut && r != n - 1 {
                remove.push(i);
            }
        }
        for i in remove {
            scores[i] = f32::NEG_INFINITY;
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn sampling_values_out_of_range_are_refused_also_when_greedy() {
        let ok = SamplingParams { do_sample: true, top_k: 0, top_p: 1.0, temperature: 0.7 };
        assert!(ok.validate("talker").is_ok());
        for (bad, needle) in [
            (SamplingParams { top_p: 2.0, ..ok }, "top_p 2 must be in (0, 1]"),
            (SamplingParams { top_p: 0.0, ..ok }, "top_p 0 must be in (0, 1]"),
            (SamplingParams { top_p: f64::NAN, ..ok }, "top_p NaN"),
            (SamplingParams { temperature: 0.0, ..ok }, "temperature 0 must be a positive"),
            (SamplingParams { temperature: f64::INFINITY, ..ok }, "temperature inf"),
            (SamplingParams { do_sample: false, top_p: 1.5, ..ok }, "top_p 1.5"),
        ] {
            let e = bad.validate("talker").unwrap_err().to_string();
            assert!(e.contains(needle) && e.starts_with("talker"), "{e}");
        }
    }

    use super::*;

    #[test]
    fn repetition_penalty_by_sign_and_once_per_id() {
        let mut s = vec![2.0f32, -2.0, 1.0, 0.5];
        process_talker_logits(&mut s, &[0, 1, 0, 1], 2.0, 3, 100, 0);
        assert_eq!(s, vec![1.0, -4.0, 1.0, 0.5]);
    }

    #[test]
    fn min_new_tokens_and_suppression() {
        let mut s = vec![0.0f32; 8];
        process_talker_logits(&mut s, &[1], 1.0, 6, 4, 2);
        let inf = f32::NEG_INFINITY;
        assert_eq!(s, vec![0.0, 0.0, 0.0, 0.0, inf, inf, inf, inf]);
        let mut s = vec![0.0f32; 8];
        process_talker_logits(&mut s, &[1, 2], 1.0, 6, 4, 2);
        assert_eq!(s, vec![0.0, 0.0, 0.0, 0.0, inf, inf, 0.0, inf]);
    }

    #[test]
    fn top_k_keeps_ties_and_top_p_keeps_the_best() {
        let mut s = vec![1.0f32, 3.0, 3.0, 2.0, 0.0];
        warp(&mut s, &SamplingParams { do_sample: true, top_k: 2, top_p: 1.0, temperature: 1.0 });
        let inf = f32::NEG_INFINITY;
        assert_eq!(s, vec![inf, 3.0, 3.0, inf, inf]);
        // probs of [0, ln 3] = [0.25, 0.75]: top_p 0.5 drops the 0.25 entry (cum 0.25 <= 0.5).
        let mut s = vec![0.0f32, 3f32.ln()];
        warp(&mut s, &SamplingParams { do_sample: true, top_k: 0, top_p: 0.5, temperature: 1.0 });
        assert_eq!(s[0], inf);
        assert!(s[1].is_finite());
    }

    #[test]
    fn argmax_takes_first_maximum() {
        assert_eq!(argmax(&[1.0, 5.0, 5.0, -1.0]), 1);
    }

    #[test]
    fn rng_is_seeded() {
        let a: Vec<u64> = (0..4).scan(Rng::new(7), |r, _| Some(r.next_u64())).collect();
        let b: Vec<u64> = (0..4).scan(Rng::new(7), |r, _| Some(r.next_u64())).collect();
        let c: Vec<u64> = (0..4).scan(Rng::new(8), |r, _| Some(r.next_u64())).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
