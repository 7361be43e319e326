"""Tiny random-weight checkpoints in the real Hugging Face layout.

Models are instantiated with the reference's own classes
(qwen_tts.core.models.Qwen3TTSForConditionalGeneration and
qwen_tts.core.Qwen3TTSTokenizerV2Model) from the config.json we write, then every
persistent tensor is re-drawn from a seeded generator (talker.md 8.2 step 2,
codec.md 8) and saved under the exact state_dict names the reference uses.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from common import (  # noqa: F401  (common installs the import stubs first)
    FIXTURES,
    GLOBAL_SEED,
    HF_DIR,
    copy_file,
    gen,
    rand,
    randn,
    register,
    save_state_dict,
    write_json,
)

import torch
from torch import nn
from safetensors.torch import load_file

from qwen_tts.core.models import Qwen3TTSConfig, Qwen3TTSForConditionalGeneration
from qwen_tts.core import Qwen3TTSTokenizerV2Config, Qwen3TTSTokenizerV2Model

CKPT = FIXTURES / "checkpoints"

# ---------------------------------------------------------------------------
# Tiny id space (talker.md 8.1). Codebook CB=64; talker vocab must be CB+1024
# because generate() hard-codes "suppress the last 1024 ids except EOS".
CB = 64
TALKER_VOCAB = CB + 1024
CODEC_IDS = {
    "codec_pad_id": CB + 0,
    "codec_bos_id": CB + 1,
    "codec_eos_token_id": CB + 2,
    "codec_think_id": CB + 6,
    "codec_nothink_id": CB + 7,
    "codec_think_bos_id": CB + 8,
    "codec_think_eos_id": CB + 9,
}
LANGS = {"english": CB + 16, "chinese": CB + 17, "russian": CB + 19}
DIALECTS = {"beijing_dialect": CB + 18}
SPEAKERS = {"alice": CB + 40, "bob": CB + 41}
SPK_IS_DIALECT = {"alice": False, "bob": "beijing_dialect"}

# Tiny text vocabulary (text_vocab_size 100) for the checkpoints that bypass the
# text tokenizer. Ordinary text tokens are drawn from [0, 90).
TINY_TEXT = {
    "text_vocab_size": 100,
    "im_start_token_id": 90,
    "im_end_token_id": 91,
    "tts_pad_token_id": 92,
    "tts_bos_token_id": 93,
    "tts_eos_token_id": 94,
    "assistant_token_id": 95,
    "newline_token_id": 96,  # not a config field; used to build templated ids
    "user_token_id": 97,  # not a config field; used to build instruct ids
    "ordinary_text_ids": [0, 90],
}
# Real Qwen2 text vocabulary (tiny-e2e): ids checked in talker.md 1.5.
REAL_TEXT = {
    "text_vocab_size": 151936,
    "im_start_token_id": 151644,
    "im_end_token_id": 151645,
    "tts_pad_token_id": 151671,
    "tts_bos_token_id": 151672,
    "tts_eos_token_id": 151673,
    "assistant_token_id": 77091,
}

REAL_CV = HF_DIR / "Qwen3-TTS-12Hz-1.7B-CustomVoice"
REAL_VD = HF_DIR / "Qwen3-TTS-12Hz-1.7B-VoiceDesign"
REAL_BASE = HF_DIR / "Qwen3-TTS-12Hz-0.6B-Base"
REAL_CODEC = HF_DIR / "Qwen3-TTS-Tokenizer-12Hz"

FINAL_CONV_SCALE = 0.032

# Weight seeds (fixed; the talker cases do their seed rejection on the inputs).
SEEDS = {
    "tiny-codec": GLOBAL_SEED + 1,
    "tiny-custom-voice": GLOBAL_SEED + 2,
    "tiny-voice-design": GLOBAL_SEED + 3,
    "tiny-base": GLOBAL_SEED + 4,
    # tiny-e2e: first seed tried; e2e_goldens.py rejects seeds with small margins.
    "tiny-e2e": GLOBAL_SEED + 100,
    # tiny-e2e-base: same, e2e_goldens.run_clone rejects seeds with small margins.
    "tiny-e2e-base": GLOBAL_SEED + 300,
}


def _load_real(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# Config dicts. They start from the real config.json so that the key set and
# nesting are exactly what a loader sees in the released checkpoints.


def tts_config_dict(model_type: str, cp_hidden: int, text: dict, text_hidden: int = 24,
                    model_size: str = "1b7") -> dict:
    template = {"custom_voice": REAL_CV, "voice_design": REAL_VD, "base": REAL_BASE}[model_type]
    cfg = _load_real(template / "config.json")
    cfg["tts_model_size"] = model_size
    cfg["tts_model_type"] = model_type
    for k in ("im_start_token_id", "im_end_token_id", "tts_pad_token_id", "tts_bos_token_id",
              "tts_eos_token_id", "assistant_token_id"):
        cfg[k] = text[k]
    t = cfg["talker_config"]
    t.update(CODEC_IDS)
    if model_type == "custom_voice":
        t["codec_language_id"] = {**LANGS, **DIALECTS}
        t["spk_id"] = dict(SPEAKERS)
        t["spk_is_dialect"] = dict(SPK_IS_DIALECT)
    else:  # real VoiceDesign/Base: no dialects, no named speakers
        t["codec_language_id"] = dict(LANGS)
        t["spk_id"] = {}
        t["spk_is_dialect"] = {}
    t.update({
        "head_dim": 16,  # != hidden/heads = 8: exercises explicit head_dim
        "hidden_size": 32,
        "intermediate_size": 64,
        "max_position_embeddings": 512,
        "num_attention_heads": 4,
        "num_code_groups": 4,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,
        "rope_scaling": {"interleaved": True, "mrope_section": [4, 2, 2], "rope_type": "default",
                         "type": "default"},
        "rope_theta": 1000000,
        "text_hidden_size": text_hidden,
        "text_vocab_size": text["text_vocab_size"],
        "vocab_size": TALKER_VOCAB,
    })
    cp = t["code_predictor_config"]
    cp.update({
        "head_dim": 8,
        "hidden_size": cp_hidden,
        "intermediate_size": 48,
        "layer_types": ["full_attention"] * 2,
        "max_position_embeddings": 64,
        "num_attention_heads": 4,
        "num_code_groups": 4,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,
        "rope_theta": 1000000,
        "vocab_size": CB,
    })
    if model_type == "base":
        # Full key set: the tiny values differ from every class default.
        cfg["speaker_encoder_config"] = {
            "mel_dim": 128,  # extract_speaker_embedding hard-codes a 128-bin mel
            "enc_dim": 32,  # must equal talker hidden (x-vector is a codec-track row)
            "enc_channels": [16, 16, 16, 16, 48],
            "enc_kernel_sizes": [5, 3, 3, 3, 1],
            "enc_dilations": [1, 2, 3, 4, 1],
            "enc_attention_channels": 8,
            "enc_res2net_scale": 4,
            "enc_se_channels": 8,
            "sample_rate": 24000,
        }
    return cfg


def codec_config_dict() -> dict:
    cfg = _load_real(REAL_CODEC / "config.json")
    cfg.update({
        "encoder_valid_num_quantizers": 4,  # == talker num_code_groups
        "decode_upsample_rate": 24,  # == 2*2*3*2, product of all decoder rates
        "encode_downsample_rate": 12,  # == 3*2 (SEANet) * 2 (downsample conv)
    })
    d = cfg["decoder_config"]
    d.update({
        "latent_dim": 24,
        "codebook_dim": 16,  # VQ dim 8
        "codebook_size": CB,
        "decoder_dim": 16,  # 16 -> 8 -> 4
        "hidden_size": 16,
        "intermediate_size": 32,
        "head_dim": 8,  # heads*head_dim = 32 != hidden
        "num_attention_heads": 4,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,  # GQA path
        "num_quantizers": 4,  # 1 first + 3 rest
        "sliding_window": 16,
        "upsample_rates": [3, 2],  # odd and even r
        "upsampling_ratios": [2, 2],
        "vector_quantization_hidden_dimension": 16,  # ignored by the reference
    })
    e = cfg["encoder_config"]
    e.update({
        "_frame_rate": 2000.0,  # 24000 / 12; makes the downsample conv k4 s2
        "codebook_dim": 8,
        "codebook_size": CB,
        "head_dim": 8,
        "hidden_size": 16,
        "intermediate_size": 32,
        "num_attention_heads": 2,
        "num_filters": 4,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,
        "num_quantizers": 8,
        "upsample_groups": 16,  # must divide hidden_size (unused upsample conv is built)
        "upsampling_ratios": [2, 3],  # encoder applies them reversed: stride 3 then 2
        "vector_quantization_hidden_dimension": 8,
    })
    return cfg


# ---------------------------------------------------------------------------
# Weight re-randomisation.


def _fan_in(mod: nn.Module, w: torch.Tensor) -> float:
    if isinstance(mod, nn.Linear):
        return w.shape[1]
    if isinstance(mod, nn.ConvTranspose1d):
        # weight [in, out/groups, k]; each output sample sees in * k/stride taps
        return w.shape[0] * w.shape[2] / mod.stride[0]
    if isinstance(mod, nn.Conv1d):
        return w.shape[1] * w.shape[2]
    raise TypeError(type(mod))


def randomize(model: nn.Module, seed: int, flavour: str) -> list[str]:
    """Fill every state_dict tensor from one seeded generator.

    flavour "tts": talker.md 8.2 step 2 -- matrices N(0,1/fan_in), embeddings N(0,1),
    norm weights 1+0.1N, biases 0.1N.
    flavour "codec": codec.md 8 -- weights N(0,1)/sqrt(fan_in), biases 0.1N, norm
    weights 1+0.2N, ConvNeXt gamma and LayerScale U[0.25,0.75], Snake alpha/beta
    0.3N, cluster_usage U[0.5,2] with every 7th row 1e-7 (hits the 1e-5 clamp),
    embedding_sum N(0,1) with every 7th row x1e-5.
    Returns the filled names (in fill order).
    """
    g = gen(seed)
    sd_names = set(model.state_dict().keys())
    filled: list[str] = []
    norm_std = 0.1 if flavour == "tts" else 0.2
    with torch.no_grad():
        for mname, mod in model.named_modules():
            cls = type(mod).__name__
            own = list(mod.named_parameters(recurse=False)) + list(mod.named_buffers(recurse=False))
            for pname, t in own:
                full = f"{mname}.{pname}" if mname else pname
                if full not in sd_names:
                    continue  # non-persistent buffers (rotary inv_freq)
                shape = tuple(t.shape)
                if pname == "bias":
                    new = randn(g, *shape, std=0.1)
                elif isinstance(mod, (nn.Linear, nn.Conv1d, nn.ConvTranspose1d)) and pname == "weight":
                    new = randn(g, *shape) / _fan_in(mod, t) ** 0.5
                elif isinstance(mod, nn.Embedding):
                    new = randn(g, *shape)
                elif "RMSNorm" in cls or isinstance(mod, nn.LayerNorm):
                    new = 1.0 + randn(g, *shape, std=norm_std)
                elif cls == "SnakeBeta":
                    new = randn(g, *shape, std=0.3)
                elif pname == "gamma" or "LayerScale" in cls:
                    new = rand(g, *shape, lo=0.25, hi=0.75)
                elif pname in ("embedding_sum", "embed_sum"):
                    new = randn(g, *shape)
                    new[::7] *= 1e-5
                elif pname == "cluster_usage":
                    new = rand(g, *shape, lo=0.5, hi=2.0)
                    new[::7] = 1e-7
                elif pname == "initialized":
                    new = torch.ones(shape)
                else:
                    raise RuntimeError(f"no randomisation rule for {full} ({cls}.{pname})")
                t.copy_(new.to(t.dtype))
                filled.append(full)
    missing = sd_names - set(filled)
    if missing:
        raise RuntimeError(f"tensors not randomised: {sorted(missing)}")
    return filled


# ---------------------------------------------------------------------------
# Builders


def make_codec_model(cfg_dict: dict) -> Qwen3TTSTokenizerV2Model:
    cfg = Qwen3TTSTokenizerV2Config.from_dict(copy.deepcopy(cfg_dict))
    # codec.md 8: eager attention for goldens
    model = Qwen3TTSTokenizerV2Model._from_config(cfg, attn_implementation="eager")
    return model.eval().float()


def build_codec() -> Path:
    out = CKPT / "tiny-codec"
    cfg = codec_config_dict()
    model = make_codec_model(cfg)
    randomize(model, SEEDS["tiny-codec"], "codec")
    with torch.no_grad():
        # codec.md 8 scales the final conv so only a few percent of samples clip.
        # Its factor 0.08 belongs to its own draw order; with this generator 0.08
        # clipped ~48% of samples, FINAL_CONV_SCALE clips ~5%.
        model.decoder.decoder[-1].conv.weight.mul_(FINAL_CONV_SCALE)
    write_json(out / "config.json", cfg)
    copy_file(REAL_CODEC / "preprocessor_config.json", out / "preprocessor_config.json")
    save_state_dict(out / "model.safetensors", model.state_dict())
    register("checkpoints/tiny-codec/config.json", {
        "what": "Tiny Qwen3TTSTokenizerV2 (12 Hz codec) config; key set of the real "
                "Qwen3-TTS-Tokenizer-12Hz/config.json with tiny values (codec.md 8).",
    })
    register("checkpoints/tiny-codec/preprocessor_config.json", {
        "what": "Byte copy of the real Qwen3-TTS-Tokenizer-12Hz/preprocessor_config.json "
                "(EncodecFeatureExtractor, 24 kHz).",
    })
    register("checkpoints/tiny-codec/model.safetensors", {
        "what": "Tiny codec weights, float32, reference state_dict names (encoder.* = Mimi, "
                "decoder.* = Qwen3TTSTokenizerV2Decoder). Seed %d. Recipe: codec.md 8 "
                "(see build_checkpoints.randomize, flavour 'codec'); decoder.decoder.3.conv.weight "
                "(final conv) scaled by %g after randomisation." % (SEEDS["tiny-codec"], FINAL_CONV_SCALE),
        "seed": SEEDS["tiny-codec"],
        "final_conv_scale": FINAL_CONV_SCALE,
    })
    return out


def load_codec(path: Path | None = None, attn: str = "eager") -> Qwen3TTSTokenizerV2Model:
    path = path or (CKPT / "tiny-codec")
    cfg_dict = json.loads((path / "config.json").read_text())
    cfg = Qwen3TTSTokenizerV2Config.from_dict(copy.deepcopy(cfg_dict))
    model = Qwen3TTSTokenizerV2Model._from_config(cfg, attn_implementation=attn).eval().float()
    sd = load_file(str(path / "model.safetensors"))
    model.load_state_dict(sd, strict=True)
    return model


def make_tts_model(cfg_dict: dict, attn: str = "eager") -> Qwen3TTSForConditionalGeneration:
    cfg = Qwen3TTSConfig.from_dict(copy.deepcopy(cfg_dict))
    cfg._attn_implementation = attn
    cfg.talker_config._attn_implementation = attn
    cfg.talker_config.code_predictor_config._attn_implementation = attn
    model = Qwen3TTSForConditionalGeneration(cfg)
    return model.eval().float()


def write_tts_checkpoint(name: str, cfg: dict, state_dict: dict, dtype=None, extra_files=(),
                         info: dict | None = None) -> Path:
    out = CKPT / name
    write_json(out / "config.json", cfg)
    copy_file(REAL_CV / "generation_config.json", out / "generation_config.json")
    copy_file(REAL_CV / "preprocessor_config.json", out / "preprocessor_config.json")
    save_state_dict(out / "model.safetensors", state_dict, dtype=dtype)
    codec = CKPT / "tiny-codec"
    for f in ("config.json", "preprocessor_config.json", "model.safetensors"):
        copy_file(codec / f, out / "speech_tokenizer" / f)
    for f in extra_files:
        copy_file(REAL_CV / f, out / f)
    info = info or {}
    register(f"checkpoints/{name}/config.json", {
        "what": "Tiny Qwen3TTSConfig (model_type qwen3_tts); key set of the real %s config.json "
                "with the tiny values of talker.md 8.1." % info.get("template", "?"),
        **{k: v for k, v in info.items() if k in ("summary",)},
    })
    register(f"checkpoints/{name}/generation_config.json", {
        "what": "Byte copy of the real generation_config.json (identical in all 5 checkpoints).",
    })
    register(f"checkpoints/{name}/preprocessor_config.json", {
        "what": "Byte copy of the real root preprocessor_config.json (Qwen3TTSProcessor, padding_side left).",
    })
    register(f"checkpoints/{name}/model.safetensors", {
        "what": "Tiny TTS weights with the reference's state_dict names (talker.*, "
                "talker.code_predictor.*, speaker_encoder.* for base).",
        "dtype": "bfloat16" if dtype == torch.bfloat16 else "float32",
        **{k: v for k, v in info.items() if k not in ("template", "summary")},
    })
    for f in ("config.json", "preprocessor_config.json", "model.safetensors"):
        register(f"checkpoints/{name}/speech_tokenizer/{f}", {
            "what": f"Byte copy of checkpoints/tiny-codec/{f}.",
        })
    for f in extra_files:
        register(f"checkpoints/{name}/{f}", {
            "what": "Byte copy of the real Qwen3-TTS-12Hz-1.7B-CustomVoice/%s (identical across all 5 "
                    "checkpoints)." % f,
        })
    return out


def load_tts(name: str, attn: str = "eager") -> Qwen3TTSForConditionalGeneration:
    """Load a tiny checkpoint the way talker.md 8.2 says: config -> direct ctor -> strict load."""
    path = CKPT / name
    cfg_dict = json.loads((path / "config.json").read_text())
    model = make_tts_model(cfg_dict, attn=attn)
    sd = load_file(str(path / "model.safetensors"))
    sd = {k: v.to(torch.float32) for k, v in sd.items()}
    model.load_state_dict(sd, strict=True)
    return model


def build_tts(name: str, model_type: str, cp_hidden: int, seed: int) -> Path:
    cfg = tts_config_dict(model_type, cp_hidden, TINY_TEXT)
    model = make_tts_model(cfg)
    randomize(model, seed, "tts")
    template = {"custom_voice": REAL_CV, "voice_design": REAL_VD, "base": REAL_BASE}[model_type].name
    return write_tts_checkpoint(name, cfg, model.state_dict(), info={
        "template": template,
        "seed": seed,
        "recipe": "talker.md 8.2 step 2 (build_checkpoints.randomize, flavour 'tts')",
        "tts_model_type": model_type,
        "code_predictor_hidden": cp_hidden,
        "small_to_mtp_projection": cp_hidden != 32,
    })


def build_all() -> None:
    build_codec()
    build_tts("tiny-custom-voice", "custom_voice", 24, SEEDS["tiny-custom-voice"])
    build_tts("tiny-voice-design", "voice_design", 24, SEEDS["tiny-voice-design"])
    build_tts("tiny-base", "base", 32, SEEDS["tiny-base"])


if __name__ == "__main__":
    from common import setup_torch

    setup_torch()
    build_all()
