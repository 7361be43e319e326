"""The codec encoder in bfloat16: the reference's own half-precision error, as a yardstick.

The tiny-codec checkpoint is loaded like codec_goldens (eager, f32 weights) and cast with
`.to(torch.bfloat16)`; it encodes codec.safetensors' `encode_short_wav` (cast to bf16, as a
bf16 model needs). Hooks capture the stages the f32 goldens have (seanet, transformer,
latent); `quantizer_margins` (codec_goldens) replays the quantizer on the bf16 latent for the
argmin gaps (the reference measures distances in f32, its residual stays bf16).

The json records the reference's bf16 error against its own f32 run (codec.safetensors'
`encode_short_*`, whose 2^-24 rounding is invisible at bf16's 2^-9): the yardstick a bf16
port is held to (crates/audio-codec-12hz/tests/encoder_reference.rs).

    tools/reference/generate.sh --codec-bf16-only   # only codec/codec_bf16.* (+ manifest entries)
"""

from __future__ import annotations

import torch
from safetensors.torch import load_file

import build_checkpoints as bc
import codec_goldens as cg
from common import FIXTURES, MARGIN_MIN, register, write_json, write_tensors

OUT = FIXTURES / "codec"
STAGES = {"seanet": "encoder.encoder", "transformer": "encoder.encoder_transformer",
          "latent": "encoder.downsample"}

DOC = {
    "encode_short_bf16_seanet": "f32 [1, C, T']: SEANet output of the bf16 run (bf16 values)",
    "encode_short_bf16_transformer": "f32 [1, T', C]: encoder transformer output of the bf16 run (bf16 values)",
    "encode_short_bf16_latent": "f32 [1, D, T]: downsampled latent of the bf16 run (bf16 values)",
    "encode_short_bf16_codes": "i64 [T, 4]: model.encode audio_codes of the bf16 run (encoder_valid_num_quantizers)",
    "encode_short_bf16_distance_gaps": "f32 [T, 4]: second-smallest minus smallest f32 cdist distance of each "
                                       "bf16-run decision",
}


def run() -> None:
    golden = load_file(str(OUT / "codec.safetensors"))
    wav = golden["encode_short_wav"]
    model = bc.load_codec().to(torch.bfloat16)
    nq = model.config.encoder_valid_num_quantizers
    acts, handles = cg.hook_all(model, STAGES)
    try:
        with torch.no_grad():
            mask = torch.ones_like(wav, dtype=torch.long)
            codes = model.encode(wav.to(torch.bfloat16), mask, return_dict=True).audio_codes[0]
    finally:
        for h in handles:
            h.remove()
    frames = codes.shape[0]
    with torch.no_grad():
        replica, gaps = cg.quantizer_margins(model.encoder, acts["latent"], nq)
    assert torch.equal(replica[:, :frames].T, codes), "margin replica disagrees with the bf16 reference"
    gaps = gaps[:, :frames].T.float().contiguous()

    tensors = {f"encode_short_bf16_{k}": v.float() for k, v in acts.items()}
    tensors["encode_short_bf16_codes"] = codes
    tensors["encode_short_bf16_distance_gaps"] = gaps
    f32_codes = golden["encode_short_codes"]
    error = {}
    for k in STAGES:
        truth = golden[f"encode_short_{k}"]
        error[k] = {"max_abs_error_vs_f32": (acts[k].float() - truth).abs().max().item(),
                    "max_abs_f32": truth.abs().max().item()}
    meta = {
        "what": "tiny-codec encoder in bfloat16 (model.to(torch.bfloat16), eager) on encode_short_wav",
        "input": "codec/codec.safetensors encode_short_wav (f32, PCM16/32768), cast to bf16",
        "frames": frames,
        "bf16_error_vs_f32_reference": error,
        "codes_equal_to_f32_reference": int((codes == f32_codes).sum()),
        "frames_equal_to_f32_reference": int((codes == f32_codes).all(1).sum()),
        "codes_total": int(codes.numel()),
        "min_gap": gaps.min().item(),
        "decisions_below_margin_min": int((gaps < MARGIN_MIN).sum()),
        "margin_min": MARGIN_MIN,
        "tensors": {k: {"shape": list(v.shape), "dtype": "f32" if v.is_floating_point() else "i64",
                        "meaning": DOC[k]} for k, v in sorted(tensors.items())},
    }
    write_tensors(OUT / "codec_bf16.safetensors", tensors)
    write_json(OUT / "codec_bf16.json", meta)
    register("codec/codec_bf16.safetensors", {
        "what": "the reference codec encoder run in bfloat16 on encode_short_wav: stages, codes, argmin gaps",
        "checkpoint": "checkpoints/tiny-codec",
        "tensors": meta["tensors"],
    })
    register("codec/codec_bf16.json", {"what": "metadata for codec/codec_bf16.safetensors: the bf16 run's "
                                               "error against the f32 reference per stage",
                                       "keys": sorted(meta.keys())})
    print(f"  codec bf16: codes equal to f32 {meta['codes_equal_to_f32_reference']}/{meta['codes_total']}, "
          + ", ".join(f"{k} err {v['max_abs_error_vs_f32']:.3g}" for k, v in error.items()))


def run_only() -> None:
    """Writes only codec_bf16.* on top of the committed fixtures and adds them to manifest.json."""
    import generate

    generate.add_to_manifest(run, ["codec/codec_bf16.safetensors", "codec/codec_bf16.json"])
