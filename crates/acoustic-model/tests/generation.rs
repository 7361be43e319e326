//! Properties of generation beyond the greedy goldens: a batch equals the requests run alone,
//! seeded sampling is reproducible, streamed text input equals the whole text up front, and bad
//! requests are refused with the valid choices listed.

mod common;

use acoustic_model::candle::DType;
use acoustic_model::{GenerateParams, PromptRequest, SamplingParams, Voice};
use common::*;

#[test]
fn batch_equals_singles() {
    for name in ["cv_batch2_stream", "cv_batch2_nonstream", "cv_eos_batch2_stream"] {
        let case = load_case(name);
        let model = load_model(&case.ckpt, DType::F32);
        let batch = model.generate(&case.requests).unwrap();
        for (b, req) in case.requests.iter().enumerate() {
            let single = model.generate(std::slice::from_ref(req)).unwrap();
            assert_eq!(single[0], batch[b], "{name}: row {b}");
            // And the reference's own codes.
            assert_eq!(batch[b].frames, i64_rows(&case.tensors[&format!("codes_{b}")]));
        }
    }
}

fn sampled(seed: u64) -> GenerateParams {
    let s = SamplingParams { do_sample: true, top_k: 50, top_p: 0.95, temperature: 0.9 };
    GenerateParams {
        talker: s,
        subtalker: s,
        repetition_penalty: 1.05,
        max_new_tokens: 16,
        seed,
        guards: Default::default(),
    }
}

#[test]
fn seeded_sampling_is_reproducible() {
    let case = load_case("cv_alice_english_stream");
    let model = load_model(&case.ckpt, DType::F32);
    let req = case.requests[0].0.clone();
    let run = |seed| model.generate(&[(req.clone(), sampled(seed))]).unwrap().remove(0);
    let (a, b, c) = (run(1), run(1), run(2));
    assert_eq!(a, b, "same seed, same codes");
    assert_ne!(a.frames, c.frames, "different seeds should differ");
    // A sampled row in a batch draws from its own generator: same codes as alone.
    let batch = model
        .generate(&[(req.clone(), sampled(2)), (case.requests[0].0.clone(), sampled(1))])
        .unwrap();
    assert_eq!(batch[0], c);
    assert_eq!(batch[1], a);
}

#[test]
fn streamed_text_equals_whole_text() {
    // Open the text with the first token only, then append one token per frame and finish:
    // the codes equal the whole-text streaming run (and the reference's).
    let case = load_case("cv_alice_english_stream");
    let model = load_model(&case.ckpt, DType::F32);
    let (full, params) = case.requests[0].clone();
    let text = &full.input_ids[3..full.input_ids.len() - 5];
    let mut open = full.clone();
    open.input_ids = full.input_ids[..4].to_vec();
    open.text_open = true;
    let mut s = model.start(&[(open, params)], acoustic_model::Tracing::Off).unwrap();
    let mut next = 1;
    let mut frames = Vec::new();
    while !s.is_done() {
        if s.needs_text(0) {
            if next < text.len() {
                s.append_text(0, &text[next..next + 1]).unwrap();
                next += 1;
            } else {
                s.finish_text(0).unwrap();
            }
        }
        if let Some(f) = s.next_frame().unwrap().remove(0) {
            frames.push(f);
        }
    }
    assert_eq!(frames, i64_rows(&case.tensors["codes_0"]));
    // Starved of text, the session refuses to guess.
    let mut open = full.clone();
    open.input_ids = full.input_ids[..4].to_vec();
    open.text_open = true;
    let mut s = model.start(&[(open, params)], acoustic_model::Tracing::Off).unwrap();
    s.next_frame().unwrap();
    assert!(s.needs_text(0));
    let err = s.next_frame().unwrap_err().to_string();
    assert!(err.contains("waits for text"), "{err}");
}

#[test]
fn bad_requests_list_valid_choices() {
    let case = load_case("cv_alice_english_stream");
    let model = load_model(&case.ckpt, DType::F32);
    let base = case.requests[0].0.clone();
    let err = |r: PromptRequest| model.build_prompt(&r).unwrap_err().to_string();
    let e = err(PromptRequest { voice: Voice::Speaker("carol".into()), ..base.clone() });
    assert!(e.contains("carol") && e.contains("alice, bob"), "{e}");
    let e = err(PromptRequest { language: "klingon".into(), ..base.clone() });
    assert!(e.contains("klingon") && e.contains("auto") && e.contains("english"), "{e}");
    assert!(!e.contains("beijing_dialect"), "dialects are not user languages: {e}");
    let e = err(PromptRequest { voice: Voice::Described, ..base.clone() });
    assert!(e.contains("custom_voice") && e.contains("named speaker"), "{e}");
    let e = err(PromptRequest { input_ids: base.input_ids[..8].to_vec(), ..base.clone() });
    assert!(e.contains("input_ids"), "{e}");
    // Case-insensitive names, as the wrapper lower-cases them.
    model
        .build_prompt(&PromptRequest {
            voice: Voice::Speaker("Alice".into()),
            language: "English".into(),
            ..base
        })
        .unwrap();
}

#[test]
fn wrapper_defaults() {
    use acoustic_model::TtsModelType;
    assert!(!PromptRequest::default_non_streaming(TtsModelType::Base));
    assert!(PromptRequest::default_non_streaming(TtsModelType::CustomVoice));
    assert!(PromptRequest::default_non_streaming(TtsModelType::VoiceDesign));
    let model = load_model("tiny-custom-voice", DType::F32);
    let p = model.default_params(7);
    assert_eq!((p.talker.do_sample, p.talker.top_k, p.talker.temperature), (true, 50, 0.9));
    assert_eq!((p.subtalker.top_k, p.repetition_penalty, p.max_new_tokens), (50, 1.05, 8192));
}

#[test]
fn reduced_precision_runs_close_to_f32() {
    // bf16/f16 weights: same prompt, codes need not match exactly, but the first talker logits
    // must be close to the f32 reference.
    let case = load_case("cv_alice_english_stream");
    for dtype in [DType::BF16, DType::F16] {
        let model = load_model(&case.ckpt, dtype);
        let mut s = model.start(&case.requests, acoustic_model::Tracing::Record).unwrap();
        s.next_frame().unwrap();
        let got = &s.trace().unwrap().talker_logits[0];
        let want = case.tensors["talker_logits"].get(0).unwrap();
        let err = max_abs(got, &want);
        let scale = want.abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        eprintln!("{dtype:?}: first-step logits max abs err {err:.3e} (max |logit| {scale:.2})");
        assert!(err < 0.02 * scale, "{dtype:?} logits differ by {err}");
    }
}

#[test]
fn rows_joining_and_leaving_a_running_session_get_their_codes_alone() {
    // Continuous batching: requests of different modes and lengths (greedy reference cases and a
    // sampled one) join a running session at different steps; one is released mid-way (a
    // cancelled client). Every row's codes equal the request run alone, and the greedy ones the
    // reference's.
    let names =
        ["cv_alice_english_stream", "cv_bob_auto_instruct_nonstream", "cv_bob_chinese_stream"];
    let cases: Vec<_> = names.iter().map(|n| load_case(n)).collect();
    let model = load_model(&cases[0].ckpt, DType::F32);
    let mut requests: Vec<_> = cases.iter().map(|c| c.requests[0].clone()).collect();
    requests.push((cases[0].requests[0].0.clone(), sampled(7)));
    let alone: Vec<_> = requests
        .iter()
        .map(|r| model.generate(std::slice::from_ref(r)).unwrap().remove(0))
        .collect();
    for (c, a) in cases.iter().zip(&alone) {
        assert_eq!(a.frames, i64_rows(&c.tensors["codes_0"]), "alone vs reference");
    }

    let mut s = model.start(&requests[..1], acoustic_model::Tracing::Off).unwrap();
    let join_at = [0usize, 2, 3, 5];
    let cancel = (3usize, 4usize); // request 3 leaves after 4 frames
    let mut slot_of = [Some(0usize), None, None, None];
    let mut got: Vec<Vec<Vec<u32>>> = vec![Vec::new(); requests.len()];
    let mut step = 0;
    loop {
        for (k, &at) in join_at.iter().enumerate() {
            if at == step && slot_of[k].is_none() {
                let prompt = model.build_prompt(&requests[k].0).unwrap();
                slot_of[k] = Some(s.admit(prompt, requests[k].1).unwrap());
            }
        }
        if s.is_done() && step > *join_at.iter().max().unwrap() {
            break;
        }
        let out = s.next_frame().unwrap();
        for (k, slot) in slot_of.iter().enumerate() {
            if let Some(f) = slot.and_then(|i| out.get(i).cloned().flatten()) {
                got[k].push(f);
            }
        }
        if let Some(i) = slot_of[cancel.0]
            && got[cancel.0].len() == cancel.1
        {
            s.release(i);
            slot_of[cancel.0] = None;
        }
        step += 1;
    }
    for k in 0..requests.len() {
        let want = &alone[k].frames;
        if k == cancel.0 {
            assert_eq!(got[k][..], want[..cancel.1], "request {k} before it left");
        } else {
            assert_eq!(&got[k], want, "request {k}");
            assert_eq!(s.stop_reason(slot_of[k].unwrap()), Some(alone[k].stop), "request {k}");
        }
    }
}

#[test]
fn code_selection_on_the_device_gives_the_host_frames() {
    // The code predictor's choice run with tensor ops (the GPU path, here on the CPU device)
    // against the host's `sampling::select`: a batch of greedy, sampled (different settings
    // per row) and teacher-forced rows gives the same frames, stop reasons and code-predictor
    // logits, and the greedy rows the reference's codes.
    use acoustic_model::CodeSelection;
    let case = load_case("cv_batch2_stream");
    let model = load_model(&case.ckpt, DType::F32);
    let alice = load_case("cv_alice_english_stream");
    let req = alice.requests[0].0.clone();
    let top = SamplingParams { do_sample: true, top_k: 5, top_p: 0.8, temperature: 1.3 };
    let warm = SamplingParams { do_sample: true, top_k: 0, top_p: 1.0, temperature: 0.7 };
    let mut requests = case.requests.clone();
    requests.push((req.clone(), sampled(3)));
    requests.push((req.clone(), GenerateParams { subtalker: top, seed: 11, ..sampled(0) }));
    let greedy_talker = GenerateParams { talker: SamplingParams::GREEDY, ..sampled(12) };
    requests.push((req.clone(), GenerateParams { subtalker: warm, ..greedy_talker }));
    requests.push((req.clone(), sampled(5)));
    // A greedy code predictor draws nothing: the talker's draws of this row stay in step.
    requests
        .push((req.clone(), GenerateParams { subtalker: SamplingParams::GREEDY, ..sampled(8) }));
    let forced = i64_rows(&alice.tensors["codes_0"])[..3].to_vec();
    let run = |selection: CodeSelection| {
        let mut s = model.start(&requests, acoustic_model::Tracing::Record).unwrap();
        assert_eq!(s.code_selection(), CodeSelection::Host, "the CPU's default");
        s.set_code_selection(selection);
        s.force_frames(5, forced.clone()).unwrap();
        let out = s.run().unwrap();
        let cp = s.trace().unwrap().cp_logits.clone();
        (out, cp)
    };
    let (host, host_cp) = run(CodeSelection::Host);
    let (device, device_cp) = run(CodeSelection::Device);
    for (b, (frames, _)) in device.iter().take(2).enumerate() {
        assert_eq!(*frames, i64_rows(&case.tensors[&format!("codes_{b}")]), "row {b}");
    }
    assert_eq!(device[5].0[..3], forced[..], "forced frames win");
    // The rows with a sampled code predictor did sample: their frames are not the greedy
    // ones of the same request.
    let greedy = model.generate(&[(req.clone(), GenerateParams::greedy(16))]).unwrap().remove(0);
    for (b, (frames, _)) in device.iter().enumerate().take(5).skip(2) {
        assert_ne!(*frames, greedy.frames, "row {b} sampled");
    }
    assert_eq!(device, host);
    assert_eq!(device_cp.len(), host_cp.len());
    for ((rows_d, d), (rows_h, h)) in device_cp.iter().zip(&host_cp) {
        assert_eq!(rows_d, rows_h);
        assert_eq!(d.to_vec3::<f32>().unwrap(), h.to_vec3::<f32>().unwrap());
    }
}
