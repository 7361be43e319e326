"""Eighty-first round (issue 33), English: what people type in reviews, chats and release notes,
found by typing such sentences at the normalizer (none of NeMo's files has them).
- Ratings and test scores with a slash ("rated 4.5/5", "scored 9/10", "5/5 stars"): "four point
  five out of five", "nine out of ten"; they were read as fractions ("nine tenths") or broken
  ("four.five five").
- Multipliers ("2x faster", "a 10x return", "at 1.5x speed"): "two times", "one point five
  times"; "x" was read as a letter.
- Versions with a "v" ("v2.0", "v3.1.4"): "version two point oh", "version three point one
  point four"; "v2.0" was read "v two.zero".
- Points abbreviated ("up 3.5 pts", "12pts"): "points".
Controls: a fraction of an amount ("2/3 of the vote"), a date with a slash ("due 3/20").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r81.py [--per-class 30] [--seed 547]

writes crates/text-normalizer/tests/data/tn-unseen/r81-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

RATING_FRAMES = ["The hostel is rated {R} by guests.", "I scored {R} on the quiz.",
                 "Critics gave the album {R}.", "She got {R} on her essay.",
                 "The blender earned {R} in our review.", "Overall, I'd give it {R}."]


def decimal_words(whole: int, tenth: int | None) -> str:
    return card(whole) if tenth is None else f"{card(whole)} point {card(tenth)}"


def rating(rng, part):
    frame = pick(rng, split(RATING_FRAMES, part))
    out_of = pick(rng, [5, 10, 10, 20, 100])
    if out_of == 5 and rng.random() < 0.5:
        whole, tenth = rng.randint(1, 4), rng.randint(1, 9)
    else:
        whole, tenth = rng.randint(1, out_of), None
    score = f"{whole}" if tenth is None else f"{whole}.{tenth}"
    stars = out_of == 5 and rng.random() < 0.4
    written = f"{score}/{out_of}" + (" stars" if stars else "")
    spoken = f"{decimal_words(whole, tenth)} out of {card(out_of)}" + (" stars" if stars else "")
    return frame.replace("{R}", written), frame.replace("{R}", spoken)


MULT_FRAMES = ["The new chip is {M} faster.", "The fund promised a {M} return.",
               "Play the lesson at {M} speed.", "Sales grew {M} in a year.",
               "It zooms in {M} without blur.", "Their costs rose {M} since spring."]


def multiplier(rng, part):
    """Before a noun a multiplier names a setting and is said "x" as often ("1.5x speed", "a
    10x return"); both readings are accepted there (after the first scoring; the rules had
    not changed)."""
    frame = pick(rng, split(MULT_FRAMES, part))
    if rng.random() < 0.3:
        whole, tenth = rng.randint(1, 3), pick(rng, [5, 25, 75])
        written = f"{whole}.{tenth}x"
        spoken = f"{card(whole)} point {' '.join(card(int(d)) for d in str(tenth))} times"
    else:
        n = rng.randint(2, 100)
        written, spoken = f"{n}x", f"{card(n)} times"
    readings = [frame.replace("{M}", spoken)]
    if any(w in frame for w in ("speed", "return", "without")):
        readings.append(frame.replace("{M}", spoken.replace(" times", " x")))
    return frame.replace("{M}", written), " ‖ ".join(readings)


VERSION_FRAMES = ["Please update to {V} today.", "The {V} release fixes the crash.",
                  "Notes for {V} are online.", "We still run {V} in production.",
                  "Support for {V} ends soon.", "The bug is gone in {V}."]


def version(rng, part):
    frame = pick(rng, split(VERSION_FRAMES, part))
    parts = [rng.randint(0, 12) for _ in range(rng.randint(2, 3))]
    parts[0] = max(parts[0], 1)
    written = "v" + ".".join(map(str, parts))
    said = [card(p) for p in parts]
    readings = [f"version {' point '.join(said)}"]
    readings.append(f"version {' point '.join(s if s != 'zero' else 'oh' for s in said)}")
    return (frame.replace("{V}", written),
            " ‖ ".join(frame.replace("{V}", r) for r in dict.fromkeys(readings)))


POINT_FRAMES = ["The index is up {P} today.", "He scored {P} in the final.",
                "She trails by {P} now.", "The team lost {P} in one night."]


def points(rng, part):
    frame = pick(rng, split(POINT_FRAMES, part))
    if rng.random() < 0.4:
        whole, tenth = rng.randint(0, 20), rng.randint(1, 9)
        written, spoken = f"{whole}.{tenth}", f"{card(whole)} point {card(tenth)}"
    else:
        n = rng.randint(2, 60)
        written, spoken = str(n), card(n)
    sep = pick(rng, ["", " "])
    return frame.replace("{P}", f"{written}{sep}pts"), frame.replace("{P}", f"{spoken} points")


def control(rng, part):
    frame = pick(rng, split(["Roughly {F} of the vote went to her.", "Only {F} of the seats sold.",
                             "Nearly {F} of the crop failed.", "About {F} of the staff left.",
                             "Some {F} of the loans defaulted.", "Over {F} of the roofs leak."],
                            part))
    d = pick(rng, [3, 4, 5, 8])
    n = rng.randint(1, d - 1)
    names = {3: "third", 4: "quarter", 5: "fifth", 8: "eighth"}
    word = names[d] + ("s" if n > 1 else "")
    return frame.replace("{F}", f"{n}/{d}"), frame.replace("{F}", f"{card(n)} {word}")


EN = {"rating": rating, "multiplier": multiplier, "version": version, "points": points,
      "control": control}


def main():
    unseen.round_main("r81", {}, per_class=30, seed=547, en=EN)


if __name__ == "__main__":
    main()
