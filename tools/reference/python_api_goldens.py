"""How the reference wrapper treats what its `**kwargs` and `voice_clone_prompt` may carry
(tests/fixtures/python/api_behaviour.json), for the Python package's tests.

`Qwen3TTSModel.generate_*` merge the generation kwargs over generation_config.json and pass the
rest to `Qwen3TTSForConditionalGeneration.generate`, which names some of them (eos_token_id,
repetition_penalty...) and swallows the others in `**kwargs`; keys the wrapper passes itself
(input_ids, languages...) collide. Each kwarg below is tried on a greedy call and recorded as
what happened: the exception's type and message, or whether the codes equal those of the same
call without it. The dict form of `voice_clone_prompt` is tried in both modes, and the
Qwen3TTSTokenizer's rates are recorded.

Checkpoints: tiny-e2e (custom voice) and tiny-e2e-base, as committed.

    tools/reference/generate.sh --python-api-only   # only python/* (+ manifest entries)
"""

from __future__ import annotations

import numpy as np
import torch

import build_checkpoints as bc
from common import FIXTURES, register, write_json
from e2e_goldens import CLONE_REF_TEXT, CLONE_TEXT

from qwen_tts import Qwen3TTSModel, Qwen3TTSTokenizer

OUT = FIXTURES / "python"
TEXT = "The quick brown fox jumps over the lazy dog."
GREEDY = {"do_sample": False, "subtalker_dosample": False, "max_new_tokens": 8}
# kwargs per method: None = the value is irrelevant to the outcome (it is recorded as given).
KWARGS = {
    "foo": 1,
    "min_new_tokens": 5,
    "no_repeat_ngram_size": 2,
    "num_beams": 2,
    "output_hidden_states": False,
    "return_dict_in_generate": False,
    "seed": 3,
    "input_ids": None,
    "instruct_ids": None,
    "languages": ["english"],
    "speakers": ["alice"],
    "ref_ids": None,
}


def codes_of(wrapper, method, **kw):
    seen = {}
    orig = wrapper.model.speech_tokenizer.decode

    def decode(encoded):
        seen["codes"] = [np.asarray(e["audio_codes"]).tolist() for e in encoded]
        return orig(encoded)

    wrapper.model.speech_tokenizer.decode = decode
    try:
        with torch.no_grad():
            getattr(wrapper, method)(**kw)
    finally:
        wrapper.model.speech_tokenizer.decode = orig
    return seen["codes"]


def outcome(wrapper, method, base_kw, extra):
    base = codes_of(wrapper, method, **base_kw)
    try:
        codes = codes_of(wrapper, method, **base_kw, **extra)
    except Exception as e:  # the reference's own exception is the golden
        return {"raises": type(e).__name__, "message": str(e)}
    return {"codes_equal_without_it": codes == base}


def run() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    cv = Qwen3TTSModel.from_pretrained(str(bc.CKPT / "tiny-e2e"), dtype=torch.float32)
    base = Qwen3TTSModel.from_pretrained(str(bc.CKPT / "tiny-e2e-base"), dtype=torch.float32)
    clip = np.sin(np.arange(2400, dtype=np.float32) * 0.05) * 0.3
    calls = {
        "generate_custom_voice": (cv, {"text": TEXT, "speaker": "alice", "language": "english", **GREEDY}),
        "generate_voice_clone": (base, {"text": CLONE_TEXT, "language": "english", "ref_audio": (clip, 24000),
                                        "x_vector_only_mode": True, **GREEDY}),
    }
    kwargs = {}
    for method, (wrapper, kw) in calls.items():
        kwargs[method] = {}
        for key, value in KWARGS.items():
            kwargs[method][key] = outcome(wrapper, method, kw, {key: value})
        eos = wrapper.model.config.talker_config.codec_eos_token_id
        kwargs[method]["eos_token_id=<the model's>"] = outcome(wrapper, method, kw, {"eos_token_id": eos})
        print(f"  {method}: {kwargs[method]}", flush=True)
    # voice_clone_prompt as the dict of lists the wrapper builds internally.
    prompts = {}
    for mode in ("x_vector_only", "icl"):
        with torch.no_grad():
            items = base.create_voice_clone_prompt(ref_audio=(clip, 24000), ref_text=CLONE_REF_TEXT,
                                                   x_vector_only_mode=mode == "x_vector_only")
        as_dict = base._prompt_items_to_voice_clone_prompt(items)
        kw = {"text": CLONE_TEXT, "language": "english", **GREEDY}
        from_items = codes_of(base, "generate_voice_clone", voice_clone_prompt=items, **kw)
        try:
            from_dict = codes_of(base, "generate_voice_clone", voice_clone_prompt=as_dict, **kw)
            prompts[mode] = {"codes_equal_to_items": from_dict == from_items}
        except Exception as e:
            prompts[mode] = {"raises": type(e).__name__, "message": str(e)}
    print(f"  voice_clone_prompt dict: {prompts}", flush=True)
    tok = Qwen3TTSTokenizer.from_pretrained(str(bc.CKPT / "tiny-codec"))
    tokenizer = {"encode_downsample_rate": tok.get_encode_downsample_rate(),
                 "decode_upsample_rate": tok.get_decode_upsample_rate(),
                 "input_sample_rate": tok.get_input_sample_rate(),
                 "output_sample_rate": tok.get_output_sample_rate()}
    meta = {
        "checkpoints": ["checkpoints/tiny-e2e", "checkpoints/tiny-e2e-base", "checkpoints/tiny-codec"],
        "base_calls": {m: {k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items() if k != "ref_audio"}
                       for m, (_, kw) in calls.items()},
        "kwargs_tried": {k: v for k, v in KWARGS.items()},
        "kwargs": kwargs,
        "voice_clone_prompt_dict": prompts,
        "tokenizer": tokenizer,
    }
    write_json(OUT / "api_behaviour.json", meta)
    register("python/api_behaviour.json", {"what": "the reference wrapper's handling of extra kwargs, of "
                                                   "voice_clone_prompt as a dict, and the tokenizer's rates",
                                           "keys": sorted(meta.keys())})


def run_only() -> None:
    import generate

    generate.add_to_manifest(run, ["python/api_behaviour.json"])
