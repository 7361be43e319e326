#!/usr/bin/env bash
# Codec decoder speed, ours next to the reference, in one run, at the real
# Qwen3-TTS-Tokenizer-12Hz dimensions with random weights and non-zero codes.
#
#   tools/codec-bench/run.sh [FRAMES] [THREADS]
#
# Needs the tools/reference venv (tools/reference/generate.sh creates it; or set
# QWEN_TTS_REF_VENV) and ../shared/hf. Prints the reference's JSON line, then our
# criterion bench (full pass, 1/2/8-frame streaming steps, a batch of 8 streams).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
FRAMES="${1:-50}"
THREADS="${2:-2}"
SHARED="${QWEN3_TTS_SHARED_DIR:-$(cd "$REPO/.." && pwd)/shared}"
VENV="${QWEN_TTS_REF_VENV:-$REPO/tools/reference/.venv}"
CONFIG="$SHARED/hf/Qwen3-TTS-Tokenizer-12Hz/config.json"

OMP_NUM_THREADS="$THREADS" CUDA_VISIBLE_DEVICES="" QWEN_TTS_SHARED="$SHARED" \
    "$VENV/bin/python" "$HERE/reference_decode.py" --config "$CONFIG" --frames "$FRAMES" --threads "$THREADS"
cd "$REPO"
RAYON_NUM_THREADS="$THREADS" QWEN3_TTS_SHARED_DIR="$SHARED" \
    cargo bench -p audio-codec-12hz --bench decoder -- --warm-up-time 1 --measurement-time 8
