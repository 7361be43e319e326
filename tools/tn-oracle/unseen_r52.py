"""Fifty-second round (issue 33): three everyday classes of news a sweep of common phrases
found (2026-12-07), each read wrong:
- a count of years in a plural form after a short number ("Суд приговорил его к 8 годам
  колонии" read "к восьмому годам"): the count ("к восьми годам");
- a temperature with "минус"/"плюс" between the governing word and the number ("до минус 30
  градусов" read "до минус тридцать"): the governing word's case ("до минус тридцати");
- a number before "из них" and the like ("Пострадали 5 человек, 2 из них госпитализированы"
  read "двух из них"): the case its own context gives ("два из них", "с двумя из них").
Controls: a year before "году" ("к 2030 году"), a temperature opening its clause ("Ночью
минус 30 градусов"), a count after "из" ("трое из десяти").
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r52.py [--per-class 60] [--seed 353]

writes crates/text-normalizer/tests/data/tn-unseen/r52-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r51
import unseen_r9
from unseen import cardinal, counted, ordinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r51.OLD_RU_VOCAB
OLD_FRAMES = unseen_r51.OLD_FRAMES | {f[1] for f in unseen_r51.FRAMES + unseen_r51.CONTROL_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

YEARS_FRAMES = fresh_frames([
    ("dat", "Суд приговорил поджигателя к {X} колонии."),
    ("dat", "Бывшего мэра приговорили к {X} заключения."),
    ("dat", "К {X} мальчик уже играл на скрипке."),
    ("dat", "Прокурор просил для него срок, равный {X}."),
], key=lambda f: f[1])
YEAR_CONTROL_FRAMES = fresh_frames([
    ("dat", "Стройку обещают закончить к {Y} году."),
    ("dat", "Программу рассчитали к {Y} году."),
], key=lambda f: f[1])

# (case, frame): {X} is "[минус|плюс] N градусов" after the governing word in the frame.
TEMPERATURE_FRAMES = fresh_frames([
    ("gen", "Ночью похолодает до {X}."),
    ("gen", "Днём воздух прогреется до {X}."),
    ("ins", "Вода замерзает при {X}, а не при нуле."),
    ("dat", "К утру температура приблизится к {X}."),
    ("gen", "Столбик термометра не поднимался выше {X}."),
    ("gen", "Морозы достигали {X}."),
], key=lambda f: f[1])
TEMPERATURE_CONTROL_FRAMES = fresh_frames([
    ("nom", "Ночью на перевале {X}."),
    ("nom", "Сейчас за окном {X}."),
], key=lambda f: f[1])

# (case, frame): {X} is "N из них".
PARTITIVE_FRAMES = fresh_frames([
    ("nom", "Задержаны сорок человек, {X} уже отпущены."),
    ("nom", "В поход ушли пятьдесят школьников, {X} вернулись раньше."),
    ("ins", "Журналисты связались с {X}."),
    ("dat", "Премии вручили {X}."),
    ("nom", "Из лодок спасли все, но {X} пришлось чинить."),
    ("gen", "Не хватило {X}."),
], key=lambda f: f[1])


def years(rng, part):
    case, frame = pick(rng, split(YEARS_FRAMES, part))
    n = rng.randint(2, 25)
    while n % 10 == 1 and n != 11:
        n += 1
    w, s = counted(n, case, "год")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def year_control(rng, part):
    case, frame = pick(rng, split(YEAR_CONTROL_FRAMES, part))
    y = rng.randint(2025, 2099)
    return (sentence(frame.replace("{Y}", str(y))),
            sentence(frame.replace("{Y}", ordinal(y, "dat"))))


def degrees(n, case):
    return counted(n, case, "градус")


def temperature(rng, part):
    case, frame = pick(rng, split(TEMPERATURE_FRAMES, part))
    sign = pick(rng, ["минус", "плюс"])
    w, s = degrees(rng.randint(2, 45), case)
    return (sentence(frame.replace("{X}", f"{sign} {w}")),
            sentence(frame.replace("{X}", f"{sign} {s}")))


def temperature_control(rng, part):
    case, frame = pick(rng, split(TEMPERATURE_CONTROL_FRAMES, part))
    sign = pick(rng, ["минус", "плюс"])
    w, s = degrees(rng.randint(2, 45), case)
    return (sentence(frame.replace("{X}", f"{sign} {w}")),
            sentence(frame.replace("{X}", f"{sign} {s}")))


def partitive(rng, part):
    case, frame = pick(rng, split(PARTITIVE_FRAMES, part))
    n = rng.randint(2, 40)
    return (sentence(frame.replace("{X}", f"{n} из них")),
            sentence(frame.replace("{X}", f"{cardinal(n, case)} из них")))


RU = {"years_counted": years, "year_control": year_control, "temperature": temperature,
      "temperature_control": temperature_control, "partitive": partitive}


def main():
    unseen.round_main("r52", RU, per_class=40, seed=353)


if __name__ == "__main__":
    main()
