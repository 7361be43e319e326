"""Sixty-second round (issue 33): a Russian postal address, as shops, notices and forms
write it ("г. Тверь, ул. Садовая, д. 15, корп. 2, кв. 47"): each abbreviation its word
("город", "улица", "проспект", "переулок", "шоссе", "набережная", "дом", "корпус",
"строение", "квартира", "офис", "подъезд", "этаж") and each number a label in the nominative
("дом пятнадцать", "квартира сорок семь"). A sweep found "стр. 1" read "страницу один",
"корп. 2" and "Ул." left unread.
Controls: "стр." as a page after "см.", "кв. м" after a number (square metres).
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r62.py [--per-class 30] [--seed 419]

writes crates/text-normalizer/tests/data/tn-unseen/r62-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r60
import unseen_r9
from unseen import cardinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r60.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r60.OLD_FRAMES | {f[1] for f in unseen_r60.PRICE_FRAMES}
              | {f[1] for f in unseen_r60.RANGE_FRAMES} | {f[1] for f in unseen_r60.YEAR_FRAMES}
              | {f[1] for f in unseen_r60.CONTROL_PRICE_FRAMES}
              | {f[1] for f in unseen_r60.CONTROL_YEAR_FRAMES})

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

CITIES = ["Тверь", "Пермь", "Омск", "Вологда", "Калуга", "Тула", "Рязань", "Кострома",
          "Ижевск", "Псков"]
# (written street type, its word, street names that fit it).
STREETS = [
    (["ул.", "Ул."], "улица", ["Садовая", "Лесная", "Гагарина", "Кирова", "Полевая",
                              "Строителей", "Заречная", "Чапаева"]),
    (["пр-т", "просп."], "проспект", ["Мира", "Победы", "Ленинградский", "Космонавтов"]),
    (["пер."], "переулок", ["Тихий", "Почтовый", "Школьный", "Банный"]),
    (["ш."], "шоссе", ["Энтузиастов", "Московское", "Загородное"]),
    (["наб."], "набережная", ["Волжская", "Речная", "Приморская"]),
]
# (written, word) of the parts after the house number.
PARTS = [("корп.", "корпус"), ("стр.", "строение"), ("кв.", "квартира"), ("оф.", "офис"),
         ("под.", "подъезд"), ("эт.", "этаж")]

FRAMES = fresh_frames([
    "Приходите по адресу: {A}.",
    "Посылку доставят по адресу {A}.",
    "Пункт выдачи переехал: {A}.",
    "Наш новый склад: {A}, вход со двора.",
    "Заявления принимают по адресу: {A}.",
    "Собрание жильцов пройдёт по адресу {A}.",
], key=lambda f: f)
CONTROL_FRAMES = fresh_frames([
    ("page", "Подробности см. стр. {N} методички."),
    ("area", "Площадь кладовки {N} кв. м."),
], key=lambda f: f[1])


def address(rng, part):
    frame = pick(rng, split(FRAMES, part))
    written, spoken = [], []
    if rng.random() < 0.6:
        city = pick(rng, split(CITIES, part))
        written.append(f"г. {city}")
        spoken.append(f"город {city}")
    forms, word, names = pick(rng, STREETS)
    name = pick(rng, names)
    form = pick(rng, forms)
    written.append(f"{form} {name}")
    spoken.append(f"{word} {name}")
    house = rng.randint(1, 150)
    written.append(f"д. {house}")
    spoken.append(f"дом {cardinal(house, 'nom')}")
    for w, s in rng.sample(PARTS, rng.randint(1, 2)):
        n = rng.randint(1, 20) if w in ("корп.", "стр.", "под.", "эт.") else rng.randint(1, 400)
        written.append(f"{w} {n}")
        spoken.append(f"{s} {cardinal(n, 'nom')}")
    w_a, s_a = ", ".join(written), ", ".join(spoken)
    if w_a[0].islower() and frame.startswith("{A}"):
        w_a, s_a = sentence(w_a), sentence(s_a)
    # "Ул." is the written form at the start of an address only.
    return frame.replace("{A}", w_a).replace("..", "."), frame.replace("{A}", s_a)


def control(rng, part):
    kind, frame = pick(rng, CONTROL_FRAMES)
    n = rng.randint(2, 300)
    if kind == "page":
        return (sentence(frame.replace("{N}", str(n))),
                # A page's number is its label, in the nominative ("страницу семьдесят два").
                sentence(frame.replace("см. стр. {N}", f"смотри страницу {cardinal(n, 'nom')}")))
    num, c = unseen.count_form(n, "nom")
    metre = unseen.inflect(unseen.lemma("метр"), {num, c})
    square = "квадратных" if num == "plur" or c == "gent" else "квадратный"
    return (frame.replace("{N}", str(n)),
            frame.replace("{N} кв. м", f"{cardinal(n, 'nom')} {square} {metre}"))


RU = {"address": address, "control": control}


def main():
    unseen.round_main("r62", RU, per_class=40, seed=419)


if __name__ == "__main__":
    main()
