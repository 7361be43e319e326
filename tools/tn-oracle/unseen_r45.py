"""Forty-fifth round (issue 33): a bracketed alternative between a number and the word that
decides its reading ("в 1656 (по другим данным в 1657) году", "около 25 (по другим оценкам
30) человек", "в 1998, 2003 (в составе сборной) и 2010 годах"), the way encyclopedias give a
disputed figure. Found in the treebank's windows ("в 1998, 2003 (в составе команды Анара
Азимова) и 2010 годах" read "две тысячи три"):
- a year or a count, the alternative in brackets, then the noun: the number and its
  alternative in the case and form the noun and the governing word give;
- a list of years with a note in brackets after one of them, before "годах"/"годов";
- the alternative after the noun ("в 1656 году (по другим данным в 1657)", "Опись 1700 года
  (или 1701)"): read as the number it stands for;
- controls: the same frames with no alternative.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r45.py [--per-class 60] [--seed 307]

writes crates/text-normalizer/tests/data/tn-unseen/r45-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r44
import unseen_r9
from unseen import cardinal, counted, ordinal, pick, sentence
from unseen_r2 import split
from unseen_r43 import phrase

OLD_RU_VOCAB = unseen_r44.OLD_RU_VOCAB
OLD_FRAMES = unseen_r44.OLD_FRAMES | {f[2] for f in unseen_r44.FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# How the alternative is introduced.
LEADS = ["по другим данным ", "по другим сведениям ", "или ", "по иным источникам ", ""]

# (case, preposition, year word, frame): a year before its noun.
YEAR_FRAMES = fresh_frames([
    ("pre", "в", "году", "Мельница сгорела {X}."),
    ("gen", "с", "года", "Община владела лугом {X}."),
    ("pre", "в", "году", "Часовню перестроили {X}."),
    ("gen", "до", "года", "Тракт служил почтовым {X}."),
    ("gen", "после", "года", "Слобода опустела {X}."),
    ("gen", None, "года", "Опись имущества {X} не сохранилась."),
], key=lambda f: f[3])

# (case, preposition, frame): a count before its noun.
COUNT_FRAMES = fresh_frames([
    ("gen", "около", "На ярмарку съехалось {X}."),
    ("gen", "более", "В слободе жило {X}."),
    ("gen", "до", "Артель нанимала {X}."),
    ("gen", "свыше", "Пожар уничтожил {X}."),
], key=lambda f: f[2])
NOUNS = ["работник", "двор", "изба", "подвода"]

# (case of the list, preposition, year word, frame).
LIST_FRAMES = fresh_frames([
    ("pre", "в", "годах", "Паводки затопляли пойму {X}."),
    ("gen", None, "годов", "Сохранились описи {X}."),
    ("pre", "в", "годах", "Переписи проводились {X}."),
    ("gen", None, "годов", "Ведомости {X} хранятся в архиве."),
], key=lambda f: f[3])

NOTES = ["в составе уезда", "по переписи", "дважды", "с перерывом", "без изменений"]


def alternative(rng, w_alt, s_alt, prep):
    lead = pick(rng, LEADS)
    if lead == "":
        return f"({w_alt}?)", f"({s_alt}?)"
    # "по другим данным в 1657": the alternative may repeat the preposition.
    if prep and rng.random() < 0.3:
        return f"({lead}{prep} {w_alt})", f"({lead}{prep} {s_alt})"
    return f"({lead}{w_alt})", f"({lead}{s_alt})"


def year_aside(rng, part):
    case, prep, noun, frame = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(1650, 1990)
    y2 = y + pick(rng, [1, 2, 3, -1])
    wa, sa = alternative(rng, str(y2), ordinal(y2, case), prep)
    w = phrase(prep, f"{y} {wa} {noun}")
    s = phrase(prep, f"{ordinal(y, case)} {sa} {noun}")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def count_aside(rng, part):
    case, prep, frame = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, NOUNS)
    n = unseen.number(rng) + 4
    n2 = n + pick(rng, [5, 10, 20, 50])
    w_n, s_n = counted(n2, case, noun)
    # The noun after the alternative takes the alternative's form (the nearer number).
    noun_form = w_n.split(" ", 1)[1]
    g = "f" if noun in ("изба", "подвода") else "m"
    wa, sa = alternative(rng, str(n2), cardinal(n2, case, g), None)
    w = phrase(prep, f"{n} {wa} {noun_form}")
    s = phrase(prep, f"{cardinal(n, case, g)} {sa} {noun_form}")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def list_aside(rng, part):
    case, prep, noun, frame = pick(rng, split(LIST_FRAMES, part))
    ys = sorted(rng.sample(range(1700, 2000), pick(rng, [2, 3])))
    note_at = rng.randrange(len(ys) - 1)
    note = f" ({pick(rng, NOTES)})"
    w_parts, s_parts = [], []
    for i, y in enumerate(ys):
        w_parts.append(f"{y}" + (note if i == note_at else ""))
        s_parts.append(ordinal(y, case) + (note if i == note_at else ""))
    w = ", ".join(w_parts[:-1]) + f" и {w_parts[-1]} {noun}"
    s = ", ".join(s_parts[:-1]) + f" и {s_parts[-1]} {noun}"
    return (sentence(frame.replace("{X}", phrase(prep, w))),
            sentence(frame.replace("{X}", phrase(prep, s))))


def aside_after_noun(rng, part):
    """The alternative after the noun: "в 1656 году (по другим данным в 1657)"."""
    case, prep, noun, frame = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(1650, 1990)
    y2 = y + pick(rng, [1, 2, 3, -1])
    lead = pick(rng, LEADS[:-1])
    p = f"{prep} " if prep in ("в", "с", "до", "после") else ""
    w = phrase(prep, f"{y} {noun} ({lead}{p}{y2})")
    s = phrase(prep, f"{ordinal(y, case)} {noun} ({lead}{p}{ordinal(y2, case)})")
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def plain(rng, part):
    """Controls: the frames with no alternative."""
    if rng.random() < 0.5:
        case, prep, noun, frame = pick(rng, split(YEAR_FRAMES, part))
        y = rng.randint(1650, 1990)
        w, s = phrase(prep, f"{y} {noun}"), phrase(prep, f"{ordinal(y, case)} {noun}")
    else:
        case, prep, frame = pick(rng, split(COUNT_FRAMES, part))
        w, s = counted(unseen.number(rng) + 4, case, pick(rng, NOUNS))
        w, s = phrase(prep, w), phrase(prep, s)
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


RU = {"year_aside": year_aside, "count_aside": count_aside, "list_aside": list_aside,
      "aside_after_noun": aside_after_noun, "plain": plain}


def main():
    unseen.round_main("r45", RU, per_class=60, seed=307)


if __name__ == "__main__":
    main()
