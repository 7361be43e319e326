"""New evaluation sets for the classes issue 33 names, from templates and vocabulary that the
older sets (generate.py) and the rules never used. Each class has a dev part (its failures may
be read while fixing rules) and a held-out part, drawn from other nouns, units, names and
sentence frames, that is only scored, at the start and at the end.

Russian is labelled by the template itself, not by a consensus of normalizers: every template
names the case its governing word demands (preposition, verb, date frame), and the expected
words are inflected for that case: numbers by num2words (case, gender, animacy, cardinal or
ordinal), nouns and adjectives by pymorphy3 (OpenCorpora). English is labelled by NeMo's
deterministic normalizer where it reads the pattern as people do, else by a written rule
(addresses and ZIP codes, series numerals, titles; the reasons are in RULES below).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen.py [--per-class 60] [--seed 11]

writes crates/text-normalizer/tests/data/tn-unseen/{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from num2words import num2words

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "crates/text-normalizer/tests/data/tn-unseen"

CASE_N2W = {"nom": "nominative", "gen": "genitive", "dat": "dative", "acc": "accusative",
            "ins": "instrumental", "pre": "prepositional"}
CASE_OC = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt",
           "pre": "loct"}

_morph = None


def morph():
    global _morph
    if _morph is None:
        import pymorphy3
        _morph = pymorphy3.MorphAnalyzer()
    return _morph


def lemma(word: str, pos: str = "NOUN"):
    for p in morph().parse(word):
        if pos in p.tag and "nomn" in p.tag and ("sing" in p.tag or "Pltm" in p.tag or pos != "NOUN"):
            return p
    sys.exit(f"no {pos} parse for {word!r}")


def gender(p) -> str:
    return {"masc": "m", "femn": "f", "neut": "n"}.get(p.tag.gender, "m")


def inflect(p, grams: set[str], loc2: bool = False) -> str:
    if loc2 and "loct" in grams:
        q = p.inflect((grams - {"loct"}) | {"loc2"})
        if q is not None:
            return q.word
    q = p.inflect(grams)
    if q is None:
        sys.exit(f"cannot inflect {p.word} to {grams}")
    return q.word


def ends_in_one(n: int) -> bool:
    return n % 10 == 1 and n % 100 != 11


def few(n: int) -> bool:
    return 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14


def count_form(n: int, case: str) -> tuple[str, str]:
    """(number, case) of a noun counted by n in `case`: sing/plur and an OpenCorpora case. A
    number ending in a round thousand (or million) counts its noun through тысяча, a noun of
    its own: the genitive plural in every case ("пяти тысячам рублей"; before round 79 the
    oblique cases agreed, "пяти тысячам рублям", as the rules did; no committed set had such
    a case)."""
    if n % 1000 == 0:
        return "plur", "gent"
    if case in ("nom", "acc"):
        if ends_in_one(n):
            return "sing", CASE_OC[case]
        return ("sing", "gent") if few(n) else ("plur", "gent")
    return ("sing" if ends_in_one(n) else "plur"), CASE_OC[case]


def cardinal(n: int, case: str, g: str = "m") -> str:
    return num2words(n, lang="ru", case=CASE_N2W[case], gender=g, animate=False)


def ordinal(n: int, case: str, g: str = "m", plural: bool = False) -> str:
    return num2words(n, lang="ru", to="ordinal", case=CASE_N2W[case], gender=g,
                     plural=plural, animate=False)


def counted(n: int, case: str, noun: str, adj: str | None = None, loc2: bool = False) -> tuple[str, str]:
    """Written "N [adj] noun" and its reading, the number and words in `case`."""
    p = lemma(noun)
    num, c = count_form(n, case)
    words = []
    grams = {num, c}
    if adj:
        a = lemma(adj, "ADJF")
        # Adjectives after 2-4 in the nominative take the genitive plural (двух новых домов
        # is oblique; два новых дома).
        agrams = {c, "plur"} if num == "plur" or c == "gent" and few(n) else {c, num}
        if num == "sing" and c != "gent" or num == "sing" and not few(n):
            agrams = {c, "sing", p.tag.gender}
            # An inanimate masculine's adjective in the accusative is its nominative
            # ("пришила один трикотажный халат"; rounds before 30 wrote the genitive).
            if c == "accs" and p.tag.gender == "masc" and p.tag.animacy == "inan":
                agrams = {"nomn", "sing", "masc"}
        if case in ("nom", "acc") and few(n):
            agrams = {"plur", "gent"}
        words.append(inflect(a, agrams))
    words.append(inflect(p, grams, loc2=loc2))
    written = f"{n} {' '.join(words)}"
    number = cardinal(n, case, gender(p))
    if case == "acc" and ends_in_one(n) and p.tag.animacy == "anim" and gender(p) != "f":
        # The animate accusative: the numeral's last word as the genitive ("двадцать одного
        # депутата"); rounds before 40 read every accusative as inanimate.
        number = num2words(n, lang="ru", case="accusative", gender=gender(p), animate=True)
    spoken = f"{number} {' '.join(words)}"
    return written, spoken


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def number(rng) -> int:
    r = rng.random()
    if r < 0.3:
        return rng.randint(1, 10)
    if r < 0.45:
        return rng.randint(11, 20)
    if r < 0.7:
        return rng.randint(21, 99)
    if r < 0.9:
        return rng.randint(100, 999)
    return rng.randint(1000, 99999)


def prefer_one(rng) -> int:
    """Half of the numbers end in 1 or 2, where gender and number show most."""
    n = number(rng)
    if rng.random() < 0.5:
        n = n - n % 10 + pick(rng, [1, 2])
        if n % 100 in (11, 12):
            n += 10
    return max(n, 1)


def sentence(s: str) -> str:
    return s[0].upper() + s[1:]


# --------------------------------------------------------------------------- Russian vocab

VOCAB = {
    "dev": {
        "inan": ["завод", "музей", "мост", "автобус", "район", "парк", "магазин", "склад",
                 "школа", "больница", "библиотека", "машина", "картина", "лаборатория",
                 "фабрика", "здание", "село", "озеро", "предприятие", "дерево"],
        "anim": ["студент", "врач", "учитель", "участник", "ветеран", "сотрудник",
                 "медсестра", "студентка"],
        "adj": ["новый", "старый", "крупный", "городской"],
        "ord_f": ["глава", "линия", "позиция", "трасса", "остановка", "строка"],
        "ord_m": ["этап", "пункт", "вагон", "уровень", "ряд"],
        "ord_pl": ["класс", "курс", "ряд", "этап"],
        "months": [0, 2, 4, 6, 8, 10],
        "units": [("км", "километр"), ("кг", "килограмм"), ("руб.", "рубль"), ("$", "доллар")],
    },
    "held": {
        "inan": ["вокзал", "стадион", "киоск", "фонтан", "цех", "ангар", "маяк", "аптека",
                 "гостиница", "станция", "теплица", "мастерская", "усадьба", "часовня",
                 "пекарня", "общежитие", "хранилище", "водохранилище", "ущелье", "кафе"],
        "anim": ["пенсионер", "волонтёр", "инженер", "фермер", "спортсменка", "выпускница"],
        "adj": ["небольшой", "частный", "сельский", "огромный"],
        "ord_f": ["платформа", "колонна", "полоса", "палата", "секция"],
        "ord_m": ["причал", "выход", "подъезд", "микрорайон", "корпус"],
        "ord_pl": ["вагон", "подъезд", "отряд", "цех"],
        "months": [1, 3, 5, 7, 9, 11],
        "units": [("м", "метр"), ("т", "тонна"), ("₽", "рубль"), ("долл.", "доллар"),
                  ("л", "литр")],
    },
}

# Frames: (case, text with {X}, needs an animate noun). The case is the one the governing
# word demands of "N noun".
FRAMES = {
    "dev": [
        ("gen", "Работы шли без {X}.", False),
        ("gen", "Рядом не было {X}.", False),
        ("gen", "Список состоит из {X}.", False),
        ("gen", "Мы ждали около {X}.", False),
        ("gen", "Это больше {X}.", False),
        ("gen", "Для {X} нужны деньги.", False),
        ("dat", "Мы подошли к {X}.", False),
        ("dat", "Премии вручили {X}.", True),
        ("dat", "Благодаря {X} всё получилось.", True),
        ("ins", "Он гордится {X}.", False),
        ("ins", "Она руководит {X}.", True),
        ("ins", "Мы стояли перед {X}.", False),
        ("pre", "Мы говорили о {X}.", False),
        ("pre", "Свет горел в {X}.", False),
        ("acc", "Деньги потратили на {X}.", False),
        ("acc", "Он рассказал про {X}.", False),
        ("nom", "У нас есть {X}.", False),
    ],
    "held": [
        ("gen", "Город остался без {X}.", False),
        ("gen", "Там нет {X}.", False),
        ("gen", "Отряд вернулся из {X}.", False),
        ("gen", "Мы насчитали свыше {X}.", False),
        ("gen", "Проверка длилась до {X}.", False),
        ("gen", "Дорога идёт мимо {X}.", False),
        ("dat", "Подарки раздали {X}.", True),
        ("dat", "Письма разослали {X}.", True),
        ("dat", "Путь ведёт к {X}.", False),
        ("ins", "Район славится {X}.", False),
        ("ins", "Он управляет {X}.", False),
        ("ins", "Она занималась с {X}.", True),
        ("pre", "Доклад был о {X}.", False),
        ("pre", "Флаги висели на {X}.", False),
        ("pre", "При {X} всё возможно.", False),
        ("acc", "Мы обменяли их на {X}.", False),
        ("acc", "Поезд пришёл через {X}.", False),
        ("nom", "В отчёте указаны {X}.", False),
    ],
}


def ru_agreement(rng, part):
    v = VOCAB[part]
    case, frame, anim = pick(rng, FRAMES[part])
    noun = pick(rng, v["anim"] if anim else v["inan"])
    n = prefer_one(rng)
    adj = pick(rng, v["adj"]) if rng.random() < 0.25 and not anim else None
    loc2 = "в {X}" in frame or "на {X}" in frame
    w, s = counted(n, case, noun, adj, loc2=loc2)
    return frame.replace("{X}", w), frame.replace("{X}", s)


def ru_ordinal(rng, part):
    v = VOCAB[part]
    n = pick(rng, [rng.randint(1, 30), rng.randint(31, 120)])
    kind = rng.randrange(7)
    if kind == 0:
        noun = lemma(pick(rng, v["ord_f"]))
        w = f"на {n}-й {inflect(noun, {'sing', 'loct'})}"
        s = f"на {ordinal(n, 'pre', 'f')} {inflect(noun, {'sing', 'loct'})}"
        frame = pick(rng, ["Ошибка нашлась {}.", "Мы остановились {}."])
    elif kind == 1:
        noun = lemma(pick(rng, v["ord_m"]))
        form = inflect(noun, {"sing", "loct"}, loc2=True)
        w, s = f"в {n}-м {form}", f"в {ordinal(n, 'pre', gender(noun))} {form}"
        frame = pick(rng, ["Всё решилось {}.", "Он был {}."])
    elif kind == 2:
        noun = lemma(pick(rng, v["ord_m"]))
        form = inflect(noun, {"sing", "datv"})
        w, s = f"к {n}-му {form}", f"к {ordinal(n, 'dat', gender(noun))} {form}"
        frame = pick(rng, ["Мы подошли {}.", "Команда перешла {}."])
    elif kind == 3:
        noun = lemma(pick(rng, v["ord_f"]))
        form = inflect(noun, {"sing", "gent"})
        w, s = f"с {n}-й {form}", f"с {ordinal(n, 'gen', 'f')} {form}"
        frame = pick(rng, ["Начнём {}.", "Читайте {}."])
    elif kind == 4:
        # "-х" after numbers whose cardinal does not end in -х: only the ordinal fits.
        while n % 10 in (2, 3, 4) and not 12 <= n % 100 <= 14:
            n += 1
        noun = lemma(pick(rng, v["ord_pl"]))
        form = inflect(noun, {"plur", "loct"})
        w, s = f"в {n}-х {form}", f"в {ordinal(n, 'pre', plural=True)} {form}"
        frame = pick(rng, ["Уроки прошли {}.", "Места остались {}."])
    elif kind == 5:
        noun = lemma(pick(rng, v["ord_f"]))
        form = inflect(noun, {"sing", "nomn"})
        w, s = f"{n}-я {form}", f"{ordinal(n, 'nom', 'f')} {form}"
        frame = pick(rng, ["{} закрыта.", "Перед нами {}."])
    else:
        # A bare number before a singular noun in an oblique case is an ordinal (a page,
        # platform or floor number); numbers ending in 1 are left out (both readings occur).
        while ends_in_one(n):
            n += 1
        noun = lemma(pick(rng, v["ord_f"]))
        form = inflect(noun, {"sing", "loct"})
        w, s = f"на {n} {form}", f"на {ordinal(n, 'pre', 'f')} {form}"
        frame = pick(rng, ["Ответ был {}.", "Это написано {}."])
    return sentence(frame.format(w)), sentence(frame.format(s))


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]

DATE_FRAMES = {
    "dev": [
        ("gen", "Договор подписали {X}."),
        ("gen", "{X} открылась выставка."),
        ("nom", "Сегодня {X}."),
        ("dat", "Ремонт закончат к {X}."),
        ("gen", "Приём идёт до {X}."),
    ],
    "held": [
        ("gen", "Музей основали {X}."),
        ("gen", "{X} прошёл концерт."),
        ("nom", "Завтра {X}."),
        ("gen", "Работы велись после {X}."),
        ("gen", "Заявки принимают с {X}."),
        ("dat", "Отчёт готовили к {X}."),
    ],
}

YEAR_FRAMES = {
    "dev": [
        ("pre", "в {Y} году", "Это случилось {X}."),
        ("pre", "о {Y} годе", "Он написал книгу {X}."),
        ("dat", "к {Y} году", "Город вырос {X}."),
        ("gen", "с {Y} года", "Завод работает {X}."),
        ("nom", "{Y} год", "{X} выдался тёплым."),
        ("gen", "до {Y} г.", "Здание стояло {X}"),
    ],
    "held": [
        ("pre", "в {Y} г.", "Мост построили {X}"),
        ("gen", "до {Y} года", "Село существовало {X}."),
        ("gen", "после {Y} года", "Всё изменилось {X}."),
        ("dat", "к {Y} году", "Площадь удвоилась {X}."),
        ("pre", "о {Y} годе", "Мы вспоминали {X}."),
        ("ins", "за {Y} годом", "Год шёл {X}."),
    ],
}

YEAR_NOUN = {"nom": "год", "gen": "года", "dat": "году", "acc": "год", "ins": "годом",
             "pre": "году"}
YEARS_NOUN = {"nom": "годы", "gen": "годов", "dat": "годам", "acc": "годы", "ins": "годами",
              "pre": "годах"}


def ru_date(rng, part):
    if rng.random() < 0.5:
        case, frame = pick(rng, DATE_FRAMES[part])
        d = rng.randint(1, 28)
        m = pick(rng, VOCAB[part]["months"])
        with_year = rng.random() < 0.6
        y = rng.randint(1800, 2030)
        w = f"{d} {RU_MONTHS[m]}" + (f" {y} года" if with_year else "")
        day_case = case
        s = f"{ordinal(d, day_case, 'n')} {RU_MONTHS[m]}"
        if with_year:
            s += f" {ordinal(y, 'gen')} года"
        return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))
    case, phrase, frame = pick(rng, YEAR_FRAMES[part])
    y = rng.randint(1700, 2035)
    w = phrase.replace("{Y}", str(y))
    words = phrase.split()
    prep = words[0] if not words[0].startswith("{") else ""
    # The noun as written; "г." is read as the form the case asks ("в ... году", "о ... годе").
    noun = words[-1]
    if noun == "г.":
        noun = "году" if case == "pre" and prep == "в" else YEAR_NOUN[case]
        if case == "pre" and prep == "о":
            noun = "годе"
    s = " ".join(x for x in [prep, ordinal(y, case), noun] if x)
    if w.endswith("г."):
        s += "."
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


MEASURE_FRAMES = {
    "dev": [
        ("gen", "Расходы составили около {X}."), ("gen", "Рост составил более {X}."),
        ("dat", "Сумма приблизилась к {X}."), ("acc", "Цена выросла на {X}."),
        ("nom", "Всего вышло {X}."), ("pre", "Речь шла о {X}."),
    ],
    "held": [
        ("gen", "Скидка действует до {X}."), ("gen", "Мы потратили менее {X}."),
        ("gen", "Штраф назначен в размере {X}."), ("dat", "Им выдали по {X}."),
        ("acc", "Мы купили это за {X}."), ("ins", "Он пришёл с {X}."),
        ("pre", "При {X} работа невыгодна."),
    ],
}


def ru_money_measure(rng, part):
    case, frame = pick(rng, MEASURE_FRAMES[part])
    sym, noun = pick(rng, VOCAB[part]["units"])
    n = prefer_one(rng)
    if " по {X}" in frame:
        # Distributive "по" takes the dative only with numbers ending in 1.
        n = n - n % 10 + 1
        if n % 100 == 11:
            n += 10
    p = lemma(noun)
    num, c = count_form(n, case)
    written = f"${n}" if sym == "$" else f"{n} {sym}"
    spoken = f"{cardinal(n, case, gender(p))} {inflect(p, {num, c})}"
    w, s = frame.replace("{X}", written), frame.replace("{X}", spoken)
    # An abbreviation's dot also ends the sentence: one dot is written, and read.
    return w.replace("..", "."), s


RU = {"agreement": ru_agreement, "ordinal": ru_ordinal, "date": ru_date,
      "money_measure": ru_money_measure}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=60)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--lang", default="ru,en")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    langs = args.lang.split(",")
    if "ru" in langs:
        for part in ("dev", "held"):
            rng = random.Random(f"{args.seed}-ru-{part}")
            rows = []
            for cls, fn in RU.items():
                seen = set()
                while len([r for r in rows if r[0] == cls]) < args.per_class:
                    w, s = fn(rng, part)
                    if w in seen:
                        continue
                    seen.add(w)
                    rows.append((cls, w, ob(s)))
            write(OUT / f"ru-{part}.tsv", rows, "ru", part)
    if "en" in langs:
        import oracle
        import unseen_en
        cache_dir = HERE / ".grammar-cache"
        cache_dir.mkdir(exist_ok=True)
        cache = oracle.Cache(cache_dir / "oracle-answers.jsonl")
        for part in ("dev", "held"):
            rows = unseen_en.rows(random.Random(f"{args.seed}-en-{part}"), part, args.per_class)
            todo = [w for c, w, s in rows if s is None]
            said = oracle.run_en(todo, cache, cache_dir, lambda m: print(m, file=sys.stderr))
            out = []
            for c, w, s in rows:
                if s is None:
                    s = said.get(w)
                    if not isinstance(s, str):
                        print(f"NeMo failed on {w!r}: {s!r}; dropped", file=sys.stderr)
                        continue
                out.append((c, w, s))
            write(OUT / f"en-{part}.tsv", out, "en", part)


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def ob(s: str) -> str:
    """"о" is "об" before a vowel ("об одном", "об одиннадцати"); "к" and "с" are "ко" and
    "со" before a number word that opens with two consonants ("ко второму", "со второго",
    "со ста"). Only number words: the sentence's own words stay as written ("к всесторонней"
    in a Common Voice sentence)."""
    s = re.sub(r"(^|\s)([Оо]) (?=[аоуэиы])", r"\1\2б ", s)
    s = re.sub(r"(^|\s)([Сс]) (?=втор|ст[оа])", r"\1\2о ", s)
    return re.sub(r"(^|\s)([Кк]) (?=втор)", r"\1\2о ", s)


def committed_words(tag: str) -> set[str]:
    """Every Cyrillic word of the inputs of every committed set older than round `tag` (a
    round's number below its own, or not a round)."""
    def number(name: str):
        m = re.match(r"r(\d+)-", name)
        return int(m.group(1)) if m else None
    words = set()
    for path in sorted(OUT.glob("*.tsv")):
        n = number(path.name)
        if n is not None and n >= number(f"{tag}-"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            words |= {w.lower() for w in re.findall(r"[А-Яа-яЁё]+", line.split("\t")[1])}
    return words


def round_main(tag: str, classes, per_class: int, seed: int, en=None):
    """The command line of a round script: `--per-class` and `--seed` (the round's defaults),
    then `write_round` for its Russian classes and, if it has any, its English ones."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=per_class)
    ap.add_argument("--seed", type=int, default=seed)
    args = ap.parse_args()
    if classes:
        write_round(tag, classes, args.per_class, args.seed, f"unseen_{tag}.py")
    if en:
        write_round(tag, en, args.per_class, args.seed, f"unseen_{tag}.py", lang="en")


def write_round(tag: str, classes, per_class: int, seed: int, script: str, lang: str = "ru"):
    """Writes tn-unseen/{tag}-{lang}-{dev,held}.tsv: `per_class` distinct rows from each
    class's generator (rng, part) -> (written, spoken), seeded per round, language, class and
    part. Russian labels are written as `ob` gives them, English ones as they are."""
    key = tag if lang == "ru" else f"{tag}-{lang}"
    for part in ("dev", "held"):
        rows = []
        for cls, gen in classes.items():
            rng = random.Random(f"{seed}-{key}-{cls}-{part}")
            seen = set()
            while len(seen) < per_class:
                w, s = gen(rng, part)
                if w not in seen:
                    seen.add(w)
                    rows.append((cls, w, ob(s) if lang == "ru" else s))
        write(OUT / f"{tag}-{lang}-{part}.tsv", rows, lang, part, script)


def write(path: Path, rows, lang, part, script: str = "unseen.py"):
    head = (f"# tools/tn-oracle/{script}: {lang} {part} part "
            f"({'read failures while fixing' if part == 'dev' else 'held out: only scored'})\n"
            "# class\tinput\texpected\n")
    path.write_text(head + "".join(f"{c}\t{esc(w)}\t{esc(s)}\n" for c, w, s in rows),
                    encoding="utf-8")
    print(f"{path}: {len(rows)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
