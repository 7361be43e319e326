"""Seventy-second round (issue 33), English: what encyclopedias and directories write that
NeMo's GoogleTN sentences showed misread (the templates and words are new).
- A map scale or ratio whose second number is above a clock's ("1:25,000", "1:1000"): "one to
  twenty five thousand"; it was read "one twenty five,zero" and "one ten zero".
- A number per unit after a slash with no unit before it ("1,268.6/km2", "85 people/km²",
  "40/hour"): "per square kilometer", "per hour"; the slash and "km two" were left.
- A compass letter before a street named by an ordinal or with its type written out ("108 W
  55th Street", "317 S. 3rd St"): the direction ("West fifty fifth Street"); it was read
  "watts" or left.
Controls: a wattage ("a 60 W bulb"), a clock time, a ratio of small numbers.
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r72.py [--per-class 30] [--seed 479]

writes crates/text-normalizer/tests/data/tn-unseen/r72-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, house, ord_suffix, ordw, street_number
from unseen_r2 import split

SCALES = [500, 1000, 2500, 5000, 10000, 20000, 24000, 25000, 50000, 62500, 100000, 200000,
          250000, 500000, 1000000]
SCALE_FRAMES = ["The chart is drawn at {R}.", "She built a {R} model of the dam.",
                "Use the sheet at {R} for hiking.", "The atlas maps it at {R}.",
                "Each plan is printed at {R} scale.", "The survey used a {R} grid.",
                "Dilute the stain {R} before use.", "The quadrangle is mapped at {R}."]

PER_UNITS = [("km2", "square kilometer"), ("km²", "square kilometer"), ("hour", "hour"),
             ("day", "day"), ("week", "week"), ("mi²", "square mile"), ("month", "month"),
             ("year", "year")]
PER_NOUNS = ["residents", "visitors", "cases", "orders", "calls", "births"]
PER_FRAMES = ["The valley averages {X}.", "Official records list {X}.",
              "The ward reported {X} last spring.", "By then it had {X}.",
              "Planners expect {X}.", "The estimate is {X}."]

STREETS = ["Alder", "Hemlock", "Cypress", "Redwood", "Mulberry", "Linden", "Tamarack",
           "Buckeye"]
TYPES = [("Street", "Street"), ("St", "Street"), ("Avenue", "Avenue"), ("Ave", "Avenue"),
         ("Road", "Road"), ("Boulevard", "Boulevard"), ("Place", "Place"), ("Rd", "Road")]
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West"), ("NW", "Northwest"),
        ("SE", "Southeast")]
ADDRESS_FRAMES = ["The studio moved to {A} last year.", "Deliveries go to {A}.",
                  "The clinic at {A} opens early.", "They rented a loft at {A}.",
                  "Parking is behind {A}.", "Her shop stood at {A} for decades."]


def grouped(n: int) -> str:
    return f"{n:,}"


def scale(rng, part):
    frame = pick(rng, split(SCALE_FRAMES, part))
    n = pick(rng, SCALES)
    written = grouped(n) if n >= 10000 and rng.random() < 0.6 else str(n)
    return frame.replace("{R}", f"1:{written}"), frame.replace("{R}", f"one to {card(n)}")


def per_unit(rng, part):
    frame = pick(rng, split(PER_FRAMES, part))
    unit, word = pick(rng, PER_UNITS)
    if rng.random() < 0.3:
        whole, tenth = rng.randint(1, 3000), rng.randint(1, 9)
        written, spoken = f"{grouped(whole)}.{tenth}", f"{card(whole)} point {card(tenth)}"
    else:
        n = rng.randint(2, 9000)
        written, spoken = grouped(n), card(n)
    if rng.random() < 0.5:
        noun = pick(rng, PER_NOUNS)
        written, spoken = f"{written} {noun}", f"{spoken} {noun}"
    return frame.replace("{X}", f"{written}/{unit}"), frame.replace("{X}", f"{spoken} per {word}")


def address(rng, part):
    frame = pick(rng, split(ADDRESS_FRAMES, part))
    n = street_number(rng, 10, 999)
    d, dw = pick(rng, DIRS)
    dot = "." if rng.random() < 0.3 else ""
    typ, tw = pick(rng, TYPES)
    if rng.random() < 0.6:
        k = rng.randint(1, 99)
        street, spoken_street = f"{k}{ord_suffix(k)}", ordw(k)
    else:
        street = spoken_street = pick(rng, split(STREETS, part))
    written = f"{n} {d}{dot} {street} {typ}"
    spoken = f"{house(n)} {dw} {spoken_street} {tw}"
    return frame.replace("{A}", written), frame.replace("{A}", spoken)


def watt_control(rng, part):
    n = 5 * rng.randint(1, 60)
    frame = pick(rng, split(["Screw in a {W} bulb.", "The lamp takes a {W} bulb.",
                             "Buy a {W} heater.", "It is a {W} amplifier."], part))
    # A measure before its noun is singular ("a sixty watt bulb"); the first labels said
    # "watts", against every grammar of English, and were corrected before any rule changed.
    return frame.replace("{W}", f"{n} W"), frame.replace("{W}", f"{card(n)} watt")


def small_ratio_control(rng, part):
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    frame = pick(rng, split(["Mix them in a ratio of {R}.", "The ratio was {R} last year.",
                             "Keep a {R} ratio of sand to lime.", "They won {R} at home."],
                            part))
    return frame.replace("{R}", f"{a}:{b}"), frame.replace("{R}", f"{card(a)} to {card(b)}")


EN = {"scale": scale, "per_unit": per_unit, "address": address, "watt_control": watt_control,
      "small_ratio_control": small_ratio_control}


def main():
    unseen.round_main("r72", {}, per_class=30, seed=479, en=EN)


if __name__ == "__main__":
    main()
