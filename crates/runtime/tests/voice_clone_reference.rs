//! Voice cloning through the whole pipeline on the `tiny-e2e-base` fixture checkpoint (Base
//! model with the real text vocabulary and tokenizer files), against the reference wrapper's
//! output (`Qwen3TTSModel.generate_voice_clone`, greedy; tests/fixtures/e2e/clone_*).

use std::path::PathBuf;

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device};
use runtime::{BatchConfig, Engine, EngineOptions, SynthesisRequest, VoiceReference, collect_into};
use runtime::{Field, Reason};

fn fixtures() -> PathBuf {
    test_support::fixtures_dir()
}

/// tools/reference/e2e_goldens.py CLONE_TEXT / CLONE_REF_TEXT (also in e2e/clone_*.json).
const TEXT: &str = "Please call Stella and ask her to bring these things with her.";
const REF_TEXT: &str = "Okay, let me check.";

struct Golden {
    meta: String,
    ref_audio: Vec<f32>,
    ref_code: Option<Vec<Vec<u32>>>,
    codes: Vec<Vec<u32>>,
    waveform: Vec<f32>,
}

fn golden(case: &str) -> Golden {
    let dir = fixtures().join("e2e");
    let meta = std::fs::read_to_string(dir.join(format!("{case}.json"))).unwrap();
    let st = unsafe { MmapedSafetensors::new(dir.join(format!("{case}.safetensors"))) }.unwrap();
    let codes2 = |name: &str| -> Vec<Vec<u32>> {
        st.load(name, &Device::Cpu).unwrap().to_dtype(DType::U32).unwrap().to_vec2().unwrap()
    };
    let ref_code = st.get("ref_code").ok().map(|_| codes2("ref_code"));
    Golden {
        ref_audio: st.load("ref_audio", &Device::Cpu).unwrap().to_vec1().unwrap(),
        ref_code,
        codes: codes2("codes"),
        waveform: st.load("waveform", &Device::Cpu).unwrap().to_vec1().unwrap(),
        meta,
    }
}

fn request(g: &Golden) -> SynthesisRequest {
    let x_vector_only = g.ref_code.is_none();
    assert!(g.meta.contains(&format!("\"x_vector_only_mode\": {x_vector_only}")));
    assert!(g.meta.contains(&format!("\"text\": \"{TEXT}\"")));
    assert!(g.meta.contains(&format!("\"ref_text\": \"{REF_TEXT}\"")));
    assert!(g.meta.contains("\"language\": \"english\""));
    let mut req = SynthesisRequest::new(TEXT);
    req.language = "english".into();
    req.sampling = runtime::SamplingOverrides::greedy();
    req.set_max_frames(g.codes.len());
    req.fade_ms = 0.0;
    req.reference = Some(VoiceReference {
        audio: tts_core::Audio { samples: g.ref_audio.clone(), sample_rate: 24_000 },
        text: (!x_vector_only).then(|| REF_TEXT.to_string()),
        x_vector_only,
    });
    req
}

/// The Base fixture checkpoint `tiny-e2e-base`.
fn base_dir() -> PathBuf {
    fixtures().join("checkpoints/tiny-e2e-base")
}

fn engine() -> Engine {
    Engine::load(base_dir().to_str().unwrap(), EngineOptions::default()).unwrap()
}

fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

#[test]
fn icl_and_x_vector_clones_equal_the_reference_wrapper() {
    let engine = engine();
    for case in ["clone_icl_en", "clone_xvec_en"] {
        let g = golden(case);
        assert_eq!(g.ref_audio.len(), 2400, "{case}: the recorded reference slice");
        if let Some(ref_code) = &g.ref_code {
            // The reference cut equals T_ref * samples_per_frame for this case, so the engine's
            // primed decode drops exactly the reference part.
            assert!(g.meta.contains("\"cut_equals_ref_frames_times_spf\": true"), "{case}");
            assert!(g.meta.contains(&format!("\"ref_frames\": {},", ref_code.len())), "{case}");
        }
        let req = request(&g);
        let mut wav = Vec::new();
        let summary = engine.synthesize(&req, &mut collect_into(&mut wav)).unwrap();
        assert_eq!(summary.segments, std::slice::from_ref(&req.text), "{case}: normalizer no-op");
        assert_eq!(summary.codes, std::slice::from_ref(&g.codes), "{case}: codes");
        let diff = max_abs_diff(&wav, &g.waveform);
        eprintln!("{case}: {} frames, waveform max |diff| {diff:e}", g.codes.len());
        assert!(diff < 1e-4, "{case}: waveform max |diff| {diff}");
    }
}

#[test]
fn a_registered_voice_is_encoded_once_and_speaks_as_the_reference() {
    let engine = engine();
    for (case, name) in [("clone_icl_en", "Stella-ICL"), ("clone_xvec_en", "stella_xvec")] {
        let g = golden(case);
        let mut req = request(&g);
        let reference = req.reference.take().unwrap();
        engine.register_voice(name, &reference).unwrap();
        assert_eq!(engine.voices().get(name).unwrap().in_context(), g.ref_code.is_some(), "{case}");
        req.voice = Some(name.to_uppercase()); // names are case-insensitive
        let mut wav = Vec::new();
        let summary = engine.synthesize(&req, &mut collect_into(&mut wav)).unwrap();
        assert_eq!(summary.codes, std::slice::from_ref(&g.codes), "{case}: codes");
        let diff = max_abs_diff(&wav, &g.waveform);
        assert!(diff < 1e-4, "{case}: waveform max |diff| {diff}");
    }
    assert_eq!(engine.voices().names(), ["stella-icl", "stella_xvec"]);
    let g = golden("clone_xvec_en");
    let mut req = request(&g);
    req.voice = Some("nobody".into());
    let field_of = |e: runtime::EngineError| {
        let r = e.request().cloned().unwrap_or_else(|| panic!("not a request error: {e}"));
        (r.field, r.reason, r.to_string())
    };
    let err = field_of(engine.synthesize(&req, &mut |_| Ok(())).unwrap_err());
    assert_eq!((err.0, err.1), (Field::RefAudio, Reason::Invalid), "{}", err.2);
    assert!(err.2.contains("not both"), "{}", err.2);
    req.reference = None;
    let err = field_of(engine.synthesize(&req, &mut |_| Ok(())).unwrap_err());
    assert_eq!((err.0, err.1), (Field::Voice, Reason::UnknownVoice), "{}", err.2);
    assert!(
        err.2.contains("nobody") && err.2.ends_with("valid: stella-icl, stella_xvec"),
        "{}",
        err.2
    );
    req.voice = None;
    let err = field_of(engine.synthesize(&req, &mut |_| Ok(())).unwrap_err());
    assert_eq!(err.0, Field::Voice, "{}", err.2);
    assert!(err.2.ends_with("valid: stella-icl, stella_xvec"), "{}", err.2);
    let bad = engine.register_voice("no spaces", &request(&g).reference.unwrap()).unwrap_err();
    let bad = field_of(bad);
    assert_eq!(bad.0, Field::Name, "{}", bad.2);
    assert!(bad.2.contains("\"no spaces\" is not a valid voice name"), "{}", bad.2);
}

#[test]
fn a_reference_at_another_rate_is_resampled_once_for_both_encoders() {
    // The x-vector and the codec encoder see the same 24 kHz samples (the reference resamples
    // for both with one filter): a 16 kHz reference clones exactly as its resampling to 24 kHz
    // passed in directly, in both clone modes.
    let engine = engine();
    for case in ["clone_icl_en", "clone_xvec_en"] {
        let g = golden(case);
        let at_16k = tts_core::audio::resample(&g.ref_audio, 24_000, 16_000).unwrap();
        let at_24k = tts_core::audio::resample(&at_16k, 16_000, 24_000).unwrap();
        let synth = |samples: Vec<f32>, sample_rate: u32| {
            let mut req = request(&g);
            req.reference.as_mut().unwrap().audio = tts_core::Audio { samples, sample_rate };
            let mut wav = Vec::new();
            let summary = engine.synthesize(&req, &mut collect_into(&mut wav));
            (summary.unwrap_or_else(|e| panic!("{case}: {e}")).codes, wav)
        };
        let (resampled_here, resampled_by_engine) = (synth(at_24k, 24_000), synth(at_16k, 16_000));
        assert!(!resampled_here.1.is_empty(), "{case}");
        assert_eq!(resampled_by_engine, resampled_here, "{case}");
    }
    // The speaker encoder itself takes 24 kHz only, and says so.
    let model = acoustic_model::Qwen3Tts::load(&base_dir(), DType::F32, &Device::Cpu).unwrap();
    let err = model.speaker_embedding(&[0.0; 1600], 16_000).unwrap_err().to_string();
    assert!(err.contains("24000 Hz") && err.contains("16000 Hz"), "{err}");
}

#[test]
fn the_icl_cut_keeps_the_reference_sample_where_the_wrapper_does() {
    // e2e/clone_icl_cut (tools/reference/clone_cut_goldens.py): T_ref 160, T_total 179, 24
    // samples per frame; the wrapper cuts at int(160 / 179 * 4296) = 3839, one sample before
    // the frame boundary, so its output starts with the reference audio's last sample.
    let engine = engine();
    let g = golden("clone_icl_cut");
    let spf = 24;
    let (t_ref, frames) = (g.ref_code.as_ref().unwrap().len(), g.codes.len());
    assert_eq!((t_ref, frames), (160, 19));
    let cut = (t_ref as f64 / (t_ref + frames) as f64 * ((t_ref + frames) * spf) as f64) as usize;
    assert_eq!(cut, t_ref * spf - 1);
    assert!(g.meta.contains(&format!("\"cut\": {cut},")));
    assert_eq!(g.waveform.len(), (t_ref + frames) * spf - cut);
    let st = unsafe { MmapedSafetensors::new(fixtures().join("e2e/clone_icl_cut.safetensors")) };
    let full: Vec<f32> =
        st.unwrap().load("full_waveform", &Device::Cpu).unwrap().to_vec1().unwrap();
    assert_eq!(full[cut..], g.waveform[..]);

    // A whole utterance (the default) is cut exactly there.
    let mut req = request(&g);
    let mut wav = Vec::new();
    let summary = engine.synthesize(&req, &mut collect_into(&mut wav)).unwrap();
    assert_eq!(summary.codes, std::slice::from_ref(&g.codes), "codes");
    assert_eq!(wav.len(), g.waveform.len());
    let diff = max_abs_diff(&wav, &g.waveform);
    assert!(diff < 1e-4, "waveform max |diff| {diff}");
    // A stream cuts at the frame boundary: the same audio without that first sample.
    req.exact_reference_cut = false;
    let mut streamed = Vec::new();
    engine.synthesize(&req, &mut collect_into(&mut streamed)).unwrap();
    assert_eq!(streamed.len(), g.waveform.len() - 1);
    let diff = max_abs_diff(&streamed, &g.waveform[1..]);
    assert!(diff < 1e-4, "streamed waveform max |diff| {diff}");
    assert_eq!(streamed, wav[1..]);
}

/// A voice clone's prompt holds its reference codes (the long kind of prompt). Joining a stream
/// that is playing, in an int8 mode (where a prefill split into pieces is exact), it prefills
/// `prefill_chunk` positions per step between the playing stream's steps (more where the stream
/// has the audio buffered to afford them), and both speak exactly as each alone.
#[test]
fn an_icl_clone_joining_a_playing_stream_prefills_in_pieces_and_speaks_as_alone() {
    let options = EngineOptions::from_names("cpu", "q8_0", "f32", "continuous").unwrap();
    let engine = Engine::load(base_dir().to_str().unwrap(), options).unwrap();
    if !engine.model().talker().decoder().is_fused() {
        println!(
            "skipped an_icl_clone_joining_a_playing_stream_prefills_in_pieces: no int8 kernel"
        );
        return;
    }
    let mut playing = request(&golden("clone_xvec_en"));
    playing.set_max_frames(200);
    playing.chunk_ms = 20;
    let icl = request(&golden("clone_icl_en"));
    let alone = |req: &SynthesisRequest| {
        let mut wav = Vec::new();
        let summary = engine.synthesize(req, &mut collect_into(&mut wav)).unwrap();
        (summary.codes, wav)
    };
    let want = [alone(&playing), alone(&icl)];
    let config = |prefill_chunk, prefill_on_slack| BatchConfig {
        prefill_chunk,
        prefill_on_slack,
        ..Default::default()
    };
    let (whole_steps, whole) = join_playing(&engine, &playing, &icl, config(usize::MAX, false));
    assert_eq!(whole_steps, 1, "a whole prefill joins at the next step");
    assert_eq!(whole, want);
    // Pieces of 2 whatever the playing stream has buffered.
    let (steps, split) = join_playing(&engine, &playing, &icl, config(2, false));
    // Pieces of 2 positions: the clone's text and reference codes (the voice and language rows
    // of its shared prefix may run whole first) take several steps of the playing stream.
    eprintln!("pieces of 2 positions: the clone joined after {steps} steps");
    assert!(steps >= 4, "the clone joined after {steps} steps");
    assert_eq!(split, want);
    // Pieces as large as the playing stream's buffered audio affords: how large depends on
    // how far ahead of real time this machine runs (`scheduler::prefill_positions` is tested
    // on its own); the audio is the same whatever they are.
    let (slack_steps, on_slack) = join_playing(&engine, &playing, &icl, config(2, true));
    eprintln!("on slack: the clone joined after {slack_steps} steps");
    assert_eq!(on_slack, want);
}

/// A request's codes (per segment) and audio.
type Spoken = (Vec<Vec<Vec<u32>>>, Vec<f32>);

/// Starts `playing`, waits for its first audio, submits `newcomer`; returns the steps the
/// newcomer's prefill took and each request's codes and audio.
fn join_playing(
    engine: &Engine,
    playing: &SynthesisRequest,
    newcomer: &SynthesisRequest,
    config: BatchConfig,
) -> (usize, [Spoken; 2]) {
    use std::sync::Mutex;

    use runtime::{Admission, Batcher, Qos, Submission};

    let wavs = [Mutex::new(Vec::new()), Mutex::new(Vec::new())];
    let mut batcher = Batcher::new(engine, config);
    for (id, req) in [playing, newcomer].into_iter().enumerate() {
        let wav = &wavs[id];
        let sink = Box::new(move |c: runtime::AudioChunk| {
            wav.lock().unwrap().extend_from_slice(&c.samples);
            Ok(())
        });
        let (prepared, qos) = (engine.prepare(req).unwrap(), Qos::default());
        let permit = Admission::new(1).try_admit().unwrap();
        let (progress, closed) = (None, None);
        let id = id as u64;
        batcher.submit(Submission { id, prepared, qos, permit, sink, progress, closed }).unwrap();
        if id == 0 {
            while wavs[0].lock().unwrap().is_empty() {
                assert!(
                    batcher.step().is_empty(),
                    "the playing stream ended before its first chunk"
                );
            }
        }
    }
    let mut steps = 0;
    let mut finished = Vec::new();
    while batcher.stats().prefills < 2 {
        finished.extend(batcher.step());
        steps += 1;
    }
    while finished.len() < 2 {
        finished.extend(batcher.step());
    }
    drop(batcher);
    finished.sort_by_key(|(id, _)| *id);
    let mut out = finished
        .into_iter()
        .zip(wavs)
        .map(|((_, r), wav)| (r.unwrap().codes, wav.into_inner().unwrap()));
    (steps, [out.next().unwrap(), out.next().unwrap()])
}
