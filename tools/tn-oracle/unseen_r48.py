"""Forty-eighth round (issue 33): a number after the plural of a noun that labels things
("жильцы квартир 5 подъездов", "о ремонте домов 17 слобод"): a label follows its noun in the
singular ("квартира 5", "дом 17"), so after the plural the number's phrase is the genitive
attribute ("пяти подъездов"); round 47's dev controls found it ("о ремонте домов 17 слобод"
read "семнадцать"). Controls: the singular label ("Квартира 12 пустует": the nominative).
Written before any rule for it, frames no set had; frames and nouns alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r48.py [--per-class 60] [--seed 317]

writes crates/text-normalizer/tests/data/tn-unseen/r48-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r47
import unseen_r9
from unseen import cardinal, counted, pick, sentence
from unseen_r2 import _lemmas, split

OLD_RU_VOCAB = unseen_r47.OLD_RU_VOCAB | _lemmas(set(
    unseen_r47.THINGS + unseen_r47.OWNED + list(unseen_r47.GOODS)))
OLD_FRAMES = unseen_r47.OLD_FRAMES | set(unseen_r47.OBJECT_FRAMES + unseen_r47.TOPIC_FRAMES)

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (a labelling noun's genitive plural, its nominative singular): the label nouns of the rules'
# list, named by the kind of thing they number.
LABELS = [("квартир", "квартира"), ("домов", "дом"), ("корпусов", "корпус"),
          ("маршрутов", "маршрут"), ("станций", "станция"), ("секций", "секция"),
          ("участков", "участок"), ("отделений", "отделение")]

# Frames with {P} (the plural) and {X} (the counted phrase in the genitive).
PLURAL_FRAMES = fresh_frames([
    "Жильцы {P} {X} собрались во дворе.",
    "Управа проверила счётчики {P} {X}.",
    "Совет обсудил состояние {P} {X}.",
    "Письмо подписали старосты {P} {X}.",
], key=lambda f: f)
# Frames with {S} (the singular) and {N} (the label).
SINGULAR_FRAMES = fresh_frames([
    "Объявление висело у входа: {S} {N}.",
    "В справке значилось: {S} {N}.",
    "На табличке было написано: {S} {N}.",
    "Адрес такой: {S} {N}, второй этаж.",
], key=lambda f: f)

COUNTED = fresh(["посад", "подворье", "сквер", "дворик", "закоулок", "поселение", "хуторок",
                 "деревенька"])


def plural_attribute(rng, part):
    frame = pick(rng, split(PLURAL_FRAMES, part))
    plural, _ = pick(rng, split(LABELS, part))
    w, s = counted(unseen.prefer_one(rng), "gen", pick(rng, split(COUNTED, part)))
    return (sentence(frame.replace("{P}", plural).replace("{X}", w)),
            sentence(frame.replace("{P}", plural).replace("{X}", s)))


def singular_label(rng, part):
    frame = pick(rng, split(SINGULAR_FRAMES, part))
    _, singular = pick(rng, split(LABELS, part))
    n = rng.randint(2, 300)
    text = frame.replace("{S}", singular)
    return (sentence(text.replace("{N}", str(n))),
            sentence(text.replace("{N}", cardinal(n, "nom"))))


RU = {"plural_attribute": plural_attribute, "singular_label": singular_label}


def main():
    unseen.round_main("r48", RU, per_class=60, seed=317)


if __name__ == "__main__":
    main()
