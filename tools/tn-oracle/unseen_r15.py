"""Fifteenth round (issue 33): every Russian class again, written after round 14's rules only
to measure them, as rounds 9 and 12 did: vocabulary no set used (checked by lemma against
generate.py and rounds 1-14, dropped without printing which), frames no set had, governing
words as a writer would use them. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r15.py [--per-class 60] [--seed 127]

writes crates/text-normalizer/tests/data/tn-unseen/r15-ru-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
import unseen_r12
import unseen_r13
import unseen_r14
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r12.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r12.VOCAB, unseen_r12.ORD, unseen_r12.ORD_PL, [u[1] for u in unseen_r12.UNITS],
    unseen_r13.VOCAB, unseen_r14.WORDS, unseen_r14.ABBR,
]))
OLD_FRAMES = unseen_r12.OLD_FRAMES | {
    f[1] for f in unseen_r12.AGREE_FRAMES + unseen_r12.ORD_FRAMES + unseen_r12.DATE_FRAMES
    + unseen_r12.YEAR_FRAMES + unseen_r12.MEASURE_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

VOCAB = {
    "inan": fresh(["бассейн", "гостиница", "мастерская", "котельная", "оранжерея", "пристройка",
                   "часовня", "мельница", "кузница", "пекарня", "столовая", "турбаза",
                   "лодка", "баржа", "телега", "карета", "палатка", "будка", "беседка",
                   "лавка", "таверна", "кофейня", "прачечная", "парикмахерская"]),
    "anim": fresh(["плотник", "столяр", "гончар", "ткачиха", "швея", "сварщик", "крановщик",
                   "электрик", "сантехник", "стекольщик", "мельник", "рыбак", "охотник",
                   "лесоруб"]),
    "adj": fresh(["просторный", "тесный", "уютный", "каменный", "деревянный", "старинный"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Вокруг {X} разбили клумбы.", False),
    ("gen", "Недалеко от {X} течёт речка.", False),
    ("gen", "Ради {X} стоило приехать.", False),
    ("gen", "Мы лишились {X}.", False),
    ("dat", "Директор позвонил {X}.", True),
    ("dat", "Путники обрадовались {X}.", False),
    ("dat", "Путь лежал к {X}.", False),
    ("ins", "Она любовалась {X}.", False),
    ("ins", "Отец дорожил {X}.", False),
    ("ins", "Мастер работал с {X}.", True),
    ("ins", "Под {X} спали собаки.", False),
    ("pre", "Они мечтали о {X}.", False),
    ("pre", "Туристы ночевали в {X}.", False),
    ("pre", "Ремонт шёл при {X}.", False),
    ("acc", "Город построил {X}.", False),
    ("acc", "Мы осмотрели {X}.", False),
    ("acc", "Деньги пошли на {X}.", False),
    ("nom", "Во дворе стояли {X}.", False),
    ("nom", "Сгорели {X}.", False),
])

ORD = {
    "f": fresh(["аудитория", "ступенька", "скважина", "лаборатория", "мастерская", "клумба",
                "грядка", "ванна", "койка", "тропа", "бригада", "смена"]),
    "m": fresh(["вагончик", "павильон", "загон", "цех", "подъезд", "люк", "ряд", "пролёт",
                "уровень", "отдел", "коридор", "забег"]),
}
ORD_PL = fresh(["павильон", "загон", "отдел", "коридор", "забег", "вагончик", "люк", "пролёт"])

ORD_FRAMES = fresh_frames([
    ("gen", "до", "Дойдите {X}.", False),
    ("gen", "возле", "Подождите {X}.", False),
    ("gen", "из", "Вышли все {X}.", False),
    ("dat", "к", "Вернитесь {X}.", False),
    ("dat", "по", "Пройдите {X}.", False),
    ("ins", "за", "Спрячьтесь {X}.", False),
    ("ins", "над", "Лампа висит {X}.", False),
    ("pre", "о", "Спросите {X}.", False),
    ("pre", "на", "Встречаемся {X}.", False),
    ("acc", "на", "Переходите {X}.", False),
    ("acc", "в", "Пройдите {X}.", False),
    ("nom", "", "Свободен только {X}.", False),
    ("gen", "для", "Ключи выдали {X}.", True),
    ("pre", "в", "Проверку провели {X}.", True),
    ("ins", "между", "Граница проходит {X}.", True),
])

DATE_FRAMES = fresh_frames([
    ("gen", "Поезд отправится {X}.", None),
    ("gen", "Пропуск действует до {X}.", None),
    ("gen", "Скидки будут после {X}.", None),
    ("gen", "Занятия начнутся с {X}.", None),
    ("dat", "Отчёт нужен к {X}.", None),
    ("acc", "Экзамен перенесли на {X}.", None),
    ("acc", "Лагерь открыт по {X}.", None),
    ("nom", "Завтра {X}.", None),
    ("ins", "Счёт датирован {X}.", None),
    ("gen", "Свадьбу сыграли {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "после {Y} года", "Фабрика закрылась {X}."),
    ("gen", "с {Y} г.", "Театр существует {X}"),
    ("gen", "осенью {Y} года", "Мост открыли {X}."),
    ("gen", "до {Y} года", "Школа работала {X}."),
    ("pre", "в {Y} году", "Парк разбили {X}."),
    ("pre", "в {Y} г.", "Пожар случился {X}"),
    ("dat", "к {Y} году", "Посёлок опустел {X}."),
    ("acc", "на {Y} год", "Бюджет приняли {X}."),
    ("acc", "за {Y} год", "Отчёт сдали {X}."),
    ("ins", "перед {Y} годом", "Всё изменилось {X}."),
    ("nom", "{Y} год", "{X} запомнился всем."),
])

# The table's common units, not checked for novelty (every set has used them): what is new here
# is the frames around them.
UNITS = [
    ("км", "километр", None, None, "", "length"),
    ("м", "метр", None, None, "", "length"),
    ("кг", "килограмм", None, None, "", "mass"),
    ("г", "грамм", None, None, "", "mass"),
    ("т", "тонна", None, None, "", "mass"),
    ("л", "литр", None, None, "", "volume"),
    ("ч", "час", None, None, "", "time"),
    ("мин", "минута", None, None, "", "time"),
    ("с", "секунда", None, None, "", "time"),
    ("га", "гектар", None, None, "", "area"),
    ("%", "процент", None, None, "", "percent"),
    ("руб.", "рубль", None, None, "", "money"),
    ("кВт", "киловатт", None, None, "", "power"),
    ("мм", "миллиметр", None, None, "", "length"),
]

MEASURE_FRAMES = fresh_frames([
    ("gen", "Осталось меньше {X}.", None),
    ("gen", "Набралось свыше {X}.", None),
    ("gen", "Понадобится до {X}.", None),
    ("dat", "Расходы приравняли к {X}.", None),
    ("dat", "Длина соответствует {X}.", None),
    ("ins", "Он рискует {X}.", None),
    ("ins", "Мы довольствовались {X}.", None),
    ("pre", "Сошлись на {X}.", None),
    ("acc", "Срок продлили на {X}.", None),
    ("acc", "Мы потеряли {X}.", None),
    ("acc", "Он потратил {X}.", None),
    ("nom", "Всего вышло {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r15", RU, per_class=60, seed=127)


if __name__ == "__main__":
    main()
