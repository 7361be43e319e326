"""Fifty-sixth round (issue 33): comparison and approximation signs before a number, as
forums, shop pages, weather and science news write bounds ("Цена < 5 рублей", "при
температуре > 30 °C", "рост ~7%", "погрешность ±3%", "orders > $50"). The signs were left
unread in both languages ("Цена < пять рублей"), and a sign left the number in the context's
case where the spoken word governs another.
Readings, one per sign, what a reader says aloud:
- Russian: "<" меньше, ">" больше, "≤"/"<=" не больше, "≥"/">=" не меньше (each with the
  genitive, as after the words), "≈"/"~" примерно (the context's case), "±" плюс-минус;
- English: "<" less than, ">" more than before an amount, greater than between two terms,
  "≤"/"<=" at most / less than or equal to, "≥"/">=" at least / greater than or equal to,
  "≈"/"~" about, "±" plus or minus.
Written before any rule for it, frames and words no set had; frames alternate between the
halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r56.py [--per-class 30] [--seed 379]

writes crates/text-normalizer/tests/data/tn-unseen/r56-{ru,en}-{dev,held}.tsv.
"""

from __future__ import annotations


import unseen
import unseen_r55
import unseen_r9
from unseen import cardinal, counted, pick, sentence
from unseen_en import card
from unseen_r2 import split
from unseen_r3 import measure_phrase

OLD_RU_VOCAB = unseen_r55.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r55.OLD_FRAMES | {f[2] for f in unseen_r55.RANGE_FRAMES}
              | set(unseen_r55.AGE_FRAMES) | {f[1] for f in unseen_r55.CONTROL_FRAMES})

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (written unit, noun lemma, adjective, scale, tail, kind), as unseen_r3.measure_phrase reads.
UNITS = [
    ("кг", "килограмм", None, None, "", "mass"),
    ("т", "тонна", None, None, "", "mass"),
    ("км/ч", "километр", None, None, " в час", "speed"),
    ("м/с", "метр", None, None, " в секунду", "speed"),
    ("°C", "градус", None, None, " Цельсия", "temp"),
    ("%", "процент", None, None, "", "percent"),
    ("руб.", "рубль", None, None, "", "money"),
    ("тыс. руб.", "рубль", None, "тысяча", "", "money"),
    ("км", "километр", None, None, "", "length"),
    ("см", "сантиметр", None, None, "", "length"),
    ("мм", "миллиметр", None, None, "", "length"),
    ("мин", "минута", None, None, "", "time"),
    ("ч", "час", None, None, "", "time"),
]

# Counted nouns written as words, by what they count.
NOUNS = {
    "people": fresh(["абитуриент", "дачник", "байкер", "репетитор", "сплавщик", "бортпроводник",
                     "садовод", "грибник"]),
    "things": fresh(["плита", "баул", "гиря", "брикет", "бадья", "слиток", "тубус", "корыто"]),
}

# (frame, kinds of unit or counted noun it fits): the sign phrase governs its own case.
BOUND_FRAMES = fresh_frames([
    ("Посылки массой {X} доставляют без доплаты.", {"mass"}),
    ("Гонщики неслись со скоростью {X}.", {"speed"}),
    ("Купаться разрешают при температуре воды {X}.", {"temp"}),
    ("Доля брака на линии {X}.", {"percent"}),
    ("Ремонт крыши обойдётся в сумму {X}.", {"money"}),
    ("Тропа протяжённостью {X} подходит новичкам.", {"length"}),
    ("Очередь на приём занимает {X}.", {"time"}),
    ("В кружок записалось {X}.", {"people"}),
    ("На пристани выгрузили {X}.", {"things"}),
    ("Ветер с порывами {X} повалил деревья.", {"speed"}),
    ("Кредит на сумму {X} одобряют за день.", {"money"}),
    ("Автобус ждали {X}.", {"time"}),
], key=lambda f: f[0])

# (case, frame, kinds): "примерно" leaves the context's case to the number.
APPROX_FRAMES = fresh_frames([
    ("acc", "Переправа заняла {X}.", {"time"}),
    ("nom", "Глубина колодца {X}.", {"length"}),
    ("acc", "Инфляция за квартал составила {X}.", {"percent"}),
    ("nom", "Вес улова {X}.", {"mass"}),
    ("acc", "Экспедиция наняла {X}.", {"people"}),
    ("nom", "Ежемесячный взнос {X}.", {"money"}),
    ("acc", "Баржа перевезла {X}.", {"things"}),
    ("nom", "Средняя скорость течения {X}.", {"speed"}),
    ("acc", "Дорога до хутора отняла {X}.", {"time"}),
    ("nom", "Перепад температур за сутки {X}.", {"temp"}),
], key=lambda f: f[1])

TOLERANCE_FRAMES = fresh_frames([
    ("Погрешность опроса {X}.", {"percent"}),
    ("Точность термометра {X}.", {"temp"}),
    ("Допуск на толщину стенки {X}.", {"length"}),
    ("Разброс показаний весов {X}.", {"mass"}),
    ("Колебания курса за день {X}.", {"percent"}),
    ("Отклонение от графика {X}.", {"time"}),
], key=lambda f: f[0])

BETWEEN_FRAMES = fresh_frames([
    "Ученик вывел на доске: {X}.",
    "Проверим неравенство {X}.",
    "В тетради записано {X}.",
    "Учитель попросил доказать, что {X}.",
    "Программа вывела строку {X}.",
    "На слайде было условие {X}.",
], key=lambda f: f)

RU_BOUND = {"<": "меньше", ">": "больше", "≤": "не больше", "<=": "не больше",
            "≥": "не меньше", ">=": "не меньше"}
RU_APPROX = {"≈": "примерно", "~": "примерно"}


def written_sign(rng, sign):
    """The sign with or without a space before the number, as both are written."""
    return sign + (" " if rng.random() < 0.6 else "")


def amount(rng, kinds, case, part):
    """A written amount and its reading in `case`: a unit of one of `kinds` or a counted
    noun."""
    n = unseen.number(rng)
    nouns = [k for k in kinds if k in NOUNS]
    if nouns:
        return counted(n, case, pick(rng, split(NOUNS[nouns[0]], part)))
    unit = pick(rng, [u for u in UNITS if u[5] in kinds])
    return measure_phrase(n, case, unit)


def bound(rng, part):
    frame, kinds = pick(rng, split(BOUND_FRAMES, part))
    sign = pick(rng, list(RU_BOUND))
    w, s = amount(rng, kinds, "gen", part)
    return (sentence(frame.replace("{X}", written_sign(rng, sign) + w).replace("..", ".")),
            sentence(frame.replace("{X}", f"{RU_BOUND[sign]} {s}")))


def approx(rng, part):
    case, frame, kinds = pick(rng, split(APPROX_FRAMES, part))
    sign = pick(rng, list(RU_APPROX))
    w, s = amount(rng, kinds, case, part)
    return (sentence(frame.replace("{X}", written_sign(rng, sign) + w).replace("..", ".")),
            sentence(frame.replace("{X}", f"{RU_APPROX[sign]} {s}")))


def tolerance(rng, part):
    frame, kinds = pick(rng, split(TOLERANCE_FRAMES, part))
    w, s = amount(rng, kinds, "nom", part)
    if rng.random() < 0.5:
        return (sentence(frame.replace("{X}", written_sign(rng, "±") + w).replace("..", ".")),
                sentence(frame.replace("{X}", f"плюс-минус {s}")))
    a = rng.randint(10, 400)
    return (sentence(frame.replace("{X}", f"{a} ± {w}")),
            sentence(frame.replace("{X}", f"{cardinal(a, 'nom')} плюс-минус {s}")))


def between(rng, part):
    frame = pick(rng, split(BETWEEN_FRAMES, part))
    sign = pick(rng, list(RU_BOUND))
    a, b = unseen.number(rng), unseen.number(rng)
    return (sentence(frame.replace("{X}", f"{a} {sign} {b}")),
            sentence(frame.replace("{X}", f"{cardinal(a, 'nom')} {RU_BOUND[sign]} "
                                          f"{cardinal(b, 'gen')}")))


RU = {"bound": bound, "approx": approx, "tolerance": tolerance, "between": between}

# ------------------------------------------------------------------------------ English

# (written before the number, written after it, spoken after the number words, kind).
EN_UNITS = [
    ("$", "", "dollars", "money"),
    ("", " kg", "kilograms", "mass"),
    ("", " lbs", "pounds", "mass"),
    ("", " mph", "miles per hour", "speed"),
    ("", " °F", "degrees Fahrenheit", "temp"),
    ("", "%", "percent", "percent"),
    ("", " km", "kilometers", "length"),
    ("", " cm", "centimeters", "length"),
    ("", " minutes", "minutes", "time"),
    ("", " seconds", "seconds", "time"),
    ("", " volunteers", "volunteers", "people"),
    ("", " households", "households", "people"),
]
EN_BOUND_FRAMES = [
    ("Orders {X} ship free.", {"money"}),
    ("Parcels weighing {X} cost extra.", {"mass"}),
    ("Gusts {X} toppled the fence.", {"speed"}),
    ("Pipes freeze at temperatures {X}.", {"temp"}),
    ("The defect rate stayed {X}.", {"percent"}),
    ("Trails {X} suit beginners.", {"length"}),
    ("Most calls last {X}.", {"time"}),
    ("The survey reached {X}.", {"people"}),
    ("Refunds {X} need a manager.", {"money"}),
    ("Hailstones {X} dented cars.", {"length"}),
]
EN_SIGNS = {"<": "less than", ">": "more than", "≤": "at most", "<=": "at most",
            "≥": "at least", ">=": "at least", "≈": "about", "~": "about", "±": "plus or minus"}
# Between two terms the comparison is read as mathematics.
EN_INFIX = {"<": "less than", ">": "greater than", "≤": "less than or equal to",
            "<=": "less than or equal to", "≥": "greater than or equal to",
            ">=": "greater than or equal to"}
EN_INFIX_FRAMES = ["Check that {X} holds.", "The test asserts {X} for every input.",
                   "Students proved {X} on the board.", "The loop runs while {X}.",
                   "Assume {X} from now on.", "The filter keeps rows where {X}."]
EN_VARIABLES = ["x", "y", "n", "k", "t", "m"]


def en_amount(rng, kinds):
    n = unseen.number(rng)
    if n == 1:
        n = 2
    pre, post, spoken, _ = pick(rng, [u for u in EN_UNITS if u[3] in kinds])
    return f"{pre}{n:,}{post}", f"{card(n)} {spoken}"


def en_prefix(signs):
    def gen(rng, part):
        frame, kinds = pick(rng, split(EN_BOUND_FRAMES, part))
        sign = pick(rng, signs)
        w, s = en_amount(rng, kinds)
        return (frame.replace("{X}", written_sign(rng, sign) + w),
                frame.replace("{X}", f"{EN_SIGNS[sign]} {s}"))
    return gen


def en_infix(rng, part):
    frame = pick(rng, split(EN_INFIX_FRAMES, part))
    sign = pick(rng, list(EN_INFIX))
    b = unseen.number(rng)
    if rng.random() < 0.5:
        a = pick(rng, EN_VARIABLES)
        left = spoken_left = a
    else:
        a = unseen.number(rng)
        left, spoken_left = f"{a:,}", card(a)
    return (frame.replace("{X}", f"{left} {sign} {b:,}"),
            frame.replace("{X}", f"{spoken_left} {EN_INFIX[sign]} {card(b)}"))


EN = {"bound": en_prefix(["<", ">", "≤", "≥", "<=", ">="]), "approx": en_prefix(["≈", "~"]),
      "tolerance": en_prefix(["±"]), "between": en_infix}


def main():
    unseen.round_main("r56", RU, per_class=30, seed=379, en=EN)


if __name__ == "__main__":
    main()
