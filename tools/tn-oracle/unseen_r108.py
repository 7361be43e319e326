"""Hundred-and-eighth round (issue 33), English, every class at once, written after round 107
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: farming and livestock markets, energy bills and utilities, insurance policies and
claims, cars and car finance, fashion and retail, concerts and bands, charities and
volunteering, parish and county councils, buses and road schemes, archaeology and digs,
fitness and nutrition, home improvement and building. Mostly the formats people type, with a
minority of less usual ones. Counts (and ages, "The driver, 46,", "a 69-year-old volunteer";
"5.1M streams", "350K downloads"; "4x4s", "2-for-1", "3-for-2", "24/7"), ordinals ("its 61st
year", "the 2nd set of traffic lights", "the 15th-century barn", "its 130th anniversary"),
dates (written out, cut short, with weekdays, "Nov 5th", "5th Nov 2025", US "June 7th, 2025"
and "4/18/22", British "27/10/2022", European "26.11.2025", ISO, and council notices' "w/c 3
March"), years (decades, "the mid-'50s", "from 2003 to 2019", "between 1978 and 1981", net
zero "by 2050", seasons "2025/26", "the class of '93" and "since '06", "the 2020s", BC, BCE,
AD and CE, "the 4th century AD", "the 4th millennium BC"), clock times (12-hour and 24-hour,
"06:35", "12 noon", "3 o'clock"; with zones no earlier round used, ACST, ACDT, PHT, MYT, PKT,
NPT, ICT, WIB, and with 24-hour times WEST, CAT, BRT, ART), money (shop prices with cents and
pence, "was £60, now £45"; car prices, "£18,995 OTR"; farm-gate prices, "38p a litre",
"38.5ppl", "£185/t", "$4.35/bu"; an excess or deductible before its noun, "a £250 excess";
bills "£1,849 a year", standing charges "53.35p a day", finance "£299 a month"; Gift Aid, "25p
to every £1"; codes ZAR, THB, BRL, KES, MYR, ILS, IDR, GHS, RON and ISK, signs "R450", "฿1,200",
"KSh 2,500", "RM45", "Rp 50,000"; salaries and sums in millions and billions), measures in the
units of those topics (mpg, bhp, Nm, MW, MWh, kW, t/ha, bu/acre, oz denim, mm plasterboard,
kg, L, km, °C, W, m, g; "5K", "2x4", "14m² per litre", "a 20mph limit", "2.4 x 1.2m", "a
1.2m-deep pit", "a 30in leg"), percentages ("6.9% APR", "0% APR", "4.2% ABV", "100%", British
papers' "9pc", points, "-3.5%"), decimals (pH, U-values, benefit-cost ratios, BMI, drag
coefficients, "5.1" and "7.1.4" surround sound, versions, an index "3,793.4"), phone numbers
(US, with extensions, British five-digit areas and mobiles, "+44 (0)1865 ...", non-geographic
"0300" and freephone "0800", three-digit lines "111", "101", "105", "999", "911", "988",
text-to-give "SPADE to 61579", and numbers in New Zealand, Sweden, Portugal, Greece, Turkey,
Brazil, Poland and Denmark), fractions ("1 in 4", "¾-inch plywood", "⅝\" pipe", time
signatures "3/4" and "6/8", "¾ cup", "1½ cups", "⅓ off", "2½ acres", glyphs and "5/8"),
regnal numerals (dukes of Bohemia, kings of Portugal, Serbia, Romania, Sweden, Norway,
Assyria, Armenia and Persia, grand princes of Kyiv, rulers of Wallachia and Moldavia, a
pharaoh, Kushan, Vijayanagara and Aztec rulers, sultans of Brunei and Sokoto, a kabaka, Roman
and Coptic popes, a catholicos, a mansa of Mali, "Jan III Sobieski") and series numerals
(films "Creed III", "Scream VI", "Jurassic Park III", "Hellboy II"; albums "Toto IV",
"Chicago VII"; "Band Aid II"; "Boyz II Men"; "Land Rover Series III"; car marks "Escort Mk
II", "Supra Mk4"; "the XIV Paralympic Winter Games"), ranges ("8-12 reps", "Sizes 8-18",
"every 10-15 mins", "20-25%", "18-22°C", "38-44kg", "2400-2100 BC", "AD 43-410",
"2025-2035" and "2025-35", opening hours and days, "16-19 September", "£28-32k",
"£5,000-£8,000"), web addresses, e-mail, handles and hashtags (.ie, .nl, .se, .fi, .es,
.farm, .energy, .music, .shop, .coop, .charity, .gov.uk, .fit, .auto, .band, .garden,
.builders; "bethan.parry@..."), addresses (US, with county roads and highways, "RR 2 Box 45"
rural routes, suites, ZIP+4 and P.O. boxes; British with postcodes, flats and units; Irish
with "Co." and Eircodes; New Zealand with "Tce" and postcodes), titles and abbreviations
(PCSO, L/Cpl, Pte, "1st Lt.", "2nd Lt.", DS, DI, ACC, Chmn, VP, "Hon. Sec.", "Ch. Exec.";
MBE, BEM, MEP, FRICS, MRCVS, RIBA, PhD, BSc, FCA after a name; "Gt", "Lwr" and "Mkt" before
a place, "Rly", "Ind. Est." and "Bus. Pk" after one; "etc.", "e.g.", "i.e.", "c/o", "w/c",
"Bros.", "& Sons Ltd", "P&P", "Tel.", "Qty", "Cttee", "& Co."; "No. 3", "#3"; street types
and "St." as Saint) and mixed sentences with two to four numbers of different kinds (lamb
prices, dates and head of stock; engines, "0-62mph", seconds and mpg; show times, dates,
tickets and fees; premiums and instalments; solar farms; litter picks; bus routes; trenches,
sherds and coins; lifts and ages; servings; road budgets; loft conversions; tractors at
auction; parish precepts; heat pump grants; volunteer hours; delivery slots; digs; gig
timings; bypasses; herds and butterfat; claims; porridge). Frames and words are new: no
sentence, noun, name, street, city, host or ruler here was used by a committed English set
(checked against the inputs of every tn-unseen/*en*.tsv, rounds 104 and 106 included, and
the word lists of every earlier round script; months, weekdays, states, street types,
courtesy titles, units, currencies, the series words of sport and .com/.org recur). Labels
are English as a newsreader speaks it, from first principles; where English has two usual
readings all are accepted, written " ‖ " between them ("nought to sixty two miles per hour ‖
zero to sixty two miles per hour", "a thousand pound excess ‖ a one thousand pound excess",
"three four time ‖ three quarter time", "twenty mile an hour limit ‖ twenty miles per hour
limit", "week commencing the third of March ‖ week commencing March third", "for example ‖
e g"). The "and" after hundred or thousand, "oh" for a zero and letters said one by one are
folded by the comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r108.py [--per-class 24] [--seed 791]

writes crates/text-normalizer/tests/data/tn-unseen/r108-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import MONTHS, cards, house, point_zero, to_roman, two_years, with_written, \
    year_readings, zero_variants
from unseen_r98 import (clock_slot, count_slot, decimal_slot, fill, fill_slots, fraction_slot,
                        mixed_number_slot, old_year, ord_slot, pct_slot, slot, suite)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (MONTH_SHORT, age_slot, box_slot, clock_range, date_slot, decade_slot,
                         minus_slot, plain_digits, points_slot, version_slot, year_slot)
from unseen_r100 import STREET_WORDS as STREET_ABBRS
from unseen_r102 import salary_slot
from unseen_r104 import (british_numeric, days_slot, extension_slot, num_range, tax_year_slot,
                         unit_slot)
from unseen_r106 import (century_slot, date_range_slot, day_month, dotted_slot, early_slot,
                         era_year, half_range_slot, k_short_slot, modern_decade, oclock_slot,
                         possessive, stat_slot, uk5_slot, us_short_slot, us_suffix_slot)
from unseen_r106 import web_slot as r106_web_slot
from unseen_r106 import zone_slot as r106_zone_slot


def said_cents(whole: int, c: int, unit: str, one: str, small: str) -> list[str]:
    """A sum with cents or pence as people say it: "four dollars and thirty five cents",
    "four dollars thirty five (cents)", "four thirty five"; one of the unit is singular."""
    w, s = card(whole), card(c)
    u = one if whole == 1 else unit
    return [f"{w} {u} {s}", f"{w} {u} and {s} {small}", f"{w} {u} {s} {small}", f"{w} {s}"]


def attributive(n: int) -> list[str]:
    """A number before a noun after "a": "a one thousand pound excess" or "a thousand pound
    excess" (the article is the number's own "a")."""
    return [c for c in cards(n) if not c.startswith("a ")] + \
        [c[2:] for c in cards(n) if c.startswith("a ")]


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("The hill farm lost {X} in the late snow.", ["ewes", "hoggs", "lambs"], 999,
                 False),
                ("Engineers had reconnected {X} by midnight.", ["properties", "premises"],
                 99999, False),
                ("The carmaker is recalling {X} over a faulty seatbelt buckle.",
                 ["hatchbacks", "minivans", "crossovers"], 999999, True),
                ("The outlet is clearing {X} before the spring range arrives.",
                 ["cardigans", "blazers", "parkas"], 9999, False),
                ("The choir will be joined by {X} for the finale.",
                 ["trumpeters", "cellists", "drummers"], 60, False),
                ("Volunteers packed {X} for the food bank's winter appeal.", ["hampers"], 9999,
                 False),
                ("The dig has turned up {X} so far this season.", ["sherds", "flints", "beads"],
                 9999, False),
                ("The council plans to plant {X} along the ring road.",
                 ["rowans", "hornbeams", "whips"], 9999, False),
                ("The gym has added {X} to its free-weights area.", ["dumbbells", "barbells"],
                 99, False),
                ("Each pallet holds {X}.", ["paving slabs", "kerbstones"], 999, False),
                ("The new timetable adds {X} to the Sunday service.", ["journeys"], 99, False),
                ("The loss adjusters have visited {X} since the flash floods.",
                 ["farmhouses", "properties"], 9999, False),
                ("The festival campsite has room for {X}.", ["campervans", "motorhomes"], 9999,
                 False),
                ("The breeder sold {X} at the autumn sale.", ["heifers", "bullocks", "gilts"],
                 999, False)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The driver, {X}, was treated at the scene for minor injuries.", 19, 78),
              ("The farmer, {X}, has kept sheep on the fell all his working life.", 40, 85),
              ("{a} {X}-year-old volunteer has been made an honorary life member.", 60, 95),
              ("The drummer, {X}, joined the band straight out of school.", 18, 40),
              ("The skeleton is that of a woman aged about {X}.", 20, 50),
              ("Drivers must be aged {X} or over to hire the minibus.", 21, 25),
              ("The {X}-year-old apprentice won the regional bricklaying final.", 17, 24),
              ("The chairman of the parish council, {X}, is standing down.", 55, 88)]
# Streams and downloads: "48K streams", "1.2M downloads".
STAT_FRAMES = [("The charity single has passed {X}.", "streams"),
               ("The workout app has clocked up {X}.", "downloads")]
# Counts written the short way: (frame, written forms, readings)
SHORT_COUNTS = [("The dealer specialises in used {X} and vans.", ["4x4s", "4×4s"],
                 ["four by fours"]),
                ("The cinema runs a {X} offer on Tuesdays.", ["2-for-1", "2 for 1"],
                 ["two for one"]),
                ("The gym on the retail park is open {X}.", ["24/7", "24-7"],
                 ["twenty four seven", "twenty four hours a day, seven days a week"]),
                ("The garden centre has a {X} deal on bedding plants.", ["3-for-2", "3 for 2"],
                 ["three for two"])]


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.25:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.33:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.39:
        frame, forms, said = pick(rng, split(SHORT_COUNTS, part))
        return fill(frame, pick(rng, forms), said)
    frame, nouns, most, millions = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, nouns)
    if millions and rng.random() < 0.3:
        whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
        spoken = [f"{card(whole)} point {card(tenth)} million {noun}"]
        if tenth == 5:
            spoken.append(f"{card(whole)} and a half million {noun}")
        return fill(frame, f"{whole}.{tenth} million {noun}", spoken)
    w, said = count_slot(rng, hi=most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The ploughing match is now in its {X} year.", 2, 120),
                  ("The band played the {X} night of its residency on Friday.", 2, 30),
                  ("Our charity shop opens its {X} branch next month.", 2, 30),
                  ("The county show celebrates its {X} anniversary this summer.", 50, 180),
                  ("Turn right at the {X} set of traffic lights.", 2, 4),
                  ("The hatchback is now in its {X} generation.", 2, 9),
                  ("She finished {X} in the veterans' race.", 1, 30),
                  ("The coin came from the {X} season of digging at the villa.", 2, 40),
                  ("Skip to the {X} track for the title song.", 2, 14),
                  ("Thank you for renewing your policy for the {X} year running.", 2, 25),
                  ("The {X}-century barn has been turned into holiday lets.", 15, 19),
                  ("The route was ranked the {X} busiest in the county.", 2, 10),
                  ("The ewe gave birth to her {X} set of twins.", 2, 6),
                  ("Our {X} annual sponsored walk raised a record sum.", 2, 60),
                  ("The heat pump grant is in its {X} round of funding.", 2, 8),
                  ("The bridal boutique is on the {X} floor of the arcade.", 1, 3)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The harvest supper will be held on {X}.", 2025, 2026),
               ("Your home insurance policy renews on {X}.", 2025, 2027),
               ("The bypass opened to traffic on {X}.", 1965, 2024),
               ("The orchestra's open rehearsal takes place on {X}.", 2025, 2026),
               ("The hoard was declared treasure on {X}.", 2010, 2024),
               ("Your new boiler will be fitted on {X}.", 2025, 2026),
               ("The carmaker issued the recall notice on {X}.", 2019, 2025),
               ("Consultation on the bus network review closes on {X}.", 2025, 2026),
               ("The autumn collection arrives in stores on {X}.", 2025, 2026),
               ("The charity was registered on {X}.", 1962, 2024),
               ("Please send us a meter reading on {X}.", 2025, 2026),
               ("The barn conversion won planning permission on {X}.", 2015, 2025)]
# "w/c 3 March": week commencing, in council and school notices.
WEEK_FRAMES = [("Garden waste collections restart {X}.", 2025, 2026),
               ("Resurfacing work on the bypass begins {X}.", 2025, 2026)]


def short_suffix_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A month cut short with the day's ending, as e-mails write it: "Nov 5th", "Nov. 5th,
    2025", "5th Nov 2025"."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    short = pick(rng, MONTH_SHORT[m])
    said = day_month(d, MONTHS[m - 1])
    has_year = rng.random() < 0.5
    if rng.random() < 0.6:
        written = f"{short} {d}{ord_suffix(d)}" + (f", {y}" if has_year else "")
    else:
        written = f"{d}{ord_suffix(d)} {short.rstrip('.')}" + (f" {y}" if has_year else "")
    if has_year:
        said = [f"{s} {r}" for s in said for r in year_readings(y)]
    return written, said


def week_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """"w/c 3 March", "w/c 3rd March", "w/c Monday 3 March": "week commencing the third of
    March" (or "March third")."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    month = MONTHS[m - 1]
    said = day_month(d, month)
    k = rng.randrange(3)
    if k == 0:
        written = f"{d} {month}"
    elif k == 1:
        written = f"{d}{ord_suffix(d)} {month}"
    else:
        day = datetime.date(y, m, d).strftime("%A")
        written = f"{day} {d} {month}"
        said = [f"{day} {s}" for s in said]
    mark = pick(rng, ["w/c", "w/c", "W/C"])
    return f"{mark} {written}", [f"week commencing {s}" for s in said]


def date(rng, part):
    k = rng.random()
    if k < 0.06:
        frame, first, last = WEEK_FRAMES[0 if part == "dev" else 1]
        return fill(frame, *week_slot(rng, first, last))
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    if k < 0.18:
        return fill(frame, *british_numeric(rng, first, last))
    if k < 0.3:
        return fill(frame, *us_suffix_slot(rng, first, last))
    if k < 0.36:
        return fill(frame, *us_short_slot(rng, first, last))
    if k < 0.44:
        return fill(frame, *short_suffix_slot(rng, first, last))
    if k < 0.48:
        return fill(frame, *dotted_slot(rng, first, last))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.3))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The tractor in the museum was built in {X}.", 1920, 1985),
               ("The farm has been in the family since {X}.", 1700, 1960),
               ("The power station was decommissioned in {X}.", 1965, 2022),
               ("The mutual insurer was founded in {X}.", 1820, 1990),
               ("The label first released the album in {X}.", 1955, 2015),
               ("The branch line closed to passengers in {X}.", 1930, 1975),
               ("The outfitter's shop has traded on the high street since {X}.", 1840, 1990),
               ("The town hall was rebuilt in {X}.", 1700, 1990)]
FROM_FRAMES = [("The old rectory was a youth hostel from {X}.", 1935, 2005),
               ("The estate car was built at the plant from {X}.", 1955, 2005)]
BETWEEN_FRAMES = ["The hedgerows along the lane were grubbed up between {X}.",
                  "Membership of the male voice choir doubled between {X}."]
# Archaeology: (frame, eras)
ERA_FRAMES = [("The flint scatter by the river dates to around {X}.", ["BC", "BCE"]),
              ("The villa's bathhouse was built in about {X}.", ["AD", "CE"]),
              ("Charcoal from the lowest layer dates to around {X}.", ["BC"]),
              ("A purse of silver was hidden under the floor in {X}.", ["AD", "CE"])]
CENTURY_FRAMES = [("The field system was laid out in the {X}.", ["BC", "AD"]),
                  ("The cemetery stayed in use until the {X}.", ["AD", "CE"])]
MILLENNIUM_FRAMES = ["The causewayed enclosure dates from the {X}.",
                     "Flint mining on the heath began in the {X}."]
TARGET_FRAMES = ["The county council has pledged to reach net zero by {X}.",
                 "Sales of new petrol cars are due to end in {X}."]
SEASON_FRAMES = ["Season tickets for the {X} campaign go on sale in May.",
                 "The orchestra's {X} season opens with a Mahler symphony."]
CLASS_FRAMES = ["The reunion is for the class of {X}.",
                "The farm shop has been open since {X}."]
MODERN_FRAMES = ["Vinyl sales have climbed in every year of {X}.",
                 "Farm incomes were squeezed through {X}."]


def millennium_slot(rng) -> tuple[str, list[str]]:
    n = rng.randint(2, 6)
    era = pick(rng, ["BC", "BCE"])
    return f"{n}{ord_suffix(n)} millennium {era}", [f"{ordw(n)} millennium {' '.join(era)}"]


def class_slot(rng) -> tuple[str, list[str]]:
    """A year cut to two digits after an apostrophe: "'98" ("ninety eight"), "'05" ("oh
    five")."""
    n = pick(rng, [rng.randint(70, 99), rng.randint(1, 9), rng.randint(10, 19)])
    mark = pick(rng, ["'", "’"])
    return f"{mark}{n:02d}", [card(n) if n >= 10 else f"oh {card(n)}"]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.09:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(3, 20)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.15:
        a = rng.randint(1960, 2018)
        b = a + rng.randint(3, 12)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.27:
        frame, eras = pick(rng, split(ERA_FRAMES, part))
        return fill(frame, *era_year(rng, pick(rng, eras)))
    if k < 0.32:
        frame, eras = CENTURY_FRAMES[i]
        return fill(frame, *century_slot(rng, pick(rng, eras)))
    if k < 0.35:
        return fill(MILLENNIUM_FRAMES[i], *millennium_slot(rng))
    if k < 0.42:
        y = pick(rng, [2028, 2030, 2030, 2035, 2040, 2045, 2050])
        return fill(TARGET_FRAMES[i], str(y), year_readings(y))
    if k < 0.48:
        return fill(SEASON_FRAMES[i], *tax_year_slot(rng))
    if k < 0.53:
        return fill(CLASS_FRAMES[i], *class_slot(rng))
    if k < 0.57:
        return fill(MODERN_FRAMES[i], *modern_decade(rng))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.7:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, max(first, 1900) if rng.random() < 0.6 else first, last))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that. No earlier round
# used these.
ZONES = [("ACST", ["A C S T", "Australian Central Standard Time"]),
         ("ACDT", ["A C D T", "Australian Central Daylight Time"]),
         ("PHT", ["P H T", "Philippine Time", "Philippine Standard Time"]),
         ("MYT", ["M Y T", "Malaysia Time"]),
         ("PKT", ["P K T", "Pakistan Standard Time", "Pakistan Time"]),
         ("NPT", ["N P T", "Nepal Time"]),
         ("ICT", ["I C T", "Indochina Time"]),
         ("WIB", ["W I B", "Western Indonesia Time", "Western Indonesian Time"])]
# Zones given with 24-hour times.
ZONES_24 = [("WEST", ["W E S T", "Western European Summer Time"]),
            ("CAT", ["C A T", "Central Africa Time"]),
            ("BRT", ["B R T", "Brasilia Time", "Brasília Time"]),
            ("ART", ["A R T", "Argentina Time"])]
# (frame, the half of the day that fits it, or None for either)
TIME_FRAMES = [("The farmers' market opens at {X} on Saturdays.", "AM"),
               ("Doors for the gig open at {X}.", "PM"),
               ("Milking starts at {X} every day, whatever the weather.", "AM"),
               ("The power will be switched off at {X} while engineers work on the line.", None),
               ("The planning committee meets at {X} in the council chamber.", None),
               ("The clearance sale starts at {X} sharp.", "AM"),
               ("Our claims helpline is open until {X} on weekdays.", "PM"),
               ("The last bus from the retail park leaves at {X}.", "PM"),
               ("Spin classes start at {X} on weekdays.", None),
               ("Registration for the fun run opens at {X}.", "AM"),
               ("Guided tours of the excavation leave the visitor centre at {X}.", None),
               ("Your engineer will arrive by {X}.", None)]
# Times given with a zone: events watched from abroad.
ZONE_FRAMES = ["The online livestock auction starts at {X}.",
               "The band's livestream begins at {X}.",
               "The webinar on crop insurance starts at {X}.",
               "Our overseas claims line opens at {X}."]


def zone_slot(rng, h24: float = 0.35) -> tuple[str, list[str]]:
    """Round 106's `zone_slot` of this round's zones: 12-hour ("7:30 p.m. PHT") or 24-hour
    ("14:35 CAT", "1435 CAT", read "fourteen thirty five")."""
    return r106_zone_slot(rng, h24, ZONES, ZONES_24)


def noon_slot(rng) -> tuple[str, list[str]]:
    """"12 noon", "12 midday": "twelve noon" or just "noon"."""
    word = pick(rng, ["noon", "noon", "midday"])
    return f"12{pick(rng, [' ', ' ', ''])}{word}", [f"twelve {word}", word]


def clock(rng, part):
    k = rng.random()
    if k < 0.22:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    frame, half = pick(rng, split(TIME_FRAMES, part))
    if k < 0.4 and half != "PM":
        return fill(frame, *early_slot(rng))
    if k < 0.46 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.5 and half != "AM":
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("The merino jumper is down to {X} in the sale.", 25, 90),
                 ("A tin of the exterior wood paint costs {X}.", 12, 45),
                 ("The protein bars are {X} each at the gym.", 1, 3),
                 ("Concert programmes are {X} from the merchandise stand.", 5, 15),
                 ("A dozen free-range eggs at the farm gate costs {X}.", 2, 5),
                 ("The seed potatoes are {X} a bag.", 3, 9)]
CAR_FRAMES = ["The entry-level hatchback starts at {X}.",
              "The electric pickup is priced from {X}."]
# Farm gate and market prices: milk a litre, wheat a tonne, corn a bushel.
MILK_FRAMES = ["Dairies are now paying {X} for standard milk.",
               "The co-op's milk price rises to {X} from next month."]
WHEAT_FRAMES = ["Feed wheat traded at {X} on Friday.",
                "Malting barley is fetching {X} for harvest delivery."]
BUSHEL_FRAMES = ["Corn futures closed at {X} on Tuesday.",
                 "Local elevators were bidding {X} for soybeans."]
EXCESS_FRAMES = [("The policy comes with {a} {X} excess.", "£", "pound"),
                 ("The plan carries {a} {X} deductible.", "$", "dollar")]
BILL_FRAMES = ["The typical dual-fuel bill will fall to {X}.",
               "Comprehensive cover for the hatchback costs {X}."]
STANDING_FRAMES = ["The electricity standing charge is now {X}.",
                   "The gas standing charge goes up to {X} in April."]
MONTHLY_FRAMES = ["The hatchback is available on finance for {X}.",
                  "Just {X} could pay for a hedgehog's care at the rescue centre."]
GIFT_FRAMES = ["Gift Aid adds {A} to every {B} you give.",
               "With Gift Aid, every {B} you give is worth {A} to the hospice."]
POUND = ("pounds", "pound", "pence")
# Codes before or after a sum: (code, readings of the unit). No earlier round used these.
CODES = [("ZAR", ["rand", "South African rand"]), ("THB", ["baht", "Thai baht"]),
         ("BRL", ["reais", "Brazilian reais", "Brazilian real"]),
         ("KES", ["Kenyan shillings", "shillings"]), ("MYR", ["ringgit", "Malaysian ringgit"]),
         ("ILS", ["shekels", "Israeli shekels", "new shekels"]),
         ("IDR", ["rupiah", "Indonesian rupiah"]), ("GHS", ["cedis", "Ghanaian cedis"]),
         ("RON", ["lei", "Romanian lei"]), ("ISK", ["kronur", "Icelandic kronur", "krónur",
                                                    "Icelandic krónur"])]
# Signs written before the number: (sign, readings of the unit).
SIGNS = [("R", ["rand"]), ("฿", ["baht"]), ("KSh ", ["Kenyan shillings", "shillings"]),
         ("RM", ["ringgit"]), ("Rp ", ["rupiah"])]
ABROAD_FRAMES = ["The village's new borehole cost {X}.",
                 "The co-operative paid its growers {X} last month."]
WAS_FRAMES = ["Leather ankle boots: was {A}, now {B}.",
              "Cordless drill, was {A}, now only {B}."]
SALARY_FRAMES = ["The herd manager's job pays {X}.",
                 "Tour managers with the promoter earn {X}."]
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The county council has set aside {X} for road repairs.", False),
                      ("The solar farm will cost {X} to build.", False),
                      ("Insurers expect to pay out {X} after the floods.", True),
                      ("The fashion chain's sales topped {X} last year.", True),
                      ("The festival brought {X} into the local economy.", False),
                      ("The hospice appeal has raised {X} so far.", False)]


def retail_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A shop price, whole or with cents or pence: "£34.99" ("thirty four pounds ninety nine",
    "thirty four ninety nine"), "$2.50", "€12"."""
    sym, unit, one, small = pick(rng, [("£", "pounds", "pound", "pence"),
                                       ("$", "dollars", "dollar", "cents"),
                                       ("£", "pounds", "pound", "pence"),
                                       ("€", "euros", "euro", "cents")])
    whole = rng.randint(lo, hi)
    if rng.random() < 0.3:
        return f"{sym}{whole}", [f"{c} {one if whole == 1 else unit}" for c in cards(whole)]
    c = pick(rng, [99, 99, 95, 50, 49, 25, 75, 20, 80, 40, 60])
    return f"{sym}{whole}.{c:02d}", said_cents(whole, c, unit, one, small)


def car_price_slot(rng) -> tuple[str, list[str]]:
    """A car's list price: "£18,995", "$32,450", now and then "on the road" ("£18,995 OTR")."""
    sym, unit = pick(rng, [("£", "pounds"), ("$", "dollars"), ("£", "pounds")])
    n = rng.randrange(14995, 59995, 500) + pick(rng, [0, 0, 450])
    said = [f"{c} {unit}" for c in cards(n)]
    if sym == "£" and rng.random() < 0.3:
        return f"£{n:,} OTR", [f"{s} {t}" for s in said for t in ("O T R", "on the road")]
    return f"{sym}{n:,}", said


def milk_slot(rng) -> tuple[str, list[str]]:
    """A milk price: "38p a litre", "38p/litre", "38.5ppl" ("thirty eight point five pence
    per litre", "... and a half pence")."""
    n = rng.randint(30, 46)
    if rng.random() < 0.4:
        tenth = pick(rng, [5, 5, 25, 75, rng.randint(1, 9)])
        num = f"{n}.{tenth}"
        heads = [f"{card(n)} point {digits(str(tenth))}"]
        if tenth == 5:
            heads.append(f"{card(n)} and a half")
        if tenth in (25, 75):
            heads.append(f"{card(n)} and {'a quarter' if tenth == 25 else 'three quarters'}")
    else:
        num, heads = str(n), [card(n)]
    litres = ("litre", "liter")
    if rng.random() < 0.35:
        return f"{num}ppl", ([f"{h} pence per {l}" for h in heads for l in litres]
                             + [f"{h} p p l" for h in heads])
    per = pick(rng, [" a litre", "/litre", " per litre"])
    written = f"{num}p{per}"
    said = [f"{h} {p} {a} {l}" for h in heads for p in ("pence", "p")
            for a in ("a", "per") for l in litres]
    return written, said


def wheat_slot(rng) -> tuple[str, list[str]]:
    """A grain price a tonne: "£185/t", "£185 a tonne", "£185.50/tonne"."""
    n = rng.randint(150, 260)
    per = pick(rng, ["/t", " a tonne", "/tonne", " per tonne"])
    tails = ("a tonne", "per tonne")
    if rng.random() < 0.3:
        c = pick(rng, [50, 25, 75])
        return f"£{n}.{c:02d}{per}", [f"{h} {t}" for h in said_cents(n, c, "pounds", "pound",
                                                                        "pence")
                                      for t in tails]
    return f"£{n}{per}", [f"{c} pounds {t}" for c in cards(n) for t in tails]


def bushel_slot(rng) -> tuple[str, list[str]]:
    """A grain price a bushel: "$4.35 a bushel", "$10.12/bu"."""
    whole, c = rng.randint(3, 12), rng.randint(11, 99)
    per = pick(rng, [" a bushel", "/bu", " per bushel", "/bushel"])
    return f"${whole}.{c:02d}{per}", [f"{h} {t}" for h in said_cents(whole, c, "dollars",
                                                                     "dollar", "cents")
                                      for t in ("a bushel", "per bushel")]


def excess_slot(rng, sym: str, unit: str) -> tuple[str, list[str]]:
    """An excess or deductible before its noun: "a £250 excess" ("a two hundred and fifty
    pound excess"), "a $1,000 deductible" ("a thousand dollar deductible")."""
    n = pick(rng, [100, 150, 200, 250, 250, 350, 400, 500, 500, 750, 1000, 1500, 2000])
    return f"{sym}{with_written(n, rng, 0.6)}", [f"{c} {unit}" for c in attributive(n)]


def bill_slot(rng) -> tuple[str, list[str]]:
    """A yearly sum: "£1,849 a year", "£1,849 per year", "£612/yr"."""
    n = rng.randint(350, 2400)
    per = pick(rng, [" a year", " per year", "/yr", " a year", "/year"])
    return f"£{with_written(n, rng, 0.8)}{per}", [f"{c} pounds {t}" for c in cards(n)
                                                  for t in ("a year", "per year")]


def standing_slot(rng) -> tuple[str, list[str]]:
    """A standing charge in pence a day, "53.35p a day": "fifty three point three five pence
    a day"."""
    n, frac = rng.randint(24, 65), f"{rng.randint(1, 9)}{rng.randint(1, 9)}"
    if rng.random() < 0.3:
        frac = frac[0]
    per = pick(rng, [" a day", " per day", "/day"])
    return f"{n}.{frac}p{per}", [f"{card(n)} point {digits(frac)} {p} {t}"
                                 for p in ("pence", "p") for t in ("a day", "per day")]


def monthly_slot(rng, part) -> tuple[str, list[str]]:
    """A sum a month: finance, "£299 a month", "£249/month", "£189.99 per month"; a gift,
    "£5 a month", "£2.50 a month"."""
    per = pick(rng, [" a month", " per month", "/month", " a month"])
    tails = ("a month", "per month")
    if part == "dev":
        whole, c = rng.randrange(149, 600, 10), pick(rng, [0, 0, 99])
    else:
        whole, c = rng.randint(2, 25), pick(rng, [0, 0, 0, 50])
    if c:
        return f"£{whole}.{c}{per}", [f"{h} {t}" for h in said_cents(whole, c, *POUND)
                                      for t in tails]
    return f"£{whole}{per}", [f"{x} pounds {t}" for x in cards(whole) for t in tails]


def pence_or_pounds(total: int) -> tuple[str, list[str]]:
    """A sum given in pence: "25p" ("twenty five pence", "twenty five p"), "£2.50", "£5"."""
    whole, c = divmod(total, 100)
    if not whole:
        return f"{c}p", [f"{card(c)} pence", f"{card(c)} p"]
    if not c:
        return f"£{whole}", [f"{x} {'pound' if whole == 1 else 'pounds'}" for x in cards(whole)]
    return f"£{whole}.{c:02d}", said_cents(whole, c, *POUND)


def gift_slots(rng, part) -> dict:
    """Gift Aid: what it adds to a gift ("25p to every £1", read "every pound" or "every one
    pound"; "£2.50 to every £10") or what the gift is then worth ("every £10 ... is worth
    £12.50")."""
    n = pick(rng, [1, 1, 2, 4, 10, 20, 50, 100])
    gift = [f"{x} pounds" for x in cards(n)] if n > 1 else ["pound", "one pound"]
    return {"A": pence_or_pounds(n * (25 if part == "dev" else 125)),
            "B": (f"£{n}", gift)}


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("ZAR 1,250", "4,500 THB", ".00" now and then)
    or a sign before it ("R450", "฿1,200", "KSh 2,500")."""
    n = rng.randrange(150, 99999, pick(rng, [50, 100, 10]))
    if rng.random() < 0.6:
        code, units = pick(rng, CODES)
        num = with_written(n, rng, 0.8) + pick(rng, ["", "", ".00"])
        written = f"{code} {num}" if rng.random() < 0.6 else f"{num} {code}"
    else:
        sign, units = pick(rng, SIGNS)
        written = f"{sign}{with_written(n, rng, 0.8)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def was_slots(rng, part) -> dict:
    """A sale price and the old one: "was £60, now £45", "$129.99", "€80"."""
    sym, units, small = pick(rng, [("£", "pounds", "pence"), ("$", "dollars", "cents"),
                                   ("€", "euros", "cents")])
    a = rng.randrange(30, 250, 5)
    b = a - rng.randrange(5, a // 2 + 5, 5)
    if rng.random() < 0.4:
        return {"A": (f"{sym}{a - 1}.99", said_cents(a - 1, 99, units, units[:-1], small)),
                "B": (f"{sym}{b - 1}.99", said_cents(b - 1, 99, units, units[:-1], small))}
    return {"A": (f"{sym}{a}", [f"{c} {units}" for c in cards(a)]),
            "B": (f"{sym}{b}", [f"{c} {units}" for c in cards(b)])}


def big_sum(rng, large: bool) -> tuple[str, list[str]]:
    """A large sum in pounds, dollars or euros: "£850,000", "$4.2m", "€12 million", and
    where it fits "£1.3bn" ("one point three billion pounds")."""
    sym, units = pick(rng, [("£", ["pounds"]), ("£", ["pounds"]), ("$", ["dollars"]),
                            ("€", ["euros", "euro"])])
    k = rng.random()
    if k < 0.25:
        n = rng.randrange(120000, 990000, 5000)
        return f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in units]
    scale, word = pick(rng, [("m", "million"), ("m", "million"), (" million", "million")]
                       + ([("bn", "billion"), (" billion", "billion")] if large else []))
    if k < 0.65:
        whole, tenth = rng.randint(1, 40), rng.randint(1, 9)
        said = [f"{card(whole)} point {card(tenth)} {word} {u}" for u in units]
        if tenth == 5:
            said += [f"{card(whole)} and a half {word} {u}" for u in units]
        return f"{sym}{whole}.{tenth}{scale}", said
    n = rng.randint(2, 99) if rng.random() < 0.8 else rng.randrange(100, 950, 10)
    return f"{sym}{n}{scale}", [f"{c} {word} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.16:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.24:
        return fill(CAR_FRAMES[i], *car_price_slot(rng))
    if k < 0.3:
        return fill(MILK_FRAMES[i], *milk_slot(rng))
    if k < 0.35:
        return fill(WHEAT_FRAMES[i], *wheat_slot(rng))
    if k < 0.39:
        return fill(BUSHEL_FRAMES[i], *bushel_slot(rng))
    if k < 0.46:
        frame, sym, unit = EXCESS_FRAMES[i]
        return fill(frame, *excess_slot(rng, sym, unit))
    if k < 0.53:
        return fill(BILL_FRAMES[i], *bill_slot(rng))
    if k < 0.57:
        return fill(STANDING_FRAMES[i], *standing_slot(rng))
    if k < 0.63:
        return fill(MONTHLY_FRAMES[i], *monthly_slot(rng, part))
    if k < 0.66:
        return fill_slots(GIFT_FRAMES[i], gift_slots(rng, part))
    if k < 0.73:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.79:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    if k < 0.84:
        return fill(SALARY_FRAMES[i], *salary_slot(rng))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

# (symbols a writer uses, singulars, plurals, [(dev frame, smallest, largest, before a
# noun), (held frame, ...)], share of decimals, whether it may be written without a space).
# Metres and meters are folded alike by the comparison; litres and liters are listed.
UNITS = [(["mpg"], ["mile per gallon", "M P G"], ["miles per gallon", "M P G"],
          [("The diesel estate returns up to {X} on a long run.", 45, 68, False),
           ("Owners report about {X} around town.", 25, 42, False)], 0.3, False),
         (["bhp"], ["brake horsepower", "B H P"], ["brake horsepower", "B H P"],
          [("The hot hatch produces {X}.", 180, 320, False),
           ("The tractor's engine develops {X}.", 90, 420, False)], 0.0, True),
         (["Nm"], ["newton meter"], ["newton meters"],
          [("The electric motor delivers {X} of torque.", 200, 650, False),
           ("The pickup's diesel makes {X} at low revs.", 350, 900, False)], 0.0, True),
         (["MW"], ["megawatt"], ["megawatts"],
          [("The solar farm will generate up to {X}.", 20, 500, False),
           ("The wind farm off the headland is rated at {X}.", 100, 900, False)], 0.2, True),
         (["MWh"], ["megawatt hour"], ["megawatt hours"],
          [("The battery site can store {X}.", 50, 800, False),
           ("The anaerobic digester supplies {X} a year to the grid.", 2000, 90000, False)],
          0.0, True),
         (["kW"], ["kilowatt"], ["kilowatts"],
          [("Most home chargers deliver {X}.", 3, 22, False),
           ("The farmhouse has {a} {X} heat pump.", 5, 16, True)], 0.3, True),
         (["t/ha"], ["tonne per hectare"], ["tonnes per hectare"],
          [("Winter wheat yielded {X} on the trial plots.", 6, 12, False),
           ("Spring barley averaged {X} across the estate.", 4, 9, False)], 0.6, False),
         (["bu/acre", "bu/ac"], ["bushel per acre"], ["bushels per acre"],
          [("Corn yields averaged {X} across the county.", 150, 230, False),
           ("Soybeans came in at {X} on the irrigated ground.", 45, 75, False)], 0.1, False),
         (["oz"], ["ounce"], ["ounces"],
          [("The jeans are cut from {X} selvedge denim.", 10, 16, True),
           ("The waxed jacket is made from {X} cotton.", 6, 12, True)], 0.0, True),
         (["mm"], ["millimeter"], ["millimeters"],
          [("Fix {X} plasterboard to the ceiling joists.", 9, 15, True),
           ("Leave {a} {X} gap between the floor tiles.", 2, 5, True)], 0.4, True),
         (["cm"], ["centimeter"], ["centimeters"],
          [("The post holes were cut {X} into the chalk.", 20, 90, False),
           ("The skirt has {a} {X} hem allowance.", 2, 6, True)], 0.3, True),
         (["kg"], ["kilogram", "kilo"], ["kilograms", "kilos"],
          [("She deadlifted {X} at the county championships.", 80, 230, False),
           ("Finished lambs are averaging {X} at the mart.", 38, 48, False)], 0.2, True),
         (["L", "l"], ["liter", "litre"], ["liters", "litres"],
          [("Aim to drink about {X} of water a day.", 2, 3, False),
           ("One tin of the masonry paint holds {X}.", 5, 10, False)], 0.5, True),
         (["km"], ["kilometer"], ["kilometers"],
          [("The new cycle lane runs for {X}.", 2, 30, False),
           ("Her training runs average {X}.", 5, 21, False)], 0.4, True),
         (["°C"], ["degree Celsius", "degree"], ["degrees Celsius", "degrees"],
          [("Set the thermostat to {X} in the living room.", 18, 21, False),
           ("Keep the brooder at about {X} for the first week.", 30, 35, False)], 0.0, True),
         (["W"], ["watt"], ["watts"],
          [("The practice amp puts out {X}.", 10, 100, False),
           ("The LED floodlight is {a} {X} unit.", 20, 200, True)], 0.0, True),
         (["m"], ["meter"], ["meters"],
          [("The evaluation trench is {X} long.", 5, 60, False),
           ("The new bus shelter is {X} wide.", 2, 6, False)], 0.3, True),
         (["g"], ["gram"], ["grams"],
          [("Each shake provides {X} of protein.", 20, 45, False),
           ("A handful of almonds has about {X} of fibre.", 2, 6, False)], 0.2, True)]
INCH_FRAMES = ["The chinos come with {a} {X} leg as standard.",
               "The bench vice has {a} {X} jaw."]
RUN_FRAMES = ["She ran her first {X} in under half an hour.",
              "The hospice {X} starts from the village green."]
TIMBER_FRAMES = ["Frame the stud wall in {X} timber.",
                 "The shed floor sits on {X} joists."]
COVER_FRAMES = ["The fence paint covers up to {X}.",
                "One coat of the primer covers about {X}."]
LIMIT_FRAMES = ["The council wants {a} {X} limit on every residential street.",
                "The lane past the school is now {a} {X} zone."]
SHEET_FRAMES = ["Standard plasterboard sheets measure {X}.",
                "The polytunnel covers {X}."]
PIT_FRAMES = ["The team emptied {a} {X} pit full of burnt grain.",
              "The excavators traced {a} {X} ditch around the enclosure."]


def inch_slot(rng, part) -> tuple[str, list[str]]:
    """Inches before a noun: "a 30in leg", "a 32\" leg", "a 6-inch jaw" ("a thirty inch
    leg")."""
    n = rng.randint(28, 34) if part == "dev" else rng.randint(4, 8)
    mark = pick(rng, ["in", '"', "-inch", "in"])
    return f"{n}{mark}", [f"{card(n)} inch"]


def run_slot(rng) -> tuple[str, list[str]]:
    """A race by its distance: "5K", "10k" ("ten K", or "ten kilometer")."""
    n = pick(rng, [5, 5, 10])
    return f"{n}{pick(rng, ['K', 'k'])}", [f"{card(n)} {u}" for u in ("K", "kilometer")]


def timber_slot(rng) -> tuple[str, list[str]]:
    """Sawn timber by its section: "2x4", "4 x 2", "3x2" ("two by four")."""
    a, b = pick(rng, [(2, 4), (4, 2), (3, 2), (2, 6), (6, 2), (2, 3), (4, 4)])
    sep = pick(rng, ["x", "x", " x ", "×"])
    return f"{a}{sep}{b}", [f"{card(a)} by {card(b)}"]


def cover_slot(rng) -> tuple[str, list[str]]:
    """Coverage of a paint: "14m² per litre", "12 sq m/L" ("fourteen square meters per
    liter")."""
    n = rng.randint(6, 18)
    area = pick(rng, ["m²", " m²", " sq m", "sqm"])
    per = pick(rng, [" per litre", "/L", " per litre", "/litre"])
    return f"{n}{area}{per}", [f"{c} square meters per {u}" for c in cards(n)
                               for u in ("liter", "litre")]


def limit_slot(rng) -> tuple[str, list[str]]:
    """A speed limit before its noun: "a 20mph limit" ("a twenty mile an hour limit", "...
    miles per hour ...")."""
    n = pick(rng, [20, 20, 30, 40, 50])
    return f"{n}{pick(rng, ['mph', ' mph', 'mph'])}", [
        f"{card(n)} {u}" for u in ("mile an hour", "miles an hour", "mile per hour",
                                   "miles per hour", "m p h")]


def sheet_slot(rng, part) -> tuple[str, list[str]]:
    """Two sides: "2.4 x 1.2m" ("two point four by one point two meters"), "1200 x 2400mm",
    a polytunnel's "30 x 9m"."""
    if part == "dev":
        if rng.random() < 0.5:
            a, b = pick(rng, [(24, 12), (27, 12), (18, 12), (25, 12)])
            return (f"{a // 10}.{a % 10}{pick(rng, [' x ', 'x', ' × '])}{b // 10}.{b % 10}"
                    f"{pick(rng, ['m', ' m'])}",
                    [f"{card(a // 10)} point {card(a % 10)} by {card(b // 10)}"
                     + (f" point {card(b % 10)}" if b % 10 else "") + " meters"])
        a, b = pick(rng, [(1200, 2400), (900, 1800), (1200, 2700), (1200, 3000)])
        return (f"{a}{pick(rng, [' x ', 'x'])}{b}{pick(rng, ['mm', ' mm'])}",
                [f"{x} by {y} millimeters" for x in cards(a) for y in cards(b)])
    a, b = rng.randint(12, 40), rng.randint(5, 10)
    return f"{a}{pick(rng, [' x ', 'x'])}{b}{pick(rng, ['m', ' m', ' metres'])}", [
        f"{card(a)} by {card(b)} meters"]


def pit_slot(rng) -> tuple[str, list[str]]:
    """A depth before its noun, hyphened: "a 1.2m-deep pit" ("a one point two meter deep
    pit"), "a 40cm-deep"."""
    if rng.random() < 0.5:
        whole, tenth = rng.randint(1, 4), rng.randint(1, 9)
        return f"{whole}.{tenth}m-deep", [f"{card(whole)} point {card(tenth)} {u} deep"
                                          for u in ("meter", "meters")]
    n = rng.randrange(30, 95, 5)
    return f"{n}cm-deep", [f"{card(n)} {u} deep" for u in ("centimeter", "centimeters")]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.05:
        return fill(RUN_FRAMES[i], *run_slot(rng))
    if k < 0.11:
        return fill(TIMBER_FRAMES[i], *timber_slot(rng))
    if k < 0.16:
        return fill(COVER_FRAMES[i], *cover_slot(rng))
    if k < 0.22:
        return fill(LIMIT_FRAMES[i], *limit_slot(rng))
    if k < 0.27:
        return fill(SHEET_FRAMES[i], *sheet_slot(rng, part))
    if k < 0.32:
        return fill(PIT_FRAMES[i], *pit_slot(rng))
    if k < 0.36:
        return fill(INCH_FRAMES[i], *inch_slot(rng, part))
    unit = pick(rng, UNITS)
    frame, lo, hi, attr = unit[3][i]
    written, said = unit_slot(rng, unit, lo, hi, attr)
    if "{a}" in frame:
        # After "a", "a hundred watt unit" as well as "a one hundred watt unit".
        said += [x[len("one "):] for x in said if x.startswith(("one hundred", "one thousand"))]
    return fill(frame, written, said)


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("Wheat yields were down {X} on last year.", 3, 25, True),
                  ("Energy bills are set to rise by {X} in October.", 2, 15, True),
                  ("Up to {X} off selected knitwear this weekend only.", 20, 70, False),
                  ("The no-claims discount can reach {X} after five years.", 50, 75, False),
                  ("Turnout in the parish poll was just {X}.", 12, 40, True),
                  ("Her body fat dropped to {X} over the season.", 12, 28, True),
                  ("Bus punctuality improved to {X} last month.", 80, 97, True),
                  ("The charity spends {X} of its income on its projects.", 80, 95, False)]
APR_FRAMES = ["Finance on the new model is available at {X}.",
              "The store card charges {X} on purchases."]
ABV_FRAMES = ["The brewery's new pale ale is {X}.", "The farm's cider comes in at {X}."]
WHOLE_FRAMES = ["{X} of the ticket price goes to the hospice.",
                "The new bus fleet will be {X} electric by the spring."]
PC_FRAMES = ["Premiums rose {X} in the year to June.", "Shop prices fell {X} in March."]
POINTS_FRAMES = [("The supermarket's market share slipped {X} points.", 1, 4),
                 ("Support for the bypass rose {X} percentage points in a year.", 2, 15)]
MINUS_FRAMES = ["Like-for-like sales came in at {X} for the quarter.",
                "Farmland values moved {X} over the year."]


def apr_slot(rng) -> tuple[str, list[str]]:
    """A rate of interest with its letters: "6.9% APR" ("six point nine percent A P R" or
    "annual percentage rate"), "0% APR" ("zero percent", "nought percent")."""
    tails = ("A P R", "annual percentage rate")
    if rng.random() < 0.2:
        return "0% APR", [f"{z} percent {t}" for z in ("zero", "nought") for t in tails]
    if rng.random() < 0.7:
        whole, tenth = rng.randint(2, 29), pick(rng, [9, 9, 9, 5, rng.randint(1, 8)])
        return f"{whole}.{tenth}% APR", [f"{card(whole)} point {card(tenth)} percent {t}"
                                         for t in tails]
    n = rng.randint(3, 30)
    return f"{n}% APR", [f"{card(n)} percent {t}" for t in tails]


def abv_slot(rng) -> tuple[str, list[str]]:
    """Strength of a drink: "4.2% ABV", "5% abv" ("four point two percent A B V", "alcohol by
    volume")."""
    abv = pick(rng, ["ABV", "ABV", "abv"])
    tails = ("A B V", "alcohol by volume")
    if rng.random() < 0.7:
        whole, tenth = rng.randint(3, 8), rng.randint(1, 9)
        return f"{whole}.{tenth}% {abv}", [f"{card(whole)} point {card(tenth)} percent {t}"
                                           for t in tails]
    n = rng.randint(3, 8)
    return f"{n}% {abv}", [f"{card(n)} percent {t}" for t in tails]


def pc_slot(rng) -> tuple[str, list[str]]:
    """A British newspaper's "pc" for per cent: "9pc", "2.3pc" ("nine percent")."""
    if rng.random() < 0.5:
        whole, tenth = rng.randint(0, 9), rng.randint(1, 9)
        return f"{whole}.{tenth}pc", [f"{s} percent" for s in point_zero(whole,
                                                                         card(tenth))]
    n = rng.randint(2, 19)
    return f"{n}pc", [f"{card(n)} percent"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(APR_FRAMES[i], *apr_slot(rng))
    if k < 0.2:
        return fill(ABV_FRAMES[i], *abv_slot(rng))
    if k < 0.25:
        mark = pick(rng, ["%", "%", " per cent"])
        said = [f"{c} percent" for c in cards(100)]
        if WHOLE_FRAMES[i].startswith("{X}"):
            said = [s[0].upper() + s[1:] for s in said]
        return fill(WHOLE_FRAMES[i], f"100{mark}", said)
    if k < 0.31:
        return fill(PC_FRAMES[i], *pc_slot(rng))
    if k < 0.37:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    if k < 0.43:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The soil in the top field has a pH of {X}.", 5, 7, 1),
                  ("The new windows have a U-value of {X}.", 0, 1, 1),
                  ("The bypass has a benefit-cost ratio of {X}.", 1, 4, 1),
                  ("His body mass index had fallen to {X}.", 21, 32, 1),
                  ("The saloon has a drag coefficient of {X}.", 0, 0, 0),
                  ("The council's reserves would cover {X} months of spending.", 1, 6, 1),
                  ("Judges gave the heifer an average score of {X}.", 6, 9, 2),
                  ("Young drivers make claims {X} times as often as the average.", 2, 4, 1)]
SURROUND_FRAMES = ["The soundbar supports {X} surround sound.",
                   "The cinema room is wired for {X} audio."]
VERSION_FRAMES = ["The tractor's guidance software is now at version {X}.",
                  "Update the smart meter app to version {X}."]
INDEX_FRAMES = ["The farmland price index ended the year at {X}.",
                "The retail footfall index rose to {X} in December."]


def surround_slot(rng) -> tuple[str, list[str]]:
    """Speaker layouts: "5.1" ("five point one"), "7.1.4" ("seven point one point four")."""
    parts = pick(rng, [(5, 1), (7, 1), (5, 1), (2, 1), (9, 1), (5, 1, 2), (7, 1, 4),
                       (9, 1, 6)])
    return ".".join(map(str, parts)), [" point ".join(card(p) for p in parts)]


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(SURROUND_FRAMES[i], *surround_slot(rng))
    if k < 0.22:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    if k < 0.32:
        return fill(INDEX_FRAMES[i], *decimal_slot(rng, 100, 9999, 1))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    if not most:
        # A drag coefficient: "0.27" ("zero point two seven", "nought point", "point").
        frac = f"{rng.randint(2, 3)}{rng.randint(1, 9)}"
        return fill(frame, f"0.{frac}", point_zero(0, digits(frac)))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To renew your policy, call {X}.",
                "Report a fault with your meter on {X}.",
                "Box office bookings for the gig can be made on {X}.",
                "The farm shop's number is {X}.",
                "To volunteer at the hospice, ring {X}.",
                "Problems with the new bus timetable can be reported on {X}.",
                "For a free quote on a loft conversion, phone {X}.",
                "Members can reach the gym's front desk on {X}."]
# Non-geographic British numbers: councils and utilities (03..), freephone (0800, 0808).
NONGEO = ["0300", "0345", "0330", "0800", "0808", "0344"]
# (frame, written, readings): three-digit lines.
SHORT_LINES = [("For urgent medical advice that is not an emergency, call {X}.", "111",
                ["one one one"]),
               ("To report a crime that is not an emergency, call {X}.", "101",
                ["one oh one", "one zero one"]),
               ("To report a power cut, call {X} free from any phone.", "105",
                ["one oh five", "one zero five"]),
               ("In an emergency on the farm, always dial {X}.", "999", ["nine nine nine"]),
               ("Anyone in crisis can call or text {X} at any time.", "988",
                ["nine eight eight"]),
               ("If the driver is hurt, call {X} at once.", "911", ["nine one one"])]
TEXT_FRAMES = ["To give five pounds, text {X}.",
               "Text {X} to donate three pounds to the appeal."]
KEYWORDS = ["GRAZE", "SOWING", "ACORN", "SPADE", "HARROW", "FLEECE"]
# (country code, its readings after "plus", groups of the number after it, the digits its
# first group may open with): New Zealand, Sweden, Portugal, Greece, Turkey, Brazil,
# Poland, Denmark.
ABROAD = [("64", ["six four", "sixty four"], (1, 3, 4), "3479"),
          ("46", ["four six", "forty six"], (1, 3, 3, 2), "8"),
          ("351", ["three five one"], (2, 3, 4), "2"),
          ("30", ["three zero", "three oh", "thirty"], (3, 3, 4), "2"),
          ("90", ["nine zero", "nine oh", "ninety"], (3, 3, 2, 2), "2"),
          ("55", ["five five", "fifty five", "double five"], (2, 5, 4), "2"),
          ("48", ["four eight", "forty eight"], (2, 3, 2, 2), "1"),
          ("45", ["four five", "forty five"], (2, 2, 2, 2), "3")]


def nongeo_slot(rng) -> tuple[str, list[str]]:
    """A British non-geographic number, "0300 123 4567", digit by digit; freephone "0800"
    also "oh eight hundred"."""
    head = pick(rng, NONGEO)
    a, b = plain_digits(rng, 3, "2345679"), plain_digits(rng, 4, "0123456789")
    while a[0] == head[-1] or b[0] == a[-1]:
        a, b = plain_digits(rng, 3, "2345679"), plain_digits(rng, 4, "0123456789")
    said = zero_variants(f"{digits(head)} {digits(a)} {digits(b)}")
    if head == "0800":
        said.append(f"oh eight hundred {digits(a)} {digits(b)}")
    return f"{head} {a} {b}", said


def text_slot(rng) -> tuple[str, list[str]]:
    """A keyword and a five-digit short code: "SEEDS to 70459", the code digit by digit."""
    word = pick(rng, KEYWORDS)
    code = plain_digits(rng, 5, "678")
    return f"{word} to {code}", [f"{word} to {s}" for s in zero_variants(digits(code))]


def abroad_slot(rng) -> tuple[str, list[str]]:
    """A number abroad, "+46 8 123 456 78" and the like: "plus", the country code as digits
    or as a number, then the rest digit by digit."""
    code, said, widths, first = pick(rng, ABROAD)
    if code == "55":
        # A São Paulo or Rio mobile: a two-digit area, nine digits opening with 9.
        area = pick(rng, ["21", "31", "41", "51", "61", "71", "81"])
        a, b = "9" + plain_digits(rng, 4, "12345678"), plain_digits(rng, 4, "0123456789")
        rest = zero_variants(f"{digits(area)} {digits(a)} {digits(b)}")
        return f"+55 {area} {a}-{b}", [f"plus {c} {r}" for c in said for r in rest]
    body = plain_digits(rng, sum(widths), first)
    groups, at = [], 0
    for w in widths:
        groups.append(body[at:at + w])
        at += w
    written = f"+{code} {' '.join(groups)}"
    rest = zero_variants(" ".join(digits(g) for g in groups))
    return written, [f"plus {c} {r}" for c in said for r in rest]


def phone(rng, part):
    k = rng.random()
    if k < 0.12:
        frame, written, said = pick(rng, split(SHORT_LINES, part))
        return fill(frame, written, said)
    if k < 0.2:
        return fill(TEXT_FRAMES[0 if part == "dev" else 1], *text_slot(rng))
    frame = pick(rng, split(PHONE_FRAMES, part))
    if k < 0.42:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.48:
        return fill(frame, *extension_slot(rng))
    if k < 0.66:
        return fill(frame, *uk5_slot(rng))
    if k < 0.8:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Roughly {X} of the county's farmland is under grass.",
                   "Nearly {X} of storm claims were settled within a week.",
                   "Only {X} of the site has been excavated so far.",
                   "About {X} of the tickets went to fan club members.",
                   "The charity gets {X} of its income from legacies.",
                   "Buses carry {X} of the people coming into the town centre.",
                   "Solar panels now supply {X} of the village's power.",
                   "Almost {X} of our shoppers now order online."]
INCH_PART_FRAMES = ["Line the shed floor with {X} plywood.",
                    "You will need {X} copper pipe for the radiator tails."]
SIGNATURE_FRAMES = ["The song is written in {X} time.", "The chorus switches to {X} time."]
CUP_FRAMES = ["Blend {X} of frozen berries with the yoghurt.",
              "Stir {X} of rolled oats into the mix."]
OFF_FRAMES = ["Take {X} off all garden furniture this weekend.",
              "Members get {X} off the price of a day pass."]
ACRE_FRAMES = ["The smallholding comes with {X} acres of pasture.",
               "The cider orchard covers {X} acres."]
ONE_IN_FRAMES = ["Roughly {X} households have switched energy supplier.",
                 "About {X} drivers admit to speeding past schools."]
# (glyph, slash, readings before "inch")
INCH_PARTS = [("¾", "3/4", ["three quarter"]), ("½", "1/2", ["half", "one half"]),
              ("⅝", "5/8", ["five eighths", "five eighth"]),
              ("¼", "1/4", ["quarter", "a quarter", "one quarter"]),
              ("⅜", "3/8", ["three eighths", "three eighth"])]
SIGNATURES = [(3, 4), (6, 8), (4, 4), (2, 4), (12, 8), (5, 4), (7, 8)]


def inch_part_slot(rng) -> tuple[str, list[str]]:
    """A part of an inch before a noun: "¾-inch", "3/4in", "½\"" ("three quarter inch")."""
    glyph, slash, said = pick(rng, INCH_PARTS)
    mark = pick(rng, ["-inch", "in", '"', "-inch"])
    num = glyph if rng.random() < 0.5 or mark == '"' else slash
    return f"{num}{mark}", [f"{s} inch" for s in said]


def signature_slot(rng) -> tuple[str, list[str]]:
    """A time signature: "3/4" ("three four", "three quarter"), "6/8" ("six eight")."""
    a, b = pick(rng, SIGNATURES)
    said = [f"{card(a)} {card(b)}"] + (["three quarter"] if (a, b) == (3, 4) else [])
    return f"{a}/{b}", said


def cup_slot(rng) -> tuple[str, list[str]]:
    """Cups: "½ cup" ("half a cup", "a half cup"), "⅓ cup", "¾ cup" ("three quarters of a
    cup", "three quarter cup"), "1½ cups" ("one and a half cups", "a cup and a half")."""
    k = rng.randrange(5)
    if k == 0:
        return f"{pick(rng, ['½', '1/2'])} cup", ["half a cup", "a half cup", "one half cup"]
    if k == 1:
        return f"{pick(rng, ['⅓', '1/3'])} cup", ["a third of a cup", "one third of a cup",
                                                  "a third cup", "one third cup"]
    if k == 2:
        return f"{pick(rng, ['¾', '3/4'])} cup", ["three quarters of a cup",
                                                  "three quarter cup", "three fourths cup",
                                                  "three fourths of a cup"]
    if k == 3:
        return f"1{pick(rng, ['½', ' 1/2'])} cups", ["one and a half cups", "a cup and a half"]
    n = rng.randint(2, 3)
    return f"{n}{pick(rng, ['½', ' 1/2'])} cups", [f"{card(n)} and a half cups",
                                                   f"{card(n)} and one half cups"]


def off_slot(rng) -> tuple[str, list[str]]:
    return pick(rng, [("⅓", ["a third", "one third"]), ("1/3", ["a third", "one third"]),
                      ("¼", ["a quarter", "one quarter"]), ("1/4", ["a quarter",
                                                                    "one quarter"])])


def one_in_slot(rng) -> tuple[str, list[str]]:
    """"1 in 4" ("one in four"), "3 in 10" ("three in ten")."""
    a, b = pick(rng, [(1, 3), (1, 4), (1, 5), (1, 6), (1, 8), (1, 10), (2, 5), (3, 10),
                      (4, 10), (7, 10)])
    return f"{a} in {b}", [f"{card(a)} in {card(b)}"]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.24:
        return fill(INCH_PART_FRAMES[i], *inch_part_slot(rng))
    if k < 0.34:
        return fill(SIGNATURE_FRAMES[i], *signature_slot(rng))
    if k < 0.46:
        return fill(CUP_FRAMES[i], *cup_slot(rng))
    if k < 0.53:
        return fill(OFF_FRAMES[i], *off_slot(rng))
    if k < 0.61:
        return fill(ACRE_FRAMES[i], *mixed_number_slot(rng, 2, 9, 3))
    frame = pick(rng, split(FRACTION_FRAMES, part))
    if rng.random() < 0.3:
        glyph, said = pick(rng, [("½", ["half", "one half"]),
                                 ("⅓", ["a third", "one third"]),
                                 ("¼", ["a quarter", "one quarter", "one fourth"]),
                                 ("⅔", ["two thirds"]),
                                 ("¾", ["three quarters", "three fourths"]),
                                 ("⅕", ["a fifth", "one fifth"]),
                                 ("⅛", ["an eighth", "one eighth"])])
        return fill(frame, glyph, said)
    return fill(frame, *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the numerals it took, the title it is given, or None where its bearers held
# different titles): dukes of Bohemia, kings of Portugal, Serbia, Romania, Sweden, Norway,
# Assyria, Armenia and Persia, grand princes of Kyiv, rulers of Wallachia and Moldavia,
# pharaohs, Kushan and Vijayanagara emperors, Aztec rulers, sultans of Brunei and Sokoto, a
# kabaka of Buganda, popes of Rome and of the Coptic church, a catholicos and a mansa of Mali.
RULERS = [("Bretislav", [1, 2], "Duke"), ("Luís", [1], "King"), ("Ernst", [1, 2], "Duke"),
          ("Franz Josef", [1, 2], "Prince"), ("Adad-nirari", [1, 2, 3], "King"),
          ("Shamshi-Adad", [1, 5], "King"), ("Arshak", [2], "King"), ("Milan", [1], "King"),
          ("Mihai", [1], "King"), ("Dinis", [1], "King"), ("Basarab", [1, 2], None),
          ("Bogdan", [1, 2, 3], None), ("Sverker", [1, 2], "King"),
          ("Øystein", [1, 2], "King"), ("Vladimir", [1, 2], "Grand Prince"),
          ("Sviatoslav", [1, 2], "Grand Prince"), ("Iziaslav", [1, 2], "Grand Prince"),
          ("Sheshonq", [1, 3], "Pharaoh"), ("Cambyses", [1, 2], "King"),
          ("Kanishka", [1], "Emperor"), ("Moctezuma", [1, 2], None),
          ("Deva Raya", [1, 2], None), ("Omar Ali Saifuddien", [3], "Sultan"),
          ("Daudi Chwa", [2], "Kabaka"), ("Theodore", [1, 2], "Pope"),
          ("Tawadros", [2], "Pope"), ("Shenouda", [3], "Pope"),
          ("Karekin", [1, 2], "Catholicos"), ("Abubakar", [3], "Sultan"),
          ("Musa", [1], "Mansa")]
REGNAL_FRAMES = ["A silver penny of {X} turned up in the ploughed field.",
                 "The hoard includes coins struck for {X}.",
                 "The choir will sing an anthem written for {X}.",
                 "Our walking tour ends at the chapel founded by {X}.",
                 "The new opera tells the story of {X}.",
                 "The archive holds a charter sealed by {X}.",
                 "A statue of {X} was restored with lottery money.",
                 "The exhibition follows the life of {X}."]
# Series numbered in Roman numerals: (the series as written, the numbers it takes, the
# frames that fit it: dev, held). Films, albums, a charity single, a farm vehicle.
SERIES = [("Creed", [2, 3], ["This week we review {X}.",
                             "The fight scenes in {X} were shot in one take."]),
          ("Scream", [6], ["The drive-in is showing {X} on Friday.",
                           "Nobody in the office would watch {X} with me."]),
          ("Jurassic Park", [3], ["The village hall is screening {X} for the film club.",
                                  "My nephew has watched {X} four times this week."]),
          ("Hellboy", [2], ["The costume designer on {X} gives a talk tonight.",
                            "The props from {X} are up for auction."]),
          ("Toto", [4], ["The reissue of {X} has sold out on vinyl.",
                         "The tribute band played {X} in full."]),
          ("Chicago", [2, 5, 7, 10], ["The horn section on {X} still sounds fresh.",
                                      "My father wore out his copy of {X}."]),
          ("Band Aid", [2], ["The single by {X} topped the charts at Christmas.",
                             "The video for {X} was filmed in a day."]),
          ("Land Rover Series", [1, 2, 3],
           ["A restored {X} fetched a record price at the auction.",
            "The farm still uses its {X} to feed the sheep."])]
# A car by its mark: "Escort Mk II" ("Escort Mark two").
MARK_CARS = [("Escort", [1, 2]), ("Cortina", [2, 3, 4]), ("Capri", [1, 2, 3]),
             ("Granada", [1, 2]), ("Supra", [3, 4]), ("Jaguar", [2])]
MARK_FRAMES = ["The rally team runs a restored {X} in the historic class.",
               "Rust-free examples of the {X} are now hard to find."]
PARALYMPIC_FRAMES = [("Two riders from the club competed at the {X} Paralympic Games.",
                      [15, 16, 17]),
                     ("Volunteers are wanted for the {X} Paralympic Winter Games.",
                      [13, 14, 15])]
SOBIESKI_FRAMES = ["The relief of Vienna was led by {X}.",
                   "A portrait of {X} hangs in the castle."]
BOYZ_FRAMES = ["The support act on the arena tour is {X}.",
               "The charity gala closes with a set by {X}."]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def mark_slot(rng) -> tuple[str, list[str]]:
    """A car's mark: "Escort Mk II", "Cortina MkIII", "Capri Mk2" ("Capri Mark two")."""
    name, numbers = pick(rng, MARK_CARS)
    n = pick(rng, numbers)
    num = pick(rng, [f"Mk {to_roman(n)}", f"Mk{to_roman(n)}", f"Mk {to_roman(n)}",
                     f"Mk{n}", f"Mark {to_roman(n)}"])
    return f"{name} {num}", [f"{name} Mark {card(n)}"]


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.28:
        name, numbers, frames = pick(rng, SERIES)
        n = pick(rng, numbers)
        return fill(frames[i], f"{name} {to_roman(n)}", [f"{name} {card(n)}"])
    if k < 0.36:
        return fill(MARK_FRAMES[i], *mark_slot(rng))
    if k < 0.41:
        frame, numbers = PARALYMPIC_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    if k < 0.45:
        t = "King " if rng.random() < 0.5 else ""
        return fill(SOBIESKI_FRAMES[i], f"{t}Jan III Sobieski", [f"{t}Jan the third Sobieski"])
    if k < 0.47:
        return fill(BOYZ_FRAMES[i], "Boyz II Men", ["Boyz two Men", "Boys two Men"])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "Do {X} reps of each exercise.", 6, 15, 6, 1),
                ("num", "The work should take {X} days.", 2, 7, 3, 1),
                ("num", "The fun run is open to children aged {X}.", 5, 16, 6, 1),
                ("num", "Sizes {X} are available in store.", 6, 22, 10, 2),
                ("mins", "Buses will run every {X} on the new route.", 10, 30, 10, 5),
                ("mins", "Rest the joint for {X} before carving.", 10, 30, 10, 5),
                ("pct", "Expect savings of {X} on your heating bill.", 10, 40, 15, 5),
                ("pct", "The switch could cut the farm's diesel use by {X}.", 10, 50, 20, 5),
                ("temp", "Keep the seedlings at {X} until they harden off.", 15, 24, 5, 1),
                ("kg", "Finished lambs are weighing {X} at the mart.", 38, 48, 6, 1)]
ERA_RANGE_FRAMES = ["The settlement was occupied from {X}.",
                    "The bathhouse was in use from {X}."]
PLAN_FRAMES = ["The council's local transport plan covers {X}.",
               "The farm's conservation agreement runs {X}."]
HOURS_RANGE_FRAMES = ["The farm shop is open {X} on Sundays.",
                      "Quiet hours at the gym are {X}."]
DAYS_FRAMES = ["The recycling centre is open {X}.", "The tyre and exhaust centre is open {X}."]
DATE_RANGE_FRAMES = ["The county show runs {X}.", "The folk festival takes place {X}."]
K_FRAMES = ["Assistant farm manager wanted, {X} plus house.",
            "Store manager, {X} depending on experience."]
PRICE_RANGE_FRAMES = ["Most kitchen refits cost {X}.", "A new boiler typically costs {X}."]


def era_range_slot(rng, part) -> tuple[str, list[str]]:
    """Years of an era: "2400-2100 BC" ("twenty four hundred to twenty one hundred B C"),
    "AD 43-410" ("A D forty three to four ten")."""
    dash = pick(rng, ["-", "–"])
    if part == "dev":
        a = rng.randrange(1200, 3900, 100)
        while a % 1000 == 0:
            a = rng.randrange(1200, 3900, 100)
        b = a - rng.randrange(100, 700, 100)
        while b % 1000 == 0:
            b -= 100
        era = pick(rng, ["BC", "BCE", "BC"])
        return f"{a}{dash}{b} {era}", [f"{x} to {y} {' '.join(era)}" for x in old_year(a)
                                       for y in old_year(b)]
    a = pick(rng, [43, 60, 75, 80, 120, 150, 200, 250])
    b = a + rng.randrange(110, 360, 10)
    if b % 100 < 10:
        b += 10
    pairs = [(x, y) for x in old_year(a) for y in old_year(b)]
    if rng.random() < 0.5:
        return f"AD {a}{dash}{b}", [f"A D {x} to {y}" for x, y in pairs]
    return f"{a}{dash}{b} AD", [f"{x} to {y} A D" for x, y in pairs]


def plan_slot(rng) -> tuple[str, list[str]]:
    """Years of a plan: "2025-2035", or the second cut short, "2025-35" ("twenty twenty five
    to thirty five" or "... to twenty thirty five")."""
    a = rng.randint(2024, 2030)
    b = a + pick(rng, [5, 5, 10, 10, 15])
    dash = pick(rng, ["-", "–", " to "])
    if rng.random() < 0.3 and dash != " to ":
        return f"{a}{dash}{b % 100}", [f"{x} to {y}" for x in year_readings(a)
                                       for y in year_readings(b) + [card(b % 100)]]
    return f"{a}{dash}{b}", two_years(a, b, "to")


def price_range_slot(rng) -> tuple[str, list[str]]:
    """Prices in thousands: "£5,000-£8,000", "£5,000-8,000" ("five thousand to eight
    thousand pounds", "five to eight thousand pounds")."""
    sym, unit = pick(rng, [("£", "pounds"), ("£", "pounds"), ("$", "dollars")])
    a = rng.randint(2, 12)
    b = a + rng.randint(2, 8)
    dash = pick(rng, ["-", "–", " to "])
    second = f"{sym}{b},000" if rng.random() < 0.6 else f"{b},000"
    pairs = [(x, y) for x in cards(a * 1000) for y in cards(b * 1000)]
    said = ([f"{x} to {y} {unit}" for x, y in pairs]
            + [f"{x} {unit} to {y} {unit}" for x, y in pairs]
            + [f"{card(a)} to {y} {unit}" for _, y in pairs])
    return f"{sym}{a},000{dash}{second}", said


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.08:
        return fill(ERA_RANGE_FRAMES[i], *era_range_slot(rng, part))
    if k < 0.15:
        return fill(PLAN_FRAMES[i], *plan_slot(rng))
    if k < 0.24:
        if rng.random() < 0.5:
            return fill(HOURS_RANGE_FRAMES[i], *half_range_slot(rng, dash))
        return fill(HOURS_RANGE_FRAMES[i], *clock_range(rng, dash))
    if k < 0.31:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.4:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.46:
        return fill(K_FRAMES[i], *k_short_slot(rng, dash))
    if k < 0.53:
        return fill(PRICE_RANGE_FRAMES[i], *price_range_slot(rng))
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
        return fill(frame, f"{a}{dash}{b} {pick(rng, ['mins', 'min', 'minutes'])}",
                    [f"{x} to {y} minutes" for x, y in pairs])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['kg', ' kg', 'kg'])}",
                [f"{x} to {y} {u}" for x, y in pairs for u in ("kilograms", "kilos")])


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["harrow", "silage", "hubcap", "gearbox", "dipstick", "burpee", "grout", "dowel",
         "encore", "setlist", "backstage", "hemline", "lapel", "tailgate", "haybale",
         "sprocket", "camshaft", "spanner", "bobbin", "cowbell", "tambourine", "ukulele",
         "metronome", "quinoa", "lentil", "granola", "joist", "rafter", "lintel", "soffit",
         "pylon", "dynamo"]
SUBDOMAINS = ["renewals", "lambing", "gigs", "lookbook"]
PATHS = ["renewals", "gift-aid", "lambing-diary", "setlists", "refits", "lookbook"]
# (written, readings): the ones no earlier round used; the country codes by their letters.
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("ie", ["i e"]),
        ("nl", ["n l"]), ("se", ["s e"]), ("fi", ["f i"]), ("es", ["e s"]),
        ("farm", ["farm"]), ("energy", ["energy"]), ("music", ["music"]), ("shop", ["shop"]),
        ("coop", ["coop", "co op"]), ("charity", ["charity"]),
        ("gov.uk", ["gov dot u k"]), ("fit", ["fit"]), ("auto", ["auto"]),
        ("band", ["band"]), ("garden", ["garden"]), ("builders", ["builders"])]
SITE_FRAMES = ["Renew your policy online at {X}.", "Gift Aid forms can be downloaded from {X}.",
               "Follow the lambing diary on {X}.", "Setlists from the tour are posted on {X}.",
               "Browse our kitchen refits at {X}.", "The spring lookbook is live on {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Send photos of the storm damage to {X}.", "adjusters"),
               ("Shearing bookings go to {X}.", "shearing"),
               ("Questions about the tour can be sent to {X}.", "gigs"),
               ("To cancel automatic renewal, email {X}.", "renewals"),
               ("Send your lambing photos to {X}.", "lambing"),
               ("Orders for the weekly box go to {X}.", "veg"),
               ("For a kitchen refit quote, email {X}.", "refits"),
               ("Volunteer rotas are sent out from {X}.", "rosters")]
NAME_MAIL_FRAMES = ["Councillors can be contacted directly, for example at {X}.",
                    "Your account manager is reachable at {X}."]
HANDLE_FRAMES = ["Follow {X} for calving updates.", "The band posts tour news as {X}.",
                 "Tips on tiling come from {X}.", "Crop prices are tweeted by {X}."]
HANDLE_TAILS = [("farm", "farm"), ("gigs", "gigs"), ("diy", "d i y"), ("veg", "veg")]
HASHTAG_FRAMES = ["Support your high street with {X}.", "Share your photos using {X}."]
# (hashtag, its words)
HASHTAGS = [("ShopSmall", "shop small"), ("CarFreeDay", "car free day"),
            ("LegDay", "leg day"), ("LambingLive", "lambing live"),
            ("GivingTuesday", "giving tuesday"), ("FixItFriday", "fix it friday")]


def web_slot(rng, part) -> tuple[str, list[str]]:
    """Round 106's `web_slot` of this round's hosts, domains, subdomains and paths."""
    return r106_web_slot(rng, part, HOSTS, TLDS, SUBDOMAINS, PATHS)


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

# (city, state, the first three digits of its ZIP codes): farm and market towns.
CITIES = [("Scottsbluff", "NE", "693"), ("Ogallala", "NE", "691"), ("McCook", "NE", "690"),
          ("Brookings", "SD", "570"), ("Huron", "SD", "573"), ("Watertown", "SD", "572"),
          ("Jamestown", "ND", "584"), ("Williston", "ND", "588"), ("Dickinson", "ND", "586"),
          ("Havre", "MT", "595"), ("Lewistown", "MT", "594"), ("Worland", "WY", "824"),
          ("Hutchinson", "KS", "675"), ("Pratt", "KS", "671"), ("Guymon", "OK", "739"),
          ("Woodward", "OK", "738"), ("Dalhart", "TX", "790"), ("Lamesa", "TX", "793"),
          ("Uvalde", "TX", "788"), ("Brenham", "TX", "778"), ("Artesia", "NM", "882"),
          ("Deming", "NM", "880"), ("Cortez", "CO", "813"), ("Montrose", "CO", "814"),
          ("Willmar", "MN", "562"), ("Worthington", "MN", "561"), ("Decorah", "IA", "521"),
          ("Marshalltown", "IA", "501"), ("Kirksville", "MO", "635"),
          ("Effingham", "IL", "624"), ("Macomb", "IL", "614"), ("Vincennes", "IN", "475"),
          ("Wooster", "OH", "446"), ("Findlay", "OH", "458"), ("Chambersburg", "PA", "172"),
          ("Gettysburg", "PA", "173"), ("Tifton", "GA", "317"), ("Orangeburg", "SC", "291"),
          ("Kinston", "NC", "285"), ("Clarksdale", "MS", "386"), ("Ruston", "LA", "712"),
          ("Opelousas", "LA", "705"), ("Stuttgart", "AR", "721"), ("Lodi", "CA", "952"),
          ("Turlock", "CA", "953"), ("Hanford", "CA", "932"), ("Hermiston", "OR", "978"),
          ("Pullman", "WA", "991"), ("Othello", "WA", "993"), ("Rexburg", "ID", "834"),
          ("Blackfoot", "ID", "832"), ("Winnemucca", "NV", "894"), ("Vernal", "UT", "840"),
          ("Cody", "WY", "824")]
STREETS = ["Silo", "Furrow", "Plowshare", "Hayloft", "Corncrib", "Millstream", "Sorghum",
           "Alfalfa", "Wheatfield", "Haymaker", "Windmill", "Fencepost", "Haybarn", "Thresher",
           "Sickle", "Scythe", "Pitchfork", "Baler", "Springhouse", "Sheepfold", "Wagonwheel",
           "Buckwheat", "Flax", "Millet", "Cornfield", "Haystack", "Milkweed", "Chicory",
           "Tansy", "Harvester", "Feedlot", "Auger"]
# (abbreviations a writer uses, the word)
STREET_TYPES = [(["St.", "St"], "Street"), (["St.", "St"], "Street"),
                (["Ave.", "Ave"], "Avenue"), (["Rd.", "Rd"], "Road"), (["Rd.", "Rd"], "Road"),
                (["Dr.", "Dr"], "Drive"), (["Ln.", "Ln"], "Lane"), (["Ct."], "Court"),
                (["Trl", "Trl."], "Trail"), (["Pl."], "Place")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W.", "West"),
              ("NE", "Northeast"), ("SW", "Southwest")]
# Rural roads: (as written, as said), "{n}" the road's number.
RURAL = [("County Road {n}", "County Road {s}"), ("Co. Rd. {n}", "County Road {s}"),
         ("Co Rd {n}", "County Road {s}"), ("Hwy {n}", "Highway {s}"),
         ("State Hwy {n}", "State Highway {s}"), ("US Hwy {n}", "U S Highway {s}")]
# British market towns: (town, postcode area, districts)
UK_TOWNS = [("Malton", "YO", (17, 17)), ("Thirsk", "YO", (7, 7)), ("Skipton", "BD", (23, 23)),
            ("Settle", "BD", (24, 24)), ("Leominster", "HR", (6, 6)), ("Ledbury", "HR", (8, 8)),
            ("Oswestry", "SY", (10, 11)), ("Welshpool", "SY", (21, 21)),
            ("Brecon", "LD", (3, 3)), ("Cirencester", "GL", (7, 7)), ("Tetbury", "GL", (8, 8)),
            ("Oakham", "LE", (15, 15)), ("Louth", "LN", (11, 11)), ("Spalding", "PE", (11, 12)),
            ("Holsworthy", "EX", (22, 22)), ("Okehampton", "EX", (20, 20)),
            ("Tiverton", "EX", (16, 16)), ("Bodmin", "PL", (30, 31)), ("Lanark", "ML", (11, 11)),
            ("Dumfries", "DG", (1, 2)), ("Stranraer", "DG", (9, 9)), ("Forfar", "DD", (8, 8)),
            ("Huntly", "AB", (54, 54)), ("Thurso", "KW", (14, 14)),
            ("Ballymena", "BT", (42, 43)), ("Omagh", "BT", (78, 79)),
            ("Carmarthen", "SA", (31, 33)), ("Abergavenny", "NP", (7, 7)),
            ("Morpeth", "NE", (61, 61)), ("Sleaford", "NG", (34, 34)),
            ("Driffield", "YO", (25, 25)), ("Kelso", "TD", (5, 5)), ("Crieff", "PH", (7, 7)),
            ("Bakewell", "DE", (45, 45)), ("Bridgnorth", "WV", (15, 16)),
            ("Machynlleth", "SY", (20, 20))]
UK_STREETS = ["Sheep", "Horsefair", "Tanyard", "Ropery", "Dyers", "Weavers", "Saddlers",
              "Wheelwright", "Cornhill", "Bullring", "Drovers", "Threshers", "Hopkiln",
              "Maltkiln", "Woolpack", "Shearers", "Hayward", "Furlong", "Sheepwash", "Cowgate",
              "Swinegate", "Goosegate", "Oxgate", "Butterwell", "Cheapside", "Buttercross"]
# (as written, the word)
UK_TYPES = [("Street", "Street"), ("St", "Street"), ("Lane", "Lane"), ("Road", "Road"),
            ("Rd", "Road"), ("Row", "Row"), ("Yard", "Yard"), ("Way", "Way"),
            ("Gardens", "Gardens"), ("Gdns", "Gardens"), ("Walk", "Walk")]
# Irish towns: (town, county, the routing key of its Eircodes)
IE_TOWNS = [("Ennis", "Clare", "V95"), ("Tralee", "Kerry", "V92"),
            ("Mullingar", "Westmeath", "N91"), ("Athlone", "Westmeath", "N37"),
            ("Kilkenny", "Kilkenny", "R95"), ("Castlebar", "Mayo", "F23"),
            ("Letterkenny", "Donegal", "F92"), ("Clonmel", "Tipperary", "E91"),
            ("Tullamore", "Offaly", "R35"), ("Navan", "Meath", "C15"),
            ("Wexford", "Wexford", "Y35"), ("Sligo", "Sligo", "F91"),
            ("Carlow", "Carlow", "R93"), ("Portlaoise", "Laois", "R32")]
IE_STREETS = ["Parnell", "Davitt", "Pearse", "Emmet", "Connolly", "Grattan", "Sarsfield",
              "Mitchel"]
# New Zealand towns and their postcodes; streets named for native trees.
NZ_TOWNS = [("Gisborne", 4010), ("Whanganui", 4500), ("Timaru", 7910), ("Ashburton", 7700),
            ("Masterton", 5810), ("Blenheim", 7201), ("Oamaru", 9400), ("Gore", 9710),
            ("Levin", 5510), ("Feilding", 4702), ("Te Awamutu", 3800), ("Taupō", 3330)]
NZ_STREETS = ["Kowhai", "Rimu", "Totara", "Matai", "Kauri", "Puriri", "Karaka", "Pohutukawa",
              "Manuka", "Titoki"]
NZ_TYPES = [("Street", "Street"), ("St", "Street"), ("Road", "Road"), ("Tce", "Terrace"),
            ("Terrace", "Terrace"), ("Place", "Place"), ("Crescent", "Crescent")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("Entries for the ploughing match go to {X}.", True),
                  ("The farm shop has moved to {X}.", False),
                  ("Please return the claim form to {X}.", True),
                  ("The rehearsal studio is at {X}.", False),
                  ("Donations of tinned food can be dropped off at {X}.", False),
                  ("Objections to the planning application should be sent to {X}.", True),
                  ("Our new tyre and exhaust centre is at {X}.", False),
                  ("Finds should be reported to the museum at {X}.", True)]


def us_address(rng, part, box: bool) -> tuple[str, list[str]]:
    """A US address: a house number in pairs, a street (a county road or highway now and
    then, or numbered), an apartment, unit or suite, the city, the state's name and the ZIP
    code (ZIP+4 too) digit by digit; or a post office box, or a rural route's box ("RR 2 Box
    45", "Rural Route two Box forty five")."""
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
    r = rng.random()
    if box and r < 0.3:
        street, said = box_slot(rng)
        return f"{street}, {tail_w}", [f"{s}, {t}" for s in said for t in tail_s]
    if r < 0.4:
        route, n = rng.randint(1, 9), rng.randint(2, 99)
        rr = pick(rng, ["RR", "R.R.", "Rural Route"])
        return (f"{rr} {route} Box {n}, {tail_w}",
                [f"{w} {card(route)} Box {card(n)}, {t}" for w in ("Rural Route", "R R")
                 for t in tail_s])
    num, num_said = house(rng)
    if r < 0.58:
        road, road_said = pick(rng, RURAL)
        n = rng.randint(2, 99)
        return (f"{num} {road.format(n=n)}, {tail_w}",
                [f"{num_said} {road_said.format(s=card(n))}, {t}" for t in tail_s])
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
    """A British address: "27 Sheep Street, Skipton BD23 1HY", the postcode's letters one by
    one and its district as a number or digit by digit ("B D twenty three", "B D two
    three"), a flat or a unit now and then."""
    town, area, (lo, hi) = pick(rng, split(UK_TOWNS, part))
    district = rng.randint(lo, hi)
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


def ie_address(rng, part) -> tuple[str, list[str]]:
    """An Irish address: "12 Parnell Street, Ennis, Co. Clare V95 T2X8", the county said in
    full ("County Clare") and the Eircode letter by letter and digit by digit."""
    town, county, key = pick(rng, split(IE_TOWNS, part))
    letters = "ACDEFHKNPRTVWXY"
    ident = "".join(pick(rng, letters) if rng.random() < 0.5 else str(rng.randint(0, 9))
                    for _ in range(4))
    if ident[0].isdigit():
        ident = pick(rng, letters) + ident[1:]
    code_said = zero_variants(" ".join(digits(c) if c.isdigit() else c for c in key + ident))
    n = rng.randint(2, 60)
    name = pick(rng, split(IE_STREETS, part))
    typ = pick(rng, ["Street", "Street", "Road", "Square"])
    co = pick(rng, ["Co. ", "Co ", "County "])
    return (f"{n} {name} {typ}, {town}, {co}{county} {key} {ident}",
            [f"{card(n)} {name} {typ}, {town}, County {county} {c}" for c in code_said])


def nz_address(rng, part) -> tuple[str, list[str]]:
    """A New Zealand address: "14 Kowhai Tce, Timaru 7910", the postcode digit by digit or in
    pairs ("seventy nine ten")."""
    town, code = pick(rng, split(NZ_TOWNS, part))
    n = rng.randint(2, 98)
    name = pick(rng, split(NZ_STREETS, part))
    typ, word = pick(rng, NZ_TYPES)
    codes = zero_variants(digits(str(code)))
    hi, lo = divmod(code, 100)
    codes.append(f"{card(hi)} {card(lo)}" if lo >= 10 else
                 f"{card(hi)} oh {card(lo)}" if lo else f"{card(hi)} hundred")
    return (f"{n} {name} {typ}, {town} {code}",
            [f"{card(n)} {name} {word}, {town} {c}" for c in codes])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    k = rng.random()
    if k < 0.5:
        return fill(frame, *us_address(rng, part, box))
    if k < 0.75:
        return fill(frame, *uk_address(rng, part))
    if k < 0.88:
        return fill(frame, *ie_address(rng, part))
    return fill(frame, *nz_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Pritchard", "Bevan", "Prosser", "Powell", "Gwynne", "Meredith", "Parry",
            "Vaughan", "Lloyd", "Rees", "Howells", "Jenkins", "Probert", "Bowen", "Griffiths",
            "Llewellyn", "Pugh", "Gittins", "Beddoes", "Watkins", "Mostyn", "Rowlands",
            "Prydderch", "Cadwallader"]
WOMEN = ["Angharad", "Bethan", "Carys", "Ffion", "Gwenllian", "Rhiannon", "Sioned", "Eluned",
         "Cerys", "Lowri", "Seren", "Heledd"]
MEN = ["Aled", "Bryn", "Dafydd", "Emrys", "Gethin", "Iolo", "Rhodri", "Steffan", "Tegid",
       "Huw", "Ifan", "Osian"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings): British police and army ranks, US lieutenants, a club's
# officers. No earlier round used these.
TITLES = [("PCSO", ["Police Community Support Officer", "P C S O"]),
          ("L/Cpl", ["Lance Corporal"]), ("Pte", ["Private"]),
          ("1st Lt.", ["First Lieutenant"]), ("2nd Lt.", ["Second Lieutenant"]),
          ("DS", ["Detective Sergeant", "D S"]), ("DI", ["Detective Inspector", "D I"]),
          ("ACC", ["Assistant Chief Constable", "A C C"]), ("Chmn", ["Chairman"]),
          ("VP", ["Vice President", "V P"]), ("Hon. Sec.", ["Honorary Secretary"]),
          ("Ch. Exec.", ["Chief Executive"])]
# Courtesy titles; British style drops the dot.
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Mx.", "Mix")]
TITLE_FRAMES = ["{X} thanked the volunteers who cleared the river bank.",
                "The prize for best in show was presented by {X}.",
                "{X} opened the new wing of the village hall.",
                "The charity's annual report was signed by {X}.",
                "{X} appealed for witnesses to the crash on the bypass.",
                "Tickets for the gala dinner are available from {X}.",
                "The farmers' union dinner was addressed by {X}.",
                "{X} will lead the sponsored walk on Sunday."]
# After a full name: (abbreviation, reading, the comma before it: "," always, "" never,
# None either way).
SUFFIXES = [("MBE", "M B E", ""), ("BEM", "B E M", ""), ("MEP", "M E P", ""),
            ("FRICS", "F R I C S", None), ("MRCVS", "M R C V S", None),
            ("RIBA", "R I B A", None), ("PhD", "P h D", ","), ("BSc", "B S c", None),
            ("FCA", "F C A", ",")]
SUFFIX_FRAMES = ["The herd health plan was drawn up by {X}.",
                 "The barn conversion was designed by {X}.",
                 "The award for services to the community went to {X}.",
                 "The charity's accounts were examined by {X}."]
# A word cut short before a place name: (abbreviation, word, places, frames that fit them)
PLACES = [("Gt", "Great", ["Ayton", "Dunmow", "Shelford", "Missenden", "Yarmouth", "Malvern"],
           ["The sheep sale at {X} starts at nine.", "The bus to {X} has been cut.",
            "The vet's new surgery is in {X}.", "Floods closed the road into {X}."]),
          ("Lwr", "Lower", ["Slaughter", "Peover", "Heyford", "Hucklow"],
           ["The ford at {X} is impassable after rain.", "Parking in {X} is limited.",
            "The cycle route passes through {X}.", "A duck race is held in {X} each May."]),
          ("Mkt", "Market", ["Drayton", "Rasen", "Deeping", "Weighton"],
           ["The gig moves to {X} next week.", "The carnival in {X} was rained off.",
            "The new bypass skirts {X}.", "Our next store opens in {X}."])]
# A name, then the word cut short: (abbreviation, word, names, frames).
AFTER = [("Rly", "Railway", ["Ffestiniog", "Talyllyn", "Llangollen", "Welsh Highland"],
          ["Steam galas on the {X} sell out fast.", "The {X} needs volunteer firemen.",
           "Santa specials run on the {X} in December.", "A new carriage joined the {X}."]),
         ("Ind. Est.", "Industrial Estate", ["Tregaron", "Dyfi", "Teifi", "Tywi"],
          ["The new gym is on the {X}.", "A fire broke out on the {X} overnight.",
           "The tyre depot has moved to the {X}.", "Buses now serve the {X}."]),
         ("Bus. Pk", "Business Park", ["Usk", "Wye", "Severn", "Tanat"],
          ["The insurer's call centre is on the {X}.", "Parking on the {X} is free.",
           "The food bank's warehouse is on the {X}.", "Solar panels cover the {X}."])]
# Abbreviations of ordinary words: (written sentence, its readings).
ABBREVIATIONS = [("Bring a packed lunch, waterproofs, spare socks etc.",
                  ["Bring a packed lunch, waterproofs, spare socks et cetera.",
                   "Bring a packed lunch, waterproofs, spare socks etcetera."]),
                 ("Root vegetables, e.g. carrots and parsnips, keep well in sand.",
                  ["Root vegetables, for example carrots and parsnips, keep well in sand.",
                   "Root vegetables, e g carrots and parsnips, keep well in sand."]),
                 ("Entries close on the last weekday of the month, i.e. Friday.",
                  ["Entries close on the last weekday of the month, that is Friday.",
                   "Entries close on the last weekday of the month, i e Friday."]),
                 ("Please send letters c/o the parish office.",
                  ["Please send letters care of the parish office."]),
                 ("Green bin collections resume w/c Monday.",
                  ["Green bin collections resume week commencing Monday."]),
                 ("Pritchard Bros. have farmed the valley for generations.",
                  ["Pritchard Brothers have farmed the valley for generations."]),
                 ("Bevan & Sons Ltd are the main contractors.",
                  ["Bevan and Sons Limited are the main contractors."]),
                 ("Free P&P on all orders this week.",
                  ["Free P and P on all orders this week.",
                   "Free postage and packing on all orders this week.",
                   "Free postage and packaging on all orders this week."]),
                 ("Tel. enquiries to the estate office only.",
                  ["Telephone enquiries to the estate office only."]),
                 ("Qty discounts are available for clubs.",
                  ["Quantity discounts are available for clubs."]),
                 ("The Planning Cttee meets on Tuesday evening.",
                  ["The Planning Committee meets on Tuesday evening."]),
                 ("Powell & Co. supplied the new pews.",
                  ["Powell and Company supplied the new pews.",
                   "Powell and Co supplied the new pews."])]
NUMBER_FRAMES = ["The single went straight in at {X} in the charts.",
                 "The prize ram was lot {X} in the sale."]
STREET_FRAMES = ["Resurfacing has closed {X} until Friday.",
                 "The auction mart's car park is off {X}.",
                 "The food bank on {X} needs more volunteers.",
                 "The carnival turns at the corner of {X}."]
FEASTS = ["Padarn", "Cybi", "Seiriol", "Tysilio", "Dyfrig", "Deiniol", "Curig", "Tudno",
          "Cadfan", "Brynach"]
COMBO_FRAMES = ["{T} {S} will bless the tractors at St. {F}'s on {N} Ave.",
                "{T} {S} runs the St. {F}'s toddler group on {N} St.",
                "The St. {F}'s roof appeal was launched by {T} {S} of {N} Rd.",
                "{T} {S} opened the St. {F}'s charity shop on {N} Dr."]


def number_slot(rng, part) -> tuple[str, list[str]]:
    """"No. 3", "#3": "number three"."""
    n = rng.randint(1, 20) if part == "dev" else rng.randint(2, 240)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {c}" for c in cards(n)
                                                            if c[:2] != "a "]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7])
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
        said = [f"{word} {sur}"] + ([f"M X {sur}"] if abbr.startswith("Mx") else [])
        return fill(frame, f"{abbr} {sur}", said)
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
        abbr, word, names, frames = pick(rng, PLACES)
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
    abbr, word = pick(rng, COURTESY[:4] + [("Revd", "Reverend"), ("Fr", "Father")])
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

def pounds(n: int) -> list[str]:
    return [f"{c} pounds" for c in cards(n)]


def pound_sum(rng, part, millions: bool = False) -> tuple[str, list[str]]:
    """A public or charity sum: "£4.2m", "£4.2 million", "£850,000", "£12m"."""
    k = rng.random() if not millions else 0.35 + 0.65 * rng.random()
    if k < 0.35:
        n = rng.randrange(120000, 990000, 5000)
        return f"£{n:,}", pounds(n)
    if k < 0.7:
        whole, tenth = rng.randint(1, 30), rng.randint(1, 9)
        said = [f"{card(whole)} point {card(tenth)} million pounds"]
        if tenth == 5:
            said.append(f"{card(whole)} and a half million pounds")
        return f"£{whole}.{tenth}{pick(rng, ['m', 'm', ' million'])}", said
    n = rng.randint(2, 60)
    return f"£{n}{pick(rng, ['m', ' million'])}", [f"{c} million pounds" for c in cards(n)]


def pence_sum(lo: int, hi: int):
    """A sum in pounds and pence from lo to hi: "£684.20" ("six hundred eighty four pounds
    twenty", "... and twenty pence")."""
    def gen(rng, part) -> tuple[str, list[str]]:
        whole, c = rng.randint(lo, hi), rng.randint(11, 99)
        out = []
        for w in cards(whole):
            out += [f"{w} pounds {card(c)}", f"{w} pounds and {card(c)} pence",
                    f"{w} pounds {card(c)} pence"]
        return f"£{with_written(whole, rng, 0.7)}.{c:02d}", out
    return gen


def whole_pounds(lo: int, hi: int, step: int = 1):
    def gen(rng, part) -> tuple[str, list[str]]:
        n = rng.randrange(lo, hi + 1, step)
        return f"£{with_written(n, rng, 0.8)}", pounds(n)
    return gen


def zero_to_slot(rng, part) -> tuple[str, list[str]]:
    """"0-62mph", "0-60 mph": "nought to sixty two", "zero to sixty two" (miles per hour)."""
    top = pick(rng, [60, 62, 62])
    written = f"0{pick(rng, ['-', '–'])}{top}{pick(rng, ['mph', ' mph', 'mph'])}"
    return written, [f"{z} to {card(top)} {u}" for z in ("nought", "zero")
                     for u in ("miles per hour", "m p h", "miles an hour")]


def seconds_slot(rng, part) -> tuple[str, list[str]]:
    whole, tenth = rng.randint(5, 11), rng.randint(1, 9)
    mark = pick(rng, ["sec", "s", " seconds", " sec", "secs"])
    return f"{whole}.{tenth}{mark}", [f"{card(whole)} point {card(tenth)} seconds"]


def mpg_gen(rng, part):
    return unit_slot(rng, UNITS[0], 38, 62, False)


def engine_gen(rng, part) -> tuple[str, list[str]]:
    """An engine's size before a noun: "1.5-litre", "1.0L" ("one point oh liter", "one
    liter")."""
    whole, tenth = rng.randint(1, 2), pick(rng, [0, 2, 4, 5, 6])
    mark = pick(rng, ["-litre", "L", "-liter", " litre"])
    heads = [f"{card(whole)} point {card(tenth)}"] if tenth else \
        [f"{card(whole)} point zero", f"{card(whole)} point oh", card(whole)]
    if tenth == 5:
        heads.append(f"{card(whole)} and a half")
    return f"{whole}.{tenth}{mark}", [f"{h} {u}" for h in heads for u in ("liter", "litre")]


def show_time(rng, part) -> tuple[str, list[str]]:
    """An evening show's time on the hour, half or quarter: "7.30pm", "8 p.m.", "7:45 PM"."""
    h, m = rng.randint(6, 9), pick(rng, [0, 0, 30, 30, 15, 45])
    half = pick(rng, ["pm", "p.m.", "PM", "pm"])
    gap = "" if half == "pm" and rng.random() < 0.7 else " "
    if not m:
        return f"{h}{gap}{half}", [f"{card(h)} PM"]
    sep = "." if half == "pm" and rng.random() < 0.4 else ":"
    return f"{h}{sep}{m}{gap}{half}", [f"{card(h)} {card(m)} PM"]


def day_only(rng, part):
    return date_slot(rng, 2025, 2026, 0.0, 0.3)


def dated(rng, part):
    return date_slot(rng, 2024, 2026, 0.6, 0.2)


def ticket_slots(rng, part) -> dict:
    """A show's time and day, the ticket price and a fee before its noun in the same
    currency: "a £2.50 booking fee" ("a two pound fifty", "two pounds fifty", "two fifty"),
    "a $3 booking fee" ("a three dollar")."""
    sym, unit, one = pick(rng, [("£", "pounds", "pound"), ("$", "dollars", "dollar"),
                                ("€", "euros", "euro")])
    n = rng.randrange(15, 95, pick(rng, [1, 5]))
    whole = pick(rng, [1, 2, 2, 3, 3, 4, 5])
    if rng.random() < 0.5:
        fee = (f"{sym}{whole}", [f"{card(whole)} {one}"])
    else:
        c = pick(rng, [50, 25, 75, 95, 50])
        w, s = card(whole), card(c)
        fee = (f"{sym}{whole}.{c}", [f"{w} {one} {s}", f"{w} {unit if whole > 1 else one} {s}",
                                     f"{w} {s}"])
    return {"A": show_time(rng, part), "B": day_only(rng, part),
            "C": (f"{sym}{n}", [f"{c} {unit}" for c in cards(n)]), "D": fee}


def premium_slots(rng, part) -> dict:
    """A yearly premium and the monthly instalment it makes."""
    d = pick(rng, [10, 11, 12, 12])
    each = rng.randint(2500, 15000)
    while each % 100 < 10 or each * d % 100 < 10:
        each = rng.randint(2500, 15000)
    total = each * d

    def said(p):
        w, c = divmod(p, 100)
        if not c:
            return pounds(w)
        return said_cents(w, c, "pounds", "pound", "pence")

    def written(p):
        w, c = divmod(p, 100)
        return f"£{with_written(w, rng, 0.7)}.{c:02d}"
    year = tax_year_slot(rng) if rng.random() < 0.5 else year_slot(rng, 2025, 2027)
    return {"A": year, "B": (written(total), said(total)), "C": (written(each), said(each)),
            "D": (str(d), [card(d)])}


def mw_slot(rng, part) -> tuple[str, list[str]]:
    """A power rating before a noun: "a 49.9MW solar farm" ("forty nine point nine
    megawatt")."""
    if rng.random() < 0.4:
        return "49.9MW", ["forty nine point nine megawatt"]
    n = rng.randrange(10, 350, 5)
    return f"{n}{pick(rng, ['MW', ' MW', 'MW'])}", [f"{c} megawatt" for c in cards(n)
                                                   if c[:2] != "a "]


def hectares_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(40, 320)
    if rng.random() < 0.5:
        return f"{n} hectares", [f"{c} hectares" for c in cards(n)]
    return f"{n}{pick(rng, ['ha', ' ha'])}", [f"{c} hectares" for c in cards(n)]


def kg_slot(lo: int, hi: int, dec: float = 0.0):
    def gen(rng, part) -> tuple[str, list[str]]:
        return unit_slot(rng, [u for u in UNITS if u[0] == ["kg"]][0], lo, hi, False) \
            if rng.random() >= dec else _half_kg(rng, lo, hi)
    return gen


def _half_kg(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    n = rng.randint(lo, hi - 1)
    return f"{n}.5{pick(rng, ['kg', ' kg'])}", [f"{card(n)} {p} {u}"
                                                for p in ("point five", "and a half")
                                                for u in ("kilograms", "kilos")]


def distance_slot(rng, part) -> tuple[str, list[str]]:
    """A length of road or shore: "4.2 miles", "6km", "12 miles"."""
    if rng.random() < 0.5:
        unit, words = pick(rng, [(" miles", ["miles"]), ("km", ["kilometers"]),
                                 (" km", ["kilometers"])])
        whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
        said = [f"{card(whole)} point {card(tenth)} {w}" for w in words]
        if tenth == 5:
            said += [f"{card(whole)} and a half {w}" for w in words]
        return f"{whole}.{tenth}{unit}", said
    n = rng.randint(3, 60)
    unit, words = pick(rng, [(" miles", ["miles"]), ("km", ["kilometers"])])
    return f"{n}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def route_slot(rng, part) -> tuple[str, list[str]]:
    """A bus route: "X5" ("X five"), "42", "7A" ("seven A")."""
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(1, 99)
        return f"X{n}", [f"X {card(n)}"]
    if k == 1:
        n = rng.randint(2, 99)
        return str(n), [card(n)]
    n = rng.randint(2, 30)
    letter = pick(rng, "ABC")
    return f"{n}{letter}", [f"{card(n)} {letter}"]


def reign_gen(rng, part):
    return ruler_slot(rng, split(RULERS, part))


def attr_serving(rng, part) -> tuple[str, list[str]]:
    """A serving's size before "serving": "250ml" ("two hundred and fifty milliliter"),
    "40g" ("forty gram")."""
    if rng.random() < 0.5:
        n = pick(rng, [150, 200, 250, 300, 330])
        return f"{n}{pick(rng, ['ml', 'ml', ' ml'])}", [f"{c} {u}" for c in cards(n)
                                                        if c[:2] != "a "
                                                        for u in ("milliliter", "millilitre")]
    n = pick(rng, [30, 40, 45, 50, 60, 80, 100])
    return f"{n}{pick(rng, ['g', 'g', ' g'])}", [f"{c} gram" for c in cards(n)
                                                 if c[:2] != "a "]


def grams(lo: int, hi: int, dec: bool = False):
    def gen(rng, part) -> tuple[str, list[str]]:
        if dec and rng.random() < 0.5:
            whole, tenth = rng.randint(lo, hi - 1), rng.randint(1, 9)
            said = [f"{card(whole)} point {card(tenth)} grams"]
            if tenth == 5:
                said.append(f"{card(whole)} and a half grams")
            return f"{whole}.{tenth}{pick(rng, ['g', ' g'])}", said
        n = rng.randint(lo, hi)
        return f"{n}{pick(rng, ['g', ' g'])}", [f"{c} grams" for c in cards(n)]
    return gen


def millilitres(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [150, 200, 250, 300])
    return f"{n}{pick(rng, ['ml', ' ml', 'ml'])}", [f"{c} {u}" for c in cards(n)
                                                    for u in ("milliliters", "millilitres")]


def season_or_year(rng, part):
    return tax_year_slot(rng) if rng.random() < 0.5 else year_slot(rng, 2025, 2027)


def loft_slots(rng, part) -> dict:
    """A floor area, the cost and the cost per square metre, which agree."""
    area = rng.randint(18, 45)
    per = rng.randrange(1200, 2600, 100)
    cost = area * per
    unit = pick(rng, ["m²", " m²", " sq m", " square metres"])
    return {"A": (f"{area}{unit}", [f"{c} square meters" for c in cards(area)]),
            "B": (f"£{cost:,}", pounds(cost)),
            "C": (f"£{per:,}", pounds(per))}


def tractor_slots(rng, part) -> dict:
    """A tractor's year, its price at auction and how far that beat the guide."""
    y = rng.randint(1948, 1989)
    price = rng.randrange(6000, 90000, 250)
    if rng.random() < 0.5:
        over = rng.randint(8, 60)
        above = (f"{over}%", [f"{c} percent" for c in cards(over)])
    else:
        over = rng.randrange(500, price // 3, 250)
        above = (f"£{over:,}", pounds(over))
    return {"A": (str(y), year_readings(y)), "B": (f"£{price:,}", pounds(price)), "C": above}


def precept_slots(rng, part) -> dict:
    """A parish precept's rise, the new total and what a Band D home pays."""
    pct = pct_slot(rng, 2, 9, True)
    total = rng.randrange(12000, 95000, 500)
    return {"A": pct, "B": (f"£{total:,}", pounds(total)),
            "C": pence_sum(25, 140)(rng, part)}


def delivery_slots(rng, part) -> dict:
    """A delivery window of an hour on a given day: "between 9:15am and 10:15am"."""
    h = rng.randint(7, 10)
    m = pick(rng, [0, 15, 30, 45])
    half = pick(rng, ["am", "a.m.", "AM"])
    gap = "" if half == "am" and rng.random() < 0.6 else " "

    def at(hh):
        if m:
            return f"{hh}:{m:02d}{gap}{half}", [f"{card(hh)} {card(m)} AM"]
        return f"{hh}{gap}{half}", [f"{card(hh)} AM"]
    return {"A": at(h), "B": at(h + 1), "C": date_slot(rng, 2025, 2026, 0.0, 0.6)}


def dig_slots(rng, part) -> dict:
    """Two dates of one summer, the second after the first, and the youngest age."""
    m = rng.randint(6, 8)
    a = rng.randint(1, 14)
    b = a + rng.randint(7, 14)
    month = MONTHS[m - 1]
    if rng.random() < 0.5:
        wa, wb = f"{a} {month}", f"{b} {month}"
    else:
        wa, wb = f"{month} {a}", f"{month} {b}"
    age = pick(rng, [14, 16, 16, 18])
    return {"A": (wa, day_month(a, month)), "B": (wb, day_month(b, month)),
            "C": (str(age), [card(age)])}


def gig_slots(rng, part) -> dict:
    """Gates, the first band and the curfew: three times of one day, "11am", "1.30pm",
    "10.30pm" (noon is left out: "12pm" is read two ways)."""
    gates = pick(rng, [11, 13, 14])
    first = gates + pick(rng, [1, 2])
    if first == 12:
        first = 13
    sep = pick(rng, [".", ":"])

    def at(h, m=0):
        hh, half = (h - 12, "PM") if h > 12 else (h, "AM")
        mark = half.lower()
        if m:
            return f"{hh}{sep}{m:02d}{mark}", [f"{card(hh)} {card(m)} {half}"]
        return f"{hh}{mark}", [f"{card(hh)} {half}"]
    curfew, mins = pick(rng, [(22, 30), (23, 0), (22, 0), (23, 30)])
    return {"A": at(gates), "B": at(first, pick(rng, [0, 30])), "C": at(curfew, mins)}


def herd_slot(rng, part) -> tuple[str, list[str]]:
    """A herd by its size before the noun: "the 340-cow herd" ("three hundred and forty
    cow")."""
    n = rng.randrange(80, 900, 10)
    return f"{n}-cow", [f"{c} cow" for c in cards(n) if c[:2] != "a "]


def litres_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randrange(6500, 12500, 50)
    unit = pick(rng, [" litres", " litres", "L", " l"])
    return f"{n:,}{unit}", [f"{c} {u}" for c in cards(n) for u in ("liters", "litres")]


def grant_slot(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [5000, 6000, 7500, 7500, 2500, 10000])
    return f"£{n:,}", pounds(n)


def install_range(rng, part) -> tuple[str, list[str]]:
    a, b, pairs = num_range(rng, 1, 5, 2, 1)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{x} to {y}" for x, y in pairs]


# (frame, {slot: generator (rng, part) -> (written, readings)}, or a function (rng, part) ->
# {slot: (written, readings)} where the numbers depend on each other); dev takes the even
# frames, held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("Lambs sold for up to {A} a head on {B}, with {C} head through the ring.",
     {"A": whole_pounds(90, 190), "B": day_only, "C": slot(count_slot, 400, 6000)}),
    ("The {A} hatchback does {Z} in {B} and returns up to {C}.",
     {"A": engine_gen, "Z": zero_to_slot, "B": seconds_slot, "C": mpg_gen}),
    ("Tickets for the {A} show on {B} cost {C}, plus a {D} booking fee.", ticket_slots),
    ("Your premium for {A} is {B}, or {C} a month over {D} instalments.", premium_slots),
    ("The {A} solar farm will cover {B} and power about {C} homes from {D}.",
     {"A": mw_slot, "B": hectares_slot, "C": slot(count_slot, 2000, 40000),
      "D": slot(year_slot, 2026, 2029)}),
    ("Volunteers collected {A} of litter from {B} of coastline on {C}.",
     {"A": kg_slot(40, 900), "B": distance_slot, "C": dated}),
    ("The {A} bus leaves at {B} and takes {C} minutes to reach the hospital.",
     {"A": route_slot, "B": slot(clock_slot, None, 0.3), "C": slot(count_slot, 12, 55)}),
    ("Trench {A} produced {B} sherds and a coin of {C}.",
     {"A": slot(count_slot, 1, 12), "B": slot(count_slot, 20, 900), "C": reign_gen}),
    ("She lifted {A} at the age of {B}, beating her own record by {C}.",
     {"A": kg_slot(90, 230), "B": slot(age_slot, 40, 75), "C": kg_slot(1, 9, 0.5)}),
    ("Each {A} serving contains {B} of protein and {C} of fibre.",
     {"A": attr_serving, "B": grams(3, 12), "C": grams(1, 6, True)}),
    ("The council will spend {A} resurfacing {B} of roads in {C}.",
     {"A": pound_sum, "B": distance_slot, "C": season_or_year}),
    ("The band plays {A} dates on the tour, with the final show on {C} at {D}.",
     {"A": slot(count_slot, 6, 40), "C": day_only, "D": show_time}),
    ("The loft conversion added {A} of floor space and cost {B}, about {C} per square metre.",
     loft_slots),
    ("The {A} tractor sold for {B} at the dispersal sale, {C} above its guide price.",
     tractor_slots),
    ("The parish precept rises by {A} to {B}, or {C} a year for a Band D home.",
     precept_slots),
    ("Heat pump grants of {A} are available until {B}, and most installs take {C} days.",
     {"A": grant_slot, "B": slot(date_slot, 2025, 2027, 1.0, 0.0), "C": install_range}),
    ("The charity's {A} volunteers gave {B} hours last year, worth an estimated {C}.",
     {"A": slot(count_slot, 40, 900, True), "B": slot(count_slot, 5000, 90000),
      "C": pound_sum}),
    ("Your parcel will arrive between {A} and {B} on {C}.", delivery_slots),
    ("The dig runs from {A} to {B}, and volunteers must be aged {C} or over.", dig_slots),
    ("Gates open at {A}, the first band is on at {B} and the curfew is {C}.", gig_slots),
    ("The new bypass is {A} long, cost {B} and should cut journey times by {C}.",
     {"A": distance_slot, "B": lambda rng, part: pound_sum(rng, part, True),
      "C": lambda rng, part: (
         (lambda n: (f"{n} minutes", [f"{card(n)} minutes"]))(rng.randint(5, 25))
         if rng.random() < 0.5 else pct_slot(rng, 10, 40, False))}),
    ("Milk from the {A} herd averages {B} a cow a year at {C} butterfat.",
     {"A": herd_slot, "B": litres_slot, "C": lambda rng, part: pct_slot(rng, 3, 5, True)}),
    ("The claim was settled for {A} on {B}, {C} days after the storm.",
     {"A": pence_sum(800, 48000), "B": dated, "C": slot(count_slot, 20, 180)}),
    ("Mix {A} of oats with {B} of milk and microwave for {C} minutes.",
     {"A": grams(30, 60), "B": millilitres, "C": slot(count_slot, 2, 4)}),
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
    unseen.round_main("r108", None, per_class=24, seed=791, en=EN)


if __name__ == "__main__":
    main()
