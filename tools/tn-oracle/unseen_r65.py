"""Sixty-fifth round (issue 33): spoons and cups of recipes, in both languages.
- Russian: "2 ст. л. сахара", "1 ч. л. соли", "3 стак. муки": "две столовые ложки сахара",
  "одна чайная ложка соли", "три стакана муки" in the context's case; "ст. л." was read
  "статья л.", "ч. л." "час. л.".
- English: "2 tbsp sugar", "1 tsp salt", "3 tbsp butter": "two tablespoons", "one teaspoon";
  the abbreviations were left unread.
Controls: grams and millilitres, as the older sets read them.
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r65.py [--per-class 30] [--seed 433]

writes crates/text-normalizer/tests/data/tn-unseen/r65-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r64
import unseen_r9
from unseen import cardinal, count_form, inflect, lemma, pick, sentence
from unseen_en import card
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r64.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r64.OLD_FRAMES | {f[1] for f in unseen_r64.LAW_FRAMES}
              | {f[2] for f in unseen_r64.HEALTH_FRAMES} | {f[2] for f in unseen_r64.GADGET_FRAMES})

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (written, adjective or None, noun) of a kitchen measure.
SPOONS = [("ст. л.", "столовый", "ложка"), ("ч. л.", "чайный", "ложка"),
          ("стак.", None, "стакан")]
INGREDIENTS = fresh(["корица", "крахмал", "ваниль", "разрыхлитель", "мускат", "кардамон",
                     "паприка", "куркума"])
# (case, frame): the ingredient's genitive follows the measure.
FRAMES = fresh_frames([
    ("acc", "В тесто всыпьте {X} {I}."),
    ("acc", "Для глазури понадобится {X} {I}."),
    ("gen", "Не добавляйте больше {X} {I}."),
    ("acc", "Отмерьте {X} {I} и перемешайте."),
    ("nom", "В рецепте значится {X} {I}."),
    ("ins", "Посыпьте пирог {X} {I}."),
], key=lambda f: f[1])
CONTROL_FRAMES = fresh_frames([
    ("acc", "В соус влейте {N} мл сливок."),
    ("acc", "Взвесьте {N} г изюма."),
], key=lambda f: f[1])


def spoon_phrase(n: int, case: str, adj: str | None, noun: str) -> str:
    """"две столовые ложки" in `case`: a feminine noun's adjective after 2-4 in the
    nominative or accusative is the nominative plural."""
    num, c = count_form(n, case)
    p = lemma(noun)
    words = []
    if adj:
        a = lemma(adj, "ADJF")
        if num == "sing" and c != "gent":
            agrams = {c, "sing", "femn"}
        elif case in ("nom", "acc") and unseen.few(n):
            agrams = {"nomn", "plur"}
        else:
            agrams = {c, "plur"} if num == "plur" else {c, "sing", "femn"}
        words.append(inflect(a, agrams))
    words.append(inflect(p, {num, c}))
    g = "f" if "femn" in p.tag else "m"
    return f"{cardinal(n, case, g)} {' '.join(words)}"


def ru_spoon(rng, part):
    case, frame = pick(rng, split(FRAMES, part))
    written, adj, noun = pick(rng, SPOONS)
    n = rng.randint(1, 12)
    ingredient = inflect(lemma(pick(rng, split(INGREDIENTS, part))), {"sing", "gent"})
    w = frame.replace("{X}", f"{n} {written}").replace("{I}", ingredient)
    s = frame.replace("{X}", spoon_phrase(n, case, adj, noun)).replace("{I}", ingredient)
    return sentence(w), sentence(s)


def ru_control(rng, part):
    case, frame = pick(rng, CONTROL_FRAMES)
    n = rng.randint(2, 900)
    unit = "миллилитр" if "мл" in frame else "грамм"
    num, c = count_form(n, case)
    word = inflect(lemma(unit), {num, c})
    sym = "мл" if "мл" in frame else "г"
    return frame.replace("{N}", str(n)), frame.replace(f"{{N}} {sym}", f"{cardinal(n, case)} {word}")


RU = {"spoon": ru_spoon, "control": ru_control}

EN_SPOONS = [("tbsp", "tablespoon"), ("tsp", "teaspoon"), ("Tbsp", "tablespoon"),
             ("tbs", "tablespoon")]
EN_FRAMES = ["Whisk in {X} cocoa.", "Stir {X} honey into the batter.", "Add {X} lemon zest.",
             "Fold in {X} chopped dill.", "Sprinkle {X} sea salt on top.",
             "Melt {X} butter in a pan."]
EN_CONTROL = ["Pour in {N} ml of cream.", "Weigh out {N} g of raisins."]


def en_spoon(rng, part):
    frame = pick(rng, split(EN_FRAMES, part))
    sym, word = pick(rng, EN_SPOONS)
    n = rng.randint(1, 12)
    return (frame.replace("{X}", f"{n} {sym}"),
            frame.replace("{X}", f"{card(n)} {word}{'s' if n != 1 else ''}"))


def en_control(rng, part):
    frame = pick(rng, EN_CONTROL)
    n = rng.randint(2, 900)
    unit = "milliliters" if "ml" in frame else "grams"
    sym = "ml" if "ml" in frame else "g"
    return frame.replace("{N}", str(n)), frame.replace(f"{{N}} {sym}", f"{card(n)} {unit}")


EN = {"spoon": en_spoon, "control": en_control}


def main():
    unseen.round_main("r65", RU, per_class=30, seed=433, en=EN)


if __name__ == "__main__":
    main()
