//! The serving engine: one thread owns the model and the running batch; callers reach it only
//! through a bounded command channel and pull their audio from a stream handle.
//!
//! A caller validates and prepares its request on its own thread ([`Engine::prepare`]:
//! normalization, tokenization, prompts, voice), then submits it; the engine thread admits it
//! into the running batch ([`Batcher`]) and sends chunks with sequence numbers, then a final
//! summary or a typed error. Dropping the stream handle cancels the request: its row is freed at
//! the next step. The channels are tokio's, so async servers `.await` them and blocking callers
//! use the `blocking_*` methods.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use tokio::sync::mpsc;

use crate::batcher::{BatchStats, Batcher, Submission};
use crate::engine::{Engine, Prepared};
use crate::error::EngineError;
use crate::request::{AudioChunk, SynthesisRequest, SynthesisSummary, TextOptions};
use crate::scheduler::{Admission, BatchConfig, Permit, Qos};

/// What a stream handle receives, in order: chunks, then exactly one `Done` or `Failed`.
#[derive(Debug)]
pub enum StreamEvent {
    /// `seq` counts the request's chunks from 0.
    Chunk {
        seq: u64,
        chunk: AudioChunk,
    },
    Done(SynthesisSummary),
    Failed(EngineError),
}

enum Command {
    Submit {
        id: u64,
        prepared: Box<Prepared>,
        qos: Qos,
        permit: Permit,
        events: mpsc::UnboundedSender<StreamEvent>,
        /// Samples the reader has taken (for the unread-audio limit).
        read: Arc<AtomicUsize>,
    },
    Cancel(u64),
    AppendText {
        id: u64,
        ids: Vec<u32>,
    },
    FinishText(u64),
    /// Fault injection, for tests of what depends on the engine thread's health and of how
    /// internal errors reach clients.
    #[cfg(feature = "fault-injection")]
    Fault(Fault),
}

/// A fault to inject into the engine thread (feature `fault-injection`).
#[cfg(feature = "fault-injection")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The thread panics, as a bug in it would.
    Panic,
    /// Every request in the engine fails with a model error, as after a failed batched step.
    FailRequests,
}

/// A running serving engine. Cheap to share behind an `Arc`; dropping the last handle lets the
/// engine thread finish the requests it has and stop.
pub struct EngineService {
    engine: Arc<Engine>,
    commands: mpsc::Sender<Command>,
    next_id: AtomicU64,
    /// One permit per request from submission until it leaves the engine.
    admission: Admission,
    /// False once the engine thread has ended (stopped, or died in a panic).
    alive: Arc<AtomicBool>,
    stats: Arc<Mutex<BatchStats>>,
    config: BatchConfig,
    thread: Option<JoinHandle<()>>,
}

/// Sets `alive` to false when the engine thread ends, by returning or by unwinding.
struct AliveGuard(Arc<AtomicBool>);

impl Drop for AliveGuard {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

impl EngineService {
    /// Starts the engine thread.
    pub fn start(engine: Arc<Engine>, config: BatchConfig) -> Result<Self, EngineError> {
        config.validate().map_err(EngineError::Config)?;
        // Room for every request admission allows (the permits are the gate) and for as many
        // cancels.
        let (tx, rx) = mpsc::channel(2 * (config.max_queue + config.max_batch));
        let alive = Arc::new(AtomicBool::new(true));
        let stats = Arc::new(Mutex::new(BatchStats::default()));
        let thread = {
            let (engine, stats, config) = (engine.clone(), stats.clone(), config.clone());
            let guard = AliveGuard(alive.clone());
            std::thread::Builder::new()
                .name("tts-engine".into())
                .spawn(move || {
                    let _guard = guard;
                    engine_loop(&engine, config, rx, &stats)
                })
                .map_err(|e| EngineError::Stopped(format!("cannot start the engine thread: {e}")))?
        };
        Ok(Self {
            engine,
            commands: tx,
            next_id: AtomicU64::new(1),
            admission: Admission::for_config(&config),
            alive,
            stats,
            config,
            thread: Some(thread),
        })
    }

    /// Whether the engine thread runs: false once it stopped or died (a panic); requests
    /// are then refused with [`EngineError::Stopped`]. Servers report it as their health.
    pub fn is_alive(&self) -> bool {
        self.alive.load(Ordering::SeqCst)
    }

    /// Requests in the engine now (running or waiting).
    pub fn in_flight(&self) -> usize {
        self.admission.in_use()
    }

    /// Injects `fault` into the engine thread (tests only).
    #[cfg(feature = "fault-injection")]
    pub fn inject(&self, fault: Fault) {
        let _ = self.commands.try_send(Command::Fault(fault));
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn config(&self) -> &BatchConfig {
        &self.config
    }

    /// Totals and the current queue and batch (updated every step).
    pub fn stats(&self) -> BatchStats {
        self.stats.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Validates and prepares `req` on the calling thread, then hands it to the engine thread.
    /// Bad requests and overload are refused here, at once.
    pub fn submit(&self, req: &SynthesisRequest, qos: Qos) -> Result<SynthesisStream, EngineError> {
        let prepared = self.engine.prepare(req)?;
        self.submit_prepared(prepared, qos)
    }

    /// Submits a request prepared with [`Engine::prepare`].
    pub fn submit_prepared(
        &self,
        prepared: Prepared,
        qos: Qos,
    ) -> Result<SynthesisStream, EngineError> {
        if !self.is_alive() {
            return Err(EngineError::Stopped("the engine thread is not running".into()));
        }
        let permit =
            self.admission.try_admit().map_err(|why| EngineError::Overloaded(why.to_string()))?;
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (events, rx) = mpsc::unbounded_channel();
        let read = Arc::new(AtomicUsize::new(0));
        let prepared = Box::new(prepared);
        let cmd = Command::Submit { id, prepared, qos, permit, events, read: read.clone() };
        if let Err(e) = self.commands.try_send(cmd) {
            return Err(match e {
                mpsc::error::TrySendError::Full(_) => {
                    EngineError::Overloaded("the engine's command queue is full".into())
                }
                mpsc::error::TrySendError::Closed(_) => {
                    EngineError::Stopped("the engine thread is not running".into())
                }
            });
        }
        Ok(SynthesisStream { id, events: rx, commands: self.commands.clone(), read })
    }

    /// Submits a request whose text keeps arriving (e.g. from an LLM): `req.text` holds the
    /// first words; [`TextInput`] sends the rest and ends it. Speech starts at once and pauses
    /// when it catches up with the text.
    pub fn submit_open(
        &self,
        req: &SynthesisRequest,
        qos: Qos,
    ) -> Result<(SynthesisStream, TextInput), EngineError> {
        let prepared = self.engine.prepare_open(req)?;
        let stream = self.submit_prepared(prepared, qos)?;
        let input = TextInput {
            id: stream.id,
            engine: self.engine.clone(),
            commands: self.commands.clone(),
            text: req.text_options(),
            partial: String::new(),
            finished: false,
        };
        Ok((stream, input))
    }

    /// Synthesizes `req` through the engine thread, handing chunks to `sink` (blocking).
    pub fn synthesize(
        &self,
        req: &SynthesisRequest,
        qos: Qos,
        sink: &mut dyn FnMut(AudioChunk) -> Result<(), EngineError>,
    ) -> Result<SynthesisSummary, EngineError> {
        self.submit(req, qos)?.blocking_collect(sink)
    }
}

impl Drop for EngineService {
    fn drop(&mut self) {
        // Closing the command channel ends the loop once its requests are done.
        let (closed, _) = mpsc::channel(1);
        drop(std::mem::replace(&mut self.commands, closed));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The text side of an open request ([`EngineService::submit_open`]). Text is normalized and
/// tokenized here, on the caller's thread, a word at a time: a piece that ends inside a word
/// keeps that word until the next piece or [`Self::finish`]. Dropping it finishes the text.
pub struct TextInput {
    id: u64,
    engine: Arc<Engine>,
    commands: mpsc::Sender<Command>,
    text: TextOptions,
    /// Text after the last whitespace seen: possibly the start of a word.
    partial: String,
    finished: bool,
}

impl TextInput {
    /// Appends text (any split: tokens of an LLM, words, sentences).
    pub fn push(&mut self, text: &str) -> Result<(), EngineError> {
        if self.finished {
            return Err(EngineError::Config("the text of this request is already finished".into()));
        }
        self.partial.push_str(text);
        let Some(cut) = self.partial.rfind(char::is_whitespace) else { return Ok(()) };
        let rest = self.partial.split_off(cut);
        let words = std::mem::replace(&mut self.partial, rest);
        self.send_words(&words)
    }

    /// Ends the text: what is left is spoken and the stream then finishes.
    pub fn finish(mut self) -> Result<(), EngineError> {
        self.end()
    }

    fn end(&mut self) -> Result<(), EngineError> {
        if self.finished {
            return Ok(());
        }
        self.finished = true;
        let words = std::mem::take(&mut self.partial);
        self.send_words(&words)?;
        self.send(Command::FinishText(self.id))
    }

    fn send_words(&self, words: &str) -> Result<(), EngineError> {
        let ids = self.engine.encode_appended_text(words, &self.text)?;
        if ids.is_empty() {
            return Ok(());
        }
        self.send(Command::AppendText { id: self.id, ids })
    }

    fn send(&self, cmd: Command) -> Result<(), EngineError> {
        self.commands.try_send(cmd).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => {
                EngineError::Overloaded("the engine's command queue is full".into())
            }
            mpsc::error::TrySendError::Closed(_) => {
                EngineError::Stopped("the engine thread is not running".into())
            }
        })
    }
}

impl Drop for TextInput {
    fn drop(&mut self) {
        // A request must not wait for text that can no longer come.
        let _ = self.end();
    }
}

/// The caller's end of one request: chunks, then the summary or the error.
pub struct SynthesisStream {
    id: u64,
    events: mpsc::UnboundedReceiver<StreamEvent>,
    commands: mpsc::Sender<Command>,
    read: Arc<AtomicUsize>,
}

impl SynthesisStream {
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The next event (async).
    pub async fn next(&mut self) -> Option<StreamEvent> {
        let event = self.events.recv().await;
        self.taken(event)
    }

    /// The next event, blocking the thread (not for use inside an async runtime).
    pub fn blocking_next(&mut self) -> Option<StreamEvent> {
        let event = self.events.blocking_recv();
        self.taken(event)
    }

    fn taken(&self, event: Option<StreamEvent>) -> Option<StreamEvent> {
        if let Some(StreamEvent::Chunk { chunk, .. }) = &event {
            self.read.fetch_add(chunk.samples.len(), Ordering::Relaxed);
        }
        event
    }

    /// Asks the engine to stop this request; the stream then ends with `Cancelled`. Dropping
    /// the stream has the same effect.
    pub fn cancel(&self) {
        // A full command queue: dropping the stream still cancels at the next step.
        let _ = self.commands.try_send(Command::Cancel(self.id));
    }

    /// Hands every chunk to `sink` and returns the summary (blocking). A sink error cancels the
    /// request and is returned.
    pub fn blocking_collect(
        mut self,
        sink: &mut dyn FnMut(AudioChunk) -> Result<(), EngineError>,
    ) -> Result<SynthesisSummary, EngineError> {
        while let Some(event) = self.blocking_next() {
            match event {
                StreamEvent::Chunk { chunk, .. } => {
                    if let Err(e) = sink(chunk) {
                        self.cancel();
                        return Err(e);
                    }
                }
                StreamEvent::Done(summary) => return Ok(summary),
                StreamEvent::Failed(e) => return Err(e),
            }
        }
        Err(EngineError::Stopped("the engine dropped the request".into()))
    }
}

/// The engine thread: commands in, one batch step at a time, results out.
fn engine_loop(
    engine: &Engine,
    config: BatchConfig,
    mut commands: mpsc::Receiver<Command>,
    stats: &Mutex<BatchStats>,
) {
    let window = config.arrival_window;
    let mut batcher = Batcher::new(engine, config);
    let mut streams: HashMap<u64, mpsc::UnboundedSender<StreamEvent>> = HashMap::new();
    let mut open = true;
    while open || !batcher.is_idle() {
        if batcher.is_idle() {
            // Idle: sleep until a command arrives, then give simultaneous arrivals a moment to
            // join the same first step: while they keep coming (clients of a burst preparing
            // their requests side by side), up to ARRIVAL_WINDOWS windows. A burst split
            // across two steps would make its first stream "playing" and hold the rest to
            // `prefills_per_step` newcomers per step.
            match commands.blocking_recv() {
                Some(cmd) => handle(cmd, &mut batcher, &mut streams),
                None => break,
            }
            let windows = if window.is_zero() { 0 } else { ARRIVAL_WINDOWS };
            for _ in 0..windows {
                std::thread::sleep(window);
                if drain_commands(&mut commands, &mut batcher, &mut streams, &mut open) == 0 {
                    break;
                }
            }
        }
        drain_commands(&mut commands, &mut batcher, &mut streams, &mut open);
        if !batcher.can_progress() {
            // Every running request waits for streamed text: poll instead of spinning.
            std::thread::sleep(STALL_POLL);
            drain_commands(&mut commands, &mut batcher, &mut streams, &mut open);
        }
        let finished = batcher.step();
        if let Ok(mut s) = stats.lock() {
            *s = batcher.stats();
        }
        for (id, result) in finished {
            report(id, result, &mut streams);
        }
    }
}

/// The most arrival windows an idle engine waits for a burst to finish arriving.
const ARRIVAL_WINDOWS: usize = 10;

/// How long an engine whose requests all wait for streamed text sleeps between polls.
const STALL_POLL: std::time::Duration = std::time::Duration::from_millis(2);

/// Handles every queued command; returns how many there were.
fn drain_commands(
    commands: &mut mpsc::Receiver<Command>,
    batcher: &mut Batcher<'_, 'static>,
    streams: &mut HashMap<u64, mpsc::UnboundedSender<StreamEvent>>,
    open: &mut bool,
) -> usize {
    let mut handled = 0;
    loop {
        match commands.try_recv() {
            Ok(cmd) => {
                handle(cmd, batcher, streams);
                handled += 1;
            }
            Err(mpsc::error::TryRecvError::Empty) => break,
            Err(mpsc::error::TryRecvError::Disconnected) => {
                *open = false;
                break;
            }
        }
    }
    handled
}

fn handle(
    cmd: Command,
    batcher: &mut Batcher<'_, 'static>,
    streams: &mut HashMap<u64, mpsc::UnboundedSender<StreamEvent>>,
) {
    match cmd {
        Command::Submit { id, prepared, qos, permit, events, read } => {
            let mut seq = 0u64;
            let mut sent = 0usize;
            let tx = events.clone();
            let limit = batcher.config().max_unread_audio;
            let sink = Box::new(move |chunk: AudioChunk| {
                sent += chunk.samples.len();
                let rate = chunk.sample_rate.max(1) as f64;
                let unread = sent.saturating_sub(read.load(Ordering::Relaxed)) as f64 / rate;
                if unread > limit.as_secs_f64() {
                    return Err(EngineError::SlowReader(format!(
                        "the client read too slowly: {unread:.1} s of audio unread (limit {} s); the stream was cut",
                        limit.as_secs_f64()
                    )));
                }
                let event = StreamEvent::Chunk { seq, chunk };
                seq += 1;
                tx.send(event).map_err(|_| EngineError::Cancelled)
            });
            let watch = events.clone();
            let closed = Box::new(move || watch.is_closed());
            let prepared = *prepared;
            let submission = Submission {
                id,
                prepared,
                qos,
                permit,
                sink,
                progress: None,
                closed: Some(closed),
            };
            match batcher.submit(submission) {
                Ok(()) => {
                    streams.insert(id, events);
                }
                Err(e) => {
                    let _ = events.send(StreamEvent::Failed(e));
                }
            }
        }
        Command::Cancel(id) => {
            if let Some((id, result)) = batcher.cancel(id) {
                report(id, result, streams);
            }
        }
        Command::AppendText { id, ids } => {
            text_command(id, batcher.append_text(id, &ids), batcher, streams)
        }
        Command::FinishText(id) => text_command(id, batcher.finish_text(id), batcher, streams),
        #[cfg(feature = "fault-injection")]
        Command::Fault(Fault::Panic) => panic!("injected fault: the engine thread panics"),
        #[cfg(feature = "fault-injection")]
        Command::Fault(Fault::FailRequests) => {
            let ids: Vec<u64> = streams.keys().copied().collect();
            for id in ids {
                if batcher.cancel(id).is_some() {
                    let e = candle_core::Error::Msg("injected fault: the step failed".into());
                    report(id, Err(EngineError::Model(e)), streams);
                }
            }
        }
    }
}

/// A failed text command ends its request with the error (a request that finished or was
/// cancelled meanwhile is gone already: nothing to do).
fn text_command(
    id: u64,
    result: Result<(), EngineError>,
    batcher: &mut Batcher<'_, 'static>,
    streams: &mut HashMap<u64, mpsc::UnboundedSender<StreamEvent>>,
) {
    if let Err(e) = result
        && streams.contains_key(&id)
        && batcher.cancel(id).is_some()
    {
        report(id, Err(e), streams);
    }
}

fn report(
    id: u64,
    result: Result<SynthesisSummary, EngineError>,
    streams: &mut HashMap<u64, mpsc::UnboundedSender<StreamEvent>>,
) {
    if let Some(tx) = streams.remove(&id) {
        let _ = tx.send(match result {
            Ok(summary) => StreamEvent::Done(summary),
            Err(e) => StreamEvent::Failed(e),
        });
    }
}
