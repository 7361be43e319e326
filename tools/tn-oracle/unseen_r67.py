"""Sixty-seventh round (issue 33): ordinals with the ending "-й" joined by "и" or "или" before
one plural noun, as match reports and textbooks write them ("на 15-й и 78-й минутах", "в 5-й
и 6-й главах", "к 3-й или 4-й неделям"): each ordinal singular, in the noun's case, and
feminine where "-й" ends an oblique case ("пятнадцатой и семьдесят восьмой минутах"); the
first was read as a masculine nominative ("пятнадцатый").
Controls: masculine lists with "-м" ("на 3-м и 4-м этажах"), feminine nominatives with "-я"
("5-я и 6-я главы").
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r67.py [--per-class 30] [--seed 443]

writes crates/text-normalizer/tests/data/tn-unseen/r67-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r65
import unseen_r9
from unseen import inflect, lemma, ordinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r65.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r65.OLD_FRAMES | {f[1] for f in unseen_r65.FRAMES}
              | {f[1] for f in unseen_r65.CONTROL_FRAMES})

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Feminine nouns counted in a series; their plural carries the list's case.
NOUNS = fresh(["параллель", "тропинка", "колея", "лестница", "попытка", "эстафета", "версия",
               "вкладка", "сноска", "четверть"])
# (case, preposition, frame with {L} for the list and its noun).
FRAMES = fresh_frames([
    ("pre", "на", "Голы забиты на {L}."),
    ("pre", "в", "Ошибки нашли в {L}."),
    ("dat", "к", "Результаты ждут к {L}."),
    ("gen", "до", "Проверку отложили до {L}."),
    ("ins", "между", "Разница между {L} заметна."),
    ("gen", "после", "Перерыв объявят после {L}."),
], key=lambda f: f[2])
CONTROL_FRAMES = fresh_frames([
    ("masc", "Трещины появились на {A}-м и {B}-м этажах."),
    ("fem_nom", "{A}-я и {B}-я колонны рухнули."),
], key=lambda f: f[1])
CASE_OC = {"pre": "loct", "dat": "datv", "gen": "gent", "ins": "ablt"}


def joined(rng, part):
    case, prep, frame = pick(rng, split(FRAMES, part))
    noun = pick(rng, split(NOUNS, part))
    a = rng.randint(1, 90)
    b = a + rng.randint(1, 3)
    conj = "и" if rng.random() < 0.75 else "или"
    plural = inflect(lemma(noun), {"plur", CASE_OC[case]})
    w = f"{prep} {a}-й {conj} {b}-й {plural}"
    s = f"{prep} {ordinal(a, case, 'f')} {conj} {ordinal(b, case, 'f')} {plural}"
    if prep == "в" and s.split()[1].startswith("втор"):
        s = "во" + s[1:]
    body = frame.replace(f"{prep} {{L}}", "{L}") if f"{prep} {{L}}" in frame else frame
    return sentence(body.replace("{L}", w)), sentence(body.replace("{L}", s))


def control(rng, part):
    kind, frame = pick(rng, CONTROL_FRAMES)
    a = rng.randint(1, 40)
    b = a + 1
    if kind == "masc":
        s = frame.replace("{A}-м", ordinal(a, "pre")).replace("{B}-м", ordinal(b, "pre"))
    else:
        s = frame.replace("{A}-я", ordinal(a, "nom", "f")).replace("{B}-я", ordinal(b, "nom", "f"))
    return (sentence(frame.replace("{A}", str(a)).replace("{B}", str(b))), sentence(s))


RU = {"joined": joined, "control": control}


def main():
    unseen.round_main("r67", RU, per_class=30, seed=443)


if __name__ == "__main__":
    main()
