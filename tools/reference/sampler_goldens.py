"""The code predictor's (sub-talker's) sampling chain as the reference runs it (tests/fixtures/sampling).

`Qwen3TTSTalkerForConditionalGeneration.forward` calls `self.code_predictor.generate(...,
do_sample=subtalker_dosample, top_p=subtalker_top_p, top_k=subtalker_top_k,
temperature=subtalker_temperature)`; HF `generate` builds its logits processors from those and
the predictor's generation config, applies them to the last position's logits and draws with
`torch.multinomial(softmax(scores))`. Torch's random stream is not reproducible elsewhere; the
distribution each draw comes from is. For every sub-talker draw of a few sampled calls this
records the raw logits (the predictor's output at the last position, float32) and the
probabilities handed to `torch.multinomial`, with the call's settings.

Calls: `generate_custom_voice` on tiny-e2e (as committed), the talker greedy (do_sample=False:
it draws nothing), the sub-talker sampled under several (temperature, top_k, top_p).

    tools/reference/generate.sh --sampling-only   # only sampling/* (+ manifest entries)
"""

from __future__ import annotations

import torch

import build_checkpoints as bc
from common import FIXTURES, register, write_json, write_tensors

from qwen_tts import Qwen3TTSModel

OUT = FIXTURES / "sampling"
CKPT = "tiny-e2e"
TEXT = "The quick brown fox jumps over the lazy dog."
# (temperature, top_k, top_p, torch seed): the wrapper's defaults, then the warpers alone and
# together, top_k past the vocabulary, a temperature that flattens.
SETTINGS = [(0.9, 50, 1.0, 1), (0.7, 20, 0.8, 2), (1.3, 0, 0.95, 3), (1.0, 5, 1.0, 4), (0.5, 0, 0.6, 5),
            (1.0, 100, 0.9, 6)]
MAX_NEW_TOKENS = 5


def capture(wrapper, temperature, top_k, top_p, seed):
    cp = wrapper.model.talker.code_predictor
    vocab = cp.config.vocab_size
    pending, draws = [], []

    def hook(_module, _args, output):
        pending.append(output.logits[:, -1, :].to(torch.float32).clone())

    orig = torch.multinomial

    def multinomial(probs, *args, **kwargs):
        if probs.shape[-1] == vocab:
            assert len(pending) == 1, "one predictor forward per draw"
            draws.append((pending.pop(), probs.detach().clone()))
        return orig(probs, *args, **kwargs)

    handle = cp.register_forward_hook(hook)
    torch.multinomial = multinomial
    try:
        torch.manual_seed(seed)
        with torch.no_grad():
            wrapper.generate_custom_voice(
                text=TEXT, speaker="alice", language="english", do_sample=False, subtalker_dosample=True,
                subtalker_temperature=temperature, subtalker_top_k=top_k, subtalker_top_p=top_p,
                max_new_tokens=MAX_NEW_TOKENS)
    finally:
        torch.multinomial = orig
        handle.remove()
    return draws


def run() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    wrapper = Qwen3TTSModel.from_pretrained(str(bc.CKPT / CKPT), dtype=torch.float32)
    logits, probs, params = [], [], []
    for temperature, top_k, top_p, seed in SETTINGS:
        draws = capture(wrapper, temperature, top_k, top_p, seed)
        assert draws, "no sub-talker draw captured"
        for lg, pr in draws:
            logits.append(lg[0])
            probs.append(pr[0])
            params.append([temperature, float(top_k), top_p])
        print(f"  sub-talker T={temperature} top_k={top_k} top_p={top_p}: {len(draws)} draws", flush=True)
    tensors = {"logits": torch.stack(logits), "probs": torch.stack(probs),
               "params": torch.tensor(params, dtype=torch.float32)}
    doc = {
        "logits": "f32 [N, V]: the code predictor's logits at the last position, as HF _sample reads them",
        "probs": "f32 [N, V]: the probabilities HF _sample handed to torch.multinomial for that draw",
        "params": "f32 [N, 3]: subtalker_temperature, subtalker_top_k, subtalker_top_p of the call",
    }
    write_tensors(OUT / "subtalker_chain.safetensors", tensors)
    meta = {
        "checkpoint": f"checkpoints/{CKPT}",
        "call": "Qwen3TTSModel.generate_custom_voice(text, speaker='alice', language='english', do_sample=False, "
                "subtalker_dosample=True, subtalker_temperature, subtalker_top_k, subtalker_top_p, max_new_tokens)",
        "text": TEXT,
        "max_new_tokens": MAX_NEW_TOKENS,
        "settings": [{"temperature": t, "top_k": k, "top_p": p, "torch_seed": s} for t, k, p, s in SETTINGS],
        "draws": len(logits),
        "comparable": "the distribution of each draw (ids kept and their probabilities); not the drawn ids, "
                      "which come from torch's random stream",
        "tensors": {k: {"shape": list(v.shape), "dtype": "f32", "meaning": doc[k]} for k, v in tensors.items()},
    }
    write_json(OUT / "subtalker_chain.json", meta)
    register("sampling/subtalker_chain.safetensors", {"what": "the sub-talker's sampling distributions",
                                                      "checkpoint": f"checkpoints/{CKPT}",
                                                      "tensors": meta["tensors"]})
    register("sampling/subtalker_chain.json", {"what": "metadata for sampling/subtalker_chain.safetensors",
                                               "keys": sorted(meta.keys())})


def run_only() -> None:
    """Writes only sampling/* on top of the committed fixtures and adds them to manifest.json."""
    import generate

    generate.add_to_manifest(run, ["sampling/subtalker_chain.safetensors", "sampling/subtalker_chain.json"])
