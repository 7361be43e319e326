"""Ninety-fourth round (issue 33): every Russian class again, written after round 91's rules only
to measure them, as rounds 9-38, 78, 87, 90 and 91 did, by a writer who had not read the rules:
a veterinary clinic, its inpatient ward and the shelter it serves, vocabulary no set used and
the dictionary has (checked by lemma against round 91's chain and every committed set's inputs,
dropped without printing which; words pymorphy3 does not know are left out), frames no set had
(round 93's among them), governing words chosen as a writer would use them (not looked up in
the rules' lists); every unit in both parts (round 15's list twice over, as round 93 gave it);
dates only on days their month has. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r94.py [--per-class 60] [--seed 673]

writes crates/text-normalizer/tests/data/tn-unseen/r94-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime
import re
import sys

import unseen
import unseen_r15
import unseen_r91
import unseen_r93
import unseen_r9
from unseen import RU_MONTHS
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r91.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r91.VOCAB, unseen_r91.ORD, unseen_r91.ORD_PL])) | _lemmas(
    unseen.committed_words("r94"))
OLD_FRAMES = unseen_r91.OLD_FRAMES | {
    f[1] for f in unseen_r91.AGREE_FRAMES + unseen_r91.DATE_FRAMES + unseen_r91.YEAR_FRAMES
    + unseen_r91.MEASURE_FRAMES + unseen_r93.GEN_DAT + unseen_r93.INS_PRE
    + unseen_r93.ACC_NOM}
OLD_ORD_FRAMES = unseen_r91.OLD_ORD_FRAMES | {f[2] for f in unseen_r91.ORD_FRAMES}

_fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)


def fresh(words):
    """The words no older set used (`_fresh`) that pymorphy3 knows; says how many it left out
    as unknown, not which."""
    unused = _fresh(words)
    keep = [w for w in unused if unseen.morph().parse(w)[0].is_known]
    print(f"  vocabulary: {len(unused) - len(keep)} unknown to the dictionary", file=sys.stderr)
    return keep


# A veterinary clinic, its inpatient ward and the shelter it serves.
VOCAB = {
    "inan": fresh(["шприц", "переноска", "ошейник", "намордник", "поводок", "миска", "бинт",
                   "пузырёк", "повязка", "лежанка", "скальпель", "зажим", "пинцет", "катетер",
                   "подстилка", "тампон", "шлейка", "попона", "расчёска", "щётка", "игрушка",
                   "пелёнка", "бандаж", "жилетка"]),
    "anim": fresh(["кролик", "хомяк", "хорёк", "кот", "пёс", "шиншилла", "енот", "крыса",
                   "крольчиха", "такса", "спаниель", "овчарка", "бульдог", "мопс", "пудель",
                   "терьер"]),
    "adj": fresh(["импортный", "запасной", "фирменный", "отечественный", "дорогостоящий",
                  "казённый"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Поставщик задержал отгрузку {X}.", False),
    ("gen", "Санитарка недосчиталась {X}.", False),
    ("gen", "Кроме {X}, спонсор ничего не прислал.", False),
    ("gen", "Ветфельдшер взял кровь у {X}.", True),
    ("gen", "Лечение {X} обошлось клинике недёшево.", True),
    ("dat", "Ветфельдшер сделал прививки {X}.", True),
    ("dat", "Хирург наложил швы {X}.", True),
    ("dat", "Волонтёры подыскали хозяев {X}.", True),
    ("dat", "Санитарка нашла применение {X}.", False),
    ("dat", "К {X} прилагается инструкция.", False),
    ("ins", "Волонтёры снабдили приют {X}.", False),
    ("ins", "Шкаф в процедурной забит {X}.", False),
    ("ins", "Клиника обзавелась {X}.", False),
    ("ins", "Ветфельдшер занимался {X} до вечера.", True),
    ("ins", "Санитарка ухаживала за {X}.", True),
    ("pre", "Экономия на {X} обернулась жалобами.", False),
    ("pre", "Санитарка путалась в {X}.", False),
    ("pre", "Волонтёры заботятся о {X}.", True),
    ("acc", "Клиника заказала у поставщика {X}.", False),
    ("acc", "Счёт выставили за {X}.", False),
    ("acc", "Волонтёры привезли в приют {X}.", False),
    ("nom", "На складе клиники хранится {X}.", False),
    ("nom", "В стационаре лечится {X}.", True),
    ("nom", "В списке закупок на месяц — {X}.", False),
])

ORD = {
    "f": fresh(["переноска", "конура", "клетушка", "кушетка", "лежанка", "тумбочка"]),
    "m": fresh(["террариум", "аквариум", "инкубатор", "сейф", "автоклав", "стерилизатор"]),
}
ORD_PL = fresh(["террариум", "аквариум", "инкубатор", "сейф", "автоклав", "стерилизатор"])

ORD_FRAMES = [f for f in [
    ("gen", "около", "Санитарка оставила ведро {X}.", False),
    ("gen", "после", "Ветфельдшер сделал перерыв {X}.", False),
    ("gen", "у", "Стажёр задержался {X}.", False),
    ("dat", "к", "Санитарка подкатила тележку {X}.", False),
    ("dat", "по", "Санитарка провела тряпкой {X}.", False),
    ("ins", "над", "Кварцевая лампа горит {X}.", False),
    ("ins", "перед", "Пёс улёгся {X}.", False),
    ("ins", "рядом с", "Стажёр поставил табурет {X}.", False),
    ("pre", "на", "Кот дремал {X}.", False),
    ("acc", "на", "Ветфельдшер наклеил бирку {X}.", False),
    ("acc", "за", "Мячик закатился {X}.", False),
    ("nom", "", "Справа от входа — {X}.", False),
    ("gen", "возле", "Санитарки поставили вёдра {X} обоих залов.", True),
    ("pre", "на", "Пыль нашли {X} всех отделений.", True),
    ("dat", "к", "Проверяющие подошли {X} обоих отделений.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Клиника открылась {X}.", None),
    ("gen", "Прививочная кампания продлится до {X}.", None),
    ("gen", "Стационар закрыт на дезинфекцию с {X} до особого распоряжения.", None),
    ("gen", "Кота выписали из стационара утром {X}.", None),
    ("gen", "Десятилетие клиники отметили {X}.", None),
    ("dat", "Вакцину обещали доставить к {X}.", None),
    ("acc", "Карантин в питомнике продлили по {X}.", None),
    ("acc", "Плановую операцию перенесли на {X}.", None),
    ("nom", "Дата следующей прививки — {X}.", None),
    ("ins", "Ветеринарный паспорт пса датирован {X}.", None),
    ("ins", "Между {X} и концом месяца клиника приняла сотню котов.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "ранней весной {Y} года", "Клинику перевели в новое здание {X}."),
    ("gen", "до эпидемии {Y} года", "Приют принимал не больше десятка собак {X}."),
    ("gen", "после реформы {Y} года", "Ветеринарные аптеки стали частными {X}."),
    ("gen", "с поздней осени {Y} года", "Клиника работает круглосуточно {X}."),
    ("gen", "в разгар эпизоотии {Y} года", "Главврач неделями не уходил домой {X}."),
    ("pre", "в далёком {Y} году", "Первый ветеринарный кабинет в городе открылся {X}."),
    ("pre", "о тяжёлом {Y} годе", "Старый ветеринар не любил вспоминать {X}."),
    ("pre", "в переломном {Y} году", "Клиника купила рентгеновский аппарат {X}."),
    ("acc", "за тревожный {Y} год", "Клиника приняла пять тысяч пациентов {X}."),
    ("acc", "в отчёте за {Y} год", "Главврач поблагодарил каждого волонтёра {X}."),
    ("dat", "по отношению к {Y} году", "Число пациентов выросло вдвое {X}."),
    ("dat", "к знаменательному {Y} году", "Клиника открыла второй филиал {X}."),
    ("ins", "вместе с уходящим {Y} годом", "{X} закончилась история старой лечебницы."),
    ("ins", "с наступающим {Y} годом", "Главврач поздравил санитарок {X}."),
    ("nom", "Минул {Y} год", "{X}, а пёс всё ждал хозяина у ворот."),
    ("nom", "злополучный {Y} год", "{X} выдался для клиники трудным."),
])

# Round 15's units, each listed twice: the alternating split gives both parts every unit.
UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]

# Every kind in an even and an odd place (dev and held-out part alike).
MEASURE_FRAMES = fresh_frames([
    ("gen", "Приют расходует до {X} корма в сутки.", {"mass"}),
    ("gen", "Операция длилась свыше {X}.", {"time"}),
    ("gen", "Лечение кота обошлось хозяйке в сумму около {X}.", {"money"}),
    ("gen", "Вольеры приюта занимают площадь более {X}.", {"area"}),
    ("dat", "Расстояние до приюта равно примерно {X}.", {"length"}),
    ("dat", "Стоимость стерилизации близка к {X}.", {"money"}),
    ("dat", "Суточный расход воды в приюте равен {X}.", {"volume"}),
    ("ins", "Приют обеспечили {X} корма.", {"mass"}),
    ("ins", "Клиника располагает {X} земли под выгул.", {"area"}),
    ("pre", "Спор с поставщиком шёл о {X} наценки.", {"percent"}),
    ("pre", "Приют находится в {X} езды от клиники.", {"time"}),
    ("pre", "Пса нашли в {X} от приюта.", {"length"}),
    ("acc", "Стерилизатор потребляет {X}.", {"power"}),
    ("nom", "Мощность обогревателя в вольере — {X}.", {"power"}),
    ("acc", "Тариф на стерилизацию повысили на {X}.", {"percent"}),
    ("nom", "Суточная норма воды для лошади — {X}.", {"volume"}),
    ("ins", "Спонсор помог приюту {X}.", {"money"}),
    ("acc", "Операция продолжалась {X}.", {"time"}),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, UNITS, MEASURE_FRAMES)


def real_dates(gen):
    """Round 9's dates without the days a month lacks ("31 апреля", "29 февраля 1900 года"),
    which no writer dates a letter with; drawn again."""
    def real(rng, part):
        while True:
            w, s = gen(rng, part)
            m = re.search(r"(\d+) (%s)(?: (\d+) года)?" % "|".join(RU_MONTHS), w)
            if m is None:
                return w, s
            year = int(m.group(3) or 2000)
            try:
                datetime.date(year, RU_MONTHS.index(m.group(2)) + 1, int(m.group(1)))
                return w, s
            except ValueError:
                continue
    return real


RU["date"] = real_dates(RU["date"])


def main():
    unseen.round_main("r94", RU, per_class=60, seed=673)


if __name__ == "__main__":
    main()
