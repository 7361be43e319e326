"""Russian numbers as other people wrote them, with the case a human annotator gave them (issue
33): sentences of Universal Dependencies treebanks (UD_Russian-GSD, -PUD, -Taiga; CC BY-SA, so
the sets are made locally and never committed) with a number written in digits. The treebank
gives each number its case, gender and number by hand, and its syntactic head (the counted
noun); the reading is the number in that case (num2words), a cardinal (NUM) or an ordinal
(ADJ: years, dates, "69-й"), and an abbreviation after it (г., гг., км, тыс., ...) is written
out in the form the number demands of it (pymorphy3). Nothing here was chosen for the rules:
frames, governing words, nouns and numbers are the treebank's.

Kept only where the annotation is self-consistent and the reading is not open to choice: a
cardinal's head noun must show the form the cardinal demands of it (an oblique cardinal's noun
in its case, a nominative or accusative one's in the genitive unless the number ends in 1), an
ordinal agrees with its noun unless a month follows (a date); sentences with anything else a
normalizer would rewrite are left out (Latin letters, other digits, ranges, decimals, symbols,
abbreviations not listed here, initials).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_ud.py --out /tmp/tnu FILE.conllu ...
  python tools/tn-oracle/score_external.py target/release/examples/normalize ru /tmp/tnu/*.tsv

Sentences alternate between the dev part (failures read while fixing) and the held part.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from num2words import num2words

import unseen
from unseen import CASE_N2W, CASE_OC, count_form, ends_in_one, inflect, lemma, ob

UD_CASE = {"Nom": "nom", "Gen": "gen", "Dat": "dat", "Acc": "acc", "Ins": "ins", "Loc": "pre"}
UD_GENDER = {"Masc": "m", "Fem": "f", "Neut": "n"}
MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"}
YEAR_WORDS = {"год", "года", "году", "годом", "годе", "г", "г.", "гг", "гг."}
# Abbreviations after a number: the word they stand for.
ABBREVIATIONS = {"г": "год", "гг": "год", "км": "километр", "м": "метр", "см": "сантиметр",
                 "мм": "миллиметр", "кг": "килограмм", "т": "тонна", "га": "гектар",
                 "%": "процент", "тыс": "тысяча", "млн": "миллион", "млрд": "миллиард",
                 "руб": "рубль", "МВт": "мегаватт", "кВт": "киловатт", "ч": "час",
                 "мин": "минута"}
NUMBER = re.compile(r"^(\d{1,7})(?:-(й|я|е|го|му|м|х|ми|ю|ой|ом|ым|ых|ые|ая|ое|ий|ый|ей))?$")
ABBREVIATION_IN_TEXT = re.compile(r"(?<![А-Яа-яЁё])[А-Яа-яЁё]{1,5}\.(?=\s*[а-яё0-9,;:])|"
                                  r"(?<![А-Яа-яЁё])[А-ЯЁ]\.")


def sentences(path):
    """(text, tokens) per sentence; a token is a dict of the CoNLL-U fields that matter."""
    text, tokens = None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line:
            if text is not None and tokens:
                yield text, tokens
            text, tokens = None, []
        elif not line.startswith("#"):
            f = line.split("\t")
            if "-" in f[0] or "." in f[0]:
                continue
            feats = dict(x.split("=", 1) for x in f[5].split("|") if "=" in x)
            tokens.append({"id": int(f[0]), "form": f[1], "upos": f[3], "feats": feats,
                           "head": int(f[6]) if f[6].isdigit() else 0})


# The cases a preposition right before a number can give it; another case there is a typo in
# the sentence ("в 11 октября") or in the annotation.
PREPOSITION_CASES = {
    "в": {"acc", "pre"}, "во": {"acc", "pre"}, "на": {"acc", "pre"}, "с": {"gen", "ins", "acc"},
    "со": {"gen", "ins", "acc"}, "к": {"dat"}, "ко": {"dat"}, "о": {"pre", "acc"},
    "об": {"pre", "acc"}, "при": {"pre"}, "по": {"dat", "acc", "pre"}, "за": {"acc", "ins"},
    "под": {"acc", "ins"}, "над": {"ins"}, "перед": {"ins"}, "между": {"ins"},
    "через": {"acc"}, "про": {"acc"}, "сквозь": {"acc"},
} | {p: {"gen"} for p in ("до", "от", "из", "без", "для", "около", "после", "у", "из-за",
                          "вокруг", "среди", "кроме", "против", "вместо", "возле", "мимо")}


def noun_form_ok(n: int, case: str, noun) -> bool:
    """A cardinal n in `case` demands a case and a number of its noun (count_form); does the
    head show them?"""
    number, oc_case = count_form(n, case)
    want = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins",
            "loct": "pre"}[oc_case]
    got = UD_CASE.get(noun["feats"].get("Case"))
    got_number = {"Sing": "sing", "Plur": "plur"}.get(noun["feats"].get("Number"), number)
    return (got == want or want == "acc" and got == "nom") and got_number == number


def abbreviation(n: int, case: str, form: str, plural: bool, loc2: bool = False) -> str | None:
    word = ABBREVIATIONS.get(form.rstrip("."))
    if word is None:
        return None
    p = lemma(word)
    if word == "год":
        grams = {"plur" if plural else "sing", CASE_OC[case]}
        if loc2 and not plural:
            return inflect(p, grams, loc2=True)
    else:
        grams = set(count_form(n, case))
        if "accs" in grams and unseen.gender(p) != "f":
            grams = (grams - {"accs"}) | {"nomn"}
    return inflect(p, grams, loc2=False)


def reading(tokens, i):
    """(class, words) for the number at tokens[i] and how many tokens it covers, or None."""
    t = tokens[i]
    m = NUMBER.match(t["form"])
    case = UD_CASE.get(t["feats"].get("Case"))
    if not m or case is None:
        return None
    n = int(m.group(1))
    if i > 0 and case not in PREPOSITION_CASES.get(tokens[i - 1]["form"].lower(), {case}):
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    head = tokens[t["head"] - 1] if 0 < t["head"] <= len(tokens) else None
    if t["upos"] == "ADJ":
        gender = UD_GENDER.get(t["feats"].get("Gender"), "m")
        plural = t["feats"].get("Number") == "Plur"
        animate = head is not None and head["feats"].get("Animacy") == "Anim"
        words = num2words(n, lang="ru", to="ordinal", case=CASE_N2W[case], gender=gender,
                          plural=plural, animate=animate)
        if nxt and nxt["form"].lower() in MONTHS:
            return "ud_date", words, 1
        if nxt and nxt["form"].rstrip(".") in ("г", "гг"):
            loc2 = i > 0 and tokens[i - 1]["form"].lower() in ("в", "во", "на")
            unit = abbreviation(n, case, nxt["form"], plural, loc2)
            return "ud_year", f"{words} {unit}", 2
        if nxt and nxt["form"].rstrip(".") in ABBREVIATIONS:
            return None  # "во 2 м корпусе": a typo or a unit, not a reading to expect
        if head is None or head["upos"] != "NOUN":
            return ("ud_year_bare" if n >= 1000 else None), words, 1
        if UD_CASE.get(head["feats"].get("Case")) != case:
            return None
        return ("ud_year" if nxt and nxt["form"].lower() in YEAR_WORDS else "ud_ordinal"), words, 1
    if t["upos"] != "NUM":
        return None
    noun = head if head is not None and head["upos"] in ("NOUN", "NUM") else None
    if nxt is not None and nxt["form"].rstrip(".") in ABBREVIATIONS:
        noun = nxt
    if noun is None:
        return None
    gender = UD_GENDER.get(noun["feats"].get("Gender"), "m")
    unit = abbreviation(n, case, noun["form"], False) if noun is nxt else None
    if unit is None and not noun_form_ok(n, case, noun):
        return None
    if noun is nxt and unit is not None:
        gender = unseen.gender(lemma(ABBREVIATIONS[nxt["form"].rstrip(".")]))
    # The animate accusative is the genitive for 1 (also at the end of a compound: "двадцать
    # одного студента") and for a lone 2, 3, 4; compounds ending in 2-4 take the nominative
    # ("двадцать два студента").
    animate = (case == "acc" and noun["feats"].get("Animacy") == "Anim"
               and (ends_in_one(n) or n in (2, 3, 4)))
    words = num2words(n, lang="ru", case=CASE_N2W[case], gender=gender, animate=animate)
    if unit is not None:
        return "ud_measure", f"{words} {unit}", 2
    return "ud_count", words, 1


def example(text, tokens):
    """(class, written, spoken) for one sentence, or None when it is left out."""
    if re.search(r"[A-Za-z№§$€+=&/\\@#*_|<>×]|\d[.,:]\d|\d\s*(?:-|–|—|--)\s*\d|\d \d|\d,\s*[а-я]{1,3}\b"
                 r"|\(\s*\d|[^\s(\d]\d|\d[^\s\d\-.,;:!?)»]", text):
        return None
    masked = text
    for t in tokens:
        if t["form"].rstrip(".") in ABBREVIATIONS and t["form"].endswith("."):
            masked = masked.replace(t["form"], "x", 1)
        elif re.fullmatch(r"[А-Яа-яЁё]+\.", t["form"]) or re.fullmatch(r"[А-ЯЁ]{2,}", t["form"]):
            return None  # an abbreviation ("экз.", "РФ", "КБ"): its reading is the normalizer's
    if ABBREVIATION_IN_TEXT.search(masked):
        return None
    out, pos, copied, classes, i = [], 0, 0, [], 0
    while i < len(tokens):
        t = tokens[i]
        at = text.find(t["form"], pos)
        if at < 0:
            return None
        if re.search(r"\d", t["form"]):
            r = reading(tokens, i)
            if r is None or r[0] is None:
                return None
            cls, words, span = r
            end = at + len(t["form"])
            if span == 2:
                nxt = tokens[i + 1]
                at2 = text.find(nxt["form"], end)
                if at2 < 0 or text[end:at2].strip():
                    return None
                end = at2 + len(nxt["form"])
                if nxt["form"].endswith(".") and end == len(text):
                    words += "."
            out.append(text[copied:at] + words)
            pos = copied = end
            i += span
            classes.append(cls)
            continue
        pos, i = at + len(t["form"]), i + 1
    if not classes:
        return None
    out.append(text[copied:])
    spoken = "".join(out)
    spoken = spoken[0].upper() + spoken[1:] if text[0].isdigit() else spoken
    return classes[0] if len(set(classes)) == 1 else "ud_mixed", text, ob(spoken)


PLAIN_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def windows(text, tokens):
    """(class, text, "… left reading right") for each number of a sentence that `example`
    leaves out for its other content: the number's reading with the plain words either side
    of it (a sentence's edge or punctuation counts as nothing), which the normalizer's output
    must contain. Numbers next to anything but a plain word or punctuation are left out."""
    out, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        r = reading(tokens, i) if re.search(r"\d", t["form"]) else None
        span = r[2] if r else 1
        # A year in brackets ("(1939)") is read by convention, not by a case.
        if r and r[0] and not (i > 0 and tokens[i - 1]["form"] == "("):
            left = tokens[i - 1]["form"] if i > 0 else ""
            right = tokens[i + span]["form"] if i + span < len(tokens) else ""
            side = [x for x in (left, right) if x and not re.fullmatch(r"[.,;:!?»«()\"-]+|--|—", x)]
            if all(PLAIN_WORD.fullmatch(x) for x in side) and not any(
                    x.rstrip(".") in ABBREVIATIONS or x.isupper() for x in side):
                words = r[1].rstrip(".")
                left_w = left if PLAIN_WORD.fullmatch(left or "-") else ""
                right_w = right if PLAIN_WORD.fullmatch(right or "-") else ""
                window = " ".join(x for x in (left_w, words, right_w) if x)
                out.append((r[0], text, "… " + ob(window)))
        i += span
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rows, seen, rest = [], set(), []
    for path in args.files:
        for text, tokens in sentences(path):
            if text in seen:
                continue
            seen.add(text)
            r = example(text, tokens)
            if r is not None:
                rows.append(r)
            elif re.search(r"\d", text):
                rest.append((text, tokens))
    args.out.mkdir(parents=True, exist_ok=True)
    for k, part in enumerate(("dev", "held")):
        unseen.write(args.out / f"ud-ru-{part}.tsv", rows[k::2], "ru", part, "unseen_ud.py")
        # The other sentences with numbers, scored by the window around each number.
        win = [w for text, tokens in rest[k::2] for w in windows(text, tokens)]
        unseen.write(args.out / f"udwin-ru-{part}.tsv", win, "ru", part, "unseen_ud.py")


if __name__ == "__main__":
    main()
