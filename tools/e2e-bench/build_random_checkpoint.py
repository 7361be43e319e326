"""A random-weight checkpoint at the real dimensions, in the real Hugging Face layout, for
speed measurements that run the Python reference and our engine on the same weights.

The configs and tokenizer files are copied from shared/hf/<NAME>; the models are the reference's
own classes, filled by tools/reference/build_checkpoints.randomize (seeded) and saved as the
released checkpoints are (talker in bfloat16, codec in float32). Speed does not depend on the
values; the codes are non-zero and varied.

    build_random_checkpoint.py OUT_DIR [--name Qwen3-TTS-12Hz-0.6B-CustomVoice] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reference"))

import build_checkpoints as bc  # noqa: E402  (common installs the import stubs first)
from common import HF_DIR, save_state_dict  # noqa: E402

import torch  # noqa: E402

COPIED = ["config.json", "generation_config.json", "preprocessor_config.json",
          "tokenizer_config.json", "vocab.json", "merges.txt"]
CODEC_COPIED = ["config.json", "preprocessor_config.json"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--name", default="Qwen3-TTS-12Hz-0.6B-CustomVoice")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    src = HF_DIR / args.name
    out: Path = args.out
    done = out / "DONE"
    if done.exists() and done.read_text().strip() == f"{args.name} {args.seed}":
        print(f"{out}: already built", file=sys.stderr)
        return
    out.mkdir(parents=True, exist_ok=True)
    for f in COPIED:
        shutil.copyfile(src / f, out / f)
    (out / "speech_tokenizer").mkdir(exist_ok=True)
    for f in CODEC_COPIED:
        shutil.copyfile(src / "speech_tokenizer" / f, out / "speech_tokenizer" / f)
    with torch.no_grad():
        model = bc.make_tts_model(json.loads((src / "config.json").read_text()))
        bc.randomize(model, args.seed, "tts")
        save_state_dict(out / "model.safetensors", model.state_dict(), dtype=torch.bfloat16)
        del model
        codec = bc.make_codec_model(json.loads((src / "speech_tokenizer" / "config.json").read_text()))
        bc.randomize(codec, args.seed + 1, "codec")
        save_state_dict(out / "speech_tokenizer" / "model.safetensors", codec.state_dict())
    done.write_text(f"{args.name} {args.seed}\n")
    print(f"{out}: built", file=sys.stderr)


if __name__ == "__main__":
    main()
