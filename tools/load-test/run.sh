#!/usr/bin/env bash
# Load test of tts-server at the real 0.6B CustomVoice dimensions (random weights): starts a
# release server on loopback, runs STREAMS concurrent SSE clients with random cancels and slow
# readers (crates/tts-server/examples/load.rs), prints one JSON line (outcomes, p50/p95 time to
# first audio, aggregate RTF, whether the server is healthy and idle afterwards), then the
# server's peak and current RSS, and stops it. Exits non-zero if a request lost or duplicated a
# chunk or ended without audio or a documented error, or the server kept a stream afterwards.
#
#   tools/load-test/run.sh [STREAMS] [REQUESTS_PER_STREAM] [MAX_NEW_TOKENS] [SERVER FLAGS...]
#
# Needs the tools/reference venv (tools/reference/generate.sh) to build the checkpoint once
# (QWEN_TTS_BENCH_CKPT, default target/bench-checkpoints/0.6B-CustomVoice) and ../shared/hf.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
STREAMS="${1:-32}"
REQUESTS="${2:-2}"
TOKENS="${3:-40}"
shift $(( $# < 3 ? $# : 3 ))
SHARED="${QWEN3_TTS_SHARED_DIR:-$(cd "$REPO/.." && pwd)/shared}"
VENV="${QWEN_TTS_REF_VENV:-$REPO/tools/reference/.venv}"
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
CKPT="${QWEN_TTS_BENCH_CKPT:-$TARGET/bench-checkpoints/0.6B-CustomVoice}"
export QWEN_TTS_SHARED="$SHARED"
"$VENV/bin/python" "$REPO/tools/e2e-bench/build_random_checkpoint.py" "$CKPT" >&2
cd "$REPO"
cargo build --release -q -p tts-server --bin tts-server --example load
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$TARGET/release/tts-server" --model "$CKPT" --http-addr "127.0.0.1:$PORT" --grpc-addr off \
    --log warn --max-queue 64 "$@" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 600); do
    curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break
    sleep 0.5
done
"$TARGET/release/examples/load" --url "http://127.0.0.1:$PORT" --streams "$STREAMS" \
    --requests "$REQUESTS" --max-new-tokens "$TOKENS" --voice ryan
# Memory after the load: peak and current resident set of the server.
grep -E "^(VmHWM|VmRSS)" "/proc/$SERVER/status"
