"""Seventy-seventh round (issue 33): the section sign and the pilcrow before a number, as laws,
contracts and textbooks write them ("§ 67", "§§ 3-5", "¶ 4", "в § 5", "согласно § 3"), which
LibriTTS showed left unread ("§ sixty seven": a model says nothing or a sound for the sign).
- English: "§" section, "§§" sections (a range "to"), "¶" paragraph.
- Russian: "§" параграф in the case its preposition or the noun before it demands ("в
  параграфе пять", "согласно параграфу три", "текст параграфа два"), the number a label in the
  nominative, as articles are read ("в статье пять").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r77.py [--per-class 30] [--seed 509]

writes crates/text-normalizer/tests/data/tn-unseen/r77-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import cardinal, pick, sentence
from unseen_en import card
from unseen_r2 import split

EN_FRAMES = ["The tenant relied on {X} of the lease.", "Under {X} the fee is waived.",
             "The appeal cites {X} of the statute.", "Read {X} before signing.",
             "The clause in {X} was struck out.", "Our lawyer pointed to {X}."]

RU_FORMS = {"nom": "параграф", "gen": "параграфа", "dat": "параграфу", "acc": "параграф",
            "ins": "параграфом", "pre": "параграфе"}
RU_FRAMES = [("pre", "Это правило записано в {X} устава."),
             ("dat", "Согласно {X} договора аренда продлевается."),
             ("gen", "Текст {X} пришлось переписать."),
             ("acc", "Учитель задал на дом {X} учебника."),
             ("nom", "{X} регламента запрещает курение."),
             ("pre", "Об этом сказано в {X} инструкции."),
             ("gen", "Из {X} видно, что срок истёк."),
             ("dat", "По {X} положения взнос не возвращается."),
             ("ins", "Мы руководствуемся {X} устава."),
             ("gen", "Суть {X} сводится к одному.")]


def en_section(rng, part):
    frame = pick(rng, split(EN_FRAMES, part))
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(1, 400)
        written, spoken = f"§ {n}", f"section {card(n)}"
    elif k == 1:
        a = rng.randint(1, 90)
        b = a + rng.randint(1, 9)
        written, spoken = f"§§ {a}-{b}", f"sections {card(a)} to {card(b)}"
    else:
        n = rng.randint(1, 60)
        written, spoken = f"¶ {n}", f"paragraph {card(n)}"
    s = frame.replace("{X}", spoken)
    return frame.replace("{X}", written), s[0].upper() + s[1:]


def ru_section(rng, part):
    case, frame = pick(rng, split(RU_FRAMES, part))
    n = rng.randint(1, 120)
    word = RU_FORMS[case]
    spoken = f"{word} {cardinal(n, 'nom')}"
    return sentence(frame.replace("{X}", f"§ {n}")), sentence(frame.replace("{X}", spoken))


EN = {"section_sign": en_section}
RU = {"section_sign": ru_section}


def main():
    unseen.round_main("r77", RU, per_class=30, seed=509, en=EN)


if __name__ == "__main__":
    main()
