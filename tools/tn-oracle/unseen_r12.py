"""Twelfth round (issue 33): every Russian class again (counted nouns, ordinals with written
endings, dates and years, measures), written after round 11's rules only to measure them, as
round 9 measured round 8's: vocabulary no set used (checked by lemma against generate.py and
rounds 1-11, dropped without printing which), frames no set had, and governing words chosen as
a writer would use them, not for or against the lists. Labels: the case the template's
governing word demands (num2words, pymorphy3), as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r12.py [--per-class 60] [--seed 97]

writes crates/text-normalizer/tests/data/tn-unseen/r12-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen
import unseen_r10
import unseen_r11
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r9.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r9.VOCAB, unseen_r9.ORD, unseen_r9.ORD_PL, [u[1] for u in unseen_r9.UNITS],
    unseen_r10.VOCAB, unseen_r11.NOUNS, [[u[1] for u in us] for us in unseen_r11.UNITS.values()],
]))
OLD_FRAMES = unseen_r9.OLD_FRAMES | {f[1] for f in unseen_r9.AGREE_FRAMES + unseen_r9.ORD_FRAMES
                                     + unseen_r9.DATE_FRAMES + unseen_r9.YEAR_FRAMES
                                     + unseen_r9.MEASURE_FRAMES}


fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)


VOCAB = {
    "inan": fresh(["гараж", "киоск", "погост", "хутор", "курятник", "сарай", "домик",
                   "колокол", "прицеп", "грузовик", "катер", "вертолёт", "экскаватор",
                   "светофор", "фургон", "павильон", "шатёр", "ангар", "цех", "маяк",
                   "поезд", "трактор", "самосвал", "комбайн"]),
    "anim": fresh(["пекарь", "садовник", "лётчик", "пастух", "маляр", "почтальон",
                   "дворник", "библиотекарь", "штурман", "кузнец", "сторож", "фельдшер",
                   "повар", "механик"]),
    "adj": fresh(["новенький", "ржавый", "железный", "колхозный", "исправный",
                  "дальний"]),
}

# (case, frame, needs an animate noun)
AGREE_FRAMES = fresh_frames([
    ("gen", "Возле {X} собралась толпа.", False),
    ("gen", "Среди {X} не нашлось пустого.", False),
    ("gen", "Из-за {X} движение встало.", False),
    ("gen", "Мы добились {X}.", False),
    ("dat", "Премию выписали {X}.", True),
    ("dat", "Инструктор доверял {X}.", True),
    ("dat", "Дорога вела к {X}.", False),
    ("ins", "Завод обзавёлся {X}.", False),
    ("ins", "Рядом с {X} стоял забор.", False),
    ("ins", "Она заведовала {X}.", False),
    ("ins", "Начальник руководил {X}.", True),
    ("pre", "Газета рассказала о {X}.", True),
    ("pre", "Краска облупилась на {X}.", False),
    ("pre", "Пожар начался в {X}.", False),
    ("acc", "Хозяин продал {X}.", False),
    ("acc", "Бригада покрасила {X}.", False),
    ("acc", "Всех пригласили в {X}.", False),
    ("nom", "На площади стояли {X}.", False),
    ("nom", "В списке значились {X}.", False),
])

ORD = {
    "f": fresh(["палуба", "трибуна", "ложа", "витрина", "парта", "страница", "полка",
                "комната", "камера", "делянка", "опора", "вышка"]),
    "m": fresh(["перрон", "участок", "квартал", "стенд", "номер", "пакет", "том", "кабинет",
                "столб", "стеллаж", "бокс", "сектор"]),
}
ORD_PL = fresh(["участок", "квартал", "стенд", "том", "кабинет", "сектор", "столб",
                "стеллаж"])

ORD_FRAMES = fresh_frames([
    ("gen", "от", "Отсчёт ведётся {X}.", False),
    ("gen", "около", "Ждите {X}.", False),
    ("gen", "без", "Проект сдали {X}.", False),
    ("dat", "к", "Подойдите {X}.", False),
    ("dat", "по", "Отчёт готовят {X}.", False),
    ("ins", "под", "Ключ лежит {X}.", False),
    ("ins", "с", "Сравните это {X}.", False),
    ("pre", "при", "Вопрос возник {X}.", False),
    ("pre", "в", "Документы хранятся {X}.", False),
    ("acc", "в", "Зайдите {X}.", False),
    ("acc", "за", "Загляните {X}.", False),
    ("nom", "", "Следующим идёт {X}.", False),
    ("gen", "для", "Места выделили {X}.", True),
    ("pre", "на", "Таблички висят {X}.", True),
    ("dat", "по", "Их распределили {X}.", True),
])

DATE_FRAMES = fresh_frames([
    ("gen", "Письмо пришло {X}.", None),
    ("gen", "Не позднее {X} ответьте.", None),
    ("gen", "Приём длится до {X}.", None),
    ("gen", "Отпуск начнётся после {X}.", None),
    ("dat", "Ремонт закончат к {X}.", None),
    ("acc", "Концерт назначили на {X}.", None),
    ("acc", "Запись идёт по {X}.", None),
    ("nom", "Сегодня {X}.", None),
    ("gen", "Договор подписан {X}.", None),
    ("ins", "Между {X} и концом месяца всё решится.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "до {Y} года", "Усадьба пустовала {X}."),
    ("gen", "с {Y} г.", "Музей работает {X}"),
    ("gen", "около {Y} года", "Мост построили {X}."),
    ("gen", "весной {Y} года", "Сад заложили {X}."),
    ("pre", "в {Y} году", "Церковь восстановили {X}."),
    ("pre", "в {Y} г.", "Рукопись нашли {X}"),
    ("dat", "к {Y} году", "Население выросло {X}."),
    ("acc", "на {Y} год", "План составили {X}."),
    ("ins", "под {Y} годом", "В летописи {X} есть запись."),
    ("ins", "за {Y} годом", "{X} пришёл новый век."),
    ("nom", "{Y} год", "{X} выдался урожайным."),
])

UNITS = [u for u in [
    ("мг", "миллиграмм", None, None, "", "mass"),
    ("см", "сантиметр", None, None, "", "length"),
    ("дм", "дециметр", None, None, "", "length"),
    ("мл", "миллилитр", None, None, "", "volume"),
    ("кВт", "киловатт", None, None, "", "power"),
    ("В", "вольт", None, None, "", "voltage"),
    ("А", "ампер", None, None, "", "current"),
    ("ц", "центнер", None, None, "", "mass"),
    ("Гц", "герц", None, None, "", "frequency"),
    ("мин", "минута", None, None, "", "time"),
    ("л", "литр", None, None, "", "volume"),
] if not (_lemmas({u[1]}) & OLD_RU_VOCAB)]
print(f"  units: {len(UNITS)} kept", file=sys.stderr)

MEASURE_FRAMES = fresh_frames([
    ("gen", "Добавьте не больше {X}.", None),
    ("gen", "Хватит и {X}.", None),
    ("gen", "Требуется около {X}.", None),
    ("gen", "Он не дотянул до {X}.", None),
    ("dat", "Давление приблизилось к {X}.", None),
    ("dat", "Показатель равен {X}.", None),
    ("ins", "Ограничимся {X}.", None),
    ("pre", "Остановились на {X}.", None),
    ("acc", "Расход снизили на {X}.", None),
    ("acc", "Прибор показал {X}.", None),
    ("acc", "Добавили ещё {X}.", None),
    ("nom", "Итого {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r12", RU, per_class=60, seed=97)


if __name__ == "__main__":
    main()
