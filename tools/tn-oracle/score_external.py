"""Scores a normalizer binary on sets kept outside the repository (sets made from text whose
license keeps it out, such as `unseen_cv.py --fortunes`): the spoken reading, words compared as
the tests compare them (tests/common fold_words: letters and digits, lowercase, ё as е), rates
by class; an expected text that starts with "… " is a window the output must contain (words
around one number, `unseen_ud.py`'s udwin sets); readings joined by " ‖ " are each acceptable
(`external_en.py`'s EngConf). The failures are not printed: these sets are
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


NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                "seventy eighty ninety first second third fourth fifth sixth seventh eighth ninth "
                "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                "eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth "
                "eightieth ninetieth").split()


def fold_en(s: str) -> str:
    """English readings that say the same thing written the same way: the number's "and"
    after "hundred" or "thousand" (before a cardinal or an ordinal word) (NeMo's style and ours; most readers and Google's front end
    leave it out), "oh" for a zero ("nineteen oh five"), letters spelled one by one or as one
    word ("d c", "dc"), "per cent" and "percent", "metres" and "meters"; a typographic apostrophe is the plain one, and quotes are no part of a
    word ("'Yes")."""
    w = [x.strip("'") for x in fold(s.replace("’", "'").replace("‘", "'")).split()]
    w = " ".join(x for x in w if x).replace("per cent", "percent")
    w = re.sub(r"metre(s?)\b", r"meter\1", w).split()
    w = [x for i, x in enumerate(w) if not (
        x == "and" and 0 < i < len(w) - 1 and w[i - 1] in ("hundred", "thousand")
        and w[i + 1].split("'")[0] in NUMBER_WORDS)]
    w = ["o" if x == "oh" else x for x in w]
    out = []
    for x in w:
        if len(x) == 1 and x.isalpha() and x.isascii() and out and out[-1][0] == "\x00":
            out[-1] += x
        else:
            out.append("\x00" + x if len(x) == 1 and x.isalpha() and x.isascii() else x)
    return " ".join(x.lstrip("\x00") for x in out)


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
        norm = fold_en if lang == "en" else fold
        for (cls, _, want), got in zip(rows, out, strict=True):
            # "… words": the output must contain these words (a window around one number).
            if want.startswith("… "):
                ok = f" {norm(want[2:])} " in f" {norm(got)} "
            else:
                # " ‖ " joins readings that are all acceptable.
                ok = any(norm(got) == norm(w) for w in want.split(" ‖ "))
            for key in (cls, "ALL"):
                total[key] += 1
                passed[key] += ok
        for key in sorted(total):
            print(f"{path.rsplit('/', 1)[-1]:<24} {key:<12} {total[key]:>5} "
                  f"{100 * passed[key] / total[key]:5.1f}%")


if __name__ == "__main__":
    main()
