"""Eighty-fourth round (issue 33), Russian: a number joined by a hyphen to the adjective it makes
a compound with, as ads and listings write it ("2-комнатная квартира", "5-этажный дом",
"10-минутный перерыв", "1-местный номер"), found by typing such sentences at the normalizer:
one word, the number's first-half form ("двухкомнатная", "пятиэтажный", "десятиминутный",
"одноместный"); it was read "два-комнатная".
Controls: ordinals with their written endings ("5-й этаж", "в 10-м классе").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r84.py [--per-class 30] [--seed 569]

writes crates/text-normalizer/tests/data/tn-unseen/r84-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import ordinal, pick, sentence
from unseen_r2 import split

# The first half of a compound with a number (Russian grammars: the genitive, with 1 "одно",
# 40 "сорока", 90 "девяносто", 100 "сто").
FIRST_HALF = {1: "одно", 2: "двух", 3: "трёх", 4: "четырёх", 5: "пяти", 6: "шести", 7: "семи",
              8: "восьми", 9: "девяти", 10: "десяти", 12: "двенадцати", 14: "четырнадцати",
              16: "шестнадцати", 20: "двадцати", 24: "двадцатичетырёх", 30: "тридцати",
              40: "сорока", 50: "пятидесяти", 100: "сто"}
COMPOUNDS = [("Сдаётся {N}комнатная квартира.", "комнатная"),
             ("Во дворе стоит {N}этажный дом.", "этажный"),
             ("После {N}минутного перерыва игра продолжилась.", "минутного"),
             ("Забронировали {N}местный номер.", "местный"),
             ("Ему подарили {N}скоростной велосипед.", "скоростной"),
             ("Объявили {N}дневный траур.", "дневный"),
             ("Купили {N}литровую канистру.", "литровую"),
             ("Это был {N}часовой перелёт.", "часовой"),
             ("Вышел {N}томный словарь.", "томный"),
             ("Нужен {N}метровый кабель.", "метровый")]


def compound(rng, part):
    frame, _ = pick(rng, split(COMPOUNDS, part))
    n = pick(rng, [k for k in FIRST_HALF if k != 24])
    written = frame.replace("{N}", f"{n}-")
    joined = frame.replace("{N}", FIRST_HALF[n])
    spaced = frame.replace("{N}", FIRST_HALF[n] + " ")
    return sentence(written), " ‖ ".join([sentence(joined), sentence(spaced)])


CONTROL_FRAMES = [("Квартира на {N}й этаже.", "pre", "m", "м"),
                  ("Он учится в {N}м классе.", "pre", "m", "м"),
                  ("Открыли {N}ю линию метро.", "acc", "f", "ю"),
                  ("Это уже {N}й дом на улице.", "nom", "m", "й")]


def control(rng, part):
    frame, case, g, suffix = pick(rng, split(CONTROL_FRAMES, part))
    n = rng.randint(2, 30)
    written = frame.replace("{N}й", f"{n}-{suffix}").replace("{N}м", f"{n}-{suffix}").replace(
        "{N}ю", f"{n}-{suffix}")
    spoken = frame.replace("{N}й", ordinal(n, case, g)).replace("{N}м", ordinal(n, case, g)).replace(
        "{N}ю", ordinal(n, case, g))
    return written, spoken


RU = {"compound": compound, "control": control}


def main():
    unseen.round_main("r84", RU, per_class=30, seed=569)


if __name__ == "__main__":
    main()
