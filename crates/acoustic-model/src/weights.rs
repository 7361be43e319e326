//! The tensors a Qwen3-TTS `model.safetensors` must hold, derived from its config.
//!
//! Names and shapes follow the reference state dict (`Qwen3TTSForConditionalGeneration`, see
//! `qwen_tts/core/models/modeling_qwen3_tts.py`): Linear weights are `[out, in]`, Conv1d weights
//! `[out, in, k]`. The loader checks a checkpoint against this list so a mismatched file fails
//! with the offending names instead of deep inside a forward pass.

use crate::config::{CodePredictorConfig, Qwen3TtsConfig, SpeakerEncoderConfig, TalkerConfig};

/// A tensor name and its shape.
pub type TensorSpec = (String, Vec<usize>);

/// Every tensor of the checkpoint, in a stable order.
pub fn expected_tensors(cfg: &Qwen3TtsConfig) -> Vec<TensorSpec> {
    let t = &cfg.talker_config;
    let mut out = Vec::new();
    talker_tensors(t, &mut out);
    code_predictor_tensors(t, &t.code_predictor_config, &mut out);
    if cfg.has_speaker_encoder() {
        speaker_encoder_tensors(&cfg.speaker_encoder_config, &mut out);
    }
    out
}

struct DecoderDims {
    hidden: usize,
    intermediate: usize,
    heads: usize,
    kv_heads: usize,
    head_dim: usize,
    layers: usize,
    bias: bool,
}

/// Qwen3-style decoder layers plus the final norm, shared by the talker and the code predictor.
fn decoder_stack(prefix: &str, d: &DecoderDims, out: &mut Vec<TensorSpec>) {
    let (h, q, kv) = (d.hidden, d.heads * d.head_dim, d.kv_heads * d.head_dim);
    for l in 0..d.layers {
        let p = format!("{prefix}.layers.{l}");
        out.push((format!("{p}.input_layernorm.weight"), vec![h]));
        out.push((format!("{p}.post_attention_layernorm.weight"), vec![h]));
        for (name, rows, cols) in
            [("q_proj", q, h), ("k_proj", kv, h), ("v_proj", kv, h), ("o_proj", h, q)]
        {
            out.push((format!("{p}.self_attn.{name}.weight"), vec![rows, cols]));
            if d.bias {
                out.push((format!("{p}.self_attn.{name}.bias"), vec![rows]));
            }
        }
        out.push((format!("{p}.self_attn.q_norm.weight"), vec![d.head_dim]));
        out.push((format!("{p}.self_attn.k_norm.weight"), vec![d.head_dim]));
        out.push((format!("{p}.mlp.gate_proj.weight"), vec![d.intermediate, h]));
        out.push((format!("{p}.mlp.up_proj.weight"), vec![d.intermediate, h]));
        out.push((format!("{p}.mlp.down_proj.weight"), vec![h, d.intermediate]));
    }
    out.push((format!("{prefix}.norm.weight"), vec![h]));
}

fn talker_tensors(t: &TalkerConfig, out: &mut Vec<TensorSpec>) {
    let (d, td) = (t.hidden_size, t.text_hidden_size);
    out.push(("talker.model.codec_embedding.weight".into(), vec![t.vocab_size, d]));
    out.push(("talker.model.text_embedding.weight".into(), vec![t.text_vocab_size, td]));
    let dims = DecoderDims {
        hidden: d,
        intermediate: t.intermediate_size,
        heads: t.num_attention_heads,
        kv_heads: t.num_key_value_heads,
        head_dim: t.head_dim(),
        layers: t.num_hidden_layers,
        bias: t.attention_bias,
    };
    decoder_stack("talker.model", &dims, out);
    // Qwen3TTSTalkerResizeMLP(text_hidden, text_hidden, hidden, bias=True).
    out.push(("talker.text_projection.linear_fc1.weight".into(), vec![td, td]));
    out.push(("talker.text_projection.linear_fc1.bias".into(), vec![td]));
    out.push(("talker.text_projection.linear_fc2.weight".into(), vec![d, td]));
    out.push(("talker.text_projection.linear_fc2.bias".into(), vec![d]));
    out.push(("talker.codec_head.weight".into(), vec![t.vocab_size, d]));
}

fn code_predictor_tensors(t: &TalkerConfig, c: &CodePredictorConfig, out: &mut Vec<TensorSpec>) {
    let p = "talker.code_predictor";
    // The residual-codebook embeddings are talker-sized: they feed the talker input sum.
    for g in 0..c.num_code_groups - 1 {
        out.push((
            format!("{p}.model.codec_embedding.{g}.weight"),
            vec![c.vocab_size, t.hidden_size],
        ));
    }
    let dims = DecoderDims {
        hidden: c.hidden_size,
        intermediate: c.intermediate_size,
        heads: c.num_attention_heads,
        kv_heads: c.num_key_value_heads(),
        head_dim: c.head_dim,
        layers: c.num_hidden_layers,
        bias: c.attention_bias,
    };
    decoder_stack(&format!("{p}.model"), &dims, out);
    for g in 0..c.num_code_groups - 1 {
        out.push((format!("{p}.lm_head.{g}.weight"), vec![c.vocab_size, c.hidden_size]));
    }
    // Identity (no weights) when the sizes agree, as for 0.6B.
    if c.hidden_size != t.hidden_size {
        out.push((
            format!("{p}.small_to_mtp_projection.weight"),
            vec![c.hidden_size, t.hidden_size],
        ));
        out.push((format!("{p}.small_to_mtp_projection.bias"), vec![c.hidden_size]));
    }
}

fn conv(name: String, out_ch: usize, in_ch: usize, k: usize, out: &mut Vec<TensorSpec>) {
    out.push((format!("{name}.weight"), vec![out_ch, in_ch, k]));
    out.push((format!("{name}.bias"), vec![out_ch]));
}

/// ECAPA-TDNN (`Qwen3TTSSpeakerEncoder`); no BatchNorm, every conv has a bias.
fn speaker_encoder_tensors(s: &SpeakerEncoderConfig, out: &mut Vec<TensorSpec>) {
    let p = "speaker_encoder";
    let ch = &s.enc_channels;
    let k = &s.enc_kernel_sizes;
    let n = ch.len();
    conv(format!("{p}.blocks.0.conv"), ch[0], s.mel_dim, k[0], out);
    for i in 1..n - 1 {
        let b = format!("{p}.blocks.{i}");
        let sub = ch[i] / s.enc_res2net_scale;
        conv(format!("{b}.tdnn1.conv"), ch[i], ch[i - 1], 1, out);
        for j in 0..s.enc_res2net_scale - 1 {
            conv(format!("{b}.res2net_block.blocks.{j}.conv"), sub, sub, k[i], out);
        }
        conv(format!("{b}.tdnn2.conv"), ch[i], ch[i], 1, out);
        conv(format!("{b}.se_block.conv1"), s.enc_se_channels, ch[i], 1, out);
        conv(format!("{b}.se_block.conv2"), ch[i], s.enc_se_channels, 1, out);
    }
    let last = ch[n - 1];
    conv(format!("{p}.mfa.conv"), last, last, k[n - 1], out);
    conv(format!("{p}.asp.tdnn.conv"), s.enc_attention_channels, 3 * last, 1, out);
    conv(format!("{p}.asp.conv"), last, s.enc_attention_channels, 1, out);
    conv(format!("{p}.fc"), s.enc_dim, 2 * last, 1, out);
}
