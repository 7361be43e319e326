#!/usr/bin/env bash
# Serving-engine throughput at the real 0.6B CustomVoice dimensions (random weights): one JSON
# line per concurrency (aggregate_rtf, per-stream rtf, lm_rtf, codec_rtf, ttfa_ms_p50/p95,
# mean_batch), all from one build in one run.
#
#   tools/serving-bench/run.sh [DTYPE] [FRAMES] [RUNS] [CONCURRENCY...]
#
# Needs ../shared/hf (or QWEN3_TTS_SHARED_DIR). Defaults: q8_0, 50 frames (4 s) per stream,
# 2 measured runs after a warm-up, concurrency 1 4 8 16.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${QWEN3_TTS_SHARED_DIR:-$(cd "$REPO/.." && pwd)/shared}"
DTYPE="${1:-q8_0}"
FRAMES="${2:-50}"
RUNS="${3:-2}"
shift $(( $# < 3 ? $# : 3 ))
LEVELS=("${@:-1 4 8 16}")
cd "$REPO"
cargo build --release -q -p tts-cli
BIN="${CARGO_TARGET_DIR:-$REPO/target}/release/tts-cli"
for n in ${LEVELS[*]}; do
    "$BIN" bench --random-weights --config "$SHARED/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice" \
        --dtype "$DTYPE" --frames "$FRAMES" --runs "$RUNS" --concurrency "$n" --json
done
