"""Ninety-third round (issue 33): Russian amounts of units, written after round 91's first
score (its held-out amounts, in units its dev part never had, 73.3%) to find what fails before
rules change: every unit of round 15's list in both parts (each listed twice, so the
alternating split gives both parts all), frames no set had, in every case, with and without
the goods a unit measures after it ("5 т трески"); a fish cannery and its village. Labels as
in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r93.py [--per-class 60] [--seed 661]

writes crates/text-normalizer/tests/data/tn-unseen/r93-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r3
import unseen_r90
import unseen_r91
import unseen_r9

OLD_FRAMES = unseen_r90.OLD_FRAMES | {
    f[1] for f in unseen_r90.AGREE_FRAMES + unseen_r90.DATE_FRAMES + unseen_r90.YEAR_FRAMES
    + unseen_r90.MEASURE_FRAMES + unseen_r91.AGREE_FRAMES + unseen_r91.DATE_FRAMES
    + unseen_r91.YEAR_FRAMES + unseen_r91.MEASURE_FRAMES}

_, fresh_frames = unseen_r9.checkers(unseen_r91.OLD_RU_VOCAB, OLD_FRAMES)

UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]

GEN_DAT = fresh_frames([
    ("gen", "Траулер привёз больше {X} рыбы.", {"mass"}),
    ("gen", "В трюме оставалось около {X}.", {"mass", "volume"}),
    ("gen", "Консервный цех потребляет до {X} в сутки.", {"power", "volume"}),
    ("gen", "Артель задолжала банку свыше {X}.", {"money"}),
    ("gen", "Сети растянулись на длину более {X}.", {"length"}),
    ("gen", "Заработок рыбака не достигал {X}.", {"money"}),
    ("gen", "Для засолки бочки нужно не меньше {X} соли.", {"mass"}),
    ("gen", "Посёлок занимает меньше {X}.", {"area"}),
    ("gen", "Путь до маяка короче {X}.", {"length"}),
    ("gen", "Из {X} улова половину продали.", {"mass"}),
    ("gen", "Вместо обещанных {X} рыбаки получили вдвое меньше.", {"money", "mass"}),
    ("gen", "Шторм не утихал в течение {X}.", {"time"}),
    ("dat", "Глубина у причала равна {X}.", {"length"}),
    ("dat", "Улов приблизился к {X}.", {"mass"}),
    ("dat", "Налог соответствует {X}.", {"money", "percent"}),
    ("dat", "Потери приравниваются к {X} в год.", {"money", "percent"}),
    ("dat", "Стоимость аренды причала подошла к {X}.", {"money"}),
    ("dat", "Благодаря {X} дополнительной мощности цех работает круглосуточно.", {"power"}),
    ("dat", "Вопреки {X} убытков артель не закрылась.", {"money"}),
    # First "Цех добавил к норме ещё по {X}." (dative), replaced before any rule changed:
    # a distributive "по" reads with the accusative as often ("по пять килограммов").
    ("dat", "Премию рыбакам приравняли к {X}.", {"money"}),
])

INS_PRE = fresh_frames([
    ("ins", "Артель владеет {X} пастбищ.", {"area"}),
    ("ins", "Рыбак рисковал {X}.", {"money"}),
    ("ins", "Цех ограничился {X} в смену.", {"mass", "volume"}),
    ("ins", "Бочки заполнили {X} рассола.", {"volume"}),
    ("ins", "Траулер обладает {X} мощности.", {"power"}),
    ("ins", "Лодка с {X} рыбы перевернулась.", {"mass"}),
    ("ins", "Посёлок обходится {X} воды в сутки.", {"volume"}),
    ("ins", "Рыбаки довольствовались {X}.", {"money", "mass"}),
    ("ins", "Над {X} заболоченной земли кружили чайки.", {"area"}),
    ("pre", "Рыбаки договорились о {X}.", {"money", "percent"}),
    ("pre", "Артель настаивала на {X}.", {"money", "percent"}),
    ("pre", "При {X} улова в день цех справляется.", {"mass"}),
    ("pre", "В {X} от берега стоит маяк.", {"length"}),
    ("pre", "Сторож экономил на {X}.", {"money"}),
    ("pre", "Весь вечер рыбаки толковали о {X}.", None),
    # First "Лодка застряла на {X} от причала." (prepositional), replaced before any rule
    # changed: "на два метра от причала" (accusative) reads as well.
    ("pre", "Сети сушили на {X} берега.", {"area"}),
    ("pre", "Цех работает на {X}.", {"power"}),
])

ACC_NOM = fresh_frames([
    ("acc", "Траулер выловил {X} трески.", {"mass"}),
    ("acc", "Цех выпускает в день {X} консервов.", {"mass"}),
    ("acc", "Бригада потратила на снасти {X}.", {"money"}),
    ("acc", "Шторм длился почти {X}.", {"time"}),
    ("acc", "Лодка отошла от берега на {X}.", {"length"}),
    ("acc", "Цены подняли на {X}.", {"percent", "money"}),
    ("acc", "Рыбак получил за улов {X}.", {"money"}),
    ("acc", "Вода в заливе поднялась на {X}.", {"length"}),
    ("acc", "Заработок рыбака составляет {X}.", {"money"}),
    ("acc", "Артель арендовала {X} берега.", {"area"}),
    ("nom", "Дневная норма — {X} рыбы.", {"mass"}),
    ("nom", "На складе хранится {X} соли.", {"mass"}),
    ("nom", "У причала осталось {X} топлива.", {"volume"}),
    ("nom", "Площадь угодий — {X}.", {"area"}),
    ("nom", "Мощность холодильника — {X}.", {"power"}),
    ("nom", "До отплытия осталось {X}.", {"time"}),
])

RU = {
    "measure_gen_dat": unseen_r3.ru_measure(UNITS, GEN_DAT),
    "measure_ins_pre": unseen_r3.ru_measure(UNITS, INS_PRE),
    "measure_acc_nom": unseen_r3.ru_measure(UNITS, ACC_NOM),
}


def main():
    unseen.round_main("r93", RU, per_class=60, seed=661)


if __name__ == "__main__":
    main()
