//! The sampled path's distributions against the reference's. Torch's random stream is not
//! reproduced (`torch.multinomial` draws from torch's generator); the distribution each draw
//! comes from is: the same token ids kept, with the same probabilities (within 1e-6).
//!
//! - `shared/data/real-model-vectors/tests-data/sampler_test.bin`: 24 cases of the Hugging Face
//!   LogitsProcessor chain the reference's talker uses (format in that folder's README),
//!   produced with the real 0.6B model's vocabulary (3072 ids, EOS 2150, 2048..3071 suppressed).
//! - `tests/fixtures/sampling/subtalker_chain.*`: every sub-talker draw of sampled reference
//!   calls (tools/reference/sampler_goldens.py): the code predictor's logits and the
//!   probabilities HF handed to `torch.multinomial`.

use acoustic_model::sampling::{
    SamplingParams, mask_early_eos, penalize_repetitions, probabilities, process_talker_logits,
    suppress_tokens,
};
use candle_core::Device;
use candle_core::safetensors::MmapedSafetensors;

/// What sampler_test.bin was made with (its README).
const VOCAB: usize = 3072;
const EOS: u32 = 2150;
const SUPPRESS_START: usize = 2048;
const REPETITION_PENALTY: f64 = 1.05;
const MIN_NEW_TOKENS: usize = 2;

struct Case {
    step: usize,
    temperature: f32,
    top_k: usize,
    top_p: f32,
    history: Vec<u32>,
    logits: Vec<f32>,
    kept: Vec<(usize, f32)>,
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn bytes4(&mut self) -> [u8; 4] {
        let (head, rest) = self.0.split_at(4);
        self.0 = rest;
        head.try_into().unwrap()
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.bytes4())
    }
    fn i32(&mut self) -> i32 {
        i32::from_le_bytes(self.bytes4())
    }
    fn f32(&mut self) -> f32 {
        f32::from_le_bytes(self.bytes4())
    }
}

fn cases() -> Vec<Case> {
    let path =
        test_support::shared_dir().join("data/real-model-vectors/tests-data/sampler_test.bin");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut r = Reader(&bytes);
    let n = r.u32();
    let cases: Vec<Case> = (0..n)
        .map(|_| {
            let step = r.i32() as usize;
            let temperature = r.f32();
            let top_k = r.i32() as usize;
            let top_p = r.f32();
            let history = (0..r.u32()).map(|_| r.i32() as u32).collect();
            let logits = (0..VOCAB).map(|_| r.f32()).collect();
            let kept = (0..r.u32()).map(|_| (r.i32() as usize, r.f32())).collect();
            Case { step, temperature, top_k, top_p, history, logits, kept }
        })
        .collect();
    assert!(r.0.is_empty(), "{} bytes left after {n} cases", r.0.len());
    cases
}

/// The ids with a nonzero probability, and theirs against `want` (id, probability).
fn compare(case: &str, probs: &[f64], want: &[(usize, f32)]) -> f64 {
    let ours: Vec<usize> = (0..probs.len()).filter(|&i| probs[i] > 0.0).collect();
    let mut theirs: Vec<usize> = want.iter().map(|&(i, _)| i).collect();
    theirs.sort_unstable();
    assert_eq!(ours, theirs, "{case}: the ids kept");
    want.iter().map(|&(i, p)| (probs[i] - f64::from(p)).abs()).fold(0.0, f64::max)
}

#[test]
fn the_talker_chain_keeps_the_references_ids_and_probabilities() {
    let cases = cases();
    assert_eq!(cases.len(), 24);
    let mut worst = 0f64;
    for (n, c) in cases.iter().enumerate() {
        // The chain in HF order. The file sets the step (tokens generated so far, for
        // min_new_tokens) apart from the history the penalty reads; in generation the history
        // is the generated tokens, so process_talker_logits couples them (checked below).
        let mut scores = c.logits.clone();
        penalize_repetitions(&mut scores, &c.history, REPETITION_PENALTY);
        mask_early_eos(&mut scores, c.step, MIN_NEW_TOKENS, EOS);
        suppress_tokens(&mut scores, SUPPRESS_START, EOS);
        if c.step == c.history.len() {
            let mut coupled = c.logits.clone();
            process_talker_logits(
                &mut coupled,
                &c.history,
                REPETITION_PENALTY,
                EOS,
                SUPPRESS_START,
                MIN_NEW_TOKENS,
            );
            assert_eq!(coupled, scores, "case {n}: process_talker_logits");
        }
        let params = SamplingParams {
            do_sample: true,
            top_k: c.top_k,
            top_p: f64::from(c.top_p),
            temperature: f64::from(c.temperature),
        };
        let probs = probabilities(&mut scores, &params).unwrap();
        let d = compare(&format!("case {n}"), &probs, &c.kept);
        assert!(d <= 1e-6, "case {n}: a probability differs by {d:e}");
        worst = worst.max(d);
    }
    eprintln!("24 talker cases: worst probability difference {worst:e}");
}

#[test]
fn the_sub_talker_chain_keeps_the_references_ids_and_probabilities() {
    let path = test_support::fixtures_dir().join("sampling/subtalker_chain.safetensors");
    let st = unsafe { MmapedSafetensors::new(&path) }.unwrap();
    let load =
        |name: &str| -> Vec<Vec<f32>> { st.load(name, &Device::Cpu).unwrap().to_vec2().unwrap() };
    let (logits, probs, params) = (load("logits"), load("probs"), load("params"));
    assert!(logits.len() >= 60, "{} draws", logits.len());
    let mut worst = 0f64;
    for (n, ((lg, pr), pa)) in logits.iter().zip(&probs).zip(&params).enumerate() {
        // The sub-talker's own chain: no penalty, no suppression, the subtalker_* warpers.
        let p = SamplingParams {
            do_sample: true,
            temperature: f64::from(pa[0]),
            top_k: pa[1] as usize,
            top_p: f64::from(pa[2]),
        };
        let mut scores = lg.clone();
        let ours = probabilities(&mut scores, &p).unwrap();
        let want: Vec<(usize, f32)> =
            pr.iter().enumerate().filter(|&(_, &q)| q > 0.0).map(|(i, &q)| (i, q)).collect();
        let d = compare(&format!("draw {n} ({p:?})"), &ours, &want);
        assert!(d <= 1e-6, "draw {n} ({p:?}): a probability differs by {d:e}");
        worst = worst.max(d);
    }
    eprintln!("{} sub-talker draws: worst probability difference {worst:e}", logits.len());
}
