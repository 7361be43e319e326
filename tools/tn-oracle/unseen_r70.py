"""Seventieth round (issue 33): business hours, as shops, clinics and offices write them in
both languages.
- Days abbreviated in a range or before hours ("пн–пт 9:00–18:00", "сб 10:00–16:00", "Mon–Fri
  9:00-17:00"): the day's name ("с понедельника по пятницу", "суббота", "Monday to Friday");
  they were left unread.
- Clock times joined by a dash ("9:00–18:00"): in Russian "с девяти часов до восемнадцати
  часов", as the same range reads written with "с ... до"; in English "to" between them. The
  dash was left between the times ("девять часов–восемнадцать часов").
Controls: "с 13:00 до 14:00" written out, a lone clock time.
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r70.py [--per-class 30] [--seed 461]

writes crates/text-normalizer/tests/data/tn-unseen/r70-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import cardinal, count_form, inflect, lemma, pick, sentence
from unseen_en import card
from unseen_r2 import split

RU_DAYS = [("пн", "понедельник", "понедельника"), ("вт", "вторник", "вторника"),
           ("ср", "среда", "среды"), ("чт", "четверг", "четверга"), ("пт", "пятница", "пятницы"),
           ("сб", "суббота", "субботы"), ("вс", "воскресенье", "воскресенья")]
# The accusative after "по" ("по пятницу", "по воскресенье").
RU_ACC = {"понедельник": "понедельник", "вторник": "вторник", "среда": "среду",
          "четверг": "четверг", "пятница": "пятницу", "суббота": "субботу",
          "воскресенье": "воскресенье"}
DASHES = ["–", "-", "—"]
RU_FRAMES = ["Режим работы склада: {X}.", "Касса открыта {X}.", "Справочная служба: {X}.",
             "Пункт приёма работает {X}.", "Часы приёма: {X}.", "Мастерская принимает {X}."]
EN_DAYS = [("Mon", "Monday"), ("Tue", "Tuesday"), ("Wed", "Wednesday"), ("Thu", "Thursday"),
           ("Fri", "Friday"), ("Sat", "Saturday"), ("Sun", "Sunday")]
EN_FRAMES = ["The depot is open {X}.", "Pickup hours: {X}.", "The hotline runs {X}.",
             "Our studio opens {X}.", "Visiting hours are {X}.", "The kiosk works {X}."]


def ru_hour(h: int, case: str) -> str:
    num, c = count_form(h, case)
    return f"{cardinal(h, case)} {inflect(lemma('час'), {num, c})}"


def ru_hours(rng) -> tuple[str, str]:
    a = rng.randint(7, 12)
    b = rng.randint(a + 4, 22)
    dash = pick(rng, DASHES)
    return f"{a}:00{dash}{b}:00", f"с {ru_hour(a, 'gen')} до {ru_hour(b, 'gen')}"


def ru_schedule(rng, part):
    frame = pick(rng, split(RU_FRAMES, part))
    hw, hs = ru_hours(rng)
    if rng.random() < 0.6:
        i = rng.randint(0, 4)
        j = rng.randint(i + 1, 6)
        (a, _, a_gen), (b, b_nom, _) = RU_DAYS[i], RU_DAYS[j]
        dw = f"{a}{pick(rng, DASHES)}{b}"
        ds = f"с {a_gen} по {RU_ACC[b_nom]}"
    else:
        a, a_nom, _ = pick(rng, RU_DAYS)
        dw, ds = a, a_nom
    return sentence(frame.replace("{X}", f"{dw} {hw}")), sentence(frame.replace("{X}", f"{ds} {hs}"))


def ru_time_range(rng, part):
    frame = pick(rng, split(RU_FRAMES, part))
    hw, hs = ru_hours(rng)
    return sentence(frame.replace("{X}", f"ежедневно {hw}")), sentence(frame.replace("{X}", f"ежедневно {hs}"))


def ru_control(rng, part):
    frame = pick(rng, split(RU_FRAMES, part))
    a = rng.randint(7, 12)
    b = rng.randint(a + 4, 22)
    return (sentence(frame.replace("{X}", f"с {a}:00 до {b}:00")),
            sentence(frame.replace("{X}", f"с {ru_hour(a, 'gen')} до {ru_hour(b, 'gen')}")))


def en_hour(h: int) -> str:
    return f"{card(h)} o'clock"


def en_schedule(rng, part):
    frame = pick(rng, split(EN_FRAMES, part))
    a = rng.randint(7, 12)
    b = rng.randint(a + 4, 22)
    hw, hs = f"{a}:00{pick(rng, DASHES)}{b}:00", f"{en_hour(a)} to {en_hour(b)}"
    if rng.random() < 0.6:
        i = rng.randint(0, 4)
        j = rng.randint(i + 1, 6)
        dw = f"{EN_DAYS[i][0]}{pick(rng, DASHES)}{EN_DAYS[j][0]}"
        ds = f"{EN_DAYS[i][1]} to {EN_DAYS[j][1]}"
    else:
        d = pick(rng, EN_DAYS)
        dw, ds = d
    return frame.replace("{X}", f"{dw} {hw}"), frame.replace("{X}", f"{ds} {hs}")


def en_control(rng, part):
    frame = pick(rng, split(EN_FRAMES, part))
    a = rng.randint(7, 12)
    b = rng.randint(a + 4, 22)
    return (frame.replace("{X}", f"from {a}:00 to {b}:00"),
            frame.replace("{X}", f"from {en_hour(a)} to {en_hour(b)}"))


RU = {"schedule": ru_schedule, "time_range": ru_time_range, "control": ru_control}
EN = {"schedule": en_schedule, "control": en_control}


def main():
    unseen.round_main("r70", RU, per_class=30, seed=461, en=EN)


if __name__ == "__main__":
    main()
