"""Forty-first round (issue 33): a count of years ending in 1 to 4 under a hundred ("Прошло 3
года", "через 2 года", "Ему 52 года", "за 21 год"), which the rules read as the ordinal of a
year ("третьего года"; found while reading round 39's failures: "Старому пасечнику 52 года").
Controls where the same noun numbers a year (a year of four digits, "в 41 году", "с 2003
года", "Шёл 1941 год"): the ordinal. Written before any rule for it, frames no set had (a
family chronicle), checked against every older set; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r41.py [--per-class 60] [--seed 271]

writes crates/text-normalizer/tests/data/tn-unseen/r41-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r40
import unseen_r9
from unseen import counted, ordinal, pick, sentence
from unseen_r2 import _lemmas, _words, split

OLD_RU_VOCAB = unseen_r40.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r40.ANIM_M, unseen_r40.ANIM_F, unseen_r40.INAN_M]))
OLD_FRAMES = unseen_r40.OLD_FRAMES | {f[1] for f in unseen_r40.FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (case, frame): a count of years, the noun in the count's form.
COUNT_FRAMES = fresh_frames([
    ("nom", "С тех пор прошло {X}."),
    ("acc", "Прадед вернулся с войны через {X}."),
    ("nom", "Бабушке в мае исполнилось {X}."),
    ("acc", "Дом строили {X}."),
    ("nom", "Младшему внуку {X}."),
    ("acc", "За {X} семья трижды переезжала."),
    ("acc", "Дед уехал на Север на {X}."),
    ("acc", "{X} назад мы продали дачу."),
    ("nom", "Тёте Вере тогда было {X}."),
    ("acc", "Спустя {X} письма нашлись на чердаке."),
    ("acc", "Отец женился в {X}."),
    ("nom", "Нашему саду уже {X}."),
    ("acc", "Дядя отслужил на флоте {X}."),
    ("nom", "Разница между братьями — {X}."),
])

# (case, frame): a year numbered, its ordinal.
YEAR_FRAMES = fresh_frames([
    ("pre", "Прадед родился в {Y} году."),
    ("gen", "Семья живёт в этом доме с {Y} года."),
    ("nom", "Шёл {Y} год."),
    ("gen", "Письма хранились до {Y} года."),
    ("acc", "Альбом подписан на {Y} год."),
    ("pre", "Сад заложили в {Y} году."),
])

YEAR_FORMS = {"nom": "год", "gen": "года", "pre": "году", "acc": "год"}


def years(rng, part):
    case, frame = pick(rng, split(COUNT_FRAMES, part))
    n = rng.randint(1, 99)
    n = n - n % 10 + pick(rng, [1, 2, 3, 4])
    if n % 100 in (11, 12, 13, 14):
        n += 10
    w, s = counted(n, case, "год")
    return (sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s)))


def numbered(rng, part):
    case, frame = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(1700, 2030)
    if rng.random() < 0.3:
        y = rng.randint(1, 9) * 10 + pick(rng, [1, 2, 3, 4])
        if case == "nom" or case == "acc" or case == "gen":
            y = rng.randint(1700, 2030)
    w = f"{y}"
    s = ordinal(y, case)
    return (sentence(frame.replace("{Y}", w)), sentence(frame.replace("{Y}", s)))


RU = {"year_count": years, "year_numbered": numbered}


def main():
    unseen.round_main("r41", RU, per_class=60, seed=271)


if __name__ == "__main__":
    main()
