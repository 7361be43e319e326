//! Broken checkpoints fail at load with an error that names the problem, never with a panic
//! and never later at request time: truncated, empty or garbled safetensors, weights of a
//! wrong dtype or shape, missing files, unreadable configs and a config of another model.
//! Each case is a copy of the `tiny-e2e` fixture with one thing broken.

use std::path::{Path, PathBuf};

use candle_core::{DType, Device};
use runtime::{Engine, EngineOptions};
use test_support::copy_dir;

fn fixture() -> PathBuf {
    test_support::fixture_checkpoint("tiny-e2e")
}

/// Loads a copy of the fixture after `break_it`, expecting an error whose message contains
/// every one of `names`.
fn load_error(break_it: impl FnOnce(&Path), names: &[&str]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), tmp.path());
    break_it(tmp.path());
    let err = match Engine::load(tmp.path().to_str().unwrap(), EngineOptions::default()) {
        Ok(_) => panic!("a broken checkpoint loaded (expected an error naming {names:?})"),
        Err(e) => e.to_string(),
    };
    for name in names {
        assert!(err.contains(name), "error does not name {name:?}: {err}");
    }
    err
}

#[test]
fn the_intact_fixture_loads() {
    Engine::load(fixture().to_str().unwrap(), EngineOptions::default()).unwrap();
}

#[test]
fn truncated_weights_are_refused_by_name() {
    for file in ["model.safetensors", "speech_tokenizer/model.safetensors"] {
        load_error(
            |dir| {
                let path = dir.join(file);
                let bytes = std::fs::read(&path).unwrap();
                std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
            },
            &[file],
        );
    }
}

#[test]
fn empty_or_garbled_weights_are_refused_by_name() {
    let garbage: Vec<u8> =
        (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    for contents in [Vec::new(), garbage] {
        let c = contents.clone();
        load_error(
            |dir| std::fs::write(dir.join("model.safetensors"), &c).unwrap(),
            &["model.safetensors"],
        );
    }
    // A header that claims more data than the file holds.
    load_error(
        |dir| {
            let mut bytes = 1_000_000u64.to_le_bytes().to_vec();
            bytes.extend_from_slice(b"{\"a\":");
            std::fs::write(dir.join("model.safetensors"), bytes).unwrap();
        },
        &["model.safetensors"],
    );
}

/// Rewrites the fixture's model weights with `change` applied to the named tensor.
fn rewrite_tensor(
    dir: &Path,
    name: &str,
    change: impl Fn(&candle_core::Tensor) -> candle_core::Tensor,
) {
    let path = dir.join("model.safetensors");
    let mut tensors = candle_core::safetensors::load(&path, &Device::Cpu).unwrap();
    let t = tensors.get(name).unwrap_or_else(|| panic!("fixture has no {name}"));
    let changed = change(t);
    tensors.insert(name.to_string(), changed);
    candle_core::safetensors::save(&tensors, &path).unwrap();
}

#[test]
fn weights_of_a_wrong_dtype_or_shape_are_named() {
    let name = "talker.model.layers.0.mlp.up_proj.weight";
    let err = load_error(
        |dir| rewrite_tensor(dir, name, |t| t.to_dtype(DType::I64).unwrap()),
        &[name, "I64", "not stored as floats"],
    );
    assert!(err.contains("0 with a wrong shape"), "{err}");
    load_error(
        |dir| rewrite_tensor(dir, name, |t| t.narrow(0, 0, 1).unwrap()),
        &[name, "wrong shape"],
    );
}

#[test]
fn missing_files_are_named() {
    for file in [
        "model.safetensors",
        "config.json",
        "vocab.json",
        "merges.txt",
        "speech_tokenizer/model.safetensors",
        "speech_tokenizer/config.json",
    ] {
        load_error(|dir| std::fs::remove_file(dir.join(file)).unwrap(), &[file]);
    }
}

#[test]
fn unreadable_configs_and_another_models_config_are_refused() {
    // Truncated JSON.
    load_error(
        |dir| {
            let path = dir.join("config.json");
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        },
        &["config.json"],
    );
    // The codec's config where the model's belongs.
    load_error(
        |dir| {
            std::fs::copy(dir.join("speech_tokenizer/config.json"), dir.join("config.json"))
                .unwrap();
        },
        &["config.json"],
    );
    // A model type this engine does not serve.
    load_error(
        |dir| {
            let path = dir.join("config.json");
            let text = std::fs::read_to_string(&path).unwrap();
            let (key, kind) = ("\"tts_model_type\"", "\"custom_voice\"");
            let start = text.find(key).expect("the fixture names its model type");
            let at = start + text[start..].find(kind).expect("tiny-e2e is a custom_voice model");
            let text = format!("{}\"music_generation\"{}", &text[..at], &text[at + kind.len()..]);
            std::fs::write(&path, text).unwrap();
        },
        &["music_generation"],
    );
}

#[test]
fn randomly_corrupted_weight_headers_never_panic() {
    // Generated inputs: the fixture's model.safetensors with bytes of its JSON header (or its
    // length prefix) overwritten at random, or cut at a random point. Every load must end in
    // Ok or an error, never a panic (caught and reported with the case that caused it).
    let original = std::fs::read(fixture().join("model.safetensors")).unwrap();
    let header_len = u64::from_le_bytes(original[..8].try_into().unwrap()) as usize;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        // splitmix64
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), tmp.path());
    let path = tmp.path().join("model.safetensors");
    let (mut refused, mut loaded) = (0, 0);
    for case in 0..400 {
        let mut bytes = original.clone();
        match case % 3 {
            // A few header bytes replaced (JSON syntax, names, dtypes, shapes, offsets).
            0 | 1 => {
                for _ in 0..1 + next() % 4 {
                    let at = 8 + (next() as usize) % header_len;
                    bytes[at] = b"{}[]\",:0123456789-eEFIU"[(next() % 23) as usize];
                }
            }
            // The length prefix or the file cut at random.
            _ => {
                if next() % 2 == 0 {
                    bytes[(next() % 8) as usize] = next() as u8;
                } else {
                    bytes.truncate((next() as usize) % bytes.len());
                }
            }
        }
        std::fs::write(&path, &bytes).unwrap();
        let dir = tmp.path().to_str().unwrap().to_string();
        let outcome = std::panic::catch_unwind(|| Engine::load(&dir, EngineOptions::default()));
        match outcome {
            Ok(Ok(_)) => loaded += 1,
            Ok(Err(_)) => refused += 1,
            Err(_) => panic!("case {case}: loading a corrupted header panicked"),
        }
    }
    // Most corruptions break the JSON or the offsets; a few land in a float's digits.
    assert!(refused > loaded, "refused {refused}, loaded {loaded}");
}
