"""Fifty-fifth round (issue 33): two more everyday forms a sweep of news phrases found:
- a range of days before one month written with a dash, as news writes every festival and
  forum ("Форум пройдёт 5–7 мая", "1—3 июня 2024 года", "на 12 - 14 июля"): both days in the
  case the context gives the date ("пятого — седьмого мая", "на двенадцатое — четырнадцатое
  июля"); the en and em dashes were read "пять–седьмого";
- an age mark ("фильм 18+", "детям 6+"): "восемнадцать плюс"; it was glued
  ("восемнадцатьплюс").
Controls: "с 5 по 7 мая" and an arithmetic plus ("5+3").
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r55.py [--per-class 30] [--seed 373]

writes crates/text-normalizer/tests/data/tn-unseen/r55-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r54
import unseen_r9
from unseen import RU_MONTHS, cardinal, ordinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r54.OLD_RU_VOCAB
OLD_FRAMES = unseen_r54.OLD_FRAMES | set(unseen_r54.FRAMES)

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (case, preposition or None, frame).
RANGE_FRAMES = fresh_frames([
    ("gen", None, "Фестиваль пройдёт {X} в парке."),
    ("acc", "на", "Регату перенесли {X}."),
    ("gen", None, "Ярмарка мёда работала {X}."),
    ("gen", "до", "Приём заявок продлили {X}."),
    ("gen", None, "Слёт волонтёров состоится {X}."),
    ("acc", "на", "Съезд назначен {X}."),
], key=lambda f: f[2])
DASHES = ["–", "—", " - ", " – ", "-", "--"]
AGE_FRAMES = fresh_frames([
    "Спектакль рассчитан на зрителей {A}.",
    "На афише стоит отметка {A}.",
    "Мультфильм получил рейтинг {A}.",
    "Книга помечена знаком {A}.",
    "Трансляцию сопровождает плашка {A}.",
    "Игра продаётся с маркировкой {A}.",
    "Концерт для публики {A} начнётся вечером.",
    "У сериала возрастной ценз {A}.",
], key=lambda f: f)
CONTROL_FRAMES = fresh_frames([
    ("acc", "Выставка открыта с {D1} по {D2} {M}."),
    ("calc", "В задаче было написано: {P}."),
], key=lambda f: f[1])


def day_range(rng, part):
    case, prep, frame = pick(rng, split(RANGE_FRAMES, part))
    m = rng.randrange(12)
    d1 = rng.randint(1, 26)
    d2 = d1 + rng.randint(1, 3)
    year = rng.random() < 0.3
    y = rng.randint(2019, 2030)
    dash = pick(rng, DASHES)
    p = f"{prep} " if prep else ""
    yw = f" {y} года" if year else ""
    ys = f" {ordinal(y, 'gen')} года" if year else ""
    w = f"{p}{d1}{dash}{d2} {RU_MONTHS[m]}{yw}"
    s = f"{p}{ordinal(d1, case, 'n')} — {ordinal(d2, case, 'n')} {RU_MONTHS[m]}{ys}"
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def age(rng, part):
    frame = pick(rng, split(AGE_FRAMES, part))
    n = pick(rng, [0, 3, 6, 12, 14, 16, 18, 21])
    return (sentence(frame.replace("{A}", f"{n}+")),
            sentence(frame.replace("{A}", f"{cardinal(n, 'nom')} плюс")))


def control(rng, part):
    kind, frame = pick(rng, split(CONTROL_FRAMES, part))
    if kind == "acc":
        m = rng.randrange(12)
        d1 = rng.randint(1, 20)
        d2 = d1 + rng.randint(2, 8)
        w = frame.replace("{D1}", str(d1)).replace("{D2}", str(d2)).replace("{M}", RU_MONTHS[m])
        s = (frame.replace("{D1}", ordinal(d1, "gen", "n"))
             .replace("{D2}", ordinal(d2, "acc", "n")).replace("{M}", RU_MONTHS[m]))
        return sentence(w), sentence(s)
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    return (sentence(frame.replace("{P}", f"{a}+{b}")),
            sentence(frame.replace("{P}", f"{cardinal(a, 'nom')} плюс {cardinal(b, 'nom')}")))


RU = {"day_range": day_range, "age_mark": age, "control": control}


def main():
    unseen.round_main("r55", RU, per_class=30, seed=373)


if __name__ == "__main__":
    main()
