"""Twenty-first round (issue 33): every Russian class again, written after round 20's rules
only to measure them, as rounds 9, 12, 15, 16 and 18 did: vocabulary no set used (checked by
lemma against generate.py and rounds 1-20, dropped without printing which), frames no set had,
governing words chosen as a writer would use them (not looked up in the rules' lists). Labels
as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r21.py [--per-class 60] [--seed 157]

writes crates/text-normalizer/tests/data/tn-unseen/r21-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r18
import unseen_r19
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r18.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r18.VOCAB, unseen_r18.ORD, unseen_r18.ORD_PL, unseen_r19.VOCAB,
]))
OLD_FRAMES = unseen_r19.OLD_FRAMES | {
    f[1] for f in unseen_r18.DATE_FRAMES + unseen_r18.YEAR_FRAMES + unseen_r18.MEASURE_FRAMES
    + unseen_r19.AGREE_FRAMES}
OLD_ORD_FRAMES = unseen_r18.OLD_ORD_FRAMES | {f[2] for f in unseen_r18.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

VOCAB = {
    "inan": fresh(["глобус", "телескоп", "микроскоп", "мольберт", "рояль", "арфа", "скрипка",
                   "виолончель", "барабан", "аккордеон", "патефон", "граммофон", "самовар",
                   "сундук", "комод", "буфет", "торшер", "абажур", "гобелен", "ковёр",
                   "канделябр", "подсвечник", "кувшин", "ваза", "статуэтка", "шкатулка",
                   "веер", "зонт"]),
    "anim": fresh(["скульптор", "гравёр", "чеканщик", "витражист", "иконописец", "акварелист",
                   "пейзажист", "портретист", "искусствовед", "коллекционер", "антиквар",
                   "оценщик", "аукционист", "меценат"]),
    "adj": fresh(["антикварный", "фарфоровый", "хрустальный", "бронзовый", "золотой",
                  "расписной", "резной", "дубовый"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Из-за {X} спорили весь вечер.", False),
    ("gen", "Сверх {X} ничего не купили.", False),
    ("gen", "Музей лишили {X}.", False),
    ("gen", "Выставка не обошлась без {X}.", True),
    ("dat", "Награды достались {X}.", True),
    ("dat", "Аплодисменты адресовались {X}.", True),
    ("dat", "Реставраторы вернули блеск {X}.", False),
    ("ins", "Зал украсили {X}.", False),
    ("ins", "Антиквар торговал {X}.", False),
    ("ins", "Публика восторгалась {X}.", True),
    ("ins", "Над {X} висели гирлянды.", False),
    ("pre", "Каталог рассказывает о {X}.", False),
    ("pre", "Пыль лежала на {X}.", False),
    ("pre", "Критик писал о {X}.", True),
    ("acc", "Музей приобрёл {X}.", False),
    ("acc", "Реставраторы починили {X}.", False),
    ("nom", "В витрине стояли {X}.", False),
    ("nom", "Пропали {X}.", False),
])

ORD = {
    "f": fresh(["витрина", "галерея", "анфилада", "ротонда", "экспозиция", "рама", "полочка",
                "ступенька", "плитка", "колонна", "фреска", "картина", "гравюра", "миниатюра"]),
    "m": fresh(["зал", "постамент", "пьедестал", "подиум", "экспонат", "лот", "стенд",
                "шкаф", "ярус", "холст", "эскиз", "триптих", "альбом", "каталог"]),
}
ORD_PL = fresh(["зал", "постамент", "пьедестал", "подиум", "экспонат", "лот", "холст", "эскиз",
                "альбом", "каталог"])

ORD_FRAMES = [f for f in [
    ("gen", "после", "Экскурсия закончится {X}.", False),
    ("gen", "без", "Выставка откроется {X}.", False),
    ("gen", "возле", "Смотритель дремал {X}.", False),
    ("dat", "к", "Гид подвёл группу {X}.", False),
    ("dat", "по", "Пройдитесь {X}.", False),
    ("ins", "перед", "Толпа замерла {X}.", False),
    ("ins", "под", "Табличка висит {X}.", False),
    ("pre", "в", "Реставрация идёт {X}.", False),
    ("pre", "на", "Подпись стоит {X}.", False),
    ("acc", "на", "Посмотрите {X}.", False),
    ("acc", "в", "Перенесите вазу {X}.", False),
    ("nom", "", "На очереди {X}.", False),
    ("gen", "из", "Экспонаты вынесли {X}.", True),
    ("pre", "о", "В буклете рассказано {X}.", True),
    ("dat", "по", "Развесьте таблички {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Аукцион пройдёт {X}.", None),
    ("gen", "Музей не работает с {X}.", None),
    ("gen", "Билеты продаются до {X}.", None),
    ("acc", "Картину украли в ночь на {X}.", None),
    ("gen", "Реставрация завершилась {X}.", None),
    ("dat", "Каталог напечатают к {X}.", None),
    ("acc", "Открытие назначено на {X}.", None),
    ("acc", "Экспозиция продлена по {X}.", None),
    ("nom", "День открытых дверей: {X}.", None),
    ("ins", "Расписка датирована {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с конца {Y} года", "Коллекция пополнялась {X}."),
    ("gen", "в середине {Y} года", "Картину продали {X}."),
    ("gen", "накануне {Y} г.", "Музей закрыли {X}"),
    ("pre", "в {Y} году", "Полотно отреставрировали {X}."),
    ("dat", "к {Y} году", "Фонды музея выросли {X}."),
    ("acc", "на {Y} год", "Выставки {X} расписаны."),
    ("acc", "через {Y} год", "Он перешагнул {X}."),
    ("ins", "под {Y} годом", "В каталоге {X} значится пейзаж."),
    ("nom", "{Y} год", "{X} стал для музея рекордным."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Реставрация потребовала свыше {X}.", None),
    ("gen", "Лот ушёл за сумму около {X}.", None),
    ("gen", "Не набралось и {X}.", None),
    ("dat", "Потери приравняли к {X}.", None),
    ("dat", "Вес статуи равен {X}.", None),
    ("ins", "Меценат пожертвовал {X}.", None),
    ("ins", "Фонд располагает {X}.", None),
    ("pre", "Торг остановился на {X}.", None),
    ("acc", "Музей получил {X}.", None),
    ("acc", "Цену снизили на {X}.", None),
    ("acc", "Покупатель внёс {X}.", None),
    ("nom", "Страховая оценка — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r21", RU, per_class=60, seed=157)


if __name__ == "__main__":
    main()
