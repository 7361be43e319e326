"""Twenty-ninth round (issue 33): a number after a noun of place in a prepositional phrase
("Лагерь разбили у подножия двенадцати ледников"). Round 27 read such a count as the clause's
subject, as it is in "На берегу стояли пять домов". Which one it is depends on the clause:
the noun's genitive complement where the verb before the phrase has its subject and object
already, the verb's own subject or object where it has not ("Фермеры посадили в саду пять
яблонь", "Ночевали в сторожке три лесоруба"), an extent where the amount is a time or a
distance ("Отряд простоял у подножия три часа"). Written before any rule for it, with nouns
of place and verbs no list holds; labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r29.py [--per-class 60] [--seed 199]

writes crates/text-normalizer/tests/data/tn-unseen/r29-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r2
import unseen_r27
import unseen_r3
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r27.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r27.VOCAB, unseen_r27.ORD, unseen_r27.ORD_PL]))
OLD_FRAMES = unseen_r27.OLD_FRAMES | {
    f[1] for f in unseen_r27.AGREE_FRAMES + unseen_r27.DATE_FRAMES + unseen_r27.YEAR_FRAMES
    + unseen_r27.MEASURE_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Landmarks: what a noun of place is the foot, top, shade or edge of.
LANDMARKS = {
    "inan": fresh(["холм", "курган", "утёс", "дюна", "бархан", "сопка", "водопад", "родник",
                   "колодец", "мельница", "маяк", "часовня", "пагода", "минарет", "обелиск",
                   "мавзолей", "плотина", "шлюз", "дот", "блиндаж", "амбар", "сарай",
                   "пакгауз", "ангар", "элеватор", "зиккурат", "бастион", "редут"]),
    "anim": [],
    "adj": fresh(["древний", "песчаный", "безымянный", "старинный",
                  "одинокий"]),
}

# What a verb before the phrase makes or finds, and who does it.
OBJECTS = {
    "inan": fresh(["яблоня", "груша", "слива", "саженец", "куст", "валун", "скамья",
                   "беседка", "клумба", "фонтан", "сарайчик", "улей", "кормушка",
                   "пугало", "флюгер", "будка", "колонка", "тачка", "лейка"]),
    "anim": fresh(["лесоруб", "пастух", "косарь", "землекоп", "бурлак", "паломник",
                   "богомолец", "странник", "батрак", "подёнщик", "сезонник", "старатель"]),
    "adj": fresh(["садовый", "дубовый", "чугунный", "расписной", "низкий", "кривой"]),
}

# (case, frame, animate). The verb before the phrase has its subject and its object (or
# takes none): the count is the genitive of the noun of place.
COMPLEMENT_FRAMES = fresh_frames([
    ("gen", "Археологи разбили лагерь у подножия {X}.", False),
    ("gen", "Пастухи пасли овец на склонах {X}.", False),
    ("gen", "Путники сделали привал в тени {X}.", False),
    ("gen", "Отряд занял оборону на вершинах {X}.", False),
    ("gen", "Караван остановился у основания {X}.", False),
    ("gen", "Дети играли в тени {X}.", False),
    ("gen", "Солдаты несли караул у ворот {X}.", False),
    ("gen", "Сторож ходил вдоль стен {X}.", False),
    ("gen", "Ласточки вили гнёзда под крышами {X}.", False),
    ("gen", "Строители укрепили фундамент под стенами {X}.", False),
    ("gen", "Художник писал этюды у подножия {X}.", False),
    ("gen", "Туристы фотографировались на фоне {X}.", False),
    ("gen", "Ветер свистел в щелях {X}.", False),
    ("gen", "Местные жители собирают травы на склонах {X}.", False),
])

# The verb still needs its subject or object: the count is it.
ARGUMENT_FRAMES = fresh_frames([
    ("acc", "Фермеры посадили в саду {X}.", False),
    ("acc", "Садовник поставил у забора {X}.", False),
    ("acc", "Хозяин установил во дворе {X}.", False),
    ("acc", "Мы увидели на лужайке {X}.", False),
    ("acc", "Соседи вынесли на улицу {X}.", False),
    ("acc", "Купили на ярмарке {X}.", False),
    ("acc", "Рабочие сложили у ворот {X}.", False),
    ("nom", "Ночевали в сторожке {X}.", True),
    ("nom", "Стояли у крыльца {X}.", False),
    ("nom", "Во дворе усадьбы виднелись {X}.", False),
    ("nom", "У колодца толпились {X}.", True),
    ("nom", "На лугу работали {X}.", True),
])

# An amount of time or distance after the phrase is an extent.
EXTENT_FRAMES = fresh_frames([
    ("acc", "Отряд простоял у подножия {X}.", {"time"}),
    ("acc", "Путники брели вдоль обрыва {X}.", {"time", "length"}),
    ("acc", "Дозор шёл по гребню {X}.", {"time", "length"}),
    ("acc", "Лодка дрейфовала у берега {X}.", {"time"}),
    ("acc", "Туристы прождали на перроне {X}.", {"time"}),
    ("acc", "Караван двигался по пустыне {X}.", {"time", "length"}),
    ("acc", "Дети прятались в шалаше {X}.", {"time"}),
    ("acc", "Косари работали на лугу {X}.", {"time"}),
])

RU = {
    "pp_complement": unseen_r2.agreement(LANDMARKS, COMPLEMENT_FRAMES, unseen.counted),
    "pp_argument": unseen_r2.agreement(OBJECTS, ARGUMENT_FRAMES, unseen.counted),
    "pp_extent": unseen_r3.ru_measure(unseen_r15.UNITS, EXTENT_FRAMES),
}


def main():
    unseen.round_main("r29", RU, per_class=60, seed=199)


if __name__ == "__main__":
    main()
