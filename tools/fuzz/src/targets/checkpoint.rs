//! Checkpoint files: the model, generation and codec configs (parsed, validated, and turned
//! into the tensor list the weights are checked against), the server's TOML config, and
//! safetensors files (header checked against the expected tensors, tensors loaded through the
//! engine's weight backend).

use std::path::{Path, PathBuf};

use acoustic_model::config::{GenerationConfig, Qwen3TtsConfig};
use audio_codec_12hz::config::CodecConfig;
use candle_core::{DType, Device};
use tts_server::settings::{Args, Settings};

use super::{Scratch, dict, fixture, json_dict, read, shared};
use crate::rng::Rng;
use crate::{Target, Verdict};

const CHECKPOINTS: &[&str] = &[
    "Qwen3-TTS-12Hz-0.6B-Base",
    "Qwen3-TTS-12Hz-0.6B-CustomVoice",
    "Qwen3-TTS-12Hz-1.7B-Base",
    "Qwen3-TTS-12Hz-1.7B-CustomVoice",
    "Qwen3-TTS-12Hz-1.7B-VoiceDesign",
];
const FIXTURES: &[&str] = &["tiny-base", "tiny-custom-voice", "tiny-voice-design", "tiny-e2e"];

/// `file` of every real checkpoint in shared/hf and every fixture checkpoint.
fn checkpoint_files(file: &str) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut paths: Vec<PathBuf> =
        CHECKPOINTS.iter().map(|c| shared(&format!("hf/{c}")).join(file)).collect();
    paths.extend(FIXTURES.iter().map(|f| fixture(f).join(file)));
    paths.iter().map(|p| read(p)).collect()
}

/// Numbers a config's arithmetic trips on (zero divisors, products that overflow).
const CONFIG_TOKENS: &[&str] = &[
    "0",
    "1",
    "-1",
    "3",
    "1024",
    "65536",
    "4294967296",
    "18446744073709551615",
    "1e300",
    "0.0",
    "\"silu\"",
    "\"gelu\"",
    "\"relu\"",
    "\"base\"",
    "\"custom_voice\"",
    "\"voice_design\"",
    "\"default\"",
    "\"mrope\"",
    "[]",
    "[0]",
    "[1,1,1]",
    "{}",
    "null",
];

pub fn model_config() -> anyhow::Result<Target> {
    let seeds = checkpoint_files("config.json")?;
    let dict = json_dict(&seeds, CONFIG_TOKENS);
    Ok(Target {
        name: "model-config",
        about: "config.json: Qwen3TtsConfig::from_json (validates) + expected_tensors + languages",
        seeds,
        dict,
        json: true,
        max_len: 64 << 10,
        generate: None,
        run: Box::new(|input| {
            let text = String::from_utf8_lossy(input);
            let Ok(cfg) = Qwen3TtsConfig::from_json(&text) else { return Verdict::Refused };
            let _ = acoustic_model::expected_tensors(&cfg);
            let _ = cfg.supported_languages();
            let _ = cfg.honours_custom_voice_instruct();
            Verdict::Accepted
        }),
    })
}

pub fn generation_config() -> anyhow::Result<Target> {
    let seeds = checkpoint_files("generation_config.json")?;
    let dict = json_dict(&seeds, CONFIG_TOKENS);
    Ok(Target {
        name: "generation-config",
        about: "generation_config.json: GenerationConfig::from_json",
        seeds,
        dict,
        json: true,
        max_len: 16 << 10,
        generate: None,
        run: Box::new(|input| GenerationConfig::from_json(&String::from_utf8_lossy(input)).into()),
    })
}

pub fn codec_config() -> anyhow::Result<Target> {
    let mut seeds = checkpoint_files("speech_tokenizer/config.json")?;
    seeds.push(read(&shared("hf/Qwen3-TTS-Tokenizer-12Hz/config.json"))?);
    seeds.push(read(&fixture("tiny-codec").join("config.json"))?);
    let dict = json_dict(&seeds, CONFIG_TOKENS);
    Ok(Target {
        name: "codec-config",
        about: "speech_tokenizer/config.json: CodecConfig::from_json + validate + expected_tensors",
        seeds,
        dict,
        json: true,
        max_len: 64 << 10,
        generate: None,
        run: Box::new(|input| {
            let text = String::from_utf8_lossy(input);
            let Ok(cfg) = CodecConfig::from_json(&text) else { return Verdict::Refused };
            if cfg.validate().is_err() {
                return Verdict::Refused;
            }
            let _ = audio_codec_12hz::expected_tensors(&cfg);
            let _ = cfg.frame_rate();
            Verdict::Accepted
        }),
    })
}

/// The server's config file (its `[model]` and `[server]` sections and the engine's
/// `[runtime]`), read from a file as `--config` reads it.
pub fn server_toml() -> anyhow::Result<Target> {
    let seeds = [
        "[model]\npath = \"Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice\"\ndevice = \"cpu\"\ndtype = \"auto\"\ndecode_mode = \"continuous\"\n",
        "[server]\nhttp_addr = \"0.0.0.0:8080\"\ngrpc_addr = \"off\"\nwyoming_addr = \"127.0.0.1:10200\"\nserved_model_name = \"qwen3-tts\"\napi_key = \"k\"\nmax_text_chars = 4096\nmax_body_mib = 16\nrate_limit_per_s = 5\nrate_burst = 20\nshutdown_grace_s = 30\n",
        "[runtime]\nmax_batch = 16\nmax_queue = 64\nkv_budget_mib = 512\nprefills_per_step = 2\narrival_window_ms = 5\nmax_unread_audio_s = 60\n",
        "[model]\npath = \"/m\"\n[server]\nmax_text_chars = 1\n[runtime]\nmax_batch = 1\n[other]\nx = 1\n",
    ];
    let seeds: Vec<Vec<u8>> = seeds.iter().map(|s| s.as_bytes().to_vec()).collect();
    let tokens = [
        "[model]\n",
        "[server]\n",
        "[runtime]\n",
        "=",
        "\"",
        "'",
        "\n",
        "0",
        "-1",
        "18446744073709551615",
        "9223372036854775808",
        "4294967296",
        "\"off\"",
        "\"[::1]:0\"",
        "\"999.0.0.1:1\"",
        "inf",
        "nan",
        "true",
        "[]",
        "{}",
        "max_batch",
        "max_queue",
        "kv_budget_mib",
        "max_body_mib",
        "rate_burst",
        "shutdown_grace_s",
        "arrival_window_ms",
        "max_unread_audio_s",
        "[[runtime]]\n",
        "\"\"\"",
        "#",
    ];
    let scratch = std::cell::RefCell::new(Scratch::new("server.toml")?);
    Ok(Target {
        name: "server-toml",
        about: "tts-server --config TOML: Settings::resolve (with runtime::BatchConfig)",
        seeds,
        dict: dict(&tokens),
        json: false,
        max_len: 8192,
        generate: None,
        run: Box::new(move |input| {
            let mut scratch = scratch.borrow_mut();
            let Ok(path) = scratch.write(input) else { return Verdict::Refused };
            Settings::resolve(&Args { config: Some(path.to_path_buf()), ..Args::default() }).into()
        }),
    })
}

/// Dtype names of the safetensors format.
const DTYPES: &[&str] = &[
    "F64", "F32", "F16", "BF16", "I64", "I32", "I16", "I8", "U64", "U32", "U16", "U8", "BOOL",
    "F8_E4M3", "F8_E5M2", "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4", "C64", "X",
];

fn dtype_size(name: &str) -> usize {
    match name {
        "F64" | "I64" | "U64" | "C64" => 8,
        "F32" | "I32" | "U32" => 4,
        "F16" | "BF16" | "I16" | "U16" => 2,
        _ => 1,
    }
}

/// A safetensors file of `tensors` (name, dtype, shape), data zero-filled.
fn safetensors_bytes(tensors: &[(String, &str, Vec<usize>)]) -> Vec<u8> {
    let mut header = serde_json::Map::new();
    let mut offset = 0usize;
    for (name, dtype, shape) in tensors {
        let size = shape.iter().product::<usize>() * dtype_size(dtype);
        header.insert(
            name.clone(),
            serde_json::json!({"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}),
        );
        offset += size;
    }
    header.insert("__metadata__".into(), serde_json::json!({"format": "pt"}));
    let header = serde_json::Value::Object(header).to_string();
    let mut out = (header.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(header.as_bytes());
    out.resize(out.len() + offset, 0);
    out
}

/// The tensors the fuzzed files are checked against: the first few of the tiny codec's.
fn expected() -> anyhow::Result<Vec<(String, Vec<usize>)>> {
    let cfg = CodecConfig::from_file(&fixture("tiny-codec").join("config.json"))?;
    let mut all = audio_codec_12hz::expected_tensors(&cfg);
    all.sort_by_key(|(_, shape)| shape.iter().product::<usize>());
    all.truncate(4);
    Ok(all)
}

pub fn safetensors() -> anyhow::Result<Target> {
    let expected = expected()?;
    let as_f32: Vec<(String, &str, Vec<usize>)> =
        expected.iter().map(|(n, s)| (n.clone(), "F32", s.clone())).collect();
    let mut seeds = vec![safetensors_bytes(&as_f32)];
    let mixed: Vec<(String, &str, Vec<usize>)> = expected
        .iter()
        .zip(["BF16", "F16", "I64", "U8"])
        .map(|((n, s), d)| (n.clone(), d, s.clone()))
        .collect();
    seeds.push(safetensors_bytes(&mixed));
    seeds
        .push(safetensors_bytes(&[("x".into(), "F32", vec![0]), ("y".into(), "BOOL", vec![2, 3])]));
    seeds.push(safetensors_bytes(&[]));
    let mut tokens: Vec<String> = DTYPES.iter().map(|d| format!("\"{d}\"")).collect();
    tokens.extend(expected.iter().map(|(n, _)| format!("\"{n}\"")));
    let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let dict = json_dict(&[], &tokens)
        .into_iter()
        .chain(super::dict(&[
            "\"dtype\"",
            "\"shape\"",
            "\"data_offsets\"",
            "\"__metadata__\"",
            "[0,0]",
            "[18446744073709551615]",
        ]))
        .collect();
    let scratch = std::cell::RefCell::new(Scratch::new("weights.safetensors")?);
    let names = expected.clone();
    Ok(Target {
        name: "safetensors",
        about: "safetensors file: tts_core verify_tensors (mmap header) + runtime weights backend loads",
        seeds,
        dict,
        json: false,
        max_len: 16 << 10,
        generate: Some(Box::new(move |rng| random_safetensors(rng, &names))),
        run: Box::new(move |input| {
            let mut scratch = scratch.borrow_mut();
            let Ok(path) = scratch.write(input) else { return Verdict::Refused };
            let files = [path.to_path_buf()];
            let verified = tts_core::checkpoint::verify_tensors(&files, &expected);
            // SAFETY: the scratch file belongs to this process and is not written while mapped.
            let Ok(vb) = (unsafe {
                runtime::weights::ReleasingSafetensors::var_builder(
                    &files,
                    DType::F32,
                    &Device::Cpu,
                )
            }) else {
                return Verdict::Refused;
            };
            for (name, shape) in &expected {
                let _ = vb.get(shape.as_slice(), name);
            }
            // Every tensor of the header, whatever its dtype, converted as a load would.
            if let Ok(all) = candle_core::safetensors::load_buffer(input, &Device::Cpu) {
                for t in all.values() {
                    let _ = t.to_dtype(DType::F32);
                }
            }
            verified.into()
        }),
    })
}

/// A header of random dtypes and shapes over `names` and made-up names, data sized right or
/// not.
fn random_safetensors(rng: &mut Rng, names: &[(String, Vec<usize>)]) -> Vec<u8> {
    let n = rng.small(6);
    let tensors: Vec<(String, &str, Vec<usize>)> = (0..n)
        .map(|i| {
            let name = match rng.pick(names) {
                Some((name, _)) if rng.chance(2) => name.clone(),
                _ => format!("t{i}"),
            };
            let dims = rng.small(4);
            let shape = (0..dims).map(|_| [0, 1, 2, 3, 7, 16][rng.below(6)]).collect();
            (name, DTYPES[rng.below(DTYPES.len())], shape)
        })
        .collect();
    let mut bytes = safetensors_bytes(&tensors);
    if rng.chance(4) {
        let cut = rng.below(bytes.len() + 1);
        bytes.truncate(cut);
    }
    bytes
}

/// `model.safetensors.index.json` of a sharded checkpoint: the engine's checkpoint resolution
/// (`Checkpoint::resolve` of a local directory, the acoustic model's loader) reads it; an
/// accepted index must name only files inside the checkpoint directory.
pub fn shard_index() -> anyhow::Result<Target> {
    let cfg = Qwen3TtsConfig::from_file(&shared("hf/Qwen3-TTS-12Hz-0.6B-CustomVoice/config.json"))?;
    let names: Vec<String> =
        acoustic_model::expected_tensors(&cfg).into_iter().map(|(n, _)| n).collect();
    // As the hub writes them: every tensor of the model mapped to one of its shards.
    let index = |shards: usize| {
        let map: serde_json::Map<String, serde_json::Value> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let shard =
                    format!("model-{:05}-of-{shards:05}.safetensors", 1 + i * shards / names.len());
                (n.clone(), serde_json::Value::String(shard))
            })
            .collect();
        serde_json::json!({"metadata": {"total_size": 1_823_664_128u64}, "weight_map": map})
            .to_string()
            .into_bytes()
    };
    let seeds = vec![
        index(1),
        index(2),
        br#"{"weight_map": {"a": "model.safetensors", "b": "sub/model-2.safetensors"}}"#.to_vec(),
    ];
    let dict = json_dict(
        &[],
        &[
            "\"../model.safetensors\"",
            "\"/etc/hostname\"",
            "\".\"",
            "\"\"",
            "\"a/../b\"",
            "\"weight_map\"",
            "\"metadata\"",
        ],
    );
    let scratch =
        std::cell::RefCell::new(Scratch::in_dir("shards", tts_core::checkpoint::WEIGHTS_INDEX)?);
    Ok(Target {
        name: "shard-index",
        about: "model.safetensors.index.json: Checkpoint::resolve (local) + acoustic_model::weight_files",
        seeds,
        dict,
        json: true,
        max_len: 256 << 10,
        generate: None,
        run: Box::new(move |input| {
            let mut scratch = scratch.borrow_mut();
            let Some(dir) = scratch.write(input).ok().and_then(Path::parent) else {
                return Verdict::Refused;
            };
            let spec = dir.to_string_lossy();
            let _ = tts_core::checkpoint::Checkpoint::resolve(
                &spec,
                tts_core::checkpoint::Components::MODEL_AND_CODEC,
            );
            let Ok(files) = acoustic_model::weight_files(dir) else { return Verdict::Refused };
            // The property the loader promises, checked: nothing outside the directory.
            for f in &files {
                let rest = f.strip_prefix(dir).expect("a shard outside the checkpoint directory");
                assert!(
                    rest.components().all(|c| matches!(c, std::path::Component::Normal(_))),
                    "shard {} escapes the checkpoint directory",
                    f.display()
                );
            }
            Verdict::Accepted
        }),
    })
}
