#!/usr/bin/env bash
# The one test command (README, .ci/run): sets up what the build and some tests need and cargo
# never installs itself, then runs every test of the workspace. Arguments go to `cargo test`.
#   - Debian's packages, when missing (tools/setup.sh): libsoxr for the build, headless Chromium
#     and its WebDriver for the web page test;
#   - the pinned Python venvs of the tests that drive real clients and the Python package
#     (crates/tts-server/tests/requirements/*.txt, crates/python/tests/requirements.txt), under
#     the target dir, remade when a requirements file changes.
# A plain `cargo test` skips the tests whose setup is missing, with one printed line each.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
venvs="$CARGO_TARGET_DIR/py-venvs"

tools/setup.sh

# venv NAME REQUIREMENTS: $venvs/NAME with exactly the pinned packages of REQUIREMENTS.
venv() {
    local dir="$venvs/$1" req="$2"
    if cmp -s "$req" "$dir/installed.txt"; then
        return
    fi
    echo "tools/test.sh: making the $1 venv from $req" >&2
    python3 -m venv --clear "$dir"
    "$dir/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
    cp "$req" "$dir/installed.txt"
}
for req in crates/tts-server/tests/requirements/*.txt; do
    venv "$(basename "$req" .txt)" "$req"
done
venv qwen3-tts-py crates/python/tests/requirements.txt
export QWEN3_TTS_TEST_VENVS="$venvs"
# Quantized weights the tests' engines keep between loads: a fresh directory per run, not the
# user's cache.
QWEN3_TTS_CACHE="$(mktemp -d)"
export QWEN3_TTS_CACHE
trap 'rm -rf "$QWEN3_TTS_CACHE"' EXIT

cargo test --workspace "$@"
