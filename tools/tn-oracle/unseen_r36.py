"""Thirty-sixth round (issue 33): the two classes the every-class rounds' held-out halves kept
missing (rounds 27, 30, 32 and 35, read as classes, not as sentences to fit):
- a date that a noun naming a day defines, after a dash or a colon ("Дата восхождения — 10
  июля": the nominative, "десятое июля"), with controls where the date says when something
  happens and a dash comes after it ("Ярмарка откроется 5 мая — в воскресенье": the genitive);
- a distance after "в" that places something by what follows it ("в 7 м друг от друга", "в 3
  км отсюда", "в 10 км за рекой", "в 5 мин ходьбы": the prepositional), with controls where
  "в" gives a size or a difference (the accusative).
Written before any rule for them, with frames no set had (a river port and a timetable), and
the units of each half as in round 15. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r36.py [--per-class 60] [--seed 241]

writes crates/text-normalizer/tests/data/tn-unseen/r36-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r3
import unseen_r35
import unseen_r9
from unseen import pick, sentence
from unseen_r2 import split

OLD_FRAMES = unseen_r35.OLD_FRAMES | {
    f[1] for f in unseen_r35.AGREE_FRAMES + unseen_r35.DATE_FRAMES + unseen_r35.YEAR_FRAMES
    + unseen_r35.MEASURE_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(unseen_r35.OLD_RU_VOCAB, OLD_FRAMES)

# (case of the day, frame)
DATE_FRAMES = fresh_frames([
    ("nom", "Дата спуска баржи на воду — {X}."),
    ("gen", "Паром отчалил {X} — на сутки позже расписания."),
    ("nom", "Последний день навигации — {X}."),
    ("gen", "Лёд на реке тронулся {X} — раньше, чем ждали."),
    ("nom", "Крайний срок подачи заявок на причал — {X}."),
    ("gen", "Речной вокзал закроют на ремонт {X} — в понедельник."),
    ("nom", "Официальная дата открытия порта: {X}."),
    ("gen", "Первый теплоход пришёл {X} — под гудки буксиров."),
    ("nom", "Ближайшая свободная дата для швартовки — {X}."),
    ("gen", "Шлюз откроют {X} — если позволит погода."),
    ("nom", "Число, с которого меняется расписание, — {X}."),
    ("gen", "Грузы перестали принимать {X} — из-за паводка."),
    ("nom", "Годовщина основания пристани — {X}."),
    ("nom", "Первый день летнего расписания — {X}."),
])

LENGTH = [("км", "километр", None, None, "", "length"),
          ("м", "метр", None, None, "", "length"),
          ("мм", "миллиметр", None, None, "", "length"),
          ("см", "сантиметр", None, None, "", "length")]
TIME = [("ч", "час", None, None, "", "time"),
        ("мин", "минута", None, None, "", "time")]

# (case, frame, units)
DISTANCE_FRAMES = fresh_frames([
    ("pre", "Бакены поставили в {X} друг от друга.", LENGTH),
    ("pre", "Баржу пришвартовали в {X} отсюда.", LENGTH),
    ("pre", "Пристань стоит в {X} за излучиной.", LENGTH),
    ("pre", "Катер шёл в {X} позади баржи.", LENGTH),
    ("pre", "Маяк светит в {X} впереди по курсу.", LENGTH),
    ("pre", "Склад находится в {X} оттуда.", LENGTH),
    ("pre", "Затон расположен в {X} вверх по течению.", LENGTH),
    ("pre", "Сваи забили в {X} одна от другой.", LENGTH),
    ("pre", "Кассы порта в {X} ходьбы от вокзала.", TIME),
    ("pre", "Соседняя пристань в {X} езды на катере.", TIME),
    ("acc", "Осадка баржи в {X} не позволила подойти к берегу.", LENGTH),
    ("acc", "Разница в {X} между причалами заметна с воды.", LENGTH),
    ("acc", "Ров глубиной в {X} отделяет склад от пристани.", LENGTH),
    ("acc", "Отставание в {X} от графика наверстали.", TIME),
])


def dates(rng, part):
    case, frame = pick(rng, split(DATE_FRAMES, part))
    w, s = unseen_r9.date_phrase(rng, case, real_days=True)
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def distances(rng, part):
    case, frame, units = pick(rng, split(DISTANCE_FRAMES, part))
    w, s = unseen_r3.measure_phrase(unseen.prefer_one(rng), case, pick(rng, split(units, part)))
    return frame.replace("{X}", w).replace("..", "."), frame.replace("{X}", s)


RU = {"date_named": dates, "distance_placed": distances}


def main():
    unseen.round_main("r36", RU, per_class=60, seed=241)


if __name__ == "__main__":
    main()
