"""Third round of new evaluation sets (issue 33), written before the rules of their classes
were changed: Russian money and measures (units, currency and the scale abbreviations тыс.,
млн, млрд) in the case a governing word demands, Russian agreement after governing words the
older sets did not use, and English Roman numerals (regnal names, series, numbered nouns) with
controls that must stay words (the pronoun "I", capitalised words made of Roman letters,
initials). Every noun, unit, name and frame is checked here against the older generators
(generate.py, unseen.py, unseen_en.py, unseen_r2.py, dev and held-out parts alike) and dropped
if they used it, without printing which. The units км, кг, руб. and % are the exception (the
task names them; the older sets had them in other frames): they are labelled "unit_seen" in
their own class so the new units' rate stays separate.

Each set has a dev part (failures may be read while fixing) and a held-out part (only scored,
with TN_UNSEEN_HELD=r3). The Russian oracle is the one of unseen.py: the case comes from the
template's governing word (a preposition or a verb), numbers are inflected by num2words, nouns
and adjectives by pymorphy3 (OpenCorpora). English is labelled by the rules in RULES below.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r3.py [--per-class 60] [--seed 37]

writes crates/text-normalizer/tests/data/tn-unseen/r3-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations

import argparse
import random
import sys

import unseen
import unseen_r2
from unseen import OUT, cardinal, count_form, gender, inflect, lemma, ob, pick, prefer_one
from unseen_en import card, ordw, to_roman
from unseen_r2 import _lemmas, _words, group_ru, split

RULES = {
    "regnal": "a Roman numeral after the given name of a numbered monarch, pope or pharaoh (with "
              "or without a title before it) is regnal: \"the\" + ordinal",
    "series": "after the name of a series, game, film or mission, the cardinal",
    "numbered": "after a noun that numbers parts (Book, Scene, Phase, Level ...), the cardinal",
    "control": "words are left as words: the pronoun \"I\", capitalised words spelled only with "
               "Roman-numeral letters (MIX, CIVIL, LIVID), initials (\"C. S.\"), a vitamin's letter",
}

# ----------------------------------------------------------------- what the older sets used

OLD_RU_VOCAB = unseen_r2.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r2.UNITS, unseen_r2.RU_VOCAB, [f for _, f in unseen_r2.MEASURE_FRAMES],
    [f for _, f, _ in unseen_r2.AGREE_FRAMES]]))
OLD_FRAMES = unseen_r2.OLD_FRAMES | {f for _, f in unseen_r2.MEASURE_FRAMES} | {
    f for _, f, _ in unseen_r2.AGREE_FRAMES}
OLD_EN = unseen_r2.OLD_EN_NAMES | _words([unseen_r2.REGNAL, unseen_r2.SERIES,
                                          unseen_r2.NUMBERED, unseen_r2.ROYAL_TITLES])


def fresh_ru(items, key=lambda x: x):
    keep = [x for x in items if not (_lemmas({key(x).lower()}) & OLD_RU_VOCAB)]
    print(f"  ru vocabulary: {len(items) - len(keep)} of {len(items)} dropped as used",
          file=sys.stderr)
    return keep


def fresh_en(items, key=lambda x: x):
    keep = [x for x in items if not (_words(key(x)) & OLD_EN)]
    print(f"  en vocabulary: {len(items) - len(keep)} of {len(items)} dropped as used",
          file=sys.stderr)
    return keep


def fresh_frames(frames):
    keep = [f for f in frames if f[1] not in OLD_FRAMES]
    print(f"  frames: {len(frames) - len(keep)} of {len(frames)} dropped as used", file=sys.stderr)
    return keep


# --------------------------------------------------------------- Russian money and measures

# (written unit, noun lemma, adjective lemma or None, scale lemma or None, tail, kind).
# A scale word (тыс., млн, млрд) is counted by the number; the unit after it is then a
# genitive plural whatever the case. Kinds restrict frames that only fit some units.
NEW_UNITS = fresh_ru([
    ("коп.", "копейка", None, None, "", "money"),
    ("ц", "центнер", None, None, "", "mass"),
    ("дм", "дециметр", None, None, "", "length"),
    ("шт.", "штука", None, None, "", "count"),
    ("мес.", "месяц", None, None, "", "time"),
], key=lambda u: u[1])
# Compound units: their nouns may be old, the written form and its reading are new.
NEW_UNITS += [
    ("км/ч", "километр", None, None, " в час", "speed"),
    ("кв. м", "метр", "квадратный", None, "", "area"),
    ("км²", "километр", "квадратный", None, "", "area"),
    ("тыс. руб.", "рубль", None, "тысяча", "", "money"),
    ("млн руб.", "рубль", None, "миллион", "", "money"),
    ("млрд руб.", "рубль", None, "миллиард", "", "money"),
    ("тыс. км", "километр", None, "тысяча", "", "length"),
    ("млн т", "тонна", None, "миллион", "", "mass"),
    ("тыс. шт.", "штука", None, "тысяча", "", "count"),
    ("млн долларов", "доллар", None, "миллион", "", "money"),
]
SEEN_UNITS = [("км", "километр", None, None, "", "length"),
              ("кг", "килограмм", None, None, "", "mass"),
              ("руб.", "рубль", None, None, "", "money"),
              ("%", "процент", None, None, "", "percent")]

# (case, frame, kinds it fits or None for any). New governing words: сверх, в пределах, в
# районе, на уровне, помимо, не хватило, достиг, лишились, ниже, дешевле (genitive); близок к,
# обрадовались, кратна, пропорционален (dative); располагает, распоряжается, ограничен, наряду
# с, сравнялась с, пожертвовал (instrumental); в ... от, на (+ prepositional), сошлись на,
# заключается в (prepositional); заплатил, сэкономили, путь в, подорожал на, рассчитаны на,
# выиграли (accusative); "Итого:" and a dash (nominative).
MEASURE_FRAMES = fresh_frames([
    ("gen", "Сверх {X} платить не придётся.", None),
    ("gen", "Расход держится в пределах {X}.", None),
    ("gen", "Цифра колеблется в районе {X}.", None),
    ("gen", "Показатель замер на уровне {X}.", None),
    ("gen", "Помимо {X}, в отчёте ничего нет.", None),
    ("gen", "Нам не хватило {X}.", None),
    ("gen", "Рекорд достиг {X}.", None),
    ("gen", "Хозяйства лишились {X}.", None),
    ("gen", "Результат оказался ниже {X}.", None),
    ("gen", "Аренда обойдётся дешевле {X}.", {"money"}),
    ("dat", "Итог оказался близок к {X}.", None),
    ("dat", "Покупатели обрадовались {X}.", None),
    ("dat", "Сумма кратна {X}.", {"money", "percent"}),
    ("dat", "Налог пропорционален {X}.", None),
    ("ins", "Фонд располагает {X}.", None),
    ("ins", "Отдел распоряжается {X}.", {"money", "count", "mass"}),
    ("ins", "Лимит ограничен {X}.", None),
    ("ins", "Наряду с {X} учли и другие расходы.", None),
    ("ins", "Показатель сравнялся с {X}.", None),
    ("ins", "Спонсор пожертвовал {X}.", {"money"}),
    ("pre", "В {X} от города есть озеро.", {"length"}),
    ("pre", "На {X} далеко не уедешь.", {"money", "length", "mass"}),
    ("pre", "Стороны сошлись на {X}.", None),
    ("pre", "Экономия заключается в {X}.", {"money", "percent", "mass", "count"}),
    ("acc", "Клиент заплатил {X}.", {"money"}),
    ("acc", "Мы сэкономили {X}.", None),
    ("acc", "Путь в {X} прошли за день.", {"length"}),
    ("acc", "Проезд подорожал на {X}.", {"money", "percent"}),
    ("acc", "Запасы рассчитаны на {X}.", None),
    ("acc", "Команда выиграла {X}.", {"money", "percent", "count"}),
    ("nom", "Итого: {X}.", None),
    ("nom", "Цена вопроса — {X}.", {"money"}),
])


def counted(n: int, case: str, noun: str, adj: str | None = None, loc2: bool = False):
    """unseen.counted, with an inanimate noun's adjective in the accusative inflected as
    inanimate (pymorphy3 otherwise gives the animate "квадратного" for "квадратный")."""
    w, s = unseen.counted(n, case, noun, adj, loc2)
    if adj and case == "acc" and "inan" in lemma(noun).tag:
        num, c = count_form(n, case)
        if c == "accs":
            a = lemma(adj, "ADJF")
            grams = {"accs", num, "inan"} | ({lemma(noun).tag.gender} if num == "sing" else set())
            wrong = unseen.inflect(a, {"accs", num} | ({lemma(noun).tag.gender} if num == "sing" else set()))
            right = inflect(a, grams)
            w, s = w.replace(wrong, right), s.replace(wrong, right)
    return w, s


def unit_lemma(noun: str):
    """The unit's parse: an inanimate common noun where the dictionary has one (pymorphy3 only
    guesses "кило" + the name Паскаль, animate, for "килопаскаль"; measure_phrase then reads
    the accusative as the nominative, not "килопаскаля")."""
    for p in unseen.morph().parse(noun):
        if {"NOUN", "nomn", "sing", "inan"} in p.tag and "Name" not in p.tag:
            return p
    return lemma(noun)


def measure_phrase(n: int, case: str, unit) -> tuple[str, str]:
    sym, noun, adj, scale, tail, _ = unit
    num, c = count_form(n, case)
    written = f"{n}%" if sym == "%" else f"{group_ru(n)} {sym}"
    if scale:
        s = lemma(scale)
        unit_gp = inflect(lemma(noun), {"plur", "gent"})
        if adj:
            unit_gp = inflect(lemma(adj, "ADJF"), {"plur", "gent"}) + " " + unit_gp
        return written, f"{cardinal(n, case, gender(s))} {inflect(s, {num, c})} {unit_gp}{tail}"
    if adj:
        _, spoken = counted(n, case, noun, adj)
        return written, spoken + tail
    p = unit_lemma(noun)
    if c == "accs" and gender(p) != "f":
        c = "nomn"  # a unit is inanimate: its accusative is its nominative
    return written, f"{cardinal(n, case, gender(p))} {inflect(p, {num, c})}{tail}"


def ru_measure(units, frames=None):
    """A generator of "N unit" in a frame's case; `frames` defaults to MEASURE_FRAMES."""
    frames = MEASURE_FRAMES if frames is None else frames

    def gen(rng, part):
        while True:
            unit = pick(rng, split(units, part))
            case, frame, kinds = pick(rng, split(frames, part))
            if kinds is None or unit[5] in kinds:
                break
        n = prefer_one(rng)
        if unit[3] and n > 999:
            n = n % 1000 or 5
        w, s = measure_phrase(n, case, unit)
        return frame.replace("{X}", w).replace("..", "."), frame.replace("{X}", s)
    return gen


# ------------------------------------------------------------------- Russian agreement

RU_VOCAB = {
    "inan": fresh_ru(["трактор", "самолёт", "вертолёт", "пароход", "кинотеатр", "бассейн",
                      "ресторан", "рынок", "памятник", "дворец", "храм", "квартира",
                      "палатка", "казарма", "хижина", "крепость", "сарай", "амбар", "гараж",
                      "коттедж", "павильон", "поликлиника", "гимназия", "деревня", "посёлок",
                      "хутор", "остров", "пещера", "родник", "пруд", "канал", "туннель"]),
    "anim": fresh_ru(["программист", "журналист", "повар", "механик", "слесарь",
                      "бухгалтер", "почтальон", "пилот", "моряк", "курсант", "стажёр",
                      "лаборантка", "певица", "дворник", "садовник", "охотник"]),
    "adj": fresh_ru(["кирпичный", "соседний", "северный", "горный", "прибрежный",
                     "современный", "двухэтажный", "дальний"]),
}

# (case, frame, needs an animate noun)
AGREE_FRAMES = fresh_frames([
    ("gen", "Неподалёку от {X} течёт река.", False), ("gen", "Возле {X} стоял патруль.", False),
    ("gen", "Близ {X} нашли монеты.", False), ("gen", "Позади {X} начиналось поле.", False),
    ("gen", "Внутри {X} было тихо.", False), ("gen", "Жители лишились {X}.", False),
    ("dat", "Мы позвонили {X}.", True), ("dat", "Грамоты выдали {X}.", True),
    ("dat", "Зарплату подняли {X}.", True), ("dat", "Все завидовали {X}.", True),
    ("ins", "Между {X} протянули провод.", False), ("ins", "Бригада занялась {X}.", False),
    ("ins", "Туристы восхищались {X}.", False), ("ins", "Рядом с {X} разбили лагерь.", False),
    ("ins", "Он командовал {X}.", True), ("ins", "Жители дорожат {X}.", False),
    ("pre", "Вся его жизнь прошла в {X}.", False), ("pre", "Речь зашла о {X}.", False),
    ("pre", "Летом они побывали в {X}.", False), ("pre", "Разговор шёл о {X}.", True),
    ("acc", "Они построили {X}.", False), ("acc", "Комиссия проверила {X}.", False),
    ("nom", "Неподалёку виднелись {X}.", False), ("nom", "На карте отмечены {X}.", False),
])


ru_agreement = unseen_r2.agreement(RU_VOCAB, AGREE_FRAMES, counted)


RU = {"money_measure": ru_measure(NEW_UNITS), "unit_seen": ru_measure(SEEN_UNITS),
      "agreement": ru_agreement}


# ------------------------------------------------------------------- English Roman numerals

REGNAL = fresh_en(["Rudolf", "Otto", "Conrad", "Baldwin", "Amadeus", "Umberto", "Carol",
                   "Manuel", "Basil", "Selim", "Murad", "Ramesses", "Thutmose", "Amenhotep",
                   "Darius", "Xerxes", "Antiochus", "Seleucus", "Cleopatra", "Hugh", "Robert",
                   "David", "Valdemar", "Eric", "Sancho", "Pedro", "Felipe", "Fernando",
                   "Napoleon", "Francis", "Maximilian", "Joseph", "Albert", "Stephen", "John",
                   "Paul", "Sixtus", "Julius", "Honorius", "Celestine", "Anastasius",
                   "Michael", "Andronikos", "Alexios", "Maria", "Joanna", "Margrethe"])
REGNAL_TITLES = fresh_en(["Pharaoh", "Duke", "Grand Duke", "Count", "Shah", "Khan", "Regent",
                          "Saint", "Holy Roman Emperor", "Czar", "Caliph"])
SERIES = fresh_en(["Halo", "Fallout", "Resident Evil", "Age of Empires", "Doom", "Quake",
                   "Ultima", "Wizardry", "Baldur's Gate", "Heroes of Might and Magic",
                   "Warcraft", "StarCraft", "Rambo", "Superman", "Halloween", "Gladiator",
                   "Skylab", "Commodore", "Far Cry", "Hitman", "Portal", "Ace Combat"])
NUMBERED = fresh_en(["Book", "Scene", "Section", "Appendix", "Phase", "Level", "Category",
                     "Division", "Annex", "Lesson", "Plate", "Figure", "Tier", "Sonnet",
                     "Corps", "Chart", "Exercise", "Band"])
SURNAMES = fresh_en(["Whitfield", "Osei", "Marchetti", "Kowalczyk", "Abernathy", "Lindgren",
                     "Fairbanks", "Quintero", "Halvorsen", "Ashworth"])
FIRST = fresh_en(["Tom", "Rachel", "Megan", "Oscar", "Nadia", "Victor", "Lena", "Derek"])
CAPS = ["MIX", "CIVIL", "LIVID", "VIVID", "DIM", "MILD", "ILL", "DID", "MID", "LID", "MIMIC",
        "CIVIC", "MILL", "VILLI"]


def en_regnal(rng, part):
    name = pick(rng, split(REGNAL, part))
    n = rng.randint(1, 18)
    w, s = f"{name} {to_roman(n)}", f"{name} the {ordw(n)}"
    if rng.random() < 0.3:
        t = pick(rng, split(REGNAL_TITLES, part))
        w, s = f"{t} {w}", f"{t} {s}"
    tpl = pick(rng, split(["The tomb of {} was opened.", "A treaty signed by {} survives.",
                           "Scholars still debate {}.", "After {} came a long peace.",
                           "The army of {} crossed the river.", "We read a biography of {}.",
                           "Portraits show {} as a young man.", "Few remember {} today."], part))
    return tpl.format(w), tpl.format(s)


def en_series(rng, part):
    name = pick(rng, split(SERIES, part))
    n = rng.randint(2, 9)
    w, s = f"{name} {to_roman(n)}", f"{name} {card(n)}"
    tpl = pick(rng, split(["{} sold millions of copies.", "I finally finished {}.",
                           "The soundtrack of {} is great.", "Critics preferred {}.",
                           "We rented {} on Friday.", "The launch of {} was delayed."], part))
    return tpl.format(w), tpl.format(s)


def en_numbered(rng, part):
    name = pick(rng, split(NUMBERED, part))
    n = rng.randint(2, 40)
    w, s = f"{name} {to_roman(n)}", f"{name} {card(n)}"
    tpl = pick(rng, split(["See {} for details.", "The notes for {} are missing.",
                           "{} begins on the next page.", "Students skipped {} entirely.",
                           "Nobody liked {} much.", "We printed {} twice."], part))
    return tpl.format(w), tpl.format(s)


def en_control(rng, part):
    k = rng.randrange(4)
    if k == 0:
        # the pronoun next to a ruler's name or a numbered noun
        name = pick(rng, split(REGNAL + NUMBERED, part))
        tpl = pick(rng, split(["{} and I agree.", "Can I read {} now?",
                               "Yesterday I studied {} again.", "I think {} is overrated.",
                               "Before {}, I knew nothing."], part))
        t = tpl.format(name)
        return t, t
    if k == 1:
        word = pick(rng, split(CAPS, part))
        tpl = pick(rng, split(["The sign above the door said {}.", "She typed {} in the box.",
                               "The button labelled {} was broken.", "He shouted {} twice."],
                              part))
        t = tpl.format(word)
        return t, t
    if k == 2:
        first = pick(rng, split(FIRST, part))
        sur = pick(rng, split(SURNAMES, part))
        ini = pick(rng, split(list("CDLMVXI"), part))
        tpl = pick(rng, split(["{} wrote the preface.", "The house belonged to {}.",
                               "We interviewed {} last spring."], part))
        t = tpl.format(f"{first} {ini}. {sur}")
        return t, t
    a, b = pick(rng, split(list("CDLMVXI"), part)), pick(rng, split(list("CDLMVXI"), part))
    sur = pick(rng, split(SURNAMES, part))
    tpl = pick(rng, split(["A novel by {} won the prize.", "Everyone quoted {}.",
                           "The archive of {} is online."], part))
    t = tpl.format(f"{a}. {b}. {sur}")
    return t, t


EN = {"regnal": en_regnal, "series": en_series, "numbered": en_numbered, "control": en_control}


def write(path, rows, lang, part):
    unseen.write(path, rows, lang, part, "unseen_r3.py")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=60)
    ap.add_argument("--seed", type=int, default=37)
    args = ap.parse_args()
    for part in ("dev", "held"):
        for lang, classes in (("ru", RU), ("en", EN)):
            rng = random.Random(f"{args.seed}-r3-{lang}-{part}")
            rows = []
            for cls, fn in classes.items():
                seen: set[str] = set()
                tries = 0
                while len(seen) < args.per_class and tries < 50 * args.per_class:
                    tries += 1
                    w, s = fn(rng, part)
                    if w in seen:
                        continue
                    seen.add(w)
                    rows.append((cls, w, ob(s) if lang == "ru" else s))
            write(OUT / f"r3-{lang}-{part}.tsv", rows, lang, part)


if __name__ == "__main__":
    main()
