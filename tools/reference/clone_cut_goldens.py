"""A voice clone where the wrapper's ICL cut keeps one sample of the reference audio.

`Qwen3TTSModel.generate_voice_clone` (qwen_tts/inference/qwen3_tts_model.py) decodes
`ref_code ++ codes` and returns `wav[int(ref_len / total_len * len(wav)):]`, float64. For
e2e/clone_icl_en (T_ref 200, T_total 229, 24 samples per frame) that is exactly
`T_ref * 24`; here T_ref = 160 (a 1920-sample slice) and 19 generated frames
(max_new_tokens 20), T_total = 179: int(160 / 179 * 4296) = 3839 = 160 * 24 - 1, so the
output starts with the reference audio's last sample.

Same checkpoint (tiny-e2e-base, loaded as committed, not rebuilt), text, reference
transcript and greedy kwargs as e2e_goldens' clone cases. The slice start is searched from
CLIP_START0 until every encoder argmin gap and every talker / code-predictor decision has a
margin >= MARGIN_MIN and the cut is the one wanted.

    tools/reference/generate.sh --clone-cut-only   # only e2e/clone_icl_cut.* (+ manifest entries)
"""

from __future__ import annotations

import numpy as np
import torch

import build_checkpoints as bc
import codec_goldens
from common import AUDIO_DIR, FIXTURES, MARGIN_MIN, register, sha256_file, write_json, write_tensors
from e2e_goldens import CLONE_CLIP, CLONE_NAME, CLONE_REF_TEXT, CLONE_TEXT, instrumented
from talker_goldens import collect

from qwen_tts import Qwen3TTSModel

OUT = FIXTURES / "e2e"
CASE = "clone_icl_cut"
REF_LEN = 1920  # 160 frames of the tiny codec (12 samples per frame)
CLIP_START0 = 72000  # 3.0 s into the clip
CLIP_STEP = 240
MAX_TRIES = 400
GEN_KWARGS = {"do_sample": False, "subtalker_dosample": False, "max_new_tokens": 20,
              "repetition_penalty": 1.05}

DOC = {
    "ref_audio": "f32 [N]: the reference slice passed as (array, 24000) (PCM16/32768)",
    "ref_code": "i64 [T_ref, 4]: the wrapper's speech_tokenizer.encode codes of the slice",
    "codes": "i64 [F, 4]: codes returned by model.generate (without the reference codes)",
    "full_waveform": "f32 [T_total * spf]: speech_tokenizer.decode(ref_code ++ codes) before the cut",
    "waveform": "f32 [M]: generate_voice_clone output wavs[0] = full_waveform[cut:], "
                "cut = int(T_ref / T_total * len(full_waveform))",
}


def attempt(wrapper, codec, start):
    from speaker_goldens import load_clip

    saved = codec_goldens.ENC_CLIP
    codec_goldens.ENC_CLIP = CLONE_CLIP
    try:
        with torch.no_grad():
            enc = codec_goldens.encode_slice(codec, start, REF_LEN, codec.config.encoder_valid_num_quantizers)
    finally:
        codec_goldens.ENC_CLIP = saved
    if enc["min_gap"] < MARGIN_MIN:
        return None, f"encoder gap {enc['min_gap']:.3g}"
    audio = load_clip(CLONE_CLIP, start, REF_LEN)
    with instrumented(wrapper) as (cap, seen, holder), torch.no_grad():
        wavs, sr = wrapper.generate_voice_clone(
            text=CLONE_TEXT, language="english", ref_audio=(np.array(audio, dtype=np.float32), 24000),
            ref_text=CLONE_REF_TEXT, x_vector_only_mode=False, **GEN_KWARGS)
    ref_code = seen["voice_clone_prompt"]["ref_code"][0]
    decoded = holder["codes"][0]
    eos = wrapper.model.config.talker_config.codec_eos_token_id
    res = collect(cap, [decoded[ref_code.shape[0]:]], [torch.zeros(0)], eos)
    margin = min(res["min_margins"])
    if margin < MARGIN_MIN:
        return None, f"talker margin {margin:.3g}"
    ref_len, total = int(ref_code.shape[0]), int(decoded.shape[0])
    full = torch.from_numpy(np.asarray(holder["full_wav"], dtype=np.float32))
    cut = int(ref_len / max(total, 1) * full.shape[0])
    spf = wrapper.model.speech_tokenizer.get_decode_upsample_rate()
    if cut != ref_len * spf - 1:
        return None, f"cut {cut} for T_ref {ref_len}, T_total {total}"
    assert torch.equal(ref_code, enc["tensors"]["codes"]), "wrapper ref_code != eager encode"
    return {"audio": audio, "enc": enc, "ref_code": ref_code, "codes": res["codes"][0], "full": full,
            "wav": torch.from_numpy(wavs[0]), "sr": sr, "cut": cut, "spf": spf, "total": total,
            "margin": margin}, None


def run() -> None:
    codec = bc.load_codec()
    wrapper = Qwen3TTSModel.from_pretrained(str(bc.CKPT / CLONE_NAME), dtype=torch.float32)
    rejected = []
    for i in range(MAX_TRIES):
        start = CLIP_START0 + i * CLIP_STEP
        r, why = attempt(wrapper, codec, start)
        if r is not None:
            break
        rejected.append({"sample_start": start, "reason": why})
    else:
        raise RuntimeError("no reference slice with safe margins and the wanted cut")
    tensors = {"ref_audio": torch.from_numpy(r["audio"]), "ref_code": r["ref_code"], "codes": r["codes"],
               "full_waveform": r["full"], "waveform": r["wav"]}
    assert torch.equal(r["wav"], r["full"][r["cut"]:])
    meta = {
        "case": CASE,
        "checkpoint": f"checkpoints/{CLONE_NAME}",
        "load": "Qwen3TTSModel.from_pretrained('tests/fixtures/checkpoints/tiny-e2e-base', dtype=torch.float32)",
        "call": "generate_voice_clone(text, language, ref_audio=(np.float32 array, 24000), ref_text, "
                "x_vector_only_mode=False, **generate_kwargs) (non_streaming_mode: wrapper default False)",
        "text": CLONE_TEXT,
        "language": "english",
        "ref_text": CLONE_REF_TEXT,
        "x_vector_only_mode": False,
        "generate_kwargs": GEN_KWARGS,
        "ref_audio_file": f"shared/data/reference-audio/trevors-qwen3-tts-rs/{CLONE_CLIP}",
        "ref_audio_file_sha256": sha256_file(AUDIO_DIR / CLONE_CLIP),
        "ref_audio_sample_start": CLIP_START0 + len(rejected) * CLIP_STEP,
        "ref_audio_samples": REF_LEN,
        "ref_audio_rejected_starts": rejected,
        "ref_code_min_distance_gap": r["enc"]["min_gap"],
        "ref_frames": int(r["ref_code"].shape[0]),
        "frames": int(r["codes"].shape[0]),
        "decoded_frames": r["total"],
        "decoded_samples": int(r["full"].shape[0]),
        "samples_per_frame": r["spf"],
        "cut": r["cut"],
        "cut_equals_ref_frames_times_spf": r["cut"] == int(r["ref_code"].shape[0]) * r["spf"],
        "sample_rate": r["sr"],
        "waveform_samples": int(r["wav"].shape[0]),
        "min_margin": r["margin"],
        "margin_min_required": MARGIN_MIN,
        "tensors": {k: {"shape": list(v.shape), "dtype": "f32" if v.is_floating_point() else "i64",
                        "meaning": DOC[k]} for k, v in sorted(tensors.items())},
    }
    write_tensors(OUT / f"{CASE}.safetensors", tensors)
    write_json(OUT / f"{CASE}.json", meta)
    register(f"e2e/{CASE}.safetensors", {
        "what": "end-to-end ICL voice clone whose wrapper cut keeps one reference sample: reference slice, "
                "its codes, generated codes, the decoded waveform before and after the cut",
        "checkpoint": f"checkpoints/{CLONE_NAME}",
        "tensors": meta["tensors"],
    })
    register(f"e2e/{CASE}.json", {"what": f"metadata for e2e/{CASE}.safetensors", "keys": sorted(meta.keys())})
    print(f"  {CASE}: slice start {meta['ref_audio_sample_start']} (rejected {len(rejected)}), T_ref "
          f"{meta['ref_frames']}, T_total {r['total']}, cut {r['cut']}, min margin {r['margin']:.4f}")


def run_only() -> None:
    """Writes only e2e/clone_icl_cut.* on top of the committed fixtures and adds them to manifest.json."""
    import generate

    generate.add_to_manifest(run, [f"e2e/{CASE}.safetensors", f"e2e/{CASE}.json"])
