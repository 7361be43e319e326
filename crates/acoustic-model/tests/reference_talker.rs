//! Greedy generation against the reference goldens in `tests/fixtures/talker/`: prompt rows
//! (1e-5), talker and code-predictor logits at every step (1e-4, f32), code-0 tokens and the
//! final codes (exact), for every mode, the batch cases and the EOS / max_new_tokens stops.

mod common;

use acoustic_model::candle::{DType, IndexOp};
use common::*;

struct Errors {
    prompt: f32,
    trailing: f32,
    talker_logits: f32,
    talker_scores: f32,
    cp_logits: f32,
    hidden: f32,
}

fn check_case(name: &str) -> Errors {
    let case = load_case(name);
    let model = load_model(&case.ckpt, DType::F32);
    let t = &case.tensors;
    let samples = case.meta["samples"].as_array().unwrap();
    let b_sz = samples.len();

    // 1. Prompt rows, trailing rows and tts_pad.
    let mut prompt_err = 0f32;
    let mut trailing_err = 0f32;
    for (b, (req, _)) in case.requests.iter().enumerate() {
        let p = model.build_prompt(req).unwrap();
        let left = samples[b]["left_pad"].as_u64().unwrap() as usize;
        let want = t["inputs_embeds"].i(b).unwrap();
        let want = want.narrow(0, left, want.dim(0).unwrap() - left).unwrap();
        prompt_err = prompt_err.max(max_abs(&p.embeds, &want));
        let n_tr = samples[b]["trailing_len_unpadded"].as_u64().unwrap() as usize;
        assert_eq!(p.trailing.len(), n_tr, "{name}: trailing rows of sample {b}");
        for (k, row) in p.trailing.iter().enumerate() {
            let w = t["trailing_text_hidden"].i((b, k)).unwrap();
            trailing_err = trailing_err.max(max_abs(row, &w));
        }
        let pad = t["tts_pad_embed"].flatten_all().unwrap();
        trailing_err = trailing_err.max(max_abs(&p.pad, &pad));
    }
    assert!(prompt_err < 1e-5, "{name}: prompt rows differ by {prompt_err}");
    assert!(trailing_err < 1e-5, "{name}: trailing rows differ by {trailing_err}");

    // 2. Greedy generation with a trace.
    let mut s = model.start(&case.requests, acoustic_model::Tracing::Record).unwrap();
    let out = s.run().unwrap();
    let trace = s.trace().unwrap();
    let tokens = t["talker_tokens"].to_vec2::<i64>().unwrap();
    let steps = t["talker_logits"].dim(0).unwrap();
    assert_eq!(trace.talker_logits.len(), steps, "{name}: talker steps");
    let eos = model.config().talker_config.codec_eos_token_id as i64;
    // Row b is alive at step s while no EOS came before s.
    let alive = |b: usize, s: usize| !tokens[b][..s].contains(&eos);
    let (mut tl, mut ts, mut hid) = (0f32, 0f32, 0f32);
    for step in 0..steps {
        for b in (0..b_sz).filter(|&b| alive(b, step)) {
            let got = trace.talker_logits[step].i(b).unwrap();
            tl = tl.max(max_abs(&got, &t["talker_logits"].i((step, b)).unwrap()));
            let want_scores = t["talker_scores"].i((step, b)).unwrap().to_vec1::<f32>().unwrap();
            ts = ts.max(max_abs_finite(&trace.talker_scores[step][b], &want_scores));
        }
    }
    // Talker hidden that produced each frame's code 0.
    for b in 0..b_sz {
        let want = &t[&format!("talker_hidden_{b}")];
        for f in 0..want.dim(0).unwrap() {
            hid = hid.max(max_abs(&trace.talker_hidden[f].i(b).unwrap(), &want.i(f).unwrap()));
        }
    }
    // Code predictor: golden [S-1, B, G-1, V]; frame k of row b is built at step k.
    let mut cpl = 0f32;
    let cp_want = &t["cp_logits"];
    for (step, (rows, logits)) in trace.cp_logits.iter().enumerate() {
        for (r, &b) in rows.iter().enumerate() {
            cpl = cpl.max(max_abs(&logits.i(r).unwrap(), &cp_want.i((step, b)).unwrap()));
        }
    }
    for b in 0..b_sz {
        let want = i64_rows(&t[&format!("codes_{b}")]);
        assert_eq!(out[b].0, want, "{name}: codes of sample {b}");
        let first_eos = tokens[b].iter().position(|&x| x == eos);
        let want_tokens: Vec<i64> = match first_eos {
            Some(e) => tokens[b][..=e].to_vec(),
            None => tokens[b].clone(),
        };
        let got_tokens: Vec<i64> =
            out[b].0.iter().map(|f| f[0] as i64).chain(first_eos.map(|_| eos)).collect();
        if first_eos.is_some() {
            assert_eq!(got_tokens, want_tokens, "{name}: code-0 tokens of sample {b}");
        }
        let stop = samples[b]["stop_reason"].as_str().unwrap();
        let want_stop = if stop == "eos" {
            acoustic_model::StopReason::Eos
        } else {
            acoustic_model::StopReason::MaxNewTokens
        };
        assert_eq!(out[b].1, want_stop, "{name}: stop reason of sample {b}");
        assert_eq!(out[b].0.len(), samples[b]["frames"].as_u64().unwrap() as usize);
    }
    assert!(tl < 1e-4, "{name}: talker logits differ by {tl}");
    assert!(ts < 1e-4, "{name}: talker scores differ by {ts}");
    assert!(cpl < 1e-4, "{name}: code-predictor logits differ by {cpl}");
    assert!(hid < 1e-4, "{name}: talker hidden differs by {hid}");
    let e = Errors {
        prompt: prompt_err,
        trailing: trailing_err,
        talker_logits: tl,
        talker_scores: ts,
        cp_logits: cpl,
        hidden: hid,
    };
    eprintln!(
        "{name}: prompt {:.2e} trailing {:.2e} talker logits {:.2e} scores {:.2e} cp logits {:.2e} hidden {:.2e}",
        e.prompt, e.trailing, e.talker_logits, e.talker_scores, e.cp_logits, e.hidden
    );
    e
}

macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check_case(stringify!($name));
            }
        )*
    };
}

cases!(
    cv_alice_english_stream,
    cv_alice_english_nonstream,
    cv_bob_chinese_stream,
    cv_bob_chinese_nonstream,
    cv_bob_auto_instruct_stream,
    cv_bob_auto_instruct_nonstream,
    vd_auto_instruct_stream,
    vd_auto_instruct_nonstream,
    vd_english_instruct_stream,
    vd_english_instruct_nonstream,
    base_xvec_stream,
    base_xvec_nonstream,
    base_icl_textlong_stream,
    base_icl_textlong_nonstream,
    base_icl_codeclong_stream,
    base_icl_codeclong_nonstream,
    base_icl_equal_stream,
    cv_maxnew5_stream,
    cv_eos_stream,
    cv_batch2_stream,
    cv_batch2_nonstream,
    cv_eos_batch2_stream,
);

#[test]
fn every_golden_case_is_tested() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("talker"))
        .unwrap()
        .filter_map(|e| {
            let n = e.unwrap().file_name().into_string().unwrap();
            n.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    names.sort();
    let mut ours: Vec<String> = ALL_CASES.iter().map(|s| s.to_string()).collect();
    ours.sort();
    assert_eq!(names, ours);
}

/// `Qwen3TTSModel.generate_custom_voice` on tiny-e2e (real 151936-token text vocabulary, bf16
/// weights run in f32): the wrapper's CustomVoice default (non-streaming), greedy.
fn check_e2e(name: &str) {
    let meta = load_json(&format!("e2e/{name}.json"));
    let t = load_tensors(&format!("e2e/{name}.safetensors"));
    let model = load_model("tiny-e2e", DType::F32);
    let kw = &meta["generate_kwargs"];
    let mut params =
        acoustic_model::GenerateParams::greedy(kw["max_new_tokens"].as_u64().unwrap() as usize);
    params.repetition_penalty = kw["repetition_penalty"].as_f64().unwrap();
    let req = acoustic_model::PromptRequest {
        input_ids: ids(&meta["input_ids"]),
        instruct_ids: meta["instruct_ids"].as_array().map(|_| ids(&meta["instruct_ids"])),
        language: meta["language"].as_str().unwrap().to_string(),
        voice: acoustic_model::Voice::Speaker(meta["speaker"].as_str().unwrap().to_string()),
        non_streaming: meta["non_streaming_mode"].as_bool().unwrap(),
        text_open: false,
    };
    let p = model.build_prompt(&req).unwrap();
    let e_prompt = max_abs(&p.embeds, &t["inputs_embeds"].i(0).unwrap());
    let mut s = model.start(&[(req, params)], acoustic_model::Tracing::Record).unwrap();
    let out = s.run().unwrap();
    let trace = s.trace().unwrap();
    let mut tl = 0f32;
    for (step, l) in trace.talker_logits.iter().enumerate() {
        tl = tl.max(max_abs(l, &t["talker_logits"].i(step).unwrap()));
    }
    let mut cpl = 0f32;
    for (step, (_, l)) in trace.cp_logits.iter().enumerate() {
        cpl = cpl.max(max_abs(l, &t["cp_logits"].i(step).unwrap()));
    }
    eprintln!("{name}: prompt {e_prompt:.2e} talker logits {tl:.2e} cp logits {cpl:.2e}");
    assert_eq!(out[0].0, i64_rows(&t["codes"]), "{name}: codes");
    assert!(e_prompt < 1e-5, "{name}: prompt differs by {e_prompt}");
    assert!(tl < 1e-4, "{name}: talker logits differ by {tl}");
    assert!(cpl < 1e-4, "{name}: code predictor logits differ by {cpl}");
}

#[test]
fn e2e_en_talker() {
    check_e2e("e2e_en");
}

#[test]
fn e2e_ru_talker() {
    check_e2e("e2e_ru");
}
