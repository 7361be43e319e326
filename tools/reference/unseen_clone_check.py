"""Clone check on a checkpoint and clips that no test sees: the reference wrapper against this
repository's Python package, from clip files at 16 kHz (mono WAV), 44.1 kHz (mono 24-bit FLAC)
and 48 kHz (stereo WAV), in x-vector-only and in-context mode, greedy, float32.

The checkpoint is a fresh tiny Base model (the tiny-e2e-base recipe, another weight seed); the
clips are a stretch of voicedesign-storyteller.wav (used by no test) brought to each rate with
scipy's polyphase resampler (not the soxr under test), taken as they come: no search for safe
margins (the margins are printed, so a near-tie is told apart from a difference in the input).

    # 1. the reference (tools/reference venv, env as in generate.sh), writes OUT/
    QWEN_TTS_FIXTURES_OUT=/tmp/unseen tools/reference/.venv/bin/python tools/reference/unseen_clone_check.py reference /tmp/unseen
    # 2. ours, in a venv with qwen3_tts_rs installed (cargo test -p qwen3-tts-py makes one), with
    #    the engine's codec decode mode: continuous (default) or reference (the reference's
    #    300-frame chunks, which an in-context clone of more than 300 frames reaches here: the
    #    tiny codec decodes 24 samples per frame, so 300 frames are 0.3 s, not the real 24 s)
    python tools/reference/unseen_clone_check.py ours /tmp/unseen [continuous|reference]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

SEED = 902_117
NAME = "tiny-unseen-base"
SOURCE = "voicedesign-storyteller.wav"
START_SECS, CLIP_SECS = 2.0, 0.15
CLIPS = [("clip16k_mono.wav", 16000, 1, "WAV", "PCM_16"), ("clip44k_mono.flac", 44100, 1, "FLAC", "PCM_24"),
         ("clip48k_stereo.wav", 48000, 2, "WAV", "PCM_16")]
TEXT = "Then the old sailor told them about the storm that took his ship."
REF_TEXT = "It was a dark night."
KWARGS = {"do_sample": False, "subtalker_dosample": False, "max_new_tokens": 24, "repetition_penalty": 1.05}


def reference(out: Path) -> None:
    import shutil

    from scipy.signal import resample_poly
    import soundfile as sf
    import torch

    import build_checkpoints as bc
    from common import AUDIO_DIR, REPO_ROOT, setup_torch
    from e2e_goldens import build_clone, instrumented
    from talker_goldens import collect
    from qwen_tts import Qwen3TTSModel

    setup_torch()
    out.mkdir(parents=True, exist_ok=True)
    (bc.CKPT).mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO_ROOT / "tests/fixtures/checkpoints/tiny-codec", bc.CKPT / "tiny-codec", dirs_exist_ok=True)
    build_clone(SEED, NAME)
    ckpt = bc.CKPT / NAME
    audio, sr = sf.read(str(AUDIO_DIR / SOURCE), dtype="float64", always_2d=False)
    assert sr == 24000
    start, n = int(START_SECS * sr), int(CLIP_SECS * sr)
    left = audio[start:start + n + 64]
    right = 0.7 * audio[start + 5:start + n + 69] + 0.2 * audio[start + 4000:start + n + 4064]
    wrapper = Qwen3TTSModel.from_pretrained(str(ckpt), dtype=torch.float32)
    results = {"checkpoint": str(ckpt), "cases": {}}
    for fname, rate, channels, fmt, subtype in CLIPS:
        from math import gcd

        g = gcd(rate, 24000)
        at = lambda y: resample_poly(y, rate // g, 24000 // g)[:int(CLIP_SECS * rate)]
        frames = at(left)[:, None] if channels == 1 else np.stack([at(left), at(right)], axis=1)
        sf.write(str(out / fname), frames, rate, format=fmt, subtype=subtype)
        for mode in ("xvec", "icl"):
            with instrumented(wrapper) as (cap, seen, holder), torch.no_grad():
                wavs, _ = wrapper.generate_voice_clone(text=TEXT, language="english", ref_audio=str(out / fname),
                                                       ref_text=REF_TEXT, x_vector_only_mode=mode == "xvec",
                                                       **KWARGS)
            vcp = seen["voice_clone_prompt"]
            ref_code = vcp["ref_code"][0] if vcp["ref_code"] is not None else None
            decoded = holder["codes"][0]
            gen = decoded[ref_code.shape[0]:] if ref_code is not None else decoded
            eos = wrapper.model.config.talker_config.codec_eos_token_id
            res = collect(cap, [gen], [torch.zeros(0)], eos)
            key = f"{fname}:{mode}"
            np.save(out / f"{key}.wav.npy", wavs[0])
            np.save(out / f"{key}.codes.npy", res["codes"][0].numpy())
            results["cases"][key] = {"samples": int(len(wavs[0])), "frames": int(res["codes"][0].shape[0]),
                                     "min_talker_margin": float(min(res["min_margins"]))}
            print(key, results["cases"][key], flush=True)
    (out / "reference.json").write_text(json.dumps(results, indent=2))


def ours(out: Path, decode_mode: str) -> None:
    from qwen3_tts_rs import Qwen3TTSModel

    ref = json.loads((out / "reference.json").read_text())
    model = Qwen3TTSModel.from_pretrained(ref["checkpoint"], dtype="float32", decode_mode=decode_mode)
    worst = 0.0
    for key, r in ref["cases"].items():
        fname, mode = key.split(":")
        wavs, _, codes = model.generate_voice_clone(text=TEXT, language="english", ref_audio=str(out / fname),
                                                    ref_text=REF_TEXT, x_vector_only_mode=mode == "xvec",
                                                    return_codes=True, **KWARGS)
        want = np.load(out / f"{key}.wav.npy")
        same_codes = np.array_equal(codes[0], np.load(out / f"{key}.codes.npy"))
        same_len = len(wavs[0]) == len(want)
        diff = float(np.max(np.abs(wavs[0].astype(np.float64) - want))) if same_len else float("nan")
        worst = max(worst, diff) if same_len else float("inf")
        print(f"{key}: samples {len(wavs[0])} vs {len(want)}, codes equal {same_codes}, max |diff| {diff:.3e}, "
              f"reference min talker margin {r['min_talker_margin']:.4f}")
    print(f"worst max |diff| {worst:.3e} ({'within' if worst <= 1e-3 else 'NOT within'} 1e-3)")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in ("reference", "ours"):
        sys.exit("usage: unseen_clone_check.py reference OUT_DIR | ours OUT_DIR [continuous|reference]")
    if sys.argv[1] == "reference":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        reference(Path(sys.argv[2]))
    else:
        ours(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) == 4 else "continuous")
