"""Thirty-ninth round (issue 33): a number whose phrase is the genitive attribute of the noun
right before it, the class text written by others misses most (the Common Voice and fortunes
frames' dev halves and the treebank: "Автор 16 книг", "цель 7 плотов", read as classes, not as
sentences to fit):
- after a noun that opens its clause and is the subject of a verb after the phrase ("Владелец
  12 ульев получил грант"), after a short noun ("осмотр 5 ульев"), after a value noun when the
  number counts things or a quantity of goods follows ("Вес 10 рамок", "Цена 1 кг мёда"), after
  a noun in a prepositional phrase that is not a place ("на состояние 4 пчелосемей"), after a
  dative or instrumental head: the genitive;
- controls where the number is not the noun's attribute: a time a subject spends ("Пасека 3
  года стояла без присмотра"), a second object after a dative ("подарил соседу 5 ульев"),
  a value given ("Высота летка 8 мм"), a count after a place ("На хуторе 5 пасек"), an age
  ("Старому пасечнику 80 лет"): the nominative or accusative.
Written before any rule for it, with a setting no set had (an apiary), vocabulary checked by
lemma against every older set; frames alternate between the halves. Labels as in round 9.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r39.py [--per-class 60] [--seed 263]

writes crates/text-normalizer/tests/data/tn-unseen/r39-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
import unseen_r3
import unseen_r38
import unseen_r9
from unseen import counted, pick, sentence
from unseen_r2 import _lemmas, _words, split

OLD_RU_VOCAB = unseen_r38.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r38.VOCAB, unseen_r38.ORD, unseen_r38.ORD_PL]))
OLD_FRAMES = unseen_r38.OLD_FRAMES | {
    f[1] for f in unseen_r38.AGREE_FRAMES + unseen_r38.DATE_FRAMES + unseen_r38.YEAR_FRAMES
    + unseen_r38.MEASURE_FRAMES}

fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)

# Counted things of an apiary (inanimate), its people (animate), goods after a unit.
INAN = fresh(["улей", "рамка", "пасека", "роевня", "дымарь", "медогонка", "кормушка",
              "колода", "борть", "пчелосемья", "омшаник", "лежак", "поилка", "сотовик",
              "воскотопка", "пчелопакет", "маточник", "изолятор", "подрамник", "кассета",
              "потолочина", "ловушка", "медовик", "утеплитель", "подставка", "магазинник",
              "холстик", "подкормщик"])
ANIM = fresh(["пасечник", "пчеловод", "бортник", "пчеловодка", "матковод", "медовар",
              "роевщик", "омшанник"])
GOODS = fresh(["мёд", "воск", "перга", "прополис", "сироп", "забрус"],
              key=lambda w: w)
GOODS_GEN = {"мёд": "мёда", "воск": "воска", "перга": "перги", "прополис": "прополиса",
             "сироп": "сиропа", "забрус": "забруса"}
MASS = [("кг", "килограмм", None, None, "", "mass"), ("т", "тонна", None, None, "", "mass"),
        ("ц", "центнер", None, None, "", "mass"), ("л", "литр", None, None, "", "volume")]
SIZE = [("мм", "миллиметр", None, None, "", "length"),
        ("см", "сантиметр", None, None, "", "length")]
WEIGHT = [("кг", "килограмм", None, None, "", "mass")]
MONEY = [("руб.", "рубль", None, None, "", "money")]
# A time a subject spends, an age: words every text has, the point of the control.
TIME = ["неделя", "месяц", "год", "день"]
AGE = ["год"]

# (case, frame, what the number counts)
ATTRIBUTE_FRAMES = fresh_frames([
    ("gen", "Владелец {X} получил грант на расширение.", "inan"),
    ("gen", "Продажа {X} окупила новую медогонку.", "goods"),
    ("gen", "Хозяин {X} живёт на хуторе за рекой.", "inan"),
    ("gen", "Стоимость {X} выросла вдвое.", "goods"),
    ("gen", "Перевозка {X} обошлась пасечнику недёшево.", "inan"),
    ("gen", "Цена {X} на ярмарке упала.", "goods"),
    ("gen", "Судьба {X} решится после зимовки.", "inan"),
    ("gen", "Инспектор заинтересовался происхождением {X}.", "goods"),
    ("gen", "Пасечник начал осмотр {X}.", "inan"),
    ("gen", "Запах {X} привлёк медведя.", "goods"),
    ("gen", "Однако владелица {X} отказалась продавать хутор.", "inan"),
    ("gen", "Соседи помогли хозяйке {X} с переездом.", "inan"),
    ("gen", "Вес {X} оказался больше, чем в прошлом году.", "inan"),
    ("gen", "Пчеловод пожаловался на состояние {X}.", "inan"),
    ("gen", "Про вывоз {X} на луга договорились заранее.", "inan"),
    ("gen", "Гибель {X} пасечник объяснил клещом.", "inan"),
    ("gen", "Ремонт {X} затянулся до осени.", "inan"),
    ("gen", "Без помощи {X} с роем не справиться.", "anim"),
    ("gen", "Все рамки {X} заполнены сотами.", "inan"),
    ("gen", "Пасечник записал в тетрадь номера {X}.", "inan"),
    ("gen", "Медовар хвалил качество {X}.", "goods"),
    ("gen", "Зимовка {X} прошла без потерь.", "inan"),
])

CONTROL_FRAMES = fresh_frames([
    ("acc", "Пасека {X} стояла без присмотра.", "time"),
    ("acc", "Пасечник подарил соседу {X}.", "inan"),
    ("nom", "Высота летка {X}.", "size"),
    ("nom", "На хуторе {X}.", "inan"),
    ("acc", "Улей {X} пустовал после роения.", "time"),
    ("acc", "Ферма продала кондитерской {X}.", "goods"),
    ("nom", "Старому пасечнику {X}.", "age"),
    ("nom", "Вес улья с мёдом {X}.", "weight"),
    ("acc", "Бригада {X} перевозила ульи на гречиху.", "time"),
    ("acc", "Медведь за ночь разорил у соседа {X}.", "inan"),
    ("nom", "Цена мёда на рынке {X}.", "money"),
    ("nom", "В каждом омшанике {X}.", "inan"),
    ("acc", "Кооператив отправил покупателю {X}.", "goods"),
    ("acc", "Хозяйка продала соседке {X}.", "inan"),
])


def phrase(rng, part, case, kind):
    """Written "N ..." and its reading in `case` for what the frame counts."""
    n = unseen.prefer_one(rng)
    if kind in ("time", "age"):
        # A time or an age: under a hundred, and "лет" where the count takes a plural.
        w, s = counted(n % 100 or 1, case, pick(rng, TIME if kind == "time" else AGE))
        return w.replace(" годов", " лет"), s.replace(" годов", " лет")
    if kind in ("inan", "anim"):
        return counted(n, case, pick(rng, split(INAN if kind == "inan" else ANIM, part)))
    units = {"goods": MASS, "size": SIZE, "weight": WEIGHT, "money": MONEY}[kind]
    w, s = unseen_r3.measure_phrase(n, case, pick(rng, units))
    if kind == "goods":
        g = GOODS_GEN[pick(rng, split(GOODS, part))]
        w, s = f"{w} {g}", f"{s} {g}"
    return w, s


def generator(frames):
    def gen(rng, part):
        case, frame, kind = pick(rng, split(frames, part))
        w, s = phrase(rng, part, case, kind)
        return (sentence(frame.replace("{X}", w)).replace("..", "."),
                sentence(frame.replace("{X}", s)))
    return gen


RU = {"noun_attribute": generator(ATTRIBUTE_FRAMES),
      "attribute_control": generator(CONTROL_FRAMES)}


def main():
    unseen.round_main("r39", RU, per_class=60, seed=263)


if __name__ == "__main__":
    main()
