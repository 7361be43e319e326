"""Float64 truth for the codec decoder goldens (issue 10's exactness criterion).

The decoder's exactness criterion is: the waveform's distance to a float64 run of
the reference codec stays within 2x the reference's own float32 distance. This
module runs the reference decoder (checkpoints/tiny-codec, eager attention, CPU,
one thread, deterministic algorithms) on the codec goldens' codes twice:

* float32, as codec_goldens.py does (the clamped outputs equal forward_40 /
  forward_650 / decode_650 of codec.safetensors bit for bit only on a CPU that
  selects the same float32 kernels as the machine that made them, a Zen 3 with
  AVX2; elsewhere they are ~1e-5 away, which is checked (< 1e-4) and recorded);
* float64: the same model `.double()`, with the reference's three explicit float32
  casts lifted to float64 for the run (softmax(dtype=float32) in
  eager_attention_forward, the RoPE angles computed in float32 under a disabled
  autocast, and the float32 upcast in the RMSNorm); inv_freq is recomputed in
  float64 (the model computes it in float32 at construction).

Both runs record the waveform BEFORE the final clamp (a forward hook on the last
conv, decoder.decoder[-1]; for decode() the three chunk outputs minus their left
context, concatenated as chunked_decode does). ~5% of forward_650's samples
saturate, so distances are meant to be measured before the clamp; clamping the
stored tensors gives the reference outputs exactly (checked here).

Writes codec/codec_f64.safetensors (+ codec_f64.json). Entry points: generate.py
runs it after the codec goldens; `generate.sh --codec-f64-only` runs only this
module on the committed fixtures and adds its files to manifest.json in place,
leaving every other file untouched.
"""

from __future__ import annotations

import contextlib
import math

import torch
from safetensors.torch import load_file, save_file

from common import FIXTURES, register, write_json
import build_checkpoints as bc

OUT = FIXTURES / "codec"
F64_FILE = OUT / "codec_f64.safetensors"
F64_JSON = OUT / "codec_f64.json"
GOLDENS = OUT / "codec.safetensors"
WAVES = ("forward_40", "forward_650", "decode_650")

DOC = {
    "{w}_f64_unclamped": "f64 [N]: the reference decoder in float64 (model.double(), float32 casts lifted) on the "
                         "same codes and call as the f32 golden {w}, BEFORE the final clamp (clamp(-1, 1) of it is "
                         "the float64 reference output)",
    "{w}_f32_unclamped": "f32 [N]: the same call in float32 (the codec_goldens.py run), BEFORE the final clamp; "
                         "clamp(-1, 1) of it equals codec.safetensors' {w} bit for bit when generated on the "
                         "fixture machine's CPU, ~1e-5 away on others (distances.*.f32_rerun_vs_committed_golden_max_abs)",
}
CALLS = {
    "forward_40": "model.decoder(codes_40.transpose(1, 2)), one full pass, N = 960",
    "forward_650": "model.decoder(codes_650.transpose(1, 2)), one full pass, N = 15600",
    "decode_650": "model.decode(codes_650): chunked_decode(300, 25), three chunk passes, N = 15600",
}


def _doc(k: str) -> str:
    for w in WAVES:
        if k.startswith(w + "_"):
            return DOC[k.replace(w, "{w}", 1)].replace("{w}", w) + "; " + CALLS[w]
    raise KeyError(k)


# ---------------------------------------------------------------------------
# Lifting the reference's explicit float32 casts for the float64 run


@contextlib.contextmanager
def float64_math(model):
    """Within the block, the decoder's softmax, RoPE and RMSNorm compute in the input dtype."""
    from qwen_tts.core.tokenizer_12hz import modeling_qwen3_tts_tokenizer_v2 as m

    def eager_attention_forward(module, query, key, value, attention_mask, scaling, dropout=0.0, **kwargs):
        key_states = m.repeat_kv(key, module.num_key_value_groups)
        value_states = m.repeat_kv(value, module.num_key_value_groups)
        attn_weights = torch.matmul(query, key_states.transpose(2, 3)) * scaling
        if attention_mask is not None:
            attn_weights = attn_weights + attention_mask[:, :, :, : key_states.shape[-2]]
        attn_weights = torch.nn.functional.softmax(attn_weights, dim=-1, dtype=query.dtype)
        attn_output = torch.matmul(attn_weights, value_states).transpose(1, 2).contiguous()
        return attn_output, attn_weights

    def rope_forward(self, x, position_ids):
        inv = self.inv_freq.to(x.dtype)[None, :, None].expand(position_ids.shape[0], -1, 1)
        freqs = (inv @ position_ids[:, None, :].to(x.dtype)).transpose(1, 2)
        emb = torch.cat((freqs, freqs), dim=-1)
        return emb.cos() * self.attention_scaling, emb.sin() * self.attention_scaling

    def rms_forward(self, hidden_states):
        variance = hidden_states.pow(2).mean(-1, keepdim=True)
        return self.weight * (hidden_states * torch.rsqrt(variance + self.variance_epsilon))

    rope = model.decoder.pre_transformer.rotary_emb
    assert rope.rope_type == "default" and rope.attention_scaling == 1.0
    dim = rope.inv_freq.shape[0] * 2
    base = rope.config.rope_theta
    inv64 = 1.0 / (base ** (torch.arange(0, dim, 2, dtype=torch.float64) / dim))
    assert torch.allclose(inv64, rope.inv_freq.double(), rtol=1e-6)
    saved = (m.eager_attention_forward, m.Qwen3TTSTokenizerV2DecoderRotatoryEmbedding.forward,
             m.Qwen3TTSTokenizerV2DecoderRMSNorm.forward, rope.inv_freq)
    m.eager_attention_forward = eager_attention_forward
    m.Qwen3TTSTokenizerV2DecoderRotatoryEmbedding.forward = rope_forward
    m.Qwen3TTSTokenizerV2DecoderRMSNorm.forward = rms_forward
    rope.inv_freq = inv64
    try:
        yield
    finally:
        (m.eager_attention_forward, m.Qwen3TTSTokenizerV2DecoderRotatoryEmbedding.forward,
         m.Qwen3TTSTokenizerV2DecoderRMSNorm.forward, rope.inv_freq) = saved


# ---------------------------------------------------------------------------


def unclamped_waves(model, codes_650: torch.Tensor) -> dict:
    """{wave: (clamped output, pre-clamp waveform)} for the three calls, in the model's dtype."""
    dec = model.decoder
    up = model.config.decode_upsample_rate
    pre = []
    hook = dec.decoder[-1].register_forward_hook(lambda mod, i, o: pre.append(o.detach().clone()))
    out = {}
    try:
        with torch.no_grad():
            for name, codes in (("forward_40", codes_650[:, :40]), ("forward_650", codes_650)):
                pre.clear()
                wav = dec(codes.transpose(1, 2))[0, 0]
                assert len(pre) == 1
                out[name] = (wav, pre[0][0, 0])
            pre.clear()
            wav = model.decode(codes_650).audio_values[0]
            # chunked_decode's plan: [start - ctx, end) per 300-frame chunk, ctx frames dropped.
            t, start, pieces = codes_650.shape[1], 0, []
            while start < t:
                end = min(start + 300, t)
                ctx = 25 if start - 25 > 0 else start
                chunk = pre[len(pieces)][0, 0]
                assert chunk.shape[0] == (end - start + ctx) * up
                pieces.append(chunk[ctx * up:])
                start = end
            assert len(pieces) == len(pre) == 3
            out["decode_650"] = (wav, torch.cat(pieces))
    finally:
        hook.remove()
    for name, (wav, p) in out.items():
        assert torch.equal(p.clamp(-1, 1), wav), name
    return out


def distances(a: torch.Tensor, truth: torch.Tensor) -> dict:
    d = a.double() - truth
    return {"max_abs": d.abs().max().item(), "rms": math.sqrt(d.pow(2).mean().item())}


def run() -> dict:
    # Building a model draws its (overwritten) initial weights from the global RNG: keep the
    # generators that run after this one on the stream they would see without it.
    with torch.random.fork_rng(devices=[]):
        return _run()


def _run() -> dict:
    goldens = load_file(str(GOLDENS))
    codes = goldens["codes_650"]
    assert torch.equal(codes[:, :40], goldens["codes_40"])

    model32 = bc.load_codec()
    assert next(model32.parameters()).dtype == torch.float32
    w32 = unclamped_waves(model32, codes)
    # Bit-identical to codec.safetensors on the machine that made it (x86-64 Zen 3, AVX2); other
    # CPUs pick other float32 kernels (e.g. AVX-512) and land ~1e-5 away. Recorded below.
    rerun = {name: (wav - goldens[name]).abs().max().item() for name, (wav, _) in w32.items()}
    assert max(rerun.values()) < 1e-4, rerun

    # The .double() run with the reference's float32 casts left in (information only).
    model_d = bc.load_codec().double()
    w_casts = unclamped_waves(model_d, codes)
    model64 = bc.load_codec().double()
    with float64_math(model64):
        w64 = unclamped_waves(model64, codes)
    assert all(p.dtype == torch.float64 for _, p in w64.values())

    tensors, dist = {}, {}
    for name in WAVES:
        p32, p64 = w32[name][1], w64[name][1]
        tensors[f"{name}_f32_unclamped"] = p32.contiguous()
        tensors[f"{name}_f64_unclamped"] = p64.contiguous()
        dist[name] = {
            "reference_f32_vs_f64_unclamped": distances(p32, p64),
            "reference_f32_vs_f64_clamped": distances(p32.clamp(-1, 1), p64.clamp(-1, 1)),
            "f64_with_reference_f32_casts_vs_f64_unclamped": distances(w_casts[name][1], p64),
            "committed_golden_vs_f64_clamped": distances(goldens[name], p64.clamp(-1, 1)),
            "f32_rerun_vs_committed_golden_max_abs": rerun[name],
            "f64_saturated_fraction": (p64.abs() >= 1.0).double().mean().item(),
            "f64_peak_abs_unclamped": p64.abs().max().item(),
        }
    # The committed pre-clamp waveform of the 40-frame pass (stage_decoder_4) against the truth.
    dist["forward_40"]["committed_golden_vs_f64_unclamped"] = distances(
        goldens["stage_decoder_4"][0, 0], w64["forward_40"][1])

    F64_FILE.parent.mkdir(parents=True, exist_ok=True)
    save_file({k: tensors[k].detach().cpu().contiguous().clone() for k in sorted(tensors)}, str(F64_FILE))
    meta = {
        "checkpoint": "checkpoints/tiny-codec",
        "codes": "codec/codec.safetensors: codes_650, codes_40 (= codes_650[:, :40])",
        "attn_implementation": "eager",
        "torch_settings": {"device": "cpu", "num_threads": 1, "use_deterministic_algorithms": True,
                           "cpu_capability": torch.backends.cpu.get_cpu_capability()},
        "float64_run": "bc.load_codec().double(); for the run the reference's explicit float32 casts compute in "
                       "float64: eager_attention_forward's softmax(dtype=float32), the RoPE angles (float32 "
                       "under autocast(enabled=False)), the RMSNorm's float32 upcast; inv_freq recomputed in "
                       "float64",
        "unclamped": "captured with a forward hook on decoder.decoder[-1] (the final causal conv k7 -> 1); "
                     "decode_650: the three chunk outputs minus their left context (25 frames for chunks 2, 3), "
                     "concatenated; clamp(-1, 1) of each stored tensor equals the call's output (checked)",
        "criterion": "ours vs *_f64_unclamped <= 2 x *_f32_unclamped vs *_f64_unclamped, max-abs and RMS "
                     "(issue 10; crates/audio-codec-12hz/tests/decoder_f64.rs)",
        "distances": dist,
        "tensors": {k: {"shape": list(v.shape), "dtype": "f64" if v.dtype == torch.float64 else "f32",
                        "meaning": _doc(k)} for k, v in sorted(tensors.items())},
    }
    write_json(F64_JSON, meta)
    register("codec/codec_f64.safetensors", {
        "what": "float64 truth for the codec decoder: the reference decoder in float64 and in float32 on the codec "
                "goldens' codes (forward_40, forward_650, decode_650), pre-clamp waveforms",
        "checkpoint": "checkpoints/tiny-codec",
        "tensors": meta["tensors"],
    })
    register("codec/codec_f64.json", {"what": "metadata for codec/codec_f64.safetensors (incl. the reference's "
                                              "own f32-vs-f64 distances)", "keys": sorted(meta.keys())})
    for name in WAVES:
        r = dist[name]["reference_f32_vs_f64_unclamped"]
        c = dist[name]["f64_with_reference_f32_casts_vs_f64_unclamped"]
        print(f"  codec f64: {name}: reference f32 vs f64 max-abs {r['max_abs']:.3e} rms {r['rms']:.3e}; "
              f".double() with f32 casts vs f64 max-abs {c['max_abs']:.3e}")
    return dist


def run_only() -> None:
    """Regenerate only codec_f64.* on top of the committed fixtures and update manifest.json in place."""
    import json
    import shutil

    import generate
    from common import _MANIFEST_DIR

    manifest_path = FIXTURES / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if _MANIFEST_DIR.exists():
        shutil.rmtree(_MANIFEST_DIR)
    run()
    for rel in ("codec/codec_f64.safetensors", "codec/codec_f64.json"):
        part = _MANIFEST_DIR / (rel.replace("/", "__") + ".json")
        info = json.loads(part.read_text(encoding="utf-8"))["info"]
        manifest["files"][rel] = generate.file_entry(FIXTURES / rel, rel, info)
    shutil.rmtree(_MANIFEST_DIR)
    write_json(manifest_path, manifest)
    shutil.copyfile(generate.HERE / "FIXTURES_README.md", FIXTURES / "README.md")
