"""Eighteenth round (issue 33): every Russian class again, written after round 17's rules only to
measure them, as rounds 9, 12, 15 and 16 did: vocabulary no set used (checked by lemma against
generate.py and rounds 1-17, dropped without printing which), frames no set had, governing
words chosen as a writer would use them (not looked up in the rules' lists). Labels as in
round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r18.py [--per-class 60] [--seed 139]

writes crates/text-normalizer/tests/data/tn-unseen/r18-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r16
import unseen_r17
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r17.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r17.NEUTER_SUBJECTS, unseen_r17.MASC_SUBJECTS, unseen_r17.AMOUNT_NOUNS,
    unseen_r17.ONE_NOUNS, unseen_r17.ACC_OBJECTS, unseen_r17.OVS_NOUNS,
    [w for _, ws in unseen_r17.PEOPLE_FRAMES.values() for w in ws],
    [n for ns in unseen_r17.DATED_NOUNS.values() for n, _ in ns],
]))
OLD_FRAMES = unseen_r16.OLD_FRAMES | {
    f[1] for f in unseen_r16.AGREE_FRAMES + unseen_r16.DATE_FRAMES + unseen_r16.YEAR_FRAMES
    + unseen_r16.MEASURE_FRAMES}
OLD_ORD_FRAMES = unseen_r16.OLD_ORD_FRAMES | {f[2] for f in unseen_r16.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

VOCAB = {
    "inan": fresh(["сарайчик", "флигель", "мезонин", "чердак", "погребок", "амбулатория",
                   "аптека", "булочная", "закусочная", "рюмочная", "ателье",
                   "мастерская", "типография", "обсерватория", "планетарий", "дельфинарий",
                   "зоопарк", "питомник", "заповедник", "ипподром", "тир",
                   "бензоколонка", "автомойка", "шиномонтаж", "склад", "ангар"]),
    "anim": fresh(["ветеринар", "фармацевт", "кондитер", "часовщик", "переплётчик",
                   "наборщик", "картограф", "геодезист", "метеоролог", "кинолог", "зоолог",
                   "ихтиолог", "таксидермист", "фотограф", "реставратор"]),
    "adj": fresh(["знаменитый", "крохотный",
                  "просторнейший", "светлый", "сырой"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Поблизости от {X} нашли клад.", False),
    ("gen", "Вместо {X} построили парковку.", False),
    ("gen", "Жители требовали {X}.", False),
    ("gen", "Редакция ждала {X}.", True),
    ("dat", "Мэрия доверила работу {X}.", True),
    ("dat", "Журнал посвятил статью {X}.", True),
    ("dat", "Дорога вела к {X}.", False),
    ("ins", "Город обзавёлся {X}.", False),
    ("ins", "Район гордится {X}.", False),
    ("ins", "Инспекция заинтересовалась {X}.", True),
    ("ins", "Между {X} выросли деревья.", False),
    ("pre", "Газета сообщила о {X}.", False),
    ("pre", "Проверки прошли в {X}.", False),
    ("pre", "Отдел думал о {X}.", True),
    ("acc", "Власти закрыли {X}.", False),
    ("acc", "Компания открыла {X}.", False),
    ("nom", "В городе работают {X}.", False),
    ("nom", "На окраине появились {X}.", False),
])

ORD = {
    "f": fresh(["кабинка", "сцена", "кормушка", "лоджия", "мансарда", "веранда", "калитка",
                "скамейка", "тележка", "подвода", "гримёрка", "раздевалка",
                "кладовая", "лаборатория"]),
    "m": fresh(["шкафчик", "стеллаж", "причал", "шлагбаум", "турникет", "пандус", "балкон",
                "погреб", "гардероб", "тамбур", "чулан", "закуток", "сарай", "вестибюль",
                "плацдарм", "бастион"]),
}
ORD_PL = fresh(["шкафчик", "стеллаж", "шлагбаум", "турникет", "пандус", "тамбур", "чулан",
                "вестибюль", "гардероб", "закуток"])

ORD_FRAMES = [f for f in [
    ("gen", "из", "Выйдите {X}.", False),
    ("gen", "вдоль", "Идите {X}.", False),
    ("gen", "у", "Подождите меня {X}.", False),
    ("dat", "к", "Несите коробки {X}.", False),
    ("dat", "по", "Постучите {X}.", False),
    ("ins", "за", "Ключ лежит {X}.", False),
    ("ins", "перед", "Очередь выстроилась {X}.", False),
    ("pre", "в", "Кошка спит {X}.", False),
    ("pre", "о", "Забудьте {X}.", False),
    ("acc", "на", "Поставьте ящик {X}.", False),
    ("acc", "в", "Отнесите вещи {X}.", False),
    ("nom", "", "Ваш номер — {X}.", False),
    ("gen", "для", "Замки купили {X}.", True),
    ("pre", "в", "Протечки нашли {X}.", True),
    ("dat", "к", "Провода тянут {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Навигация закрывается после {X}.", None),
    ("gen", "Акция продлится до {X}.", None),
    ("gen", "Мы поженились {X}.", None),
    ("gen", "Запись ведётся с {X}.", None),
    ("gen", "Ждём вас {X}.", None),
    ("dat", "Урожай соберут к {X}.", None),
    ("acc", "Визит отложили на {X}.", None),
    ("acc", "Музей закрыт по {X}.", None),
    ("nom", "Срок годности: {X}.", None),
    ("ins", "Письмо датировано {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "весной {Y} года", "Речка разлилась {X}."),
    ("gen", "после {Y} года", "Деревня опустела {X}."),
    ("gen", "с начала {Y} года", "Цены выросли {X}."),
    ("gen", "до {Y} г.", "Здание принадлежало купцам {X}"),
    ("pre", "в {Y} году", "Библиотеку перестроили {X}."),
    ("pre", "в {Y} г.", "Храм расписали {X}"),
    ("dat", "к {Y} году", "Население удвоилось {X}."),
    ("acc", "на {Y} год", "План {X} утвердили."),
    ("acc", "в {Y} год", "Мы вступили {X} с надеждой."),
    ("ins", "перед {Y} годом", "Все волновались {X}."),
    ("nom", "{Y} год", "{X} принёс перемены."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Ушло более {X}.", None),
    ("gen", "Добавьте около {X}.", None),
    ("gen", "Ему недоставало {X}.", None),
    ("dat", "Показатель близок к {X}.", None),
    ("dat", "Вес равняется {X}.", None),
    ("ins", "Бак заполнили {X}.", None),
    ("ins", "Мы ограничились {X}.", None),
    ("pre", "Мы остановились на {X}.", None),
    ("acc", "Фирма сэкономила {X}.", None),
    ("acc", "Рейс задержали на {X}.", None),
    ("acc", "Закупили ещё {X}.", None),
    ("nom", "Разница — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r18", RU, per_class=60, seed=139)


if __name__ == "__main__":
    main()
