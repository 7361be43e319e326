//! The five public 12 Hz checkpoints' config.json and generation_config.json (copies in
//! `shared/hf/`, beside the repository) parse, with the values the reference reads.

use std::path::PathBuf;

use acoustic_model::{GenerationConfig, Qwen3TtsConfig, TtsModelType, expected_tensors};

fn hf_dir(model: &str) -> PathBuf {
    test_support::hf_dir(model)
}

fn load(model: &str) -> Qwen3TtsConfig {
    Qwen3TtsConfig::from_file(&hf_dir(model).join("config.json")).unwrap()
}

const MODELS: [&str; 5] = [
    "Qwen3-TTS-12Hz-0.6B-Base",
    "Qwen3-TTS-12Hz-0.6B-CustomVoice",
    "Qwen3-TTS-12Hz-1.7B-Base",
    "Qwen3-TTS-12Hz-1.7B-CustomVoice",
    "Qwen3-TTS-12Hz-1.7B-VoiceDesign",
];

#[test]
fn shared_values_of_all_five() {
    for model in MODELS {
        let cfg = load(model);
        let t = &cfg.talker_config;
        assert_eq!(t.num_hidden_layers, 28, "{model}");
        assert_eq!(
            (t.num_attention_heads, t.num_key_value_heads, t.head_dim()),
            (16, 8, 128),
            "{model}"
        );
        assert_eq!(
            (t.vocab_size, t.text_vocab_size, t.text_hidden_size),
            (3072, 151936, 2048),
            "{model}"
        );
        assert_eq!(t.rope_theta, 1e6, "{model}");
        assert_eq!(t.rope_scaling.mrope_section, vec![24, 20, 20], "{model}");
        assert!(t.rope_scaling.interleaved, "{model}");
        assert_eq!(t.rms_norm_eps, 1e-6, "{model}");
        assert_eq!(t.num_code_groups, 16, "{model}");
        assert_eq!(t.suppress_start(), 2048, "{model}");
        let ids = (t.codec_pad_id, t.codec_bos_id, t.codec_eos_token_id);
        assert_eq!(ids, (2148, 2149, 2150), "{model}");
        let think =
            (t.codec_think_id, t.codec_nothink_id, t.codec_think_bos_id, t.codec_think_eos_id);
        assert_eq!(think, (2154, 2155, 2156, 2157), "{model}");
        let text = (cfg.im_start_token_id, cfg.im_end_token_id);
        assert_eq!(text, (151644, 151645), "{model}");
        let tts = (cfg.tts_pad_token_id, cfg.tts_bos_token_id, cfg.tts_eos_token_id);
        assert_eq!(tts, (151671, 151672, 151673), "{model}");
        let cp = &t.code_predictor_config;
        assert_eq!(
            (cp.hidden_size, cp.intermediate_size, cp.num_hidden_layers),
            (1024, 3072, 5),
            "{model}"
        );
        assert_eq!(
            (cp.num_attention_heads, cp.num_key_value_heads(), cp.head_dim),
            (16, 8, 128),
            "{model}"
        );
        assert_eq!((cp.vocab_size, cp.num_code_groups, cp.rope_theta), (2048, 16, 1e6), "{model}");
        assert_eq!(t.codec_language_id["english"], 2050, "{model}");
        assert_eq!(t.codec_language_id["russian"], 2069, "{model}");
        let generation =
            GenerationConfig::from_file(&hf_dir(model).join("generation_config.json")).unwrap();
        let expected = GenerationConfig {
            do_sample: true,
            top_k: 50,
            top_p: 1.0,
            temperature: 0.9,
            repetition_penalty: 1.05,
            subtalker_dosample: true,
            subtalker_top_k: 50,
            subtalker_top_p: 1.0,
            subtalker_temperature: 0.9,
            max_new_tokens: 8192,
        };
        assert_eq!(generation, expected, "{model}");
    }
}

#[test]
fn sizes_and_variants() {
    let small = load("Qwen3-TTS-12Hz-0.6B-CustomVoice");
    assert_eq!(small.tts_model_type, TtsModelType::CustomVoice);
    assert_eq!(small.talker_config.hidden_size, 1024);
    assert_eq!(small.talker_config.intermediate_size, 3072);
    // 0.6B: q_proj maps 1024 -> 16 * 128 = 2048, not back to 1024.
    let q = expected_tensors(&small)
        .into_iter()
        .find(|(n, _)| n == "talker.model.layers.0.self_attn.q_proj.weight")
        .unwrap();
    assert_eq!(q.1, vec![2048, 1024]);
    assert!(!small.honours_custom_voice_instruct(), "0.6B CustomVoice drops the instruct");

    let large = load("Qwen3-TTS-12Hz-1.7B-CustomVoice");
    assert_eq!(large.talker_config.hidden_size, 2048);
    assert_eq!(large.talker_config.intermediate_size, 6144);
    assert!(large.honours_custom_voice_instruct());
    // 1.7B: the code predictor (hidden 1024) needs the 2048 -> 1024 projection.
    let names: Vec<_> = expected_tensors(&large).into_iter().collect();
    let proj =
        names.iter().find(|(n, _)| n == "talker.code_predictor.small_to_mtp_projection.weight");
    assert_eq!(proj.map(|p| p.1.clone()), Some(vec![1024, 2048]));
    let small_names = expected_tensors(&small);
    assert!(!small_names.iter().any(|(n, _)| n.contains("small_to_mtp_projection")));

    for (model, enc_dim) in [("Qwen3-TTS-12Hz-0.6B-Base", 1024), ("Qwen3-TTS-12Hz-1.7B-Base", 2048)]
    {
        let base = load(model);
        assert_eq!(base.tts_model_type, TtsModelType::Base);
        assert!(base.has_speaker_encoder());
        assert_eq!(base.speaker_encoder_config.enc_dim, enc_dim);
        assert_eq!(base.speaker_encoder_config.mel_dim, 128);
        assert_eq!(base.speaker_encoder_config.enc_channels, vec![512, 512, 512, 512, 1536]);
        assert!(base.talker_config.spk_id.is_empty());
        let fc =
            expected_tensors(&base).into_iter().find(|(n, _)| n == "speaker_encoder.fc.weight");
        assert_eq!(fc.map(|f| f.1), Some(vec![enc_dim, 3072, 1]));
    }
    let design = load("Qwen3-TTS-12Hz-1.7B-VoiceDesign");
    assert_eq!(design.tts_model_type, TtsModelType::VoiceDesign);
    assert!(!design.has_speaker_encoder());
    assert!(!expected_tensors(&design).iter().any(|(n, _)| n.starts_with("speaker_encoder.")));
}

#[test]
fn custom_voice_speakers_and_languages() {
    for model in ["Qwen3-TTS-12Hz-0.6B-CustomVoice", "Qwen3-TTS-12Hz-1.7B-CustomVoice"] {
        let t = load(model).talker_config;
        let speakers: Vec<(&str, u32)> = t.spk_id.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            speakers,
            vec![
                ("aiden", 2861),
                ("dylan", 2878),
                ("eric", 2875),
                ("ono_anna", 2873),
                ("ryan", 3061),
                ("serena", 3066),
                ("sohee", 2864),
                ("uncle_fu", 3010),
                ("vivian", 3065),
            ],
            "{model}"
        );
        assert_eq!(t.spk_is_dialect["eric"].as_deref(), Some("sichuan_dialect"));
        assert_eq!(t.spk_is_dialect["dylan"].as_deref(), Some("beijing_dialect"));
        assert_eq!(t.spk_is_dialect["ryan"], None);
        assert_eq!(t.codec_language_id["sichuan_dialect"], 2062);
        assert_eq!(t.codec_language_id["beijing_dialect"], 2074);
        assert_eq!(t.codec_language_id.len(), 12);
    }
    let languages = load("Qwen3-TTS-12Hz-0.6B-CustomVoice").supported_languages();
    assert_eq!(
        languages,
        vec![
            "auto",
            "chinese",
            "english",
            "french",
            "german",
            "italian",
            "japanese",
            "korean",
            "portuguese",
            "russian",
            "spanish"
        ]
    );
    for model in ["Qwen3-TTS-12Hz-0.6B-Base", "Qwen3-TTS-12Hz-1.7B-VoiceDesign"] {
        let cfg = load(model);
        assert_eq!(cfg.talker_config.codec_language_id.len(), 10, "{model}");
        assert_eq!(cfg.supported_languages().len(), 11, "{model}");
    }
}

#[test]
fn broken_configs_name_the_problem() {
    let base =
        std::fs::read_to_string(hf_dir("Qwen3-TTS-12Hz-0.6B-CustomVoice").join("config.json"))
            .unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
    json["talker_config"].as_object_mut().unwrap().remove("text_vocab_size");
    let err = Qwen3TtsConfig::from_json(&json.to_string()).unwrap_err().to_string();
    assert!(err.contains("text_vocab_size"), "{err}");

    let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
    json["talker_config"]["rope_scaling"] = serde_json::Value::Null;
    let err = Qwen3TtsConfig::from_json(&json.to_string()).unwrap_err().to_string();
    assert!(err.contains("rope_scaling"), "{err}");

    let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
    json["talker_config"]["rope_scaling"]["mrope_section"] = serde_json::json!([24, 20, 21]);
    let err = Qwen3TtsConfig::from_json(&json.to_string()).unwrap_err().to_string();
    assert!(err.contains("mrope_section") && err.contains("64"), "{err}");

    let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
    json["tts_model_type"] = serde_json::json!("podcast");
    let err = Qwen3TtsConfig::from_json(&json.to_string()).unwrap_err().to_string();
    assert!(err.contains("podcast") && err.contains("custom_voice"), "{err}");

    // Without head_dim the reference falls back to hidden / heads (1024 / 16 = 64).
    let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
    json["talker_config"].as_object_mut().unwrap().remove("head_dim");
    json["talker_config"]["rope_scaling"]["mrope_section"] = serde_json::json!([12, 10, 10]);
    let cfg = Qwen3TtsConfig::from_json(&json.to_string()).unwrap();
    assert_eq!(cfg.talker_config.head_dim(), 64);
}

/// Found by the fuzz harness (tools/fuzz): a layer count of 1e9 made the tensor list the
/// weights are checked against grow until memory ran out, and zero heads divided by zero.
#[test]
fn out_of_range_sizes_are_refused_before_use() {
    let base =
        std::fs::read_to_string(hf_dir("Qwen3-TTS-12Hz-0.6B-CustomVoice").join("config.json"))
            .unwrap();
    let cases = [
        (
            "/talker_config/num_hidden_layers",
            serde_json::json!(1_000_000_000u64),
            "num_hidden_layers 1000000000 is over 1024",
        ),
        (
            "/talker_config/num_attention_heads",
            serde_json::json!(0),
            "num_attention_heads 0 is outside",
        ),
        (
            "/talker_config/code_predictor_config/num_hidden_layers",
            serde_json::json!(5000),
            "code_predictor_config: num_hidden_layers 5000",
        ),
        ("/talker_config/code_predictor_config/head_dim", serde_json::json!(0), "head_dim 0"),
        ("/talker_config/hidden_size", serde_json::json!(1u64 << 40), "hidden_size 1099511627776"),
        (
            "/talker_config/rope_scaling/mrope_section",
            serde_json::json!([u64::MAX, 1, 1]),
            "mrope_section entry",
        ),
    ];
    for (pointer, value, needle) in cases {
        let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
        set(&mut json, pointer, value);
        let err = Qwen3TtsConfig::from_json(&json.to_string()).unwrap_err().to_string();
        assert!(err.contains(needle), "{pointer}: {err}");
    }
    // The speaker encoder's lists and Res2Net scale (a Base model).
    let base =
        std::fs::read_to_string(hf_dir("Qwen3-TTS-12Hz-0.6B-Base").join("config.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&base).unwrap();
    set(&mut json, "/speaker_encoder_config/enc_res2net_scale", serde_json::json!(0));
    let err = Qwen3TtsConfig::from_json(&json.to_string()).unwrap_err().to_string();
    assert!(err.contains("enc_res2net_scale 0 is outside"), "{err}");
}

/// Sets the value at a JSON pointer, adding the last key if the file leaves it to a default.
fn set(json: &mut serde_json::Value, pointer: &str, value: serde_json::Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    json.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(key.to_string(), value);
}
