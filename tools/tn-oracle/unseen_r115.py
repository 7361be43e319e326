"""Hundred-and-fifteenth round (issue 33): every Russian class again, written after round 113 as
rounds 9-38, 78, 87, 90, 91, 94, 97, 99, 101, 103, 107, 109, 111 and 113 were, by a writer who had
not read the rules, only to measure them: a city zoo and its veterinary clinic, its snake house,
insect house, monkey house and elephant house, its grottoes, bathing pools and pens (the third
snake house, the second bathing pool, as its keepers number them), the machines of its feed
kitchen and the instruments of its clinic that it orders, mends and lacks, its keepers, vets and
zoologists and their animals (animate nouns, in the accusative too), vocabulary no set used and
the dictionary has (checked by lemma against round 113's chain, every committed set's inputs up
to round 113 and round 113's own, dropped without printing which; rounds 114 and 116, written at
the same time, are left out, so that this round's rows do not depend on when their files appear;
words pymorphy3 does not know are left out), frames no set had (round 113's and its chain's
among them), governing words chosen as a writer would use them (not looked up in the rules'
lists): verbs of each case, some after an object or a dative noun, simple and compound
prepositions, nouns (nominalizations among them), comparatives, adjectives and participles that
govern a case, an idiom ("души не чают в"), subjects and predicates after a dash, fronted phrases
of place; every unit in both parts (round 15's list twice over, as rounds 94, 97, 99, 101, 103,
107, 109, 111 and 113 gave it, and a frame of every unit kind in each part); every case of the
dates and of the years in both parts; dates only on days their month has, and years only from
1900 to 2025 (a city zoo's past, from its first menagerie pavilions on, told of in the past tense;
a row drawn again for its year makes years rarer than dates, so the seed is 827, the first from
823 on whose parts both have a year of every case, chosen before the normalizer read a row; no
normalizer ever read one here). Labels as
in round 113: round 9's, with "во" before "втор-", no adjective on a feminine noun after 2-4 in
the nominative or accusative, and a share's percent (or a discount's) no more than a hundred; an
animate noun counted in the accusative (an animal given, examined or moved, a keeper hired) is
never counted by 2-4 or a number ending in them (its reading there, "двух тигров" or "два
тигра", is a choice between forms in use; the number is moved down to the one ending in 1),
while one and the numbers ending in it take the animate accusative ("двадцать одного тигра"),
as round 40 read them, and five and up the plain one ("пять тигров").

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r115.py [--per-class 60] [--seed 827]

writes crates/text-normalizer/tests/data/tn-unseen/r115-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r101
import unseen_r113
from unseen import few, lemma, pick, prefer_one
from unseen_r2 import split
from unseen_r97 import counted

# Round 101's chain after round 113: its old words and frames, its own words (by lemma) and
# frames, and the words (by lemma) of every committed set older than round 114 (round 113's
# own among them; rounds 114-116, written now, left out).
OLD_RU_VOCAB, OLD_FRAMES, OLD_ORD_FRAMES = unseen_r101.chain(unseen_r113, "r114")
fresh, fresh_frames = unseen_r101.checkers(OLD_RU_VOCAB, OLD_FRAMES)


# A city zoo: the machines of its feed kitchen and enclosures ("inan"), the instruments of its
# veterinary clinic ("tool"), its keepers, vets and zoologists ("anim") and its animals
# ("beast"); adjectives only on the machines and instruments.
VOCAB = {
    "inan": fresh(["термостат", "распылитель", "аэратор", "кормораздатчик", "терморегулятор",
                   "автопоилка", "электропастух", "кондиционер", "калорифер", "измельчитель",
                   "зернодробилка", "овощерезка", "мясорубка", "кормозапарник",
                   "пароочиститель", "нагреватель", "дождеватель", "пылесос"]),
    "tool": fresh(["ланцет", "шпатель", "кюретка", "роторасширитель", "фиксатор", "рашпиль",
                   "троакар", "распатор", "иглодержатель", "скарификатор", "термокаутер",
                   "бормашина"]),
    "anim": fresh(["служитель", "зоотехник", "герпетолог", "ветврач", "дрессировщица",
                   "ассистентка", "практикантка", "натуралист", "смотрительница",
                   "служительница", "аквариумист", "биолог", "этолог", "паразитолог",
                   "зоопсихолог"]),
    "beast": fresh(["жираф", "зебра", "бегемот", "носорог", "слониха", "тигр", "тигрица",
                    "тигрёнок", "львица", "львёнок", "леопард", "ягуар", "пума", "гепард",
                    "волк", "медвежонок", "панда", "верблюжонок", "бизон", "зубр", "лось",
                    "олень", "косуля", "антилопа", "пингвин", "пеликан", "страус", "попугай",
                    "сова", "филин", "ястреб", "сокол", "кондор", "аист", "цапля", "лебедь",
                    "черепаха", "крокодил", "аллигатор", "варан", "игуана", "питон", "удав",
                    "кобра", "хамелеон", "горилла", "орангутан", "гиббон", "макака", "павиан",
                    "лемур", "мартышка", "сурок", "бобр", "выдра", "тюлень", "морж", "нерпа",
                    "дикобраз", "барсук", "песец", "куница", "росомаха", "мангуст", "ленивец",
                    "муравьед", "тапир", "ирбис", "манул", "каракал", "сервал", "шакал",
                    "гиена", "слонёнок", "верблюдица", "пантера"]),
    "adj": fresh(["финский", "датский", "австрийский", "канадский", "норвежский"]),
}

# (case, frame, the kind of noun it takes: "inan", "tool", "anim" or "beast"). Frames alternate
# between the parts (dev the even places, held-out the odd ones); each case, and the animate
# accusative of staff and of animals, in both.
AGREE_FRAMES = fresh_frames([
    ("gen", "Ветеринарная клиника зоопарка так и не дождалась от поставщика {X}.", "tool"),
    ("gen", "Зоопарк объявил сбор денег на лечение {X}.", "beast"),
    ("gen", "Утром смотрители недосчитались {X}.", "beast"),
    ("gen", "В операционной клиники зоопарка недостаёт {X}.", "tool"),
    ("gen", "Профсоюз выхлопотал путёвки в санаторий для {X}.", "anim"),
    ("gen", "Ремонт слоновьей купальни обошёлся зоопарку дороже {X}.", "inan"),
    ("gen", "Поломка {X} на кормокухне сорвала график кормления.", "inan"),
    ("gen", "Дирекция зоопарка приняла к сведению предложения {X}.", "anim"),
    ("gen", "Помимо {X}, спонсор передал клинике зоопарка рентгеновский аппарат.", "tool"),
    ("gen", "Возле {X} всегда толпились посетители.", "beast"),
    ("dat", "Главный зоотехник поручил {X} уход за молодняком.", "anim"),
    ("dat", "Ветеринары клиники поставили капельницы {X}.", "beast"),
    ("dat", "Маленькие посетители зоопарка больше всего радуются {X}.", "beast"),
    ("dat", "Механики зоопарка быстро подыскали замену {X} на складе.", "inan"),
    ("dat", "Запасные части к {X} зоопарк заказывает в Финляндии.", "inan"),
    ("dat", "Дирекция зоопарка выплатила премии {X} за спасение животных во время наводнения.",
     "anim"),
    ("dat", "Операционная сестра отвела отдельный лоток {X}.", "tool"),
    ("dat", "Служительница каждое утро разносит корм {X} в дальних вольерах.", "beast"),
    ("ins", "Операционная клиники зоопарка наконец разжилась {X}.", "tool"),
    ("ins", "Заведующий отделом хищников руководит {X}.", "anim"),
    ("ins", "Посетители зоопарка часами любуются {X}.", "beast"),
    ("ins", "Кормокухню зоопарка оснастили {X}.", "inan"),
    ("ins", "Главный ветврач зоопарка остался недоволен {X}.", "inan"),
    ("ins", "Вслед за {X} в новый вольер перевели и молодняк.", "beast"),
    ("ins", "Зоопарк поделился с областной ветлечебницей {X}.", "tool"),
    ("ins", "Новая экспозиция, заселённая {X}, открылась к лету.", "beast"),
    ("ins", "Школьники из кружка юннатов часто занимаются с {X}.", "anim"),
    ("ins", "Ветеринары клиники всю ночь возились с {X}.", "beast"),
    ("pre", "Городская газета написала о {X} из зоопарка.", "beast"),
    ("pre", "Кормокухня зоопарка остро нуждается в {X}.", "inan"),
    ("pre", "Ржавчину механики обнаружили на {X}.", "inan"),
    ("pre", "При {X} на дежурстве ночные обходы идут без задержек.", "anim"),
    ("pre", "На совещании у директора зоопарка шла речь о {X}.", "anim"),
    ("pre", "Пятна ржавчины операционная сестра заметила на {X}.", "tool"),
    ("pre", "Экскурсовод подробно рассказал посетителям о {X}.", "beast"),
    ("pre", "Смотрители зоопарка души не чают в {X}.", "beast"),
    ("acc", "Зоопарк получил в подарок от берлинских коллег {X}.", "beast"),
    ("acc", "Снабженцы зоопарка закупили по госконтракту {X}.", "inan"),
    ("acc", "Механики зоопарка за выходные починили {X}.", "inan"),
    ("acc", "Ветврачи клиники осмотрели после перевозки {X}.", "beast"),
    ("acc", "Директор зоопарка принял на работу {X}.", "anim"),
    ("acc", "Операционная сестра выложила на стерильный столик {X}.", "tool"),
    ("acc", "Клиника зоопарка одолжила у областной ветлечебницы {X}.", "tool"),
    ("acc", "Дирекция зоопарка наградила почётными грамотами {X}.", "anim"),
    ("acc", "Смотрители перевели на зиму в тёплый павильон {X}.", "beast"),
    ("acc", "Спонсоры подарили кормокухне зоопарка {X}.", "inan"),
    ("nom", "В ночную смену в клинике зоопарка дежурит {X}.", "anim"),
    ("nom", "Главное приобретение клиники зоопарка за год — {X}.", "tool"),
    ("nom", "В списке срочных закупок кормокухни значится {X}.", "inan"),
    ("nom", "В карантинном вольере сейчас содержится {X}.", "beast"),
    ("nom", "На карантине в клинике зоопарка сейчас находится {X}.", "beast"),
    ("nom", "В штате клиники зоопарка числится {X}.", "anim"),
])


def counted_zoo(n: int, case: str, noun: str, adj: str | None = None, loc2: bool = False):
    """Round 97's `counted`, with an animate noun in the accusative never counted by 2-4 or a
    number ending in them ("двух тигров" and "два тигра", "двадцать два тигра" and "двадцать
    двух тигров" are all in use): the number is moved down to the one ending in 1 ("двадцать
    одного тигра", where the animate accusative shows)."""
    if case == "acc" and few(n) and lemma(noun).tag.animacy == "anim":
        n = n - n % 10 + 1
    return counted(n, case, noun, adj, loc2=loc2)


def agreement(vocab, frames, counted_fn=counted_zoo):
    """Round 2's `agreement` with a frame's third field naming the vocabulary its noun is drawn
    from (machines, instruments, staff or animals), not only whether it is animate; an
    adjective only on a machine or an instrument."""
    def gen(rng, part):
        case, frame, kind = pick(rng, split(frames, part))
        noun = pick(rng, split(vocab[kind], part))
        n = prefer_one(rng)
        if rng.random() < 0.1:
            n = rng.randint(1000, 1999)
        adj = (pick(rng, split(vocab["adj"], part))
               if rng.random() < 0.25 and kind in ("inan", "tool") else None)
        loc2 = "в {X}" in frame or "на {X}" in frame
        w, s = counted_fn(n, case, noun, adj, loc2=loc2)
        return frame.replace("{X}", w), frame.replace("{X}", s)
    return gen


# The zoo's houses and pens, numbered as its keepers number them ("третий серпентарий",
# "вторая купальня"): a snake house, an insect house, a monkey house, an elephant house, a
# vivarium, a grotto; a bathing pool, a pen, a feed kitchen, a dovecote.
ORD = {
    "f": fresh(["купальня", "выгородка", "кормокухня", "голубятня"]),
    "m": fresh(["серпентарий", "инсектарий", "обезьянник", "слоновник", "виварий", "грот"]),
}
ORD_PL = fresh(["серпентарий", "купальня", "обезьянник", "выгородка", "инсектарий",
                "голубятня", "слоновник", "виварий"])

ORD_FRAMES = [f for f in [
    ("gen", "у", "Очередь из посетителей выстроилась прямо {X}.", False),
    ("gen", "от", "Запасные ключи {X} хранятся у дежурного служителя.", False),
    ("dat", "к", "Фургон с кормом подъехал вплотную {X}.", False),
    ("dat", "по", "Старший смотритель вёл журнал дежурств {X}.", False),
    ("ins", "за", "Сено для копытных сложили прямо {X}.", False),
    ("ins", "перед", "Фотографа из газеты попросили подождать {X}.", False),
    ("pre", "о", "Местное телевидение сняло сюжет {X}.", False),
    ("pre", "в", "Ночью {X} сработала пожарная сигнализация.", False),
    ("acc", "за", "Ответственность {X} возложили на старшего смотрителя.", False),
    ("acc", "в", "Экскурсию для первоклассников повели {X}.", False),
    ("nom", "", "На карантин с понедельника закрывается {X}.", False),
    ("nom", "", "Дальше всех от главного входа находится {X}.", False),
    ("gen", "напротив", "Киоск с мороженым поставили {X}.", False),
    ("gen", "после", "Экскурсовод объявил перерыв {X}.", False),
    ("gen", "возле", "Таблички с правилами поставили {X} обоих зоопарков.", True),
    ("pre", "о", "Журналистка написала репортажи {X} обоих зоопарков.", True),
    ("dat", "к", "Проектировщики сделали пристройки {X} обоих зоопарков.", True),
    ("ins", "между", "Инспектор не нашёл различий {X} обоих зоопарков.", True),
    ("pre", "на", "Смотрители обновили таблички {X} обоих зоопарков.", True),
    ("gen", "для", "Завхоз заказал новые замки {X} обоих зоопарков.", True),
] if f[2] not in OLD_ORD_FRAMES]

# Each case in an even and an odd place (dev and held-out part alike).
DATE_FRAMES = fresh_frames([
    ("gen", "Зоопарк принял первых посетителей {X}.", None),
    ("gen", "Ранним утром {X} из вольера сбежал павиан.", None),
    ("dat", "К {X} смотрители обязались подготовить зимние вольеры.", None),
    ("dat", "Переезд жирафов в новый павильон подгадали к {X}.", None),
    ("acc", "Вакцинацию хищников перенесли на {X}.", None),
    ("acc", "Ночь в зоопарке для школьников назначили на {X}.", None),
    ("gen", "Смотрители кормили медвежат из бутылочки до {X}.", None),
    ("gen", "Уже с {X} зоопарк работал по зимнему расписанию.", None),
    ("nom", "Дата рождения первого тигрёнка в зоопарке — {X}.", None),
    ("ins", "Первая запись в книге учёта животных датирована {X}.", None),
    ("ins", "Ветеринарный паспорт старейшей черепахи зоопарка датирован {X}.", None),
    ("nom", "День рождения городского зоопарка — {X}.", None),
    ("ins", "Перед {X} смотрители вычистили и продезинфицировали все вольеры.", None),
    ("gen", "Около {X} в серпентарии отключили отопление.", None),
    ("acc", "Карантин в птичьем павильоне продлили по {X} включительно.", None),
    ("dat", "Только к {X} медвежата впервые вышли из берлоги.", None),
])

# Each case in an even and an odd place.
YEAR_FRAMES = fresh_frames([
    ("gen", "в засушливое лето {Y} года", "Зоопарк возил воду для слонов цистернами {X}."),
    ("gen", "после затяжного паводка {Y} года", "Нижние вольеры перенесли на холм {X}."),
    ("pre", "в голодном для зоопарка {Y} году",
     "Служители делились с хищниками собственным пайком {X}."),
    ("pre", "о рекордном по приплоду {Y} годе", "Старый зоотехник любил вспоминать {X}."),
    ("acc", "за беспокойный для ветеринаров {Y} год",
     "Клиника зоопарка провела три сотни операций {X}."),
    ("acc", "в план реконструкции на {Y} год", "Новый слоновник включили {X}."),
    ("dat", "к неурожайному на сено {Y} году",
     "Зоопарк завёл собственные покосы за городом {X}."),
    ("dat", "не раньше чем к {Y} году", "Поголовье зубров в зоопарке удвоилось {X}."),
    ("ins", "в сравнении с дождливым {Y} годом",
     "Посещаемость зоопарка выросла в полтора раза {X}."),
    ("ins", "следом за голодным {Y} годом", "{X} в зоопарк пришла эпидемия чумки."),
    ("gen", "на исходе августа {Y} года", "Зоопарк впервые получил потомство от жирафов {X}."),
    ("gen", "с холодной весны {Y} года", "Ветеринарная клиника работала при зоопарке {X}."),
    ("pre", "в памятном для смотрителей {Y} году",
     "Зоопарку впервые подарили пару амурских тигров {X}."),
    ("acc", "с открытия зоопарка по {Y} год",
     "{X} включительно в нём сменилось семь директоров."),
    ("nom", "Шёл к концу {Y} год", "{X}, когда в зоопарк привезли первого жирафа."),
    ("nom", "Переломным для зоопарка оказался {Y} год",
     "{X}: при нём открыли собственную ветеринарную клинику."),
    ("dat", "к дождливому {Y} году", "Зоопарк успел перекрыть крышу обезьянника {X}."),
])

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Городская казна выделила зоопарку на новый слоновник {X}.", {"money"}),
    ("gen", "Входной билет в зоопарк для пенсионеров стоил меньше {X}.", {"money"}),
    ("acc", "Взрослый слон выпивает за день {X} воды.", {"volume"}),
    ("gen", "В купальню для бегемотов вмещается больше {X} воды.", {"volume"}),
    ("acc", "Тигр съедает за одно кормление {X} мяса.", {"mass"}),
    ("gen", "Слонёнок прибавлял в весе около {X} в сутки.", {"mass"}),
    ("acc", "Ров вокруг вольера с медведями расширили на {X}.", {"length"}),
    ("gen", "Длина самого крупного питона в серпентарии достигает {X}.", {"length"}),
    ("acc", "Операция на тигрице длилась {X}.", {"time"}),
    ("gen", "Кормление морских котиков занимает не больше {X}.", {"time"}),
    ("pre", "Новый вольер для зубров раскинулся на {X}.", {"area"}),
    ("gen", "Зоопарк занимает площадь свыше {X}.", {"area"}),
    ("nom", "Доля хищников в коллекции зоопарка — {X}.", {"percent"}),
    ("acc", "Посещаемость зоопарка за лето выросла на {X}.", {"percent"}),
    ("acc", "Новый калорифер в слоновнике потребляет {X}.", {"power"}),
    ("gen", "Прожекторы вокруг вольеров потребляют больше {X}.", {"power"}),
    ("dat", "Ущерб от урагана в зоопарке оценили в сумму, близкую к {X}.", {"money"}),
    ("pre", "Зоопарк и подрядчик сошлись на {X} за ремонт слоновника.", {"money"}),
    ("pre", "Остановка трамвая находится в {X} от главного входа в зоопарк.", {"length"}),
    ("dat", "Ширина рва вокруг обезьянника равна {X}.", {"length"}),
    ("dat", "Суточный рацион слона приближается к {X} сена.", {"mass"}),
    ("nom", "Продолжительность ночного обхода зоопарка — {X}.", {"time"}),
    ("ins", "Смотрители наполнили поилку для жирафов {X} воды.", {"volume"}),
    ("pre", "В {X} случаев звери в клинике зоопарка поправляются за неделю.", {"percent"}),
    ("nom", "Суточная норма молока для слонёнка — {X}.", {"volume"}),
    ("ins", "Очередь за билетами в зоопарк измерялась {X}.", {"time"}),
    ("acc", "Под зоопарк город отвёл {X} бывшего ботанического сада.", {"area"}),
    ("dat", "Площадь загона для бизонов равна {X}.", {"area"}),
    ("gen", "Выживаемость птенцов в инкубатории достигла {X}.", {"percent"}),
    ("ins", "Скидка на билеты в зоопарк для школьников ограничена {X}.", {"percent"}),
    ("dat", "Мощность насосов в бассейне для тюленей соответствует {X}.", {"power"}),
    ("nom", "Мощность обогрева серпентария — {X}.", {"power"}),
    ("ins", "Попечители зоопарка располагают {X}.", {"money"}),
    ("acc", "Смотрители прождали ветврача у вольера {X}.", {"time"}),
])


# Frames whose percent is a share of a whole (or a discount, which takes no more than the
# whole): no more than a hundred.
SHARES = ["Доля хищников в коллекции зоопарка — {X}.",
          "В {X} случаев звери в клинике зоопарка поправляются за неделю.",
          "Выживаемость птенцов в инкубатории достигла {X}.",
          "Скидка на билеты в зоопарк для школьников ограничена {X}."]


# Round 101's classes; a date's row is drawn again while its year is before 1900 or after 2025:
# a city zoo's pavilions, floods and births are of the age of its first menagerie and after,
# and told of as past. Agreement draws its noun from the kind its frame names.
RU = unseen_r101.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                             YEAR_FRAMES, MEASURE_FRAMES, SHARES, first_year=1900)
RU["agreement"] = agreement(VOCAB, AGREE_FRAMES)


def main():
    unseen.round_main("r115", RU, per_class=60, seed=827)


if __name__ == "__main__":
    main()
