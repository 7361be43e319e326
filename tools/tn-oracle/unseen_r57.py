"""Fifty-seventh round (issue 33): one Latin letter in running text, as a label or a variable.
- A letter that labels a building, a group, a vitamin, a category ("корпус C", "витамин D",
  "в группе L", "Section L"): it was read as a Roman numeral ("Витамин пятисотый", "Корпус
  сотый", "Section fifty"), though C, D, L and M alone never write 100, 500, 50 and 1000 in
  running text. The letter stays as written; the numbers around it are read.
- A variable in a Russian sentence ("При t ≤ 10 °C", "если n = 5"): the one Latin letter
  decided the language of its neighbours, so the number was read in English ("t less than
  or equal to ten degrees Celsius"); "=" before a measure was left unread.
  "=" reads "равно" with the dative, as the older sets read "x = 5".
Controls: Roman numerals that are numbers (a monarch, a century, a chapter).
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r57.py [--per-class 30] [--seed 383]

writes crates/text-normalizer/tests/data/tn-unseen/r57-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
import unseen_r56
import unseen_r9
from unseen import cardinal, counted, ordinal, pick, sentence
from unseen_en import card, ordw, to_roman
from unseen_r2 import _lemmas, split
from unseen_r3 import measure_phrase

OLD_RU_VOCAB = unseen_r56.OLD_RU_VOCAB | _lemmas(
    {w for ws in unseen_r56.NOUNS.values() for w in ws})
OLD_FRAMES = (unseen_r56.OLD_FRAMES | {f[0] for f in unseen_r56.BOUND_FRAMES}
              | {f[1] for f in unseen_r56.APPROX_FRAMES} | {f[0] for f in unseen_r56.TOLERANCE_FRAMES}
              | set(unseen_r56.BETWEEN_FRAMES))

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# The letters alone: the four that are also Roman numerals of 50 and more, and others.
ROMAN_LETTERS = ["C", "D", "L", "M"]
OTHER_LETTERS = ["A", "B", "E", "F", "G", "K", "N", "S"]

# A frame with {L} for the letter and {C} for a count: (frame, case of the count, noun).
LABEL_FRAMES = fresh_frames([
    ("В корпусе {L} {C}.", "nom", "аудитория"),
    ("Подъезд {L} рассчитан на {C}.", "acc", "квартира"),
    ("Зрители сектора {L} купили {C}.", "acc", "абонемент"),
    ("Препараты с витамином {L} стоят дороже на {C}.", "acc", "рубль"),
    ("В группе {L} сыграют {C}.", "nom", "сборная"),
    ("Терминал {L} принимает {C} в сутки.", "acc", "рейс"),
    ("На линии {L} работают {C}.", "nom", "станок"),
    ("Блок {L} построили за {C}.", "acc", "месяц"),
    ("Лифт в секции {L} поднимает {C}.", "acc", "пассажир"),
    ("Для категории {L} нужно сдать {C}.", "acc", "экзамен"),
], key=lambda f: f[0])

VARIABLES = ["t", "x", "n", "k", "m", "p", "v", "h"]
# (frame with {V} for the variable and {X} for the sign and amount, kinds of amount).
VARIABLE_FRAMES = fresh_frames([
    ("При {V} {X} раствор мутнеет.", {"temp"}),
    ("Если {V} {X}, насос отключается.", {"speed", "length"}),
    ("Возьмём {V} {X} и посчитаем снова.", {"bare"}),
    ("При {V} {X} стержень гнётся.", {"mass"}),
    ("Пусть {V} {X}, тогда ответ другой.", {"bare"}),
    ("Когда {V} {X}, лампа гаснет.", {"time"}),
    ("Для {V} {X} формула неверна.", {"bare"}),
    ("При {V} {X} лёд трескается.", {"temp"}),
], key=lambda f: f[0])
UNITS = [u for u in unseen_r56.UNITS if u[5] in {"temp", "speed", "length", "mass", "time"}]
# Sign: (reading, case of the number after it).
SIGNS = {"=": ("равно", "dat"), "<": ("меньше", "gen"), ">": ("больше", "gen"),
         "≤": ("не больше", "gen"), "≥": ("не меньше", "gen")}

RULERS = fresh(["Кнуд", "Олаф", "Вильгельм", "Сигизмунд", "Эрик", "Магнус"])
# (kind, case of the numeral, frame, case of the count {C}, counted noun).
ROMAN_FRAMES = fresh_frames([
    ("ruler", "nom", "{R} взошёл на престол юным.", None, None),
    ("ruler", "gen", "При дворе {R} служили {C}.", "nom", "лекарь"),
    ("century", "pre", "Усадьбу возвели в {R} веке.", None, None),
    ("century", "gen", "Летопись {R} века хранится в архиве.", None, None),
    ("chapter", "pre", "Об этом говорится в главе {R}.", None, None),
    ("chapter", "nom", "Раздел {R} занимает {C}.", "acc", "страница"),
], key=lambda f: f[2])
# The genitive of each ruler's name: a consonant stem takes -а.
GENITIVE = "а"


def label(rng, part):
    frame, case, noun = pick(rng, split(LABEL_FRAMES, part))
    letter = pick(rng, ROMAN_LETTERS if rng.random() < 0.75 else OTHER_LETTERS)
    w, s = counted(unseen.number(rng), case, noun)
    return (sentence(frame.replace("{L}", letter).replace("{C}", w)),
            sentence(frame.replace("{L}", letter).replace("{C}", s)))


def variable(rng, part):
    frame, kinds = pick(rng, split(VARIABLE_FRAMES, part))
    v = pick(rng, VARIABLES)
    sign = pick(rng, list(SIGNS))
    word, case = SIGNS[sign]
    n = unseen.number(rng)
    if "bare" in kinds:
        w, s = str(n), cardinal(n, case)
    else:
        w, s = measure_phrase(n, case, pick(rng, [u for u in UNITS if u[5] in kinds]))
    return (sentence(frame.replace("{V}", v).replace("{X}", f"{sign} {w}")),
            sentence(frame.replace("{V}", v).replace("{X}", f"{word} {s}")))


def roman(rng, part):
    kind, case, frame, ccase, cnoun = pick(rng, split(ROMAN_FRAMES, part))
    n = rng.randint(2, 19) if kind != "chapter" else rng.randint(2, 39)
    r = to_roman(n)
    if kind == "ruler":
        name = pick(rng, split(RULERS, part)) + (GENITIVE if case == "gen" else "")
        written, spoken = f"{name} {r}", f"{name} {ordinal(n, case)}"
    elif kind == "century":
        written, spoken = r, ordinal(n, case)
    else:
        # A Roman number after the noun it numbers is its ordinal ("в главе второй").
        written, spoken = r, ordinal(n, case, "f" if "главе" in frame else "m")
    w = s = ""
    if cnoun:
        w, s = counted(rng.randint(2, 60), ccase, cnoun)
    # "в" is said "во" before "втором" ("во втором веке").
    said = frame.replace(" в {R}", " во {R}") if spoken.startswith("втор") else frame
    return (sentence(frame.replace("{R}", written).replace("{C}", w)),
            sentence(said.replace("{R}", spoken).replace("{C}", s)))


RU = {"label": label, "variable": variable, "roman_control": roman}

# ------------------------------------------------------------------------------ English

EN_LABEL_FRAMES = [
    ("Terminal {L} handles {N} flights a day.", "flights"),
    ("Section {L} sold {N} tickets.", "tickets"),
    ("Ward {L} has {N} beds.", "beds"),
    ("Pier {L} berths {N} boats.", "boats"),
    ("Lot {L} holds {N} cars.", "cars"),
    ("Wing {L} houses {N} labs.", "labs"),
    ("Zone {L} lost {N} trees.", "trees"),
    ("Row {L} seats {N} guests.", "guests"),
]
EN_RULERS = ["Canute", "Olaf", "Sigismund", "Magnus", "Haakon", "Gustav"]


def en_label(rng, part):
    frame, noun = pick(rng, split(EN_LABEL_FRAMES, part))
    letter = pick(rng, ROMAN_LETTERS if rng.random() < 0.75 else OTHER_LETTERS)
    n = max(2, unseen.number(rng))
    return (frame.replace("{L}", letter).replace("{N}", f"{n:,}"),
            frame.replace("{L}", letter).replace("{N}", card(n)))


def en_roman(rng, part):
    name = pick(rng, split(EN_RULERS, part))
    n = rng.randint(2, 19)
    frame = pick(rng, split(["{R} signed the charter.", "The court of {R} was large.",
                             "Coins of {R} were found.", "{R} died young."], part))
    return (frame.replace("{R}", f"{name} {to_roman(n)}"),
            frame.replace("{R}", f"{name} the {ordw(n)}"))


EN = {"label": en_label, "roman_control": en_roman}


def main():
    unseen.round_main("r57", RU, per_class=30, seed=383, en=EN)


if __name__ == "__main__":
    main()
