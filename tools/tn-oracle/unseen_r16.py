"""Sixteenth round (issue 33): every Russian class again, written at the start of a session
before any rule change, only to measure round 15's rules, as rounds 9, 12 and 15 did:
vocabulary no set used (checked by lemma against generate.py and rounds 1-15, dropped without
printing which), frames no set had, governing words chosen as a writer would use them (not
looked up in the rules' lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r16.py [--per-class 60] [--seed 131]

writes crates/text-normalizer/tests/data/tn-unseen/r16-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r12
import unseen_r15
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r15.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r15.VOCAB, unseen_r15.ORD, unseen_r15.ORD_PL,
]))
OLD_FRAMES = unseen_r15.OLD_FRAMES | {
    f[1] for f in unseen_r15.AGREE_FRAMES + unseen_r15.ORD_FRAMES + unseen_r15.DATE_FRAMES
    + unseen_r15.YEAR_FRAMES + unseen_r15.MEASURE_FRAMES}
# An ordinal frame is its text (its second field is the preposition, which older rounds share).
OLD_ORD_FRAMES = {f[2] for f in unseen_r9.ORD_FRAMES + unseen_r12.ORD_FRAMES
                  + unseen_r15.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

VOCAB = {
    "inan": fresh(["колодец", "фонтан", "маяк", "водокачка", "киоск", "трактир", "вокзал",
                   "стадион", "каток", "манеж", "конюшня", "курятник", "свинарник", "хлев",
                   "шалаш", "блиндаж", "окоп", "форт", "редут", "особняк", "дача", "усадьба",
                   "поместье", "юрта", "общежитие", "училище", "пастбище", "теплица",
                   "сеновал", "погост"]),
    "anim": fresh(["пастух", "доярка", "конюх", "пекарь", "официант", "библиотекарь",
                   "сторож", "вахтёр", "лаборант", "практикант", "волонтёр", "экскурсовод",
                   "машинист", "диспетчер", "штурман", "боцман", "лоцман", "повариха"]),
    "adj": fresh(["заснеженный", "бревенчатый", "двухэтажный", "уединённый", "приземистый",
                  "добротный", "нарядный"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Посреди {X} вырос бурьян.", False),
    ("gen", "Мимо {X} проехал автобус.", False),
    ("gen", "Сторож не отходил от {X}.", False),
    ("gen", "Без {X} посёлок бы пропал.", False),
    ("gen", "Дети испугались {X}.", True),
    ("dat", "Грамоты вручили {X}.", True),
    ("dat", "Ребята помогали {X}.", True),
    ("dat", "Туристы направились к {X}.", False),
    ("ins", "Крестьянин владел {X}.", False),
    ("ins", "Посёлок славится {X}.", False),
    ("ins", "Он руководил {X}.", True),
    ("ins", "Перед {X} посадили цветы.", False),
    ("pre", "Статья рассказывала о {X}.", False),
    ("pre", "Свет горел в {X}.", False),
    ("pre", "Хозяйство нуждалось в {X}.", True),
    ("acc", "Ураган повредил {X}.", False),
    ("acc", "Мы арендовали {X}.", False),
    ("nom", "За холмом белели {X}.", False),
    ("nom", "Уцелели только {X}.", False),
])

ORD = {
    "f": fresh(["палата", "каюта", "платформа", "полоса", "колонна", "ложа", "ниша", "секция",
                "камера", "комната", "касса", "парта", "шахта", "тумба", "полка", "штольня",
                "вышка", "опора", "арка", "башня", "витрина", "строфа", "трасса", "площадка"]),
    "m": fresh(["вагон", "трюм", "ангар", "перрон", "маршрут", "участок", "кабинет", "этаж",
                "квартал", "сектор", "киоск", "стенд", "столб", "пирс", "шатёр", "куплет",
                "параграф", "абзац", "выпуск", "рейс", "вольер", "контейнер", "корпус",
                "подвал"]),
}
ORD_PL = fresh(["вагон", "ангар", "участок", "кабинет", "квартал", "сектор", "маршрут", "стенд",
                "столб", "пирс", "вольер", "контейнер", "корпус", "выпуск", "рейс", "куплет",
                "параграф", "подвал"])

ORD_FRAMES = [f for f in [
    ("gen", "от", "Отойдите {X}.", False),
    ("gen", "напротив", "Машина стоит {X}.", False),
    ("gen", "около", "Соберёмся {X}.", False),
    ("dat", "к", "Подойдите {X}.", False),
    ("dat", "по", "Ходите только {X}.", False),
    ("ins", "под", "Вода капает {X}.", False),
    ("pre", "в", "Свет горит {X}.", False),
    ("pre", "на", "Ремонт идёт {X}.", False),
    ("acc", "в", "Загляните {X}.", False),
    ("acc", "про", "Расскажите {X}.", False),
    ("nom", "", "Дальше по списку {X}.", False),
    ("gen", "без", "Обошлись {X}.", True),
    ("pre", "на", "Проверки прошли {X}.", True),
    ("dat", "по", "Раздайте листовки {X}.", True),
    ("ins", "над", "Дроны летали {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Цены заморозили с {X}.", None),
    ("gen", "Спектакль покажут {X}.", None),
    ("gen", "Очередь заняли накануне {X}.", None),
    ("gen", "Приказ подписан {X}.", None),
    ("gen", "Дождей не было с {X}.", None),
    ("dat", "Ремонт закончат к {X}.", None),
    ("acc", "Приём назначили на {X}.", None),
    ("acc", "Каникулы продлятся по {X}.", None),
    ("nom", "Дата выпуска: {X}.", None),
    ("ins", "Документ помечен {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "начиная с {Y} года", "Налог взимают {X}."),
    ("gen", "вплоть до {Y} года", "Дом пустовал {X}."),
    ("gen", "летом {Y} года", "Экспедиция вернулась {X}."),
    ("gen", "зимой {Y} года", "Озеро промёрзло {X}."),
    ("gen", "в конце {Y} года", "Завод остановили {X}."),
    ("gen", "около {Y} г.", "Икона написана {X}"),
    ("pre", "в {Y} году", "Сад заложили {X}."),
    ("pre", "в {Y} г.", "Собор освятили {X}"),
    ("pre", "о {Y} годе", "Старики вспоминали {X}."),
    ("dat", "к {Y} году", "План выполнили {X}."),
    ("acc", "за {Y} год", "Прибыль {X} выросла."),
    ("acc", "про {Y} год", "Фильм {X} сняли давно."),
    ("ins", "с {Y} годом", "Поздравляем всех {X}!"),
    ("ins", "под {Y} годом", "Запись {X} стёрлась."),
    ("nom", "{Y} год", "{X} выдался засушливым."),
    ("nom", "{Y} г.", "Издание: {X}"),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Запасли около {X}.", None),
    ("gen", "Не хватило {X}.", None),
    ("gen", "Цена выросла с {X}.", None),
    ("dat", "Налог равен {X}.", None),
    ("dat", "Премия добавилась к {X}.", None),
    ("ins", "Мы обошлись {X}.", None),
    ("ins", "Шкала ограничена {X}.", None),
    ("pre", "Сэкономили на {X}.", None),
    ("acc", "Мы заплатили {X}.", None),
    ("acc", "Поезд опоздал на {X}.", None),
    ("acc", "Расход составил {X}.", None),
    ("nom", "Итого: {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r16", RU, per_class=60, seed=131)


if __name__ == "__main__":
    main()
