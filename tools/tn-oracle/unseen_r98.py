"""Ninety-eighth round (issue 33), English, every class at once, written after round 97 only to
measure the rules, by an independent writer who did not read them or run the normalizer:
counts, ordinals, dates (month first and day first, "the 9th of May", weekdays, AP-style
month abbreviations), years (decades, "the '70s", "between" two years, BC and AD), clock times
(12-hour, 24-hour and "7.40pm"), money in currencies no set used (Swiss francs, Australian,
New Zealand, Canadian, Hong Kong and US dollars, rubles, won, naira, pesos, cents; millions,
billions and trillions), measures in units no set used (°C above and below zero, mmHg, GW,
TWh, Gbps, MB, µm, ppm, m/s, nm, kHz, mpg, kJ, fps, lm, Nm), percentages, decimals, phone
numbers, fractions (and mixed numbers, "2½"), regnal numerals (rulers of Egypt, Assyria,
Persia, Jerusalem, Georgia, Ethiopia, Morocco, Lesotho, Madagascar ...; with King, Shah,
Pharaoh, Sultan ... or without), ranges (numbers, prices, clock times, years, temperatures),
web addresses and e-mail (.ca, .de, .co.uk, .ac.uk, .co.za, .info ...), US street addresses
(with an apartment or suite), titles (ranks, offices and clergy the earlier rounds lacked;
St., Ste., Mt., Ft., Pt. before a place; Jr., Sr., Esq. and "III" after a name) and a class
the every-class rounds lacked: "mixed", sentences with two or three numbers of different
kinds ("On May 3, 2019, 1,240 riders paid CHF 45 each ..."). Frames and words are new: no
sentence, noun, name, street, city, host, unit, currency or ruler here was used by a
committed English set (checked against the inputs of every tn-unseen/*en*.tsv and the word
lists of rounds 73, 92 and 95; months, weekdays, states, street types, titles and .com/.org
recur). Labels are English as a newsreader speaks it, from first principles; where English
has two usual readings all are accepted, written " ‖ " between them ("twenty fourteen ‖ two
thousand fourteen", "ten microns ‖ ten micrometers", "minus four degrees Celsius ‖ minus four
degrees", "seven fifty three BC ‖ seven hundred fifty three BC"). The "and" after hundred or
thousand, "oh" for a zero and letters said one by one ("c a", "f p s") are folded by the
comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r98.py [--per-class 24] [--seed 709]

writes crates/text-normalizer/tests/data/tn-unseen/r98-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime
from itertools import product
from math import gcd

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import (MONTH_ABBR, MONTHS, WEEKDAYS, alts, cards, group, house, number,
                        point_zero, to_roman, two_years, with_written, year_readings,
                        zero_variants)


def fill(frame: str, written: str, spoken: list[str]) -> tuple[str, str]:
    """The frame with the written form and with each reading; an abbreviation's dot ends the
    sentence too ("at 6:50 a.m.", "Cuthbert Rourke Jr."). "{a}" is the article the reading's
    first word takes ("an eighteen percent tip"), written and read alike."""
    return fill_slots(frame, {"X": (written, spoken)})


def fill_slots(frame: str, slots: dict) -> tuple[str, str]:
    """A frame with several numbers: {A}, {B}, ... each (written, readings); every
    combination of the readings is accepted."""
    def put(values, art):
        out = frame.replace("{a}", art)
        for key, val in zip(slots, values):
            out = out.replace("{" + key + "}", val)
        return out.replace("..", ".")
    first = list(slots.values())[0][1][0]
    art = "an" if first.split()[0] in ("eight", "eighteen", "eighty", "eleven") else "a"
    if frame.startswith("{a}"):
        art = art.capitalize()
    written = put([w for w, _ in slots.values()], art)
    spoken = [put(combo, art) for combo in product(*(s for _, s in slots.values()))]
    return written, alts(*spoken)


# ------------------------------------------------------------------------------- counts

COUNT_NOUNS = ["canoes", "barrels", "tents", "scooters", "pianos", "ladders", "telescopes",
               "mannequins", "skateboards", "accordions", "wheelchairs", "parasols",
               "lawnmowers", "kites", "treadmills", "typewriters", "tricycles", "rowboats"]
# (frame, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("A cargo ship carrying {X} ran aground off the cape.", 99999, False),
                ("The rental shack on the pier keeps {X} for summer visitors.", 999, False),
                ("Recycling crews hauled away {X} during the spring cleanup.", 9999, False),
                ("A tariff dispute has left {X} stuck in customs.", 999999, True),
                ("The thrift store has taken in {X} since it opened.", 9999, False),
                ("The manufacturer recalled {X} after reports of faults.", 999999, True),
                ("Organizers rounded up {X} for the carnival.", 999, False),
                ("Last year the country imported {X}, mostly from Asia.", 999999, True)]


def count_slot(rng, lo: int = 2, hi: int = 999999, after_the: bool = False
               ) -> tuple[str, list[str]]:
    """A count; after "the" not "a hundred", "a thousand" ("the one thousand one hundred
    households", never "the a thousand ...")."""
    n = number(rng, lo, hi)
    return with_written(n, rng), [c for c in cards(n) if not (after_the and c[:2] == "a ")]


def noun_count(rng, noun: str, most: int, millions: bool) -> tuple[str, list[str]]:
    """A count of a noun, up to `most`; where millions fit, three times in ten a decimal of
    millions ("2.5 million": "two point five million", "two and a half million")."""
    if millions and rng.random() < 0.3:
        whole, tenth = rng.randint(1, 30), rng.randint(1, 9)
        spoken = [f"{card(whole)} point {card(tenth)} million {noun}"]
        if tenth == 5:
            spoken.append(f"{card(whole)} and a half million {noun}")
        return f"{whole}.{tenth} million {noun}", spoken
    w, said = count_slot(rng, hi=most)
    return f"{w} {noun}", [f"{c} {noun}" for c in said]


def count(rng, part):
    noun = pick(rng, split(COUNT_NOUNS, part))
    frame, most, millions = pick(rng, split(COUNT_FRAMES, part))
    return fill(frame, *noun_count(rng, noun, most, millions))


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The village holds its {X} annual duck race on Sunday.", 2, 60),
                  ("The rookie was taken with the {X} pick of the draft.", 1, 224),
                  ("Saturday marks the {X} anniversary of the pit disaster.", 1, 150),
                  ("The filly came home {X} in a field of twenty.", 1, 20),
                  ("Our seats were in the {X} row of the upper tier.", 1, 45),
                  ("The senator is seeking her {X} term in office.", 2, 8),
                  ("The climber reached the summit on his {X} attempt.", 2, 12),
                  ("The orchestra is giving its {X} season of free concerts.", 2, 130)]


def ord_slot(rng, lo: int, hi: int, before: str = "the") -> tuple[str, list[str]]:
    """An ordinal; from 100 to 199 after "the" or a possessive also without "one" ("its
    hundred and fourth season"), elsewhere with "a" ("came home a hundred and twelfth")."""
    n = rng.randint(lo, hi)
    spoken = [ordw(n)]
    if 100 <= n < 200:
        rest = ordw(n)[len("one "):]
        spoken.append(rest if before in ("the", "his", "her", "its") or before.endswith("'s")
                      else "a " + rest)
    return f"{n}{ord_suffix(n)}", spoken


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    return fill(frame, *ord_slot(rng, lo, hi, frame.split("{X}")[0].split()[-1]))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The town's only cinema showed its last film on {X}.", 1925, 2024),
               ("The swing bridge reopened to traffic on {X}.", 1905, 2024),
               ("The couple exchanged vows on {X}.", 1905, 2024),
               ("The probe slipped into orbit around Mars on {X}.", 1971, 2024),
               ("Dockworkers called off their strike on {X}.", 1905, 2024),
               ("The department store closed its doors for good on {X}.", 1905, 2024),
               ("Polls open for the runoff on {X}.", 2025, 2032),
               ("The stock market hit a record high on {X}.", 1905, 2024)]


def date_slot(rng, first: int, last: int, with_year: float = 0.7,
              weekday: float = 0.2) -> tuple[str, list[str]]:
    """A date: "May 9", "Aug. 9", "9 May", "9th May", "the 9th of May", with a year or
    without and sometimes a weekday; read "May ninth", "May the ninth" or "the ninth of May"
    (a written "the 9th of May" only the last way) and the year in any of its styles."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    month = MONTHS[m - 1]
    has_year = rng.random() < with_year
    day = WEEKDAYS[datetime.date(y, m, d).weekday()] if rng.random() < weekday else None
    form = rng.randrange(5)
    spoken = [f"{month} {ordw(d)}", f"{month} the {ordw(d)}", f"the {ordw(d)} of {month}"]
    if form == 0:
        written = f"{month} {d}" + (f", {y}" if has_year else "")
    elif form == 1:
        written = f"{MONTH_ABBR.get(m, month)} {d}" + (f", {y}" if has_year else "")
    elif form == 2:
        written = f"{d} {month}" + (f" {y}" if has_year else "")
    elif form == 3:
        written = f"{d}{ord_suffix(d)} {month}" + (f" {y}" if has_year else "")
    else:
        written = f"the {d}{ord_suffix(d)} of {month}" + (f", {y}" if has_year else "")
        spoken, day = spoken[2:], None
    if has_year:
        spoken = [f"{s} {yr}" for s in spoken for yr in year_readings(y)]
    if day:
        written = f"{day}, {written}" if form < 2 else f"{day} {written}"
        spoken = [f"{day} {s}" for s in spoken]
    return written, spoken


def date(rng, part):
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    return fill(frame, *date_slot(rng, first, last))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The stone bridge over the gorge was finished in {X}.", 1100, 1990),
               ("The brewery has stood on this corner since {X}.", 1700, 2015),
               ("The last wolf in the county was shot in {X}.", 1700, 1950),
               ("Streetcars stopped running in the city in {X}.", 1900, 2000),
               ("The choir first toured abroad in {X}.", 1900, 2023),
               ("The boundary treaty was ratified in {X}.", 1500, 2023),
               ("The dictionary's first edition appeared in {X}.", 1600, 2020),
               ("The ski resort opened its first chairlift in {X}.", 1930, 2020)]
BETWEEN_FRAMES = [("The canal was dug by hand between {X}.", 1700, 1900),
                  ("The paper's circulation halved between {X}.", 1950, 2015),
                  ("The island changed hands three times between {X}.", 1500, 1850),
                  ("The glacier retreated a mile between {X}.", 1900, 2015)]
# (frame, the eras that fit it)
ERA_FRAMES = [("According to legend the city was founded in {X}.", ["BC"]),
              ("The hoard was buried in about {X}.", ["AD", "BC"]),
              ("The temple was sacked in {X}.", ["BC", "BCE"]),
              ("Roman legions first crossed the river in {X}.", ["AD", "BC", "CE"])]


def old_year(n: int) -> list[str]:
    """A year before 1000 or of an era: "seven fifty three" or "seven hundred fifty three";
    "twenty five hundred" or "two thousand five hundred"."""
    if n < 100:
        return [card(n)]
    hi, lo = divmod(n, 100)
    if lo == 0:
        return [f"{card(hi)} hundred", card(n)]
    return [f"{card(hi)} {card(lo) if lo >= 10 else 'oh ' + card(lo)}", card(n)]


def era_slot(rng, era: str) -> tuple[str, list[str]]:
    """A year of an era, three digits or two ("AD 79", "79 AD", "450 BC"; BC years also in
    the thousands, "2450 BC"), read as old_year reads it, the era letter by letter."""
    if era.startswith("B"):
        n = pick(rng, [rng.randint(110, 999), rng.randrange(1100, 3000, 10)])
    else:
        n = pick(rng, [rng.randint(10, 99), rng.randint(110, 999)])
    if 100 <= n % 1000 and n % 100 < 10 and n % 100:
        n += 10
    era_said = " ".join(era)
    if era == "AD" and rng.random() < 0.6:
        return f"AD {n}", [f"A D {s}" for s in old_year(n)]
    return f"{n} {era}", [f"{s} {era_said}" for s in old_year(n)]


def year(rng, part):
    k = rng.random()
    if k < 0.17:
        frame, first, last = pick(rng, split(BETWEEN_FRAMES, part))
        a = rng.randint(first, last)
        b = a + rng.randint(2, 15)
        return fill(frame, f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.34:
        frame, eras = pick(rng, split(ERA_FRAMES, part))
        return fill(frame, *era_slot(rng, pick(rng, eras)))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.5:
        decade = rng.randint(max(first, 1700) // 10, min(last, 1990) // 10) * 10
        if decade % 100 < 20:
            # "the 1900s" and "the 1810s" are read more than one way.
            decade += 20
        tens = card(decade % 100)[:-1] + "ies"
        if decade >= 1920 and rng.random() < 0.4:
            return fill(frame, f"the '{decade % 100}s", [f"the {tens}"])
        return fill(frame, f"the {decade}s", [f"the {card(decade // 100)} {tens}"])
    y = rng.randint(max(first, 1900), last) if rng.random() < 0.5 else rng.randint(first, last)
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

TIME_FRAMES = ["The overnight coach pulls into the depot at {X}.",
               "Doors open for the gala at {X}.", "The rescue helicopter took off at {X}.",
               "The flare was spotted from shore at {X}.", "Fog closed the airport at {X}.",
               "The polling stations closed at {X}.",
               "The first finishers crossed the line at {X}.",
               "Our alarm went off at {X} by mistake."]


def clock_slot(rng, half_of_day: str | None = None, h24: float = 0.2) -> tuple[str, list[str]]:
    """A clock time: 24-hour ("19:05", read "nineteen oh five") or 12-hour with am, pm,
    a.m., p.m., AM or PM (":" or, with "am" and "pm", "." between hours and minutes); a
    morning one from 6 to 11, an afternoon or evening one from 1 to 9."""
    if half_of_day is None and rng.random() < h24:
        h, mi = rng.randint(13, 23), rng.choice([5, 10, 25, 35, 40, 55, rng.randint(1, 59)])
        mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
        return f"{h}:{mi:02d}", [f"{card(h)} {mins}"]
    h = rng.randint(1, 12) if half_of_day is None else \
        rng.randint(6, 11) if half_of_day == "AM" else rng.randint(1, 9)
    mi = rng.choice([0, 0, 10, 15, 20, 30, 35, 45, 50, rng.randint(1, 59)])
    if h == 12 and mi == 0:
        # "12 a.m." and "12 p.m." are read "midnight" and "noon" by many: left out.
        mi = 20
    half = pick(rng, ["am", "pm", "a.m.", "p.m.", "AM", "PM"])
    if half_of_day:
        half = half.replace("p", "a").replace("P", "A") if half_of_day == "AM" else \
            half.replace("a", "p", 1).replace("A", "P", 1)
    gap = " " if half.isupper() or "." in half or rng.random() < 0.5 else ""
    ampm = "AM" if half.lower().startswith("a") else "PM"
    sep = "." if half in ("am", "pm") and rng.random() < 0.3 else ":"
    if mi == 0:
        if rng.random() < 0.4:
            return f"{h}{sep}00{gap}{half}", [f"{card(h)} {ampm}", f"{card(h)} o'clock {ampm}"]
        return f"{h}{gap}{half}", [f"{card(h)} {ampm}"]
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return f"{h}{sep}{mi:02d}{gap}{half}", [f"{card(h)} {mins} {ampm}"]


def clock(rng, part):
    return fill(pick(rng, split(TIME_FRAMES, part)), *clock_slot(rng))


# -------------------------------------------------------------------------------- money

# A price: (written form, readings of the unit, smallest, largest, step).
PRICES = [("CHF {}", ["Swiss francs"], 3, 60, 1),
          ("A${}", ["Australian dollars"], 3, 60, 1),
          ("NZ${}", ["New Zealand dollars"], 3, 60, 1),
          ("C${}", ["Canadian dollars"], 3, 60, 1),
          ("HK${}", ["Hong Kong dollars"], 10, 150, 5),
          ("₽{}", ["rubles", "roubles"], 50, 1500, 10),
          ("₩{}", ["won"], 1000, 25000, 500),
          ("₦{}", ["naira"], 200, 6000, 50),
          ("₱{}", ["pesos", "Philippine pesos"], 20, 600, 5)]
CENTS = ("{}¢", ["cents"], 5, 95, 1)
# (frame, the share of prices in cents)
SMALL_MONEY_FRAMES = [("A ride on the funicular costs {X}.", 0.0),
                      ("The museum cafe charges {X} for a slice of cake.", 0.0),
                      ("A single trip on the tram is {X}.", 0.0),
                      ("The street vendor sells grilled corn for {X}.", 0.4),
                      ("A week's pass for the ski lifts costs {X}.", 0.0),
                      ("Ferry tickets to the island are {X} each way.", 0.0),
                      ("Back then a newspaper cost {X}.", 1.0),
                      ("Parking at the trailhead costs {X} a day.", 0.0)]
# A sum: (currency as written before the number, readings of the unit, scales it takes).
SUMS = [("CHF ", ["Swiss francs"], ["", "million", "billion"]),
        ("A$", ["Australian dollars"], ["", "million", "billion", "m", "bn"]),
        ("NZ$", ["New Zealand dollars"], ["", "million", "m"]),
        ("C$", ["Canadian dollars"], ["", "million", "billion"]),
        ("HK$", ["Hong Kong dollars"], ["", "million", "billion", "bn"]),
        ("US$", ["US dollars", "dollars"], ["million", "billion", "trillion"]),
        ("₽", ["rubles", "roubles"], ["million", "billion"]),
        ("₩", ["won"], ["billion", "trillion"]),
        ("₦", ["naira"], ["million", "billion"])]
SCALE_WORDS = {"m": "million", "bn": "billion"}
# (frame, whether billions and trillions fit it)
LARGE_MONEY_FRAMES = [("The port authority approved {X} for a new container terminal.", True),
                      ("The clinic's new scanner cost {X}.", False),
                      ("The pension fund oversees {X} in assets.", True),
                      ("The miner posted a loss of {X} for the year.", True),
                      ("Lottery prizes worth {X} went unclaimed.", False),
                      ("The startup raised {X} in its latest round.", False),
                      ("The government pledged {X} for flood defenses.", True),
                      ("A collector paid {X} for the vintage racing car.", False)]


def price_slot(rng, cents: bool = False, cur=None) -> tuple[str, list[str]]:
    fmt, units, lo, hi, step = cur or (CENTS if cents else pick(rng, PRICES))
    n = rng.randrange(lo, hi + 1, step)
    return fmt.format(with_written(n, rng, 0.5)), [f"{c} {u}" for c in cards(n) for u in units]


def sum_slot(rng, large: bool = True) -> tuple[str, list[str]]:
    sym, units, scales = pick(rng, SUMS)
    if not large:
        scales = [s for s in scales if s in ("", "million", "m")] or scales[:1]
    scale = pick(rng, scales)
    if scale == "":
        n = rng.randint(1000, 999999)
        return f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in units]
    word = SCALE_WORDS.get(scale, scale)
    gap = "" if scale in SCALE_WORDS else " "
    top = 9 if word == "trillion" else 99
    if rng.random() < 0.5:
        n = rng.randint(2, top) if rng.random() < 0.8 or top < 99 else rng.randint(100, 950)
        return f"{sym}{n}{gap}{scale}", [f"{c} {word} {u}" for c in cards(n) for u in units]
    whole, tenth = rng.randint(1, min(top, 40)), rng.randint(1, 9)
    spoken = [f"{card(whole)} point {card(tenth)} {word} {u}" for u in units]
    if tenth == 5:
        spoken += [f"{card(whole)} and a half {word} {u}" for u in units]
    return f"{sym}{whole}.{tenth}{gap}{scale}", spoken


def money(rng, part):
    if rng.random() < 0.5:
        frame, cents = pick(rng, split(SMALL_MONEY_FRAMES, part))
        return fill(frame, *price_slot(rng, rng.random() < cents))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *sum_slot(rng, large))


# ------------------------------------------------------------------------------ measures

# (symbol, singular, plurals, [(dev frame, smallest, largest), (held frame, ...)], share of
# decimals, whether it may be written without a space). "ppm", "mpg" and "fps" are said as
# letters as often as in words; a micrometer is as often a micron.
UNITS = [("°C", "degree Celsius", ["degrees Celsius", "degrees"],
          [("By midafternoon it was {X} in the shade.", 1, 38),
           ("The sea off the headland was a chilly {X} this morning.", 6, 19)], 0.2, True),
         ("mmHg", "millimeter of mercury", ["millimeters of mercury"],
          [("A reading above {X} counts as high blood pressure.", 120, 160),
           ("The patient's systolic pressure had climbed to {X}.", 130, 210)], 0.0, False),
         ("GW", "gigawatt", ["gigawatts"],
          [("The country's rooftop panels now supply {X}.", 2, 40),
           ("Demand on the grid peaked at {X} during the heatwave.", 20, 80)], 0.5, True),
         ("TWh", "terawatt hour", ["terawatt hours"],
          [("Bitcoin mining devours about {X} a year.", 80, 180),
           ("The nation's wind farms generated {X} last year.", 5, 400)], 0.3, False),
         ("Gbps", "gigabit per second", ["gigabits per second"],
          [("The new fiber plan offers speeds of up to {X}.", 1, 10),
           ("The campus backbone carries {X} at peak.", 10, 400)], 0.2, True),
         ("MB", "megabyte", ["megabytes"],
          [("The game's latest patch weighs in at {X}.", 40, 900),
           ("Attachments larger than {X} will bounce.", 5, 50)], 0.1, True),
         ("µm", "micrometer", ["micrometers", "microns"],
          [("A strand of human hair is roughly {X} across.", 50, 120),
           ("The filter traps particles as small as {X}.", 2, 10)], 0.2, False),
         ("ppm", "part per million", ["parts per million", "p p m"],
          [("Carbon dioxide at the observatory peaked at {X} in May.", 380, 430),
           ("Readings at the summit station averaged {X} last month.", 380, 430)], 0.3,
          False),
         ("m/s", "meter per second", ["meters per second"],
          [("Gusts of {X} were recorded on the bridge.", 12, 60),
           ("The anemometer on the mast logged {X} at noon.", 3, 40)], 0.2, False),
         ("nm", "nanometer", ["nanometers"],
          [("The laser emits green light at {X}.", 495, 570),
           ("The sensor is most sensitive to light at {X}.", 380, 950)], 0.0, True),
         ("kHz", "kilohertz", ["kilohertz"],
          [("Some bats call at frequencies above {X}.", 20, 120),
           ("Dolphins can pick up clicks of up to {X}.", 40, 150)], 0.1, True),
         ("mpg", "mile per gallon", ["miles per gallon", "m p g"],
          [("The hybrid averaged {X} on our test drive.", 35, 60),
           ("The old pickup barely manages {X} on the highway.", 12, 22)], 0.2, False),
         ("kJ", "kilojoule", ["kilojoules"],
          [("One serving of the cereal provides {X} of energy.", 300, 1200),
           ("A large latte packs about {X}.", 400, 1100)], 0.0, True),
         ("fps", "frame per second", ["frames per second", "f p s"],
          [("The camera records slow motion at {X}.", 100, 960),
           ("The game holds a steady {X} on the console.", 30, 144)], 0.0, True),
         ("lm", "lumen", ["lumens"],
          [("On its brightest setting the bike light puts out {X}.", 200, 1800),
           ("Each of the new streetlamps delivers {X}.", 2000, 12000)], 0.0, False),
         ("Nm", "newton meter", ["newton meters"],
          [("The electric motor produces {X} of torque.", 150, 900),
           ("Tighten the wheel nuts to {X}.", 80, 160)], 0.0, False)]


def measure_slot(rng, unit, lo: int, hi: int) -> tuple[str, list[str]]:
    sym, one, many, _, dec, tight = unit
    gap = pick(rng, [" ", ""]) if tight else " "
    if sym == "°C" and gap == " " and rng.random() < 0.5:
        gap = ""
    if rng.random() < dec:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return f"{whole:,}.{tenth}{gap}{sym}", [f"{card(whole)} point {card(tenth)} {u}"
                                                 for u in many]
    n = rng.randint(lo, hi)
    units = many if n != 1 else ["degree Celsius", "degree"] if sym == "°C" else [one]
    return f"{with_written(n, rng)}{gap}{sym}", [f"{c} {u}" for c in cards(n) for u in units]


def frost_slot(rng) -> tuple[str, list[str]]:
    """A temperature below zero: "-7°C" or "−7 °C", read "minus seven degrees Celsius" or
    "negative seven degrees" (with or without Celsius)."""
    n = rng.randint(1, 25)
    sign = pick(rng, ["-", "−"])
    units = ["degree Celsius", "degree"] if n == 1 else ["degrees Celsius", "degrees"]
    return f"{sign}{n}{pick(rng, ['', ' '])}°C", [f"{m} {card(n)} {u}" for m in
                                                 ("minus", "negative") for u in units]


FROST_FRAMES = ["Overnight lows of {X} are expected in the glens.",
                "The thermometer at the border post read {X} at dawn."]


def measure(rng, part):
    if rng.random() < 0.1:
        return fill(FROST_FRAMES[0 if part == "dev" else 1], *frost_slot(rng))
    unit = pick(rng, UNITS)
    frame, lo, hi = unit[3][0 if part == "dev" else 1]
    return fill(frame, *measure_slot(rng, unit, lo, hi))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("The county's jobless rate dipped to {X} in March.", 2, 12, True),
                  ("Turnout reached {X}, the highest in decades.", 40, 90, True),
                  ("The charity spends {X} of every donation on its programs.", 60, 95, False),
                  ("{a} {X} tip is customary in most diners.", 15, 25, False),
                  ("The drug cut the risk of a second stroke by {X}.", 10, 60, True),
                  ("Lenders are offering {a} {X} fixed rate to first-time buyers.", 2, 8, True),
                  ("Only {X} of the river's salmon survived the summer.", 5, 50, False),
                  ("The gold price has gained {X} since January.", 0, 30, True)]


def pct_slot(rng, lo: int, hi: int, dec: bool) -> tuple[str, list[str]]:
    if dec and rng.random() < 0.5:
        whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
        return f"{whole}.{tenth}%", [f"{s} percent" for s in point_zero(whole, card(tenth))]
    n = rng.randint(max(lo, 1), hi)
    return f"{n}%", [f"{c} percent" for c in cards(n)]


def percent(rng, part):
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    return fill(frame, *pct_slot(rng, lo, hi, dec))


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The fertility rate fell to {X} children per woman.", 1, 2, 2),
                  ("The winning margin was just {X} seconds.", 0, 2, 2),
                  ("The film holds a user rating of {X} out of ten.", 5, 9, 1),
                  ("The gem scores {X} on the Mohs scale.", 5, 9, 1),
                  ("Her batting average on the tour was {X}.", 20, 80, 2),
                  ("The average household here has {X} members.", 2, 4, 1),
                  ("The golfer plays off a handicap of {X}.", 1, 18, 1),
                  ("The shares trade at {X} times earnings.", 8, 40, 1)]


def decimal_slot(rng, lo: int, hi: int, most: int) -> tuple[str, list[str]]:
    whole = rng.randint(lo, hi)
    n = rng.randint(1, most)
    low = 1 if whole == 0 else 0
    frac = "".join(str(rng.randint(low, 9)) for _ in range(n - 1)) + str(rng.randint(1, 9))
    return f"{whole:,}.{frac}", [s for d in zero_variants(digits(frac))
                                 for s in point_zero(whole, d)]


def decimal(rng, part):
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["Guests can reach the front desk at {X}.",
                "To report a downed power line, call {X}.",
                "The crisis hotline, {X}, is staffed around the clock.",
                "Buyers should phone the dealership on {X}.",
                "Entries can be phoned through to {X}.",
                "The veterinary emergency line is {X}.", "For road conditions, dial {X}.",
                "Out-of-hours calls go to {X}."]


def phone_slot(rng) -> tuple[str, list[str]]:
    area, exch, line = group(rng, 201, 989, 3), group(rng, 201, 989, 3), group(rng, 0, 9999, 4)
    free = pick(rng, ["800", "844", "833"])
    k = rng.randrange(7)
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
    elif k == 5:
        written, groups = f"1-{free}-{exch}-{line}", ["1", free, exch, line]
    else:
        written, groups = f"1 ({free}) {exch}-{line}", ["1", free, exch, line]
    said = " ".join(("plus " if g.startswith("+") else "") + digits(g) for g in groups)
    spoken = zero_variants(said)
    if "800" in groups:
        spoken += [s.replace("eight zero zero", "eight hundred", 1).replace(
            "eight oh oh", "eight hundred", 1) for s in spoken]
    return written, spoken


def phone(rng, part):
    return fill(pick(rng, split(PHONE_FRAMES, part)), *phone_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Wildfires have scorched {X} of the national park.",
                   "The newsroom lost {X} of its reporters in the layoffs.",
                   "Almond orchards cover {X} of the valley floor.",
                   "Nearly {X} of the town's voters stayed home.",
                   "Tourism brings in {X} of the island's income.",
                   "The pilot program reached {X} of eligible families.",
                   "Hail damaged {X} of the apple crop.",
                   "Commuters make up {X} of the line's riders."]
# (frame, smallest and largest whole number that fits it, the parts that do: halves;
# quarters; thirds). "1 1/2 hours" is as often "an hour and a half": left out.
MIXED_FRAMES = [("Whisk in {X} cups of buttermilk.", 1, 3, 5),
                ("The hike to the falls takes {X} hours.", 2, 6, 3),
                ("The puppy is {X} months old.", 2, 8, 1),
                ("Our train was {X} hours late.", 2, 4, 3)]
# A whole number and a part: (written, written as one character, readings after "two and");
# before a noun "three quarter" as well ("two and three quarter cups").
MIXED = [("1/2", "½", ["a half", "one half"]),
         ("1/4", "¼", ["a quarter", "one quarter", "one fourth"]),
         ("3/4", "¾", ["three quarters", "three quarter", "three fourths"]),
         ("1/3", "⅓", ["a third", "one third"]), ("2/3", "⅔", ["two thirds"])]
DENOMS = {3: ["third"], 4: ["quarter", "fourth"], 5: ["fifth"], 6: ["sixth"], 7: ["seventh"],
          8: ["eighth"], 9: ["ninth"], 10: ["tenth"], 12: ["twelfth"]}


def mixed_number_slot(rng, lo: int, hi: int, parts: int = 3) -> tuple[str, list[str]]:
    n = rng.randint(lo, hi)
    slash, glyph, said = pick(rng, MIXED[:parts])
    written = f"{n}{glyph}" if rng.random() < 0.4 else f"{n} {slash}"
    return written, [f"{card(n)} and {s}" for s in said]


def fraction_slot(rng) -> tuple[str, list[str]]:
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
    return f"{n}/{d}", spoken


def fraction(rng, part):
    if rng.random() < 0.3:
        frame, lo, hi, parts = pick(rng, split(MIXED_FRAMES, part))
        return fill(frame, *mixed_number_slot(rng, lo, hi, parts))
    return fill(pick(rng, split(FRACTION_FRAMES, part)), *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the highest numeral it took, the title it is given)
RULERS = [("Seti", 2, "Pharaoh"), ("Shapur", 3, "Shah"), ("Abdullah", 2, "King"),
          ("Yazdegerd", 3, "Shah"), ("Paschal", 2, "Pope"), ("Mohammed", 6, "King"),
          ("Amalric", 2, "King"), ("Mahmud", 2, "Sultan"), ("Vsevolod", 3, "Prince"),
          ("Ethelred", 2, "King"), ("Tewodros", 2, "Emperor"), ("Bagrat", 6, "King"),
          ("Conrad", 4, "King"), ("Yohannes", 4, "Emperor"), ("Sobhuza", 2, "King"),
          ("Stanislaus", 2, "King"), ("Nebuchadnezzar", 2, "King"), ("Simeon", 2, "Tsar"),
          ("Mentuhotep", 4, "Pharaoh"), ("Sargon", 2, "King"), ("Ardashir", 3, "Shah"),
          ("Pepi", 2, "Pharaoh"), ("Giorgi", 12, "King"), ("Ashurnasirpal", 2, "King"),
          ("Willem", 3, "King"), ("Bahram", 6, "Shah"), ("Duncan", 2, "King"),
          ("Edmund", 2, "King"), ("Abbas", 3, "Shah"), ("Ntare", 5, "King"),
          ("Suleiman", 2, "Sultan"), ("Tahmasp", 2, "Shah"), ("Wladyslaw", 4, "King"),
          ("Radama", 2, "King"), ("Enrique", 4, "King"), ("Mswati", 3, "King"),
          ("Ranavalona", 3, "Queen"), ("Moshoeshoe", 2, "King"), ("Shoshenq", 5, "Pharaoh"),
          ("Olav", 5, "King"), ("Tiglath-Pileser", 3, "King"), ("Osorkon", 3, "Pharaoh")]
REGNAL_FRAMES = ["A gold coin struck under {X} sold at auction last week.",
                 "The tomb of {X} was emptied by robbers long ago.",
                 "Scholars have translated a letter dictated by {X}.",
                 "{X} moved the court to a new capital.",
                 "The chronicles blame {X} for the famine.",
                 "An equestrian statue of {X} overlooks the harbor.",
                 "The truce with the nomads was the work of {X}.",
                 "The frescoes show {X} receiving foreign envoys."]


def regnal_slot(rng, rulers) -> tuple[str, list[str]]:
    name, top, title = pick(rng, rulers)
    n = rng.randint(1, top) if rng.random() < 0.25 else rng.randint(2, top)
    t = title + " " if rng.random() < 0.35 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def regnal(rng, part):
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, *regnal_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step): a range of plain numbers before a noun,
# of prices, of clock times, of years, of temperatures.
RANGE_FRAMES = [("num", "Mature plants reach {X} feet in height.", 2, 12, 4, 1),
                ("num", "Steep the tea for {X} minutes.", 2, 8, 3, 1),
                ("num", "Each tasting flight includes {X} wines.", 3, 8, 3, 1),
                ("num", "Volunteers put in {X} hours a week.", 4, 20, 6, 2),
                ("money", "Lift passes cost {X} a day.", 40, 150, 40, 5),
                ("money", "Most rooms go for {X} a night.", 80, 400, 120, 10),
                ("clock", "The soup kitchen serves lunch {X} on weekdays.", 0, 0, 0, 0),
                ("clock", "The skate park is open {X} all summer.", 0, 0, 0, 0),
                ("year", "The {X} renovation doubled the gallery's size.", 1960, 2020, 4, 1),
                ("year", "Her {X} reign as champion ended in an upset.", 1950, 2020, 6, 1),
                ("temp", "Highs of {X} are forecast for the weekend.", 12, 34, 6, 1),
                ("temp", "Keep the wine cellar at {X} all year.", 8, 16, 4, 1)]
RANGE_MONEY = [("A$", "Australian dollars"), ("C$", "Canadian dollars"),
               ("NZ$", "New Zealand dollars"), ("CHF ", "Swiss francs")]


def clock_range(rng, dash: str) -> tuple[str, list[str]]:
    a, b = rng.randint(6, 11), rng.randint(1, 9)
    ma, mb = pick(rng, [(0, 0), (0, 0), (30, 30), (0, 30), (30, 0), (15, 45)])
    half_a, half_b = pick(rng, [("am", "pm"), ("a.m.", "p.m."), ("AM", "PM")])
    sp = " " if "." in half_a or half_a.isupper() else ""

    def at(h, m, half):
        return (f"{h}:{m:02d}" if m else str(h)) + sp + half

    def said(h, m, half):
        return f"{card(h)}{' ' + card(m) if m else ''} {half}"
    return (f"{at(a, ma, half_a)}{dash}{at(b, mb, half_b)}",
            [f"{said(a, ma, 'AM')} to {said(b, mb, 'PM')}"])


def ranges(rng, part):
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    dash = pick(rng, ["-", "–"])
    if kind != "clock":
        a = rng.randrange(lo, hi - step, step)
        b = rng.randrange(a + step, min(hi, a + gap) + 1, step)
    if kind == "num":
        return fill(frame, f"{a}{dash}{b}", [f"{card(a)} to {card(b)}"])
    if kind == "temp":
        units = ["degrees Celsius", "degrees"]
        return fill(frame, f"{a}{dash}{b}°C", [f"{card(a)} to {card(b)} {u}" for u in units])
    if kind == "money":
        sym, many = pick(rng, RANGE_MONEY)
        pairs = [(x, y) for x in cards(a) for y in cards(b)]
        if rng.random() < 0.5 or sym.endswith(" "):
            return fill(frame, f"{sym}{a}{dash}{b}", [f"{x} to {y} {many}" for x, y in pairs])
        return fill(frame, f"{sym}{a}{dash}{sym}{b}",
                    [f"{x} to {y} {many}" for x, y in pairs]
                    + [f"{x} {many} to {y} {many}" for x, y in pairs])
    if kind == "clock":
        return fill(frame, *clock_range(rng, dash))
    return fill(frame, f"{a}{dash}{b}", two_years(a, b, "to"))


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["gannet", "ocelot", "wombat", "mandolin", "sextant", "avocet", "bittern", "capybara",
         "narwhal", "petrel", "ptarmigan", "quokka", "wallaby", "cassowary", "chipmunk",
         "mudlark", "curlew", "osprey"]
SUBDOMAINS = ["kids", "learn", "podcast", "webcam"]
PATHS = ["donate", "volunteer", "lineup", "fixtures", "recipes", "agenda"]
TLDS = [("com", "com"), ("org", "org"), ("ca", "c a"), ("de", "d e"), ("co.uk", "co dot u k"),
        ("ac.uk", "a c dot u k"), ("co.za", "co dot z a"), ("info", "info"), ("us", "u s"),
        ("ai", "a i")]
SITE_FRAMES = ["Volunteers can sign up at {X}.", "Live scores are posted to {X}.",
               "The full recipe is on {X}.", "A replay of the debate is on {X}.",
               "Trail conditions are updated daily on {X}.", "Lost pets are listed on {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("IT problems should be reported to {X}.", "helpdesk"),
               ("Former students can write to {X}.", "alumni"),
               ("Poems for the anthology go to {X}.", "submissions"),
               ("To give a rescued greyhound a home, email {X}.", "adopt"),
               ("Sponsorship inquiries go to {X}.", "sponsors"),
               ("Corrections can be sent to {X}.", "corrections"),
               ("Anyone who finds a bug should email {X}.", "bugs"),
               ("Problems with the site go to {X}.", "webmaster")]


def web_slot(rng, part) -> tuple[str, list[str]]:
    host = pick(rng, split(HOSTS, part))
    tld, tld_said = pick(rng, TLDS)
    k = rng.randrange(3)
    if k == 0:
        return f"www.{host}.{tld}", [f"w w w dot {host} dot {tld_said}",
                                     f"double u double u double u dot {host} dot {tld_said}"]
    if k == 1:
        sub = pick(rng, split(SUBDOMAINS, part))
        return f"{sub}.{host}.{tld}", [f"{sub} dot {host} dot {tld_said}"]
    path = pick(rng, split(PATHS, part))
    return f"{host}.{tld}/{path}", [f"{host} dot {tld_said} slash {path}",
                                    f"{host} dot {tld_said} forward slash {path}"]


def web(rng, part):
    if rng.random() < 0.4:
        frame, user = pick(rng, split(MAIL_FRAMES, part))
        host = pick(rng, split(HOSTS, part))
        tld, tld_said = pick(rng, TLDS)
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {tld_said}"])
    return fill(pick(rng, split(SITE_FRAMES, part)), *web_slot(rng, part))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes)
CITIES = [("Spokane", "WA", "992"), ("Fresno", "CA", "937"), ("Omaha", "NE", "681"),
          ("Wichita", "KS", "672"), ("Lubbock", "TX", "794"), ("Flagstaff", "AZ", "860"),
          ("Billings", "MT", "591"), ("Pueblo", "CO", "810"), ("Macon", "GA", "312"),
          ("Pensacola", "FL", "325"), ("Knoxville", "TN", "379"), ("Roanoke", "VA", "240"),
          ("Allentown", "PA", "181"), ("Syracuse", "NY", "132"), ("Worcester", "MA", "016"),
          ("Hartford", "CT", "061"), ("Peoria", "IL", "616"), ("Kalamazoo", "MI", "490"),
          ("Dubuque", "IA", "520"), ("Shreveport", "LA", "711"), ("Anchorage", "AK", "995"),
          ("Ogden", "UT", "844"), ("Casper", "WY", "826"), ("Bismarck", "ND", "585")]
STREETS = ["Buttonwood", "Osage", "Wisteria", "Ironwood", "Chinquapin", "Pawpaw",
           "Beechwood", "Bayberry", "Elderberry", "Huckleberry", "Goldenrod", "Clover",
           "Yarrow", "Bittersweet", "Juneberry", "Whitethorn", "Butternut", "Partridge",
           "Bobwhite", "Oriole", "Chickadee", "Nuthatch", "Tupelo", "Sweetgum"]
# (abbreviations a writer uses, the word)
STREET_TYPES = [(["St.", "St"], "Street"), (["Ave.", "Ave"], "Avenue"), (["Rd.", "Rd"], "Road"),
                (["Dr.", "Dr"], "Drive"), (["Ln.", "Ln"], "Lane"), (["Blvd."], "Boulevard"),
                (["Trl.", "Trl"], "Trail"), (["Sq."], "Square"), (["Cv."], "Cove"),
                (["Hwy."], "Highway"), (["Pkwy."], "Parkway"), (["Ct."], "Court")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W.", "West"),
              ("NW", "Northwest"), ("SE", "Southeast")]
ADDRESS_FRAMES = ["The food bank moved this spring to {X}.",
                  "Ballots may be returned in person at {X}.",
                  "Checks should be made out to the club and sent to {X}.",
                  "The open house is this Sunday at {X}.",
                  "Our new clinic is at {X}.", "Lost keys can be claimed at {X}.",
                  "The quilting circle meets at {X}.", "Resumes should be mailed to {X}."]


def suite(rng) -> tuple[str, list[str]]:
    """An apartment ("Apt. 14", "Apartment fourteen"), a unit or a suite ("Suite 240", "Suite
    two forty" or "two hundred forty"; no zero in the middle)."""
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(2, 40)
        return f"Apt. {n}", [f"Apartment {card(n)}"]
    if k == 1:
        n = rng.randint(2, 30)
        return f"Unit {n}", [f"Unit {card(n)}"]
    n = rng.randint(1, 9) * 100 + pick(rng, [0, rng.randint(10, 99)])
    if n % 100 == 0:
        return f"Suite {n}", [f"Suite {card(n)}"]
    return f"Suite {n}", [f"Suite {card(n // 100)} {card(n % 100)}", f"Suite {card(n)}"]


def address_slot(rng, part) -> tuple[str, list[str]]:
    city, state, prefix = pick(rng, split(CITIES, part))
    num, num_said = house(rng)
    abbrs, typ = pick(rng, STREET_TYPES)
    abbr = pick(rng, abbrs)
    k = rng.random()
    if k < 0.15:
        # A numbered street: "NW 23rd St."
        m = rng.randint(2, 99)
        name, name_said = f"{m}{ord_suffix(m)}", ordw(m)
        d = pick(rng, DIRECTIONS)
    else:
        name = name_said = pick(rng, split(STREETS, part))
        d = pick(rng, DIRECTIONS) if k < 0.35 else None
    zip_code = prefix + f"{rng.randint(1, 99):02d}"
    street = f"{num} {d[0] + ' ' if d else ''}{name} {abbr}"
    said = f"{num_said} {d[1] + ' ' if d else ''}{name_said} {typ}"
    rooms, rooms_said = suite(rng) if rng.random() < 0.3 else ("", [""])
    written = f"{street}, {rooms + ', ' if rooms else ''}{city}, {state} {zip_code}"
    spoken = [f"{said}, {r + ', ' if r else ''}{city}, {STATES[state]} {z}"
              for r in rooms_said for z in zero_variants(digits(zip_code))]
    return written, spoken


def address(rng, part):
    return fill(pick(rng, split(ADDRESS_FRAMES, part)), *address_slot(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Vasquez", "Achterberg", "Hollingsworth", "Nakashima", "Brannigan", "Dimitrov",
            "Eriksen", "Grimaldi", "Ingram", "Jablonski", "Kaminski", "Lachance", "Ortega",
            "Prendergast", "Rourke", "Takahashi", "Underwood", "Wojcik", "Yilmaz", "Zamora",
            "Ashby", "Blackwood", "Crenshaw", "Dunleavy"]
FIRST_NAMES = ["Philippa", "Barnaby", "Harriet", "Cornelius", "Ottilie", "Jasper", "Rosalind",
               "Percival", "Henrietta", "Alistair", "Millicent", "Ignatius", "Theodora",
               "Thaddeus", "Marguerite", "Fergus", "Wilhelmina", "Ezekiel", "Lavinia", "Malachi"]
MEN = ["Barnaby", "Cornelius", "Jasper", "Percival", "Alistair", "Ignatius", "Thaddeus",
       "Fergus", "Ezekiel", "Malachi", "Horace", "Lucius", "Cuthbert", "Ephraim", "Obadiah",
       "Reginald"]
# (abbreviation, readings): ranks, offices and clergy; Msgr. is a priest's.
TITLES = [("Maj. Gen.", ["Major General"]), ("Lt. Gen.", ["Lieutenant General"]),
          ("Brig. Gen.", ["Brigadier General"]), ("Vice Adm.", ["Vice Admiral"]),
          ("Rear Adm.", ["Rear Admiral"]), ("Pvt.", ["Private"]),
          ("Pfc.", ["Private First Class"]), ("Staff Sgt.", ["Staff Sergeant"]),
          ("Insp.", ["Inspector"]), ("Msgr.", ["Monsignor"]),
          ("Lt. Gov.", ["Lieutenant Governor"]), ("Atty. Gen.", ["Attorney General"]),
          ("Amb.", ["Ambassador"]), ("Del.", ["Delegate"]),
          ("Asst. Prof.", ["Assistant Professor"]), ("Det. Insp.", ["Detective Inspector"]),
          ("Cllr", ["Councillor", "Councilor"]), ("Rt. Rev.", ["Right Reverend"])]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} told reporters the talks had stalled.",
                "The medal was pinned on {X} at a brief ceremony.",
                "A letter signed by {X} was read aloud.", "Critics have urged {X} to resign.",
                "The portrait of {X} hangs in the lobby.",
                "Questions were directed to {X}.", "{X} led the delegation to Geneva.",
                "Nobody expected {X} to run again."]
# (abbreviation, word, places, frames that fit them); a place's own "St." is Saint too.
PLACES = [("St.", "Saint", ["Gallen", "Tropez", "Andrews", "Helier", "Catharines", "Malo",
                            "Kilda", "Austell"],
           ["The regatta finishes in {X} on Saturday.", "Our ferry put in at {X} at dawn.",
            "She grew up in {X} before moving abroad.", "Hotels in {X} are fully booked."]),
          ("Mt.", "Mount", ["Everest", "Kenya", "Kosciuszko", "Ararat", "Kinabalu", "Erebus",
                            "Pinatubo", "Ruapehu", "Elgon", "Taranaki", "St. Helens", "Cook"],
           ["A fresh dusting of snow covered {X} overnight.",
            "The expedition abandoned its attempt on {X}.",
            "Clouds lifted from {X} late in the afternoon.",
            "The trail to {X} starts behind the lodge."]),
          ("Ft.", "Fort", ["Bragg", "Sill", "Leavenworth", "Riley", "Meade", "Bliss",
                           "Huachuca", "Drum"],
           ["Soldiers returned to {X} after the deployment.",
            "A new hospital is planned for {X}.", "The convoy left {X} at first light.",
            "Wildfire smoke drifted over {X}."]),
          ("Pt.", "Point", ["Reyes", "Loma", "Pelee", "Barrow"],
           ["Birdwatchers flock to {X} every spring.",
            "A winter storm closed the road to {X}."])]
# A "Ste." (Sainte) in a place's name: (frame, written, read), dev and held-out.
SAINTE = [("Freighters wait in line at {X} to pass the locks.", "Sault Ste. Marie",
           "Sault Sainte Marie"),
          ("The river flooded the old town of {X} again.", "Ste. Genevieve",
           "Sainte Genevieve")]
FEASTS = ["Crispin", "Jude", "Cecilia", "Brigid", "Dunstan", "Aidan", "Hilda", "Lucy"]
# A title, a saint's day or church and a street in one sentence: {T} the title, {S} the
# surname, {F} the saint, {N} the street.
COMBO_FRAMES = ["{T} {S} led the St. {F}'s Day parade along {N} Blvd.",
                "{T} {S} was christened at St. {F}'s Church on {N} Rd.",
                "After Mass at St. {F}'s, {T} {S} walked home along {N} Ave.",
                "{T} {S} runs the soup kitchen behind St. {F}'s on {N} St."]
# After a full name: (abbreviation, reading).
SUFFIXES = [("Jr.", "Junior"), ("Sr.", "Senior"), ("II", "the second"), ("III", "the third"),
            ("IV", "the fourth"), ("Esq.", "Esquire")]
SUFFIX_FRAMES = ["{X} took over the family hardware store.", "The estate was left to {X}.",
                 "Neighbors described {X} as quiet and polite.",
                 "The lawsuit names {X} as a defendant."]
STREET_FRAMES = ["Crews repaved {X} over the weekend.", "A sinkhole opened up on {X}.",
                 "The bakery on {X} sells out before lunch.",
                 "The march will end at the corner of {X}."]
STREET_WORDS = {"St.": "Street", "Ave.": "Avenue", "Dr.": "Drive", "Blvd.": "Boulevard",
                "Rd.": "Road", "Ln.": "Lane"}


def street_row(rng, part, streets, frames, words: dict) -> tuple[str, str]:
    """A street's name and the abbreviation of its type (a key of `words`, read as its value)
    in one of the frames; a frame with "corner" in it names a second street, "St."."""
    name = pick(rng, split(streets, part))
    abbr = pick(rng, list(words))
    frame = pick(rng, split(frames, part))
    if "corner" in frame:
        other = pick(rng, split(streets, part))
        while other == name:
            other = pick(rng, split(streets, part))
        return fill(frame, f"{name} {abbr} and {other} St.",
                    [f"{name} {words[abbr]} and {other} Street"])
    return fill(frame, f"{name} {abbr}", [f"{name} {words[abbr]}"])


def combo_row(rng, part, sur: str, titles, streets, feasts, frames,
              words: dict) -> tuple[str, str]:
    """A frame with a title and the surname `sur` ({T} {S}), a saint's day or church ("St.
    {F}", read "Saint") and a street ({N} and the abbreviation of its type, a key of `words`,
    read as its value)."""
    name = pick(rng, split(streets, part))
    abbr, word = pick(rng, titles)
    feast = pick(rng, split(feasts, part))
    frame = pick(rng, split(frames, part))
    said = frame.replace("St. {F}", "Saint {F}")
    for short, long in words.items():
        said = said.replace(f"{{N}} {short}", f"{{N}} {long}")
    put = {"{T}": (abbr, word), "{S}": (sur, sur), "{F}": (feast, feast), "{N}": (name, name)}
    written = frame
    for key, (w, s) in put.items():
        written, said = written.replace(key, w), said.replace(key, s)
    return written, said if said.endswith(".") else said + "."


def title(rng, part):
    k = rng.randrange(6)
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        # A rank, office or clergy title before a surname or a full name.
        abbr, words = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        first = ""
        if rng.random() < 0.4:
            first = pick(rng, split(MEN if abbr == "Msgr." else FIRST_NAMES, part)) + " "
        return fill(frame, f"{abbr} {first}{sur}", [f"{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        if rng.random() < 0.15:
            frame, written, said = SAINTE[0 if part == "dev" else 1]
            return fill(frame, written, [said])
        abbr, word, names, frames = pick(rng, PLACES)
        frame = pick(rng, split(frames, part))
        name = pick(rng, split(names, part))
        return fill(frame, f"{abbr} {name}", [f"{word} {name.replace('St.', 'Saint')}"])
    if k == 3:
        # Jr., Sr., Esq. or a numeral after a full name, Jr. and Sr. with or without a comma.
        first = pick(rng, split(MEN, part))
        abbr, word = pick(rng, SUFFIXES)
        frame = pick(rng, split(SUFFIX_FRAMES, part))
        comma = "," if abbr.endswith(".") and rng.random() < 0.4 else ""
        if comma and not frame.endswith("{X}."):
            frame = frame.replace("{X}", "{X},")
        return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {word}"])
    if k == 4:
        # "St." after a name is Street; so are Ave., Dr., Blvd., Rd. and Ln.
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_WORDS)
    # All at once: a title, a saint's day or church, and a street.
    return combo_row(rng, part, sur, COURTESY[:3] + [("Rev.", "Reverend"), ("Capt.", "Captain")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_WORDS)


# ---------------------------------------------------------------------------------- mixed

def mixed_class(frames):
    """The mixed class of a round's frames, (frame, {slot: generator}) or (frame, a generator
    of all its slots at once), dev the even frames, held-out the odd ones."""
    def mixed(rng, part):
        frame, slots = pick(rng, split(frames, part))
        if callable(slots):
            return fill_slots(frame, slots(rng, part))
        return fill_slots(frame, {k: gen(rng, part) for k, gen in slots.items()})
    return mixed


# Every English class and the name of its generator in a round's module.
EN_GENERATORS = {"count": "count", "ordinal": "ordinal", "date": "date", "year": "year",
                 "time": "clock", "money": "money", "measure": "measure", "percent": "percent",
                 "decimal": "decimal", "phone": "phone", "fraction": "fraction",
                 "regnal": "regnal", "range": "ranges", "web": "web", "address": "address",
                 "title": "title", "mixed": "mixed"}


def en_classes(generators: dict) -> dict:
    """Every English class of a round, its generator found by the name EN_GENERATORS gives in
    `generators` (the round module's globals())."""
    return {c: generators[g] for c, g in EN_GENERATORS.items()}


def slot(fn, *args):
    return lambda rng, part: fn(rng, *args)


def between_years(lo: int, hi: int):
    def gen(rng, part):
        a = rng.randint(lo, hi)
        b = a + rng.randint(5, 30)
        return f"{a} and {b}", two_years(a, b, "and")
    return gen


def square_meters(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(35, 240)
    return f"{n}{pick(rng, [' ', ''])}m²", [f"{c} square meters" for c in cards(n)]


def unit_slot(sym: str, lo: int, hi: int):
    unit = [u for u in UNITS if u[0] == sym][0]
    return lambda rng, part: measure_slot(rng, unit, lo, hi)


def small_price(rng, part):
    return price_slot(rng, cur=pick(rng, PRICES[:4]))


def dearer_price(rng, part):
    fmt, units, _, _, _ = pick(rng, PRICES[:4])
    return price_slot(rng, cur=(fmt, units, 150, 950, 10))


def home_price(rng, part):
    fmt, units, _, _, _ = pick(rng, PRICES[:4])
    if rng.random() < 0.5:
        n = rng.randrange(350000, 999999, 1000)
        return fmt.format(f"{n:,}"), [f"{c} {u}" for c in cards(n) for u in units]
    whole, tenth = rng.randint(1, 4), rng.randint(1, 9)
    spoken = [f"{card(whole)} point {card(tenth)} million {u}" for u in units]
    return fmt.format(f"{whole}.{tenth} million"), spoken


# (frame, {slot: generator (rng, part) -> (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("On {A}, {B} riders paid {C} each to enter the gran fondo.",
     {"A": slot(date_slot, 2005, 2024, 0.9, 0.0), "B": slot(count_slot, 40, 9999),
      "C": small_price}),
    ("The car ferry sailed at {A} with {B} passengers and {C} vehicles aboard.",
     {"A": slot(clock_slot), "B": slot(count_slot, 20, 900), "C": slot(count_slot, 5, 120)}),
    ("Founded in {A}, the cooperative now has {B} members and annual sales of {C}.",
     {"A": slot(lambda rng: (lambda y: (str(y), year_readings(y)))(rng.randint(1890, 2015))),
      "B": slot(count_slot, 100, 99999), "C": slot(sum_slot, False)}),
    ("Shares in the shipping line fell {A} on {B}, wiping {C} off its value.",
     {"A": slot(pct_slot, 1, 30, True), "B": slot(date_slot, 2010, 2024, 0.0, 0.0),
      "C": slot(sum_slot, True)}),
    ("At {A} on {B}, the thermometer in the square read {C}.",
     {"A": slot(clock_slot), "B": slot(date_slot, 1950, 2024, 0.8, 0.0),
      "C": unit_slot("°C", 2, 44)}),
    ("The {A} edition of the book fair drew {B} visitors over {C} days.",
     {"A": slot(ord_slot, 2, 60), "B": slot(count_slot, 1000, 250000),
      "C": slot(lambda rng: (lambda n: (str(n), [card(n)]))(rng.randint(2, 12)))}),
    ("{A} ruled for {B} years and had {C} children.",
     {"A": lambda rng, part: regnal_slot(rng, split(RULERS, part)),
      "B": slot(count_slot, 2, 60), "C": slot(count_slot, 2, 19)}),
    ("Call {A} between {B} and {C} on weekdays.",
     {"A": slot(phone_slot), "B": slot(clock_slot, "AM"), "C": slot(clock_slot, "PM")}),
    ("Roughly {A} of the {B} households surveyed spend more than {C} a month on groceries.",
     {"A": slot(fraction_slot), "B": slot(count_slot, 200, 5000, True), "C": dearer_price}),
    ("The {A}-floor apartment measures {B} and is listed at {C}.",
     {"A": slot(ord_slot, 2, 60), "B": square_meters, "C": home_price}),
    ("Between {A} the town's population grew by {B} to {C}.",
     {"A": between_years(1950, 1990), "B": slot(pct_slot, 5, 90, True),
      "C": slot(count_slot, 2000, 99999)}),
    ("The comet will pass within {A} astronomical units of Earth on {B}.",
     {"A": slot(decimal_slot, 0, 2, 2), "B": slot(date_slot, 2026, 2040, 1.0, 0.0)}),
    ("The solar farm, switched on {A}, can supply {B} to about {C} homes.",
     {"A": slot(date_slot, 2012, 2024, 1.0, 0.0), "B": unit_slot("GW", 1, 4),
      "C": slot(count_slot, 10000, 999999)}),
    ("Tickets for the {A} screening cost {B}, and {C} of the seats were gone by noon.",
     {"A": slot(clock_slot, "PM", 0.0), "B": small_price, "C": slot(pct_slot, 20, 99, False)}),
    ("Gusts of {A} were recorded at {B} on {C}.",
     {"A": unit_slot("m/s", 15, 60), "B": slot(clock_slot),
      "C": slot(date_slot, 1950, 2024, 0.6, 0.2)}),
    ("Visit the showroom at {A} or call {B}.",
     {"A": address_slot, "B": slot(phone_slot)}),
    ("Details of the festival's {A} edition are on {B}, and day passes start at {C}.",
     {"A": slot(ord_slot, 2, 40), "B": web_slot, "C": small_price}),
    ("The {A} marathon starts at {B}, and runners have {C} hours to finish.",
     {"A": slot(ord_slot, 2, 50), "B": slot(clock_slot, "AM"),
      "C": slot(mixed_number_slot, 5, 7)}),
]


mixed = mixed_class(MIXED_CLASS_FRAMES)


def main():
    unseen.round_main("r98", None, per_class=24, seed=709, en=en_classes(globals()))


if __name__ == "__main__":
    main()
