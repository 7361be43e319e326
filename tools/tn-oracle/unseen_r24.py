"""Twenty-fourth round (issue 33): an amount governed by a full-form adjective or participle,
and by a negated verb of exceeding. Round 23's dev half had both ("на глубину, равную 42 с."
read "сорок две секунды"; "не превышает 21%." read "двадцать один процент"): the lists know the
short adjectives ("равен", "кратна") and the verbs, not the full forms that agree with a noun
before them ("равную", "эквивалентной", "кратный", "заполненный"), and a verb of exceeding
("превышать", "превзойти"; the accusative) takes the genitive under negation as writers use
it ("не превышает двух процентов"). Written before any rule for them, in frames of their own
(alternating between the dev and held-out halves) with controls: the participles of verbs of
the accusative ("превышающий", "составляющую") keep it. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r24.py [--per-class 60] [--seed 179]

writes crates/text-normalizer/tests/data/tn-unseen/r24-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r23
import unseen_r3
import unseen_r9

fresh, fresh_frames = unseen_r9.checkers(unseen_r23.OLD_RU_VOCAB, unseen_r23.OLD_FRAMES | {
    f[1] for f in unseen_r23.AGREE_FRAMES + unseen_r23.DATE_FRAMES + unseen_r23.YEAR_FRAMES
    + unseen_r23.MEASURE_FRAMES})

ADJECTIVE_FRAMES = fresh_frames([
    ("dat", "Груз разбили на партии, равные {X}.", None),
    ("dat", "Задайте интервал, равный {X}.", None),
    ("dat", "Мощность, равная {X}, достигнута на испытаниях.", None),
    ("dat", "При напряжении, равном {X}, лампа перегорает.", None),
    ("dat", "Судно с водоизмещением, равным {X}, спустили на воду.", None),
    ("dat", "Отступ, пропорциональный {X}, оставили с каждой стороны.", None),
    ("dat", "Нагрузку довели до величины, эквивалентной {X}.", None),
    ("dat", "Итоговая сумма, эквивалентная {X}, поступила на счёт.", None),
    ("dat", "Срок, кратный {X}, выбран не случайно.", None),
    ("dat", "Шаг сетки, кратный {X}, упрощает расчёт.", None),
    ("dat", "Штраф, соразмерный {X}, сочли справедливым.", None),
    ("dat", "Компенсацию, соразмерную {X}, выплатили без задержек.", None),
    ("ins", "В резервуар, заполненный {X}, добавили реагент.", None),
    ("ins", "Склад, загруженный {X}, опечатали.", None),
    ("ins", "Бюджет, ограниченный {X}, не позволил расшириться.", None),
    ("ins", "Лимит, ограниченный {X}, исчерпали за неделю.", None),
    ("gen", "Катер, достигающий {X}, обогнал всех.", None),
    ("gen", "Выбран режим, не превышающий {X}.", None),
    ("gen", "Установлен зазор, не превышающий {X}.", None),
    ("gen", "Сосна, достигшая {X}, рухнула от ветра.", None),
    ("acc", "Выделили участок, превышающий {X}.", None),
    ("acc", "Получен результат, превышающий {X}.", None),
    ("acc", "Скидку, составляющую {X}, отменили.", None),
    ("acc", "Премия, составившая {X}, удивила всех.", None),
])

NEGATED_FRAMES = fresh_frames([
    ("gen", "Скорость ветра не превышала {X}.", None),
    ("gen", "Глубина промерзания не превысила {X}.", None),
    ("gen", "Потери не превысят {X}.", None),
    ("gen", "Отклонение не превосходит {X}.", None),
    ("gen", "Рост цен не превзошёл {X}.", None),
    ("gen", "Расход топлива не превышал {X}.", None),
    ("gen", "Погрешность прибора не должна превышать {X}.", None),
    ("gen", "Задержка не может превысить {X}.", None),
    ("acc", "Скорость ветра превышала {X}.", None),
    ("acc", "Расход топлива превысил {X}.", None),
])

RU = {"full_adjective": unseen_r3.ru_measure(unseen_r15.UNITS, ADJECTIVE_FRAMES),
      "negated_exceed": unseen_r3.ru_measure(unseen_r15.UNITS, NEGATED_FRAMES)}


def main():
    unseen.round_main("r24", RU, per_class=60, seed=179)


if __name__ == "__main__":
    main()
