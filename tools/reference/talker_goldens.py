"""Talker + code-predictor goldens from Qwen3TTSForConditionalGeneration.generate.

The text tokenizer and speech tokenizer are bypassed (talker.md 8.2): templated
token ids, instruct ids, ref ids, ref codes and x-vectors are drawn from a
per-case seed and passed straight to `model.generate(...)`. Greedy decoding
(do_sample=False, subtalker_dosample=False) with the default repetition penalty
1.05. A case seed is rejected (next seed tried) when any greedy decision that
matters has a top-1/top-2 margin below MARGIN_MIN on the scores the reference
actually argmaxes (after repetition penalty, min-new-tokens and suppression).
"""

from __future__ import annotations

import copy
import types
from dataclasses import dataclass, field

from common import (
    FIXTURES,
    GLOBAL_SEED,
    MARGIN_MIN,
    gen,
    randn,
    register,
    top2_margin,
    write_json,
    write_tensors,
)
import build_checkpoints as bc

import torch
from safetensors.torch import load_file

OUT = FIXTURES / "talker"
MAX_SEED_TRIES = 200


# ---------------------------------------------------------------------------
# Case description


@dataclass
class Sample:
    text_len: int  # n = number of text tokens t_1..t_n
    language: str = "auto"
    speaker: str | None = None
    instruct_len: int | None = None  # k ordinary tokens inside the instruct template
    mode: str | None = None  # None | "xvec" | "icl"
    ref_text_len: int = 0  # m (ICL)
    ref_frames: int = 0  # T_ref (ICL)


@dataclass
class Case:
    name: str
    ckpt: str
    samples: list
    non_streaming_mode: bool
    max_new_tokens: int = 16
    note: str = ""
    # extra acceptance test on a finished run (beyond the margin test)
    accept: object = None
    accept_doc: str = ""
    seed_base: int = 0
    compare_singles: bool = False


# ---------------------------------------------------------------------------
# Input synthesis (tiny text vocabulary of build_checkpoints.TINY_TEXT)

T = bc.TINY_TEXT


def _ordinary(g, n):
    lo, hi = T["ordinary_text_ids"]
    return torch.randint(lo, hi, (n,), generator=g).tolist()


def templated_input_ids(g, n):
    # <|im_start|>assistant\n {text} <|im_end|>\n<|im_start|>assistant\n  (talker.md 4.1)
    role = [T["im_start_token_id"], T["assistant_token_id"], T["newline_token_id"]]
    suffix = [T["im_end_token_id"], T["newline_token_id"], T["im_start_token_id"], T["assistant_token_id"],
              T["newline_token_id"]]
    return role + _ordinary(g, n) + suffix


def templated_instruct_ids(g, k):
    # <|im_start|>user\n {instruct} <|im_end|>\n  (all tokens are embedded)
    return [T["im_start_token_id"], T["user_token_id"], T["newline_token_id"]] + _ordinary(g, k) + [
        T["im_end_token_id"], T["newline_token_id"]]


def templated_ref_ids(g, m):
    # <|im_start|>assistant\n {ref_text} <|im_end|>\n  (slice [3:-2] is used)
    return [T["im_start_token_id"], T["assistant_token_id"], T["newline_token_id"]] + _ordinary(g, m) + [
        T["im_end_token_id"], T["newline_token_id"]]


def draw_inputs(case: Case, seed: int, hidden: int, groups: int) -> list[dict]:
    g = gen(seed)
    out = []
    for s in case.samples:
        d = {"input_ids": templated_input_ids(g, s.text_len)}
        if s.instruct_len is not None:
            d["instruct_ids"] = templated_instruct_ids(g, s.instruct_len)
        if s.mode in ("xvec", "icl"):
            d["ref_spk_embedding"] = randn(g, hidden)
        if s.mode == "icl":
            d["ref_ids"] = templated_ref_ids(g, s.ref_text_len)
            d["ref_code"] = torch.randint(0, bc.CB, (s.ref_frames, groups), generator=g)
        out.append(d)
    return out


# ---------------------------------------------------------------------------
# Capture: wrap talker.generate / code_predictor.generate on the instance.


class Capture:
    def __init__(self, model):
        self.model = model
        self.talker_kwargs = None
        self.talker_out = None
        self.cp_outs = []
        talker = model.talker
        cp = talker.code_predictor
        orig_t = type(talker).generate
        orig_cp = type(cp).generate
        cap = self

        def talker_generate(this, *args, **kwargs):
            # talker.md 8.2.5(b): the prompt rows, trailing text and pad vector.
            cap.talker_kwargs = {k: kwargs[k] for k in ("inputs_embeds", "attention_mask",
                                                         "trailing_text_hidden", "tts_pad_embed")}
            cap.talker_params = {k: v for k, v in kwargs.items() if k not in cap.talker_kwargs}
            kwargs = dict(kwargs, output_logits=True, output_scores=True)
            res = orig_t(this, *args, **kwargs)
            cap.talker_out = res
            return res

        def cp_generate(this, *args, **kwargs):
            cap.cp_inputs = kwargs.get("inputs_embeds")
            kwargs = dict(kwargs, output_logits=True, output_scores=True)
            res = orig_cp(this, *args, **kwargs)
            cap.cp_outs.append(res)
            return res

        talker.generate = types.MethodType(talker_generate, talker)
        cp.generate = types.MethodType(cp_generate, cp)


def run_generate(model, case: Case, inputs: list[dict], non_streaming=None):
    cap = Capture(model)
    B = len(inputs)
    kwargs = dict(
        input_ids=[torch.tensor([d["input_ids"]]) for d in inputs],
        languages=[s.language for s in case.samples],
        speakers=[s.speaker for s in case.samples],
        non_streaming_mode=case.non_streaming_mode if non_streaming is None else non_streaming,
        max_new_tokens=case.max_new_tokens,
        do_sample=False,
        subtalker_dosample=False,
        repetition_penalty=1.05,
    )
    if any("instruct_ids" in d for d in inputs):
        kwargs["instruct_ids"] = [torch.tensor([d["instruct_ids"]]) if "instruct_ids" in d else None
                                  for d in inputs]
    if any(s.mode for s in case.samples):
        kwargs["voice_clone_prompt"] = {
            "ref_code": [d.get("ref_code") for d in inputs],
            "ref_spk_embedding": [d["ref_spk_embedding"] for d in inputs],
            "x_vector_only_mode": [s.mode == "xvec" for s in case.samples],
            "icl_mode": [s.mode == "icl" for s in case.samples],
        }
        if any(s.mode == "icl" for s in case.samples):
            kwargs["ref_ids"] = [torch.tensor([d["ref_ids"]]) if "ref_ids" in d else None for d in inputs]
        if all(d.get("ref_code") is None for d in inputs):
            # generate() tests `voice_clone_prompt["ref_code"] is not None` on the list itself
            kwargs["voice_clone_prompt"]["ref_code"] = None
    with torch.no_grad():
        codes, hiddens = model.generate(**kwargs)
    assert len(codes) == B
    return cap, codes, hiddens


def collect(cap: Capture, codes, hiddens, eos_id: int):
    out = cap.talker_out
    logits = torch.stack(out.logits, 0)  # [S, B, V] raw codec_head logits (f32 copy by HF)
    scores = torch.stack(out.scores, 0)  # [S, B, V] after rep-penalty / min-new-tokens / suppress
    tokens = out.sequences  # [B, S] (prompt was embeddings -> no prompt ids)
    S, B, _ = logits.shape
    cp_logits = torch.stack([torch.stack(r.logits, 1) for r in cap.cp_outs], 0) if cap.cp_outs else None
    cp_scores = torch.stack([torch.stack(r.scores, 1) for r in cap.cp_outs], 0) if cap.cp_outs else None
    cp_codes = torch.stack([r.sequences for r in cap.cp_outs], 0) if cap.cp_outs else None
    # cp_*: [S-1, B, G-1, Vcp] / [S-1, B, G-1]
    # which (step,row) decisions matter: a row's step s matters while the row is
    # unfinished (no eos among tokens[:s]).
    alive = torch.ones(B, S, dtype=torch.bool)
    for b in range(B):
        for s in range(1, S):
            alive[b, s] = alive[b, s - 1] and tokens[b, s - 1].item() != eos_id
    t_margin = top2_margin(scores).T  # [B, S]
    cp_margin = top2_margin(cp_scores) if cp_scores is not None else None  # [S-1, B, G-1]
    mins = []
    for b in range(B):
        m = t_margin[b][alive[b]].min().item()
        if cp_margin is not None:
            # frame k of row b is built (cp run) at step k+1; it matters iff the row
            # is still alive at step k+1 and token k is not eos.
            keep = [k for k in range(S - 1) if alive[b, k + 1]]
            if keep:
                m = min(m, cp_margin[keep, b].min().item())
        mins.append(m)
    return dict(logits=logits, scores=scores, tokens=tokens, cp_logits=cp_logits, cp_scores=cp_scores,
                cp_codes=cp_codes, t_margin=t_margin, cp_margin=cp_margin, alive=alive, min_margins=mins,
                codes=codes, hiddens=hiddens)


# ---------------------------------------------------------------------------
# Symbolic prompt layout (talker.md 4), checked numerically against the capture.


def prompt_layout(model, s: Sample, d: dict, non_streaming: bool):
    tc = model.config.talker_config
    cfg = model.config
    rows, trailing = [], []
    if "instruct_ids" in d:
        rows += [f"T:{i}" for i in d["instruct_ids"]]
    ids = d["input_ids"]
    rows += [f"T:{i}" for i in ids[:3]]
    lang = None if s.language.lower() == "auto" else tc.codec_language_id[s.language.lower()]
    if s.language.lower() in ("chinese", "auto") and s.speaker and tc.spk_is_dialect[s.speaker.lower()] is not False:
        lang = tc.codec_language_id[tc.spk_is_dialect[s.speaker.lower()]]
    if lang is None:
        C = [f"C:{tc.codec_nothink_id}", f"C:{tc.codec_think_bos_id}", f"C:{tc.codec_think_eos_id}"]
    else:
        C = [f"C:{tc.codec_think_id}", f"C:{tc.codec_think_bos_id}", f"C:{lang}", f"C:{tc.codec_think_eos_id}"]
    if s.speaker:
        C.append(f"C:{tc.spk_id[s.speaker.lower()]}")
    elif s.mode in ("xvec", "icl"):
        C.append("X")
    C += [f"C:{tc.codec_pad_id}", f"C:{tc.codec_bos_id}"]
    n = len(C)
    text_ctl = [f"T:{cfg.tts_pad_token_id}"] * (n - 2) + [f"T:{cfg.tts_bos_token_id}"]
    rows += [f"{a}+{b}" for a, b in zip(text_ctl, C[:-1])]
    pad_t, eos_t = f"T:{cfg.tts_pad_token_id}", f"T:{cfg.tts_eos_token_id}"
    text = ids[3:-5]
    branch = None
    if s.mode == "icl":
        TT = [f"T:{i}" for i in d["ref_ids"][3:-2]] + [f"T:{i}" for i in text] + [eos_t]
        CT = [f"C:{tc.codec_bos_id}"] + [f"R:{k}" for k in range(d["ref_code"].shape[0])]
        if non_streaming:
            rows += [f"{t}+C:{tc.codec_pad_id}" for t in TT] + [f"{c}+{pad_t}" for c in CT]
            trailing = [pad_t]
            branch = "icl_non_streaming"
        elif len(TT) > len(CT):
            rows += [f"{t}+{c}" for t, c in zip(TT, CT)]
            trailing = TT[len(CT):]
            branch = "icl_streaming_text_longer"
        else:
            TT = TT + [pad_t] * (len(CT) - len(TT))
            rows += [f"{t}+{c}" for t, c in zip(TT, CT)]
            trailing = [pad_t]
            branch = "icl_streaming_text_not_longer"
    elif non_streaming:
        rows += [f"T:{i}+C:{tc.codec_pad_id}" for i in text] + [f"{eos_t}+C:{tc.codec_pad_id}",
                                                                f"{pad_t}+C:{tc.codec_bos_id}"]
        trailing = [pad_t]
        branch = "non_streaming"
    else:
        rows += [f"T:{text[0]}+C:{tc.codec_bos_id}"]
        trailing = [f"T:{i}" for i in text[1:]] + [eos_t]
        branch = "streaming"
    return rows, trailing, branch, lang


def eval_layout(model, items, d):
    """Numerically evaluate layout strings to check them against the capture."""
    talker = model.talker
    D = model.config.talker_config.hidden_size
    out = []
    for it in items:
        v = torch.zeros(D)
        # frame sums use a stacked sum like the reference (generate_icl_prompt)
        for part in it.split("+"):
            kind, _, arg = part.partition(":")
            if kind == "T":
                v = v + talker.text_projection(talker.get_text_embeddings()(torch.tensor([[int(arg)]])))[0, 0]
            elif kind == "C":
                v = v + talker.get_input_embeddings()(torch.tensor(int(arg)))
            elif kind == "X":
                v = v + d["ref_spk_embedding"]
            elif kind == "R":
                fr = d["ref_code"][int(arg)]
                vs = [talker.get_input_embeddings()(fr[0])] + [
                    talker.code_predictor.get_input_embeddings()[j - 1](fr[j]) for j in range(1, fr.shape[0])]
                v = v + torch.stack(vs, 0).sum(0)
        out.append(v)
    return torch.stack(out, 0)


# ---------------------------------------------------------------------------


def _first_eos(tokens_row, eos):
    for i, t in enumerate(tokens_row.tolist()):
        if t == eos:
            return i
    return None


def run_case(model, case: Case, seed_base: int):
    tc = model.config.talker_config
    eos = tc.codec_eos_token_id
    G = tc.num_code_groups
    D = tc.hidden_size
    rejected = []
    for attempt in range(MAX_SEED_TRIES):
        seed = seed_base + attempt
        inputs = draw_inputs(case, seed, D, G)
        cap, codes, hiddens = run_generate(model, case, inputs)
        res = collect(cap, codes, hiddens, eos)
        mm = min(res["min_margins"])
        ok = mm >= MARGIN_MIN
        why = None if ok else f"margin {mm:.3g} < {MARGIN_MIN}"
        if ok and case.accept is not None:
            ok, why = case.accept(res, eos)
        if ok:
            return seed, rejected, inputs, cap, res
        rejected.append({"seed": seed, "reason": why})
    raise RuntimeError(f"{case.name}: no acceptable seed in {MAX_SEED_TRIES} tries")


TENSOR_DOC = {
    "input_ids_{b}": "i64 [1, 3+n+5]: templated target ids <|im_start|>assistant\\n t_1..t_n <|im_end|>\\n<|im_start|>assistant\\n (passed as input_ids[b])",
    "instruct_ids_{b}": "i64 [1, 3+k+2]: templated instruct ids <|im_start|>user\\n ... <|im_end|>\\n (instruct_ids[b])",
    "ref_ids_{b}": "i64 [1, 3+m+2]: templated ICL reference text ids <|im_start|>assistant\\n r_1..r_m <|im_end|>\\n (ref_ids[b])",
    "ref_code_{b}": "i64 [T_ref, G]: synthetic ICL reference codes (voice_clone_prompt['ref_code'][b])",
    "ref_spk_embedding_{b}": "f32 [D]: synthetic x-vector (voice_clone_prompt['ref_spk_embedding'][b])",
    "inputs_embeds": "f32 [B, P, D]: prompt rows given to talker.generate (left-padded with zeros in a batch)",
    "attention_mask": "i64 [B, P]: 0 on left padding",
    "trailing_text_hidden": "f32 [B, Tt, D]: per-step text addend; row k is added to the input built for frame k; right-padded with tts_pad_embed",
    "tts_pad_embed": "f32 [1, 1, D]: P(tts_pad), added once trailing text is exhausted",
    "talker_logits": "f32 [S, B, V]: RAW codec_head logits of each talker step (HF output_logits; nothing applied), S = number of sampled code-0 tokens",
    "talker_scores": "f32 [S, B, V]: the same after the reference's logits processors (repetition penalty 1.05 on previously generated code-0 ids, EOS=-inf while fewer than 2 tokens, ids [V-1024,V) except EOS = -inf); greedy takes argmax of this",
    "talker_tokens": "i64 [B, S]: sampled code-0 token per step (finished batch rows repeat EOS as pad)",
    "talker_margins": "f32 [B, S]: top-1 minus top-2 of talker_scores",
    "cp_logits": "f32 [S-1, B, G-1, Vcp]: code-predictor lm_head[j] logits; [k, b, j] predicts code j+1 of frame k (raw; sub-talker applies no processors in greedy, cp_scores == cp_logits)",
    "cp_codes": "i64 [S-1, B, G-1]: code-predictor outputs (codes 1..G-1) for each frame build",
    "cp_margins": "f32 [S-1, B, G-1]: top-1 minus top-2 of cp_logits",
    "codes_{b}": "i64 [F_b, G]: final codes returned by generate for sample b (column 0 = talker code, 1..G-1 = code predictor)",
    "talker_hidden_{b}": "f32 [F_b, D]: talker final-normed hidden that produced code 0 of each frame (generate's 2nd return value) -- also the code predictor's first input row",
}


def dump_case(model, case: Case, seed, rejected, inputs, cap, res):
    tc = model.config.talker_config
    eos = tc.codec_eos_token_id
    B = len(case.samples)
    tensors = {}
    meta_samples = []
    kw = cap.talker_kwargs
    emb = kw["inputs_embeds"]
    P = emb.shape[1]
    for b, (s, d) in enumerate(zip(case.samples, inputs)):
        tensors[f"input_ids_{b}"] = torch.tensor([d["input_ids"]])
        if "instruct_ids" in d:
            tensors[f"instruct_ids_{b}"] = torch.tensor([d["instruct_ids"]])
        if "ref_ids" in d:
            tensors[f"ref_ids_{b}"] = torch.tensor([d["ref_ids"]])
        if "ref_code" in d:
            tensors[f"ref_code_{b}"] = d["ref_code"]
        if "ref_spk_embedding" in d:
            tensors[f"ref_spk_embedding_{b}"] = d["ref_spk_embedding"]
        tensors[f"codes_{b}"] = res["codes"][b]
        tensors[f"talker_hidden_{b}"] = res["hiddens"][b]
        rows, trailing, branch, lang = prompt_layout(model, s, d, case.non_streaming_mode)
        # verify our symbolic layout against what the reference built
        n_pad = int((kw["attention_mask"][b] == 0).sum())
        got = emb[b, n_pad:]
        want = eval_layout(model, rows, d)
        assert got.shape == want.shape, (case.name, got.shape, want.shape)
        err = (got - want).abs().max().item()
        assert err < 1e-5, (case.name, "prompt", err)
        tr = kw["trailing_text_hidden"][b, :len(trailing)]
        err2 = (tr - eval_layout(model, trailing, d)).abs().max().item()
        assert err2 < 1e-5, (case.name, "trailing", err2)
        F = res["codes"][b].shape[0]
        first = _first_eos(res["tokens"][b], eos)
        stop = "eos" if first is not None else "max_new_tokens"
        meta_samples.append({
            "index": b,
            "language": s.language,
            "speaker": s.speaker,
            "mode": {None: "named_speaker" if s.speaker else "no_speaker", "xvec": "x_vector_only",
                     "icl": "icl"}[s.mode],
            "input_ids": d["input_ids"],
            "text_ids": d["input_ids"][3:-5],
            "instruct_ids": d.get("instruct_ids"),
            "ref_ids": d.get("ref_ids"),
            "ref_frames": None if "ref_code" not in d else int(d["ref_code"].shape[0]),
            "codec_language_id_used": lang,
            "prompt_rows": rows,
            "prompt_len": len(rows),
            "left_pad": n_pad,
            "trailing_rows": trailing,
            "trailing_len_unpadded": len(trailing),
            "layout_branch": branch,
            "frames": F,
            "stop_reason": stop,
            "eos_step": first,
            "min_margin": res["min_margins"][b],
        })
    tensors["inputs_embeds"] = emb
    tensors["attention_mask"] = kw["attention_mask"]
    tensors["trailing_text_hidden"] = kw["trailing_text_hidden"]
    tensors["tts_pad_embed"] = kw["tts_pad_embed"]
    tensors["talker_logits"] = res["logits"]
    tensors["talker_scores"] = res["scores"]
    tensors["talker_tokens"] = res["tokens"]
    tensors["talker_margins"] = res["t_margin"]
    cp_equal = True
    if res["cp_logits"] is not None:
        tensors["cp_logits"] = res["cp_logits"]
        tensors["cp_codes"] = res["cp_codes"]
        tensors["cp_margins"] = res["cp_margin"]
        cp_equal = bool(torch.equal(res["cp_logits"], res["cp_scores"]))
        assert cp_equal, "sub-talker applied a logits processor in greedy mode?"
    S = res["logits"].shape[0]
    meta = {
        "case": case.name,
        "checkpoint": f"checkpoints/{case.ckpt}",
        "note": case.note,
        "seed": seed,
        "seed_rejected": rejected,
        "margin_min_required": MARGIN_MIN,
        "generate_kwargs": {
            "non_streaming_mode": case.non_streaming_mode,
            "max_new_tokens": case.max_new_tokens,
            "do_sample": False,
            "subtalker_dosample": False,
            "repetition_penalty": 1.05,
        },
        "generate_defaults_in_effect": {
            "top_k": 50, "top_p": 1.0, "temperature": 0.9,
            "subtalker_top_k": 50, "subtalker_top_p": 1.0, "subtalker_temperature": 0.9,
            "eos_token_id": None,
            "note": "core Qwen3TTSForConditionalGeneration.generate defaults (not passed); irrelevant when greedy",
        },
        "talker_generate_effective": {
            "eos_token_id": eos,
            "min_new_tokens": 2,
            "suppress_tokens": f"[{tc.vocab_size - 1024}, {tc.vocab_size}) except {eos}",
        },
        "batch_size": B,
        "talker_steps": S,
        "cp_scores_equal_cp_logits": cp_equal,
        "samples": meta_samples,
        "layout_legend": {
            "T:<id>": "text_projection(text_embedding(id))",
            "C:<id>": "talker codec_embedding row <id>",
            "X": "ref_spk_embedding (x-vector)",
            "R:<k>": "sum over j of ref_code[k] embeddings: codec_embedding(ref_code[k,0]) + sum_j code_predictor.codec_embedding[j-1](ref_code[k,j]) (one stacked sum)",
            "a+b": "elementwise sum",
        },
        "attn_implementation": "eager",
        "tensors": {},
    }
    for k, v in sorted(tensors.items()):
        doc_key = k
        for suffix in range(B):
            if k.endswith(f"_{suffix}") and k[: -len(str(suffix)) - 1] + "_{b}" in TENSOR_DOC:
                doc_key = k[: -len(str(suffix)) - 1] + "_{b}"
        meta["tensors"][k] = {"shape": list(v.shape), "dtype": "f32" if v.is_floating_point() else "i64",
                              "meaning": TENSOR_DOC[doc_key]}
    return tensors, meta


# ---------------------------------------------------------------------------
# EOS checkpoint: tiny-custom-voice with the EOS row of codec_head replaced.

EOS_SCALE = 3.0
EOS_DIR_SEED = GLOBAL_SEED + 7


def build_eos_checkpoint():
    src = bc.CKPT / "tiny-custom-voice"
    import json

    cfg = json.loads((src / "config.json").read_text())
    sd = load_file(str(src / "model.safetensors"))
    eos = cfg["talker_config"]["codec_eos_token_id"]
    D = cfg["talker_config"]["hidden_size"]
    u = randn(gen(EOS_DIR_SEED), D)
    u = u / u.norm()
    sd = dict(sd)
    w = sd["talker.codec_head.weight"].clone()
    w[eos] = EOS_SCALE * u
    sd["talker.codec_head.weight"] = w
    bc.write_tts_checkpoint("tiny-custom-voice-eos", cfg, sd, info={
        "template": bc.REAL_CV.name,
        "derived_from": "checkpoints/tiny-custom-voice",
        "modification": (f"identical to tiny-custom-voice except row {eos} (codec EOS) of "
                         f"talker.codec_head.weight = {EOS_SCALE} * u, u = N(0,1)^{D} from "
                         f"torch.Generator seed {EOS_DIR_SEED}, normalised to unit length. Makes greedy "
                         "decoding emit EOS after a few frames."),
    })


def _accept_eos_single(res, eos):
    first = _first_eos(res["tokens"][0], eos)
    if first is None or first < 4:
        return False, f"eos at step {first} (want >= 4)"
    return True, None


def _accept_eos_batch(res, eos):
    f0 = _first_eos(res["tokens"][0], eos)
    f1 = _first_eos(res["tokens"][1], eos)
    if f0 is None or f0 < 3:
        return False, f"row0 eos at {f0} (want >= 3)"
    if f1 is not None and f1 < f0 + 3:
        return False, f"row1 eos at {f1} (want none or >= row0+3)"
    return True, None


def _accept_no_eos(res, eos):
    for b in range(res["tokens"].shape[0]):
        if _first_eos(res["tokens"][b], eos) is not None:
            return False, "unexpected eos"
    return True, None


def cases() -> list[Case]:
    C = []
    for ns in (False, True):
        tag = "nonstream" if ns else "stream"
        C += [
            Case(f"cv_alice_english_{tag}", "tiny-custom-voice",
                 [Sample(text_len=6, language="english", speaker="alice")], ns,
                 note="CustomVoice, plain speaker, language id english; code predictor hidden 24 != talker 32 (small_to_mtp_projection)",
                 accept=_accept_no_eos, accept_doc="no EOS (runs to max_new_tokens)"),
            Case(f"cv_bob_chinese_{tag}", "tiny-custom-voice",
                 [Sample(text_len=5, language="chinese", speaker="bob")], ns,
                 note="CustomVoice, dialect speaker bob with language chinese -> codec_language_id[beijing_dialect]",
                 accept=_accept_no_eos, accept_doc="no EOS"),
            Case(f"cv_bob_auto_instruct_{tag}", "tiny-custom-voice",
                 [Sample(text_len=7, language="auto", speaker="bob", instruct_len=4)], ns,
                 note="CustomVoice, language auto + dialect speaker -> dialect id (think path); instruct block (tts_model_size 1b7)",
                 accept=_accept_no_eos, accept_doc="no EOS"),
            Case(f"vd_auto_instruct_{tag}", "tiny-voice-design",
                 [Sample(text_len=6, language="auto", instruct_len=5)], ns,
                 note="VoiceDesign, language auto -> nothink path (no language row), no speaker row, instruct",
                 accept=_accept_no_eos, accept_doc="no EOS"),
            Case(f"vd_english_instruct_{tag}", "tiny-voice-design",
                 [Sample(text_len=4, language="english", instruct_len=3)], ns,
                 note="VoiceDesign, language english -> think path with language row, no speaker row",
                 accept=_accept_no_eos, accept_doc="no EOS"),
            Case(f"base_xvec_{tag}", "tiny-base",
                 [Sample(text_len=6, language="english", mode="xvec")], ns,
                 note="Base x-vector-only voice clone (x-vector as the speaker codec row); code predictor hidden == talker hidden (Identity projection)",
                 accept=_accept_no_eos, accept_doc="no EOS"),
            Case(f"base_icl_textlong_{tag}", "tiny-base",
                 [Sample(text_len=8, language="auto", mode="icl", ref_text_len=4, ref_frames=5)], ns,
                 note="Base ICL, len(text track)=m+n+1=13 > len(codec track)=T_ref+1=6: streaming puts the surplus text in trailing_text_hidden",
                 accept=_accept_no_eos, accept_doc="no EOS"),
            Case(f"base_icl_codeclong_{tag}", "tiny-base",
                 [Sample(text_len=5, language="english", mode="icl", ref_text_len=3, ref_frames=12)], ns,
                 note="Base ICL, len(text track)=9 <= len(codec track)=13: streaming pads text with tts_pad, trailing = [tts_pad]",
                 accept=_accept_no_eos, accept_doc="no EOS"),
        ]
    C += [
        Case("base_icl_equal_stream", "tiny-base",
             [Sample(text_len=4, language="english", mode="icl", ref_text_len=3, ref_frames=7)], False,
             note="Base ICL edge case len(text track)=8 == len(codec track)=8 (else-branch, zero padding rows)",
             accept=_accept_no_eos, accept_doc="no EOS"),
        Case("cv_maxnew5_stream", "tiny-custom-voice",
             [Sample(text_len=6, language="english", speaker="alice")], False, max_new_tokens=5,
             note="max_new_tokens=5 cut: 5 code-0 tokens sampled, 4 frames returned (the 5th token never gets a frame)",
             accept=_accept_no_eos, accept_doc="no EOS"),
        Case("cv_eos_stream", "tiny-custom-voice-eos",
             [Sample(text_len=6, language="english", speaker="alice")], False, max_new_tokens=24,
             note="EOS stop: greedy emits codec EOS at talker step eos_step (>= 4); frames = eos_step",
             accept=_accept_eos_single, accept_doc="EOS at step >= 4"),
        Case("cv_batch2_stream", "tiny-custom-voice",
             [Sample(text_len=5, language="english", speaker="alice"),
              Sample(text_len=9, language="chinese", speaker="bob", instruct_len=3)], False,
             note="batch of 2 in one generate call: different prompt lengths (left padding) and trailing lengths (right padding with tts_pad)",
             accept=_accept_no_eos, accept_doc="no EOS", compare_singles=True),
        Case("cv_batch2_nonstream", "tiny-custom-voice",
             [Sample(text_len=5, language="english", speaker="alice"),
              Sample(text_len=9, language="chinese", speaker="bob", instruct_len=3)], True,
             note="batch of 2, non-streaming mode",
             accept=_accept_no_eos, accept_doc="no EOS", compare_singles=True),
        Case("cv_eos_batch2_stream", "tiny-custom-voice-eos",
             [Sample(text_len=6, language="english", speaker="alice"),
              Sample(text_len=4, language="english", speaker="bob", instruct_len=2)], False, max_new_tokens=20,
             note="batch of 2 where row 0 stops on EOS first; finished rows keep emitting EOS (HF pad) and are cut at their first EOS",
             accept=_accept_eos_batch, accept_doc="row0 EOS at step >= 3, row1 no EOS or >= 3 steps later",
             compare_singles=True),
    ]
    for i, c in enumerate(C):
        c.seed_base = GLOBAL_SEED + 1000 * (i + 1)
    return C


def compare_with_singles(model, case, inputs, res):
    """talker.md 4: a batch of 2 equals two single runs (greedy codes identical)."""
    out = {}
    for b, (s, d) in enumerate(zip(case.samples, inputs)):
        single = copy.copy(case)
        single.samples = [s]
        _, codes, _ = run_generate(model, single, [d])
        out[f"sample_{b}_codes_equal"] = bool(torch.equal(codes[0], res["codes"][b]))
    return out


def run():
    OUT.mkdir(parents=True, exist_ok=True)
    build_eos_checkpoint()
    models = {}
    summary = []
    for case in cases():
        if case.ckpt not in models:
            models[case.ckpt] = bc.load_tts(case.ckpt)
        model = models[case.ckpt]
        seed, rejected, inputs, cap, res = run_case(model, case, case.seed_base)
        tensors, meta = dump_case(model, case, seed, rejected, inputs, cap, res)
        meta["acceptance"] = case.accept_doc
        if case.compare_singles:
            meta["batch_vs_single"] = compare_with_singles(model, case, inputs, res)
        write_tensors(OUT / f"{case.name}.safetensors", tensors)
        write_json(OUT / f"{case.name}.json", meta)
        register(f"talker/{case.name}.safetensors", {
            "what": f"talker/code-predictor golden, case {case.name}: {case.note}",
            "checkpoint": f"checkpoints/{case.ckpt}",
            "tensors": meta["tensors"],
        })
        register(f"talker/{case.name}.json", {
            "what": f"metadata for talker/{case.name}.safetensors (ids, generate kwargs, symbolic prompt layout, seed, margins, stop reason)",
            "keys": sorted(meta.keys()),
        })
        summary.append((case.name, seed, len(rejected), [m["frames"] for m in meta["samples"]],
                        [m["stop_reason"] for m in meta["samples"]], min(res["min_margins"])))
        print(f"  {case.name}: seed {seed} (rejected {len(rejected)}), frames "
              f"{[m['frames'] for m in meta['samples']]}, stop {[m['stop_reason'] for m in meta['samples']]}, "
              f"min margin {min(res['min_margins']):.4f}", flush=True)
    units(models)
    return summary


# ---------------------------------------------------------------------------
# Unit-level dumps per checkpoint (talker.md 8.2.5 a, c, d)


UNIT_DOC = {
    "text_ids": "i64 [1, L]: text ids",
    "text_embed": "f32 [1, L, text_hidden]: talker.model.text_embedding(text_ids)",
    "text_proj": "f32 [1, L, D]: talker.text_projection(text_embed) (fc1 -> SiLU -> fc2, with biases)",
    "tf_inputs_embeds": "f32 [1, L2, D]: random N(0,1) input rows for a teacher-forced talker pass",
    "tf_hidden_states": "f32 [num_layers+1, 1, L2, D]: HF hidden_states of talker.model(inputs_embeds=tf_inputs_embeds, use_cache=False): [0] = input, [i] = output of layer i-1 for i < num_layers, [num_layers] = FINAL-NORMED output of the last layer",
    "tf_logits": "f32 [1, L2, V]: talker.codec_head(tf_hidden_states[-1])",
    "cp_in_hidden": "f32 [1, 1, D]: random talker hidden fed to the code predictor",
    "cp_in_code0": "i64 [1, 1]: code 0 fed to the code predictor",
    "cp_prefill_inputs": "f32 [1, 2, D]: cat(cp_in_hidden, talker.codec_embedding(cp_in_code0)) (before small_to_mtp_projection)",
    "cp_logits": "f32 [G-1, 1, Vcp]: greedy code_predictor.generate logits per step",
    "cp_codes": "i64 [1, G-1]: greedy codes 1..G-1",
}


def units(models):
    for name in ("tiny-custom-voice", "tiny-voice-design", "tiny-base"):
        model = models.get(name) or bc.load_tts(name)
        talker = model.talker
        tc = model.config.talker_config
        g = gen(GLOBAL_SEED + 77)
        ids = torch.tensor([[90, 95, 96, 3, 17, 42, 89, 91, 92, 93, 94]])
        with torch.no_grad():
            te = talker.get_text_embeddings()(ids)
            tp = talker.text_projection(te)
            x = randn(g, 1, 9, tc.hidden_size)
            o = talker.model(inputs_embeds=x, use_cache=False, output_hidden_states=True)
            hs = torch.stack(o.hidden_states, 0)
            logits = talker.codec_head(o.last_hidden_state)
            for _ in range(100):  # redraw until every greedy step has margin >= MARGIN_MIN
                h = randn(g, 1, 1, tc.hidden_size)
                c0 = torch.tensor([[int(torch.randint(0, bc.CB, (1,), generator=g))]])
                inp = torch.cat([h, talker.get_input_embeddings()(c0)], 1)
                r = talker.code_predictor.generate(inputs_embeds=inp, max_new_tokens=tc.num_code_groups - 1,
                                                   do_sample=False, return_dict_in_generate=True,
                                                   output_logits=True)
                if top2_margin(torch.stack(r.logits, 0)).min().item() >= MARGIN_MIN:
                    break
            else:
                raise RuntimeError("units: no safe code-predictor input")
        tensors = {"text_ids": ids, "text_embed": te, "text_proj": tp, "tf_inputs_embeds": x,
                   "tf_hidden_states": hs, "tf_logits": logits, "cp_in_hidden": h, "cp_in_code0": c0,
                   "cp_prefill_inputs": inp, "cp_logits": torch.stack(r.logits, 0), "cp_codes": r.sequences}
        rel = f"talker/units_{name}.safetensors"
        write_tensors(FIXTURES / rel, tensors)
        register(rel, {
            "what": f"unit-level goldens for checkpoints/{name}: text projection, one teacher-forced talker pass "
                    "(no cache, all hidden states), one greedy code-predictor call",
            "checkpoint": f"checkpoints/{name}",
            "tensors": {k: {"shape": list(v.shape), "dtype": "f32" if v.is_floating_point() else "i64",
                            "meaning": UNIT_DOC[k]} for k, v in sorted(tensors.items())},
        })


if __name__ == "__main__":
    from common import setup_torch

    setup_torch()
    run()
