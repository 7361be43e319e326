//! The real speech tokenizer configs (the standalone Qwen3-TTS-Tokenizer-12Hz repo and the
//! `speech_tokenizer/` folder of each of the five TTS checkpoints, copies in `shared/hf/`)
//! parse with the values the reference reads.

use std::path::PathBuf;

use audio_codec_12hz::{CodecConfig, expected_tensors};

fn shared_hf() -> PathBuf {
    test_support::shared("hf")
}

fn config_paths() -> Vec<PathBuf> {
    let hf = shared_hf();
    let mut paths = vec![hf.join("Qwen3-TTS-Tokenizer-12Hz/config.json")];
    for model in [
        "Qwen3-TTS-12Hz-0.6B-Base",
        "Qwen3-TTS-12Hz-0.6B-CustomVoice",
        "Qwen3-TTS-12Hz-1.7B-Base",
        "Qwen3-TTS-12Hz-1.7B-CustomVoice",
        "Qwen3-TTS-12Hz-1.7B-VoiceDesign",
    ] {
        paths.push(hf.join(model).join("speech_tokenizer/config.json"));
    }
    paths
}

#[test]
fn all_six_parse_with_real_values() {
    for path in config_paths() {
        let cfg = CodecConfig::from_file(&path).unwrap();
        let what = path.display();
        assert_eq!((cfg.input_sample_rate, cfg.output_sample_rate), (24000, 24000), "{what}");
        assert_eq!((cfg.decode_upsample_rate, cfg.encode_downsample_rate), (1920, 1920), "{what}");
        assert_eq!(cfg.encoder_valid_num_quantizers, 16, "{what}");
        assert_eq!(cfg.frame_rate(), 12.5, "{what}");

        let d = &cfg.decoder_config;
        assert_eq!(d.sliding_window, 72, "{what}");
        assert_eq!(d.upsample_rates, vec![8, 5, 4, 3], "{what}");
        assert_eq!(d.upsampling_ratios, vec![2, 2], "{what}");
        assert_eq!(d.total_upsample(), 1920, "{what}");
        assert_eq!((d.codebook_size, d.codebook_dim, d.num_quantizers), (2048, 512, 16), "{what}");
        assert_eq!((d.latent_dim, d.hidden_size, d.intermediate_size), (1024, 512, 1024), "{what}");
        // head_dim comes from the file: 16 heads x 64 = 1024 != hidden 512.
        assert_eq!(
            (d.num_attention_heads, d.num_key_value_heads, d.head_dim()),
            (16, 16, 64),
            "{what}"
        );
        assert_eq!((d.num_hidden_layers, d.decoder_dim), (8, 1536), "{what}");
        assert_eq!((d.rope_theta, d.rms_norm_eps), (10000.0, 1e-5), "{what}");

        let e = &cfg.encoder_config;
        assert_eq!(e.upsampling_ratios, vec![8, 6, 5, 4], "{what}");
        assert_eq!(
            (e.hidden_size, e.num_hidden_layers, e.num_attention_heads, e.head_dim()),
            (512, 8, 8, 64)
        );
        assert_eq!(
            (e.num_quantizers, e.num_semantic_quantizers, e.codebook_size, e.codebook_dim),
            (32, 1, 2048, 256)
        );
        assert_eq!(
            (e.num_filters, e.kernel_size, e.last_kernel_size, e.compress),
            (64, 7, 3, 2),
            "{what}"
        );
        // 24000 / 960 = 25 Hz after SEANet, then the stride-2 k4 downsample to 12.5 Hz.
        assert_eq!(
            (e.encodec_frame_rate(), e.frame_rate(), e.downsample_kernel()),
            (25, 12.5, 4),
            "{what}"
        );
    }
}

#[test]
fn real_tensor_layout() {
    let cfg = CodecConfig::from_file(&config_paths()[0]).unwrap();
    let tensors = expected_tensors(&cfg);
    let shape = |name: &str| {
        tensors
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| panic!("{name}"))
    };
    // Values from codec.md §2.1 (the published safetensors header of the real codec).
    assert_eq!(
        shape("decoder.quantizer.rvq_first.vq.layers.0._codebook.embedding_sum"),
        [2048, 256]
    );
    assert_eq!(shape("decoder.quantizer.rvq_rest.vq.layers.14._codebook.cluster_usage"), [2048]);
    assert_eq!(shape("decoder.quantizer.rvq_rest.output_proj.weight"), [512, 256, 1]);
    assert_eq!(shape("decoder.pre_conv.conv.weight"), [1024, 512, 3]);
    assert_eq!(shape("decoder.pre_transformer.input_proj.weight"), [512, 1024]);
    assert_eq!(shape("decoder.pre_transformer.layers.7.self_attn.q_proj.weight"), [1024, 512]);
    assert_eq!(shape("decoder.pre_transformer.layers.7.self_attn.o_proj.weight"), [512, 1024]);
    assert_eq!(shape("decoder.upsample.1.0.conv.weight"), [1024, 1024, 2]);
    assert_eq!(shape("decoder.upsample.1.1.dwconv.conv.weight"), [1024, 1, 7]);
    assert_eq!(shape("decoder.upsample.0.1.pwconv1.weight"), [4096, 1024]);
    assert_eq!(shape("decoder.decoder.0.conv.weight"), [1536, 1024, 7]);
    assert_eq!(shape("decoder.decoder.1.block.1.conv.weight"), [1536, 768, 16]);
    assert_eq!(shape("decoder.decoder.4.block.1.conv.weight"), [192, 96, 6]);
    assert_eq!(shape("decoder.decoder.4.block.4.conv1.conv.weight"), [96, 96, 7]);
    assert_eq!(shape("decoder.decoder.5.alpha"), [96]);
    assert_eq!(shape("decoder.decoder.6.conv.weight"), [1, 96, 7]);
    // Encoder (codec.md §6.3): SEANet indices count the ELUs.
    assert_eq!(shape("encoder.encoder.layers.0.conv.weight"), [64, 1, 7]);
    assert_eq!(shape("encoder.encoder.layers.3.conv.weight"), [128, 64, 8]);
    assert_eq!(shape("encoder.encoder.layers.10.block.1.conv.weight"), [256, 512, 3]);
    assert_eq!(shape("encoder.encoder.layers.12.conv.weight"), [1024, 512, 16]);
    assert_eq!(shape("encoder.encoder.layers.14.conv.weight"), [512, 1024, 3]);
    assert_eq!(shape("encoder.downsample.conv.weight"), [512, 512, 4]);
    assert_eq!(
        shape("encoder.quantizer.acoustic_residual_vector_quantizer.layers.30.codebook.embed_sum"),
        [2048, 256]
    );
    assert_eq!(
        shape("encoder.quantizer.semantic_residual_vector_quantizer.input_proj.weight"),
        [256, 512, 1]
    );
    // Parameter counts from codec.md §1 (decoder 114.3 M, encoder 56.2 M, rounded to 0.1 M),
    // excluding the encoder's 32 `initialized` flags.
    let millions = |prefix: &str| {
        let n: usize = tensors
            .iter()
            .filter(|(n, _)| n.starts_with(prefix) && !n.ends_with(".initialized"))
            .map(|(_, s)| s.iter().product::<usize>())
            .sum();
        (n as f64 / 1e5).round() / 10.0
    };
    assert_eq!(millions("decoder."), 114.3);
    assert_eq!(millions("encoder."), 56.2);
}

#[test]
fn inconsistent_upsampling_is_rejected() {
    let json = std::fs::read_to_string(&config_paths()[0]).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["decode_upsample_rate"] = serde_json::json!(2000);
    let err = CodecConfig::from_json(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("2000") && err.contains("1920"), "{err}");
    v["decode_upsample_rate"] = serde_json::json!(1920);
    v["decoder_config"].as_object_mut().unwrap().remove("codebook_dim");
    let err = CodecConfig::from_json(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("codebook_dim"), "{err}");
}

/// Found by the fuzz harness (tools/fuzz): 1e9 encoder quantizers made the tensor list grow
/// until memory ran out; zero heads, `compress` or ratios divided by zero; huge ratios
/// overflowed their product.
#[test]
fn out_of_range_sizes_are_refused_before_use() {
    let json = std::fs::read_to_string(&config_paths()[0]).unwrap();
    let cases = [
        (
            "/encoder_config/num_quantizers",
            serde_json::json!(1_000_000_000u64),
            "encoder num_quantizers 1000000000 is over 1024",
        ),
        (
            "/decoder_config/num_hidden_layers",
            serde_json::json!(1u64 << 40),
            "decoder num_hidden_layers",
        ),
        (
            "/encoder_config/num_attention_heads",
            serde_json::json!(0),
            "encoder num_attention_heads 0 is outside",
        ),
        ("/encoder_config/compress", serde_json::json!(0), "encoder compress 0"),
        (
            "/encoder_config/upsampling_ratios",
            serde_json::json!([8, 0, 5]),
            "encoder upsampling_ratios [8, 0, 5]",
        ),
        (
            "/decoder_config/upsample_rates",
            serde_json::json!([u64::MAX, 2]),
            "decoder upsample_rates",
        ),
        ("/decoder_config/upsample_rates", serde_json::json!(vec![1; 70]), "at most 16 factors"),
        ("/encoder_config/_frame_rate", serde_json::json!(0), "encoder _frame_rate 0 gives"),
        (
            "/encoder_config/_frame_rate",
            serde_json::json!(-12.5),
            "encoder _frame_rate -12.5 gives",
        ),
    ];
    for (pointer, value, needle) in cases {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        set(&mut v, pointer, value);
        let err = CodecConfig::from_json(&v.to_string()).unwrap_err().to_string();
        assert!(err.contains(needle), "{pointer}: {err}");
    }
}

/// Sets the value at a JSON pointer, adding the last key if the file leaves it to a default.
fn set(json: &mut serde_json::Value, pointer: &str, value: serde_json::Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    json.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(key.to_string(), value);
}
