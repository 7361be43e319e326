//! Per-frame generation time at a real checkpoint's dimensions with random weights (no weight
//! files needed): one talker step plus the 15 code-predictor steps of a frame, measured through
//! `Session::next_frame`, median over the frames.
//!
//! ```sh
//! cargo run --release -p acoustic-model --example frame_bench -- \
//!     ../shared/hf/Qwen3-TTS-12Hz-0.6B-Base/config.json f32 24
//! ```
//! Arguments: config.json, dtype (f32 | bf16 | f16 | q8_0 | q5_0 | q4k), frames to time (default 24),
//! rows stepped together (default 1; continuous batching: the time per step and per row-frame).
//! With rows > 1 it also times the newcomers' prefills one by one and together, and a long
//! prompt's prefill whole and in the pieces a playing batch takes it in (`prefill_chunk`).
//! Quantized dtypes are made at load from the (random) f32 weights, as from a checkpoint.

use std::path::PathBuf;
use std::time::Instant;

use acoustic_model::candle::Result;
use acoustic_model::config::{GenerationConfig, Qwen3TtsConfig};
use acoustic_model::{GenerateParams, ModelDtype};

#[allow(dead_code)]
mod support;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let cfg_path = PathBuf::from(
        args.get(1)
            .map(String::as_str)
            .unwrap_or("../shared/hf/Qwen3-TTS-12Hz-0.6B-Base/config.json"),
    );
    let dtype: ModelDtype = args
        .get(2)
        .map(String::as_str)
        .unwrap_or("f32")
        .parse()
        .map_err(candle_core::Error::Msg)?;
    let frames: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(24);
    let rows: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    let cfg = Qwen3TtsConfig::from_file(&cfg_path)?;
    let t0 = Instant::now();
    let model = support::random_model_as(&cfg, 7, dtype)?;
    let t = &cfg.talker_config;
    eprintln!(
        "{}: talker hidden {} x {} layers, code predictor hidden {} x {} layers, {}, built in {:.1} s",
        cfg_path.display(),
        t.hidden_size,
        t.num_hidden_layers,
        t.code_predictor_config.hidden_size,
        t.code_predictor_config.num_hidden_layers,
        dtype,
        t0.elapsed().as_secs_f64()
    );
    let req = support::request(&cfg)?;
    let mut params = GenerateParams::from_config(&GenerationConfig::default(), 1);
    params.max_new_tokens = frames + 8;
    let warmup = 2;
    let mut times = Vec::with_capacity(frames);
    // Rows differ by seed (sampled codes), as independent requests do.
    let batch: Vec<_> =
        (0..rows as u64).map(|k| (req.clone(), GenerateParams { seed: 1 + k, ..params })).collect();
    // A request's prefill as the serving engine runs it (`Session::admit`), median of 5.
    let prompt = model.build_prompt(&req)?;
    let mut admits: Vec<f64> = (0..5)
        .map(|_| {
            let mut s = acoustic_model::generate::Session::empty(
                model.talker(),
                model.code_predictor(),
                acoustic_model::Tracing::Off,
            );
            let t0 = Instant::now();
            s.admit(prompt.clone(), params).map(|_| t0.elapsed().as_secs_f64() * 1e3)
        })
        .collect::<Result<_>>()?;
    admits.sort_by(|a, b| a.total_cmp(b));
    eprintln!("admit (prefill of one request): median {:.1} ms", admits[2]);
    if rows > 1 {
        // The newcomers of a step: one by one, or together (`Session::admit_many`), alternated.
        let requests: Vec<_> = batch.iter().map(|(_, p)| (prompt.clone(), *p)).collect();
        let (mut alone, mut together) = (Vec::new(), Vec::new());
        for _ in 0..5 {
            for joint in [false, true] {
                let mut s = acoustic_model::generate::Session::empty(
                    model.talker(),
                    model.code_predictor(),
                    acoustic_model::Tracing::Off,
                );
                let t0 = Instant::now();
                if joint {
                    s.admit_many(requests.clone())?.into_iter().collect::<Result<Vec<_>>>()?;
                    together.push(t0.elapsed().as_secs_f64() * 1e3);
                } else {
                    for (prompt, params) in &requests {
                        s.admit(prompt.clone(), *params)?;
                    }
                    alone.push(t0.elapsed().as_secs_f64() * 1e3);
                }
            }
        }
        alone.sort_by(|a, b| a.total_cmp(b));
        together.sort_by(|a, b| a.total_cmp(b));
        eprintln!(
            "{rows} prefills: median {:.1} ms one by one, {:.1} ms together",
            alone[2], together[2]
        );
    }
    if rows > 1 {
        long_prefill(&model, &cfg, &req, params)?;
    }
    let t0 = Instant::now();
    let mut s = model.start(&batch, acoustic_model::Tracing::Off)?;
    eprintln!("prefill: {:.1} ms for {rows} row(s)", t0.elapsed().as_secs_f64() * 1e3);
    while times.len() < frames {
        if s.is_done() {
            s = model.start(&batch, acoustic_model::Tracing::Off)?;
        }
        let t0 = Instant::now();
        let f = s.next_frame()?;
        let dt = t0.elapsed().as_secs_f64() * 1e3;
        // Full steps only: every row built a frame.
        if f.iter().all(Option::is_some) && s.frames(0).len() > warmup {
            times.push(dt);
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    println!(
        "{} {} x{rows}: per-step median {:.1} ms (min {:.1}, max {:.1}, n {}), {:.1} ms per row-frame, LM RTF {:.3} at 12.5 Hz",
        cfg_path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("?"),
        dtype,
        median,
        times[0],
        times[times.len() - 1],
        times.len(),
        median / rows as f64,
        median / rows as f64 / 80.0
    );
    Ok(())
}

/// A long prompt (the whole of a 160-token text in the prompt: as many positions as a voice
/// clone's 10 s of reference codes and its texts) prefilled whole and in pieces, the shared
/// prefix cached as in a server: the longest piece is what a playing stream's step waits for.
fn long_prefill(
    model: &acoustic_model::Qwen3Tts,
    cfg: &Qwen3TtsConfig,
    req: &acoustic_model::PromptRequest,
    params: GenerateParams,
) -> Result<()> {
    let mut long = req.clone();
    long.non_streaming = true;
    long.input_ids = vec![cfg.im_start_token_id, 77091, 198];
    long.input_ids.extend((0..160).map(|i| 2000 + i));
    long.input_ids.extend([cfg.im_end_token_id, 198, cfg.im_start_token_id, 77091, 198]);
    let prompt = model.build_prompt(&long)?;
    let mut s = acoustic_model::generate::Session::empty(
        model.talker(),
        model.code_predictor(),
        acoustic_model::Tracing::Off,
    );
    let mut report = Vec::new();
    for piece in [usize::MAX, 64, 32, 16] {
        let (mut longest, mut total) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            let mut prefill = s.prepare_prefill(prompt.clone(), params)?;
            let (mut max, mut sum) = (0.0f64, 0.0);
            while !prefill.is_done() {
                let t0 = Instant::now();
                s.run_prefills(&mut [&mut prefill], piece)?;
                let dt = t0.elapsed().as_secs_f64() * 1e3;
                (max, sum) = (max.max(dt), sum + dt);
            }
            longest.push(max);
            total.push(sum);
        }
        longest.sort_by(|a, b| a.total_cmp(b));
        total.sort_by(|a, b| a.total_cmp(b));
        let name = if piece == usize::MAX { "whole".to_string() } else { format!("{piece}") };
        report.push(format!("{name}: longest {:.0} ms, all {:.0} ms", longest[1], total[1]));
    }
    eprintln!(
        "long prompt ({} positions) by pieces, medians of 3: {}",
        prompt.embeds.dim(0)?,
        report.join("; ")
    );
    Ok(())
}
