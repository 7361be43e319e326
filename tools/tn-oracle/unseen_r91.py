"""Ninety-first round (issue 33): every Russian class again, written after round 90's rules only
to measure them, as rounds 9-38, 78, 87 and 90 did, by an independent writer who did not read
the rules: a tea plantation, its packing shed and a tea house, vocabulary no set used and the
dictionary has (checked by lemma against round 90's chain and every committed set's inputs,
dropped without printing which; words pymorphy3 does not know are left out), frames no set
had, governing words chosen as a writer would use them (not looked up in the rules' lists).
Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r91.py [--per-class 60] [--seed 643]

writes crates/text-normalizer/tests/data/tn-unseen/r91-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r90
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r90.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r90.VOCAB, unseen_r90.ORD, unseen_r90.ORD_PL])) | _lemmas(
    unseen.committed_words("r91"))
OLD_FRAMES = unseen_r90.OLD_FRAMES | {
    f[1] for f in unseen_r90.AGREE_FRAMES + unseen_r90.DATE_FRAMES + unseen_r90.YEAR_FRAMES
    + unseen_r90.MEASURE_FRAMES}
OLD_ORD_FRAMES = unseen_r90.OLD_ORD_FRAMES | {f[2] for f in unseen_r90.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A tea plantation, its packing shed and a tea house.
VOCAB = {
    "inan": fresh(["чайник", "пиала", "чашка", "блюдце", "поднос", "чайница", "ситечко",
                   "ложечка", "сахарница", "пакетик", "брикет", "упаковка", "жестянка",
                   "корзина", "стакан", "чайничек", "лепёшка", "пирамидка", "ящичек",
                   "подстаканник", "кувшинчик", "чашечка", "блюдечко", "графинчик"]),
    "anim": fresh(["сборщица", "сборщик", "плантатор", "сортировщица", "упаковщица",
                   "фасовщица", "чаеторговец", "чаевод", "приказчик", "надсмотрщик",
                   "весовщик", "чайханщик", "грузчик", "закупщик", "маклер", "подёнщица"]),
    "adj": fresh(["чайный", "медный", "глиняный", "щербатый", "пузатый", "лакированный"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Заказ доставили без {X}.", False),
    ("gen", "Из-за нехватки {X} сбор листа остановили.", True),
    ("gen", "Стоимость {X} включили в счёт.", False),
    ("gen", "Приказчик потребовал от {X} ускорить сбор.", True),
    ("gen", "Помимо {X} в посылке лежал чай.", False),
    ("gen", "Проверка в отношении {X} закончилась штрафом.", True),
    ("dat", "Гости чайханы удивились {X}.", False),
    ("dat", "Плантатор выплатил премии {X}.", True),
    ("dat", "Лавочник приклеил ценники к {X}.", False),
    ("dat", "Благодаря {X} сбор закончили в срок.", True),
    ("dat", "Выставка, посвящённая {X}, открылась в чайхане.", True),
    ("ins", "Чайная лавка торгует {X}.", False),
    ("ins", "Плантатор гордился {X}.", True),
    ("ins", "Стол был заставлен {X}.", False),
    ("ins", "Сборщица поделилась {X} с соседкой.", False),
    ("ins", "Наряду с {X} в лавке продают чай.", False),
    ("pre", "На {X} стояло клеймо фабрики.", False),
    ("pre", "Местная газета написала о {X}.", True),
    ("pre", "В накладной говорится о {X}.", False),
    ("acc", "Лавочник выставил на витрину {X}.", False),
    ("acc", "Экспортёр отправил в порт {X}.", False),
    ("acc", "Чайханщик обменял самовар на {X}.", False),
    ("nom", "В штате плантации числится {X}.", True),
    ("nom", "В описи склада значится {X}.", False),
])

ORD = {
    "f": fresh(["чашка", "пиала", "чайница", "корзина", "жаровня", "сахарница", "жестянка",
                "лепёшка"]),
    "m": fresh(["чайник", "стакан", "чайничек", "брикет", "пакетик", "ящичек", "кувшинчик",
                "кулёк"]),
}
ORD_PL = fresh(["чайник", "стакан", "пакетик", "ящичек", "кувшинчик", "брикет"])

ORD_FRAMES = [f for f in [
    ("gen", "после", "Дегустатор сделал паузу {X}.", False),
    ("gen", "до", "Сборщица дотянулась {X}.", False),
    ("gen", "возле", "Приказчик остановился {X}.", False),
    ("dat", "к", "Надсмотрщик подошёл {X}.", False),
    ("dat", "по", "Чайханщик постучал ложечкой {X}.", False),
    ("ins", "перед", "Сборщицы выстроились {X}.", False),
    ("ins", "над", "Пар клубился {X}.", False),
    ("pre", "на", "Чайханщик заметил скол {X}.", False),
    ("pre", "в", "Весовщик нашёл соринку {X}.", False),
    ("acc", "на", "Приказчик указал {X}.", False),
    ("acc", "за", "Дегустатор взялся {X}.", False),
    ("nom", "", "Дегустатор понял, что перед ним {X}.", False),
    ("gen", "из", "Пробы взяли {X} каждой партии.", True),
    ("pre", "в", "Горечь ощущалась {X} всех сортов.", True),
    ("dat", "к", "Дегустаторы вернулись {X} каждой серии.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Первый лист с новых кустов сняли {X}.", None),
    ("gen", "Чайхана закрыта на ремонт до {X}.", None),
    ("gen", "Сбор листа возобновили после {X}.", None),
    ("gen", "Закупочные цены на лист растут с {X}.", None),
    ("gen", "Около {X} на плантации зацвели кусты.", None),
    ("gen", "Дегустация нового сорта состоится {X} в чайхане.", None),
    ("dat", "Партию чая доставят в порт к {X}.", None),
    ("acc", "Аукцион чайных маклеров назначен на {X}.", None),
    ("nom", "День открытия чайханы — {X}.", None),
    ("ins", "Накладная на партию датирована {X}.", None),
    ("ins", "Перед {X} плантатор нанял сборщиц.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "после засухи {Y} года", "Плантация восстанавливалась три сезона {X}."),
    ("gen", "урожая {Y} года", "Чай {X} продали целиком."),
    ("gen", "в конце сезона {Y} года", "Чайхану продали вместе с посудой {X}."),
    ("gen", "к осени {Y} года", "Плантацию расширили вдвое {X}."),
    ("gen", "в разгар сезона {Y} года", "Конвейер на фабрике сломался {X}."),
    ("pre", "о засушливом {Y} годе", "Старые сборщицы до сих пор вспоминают {X}."),
    ("pre", "в памятном {Y} году", "Старая чайхана сгорела дотла {X}."),
    ("pre", "в ненастном {Y} году", "Сбор листа затянулся до зимы {X}."),
    ("acc", "на урожайный {Y} год", "Плантатор возлагал большие надежды {X}."),
    ("acc", "за трудный {Y} год", "Сборщицы получили двойную премию {X}."),
    ("dat", "благодаря урожайному {Y} году", "{X} плантатор расплатился с долгами."),
    ("dat", "к урожайному {Y} году", "Фабрика обновила сушилки {X}."),
    ("ins", "перед засушливым {Y} годом", "Плантатор продал половину земли {X}."),
    ("ins", "по сравнению с {Y} годом", "Урожай листа вырос вдвое {X}."),
    ("ins", "с Новым {Y} годом", "Плантатор поздравил сборщиц {X}."),
    ("nom", "засушливый {Y} год", "{X} погубил треть кустов."),
])

# The units of round 15 (dev: км, кг, т, ч, с, %, кВт; held out: м, г, л, мин, га, руб., мм):
# a frame that fits only some kinds stands where its part has them (dev even, held out odd).
MEASURE_FRAMES = fresh_frames([
    ("gen", "С куста за сезон снимают не больше {X} листа.", {"mass"}),
    ("gen", "Плантация раскинулась на площади свыше {X}.", {"area"}),
    ("gen", "Плантация лежит на высоте {X} над уровнем моря.", {"length"}),
    ("gen", "Для одной заварки хватит {X} кипятка.", {"volume"}),
    ("dat", "Мощность вентилятора сушилки равна {X}.", {"power"}),
    ("dat", "К {X} сухого листа добавили лепестки жасмина.", {"mass"}),
    ("ins", "По сравнению с {X} прошлого сезона сбор вырос.", {"mass"}),
    ("ins", "Расходы на ремонт чайханы ограничились {X}.", {"money"}),
    ("pre", "В {X} от чайной фабрики начинаются плантации.", {"length"}),
    ("pre", "Экспортёр договорился о {X} чая.", {"mass"}),
    ("acc", "Чай настаивают {X}.", {"time"}),
    ("acc", "Экспортёр выручил за партию {X}.", {"money"}),
    ("acc", "Закупочная цена на лист выросла на {X}.", {"percent"}),
    ("nom", "На один пролив уходит {X}.", {"time"}),
    ("nom", "Суточная выработка фабрики — {X}.", {"mass"}),
    ("nom", "Площадь плантации — {X}.", {"area"}),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r91", RU, per_class=60, seed=643)


if __name__ == "__main__":
    main()
