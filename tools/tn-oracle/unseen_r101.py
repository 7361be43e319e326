"""Hundred-and-first round (issue 33): every Russian class again, written after round 99 as
rounds 9-38, 78, 87, 90, 91, 94, 97 and 99 were, by a writer who had not read the rules, only
to measure them: a railway depot, its repair shops, its stores and the trains on its tracks,
vocabulary no set used and the dictionary has (checked by lemma against round 99's chain and
every committed set's inputs, dropped without printing which; words pymorphy3 does not know
are left out), frames no set had (round 99's and its chain's among them), governing words
chosen as a writer would use them (not looked up in the rules' lists): verbs of each case,
some after an object or a dative noun, simple and compound prepositions, nouns
(nominalizations among them), comparatives and participles that govern a case, subjects and
predicates after a dash; every unit in both parts (round 15's list twice over, as rounds 94,
97 and 99 gave it, and a frame of every unit kind in each part); dates only on days their
month has, and years only from 1870 to 2025 (a depot's past, told of in the past tense).
Labels as in round 99: round 9's, with "во" before "втор-", no adjective on a feminine noun
after 2-4 in the nominative or accusative, and a share's percent no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r101.py [--per-class 60] [--seed 733]

writes crates/text-normalizer/tests/data/tn-unseen/r101-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import re
import sys

import unseen
import unseen_r15
import unseen_r2
import unseen_r99
import unseen_r9
from unseen_r2 import _lemmas, _words
from unseen_r94 import real_dates
from unseen_r97 import counted, covered, shares, vo

def old_frames(prev):
    """The frames no round after `prev` (an every-class round written as this one was) may use:
    `prev`'s own OLD_FRAMES and every frame of its lists (a year's by its phrase and its
    sentence, an ordinal's by its sentence)."""
    return prev.OLD_FRAMES | {
        f[1] for f in prev.AGREE_FRAMES + prev.DATE_FRAMES + prev.YEAR_FRAMES
        + prev.MEASURE_FRAMES} | {f[2] for f in prev.ORD_FRAMES + prev.YEAR_FRAMES}


def chain(prev, tag: str):
    """The OLD_RU_VOCAB, OLD_FRAMES and OLD_ORD_FRAMES of a round written after `prev` as this
    one was after round 99: `prev`'s with its own words (by lemma) and frames added, and the
    words (by lemma) of every committed set older than round `tag`."""
    vocab = prev.OLD_RU_VOCAB | _lemmas(_words([prev.VOCAB, prev.ORD, prev.ORD_PL])) | _lemmas(
        unseen.committed_words(tag))
    return vocab, old_frames(prev), prev.OLD_ORD_FRAMES | {f[2] for f in prev.ORD_FRAMES}


def checkers(vocab, frames):
    """Round 9's `checkers` of the old `vocab` and `frames`, with `fresh` also leaving out the
    words pymorphy3 does not know."""
    _fresh, fresh_frames = unseen_r9.checkers(vocab, frames)

    def fresh(words):
        """The words no older set used (`_fresh`) that pymorphy3 knows; says how many it left
        out as unknown, not which."""
        unused = _fresh(words)
        keep = [w for w in unused if unseen.morph().parse(w)[0].is_known]
        print(f"  vocabulary: {len(unused) - len(keep)} unknown to the dictionary",
              file=sys.stderr)
        return keep
    return fresh, fresh_frames


OLD_RU_VOCAB, OLD_FRAMES, OLD_ORD_FRAMES = chain(unseen_r99, "r101")
fresh, fresh_frames = checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A railway depot: the parts its shops order and fit, the people who keep the trains running.
VOCAB = {
    "inan": fresh(["колодка", "рессора", "букса", "пантограф", "токоприёмник", "прожектор",
                   "свисток", "автосцепка", "буфер", "манометр", "аккумулятор", "радиатор",
                   "глушитель", "цилиндр", "поршень", "компрессор", "фара", "поручень",
                   "домкрат", "изолятор", "предохранитель", "трансформатор", "датчик",
                   "фильтр", "амортизатор", "тормоз", "рубильник", "светофор"]),
    "anim": fresh(["машинист", "сцепщик", "стрелочник", "обходчик", "путеец", "кондуктор",
                   "осмотрщик", "диспетчер", "ремонтник", "дефектоскопист", "проводник",
                   "кассир", "проводница", "стрелочница", "обходчица", "кассирша",
                   "контролёр", "тепловозник", "вагонник", "весовщица", "нарядчица",
                   "сторожиха", "мойщица"]),
    "adj": fresh(["изношенный", "исправный", "неисправный", "ржавый", "дефектный",
                  "некондиционный", "контрафактный"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones).
AGREE_FRAMES = fresh_frames([
    ("gen", "Ремонт тепловоза затянулся из-за отсутствия {X}.", False),
    ("gen", "Начальник депо добился квартальной премии для {X}.", True),
    ("gen", "Без {X} маневровый тепловоз на линию не выпустят.", False),
    ("gen", "Начальник депо терпеливо выслушал жалобы {X}.", True),
    ("gen", "Ревизия выявила недостачу {X} на складе депо.", False),
    ("dat", "Начальник депо вручил почётные грамоты {X}.", True),
    ("dat", "Профсоюз выхлопотал надбавку за ночные смены {X}.", True),
    ("dat", "Мастер цеха быстро подобрал замену {X}.", False),
    ("dat", "Комиссия предъявила претензии к {X}.", False),
    ("ins", "Опытный бригадир руководил {X}.", True),
    ("ins", "Начальник смены встретился с {X}.", True),
    ("ins", "Ремонтники пока обходятся {X}.", False),
    ("ins", "Депо укомплектовало восстановительный поезд {X}.", False),
    ("pre", "В приказе начальника депо идёт речь о {X}.", True),
    ("pre", "Дефектоскопист обнаружил микротрещины в {X}.", False),
    ("pre", "На утренней планёрке долго спорили о {X}.", False),
    ("pre", "Следы подтёков масла остались на {X}.", False),
    ("acc", "Депо получило с завода {X}.", False),
    ("acc", "Слесари за ночь перебрали {X}.", False),
    ("acc", "Бухгалтерия депо списала {X}.", False),
    ("acc", "Ревизоры насчитали в кладовой {X}.", False),
    ("nom", "В смене у мастера числится {X}.", True),
    ("nom", "По описи в кладовой депо значится {X}.", False),
    ("nom", "Итог ночного осмотра локомотивов — {X} под замену.", False),
])

# The cars of a train, numbered from the locomotive.
ORD = {
    "f": fresh(["цистерна", "теплушка", "секция", "вагонетка", "зерновозка"]),
    "m": fresh(["вагон", "полувагон", "хоппер", "рефрижератор", "думпкар", "транспортёр"]),
}
ORD_PL = fresh(["вагон", "полувагон", "хоппер", "рефрижератор", "думпкар", "транспортёр"])

ORD_FRAMES = [f for f in [
    ("gen", "возле", "Осмотрщик заметил на шпалах лужу масла {X}.", False),
    ("gen", "от", "Сцепщик отцепил маневровый тепловоз {X}.", False),
    ("dat", "к", "Маневровый тепловоз подогнали вплотную {X}.", False),
    ("dat", "по", "Осмотрщик постучал молотком {X}.", False),
    ("ins", "за", "Вагон с почтой прицепили {X}.", False),
    ("ins", "под", "Путеец нашёл чью-то сумку {X}.", False),
    ("pre", "в", "Пограничники нашли контрабанду {X}.", False),
    ("pre", "на", "Охрана обнаружила сорванную пломбу {X}.", False),
    ("pre", "о", "Диспетчер станции не получил никаких сведений {X}.", False),
    ("acc", "в", "Грузчики перекидали ящики {X}.", False),
    ("acc", "на", "Осмотрщик наклеил предупреждающий знак {X}.", False),
    ("nom", "", "На вагонных весах сейчас стоит {X}.", False),
    ("gen", "у", "Буксы заменили {X} обоих составов.", True),
    ("pre", "на", "Пломбы проверили {X} всех трёх составов.", True),
    ("dat", "к", "Бригада путейцев подошла {X} обоих составов.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Первый поезд прибыл на новую станцию {X}.", None),
    ("gen", "Утром {X} на сортировочной горке сошла с рельсов цистерна.", None),
    ("dat", "Музейный паровоз у вокзала отреставрировали к {X}.", None),
    ("gen", "Депо перешло на новый график работы после {X}.", None),
    ("acc", "Закрытие железнодорожного переезда продлили по {X} включительно.", None),
    ("gen", "Движение пригородных поездов по старой ветке прекращено с {X}.", None),
    ("dat", "Ремонт поворотного круга в депо обещали закончить к {X}.", None),
    ("acc", "Экскурсию в депо для школьников перенесли на {X}.", None),
    ("nom", "День открытых дверей в локомотивном депо — {X}.", None),
    ("ins", "Последняя запись в журнале машиниста датирована {X}.", None),
    ("ins", "Перед {X} в депо проверили все огнетушители.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "суровой зимой {Y} года", "Депо замело снегом по самые крыши {X}."),
    ("pre", "в послевоенном {Y} году", "Депо пришлось восстанавливать почти с нуля {X}."),
    ("acc", "за трудный для всей дороги {Y} год", "Депо не сорвало ни одного графика {X}."),
    ("gen", "начиная с весны {Y} года",
     "Поезда до областного центра ходят по новому расписанию {X}."),
    ("dat", "к кризисному {Y} году", "Парк локомотивов депо сократился вдвое {X}."),
    ("ins", "в промежутке между {Y} годом", "{X} и началом войны депо удвоило парк."),
    ("gen", "до реконструкции {Y} года", "Ветка к карьеру оставалась однопутной {X}."),
    ("pre", "о морозном {Y} годе", "Старые машинисты часто рассказывают {X}."),
    ("acc", "в ремонтную программу на {Y} год", "Замену крыши цеха включили {X}."),
    ("gen", "после крушения {Y} года", "На перегоне поставили новые светофоры {X}."),
    ("dat", "примерно к {Y} году",
     "Пассажирское движение по ветке окончательно затихло {X}."),
    ("ins", "датированный {Y} годом", "В музее депо хранится путевой лист, {X}."),
    ("gen", "под занавес {Y} года", "Депо вышло на первое место по безаварийной работе {X}."),
    ("pre", "в памятном для депо {Y} году", "Цех получил новый подъёмник {X}."),
    ("acc", "со дня открытия ветки по {Y} год",
     "{X} включительно по ней прошло сто тысяч поездов."),
    ("nom", "Был на исходе {Y} год", "{X}, когда депо получило новое имя."),
])

# Round 15's units, each listed twice: the alternating split gives both parts every unit.
UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]
KINDS = {u[5] for u in UNITS}

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Депо потратило на покупку нового козлового крана {X}.", {"money"}),
    ("gen", "Экономия электроэнергии принесла депо более {X}.", {"money"}),
    ("acc", "Маневровый тепловоз за смену сжигает {X} дизельного топлива.", {"volume"}),
    ("ins", "Пустую цистерну на путях депо наполнили {X} мазута.", {"volume"}),
    ("gen", "Сварщики депо израсходовали за месяц свыше {X} электродов.", {"mass"}),
    ("acc", "Весы на сортировочной горке зафиксировали недовес в {X}.", {"mass"}),
    ("acc", "После замены колодок тормозной путь состава сократился на {X}.", {"length"}),
    ("dat", "Длина тормозного пути грузового поезда равна {X}.", {"length"}),
    ("acc", "Товарный поезд простоял у закрытого семафора {X}.", {"time"}),
    ("gen", "Стоянка электрички на этой станции длится не дольше {X}.", {"time"}),
    ("acc", "Территория локомотивного депо занимает {X}.", {"area"}),
    ("gen", "Сортировочная станция раскинулась на площади более {X}.", {"area"}),
    ("acc", "Грузооборот станции за год снизился на {X}.", {"percent"}),
    ("nom", "Доля электровозов в парке депо — {X}.", {"percent"}),
    ("acc", "Мощность маневрового тепловоза после модернизации увеличили на {X}.",
     {"power"}),
    ("gen", "Для прогрева дизеля зимой требуется свыше {X}.", {"power"}),
    ("ins", "Железная дорога премировала лучших машинистов депо {X}.", {"money"}),
    ("dat", "Годовой фонд премий локомотивного депо приближается к {X}.", {"money"}),
])


# Frames whose percent is a share of a whole (or a fall, which takes no more than the whole):
# no more than a hundred.
SHARES = ["Доля электровозов в парке депо — {X}.", "Грузооборот станции за год снизился на {X}."]


def railway_years(gen, first: int = 1870, last: int = 2025):
    """The date generator with a row drawn again while its year is before `first` or after
    `last` (1870 and 2025 here: a depot's trains, crashes and timetables are of the railway age,
    and told of as past)."""
    def real(rng, part):
        while True:
            w, s = gen(rng, part)
            if all(first <= int(y) <= last for y in re.findall(r"\b\d{4}\b", w)):
                return w, s
    return real


def every_class(vocab, agree_frames, ord_nouns, ord_plural, ord_frames, date_frames,
                year_frames, measure_frames, share_frames, first_year: int = 1870,
                last_year: int = 2025):
    """The classes of an every-class round written as this one was, from its own tables: round
    9's, with agreement counted by round 97's `counted`, dates on real days with years from
    `first_year` to `last_year`, "во" before "втор-", measure frames covering every unit kind of
    UNITS, and a share's percent no more than a hundred."""
    ru = unseen_r9.every_class(vocab, agree_frames, ord_nouns, ord_plural, ord_frames,
                               date_frames, year_frames, UNITS, covered(measure_frames, KINDS))
    ru["agreement"] = unseen_r2.agreement(vocab, agree_frames, counted)
    ru["date"] = railway_years(real_dates(ru["date"]), first_year, last_year)
    ru["ordinal"] = vo(ru["ordinal"])
    ru["money_measure"] = shares(ru["money_measure"], share_frames)
    return ru


RU = every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES, YEAR_FRAMES,
                 MEASURE_FRAMES, SHARES)


def main():
    unseen.round_main("r101", RU, per_class=60, seed=733)


if __name__ == "__main__":
    main()
