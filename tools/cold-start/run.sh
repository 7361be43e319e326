#!/usr/bin/env bash
# Cold start, as issue 34 measures it: from process start to `/ready` answering 200 (tts-server)
# and the wall time of `tts-cli synth` of a 4-second sentence (50 frames), with the weight cache
# (after one warming start) and without it (`--weight-cache off`), alternated N times.
# The checkpoint should be in the page cache (the script reads it once first).
#   tools/cold-start/run.sh CHECKPOINT_DIR [N] [DTYPE]
# Prints one line per run; the last lines are the medians.
set -euo pipefail
ckpt="$1"; n="${2:-3}"; dtype="${3:-auto}"
bin="${CARGO_TARGET_DIR:-$(dirname "$0")/../../target}/release"
cache="$(mktemp -d)"; trap 'rm -rf "$cache"' EXIT
port=18391
cat "$ckpt"/model.safetensors "$ckpt"/speech_tokenizer/model.safetensors > /dev/null

ready_s() { # $1: weight cache setting
    local start end pid
    start=$(date +%s.%N)
    "$bin/tts-server" --model "$ckpt" --dtype "$dtype" --weight-cache "$1" \
        --http-addr 127.0.0.1:$port --grpc-addr off --log warn >/dev/null 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1; do sleep 0.02; done
    end=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$end - $start" | bc
}
synth_s() {
    local start end
    start=$(date +%s.%N)
    "$bin/tts-cli" synth --model "$ckpt" --dtype "$dtype" --weight-cache "$1" --speaker vivian \
        --max-frames 50 --seed 1 -o "$cache/out.wav" "This sentence takes about four seconds to say aloud." 2>/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
ready_s "$cache" > /dev/null   # the warming start writes the cache
declare -a rc rn sc sn
for i in $(seq "$n"); do
    rc+=("$(ready_s "$cache")"); rn+=("$(ready_s off)")
    sc+=("$(synth_s "$cache")"); sn+=("$(synth_s off)")
    echo "run $i: ready cached ${rc[-1]} s, off ${rn[-1]} s; synth cached ${sc[-1]} s, off ${sn[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median ready: cached $(median "${rc[@]}") s, off $(median "${rn[@]}") s"
echo "median synth: cached $(median "${sc[@]}") s, off $(median "${sn[@]}") s"
