//! Unit-level goldens (`tests/fixtures/talker/units_*.safetensors`) and the speaker encoder
//! goldens (`tests/fixtures/speaker/`).

mod common;

use acoustic_model::candle::{DType, Device, IndexOp, Tensor};
use acoustic_model::mel::{MelConfig, log_mel, mel_filterbank};
use common::*;

fn check_units(ckpt: &str) {
    let model = load_model(ckpt, DType::F32);
    let t = load_tensors(&format!("talker/units_{ckpt}.safetensors"));
    let talker = model.talker();
    // Text projection.
    let ids: Vec<u32> =
        t["text_ids"].i(0).unwrap().to_vec1::<i64>().unwrap().iter().map(|&x| x as u32).collect();
    let proj = talker.text_embed(&ids).unwrap();
    let e_proj = max_abs(&proj, &t["text_proj"].i(0).unwrap());
    // Teacher-forced pass: every layer's hidden state and the logits.
    let xs = &t["tf_inputs_embeds"];
    let l = xs.dim(1).unwrap();
    let pos = vec![(0..l as i64).collect::<Vec<_>>()];
    let hs = talker.hidden_states(xs, &pos).unwrap();
    let want = &t["tf_hidden_states"];
    assert_eq!(hs.len(), want.dim(0).unwrap());
    let mut e_hs = 0f32;
    for (i, h) in hs.iter().enumerate() {
        e_hs = e_hs.max(max_abs(h, &want.i(i).unwrap()));
    }
    let logits = talker.logits(hs.last().unwrap()).unwrap();
    let e_logits = max_abs(&logits, &t["tf_logits"]);
    // One greedy code-predictor call.
    let h = t["cp_in_hidden"].i(0).unwrap();
    let c0 = t["cp_in_code0"].i((0, 0)).unwrap().to_scalar::<i64>().unwrap() as u32;
    let e0 = talker.codec_embed(&[c0]).unwrap();
    let mut logits_seen = Vec::new();
    let codes = model
        .code_predictor()
        .predict(&h, &e0, &mut |_, lg: &Tensor| {
            logits_seen.push(lg.clone());
            let v = lg.to_vec2::<f32>().unwrap();
            Ok(v.iter().map(|r| acoustic_model::sampling::argmax(r)).collect())
        })
        .unwrap();
    let want_codes: Vec<u32> =
        t["cp_codes"].i(0).unwrap().to_vec1::<i64>().unwrap().iter().map(|&x| x as u32).collect();
    assert_eq!(codes[0], want_codes, "{ckpt}: code predictor codes");
    let got = Tensor::stack(&logits_seen, 0).unwrap();
    let e_cp = max_abs(&got, &t["cp_logits"]);
    eprintln!(
        "units {ckpt}: text_proj {e_proj:.2e} hidden states {e_hs:.2e} logits {e_logits:.2e} cp logits {e_cp:.2e}"
    );
    assert!(e_proj < 1e-5, "{ckpt}: text projection differs by {e_proj}");
    assert!(e_hs < 1e-4, "{ckpt}: hidden states differ by {e_hs}");
    assert!(e_logits < 1e-4, "{ckpt}: logits differ by {e_logits}");
    assert!(e_cp < 1e-4, "{ckpt}: code predictor logits differ by {e_cp}");
}

#[test]
fn units_custom_voice() {
    check_units("tiny-custom-voice");
}

#[test]
fn units_voice_design() {
    check_units("tiny-voice-design");
}

#[test]
fn units_base() {
    check_units("tiny-base");
}

#[test]
fn mel_filterbank_equals_librosa() {
    let t = load_tensors("speaker/speaker_encoder.safetensors");
    let want = t["mel_basis"].flatten_all().unwrap().to_vec1::<f32>().unwrap();
    let got = mel_filterbank(&MelConfig::speaker_encoder());
    let err = got.iter().zip(&want).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
    let scale = want.iter().copied().fold(0f32, f32::max);
    eprintln!("mel basis max abs err {err:.2e} (max weight {scale:.3e})");
    assert!(err < 1e-7 * scale.max(1.0), "mel filterbank differs by {err}");
}

#[test]
fn speaker_embedding_from_audio() {
    let model = load_model("tiny-base", DType::F32);
    let t = load_tensors("speaker/speaker_encoder.safetensors");
    let audio = t["audio"].to_vec1::<f32>().unwrap();
    let mel = log_mel(&audio, &MelConfig::speaker_encoder(), &Device::Cpu).unwrap();
    // The reference STFT is an f32 FFT whose rounding error scales with the frame's energy, not
    // the bin's: in the quietest bins (mel ~1e-4, log -9) it reaches 1.1e-4 in log units, and a
    // float64 numpy STFT differs from the reference by the same 1.1e-4 at the same bin while
    // agreeing with us. So compare the linear mel relative to each frame's loudest bin.
    let lin_err = {
        let (a, b) = (mel.i(0).unwrap().exp().unwrap(), t["mel"].i(0).unwrap().exp().unwrap());
        let peak = b.max_keepdim(1).unwrap();
        let rel = (a - &b).unwrap().abs().unwrap().broadcast_div(&peak).unwrap();
        rel.flatten_all().unwrap().max(0).unwrap().to_scalar::<f32>().unwrap()
    };
    let e_mel = max_abs(&mel, &t["mel"]);
    let enc = model.speaker_encoder().unwrap();
    let stages = enc.forward_stages(&mel).unwrap();
    let names = ["blocks.0", "blocks.1", "blocks.2", "blocks.3", "mfa", "asp", "fc"];
    let mut e_stage = 0f32;
    for (s, n) in stages.iter().zip(names) {
        e_stage = e_stage.max(max_abs(s, &t[&format!("act_{n}")]));
    }
    let x = model.speaker_embedding(&audio, 24000).unwrap();
    let e_x = max_abs(&x, &t["xvector"]);
    let rx = enc.forward(&t["random_mel"]).unwrap();
    let e_rx = max_abs(&rx, &t["random_mel_xvector"]);
    eprintln!(
        "speaker: log-mel {e_mel:.2e} (linear, frame-relative {lin_err:.2e}) stages {e_stage:.2e} xvector {e_x:.2e} random-mel xvector {e_rx:.2e}"
    );
    assert!(lin_err < 1e-6, "mel differs by {lin_err} of the frame peak");
    assert!(e_stage < 1e-4, "encoder stages differ by {e_stage}");
    assert!(e_x < 1e-4, "x-vector differs by {e_x}");
    assert!(e_rx < 1e-4, "random-mel x-vector differs by {e_rx}");
}

#[test]
fn speaker_embedding_in_reduced_precision() {
    // The reference runs the encoder in the model dtype; bf16/f16 must work and stay close.
    // (Accumulating the pooling sums in bf16 instead of f32 gave 5% here; f32 accumulation 0.6%.)
    let t = load_tensors("speaker/speaker_encoder.safetensors");
    let audio = t["audio"].to_vec1::<f32>().unwrap();
    let want = &t["xvector"];
    let scale = want.abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
    for dtype in [DType::BF16, DType::F16] {
        let model = load_model("tiny-base", dtype);
        let x = model.speaker_embedding(&audio, 24000).unwrap();
        assert_eq!(x.dtype(), dtype);
        let err = max_abs(&x, want);
        eprintln!("{dtype:?} x-vector max abs err {err:.3e} (max |x| {scale:.2})");
        assert!(err < 0.02 * scale, "{dtype:?} x-vector differs by {err}");
    }
}
