"""Fiftieth round (issue 33): two years without a year word that the date rules miss, both from
the treebank's dev windows:
- a year after "в" in a change from one year's value to another's ("выросло со 183 человек в
  2001 до 1150 в 2007 году"): "в 2001" is a year ("в две тысячи первом"), though "до" follows
  (the rules took "до" for the end of a range of counts);
- a year under a thousand after a day and month, the clause going on after a comma or a
  bracket ("умер 1 сентября 68, согласно преданию"): the date's year, the genitive ordinal.
Controls: a count after a date ("5 мая 120 рыбаков вышли в море": the nominative count) and a
range of counts after "с" ("с 300 до 500 человек").
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r50.py [--per-class 60] [--seed 337]

writes crates/text-normalizer/tests/data/tn-unseen/r50-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r49
import unseen_r9
from unseen import RU_MONTHS, cardinal, counted, ordinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r49.OLD_RU_VOCAB
OLD_FRAMES = unseen_r49.OLD_FRAMES | set(unseen_r49.SUBJECT_FRAMES + unseen_r49.WHEN_FRAMES)

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# {A} {Y1} {B} {Y2}: a change from one year's value to another's; (noun, its genitive plural).
CHANGE_FRAMES = fresh_frames([
    "Поголовье выросло с {A} {N} в {Y1} до {B} в {Y2} году.",
    "Число учеников сократилось с {A} в {Y1} до {B} в {Y2} году.",
    "Улов поднялся с {A} {N} в {Y1} до {B} в {Y2} году.",
    "Тираж упал с {A} в {Y1} до {B} в {Y2} году.",
], key=lambda f: f)
CHANGE_NOUNS = fresh(["овца", "коза", "корова", "лошадь"])

# {D} a date with a short year, the clause going on.
SHORT_YEAR_FRAMES = fresh_frames([
    "Наместник умер {D}, по словам хрониста.",
    "Храм освятили {D} (по другим сведениям позже).",
    "Город пал {D}, после долгой осады.",
    "Договор скреплён {D}, как гласит надпись.",
], key=lambda f: f)

# {D} a date, then a count of people as the subject.
COUNT_FRAMES = fresh_frames([
    "{D} {X} вышли в море.",
    "{D} {X} собрались на площади.",
], key=lambda f: f)
PEOPLE = fresh(["рыбак", "паломник", "ополченец", "лодочник"])


def change(rng, part):
    frame = pick(rng, split(CHANGE_FRAMES, part))
    a, b = rng.randint(20, 900), rng.randint(20, 9000)
    y1 = rng.randint(1950, 2015)
    y2 = y1 + rng.randint(1, 10)
    noun = pick(rng, split(CHANGE_NOUNS, part))
    wa, sa = counted(a, "gen", noun)
    w = frame.replace("{A} {N}", wa).replace("{A}", str(a))
    s = frame.replace("{A} {N}", sa).replace("{A}", cardinal(a, "gen"))
    w = w.replace("{B}", str(b)).replace("{Y1}", str(y1)).replace("{Y2}", str(y2))
    g = "f" if "{N}" in frame else "m"
    s = (s.replace("{B}", cardinal(b, "gen", g)).replace("{Y1}", ordinal(y1, "pre"))
         .replace("{Y2}", ordinal(y2, "pre")))
    # "с" before a consonant cluster is "со" ("со ста"), as written and read.
    return sentence(w), sentence(s.replace(" с ста", " со ста"))


def short_year(rng, part):
    frame = pick(rng, split(SHORT_YEAR_FRAMES, part))
    d, m, y = rng.randint(1, 28), rng.randrange(12), rng.randint(30, 999)
    w = frame.replace("{D}", f"{d} {RU_MONTHS[m]} {y}")
    s = frame.replace("{D}", f"{ordinal(d, 'gen', 'n')} {RU_MONTHS[m]} {ordinal(y, 'gen')}")
    return sentence(w), sentence(s)


def count_after_date(rng, part):
    frame = pick(rng, split(COUNT_FRAMES, part))
    d, m = rng.randint(1, 28), rng.randrange(12)
    n = rng.randint(5, 300)
    while n % 10 in (1, 2, 3, 4) and n % 100 not in (11, 12, 13, 14):
        n += 1
    wx, sx = counted(n, "nom", pick(rng, split(PEOPLE, part)))
    w = frame.replace("{D}", f"{d} {RU_MONTHS[m]}").replace("{X}", wx)
    s = frame.replace("{D}", f"{ordinal(d, 'gen', 'n')} {RU_MONTHS[m]}").replace("{X}", sx)
    return sentence(w), sentence(s)


RU = {"year_before_do": change, "short_year": short_year, "count_after_date": count_after_date}


def main():
    unseen.round_main("r50", RU, per_class=60, seed=337)


if __name__ == "__main__":
    main()
