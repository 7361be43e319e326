//! Generation: prefill, then one frame per step, for one request or a batch of them.
//!
//! Reference: `Qwen3TTSForConditionalGeneration.generate` (left padding, trailing text),
//! `Qwen3TTSTalkerForConditionalGeneration.forward` (frame input = summed code embeddings +
//! one trailing text row), `get_rope_index` / `rope_deltas` (per-row positions) and HF
//! `GenerationMixin._sample` (processors, stopping: N sampled code-0 tokens give N-1 frames).
//!
//! [`Session::next_frame`] runs the deferred talker step of the previous frame (so text
//! appended in between is used), selects code 0, and runs the code predictor. Rows of a batch
//! are independent: left padding is masked and each row has its own positions, sampling
//! settings, RNG and stop state, so a batch gives the codes of the requests run alone.

use std::collections::VecDeque;

use candle_core::{Device, IndexOp, Result, Tensor, bail};

use crate::code_predictor::CodePredictor;
use crate::config::GenerationConfig;
use crate::prompt::{Prompt, frame_embeds};
use crate::sampling::{Rng, SamplingParams, process_talker_logits, select};
use crate::talker::Talker;
use crate::transformer::{DecoderCache, causal_mask};

/// The reference hard-codes `min_new_tokens = 2`.
pub const MIN_NEW_TOKENS: usize = 2;

/// Per-request generation settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GenerateParams {
    pub talker: SamplingParams,
    pub subtalker: SamplingParams,
    pub repetition_penalty: f64,
    /// Code-0 tokens to sample at most; the last one never becomes a frame.
    pub max_new_tokens: usize,
    pub seed: u64,
}

impl GenerateParams {
    /// The wrapper's effective settings from `generation_config.json`.
    pub fn from_config(g: &GenerationConfig, seed: u64) -> Self {
        Self {
            talker: SamplingParams {
                do_sample: g.do_sample,
                top_k: g.top_k,
                top_p: g.top_p,
                temperature: g.temperature,
            },
            subtalker: SamplingParams {
                do_sample: g.subtalker_dosample,
                top_k: g.subtalker_top_k,
                top_p: g.subtalker_top_p,
                temperature: g.subtalker_temperature,
            },
            repetition_penalty: g.repetition_penalty,
            max_new_tokens: g.max_new_tokens,
            seed,
        }
    }

    /// Greedy talker and sub-talker (the reference goldens' setting), penalty 1.05.
    pub fn greedy(max_new_tokens: usize) -> Self {
        Self {
            talker: SamplingParams::GREEDY,
            subtalker: SamplingParams::GREEDY,
            repetition_penalty: 1.05,
            max_new_tokens,
            seed: 0,
        }
    }

    pub fn validate(&self) -> Result<()> {
        self.talker.validate("talker")?;
        self.subtalker.validate("subtalker")?;
        if self.max_new_tokens == 0 {
            bail!("max_new_tokens must be at least 1")
        }
        if !(self.repetition_penalty > 0.0 && self.repetition_penalty.is_finite()) {
            bail!("repetition_penalty {} must be positive", self.repetition_penalty)
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// Code 0 was the codec EOS.
    Eos,
    /// `max_new_tokens` code-0 tokens were sampled.
    MaxNewTokens,
}

/// Per-step numbers kept when tracing (for checks against the reference).
#[derive(Debug, Clone, Default)]
pub struct Trace {
    /// Raw `codec_head` logits of every row, one `[b, vocab]` per talker selection.
    pub talker_logits: Vec<Tensor>,
    /// The same after the logits processors, `[b][vocab]` per selection.
    pub talker_scores: Vec<Vec<Vec<f32>>>,
    /// Code-predictor logits per frame build: the rows that built a frame, and
    /// `[rows, G-1, vocab]`.
    pub cp_logits: Vec<(Vec<usize>, Tensor)>,
    /// The talker hidden that produced each selection, `[b, hidden]`.
    pub talker_hidden: Vec<Tensor>,
}

#[derive(Debug, Clone)]
struct Row {
    params: GenerateParams,
    rng: Rng,
    history: Vec<u32>,
    trailing: Vec<Tensor>,
    text_open: bool,
    frames: Vec<Vec<u32>>,
    stop: Option<StopReason>,
    /// Summed code embeddings of the last frame, waiting for its text row.
    pending: Option<Tensor>,
    /// Teacher forcing: the next frames' codes, taken instead of sampling.
    forced: VecDeque<Vec<u32>>,
}

/// A generation in progress: one talker KV cache for all rows.
#[derive(Debug, Clone)]
pub struct Session {
    talker: Talker,
    cp: CodePredictor,
    cache: DecoderCache,
    rows: Vec<Row>,
    /// Per row, per cached position: false on left padding.
    key_valid: Vec<Vec<bool>>,
    padded: bool,
    /// `rope_deltas` of the reference: decode position = cache length + delta.
    rope_delta: Vec<i64>,
    pad: Tensor,
    eos_text: Tensor,
    /// Final-normed hidden `[b, hidden]` and f32 logits `[b, vocab]` of the last talker step.
    hidden: Tensor,
    logits: Tensor,
    trace: Option<Trace>,
}

impl Session {
    /// Prefill: left-pads the prompts, runs the talker over them.
    pub fn new(
        talker: &Talker,
        cp: &CodePredictor,
        requests: Vec<(Prompt, GenerateParams)>,
        trace: bool,
    ) -> Result<Self> {
        if requests.is_empty() {
            bail!("a session needs at least one request")
        }
        let dev = talker.device().clone();
        let dtype = talker.dtype();
        let d = talker.config().hidden_size;
        let lens = requests.iter().map(|(p, _)| p.embeds.dim(0)).collect::<Result<Vec<_>>>()?;
        let max_len = lens.iter().copied().max().unwrap_or(0);
        let b = requests.len();
        let mut padded_rows = Vec::with_capacity(b);
        let mut key_valid = Vec::with_capacity(b);
        let mut positions = Vec::with_capacity(b);
        let mut rope_delta = Vec::with_capacity(b);
        for ((p, params), &len) in requests.iter().zip(&lens) {
            params.validate()?;
            let pads = max_len - len;
            let e = p.embeds.to_dtype(dtype)?;
            padded_rows.push(if pads > 0 {
                Tensor::cat(&[Tensor::zeros((pads, d), dtype, &dev)?, e], 0)?
            } else {
                e
            });
            key_valid.push((0..max_len).map(|j| j >= pads).collect::<Vec<_>>());
            // get_rope_index: cumsum(mask) - 1 on real tokens, 1 on padding.
            let pos: Vec<i64> =
                (0..max_len).map(|j| if j >= pads { (j - pads) as i64 } else { 1 }).collect();
            let max_pos = pos.iter().copied().max().unwrap_or(0);
            rope_delta.push(max_pos + 1 - len as i64 - pads as i64);
            positions.push(pos);
        }
        let padded = lens.iter().any(|&l| l != max_len);
        let embeds = Tensor::stack(&padded_rows, 0)?;
        let mut cache = talker.new_cache(max_len + 256);
        let mask = causal_mask(b, max_len, 0, padded.then_some(key_valid.as_slice()), &dev)?;
        let _span = tracing::debug_span!("prefill", batch = b, len = max_len).entered();
        let h = talker.forward(&embeds, &positions, Some(&mask), &mut cache)?;
        let hidden = h.i((.., max_len - 1))?.contiguous()?;
        let logits = talker.logits(&hidden)?;
        let pad = requests[0].0.pad.clone();
        let eos_text = requests[0].0.eos.clone();
        let rows = requests
            .into_iter()
            .map(|(p, params)| Row {
                rng: Rng::new(params.seed),
                params,
                history: Vec::new(),
                trailing: p.trailing,
                text_open: p.text_open,
                frames: Vec::new(),
                stop: None,
                pending: None,
                forced: VecDeque::new(),
            })
            .collect();
        Ok(Self {
            talker: talker.clone(),
            cp: cp.clone(),
            cache,
            rows,
            key_valid,
            padded,
            rope_delta,
            pad,
            eos_text,
            hidden,
            logits,
            trace: trace.then(Trace::default),
        })
    }

    pub fn batch_size(&self) -> usize {
        self.rows.len()
    }

    pub fn device(&self) -> &Device {
        self.hidden.device()
    }

    /// Every row has stopped.
    pub fn is_done(&self) -> bool {
        self.rows.iter().all(|r| r.stop.is_some())
    }

    pub fn stop_reason(&self, row: usize) -> Option<StopReason> {
        self.rows.get(row).and_then(|r| r.stop)
    }

    /// Frames produced so far for `row` (`num_code_groups` codes each).
    pub fn frames(&self, row: usize) -> &[Vec<u32>] {
        self.rows.get(row).map_or(&[], |r| r.frames.as_slice())
    }

    pub fn trace(&self) -> Option<&Trace> {
        self.trace.as_ref()
    }

    /// Appends text ids to an open text track (streaming text input).
    pub fn append_text(&mut self, row: usize, ids: &[u32]) -> Result<()> {
        let Some(r) = self.rows.get(row) else {
            bail!("no row {row} in a batch of {}", self.rows.len())
        };
        if !r.text_open {
            bail!("row {row}: text is not open; build the prompt with text_open")
        }
        if ids.is_empty() {
            return Ok(());
        }
        let e = self.talker.text_embed(ids)?;
        let r = &mut self.rows[row];
        for k in 0..e.dim(0)? {
            r.trailing.push(e.get(k)?);
        }
        Ok(())
    }

    /// Ends an open text track: the text EOS row follows the appended text.
    pub fn finish_text(&mut self, row: usize) -> Result<()> {
        let eos = self.eos_text.clone();
        let Some(r) = self.rows.get_mut(row) else {
            bail!("no row {row} in a batch of {}", self.rows.len())
        };
        if r.text_open {
            r.trailing.push(eos);
            r.text_open = false;
        }
        Ok(())
    }

    /// Teacher forcing: `row`'s next frames take these codes (`num_code_groups` each) instead
    /// of sampling them; the logits are still computed (and traced). A forced code 0 goes
    /// through the stop rules as a sampled one would.
    pub fn force_frames(&mut self, row: usize, frames: Vec<Vec<u32>>) -> Result<()> {
        let g = self.cp.num_code_groups();
        let vocab0 = self.talker.config().vocab_size;
        let vocab = self.talker.config().code_predictor_config.vocab_size;
        let Some(r) = self.rows.get_mut(row) else {
            bail!("no row {row} in a batch of {}", self.rows.len())
        };
        for (k, f) in frames.iter().enumerate() {
            if f.len() != g {
                bail!("forced frame {k} has {} codes, expected {g}", f.len())
            }
            if f[0] as usize >= vocab0 || f[1..].iter().any(|&c| c as usize >= vocab) {
                bail!("forced frame {k} has a code outside 0..{vocab0} (code 0) / 0..{vocab}")
            }
        }
        r.forced.extend(frames);
        Ok(())
    }

    /// Whether `row`'s next step needs a text row that has not been appended yet.
    pub fn needs_text(&self, row: usize) -> bool {
        self.rows.get(row).is_some_and(|r| {
            r.stop.is_none()
                && r.text_open
                && r.pending.is_some()
                && r.frames.len() > r.trailing.len()
        })
    }

    /// One step for every row: the frame of each row that produced one (`None` for a row that
    /// stopped now or earlier).
    pub fn next_frame(&mut self) -> Result<Vec<Option<Vec<u32>>>> {
        let b = self.rows.len();
        if self.is_done() {
            return Ok(vec![None; b]);
        }
        if self.rows.iter().any(|r| r.pending.is_some()) {
            self.talker_step()?;
        }
        // 1. Code 0 per live row.
        let logits_rows = self.logits.to_vec2::<f32>()?;
        let tc = self.talker.config();
        let (eos, suppress) = (tc.codec_eos_token_id, tc.suppress_start());
        let mut scores_trace = Vec::with_capacity(b);
        let mut build = Vec::new();
        let mut code0 = Vec::new();
        for (i, (r, mut scores)) in self.rows.iter_mut().zip(logits_rows).enumerate() {
            if r.stop.is_some() {
                // Stopped rows keep their raw logits in the trace (the reference keeps
                // computing them too); nothing is selected for them.
                if self.trace.is_some() {
                    scores_trace.push(scores);
                }
                continue;
            }
            let p = r.params;
            process_talker_logits(
                &mut scores,
                &r.history,
                p.repetition_penalty,
                eos,
                suppress,
                MIN_NEW_TOKENS,
            );
            if self.trace.is_some() {
                scores_trace.push(scores.clone());
            }
            let x = match r.forced.front() {
                Some(f) => f[0],
                None => select(&mut scores, &p.talker, &mut r.rng)?,
            };
            r.history.push(x);
            if x == eos {
                r.stop = Some(StopReason::Eos);
            } else if r.history.len() >= p.max_new_tokens {
                r.stop = Some(StopReason::MaxNewTokens);
            } else {
                build.push(i);
                code0.push(x);
            }
        }
        if let Some(t) = self.trace.as_mut() {
            t.talker_logits.push(self.logits.clone());
            t.talker_scores.push(scores_trace);
            t.talker_hidden.push(self.hidden.clone());
        }
        let mut out = vec![None; b];
        if build.is_empty() {
            return Ok(out);
        }
        // 2. Residual codes for the rows that build a frame.
        let idx: Vec<u32> = build.iter().map(|&i| i as u32).collect();
        let idx = Tensor::new(idx.as_slice(), self.device())?;
        let hidden = self.hidden.index_select(&idx, 0)?;
        let e0 = self.talker.codec_embed(&code0)?;
        let rows = &mut self.rows;
        let build_ref = &build;
        let mut cp_logits = Vec::new();
        let tracing = self.trace.is_some();
        let mut choose = |j: usize, logits: &Tensor| -> Result<Vec<u32>> {
            if tracing {
                cp_logits.push(logits.clone());
            }
            let lv = logits.to_vec2::<f32>()?;
            build_ref
                .iter()
                .zip(lv)
                .map(|(&i, mut l)| {
                    let r = &mut rows[i];
                    if let Some(&c) = r.forced.front().and_then(|f| f.get(j + 1)) {
                        return Ok(c);
                    }
                    let p = r.params.subtalker;
                    select(&mut l, &p, &mut r.rng)
                })
                .collect()
        };
        let residual = self.cp.predict(&hidden, &e0, &mut choose)?;
        if let Some(t) = self.trace.as_mut() {
            t.cp_logits.push((build.clone(), Tensor::stack(&cp_logits, 1)?));
        }
        // 3. Frames and their summed embeddings (the next talker input, minus text).
        let frames: Vec<Vec<u32>> = code0
            .iter()
            .zip(residual)
            .map(|(&c0, rest)| std::iter::once(c0).chain(rest).collect())
            .collect();
        let sums = frame_embeds(&self.talker, &self.cp, &frames)?;
        for (k, (&i, f)) in build.iter().zip(frames).enumerate() {
            let r = &mut self.rows[i];
            r.forced.pop_front();
            r.pending = Some(sums.get(k)?);
            r.frames.push(f.clone());
            out[i] = Some(f);
        }
        Ok(out)
    }

    /// The talker step for the frames built last time: input = frame sum + trailing text row
    /// (or `tts_pad`), at each row's next position.
    fn talker_step(&mut self) -> Result<()> {
        let b = self.rows.len();
        let d = self.talker.config().hidden_size;
        let dtype = self.talker.dtype();
        let dev = self.device().clone();
        let mut inputs = Vec::with_capacity(b);
        for (i, r) in self.rows.iter_mut().enumerate() {
            match r.pending.take() {
                Some(sum) if r.stop.is_none() => {
                    let k = r.frames.len() - 1;
                    let text = match r.trailing.get(k) {
                        Some(t) => t.clone(),
                        None if r.text_open => {
                            bail!("row {i} waits for text: append text or finish it first")
                        }
                        None => self.pad.clone(),
                    };
                    inputs.push((sum + text)?);
                }
                // Stopped rows still take a step (as in the reference batch); their outputs
                // are never used.
                _ => inputs.push(Tensor::zeros(d, dtype, &dev)?),
            }
        }
        let xs = Tensor::stack(&inputs, 0)?.unsqueeze(1)?; // b, 1, d
        let past = self.cache.seq_len();
        let positions: Vec<Vec<i64>> =
            self.rope_delta.iter().map(|&delta| vec![past as i64 + delta]).collect();
        for v in self.key_valid.iter_mut() {
            v.push(true);
        }
        let mask = if self.padded {
            Some(causal_mask(b, 1, past, Some(&self.key_valid), self.device())?)
        } else {
            None
        };
        let h = self.talker.forward(&xs, &positions, mask.as_ref(), &mut self.cache)?;
        self.hidden = h.squeeze(1)?;
        self.logits = self.talker.logits(&self.hidden)?;
        Ok(())
    }

    /// Runs to the end; returns each row's frames and stop reason.
    pub fn run(&mut self) -> Result<Vec<(Vec<Vec<u32>>, StopReason)>> {
        while !self.is_done() {
            if let Some(i) = (0..self.rows.len()).find(|&i| self.needs_text(i)) {
                bail!("row {i} waits for text; use next_frame with append_text/finish_text")
            }
            self.next_frame()?;
        }
        Ok(self
            .rows
            .iter()
            .map(|r| (r.frames.clone(), r.stop.unwrap_or(StopReason::MaxNewTokens)))
            .collect())
    }
}
