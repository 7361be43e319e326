"""Sixty-sixth round (issue 33), English: heights in feet and inches and short emergency
numbers, as sports and safety news write them.
- A height with a foot and an inch mark ("a 6'2\\" guard", "She is 5'7\\"", "the 7'1\\" center"):
  "six foot two"; it was read "six'two" (and, for a moment in this session, "inches").
- An emergency number after "call", "dial" or "text" ("Call 911", "dial 999", "text 988"): digit
  by digit ("nine one one"); it was read "nine hundred and eleven".
Controls: feet written as a unit ("12 ft", plural feet), a count after "call" that is no
number to dial ("called 911 times" is not written; "call 3 witnesses").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r66.py [--per-class 20] [--seed 439]

writes crates/text-normalizer/tests/data/tn-unseen/r66-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits
from unseen_r2 import split

HEIGHT_FRAMES = ["The team signed a {H} guard.", "She is {H} without shoes.",
                 "At {H}, he towers over the field.", "The {H} center blocked the shot.",
                 "Her brother stands {H} tall.", "A {H} rookie joined the roster."]
EMERGENCY_FRAMES = ["Call {N} if you see smoke.", "Dial {N} for an ambulance.",
                    "Text {N} to reach the crisis line.", "Please call {N} right away.",
                    "You can dial {N} from any phone.", "In an emergency, call {N}."]
NUMBERS = ["911", "999", "112", "988", "000", "111", "311", "211"]
CONTROL_FRAMES = ["The ladder is {N} ft long.", "Call {C} witnesses to the stand.",
                  "The wall rose {N} ft above the road.", "We will call {C} volunteers."]


def height(rng, part):
    frame = pick(rng, split(HEIGHT_FRAMES, part))
    f, i = rng.randint(4, 7), rng.randint(1, 11)
    return (frame.replace("{H}", f"{f}'{i}\""),
            frame.replace("{H}", f"{card(f)} foot {card(i)}"))


def emergency(rng, part):
    frame = pick(rng, split(EMERGENCY_FRAMES, part))
    n = pick(rng, NUMBERS)
    w, s = frame.replace("{N}", n), frame.replace("{N}", digits(n))
    return w[0].upper() + w[1:], s[0].upper() + s[1:]


def control(rng, part):
    frame = pick(rng, CONTROL_FRAMES)
    if "{C}" in frame:
        c = rng.randint(2, 12)
        return frame.replace("{C}", str(c)), frame.replace("{C}", card(c))
    n = rng.randint(2, 40)
    return frame.replace("{N}", str(n)), frame.replace("{N} ft", f"{card(n)} feet")


EN = {"height": height, "emergency": emergency, "control": control}


def main():
    unseen.round_main("r66", {}, per_class=20, seed=439, en=EN)


if __name__ == "__main__":
    main()
