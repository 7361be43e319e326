"""Ninety-second round (issue 33), English, every class at once, written after round 91 only to
measure the rules, by an independent writer who did not read them or run the normalizer:
counts, ordinals, dates (month first and day first, with weekdays and AP-style
month abbreviations), years (and decades, and "between" two years), clock times (12-hour and
24-hour), money, measures, percentages, decimals, phone numbers, fractions (and mixed halves),
regnal numerals, ranges, web addresses and e-mail, each in frames and words no set used (new
sentences, new nouns, new names, new units and domains). Labels are English as a newsreader
speaks it, from first principles; where English has two usual readings all are accepted,
written " ‖ " between them ("twenty fourteen ‖ two thousand fourteen", "fifteen hundred
dollars ‖ one thousand five hundred dollars", "three quarters ‖ three fourths", "the third of
March ‖ March third ‖ March the third"). The "and" after hundred or thousand and "oh" for a
zero are folded by the comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r92.py [--per-class 24] [--seed 659]

writes crates/text-normalizer/tests/data/tn-unseen/r92-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime
from math import gcd

import unseen
from unseen import pick
from unseen_en import card, digits, ord_suffix, ordw, to_roman
from unseen_r2 import split
from unseen_r73 import alts

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# AP style: these months are abbreviated before a day; March to July never are.
MONTH_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fill(frame: str, written: str, spoken: list[str]) -> tuple[str, str]:
    """The frame with the written form and with each reading; an abbreviation's dot ends the
    sentence too ("at 6:10 p.m."). "{a}" is the article the reading's first word takes ("an
    eighteen percent rise", "a nine percent rise"), written and read alike."""
    def put(x, art):
        return frame.replace("{a}", art).replace("{X}", x).replace("..", ".")
    art = "an" if spoken[0].split()[0] in ("eight", "eighteen", "eighty", "eleven") else "a"
    if frame.startswith("{a}"):
        art = art.capitalize()
    return put(written, art), alts(*(put(s, art) for s in spoken))


def number(rng, lo: int = 2, hi: int = 999999) -> int:
    """Small, two-digit, three-digit, four-digit and larger numbers in about equal shares."""
    tiers = [(2, 20), (21, 99), (100, 999), (1000, 9999), (10000, 999999)]
    tiers = [(max(a, lo), min(b, hi)) for a, b in tiers if a <= hi and b >= lo]
    a, b = pick(rng, tiers)
    return rng.randint(a, b)


def cards(n: int) -> list[str]:
    """A whole number as people say it: the cardinal; from 1,100 to 1,999 and for round
    hundreds below 10,000 also in hundreds ("fifteen hundred", "twelve hundred and fifty");
    a leading "one hundred" or "one thousand" also as "a hundred", "a thousand" ("a hundred
    and twenty thousand")."""
    out = [card(n)]
    if 1100 <= n <= 1999 and n // 100 % 10 or 2100 <= n <= 9999 and n % 100 == 0 < n % 1000:
        out.append(f"{card(n // 100)} hundred" + (f" {card(n % 100)}" if n % 100 else ""))
    if 100 <= n < 200 or 1000 <= n < 2000 or 100000 <= n < 200000:
        out.append("a " + card(n)[len("one "):])
    return out


def with_written(n: int, rng, comma: float = 0.7) -> str:
    if n >= 10000 or n >= 1000 and rng.random() < comma:
        return f"{n:,}"
    return str(n)


def zero_variants(said: str) -> list[str]:
    """Digits read one by one: a zero as "zero" or as "oh"."""
    out = [said]
    if "zero" in said.split():
        out.append(" ".join("oh" if w == "zero" else w for w in said.split()))
    return out


def year_styles(y: int) -> dict[str, str]:
    """A year in pairs ("nineteen eighty", "eighteen oh five", "twenty twelve") and, from
    2000, in thousands ("two thousand twelve"); a year of the 1100s to 1900s with a zero
    tens digit also as "eighteen hundred and five"."""
    out = {}
    if y == 2000:
        return {"thousand": "two thousand"}
    if 2001 <= y <= 2009:
        out["pair"] = f"twenty oh {card(y % 100)}"
    elif y % 100 == 0:
        out["pair"] = f"{card(y // 100)} hundred"
    elif y % 100 < 10:
        out["pair"] = f"{card(y // 100)} oh {card(y % 100)}"
        out["hundred"] = f"{card(y // 100)} hundred and {card(y % 100)}"
    else:
        out["pair"] = f"{card(y // 100)} {card(y % 100)}"
    if y > 2000:
        out["thousand"] = f"two thousand {card(y % 100)}"
    return out


def year_readings(y: int) -> list[str]:
    return list(year_styles(y).values())


def two_years(a: int, b: int, join: str) -> list[str]:
    """Two years read in one style where both have it ("nineteen ninety eight to twenty oh
    three", "... to two thousand three")."""
    sa, sb = year_styles(a), year_styles(b)
    out = []
    for style in ("pair", "thousand", "hundred"):
        ra = sa.get(style) or sa.get("pair") or sa["thousand"]
        rb = sb.get(style) or sb.get("pair") or sb["thousand"]
        out.append(f"{ra} {join} {rb}")
    return out


# ------------------------------------------------------------------------------- counts

COUNT_NOUNS = ["sandbags", "umbrellas", "lifejackets", "blankets", "padlocks", "tarpaulins",
               "buckets", "mattresses", "helmets", "kettles", "radiators", "wristbands"]
COUNT_FRAMES = ["The charity handed out {X} last winter.",
                "Customs officers seized {X} at the port.",
                "By Friday the warehouse held {X}.", "The council ordered {X} for the festival.",
                "Officials said {X} were still unaccounted for.",
                "A further {X} arrive in the spring.",
                "Workers unloaded {X} from the barge.", "The appeal has collected {X} so far."]


def count(rng, part):
    noun = pick(rng, split(COUNT_NOUNS, part))
    frame = pick(rng, split(COUNT_FRAMES, part))
    if rng.random() < 0.15:
        whole, tenth = rng.randint(1, 40), rng.randint(1, 9)
        spoken = [f"{card(whole)} point {card(tenth)} million {noun}"]
        if tenth == 5:
            spoken.append(f"{card(whole)} and a half million {noun}")
        return fill(frame, f"{whole}.{tenth} million {noun}", spoken)
    n = number(rng)
    return fill(frame, f"{with_written(n, rng)} {noun}", [f"{c} {noun}" for c in cards(n)])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The mare finished {X} in the Grand National.", 1, 30),
                  ("Grandma celebrates her {X} birthday on Sunday.", 60, 105),
                  ("The lift only goes up to the {X} floor.", 2, 90),
                  ("This is the club's {X} season in the top flight.", 1, 120),
                  ("The chapel was built in the {X} century.", 5, 21),
                  ("The home side slipped to {X} in the table.", 2, 24),
                  ("The couple marked their {X} wedding anniversary.", 1, 75),
                  ("She became the {X} woman to swim the strait.", 2, 120)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    n = rng.randint(lo, hi)
    spoken = [ordw(n)]
    if 100 <= n < 200:
        # After "the" or a possessive the "one" may go: "the club's hundred and first season".
        spoken.append(ordw(n)[len("one "):])
    return fill(frame, f"{n}{ord_suffix(n)}", spoken)


# -------------------------------------------------------------------------------- dates

DATE_FRAMES = ["The referendum was held on {X}.", "Rationing finally ended on {X}.",
               "The comet was last seen on {X}.", "Her debut novel came out on {X}.",
               "The merger was announced on {X}.", "The festival ran until {X}.",
               "Tickets went on sale {X}.", "The hospital wing reopened on {X}."]


def date(rng, part):
    frame = pick(rng, split(DATE_FRAMES, part))
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1905, 2024)
    month = MONTHS[m - 1]
    with_year = rng.random() < 0.7
    weekday = WEEKDAYS[datetime.date(y, m, d).weekday()] if rng.random() < 0.2 else None
    form = rng.randrange(4)
    if form == 0:
        written = f"{month} {d}"
        written += f", {y}" if with_year else ""
    elif form == 1:
        written = f"{MONTH_ABBR.get(m, month)} {d}"
        written += f", {y}" if with_year else ""
    elif form == 2:
        written = f"{d} {month}" + (f" {y}" if with_year else "")
    else:
        written = f"{d}{ord_suffix(d)} {month}" + (f" {y}" if with_year else "")
    spoken = [f"{month} {ordw(d)}", f"{month} the {ordw(d)}", f"the {ordw(d)} of {month}"]
    if with_year:
        spoken = [f"{s} {yr}" for s in spoken for yr in year_readings(y)]
    if weekday:
        written = f"{weekday}, {written}" if form < 2 else f"{weekday} {written}"
        spoken = [f"{weekday} {s}" for s in spoken]
    return fill(frame, written, spoken)


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = ["The abbey was rebuilt in {X}.",
               "A surveyor drew the first map of the valley in {X}.",
               "The record stood until {X}.", "Parish records from {X} mention the ford.",
               "The well was dug in {X}.", "By {X} the village had a weekly market.",
               "The orchard has been in the family since {X}.",
               "The manuscript was copied before {X}."]
BETWEEN_FRAMES = ["The tower went up between {X}.", "The diaries cover the years between {X}.",
                  "The lake froze twice between {X}.", "Tolls were collected between {X}."]


def year(rng, part):
    y = rng.randint(1900, 2029) if rng.random() < 0.6 else rng.randint(1100, 1899)
    k = rng.random()
    if k < 0.2:
        a = rng.randint(1850, 2010)
        b = a + rng.randint(2, 15)
        frame = pick(rng, split(BETWEEN_FRAMES, part))
        return fill(frame, f"{a} and {b}", two_years(a, b, "and"))
    frame = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.35:
        decade = rng.randint(170, 199) * 10
        if decade % 100 < 20:
            decade += 20
        tens = card(decade % 100)[:-1] + "ies"
        return fill(frame, f"the {decade}s", [f"the {card(decade // 100)} {tens}"])
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

TIME_FRAMES = ["The ferry to the islands leaves at {X}.", "The power went out at {X} on Sunday.",
               "The eclipse peaks at {X}.", "Our train pulled in at {X}.",
               "The first call came in at {X}.", "The tremor struck at {X}.",
               "The suspect was arrested at {X}.", "The last bus left at {X}."]


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    if rng.random() < 0.2:
        h, mi = rng.randint(13, 23), rng.choice([5, 15, 20, 30, 45, rng.randint(1, 59)])
        mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
        return fill(frame, f"{h}:{mi:02d}", [f"{card(h)} {mins}"])
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 10, 15, 25, 30, 35, 45, 55, rng.randint(1, 59)])
    if h == 12 and mi == 0:
        # "12 a.m." and "12 p.m." are read "midnight" and "noon" by many: left out.
        mi = 30
    half = pick(rng, ["am", "pm", "a.m.", "p.m.", "AM", "PM"])
    gap = " " if half.isupper() or "." in half or rng.random() < 0.5 else ""
    ampm = "AM" if half.lower().startswith("a") else "PM"
    sep = "." if half in ("am", "pm") and rng.random() < 0.3 else ":"
    if mi == 0:
        if rng.random() < 0.5:
            return fill(frame, f"{h}{sep}00{gap}{half}",
                        [f"{card(h)} {ampm}", f"{card(h)} o'clock {ampm}"])
        return fill(frame, f"{h}{gap}{half}", [f"{card(h)} {ampm}"])
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return fill(frame, f"{h}{sep}{mi:02d}{gap}{half}", [f"{card(h)} {mins} {ampm}"])


# -------------------------------------------------------------------------------- money

# A price (frame, whether a price below one dollar, pound or euro fits it) or a sum (frame,
# whether billions fit it).
SMALL_MONEY_FRAMES = [("Each bottle retails at {X}.", True), ("A single scoop is {X}.", True),
                      ("Parking here costs {X} a day.", False),
                      ("The cheapest seat is {X}.", False), ("A stamp now costs {X}.", True),
                      ("Bus fares went up to {X}.", True)]
LARGE_MONEY_FRAMES = [("The painting fetched {X} at auction.", False),
                      ("The council set aside {X} for repairs.", False),
                      ("Investors poured {X} into the scheme.", True),
                      ("The bridge toll raised {X} last year.", False),
                      ("The club paid {X} for the striker.", False),
                      ("The settlement was worth {X}.", True)]
CURRENCIES = [("$", "dollar", ["dollars"], "cent", "cents"),
              ("£", "pound", ["pounds"], "penny", "pence"),
              ("€", "euro", ["euros", "euro"], "cent", "cents")]


def money(rng, part):
    sym, one, many, sub1, subs = pick(rng, CURRENCIES)
    if rng.random() < 0.5:
        frame, pennies = pick(rng, split(SMALL_MONEY_FRAMES, part))
        k = rng.randrange(4)
        if k == 1 and not pennies:
            k = 0
        if k == 0:
            n = rng.randint(1, 9 if pennies else 25)
            return fill(frame, f"{sym}{n}", [f"{card(n)} {u}" for u in ([one] if n == 1 else many)])
        if k == 1 and sym != "£":
            c = rng.randint(20, 99)
            return fill(frame, f"{sym}0.{c:02d}", [f"{card(c)} {subs}"])
        if k == 1:
            c = rng.randint(20, 99)
            return fill(frame, f"{c}p", [f"{card(c)} pence", f"{card(c)} p"])
        n = rng.randint(1, 9 if pennies else 25)
        c = rng.randint(10, 99) if sym == "£" else rng.randint(1, 99)
        sub = sub1 if c == 1 else subs
        spoken = []
        for u in [one] if n == 1 else many:
            spoken += [f"{card(n)} {u} and {card(c)} {sub}", f"{card(n)} {u} {card(c)} {sub}"]
            if c >= 10:
                spoken.append(f"{card(n)} {u} {card(c)}")
        return fill(frame, f"{sym}{n}.{c:02d}", spoken)
    frame, billions = pick(rng, split(LARGE_MONEY_FRAMES, part))
    k = rng.randrange(4)
    if k == 0:
        n = rng.randint(1000, 999999)
        return fill(frame, f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in many])
    if k == 1:
        n = rng.randint(100, 50000) * 1000 + pick(rng, [0, 0, rng.randint(1, 999)])
        return fill(frame, f"¥{n:,}", [f"{c} yen" for c in cards(n)])
    scales = [("million", "million"), ("m", "million")] if sym == "£" else [("million", "million")]
    if billions:
        scales += [("billion", "billion"), ("bn", "billion")] if sym == "£" else \
            [("billion", "billion")]
    scale, word = pick(rng, scales)
    gap = " " if len(scale) > 2 else ""
    whole = rng.randint(1, 99)
    if k == 2:
        return fill(frame, f"{sym}{whole}{gap}{scale}", [f"{card(whole)} {word} {u}" for u in many])
    tenth = rng.randint(1, 9)
    spoken = [f"{card(whole)} point {card(tenth)} {word} {u}" for u in many]
    if tenth == 5:
        spoken += [f"{card(whole)} and a half {word} {u}" for u in many]
    return fill(frame, f"{sym}{whole}.{tenth}{gap}{scale}", spoken)


# ------------------------------------------------------------------------------ measures

# (symbol, singular, plural, smallest, largest, share of decimals, [dev frame, held frame])
UNITS = [("kWh", "kilowatt hour", "kilowatt hours", 1, 60, 0.4,
          ["The heater used {X} overnight.", "A typical flat burns through {X} a day."]),
         ("km/h", "kilometer per hour", "kilometers per hour", 20, 250, 0.0,
          ["Winds gusted to {X} on the ridge.", "Trams are limited to {X} in the old town."]),
         ("ha", "hectare", "hectares", 1, 5000, 0.2,
          ["The estate covers {X} of woodland.", "Fire destroyed {X} of scrub."]),
         ("yd", "yard", "yards", 1, 99, 0.0,
          ["He sprinted {X} for the touchdown.", "She bought {X} of linen for the curtains."]),
         ("hp", "horsepower", "horsepower", 40, 900, 0.0,
          ["The new engine puts out {X}.", "Its diesel delivers a modest {X}."]),
         ("dB", "decibel", "decibels", 30, 140, 0.2,
          ["The concert peaked at {X}.", "Leaf blowers can reach {X}."]),
         ("MHz", "megahertz", "megahertz", 88, 108, 0.8,
          ["The station broadcasts on {X}.", "Tune your receiver to {X}."]),
         ("kW", "kilowatt", "kilowatts", 1, 350, 0.3,
          ["The roadside charger supplies {X}.", "Each rooftop array generates {X}."]),
         ("TB", "terabyte", "terabytes", 1, 40, 0.3,
          ["The drive stores {X} of footage.", "The survey's images fill {X}."]),
         ("kPa", "kilopascal", "kilopascals", 80, 350, 0.2,
          ["Inflate the tyres to {X}.", "Every joint in the pipe is tested to {X}."])]


def measure(rng, part):
    sym, one, many, lo, hi, dec, frames = pick(rng, UNITS)
    frame = frames[0 if part == "dev" else 1]
    gap = pick(rng, [" ", ""]) if sym in ("kWh", "kW", "TB", "dB", "MHz") else " "
    if rng.random() < dec:
        whole, tenth = rng.randint(max(lo, 1), hi - 1), rng.randint(1, 9)
        return fill(frame, f"{whole:,}.{tenth}{gap}{sym}",
                    [f"{card(whole)} point {card(tenth)} {many}"])
    n = rng.randint(lo, hi)
    return fill(frame, f"{with_written(n, rng)}{gap}{sym}",
                [f"{c} {one if n == 1 else many}" for c in cards(n)])


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("Support for the mayor fell to {X} in June.", 5, 80, True),
                  ("The shares jumped {X} on Monday.", 0, 40, True),
                  ("Tenants face {a} {X} rise in rent.", 0, 30, True),
                  ("Shoppers get {X} off all winter coats.", 10, 70, False),
                  ("Humidity hovered around {X} all week.", 20, 99, False),
                  ("{a} {X} majority backed the deal.", 51, 95, True),
                  ("Roughly {X} of the reef has bleached.", 5, 95, False),
                  ("The phone battery was down to {X}.", 1, 30, False)]


def point_zero(whole: int, rest: str) -> list[str]:
    """A decimal below one: "zero point", "nought point" or just "point"."""
    if whole:
        return [f"{card(whole)} point {rest}"]
    return [f"zero point {rest}", f"nought point {rest}", f"point {rest}"]


def percent(rng, part):
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    if dec and rng.random() < 0.5:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return fill(frame, f"{whole}.{tenth}%",
                    [f"{s} percent" for s in point_zero(whole, card(tenth))])
    n = rng.randint(max(lo, 1), hi)
    return fill(frame, f"{n}%", [f"{card(n)} percent"])


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The quake registered {X} on the Richter scale.", 2, 8, 1),
                  ("Her grade point average rose to {X}.", 1, 3, 2),
                  ("Multiply the result by {X}.", 0, 99, 3),
                  ("The bowler's economy rate was {X}.", 2, 9, 2),
                  ("Astronomers put the redshift at {X}.", 0, 9, 3),
                  ("The skater scored {X} for her free program.", 50, 199, 2),
                  ("The needle on the boiler dial settled at {X}.", 0, 40, 2),
                  ("The exchange rate slipped to {X} against the yen.", 0, 2, 4)]


def decimal(rng, part):
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    whole = rng.randint(lo, hi)
    n = rng.randint(1, most)
    low = 1 if whole == 0 else 0
    frac = "".join(str(rng.randint(low, 9)) for _ in range(n - 1)) + str(rng.randint(1, 9))
    written = f"{whole:,}.{frac}"
    spoken = [s for d in zero_variants(digits(frac)) for s in point_zero(whole, d)]
    return fill(frame, written, spoken)


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["For reservations, call {X}.", "Anyone with information should call {X}.",
                "The clinic's after-hours number is {X}.", "Ring the box office on {X}.",
                "Text your entry to {X}.", "Callers can reach the helpline on {X}.",
                "Questions can be phoned in to {X}.",
                "The number for the lost-property office is {X}."]


def group(rng, lo: int, hi: int, width: int) -> str:
    """A group of digits that is read digit by digit by everyone (no round hundreds, which
    some read as "eight hundred")."""
    while True:
        n = rng.randint(lo, hi)
        if n % 100:
            return f"{n:0{width}d}"


def phone(rng, part):
    frame = pick(rng, split(PHONE_FRAMES, part))
    area, exch, line = group(rng, 201, 989, 3), group(rng, 201, 989, 3), group(rng, 0, 9999, 4)
    k = rng.randrange(6)
    if k == 0:
        written, groups = f"{exch}-{line}", [exch, line]
    elif k == 1:
        written, groups = f"({area}) {exch}-{line}", [area, exch, line]
    elif k == 2:
        written, groups = f"{area}-{exch}-{line}", [area, exch, line]
    elif k == 3:
        written, groups = f"{area}.{exch}.{line}", [area, exch, line]
    elif k == 4:
        written, groups = f"+1 {area} {exch} {line}", ["+1", area, exch, line]
    else:
        free = pick(rng, ["800", "888", "877"])
        written, groups = f"1-{free}-{exch}-{line}", ["1", free, exch, line]
    said = " ".join(("plus " if g.startswith("+") else "") + digits(g) for g in groups)
    spoken = zero_variants(said)
    if "800" in groups:
        spoken += [s.replace("eight zero zero", "eight hundred", 1).replace(
            "eight oh oh", "eight hundred", 1) for s in spoken]
    return fill(frame, written, spoken)


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Roughly {X} of the budget goes on salaries.",
                   "Rain fell on {X} of the days in May.",
                   "The storm flattened {X} of the barley.",
                   "Nearly {X} of respondents backed the plan.",
                   "Floods cut off {X} of the county for a week.",
                   "The tide covers {X} of the beach at noon.",
                   "Only {X} of the new homes are affordable.",
                   "Volunteers cleared {X} of the canal towpath."]
HALF_FRAMES = ["Simmer the stock for {X} hours.", "The walk takes about {X} hours.",
               "Stir in {X} cups of rolled oats.", "The cottage is {X} miles from the coast."]
DENOMS = {3: ["third"], 4: ["quarter", "fourth"], 5: ["fifth"], 6: ["sixth"], 7: ["seventh"],
          8: ["eighth"], 9: ["ninth"], 10: ["tenth"], 12: ["twelfth"]}


def fraction(rng, part):
    if rng.random() < 0.2:
        frame = pick(rng, split(HALF_FRAMES, part))
        n = rng.randint(1, 9)
        return fill(frame, f"{n} 1/2", [f"{card(n)} and a half", f"{card(n)} and one half"])
    frame = pick(rng, split(FRACTION_FRAMES, part))
    d = pick(rng, list(DENOMS))
    n = rng.randint(1, d - 1)
    while gcd(n, d) != 1:
        n = rng.randint(1, d - 1)
    spoken = []
    for word in DENOMS[d]:
        if n == 1:
            spoken += [f"one {word}", f"{'an' if word[0] == 'e' else 'a'} {word}"]
        else:
            spoken.append(f"{card(n)} {word}s")
    return fill(frame, f"{n}/{d}", spoken)


# ------------------------------------------------------------------------ regnal numerals

# (name, the highest numeral it took)
RULERS = [("Erik", 14), ("Rama", 10), ("Wenceslas", 4), ("Boleslaw", 5), ("Mehmed", 6),
          ("Tupou", 6), ("Boniface", 9), ("Karl", 12), ("Kamehameha", 5), ("Amenhotep", 4),
          ("Harald", 5), ("Kenneth", 3), ("Mithridates", 6), ("Adrian", 6), ("Ottokar", 2),
          ("Leopold", 3), ("Ladislaus", 5), ("Eugene", 4), ("Vasili", 4), ("Menelik", 2),
          ("Mieszko", 2), ("Attalus", 3)]
REGNAL_FRAMES = ["Visitors still leave flowers at the grave of {X}.",
                 "Historians still argue about {X}.", "The museum bought a sword once worn by {X}.",
                 "{X} was crowned in the cathedral.", "Under {X} the realm grew rich.",
                 "Chroniclers mocked {X} for his temper.",
                 "The chronicle praises {X} as a builder.",
                 "A rebellion forced {X} to flee the capital."]


def regnal(rng, part):
    name, top = pick(rng, split(RULERS, part))
    n = rng.randint(2, top)
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, f"{name} {to_roman(n)}", [f"{name} the {ordw(n)}"])


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step): a range of plain numbers before a noun,
# of prices, of clock times, of years.
RANGE_FRAMES = [("num", "Allow {X} minutes for the glaze to set.", 5, 60, 20, 5),
                ("num", "Most puppies sleep {X} hours a day.", 10, 22, 6, 1),
                ("num", "The casserole serves {X} people.", 2, 12, 4, 1),
                ("num", "Shoots appear after {X} days.", 5, 30, 10, 1),
                ("money", "Doubles cost {X} a night in high season.", 40, 400, 150, 5),
                ("money", "Expect to pay {X} for a decent pair of boots.", 30, 250, 100, 5),
                ("clock", "The farmers' market runs {X} on Saturdays.", 0, 0, 0, 0),
                ("clock", "The reading room is staffed {X}.", 0, 0, 0, 0),
                ("year", "The {X} drought emptied the reservoir.", 1950, 2020, 5, 1),
                ("year", "Her {X} term as mayor ended in scandal.", 1950, 2020, 12, 1),
                ("num", "Delays of {X} minutes are likely on the bypass.", 5, 45, 20, 5),
                ("num", "The course suits children aged {X}.", 3, 16, 6, 1)]


def ranges(rng, part):
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    dash = pick(rng, ["-", "–"])
    if kind in ("num", "money", "year"):
        a = rng.randrange(lo, hi - step, step)
        b = rng.randrange(a + step, min(hi, a + gap) + 1, step)
    if kind == "num":
        return fill(frame, f"{a}{dash}{b}", [f"{card(a)} to {card(b)}"])
    if kind == "money":
        sym, many = pick(rng, [("$", "dollars"), ("£", "pounds")])
        if rng.random() < 0.5:
            return fill(frame, f"{sym}{a}{dash}{b}", [f"{card(a)} to {card(b)} {many}"])
        return fill(frame, f"{sym}{a}{dash}{sym}{b}",
                    [f"{card(a)} to {card(b)} {many}", f"{card(a)} {many} to {card(b)} {many}"])
    if kind == "clock":
        a, b = rng.randint(6, 11), rng.randint(1, 7)
        half_a, half_b = pick(rng, [("am", "pm"), ("a.m.", "p.m."), ("AM", "PM")])
        sp = " " if "." in half_a or half_a.isupper() else ""
        return fill(frame, f"{a}{sp}{half_a}{dash}{b}{sp}{half_b}",
                    [f"{card(a)} AM to {card(b)} PM"])
    return fill(frame, f"{a}{dash}{b}", two_years(a, b, "to"))


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["kestrel", "marigold", "thimble", "bramble", "plover", "sorrel", "quince", "puffin",
         "larkspur", "cobalt", "tundra", "walnut"]
SUBDOMAINS = ["forum", "weather", "garden", "radio"]
USERS = ["press", "editor", "newsroom", "enquiries", "contact", "admin"]
PATHS = ["apply", "results", "gallery", "menu"]
TLDS = [("com", "com"), ("org", "org"), ("net", "net"), ("org.uk", "org dot u k"),
        ("ie", "i e")]
SITE_FRAMES = ["Register online at {X}.", "The full timetable is posted on {X}.",
               "Everything you need to know is at {X}.", "Results will appear on {X} tonight.",
               "Maps of the route are at {X}.", "Photos from the day are up on {X}."]
MAIL_FRAMES = ["Send your photos to {X}.", "Complaints can be emailed to {X}.",
               "Interview requests go to {X}.", "Nominations go to {X} by Friday.",
               "Tip-offs can be sent to {X}.", "Enter by emailing {X}."]


def web(rng, part):
    host = pick(rng, split(HOSTS, part))
    tld, tld_said = pick(rng, TLDS)
    if rng.random() < 0.4:
        frame = pick(rng, split(MAIL_FRAMES, part))
        user = pick(rng, split(USERS, part))
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {tld_said}"])
    frame = pick(rng, split(SITE_FRAMES, part))
    k = rng.randrange(3)
    if k == 0:
        return fill(frame, f"www.{host}.{tld}", [f"w w w dot {host} dot {tld_said}",
                                                  f"double u double u double u dot {host} "
                                                  f"dot {tld_said}"])
    if k == 1:
        sub = pick(rng, split(SUBDOMAINS, part))
        return fill(frame, f"{sub}.{host}.{tld}", [f"{sub} dot {host} dot {tld_said}"])
    path = pick(rng, split(PATHS, part))
    return fill(frame, f"{host}.{tld}/{path}", [f"{host} dot {tld_said} slash {path}",
                                                f"{host} dot {tld_said} forward slash {path}"])


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web}


def main():
    unseen.round_main("r92", None, per_class=24, seed=659, en=EN)


if __name__ == "__main__":
    main()
