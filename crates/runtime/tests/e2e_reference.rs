//! Text to waveform through the whole pipeline on the `tiny-e2e` fixture checkpoint (real text
//! vocabulary and tokenizer files), against the reference wrapper's output
//! (`Qwen3TTSModel.generate_custom_voice`, greedy; tests/fixtures/e2e/).

use std::path::PathBuf;

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device};
use runtime::Field;
use runtime::{
    AudioChunk, BatchConfig, Batcher, Engine, EngineError, EngineOptions, Qos, SynthesisRequest,
    TextFeed, collect_into,
};

fn fixtures() -> PathBuf {
    test_support::fixtures_dir()
}

fn engine() -> Engine {
    let dir = fixtures().join("checkpoints/tiny-e2e");
    Engine::load(dir.to_str().unwrap(), EngineOptions::default()).unwrap()
}

struct Golden {
    codes: Vec<Vec<u32>>,
    waveform: Vec<f32>,
}

fn golden(case: &str) -> Golden {
    let st = unsafe { MmapedSafetensors::new(fixtures().join(format!("e2e/{case}.safetensors"))) }
        .unwrap();
    let codes =
        st.load("codes", &Device::Cpu).unwrap().to_dtype(DType::U32).unwrap().to_vec2().unwrap();
    let waveform = st.load("waveform", &Device::Cpu).unwrap().to_vec1().unwrap();
    Golden { codes, waveform }
}

fn english() -> SynthesisRequest {
    let mut req = SynthesisRequest::new("The quick brown fox jumps over the lazy dog.");
    req.speaker = Some("Alice".into()); // case-insensitive, as the reference
    req.language = "English".into();
    req.text_feed = Some(TextFeed::Full);
    req.sampling = runtime::SamplingOverrides::greedy();
    req.set_max_frames(39);
    req.fade_ms = 0.0;
    req
}

fn russian() -> SynthesisRequest {
    let mut req =
        SynthesisRequest::new("Съешь же ещё этих мягких французских булок, да выпей чаю.");
    req.speaker = Some("bob".into());
    req.language = "russian".into();
    req.instruct = Some("Говорите медленно и спокойно.".into());
    req.text_feed = Some(TextFeed::Streaming);
    req.sampling = runtime::SamplingOverrides::greedy();
    req.set_max_frames(39);
    req.fade_ms = 0.0;
    req
}

fn run(engine: &Engine, req: &SynthesisRequest) -> (Vec<f32>, runtime::SynthesisSummary) {
    let mut wav = Vec::new();
    let summary = engine.synthesize(req, &mut collect_into(&mut wav)).unwrap();
    (wav, summary)
}

fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

#[test]
fn english_and_russian_equal_the_reference_wrapper() {
    let engine = engine();
    for (case, req) in [("e2e_en", english()), ("e2e_ru", russian())] {
        let golden = golden(case);
        let (wav, summary) = run(&engine, &req);
        assert_eq!(
            summary.segments,
            std::slice::from_ref(&req.text),
            "{case}: the normalizer leaves this text as it is"
        );
        assert_eq!(summary.codes, std::slice::from_ref(&golden.codes), "{case}: codes");
        let diff = max_abs_diff(&wav, &golden.waveform);
        assert!(diff < 1e-4, "{case}: waveform max |diff| {diff}");
    }
}

#[test]
fn chunks_stream_in_order_with_the_requested_size() {
    let engine = engine();
    let (whole, _) = run(&engine, &english());
    let mut req = english();
    req.chunk_ms = 20;
    let mut chunks: Vec<AudioChunk> = Vec::new();
    engine
        .synthesize(&req, &mut |c: AudioChunk| {
            chunks.push(c);
            Ok(())
        })
        .unwrap();
    let size = 24_000 * 20 / 1000;
    let (last, rest) = chunks.split_last().unwrap();
    assert!(rest.iter().all(|c| c.samples.len() == size && !c.last));
    assert!(last.last && last.samples.len() <= size);
    let mut start = 0;
    for c in &chunks {
        assert_eq!(c.start_sample, start);
        start += c.samples.len();
    }
    let joined: Vec<f32> = chunks.iter().flat_map(|c| c.samples.clone()).collect();
    assert_eq!(joined, whole, "streamed chunks concatenate to the one-shot output");
}

#[test]
fn sampling_is_deterministic_per_seed() {
    let engine = engine();
    let sampled = |seed: u64| {
        let mut req = english();
        req.sampling = runtime::SamplingOverrides::default();
        req.seed = seed;
        run(&engine, &req).0
    };
    let a = sampled(7);
    assert_eq!(a, sampled(7), "same seed, same samples");
    assert_ne!(a, sampled(8), "different seeds differ");
}

/// Acoustic-model steps of `req` through the batch loop, with `sink` taking its audio, and the
/// request's result.
fn steps_with_sink(
    engine: &Engine,
    req: &SynthesisRequest,
    sink: Box<runtime::output::Sink<'_>>,
) -> (u64, Result<runtime::SynthesisSummary, EngineError>) {
    let mut batcher = Batcher::new(engine, BatchConfig::default());
    let prepared = engine.prepare(req).unwrap();
    let permit = runtime::Admission::new(1).try_admit().unwrap();
    let (id, qos, progress, closed) = (1, Qos::default(), None, None);
    batcher
        .submit(runtime::Submission { id, prepared, qos, permit, sink, progress, closed })
        .unwrap();
    let mut result = None;
    while !batcher.is_idle() {
        result = batcher.step().pop().map(|(_, r)| r).or(result);
    }
    (batcher.stats().steps, result.expect("the request finished"))
}

#[test]
fn a_cancelling_sink_stops_the_synthesis() {
    let engine = engine();
    let mut req = english();
    req.chunk_ms = 20;
    let (full, done) = steps_with_sink(&engine, &req, Box::new(|_| Ok(())));
    assert_eq!(done.unwrap().codes[0].len(), 39);
    let mut seen = 0;
    let (steps, result) = steps_with_sink(
        &engine,
        &req,
        Box::new(|_: AudioChunk| {
            seen += 1;
            Err(EngineError::Cancelled)
        }),
    );
    let err = result.unwrap_err();
    assert!(matches!(err, EngineError::Cancelled), "{err}");
    assert_eq!(seen, 1);
    // Generation stopped at the first chunk: 20 ms are the first 20 frames of this codec (24
    // samples each), decoded at most 4 frames behind; the whole request takes 39.
    assert!(steps <= 20 + 4, "{steps} of {full} steps ran after the cancel");
    assert!(full >= 39, "{full}");
}

#[test]
fn bad_requests_name_their_field_and_the_valid_choices() {
    let engine = engine();
    let check = |req: SynthesisRequest, field: Field, needles: &[&str]| {
        let err = engine.synthesize(&req, &mut collect_into(&mut Vec::new())).unwrap_err();
        let r = err.request().unwrap_or_else(|| panic!("not a request error: {err}"));
        assert_eq!(r.field, field, "{err}");
        let msg = err.to_string();
        assert!(msg.starts_with(&format!("{}: ", field.name())), "{msg:?}");
        for n in needles {
            assert!(msg.contains(n), "{msg:?} lacks {n:?}");
        }
    };
    let mut req = english();
    req.speaker = Some("carol".into());
    check(req, Field::Voice, &["carol", "alice, bob"]);
    let mut req = english();
    req.language = "klingon".into();
    check(req, Field::Language, &["klingon", "auto, chinese, english, russian"]);
    let mut req = english();
    req.text = "  \n".into();
    check(req, Field::Input, &["empty"]);
    let mut req = english();
    req.chunk_ms = 5;
    check(req, Field::ChunkMs, &["20..=1000"]);
    let mut req = english();
    req.sampling.subtalker.top_p = Some(1.5);
    check(req, Field::SubtalkerTopP, &["1.5", "(0, 1]"]);
    let mut req = english();
    req.max_new_tokens = Some(-3);
    check(req, Field::MaxNewTokens, &["-3", "at least 2"]);
}

#[test]
fn a_custom_voice_request_without_a_speaker_speaks_with_the_default_one() {
    let engine = engine();
    // The first speaker in alphabetical order who speaks no dialect (bob speaks Beijing's).
    assert_eq!(engine.default_speaker().as_deref(), Some("alice"));
    let mut named = english();
    named.speaker = Some("alice".into());
    let mut unnamed = english();
    unnamed.speaker = None;
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let sa = engine.synthesize(&named, &mut collect_into(&mut a)).unwrap();
    let sb = engine.synthesize(&unnamed, &mut collect_into(&mut b)).unwrap();
    assert_eq!((sa.codes, a), (sb.codes, b));
}

#[test]
fn long_text_is_spoken_as_one_stream_of_sentence_groups() {
    let engine = engine();
    let sentence = "This sentence is long enough that two of them do not fit into one group of text, \
                    so the engine speaks them one after the other in a single stream of audio.";
    let mut req = english();
    req.text = format!("{sentence} {sentence} {sentence}");
    req.set_max_frames(5);
    req.fade_ms = 1.0; // 24 samples at 24 kHz
    let (wav, summary) = run(&engine, &req);
    // Each sentence is ~160 characters: two exceed a 300-character group, so three groups.
    assert_eq!(summary.segments.len(), 3, "{:?}", summary.segments);
    assert!(summary.codes.iter().all(|c| c.len() == 5));
    // Three groups of 5 frames x 24 samples, each join overlapped by the 24-sample cross-fade.
    assert_eq!(wav.len(), 3 * 5 * 24 - 2 * 24);
    assert_eq!(*wav.last().unwrap(), 0.0, "the stream fades out to silence");
}
