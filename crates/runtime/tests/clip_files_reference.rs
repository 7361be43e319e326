//! Voice cloning from clip FILES at other rates, channel counts and formats, against the
//! reference wrapper given the same file by path (`generate_voice_clone(ref_audio=path)`:
//! `librosa.load(path, sr=None, mono=True)`, `librosa.resample` to 24 kHz; tests/fixtures/clips,
//! tools/reference/clip_goldens.py). WAV and FLAC must give the reference's samples bit for bit,
//! then its x-vector, reference codes, generated codes and waveform.

use std::path::{Path, PathBuf};

use acoustic_model::Voice;
use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device};
use runtime::{Engine, EngineOptions, SynthesisRequest, VoiceReference, collect_into};
use tts_core::audio::{self, MAX_CLIP_SECS};

/// tools/reference/e2e_goldens.py CLONE_TEXT / CLONE_REF_TEXT (also in clips/clips.json).
const TEXT: &str = "Please call Stella and ask her to bring these things with her.";
const REF_TEXT: &str = "Okay, let me check.";

fn clips() -> PathBuf {
    test_support::fixtures_dir().join("clips")
}

fn engine() -> Engine {
    let dir = test_support::fixtures_dir().join("checkpoints/tiny-e2e-base");
    Engine::load(dir.to_str().unwrap(), EngineOptions::default()).unwrap()
}

struct Golden {
    ref_audio_24k: Vec<f32>,
    xvector: Vec<f32>,
    ref_code: Vec<Vec<u32>>,
    codes: Vec<Vec<u32>>,
    waveform: Vec<f32>,
}

fn golden(stem: &str) -> Golden {
    let st =
        unsafe { MmapedSafetensors::new(clips().join(format!("{stem}.safetensors"))) }.unwrap();
    let f1 = |name: &str| -> Vec<f32> { st.load(name, &Device::Cpu).unwrap().to_vec1().unwrap() };
    let c2 = |name: &str| -> Vec<Vec<u32>> {
        st.load(name, &Device::Cpu).unwrap().to_dtype(DType::U32).unwrap().to_vec2().unwrap()
    };
    Golden {
        ref_audio_24k: f1("ref_audio_24k"),
        xvector: f1("xvector"),
        ref_code: c2("ref_code"),
        codes: c2("codes"),
        waveform: f1("waveform"),
    }
}

fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

/// Reads a clip as every entry point does: decoded, then resampled to 24 kHz.
fn read_24k(path: &Path) -> tts_core::Audio {
    let clip = audio::read_audio_mono(path, MAX_CLIP_SECS).unwrap();
    let samples = audio::resample(&clip.samples, clip.sample_rate, 24_000).unwrap();
    tts_core::Audio { samples, sample_rate: 24_000 }
}

/// The registered voice's x-vector and reference codes (ICL).
fn encoded(engine: &Engine, name: &str) -> (Vec<f32>, Vec<Vec<u32>>) {
    match engine.voices().get(name).unwrap().voice() {
        Voice::Icl { xvector, ref_codes, .. } => {
            (xvector.flatten_all().unwrap().to_vec1().unwrap(), ref_codes.clone())
        }
        _ => panic!("{name}: not an ICL voice"),
    }
}

#[test]
fn wav_and_flac_clips_at_any_rate_clone_as_the_reference() {
    let engine = engine();
    let mut checked = 0;
    for rate in [8_000, 16_000, 22_050, 44_100, 48_000] {
        for channels in ["mono", "stereo"] {
            for bits in [16, 24] {
                let stem = format!("clip_{rate}_{channels}_{bits}bit");
                let g = golden(&stem);
                for ext in ["wav", "flac"] {
                    let case = format!("{stem}.{ext}");
                    let path = clips().join(&case);
                    // Decoding and resampling: the reference's samples exactly.
                    let at_24k = read_24k(&path);
                    assert_eq!(at_24k.samples, g.ref_audio_24k, "{case}: samples at 24 kHz");
                    // The clip as the engine gets it (at its own rate): x-vector and codes.
                    let clip = audio::read_audio_mono(&path, MAX_CLIP_SECS).unwrap();
                    assert_eq!(clip.sample_rate, rate, "{case}");
                    let reference = VoiceReference {
                        audio: clip,
                        text: Some(REF_TEXT.into()),
                        x_vector_only: false,
                    };
                    let name = format!("v{checked}");
                    engine.register_voice(&name, &reference).unwrap();
                    let (xvector, ref_codes) = encoded(&engine, &name);
                    let scale = g.xvector.iter().fold(0f32, |m, x| m.max(x.abs()));
                    let dx = max_abs_diff(&xvector, &g.xvector);
                    assert!(dx < 1e-4 * scale.max(1.0), "{case}: x-vector differs by {dx}");
                    assert_eq!(ref_codes, g.ref_code, "{case}: reference codes");
                    let mut req = SynthesisRequest::new(TEXT);
                    req.language = "english".into();
                    req.sampling = runtime::SamplingOverrides::greedy();
                    req.set_max_frames(g.codes.len());
                    req.fade_ms = 0.0;
                    req.reference = Some(reference);
                    let mut wav = Vec::new();
                    let summary = engine.synthesize(&req, &mut collect_into(&mut wav)).unwrap();
                    assert_eq!(summary.codes, std::slice::from_ref(&g.codes), "{case}: codes");
                    let dw = max_abs_diff(&wav, &g.waveform);
                    assert!(dw < 1e-4, "{case}: waveform max |diff| {dw}");
                    eprintln!("{case}: x-vector |diff| {dx:e}, waveform |diff| {dw:e}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 40);
}

fn formats() -> MmapedSafetensors {
    unsafe { MmapedSafetensors::new(clips().join("formats.safetensors")) }.unwrap()
}

fn tensor(st: &MmapedSafetensors, name: &str) -> Vec<f32> {
    st.load(name, &Device::Cpu).unwrap().to_vec1().unwrap()
}

/// MP3 and OGG Vorbis are decoded by symphonia here and by libsndfile's mpg123 / libvorbis in
/// the reference: the same length and samples within the decoders' float rounding of each
/// other (measured: MP3 <= 1.2e-6, Vorbis <= 2.4e-7 on these clips).
#[test]
fn lossy_clips_decode_within_rounding_of_the_reference() {
    let st = formats();
    for key in ["mp3_16000_mono", "mp3_44100_stereo", "ogg_16000_mono", "ogg_44100_stereo"] {
        let ext = &key[..3];
        let path = clips().join(format!("{key}.{ext}"));
        let ours = audio::read_audio_mono(&path, MAX_CLIP_SECS).unwrap();
        let theirs = tensor(&st, &format!("{key}_loaded"));
        assert_eq!(ours.samples.len(), theirs.len(), "{key}: length");
        let d = max_abs_diff(&ours.samples, &theirs);
        let d24 = max_abs_diff(&read_24k(&path).samples, &tensor(&st, &format!("{key}_24k")));
        eprintln!("{key}: decoded |diff| {d:e}, at 24 kHz {d24:e}");
        assert!(d < 2e-6 && d24 < 2e-6, "{key}: decoded differs by {d}, at 24 kHz by {d24}");
    }
}

/// A silent clip and a 1 kHz clip are defined inputs (the reference clones from them): the same
/// samples at 24 kHz and the same x-vector.
#[test]
fn silent_and_1_khz_clips_give_the_reference_x_vector() {
    let st = formats();
    let engine = engine();
    for key in ["silent_16000", "low_1000"] {
        let path = clips().join(format!("{key}.wav"));
        assert_eq!(read_24k(&path).samples, tensor(&st, &format!("{key}_24k")), "{key}");
        let reference = VoiceReference {
            audio: audio::read_audio_mono(&path, MAX_CLIP_SECS).unwrap(),
            text: None,
            x_vector_only: true,
        };
        engine.register_voice(key, &reference).unwrap();
        let Voice::XVector(x) = engine.voices().get(key).unwrap().voice().clone() else {
            panic!("{key}: not an x-vector voice")
        };
        let x: Vec<f32> = x.flatten_all().unwrap().to_vec1().unwrap();
        let want = tensor(&st, &format!("{key}_xvector"));
        let scale = want.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = max_abs_diff(&x, &want);
        assert!(d < 1e-4 * scale.max(1.0), "{key}: x-vector differs by {d}");
    }
}

/// The longest reference clip is a setting of the engine (`max_reference_secs`), checked for
/// every clip however it arrives (decoded here, or samples from Python or gRPC).
#[test]
fn a_clip_past_max_reference_secs_is_refused_by_name() {
    let dir = test_support::fixtures_dir().join("checkpoints/tiny-e2e-base");
    let mut options = EngineOptions::default();
    options.limits.max_reference_secs = 0.05;
    let engine = Engine::load(dir.to_str().unwrap(), options).unwrap();
    assert_eq!(engine.max_reference_secs(), 0.05);
    let clip = audio::read_audio_mono(&clips().join("clip_16000_mono_16bit.wav"), 1.0).unwrap();
    let reference = VoiceReference { audio: clip, text: None, x_vector_only: true };
    let err = engine.register_voice("long", &reference).unwrap_err();
    assert_eq!(err.request().map(|r| r.field), Some(runtime::Field::RefAudio), "{err}");
    let err = err.to_string();
    assert!(err.contains("0.1 s long") && err.contains("max_reference_secs"), "{err}");
    assert_eq!(EngineOptions::default().limits.max_reference_secs, MAX_CLIP_SECS);
}
