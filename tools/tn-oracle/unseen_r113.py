"""Hundred-and-thirteenth round (issue 33): every Russian class again, written after round 111 as
rounds 9-38, 78, 87, 90, 91, 94, 97, 99, 101, 103, 107, 109 and 111 were, by a writer who had not
read the rules, only to measure them: a cotton mill on a river, its spinning, winding, warping and
dyeing shops (the fifth spinning shop, the second dye house, as its staff number them) and its
riverside warehouses and landing stages, the machines and tools its shops order, mend and lack
and its museum keeps, its spinners, weavers, winders and dyers, vocabulary no set used and the
dictionary has (checked by lemma against round 111's chain, every committed set's inputs up to
round 109 and round 111's own, dropped without printing which; rounds 110 and 112, written at the
same time, are left out, so that this round's rows do not depend on when their files appear;
words pymorphy3 does not know are left out), frames no set had (round 111's and its chain's among
them), governing words chosen as a writer would use them (not looked up in the rules' lists):
verbs of each case, some after an object or a dative noun, simple and compound prepositions,
nouns (nominalizations among them), comparatives, adjectives and participles that govern a case,
subjects and predicates after a dash, fronted phrases of place; every unit in both parts (round
15's list twice over, as rounds 94, 97, 99, 101, 103, 107, 109 and 111 gave it, and a frame of
every unit kind in each part); every case of the dates and of the years in both parts; dates only
on days their month has, and years only from 1880 to 2025 (a mill's past, from its first steam
looms on, told of in the past tense; a row drawn again for its year makes years rarer than
dates, so the seed is 809, the first from 809 on whose parts both have a year of every case,
chosen before the normalizer read a row). Labels as in round 111: round 9's, with "во" before
"втор-", no adjective on a feminine noun after 2-4 in the nominative or accusative, and a share's
percent (or a discount's) no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r113.py [--per-class 60] [--seed 809]

writes crates/text-normalizer/tests/data/tn-unseen/r113-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import re

import unseen
import unseen_r101
import unseen_r111
import unseen_r15
import unseen_r2
import unseen_r9
from unseen_r111 import round_words
from unseen_r2 import _lemmas, _words
from unseen_r94 import real_dates
from unseen_r97 import counted, covered, shares, vo

OLD_RU_VOCAB = unseen_r111.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r111.VOCAB, unseen_r111.ORD, unseen_r111.ORD_PL])) | _lemmas(
    unseen.committed_words("r110") | round_words("r111"))
OLD_FRAMES = unseen_r101.old_frames(unseen_r111)
OLD_ORD_FRAMES = unseen_r111.OLD_ORD_FRAMES | {f[2] for f in unseen_r111.ORD_FRAMES}

fresh, fresh_frames = unseen_r101.checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A cotton mill: the machines and hand tools of its shops and of its museum, and the spinners,
# weavers, winders and dyers on its staff.
VOCAB = {
    "inan": fresh(["веретено", "челнок", "шпуля", "прялка", "мотовило", "каландр", "бёрдо",
                   "навой", "кросно", "ремиз", "моталка", "сновалка", "самопрялка",
                   "шпиндель"]),
    "anim": fresh(["прядильщица", "мотальщица", "красильщик", "сновальщица", "ткач",
                   "вязальщица", "закройщица", "браковщица", "наладчик", "учётчица",
                   "отбельщик", "чесальщица", "ученица", "пряха", "кружевница", "сучильщица",
                   "смазчик", "мотальщик", "прядильщик", "красильщица", "гладильщица",
                   "приёмщица", "колорист", "ватерщица", "ровничница", "стахановка",
                   "ударница", "текстильщица", "текстильщик", "сушильщик"]),
    "adj": fresh(["бельгийский", "швейцарский", "английский", "саксонский"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones). No animate noun in the accusative (its reading after 2-4,
# "двух мотальщиц", is not round 9's).
AGREE_FRAMES = fresh_frames([
    ("gen", "Директор комбината добился от министерства ордеров на квартиры для {X}.", True),
    ("gen", "Выпуск бязи на неделю остановился после выхода из строя {X}.", False),
    ("gen", "Смена не выполнила план из-за нехватки {X}.", True),
    ("gen", "Новая шлихтовальная машина обошлась комбинату дешевле {X}.", False),
    ("gen", "На собрании выслушали жалобы {X} на сквозняки в цехе.", True),
    ("gen", "Кроме {X}, в музее фабрики выставлены образцы ситца прошлого века.", False),
    ("gen", "Бригадир дождался {X} с обеда только к двум часам.", True),
    ("dat", "Директор комбината объявил благодарность {X}.", True),
    ("dat", "Экскурсантов подвели к {X} в старом корпусе.", False),
    ("dat", "Профком выдал новогодние подарки {X} из ткацкого цеха.", True),
    ("dat", "Реставраторы музея фабрики уделили особое внимание {X}.", False),
    ("dat", "Квартальная премия в этот раз досталась {X}.", True),
    ("dat", "Заказ на запчасти к {X} фабрика разместила в Иванове.", False),
    ("dat", "Старый мастер помогал {X} осваивать новые станки.", True),
    ("ins", "Музей фабрики пополнился {X} из частной коллекции.", False),
    ("ins", "Начальник прядильного цеха командует {X}.", True),
    ("ins", "Снабженцы так и не обзавелись {X} для нового цеха.", False),
    ("ins", "Комбинат славится на всю область {X}.", True),
    ("ins", "Рядом с {X} в экспозиции лежит старинная фабричная печать.", False),
    ("ins", "Бригада, укомплектованная {X}, вышла в ночную смену.", True),
    ("ins", "Старый мастер долго любовался {X}.", False),
    ("pre", "В заводской многотиражке написали о {X}.", True),
    ("pre", "Ткацкий цех по-прежнему нуждается в {X}.", False),
    ("pre", "При {X} в смене цех не успевает выполнить заказ.", True),
    ("pre", "Следы старой краски реставраторы нашли на {X}.", False),
    ("acc", "Фабрика заказала в Иванове {X}.", False),
    ("acc", "Музей фабрики выставил в отдельной витрине {X}.", False),
    ("acc", "Ремонтный цех за неделю отладил {X}.", False),
    ("acc", "Комбинат выменял у соседней фабрики на пряжу {X}.", False),
    ("acc", "Купец выписал из Англии через торговый дом {X}.", False),
    ("nom", "В ночную смену на прядильном участке работает {X}.", True),
    ("nom", "Гордость фабричного музея — {X}.", False),
    ("nom", "В делегацию комбината на выставку в Москву входит {X}.", True),
    ("nom", "В запасниках музея комбината пылится {X}.", False),
])

# The mill's shops and its riverside buildings, numbered as its staff number them ("пятая
# прядильня", "второй лабаз"): a spinning, dyeing, winding or warping shop, a warehouse or a
# landing stage.
ORD = {
    "f": fresh(["прядильня", "красильня", "мотальня", "сновальня"]),
    "m": fresh(["лабаз", "дебаркадер"]),
}
ORD_PL = fresh(["прядильня", "лабаз", "красильня", "дебаркадер", "мотальня", "сновальня"])

ORD_FRAMES = [f for f in [
    ("gen", "у", "Грузовики с хлопком разгружали прямо {X}.", False),
    ("gen", "от", "Пожарный рукав протянули {X} до самой реки.", False),
    ("dat", "к", "Новую узкоколейку проложили {X}.", False),
    ("dat", "по", "Главный инженер издал отдельный приказ {X}.", False),
    ("ins", "за", "Угольный склад устроили прямо {X}.", False),
    ("ins", "перед", "Митинг в честь юбилея комбината провели {X}.", False),
    ("pre", "о", "Заводская многотиражка напечатала очерк {X}.", False),
    ("pre", "при", "Фабричную библиотеку открыли {X}.", False),
    ("acc", "за", "Главный механик комбината отвечает {X}.", False),
    ("acc", "через", "Дорога от проходной к причалу шла {X}.", False),
    ("nom", "", "На реконструкцию летом закрывается {X}.", False),
    ("nom", "", "Ближе всех к реке стоит {X}.", False),
    ("gen", "напротив", "Фабричный клуб построили {X}.", False),
    ("gen", "у", "Пикеты забастовщиков стояли {X} обеих фабрик.", True),
    ("pre", "о", "Инспектор составил акты {X} обеих фабрик.", True),
    ("dat", "по", "Главк разослал циркуляры {X} обеих фабрик.", True),
    ("ins", "над", "К празднику подняли флаги {X} обеих фабрик.", True),
    ("pre", "в", "Пожарные нашли нарушения {X} обеих фабрик.", True),
] if f[2] not in OLD_ORD_FRAMES]

# Each case in an even and an odd place (dev and held-out part alike).
DATE_FRAMES = fresh_frames([
    ("gen", "Комбинат выдал первую продукцию {X}.", None),
    ("gen", "Ещё до {X} склады комбината были забиты хлопком.", None),
    ("dat", "К {X} фабрика обязалась сдать крупную партию ситца.", None),
    ("dat", "Ремонт котельной приурочили к {X}.", None),
    ("acc", "Пуск новой прядильни назначили на {X}.", None),
    ("acc", "Собрание пайщиков мануфактуры отложили на {X}.", None),
    ("gen", "Отпуска в красильном цехе отменили вплоть до {X}.", None),
    ("gen", "После {X} фабрика перешла на трёхсменную работу.", None),
    ("nom", "Дата пуска первой очереди комбината — {X}.", None),
    ("ins", "Первый номер фабричной многотиражки датирован {X}.", None),
    ("ins", "Последняя запись в журнале сменного мастера датирована {X}.", None),
    ("nom", "Последний рабочий день старой красильни — {X}.", None),
    ("gen", "С {X} ткацкий цех работал без выходных.", None),
    ("gen", "Незадолго до {X} фабрику посетила правительственная комиссия.", None),
    ("acc", "Выдачу зарплаты перенесли с пятницы на {X}.", None),
    ("dat", "Отчёт о выработке велели подготовить не позднее чем к {X}.", None),
])

# Each case in an even and an odd place.
YEAR_FRAMES = fresh_frames([
    ("gen", "в голодную зиму {Y} года", "Фабрика простаивала без хлопка {X}."),
    ("gen", "на исходе зимы {Y} года", "Красильный цех перешёл на анилиновые красители {X}."),
    ("pre", "в неурожайном на хлопок {Y} году",
     "Комбинат впервые закупил сырьё за границей {X}."),
    ("pre", "о забастовке в {Y} году", "Старейшая ткачиха комбината рассказала журналистам {X}."),
    ("acc", "за рекордный {Y} год", "Фабрика выткала больше ста миллионов метров ситца {X}."),
    ("acc", "в производственную программу на {Y} год", "Выпуск жаккардовых скатертей министерство включило {X}."),
    ("dat", "к памятному для фабрики {Y} году",
     "Ткацкий цех полностью перевели на автоматические станки {X}."),
    ("dat", "к урожайному на хлопок {Y} году",
     "Поставки среднеазиатского хлопка на фабрику наладились только {X}."),
    ("ins", "по сравнению с кризисным {Y} годом",
     "Выработка ткани на одного рабочего выросла втрое {X}."),
    ("ins", "помечен {Y} годом", "Самый старый образец ситца в музее фабрики {X}."),
    ("gen", "после страшного пожара {Y} года", "Прядильный корпус отстроили заново в камне {X}."),
    ("gen", "до большой реконструкции {Y} года",
     "Ткачихи работали на старых английских станках {X}."),
    ("pre", "в переломном для комбината {Y} году",
     "Фабрика впервые отправила ситец на экспорт {X}."),
    ("acc", "с основания фабрики по {Y} год",
     "{X} включительно её возглавляли три поколения одной купеческой семьи."),
    ("nom", "Близился к концу {Y} год", "{X}, когда на фабрике пустили первую паровую машину."),
    ("nom", "Самым тяжёлым для фабрики выдался {Y} год",
     "{X}: красильня сгорела, а склады затопило половодьем."),
    ("gen", "в начале осени {Y} года", "Комбинат сдал в эксплуатацию новую прядильню {X}."),
])

# Round 15's units, each listed twice: the alternating split gives both parts every unit.
UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]
KINDS = {u[5] for u in UNITS}

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Банк выдал комбинату на закупку хлопка кредит в {X}.", {"money"}),
    ("gen", "Метр жаккардовой ткани в фирменном магазине фабрики стоит дешевле {X}.",
     {"money"}),
    ("acc", "Красильный цех расходует за смену {X} воды.", {"volume"}),
    ("gen", "На одну партию отбеливателя технологи берут не более {X} перекиси.", {"volume"}),
    ("acc", "Прядильщицы за смену перерабатывают {X} хлопка.", {"mass"}),
    ("ins", "Фабрика ограничилась {X} шерсти на пробную партию.", {"mass"}),
    ("gen", "Ширина полотна на новых станках достигает {X}.", {"length"}),
    ("acc", "Ширину выпускаемой бязи увеличили на {X}.", {"length"}),
    ("acc", "Обеденный перерыв в ткацком цехе сократили на {X}.", {"time"}),
    ("gen", "Перезаправка нового станка занимает не больше {X}.", {"time"}),
    ("pre", "Фабричный посёлок стоит на {X} бывшей помещичьей земли.", {"area"}),
    ("acc", "Под новый склад хлопка комбинат выкупил {X} заливного луга.", {"area"}),
    ("nom", "Доля брака в ткацком цехе — {X}.", {"percent"}),
    ("acc", "Выработку ситца за квартал подняли на {X}.", {"percent"}),
    ("acc", "Каждый ткацкий станок потребляет {X}.", {"power"}),
    ("gen", "Старая паровая машина фабрики развивала мощность около {X}.", {"power"}),
    ("dat", "Долг мануфактуры перед поставщиками хлопка равнялся {X}.", {"money"}),
    ("pre", "Экономисты комбината говорили о {X} убытка за квартал.", {"money"}),
    ("pre", "Причал фабрики стоит в {X} от проходной.", {"length"}),
    ("dat", "Длина сушильного конвейера в отделочном цехе соответствует {X}.", {"length"}),
    ("gen", "Каждая кипа хлопка весит свыше {X}.", {"mass"}),
    ("nom", "Продолжительность ночной смены на фабрике — {X}.", {"time"}),
    ("ins", "Касса взаимопомощи ткачих располагает {X}.", {"money"}),
    ("pre", "В {X} случаев брак связан с обрывом нити.", {"percent"}),
    ("nom", "Ёмкость красильного чана — {X}.", {"volume"}),
    ("acc", "Заседание фабкома длилось {X}.", {"time"}),
    ("gen", "Под жилые бараки ушло около {X} фабричной земли.", {"area"}),
    ("dat", "Площадь нового хлопкового склада равна {X}.", {"area"}),
    ("gen", "Доля вискозы в новой ткани достигла {X}.", {"percent"}),
    ("dat", "Скидка для работниц в фирменном магазине фабрики равна {X}.", {"percent"}),
    ("ins", "Мощность электропривода каландра ограничена {X}.", {"power"}),
    ("nom", "Мощность нового компрессора в ткацком цехе — {X}.", {"power"}),
    ("acc", "Ткачихи прождали наладчика {X}.", {"time"}),
    ("ins", "Бак для промывки пряжи заполнен {X} воды.", {"volume"}),
])


# Frames whose percent is a share of a whole (or a discount, which takes no more than the
# whole): no more than a hundred.
SHARES = ["Доля брака в ткацком цехе — {X}.",
          "В {X} случаев брак связан с обрывом нити.",
          "Доля вискозы в новой ткани достигла {X}.",
          "Скидка для работниц в фирменном магазине фабрики равна {X}."]


def mill_years(gen):
    """The date generator with a row drawn again while its year is before 1880 or after 2025:
    a mill's shops, strikes and fires are of the age of its steam looms and after, and told of
    as past."""
    def real(rng, part):
        while True:
            w, s = gen(rng, part)
            if all(1880 <= int(y) <= 2025 for y in re.findall(r"\b\d{4}\b", w)):
                return w, s
    return real


RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, UNITS, covered(MEASURE_FRAMES, KINDS))
RU["agreement"] = unseen_r2.agreement(VOCAB, AGREE_FRAMES, counted)
RU["date"] = mill_years(real_dates(RU["date"]))
RU["ordinal"] = vo(RU["ordinal"])
RU["money_measure"] = shares(RU["money_measure"], SHARES)


def main():
    unseen.round_main("r113", RU, per_class=60, seed=809)


if __name__ == "__main__":
    main()
