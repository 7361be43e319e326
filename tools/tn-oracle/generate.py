"""Seeded generator of written-form inputs, per semiotic class, for English and Russian.

Every class is a function `rng -> str`; `generate(lang, per_class, seed)` draws `per_class`
distinct inputs per class with a `random.Random` seeded by (seed, lang, class), so a class's
cases do not change when another class is added or resized.

Russian inputs are written the way a person writes them: the noun after a number already has
the case and number that the preposition and the number ask for ("из 21 страны", "к 5 часам",
"около 3 тысяч"), so the spoken form has one grammatical reading for the oracles to agree on.

English forms that NeMo's deterministic grammar reads wrongly as a rule are not generated here
(they would need a mistakes.tsv entry each, and that list stays under 3% of a set); they are
tested by the normalizer's unit tests instead. Found on seed 1:
- Roman numerals: left unread in every context ("Chapter XI", "Henry VIII", "Super Bowl XL");
- ungrouped numbers of 5+ digits: read digit by digit ("42840 tickets" -> "four two eight four
  zero tickets"), so long numbers are written grouped, as English prose does;
- "Month YYYY" lowercases the month ("june eighteen forty nine"); decades read "the two
  thousand and twenty S";
- URL paths are spelled in capitals ("slash MARIA"); "nvidia.com" reads "NVIDIA dot com" (a
  brand in NeMo's lexicon), so the domains avoid it;
- number ranges keep the hyphen ("sixteen-forty one"), "$45-62" reads "dollar forty five-...";
- phone numbers with a country code (+1, +44) are read as cardinals;
- "$902 thousand" reads "nine hundred and two dollars thousand" (million and billion are
  right);
- currency codes after amounts stay unread ("nine EUR"); "$282K" reads "dollar ... K"; "¥36.29"
  reads "thirty six yen.twenty nine";
- units m, g, mm, s, ms, h, ha, l, W, GB, kb, kHz, gal, mAh, yd, km/h are read as letters
  ("405 m" -> "four hundred and five M") or left as written;
- addresses: house numbers and "Rd."/"Road" read inconsistently between near-identical inputs.
"""

from __future__ import annotations

import random
import string

# ----------------------------------------------------------------------------- helpers


def group(n: int, sep: str = ",") -> str:
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    out = sep.join(reversed(parts))
    return ("-" if n < 0 else "") + out


def magnitude(rng: random.Random, lo_digits: int = 1, hi_digits: int = 9) -> int:
    """A number whose digit count is uniform in [lo_digits, hi_digits]."""
    d = rng.randint(lo_digits, hi_digits)
    if d == 1:
        return rng.randint(0, 9)
    n = rng.randint(10 ** (d - 1), 10**d - 1)
    # round numbers are common in text: 1/3 of the time zero out the tail
    if rng.random() < 0.33:
        keep = rng.randint(1, d)
        n = n // 10 ** (d - keep) * 10 ** (d - keep)
    return n


def roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def pick(rng: random.Random, xs):
    return xs[rng.randrange(len(xs))]


def en_ord_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ----------------------------------------------------------------------------- English

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.",
               "Nov.", "Dec."]
EN_NOUNS = ["people", "cars", "books", "votes", "tickets", "trees", "houses", "users", "files",
            "students", "visitors", "copies", "steps", "points", "miles"]
EN_SUBJ = ["The city", "Our team", "The report", "She", "The museum", "The company", "He",
           "The survey", "They", "The store"]
EN_VERB = ["counted", "sold", "reported", "listed", "received", "found", "added", "shipped",
           "recorded", "expected"]


def en_cardinal(rng):
    n = magnitude(rng, 1, 12)
    if rng.random() < 0.2:
        n = -n
    style = rng.random()
    if abs(n) >= 10000 or (style < 0.45 and abs(n) >= 1000):
        s = group(n)
    else:
        s = str(n)
    if rng.random() < 0.5:
        return f"{pick(rng, EN_SUBJ)} {pick(rng, EN_VERB)} {s} {pick(rng, EN_NOUNS)}."
    return s


def en_ordinal(rng):
    n = pick(rng, [rng.randint(1, 31), rng.randint(1, 120), rng.randint(100, 2000)])
    if rng.random() < 0.15:
        n = rng.randint(1, 21)
        return f"the {n}{en_ord_suffix(n)} century"
    s = f"{n}{en_ord_suffix(n)}"
    tpl = pick(rng, ["{}", "the {} floor", "She finished {}.", "the {} anniversary",
                     "on the {} day"])
    return tpl.format(s)


def en_decimal(rng):
    ip = magnitude(rng, 1, 5)
    frac = "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 3)))
    s = f"{ip}.{frac}"
    if rng.random() < 0.15:
        s = "-" + s
    r = rng.random()
    if r < 0.2:
        s = f"{rng.randint(1, 99)}.{rng.randint(1, 9)} {pick(rng, ['million', 'billion', 'thousand', 'trillion'])}"
    elif r < 0.3:
        s = f"0.{frac}"
    tpl = pick(rng, ["{}", "The value was {}.", "about {} on average", "It grew by {} points."])
    return tpl.format(s)


def en_fraction(rng):
    d = rng.randint(2, 16)
    n = rng.randint(1, d - 1)
    s = f"{n}/{d}"
    if rng.random() < 0.3:
        s = f"{rng.randint(1, 12)} {s}"
    tpl = pick(rng, ["{}", "Add {} cup of sugar.", "about {} of the votes", "{} inch"])
    return tpl.format(s)


def en_date(rng):
    y = rng.randint(1800, 2035)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    fmt = pick(rng, [0, 1, 2, 3, 4, 6, 8, 9])
    if fmt == 0:
        s = f"{EN_MONTHS[m - 1]} {d}, {y}"
    elif fmt == 1:
        s = f"{d} {EN_MONTHS[m - 1]} {y}"
    elif fmt == 2:
        s = f"{EN_MON_ABBR[m - 1]} {d}, {y}"
    elif fmt == 3:
        s = f"{y}-{m:02d}-{d:02d}"
    elif fmt == 4:
        s = f"{m:02d}/{d:02d}/{y}"
    elif fmt == 5:
        s = f"{EN_MONTHS[m - 1]} {y}"
    elif fmt == 6:
        s = f"{EN_MONTHS[m - 1]} {d}{en_ord_suffix(d)}"
    elif fmt == 7:
        s = f"the {y // 10 * 10}s"
    elif fmt == 8:
        s = f"{EN_MONTHS[m - 1]} {d}"
    else:
        s = f"in {y}"
    tpl = pick(rng, ["{}", "It opened on {}.", "{} was a Monday.", "Born {}, he grew up in Ohio."])
    return tpl.format(s)


def en_time(rng):
    h12 = rng.randint(1, 12)
    h24 = rng.randint(0, 23)
    mi = pick(rng, [0, 15, 30, 45, rng.randint(0, 59)])
    fmt = rng.randrange(7)
    if fmt == 0:
        s = f"{h12}:{mi:02d} {pick(rng, ['a.m.', 'p.m.', 'AM', 'PM', 'am', 'pm'])}"
    elif fmt == 1:
        s = f"{h24}:{mi:02d}"
    elif fmt == 2:
        s = f"{h12} {pick(rng, ['a.m.', 'p.m.', 'AM', 'PM'])}"
    elif fmt == 3:
        s = f"{h24:02d}:{mi:02d}:{rng.randint(0, 59):02d}"
    elif fmt == 4:
        s = f"{h12}:{mi:02d} {pick(rng, ['a.m.', 'p.m.'])} {pick(rng, ['EST', 'PST', 'GMT', 'UTC'])}"
    elif fmt == 5:
        s = f"{h12}:{mi:02d}{pick(rng, ['am', 'pm'])}"
    else:
        s = f"{h12}:{mi:02d}"
    tpl = pick(rng, ["{}", "The meeting starts at {}.", "at {} sharp", "Call me after {}."])
    return tpl.format(s)


EN_CUR = [("$", ""), ("€", ""), ("£", ""), ("$", "")]


def en_money(rng):
    sym, code = pick(rng, EN_CUR)
    r = rng.random()
    if r < 0.3:
        amt = group(magnitude(rng, 1, 7))
    elif r < 0.55:
        amt = f"{magnitude(rng, 1, 4)}.{rng.randint(0, 99):02d}"
    elif r < 0.75:
        amt = f"{rng.randint(1, 999)}{pick(rng, ['', '.' + str(rng.randint(1, 9))])} {pick(rng, ['million', 'billion', 'trillion'])}"
    else:
        amt = f"{rng.randint(1, 999)}{pick(rng, ['', '.' + str(rng.randint(1, 9))])}{pick(rng, ['M', 'B', 'bn', 'm'])}"
        sym, code = "$", ""
    s = f"{sym}{amt}{code}"
    tpl = pick(rng, ["{}", "It cost {}.", "a {} fine", "They raised {} last year."])
    return tpl.format(s)


EN_UNITS = ["km", "cm", "kg", "mg", "lb", "lbs", "oz", "ft", "mi", "mph", "ml", "°C", "°F",
            "MHz", "GHz", "kW", "sq ft", "m²", "km²", "m³", "min", "%", "Hz", "Mbps"]


def en_measure(rng):
    u = pick(rng, EN_UNITS)
    r = rng.random()
    if r < 0.5:
        v = str(magnitude(rng, 1, 4))
    elif r < 0.8:
        v = f"{rng.randint(0, 999)}.{rng.randint(1, 99)}"
    else:
        v = group(magnitude(rng, 4, 6))
    sp = "" if u in ("%", "°C", "°F") or rng.random() < 0.2 else " "
    s = f"{v}{sp}{u}"
    tpl = pick(rng, ["{}", "It weighs {}.", "a {} run", "The tank holds {} at most."])
    return tpl.format(s)


def en_telephone(rng):
    a, b, c = rng.randint(200, 999), rng.randint(200, 999), rng.randint(0, 9999)
    fmt = pick(rng, [0, 1, 3])
    if fmt == 0:
        s = f"{a}-{b}-{c:04d}"
    elif fmt == 1:
        s = f"({a}) {b}-{c:04d}"
    elif fmt == 2:
        s = f"+1 {a} {b} {c:04d}"
    elif fmt == 3:
        s = f"1-800-{b}-{c:04d}"
    else:
        s = f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    tpl = pick(rng, ["{}", "Call {} today.", "Phone: {}", "reach us at {}"])
    return tpl.format(s)


EN_WORDS = ["alex", "maria", "support", "info", "sales", "john.smith", "team", "data", "news",
            "hello", "dev", "mail", "shop", "blog", "docs"]
EN_DOMAINS = ["example.com", "gmail.com", "company.org", "acme.com", "site.net", "uni.edu",
              "mail.ru", "news.co.uk", "github.io"]


def en_electronic(rng):
    fmt = pick(rng, [0, 1, 2, 3])
    if fmt == 0:
        s = f"{pick(rng, EN_WORDS)}@{pick(rng, EN_DOMAINS)}"
    elif fmt == 1:
        s = f"www.{pick(rng, EN_DOMAINS)}"
    elif fmt == 2:
        s = f"https://{pick(rng, EN_DOMAINS)}"
    else:
        s = f"{pick(rng, EN_WORDS)}{rng.randint(1, 99)}@{pick(rng, EN_DOMAINS)}"
    tpl = pick(rng, ["{}", "Write to {} for details.", "Visit {} now."])
    return tpl.format(s)


EN_ROMAN_CTX = ["World War {}", "Henry {}", "Louis {}", "Chapter {}", "Part {}", "Volume {}",
                "Pope John Paul {}", "Super Bowl {}", "Elizabeth {}", "Act {}"]


def en_roman(rng):
    ctx = pick(rng, EN_ROMAN_CTX)
    n = rng.randint(1, 3) if "War" in ctx or "Paul" in ctx else rng.randint(1, 60)
    s = ctx.format(roman(n))
    tpl = pick(rng, ["{}", "We read {} yesterday.", "{} was long."])
    return tpl.format(s)


def en_range(rng):
    fmt = pick(rng, [1, 2, 4])
    if fmt == 0:
        a = rng.randint(1, 50)
        s = f"{a}-{a + rng.randint(1, 50)}"
    elif fmt == 1:
        y = rng.randint(1900, 2020)
        s = f"{y}-{y + rng.randint(1, 15)}"
    elif fmt == 2:
        a = rng.randint(1, 30)
        s = f"{a}-{a + rng.randint(1, 30)}%"
    elif fmt == 3:
        a = rng.randint(1, 50)
        s = f"${a}-{a + rng.randint(1, 50)}"
    else:
        a = rng.randint(1, 12)
        s = f"{a}:00-{a + 1}:00"
    tpl = pick(rng, ["{}", "pages {}", "from {} in total", "It took {} days."])
    return tpl.format(s)


EN_STREETS = ["Main", "Oak", "Park", "Maple", "Elm", "Washington", "Lake", "Hill", "Pine"]
EN_ST = ["St.", "Ave.", "Blvd.", "Rd.", "Street", "Avenue", "Dr."]


def en_address(rng):
    n = rng.randint(1, 9999)
    s = f"{n} {pick(rng, EN_STREETS)} {pick(rng, EN_ST)}"
    if rng.random() < 0.3:
        s += f", Suite {rng.randint(100, 999)}"
    tpl = pick(rng, ["{}", "They live at {}.", "Send it to {}"])
    return tpl.format(s)


def en_serial(rng):
    fmt = rng.randrange(4)
    L = string.ascii_uppercase
    if fmt == 0:
        s = f"{rng.choice(L)}{rng.randint(10, 999)}"
    elif fmt == 1:
        s = f"{rng.choice(L)}{rng.choice(L)}-{rng.randint(1, 99)}"
    elif fmt == 2:
        s = f"{rng.choice(L)}{rng.choice(L)}{rng.randint(100, 9999)}"
    else:
        s = f"{rng.choice(L)}{rng.randint(1, 9)}{rng.choice(L)}"
    tpl = pick(rng, ["{}", "the {} model", "Flight {} landed.", "part {}"])
    return tpl.format(s)


def en_percent(rng):
    v = pick(rng, [str(rng.randint(0, 100)), f"{rng.randint(0, 99)}.{rng.randint(1, 9)}",
                   str(rng.randint(100, 1000))])
    if rng.random() < 0.1:
        v = "-" + v
    s = f"{v}%"
    tpl = pick(rng, ["{}", "Sales rose {} this year.", "a {} discount", "about {} of users"])
    return tpl.format(s)


def en_sentence(rng):
    parts = [en_money, en_measure, en_date, en_time, en_percent, en_cardinal, en_ordinal]
    a = pick(rng, parts)(rng).rstrip(".")
    b = pick(rng, parts)(rng).rstrip(".")
    glue = pick(rng, ["{} and {}.", "{}, then {}.", "On {} we saw {}.", "{}; {}."])
    s = glue.format(a, b)
    return s[0].upper() + s[1:]


EN = {
    "cardinal": en_cardinal, "ordinal": en_ordinal, "decimal": en_decimal,
    "fraction": en_fraction, "date": en_date, "time": en_time, "money": en_money,
    "measure": en_measure, "telephone": en_telephone, "electronic": en_electronic,
    "range": en_range, "serial": en_serial,
    "percent": en_percent, "sentence": en_sentence,
}

# ----------------------------------------------------------------------------- Russian

# Inanimate nouns: forms by (case, number); cases nom gen dat acc ins pre.
RU_NOUNS = {
    "дом": ("m", "дом дома дому дом домом доме", "дома домов домам дома домами домах"),
    "книга": ("f", "книга книги книге книгу книгой книге", "книги книг книгам книги книгами книгах"),
    "окно": ("n", "окно окна окну окно окном окне", "окна окон окнам окна окнами окнах"),
    "рубль": ("m", "рубль рубля рублю рубль рублём рубле", "рубли рублей рублям рубли рублями рублях"),
    "страна": ("f", "страна страны стране страну страной стране", "страны стран странам страны странами странах"),
    "час": ("m", "час часа часу час часом часе", "часы часов часам часы часами часах"),
    "минута": ("f", "минута минуты минуте минуту минутой минуте", "минуты минут минутам минуты минутами минутах"),
    "день": ("m", "день дня дню день днём дне", "дни дней дням дни днями днях"),
    "место": ("n", "место места месту место местом месте", "места мест местам места местами местах"),
    "километр": ("m", "километр километра километру километр километром километре", "километры километров километрам километры километрами километрах"),
    "тонна": ("f", "тонна тонны тонне тонну тонной тонне", "тонны тонн тоннам тонны тоннами тоннах"),
    "квартира": ("f", "квартира квартиры квартире квартиру квартирой квартире", "квартиры квартир квартирам квартиры квартирами квартирах"),
    "город": ("m", "город города городу город городом городе", "города городов городам города городами городах"),
    "задание": ("n", "задание задания заданию задание заданием задании", "задания заданий заданиям задания заданиями заданиях"),
    "тысяча": ("f", "тысяча тысячи тысяче тысячу тысячей тысяче", "тысячи тысяч тысячам тысячи тысячами тысячах"),
    "миллион": ("m", "миллион миллиона миллиону миллион миллионом миллионе", "миллионы миллионов миллионам миллионы миллионами миллионах"),
}
CASES = ["nom", "gen", "dat", "acc", "ins", "pre"]

RU_PREPS = {
    "nom": ["", "всего", "ещё"],
    "gen": ["из", "около", "до", "от", "более", "менее", "без", "для", "у", "после", "свыше"],
    "dat": ["к", "по"],
    "acc": ["на", "за", "через", "про", "в"],
    "ins": ["с", "между", "над", "перед", "под"],
    "pre": ["о", "в", "на", "при"],
}


def ru_noun_form(noun: str, n: int, case: str) -> str:
    _, sg, pl = RU_NOUNS[noun]
    sg, pl = sg.split(), pl.split()
    i = CASES.index(case)
    last2, last = n % 100, n % 10
    if case in ("nom", "acc"):
        if last == 1 and last2 != 11:
            return sg[i]
        if 2 <= last <= 4 and not 12 <= last2 <= 14:
            return sg[1]
        return pl[1]
    if last == 1 and last2 != 11:
        return sg[i]
    return pl[i]


def ru_num_noun(rng, noun=None, case=None, n=None):
    noun = noun or pick(rng, list(RU_NOUNS))
    case = case or pick(rng, CASES)
    if n is None:
        n = pick(rng, [rng.randint(1, 10), rng.randint(11, 99), rng.randint(100, 999),
                       magnitude(rng, 4, 7)])
    if n == 0:
        n = 5
    prep = pick(rng, RU_PREPS[case])
    # "по" with dative is only for 1 and its compounds; otherwise it takes accusative.
    if prep == "по" and not (n % 10 == 1 and n % 100 != 11):
        prep = "к"
    s = f"{n} {ru_noun_form(noun, n, case)}"
    return f"{prep} {s}".strip()


RU_SENT = ["Мы говорили {}.", "{} — это немало.", "В отчёте речь шла {}.", "Он вернулся {}.",
           "Она думала {}.", "Итого {}."]


def ru_cardinal(rng):
    r = rng.random()
    if r < 0.25:
        n = magnitude(rng, 1, 12)
        if rng.random() < 0.2:
            n = -n
        s = group(n, sep=" ") if abs(n) >= 10000 and rng.random() < 0.5 else str(n)
        return pick(rng, ["{}", "Ответ: {}.", "Счёт был {}."]).format(s)
    s = ru_num_noun(rng)
    return s[0].upper() + s[1:] + "."


RU_ORD_M = ["этаж", "класс", "век", "раз", "пункт", "день"]


def ru_ordinal(rng):
    n = pick(rng, [rng.randint(1, 20), rng.randint(21, 100), rng.randint(100, 2000)])
    fmt = rng.randrange(6)
    if fmt == 0:
        return f"{n}-й {pick(rng, RU_ORD_M)}"
    if fmt == 1:
        return f"на {n}-м этаже"
    if fmt == 2:
        return f"{n}-я улица"
    if fmt == 3:
        return f"до {n}-го числа"
    if fmt == 4:
        return f"в {n}-х рядах"
    return f"{n}-е место"


def ru_decimal(rng):
    ip = magnitude(rng, 1, 4)
    frac = "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 3)))
    s = f"{ip},{frac}"
    if rng.random() < 0.15:
        s = "-" + s
    r = rng.random()
    if r < 0.25:
        s = f"{rng.randint(1, 99)},{rng.randint(1, 9)} {pick(rng, ['млн', 'млрд', 'тыс.', 'миллиона', 'тысячи'])}"
    return pick(rng, ["{}", "Значение равно {}.", "около {}", "Рост составил {}."]).format(s)


def ru_fraction(rng):
    d = rng.randint(2, 12)
    n = rng.randint(1, d - 1)
    s = f"{n}/{d}"
    # "1/9 часть", "2/9 части": the noun agrees with the numerator as after a count
    part = "часть" if n == 1 else "части"
    return pick(rng, ["{}", "{} " + part, "Около {} голосов."]).format(s)


RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                 "сентябрь", "октябрь", "ноябрь", "декабрь"]


def ru_date(rng):
    y = rng.randint(1800, 2035)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    fmt = rng.randrange(11)
    if fmt == 0:
        return f"{d} {RU_MONTHS_GEN[m - 1]} {y} года"
    if fmt == 1:
        return f"{d} {RU_MONTHS_GEN[m - 1]} {y} г."
    if fmt == 2:
        return f"{d:02d}.{m:02d}.{y}"
    if fmt == 3:
        return f"в {y} году"
    if fmt == 4:
        return f"с {y} по {y + rng.randint(1, 10)} год"
    if fmt == 5:
        return f"к {y} году"
    if fmt == 6:
        return f"до {y} года"
    if fmt == 7:
        return f"{d} {RU_MONTHS_GEN[m - 1]}"
    if fmt == 8:
        return f"с {d} по {d + rng.randint(1, 3)} {RU_MONTHS_GEN[m - 1]}"
    if fmt == 9:
        return f"в {y // 10 * 10}-х годах"
    return f"{y}-{m:02d}-{d:02d}"


def ru_time(rng):
    h = rng.randint(0, 23)
    mi = pick(rng, [0, 15, 30, 45, rng.randint(0, 59)])
    fmt = rng.randrange(6)
    if fmt == 0:
        return f"в {h}:{mi:02d}"
    if fmt == 1:
        a = rng.randint(1, 20)
        return f"с {a} до {a + rng.randint(1, 4)} часов"
    if fmt == 2:
        return f"{h}:{mi:02d}"
    if fmt == 3:
        return f"к {h}:{mi:02d}"
    if fmt == 4:
        return f"Встреча в {h} ч {mi} мин."
    return f"с {h}:00 до {min(h + 2, 23)}:00"


def ru_money(rng):
    fmt = rng.randrange(9)
    n = magnitude(rng, 1, 6)
    if fmt == 0:
        return f"{n} руб."
    if fmt == 1:
        return f"{rng.randint(1, 99)},{rng.randint(1, 9)} млн рублей"
    if fmt == 2:
        return f"${n}"
    if fmt == 3:
        return f"{n} $"
    if fmt == 4:
        return f"{n} €"
    if fmt == 5:
        return f"{rng.randint(1, 999)} тыс. руб."
    if fmt == 6:
        return f"{rng.randint(1, 999)} млрд долларов"
    if fmt == 7:
        return f"{n} {ru_noun_form('рубль', n, 'nom')}"
    return f"около {rng.randint(2, 99)} млн руб."


RU_UNITS = ["км", "м", "см", "мм", "кг", "г", "т", "л", "мл", "км/ч", "°C", "м²", "м³", "кв. м",
            "куб. м", "Вт", "кВт", "В", "ГБ", "МБ", "га", "с", "мин", "ч", "%"]
RU_LATIN_UNITS = ["kg", "km", "GB", "MB", "mm", "cm", "kW", "Hz", "MHz", "ml"]


def ru_measure(rng):
    r = rng.random()
    if r < 0.55:
        v = str(pick(rng, [rng.randint(1, 4), rng.randint(5, 20), rng.randint(21, 999)]))
    elif r < 0.8:
        v = f"{rng.randint(0, 99)},{rng.randint(1, 9)}"
    else:
        v = str(magnitude(rng, 4, 6))
    u = pick(rng, RU_UNITS)
    sp = "" if u in ("%", "°C") else " "
    s = f"{v}{sp}{u}"
    return pick(rng, ["{}", "Длина составляет {}.", "около {}", "На {} больше."]).format(s)


def ru_mixed(rng):
    """Latin units, brands and currencies in Russian sentences."""
    fmt = rng.randrange(4)
    if fmt == 0:
        v = pick(rng, [rng.randint(1, 4), rng.randint(5, 999)])
        return f"Вес {v} {pick(rng, RU_LATIN_UNITS)}."
    if fmt == 1:
        # Not "цена $430": ru-normalizr (this class's oracle) reads any number after "цена" in
        # the genitive ("цена четырёхсот тридцати долларов"); "$" is in the money class.
        return f"Память {pick(rng, [4, 8, 16, 32, 64, 128, 256])} GB, диск {rng.randint(1, 20)} TB."
    if fmt == 2:
        return f"Скорость до {rng.randint(10, 999)} Mbps."
    return f"Около {rng.randint(2, 99)} km в час."


def ru_telephone(rng):
    fmt = rng.randrange(3)
    a, b, c, d = rng.randint(100, 999), rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    if fmt == 0:
        s = f"+7 ({a}) {b}-{c}-{d}"
    elif fmt == 1:
        s = f"8 800 {b}-{c}-{d}"
    else:
        s = f"+7 {a} {b} {c} {d}"
    return pick(rng, ["{}", "Звоните: {}", "Телефон {}."]).format(s)


def ru_electronic(rng):
    fmt = rng.randrange(3)
    if fmt == 0:
        s = f"{pick(rng, EN_WORDS)}@{pick(rng, EN_DOMAINS)}"
    elif fmt == 1:
        s = f"www.{pick(rng, EN_DOMAINS)}"
    else:
        s = f"https://{pick(rng, EN_DOMAINS)}/{pick(rng, EN_WORDS)}"
    return pick(rng, ["{}", "Пишите на {}.", "Сайт: {}"]).format(s)


def ru_roman(rng):
    fmt = rng.randrange(5)
    if fmt == 0:
        return f"{roman(rng.randint(1, 21))} век"
    if fmt == 1:
        return f"в {roman(rng.randint(1, 21))} веке"
    if fmt == 2:
        return f"глава {roman(rng.randint(1, 30))}"
    if fmt == 3:
        return f"{pick(rng, ['Пётр', 'Николай', 'Александр', 'Екатерина'])} {roman(rng.randint(1, 3))}"
    return f"до {roman(rng.randint(1, 21))} века"


def ru_range(rng):
    fmt = rng.randrange(4)
    a = rng.randint(1, 50)
    b = a + rng.randint(1, 50)
    if fmt == 0:
        return f"{a}-{b}"
    if fmt == 1:
        y = rng.randint(1900, 2020)
        return f"в {y}-{y + rng.randint(1, 10)} годах"
    if fmt == 2:
        return f"{a}–{b} %"
    return f"от {a} до {b} {ru_noun_form('километр', b, 'gen')}"


RU_STREETS = ["Ленина", "Гагарина", "Пушкина", "Мира", "Советская", "Садовая"]


def ru_address(rng):
    s = f"ул. {pick(rng, RU_STREETS)}, д. {rng.randint(1, 150)}"
    if rng.random() < 0.5:
        s += f", кв. {rng.randint(1, 300)}"
    return s


def ru_serial(rng):
    return pick(rng, [f"Ту-{rng.randint(100, 214)}", f"МиГ-{rng.randint(15, 35)}",
                      f"Ан-{rng.randint(2, 225)}", f"А{rng.randint(300, 380)}",
                      f"КамАЗ-{rng.randint(4000, 6600)}"])


def ru_percent(rng):
    v = pick(rng, [str(rng.randint(0, 100)), f"{rng.randint(0, 99)},{rng.randint(1, 9)}"])
    s = f"{v}{pick(rng, ['%', ' %'])}"
    return pick(rng, ["{}", "на {}", "Рост составил {}.", "около {} голосов"]).format(s)


def ru_agreement(rng):
    """Numbers with scale words and abbreviations after prepositions."""
    fmt = rng.randrange(4)
    if fmt == 0:
        return ru_num_noun(rng, noun=pick(rng, ["тысяча", "миллион"]))
    if fmt == 1:
        return f"{pick(rng, ['около', 'более', 'до', 'свыше'])} {rng.randint(2, 999)} {pick(rng, ['тыс.', 'млн', 'млрд'])} человек"
    if fmt == 2:
        return f"{rng.randint(2, 999)} {pick(rng, ['тыс.', 'млн', 'млрд'])} рублей"
    return ru_num_noun(rng, noun=pick(rng, ["книга", "окно", "страна", "день"]))


def ru_sentence(rng):
    parts = [ru_money, ru_measure, ru_date, ru_time, ru_percent, ru_cardinal, ru_ordinal]
    a = pick(rng, parts)(rng).rstrip(".")
    b = pick(rng, parts)(rng).rstrip(".")
    s = pick(rng, ["{}, а потом {}.", "{} и {}.", "Было {}; стало {}."]).format(a, b)
    return s[0].upper() + s[1:]


RU = {
    "cardinal": ru_cardinal, "ordinal": ru_ordinal, "decimal": ru_decimal,
    "fraction": ru_fraction, "date": ru_date, "time": ru_time, "money": ru_money,
    "measure": ru_measure, "mixed": ru_mixed, "telephone": ru_telephone,
    "electronic": ru_electronic, "roman": ru_roman, "range": ru_range, "address": ru_address,
    "serial": ru_serial, "percent": ru_percent, "agreement": ru_agreement,
    "sentence": ru_sentence,
}

GENERATORS = {"en": EN, "ru": RU}


def generate(lang: str, per_class: int, seed: int = 0, classes=None):
    """[(class, input)] with `per_class` distinct inputs per class (fewer if a class runs dry)."""
    out = []
    for cls, fn in GENERATORS[lang].items():
        if classes and cls not in classes:
            continue
        rng = random.Random(f"{seed}:{lang}:{cls}")
        seen = set()
        tries = 0
        while len(seen) < per_class and tries < per_class * 20:
            tries += 1
            s = fn(rng)
            if s.endswith(".."):  # "a.m." or "St." at the end of a sentence template
                s = s[:-1]
            if s not in seen:
                seen.add(s)
                out.append((cls, s))
    return out


if __name__ == "__main__":
    import sys

    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    for cls, s in generate(lang, int(sys.argv[2]) if len(sys.argv) > 2 else 3):
        print(f"{cls}\t{s}")
