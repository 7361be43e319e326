"""English part of unseen.py: the patterns users type that the older sets lacked. Each class
is labelled by NeMo's deterministic normalizer or by a written rule (RULES says which and why;
decided from NeMo's readings of the dev part, before the normalizer was scored on them)."""

from __future__ import annotations

import string

import re

from num2words import num2words

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "D C", "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}
# The dev and held-out parts take states from the two halves of the table.
STATE_KEYS = sorted(STATES)

DIGITS = "zero one two three four five six seven eight nine".split()


def digits(s: str) -> str:
    return " ".join(DIGITS[int(c)] for c in s if c.isdigit())


def card(n: int) -> str:
    return num2words(n, lang="en").replace("-", " ").replace(",", "")


def ordw(n: int) -> str:
    return num2words(n, lang="en", to="ordinal").replace("-", " ").replace(",", "")


def ord_suffix(n: int) -> str:
    """The written ordinal's ending: "st", "nd", "rd", "th" ("11th", "21st")."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def street_number(rng, lo: int, hi: int) -> int:
    """A house number; three digits with a zero in the middle are said digit by digit by some
    and in pairs by others, so they are left out."""
    n = rng.randint(lo, hi)
    if len(str(n)) == 3 and str(n)[1] == "0":
        n += 10
    return n


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def split(xs, part):
    """Alternate items: dev takes the even ones, held-out the odd ones."""
    return xs[0::2] if part == "dev" else xs[1::2]


# Labels: "nemo" or "rule". Reasons for the rules, in the report too.
RULES = {
    "address": "NeMo reads ZIP codes as cardinals (\"thirty six thousand ...\") and leaves "
               "state codes; every address reader says the state's name and the ZIP digit "
               "by digit (ZIP+4: \"dash\" between), and the house number in pairs",
    "roman": "NeMo reads regnal numbers (\"Henry the eighth\") but not every series name; the "
             "rule: after a royal or papal name \"the\" + ordinal, after a series name "
             "(Apollo, Super Bowl, Rocky, Final Fantasy, Star Wars Episode) the cardinal",
    "phone": "NeMo reads spaced and slashed groups as cardinals (\"three hundred and five four "
             "hundred and thirteen ...\"); a phone number is said digit by digit, group by group, "
             "\"+1\" as \"plus one\"",
    "range": "NeMo keeps the hyphen of a number range (\"five-twenty four\"); people say \"to\" "
             "(\"five to twenty four\", \"seven AM to six PM\")",
    "web": "NeMo splits some labels into letters (\"BR IGHTWAY\"); the rule reads every label as "
           "written, dots as \"dot\", \"@\" as \"at\", \"https://\" as \"HTTPS colon slash slash\"",
    "title": "NeMo leaves military and church titles and Mt./Ft. unread; the rule: each "
             "abbreviation read by its word, \"St.\" before a name Saint, after one Street",
}


def thousands_decimal(rng, part):
    n = rng.randint(1000, 999999)
    frac = "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 2)))
    s = f"{n:,}.{frac}"
    tpl = pick(rng, split(["The index closed at {}.", "We measured {} units.",
                           "The balance is {} points.", "A total of {} was logged.",
                           "Output reached {} tonnes.", "The score fell to {}."], part))
    return tpl.format(s), None


def phone(rng, part):
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    fmt = pick(rng, split(["{a}.{b}.{c:04d}", "({a}) {b}.{c:04d}", "{a} {b} {c:04d}",
                           "1.{a}.{b}.{c:04d}", "+1 {a} {b} {c:04d}", "{a}/{b}-{c:04d}"], part))
    s = fmt.format(a=a, b=b, c=c)
    groups = re.findall(r"\+?\d+", s)
    said = ", ".join(("plus " if g.startswith("+") else "") + digits(g) for g in groups)
    tpl = pick(rng, split(["Call {} today.", "Phone: {}", "Text us at {}.",
                           "Our number is {}.", "Reach the desk at {}."], part))
    return tpl.format(s), tpl.format(said)


FRACS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8),
         "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8), "⅕": (1, 5)}


def vulgar(rng, part):
    sym = pick(rng, split(list(FRACS), part))
    whole = rng.randint(1, 12) if rng.random() < 0.5 else None
    s = f"{whole}{sym}" if whole else sym
    tpl = pick(rng, split(["Add {} cup of flour.", "The board is {} inches thick.",
                           "It took {} hours.", "Cut {} of the rope.", "Use {} teaspoon.",
                           "The pipe is {} feet long."], part))
    return tpl.format(s), None


STREET_NAMES = ["Cedar", "Birch", "Willow", "Chestnut", "Magnolia", "Sycamore", "Juniper",
                "Hawthorn", "Spruce", "Aspen", "Laurel", "Poplar"]
STREET_TYPES = [("St.", "Street"), ("Cir.", "Circle"), ("Ct.", "Court"), ("Pkwy", "Parkway"),
                ("Ln.", "Lane"), ("Ter.", "Terrace"), ("Rd.", "Road"), ("Pl.", "Place"),
                ("Blvd.", "Boulevard"), ("Hwy", "Highway"), ("Ave.", "Avenue"), ("Dr.", "Drive")]
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West"), ("NE", "Northeast"),
        ("SW", "Southwest")]
CITIES = ["Riverton", "Fairview", "Greenville", "Lakewood", "Brookfield", "Clinton",
          "Ashland", "Milford"]


def house(n: int) -> str:
    s = str(n)
    if len(s) <= 2:
        return card(n)
    if len(s) == 3:
        return f"{DIGITS[int(s[0])]} {card(int(s[1:]))}" if s[1] != "0" else digits(s)
    if len(s) == 4:
        hi, lo = int(s[:2]), int(s[2:])
        if lo == 0:
            return f"{card(hi)} hundred"
        return f"{card(hi)} {card(lo)}" if lo >= 10 else f"{card(hi)} oh {card(lo)}"
    return digits(s)


def address(rng, part):
    n = rng.randint(10, 9999)
    if str(n)[1:2] == "0" and len(str(n)) == 3:
        n += 10
    name = pick(rng, split(STREET_NAMES, part))
    abbr, typ = pick(rng, split(STREET_TYPES, part))
    d = pick(rng, DIRS) if rng.random() < 0.4 else None
    st = pick(rng, split(STATE_KEYS, part))
    city = pick(rng, split(CITIES, part))
    z = f"{rng.randint(1000, 99999):05d}"
    zip4 = f"-{rng.randint(0, 9999):04d}" if rng.random() < 0.3 else ""
    w = f"{n} {d[0] + ' ' if d else ''}{name} {abbr}, {city}, {st} {z}{zip4}"
    s = (f"{house(n)} {d[1] + ' ' if d else ''}{name} {typ}, {city}, {STATES[st]} "
         f"{digits(z)}{' dash ' + digits(zip4) if zip4 else ''}")
    tpl = pick(rng, split(["Ship it to {}.", "The office is at {}.", "Mail: {}.",
                           "We moved to {}."], part))
    return tpl.format(w), tpl.format(s)


REGNAL = ["Henry", "Edward", "Louis", "Charles", "George", "Richard", "James", "William",
          "Elizabeth", "Catherine", "Pius", "Frederick"]
SERIES = ["Apollo", "Super Bowl", "Rocky", "Final Fantasy", "Star Wars Episode", "Gemini"]


def to_roman(n: int) -> str:
    out = ""
    for v, r in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= v:
            out += r
            n -= v
    return out


def roman(rng, part):
    if rng.random() < 0.6:
        name = pick(rng, split(REGNAL, part))
        n = rng.randint(2, 16)
        w, s = f"{name} {to_roman(n)}", f"{name} the {ordw(n)}"
        tpl = pick(rng, split(["King {} ruled for years.", "A portrait of {} hangs here.",
                               "The reign of {} ended.", "Letters from {} survive."], part))
        if not tpl.startswith("King") and name in ("Pius",):
            tpl = "Pope {} wrote it."
    else:
        name = pick(rng, split(SERIES, part))
        n = rng.randint(2, 60) if name == "Super Bowl" else rng.randint(2, 17)
        w, s = f"{name} {to_roman(n)}", f"{name} {card(n)}"
        tpl = pick(rng, split(["We watched {} last night.", "{} was a success.",
                               "Tickets for {} sold out.", "I remember {}."], part))
    return tpl.format(w), tpl.format(s)


SURNAMES = ["Harper", "Moreno", "Walsh", "Okafor", "Lindqvist", "Brennan", "Castillo",
            "Duval", "Nakamura", "Pryor"]
TITLES = [("Capt.", "Captain"), ("Gen.", "General"), ("Lt.", "Lieutenant"),
          ("Sgt.", "Sergeant"), ("Rev.", "Reverend"), ("Col.", "Colonel"), ("Gov.", "Governor"),
          ("Sen.", "Senator"), ("Maj.", "Major"), ("Cmdr.", "Commander")]
PLACES = [("Mt.", "Mount", ["Rainier", "Hood", "Shasta", "Whitney", "Baker", "Adams"]),
          ("Ft.", "Fort", ["Worth", "Myers", "Collins", "Lauderdale", "Wayne", "Knox"]),
          ("St.", "Saint", ["Louis", "Paul", "Petersburg", "Augustine", "Cloud", "Helena"])]


def title(rng, part):
    k = rng.randrange(5)
    if k == 0:
        abbr, word = pick(rng, split(TITLES, part))
        name = pick(rng, split(SURNAMES, part))
        tpl = pick(rng, split(["{} spoke first.", "We met {} at noon.", "Ask {} about it.",
                               "The letter from {} arrived."], part))
        return tpl.format(f"{abbr} {name}"), tpl.format(f"{word} {name}")
    if k == 1:
        abbr, word, names = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        tpl = pick(rng, split(["They drove to {} in May.", "We flew over {}.",
                               "{} was cold.", "Our trip to {} was short."], part))
        return tpl.format(f"{abbr} {name}"), tpl.format(f"{word} {name}")
    if k == 2:
        name = pick(rng, split(SURNAMES, part))
        first = pick(rng, split(["Robert", "Martin", "Samuel", "Henry", "Thomas", "Walter"],
                                part))
        tpl = pick(rng, split(["{} signed the deal.", "A letter to {} came back.",
                               "We thanked {} for the gift."], part))
        return tpl.format(f"{first} {name} Jr."), tpl.format(f"{first} {name} Junior")
    if k == 3:
        name = pick(rng, split(STREET_NAMES, part))
        tpl = pick(rng, split(["The shop on {} closed.", "Turn left at {} and park."], part))
        abbr, word = pick(rng, [("St.", "Street"), ("Dr.", "Drive"), ("Ave.", "Avenue")])
        return tpl.format(f"{name} {abbr}"), tpl.format(f"{name} {word}")
    # A title at the end of a sentence: the abbreviation's dot also ends it.
    name = pick(rng, split(SURNAMES, part))
    abbr, word = pick(rng, [("Dr.", "Doctor"), ("Mrs.", "Missus"), ("Mr.", "Mister")])
    tpl = pick(rng, split(["The award went to {} {}", "We waited for {} {}",
                           "Nobody called {} {}"], part))
    return tpl.format(abbr, name) + ".", tpl.format(word, name) + "."


def ranges(rng, part):
    k = rng.randrange(3)
    if k == 0:
        a = rng.randint(5, 11)
        b = rng.randint(1, 11)
        w = f"{a}am-{b}pm"
        tpl = pick(rng, split(["Open {} daily.", "The desk is staffed {}.",
                               "Hours: {} on weekdays."], part))
        return tpl.format(w), tpl.format(f"{card(a)} AM to {card(b)} PM")
    if k == 1:
        a = rng.randint(6, 10)
        m = pick(rng, ["00", "30", "15"])
        b = rng.randint(1, 9)
        w = f"{a}:{m}am-{b}:{m}pm" if rng.random() < 0.5 else f"{a}:{m} AM - {b}:{m} PM"
        mm = "" if m == "00" else " " + card(int(m))
        tpl = pick(rng, split(["Visiting hours are {}.", "We serve lunch {}."], part))
        return tpl.format(w), tpl.format(f"{card(a)}{mm} AM to {card(b)}{mm} PM")
    a = rng.randint(2, 40)
    b = a + rng.randint(1, 30)
    tpl = pick(rng, split(["Children ages {} are welcome.", "Read chapters {} tonight.",
                           "Expect {} minutes of delay.", "Rooms {} are closed."], part))
    return tpl.format(f"{a}-{b}"), tpl.format(f"{card(a)} to {card(b)}")


SUBS = ["tickets", "mail", "docs", "shop", "news", "portal", "api", "blog"]
DOMS = ["riverton", "acme", "citylib", "openmaps", "brightway", "northfield"]
TLDS = ["gov", "com", "org", "net", "edu", "io"]


def web(rng, part):
    sub = pick(rng, split(SUBS, part))
    dom = pick(rng, split(DOMS, part))
    tld = pick(rng, TLDS)
    k = rng.randrange(3)
    if k == 0:
        w = f"{sub}.{dom}.{tld}"
    elif k == 1:
        w = f"https://{sub}.{dom}.{tld}/{pick(rng, ['help', 'events', 'faq'])}"
    else:
        w = f"{pick(rng, ['info', 'jane.doe', 'desk'])}@{sub}.{dom}.{tld}"
    tpl = pick(rng, split(["Visit {} for details.", "Write to {} today.", "See {}."], part))
    said = w.replace("https://", "HTTPS colon slash slash ").replace("@", " at ")
    said = said.replace(".", " dot ").replace("/", " slash ")
    return tpl.format(w), tpl.format(" ".join(said.split()))


CLASSES = {"thousands_decimal": thousands_decimal, "phone": phone, "vulgar_fraction": vulgar,
           "address": address, "roman": roman, "title": title, "range": ranges, "web": web}


def rows(rng, part, per_class):
    """(class, input, expected); expected None where NeMo labels the case (filled in by
    unseen.py's NeMo run)."""
    out = []
    for cls, fn in CLASSES.items():
        seen = set()
        while len(seen) < per_class:
            w, s = fn(rng, part)
            if w in seen:
                continue
            seen.add(w)
            out.append((cls, w, s))
    return out
