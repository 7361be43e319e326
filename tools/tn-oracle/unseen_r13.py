"""Thirteenth round (issue 33): the classes the treebank windows (unseen_ud.py's udwin sets, dev
half) showed failing, written before their rules in frames and vocabulary of their own: ranges
of years with a spaced or doubled dash ("в 1984 -- 1989 годах", life years "(1861 — 1939)"),
lists of years sharing one year word ("в 2002, 2004 и 2008 годах", "в 1932 или 1933 году"),
a year whose preposition stands words before it ("в том же 2007 году"), a date with "г."
before a word ("18 марта 1871 г. городом"), and a number after a scale word ("2 миллиона
200 тысяч"). Labels from grammar: each year of a range or list is an ordinal in the case its
year word (or preposition) gives, singular before a plural noun; life years are nominative;
a number after a scale word is part of one number, in the case of the whole.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r13.py [--per-class 40] [--seed 101]

writes crates/text-normalizer/tests/data/tn-unseen/r13-ru-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
from unseen import RU_MONTHS, YEAR_NOUN, YEARS_NOUN, cardinal, ordinal, pick, sentence

DASHES = ["--", "—", " — ", " -- ", "–"]

VOCAB = {
    "dev": {
        "verbs": ["служил", "учился", "жил", "преподавала", "выступал"],
        "people": ["Иван Петров", "Анна Соколова", "Пётр Лебедев"],
        "jobs": ["поэт", "инженер", "химик"],
        "between": ["том же", "самом", "этом"],
        "scales": [("миллион", "миллиона", "миллионов"), ("тысяча", "тысячи", "тысяч")],
        "counted": ["жителей", "рублей"],
    },
    "held": {
        "verbs": ["работал", "руководила", "играл", "трудился", "правил"],
        "people": ["Мария Волкова", "Сергей Орлов", "Ольга Зайцева"],
        "jobs": ["художник", "врач", "историк"],
        "between": ["тот же", "том самом", "прошлом"],
        "scales": [("миллиард", "миллиарда", "миллиардов"), ("миллион", "миллиона", "миллионов")],
        "counted": ["тонн", "человек"],
    },
}
# (preposition, the years' case, the year word's case)
RANGE_PREPS = {
    "dev": [("в", "pre"), ("после", "gen")],
    "held": [("в", "pre"), ("к", "dat")],
}


def year(rng) -> int:
    return rng.randint(1750, 2024)


def year_range(rng, part):
    v = VOCAB[part]
    a = year(rng)
    b = a + rng.randint(1, 9)
    dash = pick(rng, DASHES)
    if rng.random() < 0.4:
        # Life years: nominative ordinals.
        who, job = pick(rng, v["people"]), pick(rng, v["jobs"])
        w = f"{who} ({a}{dash}{b}) — {job}."
        s = f"{who} ({ordinal(a, 'nom')} — {ordinal(b, 'nom')}) — {job}."
        return w, s
    prep, case = pick(rng, RANGE_PREPS[part])
    verb = pick(rng, v["verbs"])
    w = f"{prep} {a}{dash}{b} {YEARS_NOUN[case]} {verb} там."
    s = f"{prep} {ordinal(a, case)} — {ordinal(b, case)} {YEARS_NOUN[case]} {verb} там."
    return sentence(w), sentence(s)


def year_list(rng, part):
    v = VOCAB[part]
    ys = sorted(rng.sample(range(1800, 2024), rng.randint(2, 4)))
    conj = pick(rng, ["и", "или"])
    if len(ys) == 2 and rng.random() < 0.5:
        # One year word in the singular after two years: "в 1932 или 1933 году".
        prep, case = pick(rng, [("в", "pre"), ("до", "gen"), ("к", "dat")])
        w = f"{prep} {ys[0]} {conj} {ys[1]} {YEAR_NOUN[case]}"
        s = f"{prep} {ordinal(ys[0], case)} {conj} {ordinal(ys[1], case)} {YEAR_NOUN[case]}"
    else:
        prep, case = pick(rng, [("в", "pre"), ("", "gen"), ("после", "gen")])
        head = ", ".join(str(y) for y in ys[:-1])
        w = f"{prep} {head} {conj} {ys[-1]} {YEARS_NOUN[case]}".strip()
        words = ", ".join(ordinal(y, case) for y in ys[:-1])
        s = f"{prep} {words} {conj} {ordinal(ys[-1], case)} {YEARS_NOUN[case]}".strip()
    verb = pick(rng, v["verbs"])
    return sentence(f"Он {verb} там {w}."), sentence(f"Он {verb} там {s}.")


def year_after_words(rng, part):
    v = VOCAB[part]
    y = year(rng)
    between = pick(rng, v["between"])
    verb = pick(rng, v["verbs"])
    case = "acc" if between.startswith("тот") else "pre"
    w = f"В {between} {y} {YEAR_NOUN[case]} {verb} и дома."
    s = f"В {between} {ordinal(y, case)} {YEAR_NOUN[case]} {verb} и дома."
    return w, s


def date_before_word(rng, part):
    v = VOCAB[part]
    d, m, y = rng.randint(1, 28), rng.randrange(12), year(rng)
    verb = pick(rng, v["verbs"])
    w = f"С {d} {RU_MONTHS[m]} {y} г. {verb} в столице."
    s = f"С {ordinal(d, 'gen', 'n')} {RU_MONTHS[m]} {ordinal(y, 'gen')} года {verb} в столице."
    return w, s


def scaled(rng, part):
    v = VOCAB[part]
    scale = pick(rng, v["scales"])
    n = rng.randint(2, 9)
    rest = rng.randint(1, 9) * 100
    noun = pick(rng, v["counted"])
    fem = scale[0] == "тысяча"
    few = 2 <= n <= 4
    scale_word = scale[1] if few else scale[2]
    # "2 миллиона 200 тысяч": the number after the scale word ends the same number; the
    # counted noun after it is a genitive plural.
    lower = "тысяч" if scale[0] != "тысяча" else ""
    w = f"Там живёт {n} {scale_word} {rest}" + (f" {lower}" if lower else "") + f" {noun}."
    s = (f"Там живёт {cardinal(n, 'nom', 'f' if fem else 'm')} {scale_word} "
         f"{cardinal(rest, 'nom')}" + (f" {lower}" if lower else "") + f" {noun}.")
    return w, s


RU = {"year_range": year_range, "year_list": year_list, "year_after_words": year_after_words,
      "date_before_word": date_before_word, "scaled": scaled}


def main():
    unseen.round_main("r13", RU, per_class=40, seed=101)


if __name__ == "__main__":
    main()
