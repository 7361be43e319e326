"""Eighty-eighth round (issue 33): Russian counts after the words that govern them, written
after round 87's first score (agreement was its weakest class, 85% held) to find what fails
before any rule changes: a mountain resort with a winter garden, vocabulary no set used
(checked by lemma against round 87's chain and every committed set's inputs), and many frames
no set had, three kinds of governing word apart: verbs, prepositions (derived ones too), and
nouns, adjectives and participles; amounts of units in new frames as a fourth class. Labels as
in round 9 ("сноубордист" and "ратрак" are not in the dictionary; its guesses of their gender
and animacy are right).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r88.py [--per-class 60] [--seed 601]

writes crates/text-normalizer/tests/data/tn-unseen/r88-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r2
import unseen_r3
import unseen_r87
import unseen_r9
from unseen import counted
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r87.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r87.VOCAB, unseen_r87.ORD, unseen_r87.ORD_PL])) | _lemmas(
    unseen.committed_words("r88"))
OLD_FRAMES = unseen_r87.OLD_FRAMES | {
    f[1] for f in unseen_r87.AGREE_FRAMES + unseen_r87.DATE_FRAMES + unseen_r87.YEAR_FRAMES
    + unseen_r87.MEASURE_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A mountain resort with a winter garden.
VOCAB = {
    "inan": fresh(["подъёмник", "ратрак", "сноуборд", "бугель", "лыжня", "снегоход",
                   "фуникулёр", "гондола", "ботинок", "крепление", "палка", "кактус",
                   "орхидея", "пальма", "фикус", "лиана", "папоротник", "опрыскиватель",
                   "ватрушка", "шезлонг", "топчан", "гамак", "сауна", "хаммам"]),
    "anim": fresh(["сноубордист", "горнолыжник", "флорист", "ботаник", "лыжник",
                   "фристайлер", "слаломист", "биатлонист", "курортник", "саночник",
                   "метрдотель", "бармен", "аниматор", "массажист", "консьерж", "лакей"]),
    "adj": fresh(["лыжный", "альпийский", "ледниковый", "тропический", "оранжерейный",
                  "вечнозелёный", "курортный", "канатный", "гостиничный"]),
}

VERB_FRAMES = fresh_frames([
    ("gen", "Курортники побаивались {X}.", True),
    ("gen", "Управляющий опасался {X}.", True),
    ("gen", "Сезону недоставало {X}.", False),
    ("gen", "Отель не досчитался {X}.", False),
    ("dat", "Инструктор помогал {X}.", True),
    ("dat", "Управляющий звонил {X}.", True),
    ("dat", "Горничная улыбнулась {X}.", True),
    ("dat", "Владелец отеля подарил кубки {X}.", True),
    ("dat", "Всё внимание досталось {X}.", True),
    ("ins", "Курорт славится {X}.", False),
    ("ins", "Отель обзавёлся {X}.", False),
    ("ins", "Курортники любовались {X}.", False),
    ("ins", "Тренер командовал {X}.", True),
    ("ins", "Завхоз заведует {X}.", False),
    ("acc", "Ураган сломал {X}.", False),
    ("acc", "Отель закупил {X}.", False),
    ("acc", "Метель засыпала {X}.", False),
    ("nom", "В долине работают {X}.", False),
    ("nom", "На склоне катались {X}.", True),
    ("pre", "Курорт нуждается в {X}.", False),
    ("pre", "Реклама умалчивала о {X}.", False),
])

PREP_FRAMES = fresh_frames([
    ("gen", "Сверх {X} отель ничего не обещал.", False),
    ("gen", "Помимо {X} курорт предлагает каток.", False),
    ("gen", "С помощью {X} трассу расчистили за ночь.", False),
    ("gen", "Ради {X} туристы едут через всю страну.", False),
    ("gen", "Посреди {X} стоит ель.", False),
    ("gen", "Вдоль {X} тянется забор.", False),
    ("gen", "Со стороны {X} поступили жалобы.", True),
    ("gen", "В ходе проверки {X} нашли нарушения.", False),
    ("dat", "Тропинка ведёт к {X}.", False),
    ("dat", "Вопреки {X} склон закрыли.", True),
    ("dat", "Согласно {X} снег лёг рано.", True),
    ("ins", "Наряду с {X} открыли каток.", False),
    ("ins", "Вместе с {X} приехал врач.", True),
    ("ins", "Перед {X} выстроилась очередь.", False),
    ("ins", "Под {X} прятались от ветра.", False),
    ("pre", "При {X} курорт принимает тысячу гостей.", False),
    ("pre", "Новички катаются на {X}.", False),
    ("acc", "Сквозь {X} пробивалось солнце.", False),
    ("acc", "Через {X} проложили мостки.", False),
    ("acc", "Отель поменял ковры на {X}.", False),
])

WORD_FRAMES = fresh_frames([
    ("gen", "Цена аренды {X} выросла.", False),
    ("gen", "Запуск {X} отложили.", False),
    ("gen", "Ремонт {X} обошёлся дорого.", False),
    ("gen", "Фотографии {X} висят в холле.", True),
    ("gen", "Приезд {X} взволновал отель.", True),
    ("gen", "Владелец ждёт возвращения {X}.", True),
    ("dat", "Управляющий благодарен {X}.", True),
    ("dat", "Отель признателен {X}.", True),
    ("dat", "Стенд, посвящённый {X}, стоит у входа.", True),
    ("dat", "Курорт открыт {X}.", True),
    ("ins", "Холл украшен {X}.", False),
    ("ins", "Оснащённый {X} курорт открылся в декабре.", False),
    ("ins", "Управляющий недоволен {X}.", False),
    ("ins", "Склон, усеянный {X}, сверкал на солнце.", False),
    ("dat", "Интерес к {X} не угасает.", False),
    ("pre", "Отчёт о {X} лежит на столе.", False),
    ("pre", "Слухи о {X} оказались правдой.", True),
    ("acc", "Заказ на {X} отправили в Италию.", False),
    ("acc", "Очередь за {X} растянулась на час.", False),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Подъёмник выдерживает не более {X}.", {"mass"}),
    ("gen", "Трасса короче {X}.", {"length"}),
    ("gen", "Снега выпало свыше {X}.", None),
    ("gen", "Ратрак расходует до {X} за смену.", {"volume"}),
    ("acc", "Подъём занимает {X}.", {"time"}),
    ("acc", "Курорт расширили на {X}.", None),
    ("acc", "Лыжник проехал {X}.", {"length"}),
    ("dat", "Перепад высот равен {X}.", {"length"}),
    ("dat", "Снежный покров приблизился к {X}.", {"length"}),
    ("ins", "Сезон завершился {X} убытка.", {"money"}),
    ("ins", "Отель ограничился {X}.", None),
    ("ins", "Курорт гордится {X} трасс.", {"length"}),
    ("pre", "Гид рассказывал о {X}.", None),
    ("pre", "Смотритель настаивал на {X}.", None),
    ("nom", "Глубина снега — {X}.", {"length"}),
    ("nom", "Длина канатной дороги — {X}.", {"length"}),
])

RU = {
    "agreement_verb": unseen_r2.agreement(VOCAB, VERB_FRAMES, counted),
    "agreement_prep": unseen_r2.agreement(VOCAB, PREP_FRAMES, counted),
    "agreement_word": unseen_r2.agreement(VOCAB, WORD_FRAMES, counted),
    "money_measure": unseen_r3.ru_measure(unseen_r15.UNITS, MEASURE_FRAMES),
}


def main():
    unseen.round_main("r88", RU, per_class=60, seed=601)


if __name__ == "__main__":
    main()
