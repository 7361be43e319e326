"""Eightieth round (issue 33), English: what NeMo's EngConf inputs showed next, as classes.
- Authors listed as medical and scientific papers cite them, surname then initials without
  dots ("Lin L, Nemeth E, Gabayan V, Ganz T (2008)"): initials that are Roman letters ("V",
  "I", "XL", "CV") stay letters; "Gabayan V" was read "Gabayan five".
- A street type in lower case after a street's name or ordinal ("317 S. 3rd st", "12 Elm
  ave"): the type's word; it was left.
Controls: a ruler's numeral before a comma ("Henry V, King of England"), a series numeral in a
list ("Rocky V, Rocky VI").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r80.py [--per-class 30] [--seed 541]

writes crates/text-normalizer/tests/data/tn-unseen/r80-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, house, ord_suffix, ordw, street_number, to_roman
from unseen_r2 import split

SURNAMES = ["Okonkwo", "Halvorsen", "Tanaka", "Brennan", "Novak", "Ferreira", "Lindgren",
            "Castillo", "Mbatha", "Kowalski", "Duarte", "Sorensen", "Nakagawa", "Petrov",
            "Almeida", "Whitfield"]
PLAIN_INITIALS = ["J", "K", "R", "T", "P", "S", "A", "B", "JB", "KT", "RS", "AP", "GH", "EF"]
ROMAN_INITIALS = ["V", "I", "X", "L", "C", "D", "M", "XL", "CV", "VI", "LI", "MD", "DC", "IV"]
JOURNAL_TAILS = ["({Y}).", "({Y}) Lancet.", "et al. ({Y}).", "({Y}) J Clin Invest."]


def author(rng, part, roman: bool) -> str:
    return f"{pick(rng, split(SURNAMES, part))} {pick(rng, ROMAN_INITIALS if roman else PLAIN_INITIALS)}"


def year_words(y: int) -> str:
    if y < 2000:
        return f"{card(y // 100)} {card(y % 100)}"
    if y == 2000:
        return "two thousand"
    return f"two thousand {card(y % 100)}" if y < 2010 else f"twenty {card(y % 100)}"


def citation(rng, part):
    n = rng.randint(2, 5)
    which = rng.randrange(n)
    names = [author(rng, part, i == which) for i in range(n)]
    y = rng.randint(1985, 2019)
    tail = pick(rng, split(JOURNAL_TAILS, part))
    written = ", ".join(names) + " " + tail.replace("{Y}", str(y))
    spoken = ", ".join(names) + " " + tail.replace("{Y}", year_words(y))
    if y >= 2010:
        spoken = " ‖ ".join([spoken, spoken.replace(year_words(y), f"two thousand {card(y % 100)}")])
    return written, spoken


STREETS = ["Juniper", "Larch", "Hollis", "Fenwick", "Mercer", "Quarry"]
TYPES = [("st", "Street"), ("ave", "Avenue"), ("rd", "Road"), ("blvd", "Boulevard")]
ADDRESS_FRAMES = ["The office moved to {A} in May.", "Parcels go to {A} now.",
                  "Meet us at {A} tonight.", "The shop at {A} closed."]


def lowercase_street(rng, part):
    frame = pick(rng, split(ADDRESS_FRAMES, part))
    n = street_number(rng, 12, 980)
    typ, word = pick(rng, TYPES)
    if rng.random() < 0.5:
        k = rng.randint(1, 60)
        street, spoken = f"{k}{ord_suffix(k)}", ordw(k)
    else:
        street = spoken = pick(rng, split(STREETS, part))
    return (frame.replace("{A}", f"{n} {street} {typ}"),
            frame.replace("{A}", f"{house(n)} {spoken} {word}"))


def ruler_control(rng, part):
    name = pick(rng, split(["Henry", "Louis", "Charles", "Edward", "Pius", "George"], part))
    n = rng.randint(2, 14)
    frame = pick(rng, split(["{R}, King of the realm, fell ill.", "{R}, who ruled long, died.",
                             "Under {R}, taxes rose.", "The court of {R}, though small, shone."],
                            part))
    return (frame.replace("{R}", f"{name} {to_roman(n)}"),
            frame.replace("{R}", f"{name} the {ordw(n)}"))


EN = {"citation": citation, "lowercase_street": lowercase_street, "ruler_control": ruler_control}


def main():
    unseen.round_main("r80", {}, per_class=30, seed=541, en=EN)


if __name__ == "__main__":
    main()
