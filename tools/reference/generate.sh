#!/usr/bin/env bash
# Regenerate tests/fixtures from the Python reference (qwen-tts 0.1.1).
#
#   tools/reference/generate.sh            # writes tests/fixtures/
#   QWEN_TTS_FIXTURES_OUT=/tmp/fx tools/reference/generate.sh   # writes elsewhere
#   tools/reference/generate.sh --codec-f64-only   # only codec/codec_f64.* (+ its manifest entries)
#   tools/reference/generate.sh --codec-bf16-only  # only codec/codec_bf16.* (+ its manifest entries)
#   tools/reference/generate.sh --clone-cut-only   # only e2e/clone_icl_cut.* (+ its manifest entries)
#   tools/reference/generate.sh --clips-only       # only clips/* (+ their manifest entries)
#   tools/reference/generate.sh --sampling-only    # only sampling/* (+ their manifest entries)
#   tools/reference/generate.sh --python-api-only  # only python/* (+ its manifest entry)
#
# Environment:
#   PYTHON                 interpreter used to create the venv (default: python3, >= 3.10)
#   QWEN_TTS_REF_VENV      use this venv instead of tools/reference/.venv (it is
#                          created/updated from requirements.txt the same way)
#   QWEN_TTS_SHARED        folder with hf/ and data/reference-audio/ (default: ../shared
#                          next to the repository root)
#   QWEN_TTS_FIXTURES_OUT  output folder (default: tests/fixtures)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="${QWEN_TTS_REF_VENV:-$HERE/.venv}"
PY="${PYTHON:-python3}"
REQ="$HERE/requirements.txt"
STAMP="$VENV/.qwen_tts_reference_requirements.sha256"

if [ ! -x "$VENV/bin/python" ]; then
    echo "creating venv $VENV" >&2
    "$PY" -m venv "$VENV"
fi
want="$(sha256sum "$REQ" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want" != "$have" ]; then
    echo "installing $REQ into $VENV (torch from PyPI is large; this takes a while)" >&2
    "$VENV/bin/python" -m pip install --quiet -r "$REQ" >&2
    echo "$want" > "$STAMP"
fi

export QWEN_TTS_SHARED="${QWEN_TTS_SHARED:-$(cd "$REPO/.." && pwd)/shared}"
export PYTHONHASHSEED=0
export TOKENIZERS_PARALLELISM=false
export OMP_NUM_THREADS=1
export MKL_NUM_THREADS=1
export CUDA_VISIBLE_DEVICES=""
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export PYTHONDONTWRITEBYTECODE=1

cd "$HERE"
exec "$VENV/bin/python" generate.py "$@"
