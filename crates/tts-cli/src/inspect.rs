//! The `inspect` subcommand's report.

use serde_json::{Value, json};
use tts_core::Checkpoint;

/// What a user wants to know about a checkpoint before synthesizing with it.
pub fn summary(ckpt: &Checkpoint) -> Value {
    let mut out = json!({ "source": ckpt.source.to_string() });
    if let Some(cfg) = &ckpt.config {
        let t = &cfg.talker_config;
        let cp = &t.code_predictor_config;
        out["model_type"] = json!(cfg.tts_model_type.as_str());
        out["model_size"] = json!(cfg.tts_model_size);
        out["talker"] = json!({
            "hidden_size": t.hidden_size,
            "layers": t.num_hidden_layers,
            "heads": t.num_attention_heads,
            "kv_heads": t.num_key_value_heads,
            "head_dim": t.head_dim(),
            "vocab_size": t.vocab_size,
            "text_vocab_size": t.text_vocab_size,
            "num_code_groups": t.num_code_groups,
        });
        out["code_predictor"] = json!({
            "hidden_size": cp.hidden_size,
            "layers": cp.num_hidden_layers,
            "projection": cp.hidden_size != t.hidden_size,
        });
        out["speakers"] = json!(t.spk_id.keys().collect::<Vec<_>>());
        out["languages"] = json!(cfg.supported_languages());
        out["weights"] = json!(ckpt.files.weights);
    }
    if let Some(codec) = &ckpt.codec {
        out["codec"] = json!({
            "num_quantizers": codec.decoder_config.num_quantizers,
            "codebook_size": codec.decoder_config.codebook_size,
            "sample_rate": codec.output_sample_rate,
            "samples_per_frame": codec.decode_upsample_rate,
            "frame_rate_hz": codec.frame_rate(),
        });
    }
    out["tensors_verified"] = json!(true);
    out
}

pub fn render_text(s: &Value) -> String {
    let mut text = format!("checkpoint: {}\n", s["source"].as_str().unwrap_or("?"));
    for key in
        ["model_type", "model_size", "talker", "code_predictor", "speakers", "languages", "codec"]
    {
        if !s[key].is_null() {
            text.push_str(&format!("{key}: {}\n", s[key]));
        }
    }
    text.push_str("weights: every tensor present with the shape its config implies\n");
    text
}
