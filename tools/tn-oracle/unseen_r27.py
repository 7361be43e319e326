"""Twenty-seventh round (issue 33): every Russian class again, written after round 26's rules
only to measure them, as rounds 9, 12, 15, 16, 18, 21 and 23 did: vocabulary no set used
(checked by lemma against generate.py and rounds 1-26, dropped without printing which), frames
no set had, governing words chosen as a writer would use them (not looked up in the rules'
lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r27.py [--per-class 60] [--seed 193]

writes crates/text-normalizer/tests/data/tn-unseen/r27-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r23
import unseen_r24
import unseen_r25
import unseen_r26
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r23.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r23.VOCAB, unseen_r23.ORD, unseen_r23.ORD_PL]))
OLD_FRAMES = unseen_r23.OLD_FRAMES | {
    f[1] for f in unseen_r23.AGREE_FRAMES + unseen_r23.DATE_FRAMES + unseen_r23.YEAR_FRAMES
    + unseen_r23.MEASURE_FRAMES + unseen_r24.ADJECTIVE_FRAMES + unseen_r24.NEGATED_FRAMES
    + unseen_r25.PREPOSITION_FRAMES + unseen_r25.ATTRIBUTE_FRAMES + unseen_r26.FRAMES}
OLD_ORD_FRAMES = unseen_r23.OLD_ORD_FRAMES | {f[2] for f in unseen_r23.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

VOCAB = {
    "inan": fresh(["ледоруб", "карабин", "рюкзак", "спальник", "котелок", "примус", "горелка",
                   "фляга", "термос", "каска", "верёвка", "палатка", "тент", "коврик",
                   "фонарик", "навигатор", "рация", "аптечка", "бахила", "кошка", "жумар",
                   "страховка", "перевал", "ледник", "гребень", "кулуар", "карниз", "траверс"]),
    "anim": fresh(["альпинист", "скалолаз", "проводник", "инструктор", "шерп", "турист",
                   "носильщик", "спасатель", "новичок", "разрядник", "мастер", "путешественник",
                   "топограф", "гляциолог"]),
    "adj": fresh(["горный", "ледовый", "скальный", "снежный", "страховочный", "походный",
                  "альпинистский", "высотный"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Группа вернулась без {X}.", False),
    ("gen", "На складе лагеря не оказалось {X}.", False),
    ("gen", "Для {X} отвели отдельную площадку.", True),
    ("gen", "Штурм отложили из-за отсутствия {X}.", True),
    ("gen", "Лагерь разбили у подножия {X}.", False),
    ("dat", "Маршрут доверили {X}.", True),
    ("dat", "Инструктор раздал задания {X}.", True),
    ("dat", "Тропа вела к {X}.", False),
    ("dat", "Лавина угрожала {X}.", False),
    ("ins", "Рюкзаки набили {X}.", False),
    ("ins", "Экспедицией руководили {X}.", True),
    ("ins", "Склон был усеян {X}.", False),
    ("ins", "Новички восхищались {X}.", True),
    ("pre", "Снег лежал на {X}.", False),
    ("pre", "В сводке сообщили о {X}.", True),
    ("pre", "Инструктор рассказал о {X}.", False),
    ("acc", "Носильщики подняли наверх {X}.", False),
    ("acc", "Спасатели эвакуировали {X}.", False),
    ("nom", "В лагере ночевали {X}.", True),
    ("nom", "На склоне валялись {X}.", False),
])

ORD = {
    "f": fresh(["стоянка", "ночёвка", "вершина", "стенка", "полка", "терраса", "седловина",
                "связка", "тропа", "веревка", "ступень", "площадка", "хижина", "база"]),
    "m": fresh(["лагерь", "перевал", "маршрут", "крюк", "бивак", "кулуар", "гребень",
                "взлёт", "жандарм", "участок", "приют", "этап", "пункт", "карниз"]),
}
ORD_PL = fresh(["лагерь", "перевал", "маршрут", "крюк", "бивак", "кулуар", "гребень",
                "жандарм", "приют", "этап"])

ORD_FRAMES = [f for f in [
    ("gen", "от", "Связка стартовала {X}.", False),
    ("gen", "до", "Носильщики донесли груз {X}.", False),
    ("gen", "около", "Палатки поставили {X}.", False),
    ("dat", "к", "Группа вышла {X} к полудню.", False),
    ("dat", "по", "Маршрут проложили {X}.", False),
    ("ins", "за", "Лавина сошла сразу {X}.", False),
    ("ins", "перед", "Альпинисты отдохнули {X}.", False),
    ("pre", "на", "Ночевали {X}.", False),
    ("pre", "в", "Снаряжение оставили {X}.", False),
    ("acc", "на", "Спасатели поднялись {X}.", False),
    ("acc", "через", "Тропа идёт {X}.", False),
    ("nom", "", "Самым трудным оказался {X}.", False),
    ("gen", "с", "Вершина видна {X}.", True),
    ("pre", "о", "В отчёте написано {X}.", True),
    ("dat", "по", "Распределите продукты {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Сезон восхождений начинается {X}.", None),
    ("gen", "Перевал закрыт с {X}.", None),
    ("gen", "Заявки принимаются до {X}.", None),
    ("gen", "Группа ждала погоды начиная с {X}.", None),
    ("acc", "Выход на маршрут назначен на {X}.", None),
    ("dat", "Снаряжение нужно собрать к {X}.", None),
    ("acc", "Лагерь работает по {X}.", None),
    ("nom", "Дата восхождения — {X}.", None),
    ("ins", "Запись в книге датирована {X}.", None),
    ("gen", "Вершину покорили утром {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с лета {Y} года", "Тропа закрыта {X}."),
    ("gen", "до весны {Y} года", "Приют не достроят {X}."),
    ("gen", "после {Y} г.", "Ледник заметно отступил {X}"),
    ("pre", "в {Y} году", "Вершину впервые покорили {X}."),
    ("dat", "к {Y} году", "Маршрут разметят {X}."),
    ("acc", "за {Y} год", "Спасатели провели {X} сорок операций."),
    ("ins", "перед {Y} годом", "Лагерь обновили {X}."),
    ("nom", "{Y} год", "{X} стал для клуба юбилейным."),
    ("gen", "в течение {Y} года", "Группа готовилась {X}."),
    ("gen", "осенью {Y} года", "На перевале построили хижину {X}."),
    ("pre", "о {Y} годе", "Летопись клуба молчит {X}."),
    ("gen", "к исходу {Y} года", "Клуб вырос вдвое {X}."),
    ("acc", "по состоянию на {Y} год", "Данные приведены {X}."),
    ("gen", "вскоре после {Y} года", "Хижину забросили {X}."),
    ("gen", "не позднее {Y} года", "Тропу обещали восстановить {X}."),
    ("acc", "весь {Y} год", "Приют пустовал {X}."),
    ("gen", "в преддверии {Y} года", "Клуб закупил снаряжение {X}."),
    ("gen", "ещё до {Y} года", "Маршрут считался закрытым {X}."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Подъём занял больше {X}.", None),
    ("gen", "Группа не дошла до вершины каких-то {X}.", None),
    ("gen", "Рюкзак весил около {X}.", None),
    ("dat", "Перепад высот близок к {X}.", None),
    ("dat", "Скорость подъёма не соответствовала {X}.", None),
    ("ins", "Альпинисты обошлись {X}.", None),
    ("ins", "Лагерь располагал {X}.", None),
    ("pre", "Связка остановилась в {X} от вершины.", None),
    ("acc", "Носильщик нёс {X}.", None),
    ("acc", "Тропа поднимается на {X}.", None),
    ("acc", "Штурм вершины длился {X}.", None),
    ("nom", "Длина маршрута — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r27", RU, per_class=60, seed=193)


if __name__ == "__main__":
    main()
