"""Driver: regenerate everything under tests/fixtures (or $QWEN_TTS_FIXTURES_OUT).

Order: tiny checkpoints -> talker goldens (also builds tiny-custom-voice-eos) ->
speaker goldens -> codec goldens -> codec float64 truth -> end-to-end (builds
tiny-e2e) -> end-to-end voice clone (builds tiny-e2e-base) -> manifest.json
and README.md. The output directory is wiped first so no stale file survives.

`generate.py --codec-f64-only` rewrites only codec/codec_f64.{safetensors,json}
from the existing fixtures and adds them to manifest.json (codec_goldens_f64.py);
`--codec-bf16-only` (codec/codec_bf16.*, codec_bf16_goldens.py) and
`--clone-cut-only` (e2e/clone_icl_cut.*, clone_cut_goldens.py), `--clips-only`
(clips/*, clip_goldens.py), `--sampling-only` (sampling/*, sampler_goldens.py) and
`--python-api-only` (python/*, python_api_goldens.py) likewise.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import common
from common import FIXTURES, GLOBAL_SEED, MARGIN_MIN, STUBBED_MODULES, setup_torch, sha256_file, write_json

HERE = Path(__file__).resolve().parent
GENERATED = ("checkpoints", "talker", "speaker", "codec", "e2e", "clips", "sampling", "python", "manifest.json", "README.md", ".manifest_parts")


def clean():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name in GENERATED:
        p = FIXTURES / name
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def _st_header(path: Path) -> dict:
    with open(path, "rb") as f:
        n = int.from_bytes(f.read(8), "little")
        h = json.loads(f.read(n))
    h.pop("__metadata__", None)
    return {k: {"dtype": v["dtype"], "shape": v["shape"]} for k, v in sorted(h.items())}


DT = {"F32": "f32", "F64": "f64", "I64": "i64", "BF16": "bf16"}


def file_entry(p: Path, rel: str, description: dict) -> dict:
    """One manifest entry: the registered description + size, sha256 and checked tensor list."""
    info = dict(description)
    info["bytes"] = p.stat().st_size
    info["sha256"] = sha256_file(p)
    if rel.endswith(".safetensors"):
        header = _st_header(p)
        if "tensors" in info:  # goldens: check the documented shapes against the file
            doc = info["tensors"]
            assert set(doc) == set(header), (rel, set(doc) ^ set(header))
            for k, v in header.items():
                assert doc[k]["shape"] == v["shape"], (rel, k)
                assert doc[k]["dtype"] == DT[v["dtype"]], (rel, k)
        elif "Byte copy" not in info.get("what", ""):
            info["tensors"] = {k: {"dtype": DT[v["dtype"]], "shape": v["shape"]} for k, v in header.items()}
    return info


def build_manifest(extra: dict) -> dict:
    parts = {}
    for p in sorted((FIXTURES / ".manifest_parts").glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        parts[d["path"]] = d["info"]
    files = {}
    for p in sorted(FIXTURES.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(FIXTURES).as_posix()
        if rel.startswith(".manifest_parts/") or rel in ("manifest.json", "README.md"):
            continue
        if rel not in parts:
            raise RuntimeError(f"no manifest description for {rel}")
        files[rel] = file_entry(p, rel, parts[rel])
    files["README.md"] = {"what": "human-readable layout and regeneration instructions (copied from "
                                  "tools/reference/FIXTURES_README.md)"}
    return {"files": files, **extra}


def checkpoint_summaries() -> dict:
    out = {}
    for d in sorted((FIXTURES / "checkpoints").iterdir()):
        cfg = json.loads((d / "config.json").read_text())
        if d.name == "tiny-codec":
            dc, ec = cfg["decoder_config"], cfg["encoder_config"]
            out[d.name] = {
                "model_type": cfg["model_type"],
                "decoder": {k: dc[k] for k in ("codebook_size", "codebook_dim", "num_quantizers", "latent_dim",
                                                "hidden_size", "num_attention_heads", "num_key_value_heads",
                                                "head_dim", "intermediate_size", "num_hidden_layers",
                                                "sliding_window", "upsampling_ratios", "upsample_rates",
                                                "decoder_dim")},
                "encoder": {k: ec[k] for k in ("num_filters", "upsampling_ratios", "hidden_size",
                                                "num_hidden_layers", "num_attention_heads", "head_dim",
                                                "intermediate_size", "codebook_size", "codebook_dim",
                                                "num_quantizers", "sliding_window", "_frame_rate")},
                "decode_upsample_rate": cfg["decode_upsample_rate"],
                "encode_downsample_rate": cfg["encode_downsample_rate"],
                "encoder_valid_num_quantizers": cfg["encoder_valid_num_quantizers"],
                "weights_dtype": "float32",
            }
            continue
        t = cfg["talker_config"]
        cp = t["code_predictor_config"]
        out[d.name] = {
            "tts_model_type": cfg["tts_model_type"],
            "tts_model_size": cfg["tts_model_size"],
            "talker": {k: t[k] for k in ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                                          "num_attention_heads", "num_key_value_heads", "head_dim",
                                          "text_vocab_size", "text_hidden_size", "num_code_groups",
                                          "rope_theta", "rope_scaling", "rms_norm_eps")},
            "code_predictor": {k: cp[k] for k in ("vocab_size", "hidden_size", "intermediate_size",
                                                   "num_hidden_layers", "num_attention_heads",
                                                   "num_key_value_heads", "head_dim", "num_code_groups",
                                                   "rope_theta")},
            "small_to_mtp_projection": cp["hidden_size"] != t["hidden_size"],
            "speaker_encoder": cfg.get("speaker_encoder_config"),
            "weights_dtype": "bfloat16" if d.name in ("tiny-e2e", "tiny-e2e-base", "tiny-e2e-voice-design") else "float32",
            "has_tokenizer_files": (d / "vocab.json").exists(),
        }
    return out


def add_to_manifest(run, rels: list[str]) -> None:
    """Runs one generator on top of the committed fixtures and adds (or replaces) the manifest
    entries of the files it writes, leaving every other file as it is."""
    from common import _MANIFEST_DIR

    manifest_path = FIXTURES / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if _MANIFEST_DIR.exists():
        shutil.rmtree(_MANIFEST_DIR)
    run()
    for rel in rels:
        part = _MANIFEST_DIR / (rel.replace("/", "__") + ".json")
        info = json.loads(part.read_text(encoding="utf-8"))["info"]
        manifest["files"][rel] = file_entry(FIXTURES / rel, rel, info)
    shutil.rmtree(_MANIFEST_DIR)
    write_json(manifest_path, manifest)
    shutil.copyfile(HERE / "FIXTURES_README.md", FIXTURES / "README.md")


def main():
    setup_torch()
    clean()
    import build_checkpoints as bc
    import talker_goldens
    import speaker_goldens
    import codec_goldens
    import codec_goldens_f64
    import codec_bf16_goldens
    import e2e_goldens
    import clone_cut_goldens
    import clip_goldens
    import sampler_goldens
    import python_api_goldens
    import python_goldens

    print("[1/5] checkpoints", flush=True)
    bc.build_all()
    print("[2/5] talker goldens", flush=True)
    talker_summary = talker_goldens.run()
    print("[3/5] speaker goldens", flush=True)
    speaker_goldens.run()
    print("[4/5] codec goldens", flush=True)
    codec_goldens.run()
    print("[4b/5] codec float64 truth", flush=True)
    codec_goldens_f64.run()
    print("[4c/5] codec encoder in bfloat16", flush=True)
    codec_bf16_goldens.run()
    print("[5/5] end-to-end goldens", flush=True)
    e2e_seed, e2e_rejected = e2e_goldens.run()
    print("[5b/5] end-to-end voice-clone goldens", flush=True)
    clone_seed, clone_rejected = e2e_goldens.run_clone()
    print("[5b'/5] voice clone where the wrapper's cut keeps a reference sample", flush=True)
    clone_cut_goldens.run()
    print("[5b3/5] voice clones from clip files at other rates and formats", flush=True)
    clip_goldens.run()
    print("[5b4/5] the sub-talker's sampling distributions", flush=True)
    sampler_goldens.run()
    print("[5b5/5] the reference wrapper's kwargs and voice_clone_prompt handling", flush=True)
    python_api_goldens.run()
    print("[5c/5] Python-package goldens (voice design, batched calls)", flush=True)
    vd_seed, vd_rejected = python_goldens.run()

    extra = {
        "generator": "tools/reference/generate.sh (python tools/reference/generate.py)",
        "reference": "PyPI qwen-tts==0.1.1 (qwen_tts.core.models / qwen_tts.core.tokenizer_12hz / "
                     "qwen_tts.inference) on transformers 4.57.3",
        "versions": common.versions(),
        "torch_settings": {"device": "cpu", "dtype": "float32", "num_threads": 1,
                           "use_deterministic_algorithms": True,
                           "attn_implementation": "eager for everything built directly (checkpoints, talker, "
                                                  "speaker, codec goldens); the e2e wrapper uses its default "
                                                  "(sdpa), recorded in e2e/*.json"},
        "import_stubs": {
            "modules": STUBBED_MODULES,
            "why": "qwen_tts/core/__init__.py imports the unused 25 Hz tokenizer, which imports "
                   "torchaudio.compliance.kaldi; torchaudio 2.11.0 (newest on PyPI) refuses to load next to "
                   "torch 2.15.0 (CUDA version mismatch), so an empty torchaudio stub is installed before "
                   "importing qwen_tts (tools/reference/common.py). flash-attn is absent: the reference falls "
                   "back to its PyTorch paths.",
        },
        "global_seed": GLOBAL_SEED,
        "checkpoint_weight_seeds": {**bc.SEEDS, "tiny-e2e": e2e_seed, "tiny-e2e-base": clone_seed,
                                    "tiny-e2e-voice-design": vd_seed,
                                    "tiny-custom-voice-eos": "tiny-custom-voice + modified EOS row (seed %d)"
                                                             % talker_goldens.EOS_DIR_SEED},
        "tiny_e2e_seed_rejected": e2e_rejected,
        "tiny_e2e_base_seed_rejected": clone_rejected,
        "tiny_e2e_voice_design_seed_rejected": vd_rejected,
        "greedy_margin_rule": {
            "margin_min": MARGIN_MIN,
            "rule": "a case (talker: input seed; e2e: weight seed; codec encode: audio slice offset) is "
                    "rejected and the next seed tried when any greedy decision that affects the output has "
                    "top-1 minus top-2 below margin_min, measured on the scores the reference argmaxes "
                    "(talker: after repetition penalty / min-new-tokens / suppression; code predictor: raw "
                    "logits; codec encoder: cdist distances)",
        },
        "talker_cases": [
            {"case": n, "seed": s, "seeds_rejected": r, "frames": f, "stop_reason": st, "min_margin": m}
            for (n, s, r, f, st, m) in talker_summary
        ],
        "tiny_id_space": {
            "codebook_size": bc.CB,
            "talker_vocab_size": bc.TALKER_VOCAB,
            "codec_ids": bc.CODEC_IDS,
            "codec_language_id": {**bc.LANGS, **bc.DIALECTS},
            "codec_language_id_note": "custom_voice checkpoints have all four; voice_design/base have no "
                                      "beijing_dialect (like the real configs, which have no dialects there)",
            "spk_id (custom_voice only)": bc.SPEAKERS,
            "spk_is_dialect (custom_voice only)": bc.SPK_IS_DIALECT,
            "tiny_text_vocab (all but tiny-e2e)": bc.TINY_TEXT,
            "real_text_vocab (tiny-e2e, tiny-e2e-base)": bc.REAL_TEXT,
        },
    }
    extra["checkpoints"] = checkpoint_summaries()
    shutil.copyfile(HERE / "FIXTURES_README.md", FIXTURES / "README.md")
    manifest = build_manifest(extra)
    shutil.rmtree(FIXTURES / ".manifest_parts")
    write_json(FIXTURES / "manifest.json", manifest)
    total = sum(p.stat().st_size for p in FIXTURES.rglob("*") if p.is_file())
    print(f"done: {len(manifest['files'])} files, {total / 1e6:.2f} MB")


# `generate.py --X-only`: the module whose run_only() rewrites only its own files.
ONLY = {
    "--codec-f64-only": "codec_goldens_f64",
    "--codec-bf16-only": "codec_bf16_goldens",
    "--clone-cut-only": "clone_cut_goldens",
    "--clips-only": "clip_goldens",
    "--sampling-only": "sampler_goldens",
    "--python-api-only": "python_api_goldens",
}


if __name__ == "__main__":
    import importlib
    import sys

    if len(sys.argv) == 2 and sys.argv[1] in ONLY:
        setup_torch()
        importlib.import_module(ONLY[sys.argv[1]]).run_only()
    elif sys.argv[1:]:
        sys.exit(f"usage: generate.py [{' | '.join(ONLY)}]  (got {sys.argv[1:]})")
    else:
        main()
