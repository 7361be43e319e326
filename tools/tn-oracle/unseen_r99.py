"""Ninety-ninth round (issue 33): every Russian class again, written after rounds 97 and 98 as
rounds 9-38, 78, 87, 90, 91, 94 and 97 were, by a writer who had not read the rules, only to
measure them: a shipyard, its slipway, stores and the hulls on it, vocabulary no set used and
the dictionary has (checked by lemma against round 97's chain and every committed set's
inputs, dropped without printing which; words pymorphy3 does not know are left out), frames no
set had (round 97's and its chain's among them), governing words chosen as a writer would use
them (not looked up in the rules' lists): verbs of each case, some after an object or a dative
noun, simple and compound prepositions, nouns (nominalizations among them), adjectives and
participles that govern a case, subjects and predicates after a dash; every unit in both parts
(round 15's list twice over, as rounds 94 and 97 gave it, and a frame of every unit kind in
each part); dates only on days their month has. Labels as in round 97: round 9's, with "во"
before "втор-", no adjective on a feminine noun after 2-4 in the nominative or accusative, and
a share's percent no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r99.py [--per-class 60] [--seed 719]

writes crates/text-normalizer/tests/data/tn-unseen/r99-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen
import unseen_r15
import unseen_r2
import unseen_r97
import unseen_r9
from unseen_r2 import _lemmas, _words
from unseen_r94 import real_dates
from unseen_r97 import counted, covered, shares, vo

OLD_RU_VOCAB = unseen_r97.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r97.VOCAB, unseen_r97.ORD, unseen_r97.ORD_PL])) | _lemmas(
    unseen.committed_words("r99"))
OLD_FRAMES = unseen_r97.OLD_FRAMES | {
    f[1] for f in unseen_r97.AGREE_FRAMES + unseen_r97.DATE_FRAMES + unseen_r97.YEAR_FRAMES
    + unseen_r97.MEASURE_FRAMES} | {f[2] for f in unseen_r97.ORD_FRAMES + unseen_r97.YEAR_FRAMES}
OLD_ORD_FRAMES = unseen_r97.OLD_ORD_FRAMES | {f[2] for f in unseen_r97.ORD_FRAMES}

_fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)


def fresh(words):
    """The words no older set used (`_fresh`) that pymorphy3 knows; says how many it left out
    as unknown, not which."""
    unused = _fresh(words)
    keep = [w for w in unused if unseen.morph().parse(w)[0].is_known]
    print(f"  vocabulary: {len(unused) - len(keep)} unknown to the dictionary", file=sys.stderr)
    return keep


# A shipyard: the parts and fittings it orders and installs, the people who build the hulls.
VOCAB = {
    "inan": fresh(["иллюминатор", "фланец", "шестерня", "муфта", "втулка", "подшипник",
                   "маховик", "задвижка", "клапан", "вентиль", "патрубок", "шкив", "редуктор",
                   "штуцер", "кожух", "форсунка", "заглушка", "шпилька", "гайка", "сальник",
                   "лопасть", "шланг", "пластина", "вал"]),
    "anim": fresh(["клепальщик", "такелажник", "корабел", "стропальщик", "разметчик",
                   "монтажник", "судосборщик", "трубопроводчик", "электросварщик", "котельщик",
                   "токарь", "газорезчик", "крановщица", "сварщица", "изолировщица",
                   "табельщица"]),
    "adj": fresh(["немецкий", "японский", "итальянский", "шведский", "массивный",
                  "корабельный"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones).
AGREE_FRAMES = fresh_frames([
    ("gen", "Увольнение {X} профсоюз верфи назвал незаконным.", True),
    ("gen", "Главный инженер потребовал объяснений у {X}.", True),
    ("gen", "Сборку корпуса задержала нехватка {X}.", False),
    ("gen", "Вместо {X} поставщик прислал обрезки труб.", False),
    ("gen", "Ходовые испытания сорвались из-за {X} с заводским браком.", False),
    ("dat", "Мастер участка напомнил правила безопасности {X}.", True),
    ("dat", "Директор верфи лично пожал руки {X}.", True),
    ("dat", "Приёмщик уделил особое внимание {X}.", False),
    ("dat", "Технолог приложил сертификаты к {X}.", False),
    ("ins", "Главный инженер провёл совещание с {X}.", True),
    ("ins", "Мастер цеха остался доволен {X}.", True),
    ("ins", "Фура, гружённая {X}, застряла у проходной верфи.", False),
    ("ins", "Инспектор регистра заинтересовался {X}.", False),
    ("pre", "На планёрке директор с гордостью говорил о {X}.", True),
    ("pre", "Многотиражка верфи написала о {X}.", True),
    ("pre", "Заводская маркировка стоит на {X}.", False),
    ("pre", "Заводской брак обнаружили в {X}.", False),
    ("acc", "Верфь закупила в Финляндии {X}.", False),
    ("acc", "Поставщик отгрузил верфи {X}.", False),
    ("acc", "Приёмщик забраковал {X}.", False),
    ("acc", "Монтажники за смену заменили {X}.", False),
    ("nom", "В ночную смену на верфи работает {X}.", True),
    ("nom", "На стапеле ждёт установки {X}.", False),
    ("nom", "Годовая потребность верфи — {X}.", False),
])

# The numbered members of a hull's framing.
ORD = {
    "f": fresh(["стойка", "балка", "кница", "распорка"]),
    "m": fresh(["шпангоут", "стрингер", "бимс", "стык"]),
}
ORD_PL = fresh(["шпангоут", "стрингер", "бимс", "стык"])

ORD_FRAMES = [f for f in [
    ("gen", "в районе", "Течь в корпусе нашли {X}.", False),
    ("gen", "до", "Старую краску уже счистили {X}.", False),
    ("dat", "к", "Монтажники приварили кронштейн {X}.", False),
    ("dat", "по", "Разметчик провёл мелом линию {X}.", False),
    ("ins", "за", "Кабельную трассу спрятали {X}.", False),
    ("ins", "перед", "Газорезчик остановился {X}.", False),
    ("ins", "рядом с", "Инспектор регистра заметил вмятину {X}.", False),
    ("pre", "на", "Ультразвук выявил трещину {X}.", False),
    ("pre", "о", "В акте осмотра нет ни слова {X}.", False),
    ("acc", "на", "Разметчик нанёс краской метку {X}.", False),
    ("acc", "через", "Новый трубопровод проложили {X}.", False),
    ("nom", "", "Усиления после шторма требует {X}.", False),
    ("gen", "у", "Трещины нашли {X} обоих сухогрузов.", True),
    ("pre", "на", "Вмятины остались {X} всех трёх барж.", True),
    ("dat", "к", "Такелажники подвели стропы {X} обеих секций.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Новое судно спустили на воду {X}.", None),
    ("gen", "Накануне {X} на верфи прошли пожарные учения.", None),
    ("dat", "Ремонт траулера обещают завершить к {X}.", None),
    ("dat", "Годовую премию корабелам выплатят ближе к {X}.", None),
    ("acc", "Ходовые испытания буксира перенесли на {X}.", None),
    ("acc", "Верфь закрыта на инвентаризацию по {X} включительно.", None),
    ("gen", "Работы на стапеле возобновились только после {X}.", None),
    ("gen", "Ранним утром {X} над эллингом подняли флаг заказчика.", None),
    ("nom", "Крайний срок сдачи судна заказчику — {X}.", None),
    ("ins", "Контракт на постройку сухогруза датирован {X}.", None),
    ("ins", "Перед {X} корабелы успели заварить последнюю секцию корпуса.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "в летнюю навигацию {Y} года", "Первое судно верфи ушло в море {X}."),
    ("pre", "в рекордном {Y} году", "Верфь спустила на воду двенадцать судов {X}."),
    ("acc", "за целый {Y} год", "Верфь не получила ни одного нового заказа {X}."),
    ("gen", "с февраля {Y} года", "Верфь строит только военные суда {X}."),
    ("dat", "только к {Y} году", "Верфь расплатилась с долгами {X}."),
    ("ins", "в летописи под {Y} годом", "Большой пожар на верфи отмечен {X}."),
    ("gen", "после наводнения {Y} года", "Эллинги пришлось отстраивать заново {X}."),
    ("pre", "о штормовом {Y} годе", "В заводском музее есть стенд {X}."),
    ("acc", "в бюджет на {Y} год", "Покупку плавучего крана заложили {X}."),
    ("gen", "не позднее декабря {Y} года", "Заказчик ждёт головное судно серии {X}."),
    ("dat", "в отчёте по {Y} году", "Главный бухгалтер верфи нашёл ошибку {X}."),
    ("ins", "в сравнении с {Y} годом", "Выпуск судов вырос втрое {X}."),
    ("gen", "в конце лета {Y} года", "Верфь сменила владельца {X}."),
    ("pre", "в убыточном {Y} году", "Верфь едва не закрылась {X}."),
    ("acc", "с момента основания по {Y} год",
     "{X} включительно верфь построила триста судов."),
    ("nom", "Стоял {Y} год", "{X}, когда на берегу залива заложили верфь."),
])

# Round 15's units, each listed twice: the alternating split gives both parts every unit.
UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]
KINDS = {u[5] for u in UNITS}

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("acc", "Верфь получила от заказчика аванс в {X}.", {"money"}),
    ("gen", "Дирекция пообещала корабелам прибавку не менее {X} в месяц.", {"money"}),
    ("acc", "В балластные цистерны закачали {X} забортной воды.", {"volume"}),
    ("nom", "В топливный бак буксира входит {X} солярки.", {"volume"}),
    ("gen", "Плавучий кран поднимает грузы весом до {X}.", {"mass"}),
    ("ins", "Трюм баржи загрузили {X} чугунного балласта.", {"mass"}),
    ("acc", "Корпус сухогруза при модернизации удлинили на {X}.", {"length"}),
    ("nom", "Длина нового стапеля — {X}.", {"length"}),
    ("acc", "Спуск судна со стапеля занял {X}.", {"time"}),
    ("dat", "Время сварки одного стыка равняется {X}.", {"time"}),
    ("ins", "Верфь владеет {X} прибрежной земли.", {"area"}),
    ("acc", "Для нового эллинга придётся расчистить {X} берега.", {"area"}),
    ("pre", "Брак нашли в {X} сварных швов.", {"percent"}),
    ("acc", "Выпуск судов за год вырос на {X}.", {"percent"}),
    ("gen", "Портальному крану нужно не меньше {X}.", {"power"}),
    ("pre", "Заказчик настоял на {X} для главного двигателя.", {"power"}),
    ("dat", "Зарплата токаря на верфи приближается к {X}.", {"money"}),
    ("ins", "Суд ограничил неустойку {X}.", {"money"}),
])


# Frames whose percent is a share of a whole: no more than a hundred.
SHARES = ["Брак нашли в {X} сварных швов."]


RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, UNITS, covered(MEASURE_FRAMES, KINDS))
RU["agreement"] = unseen_r2.agreement(VOCAB, AGREE_FRAMES, counted)
RU["date"] = real_dates(RU["date"])
RU["ordinal"] = vo(RU["ordinal"])
RU["money_measure"] = shares(RU["money_measure"], SHARES)


def main():
    unseen.round_main("r99", RU, per_class=60, seed=719)


if __name__ == "__main__":
    main()
