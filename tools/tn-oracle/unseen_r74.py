"""Seventy-fourth round (issue 33), Russian: a number written with the end of its cardinal in
a case, as people type it ("около 5-ти лет", "для 2-ух человек", "с 3-мя детьми", "7-ми
метров"), and before the second half of a compound adjective ("2-х комнатная квартира",
"5-ти летний сын", "4-х килограммовый"), which the issue names ("4-х килограммовый" was read
"четвёртых").
- Before a noun: the cardinal in the case the ending shows and the governing word demands
  ("около пяти лет", "с тремя детьми"); "5-ти" was read "пять-ти".
- Before a compound's adjective: the genitive cardinal, the first half of the compound
  ("двух комнатная", spoken as "двухкомнатная"); "2-х" was read "вторых".
Controls: ordinals with their endings ("в 7-х классах", "в 1990-х годах", "на 5-й странице").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r74.py [--per-class 30] [--seed 491]

writes crates/text-normalizer/tests/data/tn-unseen/r74-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import cardinal, ordinal, pick, sentence
from unseen_r2 import split

def written_forms(n: int, reading: str) -> list[str]:
    """The ways "n" with the end of `reading` is typed: "2-х" and "2-ух" for двух, "3-х" and
    "3-ех" for трёх, "5-ти" for пяти, "7-ми" for семи, "3-мя" for тремя."""
    forms = []
    r = reading.replace("ё", "е")
    if r.endswith("ух"):
        forms += [f"{n}-х", f"{n}-ух"]
    elif r.endswith("ех"):
        forms += [f"{n}-х", f"{n}-ех"]
    elif r.endswith("ти"):
        forms.append(f"{n}-ти")
    elif r.endswith("ми"):
        forms.append(f"{n}-ми")
    elif r.endswith("мя"):
        forms.append(f"{n}-мя")
    return forms


# (case, frame): plural noun phrases whose form is the same after any number from two up.
NOUN_FRAMES = [
    ("gen", "Мы ждали около {N} лет."), ("gen", "Номер рассчитан для {N} человек."),
    ("gen", "Выбирать пришлось из {N} вариантов."), ("gen", "Ремонт длился более {N} дней."),
    ("gen", "Глубина там до {N} метров."), ("gen", "У {N} соседей сгорели сараи."),
    ("gen", "Магазин работает с {N} часов."), ("gen", "Без {N} подписей заявку не примут."),
    ("pre", "Деревня стоит в {N} километрах от реки."),
    ("pre", "Отчёт уместился на {N} страницах."),
    ("pre", "Газета писала о {N} случаях кражи."),
    ("pre", "Он играл в {N} командах."),
    ("ins", "Она приехала с {N} детьми."), ("ins", "Матч прошёл между {N} клубами."),
    ("ins", "Инженер работал над {N} проектами."), ("ins", "Мы говорили с {N} свидетелями."),
]
# Numbers by the endings they are typed with, in the cases above.
GEN_PREP = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 18, 19, 20, 30]
INS = [2, 3, 4]

COMPOUND_FRAMES = [
    "Продаётся {N} комнатная квартира.", "Рядом построили {N} этажный дом.",
    "Мой {N} летний племянник уже читает.", "После {N} минутного перерыва матч продолжился.",
    "Купили {N} местную палатку.", "Это {N} часовой фильм без антракта.",
    "Ему подарили {N} килограммовую гирю.", "Нам дали {N} дневный отпуск.",
    "Вышло {N} томное собрание сочинений.", "Повар снял {N} литровую кастрюлю.",
    "Стоял {N} метровый забор.", "Заказали {N} разовое питание.",
]

CONTROL_FRAMES = [
    ("Он учил детей в {N} классах.", "х", "pre", True, "m"),
    ("На {N} страницах были рисунки.", "х", "pre", True, "m"),
    ("Письмо лежало на {N} странице.", "й", "pre", False, "f"),
    ("Мы вышли на {N} остановке.", "й", "pre", False, "f"),
]


def before_noun(rng, part):
    case, frame = pick(rng, split(NOUN_FRAMES, part))
    n = pick(rng, INS if case == "ins" else GEN_PREP)
    reading = cardinal(n, case)
    forms = written_forms(n, reading)
    if not forms:
        return before_noun(rng, part)
    return frame.replace("{N}", pick(rng, forms)), frame.replace("{N}", reading)


def compound(rng, part):
    frame = pick(rng, split(COMPOUND_FRAMES, part))
    n = pick(rng, GEN_PREP)
    reading = cardinal(n, "gen")
    forms = written_forms(n, reading)
    if not forms:
        return compound(rng, part)
    return sentence(frame.replace("{N}", pick(rng, forms))), sentence(frame.replace("{N}", reading))


def control(rng, part):
    frame, suffix, case, plural, g = pick(rng, split(CONTROL_FRAMES, part))
    # Not ending in 2-4: "в 2-х классах", "в 32-х классах" may be "в двух классах" too.
    n = rng.randint(5, 40)
    while n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        n = rng.randint(5, 40)
    return (frame.replace("{N}", f"{n}-{suffix}"),
            frame.replace("{N}", ordinal(n, case, g, plural=plural)))


RU = {"before_noun": before_noun, "compound": compound, "control": control}


def main():
    unseen.round_main("r74", RU, per_class=30, seed=491)


if __name__ == "__main__":
    main()
