#!/usr/bin/env bash
# The real-time judgement of the engine soak: a client that plays the long streams at real time
# must never run dry. `tts-cli soak` owes that only when the engine produces those streams
# faster than real time on this machine, and neither the tiny fixture (24 samples per frame) nor
# the real 0.6B on 2 CPU cores (RTF ~1 alone, more with the short requests beside it) is. This
# script runs the soak on random weights at the real 0.6B CustomVoice dimensions (widths,
# vocabularies, prompt; the codec's 1920 samples per frame, its transformer and upsampling) with
# fewer layers in the talker and the code predictor and a narrower waveform decoder
# (`decoder_dim`: the codec's convolutions cost ~0.3 s per audio second per stream at the real
# 1536 here), which makes the engine faster than real time with a long stream and short
# requests side by side; the streaming path under test (scheduling, chunking, batched
# decoding, delivery) is the same.
# Prints the soak's JSON line (`underruns_gated: true` when the judgement applied) and exits
# non-zero when a check fails.
#
#   tools/soak/realtime.sh [SECONDS] [TALKER_LAYERS] [PREDICTOR_LAYERS] [DECODER_DIM] [EXTRA tts-cli soak FLAGS...]
#
# Defaults: 600 s, 8 talker layers (of 28), 1 code-predictor layer (of 5), decoder_dim 384 (of 1536).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${QWEN3_TTS_SHARED_DIR:-$(cd "$REPO/.." && pwd)/shared}"
SECONDS_="${1:-600}"
TALKER_LAYERS="${2:-8}"
PREDICTOR_LAYERS="${3:-1}"
DECODER_DIM="${4:-384}"
shift $(( $# < 4 ? $# : 4 ))
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
CONFIG="$TARGET/soak-configs/0.6B-CustomVoice-${TALKER_LAYERS}x${PREDICTOR_LAYERS}x${DECODER_DIM}"
rm -rf "$CONFIG"
mkdir -p "$(dirname "$CONFIG")"
cp -r "$SHARED/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice" "$CONFIG"
jq --argjson t "$TALKER_LAYERS" --argjson p "$PREDICTOR_LAYERS" \
    '.talker_config.num_hidden_layers = $t
     | .talker_config.code_predictor_config.num_hidden_layers = $p
     | .talker_config.code_predictor_config |= (if .layer_types then .layer_types |= .[:$p] else . end)' \
    "$SHARED/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice/config.json" > "$CONFIG/config.json"
jq --argjson d "$DECODER_DIM" '.decoder_config.decoder_dim = $d' \
    "$SHARED/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice/speech_tokenizer/config.json" \
    > "$CONFIG/speech_tokenizer/config.json"
cd "$REPO"
cargo build --release -q -p tts-cli
"$TARGET/release/tts-cli" soak --random-weights --config "$CONFIG" --dtype q8_0 \
    --seconds "$SECONDS_" --json "$@"
