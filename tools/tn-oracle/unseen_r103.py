"""Hundred-and-third round (issue 33): every Russian class again, written after round 101 as
rounds 9-38, 78, 87, 90, 91, 94, 97, 99 and 101 were, by a writer who had not read the rules,
only to measure them: a regional airport, its terminal (the baggage that passes through it,
the people who work there), its apron and the ground-service vehicles on it, vocabulary no set
used and the dictionary has (checked by lemma against round 101's chain and every committed
set's inputs, dropped without printing which; words pymorphy3 does not know are left out),
frames no set had (round 101's and its chain's among them), governing words chosen as a
writer would use them (not looked up in the rules' lists): verbs of each case, some after an
object or a dative noun, simple and compound prepositions, nouns (nominalizations among
them), comparatives, adjectives and participles that govern a case, subjects and predicates
after a dash; every unit in both parts (round 15's list twice over, as rounds 94, 97, 99 and
101 gave it, and a frame of every unit kind in each part); dates only on days their month
has, and years only from 1923 to 2025 (an airport's past, from the first passenger lines on,
told of in the past tense). Labels as in round 101: round 9's, with "во" before "втор-", no
adjective on a feminine noun after 2-4 in the nominative or accusative, and a share's percent
no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r103.py [--per-class 60] [--seed 751]

writes crates/text-normalizer/tests/data/tn-unseen/r103-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r101

OLD_RU_VOCAB, OLD_FRAMES, OLD_ORD_FRAMES = unseen_r101.chain(unseen_r101, "r103")
fresh, fresh_frames = unseen_r101.checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A regional airport: the baggage its terminal checks, loses and finds, the people on its staff
# (the terminal's shops and buffet among them).
VOCAB = {
    "inan": fresh(["чемодан", "коляска", "баул", "гитара", "торба", "саквояж", "ружьё",
                   "портфель", "кейс", "зеркало", "контрабас", "чехол", "свёрток",
                   "скейтборд", "телевизор", "кофр", "футляр", "ноутбук", "синтезатор",
                   "этюдник", "каяк"]),
    "anim": fresh(["авиатехник", "досмотрщица", "авиамеханик", "уборщица", "досмотрщик",
                   "буфетчица", "администратор", "официантка", "авиадиспетчер", "продавщица",
                   "электромонтёр", "кладовщица", "шофёр", "охранница", "охранник",
                   "заправщица", "связист", "радистка", "кладовщик", "сотрудница",
                   "орнитолог", "телефонистка", "упаковщик", "фельдшерица", "уборщик"]),
    "adj": fresh(["неподъёмный", "увесистый", "громоздкий", "объёмный"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones).
AGREE_FRAMES = fresh_frames([
    ("gen", "Рейс задержали на час из-за погрузки {X}.", False),
    ("gen", "Начальник аэропорта выбил служебное жильё для {X}.", True),
    ("gen", "Руководство аэропорта добивается повышения зарплаты {X}.", True),
    ("gen", "Служба розыска багажа так и не нашла следов {X}.", False),
    ("gen", "Багажный отсек маленького самолёта вмещает не больше {X}.", False),
    ("gen", "Помимо {X}, пассажирка сдала в багаж велосипед.", False),
    ("dat", "Аэропорт выплатил годовые премии {X}.", True),
    ("dat", "Начальник смены объявил выговор {X}.", True),
    ("dat", "Кинолог подвёл служебную собаку к {X}.", False),
    ("dat", "Вдобавок к {X} пассажир сдал в багаж лыжи.", False),
    ("ins", "Отдел кадров аэропорта пополнился {X}.", True),
    ("ins", "Пресс-секретарь аэропорта сфотографировался с {X}.", True),
    ("ins", "Тележка, нагруженная {X}, перевернулась на перроне.", False),
    ("ins", "Полка в камере хранения занята {X}.", False),
    ("ins", "Пассажирка рейса на Сочи явилась на регистрацию с {X}.", False),
    ("pre", "Руководство аэропорта позаботилось о {X}.", True),
    ("pre", "Досмотрщики нашли запрещённые предметы в {X}.", False),
    ("pre", "Грузчики не заметили царапин на {X}.", False),
    ("pre", "Директор аэропорта с теплотой отозвался о {X}.", True),
    ("acc", "Служба розыска багажа вернула владельцам {X}.", False),
    ("acc", "Досмотрщики отправили на повторную проверку {X}.", False),
    ("acc", "Таможня конфисковала у транзитного пассажира {X}.", False),
    ("acc", "Грузчики по ошибке загрузили в самолёт на Мурманск {X}.", False),
    ("nom", "В ночную смену в терминале дежурит {X}.", True),
    ("nom", "В камере хранения аэровокзала пылится {X}.", False),
    ("nom", "Главная находка досмотрщиков за неделю — {X}.", False),
    ("nom", "На летний сезон аэропорту требуется {X}.", True),
])

# The ground-service vehicles on the apron, numbered in the airport's fleet.
ORD = {
    "f": fresh(["автоцистерна", "спецмашина", "автовышка", "автолестница"]),
    "m": fresh(["трап", "буксировщик", "электрокар", "микроавтобус", "снегоуборщик"]),
}
ORD_PL = fresh(["трап", "буксировщик", "электрокар", "микроавтобус", "снегоуборщик"])

ORD_FRAMES = [f for f in [
    ("gen", "возле", "Авиатехник заметил на бетоне лужу солярки {X}.", False),
    ("gen", "от", "Перронный автобус отъехал задним ходом {X}.", False),
    ("dat", "к", "Диспетчер перрона срочно вызвал механика {X}.", False),
    ("dat", "по", "Механик автобазы аэропорта подготовил отчёт {X}.", False),
    ("ins", "за", "Машина сопровождения ехала {X}.", False),
    ("ins", "под", "Авиатехник нашёл чей-то гаечный ключ {X}.", False),
    ("ins", "вслед за", "На перрон выехала пожарная машина {X}.", False),
    ("pre", "на", "Инспектор перрона нашёл просроченный огнетушитель {X}.", False),
    ("pre", "о", "В журнале дежурного механика нет ни одной записи {X}.", False),
    ("acc", "на", "Новую мигалку поставили {X}.", False),
    ("acc", "под", "Бездомная кошка забралась {X}.", False),
    ("nom", "", "Из ремонта сегодня выходит {X}.", False),
    ("gen", "у", "Колёса заменили {X} обоих аэропортов области.", True),
    ("pre", "на", "Видеорегистраторы установили {X} обоих аэропортов области.", True),
    ("dat", "к", "Диспетчер прикрепил новых водителей {X} обоих аэропортов области.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Первый самолёт приземлился на новой полосе {X}.", None),
    ("gen", "Вечером {X} в зале прилёта отключилось электричество.", None),
    ("dat", "Новое здание аэровокзала обещали сдать к {X}.", None),
    ("gen", "Регулярные рейсы на Сочи аэропорт возобновил лишь после {X}.", None),
    ("acc", "Ремонт взлётно-посадочной полосы продлили по {X} включительно.", None),
    ("gen", "За день до {X} аэропорт закрыли из-за густого тумана.", None),
    ("dat", "Перрон аэропорта отремонтировали как раз к {X}.", None),
    ("acc", "Авиапраздник над аэродромом перенесли на {X}.", None),
    ("nom", "Последний день работы старого аэровокзала — {X}.", None),
    ("ins", "Первая запись в журнале аэродромной метеостанции датирована {X}.", None),
    ("gen", "Кафе в зале ожидания работало без выходных до {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "в июльскую жару {Y} года",
     "Первый пассажирский рейс из аэропорта ушёл в областной центр {X}."),
    ("pre", "в непогожем {Y} году", "Грунтовую полосу аэродрома развозило каждую неделю {X}."),
    ("acc", "за неудачный для авиакомпании {Y} год", "Аэропорт принял меньше сотни рейсов {X}."),
    ("gen", "с начала летнего расписания {Y} года",
     "Самолёты из аэропорта стали летать в Москву ежедневно {X}."),
    ("dat", "к памятному для города {Y} году", "Грунтовую полосу наконец заменили бетонной {X}."),
    ("ins", "по сравнению с докризисным {Y} годом",
     "Пассажиропоток аэропорта вырос вчетверо {X}."),
    ("gen", "после пожара {Y} года", "Здание аэровокзала отстраивали два года {X}."),
    ("pre", "о рекордном для аэропорта {Y} годе",
     "Старожилы аэродрома до сих пор вспоминают {X}."),
    ("acc", "в план ремонта на {Y} год", "Перекладку бетонных плит перрона включили {X}."),
    ("gen", "до самой осени {Y} года", "На местных линиях аэропорта летали кукурузники {X}."),
    ("dat", "как раз к {Y} году", "Аэропорт обзавёлся собственной метеостанцией {X}."),
    ("ins", "незадолго перед {Y} годом", "Аэропорт получил новое имя {X}."),
    ("gen", "в конце марта {Y} года", "Аэропорт закрыли на реконструкцию {X}."),
    ("pre", "в тяжёлом для авиации {Y} году", "Аэропорт едва не лишился всех рейсов {X}."),
    ("acc", "с первого рейса по {Y} год",
     "{X} включительно аэропорт обслужил два миллиона пассажиров."),
    ("nom", "На дворе стоял {Y} год",
     "{X}, когда на окраине города расчистили поле под аэродром."),
    ("nom", "Кончался {Y} год", "{X}, а новое здание аэровокзала всё ещё стояло без крыши."),
])

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Аэропорт потратил на новый досмотровый сканер {X}.", {"money"}),
    ("gen", "Новый трап обошёлся аэропорту дороже {X}.", {"money"}),
    ("acc", "Автоцистерна за один рейс подвозит к самолётам {X} керосина.", {"volume"}),
    ("gen", "На обработку одного самолёта от обледенения уходит до {X} жидкости.",
     {"volume"}),
    ("acc", "Пассажиру разрешили бесплатно провезти {X} багажа.", {"mass"}),
    ("ins", "Норма бесплатной ручной клади ограничена {X}.", {"mass"}),
    ("gen", "Из-за тумана видимость на полосе упала до {X}.", {"length"}),
    ("acc", "Взлётно-посадочную полосу при реконструкции удлинили на {X}.", {"length"}),
    ("acc", "Рейс на Москву задержали на {X}.", {"time"}),
    ("gen", "Досмотр одного пассажира длится не более {X}.", {"time"}),
    ("pre", "Аэродром малой авиации разместился на {X} бывшего пастбища.", {"area"}),
    ("acc", "Аэропорт выкупил у соседнего совхоза {X} луга.", {"area"}),
    ("nom", "Доля чартерных рейсов в расписании аэропорта — {X}.", {"percent"}),
    ("acc", "Пассажиропоток аэропорта за лето вырос на {X}.", {"percent"}),
    ("acc", "Резервная дизельная электростанция аэропорта выдаёт {X}.", {"power"}),
    ("gen", "Светосигнальному оборудованию полосы требуется около {X}.", {"power"}),
    ("dat", "Цена билета до областного центра приблизилась к {X}.", {"money"}),
    ("pre", "Арендатор кафе в терминале настаивал на {X} в месяц.", {"money"}),
])


# Frames whose percent is a share of a whole: no more than a hundred.
SHARES = ["Доля чартерных рейсов в расписании аэропорта — {X}."]


# Round 101's classes; a date's row is drawn again while its year is before 1923 or after 2025:
# an airport's flights, fires and rebuildings are of the age of passenger lines, and told of as
# past.
RU = unseen_r101.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                             YEAR_FRAMES, MEASURE_FRAMES, SHARES, first_year=1923)


def main():
    unseen.round_main("r103", RU, per_class=60, seed=751)


if __name__ == "__main__":
    main()
