"""Fifty-fourth round (issue 33): HTML character references in the text ("&quot;", "&#39;",
"&laquo;", "&nbsp;", "&mdash;", "&amp;"), as text copied from web pages and web forms brings
them; found in the treebank windows (GramEval's texts keep "&#39;&#39;" for a quote), where
"&#39;" was read "и решёткатридцать девять;". The reference is the character it stands for:
quotes, dashes and the no-break space are not read, "&amp;" is "и", and the numbers around
them read as they would with the character.
Controls: the same frames with the characters themselves.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r54.py [--per-class 60] [--seed 367]

writes crates/text-normalizer/tests/data/tn-unseen/r54-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r53
import unseen_r9
from unseen import counted, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r53.OLD_RU_VOCAB
OLD_FRAMES = unseen_r53.OLD_FRAMES | set(
    unseen_r53.SCORE_FRAMES + unseen_r53.RATIO_FRAMES + unseen_r53.TIME_FRAMES)

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Frames with {Q1}/{Q2} (an opening and a closing quote), {D} (a dash), {S} (a no-break
# space), {A} (an ampersand) and {X} (a count).
FRAMES = fresh_frames([
    "Завод {Q1}Прогресс{Q2} выпустил {X}.",
    "Газета {Q1}Вечерний город{Q2} {D} это {X} в неделю.",
    "Магазин {Q1}Кожа {A} мех{Q2} продал {X}.",
    "Бюро {Q1}Смирнов {A} сыновья{Q2} оформило {X}.",
    "Артель {Q1}Рассвет{Q2} {D} {X} за сезон.",
    "Кооператив {Q1}Нива{Q2} закупил{S}{X}.",
], key=lambda f: f)

QUOTES = [("&quot;", "&quot;", '"', '"'), ("&laquo;", "&raquo;", "«", "»"),
          ("&#171;", "&#187;", "«", "»"), ("&#39;", "&#39;", "'", "'"),
          ("&#34;", "&#34;", '"', '"')]
DASHES = [("&mdash;", "—"), ("&ndash;", "–"), ("&#8212;", "—")]
SPACES = [("&nbsp;", " "), ("&#160;", " ")]
THINGS = fresh(["станок", "сеялка", "косилка", "веялка", "молотилка", "борона"])


def fill(frame, q1, q2, d, s, a, x):
    return (frame.replace("{Q1}", q1).replace("{Q2}", q2).replace("{D}", d)
            .replace("{S}", s).replace("{A}", a).replace("{X}", x))


def one(rng, part, escaped):
    frame = pick(rng, split(FRAMES, part))
    q = pick(rng, QUOTES)
    d = pick(rng, DASHES)
    sp = pick(rng, SPACES)
    w, s = counted(unseen.prefer_one(rng), "acc", pick(rng, split(THINGS, part)))
    if escaped:
        written = fill(frame, q[0], q[1], d[0], sp[0] if "{S}" in frame else " ", "&amp;", w)
    else:
        written = fill(frame, q[2], q[3], d[1], " ", "&", w)
    spoken = fill(frame, q[2], q[3], d[1], " ", "и", s)
    return sentence(written), sentence(spoken)


RU = {"entities": lambda rng, part: one(rng, part, True),
      "characters": lambda rng, part: one(rng, part, False)}


def main():
    unseen.round_main("r54", RU, per_class=60, seed=367)


if __name__ == "__main__":
    main()
