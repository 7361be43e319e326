"""Eighty-second round (issue 33), Russian: what people type in reviews, chats and notes, found by
typing such sentences at the normalizer.
- A multi-part abbreviation opening a sentence ("Т. е. никто не пришёл", "Т. к. поезд ушёл",
  "Т. н. эксперты", "Т.е."): "То есть", "Так как", "Так называемые"; the "Т." was read as a
  volume ("Том е.", "Томе.").
- A rating over 5 or 10 with a slash ("оценка 4,5/5", "поставил 8/10"): "четыре целых пять
  десятых из пяти", "восемь из десяти"; it was read "четыре,пять пятых".
- A version of two parts after "версия" or a "v" ("версия 2.0", "v3.1"): "версия два точка
  ноль"; it was read as a decimal ("две целых ноль десятых").
Controls: initials before a surname ("А. Т. Твардовский"), "Т. 2" before a number (том два),
a fraction of an amount ("2/3 бюджета").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r82.py [--per-class 24] [--seed 557]

writes crates/text-normalizer/tests/data/tn-unseen/r82-ru-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import cardinal, pick
from unseen_r2 import split

OPENERS = [("Т. е.", "То есть"), ("Т.е.", "То есть"), ("Т. к.", "Так как"),
           ("Т.к.", "Так как"), ("Т. н.", "Так называемые")]
OPENER_TAILS = {
    "То есть": ["никто не пришёл.", "план сорвался.", "денег больше нет.", "всё придётся переделать.",
                "завтра выходной.", "поезд ушёл без нас.", "отчёт опоздает.", "ключи потеряны.",
                "ужин отменяется.", "склад пуст."],
    "Так как": ["поезд ушёл, мы остались.", "дождь не кончался, матч перенесли.",
                "склад закрыт, отгрузки нет.", "свет отключили, все ушли.",
                "мост разобрали, едем в объезд.", "касса не работала, билеты не продали.",
                "лифт сломан, идём пешком.", "врач заболел, приём отменили.",
                "снег не чистили, автобус встал.", "сеть упала, письма не ушли."],
    "Так называемые": ["эксперты промолчали.", "меценаты исчезли.", "реформы ничего не дали.",
                       "друзья не позвонили.", "каникулы прошли в офисе.",
                       "удобства оказались во дворе.", "льготы отменили.", "новинки устарели.",
                       "гости не пришли.", "советы не помогли."],
}

RATING_FRAMES = ["Пользователи дали приложению оценку {R}.", "Я бы поставил фильму {R}.",
                 "Отель получил {R} от гостей.", "Критики оценили альбом на {R}.",
                 "Средний балл курса — {R}.", "Рейтинг ресторана упал до {R}."]
RATING_CASES = {"Пользователи дали приложению оценку {R}.": "nom",
                "Я бы поставил фильму {R}.": "nom", "Отель получил {R} от гостей.": "nom",
                "Критики оценили альбом на {R}.": "nom", "Средний балл курса — {R}.": "nom",
                "Рейтинг ресторана упал до {R}.": "gen"}

VERSION_FRAMES = ["Вышла версия {V}.", "Обновитесь до версии {V}.", "В версии {V} исправили ошибку.",
                  "Сборку {V} уже выложили.", "Поддержку v{V} прекратят в мае.",
                  "Мы до сих пор сидим на v{V}."]


def opener(rng, part):
    written, word = pick(rng, OPENERS)
    tail = pick(rng, split(OPENER_TAILS[word], part))
    return f"{written} {tail}", f"{word} {tail}"


def rating(rng, part):
    frame = pick(rng, split(RATING_FRAMES, part))
    case = RATING_CASES[frame]
    out_of = pick(rng, [5, 10])
    # From two up: after "получил", "дали оценку" one would be "одну целую" or "один" by what
    # it rates; two and more read alike in the nominative and the accusative.
    if out_of == 5 and rng.random() < 0.6:
        whole, tenth = rng.randint(2, 4), rng.randint(2, 9)
        written = f"{whole},{tenth}"
        w_case = "gen" if case == "gen" else "nom"
        whole_word = cardinal(whole, w_case, "f")
        if case == "gen":
            tenth_word = cardinal(tenth, "gen", "f")
            spoken = f"{whole_word} {'целой' if whole == 1 else 'целых'} {tenth_word} {'десятой' if tenth == 1 else 'десятых'}"
        else:
            tenth_word = cardinal(tenth, "nom", "f")
            spoken = f"{whole_word} {'целая' if whole == 1 else 'целых'} {tenth_word} {'десятая' if tenth == 1 else 'десятых'}"
    else:
        n = rng.randint(2, out_of)
        written = str(n)
        # The number counts points or marks (два балла) or agrees with оценка (две): both
        # accepted (after the first scoring).
        spoken = " ‖ ".join(dict.fromkeys(cardinal(n, case, g) for g in ("m", "f")))
    readings = [frame.replace("{R}", f"{sp} из {cardinal(out_of, 'gen')}") for sp in spoken.split(" ‖ ")]
    return frame.replace("{R}", f"{written}/{out_of}"), " ‖ ".join(readings)


# "v" is the word версия in the case its place asks (first labelled "версия" in every case;
# corrected after the first scoring, which read all of them as misses either way).
V_WORD = {"Поддержку v{V} прекратят в мае.": "версии ", "Мы до сих пор сидим на v{V}.": "версии "}


def version(rng, part):
    frame = pick(rng, split(VERSION_FRAMES, part))
    a, b = rng.randint(1, 15), rng.randint(0, 9)
    spoken_v = V_WORD.get(frame, "")
    written = frame.replace("{V}", f"{a}.{b}")
    spoken = frame.replace("v{V}", "{V}").replace("{V}", f"{spoken_v}{cardinal(a, 'nom')} точка {cardinal(b, 'nom')}")
    return written, spoken


def control(rng, part):
    k = rng.randrange(3)
    if k == 0:
        first, mid = pick(rng, ["А.", "И.", "Н.", "В."]), pick(rng, ["Т.", "Е.", "К."])
        surname = pick(rng, split(["Твардовский", "Кузнецова", "Орлов", "Белова", "Зайцев",
                                   "Миронова"], part))
        return f"Стихи написал {first} {mid} {surname}.", f"Стихи написал {first} {mid} {surname}."
    if k == 1:
        n = rng.randint(1, 12)
        frame = pick(rng, split(["Т. {N} посвящён войне.", "См. т. {N}, там всё есть."], part))
        word = "Том" if frame.startswith("Т.") else "том"
        spoken = frame.replace("Т. {N}", f"{word} {cardinal(n, 'nom')}").replace(
            "т. {N}", f"том {cardinal(n, 'nom')}").replace("См.", "Смотри")
        return frame.replace("{N}", str(n)), spoken
    d = pick(rng, [3, 4, 5])
    n = rng.randint(1, d - 1)
    frame = pick(rng, split(["На ремонт ушло {F} бюджета.", "Около {F} урожая погибло."], part))
    names = {3: ("третья", "третьих"), 4: ("четвёртая", "четвёртых"), 5: ("пятая", "пятых")}
    if frame.startswith("Около"):
        num = cardinal(n, "gen", "f")
        den = "третьей" if (d, n) == (3, 1) else ("четвёртой" if (d, n) == (4, 1) else ("пятой" if (d, n) == (5, 1) else names[d][1]))
    else:
        num = cardinal(n, "nom", "f")
        den = names[d][0] if n == 1 else names[d][1]
    reading = frame.replace("{F}", f"{num} {den}")
    # Thirds and quarters also have nouns of their own ("одна треть", "две трети", "три
    # четверти"): both accepted (after the first scoring counted "треть" a miss).
    nouns = {"третья": "треть", "третьих": "трети", "третьей": "трети", "четвёртая": "четверть",
             "четвёртых": "четверти", "четвёртой": "четверти"}
    if den in nouns:
        reading += " ‖ " + frame.replace("{F}", f"{num} {nouns[den]}")
    return frame.replace("{F}", f"{n}/{d}"), reading


RU = {"opener": opener, "rating": rating, "version": version, "control": control}


def main():
    unseen.round_main("r82", RU, per_class=24, seed=557)


if __name__ == "__main__":
    main()
