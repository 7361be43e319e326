//! How close quantized weights keep the logits to f32 at a real checkpoint's dimensions
//! (random weights, no weight files): the f32 model runs greedily, each quantized variant is
//! teacher-forced onto the same codes, and every talker and code-predictor step's logits are
//! compared (cosine; KL divergence of the sampling distributions at the generation config's
//! temperatures; argmax agreement, which means little on random weights whose logits are
//! nearly tied). One row per plan: the engine's q8_0 and q4k, then Q4K in one layer type at a
//! time (the rest f32) to show where the error comes from.
//!
//! ```sh
//! cargo run --release -p acoustic-model --example quant_quality -- \
//!     ../shared/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice/config.json 8
//! ```
//! Arguments: config.json, frames (default 8), optionally a substring that selects plans,
//! optionally `outliers` (every projection with 4 outlier input channels scaled 10-50x, as
//! trained transformers have; the f32 reference has them too). The plan `bf16 weights` is the
//! f32 model with its matrices rounded to bf16 (how the released checkpoints store them): the
//! floor of what any format can reach against the f32 model on these weights.

use std::path::PathBuf;
use std::time::Instant;

use acoustic_model::candle::quantized::GgmlDType;
use acoustic_model::candle::{DType, Result};
use acoustic_model::config::Qwen3TtsConfig;
use acoustic_model::quant::StackQuant;
use acoustic_model::quant_quality::teacher_forced_quality;
use acoustic_model::{ModelDtype, QuantPlan};

#[allow(dead_code)]
mod support;

/// Outlier input channels per projection with `outliers`.
const OUTLIER_CHANNELS: usize = 4;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let cfg_path = PathBuf::from(
        args.get(1)
            .map(String::as_str)
            .unwrap_or("../shared/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice/config.json"),
    );
    let frames: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(8);
    let filter = args.get(3).cloned().unwrap_or_default();
    let outliers = args.get(4).is_some_and(|a| a == "outliers");
    let cfg = Qwen3TtsConfig::from_file(&cfg_path)?;
    let req = support::request(&cfg)?;
    let seed = 7;
    let build = |plan: &QuantPlan, weights_in: DType| {
        if outliers {
            support::random_model_with_outliers(&cfg, seed, plan, OUTLIER_CHANNELS, weights_in)
        } else if weights_in == DType::F32 {
            support::random_model(&cfg, seed, DType::F32, plan)
        } else {
            support::random_model_with_outliers(&cfg, seed, plan, 0, weights_in)
        }
    };
    let model = |plan: &QuantPlan| build(plan, DType::F32);
    let reference = model(&QuantPlan::NONE)?;
    let q4 = Some(GgmlDType::Q4K);
    let only = |f: &dyn Fn(&mut QuantPlan)| {
        let mut p = QuantPlan::NONE;
        f(&mut p);
        p
    };
    let plans: Vec<(&str, QuantPlan)> = vec![
        ("q8_0 (engine)", QuantPlan::for_dtype(ModelDtype::Q8_0)),
        ("q4k (engine: heads+proj q8_0)", QuantPlan::for_dtype(ModelDtype::Q4K)),
        ("q5_0 (engine: cp + talker mlp q5_0, rest q8_0)", QuantPlan::for_dtype(ModelDtype::Q5_0)),
        ("q5_0 cp only (talker q8_0)", {
            let mut p = QuantPlan::for_dtype(ModelDtype::Q5_0);
            p.talker.mlp = Some(GgmlDType::Q8_0);
            p
        }),
        ("q5_0 engine + talker attention q5_0", {
            let mut p = QuantPlan::for_dtype(ModelDtype::Q5_0);
            p.talker.attention = Some(GgmlDType::Q5_0);
            p
        }),
        ("q5_0 everything (heads+proj q8_0)", {
            let mut p = QuantPlan::uniform(GgmlDType::Q5_0);
            p.heads = Some(GgmlDType::Q8_0);
            p.projections = Some(GgmlDType::Q8_0);
            p
        }),
        ("q4k everything", QuantPlan::uniform(GgmlDType::Q4K)),
        ("q4k talker attention", only(&|p| p.talker.attention = q4)),
        ("q4k talker mlp", only(&|p| p.talker.mlp = q4)),
        ("q4k cp attention", only(&|p| p.code_predictor.attention = q4)),
        ("q4k cp mlp", only(&|p| p.code_predictor.mlp = q4)),
        ("q4k heads", only(&|p| p.heads = q4)),
        ("q8_0 heads", only(&|p| p.heads = Some(GgmlDType::Q8_0))),
        ("q8_0 talker", only(&|p| p.talker = StackQuant::all(Some(GgmlDType::Q8_0)))),
        ("q8_0 cp", only(&|p| p.code_predictor = StackQuant::all(Some(GgmlDType::Q8_0)))),
        ("q8_0 talker + q4k cp", talker_q8_0_with_cp(q4)),
        // Fewer bytes for the code predictor, whose weights are read 15 times per frame.
        ("q8_0 talker + q6k cp", talker_q8_0_with_cp(Some(GgmlDType::Q6K))),
        ("q8_0 talker + q5k cp", talker_q8_0_with_cp(Some(GgmlDType::Q5K))),
        ("q8_0 talker + q5_1 cp", talker_q8_0_with_cp(Some(GgmlDType::Q5_1))),
        ("q6k talker + q6k cp", {
            let mut p = talker_q8_0_with_cp(Some(GgmlDType::Q6K));
            p.talker = StackQuant::all(Some(GgmlDType::Q6K));
            p
        }),
    ];
    println!(
        "{}: {frames} teacher-forced frames, random weights (seed {seed}{}), vs f32",
        cfg_path.display(),
        if outliers { ", 4 outlier input channels 10-50x per projection" } else { "" }
    );
    // `None`: the f32 model with bf16-rounded matrices.
    let runs = std::iter::once(("bf16 weights (f32 compute)", None))
        .chain(plans.into_iter().map(|(n, p)| (n, Some(p))));
    for (name, plan) in runs.filter(|(n, _)| n.contains(filter.as_str())) {
        let t0 = Instant::now();
        let candidate = match &plan {
            Some(plan) => model(plan)?,
            None => build(&QuantPlan::NONE, DType::BF16)?,
        };
        let built = t0.elapsed().as_secs_f64();
        let q = teacher_forced_quality(&reference, &candidate, &req, frames)?;
        println!("{name:32} talker {}", q.talker);
        println!("{:32} cp     {}  (built in {built:.1} s)", "", q.code_predictor);
    }
    Ok(())
}

/// Talker at Q8_0, the code predictor's layers at `cp` (heads and projections Q8_0).
fn talker_q8_0_with_cp(cp: Option<GgmlDType>) -> QuantPlan {
    QuantPlan {
        talker: StackQuant::all(Some(GgmlDType::Q8_0)),
        code_predictor: StackQuant::all(cp),
        heads: Some(GgmlDType::Q8_0),
        projections: Some(GgmlDType::Q8_0),
        text_embedding: None,
    }
}
