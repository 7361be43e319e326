"""Scores a normalizer binary on sets kept outside the repository (sets made from text whose
license keeps it out, such as `unseen_cv.py --fortunes`): the spoken reading, words compared as
the tests compare them (tests/common fold_words: letters and digits, lowercase, ё as е), rates
by class; an expected text that starts with "… " is a window the output must contain (words
around one number, `unseen_ud.py`'s udwin sets). The failures are not printed: these sets are
held out.

  python tools/tn-oracle/score_external.py target/release/examples/normalize ru SET.tsv ...
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter


def fold(s: str) -> str:
    s = "".join(c if c.isalnum() or c == "'" else " " for c in s).lower().replace("ё", "е")
    return " ".join(s.split())


def unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "\\": "\\"}.get(m.group(1), m.group(0)), s)


def main():
    binary, lang, *paths = sys.argv[1:]
    for path in paths:
        rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
                if line.strip() and not line.startswith("#")]
        rows = [(c, unescape(w), unescape(s)) for c, w, s in rows]
        out = subprocess.run([binary, lang], input="\n".join(w for _, w, _ in rows) + "\n",
                             capture_output=True, text=True, check=True).stdout.splitlines()
        total, passed = Counter(), Counter()
        for (cls, _, want), got in zip(rows, out, strict=True):
            # "… words": the output must contain these words (a window around one number).
            if want.startswith("… "):
                ok = f" {fold(want[2:])} " in f" {fold(got)} "
            else:
                ok = fold(got) == fold(want)
            for key in (cls, "ALL"):
                total[key] += 1
                passed[key] += ok
        for key in sorted(total):
            print(f"{path.rsplit('/', 1)[-1]:<24} {key:<12} {total[key]:>5} "
                  f"{100 * passed[key] / total[key]:5.1f}%")


if __name__ == "__main__":
    main()
