"""Forty-sixth round (issue 33): a bracketed alternative after a number's noun ("к 1700 году
(по иным сведениям к 1701)", "Опись 1700 года (или 1701)", "в 5 томах (по другим данным 6)"):
the alternative stands for the number before the noun and reads as it would with that noun
("к тысяча семьсот первому", "шести"). Round 45's held-out half had it (41.7%) and its dev half
did not (its frames had the prepositions an older rule reads), so no rule was written for it
there; written anew:
- a year and its noun, the alternative with or without the preposition;
- a count and its noun, the alternative a bare number;
- controls: a bracket after the noun that holds a number with a noun of its own ("в 1812 году
  (через 3 года)"), read as its own phrase.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r46.py [--per-class 60] [--seed 311]

writes crates/text-normalizer/tests/data/tn-unseen/r46-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r45
import unseen_r9
from unseen import cardinal, counted, ordinal, pick, sentence
from unseen_r2 import _lemmas, split
from unseen_r43 import phrase

OLD_RU_VOCAB = unseen_r45.OLD_RU_VOCAB | _lemmas(set(unseen_r45.NOUNS))
OLD_FRAMES = unseen_r45.OLD_FRAMES | {
    f[-1] for f in unseen_r45.YEAR_FRAMES + unseen_r45.COUNT_FRAMES + unseen_r45.LIST_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

LEADS = ["по другим данным ", "по иным сведениям ", "или ", "по одной из версий "]

# (case, preposition, year word, frame).
YEAR_FRAMES = fresh_frames([
    ("dat", "к", "году", "Канал прорыли {X}."),
    ("gen", None, "года", "Карта уезда {X} висит в музее."),
    ("pre", "в", "году", "Пристань перенесли {X}."),
    ("gen", "до", "года", "Паром ходил {X}."),
    ("gen", "с", "года", "Маяк светит {X}."),
    ("gen", None, "года", "Смета постройки {X} потеряна."),
], key=lambda f: f[-1])

# (case, preposition, frame): a count and its noun.
COUNT_FRAMES = fresh_frames([
    ("pre", "в", "Летопись издана {X}."),
    ("gen", "из", "Обоз состоял {X}."),
    ("dat", "по", "Налог собирали {X}."),
    ("ins", "с", "Караван шёл {X}."),
], key=lambda f: f[-1])
NOUNS = fresh(["верблюд", "ларец", "свиток", "фолиант"])


def year_alt(rng, part):
    case, prep, noun, frame = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(1650, 1990)
    y2 = y + pick(rng, [1, 2, -1, 5])
    lead = pick(rng, LEADS)
    p = f"{prep} " if prep and rng.random() < 0.5 else ""
    w = phrase(prep, f"{y} {noun} ({lead}{p}{y2})")
    s = phrase(prep, f"{ordinal(y, case)} {noun} ({lead}{p}{ordinal(y2, case)})")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def count_alt(rng, part):
    case, prep, frame = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, split(NOUNS, part))
    n = rng.randint(2, 40)
    n2 = n + pick(rng, [1, 2, 5, 10])
    w, s = counted(n, case, noun)
    g = unseen.gender(unseen.lemma(noun))
    lead = pick(rng, LEADS)
    w = phrase(prep, f"{w} ({lead}{n2})")
    s = phrase(prep, f"{s} ({lead}{cardinal(n2, case, g)})")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def own_phrase(rng, part):
    """Controls: a number with its own noun in the bracket."""
    case, prep, noun, frame = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(1650, 1990)
    k = rng.randint(2, 9)
    inner_case, inner_prep = pick(rng, [("acc", "через"), ("acc", "за"), ("gen", "после")])
    iw, is_ = counted(k, inner_case, "месяц")
    w = phrase(prep, f"{y} {noun} ({inner_prep} {iw})")
    s = phrase(prep, f"{ordinal(y, case)} {noun} ({inner_prep} {is_})")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


RU = {"year_alt": year_alt, "count_alt": count_alt, "own_phrase": own_phrase}


def main():
    unseen.round_main("r46", RU, per_class=60, seed=311)


if __name__ == "__main__":
    main()
