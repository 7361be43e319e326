"""English text as other people wrote it, read as people read it (issue 33): the evaluation data
NVIDIA published with NeMo-text-processing (data/, CC BY 4.0; measured locally, never
committed), which no rule here was written against:
- GoogleTN.json: 7,551 Wikipedia sentences with the reading of Google's Kestrel front end (the
  test data of Sproat and Jaitly's text normalization challenge);
- LibriTTS.json: 7,677 book sentences of LibriTTS with the reading checked against what the
  reader said (its `transcript`);
- EngConf.txt: 231 inputs chosen for their ambiguous tokens, each with readings a person
  labelled acceptable or not; every acceptable one is expected, joined by " ‖ " (any passes).

The sets keep what a normalizer decides: where an expected reading differs from the written
text only by a convention of that front end about plain words, the written words are
expected instead: an all-letters word spelled out ("ODI" -> "o d i", which Qwen3-TTS says by
itself), British spelling made American ("tumours" -> "tumors"), a sentence end or a case.
Sentences that the expected reading leaves as written are their own class (`*_plain`): a
normalizer must not change them.

Sentences alternate between the dev part (failures read while fixing) and the held part.
GoogleTN's text is tokenized ("January 22 , 2001 ."); it is joined back as people write it.

  git clone https://github.com/NVIDIA/NeMo-text-processing && \
  python3 tools/tn-oracle/external_en.py --data NeMo-text-processing/data --out /tmp/tne
  python3 tools/tn-oracle/score_external.py target/release/examples/normalize en /tmp/tne/*.tsv
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from pathlib import Path


def detokenize(s: str) -> str:
    """GoogleTN's tokens joined back: no space before closing punctuation or after an opening
    bracket, `` and '' as straight quotes (the quotes are paired: the opening one binds right)."""
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([,.;:!?)\]}%])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r"`` ?(.*?) ?''", r'"\1"', s)
    s = re.sub(r"`` ?", '"', s).replace(" ''", '"').replace("''", '"')
    s = re.sub(r" n't\b", "n't", s)
    s = re.sub(r" '(s|re|ve|ll|d|m)\b", r"'\1", s)
    return s


def word_list(s: str) -> list[str]:
    """Lowercase words as a transcript has them: letters, digits and apostrophes."""
    return [w for w in re.split(r"[^\w']+", s.lower()) if w]


def plain(tok: str) -> bool:
    """A word of letters only (an apostrophe or a hyphen inside allowed): nothing to normalize."""
    return re.fullmatch(r"[^\W\d_]+(['’-][^\W\d_]+)*", tok) is not None


def letters_spelled(src: list[str], dst: list[str]) -> bool:
    return all(len(d) == 1 for d in dst) and "".join(dst).lower() == "".join(src).lower()


def respelled(src: list[str], dst: list[str]) -> bool:
    return len(src) == len(dst) and all(
        difflib.SequenceMatcher(a=a.lower(), b=b.lower()).ratio() >= 0.75 for a, b in zip(src, dst))


def expected(text: str, gt: str) -> str:
    """`gt` with the front end's conventions about plain words undone (module doc)."""
    src, dst = text.split(), gt.split()
    fold = lambda t: t.lower().strip(".,;:!?\"'()")  # noqa: E731
    sm = difflib.SequenceMatcher(a=[fold(t) for t in src], b=[fold(t) for t in dst],
                                 autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        a, b = src[i1:i2], dst[j1:j2]
        bare = [t.strip(".,;:!?\"'()") for t in a]
        if op != "equal" and a and all(plain(t) for t in bare) and (
                letters_spelled(bare, [t.strip(".,;:!?\"'()") for t in b]) or respelled(bare, b)):
            out += a
        else:
            out += b if op != "equal" else a
    return " ".join(out)


ROMAN = re.compile(r"[IVXLCDM]+")


def as_read(text: str, gt: str, transcript: str) -> str:
    """LibriTTS's reading where it kept what the reader expanded: `gt` leaves abbreviations
    ("Mr." -> "mr", "p.m." -> "p m") and some numerals as written; where its words differ from
    what the reader said (`transcript`, lowercase and without punctuation) and include such a
    word (a written token with a dot, a digit or a Roman numeral, or a single letter), the
    reader's words are expected. Elsewhere the transcript's differences are mishearings of plain
    words ("Zondervan" heard "zanderwen"), and `gt` stands."""
    kept = set()
    for t in text.split():
        if "." in t or any(c.isdigit() for c in t) or ROMAN.fullmatch(t.strip(".,;:!?'\"()-")):
            kept.update(w for w in re.split(r"[^\w']+", t.lower()) if w)
    g, t = word_list(gt), transcript.split()
    sm = difflib.SequenceMatcher(a=g, b=t, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal" and any(w in kept or len(w) == 1 and w not in "ai" for w in g[i1:i2]):
            out += t[j1:j2]
        else:
            out += g[i1:i2]
    return " ".join(out)


def rows_of(path: Path, name: str, tokenized: bool):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        text, gt = case["text"], case["gt_normalized"]
        if "transcript" in case:
            gt = as_read(text, gt, case["transcript"])
        written = detokenize(text) if tokenized else text.strip()
        want = expected(text, gt)
        if tokenized:
            want = detokenize(want)
        same = word_list(want) == word_list(written)
        yield (f"{name}_plain" if same else name), written, want.strip()


def engconf_rows(path: Path):
    """EngConf's blocks: `input~~RAW`, then `reading~~1` (acceptable) or `reading~~0` lines."""
    raw, ok = None, []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        text, _, label = line.rpartition("~~")
        if label == "RAW":
            raw, ok = text, []
        elif label == "1" and raw is not None:
            ok.append(text)
        elif not line.strip() and raw is not None:
            if ok:
                yield "engconf", raw, " ‖ ".join(ok)
            raw = None


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="NeMo-text-processing's data/")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, file, tokenized in (("googletn", "GoogleTN.json", True),
                                  ("libritts", "LibriTTS.json", False),
                                  ("engconf", "EngConf.txt", False)):
        path = args.data / file
        rows = list(engconf_rows(path) if name == "engconf" else rows_of(path, name, tokenized))
        for k, part in enumerate(("dev", "held")):
            out = args.out / f"{name}-en-{part}.tsv"
            head = (f"# tools/tn-oracle/external_en.py: en {part} part "
                    f"({'read failures while fixing' if part == 'dev' else 'held out: only scored'})\n"
                    "# class\tinput\texpected\n")
            out.write_text(head + "".join(f"{c}\t{esc(w)}\t{esc(s)}\n" for c, w, s in rows[k::2]),
                            encoding="utf-8")
            print(f"{out}: {len(rows[k::2])} cases")


if __name__ == "__main__":
    main()
