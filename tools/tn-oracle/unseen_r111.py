"""Hundred-and-eleventh round (issue 33): every Russian class again, written after round 109 as
rounds 9-38, 78, 87, 90, 91, 94, 97, 99, 101, 103, 107 and 109 were, by a writer who had not read
the rules, only to measure them: a regional philharmonic and its symphony orchestra, the
instruments its fund buys, mends, lends and takes on tour, its musicians and chorus, the numbered
works of its programmes (the fifth symphony, the twenty-third quartet, as concert notes number
them), its hall, tickets, season and tours, vocabulary no set used and the dictionary has
(checked by lemma against round 109's chain, every committed set's inputs up to round 107 and
round 109's own, dropped without printing which; rounds 108 and 110, written at the same time,
are left out, so that this round's rows do not depend on when their files appear; words
pymorphy3 does not know are left out), frames no set had (round 109's and its chain's among
them), governing words chosen as a writer would use them (not looked up in the rules' lists):
verbs of each case, some after an object or a dative noun, simple and compound prepositions,
nouns (nominalizations among them), comparatives, adjectives and participles that govern a case,
subjects and predicates after a dash, fronted phrases of place; every unit in both parts (round
15's list twice over, as rounds 94, 97, 99, 101, 103, 107 and 109 gave it, and a frame of every
unit kind in each part); every case of the dates and of the years in both parts; dates only on
days their month has, and years only from 1880 to 2025 (a philharmonic's past, from the concerts
of the musical society's provincial branches on, told of in the past tense; a row drawn again
for its year makes years rarer than dates, so the seed is 798, the first from 797 on whose parts
both have a year of every case, chosen before the normalizer read a row). Labels as in round
109: round 9's, with "во" before "втор-", no adjective on a feminine noun after 2-4 in the
nominative or accusative, and a share's percent (or a discount's) no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r111.py [--per-class 60] [--seed 798]

writes crates/text-normalizer/tests/data/tn-unseen/r111-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import re

import unseen
import unseen_r101
import unseen_r109
from unseen_r2 import _lemmas


def round_words(tag: str) -> set[str]:
    """Every Cyrillic word of the inputs of round `tag`'s committed Russian sets (as
    `unseen.committed_words` reads the older ones)."""
    words = set()
    for path in sorted(unseen.OUT.glob(f"{tag}-ru-*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            words |= {w.lower() for w in re.findall(r"[А-Яа-яЁё]+", line.split("\t")[1])}
    return words


# Round 101's chain after round 109, the words of the sets older than round 108 and round 109's
# own (by lemma) in it.
OLD_RU_VOCAB, OLD_FRAMES, OLD_ORD_FRAMES = unseen_r101.chain(unseen_r109, "r108")
OLD_RU_VOCAB |= _lemmas(round_words("r109"))
fresh, fresh_frames = unseen_r101.checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A regional philharmonic: the instruments of its orchestra's fund and of its folk ensemble, and
# the musicians and singers on its stage.
VOCAB = {
    "inan": fresh(["альт", "фагот", "гобой", "кларнет", "валторна", "тромбон", "литавра",
                   "флейта", "саксофон", "челеста", "клавесин", "ксилофон", "вибрафон",
                   "маримба", "фисгармония", "клавикорд", "балалайка", "домра"]),
    "anim": fresh(["альтист", "виолончелист", "флейтист", "гобоист", "кларнетист",
                   "фаготист", "трубач", "валторнист", "тромбонист", "арфистка", "пианист",
                   "хорист", "хористка", "солистка", "концертмейстер", "органист",
                   "литаврист", "вокалистка", "баянист", "домристка", "скрипачка",
                   "стипендиат", "лауреат", "аккомпаниатор"]),
    "adj": fresh(["концертный", "трофейный", "фабричный", "ученический", "чешский"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones). No animate noun in the accusative (its reading after 2-4,
# "двух альтистов", is not round 9's).
AGREE_FRAMES = fresh_frames([
    ("gen", "Инструментальному фонду филармонии до сих пор не хватает {X}.", False),
    ("gen", "Губернатор пообещал служебное жильё для {X} симфонического оркестра.", True),
    ("gen", "Гастроли по Поволжью пришлось перенести из-за болезни {X}.", True),
    ("gen", "Реставрация {X} обошлась филармонии в круглую сумму.", False),
    ("gen", "Без {X} оркестр не сможет исполнить партитуру Малера.", True),
    ("gen", "Ремонт старого органа обошёлся дороже {X}.", False),
    ("gen", "Конкурс молодых исполнителей собрал заявки от {X} со всей страны.", True),
    ("dat", "Губернатор вручил благодарственные письма {X}.", True),
    ("dat", "Мастера из Петербурга вернули прежнее звучание {X}.", False),
    ("dat", "Зрители долго аплодировали {X} стоя.", True),
    ("dat", "Настройщик посвятил весь выходной {X}.", False),
    ("dat", "Жюри конкурса присудило дипломы {X}.", True),
    ("dat", "Благодаря {X} из частной коллекции оркестр смог сыграть барочную программу.",
     False),
    ("ins", "Главный дирижёр остался доволен {X}.", True),
    ("ins", "Меценат пополнил инструментальный фонд филармонии {X}.", False),
    ("ins", "Областная филармония по праву гордится {X}.", True),
    ("ins", "Музыкальное училище поделилось с оркестром {X}.", False),
    ("ins", "Хормейстер по утрам занимается с {X}.", True),
    ("ins", "Таможенники заинтересовались {X} из багажа оркестра.", False),
    ("ins", "Вслед за {X} на сцену вышел дирижёр.", True),
    ("pre", "Молодёжный оркестр филармонии давно мечтает о {X}.", False),
    ("pre", "Рецензент подробно остановился на {X}.", True),
    ("pre", "Мастер обнаружил трещины на {X}.", False),
    ("pre", "Местное радио подготовило передачу о {X} из оркестра.", True),
    ("pre", "На {X} из фонда филармонии давно никто не играл.", False),
    ("acc", "Филармония получила от спонсоров {X}.", False),
    ("acc", "Музыканты привезли с гастролей по Германии {X}.", False),
    ("acc", "Оркестр взял напрокат у консерватории {X}.", False),
    ("acc", "Министерство культуры выделило деньги на {X}.", False),
    ("acc", "Грузчики осторожно занесли в фойе {X}.", False),
    ("nom", "В составе оркестра сейчас играет {X}.", True),
    ("nom", "Главная ценность инструментального фонда филармонии — {X}.", False),
    ("nom", "На гастроли с оркестром отправляется {X}.", True),
    ("nom", "За кулисами малого зала хранится {X}.", False),
])

# The works of the orchestra's programmes, numbered as concert notes number them ("Пятая
# симфония", "двадцать третий квартет"): a symphony, a sonata or a cantata, a quartet, a quintet
# or a divertimento (Haydn, Scarlatti, Bach and Boccherini wrote them by the dozen).
ORD = {
    "f": fresh(["симфония", "соната", "кантата"]),
    "m": fresh(["квартет", "квинтет", "дивертисмент"]),
}
ORD_PL = fresh(["квартет", "симфония", "квинтет", "соната", "дивертисмент", "кантата"])

ORD_FRAMES = [f for f in [
    ("gen", "из", "Музыканты сыграли на бис медленную часть {X}.", False),
    ("gen", "после", "Антракт в программе объявлен {X}.", False),
    ("dat", "к", "Музыковед подготовил подробные комментарии {X}.", False),
    ("dat", "по", "Консерватория провела открытый урок {X}.", False),
    ("ins", "перед", "Ведущая концерта произнесла короткое вступительное слово {X}.", False),
    ("ins", "над", "Музыканты работали целый месяц {X}.", False),
    ("pre", "в", "Критики услышали отголоски народных песен {X}.", False),
    ("pre", "о", "Музыковед прочитал перед концертом лекцию {X}.", False),
    ("acc", "на", "Публика раскупила все билеты {X} за два дня.", False),
    ("acc", "за", "Солисты филармонии впервые взялись {X}.", False),
    ("nom", "", "Гвоздём программы закрытия сезона станет {X}.", False),
    ("nom", "", "В программе второго отделения значится {X}.", False),
    ("gen", "без", "Юбилейный абонемент филармонии не обошёлся {X}.", False),
    ("gen", "из", "Струнная группа сыграла на бис фрагменты {X} обоих композиторов.", True),
    ("pre", "в", "Музыковед нашёл общие темы {X} обоих композиторов.", True),
    ("dat", "к", "Издательство выпустило комментарии {X} обоих композиторов.", True),
    ("ins", "между", "Критик провёл параллели {X} обоих композиторов.", True),
    ("pre", "о", "Аспирантка защитила диссертацию {X} обоих композиторов.", True),
] if f[2] not in OLD_ORD_FRAMES]

# Each case in an even and an odd place (dev and held-out part alike).
DATE_FRAMES = fresh_frames([
    ("gen", "Филармония открыла юбилейный концертный сезон {X}.", None),
    ("gen", "Накануне {X} оркестр вернулся с гастролей по Сибири.", None),
    ("dat", "Новую программу оркестр готовил к {X}.", None),
    ("dat", "Реставрацию органа обещали завершить ближе к {X}.", None),
    ("acc", "Концерт памяти основателя оркестра перенесли на {X}.", None),
    ("acc", "Продажу абонементов на новый сезон назначили на {X}.", None),
    ("gen", "Приём заявок на конкурс пианистов продлили до {X}.", None),
    ("gen", "Начиная с {X} билеты в кассе филармонии подорожали.", None),
    ("nom", "Дата закрытия концертного сезона — {X}.", None),
    ("ins", "Партитура симфонии, найденная в архиве, датирована автором {X}.", None),
    ("ins", "Первая сохранившаяся афиша оркестра датирована {X}.", None),
    ("nom", "Последний день подачи заявок на конкурс молодых пианистов — {X}.", None),
    ("gen", "Вплоть до {X} большой зал был закрыт на ремонт.", None),
    ("gen", "Сразу после {X} оркестр отправился на гастроли.", None),
    ("acc", "Билеты на отменённый концерт принимали обратно по {X} включительно.", None),
    ("gen", "С {X} оркестр репетировал уже в новом здании.", None),
])

# Each case in an even and an odd place.
YEAR_FRAMES = fresh_frames([
    ("gen", "в суровую зиму {Y} года", "Оркестр не прекращал репетиций даже {X}."),
    ("gen", "с дождливой осени {Y} года",
     "Филармония занимает здание бывшего Дворянского собрания {X}."),
    ("pre", "в трудном для филармонии {Y} году", "Оркестр остался без главного дирижёра {X}."),
    ("pre", "о гастролях в {Y} году", "Старейший альтист оркестра написал воспоминания {X}."),
    ("acc", "за насыщенный гастролями {Y} год", "Оркестр дал полторы сотни концертов {X}."),
    ("acc", "в репертуарный план на {Y} год", "Оперу в концертном исполнении включили {X}."),
    ("dat", "к юбилейному для оркестра {Y} году",
     "Областная типография выпустила альбом с фотографиями музыкантов {X}."),
    ("dat", "к знаменательному для города {Y} году",
     "Филармония обзавелась собственным концертным органом {X}."),
    ("ins", "в сравнении с неудачным для филармонии {Y} годом",
     "Число проданных абонементов выросло вдвое {X}."),
    ("ins", "начинается {Y} годом", "Фонотека филармонии {X}."),
    ("gen", "после реконструкции зала {Y} года", "Акустика большого зала заметно улучшилась {X}."),
    ("gen", "вплоть до переезда {Y} года", "Оркестр репетировал в подвале Дома культуры {X}."),
    ("pre", "в богатом на премьеры {Y} году",
     "Оркестр впервые исполнил сразу три новые симфонии {X}."),
    ("acc", "с первого концертного сезона по {Y} год",
     "{X} включительно оркестром бессменно руководил один дирижёр."),
    ("nom", "Подходил к концу {Y} год",
     "{X}, когда в городе впервые прозвучала Девятая симфония Бетховена."),
    ("nom", "Звёздным для оркестра стал {Y} год",
     "{X}: тогда музыканты впервые выступили за границей."),
    ("gen", "в конце весны {Y} года", "Оркестр впервые выехал на гастроли за рубеж {X}."),
])

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Министерство культуры выделило филармонии на покупку нового органа {X}.",
     {"money"}),
    ("gen", "Самый дорогой билет на концерт оркестра стоит больше {X}.", {"money"}),
    ("acc", "Увлажнители воздуха в органном зале расходуют за сутки {X} воды.", {"volume"}),
    ("gen", "Для чистки органных труб мастерам понадобилось около {X} спирта.", {"volume"}),
    ("acc", "Грузовик с инструментами оркестра везёт на гастроли {X} груза.", {"mass"}),
    ("ins", "Реставраторы обошлись {X} сусального золота на отделку царской ложи.", {"mass"}),
    ("gen", "За сезон гастрольный автобус оркестра наездил свыше {X}.", {"length"}),
    ("acc", "Сцену большого зала расширили на {X}.", {"length"}),
    ("acc", "Публика аплодировала солистке стоя {X}.", {"time"}),
    ("gen", "Симфония Малера длится больше {X}.", {"time"}),
    ("pre", "Летний фестиваль филармонии развернулся на {X} городского парка.", {"area"}),
    ("acc", "Под новый концертный зал город отвёл {X} в самом центре.", {"area"}),
    ("nom", "Заполняемость большого зала в прошлом сезоне — {X}.", {"percent"}),
    ("acc", "Продажи абонементов за год выросли на {X}.", {"percent"}),
    ("acc", "Новое световое оборудование сцены потребляет {X}.", {"power"}),
    ("gen", "Звукоусилительный комплект летней эстрады рассчитан на мощность до {X}.",
     {"power"}),
    ("dat", "Долг филармонии перед гастрольным агентством приблизился к {X}.", {"money"}),
    ("pre", "Продюсер и филармония договорились о {X} за каждый концерт.", {"money"}),
    ("pre", "Летняя эстрада филармонии стоит в {X} от набережной.", {"length"}),
    ("dat", "Длина гастрольного маршрута оркестра по Сибири равнялась {X}.", {"length"}),
    ("gen", "Каждая из новых литавр весит не меньше {X}.", {"mass"}),
    ("nom", "Продолжительность первого отделения концерта — {X}.", {"time"}),
    ("ins", "Фонд поддержки молодых музыкантов распоряжается {X}.", {"money"}),
    ("pre", "В {X} случаев зрители покупают билеты через интернет.", {"percent"}),
    ("nom", "Объём бака увлажнителя в органном зале — {X}.", {"volume"}),
    ("acc", "Овация после финала симфонии продолжалась {X}.", {"time"}),
    ("gen", "Парк вокруг летней эстрады занимает больше {X}.", {"area"}),
    ("dat", "Площадь сквера перед филармонией равна {X}.", {"area"}),
    ("gen", "Доля школьников среди слушателей абонементных концертов достигла {X}.",
     {"percent"}),
    ("dat", "Скидка для студентов на все концерты равна {X}.", {"percent"}),
    ("ins", "Мощность электромотора органной воздуходувки ограничена {X}.", {"power"}),
    ("nom", "Мощность вентилятора, нагнетающего воздух в трубы органа, — {X}.", {"power"}),
    ("acc", "Публика ждала выхода солистки на бис {X}.", {"time"}),
    ("ins", "Пожарный резервуар за зданием филармонии заполнен {X} воды.", {"volume"}),
])


# Frames whose percent is a share of a whole (or a discount, which takes no more than the
# whole): no more than a hundred.
SHARES = ["Заполняемость большого зала в прошлом сезоне — {X}.",
          "В {X} случаев зрители покупают билеты через интернет.",
          "Доля школьников среди слушателей абонементных концертов достигла {X}.",
          "Скидка для студентов на все концерты равна {X}."]


# Round 101's classes; a date's row is drawn again while its year is before 1880 or after 2025:
# a philharmonic's seasons, tours and premieres are of the age of the musical society's
# provincial concerts and after, and told of as past.
RU = unseen_r101.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                             YEAR_FRAMES, MEASURE_FRAMES, SHARES, first_year=1880)


def main():
    unseen.round_main("r111", RU, per_class=60, seed=798)


if __name__ == "__main__":
    main()
