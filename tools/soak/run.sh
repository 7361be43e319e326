#!/usr/bin/env bash
# Long-form soak of the serving engine (`tts-cli soak`, release build): long streams played by
# a real-time client and short requests back to back for SECONDS, every stream checked for lost
# or reordered chunks and, every few requests, sample for sample against the same request
# alone; resident memory must stay within 5% of its level after the warm-up. Prints one JSON
# line and exits non-zero when a check fails. The short form runs in `cargo test`
# (crates/tts-cli/tests/soak.rs).
#
#   tools/soak/run.sh [SECONDS] [MODEL] [EXTRA tts-cli soak FLAGS...]
#
# MODEL defaults to the tiny-e2e fixture (random weights, a 24-sample frame: far slower than
# real time per audio second, so underruns are reported, not judged). Pass a real checkpoint
# directory for the real-time judgement.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SECONDS_="${1:-600}"
MODEL="${2:-$REPO/tests/fixtures/checkpoints/tiny-e2e}"
shift $(( $# < 2 ? $# : 2 ))
cd "$REPO"
cargo build --release -q -p tts-cli
"${CARGO_TARGET_DIR:-$REPO/target}/release/tts-cli" soak --model "$MODEL" --seconds "$SECONDS_" \
    --json "$@"
