"""Hundred-and-nineteenth round (issue 33), English, every class at once, written after round 118
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the proportions of the ordinary text a user pastes into a speech product
(e-mails, text messages, shop and booking pages, news paragraphs, notices, reviews, forum
posts), from topics the earlier rounds did not draw on: supermarkets and groceries, utility
bills and smart meters, gym memberships, library events, local buses and ferries, plumbing and
home repairs, cinema listings, veterinary pharmacy, office admin and HR e-mails, school trips
and parents' letters, e-commerce order updates, weather warnings, bakery and cafe menus, and
ice skating and bowling. Mostly the formats people type, with a minority of less usual ones.
Counts (ages, "The shelf stacker, 67,", "a 48-year-old plumber"; "2.4M taps", "850K sign-ups";
sizes before a noun, "an 8-screen cinema", "an 18-lane bowling alley", "a 10-class pass", "a
16-seat minibus"), ordinals ("its 214th store", "3rd in the queue", "your 2nd reminder", "the
15th-century tithe barn", "ranked 7th in the world"), dates (written out, cut short, with
weekdays, order updates' "Thu, 9 Oct", "Oct 28th", US "May 22nd, 2025" and "12/21/26", British
"27/10/2026", European "16.02.2025", ISO "2026-06-10"), years (decades, "from 1972 to 1988",
"between 1998 and 2011", "by 2035", "c. 1760", "the big freeze of '82", BC and AD, "2025/26",
"the 2060s"), clock times (12-hour and 24-hour, "06:35", "12 noon", "7 o'clock", a departure
before its noun "the 7.45 bus" ("the seven forty five bus"); with zones no earlier round used,
CKT, FKT, ECT, SST, HDT, PWT, WIT, NRT and MHT, and with 24-hour times OMST, NOVT, KRAT, YAKT,
MAGT, WGT and IRDT), money (loaves, milk, tickets, lanes and skate hire with pence and cents;
fees before their noun, "a £95 call-out fee", "a £2.99 delivery charge"; "£19.99/mo"; grocery
prices "$3.49/lb" and "£2.50/kg" ("two pounds fifty a kilo"); energy unit rates "24.86p per
kWh" ("twenty four point eight six pence per kilowatt hour") and standing charges "53.21p a
day"; multibuys "2 for £5"; salaries "£28,450 p.a."; bills "£187.43"; "was £89, now £59"; codes
GIP, BMD, KYD, AWG, BZD, CVE, HNL, NIO, WST, GMD, NGN and BAM, signs "BZ$", "CI$", "WS$", "₲"
and "Afl."; sums in thousands, millions and billions), measures in the units of those topics
(kWh, kW, m³, bar, mph, km/h, mm, cm, m, ft, g, kg, lb, mg, ml, litres, kcal, miles, km, °C
and frost "-7°C" ("minus seven degrees"), a pint's "568ml"; before a noun "a 15mm pipe"
("fifteen millimeter", "fifteen mil"), "a 9.5kW shower", "an 800g loaf", "a 5kg sack", "a
30-litre daypack", "a 12lb ball"), percentages (price rises, punctuality, inflation, "an 8% pay
rise", "20% VAT" ("twenty percent V A T"), "15% off", "-1.7%", points), decimals (trade and
review ratings, bowling averages "187.6", skating scores "74.32", exchange rates "1.17",
versions), phone numbers (US, with extensions, British five-digit areas and mobiles, "0333",
"0844", "0845" and "0871", the gas emergency line "0800 111 999", "511", "STOP to 60777",
text-to-give "SHELF to 70123", and numbers in Finland, Estonia, Gibraltar, Morocco, the Faroe
Islands, Slovenia, Luxembourg, South Korea, Vietnam and Indonesia), fractions ("1 in 5", "1½
hours" ("an hour and a half"), "½ mile", "½ dozen" ("half a dozen", "a half dozen"), "¼ tablet"
("a quarter of a tablet"), "¼ inch" of ice, "a ¾-inch pipe" ("a three quarter inch"), reviews'
"4/5 stars" ("four out of five"), "12½ acres", glyphs and "5/7"), regnal numerals (kings of
Prussia and Poland, electors of Saxony, a king of Bohemia, a king of Kartli-Kakheti, Assyrian
kings, a prince of Liechtenstein, a duke of Parma, German kings and emperors, a king of Hungary,
a ban of Bosnia ("Stjepan II Kotromanić": "Stjepan the second Kotromanić"), grand princes of
Kyiv, kings of Asturias, a count of Champagne, Aztec emperors, kings of Kandy, sunans of
Surakarta, Asantehenes, marquises of Ferrara and Montferrat, Visconti and della Scala lords,
kings of Denmark, Satavahana and Kakatiya kings, with and without words of a reign) and series
numerals (films "The Hangover Part II", "Saw IV", "Men in Black II", "Mission: Impossible III";
arcade games "Time Crisis II", "House of the Dead III"; "the XX Winter Deaflympics" and "the
XIX Gymnasiade" as ordinals), ranges ("2-3 hours", "10–15 mins", "5-10%", "3–5°C", "5-10cm",
"50-60mph", "6-16lb", "aged 4-7", delivery windows "7-9pm" ("seven to nine PM"), "Mon–Sat
9am–5:30pm", "14–18 July", "2025–2030", "£45-£70"), web addresses, e-mail, handles and
hashtags (hosts and top-level domains by topic: .store, .fitness, .plumbing, .repair, .movie,
.theater, .pharmacy, .jobs, .careers, .cafe, .coffee, .kitchen, .deals, .education, .gi,
.ma, .fo, .si, .kr, .vn; "aino.korhonen@..."), addresses (US ferry towns with suites, floors,
ZIP+4 and P.O. boxes; British ferry towns with postcodes, flats and units; Canadian ferry
towns with provinces and postal codes), titles and abbreviations (CSgt, SSgt, Spr, Tpr, Mne,
Cdl; MCIPD, FCIPD, FCCA, QTS, MRPharmS, BVetMed, RVN, CEng, MIET after a name; "o/s" and
"Twds" before a place, "Intchg", "Lib.", "Rbt" and "Leisure Ctr" after one; BOGOF, VG, DF,
"appt", "c/o", AOB, ICYMI, SAE, "Lge, med or sml", and the texter's "omw", "btw", "idk",
"lmk", "tbh", "brb"; "No. 27", "#12"; street types and "St." as Saint) and mixed sentences
with two to four numbers of different kinds (grocery orders, smart meter days, gym offers,
author talks, ferries, plumbers' invoices, screenings, vet doses, pay rises, school trips,
parcels, storms, bakery orders, bowling, public skates, bills, buses and meetings). Frames and
words are new: no sentence, counted noun, name, street, city, host or ruler here was used by
a committed English set (checked against the inputs of every tn-unseen/*en*.tsv up to round
118 and the word lists of every earlier round script; months, weekdays, states, street types,
courtesy titles, units, currencies and common words recur). Labels are English as a
newsreader speaks it, from first principles; where English has two usual readings all are
accepted, written " ‖ " between them ("twenty four point eight six pence per kilowatt hour ‖
... p per kilowatt hour", "half a dozen ‖ a half dozen", "two pounds fifty a kilo ‖ ... per
kilogram", "an hour and a half ‖ one and a half hours", "fifteen millimeter ‖ fifteen mil").
The "and" after hundred or thousand, "oh" for a zero and letters said one by one are folded
by the comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r119.py [--per-class 24] [--seed 1193]

writes crates/text-normalizer/tests/data/tn-unseen/r119-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime

import unseen
from unseen import pick
from unseen_en import card, digits, ordw
from unseen_r2 import split
from unseen_r95 import MONTHS, WEEKDAYS, cards, house, to_roman, two_years, with_written, \
    year_readings, zero_variants
from unseen_r98 import (clock_slot, combo_row, fill, fill_slots, fraction_slot, mixed_number_slot,
                        ord_slot, pct_slot, street_row)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (address_slot, clock_range, date_slot, decade_slot, minus_slot,
                         plain_digits, points_slot, version_slot, year_slot)
from unseen_r104 import british_numeric, days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import (PROVINCES, date_range_slot, day_month, dotted_slot, early_slot, era_year,
                         oclock_slot, possessive, uk5_slot, us_short_slot, us_suffix_slot)
from unseen_r108 import (MONTH_SHORT, attributive, class_slot, noon_slot, one_in_slot,
                         pence_sum, pounds, said_cents, short_suffix_slot)
from unseen_r112 import (DIRECTIONS, app_fee_slot, big_sum, fee_slot, iso_slot, plan_slot,
                         price_range_slot, retail_slot, unit_gen, was_slots,
                         weekday_short_slot)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r116 import (KG, KM, KMH, LITRE, M, MPH, STREET_TYPES, UK_TYPES, between_slot,
                         distance_frac_slot, halves, pick_gen, room_slot)
from unseen_r116 import count as count_r116
from unseen_r117 import off_slot, small_slot, wait_slot
from unseen_r117 import series_slot as series_slot_r117
from unseen_r117 import site as site_r117
from unseen_r117 import web as web_r117
from unseen_r117 import web_slot as web_slot_r117

ML = ["milliliters", "millilitres"]
CM = ["centimeters"]


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The superstore sold {X} in the first week of the heatwave.",
                 ["watermelons", "lollies"], 99999),
                ("The energy company has completed {X} across the county this year.",
                 ["installations"], 99999),
                ("The gym has added {X} to the cardio floor.", ["rowers"], 60),
                ("The library has {X} signed up for the summer reading challenge.",
                 ["borrowers"], 9999),
                ("The council's depot sent out {X} overnight.", ["gritters"], 60),
                ("The vet pharmacy posted {X} last month.", ["wormers", "dewormers", "chews"],
                 9999),
                ("Payroll processed {X} this month.", ["payslips", "timesheets"], 9999),
                ("The school still needs {X} for the museum trip.", ["chaperones"], 20),
                ("The bakery sold {X} before nine o'clock.",
                 ["croissants", "bagels", "pasties", "doughnuts"], 2000),
                ("The café bakes {X} every morning.", ["scones", "flapjacks", "muffins", "buns"],
                 400),
                ("The bowling alley replaced {X} last year.", ["pins"], 9999),
                ("The rink sharpened {X} over the Christmas holidays.", ["blades"], 9999),
                ("The warehouse packed {X} for the Christmas rush.", ["gift baskets"], 99999),
                ("The farm shop sold {X} at the weekend.", ["punnets of raspberries"], 9999),
                ("Our office said goodbye to {X} at the summer party.", ["leavers"], 30),
                ("The supermarket is giving away {X} before Christmas.", ["turkeys"], 500)]
AGE_FRAMES = [("The shelf stacker, {X}, has worked at the store since it opened.", 40, 75),
              ("{a} {X}-year-old plumber rescued a neighbour from the flooded cellar.", 30, 70),
              ("The ferry's skipper, {X}, makes the crossing six times a day.", 35, 68),
              ("The bus driver, {X}, is retiring after forty years on the route.", 60, 70),
              ("The figure skater, {X}, landed her first triple jump.", 12, 19),
              ("The library's oldest volunteer, {X}, still runs the Thursday book club.", 80,
               98),
              ("The {X}-year-old bowler rolled a perfect game on Sunday.", 14, 82),
              ("Pupils aged {X} and over may bring a phone on the trip.", 11, 14)]
STAT_FRAMES = [("Contactless payments on the buses reached {X} last month.", "taps"),
               ("The gym's new year offer brought in {X}.", "sign-ups")]
# A count before a noun, hyphenated: (frame, the written word after the number, its reading,
# the numbers that fit).
ATTR_FRAMES = [("The town is getting {a} {X} cinema.", "-screen", "screen",
                [6, 8, 9, 10, 12, 14]),
               ("The gym sells {a} {X} pass for drop-in sessions.", "-class", "class",
                [5, 8, 10, 20]),
               ("The leisure park has {a} {X} bowling alley.", "-lane", "lane",
                [8, 11, 12, 16, 18, 20, 24]),
               ("The school has hired {a} {X} minibus for the trip.", "-seat", "seat",
                [8, 12, 14, 16, 17])]


def attr_count_slot(rng, word: str, said: str, numbers) -> tuple[str, list[str]]:
    """A count before its noun: "8-screen" ("eight screen"), "18-lane", "16 seat"."""
    n = pick(rng, numbers)
    mark = word if rng.random() < 0.8 else word.replace("-", " ")
    return f"{n}{mark}", [f"{card(n)} {said}"]


def count(rng, part):
    return count_r116(rng, part, age_frames=AGE_FRAMES, attr_frames=ATTR_FRAMES,
                      count_frames=COUNT_FRAMES, stat_frames=STAT_FRAMES,
                      attr_count_slot=attr_count_slot)


# ----------------------------------------------------------------------------- ordinals

ORDINAL_FRAMES = [("The supermarket chain opens its {X} store this week.", 2, 400),
                  ("You are {X} in the queue, and your call is important to us.", 1, 30),
                  ("Our bakery celebrates its {X} birthday on Saturday.", 2, 120),
                  ("This is your {X} reminder to pay the water bill.", 2, 3),
                  ("The ferry is making its {X} crossing of the day.", 2, 12),
                  ("The library's book club met for the {X} time last night.", 2, 300),
                  ("The bowler finished {X} in the county singles.", 1, 32),
                  ("The skater is now ranked {X} in the world.", 1, 50),
                  ("The {X}-century tithe barn now houses a bakery and café.", 13, 17),
                  ("The school is running its {X} ski trip to Austria.", 2, 40),
                  ("The payroll team has moved to the {X} floor of the annexe.", 1, 12),
                  ("The storm is the {X} to be named this season.", 2, 14)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

DATE_FRAMES = [("Your grocery delivery is booked for {X}.", 2025, 2026),
               ("Your final electricity bill was issued on {X}.", 2025, 2026),
               ("Your gym membership renews on {X}.", 2025, 2026),
               ("The author talk at the library is on {X}.", 2025, 2026),
               ("The new ferry timetable starts on {X}.", 2025, 2026),
               ("The plumber can come round on {X}.", 2025, 2026),
               ("The animated sequel opens in cinemas on {X}.", 2025, 2026),
               ("Your dog's flea tablets were dispatched on {X}.", 2025, 2026),
               ("The office will be closed for the move on {X}.", 2025, 2026),
               ("The geography field trip is on {X}.", 2025, 2026),
               ("An amber weather warning is in force until {X}.", 2025, 2026),
               ("The bakery on the corner first opened on {X}.", 1979, 2024),
               ("The outdoor rink closes for the season on {X}.", 2025, 2026),
               ("Your refund was processed on {X}.", 2024, 2025)]


def order_date_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """An order update's weekday and month cut short: "Thu, 9 Oct", "Tue 14 Jan" ("Tuesday the
    fourteenth of January", "Tuesday January fourteenth")."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    day = WEEKDAYS[datetime.date(y, m, d).weekday()]
    short = MONTH_SHORT[m][1]
    comma = pick(rng, [",", ",", ""])
    return f"{day[:3]}{comma} {d} {short}", [f"{day} {s}" for s in day_month(d, MONTHS[m - 1])]


def date(rng, part):
    k = rng.random()
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    if k < 0.12:
        return fill(frame, *british_numeric(rng, first, last))
    if k < 0.25:
        return fill(frame, *us_suffix_slot(rng, first, last))
    if k < 0.31:
        return fill(frame, *us_short_slot(rng, first, last))
    if k < 0.39:
        return fill(frame, *short_suffix_slot(rng, first, last))
    if k < 0.43:
        return fill(frame, *dotted_slot(rng, first, last))
    if k < 0.47:
        return fill(frame, *iso_slot(rng, first, last))
    if k < 0.52:
        return fill(frame, *weekday_short_slot(rng, first, last))
    if k < 0.58:
        return fill(frame, *order_date_slot(rng, first, last))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25))


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = [("The corner shop has been in the same family since {X}.", 1890, 1990),
               ("The gasworks by the canal closed in {X}.", 1950, 1990),
               ("The town's public library opened in {X}.", 1850, 1960),
               ("The ferry service across the estuary began in {X}.", 1850, 1970),
               ("The picture house on the high street showed its first film in {X}.", 1910,
                1960),
               ("The bowling alley on the ring road opened in {X}.", 1960, 1995),
               ("The village bakery has used the same oven since {X}.", 1900, 1980),
               ("The ice rink at the leisure centre was built in {X}.", 1965, 2005)]
FROM_FRAMES = [("He was head baker at the family bakery from {X}.", 1965, 2005),
               ("She managed the skating rink from {X}.", 1975, 2008)]
BETWEEN_FRAMES = ["Bus fares in the county doubled between {X}.",
                  "The picture house was closed twice between {X}."]
TARGET_FRAMES = ["The energy firm wants a smart meter in every home by {X}.",
                 "All the town's buses should be electric by {X}."]
CIRCA_FRAMES = ["The bread oven in the cellar dates from {X}.",
                "The shop's brass till is thought to be {X}."]
SUMMER_FRAMES = ["Older skaters still talk about the big freeze of {X}.",
                 "Regulars still remember the league champions of {X}."]
ERA_FRAMES = [("The quern stones found under the bakery date from about {X}.", ["BC", "BCE"]),
              ("The bath house under the leisure centre was built in about {X}.", ["AD", "CE"])]
SEASON_FRAMES = ["Council tax bills for {X} are being posted out now.",
                 "Fixtures for the bowling league's {X} season are out now."]
FUTURE_FRAMES = ["Heatwaves like this one could come every summer by {X}.",
                 "Gas boilers could be a thing of the past by {X}."]
FUTURE_DECADES = [("the 2030s", ["the twenty thirties", "the two thousand thirties"]),
                  ("the 2060s", ["the twenty sixties", "the two thousand sixties"]),
                  ("the 2070s", ["the twenty seventies", "the two thousand seventies"])]


def circa_slot(rng) -> tuple[str, list[str]]:
    """"c. 1760", "c.1840", "ca. 1790" ("circa seventeen sixty")."""
    y = rng.randint(1700, 1910)
    mark = pick(rng, ["c. ", "c. ", "c.", "ca. "])
    return f"{mark}{y}", [f"circa {r}" for r in year_readings(y)]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(3, 16)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.14:
        a = rng.randint(1985, 2012) if i == 0 else rng.randint(1960, 1999)
        b = a + rng.randint(5, 13)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.2:
        y = pick(rng, [2027, 2028, 2030, 2033, 2035, 2040])
        return fill(TARGET_FRAMES[i], str(y), year_readings(y))
    if k < 0.27:
        return fill(CIRCA_FRAMES[i], *circa_slot(rng))
    if k < 0.33:
        return fill(SUMMER_FRAMES[i], *class_slot(rng))
    if k < 0.39:
        return fill(ERA_FRAMES[i][0], *era_year(rng, pick(rng, ERA_FRAMES[i][1])))
    if k < 0.45:
        return fill(SEASON_FRAMES[i], *tax_year_slot(rng))
    if k < 0.5:
        return fill(FUTURE_FRAMES[i], *pick(rng, FUTURE_DECADES))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.62:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

ZONES = [("CKT", ["C K T", "Cook Islands Time", "Cook Island Time"]),
         ("FKT", ["F K T", "Falkland Islands Time"]),
         ("ECT", ["E C T", "Ecuador Time", "Eastern Caribbean Time"]),
         ("SST", ["S S T", "Samoa Standard Time", "Samoa Time"]),
         ("HDT", ["H D T", "Hawaii-Aleutian Daylight Time"]),
         ("PWT", ["P W T", "Palau Time"]),
         ("WIT", ["W I T", "Eastern Indonesia Time", "Eastern Indonesian Time"]),
         ("NRT", ["N R T", "Nauru Time"]),
         ("MHT", ["M H T", "Marshall Islands Time"])]
ZONES_24 = [("OMST", ["O M S T", "Omsk Time", "Omsk Standard Time"]),
            ("NOVT", ["N O V T", "Novosibirsk Time"]),
            ("KRAT", ["K R A T", "Krasnoyarsk Time"]),
            ("YAKT", ["Y A K T", "Yakutsk Time"]),
            ("MAGT", ["M A G T", "Magadan Time"]),
            ("WGT", ["W G T", "West Greenland Time", "Western Greenland Time"]),
            ("IRDT", ["I R D T", "Iran Daylight Time"])]
# (frame, the half of the day it takes or None, whether a 24-hour time before ten fits it)
TIME_FRAMES = [("Your parcel was left in the porch at {X}.", "AM", True),
               ("The last ferry back to the mainland leaves at {X}.", "PM", False),
               ("The plumber said he would be here by {X}.", None, False),
               ("The first bus into town leaves at {X}.", "AM", True),
               ("The next screening starts at {X}.", "PM", False),
               ("Please collect your cat's prescription before {X}.", None, False),
               ("Your grocery delivery is now due at {X}.", None, True),
               ("The coach for the school trip leaves the car park at {X}.", "AM", True),
               ("The weather warning comes into force at {X}.", None, True),
               ("Fresh bread comes out of the oven at {X}.", "AM", True),
               ("Family bowling starts at {X} on Saturdays.", "PM", False),
               ("Click and collect orders are ready from {X}.", None, True)]
ZONE_FRAMES = ["The online grocery flash sale ends at {X}.",
               "The webinar about your new tariff starts at {X}.",
               "The film premiere will be streamed live at {X}.",
               "The HR town hall call is at {X}."]
DEPARTURE_FRAMES = ["I'll be on the {X} bus from the station.",
                    "We missed the {X} ferry by two minutes."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. CKT") or 24-hour ("14:35 OMST", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def departure_slot(rng) -> tuple[str, list[str]]:
    """A departure named by its time, British style with a dot: "7.45" ("seven forty five"),
    "8.05" ("eight oh five")."""
    h, mi = rng.randint(5, 11), pick(rng, [5, 10, 15, 20, 25, 35, 40, 45, 50, 55])
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return f"{h}.{mi:02d}", [f"{card(h)} {mins}"]


def clock(rng, part):
    k = rng.random()
    if k < 0.18:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    if k < 0.26:
        return fill(DEPARTURE_FRAMES[0 if part == "dev" else 1], *departure_slot(rng))
    frame, half, early = pick(rng, split(TIME_FRAMES, part))
    if k < 0.36 and early:
        return fill(frame, *early_slot(rng))
    if k < 0.42 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.47 and half != "AM":
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A large sourdough loaf is {X} at the bakery.", 3, 6),
                 ("An adult cinema ticket costs {X} before five.", 7, 14),
                 ("A game of bowling is {X} per person.", 4, 9),
                 ("Skate hire at the rink is {X} on top of entry.", 2, 5),
                 ("A flat white at the station café costs {X}.", 2, 4),
                 ("A month of flea treatment for a large dog is {X}.", 9, 24)]
CALLOUT_FRAMES = [("The plumber charges {a} {X} call-out fee.", "£", "pound",
                   [60, 75, 80, 85, 90, 95, 120, 150]),
                  ("Parents pay {a} {X} deposit to hold a place on the ski trip.", "£", "pound",
                   [50, 75, 100, 150, 200, 250])]
APP_FRAMES = ["Off-peak gym membership is {X}.", "The cinema's unlimited card costs {X}."]
FEE_FRAMES = ["There's a {X} delivery charge on orders under forty pounds.",
              "The vet pharmacy adds a {X} handling fee to each order."]
PER_FRAMES = ["Loose cherries are {X} at the market stall.", "Ground beef is {X} this week."]
RATE_FRAMES = ["Our electricity unit rate is now {X}.",
               "The gas standing charge has gone up to {X}."]
MULTIBUY_FRAMES = ["Pastries at the bakery are {X} all week.",
                   "Bags of salad are {X} at the supermarket."]
SMALL_FRAMES = ["A sausage roll from the bakery is {X}.", "A single bus fare into town is now {X}."]
BILL_FRAMES = ["Your electricity bill for March is {X}.", "The plumber's invoice comes to {X}."]
SALARY_FRAMES = ["The payroll assistant post pays {X}.",
                 "The school trip coordinator role pays {X}."]
# (code, readings, the smallest and largest sum that fits)
CODES = [("GIP", ["pounds", "Gibraltar pounds"], (5, 900)),
         ("BMD", ["dollars", "Bermudian dollars", "Bermuda dollars"], (5, 2000)),
         ("KYD", ["dollars", "Cayman Islands dollars", "Cayman dollars"], (5, 2000)),
         ("AWG", ["florins", "Aruban florins"], (10, 3000)),
         ("BZD", ["dollars", "Belize dollars"], (10, 3000)),
         ("CVE", ["escudos", "Cape Verdean escudos"], (500, 90000)),
         ("HNL", ["lempiras", "Honduran lempiras"], (100, 20000)),
         ("NIO", ["córdobas", "cordobas", "Nicaraguan córdobas"], (100, 20000)),
         ("WST", ["tala", "Samoan tala"], (10, 2000)),
         ("GMD", ["dalasis", "dalasi", "Gambian dalasis"], (100, 20000)),
         ("NGN", ["naira", "Nigerian naira"], (1000, 900000)),
         ("BAM", ["marks", "convertible marks", "Bosnian convertible marks"], (5, 2000))]
SIGNS = [("BZ$", ["dollars", "Belize dollars"], (10, 2000)),
         ("CI$", ["dollars", "Cayman Islands dollars", "Cayman dollars"], (5, 900)),
         ("WS$", ["tala", "Samoan tala"], (5, 900)),
         ("₲", ["guaraníes", "guaranies", "guaranis", "Paraguayan guaraníes"], (5000, 900000)),
         ("Afl. ", ["florins", "Aruban florins"], (10, 900))]
ABROAD_FRAMES = ["The car ferry to the island cost us {X} for the whole family.",
                 "Our first big supermarket shop after the move came to {X}."]
WAS_FRAMES = ["Air fryer, was {A}, now {B}.", "Annual swim and gym pass: was {A}, now only {B}."]
LARGE_MONEY_FRAMES = [("The supermarket chain made a profit of {X} last year.", True),
                      ("The new bus station cost {X}.", False),
                      ("The energy supplier was fined {X} for overcharging.", False),
                      ("The cinema chain was sold for {X}.", True),
                      ("The ferry operator has ordered two new ships worth {X}.", True),
                      ("The refurbished ice rink cost {X}.", False),
                      ("The online grocer's Christmas sales reached {X}.", True),
                      ("The library service has {X} to spend on new books.", False)]


def callout_slot(rng, sym: str, unit: str, numbers) -> tuple[str, list[str]]:
    """A fee before its noun: "a £95 call-out fee" ("a ninety five pound call-out fee"), "a
    £150 deposit" ("a hundred and fifty pound", "a one hundred and fifty pound")."""
    n = pick(rng, numbers)
    return f"{sym}{n}", [f"{c} {unit}" for c in attributive(n)]


def per_weight_slot(rng, part) -> tuple[str, list[str]]:
    """A price by weight: "$3.49/lb" ("three forty nine a pound", "three dollars forty nine
    per pound"), "£2.50/kg" ("two pounds fifty a kilo")."""
    if part == "dev":
        sym, unit, one, small = pick(rng, [("£", "pounds", "pound", "pence"),
                                           ("€", "euros", "euro", "cents")])
        mark = pick(rng, ["/kg", "/kg", " per kg", " a kg"])
        tails = ["per kilo", "a kilo", "per kilogram", "a kilogram"]
    else:
        sym, unit, one, small = "$", "dollars", "dollar", "cents"
        mark = pick(rng, ["/lb", "/lb", " per lb", " a lb"])
        tails = ["per pound", "a pound"]
    whole, c = rng.randint(1, 9), pick(rng, [49, 99, 29, 79, 50, 25, 75, 69])
    return f"{sym}{whole}.{c}{mark}", [f"{h} {t}" for h in said_cents(whole, c, unit, one, small)
                                       for t in tails]


def unit_rate_slot(rng, part) -> tuple[str, list[str]]:
    """An energy price in pence with decimals: "24.86p per kWh" ("twenty four point eight six
    pence per kilowatt hour"), "53.21p a day"."""
    if part == "dev":
        whole = rng.randint(19, 32)
        mark, tails = pick(rng, [(" per kWh", ["per kilowatt hour"]),
                                 ("/kWh", ["per kilowatt hour"]),
                                 (" per unit", ["per unit"])])
    else:
        whole = rng.randint(28, 62)
        mark, tails = pick(rng, [(" a day", ["a day"]), (" per day", ["per day"]),
                                 ("/day", ["per day", "a day"])])
    frac = f"{rng.randint(0, 9)}{rng.randint(1, 9)}" if rng.random() < 0.7 else \
        str(rng.randint(1, 9))
    heads = [f"{card(whole)} point {d}" for d in zero_variants(digits(frac))]
    return f"{whole}.{frac}p{mark}", [f"{h} {u} {t}" for h in heads for u in ("pence", "p")
                                      for t in tails]


def multibuy_slot(rng) -> tuple[str, list[str]]:
    """A multibuy: "2 for £5" ("two for five pounds"), "3 for £2", and "3 for 2" ("three for
    two")."""
    if rng.random() < 0.2:
        return "3 for 2", ["three for two"]
    n = pick(rng, [2, 2, 3, 3, 4])
    p = rng.randint(2, 10)
    return f"{n} for £{p}", [f"{card(n)} for {card(p)} pounds"]


def salary_slot(rng) -> tuple[str, list[str]]:
    """A salary as job adverts write it: "£28,450 p.a." ("twenty eight thousand four hundred
    and fifty pounds per annum", "a year"), "£31,000 per annum", "£24,600 a year"."""
    n = rng.randrange(21000, 46000, 50)
    mark, tails = pick(rng, [(" p.a.", ["per annum", "a year", "p a"]),
                             (" pa", ["per annum", "a year", "p a"]),
                             (" per annum", ["per annum"]), (" a year", ["a year"])])
    return f"£{n:,}{mark}", [f"{p} {t}" for p in pounds(n) for t in tails]


def abroad_money_slot(rng, codes=CODES, signs=SIGNS) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("GIP 45", "12,500 CVE") or a sign before it
    ("BZ$85", "₲150,000", "Afl. 40")."""
    if rng.random() < 0.7:
        code, units, (lo, hi) = pick(rng, codes)
        n = rng.randrange(lo, hi, 5 if hi < 10000 else 500)
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units, (lo, hi) = pick(rng, signs)
        n = rng.randrange(lo, hi, 5 if hi < 10000 else 500)
        written = f"{sign}{with_written(n, rng, 0.9)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.16:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.22:
        frame, sym, unit, numbers = CALLOUT_FRAMES[i]
        return fill(frame, *callout_slot(rng, sym, unit, numbers))
    if k < 0.27:
        return fill(APP_FRAMES[i], *app_fee_slot(rng))
    if k < 0.33:
        return fill(FEE_FRAMES[i], *fee_slot(rng))
    if k < 0.39:
        return fill(PER_FRAMES[i], *per_weight_slot(rng, part))
    if k < 0.45:
        return fill(RATE_FRAMES[i], *unit_rate_slot(rng, part))
    if k < 0.5:
        return fill(MULTIBUY_FRAMES[i], *multibuy_slot(rng))
    if k < 0.55:
        return fill(SMALL_FRAMES[i], *small_slot(rng))
    if k < 0.6:
        return fill(BILL_FRAMES[i], *pence_sum(40, 480)(rng, part))
    if k < 0.65:
        return fill(SALARY_FRAMES[i], *salary_slot(rng))
    if k < 0.73:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.79:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

CELSIUS = [("°C", ["degrees Celsius", "degrees"]), (" °C", ["degrees Celsius", "degrees"])]
KCAL = [(" kcal", ["kilocalories", "calories"]), ("kcal", ["kilocalories", "calories"])]
LB = [(" lb", ["pounds"]), ("lb", ["pounds"]), (" lbs", ["pounds"]), ("lbs", ["pounds"])]
FT = [(" ft", ["feet"]), ("ft", ["feet"]), (" feet", ["feet"])]


def frost_slot(rng, part) -> tuple[str, list[str]]:
    """A temperature below zero: "-7°C", "−4 °C" ("minus seven degrees Celsius", "negative seven
    degrees")."""
    n = rng.randint(2, 14)
    sign = pick(rng, ["-", "-", "−"])
    unit = pick(rng, ["°C", "°C", " °C", "C"])
    return f"{sign}{n}{unit}", [f"{m} {card(n)} {u}" for m in ("minus", "negative")
                                for u in ("degrees Celsius", "degrees")]


def pint_slot(rng, part) -> tuple[str, list[str]]:
    """A British pint in millilitres: "568ml" ("five hundred and sixty eight milliliters")."""
    return f"568{pick(rng, ['ml', ' ml', 'ml'])}", [f"five hundred and sixty eight {u}"
                                                    for u in ML]


MEASURE_FRAMES = [
    ("Our house used {X} of electricity last month.",
     unit_gen([(" kWh", ["kilowatt hours"]), ("kWh", ["kilowatt hours"])], 150, 900)),
    ("The smart meter shows the kettle drawing {X}.",
     unit_gen([("kW", ["kilowatts"]), (" kW", ["kilowatts"])], 2, 3, 1.0)),
    ("The gas meter shows {X} used this quarter.",
     unit_gen([("m³", ["cubic meters"]), (" m³", ["cubic meters"]),
               (" cubic metres", ["cubic meters"])], 40, 400)),
    ("Boiler pressure should sit at about {X} when the heating is off.",
     unit_gen([(" bar", ["bar"])], 1, 2, 1.0)),
    ("Gusts of {X} are expected on exposed coasts.", unit_gen(MPH, 55, 90)),
    ("Up to {X} of snow could fall on high ground.",
     unit_gen([("cm", CM), (" cm", CM)], 5, 30)),
    ("The storm dropped {X} of rain in twelve hours.",
     unit_gen([("mm", ["millimeters"]), (" mm", ["millimeters"])], 25, 140)),
    ("Visibility on the bypass fell to {X} in the fog.",
     unit_gen([("m", M), (" m", M), (" metres", M)], 30, 200)),
    ("Overnight lows of {X} are forecast.", frost_slot),
    ("Each loaf uses {X} of flour.", unit_gen([("g", ["grams"]), (" g", ["grams"])], 300, 900)),
    ("The new bus route is {X} long.", unit_gen([(" miles", ["miles"]), (" km", KM)], 8, 40,
                                                 0.4)),
    ("The treadmill's top speed is {X}.", unit_gen(KMH, 16, 22)),
    ("Each tablet contains {X} of the active ingredient.",
     pick_gen([5, 10, 20, 25, 50, 100, 250, 400, 500], [("mg", ["milligrams"]),
                                                        (" mg", ["milligrams"])])),
    ("Give the cat {X} of the liquid with food.",
     unit_gen([("ml", ML), (" ml", ML)], 0, 3, 1.0)),
    ("A pint of milk is {X}.", pint_slot),
    ("The cinnamon bun on the café menu has {X}.", unit_gen(KCAL, 280, 690)),
    ("The heaviest ball at the alley weighs {X}.", pick_gen([14, 15, 16], LB)),
    ("The chest freezer in the shop holds {X}.",
     unit_gen([(" litres", LITRE), ("L", LITRE), (" L", LITRE)], 100, 420)),
    ("Your order weighs {X} and ships free.", unit_gen([("kg", KG), (" kg", KG)], 1, 9, 0.7)),
    ("The ice on the outdoor rink is {X} thick.", unit_gen([("cm", CM), (" cm", CM)], 3, 12,
                                                           0.4)),
    ("The main screen at the multiplex is {X} wide.", unit_gen(FT, 40, 85)),
    ("The coastal walk on the school trip is {X}.",
     unit_gen([(" km", KM), ("km", KM), (" miles", ["miles"])], 4, 14, 0.3)),
    ("The heaviest dumbbells in the gym are {X} each.", pick_gen([40, 45, 50, 55, 60],
                                                                 [("kg", KG), (" kg", KG)])),
    ("Our family gets through {X} of water a day.",
     unit_gen([(" litres", LITRE), ("L", LITRE)], 280, 520)),
]


def pipe_slot(rng) -> tuple[str, list[str]]:
    """A pipe's width before its noun: "15mm" ("fifteen millimeter", the trade's "fifteen
    mil")."""
    n = pick(rng, [15, 15, 22, 22, 28])
    return f"{n}{pick(rng, ['mm', 'mm', ' mm'])}", [f"{card(n)} millimeter", f"{card(n)} mil"]


def shower_slot(rng) -> tuple[str, list[str]]:
    """A shower's power before its noun: "9.5kW" ("nine point five kilowatt", "nine and a half
    kilowatt"), "10.5 kW"."""
    whole = pick(rng, [7, 8, 9, 10])
    return f"{whole}.5{pick(rng, ['kW', 'kW', ' kW'])}", [f"{h} kilowatt" for h in halves(whole, 5)]


def loaf_slot(rng) -> tuple[str, list[str]]:
    """A loaf's weight before its noun: "800g" ("eight hundred gram"), "400 g"."""
    n = pick(rng, [400, 400, 800, 800, 600])
    return f"{n}{pick(rng, ['g', 'g', ' g', '-gram'])}", [f"{card(n)} gram"]


def sack_slot(rng) -> tuple[str, list[str]]:
    """A sack's weight before its noun: "5kg" ("five kilogram", "five kilo")."""
    n = pick(rng, [2, 5, 5, 10, 15, 20, 25])
    return f"{n}{pick(rng, ['kg', 'kg', ' kg', '-kilo'])}", [f"{card(n)} {u}" for u in
                                                             ("kilogram", "kilo")]


def daypack_slot(rng) -> tuple[str, list[str]]:
    """A bag's size before its noun: "30-litre" ("thirty litre"), "25L"."""
    n = pick(rng, [20, 25, 30, 35, 40])
    return f"{n}{pick(rng, ['-litre', '-litre', 'L', ' litre', '-liter'])}", \
        [f"{card(n)} {u}" for u in ("litre", "liter")]


def ball_slot(rng) -> tuple[str, list[str]]:
    """A bowling ball's weight before its noun: "12lb" ("twelve pound"), "10-pound"."""
    n = rng.randint(6, 16)
    return f"{n}{pick(rng, ['lb', 'lb', ' lb', '-pound'])}", [f"{card(n)} pound"]


# (frame, a generator of the measure before its noun); dev takes the even ones.
ATTR_MEASURE_FRAMES = [("The plumber replaced {a} {X} pipe under the sink.", pipe_slot),
                       ("We've had {a} {X} electric shower fitted.", shower_slot),
                       ("The bakery's best seller is {a} {X} seeded loaf.", loaf_slot),
                       ("The kit list asks for {a} {X} daypack.", daypack_slot),
                       ("The corner shop sells potatoes in {a} {X} sack.", sack_slot),
                       ("I bowl with {a} {X} ball.", ball_slot)]


def measure(rng, part, frames=MEASURE_FRAMES, attr_frames=ATTR_MEASURE_FRAMES):
    k = rng.random()
    if k < 0.25:
        frame, gen = pick(rng, split(attr_frames, part))
        return fill(frame, *gen(rng))
    frame, gen = pick(rng, split(frames, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

PERCENT_FRAMES = [("Energy bills will rise by {X} in April.", 2, 15, True),
                  ("Only {X} of homes on the estate have a smart meter.", 30, 70, False),
                  ("Bus punctuality on the coastal route fell to {X}.", 60, 95, True),
                  ("Food inflation eased to {X} last month.", 1, 12, True),
                  ("Around {X} of our staff work from home on Fridays.", 20, 70, False),
                  ("The chance of rain tomorrow afternoon is {X}.", 10, 90, False),
                  ("Online orders now make up {X} of the grocer's sales.", 10, 45, True),
                  ("Gym attendance jumps by {X} every January.", 15, 60, False)]
RAISE_FRAMES = ["Staff will get {a} {X} pay rise from April.",
                "Pensioners get {a} {X} discount at the bakery on Tuesdays."]
OFF_FRAMES = ["Members get {X} off all hot drinks before ten.",
              "Use the code at checkout for {X} off your first order."]
VAT_FRAMES = ["Domestic gas is charged at {X}.", "All labour is charged plus {X}."]
MINUS_FRAMES = ["Household gas use changed by {X} on last winter.",
                "The grocer's like-for-like sales moved {X} in the quarter."]
POINTS_FRAMES = [("Satisfaction with the bus service fell by {X} points.", 2, 9),
                 ("The discounter's market share rose {X} percentage points.", 1, 4)]


def raise_slot(rng) -> tuple[str, list[str]]:
    """A share before its noun: "an 8% pay rise" ("an eight percent"), "a 3.5% pay rise" ("three
    point five", "three and a half"), "a 10 per cent discount"."""
    if rng.random() < 0.3:
        w = pick(rng, [2, 3, 4, 6])
        return f"{w}.5%", [f"{card(w)} point five percent", f"{card(w)} and a half percent"]
    n = pick(rng, [2, 3, 4, 5, 6, 8, 10, 11, 15])
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{card(n)} percent"]


def vat_slot(rng, part) -> tuple[str, list[str]]:
    """VAT at its rate: "5% VAT" ("five percent V A T"), "20% VAT"."""
    n = 5 if part == "dev" else 20
    return f"{n}{pick(rng, ['%', '%', ' per cent'])} VAT", [f"{card(n)} percent V A T"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(RAISE_FRAMES[i], *raise_slot(rng))
    if k < 0.21:
        return fill(OFF_FRAMES[i], *off_slot(rng))
    if k < 0.27:
        return fill(VAT_FRAMES[i], *vat_slot(rng, part))
    if k < 0.33:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.39:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, the smallest and largest value, its decimal places)
DECIMAL_FRAMES = [("The plumber scores {X} out of ten on the trade review site.", 8.51, 9.99,
                   2),
                  ("The bakery's average rating on the map app is {X}.", 3.6, 4.9, 1),
                  ("Her bowling average this season is {X}.", 140.1, 215.9, 1),
                  ("The skater's short programme scored {X}.", 40.01, 89.99, 2),
                  ("The ferry office was giving {X} euros to the pound.", 1.08, 1.19, 2),
                  ("The average basket at the checkout held {X} items.", 12.1, 31.9, 1),
                  ("Cinemagoers rate the new comedy {X} out of ten.", 5.1, 8.9, 1),
                  ("Our gym's average class has {X} people in it.", 8.1, 19.9, 1)]
VERSION_FRAMES = ["Update the bus timetable app to version {X}.",
                  "Your smart meter's software is now version {X}."]


def decimal(rng, part, frames=DECIMAL_FRAMES, version_frames=VERSION_FRAMES):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.14:
        return fill(version_frames[i], *version_slot(rng))
    frame, lo, hi, places = pick(rng, split(frames, part))
    return fill(frame, *between_slot(rng, lo, hi, places))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book a smart meter installation, call {X}.",
                "To arrange a boiler service, ring the plumber on {X}.",
                "The vet pharmacy's helpline is {X}.",
                "HR can be reached on {X}.",
                "To cancel your gym membership, call {X}.",
                "The ferry booking line is {X}.",
                "For lost property left on the buses, ring {X}.",
                "Problems with your order? Call us on {X}."]
SHORT_LINES = [("If you smell gas, call {X} straight away.", "0800 111 999",
                zero_variants("zero eight zero zero one one one nine nine nine")
                + ["oh eight hundred one one one nine nine nine",
                   "oh eight hundred triple one triple nine",
                   "zero eight zero zero triple one triple nine",
                   "oh eight oh oh triple one triple nine"]),
               ("For road and ferry conditions, dial {X}.", "511",
                ["five one one", "five eleven"])]
TEXT_FRAMES = ["Text {X} to give three pounds to the library's book fund.",
               "To stop offers from the supermarket, text {X}."]
KEYWORDS = ["SHELF", "CRUMPET", "SATCHEL", "LUNCHBOX", "BAGEL", "SKATEPARK"]
NONGEO = ["0333", "0844", "0845", "0871"]
# (country code, readings after "plus", groups, the digits the number opens with): Finland,
# Estonia, Gibraltar, Morocco, the Faroe Islands, Slovenia, Luxembourg, South Korea, Vietnam,
# Indonesia.
ABROAD = [("358", ["three five eight", "three fifty eight"], (2, 3, 4), "4"),
          ("372", ["three seven two", "three seventy two"], (4, 4), "5"),
          ("350", ["three five zero", "three five oh", "three fifty"], (3, 5), "2"),
          ("212", ["two one two", "two twelve"], (1, 2, 2, 2, 2), "6"),
          ("298", ["two nine eight", "two ninety eight"], (2, 2, 2), "2"),
          ("386", ["three eight six", "three eighty six"], (2, 3, 3), "4"),
          ("352", ["three five two", "three fifty two"], (3, 3, 3), "6"),
          ("82", ["eight two", "eighty two"], (2, 4, 4), "1"),
          ("84", ["eight four", "eighty four"], (3, 3, 3), "9"),
          ("62", ["six two", "sixty two"], (3, 4, 4), "8")]


def text_slot(rng, part, keywords=KEYWORDS) -> tuple[str, list[str]]:
    """A keyword and a short code: "SHELF to 70123" ("SHELF to seven zero one two three"),
    "STOP to 60777"."""
    word = pick(rng, keywords) if part == "dev" else "STOP"
    code = plain_digits(rng, 5, "678")
    return f"{word} to {code}", [f"{word} to {s}" for s in zero_variants(digits(code))]


def nongeo_slot(rng, heads=NONGEO) -> tuple[str, list[str]]:
    """A British business number, "0871 234 5678", digit by digit."""
    head = pick(rng, heads)
    a, b = plain_digits(rng, 3, "2345679"), plain_digits(rng, 4, "0123456789")
    while a[0] == head[-1] or b[0] == a[-1]:
        a, b = plain_digits(rng, 3, "2345679"), plain_digits(rng, 4, "0123456789")
    return f"{head} {a} {b}", zero_variants(f"{digits(head)} {digits(a)} {digits(b)}")


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


def phone(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        frame, written, said = SHORT_LINES[i]
        return fill(frame, written, said)
    if k < 0.15:
        return fill(TEXT_FRAMES[i], *text_slot(rng, part))
    frame = pick(rng, split(PHONE_FRAMES, part))
    if k < 0.4:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.46:
        return fill(frame, *extension_slot(rng))
    if k < 0.64:
        return fill(frame, *uk5_slot(rng))
    if k < 0.76:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["About {X} of households have switched energy supplier.",
                   "Nearly {X} of the library's loans are now e-books.",
                   "Almost {X} of the gym's members never turn up.",
                   "About {X} of the supermarket's fruit is imported.",
                   "Roughly {X} of our orders ship the same day.",
                   "More than {X} of the town's buses ran late in December.",
                   "Around {X} of staff have already booked their summer leave.",
                   "Over {X} of the bakery's takings come before nine."]
ONE_IN_FRAMES = ["About {X} households are behind on their energy bills.",
                 "Roughly {X} online orders arrive later than promised."]
WAIT_FRAMES = [("The plumber turned up {X} late.", "hour"),
               ("The residential school trip lasts {X}.", "day")]
DISTANCE_FRAMES = ["The nearest bus stop is {X} away.", "The rink is {X} from the station."]
DOSE_FRAMES = ["Give your dog {X} twice a day with food.", "The vet says to give {X} each morning."]
ICE_FRAMES = ["Up to {X} of ice could build up on untreated roads.",
              "Forecasters expect {X} of freezing rain overnight."]
SHOP_FRAMES = ["Can you grab {X} eggs on your way home?", "The plumber fitted a {X} copper pipe."]
STARS_FRAMES = ["I'd give the café {X} stars.", "The critic gave the new thriller {X}."]
ACRE_FRAMES = ["The new retail park covers {X} acres.",
               "The school's playing fields cover {X} acres."]


def dose_slot(rng) -> tuple[str, list[str]]:
    """A part of a tablet: "½ tablet" ("half a tablet", "a half tablet"), "¼ tablet" ("a
    quarter of a tablet"), "1½ tablets" ("one and a half tablets", "a tablet and a half")."""
    k = rng.randrange(3)
    if k == 0:
        return f"{pick(rng, ['½', '1/2'])} tablet", ["half a tablet", "a half tablet",
                                                     "one half tablet", "one half of a tablet"]
    if k == 1:
        return f"{pick(rng, ['¼', '1/4'])} tablet", ["a quarter of a tablet", "a quarter tablet",
                                                     "one quarter tablet", "quarter of a tablet",
                                                     "one quarter of a tablet"]
    return f"1{pick(rng, ['½', ' 1/2'])} tablets", ["one and a half tablets",
                                                    "a tablet and a half"]


def ice_slot(rng) -> tuple[str, list[str]]:
    """Ice in inches: "¼ inch" ("a quarter inch", "a quarter of an inch"), "½ inch" ("half an
    inch"), "¾ inch", "1½ inches" ("an inch and a half")."""
    k = rng.randrange(4)
    if k == 0:
        return f"{pick(rng, ['¼', '1/4'])} inch", ["a quarter inch", "a quarter of an inch",
                                                   "one quarter inch", "quarter of an inch",
                                                   "one quarter of an inch"]
    if k == 1:
        return f"{pick(rng, ['½', '1/2'])} inch", ["half an inch", "a half inch",
                                                   "one half inch", "one half of an inch"]
    if k == 2:
        return f"{pick(rng, ['¾', '3/4'])} inch", ["three quarters of an inch",
                                                   "three quarter inch", "three quarters inch",
                                                   "three fourths of an inch"]
    return f"1{pick(rng, ['½', ' 1/2'])} inches", ["one and a half inches", "an inch and a half"]


def dozen_slot(rng) -> tuple[str, list[str]]:
    """"½ dozen" ("half a dozen", "a half dozen"), "1½ dozen" ("a dozen and a half")."""
    if rng.random() < 0.7:
        return f"{pick(rng, ['½', '1/2'])} dozen", ["half a dozen", "a half dozen",
                                                    "one half dozen"]
    return f"1{pick(rng, ['½', ' 1/2'])} dozen", ["one and a half dozen", "a dozen and a half"]


def pipe_frac_slot(rng) -> tuple[str, list[str]]:
    """A pipe's width before its noun in inches: "½-inch" ("half inch", "one half inch"),
    "¾in" ("three quarter inch")."""
    glyph, slash, said = pick(rng, [("½", "1/2", ["half inch", "one half inch"]),
                                    ("¾", "3/4", ["three quarter inch", "three quarters inch",
                                                  "three fourths inch"])])
    num = glyph if rng.random() < 0.7 else slash
    return f"{num}{pick(rng, ['-inch', '-inch', ' inch', 'in'])}", said


def stars_slot(rng, part) -> tuple[str, list[str]]:
    """A score out of a whole: "4/5" ("four out of five"), "7/10" ("seven out of ten")."""
    if part == "dev":
        a, b = rng.randint(1, 4), 5
    else:
        a, b = rng.randint(3, 9), 10
    return f"{a}/{b}", [f"{card(a)} out of {card(b)}"]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.09:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.19:
        frame, unit = WAIT_FRAMES[i]
        return fill(frame, *wait_slot(rng, unit))
    if k < 0.27:
        return fill(DISTANCE_FRAMES[i], *distance_frac_slot(rng))
    if k < 0.35:
        return fill(DOSE_FRAMES[i], *dose_slot(rng))
    if k < 0.42:
        return fill(ICE_FRAMES[i], *ice_slot(rng))
    if k < 0.5:
        return fill(SHOP_FRAMES[i], *(dozen_slot(rng) if i == 0 else pipe_frac_slot(rng)))
    if k < 0.57:
        return fill(STARS_FRAMES[i], *stars_slot(rng, part))
    if k < 0.63:
        return fill(ACRE_FRAMES[i], *mixed_number_slot(rng, 2, 30, 3))
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

# (name, the numerals it took, the title it is given or None, a name after the numeral or
# None): kings of Prussia, kings of Poland, electors of Saxony, a king of Bohemia, a king of
# Kartli-Kakheti, Assyrian kings, a prince of Liechtenstein, a duke of Parma, German kings and
# emperors, a king of Hungary, a ban of Bosnia, grand princes of Kyiv, kings of Asturias, a
# count of Champagne, Aztec emperors, kings of Kandy, sunans of Surakarta, Asantehenes,
# marquises of Ferrara and Montferrat, Visconti and della Scala lords, kings of Denmark, and
# Satavahana and Kakatiya kings.
RULERS = [("Friedrich", [1, 2, 3], "King", None), ("Zygmunt", [1, 2, 3], "King", None),
          ("Johann Georg", [1, 2, 3, 4], "Elector", None), ("Vladislaus", [2], "King", None),
          ("Heraclius", [2], "King", None), ("Tiglath-Pileser", [1, 3], "King", None),
          ("Hans-Adam", [2], "Prince", None), ("Carlo", [3], "Duke", None),
          ("Konrad", [2, 3], "King", None), ("Lajos", [1], "King", None),
          ("Stjepan", [2], None, "Kotromanić"), ("Izyaslav", [1, 2], "Grand Prince", None),
          ("Heinrich", [4, 5], "Emperor", None), ("Fruela", [1, 2], "King", None),
          ("Thibaut", [4], "Count", None), ("Montezuma", [1, 2], "Emperor", None),
          ("Rajasinghe", [1, 2], "King", None), ("Pakubuwono", [10, 12], None, None),
          ("Opoku Ware", [1, 2], None, None), ("Niccolò", [3], None, "d'Este"),
          ("Galeazzo", [2], None, "Visconti"), ("Guglielmo", [7], "Marquis", None),
          ("Cangrande", [1, 2], None, "della Scala"), ("Christoffer", [1, 2, 3], "King", None),
          ("Satakarni", [1, 2], "King", None), ("Prataparudra", [1, 2], "King", None)]
REGNAL_FRAMES = ["The castle we visited on the school trip was built in the reign of {X}.",
                 "The library's history talk is about the court of {X}.",
                 "The bakery claims its gingerbread recipe dates from the reign of {X}.",
                 "The cinema is showing a new biopic of {X}.",
                 "The old ferry crossing was granted its charter by {X}.",
                 "A silver coin of {X} turned up under the kitchen floorboards.",
                 "The market square was laid out during the reign of {X}.",
                 "The palace on the coach tour was a summer home of {X}."]
# Series in Roman numerals: (as written, the numbers it takes, the reading of the words before
# the number where it differs, frames). Dev takes the even ones, held-out the odd.
SERIES = [("The Hangover Part", [2, 3], None, ["The retro film club is showing {X} on Friday.",
                                               "Tonight's late show at the multiplex is {X}."]),
          ("Saw", [2, 3, 4, 5, 6], None, ["The horror all-nighter opens with {X}.",
                                          "The student night screening is {X}."]),
          ("Men in Black", [2], None, ["The half-term matinee is {X}.",
                                       "The outdoor cinema in the park is showing {X}."]),
          ("Mission: Impossible", [3], None, ["The drive-in double bill ends with {X}.",
                                              "The cinema's throwback Thursday film is {X}."]),
          ("Time Crisis", [2, 3, 4], None, ["The bowling alley's arcade still has a {X} machine.",
                                            "We played {X} while we waited for a lane."]),
          ("House of the Dead", [2, 3], None, ["The arcade at the rink has a {X} cabinet.",
                                               "Someone has set a new high score on {X}."])]
GAMES_FRAMES = [("Two skaters from the rink competed at the {X} Winter Deaflympics.", [19, 20]),
                ("Pupils from the school ran for their country at the {X} Gymnasiade.",
                 [19, 20])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    """"King Friedrich II" ("King Friedrich the second"), "Galeazzo II Visconti" ("Galeazzo the
    second Visconti")."""
    name, numbers, title, after = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    tail = f" {after}" if after else ""
    return f"{t}{name} {to_roman(n)}{tail}", [f"{t}{name} the {ordw(n)}{tail}"]


def series_slot(rng, part) -> tuple[str, list[str], str]:
    return series_slot_r117(rng, part, series=SERIES)


def regnal(rng, part):
    k = rng.random()
    if k < 0.4:
        written, said, frame = series_slot(rng, part)
        return fill(frame, written, said)
    if k < 0.48:
        frame, numbers = GAMES_FRAMES[0 if part == "dev" else 1]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "The plumber says the job will take {X} hours.", 1, 6, 2, 1),
                ("num", "Please allow {X} days for your refund to appear.", 3, 10, 4, 1),
                ("ages", "The beginners' skating lessons are for children aged {X}.", 4, 12, 0,
                 0),
                ("mins", "Buses run every {X} on Sundays.", 10, 30, 10, 5),
                ("mins", "The film starts after {X} of adverts.", 15, 30, 10, 5),
                ("pct", "Shoppers can save {X} with the loyalty card.", 5, 25, 10, 5),
                ("pct", "Water bills are set to rise by {X} next year.", 3, 12, 4, 1),
                ("temp", "Keep the fridge at {X}.", 1, 5, 3, 1),
                ("temp", "Highs of {X} are expected on Wednesday.", 18, 33, 5, 1),
                ("cm", "Snow drifts of {X} are possible on the tops.", 5, 40, 15, 5),
                ("mph", "Winds of {X} will make the ferry crossing rough.", 40, 70, 20, 5),
                ("lb", "Bowling balls at the alley range from {X}.", 6, 16, 10, 1)]
HOURS_FRAMES = ["The bakery is open {X} daily.", "The pharmacy counter is open {X}."]
DAYS_FRAMES = ["The ice rink is open {X}.", "The HR helpdesk is staffed {X}."]
DATE_RANGE_FRAMES = ["The half-term skating camp runs {X}.",
                     "The library's book sale takes place {X}."]
PLAN_FRAMES = ["The new bus contract runs {X}.", "The library's strategy covers {X}."]
PRICE_FRAMES = ["A bowling lane costs {X} an hour.", "A boiler service costs {X}."]
WINDOW_FRAMES = ["Your grocery delivery will arrive {X} on Thursday.",
                 "The engineer's visit window is {X}."]


def window_slot(rng, dash: str) -> tuple[str, list[str]]:
    """A delivery window in one half of the day: "7-9pm" ("seven to nine PM", "seven PM to
    nine PM"), "8am–10am"."""
    if rng.random() < 0.5:
        a = rng.randint(7, 9)
        half, ampm = pick(rng, ["am", "am", "AM", "a.m."]), "AM"
        b = rng.randint(a + 1, 11)
    else:
        a = rng.randint(1, 8)
        half, ampm = pick(rng, ["pm", "pm", "PM", "p.m."]), "PM"
        b = rng.randint(a + 1, min(a + 3, 10))
    gap = " " if "." in half or half.isupper() else ""
    said = [f"{card(a)} to {card(b)} {ampm}", f"{card(a)} {ampm} to {card(b)} {ampm}"]
    if rng.random() < 0.35:
        return f"{a}{gap}{half}{dash}{b}{gap}{half}", said
    return f"{a}{dash}{b}{gap}{half}", said


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.08:
        return fill(HOURS_FRAMES[i], *clock_range(rng, dash))
    if k < 0.15:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.23:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.29:
        return fill(PLAN_FRAMES[i], *plan_slot(rng))
    if k < 0.37:
        return fill(PRICE_FRAMES[i], *price_range_slot(rng))
    if k < 0.45:
        return fill(WINDOW_FRAMES[i], *window_slot(rng, dash))
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    if kind == "ages":
        a, b = pick(rng, [(4, 6), (4, 7), (5, 8), (6, 9), (8, 12), (9, 12)])
        return fill(frame, f"{a}{dash}{b}", [f"{card(a)} to {card(b)}"])
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
    if kind == "cm":
        return fill(frame, f"{a}{dash}{b}{pick(rng, ['cm', ' cm'])}",
                    [f"{x} to {y} centimeters" for x, y in pairs])
    if kind == "mph":
        return fill(frame, f"{a}{dash}{b}{pick(rng, ['mph', ' mph'])}",
                    [f"{x} to {y} {u}" for x, y in pairs
                     for u in ("miles per hour", "miles an hour")])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['lb', ' lb', 'lbs', ' lbs'])}",
                [f"{x} to {y} pounds" for x, y in pairs])


# ---------------------------------------------------------------------- web and e-mail

# The sites of each topic: (hosts, subdomains, top-level domains with their readings); the
# dev and held-out parts take alternate hosts and subdomains.
TOPICS = {
    "shop": (["basketful", "greengrocer", "doorstep", "shelflife"], ["orders", "deals"],
             [("store", ["store"]), ("com", ["com"]), ("co.uk", ["co dot u k"]),
              ("deals", ["deals"]), ("kitchen", ["kitchen"])]),
    "meter": (["meterbox", "sparkmeter", "wattwise"], ["account", "readings"],
              [("com", ["com"]), ("co.uk", ["co dot u k"]), ("si", ["s i"]),
               ("fo", ["f o"])]),
    "gym": (["barbell", "rinkside", "tenpin", "gutterball"], ["members", "classes"],
            [("fitness", ["fitness"]), ("com", ["com"]), ("co.uk", ["co dot u k"]),
             ("kr", ["k r"])]),
    "books": (["bookmark", "shelfmark", "readingroom"], ["events", "catalogue"],
              [("org", ["org"]), ("education", ["education"]), ("gi", ["g i"]),
               ("co.uk", ["co dot u k"])]),
    "travel": (["busstop", "farestage", "gangplank", "foghorn"], ["tickets", "times"],
               [("com", ["com"]), ("co.uk", ["co dot u k"]), ("ma", ["m a"]),
                ("vn", ["v n"])]),
    "fix": (["stopcock", "ballcock", "plunger", "tapwasher"], ["bookings", "quotes"],
            [("plumbing", ["plumbing"]), ("repair", ["repair"]), ("com", ["com"]),
             ("co.uk", ["co dot u k"])]),
    "films": (["popcorn", "projector", "ticketstub", "usher"], ["listings", "tickets"],
              [("movie", ["movie"]), ("theater", ["theater"]), ("com", ["com"])]),
    "pets": (["wormer", "fleaguard", "pillpocket", "kibblebox"], ["repeats", "orders"],
             [("pharmacy", ["pharmacy"]), ("com", ["com"]), ("co.uk", ["co dot u k"])]),
    "office": (["payslip", "timesheet", "payroll", "staffroom"], ["portal", "intranet"],
               [("jobs", ["jobs"]), ("careers", ["careers"]), ("com", ["com"]),
                ("co.uk", ["co dot u k"])]),
    "bake": (["crumpet", "bagel", "brioche", "flapjack"], ["menu", "order"],
             [("cafe", ["cafe"]), ("coffee", ["coffee"]), ("co.uk", ["co dot u k"]),
              ("com", ["com"])]),
    "school": (["satchel", "lunchbox", "fieldtrip", "packedlunch"], ["parents", "trips"],
               [("org", ["org"]), ("education", ["education"]), ("co.uk", ["co dot u k"])]),
}
# (frame, the page's path, topic)
SITE_FRAMES = [("This week's offers are on {X}.", "weekly-offers", "shop"),
               ("Submit a meter reading at {X}.", "meter-reading", "meter"),
               ("Class timetables are on {X}.", "class-timetable", "gym"),
               ("The full events programme is on {X}.", "whats-on", "books"),
               ("Winter ferry times are on {X}.", "winter-times", "travel"),
               ("Book an emergency call-out at {X}.", "emergency", "fix"),
               ("This week's listings are on {X}.", "now-showing", "films"),
               ("Order repeat flea treatments at {X}.", "repeat-orders", "pets"),
               ("Current vacancies are listed on {X}.", "vacancies", "office"),
               ("Our full menu is on {X}.", "full-menu", "bake")]
# (frame, the mailbox, topic)
MAIL_FRAMES = [("Send your meter reading to {X}.", "readings", "meter"),
               ("Questions about your payslip go to {X}.", "payroll", "office"),
               ("Report a missing item from your order to {X}.", "missing", "shop"),
               ("To book the community room, email {X}.", "rooms", "books"),
               ("Trip consent forms can be returned to {X}.", "trips", "school"),
               ("Cancel your membership by emailing {X}.", "cancel", "gym"),
               ("Lane bookings for birthday parties go to {X}.", "parties", "gym"),
               ("Prescription requests go to {X}.", "prescriptions", "pets")]
NAME_MAIL_FRAMES = [("The trip leader can be reached at {X}.", "school"),
                    ("Your HR business partner is {X}.", "office")]
# (frame, topic, the handle's tails with their readings)
HANDLE_FRAMES = [("Follow {X} for the daily bake.", "bake", [("bakes", "bakes"),
                                                             ("daily", "daily")]),
                 ("Live service updates come from {X}.", "travel", [("live", "live"),
                                                                    ("updates", "updates")]),
                 ("Session times are posted by {X}.", "gym", [("rink", "rink"),
                                                              ("skate", "skate")]),
                 ("Film news comes from {X}.", "films", [("films", "films"),
                                                         ("pics", "pics")])]
HASHTAGS = [("ShopLocal", "shop local"), ("SnowDay", "snow day"), ("BookLovers", "book lovers"),
            ("SchoolTrip", "school trip"), ("FreshBread", "fresh bread"),
            ("StormWatch", "storm watch"), ("SkateSafe", "skate safe"),
            ("LibrariesWeek", "libraries week")]
HASHTAG_FRAMES = ["Post your pictures with {X}.", "Tag your posts with {X}."]
# Names as e-mail addresses write them.
MAIL_FIRST = ["aino", "grzegorz", "hodan", "burak", "seoyeon", "eero", "meenakshi", "minjun",
              "katarzyna", "senthil", "ebru", "tapio"]
MAIL_SURNAMES = ["korhonen", "nowak", "warsame", "erdem", "choi", "murugan", "virtanen",
                 "mazur", "abdi", "demir", "yoon", "rajan"]


def site(rng, part, topic: str) -> tuple[str, str, list[str]]:
    return site_r117(rng, part, topic, topics=TOPICS)


def web_slot(rng, part, path: str, topic: str) -> tuple[str, list[str]]:
    return web_slot_r117(rng, part, path, topic, topics=TOPICS, site=site)


def web(rng, part):
    return web_r117(rng, part, handle_frames=HANDLE_FRAMES, hashtags=HASHTAGS,
                    hashtag_frames=HASHTAG_FRAMES, mail_first=MAIL_FIRST, mail_frames=MAIL_FRAMES,
                    mail_surnames=MAIL_SURNAMES, name_mail_frames=NAME_MAIL_FRAMES,
                    site_frames=SITE_FRAMES, topics=TOPICS, site=site, web_slot=web_slot)


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): ferry towns.
CITIES = [("Anacortes", "WA", "982"), ("Lewes", "DE", "199"), ("Put-in-Bay", "OH", "434"),
          ("Bainbridge Island", "WA", "981"), ("Bremerton", "WA", "983"),
          ("Marblehead", "OH", "434"), ("Mackinaw City", "MI", "497"),
          ("Edmonds", "WA", "980"), ("Coupeville", "WA", "982"), ("Plattsburgh", "NY", "129"),
          ("Southport", "NC", "284"), ("Mukilteo", "WA", "982"), ("Poulsbo", "WA", "983"),
          ("Hatteras", "NC", "279"), ("Woods Hole", "MA", "025"),
          ("Port Townsend", "WA", "983"), ("Port Angeles", "WA", "983"),
          ("Oak Bluffs", "MA", "025")]
# Trades, as American streets are named.
STREETS = ["Miller", "Fletcher", "Chandler", "Tanner", "Mason", "Carter", "Thatcher", "Sawyer",
           "Weaver", "Wheeler", "Dyer", "Glover", "Fuller", "Draper", "Slater", "Collier",
           "Webster", "Archer", "Cutler", "Hooper", "Farrier", "Cartwright", "Wainwright",
           "Fisher"]
# (town, postcode area, district): ferry towns.
UK_TOWNS = [("Gosport", "PO", 12), ("Ryde", "PO", 33), ("Fishguard", "SA", 65),
            ("Holyhead", "LL", 65), ("Pembroke", "SA", 71), ("Cairnryan", "DG", 9),
            ("Largs", "KA", 30), ("Dunoon", "PA", 23), ("Rothesay", "PA", 20),
            ("Brodick", "KA", 27), ("Harwich", "CO", 12), ("Newhaven", "BN", 9),
            ("Heysham", "LA", 3), ("Southsea", "PO", 4), ("Weymouth", "DT", 4),
            ("Folkestone", "CT", 20), ("Ramsgate", "CT", 11), ("Gourock", "PA", 19),
            ("Campbeltown", "PA", 28), ("Birkenhead", "CH", 41), ("Wallasey", "CH", 44),
            ("Tilbury", "RM", 18), ("Gravesend", "DA", 11), ("Sheerness", "ME", 12)]
# Clouds and winds.
UK_STREETS = ["Cirrus", "Nimbus", "Stratus", "Cumulus", "Mistral", "Zephyr", "Sirocco",
              "Monsoon", "Tempest", "Squall", "Halcyon", "Levant", "Solano", "Rainbow",
              "Cloudberry", "Mirage"]
# (town, province, the first three characters of its postal codes): ferry towns.
CA_CITIES = [("Tsawwassen", "BC", "V4M"), ("Digby", "NS", "B0V"), ("North Sydney", "NS", "B2A"),
             ("Souris", "PE", "C0A"), ("Tadoussac", "QC", "G0T"), ("Gibsons", "BC", "V0N"),
             ("Comox", "BC", "V9M"), ("Lewisporte", "NL", "A0G"), ("Sechelt", "BC", "V0N"),
             ("Pictou", "NS", "B0K"), ("Matane", "QC", "G4W"), ("Lévis", "QC", "G6V")]
CA_PROVINCES = {**PROVINCES, "NL": "Newfoundland and Labrador"}
# Explorers, as Canadian streets are named.
CA_STREETS = ["Fraser", "Thompson", "Hearne", "Kelsey", "Palliser", "Tyrrell", "Dawson",
              "Selkirk", "Cabot", "Hind", "Rae", "Vancouver"]
CA_TYPES = [(["St."], "Street"), (["Ave."], "Avenue"), (["Rd."], "Road"), (["Dr."], "Drive"),
            (["Cres."], "Crescent"), (["Blvd."], "Boulevard")]
# (frame, whether a post office box fits it); each part gets two of each.
ADDRESS_FRAMES = [("Send your signed direct debit form to {X}.", True),
                  ("Returns should be posted to {X}.", True),
                  ("Our new bakery is at {X}.", False),
                  ("The ferry ticket office is at {X}.", False),
                  ("Please post the trip payment slip to {X}.", True),
                  ("Applications for the payroll role go to {X}.", True),
                  ("The bowling alley has moved to {X}.", False),
                  ("The vet pharmacy's collection point is at {X}.", False)]


def uk_address(rng, part, towns=UK_TOWNS, streets=UK_STREETS) -> tuple[str, list[str]]:
    """A British address: "14 Zephyr Close, Gosport PO12 3PQ"; the postcode's letters one by
    one and its district as a number or digit by digit; a flat or a unit now and then."""
    town, area, district = pick(rng, split(towns, part))
    inward = (f"{rng.randint(1, 9)}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}"
              f"{pick(rng, 'ABDEFGHJLNPRSTUWXYZ')}")
    letters = " ".join(area)
    dist_said = [card(district)] + ([digits(str(district))] if district >= 10 else [])
    inward_said = f"{card(int(inward[0]))} {inward[1]} {inward[2]}"
    codes = [f"{letters} {d} {inward_said}" for d in dist_said]
    n = rng.randint(2, 98)
    name = pick(rng, split(streets, part))
    typ, word = pick(rng, UK_TYPES)
    flat, flat_said = "", ""
    r = rng.random()
    if r < 0.15:
        f = rng.randint(1, 12)
        flat, flat_said = f"Flat {f}, ", f"Flat {card(f)}, "
    elif r < 0.25:
        f = rng.randint(2, 30)
        flat, flat_said = f"Unit {f}, ", f"Unit {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def ca_address(rng, part, cities=CA_CITIES, streets=CA_STREETS) -> tuple[str, list[str]]:
    """A Canadian address: "412 Palliser Ave., Digby, NS B0V 1A0", the province's name and the
    postal code letter by letter and digit by digit."""
    city, prov, fsa = pick(rng, split(cities, part))
    ldu = f"{rng.randint(0, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    code_said = zero_variants(" ".join(digits(c) if c.isdigit() else c for c in fsa + ldu))
    num, num_said = house(rng)
    name = pick(rng, split(streets, part))
    abbrs, typ = pick(rng, CA_TYPES)
    abbr = pick(rng, abbrs)
    return (f"{num} {name} {abbr}, {city}, {prov} {fsa} {ldu}",
            [f"{num_said} {name} {typ}, {city}, {CA_PROVINCES[prov]} {c}" for c in code_said])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    k = rng.random()
    if k < 0.45:
        return fill(frame, *address_slot(rng, part, box, CITIES, STREETS, STREET_TYPES,
                                         DIRECTIONS, numbered=0.12,
                                         numbered_types=("Street", "Avenue"), directed=0.3,
                                         room_slot=room_slot))
    if k < 0.8:
        return fill(frame, *uk_address(rng, part))
    return fill(frame, *ca_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Nowak", "Erdem", "Korhonen", "Warsame", "Choi", "Murugan", "Mazur", "Demir",
            "Virtanen", "Abdi", "Yoon", "Subramaniam", "Pawlak", "Şahin", "Mäkinen",
            "Farah", "Kang", "Krishnan", "Szymański", "Doğan", "Nieminen", "Olawale", "Lim",
            "Rajan"]
WOMEN = ["Aino", "Hodan", "Seoyeon", "Meenakshi", "Katarzyna", "Ebru", "Sanna", "Faadumo",
         "Hyejin", "Lakshmi", "Riikka", "Nurcan"]
MEN = ["Grzegorz", "Burak", "Eero", "Abdirahman", "Minjun", "Senthil", "Piotr", "Mehmet",
       "Tapio", "Liban", "Jaehyun", "Karthik"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
MEMORIAL_FRAMES = ["The school trip laid a wreath for {X} at the war cemetery.",
                   "The library's local history display tells the story of {X}.",
                   "Pupils found the grave of {X} on their battlefields trip.",
                   "A blue plaque by the ferry terminal remembers {X}."]
CHURCH_FRAMES = ["The new parish library was blessed by {X}.", "{X} opened the church food bank."]
# (abbreviation, readings, the frames it fits); the men who held them.
TITLES = [("CSgt", ["Colour Sergeant", "Color Sergeant"], MEMORIAL_FRAMES),
          ("Spr", ["Sapper"], MEMORIAL_FRAMES),
          ("SSgt", ["Staff Sergeant"], MEMORIAL_FRAMES),
          ("Tpr", ["Trooper"], MEMORIAL_FRAMES),
          ("Cdl", ["Cardinal"], CHURCH_FRAMES),
          ("Mne", ["Marine"], MEMORIAL_FRAMES)]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} will lead the school trip to the coast.",
                "The refurbished library was reopened by {X}.",
                "Please hand the signed consent form to {X}.",
                "{X} has joined the HR team as payroll manager.",
                "The bakery's new owner is {X}.",
                "Your appointment at the vet pharmacy is with {X}."]
HR_FRAMES = ["The new absence policy was written by {X}.",
             "Your HR contact for the restructure is {X}."]
VET_FRAMES = ["Your pet's prescription was checked by {X}.", "The pharmacy is run by {X}."]
# After a name: (abbreviation, readings, the comma before it (None: either), frames).
SUFFIXES = [("MCIPD", ["M C I P D"], None, HR_FRAMES),
            ("MRPharmS", ["M R Pharm S"], ",", VET_FRAMES),
            ("FCIPD", ["F C I P D"], None, HR_FRAMES),
            ("BVetMed", ["B Vet Med"], ",", VET_FRAMES),
            ("FCCA", ["F C C A"], ",", ["The payroll audit was signed off by {X}.",
                                        "The bakery's accounts are prepared by {X}."]),
            ("RVN", ["R V N"], ",", VET_FRAMES),
            ("QTS", ["Q T S"], ",", ["The trip will be led by {X}.",
                                     "Year groups are overseen by {X}."]),
            ("CEng MIET", ["C Eng M I E T"], ",", ["The smart meter rollout is led by {X}.",
                                                  "The boiler report was written by {X}."])]
# Before a place: (abbreviation, word, places, frames).
PLACES = [("o/s", "outside", ["the Bandstand", "the Clocktower", "the Pannier Market",
                              "the Butterwalk"],
           ["Bus stop: {X}.", "Pick-up point for the school trip: {X}.",
            "Food bank collection point: {X}.", "The coach will drop you off {X}."]),
          ("Twds", "towards", ["Moorfields", "Westgate", "Broadmead", "Fishergate"],
           ["Buses from this stop run {X}.", "Platform B: services {X}.",
            "Change here for buses {X}.", "Next bus {X} in five minutes."])]
# After a name: (abbreviation, readings, names, frames).
AFTER = [("Intchg", ["Interchange"], ["Eastgate", "Northgate", "Kirkgate", "Castlegate"],
          ["Change buses at {X}.", "Ferry passengers can pick up the shuttle from {X}.",
           "The route now ends at {X}.", "Ticket machines at {X} are out of order."]),
         ("Lib.", ["Library"], ["Carnegie", "Westbourne", "Eastfield", "Meadowbank"],
          ["The author talk is at {X}.", "Story time at {X} starts again in September.",
           "Free Wi-Fi is available at {X}.", "Return your books to {X}."]),
         ("Rbt", ["Roundabout"], ["Cattlemarket", "Ferrybridge", "Southgate", "Wellgate"],
          ["Flooding has closed {X}.", "Gritters will treat {X} first.",
           "Delays are building at {X}.", "The bakery is just past {X}."]),
         ("Leisure Ctr", ["Leisure Centre", "Leisure Center"],
          ["Parkside", "Marygate", "Stonebow", "Micklegate"],
          ["The ice rink at {X} reopens on Saturday.", "Bowling at {X} is half price on Mondays.",
           "Gym inductions at {X} must be booked.", "Parking at {X} is free for members."])]
ABBREVIATIONS = [("BOGOF on all pastries this weekend.",
                  ["Buy one get one free on all pastries this weekend.",
                   "B O G O F on all pastries this weekend."]),
                 ("VG and DF options are marked on the menu.",
                  ["Vegan and dairy free options are marked on the menu.",
                   "V G and D F options are marked on the menu."]),
                 ("Your pet's appt is confirmed for tomorrow.",
                  ["Your pet's appointment is confirmed for tomorrow."]),
                 ("Please send it c/o the school office.",
                  ["Please send it care of the school office.",
                   "Please send it C O the school office."]),
                 ("AOB: the office fridge will be cleared on Friday.",
                  ["Any other business: the office fridge will be cleared on Friday.",
                   "A O B: the office fridge will be cleared on Friday."]),
                 ("ICYMI: the bakery now opens on Sundays.",
                  ["In case you missed it: the bakery now opens on Sundays.",
                   "I C Y M I: the bakery now opens on Sundays."]),
                 ("Please enclose an SAE with your form.",
                  ["Please enclose a stamped addressed envelope with your form.",
                   "Please enclose an S A E with your form."]),
                 ("Lge, med or sml?", ["Large, medium or small?"]),
                 ("omw, save me a seat at the cinema!",
                  ["On my way, save me a seat at the cinema!",
                   "O M W, save me a seat at the cinema!"]),
                 ("btw the bus is running late.",
                  ["By the way the bus is running late.", "B T W the bus is running late."]),
                 ("idk if the rink is open on Sundays.",
                  ["I don't know if the rink is open on Sundays.",
                   "I D K if the rink is open on Sundays."]),
                 ("lmk if you need anything from the shop.",
                  ["Let me know if you need anything from the shop.",
                   "L M K if you need anything from the shop."]),
                 ("tbh the new film was a bit long.",
                  ["To be honest the new film was a bit long.",
                   "T B H the new film was a bit long."]),
                 ("brb, the plumber's at the door.",
                  ["Be right back, the plumber's at the door.",
                   "B R B, the plumber's at the door."])]
NUMBER_FRAMES = ["The new bakery is at {X} High Street.", "Your party has been given lane {X}."]
STREET_FRAMES = ["The new bakery on {X} opens at seven.",
                 "The water main under {X} burst overnight.",
                 "The school coach will wait on {X}.",
                 "The bus stop at the corner of {X} has moved."]
FEASTS = ["Medard", "Scholastica", "Lydwina", "Zita", "Vitus", "Isidore", "Elmo", "Gertrude",
          "Walburga", "Crispinian", "Senan", "Osyth"]
COMBO_FRAMES = ["{T} {S} will open the St. {F}'s school fair on {N} Rd.",
                "The St. {F}'s food bank on {N} St. is run by {T} {S}.",
                "{T} {S} took the St. {F}'s pupils skating from {N} Ave.",
                "{T} {S} leads the St. {F}'s bowling league on {N} Dr."]
STREET_ABBRS = {"St.": "Street", "Ave.": "Avenue", "Rd.": "Road", "Dr.": "Drive",
                "Blvd.": "Boulevard", "Ln.": "Lane"}


def number_slot(rng, part) -> tuple[str, list[str]]:
    if part == "dev":
        n = rng.randint(2, 140)
        return f"{pick(rng, ['No. ', 'No.', 'no. '])}{n}", [f"number {card(n)}"]
    n = rng.randint(1, 24)
    return f"#{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words, frames = pick(rng, split(TITLES, part))
        frame = pick(rng, split(frames, part))
        first = pick(rng, split(MEN, part)) + " " if rng.random() < 0.4 else ""
        return fill(frame, f"{abbr} {first}{sur}", [f"{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        if rng.random() < 0.4:
            abbr = abbr.rstrip(".")
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        first = pick(rng, split(FIRST_NAMES, part))
        abbr, words, comma, frames = pick(rng, SUFFIXES)
        if comma is None:
            comma = "," if rng.random() < 0.4 else ""
        frame = pick(rng, split(frames, part))
        return fill(frame, f"{first} {sur}{comma} {abbr}",
                    [f"{first} {sur}{comma} {w}" for w in words])
    if k == 3:
        written, said = pick(rng, split(ABBREVIATIONS, part))
        return written, " ‖ ".join(said)
    if k == 4:
        abbr, word, names, frames = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        return fill(pick(rng, split(frames, part)), f"{abbr} {name}", [f"{word} {name}"])
    if k == 5:
        abbr, words, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        return fill(pick(rng, split(frames, part)), f"{name} {abbr}",
                    [f"{name} {w}" for w in words])
    if k == 6:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[0 if part == "dev" else 1], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Revd", "Reverend"), ("Rev.", "Reverend")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def money_pence(rng, lo: int, hi: int, sym: str = "£") -> tuple[str, list[str]]:
    """A price with pence: "£12.85" ("twelve pounds eighty five", "twelve eighty five")."""
    units = {"£": ("pounds", "pound", "pence"), "$": ("dollars", "dollar", "cents"),
             "€": ("euros", "euro", "cents")}[sym]
    whole, c = rng.randint(lo, hi), pick(rng, [15, 20, 35, 40, 45, 50, 60, 75, 80, 85, 95, 99])
    return f"{sym}{whole}.{c}", said_cents(whole, c, *units)


def whole_money(rng, lo: int, hi: int, sym: str = "£") -> tuple[str, list[str]]:
    unit = {"£": "pounds", "$": "dollars", "€": "euros"}[sym]
    n = rng.randint(lo, hi)
    return f"{sym}{n}", [f"{c} {unit}" for c in cards(n)]


def grocery_slots(rng, part) -> dict:
    """Items in a grocery order, its total and the day it comes."""
    n = rng.randint(8, 64)
    return {"A": (str(n), [card(n)]), "B": pence_sum(25, 190)(rng, part),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.6)}


def meter_slots(rng, part) -> dict:
    """A day's electricity ("8.4kWh": "eight point four kilowatt hours"), its cost and the
    drop on last week."""
    whole, tenth = rng.randint(4, 19), rng.randint(1, 9)
    pounds_, c = rng.randint(1, 6), rng.randint(11, 99)
    return {"A": (f"{whole}.{tenth}{pick(rng, ['kWh', ' kWh'])}",
                  [f"{h} kilowatt hours" for h in halves(whole, tenth)]),
            "B": (f"£{pounds_}.{c}", said_cents(pounds_, c, "pounds", "pound", "pence")),
            "C": pct_slot(rng, 5, 30, False)}


def gym_slots(rng, part) -> dict:
    whole = rng.randint(12, 34)
    n = rng.randint(2, 6)
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.0),
            "B": (f"£{whole}.99", said_cents(whole, 99, "pounds", "pound", "pence")),
            "C": (str(n), [card(n)])}


def library_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.5), "B": clock_slot(rng, "PM", 0.0),
            "C": pick(rng, [whole_money(rng, 3, 8), ("£4.50", said_cents(4, 50, "pounds",
                                                                        "pound", "pence"))])}


def ferry_slots(rng, part) -> dict:
    mins = rng.randrange(20, 95, 5)
    return {"A": departure_slot(rng), "B": (str(mins), [card(mins)]),
            "C": money_pence(rng, 6, 24)}


def plumber_slots(rng, part) -> dict:
    """The hourly rate, the hours ("2.5": "two point five", "two and a half") and the VAT."""
    rate = rng.randrange(45, 100, 5)
    whole = rng.randint(1, 5)
    tenth = pick(rng, [5, 5, 5, 25, 75])
    if tenth == 5:
        hours = (f"{whole}.5", [f"{card(whole)} point five", f"{card(whole)} and a half"])
    elif tenth == 25:
        hours = (f"{whole}.25", [f"{card(whole)} point two five",
                                 f"{card(whole)} and a quarter"])
    else:
        hours = (f"{whole}.75", [f"{card(whole)} point seven five",
                                 f"{card(whole)} and three quarters"])
    return {"A": (f"£{rate}", pounds(rate)), "B": hours,
            "C": ("20%", ["twenty percent"])}


def cinema_slots(rng, part) -> dict:
    mins = rng.randint(88, 175)
    return {"A": clock_slot(rng, "PM", 0.0), "B": (str(mins), cards(mins)),
            "C": money_pence(rng, 8, 15)}


def dose_course_slots(rng, part) -> dict:
    """A part of a tablet (the frame's "tablet" after it), the days and the course's price."""
    glyph, said = pick(rng, [("½", ["half a", "a half", "one half"]),
                             ("¼", ["a quarter of a", "a quarter", "one quarter",
                                    "quarter of a"])])
    days = pick(rng, [5, 7, 10, 14, 21, 28])
    return {"A": (glyph, said), "B": (str(days), [card(days)]), "C": money_pence(rng, 8, 45)}


def salary_rise_slots(rng, part) -> dict:
    n = rng.randrange(22000, 48000, 50)
    return {"A": (f"£{n:,}", pounds(n)), "B": date_slot(rng, 2025, 2026, 1.0, 0.0),
            "C": pct_slot(rng, 2, 7, True)}


def trip_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.6), "B": whole_money(rng, 12, 48),
            "C": pick(rng, [clock_slot(rng, "AM", 0.0), early_slot(rng)])}


def parcel_slots(rng, part) -> dict:
    """The parcel's weight before its noun ("2.4kg": "two point four kilogram", "kilo"), the
    day it left and the days it takes."""
    whole, tenth = rng.randint(1, 14), rng.randint(1, 9)
    days = rng.randint(2, 5)
    return {"A": (f"{whole}.{tenth}kg", [f"{h} {u}" for h in halves(whole, tenth)
                                         for u in ("kilogram", "kilo")]),
            "B": date_slot(rng, 2025, 2026, 0.0, 0.4), "C": (str(days), [card(days)])}


def storm_slots(rng, part) -> dict:
    mph = rng.randrange(50, 85, 5)
    mm = rng.randrange(20, 80, 5)
    return {"A": (f"{mph}{pick(rng, ['mph', ' mph'])}",
                  [f"{card(mph)} {u}" for u in ("miles per hour", "miles an hour")]),
            "B": (f"{mm}{pick(rng, ['mm', ' mm'])}", [f"{card(mm)} millimeters"]),
            "C": pick(rng, [clock_slot(rng, None, 0.0), early_slot(rng)])}


def bakery_slots(rng, part) -> dict:
    n = rng.randint(2, 6)
    whole, c = rng.randint(6, 15), pick(rng, [20, 40, 60, 80, 90, 95])
    less = whole - 1
    return {"A": (str(n), [card(n)]),
            "B": (f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence")),
            "C": (f"£{less}.{c}", said_cents(less, c, "pounds", "pound", "pence"))}


def bowling_slots(rng, part) -> dict:
    each = rng.randint(5, 9)
    games = rng.randint(3, 4)
    total = each * games - rng.randint(2, 5)
    return {"A": (f"£{each}.50", said_cents(each, 50, "pounds", "pound", "pence")),
            "B": (f"£{total}", pounds(total)), "C": (str(games), [card(games)])}


def skate_slots(rng, part) -> dict:
    """The day and a session's start and end ("10am", "2pm"); noon is left out."""
    start = pick(rng, [10, 13, 14, 15, 16, 17, 18, 19])
    end = start + rng.randint(1, 3)
    while end == 12:
        end = start + rng.randint(1, 3)

    def at(h):
        half = "am" if h < 12 else "pm"
        h12 = h - 12 if h > 12 else h
        return f"{h12}{half}", [f"{card(h12)} {'AM' if h < 12 else 'PM'}"]
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.5), "B": at(start), "C": at(end)}


def bill_slots(rng, part) -> dict:
    dd = rng.randrange(40, 160, 5)
    return {"A": pence_sum(60, 900)(rng, part), "B": date_slot(rng, 2025, 2026, 0.3, 0.0),
            "C": (f"£{dd}", pounds(dd))}


def bus_slots(rng, part) -> dict:
    route = rng.randint(2, 99)
    every = pick(rng, [10, 12, 15, 20, 30])
    return {"A": (str(route), [card(route)]), "B": (str(every), [card(every)]),
            "C": money_pence(rng, 3, 9)}


def office_time(rng) -> tuple[str, list[str]]:
    """A time in office hours: "10:30am" ("ten thirty AM"), "2 p.m.", "3:00 PM" ("three PM",
    "three o'clock PM")."""
    h, m = pick(rng, [9, 10, 11, 1, 2, 3, 4]), pick(rng, [0, 0, 15, 30, 45])
    said = "AM" if h >= 9 else "PM"
    mark = pick(rng, ["am", " am", " a.m.", " AM"])
    if said == "PM":
        mark = mark.replace("a", "p").replace("A", "P")
    if m:
        return f"{h}:{m:02d}{mark}", [f"{card(h)} {card(m)} {said}"]
    if rng.random() < 0.3:
        return f"{h}:00{mark}", [f"{card(h)} {said}", f"{card(h)} o'clock {said}"]
    return f"{h}{mark}", [f"{card(h)} {said}"]


def meeting_slots(rng, part) -> dict:
    """The day, the time and the room ("214": "two fourteen", "two one four", "two hundred and
    fourteen")."""
    room = rng.randint(101, 499)
    while room % 100 < 10:
        room = rng.randint(101, 499)
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.7),
            "B": office_time(rng),
            "C": (str(room), [f"{card(room // 100)} {card(room % 100)}", digits(str(room)),
                              card(room)])}


# (frame, a function (rng, part) -> {slot: (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("Your order of {A} items comes to {B} and arrives on {C}.", grocery_slots),
    ("You used {A} yesterday at a cost of {B}, {C} less than the week before.",
     meter_slots),
    ("Join before {A} and pay just {B} a month for your first {C} months.", gym_slots),
    ("The author talk is on {A} at {B}, and tickets cost {C}.", library_slots),
    ("The {A} ferry takes {B} minutes, and a foot passenger return is {C}.", ferry_slots),
    ("The plumber charged {A} an hour for {B} hours, plus {C} VAT.", plumber_slots),
    ("The {A} showing runs for {B} minutes, and adult tickets are {C}.", cinema_slots),
    ("Give {A} tablet twice a day for {B} days; the full course costs {C}.",
     dose_course_slots),
    ("Your salary rises to {A} from {B}, an increase of {C}.", salary_rise_slots),
    ("The coast trip on {A} costs {B}, and the coach leaves at {C}.", trip_slots),
    ("Your {A} parcel was dispatched on {B} and should arrive within {C} working days.",
     parcel_slots),
    ("Gusts of {A} and up to {B} of rain are expected until {C}.", storm_slots),
    ("A latte and {A} croissants come to {B}, or {C} with your loyalty card.", bakery_slots),
    ("Bowling is {A} a game, or {B} for {C} games.", bowling_slots),
    ("The public skate on {A} runs from {B} to {C}.", skate_slots),
    ("Your bill of {A} is due on {B}, and your direct debit will rise to {C} a month.",
     bill_slots),
    ("The number {A} bus now runs every {B} minutes, and a day ticket costs {C}.", bus_slots),
    ("The all-staff meeting is on {A} at {B} in room {C}.", meeting_slots),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    return fill_slots(frame, slots(rng, part))


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r119", None, per_class=24, seed=1193, en=EN)


if __name__ == "__main__":
    main()
