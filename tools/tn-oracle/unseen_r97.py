"""Ninety-seventh round (issue 33): every Russian class again, written after round 96's rules
only to measure them, as rounds 9-38, 78, 87, 90, 91 and 94 did, by a writer who had not read
the rules: a city library, its reading room and the town archive, vocabulary no set used and
the dictionary has (checked by lemma against round 94's chain and every committed set's
inputs, dropped without printing which; words pymorphy3 does not know are left out), frames no
set had (round 94's and round 96's among them), governing words chosen as a writer would use them
(not looked up in the rules' lists): verbs of each case, some after an object or a dative
noun, simple and derived prepositions, nouns and participles that govern a case, subjects and
predicates after a dash; every unit in both parts (round 15's list twice over, as rounds 94 and
96 gave it, and a frame of every unit kind in each part); dates only on days their month has.
Labels as in round 9, with three changes found on reading the rows: "во" before "втор-" (as
"со" and "ко"), no adjective on a feminine noun after 2-4 in the nominative or accusative
(both "пыльные" and "пыльных" are in use), a share's percent no more than a hundred.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r97.py [--per-class 60] [--seed 701]

writes crates/text-normalizer/tests/data/tn-unseen/r97-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import re
import sys

import unseen
import unseen_r15
import unseen_r2
import unseen_r94
import unseen_r96
import unseen_r9
from unseen import gender, lemma
from unseen_r2 import _lemmas, _words, split
from unseen_r94 import real_dates

OLD_RU_VOCAB = unseen_r94.OLD_RU_VOCAB | _lemmas(_words([
    unseen_r94.VOCAB, unseen_r94.ORD, unseen_r94.ORD_PL])) | _lemmas(
    unseen.committed_words("r97"))
OLD_FRAMES = unseen_r94.OLD_FRAMES | unseen_r96.OLD_FRAMES | {
    f[1] for f in unseen_r94.AGREE_FRAMES + unseen_r94.DATE_FRAMES + unseen_r94.YEAR_FRAMES
    + unseen_r94.MEASURE_FRAMES + unseen_r96.GEN + unseen_r96.DAT_INS + unseen_r96.ACC
    + unseen_r96.NOM_PRE} | {f[2] for f in unseen_r94.ORD_FRAMES + unseen_r94.YEAR_FRAMES}
OLD_ORD_FRAMES = unseen_r94.OLD_ORD_FRAMES | {f[2] for f in unseen_r94.ORD_FRAMES}

_fresh, fresh_frames = unseen_r9.checkers(OLD_RU_VOCAB, OLD_FRAMES)


def fresh(words):
    """The words no older set used (`_fresh`) that pymorphy3 knows; says how many it left out
    as unknown, not which."""
    unused = _fresh(words)
    keep = [w for w in unused if unseen.morph().parse(w)[0].is_known]
    print(f"  vocabulary: {len(unused) - len(keep)} unknown to the dictionary", file=sys.stderr)
    return keep


# A city library, its reading room and the town archive.
VOCAB = {
    "inan": fresh(["папка", "брошюра", "подшивка", "альманах", "манускрипт", "рукопись",
                   "томик", "сборник", "энциклопедия", "атлас", "хрестоматия", "открытка",
                   "конверт", "дневник", "блокнот", "фотоальбом", "выписка", "черновик",
                   "записка", "календарь", "фотокарточка", "дагеротип", "тетрадка",
                   "книжечка"]),
    "anim": fresh(["читатель", "библиограф", "архивист", "хранитель", "краевед",
                   "библиотекарша", "аспирант", "исследователь", "генеалог", "первокурсник",
                   "книголюб", "букинист", "литератор", "писатель", "филолог", "методист"]),
    "adj": fresh(["пыльный", "дореволюционный", "довоенный", "потёртый", "помятый",
                  "рваный"]),
}

# (case, frame, needs an animate noun). Frames alternate between the parts (dev the even
# places, held-out the odd ones).
AGREE_FRAMES = fresh_frames([
    ("gen", "Фонды библиотеки пополнились за счёт {X}.", False),
    ("gen", "Жалобы {X} дошли до мэрии.", True),
    ("gen", "По просьбе {X} читальный зал открыли и в воскресенье.", True),
    ("gen", "Архив лишился при переезде {X}.", False),
    ("gen", "В описи архива недостаёт {X}.", False),
    ("dat", "Реставраторы вернули первоначальный вид {X}.", False),
    ("dat", "Заведующая выразила {X} признательность за помощь.", True),
    ("dat", "Директор библиотеки объявил благодарность {X}.", True),
    ("dat", "Архивист присвоил инвентарные номера {X}.", False),
    ("dat", "Доступ к {X} открыли только по запросу.", False),
    ("ins", "Архив пополнился {X}.", False),
    ("ins", "Заведующая поделилась опытом с {X}.", True),
    ("ins", "Стеллажи в подвале завалены {X}.", False),
    ("ins", "Реставратор долго возился с {X}.", False),
    ("pre", "В отчёте за квартал говорится о {X}.", True),
    ("pre", "В {X} нашли карандашные пометки.", False),
    ("pre", "Следы плесени обнаружили на {X}.", False),
    ("pre", "На выставке в фойе рассказали о {X}.", False),
    ("acc", "Архив получил в дар {X}.", False),
    ("acc", "Краевед передал библиотеке {X}.", False),
    ("acc", "Реставраторы потратили месяц на {X}.", False),
    ("nom", "Главная находка экспедиции краеведов — {X}.", False),
    ("nom", "В совет библиотеки входит {X}.", True),
    ("nom", "Под замком в хранилище лежит {X}.", False),
])

ORD = {
    "f": fresh(["папка", "подшивка", "тетрадка", "брошюра", "книжечка", "хрестоматия"]),
    "m": fresh(["сборник", "альманах", "дневник", "фотоальбом", "блокнот", "конверт"]),
}
ORD_PL = fresh(["сборник", "альманах", "дневник", "фотоальбом", "блокнот", "конверт"])

ORD_FRAMES = [f for f in [
    ("gen", "из", "Архивист вынул пожелтевший листок {X}.", False),
    ("gen", "кроме", "Все материалы уже оцифрованы, {X}.", False),
    ("dat", "к", "Архивист приложил опись {X}.", False),
    ("dat", "благодаря", "Дату переезда удалось установить {X}.", False),
    ("ins", "под", "Записку от прежнего хранителя нашли {X}.", False),
    ("ins", "с", "Архивист сверил опись {X}.", False),
    ("ins", "за", "Читатель пришёл в архив {X}.", False),
    ("pre", "в", "Краевед наткнулся на фамилию прадеда {X}.", False),
    ("pre", "о", "В каталоге нет никаких сведений {X}.", False),
    ("acc", "в", "Библиотекарша вложила закладку {X}.", False),
    ("acc", "на", "Аспирант сослался в диссертации {X}.", False),
    ("nom", "", "Реставрации в первую очередь требует {X}.", False),
    ("gen", "из", "Письма вынули {X} обеих коробок.", True),
    ("pre", "в", "Карандашные пометки нашли {X} всех комплектов.", True),
    ("dat", "к", "Библиограф составил примечания {X} каждого комплекта.", True),
] if f[2] not in OLD_ORD_FRAMES]

DATE_FRAMES = fresh_frames([
    ("gen", "Библиотека на Садовой открылась после ремонта {X}.", None),
    ("gen", "Вечером {X} в читальном зале выступил известный писатель.", None),
    ("gen", "С {X} библиотека работает по новому графику.", None),
    ("acc", "В ночь на {X} в подвале архива прорвало трубу.", None),
    ("gen", "Выставка старинных атласов продлится до {X}.", None),
    ("dat", "Выставку краеведов приурочили к {X}.", None),
    ("acc", "Презентацию нового альманаха назначили на {X}.", None),
    ("nom", "Последний день приёма заявок на конкурс краеведов — {X}.", None),
    ("dat", "Электронный каталог обещают запустить к {X}.", None),
    ("ins", "Самое раннее письмо в семейном архиве датируется {X}.", None),
    ("gen", "Запись на экскурсию по хранилищу откроется после {X}.", None),
])

YEAR_FRAMES = fresh_frames([
    ("gen", "знойным летом {Y} года", "Архив перевезли в подвал ратуши {X}."),
    ("gen", "вплоть до пожара {Y} года", "Старинные рукописи хранились в соборе {X}."),
    ("gen", "по переписи {Y} года", "{X} в уезде насчитывалось всего три библиотеки."),
    ("gen", "в течение всего {Y} года", "Читальный зал ремонтировали {X}."),
    ("gen", "начиная с осени {Y} года", "Библиотека выдаёт книги на дом {X}."),
    ("pre", "уже в {Y} году", "Фонд библиотеки перевалил за сто тысяч книг {X}."),
    ("pre", "о неурожайном {Y} годе", "Краевед нашёл в архиве письма {X}."),
    ("pre", "в юбилейном {Y} году", "Библиотеке присвоили имя писателя {X}."),
    ("acc", "в план на {Y} год", "Оцифровку старых газет включили {X}."),
    ("acc", "за весь отчётный {Y} год", "Архив получил лишь два запроса от генеалогов {X}."),
    ("acc", "с первого номера по {Y} год",
     "В подшивках собраны выпуски городской газеты {X}."),
    ("dat", "уже к {Y} году", "Половину фонда перевели в электронный вид {X}."),
    ("dat", "лишь ближе к {Y} году", "Библиотека переехала в новое здание {X}."),
    ("ins", "перед самым Новым {Y} годом",
     "Библиотеку перевели в бывший купеческий особняк {X}."),
    ("ins", "датирована {Y} годом", "Самая старая карта в архиве {X}."),
    ("nom", "наступил {Y} год", "Лишь когда {X}, читальный зал открылся снова."),
])

# Round 15's units, each listed twice: the alternating split gives both parts every unit.
UNITS = [u for u in unseen_r15.UNITS for _ in range(2)]
KINDS = {u[5] for u in UNITS}

# (case, frame, unit kinds it fits); each kind in an even and an odd place (dev and held-out
# part alike).
MEASURE_FRAMES = fresh_frames([
    ("gen", "Мэрия выделила библиотеке на ремонт крыши около {X}.", {"money"}),
    ("gen", "Читателю, потерявшему редкую книгу, назначили штраф в размере {X}.",
     {"money"}),
    ("acc", "Из затопленного подвала архива откачали {X} воды.", {"volume"}),
    ("nom", "Ёмкость бака системы пожаротушения в хранилище — {X}.", {"volume"}),
    ("ins", "Транспортная компания ограничивает вес книжных посылок {X}.", {"mass"}),
    ("acc", "Весы на приёмке макулатуры показали {X}.", {"mass"}),
    ("gen", "Заказанную книгу приносят из хранилища в течение {X}.", {"time"}),
    ("acc", "Реставратор отмачивал пожелтевший лист в растворе {X}.", {"time"}),
    ("acc", "Число записавшихся в библиотеку за год выросло на {X}.", {"percent"}),
    ("pre", "Следы плесени нашли почти в {X} старых подшивок.", {"percent"}),
    ("pre", "Парк при библиотеке раскинулся на {X}.", {"area"}),
    ("acc", "Под новое книгохранилище мэрия отвела {X} земли.", {"area"}),
    ("nom", "Суммарная мощность ламп в читальном зале — {X}.", {"power"}),
    ("dat", "Потребление новой климатической установки архива близко к {X}.", {"power"}),
    ("gen", "Погрешность старых топографических съёмок уезда — около {X}.", {"length"}),
    ("acc", "Старинная карта уезда местами ошибается на {X}.", {"length"}),
    ("dat", "Задолженность библиотеки перед типографией равна {X}.", {"money"}),
    ("ins", "Городской фонд поддержал издание альманаха {X}.", {"money"}),
])


def covered(frames, kinds):
    """Exits if a part's measure frames leave one of `kinds` out (after the used-frame check
    has dropped some)."""
    for part in ("dev", "held"):
        missing = kinds - set().union(*(f[2] for f in split(frames, part)))
        if missing:
            sys.exit(f"measure {part}: no frame for {sorted(missing)}")
    return frames


def counted(n: int, case: str, noun: str, adj: str | None = None, loc2: bool = False):
    """unseen.counted, without the adjective of a feminine noun after 2-4 in the nominative
    and accusative, where both "две пыльные записки" and "две пыльных записки" are in use."""
    if adj and case in ("nom", "acc") and unseen.few(n) and gender(lemma(noun)) == "f":
        adj = None
    return unseen.counted(n, case, noun, adj, loc2=loc2)


# Frames whose percent is a share of a whole: no more than a hundred.
SHARES = ["Следы плесени нашли почти в {X} старых подшивок."]


def shares(gen, share_frames):
    """The measure generator with the percent of a frame of `share_frames` (a share) drawn
    again while it is over 100."""
    def real(rng, part):
        while True:
            w, s = gen(rng, part)
            m = re.search(r"(\d+)%", w)
            share = any(w.startswith(f.split("{X}")[0]) and w.endswith(f.split("{X}")[1])
                        for f in share_frames)
            if not (share and m and int(m.group(1)) > 100):
                return w, s
    return real


def vo(gen):
    """A generator whose reading says "во" for "в" before "второй" ("во второй",
    "во вторую"), as `unseen.ob` says "со" and "ко" there."""
    def said(rng, part):
        w, s = gen(rng, part)
        return w, re.sub(r"(^|\s)([Вв]) (?=втор)", r"\1\2о ", s)
    return said


RU = unseen_r9.every_class(VOCAB, AGREE_FRAMES, ORD, ORD_PL, ORD_FRAMES, DATE_FRAMES,
                           YEAR_FRAMES, UNITS, covered(MEASURE_FRAMES, KINDS))
RU["agreement"] = unseen_r2.agreement(VOCAB, AGREE_FRAMES, counted)
RU["date"] = real_dates(RU["date"])
RU["ordinal"] = vo(RU["ordinal"])
RU["money_measure"] = shares(RU["money_measure"], SHARES)


def main():
    unseen.round_main("r97", RU, per_class=60, seed=701)


if __name__ == "__main__":
    main()
