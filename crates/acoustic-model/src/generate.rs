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

use candle_core::{DType, Device, IndexOp, Result, Tensor, bail};

use crate::code_predictor::CodePredictor;
use crate::config::GenerationConfig;
use crate::device_sampling::{Choice, DeviceSelector};
use crate::guards::{Guards, LoopTracker, Tripped};
use crate::prefix_cache::PrefixCache;
use crate::prompt::{Prompt, frame_embeds};
use crate::sampling::{Rng, SamplingParams, process_talker_logits, select};
use crate::talker::Talker;
use crate::transformer::DecoderCache;

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
    /// Runaway guards (none by default: the reference has none).
    pub guards: Guards,
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
            guards: Guards::default(),
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
            guards: Guards::default(),
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
    /// The frame budget of the text ran out ([`Guards::budget`]).
    FrameBudget,
    /// The codes repeat a stretch of frames ([`Guards::loops`]).
    Loop,
}

impl StopReason {
    /// The name front ends report (summaries, end events, metrics).
    pub fn name(self) -> &'static str {
        match self {
            Self::Eos => "eos",
            Self::MaxNewTokens => "max_new_tokens",
            Self::FrameBudget => "frame_budget",
            Self::Loop => "loop",
        }
    }

    pub const ALL: [StopReason; 4] = [Self::Eos, Self::MaxNewTokens, Self::FrameBudget, Self::Loop];
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

/// Where the code predictor's 15 residual codes of a frame are chosen. Both give the same codes
/// from the same logits and generators (see `device_sampling` for the rounding-boundary cases).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeSelection {
    /// `sampling::select` per row on the host: each step's logits are read (one wait for the
    /// device per step). The CPU's choice.
    Host,
    /// `device_sampling` with tensor ops on the model's device; the next step embeds the
    /// chosen ids directly and the frame's codes are read once. The choice off the CPU.
    Device,
}

impl CodeSelection {
    pub fn for_device(dev: &Device) -> Self {
        if dev.is_cpu() { Self::Host } else { Self::Device }
    }
}

#[derive(Debug, Clone)]
struct Row {
    params: GenerateParams,
    rng: Rng,
    history: Vec<u32>,
    trailing: Vec<Tensor>,
    text_open: bool,
    /// `P(tts_pad)` and `P(tts_eos)` of the row's prompt.
    pad: Tensor,
    eos_text: Tensor,
    frames: Vec<Vec<u32>>,
    /// Code 0 of each frame (the loop detector's input).
    codes0: Vec<u32>,
    /// Tokens of the spoken text so far (the frame budget's measure).
    text_tokens: usize,
    loops: LoopTracker,
    stop: Option<StopReason>,
    /// Summed code embeddings of the last frame, waiting for its text row.
    pending: Option<Tensor>,
    /// Teacher forcing: the next frames' codes, taken instead of sampling.
    forced: VecDeque<Vec<u32>>,
    /// The row's own talker KV cache: rows join and leave a running batch independently.
    cache: DecoderCache,
    /// Final-normed hidden `[hidden]` and f32 logits `[vocab]` of the row's last talker step.
    hidden: Tensor,
    logits: Tensor,
    /// The logits have not been sampled from yet (set by prefill and by each talker step).
    fresh: bool,
}

impl Row {
    /// Code `k` of the next frame when it is teacher-forced (frames hold all G codes, checked
    /// when forced), else `None`: the code is chosen.
    fn forced_code(&self, k: usize) -> Option<u32> {
        self.forced.front().and_then(|f| f.get(k)).copied()
    }

    /// Waits for a text row that has not been appended yet (streaming text input).
    fn starved(&self) -> bool {
        self.stop.is_none()
            && self.text_open
            && self.pending.is_some()
            && self.frames.len() > self.trailing.len()
    }
}

/// A generation in progress: a set of rows (slots) that step together. Each row has its own
/// KV cache and positions, so rows can be admitted into and released from a running session
/// (continuous batching) and a row's codes never depend on its neighbours: the weights are read
/// once per step for all rows, attention runs per row.
/// Whether a session records every step's logits and codes ([`Session::trace`]), for the
/// reference comparisons and the quantization quality harness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tracing {
    Off,
    Record,
}

/// A prompt on its way into a row ([`Session::prepare_prefill`]): its cache holds positions
/// `..done` (the shared prefix from the prefix cache at first), [`Session::run_prefills`] runs
/// the rest, whole or in pieces between steps, and [`Session::seat`] makes it a row.
pub struct Prefill {
    prompt: Prompt,
    params: GenerateParams,
    /// `[1, len, hidden]` in the talker's dtype.
    embeds: Tensor,
    cache: DecoderCache,
    done: usize,
    len: usize,
    /// The decoder's output at the last position, once every position has run.
    last: Option<Tensor>,
}

impl Prefill {
    /// Positions still to run.
    pub fn remaining(&self) -> usize {
        self.len - self.done
    }

    pub fn is_done(&self) -> bool {
        self.done == self.len
    }

    /// The next `n` positions' input embeddings and positions.
    fn piece(&self, n: usize) -> Result<(Tensor, Vec<i64>)> {
        let positions = (self.done as i64..(self.done + n) as i64).collect();
        Ok((self.embeds.narrow(1, self.done, n)?, positions))
    }

    /// Records that the piece of `n` positions whose decoder output is `hidden: [1, n, d]` ran.
    fn ran(&mut self, n: usize, hidden: &Tensor) -> Result<()> {
        self.done += n;
        if self.is_done() {
            self.last = Some(hidden.i((0, n - 1))?.contiguous()?);
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    talker: Talker,
    cp: CodePredictor,
    /// Slot `i` holds row `i`; `None` once released (reused by the next admission).
    rows: Vec<Option<Row>>,
    trace: Option<Trace>,
    selection: CodeSelection,
    /// Built on the first frame chosen on the device.
    selector: Option<DeviceSelector>,
    /// KV of shared prompt prefixes (`None` where a split prefill would not be exact).
    prefixes: Option<PrefixCache>,
}

impl Session {
    /// Prefills every request (each at its own positions, together where [`Self::admit_many`]
    /// can) into a new session; the first request that cannot be admitted fails it.
    pub fn new(
        talker: &Talker,
        cp: &CodePredictor,
        requests: Vec<(Prompt, GenerateParams)>,
        tracing: Tracing,
    ) -> Result<Self> {
        if requests.is_empty() {
            bail!("a session needs at least one request")
        }
        let mut s = Self::empty(talker, cp, tracing);
        s.admit_many(requests)?.into_iter().collect::<Result<Vec<_>>>()?;
        Ok(s)
    }

    /// A session without rows, to [`Self::admit`] into.
    pub fn empty(talker: &Talker, cp: &CodePredictor, tracing: Tracing) -> Self {
        Self {
            talker: talker.clone(),
            cp: cp.clone(),
            rows: Vec::new(),
            trace: (tracing == Tracing::Record).then(Trace::default),
            selection: CodeSelection::for_device(talker.device()),
            selector: None,
            prefixes: talker
                .decoder()
                .is_fused()
                .then(|| PrefixCache::new(crate::prefix_cache::DEFAULT_BUDGET)),
        }
    }

    /// Turns the prefix cache off (or back on where the talker allows it); rows already admitted
    /// are not affected.
    pub fn set_prefix_cache(&mut self, on: bool) {
        self.prefixes = (on && self.talker.decoder().is_fused())
            .then(|| PrefixCache::new(crate::prefix_cache::DEFAULT_BUDGET));
    }

    /// The prefix cache's (hits, misses), if the session has one.
    pub fn prefix_counts(&self) -> Option<(u64, u64)> {
        self.prefixes.as_ref().map(PrefixCache::counts)
    }

    /// Overrides where the code predictor's codes are chosen ([`CodeSelection::for_device`] by
    /// default); the tests run the device path on the CPU with it.
    pub fn set_code_selection(&mut self, selection: CodeSelection) {
        self.selection = selection;
    }

    pub fn code_selection(&self) -> CodeSelection {
        self.selection
    }

    /// Prefills a request into a free slot and returns the slot. It takes part in the next
    /// [`Self::next_frame`]; the rows already running are not disturbed.
    pub fn admit(&mut self, prompt: Prompt, params: GenerateParams) -> Result<usize> {
        self.admit_many(vec![(prompt, params)])?.pop().expect("one result per request")
    }

    /// [`Self::admit`] for the newcomers of one step: each prompt's shared prefix from the
    /// prefix cache as there, then the rest of every prompt together ([`Self::run_prefills`]).
    /// A prompt that cannot be admitted gets its own error and the others go on; a failed
    /// pass fails them all (the outer error).
    pub fn admit_many(
        &mut self,
        requests: Vec<(Prompt, GenerateParams)>,
    ) -> Result<Vec<Result<usize>>> {
        let mut results: Vec<Option<Result<usize>>> = Vec::with_capacity(requests.len());
        let mut ready = Vec::new();
        for (i, (prompt, params)) in requests.into_iter().enumerate() {
            match self.prepare_prefill(prompt, params) {
                Ok(p) => {
                    ready.push((i, p));
                    results.push(None);
                }
                Err(e) => results.push(Some(Err(e))),
            }
        }
        let mut prefills: Vec<&mut Prefill> = ready.iter_mut().map(|(_, p)| p).collect();
        self.run_prefills(&mut prefills, usize::MAX)?;
        for (i, prefill) in ready {
            results[i] = Some(self.seat(prefill));
        }
        Ok(results.into_iter().map(|r| r.expect("every request has a result")).collect())
    }

    /// A prompt's prefill up to its own positions: validated, embedded, its shared prefix from
    /// the prefix cache (or computed alone and kept).
    pub fn prepare_prefill(&mut self, prompt: Prompt, params: GenerateParams) -> Result<Prefill> {
        params.validate()?;
        let len = prompt.embeds.dim(0)?;
        if len == 0 {
            bail!("an empty prompt cannot be prefilled")
        }
        let embeds = prompt.embeds.to_dtype(self.talker.dtype())?.unsqueeze(0)?;
        let capacity = len + 256;
        let mut cache = self.talker.new_cache(capacity);
        // The shared prefix from the cache, or computed alone and kept; at least the last row
        // is left to run (its hidden state gives the first logits).
        let shared = prompt.shared_prefix.min(len - 1);
        let done = match self.prefixes.as_mut() {
            Some(prefixes) if shared > 0 => {
                let rows = embeds.narrow(1, 0, shared)?;
                let key = PrefixCache::key(&rows)?;
                match prefixes.get(&key, capacity)? {
                    Some(held) => cache = held,
                    None => {
                        let positions = vec![(0..shared as i64).collect::<Vec<_>>()];
                        self.talker.forward_causal(&rows, &positions, &mut cache)?;
                        prefixes.insert(key, &cache)?;
                    }
                }
                shared
            }
            _ => 0,
        };
        Ok(Prefill { prompt, params, embeds, cache, done, len, last: None })
    }

    /// Whether a prefill may run in pieces ([`Self::run_prefills`]) with the same result as in
    /// one pass: where a position's result cannot depend on how positions were split between
    /// calls (the fused int8 CPU steps, as for the prefix cache).
    pub fn splits_prefills(&self) -> bool {
        self.talker.decoder().is_fused()
    }

    /// Runs up to `piece` more positions of every unfinished prefill (all of them where
    /// [`Self::splits_prefills`] is false): together in one pass where the decoder has the
    /// fused CPU steps (the weights read once for all of them; each bit for bit what it gives
    /// alone), one by one otherwise. A long prompt prefilled in pieces between steps delays the
    /// rows already playing by one piece per step instead of the whole prompt.
    pub fn run_prefills(&mut self, prefills: &mut [&mut Prefill], piece: usize) -> Result<()> {
        let piece = if self.splits_prefills() { piece.max(1) } else { usize::MAX };
        let mut open: Vec<&mut Prefill> =
            prefills.iter_mut().map(|p| &mut **p).filter(|p| !p.is_done()).collect();
        if open.is_empty() {
            return Ok(());
        }
        let _span = tracing::debug_span!("prefill", prompts = open.len()).entered();
        let sizes: Vec<usize> = open.iter().map(|p| p.remaining().min(piece)).collect();
        let pieces =
            open.iter().zip(&sizes).map(|(p, &n)| p.piece(n)).collect::<Result<Vec<_>>>()?;
        let together = match open.len() {
            1 => None,
            _ => {
                let (embeds, positions): (Vec<Tensor>, Vec<Vec<i64>>) =
                    pieces.iter().cloned().unzip();
                let mut caches: Vec<&mut DecoderCache> =
                    open.iter_mut().map(|p| &mut p.cache).collect();
                self.talker.forward_sequences(&embeds, &positions, &mut caches)?
            }
        };
        let hiddens = match together {
            Some(h) => h,
            None => open
                .iter_mut()
                .zip(pieces)
                .map(|(p, (embeds, positions))| {
                    self.talker.forward_causal(&embeds, &[positions], &mut p.cache)
                })
                .collect::<Result<Vec<_>>>()?,
        };
        for ((p, n), hidden) in open.into_iter().zip(sizes).zip(hiddens) {
            p.ran(n, &hidden)?;
        }
        Ok(())
    }

    /// A new row from a finished prefill; returns its slot. It takes part in the next
    /// [`Self::next_frame`].
    pub fn seat(&mut self, prefill: Prefill) -> Result<usize> {
        let Prefill { prompt, params, cache, last, .. } = prefill;
        let Some(hidden) = last else { bail!("a prefill must run to its end before it is seated") };
        let logits = self.talker.logits(&hidden.unsqueeze(0)?)?.squeeze(0)?;
        let row = Row {
            rng: Rng::new(params.seed),
            params,
            history: Vec::new(),
            trailing: prompt.trailing,
            text_open: prompt.text_open,
            pad: prompt.pad,
            eos_text: prompt.eos,
            frames: Vec::new(),
            codes0: Vec::new(),
            text_tokens: prompt.text_tokens,
            loops: LoopTracker::default(),
            stop: None,
            pending: None,
            forced: VecDeque::new(),
            cache,
            hidden,
            logits,
            fresh: true,
        };
        Ok(match self.rows.iter().position(Option::is_none) {
            Some(slot) => {
                self.rows[slot] = Some(row);
                slot
            }
            None => {
                self.rows.push(Some(row));
                self.rows.len() - 1
            }
        })
    }

    /// Frees a slot (finished, cancelled or failed request) with its KV cache; the other rows
    /// go on untouched.
    pub fn release(&mut self, row: usize) {
        if let Some(slot) = self.rows.get_mut(row) {
            *slot = None;
        }
        while matches!(self.rows.last(), Some(None)) {
            self.rows.pop();
        }
    }

    /// Slots (occupied or free): the length of [`Self::next_frame`]'s result.
    pub fn batch_size(&self) -> usize {
        self.rows.len()
    }

    /// Occupied slots whose row has not stopped.
    pub fn active_rows(&self) -> usize {
        self.rows.iter().flatten().filter(|r| r.stop.is_none()).count()
    }

    pub fn device(&self) -> &Device {
        self.talker.device()
    }

    /// Every occupied row has stopped.
    pub fn is_done(&self) -> bool {
        self.rows.iter().flatten().all(|r| r.stop.is_some())
    }

    pub fn stop_reason(&self, row: usize) -> Option<StopReason> {
        self.row(row).and_then(|r| r.stop)
    }

    /// Frames produced so far for `row` (`num_code_groups` codes each).
    pub fn frames(&self, row: usize) -> &[Vec<u32>] {
        self.row(row).map_or(&[], |r| r.frames.as_slice())
    }

    /// Positions held in `row`'s KV cache (prompt plus generated frames).
    pub fn cached_positions(&self, row: usize) -> usize {
        self.row(row).map_or(0, |r| r.cache.seq_len())
    }

    pub fn trace(&self) -> Option<&Trace> {
        self.trace.as_ref()
    }

    fn row(&self, row: usize) -> Option<&Row> {
        self.rows.get(row).and_then(Option::as_ref)
    }

    fn row_mut(&mut self, row: usize) -> Result<&mut Row> {
        let n = self.rows.len();
        match self.rows.get_mut(row).and_then(Option::as_mut) {
            Some(r) => Ok(r),
            None => bail!("no row {row} in a session of {n} slots"),
        }
    }

    /// Appends text ids to an open text track (streaming text input).
    pub fn append_text(&mut self, row: usize, ids: &[u32]) -> Result<()> {
        if !self.row_mut(row)?.text_open {
            bail!("row {row}: text is not open; build the prompt with text_open")
        }
        if ids.is_empty() {
            return Ok(());
        }
        let e = self.talker.text_embed(ids)?;
        let r = self.row_mut(row)?;
        for k in 0..e.dim(0)? {
            r.trailing.push(e.get(k)?);
        }
        r.text_tokens += ids.len();
        Ok(())
    }

    /// Ends an open text track: the text EOS row follows the appended text.
    pub fn finish_text(&mut self, row: usize) -> Result<()> {
        let r = self.row_mut(row)?;
        if r.text_open {
            r.trailing.push(r.eos_text.clone());
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
        for (k, f) in frames.iter().enumerate() {
            if f.len() != g {
                bail!("forced frame {k} has {} codes, expected {g}", f.len())
            }
            if f[0] as usize >= vocab0 || f[1..].iter().any(|&c| c as usize >= vocab) {
                bail!("forced frame {k} has a code outside 0..{vocab0} (code 0) / 0..{vocab}")
            }
        }
        self.row_mut(row)?.forced.extend(frames);
        Ok(())
    }

    /// Whether [`Self::next_frame`] can make progress: some running row is not waiting for
    /// text.
    pub fn can_step(&self) -> bool {
        self.rows.iter().flatten().any(|r| r.stop.is_none() && !r.starved())
    }

    /// Whether `row`'s next step needs a text row that has not been appended yet.
    pub fn needs_text(&self, row: usize) -> bool {
        self.row(row).is_some_and(Row::starved)
    }

    /// One step for every row: the frame of each slot that produced one (`None` for a free
    /// slot, a row that stopped now or earlier, and a row waiting for text; such a row takes
    /// its step once its text arrives). Fails only when every running row waits for text.
    pub fn next_frame(&mut self) -> Result<Vec<Option<Vec<u32>>>> {
        let b = self.rows.len();
        if self.is_done() {
            return Ok(vec![None; b]);
        }
        if !self.can_step()
            && let Some(i) = self.rows.iter().position(|r| r.as_ref().is_some_and(Row::starved))
        {
            bail!("row {i} waits for text: append text or finish it first")
        }
        self.talker_step()?;
        // 1. Code 0 per row with fresh logits.
        let tc = self.talker.config();
        let (eos, suppress) = (tc.codec_eos_token_id, tc.suppress_start());
        let vocab0 = tc.vocab_size;
        let tracing = self.trace.is_some();
        let mut scores_trace = Vec::with_capacity(b);
        let mut build = Vec::new();
        let mut code0 = Vec::new();
        let mut host = self.host_logits(tracing)?;
        for (i, slot) in self.rows.iter_mut().enumerate() {
            let Some(r) = slot.as_mut() else {
                if tracing {
                    scores_trace.push(vec![0.0; vocab0]);
                }
                continue;
            };
            let Some(mut scores) = host[i].take() else { continue };
            if r.stop.is_some() || !r.fresh {
                // Stopped rows keep their last raw logits in the trace (the reference keeps
                // computing them); nothing is selected for them.
                if tracing {
                    scores_trace.push(scores);
                }
                continue;
            }
            r.fresh = false;
            let p = r.params;
            process_talker_logits(
                &mut scores,
                &r.history,
                p.repetition_penalty,
                eos,
                suppress,
                MIN_NEW_TOKENS,
            );
            if tracing {
                scores_trace.push(scores.clone());
            }
            let x = match r.forced_code(0) {
                Some(c) => c,
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
        if tracing {
            let (logits, hidden) = self.stacked_state()?;
            if let Some(t) = self.trace.as_mut() {
                t.talker_logits.push(logits);
                t.talker_scores.push(scores_trace);
                t.talker_hidden.push(hidden);
            }
        }
        let mut out = vec![None; b];
        if build.is_empty() {
            return Ok(out);
        }
        // 2. Residual codes for the rows that build a frame.
        let hidden = Tensor::stack(
            &build.iter().map(|&i| self.built_row(i).hidden.clone()).collect::<Vec<_>>(),
            0,
        )?;
        let e0 = self.talker.codec_embed(&code0)?;
        let mut cp_logits = Vec::new();
        let residual = match self.selection {
            CodeSelection::Host => self.residual_on_host(&build, &hidden, &e0, &mut cp_logits)?,
            CodeSelection::Device => {
                self.residual_on_device(&build, &hidden, &e0, &mut cp_logits)?
            }
        };
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
            let Some(r) = self.rows[i].as_mut() else { bail!("row {i} vanished") };
            r.forced.pop_front();
            r.pending = Some(sums.get(k)?);
            r.codes0.push(f[0]);
            r.frames.push(f.clone());
            // The frame stays (it is audio already); the row ends after it.
            r.stop = match r.params.guards.check(&mut r.loops, &r.codes0, r.text_tokens) {
                Some(Tripped::FrameBudget) => Some(StopReason::FrameBudget),
                Some(Tripped::Loop) => Some(StopReason::Loop),
                None => None,
            };
            out[i] = Some(f);
        }
        Ok(out)
    }

    /// Codes 1..G-1 of the `build` rows, chosen on the host: each step's logits are read and
    /// `sampling::select` runs per row (a forced frame's code wins, without a draw).
    fn residual_on_host(
        &mut self,
        build: &[usize],
        hidden: &Tensor,
        e0: &Tensor,
        cp_logits: &mut Vec<Tensor>,
    ) -> Result<Vec<Vec<u32>>> {
        let tracing = self.trace.is_some();
        let rows = &mut self.rows;
        let mut choose = |j: usize, logits: &Tensor| -> Result<Vec<u32>> {
            if tracing {
                cp_logits.push(logits.clone());
            }
            let lv = logits.to_vec2::<f32>()?;
            build
                .iter()
                .zip(lv)
                .map(|(&i, mut l)| {
                    let Some(r) = rows[i].as_mut() else { bail!("row {i} vanished") };
                    if let Some(c) = r.forced_code(j + 1) {
                        return Ok(c);
                    }
                    let p = r.params.subtalker;
                    select(&mut l, &p, &mut r.rng)
                })
                .collect()
        };
        self.cp.predict(hidden, e0, &mut choose)
    }

    /// The same codes chosen on the device (`device_sampling`): the uniforms are drawn from
    /// each row's generator in the host's order (one per sampled, non-forced choice) and
    /// uploaded, the chosen ids feed the next step without a read, and the frame's codes of
    /// all rows are read once at the end.
    fn residual_on_device(
        &mut self,
        build: &[usize],
        hidden: &Tensor,
        e0: &Tensor,
        cp_logits: &mut Vec<Tensor>,
    ) -> Result<Vec<Vec<u32>>> {
        let vocab = self.talker.config().code_predictor_config.vocab_size;
        let selector = match &self.selector {
            Some(s) if s.vocab() == vocab => s.clone(),
            _ => {
                let s = DeviceSelector::new(vocab, self.talker.device())?;
                self.selector = Some(s.clone());
                s
            }
        };
        let tracing = self.trace.is_some();
        let rows = &mut self.rows;
        let mut choose = |j: usize, logits: &Tensor| -> Result<Tensor> {
            if tracing {
                cp_logits.push(logits.clone());
            }
            let choices = build
                .iter()
                .map(|&i| {
                    let Some(r) = rows[i].as_mut() else { bail!("row {i} vanished") };
                    Ok(match r.forced_code(j + 1) {
                        Some(c) => Choice::Forced(c),
                        None => Choice::draw(r.params.subtalker, &mut r.rng),
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            selector.select(logits, &choices)
        };
        // The one read of the frame's residual codes.
        let codes = self.cp.predict_on_device(hidden, e0, &mut choose)?.to_vec2::<u32>()?;
        for (&i, row) in build.iter().zip(&codes) {
            if row.iter().any(|&c| c as usize >= vocab) {
                bail!("row {i}: every token was filtered out; nothing to sample")
            }
        }
        Ok(codes)
    }

    /// The f32 logits of every occupied slot that selects a code 0 this step (all of them when
    /// `all`, for the trace), by slot, copied to the host in one transfer: on a GPU each copy
    /// waits for the device, so one per step instead of one per row.
    fn host_logits(&self, all: bool) -> Result<Vec<Option<Vec<f32>>>> {
        let wanted: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.row(i).is_some_and(|r| all || (r.stop.is_none() && r.fresh)))
            .collect();
        let mut out = vec![None; self.rows.len()];
        if wanted.is_empty() {
            return Ok(out);
        }
        let logits: Vec<Tensor> =
            wanted.iter().map(|&i| self.built_row(i).logits.clone()).collect();
        for (i, v) in wanted.into_iter().zip(Tensor::stack(&logits, 0)?.to_vec2::<f32>()?) {
            out[i] = Some(v);
        }
        Ok(out)
    }

    /// A row chosen from occupied slots this step.
    fn built_row(&self, i: usize) -> &Row {
        self.rows[i].as_ref().expect("built rows are occupied")
    }

    /// Every slot's last logits `[slots, vocab]` and hidden `[slots, hidden]` (zeros for free
    /// slots), for the trace.
    fn stacked_state(&self) -> Result<(Tensor, Tensor)> {
        let tc = self.talker.config();
        let dev = self.device();
        let mut logits = Vec::with_capacity(self.rows.len());
        let mut hidden = Vec::with_capacity(self.rows.len());
        for slot in &self.rows {
            match slot {
                Some(r) => {
                    logits.push(r.logits.clone());
                    hidden.push(r.hidden.clone());
                }
                None => {
                    logits.push(Tensor::zeros(tc.vocab_size, DType::F32, dev)?);
                    hidden.push(Tensor::zeros(tc.hidden_size, self.talker.dtype(), dev)?);
                }
            }
        }
        Ok((Tensor::stack(&logits, 0)?, Tensor::stack(&hidden, 0)?))
    }

    /// The talker step of every row whose last frame waits for it (and whose text row is
    /// there): input = frame sum + trailing text row (or `tts_pad`), at the row's next
    /// position, in its own cache. All such rows run together.
    fn talker_step(&mut self) -> Result<()> {
        let mut inputs = Vec::new();
        let mut positions = Vec::new();
        let mut stepped = Vec::new();
        let mut caches: Vec<&mut DecoderCache> = Vec::new();
        for (i, slot) in self.rows.iter_mut().enumerate() {
            let Some(r) = slot.as_mut() else { continue };
            if r.stop.is_some() || r.starved() {
                continue;
            }
            let Some(sum) = r.pending.take() else { continue };
            let k = r.frames.len() - 1;
            let text = r.trailing.get(k).unwrap_or(&r.pad);
            inputs.push((sum + text)?);
            positions.push(r.cache.seq_len() as i64);
            stepped.push(i);
            caches.push(&mut r.cache);
        }
        if stepped.is_empty() {
            return Ok(());
        }
        let xs = Tensor::stack(&inputs, 0)?.unsqueeze(1)?; // n, 1, d
        let h = self.talker.forward_rows(&xs, &positions, &mut caches)?.squeeze(1)?;
        let logits = self.talker.logits(&h)?;
        for (k, &i) in stepped.iter().enumerate() {
            let Some(r) = self.rows[i].as_mut() else { bail!("row {i} vanished") };
            r.hidden = h.get(k)?;
            r.logits = logits.get(k)?;
            r.fresh = true;
        }
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
            .flatten()
            .map(|r| (r.frames.clone(), r.stop.unwrap_or(StopReason::MaxNewTokens)))
            .collect())
    }
}
