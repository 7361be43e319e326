"""Codec (Qwen3TTSTokenizerV2, 12 Hz) goldens on checkpoints/tiny-codec (codec.md 8).

Decoder: reference decode() (chunked: 300-frame chunks, 25 frames left context),
one full decoder pass, per-stage activations of a 40-frame pass, and a -1-padded
batch decode. Encoder: codes for a slice of real speech, with the Mimi
intermediate activations and the quantizer distance margins.
Eager attention, float32, CPU.
"""

from __future__ import annotations

import numpy as np
import torch

from common import FIXTURES, GLOBAL_SEED, MARGIN_MIN, gen, register, sha256_file, write_json, write_tensors
import build_checkpoints as bc
from speaker_goldens import load_clip
from common import AUDIO_DIR

OUT = FIXTURES / "codec"
ENC_CLIP = "voiceclone-icl.wav"
# Lengths are not multiples of 12, so the ceil() trimming of the last frame is exercised.
ENC_LONG_START = 24000
ENC_LONG_LEN = 12010  # ~0.5 s -> 1001 frames at the tiny codec's 12 samples/frame
ENC_SHORT_START0 = 24000
ENC_SHORT_STEP = 240
ENC_SHORT_LEN = 610  # ~25 ms -> 51 frames


def encode_slice(model, start, length, nq):
    audio = load_clip(ENC_CLIP, start, length)
    assert len(audio) == length
    return encode_audio(model, audio, nq)


def encode_audio(model, audio, nq):
    """The reference encoder on float32 samples at 24 kHz, with every stage's output and the
    nearest-vs-second-nearest distance gap of each codebook decision."""
    import types

    length = len(audio)
    wav = torch.from_numpy(audio)[None]
    mask = torch.ones_like(wav, dtype=torch.long)
    enc = model.encoder
    names = {"seanet": "encoder.encoder", "transformer": "encoder.encoder_transformer",
             "latent": "encoder.downsample"}
    acts, handles = hook_all(model, names)
    all_codes = {}
    orig = type(enc.quantizer).encode

    def q_encode(this, embeddings, num_quantizers=None):
        r = orig(this, embeddings, num_quantizers)
        all_codes["codes"] = r.transpose(0, 1).clone()  # [B, n_q, T]
        return r

    enc.quantizer.encode = types.MethodType(q_encode, enc.quantizer)
    try:
        out = model.encode(wav, mask, return_dict=True).audio_codes[0]
    finally:
        del enc.quantizer.encode
        for h in handles:
            h.remove()
    frames = -(-length // model.config.encode_downsample_rate)
    assert out.shape == (frames, nq), out.shape
    my_codes, gaps = quantizer_margins(enc, acts["latent"], nq)
    assert torch.equal(my_codes[:, :frames].T, out), "margin replica disagrees with reference"
    gaps = gaps[:, :frames].T.contiguous()  # [T, nq]
    deq = enc.quantizer.decode(out.T[None])
    t = {"wav": wav, "padding_mask": mask, "codes": out, "codes_all": all_codes["codes"],
         "distance_gaps": gaps, "dequantized": deq}
    t.update(acts)
    return {"tensors": t, "frames": frames, "gaps": gaps.min(0).values.tolist(), "min_gap": gaps.min().item(),
            "n_small": int((gaps < MARGIN_MIN).sum()),
            "n_frames_safe": int((gaps >= MARGIN_MIN).all(1).sum())}


def _out_tensor(o):
    if isinstance(o, torch.Tensor):
        return o
    if isinstance(o, (tuple, list)):
        return o[0]
    return o[0]  # ModelOutput


def hook_all(model, names):
    acts, handles = {}, []
    for key, n in names.items():
        mod = model.get_submodule(n)
        handles.append(mod.register_forward_hook(
            lambda m, i, o, key=key: acts.__setitem__(key, _out_tensor(o).detach().clone())))
    return acts, handles


def decoder_stage_names(dec):
    names = {"stage_pre_conv": "decoder.pre_conv",
             "stage_pre_transformer_input_proj": "decoder.pre_transformer.input_proj",
             "stage_pre_transformer": "decoder.pre_transformer"}
    for l in range(len(dec.pre_transformer.layers)):
        names[f"stage_pre_transformer_layer_{l}"] = f"decoder.pre_transformer.layers.{l}"
    for s in range(len(dec.upsample)):
        names[f"stage_upsample_{s}_0"] = f"decoder.upsample.{s}.0"
        names[f"stage_upsample_{s}_1"] = f"decoder.upsample.{s}.1"
    for i in range(len(dec.decoder)):
        names[f"stage_decoder_{i}"] = f"decoder.decoder.{i}"
    return names


def quantizer_margins(enc, latent, n_q):
    """Replicates MimiSplitResidualVectorQuantizer.encode to measure argmin gaps.

    Returns (codes [n_q, T], gaps [n_q, T]). Gap = 2nd-smallest minus
    smallest cdist distance (the reference argmins torch.cdist in f32).
    """
    q = enc.quantizer
    codes, gaps = [], []
    sem = q.semantic_residual_vector_quantizer
    ac = q.acoustic_residual_vector_quantizer

    def step(layer, x):  # x [B, D, T]
        cb = layer.codebook
        e = cb.embed_sum / cb.cluster_usage.clamp(min=cb.epsilon)[:, None]
        h = x.permute(0, 2, 1).reshape(-1, x.shape[1])
        d = torch.cdist(h[None].float(), e[None].float(), p=2)[0]
        two = torch.topk(d, 2, dim=-1, largest=False).values
        idx = d.argmin(-1)
        return idx, (two[:, 1] - two[:, 0]), e[idx].reshape(x.shape[0], x.shape[2], -1).permute(0, 2, 1)

    x = sem.input_proj(latent)
    idx, gap, _ = step(sem.layers[0], x)
    codes.append(idx)
    gaps.append(gap)
    r = ac.input_proj(latent)  # same latent, not the semantic residual
    for layer in ac.layers[: n_q - 1]:
        idx, gap, quant = step(layer, r)
        r = r - quant
        codes.append(idx)
        gaps.append(gap)
    return torch.stack(codes, 0), torch.stack(gaps, 0)


DOC = {
    "codes_650": "i64 [1, 650, 4]: random codes in [0, 64), layout [B, T, Q] as decode() takes them",
    "decode_650": "f32 [15600]: model.decode(codes_650) -- reference chunked decode (chunks [0,300), [300,600), [600,650) each recomputed from 25 frames earlier; two seams), clamped",
    "forward_650": "f32 [15600]: model.decoder(codes_650.transpose(1,2)) -- ONE full pass (what a stateful streaming decoder reproduces), clamped",
    "codes_40": "i64 [1, 40, 4]: codes_650[:, :40]",
    "forward_40": "f32 [960]: model.decoder(codes_40.transpose(1,2)) (clamped)",
    "stage_quantizer": "f32 [1, 16, 40]: decoder.quantizer.decode(codes) (codebook_dim 16)",
    "stage_pre_conv": "f32 [1, 24, 40]: causal conv k3 16->24",
    "stage_pre_transformer_input_proj": "f32 [1, 40, 16]: pre_transformer.input_proj output",
    "stage_pre_transformer_layer_{l}": "f32 [1, 40, 16]: output of pre_transformer layer l (sliding window 16)",
    "stage_pre_transformer": "f32 [1, 40, 24]: pre_transformer last_hidden_state (after final norm + output_proj)",
    "stage_upsample_{s}_0": "f32 [1, 24, T]: upsample stage s transposed conv (k=s=2) output",
    "stage_upsample_{s}_1": "f32 [1, 24, T]: upsample stage s ConvNeXt block output",
    "stage_decoder_0": "f32 [1, 16, 160]: decoder.decoder.0 causal conv k7 24->16",
    "stage_decoder_1": "f32 [1, 8, 480]: decoder block 1 (SnakeBeta, TransConv k6 s3, 3 residual units)",
    "stage_decoder_2": "f32 [1, 4, 960]: decoder block 2 (SnakeBeta, TransConv k4 s2, 3 residual units)",
    "stage_decoder_3": "f32 [1, 4, 960]: final SnakeBeta",
    "stage_decoder_4": "f32 [1, 1, 960]: final causal conv k7 4->1, PRE-clamp waveform",
    "codes_pad": "i64 [2, 50, 4]: batch for decode(): row 0 = 50 valid frames, row 1 = 37 valid frames then -1 padding",
    "decode_pad_0": "f32 [1200]: model.decode(codes_pad)[0] (50 frames * 24)",
    "decode_pad_1": "f32 [888]: model.decode(codes_pad)[1], trimmed to 37*24 samples (negative codes clamped to 0 before decoding)",
    "encode_{x}_wav": "f32 [1, N]: real speech input (24 kHz, PCM16/32768); long N = 12010, short N = 610",
    "encode_{x}_padding_mask": "i64 [1, N]: all ones (model.encode requires a mask)",
    "encode_{x}_codes": "i64 [ceil(N/12), 4]: model.encode(wav, padding_mask).audio_codes[0] -- the first 4 (encoder_valid_num_quantizers) of the 8 encoder quantizers, layout [T, Q]",
    "encode_{x}_codes_all": "i64 [1, 8, T]: all 8 encoder quantizer codes before slicing to 4",
    "encode_{x}_distance_gaps": "f32 [T, 4]: per argmin decision, 2nd-smallest minus smallest cdist distance (semantic quantizer in column 0, acoustic 1..3). Long slice: decisions with gap < 1e-3 may legitimately flip in another f32 implementation (and flip all later residual codes of that frame)",
    "encode_{x}_seanet": "f32 [1, 16, ceil(N/6)]: Mimi SEANet encoder output (encoder.encoder), 4 kHz frames",
    "encode_{x}_transformer": "f32 [1, ceil(N/6), 16]: encoder_transformer last_hidden_state (full causal attention: the config's sliding_window 250 is NOT applied under eager/sdpa; the long slice has 2002 frames > 250)",
    "encode_{x}_latent": "f32 [1, 16, T]: encoder.downsample output (k4 s2, replicate pad) = quantizer input",
    "encode_{x}_dequantized": "f32 [1, 16, T]: encoder.quantizer.decode(codes of the 4 kept quantizers) -- not used by the reference pipeline, a debugging aid",
}


def _doc(k):
    if k in DOC:
        return DOC[k]
    import re

    k2 = re.sub(r"_layer_\d+$", "_layer_{l}", k)
    k2 = re.sub(r"^encode_(long|short)_", "encode_{x}_", k2)
    k2 = re.sub(r"^stage_upsample_\d+_", "stage_upsample_{s}_", k2)
    return DOC[k2]


def run():
    model = bc.load_codec()
    dec = model.decoder
    g = gen(GLOBAL_SEED + 200)
    Q = model.config.decoder_config.num_quantizers
    up = model.config.decode_upsample_rate
    tensors = {}
    with torch.no_grad():
        codes = torch.randint(0, bc.CB, (1, 650, Q), generator=g)
        wav_dec = model.decode(codes).audio_values[0]
        wav_fwd = dec(codes.transpose(1, 2))[0, 0]
        assert wav_dec.shape[0] == 650 * up
        tensors.update(codes_650=codes, decode_650=wav_dec, forward_650=wav_fwd)
        seam = {
            "max_abs_diff_frames_lt_300": (wav_dec[: 300 * up] - wav_fwd[: 300 * up]).abs().max().item(),
            "max_abs_diff_frames_ge_300": (wav_dec[300 * up:] - wav_fwd[300 * up:]).abs().max().item(),
        }
        clip_frac = (wav_fwd.abs() >= 1.0).float().mean().item()

        c40 = codes[:, :40]
        acts, handles = hook_all(model, decoder_stage_names(dec))
        w40 = dec(c40.transpose(1, 2))[0, 0]
        for h in handles:
            h.remove()
        tensors.update(codes_40=c40, forward_40=w40, stage_quantizer=dec.quantizer.decode(c40.transpose(1, 2)))
        tensors.update(acts)
        pre = acts["stage_decoder_%d" % (len(dec.decoder) - 1)]
        assert torch.equal(pre.clamp(-1, 1)[0, 0], w40)

        a = torch.randint(0, bc.CB, (50, Q), generator=g)
        b = torch.randint(0, bc.CB, (37, Q), generator=g)
        padded = torch.full((2, 50, Q), -1, dtype=torch.long)
        padded[0] = a
        padded[1, :37] = b
        wp = model.decode(padded).audio_values
        assert wp[0].shape[0] == 50 * up and wp[1].shape[0] == 37 * up
        tensors.update(codes_pad=padded, decode_pad_0=wp[0], decode_pad_1=wp[1])
        pad_vs_single = (wp[1] - model.decode(b[None]).audio_values[0]).abs().max().item()

        # ---- encoder on real speech
        nq = model.config.encoder_valid_num_quantizers
        n_clip = len(load_clip(ENC_CLIP, 0, 10**9))
        # (a) long slice (~0.5 s, 1001 frames): no rejection possible at this many
        # argmins; per-decision distance gaps are dumped so tests can skip near-ties.
        long = encode_slice(model, ENC_LONG_START, ENC_LONG_LEN, nq)
        tensors.update({f"encode_long_{k}": v for k, v in long["tensors"].items()})
        # (b) short slice: offsets are tried until every argmin gap >= MARGIN_MIN,
        # so codes must match exactly.
        rejected = []
        for attempt in range(400):
            start = ENC_SHORT_START0 + attempt * ENC_SHORT_STEP
            assert start + ENC_SHORT_LEN <= n_clip
            short = encode_slice(model, start, ENC_SHORT_LEN, nq)
            if short["min_gap"] >= MARGIN_MIN:
                break
            rejected.append({"sample_start": start, "min_gap": short["min_gap"]})
        else:
            raise RuntimeError("no encoder slice with safe argmin margins")
        tensors.update({f"encode_short_{k}": v for k, v in short["tensors"].items()})

    write_tensors(OUT / "codec.safetensors", tensors)
    meta = {
        "checkpoint": "checkpoints/tiny-codec",
        "attn_implementation": "eager",
        "decode_upsample_rate": up,
        "encode_downsample_rate": model.config.encode_downsample_rate,
        "codes_seed": GLOBAL_SEED + 200,
        "chunked_decode": {"chunk_size": 300, "left_context_size": 25},
        "decode_vs_forward_650": seam,
        "forward_650_clipped_fraction": clip_frac,
        "decode_pad_1_vs_single_decode_max_abs_diff": pad_vs_single,
        "encode_clip_file": f"shared/data/reference-audio/trevors-qwen3-tts-rs/{ENC_CLIP}",
        "encode_clip_source_sha256": sha256_file(AUDIO_DIR / ENC_CLIP),
        "encode_long": {"sample_start": ENC_LONG_START, "sample_end": ENC_LONG_START + ENC_LONG_LEN,
                        "num_samples": ENC_LONG_LEN, "frames": long["frames"],
                        "min_gap_per_quantizer": long["gaps"],
                        "decisions_with_gap_below_margin_min": long["n_small"],
                        "frames_all_gaps_above_margin_min": long["n_frames_safe"]},
        "encode_short": {"sample_start": start, "sample_end": start + ENC_SHORT_LEN,
                         "num_samples": ENC_SHORT_LEN, "frames": short["frames"],
                         "min_gap_per_quantizer": short["gaps"], "rejected_starts": rejected,
                         "search": f"start = {ENC_SHORT_START0} + {ENC_SHORT_STEP}*i, first i with all gaps >= {MARGIN_MIN}"},
        "margin_min_required": MARGIN_MIN,
        "tensors": {k: {"shape": list(v.shape), "dtype": "f32" if v.is_floating_point() else "i64",
                        "meaning": _doc(k)} for k, v in sorted(tensors.items())},
    }
    write_json(OUT / "codec.json", meta)
    register("codec/codec.safetensors", {
        "what": "codec goldens on checkpoints/tiny-codec (decode/forward/per-stage/padded batch/real-speech encode)",
        "checkpoint": "checkpoints/tiny-codec",
        "tensors": meta["tensors"],
    })
    register("codec/codec.json", {"what": "metadata for codec/codec.safetensors", "keys": sorted(meta.keys())})
    print(f"  codec: seam {seam}, clipped {clip_frac:.3f}, pad-vs-single {pad_vs_single:.2e}, "
          f"enc long small-gap decisions {long['n_small']}, short start {start} (rejected {len(rejected)})")


if __name__ == "__main__":
    from common import setup_torch

    setup_torch()
    run()
