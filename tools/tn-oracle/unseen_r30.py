"""Thirtieth round (issue 33): every Russian class again, written after round 29's rules only
to measure them, as rounds 9, 12, 15, 16, 18, 21, 23 and 27 did: vocabulary no set used
(checked by lemma against generate.py and rounds 1-29, dropped without printing which), frames
no set had, governing words chosen as a writer would use them (not looked up in the rules'
lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r30.py [--per-class 60] [--seed 211]

writes crates/text-normalizer/tests/data/tn-unseen/r30-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r27
import unseen_r28
import unseen_r29
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r29.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r29.LANDMARKS, unseen_r29.OBJECTS]))
OLD_FRAMES = unseen_r29.OLD_FRAMES | {
    f[1] for f in unseen_r28.FRAMES + unseen_r29.COMPLEMENT_FRAMES + unseen_r29.ARGUMENT_FRAMES
    + unseen_r29.EXTENT_FRAMES}
OLD_ORD_FRAMES = unseen_r27.OLD_ORD_FRAMES | {f[2] for f in unseen_r27.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A sewing workshop.
VOCAB = {
    "inan": fresh(["напёрсток", "катушка", "булавка", "выкройка", "лекало", "манекен",
                   "оверлок", "утюг", "отрез", "лоскут", "рулон", "пуговица", "петля",
                   "подкладка", "воротник", "манжета", "рукав", "карман", "фартук", "халат",
                   "сорочка", "блузка", "жилет", "пиджак", "шлёвка", "кулиса", "вытачка",
                   "наперсток", "бобина", "шпулька", "мелок", "сантиметр"]),
    "anim": fresh(["швея", "закройщик", "портной", "модельер", "раскройщик", "гладильщик",
                   "приёмщик", "технолог", "кутюрье", "манекенщица", "вышивальщица",
                   "белошвейка", "скорняк", "шорник"]),
    "adj": fresh(["швейный", "шёлковый", "льняной", "ситцевый", "шерстяной", "вельветовый",
                  "трикотажный", "клетчатый"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Заказчица пришла на примерку без {X}.", False),
    ("gen", "В ателье не хватало {X}.", False),
    ("gen", "Мастерица обошлась без {X}.", True),
    ("gen", "Работа встала из-за нехватки {X}.", True),
    ("gen", "Примерку перенесли ввиду болезни {X}.", True),
    ("dat", "Заведующая поручила раскрой {X}.", True),
    ("dat", "Лоскуты раздали {X}.", True),
    ("dat", "Нитки подобрали по {X}.", False),
    ("dat", "Заказ передали {X}.", True),
    ("ins", "Стол был завален {X}.", False),
    ("ins", "Заказчик остался доволен {X}.", False),
    ("ins", "Цех гордился {X}.", True),
    ("ins", "Подол украсили {X}.", False),
    ("acc", "Ткань раскроили на {X}.", False),
    ("pre", "Портниха вспоминала о {X}.", True),
    ("dat", "Строчка прошла по {X}.", False),
    ("acc", "Швея пришила {X}.", False),
    ("acc", "Утром привезли {X}.", False),
    ("nom", "В мастерской трудились {X}.", True),
    ("nom", "На вешалке висели {X}.", False),
])

ORD = {
    "f": fresh(["примерка", "строчка", "партия", "коллекция", "смена", "линейка",
                "мерка", "модель", "полоса", "клетка", "складка", "машинка", "вешалка",
                "полка"]),
    "m": fresh(["размер", "цех", "стол", "заказ", "образец", "шов", "стежок", "ряд",
                "раскрой", "эскиз", "лоток", "ящик", "стеллаж", "манекен"]),
}
ORD_PL = fresh(["размер", "цех", "стол", "заказ", "образец", "шов", "стежок", "ряд",
                "эскиз", "ящик"])

ORD_FRAMES = [f for f in [
    ("gen", "для", "Ткань отложили {X}.", False),
    ("gen", "без", "Костюм сшили {X}.", False),
    ("gen", "после", "Швея устала только {X}.", False),
    ("dat", "к", "Мастер перешёл {X}.", False),
    ("dat", "по", "Заказы сортируют {X}.", False),
    ("ins", "за", "Закройщик работает {X}.", False),
    ("ins", "между", "Разница {X} и соседним незаметна.", False),
    ("pre", "на", "Ошибку нашли {X}.", False),
    ("pre", "в", "Брак обнаружили {X}.", False),
    ("acc", "на", "Заказчица записалась {X}.", False),
    ("acc", "в", "Ткань унесли {X}.", False),
    ("nom", "", "Лучшим в партии признан {X}.", False),
    ("gen", "из", "Образцы взяли {X}.", True),
    ("pre", "при", "Ошибку заметили {X}.", True),
    ("dat", "к", "Приступили {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Ателье закрыто на ремонт с {X}.", None),
    ("gen", "Костюм шили до {X}.", None),
    ("gen", "Скидки действуют начиная с {X}.", None),
    ("gen", "Заказ оформлен вечером {X}.", None),
    ("acc", "Примерка перенесена на {X}.", None),
    ("dat", "Платье обещали дошить к {X}.", None),
    ("acc", "Распродажа продлится по {X}.", None),
    ("nom", "Срок сдачи заказа — {X}.", None),
    ("gen", "Квитанция выписана {X}.", None),
    ("gen", "Коллекцию показали {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с осени {Y} года", "Ателье работает {X}."),
    ("gen", "до середины {Y} года", "Фабрика шила шинели {X}."),
    ("gen", "после {Y} г.", "Мода на клёш вернулась {X}"),
    ("pre", "в {Y} году", "Первую коллекцию сшили {X}."),
    ("dat", "к {Y} году", "Цех обновят {X}."),
    ("acc", "за {Y} год", "Ателье выполнило {X} триста заказов."),
    ("ins", "перед {Y} годом", "Фабрику перестроили {X}."),
    ("nom", "{Y} год", "{X} принёс ателье известность."),
    ("gen", "на протяжении {Y} года", "Мастерская шила форму {X}."),
    ("gen", "зимой {Y} года", "Фабрика освоила трикотаж {X}."),
    ("pre", "о {Y} годе", "В альбоме нет записей {X}."),
    ("gen", "к концу {Y} года", "Штат вырос втрое {X}."),
    ("acc", "на {Y} год", "Планы {X} утверждены."),
    ("gen", "сразу после {Y} года", "Моду на кринолин забыли {X}."),
    ("gen", "не раньше {Y} года", "Новый цех откроют {X}."),
    ("acc", "весь {Y} год", "Фабрика простаивала {X}."),
    ("gen", "в начале {Y} года", "Ателье сменило вывеску {X}."),
    ("gen", "задолго до {Y} года", "Ткань закупили {X}."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "На костюм ушло свыше {X}.", None),
    ("gen", "Отрез оказался короче {X}.", None),
    ("gen", "Рулон весит не меньше {X}.", None),
    ("dat", "Выкройку подогнали к {X}.", None),
    ("dat", "Расход ткани равнялся {X}.", None),
    ("ins", "Заказчица пожертвовала {X}.", None),
    ("ins", "Мастерская располагала {X}.", None),
    ("pre", "Разрез начинается в {X} от края.", None),
    ("acc", "Закройщик отмерил {X}.", None),
    ("acc", "Юбку укоротили на {X}.", None),
    ("acc", "Примерка заняла {X}.", None),
    ("nom", "Ширина полотна — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r30", RU, per_class=60, seed=211)


if __name__ == "__main__":
    main()
