"""Hundred-and-fourth round (issue 33), English, every class at once, written after round 103
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from domains the earlier rounds did
not draw on: court reports and legal notices, medical leaflets and pharmacy labels, real-estate
listings, school and council newsletters, science and space news, delivery notifications, bank
and utility statements, aviation and maritime reports, museum captions and the results of
cricket, rugby, basketball, golf, tennis and snooker. Counts (and ages: "the defendant, 34,",
"a 41-year-old pharmacist"; "a 4-bed, 2.5-bath home"), ordinals ("the 9th Circuit",
"2nd-degree murder", "the 95th percentile", "his 27th Test century", "the 101st Airborne"),
dates (written out, cut short, British and US numeric: "14/10/2025", "10/14/2025"), years
(decades, "from 1914 to 1918", BC and AD in captions, "c. 1520", "ca. 1520", "(b. 1947)",
"FY2026" and "FY26"), clock times with and without zones (CST, MDT, AKST, HST, NZDT, AEDT, IST,
CEST, SAST ...; "14:35 hrs", "12 noon"), money (statement sums with cents, "$1,284.57";
pence and cents alone, "85p", "$0.99"; rents, "$2,400/mo", "£1,450 pcm"; "$1.25M", "$850K";
tariffs, "24.5p per kWh"; codes before and after, "USD 2,500.00", "1,240 EUR"; fines, damages
and transfer fees in millions and billions), measures in the units of those domains (mg, mcg,
mL, IU, bpm, blood pressure "130/85 mmHg", sq ft, acres, ha, knots, nautical miles, kPa, bar,
L, gal, °F and °C body and weather temperatures, km/h, mph, km/s, AU, GB, MHz, Hz, ft, mi,
lb, kg, kWh, m³, cm), percentages (APR and AER, "4.99 per cent", points, basis points,
negative rates), decimals (bowling averages, overs, ".312" batting averages, INR, pH, blood
alcohol, exchange rates, versions), phone numbers (US with extensions, British, Irish, South
African, Indian and German, "1-800-LAWYERS"), fractions ("½ tablet", "2½ baths", "a ¾-acre
lot", "⅔ of", "3/8 of", court rulings "5-4", dilutions "1:20"), regnal numerals (rulers of
Egypt, Parthia, Nabataea, Sri Lanka, Ethiopia, Wallachia, León, Hungary, Armenia, Norway,
Rwanda ...) and series numerals of space, medicine and law ("Artemis II", "stage IV", "phase
III", "Title IX"), ranges ("Take 1-2 tablets every 4-6 hours", "Mon-Fri 9am-5pm",
"1914-18", "(1881-1973)", "the 2025/26 tax year", "$450k-$520k", "2-8°C", "25-35 kts"), web
addresses, e-mail and handles (.nhs.uk, .sch.uk, .aero, .com.mx, .com.sg ...), US street
addresses (crossings, crescents, landings and traces; apartments, suites, ZIP+4 codes and P.O.
boxes), titles (naval, air force and police ranks, bishops, "the Rt. Hon.", "the Ven.",
"Mme.", British "Dr" and "Mr" without a dot; KC, OBE, RN and CPA after a name; St., Mt. and
Ft. before places) and mixed sentences with two to four numbers of different kinds (jury
hours and ages, doses, blood pressure and temperature, bedrooms, acres and prices, flight
levels, gates and runways, cricket totals "312/7" and overs, rugby and basketball scores,
tennis sets). Frames and words are new: no sentence, noun, name, street, city, host or
ruler here was used by a committed English set (checked against the inputs of every
tn-unseen/*en*.tsv and the word lists of every earlier round script; months, weekdays,
states, street types, titles, units, currencies, the series words of medicine and law and
.com/.org recur). Labels are English as a newsreader speaks it, from first principles; where
English has two usual readings all are accepted, written " ‖ " between them ("one thirty over
eighty five ‖ one hundred thirty over eighty five", "Monday to Friday ‖ Monday through
Friday", "twelve point five acres ‖ twelve and a half acres", "three twelve ‖ point three one
two"). The "and" after hundred or thousand, "oh" for a zero and letters said one by one are
folded by the comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r104.py [--per-class 24] [--seed 757]

writes crates/text-normalizer/tests/data/tn-unseen/r104-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits, ordw
from unseen_r2 import split
from unseen_r95 import (cards, point_zero, to_roman, two_years, with_written, year_readings,
                        zero_variants)
from unseen_r98 import (clock_slot, combo_row, count_slot, decimal_slot, en_classes, era_slot, fill,
                        fill_slots, fraction_slot, mixed_class, mixed_number_slot, noun_count,
                        ord_slot, pct_slot, slot, street_row, suite)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (DAY_SHORT, PARTS, UK_AREAS, abroad_number, age_slot, basis_slot,
                         boeing_slot, airbus_slot, clock_range, date_slot, decade_slot,
                         flight_slot, minus_slot, money_range, month_year_slot, place_row,
                         plain_digits, plain_range, points_slot, ratio_slot, rooms, uk_number,
                         vanity_number, version_slot, year_slot)
from unseen_r100 import address_slot as us_address
from unseen_r100 import web as web_of
from unseen_r100 import STREET_WORDS as STREET_ABBRS
from unseen_r102 import cents_slot, frost_slot, measure_slot, regnal_slot, salary_slot, sum_slot


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("The court received {X} in support of the application.",
                 ["affidavits", "depositions"], 999, False),
                ("Bailiffs served {X} on the firm's directors.", ["summonses", "subpoenas"],
                 40, False),
                ("The pharmacy dispensed {X} last month.", ["inhalers", "prescriptions"],
                 99999, False),
                ("The recall covers {X} sold since the spring.", ["syringes", "vials"],
                 999999, True),
                ("The developer wants to build {X} on the old airfield.",
                 ["bungalows", "townhouses"], 999, False),
                ("Highways crews filled {X} across the borough in March.", ["potholes"], 9999,
                 False),
                ("The survey telescope has catalogued {X} so far.", ["galaxies", "asteroids"],
                 999999, True),
                ("The port handled {X} in the first quarter.", ["containers", "consignments"],
                 999999, True),
                ("The bank froze {X} it suspected of fraud.", ["transactions", "cheques"],
                 99999, False),
                ("The museum keeps {X} in its reserve collection.",
                 ["manuscripts", "tapestries", "figurines", "daguerreotypes"], 99999, False)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The defendant, {X}, denied all four charges.", 18, 80),
              ("{a} {X}-year-old pharmacist has been struck off the register.", 28, 65),
              ("This medicine is not suitable for children under {X}.", 2, 16),
              ("The {X}-year-old fly-half kicked four penalties.", 19, 35),
              ("A deckhand, {X}, was airlifted from a crabbing boat.", 19, 70),
              ("The {X}-year-old astronaut will command the crew.", 38, 60),
              ("Pupils aged {X} and over may leave the site at lunchtime.", 14, 16),
              ("The museum's oldest guide, aged {X}, has retired.", 80, 99)]
HOME_FRAMES = ["The agent describes it as a {X} family home.",
               "The listing is for a {X} colonial with a pool."]


def home_slot(rng) -> tuple[str, list[str]]:
    """Bedrooms and bathrooms before a noun, "4-bed, 2.5-bath" (US listings give a half
    bathroom as .5): "four-bed, two and a half-bath"."""
    beds = rng.randint(2, 6)
    baths = rng.randint(1, 4)
    if rng.random() < 0.4:
        said = [f"{card(baths)} point five", f"{card(baths)} and a half"]
        return f"{beds}-bed, {baths}.5-bath", [f"{card(beds)}-bed, {s}-bath" for s in said]
    return f"{beds}-bed, {baths}-bath", [f"{card(beds)}-bed, {card(baths)}-bath"]


def count(rng, part):
    k = rng.random()
    if k < 0.3:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.4:
        return fill(HOME_FRAMES[0 if part == "dev" else 1], *home_slot(rng))
    frame, nouns, most, millions = pick(rng, split(COUNT_FRAMES, part))
    return fill(frame, *noun_count(rng, pick(rng, nouns), most, millions))


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The appeal will be heard by the {X} Circuit.", 1, 11),
                  ("The nurse was convicted of {X}-degree manslaughter.", 1, 2),
                  ("The baby is in the {X} percentile for weight.", 5, 99),
                  ("The {X} Airborne Division returned home this week.", 82, 101),
                  ("Children in {X} grade learn to write in cursive.", 2, 5),
                  ("He made his {X} Test century at the Oval.", 2, 51),
                  ("The rowing club celebrates its {X} birthday next month.", 25, 175),
                  ("The freighter was the {X} ship to be launched at the yard this year.",
                   2, 9)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    return fill(frame, *ord_slot(rng, lo, hi, frame.split("{X}")[0].split()[-1].lower()))


# -------------------------------------------------------------------------------- dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# (frame, the first and last year that fit it)
DATE_FRAMES = [("The sentencing hearing has been set for {X}.", 2025, 2030),
               ("This leaflet was last revised on {X}.", 2015, 2025),
               ("The bungalow last changed hands on {X}.", 1990, 2024),
               ("The spring term ends on {X}.", 2025, 2030),
               ("The lander touched down on the Moon on {X}.", 1966, 2024),
               ("Your parcel was delivered on {X}.", 2024, 2026),
               ("The next loan repayment is due on {X}.", 2025, 2030),
               ("The tanker ran aground on {X}.", 1950, 2024),
               ("The exhibition of Mughal miniatures closes on {X}.", 2025, 2030),
               ("The rain-hit semifinal was finally played on {X}.", 1950, 2024)]


def british_numeric(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A British numeric date, day first and after the 12th ("14/10/2025"): read like a
    date written out, the year in any of its styles."""
    m, d, y = rng.randint(1, 12), rng.randint(13, 28), rng.randint(first, last)
    month = MONTHS[m - 1]
    said = [f"the {ordw(d)} of {month}", f"{month} {ordw(d)}", f"{month} the {ordw(d)}"]
    return f"{d}/{m:02d}/{y}", [f"{s} {r}" for s in said for r in year_readings(y)]


def date(rng, part):
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    if rng.random() < 0.15:
        return fill(frame, *british_numeric(rng, first, last))
    return fill(frame, *date_slot(rng, first, last))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The statute has not been amended since {X}.", 1950, 2020),
               ("The vaccine was first licensed in {X}.", 1950, 2022),
               ("The farmhouse was built in {X} and extended later.", 1700, 1990),
               ("The grammar school first admitted girls in {X}.", 1900, 2000),
               ("Astronomers last recorded the comet's return in {X}.", 1700, 2020),
               ("The harbour wall dates from {X}.", 1700, 1950),
               ("The airline flew its first transatlantic route in {X}.", 1930, 2010),
               ("The sculling club was founded in {X}.", 1820, 1990)]
FROM_FRAMES = [("The county court sat in the old guildhall from {X}.", 1700, 1990),
               ("He served as a ship's surgeon from {X}.", 1800, 1950),
               ("She was head teacher at the village school from {X}.", 1950, 2010),
               ("The observatory's refractor was the largest in the world from {X}.", 1850,
                1920)]
# Museum captions: (frame, the eras that fit it)
ERA_FRAMES = [("Bronze ceremonial axe, about {X}.", ["BC", "BCE"]),
              ("Glass beaker, made in {X}.", ["AD", "CE"]),
              ("Marble head of a youth, carved around {X}.", ["BC"]),
              ("Silver brooch from a warrior's grave, {X}.", ["AD", "BC"])]
# Captions date a work "c. 1520" (circa) and give an artist's birth, "(b. 1947)".
CIRCA_FRAMES = ["Oil on oak panel, {X}.", "Embroidered linen sampler, {X}."]
BORN_FRAMES = ["The potter ({X}) still works at the wheel every day.",
               "The glassblower ({X}) trained in Murano."]
FY_FRAMES = ["The water company's capital plan for {X} was approved on Monday.",
             "The school district's budget for {X} is balanced."]


def year(rng, part):
    k = rng.random()
    if k < 0.12:
        frame, first, last = pick(rng, split(FROM_FRAMES, part))
        a = rng.randint(first, last)
        b = a + rng.randint(2, 25)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.26:
        frame, eras = pick(rng, split(ERA_FRAMES, part))
        return fill(frame, *era_slot(rng, pick(rng, eras)))
    if k < 0.38:
        frame = CIRCA_FRAMES[0 if part == "dev" else 1]
        y = rng.randint(1450, 1890)
        mark = pick(rng, ["c. ", "c.", "ca. ", "circa "])
        return fill(frame, f"{mark}{y}", [f"circa {r}" for r in year_readings(y)])
    if k < 0.46:
        frame = BORN_FRAMES[0 if part == "dev" else 1]
        y = rng.randint(1930, 1990)
        return fill(frame, f"b. {y}", [f"born {r}" for r in year_readings(y)])
    if k < 0.54:
        frame = FY_FRAMES[0 if part == "dev" else 1]
        y = rng.randint(2025, 2032)
        if rng.random() < 0.4:
            return fill(frame, f"FY{y % 100}",
                        [f"{w} {card(y % 100)}" for w in ("F Y", "fiscal year", "fiscal")])
        return fill(frame, f"FY{pick(rng, ['', ' '])}{y}",
                    [f"{w} {r}" for w in ("F Y", "fiscal year") for r in year_readings(y)])
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.7 and "since" not in frame:
        return fill(frame, *decade_slot(rng, first, last))
    y = rng.randint(max(first, 1900), last) if rng.random() < 0.6 else rng.randint(first, last)
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that. No earlier round
# used these.
ZONES = [("CST", ["C S T", "Central Standard Time"]),
         ("CDT", ["C D T", "Central Daylight Time"]),
         ("MST", ["M S T", "Mountain Standard Time"]),
         ("MDT", ["M D T", "Mountain Daylight Time"]),
         ("HST", ["H S T", "Hawaii Standard Time", "Hawaii-Aleutian Standard Time"]),
         ("AKST", ["A K S T", "Alaska Standard Time"]),
         ("CT", ["C T", "Central", "Central Time"]), ("MT", ["M T", "Mountain", "Mountain Time"]),
         ("NZDT", ["N Z D T", "New Zealand Daylight Time"]),
         ("AEDT", ["A E D T", "Australian Eastern Daylight Time"])]
# Zones given with 24-hour times.
ZONES_24 = [("IST", ["I S T", "India Standard Time", "Indian Standard Time"]),
            ("CEST", ["C E S T", "Central European Summer Time"]),
            ("SAST", ["S A S T", "South Africa Standard Time", "South African Standard Time"]),
            ("UTC", ["U T C"])]
TIME_FRAMES = ["Court resumes at {X}.", "The clinic's phone lines open at {X}.",
               "The school gates open at {X}.", "High water at the quay is at {X}.",
               "Your courier will arrive before {X}.",
               "The space station will be visible over the city at {X}.",
               "Play at the county ground starts at {X}.",
               "The museum's members' preview starts at {X}."]


def zone_slot(rng, h24: float = 0.3, zones=None) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. CST") or 24-hour ("14:35 CEST", read
    "fourteen thirty five")."""
    if zones is None and rng.random() < h24:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, zones or ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def hours_slot(rng) -> tuple[str, list[str]]:
    """A 24-hour time with "hrs" ("14:35 hrs", "1435 hrs"): "fourteen thirty five hours"."""
    h, mi = rng.randint(10, 23), rng.randint(10, 59)
    return f"{h}{pick(rng, [':', ''])}{mi} hrs", [f"{card(h)} {card(mi)} hours"]


def noon_slot(rng) -> tuple[str, list[str]]:
    word = pick(rng, ["noon", "midnight"])
    return f"12 {word}", [f"twelve {word}", word]


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    k = rng.random()
    if k < 0.35:
        return fill(frame, *zone_slot(rng))
    if k < 0.47:
        return fill(frame, *hours_slot(rng))
    if k < 0.55:
        return fill(frame, *noon_slot(rng))
    return fill(frame, *clock_slot(rng))


# -------------------------------------------------------------------------------- money

# A price before a noun: (currency as written, readings of the unit, the small coin, or
# None where it is written after the number and never with cents).
SMALL_CURRENCIES = [("$", ["dollars"], "cents"), ("$", ["dollars"], "cents"),
                    ("£", ["pounds"], "pence"), ("£", ["pounds"], "pence"),
                    ("€", ["euros", "euro"], "cents"), (" EUR", ["euros", "euro"], None),
                    (" CAD", ["Canadian dollars"], None)]
# (frame, smallest and largest whole amount that fits it)
SMALL_MONEY_FRAMES = [("The late payment fee on the card is {X}.", 12, 40),
                      ("Redelivery of a missed parcel costs {X}.", 3, 9),
                      ("Each certified copy of the court order costs {X}.", 5, 25),
                      ("Adult admission to the maritime museum is {X}.", 8, 25),
                      ("School lunches will go up to {X} a day from September.", 2, 4),
                      ("The pharmacy charges {X} for a travel vaccine consultation.", 15, 60),
                      ("Excess baggage is charged at {X} per kilogram.", 8, 30),
                      ("A standing ticket for the grand final costs {X}.", 25, 120)]
# (currency, unit, the small coin); the whole part in thousands.
STATEMENT = [("$", "dollars", "cents"), ("$", "dollars", "cents"), ("£", "pounds", "pence"),
             ("€", "euros", "cents")]
COIN_FRAMES = ["A second-class stamp now costs {X}.",
               "The water company charges {X} for each paper bill."]
STATEMENT_FRAMES = ["Your closing balance is {X}.", "The amount due this month is {X}."]
# Codes with a sum, before or after it: (code, readings of the unit).
CODES = [("USD", ["US dollars", "dollars"]), ("GBP", ["pounds", "British pounds",
                                                       "pounds sterling"]),
         ("EUR", ["euros", "euro"]), ("CAD", ["Canadian dollars"]),
         ("AUD", ["Australian dollars"]), ("CHF", ["Swiss francs"]),
         ("JPY", ["yen", "Japanese yen"]), ("ZAR", ["rand", "South African rand"]),
         ("SGD", ["Singapore dollars"]), ("NZD", ["New Zealand dollars"])]
CODE_FRAMES = ["The wire transfer of {X} was held for review.",
               "Your account was credited with {X} on settlement."]
RENT_FRAMES = ["The two-bedroom flat above the bakery lets for {X}.",
               "Rent on the furnished cottage is {X}, bills included."]
TARIFF_FRAMES = ["The new tariff charges {X} for daytime power.",
                 "Overnight electricity now costs {X} on the green plan."]
SALARY_FRAMES = ["Salaried partners at the practice earn {X}.",
                 "The court heard the finance director was paid {X}."]
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The jury awarded the former nurse {X} in damages.", False),
                      ("The regulator fined the bank {X} for failing to stop fraud.", True),
                      ("The waterfront penthouse is on the market for {X}.", False),
                      ("The utility will invest {X} in new water mains.", True),
                      ("A private collector paid {X} for the astrolabe.", False),
                      ("The shipping line posted a quarterly profit of {X}.", True),
                      ("The space agency is asking lawmakers for {X}.", True),
                      ("The club paid a transfer fee of {X} for the fly-half.", False)]


def small_price(rng, lo: int, hi: int, cents: float = 0.45) -> tuple[str, list[str]]:
    """A price from lo to hi: whole ("$14", "32 EUR") or with cents or pence ("£3.50": "three
    pounds fifty", "three pounds and fifty pence" or "three fifty")."""
    sym, units, small = pick(rng, SMALL_CURRENCIES)
    n = rng.randint(lo, hi)
    if small is None:
        return f"{with_written(n, rng)}{sym}", [f"{c} {u}" for c in cards(n) for u in units]
    if rng.random() >= cents:
        return f"{sym}{with_written(n, rng)}", [f"{c} {u}" for c in cards(n) for u in units]
    c = pick(rng, [99, 99, 95, 50, 50, 49, 25, 75, 45, 89, 20, 30, 40, 60, 80])
    w, t = card(n), card(c)
    spoken = [f"{w} {t}"]
    for u in units:
        spoken += [f"{w} {u} and {t} {small}", f"{w} {u} {t} {small}", f"{w} {u} {t}"]
    return f"{sym}{n}.{c:02d}", spoken


def coins_slot(rng) -> tuple[str, list[str]]:
    """Pence or cents alone: "85p" ("eighty five pence", "eighty five p"), "$0.99" or
    "€0.40" ("ninety nine cents")."""
    c = rng.randint(15, 99)
    if rng.random() < 0.4:
        return f"{c}p", [f"{card(c)} pence", f"{card(c)} p"]
    return f"{pick(rng, ['$', '€'])}0.{c:02d}", [f"{card(c)} cents"]


def statement_slot(rng) -> tuple[str, list[str]]:
    """A sum with cents on a statement, "$1,284.57": "one thousand two hundred eighty four
    dollars and fifty seven cents" (or "... dollars fifty seven")."""
    sym, unit, small = pick(rng, STATEMENT)
    whole, c = rng.randint(1000, 9999), rng.randint(11, 99)
    written = f"{sym}{whole:,}.{c:02d}" if rng.random() < 0.7 else f"{sym}{whole}.{c:02d}"
    spoken = []
    for w in cards(whole):
        spoken += [f"{w} {unit} and {card(c)} {small}", f"{w} {unit} {card(c)}",
                   f"{w} {unit} {card(c)} {small}"]
    return written, spoken


def code_slot(rng) -> tuple[str, list[str]]:
    """A code before or after the sum, with or without ".00" ("USD 2,500.00" is "two
    thousand five hundred US dollars")."""
    code, units = pick(rng, CODES)
    n = rng.randrange(200, 99999, pick(rng, [1, 10, 50]))
    num = with_written(n, rng, 0.8) + pick(rng, ["", ".00"])
    written = f"{code} {num}" if rng.random() < 0.6 else f"{num} {code}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def rent_slot(rng) -> tuple[str, list[str]]:
    """A monthly rent: "$2,400/mo", "$2,400 per month", "£1,450 pcm" (per calendar month)."""
    n = rng.randrange(700, 4000, 25)
    if rng.random() < 0.5:
        per = pick(rng, ["/mo", "/month", " per month", " a month"])
        after = ["a month", "per month"]
        written, unit = f"${with_written(n, rng)}{per}", "dollars"
    else:
        per = pick(rng, [" pcm", " pcm", " per month"])
        after = ["per calendar month", "a month", "per month", "p c m"] if "pcm" in per \
            else ["a month", "per month"]
        written, unit = f"£{with_written(n, rng)}{per}", "pounds"
    return written, [f"{c} {unit} {a}" for c in cards(n) for a in after]


def tariff_slot(rng) -> tuple[str, list[str]]:
    """A price per unit of power: "24.5p per kWh", "14.2¢/kWh"."""
    whole, tenth = rng.randint(8, 40), rng.randint(1, 9)
    per = pick(rng, [" per kWh", "/kWh"])
    said = [f"{card(whole)} point {card(tenth)}"]
    if rng.random() < 0.5:
        return f"{whole}.{tenth}p{per}", [f"{s} {u} per kilowatt hour" for s in said
                                          for u in ("pence", "p")]
    return f"{whole}.{tenth}¢{per}", [f"{s} cents per kilowatt hour" for s in said]


def big_slot(rng, scales: str = "MMK") -> tuple[str, list[str]]:
    """A sum with a capital M, B or K, as listings and business pages write them: "$1.25M",
    "$850K", "£2.4B"."""
    sym, unit = pick(rng, [("$", "dollars"), ("$", "dollars"), ("£", "pounds")])
    scale = pick(rng, scales)
    word = {"M": "million", "K": "thousand", "B": "billion"}[scale]
    if scale == "K":
        n = rng.randrange(150, 990, 5)
        return f"{sym}{n}K", [f"{c} thousand {unit}" for c in cards(n)]
    whole = rng.randint(1, 9)
    frac = pick(rng, [str(rng.randint(1, 9)), f"{rng.randint(1, 9)}5"])
    said = [f"{card(whole)} point {digits(frac)} {word} {unit}"]
    if frac == "5":
        said.append(f"{card(whole)} and a half {word} {unit}")
    if frac == "25" or frac == "75":
        said.append(f"{card(whole)} and {'a quarter' if frac == '25' else 'three quarters'} "
                    f"{word} {unit}")
    return f"{sym}{whole}.{frac}{scale}", said


def money(rng, part):
    k = rng.random()
    if k < 0.3:
        frame, lo, hi = pick(rng, split(SMALL_MONEY_FRAMES, part))
        return fill(frame, *small_price(rng, lo, hi))
    i = 0 if part == "dev" else 1
    if k < 0.37:
        return fill(COIN_FRAMES[i], *coins_slot(rng))
    if k < 0.47:
        return fill(STATEMENT_FRAMES[i], *statement_slot(rng))
    if k < 0.55:
        return fill(CODE_FRAMES[i], *code_slot(rng))
    if k < 0.63:
        return fill(RENT_FRAMES[i], *rent_slot(rng))
    if k < 0.69:
        return fill(TARIFF_FRAMES[i], *tariff_slot(rng))
    if k < 0.75:
        return fill(SALARY_FRAMES[i], *salary_slot(rng))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    if rng.random() < 0.3:
        return fill(frame, *big_slot(rng, "MB" if large else "MK"))
    return fill(frame, *sum_slot(rng, large))


# ------------------------------------------------------------------------------ measures

# (symbols a writer uses, singulars, plurals, [(dev frame, smallest, largest, before a
# noun), (held frame, ...)], share of decimals, whether it may be written without a space).
# "IU", "bpm" and "GB" are said as letters too; litres and liters both.
UNITS = [(["mg"], ["milligram"], ["milligrams"],
          [("Each caplet contains {X} of ibuprofen.", 100, 800, False),
           ("Adults should not take more than {X} of paracetamol a day.", 2000, 4000, False)],
          0.0, True),
         (["mcg"], ["microgram"], ["micrograms"],
          [("The inhaler delivers {X} per puff.", 50, 250, False),
           ("She takes a {X} tablet of levothyroxine each morning.", 25, 200, True)],
          0.0, True),
         (["mL", "ml"], ["milliliter", "millilitre"], ["milliliters", "millilitres"],
          [("Give children {X} of the syrup every six hours.", 5, 15, False),
           ("The vial holds {X} of solution.", 2, 20, False)], 0.0, True),
         (["IU"], ["international unit", "I U"], ["international units", "I U"],
          [("Each capsule provides {X} of vitamin E.", 100, 1000, False),
           ("The patient was given {X} of heparin.", 2000, 9000, False)], 0.0, False),
         (["bpm"], ["beat per minute", "B P M"], ["beats per minute", "B P M"],
          [("Her resting heart rate was {X}.", 48, 95, False),
           ("The monitor showed a pulse of {X}.", 50, 140, False)], 0.0, False),
         (["sq ft", "sq. ft."], ["square foot"], ["square feet"],
          [("The ranch home offers {X} of living space on one level.", 1200, 4200, False),
           ("The detached garage adds another {X}.", 240, 900, False)], 0.0, False),
         (["acres"], ["acre"], ["acres"],
          [("The farmhouse sits on {X} of rolling pasture.", 2, 160, False),
           ("The estate comes with {X} of woodland.", 5, 400, False)], 0.4, False),
         (["ha"], ["hectare"], ["hectares"],
          [("The wildfire has burned through {X} of scrub.", 200, 90000, False),
           ("The new housing scheme will cover {X}.", 5, 60, False)], 0.2, False),
         (["kts", "kn"], ["knot"], ["knots"],
          [("The container ship was steaming at {X} when it lost power.", 8, 24, False),
           ("Gusts of {X} battered the harbour overnight.", 25, 70, False)], 0.0, False),
         (["NM", "nmi"], ["nautical mile"], ["nautical miles"],
          [("The yacht was last reported {X} off the headland.", 3, 80, False),
           ("The airport's radar reaches out {X} in every direction.", 40, 250, False)],
          0.1, False),
         (["kPa"], ["kilopascal"], ["kilopascals"],
          [("Inflate the spare tyre to {X}.", 200, 420, False),
           ("Air pressure at the summit falls to about {X}.", 30, 70, False)], 0.1, True),
         (["bar"], ["bar"], ["bar", "bars"],
          [("The espresso machine's pump delivers {X} of pressure.", 9, 19, False),
           ("The divers' cylinders are filled to {X}.", 200, 300, False)], 0.2, False),
         (["L"], ["liter", "litre"], ["liters", "litres"],
          [("The van's fuel tank holds {X}.", 40, 90, False),
           ("Garden waste goes in a {X} wheelie bin.", 120, 240, True)], 0.1, False),
         (["gal"], ["gallon"], ["gallons"],
          [("The water heater holds {X}.", 30, 80, False),
           ("The tanker spilled roughly {X} of diesel into the bay.", 2000, 90000, False)],
          0.0, False),
         (["°F"], ["degree Fahrenheit", "degree"], ["degrees Fahrenheit", "degrees"],
          [("Call the surgery if the fever goes above {X}.", 100, 104, False),
           ("Keep the vaccine fridge below {X}.", 40, 46, False)], 0.5, True),
         (["°C"], ["degree Celsius", "degree"], ["degrees Celsius", "degrees"],
          [("His temperature had reached {X} by the evening.", 37, 41, False),
           ("Sea surface temperatures near the reef hit {X}.", 26, 33, False)], 0.5, True),
         (["km/h"], ["kilometer per hour"], ["kilometers per hour"],
          [("The storm's eyewall packed winds of {X}.", 150, 280, False),
           ("The rescue boat can reach {X} in calm water.", 40, 90, False)], 0.0, False),
         (["mph"], ["mile per hour"], ["miles per hour", "m p h"],
          [("The court heard the van was doing {X} near the school.", 35, 60, False),
           ("The runaway barge drifted downstream at {X}.", 3, 9, False)], 0.0, False),
         (["km/s"], ["kilometer per second"], ["kilometers per second"],
          [("The probe will fly past the asteroid at {X}.", 5, 30, False),
           ("The meteor hit the atmosphere at about {X}.", 11, 70, False)], 0.3, False),
         (["AU"], ["astronomical unit", "A U"], ["astronomical units", "A U"],
          [("The comet's orbit carries it out to {X} from the Sun.", 5, 60, False),
           ("At its closest the asteroid is {X} from Earth.", 1, 3, False)], 0.6, False),
         (["GB"], ["gigabyte", "G B"], ["gigabytes", "G B"],
          [("You have used {X} of your monthly data allowance.", 2, 60, False),
           ("The school's cloud drive gives each pupil {X} of space.", 5, 100, False)],
          0.3, True),
         (["Hz"], ["hertz"], ["hertz"],
          [("The pulsar spins at {X}.", 30, 700, False),
           ("The whale's song drops as low as {X}.", 10, 40, False)], 0.2, True),
         (["ft"], ["foot"], ["feet"],
          [("The jet was cruising at {X} when the cabin lost pressure.", 28000, 41000, False),
           ("The runway sits {X} above sea level.", 200, 7000, False)], 0.0, False),
         (["mi"], ["mile"], ["miles"],
          [("The cottage is just {X} from the beach.", 1, 3, False),
           ("The nearest depot is {X} away.", 2, 40, False)], 0.5, False),
         (["lb", "lbs"], ["pound"], ["pounds"],
          [("Parcels over {X} need a heavy-item label.", 30, 70, False),
           ("The meteorite fragment weighs {X}.", 2, 90, False)], 0.2, False),
         (["kg"], ["kilogram"], ["kilograms", "kilos"],
          [("Your parcel weighs {X}.", 1, 25, False),
           ("The anchor chain weighs {X} per meter.", 20, 90, False)], 0.4, True),
         (["kWh"], ["kilowatt hour"], ["kilowatt hours"],
          [("Your meter shows {X} used since the last reading.", 200, 1400, False),
           ("The school's solar roof made {X} in June.", 2000, 9000, False)], 0.0, True),
         (["m³"], ["cubic meter"], ["cubic meters"],
          [("Water use this quarter came to {X}.", 12, 90, False),
           ("The harbour board removed {X} of silt from the berths last year.", 500, 8000, False)], 0.0, True),
         (["cm"], ["centimeter"], ["centimeters"],
          [("Surgeons removed a {X} tumour from her kidney.", 2, 9, True),
           ("The ammonite fossil measures {X} across.", 10, 60, False)], 0.4, True)]
FROST_FRAMES = ["The outside air temperature on the ramp was {X}.",
                "Pipes at the primary school froze at {X} overnight."]


def unit_slot(rng, unit, lo: int, hi: int, attr: bool = False) -> tuple[str, list[str]]:
    """A measure in one of this round's units; a decimal's whole part in any of its readings
    ("a hundred and one point three degrees"), a half also "and a half" ("twelve and a half
    acres"); before a noun the unit singular ("a four point five centimeter tumour")."""
    syms, ones, manys, _, dec, tight = unit
    sym = pick(rng, syms)
    if rng.random() >= dec:
        return measure_slot(rng, (sym, ones, manys, None, 0.0, tight), lo, hi, attr)
    gap = pick(rng, [" ", ""]) if tight else " "
    if sym.startswith("°"):
        gap = "" if rng.random() < 0.8 else " "
    whole, tenth = rng.randint(lo, max(lo, hi - 1)), rng.randint(1, 9)
    heads = [c for c in cards(whole) if not (attr and c.startswith("a "))]
    said = [f"{h} point {card(tenth)}" for h in heads]
    if tenth == 5:
        said += [f"{h} and a half" for h in heads]
    units = ones if attr else manys
    return f"{with_written(whole, rng)}.{tenth}{gap}{sym}", [f"{s} {u}" for s in said
                                                             for u in units]


def unit_gen(sym: str, lo: int, hi: int, attr: bool = False):
    unit = [u for u in UNITS if sym in u[0]][0]
    return lambda rng, part: unit_slot(rng, unit, lo, hi, attr)


def pressure_slot(rng, unit: bool = True) -> tuple[str, list[str]]:
    """Blood pressure, "130/85 mmHg": "one thirty over eighty five" or "one hundred thirty
    over eighty five" (millimeters of mercury)."""
    s, d = rng.randint(101, 185), rng.randint(60, 99)
    if s % 100 < 10:
        s += 10
    tops = cards(s) + [f"one {card(s % 100)}"]
    said = [f"{t} over {card(d)}" for t in tops]
    if unit:
        return f"{s}/{d} mmHg", [f"{x} millimeters of mercury" for x in said]
    return f"{s}/{d}", said


PRESSURE_FRAMES = ["The nurse recorded a blood pressure of {X}.",
                   "His blood pressure on admission was {X}."]


def measure(rng, part):
    k = rng.random()
    if k < 0.06:
        return fill(FROST_FRAMES[0 if part == "dev" else 1], *frost_slot(rng))
    if k < 0.16:
        return fill(PRESSURE_FRAMES[0 if part == "dev" else 1],
                    *pressure_slot(rng, rng.random() < 0.6))
    unit = pick(rng, UNITS)
    frame, lo, hi, attr = unit[3][0 if part == "dev" else 1]
    return fill(frame, *unit_slot(rng, unit, lo, hi, attr))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("The card carries a variable APR of {X}.", 18, 30, True),
                  ("The easy-access account now pays {X} AER.", 2, 5, True),
                  ("In the trial the drug cut hospital admissions by {X}.", 10, 60, True),
                  ("Attendance at the academy rose to {X} this term.", 88, 98, True),
                  ("Only {X} of the freight arrived on schedule.", 40, 95, False),
                  ("The asking price has been cut by {X}.", 3, 15, False),
                  ("Water bills will rise by an average of {X} from April.", 2, 12, True),
                  ("The point guard shot {X} from the field.", 38, 62, True)]
POINTS_FRAMES = [("The pass rate at the academy rose {X} percentage points.", 1, 9),
                 ("Turnout in the parish poll fell {X} percentage points.", 1, 8),
                 ("The bowler's economy improved by {X} points.", 0, 2),
                 ("Arrivals running late rose {X} percentage points at the airport.", 1, 9)]
BASIS_FRAMES = ["The lender raised its standard variable rate by {X}.",
                "Five-year fixed deals fell {X} in the week to Thursday."]
MINUS_FRAMES = ["Air cargo volumes changed by {X} over the year.",
                "Real wage growth was {X} once inflation is counted."]
# British councils may raise council tax by 2.99 or 4.99 per cent without a referendum.
COUNCIL_FRAMES = ["Council tax will rise by {X} in April.",
                  "The parish precept goes up {X} this year."]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.14:
        frame, lo, hi = pick(rng, split(POINTS_FRAMES, part))
        return fill(frame, *points_slot(rng, lo, hi))
    if k < 0.22:
        return fill(BASIS_FRAMES[i], *basis_slot(rng))
    if k < 0.3:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.4:
        whole = pick(rng, [1, 2, 3, 4])
        mark = pick(rng, ["%", " per cent", " percent"])
        return fill(COUNCIL_FRAMES[i], f"{whole}.99{mark}",
                    [f"{card(whole)} point nine nine percent"])
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    return fill(frame, *pct_slot(rng, lo, hi, dec))


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The spinner finished the series with an average of {X}.", 15, 45, 2),
                  ("The patient's INR came back at {X}.", 1, 4, 1),
                  ("The gymnast scored {X} on the floor.", 12, 14, 3),
                  ("Sterling ended the day at {X} euros.", 1, 1, 4),
                  ("Lifeguards keep the pool's pH at about {X}.", 7, 7, 1),
                  ("High tide will reach {X} meters this evening.", 3, 9, 2),
                  ("The quasar's light set out when the universe was {X} billion years old.",
                   1, 3, 1)]
VERSION_FRAMES = ["Patients should install version {X} of the clinic's app.",
                  "The autopilot software was rolled back to release {X}."]
# Baseball writes a batting average without its zero, ".312", said "three twelve".
BATTING_FRAMES = ["The shortstop is hitting {X} this season.",
                  "The catcher finished the year batting {X}."]
# Overs: six balls to an over, so ".1" to ".5".
BAC_FRAMES = ["The driver's blood alcohol level was {X}.",
              "The pilot's blood alcohol reading was {X}, the court heard."]
OVERS_FRAMES = ["The hosts were bowled out in {X} overs.",
                "The visitors reached the target in {X} overs."]


def batting_slot(rng) -> tuple[str, list[str]]:
    n = rng.randint(201, 359)
    if n % 100 < 10:
        n += 10
    return f".{n}", [f"{card(n // 100)} {card(n % 100)}", f"point {digits(str(n))}"]


def bac_slot(rng) -> tuple[str, list[str]]:
    """A blood alcohol level, "0.16": "zero point one six", "point one six"."""
    frac = f"{rng.randint(4, 30):02d}"
    return f"0.{frac}", [s for d in zero_variants(digits(frac)) for s in point_zero(0, d)]


def overs_slot(rng, lo: int = 20, hi: int = 49) -> tuple[str, list[str]]:
    whole, ball = rng.randint(lo, hi), rng.randint(1, 5)
    return f"{whole}.{ball}", [f"{card(whole)} point {card(ball)}"]


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.14:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    if k < 0.26:
        return fill(BATTING_FRAMES[i], *batting_slot(rng))
    if k < 0.36:
        return fill(OVERS_FRAMES[i], *overs_slot(rng))
    if k < 0.46:
        return fill(BAC_FRAMES[i], *bac_slot(rng))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To order a repeat prescription, call {X}.",
                "Report a gas leak immediately on {X}.",
                "If you did not make this payment, call us on {X}.",
                "The courier's customer line is {X}.",
                "The attendance officer can be reached on {X}.",
                "Jurors who are unwell should phone {X}.",
                "Group bookings for the museum are taken on {X}.",
                "The harbourmaster can be contacted on {X}."]
# British area codes with no digit repeated side by side, beyond round 100's: Birmingham,
# Southampton, Coventry. (area code, the digits a local number opens with)
UK_MORE = [("0121", "234679"), ("023", "89"), ("024", "7")]
# (country code, its readings after "plus", the area code, the subscriber number's groups):
# Dublin, Cape Town, Bengaluru, Berlin. A three-digit code is said digit by digit.
ABROAD = [("353", ["three five three"], "1", (3, 4)),
          ("27", ["two seven", "twenty seven"], "21", (3, 4)),
          ("91", ["nine one", "ninety one"], "80", (4, 4)),
          ("49", ["four nine", "forty nine"], "30", (4, 4))]
VANITY = ["LAWYERS", "MOVERS", "GLAZING", "PLASTER"]


def extension_slot(rng) -> tuple[str, list[str]]:
    """A US number and an extension, "ext. 214": "extension two one four" (three digits also
    "two fourteen")."""
    written, spoken = us_phone_slot(rng)
    ext = plain_digits(rng, pick(rng, [3, 4]), "123456789")
    exts = zero_variants(digits(ext))
    if len(ext) == 3 and ext[1] != "0":
        exts.append(f"{card(int(ext[0]))} {card(int(ext[1:]))}")
    mark = pick(rng, [" ext. ", " ext ", ", ext. "])
    comma = "," if mark.startswith(",") else ""
    return f"{written}{mark}{ext}", [f"{s}{comma} extension {e}" for s in spoken for e in exts]


def phone_slot(rng, part) -> tuple[str, list[str]]:
    """A US number (with an extension now and then), a British one, an Irish, South African,
    Indian or German one, or a US word number."""
    k = rng.random()
    if k < 0.3:
        return us_phone_slot(rng)
    if k < 0.42:
        return extension_slot(rng)
    if k < 0.66:
        return uk_number(rng, *pick(rng, UK_MORE + [(a, "2345679") for a in UK_AREAS[1:]]))
    if k < 0.9:
        return abroad_number(rng, ABROAD)
    return vanity_number(rng, part, VANITY)


def phone(rng, part):
    return fill(pick(rng, split(PHONE_FRAMES, part)), *phone_slot(rng, part))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Nearly {X} of the claimants settled out of court.",
                   "About {X} of pupils walk or cycle to school.",
                   "The backlog delayed {X} of all parcels last week.",
                   "Boulders cover roughly {X} of the asteroid's surface.",
                   "The gallery has room to display just {X} of its holdings.",
                   "Over {X} of the patients on the ward were over eighty.",
                   "The inspection grounded {X} of the airline's fleet.",
                   "Energy bills swallow {X} of the average pension."]
# One character for the part of a whole: (glyph, readings before "of").
GLYPHS = [("½", ["half", "one half"]), ("⅓", ["a third", "one third"]),
          ("⅔", ["two thirds"]), ("¼", ["a quarter", "one quarter", "a fourth", "one fourth"]),
          ("¾", ["three quarters", "three fourths"]), ("⅕", ["a fifth", "one fifth"]),
          ("⅛", ["an eighth", "one eighth"])]
# Part of a pill or sachet on a label: (frame, the thing).
DOSE_FRAMES = [("Give the dog {X} twice a day.", "tablet"),
               ("The usual dose is {X} at bedtime.", "tablet"),
               ("Children over six may take {X} after meals.", "tablet"),
               ("Dissolve {X} in a glass of water.", "sachet")]
# (frame, smallest and largest whole number that fits it, the parts that do: halves;
# quarters; thirds)
MIXED_FRAMES = [("The listing shows {X} baths.", 2, 4, 1),
                ("Rain held up play for {X} hours.", 2, 3, 3),
                ("The coastal path runs for {X} miles.", 2, 9, 3),
                ("Take {X} tablets on the first day.", 2, 3, 1)]
LOT_FRAMES = ["The bungalow stands on a {X} lot.",
              "The duplex comes with a {X} corner lot."]
# A divided vote: (frame, the splits that fit it); "five to four" or "five four".
VOTE_FRAMES = [("The justices ruled {X} in favor of the tenants.", [(5, 4), (6, 3), (7, 2)]),
               ("The planning committee voted {X} to refuse the scheme.",
                [(4, 3), (5, 2), (6, 1), (7, 4)])]
RATIO_FRAMES = [("The sterilising fluid is mixed {X} before use.", [(1, 10), (1, 20), (1, 50)]),
                ("The museum's model of the steamship is built at {X}.",
                 [(1, 48), (1, 72), (1, 96)])]


def glyph_slot(rng) -> tuple[str, list[str]]:
    glyph, said = pick(rng, GLYPHS)
    return glyph, said


def dose_part_slot(rng, thing: str) -> tuple[str, list[str]]:
    """Half or a quarter of a pill: "½ tablet" is "half a tablet", "a half tablet" or "one
    half tablet"; "1/4 tablet" "a quarter tablet" or "a quarter of a tablet"."""
    slash, glyph, said = pick(rng, PARTS[:2])
    written = f"{glyph if rng.random() < 0.5 else slash} {thing}"
    if slash == "1/2":
        return written, [f"half a {thing}"] + [f"{s} {thing}" for s in said]
    return written, [f"{s} {thing}" for s in said] + [f"{s} of a {thing}" for s in said]


def lot_slot(rng) -> tuple[str, list[str]]:
    """A lot's size before it: "a ¾-acre lot", "a three quarter acre lot"."""
    glyph, said = pick(rng, [("½", ["half", "one half"]), ("¼", ["quarter", "one quarter"]),
                             ("¾", ["three quarter", "three quarters"])])
    return f"{glyph}-acre", [f"{s} acre" for s in said]


def vote_slot(rng, splits) -> tuple[str, list[str]]:
    a, b = pick(rng, splits)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{card(a)} to {card(b)}", f"{card(a)} {card(b)}"]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.17:
        frame, thing = pick(rng, split(DOSE_FRAMES, part))
        return fill(frame, *dose_part_slot(rng, thing))
    if k < 0.34:
        frame, lo, hi, parts = pick(rng, split(MIXED_FRAMES, part))
        return fill(frame, *mixed_number_slot(rng, lo, hi, parts))
    if k < 0.42:
        return fill(LOT_FRAMES[i], *lot_slot(rng))
    if k < 0.5:
        frame, splits = VOTE_FRAMES[i]
        return fill(frame, *vote_slot(rng, splits))
    if k < 0.57:
        frame, ratios = RATIO_FRAMES[i]
        return fill(frame, *ratio_slot(rng, ratios))
    frame = pick(rng, split(FRACTION_FRAMES, part))
    if rng.random() < 0.45:
        return fill(frame, *glyph_slot(rng))
    return fill(frame, *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the highest numeral it took, the title it is given, or None where the numbers
# name rulers of different titles)
RULERS = [("Ahmose", 2, "Pharaoh"), ("Intef", 7, "Pharaoh"), ("Sobekhotep", 8, "Pharaoh"),
          ("Arsaces", 2, "King"), ("Orodes", 3, "King"), ("Gotarzes", 2, "King"),
          ("Rhescuporis", 6, "King"), ("Polemon", 2, "King"), ("Aretas", 4, "King"),
          ("Obodas", 3, "King"), ("Malichus", 2, "King"), ("Hyrcanus", 2, None),
          ("Aristobulus", 2, None), ("Govinda", 4, "King"), ("Amoghavarsha", 4, "King"),
          ("Mahendravarman", 3, "King"), ("Parantaka", 2, "King"),
          ("Kumaragupta", 3, "Emperor"), ("Rajadhiraja", 2, "King"),
          ("Parakramabahu", 9, "King"), ("Vijayabahu", 7, "King"), ("Kassapa", 5, "King"),
          ("Ramathibodi", 2, "King"), ("Borommaracha", 4, "King"),
          ("Indravarman", 3, "King"), ("Yasovarman", 2, "King"), ("Dawit", 3, "Emperor"),
          ("Yeshaq", 2, "Emperor"), ("Susenyos", 2, "Emperor"), ("Iyoas", 2, "Emperor"),
          ("Abdulmejid", 2, None), ("Akbar", 2, "Emperor"), ("Alamgir", 2, "Emperor"),
          ("Wilfred", 2, "Count"), ("Borrell", 2, "Count"), ("Jaume", 2, "King"),
          ("Teobaldo", 2, "King"), ("Ordoño", 4, "King"), ("Géza", 2, "King"),
          ("Radu", 7, "Prince"), ("Yuri", 2, "Grand Prince"), ("Demetre", 2, "King"),
          ("Luarsab", 2, "King"), ("Smbat", 2, "King"), ("Levon", 5, "King"),
          ("Hethum", 2, "King"), ("Inge", 2, "King"), ("Eystein", 2, "King"),
          ("Sigurd", 2, "King"), ("Knud", 6, "King"), ("Christopher", 3, "King"),
          ("Augustus", 3, "King"), ("Farouk", 1, "King"), ("Ghazi", 1, "King"),
          ("Idris", 1, "King"), ("Yuhi", 5, "Mwami"), ("Mwezi", 4, "Mwami"),
          ("Hans-Adam", 2, "Prince"), ("Juan Carlos", 1, "King")]
REGNAL_FRAMES = ["Gold coin of {X}, struck at the royal mint.",
                 "The stele records a victory of {X} over the hill tribes.",
                 "{X} is shown seated on a lion throne.",
                 "A charter sealed by {X} is on loan from the cathedral archive.",
                 "The crown was remade for the coronation of {X}.",
                 "Court musicians played for {X} on feast days.",
                 "{X}'s sarcophagus was restored last year.",
                 "The tapestry celebrates the wedding of {X}."]
# Series numbered in Roman numerals: (the series as written, the numbers it takes,
# [dev frames], [held frames]). Medicine writes the stage and phase in small letters.
SERIES = [("Artemis", [2, 3], ["The {X} crew will fly to the Moon."],
           ["Engineers are stacking the rocket for {X}."]),
          ("Minotaur", [1, 4, 5], ["A {X} rocket put the spy satellite into orbit."],
           ["The {X} launch was scrubbed because of high winds."]),
          ("stage", [2, 3, 4], ["She was diagnosed with {X} bowel cancer."],
           ["The tumour had reached {X} by the time it was found."]),
          ("phase", [1, 2, 3], ["The antiviral is now in {X} trials."],
           ["The vaccine failed in {X} testing."]),
          ("Title", [7, 9], ["The college was sued under {X}."],
           ["The ruling turned on {X} of the act."]),
          ("Article", [1, 3, 5], ["The judge cited {X} of the Constitution."],
           ["The treaty's {X} deals with fishing rights."])]


def series_slot(rng, part) -> tuple[str, str, list[str]]:
    name, numbers, dev, held = pick(rng, SERIES)
    n = pick(rng, numbers)
    return pick(rng, dev if part == "dev" else held), f"{name} {to_roman(n)}", [
        f"{name} {card(n)}"]


def regnal(rng, part):
    if rng.random() < 0.3:
        frame, written, said = series_slot(rng, part)
        return fill(frame, written, said)
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, *regnal_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "Allow {X} working days for the refund to clear.", 3, 10, 4, 1),
                ("num", "The revision course is open to pupils aged {X}.", 11, 18, 4, 1),
                ("num", "Expect queues of {X} minutes at passport control.", 20, 90, 40, 10),
                ("num", "The offence carries {X} years in prison.", 2, 14, 6, 1),
                ("pct", "Survival rates for the condition are now {X}.", 60, 90, 15, 5),
                ("pct", "Fixed-rate deals are being priced at {X}.", 3, 7, 2, 1),
                ("money", "Emergency plumbing repairs typically cost {X}.", 150, 900, 300, 50),
                ("money", "Replica brooches in the museum shop sell for {X}.", 15, 60, 25, 5),
                ("clock", "Parcels are delivered {X} in your area.", 0, 0, 0, 0),
                ("clock", "The council's contact center takes calls {X}.", 0, 0, 0, 0),
                ("temp", "The vaccine must be stored at {X}.", 2, 8, 6, 6),
                ("kts", "Southwesterlies of {X} will sweep the Channel after dark.", 15, 45, 15, 5)]
DOSE_RANGE = ["Take {A} every {B} hours.", "Adults may take {A} every {B} hours with water."]
DAYS_FRAMES = ["The box office is open {X}.", "The pharmacy counter is staffed {X}."]
# (first and last day of a week's opening)
DAY_PAIRS = [("Monday", "Friday"), ("Monday", "Saturday"), ("Tuesday", "Sunday"),
             ("Monday", "Thursday"), ("Wednesday", "Sunday")]
K_FRAMES = ["Three-bedroom homes on the estate sell for {X}.",
            "Detached houses in the village sell for {X}."]
WAR_FRAMES = ["The memorial lists the parish's dead of {X}.",
              "The regiment was stationed abroad in {X}."]
LIFE_FRAMES = ["Portrait of the artist's mother, by Adelaide Stanhope ({X}).",
               "Sketchbook of the naturalist Peregrine Northcott ({X})."]
TAX_FRAMES = ["Claims for the {X} tax year close at the end of January.",
              "The {X} school year starts in September."]


def days_slot(rng, dash: str) -> tuple[str, list[str]]:
    """Opening days, "Mon-Fri" ("Monday to Friday" or "through Friday"), with or without
    the hours."""
    a, b = pick(rng, DAY_PAIRS)
    written = f"{pick(rng, DAY_SHORT[a][1:])}{dash}{DAY_SHORT[b][1]}"
    said = [f"{a} to {b}", f"{a} through {b}"]
    if rng.random() < 0.5:
        hours, hours_said = clock_range(rng, dash)
        return f"{written} {hours}", [f"{s} {h}" for s in said for h in hours_said]
    return written, said


def k_range_slot(rng, dash: str) -> tuple[str, list[str]]:
    """Prices in thousands, "$450k-$520k": "four hundred fifty to five hundred twenty thousand
    dollars"."""
    sym, unit = pick(rng, [("$", "dollars"), ("£", "pounds")])
    a = rng.randrange(150, 900, 5)
    b = a + rng.randrange(10, 120, 5)
    k = pick(rng, ["k", "K"])
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    said = ([f"{x} thousand to {y} thousand {unit}" for x, y in pairs]
            + [f"{x} to {y} thousand {unit}" for x, y in pairs]
            + [f"{x} thousand {unit} to {y} thousand {unit}" for x, y in pairs])
    return f"{sym}{a}{k}{dash}{sym}{b}{k}", said


def war_slot(rng, dash: str) -> tuple[str, list[str]]:
    """Years of a war with the second cut short, "1914-18": "nineteen fourteen to eighteen"
    or "... to nineteen eighteen"."""
    a = rng.randint(1810, 1985)
    while a % 100 < 10 or a % 100 > 90:
        a = rng.randint(1810, 1985)
    b = a + rng.randint(2, 8)
    return f"{a}{dash}{b % 100}", [f"{ra} to {rb}" for ra in year_readings(a)
                                   for rb in year_readings(b) + [card(b % 100)]]


def life_slot(rng, dash: str) -> tuple[str, list[str]]:
    a = rng.randint(1780, 1930)
    b = a + rng.randint(40, 95)
    while a % 100 < 10 or b % 100 < 10:
        a = rng.randint(1780, 1930)
        b = a + rng.randint(40, 95)
    return f"{a}{dash}{b}", two_years(a, b, "to")


def tax_year_slot(rng) -> tuple[str, list[str]]:
    """A tax or school year across two years, "2025/26" or "2025-26": "twenty twenty five
    twenty six", "... to twenty six", or just "twenty five twenty six"."""
    a = rng.randint(2019, 2028)
    b = (a + 1) % 100
    said = [f"{ya} {j}{card(b)}" for ya in year_readings(a) + [card(a % 100)]
            for j in ("", "to ")]
    return f"{a}{pick(rng, ['/', '-', '–'])}{b:02d}", said


def num_range(rng, lo: int, hi: int, gap: int, step: int):
    a = rng.randrange(lo, hi - step + 1, step)
    b = rng.randrange(a + step, min(hi, a + gap) + 1, step)
    return a, b, [(x, y) for x in cards(a) for y in cards(b)]


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.1:
        a, b, pairs = num_range(rng, 1, 2, 1, 1)
        c, d, hours = num_range(rng, 4, 8, 4, 2)
        thing = pick(rng, ["tablets", "capsules"])
        return fill_slots(DOSE_RANGE[i], {"A": (f"{a}{dash}{b} {thing}",
                                                [f"{x} to {y} {thing}" for x, y in pairs]),
                                          "B": (f"{c}{dash}{d}",
                                                [f"{x} to {y}" for x, y in hours])})
    if k < 0.2:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.28:
        return fill(K_FRAMES[i], *k_range_slot(rng, dash))
    if k < 0.36:
        return fill(WAR_FRAMES[i], *war_slot(rng, dash))
    if k < 0.43:
        return fill(LIFE_FRAMES[i], *life_slot(rng, dash))
    if k < 0.5:
        return fill(TAX_FRAMES[i], *tax_year_slot(rng))
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    if kind == "clock":
        return fill(frame, *clock_range(rng, dash))
    a, b, pairs = num_range(rng, lo, hi, gap, step)
    if kind in ("num", "pct"):
        return fill(frame, *plain_range(rng, kind, a, b, dash, pairs))
    if kind == "temp":
        units = ["degrees Celsius", "degrees"]
        return fill(frame, f"{a}{dash}{b}°C", [f"{x} to {y} {u}" for x, y in pairs
                                               for u in units])
    if kind == "kts":
        return fill(frame, f"{a}{dash}{b} {pick(rng, ['kts', 'knots'])}",
                    [f"{x} to {y} knots" for x, y in pairs])
    sym, many = pick(rng, [("$", "dollars"), ("£", "pounds"), ("€", "euros")])
    return fill(frame, *money_range(rng, sym + "{}", many, a, b, dash, pairs))


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["calico", "gingham", "tweed", "muslin", "chambray", "corduroy", "paisley", "tartan",
         "velvet", "denim", "flannel", "seersucker", "trowel", "chisel", "anvil", "mallet",
         "sundial", "barometer", "pendulum", "keystone", "portico", "pergola", "belfry",
         "cupola", "dovecote", "granary", "coracle", "felucca"]
SUBDOMAINS = ["intranet", "exams", "filings", "outages", "status", "tenders"]
PATHS = ["prescriptions", "exhibitions", "outage-map", "pothole-reports", "jury-summons",
         "tide-times"]
TLDS = [("com", "com"), ("com", "com"), ("org", "org"), ("gov", "gov"), ("us", "u s"),
        ("nhs.uk", "n h s dot u k"), ("sch.uk", "s c h dot u k"), ("aero", "aero"),
        ("com.mx", "com dot m x"), ("com.sg", "com dot s g"), ("edu", "e d u")]
SITE_FRAMES = ["Repeat prescriptions can be ordered at {X}.",
               "Check for power cuts near you at {X}.",
               "The full judgment is published on {X}.",
               "Exam timetables are posted on {X}.",
               "Book a timed entry slot at {X}.", "Live departures are listed on {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Witnesses can contact the inquiry team at {X}.", "inquiry"),
               ("To order more medication, email {X}.", "refills"),
               ("Missed deliveries can be rebooked through {X}.", "dispatch"),
               ("Report a burst main to {X}.", "outages"),
               ("Parents should report absences to {X}.", "absence"),
               ("Loan requests for the collection go to {X}.", "registrar"),
               ("Bids must be emailed to {X} by noon.", "tenders"),
               ("Queries about your statement go to {X}.", "statements")]
HANDLE_FRAMES = ["The coastguard posts warnings as {X}.",
                 "Follow {X} for news of snow closures.",
                 "The museum shares an object a day as {X}.",
                 "The courier answers complaints at {X}."]
HANDLE_TAILS = ["ops", "desk", "team", "nhs"]


def web(rng, part):
    """Round 100's web class of this round's hosts, domains, mailboxes and handles ("nhs"
    spelled out)."""
    return web_of(rng, part, HOSTS, TLDS, SUBDOMAINS, PATHS, SITE_FRAMES, MAIL_FRAMES,
                  HANDLE_FRAMES, HANDLE_TAILS, "nhs")


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes)
CITIES = [("Tuscaloosa", "AL", "354"), ("Dothan", "AL", "363"),
          ("Fayetteville", "AR", "727"), ("Jonesboro", "AR", "724"), ("Visalia", "CA", "932"),
          ("Eureka", "CA", "955"), ("Greeley", "CO", "806"), ("Danbury", "CT", "068"),
          ("Gainesville", "FL", "326"), ("Ocala", "FL", "344"), ("Valdosta", "GA", "316"),
          ("Ames", "IA", "500"), ("Champaign", "IL", "618"), ("Muncie", "IN", "473"),
          ("Salina", "KS", "674"), ("Paducah", "KY", "420"), ("Houma", "LA", "703"),
          ("Pittsfield", "MA", "012"), ("Hagerstown", "MD", "217"), ("Lewiston", "ME", "042"),
          ("Marquette", "MI", "498"), ("Mankato", "MN", "560"),
          ("Hattiesburg", "MS", "394"), ("Kearney", "NE", "688"),
          ("Wilmington", "NC", "284"), ("Keene", "NH", "034"), ("Vineland", "NJ", "083"),
          ("Roswell", "NM", "882"), ("Binghamton", "NY", "139"), ("Utica", "NY", "135"),
          ("Youngstown", "OH", "445"), ("Lawton", "OK", "735"), ("Altoona", "PA", "166"),
          ("Clarksville", "TN", "370"), ("Tyler", "TX", "757"), ("Odessa", "TX", "797"),
          ("Rutland", "VT", "057"), ("Harrisonburg", "VA", "228"),
          ("Bellingham", "WA", "982"), ("Wenatchee", "WA", "988"), ("Oshkosh", "WI", "549"),
          ("Wheeling", "WV", "260"), ("Sheridan", "WY", "828"), ("Kalispell", "MT", "599")]
STREETS = ["Quail", "Pheasant", "Mallard", "Bluejay", "Sparrow", "Agate", "Mica", "Feldspar",
           "Ridgeview", "Hilltop", "Valleyview", "Riverbend", "Creekside", "Brookside",
           "Lakeview", "Fairway", "Homestead", "Frontier", "Heritage", "Foundry", "Tannery",
           "Cannery", "Wharf", "Schooner", "Jefferson", "Fillmore", "Buchanan", "McKinley",
           "Coolidge", "Hoover", "Mustang", "Antelope", "Caribou", "Coyote"]
# (abbreviations a writer uses, the word): the common types, and the postal abbreviations of
# crossings, crescents, landings and traces.
STREET_TYPES = [(["St.", "St"], "Street"), (["St.", "St"], "Street"),
                (["Ave.", "Ave"], "Avenue"), (["Ave.", "Ave"], "Avenue"),
                (["Rd.", "Rd"], "Road"), (["Dr.", "Dr"], "Drive"), (["Ln."], "Lane"),
                (["Blvd."], "Boulevard"), (["Xing"], "Crossing"), (["Cres."], "Crescent"),
                (["Lndg"], "Landing"), (["Trce"], "Trace")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E", "East"), ("W", "West"),
              ("NE", "Northeast"), ("SW", "Southwest")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("Service of the claim should be made at {X}.", True),
                  ("The three-bedroom ranch for sale is at {X}.", False),
                  ("Send payment with the remittance slip to {X}.", True),
                  ("Return unused medicines to the pharmacy at {X}.", False),
                  ("Written objections may be sent to {X}.", True),
                  ("The courier could not find {X}.", False),
                  ("Claims for lost luggage go to {X}.", True),
                  ("The museum's storage annex is at {X}.", False)]


def room_slot(rng) -> tuple[str, list[str]]:
    """In about a third of addresses an apartment, unit or suite (suite), or a suite, building
    or floor (round 100's rooms); else none."""
    if rng.random() < 0.35:
        return rooms(rng) if rng.random() < 0.5 else suite(rng)
    return "", [""]


def address_slot(rng, part, box: bool = False) -> tuple[str, list[str]]:
    """A US address (round 100's, of this round's cities and streets): a house number in
    pairs, a street (numbered now and then), an apartment, unit, suite, building or floor, the
    city, the state's name and the ZIP code (ZIP+4 too) digit by digit; or a post office box."""
    return us_address(rng, part, box, CITIES, STREETS, STREET_TYPES, DIRECTIONS, plus4=0.25,
                      boxes=0.4, numbered=0.12, numbered_types=("Street", "Avenue"),
                      directed=0.3, room_slot=room_slot)


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    return fill(frame, *address_slot(rng, part, box))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Bancroft", "Cavendish", "Devereux", "Greenhalgh", "Ingersoll", "Jennings",
            "Macready", "Northcott", "Pacheco", "Quinlan", "Rafferty", "Stanhope", "Thorndike",
            "Wadsworth", "Xiong", "Yardley", "Zabriskie", "Albright", "Blackburn", "Chatterjee",
            "Dempsey", "Gilmore", "Ibarra", "Jaramillo", "Kapoor", "Lockhart", "Pruitt",
            "Quiroga", "Rinaldi", "Tolliver"]
WOMEN = ["Bernadette", "Cressida", "Drusilla", "Euphemia", "Fenella", "Griselda", "Hermione",
         "Isadora", "Jacinta", "Leonora", "Marisol", "Nerissa", "Ottoline", "Rowena"]
MEN = ["Alaric", "Cosmo", "Dashiell", "Evander", "Florian", "Gareth", "Hamish", "Jethro",
       "Kenelm", "Lysander", "Mortimer", "Orlando", "Septimus", "Tarquin"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings, "the" before it or not): naval, air force and police ranks,
# clergy and the courtesy titles of British ministers and archdeacons.
TITLES = [("Lt. Cmdr.", ["Lieutenant Commander"], False), ("Cdre.", ["Commodore"], False),
          ("Brig.", ["Brigadier"], False), ("CPO", ["Chief Petty Officer", "C P O"], False),
          ("Det. Sgt.", ["Detective Sergeant"], False),
          ("Det. Con.", ["Detective Constable"], False), ("Bp.", ["Bishop"], False),
          ("Abp.", ["Archbishop"], False), ("Assoc. Prof.", ["Associate Professor"], False),
          ("Air Cdre", ["Air Commodore"], False), ("1st Lt.", ["First Lieutenant"], False),
          ("2nd Lt.", ["Second Lieutenant"], False),
          ("Rt. Hon.", ["Right Honourable", "Right Honorable"], True),
          ("Ven.", ["Venerable"], True)]
# Courtesy titles; British style drops the dot ("Dr Xiong").
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Mme.", "Madame")]
TITLE_FRAMES = ["{X} gave evidence on the second day of the trial.",
                "The frigate was under the command of {X}.",
                "The new gallery was opened by {X}.",
                "{X} confirmed the arrest on Friday evening.",
                "Parents received a letter from {X} on Monday.",
                "The memorial service was led by {X}.",
                "{X} has been appointed to the hospital board.",
                "Tributes were paid to {X} at the annual dinner."]
# (abbreviation, word, places, frames that fit them)
PLACES = [("St.", "Saint", ["Pancras", "Leonards", "Brelade", "Ignace", "Simons", "Johns",
                            "Boswells", "Fillans"],
           ["The rescue hovercraft was launched from {X} at first light.",
            "House prices in {X} have doubled in ten years.",
            "The school trip to {X} was called off.",
            "The little museum in {X} reopens next month."]),
          ("Mt.", "Mount", ["Apo", "Semeru", "Merapi", "Rinjani", "Agung", "Lassen", "Elbert",
                            "Greylock", "Monadnock", "Hotham", "Egmont", "Aspiring"],
           ["Ash from {X} grounded flights for two days.",
            "A weather station sits near the top of {X}.",
            "Rescuers reached the stranded climbers high on {X}.",
            "Tour buses queue below {X} every morning."]),
          ("Ft.", "Fort", ["Jackson", "Rucker", "Irwin", "Eustis", "Dix", "Hamilton",
                           "McMurray", "Chipewyan", "Vermilion", "Liard"],
           ["The base at {X} will lose hundreds of jobs.",
            "Recruits graduate at {X} every Friday.",
            "The courthouse in {X} was evacuated.", "A freight train derailed near {X}."])]
# After a full name: (abbreviation, reading, the comma before it: "," always, "" never,
# None either way).
SUFFIXES = [("KC", "K C", ""), ("OBE", "O B E", ""), ("RN", "R N", ","), ("CPA", "C P A", ","),
            ("Jr.", "Junior", None), ("Sr.", "Senior", None), ("IV", "the fourth", "")]
SUFFIX_FRAMES = ["The appeal was argued by {X}.", "The audit was signed off by {X}.",
                 "{X} was named in the honours list.", "The ward is run by {X}."]
FEASTS = ["Ninian", "Petroc", "Kentigern", "Mungo", "Giles", "Botolph", "Aldhelm", "Wulfstan",
          "Chad", "Lawrence", "Dominic", "Barnabas"]
# A title, a saint's church or school and a street in one sentence: {T} the title, {S} the
# surname, {F} the saint, {N} the street.
COMBO_FRAMES = ["{T} {S} will read the banns at St. {F}'s on {N} Ave.",
                "{T} {S} teaches at St. {F}'s School on {N} St.",
                "The St. {F}'s food bank thanked {T} {S} of {N} Rd.",
                "{T} {S} unveiled the new St. {F}'s clinic on {N} Dr."]
STREET_FRAMES = ["Gas engineers dug up {X} on Tuesday.",
                 "A sinkhole has closed {X} to buses.",
                 "The estate agent on {X} has two offers on the house.",
                 "The funeral cortege will pause at the corner of {X}."]


def suffix_row(rng, part, frames, name: str, abbr: str, word: str, comma) -> tuple[str, str]:
    """A full name and what follows it (`abbr`, read `word`: "KC", "Jr.") in one of the
    frames, after a comma where `comma` is "," (where it is None, in four rows of ten)."""
    if comma is None:
        comma = "," if rng.random() < 0.4 else ""
    frame = pick(rng, split(frames, part))
    if comma and not frame.endswith("{X}."):
        frame = frame.replace("{X}", "{X},")
    return fill(frame, f"{name}{comma} {abbr}", [f"{name}{comma} {word}"])


def title(rng, part):
    k = pick(rng, [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words, the = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        first = pick(rng, split(FIRST_NAMES, part)) + " " if the or rng.random() < 0.4 else ""
        art = ("The " if frame.startswith("{X}") else "the ") if the else ""
        return fill(frame, f"{art}{abbr} {first}{sur}", [f"{art}{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        if abbr != "Mme." and rng.random() < 0.4:
            abbr = abbr.rstrip(".")
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        return place_row(rng, part, PLACES)
    if k == 3:
        first = pick(rng, split(FIRST_NAMES, part))
        abbr, word, comma = pick(rng, SUFFIXES)
        if abbr in ("Jr.", "Sr.", "IV"):
            first = pick(rng, split(MEN, part))
        return suffix_row(rng, part, SUFFIX_FRAMES, f"{first} {sur}", abbr, word, comma)
    if k == 4:
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Rev.", "Reverend"), ("Cdre.", "Commodore")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def score_pair(a: int, b: int) -> list[str]:
    """A score, "27-19": "twenty seven nineteen" or "twenty seven to nineteen"; a basketball
    score's hundreds also in pairs ("one twelve to one oh eight")."""
    def said(n):
        out = cards(n)
        if n >= 100:
            out.append(f"{card(n // 100)} " + (f"{card(n % 100)}" if n % 100 >= 10
                                               else f"oh {card(n % 100)}" if n % 100
                                               else "hundred"))
        return out
    return [f"{x}{j}{y}" for x in said(a) for y in said(b) for j in (" ", " to ")]


def rugby_slot(rng) -> tuple[str, list[str]]:
    a = rng.randint(12, 45)
    b = rng.randint(3, a - 1)
    return f"{a}{pick(rng, ['-', '–'])}{b}", score_pair(a, b)


def hoops_slot(rng) -> tuple[str, list[str]]:
    a = rng.randint(95, 131)
    b = a - rng.randint(1, 20)
    return f"{a}-{b}", score_pair(a, b)


def comeback_slot(rng) -> tuple[str, list[str]]:
    """A snooker or darts final won from behind, "10-7 after trailing 3-5": each score
    "ten seven" or "ten to seven"."""
    a = pick(rng, [6, 7, 10, 18])
    b = rng.randint(max(2, a // 2), a - 1)
    y = rng.randint(2, b)
    x = rng.randint(1, y - 1)
    return f"{a}-{b} after trailing {x}-{y}", [f"{f} after trailing {t}" for f in score_pair(a, b)
                                                for t in score_pair(x, y)]


def sets_slot(rng) -> tuple[str, list[str]]:
    """Tennis sets, "6-4, 3-6, 7-5": each said "six four" or "six to four"."""
    sets = []
    for won in pick(rng, [[1, 1], [1, 0, 1], [0, 1, 1]]):
        a, b = pick(rng, [(6, 4), (6, 3), (6, 2), (7, 5), (6, 1), (7, 6)])
        sets.append((a, b) if won else (b, a))
    written = ", ".join(f"{a}-{b}" for a, b in sets)
    return written, [", ".join(f"{card(a)}{j}{card(b)}" for a, b in sets)
                     for j in (" ", " to ")]


def cricket_total_slot(rng) -> tuple[str, list[str]]:
    """A cricket total with wickets, "312/7" or "312-7": "three hundred twelve for seven"
    ("three twelve for seven" too)."""
    runs, wkts = rng.randint(151, 399), rng.randint(2, 9)
    if runs % 100 < 10:
        runs += 10
    heads = cards(runs) + [f"{card(runs // 100)} {card(runs % 100)}"]
    return f"{runs}{pick(rng, ['/', '-'])}{wkts}", [f"{h} for {card(wkts)}" for h in heads]


def gate_slot(rng) -> tuple[str, list[str]]:
    letter, n = pick(rng, "ABCDEF"), rng.randint(2, 48)
    return f"{letter}{n}", [f"{letter} {card(n)}"]


def level_slot(rng) -> tuple[str, list[str]]:
    """A flight level, "FL350": "flight level three five zero" or "three fifty"."""
    n = rng.randrange(240, 420, 10)
    pair = f"{card(n // 100)} {card(n % 100)}" if n % 100 else f"{card(n // 100)} hundred"
    return f"FL{n}", [f"flight level {s}" for s in zero_variants(digits(str(n))) + [pair]]


def runway_slot(rng) -> tuple[str, list[str]]:
    """A runway, "27L": "two seven left" or "twenty seven left"."""
    n = rng.randint(1, 36)
    side, said = pick(rng, [("L", "left"), ("R", "right"), ("C", "center"), ("", "")])
    tail = f" {said}" if said else ""
    num = f"{n:02d}"
    return f"{num}{side}", [f"{d}{tail}" for d in zero_variants(digits(num)) + [card(n)]]


def series_only(name: str):
    def gen(rng, part):
        numbers = [s for s in SERIES if s[0] == name][0][1]
        n = pick(rng, numbers)
        return f"{name} {to_roman(n)}", [f"{name} {card(n)}"]
    return gen


def pence_rate(rng, part) -> tuple[str, list[str]]:
    whole, tenth = rng.randint(12, 36), rng.randint(1, 9)
    return f"{whole}.{tenth}p", [f"{card(whole)} point {card(tenth)} {u}" for u in ("pence", "p")]


def home_price(rng, part):
    """An asking price: "$1.25M", "£740K" or a round sum written out, "$485,000"."""
    if rng.random() < 0.5:
        return big_slot(rng, "MMK")
    sym, unit = pick(rng, [("$", "dollars"), ("£", "pounds")])
    n = rng.randrange(150, 990, 5) * 1000
    return f"{sym}{n:,}", [f"{c} {unit}" for c in cards(n)]


def parcel_range(rng, part):
    a, b, pairs = num_range(rng, 2, 7, 3, 1)
    dash = pick(rng, ["-", "–"])
    return f"{a}{dash}{b}", [f"{x} to {y}" for x, y in pairs]


def body_temp(rng, part):
    sym = pick(rng, ["°F", "°C"])
    unit = [u for u in UNITS if sym in u[0]][0]
    lo, hi = (99, 104) if sym == "°F" else (37, 40)
    return unit_slot(rng, (unit[0], unit[1], unit[2], None, 0.7, True), lo, hi)


# (frame, {slot: generator (rng, part) -> (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The jury deliberated for {A} hours before convicting the {B}-year-old on {C}.",
     {"A": slot(count_slot, 2, 30), "B": slot(age_slot, 18, 70),
      "C": slot(date_slot, 2018, 2025, 0.0, 0.3)}),
    ("The judge fined the haulier {A} and ordered it to pay {B} in costs on {C}.",
     {"A": lambda rng, part: sum_slot(rng, False),
      "B": lambda rng, part: small_price(rng, 800, 9000, 0.0),
      "C": slot(date_slot, 2018, 2025, 0.0, 0.3)}),
    ("Give {A} of the suspension every {B} hours, up to {C} times a day.",
     {"A": unit_gen("mL", 5, 15), "B": slot(count_slot, 4, 8), "C": slot(count_slot, 3, 4)}),
    ("Her blood pressure was {A} and her temperature {B} when she was admitted at {C}.",
     {"A": slot(pressure_slot), "B": body_temp, "C": slot(clock_slot)}),
    ("The {A}-bedroom farmhouse on {B} sold for {C}.",
     {"A": slot(count_slot, 2, 6), "B": unit_gen("acres", 2, 40), "C": home_price}),
    ("Built in {A}, the condo has {B} and is listed at {C}.",
     {"A": slot(year_slot, 1960, 2020), "B": unit_gen("sq ft", 600, 2400),
      "C": home_price}),
    ("Year {A} pupils sit {B} exams over {C} weeks from {D}.",
     {"A": slot(count_slot, 7, 13), "B": slot(count_slot, 8, 25),
      "C": slot(count_slot, 2, 5), "D": slot(date_slot, 2025, 2027, 0.0, 0.5)}),
    ("The borough will spend {A} fixing {B} potholes by {C}.",
     {"A": lambda rng, part: sum_slot(rng, False), "B": slot(count_slot, 500, 9999),
      "C": slot(month_year_slot, 2025, 2028)}),
    ("The probe, launched in {A}, is now {B} from Earth and moving at {C}.",
     {"A": slot(year_slot, 1972, 2020), "B": unit_gen("AU", 5, 160),
      "C": unit_gen("km/s", 10, 20)}),
    ("{A} is due to lift off at {B} on {C}.",
     {"A": series_only("Artemis"), "B": slot(zone_slot, 0.0),
      "C": slot(date_slot, 2025, 2028, 0.5, 0.3)}),
    ("Your {A} parcel will arrive on {B}, in a delivery window of {C}.",
     {"A": unit_gen("kg", 1, 25, True), "B": slot(date_slot, 2025, 2026, 0.0, 0.6),
      "C": lambda rng, part: clock_range(rng, pick(rng, ["-", "–"]))}),
    ("Delivery takes {A} working days and costs {B} for parcels up to {C}.",
     {"A": parcel_range, "B": lambda rng, part: cents_slot(rng),
      "C": unit_gen("kg", 10, 30)}),
    ("A payment of {A} was declined at {B} on {C}.",
     {"A": lambda rng, part: statement_slot(rng), "B": slot(clock_slot),
      "C": slot(date_slot, 2024, 2026, 0.3, 0.3)}),
    ("You used {A} this quarter at {B} per unit, a total of {C}.",
     {"A": unit_gen("kWh", 300, 1400), "B": pence_rate,
      "C": lambda rng, part: statement_slot(rng)}),
    ("Flight {A} climbed to {B} before returning to Gate {C} at {D}.",
     {"A": slot(flight_slot), "B": slot(level_slot), "C": slot(gate_slot),
      "D": slot(zone_slot, 0.0)}),
    ("The {A} landed on runway {B} at {C} after a bird strike.",
     {"A": lambda rng, part: (lambda w, s: (f"Boeing {w}", [f"Boeing {x}" for x in s]))(
         *boeing_slot(rng)) if rng.random() < 0.5 else (lambda w, s: (
             f"Airbus {w}", [f"Airbus {x}" for x in s]))(*airbus_slot(rng)),
      "B": slot(runway_slot), "C": slot(hours_slot)}),
    ("The {A}-century psalter, bought for {B} in {C}, goes back on show on {D}.",
     {"A": slot(ord_slot, 12, 16), "B": lambda rng, part: small_price(rng, 2000, 900000, 0.0),
      "C": slot(year_slot, 1890, 2010), "D": slot(date_slot, 2025, 2027, 0.0, 0.4)}),
    ("The {A}-tonne bulk carrier was {B} off the coast when its engine failed at {C}.",
     {"A": slot(count_slot, 2000, 90000), "B": unit_gen("NM", 3, 60),
      "C": slot(clock_slot, None, 1.0)}),
    ("She hit {A} off {B} balls as the visitors reached {C} in {D} overs.",
     {"A": slot(count_slot, 50, 199), "B": slot(count_slot, 60, 200),
      "C": slot(cricket_total_slot), "D": slot(overs_slot, 40, 49)}),
    ("The Lions won {A} in front of {B} fans, their {C} win in a row.",
     {"A": slot(rugby_slot), "B": slot(count_slot, 5000, 80000),
      "C": slot(ord_slot, 2, 15, "their")}),
    ("The hosts won {A} on {B}, with their center grabbing {C} rebounds.",
     {"A": slot(hoops_slot), "B": slot(date_slot, 2015, 2025, 0.0, 0.5),
      "C": slot(count_slot, 8, 25)}),
    ("She carded a {A} on {B} to finish {C} under par.",
     {"A": slot(count_slot, 62, 75), "B": slot(date_slot, 2015, 2025, 0.0, 0.5),
      "C": slot(count_slot, 4, 15)}),
    ("She won the final {A} in {B} hours {C} minutes.",
     {"A": slot(sets_slot), "B": slot(count_slot, 2, 4), "C": slot(count_slot, 5, 59)}),
    ("He took the title {A} at the interval.", {"A": slot(comeback_slot)}),
]


mixed = mixed_class(MIXED_CLASS_FRAMES)


def main():
    unseen.round_main("r104", None, per_class=24, seed=757, en=en_classes(globals()))


if __name__ == "__main__":
    main()
