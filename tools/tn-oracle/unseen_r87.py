"""Eighty-seventh round (issue 33): every Russian class again, written after round 86's rules
only to measure them, as rounds 9-38 and 78 did: a glassworks and its perfumer's laboratory,
vocabulary that no set used (checked by lemma against round 78's chain and against every word
of every committed set's inputs, dropped without printing which), frames no set had, governing
words chosen as a writer would use them (not looked up in the rules' lists). Labels as in
round 9. "атомайзер" is not in the dictionary; it is counted only in the genitive, where the
oracle's guess of its animacy does not matter.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r87.py [--per-class 60] [--seed 587]

writes crates/text-normalizer/tests/data/tn-unseen/r87-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r78
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r78.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r78.VOCAB, unseen_r78.ORD, unseen_r78.ORD_PL])) | _lemmas(
    unseen.committed_words("r87"))
OLD_FRAMES = unseen_r78.OLD_FRAMES | {
    f[1] for f in unseen_r78.AGREE_FRAMES + unseen_r78.DATE_FRAMES + unseen_r78.YEAR_FRAMES
    + unseen_r78.MEASURE_FRAMES}
OLD_ORD_FRAMES = unseen_r78.OLD_ORD_FRAMES | {f[2] for f in unseen_r78.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A glassworks and its perfumer's laboratory.
VOCAB = {
    "inan": fresh(["колба", "реторта", "ампула", "флакон", "пипетка", "пробирка", "мензурка",
                   "штатив", "тигель", "муфель", "змеевик", "эссенция", "пульверизатор",
                   "атомайзер", "окуляр", "объектив", "спектрограф", "фотопластинка",
                   "трубка", "валик", "чан", "рефрактор", "секстант", "клише"]),
    "anim": fresh(["стеклодув", "выдувальщик", "шлифовальщик", "огранщик", "парфюмер",
                   "печатник", "верстальщик", "литограф", "кожевник", "дубильщик", "бондарь",
                   "канатчик", "звездочёт", "бакенщик"]),
    "adj": fresh(["стеклянный", "выдувной", "парфюмерный", "ароматический", "кожевенный",
                  "бондарный", "звёздный", "оптический"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Опыт сорвался из-за нехватки {X}.", False),
    ("gen", "В шкафу не осталось {X}.", False),
    ("gen", "Мастерская лишилась {X}.", False),
    ("gen", "Заказ выполнен силами {X}.", True),
    ("gen", "Работа встала в отсутствие {X}.", True),
    ("gen", "Кроме {X} на полке ничего нет.", False),
    ("dat", "Хозяин мастерской доверял {X}.", True),
    ("dat", "Премию выплатили {X}.", True),
    ("dat", "Заведующий поручил уборку {X}.", True),
    ("dat", "Навстречу {X} вышел сторож.", True),
    ("ins", "Стол заставлен {X}.", False),
    ("ins", "Лаборатория располагает {X}.", False),
    ("ins", "Заведующий руководит {X}.", True),
    ("ins", "Полки забиты {X}.", False),
    ("ins", "Над {X} повесили лампу.", False),
    ("pre", "Реактив хранят в {X}.", False),
    ("pre", "Отчёт рассказывал о {X}.", True),
    ("acc", "Стеклодув выдул за смену {X}.", False),
    ("acc", "Лаборант разбил {X}.", False),
    ("nom", "На выставку прибыли {X}.", True),
    ("nom", "На полке стоят {X}.", False),
])

ORD = {
    "f": fresh(["колба", "реторта", "ампула", "пипетка", "пробирка", "мензурка",
                "фотопластинка"]),
    "m": fresh(["флакон", "штатив", "тигель", "муфель", "змеевик", "окуляр", "объектив",
                "чан"]),
}
ORD_PL = fresh(["флакон", "штатив", "тигель", "змеевик", "окуляр", "чан"])

ORD_FRAMES = [f for f in [
    ("gen", "из", "Эссенцию отлили {X}.", False),
    ("gen", "около", "Лаборант поставил лампу {X}.", False),
    ("gen", "вместо", "Мастер по ошибке взял крышку {X}.", False),
    ("dat", "к", "Парфюмер вернулся {X}.", False),
    ("dat", "по", "Трещина прошла {X}.", False),
    ("ins", "над", "Пар поднимался {X}.", False),
    ("ins", "рядом с", "Мастер положил щипцы {X}.", False),
    ("pre", "в", "Осадок выпал {X}.", False),
    ("pre", "на", "Нашли отпечатки пальцев {X}.", False),
    ("acc", "в", "Раствор перелили {X}.", False),
    ("acc", "про", "Лаборант забыл {X}.", False),
    ("nom", "", "На очереди {X}.", False),
    ("gen", "из", "Пробы взяли {X}.", True),
    ("pre", "на", "Трещины нашли {X}.", True),
    ("dat", "по", "Разложили этикетки {X}.", True),
    ("ins", "под", "Поставили поддоны {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Партию духов отправили {X}.", None),
    ("gen", "Лаборатория закрыта до {X}.", None),
    ("gen", "Приём заказов прекратят после {X}.", None),
    ("gen", "Начиная с {X} мастерская работает без выходных.", None),
    ("acc", "Выставку стекла назначили на {X}.", None),
    ("dat", "Флаконы выдуют к {X}.", None),
    ("nom", "Срок сдачи заказа — {X}.", None),
    ("ins", "Рецепт помечен {X}.", None),
    ("gen", "Опыт повторили утром {X}.", None),
    ("acc", "Сдачу отчёта перенесли на {X}.", None),
    ("gen", "Печь топили с {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с лета {Y} года", "Мастерская выпускает флаконы {X}."),
    ("pre", "в кризисном {Y} году", "Лаборатория едва не закрылась {X}."),
    ("gen", "до самого {Y} года", "Печь работала без ремонта {X}."),
    ("acc", "за отчётный {Y} год", "Стеклодув выдул {X} десять тысяч колб."),
    ("ins", "перед памятным {Y} годом", "Мастерскую перестроили {X}."),
    ("nom", "Начался {Y} год", "{X}."),
    ("gen", "в марте {Y} года", "Первую партию духов продали {X}."),
    ("gen", "примерно с {Y} года", "Рецепт держат в тайне {X}."),
    ("dat", "к выставочному {Y} году", "Коллекцию флаконов пополнили {X}."),
    ("pre", "о трудном {Y} годе", "Парфюмер писал в мемуарах {X}."),
    ("gen", "с середины {Y} года", "Стекло варят по новому рецепту {X}."),
    ("ins", "за благополучным {Y} годом", "{X} пришли трудные времена."),
    ("gen", "после удачного {Y} года", "Мастерская наняла учеников {X}."),
    ("pre", "в том же {Y} году", "Лабораторию перевели в новое здание {X}."),
    ("gen", "в начале {Y} года", "Парфюмер уехал в Грасс {X}."),
    ("nom", "{Y} год", "{X} выдался урожайным на лаванду."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Колба с раствором легче {X}.", None),
    ("gen", "Температура в печи достигает почти {X}.", None),
    ("gen", "Партия весит менее {X}.", None),
    ("acc", "Мастер отмерил {X}.", None),
    ("acc", "Объём заказа вырос на {X}.", None),
    ("acc", "Опыт продлился ровно {X}.", None),
    ("dat", "Расход спирта приравняли к {X}.", None),
    ("dat", "Разница свелась к {X}.", None),
    ("ins", "Лаборатория ограничилась {X}.", None),
    ("ins", "Парфюмер пожертвовал {X}.", None),
    ("pre", "В отчёте говорится о {X}.", None),
    ("nom", "Объём флакона — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r87", RU, per_class=60, seed=587)


if __name__ == "__main__":
    main()
