"""Twenty-eighth round (issue 33): an amount after a full passive participle, its agent or
instrument in the instrumental ("склад, заваленный двадцатью одной тонной", "бочка, налитая
пятью литрами"). A sweep of 88 adjectives and participles that govern a case (written from
Russian grammar) before "21 т" found 77 read in the nominative; the passive participles of
verbs outside the lists are one class of them, a rule of grammar rather than of words. Written
before any rule for it, with participles of verbs no list holds (the frames alternate between
the dev and held-out halves) and controls whose active participle keeps its accusative object.
Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r28.py [--per-class 60] [--seed 197]

writes crates/text-normalizer/tests/data/tn-unseen/r28-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r27
import unseen_r3
import unseen_r9

_, fresh_frames = unseen_r9.checkers(set(), unseen_r27.OLD_FRAMES | {
    f[1] for f in unseen_r27.AGREE_FRAMES + unseen_r27.DATE_FRAMES + unseen_r27.YEAR_FRAMES
    + unseen_r27.MEASURE_FRAMES})

FRAMES = fresh_frames([
    ("ins", "Склад, заваленный {X}, закрыли на учёт.", {"mass", "volume"}),
    ("ins", "Вагон, засыпанный {X}, отогнали в тупик.", {"mass", "volume"}),
    ("ins", "Бочку, налитую {X}, откатили в сторону.", {"volume", "mass"}),
    ("ins", "Трюм, набитый {X}, опечатали.", {"mass", "volume"}),
    ("ins", "Поле, удобренное {X}, дало урожай.", {"mass"}),
    ("ins", "Грунт, насыщенный {X}, проседает.", {"volume", "mass", "percent"}),
    ("ins", "Сделку, оплаченную {X}, провели в срок.", {"money"}),
    ("ins", "Кредит, погашенный {X}, закрыли.", {"money"}),
    ("ins", "Опыт, подкреплённый {X} практики, ценится выше.", {"time"}),
    ("ins", "Котлован, залитый {X} бетона, оставили застывать.", {"mass", "volume"}),
    ("acc", "Насос, перекачивающий {X}, сломался.", {"volume", "mass"}),
    ("acc", "Бригада, уложившая {X}, получила премию.", {"length", "mass"}),
])

RU = {"passive_participle": unseen_r3.ru_measure(unseen_r15.UNITS, FRAMES)}


def main():
    unseen.round_main("r28", RU, per_class=60, seed=197)


if __name__ == "__main__":
    main()
