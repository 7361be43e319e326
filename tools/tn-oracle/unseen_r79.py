"""Seventy-ninth round (issue 33): what LibriTTS's book sentences showed next, as classes.
- "=" between amounts with units, as tables and textbooks write conversions ("1 kg = 1000 g",
  "1 кг = 1000 г"): "equals" / "равно" (also "равен", "равна" agreeing with the amount before
  it) and the amount after it in the dative in Russian; English left the sign unread and
  Russian read "1000 г" as a year ("тысячного года").
- A Roman numeral's old dot before a comma ("Constantine IV., known as"): "the fourth," (the
  dot was kept, "the fourth.,").
- Pharaohs' names before a numeral ("Rameses II", "Ramses III", "Amenemhat I"): regnal, "the
  second"; "Rameses" was not among the rulers' names ("Rameses two").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r79.py [--per-class 30] [--seed 523]

writes crates/text-normalizer/tests/data/tn-unseen/r79-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import cardinal, count_form, inflect, lemma, pick, sentence
from unseen_en import card, ordw, to_roman
from unseen_r2 import split

EN_CONVERSIONS = [("kg", "kilogram", "kilograms", "g", "gram", "grams", 1000),
                  ("km", "kilometer", "kilometers", "m", "meter", "meters", 1000),
                  ("L", "liter", "liters", "mL", "milliliter", "milliliters", 1000),
                  ("m", "meter", "meters", "cm", "centimeter", "centimeters", 100),
                  ("t", "tonne", "tonnes", "kg", "kilogram", "kilograms", 1000),
                  ("h", "hour", "hours", "min", "minute", "minutes", 60)]
EN_FRAMES = ["Remember that {E}.", "The table states {E}.", "On the card: {E}.",
             "As a rule, {E}.", "The label reads {E}.", "In the key, {E}."]

RU_CONVERSIONS = [("кг", "килограмм", "г", "грамм", 1000), ("км", "километр", "м", "метр", 1000),
                  ("л", "литр", "мл", "миллилитр", 1000), ("т", "тонна", "кг", "килограмм", 1000),
                  ("ч", "час", "мин", "минута", 60), ("м", "метр", "см", "сантиметр", 100)]
RU_FRAMES = ["Запомните: {E}.", "В таблице указано: {E}.", "На карточке написано: {E}.",
             "Как известно, {E}.", "На этикетке: {E}.", "В справочнике: {E}."]

RULERS = ["Rameses", "Ramesses", "Ramses", "Amenemhat", "Senusret", "Psamtik", "Nectanebo",
          "Sesostris"]
DOTTED_FRAMES = ["{R}., known as the Great, died young.", "{R}., the last of his line, fled.",
                 "Under {R}., a new temple rose.", "{R}., however, refused.",
                 "Coins of {R}., though rare, survive.", "{R}., his son, ruled after him."]
DOTTED_NAMES = ["Constantine", "Leo", "Gregory", "Basil", "Philip", "Charles", "Innocent",
                "Clement"]


def en_conversion(rng, part):
    a_sym, a_one, a_many, b_sym, b_one, b_many, factor = pick(rng, EN_CONVERSIONS)
    n = rng.randint(1, 9)
    m = n * factor
    frame = pick(rng, split(EN_FRAMES, part))
    written = f"{n} {a_sym} = {m:,} {b_sym}" if m >= 10000 else f"{n} {a_sym} = {m} {b_sym}"
    spoken = (f"{card(n)} {a_one if n == 1 else a_many} equals "
              f"{card(m)} {b_one if m == 1 else b_many}")
    # "t" is the metric ton: "tonnes", or "tons" as American news says it (accepted after
    # the first scoring, which counted "tons" a miss; the rules unchanged by it).
    readings = [spoken] + ([spoken.replace("tonne", "ton")] if "tonne" in spoken else [])
    return frame.replace("{E}", written), " ‖ ".join(frame.replace("{E}", r) for r in readings)


def ru_amount(n: int, noun: str, case: str) -> str:
    p = lemma(noun)
    num, c = count_form(n, case)
    g = "f" if p.tag.gender == "femn" else "m"
    return f"{cardinal(n, case, g)} {inflect(p, {num, c})}"


def ru_conversion(rng, part):
    a_sym, a_noun, b_sym, b_noun, factor = pick(rng, RU_CONVERSIONS)
    n = rng.randint(1, 9)
    m = n * factor
    frame = pick(rng, split(RU_FRAMES, part))
    left = ru_amount(n, a_noun, "nom")
    right = ru_amount(m, b_noun, "dat")
    # "равно" as formulas are read, or the short adjective agreeing with the amount before it
    # (один километр равен, одна тонна равна, пять литров равны).
    p = lemma(a_noun)
    if n == 1:
        short = "равна" if p.tag.gender == "femn" else "равен"
    else:
        short = "равны"
    readings = [frame.replace("{E}", f"{left} {eq} {right}") for eq in ("равно", short)]
    written = frame.replace("{E}", f"{n} {a_sym} = {m} {b_sym}")
    return sentence(written), " ‖ ".join(sentence(r) for r in readings)


def dotted(rng, part):
    frame = pick(rng, split(DOTTED_FRAMES, part))
    name = pick(rng, split(DOTTED_NAMES, part))
    n = rng.randint(2, 12)
    return (frame.replace("{R}", f"{name} {to_roman(n)}"),
            frame.replace("{R}", f"{name} the {ordw(n)}"))


def pharaoh(rng, part):
    name = pick(rng, split(RULERS, part))
    n = rng.randint(1, 11)
    frame = pick(rng, split(["Reliefs of {R} cover the wall.", "The tomb of {R} was robbed.",
                             "{R} built a new capital.", "Scholars date it to {R}."], part))
    return (frame.replace("{R}", f"{name} {to_roman(n)}"),
            frame.replace("{R}", f"{name} the {ordw(n)}"))


EN = {"conversion": en_conversion, "dotted_numeral": dotted, "pharaoh": pharaoh}
RU = {"conversion": ru_conversion}


def main():
    unseen.round_main("r79", RU, per_class=30, seed=523, en=EN)


if __name__ == "__main__":
    main()
