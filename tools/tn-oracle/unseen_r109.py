"""Hundred-and-ninth round (issue 33): every Russian class again, written after round 107 as rounds
9-38, 78, 87, 90, 91, 94, 97, 99, 101, 103 and 107 were, by a writer who had not read the rules,
only to measure them: a district hospital, its departments (the first surgery, the second therapy,
as its staff number them) and the town's numbered hospitals, hospices, dispensaries and field
hospitals, the equipment its diagnostic rooms and wards are given, bought and lack, its doctors and
nurses, vocabulary no set used and the dictionary has (checked by lemma against round 107's chain
and every committed set's inputs up to round 107, dropped without printing which; round 108,
written at the same time, is left out so that this round's rows do not depend on when its files
appear; words pymorphy3 does not know are left out), frames no set had (round 107's and its chain's
among them), governing words chosen as a writer would use them (not looked up in the rules' lists):
verbs of each case, some after an object or a dative noun, simple and compound prepositions, nouns
(nominalizations among them), comparatives, adjectives and participles that govern a case, subjects
and predicates after a dash, fronted phrases of place; every unit in both parts (round 15's list
twice over, as rounds 94, 97, 99, 101, 103 and 107 gave it, and a frame of every unit kind in each
part); every case of the dates and of the years in both parts; dates only on days their month has,
and years only from 1870 to 2025 (a district hospital's past, from the first zemstvo hospitals on,
told of in the past tense; a row drawn again for its year makes years rarer than dates, so the seed
is 787, the first from 787 on whose parts both have a year of every case, chosen before the
normalizer read a row). Labels as in round 107: round 9's, with "во" before "втор-", no adjective
on a feminine noun after 2-4 in the nominative or accusative, and a share's percent (or a fall's)
no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r109.py [--per-class 60] [--seed 787]

writes crates/text-normalizer/tests/data/tn-unseen/r109-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r101
import unseen_r107

OLD_RU_VOCAB, OLD_FRAMES, OLD_ORD_FRAMES = unseen_r101.chain(unseen_r107, "r108")
fresh, fresh_frames = unseen_r101.checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A district hospital: the equipment of its diagnostic rooms, wards and laboratory, and the
# doctors and nurses on its staff.
VOCAB = {
    "inan": fresh(["дефибриллятор", "томограф", "электрокардиограф", "ингалятор", "глюкометр",
                   "облучатель", "аспиратор", "коагулятор", "дозатор", "эндоскоп",
                   "гастроскоп", "бронхоскоп", "ларингоскоп", "центрифуга", "анализатор",
                   "фонендоскоп", "стетоскоп", "спирометр", "офтальмоскоп", "отоскоп",
                   "морозильник", "концентратор", "капельница"]),
    "anim": fresh(["терапевт", "анестезиолог", "реаниматолог", "санитар", "акушерка",
                   "педиатр", "невролог", "кардиолог", "травматолог", "уролог", "окулист",
                   "рентгенолог", "ординатор", "интерн", "нейрохирург", "эндокринолог",
                   "онколог", "инфекционист", "эпидемиолог", "стоматолог", "ортопед",
                   "логопед", "физиотерапевт", "массажистка", "диетолог", "психиатр",
                   "стажёрка", "провизор"]),
    "adj": fresh(["старенький", "заграничный", "белорусский", "допотопный", "дефицитный"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones). No animate noun in the accusative (its reading after 2-4,
# "двух неврологов", is not round 9's).
AGREE_FRAMES = fresh_frames([
    ("gen", "Плановые операции в хирургии отложили из-за поломки {X}.", False),
    ("gen", "Облздрав выделил служебные квартиры для {X}.", True),
    ("gen", "Главврач затребовал объяснительные у {X}.", True),
    ("gen", "К зиме районной больнице недостаёт {X}.", False),
    ("gen", "Новый ангиограф обошёлся больнице дороже {X}.", False),
    ("gen", "Областной минздрав одобрил перевод {X} в новый корпус.", True),
    ("gen", "Помимо {X}, спонсоры передали больнице новую машину скорой помощи.", False),
    ("dat", "Главврач вручил почётные грамоты {X}.", True),
    ("dat", "Инструкции к {X} оказались только на корейском языке.", False),
    ("dat", "Профсоюз выбил надбавки за вредность {X}.", True),
    ("dat", "Медсёстры быстро привыкли к {X}.", False),
    ("dat", "Пациенты больше не стоят в очереди к {X}.", True),
    ("dat", "Своим спасением пациент обязан {X}.", True),
    ("dat", "Санэпидстанция выдала больнице предписание по {X}.", False),
    ("ins", "Областная больница располагает {X}.", False),
    ("ins", "Заведующая хирургией руководит {X}.", True),
    ("ins", "Детское отделение гордится {X}.", True),
    ("ins", "Спонсоры снабдили районную больницу {X}.", False),
    ("ins", "Кабинет функциональной диагностики оборудован {X}.", False),
    ("ins", "Нехватку кадров в районе восполнили {X} из соседней области.", True),
    ("pre", "Приёмное отделение по-прежнему испытывает нужду в {X}.", False),
    ("pre", "Вся работа поликлиники держится на {X}.", True),
    ("pre", "Областная газета рассказала о {X} районной больницы.", True),
    ("pre", "В {X} медтехники нашли поддельные детали.", False),
    ("pre", "Медсёстры учатся работать на {X}.", False),
    ("acc", "Благотворительный фонд передал больнице {X}.", False),
    ("acc", "Таможня больше полугода держала на складе {X}.", False),
    ("acc", "Медтехники за полгода отремонтировали своими силами {X}.", False),
    ("acc", "Деньги от благотворительного забега потратят на {X}.", False),
    ("nom", "В штате районной больницы числится {X}.", True),
    ("nom", "Главное приобретение больницы за год — {X}.", False),
    ("nom", "В подвале старого корпуса пылится {X}.", False),
    ("nom", "Весь медицинский штат сельской амбулатории — {X}.", True),
])

# The hospital's departments, numbered as its staff number them ("вторая хирургия"), and the
# city's numbered hospitals and dispensaries (all of them "в" places: в хирургии, в госпитале).
ORD = {
    "f": fresh(["хирургия", "терапия", "травматология", "кардиология", "неврология",
                "медсанчасть"]),
    "m": fresh(["госпиталь", "диспансер", "хоспис", "медсанбат", "лазарет"]),
}
ORD_PL = fresh(["госпиталь", "диспансер", "хоспис", "медсанбат", "лазарет"])

ORD_FRAMES = [f for f in [
    ("gen", "из", "Пациентку выписали {X} только через месяц.", False),
    ("gen", "возле", "Машина скорой помощи застряла в сугробе {X}.", False),
    ("gen", "для", "Благотворительный фонд закупил функциональные кровати {X}.", False),
    ("dat", "к", "Водитель скорой подъехал {X} за считаные минуты.", False),
    ("dat", "по", "Главврач подписал приказ {X}.", False),
    ("ins", "за", "Старший врач дежурной смены закреплён {X}.", False),
    ("ins", "рядом с", "Вертолётную площадку санавиации построили {X}.", False),
    ("pre", "в", "Вспышку кишечной инфекции зафиксировали {X}.", False),
    ("pre", "при", "Аптечный киоск открыли прямо {X}.", False),
    ("acc", "в", "Пациента перевели {X} глубокой ночью.", False),
    ("acc", "за", "Старшая медсестра отвечает {X}.", False),
    ("nom", "", "Больше всего жалоб от пациентов собирает {X}.", False),
    ("nom", "", "Дольше всех в городе ждёт капитального ремонта {X}.", False),
    ("gen", "из", "Тяжелобольных эвакуировали {X} обоих городов.", True),
    ("pre", "в", "Карантин по гриппу объявили {X} обоих городов.", True),
    ("dat", "по", "Проверяющие из облздрава прошлись {X} обоих городов.", True),
] if f[2] not in OLD_ORD_FRAMES]

# Each case in an even and an odd place (dev and held-out part alike).
DATE_FRAMES = fresh_frames([
    ("gen", "Первую операцию в новом хирургическом корпусе провели {X}.", None),
    ("gen", "Поздно вечером {X} в приёмный покой доставили сразу шестерых пострадавших.",
     None),
    ("dat", "Ремонт приёмного отделения обещали закончить к {X}.", None),
    ("dat", "Открытие нового корпуса главврач приурочил к {X}.", None),
    ("acc", "Роженицу из дальней деревни доставили в роддом в ночь на {X}.", None),
    ("acc", "Плановую операцию пациенту перенесли на {X}.", None),
    ("gen", "Плановую госпитализацию приостановили начиная с {X}.", None),
    ("gen", "Карантин в инфекционном отделении действовал вплоть до {X}.", None),
    ("nom", "Последний день приёма больных в старом здании поликлиники — {X}.", None),
    ("ins", "Старейшая история болезни в больничном архиве датирована {X}.", None),
    ("ins", "Первое упоминание о больнице в архивных бумагах датируется {X}.", None),
    ("nom", "День рождения районной больницы — {X}.", None),
    ("gen", "Накануне {X} в больнице объявили карантин по гриппу.", None),
    ("gen", "После {X} посещения пациентов снова разрешили.", None),
    ("acc", "Дежурства хирургов расписали по {X} включительно.", None),
    ("gen", "С {X} больница перешла на новую систему оплаты труда.", None),
])

# Each case in an even and an odd place.
YEAR_FRAMES = fresh_frames([
    ("gen", "в разгар эпидемии тифа {Y} года", "Больница не справлялась с потоком больных {X}."),
    ("gen", "с промозглой осени {Y} года",
     "Больница берёт воду из собственной артезианской скважины {X}."),
    ("pre", "в тяжёлом для районной медицины {Y} году",
     "Больница лишилась половины врачей {X}."),
    ("pre", "о наводнении в {Y} году", "Заведующая больничным архивом написала очерк {X}."),
    ("acc", "за неспокойный {Y} год",
     "Хирурги районной больницы провели две тысячи операций {X}."),
    ("acc", "в смету на {Y} год", "Замену больничных лифтов включили {X}."),
    ("dat", "только ближе к {Y} году", "Больница обзавелась собственной аптекой {X}."),
    ("dat", "приблизительно к {Y} году",
     "Деревянные бараки больницы сменил каменный корпус {X}."),
    ("ins", "в сравнении с относительно спокойным {Y} годом",
     "Число вызовов скорой помощи удвоилось {X}."),
    ("ins", "датирован {Y} годом", "Первый устав районной больницы {X}."),
    ("gen", "после весеннего половодья {Y} года",
     "Больничные корпуса перенесли на высокий берег реки {X}."),
    ("gen", "вплоть до осени {Y} года", "Родильное отделение ютилось в деревянном флигеле {X}."),
    ("pre", "в юбилейном для больницы {Y} году",
     "Детское отделение переехало в новый корпус {X}."),
    ("acc", "с основания больницы по {Y} год",
     "{X} включительно в ней родилось больше ста тысяч детей."),
    ("nom", "Заканчивался {Y} год",
     "{X}, когда в городке открыли первую больницу на двадцать коек."),
    ("nom", "Переломным для больницы оказался {Y} год",
     "{X}: тогда в ней впервые появился штатный хирург."),
    ("gen", "в середине зимы {Y} года", "Больницу на месяц закрыли на карантин {X}."),
])

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Облздрав выделил больнице на ремонт кровли {X}.", {"money"}),
    ("gen", "Зарплата санитарки в районной больнице не дотягивает до {X}.", {"money"}),
    ("acc", "Донорский пункт за день заготовил {X} крови.", {"volume"}),
    ("gen", "Пациенту с обезвоживанием ввели внутривенно около {X} физраствора.", {"volume"}),
    ("acc", "Пищеблок больницы ежедневно расходует {X} картофеля.", {"mass"}),
    ("ins", "Больничная прачечная ежедневно справляется с {X} белья.", {"mass"}),
    ("gen", "Машине скорой помощи до дальних деревень района приходится ехать больше {X}.",
     {"length"}),
    ("acc", "Пандус у входа в поликлинику удлинили на {X}.", {"length"}),
    ("acc", "Пациенты прождали в очереди к неврологу {X}.", {"time"}),
    ("gen", "Операция по удалению аппендицита длится не дольше {X}.", {"time"}),
    ("pre", "Новый хирургический корпус разместится на {X} бывшего больничного сада.",
     {"area"}),
    ("acc", "Под строительство перинатального центра городу пришлось отдать {X} пустыря.",
     {"area"}),
    ("nom", "Износ медицинского оборудования в районной больнице — {X}.", {"percent"}),
    ("acc", "Смертность от инсультов в районе за год снизилась на {X}.", {"percent"}),
    ("acc", "Областные энергетики выделили новому корпусу больницы {X}.", {"power"}),
    ("gen", "Для запуска нового ангиографа больнице не хватало {X}.", {"power"}),
    ("dat", "Стоимость суток в реанимации для платного пациента приближается к {X}.",
     {"money"}),
    ("ins", "Премиальный фонд хирургов за квартал исчисляется {X}.", {"money"}),
    ("gen", "Заполняемость коек в терапевтическом отделении достигает {X}.", {"percent"}),
    ("pre", "Стороны судебного спора сошлись на {X} компенсации морального вреда.",
     {"money"}),
    ("ins", "Суточная норма питания пациента ограничивается {X} хлеба.", {"mass"}),
    ("dat", "Длина нового перехода между больничными корпусами равна {X}.", {"length"}),
    ("pre", "Вертолёт санавиации садится на площадку в {X} от приёмного покоя.", {"length"}),
    ("nom", "Среднее время ожидания скорой в райцентре — {X}.", {"time"}),
])


# Frames whose percent is a share of a whole (or a fall, which takes no more than the whole):
# no more than a hundred.
SHARES = ["Износ медицинского оборудования в районной больнице — {X}.",
          "Смертность от инсультов в районе за год снизилась на {X}.",
          "Заполняемость коек в терапевтическом отделении достигает {X}."]


# Round 101's classes; a date's row is drawn again while its year is before 1870 or after 2025:
# a district hospital's openings, epidemics and floods are of the age of the zemstvo hospitals
# and after, and told of as past.
RU = unseen_r101.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                             YEAR_FRAMES, MEASURE_FRAMES, SHARES, first_year=1870)


def main():
    unseen.round_main("r109", RU, per_class=60, seed=787)


if __name__ == "__main__":
    main()
