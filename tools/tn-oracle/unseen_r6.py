"""Sixth round (issue 33): Russian money and measures again, written after round 5's rules to
measure them on text they were not written against. Units no older set used (checked by their
noun's lemma against generate.py and rounds 1-5) and governing words no older set had in a
frame; dropped if used, without printing which. The oracle is round 3's (the case the
template's governing word demands; num2words, pymorphy3).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r6.py [--per-class 60] [--seed 47]

writes crates/text-normalizer/tests/data/tn-unseen/r6-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen_r3
import unseen_r4
import unseen_r5
from unseen_r2 import _lemmas

OLD_RU_VOCAB, OLD_FRAMES = unseen_r4.after(unseen_r5)

# Units in the table that no set used, and two currency signs (written after the number, as
# Russian typesetting does).
UNITS = [u for u in [
    ("м/с", "метр", None, None, " в секунду", "speed"),
    ("об/мин", "оборот", None, None, " в минуту", "speed"),
    ("кВт·ч", "киловатт-час", None, None, "", "energy"),
    ("мАч", "миллиампер-час", None, None, "", "charge"),
    ("см³", "сантиметр", "кубический", None, "", "volume"),
    ("МГц", "мегагерц", None, None, "", "freq"),
    ("£", "фунт", None, None, " стерлингов", "money"),
    ("¥", "иена", None, None, "", "money"),
] if u[2] or u[4] or not (_lemmas({u[1]}) & OLD_RU_VOCAB)]
print(f"  units: {len(UNITS)} kept", file=sys.stderr)

# New governing words: вне, в отличие от (genitive); приравнена к (dative); манипулировал,
# злоупотреблял, оперировал (instrumental); "объёмом в", превысил, набрал, сбросили, прибавил
# (accusative); Имеется, Остаётся, Нужно (nominative). терабайт is left out: both genitive
# plurals (терабайт, терабайтов) are in use.
FRAMES = [f for f in [
    ("gen", "Вне {X} прибор не работает.", None),
    ("gen", "В отличие от {X} это немного.", None),
    ("ins", "Продавец манипулировал {X}.", None),
    ("ins", "Отдел злоупотреблял {X}.", None),
    ("ins", "Докладчик оперировал {X}.", None),
    ("acc", "Нужен запас объёмом в {X}.", {"volume", "energy", "charge"}),
    ("acc", "Поток превысил {X}.", None),
    ("acc", "Счётчик набрал {X}.", None),
    ("acc", "Мы сбросили {X}.", None),
    ("acc", "Показатель прибавил {X}.", None),
    ("nom", "Имеется {X}.", None),
    ("nom", "Остаётся {X}.", None),
    ("nom", "Нужно {X}.", None),
    ("dat", "Цена приравнена к {X}.", None),
] if f[1] not in OLD_FRAMES]
print(f"  frames: {len(FRAMES)} new", file=sys.stderr)

ru_money_measure = unseen_r3.ru_measure(UNITS, FRAMES)


if __name__ == "__main__":
    unseen_r4.measure_round("r6", ru_money_measure, 47)
