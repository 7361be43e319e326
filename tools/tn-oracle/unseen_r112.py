"""Hundred-and-twelfth round (issue 33), English, every class at once, written after round 111
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: space and astronomy, weddings and events, pets and vets, schools, exams and
universities, tourism, technology product launches, elections abroad, hospitals and health,
gardening, restaurants and food delivery, banking apps, and netball, ice hockey and darts.
Mostly the formats people type, with a minority of less usual ones. Counts (ages, "The bride,
31,", "a 72-year-old astronomer"; "1.5M preorders", "85K cardholders"; a countdown's "T-10
minutes"), ordinals ("its 12th launch", "the 2nd round", "her 91st birthday", "the
18th-century orangery", "its 130th restaurant"), dates (written out, cut short, with weekdays,
"Sat 24th February", "Nov 5th", US "June 7th, 2025" and "4/18/26", British "27/10/2025",
European "26.11.2025", ISO "2026-03-14"), years (decades, "from 1998 to 2004", "between 1969
and 1972", a comet's return "in 2061", seasons "2025/26", "the class of '09", "the 2030s" and
"the 2020s"), clock times (12-hour and 24-hour, "06:35", "12 noon", "3 o'clock"; with zones no
earlier round used, PET, COT, CLT, FJT, WITA, BOT, CVT, and with 24-hour times UYT, PYT, AZOT),
money (menu and shop prices with cents and pence; phones "$1,199"; fees before their noun, "a
£2.29 delivery fee", "a 99p service fee"; "a £250 excess" on pet insurance; wedding budgets;
app fees "£12.99 per month", "£79/yr"; "£20.50 a head"; a bank transfer "£938.83"; codes VND,
PHP, PEN, COP, CRC, LKR, NPR, TZS, JOD, MUR, FJD and UYU, signs "₫250,000", "₱1,500", "S/ 45";
sums in millions and billions), measures in the units of those topics (light years and "ly",
AU, km/s, km, kg, lb, g, mAh, GB, TB, Hz, cm, m², L, ml, m, miles, tonnes, °C; "a 6.7-inch
display", "a 25kg bag", "500ml tubs"), percentages ("4.5% AER", "28.9% APR", "a 12.5% service
charge", turnout, points, "-0.3%"), decimals (magnitudes, grade point averages, hygiene and
guest ratings, gigahertz, a darts average "101.29", apparent magnitudes "-1.46", versions,
Bluetooth "5.3"), phone numbers (US, with extensions, British five-digit areas and mobiles,
"0300" and "0800", "111", "112", "119", "999", text-to-give "PAWS to 69513", and numbers in
Spain, Italy, Ireland, Mexico, the Philippines, Singapore and South Africa), fractions ("1 in
5", "a ⅔ majority", "½ tbsp", "1 1/2 tbsp", "¾ cup", "3/8 inch deep", "38¾ acres", glyphs and
"5/7"), regnal numerals (kings of Urartu, a Hittite king, a Sasanian shah, kings of Hungary,
grand princes of Kyiv, princes of Monaco, kings of Navarre, dukes of Bohemia and Poland, a king
of Poland, Bactrian, Indo-Greek and Elamite kings, a pharaoh, an ecumenical patriarch, a king
of Burgundy) and series numerals ("Pentium III", "Galaxy Note II", "Sputnik II", "Ranger VII",
"Homeward Bound II"; "the XXII Commonwealth Games" as an ordinal), ranges ("3-5 working days",
"20-25 mins", "15–30%", "16-17°C", "€21-€26", "Mon–Thu", "9am-5pm", "February 15–20",
"2025–2035" and "2025-30", "16-22kg"), web addresses, e-mail, handles and hashtags (.vet,
.wedding, .space, .travel, .menu, .bank, .school, .health, .garden, .ac.uk, .edu, .ph, .pe,
.gr, .pt; "sanne.bautista@..."), addresses (US tourist and space-coast towns, with suites,
ZIP+4 and P.O. boxes; British with postcodes, flats and units), titles and abbreviations
(Cllr, Wg Cdr, Sqn Ldr, Dir., "Hon. Treas.", "Dep. Head"; FRAS, DVM, BVSc, MRCP, RN, PGCE,
CFA, DDS, CBE after a name; "Lk" before a place, "Nat'l Park", "Intl Airport", "Acad." and
"Hosp." after one; "vs.", "RSVP", "T&Cs", "N/A", "PTO", "max.", "excl.", "esp.", "Govt",
"incl."; "No. 7", "#7"; street types and "St." as Saint) and mixed sentences with two to four
numbers of different kinds (launch dates, UTC times and satellites; guests, prices a head and
the bill; nights, a vet's bill and a cat's weight; pass rates, pupils and subjects; hotel
nights and rates; polls and turnout; phones, prices and charging; waits in hospital; raised
beds, plants and topsoil; food orders, delivery times and tips; transfers, fees and days;
league records; a telescope's cost, reach and opening; a bistro's seats, hours and menu).
Frames and words are new: no sentence, counted noun, name, street, city, host or ruler here
was used by a committed English set (checked against the inputs of every tn-unseen/*en*.tsv,
round 108 included, and the word lists of every earlier round script; months, weekdays,
states, street types, courtesy titles, units, currencies and common words recur). Labels are
English as a newsreader speaks it, from first principles; where English has two usual
readings all are accepted, written " ‖ " between them ("four point five percent A E R ‖ ...
annual equivalent rate", "Harriers versus Kestrels ‖ Harriers v Kestrels", "one and a half
tablespoons ‖ one and a half t b s p", "a two thirds majority", "a three quarters majority ‖
a three quarter majority", "twelve point five percent ‖ twelve and a half percent"). The "and"
after hundred or thousand, "oh" for a zero and letters said one by one are folded by the
comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r112.py [--per-class 24] [--seed 811]

writes crates/text-normalizer/tests/data/tn-unseen/r112-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import MONTHS, cards, house, to_roman, two_years, with_written, \
    year_readings, zero_variants
from unseen_r98 import (clock_slot, count_slot, decimal_slot, fill, fill_slots, fraction_slot,
                        mixed_number_slot, ord_slot, pct_slot, slot, suite)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (age_slot, box_slot, clock_range, date_slot, decade_slot, minus_slot,
                         plain_digits, points_slot, said_path, version_slot, year_slot)
from unseen_r104 import british_numeric, days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import (date_range_slot, day_month, dotted_slot, early_slot, modern_decade,
                         oclock_slot, possessive, stat_slot, uk5_slot, us_short_slot,
                         us_suffix_slot)
from unseen_r108 import (apr_slot, attributive, class_slot, cup_slot, nongeo_slot, noon_slot,
                         one_in_slot, pence_sum, pounds, said_cents, short_suffix_slot)


def euros(n: int) -> list[str]:
    return [f"{c} euros" for c in cards(n)]


def dollars(n: int) -> list[str]:
    return [f"{c} dollars" for c in cards(n)]


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The rescue centre rehomed {X} in the first half of the year.",
                 ["kittens", "rabbits", "ferrets"], 999),
                ("The caterer is preparing {X} for the reception.", ["canapés"], 2000),
                ("The exam board hired {X} for the summer series.",
                 ["invigilators", "markers"], 9999),
                ("The rocket will carry {X} into low orbit.", ["satellites"], 60),
                ("Our allotment society ordered {X} for the autumn planting.",
                 ["bulbs", "tulips", "dahlias"], 9999),
                ("The delivery app now has {X} across the region.", ["couriers"], 99999),
                ("The survey has so far confirmed {X} around nearby stars.", ["exoplanets"],
                 9999),
                ("The vets' practice gave {X} last month.",
                 ["vaccinations", "microchips"], 9999),
                ("The trust is recruiting {X} for the new maternity unit.",
                 ["midwives", "paramedics"], 200),
                ("The ice rink has seating for {X}.", ["spectators"], 20000),
                ("The hotel's garden is set up with {X} for wedding parties.", ["marquees"],
                 12),
                ("The boarding kennels can take {X} over the holidays.",
                 ["dogs", "cats", "budgies"], 300)]
AGE_FRAMES = [("The bride, {X}, is a paediatric nurse from the valley.", 22, 45),
              ("{a} {X}-year-old astronomer spotted the supernova from her garden.", 55, 88),
              ("The goalkeeper, {X}, has signed for the ice hockey club.", 18, 36),
              ("The patient, {X}, was discharged after three days on the ward.", 19, 94),
              ("The {X}-year-old student sat her final exam on Friday.", 16, 24),
              ("The darts champion, {X}, threw a nine-darter in the semi-final.", 21, 60),
              ("The tortoise is thought to be about {X} years old.", 40, 120),
              ("Children aged {X} and under eat free at the diner.", 5, 12)]
STAT_FRAMES = [("The folding phone has taken {X}.", "preorders"),
               ("The banking app now serves {X}.", "cardholders")]
T_FRAMES = ["The countdown was paused at {X} because of high winds.",
            "Engineers spotted a valve fault at {X}."]


def t_minus_slot(rng) -> tuple[str, list[str]]:
    """A launch countdown: "T-10 minutes" ("T minus ten minutes"), "T-90 seconds"."""
    n = pick(rng, [10, 15, 20, 30, 45, 90, 2, 4])
    unit = "minutes" if n < 60 else "seconds"
    return f"T-{n} {unit}", [f"T minus {card(n)} {unit}"]


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.25:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.33:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.38:
        return fill(T_FRAMES[i], *t_minus_slot(rng))
    frame, nouns, most = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, nouns)
    w, said = count_slot(rng, max(2, most // 50), most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

ORDINAL_FRAMES = [("The space agency celebrates its {X} launch of the year.", 2, 40),
                  ("Voters return to the polls for the {X} round on Sunday.", 2, 3),
                  ("She is celebrating her {X} birthday with a garden party.", 18, 100),
                  ("The {X}-century orangery is open to visitors again.", 16, 19),
                  ("The couple marked their {X} wedding anniversary in Lisbon.", 1, 70),
                  ("Our school finished {X} in the national maths challenge.", 1, 50),
                  ("The netball side sits {X} in the table.", 1, 10),
                  ("The surgeon performed her {X} robotic operation last week.", 100, 500),
                  ("The fried chicken chain opens its {X} restaurant in May.", 2, 160),
                  ("The tomatoes ripened in the {X} week of July.", 1, 4),
                  ("The handset is the company's {X} foldable.", 2, 7),
                  ("The dog show is in its {X} year at the showground.", 2, 150)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

DATE_FRAMES = [("The wedding will take place on {X}.", 2025, 2027),
               ("The lunar probe touched down on {X}.", 2019, 2025),
               ("Exam results will be published on {X}.", 2025, 2026),
               ("The new smartwatch goes on sale on {X}.", 2025, 2026),
               ("Polls in the presidential election close on {X}.", 2025, 2027),
               ("Your hospital appointment is on {X}.", 2025, 2026),
               ("The garden festival opens to the public on {X}.", 2025, 2026),
               ("The takeaway first opened its doors on {X}.", 1985, 2024),
               ("Your card payment was refunded on {X}.", 2024, 2025),
               ("The darts final is on {X}.", 2025, 2026),
               ("The puppy had her second jab on {X}.", 2024, 2025),
               ("The museum reopened after restoration on {X}.", 2010, 2025)]


def iso_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """An ISO date, "2026-03-14": read as a date written out, the year last or first."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    said = day_month(d, MONTHS[m - 1])
    return f"{y}-{m:02d}-{d:02d}", [f"{s} {r}" for s in said for r in year_readings(y)]


def weekday_short_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A weekday cut short before the day: "Sat 14th June", "Thu 3 July"."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    day = datetime.date(y, m, d).strftime("%A")
    month = MONTHS[m - 1]
    mark = f"{d}{ord_suffix(d)}" if rng.random() < 0.5 else str(d)
    return f"{day[:3]} {mark} {month}", [f"{day} {s}" for s in day_month(d, month)]


def date(rng, part, date_frames=DATE_FRAMES):
    k = rng.random()
    frame, first, last = pick(rng, split(date_frames, part))
    if k < 0.12:
        return fill(frame, *british_numeric(rng, first, last))
    if k < 0.26:
        return fill(frame, *us_suffix_slot(rng, first, last))
    if k < 0.32:
        return fill(frame, *us_short_slot(rng, first, last))
    if k < 0.4:
        return fill(frame, *short_suffix_slot(rng, first, last))
    if k < 0.44:
        return fill(frame, *dotted_slot(rng, first, last))
    if k < 0.48:
        return fill(frame, *iso_slot(rng, first, last))
    if k < 0.53:
        return fill(frame, *weekday_short_slot(rng, first, last))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25))


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = [("The observatory's great refractor was installed in {X}.", 1850, 1960),
               ("The couple's hotel has welcomed guests since {X}.", 1880, 1995),
               ("The veterinary college admitted its first women in {X}.", 1900, 1960),
               ("The grammar school became a comprehensive in {X}.", 1960, 1990),
               ("The walled garden was replanted in {X}.", 1950, 2020),
               ("The curry house has been run by the same family since {X}.", 1960, 2010),
               ("The building society became a bank in {X}.", 1985, 2000),
               ("The ice hockey club was founded in {X}.", 1930, 2005)]
FROM_FRAMES = [("The space station's first module was in orbit from {X}.", 1986, 2001),
               ("She was head teacher at the village school from {X}.", 1965, 2010)]
BETWEEN_FRAMES = ["Twelve astronauts walked on the Moon between {X}.",
                  "The maternity ward was rebuilt twice between {X}."]
COMET_FRAMES = ["The comet will next be visible to the naked eye in {X}.",
                "The next total eclipse over the island is due in {X}."]
SEASON_FRAMES = ["The netball league's {X} season starts in September.",
                 "Tuition fees for {X} have been frozen."]
CLASS_FRAMES = ["The alumni dinner is for the graduating class of {X}.",
                "My sister has kept every school photo since {X}."]
MODERN_FRAMES = ["Crewed flights to Mars are unlikely before {X}.",
                 "Contactless payments took off in {X}."]
FUTURE_DECADES = [("the 2030s", ["the twenty thirties", "the two thousand thirties"]),
                  ("the 2040s", ["the twenty forties", "the two thousand forties"])]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(3, 15)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.16:
        if i == 0:
            return fill(BETWEEN_FRAMES[0], "1969 and 1972", two_years(1969, 1972, "and"))
        a = rng.randint(1955, 2010)
        b = a + rng.randint(8, 15)
        return fill(BETWEEN_FRAMES[1], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.24:
        y = pick(rng, [2061, 2031, 2044, 2052, 2039, 2126, 2075])
        return fill(COMET_FRAMES[i], str(y), year_readings(y))
    if k < 0.31:
        return fill(SEASON_FRAMES[i], *tax_year_slot(rng))
    if k < 0.37:
        return fill(CLASS_FRAMES[i], *class_slot(rng))
    if k < 0.43:
        if i == 0:
            return fill(MODERN_FRAMES[0], *pick(rng, FUTURE_DECADES))
        return fill(MODERN_FRAMES[1], *modern_decade(rng))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.55:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

ZONES = [("PET", ["P E T", "Peru Time"]),
         ("COT", ["C O T", "Colombia Time"]), ("CLT", ["C L T", "Chile Time",
                                                      "Chile Standard Time"]),
         ("FJT", ["F J T", "Fiji Time"]), ("WITA", ["W I T A", "Central Indonesia Time",
                                                    "Central Indonesian Time"]),
         ("BOT", ["B O T", "Bolivia Time"]), ("CVT", ["C V T", "Cape Verde Time"])]
ZONES_24 = [("UYT", ["U Y T", "Uruguay Time"]), ("PYT", ["P Y T", "Paraguay Time"]),
            ("AZOT", ["A Z O T", "Azores Time"])]
TIME_FRAMES = [("The ceremony starts at {X} in the rose garden.", "PM"),
               ("Morning surgery at the vets opens at {X}.", "AM"),
               ("Candidates must be seated by {X} for the chemistry paper.", "AM"),
               ("Visiting hours on the children's ward end at {X}.", "PM"),
               ("The kitchen takes its last orders at {X}.", "PM"),
               ("Face-off is at {X} at the arena.", "PM"),
               ("The hotel's breakfast is served until {X}.", "AM"),
               ("The app will be down for maintenance from {X}.", None),
               ("The polling station opens at {X}.", None),
               ("The stargazing walk sets off at {X}.", "PM"),
               ("Your food order is due to arrive at {X}.", None),
               ("The garden centre's cafe opens at {X}.", "AM")]
ZONE_FRAMES = ["The launch window opens at {X}.", "The results broadcast begins at {X}.",
               "The museum's virtual tour starts at {X}.",
               "The phone's livestreamed unveiling starts at {X}."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. PET") or 24-hour ("14:35 UYT", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def clock(rng, part, time_frames=TIME_FRAMES, zone_frames=ZONE_FRAMES, zone_slot=zone_slot):
    k = rng.random()
    if k < 0.22:
        return fill(pick(rng, split(zone_frames, part)), *zone_slot(rng))
    frame, half = pick(rng, split(time_frames, part))
    if k < 0.34 and half != "PM":
        return fill(frame, *early_slot(rng))
    if k < 0.4 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.45 and half != "AM":
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("The lamb tagine on the new menu costs {X}.", 9, 24),
                 ("A bag of the grain-free kibble is {X}.", 12, 60),
                 ("The revision guide is {X} in the school shop.", 4, 15),
                 ("A pot of the patio roses costs {X}.", 6, 30),
                 ("The guidebook to the island is {X}.", 8, 25),
                 ("A flat white at the observatory cafe is {X}.", 2, 4)]
PHONE_PRICE_FRAMES = ["The flagship model starts at {X}.",
                      "The top version with a terabyte of storage costs {X}."]
FEE_FRAMES = ["There is a {X} delivery fee on orders under fifteen pounds.",
              "The app adds a {X} service fee to every order."]
EXCESS_FRAMES = [("The pet policy has {a} {X} excess per condition.", "£", "pound"),
                 ("Her travel plan comes with {a} {X} deductible.", "$", "dollar")]
BUDGET_FRAMES = ["The average wedding now costs {X}.",
                 "The couple kept their wedding budget to {X}."]
APP_FRAMES = ["The premium account costs {X}.", "Unlimited free delivery is {X}."]
HEAD_FRAMES = ["The set menu is {X} a head.", "Canapés for the reception work out at {X} a head."]
CODES = [("VND", ["dong", "Vietnamese dong"]), ("PHP", ["pesos", "Philippine pesos"]),
         ("PEN", ["soles", "Peruvian soles"]), ("COP", ["pesos", "Colombian pesos"]),
         ("CRC", ["colones", "Costa Rican colones"]),
         ("LKR", ["rupees", "Sri Lankan rupees"]), ("NPR", ["rupees", "Nepalese rupees"]),
         ("TZS", ["shillings", "Tanzanian shillings"]),
         ("JOD", ["dinars", "Jordanian dinars"]), ("MUR", ["rupees", "Mauritian rupees"]),
         ("FJD", ["dollars", "Fijian dollars", "Fiji dollars"]),
         ("UYU", ["pesos", "Uruguayan pesos"])]
SIGNS = [("₫", ["dong"]), ("₱", ["pesos"]), ("S/ ", ["soles"])]
ABROAD_FRAMES = ["Entry to the temple complex costs {X}.",
                 "Our guesthouse charged {X} for two nights."]
WAS_FRAMES = ["Noise-cancelling earbuds: was {A}, now {B}.",
              "Dog bed, was {A}, now only {B}."]
LARGE_MONEY_FRAMES = [("The new telescope will cost {X} to build.", True),
                      ("The hospital's cancer wing cost {X}.", False),
                      ("The chip maker's revenue reached {X} last quarter.", True),
                      ("The food delivery firm was valued at {X}.", True),
                      ("The university has raised {X} for new scholarships.", False),
                      ("Tourists spent {X} on the island last summer.", False)]
TRANSFER_FRAMES = ["You sent {X} to Eleni Papadakis.", "A payment of {X} is pending."]


def retail_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A price, whole or with cents or pence: "£14.95", "$2.50", "€12"."""
    sym, unit, one, small = pick(rng, [("£", "pounds", "pound", "pence"),
                                       ("$", "dollars", "dollar", "cents"),
                                       ("£", "pounds", "pound", "pence"),
                                       ("€", "euros", "euro", "cents")])
    whole = rng.randint(lo, hi)
    if rng.random() < 0.3:
        return f"{sym}{whole}", [f"{c} {one if whole == 1 else unit}" for c in cards(whole)]
    c = pick(rng, [99, 95, 50, 49, 25, 75, 20, 80, 45, 65])
    return f"{sym}{whole}.{c:02d}", said_cents(whole, c, unit, one, small)


def phone_price_slot(rng) -> tuple[str, list[str]]:
    """A phone's price: "$1,199", "£999", "€1,049"."""
    sym, said = pick(rng, [("$", dollars), ("£", pounds), ("€", euros)])
    n = pick(rng, [799, 899, 999, 1099, 1199, 1299, 1399, 1499, 1049, 1149])
    return f"{sym}{with_written(n, rng, 0.7)}", said(n)


def fee_slot(rng) -> tuple[str, list[str]]:
    """A small fee before its noun: "a £2.99 delivery fee" ("a two pound ninety nine", "two
    ninety nine"), "a 99p service fee"."""
    if rng.random() < 0.3:
        n = pick(rng, [49, 79, 99, 89])
        return f"{n}p", [f"{card(n)} {u}" for u in ("pence", "p")]
    whole, c = rng.randint(1, 4), pick(rng, [99, 49, 50, 29])
    w, s = card(whole), card(c)
    return f"£{whole}.{c}", [f"{w} pound {s}", f"{w} {'pounds' if whole > 1 else 'pound'} {s}",
                             f"{w} {s}"]


def excess_slot(rng, sym: str, unit: str) -> tuple[str, list[str]]:
    n = pick(rng, [99, 100, 120, 150, 250, 300, 500])
    return f"{sym}{n}", [f"{c} {unit}" for c in attributive(n)]


def budget_slot(rng) -> tuple[str, list[str]]:
    n = rng.randrange(8000, 42000, 250)
    sym, said = pick(rng, [("£", pounds), ("£", pounds), ("$", dollars)])
    return f"{sym}{with_written(n, rng, 0.8)}", said(n)


def app_fee_slot(rng) -> tuple[str, list[str]]:
    """A monthly or yearly fee: "£3.50/month", "£7.99 a month", "£49 a year"."""
    if rng.random() < 0.35:
        n = pick(rng, [29, 39, 49, 59, 79, 99])
        per = pick(rng, [" a year", "/year", " per year", "/yr"])
        return f"£{n}{per}", [f"{c} pounds {t}" for c in cards(n) for t in ("a year",
                                                                            "per year")]
    whole, c = rng.randint(2, 14), pick(rng, [99, 50, 49, 99])
    per = pick(rng, [" a month", "/month", " per month", "/mo"])
    return f"£{whole}.{c}{per}", [f"{h} {t}" for h in said_cents(whole, c, "pounds", "pound",
                                                                 "pence")
                                  for t in ("a month", "per month")]


def head_slot(rng) -> tuple[str, list[str]]:
    if rng.random() < 0.5:
        n = rng.randint(18, 85)
        return f"£{n}", pounds(n)
    whole, c = rng.randint(8, 40), 50
    return f"£{whole}.50", said_cents(whole, c, "pounds", "pound", "pence")


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("VND 250,000", "1,500 PHP") or a sign before it
    ("₫250,000", "₱1,500", "S/ 45")."""
    if rng.random() < 0.65:
        code, units = pick(rng, CODES)
        n = rng.randrange(20, 9000, 10) if code in ("PEN", "JOD", "FJD") else \
            rng.randrange(500, 999999, 500)
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units = pick(rng, SIGNS)
        n = rng.randrange(20, 400, 5) if sign.startswith("S") else \
            rng.randrange(50000, 900000, 10000) if sign == "₫" else rng.randrange(200, 9000, 50)
        written = f"{sign}{with_written(n, rng, 0.9)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def was_slots(rng, part) -> dict:
    sym, units, small = pick(rng, [("£", "pounds", "pence"), ("$", "dollars", "cents"),
                                   ("€", "euros", "cents")])
    a = rng.randrange(30, 300, 5)
    b = a - rng.randrange(5, a // 2 + 5, 5)
    if rng.random() < 0.4:
        return {"A": (f"{sym}{a - 1}.99", said_cents(a - 1, 99, units, units[:-1], small)),
                "B": (f"{sym}{b - 1}.99", said_cents(b - 1, 99, units, units[:-1], small))}
    return {"A": (f"{sym}{a}", [f"{c} {units}" for c in cards(a)]),
            "B": (f"{sym}{b}", [f"{c} {units}" for c in cards(b)])}


def big_sum(rng, large: bool) -> tuple[str, list[str]]:
    """"£850,000", "$4.2m", "€12 million", "$1.3bn"."""
    sym, units = pick(rng, [("£", ["pounds"]), ("$", ["dollars"]), ("€", ["euros", "euro"])])
    k = rng.random()
    if k < 0.25:
        n = rng.randrange(120000, 990000, 5000)
        return f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in units]
    scale, word = pick(rng, [("m", "million"), (" million", "million")]
                       + ([("bn", "billion"), (" billion", "billion")] if large else []))
    if k < 0.65:
        whole, tenth = rng.randint(1, 40), rng.randint(1, 9)
        said = [f"{card(whole)} point {card(tenth)} {word} {u}" for u in units]
        if tenth == 5:
            said += [f"{card(whole)} and a half {word} {u}" for u in units]
        return f"{sym}{whole}.{tenth}{scale}", said
    n = rng.randint(2, 99)
    return f"{sym}{n}{scale}", [f"{c} {word} {u}" for c in cards(n) for u in units]


def transfer_slot(rng) -> tuple[str, list[str]]:
    whole, c = rng.randint(5, 1800), rng.randint(11, 99)
    return (f"£{with_written(whole, rng, 0.7)}.{c:02d}",
            [x for w in cards(whole) for x in (f"{w} pounds {card(c)}",
                                               f"{w} pounds and {card(c)} pence",
                                               f"{w} pounds {card(c)} pence")])


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.28:
        return fill(PHONE_PRICE_FRAMES[i], *phone_price_slot(rng))
    if k < 0.35:
        return fill(FEE_FRAMES[i], *fee_slot(rng))
    if k < 0.41:
        frame, sym, unit = EXCESS_FRAMES[i]
        return fill(frame, *excess_slot(rng, sym, unit))
    if k < 0.48:
        return fill(BUDGET_FRAMES[i], *budget_slot(rng))
    if k < 0.54:
        return fill(APP_FRAMES[i], *app_fee_slot(rng))
    if k < 0.59:
        return fill(HEAD_FRAMES[i], *head_slot(rng))
    if k < 0.68:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.74:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    if k < 0.8:
        return fill(TRANSFER_FRAMES[i], *transfer_slot(rng))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

# (frame, generator of (written, readings))
def unit_gen(units: list[tuple[str, list[str]]], lo: int, hi: int, dec: float = 0.0,
             one: list[str] | None = None):
    """A whole or one-decimal number and a unit written one of several ways: units are
    (written unit, readings); `one`, where given, are the readings before a noun."""
    def gen(rng, part) -> tuple[str, list[str]]:
        sym, words = pick(rng, units)
        if one is not None:
            words = one
        if rng.random() < dec:
            whole, tenth = rng.randint(lo, max(lo, hi - 1)), rng.randint(1, 9)
            heads = [f"{h} point {card(tenth)}" for h in
                     ([card(whole)] if whole else ["zero", "nought", ""])]
            heads = [h.strip() for h in heads]
            if tenth == 5 and whole:
                heads.append(f"{card(whole)} and a half")
            return f"{whole}.{tenth}{sym}", [f"{h} {w}" for h in heads for w in words]
        n = rng.randint(lo, hi)
        heads = [c for c in cards(n) if not (one is not None and c.startswith("a "))]
        return f"{with_written(n, rng, 0.8)}{sym}", [f"{h} {w}" for h in heads for w in words]
    return gen


LY = [(" light years", ["light years"]), (" light-years", ["light years"]),
      (" ly", ["light years"])]
MEASURE_FRAMES = [
    ("The nearest star system is about {X} away.", unit_gen(LY, 4, 4, 1.0)),
    ("The exoplanet lies {X} from Earth.", unit_gen(LY, 40, 900)),
    ("The asteroid will pass within {X} of the planet.",
     unit_gen([("km", ["kilometers"]), (" km", ["kilometers"])], 4000, 90000)),
    ("The probe is travelling at {X}.",
     unit_gen([(" km/s", ["kilometers per second", "kilometers a second"]),
               ("km/s", ["kilometers per second", "kilometers a second"])], 11, 60, 0.4)),
    ("The comet's orbit takes it out to {X}.",
     unit_gen([(" AU", ["A U", "astronomical units"])], 5, 70, 0.3)),
    ("The puppy now weighs {X}.",
     unit_gen([("kg", ["kilograms", "kilos"]), (" kg", ["kilograms", "kilos"])], 3, 30, 0.5)),
    ("The tabby cat weighs {X}.",
     unit_gen([(" lb", ["pounds"]), ("lb", ["pounds"]), (" lbs", ["pounds"])], 7, 18)),
    ("Feed the kitten {X} of wet food a day.",
     unit_gen([("g", ["grams"]), (" g", ["grams"])], 80, 250)),
    ("The battery has a capacity of {X}.",
     unit_gen([("mAh", ["milliamp hours", "M A H"]), (" mAh", ["milliamp hours", "M A H"])],
              3500, 6000)),
    ("The base model comes with {X} of storage.",
     unit_gen([("GB", ["gigabytes", "gig"]), (" GB", ["gigabytes", "gig"])], 128, 512)),
    ("The screen refreshes at {X}.",
     lambda rng, part: (lambda n, g: (f"{n}{g}Hz", [f"{c} hertz" for c in cards(n)]))(
         pick(rng, [90, 120, 120, 144, 165, 240]), pick(rng, ["", " "]))),
    ("The laptop weighs just {X}.",
     unit_gen([("kg", ["kilograms", "kilos"]), (" kg", ["kilograms", "kilos"])], 1, 1, 1.0)),
    ("Each raised bed is {X} deep.",
     unit_gen([("cm", ["centimeters"]), (" cm", ["centimeters"])], 20, 60)),
    ("The vegetable plot covers {X}.",
     unit_gen([("m²", ["square meters"]), (" sq m", ["square meters"]),
               (" square metres", ["square meters"])], 12, 200)),
    ("Water the tomatoes with {X} a day in hot weather.",
     unit_gen([("L", ["liters", "litres"]), (" litres", ["liters", "litres"])], 2, 5, 0.3)),
    ("The soup is served in {X} tubs.",
     lambda rng, part: (lambda n, g: (f"{n}{g}ml", [f"{card(n)} {u}" for u in
                                                  ("milliliter", "millilitre")]))(
         pick(rng, [350, 400, 450, 500, 568, 600]), pick(rng, ["", " "]))),
    ("The hotel pool is {X} long.",
     unit_gen([("m", ["meters"]), (" m", ["meters"]), (" metres", ["meters"])], 15, 50)),
    ("The cycle route around the lake is {X}.",
     unit_gen([("km", ["kilometers"]), (" km", ["kilometers"]), (" miles", ["miles"])], 8, 60,
              0.3)),
    ("The hospital's new scanner weighs {X}.",
     unit_gen([(" tonnes", ["tonnes", "tons"]), ("t", ["tonnes", "tons"])], 3, 12, 0.4)),
    ("The rink is cooled to {X}.",
     unit_gen([("°C", ["degrees Celsius", "degrees"])], 4, 9)),
]
SCREEN_FRAMES = ["The phone has {a} {X} display.", "The tablet comes with {a} {X} screen."]
BAG_FRAMES = ["Buy {a} {X} bag of compost and get one free.",
              "The shop sells rice in {a} {X} sack."]
TB_FRAMES = ["The cloud plan includes {X} of space.", "The console ships with {X} of storage."]


def screen_slot(rng, part) -> tuple[str, list[str]]:
    """A screen's size before its noun: a phone's "6.7-inch", "6.1in" ("six point seven
    inch"); a tablet's also "11\"" ("eleven inch")."""
    if part == "dev" or rng.random() < 0.3:
        whole, tenth = rng.randint(5, 6), rng.randint(1, 9)
        mark = pick(rng, ["-inch", "in", '"', "-inch"])
        return f"{whole}.{tenth}{mark}", [f"{card(whole)} point {card(tenth)} inch"]
    n = rng.randint(10, 13)
    mark = pick(rng, ["-inch", '"', "in"])
    return f"{n}{mark}", [f"{card(n)} inch"]


def bag_slot(rng) -> tuple[str, list[str]]:
    """A weight before its noun: "a 10kg bag" ("a ten kilogram bag", "ten kilo")."""
    n = pick(rng, [5, 10, 20, 25, 40, 50, 60, 70])
    return f"{n}{pick(rng, ['kg', ' kg', '-kilo', 'kg'])}", [f"{card(n)} {u}" for u in
                                                            ("kilogram", "kilo")]


def tb_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [1, 2, 4])
    if rng.random() < 0.3:
        return f"{n}.5TB" if n < 4 else "2.5 TB", [
            f"{card(n if n < 4 else 2)} point five terabytes",
            f"{card(n if n < 4 else 2)} and a half terabytes"]
    return f"{n}{pick(rng, ['TB', ' TB'])}", [f"{card(n)} {'terabyte' if n == 1 else 'terabytes'}"]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(SCREEN_FRAMES[i], *screen_slot(rng, part))
    if k < 0.18:
        return fill(BAG_FRAMES[i], *bag_slot(rng))
    if k < 0.24:
        return fill(TB_FRAMES[i], *tb_slot(rng))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

PERCENT_FRAMES = [("Turnout in the parliamentary election reached {X}.", 45, 80, True),
                  ("The governing party won {X} of the vote.", 20, 55, True),
                  ("The pass rate for the driving theory test is {X}.", 40, 60, True),
                  ("Students who got top grades rose to {X}.", 20, 30, True),
                  ("Bed occupancy at the hospital hit {X} in January.", 88, 99, True),
                  ("Hotel bookings on the coast are up {X} on last year.", 3, 25, True),
                  ("The battery charges to {X} in half an hour.", 50, 80, False),
                  ("Orders through the app grew by {X} in the quarter.", 5, 40, True)]
AER_FRAMES = ["The easy-access saver now pays {X}.", "The regular saver offers {X} for a year."]
APR_FRAMES = ["The credit card charges {X} on purchases.", "The loan is offered at {X}."]
SERVICE_FRAMES = ["{a} {X} service charge is added to tables of six or more.",
                  "The venue adds {a} {X} service charge to the wedding bill."]
MINUS_FRAMES = ["Card spending came in at {X} for the month.",
                "Visitor numbers changed by {X} over the winter."]
POINTS_FRAMES = [("The opposition's lead narrowed by {X} points.", 1, 6),
                 ("Support for the ruling coalition fell {X} percentage points.", 2, 12)]


def aer_slot(rng) -> tuple[str, list[str]]:
    """A savings rate: "4.5% AER" ("four point five percent A E R", "annual equivalent
    rate")."""
    whole, tenth = rng.randint(1, 6), rng.randint(1, 9)
    tails = ("A E R", "annual equivalent rate")
    if rng.random() < 0.3:
        return f"{whole}% AER", [f"{card(whole)} percent {t}" for t in tails]
    return f"{whole}.{tenth}% AER", [f"{card(whole)} point {card(tenth)} percent {t}"
                                     for t in tails]


def service_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [10, 12, 15, 3, 5, 8, 11])
    if rng.random() < 0.3:
        return "12.5%", ["twelve point five percent", "twelve and a half percent"]
    return f"{n}%", [f"{card(n)} percent"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(AER_FRAMES[i], *aer_slot(rng))
    if k < 0.2:
        return fill(APR_FRAMES[i], *apr_slot(rng))
    if k < 0.28:
        return fill(SERVICE_FRAMES[i], *service_slot(rng))
    if k < 0.34:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.4:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

DECIMAL_FRAMES = [("The quake had a magnitude of {X}.", 3, 7, 1),
                  ("Her grade point average was {X}.", 2, 3, 2),
                  ("The restaurant has a hygiene app rating of {X} out of five.", 3, 4, 1),
                  ("The hotel scores {X} with guests.", 7, 9, 1),
                  ("The dwarf planet's year lasts {X} Earth years.", 240, 290, 1),
                  ("The puppy's temperature was {X} degrees.", 38, 39, 1),
                  ("The chip runs at up to {X} gigahertz.", 3, 5, 1),
                  ("The darts player's three-dart average was {X}.", 90, 112, 2)]
VERSION_FRAMES = ["Update the banking app to version {X}.",
                  "The telescope control software is now at version {X}."]
BLUETOOTH_FRAMES = ["The earbuds support Bluetooth {X}.", "The headset uses Bluetooth {X}."]
STAR_FRAMES = ["Sirius shines at an apparent magnitude of {X}.",
               "At its brightest Venus reaches a magnitude of {X}."]


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    if k < 0.2:
        v = pick(rng, [(5, 0), (5, 1), (5, 2), (5, 3), (5, 4)])
        return fill(BLUETOOTH_FRAMES[i], f"{v[0]}.{v[1]}",
                    zero_variants(f"{card(v[0])} point {card(v[1]) if v[1] else 'zero'}"))
    if k < 0.28:
        if i == 0:
            return fill(STAR_FRAMES[0], "-1.46", ["minus one point four six",
                                                  "negative one point four six"])
        n = pick(rng, [46, 47, 48, 49])
        return fill(STAR_FRAMES[1], f"-4.{n}", [f"{m} four point {digits(str(n))}"
                                                for m in ("minus", "negative")])
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book the wedding suite, call {X}.",
                "Out of hours, the emergency vet can be reached on {X}.",
                "For help with your exam entry, ring {X}.",
                "Report a lost card on {X}.",
                "The hotel's front desk number is {X}.",
                "To order by phone, call {X}.",
                "The hospital switchboard is on {X}.",
                "The box office at the arena is on {X}."]
SHORT_LINES = [("For non-urgent health advice, call {X}.", "111", ["one one one"]),
               ("Anywhere in the European Union, the emergency number is {X}.", "112",
                ["one one two"]),
               ("If someone collapses at the reception, dial {X}.", "999",
                ["nine nine nine"]),
               ("To book a vaccination by phone, call {X}.", "119", ["one one nine"])]
TEXT_FRAMES = ["To give three pounds to the animal shelter, text {X}.",
               "Text {X} to donate five pounds to the children's ward."]
KEYWORDS = ["PAWS", "WHISKERS", "TEDDY", "KITTY"]
# (country code, readings after "plus", groups, the digits the number opens with): Spain,
# Italy, Ireland, Mexico, the Philippines, Singapore, South Africa.
ABROAD = [("34", ["three four", "thirty four"], (3, 3, 3), "69"),
          ("39", ["three nine", "thirty nine"], (3, 3, 4), "3"),
          ("353", ["three five three"], (2, 3, 4), "8"),
          ("52", ["five two", "fifty two"], (2, 4, 4), "5"),
          ("63", ["six three", "sixty three"], (3, 3, 4), "9"),
          ("65", ["six five", "sixty five"], (4, 4), "689"),
          ("27", ["two seven", "twenty seven"], (2, 3, 4), "678")]


def text_slot(rng, keywords=KEYWORDS) -> tuple[str, list[str]]:
    word = pick(rng, keywords)
    code = plain_digits(rng, 5, "678")
    return f"{word} to {code}", [f"{word} to {s}" for s in zero_variants(digits(code))]


def abroad_slot(rng, abroad=ABROAD) -> tuple[str, list[str]]:
    code, said, widths, first = pick(rng, abroad)
    body = plain_digits(rng, sum(widths), first)
    groups, at = [], 0
    for w in widths:
        groups.append(body[at:at + w])
        at += w
    rest = zero_variants(" ".join(digits(g) for g in groups))
    return f"+{code} {' '.join(groups)}", [f"plus {c} {r}" for c in said for r in rest]


def phone(rng, part):
    k = rng.random()
    if k < 0.12:
        frame, written, said = pick(rng, split(SHORT_LINES, part))
        return fill(frame, written, said)
    if k < 0.18:
        return fill(TEXT_FRAMES[0 if part == "dev" else 1], *text_slot(rng))
    frame = pick(rng, split(PHONE_FRAMES, part))
    if k < 0.42:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.48:
        return fill(frame, *extension_slot(rng))
    if k < 0.68:
        return fill(frame, *uk5_slot(rng))
    if k < 0.8:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Around {X} of the couples we surveyed married abroad.",
                   "Nearly {X} of the patients were seen within four hours.",
                   "The opposition won {X} of the seats in the assembly.",
                   "About {X} of our orders are now placed on the app.",
                   "Only {X} of the sky has been mapped in such detail.",
                   "Roughly {X} of the pupils chose a language at GCSE.",
                   "Almost {X} of the dogs we treat are overweight.",
                   "Over {X} of the island's visitors come by cruise ship."]
ONE_IN_FRAMES = ["Roughly {X} cats in the study had dental disease.",
                 "About {X} adults now bank only on their phones."]
SPOON_FRAMES = ["Add {X} of smoked paprika to the marinade.",
                "Stir in {X} of bicarbonate of soda."]
CUP_FRAMES = ["Fold in {X} of grated courgette.", "Whisk {X} of oat milk into the batter."]
MAJORITY_FRAMES = ["The amendment needs {a} {X} majority in parliament.",
                   "Changes to the club rules need {a} {X} majority."]
BED_FRAMES = ["Sow the seeds {X} deep.", "Plant the bulbs about {X} apart."]
AREA_FRAMES = ["The wedding venue sits in {X} acres of parkland.",
               "The school playing fields cover {X} acres."]


def spoon_slot(rng) -> tuple[str, list[str]]:
    """"1½ tsp", "½ tbsp", "2 1/2 tsp"."""
    abbr, one, many = pick(rng, [("tsp", "teaspoon", "teaspoons"),
                                 ("tbsp", "tablespoon", "tablespoons")])
    letters = " ".join(abbr)
    if rng.random() < 0.5:
        glyph = pick(rng, ["½", "1/2"])
        return f"{glyph} {abbr}", [f"half a {one}", f"a half {one}", f"one half {one}",
                                   f"half a {letters}", f"a half {letters}"]
    n = rng.randint(1, 2)
    glyph = pick(rng, ["½", " 1/2"])
    return f"{n}{glyph} {abbr}", [f"{card(n)} and a half {many}", f"{card(n)} and a half "
                                  f"{letters}"] + ([f"a {one} and a half"] if n == 1 else [])


def majority_slot(rng) -> tuple[str, list[str]]:
    glyph, said = pick(rng, [("⅔", ["two thirds"]), ("2/3", ["two thirds"]),
                             ("¾", ["three quarters", "three quarter", "three fourths"]),
                             ("3/4", ["three quarters", "three quarter", "three fourths"])])
    return glyph, said


def bed_slot(rng) -> tuple[str, list[str]]:
    """"¼in", "⅜\"", "1/2 inch": "a quarter of an inch", "a quarter inch"."""
    glyph, slash, said = pick(rng, [("¼", "1/4", ["a quarter of an inch", "a quarter inch",
                                                  "one quarter inch", "quarter of an inch"]),
                                    ("½", "1/2", ["half an inch", "a half inch",
                                                  "one half inch"]),
                                    ("⅜", "3/8", ["three eighths of an inch",
                                                  "three eighths inch"])])
    mark = pick(rng, ["in", '"', " inch", " in"])
    num = glyph if rng.random() < 0.5 or mark == '"' else slash
    return f"{num}{mark}", said


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.24:
        return fill(SPOON_FRAMES[i], *spoon_slot(rng))
    if k < 0.34:
        return fill(CUP_FRAMES[i], *cup_slot(rng))
    if k < 0.42:
        return fill(MAJORITY_FRAMES[i], *majority_slot(rng))
    if k < 0.5:
        return fill(BED_FRAMES[i], *bed_slot(rng))
    if k < 0.58:
        return fill(AREA_FRAMES[i], *mixed_number_slot(rng, 2, 40, 3))
    frame = pick(rng, split(FRACTION_FRAMES, part))
    if rng.random() < 0.35:
        glyph, said = pick(rng, [("½", ["half", "one half"]), ("⅓", ["a third", "one third"]),
                                 ("¼", ["a quarter", "one quarter", "one fourth"]),
                                 ("⅔", ["two thirds"]),
                                 ("¾", ["three quarters", "three fourths"]),
                                 ("⅕", ["a fifth", "one fifth"]),
                                 ("⅛", ["an eighth", "one eighth"])])
        return fill(frame, glyph, said)
    return fill(frame, *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the numerals it took, the title it is given): kings of Urartu, a Hittite king, a
# Sasanian shah, kings of Hungary, grand princes of Kyiv, princes of Monaco, kings of Navarre,
# dukes of Bohemia and Poland, a king of Poland, Bactrian and Indo-Greek kings, an Elamite
# king, a pharaoh and an ecumenical patriarch.
RULERS = [("Argishti", [1, 2], "King"), ("Muwatalli", [2], "King"), ("Sarduri", [1, 2], "King"),
          ("Peroz", [1], "Shah"), ("Rusa", [1, 2], "King"), ("Géza", [1, 2], "King"),
          ("Yaropolk", [1, 2], "Grand Prince"), ("Rostislav", [1], "Grand Prince"),
          ("Honoré", [2, 3, 4, 5], "Prince"), ("Theobald", [1, 2], "King"),
          ("Spytihněv", [1, 2], "Duke"), ("Leszek", [1, 2], "Duke"),
          ("Przemysł", [2], "King"), ("Euthydemus", [1, 2], "King"),
          ("Eucratides", [1], "King"), ("Menander", [1], "King"),
          ("Shutruk-Nahhunte", [1, 2], "King"), ("Nepherites", [1, 2], "Pharaoh"),
          ("Athenagoras", [1], "Patriarch"), ("Rudolph", [3], "King")]
REGNAL_FRAMES = ["The palace tour ends in the throne room of {X}.",
                 "Our guide told us the legend of {X}.",
                 "The museum's new gallery is devoted to {X}.",
                 "Coins of {X} are on show in the visitor centre.",
                 "The walking tour passes the tomb of {X}.",
                 "The castle was rebuilt on the orders of {X}.",
                 "The school trip included a talk on {X}.",
                 "A gold seal of {X} is the star of the exhibition."]
# Series in Roman numerals: (as written, the numbers it takes, dev and held frames).
SERIES = [("Pentium", [2, 3], ["The museum's oldest laptop runs on a {X} chip.",
                               "My first computer had a {X} processor."]),
          ("Galaxy Note", [2], ["I still keep my old {X} in a drawer.",
                                "The {X} was a hit when it came out."]),
          ("Sputnik", [2], ["The dog Laika flew on {X}.",
                            "A model of {X} hangs in the science centre."]),
          ("Ranger", [7], ["The first close-up pictures of the Moon came from {X}.",
                           "The camera on {X} sent back thousands of images."]),
          ("Homeward Bound", [2], ["The rescue dogs curled up to watch {X}.",
                                   "The vet's waiting room was showing {X}."])]
GAMES_FRAMES = [("The netball squad is training for the {X} Commonwealth Games.",
                 [22, 23, 24]),
                ("The {X} Olympiad in astronomy will be held in Greece.", [17, 18, 19])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if rng.random() < 0.4 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.3:
        name, numbers, frames = pick(rng, SERIES)
        n = pick(rng, numbers)
        return fill(frames[i], f"{name} {to_roman(n)}", [f"{name} {card(n)}"])
    if k < 0.38:
        frame, numbers = GAMES_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "Refunds reach your account in {X} working days.", 2, 7, 3, 1),
                ("num", "The summer school is for pupils aged {X}.", 8, 18, 6, 1),
                ("num", "Most guests stay {X} nights.", 2, 7, 3, 1),
                ("num", "Water newly planted shrubs {X} times a week.", 2, 4, 2, 1),
                ("mins", "Delivery usually takes {X}.", 15, 45, 15, 5),
                ("mins", "Allow {X} to clear security at the airport.", 20, 60, 20, 10),
                ("pct", "Fares to the island are {X} cheaper in spring.", 10, 40, 15, 5),
                ("pct", "The new chip is {X} faster than last year's.", 10, 50, 20, 5),
                ("temp", "Keep the puppy's room at {X}.", 16, 24, 5, 1),
                ("kg", "Adult huskies weigh {X}.", 16, 28, 7, 1)]
HOURS_FRAMES = ["The vets' surgery is open {X} on Saturdays.",
                "Hot food is served {X} at the bistro."]
DAYS_FRAMES = ["The hospital's pharmacy is open {X}.", "The branch counter is open {X}."]
DATE_RANGE_FRAMES = ["The flower show runs {X}.", "The exam board's resit window is {X}."]
PLAN_FRAMES = ["The hospital's building programme covers {X}.",
               "The space agency's plan for lunar landings runs {X}."]
PRICE_FRAMES = ["Main courses cost {X}.", "A night at the guesthouse costs {X}."]


def plan_slot(rng) -> tuple[str, list[str]]:
    a = rng.randint(2025, 2030)
    b = a + pick(rng, [3, 5, 5, 10])
    dash = pick(rng, ["-", "–", " to "])
    if rng.random() < 0.3 and dash != " to ":
        return f"{a}{dash}{b % 100}", [f"{x} to {y}" for x in year_readings(a)
                                       for y in year_readings(b) + [card(b % 100)]]
    return f"{a}{dash}{b}", two_years(a, b, "to")


def price_range_slot(rng) -> tuple[str, list[str]]:
    """"£14-22", "£14–£22", "€80-120": "fourteen to twenty two pounds"."""
    sym, unit = pick(rng, [("£", "pounds"), ("£", "pounds"), ("€", "euros"), ("$", "dollars")])
    a = rng.randrange(10, 90, pick(rng, [1, 5]))
    b = a + rng.randrange(5, 40, 5)
    dash = pick(rng, ["-", "–"])
    second = f"{sym}{b}" if rng.random() < 0.4 else str(b)
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    return f"{sym}{a}{dash}{second}", ([f"{x} to {y} {unit}" for x, y in pairs]
                                       + [f"{x} {unit} to {y} {unit}" for x, y in pairs])


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.09:
        return fill(HOURS_FRAMES[i], *clock_range(rng, dash))
    if k < 0.17:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.26:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.33:
        return fill(PLAN_FRAMES[i], *plan_slot(rng))
    if k < 0.42:
        return fill(PRICE_FRAMES[i], *price_range_slot(rng))
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    a, b, pairs = num_range(rng, lo, hi, gap, step)
    if kind == "num":
        return fill(frame, f"{a}{dash}{b}", [f"{x} to {y}" for x, y in pairs])
    if kind == "pct":
        said = [f"{x} to {y} percent" for x, y in pairs]
        if rng.random() < 0.3:
            return fill(frame, f"{a}%{dash}{b}%",
                        said + [f"{x} percent to {y} percent" for x, y in pairs])
        return fill(frame, f"{a}{dash}{b}%", said)
    if kind == "temp":
        return fill(frame, f"{a}{dash}{b}°C", [f"{x} to {y} {u}" for x, y in pairs
                                               for u in ("degrees Celsius", "degrees")])
    if kind == "mins":
        return fill(frame, f"{a}{dash}{b} {pick(rng, ['mins', 'minutes', 'min'])}",
                    [f"{x} to {y} minutes" for x, y in pairs])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['kg', ' kg'])}",
                [f"{x} to {y} {u}" for x, y in pairs for u in ("kilograms", "kilos")])


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["tiara", "kibble", "leash", "furball", "whisker", "syllabus", "flashcard", "compost",
         "seedling", "mulch", "dumpling", "noodlebox", "ledger", "payday", "netball", "puck",
         "perigee", "apogee", "zenith", "stardust", "moonbeam", "rocketry", "supernova",
         "marzipan", "sorbet", "tapas", "bento", "biryani", "falafel", "paella", "strudel",
         "pavlova"]
SUBDOMAINS = ["bookings", "results", "rewards", "tickets"]
PATHS = ["vaccinations", "wedding-fairs", "exam-results", "opening-times", "launch-dates",
         "menu"]
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("co.uk", ["co dot u k"]),
        ("vet", ["vet"]), ("wedding", ["wedding"]), ("space", ["space"]),
        ("travel", ["travel"]), ("menu", ["menu"]), ("bank", ["bank"]),
        ("school", ["school"]), ("health", ["health"]), ("garden", ["garden"]),
        ("ac.uk", ["a c dot u k"]), ("edu", ["e d u", "edu"]), ("ph", ["p h"]),
        ("pe", ["p e"]), ("gr", ["g r"]), ("pt", ["p t"])]
SITE_FRAMES = ["Book a vaccination online at {X}.", "Wedding fair dates are listed on {X}.",
               "Check your exam results at {X}.", "Opening times are on {X}.",
               "Launch dates are posted on {X}.", "See the full menu at {X}."]
MAIL_FRAMES = [("Send your RSVP to {X}.", "rsvp"),
               ("Appointment requests go to {X}.", "appointments"),
               ("Questions about the exam timetable go to {X}.", "exams"),
               ("To report a failed payment, email {X}.", "payments"),
               ("Group bookings for the observatory go to {X}.", "groups"),
               ("Complaints about your order go to {X}.", "orders"),
               ("Patient feedback can be sent to {X}.", "feedback"),
               ("Team sheets must be emailed to {X}.", "fixtures")]
NAME_MAIL_FRAMES = ["Your wedding coordinator can be reached at {X}.",
                    "The head of year can be contacted at {X}."]
HANDLE_FRAMES = ["Follow {X} for launch updates.", "The bistro posts its specials as {X}.",
                 "Adoption news comes from {X}.", "Match highlights are posted by {X}."]
HANDLE_TAILS = [("hq", "h q"), ("eats", "eats"), ("pets", "pets"), ("live", "live")]
HASHTAGS = [("AdoptDontShop", "adopt don't shop"), ("ResultsDay", "results day"),
            ("WeddingWednesday", "wedding wednesday"), ("GrowYourOwn", "grow your own")]
HASHTAG_FRAMES = ["Share your photos using {X}.", "Join the conversation with {X}."]


def web_slot(rng, part, hosts=HOSTS, paths=PATHS, subdomains=SUBDOMAINS,
             tlds=TLDS) -> tuple[str, list[str]]:
    host = pick(rng, split(hosts, part))
    tld, tld_said = pick(rng, tlds)
    k = rng.randrange(4)
    if k == 0:
        return f"www.{host}.{tld}", [f"{w} dot {host} dot {t}" for t in tld_said
                                     for w in ("w w w", "double u double u double u")]
    if k == 1:
        sub = pick(rng, split(subdomains, part))
        return f"{sub}.{host}.{tld}", [f"{sub} dot {host} dot {t}" for t in tld_said]
    if k == 2:
        path = pick(rng, split(paths, part))
        return f"{host}.{tld}/{path}", [f"{host} dot {t} {s} {p}" for t in tld_said
                                        for s in ("slash", "forward slash")
                                        for p in said_path(path)]
    said = [f"{host} dot {t}" for t in tld_said]
    return (f"https://{host}.{tld}",
            said + [f"h t t p s colon slash slash {s}" for s in said]
            + [f"h t t p s colon forward slash forward slash {s}" for s in said])


def web(rng, part):
    k = rng.random()
    if k < 0.22:
        frame, user = pick(rng, split(MAIL_FRAMES, part))
        host = pick(rng, split(HOSTS, part))
        tld, tld_said = pick(rng, TLDS)
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {t}"
                                                    for t in tld_said])
    if k < 0.32:
        first = pick(rng, split(FIRST_NAMES, part)).lower()
        sur = pick(rng, split(SURNAMES, part)).lower()
        host = pick(rng, split(HOSTS, part))
        tld, tld_said = pick(rng, TLDS)
        return fill(NAME_MAIL_FRAMES[0 if part == "dev" else 1], f"{first}.{sur}@{host}.{tld}",
                    [f"{first} dot {sur} at {host} dot {t}" for t in tld_said])
    if k < 0.44:
        frame = pick(rng, split(HANDLE_FRAMES, part))
        host = pick(rng, split(HOSTS, part))
        if rng.random() < 0.4:
            return fill(frame, f"@{host}", [f"at {host}"])
        tail, said = pick(rng, HANDLE_TAILS)
        return fill(frame, f"@{host}_{tail}", [f"at {host} underscore {said}"])
    if k < 0.5:
        tag, words = pick(rng, split(HASHTAGS, part))
        frame = HASHTAG_FRAMES[0 if part == "dev" else 1]
        return fill(frame, f"#{tag}", [f"hashtag {words}", f"hashtag {tag.lower()}"])
    return fill(pick(rng, split(SITE_FRAMES, part)), *web_slot(rng, part))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): tourist and space-coast towns.
CITIES = [("Titusville", "FL", "327"), ("Alamogordo", "NM", "883"), ("Sedona", "AZ", "863"),
          ("Gatlinburg", "TN", "377"), ("Branson", "MO", "656"), ("Napa", "CA", "945"),
          ("Sonoma", "CA", "954"), ("Galveston", "TX", "775"), ("Stowe", "VT", "056"),
          ("Kennebunkport", "ME", "040"), ("Nantucket", "MA", "025"),
          ("Provincetown", "MA", "026"), ("Ocracoke", "NC", "279"), ("Mendocino", "CA", "954"),
          ("Carmel", "CA", "939"), ("Solvang", "CA", "934"), ("Kanab", "UT", "847"),
          ("Springdale", "UT", "847"), ("Deadwood", "SD", "577"), ("Sturgis", "SD", "577"),
          ("Fredericksburg", "TX", "786"), ("Marfa", "TX", "798"), ("Ruidoso", "NM", "883"),
          ("Truckee", "CA", "961"), ("Astoria", "OR", "971"), ("Sitka", "AK", "998"),
          ("Seward", "AK", "996"), ("Talkeetna", "AK", "996"), ("Lahaina", "HI", "967"),
          ("Kapaa", "HI", "967")]
STREETS = ["Orion", "Pegasus", "Nebula", "Polaris", "Andromeda", "Aurora", "Cassiopeia", "Vega",
           "Sirius", "Altair", "Rigel", "Pleiades", "Equinox", "Solstice", "Lyra", "Draco",
           "Capella", "Arcturus", "Deneb", "Antares", "Procyon", "Spica", "Castor", "Pollux",
           "Aldebaran", "Canopus", "Cygnus", "Kepler", "Hubble", "Copernicus", "Tycho",
           "Herschel"]
STREET_TYPES = [(["St.", "St"], "Street"), (["Ave.", "Ave"], "Avenue"), (["Rd.", "Rd"], "Road"),
                (["Dr.", "Dr"], "Drive"), (["Ln.", "Ln"], "Lane"), (["Ct."], "Court"),
                (["Blvd.", "Blvd"], "Boulevard"), (["Way"], "Way"), (["Cir."], "Circle")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W.", "West"),
              ("NW", "Northwest"), ("SE", "Southeast")]
UK_TOWNS = [("Ambleside", "LA", 22), ("Windermere", "LA", 23), ("Pitlochry", "PH", 16),
            ("Aviemore", "PH", 22), ("Salcombe", "TQ", 8), ("Bamburgh", "NE", 69),
            ("Fowey", "PL", 23), ("Polperro", "PL", 13), ("Dartmouth", "TQ", 6),
            ("Totnes", "TQ", 9), ("Lynmouth", "EX", 35), ("Porlock", "TA", 24),
            ("Glastonbury", "BA", 6), ("Matlock", "DE", 4), ("Buxton", "SK", 17),
            ("Hawes", "DL", 8), ("Coniston", "LA", 21), ("Kirkwall", "KW", 15),
            ("Tobermory", "PA", 75), ("Ullapool", "IV", 26), ("Aberaeron", "SA", 46),
            ("Beaumaris", "LL", 58), ("Conwy", "LL", 32), ("Harlech", "LL", 46),
            ("Aldeburgh", "IP", 15), ("Swanage", "BH", 19), ("Sidmouth", "EX", 10),
            ("Haworth", "BD", 22)]
UK_STREETS = ["Orchid", "Camellia", "Gardenia", "Delphinium", "Verbena", "Begonia", "Dahlia",
              "Lupin", "Aster", "Clematis", "Freesia", "Cowslip", "Snowdrop", "Jasmine",
              "Lavender", "Azalea", "Hydrangea", "Fuchsia", "Geranium", "Petunia", "Lobelia",
              "Campanula", "Speedwell", "Poppy", "Tulip", "Crocus", "Daffodil", "Hyacinth"]
UK_TYPES = [("Close", "Close"), ("Cl", "Close"), ("Avenue", "Avenue"), ("Ave", "Avenue"),
            ("Road", "Road"), ("Rd", "Road"), ("Crescent", "Crescent"), ("Way", "Way"),
            ("Drive", "Drive"), ("Gardens", "Gardens"), ("Mews", "Mews")]
ADDRESS_FRAMES = [("Wedding gifts can be posted to {X}.", True),
                  ("The new vets' surgery is at {X}.", False),
                  ("Send your application form to {X}.", True),
                  ("Our holiday cottage is at {X}.", False),
                  ("The dumpling house has moved to {X}.", False),
                  ("Replacement cards are sent from {X}.", True),
                  ("The stargazing club meets at {X}.", False),
                  ("Ballot papers should be returned to {X}.", True)]


def us_address(rng, part, box: bool) -> tuple[str, list[str]]:
    """A US address: house number, a street (numbered now and then), a suite or apartment,
    the city, the state's name and the ZIP code (ZIP+4 too) digit by digit; or a P.O. box."""
    city, state, prefix = pick(rng, split(CITIES, part))
    zip_code = prefix + f"{rng.randint(1, 99):02d}"
    zips = [digits(zip_code)]
    if rng.random() < 0.2:
        plus = f"{rng.randint(1, 9999):04d}"
        zip_code += "-" + plus
        zips = [f"{zips[0]} dash {digits(plus)}", f"{zips[0]} {digits(plus)}"]
    zips = [z for s in zips for z in zero_variants(s)]
    tail_w, tail_s = f"{city}, {state} {zip_code}", [f"{city}, {STATES[state]} {z}"
                                                     for z in zips]
    if box and rng.random() < 0.35:
        street, said = box_slot(rng)
        return f"{street}, {tail_w}", [f"{s}, {t}" for s in said for t in tail_s]
    num, num_said = house(rng)
    abbrs, typ = pick(rng, STREET_TYPES)
    abbr = pick(rng, abbrs)
    k = rng.random()
    if k < 0.12 and typ in ("Street", "Avenue"):
        m = rng.randint(2, 30)
        name, name_said = f"{m}{ord_suffix(m)}", ordw(m)
        d = pick(rng, DIRECTIONS)
    else:
        name = name_said = pick(rng, split(STREETS, part))
        d = pick(rng, DIRECTIONS) if k < 0.3 else None
    street = f"{num} {d[0] + ' ' if d else ''}{name} {abbr}"
    said = f"{num_said} {d[1] + ' ' if d else ''}{name_said} {typ}"
    room, room_said = suite(rng) if rng.random() < 0.25 else ("", [""])
    return (f"{street}, {room + ', ' if room else ''}{tail_w}",
            [f"{said}, {x + ', ' if x else ''}{t}" for x in room_said for t in tail_s])


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Dahlia Close, Buxton SK17 6AB"; the postcode's letters one by
    one and its district as a number or digit by digit; a flat or a unit now and then."""
    town, area, district = pick(rng, split(UK_TOWNS, part))
    inward = (f"{rng.randint(1, 9)}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}"
              f"{pick(rng, 'ABDEFGHJLNPRSTUWXYZ')}")
    letters = " ".join(area)
    dist_said = [card(district)] + ([digits(str(district))] if district >= 10 else [])
    inward_said = f"{card(int(inward[0]))} {inward[1]} {inward[2]}"
    codes = [f"{letters} {d} {inward_said}" for d in dist_said]
    n = rng.randint(2, 98)
    name = pick(rng, split(UK_STREETS, part))
    typ, word = pick(rng, UK_TYPES)
    flat, flat_said = "", ""
    r = rng.random()
    if r < 0.15:
        f = rng.randint(1, 12)
        flat, flat_said = f"Flat {f}, ", f"Flat {card(f)}, "
    elif r < 0.25:
        f = rng.randint(2, 20)
        flat, flat_said = f"Unit {f}, ", f"Unit {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    if rng.random() < 0.55:
        return fill(frame, *us_address(rng, part, box))
    return fill(frame, *uk_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Papadakis", "Adeyemi", "Bautista", "Verhoeven", "Karagiannis", "Nwosu",
            "Tolentino", "Bakker", "Stavrou", "Chukwu", "Soriano", "Janssen", "Nikolaidis",
            "Adeleke", "Ocampo", "Visser", "Theodorou", "Ogunleye", "Macaraeg", "Mulder",
            "Christodoulou", "Fashola", "Dizon", "Hoekstra"]
WOMEN = ["Eleni", "Chiamaka", "Maricel", "Femke", "Dimitra", "Ngozi", "Luzviminda", "Sanne",
         "Katerina", "Adaeze", "Yetunde", "Annelies"]
MEN = ["Stavros", "Emeka", "Rodel", "Wouter", "Yiannis", "Chidi", "Jomar", "Joris", "Kostas",
       "Obinna", "Arnel", "Bram"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
TITLES = [("Cllr", ["Councillor"]), ("Wg Cdr", ["Wing Commander"]),
          ("Sqn Ldr", ["Squadron Leader"]), ("Dir.", ["Director"]),
          ("Hon. Treas.", ["Honorary Treasurer"]), ("Dep. Head", ["Deputy Head"])]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} cut the ribbon on the new children's ward.",
                "The prize for the best allotment went to {X}.",
                "{X} will open the wedding fair on Saturday.",
                "The school's speech day was hosted by {X}.",
                "{X} welcomed the returning astronaut.",
                "The new menu was tasted by {X}.",
                "{X} launched the bank's savings app.",
                "The vote count was overseen by {X}."]
SUFFIXES = [("FRAS", "F R A S", None), ("DVM", "D V M", ","), ("BVSc", "B V S c", None),
            ("MRCP", "M R C P", None), ("RN", "R N", ","), ("PGCE", "P G C E", None),
            ("CFA", "C F A", ","), ("DDS", "D D S", ","), ("CBE", "C B E", "")]
SUFFIX_FRAMES = ["The talk on black holes is given by {X}.",
                 "Your pet's treatment plan was written by {X}.",
                 "The science department is led by {X}.",
                 "The fund is managed by {X}."]
# Before a place: (abbreviation, word, places, frames).
PLACES = [("Lk", "Lake", ["Tekapo", "Pukaki", "Wanaka", "Rotoiti"],
           ["The dark-sky reserve around {X} draws stargazers.", "Boat trips on {X} start at ten.",
            "The hotel overlooks {X}.", "A new cycle trail circles {X}."])]
# After a name: (abbreviation, word, names, frames).
AFTER = [("Nat'l Park", "National Park", ["Zion", "Arches", "Acadia", "Shenandoah"],
          ["Campsites at {X} fill up by March.", "The shuttle bus runs through {X}.",
           "Our tour ends at {X}.", "Rangers at {X} lead night-sky walks."]),
         ("Intl Airport", "International Airport", ["Kotoka", "Mactan-Cebu", "Jorge Chávez",
                                                    "Bandaranaike"],
          ["Flights to {X} resume in June.", "The tour group lands at {X}.",
           "A shuttle links the resort with {X}.", "Delays at {X} are expected."]),
         ("Acad.", "Academy", ["Thornbury", "Greenwood Vale", "Rosewood", "Kingsmead"],
          ["The science fair is at {X}.", "Results at {X} were the best yet.",
           "The choir from {X} sang at the wedding.", "The new head of {X} starts in April."]),
         ("Hosp.", "Hospital", ["St. Urith's", "Coldharbour", "Ashgrove", "Penhallow"],
          ["The new scanner at {X} is now in use.", "Parking at {X} is free after six.",
           "Volunteers at {X} run a library trolley.", "The maternity unit at {X} is open."])]
ABBREVIATIONS = [("Tonight's match: Harriers vs. Kestrels at the sports hall.",
                  ["Tonight's match: Harriers versus Kestrels at the sports hall.",
                   "Tonight's match: Harriers v Kestrels at the sports hall."]),
                 ("Please RSVP by the end of the month.",
                  ["Please R S V P by the end of the month."]),
                 ("T&Cs apply to all new savings accounts.",
                  ["T and Cs apply to all new savings accounts.",
                   "Terms and conditions apply to all new savings accounts."]),
                 ("Dietary requirements: N/A.",
                  ["Dietary requirements: not applicable.", "Dietary requirements: N A."]),
                 ("The answers are on the back of the sheet, PTO.",
                  ["The answers are on the back of the sheet, P T O.",
                   "The answers are on the back of the sheet, please turn over."]),
                 ("Hand luggage only, max. one bag per guest.",
                  ["Hand luggage only, maximum one bag per guest."]),
                 ("All room rates are excl. breakfast.",
                  ["All room rates are excluding breakfast."]),
                 ("Water the seedlings daily, esp. in a heatwave.",
                  ["Water the seedlings daily, especially in a heatwave."]),
                 ("Govt guidance on pet travel has changed.",
                  ["Government guidance on pet travel has changed."]),
                 ("Children under five eat free, incl. at weekends.",
                  ["Children under five eat free, including at weekends."])]
NUMBER_FRAMES = ["The debut single went in at {X} in the download chart.",
                 "The sheepdog wore {X} at the trials."]
STREET_FRAMES = ["Roadworks have closed {X} until Monday.",
                 "The observatory shuttle stops on {X}.",
                 "The new bakery on {X} opens at seven.",
                 "The parade turns at the corner of {X}."]
FEASTS = ["Kea", "Euny", "Winwaloe", "Germoe", "Breaca", "Endellion", "Rumon", "Sidwell"]
COMBO_FRAMES = ["{T} {S} will conduct the wedding at St. {F}'s on {N} Ave.",
                "{T} {S} runs the St. {F}'s pet blessing on {N} St.",
                "The St. {F}'s school fete was opened by {T} {S} of {N} Rd.",
                "{T} {S} spoke at the St. {F}'s careers fair on {N} Dr."]
STREET_ABBRS = {"St.": "Street", "Ave.": "Avenue", "Rd.": "Road", "Dr.": "Drive",
                "Blvd.": "Boulevard", "Ln.": "Lane"}


def number_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(1, 40) if part == "dev" else rng.randint(2, 90)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        first = pick(rng, split(FIRST_NAMES, part)) + " " if rng.random() < 0.4 else ""
        return fill(frame, f"{abbr} {first}{sur}", [f"{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        if rng.random() < 0.4:
            abbr = abbr.rstrip(".")
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        first = pick(rng, split(FIRST_NAMES, part))
        abbr, word, comma = pick(rng, SUFFIXES)
        if comma is None:
            comma = "," if rng.random() < 0.4 else ""
        frame = pick(rng, split(SUFFIX_FRAMES, part))
        return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {word}"])
    if k == 3:
        written, said = pick(rng, split(ABBREVIATIONS, part))
        return written, " ‖ ".join(said)
    if k == 4:
        abbr, word, names, frames = PLACES[0]
        name = pick(rng, split(names, part))
        dot = "." if rng.random() < 0.3 else ""
        return fill(pick(rng, split(frames, part)), f"{abbr}{dot} {name}", [f"{word} {name}"])
    if k == 5:
        abbr, word, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        return fill(pick(rng, split(frames, part)), f"{name} {abbr}", [f"{name} {word}"])
    if k == 6:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[0 if part == "dev" else 1], *number_slot(rng, part))
        name = pick(rng, split(STREETS, part))
        abbr = pick(rng, list(STREET_ABBRS))
        frame = pick(rng, split(STREET_FRAMES, part))
        if "corner" in frame:
            other = pick(rng, split(STREETS, part))
            while other == name:
                other = pick(rng, split(STREETS, part))
            return fill(frame, f"{name} {abbr} and {other} St.",
                        [f"{name} {STREET_ABBRS[abbr]} and {other} Street"])
        return fill(frame, f"{name} {abbr}", [f"{name} {STREET_ABBRS[abbr]}"])
    name = pick(rng, split(STREETS, part))
    abbr, word = pick(rng, COURTESY[:4] + [("Revd", "Reverend"), ("Rev.", "Reverend")])
    feast = pick(rng, split(FEASTS, part))
    frame = pick(rng, split(COMBO_FRAMES, part))
    said = frame.replace("St. {F}", "Saint {F}")
    for short, long in STREET_ABBRS.items():
        said = said.replace(f"{{N}} {short}", f"{{N}} {long}")
    put = {"{T}": (abbr, word), "{S}": (sur, sur), "{F}": (feast, feast), "{N}": (name, name)}
    written = frame
    for key, (w, s) in put.items():
        written, said = written.replace(key, w), said.replace(key, s)
    return written, said if said.endswith(".") else said + "."


# ---------------------------------------------------------------------------------- mixed

def launch_slots(rng, part) -> dict:
    """A launch: the date, a 24-hour time and the number of satellites."""
    h, mi = rng.randint(0, 23), rng.randint(1, 59)
    hh = card(h) if h >= 10 else f"oh {card(h)}" if h else "zero"
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    hours = [f"{hh} {mins}"] + ([f"{card(h)} {mins}"] if 0 < h < 10 else []) + \
        ([f"oh oh {mins}", f"zero zero {mins}"] if h == 0 else [])
    n = rng.randint(20, 29)
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.0),
            "B": (f"{h:02d}:{mi:02d} UTC", [f"{x} U T C" for x in hours]),
            "C": (str(n), [card(n)])}


def wedding_slots(rng, part) -> dict:
    guests = rng.randint(40, 180)
    each = rng.randint(45, 120)
    total = guests * each
    return {"A": (str(guests), [c for c in cards(guests) if c[:2] != "a "]), "B": (f"£{each}", pounds(each)),
            "C": (f"£{total:,}", pounds(total))}


def vet_slots(rng, part) -> dict:
    """Nights on a drip, the bill and the cat's weight."""
    nights = rng.randint(2, 9)
    whole, c = rng.randint(3, 9), rng.randint(1, 9)
    kg = [f"{card(whole)} point {card(c)} {u}" for u in ("kilograms", "kilos")]
    if c == 5:
        kg += [f"{card(whole)} and a half {u}" for u in ("kilograms", "kilos")]
    return {"A": (str(nights), [card(nights)]), "B": pence_sum(120, 1900)(rng, part),
            "C": (f"{whole}.{c}{pick(rng, ['kg', ' kg'])}", kg)}


def grades_slots(rng, part) -> dict:
    a = rng.randint(60, 95)
    n = rng.randint(120, 320)
    s = rng.randint(3, 12)
    return {"A": (f"{a}%", [f"{c} percent" for c in cards(a)]),
            "B": (str(n), cards(n)), "C": (str(s), [card(s)])}


def hotel_slots(rng, part) -> dict:
    nights = rng.randint(2, 7)
    rate = rng.randrange(70, 260, 5)
    return {"A": (str(nights), [card(nights)]), "B": (f"€{rate}", euros(rate)),
            "C": (f"€{rate * nights:,}", euros(rate * nights))}


def poll_slots(rng, part) -> dict:
    a = rng.randint(30, 48)
    b = rng.randint(15, a - 5)
    t = rng.randint(50, 79)
    return {"A": (f"{a}%", [f"{card(a)} percent"]), "B": (f"{b}%", [f"{card(b)} percent"]),
            "C": (f"{t}%", [f"{card(t)} percent"])}


def wait_slots(rng, part) -> dict:
    h = rng.randint(2, 9)
    n = rng.randint(60, 450)
    return {"A": (str(n), cards(n)), "B": (str(h), [card(h)]),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.0)}


def bed_slots(rng, part) -> dict:
    """A raised bed's sides, the plants it takes and the depth of its soil."""
    a, b = pick(rng, [("1.2", "2.4"), ("1.2", "3"), ("0.9", "1.8"), ("1.5", "3")])

    def m(x):
        w, _, t = x.partition(".")
        return f"{card(int(w))} point {card(int(t))}" if t else card(int(w))
    n = rng.randint(6, 24)
    cm = rng.randrange(30, 65, 5)
    return {"A": (f"{a}m x {b}m" if rng.random() < 0.5 else f"{a} x {b}m",
                  [f"{m(a)} by {m(b)} meters", f"{m(a)} meters by {m(b)} meters",
                   f"{m(a)} by {m(b)} meter", f"{m(a)} meter by {m(b)} meter"]),
            "B": (str(n), [card(n)]),
            "C": (f"{cm}{pick(rng, ['cm', ' cm'])}", [f"{card(cm)} centimeters"])}


def order_slots(rng, part) -> dict:
    whole, c = rng.randint(18, 64), pick(rng, [20, 40, 45, 85, 97, 15])
    mins = rng.randrange(20, 60, 5)
    tip = pick(rng, [1, 2, 3, 5])
    return {"A": (f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence")
                  + [f"{card(whole)} pound {card(c)}"]),
            "B": (f"{mins} minutes", [f"{card(mins)} minutes"]),
            "C": (f"£{tip}", [f"{card(tip)} {'pound' if tip == 1 else 'pounds'}"])}


def transfer_slots(rng, part) -> dict:
    """A sum sent abroad, the fee as a share and the days it takes."""
    n = rng.randrange(50, 5000, 10)
    fee = pick(rng, ["0.5", "1.5", "2.5"])
    if fee == "0.5":
        said = ["zero point five percent", "nought point five percent", "point five percent",
                "half a percent", "a half percent", "half of one percent"]
    else:
        said = [f"{card(int(fee[0]))} point five percent",
                f"{card(int(fee[0]))} and a half percent"]
    days = rng.randint(2, 5)
    return {"A": (f"${with_written(n, rng, 0.7)}", dollars(n)), "B": (f"{fee}%", said),
            "C": (str(days), [card(days)])}


def league_slots(rng, part) -> dict:
    w = rng.randint(8, 20)
    lo = rng.randint(1, 8)
    pts = w * 2 + rng.randint(0, 4)
    return {"A": (str(w), [card(w)]), "B": (str(lo), [card(lo)]),
            "C": (str(pts), [card(pts)])}


def phone_size_slot(rng, part) -> tuple[str, list[str]]:
    """A phone's screen before its noun: "6.3-inch" ("six point three inch")."""
    t = rng.randint(1, 9)
    mark = pick(rng, ["-inch", "in", '"'])
    return f"6.{t}{mark}", [f"six point {card(t)} inch"]


def seats_slot(rng, part) -> tuple[str, list[str]]:
    return count_slot(rng, 24, 120)


# (frame, {slot: generator}, or a function (rng, part) -> {slot: (written, readings)}); dev
# takes the even frames, held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The rocket lifts off on {A} at {B} with {C} satellites on board.", launch_slots),
    ("The {A} guests at {B} a head brought the wedding bill to {C}.", wedding_slots),
    ("After {A} nights on the drip, the bill came to {B} and she weighed {C}.",
     vet_slots),
    ("The school's pass rate was {A}, with {B} pupils sitting {C} subjects each.",
     grades_slots),
    ("Our {A} nights at {B} a night came to {C}.", hotel_slots),
    ("The president's party polled {A} against {B} on a turnout of {C}.", poll_slots),
    ("The new {A} phone costs {B} and charges to half in {C} minutes.",
     {"A": phone_size_slot,
      "B": lambda rng, part: phone_price_slot(rng), "C": slot(count_slot, 15, 35)}),
    ("Some {A} patients waited more than {B} hours in the emergency department on {C}.", wait_slots),
    ("Each {A} bed takes {B} plants and needs {C} of topsoil.", bed_slots),
    ("Your {A} order will arrive in {B}, and {C} of the tip goes to the rider.", order_slots),
    ("Sending {A} abroad costs {B} and takes {C} working days.",
     transfer_slots),
    ("The club has won {A} and lost {B} this season, for {C} points.", league_slots),
    ("The telescope, which cost {A}, can see galaxies {B} light years away and opens on {C}.",
     {"A": lambda rng, part: big_sum(rng, False),
      "B": lambda rng, part: (lambda n: (f"{n} billion", [f"{c} billion" for c in cards(n)]))(
          rng.randint(2, 13)),
      "C": slot(date_slot, 2026, 2028, 0.6, 0.0)}),
    ("The bistro seats {A}, opens at {B} and has a {C} tasting menu.",
     {"A": seats_slot,
      "B": slot(clock_slot, "PM", 0.0),
      "C": lambda rng, part: (lambda n: (f"£{n}", [f"{c} pound" for c in attributive(n)]))(
          pick(rng, [45, 50, 55, 60, 65, 70, 75, 90, 95, 100, 120, 125, 135, 150]))}),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    if callable(slots):
        return fill_slots(frame, slots(rng, part))
    return fill_slots(frame, {k: gen(rng, part) for k, gen in slots.items()})


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r112", None, per_class=24, seed=811, en=EN)


if __name__ == "__main__":
    main()
