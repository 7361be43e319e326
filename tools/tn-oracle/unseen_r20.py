"""Twentieth round (issue 33): governing verbs a sweep found the rules without, written before
their entries. The sweep put 117 common verbs that govern the dative, genitive or instrumental
(written for it, from Russian grammar) before an amount whose unit cannot show the case ("Бригада
удивилась 25 кг."); the rules read 34 in the nominative. Seven of those were the sweep's
mistakes (verbs like "накупила", "наелась" take a count in the accusative), three govern two
cases in use ("ожидала", "заслуживала", "навязала") and one is an activity verb ("занялась",
left out of the lists on purpose); the other 23 are here, each in a frame of its own (the
frames alternate between the dev and held-out halves), before an amount in a table unit.
Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r20.py [--per-class 60] [--seed 151]

writes crates/text-normalizer/tests/data/tn-unseen/r20-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r3

MEASURE_FRAMES = [
    ("dat", "Инспектор удивился {X}.", None),
    ("dat", "Журналист льстил {X}.", None),
    ("dat", "Стажёр обучился {X}.", None),
    ("dat", "Эта сумма уподобилась {X}.", None),
    ("dat", "Стрелка весов повиновалась {X}.", None),
    ("dat", "Судьба словно мстила {X}.", None),
    ("dat", "Покупатели изумились {X}.", None),
    ("dat", "Комиссия поразилась {X}.", None),
    ("dat", "Бухгалтер ужаснулся {X}.", None),
    ("dat", "Никто не возразил {X}.", None),
    ("dat", "Соседи соболезновали {X}.", None),
    ("dat", "Все посочувствовали {X}.", None),
    ("gen", "Фермер устыдился {X}.", None),
    ("gen", "Он жаждал {X}.", None),
    ("gen", "Компания домогалась {X}.", None),
    ("gen", "Душа алкала {X}.", None),
    ("gen", "Торговцы страшились {X}.", None),
    ("ins", "Склады обменялись {X}.", None),
    ("ins", "Коллекционер увлёкся {X}.", None),
    ("ins", "Хозяйство прославилось {X}.", None),
    ("ins", "Округ славился {X}.", None),
    ("ins", "Бригада отличилась {X}.", None),
    ("ins", "Экспедиция прикрылась {X}.", None),
]
RU = {"verb_government": unseen_r3.ru_measure(unseen_r15.UNITS, MEASURE_FRAMES)}


def main():
    unseen.round_main("r20", RU, per_class=60, seed=151)


if __name__ == "__main__":
    main()
