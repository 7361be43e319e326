"""Fifth round (issue 33): Russian money and measures again, written after round 4's rules to
measure them on text they were not written against. Units no older set used (checked by their
noun's lemma against generate.py and rounds 1-4) and governing words no older set had in a
frame; dropped if used, without printing which. The oracle is round 3's (the case the
template's governing word demands; num2words, pymorphy3).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r5.py [--per-class 60] [--seed 43]

writes crates/text-normalizer/tests/data/tn-unseen/r5-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen_r3
import unseen_r4
from unseen_r2 import _lemmas

OLD_RU_VOCAB, OLD_FRAMES = unseen_r4.after(unseen_r4)

# миллиграмм and децибел are left out: both genitive plurals are in use (миллиграммов and
# миллиграмм), so a reading would be a choice between two correct ones.
UNITS = [u for u in [
    ("мА", "миллиампер", None, None, "", "current"),
    ("Гц", "герц", None, None, "", "freq"),
    ("кГц", "килогерц", None, None, "", "freq"),
    ("мс", "миллисекунда", None, None, "", "time"),
    ("нед.", "неделя", None, None, "", "time"),
    ("атм", "атмосфера", None, None, "", "pressure"),
    ("кПа", "килопаскаль", None, None, "", "pressure"),
    ("МВт", "мегаватт", None, None, "", "power"),
    ("кВ", "киловольт", None, None, "", "voltage"),
    ("Дж", "джоуль", None, None, "", "energy"),
] if not (_lemmas({u[1]}) & OLD_RU_VOCAB)]
print(f"  units: {len(UNITS)} new", file=sys.stderr)

# New governing words: в отсутствие, с учётом, ввиду, ради, вблизи (genitive); дополнительно
# к, пришли к, соразмерна (dative); пренебрёг, торгует, в связи с, вместе с, перед
# (instrumental); отразился на, участвовали в (prepositional); снизили на, потеряли, занял,
# сроком на (accusative); "Требуется", "Получилось", "Максимум —" (nominative).
FRAMES = [f for f in [
    ("gen", "В отсутствие {X} работа встала.", None),
    ("gen", "С учётом {X} план выполнен.", None),
    ("gen", "Ввиду {X} испытание отложили.", None),
    ("gen", "Ради {X} всё и затевалось.", None),
    ("gen", "Прибор не достигал и {X}.", None),
    ("dat", "Дополнительно к {X} ничего не нужно.", None),
    ("dat", "Инженеры пришли к {X}.", None),
    ("dat", "Нагрузка соразмерна {X}.", None),
    ("ins", "Конструктор пренебрёг {X}.", None),
    ("ins", "Перед {X} стоит задача.", None),
    ("ins", "В связи с {X} работы прекратили.", None),
    ("ins", "Вместе с {X} это предел.", None),
    ("pre", "Сбой отразился на {X}.", None),
    ("acc", "Порог снизили на {X}.", None),
    ("acc", "Мы потеряли {X}.", None),
    ("acc", "Замер занял {X}.", {"time"}),
    ("acc", "Договор заключили сроком на {X}.", {"time"}),
    ("nom", "Требуется {X}.", None),
    ("nom", "Получилось {X}.", None),
    ("nom", "Максимум — {X}.", None),
] if f[1] not in OLD_FRAMES]
print(f"  frames: {len(FRAMES)} new", file=sys.stderr)

ru_money_measure = unseen_r3.ru_measure(UNITS, FRAMES)


if __name__ == "__main__":
    unseen_r4.measure_round("r5", ru_money_measure, 43)
