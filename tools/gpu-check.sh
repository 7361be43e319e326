#!/usr/bin/env bash
# The CUDA check, on the GPU machine, in one invocation from the repository root:
#
#   tools/gpu-check.sh                 # report under $OUT (else ./gpu-report)
#
# It runs what tools/cuda/build.sh packed into .gpu/bundle.tar.xz on the build machine (no
# toolkit and no network here): the fixture parity tests on CUDA (f32, greedy: codes equal to
# the reference goldens, logits within the CPU's tolerances), then `tts-cli bench` with random
# weights at the real 0.6B and 1.7B dimensions, bf16 (and f32 for 0.6B), 1, 8 and 32 streams.
# Results: report.md, report.json and check.log (everything printed) under $OUT.
#
# Every step has a time limit and the whole run a budget (GPU_CHECK_BUDGET_S, default 540 s,
# under the remote tool's 10 minutes): a step that fails or times out is reported and the next
# one runs; steps that no longer fit are reported as skipped. The exit status is non-zero when
# any step failed.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PACK=$ROOT/.gpu
OUT=${OUT:-$ROOT/gpu-report}
BUDGET=${GPU_CHECK_BUDGET_S:-540}
FRAMES=${GPU_CHECK_FRAMES:-50}
RUNS=${GPU_CHECK_RUNS:-2}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gpu-check.XXXXXX")
START=$SECONDS
# The remote tool returns at most 8 files: the report and one log; the rest stays in $WORK.
mkdir -p "$OUT" "$WORK/hf"
STEPS=$WORK/steps.tsv BENCH=$WORK/bench.jsonl ENVF=$WORK/env.txt
: >"$STEPS"
: >"$BENCH"

fail() {
    echo "gpu-check: $*" >&2
    echo -e "setup\tFAIL\t0\t$*" >>"$STEPS"
    write_report
    exit 1
}

left() { echo $((BUDGET - (SECONDS - START))); }

# step NAME LIMIT_S STDOUT_FILE COMMAND...: runs COMMAND with a time limit (stdout to the file,
# and printed), and records its status and seconds.
step() {
    local name=$1 limit=$2 stdout=$3 status t0=$SECONDS
    shift 3
    if (($(left) < 30)); then
        echo -e "$name\tSKIPPED\t0\tbudget spent" >>"$STEPS"
        echo "== $name: skipped (budget spent)"
        return 0
    fi
    ((limit > $(left) - 20)) && limit=$(($(left) - 20))
    echo "== $name (limit ${limit}s)"
    timeout -k 5 "$limit" "$@" >"$stdout"
    status=$?
    cat "$stdout"
    local verdict=PASS
    case $status in
    0) ;;
    124 | 137) verdict=TIMEOUT ;;
    *) verdict=FAIL ;;
    esac
    echo -e "$name\t$verdict\t$((SECONDS - t0))\texit $status" >>"$STEPS"
    echo "== $name: $verdict ($((SECONDS - t0)) s)"
}

write_report() {
    python3 - "$OUT" "$STEPS" "$BENCH" "$ENVF" <<'EOF' || echo "gpu-check: no report" >&2
import json, pathlib, sys

out, steps, bench, env = map(pathlib.Path, sys.argv[1:])
steps = [l.split("\t") for l in steps.read_text().splitlines() if l]
bench = [json.loads(l) for l in bench.read_text().splitlines() if l.startswith("{")]
env = env.read_text() if env.exists() else ""
keys = ["name", "status", "seconds", "detail"]
report = {"environment": env, "steps": [dict(zip(keys, s)) for s in steps], "bench": bench}
(out / "report.json").write_text(json.dumps(report, indent=1))
md = ["# GPU check", "", "```", env.strip(), "```", "", "| step | status | s | detail |"]
md += ["|---|---|---|---|"] + ["| " + " | ".join(s) + " |" for s in steps]
cols = [("dtype", "dtype"), ("concurrency", "streams"), ("rtf", "RTF/stream"),
        ("aggregate_rtf", "aggregate RTF"), ("ttfa_ms_p50", "TTFA p50 ms"),
        ("ttfa_ms_p95", "TTFA p95 ms"), ("lm_rtf", "LM RTF"), ("codec_rtf", "codec RTF"),
        ("frames_per_s_median", "frames/s"), ("mean_batch", "batch"), ("load_s", "load s")]
if bench:
    md += ["", "| model | " + " | ".join(c for _, c in cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for b in bench:
        cell = lambda v: f"{v:.3f}" if isinstance(v, float) else "" if v is None else str(v)
        row = [b["source"].split("/")[-1]] + [cell(b.get(k)) for k, _ in cols]
        md.append("| " + " | ".join(row) + " |")
(out / "report.md").write_text("\n".join(md) + "\n")
print("\n".join(md))
EOF
}

main() {
# 1. The machine and the run-time libraries (torch's CUDA 13 wheels; the driver's libcuda).
nvidia-smi --query-gpu=name,driver_version,compute_cap,memory.total --format=csv,noheader \
    >"$ENVF" 2>&1 || fail "nvidia-smi failed: no GPU?"
python3 -c 'import torch;print("torch", torch.__version__)' >>"$ENVF" 2>/dev/null
NV=$(python3 -c 'import nvidia,os;print(os.path.join(list(nvidia.__path__)[0],"cu13","lib"))' 2>/dev/null) ||
    fail "no python3 nvidia package (torch's CUDA 13 libraries) to take libcublas from"
export LD_LIBRARY_PATH=$NV:/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
echo "LD_LIBRARY_PATH=$LD_LIBRARY_PATH" >>"$ENVF"

# 2. The binaries built by tools/cuda/build.sh.
[[ -f $PACK/bundle.tar.xz ]] ||
    fail "$PACK/bundle.tar.xz missing: run tools/cuda/build.sh on the build machine and carry .gpu"
python3 -c 'import sys,tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2], filter="data")' \
    "$PACK/bundle.tar.xz" "$WORK" || fail "unpacking .gpu/bundle.tar.xz failed"
CLI=$WORK/tts-cli
if ldd "$CLI" | grep 'not found'; then
    fail "tts-cli: shared libraries not found (see check.log)"
fi
ldd "$CLI" | grep -E 'cu|stdc' >>"$ENVF"
cat "$ENVF"

# 3. The fixture parity tests on CUDA (f32 greedy). The test binaries were built elsewhere: the
# fixtures are found through QWEN3_TTS_REPO_DIR.
export QWEN3_TTS_TEST_DEVICE=cuda QWEN3_TTS_REPO_DIR=$ROOT RUST_BACKTRACE=0
for t in "$WORK"/tests/*; do
    name=$(basename "$t")
    # One test at a time: they share one device stream anyway, and each failure prints next
    # to its own output.
    step "test:$name" 180 "$WORK/$name.log" "$t" --test-threads=1
done

# 4. Speed: random weights at the real dimensions (configs and tokenizer files packed from
# shared/hf), fixed frame counts, the checkpoints' sampling settings (as the CPU numbers in the
# README).
for spec in 0.6B:bf16 1.7B:bf16 0.6B:f32; do
    size=${spec%%:*} dtype=${spec##*:}
    for c in 1 8 32; do
        step "bench:$size:$dtype:c$c" 150 "$WORK/bench.out" "$CLI" bench --device cuda \
            --dtype "$dtype" --random-weights --config "$WORK/hf/Qwen3-TTS-12Hz-$size-CustomVoice" \
            --concurrency "$c" --frames "$FRAMES" --runs "$RUNS" --json
        cat "$WORK/bench.out" >>"$BENCH"
    done
done

write_report
! grep -qP '\t(FAIL|TIMEOUT)\t' "$STEPS"
}

# Everything printed also goes to check.log; the pipeline ends before the script does, so the
# log is complete when the remote tool collects $OUT.
main 2>&1 | tee "$OUT/check.log"
status=${PIPESTATUS[0]}
rm -rf "$WORK"
exit "$status"
