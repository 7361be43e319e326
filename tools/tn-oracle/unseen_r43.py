"""Forty-third round (issue 33): a bare number before a noun that numbers a part of a series
(a half-year, a reading of a bill, a degree, a convocation, a season's episode), where the
count's form fits the noun too, so the earlier rounds left it out ("numbers ending in 1 are
left out (both readings occur)", unseen.ru_ordinal). Found in the treebank's dev half ("В 1
раунде" -> "одном") and in news text ("в 1 квартале", "Итоги 3 квартала", "Дом в 5 этажей"
-> "пятый этажей", "Прошло 2 века" -> "второго века"):
- after a number ending in 1, the ordinal ("в 1 чтении": "в первом чтении", "ожог 1
  степени": "первой степени");
- after 2-4 with the noun in the genitive singular where the phrase is a genitive (after a
  noun or a preposition of the genitive), the ordinal ("Итоги 3 полугодия": "третьего");
- controls: the same nouns counted (2-4 in the nominative or accusative, "Прошло 3
  полугодия"; a plural after any number, "в 5 сериях"), and 1 before nouns that number no
  series ("в 1 котловане": "одном").
Written before any rule for it, frames no set had; frames and nouns alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r43.py [--per-class 60] [--seed 283]

writes crates/text-normalizer/tests/data/tn-unseen/r43-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r42
import unseen_r9
from unseen import counted, ends_in_one, few, gender, inflect, lemma, ordinal, pick, sentence
from unseen_r2 import _lemmas, split

OLD_RU_VOCAB = unseen_r42.OLD_RU_VOCAB | _lemmas(set(unseen_r42.GOODS))
OLD_FRAMES = unseen_r42.OLD_FRAMES | {f[1] for f in unseen_r42.FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Nouns that number a part of a series; split() alternates them between the halves.
SERIES = fresh(["полугодие", "тайм", "степень", "созыв", "серия", "разряд", "чтение",
                "поколение", "раздел", "категория", "семестр", "период"])
# Nouns that number nothing: after 1 they are counted.
PLAIN = fresh(["котлован", "овин", "кишлак", "аул", "урочище", "делянка", "заимка",
               "пасека"])

# (case, preposition or None, frame): the phrase in the case, a genitive context or not.
ORDINAL_FRAMES = fresh_frames([
    ("pre", "в", "Об этом прямо сказано {X}."),
    ("pre", "в", "Новые лица появились {X}."),
    ("gen", None, "Итоги {X} обсудят в понедельник."),
    ("gen", None, "Подготовка {X} заняла месяц."),
    ("gen", "после", "Всё изменилось {X}."),
    ("gen", "с", "Правила поменялись {X}."),
    ("acc", "за", "Отчёт {X} опубликован на сайте."),
    ("acc", "на", "Голосование отложили {X}."),
    ("gen", "до", "Время {X} ещё оставалось."),
    ("gen", "без", "Обойтись {X} не получится."),
    ("dat", "к", "Готовились {X} заранее."),
    ("ins", "перед", "Объявили перерыв {X}."),
    ("gen", None, "Начало {X} перенесли."),
    ("gen", None, "Материалы {X} выложили в открытый доступ."),
], key=lambda f: f[2])

# (case, preposition or None, frame): the phrase counted.
COUNT_FRAMES = fresh_frames([
    ("nom", None, "С тех пор минуло {X}."),
    ("acc", None, "Работа над проектом заняла {X}."),
    ("gen", "из", "Лучшее выбрали {X}."),
    ("acc", "за", "Многое сделано {X}."),
    ("pre", "в", "Перемен не было {X}."),
    ("nom", None, "Всего их набралось {X}."),
    ("dat", "по", "Решения приняли {X}."),
    ("acc", None, "Комиссия рассмотрела {X}."),
    ("gen", "после", "Черту подвели {X}."),
    ("acc", "на", "Работу растянули {X}."),
], key=lambda f: f[2])


def phrase(prep, x):
    return f"{prep} {x}" if prep else x


def fill(frame, prep, w, s):
    return (sentence(frame.replace("{X}", phrase(prep, w))),
            sentence(frame.replace("{X}", phrase(prep, s))))


def ordinal_phrase(n, case, noun):
    p = lemma(noun)
    form = inflect(p, {"sing", unseen.CASE_OC[case]})
    return f"{n} {form}", f"{ordinal(n, case, gender(p))} {form}"


def series_one(rng, part):
    case, prep, frame = pick(rng, split(ORDINAL_FRAMES, part))
    n = 1 if rng.random() < 0.6 else rng.randint(2, 9) * 10 + 1
    w, s = ordinal_phrase(n, case, pick(rng, split(SERIES, part)))
    return fill(frame, prep, w, s)


def series_few(rng, part):
    """2-4 in a genitive context, the noun in the genitive singular."""
    frames = [f for f in split(ORDINAL_FRAMES, part) if f[0] == "gen"]
    case, prep, frame = pick(rng, frames)
    n = pick(rng, [2, 3, 4]) if rng.random() < 0.7 else rng.randint(2, 9) * 10 + pick(
        rng, [2, 3, 4])
    w, s = ordinal_phrase(n, case, pick(rng, split(SERIES, part)))
    return fill(frame, prep, w, s)


def series_count(rng, part):
    case, prep, frame = pick(rng, split(COUNT_FRAMES, part))
    if case in ("nom", "acc") and rng.random() < 0.6:
        n = pick(rng, [2, 3, 4])
    else:
        n = rng.randint(2, 20)
        while ends_in_one(n):
            n += 1
    w, s = counted(n, case, pick(rng, split(SERIES, part)))
    return fill(frame, prep, w, s)


def one_count(rng, part):
    case, prep, frame = pick(rng, split(ORDINAL_FRAMES, part))
    n = 1 if rng.random() < 0.6 else rng.randint(2, 9) * 10 + 1
    w, s = counted(n, case, pick(rng, split(PLAIN, part)))
    return fill(frame, prep, w, s)


RU = {"series_one": series_one, "series_few": series_few, "series_count": series_count,
      "one_count": one_count}

assert all(few(n) for n in (2, 3, 4))


def main():
    unseen.round_main("r43", RU, per_class=60, seed=283)


if __name__ == "__main__":
    main()
