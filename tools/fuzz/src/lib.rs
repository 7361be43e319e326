//! A fuzz harness on the stable toolchain for every parser of outside data: each target is a
//! `fn(&[u8])` that may return errors but must never panic. Inputs are the real files a target
//! reads (seeds) mutated byte-wise and, for JSON, structurally; an input a target accepts joins
//! its corpus so later mutations start deeper in the parser. Everything follows from one seed,
//! so a run is reproducible; a panicking input is written to a file.
//!
//! cargo-fuzz would add coverage guidance but needs a nightly toolchain and LLVM's sanitizer
//! runtime; this harness runs wherever the workspace builds, and a short form runs in
//! `cargo test`.

pub mod mutate;
pub mod rng;
pub mod targets;

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mutate::Mutator;
use rng::Rng;

/// What a target does with one input.
pub type RunFn = Box<dyn Fn(&[u8]) -> Verdict>;
/// A generator of whole inputs from scratch (valid structure, random values).
pub type GenFn = Box<dyn Fn(&mut Rng) -> Vec<u8>>;

/// Whether the parser took the input (it joins the corpus) or refused it with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Refused,
}

impl<T, E> From<Result<T, E>> for Verdict {
    fn from(r: Result<T, E>) -> Self {
        if r.is_ok() { Verdict::Accepted } else { Verdict::Refused }
    }
}

/// One parser under test.
pub struct Target {
    pub name: &'static str,
    pub about: &'static str,
    /// Real inputs to start from.
    pub seeds: Vec<Vec<u8>>,
    /// Tokens worth inserting (keys, units, magic numbers).
    pub dict: Vec<Vec<u8>>,
    /// The seeds are JSON: mutate their values and keys as well as their bytes.
    pub json: bool,
    /// Inputs longer than this are cut (parsers are linear or worse; long inputs only slow
    /// the run down).
    pub max_len: usize,
    pub generate: Option<GenFn>,
    pub run: RunFn,
}

/// The outcome of fuzzing one target.
#[derive(Debug)]
pub struct Report {
    pub target: &'static str,
    pub inputs: u64,
    pub accepted: u64,
    pub crashes: Vec<Crash>,
    pub elapsed: Duration,
    /// The slowest input and its time (a hang shows here).
    pub slowest: Duration,
}

impl Report {
    pub fn per_second(&self) -> f64 {
        self.inputs as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

#[derive(Debug)]
pub struct Crash {
    pub index: u64,
    pub message: String,
    /// Where the input was written (none if no directory was given or the write failed).
    pub file: Option<PathBuf>,
}

thread_local! {
    /// The message of the last panic on this thread, recorded by the harness's panic hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether a target is running on this thread (its panics are findings, not harness bugs).
    static IN_TARGET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Replaces the default panic hook (which prints every caught panic) with one that records
/// a target's panic for the report; a panic of the harness itself still prints.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("{info}");
        if IN_TARGET.with(|t| t.get()) {
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
        } else {
            eprintln!("fuzz-harness: {msg}");
        }
    }));
}

/// Options of a run.
pub struct RunOptions {
    pub inputs: u64,
    pub seed: u64,
    /// Where crashing inputs are written.
    pub crash_dir: Option<PathBuf>,
    /// Stop a target after this many crashes (the first ones are what needs fixing).
    pub max_crashes: usize,
    /// Called every `progress_every` inputs.
    pub progress_every: u64,
    /// An input running longer than this is a hang: it is written out and the process exits.
    pub hang_after: Duration,
}

/// Most inputs the corpus keeps; accepted inputs beyond it replace random older ones.
const MAX_CORPUS: usize = 4096;

/// Fuzzes `target` with `opts.inputs` inputs.
pub fn run_target(target: &Target, opts: &RunOptions, progress: &mut dyn FnMut(&Report)) -> Report {
    install_panic_hook();
    let mut rng = Rng::new(opts.seed ^ fnv(target.name));
    let mut corpus: Vec<Vec<u8>> = target.seeds.clone();
    if corpus.is_empty() {
        corpus.push(Vec::new());
    }
    let mutator = Mutator { dict: &target.dict, json: target.json, max_len: target.max_len };
    let mut report = Report {
        target: target.name,
        inputs: 0,
        accepted: 0,
        crashes: Vec::new(),
        elapsed: Duration::ZERO,
        slowest: Duration::ZERO,
    };
    let started = Instant::now();
    let watchdog = Watchdog::start(target.name, opts);
    for index in 0..opts.inputs {
        let input = next_input(index, target, &corpus, &mutator, &mut rng);
        watchdog.begin(index, &input);
        let t = Instant::now();
        IN_TARGET.with(|f| f.set(true));
        let outcome = catch_unwind(AssertUnwindSafe(|| (target.run)(&input)));
        IN_TARGET.with(|f| f.set(false));
        report.slowest = report.slowest.max(t.elapsed());
        report.inputs += 1;
        match outcome {
            Ok(Verdict::Accepted) => {
                report.accepted += 1;
                // Only some accepted inputs: the corpus should stay varied, not fill with
                // near-copies of the seeds.
                if rng.below(8) == 0 {
                    if corpus.len() < MAX_CORPUS {
                        corpus.push(input);
                    } else {
                        let at = rng.below(corpus.len());
                        corpus[at] = input;
                    }
                }
            }
            Ok(Verdict::Refused) => {}
            Err(_) => {
                let message = LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| "panic without a message".into());
                let file =
                    opts.crash_dir.as_deref().and_then(|d| save(d, target.name, index, &input));
                report.crashes.push(Crash { index, message, file });
                if report.crashes.len() >= opts.max_crashes {
                    break;
                }
            }
        }
        if opts.progress_every > 0 && (index + 1) % opts.progress_every == 0 {
            report.elapsed = started.elapsed();
            progress(&report);
        }
    }
    report.elapsed = started.elapsed();
    report
}

/// Watches for an input that does not finish: a parser that loops or allocates without bound
/// is as much a bug as a panic, and catch_unwind cannot see it.
struct Watchdog {
    current: Arc<Mutex<Current>>,
}

struct Current {
    index: u64,
    input: Vec<u8>,
    since: Instant,
}

impl Watchdog {
    fn start(target: &'static str, opts: &RunOptions) -> Self {
        let current =
            Arc::new(Mutex::new(Current { index: 0, input: Vec::new(), since: Instant::now() }));
        let watched = Arc::downgrade(&current);
        let (limit, dir) = (opts.hang_after, opts.crash_dir.clone());
        std::thread::spawn(move || {
            // Ends with the run: the weak reference dies with the watchdog.
            while let Some(current) = watched.upgrade() {
                if let Ok(c) = current.lock()
                    && c.since.elapsed() > limit
                {
                    let file = dir
                        .as_deref()
                        .and_then(|d| save(d, &format!("{target}-hang"), c.index, &c.input));
                    eprintln!(
                        "HANG {target} input {}: still running after {:?} -> {}",
                        c.index,
                        limit,
                        file.map_or("(not saved)".into(), |f| f.display().to_string())
                    );
                    std::process::exit(3);
                }
                drop(current);
                std::thread::sleep(Duration::from_millis(200));
            }
        });
        Self { current }
    }

    fn begin(&self, index: u64, input: &[u8]) {
        if let Ok(mut c) = self.current.lock() {
            c.index = index;
            c.input.clear();
            c.input.extend_from_slice(input);
            c.since = Instant::now();
        }
    }
}

/// The input number `index`: a seed as it is first, then generated or mutated inputs.
fn next_input(
    index: u64,
    target: &Target,
    corpus: &[Vec<u8>],
    mutator: &Mutator<'_>,
    rng: &mut Rng,
) -> Vec<u8> {
    if let Some(seed) = target.seeds.get(index as usize) {
        return seed.clone();
    }
    if let Some(generate) = &target.generate
        && rng.below(4) == 0
    {
        let mut input = generate(rng);
        if rng.below(2) == 0 {
            mutator.mutate(rng, &mut input, corpus);
        }
        input.truncate(target.max_len);
        return input;
    }
    let mut input = corpus[rng.below(corpus.len())].clone();
    mutator.mutate(rng, &mut input, corpus);
    input
}

fn save(dir: &Path, target: &str, index: u64, input: &[u8]) -> Option<PathBuf> {
    std::fs::create_dir_all(dir).ok()?;
    let path = dir.join(format!("{target}-{index}.bin"));
    std::fs::write(&path, input).ok()?;
    Some(path)
}

/// FNV-1a: a target's stream of inputs depends on its name, not on the targets run before it.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
