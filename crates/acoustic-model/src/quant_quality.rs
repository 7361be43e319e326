//! How close a quantized acoustic model stays to f32: the logits' cosine and the KL
//! divergence of the sampling distributions, step by step over teacher-forced frames (the
//! `quant_quality` example and the quantized tests use it; see [`crate::quant`] for the
//! formats).

use std::fmt;

use candle_core::{DType, Result, Tensor, bail};

use crate::generate::{GenerateParams, Tracing};
use crate::model::Qwen3Tts;
use crate::prompt::PromptRequest;

/// Cosine similarity of two equally long vectors (1 for two zero vectors), accumulated in f64.
pub fn cosine(a: &[f32], b: &[f32]) -> f64 {
    let (mut ab, mut aa, mut bb) = (0f64, 0f64, 0f64);
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (x as f64, y as f64);
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa == 0.0 && bb == 0.0 { 1.0 } else { ab / (aa.sqrt() * bb.sqrt()).max(f64::MIN_POSITIVE) }
}

/// `softmax(scores / temperature)` in f64; `-inf` scores get probability 0.
pub fn softmax_t(scores: &[f32], temperature: f64) -> Vec<f64> {
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
    let e: Vec<f64> = scores
        .iter()
        .map(|&s| if s.is_finite() { ((s as f64 - max) / t).exp() } else { 0.0 })
        .collect();
    let z: f64 = e.iter().sum();
    e.into_iter().map(|v| v / z).collect()
}

/// `KL(p || q) = sum p log(p / q)` in nats over the entries where `p > 0` (`+inf` if `q` is 0
/// there).
pub fn kl_divergence(p: &[f64], q: &[f64]) -> f64 {
    p.iter()
        .zip(q)
        .filter(|&(&p, _)| p > 0.0)
        .map(|(&p, &q)| if q > 0.0 { p * (p / q).ln() } else { f64::INFINITY })
        .sum()
}

/// Summary of one kind of step (talker or code predictor) in a teacher-forced comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepStats {
    pub steps: usize,
    pub cosine_min: f64,
    pub cosine_mean: f64,
    /// KL(reference || candidate) of the sampling distributions, nats.
    pub kl_max: f64,
    pub kl_mean: f64,
    /// Steps where the candidate's argmax equals the reference's.
    pub argmax_agree: usize,
}

impl StepStats {
    fn from(samples: &[(f64, f64, bool)]) -> Self {
        let n = samples.len().max(1) as f64;
        Self {
            steps: samples.len(),
            cosine_min: samples.iter().map(|s| s.0).fold(f64::INFINITY, f64::min),
            cosine_mean: samples.iter().map(|s| s.0).sum::<f64>() / n,
            kl_max: samples.iter().map(|s| s.1).fold(0.0, f64::max),
            kl_mean: samples.iter().map(|s| s.1).sum::<f64>() / n,
            argmax_agree: samples.iter().filter(|s| s.2).count(),
        }
    }
}

impl fmt::Display for StepStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cos min {:.6} mean {:.6} | KL max {:.2e} mean {:.2e} nats | argmax {}/{}",
            self.cosine_min,
            self.cosine_mean,
            self.kl_max,
            self.kl_mean,
            self.argmax_agree,
            self.steps
        )
    }
}

/// A teacher-forced comparison of a candidate model against a reference model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    pub talker: StepStats,
    pub code_predictor: StepStats,
}

/// Runs `reference` greedily for up to `frames` frames, then runs `candidate` forced onto the
/// same codes, and compares the logits of every talker step (raw `codec_head` logits for the
/// cosine; the processed scores at the talker temperature for the KL) and of every
/// code-predictor step (logits at the sub-talker temperature). Both models must share the
/// architecture (same config).
pub fn teacher_forced_quality(
    reference: &Qwen3Tts,
    candidate: &Qwen3Tts,
    request: &PromptRequest,
    frames: usize,
) -> Result<Quality> {
    if frames == 0 {
        bail!("a quality comparison needs at least one frame")
    }
    let params = GenerateParams::greedy(frames + 1);
    let g = reference.generation_config();
    let (t_talker, t_cp) = (g.temperature, g.subtalker_temperature);
    let mut r = reference.start(&[(request.clone(), params)], Tracing::Record)?;
    let codes = r.run()?.remove(0).0;
    if codes.is_empty() {
        bail!("the reference stopped before its first frame")
    }
    let mut c = candidate.start(&[(request.clone(), params)], Tracing::Record)?;
    c.force_frames(0, codes.clone())?;
    for _ in 0..codes.len() {
        c.next_frame()?;
    }
    let (Some(rt), Some(ct)) = (r.trace(), c.trace()) else {
        bail!("sessions were started without a trace")
    };
    let mut talker = Vec::new();
    for k in 0..codes.len() {
        let a = rt.talker_logits[k].flatten_all()?.to_vec1::<f32>()?;
        let b = ct.talker_logits[k].flatten_all()?.to_vec1::<f32>()?;
        let (sa, sb) = (&rt.talker_scores[k][0], &ct.talker_scores[k][0]);
        let kl = kl_divergence(&softmax_t(sa, t_talker), &softmax_t(sb, t_talker));
        talker.push((cosine(&a, &b), kl, argmax(sa) == argmax(sb)));
    }
    let mut cp = Vec::new();
    for (k, ((_, a), (_, b))) in rt.cp_logits.iter().zip(&ct.cp_logits).enumerate() {
        // [rows, G-1, vocab] with one row.
        let (a, b) = (rows_of(a)?, rows_of(b)?);
        if a.len() != b.len() {
            bail!("frame {k}: {} vs {} code-predictor steps", a.len(), b.len())
        }
        for (la, lb) in a.iter().zip(&b) {
            let kl = kl_divergence(&softmax_t(la, t_cp), &softmax_t(lb, t_cp));
            cp.push((cosine(la, lb), kl, argmax(la) == argmax(lb)));
        }
    }
    Ok(Quality { talker: StepStats::from(&talker), code_predictor: StepStats::from(&cp) })
}

fn rows_of(t: &Tensor) -> Result<Vec<Vec<f32>>> {
    let v = t.dims().last().copied().unwrap_or(0);
    t.to_dtype(DType::F32)?.reshape(((), v))?.to_vec2::<f32>()
}

fn argmax(v: &[f32]) -> usize {
    v.iter()
        .enumerate()
        .fold((0, f32::NEG_INFINITY), |m, (i, &x)| if x > m.1 { (i, x) } else { m })
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_from_first_principles() {
        assert!((cosine(&[1.0, 0.0], &[0.0, 2.0])).abs() < 1e-12);
        assert!((cosine(&[1.0, 2.0], &[2.0, 4.0]) - 1.0).abs() < 1e-12);
        assert!((cosine(&[1.0, 2.0], &[-1.0, -2.0]) + 1.0).abs() < 1e-12);
        // softmax([0, ln 3]) = [1/4, 3/4]; at T=2 the exponents halve.
        let p = softmax_t(&[0.0, 3f32.ln()], 1.0);
        assert!((p[0] - 0.25).abs() < 1e-7 && (p[1] - 0.75).abs() < 1e-7);
        let p2 = softmax_t(&[0.0, 3f32.ln(), f32::NEG_INFINITY], 2.0);
        let s = 3f64.sqrt();
        assert!((p2[1] - s / (1.0 + s)).abs() < 1e-7 && p2[2] == 0.0);
        // KL([1/2,1/2] || [1/4,3/4]) = 1/2 ln 2 + 1/2 ln(2/3).
        let kl = kl_divergence(&[0.5, 0.5], &[0.25, 0.75]);
        assert!((kl - (0.5 * 2f64.ln() + 0.5 * (2.0f64 / 3.0).ln())).abs() < 1e-12);
        assert_eq!(kl_divergence(&p, &p), 0.0);
        assert_eq!(kl_divergence(&[1.0, 0.0], &[0.0, 1.0]), f64::INFINITY);
    }
}
