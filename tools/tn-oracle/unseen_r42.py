"""Forty-second round (issue 33): a measure noun before an amount of goods ("Цена 1 л бензина
выросла": "цена одного литра бензина"), the genitive attribute of round 39 where a unit, not
a counted noun, follows the number and the goods follow the unit (round 39's held-out half
had it in its frames, its dev half not, so no rule was written for it there). Controls where
the amount is the measure's value ("Цена бензина 50 руб.", "Вес посылки 3 кг") or the goods
stand before it: the nominative. Written before any rule for it, frames no set had (a
market report), checked against every older set; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r42.py [--per-class 60] [--seed 277]

writes crates/text-normalizer/tests/data/tn-unseen/r42-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r3
import unseen_r41
import unseen_r9
from unseen import pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r41.OLD_RU_VOCAB
OLD_FRAMES = unseen_r41.OLD_FRAMES | {
    f[1] for f in unseen_r41.COUNT_FRAMES + unseen_r41.YEAR_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

GOODS = {"бензин": "бензина", "солярка": "солярки", "гречка": "гречки",
         "говядина": "говядины", "творог": "творога", "подсолнечник": "подсолнечника",
         "керосин": "керосина", "сметана": "сметаны", "баранина": "баранины",
         "кефир": "кефира", "пшено": "пшена", "свёкла": "свёклы"}
GOODS_KEYS = fresh(list(GOODS))
MASS = [("кг", "килограмм", None, None, "", "mass"), ("т", "тонна", None, None, "", "mass"),
        ("г", "грамм", None, None, "", "mass"), ("ц", "центнер", None, None, "", "mass")]
VOLUME = [("л", "литр", None, None, "", "volume"), ("мл", "миллилитр", None, None, "", "volume")]
MONEY = [("руб.", "рубль", None, None, "", "money")]

# (case, frame, units, goods after the amount)
FRAMES = fresh_frames([
    ("gen", "Цена {X} на заправках подскочила.", VOLUME, True),
    ("gen", "Стоимость {X} на рынке снизилась.", MASS, True),
    ("gen", "Средняя цена {X} за месяц выросла на треть.", MASS, True),
    ("gen", "Розничная стоимость {X} осталась прежней.", VOLUME, True),
    ("gen", "Аналитики сравнили цену {X} в разных регионах.", MASS, True),
    ("gen", "В отчёте приведена стоимость {X} у фермеров.", VOLUME, True),
    ("gen", "Оптовая цена {X} упала впервые за год.", MASS, True),
    ("gen", "Торговцы подняли цену {X} перед праздниками.", VOLUME, True),
    ("nom", "Цена {G} на бирже {X}.", MONEY, False),
    ("nom", "Вес мешка {G} {X}.", MASS, False),
    ("nom", "Стоимость канистры {G} {X}.", MONEY, False),
    ("nom", "Объём бочки {G} {X}.", VOLUME, False),
])


def amounts(rng, part):
    case, frame, units, goods_after = pick(rng, split(FRAMES, part))
    g = GOODS[pick(rng, split(GOODS_KEYS, part))]
    w, s = unseen_r3.measure_phrase(unseen.prefer_one(rng), case, pick(rng, units))
    if goods_after:
        w, s = f"{w} {g}", f"{s} {g}"
    fw = frame.replace("{G}", g)
    return (sentence(fw.replace("{X}", w)).replace("..", "."),
            sentence(fw.replace("{X}", s)))


RU = {"measure_of_goods": amounts}


def main():
    unseen.round_main("r42", RU, per_class=60, seed=277)


if __name__ == "__main__":
    main()
