"""Fifty-ninth round (issue 33): scores and ratios written with a colon where a clock could be
read too, as sports news writes every volleyball, tennis and hockey result.
- Russian: the list of set scores in brackets after the match score ("со счётом 3:1 (25:20,
  21:25, 25:22, 25:19)") and a part of a match before its score ("в третьей партии 21:25",
  "второй период 1:2"): each pair a score, "двадцать один — двадцать пять"; the pairs a clock
  could show were read as times ("двадцать один час двадцать пять минут").
- English: a score or a ratio ("They won 3:1", "a 3:1 ratio", "beat them 21:19", the set list):
  "three to one"; the colon was left between the words ("three:one").
Controls: clock times in both languages.
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r59.py [--per-class 30] [--seed 397]

writes crates/text-normalizer/tests/data/tn-unseen/r59-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
import unseen_r57
import unseen_r9
from unseen import cardinal, pick, sentence
from unseen_en import card
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r57.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r57.OLD_FRAMES | {f[0] for f in unseen_r57.LABEL_FRAMES}
              | {f[0] for f in unseen_r57.VARIABLE_FRAMES} | {f[2] for f in unseen_r57.ROMAN_FRAMES})

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

LIST_FRAMES = fresh_frames([
    "Волейболистки победили со счётом {S} ({L}).",
    "Гости уступили {S} ({L}) и выбыли из турнира.",
    "Встреча закончилась со счётом {S} ({L}) в пользу хозяев.",
    "Теннисистка проиграла {S} ({L}) в полуфинале.",
    "Финал выиграли {S} ({L}).",
    "Итог матча {S} ({L}) никого не удивил.",
], key=lambda f: f)
# A part of a match, in the form the frame gives it, before its score.
PART_FRAMES = fresh_frames([
    "В третьей партии {P} гости вели до конца.",
    "Второй период {P} остался за хозяевами.",
    "Первый сет {P} затянулся на час.",
    "В решающем гейме {P} всё решила подача.",
    "Четвёртая четверть {P} прошла без фолов.",
    "После первого тайма {P} тренер сменил вратаря.",
], key=lambda f: f)
CLOCK_FRAMES = fresh_frames([
    "Посадка на паром закончится в {T}.",
    "Лекторий откроется к {T}.",
    "Смена длится до {T}.",
], key=lambda f: f)


def ru_pair(a: int, b: int) -> tuple[str, str]:
    return f"{a}:{b}", f"{cardinal(a, 'nom')} — {cardinal(b, 'nom')}"


def set_score(rng) -> tuple[int, int]:
    """A volleyball set: one side reaches 25 (or wins by two after it); clock-like pairs
    such as 21:25 and 19:25 come up as often as they do in play."""
    lose = rng.randint(12, 23)
    won = 25
    if rng.random() < 0.15:
        lose = rng.randint(24, 30)
        won = lose + 2
    return (won, lose) if rng.random() < 0.5 else (lose, won)


def score_list(rng, frame, pair):
    """A match score and its set scores in brackets, each pair written and read by `pair`."""
    n = rng.randint(3, 5)
    sets = [set_score(rng) for _ in range(n)]
    wins = sum(a > b for a, b in sets)
    w_s, s_s = pair(wins, n - wins)
    pairs = [pair(a, b) for a, b in sets]
    return (frame.replace("{S}", w_s).replace("{L}", ", ".join(p[0] for p in pairs)),
            frame.replace("{S}", s_s).replace("{L}", ", ".join(p[1] for p in pairs)))


def set_list(rng, part):
    w, s = score_list(rng, pick(rng, split(LIST_FRAMES, part)), ru_pair)
    return sentence(w), sentence(s)


def part_score(rng, part):
    frame = pick(rng, split(PART_FRAMES, part))
    if "парти" in frame or "сет" in frame:
        a, b = set_score(rng)
    else:
        a, b = rng.randint(0, 12), rng.randint(0, 12)
        if rng.random() < 0.5:
            a, b = rng.randint(10, 23), rng.randint(10, 40)
    w, s = ru_pair(a, b)
    return sentence(frame.replace("{P}", w)), sentence(frame.replace("{P}", s))


def clock(rng, part):
    frame = pick(rng, split(CLOCK_FRAMES, part))
    h, m = rng.randint(10, 23), rng.randint(10, 59)
    hw, mw = cardinal(h, "nom"), cardinal(m, "nom", "f")
    # The older sets read a clock time after "в", "к", "до" with the hour and minute words.
    hn = unseen.inflect(unseen.lemma("час"), set(unseen.count_form(h, "nom")))
    mn = unseen.inflect(unseen.lemma("минута"), set(unseen.count_form(m, "nom")))
    if " к {T}" in frame or " до {T}" in frame:
        case = "dat" if " к {T}" in frame else "gen"
        hw, mw = cardinal(h, case), cardinal(m, case, "f")
        hn = unseen.inflect(unseen.lemma("час"), set(unseen.count_form(h, case)))
        mn = unseen.inflect(unseen.lemma("минута"), set(unseen.count_form(m, case)))
    return (sentence(frame.replace("{T}", f"{h}:{m:02d}")),
            sentence(frame.replace("{T}", f"{hw} {hn} {mw} {mn}")))


RU = {"set_list": set_list, "part_score": part_score, "clock_control": clock}

# ------------------------------------------------------------------------------ English

EN_SCORE_FRAMES = ["The Falcons won {P} on Sunday.", "We lost {P} in overtime.",
                   "City beat Rovers {P}.", "They led {P} at halftime.",
                   "The visitors trailed {P} after one period.", "It ended in a {P} draw."]
EN_RATIO_FRAMES = ["Mix the resin {P} with hardener.", "The screen uses a {P} aspect ratio.",
                   "Bookmakers offered odds of {P}.", "Dilute the syrup {P} with water.",
                   "The map is drawn at a ratio of {P}.", "Students outnumber staff {P}."]
EN_LIST_FRAMES = ["The Eagles won {S} ({L}).", "Our team lost {S} ({L}) in the final.",
                  "She won the match {S} ({L}).", "The hosts fell {S} ({L})."]
EN_CLOCK_FRAMES = ["The ferry leaves at {T}.", "Doors open at {T} sharp.",
                   "The shift ends at {T}.", "Meet me at {T} tomorrow."]


def en_pair(a: int, b: int) -> tuple[str, str]:
    return f"{a}:{b}", f"{card(a)} to {card(b)}"


def en_score(rng, part):
    frame = pick(rng, split(EN_SCORE_FRAMES, part))
    a, b = rng.randint(0, 9), rng.randint(0, 9)
    if "draw" in frame:
        b = a
    elif rng.random() < 0.4:
        a, b = rng.randint(10, 23), rng.randint(10, 40)
    w, s = en_pair(a, b)
    return frame.replace("{P}", w), frame.replace("{P}", s)


def en_ratio(rng, part):
    frame = pick(rng, split(EN_RATIO_FRAMES, part))
    a, b = rng.randint(1, 20), rng.randint(1, 9)
    w, s = en_pair(a, b)
    return frame.replace("{P}", w), frame.replace("{P}", s)


def en_list(rng, part):
    return score_list(rng, pick(rng, split(EN_LIST_FRAMES, part)), en_pair)


def en_clock(rng, part):
    frame = pick(rng, split(EN_CLOCK_FRAMES, part))
    h, m = rng.randint(1, 12), rng.randint(10, 59)
    return frame.replace("{T}", f"{h}:{m:02d}"), frame.replace("{T}", f"{card(h)} {card(m)}")


EN = {"score": en_score, "ratio": en_ratio, "set_list": en_list, "clock_control": en_clock}


def main():
    unseen.round_main("r59", RU, per_class=30, seed=397, en=EN)


if __name__ == "__main__":
    main()
