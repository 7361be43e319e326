"""Seventeenth round (issue 33): two classes round 16's dev half showed, written before any rule
for them, in vocabulary no set used and frames of their own (dev and held-out apart):

- `object`: a transitive past verb with its subject right before it, then an amount whose
  nominative and accusative differ only in "тысяча" ("Ведомство перечислило 1500 рублей" ->
  "одну тысячу пятьсот"; "Трест закупил 1021 станок" -> "одну тысячу двадцать один"). Word order
  says which is the subject: the verb agrees with the noun before it, as it would with the count
  (a neuter past form, or a masculine one before a masculine count ending in 1).
- `count_subject`: the controls, where the count is the subject after the same verbs: the noun
  before the verb shows the accusative ("Трассу перекрыло 1200 машин"), or the count is of
  people after a neuter verb whose object stands before it ("Ярмарку посетило 1300 человек").
- `dated`: a date after "помечен" (marked with it: the instrumental, as after "датирован"),
  and after other participles, where it says when (the genitive).

Labels: num2words and pymorphy3 in the case the sentence demands.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r17.py [--per-class 40] [--seed 137]

writes crates/text-normalizer/tests/data/tn-unseen/r17-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r16
import unseen_r9
from unseen import RU_MONTHS, counted, ordinal, pick, sentence
from unseen_r2 import _lemmas, _words, group_ru, split

OLD_RU_VOCAB = unseen_r16.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r16.VOCAB, unseen_r16.ORD, unseen_r16.ORD_PL,
]))
fresh, _ = unseen_r9.checkers(OLD_RU_VOCAB, set())

# (subject, its verb's past form); the subject's gender is the verb's.
NEUTER_SUBJECTS = fresh(["ведомство", "агентство", "издательство", "казначейство",
                         "товарищество", "посольство", "лесничество", "консульство",
                         "представительство", "учреждение"])
NEUTER_VERBS = ["перечислило", "закупило", "выплатило", "заказало", "списало", "вложило",
                "отгрузило", "изготовило", "продало", "направило"]
MASC_SUBJECTS = fresh(["трест", "концерн", "холдинг", "кооператив", "колхоз", "совхоз",
                       "филиал", "техникум", "элеватор", "комбинат"])
MASC_VERBS = ["закупил", "изготовил", "отгрузил", "продал", "списал", "заказал", "выпустил",
              "арендовал", "приобрёл", "отремонтировал"]
# Counted after a thousand: genitive plurals that show nothing of the case.
AMOUNT_NOUNS = fresh(["рубль", "доллар", "тонна", "ящик", "мешок", "бочка", "рулон", "пачка",
                      "саженец", "кирпич"])
# Counted after a number ending in 1: a masculine or neuter noun, nominative = accusative.
ONE_NOUNS = fresh(["станок", "прибор", "верстак", "насос", "генератор", "компрессор",
                   "холодильник", "инструмент", "кресло", "ведро"])
ACC_OBJECTS = fresh(["трасса", "магистраль", "переправа", "площадь", "набережная", "улица"])
OVS_VERBS = ["перекрыло", "заполнило", "запрудило"]
OVS_NOUNS = fresh(["машина", "автомобиль", "грузовик", "повозка", "фура", "автобус"])
# (verb, what its people did it to), dev and held-out.
PEOPLE_FRAMES = {"dev": ("посетило", fresh(["ярмарка", "выставка", "лекция"])),
                 "held": ("посмотрело", fresh(["премьера", "постановка", "трансляция"]))}
PEOPLE = ["человек", "зритель", "посетитель", "житель", "участник"]


def thousand_one(rng) -> int:
    """A number whose thousands end in 1 ("одна тысяча", "двадцать одна тысяча")."""
    thousands = pick(rng, [1, 1, 21, 31, 41, 51, 61, 71, 81, 91, 101, 121, 201, 301])
    return thousands * 1000 + pick(rng, [0, 0, rng.randint(1, 999)])


def written(n: int, noun_phrase: str) -> str:
    return f"{group_ru(n)} {noun_phrase}"


def object_case(rng, part):
    if rng.random() < 0.5:
        subj = pick(rng, split(NEUTER_SUBJECTS, part))
        verb = pick(rng, split(NEUTER_VERBS, part))
        n = thousand_one(rng)
        noun = pick(rng, split(AMOUNT_NOUNS, part))
    else:
        subj = pick(rng, split(MASC_SUBJECTS, part))
        verb = pick(rng, split(MASC_VERBS, part))
        n = thousand_one(rng)
        n = n - n % 100 + pick(rng, [1, 21, 31, 41, 51, 61, 71, 81, 91])
        noun = pick(rng, split(ONE_NOUNS, part))
    w, s = counted(n, "acc", noun)
    w = written(n, w.split(" ", 1)[1])
    return sentence(f"{subj} {verb} {w}."), sentence(f"{subj} {verb} {s}.")


def count_subject(rng, part):
    n = thousand_one(rng)
    if rng.random() < 0.5:
        obj = unseen.inflect(unseen.lemma(pick(rng, split(ACC_OBJECTS, part))), {"sing", "accs"})
        verb = pick(rng, split(OVS_VERBS, part))
        noun = pick(rng, split(OVS_NOUNS, part))
    else:
        verb, objects = PEOPLE_FRAMES[part]
        obj = unseen.inflect(unseen.lemma(pick(rng, objects)), {"sing", "accs"})
        noun = pick(rng, split(PEOPLE, part))
    w, s = counted(n, "nom", noun)
    w = written(n, w.split(" ", 1)[1])
    return sentence(f"{obj} {verb} {w}."), sentence(f"{obj} {verb} {s}.")


DATED_NOUNS = {
    "dev": [("накладная", "помечена"), ("протокол", "помечен"), ("донесение", "помечено"),
            ("ведомости", "помечены")],
    "held": [("расписка", "помечена"), ("рапорт", "помечен"), ("извещение", "помечено"),
             ("сводки", "помечены")],
}
# Participles after which a date says when: the genitive.
WHEN = {"dev": ["составлен", "отправлен"], "held": ["заверен", "получен"]}
ENDINGS = {"помечена": "а", "помечен": "", "помечено": "о", "помечены": "ы"}


def dated(rng, part):
    noun, marked = pick(rng, DATED_NOUNS[part])
    d, m = rng.randint(1, 31), rng.randrange(12)
    year = rng.randint(1850, 2030) if rng.random() < 0.5 else None
    w = f"{d} {RU_MONTHS[m]}" + (f" {year} года" if year else "")
    tail = f" {ordinal(year, 'gen')} года" if year else ""
    if rng.random() < 0.6:
        s = f"{ordinal(d, 'ins', 'n')} {RU_MONTHS[m]}{tail}"
        verb = marked
    else:
        s = f"{ordinal(d, 'gen', 'n')} {RU_MONTHS[m]}{tail}"
        verb = pick(rng, WHEN[part]) + ENDINGS[marked]
    return sentence(f"{noun} {verb} {w}."), sentence(f"{noun} {verb} {s}.")


RU = {"object": object_case, "count_subject": count_subject, "dated": dated}


def main():
    unseen.round_main("r17", RU, per_class=40, seed=137)


if __name__ == "__main__":
    main()
