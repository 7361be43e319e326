"""Sixtieth round (issue 33): three forms of shop, weather and school news a sweep found.
- A price per unit with a slash ("25 000 руб./мес.", "45 руб./кг", "1200 ₽/сутки",
  "80 тыс. руб./мес."): "рублей в месяц" for a unit of time, "рублей за килограмм" for goods;
  it was read "рублей.слэш мес.".
- A range written with an ellipsis, as forecasts write temperatures ("+25…+27 °C", "-3...-5
  °C"): both ends in the context's case, the dash a pause ("плюс двадцать пять — плюс двадцать
  семь градусов Цельсия"); the ellipsis was left between the numbers and the unit unread.
- A year before an adjective and "году" ("в 2023 учебном году", "в 2023/2024 учебном году"):
  the ordinal in the case of "году"; it was read as a cardinal.
Controls: a price with "за" written out, a year with "году" right after it.
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r60.py [--per-class 30] [--seed 401]

writes crates/text-normalizer/tests/data/tn-unseen/r60-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r59
import unseen_r9
from unseen import cardinal, count_form, inflect, lemma, ordinal, pick, sentence
from unseen_r2 import group_ru, split

OLD_RU_VOCAB = unseen_r59.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r59.OLD_FRAMES | set(unseen_r59.LIST_FRAMES) | set(unseen_r59.PART_FRAMES)
              | set(unseen_r59.CLOCK_FRAMES))

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (written unit after the slash, its reading after the price).
TIME_UNITS = [("мес.", "в месяц"), ("сутки", "в сутки"), ("час", "в час"), ("ч", "в час"),
              ("год", "в год"), ("нед.", "в неделю"), ("мес", "в месяц")]
GOODS_UNITS = [("кг", "за килограмм"), ("л", "за литр"), ("шт.", "за штуку"),
               ("кв. м", "за квадратный метр"), ("т", "за тонну"), ("м", "за метр"),
               ("м³", "за кубический метр"), ("пог. м", None)]
GOODS_UNITS = [u for u in GOODS_UNITS if u[1]]
CURRENCIES = ["руб.", "руб", "₽", "тыс. руб.", "р."]

# (case of the price, frame).
PRICE_FRAMES = fresh_frames([
    ("nom", "Аренда склада — {X}."),
    ("nom", "Услуги сиделки обойдутся недорого: {X}."),
    ("gen", "Тарифы на парковку начинаются от {X}."),
    ("nom", "Средний чек в столовой {X}."),
    ("gen", "Цены на черешню поднялись до {X}."),
    ("nom", "Прокат байдарки стоит {X}."),
], key=lambda f: f[1])
CONTROL_PRICE_FRAMES = fresh_frames([
    ("nom", "Клубнику продают на рынке, {X}."),
    ("nom", "Доставка щебня — {X}."),
], key=lambda f: f[1])

# (case, frame) for a range of temperatures.
RANGE_FRAMES = fresh_frames([
    ("nom", "Ночью в предгорьях {X}."),
    ("nom", "Днём на побережье {X}, ветер слабый."),
    ("gen", "Морозы усилятся до {X}."),
    ("nom", "Температура воды в заливе {X}."),
    ("gen", "К выходным ожидается потепление до {X}."),
    ("nom", "В горах завтра {X}, возможен снег."),
], key=lambda f: f[1])
ELLIPSES = ["…", "...", " … ", "..", "…"]

# (case of "году", frame): an adjective between the year and "году".
YEAR_FRAMES = fresh_frames([
    ("pre", "В {Y} учебном году открылись три лицея."),
    ("pre", "Набор в кадетский класс прошёл в {Y} учебном году."),
    ("acc", "Отчёт за {Y} финансовый год утвердили в марте."),
    ("gen", "Итоги {Y} отчётного года подвели на собрании."),
    ("pre", "В {Y} бюджетном году субсидии урезали."),
    ("nom", "{Y} учебный год начнётся в понедельник."),
], key=lambda f: f[1])
CONTROL_YEAR_FRAMES = fresh_frames([
    ("pre", "Регата прошла в {Y} году без происшествий."),
], key=lambda f: f[1])


def price(n: int, cur: str, case: str) -> tuple[str, str]:
    """A price in roubles, "тыс. руб." counting thousands."""
    if cur.startswith("тыс."):
        num, c = count_form(n, case)
        thousands = inflect(lemma("тысяча"), {num, c})
        return f"{n} {cur}", f"{cardinal(n, case, 'f')} {thousands} рублей"
    num, c = count_form(n, case)
    return f"{group_ru(n)} {cur}", f"{cardinal(n, case)} {inflect(lemma('рубль'), {num, c})}"


def per_unit(rng, part):
    case, frame = pick(rng, split(PRICE_FRAMES, part))
    unit, reading = pick(rng, TIME_UNITS if rng.random() < 0.5 else GOODS_UNITS)
    cur = pick(rng, CURRENCIES)
    n = unseen.number(rng) if not cur.startswith("тыс.") else rng.randint(2, 300)
    w, s = price(n, cur, case)
    slash = "/" if cur != "₽" or rng.random() < 0.5 else " / "
    written = f"{w}{slash}{unit}"
    return (sentence(frame.replace("{X}", written).replace("..", ".")),
            sentence(frame.replace("{X}", f"{s} {reading}")))


def per_unit_control(rng, part):
    case, frame = pick(rng, split(CONTROL_PRICE_FRAMES, part))
    unit, reading = pick(rng, GOODS_UNITS)
    w, s = price(unseen.number(rng), "руб.", case)
    noun = reading.split(" ", 1)[1]
    return (sentence(frame.replace("{X}", f"{w} за {noun}")),
            sentence(frame.replace("{X}", f"{s} {reading}")))


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"-{-n}" if n < 0 else "0"


def spoken_signed(n: int, case: str) -> str:
    word = cardinal(abs(n), case)
    return f"плюс {word}" if n > 0 else f"минус {word}" if n < 0 else word


def temp_range(rng, part):
    case, frame = pick(rng, split(RANGE_FRAMES, part))
    sign = 1 if rng.random() < 0.5 else -1
    a = sign * rng.randint(1, 30)
    b = a + sign * rng.randint(1, 5)
    dots = pick(rng, ELLIPSES)
    sym = pick(rng, [" °C", "°C", "°", " градусов"])
    num, c = count_form(abs(b), case)
    deg = inflect(lemma("градус"), {num, c})
    tail = " Цельсия" if "C" in sym else ""
    if sym == " градусов":
        # Written out, the noun is the case's own form.
        written = f"{signed(a)}{dots}{signed(b)} {deg}"
    else:
        written = f"{signed(a)}{dots}{signed(b)}{sym}"
    spoken = f"{spoken_signed(a, case)} — {spoken_signed(b, case)} {deg}{tail}"
    return sentence(frame.replace("{X}", written)), sentence(frame.replace("{X}", spoken))


def school_year(rng, part):
    case, frame = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(1995, 2031)
    form = pick(rng, ["one", "slash", "dash", "slash"])
    if form == "one":
        w, s = str(y), ordinal(y, case)
    else:
        sep = "/" if form == "slash" else pick(rng, ["-", "–", "—"])
        w, s = f"{y}{sep}{y + 1}", f"{ordinal(y, case)} — {ordinal(y + 1, case)}"
    return sentence(frame.replace("{Y}", w)), sentence(frame.replace("{Y}", s))


def year_control(rng, part):
    case, frame = pick(rng, CONTROL_YEAR_FRAMES)
    y = rng.randint(1950, 2031)
    return sentence(frame.replace("{Y}", str(y))), sentence(frame.replace("{Y}", ordinal(y, case)))


RU = {"per_unit": per_unit, "temp_range": temp_range, "school_year": school_year,
      "control": lambda rng, part: (per_unit_control if rng.random() < 0.6 else year_control)(
          rng, part)}


def main():
    unseen.round_main("r60", RU, per_class=30, seed=401)


if __name__ == "__main__":
    main()
