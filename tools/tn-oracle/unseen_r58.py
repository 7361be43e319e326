"""Fifty-eighth round (issue 33), English: a measure before the noun it describes, and unit
abbreviations that product pages, recipes and forums write.
- A measure as a modifier takes the singular ("a 12 ft ladder" -> "a twelve foot ladder",
  "a 65 W charger" -> "sixty five watt charger", "the 5-yr lease" -> "five year lease"): after
  the article "a"/"an" a number above one cannot count the unit, and a hyphen between the number
  and the unit joins them into one modifier. Both were read as plurals ("six feet fence").
- Abbreviations that stayed unread: hr, hrs, wk, wks, yr, yrs, gal, qt, bpm.
Controls: a measure that is the amount ("The ladder is 12 ft long", "We waited 3 hrs").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r58.py [--per-class 30] [--seed 389]

writes crates/text-normalizer/tests/data/tn-unseen/r58-en-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

# (written unit, singular, plural, nouns it describes).
UNITS = [
    ("ft", "foot", "feet", ["ladder", "fence", "canoe", "hedge"]),
    ("W", "watt", "watts", ["charger", "bulb", "heater", "amplifier"]),
    ("mAh", "milliampere hour", "milliampere hours", ["battery", "power bank"]),
    ("oz", "ounce", "ounces", ["steak", "tumbler", "jar"]),
    ("hr", "hour", "hours", ["drive", "shift", "layover"]),
    ("yr", "year", "years", ["warranty", "lease", "mortgage"]),
    ("gal", "gallon", "gallons", ["tank", "bucket", "aquarium"]),
    ("lb", "pound", "pounds", ["turkey", "dumbbell", "sack"]),
    ("kg", "kilogram", "kilograms", ["suitcase", "kettlebell"]),
    ("km", "kilometer", "kilometers", ["hike", "loop", "relay"]),
    ("mph", "mile per hour", "miles per hour", ["gust", "limit"]),
    ("qt", "quart", "quarts", ["saucepan", "cooler", "stockpot"]),
    ("mm", "millimeter", "millimeters", ["lens", "drill bit"]),
    ("GB", "gigabyte", "gigabytes", ["memory card", "flash drive"]),
]
# Plural abbreviations of the units above, for the predicate frames.
PLURAL_SYMBOL = {"hr": ["hr", "hrs"], "yr": ["yr", "yrs"], "lb": ["lb", "lbs"]}
EXTRA_SYMBOLS = [("wk", "week", "weeks"), ("wks", "week", "weeks"),
                 ("bpm", "beat per minute", "beats per minute")]

ATTRIBUTIVE_FRAMES = ["We ordered {A} {X} online.", "{A} {X} costs extra.",
                      "She borrowed {A} {X} from a neighbor.", "They returned {A} {X}.",
                      "He finally found {A} {X}.", "Nobody wanted {A} {X}."]
HYPHEN_FRAMES = ["The {X} arrived late.", "Our {X} broke.", "I still like the {X}.",
                 "That {X} was a bargain.", "His {X} came with a case.",
                 "Her {X} sold quickly."]
AMOUNT_FRAMES = ["It came to {X} in the end.", "The total was {X}.",
                 "We measured {X} this time.", "That adds {X} or so.",
                 "They logged {X} on Monday.", "The gauge showed {X}."]


def article(spoken: str) -> str:
    return "an" if spoken.startswith("e") else "a"


def number(rng) -> int:
    n = unseen.number(rng)
    return n if n > 1 else 2


def capital(s: str) -> str:
    return s[0].upper() + s[1:]


def attributive(rng, part):
    sym, sing, _, nouns = pick(rng, UNITS)
    n = number(rng)
    noun = pick(rng, nouns)
    frame = pick(rng, split(ATTRIBUTIVE_FRAMES, part))
    spoken_n = card(n)
    w = frame.replace("{A}", article(spoken_n)).replace("{X}", f"{n:,} {sym} {noun}")
    s = frame.replace("{A}", article(spoken_n)).replace("{X}", f"{spoken_n} {sing} {noun}")
    return capital(w), capital(s)


def hyphen(rng, part):
    sym, sing, _, nouns = pick(rng, UNITS)
    n = number(rng)
    noun = pick(rng, nouns)
    frame = pick(rng, split(HYPHEN_FRAMES, part))
    return (frame.replace("{X}", f"{n:,}-{sym} {noun}"),
            frame.replace("{X}", f"{card(n)} {sing} {noun}"))


def amount(rng, part):
    units = [(s, sg, pl) for s0, sg, pl, _ in UNITS for s in PLURAL_SYMBOL.get(s0, [s0])]
    sym, sing, plural = pick(rng, units + EXTRA_SYMBOLS)
    n = number(rng)
    frame = pick(rng, split(AMOUNT_FRAMES, part))
    return (frame.replace("{X}", f"{n:,} {sym}"),
            frame.replace("{X}", f"{card(n)} {plural}"))


EN = {"attributive": attributive, "hyphen": hyphen, "amount": amount}


def main():
    unseen.round_main("r58", {}, per_class=30, seed=389, en=EN)


if __name__ == "__main__":
    main()
