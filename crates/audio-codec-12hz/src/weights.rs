//! The tensors a `speech_tokenizer/model.safetensors` must hold, derived from its config.
//!
//! Names follow the reference state dict (`Qwen3TTSTokenizerV2Model`: `decoder.*` from
//! `qwen_tts/core/tokenizer_12hz/modeling_qwen3_tts_tokenizer_v2.py`, `encoder.*` from
//! transformers `MimiModel` without its decoder half). Conv1d weights are `[out, in, k]`,
//! ConvTranspose1d `[in, out, k]`, Linear `[out, in]`.

use crate::config::{CodecConfig, DecoderConfig, EncoderConfig};

/// A tensor name and its shape.
pub type TensorSpec = (String, Vec<usize>);

/// Every tensor of the codec checkpoint (decoder, then encoder).
pub fn expected_tensors(cfg: &CodecConfig) -> Vec<TensorSpec> {
    let mut out = Vec::new();
    decoder_tensors(&cfg.decoder_config, &mut out);
    encoder_tensors(&cfg.encoder_config, &mut out);
    out
}

fn push(out: &mut Vec<TensorSpec>, name: String, shape: &[usize]) {
    out.push((name, shape.to_vec()));
}

fn with_bias(out: &mut Vec<TensorSpec>, prefix: String, shape: &[usize], bias: usize) {
    push(out, format!("{prefix}.weight"), shape);
    push(out, format!("{prefix}.bias"), &[bias]);
}

fn decoder_tensors(d: &DecoderConfig, out: &mut Vec<TensorSpec>) {
    let (cs, cd, vq) = (d.codebook_size, d.codebook_dim, d.codebook_dim / 2);
    // Split RVQ: one semantic codebook, num_quantizers - 1 acoustic ones.
    for (part, layers) in [("rvq_first", 1), ("rvq_rest", d.num_quantizers - 1)] {
        let p = format!("decoder.quantizer.{part}");
        for g in 0..layers {
            push(out, format!("{p}.vq.layers.{g}._codebook.embedding_sum"), &[cs, vq]);
            push(out, format!("{p}.vq.layers.{g}._codebook.cluster_usage"), &[cs]);
        }
        push(out, format!("{p}.input_proj.weight"), &[vq, cd, 1]);
        push(out, format!("{p}.output_proj.weight"), &[cd, vq, 1]);
    }
    let latent = d.latent_dim;
    with_bias(out, "decoder.pre_conv.conv".into(), &[latent, cd, 3], latent);

    let p = "decoder.pre_transformer";
    let (h, q, kv) =
        (d.hidden_size, d.num_attention_heads * d.head_dim(), d.num_key_value_heads * d.head_dim());
    with_bias(out, format!("{p}.input_proj"), &[h, latent], h);
    for l in 0..d.num_hidden_layers {
        let lp = format!("{p}.layers.{l}");
        push(out, format!("{lp}.input_layernorm.weight"), &[h]);
        push(out, format!("{lp}.post_attention_layernorm.weight"), &[h]);
        push(out, format!("{lp}.self_attn.q_proj.weight"), &[q, h]);
        push(out, format!("{lp}.self_attn.k_proj.weight"), &[kv, h]);
        push(out, format!("{lp}.self_attn.v_proj.weight"), &[kv, h]);
        push(out, format!("{lp}.self_attn.o_proj.weight"), &[h, q]);
        if d.attention_bias {
            push(out, format!("{lp}.self_attn.q_proj.bias"), &[q]);
            push(out, format!("{lp}.self_attn.k_proj.bias"), &[kv]);
            push(out, format!("{lp}.self_attn.v_proj.bias"), &[kv]);
            push(out, format!("{lp}.self_attn.o_proj.bias"), &[h]);
        }
        push(out, format!("{lp}.self_attn_layer_scale.scale"), &[h]);
        push(out, format!("{lp}.mlp_layer_scale.scale"), &[h]);
        push(out, format!("{lp}.mlp.gate_proj.weight"), &[d.intermediate_size, h]);
        push(out, format!("{lp}.mlp.up_proj.weight"), &[d.intermediate_size, h]);
        push(out, format!("{lp}.mlp.down_proj.weight"), &[h, d.intermediate_size]);
    }
    push(out, format!("{p}.norm.weight"), &[h]);
    with_bias(out, format!("{p}.output_proj"), &[latent, h], latent);

    // ConvNeXt upsampling stages: transposed conv k = s = ratio, then a ConvNeXt block.
    for (s, &ratio) in d.upsampling_ratios.iter().enumerate() {
        let sp = format!("decoder.upsample.{s}");
        with_bias(out, format!("{sp}.0.conv"), &[latent, latent, ratio], latent);
        with_bias(out, format!("{sp}.1.dwconv.conv"), &[latent, 1, 7], latent);
        with_bias(out, format!("{sp}.1.norm"), &[latent], latent);
        with_bias(out, format!("{sp}.1.pwconv1"), &[4 * latent, latent], 4 * latent);
        with_bias(out, format!("{sp}.1.pwconv2"), &[latent, 4 * latent], latent);
        push(out, format!("{sp}.1.gamma"), &[latent]);
    }

    // BigVGAN-style stack: stem conv, one block per rate (channels halve), Snake, final conv.
    let mut ch = d.decoder_dim;
    with_bias(out, "decoder.decoder.0.conv".into(), &[ch, latent, 7], ch);
    for (i, &r) in d.upsample_rates.iter().enumerate() {
        let bp = format!("decoder.decoder.{}.block", i + 1);
        let c_out = ch / 2;
        push(out, format!("{bp}.0.alpha"), &[ch]);
        push(out, format!("{bp}.0.beta"), &[ch]);
        with_bias(out, format!("{bp}.1.conv"), &[ch, c_out, 2 * r], c_out);
        for u in 2..5 {
            for act in ["act1", "act2"] {
                push(out, format!("{bp}.{u}.{act}.alpha"), &[c_out]);
                push(out, format!("{bp}.{u}.{act}.beta"), &[c_out]);
            }
            with_bias(out, format!("{bp}.{u}.conv1.conv"), &[c_out, c_out, 7], c_out);
            with_bias(out, format!("{bp}.{u}.conv2.conv"), &[c_out, c_out, 1], c_out);
        }
        ch = c_out;
    }
    let n = d.upsample_rates.len();
    push(out, format!("decoder.decoder.{}.alpha", n + 1), &[ch]);
    push(out, format!("decoder.decoder.{}.beta", n + 1), &[ch]);
    with_bias(out, format!("decoder.decoder.{}.conv", n + 2), &[1, ch, 7], 1);
}

fn encoder_tensors(e: &EncoderConfig, out: &mut Vec<TensorSpec>) {
    // SEANet encoder (`MimiEncoder`): layer indices count the parameter-free ELUs too.
    let p = "encoder.encoder.layers";
    let mut idx = 0;
    let mut ch = e.num_filters;
    with_bias(out, format!("{p}.{idx}.conv"), &[ch, e.audio_channels, e.kernel_size], ch);
    idx += 1;
    for &ratio in e.upsampling_ratios.iter().rev() {
        for _ in 0..e.num_residual_layers {
            let hidden = ch / e.compress;
            with_bias(
                out,
                format!("{p}.{idx}.block.1.conv"),
                &[hidden, ch, e.residual_kernel_size],
                hidden,
            );
            with_bias(out, format!("{p}.{idx}.block.3.conv"), &[ch, hidden, 1], ch);
            if e.use_conv_shortcut {
                with_bias(out, format!("{p}.{idx}.shortcut.conv"), &[ch, ch, 1], ch);
            }
            idx += 1;
        }
        idx += 1; // ELU
        with_bias(out, format!("{p}.{idx}.conv"), &[2 * ch, ch, 2 * ratio], 2 * ch);
        ch *= 2;
        idx += 1;
    }
    idx += 1; // ELU
    with_bias(
        out,
        format!("{p}.{idx}.conv"),
        &[e.hidden_size, ch, e.last_kernel_size],
        e.hidden_size,
    );

    let h = e.hidden_size;
    let (q, kv) = (e.num_attention_heads * e.head_dim(), e.num_key_value_heads * e.head_dim());
    for l in 0..e.num_hidden_layers {
        let lp = format!("encoder.encoder_transformer.layers.{l}");
        push(out, format!("{lp}.self_attn.q_proj.weight"), &[q, h]);
        push(out, format!("{lp}.self_attn.k_proj.weight"), &[kv, h]);
        push(out, format!("{lp}.self_attn.v_proj.weight"), &[kv, h]);
        push(out, format!("{lp}.self_attn.o_proj.weight"), &[h, q]);
        push(out, format!("{lp}.mlp.fc1.weight"), &[e.intermediate_size, h]);
        push(out, format!("{lp}.mlp.fc2.weight"), &[h, e.intermediate_size]);
        with_bias(out, format!("{lp}.input_layernorm"), &[h], h);
        with_bias(out, format!("{lp}.post_attention_layernorm"), &[h], h);
        push(out, format!("{lp}.self_attn_layer_scale.scale"), &[h]);
        push(out, format!("{lp}.mlp_layer_scale.scale"), &[h]);
    }
    push(out, "encoder.downsample.conv.weight".into(), &[h, h, e.downsample_kernel()]);

    let (cs, vq) = (e.codebook_size, e.codebook_dim);
    let vq_in = e.vector_quantization_hidden_dimension();
    let semantic = e.num_semantic_quantizers;
    for (part, layers) in [
        ("semantic_residual_vector_quantizer", semantic),
        ("acoustic_residual_vector_quantizer", e.num_quantizers - semantic),
    ] {
        let qp = format!("encoder.quantizer.{part}");
        for g in 0..layers {
            push(out, format!("{qp}.layers.{g}.codebook.initialized"), &[1]);
            push(out, format!("{qp}.layers.{g}.codebook.cluster_usage"), &[cs]);
            push(out, format!("{qp}.layers.{g}.codebook.embed_sum"), &[cs, vq]);
        }
        push(out, format!("{qp}.input_proj.weight"), &[vq_in, h, 1]);
        push(out, format!("{qp}.output_proj.weight"), &[h, vq_in, 1]);
    }
}
