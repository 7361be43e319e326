"""Eighty-fifth round (issue 33), Russian: an ordinal ending in three written with the endings of
"третий" ("на 3-ем этаже", "к 23-ему числу", "в 3-ей главе", "с 3-им номером", "3-их классов",
"на 3-ью неделю"), found by typing such sentences at the normalizer: the ordinal in that form;
"на 3-ем этаже" was read "на три-ем этаже" (the soft endings were not among the written ones).
Controls: the hard endings ("на 5-ом этаже", "к 2-ому числу").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r85.py [--per-class 30] [--seed 571]

writes crates/text-normalizer/tests/data/tn-unseen/r85-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import ordinal, pick, sentence
from unseen_r2 import split

# (frame, case, gender, plural, the written ending after a number ending in three)
SOFT = [("Офис на {N} этаже.", "pre", "m", False, "ем"),
        ("Отчёт нужен к {N} числу.", "dat", "m", False, "ему"),
        ("Ответ есть в {N} главе.", "pre", "f", False, "ей"),
        ("Он выступал под {N} номером.", "ins", "m", False, "им"),
        ("Учебник для {N} классов готов.", "gen", "m", True, "их"),
        ("Проект сдадут на {N} неделе.", "pre", "f", False, "ей"),
        ("Поезд ушёл с {N} пути.", "gen", "m", False, "его"),
        ("Билеты на {N} ряд раскуплены.", "acc", "m", False, "ий"),
        ("Мы переехали на {N} улицу.", "acc", "f", False, "ью"),
        ("Школа гордится {N} местом.", "ins", "n", False, "им")]
HARD = [("Офис на {N} этаже.", "pre", "m", "ом"), ("Отчёт нужен к {N} числу.", "dat", "n", "ому"),
        ("Поезд ушёл с {N} пути.", "gen", "m", "ого"),
        ("Он выступал под {N} номером.", "ins", "m", "ым")]


def soft(rng, part):
    frame, case, g, plural, ending = pick(rng, split(SOFT, part))
    n = pick(rng, [3, 13, 23, 33, 43, 53, 63, 73, 83, 93])
    if n == 13:
        return soft(rng, part)
    return (sentence(frame.replace("{N}", f"{n}-{ending}")),
            sentence(frame.replace("{N}", ordinal(n, case, g, plural=plural))))


def hard(rng, part):
    frame, case, g, ending = pick(rng, split(HARD, part))
    n = rng.randint(4, 99)
    while n % 10 == 3:
        n = rng.randint(4, 99)
    return (sentence(frame.replace("{N}", f"{n}-{ending}")),
            sentence(frame.replace("{N}", ordinal(n, case, g))))


RU = {"soft_ending": soft, "hard_control": hard}


def main():
    unseen.round_main("r85", RU, per_class=30, seed=571)


if __name__ == "__main__":
    main()
