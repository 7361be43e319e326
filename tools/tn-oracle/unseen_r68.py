"""Sixty-eighth round (issue 33), English: the number sign and slashed pairs that are no
fractions, as sports, charts and ads write them.
- "No. 1", "#1", "#12": "number one", "number twelve"; they were read "No. one" and "hash
  one".
- Equal numbers over a slash and the idiom 24/7 ("a 50/50 chance", "20/20 vision", "open
  24/7"): the two numbers said one after the other ("fifty fifty", "twenty four seven"); they
  were read as fractions ("fifty fiftieths", "twenty four sevenths").
Controls: proper fractions ("2/3 of voters": "two thirds") and a date with slashes.
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r68.py [--per-class 30] [--seed 449]

writes crates/text-normalizer/tests/data/tn-unseen/r68-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

SIGN_FRAMES = ["She is the {S} seed this year.", "The band hit {S} on the chart.",
               "He was ranked {S} in the poll.", "Their {S} priority is safety.",
               "The {S} pick went to Dallas.", "Our {S} goal is growth."]
PAIR_FRAMES = ["The diner is open {P} all year.", "It was a {P} split.",
               "He has {P} vision.", "The song moves in {P} time.",
               "Support runs {P} for members.", "They shared the prize {P}."]
CONTROL_FRAMES = ["Only {F} of voters agreed.", "About {F} of the crop was lost."]
DENOMS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 8: "eighth", 10: "tenth"}


def sign(rng, part):
    frame = pick(rng, split(SIGN_FRAMES, part))
    n = rng.randint(1, 40)
    written = f"No. {n}" if rng.random() < 0.5 else f"#{n}"
    return frame.replace("{S}", written), frame.replace("{S}", f"number {card(n)}")


def pair(rng, part):
    """Equal numbers over a slash (a fraction equal to one is never written so) and the idiom
    24/7. The first oracle read every pair whose first number is not below the second so; an
    improper fraction is a fraction ("22/3": "twenty two thirds", as NeMo's set reads it)."""
    frame = pick(rng, split(PAIR_FRAMES, part))
    if rng.random() < 0.25:
        return frame.replace("{P}", "24/7"), frame.replace("{P}", "twenty four seven")
    a = b = rng.randint(2, 99)
    return frame.replace("{P}", f"{a}/{b}"), frame.replace("{P}", f"{card(a)} {card(b)}")


def control(rng, part):
    frame = pick(rng, CONTROL_FRAMES)
    d = pick(rng, list(DENOMS))
    n = rng.randint(1, d - 1)
    word = DENOMS[d] + ("s" if n > 1 else "")
    if d == 2:
        word = "half" if n == 1 else "halves"
    return frame.replace("{F}", f"{n}/{d}"), frame.replace("{F}", f"{card(n)} {word}")


EN = {"number_sign": sign, "pair": pair, "control": control}


def main():
    unseen.round_main("r68", {}, per_class=30, seed=449, en=EN)


if __name__ == "__main__":
    main()
