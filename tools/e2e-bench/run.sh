#!/usr/bin/env bash
# End to end, ours next to the Python reference, in one invocation and on the same random-weight
# checkpoint at the real 0.6B CustomVoice dimensions (built once by build_random_checkpoint.py):
# the reference wrapper in float32, then `tts-cli bench` at f32, bf16, q8_0, q5_0 and q4k. Prints one
# table: RTF (total, acoustic model, codec), time to first audio, frames/s, peak RSS, speed-up.
#
#   tools/e2e-bench/run.sh [FRAMES] [RUNS] [THREADS]
#
# Needs the tools/reference venv (tools/reference/generate.sh creates it; or QWEN_TTS_REF_VENV),
# ../shared/hf, and ~4 GB of disk for the checkpoint (QWEN_TTS_BENCH_CKPT, default
# target/bench-checkpoints/0.6B-CustomVoice).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
FRAMES="${1:-25}"
RUNS="${2:-3}"
THREADS="${3:-2}"
SHARED="${QWEN3_TTS_SHARED_DIR:-$(cd "$REPO/.." && pwd)/shared}"
VENV="${QWEN_TTS_REF_VENV:-$REPO/tools/reference/.venv}"
CKPT="${QWEN_TTS_BENCH_CKPT:-${CARGO_TARGET_DIR:-$REPO/target}/bench-checkpoints/0.6B-CustomVoice}"
OUT="$(mktemp -d)"
export QWEN_TTS_SHARED="$SHARED" CUDA_VISIBLE_DEVICES="" OMP_NUM_THREADS="$THREADS"
"$VENV/bin/python" "$HERE/build_random_checkpoint.py" "$CKPT"
"$VENV/bin/python" "$HERE/reference_e2e.py" "$CKPT" --frames "$FRAMES" --runs "$RUNS" \
    --threads "$THREADS" > "$OUT/reference.json" 2> "$OUT/reference.log"
cd "$REPO"
cargo build --release -q -p tts-cli
BIN="${CARGO_TARGET_DIR:-$REPO/target}/release/tts-cli"
for dtype in f32 bf16 q8_0 q5_0 q4k; do
    RAYON_NUM_THREADS="$THREADS" "$BIN" bench --model "$CKPT" --dtype "$dtype" \
        --frames "$FRAMES" --runs "$RUNS" --json > "$OUT/$dtype.json"
done
"$VENV/bin/python" - "$OUT" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
# The last line is the JSON (optional audio packages of the reference print notices).
last = lambda name: json.loads((out / name).read_text().strip().splitlines()[-1])
ref = last("reference.json")
print(f"| engine | dtype | RTF | lm_rtf | codec_rtf | TTFA ms | frames/s | peak RSS MiB | speed-up |")
print("|---|---|---|---|---|---|---|---|---|")
print(f"| reference | f32 | {ref['rtf_median']:.2f} | | | {ref['ttfa_ms_median']:.0f} | "
      f"{12.5 / ref['rtf_median']:.2f} | {ref['peak_rss_mib']:.0f} | 1.0x |")
for dtype in ["f32", "bf16", "q8_0", "q5_0", "q4k"]:
    d = last(f"{dtype}.json")
    print(f"| ours | {dtype} | {d['rtf_median']:.2f} | {d['lm_rtf']:.2f} | {d['codec_rtf']:.2f} | "
          f"{d['ttfa_ms_median']:.0f} | {d['frames_per_s_median']:.2f} | {d['peak_rss_mib']:.0f} | "
          f"{ref['rtf_median'] / d['rtf_median']:.1f}x |")
PY
