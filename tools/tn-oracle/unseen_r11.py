"""Eleventh round (issue 33): a measure coordinated with a noun before it ("без света и 5 л
воды", "доволен урожаем и 300 кг мёда"): the measure takes the case of the noun it is joined to,
which its governing word gave. Real sentences had it ("последствия для людей, 71 л и целых
общин"); written before any rule for it, in frames and vocabulary of its own, dev and held-out
apart. The noun before "и" (or "или") is one whose dictionary forms show that case alone, so
the sentence itself says it. Labels: the governing word's case (num2words, pymorphy3).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r11.py [--per-class 40] [--seed 83]

writes crates/text-normalizer/tests/data/tn-unseen/r11-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import argparse
import random

import unseen
import unseen_r3
from unseen import OUT, CASE_OC, inflect, lemma, ob, pick, prefer_one, sentence

# (case, frame before the noun, frame after the measure)
FRAMES = {
    "dev": [
        ("gen", "Склад остался без {N}", "."),
        ("gen", "Для {N}", " нужна машина."),
        ("dat", "Хозяйство радовалось {N}", " за сезон."),
        ("dat", "Благодаря {N}", " план выполнили."),
        ("ins", "Отец гордился {N}", "."),
        ("ins", "Мы довольны {N}", "."),
        ("pre", "В отчёте говорилось о {N}", "."),
    ],
    "held": [
        ("gen", "Кроме {N}", " ничего не нашли."),
        ("gen", "Они лишились {N}", "."),
        ("dat", "Соседи позавидовали {N}", "."),
        ("dat", "Вопреки {N}", " работа шла."),
        ("ins", "Посёлок славился {N}", "."),
        ("ins", "Фермер торговал {N}", "."),
        ("pre", "Все спорили о {N}", "."),
    ],
}
NOUNS = {
    "dev": ["урожай", "свет", "вода", "сад", "мельница", "погода"],
    "held": ["улов", "пашня", "роща", "виноградник", "пасека", "хлев"],
}
UNITS = {
    "dev": [("кг", "килограмм", None, None, "", "mass"), ("л", "литр", None, None, "", "volume"),
            ("га", "гектар", None, None, "", "area")],
    "held": [("т", "тонна", None, None, "", "mass"), ("м", "метр", None, None, "", "length"),
             ("ц", "центнер", None, None, "", "mass")],
}


def unambiguous(word: str, case: str) -> bool:
    """Every likely parse of the form is a noun in this case."""
    parses = [p for p in unseen.morph().parse(word) if p.score >= 0.05]
    return bool(parses) and all("NOUN" in p.tag and p.tag.case in (CASE_OC[case], "loc2")
                                for p in parses)


def coordinated(rng, part):
    while True:
        case, before, after = pick(rng, FRAMES[part])
        noun = inflect(lemma(pick(rng, NOUNS[part])), {"sing", CASE_OC[case]})
        if unambiguous(noun, case):
            break
    conj = pick(rng, ["и", "и", "или"])
    w, s = unseen_r3.measure_phrase(prefer_one(rng), case, pick(rng, UNITS[part]))
    head = ob(before.replace("{N}", f"{noun} {conj} "))
    return sentence(head + w + after), sentence(head + s + after)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=40)
    ap.add_argument("--seed", type=int, default=83)
    args = ap.parse_args()
    for part in ("dev", "held"):
        rng = random.Random(f"{args.seed}-r11-{part}")
        rows, seen = [], set()
        while len(seen) < args.per_class:
            w, s = coordinated(rng, part)
            if w not in seen:
                seen.add(w)
                rows.append(("coordinated", w, ob(s)))
        unseen.write(OUT / f"r11-ru-{part}.tsv", rows, "ru", part, "unseen_r11.py")


if __name__ == "__main__":
    main()
