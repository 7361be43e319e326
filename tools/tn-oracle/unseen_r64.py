"""Sixty-fourth round (issue 33): three forms of legal, health and gadget news a sweep found.
- A reference to a law by article, part and point ("по ст. 105 УК РФ", "согласно ч. 1 ст.
  158", "в п. 2 ст. 7", "ст. 12.8 КоАП"): the first abbreviation in the case its preposition
  gives ("по статье", "согласно части", "в пункте"), a later "ст." the genitive ("статьи"),
  each number its label in the nominative ("статьи сто пятьдесят восемь"), a dotted article
  number with "точка" ("двенадцать точка восемь"); "ст." was read "статья" in every case and
  "ч.", "п." were left unread.
- Blood pressure and pulse ("давление 120/80 мм рт. ст.", "пульс 72 уд/мин"): "сто двадцать
  на восемьдесят миллиметров ртутного столба", "семьдесят два удара в минуту".
- A screen in inches and a camera in megapixels ('экран 6,7"', "камера 50 Мп"): "дюйма",
  "мегапикселей".
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r64.py [--per-class 30] [--seed 431]

writes crates/text-normalizer/tests/data/tn-unseen/r64-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r63
import unseen_r9
from unseen import cardinal, count_form, inflect, lemma, pick, sentence
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r63.OLD_RU_VOCAB
OLD_FRAMES = (unseen_r63.OLD_FRAMES | {f[1] for f in unseen_r63.DATE_FRAMES}
              | {f[1] for f in unseen_r63.MONEY_FRAMES} | {f[1] for f in unseen_r63.CONTROL_FRAMES})

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# (case of the first abbreviation, frame).
LAW_FRAMES = fresh_frames([
    ("dat", "Дело возбудили по {X}."),
    ("dat", "Согласно {X} срок продлевается."),
    ("pre", "В {X} перечислены исключения."),
    ("acc", "Адвокат сослался на {X}."),
    ("gen", "Нарушение {X} карается штрафом."),
    ("nom", "Эту норму устанавливает {X}."),
], key=lambda f: f[1])
FORMS = {
    "ст.": {"nom": "статья", "gen": "статьи", "dat": "статье", "acc": "статью", "pre": "статье"},
    "ч.": {"nom": "часть", "gen": "части", "dat": "части", "acc": "часть", "pre": "части"},
    "п.": {"nom": "пункт", "gen": "пункта", "dat": "пункту", "acc": "пункт", "pre": "пункте"},
}
CODES = [("УК РФ", "уголовного кодекса Российской Федерации"), ("КоАП", "КоАП"),
         ("Налогового кодекса", "Налогового кодекса"), ("закона о полиции", "закона о полиции"),
         ("Трудового кодекса", "Трудового кодекса"), ("", "")]

# (kind, case, frame): a value after a noun of measure is in the nominative ("с частотой
# семьдесят два удара в минуту", "разрешением пятьдесят мегапикселей").
HEALTH_FRAMES = fresh_frames([
    ("bp", "nom", "У пациентки давление {X}."),
    ("bp", "nom", "Утром тонометр показал {X}."),
    ("pulse", "nom", "После пробежки пульс {X}."),
    ("bp", "nom", "Фельдшер записал в карту давление {X}."),
    ("pulse", "nom", "В покое сердце бьётся с частотой {X}."),
    ("pulse", "gen", "Частота сокращений упала до {X}."),
], key=lambda f: f[2])
GADGET_FRAMES = fresh_frames([
    ("inch", "nom", "Планшет получил дисплей {X}."),
    ("mp", "nom", "Основной модуль камеры — {X}."),
    ("inch", "nom", "В продаже появился монитор с диагональю {X}."),
    ("mp", "acc", "Фронтальная камера снимает на {X}."),
    ("inch", "nom", "Складной смартфон раскрывается в экран {X}."),
    ("mp", "nom", "Датчик разрешением {X} стоит в основной камере."),
], key=lambda f: f[2])


def number_label(rng, dotted: bool) -> tuple[str, str]:
    n = rng.randint(1, 300)
    if dotted:
        m = rng.randint(1, 30)
        return f"{n}.{m}", f"{cardinal(n, 'nom')} точка {cardinal(m, 'nom')}"
    return str(n), cardinal(n, "nom")


def law(rng, part):
    case, frame = pick(rng, split(LAW_FRAMES, part))
    code, code_s = pick(rng, CODES)
    if rng.random() < 0.4:
        w_n, s_n = number_label(rng, rng.random() < 0.3)
        written, spoken = f"ст. {w_n}", f"{FORMS['ст.'][case]} {s_n}"
    else:
        first = pick(rng, ["ч.", "п."])
        k = rng.randint(1, 9)
        w_n, s_n = number_label(rng, rng.random() < 0.3)
        written = f"{first} {k} ст. {w_n}"
        spoken = f"{FORMS[first][case]} {cardinal(k, 'nom')} статьи {s_n}"
    if code:
        written, spoken = f"{written} {code}", f"{spoken} {code_s}"
    return sentence(frame.replace("{X}", written)), sentence(frame.replace("{X}", spoken))


def health(rng, part):
    kind, case, frame = pick(rng, split(HEALTH_FRAMES, part))
    if kind == "bp":
        a, b = rng.randint(90, 190), rng.randint(50, 110)
        num, c = count_form(b, case)
        mm = inflect(lemma("миллиметр"), {num, c})
        return (sentence(frame.replace("{X}", f"{a}/{b} мм рт. ст.")),
                sentence(frame.replace("{X}", f"{cardinal(a, case)} на {cardinal(b, case)} {mm} ртутного столба")))
    n = rng.randint(40, 190)
    num, c = count_form(n, case)
    beat = inflect(lemma("удар"), {num, c})
    return (sentence(frame.replace("{X}", f"{n} уд/мин")),
            sentence(frame.replace("{X}", f"{cardinal(n, case)} {beat} в минуту")))


def gadget(rng, part):
    kind, case, frame = pick(rng, split(GADGET_FRAMES, part))
    if kind == "inch":
        if rng.random() < 0.5:
            whole, tenth = rng.randint(5, 16), rng.randint(1, 9)
            return (sentence(frame.replace("{X}", f'{whole},{tenth}"')),
                    sentence(frame.replace("{X}", f"{unseen_r63.decimal(whole, tenth, case)} дюйма")))
        n = rng.randint(10, 98)
        num, c = count_form(n, case)
        return (sentence(frame.replace("{X}", f'{n}"')),
                sentence(frame.replace("{X}", f"{cardinal(n, case)} {inflect(lemma('дюйм'), {num, c})}")))
    n = pick(rng, [8, 12, 13, 16, 20, 32, 48, 50, 64, 108, 200])
    num, c = count_form(n, case)
    return (sentence(frame.replace("{X}", f"{n} Мп")),
            sentence(frame.replace("{X}", f"{cardinal(n, case)} {inflect(lemma('мегапиксель'), {num, c})}")))


RU = {"law": law, "health": health, "gadget": gadget}


def main():
    unseen.round_main("r64", RU, per_class=30, seed=431)


if __name__ == "__main__":
    main()
