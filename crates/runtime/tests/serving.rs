//! The serving engine on the `tiny-e2e` fixture checkpoint: requests batched together, joining
//! a running batch, or next to a cancelled neighbour produce exactly the codes and audio of the
//! same request alone (which the e2e tests tie to the reference wrapper); cancellation frees the
//! row within one step; overload and deadlines are typed errors.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use runtime::{
    Admission, AudioChunk, BatchConfig, Batcher, Engine, EngineError, EngineOptions, EngineService,
    ErrorKind, Priority, Qos, StreamEvent, Submission, SynthesisRequest, SynthesisStream, TextFeed,
};

/// A request for the batcher, holding a place of its own.
fn submission<'a>(
    id: u64,
    prepared: runtime::Prepared,
    qos: Qos,
    sink: Box<runtime::output::Sink<'a>>,
) -> Submission<'a> {
    let permit = Admission::new(1).try_admit().unwrap();
    Submission { id, prepared, qos, permit, sink, progress: None, closed: None }
}

fn engine() -> Arc<Engine> {
    let dir = test_support::fixture_checkpoint("tiny-e2e");
    Arc::new(Engine::load(dir.to_str().unwrap(), EngineOptions::default()).unwrap())
}

/// Different speakers, languages, text feeds, lengths, instructions, greedy and seeded sampling.
fn requests() -> Vec<SynthesisRequest> {
    let base = |text: &str, speaker: &str, language: &str| {
        let mut r = SynthesisRequest::new(text);
        r.speaker = Some(speaker.into());
        r.language = language.into();
        r.set_max_frames(80);
        // The tiny codec makes 24 samples per frame: 20 ms chunks are 20 frames.
        r.chunk_ms = 20;
        r
    };
    let mut a = base("The quick brown fox jumps over the lazy dog.", "alice", "english");
    a.sampling = runtime::SamplingOverrides::greedy();
    a.text_feed = Some(TextFeed::Full);
    let mut b = base("Съешь же ещё этих мягких французских булок.", "bob", "russian");
    b.instruct = Some("Говорите медленно.".into());
    b.text_feed = Some(TextFeed::Streaming);
    b.seed = 11;
    let mut c = base("Hi.", "bob", "auto");
    c.sampling = runtime::SamplingOverrides::greedy();
    c.set_max_frames(12);
    // Two sentence groups (over 300 characters): spoken one after the other in one stream.
    let sentence = "Numbers like 42 and 7 are spoken in words, and this sentence goes on for a \
                    while so that the whole text is longer than one sentence group can be.";
    let mut d = base(&format!("{sentence} {sentence} {sentence}"), "alice", "english");
    d.seed = 5;
    d.fade_ms = 5.0;
    vec![a, b, c, d]
}

#[derive(Debug)]
struct Output {
    chunks: Vec<AudioChunk>,
    codes: Vec<Vec<Vec<u32>>>,
}

impl Output {
    fn samples(&self) -> Vec<f32> {
        self.chunks.iter().flat_map(|c| c.samples.clone()).collect()
    }
}

fn alone(engine: &Engine, req: &SynthesisRequest) -> Output {
    let mut chunks = Vec::new();
    let summary = engine
        .synthesize(req, &mut |c: AudioChunk| {
            chunks.push(c);
            Ok(())
        })
        .unwrap();
    Output { chunks, codes: summary.codes }
}

/// Drains a stream, checking the sequence numbers.
fn drain(stream: SynthesisStream) -> Result<Output, EngineError> {
    drain_after(stream, Vec::new())
}

/// Drains the rest of a stream whose first chunks were already taken.
fn drain_after(
    mut stream: SynthesisStream,
    mut chunks: Vec<AudioChunk>,
) -> Result<Output, EngineError> {
    while let Some(event) = stream.blocking_next() {
        match event {
            StreamEvent::Chunk { seq, chunk } => {
                assert_eq!(seq, chunks.len() as u64, "chunks arrive in sequence");
                chunks.push(chunk);
            }
            StreamEvent::Done(summary) => return Ok(Output { chunks, codes: summary.codes }),
            StreamEvent::Failed(e) => return Err(e),
        }
    }
    panic!("stream ended without a final event")
}

fn assert_same(got: &Output, want: &Output, what: &str) {
    assert_eq!(got.codes, want.codes, "{what}: codes");
    assert_eq!(got.samples(), want.samples(), "{what}: audio");
    assert_eq!(got.chunks.len(), want.chunks.len(), "{what}: chunking");
}

#[test]
fn a_batch_of_different_requests_equals_each_alone() {
    let engine = engine();
    let reqs = requests();
    let want: Vec<Output> = reqs.iter().map(|r| alone(&engine, r)).collect();
    let service = EngineService::start(engine.clone(), BatchConfig::default()).unwrap();
    let streams: Vec<_> = reqs.iter().map(|r| service.submit(r, Qos::default()).unwrap()).collect();
    for (k, s) in streams.into_iter().enumerate() {
        assert_same(&drain(s).unwrap(), &want[k], &format!("request {k}"));
    }
    let stats = service.stats();
    assert_eq!((stats.completed, stats.failed, stats.running, stats.waiting), (4, 0, 0, 0));
    // The rows really stepped together: fewer steps than frames generated.
    let frames: usize = want.iter().flat_map(|o| &o.codes).map(Vec::len).sum();
    assert!(stats.steps < frames as u64, "{} steps for {frames} frames", stats.steps);
    // And their streams shared codec calls.
    assert!(
        stats.codec_rows > stats.codec_calls,
        "{} streams decoded in {} codec calls",
        stats.codec_rows,
        stats.codec_calls
    );
}

#[test]
fn joining_a_running_batch_or_losing_a_neighbour_changes_nothing() {
    let engine = engine();
    let reqs = requests();
    let want: Vec<Output> = reqs.iter().map(|r| alone(&engine, r)).collect();
    let service = EngineService::start(engine.clone(), BatchConfig::default()).unwrap();
    // Request 3 (two sentence groups) runs; 0 joins after its first chunk; a long request
    // joins and is cancelled after its first chunk; 2 joins later.
    let mut first = service.submit(&reqs[3], Qos::default()).unwrap();
    let mut early = Vec::new();
    while early.is_empty() {
        match first.blocking_next().unwrap() {
            StreamEvent::Chunk { chunk, .. } => early.push(chunk),
            other => panic!("unexpected {other:?}"),
        }
    }
    let joined = service.submit(&reqs[0], Qos::default()).unwrap();
    let mut long = reqs[0].clone();
    long.set_max_frames(1000);
    let mut doomed = service.submit(&long, Qos::default()).unwrap();
    let mut seen = 0;
    while seen < 1 {
        match doomed.blocking_next().unwrap() {
            StreamEvent::Chunk { .. } => seen += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    doomed.cancel();
    let late = service.submit(&reqs[2], Qos::default()).unwrap();
    let err = drain(doomed).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Cancelled, "{err}");
    assert_same(&drain_after(first, early).unwrap(), &want[3], "running request");
    assert_same(&drain(joined).unwrap(), &want[0], "joined request");
    assert_same(&drain(late).unwrap(), &want[2], "late request");
}

#[test]
fn newcomers_wait_for_a_prefill_slot_only_behind_streams_that_play() {
    let engine = engine();
    let reqs = requests();
    let config = BatchConfig { prefills_per_step: 1, ..Default::default() };
    let playing = Arc::new(AtomicBool::new(false));
    let mut batcher = Batcher::new(&engine, config);
    let submit = |batcher: &mut Batcher<'_, '_>, id: u64, r: &SynthesisRequest| {
        let flag = playing.clone();
        let sink: Box<runtime::output::Sink<'_>> = Box::new(move |_| {
            if id == 0 {
                flag.store(true, Ordering::Relaxed);
            }
            Ok(())
        });
        batcher.submit(submission(id, engine.prepare(r).unwrap(), Qos::default(), sink)).unwrap();
    };
    submit(&mut batcher, 0, &reqs[3]);
    assert!(batcher.step().is_empty());
    assert_eq!(batcher.stats().running, 1);
    // The first row has sent no audio yet (a 20 ms chunk is 20 frames of the tiny codec): a
    // burst arriving now joins in one step.
    assert!(!playing.load(Ordering::Relaxed));
    submit(&mut batcher, 1, &reqs[0]);
    submit(&mut batcher, 2, &reqs[1]);
    assert!(batcher.step().is_empty());
    assert_eq!(batcher.stats().running, 3);
    while !playing.load(Ordering::Relaxed) {
        batcher.step();
    }
    // Now a client plays row 0: one newcomer per step.
    submit(&mut batcher, 3, &reqs[0]);
    submit(&mut batcher, 4, &reqs[1]);
    assert_eq!(batcher.stats().waiting, 2);
    batcher.step();
    assert_eq!(batcher.stats().waiting, 1);
    batcher.step();
    assert_eq!(batcher.stats().waiting, 0);
}

#[test]
fn a_cancelled_or_vanished_request_frees_its_row_within_one_step() {
    let engine = engine();
    let reqs = requests();
    let gone = AtomicBool::new(false);
    let wav = std::sync::Mutex::new(Vec::new());
    let mut survivor: Option<Box<runtime::output::Sink<'_>>> = Some(Box::new(|c: AudioChunk| {
        wav.lock().unwrap().extend(c.samples);
        Ok(())
    }));
    let mut batcher = Batcher::new(&engine, BatchConfig::default());
    for (id, r) in reqs.iter().enumerate().take(3) {
        let prepared = engine.prepare(r).unwrap();
        let closed: Option<Box<dyn Fn() -> bool + '_>> =
            (id == 1).then(|| Box::new(|| gone.load(Ordering::Relaxed)) as Box<dyn Fn() -> bool>);
        let sink = match survivor.take() {
            Some(s) => s,
            None => Box::new(|_| Ok(())),
        };
        let submission =
            Submission { closed, ..submission(id as u64, prepared, Qos::default(), sink) };
        batcher.submit(submission).unwrap();
    }
    assert!(batcher.step().is_empty());
    assert_eq!(batcher.stats().running, 3);
    // Explicit cancel: freed at once.
    let (id, result) = batcher.cancel(2).unwrap();
    assert_eq!((id, result.unwrap_err().kind()), (2, ErrorKind::Cancelled));
    assert_eq!(batcher.stats().running, 2);
    // Client gone: freed at the next step.
    gone.store(true, Ordering::Relaxed);
    let finished = batcher.step();
    assert_eq!(finished.len(), 1);
    assert_eq!(finished[0].0, 1);
    assert_eq!(finished[0].1.as_ref().unwrap_err().kind(), ErrorKind::Cancelled);
    assert_eq!(batcher.stats().running, 1);
    // The survivor finishes with its audio alone.
    let summary = loop {
        if let Some((0, result)) = batcher.step().pop() {
            break result.unwrap();
        }
    };
    drop(batcher);
    let want = alone(&engine, &reqs[0]);
    assert_eq!(summary.codes, want.codes);
    assert_eq!(*wav.lock().unwrap(), want.samples());
}

#[test]
fn overload_is_refused_at_once_with_a_typed_error() {
    let engine = engine();
    let config = BatchConfig { max_batch: 1, max_queue: 1, ..Default::default() };
    let service = EngineService::start(engine, config).unwrap();
    let reqs = requests();
    let a = service.submit(&reqs[0], Qos::default()).unwrap();
    let b = service.submit(&reqs[1], Qos::default()).unwrap();
    let err = service.submit(&reqs[2], Qos::default()).err().expect("a third request is refused");
    assert_eq!(err.kind(), ErrorKind::Overloaded, "{err}");
    assert!(err.to_string().contains("overloaded"), "{err}");
    drain(a).unwrap();
    drain(b).unwrap();
    // Capacity is back once they finished.
    drain(service.submit(&reqs[2], Qos::default()).unwrap()).unwrap();
}

#[test]
fn deadlines_expire_while_waiting_or_are_refused_up_front() {
    let engine = engine();
    let service = EngineService::start(engine, BatchConfig::default()).unwrap();
    let reqs = requests();
    let qos = |ms| Qos { priority: Priority::Bulk, deadline: Some(Duration::from_millis(ms)) };
    // Passed before it could start.
    let err = drain(service.submit(&reqs[0], qos(0)).unwrap()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::DeadlineExceeded, "{err}");
    // Once a step has been measured, an impossible deadline is refused on arrival.
    drain(service.submit(&reqs[2], Qos::default()).unwrap()).unwrap();
    let mut stream = service.submit(&reqs[3], qos(1)).unwrap();
    match stream.blocking_next().unwrap() {
        StreamEvent::Failed(e) => {
            assert_eq!(e.kind(), ErrorKind::DeadlineExceeded);
            assert!(e.to_string().contains("cannot be met"), "{e}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    // A generous deadline is met.
    drain(service.submit(&reqs[2], qos(600_000)).unwrap()).unwrap();
}

#[test]
fn bad_requests_are_refused_before_the_engine_thread() {
    let engine = engine();
    let service = EngineService::start(engine, BatchConfig::default()).unwrap();
    let mut req = requests().remove(0);
    req.speaker = Some("carol".into());
    let err = service.submit(&req, Qos::default()).err().expect("unknown speaker");
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.to_string().contains("alice"), "{err}");
    assert_eq!(service.stats().completed + service.stats().failed, 0);
}

#[test]
fn admission_refuses_beyond_a_full_batch_and_queue_until_a_request_leaves() {
    let engine = engine();
    let config = BatchConfig { max_batch: 2, max_queue: 1, ..Default::default() };
    let admission = Admission::for_config(&config);
    let mut batcher = Batcher::new(&engine, config);
    let reqs = requests();
    for id in 0..3u64 {
        let prepared = engine.prepare(&reqs[id as usize % reqs.len()]).unwrap();
        let permit = admission.try_admit().unwrap();
        let sink = Box::new(|_| Ok(()));
        let sub = Submission { permit, ..submission(id, prepared, Qos::default(), sink) };
        batcher.submit(sub).unwrap();
    }
    assert!(admission.try_admit().is_err(), "a fourth request is refused");
    // Cancelled while waiting, finished, or cut: each way out returns its place.
    batcher.step();
    let (id, _) = batcher.cancel(2).unwrap();
    assert_eq!(id, 2);
    assert_eq!(admission.in_use(), 2);
    while !batcher.is_idle() {
        batcher.step();
    }
    assert_eq!(admission.in_use(), 0);
}

#[test]
fn a_running_request_past_its_deadline_is_cut_and_interactive_goes_first() {
    let engine = engine();
    let reqs = requests();
    let config = BatchConfig { max_batch: 1, ..Default::default() };
    let mut batcher = Batcher::new(&engine, config.clone());
    let prepared = |k: usize| engine.prepare(&reqs[k]).unwrap();
    let qos = |priority, ms: Option<u64>| Qos { priority, deadline: ms.map(Duration::from_millis) };
    let sink = || Box::new(|_: AudioChunk| Ok(()));
    // Bulk arrives first, interactive second: with one row, interactive runs first.
    batcher.submit(submission(1, prepared(2), qos(Priority::Bulk, None), sink())).unwrap();
    batcher.submit(submission(2, prepared(2), qos(Priority::Interactive, None), sink())).unwrap();
    let mut order = Vec::new();
    while !batcher.is_idle() {
        order.extend(batcher.step().into_iter().map(|(id, r)| (id, r.is_ok())));
    }
    assert_eq!(order, [(2, true), (1, true)]);
    // A deadline that passes mid-stream cuts it with a clear status. A fresh batcher has measured
    // no step yet, so admission cannot refuse the deadline up front however slow this machine is.
    let mut batcher = Batcher::new(&engine, config);
    batcher
        .submit(submission(3, prepared(3), qos(Priority::Interactive, Some(200)), sink()))
        .unwrap();
    assert!(batcher.step().is_empty());
    assert_eq!(batcher.stats().running, 1);
    std::thread::sleep(Duration::from_millis(250));
    let (id, result) = batcher.step().pop().expect("cut at the next step");
    let err = result.unwrap_err();
    assert_eq!((id, err.kind()), (3, ErrorKind::DeadlineExceeded));
    assert!(err.to_string().contains("cut"), "{err}");
    assert_eq!(batcher.stats().running, 0);
}

#[test]
fn streamed_text_input_speaks_as_the_whole_text_and_never_blocks_others() {
    let engine = engine();
    let text = "The quick brown fox jumps over the lazy dog near the quiet river bank.";
    let mut whole = requests().remove(0);
    whole.text = text.into();
    whole.text_feed = Some(TextFeed::Streaming);
    whole.set_max_frames(200);
    let want = alone(&engine, &whole);
    let other = requests().remove(2);
    let other_alone = alone(&engine, &other);

    let service = EngineService::start(engine.clone(), BatchConfig::default()).unwrap();
    let mut open = whole.clone();
    open.text = "The quick".into();
    let (stream, mut input) = service.submit_open(&open, Qos::default()).unwrap();
    // The open request soon waits for text; a request beside it still runs to the end.
    let neighbour = service.submit(&other, Qos::default()).unwrap();
    assert_same(&drain(neighbour).unwrap(), &other_alone, "neighbour of a waiting request");
    // The rest arrives in pieces that split words, as an LLM's tokens do.
    let rest = " brown fox jumps over the lazy dog near the quiet river bank.";
    for piece in rest.as_bytes().chunks(3) {
        input.push(std::str::from_utf8(piece).unwrap()).unwrap();
        std::thread::sleep(Duration::from_millis(1));
    }
    input.finish().unwrap();
    assert_same(&drain(stream).unwrap(), &want, "streamed text");

    // Open text needs the streaming feed.
    let mut full = open.clone();
    full.text_feed = Some(TextFeed::Full);
    let err = service.submit_open(&full, Qos::default()).err().expect("full feed refused");
    let field = err.request().map(|r| r.field);
    assert_eq!(field, Some(runtime::Field::NonStreamingMode), "{err}");
}

#[test]
fn a_reader_that_falls_behind_is_cut_and_the_engine_goes_on() {
    let engine = engine();
    let reqs = requests();
    // One 20 ms chunk may wait unread; the second one over the limit cuts the stream.
    let config = BatchConfig { max_unread_audio: Duration::from_millis(30), ..Default::default() };
    let service = EngineService::start(engine.clone(), config).unwrap();
    let mut stream = service.submit(&reqs[3], Qos::default()).unwrap();
    // Nobody reads until the engine has given up on the stream.
    while service.stats().failed == 0 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut chunks = 0;
    let err = loop {
        match stream.blocking_next().expect("a final event") {
            StreamEvent::Chunk { seq, .. } => {
                assert_eq!(seq, chunks);
                chunks += 1;
            }
            StreamEvent::Done(_) => panic!("a reader that never read got the whole stream"),
            StreamEvent::Failed(e) => break e,
        }
    };
    assert_eq!(chunks, 1, "one chunk fits in the unread limit");
    assert_eq!(err.kind(), ErrorKind::Overloaded, "{err}");
    assert!(err.to_string().contains("read too slowly"), "{err}");
    // Others are served as before.
    assert_same(
        &drain(service.submit(&reqs[2], Qos::default()).unwrap()).unwrap(),
        &alone(&engine, &reqs[2]),
        "next request",
    );
}
