"""Second round of new evaluation sets (issue 33), written before the rules of their classes
were changed: Russian money and measures in the case the governing word demands, Russian
agreement in other frames, English Roman numerals after names of series and events versus
regnal ones after personal names, and Latin-letter tokens inside Russian text. Templates and
vocabulary are new: every noun, unit, name and frame is checked here against the older
generators (generate.py, unseen.py, unseen_en.py, dev and held-out parts alike) and dropped
if they used it, without printing which (the held-out vocabulary stays unread).

Each set has a dev part (failures may be read while fixing) and a held-out part (only
scored, with TN_UNSEEN_HELD=1). The Russian oracle is the one of unseen.py: the case comes
from the template's governing word, numbers are inflected by num2words, nouns by pymorphy3.
English and mixed text are labelled by written rules (RULES below).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r2.py [--per-class 60] [--seed 23]

writes crates/text-normalizer/tests/data/tn-unseen/r2-{ru,en,mixed}-{dev,held}.tsv.
"""

from __future__ import annotations

import argparse
import random
import re
import sys

import generate
import unseen
import unseen_en
from unseen import (OUT, cardinal, count_form, counted, gender, inflect, lemma, ob, pick,
                    prefer_one)
from unseen import write as write_unseen
from unseen_en import card, ordw, to_roman

RULES = {
    "roman": "after a monarch's or pope's name (or King/Queen/Pope/Emperor... before it) a Roman "
             "numeral is regnal, \"the\" + ordinal; after the name of a series, product or event, "
             "or a numbered noun (Title, Article, Stage), the cardinal",
    "initialism": "a Latin abbreviation in Russian text is spelled with the Russian names of the "
                  "English letters (эй, би, си, ... дабл-ю), hyphenated; one that reads as a word "
                  "(a consonant-vowel-consonant of three letters, or four or more letters with two "
                  "vowels and no three consonants together) is read as written in Latin sounds",
    "latin_word": "a Latin word with a vowel that is not all capitals (a name, brand or English "
                  "word) is left for the model, which says English words",
    "serial": "letters between digits (\"2-b-3\", \"14c\") are spelled by the same letter names "
              "and the digit groups read as Russian cardinals",
    "number_by_latin": "a number after a Latin name inside Russian text is read in Russian",
}


def split(xs, part):
    return unseen_en.split(xs, part)


# ------------------------------------------------------------------ what the older sets used

def _words(obj) -> set[str]:
    """Every word (lowercase) in a nested structure of strings."""
    out: set[str] = set()
    if isinstance(obj, str):
        out.update(w.lower() for w in re.findall(r"[^\W\d_]+", obj))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out |= _words(k) | _words(v)
    elif isinstance(obj, (list, tuple, set)):
        for x in obj:
            out |= _words(x)
    return out


def _lemmas(words: set[str]) -> set[str]:
    m = unseen.morph()
    out = set(words)
    for w in words:
        if re.search("[а-яё]", w):
            out.update(p.normal_form for p in m.parse(w)[:3])
    return out


OLD_RU_VOCAB = _lemmas(_words([unseen.VOCAB, generate.RU_NOUNS]))
OLD_FRAMES = {f for part in unseen.FRAMES.values() for _, f, _ in part} | {
    f for part in unseen.MEASURE_FRAMES.values() for _, f in part}
OLD_EN_NAMES = _words([unseen_en.REGNAL, unseen_en.SERIES, unseen_en.SURNAMES,
                       generate.EN_ROMAN_CTX])
OLD_LATIN = _words([generate.RU_LATIN_UNITS, generate.EN_WORDS, generate.EN_DOMAINS])


def fresh_ru(items, key=lambda x: x):
    """Items whose lemma the older sets did not use."""
    keep = [x for x in items if not (_lemmas({key(x).lower()}) & OLD_RU_VOCAB)]
    print(f"  ru vocabulary: {len(items) - len(keep)} of {len(items)} dropped as used",
          file=sys.stderr)
    return keep


def fresh_en(items, key=lambda x: x, old=None):
    old = OLD_EN_NAMES if old is None else old
    keep = [x for x in items if not (_words(key(x)) & old)]
    print(f"  en vocabulary: {len(items) - len(keep)} of {len(items)} dropped as used",
          file=sys.stderr)
    return keep


# --------------------------------------------------------------- Russian money and measures

# (symbol, noun lemma); units whose genitive plural has two forms in use (грамм, ватт,
# гигабайт) are left out, as the reading would be a choice between two correct ones.
UNITS = fresh_ru([("м", "метр"), ("см", "сантиметр"), ("мм", "миллиметр"), ("т", "тонна"),
                  ("л", "литр"), ("мл", "миллилитр"), ("га", "гектар"), ("ч", "час"),
                  ("мин", "минута"), ("€", "евро"), ("%", "процент"), ("сек", "секунда"),
                  ("грн", "гривна"), ("₽", "рубль"), ("МПа", "мегапаскаль"),
                  ("ГГц", "гигагерц")], key=lambda u: u[1])

# (case, frame). The case is the one the governing word (preposition or verb) demands.
MEASURE_FRAMES = [
    ("gen", "Скидки действуют от {X}."), ("gen", "Штраф вырос до {X}."),
    ("gen", "Мы обошлись без {X}."), ("gen", "Потери составили свыше {X}."),
    ("gen", "На счету осталось менее {X}."), ("gen", "Из {X} половину вернули."),
    ("gen", "Вместо {X} выдали меньше."), ("gen", "Взнос в размере {X} внесли вовремя."),
    ("gen", "Уровень снизился с {X} до нуля."), ("gen", "Запас не превышал порядка {X}."),
    ("dat", "Потери равны {X}."), ("dat", "Этот объём соответствует {X}."),
    ("dat", "Эта цифра уступает {X}."), ("dat", "Мы стремились к {X}."),
    ("ins", "Расходы ограничились {X}."), ("ins", "Разница между {X} и нулём велика."),
    ("ins", "Он рисковал {X}."), ("ins", "Он вернулся с {X} в запасе."),
    ("pre", "При {X} работа останавливается."), ("pre", "Споры о {X} не утихали."),
    ("acc", "Билет купили за {X}."), ("acc", "Через {X} начинается подъём."),
    ("acc", "Показатель увеличили на {X}."), ("acc", "Он потратил {X}."),
    ("nom", "Средний результат — {X}."), ("nom", "Прошло {X}."),
]
MEASURE_FRAMES = [x for x in MEASURE_FRAMES if x[1] not in OLD_FRAMES]


def group_ru(n: int) -> str:
    """Thousands grouped by a space from 10 000 up, as Russian typesetting does."""
    return f"{n:,}".replace(",", " ") if n >= 10000 else str(n)


def ru_money_measure(rng, part):
    case, frame = pick(rng, split(MEASURE_FRAMES, part))
    sym, noun = pick(rng, split(UNITS, part))
    n = prefer_one(rng)
    if rng.random() < 0.15:
        n = rng.randint(1000, 1999)
    p = lemma(noun)
    num, c = count_form(n, case)
    written = f"{n}%" if sym == "%" else f"{group_ru(n)} {sym}"
    said_noun = noun if noun == "евро" else inflect(p, {num, c})
    spoken = f"{cardinal(n, case, gender(p))} {said_noun}"
    return frame.replace("{X}", written), frame.replace("{X}", spoken)


# ------------------------------------------------------------------- Russian agreement

RU_VOCAB = {
    "inan": fresh_ru(["вокзал", "стадион", "собор", "аэропорт", "комната", "гостиница",
                      "площадь", "башня", "лодка", "сад", "корабль", "фонтан", "пристань",
                      "усадьба", "ферма", "мельница", "часовня", "причал", "скважина",
                      "теплица", "колодец", "маяк", "шахта", "беседка"]),
    "anim": fresh_ru(["пенсионер", "школьник", "волонтёр", "инженер", "фермер", "спортсмен",
                      "художник", "пассажир", "актриса", "читательница", "водитель",
                      "турист"]),
    "adj": fresh_ru(["каменный", "деревянный", "заброшенный", "просторный", "уютный",
                     "высокий"]),
}

AGREE_FRAMES = [
    ("gen", "Вокруг {X} выросли деревья.", False), ("gen", "Кроме {X}, ничего не уцелело.", False),
    ("gen", "Среди {X} нашёлся один пустой.", False), ("gen", "После {X} начался лес.", False),
    ("gen", "Напротив {X} поставили скамейки.", False), ("gen", "Вдоль {X} посадили цветы.", False),
    ("dat", "Письма отправили {X}.", True), ("dat", "Подарки достались {X}.", True),
    ("dat", "Помощь оказали {X}.", True), ("dat", "Навстречу {X} вышли хозяева.", False),
    ("ins", "Город славится {X}.", False), ("ins", "Мы любовались {X}.", False),
    ("ins", "Над {X} кружили птицы.", False), ("ins", "Под {X} нашли клад.", False),
    ("ins", "Совет гордится {X}.", True), ("ins", "Компания владеет {X}.", False),
    ("pre", "Мы мечтали о {X}.", False), ("pre", "Флаги висели на {X}.", False),
    ("pre", "При {X} устроили склад.", False), ("pre", "Ремонт шёл в {X}.", False),
    ("acc", "Мы осмотрели {X}.", False), ("acc", "Они покрасили {X}.", False),
    ("nom", "Рядом стоят {X}.", False), ("nom", "В округе сохранились {X}.", False),
]
# A frame the older sets had is dropped (unprinted, like their vocabulary).
AGREE_FRAMES = [x for x in AGREE_FRAMES if x[1] not in OLD_FRAMES]


def agreement(vocab, frames, counted_fn=counted):
    """A generator of "N [adj] noun" in a frame's case from `vocab` and `frames`."""
    def gen(rng, part):
        case, frame, anim = pick(rng, split(frames, part))
        noun = pick(rng, split(vocab["anim"] if anim else vocab["inan"], part))
        n = prefer_one(rng)
        if rng.random() < 0.1:
            n = rng.randint(1000, 1999)
        adj = pick(rng, split(vocab["adj"], part)) if rng.random() < 0.25 and not anim else None
        loc2 = "в {X}" in frame or "на {X}" in frame
        w, s = counted_fn(n, case, noun, adj, loc2=loc2)
        return frame.replace("{X}", w), frame.replace("{X}", s)
    return gen


ru_agreement = agreement(RU_VOCAB, AGREE_FRAMES)


RU = {"money_measure": ru_money_measure, "agreement": ru_agreement}


# ------------------------------------------------------------------- English Roman numerals

REGNAL = fresh_en(["Alexander", "Nicholas", "Peter", "Gustav", "Philip", "Ferdinand",
                   "Leopold", "Gregory", "Clement", "Boniface", "Urban", "Leo", "Benedict",
                   "Ludwig", "Wilhelm", "Christian", "Haakon", "Olaf", "Magnus", "Casimir",
                   "Sigismund", "Mehmed", "Ptolemy", "Alfonso", "Ivan", "Constantine",
                   "Harold", "Malcolm", "Mary", "Margaret", "Isabella", "Innocent"])
SERIES = fresh_en(["Grand Theft Auto", "Street Fighter", "WrestleMania", "Diablo",
                   "Civilization", "Mortal Kombat", "Star Trek", "Kingdom Hearts", "Jaws",
                   "Saturn", "Mariner", "Titan", "Vatican", "Ghostbusters", "Shrek",
                   "Godfather Part", "Tekken", "Dragon Quest"])
NUMBERED = fresh_en(["Title", "Article", "Stage", "Type", "Grade", "Class", "Schedule",
                     "Psalm", "Canto", "Round"])
ROYAL_TITLES = ["King", "Queen", "Pope", "Emperor", "Tsar", "Empress", "Sultan", "Prince"]


def en_roman(rng, part):
    k = rng.random()
    if k < 0.45:
        name = pick(rng, split(REGNAL, part))
        n = rng.randint(2, 16)
        w, s = f"{name} {to_roman(n)}", f"{name} the {ordw(n)}"
        if rng.random() < 0.3:
            t = pick(rng, split(ROYAL_TITLES, part))
            w, s = f"{t} {w}", f"{t} {s}"
        tpl = pick(rng, split(["The court of {} was rich.", "Coins of {} were found.",
                               "Historians admire {}.", "Under {} the country grew.",
                               "A statue of {} stands in the square.",
                               "The letters of {} were published."], part))
    elif k < 0.8:
        name = pick(rng, split(SERIES, part))
        n = rng.randint(2, 39) if name == "WrestleMania" else rng.randint(2, 12)
        w, s = f"{name} {to_roman(n)}", f"{name} {card(n)}"
        tpl = pick(rng, split(["My brother loves {}.", "{} came out that year.",
                               "Have you seen {} yet?", "We talked about {} all day.",
                               "The reviews of {} were mixed.", "Everyone knows {}."], part))
    else:
        name = pick(rng, split(NUMBERED, part))
        n = rng.randint(2, 30)
        w, s = f"{name} {to_roman(n)}", f"{name} {card(n)}"
        tpl = pick(rng, split(["Read {} carefully.", "The rules in {} changed.",
                               "{} applies here.", "We reached {} quickly."], part))
    return tpl.format(w), tpl.format(s)


EN = {"roman": en_roman}


# ------------------------------------------------------------------ Latin inside Russian text

LETTER = {"a": "эй", "b": "би", "c": "си", "d": "ди", "e": "и", "f": "эф", "g": "джи",
          "h": "эйч", "i": "ай", "j": "джей", "k": "кей", "l": "эл", "m": "эм", "n": "эн",
          "o": "оу", "p": "пи", "q": "кью", "r": "ар", "s": "эс", "t": "ти", "u": "ю",
          "v": "ви", "w": "дабл-ю", "x": "экс", "y": "уай", "z": "зед"}
SOUND = {"a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
         "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
         "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "и",
         "z": "з"}
VOWELS = set("aeiouy")


def pronounceable(w: str) -> bool:
    w = w.lower()
    cv = "".join("v" if c in VOWELS else "c" for c in w)
    if len(w) == 3:
        return cv == "cvc"
    return len(w) >= 4 and cv.count("v") >= 2 and "ccc" not in cv and "vvv" not in cv \
        and not cv.startswith("cc")


def spell(w: str) -> str:
    return "-".join(LETTER[c] for c in w.lower())


def sound(w: str) -> str:
    w = w.lower()
    out = []
    for i, c in enumerate(w):
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "c":
            out.append("ц" if nxt in ("e", "i", "y") else "к")
        elif c == "e" and i == 0:
            out.append("э")
        else:
            out.append(SOUND[c])
    return "".join(out)


def read_abbr(w: str) -> str:
    return sound(w) if pronounceable(w) else spell(w)


ABBRS = fresh_en(["BBC", "CNN", "IBM", "USB", "DVD", "GPS", "FBI", "HTML", "SQL", "MVP",
                  "NHL", "NBA", "LCD", "HDMI", "VPN", "CRM", "ERP", "KPI", "PDF", "RGB",
                  "NASA", "NATO", "FIFA", "UEFA", "IKEA", "OPEC", "LEGO", "PIN", "SIM",
                  "VIP", "AMD", "HBO", "MTV", "IMAX", "BMW", "CSS", "API", "SUV"], old=OLD_LATIN)
LATIN_WORDS = fresh_en(["Photoshop", "Excel", "Netflix", "Spotify", "Telegram", "Firefox",
                        "Linux", "Python", "Tesla", "Samsung", "Lenovo", "Adobe", "Zoom",
                        "Slack", "Figma", "Kotlin", "online", "deadline", "feedback",
                        "startup"], old=OLD_LATIN)
PRODUCTS = fresh_en(["iPhone", "Windows", "PlayStation", "Pixel", "Office", "Android",
                     "Fedora", "Ubuntu"], old=OLD_LATIN)

ABBR_FRAMES = ["Он много лет работал в {}.", "Новости {} смотрят многие.",
               "Мы обсудили отчёт {} вчера.", "Про {} написали статью.",
               "Сотрудники {} приехали утром.", "Без {} проект не запустить.",
               "Данные из {} пришли поздно.", "Я впервые услышал о {} в школе."]
WORD_FRAMES = ["Вечером я открыл {} и сел за работу.", "Коллеги перешли на {} весной.",
               "Нам прислали ссылку в {}.", "Без {} здесь никак.",
               "Она рассказала про {} на встрече.", "Этот {} нам понравился."]
SERIAL_FRAMES = ["Код доступа {}.", "Ваш номер {}, не забудьте.", "Ячейка {} свободна.",
                 "Деталь {} заменили.", "Выберите вариант {}."]
PRODUCT_FRAMES = ["Вчера я купил {} и доволен.", "Обновление для {} вышло.",
                  "У меня старый {}, но работает.", "Мы тестировали {} неделю."]


def mixed(rng, part):
    k = rng.randrange(4)
    if k == 0:
        w = pick(rng, split(ABBRS, part))
        tpl = pick(rng, split(ABBR_FRAMES, part))
        return "initialism", tpl.format(w), tpl.format(read_abbr(w))
    if k == 1:
        w = pick(rng, split(LATIN_WORDS, part))
        tpl = pick(rng, split(WORD_FRAMES, part))
        return "latin_word", tpl.format(w), tpl.format(w)
    if k == 2:
        letters = "bcdfhkmnprstxz"
        kind = rng.randrange(3)
        a, b = rng.randint(1, 20), rng.randint(1, 99)
        ch = pick(rng, letters)
        if kind == 0:
            w, s = f"{a}-{ch}-{b}", f"{cardinal(a, 'nom')} {LETTER[ch]} {cardinal(b, 'nom')}"
        elif kind == 1:
            w, s = f"{b}{ch}", f"{cardinal(b, 'nom')} {LETTER[ch]}"
        else:
            w, s = f"{ch.upper()}-{b}", f"{LETTER[ch]} {cardinal(b, 'nom')}"
        tpl = pick(rng, split(SERIAL_FRAMES, part))
        return "serial", tpl.format(w), tpl.format(s)
    name = pick(rng, split(PRODUCTS, part))
    n = rng.randint(2, 25)
    tpl = pick(rng, split(PRODUCT_FRAMES, part))
    return "number_by_latin", tpl.format(f"{name} {n}"), tpl.format(f"{name} {cardinal(n, 'nom')}")


def write(path, rows, lang, part):
    write_unseen(path, rows, lang, part, "unseen_r2.py")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=60)
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    for part in ("dev", "held"):
        rng = random.Random(f"{args.seed}-r2-ru-{part}")
        rows = []
        for cls, fn in RU.items():
            seen = set()
            while len(seen) < args.per_class:
                w, s = fn(rng, part)
                if w in seen:
                    continue
                seen.add(w)
                rows.append((cls, w.replace("..", "."), ob(s)))
        write(OUT / f"r2-ru-{part}.tsv", rows, "ru", part)
        rng = random.Random(f"{args.seed}-r2-en-{part}")
        rows = []
        for cls, fn in EN.items():
            seen = set()
            while len(seen) < args.per_class:
                w, s = fn(rng, part)
                if w not in seen:
                    seen.add(w)
                    rows.append((cls, w, s))
        write(OUT / f"r2-en-{part}.tsv", rows, "en", part)
        rng = random.Random(f"{args.seed}-r2-mixed-{part}")
        rows, seen = [], set()
        while len(rows) < 2 * args.per_class:
            cls, w, s = mixed(rng, part)
            if w not in seen:
                seen.add(w)
                rows.append((cls, w, s))
        write(OUT / f"r2-mixed-{part}.tsv", rows, "ru", part)


if __name__ == "__main__":
    main()
