"""Ninetieth round (issue 33): every Russian class again, written after round 89's rules only
to measure them, as rounds 9-38, 78 and 87 did: a film shot on a wine estate, vocabulary no set
used and the dictionary has (checked by lemma against round 89's chain and every committed
set's inputs, dropped without printing which), frames no set had, governing words chosen as a
writer would use them (not looked up in the rules' lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r90.py [--per-class 60] [--seed 631]

writes crates/text-normalizer/tests/data/tn-unseen/r90-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r89
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r89.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r89.VOCAB, unseen_r89.ORD, unseen_r89.ORD_PL])) | _lemmas(
    unseen.committed_words("r90"))
OLD_FRAMES = unseen_r89.OLD_FRAMES | {
    f[1] for f in unseen_r89.VERB_FRAMES + unseen_r89.PREP_FRAMES + unseen_r89.WORD_FRAMES
    + unseen_r89.MEASURE_FRAMES + unseen_r89.DATE_FRAMES + unseen_r89.YEAR_FRAMES}
OLD_ORD_FRAMES = unseen_r89.OLD_ORD_FRAMES | {f[2] for f in unseen_r89.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A film shot on a wine estate.
VOCAB = {
    "inan": fresh(["кинокамера", "хлопушка", "кинопроба", "дубль", "плёнка", "микрофон",
                   "рельс", "светофильтр", "проектор", "кинозал", "пресс", "лоза", "бутыль",
                   "пробка", "штопор", "бокал", "графин", "амфора", "давильня", "купаж",
                   "сценарий", "отражатель", "фонограмма", "удлинитель"]),
    "anim": fresh(["монтажёр", "каскадёр", "оператор", "сценарист", "продюсер", "винодел",
                   "виночерпий", "бочар", "статист", "ассистент", "звукооператор",
                   "кинокритик", "постановщик", "киномеханик"]),
    "adj": fresh(["винный", "виноградный", "съёмочный", "монтажный", "игристый", "киношный"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Съёмку отменили из-за поломки {X}.", False),
    ("gen", "Продюсер потребовал замены {X}.", False),
    ("gen", "Группа обошлась без {X}.", True),
    ("gen", "На площадке не хватало {X}.", False),
    ("gen", "Сцену сняли с участием {X}.", True),
    ("gen", "Режиссёр добивался от {X} слёз.", True),
    ("dat", "Продюсер заплатил {X}.", True),
    ("dat", "Сценарист объяснил замысел {X}.", True),
    ("dat", "Кинокритики поставили высокие оценки {X}.", True),
    ("dat", "Винодел налил вина {X}.", True),
    ("ins", "Оператор снимал сцену {X}.", False),
    ("ins", "Павильон завешан {X}.", False),
    ("ins", "Винодел хвастался {X}.", False),
    ("ins", "Ассистент жонглировал {X}.", False),
    ("pre", "Вино выдерживают в {X}.", False),
    ("pre", "Сценарий рассказывает о {X}.", True),
    ("acc", "Каскадёр разбил {X}.", False),
    ("acc", "Студия арендовала {X}.", False),
    ("nom", "В кадре появились {X}.", True),
    ("nom", "На съёмку опоздали {X}.", True),
])

ORD = {
    "f": fresh(["кинокамера", "хлопушка", "кинопроба", "плёнка", "бутыль", "пробка", "амфора",
                "давильня"]),
    "m": fresh(["дубль", "микрофон", "рельс", "светофильтр", "проектор", "кинозал", "пресс",
                "бокал", "графин", "штопор"]),
}
ORD_PL = fresh(["дубль", "микрофон", "проектор", "кинозал", "бокал", "графин"])

ORD_FRAMES = [f for f in [
    ("gen", "после", "Режиссёр остановил съёмку {X}.", False),
    ("gen", "до", "Актриса дотянулась {X}.", False),
    ("gen", "у", "Ассистент дежурил {X}.", False),
    ("dat", "к", "Звукооператор подключился {X}.", False),
    ("dat", "по", "Винодел постучал {X}.", False),
    ("ins", "за", "Статист спрятался {X}.", False),
    ("ins", "с", "Каскадёр возился {X}.", False),
    ("pre", "в", "Сусло бродит {X}.", False),
    ("pre", "на", "Режиссёр остановился {X}.", False),
    ("acc", "в", "Винодел перелил вино {X}.", False),
    ("acc", "на", "Продюсер сделал ставку {X}.", False),
    ("nom", "", "На экране идёт {X}.", False),
    ("gen", "из", "Лучшие сцены взяли {X}.", True),
    ("pre", "в", "Фильм показывали {X}.", True),
    ("dat", "по", "Разнесли вино {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Съёмки начались {X}.", None),
    ("gen", "Студию арендовали до {X}.", None),
    ("gen", "Урожай собрали после {X}.", None),
    ("gen", "Премьера прошла {X} в Каннах.", None),
    ("acc", "Пресс-показ назначили на {X}.", None),
    ("dat", "Вино разольют по бутылкам к {X}.", None),
    ("nom", "Последний съёмочный день — {X}.", None),
    ("ins", "Контракт продюсера подписан и датирован {X}.", None),
    ("gen", "Начиная с {X} студия закрыта.", None),
    ("gen", "Дегустацию перенесли с {X} на осень.", None),
    ("acc", "Первый кадр сняли в ночь на {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "в июне {Y} года", "Фильм вышел в прокат {X}."),
    ("gen", "в октябре {Y} года", "Урожай винограда собрали {X}."),
    ("pre", "в урожайном {Y} году", "Винодел разлил тысячу бутылок {X}."),
    ("pre", "в счастливом {Y} году", "Студия получила премию {X}."),
    ("acc", "за прошедший {Y} год", "Студия сняла {X} три фильма."),
    ("ins", "перед кризисным {Y} годом", "Студию продали {X}."),
    ("nom", "Пришёл новый {Y} год", "{X}."),
    ("gen", "летом {Y} года", "Съёмки шли на винодельне {X}."),
    ("dat", "к нынешнему {Y} году", "Студия выросла втрое {X}."),
    ("pre", "о бурном {Y} годе", "Фильм рассказывает {X}."),
    ("gen", "до конца {Y} года", "Прокатчик обещал выпустить фильм {X}."),
    ("gen", "накануне {Y} года", "Винодел купил новый пресс {X}."),
    ("ins", "за неудачным {Y} годом", "{X} пришла удача."),
    ("gen", "с {Y} года", "Винодельня принадлежит семье {X}."),
    ("nom", "{Y} год", "{X} принёс студии три премии."),
    ("acc", "на {Y} год", "Выход фильма запланирован {X}."),
    ("ins", "вместе с {Y} годом", "{X} закончилась эпоха немого кино."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Бочка вмещает больше {X}.", {"volume"}),
    ("gen", "Съёмка длилась меньше {X}.", {"time"}),
    ("gen", "Лоза дала около {X} урожая.", {"mass"}),
    ("gen", "Студии нужно не менее {X}.", None),
    ("acc", "Кран поднял камеру на {X}.", {"length"}),
    ("acc", "Винодел продал {X}.", {"volume", "mass"}),
    ("acc", "Прокатчик заработал {X}.", {"money"}),
    ("acc", "Кинопроба шла {X}.", {"time"}),
    ("dat", "Длина плёнки равна {X}.", {"length"}),
    ("dat", "Расход вина приблизился к {X}.", {"volume"}),
    ("ins", "Студия рискнула {X}.", {"money"}),
    ("ins", "Винодел обошёлся {X}.", None),
    ("pre", "В договоре речь идёт о {X}.", None),
    ("nom", "Хронометраж фильма — {X}.", {"time"}),
    ("nom", "Объём бочки — {X}.", {"volume"}),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r90", RU, per_class=60, seed=631)


if __name__ == "__main__":
    main()
