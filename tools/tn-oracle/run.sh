#!/usr/bin/env bash
# Generate text-normalization test cases from seeded templates and label them with oracles.
#
#   tools/tn-oracle/run.sh                      # both languages, 200 inputs per class, seed 1
#   tools/tn-oracle/run.sh --lang en --per-class 500 --seed 7 --out /tmp/tn
#   tools/tn-oracle/run.sh --lang ru --ru-no-nemo   # Russian from ru-normalizr only (unconfirmed)
#
# Writes crates/text-normalizer/tests/data/tn-generated/{en,ru}.tsv (test data), ru-review.tsv
# (oracles disagree), REPORT.md. The venv (.venv) and NeMo's grammar cache (.grammar-cache,
# also the cache of oracle answers) live in this folder and are not committed. English grammars
# build in about a minute, Russian ones (NormalizerWithAudio) in several minutes, once.
#
# Environment: PYTHON  interpreter for the venv (default python3, 3.10 or 3.11)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$HERE/.venv"
PY="${PYTHON:-python3}"
REQ="$HERE/requirements.txt"
STAMP="$VENV/.tn_oracle_requirements.sha256"

if [ ! -x "$VENV/bin/python" ]; then
    echo "creating venv $VENV" >&2
    "$PY" -m venv "$VENV"
fi
want="$(sha256sum "$REQ" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want" != "$have" ]; then
    echo "installing $REQ into $VENV" >&2
    "$VENV/bin/python" -m pip install --quiet -r "$REQ" >&2
    echo "$want" > "$STAMP"
fi

export PYTHONHASHSEED=0
export PYTHONDONTWRITEBYTECODE=1
export OMP_NUM_THREADS=1
cd "$HERE"
exec "$VENV/bin/python" oracle.py "$@"
