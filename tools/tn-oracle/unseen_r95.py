"""Ninety-fifth round (issue 33), English, every class at once, written after round 94 only to
measure the rules, by an independent writer who did not read them or run the normalizer:
counts, ordinals, dates (month first and day first, with weekdays and AP-style month
abbreviations), years (and decades, and "between" two years), clock times (12-hour and
24-hour), money (and rupees), measures, percentages, decimals, phone numbers, fractions (and
mixed halves and quarters), regnal numerals, ranges, web addresses and e-mail, and two classes
the earlier every-class rounds lacked: US street addresses (house number read in pairs, the
street type's abbreviation, the state's two-letter code, the ZIP code digit by digit) and
titles (Dr., Mr., Mrs., ranks, clergy, "St." as Saint before a name and Street after one,
Mt., Ft., Jr., Sr.). Frames and words are new: no sentence, noun, name, street, city, unit,
currency or host name here was used by a committed English set (checked against the inputs of
every tn-unseen/*en*.tsv; months, states, street types, titles and .com/.org recur). Labels
are English as a newsreader speaks it, from first principles; where English has two usual
readings all are accepted, written " ‖ " between them ("twenty fourteen ‖ two thousand
fourteen", "forty p s i ‖ forty pounds per square inch", "two and a quarter ‖ two and one
fourth"). The "and" after hundred or thousand, "oh" for a zero and letters said one by one
("t v", "n z") are folded by the comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r95.py [--per-class 24] [--seed 677]

writes crates/text-normalizer/tests/data/tn-unseen/r95-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime
from math import gcd

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw, to_roman
from unseen_r2 import split
from unseen_r92 import alts, number, point_zero, with_written, zero_variants

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# AP style: these months are abbreviated before a day; March to July never are.
MONTH_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fill(frame: str, written: str, spoken: list[str]) -> tuple[str, str]:
    """The frame with the written form and with each reading; an abbreviation's dot ends the
    sentence too ("at 7:40 p.m.", "Hugo Szabo Jr."). "{a}" is the article the reading's first
    word takes ("an eleven percent service charge"), written and read alike."""
    def put(x, art):
        return frame.replace("{a}", art).replace("{X}", x).replace("..", ".")
    art = "an" if spoken[0].split()[0] in ("eight", "eighteen", "eighty", "eleven") else "a"
    if frame.startswith("{a}"):
        art = art.capitalize()
    return put(written, art), alts(*(put(s, art) for s in spoken))


def cards(n: int) -> list[str]:
    """A whole number as people say it: the cardinal; from 1,100 to 1,999 and for round
    hundreds below 10,000 also in hundreds ("thirteen hundred", "eleven hundred and forty");
    a leading "one hundred" or "one thousand" also as "a hundred", "a thousand"."""
    out = [card(n)]
    if 1100 <= n <= 1999 and n // 100 % 10 or 2100 <= n <= 9999 and n % 100 == 0 < n % 1000:
        out.append(f"{card(n // 100)} hundred" + (f" {card(n % 100)}" if n % 100 else ""))
    if 100 <= n < 200 or 1000 <= n < 2000 or 100000 <= n < 200000:
        out.append("a " + card(n)[len("one "):])
    return out


def year_styles(y: int) -> dict[str, str]:
    """A year in pairs ("nineteen sixty", "seventeen oh four", "twenty nineteen") and, from
    2000, in thousands ("two thousand nineteen"); a year of the 1100s to 1900s with a zero
    tens digit also as "seventeen hundred and four"."""
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
    """Two years, each in any of its styles ("nineteen ninety nine to twenty oh four", "... to
    two thousand four", "two thousand nine to twenty ten")."""
    return [f"{ra} {join} {rb}" for ra in year_readings(a) for rb in year_readings(b)]


# ------------------------------------------------------------------------------- counts

COUNT_NOUNS = ["toboggans", "wheelbarrows", "trombones", "pallets", "flashlights", "thermoses",
               "stretchers", "hammocks", "snowshoes", "surfboards", "microscopes", "easels"]
# (frame, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("The supplier delivered {X} on Tuesday morning.", 99999, False),
                ("Thieves made off with {X} from the depot.", 9999, False),
                ("The outfitter sold {X} last season.", 99999, False),
                ("Inspectors pulled {X} off the shelves.", 999999, True),
                ("The school district bought {X} this year.", 9999, False),
                ("The auction catalogue features {X}.", 999, False),
                ("The spreadsheet shows {X} in stock.", 999999, False),
                ("The firm exported {X} to Canada last year.", 999999, True)]


def count(rng, part):
    noun = pick(rng, split(COUNT_NOUNS, part))
    frame, most, millions = pick(rng, split(COUNT_FRAMES, part))
    if millions and rng.random() < 0.4:
        whole, tenth = rng.randint(1, 40), rng.randint(1, 9)
        spoken = [f"{card(whole)} point {card(tenth)} million {noun}"]
        if tenth == 5:
            spoken.append(f"{card(whole)} and a half million {noun}")
        return fill(frame, f"{whole}.{tenth} million {noun}", spoken)
    n = number(rng, hi=most)
    return fill(frame, f"{with_written(n, rng)} {noun}", [f"{c} {noun}" for c in cards(n)])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The golfer bogeyed the {X} hole.", 1, 18),
                  ("The downpour halted play in the {X} inning.", 1, 9),
                  ("It was the team's {X} straight win.", 2, 25),
                  ("He scored his {X} goal for the club on Saturday.", 1, 250),
                  ("The firm reported its {X} consecutive quarter of growth.", 2, 40),
                  ("The {X} edition of the guide is out now.", 2, 60),
                  ("She is the {X} generation of her family to farm the land.", 2, 8),
                  ("The cyclist rolled in {X}, just behind his teammate.", 1, 150)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    n = rng.randint(lo, hi)
    spoken = [ordw(n)]
    if 100 <= n < 200:
        # After "the" or a possessive the "one" may go ("his hundred and fourth goal"),
        # elsewhere it may be "a" ("rolled in a hundred and twelfth").
        before = frame.split("{X}")[0].split()[-1]
        rest = ordw(n)[len("one "):]
        spoken.append(rest if before in ("the", "his", "its") or before.endswith("'s")
                      else "a " + rest)
    return fill(frame, f"{n}{ord_suffix(n)}", spoken)


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The ceasefire took effect on {X}.", 1905, 2024),
               ("The patent was granted on {X}.", 1905, 2024),
               ("The astronauts splashed down on {X}.", 1962, 2024),
               ("Her farewell recital took place on {X}.", 1905, 2024),
               ("The trade agreement lapsed on {X}.", 1905, 2024),
               ("The dam burst on {X}.", 1905, 2024),
               ("The vote was postponed until {X}.", 1905, 2024),
               ("The archive opened to researchers on {X}.", 1950, 2024)]


def date(rng, part):
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
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

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The lighthouse was automated in {X}.", 1920, 2010),
               ("Coal mining stopped in the valley in {X}.", 1850, 2020),
               ("The cathedral organ was installed in {X}.", 1100, 1990),
               ("The branch railway closed for good in {X}.", 1900, 2000),
               ("The recipe first appeared in print in {X}.", 1500, 2020),
               ("The covered market has traded since {X}.", 1100, 2000),
               ("The family emigrated to Canada in {X}.", 1700, 2020),
               ("Women first sat on the town council in {X}.", 1900, 2020)]
BETWEEN_FRAMES = [("The fortress changed hands four times between {X}.", 1100, 1800),
                  ("The magazine was published monthly between {X}.", 1850, 2010),
                  ("The herd doubled in size between {X}.", 1900, 2010),
                  ("The pier was closed to the public between {X}.", 1900, 2010)]


def year(rng, part):
    k = rng.random()
    if k < 0.2:
        frame, first, last = pick(rng, split(BETWEEN_FRAMES, part))
        a = rng.randint(first, last)
        b = a + rng.randint(2, 15)
        return fill(frame, f"{a} and {b}", two_years(a, b, "and"))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    y = rng.randint(max(first, 1900), last) if rng.random() < 0.5 else rng.randint(first, last)
    if k < 0.35:
        decade = rng.randint(max(first, 1700) // 10, min(last, 1990) // 10) * 10
        if decade % 100 < 20:
            # "the 1900s" and "the 1810s" are read more than one way.
            decade += 20
        tens = card(decade % 100)[:-1] + "ies"
        return fill(frame, f"the {decade}s", [f"the {card(decade // 100)} {tens}"])
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

# Frames that fit any hour of the day or night.
TIME_FRAMES = ["Our connecting flight lands at {X}.", "Crews had the blaze under control by {X}.",
               "A loud bang was heard at {X}.", "The ship docked at {X}.",
               "The satellite passes overhead at {X}.", "The lab's freezer failed at {X}.",
               "The cathedral bells rang out at {X}.", "Smoke was first reported at {X}."]


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    if rng.random() < 0.2:
        h, mi = rng.randint(13, 23), rng.choice([5, 15, 20, 30, 45, rng.randint(1, 59)])
        mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
        return fill(frame, f"{h}:{mi:02d}", [f"{card(h)} {mins}"])
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50,
                                            rng.randint(1, 59)])
    if h == 12 and mi == 0:
        # "12 a.m." and "12 p.m." are read "midnight" and "noon" by many: left out.
        mi = 15
    half = pick(rng, ["am", "pm", "a.m.", "p.m.", "AM", "PM"])
    gap = " " if half.isupper() or "." in half or rng.random() < 0.5 else ""
    ampm = "AM" if half.lower().startswith("a") else "PM"
    if mi == 0:
        if rng.random() < 0.5:
            return fill(frame, f"{h}:00{gap}{half}",
                        [f"{card(h)} {ampm}", f"{card(h)} o'clock {ampm}"])
        return fill(frame, f"{h}{gap}{half}", [f"{card(h)} {ampm}"])
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return fill(frame, f"{h}:{mi:02d}{gap}{half}", [f"{card(h)} {mins} {ampm}"])


# -------------------------------------------------------------------------------- money

# A price (frame, whether a price below one dollar, pound or euro fits it) or a sum (frame,
# whether billions fit it).
SMALL_MONEY_FRAMES = [("Radishes at the farm stand are {X} a bunch.", True),
                      ("Entry to the gardens is {X} per adult.", False),
                      ("The vending machine charges {X} for a soda.", True),
                      ("A day pass on the ferry is {X}.", False),
                      ("Each raffle ticket costs {X}.", True),
                      ("The app charges {X} a month.", True)]
LARGE_MONEY_FRAMES = [("The mansion sold for {X} in the spring.", False),
                      ("The airline lost {X} in the first quarter.", True),
                      ("The foundation raised {X} at its gala.", False),
                      ("The stadium's new roof cost {X}.", False),
                      ("A jury awarded the family {X}.", False),
                      ("The studio spent {X} on the sequel.", False)]
CURRENCIES = [("$", "dollar", ["dollars"], "cent", "cents"),
              ("£", "pound", ["pounds"], "penny", "pence"),
              ("€", "euro", ["euros", "euro"], "cent", "cents")]


def money(rng, part):
    sym, one, many, sub1, subs = pick(rng, CURRENCIES)
    if rng.random() < 0.5:
        frame, pennies = pick(rng, split(SMALL_MONEY_FRAMES, part))
        k = rng.randrange(5)
        if k == 4:
            # A price in rupees (whole rupees; sums of a lakh and more are read in lakhs).
            n = rng.randrange(20, 200 if pennies else 1000, 10)
            return fill(frame, f"₹{n}", [f"{c} rupees" for c in cards(n)])
        if k == 1 and not pennies:
            k = 0
        if k == 0:
            n = rng.randint(1, 4 if pennies else 40)
            return fill(frame, f"{sym}{n}", [f"{card(n)} {u}" for u in ([one] if n == 1 else many)])
        if k == 1 and sym != "£":
            c = rng.randint(15, 99)
            return fill(frame, f"{sym}0.{c:02d}", [f"{card(c)} {subs}"])
        if k == 1:
            c = rng.randint(15, 99)
            return fill(frame, f"{c}p", [f"{card(c)} pence", f"{card(c)} p"])
        n = rng.randint(1, 4 if pennies else 40)
        c = rng.randint(10, 99) if sym == "£" else rng.randint(1, 99)
        sub = sub1 if c == 1 else subs
        spoken = []
        for u in [one] if n == 1 else many:
            spoken += [f"{card(n)} {u} and {card(c)} {sub}", f"{card(n)} {u} {card(c)} {sub}"]
            if c >= 10:
                spoken.append(f"{card(n)} {u} {card(c)}")
        return fill(frame, f"{sym}{n}.{c:02d}", spoken)
    frame, billions = pick(rng, split(LARGE_MONEY_FRAMES, part))
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(1000, 999999)
        return fill(frame, f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in many])
    scales = [("million", "million"), ("m", "million")] if sym == "£" else [("million", "million")]
    if billions:
        scales += [("billion", "billion"), ("bn", "billion")] if sym == "£" else \
            [("billion", "billion")]
    scale, word = pick(rng, scales)
    gap = " " if len(scale) > 2 else ""
    whole = rng.randint(1, 99)
    if k == 1:
        return fill(frame, f"{sym}{whole}{gap}{scale}", [f"{card(whole)} {word} {u}" for u in many])
    tenth = rng.randint(1, 9)
    spoken = [f"{card(whole)} point {card(tenth)} {word} {u}" for u in many]
    if tenth == 5:
        spoken += [f"{card(whole)} and a half {word} {u}" for u in many]
    return fill(frame, f"{sym}{whole}.{tenth}{gap}{scale}", spoken)


# ------------------------------------------------------------------------------ measures

# (symbol, singular, plurals, smallest, largest, share of decimals, [dev frame, held frame]);
# "psi" and "rpm" are said as letters as often as in words.
UNITS = [("GHz", "gigahertz", ["gigahertz"], 1, 6, 0.8,
          ["The laptop's processor runs at {X}.", "Newer routers also broadcast at {X}."]),
         ("psi", "pound per square inch", ["pounds per square inch", "p s i"], 20, 120, 0.0,
          ["Pump the bicycle tires to {X}.", "The garden hose is rated to {X}."]),
         ("MW", "megawatt", ["megawatts"], 5, 900, 0.2,
          ["The offshore wind farm will supply {X}.",
           "At its peak the coal plant produced {X}."]),
         ("Mbps", "megabit per second", ["megabits per second"], 10, 950, 0.0,
          ["Rural homes now get download speeds of {X}.", "The hotel wifi barely reached {X}."]),
         ("kcal", "kilocalorie", ["kilocalories", "calories"], 80, 900, 0.0,
          ["A slice of the pie contains {X}.", "The smoothie packs {X} per glass."]),
         ("m³", "cubic meter", ["cubic meters"], 20, 9000, 0.1,
          ["The new cistern holds {X} of rainwater.",
           "The dredger removed {X} of silt from the channel."]),
         ("mSv", "millisievert", ["millisieverts"], 1, 20, 0.5,
          ["A full-body scan delivers about {X} of radiation.",
           "Nuclear workers may absorb up to {X} a year."]),
         ("rpm", "revolution per minute", ["revolutions per minute", "r p m"], 5000, 9000, 0.0,
          ["The race car redlines at {X}.", "The motorbike tops out at {X}."]),
         ("hPa", "hectopascal", ["hectopascals"], 940, 999, 0.2,
          ["The storm's central pressure fell to {X}.",
           "Barometers on the coast read {X} overnight."]),
         ("µg", "microgram", ["micrograms"], 5, 500, 0.0,
          ["Each capsule contains {X} of folic acid.", "Adults need about {X} of iodine a day."]),
         ("fl oz", "fluid ounce", ["fluid ounces"], 2, 64, 0.2,
          ["The bottle holds {X} of shampoo.", "Drizzle {X} of melted butter over the pancakes."])]


def measure(rng, part):
    sym, one, many, lo, hi, dec, frames = pick(rng, UNITS)
    frame = frames[0 if part == "dev" else 1]
    gap = pick(rng, [" ", ""]) if sym in ("GHz", "MW", "kcal", "Mbps") else " "
    if rng.random() < dec:
        whole, tenth = rng.randint(max(lo, 1), hi - 1), rng.randint(1, 9)
        return fill(frame, f"{whole:,}.{tenth}{gap}{sym}",
                    [f"{card(whole)} point {card(tenth)} {u}" for u in many])
    n = rng.randint(lo, hi)
    return fill(frame, f"{with_written(n, rng)}{gap}{sym}",
                [f"{c} {u}" for c in cards(n) for u in ([one] if n == 1 else many)])


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("The central bank held its key rate at {X}.", 0, 15, True),
                  ("Sales of electric cars rose {X} in the first half.", 1, 60, True),
                  ("The new malaria shot was {X} effective in trials.", 50, 99, True),
                  ("{a} {X} service charge is added to every bill.", 5, 20, False),
                  ("Inflation eased to {X} in April.", 1, 12, True),
                  ("Only {X} of the trail is paved.", 5, 95, False),
                  ("The forward converted {X} of her penalty kicks.", 40, 100, False),
                  ("Mortgage rates climbed above {X} this week.", 2, 9, True)]


def percent(rng, part):
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    if dec and rng.random() < 0.5:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return fill(frame, f"{whole}.{tenth}%",
                    [f"{s} percent" for s in point_zero(whole, card(tenth))])
    n = rng.randint(max(lo, 1), hi)
    return fill(frame, f"{n}%", [f"{c} percent" for c in cards(n)])


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("A magnitude {X} aftershock rattled the coast.", 3, 7, 1),
                  ("Her vault earned a {X} from the panel.", 12, 15, 3),
                  ("The drag coefficient of the new truck is {X}.", 0, 0, 2),
                  ("The refractive index of the glass is {X}.", 1, 1, 3),
                  ("The dive carried a degree of difficulty of {X}.", 1, 3, 1),
                  ("The tower's design assumes a safety factor of {X}.", 1, 4, 2),
                  ("The mean score on the entrance test was {X}.", 50, 99, 1),
                  ("The rocket's thrust-to-weight ratio is {X}.", 1, 2, 2)]


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

PHONE_FRAMES = ["To book a table, phone {X}.", "The poison control line, {X}, never closes.",
                "Parents can call the school office at {X}.",
                "If you smell gas, phone {X} at once.",
                "Viewers can vote by calling {X}.", "For a free quote, ring {X}.",
                "The tip line is {X}.", "Lost hikers were told to call {X}."]


def group(rng, lo: int, hi: int, width: int) -> str:
    """A group of digits that is read digit by digit by everyone (no round hundreds, which
    some read as "six hundred")."""
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
        free = pick(rng, ["800", "866", "855"])
        written, groups = f"1-{free}-{exch}-{line}", ["1", free, exch, line]
    said = " ".join(("plus " if g.startswith("+") else "") + digits(g) for g in groups)
    spoken = zero_variants(said)
    if "800" in groups:
        spoken += [s.replace("eight zero zero", "eight hundred", 1).replace(
            "eight oh oh", "eight hundred", 1) for s in spoken]
    return fill(frame, written, spoken)


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Frost killed {X} of the vines this spring.",
                   "Almost {X} of the island is protected parkland.",
                   "Fully {X} of the auditorium sat empty on opening night.",
                   "The drought has shrunk the lake by {X}.",
                   "Renters in the city spend about {X} of their pay on housing.",
                   "Migrant workers make up {X} of the town's labor force.",
                   "The senator won {X} of the votes cast.",
                   "Erosion threatens {X} of the coastline."]
# (frame, smallest and largest whole number that fits it)
MIXED_FRAMES = [("The loaf needs {X} cups of spelt flour.", 1, 4),
                ("Let the brisket rest for {X} hours.", 1, 3),
                ("The baby weighed {X} pounds at birth.", 5, 9),
                ("The ferry crossing lasts {X} hours.", 1, 9)]
# A whole number and a half or quarter: (written, readings after "two and"); before a noun
# "three quarter" as well ("four and three quarter cups").
MIXED = [("1/2", ["a half", "one half"]), ("1/4", ["a quarter", "one quarter", "one fourth"]),
         ("3/4", ["three quarters", "three quarter", "three fourths"])]
DENOMS = {3: ["third"], 4: ["quarter", "fourth"], 5: ["fifth"], 6: ["sixth"], 7: ["seventh"],
          8: ["eighth"], 9: ["ninth"], 10: ["tenth"], 12: ["twelfth"]}


def fraction(rng, part):
    if rng.random() < 0.25:
        frame, lo, hi = pick(rng, split(MIXED_FRAMES, part))
        n = rng.randint(lo, hi)
        written, said = pick(rng, MIXED)
        return fill(frame, f"{n} {written}", [f"{card(n)} and {s}" for s in said])
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
RULERS = [("Bohemond", 7), ("Afonso", 6), ("Ariarathes", 10), ("Shalmaneser", 5),
          ("Tigranes", 6), ("Mustafa", 4), ("Chlothar", 4), ("Nicomedes", 4), ("Theuderic", 4),
          ("Clovis", 4), ("Bermudo", 3), ("Osman", 3), ("Ahmed", 3), ("Ariobarzanes", 3),
          ("Cotys", 4), ("Childeric", 3), ("Dagobert", 3), ("Lothair", 3),
          ("Demetrius", 3), ("Artaxerxes", 3), ("Mstislav", 3), ("Berengar", 2),
          ("Prusias", 2), ("Bayezid", 2)]
REGNAL_FRAMES = ["A bronze bust of {X} was unveiled at the palace.",
                 "Envoys from the coast were received by {X}.",
                 "{X} died without an heir.", "The new law code is credited to {X}.",
                 "A farmer's plough turned up silver minted under {X}.",
                 "The royal household moved inland under {X} to escape the plague.",
                 "No likeness of {X} has come down to us.",
                 "A treaty signed by {X} ended the border war."]


def regnal(rng, part):
    name, top = pick(rng, split(RULERS, part))
    n = rng.randint(2, top)
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, f"{name} {to_roman(n)}", [f"{name} the {ordw(n)}"])


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step): a range of plain numbers before a noun,
# of prices, of clock times, of years.
RANGE_FRAMES = [("num", "Bake the loaves for {X} minutes.", 20, 50, 15, 5),
                ("num", "Reaching the hut means {X} hours of steady climbing.", 2, 9, 3, 1),
                ("num", "Each workshop takes {X} participants.", 8, 30, 8, 1),
                ("num", "Seedlings need {X} weeks indoors before planting out.", 3, 12, 4, 1),
                ("money", "Guided tours cost {X} per person.", 15, 120, 50, 5),
                ("money", "Used bikes go for {X} at the flea market.", 40, 600, 200, 10),
                ("clock", "Pharmacists are on duty {X} on weekdays.", 0, 0, 0, 0),
                ("clock", "The advice line takes calls {X} daily.", 0, 0, 0, 0),
                ("year", "The {X} recession hit builders hard.", 1970, 2015, 3, 1),
                ("year", "His {X} stint as coach brought two titles.", 1950, 2020, 8, 1),
                ("num", "Waves of {X} feet are expected offshore.", 3, 20, 6, 1),
                ("num", "Patients usually go home {X} days after the operation.", 2, 10, 4, 1)]


def ranges(rng, part):
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    dash = pick(rng, ["-", "–"])
    if kind in ("num", "money", "year"):
        a = rng.randrange(lo, hi - step, step)
        b = rng.randrange(a + step, min(hi, a + gap) + 1, step)
    if kind == "num":
        return fill(frame, f"{a}{dash}{b}", [f"{card(a)} to {card(b)}"])
    if kind == "money":
        sym, many = pick(rng, [("$", "dollars"), ("£", "pounds"), ("€", "euros")])
        pairs = [(x, y) for x in cards(a) for y in cards(b)]
        if rng.random() < 0.5:
            return fill(frame, f"{sym}{a}{dash}{b}", [f"{x} to {y} {many}" for x, y in pairs])
        return fill(frame, f"{sym}{a}{dash}{sym}{b}",
                    [f"{x} to {y} {many}" for x, y in pairs]
                    + [f"{x} {many} to {y} {many}" for x, y in pairs])
    if kind == "clock":
        a, b = rng.randint(6, 11), rng.randint(1, 9)
        ma, mb = pick(rng, [(0, 0), (0, 0), (30, 30), (0, 30), (30, 0)])
        half_a, half_b = pick(rng, [("am", "pm"), ("a.m.", "p.m."), ("AM", "PM")])
        sp = " " if "." in half_a or half_a.isupper() else ""

        def at(h, m, half):
            return (f"{h}:{m:02d}" if m else str(h)) + sp + half

        def said(h, m, half):
            return f"{card(h)}{' ' + card(m) if m else ''} {half}"
        return fill(frame, f"{at(a, ma, half_a)}{dash}{at(b, mb, half_b)}",
                    [f"{said(a, ma, 'AM')} to {said(b, mb, 'PM')}"])
    return fill(frame, f"{a}{dash}{b}", two_years(a, b, "to"))


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["cormorant", "tamarind", "sandpiper", "hazelnut", "pelican", "driftwood", "saffron",
         "magpie", "lagoon", "starling", "bayou", "heron"]
SUBDOMAINS = ["live", "stream", "local", "app"]
PATHS = ["latest", "updates", "watch", "video"]
TLDS = [("com", "com"), ("org", "org"), ("com.au", "com dot a u"), ("co.nz", "co dot n z"),
        ("tv", "t v"), ("fm", "f m"), ("eu", "e u")]
SITE_FRAMES = ["Fans can stream the match on {X}.", "Road closures are listed on {X}.",
               "Pledges can be made through {X}.",
               "Recordings of every episode are kept at {X}.",
               "The fire service posts updates on {X}.", "Ticket holders should check {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Applicants should write to {X}.", "careers"),
               ("Forward your receipts to {X}.", "expenses"),
               ("Story ideas can be emailed to {X}.", "pitches"),
               ("Anonymous tips reach us at {X}.", "tipline"),
               ("Questions about parking permits go to {X}.", "permits"),
               ("Would-be extras should write to {X}.", "casting"),
               ("Renewal questions go to {X}.", "membership"),
               ("Grant proposals go to {X}.", "grants")]


def web(rng, part):
    host = pick(rng, split(HOSTS, part))
    tld, tld_said = pick(rng, TLDS)
    if rng.random() < 0.4:
        frame, user = pick(rng, split(MAIL_FRAMES, part))
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


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes)
CITIES = [("Tulsa", "OK", "741"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"),
          ("Provo", "UT", "846"), ("Mobile", "AL", "366"), ("Fargo", "ND", "581"),
          ("Duluth", "MN", "558"), ("Savannah", "GA", "314"), ("Topeka", "KS", "666"),
          ("Tacoma", "WA", "984"), ("Laredo", "TX", "780"), ("Reno", "NV", "895"),
          ("Bangor", "ME", "044"), ("Akron", "OH", "443"), ("Tempe", "AZ", "852"),
          ("Lansing", "MI", "489"), ("Missoula", "MT", "598"), ("Biloxi", "MS", "395"),
          ("Burlington", "VT", "054"), ("Albuquerque", "NM", "871"),
          ("Chattanooga", "TN", "374"), ("Asheville", "NC", "288"),
          ("Cheyenne", "WY", "820"), ("Scranton", "PA", "185")]
STREETS = ["Sassafras", "Mesquite", "Palmetto", "Dogwood", "Hickory", "Catalpa", "Locust",
           "Persimmon", "Redbud", "Cottonwood", "Prospect", "Garfield", "Meadowlark",
           "Bluebonnet", "Sagebrush", "Foxglove", "Primrose", "Thistle", "Tanager",
           "Kingfisher", "Ridgecrest", "Lakeshore", "Millbrook", "Briarwood"]
# (abbreviations a writer uses, the word)
STREET_TYPES = [(["St.", "St"], "Street"), (["Ave.", "Ave"], "Avenue"),
                (["Blvd.", "Blvd"], "Boulevard"), (["Rd.", "Rd"], "Road"),
                (["Dr.", "Dr"], "Drive"), (["Ln.", "Ln"], "Lane"), (["Ct.", "Ct"], "Court"),
                (["Pl.", "Pl"], "Place"), (["Pkwy.", "Pkwy"], "Parkway"),
                (["Ter.", "Ter"], "Terrace"), (["Cir.", "Cir"], "Circle")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W.", "West"),
              ("NE", "Northeast"), ("SW", "Southwest")]
ADDRESS_FRAMES = ["The campaign rented an office at {X}.",
                  "Applications must be mailed to {X}.",
                  "Send a self-addressed envelope to {X}.",
                  "The new bookshop is located at {X}.",
                  "Donations can be dropped off at {X}.",
                  "The yard sale will be held at {X}.",
                  "The orchestra's mailing address is {X}.",
                  "Please return the signed lease to {X}."]


def house(rng) -> tuple[str, str]:
    """A house number and how people say it: one or two digits as a number, three as the
    first digit and the last two ("seven forty one"), four in pairs ("twenty six fifteen",
    "eighteen oh nine", "thirty one hundred"). Three digits with a zero in the middle ("six
    oh two" or "six hundred two") and round thousands are left out."""
    while True:
        n = pick(rng, [rng.randint(2, 99), rng.randint(101, 999), rng.randint(1001, 9999)])
        s = str(n)
        if len(s) == 3 and s[1] == "0" or len(s) == 4 and s[1:] == "000":
            continue
        if len(s) <= 2:
            return s, card(n)
        if len(s) == 3:
            return s, f"{card(int(s[0]))} {card(int(s[1:]))}"
        hi, lo = int(s[:2]), int(s[2:])
        if lo == 0:
            return s, f"{card(hi)} hundred"
        return s, f"{card(hi)} {card(lo)}" if lo >= 10 else f"{card(hi)} oh {card(lo)}"


def address(rng, part):
    frame = pick(rng, split(ADDRESS_FRAMES, part))
    city, state, prefix = pick(rng, split(CITIES, part))
    num, num_said = house(rng)
    abbrs, typ = pick(rng, STREET_TYPES)
    abbr = pick(rng, abbrs)
    k = rng.random()
    if k < 0.15:
        # A numbered street: "W. 23rd St."
        m = rng.randint(2, 99)
        name, name_said = f"{m}{ord_suffix(m)}", ordw(m)
        d = pick(rng, DIRECTIONS)
    else:
        name = name_said = pick(rng, split(STREETS, part))
        d = pick(rng, DIRECTIONS) if k < 0.4 else None
    zip_code = prefix + f"{rng.randint(1, 99):02d}"
    street = f"{num} {d[0] + ' ' if d else ''}{name} {abbr}"
    said = f"{num_said} {d[1] + ' ' if d else ''}{name_said} {typ}"
    written = f"{street}, {city}, {state} {zip_code}"
    spoken = [f"{said}, {city}, {STATES[state]} {z}" for z in zero_variants(digits(zip_code))]
    return fill(frame, written, spoken)


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Szabo", "Thibodeaux", "Delacroix", "Haverford", "Mwangi", "Gallagher",
            "Yoshida", "Petrakis", "Boateng", "Fairweather", "Iqbal", "Rasmussen", "Sandoval",
            "Whitlock", "Zielinski", "Pemberton", "Nguyen", "Tremblay"]
FIRST_NAMES = ["Elijah", "Beatrice", "Desmond", "Cornelia", "Rupert", "Imogen", "Clarence",
               "Mireille", "Lorenzo", "Dorothea", "Everett", "Esther", "Winston", "Opal",
               "Tobias", "Agnes", "Gideon", "Kwame"]
MEN = ["Elijah", "Desmond", "Rupert", "Clarence", "Lorenzo", "Everett", "Winston", "Tobias",
       "Gideon", "Kwame"]
# (abbreviation, word): ranks, offices, clergy; Dr., Mr., Mrs. and Prof. before a surname.
TITLES = [("Gen.", "General"), ("Det.", "Detective"), ("Capt.", "Captain"),
          ("Sen.", "Senator"), ("Lt.", "Lieutenant"), ("Rep.", "Representative"),
          ("Sgt.", "Sergeant"), ("Supt.", "Superintendent"), ("Adm.", "Admiral"),
          ("Gov.", "Governor"), ("Cpl.", "Corporal"), ("Rev.", "Reverend"),
          ("Lt. Col.", "Lieutenant Colonel"), ("Fr.", "Father"),
          ("Sgt. Maj.", "Sergeant Major"), ("Prof.", "Professor")]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} declined to comment on Monday.", "Reporters pressed {X} about the delay.",
                "A spokesman for {X} confirmed the news.", "The prize was presented by {X}.",
                "According to {X}, the inquiry is over.", "{X} arrived late to the hearing.",
                "Get-well cards for {X} filled the mailroom.",
                "The committee honored {X} for years of service."]
# (abbreviation, word, places, frames that fit them)
PLACES = [("St.", "Saint", ["Kitts", "Lucia", "Croix", "Moritz", "Ives", "Albans"],
           ["We spent a rainy week in {X} last spring.", "Postcards from {X} lined the fridge.",
            "Her cousin runs a guesthouse in {X}.",
            "The documentary opens with aerial shots of {X}."]),
          ("Mt.", "Mount", ["Kilimanjaro", "Vesuvius", "Etna", "Fuji", "Olympus", "Elbrus"],
           ["Climbers set off for the summit of {X} before dawn.",
            "Clouds hid {X} for most of the week.",
            "The painting shows {X} at sunrise.", "Our guide had climbed {X} twice."]),
          ("Ft.", "Fort", ["Pierce", "Stockton", "Dodge", "Benton", "Payne", "Morgan"],
           ["The bus broke down just outside {X}.", "Her grandfather ran a diner in {X}.",
            "The storm knocked out power across {X}.",
            "The county fair moves to {X} next year."])]
FEASTS = ["Patrick", "Andrew", "Swithin", "Bridget"]
# A title, a saint's day or church and a street in one sentence: {T} the title, {S} the
# surname, {F} the saint, {N} the street.
COMBO_FRAMES = ["{T} {S} grew up on {N} St. near St. {F}'s Church.",
                "{T} {S} was married at St. {F}'s Church on {N} Ave.",
                "On St. {F}'s Day {T} {S} opened a soup kitchen on {N} Dr.",
                "Every St. {F}'s Day {T} {S} hosts a supper on {N} St."]
SUFFIX_FRAMES = ["{X} was sworn in as mayor.", "The ranch passed to {X}.",
                 "Reporters waited outside the home of {X}.", "A wreath was laid by {X}."]
STREET_FRAMES = ["Traffic was diverted onto {X}.", "A water main burst under {X}.",
                 "The parade will follow {X} to the waterfront.",
                 "The new food hall sits at the corner of {X}."]


def title(rng, part):
    k = rng.randrange(6)
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        # A rank, office or clergy title before a surname or a full name.
        abbr, word = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        first = pick(rng, split(FIRST_NAMES, part)) + " " if rng.random() < 0.4 else ""
        if abbr == "Fr.":
            first = pick(rng, split(MEN, part)) + " " if first else ""
        return fill(frame, f"{abbr} {first}{sur}", [f"{word} {first}{sur}"])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        abbr, word, names, frames = pick(rng, PLACES)
        frame = pick(rng, split(frames, part))
        name = pick(rng, split(names, part))
        return fill(frame, f"{abbr} {name}", [f"{word} {name}"])
    if k == 3:
        # Jr. and Sr. after a full name, with or without a comma.
        first = pick(rng, split(MEN, part))
        abbr, word = pick(rng, [("Jr.", "Junior"), ("Sr.", "Senior")])
        frame = pick(rng, split(SUFFIX_FRAMES, part))
        comma = "," if rng.random() < 0.4 else ""
        if comma and not frame.endswith("{X}."):
            frame = frame.replace("{X}", "{X},")
        return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {word}"])
    if k == 4:
        # "St." after a name is Street; so are Ave. and Dr. (Avenue, Drive).
        name = pick(rng, split(STREETS, part))
        abbr, word = pick(rng, [("St.", "Street"), ("Ave.", "Avenue"), ("Dr.", "Drive"),
                                ("Blvd.", "Boulevard")])
        frame = pick(rng, split(STREET_FRAMES, part))
        if "corner" in frame:
            other = pick(rng, split(STREETS, part))
            while other == name:
                other = pick(rng, split(STREETS, part))
            return fill(frame, f"{name} {abbr} and {other} St.",
                        [f"{name} {word} and {other} Street"])
        return fill(frame, f"{name} {abbr}", [f"{name} {word}"])
    # Both at once: a title, a saint's day or church, and a street.
    name = pick(rng, split(STREETS, part))
    abbr, word = pick(rng, COURTESY[:3] + [("Rev.", "Reverend"), ("Capt.", "Captain")])
    feast = pick(rng, split(FEASTS, part))
    frame = pick(rng, split(COMBO_FRAMES, part))
    said = frame.replace("St. {F}", "Saint {F}").replace("St.", "Street").replace(
        "Ave.", "Avenue").replace("Dr.", "Drive")
    put = {"{T}": abbr, "{S}": sur, "{F}": feast, "{N}": name}
    written = frame
    for key, val in put.items():
        written = written.replace(key, val)
        said = said.replace(key, word if key == "{T}" else val)
    return written, said if said.endswith(".") else said + "."

EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title}


def main():
    unseen.round_main("r95", None, per_class=24, seed=677, en=EN)


if __name__ == "__main__":
    main()
