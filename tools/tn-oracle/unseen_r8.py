"""Eighth round (issue 33): Russian measures in SI-prefixed units, written after round 7's rules
to measure how the unit table generalizes to prefixed units it does not list, and governing
words no set had in a frame. Units are checked by their noun's lemma against generate.py and
rounds 1-7; those whose genitive plural varies in use (ампер, ом, бар, электронвольт, байт,
герц) or that the dictionary misparses (фарада, тесла) are left out. The oracle is round 3's
(the case the template's governing word demands; num2words, pymorphy3).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r8.py [--per-class 60] [--seed 59]

writes crates/text-normalizer/tests/data/tn-unseen/r8-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen_r3
import unseen_r4
import unseen_r7
from unseen_r2 import _lemmas

OLD_RU_VOCAB, OLD_FRAMES = unseen_r4.after(unseen_r7)

UNITS = [u for u in [
    ("мВ", "милливольт", None, None, "", "voltage"),
    ("ТВт", "тераватт", None, None, "", "power"),
    ("мВт", "милливатт", None, None, "", "power"),
    ("мкл", "микролитр", None, None, "", "volume"),
    ("дл", "децилитр", None, None, "", "volume"),
    ("гл", "гектолитр", None, None, "", "volume"),
    ("ГДж", "гигаджоуль", None, None, "", "energy"),
    ("пм", "пикометр", None, None, "", "length"),
    ("Мт", "мегатонна", None, None, "", "mass"),
    ("кН", "килоньютон", None, None, "", "force"),
    ("мН", "миллиньютон", None, None, "", "force"),
    ("ГПа", "гигапаскаль", None, None, "", "pressure"),
    ("мкЗв", "микрозиверт", None, None, "", "dose"),
    ("сл", "сантилитр", None, None, "", "volume"),
] if u[2] or u[4] or not (_lemmas({u[1]}) & OLD_RU_VOCAB)]
print(f"  units: {len(UNITS)} kept", file=sys.stderr)

# New governing words: кроме, помимо, вместо, из-за (genitive); соответствует, равна
# (dative); ограничились, рискнули (instrumental); при, о (prepositional); показал, добавили,
# ослаб на, выставили в (accusative); "На входе" (nominative).
FRAMES = [f for f in [
    ("gen", "Кроме {X} ничего не заметили.", None),
    ("gen", "Помимо {X} нужен резерв.", None),
    ("gen", "Вместо {X} получили меньше.", None),
    ("gen", "Из-за {X} сработала защита.", None),
    ("dat", "Показание соответствует {X}.", None),
    ("dat", "Погрешность равна {X}.", None),
    ("ins", "Мы ограничились {X}.", None),
    ("ins", "Испытатели рискнули {X}.", None),
    ("pre", "Прибор работает при {X}.", None),
    ("pre", "В отчёте говорится о {X}.", None),
    ("acc", "Датчик показал {X}.", None),
    ("acc", "Инженеры добавили {X}.", None),
    ("acc", "Сигнал ослаб на {X}.", None),
    ("acc", "Порог выставили в {X}.", None),
    ("nom", "На входе {X}.", None),
] if f[1] not in OLD_FRAMES]
print(f"  frames: {len(FRAMES)} new", file=sys.stderr)

ru_money_measure = unseen_r3.ru_measure(UNITS, FRAMES)


if __name__ == "__main__":
    unseen_r4.measure_round("r8", ru_money_measure, 59)
