"""Seventh round (issue 33): Russian money and measures once more, written after the last
rules (round 6 and the fixes from reading the older held-out parts), to measure them on text
they were not written against. Units no set used (checked by their noun's lemma against
generate.py and rounds 1-6; compound ones by their written form) and governing words no set
had in a frame; dropped if used, without printing which. The oracle is round 3's (the case the
template's governing word demands; num2words, pymorphy3).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r7.py [--per-class 60] [--seed 53]

writes crates/text-normalizer/tests/data/tn-unseen/r7-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen_r3
import unseen_r4
import unseen_r6
from unseen_r2 import _lemmas

OLD_RU_VOCAB, OLD_FRAMES = unseen_r4.after(unseen_r6)

UNITS = [u for u in [
    ("мкс", "микросекунда", None, None, "", "time"),
    ("нс", "наносекунда", None, None, "", "time"),
    ("₩", "вона", None, None, "", "money"),
    ("км/с", "километр", None, None, " в секунду", "speed"),
    ("°F", "градус", None, None, " Фаренгейта", "temperature"),
    ("т/га", "тонна", None, None, " на гектар", "yield"),
    ("млрд долл.", "доллар", None, "миллиард", "", "money"),
] if u[3] or u[4] or not (_lemmas({u[1]}) & OLD_RU_VOCAB)]
print(f"  units: {len(UNITS)} kept", file=sys.stderr)

# New governing words: против, насчёт, относительно, испугались (genitive); равнялся (dative);
# пользовались, обзавелись (instrumental); уложились в, опоздали на, выделили, перечислили,
# истратили (accusative); "Всего было" (nominative).
FRAMES = [f for f in [
    ("gen", "Голосовали против {X}.", None),
    ("gen", "Насчёт {X} договорились позже.", None),
    ("gen", "Относительно {X} вопросов нет.", None),
    ("gen", "Участники испугались {X}.", None),
    ("dat", "Результат равнялся {X}.", None),
    ("ins", "Все пользовались {X}.", None),
    ("ins", "Хозяйства обзавелись {X}.", {"money", "yield"}),
    ("acc", "Мы уложились в {X}.", None),
    ("acc", "Поезд опоздал на {X}.", {"time"}),
    ("acc", "Фонд выделил {X}.", {"money"}),
    ("acc", "Им перечислили {X}.", {"money"}),
    ("acc", "Туристы истратили {X}.", {"money"}),
    ("nom", "Всего было {X}.", None),
    ("gen", "Точность не хуже {X}.", {"time", "temperature", "speed"}),
] if f[1] not in OLD_FRAMES]
print(f"  frames: {len(FRAMES)} new", file=sys.stderr)

ru_money_measure = unseen_r3.ru_measure(UNITS, FRAMES)


if __name__ == "__main__":
    unseen_r4.measure_round("r7", ru_money_measure, 53)
