"""Ninety-sixth round (issue 33): Russian amounts of units only, written after round 94 by a
writer who had not read the rules, only to find which amounts fail: a farm cooperative, its
fields, dairy farm and grain elevator. Frames no set had (checked by text against round 94's
and round 93's chain, dropped if used, printing how many), governing words chosen as prose
and news use them (verbs of paying, lending, fining, valuing, lacking, spending; simple and
derived prepositions; nouns that govern a case; subjects and predicates), with and without
the goods a unit measures after it ("5 т зерна"), some after a dative or accusative noun
phrase; every unit of round 15's list in both parts (each listed twice, as round 93 gave it)
and every unit kind among each part's frames of each class. Classes by the amount's case.
Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r96.py [--per-class 60] [--seed 691]

writes crates/text-normalizer/tests/data/tn-unseen/r96-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen
import unseen_r15
import unseen_r3
import unseen_r93
import unseen_r94
import unseen_r9
from unseen_r2 import split

OLD_FRAMES = unseen_r94.OLD_FRAMES | unseen_r93.OLD_FRAMES | {
    f[1] for f in unseen_r94.AGREE_FRAMES + unseen_r94.DATE_FRAMES + unseen_r94.YEAR_FRAMES
    + unseen_r94.MEASURE_FRAMES + unseen_r93.GEN_DAT + unseen_r93.INS_PRE
    + unseen_r93.ACC_NOM} | {f[2] for f in unseen_r94.ORD_FRAMES + unseen_r94.YEAR_FRAMES}

_, fresh_frames = unseen_r9.checkers(unseen_r94.OLD_RU_VOCAB, OLD_FRAMES)

# Round 15's units, each listed twice: the alternating split gives both parts every unit.
UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]
KINDS = {u[5] for u in UNITS}

# (case, frame, unit kinds it fits). Frames alternate between the parts (dev the even places,
# held-out the odd ones); each part's frames of a class fit every kind between them.
GEN = fresh_frames([
    ("gen", "Кооперативу не хватает {X} на покупку нового комбайна.", {"money"}),
    ("gen", "Инспекция выписала кооперативу штраф в размере {X}.", {"money"}),
    ("gen", "Молоковоз забирает с фермы до {X} молока за рейс.", {"volume", "mass"}),
    ("gen", "Элеватор принимает в сутки порядка {X} зерна.", {"mass"}),
    ("gen", "Поля кооператива тянутся вдоль реки на протяжении {X}.", {"length"}),
    ("gen", "Трактор за смену проходит больше {X}.", {"length"}),
    ("gen", "Под озимые отвели свыше {X} пашни.", {"area", "percent"}),
    ("gen", "Пастбища кооператива занимают около {X} заливных лугов.", {"area", "percent"}),
    ("gen", "Новая зерносушилка потребляет не более {X}.", {"power"}),
    ("gen", "Насосы на орошении потребляют порядка {X}.", {"power"}),
    ("gen", "Утренняя дойка длится в пределах {X}.", {"time"}),
    ("gen", "На обмолот ячменя ушло около {X}.", {"time", "volume", "money"}),
    ("gen", "Закупочная цена молока поднялась вплоть до {X} за литр.", {"money"}),
])

DAT_INS = fresh_frames([
    ("ins", "Правление премировало лучшую доярку {X}.", {"money"}),
    ("dat", "Ставка аренды земли привязана к {X} за гектар.", {"money"}),
    ("dat", "Надои на ферме вплотную подошли к {X} в сутки.", {"volume", "mass"}),
    ("ins", "По сравнению с {X} молока в прошлом году надои выросли вдвое.",
     {"volume", "mass"}),
    ("dat", "Рентабельность молочной фермы приблизилась к {X}.", {"percent"}),
    ("ins", "Поле огородили {X} колючей проволоки.", {"length"}),
    ("dat", "Площадь пастбищ кооператива равняется {X}.", {"area"}),
    ("ins", "Кооператив управляет {X} арендованной земли.", {"area", "percent"}),
    ("ins", "Трактор с {X} под капотом легко тянет плуг.", {"power"}),
    ("dat", "Мощность ветряка на ферме приближается к {X}.", {"power"}),
    ("dat", "Пастух привык к {X} ходьбы в день.", {"time", "length"}),
    ("ins", "Комбайнёры обходятся {X} сна в сутки.", {"time"}),
    ("ins", "Кооператив помог погорельцам {X}.", {"money"}),
    # Added after the first draw: the held-out part's only money frame got no row (a money
    # unit is one of fourteen); a second one there makes money rows likelier.
    ("dat", "Благодаря {X} районной субсидии ферма пережила зиму.", {"money"}),
])

ACC = fresh_frames([
    ("acc", "Банк одолжил кооперативу {X} под залог техники.", {"money"}),
    ("acc", "Ущерб от града правление оценило в {X}.", {"money"}),
    ("acc", "Ферма продаёт молокозаводу {X} молока в сутки.", {"volume", "mass"}),
    ("acc", "Пруд для полива вмещает {X} воды.", {"volume", "mass"}),
    ("acc", "Скважину на дальнем выгоне углубили ещё на {X}.", {"length"}),
    ("acc", "Молоковоз ежедневно наматывает {X}.", {"length"}),
    ("acc", "Кооператив взял в аренду у района ещё {X} выгона.", {"area", "percent"}),
    ("acc", "Засуха погубила {X} посевов.", {"area", "percent"}),
    ("acc", "Резервный генератор фермы выдаёт {X}.", {"power"}),
    ("acc", "Солнечные панели на крыше коровника дают {X}.", {"power"}),
    ("acc", "Механики чинили комбайн {X}.", {"time"}),
    ("acc", "Танк-охладитель остужает молоко за {X}.", {"time"}),
    ("acc", "Выручка кооператива выросла за год на {X}.", {"percent", "money"}),
])

NOM_PRE = fresh_frames([
    ("nom", "Долг кооператива перед банком — {X}.", {"money"}),
    ("pre", "Доярки судачили о {X} прибавки к зарплате.", {"money", "percent"}),
    ("pre", "В {X} молока нашли следы антибиотика.", {"volume", "mass"}),
    ("nom", "Рабочий день пастуха летом — {X}.", {"time"}),
    ("nom", "Высота новой силосной башни — {X}.", {"length"}),
    ("pre", "В {X} от коровника вырыли силосную траншею.", {"length"}),
    ("pre", "На {X} пашни в этом году посеяли лён.", {"area", "percent"}),
    ("nom", "Площадь кукурузного поля — {X}.", {"area"}),
    ("nom", "Паспортная мощность зерносушилки — {X}.", {"power"}),
    ("pre", "На собрании говорили о {X} дополнительной мощности для фермы.", {"power"}),
    ("pre", "О {X} простоя комбайна председатель узнал только вечером.", {"time"}),
    ("nom", "В цистерне молоковоза помещается {X} молока.", {"volume", "mass"}),
    ("nom", "Прирост урожая по сравнению с прошлым годом — {X}.", {"percent", "mass"}),
])


def covered(name, frames):
    """Exits if a part's frames of a class leave a unit kind out (after the used-frame check
    has dropped some)."""
    for part in ("dev", "held"):
        missing = KINDS - set().union(*(f[2] for f in split(frames, part)))
        if missing:
            sys.exit(f"{name} {part}: no frame for {sorted(missing)}")
    return frames


RU = {
    "amount_gen": unseen_r3.ru_measure(UNITS, covered("amount_gen", GEN)),
    "amount_dat_ins": unseen_r3.ru_measure(UNITS, covered("amount_dat_ins", DAT_INS)),
    "amount_acc": unseen_r3.ru_measure(UNITS, covered("amount_acc", ACC)),
    "amount_nom_pre": unseen_r3.ru_measure(UNITS, covered("amount_nom_pre", NOM_PRE)),
}


def main():
    unseen.round_main("r96", RU, per_class=60, seed=691)


if __name__ == "__main__":
    main()
