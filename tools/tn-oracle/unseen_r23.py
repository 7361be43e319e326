"""Twenty-third round (issue 33): every Russian class again, written after round 22's rules
only to measure them, as rounds 9, 12, 15, 16, 18 and 21 did: vocabulary no set used (checked by
lemma against generate.py and rounds 1-22, dropped without printing which), frames no set had,
governing words chosen as a writer would use them (not looked up in the rules' lists). Labels
as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r23.py [--per-class 60] [--seed 173]

writes crates/text-normalizer/tests/data/tn-unseen/r23-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r20
import unseen_r21
import unseen_r22
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r22.OLD_RU_VOCAB | _lemmas(_words([unseen_r22.VOCAB]))
OLD_FRAMES = unseen_r21.OLD_FRAMES | {
    f[1] for f in unseen_r21.AGREE_FRAMES + unseen_r21.DATE_FRAMES + unseen_r21.YEAR_FRAMES
    + unseen_r21.MEASURE_FRAMES + unseen_r20.MEASURE_FRAMES + unseen_r22.FRAMES}
OLD_ORD_FRAMES = unseen_r21.OLD_ORD_FRAMES | {f[2] for f in unseen_r21.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

VOCAB = {
    "inan": fresh(["баркас", "шлюпка", "катер", "яхта", "паром", "буксир", "траулер",
                   "сейнер", "плот", "байдарка", "якорь", "бакен", "маяк", "причал",
                   "пирс", "волнорез", "невод", "удочка", "спиннинг", "гарпун", "весло",
                   "штурвал", "компас", "бинокль", "канат", "трос", "парус"]),
    "anim": fresh(["рыбак", "матрос", "боцман", "штурман", "лоцман", "юнга", "шкипер",
                   "водолаз", "докер", "моряк", "радист", "механик", "рулевой"]),
    "adj": fresh(["рыболовный", "парусный", "моторный", "надувной", "спасательный",
                  "прогулочный", "резиновый", "сосновый"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Флотилия состояла из {X}.", False),
    ("gen", "Вдоль {X} тянулась отмель.", False),
    ("gen", "У причала не хватало {X}.", False),
    ("gen", "Капитан обошёлся без {X}.", True),
    ("gen", "Помимо {X}, на борту никого не было.", True),
    ("dat", "Шторм угрожал {X}.", False),
    ("dat", "Лодки подошли к {X}.", False),
    ("dat", "Штормовое предупреждение разослали {X}.", True),
    ("dat", "Боцман велел {X} отдать швартовы.", True),
    ("ins", "Бухта славилась {X}.", False),
    ("ins", "Гавань была заставлена {X}.", False),
    ("ins", "Шкипер командовал {X}.", True),
    ("ins", "Капитан дорожил {X}.", True),
    ("pre", "Рыбаки вышли в море на {X}.", False),
    ("pre", "Чайки дремали на {X}.", False),
    ("pre", "В рапорте говорилось о {X}.", True),
    ("acc", "Шторм выбросил на берег {X}.", False),
    ("acc", "Верфь спустила на воду {X}.", False),
    ("nom", "У пирса качались {X}.", False),
    ("nom", "На палубе дежурили {X}.", True),
])

ORD = {
    "f": fresh(["палуба", "каюта", "шлюпка", "мачта", "рея", "переборка", "пристань",
                "верфь", "гавань", "бухта", "лодка", "вахта", "смена", "линия", "лебёдка",
                "швартовка", "стоянка", "акватория", "лагуна"]),
    "m": fresh(["причал", "пирс", "трюм", "кубрик", "отсек", "док", "шлюз", "фарватер",
                "маяк", "рейс", "галс", "узел", "бакен", "камбуз", "стапель", "кнехт", "бон"]),
}
ORD_PL = fresh(["причал", "пирс", "трюм", "отсек", "док", "шлюз", "маяк", "рейс", "бакен",
                "кубрик", "камбуз", "бушприт", "ростр", "стапель", "кнехт", "бон"])

ORD_FRAMES = [f for f in [
    ("gen", "от", "Катер отошёл {X}.", False),
    ("gen", "у", "Паром пришвартовался {X}.", False),
    ("gen", "до", "Лоцман довёл судно {X}.", False),
    ("dat", "к", "Баржу подтянули {X}.", False),
    ("ins", "за", "Шлюпку закрепили {X}.", False),
    ("ins", "над", "Чайка кружила {X}.", False),
    ("pre", "в", "Груз лежит {X}.", False),
    ("pre", "при", "Механик дежурил {X}.", False),
    ("acc", "на", "Пассажиров пересадили {X}.", False),
    ("acc", "за", "Матрос заглянул {X}.", False),
    ("nom", "", "Ближе всех к берегу {X}.", False),
    ("gen", "с", "Сигнал подали {X}.", True),
    ("pre", "на", "Флаг подняли {X}.", True),
    ("dat", "по", "Распределите ящики {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Навигация открывается {X}.", None),
    ("gen", "Порт закрыт для судов с {X}.", None),
    ("gen", "Лов разрешён до {X}.", None),
    ("gen", "Паром ходит по расписанию от {X}.", None),
    ("acc", "Регата перенесена на {X}.", None),
    ("dat", "Судно обещали отремонтировать к {X}.", None),
    ("acc", "Судно простояло в доке по {X}.", None),
    ("nom", "Выход в море: {X}.", None),
    ("ins", "Лоция датирована {X}.", None),
    ("gen", "Шторм бушевал с вечера {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "с весны {Y} года", "Маяк не работает {X}."),
    ("gen", "до осени {Y} года", "Верфь загружена заказами {X}."),
    ("gen", "после {Y} г.", "Рыбный промысел пришёл в упадок {X}"),
    ("pre", "в {Y} году", "Волнорез достроили {X}."),
    ("dat", "к {Y} году", "Флот обновят {X}."),
    ("acc", "за {Y} год", "Порт принял {X} рекордный тоннаж."),
    ("ins", "между {Y} годом", "{X} и следующим годом порт расширили."),
    ("nom", "{Y} год", "{X} запомнился рыбакам штормами."),
    ("gen", "вплоть до {Y} года", "Паромная переправа действовала {X}."),
    ("gen", "в навигацию {Y} года", "Баржи ходили вверх по реке {X}."),
    ("gen", "начиная с {Y} г.", "Улов падал {X}"),
    ("ins", "перед {Y} годом", "Флотилию обновили {X}."),
    ("gen", "с осени {Y} года", "Причал на ремонте {X}."),
    ("dat", "ближе к {Y} году", "Промысел оживился {X}."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Улов составил не более {X}.", None),
    ("gen", "Катер разогнался до {X}.", None),
    ("gen", "Глубина у пирса не превышает {X}.", None),
    ("dat", "Осадка судна близка к {X}.", None),
    ("dat", "Трал опустили на глубину, равную {X}.", None),
    ("ins", "Рыбаки довольствовались {X}.", None),
    ("ins", "Штурман пренебрёг {X}.", None),
    ("pre", "Судно держалось в {X} от берега.", None),
    ("acc", "Паром преодолел {X}.", None),
    ("acc", "Штурман прибавил {X}.", None),
    ("acc", "Трюм вмещает {X}.", None),
    ("nom", "Расстояние до маяка — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r23", RU, per_class=60, seed=173)


if __name__ == "__main__":
    main()
