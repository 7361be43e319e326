"""Twenty-fifth round (issue 33): governing words a sweep of prepositions found the rules
without, and an attribute between the governing word and an amount. The sweep put 237
prepositions, derived prepositions and prepositional phrases (written for it from Russian
grammar, each with the case it governs) before "21 т"; the rules read 40 in another case. Of
those, three were the sweep's mistakes ("свыше чем", "на сумму", "по оценкам"), some need a
noun or a person after them ("под руководством", "от имени", "в присутствии") and some are
rare before an amount ("сообразно", "наперекор"); the rest are here, each in a frame of its own,
before an amount in a table unit that suits it. The second class: an adjective or pronoun
between the governing word and an amount in a unit ("за последние 21 мин.", "из оставшихся
5 т", "с этими 3 кг"), which the sweep's probes read in the nominative whatever the preposition.
Written before any rule for them; the frames alternate between the dev and held-out halves.
Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r25.py [--per-class 60] [--seed 181]

writes crates/text-normalizer/tests/data/tn-unseen/r25-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r23
import unseen_r24
import unseen_r3
import unseen_r9

_, fresh_frames = unseen_r9.checkers(unseen_r23.OLD_RU_VOCAB, unseen_r23.OLD_FRAMES | {
    f[1] for f in unseen_r23.AGREE_FRAMES + unseen_r23.DATE_FRAMES + unseen_r23.YEAR_FRAMES
    + unseen_r23.MEASURE_FRAMES + unseen_r24.ADJECTIVE_FRAMES + unseen_r24.NEGATED_FRAMES})

MONEY = {"money", "percent"}
MASS = {"mass", "volume"}
TIME = {"time"}

PREPOSITION_FRAMES = fresh_frames([
    ("gen", "Цена держится вблизи {X}.", MONEY),
    ("gen", "Начислили надбавку поверх {X}.", MONEY),
    ("gen", "Выдали талоны взамен {X}.", MASS),
    ("gen", "Держим запас на случай {X} простоя.", TIME),
    ("gen", "Долго спорили по поводу {X}.", None),
    ("gen", "Провезли под видом {X} муки.", MASS),
    ("gen", "Урожай хороший, не считая {X} брака.", MASS),
    ("gen", "Пособие не платят при отсутствии {X} стажа.", TIME),
    ("gen", "Премию дали по итогам {X} работы.", TIME),
    ("gen", "Цена указана без учёта {X}.", MONEY),
    ("ins", "Резерв учли наравне с {X}.", None),
    ("ins", "Списали заодно с {X} брака.", MASS),
    ("ins", "Сдали совместно с {X} лома.", MASS),
    ("ins", "Цистерну залили вровень с {X}.", MASS),
    ("acc", "Собрали много, включая {X} брака.", MASS),
    ("acc", "Вес нетто, исключая {X} тары, записан в накладной.", MASS),
])

ATTRIBUTE_FRAMES = fresh_frames([
    ("acc", "Курс вырос за последние {X}.", TIME),
    ("acc", "Всё решилось в первые {X}.", TIME),
    ("gen", "Из оставшихся {X} сварили варенье.", None),
    ("gen", "Кроме тех {X} ничего не осталось.", None),
    ("dat", "К этим {X} прибавьте налог.", None),
    ("dat", "Благодаря лишним {X} мы успели.", None),
    ("ins", "С теми {X} ничего не случилось.", None),
    ("ins", "Над этими {X} бились весь день.", None),
    ("pre", "Об остальных {X} забыли.", None),
    ("pre", "При нынешних {X} это невыгодно.", None),
    ("gen", "В течение ближайших {X} ждите звонка.", TIME),
    ("gen", "На протяжении долгих {X} шёл дождь.", TIME),
    ("acc", "Скидка выросла на какие-то {X}.", MONEY),
    ("acc", "Он опоздал на жалкие {X}.", TIME),
    ("dat", "По всем {X} отчитались.", None),
    ("acc", "Купили товара на все {X}.", MONEY),
])

RU = {"preposition": unseen_r3.ru_measure(unseen_r15.UNITS, PREPOSITION_FRAMES),
      "attribute_between": unseen_r3.ru_measure(unseen_r15.UNITS, ATTRIBUTE_FRAMES)}


def main():
    unseen.round_main("r25", RU, per_class=60, seed=181)


if __name__ == "__main__":
    main()
