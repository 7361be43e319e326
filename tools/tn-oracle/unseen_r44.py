"""Forty-fourth round (issue 33): a date written in both calendars, the Julian day and the
Gregorian one in brackets, the way Russian encyclopedias date everything before 1918 ("5 (17)
сентября 1812 года", "26 марта (5 апреля) 1656"). Found in the treebank's windows ("(26 марта
(5 апреля) 1656, Тула -- ...)" read "одна тысяча шестьсот пятьдесят шесть") and in every
biography of that era ("Указ подписан 12 (24) мая 1721 г." read "двенадцатью (двадцать
четыре) мая"):
- the two days before one month ("5 (17) сентября"): both days' ordinals, in the case the
  frame gives the date;
- the two days and months ("26 марта (5 апреля)"), then the year: its genitive ordinal, bare
  or before "года"/"г.";
- controls: the same frames with one date, and a bracket after the date that holds no date.
The Gregorian day is the Julian one plus the calendars' difference in that century (10 days
in the 1600s, 11 in the 1700s, 12 in the 1800s, 13 after 1900). Written before any rule for
it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r44.py [--per-class 60] [--seed 293]

writes crates/text-normalizer/tests/data/tn-unseen/r44-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import calendar

import unseen
import unseen_r43
import unseen_r9
from unseen import RU_MONTHS, ordinal, pick, sentence
from unseen_r2 import _lemmas, split

OLD_RU_VOCAB = unseen_r43.OLD_RU_VOCAB | _lemmas(set(unseen_r43.SERIES + unseen_r43.PLAIN))
OLD_FRAMES = unseen_r43.OLD_FRAMES | {
    f[2] for f in unseen_r43.ORDINAL_FRAMES + unseen_r43.COUNT_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (case of the day, preposition or None, frame).
FRAMES = fresh_frames([
    ("gen", None, "Крепость пала {X}."),
    ("gen", None, "Грамота составлена {X}."),
    ("gen", "до", "Осада длилась {X}."),
    ("gen", "с", "Ярмарка работала {X}."),
    ("dat", "к", "Полк подошёл к городу {X}."),
    ("dat", "к", "Мост достроили {X}."),
    ("gen", None, "Собор освятили {X}."),
    ("gen", "после", "Флот вернулся в гавань {X}."),
    ("gen", "после", "Торги возобновились {X}."),
    ("gen", None, "Посольство выехало из Москвы {X}."),
    ("gen", None, "Указ о пошлинах объявлен {X}."),
], key=lambda f: f[2])


def difference(year: int) -> int:
    return 10 if year < 1700 else 11 if year < 1800 else 12 if year < 1900 else 13


def dual(rng):
    """A Julian date and its Gregorian day: (day, month, new day, new month, year)."""
    y = rng.randint(1600, 1917)
    m = rng.randrange(12)
    d = rng.randint(1, calendar.monthrange(y, m + 1)[1])
    nd, nm = d + difference(y), m
    days = calendar.monthrange(y, m + 1)[1]
    if nd > days:
        nd, nm = nd - days, (m + 1) % 12
    return d, m, nd, nm, y


def year_part(rng, y):
    """The year as written after a date and as read: bare, with "года", or with "г."."""
    r = rng.random()
    if r < 0.4:
        return f" {y} года", f" {ordinal(y, 'gen')} года"
    if r < 0.6:
        return f" {y} г.", f" {ordinal(y, 'gen')} года"
    if r < 0.8:
        return f" {y}", f" {ordinal(y, 'gen')}"
    return "", ""


def fill(frame, prep, w, s):
    p = f"{prep} " if prep else ""
    w = frame.replace("{X}", p + w)
    s = frame.replace("{X}", p + s)
    # "г." that ends the sentence keeps one dot.
    return sentence(w.replace("г..", "г.")), sentence(s)


def dual_day(rng, part):
    """One month for both days: "5 (17) сентября 1812 года"."""
    case, prep, frame = pick(rng, split(FRAMES, part))
    while True:
        d, m, nd, nm, y = dual(rng)
        if nm == m:
            break
    yw, ys = year_part(rng, y)
    w = f"{d} ({nd}) {RU_MONTHS[m]}{yw}"
    s = f"{ordinal(d, case, 'n')} ({ordinal(nd, case, 'n')}) {RU_MONTHS[m]}{ys}"
    return fill(frame, prep, w, s)


def dual_month(rng, part):
    """Each day with its month: "26 марта (5 апреля) 1656"."""
    case, prep, frame = pick(rng, split(FRAMES, part))
    while True:
        d, m, nd, nm, y = dual(rng)
        if nm != m:
            break
    yw, ys = year_part(rng, y)
    if not yw:
        yw, ys = f" {y}", f" {ordinal(y, 'gen')}"
    w = f"{d} {RU_MONTHS[m]} ({nd} {RU_MONTHS[nm]}){yw}"
    s = (f"{ordinal(d, case, 'n')} {RU_MONTHS[m]} ({ordinal(nd, case, 'n')} "
         f"{RU_MONTHS[nm]}){ys}")
    return fill(frame, prep, w, s)


NOTES = ["по старому стилю", "по преданию", "в воскресенье", "в пятницу", "по летописи"]


def one_date(rng, part):
    """Controls: one date, bare or with a bracketed note after it."""
    case, prep, frame = pick(rng, split(FRAMES, part))
    d, m, _, _, y = dual(rng)
    yw, ys = year_part(rng, y)
    note = f" ({pick(rng, NOTES)})" if rng.random() < 0.5 else ""
    w = f"{d} {RU_MONTHS[m]}{yw}{note}"
    s = f"{ordinal(d, case, 'n')} {RU_MONTHS[m]}{ys}{note}"
    if note and yw.endswith("г."):
        w, s = f"{d} {RU_MONTHS[m]} {y} года{note}", f"{ordinal(d, case, 'n')} {RU_MONTHS[m]}{ys}{note}"
    return fill(frame, prep, w, s)


RU = {"dual_day": dual_day, "dual_month": dual_month, "one_date": one_date}


def main():
    unseen.round_main("r44", RU, per_class=60, seed=293)


if __name__ == "__main__":
    main()
