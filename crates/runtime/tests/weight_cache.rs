//! The quantized-weight cache across engine loads: the first load of a checkpoint in a
//! quantized dtype writes it, the next reads it and speaks exactly as a load that quantized;
//! a rewritten checkpoint is another identity and gets a file of its own; the f32 mode (the
//! exact reference mode) quantizes nothing and writes nothing.

use std::path::Path;

use runtime::{AudioChunk, Engine, EngineOptions, SynthesisRequest};
use test_support::copy_dir;

fn options(dtype: &str, cache: &Path) -> EngineOptions {
    let mut o = EngineOptions::from_names("cpu", dtype, "auto", "continuous").unwrap();
    o.weight_cache = Some(cache.to_path_buf());
    o
}

fn speak(engine: &Engine) -> (Vec<Vec<u32>>, Vec<f32>) {
    let mut req = SynthesisRequest::new("The quick brown fox jumps over the lazy dog.");
    req.speaker = Some("alice".into());
    req.set_max_frames(30);
    req.seed = 3;
    let mut samples = Vec::new();
    let summary = engine
        .synthesize(&req, &mut |c: AudioChunk| {
            samples.extend_from_slice(&c.samples);
            Ok(())
        })
        .unwrap();
    (summary.codes.concat(), samples)
}

fn parts(engine: &Engine) -> Vec<&'static str> {
    engine.load_times().iter().map(|(p, _)| *p).collect()
}

fn cache_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_second_load_reads_the_cache_and_speaks_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let (ckpt, cache) = (tmp.path().join("ckpt"), tmp.path().join("cache"));
    copy_dir(&test_support::fixture_checkpoint("tiny-e2e"), &ckpt);
    let model = ckpt.to_str().unwrap();
    let no_cache = {
        let mut o = options("q8_0", &cache);
        o.weight_cache = None;
        Engine::load(model, o).unwrap()
    };
    let want = speak(&no_cache);
    assert!(cache_files(&cache).is_empty());

    let first = Engine::load(model, options("q8_0", &cache)).unwrap();
    assert!(parts(&first).contains(&"weight cache write"), "{:?}", parts(&first));
    let files = cache_files(&cache);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].starts_with("q8_0-") && files[0].ends_with(".qwc"), "{files:?}");
    assert_eq!(speak(&first), want);

    let second = Engine::load(model, options("q8_0", &cache)).unwrap();
    assert_eq!(parts(&second), ["tokenizer", "acoustic model", "codec decoder"]);
    assert_eq!(speak(&second), want);
    assert_eq!(cache_files(&cache), files);

    // Another dtype is another file; f32 quantizes nothing.
    Engine::load(model, options("q5_0", &cache)).unwrap();
    Engine::load(model, options("f32", &cache)).unwrap();
    assert_eq!(cache_files(&cache).len(), 2, "{:?}", cache_files(&cache));

    // A rewritten checkpoint (same bytes, new modification time) is not trusted to be the same.
    let weights = ckpt.join("model.safetensors");
    let bytes = std::fs::read(&weights).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&weights, bytes).unwrap();
    let rewritten = Engine::load(model, options("q8_0", &cache)).unwrap();
    assert!(parts(&rewritten).contains(&"weight cache write"));
    assert_eq!(speak(&rewritten), want);
}

#[test]
fn an_unwritable_cache_directory_still_loads() {
    let tmp = tempfile::tempdir().unwrap();
    // A file where the directory should be: the cache cannot be written, the engine loads.
    let blocked = tmp.path().join("not-a-dir");
    std::fs::write(&blocked, b"x").unwrap();
    let model = test_support::fixture_checkpoint("tiny-e2e");
    let engine = Engine::load(model.to_str().unwrap(), options("q8_0", &blocked)).unwrap();
    assert!(!parts(&engine).contains(&"weight cache write"));
    assert!(!speak(&engine).1.is_empty());
}
