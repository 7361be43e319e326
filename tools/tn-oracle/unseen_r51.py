"""Fifty-first round (issue 33): a percentage of something after a word that governs the
dative or instrumental ("Компания владеет 25% акций", "поделился 10% прибыли", "благодаря 30%
голосов"): the sign counts, not the noun after it, so the number takes the governing word's
case ("двадцатью пятью процентами акций"); the rules let the genitive noun after the sign
decide ("двадцать пять процентов акций"). Found by a sweep of verbs of possession in business
news. Controls: the accusative and the genitive of the same phrase ("продал 25% акций", "более
25% акций").
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r51.py [--per-class 60] [--seed 347]

writes crates/text-normalizer/tests/data/tn-unseen/r51-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r50
import unseen_r9
from unseen import pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r50.OLD_RU_VOCAB
OLD_FRAMES = unseen_r50.OLD_FRAMES | set(
    unseen_r50.CHANGE_FRAMES + unseen_r50.SHORT_YEAR_FRAMES + unseen_r50.COUNT_FRAMES)

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (case, frame): {X} is "N% <goods>".
FRAMES = fresh_frames([
    ("ins", "Концерн владеет {X}."),
    ("ins", "Кооператив распоряжается {X}."),
    ("ins", "Союз заручился {X}."),
    ("ins", "Трест поделился с городом {X}."),
    ("dat", "Совет доверил решение {X}."),
    ("dat", "Благодаря {X} проект окупился."),
    ("ins", "Кандидат обладает {X}."),
    ("ins", "Инвестор довольствовался {X}."),
], key=lambda f: f[1])
CONTROL_FRAMES = fresh_frames([
    ("acc", "Концерн продал {X}."),
    ("gen", "Инвестор скупил более {X}."),
    ("acc", "Кооператив выкупил {X}."),
    ("gen", "Союз лишился {X}."),
], key=lambda f: f[1])
GOODS = ["акций", "паёв", "голосов", "прибыли", "капитала", "выручки", "урожая", "земель"]


def percent(rng, case, part):
    """"N% <goods>" and its reading: the number and "процент" in `case`, the goods after."""
    n = unseen.prefer_one(rng) % 100 or 7
    goods = pick(rng, split(GOODS, part))
    return f"{n}% {goods}", f"{unseen.counted(n, case, 'процент')[1]} {goods}"


def governed(rng, part):
    case, frame = pick(rng, split(FRAMES, part))
    w, s = percent(rng, case, part)
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def control(rng, part):
    case, frame = pick(rng, split(CONTROL_FRAMES, part))
    w, s = percent(rng, case, part)
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


RU = {"percent_governed": governed, "percent_control": control}


def main():
    unseen.round_main("r51", RU, per_class=60, seed=347)


if __name__ == "__main__":
    main()
