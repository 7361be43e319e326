"""Sixty-ninth round (issue 33): three forms a sweep of notices and forms found.
- An abbreviation of the table capitalized at the start of a sentence or a line ("Тел.: +7
  ...", "Рис. 3 показывает", "Табл. 2 содержит"): the word capitalized ("Телефон", "Рисунок");
  only the lowercase forms were read.
- "Статья" written out before a dotted article number ("Статья 15.3 КоАП", "в статье 12.8"):
  "пятнадцать точка три"; it was read as a decimal ("пятнадцать целых три десятых").
- An address whose house is written out ("Дом 15, корп. 2, кв. 47"): "корпус два"; the
  abbreviations after a written-out house were left.
Controls: the lowercase abbreviations ("тел.", "рис. 3"), a decimal after "статья" that is no
article ("статья расходов 15,3 млн" is not written; "доля 15.3%").
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r69.py [--per-class 30] [--seed 457]

writes crates/text-normalizer/tests/data/tn-unseen/r69-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r67
import unseen_r9
from unseen import cardinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r67.OLD_RU_VOCAB
OLD_FRAMES = unseen_r67.OLD_FRAMES | {f[2] for f in unseen_r67.FRAMES} | {
    f[1] for f in unseen_r67.CONTROL_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (written at the start, its word, frame with {N} for a number after it).
CAPITAL_FRAMES = fresh_frames([
    ("Рис.", "Рисунок", "{A} {N} показывает схему насоса."),
    ("Табл.", "Таблицу", "{A} {N} заполните карандашом."),
    ("Рис.", "Рисунок", "{A} {N} взят из архива музея."),
    ("Гл.", "Главу", "{A} {N} прочитайте к среде."),
    ("Табл.", "Таблицу", "{A} {N} распечатайте дважды."),
    ("Гл.", "Главу", "{A} {N} перепишите начисто."),
], key=lambda f: f[2])
ARTICLE_FRAMES = fresh_frames([
    ("nom", "Статья", "{W} {N} КоАП запрещает парковку на газоне."),
    ("pre", "статье", "Об этом сказано в {W} {N} закона."),
    ("gen", "статьи", "Нарушителей наказывают в рамках {W} {N}."),
    ("dat", "статье", "Суд квалифицировал деяние по {W} {N}."),
    ("acc", "статью", "Юрист процитировал {W} {N} дословно."),
    ("nom", "Статья", "{W} {N} вступит в силу летом."),
], key=lambda f: f[2])
HOUSE_FRAMES = fresh_frames([
    "Курьер ждёт у подъезда: Дом {H}, {P}.",
    "Получатель: дом {H}, {P}.",
    "Ремонт идёт по адресу: дом {H}, {P}.",
    "Ключи оставлены на вахте (дом {H}, {P}).",
], key=lambda f: f)
PARTS = [("корп.", "корпус"), ("стр.", "строение"), ("кв.", "квартира"), ("оф.", "офис"),
         ("под.", "подъезд")]


def capital(rng, part):
    abbr, word, frame = pick(rng, split(CAPITAL_FRAMES, part))
    n = rng.randint(1, 40)
    return (frame.replace("{A}", abbr).replace("{N}", str(n)),
            frame.replace("{A}", word).replace("{N}", cardinal(n, "nom")))


def article(rng, part):
    case, word, frame = pick(rng, split(ARTICLE_FRAMES, part))
    a, b = rng.randint(1, 300), rng.randint(1, 40)
    return (frame.replace("{W}", word).replace("{N}", f"{a}.{b}"),
            frame.replace("{W}", word).replace("{N}", f"{cardinal(a, 'nom')} точка {cardinal(b, 'nom')}"))


def house(rng, part):
    frame = pick(rng, split(HOUSE_FRAMES, part))
    h = rng.randint(1, 120)
    parts = rng.sample(PARTS, rng.randint(1, 2))
    ns = [rng.randint(1, 300) for _ in parts]
    w = ", ".join(f"{p[0]} {n}" for p, n in zip(parts, ns))
    s = ", ".join(f"{p[1]} {cardinal(n, 'nom')}" for p, n in zip(parts, ns))
    return (frame.replace("{H}", str(h)).replace("{P}", w),
            frame.replace("{H}", cardinal(h, "nom")).replace("{P}", s))


RU = {"capital": capital, "article": article, "house": house}


def main():
    unseen.round_main("r69", RU, per_class=30, seed=457)


if __name__ == "__main__":
    main()
