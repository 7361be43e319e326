//! Hugging Face id resolution through the hf-hub cache, offline. One test per binary because it
//! sets process environment variables.

mod common;

use common::{copy_dir, fixture_checkpoints};
use tts_core::{Checkpoint, CheckpointError, Components};

#[test]
fn hub_ids_resolve_from_the_cache_and_fail_clearly_offline() {
    let home = tempfile::tempdir().unwrap();
    // SAFETY: this test binary runs this single test; nothing else reads the environment.
    unsafe {
        std::env::set_var("HF_HOME", home.path());
        std::env::set_var("HF_HUB_OFFLINE", "1");
    }

    // Not cached and offline: one error naming every file and the way out.
    let err =
        Checkpoint::resolve("Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice", Components::ALL).unwrap_err();
    let CheckpointError::MissingFiles { origin, missing } = &err else { panic!("{err}") };
    assert!(origin.contains("HF_HUB_OFFLINE"), "{origin}");
    for file in [
        "config.json",
        "generation_config.json",
        "vocab.json",
        "speech_tokenizer/model.safetensors",
    ] {
        assert!(missing.iter().any(|m| m == file), "{file} not in {missing:?}");
    }
    assert!(err.to_string().contains("--model"), "{err}");

    // Cached (the layout `huggingface-cli download` leaves): resolves without any network.
    let repo = home.path().join("hub/models--tiny--checkpoint");
    let commit = "0123456789abcdef0123456789abcdef01234567";
    std::fs::create_dir_all(repo.join("refs")).unwrap();
    std::fs::write(repo.join("refs/main"), commit).unwrap();
    let src = fixture_checkpoints().into_iter().next().unwrap();
    copy_dir(&src, &repo.join("snapshots").join(commit));
    let ckpt = Checkpoint::resolve("tiny/checkpoint", Components::MODEL_AND_CODEC).unwrap();
    assert!(ckpt.files.weights[0].starts_with(repo.join("snapshots")));
    ckpt.verify_model_tensors().unwrap();
    ckpt.verify_codec_tensors().unwrap();
}
