"""Nineteenth round (issue 33): counted nouns the dictionary lacks because they are compounds of
a combining form and a noun it has ("автомойка", "экоотель": round 18's dev half read "один
автомойка", its gender unknown). Written before any rule for them, vocabulary no set used and
frames of their own. Only compounds the oracle (pymorphy3) reads by a known first part and
whose lemma the dictionary lacks are kept, so the class is what the rules' dictionary cannot
look up. Labels as in round 9 (num2words, pymorphy3).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r19.py [--per-class 60] [--seed 149]

writes crates/text-normalizer/tests/data/tn-unseen/r19-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen
import unseen_r18
import unseen_r2
import unseen_r9
from unseen import counted
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r18.OLD_RU_VOCAB | _lemmas(_words([unseen_r18.VOCAB, unseen_r18.ORD]))
OLD_FRAMES = unseen_r18.OLD_FRAMES | {f[1] for f in unseen_r18.AGREE_FRAMES}
fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)


def compound(word: str) -> bool:
    """pymorphy3 reads the word by a known first part, not from its dictionary."""
    p = unseen.morph().parse(word)[0]
    return "NOUN" in p.tag and type(p.methods_stack[-1][0]).__name__ == "KnownPrefixAnalyzer"


def compounds(words):
    keep = [w for w in fresh(words) if compound(w)]
    print(f"  compounds: {len(keep)} kept", file=sys.stderr)
    return keep


VOCAB = {
    "inan": compounds([
        "электросамокат", "электровелосипед", "электрощит", "электрокотёл", "мотопомпа",
        "мотоцентр", "велопарковка", "велопрокат", "велостоянка", "минигостиница",
        "минипекарня", "минизавод", "киноклуб", "экоотель", "экоферма", "экодеревня",
        "наноспутник", "мультиварка", "фотобудка", "фотозона", "видеостена", "аудиогид",
        "агроусадьба", "биотуалет", "биоферма", "микропекарня", "суперфабрика",
        "энергостанция", "газозаправка", "нефтевышка", "турфирма", "медцентр",
        "автоцистерна", "автовышка", "автолавка", "автоприцеп", "фотостенд", "теплопункт",
        "автомастерская", "мотосалон", "велосклад", "радиоузел", "телекиоск",
    ]),
    "anim": [],
    "adj": fresh(["новенький", "исправный", "современнейший", "местный", "городской",
                  "удобный", "круглосуточный", "недорогой"]),
}

AGREE_FRAMES = fresh_frames([
    ("gen", "Около {X} собралась толпа.", False),
    ("gen", "Посёлку не хватает {X}.", False),
    ("gen", "Проект обошёлся без {X}.", False),
    ("dat", "Инспектор пришёл к {X}.", False),
    ("dat", "Субсидии выдали {X}.", False),
    ("ins", "Район обеспечили {X}.", False),
    ("ins", "Фирма торгует {X}.", False),
    ("ins", "Рядом с {X} поставили урны.", False),
    ("pre", "В рекламе говорилось о {X}.", False),
    ("pre", "Сотрудники работают в {X}.", False),
    ("acc", "Город закупил {X}.", False),
    ("acc", "Мэрия получила {X}.", False),
    ("nom", "У вокзала стоят {X}.", False),
    ("nom", "В парке появились {X}.", False),
])

RU = {"compound": unseen_r2.agreement(VOCAB, AGREE_FRAMES, counted)}


def main():
    unseen.round_main("r19", RU, per_class=60, seed=149)


if __name__ == "__main__":
    main()
