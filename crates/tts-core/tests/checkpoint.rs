//! Checkpoint resolution from local directories: what is found, what is reported missing, and
//! every fixture checkpoint's tensors against its config.

mod common;

use std::collections::BTreeMap;

use candle_core::safetensors::MmapedSafetensors;
use common::{copy_dir, fixture_checkpoints, shared_dir};
use tts_core::{Checkpoint, CheckpointError, CheckpointSource, Components};

#[test]
fn source_parsing() {
    use CheckpointSource::*;
    let hub =
        |repo: &str, rev: Option<&str>| Hub { repo: repo.into(), revision: rev.map(String::from) };
    assert_eq!(
        CheckpointSource::parse("Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice"),
        hub("Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice", None)
    );
    assert_eq!(
        CheckpointSource::parse("Qwen/Qwen3-TTS-12Hz-1.7B-Base@5d83992"),
        hub("Qwen/Qwen3-TTS-12Hz-1.7B-Base", Some("5d83992"))
    );
    assert_eq!(CheckpointSource::parse("./models/x"), Local("./models/x".into()));
    assert_eq!(CheckpointSource::parse("/abs/dir"), Local("/abs/dir".into()));
    assert_eq!(CheckpointSource::parse("just-a-name"), Local("just-a-name".into()));
    // An existing directory wins over the id syntax.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("Qwen/local")).unwrap();
    let spec = tmp.path().join("Qwen/local");
    assert_eq!(CheckpointSource::parse(spec.to_str().unwrap()), Local(spec.clone()));
}

#[test]
fn real_configs_without_weights() {
    let dir = shared_dir().join("hf/Qwen3-TTS-12Hz-0.6B-CustomVoice");
    let spec = dir.to_str().unwrap();

    // The tokenizer files are all there.
    let ckpt = Checkpoint::resolve(spec, Components::TOKENIZER).unwrap();
    assert_eq!(ckpt.files.vocab.as_deref(), Some(dir.join("vocab.json").as_path()));
    assert_eq!(ckpt.files.merges.as_deref(), Some(dir.join("merges.txt").as_path()));
    assert!(ckpt.config.is_none() && ckpt.codec.is_none());

    // A full load names every missing weight file, once, and says how to pass a directory.
    let err = Checkpoint::resolve(spec, Components::ALL).unwrap_err();
    let CheckpointError::MissingFiles { missing, .. } = &err else { panic!("{err}") };
    assert_eq!(
        missing,
        &vec![
            "speech_tokenizer/model.safetensors".to_string(),
            "model.safetensors (or model.safetensors.index.json with its shards)".to_string(),
        ]
    );
    let msg = err.to_string();
    assert!(msg.contains("--model"), "{msg}");
}

#[test]
fn missing_directory() {
    let err = Checkpoint::resolve("./no/such/checkpoint", Components::ALL).unwrap_err();
    assert!(matches!(err, CheckpointError::NotFound(_)), "{err}");
    assert!(err.to_string().contains("no/such/checkpoint"));
}

#[test]
fn every_fixture_checkpoint_matches_its_config() {
    for dir in fixture_checkpoints() {
        let has_tokenizer = dir.join("vocab.json").is_file();
        let needs = Components { tokenizer: has_tokenizer, ..Components::ALL };
        let ckpt = Checkpoint::resolve(dir.to_str().unwrap(), needs)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        ckpt.verify_model_tensors().unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        ckpt.verify_codec_tensors().unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
}

#[test]
fn standalone_codec_fixture_matches_its_config() {
    let dir = common::fixtures_dir().join("checkpoints/tiny-codec");
    let cfg = audio_codec_12hz::CodecConfig::from_file(&dir.join("config.json")).unwrap();
    tts_core::checkpoint::verify_tensors(
        &[dir.join("model.safetensors")],
        &audio_codec_12hz::expected_tensors(&cfg),
    )
    .unwrap();
}

#[test]
fn sharded_weights_resolve_through_the_index() {
    let src = fixture_checkpoints().into_iter().next().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&src, tmp.path());
    // Split model.safetensors into two shards plus an index, as large checkpoints ship.
    let single = tmp.path().join("model.safetensors");
    let st = unsafe { MmapedSafetensors::new(&single) }.unwrap();
    let mut names: Vec<String> = st.tensors().into_iter().map(|(n, _)| n).collect();
    names.sort();
    let dev = candle_core::Device::Cpu;
    let (first, second) = names.split_at(names.len() / 2);
    let mut weight_map = BTreeMap::new();
    for (shard, part) in
        [("model-00001-of-00002.safetensors", first), ("model-00002-of-00002.safetensors", second)]
    {
        let tensors: std::collections::HashMap<String, candle_core::Tensor> =
            part.iter().map(|n| (n.clone(), st.load(n, &dev).unwrap())).collect();
        candle_core::safetensors::save(&tensors, tmp.path().join(shard)).unwrap();
        weight_map.extend(part.iter().map(|n| (n.clone(), shard.to_string())));
    }
    drop(st);
    std::fs::remove_file(&single).unwrap();
    let index = serde_json::json!({ "metadata": {}, "weight_map": weight_map });
    std::fs::write(tmp.path().join("model.safetensors.index.json"), index.to_string()).unwrap();

    let ckpt =
        Checkpoint::resolve(tmp.path().to_str().unwrap(), Components::MODEL_AND_CODEC).unwrap();
    assert_eq!(ckpt.files.weights.len(), 2);
    ckpt.verify_model_tensors().unwrap();

    // A shard that the index names but the directory lacks is reported by name.
    std::fs::remove_file(tmp.path().join("model-00002-of-00002.safetensors")).unwrap();
    let err =
        Checkpoint::resolve(tmp.path().to_str().unwrap(), Components::MODEL_AND_CODEC).unwrap_err();
    assert!(err.to_string().contains("model-00002-of-00002.safetensors"), "{err}");
}

#[test]
fn weights_that_disagree_with_the_config_are_named() {
    let src = fixture_checkpoints().into_iter().next().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&src, tmp.path());
    // Claim one more talker layer than the weights hold.
    let path = tmp.path().join("config.json");
    let mut cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let layers = cfg["talker_config"]["num_hidden_layers"].as_u64().unwrap();
    cfg["talker_config"]["num_hidden_layers"] = serde_json::json!(layers + 1);
    cfg["talker_config"]["intermediate_size"] =
        serde_json::json!(cfg["talker_config"]["intermediate_size"].as_u64().unwrap() + 1);
    std::fs::write(&path, cfg.to_string()).unwrap();

    let ckpt =
        Checkpoint::resolve(tmp.path().to_str().unwrap(), Components::MODEL_AND_CODEC).unwrap();
    let err = ckpt.verify_model_tensors().unwrap_err();
    let CheckpointError::TensorMismatch(m) = &err else { panic!("{err}") };
    let (missing, unexpected, wrong_shape) = (&m.missing, &m.unexpected, &m.wrong_shape);
    assert!(m.wrong_dtype.is_empty(), "{:?}", m.wrong_dtype);
    let new_layer = format!("talker.model.layers.{layers}.");
    assert_eq!(missing.len(), 11, "{missing:?}");
    assert!(missing.iter().all(|n| n.starts_with(&new_layer)), "{missing:?}");
    assert!(unexpected.is_empty(), "{unexpected:?}");
    // gate, up and down of every existing layer.
    assert_eq!(wrong_shape.len(), 3 * layers as usize, "{wrong_shape:?}");
}
