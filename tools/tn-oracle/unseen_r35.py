"""Thirty-fifth round (issue 33): every Russian class again, written after round 34's rules
only to measure them, as rounds 9, 12, 15, 16, 18, 21, 23, 27, 30 and 32 did: vocabulary no set
used (checked by lemma against generate.py and rounds 1-34, dropped without printing which),
frames no set had, governing words chosen as a writer would use them (not looked up in the
rules' lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r35.py [--per-class 60] [--seed 239]

writes crates/text-normalizer/tests/data/tn-unseen/r35-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r32
import unseen_r34
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r34.OLD_RU_VOCAB | _lemmas(_words([unseen_r34.VOCAB]))
OLD_FRAMES = unseen_r34.OLD_FRAMES | {
    f[1] for f in unseen_r34.COUNT_FRAMES + unseen_r34.AMOUNT_FRAMES}
OLD_ORD_FRAMES = unseen_r32.OLD_ORD_FRAMES | {f[2] for f in unseen_r32.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A puppet theatre.
VOCAB = {
    "inan": fresh(["кукла", "марионетка", "ширма", "занавес", "декорация", "кулиса", "рампа",
                   "софит", "прожектор", "гримёрка", "костюм", "парик", "маска", "перчатка",
                   "афиша", "программка", "контрамарка", "ложа", "партер", "балкон",
                   "бутафория", "ширмочка", "вертеп", "тросточка", "колокольчик"]),
    "anim": fresh(["кукловод", "бутафор", "осветитель", "гримёр", "костюмер", "билетёр",
                   "суфлёр", "декоратор", "звукорежиссёр", "капельдинер", "импресарио",
                   "критик", "рецензент", "зритель"]),
    "adj": fresh(["кукольный", "тряпичный", "фарфоровый", "театральный", "бархатный",
                  "сценический", "гастрольный", "премьерный"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Спектакль сыграли без {X}.", False),
    ("gen", "Премьера не обошлась без {X}.", False),
    ("gen", "В реквизиторской недосчитались {X}.", False),
    ("gen", "Сцену украсили вместо {X}.", False),
    ("gen", "Поклон устроили в честь {X}.", True),
    ("dat", "Цветы поднесли {X}.", True),
    ("dat", "Режиссёр объяснил задачу {X}.", True),
    ("dat", "Дети потянулись к {X}.", False),
    ("dat", "Директор позвонил всем {X}.", True),
    ("ins", "Зал восхищался {X}.", False),
    ("ins", "Театр гордится {X}.", False),
    ("ins", "Кулисы завесили {X}.", False),
    ("ins", "Кукловод управлял {X}.", False),
    ("pre", "Кукол держали в {X}.", False),
    ("pre", "Газета написала о {X}.", True),
    ("pre", "Спор разгорелся о {X}.", False),
    ("acc", "Бутафор склеил {X}.", False),
    ("acc", "К премьере сшили {X}.", False),
    ("nom", "На гастроли поехали {X}.", True),
    ("nom", "За ширмой висели {X}.", False),
])

ORD = {
    "f": fresh(["кукла", "ширма", "сцена", "картина", "репетиция", "ложа", "кулиса",
                "премьера", "гастроль", "афиша", "постановка", "скамья", "ступень", "труппа"]),
    "m": fresh(["акт", "ряд", "спектакль", "сезон", "показ", "антракт", "выход", "эпизод",
                "номер", "звонок", "прогон", "балкон", "ярус", "фестиваль"]),
}
ORD_PL = fresh(["акт", "ряд", "спектакль", "сезон", "показ", "антракт", "эпизод", "номер",
                "ярус", "прогон"])

ORD_FRAMES = [f for f in [
    ("gen", "после", "Аплодисменты стихли {X}.", False),
    ("gen", "до", "Суфлёр досидел {X}.", False),
    ("gen", "из", "Декорацию вынесли {X}.", False),
    ("dat", "к", "Кукловод готовился {X}.", False),
    ("dat", "по", "Зрители прошли {X}.", False),
    ("ins", "за", "Марионетку спрятали {X}.", False),
    ("ins", "перед", "Оркестр настроился {X}.", False),
    ("pre", "в", "Кукла сломалась {X}.", False),
    ("pre", "на", "Критик сидел {X}.", False),
    ("acc", "на", "Билеты продали {X}.", False),
    ("acc", "в", "Зрителя пересадили {X}.", False),
    ("nom", "", "На афише значится {X}.", False),
    ("gen", "кроме", "Прогнали всё {X}.", True),
    ("pre", "о", "Режиссёр напомнил {X}.", True),
    ("ins", "между", "Буфет открыт {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Кукольный сезон продлится до {X}.", None),
    ("gen", "Труппа гастролировала с {X}.", None),
    ("gen", "Касса работает начиная с {X}.", None),
    ("gen", "Премьеру сыграли вечером {X}.", None),
    ("acc", "Прогон назначили на {X}.", None),
    ("dat", "Костюмы сшили к {X}.", None),
    ("acc", "Выставка кукол открыта по {X}.", None),
    ("nom", "День кукольника — {X}.", None),
    ("gen", "Афиша напечатана {X}.", None),
    ("gen", "Юбилей театра отметили {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "к весне {Y} года", "Куклы будут готовы {X}."),
    ("gen", "до конца {Y} года", "Сцену ремонтировали {X}."),
    ("gen", "с декабря {Y} года", "Театр гастролирует {X}."),
    ("gen", "в марте {Y} года", "Труппа впервые выехала за границу {X}."),
    ("pre", "в том же {Y} году", "Кукловод женился {X}."),
    ("acc", "за весь {Y} год", "Театр показал {X} сорок премьер."),
    ("ins", "перед самым {Y} годом", "Кукол отреставрировали {X}."),
    ("nom", "Шёл {Y} год", "{X}."),
    ("gen", "в январе {Y} года", "В театре случился пожар {X}."),
    ("gen", "в первой половине {Y} года", "Кукловод ушёл на пенсию {X}."),
    ("acc", "на весь {Y} год", "Репертуар {X} утвердили весной."),
    ("gen", "уже после {Y} года", "Вертеп вернулся на сцену {X}."),
    ("gen", "не позже {Y} года", "Новый зал откроют {X}."),
    ("gen", "со второй половины {Y} года", "Театр живёт на гранты {X}."),
    ("gen", "аж с {Y} года", "Эту куклу хранят {X}."),
    ("gen", "до зимы {Y} года", "Спектакль не сходил со сцены {X}."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "На костюмы ушло больше {X}.", None),
    ("gen", "Ткани осталось меньше {X}.", None),
    ("gen", "Марионетка весит около {X}.", None),
    ("dat", "Расходы приблизились к {X}.", None),
    ("dat", "Бюджет спектакля равен {X}.", None),
    ("ins", "Театр поделился {X}.", None),
    ("ins", "Фонд распоряжается {X}.", None),
    ("pre", "Кукол хранят при {X}.", None),
    ("acc", "Бутафор купил {X}.", None),
    ("acc", "Выручка выросла на {X}.", None),
    ("acc", "Репетиция шла {X}.", None),
    ("nom", "Рост куклы — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r35", RU, per_class=60, seed=239)


if __name__ == "__main__":
    main()
