"""Forty-ninth round (issue 33): a date that is the subject of a verb of being or naming with a
predicate in the instrumental ("1 мая является государственным праздником", "С 2005 года 12
декабря не является выходным днём"): the date is named, the nominative ("первое мая"), not
the genitive of when something happens (the treebank's dev windows had it). Controls: the
same verbs with no predicate after the date ("12 декабря стало известно", "5 мая считалось,
что ..."), and a date before another verb: the genitive.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r49.py [--per-class 60] [--seed 331]

writes crates/text-normalizer/tests/data/tn-unseen/r49-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r48
import unseen_r9
from unseen import RU_MONTHS, ordinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r48.OLD_RU_VOCAB
OLD_FRAMES = unseen_r48.OLD_FRAMES | set(unseen_r48.PLURAL_FRAMES + unseen_r48.SINGULAR_FRAMES)

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Frames with {X}: the date is the subject, a predicate in the instrumental follows the verb.
SUBJECT_FRAMES = fresh_frames([
    "{X} является днём памяти моряков.",
    "В нашем городе {X} считается днём ярмарки.",
    "{X} не является рабочим днём для почты.",
    "С прошлого года {X} стало днём открытых дверей.",
    "{X} объявлено днём траура.",
    "Для рыбаков {X} всегда было последним днём путины.",
    "{X} остаётся единственным выходным в месяце.",
    "{X} считалось началом сенокоса.",
], key=lambda f: f)

# Frames with {X}: the date says when, the genitive.
WHEN_FRAMES = fresh_frames([
    "{X} стало известно о закрытии переправы.",
    "{X} считалось, что лёд уже сошёл.",
    "{X} является комиссия из области.",
    "{X} было объявлено о начале навигации.",
], key=lambda f: f)


def date(rng):
    d = rng.randint(1, 28)
    m = rng.randrange(12)
    y = rng.randint(1950, 2030) if rng.random() < 0.3 else None
    return d, m, y


def filled(frame, d, m, y, case):
    yw = f" {y} года" if y else ""
    ys = f" {ordinal(y, 'gen')} года" if y else ""
    w = frame.replace("{X}", f"{d} {RU_MONTHS[m]}{yw}")
    s = frame.replace("{X}", f"{ordinal(d, case, 'n')} {RU_MONTHS[m]}{ys}")
    return sentence(w), sentence(s)


def subject(rng, part):
    return filled(pick(rng, split(SUBJECT_FRAMES, part)), *date(rng), "nom")


def when(rng, part):
    return filled(pick(rng, split(WHEN_FRAMES, part)), *date(rng), "gen")


RU = {"date_subject": subject, "date_when": when}


def main():
    unseen.round_main("r49", RU, per_class=60, seed=331)


if __name__ == "__main__":
    main()
