"""Twenty-sixth round (issue 33): a length of time after an intransitive verb, the accusative
of duration ("Поезд ехал двадцать одну минуту", "Совещание длилось одну минуту"). The rules read
a count after an intransitive verb as its subject ("Осталась одна минута"), so a sweep of such
sentences read "Поезд ехал двадцать одна минута". Written before any rule for it: verbs of
motion, state and process with their subject before them, and controls where the time is the
subject ("До закрытия остаётся двадцать одна минута", "С тех пор минуло пять часов"). The frames
alternate between the dev and held-out halves. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r26.py [--per-class 60] [--seed 191]

writes crates/text-normalizer/tests/data/tn-unseen/r26-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r25
import unseen_r3
import unseen_r9

_, fresh_frames = unseen_r9.checkers(set(), {
    f[1] for f in unseen_r25.PREPOSITION_FRAMES + unseen_r25.ATTRIBUTE_FRAMES})

TIME = {"time"}

FRAMES = fresh_frames([
    ("acc", "Поезд ехал {X}.", TIME),
    ("acc", "Автобус стоял {X}.", TIME),
    ("acc", "Совещание длилось {X}.", TIME),
    ("acc", "Спектакль продолжался {X}.", TIME),
    ("acc", "Гроза бушевала {X}.", TIME),
    ("acc", "Ребёнок плакал {X}.", TIME),
    ("acc", "Мы гуляли {X}.", TIME),
    ("acc", "Они спорили {X}.", TIME),
    ("acc", "Фильм идёт {X}.", TIME),
    ("acc", "Вода кипела {X}.", TIME),
    ("acc", "Она молчала {X}.", TIME),
    ("acc", "Лекция шла {X}.", TIME),
    ("nom", "До старта осталось {X}.", TIME),
    ("nom", "До закрытия остаётся {X}.", TIME),
])

RU = {"duration": unseen_r3.ru_measure(unseen_r15.UNITS, FRAMES)}


def main():
    unseen.round_main("r26", RU, per_class=60, seed=191)


if __name__ == "__main__":
    main()
