"""Forty-seventh round (issue 33): an amount after a phrase of purpose or direction that stands
between a transitive verb and its object ("Город направил на строительство дороги 200 тонн
асфальта", "Компания отправила в адрес клиента 5 писем"): the amount is the verb's object,
in the accusative, not the genitive attribute of the phrase's last noun (round 39's rule read
"двухсот тонн", "пяти писем"; found in the treebank's dev half: "отпустил на строительство
обсерватории 20 тысяч динаров" -> "двадцати тысяч"). Controls: a phrase of topic ("спорили о
ремонте домов 5 улиц"), whose last noun has the amount as its attribute: the genitive.
Written before any rule for it, frames no set had; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r47.py [--per-class 60] [--seed 313]

writes crates/text-normalizer/tests/data/tn-unseen/r47-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r3
import unseen_r46
import unseen_r9
from unseen import counted, pick, sentence
from unseen_r2 import _lemmas, split

OLD_RU_VOCAB = unseen_r46.OLD_RU_VOCAB | _lemmas(set(unseen_r46.NOUNS))
OLD_FRAMES = unseen_r46.OLD_FRAMES | {
    f[-1] for f in unseen_r46.YEAR_FRAMES + unseen_r46.COUNT_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Frames with {X}: a transitive verb, a phrase of purpose or direction with a genitive noun.
OBJECT_FRAMES = fresh_frames([
    "Мэрия направила на ремонт моста {X}.",
    "Министерство выделило на закупку лекарств {X}.",
    "Склад отгрузил в адрес поставщика {X}.",
    "Фонд перечислил на содержание приюта {X}.",
    "Округ передал для нужд больницы {X}.",
    "Район потратил на расчистку каналов {X}.",
    "Холдинг вложил в модернизацию цехов {X}.",
    "Порт принял для нужд флотилии {X}.",
], key=lambda f: f)

# Frames with {X}: a phrase of topic whose last noun takes the amount as its attribute.
TOPIC_FRAMES = fresh_frames([
    "Депутаты спорили о ремонте домов {X}.",
    "Газета писала о судьбе жителей {X}.",
    "Совет говорил о проблемах владельцев {X}.",
    "Эксперты рассуждали о будущем хозяев {X}.",
], key=lambda f: f)

THINGS = fresh(["цистерна", "рефрижератор", "тягач", "понтон", "вагонетка", "контейнеровоз"])
OWNED = fresh(["переулок", "проулок", "слобода", "околоток", "становище", "выселок", "стойбище",
               "починок"])
MONEY = [("руб.", "рубль", None, None, "", "money")]
MASS = [("т", "тонна", None, None, "", "mass"), ("кг", "килограмм", None, None, "", "mass")]
GOODS = {"щебень": "щебня", "бетон": "бетона", "уголь": "угля", "мазут": "мазута"}


def amount(rng, part):
    kind = rng.randrange(3)
    n = unseen.prefer_one(rng)
    if kind == 0:
        return counted(n, "acc", pick(rng, split(THINGS, part)))
    if kind == 1:
        return unseen_r3.measure_phrase(n, "acc", pick(rng, MONEY))
    w, s = unseen_r3.measure_phrase(n, "acc", pick(rng, MASS))
    g = GOODS[pick(rng, split(list(GOODS), part))]
    return f"{w} {g}", f"{s} {g}"


def object_after_phrase(rng, part):
    frame = pick(rng, split(OBJECT_FRAMES, part))
    w, s = amount(rng, part)
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


def topic(rng, part):
    frame = pick(rng, split(TOPIC_FRAMES, part))
    w, s = counted(unseen.prefer_one(rng), "gen", pick(rng, split(OWNED, part)))
    return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))


RU = {"object_after_phrase": object_after_phrase, "topic": topic}


def main():
    unseen.round_main("r47", RU, per_class=60, seed=313)


if __name__ == "__main__":
    main()
