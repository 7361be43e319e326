"""Hundred-and-seventh round (issue 33): every Russian class again, written after rounds 103 and
105 as rounds 9-38, 78, 87, 90, 91, 94, 97, 99, 101 and 103 were, by a writer who had not read
the rules, only to measure them: a coal mine, its lamp room and stores (the gear its miners take
underground), its rescue team, its workings (the faces, drifts and crosscuts, numbered on the
mine's plan), vocabulary no set used and the dictionary has (checked by lemma against round
103's chain and every committed set's inputs up to round 105, dropped without printing which;
round 106, written at the same time, is left out so that this round's rows do not depend on
when its files appear; words pymorphy3 does not know are left out), frames no set had (round
103's and its chain's, and round 105's, among them), governing words chosen as a writer would
use them (not looked up in the rules' lists): verbs of each case, some after an object or a
dative noun, simple and compound prepositions, nouns (nominalizations among them),
comparatives, adjectives and participles that govern a case, subjects and predicates after a
dash, fronted phrases of place; every unit in both parts (round 15's list twice over, as rounds
94, 97, 99, 101 and 103 gave it, and a frame of every unit kind in each part); every case of
the dates and of the years in both parts; dates only on days their month has, and years only
from 1880 to 2025 (a mine's past, from its first shaft on, told of in the past tense; a row
drawn again for its year makes years rarer than dates, so the seed is 770, the first after 769
whose parts both have a year of every case, chosen before the normalizer read a row). Labels as
in round 103: round 9's, with "во" before "втор-", no adjective on a feminine noun after 2-4 in
the nominative or accusative, and a share's percent (or a fall's) no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r107.py [--per-class 60] [--seed 770]

writes crates/text-normalizer/tests/data/tn-unseen/r107-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r101
import unseen_r103
import unseen_r105

OLD_RU_VOCAB, OLD_FRAMES, OLD_ORD_FRAMES = unseen_r101.chain(unseen_r103, "r106")
OLD_FRAMES |= {f[1] for frames in unseen_r105.CLASSES.values() for f in frames}
fresh, fresh_frames = unseen_r101.checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A coal mine: the gear and tools its lamp room and stores issue, the people who go underground
# (and the few who stay on top).
VOCAB = {
    "inan": fresh(["респиратор", "противогаз", "газоанализатор", "перфоратор", "кайло",
                   "кирка", "лопата", "бур", "штанга", "анкер", "светильник", "лебёдка",
                   "насос", "вентилятор", "скребок", "кувалда", "пила", "фляжка", "резец",
                   "коронка", "пускатель", "электродвигатель", "рештак", "отбойник", "ломик",
                   "самоспасатель", "метанометр"]),
    "anim": fresh(["горняк", "проходчик", "забойщик", "крепильщик", "взрывник",
                   "горноспасатель", "маркшейдер", "ламповщица", "бурильщик", "откатчик",
                   "коногон", "газомерщик", "десятник", "штейгер", "электрослесарь",
                   "горнорабочий", "геолог", "геодезист", "табельщица", "банщица",
                   "дозиметрист", "навалоотбойщик", "рукоятчица"]),
    "adj": fresh(["новёхонький", "самодельный", "бесхозный", "неучтённый", "шахтный"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones). No animate noun in the accusative (its reading after 2-4,
# "двух проходчиков", is not round 9's).
AGREE_FRAMES = fresh_frames([
    ("gen", "Бригада простояла полсмены из-за нехватки {X}.", False),
    ("gen", "Профсоюз добился досрочной пенсии для {X}.", True),
    ("gen", "Директор шахты потребовал письменных объяснений от {X}.", True),
    ("gen", "К началу смены в кладовой участка не хватило {X}.", False),
    ("gen", "Новый проходческий комбайн заменяет больше {X}.", True),
    ("gen", "Вместо {X} снабженцы привезли на шахту списанное старьё.", False),
    ("dat", "Шахтоуправление выдало новые спецовки {X}.", True),
    ("dat", "Горный инспектор запретил спуск в шахту {X}.", True),
    ("dat", "Кладовщица прикрепила инвентарные бирки к {X}.", False),
    ("dat", "Начальник участка выразил благодарность {X}.", True),
    ("dat", "Благодаря {X} бригада выполнила месячный план досрочно.", False),
    ("ins", "Молодой горный мастер командует {X}.", True),
    ("ins", "Склад шахтоуправления заставлен {X}.", False),
    ("ins", "Главный инженер спустился в забой вместе с {X}.", True),
    ("ins", "Проходческую бригаду усилили {X}.", True),
    ("ins", "Наряду с {X} на шахту завезли новые рельсы.", False),
    ("pre", "Комиссия выявила неисправности в {X}.", False),
    ("pre", "Многотиражка шахты рассказала о {X}.", True),
    ("pre", "Участок остро нуждается в {X}.", True),
    ("pre", "Горный мастер нашёл следы ржавчины на {X}.", False),
    ("acc", "Шахта закупила у китайского завода {X}.", False),
    ("acc", "Горноспасатели вынесли из-под завала {X}.", False),
    ("acc", "Начальник смены отправил в ремонтную мастерскую {X}.", False),
    ("acc", "Снабженцы завезли на склад участка {X}.", False),
    ("nom", "Под землёй сейчас находится {X}.", True),
    ("nom", "По акту списания проходит {X}.", False),
    ("nom", "Вся ночная смена участка — {X}.", True),
    ("nom", "В мастерской ждёт ремонта {X}.", False),
])

# The mine's workings, numbered on its plan (all of them "в" places: в лаве, в штреке).
ORD = {
    "f": fresh(["лава", "штольня", "выработка", "сбойка", "заходка", "рассечка"]),
    "m": fresh(["штрек", "забой", "квершлаг", "бремсберг", "орт"]),
}
ORD_PL = fresh(["штрек", "забой", "квершлаг", "бремсберг", "орт"])

ORD_FRAMES = [f for f in [
    ("gen", "возле", "Горный мастер оставил ящик с инструментом {X}.", False),
    ("gen", "из", "Горноспасатели вывели всех людей {X}.", False),
    ("dat", "к", "Бригада проходчиков пробилась {X}.", False),
    ("dat", "по", "Горный инспектор прошёл с газоанализатором {X}.", False),
    ("ins", "за", "Обрушение кровли произошло сразу {X}.", False),
    ("ins", "перед", "Проходчики остановились {X}.", False),
    ("ins", "рядом с", "Геологи нашли пласт антрацита {X}.", False),
    ("pre", "в", "Датчики зафиксировали скопление метана {X}.", False),
    ("pre", "о", "В сменном рапорте ни слова {X}.", False),
    ("acc", "в", "Начальник участка перевёл бригаду {X}.", False),
    ("acc", "через", "Горноспасатели добирались до места аварии {X}.", False),
    ("nom", "", "По плану в этом месяце закрывается {X}.", False),
    ("gen", "из", "Людей срочно вывели {X} обоих участков.", True),
    ("pre", "в", "Датчики метана заменили {X} обоих крыльев шахты.", True),
    ("dat", "по", "Горный инспектор прошёл {X} обоих участков.", True),
] if f[2] not in OLD_ORD_FRAMES]

# Each case in an even and an odd place (dev and held-out part alike).
DATE_FRAMES = fresh_frames([
    ("gen", "Шахта выдала на-гора первый уголь {X}.", None),
    ("gen", "Утром {X} клеть с горняками застряла в стволе.", None),
    ("dat", "Горняки обязались выполнить годовой план к {X}.", None),
    ("dat", "Памятник погибшим горнякам установили у проходной к {X}.", None),
    ("acc", "Пожар на шахте вспыхнул в ночь на {X}.", None),
    ("acc", "Отпуска горнякам участка перенесли на {X}.", None),
    ("gen", "Добычу в аварийной лаве возобновили только после {X}.", None),
    ("gen", "Горноспасатели не прекращали поиски вплоть до {X}.", None),
    ("nom", "Самый чёрный день в истории шахты — {X}.", None),
    ("ins", "Самый старый наряд на спуск в архиве шахты датируется {X}.", None),
    ("ins", "Акт о приёмке новой лавы датирован {X}.", None),
    ("nom", "Дата первого спуска людей в новый ствол — {X}.", None),
    ("gen", "Шахта перешла на четырёхсменный график с {X}.", None),
])

# Each case in an even and an odd place.
YEAR_FRAMES = fresh_frames([
    ("gen", "в лютые морозы {Y} года", "Шахта работала без выходных {X}."),
    ("gen", "с ранней весны {Y} года", "Уголь с шахты отправляют по железной дороге {X}."),
    ("pre", "в злополучном для шахты {Y} году", "На шахте случились два взрыва метана {X}."),
    ("pre", "о страшном {Y} годе", "Ветераны шахты не любят рассказывать {X}."),
    ("acc", "за ударный для шахты {Y} год", "Горняки выдали на-гора миллион тонн угля {X}."),
    ("acc", "в план горных работ на {Y} год", "Проходку нового ствола включили {X}."),
    ("dat", "к юбилейному для шахты {Y} году", "Ветеранам шахты вручили памятные медали {X}."),
    ("dat", "лишь к {Y} году", "Шахта вышла на проектную мощность {X}."),
    ("ins", "по сравнению с провальным {Y} годом",
     "Добыча угля на шахте выросла втрое {X}."),
    ("ins", "датируется {Y} годом", "Самая старая шахтёрская лампа в музее посёлка {X}."),
    ("gen", "после аварии {Y} года", "На шахте установили новую систему вентиляции {X}."),
    ("gen", "до затопления {Y} года", "Нижний горизонт шахты считался самым богатым {X}."),
    ("pre", "в памятном для посёлка {Y} году",
     "Шахта добыла свою стомиллионную тонну угля {X}."),
    ("acc", "с момента открытия по {Y} год",
     "{X} включительно шахта выдала на-гора сто миллионов тонн угля."),
    ("nom", "Начинался {Y} год",
     "{X}, когда в забой шахты впервые спустили проходческий комбайн."),
    ("nom", "Памятным для шахты стал {Y} год",
     "{X}: тогда горняки впервые добыли миллион тонн угля."),
    ("gen", "на исходе лета {Y} года", "Шахту закрыли на консервацию {X}."),
])

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Шахта потратила на новый проходческий комбайн {X}.", {"money"}),
    ("gen", "Долг шахтоуправления перед горняками вырос до {X}.", {"money"}),
    ("acc", "Насосы водоотлива откачивают из нижнего горизонта {X} воды в сутки.",
     {"volume"}),
    ("gen", "За вредность горнякам полагается не меньше {X} молока в смену.", {"volume"}),
    ("acc", "Взрывники израсходовали за смену {X} аммонита.", {"mass"}),
    ("ins", "Вагонетка, гружённая {X} угля, сошла с рельсов в штреке.", {"mass"}),
    ("acc", "Земля над старыми выработками просела на {X}.", {"length"}),
    ("gen", "Погрешность маркшейдерской съёмки — не больше {X}.", {"length"}),
    ("acc", "Клеть с горняками простояла в стволе {X}.", {"time"}),
    ("gen", "Спуск клети на нижний горизонт занимает не больше {X}.", {"time"}),
    ("pre", "Уголь добывают на {X} шахтного поля.", {"area"}),
    ("gen", "Отвалы пустой породы заняли свыше {X} пашни.", {"area"}),
    ("nom", "Доля коксующегося угля в добыче шахты — {X}.", {"percent"}),
    ("acc", "Добыча угля на шахте за квартал упала на {X}.", {"percent"}),
    ("acc", "Главная вентиляторная установка шахты потребляет {X}.", {"power"}),
    ("dat", "Мощность подъёмной машины нового ствола равна {X}.", {"power"}),
    ("dat", "Суд присудил семье погибшего горняка компенсацию, равную {X}.", {"money"}),
    ("ins", "Шахтоуправление ограничилось {X} премии на всю бригаду.", {"money"}),
])


# Frames whose percent is a share of a whole (or a fall, which takes no more than the whole):
# no more than a hundred.
SHARES = ["Доля коксующегося угля в добыче шахты — {X}.",
          "Добыча угля на шахте за квартал упала на {X}."]


# Round 101's classes; a date's row is drawn again while its year is before 1880 or after 2025:
# a mine's shafts, fires and floods are of the age of deep coal mining, and told of as past.
RU = unseen_r101.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                             YEAR_FRAMES, MEASURE_FRAMES, SHARES, first_year=1880)


def main():
    unseen.round_main("r107", RU, per_class=60, seed=770)


if __name__ == "__main__":
    main()
