#!/usr/bin/env bash
# Long-form soak of tts-server: STREAMS SSE clients (crates/tts-server/examples/load.rs, with
# its random cancels and slow readers and its checks for lost or duplicated chunks) send
# requests back to back for SECONDS while the server's resident memory is sampled every 2 s.
# Fails when a request broke the API contract, the server is not healthy and idle afterwards,
# or its RSS after the warm-up (the first fifth) leaves 5% of its level at the warm-up's end.
#
#   tools/soak/server.sh [SECONDS] [STREAMS] [MODEL] [VOICE] [SERVER FLAGS...]
#
# MODEL defaults to the tiny-e2e fixture (voice alice); tools/load-test/run.sh shows how to build
# a random-weight checkpoint at the real dimensions.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SECONDS_="${1:-600}"
STREAMS="${2:-4}"
MODEL="${3:-$REPO/tests/fixtures/checkpoints/tiny-e2e}"
VOICE="${4:-alice}"
shift $(( $# < 4 ? $# : 4 ))
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
cd "$REPO"
cargo build --release -q -p tts-server --bin tts-server --example load
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$TARGET/release/tts-server" --model "$MODEL" --http-addr "127.0.0.1:$PORT" --grpc-addr off \
    --log warn "$@" &
SERVER=$!
RSS_LOG="$(mktemp)"
trap 'kill $SERVER $SAMPLER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -f "$RSS_LOG"' EXIT
for _ in $(seq 600); do
    curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break
    sleep 0.5
done
( while kill -0 $SERVER 2>/dev/null; do
      echo "$(date +%s.%N) $(awk '/^VmRSS/ {print $2}' /proc/$SERVER/status)"
      sleep 2
  done ) > "$RSS_LOG" &
SAMPLER=$!
STATUS=0
"$TARGET/release/examples/load" --url "http://127.0.0.1:$PORT" --streams "$STREAMS" \
    --seconds "$SECONDS_" --max-new-tokens 60 --voice "$VOICE" || STATUS=$?
kill $SAMPLER 2>/dev/null || true
python3 - "$RSS_LOG" "$SECONDS_" <<'PY' || STATUS=1
import json, sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 2]
rows = [(t - rows[0][0], k) for t, k in rows]
warmup = float(sys.argv[2]) / 5
base = [k for t, k in rows if t <= warmup][-1]
after = [k for t, k in rows if t > warmup]
drift = max((abs(k - base) / base for k in after), default=0.0)
print(json.dumps({"rss_mib_at_warmup": base / 1024, "rss_mib_min_after": min(after) / 1024,
                  "rss_mib_max_after": max(after) / 1024, "rss_drift": drift,
                  "samples": len(rows)}))
sys.exit(0 if drift <= 0.05 else 1)
PY
exit $STATUS
