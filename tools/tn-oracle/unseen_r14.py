"""Fourteenth round (issue 33): units a sweep of common Russian abbreviations found unread or
misread, written before their rules: a unit written out as a word in the counting genitive
plural that dictionaries also give with an ending ("5 гигабайт", "10 байт"; the number was
read as an ordinal, "пятый гигабайт"), and the abbreviations "чел." (человек), "дн." (день)
and "‰" (промилле). Labels: the number in the frame's case (num2words); a written-out word is
kept as written after a nominative or accusative count and put in the frame's case after an
oblique one (pymorphy3; the counting plural of the байт family in the genitive, "без пяти
гигабайт"); an abbreviation is the noun in the form the count demands ("два человека",
"пяти дней", "пять промилле").

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r14.py [--per-class 40] [--seed 113]

writes crates/text-normalizer/tests/data/tn-unseen/r14-ru-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
from unseen import cardinal, count_form, inflect, lemma, pick, prefer_one

FRAMES = {
    "dev": [("nom", "Всего {X}."), ("acc", "Отвели {X}."), ("gen", "Не хватило {X}."),
            ("gen", "Около {X} ушло."), ("dat", "Равно {X}."), ("ins", "Обошлись {X}."),
            ("pre", "Речь о {X}.")],
    "held": [("nom", "Итого {X}."), ("acc", "Выделили {X}."), ("gen", "Без {X} никак."),
             ("gen", "Свыше {X} пришло."), ("dat", "Подобно {X} это много."),
             ("ins", "Ограничились {X}."), ("pre", "Спор шёл о {X}.")],
}
WORDS = {"dev": ["гигабайт", "байт"], "held": ["мегабайт", "килобайт"]}
ABBR = {"dev": [("чел.", "человек"), ("‰", "промилле")],
        "held": [("дн.", "день"), ("чел.", "человек")]}


def byte_word(n: int, case: str, word: str) -> str:
    """The counting form of a байт-family word: the genitive plural without an ending where a
    count takes the genitive plural ("пять гигабайт", "без пяти гигабайт")."""
    num, c = count_form(n, case)
    if num == "plur" and c == "gent":
        return word
    return inflect(lemma(word), {num, c})


def unit_word(rng, part):
    case, frame = pick(rng, FRAMES[part])
    word = pick(rng, WORDS[part])
    n = prefer_one(rng)
    # The writer put the word in the form the count demands in the frame's case.
    written_word = byte_word(n, case, word)
    w = frame.replace("{X}", f"{n} {written_word}")
    s = frame.replace("{X}", f"{cardinal(n, case)} {written_word}")
    return w, s


def abbreviation(rng, part):
    while True:
        case, frame = pick(rng, FRAMES[part])
        sym, word = pick(rng, ABBR[part])
        # People in the accusative take the animate form after 2-4 ("выделили двух человек"
        # or "два человека": both are heard); left out.
        if not (word == "человек" and case == "acc"):
            break
    n = prefer_one(rng)
    if word == "промилле":
        noun, g = word, "n"
    else:
        p = lemma(word)
        num, c = count_form(n, case)
        if c == "accs":
            c = "nomn"  # counted, not a person addressed: "отвели два человека", "пять дней"
        noun, g = inflect(p, {num, c}), unseen.gender(p)
        if word == "человек" and num == "plur":
            # With a number "человек" keeps its own plural ("пяти человек", "пятью
            # человеками"), not "людей".
            noun = {"gent": "человек", "datv": "человекам", "ablt": "человеками",
                    "loct": "человеках", "nomn": "человек"}[c]
    w = frame.replace("{X}", f"{n} {sym}")
    if w.endswith(".."):
        w = w[:-1]
    s = frame.replace("{X}", f"{cardinal(n, case, g)} {noun}")
    return w, s


RU = {"unit_word": unit_word, "abbreviation": abbreviation}


def main():
    unseen.round_main("r14", RU, per_class=40, seed=113)


if __name__ == "__main__":
    main()
