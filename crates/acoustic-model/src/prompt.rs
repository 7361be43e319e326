//! Talker prompts for every mode: the summed text-track + codec-track rows fed at prefill, and
//! the trailing text rows fed one per generated frame.
//!
//! Reference: `Qwen3TTSForConditionalGeneration.generate` and `generate_icl_prompt`
//! (`modeling_qwen3_tts.py`), plus the wrapper's checks and defaults
//! (`inference/qwen3_tts_model.py`: `_validate_languages`, `_validate_speakers`, the
//! `tts_model_size in "0b6"` instruct drop, `non_streaming_mode` defaults). Layout:
//!
//! ```text
//! [instruct ids, text only] [role ids X[:3], text only]
//! [pad_t x (n-2), bos_t] + codec [think|nothink, think_bos, (lang), think_eos, (speaker), pad]
//! tail: streaming      P(t_1) + E(bos);                 trailing = P(t_2..t_n), eos_t
//!       non-streaming  P(t_i) + E(pad) .., eos_t + E(pad), pad_t + E(bos); trailing = [pad_t]
//!       ICL            text track [P(ref, text), eos_t] against codec track [E(bos), F(ref frames)]
//! ```

use candle_core::{DType, Result, Tensor, bail};

use crate::code_predictor::CodePredictor;
use crate::config::{Qwen3TtsConfig, TtsModelType};
use crate::talker::Talker;

/// Who speaks.
#[derive(Debug, Clone)]
pub enum Voice {
    /// No speaker row (VoiceDesign).
    Described,
    /// A built-in CustomVoice speaker (case-insensitive `spk_id` key).
    Speaker(String),
    /// Base voice clone from an x-vector only (`x_vector_only_mode`): `[hidden]`.
    XVector(Tensor),
    /// Base voice clone in ICL mode: the x-vector, the templated reference text ids
    /// `<|im_start|>assistant\n{ref_text}<|im_end|>\n` and the reference codes (one `Vec` of
    /// `num_code_groups` codes per frame).
    Icl { xvector: Tensor, ref_ids: Vec<u32>, ref_codes: Vec<Vec<u32>> },
}

/// One utterance to synthesize, with token ids from the text tokenizer.
#[derive(Debug, Clone)]
pub struct PromptRequest {
    /// Templated target ids `<|im_start|>assistant\n{text}<|im_end|>\n<|im_start|>assistant\n`
    /// (the reference slices `[:3]`, `[3:-5]`). With `text_open`, only the role ids and the text
    /// known so far (no suffix).
    pub input_ids: Vec<u32>,
    /// Templated instruct ids `<|im_start|>user\n{instruct}<|im_end|>\n`, all of them used.
    pub instruct_ids: Option<Vec<u32>>,
    /// "auto" or a supported language (case-insensitive).
    pub language: String,
    pub voice: Voice,
    /// Dual-track streaming text (false) or all text in the prompt (true).
    pub non_streaming: bool,
    /// More text will be appended while generating (streaming text from an LLM); the text EOS
    /// row is added by `finish_text`. Streaming, non-ICL only.
    pub text_open: bool,
}

impl PromptRequest {
    /// The wrapper's `non_streaming_mode` default: voice clone false, CustomVoice and
    /// VoiceDesign true.
    pub fn default_non_streaming(model_type: TtsModelType) -> bool {
        model_type != TtsModelType::Base
    }
}

/// A built prompt: prefill rows, trailing text rows and the `tts_pad` row.
#[derive(Debug, Clone)]
pub struct Prompt {
    /// `[P, hidden]`.
    pub embeds: Tensor,
    /// Row k (`[hidden]`) is added to the talker input built for frame k.
    pub trailing: Vec<Tensor>,
    /// `P(tts_pad)` `[hidden]`, added once the trailing rows are exhausted.
    pub pad: Tensor,
    /// `P(tts_eos)` `[hidden]`, appended to `trailing` when open text is finished.
    pub eos: Tensor,
    pub text_open: bool,
    /// Tokens of the spoken text (without the chat template), for the frame budget
    /// ([`crate::generate::Guards`]); appended text adds its own.
    pub text_tokens: usize,
    /// Leading rows of `embeds` that do not depend on the text (instruction, role, language and
    /// voice rows): requests that share them share their KV ([`crate::generate`]'s prefix
    /// cache).
    pub shared_prefix: usize,
}

/// `sum_j` of the frame's code embeddings: talker `codec_embedding(code 0)` plus the code
/// predictor's `codec_embedding[j-1](code j)`, one reduction over the stacked rows (the
/// reference sums `[.., G, D]` in one `sum`; bf16 reductions accumulate in f32).
pub fn frame_embeds(talker: &Talker, cp: &CodePredictor, frames: &[Vec<u32>]) -> Result<Tensor> {
    let g = cp.num_code_groups();
    if let Some((i, f)) = frames.iter().enumerate().find(|(_, f)| f.len() != g) {
        bail!("frame {i} has {} codes, expected {g}", f.len())
    }
    let col = |j: usize| frames.iter().map(|f| f[j]).collect::<Vec<u32>>();
    let mut parts = vec![talker.codec_embed(&col(0))?];
    for j in 1..g {
        parts.push(cp.codec_embed(j - 1, &col(j))?);
    }
    let dtype = parts[0].dtype();
    Tensor::stack(&parts, 1)?.to_dtype(DType::F32)?.sum(1)?.to_dtype(dtype)
}

fn lower_key<'a, V>(map: &'a std::collections::BTreeMap<String, V>, key: &str) -> Option<&'a V> {
    map.get(&key.to_lowercase())
}

/// Builds the prompt of one request, validating the mode against the model type.
pub fn build_prompt(
    cfg: &Qwen3TtsConfig,
    talker: &Talker,
    cp: &CodePredictor,
    req: &PromptRequest,
) -> Result<Prompt> {
    let tc = &cfg.talker_config;
    let ids = &req.input_ids;
    let min_len = if req.text_open { 4 } else { 9 };
    if ids.len() < min_len {
        bail!(
            "input_ids has {} tokens; expected the role ids, at least one text token{} ({min_len} \
             or more)",
            ids.len(),
            if req.text_open { "" } else { " and the 5 suffix ids" }
        )
    }
    // Mode checks of the wrapper (`generate_custom_voice` / `_voice_design` / `_voice_clone`).
    let model_type = cfg.tts_model_type;
    let mut instruct = req.instruct_ids.as_ref().filter(|i| !i.is_empty());
    match (model_type, &req.voice) {
        (TtsModelType::CustomVoice, Voice::Speaker(_)) => {
            if !cfg.honours_custom_voice_instruct() {
                instruct = None;
            }
        }
        (TtsModelType::VoiceDesign, Voice::Described) => {}
        (TtsModelType::Base, Voice::XVector(_) | Voice::Icl { .. }) => {
            if instruct.is_some() {
                bail!(
                    "base models take no instruct; modes: x-vector voice clone or ICL voice clone"
                )
            }
        }
        (t, v) => {
            let valid = match t {
                TtsModelType::CustomVoice => "a named speaker",
                TtsModelType::VoiceDesign => "a voice described by the instruction",
                TtsModelType::Base => "a voice cloned from its x-vector or in context",
            };
            let got = match v {
                Voice::Described => "described voice",
                Voice::Speaker(_) => "named speaker",
                Voice::XVector(_) => "x-vector voice clone",
                Voice::Icl { .. } => "ICL voice clone",
            };
            bail!("a {} model does not support {got}; valid mode: {valid}", t.as_str())
        }
    }
    let lang = req.language.to_lowercase();
    let supported = cfg.supported_languages();
    if !supported.contains(&lang) {
        bail!("unsupported language {:?}; supported: {}", req.language, supported.join(", "))
    }
    let speaker = match &req.voice {
        Voice::Speaker(s) => {
            if lower_key(&tc.spk_id, s).is_none() {
                let valid: Vec<&str> = tc.spk_id.keys().map(String::as_str).collect();
                bail!("unsupported speaker {s:?}; supported: {}", valid.join(", "))
            }
            Some(s.to_lowercase())
        }
        _ => None,
    };
    let is_icl = matches!(req.voice, Voice::Icl { .. });
    if req.text_open && (req.non_streaming || is_icl) {
        bail!("open (streamed) text needs streaming mode without ICL")
    }

    // Language row, with the dialect override for chinese/auto + a dialect speaker.
    let mut language_id =
        if lang == "auto" { None } else { tc.codec_language_id.get(&lang).copied() };
    if let Some(s) = &speaker
        && (lang == "chinese" || lang == "auto")
        && let Some(Some(dialect)) = tc.spk_is_dialect.get(s)
    {
        let Some(&id) = tc.codec_language_id.get(dialect) else {
            bail!("speaker {s:?} speaks {dialect:?}, which has no codec_language_id")
        };
        language_id = Some(id);
    }

    let specials =
        talker.text_embed(&[cfg.tts_bos_token_id, cfg.tts_eos_token_id, cfg.tts_pad_token_id])?;
    let (bos_t, eos_t, pad_t) = (specials.get(0)?, specials.get(1)?, specials.get(2)?);
    let dtype = talker.dtype();

    // Codec control track C.
    let control = match language_id {
        None => vec![tc.codec_nothink_id, tc.codec_think_bos_id, tc.codec_think_eos_id],
        Some(l) => vec![tc.codec_think_id, tc.codec_think_bos_id, l, tc.codec_think_eos_id],
    };
    let mut codec_rows = vec![talker.codec_embed(&control)?];
    match (&req.voice, &speaker) {
        (Voice::Speaker(_), Some(s)) => codec_rows.push(talker.codec_embed(&[tc.spk_id[s]])?),
        (Voice::XVector(x) | Voice::Icl { xvector: x, .. }, _) => {
            let d = x.dims1()?;
            if d != tc.hidden_size {
                bail!("x-vector has {d} values; the talker hidden size is {}", tc.hidden_size)
            }
            codec_rows.push(x.to_dtype(dtype)?.to_device(talker.device())?.unsqueeze(0)?);
        }
        _ => {}
    }
    codec_rows.push(talker.codec_embed(&[tc.codec_pad_id, tc.codec_bos_id])?);
    let codec = Tensor::cat(&codec_rows, 0)?; // n, d
    let n = codec.dim(0)?;

    let mut rows = Vec::new();
    if let Some(ins) = instruct {
        rows.push(talker.text_embed(ins)?);
    }
    rows.push(talker.text_embed(&ids[..3])?);
    let ctl_text = Tensor::cat(&[pad_t.unsqueeze(0)?.repeat((n - 2, 1))?, bos_t.unsqueeze(0)?], 0)?;
    rows.push((ctl_text + codec.narrow(0, 0, n - 1)?)?);
    let codec_bos = codec.get(n - 1)?;

    let shared_prefix = rows.iter().map(|r| r.dim(0)).sum::<Result<usize>>()?;
    let text_ids: &[u32] = if req.text_open { &ids[3..] } else { &ids[3..ids.len() - 5] };
    let mut trailing = Vec::new();
    match &req.voice {
        Voice::Icl { ref_ids, ref_codes, .. } => {
            if ref_ids.len() < 5 {
                bail!(
                    "ICL ref_ids has {} tokens; expected role ids, text and 2 suffix ids",
                    ref_ids.len()
                )
            }
            if ref_codes.is_empty() {
                bail!("ICL voice clone needs reference codes")
            }
            let mut all_text = ref_ids[3..ref_ids.len() - 2].to_vec();
            all_text.extend_from_slice(text_ids);
            let text_track = Tensor::cat(&[talker.text_embed(&all_text)?, eos_t.unsqueeze(0)?], 0)?;
            let codec_track = Tensor::cat(
                &[talker.codec_embed(&[tc.codec_bos_id])?, frame_embeds(talker, cp, ref_codes)?],
                0,
            )?;
            let (tl, cl) = (text_track.dim(0)?, codec_track.dim(0)?);
            if req.non_streaming {
                let pad_c = talker.codec_embed(&[tc.codec_pad_id])?;
                rows.push(text_track.broadcast_add(&pad_c)?);
                rows.push(codec_track.broadcast_add(&pad_t)?);
                trailing.push(pad_t.clone());
            } else if tl > cl {
                rows.push((text_track.narrow(0, 0, cl)? + codec_track)?);
                for k in cl..tl {
                    trailing.push(text_track.get(k)?);
                }
            } else {
                let fill = pad_t.unsqueeze(0)?.repeat((cl - tl, 1))?;
                rows.push((Tensor::cat(&[text_track, fill], 0)? + codec_track)?);
                trailing.push(pad_t.clone());
            }
        }
        _ if req.non_streaming => {
            let text = Tensor::cat(&[talker.text_embed(text_ids)?, eos_t.unsqueeze(0)?], 0)?;
            let pad_c = talker.codec_embed(&[tc.codec_pad_id])?;
            rows.push(text.broadcast_add(&pad_c)?);
            rows.push((&pad_t + &codec_bos)?.unsqueeze(0)?);
            trailing.push(pad_t.clone());
        }
        _ => {
            let first = talker.text_embed(&text_ids[..1])?;
            rows.push(first.broadcast_add(&codec_bos)?);
            if text_ids.len() > 1 {
                let rest = talker.text_embed(&text_ids[1..])?;
                for k in 0..rest.dim(0)? {
                    trailing.push(rest.get(k)?);
                }
            }
            if !req.text_open {
                trailing.push(eos_t.clone());
            }
        }
    }
    Ok(Prompt {
        embeds: Tensor::cat(&rows, 0)?,
        trailing,
        pad: pad_t,
        eos: eos_t,
        text_open: req.text_open,
        text_tokens: text_ids.len(),
        shared_prefix,
    })
}
