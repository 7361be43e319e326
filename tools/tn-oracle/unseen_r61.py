"""Sixty-first round (issue 33), English: three forms of tech, business and shop text a sweep
found.
- A version number of three or more parts ("Python 3.11.4", "iOS 17.2.1", "version 2.0.1"):
  each part a cardinal, "point" between ("three point eleven point four"); it was read
  "three.eleven.four".
- A number with a scale letter glued to it ("Revenue hit 8.3M", "1.2B in debt"): "eight point
  three million"; the letter was left ("eight point three M").
- A price per unit with a slash ("$120/night", "$40/hr", "$3/lb"): "one hundred and twenty
  dollars per night"; it was read "slash night".
Controls: a decimal that is no version, a price with "per" written out.
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r61.py [--per-class 30] [--seed 409]

writes crates/text-normalizer/tests/data/tn-unseen/r61-en-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

PRODUCTS = ["Python", "iOS", "Android", "Firefox", "Ubuntu", "Node", "Blender", "Kotlin",
            "version", "Version", "release", "build"]
VERSION_FRAMES = ["{P} {V} is out today.", "Please update to {P} {V} first.",
                  "The bug was fixed in {P} {V}.", "We still run {P} {V} in production.",
                  "{P} {V} broke our plugin.", "Support for {P} {V} ends soon."]
SCALE_FRAMES = ["Revenue hit {X} last quarter.", "The clip passed {X} views.",
                "The city owes {X} in bonds.", "Downloads topped {X} this week.",
                "The fund manages {X} for clients.", "Its valuation reached {X}."]
SCALES = [("M", "million"), ("B", "billion")]
# (written unit after the slash, its reading after "per").
PER_UNITS = [("night", "night"), ("hr", "hour"), ("hour", "hour"), ("lb", "pound"),
             ("gal", "gallon"), ("month", "month"), ("day", "day"), ("week", "week"),
             ("year", "year"), ("person", "person"), ("kg", "kilogram"), ("sq ft", "square foot")]
PRICE_FRAMES = ["Cabins cost {X} in summer.", "Tutors here charge {X}.",
                "The market sells cherries at {X}.", "Parking runs {X} downtown.",
                "Guides ask {X} for the tour.", "Storage is billed at {X}."]
CONTROL_FRAMES = ["Growth slowed to {D} percent.", "The rate is {D} for now.",
                  "Tickets are {M} per person.", "The fee is {M} per visit."]


def money(n: int, cents: int) -> tuple[str, str]:
    if cents:
        return f"${n:,}.{cents:02d}", (f"{card(n)} dollar{'s' if n != 1 else ''} "
                                       f"{card(cents)} cent{'s' if cents != 1 else ''}")
    return f"${n:,}", f"{card(n)} dollar{'s' if n != 1 else ''}"


def version(rng, part):
    frame = pick(rng, split(VERSION_FRAMES, part))
    product = pick(rng, PRODUCTS)
    parts = [rng.randint(1, 20), rng.randint(0, 15), rng.randint(0, 12)]
    if rng.random() < 0.3:
        parts.append(rng.randint(0, 9))
    w = ".".join(map(str, parts))
    s = " point ".join(card(p) for p in parts)
    return frame.replace("{P}", product).replace("{V}", w), frame.replace("{P}", product).replace(
        "{V}", s)


def scale(rng, part):
    frame = pick(rng, split(SCALE_FRAMES, part))
    sym, word = pick(rng, SCALES)
    whole = rng.randint(1, 999)
    if rng.random() < 0.6:
        frac = rng.randint(1, 9)
        w, s = f"{whole}.{frac}{sym}", f"{card(whole)} point {card(frac)} {word}"
    else:
        # The head of a round scale has no "and" ("five hundred fifty seven million"), as the
        # older sets read "$557 million"; a decimal keeps its integer's reading.
        w, s = f"{whole}{sym}", f"{card(whole).replace(' and ', ' ')} {word}"
    return frame.replace("{X}", w), frame.replace("{X}", s)


def per_unit(rng, part):
    frame = pick(rng, split(PRICE_FRAMES, part))
    unit, reading = pick(rng, PER_UNITS)
    n = max(1, unseen.number(rng) % 2000)
    cents = rng.choice([0, 0, 0, 50, 99, 25])
    w, s = money(n, cents)
    return frame.replace("{X}", f"{w}/{unit}"), frame.replace("{X}", f"{s} per {reading}")


def control(rng, part):
    frame = pick(rng, split(CONTROL_FRAMES, part))
    if "{D}" in frame:
        a, b = rng.randint(0, 20), rng.randint(1, 9)
        return frame.replace("{D}", f"{a}.{b}"), frame.replace("{D}", f"{card(a)} point {card(b)}")
    w, s = money(rng.randint(2, 300), 0)
    return frame.replace("{M}", w), frame.replace("{M}", s)


EN = {"version": version, "scale_suffix": scale, "per_unit": per_unit, "control": control}


def main():
    unseen.round_main("r61", {}, per_class=30, seed=409, en=EN)


if __name__ == "__main__":
    main()
