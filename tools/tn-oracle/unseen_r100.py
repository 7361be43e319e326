"""Hundredth round (issue 33), English, every class at once, written after round 99 only to
measure the rules, by an independent writer who did not read them or run the normalizer:
counts (and ages: "a 34-year-old", "aged 61", "a woman, 47,"), ordinals in the names of
events and bodies ("the 77th Venice Film Festival", "the 19th Amendment", "the 117th
Congress", "the 12th century"), dates (with weekdays written out or cut short, "Tue.",
"Thurs.", "Sat 9 Mar 2024", non-AP month abbreviations "Apr.", "Jun.", and numeric dates,
"10/23/2019" and "2019-10-23", whose day cannot be a month), years (decades with "early",
"mid-" and "late", "from 1861 to 1874", "FY2027", BC, BCE, AD and CE), clock times with time
zones (GMT, UTC, EST, PDT, CET, BST, AEST, JST, ET, PT ...; "1435 GMT" as the wires write
it), money in currencies and codes no set used (Turkish lira, shekels, baht, zlotys, reais,
Singapore and New Taiwan dollars, Kenyan shillings, ringgit, kronor, dirhams, dong; EUR, USD,
GBP, NOK, CNY; salaries in "k"), measures in units of computing, medicine, engineering,
weather and cooking no set used (Hz, ms, KB, PB, Wh, IU, mg/dL, mmol/L, cc, kN, MPa, kV, K,
kt, mb, kph, cl, dl, Ω, dpi), percentages (and "percentage points", basis points, negative
rates, British "per cent" and "pc"), decimals (race times, exchange rates, software
versions), phone numbers (US, British and Australian or New Zealand ones, "1-800-PLUMBER"),
fractions (recipes: "½ stick of butter", "2¾ pounds"; ratios and map scales, "3:1",
"1:50,000"), regnal numerals (rulers of Khmer, Chola, Parthian, Spartan, Georgian, Armenian,
Wallachian, Ugandan and Benin kingdoms, popes ...; with titles or without, and in the
possessive, "Vlad III's"), ranges (numbers, percentages, prices, clock times, years, wind
speeds), web addresses, e-mail and handles (.nl, .fr, .gov.uk, .edu.au, .app ...; hyphens in
paths, "@manatee_hq"), US street addresses (turnpikes, plazas, alleys; suites, buildings,
floors, ZIP+4 codes and P.O. boxes), titles (British air force ranks, police ranks, "Hon.",
"Ms.", "Sr." before a nun's name; Ph.D. and M.D. after a name) and mixed sentences with two
or three numbers of different kinds, among them sports scores ("won 3-1"), flight numbers and
aircraft models ("Boeing 787", "Airbus A321"). Frames and words are new: no sentence, noun,
name, street, city, host, unit, currency or ruler here was used by a committed English set
(checked against the inputs of every tn-unseen/*en*.tsv and the word lists of rounds 73, 92,
95 and 98; months, weekdays, states, street types, titles and .com/.org recur). Labels are
English as a newsreader speaks it, from first principles; where English has two usual
readings all are accepted, written " ‖ " between them ("won three one ‖ won three to one",
"plus six one ‖ plus sixty one", "half a stick ‖ a half stick ‖ one half stick", "seven PM
E T ‖ seven PM Eastern ‖ seven PM Eastern Time"). The "and" after hundred or thousand, "oh"
for a zero and letters said one by one ("g m t", "k p h") are folded by the comparison
(score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r100.py [--per-class 24] [--seed 727]

writes crates/text-normalizer/tests/data/tn-unseen/r100-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import (MONTHS, WEEKDAYS, cards, house, point_zero, two_years, with_written,
                        year_readings, zero_variants)
from unseen_r98 import (clock_slot, combo_row, count_slot, decimal_slot, en_classes, era_slot, fill,
                        fraction_slot, mixed_class, mixed_number_slot, noun_count, ord_slot,
                        pct_slot, regnal_slot, slot, street_row)
from unseen_r98 import phone_slot as us_phone_slot


# ------------------------------------------------------------------------------- counts

COUNT_NOUNS = ["bassoons", "harmonicas", "forklifts", "bulldozers", "defibrillators",
               "incubators", "lifeboats", "snowplows", "dinghies", "hoverboards", "ventilators",
               "trampolines", "crossbows", "xylophones", "harpsichords", "chandeliers",
               "jukeboxes", "catamarans", "unicycles", "metronomes"]
# (frame, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("A warehouse fire destroyed {X} awaiting shipment.", 99999, False),
                ("Border guards found {X} hidden in a lorry.", 999, False),
                ("The plant in the north turns out {X} a year.", 999999, True),
                ("Volunteers restored {X} for the charity auction.", 999, False),
                ("An online retailer sold {X} during the holiday sale.", 999999, True),
                ("The museum's storerooms hold {X} that are never shown.", 9999, False),
                ("The importer ordered {X} from a Finnish supplier.", 9999, False),
                ("Harbor police impounded {X} at the docks last year.", 99999, False)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("{a} {X}-year-old goalkeeper signed a new contract on Monday.", 17, 39),
              ("The {X}-year-old jockey rode his first winner at Ascot.", 16, 60),
              ("A man aged {X} has been charged with the burglary.", 18, 90),
              ("Police are looking for a woman, {X}, who was last seen on Friday.", 18, 90),
              ("The actor, who turns {X} next month, is touring again.", 21, 95),
              ("{a} {X}-year-old swimmer broke the national record.", 12, 35),
              ("Children under {X} ride the island's buses free.", 5, 16),
              ("The pensioner, now {X}, still runs the family bakery.", 66, 99)]


def age_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    n = rng.randint(lo, hi)
    return str(n), [card(n)]


def count(rng, part):
    if rng.random() < 0.3:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    noun = pick(rng, split(COUNT_NOUNS, part))
    frame, most, millions = pick(rng, split(COUNT_FRAMES, part))
    return fill(frame, *noun_count(rng, noun, most, millions))


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it): events, bodies, amendments, centuries,
# places in a race.
ORDINAL_FRAMES = [("Stars posed on the red carpet at the {X} Venice Film Festival.", 2, 81),
                  ("Defense lawyers invoked the {X} Amendment in court.", 1, 27),
                  ("The {X} Boston Marathon drew a record field.", 2, 128),
                  ("The chapel's oldest walls date from the {X} century.", 5, 19),
                  ("Her {X} studio album went straight to number one.", 2, 15),
                  ("The bill died when the {X} Congress adjourned.", 80, 118),
                  ("The skier finished {X} in the giant slalom.", 1, 40),
                  ("Glasgow will host the {X} Commonwealth Games.", 2, 23)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    return fill(frame, *ord_slot(rng, lo, hi, frame.split("{X}")[0].split()[-1].lower()))


# -------------------------------------------------------------------------------- dates

# Months cut short: with a dot (US) or without (British); "May" never is.
MONTH_SHORT = {1: ["Jan.", "Jan"], 2: ["Feb.", "Feb"], 3: ["Mar.", "Mar"], 4: ["Apr.", "Apr"],
               5: ["May", "May"], 6: ["Jun.", "Jun"], 7: ["Jul.", "Jul"],
               8: ["Aug.", "Aug"], 9: ["Sep.", "Sep"], 10: ["Oct.", "Oct"],
               11: ["Nov.", "Nov"], 12: ["Dec.", "Dec"]}
DAY_SHORT = {"Monday": ["Mon.", "Mon"], "Tuesday": ["Tues.", "Tue"],
             "Wednesday": ["Wed.", "Wed"], "Thursday": ["Thurs.", "Thu"],
             "Friday": ["Fri.", "Fri"], "Saturday": ["Sat.", "Sat"],
             "Sunday": ["Sun.", "Sun"]}
# (frame, the first and last year that fit it)
DATE_FRAMES = [("The new terminal welcomed its first passengers on {X}.", 1950, 2024),
               ("The mine's owners filed for bankruptcy on {X}.", 1905, 2024),
               ("Ballots must be postmarked no later than {X}.", 2025, 2030),
               ("The country's heat record was set on {X}.", 1905, 2024),
               ("Work on the tunnel began on {X}.", 1905, 2024),
               ("The band played its farewell show on {X}.", 1960, 2024),
               ("The river crested on {X}.", 1905, 2024),
               ("Applications for the scholarship close on {X}.", 2025, 2030)]


def date_slot(rng, first: int, last: int, with_year: float = 0.7,
              weekday: float = 0.4) -> tuple[str, list[str]]:
    """A date: "May 9" (US; month cut short with a dot), "9 May" (British; cut short without
    one), "9th May", "the 9th of May", "10/23/2019", "2019-10-23" (the last two with a day
    after the 12th and a year); a weekday before it written out or cut short the same way.
    Read "May ninth", "May the ninth" or "the ninth of May" (a written "the 9th of May" only
    the last way), the year in any of its styles."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    month = MONTHS[m - 1]
    has_year = rng.random() < with_year
    day = WEEKDAYS[datetime.date(y, m, d).weekday()] if rng.random() < weekday else None
    form = rng.randrange(8 if has_year else 6)
    spoken = [f"{month} {ordw(d)}", f"{month} the {ordw(d)}", f"the {ordw(d)} of {month}"]
    short = rng.random() < 0.5
    if form == 0:
        written = f"{month} {d}" + (f", {y}" if has_year else "")
        day_w = f"{day}, " if day else ""
    elif form == 1:
        written = f"{MONTH_SHORT[m][0]} {d}" + (f", {y}" if has_year else "")
        day_w = f"{DAY_SHORT[day][0] if short else day}, " if day else ""
    elif form == 2:
        written = f"{d} {month}" + (f" {y}" if has_year else "")
        day_w = f"{day} " if day else ""
    elif form == 3:
        written = f"{d} {MONTH_SHORT[m][1]}" + (f" {y}" if has_year else "")
        day_w = f"{DAY_SHORT[day][1] if short else day} " if day else ""
    elif form == 4:
        written = f"{d}{ord_suffix(d)} {month}" + (f" {y}" if has_year else "")
        day_w = f"{day} " if day else ""
    elif form == 5:
        written = f"the {d}{ord_suffix(d)} of {month}" + (f", {y}" if has_year else "")
        spoken, day, day_w = spoken[2:], None, ""
    else:
        d = rng.randint(13, 28)
        spoken = [f"{month} {ordw(d)}", f"{month} the {ordw(d)}", f"the {ordw(d)} of {month}"]
        written = f"{m}/{d}/{y}" if form == 6 else f"{y}-{m:02d}-{d:02d}"
        day, day_w = None, ""
    if has_year:
        spoken = [f"{s} {yr}" for s in spoken for yr in year_readings(y)]
    if day:
        spoken = [f"{day} {s}" for s in spoken]
    return day_w + written, spoken


def date(rng, part):
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    return fill(frame, *date_slot(rng, first, last))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The first bananas reached the port in {X}.", 1850, 1950),
               ("The orphanage closed its doors in {X}.", 1850, 2010),
               ("The racecourse staged its first meeting in {X}.", 1700, 2000),
               ("The university admitted its first women in {X}.", 1850, 1980),
               ("Her grandparents bought the farm in {X}.", 1900, 2010),
               ("The opera house burned down in {X}.", 1700, 2000),
               ("She graduated with the class of {X}.", 1950, 2024),
               ("The ferry service was sold off in {X}.", 1980, 2020)]
FROM_FRAMES = [("The observatory was run by the navy from {X}.", 1850, 1990),
               ("The branch line carried passengers from {X}.", 1850, 1990),
               ("She edited the literary quarterly from {X}.", 1950, 2015),
               ("The island was governed from London from {X}.", 1700, 1960)]
# (frame, the eras that fit it)
ERA_FRAMES = [("The city walls were raised around {X}.", ["BC"]),
              ("The bronze helmet dates to about {X}.", ["BC", "BCE"]),
              ("The monastery was founded in {X}.", ["AD", "CE"]),
              ("Chinese astronomers recorded the comet in {X}.", ["BC", "AD"])]
FY_FRAMES = ["The utility expects to break even in {X}.",
             "Exports are forecast to recover in {X}."]


def decade_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A decade, "the 1970s" or "the '70s", with "early", "mid-" or "late" or without."""
    decade = rng.randint(max(first, 1700) // 10, min(last, 1990) // 10) * 10
    if decade % 100 < 20:
        # "the 1900s" and "the 1810s" are read more than one way.
        decade += 20
    tens = card(decade % 100)[:-1] + "ies"
    when = pick(rng, ["", "", "early ", "mid-", "late "])
    said = when.replace("-", " ")
    if decade >= 1920 and rng.random() < 0.3:
        return f"the {when}'{decade % 100}s", [f"the {said}{tens}"]
    return f"the {when}{decade}s", [f"the {said}{card(decade // 100)} {tens}"]


def year(rng, part):
    k = rng.random()
    if k < 0.15:
        frame, first, last = pick(rng, split(FROM_FRAMES, part))
        a = rng.randint(first, last)
        b = a + rng.randint(2, 25)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.3:
        frame, eras = pick(rng, split(ERA_FRAMES, part))
        return fill(frame, *era_slot(rng, pick(rng, eras)))
    if k < 0.4:
        frame = FY_FRAMES[0 if part == "dev" else 1]
        y = rng.randint(2024, 2032)
        gap = pick(rng, ["", " "])
        return fill(frame, f"FY{gap}{y}",
                    [f"{w} {r}" for w in ("F Y", "fiscal year") for r in year_readings(y)])
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.6 and "class of" not in frame:
        return fill(frame, *decade_slot(rng, first, last))
    y = rng.randint(max(first, 1900), last) if rng.random() < 0.5 else rng.randint(first, last)
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that.
ZONES = [("GMT", ["G M T", "Greenwich Mean Time"]), ("UTC", ["U T C"]),
         ("EST", ["E S T", "Eastern Standard Time"]),
         ("EDT", ["E D T", "Eastern Daylight Time"]),
         ("PST", ["P S T", "Pacific Standard Time"]),
         ("PDT", ["P D T", "Pacific Daylight Time"]),
         ("CET", ["C E T", "Central European Time"]), ("BST", ["B S T", "British Summer Time"]),
         ("AEST", ["A E S T", "Australian Eastern Standard Time"]),
         ("JST", ["J S T", "Japan Standard Time"]),
         ("ET", ["E T", "Eastern", "Eastern Time"]), ("PT", ["P T", "Pacific", "Pacific Time"])]
US_ZONES = [z for z in ZONES if z[0] in ("EST", "EDT", "PST", "PDT", "ET", "PT")]
EASTERN = [z for z in ZONES if z[0] in ("EST", "EDT", "ET")]
TIME_FRAMES = ["The launch window opens at {X}.",
               "The president will address the nation at {X}.", "Totality begins at {X}.",
               "Kickoff is set for {X}.", "The webinar starts at {X}.",
               "The first tremor struck at {X}.", "Trading was halted at {X}.",
               "The livestream begins at {X}."]


def zone_slot(rng, h24: float = 0.35, zones=None) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. EST") or, with GMT, UTC or CET,
    24-hour ("14:35 GMT", "1435 GMT", read "fourteen thirty five")."""
    if rng.random() < h24:
        zone, said = pick(rng, ZONES[:2] + ZONES[6:7])
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        sep = pick(rng, [":", ""])
        return f"{h}{sep}{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, zones or ZONES[2:])
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    if rng.random() < 0.65:
        return fill(frame, *zone_slot(rng))
    return fill(frame, *clock_slot(rng))


# -------------------------------------------------------------------------------- money

# A price: (written form, readings of the unit, smallest, largest, step).
PRICES = [("₺{}", ["lira", "liras", "Turkish lira", "Turkish liras"], 20, 900, 10),
          ("₪{}", ["shekels", "Israeli shekels"], 10, 400, 5),
          ("฿{}", ["baht", "Thai baht"], 40, 1500, 10),
          ("{} zł", ["zlotys", "zloty", "Polish zlotys", "Polish zloty"], 5, 300, 1),
          ("R${}", ["reais", "Brazilian reais"], 5, 300, 1),
          ("S${}", ["Singapore dollars"], 3, 90, 1),
          ("NT${}", ["New Taiwan dollars", "Taiwan dollars", "Taiwanese dollars"], 30, 900, 10),
          ("KSh {}", ["Kenyan shillings", "shillings"], 50, 3000, 50),
          ("RM{}", ["ringgit", "Malaysian ringgit"], 3, 90, 1),
          ("SEK {}", ["kronor", "Swedish kronor", "Swedish crowns"], 20, 900, 10),
          ("AED {}", ["dirhams", "UAE dirhams", "Emirati dirhams"], 10, 600, 5),
          ("₫{}", ["dong", "Vietnamese dong"], 10000, 95000, 1000)]
SMALL_MONEY_FRAMES = ["A plate of noodles at the night market costs {X}.",
                      "The airport express train is {X} one way.",
                      "A museum day ticket sells for {X}.",
                      "The phone case was marked down to {X}.",
                      "A taxi to the old town should cost about {X}.",
                      "Monthly gym membership starts at {X}.",
                      "A bottle of local wine was only {X}.",
                      "The guidebook retails for {X}."]
# A sum: (currency as written before the number, readings of the unit, scales it takes).
SUMS = [("EUR ", ["euros", "euro"], ["", "million", "billion", "m", "bn"]),
        ("USD ", ["US dollars", "dollars"], ["", "million", "billion", "m", "bn"]),
        ("GBP ", ["pounds", "British pounds", "pounds sterling"],
         ["", "million", "billion", "m", "bn"]),
        ("NOK ", ["kroner", "Norwegian kroner", "Norwegian crowns"], ["", "million", "billion"]),
        ("CNY ", ["yuan", "Chinese yuan", "renminbi"], ["", "million", "billion"]),
        ("R$", ["reais", "Brazilian reais"], ["", "million", "billion", "bn"]),
        ("₺", ["lira", "liras", "Turkish lira", "Turkish liras"], ["million", "billion", "bn"]),
        ("S$", ["Singapore dollars"], ["", "million", "billion", "m"]),
        ("₪", ["shekels", "Israeli shekels"], ["", "million", "billion"]),
        ("AED ", ["dirhams", "UAE dirhams", "Emirati dirhams"], ["", "million", "billion"])]
SCALE_WORDS = {"m": "million", "bn": "billion"}
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The telecom group agreed to a takeover worth {X}.", True),
                      ("The football club's wage bill reached {X}.", False),
                      ("The city has budgeted {X} for new tram lines.", True),
                      ("The painting was insured for {X}.", False),
                      ("The airline ordered jets worth {X}.", True),
                      ("The festival lost {X} last summer.", False),
                      ("The bank set aside {X} to cover bad loans.", True),
                      ("The striker's transfer fee was {X}.", False)]
# A yearly pay in thousands, "S$85k": (currency, readings of the unit, smallest, largest).
SALARIES = [("S$", ["Singapore dollars"], 40, 180), ("EUR ", ["euros", "euro"], 30, 120),
            ("AED ", ["dirhams", "UAE dirhams", "Emirati dirhams"], 90, 600),
            ("GBP ", ["pounds", "British pounds", "pounds sterling"], 25, 120)]
SALARY_FRAMES = ["The posting offers a salary of {X}.", "Junior engineers there start on {X}."]


def price_slot(rng, cur=None) -> tuple[str, list[str]]:
    fmt, units, lo, hi, step = cur or pick(rng, PRICES)
    n = rng.randrange(lo, hi + 1, step)
    return fmt.format(with_written(n, rng, 0.5)), [f"{c} {u}" for c in cards(n) for u in units]


def sum_slot(rng, large: bool = True) -> tuple[str, list[str]]:
    sym, units, scales = pick(rng, SUMS)
    # A sum in full ("EUR 245,300") only where billions do not fit either.
    scales = [s for s in scales if s in ("", "million", "m")] if not large else \
        [s for s in scales if s]
    scale = pick(rng, scales)
    if scale == "":
        n = rng.randint(1000, 999999)
        return f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in units]
    word = SCALE_WORDS.get(scale, scale)
    gap = "" if scale in SCALE_WORDS else " "
    if rng.random() < 0.5:
        n = rng.randint(2, 99) if rng.random() < 0.8 else rng.randint(100, 950)
        return f"{sym}{n}{gap}{scale}", [f"{c} {word} {u}" for c in cards(n) for u in units]
    whole, tenth = rng.randint(1, 40), rng.randint(1, 9)
    spoken = [f"{card(whole)} point {card(tenth)} {word} {u}" for u in units]
    if tenth == 5:
        spoken += [f"{card(whole)} and a half {word} {u}" for u in units]
    return f"{sym}{whole}.{tenth}{gap}{scale}", spoken


def salary_slot(rng) -> tuple[str, list[str]]:
    sym, units, lo, hi = pick(rng, SALARIES)
    n = rng.randrange(lo, hi + 1, 5)
    return f"{sym}{n}k", [f"{c} thousand {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    if k < 0.45:
        return fill(pick(rng, split(SMALL_MONEY_FRAMES, part)), *price_slot(rng))
    if k < 0.55:
        return fill(SALARY_FRAMES[0 if part == "dev" else 1], *salary_slot(rng))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *sum_slot(rng, large))


# ------------------------------------------------------------------------------ measures

# (symbol, singulars, plurals, [(dev frame, smallest, largest), (held frame, ...)], share of
# decimals, whether it may be written without a space). "cc", "dpi", "IU" and "kph" are said
# as letters as often as in words; "kelvin" is its own plural as often as "kelvins"; liters
# are litres too ("metres" and "meters" are folded alike).
UNITS = [("Hz", ["hertz"], ["hertz"],
          [("The gaming monitor refreshes at {X}.", 60, 240),
           ("The tuning fork vibrates at {X}.", 200, 900)], 0.0, True),
         ("ms", ["millisecond"], ["milliseconds"],
          [("The new server answers requests in {X}.", 5, 400),
           ("Human reaction time averages about {X}.", 150, 300)], 0.1, True),
         ("KB", ["kilobyte"], ["kilobytes"],
          [("The original program fit in just {X}.", 2, 64),
           ("Each thumbnail image takes up about {X}.", 10, 900)], 0.0, True),
         ("PB", ["petabyte"], ["petabytes"],
          [("The film archive now fills {X} of storage.", 2, 90),
           ("The observatory will collect {X} of data a year.", 10, 700)], 0.3, True),
         ("Wh", ["watt hour"], ["watt hours"],
          [("Airlines limit spare batteries to {X} each.", 100, 160),
           ("The electric bike's battery stores {X}.", 250, 900)], 0.0, True),
         ("IU", ["international unit", "I U"], ["international units", "I U"],
          [("One softgel supplies {X} of vitamin D.", 400, 5000),
           ("The doctor prescribed {X} of the vitamin a day.", 400, 4000)], 0.0, False),
         ("mg/dL", ["milligram per deciliter", "milligram per decilitre"],
          ["milligrams per deciliter", "milligrams per decilitre"],
          [("Her fasting blood sugar was {X}.", 70, 250),
           ("The patient's cholesterol had reached {X}.", 150, 320)], 0.0, False),
         ("mmol/L", ["millimole per liter", "millimole per litre"],
          ["millimoles per liter", "millimoles per litre"],
          [("A fasting glucose of {X} points to diabetes.", 7, 12),
           ("His potassium came back at {X}.", 3, 7)], 0.8, False),
         ("cc", ["c c", "cubic centimeter"], ["c c", "cubic centimeters"],
          [("The scooter's engine displaces {X}.", 50, 300),
           ("The nurse drew up {X} of saline.", 2, 20)], 0.0, True),
         ("kN", ["kilonewton"], ["kilonewtons"],
          [("Each climbing anchor is rated to {X}.", 12, 30),
           ("The engine delivers {X} of thrust at takeoff.", 100, 600)], 0.2, True),
         ("MPa", ["megapascal"], ["megapascals"],
          [("The concrete reaches {X} after four weeks.", 20, 60),
           ("The hydrogen tank is filled to {X}.", 35, 70)], 0.1, True),
         ("kV", ["kilovolt"], ["kilovolts"],
          [("The new transmission line carries {X}.", 110, 765),
           ("The substation steps the voltage down from {X}.", 33, 400)], 0.0, True),
         ("K", ["kelvin"], ["kelvin", "kelvins"],
          [("The detector is chilled to {X}.", 2, 90),
           ("The planet's dayside reaches about {X}.", 300, 2500)], 0.2, False),
         ("kt", ["knot"], ["knots"],
          [("Winds of {X} are forecast for the strait tonight.", 15, 60),
           ("The trawler was making {X} when it struck the reef.", 4, 14)], 0.0, False),
         ("mb", ["millibar"], ["millibars"],
          [("The typhoon's central pressure fell to {X}.", 890, 990),
           ("Forecasters expect the low to deepen to {X} by dawn.", 940, 999)], 0.0, False),
         ("kph", ["kilometer per hour", "k p h"], ["kilometers per hour", "k p h"],
          [("The train reached {X} on its test run.", 200, 400),
           ("Gusts topped {X} on the exposed ridge.", 60, 160)], 0.0, False),
         ("cl", ["centiliter", "centilitre"], ["centiliters", "centilitres"],
          [("Shake {X} of gin with crushed ice.", 2, 8),
           ("Top each glass with {X} of soda water.", 5, 20)], 0.0, False),
         ("dl", ["deciliter", "decilitre"], ["deciliters", "decilitres"],
          [("Whisk {X} of cream into the sauce.", 1, 5),
           ("The batter needs {X} of milk.", 2, 6)], 0.0, False),
         ("Ω", ["ohm"], ["ohms"],
          [("The headphones have an impedance of {X}.", 16, 300),
           ("The probe measured a resistance of {X}.", 100, 999)], 0.0, True),
         ("dpi", ["dot per inch", "d p i"], ["dots per inch", "d p i"],
          [("Scan old photographs at {X} or more.", 300, 1200),
           ("The printer handles up to {X}.", 600, 4800)], 0.0, True)]


def measure_slot(rng, unit, lo: int, hi: int) -> tuple[str, list[str]]:
    sym, one, many, _, dec, tight = unit
    gap = pick(rng, [" ", ""]) if tight else " "
    if rng.random() < dec:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return f"{whole:,}.{tenth}{gap}{sym}", [f"{card(whole)} point {card(tenth)} {u}"
                                                 for u in many]
    n = rng.randint(lo, hi)
    return (f"{with_written(n, rng)}{gap}{sym}",
            [f"{c} {u}" for c in cards(n) for u in (one if n == 1 else many)])


def unit_slot(sym: str, lo: int, hi: int):
    unit = [u for u in UNITS if u[0] == sym][0]
    return lambda rng, part: measure_slot(rng, unit, lo, hi)


def measure(rng, part):
    unit = pick(rng, UNITS)
    frame, lo, hi = unit[3][0 if part == "dev" else 1]
    return fill(frame, *measure_slot(rng, unit, lo, hi))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("Unemployment in the region edged down to {X} in May.", 2, 12, True),
                  ("The vaccine proved {X} effective against severe illness.", 50, 99, True),
                  ("Only {X} of the bridge's bolts passed inspection.", 5, 60, False),
                  ("Rents in the capital jumped {X} over the year.", 2, 30, True),
                  ("The lender now charges {X} on new car loans.", 3, 15, True),
                  ("Sales of vinyl records grew {X} last year.", 2, 40, True),
                  ("{a} {X} deposit secures the booking.", 10, 50, False),
                  ("Roughly {X} of the country's power now comes from wind.", 5, 60, False)]
# (frame, smallest and largest whole number of points)
POINTS_FRAMES = [("The ruling party's lead shrank by {X} percentage points.", 1, 9),
                 ("Turnout among young voters rose {X} percentage points.", 1, 12),
                 ("The jobless rate is {X} percentage points higher than a year ago.", 0, 3),
                 ("The gap between the two candidates narrowed by {X} points.", 1, 9)]
BASIS_FRAMES = ["The central bank cut its key rate by {X}.", "Bond yields climbed {X} on the news."]
MINUS_FRAMES = ["Economic growth came in at {X} in the third quarter.",
                "The pension fund returned {X} last year."]
# British papers write "per cent" and, some of them, "pc".
PER_CENT_FRAMES = ["House prices in the north rose {X} in the year to March.",
                   "Shares in the brewer slid {X} in early trading."]


def points_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A number of points, whole or with a tenth; never just one."""
    if rng.random() < 0.6 or hi - lo < 2:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return f"{whole}.{tenth}", point_zero(whole, card(tenth))
    n = rng.randint(max(lo, 2), hi)
    return str(n), [card(n)]


def basis_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [25, 50, 75, rng.randrange(10, 100, 5)])
    unit = pick(rng, [" bps", "bp", " bp", " basis points"])
    return f"{n}{unit}", [f"{card(n)} basis points"]


def minus_slot(rng) -> tuple[str, list[str]]:
    whole, tenth = rng.randint(0, 4), rng.randint(1, 9)
    sign = pick(rng, ["-", "−"])
    return f"{sign}{whole}.{tenth}%", [f"{m} {s} percent" for m in ("minus", "negative")
                                       for s in point_zero(whole, card(tenth))]


def percent(rng, part):
    k = rng.random()
    if k < 0.2:
        frame, lo, hi = pick(rng, split(POINTS_FRAMES, part))
        return fill(frame, *points_slot(rng, lo, hi))
    if k < 0.3:
        return fill(BASIS_FRAMES[0 if part == "dev" else 1], *basis_slot(rng))
    if k < 0.4:
        return fill(MINUS_FRAMES[0 if part == "dev" else 1], *minus_slot(rng))
    if k < 0.5:
        whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
        mark = pick(rng, [" per cent", "pc"])
        return fill(PER_CENT_FRAMES[0 if part == "dev" else 1], f"{whole}.{tenth}{mark}",
                    [f"{card(whole)} point {card(tenth)} percent"])
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    return fill(frame, *pct_slot(rng, lo, hi, dec))


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The sprinter clocked {X} seconds in the semifinal.", 10, 11, 2),
                  ("The pound was trading at {X} dollars this morning.", 1, 1, 4),
                  ("The phone's display measures {X} inches corner to corner.", 5, 7, 1),
                  ("The newborn weighed {X} kilograms.", 2, 4, 2),
                  ("The roadster goes from zero to sixty in {X} seconds.", 2, 9, 1),
                  ("The new tire's friction coefficient on wet asphalt is {X}.", 0, 0, 2),
                  ("The exoplanet circles its star every {X} days.", 1, 90, 2),
                  ("The cyclist averaged {X} kilometers an hour in the time trial.", 40, 55, 1)]
VERSION_FRAMES = ["The update brings the app to version {X}.",
                  "Routers running firmware {X} should be patched at once."]


def version_slot(rng) -> tuple[str, list[str]]:
    """A software version of one-digit parts, "4.0.2": "four point zero point two"."""
    parts = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(rng.randint(1, 2))]
    return ".".join(map(str, parts)), zero_variants(" point ".join(card(p) if p else "zero"
                                                                   for p in parts))


def decimal(rng, part):
    if rng.random() < 0.2:
        return fill(VERSION_FRAMES[0 if part == "dev" else 1], *version_slot(rng))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["Bookings for the car ferry are taken on {X}.",
                "The lost luggage desk can be reached at {X}.",
                "To report a stray dog, phone {X}.", "The gambling helpline is {X}.",
                "Callers outside office hours should try {X}.",
                "The lifeboat station's number is {X}.", "For flood warnings, ring {X}.",
                "Parents can leave a message on {X}."]
# British area codes whose digits never repeat side by side (a British reader says "double"
# for a repeated digit): London, Cardiff, Belfast; Edinburgh, Glasgow, Liverpool,
# Manchester, Newcastle.
UK_AREAS = ["020", "029", "028", "0131", "0141", "0151", "0161", "0191"]
# (country code, its readings after "plus", the area code, the subscriber number's groups)
ABROAD = [("61", ["six one", "sixty one"], "2", (4, 4)), ("61", ["six one", "sixty one"], "3",
                                                             (4, 4)),
          ("64", ["six four", "sixty four"], "9", (3, 4)),
          ("64", ["six four", "sixty four"], "4", (3, 4))]
VANITY = ["PLUMBER", "MATTRESS", "FLORIST", "LOCKSMITH"]


def plain_digits(rng, width: int, first: str = "23456789") -> str:
    """Digits no two of which side by side are the same."""
    out = pick(rng, first)
    while len(out) < width:
        c = str(rng.randint(0, 9))
        if c != out[-1]:
            out += c
    return out


def uk_number(rng, area: str, first: str = "23456789") -> tuple[str, list[str]]:
    """A British number after its area code, digit by digit: four and four digits after a
    three-digit code, three and four after a longer one, the first of them one of `first`."""
    groups = [area, plain_digits(rng, 4 if len(area) == 3 else 3, first),
              plain_digits(rng, 4, "0123456789")]
    return " ".join(groups), zero_variants(" ".join(digits(g) for g in groups))


def abroad_number(rng, abroad) -> tuple[str, list[str]]:
    """A number abroad, "+61 2 9374 5820": (country code, its readings after "plus", area
    code, the widths of the two groups after it) from `abroad`."""
    code, said, area, (a, b) = pick(rng, abroad)
    groups = [area, plain_digits(rng, a), plain_digits(rng, b, "0123456789")]
    rest = zero_variants(" ".join(digits(g) for g in groups))
    return f"+{code} {' '.join(groups)}", [f"plus {c} {r}" for c in said for r in rest]


def vanity_number(rng, part, words,
                  eights=("eight hundred", "eight zero zero")) -> tuple[str, list[str]]:
    """A US word number, "1-800-PLUMBER", the 800 read each way of `eights`."""
    word = pick(rng, split(words, part))
    return f"1-800-{word}", [f"one {e} {word.lower()}" for e in eights]


def phone_slot(rng, part) -> tuple[str, list[str]]:
    """A US number (as round 98 wrote them), a British one ("020 7946 0321", "0161 496
    0723"), an Australian or New Zealand one ("+61 2 9374 5820"; the country code also as a
    number, "plus sixty one") or a US word number ("1-800-PLUMBER", "eight hundred" too)."""
    k = rng.random()
    if k < 0.35:
        return us_phone_slot(rng)
    if k < 0.65:
        area = pick(rng, UK_AREAS)
        if len(area) == 3:
            return uk_number(rng, area, "378" if area == "020" else "2345679")
        return uk_number(rng, area)
    if k < 0.85:
        return abroad_number(rng, ABROAD)
    return vanity_number(rng, part, VANITY, ("eight hundred", "eight zero zero", "eight oh oh"))


def phone(rng, part):
    return fill(pick(rng, split(PHONE_FRAMES, part)), *phone_slot(rng, part))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Landslides have buried {X} of the old mining road.",
                   "The museum displays barely {X} of its collection.",
                   "Bird flu has killed {X} of the gannet colony.",
                   "The orchard lost {X} of its blossom to a late frost.",
                   "Solar panels now cover {X} of the factory roof.",
                   "Repairs will close {X} of the library's reading rooms.",
                   "Teenagers spend {X} of their screen time on video.",
                   "The strike halted {X} of the country's trains."]
# A part of one measure in a recipe: (frame, the measure).
RECIPE_FRAMES = [("Pour in {X} of chicken stock.", "pint"),
                 ("Fold in {X} of grated cheddar.", "pound"),
                 ("Melt {X} of butter in a heavy pan.", "stick"),
                 ("Stir {X} of cold milk into the batter.", "pint")]
# (written, as one character, readings before the measure). "Three quarter" only right
# before it ("three quarter pint"), never before "of a".
PARTS = [("1/2", "½", ["a half", "one half"]),
         ("1/4", "¼", ["a quarter", "one quarter", "a fourth", "one fourth"]),
         ("3/4", "¾", ["three quarters", "three quarter", "three fourths"]),
         ("1/3", "⅓", ["a third", "one third"]), ("2/3", "⅔", ["two thirds"])]
# (frame, smallest and largest whole number that fits it, the parts that do: halves;
# quarters; thirds); from two up ("a cup and a half" is said for one and a half).
MIXED_FRAMES = [("Peel {X} pounds of floury potatoes.", 2, 5, 5),
                ("Soften {X} sticks of butter.", 2, 3, 3),
                ("Whisk {X} pints of milk into the custard.", 2, 3, 3),
                ("Chop {X} ounces of dark chocolate.", 2, 8, 3)]
# Ratios and scales, "a to b": (frame, the ratios that fit it).
RATIO_FRAMES = [("Mix the mortar at a {X} ratio of sand to cement.",
                 [(3, 1), (4, 1), (5, 1), (6, 1)]),
                ("Dilute the cleaner {X} with warm water.",
                 [(1, 4), (1, 5), (1, 8), (1, 10), (1, 20)]),
                ("The kit builds a model at a scale of {X}.",
                 [(1, 24), (1, 32), (1, 48), (1, 72), (1, 144), (1, 350), (1, 700)]),
                ("The walking map is drawn at {X}.",
                 [(1, 10000), (1, 25000), (1, 50000), (1, 63360)])]


def recipe_part_slot(rng, measure: str) -> tuple[str, list[str]]:
    slash, glyph, said = pick(rng, PARTS)
    written = f"{glyph if rng.random() < 0.5 else slash} {measure}"
    if slash == "1/2":
        return written, [f"half a {measure}"] + [f"{s} {measure}" for s in said]
    return written, ([f"{s} {measure}" for s in said]
                     + [f"{s} of a {measure}" for s in said if s != "three quarter"])


def ratio_slot(rng, ratios) -> tuple[str, list[str]]:
    a, b = pick(rng, ratios)
    return f"{a}:{b:,}", [f"{x} to {y}" for x in cards(a) for y in cards(b)]


def fraction(rng, part):
    k = rng.random()
    if k < 0.2:
        frame, measure = pick(rng, split(RECIPE_FRAMES, part))
        return fill(frame, *recipe_part_slot(rng, measure))
    if k < 0.4:
        frame, lo, hi, parts = pick(rng, split(MIXED_FRAMES, part))
        return fill(frame, *mixed_number_slot(rng, lo, hi, parts))
    if k < 0.55:
        frame, ratios = pick(rng, split(RATIO_FRAMES, part))
        return fill(frame, *ratio_slot(rng, ratios))
    return fill(pick(rng, split(FRACTION_FRAMES, part)), *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the highest numeral it took, the title it is given)
RULERS = [("Jayavarman", 8, "King"), ("Rajaraja", 3, "King"), ("Chandragupta", 2, "Emperor"),
          ("Hassan", 2, "King"), ("Faisal", 2, "King"), ("Fuad", 2, "King"),
          ("Letsie", 3, "King"), ("Iyasu", 5, "Emperor"), ("Vakhtang", 6, "King"),
          ("Erekle", 2, "King"), ("Ashot", 4, "King"), ("Sweyn", 2, "King"),
          ("Bela", 4, "King"), ("Yaroslav", 2, "Grand Prince"), ("Vasily", 4, "Grand Prince"),
          ("Fyodor", 3, "Tsar"), ("Petar", 2, "King"), ("Arsinoe", 4, "Queen"),
          ("Cyrus", 2, "King"), ("Psusennes", 2, "Pharaoh"), ("Takelot", 3, "Pharaoh"),
          ("Necho", 2, "Pharaoh"), ("Berenice", 4, "Queen"), ("Eumenes", 2, "King"),
          ("Hiero", 2, "King"), ("Juba", 2, "King"), ("Tiridates", 3, "King"),
          ("Vologases", 6, "King"), ("Phraates", 5, "King"), ("Artabanus", 4, "King"),
          ("Khosrow", 2, "King"), ("Hormizd", 4, "King"), ("Antigonus", 3, "King"),
          ("Perdiccas", 3, "King"), ("Amyntas", 4, "King"), ("Agesilaus", 2, "King"),
          ("Leonidas", 2, "King"), ("Cleomenes", 3, "King"), ("Archidamus", 5, "King"),
          ("Cosimo", 3, "Grand Duke"), ("Suryavarman", 2, "King"), ("Rajendra", 3, "King"),
          ("Mutesa", 2, "Kabaka"), ("Mwanga", 2, "Kabaka"), ("Eweka", 2, "Oba"),
          ("Akenzua", 2, "Oba"), ("Teimuraz", 2, "King"), ("Gagik", 2, "King"),
          ("Tvrtko", 2, "King"), ("Mircea", 2, "Prince"), ("Vlad", 7, "Prince"),
          ("Svyatoslav", 2, "Grand Prince"), ("Abdulhamid", 2, "Sultan"),
          ("Ismail", 3, "Shah"), ("Callixtus", 3, "Pope"), ("Marcellus", 2, "Pope"),
          ("Sergius", 4, "Pope"), ("Damasus", 2, "Pope"), ("Pelagius", 2, "Pope"),
          ("Agapetus", 2, "Pope")]
REGNAL_FRAMES = ["Archaeologists reopened the burial chamber of {X}.",
                 "{X}'s seal was found on a clay jar.",
                 "Pilgrims still visit the shrine founded by {X}.",
                 "Historians still argue over {X}'s last years.",
                 "A new biography of {X} came out this spring.",
                 "{X}'s envoys reached the coast within a year.",
                 "The silver coins of {X} were struck in three mints.",
                 "{X} is remembered as a builder of roads and temples."]


def regnal(rng, part):
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, *regnal_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step): a range of plain numbers before a noun,
# of percentages, of prices, of clock times, of years, of wind speeds.
RANGE_FRAMES = [("num", "Most sessions run {X} minutes.", 40, 90, 30, 5),
                ("num", "The guided walk covers {X} miles.", 3, 12, 4, 1),
                ("pct", "Analysts expect growth of {X} next year.", 1, 6, 2, 1),
                ("pct", "Tips of {X} are customary in restaurants there.", 10, 25, 10, 5),
                ("money", "Dinner for two runs {X} at most places.", 40, 300, 100, 10),
                ("money", "Hostel beds go for {X} a night.", 20, 90, 30, 5),
                ("clock", "The library is open {X} on Saturdays.", 0, 0, 0, 0),
                ("clock", "Pharmacy hours on Sundays are {X}.", 0, 0, 0, 0),
                ("year", "The {X} drought emptied the reservoirs.", 1980, 2020, 3, 1),
                ("year", "Their {X} partnership produced four albums.", 1960, 2015, 9, 1),
                ("kph", "Winds of {X} will ease by evening.", 30, 90, 30, 10),
                ("kph", "Trains slow to {X} through the tunnel.", 60, 160, 40, 20)]
RANGE_MONEY = [("S${}", "Singapore dollars"), ("R${}", "reais"), ("₪{}", "shekels"),
               ("{} zł", "zlotys"), ("RM{}", "ringgit")]


def clock_range(rng, dash: str) -> tuple[str, list[str]]:
    """"9 a.m.-5 p.m.", "noon-4 p.m.", "10:30am-6pm": "nine AM to five PM"."""
    a, b = rng.randint(6, 11), rng.randint(1, 9)
    ma, mb = pick(rng, [(0, 0), (0, 0), (30, 30), (0, 30), (30, 0), (15, 45)])
    half_a, half_b = pick(rng, [("am", "pm"), ("a.m.", "p.m."), ("AM", "PM")])
    sp = " " if "." in half_a or half_a.isupper() else ""

    def at(h, m, half):
        return (f"{h}:{m:02d}" if m else str(h)) + sp + half

    def said(h, m, half):
        return f"{card(h)}{' ' + card(m) if m else ''} {half}"
    if rng.random() < 0.2:
        return f"noon{dash}{at(b, mb, half_b)}", [f"noon to {said(b, mb, 'PM')}"]
    return (f"{at(a, ma, half_a)}{dash}{at(b, mb, half_b)}",
            [f"{said(a, ma, 'AM')} to {said(b, mb, 'PM')}"])


def plain_range(rng, kind: str, a: int, b: int, dash: str, pairs) -> tuple[str, list[str]]:
    """A range of numbers ("num", "4-6": "four to six") or of percentages ("pct", "4-6%" or
    "4%-6%"); `pairs` the readings of a and b."""
    if kind == "num":
        return f"{a}{dash}{b}", [f"{x} to {y}" for x, y in pairs]
    said = [f"{x} to {y} percent" for x, y in pairs]
    if rng.random() < 0.3:
        return f"{a}%{dash}{b}%", said + [f"{x} percent to {y} percent" for x, y in pairs]
    return f"{a}{dash}{b}%", said


def money_range(rng, fmt: str, many: str, a: int, b: int, dash: str,
                pairs) -> tuple[str, list[str]]:
    """A range of money with its sign before the numbers (`fmt`, "${}"), once ("$5-10") or
    on both ("$5-$10"); `pairs` the readings of a and b."""
    if rng.random() < 0.5:
        return fmt.format(f"{a}{dash}{b}"), [f"{x} to {y} {many}" for x, y in pairs]
    return (fmt.format(a) + dash + fmt.format(b),
            [f"{x} to {y} {many}" for x, y in pairs]
            + [f"{x} {many} to {y} {many}" for x, y in pairs])


def ranges(rng, part):
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    dash = pick(rng, ["-", "–"])
    if kind != "clock":
        a = rng.randrange(lo, hi - step, step)
        b = rng.randrange(a + step, min(hi, a + gap) + 1, step)
    pairs = [(x, y) for x in cards(a) for y in cards(b)] if kind != "clock" else []
    if kind in ("num", "pct"):
        return fill(frame, *plain_range(rng, kind, a, b, dash, pairs))
    if kind == "kph":
        units = ["kilometers per hour", "k p h"]
        return fill(frame, f"{a}{dash}{b} kph", [f"{x} to {y} {u}" for x, y in pairs
                                                 for u in units])
    if kind == "money":
        fmt, many = pick(rng, RANGE_MONEY)
        if fmt.startswith("{}"):
            return fill(frame, fmt.format(f"{a}{dash}{b}"),
                        [f"{x} to {y} {many}" for x, y in pairs])
        return fill(frame, *money_range(rng, fmt, many, a, b, dash, pairs))
    if kind == "clock":
        return fill(frame, *clock_range(rng, dash))
    return fill(frame, f"{a}{dash}{b}", two_years(a, b, "to"))


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["pangolin", "axolotl", "meerkat", "hedgehog", "flamingo", "armadillo", "manatee",
         "porcupine", "toucan", "iguana", "walrus", "dormouse", "lemur", "tortoise",
         "marmoset", "wolverine", "jackal", "gazelle"]
SUBDOMAINS = ["menus", "shuttle", "lessons", "alerts"]
# Paths; a hyphen is read "dash" or "hyphen".
PATHS = ["waitlist", "bin-collections", "allotments", "dog-licences", "rota", "rentals"]
TLDS = [("nl", "n l"), ("fr", "f r"), ("es", "e s"), ("se", "s e"),
        ("jp", "j p"), ("gov.uk", "gov dot u k"), ("edu.au", "edu dot a u"),
        ("org.au", "org dot a u"), ("co.jp", "co dot j p"), ("app", "app"), ("dev", "dev"),
        ("shop", "shop"), ("news", "news"), ("museum", "museum"), ("com", "com"),
        ("org", "org")]
SITE_FRAMES = ["Collection days are listed on {X}.",
               "The full tasting menu is on {X}.",
               "Resale tickets are only sold through {X}.", "Photos from the parade are on {X}.",
               "The council's consultation runs on {X}.",
               "Walkers can check the weather on {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Invoices should be sent to {X}.", "accounts"),
               ("Overdue books can be renewed by emailing {X}.", "library"),
               ("Guests can arrange a late checkout through {X}.", "concierge"),
               ("Room requests go to {X}.", "reception"),
               ("Tenants can report repairs to {X}.", "lettings"),
               ("Campsite questions go to {X}.", "wardens"),
               ("Orders for club kit go to {X}.", "quartermaster"),
               ("Queries about fees can be sent to {X}.", "treasurer")]
HANDLE_FRAMES = ["Follow {X} for live updates.", "The museum posts a daily puzzle as {X}.",
                 "Questions can be sent to {X} on social media.",
                 "The keepers share videos as {X}."]
HANDLE_TAILS = ["hq", "crew", "clips", "pics"]


def said_path(path: str) -> list[str]:
    return [path.replace("-", f" {h} ") for h in ("dash", "hyphen")] if "-" in path else [path]


def web_slot(rng, part, hosts=HOSTS, tlds=TLDS, subdomains=SUBDOMAINS, paths=PATHS,
             ends=None) -> tuple[str, list[str]]:
    """A web address of a host (with one of `ends` after it, where given) and a domain
    ((domain, reading) from `tlds`): "www." before it, a subdomain or a path after it."""
    host = pick(rng, split(hosts, part))
    if ends:
        host += pick(rng, ends)
    tld, tld_said = pick(rng, tlds)
    k = rng.randrange(3)
    if k == 0:
        return f"www.{host}.{tld}", [f"w w w dot {host} dot {tld_said}",
                                     f"double u double u double u dot {host} dot {tld_said}"]
    if k == 1:
        sub = pick(rng, split(subdomains, part))
        return f"{sub}.{host}.{tld}", [f"{sub} dot {host} dot {tld_said}"]
    path = pick(rng, split(paths, part))
    return f"{host}.{tld}/{path}", [f"{host} dot {tld_said} {s} {p}" for s in
                                    ("slash", "forward slash") for p in said_path(path)]


def web(rng, part, hosts=HOSTS, tlds=TLDS, subdomains=SUBDOMAINS, paths=PATHS,
        site_frames=SITE_FRAMES, mail_frames=MAIL_FRAMES, handle_frames=HANDLE_FRAMES,
        handle_tails=HANDLE_TAILS, spelled: str = "hq", ends=None):
    """An e-mail address, a handle (a tail after it now and then, the tail `spelled` said
    letter by letter) or a web address (web_slot), of the lists given (this round's by
    default)."""
    k = rng.random()
    if k < 0.35:
        frame, user = pick(rng, split(mail_frames, part))
        host = pick(rng, split(hosts, part))
        tld, tld_said = pick(rng, tlds)
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {tld_said}"])
    if k < 0.5:
        frame = pick(rng, split(handle_frames, part))
        host = pick(rng, split(hosts, part))
        if rng.random() < 0.5:
            return fill(frame, f"@{host}", [f"at {host}"])
        tail = pick(rng, handle_tails)
        said = " ".join(tail) if tail == spelled else tail
        return fill(frame, f"@{host}_{tail}", [f"at {host} underscore {said}"])
    return fill(pick(rng, split(site_frames, part)),
                *web_slot(rng, part, hosts, tlds, subdomains, paths, ends))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes)
CITIES = [("Tallahassee", "FL", "323"), ("Yakima", "WA", "989"), ("Bakersfield", "CA", "933"),
          ("Lincoln", "NE", "685"), ("Joplin", "MO", "648"), ("Bozeman", "MT", "597"),
          ("Medford", "OR", "975"), ("Santa Fe", "NM", "875"), ("Amarillo", "TX", "791"),
          ("Little Rock", "AR", "722"), ("Huntsville", "AL", "358"), ("Augusta", "GA", "309"),
          ("Charleston", "SC", "294"), ("Lynchburg", "VA", "245"), ("Trenton", "NJ", "086"),
          ("Ithaca", "NY", "148"), ("Erie", "PA", "165"), ("Toledo", "OH", "436"),
          ("Evansville", "IN", "477"), ("Madison", "WI", "537"), ("Davenport", "IA", "528"),
          ("Lexington", "KY", "405"), ("Nashua", "NH", "030"), ("Providence", "RI", "029"),
          ("Hilo", "HI", "967"), ("Juneau", "AK", "998"), ("Elko", "NV", "898"),
          ("Laramie", "WY", "820")]
STREETS = ["Snapdragon", "Hollyhock", "Bluebell", "Cornflower", "Lilac", "Zinnia", "Peony",
           "Honeysuckle", "Cranberry", "Gooseberry", "Blackberry", "Pecan", "Hazel", "Rowan",
           "Acacia", "Sequoia", "Harvest", "Sunset", "Canyon", "Meadow", "Sandstone", "Flint",
           "Granite", "Basalt"]
# (abbreviations a writer uses, the word)
STREET_TYPES = [(["Tpke.", "Tpke"], "Turnpike"), (["Plz.", "Plz"], "Plaza"),
                (["Aly.", "Aly"], "Alley"), (["Expy.", "Expy"], "Expressway"),
                (["Pike"], "Pike"), (["Way"], "Way"), (["Loop"], "Loop"),
                (["St.", "St"], "Street"), (["Ave.", "Ave"], "Avenue"), (["Rd."], "Road")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W.", "West"),
              ("NE", "Northeast"), ("SW", "Southwest")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("The tax office relocated to {X}.", False),
                  ("Parcels for the toy drive go to {X}.", True),
                  ("Donations by check can be mailed to {X}.", True),
                  ("Votes can be dropped off at {X}.", False),
                  ("The new dental practice is at {X}.", False),
                  ("Send the completed form to {X}.", True),
                  ("The chess club meets upstairs at {X}.", False),
                  ("The realtor's office is at {X}.", False)]


def rooms(rng) -> tuple[str, list[str]]:
    """A suite ("Ste. 210", "Suite two ten" or "two hundred ten"; no zero in the middle), a
    building ("Bldg. 4") or a floor ("3rd Fl.", "third floor")."""
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(1, 9) * 100 + pick(rng, [0, rng.randint(10, 99)])
        if n % 100 == 0:
            return f"Ste. {n}", [f"Suite {card(n)}"]
        return f"Ste. {n}", [f"Suite {card(n // 100)} {card(n % 100)}", f"Suite {card(n)}"]
    if k == 1:
        n = rng.randint(2, 30)
        return f"Bldg. {n}", [f"Building {card(n)}"]
    n = rng.randint(2, 20)
    return f"{n}{ord_suffix(n)} Fl.", [f"{ordw(n)} Floor"]


def box_slot(rng) -> tuple[str, list[str]]:
    """A post office box: "P.O. Box 4417", read "P O Box" or "post office box" and the number
    in pairs, digit by digit or as a number."""
    num, pairs = house(rng)
    said = [pairs] + ([digits(num)] if len(num) > 2 else []) + cards(int(num))
    box = pick(rng, ["P.O. Box", "PO Box"])
    return f"{box} {num}", [f"{b} {s}" for b in ("P O Box", "post office box") for s in said]


def zip_slot(rng, prefix: str, plus4: float = 0.2) -> tuple[str, list[str]]:
    """A ZIP code that opens with the three digits `prefix`, in a `plus4` share of them ZIP+4
    ("dash" between or not), read digit by digit."""
    zip_code = prefix + f"{rng.randint(1, 99):02d}"
    zips = [digits(zip_code)]
    if rng.random() < plus4:
        plus = f"{rng.randint(1, 9999):04d}"
        zip_code += "-" + plus
        zips = [f"{zips[0]} dash {digits(plus)}", f"{zips[0]} {digits(plus)}"]
    return zip_code, [z for s in zips for z in zero_variants(s)]


def house_street(rng, part, streets, types, directions, numbered: float = 0.15,
                 numbered_types=None, directed: float = 0.35) -> tuple[str, str]:
    """A house number (read in pairs) and a street of one of `types` ((abbreviations, word)):
    in a `numbered` share of them (of `numbered_types` only, where given) a numbered one with
    a direction ("42nd"), else one of `streets`, with a direction below `directed`."""
    num, num_said = house(rng)
    abbrs, typ = pick(rng, types)
    abbr = pick(rng, abbrs)
    k = rng.random()
    if k < numbered and (numbered_types is None or typ in numbered_types):
        m = rng.randint(2, 99)
        name, name_said = f"{m}{ord_suffix(m)}", ordw(m)
        d = pick(rng, directions)
    else:
        name = name_said = pick(rng, split(streets, part))
        d = pick(rng, directions) if k < directed else None
    return (f"{num} {d[0] + ' ' if d else ''}{name} {abbr}",
            f"{num_said} {d[1] + ' ' if d else ''}{name_said} {typ}")


def address_slot(rng, part, box: bool = False, cities=CITIES, streets=STREETS,
                 types=STREET_TYPES, directions=DIRECTIONS, plus4: float = 0.2,
                 boxes: float = 0.35, numbered: float = 0.15, numbered_types=None,
                 directed: float = 0.35, room_slot=None) -> tuple[str, list[str]]:
    """A US address of the lists given (this round's by default): a house number and a street
    (house_street), in about a third of them a suite, building or floor (or what `room_slot`
    gives), the city, the state's name and the ZIP code (zip_slot); where `box`, a post
    office box in a `boxes` share of them."""
    city, state, prefix = pick(rng, split(cities, part))
    zip_code, zips = zip_slot(rng, prefix, plus4)
    if box and rng.random() < boxes:
        street, said = box_slot(rng)
        return (f"{street}, {city}, {state} {zip_code}",
                [f"{s}, {city}, {STATES[state]} {z}" for s in said for z in zips])
    street, said = house_street(rng, part, streets, types, directions, numbered,
                                numbered_types, directed)
    if room_slot:
        room, room_said = room_slot(rng)
    else:
        room, room_said = rooms(rng) if rng.random() < 0.35 else ("", [""])
    written = f"{street}, {room + ', ' if room else ''}{city}, {state} {zip_code}"
    spoken = [f"{said}, {r + ', ' if r else ''}{city}, {STATES[state]} {z}"
              for r in room_said for z in zips]
    return written, spoken


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    return fill(frame, *address_slot(rng, part, box))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Castellano", "Papadopoulos", "Valdez", "Whitaker", "Moriarty", "Ostrowski",
            "Rosenthal", "Villanueva", "Balogun", "Calloway", "Drummond", "Espinoza",
            "Culpepper", "Delgado", "Eberhardt", "Galbraith", "Hargreaves", "Ishikawa",
            "Jankowski", "Kilbride", "Lomax", "McAllister", "Nyberg", "Pennington"]
WOMEN = ["Ingrid", "Rosamund", "Clementine", "Beatrix", "Priscilla", "Evangeline", "Octavia",
         "Winnifred", "Florence", "Josephine", "Maude", "Phoebe"]
MEN = ["Augustin", "Osgood", "Matthias", "Sebastian", "Cyril", "Reuben", "Silas", "Emmett",
       "Ansel", "Bertram", "Hector", "Lionel"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings, who it goes before: "m" a man's name, "w" a woman's, "any" a full
# name, "" a surname or a full name)
TITLES = [("Sqn Ldr", ["Squadron Leader"], ""), ("Wg Cdr", ["Wing Commander"], ""),
          ("Flt Lt", ["Flight Lieutenant"], ""), ("Gp Capt", ["Group Captain"], ""),
          ("Chief Insp.", ["Chief Inspector"], ""), ("Ch. Supt.", ["Chief Superintendent"], ""),
          ("Spc.", ["Specialist"], ""), ("Ens.", ["Ensign"], ""),
          ("Cdr.", ["Commander"], ""), ("Fleet Adm.", ["Fleet Admiral"], ""),
          ("Dep.", ["Deputy"], ""), ("Ald.", ["Alderman"], "m"),
          ("Pres.", ["President"], ""), ("Sec.", ["Secretary"], ""),
          ("Dist. Atty.", ["District Attorney"], ""), ("Dcn.", ["Deacon"], "m"),
          ("Br.", ["Brother"], "m"), ("Sr.", ["Sister"], "w"),
          ("Hon.", ["Honorable", "Honourable"], "any")]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} will chair the inquiry.", "Flowers were sent to {X} after the accident.",
                "A statement from {X} was read at the hearing.",
                "Reporters waited for {X} outside the court.", "{X} has asked for more time.",
                "The minutes were signed by {X}.", "Nobody had heard from {X} since Friday.",
                "{X} opened the new wing on Tuesday."]
# (abbreviation, word, places, frames that fit them)
PLACES = [("St.", "Saint", ["Neots", "Asaph", "Mawes", "Anton", "Davids", "Maarten"],
           ["The rally ends in {X} on Sunday.", "Their yacht anchored off {X} for the night.",
            "He taught school in {X} for a decade.", "Holiday lets in {X} are scarce."]),
          ("Mt.", "Mount", ["Rushmore", "Hermon", "Sinai", "Logan", "Robson", "Tamalpais",
                            "Lemmon", "Buller", "Mansfield", "Marcy", "Katahdin", "Mitchell"],
           ["Fog rolled off {X} by midmorning.", "Rangers closed the road up {X}.",
            "The hut below {X} sleeps twelve.", "Snow lingered on {X} into June."]),
          ("Ft.", "Fort", ["Campbell", "McHenry", "Sumter", "Polk", "Carson", "Stewart",
                           "Gordon", "Lewis"],
           ["The brigade came home to {X} in March.", "A memorial was unveiled at {X}.",
            "Tours of {X} resume in April.", "Traffic backed up outside {X}."])]
FEASTS = ["Valentine", "Bartholomew", "Agatha", "Anselm", "Piran", "Oswald", "Wilfrid",
          "Winifred", "Monica", "Teresa"]
# A title, a saint's day or church and a street in one sentence: {T} the title, {S} the
# surname, {F} the saint, {N} the street.
COMBO_FRAMES = ["{T} {S} blessed the boats at the St. {F}'s Day fair on {N} Ave.",
                "{T} {S} rang the bells at St. {F}'s on {N} Rd.",
                "The St. {F}'s choir sang for {T} {S} on {N} St.",
                "{T} {S} founded the St. {F}'s food pantry on {N} Blvd."]
# After a full name: (abbreviation, reading, whether a comma goes before it).
SUFFIXES = [("Jr.", "Junior", False), ("Sr.", "Senior", False), ("V", "the fifth", False),
            ("Ph.D.", "P h D", True), ("M.D.", "M D", True), ("D.D.S.", "D D S", True)]
SUFFIX_FRAMES = ["{X} inherited the orchard.", "The clinic was founded by {X}.",
                 "Friends remember {X} as generous.", "The suit was filed by {X}."]
STREET_FRAMES = ["Snowplows cleared {X} first.", "A delivery truck blocked {X} for an hour.",
                 "The new cafe on {X} opens at dawn.",
                 "Protesters gathered at the corner of {X}."]
STREET_WORDS = {"St.": "Street", "Ave.": "Avenue", "Dr.": "Drive", "Blvd.": "Boulevard",
                "Rd.": "Road", "Ln.": "Lane", "Pkwy.": "Parkway", "Ter.": "Terrace"}


def place_row(rng, part, places) -> tuple[str, str]:
    """A place with an abbreviation before its name ("St.", "Mt.", "Ft.", read as its word) in
    a frame of its own: (abbreviation, word, names, frames) from `places`."""
    abbr, word, names, frames = pick(rng, places)
    frame = pick(rng, split(frames, part))
    name = pick(rng, split(names, part))
    return fill(frame, f"{abbr} {name}", [f"{word} {name}"])


def title(rng, part):
    # A rank or office in a third of the rows, the rest shared by the other kinds.
    k = pick(rng, [0, 0, 0, 1, 2, 2, 3, 3, 4, 5])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        # A rank, office or clergy title before a surname or a full name.
        abbr, words, who = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        names = {"m": MEN, "w": WOMEN}.get(who, FIRST_NAMES)
        first = pick(rng, split(names, part)) + " " if who or rng.random() < 0.4 else ""
        # "Hon." goes after "the": "the Honorable ...".
        the = ("The " if frame.startswith("{X}") else "the ") if abbr == "Hon." else ""
        return fill(frame, f"{the}{abbr} {first}{sur}",
                    [f"{the}{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        return place_row(rng, part, PLACES)
    if k == 3:
        # Jr., Sr. or V after a full name (with a comma or without), a degree after a comma.
        first = pick(rng, split(MEN, part))
        abbr, word, must = pick(rng, SUFFIXES)
        frame = pick(rng, split(SUFFIX_FRAMES, part))
        comma = "," if must or abbr.endswith(".") and rng.random() < 0.4 else ""
        if comma and not frame.endswith("{X}."):
            frame = frame.replace("{X}", "{X},")
        return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {word}"])
    if k == 4:
        # "St." after a name is Street; so are Ave., Dr., Blvd., Rd., Ln., Pkwy. and Ter.
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_WORDS)
    # All at once: a title, a saint's day or church, and a street.
    return combo_row(rng, part, sur, COURTESY[:4] + [("Rev.", "Reverend"), ("Capt.", "Captain")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_WORDS)


# ---------------------------------------------------------------------------------- mixed

def flight_slot(rng) -> tuple[str, list[str]]:
    """A flight number without zeros: two digits as a number, three as digits or as the
    first and the last two ("four seventeen"), four in pairs or as digits."""
    n = pick(rng, [rng.randint(11, 99), rng.randint(111, 999), rng.randint(1111, 2999)])
    s = str(n)
    if "0" in s:
        s = s.replace("0", str(rng.randint(1, 9)))
    if len(s) == 2:
        return s, [card(int(s))]
    if len(s) == 3:
        return s, [digits(s), f"{card(int(s[0]))} {card(int(s[1:]))}"]
    return s, [f"{card(int(s[:2]))} {card(int(s[2:]))}", digits(s)]


def boeing_slot(rng) -> tuple[str, list[str]]:
    """A Boeing airliner, always said digit by digit ("seven three seven"), the 777 also
    "triple seven"."""
    model = pick(rng, ["737", "747", "757", "767", "777", "787"])
    return model, [digits(model)] + (["triple seven"] if model == "777" else [])


def airbus_slot(rng) -> tuple[str, list[str]]:
    """An Airbus airliner: "A321", "A three twenty one"."""
    n = pick(rng, [220, 319, 320, 321, 330, 340, 350, 380])
    return f"A{n}", [f"A {card(n // 100)} {card(n % 100)}"]


def score_slot(rng) -> tuple[str, list[str]]:
    """A football or hockey score without a nil: "3-1", "three one" or "three to one"."""
    a = rng.randint(2, 6)
    b = rng.randint(1, a - 1)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{card(a)} {card(b)}", f"{card(a)} to {card(b)}"]


def month_year_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    month, y = pick(rng, MONTHS), rng.randint(first, last)
    return f"{month} {y}", [f"{month} {r}" for r in year_readings(y)]


def year_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    y = rng.randint(first, last)
    return str(y), year_readings(y)


def index_slot(rng) -> tuple[str, list[str]]:
    whole, frac = rng.randint(2000, 39999), f"{rng.randint(1, 99):02d}"
    return f"{whole:,}.{frac}", [f"{card(whole)} point {d}" for d in zero_variants(digits(frac))]


def points_num(rng, part):
    return points_slot(rng, 2, 9)


def adult_price(rng, part):
    return price_slot(rng)


# (frame, {slot: generator (rng, part) -> (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("Delta flight {A} left Atlanta at {B} with {C} passengers on board.",
     {"A": slot(flight_slot), "B": slot(zone_slot, 0.0, EASTERN),
      "C": slot(count_slot, 40, 380)}),
    ("United flight {A} was diverted at {B} after {C} passengers fell ill.",
     {"A": slot(flight_slot), "B": slot(zone_slot, 0.0, US_ZONES),
      "C": slot(count_slot, 2, 40)}),
    ("The {A}-year-old midfielder scored twice as the hosts won {B} on {C}.",
     {"A": slot(age_slot, 18, 37), "B": slot(score_slot),
      "C": slot(date_slot, 2015, 2024, 0.0, 0.5)}),
    ("The {A}-year-old winger was sent off in the {B} defeat on {C}.",
     {"A": slot(age_slot, 18, 37), "B": slot(score_slot),
      "C": slot(date_slot, 2015, 2024, 0.0, 0.5)}),
    ("The airline flew its last Boeing {A} on {B}, {C} years after the first.",
     {"A": slot(boeing_slot), "B": slot(date_slot, 2010, 2024, 1.0, 0.0),
      "C": slot(count_slot, 12, 40)}),
    ("The Airbus {A} landed at {B}, {C} minutes behind schedule.",
     {"A": slot(airbus_slot), "B": slot(zone_slot, 0.3), "C": slot(count_slot, 5, 90)}),
    ("Support for the governor fell {A} percentage points to {B} in a poll taken on {C}.",
     {"A": points_num, "B": slot(pct_slot, 20, 60, True),
      "C": slot(date_slot, 2015, 2024, 0.5, 0.3)}),
    ("The bank lifted its main rate by {A} to {B} on {C}.",
     {"A": slot(basis_slot), "B": slot(pct_slot, 1, 9, True),
      "C": slot(date_slot, 2015, 2024, 0.5, 0.3)}),
    ("The {A} film festival opens at {B} on {C}.",
     {"A": slot(ord_slot, 2, 80), "B": slot(zone_slot, 0.0),
      "C": slot(date_slot, 2025, 2030, 0.0, 0.6)}),
    ("Adults pay {A}, while children under {B} go free.",
     {"A": adult_price, "B": slot(age_slot, 4, 16)}),
    ("The index closed {A} higher at {B} on {C}.",
     {"A": slot(pct_slot, 0, 3, True), "B": slot(index_slot),
      "C": slot(date_slot, 2010, 2024, 0.0, 0.6)}),
    ("Consumer prices rose {A} in the year to {B}, after {C} a year before.",
     {"A": slot(pct_slot, 1, 9, True), "B": slot(month_year_slot, 2001, 2024),
      "C": slot(pct_slot, 2, 12, True)}),
    ("The {A} Tour de France covers {B} kilometers over {C} stages.",
     {"A": slot(ord_slot, 90, 115), "B": slot(count_slot, 3000, 4000),
      "C": slot(count_slot, 18, 23)}),
    ("{a} {A}-year-old hiker was rescued at {B} on {C}.",
     {"A": slot(age_slot, 16, 85), "B": slot(clock_slot),
      "C": slot(date_slot, 2015, 2024, 0.0, 0.6)}),
    ("Call {A} before {B} to reserve one of the {C} seats.",
     {"A": lambda rng, part: phone_slot(rng, part), "B": slot(zone_slot, 0.0),
      "C": slot(count_slot, 20, 400, True)}),
    ("The stew serves {A} and needs {B} pounds of beef.",
     {"A": slot(age_slot, 4, 12), "B": slot(mixed_number_slot, 2, 4, 3)}),
    ("Gusts of {A} hit the coast at {B}, and {C} homes lost power.",
     {"A": unit_slot("kph", 80, 190), "B": slot(zone_slot, 0.2),
      "C": slot(count_slot, 1000, 250000)}),
    ("Since {A}, the charity has planted {B} trees in {C} countries.",
     {"A": slot(year_slot, 1960, 2015), "B": slot(count_slot, 10000, 999999),
      "C": slot(count_slot, 3, 60)}),
]


mixed = mixed_class(MIXED_CLASS_FRAMES)


def main():
    unseen.round_main("r100", None, per_class=24, seed=727, en=en_classes(globals()))


if __name__ == "__main__":
    main()
