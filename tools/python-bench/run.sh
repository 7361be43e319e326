#!/usr/bin/env bash
# Side by side: the same Python program (program.py) against the reference package `qwen_tts`
# (tools/reference/.venv, torch on the CPU) and against ours, `qwen3_tts_rs` (built into its own
# venv with maturin, release build); prints both timings.
#
#   tools/python-bench/run.sh [CHECKPOINT] [FRAMES] [RUNS] [THREADS]
#
# CHECKPOINT defaults to the random-weight 0.6B CustomVoice of tools/e2e-bench (built once by
# build_random_checkpoint.py; needs ../shared/hf); any CustomVoice directory works, e.g.
# tests/fixtures/checkpoints/tiny-e2e for a quick check. Ours runs at float32 (the reference's
# dtype, same outputs) and at q8_0 (the engine's CPU default).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
CKPT="${1:-$TARGET/bench-checkpoints/0.6B-CustomVoice}"
FRAMES="${2:-25}"
RUNS="${3:-3}"
THREADS="${4:-2}"
REF_VENV="${QWEN_TTS_REF_VENV:-$REPO/tools/reference/.venv}"
OUR_VENV="$TARGET/py-venvs/python-bench"
export CUDA_VISIBLE_DEVICES="" OMP_NUM_THREADS="$THREADS" RAYON_NUM_THREADS="$THREADS"
export QWEN_TTS_SHARED="${QWEN_TTS_SHARED:-$(cd "$REPO/.." && pwd)/shared}"

if [ ! -e "$CKPT/config.json" ]; then
    "$REF_VENV/bin/python" "$REPO/tools/e2e-bench/build_random_checkpoint.py" "$CKPT"
fi
if [ ! -x "$OUR_VENV/bin/python" ]; then
    python3 -m venv "$OUR_VENV"
    "$OUR_VENV/bin/python" -m pip install -q "numpy>=1.20" "maturin>=1.5,<2"
fi
# A release wheel, installed as users install it (not `maturin develop`, which would put the
# extension into the source tree the test venv also imports from).
WHEELS="$TARGET/python-bench-wheels"
rm -rf "$WHEELS"
"$OUR_VENV/bin/maturin" build --release -q -m "$REPO/crates/python/Cargo.toml" -o "$WHEELS" \
    -i "$OUR_VENV/bin/python" >&2
"$OUR_VENV/bin/python" -m pip install -q --force-reinstall --no-deps "$WHEELS"/qwen3_tts_rs-*.whl

run() { "$@" | tail -n 1; }  # the last line is the JSON (the reference prints notices)
ref="$(run "$REF_VENV/bin/python" "$HERE/program.py" qwen_tts "$CKPT" --frames "$FRAMES" --runs "$RUNS")"
f32="$(run "$OUR_VENV/bin/python" "$HERE/program.py" qwen3_tts_rs "$CKPT" --frames "$FRAMES" --runs "$RUNS")"
q8="$(run "$OUR_VENV/bin/python" "$HERE/program.py" qwen3_tts_rs "$CKPT" --frames "$FRAMES" --runs "$RUNS" --dtype q8_0)"
python3 - "$ref" "$f32" "$q8" <<'PY'
import json, sys
rows = [json.loads(a) for a in sys.argv[1:]]
base = rows[0]["wall_s"]
print("| package | dtype | load s | call s | audio s | RTF | first audio s | speed-up |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r['package']} | {r['dtype']} | {r['load_s']} | {r['wall_s']} | {r['audio_s']} | {r['rtf']} "
          f"| {r['first_audio_s']} | {base / r['wall_s']:.1f}x |")
PY
