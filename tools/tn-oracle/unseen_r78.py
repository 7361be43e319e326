"""Seventy-eighth round (issue 33): every Russian class again, written after round 77's rules
only to measure them, as rounds 9-38 did: a travelling circus, vocabulary that no
set used (checked by lemma against round 38's chain and against every word of every committed
set's inputs, dropped without printing which), frames no set had, governing words chosen as a
writer would use them (not looked up in the rules' lists). Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r78.py [--per-class 60] [--seed 521]

writes crates/text-normalizer/tests/data/tn-unseen/r78-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r38
import unseen_r9
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r38.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r38.VOCAB, unseen_r38.ORD, unseen_r38.ORD_PL])) | _lemmas(
    unseen.committed_words("r78"))
OLD_FRAMES = unseen_r38.OLD_FRAMES | {
    f[1] for f in unseen_r38.AGREE_FRAMES + unseen_r38.DATE_FRAMES + unseen_r38.YEAR_FRAMES
    + unseen_r38.MEASURE_FRAMES}
OLD_ORD_FRAMES = unseen_r38.OLD_ORD_FRAMES | {f[2] for f in unseen_r38.ORD_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A travelling circus.
VOCAB = {
    "inan": fresh(["арена", "трапеция", "батут", "шапито", "реприза", "фургон", "вольер",
                   "манеж", "купол", "прожектор", "тумба", "обруч", "булава", "ходуля",
                   "кольцо", "трамплин", "страховка", "лонжа", "занавес", "реквизит",
                   "барабан", "колесо", "плакат", "кибитка"]),
    "anim": fresh(["жонглёр", "акробат", "дрессировщик", "клоун", "фокусник", "наездник",
                   "эквилибрист", "канатоходец", "униформист", "гимнаст", "силач", "лилипут",
                   "шпрехшталмейстер", "иллюзионист"]),
    "adj": fresh(["цирковой", "полосатый", "золочёный", "воздушный", "дрессированный",
                  "бродячий", "манежный", "блестящий"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Представление сорвалось из-за отсутствия {X}.", False),
    ("gen", "Директор цирка ждал приезда {X}.", True),
    ("gen", "Весь антракт ушёл на установку {X}.", False),
    ("gen", "Публика не дождалась {X}.", True),
    ("gen", "Гастроли прошли без {X}.", True),
    ("dat", "Зрители аплодировали {X}.", True),
    ("dat", "Цветы вручили {X}.", True),
    ("dat", "Инспектор манежа уделил время {X}.", False),
    ("dat", "Наперекор {X} труппа доехала до города.", False),
    ("ins", "Антрепренёр гордился {X}.", True),
    ("ins", "Двор цирка заставлен {X}.", False),
    ("ins", "Публика осталась довольна {X}.", True),
    ("ins", "Фургон набит {X}.", False),
    ("pre", "Артисты репетируют на {X}.", False),
    ("pre", "Режиссёр настоял на {X}.", False),
    ("pre", "Газеты писали о {X}.", True),
    ("acc", "Из Парижа выписали {X}.", False),
    ("acc", "Униформисты вынесли на манеж {X}.", False),
    ("nom", "За кулисами ждут {X}.", True),
    ("nom", "У входа выставлены {X}.", False),
])

ORD = {
    "f": fresh(["трапеция", "арена", "кибитка", "пирамида", "лонжа", "балюстрада", "галёрка"]),
    "m": fresh(["трамплин", "бельэтаж", "форганг", "амфитеатр", "батут", "помост", "турник",
                "брезент", "трейлер"]),
}
ORD_PL = fresh(["трамплин", "амфитеатр", "батут", "помост", "турник", "трейлер"])

ORD_FRAMES = [f for f in [
    ("gen", "возле", "Слон остановился {X}.", False),
    ("gen", "позади", "Клоуны спрятались {X}.", False),
    ("gen", "у", "Униформист поставил тумбу {X}.", False),
    ("dat", "к", "Реквизит подвезли {X}.", False),
    ("dat", "по", "Билеты раздали {X}.", False),
    ("ins", "за", "Дрессировщик привязал пони {X}.", False),
    ("ins", "перед", "Поставили ограждение {X}.", False),
    ("pre", "в", "Нашли потерянную перчатку {X}.", False),
    ("pre", "на", "Акробат задержался {X}.", False),
    ("acc", "на", "Зрителей пересадили {X}.", False),
    ("acc", "в", "Обручи сложили {X}.", False),
    ("nom", "", "Сейчас репетирует {X}.", False),
    ("gen", "мимо", "Фокусник прошёл {X}.", True),
    ("pre", "на", "Реквизит лежит {X}.", True),
    ("dat", "по", "Клоун пробежался {X}.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Гастроли цирка продлили до {X}.", None),
    ("gen", "Шапито стоит на площади с {X}.", None),
    ("gen", "Медведь сбежал из вольера {X}.", None),
    ("gen", "Контракт с акробатами подписали {X}.", None),
    ("acc", "Премьеру программы назначили на {X}.", None),
    ("dat", "Новый купол сошьют к {X}.", None),
    ("gen", "Труппа выехала из города {X} на рассвете.", None),
    ("nom", "Последнее представление сезона — {X}.", None),
    ("acc", "Буря сорвала купол в ночь на {X}.", None),
    ("ins", "Афиша датирована {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "к весне {Y} года", "Шапито перекрасили {X}."),
    ("gen", "до осени {Y} года", "Цирк гастролировал на юге {X}."),
    ("gen", "с зимы {Y} года", "Клоун выступает в этой программе {X}."),
    ("gen", "в феврале {Y} года", "Старый купол заменили {X}."),
    ("pre", "в неудачном {Y} году", "Цирк едва не разорился {X}."),
    ("acc", "за гастрольный {Y} год", "Труппа дала {X} триста представлений."),
    ("ins", "перед самым {Y} годом", "Дрессировщик купил двух тигров {X}."),
    ("nom", "Пришёл {Y} год", "{X}."),
    ("gen", "в ноябре {Y} года", "Акробаты уехали за границу {X}."),
    ("gen", "к исходу {Y} года", "Цирк передали городу {X}."),
    ("acc", "на грядущий {Y} год", "Контрактов {X} подписали уже в декабре."),
    ("gen", "вскоре после {Y} года", "Бродячие цирки запретили {X}."),
    ("gen", "не позже {Y} года", "Новый манеж откроют {X}."),
    ("gen", "с конца {Y} года", "Фокусник гастролирует один {X}."),
    ("pre", "о далёком {Y} годе", "Старый клоун рассказывал {X}."),
    ("gen", "вплоть до весны {Y} года", "Шапито простояло на пустыре {X}."),
    ("dat", "к юбилейному {Y} году", "Программу обновили {X}."),
    ("gen", "в середине {Y} года", "Цирк сменил директора {X}."),
    ("gen", "после тяжёлого {Y} года", "Жонглёр больше не выступал {X}."),
    ("ins", "за неурожайным {Y} годом", "{X} пришёл голодный год."),
])

MEASURE_FRAMES = fresh_frames([
    ("gen", "Фургон с реквизитом весит более {X}.", None),
    ("gen", "Установка купола требует свыше {X}.", None),
    # "на" of a difference takes the accusative; first labelled the genitive by mistake and
    # corrected before any rule changed ("провис почти на пять метров").
    ("acc", "Канат провис почти на {X}.", None),
    ("dat", "Высота трапеции приблизилась к {X}.", None),
    ("dat", "Прыжок наездника оказался равен {X}.", None),
    ("ins", "Труппа обошлась {X}.", None),
    ("ins", "Директор рискнул {X}.", None),
    ("pre", "Артисты спорили о {X}.", None),
    ("acc", "Слон съедает за день {X}.", None),
    ("acc", "Сборы упали на {X}.", None),
    ("acc", "Номер длился {X}.", None),
    ("nom", "Высота купола — {X}.", None),
])

RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, unseen_r15.UNITS, MEASURE_FRAMES)


def main():
    unseen.round_main("r78", RU, per_class=60, seed=521)


if __name__ == "__main__":
    main()
