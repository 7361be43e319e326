//! The serving engine's batch loop: requests join a running generation session at the next
//! step and leave it when done, cancelled, failed or out of time, without disturbing the others.
//!
//! One [`Batcher::step`]: expire deadlines and drop requests whose client went away; admit
//! waiting requests (priority order, within the row limit and the KV-cache budget, at most
//! `prefills_per_step` prefills while other streams are playing so a burst of arrivals does not
//! stall them); one acoustic-model step for every running row together (the weights are
//! read once for all rows); decode each stream's new frames and send its chunks; move finished
//! segments on to the next sentence group or finish the request.
//!
//! On the CPU generation and decoding take turns on the one thread that owns the batch (each
//! uses every core); run side by side, their thread pools would fight over the same cores.

use std::time::{Duration, Instant};

use acoustic_model::{GenerateParams, Prefill, Session, StopReason, Tracing};
use audio_codec_12hz::{CodecStream, push_streams};
use candle_core::Tensor;

use crate::engine::{Engine, Prepared};
use crate::error::EngineError;
use crate::output::{OutputStream, Sink};
use crate::request::{SynthesisRequest, SynthesisSummary};
use crate::scheduler::{
    Admission, BatchConfig, Permit, Qos, Refusal, StepClock, WaitQueue, prefill_positions,
};

/// Decode steps grow up to this many frames (320 ms of audio): larger steps use the codec's
/// GEMMs better, the first step covers just the first chunk (time to first audio).
const MAX_DECODE_FRAMES: usize = 4;

/// KV positions reserved per text token of a segment: speech runs ~3 frames per text token;
/// the reservation is generous so the budget holds for ordinary speech.
const RESERVED_FRAMES_PER_TOKEN: usize = 4;

/// A lower bound of the frames a segment takes (at least one per text token), for refusing a
/// deadline only when it certainly cannot be met.
const MIN_FRAMES_PER_TOKEN: usize = 1;

/// Progress callback: `(segments done, total)`.
pub type Progress<'a> = Box<dyn FnMut(usize, usize) + 'a>;

/// The result of a request that left the engine.
pub type Finished = (u64, Result<SynthesisSummary, EngineError>);

/// Totals over the batcher's life, for `lm_rtf` / `codec_rtf` and metrics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchStats {
    /// Acoustic-model steps (all rows together) and prefills.
    pub steps: u64,
    pub prefills: u64,
    /// Acoustic-model compute (prefills and steps) and codec compute.
    pub lm_time: Duration,
    pub codec_time: Duration,
    /// Audio samples sent to clients.
    pub samples: u64,
    /// Rows summed over steps (mean batch = rows_stepped / steps).
    pub rows_stepped: u64,
    /// Codec calls and the streams they decoded (mean codec batch = codec_rows / codec_calls).
    pub codec_calls: u64,
    pub codec_rows: u64,
    pub waiting: usize,
    pub running: usize,
    pub completed: u64,
    pub failed: u64,
}

/// A request handed to [`Batcher::submit`].
pub struct Submission<'a> {
    pub id: u64,
    pub prepared: Prepared,
    pub qos: Qos,
    /// Its place in the engine, held until it leaves (see [`Admission`]).
    pub permit: Permit,
    pub sink: Box<Sink<'a>>,
    pub progress: Option<Progress<'a>>,
    /// Tells (polled every step) that the client is gone.
    pub closed: Option<Box<dyn Fn() -> bool + 'a>>,
}

/// One request on the engine thread.
struct Job<'a> {
    id: u64,
    prepared: Prepared,
    _permit: Permit,
    qos: Qos,
    submitted: Instant,
    deadline: Option<Instant>,
    out: OutputStream<'a>,
    progress: Option<Progress<'a>>,
    /// The client went away (checked every step, also before the first chunk).
    closed: Option<Box<dyn Fn() -> bool + 'a>>,
    /// Current segment, its prefill while it runs (in pieces between steps while other
    /// streams play) and its session slot while it generates.
    segment: usize,
    prefill: Option<Prefill>,
    slot: Option<usize>,
    codec: Option<CodecStream>,
    /// Generated frames not decoded yet.
    pending: Vec<Vec<u32>>,
    /// Streaming text input: ids appended before the request got its row, and whether the
    /// text was finished then.
    text_backlog: Vec<u32>,
    text_finished: bool,
    decode_frames: usize,
    summary: SynthesisSummary,
}

impl Job<'_> {
    fn params(&self) -> GenerateParams {
        self.prepared.params
    }

    /// KV positions the current segment is expected to take.
    fn reserved_positions(&self) -> usize {
        let Some(seg) = self.prepared.segments.get(self.segment) else { return 0 };
        let prompt = seg.prompt.embeds.dims().first().copied().unwrap_or(0);
        prompt + (seg.text_tokens * RESERVED_FRAMES_PER_TOKEN).min(self.params().max_new_tokens)
    }

    /// Frames the rest of the request takes at least.
    fn min_frames_left(&self) -> usize {
        self.prepared.segments[self.segment..]
            .iter()
            .map(|s| (s.text_tokens * MIN_FRAMES_PER_TOKEN).min(self.params().max_new_tokens))
            .sum()
    }

    fn is_closed(&self) -> bool {
        self.closed.as_ref().is_some_and(|c| c())
    }

    /// Audio sent ahead of a listener who started playing at the first chunk, at `now`.
    fn buffered(&self, now: Instant, sample_rate: u32) -> Option<Duration> {
        let first = self.out.first_audio()?;
        let sent = Duration::from_secs_f64(self.out.emitted() as f64 / sample_rate as f64);
        Some(sent.saturating_sub(now.saturating_duration_since(first)))
    }
}

pub struct Batcher<'e, 'a> {
    engine: &'e Engine,
    config: BatchConfig,
    session: Session,
    queue: WaitQueue<Job<'a>>,
    running: Vec<Job<'a>>,
    clock: StepClock,
    stats: BatchStats,
    /// KV-cache bytes per cached position of one row (all talker layers, keys and values).
    kv_bytes_per_position: usize,
    /// The last step's wall time and the last prefill's time per prompt position: what a
    /// playing stream's next chunk and a newcomer's prefill cost ([`prefill_positions`]).
    last_step: Duration,
    prefill_cost: Option<Duration>,
}

impl<'e, 'a> Batcher<'e, 'a> {
    pub fn new(engine: &'e Engine, config: BatchConfig) -> Self {
        let model = engine.model();
        let tc = &model.config().talker_config;
        let kv_bytes_per_position = tc.num_hidden_layers
            * 2
            * tc.num_key_value_heads
            * tc.head_dim()
            * model.dtype().size_in_bytes();
        Self {
            engine,
            session: Session::empty(model.talker(), model.code_predictor(), Tracing::Off),
            queue: WaitQueue::default(),
            config,
            running: Vec::new(),
            clock: StepClock::default(),
            stats: BatchStats::default(),
            kv_bytes_per_position,
            last_step: Duration::ZERO,
            prefill_cost: None,
        }
    }

    pub fn config(&self) -> &BatchConfig {
        &self.config
    }

    /// Nothing waiting or running.
    pub fn is_idle(&self) -> bool {
        self.queue.is_empty() && self.running.is_empty()
    }

    pub fn stats(&self) -> BatchStats {
        BatchStats { waiting: self.queue.len(), running: self.running.len(), ..self.stats.clone() }
    }

    /// A lower bound of a step's duration, once one was measured.
    pub fn clock(&self) -> &StepClock {
        &self.clock
    }

    /// Queues a prepared request that holds its admission permit. Refused at once (typed
    /// error) when even an optimistic estimate misses the deadline.
    pub fn submit(&mut self, submission: Submission<'a>) -> Result<(), EngineError> {
        let Submission { id, prepared, qos, permit, sink, progress, closed } = submission;
        let submitted = Instant::now();
        let engine = self.engine;
        let out = OutputStream::new(sink, engine.sample_rate(), prepared.chunk, prepared.fade);
        let job = Job {
            id,
            prepared,
            _permit: permit,
            qos,
            submitted,
            deadline: qos.deadline.map(|d| submitted + d),
            out,
            progress,
            closed,
            segment: 0,
            prefill: None,
            slot: None,
            codec: None,
            pending: Vec::new(),
            text_backlog: Vec::new(),
            text_finished: false,
            decode_frames: 1,
            summary: SynthesisSummary::default(),
        };
        if let Some(deadline) = qos.deadline {
            // Frames of the requests ahead are shared steps; this request's own frames are a
            // lower bound of its time.
            if let Some(needed) = self.clock.optimistic(job.min_frames_left())
                && needed > deadline
            {
                let why = Refusal::DeadlineUnreachable { needed, deadline };
                return Err(EngineError::DeadlineExceeded(why.to_string()));
            }
        }
        let (priority, deadline) = (qos.priority, job.deadline);
        self.queue.push(id, priority, deadline, job);
        Ok(())
    }

    /// Cancels a waiting or running request: its row is freed at once.
    pub fn cancel(&mut self, id: u64) -> Option<Finished> {
        if self.queue.remove(id).is_some() {
            return Some((id, Err(EngineError::Cancelled)));
        }
        let i = self.running.iter().position(|j| j.id == id)?;
        let job = self.running.swap_remove(i);
        Some(self.fail(job, EngineError::Cancelled))
    }

    /// Whether a step would do anything: false while every running row waits for streamed
    /// text and nothing waits for a row.
    pub fn can_progress(&self) -> bool {
        !self.queue.is_empty()
            || self.session.can_step()
            || self.running.iter().any(|j| j.slot.is_none() || !j.pending.is_empty())
    }

    /// Appends text ids to an open request (see [`Engine::prepare_open`]).
    pub fn append_text(&mut self, id: u64, ids: &[u32]) -> Result<(), EngineError> {
        self.with_open_text(id, |session, job| match job.slot {
            Some(slot) => Ok(session.append_text(slot, ids)?),
            None => {
                job.text_backlog.extend_from_slice(ids);
                Ok(())
            }
        })
    }

    /// Ends an open request's text: it finishes speaking what it has.
    pub fn finish_text(&mut self, id: u64) -> Result<(), EngineError> {
        self.with_open_text(id, |session, job| match job.slot {
            Some(slot) => Ok(session.finish_text(slot)?),
            None => {
                job.text_finished = true;
                Ok(())
            }
        })
    }

    fn with_open_text(
        &mut self,
        id: u64,
        f: impl FnOnce(&mut Session, &mut Job<'a>) -> Result<(), EngineError>,
    ) -> Result<(), EngineError> {
        let job = match self.running.iter_mut().find(|j| j.id == id) {
            Some(job) => job,
            None => match self.queue.get_mut(id) {
                Some(job) => job,
                None => return Err(EngineError::Config(format!("no open request {id}"))),
            },
        };
        if !job.prepared.segments.first().is_some_and(|s| s.prompt.text_open) {
            return Err(EngineError::Config(format!("request {id} does not take streamed text")));
        }
        f(&mut self.session, job)
    }

    /// One scheduling step; returns the requests that left the engine.
    pub fn step(&mut self) -> Vec<Finished> {
        let started = Instant::now();
        let mut finished = Vec::new();
        self.drop_gone(&mut finished);
        self.admit(&mut finished);
        self.generate(&mut finished);
        self.decode(&mut finished);
        self.last_step = started.elapsed();
        finished
    }

    /// Deadlines and vanished clients.
    fn drop_gone(&mut self, finished: &mut Vec<Finished>) {
        let now = Instant::now();
        for w in self.queue.expire(now) {
            let waited = now - w.item.submitted;
            let msg = format!("deadline passed after {} ms waiting for a row", waited.as_millis());
            finished.push(self.fail(w.item, EngineError::DeadlineExceeded(msg)));
        }
        for w in self.queue.drain_where(|j| j.is_closed()) {
            finished.push(self.fail(w.item, EngineError::Cancelled));
        }
        let mut i = 0;
        while i < self.running.len() {
            let job = &self.running[i];
            let error = if job.is_closed() {
                Some(EngineError::Cancelled)
            } else if job.deadline.is_some_and(|d| d <= now) {
                let ms = job.qos.deadline.unwrap_or_default().as_millis();
                let sent = job.out.emitted() as f64 / self.engine.sample_rate() as f64;
                Some(EngineError::DeadlineExceeded(format!(
                    "deadline of {ms} ms passed after {sent:.2} s of audio; the stream was cut"
                )))
            } else {
                None
            };
            match error {
                Some(e) => {
                    let job = self.running.swap_remove(i);
                    finished.push(self.fail(job, e));
                }
                None => i += 1,
            }
        }
    }

    fn reserved_bytes(&self) -> usize {
        self.running.iter().map(|j| j.reserved_positions()).sum::<usize>()
            * self.kv_bytes_per_position
    }

    fn admit(&mut self, finished: &mut Vec<Finished>) {
        // The prefill budget protects streams that a client is already playing: a prefill
        // delays their next chunk. Rows that have sent no audio yet have no one to starve
        // (a burst that arrives while the first of it is prefilled joins at once instead of
        // one row per step, which also brings its time to first audio forward).
        let playing =
            self.running.iter().any(|j| j.slot.is_some() && j.out.first_audio().is_some());
        let mut budget =
            if playing { self.config.prefills_per_step } else { self.config.max_batch };
        // Requests between two sentence groups go first: they already hold a stream.
        let mut starts: Vec<usize> = (0..self.running.len())
            .filter(|&i| self.running[i].slot.is_none())
            .take(budget)
            .collect();
        budget -= starts.len();
        let mut rows = self.rows_in_use() + starts.len();
        while budget > 0 && rows < self.config.max_batch {
            let reserved = self.reserved_bytes();
            let (limit, per_pos, empty) =
                (self.config.kv_budget_bytes, self.kv_bytes_per_position, self.running.is_empty());
            // A request larger than the whole budget still runs alone.
            let Some(w) = self
                .queue
                .pop_if(|j| empty || reserved + j.reserved_positions() * per_pos <= limit)
            else {
                break;
            };
            budget -= 1;
            rows += 1;
            self.running.push(w.item);
            starts.push(self.running.len() - 1);
        }
        let piece = if playing { self.prefill_piece() } else { usize::MAX };
        let mut failed = self.start_segments(&starts, piece);
        // Descending, so each swap_remove moves a job that is already dealt with.
        failed.sort_by_key(|(i, _)| std::cmp::Reverse(*i));
        for (i, e) in failed {
            let job = self.running.swap_remove(i);
            finished.push(self.fail(job, e));
        }
    }

    /// Positions a newcomer's prefill may run this step while streams play:
    /// `prefill_chunk`, or more while every playing stream's buffered audio covers them and
    /// the steps to its next chunk (one decode cadence and a step).
    fn prefill_piece(&self) -> usize {
        let chunk = self.config.prefill_chunk;
        let now = Instant::now();
        let sample_rate = self.engine.sample_rate();
        let slack = self
            .running
            .iter()
            .filter(|j| j.slot.is_some())
            .filter_map(|j| j.buffered(now, sample_rate))
            .min();
        match (self.config.prefill_on_slack, slack, self.prefill_cost) {
            (true, Some(slack), Some(cost)) => {
                let margin = self.last_step * (MAX_DECODE_FRAMES as u32 + 1);
                prefill_positions(chunk, slack, margin, cost)
            }
            _ => chunk,
        }
    }

    fn rows_in_use(&self) -> usize {
        self.running.iter().filter(|j| j.slot.is_some()).count()
    }

    /// Prefills the current segments of `running[i]` for every `i` in `starts` (together, the
    /// weights read once for all of them; at most `piece` positions of each where the session
    /// can split a prefill exactly, so a long prompt delays a playing stream by one piece per
    /// step), seats those whose prefill is complete and primes their codec streams; returns
    /// the jobs that failed.
    fn start_segments(&mut self, starts: &[usize], piece: usize) -> Vec<(usize, EngineError)> {
        if starts.is_empty() {
            return Vec::new();
        }
        let started = Instant::now();
        let mut failed = Vec::new();
        let mut prefilling = Vec::with_capacity(starts.len());
        for &i in starts {
            let begun = match self.running[i].prefill {
                Some(_) => Ok(()),
                None => self.begin_segment(i),
            };
            match begun {
                Ok(()) => prefilling.push(i),
                Err(e) => failed.push((i, e)),
            }
        }
        let mut prefills: Vec<&mut Prefill> = self
            .running
            .iter_mut()
            .enumerate()
            .filter(|(i, _)| prefilling.contains(i))
            .filter_map(|(_, job)| job.prefill.as_mut())
            .collect();
        let (before, t): (usize, _) =
            (prefills.iter().map(|p| p.remaining()).sum(), Instant::now());
        let ran = self.session.run_prefills(&mut prefills, piece);
        let positions = before - prefills.iter().map(|p| p.remaining()).sum::<usize>();
        if positions > 0 {
            self.prefill_cost = Some(t.elapsed() / positions as u32);
        }
        if let Err(e) = ran {
            // A failed batched prefill cannot be pinned on one request: all of them fail.
            let msg = e.to_string();
            let error = || EngineError::Model(candle_core::Error::Msg(msg.clone()));
            failed.extend(prefilling.iter().map(|&i| (i, error())));
            return failed;
        }
        let prefill = started.elapsed();
        self.stats.lm_time += prefill;
        let share = prefill / prefilling.len().max(1) as u32;
        for i in prefilling {
            let job = &mut self.running[i];
            job.summary.lm_time += share;
            let Some(prefill) = job.prefill.take_if(|p| p.is_done()) else { continue };
            self.stats.prefills += 1;
            let seated = self.session.seat(prefill).map_err(EngineError::from).and_then(|slot| {
                self.running[i].slot = Some(slot);
                self.prime_segment(i, slot)
            });
            if let Err(e) = seated {
                failed.push((i, e));
            }
        }
        failed
    }

    /// Starts `running[i]`'s current segment: reports progress, closes the previous segment's
    /// audio and prepares the segment's prefill.
    fn begin_segment(&mut self, i: usize) -> Result<(), EngineError> {
        let job = &mut self.running[i];
        let total = job.prepared.segments.len();
        if let Some(p) = job.progress.as_mut() {
            p(job.segment, total);
        }
        if job.segment > 0 {
            job.out.end_segment()?;
        }
        let seg = &job.prepared.segments[job.segment];
        let prefill = self.session.prepare_prefill(seg.prompt.clone(), job.prepared.params)?;
        job.prefill = Some(prefill);
        Ok(())
    }

    /// After `running[i]`'s prefill into `slot`: its text so far, and a codec stream primed
    /// with its reference codes.
    fn prime_segment(&mut self, i: usize, slot: usize) -> Result<(), EngineError> {
        let engine = self.engine;
        let job = &mut self.running[i];
        if !job.text_backlog.is_empty() {
            self.session.append_text(slot, &std::mem::take(&mut job.text_backlog))?;
        }
        if job.text_finished {
            self.session.finish_text(slot)?;
        }
        let mut codec = CodecStream::new(engine.codec(), engine.decode_mode());
        if let Some(prime) = job.prepared.prime.as_deref().filter(|p| !p.is_empty()) {
            // The reference decodes `ref_codes ++ generated` and cuts the reference part, so
            // the generated audio depends on the reference codes through the decoder's left
            // context (codec.md §5.5): decode them first and drop their audio.
            // Whole-utterance outputs hold the segment until its length, and so the
            // reference's cut, is known; streams cut at the frame boundary (output.rs).
            let t = Instant::now();
            let wav = codec.push(engine.codec(), &engine.codes_tensor(prime)?)?;
            if job.prepared.exact_reference_cut {
                let tail = wav.narrow(1, wav.dim(1)? - 1, 1)?.flatten_all()?.to_vec1::<f32>()?;
                let spf = engine.codec().samples_per_frame();
                job.out.hold_for_reference_cut(tail[0], prime.len(), spf)?;
            }
            job.summary.codec_time += t.elapsed();
            self.stats.codec_time += t.elapsed();
        }
        job.codec = Some(codec);
        job.pending.clear();
        job.decode_frames =
            job.out.samples_to_next_chunk().div_ceil(engine.codec().samples_per_frame());
        Ok(())
    }

    /// One acoustic-model step for every running row.
    fn generate(&mut self, finished: &mut Vec<Finished>) {
        // Rows waiting for streamed text sit the step out.
        let rows = self.session.active_rows();
        if rows == 0 || !self.session.can_step() {
            return;
        }
        let t = Instant::now();
        let frames = match self.session.next_frame() {
            Ok(f) => f,
            Err(e) => {
                // A failed batched step cannot be pinned on one row: every running request
                // fails with the model's message, the engine goes on with the next ones.
                let msg = e.to_string();
                for job in std::mem::take(&mut self.running) {
                    let e = EngineError::Model(candle_core::Error::Msg(msg.clone()));
                    finished.push(self.fail(job, e));
                }
                return;
            }
        };
        let dt = t.elapsed();
        self.clock.record(dt);
        self.stats.steps += 1;
        self.stats.rows_stepped += rows as u64;
        self.stats.lm_time += dt;
        let share = dt / rows as u32;
        for job in &mut self.running {
            if let Some(slot) = job.slot {
                job.summary.lm_time += share;
                if let Some(f) = frames.get(slot).cloned().flatten() {
                    job.pending.push(f);
                }
            }
        }
    }

    /// Decodes and sends the new audio of the streams whose decode step is due, streams with
    /// the same number of new frames in one batched codec call; finishes segments and requests.
    fn decode(&mut self, finished: &mut Vec<Finished>) {
        // Streams past their first chunks decode together every MAX_DECODE_FRAMES steps, so the
        // batch shares its codec calls whatever step each stream joined at (a stream's audio
        // does not depend on how its frames are grouped into calls, nor on its neighbours).
        let aligned = self.stats.steps.is_multiple_of(MAX_DECODE_FRAMES as u64);
        // (frames, index) of the due streams, in groups of equal frame counts.
        let mut due: Vec<(usize, usize)> = (0..self.running.len())
            .filter(|&i| self.decode_due(i, aligned))
            .map(|i| (self.running[i].pending.len(), i))
            .collect();
        due.sort_unstable();
        let mut failed = Vec::new();
        for group in due.chunk_by(|a, b| a.0 == b.0) {
            let group: Vec<usize> = group.iter().map(|&(_, i)| i).collect();
            failed.extend(self.decode_group(&group));
        }
        // Descending, so each swap_remove moves a job that is already dealt with.
        failed.sort_by_key(|(i, _)| std::cmp::Reverse(*i));
        for (i, e) in failed {
            let job = self.running.swap_remove(i);
            finished.push(self.fail(job, e));
        }
        let mut i = 0;
        while i < self.running.len() {
            if self.finish_segment(i) {
                let job = self.running.swap_remove(i);
                finished.push(self.finish(job));
            } else {
                i += 1;
            }
        }
    }

    /// Whether `running[i]` decodes this step: its segment ended, its first chunk or the
    /// growing steps after it are due (time to first audio), or, in its steady cadence, on an
    /// aligned step.
    fn decode_due(&self, i: usize, aligned: bool) -> bool {
        let job = &self.running[i];
        let Some(slot) = job.slot else { return false };
        if job.pending.is_empty() || job.codec.is_none() {
            return false;
        }
        if self.session.stop_reason(slot).is_some() {
            return true;
        }
        if job.out.first_audio().is_none() || job.decode_frames < MAX_DECODE_FRAMES {
            job.pending.len() >= job.decode_frames
        } else {
            aligned
        }
    }

    /// Decodes the pending frames of `running[i]` for every `i` in `group` (ascending, all
    /// with the same number of frames) in one codec call and sends their audio; returns the
    /// jobs that failed.
    fn decode_group(&mut self, group: &[usize]) -> Vec<(usize, EngineError)> {
        let engine = self.engine;
        let t = Instant::now();
        let wav = (|| {
            let codes = group
                .iter()
                .map(|&i| engine.codes_tensor(&self.running[i].pending))
                .collect::<Result<Vec<_>, _>>()?;
            let mut streams: Vec<&mut CodecStream> = self
                .running
                .iter_mut()
                .enumerate()
                .filter(|(i, _)| group.binary_search(i).is_ok())
                .filter_map(|(_, job)| job.codec.as_mut())
                .collect();
            let codes = Tensor::cat(&codes, 0)?;
            Ok::<_, EngineError>(push_streams(engine.codec(), &codes, &mut streams)?)
        })();
        // One read of every stream's samples (on a GPU each read waits for the device).
        let wav = match wav.and_then(|w| Ok(w.to_vec2::<f32>()?)) {
            Ok(wav) => wav,
            Err(e) => {
                // A failed batched call cannot be pinned on one stream: all of them fail.
                let msg = e.to_string();
                return group
                    .iter()
                    .map(|&i| (i, EngineError::Model(candle_core::Error::Msg(msg.clone()))))
                    .collect();
            }
        };
        let share = t.elapsed() / group.len() as u32;
        self.stats.codec_calls += 1;
        self.stats.codec_rows += group.len() as u64;
        let mut failed = Vec::new();
        for (row, &i) in group.iter().enumerate() {
            self.stats.codec_time += share;
            let job = &mut self.running[i];
            job.summary.codec_time += share;
            job.pending.clear();
            job.decode_frames = (job.decode_frames * 2).min(MAX_DECODE_FRAMES);
            let Some(samples) = wav.get(row) else {
                let msg = format!("the codec returned {} streams for {}", wav.len(), group.len());
                failed.push((i, EngineError::Model(candle_core::Error::Msg(msg))));
                continue;
            };
            self.stats.samples += samples.len() as u64;
            match job.out.push(samples) {
                Ok(()) => {}
                Err(e) => failed.push((i, e)),
            }
        }
        failed
    }

    /// Moves `running[i]` past a segment whose frames are all generated and decoded: frees
    /// its row and its codec stream; returns whether the request has produced all its audio.
    fn finish_segment(&mut self, i: usize) -> bool {
        let job = &mut self.running[i];
        let Some(slot) = job.slot else { return false };
        if self.session.stop_reason(slot).is_none() || !job.pending.is_empty() {
            return false;
        }
        let seg = &job.prepared.segments[job.segment];
        job.summary.codes.push(self.session.frames(slot).to_vec());
        job.summary.segments.push(seg.text.clone());
        let stop = self.session.stop_reason(slot);
        job.summary.stop_reasons.extend(stop);
        self.session.release(slot);
        job.slot = None;
        job.codec = None;
        job.segment += 1;
        // A runaway guard ends the request, not only the segment.
        if matches!(stop, Some(StopReason::FrameBudget | StopReason::Loop)) {
            tracing::info!(id = job.id, reason = ?stop, "a runaway guard ended the request");
            job.segment = job.prepared.segments.len();
        }
        job.segment == job.prepared.segments.len()
    }

    /// Ends the stream of a request that produced all its audio.
    fn finish(&mut self, mut job: Job<'a>) -> Finished {
        let total = job.prepared.segments.len();
        if let Some(p) = job.progress.as_mut() {
            p(total, total);
        }
        let mut summary = std::mem::take(&mut job.summary);
        let (id, submitted) = (job.id, job.submitted);
        match job.out.finish() {
            Ok(sent) => {
                summary.samples = sent.samples;
                summary.time_to_first_audio = sent.first_audio.map(|t| t - submitted);
                summary.sample_rate = self.engine.sample_rate();
                summary.elapsed = submitted.elapsed();
                self.stats.completed += 1;
                (id, Ok(summary))
            }
            // The last chunk could not be sent: its row is already free.
            Err(e) => self.record_failure(id, e),
        }
    }

    /// Frees whatever the request holds and reports its error.
    fn fail(&mut self, job: Job<'a>, e: EngineError) -> Finished {
        if let Some(slot) = job.slot {
            self.session.release(slot);
        }
        self.record_failure(job.id, e)
    }

    fn record_failure(&mut self, id: u64, e: EngineError) -> Finished {
        self.stats.failed += 1;
        tracing::debug!(id, kind = ?e.kind(), error = %e, "request left the engine");
        (id, Err(e))
    }
}

/// One request on the calling thread: the serving engine's batch loop with a batch of one.
impl Engine {
    /// Synthesizes `req`, handing audio chunks to `sink` as they are produced. A sink error
    /// (e.g. [`EngineError::Cancelled`]) stops the synthesis and is returned.
    pub fn synthesize(
        &self,
        req: &SynthesisRequest,
        sink: &mut Sink<'_>,
    ) -> Result<SynthesisSummary, EngineError> {
        self.synthesize_with_progress(req, sink, &mut |_, _| {})
    }

    /// [`Self::synthesize`], calling `progress(done, total)` as sentence groups start and end.
    /// Runs the serving engine's batch loop ([`Batcher`]) on the calling thread with this one
    /// request: the same pipeline as a request among others in [`crate::EngineService`].
    pub fn synthesize_with_progress(
        &self,
        req: &SynthesisRequest,
        sink: &mut Sink<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<SynthesisSummary, EngineError> {
        let prepared = self.prepare(req)?;
        let mut batcher = Batcher::new(self, BatchConfig::default());
        let permit =
            Admission::new(1).try_admit().map_err(|e| EngineError::Overloaded(e.to_string()))?;
        batcher.submit(Submission {
            id: 0,
            prepared,
            qos: Qos::default(),
            permit,
            sink: Box::new(sink),
            progress: Some(Box::new(progress)),
            closed: None,
        })?;
        loop {
            if let Some((_, result)) = batcher.step().pop() {
                return result;
            }
        }
    }
}
