"""Thirty-fourth round (issue 33): two counts or two amounts joined by "и"/"или" under one
governing word ("о трёх сараях и пяти домах", "с пятью килограммами трески и двумя литрами
рассола"): the second takes the case the governing word gives the first. Seen while round 33's
rules were checked ("Речь о 3 сараях и 5 домах" read "пять домах"); written before any rule
for it, with vocabulary and frames no set used (a fishing cooperative), controls where both
conjuncts are subjects or inanimate objects. The frames alternate between the dev and held-out halves.
Labels as in round 9, each conjunct by itself.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r34.py [--per-class 60] [--seed 233]

writes crates/text-normalizer/tests/data/tn-unseen/r34-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r15
import unseen_r3
import unseen_r33
import unseen_r9
from unseen_r2 import split

OLD_RU_VOCAB = unseen_r33.OLD_RU_VOCAB
OLD_FRAMES = unseen_r33.OLD_FRAMES | {
    f[1] for f in unseen_r33.PREP_FRAMES + unseen_r33.GOVERNED_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# A fishing cooperative.
VOCAB = {
    "inan": fresh(["вентерь", "мережа", "перемёт", "садок", "кукан", "блесна", "поплавок",
                   "грузило", "мормышка", "жерлица", "подсак", "удилище", "лунка", "прорубь",
                   "плашкоут", "сейнер", "траулер", "шаланда", "плоскодонка", "коптильня",
                   "засолка", "ледник", "сушильня"]),
    "anim": fresh(["рыболов", "удильщик", "шкипер", "лоцман", "боцман", "засольщик",
                   "коптильщик", "приёмщик", "сетевязальщица", "моторист", "юнга", "штурман",
                   "рулевой"]),
    "adj": fresh(["рыболовный", "засолочный", "копчёный", "речной", "озёрный", "донный",
                  "сетевой", "артельный"]),
}

# (case, frame with {X} and {Y}, animate nouns)
COUNT_FRAMES = fresh_frames([
    ("gen", "Лодку спустили без {X} и {Y}.", False),
    ("gen", "Возле {X} и {Y} плескалась рыба.", False),
    ("gen", "Из {X} и {Y} собрали артель.", True),
    ("gen", "Для {X} или {Y} места не нашлось.", False),
    ("dat", "Артель заплатила {X} и {Y}.", True),
    ("dat", "Рыба шла к {X} и {Y}.", False),
    ("dat", "Премии выдали {X} или {Y}.", True),
    ("ins", "Рыбаки обзавелись {X} и {Y}.", False),
    ("ins", "Шкипер командовал {X} и {Y}.", True),
    ("ins", "Между {X} и {Y} натянули сеть.", False),
    ("pre", "Весь вечер говорили о {X} и {Y}.", False),
    ("pre", "Рыбу хранили в {X} и {Y}.", False),
    ("pre", "Улов делили при {X} и {Y}.", True),
    ("acc", "Артель купила {X} и {Y}.", False),
    ("acc", "Засольщик заказал {X} и {Y}.", False),
    ("nom", "У причала качались {X} и {Y}.", False),
    ("nom", "В артель пришли {X} и {Y}.", True),
])

QTY = {"mass", "volume"}
COST = {"money", "percent"}

# (case, frame with {X} and {Y}, unit kinds)
AMOUNT_FRAMES = fresh_frames([
    ("gen", "Засольщик обошёлся без {X} соли и {Y} уксуса.", QTY),
    ("gen", "Для {X} рыбы и {Y} рассола не хватило бочек.", QTY),
    ("gen", "Без {X} или {Y} сельди сейнер не возвращался.", QTY),
    ("dat", "К {X} воды и {Y} соли добавили лавровый лист.", QTY),
    ("dat", "Кок обрадовался {X} икры и {Y} масла.", QTY),
    ("ins", "Шхуна вернулась с {X} трески и {Y} пикши.", QTY),
    ("ins", "Между {X} и {Y} разница невелика.", QTY | COST),
    ("ins", "Артель дорожила {X} улова и {Y} выручки.", QTY | COST),
    ("pre", "В {X} рассола и {Y} воды вымачивали сельдь.", QTY),
    ("pre", "Договорились о {X} улова и {Y} выручки.", QTY | COST),
    ("acc", "Сейнер сдал {X} сельди и {Y} камбалы.", QTY),
    ("nom", "В трюме лежало {X} сельди и {Y} льда.", QTY),
])


def counts(rng, part):
    case, frame, anim = unseen.pick(rng, split(COUNT_FRAMES, part))
    nouns = split(VOCAB["anim"] if anim else VOCAB["inan"], part)
    written, spoken = frame, frame
    first = None
    for slot in ("{X}", "{Y}"):
        noun = unseen.pick(rng, [n for n in nouns if n != first])
        first = noun
        adj = unseen.pick(rng, split(VOCAB["adj"], part)) if rng.random() < 0.2 and not anim \
            else None
        w, s = unseen.counted(unseen.prefer_one(rng), case, noun, adj,
                              loc2="в {X}" in frame and slot == "{X}")
        written, spoken = written.replace(slot, w), spoken.replace(slot, s)
    return written, spoken


def amounts(rng, part):
    case, frame, kinds = unseen.pick(rng, split(AMOUNT_FRAMES, part))
    units = [u for u in split(unseen_r15.UNITS, part) if u[5] in kinds]
    written, spoken = frame, frame
    for slot in ("{X}", "{Y}"):
        w, s = unseen_r3.measure_phrase(unseen.prefer_one(rng), case, unseen.pick(rng, units))
        written, spoken = written.replace(slot, w), spoken.replace(slot, s)
    return written.replace("..", "."), spoken


RU = {"coordinated_count": counts, "coordinated_amount": amounts}


def main():
    unseen.round_main("r34", RU, per_class=60, seed=233)


if __name__ == "__main__":
    main()
