"""Hundred-and-second round (issue 33), English, every class at once, written after round 101
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes: news, product pages, recipes,
weather and sports reports, e-mails, travel guides, business reports and history. Counts
(and ages: "a 27-year-old", "aged 44"), ordinals ("her 3rd Grand Slam title", "the 96th
Academy Awards", "the 4th floor"), dates (written out, cut short, British and numeric),
years (decades, "from 1994 to 2003", BC and AD, "FY2026"), clock times with and without time
zones, money in the currencies text uses most ($, £, €, ¥, ₹, with cents and pence: "$4.99",
"£3.50"; "$2.4 million", "€12bn", "$85k") and a few codes (CAD, AUD, JPY), measures in the
units of product pages, weather, sport and cooking (mph, °F, °C, km, kg, lbs, oz, ml, g, cm,
mm, ft, GB, TB, kWh, W, hp, mAh, psi, sq ft, km/h), percentages (points, basis points,
negative rates), decimals (ratings, exchange rates, versions), phone numbers (US, British,
Australian and New Zealand, "1-800-ROOFING"), fractions (recipes in tsp, tbsp and cups,
"2 ½ cups", ratios), regnal numerals (Byzantine emperors, Bulgarian tsars, Rwandan and
Burundian kings, caliphs, Chalukya and Pallava kings ...), ranges (numbers, percentages,
dollar and pound prices, clock times, years, temperatures), web addresses, e-mail and handles
(.com, .net, .io, .ie, .ca, .co.uk ...), US street addresses (courts, places, circles and
highways; suites, floors, ZIP+4 codes, P.O. boxes), titles (political, military and police
ranks, clergy, Jr. and degrees) and mixed sentences with two or three numbers of different
kinds (scores, flights, prices and dates). Frames and words are new: no sentence, noun,
name, street, city, host or ruler here was used by a committed English set (checked against
the inputs of every tn-unseen/*en*.tsv and the word lists of rounds 73, 92, 95, 98 and 100;
months, weekdays, states, street types, titles, units, currencies and .com/.org recur).
Labels are English as a newsreader speaks it, from first principles; where English has two
usual readings all are accepted, written " ‖ " between them ("four ninety nine ‖ four dollars
and ninety nine cents", "seventy two degrees ‖ seventy two degrees Fahrenheit"). The "and"
after hundred or thousand, "oh" for a zero and letters said one by one are folded by the
comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r102.py [--per-class 24] [--seed 739]

writes crates/text-normalizer/tests/data/tn-unseen/r102-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, ordw
from unseen_r2 import split
from unseen_r95 import cards, to_roman, two_years, with_written, year_readings
from unseen_r98 import (clock_slot, count_slot, en_classes, era_slot, fill, fraction_slot,
                        mixed_class, mixed_number_slot, noun_count, ord_slot, slot)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (ABROAD, UK_AREAS, abroad_number, age_slot, airbus_slot, basis_slot,
                         boeing_slot, clock_range, date_slot, decade_slot, decimal_slot,
                         flight_slot, minus_slot, money_range, month_year_slot, pct_slot,
                         place_row, plain_range, points_slot, ratio_slot, score_slot, uk_number,
                         vanity_number, version_slot, year_slot, zone_slot, US_ZONES)
from unseen_r100 import address_slot as us_address
from unseen_r100 import web as web_of


# ------------------------------------------------------------------------------- counts

COUNT_NOUNS = ["laptops", "smartphones", "printers", "drones", "headsets", "blenders",
               "toasters", "microwaves", "dishwashers", "sofas", "wardrobes", "recliners",
               "generators", "excavators", "tractors", "ambulances", "minibuses", "sailboats",
               "paddleboards", "wetsuits", "backpacks", "projectors", "thermostats",
               "doorbells"]
# (frame, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("The retailer shipped {X} in the first week of the sale.", 999999, True),
                ("Our depot currently has {X} in stock.", 9999, False),
                ("The hospital trust ordered {X} for its rural clinics.", 999, False),
                ("Customs officers seized {X} at the port on Thursday.", 99999, False),
                ("The company expects to sell {X} this year.", 999999, True),
                ("A school in the valley received {X} from a local donor.", 999, False),
                ("The rental firm added {X} to its fleet.", 9999, False),
                ("Flooding damaged {X} at the distribution center.", 99999, False)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("{a} {X}-year-old cyclist was taken to hospital after the crash.", 16, 80),
              ("The {X}-year-old striker joined the club on a free transfer.", 18, 36),
              ("A woman aged {X} was arrested at the scene.", 18, 90),
              ("The driver, {X}, was not hurt.", 18, 85),
              ("The singer, who is {X}, announced her retirement on Tuesday.", 30, 88),
              ("{a} {X}-year-old boy was rescued from the river.", 5, 16),
              ("Applicants must be at least {X} years old.", 16, 25),
              ("The former mayor died on Sunday at the age of {X}.", 60, 99)]


def count(rng, part):
    if rng.random() < 0.3:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    noun = pick(rng, split(COUNT_NOUNS, part))
    frame, most, millions = pick(rng, split(COUNT_FRAMES, part))
    return fill(frame, *noun_count(rng, noun, most, millions))


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("She won her {X} Grand Slam title in straight sets.", 2, 24),
                  ("The {X} Academy Awards will be held in March.", 80, 98),
                  ("Our office has moved to the {X} floor.", 2, 60),
                  ("The team is ranked {X} in the world.", 1, 90),
                  ("The town celebrates the {X} anniversary of its charter this summer.", 2,
                   400),
                  ("He finished {X} in the national championship.", 1, 30),
                  ("The brewery is hosting its {X} annual beer festival.", 2, 45),
                  ("The amendment passed on its {X} reading.", 2, 3)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    return fill(frame, *ord_slot(rng, lo, hi, frame.split("{X}")[0].split()[-1].lower()))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("Your order is expected to arrive on {X}.", 2025, 2027),
               ("The treaty was signed in Lisbon on {X}.", 1905, 2024),
               ("Early bird tickets are available until {X}.", 2025, 2030),
               ("The factory shut down on {X}.", 1950, 2024),
               ("The storm made landfall on {X}.", 1905, 2024),
               ("Please submit your expense claims by {X}.", 2025, 2030),
               ("The company was listed on the stock exchange on {X}.", 1960, 2024),
               ("Our store will be closed for stocktaking on {X}.", 2025, 2030)]


def date(rng, part):
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    return fill(frame, *date_slot(rng, first, last))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The cathedral's spire was rebuilt in {X}.", 1700, 2000),
               ("My parents emigrated to Canada in {X}.", 1950, 2020),
               ("The brand launched its first sneaker in {X}.", 1960, 2020),
               ("The railway reached the coast in {X}.", 1830, 1930),
               ("The hotel has been family run since {X}.", 1880, 2010),
               ("The vineyard was replanted in {X}.", 1850, 2015),
               ("He joined the company as an apprentice in {X}.", 1950, 2020),
               ("The last tram ran through the city center in {X}.", 1920, 1990)]
FROM_FRAMES = [("He served as the town's postmaster from {X}.", 1880, 1990),
               ("The magazine was published monthly from {X}.", 1900, 2005),
               ("She coached the national team from {X}.", 1960, 2010),
               ("The abbey was used as a prison from {X}.", 1700, 1950)]
# (frame, the eras that fit it)
ERA_FRAMES = [("The pottery shards date from around {X}.", ["BC", "BCE"]),
              ("The aqueduct was completed in {X}.", ["AD", "BC"]),
              ("A great fire swept through the port in {X}.", ["BC", "AD", "CE"]),
              ("The first coins were minted there in about {X}.", ["BC"])]
FY_FRAMES = ["Revenue should top two billion dollars in {X}.",
             "The agency's budget will be frozen in {X}."]


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
    if k < 0.38:
        frame = FY_FRAMES[0 if part == "dev" else 1]
        y = rng.randint(2024, 2032)
        gap = pick(rng, ["", " "])
        return fill(frame, f"FY{gap}{y}",
                    [f"{w} {r}" for w in ("F Y", "fiscal year") for r in year_readings(y)])
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.55 and "since" not in frame:
        return fill(frame, *decade_slot(rng, first, last))
    y = rng.randint(max(first, 1900), last) if rng.random() < 0.6 else rng.randint(first, last)
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

TIME_FRAMES = ["The match kicks off at {X}.", "Check-in at the hotel is from {X}.",
               "The news bulletin airs at {X}.", "The last bus leaves the station at {X}.",
               "Polls close at {X}.", "Our customer service line opens at {X}.",
               "The press conference is scheduled for {X}.",
               "The earthquake was felt across the region at {X}."]


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    if rng.random() < 0.35:
        return fill(frame, *zone_slot(rng))
    return fill(frame, *clock_slot(rng))


# -------------------------------------------------------------------------------- money

# A currency written before the number with cents or pence: (symbol, readings of the unit,
# the small coin, whether "four ninety nine" is said for it).
DOLLAR = ("$", ["dollars"], "cents", True)
POUND = ("£", ["pounds"], "pence", True)
EURO = ("€", ["euros", "euro"], "cents", True)
# (written form, readings of the unit, smallest, largest, step)
PRICES = [("${}", ["dollars"], 2, 300, 1), ("${}", ["dollars"], 2, 90, 1),
          ("£{}", ["pounds"], 2, 150, 1), ("€{}", ["euros", "euro"], 2, 150, 1),
          ("¥{}", ["yen"], 200, 9000, 100), ("₹{}", ["rupees", "Indian rupees"], 20, 2000, 10),
          ("CAD {}", ["Canadian dollars"], 5, 300, 1),
          ("AUD {}", ["Australian dollars"], 5, 300, 1)]
SMALL_MONEY_FRAMES = ["The wireless mouse is on sale for {X}.",
                      "A day pass for the water park costs {X}.",
                      "Delivery is free on orders over {X}.",
                      "A bowl of ramen near the station is about {X}.",
                      "The paperback edition retails at {X}.",
                      "Entry to the botanic garden is {X} for adults.",
                      "A cooking class with lunch costs {X} per person.",
                      "The hotel charges {X} for parking overnight."]
SUMS = [("$", ["dollars"], ["", "million", "billion", "m", "bn"]),
        ("$", ["dollars"], ["million", "billion"]),
        ("£", ["pounds"], ["", "million", "billion", "m", "bn"]),
        ("€", ["euros", "euro"], ["", "million", "billion", "m", "bn"]),
        ("¥", ["yen"], ["million", "billion"]),
        ("₹", ["rupees", "Indian rupees"], ["million", "billion"]),
        ("JPY ", ["yen", "Japanese yen"], ["million", "billion"])]
SCALE_WORDS = {"m": "million", "bn": "billion"}
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The chipmaker reported quarterly profits of {X}.", True),
                      ("The family sold the manor house for {X}.", False),
                      ("The merger is valued at {X}.", True),
                      ("The charity raised {X} at its winter gala.", False),
                      ("The government will spend {X} on rural broadband.", True),
                      ("The studio's new film cost {X} to make.", False),
                      ("Investors pulled {X} out of the fund in a week.", True),
                      ("The school received a grant of {X} for a new gym.", False)]
SALARY_FRAMES = ["The role pays up to {X} plus benefits.",
                 "Graduate trainees at the firm earn {X}."]


def cents_slot(rng) -> tuple[str, list[str]]:
    """A price with cents or pence: "$4.99" is "four dollars and ninety nine cents", "four
    dollars ninety nine" or "four ninety nine"; "£3.50" is "three pounds fifty" too."""
    sym, units, small, _ = pick(rng, [DOLLAR, DOLLAR, POUND, EURO])
    whole = rng.randint(2, 60)
    c = pick(rng, [99, 99, 95, 50, 50, 49, 25, 75, 45, 89, 79, 20, 30, 40, 60, 80])
    w, s = card(whole), card(c)
    spoken = [f"{w} {s}"]
    for u in units:
        spoken += [f"{w} {u} and {s} {small}", f"{w} {u} {s} {small}", f"{w} {u} {s}"]
    return f"{sym}{whole}.{c:02d}", spoken


def price_slot(rng) -> tuple[str, list[str]]:
    fmt, units, lo, hi, step = pick(rng, PRICES)
    n = rng.randrange(lo, hi + 1, step)
    return fmt.format(with_written(n, rng, 0.6)), [f"{c} {u}" for c in cards(n) for u in units]


def sum_slot(rng, large: bool = True) -> tuple[str, list[str]]:
    sym, units, scales = pick(rng, SUMS)
    scales = [s for s in scales if s in ("", "million", "m")] if not large else \
        [s for s in scales if s]
    scale = pick(rng, scales)
    if scale == "":
        n = rng.randint(1000, 999999) if rng.random() < 0.5 else rng.randrange(5000, 990000, 5000)
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
    sym, units = pick(rng, [("$", ["dollars"]), ("$", ["dollars"]), ("£", ["pounds"]),
                            ("€", ["euros", "euro"])])
    n = rng.randrange(25, 181, 5)
    if rng.random() < 0.5:
        return f"{sym}{n}k", [f"{c} thousand {u}" for c in cards(n) for u in units]
    return f"{sym}{n * 1000:,} a year", [f"{c} thousand {u} a year" for c in cards(n)
                                          for u in units]


def money(rng, part):
    k = rng.random()
    if k < 0.3:
        return fill(pick(rng, split(SMALL_MONEY_FRAMES, part)), *price_slot(rng))
    if k < 0.5:
        return fill(pick(rng, split(SMALL_MONEY_FRAMES, part)), *cents_slot(rng))
    if k < 0.6:
        return fill(SALARY_FRAMES[0 if part == "dev" else 1], *salary_slot(rng))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *sum_slot(rng, large))


# ------------------------------------------------------------------------------ measures

# (symbol, singulars, plurals, [(dev frame, smallest, largest), (held frame, ...)], share of
# decimals, whether it may be written without a space). Metres and meters, litres and liters
# are folded alike by the comparison; "GB", "TB", "psi" and "mAh" are said as letters too.
UNITS = [("mph", ["mile per hour"], ["miles per hour", "m p h"],
          [("Winds of up to {X} are forecast for Saturday.", 20, 90),
           ("The police clocked the car at {X} in a school zone.", 40, 120)], 0.0, False),
         ("°F", ["degree Fahrenheit", "degree"], ["degrees Fahrenheit", "degrees"],
          [("Afternoon highs will reach {X} on Friday.", 45, 105),
           ("Bake the loaf at {X} for forty minutes.", 325, 450)], 0.0, True),
         ("°C", ["degree Celsius", "degree"], ["degrees Celsius", "degrees"],
          [("Temperatures in the capital climbed to {X} yesterday.", 12, 44),
           ("Keep the wine at around {X} before serving.", 8, 18)], 0.0, True),
         ("km", ["kilometer"], ["kilometers"],
          [("The coastal trail is {X} long.", 3, 120),
           ("The village lies {X} north of the airport.", 4, 90)], 0.3, True),
         ("kg", ["kilogram"], ["kilograms", "kilos"],
          [("The suitcase weighs just {X} empty.", 2, 6),
           ("Checked bags must not exceed {X}.", 20, 32)], 0.4, True),
         ("lbs", ["pound"], ["pounds"],
          [("The rescue dog weighs about {X}.", 8, 120),
           ("The treadmill supports users up to {X}.", 220, 400)], 0.0, False),
         ("oz", ["ounce"], ["ounces"],
          [("Each can holds {X} of sparkling water.", 8, 16),
           ("The steak on the menu is a hefty {X}.", 6, 32)], 0.0, True),
         ("ml", ["milliliter"], ["milliliters"],
          [("Add {X} of warm water to the yeast.", 50, 500),
           ("The travel bottle holds {X} of shampoo.", 30, 100)], 0.0, True),
         ("g", ["gram"], ["grams"],
          [("Sift {X} of plain flour into the bowl.", 50, 500),
           ("Each bar contains {X} of protein.", 10, 30)], 0.0, True),
         ("cm", ["centimeter"], ["centimeters"],
          [("Up to {X} of snow fell on the hills overnight.", 2, 60),
           ("The cabin bag must be under {X} tall.", 40, 56)], 0.0, True),
         ("mm", ["millimeter"], ["millimeters"],
          [("The portrait lens has a focal length of {X}.", 35, 135),
           ("Up to {X} of rain is expected by Monday.", 10, 150)], 0.0, True),
         ("ft", ["foot"], ["feet"],
          [("The yacht is {X} long.", 24, 90),
           ("Waves reached {X} along the shore.", 3, 30)], 0.0, False),
         ("GB", ["gigabyte", "G B"], ["gigabytes", "G B"],
          [("The tablet comes with {X} of storage.", 32, 512),
           ("Your plan includes {X} of mobile data a month.", 2, 100)], 0.0, True),
         ("TB", ["terabyte", "T B"], ["terabytes", "T B"],
          [("The external drive holds {X}.", 2, 20),
           ("The desktop ships with a {X} drive.", 2, 4)], 0.0, True),
         ("kWh", ["kilowatt hour"], ["kilowatt hours"],
          [("The average home uses about {X} a month.", 400, 1200),
           ("The car's battery pack stores {X}.", 40, 110)], 0.1, True),
         ("W", ["watt"], ["watts"],
          [("The microwave runs at {X}.", 600, 1200),
           ("The charger delivers up to {X}.", 18, 140)], 0.0, True),
         ("hp", ["horsepower"], ["horsepower"],
          [("The new engine produces {X}.", 150, 700),
           ("The outboard motor is rated at {X}.", 20, 300)], 0.0, False),
         ("mAh", ["milliamp hour", "milliampere hour", "M A H"],
          ["milliamp hours", "milliampere hours", "M A H"],
          [("The phone packs a {X} battery.", 3000, 6000),
           ("The power bank has a capacity of {X}.", 5000, 26800)], 0.0, True),
         ("psi", ["pound per square inch"], ["pounds per square inch", "P S I"],
          [("Inflate the front tires to {X}.", 30, 44),
           ("The pressure washer delivers {X}.", 1500, 3200)], 0.0, False),
         ("sq ft", ["square foot"], ["square feet"],
          [("The loft apartment offers {X} of living space.", 450, 2400),
           ("The new store covers {X}.", 3000, 90000)], 0.0, False),
         ("km/h", ["kilometer per hour"], ["kilometers per hour"],
          [("The speed limit on the motorway is {X}.", 80, 130),
           ("The high-speed train tops out at {X}.", 250, 350)], 0.0, False)]
FROST_FRAMES = ["Overnight lows could dip to {X} in the suburbs.",
                "The wind chill made it feel like {X} this morning."]


def measure_slot(rng, unit, lo: int, hi: int, attr: bool = False) -> tuple[str, list[str]]:
    """A measure; before a noun ("a 2TB drive", "the 256GB model") the unit is singular, "a
    two terabyte drive", and a number after "the" takes no "a" ("the one hundred ...")."""
    sym, one, many, _, dec, tight = unit
    if attr:
        many = one
    gap = pick(rng, [" ", ""]) if tight else " "
    if sym.startswith("°"):
        gap = "" if rng.random() < 0.8 else " "
    if rng.random() < dec:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return f"{whole:,}.{tenth}{gap}{sym}", [f"{card(whole)} point {card(tenth)} {u}"
                                                 for u in many]
    n = rng.randint(lo, hi)
    # Ratings and readings are round numbers more often than not: 5,000mAh, 900 W.
    step = 100 if n >= 1000 else 10 if n >= 100 else 1
    if rng.random() < 0.7 and n - n % step >= lo:
        n -= n % step
    said = [c for c in cards(n) if not (attr and c.startswith("a "))]
    return (f"{with_written(n, rng)}{gap}{sym}",
            [f"{c} {u}" for c in said for u in (one if n == 1 else many)])


def frost_slot(rng) -> tuple[str, list[str]]:
    """Below zero: "-8°F" or "−8°C", "minus eight degrees" or "negative eight degrees"."""
    n = rng.randint(2, 25)
    sign = pick(rng, ["-", "−"])
    scale = pick(rng, ["F", "C"])
    word = "Fahrenheit" if scale == "F" else "Celsius"
    return f"{sign}{n}°{scale}", [f"{m} {card(n)} degrees{w}" for m in ("minus", "negative")
                                  for w in ("", " " + word)]


def unit_slot(sym: str, lo: int, hi: int, attr: bool = False):
    unit = [u for u in UNITS if u[0] == sym][0]
    return lambda rng, part: measure_slot(rng, unit, lo, hi, attr)


def measure(rng, part):
    if rng.random() < 0.1:
        return fill(FROST_FRAMES[0 if part == "dev" else 1], *frost_slot(rng))
    unit = pick(rng, UNITS[:4] + UNITS)
    frame, lo, hi = unit[3][0 if part == "dev" else 1]
    return fill(frame, *measure_slot(rng, unit, lo, hi, " a {X} " in frame))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("Annual inflation cooled to {X} in April.", 1, 9, True),
                  ("All winter coats are {X} off this weekend.", 10, 70, False),
                  ("The battery charges to {X} in half an hour.", 50, 90, False),
                  ("The chain's online sales rose {X} in the last quarter.", 2, 40, True),
                  ("There is {a} {X} chance of showers after lunch.", 10, 90, False),
                  ("Mortgage rates have climbed to {X}.", 3, 8, True),
                  ("Nearly {X} of the staff work from home.", 10, 60, False),
                  ("The firm's market share slipped to {X}.", 5, 40, True)]
POINTS_FRAMES = [("Approval of the mayor dropped {X} percentage points in a month.", 1, 12),
                 ("The opposition's lead widened to {X} points.", 2, 15),
                 ("The savings rate rose {X} percentage points last year.", 0, 3),
                 ("The unemployment gap has closed by {X} percentage points.", 1, 6)]
BASIS_FRAMES = ["The Fed is expected to trim rates by {X} in June.",
                "Spreads on corporate debt widened {X} this week."]
MINUS_FRAMES = ["Retail sales growth came in at {X} in February.",
                "The fund's return over the past year was {X}."]


def percent(rng, part):
    k = rng.random()
    if k < 0.15:
        frame, lo, hi = pick(rng, split(POINTS_FRAMES, part))
        return fill(frame, *points_slot(rng, lo, hi))
    if k < 0.23:
        return fill(BASIS_FRAMES[0 if part == "dev" else 1], *basis_slot(rng))
    if k < 0.31:
        return fill(MINUS_FRAMES[0 if part == "dev" else 1], *minus_slot(rng))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    return fill(frame, *pct_slot(rng, lo, hi, dec))


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The hotel has a guest rating of {X} out of five.", 3, 4, 1),
                  ("The euro rose to {X} dollars in early trading.", 1, 1, 4),
                  ("The earthquake measured {X} on the Richter scale.", 3, 8, 1),
                  ("The baby was born weighing {X} pounds.", 5, 9, 1),
                  ("The sprinter won the final in {X} seconds.", 9, 10, 2),
                  ("The average family here has {X} children.", 1, 2, 1),
                  ("The screen measures {X} inches diagonally.", 10, 16, 1),
                  ("The average commute in the city is {X} miles.", 5, 25, 1)]
VERSION_FRAMES = ["Please update the app to version {X} or later.",
                  "The security flaw was patched in release {X}."]


def decimal(rng, part):
    if rng.random() < 0.2:
        return fill(VERSION_FRAMES[0 if part == "dev" else 1], *version_slot(rng))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["For reservations, please call {X}.", "After hours, leave a message on {X}.",
                "Our sales team is available on {X}.",
                "If you have any questions, give us a ring on {X}.",
                "Customers with a faulty charger should call {X}.",
                "The box office number is {X}.",
                "You can reach me directly at {X}.",
                "Anyone with information should contact detectives on {X}."]
VANITY = ["ROOFING", "DENTIST", "GUTTERS", "TOWING"]


def phone_slot(rng, part) -> tuple[str, list[str]]:
    """A US number, a British one, an Australian or New Zealand one or a word number."""
    k = rng.random()
    if k < 0.45:
        return us_phone_slot(rng)
    if k < 0.7:
        area = pick(rng, UK_AREAS)
        if len(area) == 3:
            return uk_number(rng, area, "378" if area == "020" else "2345679")
        return uk_number(rng, area)
    if k < 0.88:
        return abroad_number(rng, ABROAD)
    return vanity_number(rng, part, VANITY)


def phone(rng, part):
    return fill(pick(rng, split(PHONE_FRAMES, part)), *phone_slot(rng, part))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Around {X} of the budget goes on salaries.",
                   "Only {X} of the tickets were sold online.",
                   "The drought has dried up {X} of the wells in the county.",
                   "Renters make up {X} of the city's households.",
                   "Storms destroyed {X} of the vineyard's harvest.",
                   "Roughly {X} of the patients reported side effects.",
                   "The firm plans to cut {X} of its office space.",
                   "Women hold {X} of the seats on the board."]
# A spoon measure in a recipe: (frame, written, singular, plural).
SPOON_FRAMES = [("Stir in {X} of ground cinnamon.", "tsp", "teaspoon", "teaspoons"),
                ("Season with {X} of sea salt.", "tsp", "teaspoon", "teaspoons"),
                ("Drizzle over {X} of honey.", "tbsp", "tablespoon", "tablespoons"),
                ("Whisk in {X} of soy sauce.", "tbsp", "tablespoon", "tablespoons")]
CUP_FRAMES = [("Measure out {X} cups of rolled oats.", 2, 4, 5),
              ("Pour in {X} cups of vegetable stock.", 2, 6, 5),
              ("The recipe calls for {X} cups of sugar.", 2, 3, 3),
              ("Add {X} cups of chopped walnuts.", 2, 3, 3)]
RATIO_FRAMES = [("Cook the rice at a {X} ratio of water to rice.", [(2, 1), (3, 2)]),
                ("The TV has a contrast ratio of {X}.", [(1000, 1), (3000, 1), (5000, 1)]),
                ("Mix the epoxy {X} by volume.", [(1, 1), (2, 1), (4, 1)]),
                ("The architect built a model at {X}.", [(1, 50), (1, 100), (1, 200)])]
PARTS = [("1/2", "½", ["a half", "one half"]),
         ("1/4", "¼", ["a quarter", "one quarter", "a fourth", "one fourth"]),
         ("3/4", "¾", ["three quarters", "three quarter", "three fourths"]),
         ("1/3", "⅓", ["a third", "one third"])]


def spoon_slot(rng, abbr: str, one: str, many: str) -> tuple[str, list[str]]:
    """"½ tsp" is "half a teaspoon"; "1 ½ tbsp" is "one and a half tablespoons", also "a
    tablespoon and a half"."""
    if rng.random() < 0.35:
        n = rng.randint(1, 2)
        slash, glyph, said = pick(rng, PARTS[:1])
        written = f"{n} {glyph if rng.random() < 0.5 else slash} {abbr}"
        spoken = [f"{card(n)} and {s} {many}" for s in said]
        if n == 1:
            spoken.append(f"a {one} and a half")
        return written, spoken
    slash, glyph, said = pick(rng, PARTS[:3])
    written = f"{glyph if rng.random() < 0.5 else slash} {abbr}"
    if slash == "1/2":
        return written, [f"half a {one}"] + [f"{s} {one}" for s in said]
    return written, ([f"{s} {one}" for s in said]
                     + [f"{s} of a {one}" for s in said if s != "three quarter"])


def fraction(rng, part):
    k = rng.random()
    if k < 0.25:
        frame, abbr, one, many = pick(rng, split(SPOON_FRAMES, part))
        return fill(frame, *spoon_slot(rng, abbr, one, many))
    if k < 0.45:
        frame, lo, hi, parts = pick(rng, split(CUP_FRAMES, part))
        return fill(frame, *mixed_number_slot(rng, lo, hi, parts))
    if k < 0.55:
        frame, ratios = pick(rng, split(RATIO_FRAMES, part))
        return fill(frame, *ratio_slot(rng, ratios))
    return fill(pick(rng, split(FRACTION_FRAMES, part)), *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the highest numeral it took, the title it is given, or None where the numbers
# name rulers of different titles)
RULERS = [("Boris", 3, None), ("Justinian", 2, "Emperor"), ("Isaac", 2, "Emperor"),
          ("Romanos", 4, "Emperor"), ("Roger", 2, None), ("Donald", 3, "King"),
          ("Umar", 2, "Caliph"), ("Agrippa", 2, None), ("Artavasdes", 2, "King"),
          ("Pomare", 5, None), ("Mwambutsa", 4, "King"), ("Kigeli", 5, "King"),
          ("Mutara", 3, "King"), ("Wenceslaus", 4, None), ("Vratislaus", 2, None),
          ("Nikephoros", 3, "Emperor"), ("Theodosius", 3, "Emperor"),
          ("Valentinian", 3, "Emperor"), ("Tiberius", 3, None), ("Constans", 2, "Emperor"),
          ("Gelasius", 2, "Pope"), ("Hisham", 2, None),
          ("Yusuf", 3, "Sultan"), ("Kavad", 2, "Shah"), ("Pulakeshin", 2, "King"),
          ("Vikramaditya", 6, "King"), ("Harihara", 2, "King"), ("Devaraya", 2, "King"),
          ("Kulothunga", 3, "King"), ("Narasimhavarman", 2, "King"),
          ("Nandivarman", 3, "King"), ("Sithu", 2, "King"), ("Zog", 1, "King")]
# Numbered from the second only: nobody says "Tiberius I" or "Umar I".
NO_FIRST = {"Tiberius", "Umar"}
REGNAL_FRAMES = ["The exhibition brings together treasures from the reign of {X}.",
                 "{X} signed a peace treaty with his neighbors.",
                 "Few portraits of {X} have survived.",
                 "{X}'s tomb lies beneath the old cathedral.",
                 "The palace was extended under {X}.",
                 "{X} is buried in the royal mausoleum.",
                 "Legends about {X} are still told in the villages.",
                 "{X}'s armies were defeated on the river plain."]


def regnal_slot(rng, rulers) -> tuple[str, list[str]]:
    name, top, title = pick(rng, rulers)
    n = rng.randint(1, top) if rng.random() < 0.25 or top < 2 else rng.randint(2, top)
    if name in NO_FIRST:
        n = max(n, 2)
    t = title + " " if title and rng.random() < 0.35 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def regnal(rng, part):
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, *regnal_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "Allow {X} days for delivery.", 2, 10, 5, 1),
                ("num", "The tour group is limited to {X} people.", 8, 30, 10, 2),
                ("pct", "Prices are expected to rise {X} next year.", 2, 9, 3, 1),
                ("pct", "Most buyers put down a deposit of {X}.", 5, 25, 10, 5),
                ("money", "Main courses cost {X}.", 12, 45, 15, 1),
                ("money", "Used copies sell for {X} online.", 5, 60, 20, 5),
                ("clock", "The pool is open to the public {X} on weekdays.", 0, 0, 0, 0),
                ("clock", "Visiting hours on the ward are {X}.", 0, 0, 0, 0),
                ("year", "The civil war lasted from {X}.", 1950, 2010, 12, 1),
                ("year", "The {X} season was his best.", 1985, 2022, 1, 1),
                ("temp", "Expect highs of {X} this afternoon.", 50, 95, 10, 1),
                ("temp", "Store the cheese at {X}.", 35, 55, 10, 1)]
RANGE_MONEY = [("${}", "dollars"), ("${}", "dollars"), ("£{}", "pounds"),
               ("€{}", "euros")]


def ranges(rng, part):
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    dash = pick(rng, ["-", "–"])
    if kind == "clock":
        return fill(frame, *clock_range(rng, dash))
    a = rng.randrange(lo, hi - step, step)
    while kind == "year" and (a % 100 < 10 or a == 1999):
        a = rng.randrange(lo, hi - step, step)
    b = rng.randrange(a + step, min(hi, a + gap) + 1, step)
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    if kind in ("num", "pct"):
        return fill(frame, *plain_range(rng, kind, a, b, dash, pairs))
    if kind == "temp":
        units = ["degrees", "degrees Fahrenheit"]
        return fill(frame, f"{a}{dash}{b}°F", [f"{x} to {y} {u}" for x, y in pairs
                                               for u in units])
    if kind == "money":
        fmt, many = pick(rng, RANGE_MONEY)
        return fill(frame, *money_range(rng, fmt, many, a, b, dash, pairs))
    if "from" in frame:
        b = a + rng.randint(2, gap)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    # A season across two years, "2014-15": "twenty fourteen fifteen", "twenty fourteen to
    # fifteen" or just "fourteen fifteen".
    b = (a + 1) % 100
    said = [f"{ya} {j}{card(b)}" for ya in year_readings(a) + [card(a % 100)]
            for j in ("", "to ")]
    return fill(frame, f"{a}{dash}{b:02d}", said)


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["otter", "badger", "lynx", "bison", "moose", "beaver", "falcon", "condor",
         "albatross", "stork", "ibis", "egret", "finch", "wren", "robin", "raven"]
SUBDOMAINS = ["shop", "help", "blog", "jobs"]
PATHS = ["returns", "forms", "gift-cards", "opening-hours", "size-guide", "road-closures"]
TLDS = [("com", "com"), ("com", "com"), ("com", "com"), ("org", "org"), ("net", "net"),
        ("io", "i o"), ("co.uk", "co dot u k"), ("ca", "c a"), ("ie", "i e"),
        ("com.au", "com dot a u"), ("de", "d e"), ("tv", "t v")]
SITE_FRAMES = ["Full terms and conditions are available at {X}.",
               "You can track your parcel at {X}.", "Register online at {X}.",
               "Read the full recipe at {X}.", "Live traffic updates are posted at {X}.",
               "The complete timetable can be found at {X}."]
MAIL_FRAMES = [("For refunds, email {X}.", "refunds"),
               ("Please send your CV to {X}.", "hiring"),
               ("Press inquiries should go to {X}.", "press"),
               ("Drop us a line at {X}.", "hello"),
               ("Send your holiday snaps to {X}.", "photos"),
               ("Feedback on the menu can be sent to {X}.", "chef"),
               ("To unsubscribe, write to {X}.", "newsletter"),
               ("Replies to the wedding invitation go to {X}.", "rsvp")]
HANDLE_FRAMES = ["Our Instagram handle is {X}.", "Follow the club at {X} for team news.",
                 "The band announced the tour dates to fans via {X}.",
                 "For service alerts, follow {X}."]
HANDLE_TAILS = ["official", "news", "live", "uk"]


def web(rng, part):
    """Round 100's web class of this round's lists; a web address's host has a word after it
    now and then ("otterdeals.com")."""
    return web_of(rng, part, HOSTS, TLDS, SUBDOMAINS, PATHS, SITE_FRAMES, MAIL_FRAMES,
                  HANDLE_FRAMES, HANDLE_TAILS, "uk", ["", "", "gear", "eats", "deals"])


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes)
CITIES = [("Dover", "DE", "199"), ("Montpelier", "VT", "056"), ("Concord", "NH", "033"),
          ("Morgantown", "WV", "265"), ("Bloomington", "IN", "474"),
          ("Ann Arbor", "MI", "481"), ("Rochester", "MN", "559"), ("Minot", "ND", "587"),
          ("Manhattan", "KS", "665"), ("Norman", "OK", "730"), ("Las Cruces", "NM", "880"),
          ("Yuma", "AZ", "853"), ("Redding", "CA", "960"), ("Muskogee", "OK", "744"),
          ("Durango", "CO", "813"), ("Pocatello", "ID", "832"), ("Rockford", "IL", "611"),
          ("Saginaw", "MI", "486"), ("Lafayette", "LA", "705"), ("Abilene", "TX", "796"),
          ("Waco", "TX", "767"), ("Tucson", "AZ", "857"), ("Salem", "OR", "973"),
          ("Olympia", "WA", "985")]
STREETS = ["Apricot", "Tangerine", "Plum", "Fig", "Fern", "Heather", "Prairie", "Bluff",
           "Brook", "Pond", "Beacon", "Compass", "Cobblestone", "Copper", "Amber", "Garnet",
           "Topaz", "Onyx", "Marble", "Slate", "Quartz"]
# (abbreviations a writer uses, the word); the common ones more often.
STREET_TYPES = [(["St.", "St"], "Street"), (["St.", "St"], "Street"),
                (["Ave.", "Ave"], "Avenue"), (["Ave.", "Ave"], "Avenue"),
                (["Rd.", "Rd"], "Road"), (["Dr."], "Drive"), (["Ln.", "Ln"], "Lane"),
                (["Ct.", "Ct"], "Court"), (["Pl."], "Place"), (["Cir.", "Cir"], "Circle"),
                (["Blvd.", "Blvd"], "Boulevard"), (["Hwy."], "Highway")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W.", "West"),
              ("N", "North"), ("W", "West")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("Returns should be shipped to {X}.", True),
                  ("The open house is at {X}.", False),
                  ("Payments can be mailed to {X}.", True),
                  ("The pop-up bakery has moved to {X}.", False),
                  ("Our registered office is {X}.", True),
                  ("The polling place is at {X}.", False),
                  ("Please address all correspondence to {X}.", True),
                  ("The crash happened outside {X}.", False)]


def address_slot(rng, part, box: bool = False) -> tuple[str, list[str]]:
    """Round 100's US address of this round's cities and streets, a numbered street only a
    street or an avenue."""
    return us_address(rng, part, box, CITIES, STREETS, STREET_TYPES, DIRECTIONS,
                      numbered_types=("Street", "Avenue"))


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    return fill(frame, *address_slot(rng, part, box))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Holloway", "Yamamoto", "Adebayo", "Montgomery", "Prescott", "Rutherford",
            "Sinclair", "Tennant", "Underhill", "Vandermeer", "Wexler", "Crowley",
            "Dunmore", "Ellsworth", "Hendricks", "Iverson", "Kingsley", "Mahoney",
            "Radcliffe", "Sutherland", "Trujillo", "Zimmerman", "Beaumont", "Carrington"]
WOMEN = ["Delphine", "Tabitha", "Cordelia", "Philomena", "Rosalie", "Georgina", "Lucinda",
         "Annabel", "Seraphina", "Eleanor"]
MEN = ["Caspian", "Fitzroy", "Lucian", "Oswin", "Lorcan", "Humphrey", "Leander", "Montague",
       "Percy", "Quentin", "Roderick"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings, who it goes before: "m" a man's name, "w" a woman's, "any" a full
# name, "" a surname or a full name)
TITLES = [("Sen.", ["Senator"], ""), ("Rep.", ["Representative"], ""),
          ("Gov.", ["Governor"], ""), ("Gen.", ["General"], ""), ("Col.", ["Colonel"], ""),
          ("Lt.", ["Lieutenant"], ""), ("Sgt.", ["Sergeant"], ""),
          ("Det.", ["Detective"], ""), ("Capt.", ["Captain"], ""),
          ("Supt.", ["Superintendent"], ""), ("Insp.", ["Inspector"], ""),
          ("Rev.", ["Reverend"], ""), ("Fr.", ["Father"], "m"),
          ("Lt. Col.", ["Lieutenant Colonel"], ""), ("Adm.", ["Admiral"], ""),
          ("Cpl.", ["Corporal"], ""), ("Amb.", ["Ambassador"], ""),
          ("Atty. Gen.", ["Attorney General"], "")]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} is expected to resign next week.",
                "The award was presented by {X}.",
                "{X} declined to comment on the report.",
                "In a letter to staff, {X} thanked the volunteers.",
                "{X} will visit the flood zone on Monday.",
                "The charity's patron, {X}, cut the ribbon.",
                "We spoke to {X} about the new policy.",
                "{X} praised the rescue crews."]
PLACES = [("St.", "Saint", ["Cloud", "Kitts", "Lucia", "Barts", "Vincent", "Clair"],
           ["Our flight to {X} was cancelled.", "The festival moves to {X} next year.",
            "She grew up in {X}.", "Hotel prices in {X} double in summer."]),
          ("Mt.", "Mount", ["Kilimanjaro", "Fuji", "Everest", "Etna", "Washington", "Shasta",
                            "Whitney", "Vesuvius"],
           ["Climbers were turned back from {X} by high winds.",
            "The view of {X} from the terrace is stunning.",
            "Clouds hid {X} for most of the week.",
            "The lodge sits at the foot of {X}."]),
          ("Ft.", "Fort", ["Myers", "Worth", "Smith", "Wayne", "Detrick", "Belvoir"],
           ["Flights to {X} were delayed by the storm.", "Rents in {X} have soared.",
            "He opened a second diner in {X}.", "The team bus left {X} at dawn."])]
SUFFIXES = [("Jr.", "Junior", False), ("Sr.", "Senior", False), ("III", "the third", False),
            ("Ph.D.", "P h D", True), ("M.D.", "M D", True), ("Esq.", "Esquire", True)]
SUFFIX_FRAMES = ["The lawsuit names {X} as a defendant.", "The study was led by {X}.",
                 "{X} was sworn in on Tuesday.", "The eulogy was given by {X}."]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 0, 1, 1, 2, 2, 3, 3])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words, who = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        names = {"m": MEN, "w": WOMEN}.get(who, FIRST_NAMES)
        first = pick(rng, split(names, part)) + " " if who or rng.random() < 0.4 else ""
        return fill(frame, f"{abbr} {first}{sur}", [f"{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        return place_row(rng, part, PLACES)
    first = pick(rng, split(MEN, part))
    abbr, word, must = pick(rng, SUFFIXES)
    frame = pick(rng, split(SUFFIX_FRAMES, part))
    comma = "," if must or abbr.endswith(".") and rng.random() < 0.4 else ""
    if comma and not frame.endswith("{X}."):
        frame = frame.replace("{X}", "{X},")
    return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {word}"])


# ---------------------------------------------------------------------------------- mixed

def small_price(rng, part):
    return price_slot(rng)


def cents_price(rng, part):
    return cents_slot(rng)


def draw_slot(rng) -> tuple[str, list[str]]:
    """A drawn score: "2-2", "two two", "two all" or "two to two"."""
    n = rng.randint(1, 3)
    return f"{n}-{n}", [f"{card(n)} {card(n)}", f"{card(n)} all", f"{card(n)} to {card(n)}"]


def mixed_phone(rng, part):
    return phone_slot(rng, part)


MIXED_CLASS_FRAMES = [
    ("American Airlines flight {A} to Denver was delayed until {B} on {C}.",
     {"A": slot(flight_slot), "B": slot(clock_slot, None, 0.0),
      "C": slot(date_slot, 2018, 2025, 0.0, 0.5)}),
    ("JetBlue flight {A} returned to the gate with {B} passengers at {C}.",
     {"A": slot(flight_slot), "B": slot(count_slot, 40, 180),
      "C": slot(zone_slot, 0.0, US_ZONES)}),
    ("The visitors won {A} in front of {B} fans on {C}.",
     {"A": slot(score_slot), "B": slot(count_slot, 5000, 90000),
      "C": slot(date_slot, 2015, 2024, 0.0, 0.5)}),
    ("After a {A} draw, the club sits {B} in the table with {C} games left.",
     {"A": lambda rng, part: draw_slot(rng),
      "B": slot(ord_slot, 2, 19, "sits"), "C": slot(count_slot, 2, 12)}),
    ("The Boeing {A} was carrying {B} people when it landed at {C}.",
     {"A": slot(boeing_slot), "B": slot(count_slot, 120, 380), "C": slot(zone_slot, 0.3)}),
    ("The airline will add {A} Airbus {B} jets by {C}.",
     {"A": slot(count_slot, 4, 60), "B": slot(airbus_slot), "C": slot(year_slot, 2026, 2032)}),
    ("Shares jumped {A} to {B} after the results on {C}.",
     {"A": slot(pct_slot, 2, 20, True), "B": cents_price,
      "C": slot(date_slot, 2018, 2025, 0.0, 0.6)}),
    ("The {A} model costs {B} and ships on {C}.",
     {"A": lambda rng, part: (lambda n: (f"{n}{pick(rng, ['GB', ' GB'])}",
                                         [f"{c} {u}" for c in cards(n) if c[:2] != "a "
                                          for u in ("gigabyte", "G B")]))(
         pick(rng, [64, 128, 256, 512])), "B": small_price,
      "C": slot(date_slot, 2025, 2026, 0.0, 0.4)}),
    ("Highs of {A} are expected on {B}, with winds of {C}.",
     {"A": unit_slot("°F", 60, 99), "B": slot(date_slot, 2025, 2026, 0.0, 1.0),
      "C": unit_slot("mph", 10, 40)}),
    ("Rainfall of up to {A} is forecast between {B} and {C}.",
     {"A": unit_slot("mm", 10, 80), "B": slot(clock_slot, "AM", 0.0),
      "C": slot(clock_slot, "PM", 0.0)}),
    ("The house, built in {A}, sold for {B} in {C}.",
     {"A": slot(year_slot, 1890, 1990),
      "B": lambda rng, part: sum_slot(rng, False), "C": slot(month_year_slot, 2015, 2024)}),
    ("Tickets cost {A} and go on sale at {B} on {C}.",
     {"A": cents_price, "B": slot(zone_slot, 0.0),
      "C": slot(date_slot, 2025, 2026, 0.0, 0.6)}),
    ("Preheat the oven to {A}, melt {B} of butter and bake for {C} minutes.",
     {"A": unit_slot("°F", 325, 450),
      "B": lambda rng, part: spoon_slot(rng, "tbsp", "tablespoon", "tablespoons"),
      "C": slot(count_slot, 20, 75)}),
    ("The {A} marathon drew {B} runners and raised {C} for charity.",
     {"A": slot(ord_slot, 5, 50), "B": slot(count_slot, 2000, 50000),
      "C": lambda rng, part: sum_slot(rng, False)}),
    ("Call {A} to book, or visit us at {B} after {C}.",
     {"A": mixed_phone, "B": lambda rng, part: address_slot(rng, part),
      "C": slot(clock_slot, "PM", 0.0)}),
    ("The {A}-year-old retired in {B} after {C} seasons.",
     {"A": slot(age_slot, 30, 42), "B": slot(year_slot, 1990, 2024),
      "C": slot(count_slot, 8, 22)}),
    ("Unemployment fell to {A} in {B}, the lowest since {C}.",
     {"A": slot(pct_slot, 3, 9, True), "B": slot(month_year_slot, 2010, 2024),
      "C": slot(year_slot, 1960, 2008)}),
    ("The {A} update adds {B} new features and is {C} smaller.",
     {"A": slot(version_slot), "B": slot(count_slot, 3, 40), "C": slot(pct_slot, 5, 40, False)}),
]


mixed = mixed_class(MIXED_CLASS_FRAMES)


def main():
    unseen.round_main("r102", None, per_class=24, seed=739, en=en_classes(globals()))


if __name__ == "__main__":
    main()
