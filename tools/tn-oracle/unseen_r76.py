"""Seventy-sixth round (issue 33), English: scores, votes and season records written with a
hyphen, as sports pages and news write them ("won 3-2", "a 52-48 vote", "went 10-6",
"finished 12-4-1"), which GoogleTN showed read as a subtraction or a dash ("ten - six",
"forty nine - thirty-four"); the templates and words are new.
- Two numbers after a word of winning, losing or voting, or before the noun of the result ("a
  3-2 win", "in a 5-4 decision"): "three to two" (also "three two"; a season's record "ten and
  six").
- Three numbers of a season's record (wins, losses, ties): "twelve four and one" (also with
  "and" between each, or "to").
Controls: ranges ("ages 3-5", "pages 10-16"), a sum written out ("10 - 6 = 4").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r76.py [--per-class 30] [--seed 503]

writes crates/text-normalizer/tests/data/tn-unseen/r76-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

SCORE_FRAMES = ["The Otters won {S} at home.", "Leeds lost {S} in extra time.",
                "The visitors beat Hull {S} on Sunday.", "It ended in a {S} win for Derby.",
                "The council voted {S} to close the pool.", "The court ruled {S} against him.",
                "They drew {S} with the league leaders.", "It was a {S} defeat for the champions.",
                "The bill passed {S} in the senate.", "Rovers edged the derby {S}.",
                "The Hawks trailed {S} at halftime.", "The judges split {S} on the case."]
RECORD_FRAMES = ["The Comets went {S} last season.", "Our club finished {S} this year.",
                 "The team posted a {S} record.", "They closed the year {S} overall.",
                 "The coach left with a {S} record.", "The rookies went {S} on the road."]
RANGE_FRAMES = ["The camp takes children ages {R}.", "Read pages {R} before class.",
                "The store is closed on days {R}.", "Rows {R} are reserved."]


def two(a: int, b: int, record: bool = False) -> list[str]:
    readings = [f"{card(a)} to {card(b)}", f"{card(a)} {card(b)}"]
    if record:
        readings.append(f"{card(a)} and {card(b)}")
    return readings


def score(rng, part):
    frame = pick(rng, split(SCORE_FRAMES, part))
    a = rng.randint(0, 9) if "voted" not in frame and "passed" not in frame else rng.randint(40, 99)
    b = rng.randint(0, a) if rng.random() < 0.8 else rng.randint(0, 9)
    if "voted" in frame or "passed" in frame:
        b = rng.randint(1, a)
    written = frame.replace("{S}", f"{a}-{b}")
    return written, " ‖ ".join(frame.replace("{S}", r) for r in two(a, b))


def record(rng, part):
    frame = pick(rng, split(RECORD_FRAMES, part))
    a, b = rng.randint(2, 16), rng.randint(0, 16)
    if rng.random() < 0.4:
        c = rng.randint(1, 3)
        readings = [f"{card(a)} {card(b)} and {card(c)}", f"{card(a)} and {card(b)} and {card(c)}",
                    f"{card(a)} {card(b)} {card(c)}", f"{card(a)} to {card(b)} to {card(c)}"]
        written = f"{a}-{b}-{c}"
    else:
        readings = two(a, b, record=True)
        written = f"{a}-{b}"
    return frame.replace("{S}", written), " ‖ ".join(frame.replace("{S}", r) for r in readings)


def range_control(rng, part):
    frame = pick(rng, split(RANGE_FRAMES, part))
    a = rng.randint(2, 30)
    b = a + rng.randint(2, 20)
    return frame.replace("{R}", f"{a}-{b}"), frame.replace("{R}", f"{card(a)} to {card(b)}")


def sum_control(rng, part):
    a, b = rng.randint(5, 20), rng.randint(1, 4)
    frame = pick(rng, split(["Check that {E}.", "On the board she wrote {E}."], part))
    return (frame.replace("{E}", f"{a} - {b} = {a - b}"),
            frame.replace("{E}", f"{card(a)} minus {card(b)} equals {card(a - b)}"))


EN = {"score": score, "record": record, "range_control": range_control,
      "sum_control": sum_control}


def main():
    unseen.round_main("r76", {}, per_class=30, seed=503, en=EN)


if __name__ == "__main__":
    main()
