"""The same Python program, run against `qwen_tts` (the reference) or `qwen3_tts_rs` (ours):
only the import differs. Loads a CustomVoice checkpoint, warms up once, then times `runs` calls
of generate_custom_voice (and, for ours, the time to the first chunk of model.stream). Prints
one JSON line with the timings.

    python program.py qwen_tts     CHECKPOINT [--dtype float32] [--frames 25] [--runs 3]
    python program.py qwen3_tts_rs CHECKPOINT [--dtype float32|q8_0] ...
"""

import argparse
import importlib
import json
import statistics
import sys
import time
from pathlib import Path

p = argparse.ArgumentParser()
p.add_argument("package", choices=["qwen_tts", "qwen3_tts_rs"])
p.add_argument("checkpoint")
p.add_argument("--dtype", default="float32")
p.add_argument("--frames", type=int, default=25)
p.add_argument("--runs", type=int, default=3)
p.add_argument("--text", default="The quick brown fox jumps over the lazy dog, and then it runs far away.")
args = p.parse_args()

if args.package == "qwen_tts":
    # The reference venv's torchaudio refuses to load next to its torch: install the empty stub
    # the fixture generator uses (tools/reference/common.py) before importing qwen_tts.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reference"))
    import common  # noqa: F401
    import torch  # the reference takes torch dtypes

    dtype = getattr(torch, args.dtype)
else:
    dtype = args.dtype
# The one-line switch.
Qwen3TTSModel = importlib.import_module(args.package).Qwen3TTSModel

started = time.perf_counter()
model = Qwen3TTSModel.from_pretrained(args.checkpoint, dtype=dtype)
load_s = time.perf_counter() - started
speaker = model.get_supported_speakers()[0]
# Sampled as users run it; a fixed length (max_new_tokens = frames + 1) keeps the work equal.
kwargs = dict(speaker=speaker, language="english", max_new_tokens=args.frames + 1)

model.generate_custom_voice(args.text, **kwargs)  # warm-up
walls, audio = [], []
for _ in range(args.runs):
    t = time.perf_counter()
    wavs, sr = model.generate_custom_voice(args.text, **kwargs)
    walls.append(time.perf_counter() - t)
    audio.append(len(wavs[0]) / sr)
wall, secs = statistics.median(walls), statistics.median(audio)
result = {"package": args.package, "dtype": args.dtype, "load_s": round(load_s, 2), "wall_s": round(wall, 3),
          "audio_s": round(secs, 3), "rtf": round(wall / secs, 3) if secs else None,
          # The reference returns audio at the end: its first audio is its whole call.
          "first_audio_s": round(wall, 3)}
if hasattr(model, "stream"):
    t = time.perf_counter()
    stream = model.stream(args.text, **kwargs)
    next(stream)
    result["first_audio_s"] = round(time.perf_counter() - t, 3)
    stream.close()
print(json.dumps(result))
sys.stdout.flush()
