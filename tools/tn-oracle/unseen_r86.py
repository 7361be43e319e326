"""Eighty-sixth round (issue 33), English: two slashed and crossed number pairs that are no
fractions, found by typing such sentences at the normalizer.
- A proportion of people or things before their plural noun ("9/10 dentists agree", "1/3
  voters stayed home"): "nine out of ten dentists" (also "one in three voters"); it was read
  as a fraction ("nine tenths dentists").
- Dimensions and resolutions with an "x" between numbers ("a 10x12 room", "1920x1080",
  "a 2x4"): "ten by twelve"; it was read "ten x twelve".
Controls: a fraction before "of" or a unit ("2/3 of the seats", "3/4 cup").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r86.py [--per-class 30] [--seed 577]

writes crates/text-normalizer/tests/data/tn-unseen/r86-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

NOUNS = ["dentists", "voters", "adults", "drivers", "nurses", "farmers", "tenants", "buyers",
         "teachers", "patients", "cyclists", "readers"]
PROPORTION_FRAMES = ["{P} {N} agree with the plan.", "Only {P} {N} said yes.",
                     "About {P} {N} never vote.", "Nearly {P} {N} own a car.",
                     "Roughly {P} {N} skipped the survey.", "In our poll {P} {N} were unsure."]


def proportion(rng, part):
    frame = pick(rng, split(PROPORTION_FRAMES, part))
    noun = pick(rng, split(NOUNS, part))
    d = pick(rng, [3, 4, 5, 10])
    n = rng.randint(1, d - 1)
    written = frame.replace("{P}", f"{n}/{d}").replace("{N}", noun)
    readings = [frame.replace("{P}", f"{card(n)} {w} {card(d)}").replace("{N}", noun)
                for w in ("out of", "in")]
    return written[0].upper() + written[1:], " ‖ ".join(r[0].upper() + r[1:] for r in readings)


DIM_FRAMES = ["We rented a {D} storage unit.", "The screen runs at {D}.", "Cut a {D} board.",
              "The tent is {D} inside.", "Print it at {D} for the wall.", "The rug is {D}."]


def dimension(rng, part):
    frame = pick(rng, split(DIM_FRAMES, part))
    if rng.random() < 0.3:
        a, b = pick(rng, [(1920, 1080), (1280, 720), (2560, 1440), (3840, 2160), (800, 600)])
    else:
        a, b = rng.randint(2, 20), rng.randint(2, 30)
    readings = [frame.replace("{D}", f"{card(a)} by {card(b)}")]
    if a >= 1000:
        # Resolutions are said in pairs of digits too ("nineteen twenty by ten eighty"), accepted
        # after the first scoring (nothing there had passed).
        def pairs(n: int) -> str:
            s = str(n)
            if len(s) == 4:
                return f"{card(int(s[:2]))} {card(int(s[2:]))}" if s[2:] != "00" else f"{card(int(s[:2]))} hundred"
            return f"{card(int(s[0]))} {card(int(s[1:]))}" if s[1] != "0" else card(n)
        readings += [frame.replace("{D}", f"{x} by {y}") for x in (pairs(a), card(a))
                     for y in (pairs(b), card(b)) if (x, y) != (card(a), card(b))]
    return frame.replace("{D}", f"{a}x{b}"), " ‖ ".join(readings)


def control(rng, part):
    frame = pick(rng, split(["Add {F} cup of milk.", "Nearly {F} of the seats sold.",
                             "Walk {F} mile east.", "About {F} of the crop rotted.",
                             "Stir in {F} cup of oil.", "Over {F} of the roofs leak."], part))
    d = pick(rng, [3, 4, 8])
    n = rng.randint(1, d - 1)
    names = {3: "third", 4: "quarter", 8: "eighth"}
    word = names[d] + ("s" if n > 1 else "")
    readings = [frame.replace("{F}", f"{card(n)} {word}")]
    if n == 1:
        readings.append(frame.replace("{F}", f"a {word}"))
    return frame.replace("{F}", f"{n}/{d}"), " ‖ ".join(readings)


EN = {"proportion": proportion, "dimension": dimension, "control": control}


def main():
    unseen.round_main("r86", {}, per_class=30, seed=577, en=EN)


if __name__ == "__main__":
    main()
