"""Tenth round (issue 33): the classes the treebank sentences (unseen_ud.py) showed failing,
written before any rule for them changed, in frames and vocabulary of their own: a year after a
month name with no day ("в апреле 1995", "с марта 2001 по май 2003"), a year after a
preposition with no noun after it ("С 1930 преподавал", "после 1991 уехал"), ranges of such
years ("С 1870 по 1876 работал"), decades with "гг." ("в 60-е гг.", "в конце 1970-х гг."), and
a distance that places something ("в 3 км к северу от", "в 12 км южнее"). Labels from grammar:
a year is an ordinal in the case of its preposition, in the genitive after a month; a decade's
written ending says its case ("-е": nominative or accusative, "-х": genitive, or prepositional
after в/на), "гг." is "годы" in that case; "в N км" placing something is prepositional.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r10.py [--per-class 40] [--seed 71]

writes crates/text-normalizer/tests/data/tn-unseen/r10-ru-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
from unseen import YEARS_NOUN, cardinal, count_form, inflect, lemma, ordinal, pick, sentence

MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь"]
VOCAB = {
    "dev": {
        "months": MONTHS[0::2],
        "verbs": ["преподавал", "жил", "выступала", "руководил", "работала", "служил",
                  "издавался", "рос"],
        "places": ["Твери", "Калуги", "Пскова", "озера", "станции"],
        "units": [("км", "километр")],
        "dirs": ["к северу от", "к западу от", "севернее", "восточнее"],
    },
    "held": {
        "months": MONTHS[1::2],
        "verbs": ["учился", "торговал", "пела", "заведовал", "строился", "снимала",
                  "печатался", "правил"],
        "places": ["Рязани", "Вологды", "Курска", "моста", "границы"],
        "units": [("м", "метр")],
        "dirs": ["к югу от", "к востоку от", "южнее", "западнее", "к юго-западу от"],
    },
}

# (preposition, case of the month, case of a bare year)
MONTH_PREPS = {
    "dev": [("в", "pre"), ("с", "gen"), ("до", "gen")],
    "held": [("к", "dat"), ("после", "gen"), ("в", "pre")],
}
YEAR_PREPS = {
    "dev": [("с", "gen"), ("в", "pre"), ("до", "gen")],
    "held": [("после", "gen"), ("к", "dat"), ("с", "gen"), ("в", "pre")],
}


def year(rng) -> int:
    return rng.randint(1700, 2024)


def month_year(rng, part):
    v = VOCAB[part]
    prep, case = pick(rng, MONTH_PREPS[part])
    m = lemma(pick(rng, v["months"]))
    month = inflect(m, {"sing", unseen.CASE_OC[case]})
    y = year(rng)
    tail = rng.random() < 0.3
    w = f"{prep} {month} {y}{' года' if tail else ''}"
    s = f"{prep} {month} {ordinal(y, 'gen')}{' года' if tail else ''}"
    verb = pick(rng, v["verbs"])
    if rng.random() < 0.5:
        return sentence(f"{w} {verb} здесь."), sentence(f"{s} {verb} здесь.")
    return f"Тогда {verb} {w}.", f"Тогда {verb} {s}."


def bare_year(rng, part):
    v = VOCAB[part]
    prep, case = pick(rng, YEAR_PREPS[part])
    y = year(rng)
    verb = pick(rng, v["verbs"])
    w, s = f"{prep} {y}", f"{prep} {ordinal(y, case)}"
    if rng.random() < 0.5:
        place = pick(rng, v["places"])
        return sentence(f"{w} {verb} у {place}."), sentence(f"{s} {verb} у {place}.")
    return f"Так, {w} {verb} и он.", f"Так, {s} {verb} и он."


def year_range(rng, part):
    v = VOCAB[part]
    a = year(rng)
    b = a + rng.randint(1, 12)
    to, case = pick(rng, [("по", "acc"), ("до", "gen")])
    w = f"с {a} {to} {b}"
    s = f"с {ordinal(a, 'gen')} {to} {ordinal(b, case)}"
    verb = pick(rng, v["verbs"])
    if rng.random() < 0.5:
        return sentence(f"{w} {verb} там."), sentence(f"{s} {verb} там.")
    place = pick(rng, v["places"])
    return f"Известно, что {w} {verb} у {place}.", f"Известно, что {s} {verb} у {place}."


DECADE_FRAMES = {
    "dev": [("в", "е", "acc"), ("в", "х", "pre"), ("в конце", "х", "gen"),
            ("к", "м", "dat")],
    "held": [("на", "е", "acc"), ("в середине", "х", "gen"), ("в", "х", "pre"),
             ("с", "х", "gen")],
}


def decade(rng, part):
    v = VOCAB[part]
    before, ending, case = pick(rng, DECADE_FRAMES[part])
    n = pick(rng, [rng.choice([20, 30, 40, 50, 60, 70, 80, 90]),
                   rng.choice(range(1700, 2020, 10))])
    w = f"{before} {n}-{ending} гг."
    s = f"{before} {ordinal(n, case, plural=True)} {YEARS_NOUN[case]}"
    verb = pick(rng, v["verbs"])
    place = pick(rng, v["places"])
    return sentence(f"{w} {verb} у {place}."), sentence(f"{s} {verb} у {place}.")


def distance(rng, part):
    v = VOCAB[part]
    sym, word = pick(rng, v["units"])
    n = unseen.prefer_one(rng) % 200 or 7
    num, c = count_form(n, "pre")
    unit = inflect(lemma(word), {num, c})
    d = pick(rng, v["dirs"])
    place = pick(rng, v["places"])
    w = f"Село лежит в {n} {sym} {d} {place}."
    s = f"Село лежит в {cardinal(n, 'pre', unseen.gender(lemma(word)))} {unit} {d} {place}."
    return w, s


RU = {"month_year": month_year, "bare_year": bare_year, "year_range": year_range,
      "decade_gg": decade, "distance": distance}


def main():
    unseen.round_main("r10", RU, per_class=40, seed=71)


if __name__ == "__main__":
    main()
