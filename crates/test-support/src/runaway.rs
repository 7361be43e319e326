//! Checkpoints that run away, for the tests of the runaway guards (`runtime::guards`): derived
//! from `tiny-e2e` (CustomVoice, the real text vocabulary) by deterministic weight edits, written
//! once per machine beside the other test outputs. Both keep `tiny-e2e`'s configs, tokenizer
//! and codec.
//!
//! - [`Runaway::NoEos`]: never emits the end of speech. The talker's layers never write one
//!   hidden dimension `K`; every talker codec embedding holds 1 there and the other inputs 0
//!   (the code predictor's embeddings, the text projection), so the residual stream's `K` is 1
//!   at every generated frame and the final norm's (weight 1) output there is `1 / rms > 0`.
//!   The `codec_head` row of the codec EOS is `-1000 e_K`: its logit is below -1000 / rms at
//!   every step while the codes' stay the model's own (their column `K` is 0), so EOS is never
//!   the most likely token nor among the top 50, and its probability underflows to 0. The codes
//!   are otherwise the random model's: sampled, they do not repeat.
//! - [`Runaway::Loop`]: code 0 cycles through [`LOOP_CYCLE`] for ever. The talker's layers
//!   write nothing (the residual stream is the input), the text rows and the code predictor's
//!   embeddings are 0, so the hidden state is the talker codec embedding of the previous code
//!   0: `e_i` for `LOOP_CYCLE[i]`, `e_4` for every other token (the prompt's last, `codec_bos`,
//!   included). `codec_head` maps `e_i` to the next code of the cycle with a logit of
//!   `8 sqrt(32)` = 45 against the random rows' few tenths, so greedy and sampled generation
//!   alike give `LOOP_CYCLE[0], LOOP_CYCLE[1], ...` from the first frame on.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor};

/// Code 0 of the loop checkpoint's frames, repeated: a stretch of 5 frames.
pub const LOOP_CYCLE: [u32; 5] = [3, 17, 42, 8, 29];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runaway {
    NoEos,
    Loop,
}

impl Runaway {
    fn name(self) -> &'static str {
        match self {
            Self::NoEos => "tiny-e2e-noeos",
            Self::Loop => "tiny-e2e-loop",
        }
    }
}

/// The checkpoint directory of `kind`, made on first use (under the system's temporary
/// directory, named by the kind and a digest of `tiny-e2e`'s weights).
pub fn runaway_checkpoint(kind: Runaway) -> PathBuf {
    let source = crate::fixture_checkpoint("tiny-e2e");
    let weights = std::fs::read(source.join("model.safetensors")).expect("tiny-e2e weights");
    let digest = weights.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3) // FNV-1a
    });
    let dir = std::env::temp_dir().join(format!("qwen3-tts-{}-{digest:016x}", kind.name()));
    if dir.join("model.safetensors").is_file() {
        return dir;
    }
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    crate::copy_dir(&source, &tmp);
    let mut tensors =
        candle_core::safetensors::load(source.join("model.safetensors"), &Device::Cpu)
            .expect("tiny-e2e weights load");
    match kind {
        Runaway::NoEos => no_eos(&mut tensors, eos_id(&source)),
        Runaway::Loop => looping(&mut tensors),
    }
    candle_core::safetensors::save(&tensors, tmp.join("model.safetensors"))
        .expect("derived weights save");
    // Another test binary may have made it meanwhile: either copy is the same.
    if std::fs::rename(&tmp, &dir).is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    assert!(dir.join("model.safetensors").is_file(), "{} was not made", dir.display());
    dir
}

fn eos_id(checkpoint: &Path) -> usize {
    let config = std::fs::read_to_string(checkpoint.join("config.json")).expect("config.json");
    let key = "\"codec_eos_token_id\":";
    let at = config.find(key).expect("codec_eos_token_id") + key.len();
    let digits: String =
        config[at..].trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().expect("codec_eos_token_id is a number")
}

type Weights = HashMap<String, Tensor>;

/// Applies `f(row, column, value) -> new value` to a 2-D weight (bf16 kept).
fn edit(w: &mut Weights, name: &str, f: impl Fn(usize, usize, f32) -> f32) {
    let t = &w[name];
    let dtype = t.dtype();
    let rows = t.to_dtype(DType::F32).and_then(|t| t.to_vec2::<f32>()).expect(name);
    let cols = rows.first().map_or(0, Vec::len);
    let edited: Vec<f32> = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, &v)| (r, c, v)))
        .map(|(r, c, v)| f(r, c, v))
        .collect();
    let out = Tensor::from_vec(edited, (rows.len(), cols), &Device::Cpu)
        .and_then(|t| t.to_dtype(dtype))
        .expect(name);
    w.insert(name.to_string(), out);
}

/// The same for a 1-D weight.
fn edit1(w: &mut Weights, name: &str, f: impl Fn(usize, f32) -> f32) {
    let t = &w[name];
    let dtype = t.dtype();
    let v = t.to_dtype(DType::F32).and_then(|t| t.to_vec1::<f32>()).expect(name);
    let n = v.len();
    let edited: Vec<f32> = v.into_iter().enumerate().map(|(i, x)| f(i, x)).collect();
    let out =
        Tensor::from_vec(edited, n, &Device::Cpu).and_then(|t| t.to_dtype(dtype)).expect(name);
    w.insert(name.to_string(), out);
}

fn talker_layers(w: &Weights) -> usize {
    (0..)
        .take_while(|i| w.contains_key(&format!("talker.model.layers.{i}.input_layernorm.weight")))
        .count()
}

fn code_predictor_embeddings(w: &Weights) -> Vec<String> {
    (0..)
        .map(|j| format!("talker.code_predictor.model.codec_embedding.{j}.weight"))
        .take_while(|n| w.contains_key(n))
        .collect()
}

fn no_eos(w: &mut Weights, eos: usize) {
    let k = w["talker.model.norm.weight"].dim(0).expect("norm") - 1;
    for i in 0..talker_layers(w) {
        for part in ["self_attn.o_proj", "mlp.down_proj"] {
            edit(w, &format!("talker.model.layers.{i}.{part}.weight"), |r, _, v| {
                if r == k { 0.0 } else { v }
            });
        }
    }
    edit(w, "talker.model.codec_embedding.weight", |_, c, v| if c == k { 1.0 } else { v });
    for name in code_predictor_embeddings(w) {
        edit(w, &name, |_, c, v| if c == k { 0.0 } else { v });
    }
    edit(w, "talker.text_projection.linear_fc2.weight", |r, _, v| if r == k { 0.0 } else { v });
    edit1(w, "talker.text_projection.linear_fc2.bias", |i, v| if i == k { 0.0 } else { v });
    edit1(w, "talker.model.norm.weight", |i, v| if i == k { 1.0 } else { v });
    edit(w, "talker.codec_head.weight", |r, c, v| match (r == eos, c == k) {
        (true, true) => -1000.0,
        (true, false) | (false, true) => 0.0,
        (false, false) => v,
    });
}

fn looping(w: &mut Weights) {
    let n = LOOP_CYCLE.len();
    for i in 0..talker_layers(w) {
        for part in ["self_attn.o_proj", "mlp.down_proj"] {
            edit(w, &format!("talker.model.layers.{i}.{part}.weight"), |_, _, _| 0.0);
        }
    }
    for name in code_predictor_embeddings(w) {
        edit(w, &name, |_, _, _| 0.0);
    }
    edit(w, "talker.text_projection.linear_fc2.weight", |_, _, _| 0.0);
    edit1(w, "talker.text_projection.linear_fc2.bias", |_, _| 0.0);
    edit1(w, "talker.model.norm.weight", |_, _| 1.0);
    // Token t's embedding: e_i for LOOP_CYCLE[i], e_{n-1} (which leads to LOOP_CYCLE[0]) else.
    let place = |t: usize| LOOP_CYCLE.iter().position(|&c| c as usize == t).unwrap_or(n - 1);
    edit(w, "talker.model.codec_embedding.weight", |r, c, _| if c == place(r) { 1.0 } else { 0.0 });
    // e_i -> the next code of the cycle.
    let next = |r: usize| LOOP_CYCLE.iter().position(|&c| c as usize == r).map(|j| (j + n - 1) % n);
    edit(w, "talker.codec_head.weight", |r, c, v| match next(r) {
        Some(i) if c == i => 8.0,
        Some(_) => 0.0,
        None => v,
    });
}
