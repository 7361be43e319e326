"""End-to-end speed of the Python reference (qwen-tts 0.1.1 `Qwen3TTSModel.generate_custom_voice`,
float32, CPU) on a checkpoint directory: one JSON line with the median wall time per audio
second over the runs (after one warm-up), the audio length and peak RSS. The reference returns
the whole waveform at the end, so its time to first audio is its total time.

    reference_e2e.py MODEL_DIR --frames 25 --runs 3 --threads 2 [--text ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reference"))

import common  # noqa: E402,F401  (installs the import stubs for optional audio packages)

import torch  # noqa: E402
from qwen_tts import Qwen3TTSModel  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("--frames", type=int, default=25)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--text", default="The quick brown fox jumps over the lazy dog near the quiet river bank.")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    wrapper = Qwen3TTSModel.from_pretrained(str(args.model), dtype=torch.float32)
    load_s = time.perf_counter() - t0
    speakers = sorted(wrapper.model.get_supported_speakers())
    rtfs, audio = [], []
    for i in range(args.runs + 1):
        torch.manual_seed(1)
        t = time.perf_counter()
        wavs, sr = wrapper.generate_custom_voice(
            text=args.text, speaker=speakers[0], language="auto", max_new_tokens=args.frames + 1)
        dt = time.perf_counter() - t
        if i == 0:
            continue
        seconds = len(wavs[0]) / sr
        rtfs.append(dt / seconds)
        audio.append(seconds)
    rtf = statistics.median(rtfs)
    print(json.dumps({
        "impl": "reference (qwen-tts 0.1.1, torch %s, float32)" % torch.__version__,
        "runs": args.runs,
        "audio_s_per_run": statistics.median(audio),
        "load_s": load_s,
        "rtf_median": rtf,
        "ttfa_ms_median": rtf * statistics.median(audio) * 1000.0,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "threads": args.threads,
    }))


if __name__ == "__main__":
    main()
