"""Ninth round (issue 33): Russian across its classes, written after round 8's rules only to
measure them on text they were not written against: counted nouns after governing words no set
had in a frame, ordinals with case endings in new frames, dates and years in new frames, and
measures in units no set used (prefixed ones the rules compose and table units). Vocabulary is
checked by lemma against generate.py and rounds 1-8, frames by text; dropped if used, without
printing which. Labels: the case the template's governing word demands (num2words, pymorphy3);
a written ordinal's ending is the last letters of its reading (one after a vowel, two after a
consonant: 5-й, 5-го, 5-му, 5-м, 5-я, 5-ю, 5-е, 5-х, 5-ми); numbers whose cardinal ends the
same way in that case are left out (the first labels took "в 52-х ярусах" as an ordinal only).

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r9.py [--per-class 60] [--seed 61]

writes crates/text-normalizer/tests/data/tn-unseen/r9-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import sys

import unseen
import unseen_r2
import unseen_r3
import unseen_r4
import unseen_r8
from unseen import RU_MONTHS, counted, gender, inflect, lemma, ordinal, pick, sentence
from unseen_r2 import _lemmas, _words, split

OLD_RU_VOCAB, OLD_FRAMES = unseen_r4.after(unseen_r8)
OLD_RU_VOCAB |= _lemmas(_words([unseen_r3.RU_VOCAB, unseen.VOCAB]))


def checkers(old_vocab, old_frames):
    """`fresh` keeps the words whose lemmas no older set used, `fresh_frames` the frames no
    older set had; each says how many it dropped, not which."""
    def fresh(items, key=lambda x: x):
        keep = [x for x in items if not (_lemmas({key(x).lower()}) & old_vocab)]
        print(f"  vocabulary: {len(items) - len(keep)} of {len(items)} dropped as used",
              file=sys.stderr)
        return keep

    def fresh_frames(frames, key=lambda f: f[1]):
        keep = [f for f in frames if key(f) not in old_frames]
        print(f"  frames: {len(frames) - len(keep)} of {len(frames)} dropped as used",
              file=sys.stderr)
        return keep
    return fresh, fresh_frames


fresh, fresh_frames = checkers(OLD_RU_VOCAB, OLD_FRAMES)


# ------------------------------------------------------------------------- agreement

VOCAB = {
    "inan": fresh(["автомат", "бульвар", "вездеход", "глиссер", "дирижабль", "ледокол",
                   "погреб", "причал", "санаторий", "скит", "терминал", "трамвай", "тупик",
                   "элеватор", "балкон", "барак", "бастион", "бункер", "лицей", "мотель",
                   "интернат", "кордон", "ларёк", "зимовье"]),
    "anim": fresh(["архитектор", "водолаз", "егерь", "звонарь", "кочегар", "лесник",
                   "плотник", "сапёр", "скрипач", "стекольщик", "тренер", "шахтёр",
                   "ювелир", "юнга"]),
    "adj": fresh(["деревянный", "заброшенный", "каменный", "портовый", "пригородный",
                  "ветхий"]),
}

# (case, frame, needs an animate noun). Governing words: вдоль, напротив, вблизи,
# в окрестностях (genitive); навстречу, вопреки, посвятили (dative); над, за, залюбовались,
# пожертвовали (instrumental); в, на, о (prepositional, other frames); через, сквозь,
# отремонтировали (accusative); nominatives after a verb and after a colon.
AGREE_FRAMES = fresh_frames([
    ("gen", "Вдоль {X} тянулась ограда.", False),
    ("gen", "Напротив {X} поставили скамейки.", False),
    ("gen", "Вблизи {X} не было ни души.", False),
    ("gen", "В окрестностях {X} водятся лисы.", False),
    ("dat", "Навстречу {X} вышел отряд.", False),
    ("dat", "Памятник посвятили {X}.", True),
    ("dat", "Вопреки {X} стройка продолжилась.", True),
    ("ins", "Над {X} кружили чайки.", False),
    ("ins", "За {X} начинался лес.", False),
    ("ins", "Гости залюбовались {X}.", False),
    ("ins", "Командир пожертвовал {X}.", True),
    ("pre", "Проверка прошла на {X}.", False),
    ("pre", "Журналисты писали о {X}.", True),
    ("pre", "Свет погас в {X}.", False),
    ("acc", "Дорога шла через {X}.", False),
    ("acc", "Рабочие отремонтировали {X}.", False),
    ("acc", "Взгляд скользнул сквозь {X}.", False),
    ("nom", "Вдали показались {X}.", False),
    ("nom", "Итог проверки: {X}.", False),
])

ru_agreement = unseen_r2.agreement(VOCAB, AGREE_FRAMES, counted)


# --------------------------------------------------------------------------- ordinals

ORD = {
    "f": fresh(["аллея", "глава", "улица", "дорожка", "скамья", "клетка", "ступень", "шеренга",
                "грядка", "лунка", "кабина", "ячейка"]),
    "m": fresh(["пролёт", "ярус", "бокс", "шлюз", "блок", "отсек", "шаг", "круг", "тур",
                "раунд", "сезон", "кадр"]),
}
ORD_PL = fresh(["ярус", "шлюз", "отсек", "тур", "раунд", "сезон", "бокс", "круг"])

# (case, preposition or "", frame with {X} for the preposition and what follows; plural).
ORD_FRAMES = fresh_frames([
    ("gen", "до", "Пройдите {X}.", False),
    ("gen", "после", "Перерыв будет {X}.", False),
    ("gen", "у", "Встретимся {X}.", False),
    ("dat", "по", "Бегун шёл {X}.", False),
    ("ins", "за", "Очередь стояла {X}.", False),
    ("ins", "перед", "Остановитесь {X}.", False),
    ("pre", "о", "Речь пойдёт {X}.", False),
    ("pre", "на", "Мы живём {X}.", False),
    ("acc", "на", "Поднимитесь {X}.", False),
    ("acc", "через", "Перешагните {X}.", False),
    ("nom", "", "Впереди {X}.", False),
    ("gen", "из", "Ответы взяты {X}.", True),
    ("pre", "в", "Ошибки нашлись {X}.", True),
    ("dat", "к", "Мы готовились {X}.", True),
    ("ins", "между", "Разрыв {X} велик.", True),
])

VOWELS = set("аеёиоуыэюя")


def written_suffix(word: str) -> str:
    """The ending written after the digits: the last letter after a vowel (-й, -м, -х, -я, -ю,
    -е), the last two after a consonant (-го, -му, -ми)."""
    prev = word[-2]
    return word[-2:] if prev not in VOWELS and prev not in "ьй" else word[-1]


CASE_OC = unseen.CASE_OC


def ordinals(ord_nouns, ord_plural, frames):
    """A generator of "prep N-suffix noun" in a frame's case: an ordinal with its written
    ending, from nouns by gender (`ord_nouns`), plural nouns and `frames`."""
    def gen(rng, part):
        case, prep, frame, plural = pick(rng, split(frames, part))
        n = pick(rng, [rng.randint(2, 30), rng.randint(31, 99)])
        if plural:
            noun = lemma(pick(rng, split(ord_plural, part)))
            g = gender(noun)
            word = ordinal(n, case, g, plural=True)
            form = inflect(noun, {"plur", CASE_OC[case]})
        else:
            g = pick(rng, ["f", "m"])
            noun = lemma(pick(rng, split(ord_nouns[g], part)))
            g = gender(noun)
            word = ordinal(n, case, g)
            grams = {"sing", CASE_OC[case]}
            form = inflect(noun, grams, loc2=case == "pre" and prep in ("в", "на"))
        suffix = written_suffix(word)
        if unseen.cardinal(n, case).endswith(suffix):
            # "в 52-х ярусах", "к 2-м турам": the ending fits the cardinal too (the common
            # reading of "в 2-х томах"); such numbers are left out, as round 1 did.
            return gen(rng, part)
        w = " ".join(x for x in [prep, f"{n}-{suffix}", form] if x)
        s = " ".join(x for x in [prep, word, form] if x)
        return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))
    return gen


ru_ordinal = ordinals(ORD, ORD_PL, ORD_FRAMES)


# ------------------------------------------------------------------------------ dates

# (case of the day, frame); the month stays in the genitive, a year "N года" likewise.
DATE_FRAMES = fresh_frames([
    ("gen", "Накануне {X} шёл снег.", None),
    ("gen", "Начиная с {X} вход платный.", None),
    ("gen", "Вплоть до {X} дорога закрыта.", None),
    ("gen", "Закон вступил в силу {X}.", None),
    ("gen", "Опыт поставили {X}.", None),
    ("dat", "Подарки готовили к {X}.", None),
    ("acc", "Выставку продлили по {X}.", None),
    ("acc", "Собрание перенесли на {X}.", None),
    ("nom", "Срок сдачи: {X}.", None),
    ("ins", "Письмо датировано {X}.", None),
])

# (case, phrase with {Y}, frame with {X}).
YEAR_FRAMES = fresh_frames([
    ("gen", "с {Y} года", "Традиция жива {X}."),
    ("gen", "после {Y} г.", "Архив пополнялся {X}"),
    ("gen", "накануне {Y} года", "Страна готовилась {X}."),
    ("gen", "в течение {Y} года", "Цены росли {X}."),
    ("pre", "в {Y} году", "Театр открыли {X}."),
    ("pre", "в {Y} г.", "Книга вышла {X}"),
    ("dat", "к {Y} году", "Дорогу достроили {X}."),
    ("dat", "по {Y} год", "Он служил с детства {X}."),
    ("ins", "перед {Y} годом", "Всё решилось {X}."),
    ("ins", "между {Y} годом", "Граница пролегла {X} и нашими днями."),
    ("nom", "{Y} год", "{X} стал переломным."),
])

DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def date_phrase(rng, case: str, real_days: bool = False) -> tuple[str, str]:
    """Written "N month [Y года]" and its reading, the day in `case`; with `real_days` only
    days the month has (round 36 on; the older rounds drew any of 1-31)."""
    if real_days:
        m = rng.randrange(12)
        d = rng.randint(1, DAYS[m])
    else:
        d = rng.randint(1, 31)
        m = rng.randrange(12)
    y = rng.randint(1801, 2039)
    with_year = rng.random() < 0.5
    w = f"{d} {RU_MONTHS[m]}" + (f" {y} года" if with_year else "")
    s = f"{ordinal(d, case, 'n')} {RU_MONTHS[m]}" + (
        f" {ordinal(y, 'gen')} года" if with_year else "")
    return w, s


def dates(date_frames, year_frames):
    """A generator of a date ("N month [Y года]", the day in a frame's case) or a year with
    its noun in a phrase's case, from `date_frames` and `year_frames`."""
    def gen(rng, part):
        if rng.random() < 0.5:
            case, frame, _ = pick(rng, split(date_frames, part))
            w, s = date_phrase(rng, case)
            return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))
        case, phrase, frame = pick(rng, split(year_frames, part))
        y = rng.randint(1701, 2039)
        w = phrase.replace("{Y}", str(y))
        words = phrase.split()
        prep = [x for x in words[: words.index("{Y}")]]
        noun = words[-1]
        # "по N год": по with the accusative (the last year included).
        yc = "acc" if prep == ["по"] else case
        if noun == "г.":
            noun = unseen.YEAR_NOUN[yc]
        s = " ".join(prep + [ordinal(y, yc), noun])
        if w.endswith("г."):
            s += "."
        return sentence(frame.replace("{X}", w)), sentence(frame.replace("{X}", s))
    return gen


ru_date = dates(DATE_FRAMES, YEAR_FRAMES)


# --------------------------------------------------------------------- money and measures

UNITS = [u for u in [
    ("мкВ", "микровольт", None, None, "", "voltage"),
    ("МВ", "мегавольт", None, None, "", "voltage"),
    ("мДж", "миллиджоуль", None, None, "", "energy"),
    ("ТДж", "тераджоуль", None, None, "", "energy"),
    ("мПа", "миллипаскаль", None, None, "", "pressure"),
    ("МН", "меганьютон", None, None, "", "force"),
    ("кт", "килотонна", None, None, "", "mass"),
    ("пс", "пикосекунда", None, None, "", "time"),
    ("мкВт", "микроватт", None, None, "", "power"),
    ("мЗв", "миллизиверт", None, None, "", "dose"),
    ("га", "гектар", None, None, "", "area"),
    ("ч", "час", None, None, "", "time"),
] if not (_lemmas({u[1]}) & OLD_RU_VOCAB)]
print(f"  units: {len(UNITS)} kept", file=sys.stderr)

# Governing words: вроде, порядка, в объёме (genitive); пропорционально, подобно (dative);
# пренебречь, снабдили (instrumental); на with the prepositional after another verb;
# поменяли на, урезали на, заложили (accusative); "Составило" (nominative).
MEASURE_FRAMES = fresh_frames([
    ("gen", "Нужно что-то вроде {X}.", None),
    ("gen", "Разброс порядка {X}.", None),
    ("gen", "Поставка в объёме {X} ожидается.", None),
    ("dat", "Нагрузка растёт пропорционально {X}.", None),
    ("dat", "Подобно {X} это мелочь.", None),
    ("ins", "Можно пренебречь {X}.", None),
    ("ins", "Станцию снабдили {X}.", None),
    ("pre", "Модель остановилась на {X}.", None),
    ("acc", "Норму урезали на {X}.", None),
    ("acc", "В смету заложили {X}.", None),
    ("nom", "Составило {X}.", None),
])

ru_money_measure = unseen_r3.ru_measure(UNITS, MEASURE_FRAMES)

RU = {"agreement": ru_agreement, "ordinal": ru_ordinal, "date": ru_date,
      "money_measure": ru_money_measure}


def every_class(vocab, agree_frames, ord_nouns, ord_plural, ord_frames, date_frames,
                year_frames, units, measure_frames):
    """The classes of an every-class round (as this one's: agreement, ordinals, dates, money
    and measures) from the round's own tables."""
    return {"agreement": unseen_r2.agreement(vocab, agree_frames, counted),
            "ordinal": ordinals(ord_nouns, ord_plural, ord_frames),
            "date": dates(date_frames, year_frames),
            "money_measure": unseen_r3.ru_measure(units, measure_frames)}


def main():
    unseen.round_main("r9", RU, per_class=60, seed=61)


if __name__ == "__main__":
    main()
