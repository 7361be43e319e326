"""Fortieth round (issue 33): a count of people or animals that ends in 1 as a verb's direct
object, where the numeral takes the animate accusative, the genitive ("Полиция задержала 21
человека": "двадцать одного человека"; found while reading round 39's failures: the older
rounds' generator, like num2words by default, read every accusative as inanimate and no frame
put a masculine animate count there). Controls: a feminine animate count ("одну"), an
inanimate one ("двадцать один стол"), an animate subject ("пришёл двадцать один"), a count of
5 and more. Written before any rule for it, a setting no set had (a regional newsroom), words
checked by lemma against every older set; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r40.py [--per-class 60] [--seed 269]

writes crates/text-normalizer/tests/data/tn-unseen/r40-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r39
import unseen_r9
from unseen import counted, pick, sentence
from unseen_r2 import _lemmas, _words, split

OLD_RU_VOCAB = unseen_r39.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r39.INAN, unseen_r39.ANIM, unseen_r39.GOODS]))
OLD_FRAMES = unseen_r39.OLD_FRAMES | {
    f[1] for f in unseen_r39.ATTRIBUTE_FRAMES + unseen_r39.CONTROL_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

ANIM_M = fresh(["депутат", "школьник", "болельщик", "спасатель", "пенсионер", "волонтёр",
                "фермер", "турист", "избиратель", "кандидат",
                "подросток", "зритель", "пассажир", "медик", "велосипедист", "рыбак",
                "горожанин", "житель", "автомобилист", "водитель"])
ANIM_F = fresh(["школьница", "пенсионерка", "туристка", "спортсменка", "журналистка",
                "жительница", "учительница", "горожанка", "пассажирка", "волонтёрка"])
INAN_M = fresh(["автомобиль", "светофор", "киоск", "павильон", "самокат", "автобус",
                "контейнер", "штраф", "протокол", "билборд", "тротуар", "перекрёсток"])

# (case, frame, what the number counts)
FRAMES = fresh_frames([
    ("acc", "Полиция задержала {X} после митинга.", "m"),
    ("acc", "Мэрия наградила грамотами {X}.", "m"),
    ("acc", "Спасатели эвакуировали из посёлка {X}.", "m"),
    ("acc", "Редакция опросила на улицах {X}.", "m"),
    ("acc", "Суд оштрафовал {X} за нарушение тишины.", "m"),
    ("acc", "Автобус высадил у вокзала {X}.", "m"),
    ("acc", "На конкурс пригласили {X}.", "m"),
    ("acc", "Врачи осмотрели {X}.", "m"),
    ("acc", "Избирком зарегистрировал {X}.", "m"),
    ("acc", "Организаторы поблагодарили {X}.", "m"),
    ("acc", "Полиция задержала {X} после митинга.", "f"),
    ("acc", "Мэрия наградила грамотами {X}.", "f"),
    ("acc", "Коммунальщики демонтировали {X}.", "i"),
    ("acc", "Инспекторы проверили {X}.", "i"),
    ("nom", "На митинг пришёл {X}.", "m"),
    ("nom", "В аварии пострадал {X}.", "m"),
    ("acc", "Врачи осмотрели {X}.", "m5"),
    ("acc", "Суд оштрафовал {X} за нарушение тишины.", "m5"),
], key=lambda f: f[1] + f[2])


def gen(rng, part):
    case, frame, kind = pick(rng, split(FRAMES, part))
    n = unseen.number(rng)
    if kind != "m5":
        n = n - n % 10 + 1
        if n % 100 == 11:
            n += 10
    else:
        n = n - n % 10 + pick(rng, [5, 6, 7, 8, 9, 0]) or 5
    nouns = {"m": ANIM_M, "m5": ANIM_M, "f": ANIM_F, "i": INAN_M}[kind]
    noun = pick(rng, split(nouns, part))
    w, s = counted(n, case, noun)
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


RU = {"animate_object": gen}


def main():
    unseen.round_main("r40", RU, per_class=60, seed=269)


if __name__ == "__main__":
    main()
