"""Seventy-fifth round (issue 33), English: what people type in requests and notes that NeMo's
EngConf inputs showed unread ("approx. 10 min.", "the thermostat to 75F", "50kg in lbs",
"Jungo Ltd."); the templates and words are new.
- Common abbreviations: "approx." approximately, "dept." department, "govt." government,
  "ext. 245" extension, "apt. 4" apartment, "est. 1887" established, "Ltd" limited; they were
  left.
- A temperature glued to its scale letter where the sentence is about temperature ("set the
  oven to 350F", "it hit 31C"): degrees Fahrenheit or Celsius; the letter was left ("seventy
  five F").
- A unit's symbol alone after "in", "to" or "into" where a measure is converted ("50 kg in
  lbs", "how many oz in a cup"): the unit's plural name; it was left.
Controls: a seat or flat letter after a number ("seat 12F", "flat 4C"), a vitamin's letter, an
abbreviation's word spelled out.
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r75.py [--per-class 30] [--seed 499]

writes crates/text-normalizer/tests/data/tn-unseen/r75-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card
from unseen_r2 import split

ABBR_FRAMES = [
    ("The drive takes approx. {N} minutes.", "The drive takes approximately {N} minutes."),
    ("We need approx. {N} chairs.", "We need approximately {N} chairs."),
    ("The dept. hired {N} interns.", "The department hired {N} interns."),
    ("Our dept. moved to floor {N}.", "Our department moved to floor {N}."),
    ("The govt. cut {N} jobs.", "The government cut {N} jobs."),
    ("The govt. will fund {N} schools.", "The government will fund {N} schools."),
    ("Call the front desk at ext. {N}.", "Call the front desk at extension {N}."),
    ("For billing dial ext. {N}.", "For billing dial extension {N}."),
    ("She rents apt. {N} upstairs.", "She rents apartment {N} upstairs."),
    ("Deliver it to Apt. {N} please.", "Deliver it to apartment {N} please."),
    ("The bakery, est. {Y}, still sells rye.", "The bakery, established {Y}, still sells rye."),
    ("A brewery est. in {Y} owns the lot.", "A brewery established in {Y} owns the lot."),
    ("Harlow Tiles Ltd employs {N} people.", "Harlow Tiles limited employs {N} people."),
    ("Brent Marine Ltd. opened {N} depots.", "Brent Marine limited opened {N} depots."),
]


def year_words(y: int) -> str:
    return f"{card(y // 100)} {card(y % 100)}" if y % 100 >= 10 else f"{card(y // 100)} oh {card(y % 100)}"


def abbreviation(rng, part):
    written, spoken = pick(rng, split(ABBR_FRAMES, part))
    # Extensions and flats under a hundred: larger ones are said in pairs or digit by digit.
    n, y = rng.randint(2, 99), rng.randint(1810, 1990)
    return (written.replace("{N}", str(n)).replace("{Y}", str(y)),
            spoken.replace("{N}", card(n)).replace("{Y}", year_words(y)))


F_FRAMES = ["Preheat the oven to {T}.", "Set the thermostat to {T} tonight.",
            "The forecast high is {T}.", "Keep the greenhouse above {T}.",
            "The pool water is {T} today.", "It feels like {T} outside."]
C_FRAMES = ["The afternoon temperature hit {T}.", "Store the vaccine below {T}.",
            "The forecast low is {T}.", "Heat the milk to {T}.",
            "The lake warmed to {T} in July.", "Wash the wool at {T}."]


def temperature(rng, part):
    if rng.random() < 0.5:
        frame = pick(rng, split(F_FRAMES, part))
        t, scale = rng.randint(20, 450), ("F", "Fahrenheit")
    else:
        frame = pick(rng, split(C_FRAMES, part))
        t, scale = rng.randint(2, 95), ("C", "Celsius")
    written = f"{t}{scale[0]}" if rng.random() < 0.7 else f"{t} {scale[0]}"
    return frame.replace("{T}", written), frame.replace("{T}", f"{card(t)} degrees {scale[1]}")


UNITS = [("lbs", "pounds", "kg", "kilograms"), ("kg", "kilograms", "lbs", "pounds"),
         ("mi", "miles", "km", "kilometers"), ("km", "kilometers", "mi", "miles"),
         ("oz", "ounces", "g", "grams"), ("ml", "milliliters", "oz", "ounces"),
         ("ft", "feet", "m", "meters")]
CONVERT_FRAMES = ["What is {Q} in {U}?", "Convert {Q} to {U}.", "How much is {Q} in {U}?",
                  "Please turn {Q} into {U}.", "Show {Q} in {U} for me.",
                  "Can you change {Q} to {U}?"]


def unit_alone(rng, part):
    target, target_word, source, source_word = pick(rng, UNITS)
    frame = pick(rng, split(CONVERT_FRAMES, part))
    n = rng.randint(2, 900)
    return (frame.replace("{Q}", f"{n} {source}").replace("{U}", target),
            frame.replace("{Q}", f"{card(n)} {source_word}").replace("{U}", target_word))


SEAT_FRAMES = ["My ticket says seat {S}.", "She lives in flat {S}.", "Park in bay {S}.",
               "The key to room {S} is lost."]


def seat_control(rng, part):
    frame = pick(rng, split(SEAT_FRAMES, part))
    n, letter = rng.randint(1, 40), pick(rng, ["F", "C", "B", "D"])
    return frame.replace("{S}", f"{n}{letter}"), frame.replace("{S}", f"{card(n)} {letter}")


def vitamin_control(rng, part):
    frame = pick(rng, split(["Take {N} mg of vitamin C daily.", "Oranges give {N} mg of vitamin C.",
                             "The tablet holds {N} mg of vitamin C.",
                             "She needs {N} mg of vitamin C."], part))
    n = rng.randint(10, 900)
    return (frame.replace("{N}", str(n)),
            frame.replace("{N} mg", f"{card(n)} milligrams"))


EN = {"abbreviation": abbreviation, "temperature": temperature, "unit_alone": unit_alone,
      "seat_control": seat_control, "vitamin_control": vitamin_control}


def main():
    unseen.round_main("r75", {}, per_class=30, seed=499, en=EN)


if __name__ == "__main__":
    main()
