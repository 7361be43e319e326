"""Thirty-first round (issue 33): a number after a short passive participle ("Стол был
завален пятью рулонами", "Двор засыпан тремя тоннами щебня"). The rules knew a list of short
participles that govern the instrumental; the dictionary has every verb's short passive
participle, and the grammar is the same for all: with its subject before it, an amount after
it is its agent or instrument, in the instrumental; with none, the amount is the subject
("На склад завезены пять тонн", "Было продано двадцать одно кресло"), and a time is an extent
("Магазин был закрыт двадцать одну минуту"). Written before any rule for it, with
participles no list holds (the frames alternate between the dev and held-out halves). Labels
as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r31.py [--per-class 60] [--seed 223]

writes crates/text-normalizer/tests/data/tn-unseen/r31-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r2
import unseen_r3
import unseen_r30
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r30.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r30.VOCAB, unseen_r30.ORD, unseen_r30.ORD_PL]))
OLD_FRAMES = unseen_r30.OLD_FRAMES | {
    f[1] for f in unseen_r30.AGREE_FRAMES + unseen_r30.DATE_FRAMES + unseen_r30.YEAR_FRAMES
    + unseen_r30.MEASURE_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Small things a surface is covered, filled or hung with.
VOCAB = {
    "inan": fresh(["черепок", "осколок", "гвоздь", "шуруп", "скоба", "заклёпка", "бусина",
                   "ракушка", "жёлудь", "шишка", "каштан", "орех", "окурок", "фантик",
                   "обрывок", "стружка", "кирпич", "плитка", "булыжник", "доска", "брус",
                   "мешок", "тюк", "короб", "фонарь", "гирлянда", "вымпел", "плакат"]),
    "anim": [],
    "adj": fresh(["ржавый", "битый", "сухой", "еловый", "бумажный", "холщовый"]),
}

# (case, frame, animate): the subject stands before the participle, the amount is its
# instrument; or there is no subject before it, and the amount is the subject.
AGREE_FRAMES = fresh_frames([
    ("ins", "Двор был завален {X}.", False),
    ("ins", "Пол усыпан {X}.", False),
    ("ins", "Фасад увешан {X}.", False),
    ("ins", "Подоконник заставлен {X}.", False),
    ("ins", "Берег был усеян {X}.", False),
    ("ins", "Сундук набит {X}.", False),
    ("ins", "Ограда обвешана {X}.", False),
    ("ins", "Дорожка выложена {X}.", False),
    ("ins", "Стены были обиты {X}.", False),
    ("ins", "Тропинки усыпаны {X}.", False),
    ("nom", "Во дворе сложены {X}.", False),
    ("nom", "На чердаке найдены {X}.", False),
    ("nom", "Было продано {X}.", False),
    ("nom", "Вчера доставлены {X}.", False),
])

MEASURE_FRAMES = fresh_frames([
    ("ins", "Котлован был засыпан {X}.", {"mass", "volume"}),
    ("ins", "Бак залит {X}.", {"volume", "mass"}),
    ("ins", "Шов пропитан {X}.", {"volume", "mass"}),
    ("ins", "Участок удобрен {X}.", {"mass"}),
    ("ins", "Трюм был забит {X}.", {"mass", "volume"}),
    ("ins", "Долг погашен {X}.", {"money"}),
    ("ins", "Счёт был оплачен {X}.", {"money"}),
    ("ins", "Кузов нагружен {X}.", {"mass"}),
    ("nom", "На склад завезены {X}.", {"mass", "volume"}),
    ("nom", "Из бюджета выделены {X}.", {"money"}),
    ("nom", "Было израсходовано {X}.", {"mass", "volume", "money"}),
    ("acc", "Магазин был закрыт {X}.", {"time"}),
    ("acc", "Переезд перекрыт {X}.", {"time"}),
])

RU = {
    "short_participle_count": unseen_r2.agreement(VOCAB, AGREE_FRAMES, unseen.counted),
    "short_participle_amount": unseen_r3.ru_measure(unseen_r15.UNITS, MEASURE_FRAMES),
}


def main():
    unseen.round_main("r31", RU, per_class=60, seed=223)


if __name__ == "__main__":
    main()
