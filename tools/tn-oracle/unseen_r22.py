"""Twenty-second round (issue 33): a count after a negated verb and "и" (even): the genitive of
negation ("не прошло и пяти минут", "на складе не нашлось и десяти ящиков"). Round 21's dev half
had it in one frame ("Не набралось и 5 с."); written before any rule for it, in frames and
vocabulary of its own (dev and held-out apart): amounts in the table's common units and counted
nouns. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r22.py [--per-class 40] [--seed 163]

writes crates/text-normalizer/tests/data/tn-unseen/r22-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r2
import unseen_r21
import unseen_r3
import unseen_r9
from unseen import counted
from unseen_r2 import _lemmas, _words

OLD_RU_VOCAB = unseen_r21.OLD_RU_VOCAB | _lemmas(_words([unseen_r21.VOCAB, unseen_r21.ORD]))
fresh, _ = unseen_r9.checkers(OLD_RU_VOCAB, set())

FRAMES = [
    ("gen", "До отправления не оставалось и {X}.", None),
    ("gen", "На складе не нашлось и {X}.", None),
    ("gen", "В кассе не было и {X}.", None),
    ("gen", "За смену не набежало и {X}.", None),
    ("gen", "С тех пор не прошло и {X}.", None),
    ("gen", "По итогам не набралось и {X}.", None),
    ("gen", "Бригада не собрала и {X}.", None),
    ("gen", "Цистерна не вместила и {X}.", None),
    ("gen", "Он не проехал и {X}.", None),
    ("gen", "Мы не потратили и {X}.", None),
]
NOUN_FRAMES = [(c, f, False) for c, f, _ in FRAMES]

VOCAB = {
    "inan": fresh(["мешочек", "тюк", "бидон", "канистра", "корзинка", "лукошко", "кадка",
                   "ушат", "бурдюк", "сноп"]),
    "anim": [],
    "adj": fresh(["полный", "целый", "приличный", "порожний"]),
}

RU = {"measure": unseen_r3.ru_measure(unseen_r15.UNITS, FRAMES),
      "counted": unseen_r2.agreement(VOCAB, NOUN_FRAMES, counted)}


def main():
    unseen.round_main("r22", RU, per_class=40, seed=163)


if __name__ == "__main__":
    main()
