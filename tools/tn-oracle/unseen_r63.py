"""Sixty-third round (issue 33): two forms of finance and office news a sweep found.
- A date of day and month with a dot and no year after a preposition ("Курс евро на 12.03",
  "с 01.09 по 31.12", "до 15.04", "к 20.05"): the day's ordinal in the preposition's case and
  the month's genitive ("на двенадцатое марта"); it was read as a decimal ("двенадцать целых
  три сотых").
- A prefixed currency with a Russian decimal comma and a scale word ("$2,5 млрд", "€4,7
  млн"): "две целых пять десятых миллиарда долларов" in the context's case; it was read "два
  доллара,пять млрд".
Controls: a decimal with a dot before a percent sign, an amount with the currency written
after it.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r63.py [--per-class 30] [--seed 421]

writes crates/text-normalizer/tests/data/tn-unseen/r63-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r62
import unseen_r9
from unseen import RU_MONTHS, cardinal, ordinal, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r62.OLD_RU_VOCAB
OLD_FRAMES = unseen_r62.OLD_FRAMES | set(unseen_r62.FRAMES) | {f[1] for f in unseen_r62.CONTROL_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (case of the date, frame with {D} or {D1}/{D2}).
DATE_FRAMES = fresh_frames([
    ("acc", "Курс юаня на {D} почти не изменился."),
    ("gen", "Подать документы нужно до {D}."),
    ("dat", "Отчёт подготовят к {D}."),
    ("gen", "После {D} тарифы вырастут."),
    ("range", "Акция продлится с {D1} по {D2}."),
    ("acc", "Собрание перенесли на {D}."),
], key=lambda f: f[1])
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# (currency sign, genitive plural of its name).
CURRENCIES = [("$", "долларов"), ("€", "евро")]
SCALES = [("млн", "миллион"), ("млрд", "миллиард"), ("трлн", "триллион")]
# (case, frame).
MONEY_FRAMES = fresh_frames([
    ("acc", "Инвесторы вложили в проект {X}."),
    ("nom", "Капитализация биржи — {X}."),
    ("acc", "Долг корпорации превысил отметку в {X}."),
    ("gen", "Сумма контракта составит около {X}."),
    ("acc", "Холдинг потратил на выкуп акций {X}."),
    ("nom", "Оборот сети за год {X}."),
], key=lambda f: f[1])
CONTROL_FRAMES = fresh_frames([
    ("pct", "Ставка выросла на {P}%."),
    ("money", "Бюджет фестиваля — {N} млн долларов."),
], key=lambda f: f[1])

WHOLE = {"nom": ("целая", "целых"), "gen": ("целой", "целых"), "dat": ("целой", "целым"),
         "acc": ("целую", "целых"), "ins": ("целой", "целыми"), "pre": ("целой", "целых")}
TENTHS = {"nom": ("десятая", "десятых"), "gen": ("десятой", "десятых"),
          "dat": ("десятой", "десятым"), "acc": ("десятую", "десятых"),
          "ins": ("десятой", "десятыми"), "pre": ("десятой", "десятых")}


def decimal(whole: int, tenth: int, case: str) -> str:
    """"A целых B десятых" in `case`, the numerals feminine, agreeing with "целая" and
    "десятая"."""
    one = unseen.ends_in_one
    w = WHOLE[case][0 if one(whole) else 1]
    t = TENTHS[case][0 if one(tenth) else 1]
    return f"{cardinal(whole, case, 'f')} {w} {cardinal(tenth, case, 'f')} {t}"


def day_month(rng) -> tuple[int, int]:
    m = rng.randrange(12)
    return rng.randint(1, DAYS_IN[m]), m


def written_date(d: int, m: int, rng) -> str:
    day = f"{d:02d}" if d < 10 and rng.random() < 0.6 else str(d)
    return f"{day}.{m + 1:02d}"


def short_date(rng, part):
    case, frame = pick(rng, split(DATE_FRAMES, part))
    if case == "range":
        (d1, m1), (d2, m2) = sorted([day_month(rng), day_month(rng)], key=lambda x: (x[1], x[0]))
        w = frame.replace("{D1}", written_date(d1, m1, rng)).replace("{D2}", written_date(d2, m2, rng))
        s = (frame.replace("{D1}", f"{ordinal(d1, 'gen', 'n')} {RU_MONTHS[m1]}")
             .replace("{D2}", f"{ordinal(d2, 'acc', 'n')} {RU_MONTHS[m2]}"))
        return sentence(w), sentence(s)
    d, m = day_month(rng)
    return (sentence(frame.replace("{D}", written_date(d, m, rng))),
            sentence(frame.replace("{D}", f"{ordinal(d, case, 'n')} {RU_MONTHS[m]}")))


def scaled_money(rng, part):
    case, frame = pick(rng, split(MONEY_FRAMES, part))
    sign, currency = pick(rng, CURRENCIES)
    abbr, scale = pick(rng, SCALES)
    whole, tenth = rng.randint(1, 99), rng.randint(1, 9)
    scale_gen = unseen.inflect(unseen.lemma(scale), {"sing", "gent"})
    written = f"{sign}{whole},{tenth} {abbr}"
    spoken = f"{decimal(whole, tenth, case)} {scale_gen} {currency}"
    return sentence(frame.replace("{X}", written)), sentence(frame.replace("{X}", spoken))


def control(rng, part):
    kind, frame = pick(rng, CONTROL_FRAMES)
    if kind == "pct":
        whole, tenth = rng.randint(1, 30), rng.randint(1, 9)
        return (frame.replace("{P}", f"{whole}.{tenth}"),
                frame.replace("{P}%", f"{decimal(whole, tenth, 'acc')} процента"))
    n = rng.randint(2, 900)
    num, c = unseen.count_form(n, "nom")
    mln = unseen.inflect(unseen.lemma("миллион"), {num, c})
    return frame.replace("{N}", str(n)), frame.replace("{N} млн", f"{cardinal(n, 'nom')} {mln}")


RU = {"short_date": short_date, "scaled_money": scaled_money, "control": control}


def main():
    unseen.round_main("r63", RU, per_class=30, seed=421)


if __name__ == "__main__":
    main()
