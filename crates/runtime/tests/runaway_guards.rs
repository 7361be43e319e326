//! The runaway guards (`runtime::guards`) on checkpoints that run away (test-support's
//! `runaway_checkpoint`: one never emits the end of speech, one repeats a 5-frame stretch of
//! codes for ever), and on every golden of the reference, which they must never cut.

use std::path::Path;

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device};
use runtime::guards::{BUDGET_BASE_FRAMES, typical_frames_per_token};
use runtime::{
    Engine, EngineOptions, GuardSettings, SamplingOverrides, StopReason, SynthesisRequest,
    SynthesisSummary, collect_into,
};
use test_support::{LOOP_CYCLE, Runaway, runaway_checkpoint};

const TEXT: &str = "Please call Stella and ask her to bring these things with her.";

fn engine(kind: Runaway, guards: GuardSettings) -> Engine {
    let mut options = EngineOptions::default();
    options.limits.guards = guards;
    Engine::load(runaway_checkpoint(kind).to_str().unwrap(), options).unwrap()
}

fn request(seed: u64) -> SynthesisRequest {
    let mut req = SynthesisRequest::new(TEXT);
    req.speaker = Some("alice".into());
    req.language = "english".into();
    req.seed = seed;
    req
}

fn run(engine: &Engine, req: &SynthesisRequest) -> (Vec<f32>, SynthesisSummary) {
    let mut wav = Vec::new();
    let summary = engine.synthesize(req, &mut collect_into(&mut wav)).unwrap();
    (wav, summary)
}

/// The budget of `text` in `language` from first principles: 60 frames and the margin (4) times
/// the language's typical frames per token for each token of the spoken text.
fn budget(engine: &Engine, text: &str, language: &str) -> usize {
    let tokens = engine.tokenizer().encode_ids(text).unwrap().len();
    let per_token = 4.0 * typical_frames_per_token(language);
    BUDGET_BASE_FRAMES + (per_token * tokens as f32).ceil() as usize
}

#[test]
fn a_checkpoint_without_end_of_speech_stops_at_the_frame_budget() {
    let engine = engine(Runaway::NoEos, GuardSettings::default());
    let want = budget(&engine, TEXT, "english");
    // 13 tokens: 60 + ceil(10.8 * 13) = 201 frames, far below max_new_tokens (8192).
    assert_eq!(want, 201);
    for seed in [1, 2, 3] {
        let (wav, summary) = run(&engine, &request(seed));
        assert_eq!(summary.stop_reason(), Some(StopReason::FrameBudget), "seed {seed}");
        assert_eq!(summary.frames(), want, "seed {seed}");
        assert_eq!(wav.len(), summary.samples);
    }
    // Without the guard the same request runs to max_new_tokens: the model has no end.
    let off = self::engine(
        Runaway::NoEos,
        GuardSettings { frame_budget_margin: 0.0, ..Default::default() },
    );
    let mut req = request(1);
    req.set_max_frames(400);
    let (_, summary) = run(&off, &req);
    assert_eq!((summary.stop_reason(), summary.frames()), (Some(StopReason::MaxNewTokens), 400));
    // A smaller max_new_tokens still ends it first, under its own name.
    let mut req = request(1);
    req.set_max_frames(50);
    let (_, summary) = run(&engine, &req);
    assert_eq!((summary.stop_reason(), summary.frames()), (Some(StopReason::MaxNewTokens), 50));
}

#[test]
fn a_looping_checkpoint_stops_once_the_stretch_has_repeated_for_75_frames() {
    let engine = engine(Runaway::Loop, GuardSettings::default());
    for (seed, sampling) in [
        (1, SamplingOverrides::default()),
        (2, SamplingOverrides::default()),
        (0, SamplingOverrides::greedy()),
    ] {
        let mut req = request(seed);
        req.sampling = sampling;
        let (_, summary) = run(&engine, &req);
        let codes0: Vec<u32> = summary.codes.concat().iter().map(|f| f[0]).collect();
        // The codes are the cycle from the first frame: periodic at frame 5, and 75 frames
        // (3 stretches and more) long when the detector fires.
        let want: Vec<u32> = LOOP_CYCLE.iter().copied().cycle().take(75).collect();
        assert_eq!(codes0, want, "seed {seed}");
        assert_eq!(summary.stop_reason(), Some(StopReason::Loop), "seed {seed}");
    }
    // Without the loop detector the frame budget ends it.
    let no_loop =
        self::engine(Runaway::Loop, GuardSettings { loop_min_frames: 0, ..Default::default() });
    let (_, summary) = run(&no_loop, &request(1));
    assert_eq!(summary.stop_reason(), Some(StopReason::FrameBudget));
    assert_eq!(summary.frames(), budget(&no_loop, TEXT, "english"));
}

#[test]
fn a_guard_ends_the_whole_request_not_only_its_sentence_group() {
    let engine = engine(Runaway::Loop, GuardSettings::default());
    // Two sentence groups (each at most 300 characters): the first loops and ends the request.
    let sentence = "Please call Stella and ask her to bring these things with her from the store. ";
    let mut req = SynthesisRequest::new(sentence.repeat(6));
    req.speaker = Some("alice".into());
    let (_, summary) = run(&engine, &req);
    assert!(engine.prepare(&req).unwrap().segments() > 1);
    assert_eq!(summary.segments.len(), 1);
    assert_eq!(summary.stop_reasons, vec![StopReason::Loop]);
}

/// Every golden of the reference (talker, end-to-end, clip and Python goldens) is shorter than
/// any budget's base and than the loop detector's span: no guard can cut one. (The end-to-end
/// tests, e2e_reference.rs and the others, run with the guards on and still equal them.)
#[test]
fn no_golden_of_the_reference_is_cut_by_the_guards() {
    let fixtures = test_support::fixtures_dir();
    let loop_min = GuardSettings::default().loop_min_frames;
    let mut checked = 0;
    let mut longest = 0;
    for folder in ["talker", "e2e", "clips"] {
        for entry in std::fs::read_dir(fixtures.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "safetensors") {
                continue;
            }
            for frames in golden_frames(&path) {
                longest = longest.max(frames);
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "{checked} goldens");
    assert!(longest < BUDGET_BASE_FRAMES && longest < loop_min, "{longest} frames");
    assert_eq!(longest, 39);
}

/// The frame counts of a golden file's generated codes (`codes`, `codes_<row>`).
fn golden_frames(path: &Path) -> Vec<usize> {
    let st = unsafe { MmapedSafetensors::new(path) }.unwrap();
    st.tensors()
        .into_iter()
        .filter(|(name, _)| {
            name == "codes" || name.strip_prefix("codes_").is_some_and(|r| r.parse::<u32>().is_ok())
        })
        .map(|(name, _)| {
            let t = st.load(&name, &Device::Cpu).unwrap().to_dtype(DType::U32).unwrap();
            t.dim(0).unwrap()
        })
        .collect()
}
