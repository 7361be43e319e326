"""Thirty-second round (issue 33): every Russian class again, written after round 31's rules
only to measure them, as rounds 9, 12, 15, 16, 18, 21, 23, 27 and 30 did: vocabulary no set
used (checked by lemma against generate.py and rounds 1-31, dropped without printing which),
frames no set had, governing words chosen as a writer would use them (not looked up in the
rules' lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r32.py [--per-class 60] [--seed 227]

writes crates/text-normalizer/tests/data/tn-unseen/r32-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r30
import unseen_r31
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r31.OLD_RU_VOCAB | _lemmas(_words([unseen_r31.VOCAB]))
OLD_FRAMES = unseen_r31.OLD_FRAMES | {
    f[1] for f in unseen_r31.AGREE_FRAMES + unseen_r31.MEASURE_FRAMES}
OLD_ORD_FRAMES = unseen_r30.OLD_ORD_FRAMES | {f[2] for f in unseen_r30.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# An apiary.
VOCAB = {
    "inan": fresh(["рамка", "медогонка", "дымарь", "маточник", "леток", "омшаник", "колода",
                   "бочонок", "кадушка", "черпак", "сито", "вощина", "стамеска", "роевня",
                   "поилка", "кормушка", "павильон", "туесок", "бидон", "жбан", "ковш",
                   "кувшин", "горшок", "лукошко", "ведёрко"]),
    "anim": fresh(["пасечник", "пчеловод", "трутень", "дегустатор", "ветеринар", "лаборант",
                   "бортник", "покупатель", "перекупщик", "агроном", "селекционер",
                   "энтомолог", "практикант", "подмастерье"]),
    "adj": fresh(["липовый", "гречишный", "цветочный", "майский", "пчелиный", "восковой",
                  "медовый", "луговой"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Мёд откачали без {X}.", False),
    ("gen", "Сезон прошёл без потери {X}.", False),
    ("gen", "На пасеке не нашлось {X}.", False),
    ("gen", "Ярмарку открыли в присутствии {X}.", True),
    ("gen", "Мёд продавали вместо {X}.", False),
    ("dat", "Медали вручили {X}.", True),
    ("dat", "Пасечник показал соты {X}.", True),
    ("dat", "Рой вернулся к {X}.", False),
    ("dat", "Пчеловод доверял {X}.", True),
    ("ins", "Пасека славилась {X}.", False),
    ("ins", "Пчеловод дорожил {X}.", False),
    ("ins", "Омшаник заставили {X}.", False),
    ("ins", "Гости любовались {X}.", False),
    ("pre", "Пчёлы зимовали в {X}.", False),
    ("pre", "Пасечник рассказал гостям о {X}.", True),
    ("pre", "Споры шли о {X}.", False),
    ("acc", "Дед смастерил {X}.", False),
    ("acc", "К осени закупили {X}.", False),
    ("nom", "На ярмарку приехали {X}.", True),
    ("nom", "У сарая стояли {X}.", False),
])

ORD = {
    "f": fresh(["рамка", "семья", "колода", "борть", "откачка", "проба", "партия", "банка",
                "делянка", "грядка", "аллея", "лавка", "точка", "стоянка"]),
    "m": fresh(["улей", "рой", "корпус", "сбор", "медосбор", "взяток", "павильон",
                "ряд", "лоток", "прилавок", "омшаник", "сектор", "квартал", "выпуск"]),
}
ORD_PL = fresh(["улей", "рой", "корпус", "сбор", "павильон", "ряд", "лоток", "прилавок",
                "сектор", "квартал"])

ORD_FRAMES = [f for f in [
    ("gen", "у", "Пасечник задержался {X}.", False),
    ("gen", "до", "Мёд откачали {X}.", False),
    ("gen", "из", "Рамки вынули {X}.", False),
    ("dat", "к", "Пчеловод подошёл {X}.", False),
    ("dat", "по", "Мёд разлили {X}.", False),
    ("ins", "над", "Пчёлы кружили {X}.", False),
    ("ins", "за", "Дымарь спрятали {X}.", False),
    ("pre", "в", "Матку нашли {X}.", False),
    ("pre", "на", "Пасечник стоял {X}.", False),
    ("acc", "в", "Рой пересадили {X}.", False),
    ("acc", "за", "Пасечник заглянул {X}.", False),
    ("nom", "", "Самым сильным оказался {X}.", False),
    ("gen", "возле", "Дымарь оставили {X}.", True),
    ("pre", "о", "Пасечник забыл {X}.", True),
    ("ins", "перед", "Гости остановились {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Медосбор длился с {X}.", None),
    ("gen", "Пчёлы сидели в улье до {X}.", None),
    ("gen", "Ярмарка проходила начиная с {X}.", None),
    ("gen", "Рой вылетел утром {X}.", None),
    ("acc", "Откачку мёда назначили на {X}.", None),
    ("dat", "Ульи вынесли к {X}.", None),
    ("acc", "Пасека открыта по {X}.", None),
    ("nom", "День пчеловода — {X}.", None),
    ("gen", "Мёд собран {X}.", None),
    ("gen", "Медовый спас празднуют {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с весны {Y} года", "Пасека пустует {X}."),
    ("gen", "до лета {Y} года", "Ульи простояли в омшанике {X}."),
    ("gen", "после {Y} г.", "Пасеку перевезли на луг {X}"),
    ("pre", "в {Y} году", "Дед завёл пчёл {X}."),
    ("dat", "к {Y} году", "Пасеку расширят {X}."),
    ("acc", "за {Y} год", "Пасека дала {X} тонну мёда."),
    ("ins", "перед {Y} годом", "Омшаник утеплили {X}."),
    ("nom", "{Y} год", "{X} выдался медовым."),
    ("gen", "в продолжение {Y} года", "Пчёлы болели {X}."),
    ("gen", "летом {Y} года", "Пасеку впервые показали гостям {X}."),
    ("pre", "о {Y} годе", "В дневнике пасечника ничего не сказано {X}."),
    ("gen", "в конце {Y} года", "Пасечник продал ульи {X}."),
    ("acc", "на {Y} год", "Прогноз медосбора {X} неутешителен."),
    ("gen", "вскоре после {Y} года", "Бортничество в округе угасло {X}."),
    ("gen", "не ранее {Y} года", "Новую пасеку заложат {X}."),
    ("acc", "через весь {Y} год", "Споры о пасеке тянулись {X}."),
    ("gen", "с середины {Y} года", "Мёд продают в городе {X}."),
    ("gen", "ещё до {Y} года", "Пчёл здесь держали {X}."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "С улья собрали более {X}.", None),
    ("gen", "Мёда осталось меньше {X}.", None),
    ("gen", "Рой весил около {X}.", None),
    ("dat", "Урожай приблизился к {X}.", None),
    ("dat", "Сбор равен {X}.", None),
    ("ins", "Пасечник поделился {X}.", None),
    ("ins", "Пасека располагает {X}.", None),
    ("pre", "Ульи стоят в {X} друг от друга.", None),
    ("acc", "Пчёлы принесли {X}.", None),
    ("acc", "Сбор вырос на {X}.", None),
    ("acc", "Откачка длилась {X}.", None),
    ("nom", "Вес рамки — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r32", RU, per_class=60, seed=227)


if __name__ == "__main__":
    main()
