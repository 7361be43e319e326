"""Russian numbers in frames from real sentences (issue 33): every sentence of the Common Voice
Russian lists (../shared/data/sentences/ru, CC0; written by other people, not for this project)
whose noun phrase has one case in the dictionary gives a frame: the phrase (the noun and the
adjectives or pronouns before it that agree with it) is replaced by "N noun" or "N unit" in that
case, which is the case the sentence demands of a noun phrase there. Left out: nominatives
(subjects whose verb would agree with the number), phrases that open the sentence (their
governing word comes after them), phrases after a quantifier or a distributive "по", phrases after
a number in words, genitives after a negation; after в/на only counted nouns (there the case
is the meaning of the noun that stood there, a place or a time, not a unit's) (with a number the accusative is as common: "не задавай шестьдесят восемь
вопросов"), and proper names. Counted nouns are new to every set; units are the table's. Written after the
rules of round 9 only to measure them on governing words nobody chose for them.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_cv.py [--seed 67]

writes crates/text-normalizer/tests/data/tn-unseen/cv-ru-{dev,held}.tsv (sentences alternate
between the parts).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import unseen
import unseen_r3
import unseen_r9
from unseen import CASE_OC, OUT, counted, ob, prefer_one

SENTENCES = unseen.HERE.parent.parent.parent / "shared/data/sentences/ru"
OC_CASE = {v: k for k, v in CASE_OC.items()} | {"loc2": "pre", "gen2": "gen", "acc2": "acc"}
SKIP_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Fixd"}
QUANTIFIERS = {"много", "мало", "несколько", "сколько", "столько", "немало", "немного", "по"}

NOUNS = unseen_r9.fresh(["колодец", "мельница", "шалаш", "сундук", "фонарь", "плот", "шкаф",
                         "котёл", "сугроб", "курган", "валун", "костёр", "мешок", "ящик",
                         "амбар", "чердак", "подвал", "забор", "ручей", "сад"])
UNITS = [
    ("км", "километр", None, None, "", "length"),
    ("кг", "килограмм", None, None, "", "mass"),
    ("руб.", "рубль", None, None, "", "money"),
    ("л", "литр", None, None, "", "volume"),
    ("т", "тонна", None, None, "", "mass"),
    ("мин", "минута", None, None, "", "time"),
    ("ч", "час", None, None, "", "time"),
    ("%", "процент", None, None, "", "percent"),
    ("мм", "миллиметр", None, None, "", "length"),
    ("МВт", "мегаватт", None, None, "", "power"),
]


def case_of(word: str):
    """The one case the dictionary gives a common noun (its likely parses agree), or None."""
    parses = [p for p in unseen.morph().parse(word) if p.score >= 0.05]
    if not parses or any("NOUN" not in p.tag or SKIP_TAGS & set(p.tag.grammemes)
                         for p in parses):
        return None
    cases = {OC_CASE.get(p.tag.case) for p in parses}
    return cases.pop() if len(cases) == 1 else None


def agrees(word: str, case: str) -> bool:
    """An adjective, participle or adjectival pronoun in `case` (the noun phrase's left edge):
    one of the word's likely parses."""
    return any({"ADJF", "PRTF"} & set(p.tag.grammemes) and OC_CASE.get(p.tag.case) == case
               for p in unseen.morph().parse(word)[:3])


def cv_sentences():
    """The Common Voice Russian lists, a sentence per line."""
    for path in sorted(SENTENCES.glob("cv-*.txt")):
        yield from path.read_text(encoding="utf-8").splitlines()


def fortune_sentences(folder):
    """Sentences of a fortune(6) collection (Debian's fortunes-ru: `apt-get download
    fortunes-ru`, then `dpkg-deb -x`; GPL-2, so measured locally and never committed): entries
    split by "%" lines, attributions ("-- name") dropped, lines joined, split at . ! ?"""
    for path in sorted(Path(folder).iterdir()):
        if path.suffix or path.is_symlink() or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for entry in text.split("\n%\n"):
            lines = [x.strip() for x in entry.splitlines() if not x.strip().startswith("--")]
            yield from re.split(r"(?<=[.!?])\s+", " ".join(lines))


def frames(sentences):
    """(case, frame with {X}, loc2, after в/на) from every sentence, one per sentence at most."""
    out = []
    for line in sentences:
        s = line.strip().lstrip("-– ").strip()
        if not s or re.search(r"\d", s) or ",." in s:
            continue
        words = list(re.finditer(r"[А-Яа-яЁё]+", s))
        for k, m in enumerate(words):
            w = m.group(0)
            if w[0].isupper() and k > 0:
                continue
            case = case_of(w.lower())
            if case in (None, "nom"):
                continue
            start = k
            while start > 0 and agrees(words[start - 1].group(0).lower(), case):
                start -= 1
            if start == 0:
                continue
            prev = words[start - 1].group(0).lower()
            before = {x.group(0).lower() for x in words[max(0, start - 3):start]}
            if prev in QUANTIFIERS or case == "gen" and "не" in before:
                continue
            # A number in words before ("об одна тысяча двести восемьдесят втором").
            if any("NUMR" in p.tag or "Anum" in p.tag
                   for x in before for p in unseen.morph().parse(x)[:1]):
                continue
            if start > 0 and s[words[start - 1].end():words[start].start()].strip():
                prev = ""  # punctuation between: no governing word right before
            frame = s[:words[start].start()] + "{X}" + s[m.end():]
            loc2 = case == "pre" and prev in ("в", "во", "на")
            # After в/на the case is the meaning of the noun that stood there (a place:
            # the prepositional; a time or a direction: the accusative), not of a unit: a
            # measure there ("в 10 ч") would be read by its own meaning.
            motion = prev in ("в", "во", "на")
            out.append((case, frame, loc2, motion))
            break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=67)
    ap.add_argument("--fortunes", help="a fortune collection's folder instead of Common Voice")
    ap.add_argument("--out", type=Path, default=OUT, help="where the sets go")
    ap.add_argument("--max", type=int, default=0, help="frames at most (0: all)")
    args = ap.parse_args()
    source = fortune_sentences(args.fortunes) if args.fortunes else cv_sentences()
    all_frames = frames(source)
    if args.max:
        all_frames = random.Random(args.seed).sample(all_frames, min(args.max, len(all_frames)))
    tag = "fortunes" if args.fortunes else "cv"
    print(f"  frames: {len(all_frames)}", file=sys.stderr)
    for part in ("dev", "held"):
        rng = random.Random(f"{args.seed}-{tag}-ru-{part}")
        rows = []
        for case, frame, loc2, motion in unseen_r9.split(all_frames, part):
            n = prefer_one(rng)
            if motion or rng.random() < 0.5:
                w, s = counted(n, case, rng.choice(NOUNS), loc2=loc2)
                cls = "cv_counted"
            else:
                w, s = unseen_r3.measure_phrase(n, case, rng.choice(UNITS))
                cls = "cv_measure"
            written = frame.replace("{X}", w)
            spoken = frame.replace("{X}", s)
            if w.endswith(".") and frame.endswith("{X}."):
                written = written[:-1]
            if frame.startswith("{X}"):
                spoken = spoken[0].upper() + spoken[1:]
            rows.append((cls, written, ob(spoken)))
        path = args.out / f"{tag}-ru-{part}.tsv"
        unseen.write(path, rows, "ru", part, "unseen_cv.py")


if __name__ == "__main__":
    main()
