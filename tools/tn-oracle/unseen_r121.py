"""Hundred-and-twenty-first round (issue 33), English, every class at once, written after round
120 only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the proportions of the ordinary text a user pastes into a speech product
(e-mails, text messages, shop and booking pages, news paragraphs, notices, reviews, forum
posts), from topics the earlier rounds did not draw on: job adverts and payslips, holiday
lettings, car servicing and MOTs, mobile phone contracts, local newspapers' court and planning
reports, fundraising walks, family events (christenings, birthdays, anniversaries), garden
centres, takeaway menus, dog walking and grooming, book clubs, karaoke and nightlife, and
commuting without bicycles (trams, parking, tolls). Mostly the formats people type, with a
minority of less usual ones. Counts (ages, "The defendant, 34,", "a 35-year-old dog groomer";
"9.4M passengers", "70K passengers"; sizes before a noun, "a 5-bedroom cottage", "an 18-month
contract", "a 7-course set menu", "a 6-bay charging hub"), ordinals ("its 29th branch", "the
driver's 2nd offence", "her 91st birthday", "the 18th-century coaching inn", "3rd and final"),
dates (written out, cut short, with weekdays, "Thu 7 Oct", "Apr. 22nd", US "August 15th, 2026"
and "12/25/25", British "24/05/2025", European "23.4.2025", ISO "2025-12-22"), years (decades,
"from 1998 to 2010", "between 2004 and 2016", "by 2030", "c. 1780", "the karaoke final of
'14", BC and AD, a P60 "for 2027/28", "the 2040s"), clock times (12-hour and 24-hour, "05:56",
"12 midnight", "12am", "7 o'clock", a tram before its noun "the 9.25 tram"; zones no earlier
round used, TVT, NUT, GAMT, MART, VET, PONT, KOST, CHUT and ACWST, with 24-hour times AQTT,
ANAT, HOVT and CHOT), money (pints, kebabs, MOTs, dog walks, bedding plants and parking with
pence and cents; deposits and fees before their noun, "a £300 security deposit", "a £25 upgrade
fee"; hourly pay "£12.60 an hour", "£13.10 p/h"; parking "£3.90/hr", "£4 for 3 hours"; nightly
rates "£195/night", "£120 pn"; tolls; multibuys "2 for £5"; salaries "£30,900 p.a."; "was £165,
now £160"; codes MUR, SCR, MVR, TTD, JMD, BBD, XCD, FJD, PGK, TOP and LKR, and signs "J$",
"TT$", "Bds$", "EC$" and "FJ$"; sums in thousands and millions), measures (mpg, bhp, hp, psi,
mm of tread, GB ("gigs"), Mbps ("megs"), mAh, miles and "mi", km, kg, m², sq m, litres, kcal,
ml, mph, kW, °C; before a noun "a 1.5-litre engine" ("one and a half litre"), "a 1200cc", "a
128GB handset", "a 12-inch margherita", "a 20km sponsored walk" ("twenty K"), "a 75 litre
bag", "a 1,500kg towing limit", "a 2-pint jug"), percentages (pay rises, fines, punctuality,
"a 4% pay rise", "0% APR" ("zero percent A P R"), "20% VAT", "15% off", "−2.5%", points),
decimals (review scores, exchange rates, screen sizes, karaoke scores, app versions), phone
numbers (US, extensions, British five-digit areas and mobiles, "0300", "0843" and "0870",
"101", the European "112", "STRIDE to 70085", "STOP to 64838", and numbers in Mauritius, the
Seychelles, Aruba, Taiwan, Brunei, Zimbabwe, Botswana, Namibia, Tanzania and Uganda),
fractions ("1 in 6", "3½ hours", "1 3/4 days" ("a day and three quarters"), "¼ mile", "½
price", "a ¼ pounder", "the first ⅓ of the route" ("the first third"), "3/5 stars", "8/10", "a
½-day", "14 3/4 acres", glyphs and "7/12"), regnal numerals (a king of Bohemia, a king of the
French, Umayyad caliphs, Mughal emperors and tsars of Russia, with and without their titles),
series ("Back to the Future Part III", "Friday the 13th Part II" ("Friday the thirteenth Part
two"), "Gay Games XI") and events before their noun as ordinals ("the XIX Island Games", "the
IX Jeux de la Francophonie"), ranges ("3-6 days", "14-18 mins", "5-15%", "£24-£29", "Mon-Sat
7:15am-6:45pm", "9 AM-10 AM", "aged 18-25", "2028–2033", "24-26 mi", "7–9°C", "2–7 December"),
web addresses, e-mail, handles and hashtags (hosts and top-level domains by topic: .jobs,
.holiday, .rentals, .auto, .mobile, .garden, .pizza, .menu, .dog, .bar, .club, .mu, .sc, .tw,
.bw, .na), addresses (US streetcar and river cities with suites, floors, ZIP+4 and P.O. boxes;
British tram and toll-bridge towns with postcodes, flats and units; Canadian light-rail cities
with provinces and postal codes), titles and abbreviations (Fus, Cfn, Dmr, Kgn, Rgr, DCI;
MRTPI, MRICS, FCIArb, MCIHT, IEng, MAAT after a name; "opp" before a place, "P&R" and "MSCP"
after one; "Salary DOE", "FT/PT", and the texter's "ttyl", "fwiw", "afaik", "smh", "wfh",
"ooo", "nvm", "rofl"; "No. 34", "#57"; street types and "St." as Saint) and mixed sentences
with two to four numbers of different kinds (payslips, cottages, MOTs, phone plans, court
fines, night walks, birthdays, compost, pizzas, grooming, book club, karaoke booths, trams,
parking, tolls, anniversaries, job offers and planning). Frames and words are new: no sentence,
counted noun, name, street, city, host or ruler here was used by a committed English set
(checked against the inputs of every tn-unseen/*en*.tsv up to round 120 and the word lists of
every earlier round script; months, weekdays, states, street types, courtesy titles, units,
currencies and common words recur). Labels are English as a newsreader speaks it, from first
principles; where English has two usual readings all are accepted, written " ‖ " between them
("four point five percent ‖ four and a half percent", "one hundred and twenty eight gigabyte ‖
... gig", "half price ‖ one half price", "twelve midnight ‖ midnight"). The "and" after hundred
or thousand, "oh" for a zero and letters said one by one are folded by the comparison
(score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r121.py [--per-class 24] [--seed 1217]

writes crates/text-normalizer/tests/data/tn-unseen/r121-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, ordw
from unseen_r2 import split
from unseen_r95 import cards, to_roman, two_years, with_written, year_readings
from unseen_r98 import (clock_slot, fill, fill_slots, fraction_slot, mixed_number_slot, ord_slot,
                        pct_slot, street_row, combo_row)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (address_slot, clock_range, date_slot, decade_slot, minus_slot,
                         points_slot, year_slot)
from unseen_r104 import british_numeric, days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import (PROVINCES, date_range_slot, dotted_slot, early_slot, era_year,
                         oclock_slot, possessive, uk5_slot, us_short_slot, us_suffix_slot)
from unseen_r108 import (attributive, class_slot, one_in_slot, pence_sum, pounds, said_cents,
                         short_suffix_slot)
from unseen_r112 import (DIRECTIONS, big_sum, iso_slot, plan_slot, price_range_slot,
                         retail_slot, unit_gen, was_slots, weekday_short_slot)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r116 import (KG, KM, LITRE, MPH, STREET_TYPES, halves,
                         pick_gen, room_slot)
from unseen_r116 import count as count_r116
from unseen_r117 import off_slot, small_slot, wait_slot
from unseen_r117 import series_slot as series_slot_r117
from unseen_r117 import site as site_r117
from unseen_r117 import web as web_r117
from unseen_r117 import web_slot as web_slot_r117
from unseen_r119 import (attr_count_slot, callout_slot, circa_slot, departure_slot,
                         money_pence, multibuy_slot, office_time, order_date_slot, ruler_slot,
                         number_slot, salary_slot, stars_slot, vat_slot, whole_money, window_slot)
from unseen_r119 import uk_address as uk_address_r119
from unseen_r119 import ca_address as ca_address_r119
from unseen_r119 import abroad_money_slot as abroad_money_slot_r119
from unseen_r120 import zone_slot as zone_slot_r120
from unseen_r119 import nongeo_slot as nongeo_slot_r119
from unseen_r119 import measure as measure_r119
from unseen_r119 import decimal as decimal_r119
from unseen_r119 import text_slot as text_slot_r119

ML = ["milliliters", "millilitres"]


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The seaside cottage took {X} for next summer in a single weekend.",
                 ["bookings"], 400),
                ("The garage on the bypass carried out {X} last year.",
                 ["MOT tests", "oil changes"], 9999),
                ("The planning office received {X} about the new tram depot.",
                 ["objections"], 999),
                ("The hospice's midnight walk drew {X} this year.", ["walkers"], 9999),
                ("The warehouse job advert attracted {X} in two days.",
                 ["applicants", "applications"], 2000),
                ("The garden centre potted up {X} for the spring sale.",
                 ["geraniums", "fuchsias", "hanging baskets"], 9999),
                ("The kebab shop delivered {X} on New Year's Eve.",
                 ["wraps", "doner kebabs"], 2000),
                ("Our book club has read {X} since it started.", ["novels", "thrillers"], 400),
                ("The karaoke bar's machine holds {X}.", ["songs", "backing tracks"], 99999),
                ("The new multi-storey by the tram stop has {X}.", ["parking spaces"], 2000),
                ("The toll bridge carried {X} on the bank holiday Monday.",
                 ["vehicles", "lorries"], 99999),
                ("The phone shop activated {X} on launch day.", ["handsets", "SIM cards"], 5000),
                ("Grandma sent out {X} for her ninetieth birthday party.", ["invitations"], 200),
                ("The grooming parlour trimmed {X} in its first month.",
                 ["poodles", "cockapoos", "schnauzers"], 900)]
AGE_FRAMES = [("The defendant, {X}, admitted driving without insurance.", 18, 70),
              ("{a} {X}-year-old dog groomer has opened a salon on the parade.", 20, 60),
              ("The oldest walker, {X}, finished the ten-mile route in four hours.", 75, 96),
              ("The tram driver, {X}, has worked on the line since it opened.", 45, 66),
              ("The karaoke night's winner, {X}, sang a power ballad.", 21, 79),
              ("The book club's founder, {X}, has hosted every single meeting.", 60, 90),
              ("The {X}-year-old apprentice mechanic passed her exams with distinction.", 16,
               19),
              ("Children aged {X} and under eat free at the pizzeria on Mondays.", 5, 12)]
STAT_FRAMES = [("The city's trams carried {X} last year.", "passengers"),
               ("The network's new unlimited tariff has signed up {X}.", "customers")]
# A count before a noun, hyphenated: (frame, the written word after the number, its reading,
# the numbers that fit).
ATTR_FRAMES = [("The listing is for {a} {X} cottage near the harbour.", "-bedroom", "bedroom",
                [2, 3, 4, 5, 6]),
               ("The handset comes on {a} {X} contract.", "-month", "month", [12, 18, 24, 36]),
               ("The pizzeria does {a} {X} set menu for anniversaries.", "-course", "course",
                [3, 4, 5, 7]),
               ("The new car park will have {a} {X} charging hub.", "-bay", "bay",
                [4, 6, 8, 10, 11, 12, 18])]


def count(rng, part):
    return count_r116(rng, part, age_frames=AGE_FRAMES, attr_frames=ATTR_FRAMES,
                      count_frames=COUNT_FRAMES, stat_frames=STAT_FRAMES,
                      attr_count_slot=attr_count_slot)


# ----------------------------------------------------------------------------- ordinals

ORDINAL_FRAMES = [("The takeaway chain has just opened its {X} branch.", 2, 140),
                  ("It was the driver's {X} offence for speeding.", 2, 6),
                  ("Nan is celebrating her {X} birthday with a family lunch.", 70, 105),
                  ("The charity walk is now in its {X} year.", 2, 40),
                  ("The couple marked their {X} wedding anniversary at the pub.", 10, 70),
                  ("The {X}-century coaching inn has been turned into holiday flats.", 16, 18),
                  ("Our team came {X} in the pub quiz league.", 1, 20),
                  ("The bypass car park is on the {X} level.", 1, 9),
                  ("The book club is reading its {X} novel of the year.", 2, 20),
                  ("She finished {X} in the karaoke final.", 1, 12),
                  ("The garden centre's plant fair is in its {X} season.", 2, 60),
                  ("This is your {X} and final parking reminder.", 2, 3)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

DATE_FRAMES = [("Your car's MOT runs out on {X}.", 2025, 2026),
               ("The closing date for applications is {X}.", 2025, 2026),
               ("Your stay at the lodge begins on {X}.", 2025, 2026),
               ("Your new phone contract starts on {X}.", 2025, 2026),
               ("The planning committee will decide the application on {X}.", 2025, 2026),
               ("The sponsored coast walk takes place on {X}.", 2025, 2026),
               ("The christening is booked at the village church for {X}.", 2025, 2026),
               ("The garden centre's new café opens on {X}.", 2025, 2026),
               ("Your parking permit expires on {X}.", 2025, 2026),
               ("The book club's next meeting is on {X}.", 2025, 2026),
               ("The magistrates adjourned the case until {X}.", 2025, 2026),
               ("Our grandparents were married on {X}.", 1955, 1990),
               ("The tram extension opened to passengers on {X}.", 1995, 2024),
               ("Your first payslip will be issued on {X}.", 2025, 2026)]


def date(rng, part):
    k = rng.random()
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    if k < 0.13:
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
    if k < 0.57:
        return fill(frame, *order_date_slot(rng, first, last))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25))


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = [("The garage on the corner has serviced cars since {X}.", 1920, 1990),
               ("The toll bridge over the river opened in {X}.", 1820, 1970),
               ("The town's first Chinese takeaway opened in {X}.", 1955, 1985),
               ("The old trams were taken off the streets in {X}.", 1930, 1962),
               ("The garden centre began as a market garden in {X}.", 1900, 1975),
               ("The nightclub on the quay first opened its doors in {X}.", 1965, 2000),
               ("The holiday cottages were built as coastguard houses in {X}.", 1820, 1910),
               ("The local paper printed its first court report in {X}.", 1850, 1920)]
FROM_FRAMES = [("He ran the karaoke nights at the social club from {X}.", 1983, 2008),
               ("She sat as a magistrate from {X}.", 1975, 2010)]
BETWEEN_FRAMES = ["Parking charges in the town centre doubled between {X}.",
                  "The tram line was closed three times between {X}."]
TARGET_FRAMES = ["The council wants every car park to take card payments by {X}.",
                 "The network says its old 3G masts will all be gone by {X}."]
CIRCA_FRAMES = ["The milestone by the old toll house dates from {X}.",
                "The walled garden behind the garden centre is {X}."]
SUMMER_FRAMES = ["Walkers still talk about the washout charity walk of {X}.",
                 "Regulars still remember the legendary karaoke final of {X}."]
ERA_FRAMES = [("The coins found on the planning site date from about {X}.", ["BC", "BCE"]),
              ("The Roman road under the car park was laid in about {X}.", ["AD", "CE"])]
SEASON_FRAMES = ["Your P60 for {X} is now available to download.",
                 "Parking permit prices for {X} have been published."]
FUTURE_FRAMES = ["Driverless trams could be running in the city by {X}.",
                 "Petrol cars could be rare on our roads by {X}."]
FUTURE_DECADES = [("the 2040s", ["the twenty forties", "the two thousand forties"]),
                  ("the 2050s", ["the twenty fifties", "the two thousand fifties"])]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(3, 16)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.14:
        a = rng.randint(1995, 2012) if i == 0 else rng.randint(1962, 1999)
        b = a + rng.randint(4, 12)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.2:
        y = pick(rng, [2027, 2029, 2030, 2032, 2034, 2038])
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

ZONES = [("TVT", ["T V T", "Tuvalu Time"]),
         ("NUT", ["N U T", "Niue Time"]),
         ("GAMT", ["G A M T", "Gambier Time", "Gambier Islands Time"]),
         ("MART", ["M A R T", "Marquesas Time", "Marquesas Islands Time"]),
         ("VET", ["V E T", "Venezuela Time", "Venezuelan Time",
                  "Venezuelan Standard Time"]),
         ("PONT", ["P O N T", "Pohnpei Time", "Pohnpei Standard Time", "Ponape Time"]),
         ("KOST", ["K O S T", "Kosrae Time", "Kosrae Standard Time"]),
         ("CHUT", ["C H U T", "Chuuk Time"]),
         ("ACWST", ["A C W S T", "Australian Central Western Standard Time"])]
ZONES_24 = [("AQTT", ["A Q T T", "Aqtobe Time", "Aktobe Time"]),
            ("ANAT", ["A N A T", "Anadyr Time"]),
            ("HOVT", ["H O V T", "Hovd Time"]),
            ("CHOT", ["C H O T", "Choibalsan Time"])]
# (frame, the half of the day it takes or None, whether a 24-hour time before ten fits it)
TIME_FRAMES = [("The first tram into the city leaves at {X}.", "AM", True),
               ("Karaoke starts at {X} every Friday.", "PM", False),
               ("Please collect your car from the garage after {X}.", None, False),
               ("Check-in at the holiday let is from {X}.", "PM", False),
               ("The hearing at the magistrates' court begins at {X}.", "AM", False),
               ("The dog walker will pick Bramble up at {X}.", None, True),
               ("Walkers must register at the start line by {X}.", "AM", True),
               ("Your takeaway will be with you at about {X}.", "PM", False),
               ("Free parking in the town centre ends at {X}.", None, True),
               ("The interview panel will see you at {X}.", None, False),
               ("The garden centre café stops serving at {X}.", None, False),
               ("Last entry to the nightclub is {X}.", "PM", False)]
ZONE_FRAMES = ["The online job fair opens at {X}.",
               "The handset pre-orders go live at {X}.",
               "The book club's video call with the author starts at {X}.",
               "The holiday lettings flash sale ends at {X}."]
DEPARTURE_FRAMES = ["I'm on the {X} tram, so I'll be a bit late.",
                    "She always catches the {X} tram from the park and ride."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. TVT") or 24-hour ("14:35 HOVT", read
    "fourteen thirty five")."""
    return zone_slot_r120(rng, zones=ZONES, zones_24=ZONES_24)


def midnight_slot(rng) -> tuple[str, list[str]]:
    """"12 midnight", "12am" ("twelve midnight", "midnight", "twelve AM")."""
    written = pick(rng, ["12 midnight", "12 midnight", "midnight", "12am"])
    if written == "12am":
        return written, ["twelve AM", "midnight", "twelve midnight"]
    return written, ["twelve midnight", "midnight"]


def clock(rng, part):
    k = rng.random()
    if k < 0.18:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    if k < 0.26:
        return fill(DEPARTURE_FRAMES[0 if part == "dev" else 1], *departure_slot(rng))
    frame, half, early = pick(rng, split(TIME_FRAMES, part))
    if k < 0.36 and early:
        return fill(frame, *early_slot(rng))
    if k < 0.42 and ("nightclub" in frame or "Karaoke" in frame):
        return fill(frame, *midnight_slot(rng))
    if k < 0.47 and half != "AM":
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A pint of the guest ale is {X} at the karaoke bar.", 4, 7),
                 ("A large doner kebab is {X} from the van on the market square.", 6, 11),
                 ("A full MOT at the bypass garage costs {X}.", 35, 55),
                 ("An hour's walk for one dog costs {X}.", 12, 20),
                 ("A tray of bedding plants is {X} at the garden centre.", 3, 9),
                 ("A day's parking at the tram stop is {X}.", 3, 8)]
CALLOUT_FRAMES = [("The holiday let asks for {a} {X} security deposit.", "£", "pound",
                   [100, 150, 200, 250, 300, 400]),
                  ("The network charges {a} {X} upgrade fee.", "£", "pound",
                   [20, 25, 30, 35, 40, 50])]
HOURLY_FRAMES = ["The warehouse picker job pays {X}.", "The dog walking firm pays its walkers {X}."]
PARKING_FRAMES = ["Parking on the high street costs {X}.", "The hospital car park now charges {X}."]
NIGHT_FRAMES = ["The lodge by the lake is {X} in August.", "The shepherd's hut costs {X} midweek."]
MULTIBUY_FRAMES = ["Bedding plants at the garden centre are {X} this weekend.",
                   "Cocktails at the karaoke bar are {X} before ten."]
SMALL_FRAMES = ["A portion of chips from the takeaway is {X}.",
                "A cup of tea from the tram stop kiosk is {X}."]
BILL_FRAMES = ["Your phone bill for this month is {X}.", "The garage's invoice for the service comes to {X}."]
SALARY_FRAMES = ["The trainee planning officer role pays {X}.",
                 "The court reporter job at the paper pays {X}."]
TOLL_FRAMES = ["The bridge toll for a car is now {X}.", "The tunnel toll is {X} each way."]
# (code, readings, the smallest and largest sum that fits)
CODES = [("MUR", ["rupees", "Mauritian rupees"], (500, 90000)),
         ("SCR", ["rupees", "Seychellois rupees", "Seychelles rupees"], (100, 20000)),
         ("MVR", ["rufiyaa", "Maldivian rufiyaa"], (100, 20000)),
         ("TTD", ["dollars", "Trinidad and Tobago dollars", "Trinidad dollars"], (20, 5000)),
         ("JMD", ["dollars", "Jamaican dollars"], (1000, 200000)),
         ("BBD", ["dollars", "Barbadian dollars", "Barbados dollars"], (20, 5000)),
         ("XCD", ["dollars", "East Caribbean dollars", "Eastern Caribbean dollars"],
          (20, 5000)),
         ("FJD", ["dollars", "Fijian dollars", "Fiji dollars"], (20, 5000)),
         ("PGK", ["kina", "Papua New Guinean kina"], (20, 5000)),
         ("TOP", ["paʻanga", "pa'anga", "Tongan paʻanga", "Tongan pa'anga"], (20, 3000)),
         ("LKR", ["rupees", "Sri Lankan rupees"], (1000, 200000))]
SIGNS = [("J$", ["dollars", "Jamaican dollars"], (500, 90000)),
         ("TT$", ["dollars", "Trinidad and Tobago dollars", "Trinidad dollars"], (20, 3000)),
         ("Bds$", ["dollars", "Barbadian dollars", "Barbados dollars"], (20, 3000)),
         ("EC$", ["dollars", "East Caribbean dollars", "Eastern Caribbean dollars"],
          (20, 3000)),
         ("FJ$", ["dollars", "Fijian dollars", "Fiji dollars"], (20, 3000))]
ABROAD_FRAMES = ["The villa we rented for the anniversary trip cost {X} for the week.",
                 "Our week in the beach house came to {X}."]
WAS_FRAMES = ["Hanging basket, was {A}, now {B}.", "Unlimited data SIM: was {A}, now just {B}."]
LARGE_MONEY_FRAMES = [("The tram extension will cost {X}.", False),
                      ("The takeaway app was valued at {X}.", True),
                      ("The mobile network made a loss of {X} last year.", True),
                      ("The new multi-storey car park cost {X}.", False),
                      ("The garden centre group was sold for {X}.", False),
                      ("The toll road took {X} in fees last year.", True),
                      ("The hospice's walks have raised {X} since they began.", False),
                      ("The holiday lettings site paid {X} for its rival.", True)]


def hourly_slot(rng, part) -> tuple[str, list[str]]:
    """Hourly pay as adverts write it: "£12.60 an hour" ("twelve pounds sixty an hour",
    "twelve sixty an hour"), "£13.15 p/h" ("per hour", "an hour"), "£12.85ph"."""
    whole, c = rng.randint(11, 15), pick(rng, [10, 15, 21, 35, 40, 50, 60, 75, 85, 90])
    mark, tails = pick(rng, [(" an hour", ["an hour"]), (" per hour", ["per hour"]),
                             (" p/h", ["per hour", "an hour", "p h"]),
                             ("ph", ["per hour", "an hour", "p h"])])
    return f"£{whole}.{c:02d}{mark}", [f"{h} {t}" for h in
                                       said_cents(whole, c, "pounds", "pound", "pence")
                                       for t in tails]


def parking_slot(rng, part) -> tuple[str, list[str]]:
    """A parking charge: "£1.80 per hour", "£2.50/hr" ("two pounds fifty per hour", "an hour",
    "two fifty an hour"), "£4 for 3 hours" ("four pounds for three hours")."""
    if rng.random() < 0.3:
        p, h = rng.randint(3, 9), rng.randint(2, 4)
        return f"£{p} for {h} hours", [f"{card(p)} pounds for {card(h)} hours"]
    whole, c = rng.randint(1, 4), pick(rng, [10, 20, 40, 50, 60, 80, 90])
    mark, tails = pick(rng, [(" per hour", ["per hour"]), (" an hour", ["an hour"]),
                             ("/hr", ["per hour", "an hour"]), ("/hour", ["per hour", "an hour"])])
    return f"£{whole}.{c}{mark}", [f"{h} {t}" for h in
                                   said_cents(whole, c, "pounds", "pound", "pence")
                                   for t in tails]


def night_slot(rng, part) -> tuple[str, list[str]]:
    """A nightly rate: "£145 per night", "£95/night" ("ninety five pounds per night", "a
    night"), "£120 pn"."""
    n = rng.randrange(65, 320, 5)
    mark, tails = pick(rng, [(" per night", ["per night"]), (" a night", ["a night"]),
                             ("/night", ["per night", "a night"]),
                             (" pn", ["per night", "a night", "p n"])])
    return f"£{n}{mark}", [f"{p} {t}" for p in pounds(n) for t in tails]


def toll_slot(rng, part) -> tuple[str, list[str]]:
    """A toll: "£2.50", "$6.75", "€3.90"."""
    sym = "£" if part == "dev" else pick(rng, ["$", "€"])
    return money_pence(rng, 1, 7, sym)


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("MUR 4,500", "2,400 TTD") or a sign before it
    ("J$15,000", "EC$85")."""
    return abroad_money_slot_r119(rng, codes=CODES, signs=SIGNS)


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.17:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.23:
        frame, sym, unit, numbers = CALLOUT_FRAMES[i]
        return fill(frame, *callout_slot(rng, sym, unit, numbers))
    if k < 0.3:
        return fill(HOURLY_FRAMES[i], *hourly_slot(rng, part))
    if k < 0.36:
        return fill(PARKING_FRAMES[i], *parking_slot(rng, part))
    if k < 0.42:
        return fill(NIGHT_FRAMES[i], *night_slot(rng, part))
    if k < 0.46:
        return fill(MULTIBUY_FRAMES[i], *multibuy_slot(rng))
    if k < 0.51:
        return fill(SMALL_FRAMES[i], *small_slot(rng))
    if k < 0.56:
        return fill(BILL_FRAMES[i], *pence_sum(30, 480)(rng, part))
    if k < 0.61:
        return fill(SALARY_FRAMES[i], *salary_slot(rng))
    if k < 0.66:
        return fill(TOLL_FRAMES[i], *toll_slot(rng, part))
    if k < 0.73:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.79:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

CELSIUS = [("°C", ["degrees Celsius", "degrees"]), (" °C", ["degrees Celsius", "degrees"])]
GB = [("GB", ["gigabytes", "gigs"]), (" GB", ["gigabytes", "gigs"])]
MBPS = [("Mbps", ["megabits per second", "megs"]), (" Mbps", ["megabits per second", "megs"])]
MILES = [(" miles", ["miles"]), (" mi", ["miles"])]


def mpg_slot(rng, part) -> tuple[str, list[str]]:
    """Fuel economy: "52.3mpg" ("fifty two point three miles per gallon", "m p g"), "48 mpg"."""
    n = rng.randint(34, 68)
    mark = pick(rng, ["mpg", " mpg", " mpg"])
    if rng.random() < 0.4:
        t = rng.randint(1, 9)
        heads = [f"{card(n)} point {card(t)}"]
        return f"{n}.{t}{mark}", [f"{h} {u}" for h in heads for u in ("miles per gallon",
                                                                         "m p g")]
    return f"{n}{mark}", [f"{card(n)} {u}" for u in ("miles per gallon", "m p g")]


def tread_slot(rng, part) -> tuple[str, list[str]]:
    """Tyre tread: "1.6mm" ("one point six millimeters"), "3 mm"."""
    if rng.random() < 0.5:
        return f"1.6{pick(rng, ['mm', ' mm'])}", ["one point six millimeters", "one point six mil"]
    n = rng.randint(2, 7)
    return f"{n}{pick(rng, ['mm', ' mm'])}", [f"{card(n)} millimeters", f"{card(n)} mil"]


MEASURE_FRAMES = [
    ("The estate car averages {X} on a long run.", mpg_slot),
    ("Legally your tyres need at least {X} of tread.", tread_slot),
    ("The hatchback's engine puts out {X}.",
     unit_gen([(" bhp", ["brake horsepower", "b h p"]), ("bhp", ["brake horsepower", "b h p"]),
               (" hp", ["horsepower"])], 70, 190)),
    ("Pump the front tyres up to {X}.", unit_gen([(" psi", ["p s i", "pounds per square inch"]),
                                                  ("psi", ["p s i", "pounds per square inch"])],
                                                 30, 38)),
    ("The monthly plan includes {X} of data.", pick_gen([5, 10, 15, 30, 40, 60, 100, 150], GB)),
    ("Average download speeds on the new mast reach {X}.", unit_gen(MBPS, 40, 300)),
    ("The new phone's battery is {X}.",
     pick_gen([3700, 4000, 4500, 4700, 5000, 5500], [("mAh", ["milliamp hours"]),
                                                       (" mAh", ["milliamp hours"])])),
    ("The charity walk follows the coast for {X}.", unit_gen(MILES, 6, 26)),
    ("Walkers on the night route covered {X}.",
     unit_gen([(" km", KM), ("km", KM), (" kilometres", KM)], 10, 42)),
    ("Bramble the spaniel weighs {X}.", unit_gen([("kg", KG), (" kg", KG)], 9, 24, 0.4)),
    ("Our beagle walks {X} a day with her walker.", unit_gen(MILES, 2, 8, 0.3)),
    ("The lawn seed box covers {X}.", unit_gen([("m²", ["square meters"]),
                                                (" m²", ["square meters"]),
                                                (" sq m", ["square meters"])], 10, 80)),
    ("Each bag of bark chippings holds {X}.",
     unit_gen([(" litres", LITRE), ("L", LITRE), (" L", LITRE)], 50, 100)),
    ("The greenhouse heater keeps the plants above {X}.", unit_gen(CELSIUS, 3, 10)),
    ("The large pizza from the takeaway has {X}.",
     unit_gen([(" kcal", ["kilocalories", "calories"]), (" calories", ["calories"])], 1800,
              3200)),
    ("A small bottle of prosecco at the bar is {X}.",
     pick_gen([200, 187], [("ml", ML), (" ml", ML)])),
    ("The tram's top speed on the street section is {X}.", unit_gen(MPH, 20, 30)),
    ("The toll road saves drivers {X} compared with the old route.", unit_gen(MILES, 8, 30)),
    ("The pub's beer garden heater is rated at {X}.",
     unit_gen([("kW", ["kilowatts"]), (" kW", ["kilowatts"])], 6, 15)),
    ("A bag of the puppy food weighs {X}.", unit_gen([("kg", KG), (" kg", KG)], 2, 15)),
    ("The drive to the holiday cottage is {X}.",
     unit_gen([(" miles", ["miles"]), (" km", KM)], 90, 380)),
    ("Cars over {X} are too tall for the multi-storey.",
     pick_gen([2], [("m", ["meters"]), (" m", ["meters"]), (" metres", ["meters"])])),
]


def engine_slot(rng) -> tuple[str, list[str]]:
    """An engine's size before its noun: "1.6-litre" ("one point six litre"), "2.0L" ("two point
    oh litre", "two litre"), "1200cc" ("twelve hundred c c")."""
    if rng.random() < 0.3:
        n = pick(rng, [1000, 1200, 1400, 1600, 1800])
        return f"{n}{pick(rng, ['cc', ' cc'])}", [f"{c} c c" for c in attributive(n)] + \
            [f"{card(n // 100)} hundred c c"] + [f"{c} cubic centimeter" for c in attributive(n)]
    whole, tenth = pick(rng, [(1, 0), (1, 2), (1, 4), (1, 5), (1, 6), (2, 0), (2, 2), (3, 0)])
    mark = pick(rng, ["-litre", "-litre", "L", " litre", "-liter"])
    if tenth == 0:
        heads = [f"{card(whole)} point zero", f"{card(whole)} point oh", card(whole)]
    else:
        heads = halves(whole, tenth)
    return f"{whole}.{tenth}{mark}", [f"{h} {u}" for h in heads for u in ("litre", "liter")]


def storage_slot(rng) -> tuple[str, list[str]]:
    """A phone's storage before its noun: "128GB" ("a hundred and twenty eight gigabyte",
    "... gig")."""
    n = pick(rng, [64, 128, 128, 256, 512])
    return f"{n}{pick(rng, ['GB', 'GB', ' GB'])}", [f"{c} {u}" for c in attributive(n)
                                                     for u in ("gigabyte", "gig")]


def pizza_slot(rng) -> tuple[str, list[str]]:
    """A pizza's size before its noun: "12-inch" ("twelve inch"), "14\"", "10 inch"."""
    n = pick(rng, [9, 10, 12, 14, 16])
    mark = pick(rng, ['-inch', '-inch', ' inch', '"'])
    return f"{n}{mark}", [f"{card(n)} inch"]


def walk_slot(rng) -> tuple[str, list[str]]:
    """A walk's length before its noun: "10km" ("ten kilometer", "ten K"), "5-mile" ("five
    mile")."""
    if rng.random() < 0.5:
        n = pick(rng, [5, 10, 15, 20, 26])
        return f"{n}{pick(rng, ['km', 'km', 'K', '-kilometre'])}", [f"{card(n)} {u}" for u in
                                                                      ("kilometer", "K")]
    n = pick(rng, [3, 5, 6, 10, 13])
    return f"{n}{pick(rng, ['-mile', '-mile', ' mile'])}", [f"{card(n)} mile"]


def compost_slot(rng) -> tuple[str, list[str]]:
    """A bag's size before its noun: "40-litre" ("forty litre"), "60L", "70 litre"."""
    n = pick(rng, [40, 50, 60, 70, 75, 100])
    return f"{n}{pick(rng, ['-litre', '-litre', 'L', ' litre'])}", \
        [f"{c} {u}" for c in attributive(n) for u in ("litre", "liter")]


def tow_slot(rng) -> tuple[str, list[str]]:
    """A towing limit before its noun: "1,500kg" ("fifteen hundred kilogram", "one thousand
    five hundred kilo")."""
    n = pick(rng, [750, 1200, 1500, 1800, 2000, 2500])
    return f"{with_written(n, rng, 0.6)}{pick(rng, ['kg', ' kg'])}", \
        [f"{c} {u}" for c in attributive(n) for u in ("kilogram", "kilo")]


def beer_slot(rng) -> tuple[str, list[str]]:
    """A pitcher's size before its noun: "2-pint" ("two pint"), "4 pint"."""
    n = pick(rng, [2, 3, 4])
    return f"{n}{pick(rng, ['-pint', '-pint', ' pint'])}", [f"{card(n)} pint"]


# (frame, a generator of the measure before its noun); dev takes the even ones.
ATTR_MEASURE_FRAMES = [("The courtesy car has {a} {X} engine.", engine_slot),
                       ("The contract comes with {a} {X} handset.", storage_slot),
                       ("I'll have {a} {X} margherita with extra olives.", pizza_slot),
                       ("The hospice is holding {a} {X} sponsored walk in May.", walk_slot),
                       ("Grab {a} {X} bag of compost for the raised beds.", compost_slot),
                       ("The hire car has {a} {X} towing limit.", tow_slot),
                       ("We shared {a} {X} jug of cider at karaoke.", beer_slot)]


def measure(rng, part):
    return measure_r119(rng, part, frames=MEASURE_FRAMES, attr_frames=ATTR_MEASURE_FRAMES)


# --------------------------------------------------------------------------- percentages

PERCENT_FRAMES = [("Parking fines in the city rose by {X} last year.", 5, 40, True),
                  ("Only {X} of applicants were invited to interview.", 5, 30, False),
                  ("Tram punctuality slipped to {X} in December.", 70, 96, True),
                  ("Holiday let bookings on the coast are down {X} this summer.", 3, 25, True),
                  ("About {X} of drivers failed their MOT at the first attempt.", 20, 45, False),
                  ("Takeaway prices have risen {X} in two years.", 8, 30, False),
                  ("Mobile bills will go up by {X} in April.", 3, 9, True),
                  ("The planning application drew objections from {X} of residents.", 10, 80,
                   False)]
RAISE_FRAMES = ["Warehouse staff will get {a} {X} pay rise in April.",
                "Book club members get {a} {X} discount at the bookshop."]
OFF_FRAMES = ["Walkers get {X} off at the café on the day.",
              "Show your NHS badge for {X} off at the garden centre."]
VAT_FRAMES = ["Takeaway hot food is charged at {X}.", "The garage adds {X} to parts and labour."]
MINUS_FRAMES = ["Karaoke bar takings changed by {X} on last year.",
                "Holiday let prices in the county moved {X} over the winter."]
POINTS_FRAMES = [("Support for the tram extension fell by {X} points.", 2, 9),
                 ("The network's share of new contracts rose {X} percentage points.", 1, 4)]
APR_FRAMES = ["The car finance deal comes with {X}.", "The handset can be paid off at {X}."]


def raise_slot(rng) -> tuple[str, list[str]]:
    """A share before its noun: "a 4% pay rise" ("a four percent"), "a 2.5% rise" ("two point
    five", "two and a half"), "an 8 per cent"."""
    if rng.random() < 0.3:
        w = pick(rng, [1, 2, 3, 4])
        return f"{w}.5%", [f"{card(w)} point five percent", f"{card(w)} and a half percent"]
    n = pick(rng, [3, 4, 5, 6, 8, 10, 11, 12, 18])
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{card(n)} percent"]


def apr_slot(rng) -> tuple[str, list[str]]:
    """A finance rate: "0% APR" ("zero percent A P R"), "6.9% APR" ("six point nine percent")."""
    if rng.random() < 0.4:
        return "0% APR", ["zero percent A P R", "nought percent A P R"]
    w, t = rng.randint(3, 12), rng.randint(1, 9)
    return f"{w}.{t}% APR", [f"{card(w)} point {card(t)} percent A P R"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(RAISE_FRAMES[i], *raise_slot(rng))
    if k < 0.21:
        return fill(OFF_FRAMES[i], *off_slot(rng))
    if k < 0.26:
        return fill(VAT_FRAMES[i], *vat_slot(rng, "held"))
    if k < 0.32:
        return fill(APR_FRAMES[i], *apr_slot(rng))
    if k < 0.37:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.42:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, the smallest and largest value, its decimal places)
DECIMAL_FRAMES = [("The garage scores {X} out of five on the review site.", 4.1, 4.9, 1),
                  ("The holiday cottage is rated {X} by past guests.", 8.1, 9.9, 1),
                  ("The kebab shop's food hygiene app score averages {X}.", 3.1, 4.9, 1),
                  ("Our book club gave the novel an average of {X} out of ten.", 4.1, 9.4, 1),
                  ("The bureau at the tram station was giving {X} dollars to the pound.", 1.21,
                   1.35, 2),
                  ("The dog groomer's average rating is {X} stars.", 4.51, 4.99, 2),
                  ("The new handset's screen measures {X} inches.", 6.1, 6.9, 1),
                  ("The average karaoke score on the night was {X}.", 71.1, 96.9, 1)]
VERSION_FRAMES = ["Update the parking app to version {X}.",
                  "The takeaway ordering app is now on version {X}."]


def decimal(rng, part):
    return decimal_r119(rng, part, frames=DECIMAL_FRAMES, version_frames=VERSION_FRAMES)


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book your car in for an MOT, call {X}.",
                "For availability at the cottage, ring {X}.",
                "To upgrade your handset, call {X}.",
                "The recruitment team can be reached on {X}.",
                "To book a grooming appointment, call {X}.",
                "Order your takeaway on {X}.",
                "For lost property left on the trams, ring {X}.",
                "To dispute a parking charge, call {X}."]
SHORT_LINES = [("To report a car abandoned in your street, call {X}.", "101",
                ["one zero one", "one oh one", "one hundred and one"]),
               ("In an emergency at the villa, dial {X}.", "112",
                ["one one two", "one twelve"])]
TEXT_FRAMES = ["Text {X} to give five pounds to the hospice walk.",
               "To stop messages from the network, text {X}."]
KEYWORDS = ["STRIDE", "BLISTER", "LANTERN", "MOONLIT", "SPONSOR", "TRAILHEAD"]
NONGEO = ["0300", "0843", "0870"]
# (country code, readings after "plus", groups, the digits the number opens with): Mauritius,
# the Seychelles, Aruba, Taiwan, Brunei, Zimbabwe, Botswana, Namibia, Tanzania, Uganda.
ABROAD = [("230", ["two three zero", "two thirty"], (4, 4), "5"),
          ("248", ["two four eight", "two forty eight"], (1, 3, 3), "2"),
          ("297", ["two nine seven", "two ninety seven"], (3, 4), "5"),
          ("886", ["eight eight six", "eight eighty six", "double eight six"], (3, 3, 3), "9"),
          ("673", ["six seven three", "six seventy three"], (3, 4), "8"),
          ("263", ["two six three", "two sixty three"], (2, 3, 4), "7"),
          ("267", ["two six seven", "two sixty seven"], (2, 3, 3), "7"),
          ("264", ["two six four", "two sixty four"], (2, 3, 4), "8"),
          ("255", ["two five five", "two fifty five", "two double five"], (3, 3, 3), "7"),
          ("256", ["two five six", "two fifty six"], (3, 3, 3), "7")]


def text_slot(rng, part) -> tuple[str, list[str]]:
    """A keyword and a short code: "STRIDE to 70085" ("STRIDE to seven zero zero eight five"),
    "STOP to 62236"."""
    return text_slot_r119(rng, part, keywords=KEYWORDS)


def nongeo_slot(rng) -> tuple[str, list[str]]:
    """A British business number, "0870 234 5678", digit by digit."""
    return nongeo_slot_r119(rng, heads=NONGEO)


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


def phone(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.07:
        frame, written, said = SHORT_LINES[i]
        return fill(frame, written, said)
    if k < 0.14:
        return fill(TEXT_FRAMES[i], *text_slot(rng, part))
    frame = pick(rng, split(PHONE_FRAMES, part))
    if k < 0.38:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.44:
        return fill(frame, *extension_slot(rng))
    if k < 0.66:
        return fill(frame, *uk5_slot(rng))
    if k < 0.77:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["About {X} of the town's car parks are cashless now.",
                   "Nearly {X} of the holiday lets on the coast stood empty in March.",
                   "Almost {X} of drivers use the toll road every day.",
                   "About {X} of the book club had not finished the novel.",
                   "Roughly {X} of job applicants never hear back.",
                   "More than {X} of the walkers were first-timers.",
                   "Around {X} of the garden centre's sales come in spring.",
                   "Over {X} of takeaway orders now come through apps."]
ONE_IN_FRAMES = ["About {X} cars fail their MOT on lights alone.",
                 "Roughly {X} phone contracts are cancelled in the first year."]
WAIT_FRAMES = [("The service on my car took {X}.", "hour"),
               ("The planning hearing lasted {X}.", "day")]
DISTANCE_FRAMES = ["The holiday let is {X} from the beach.",
                   "The tram stop is {X} from the nightclub."]
HALF_PRICE_FRAMES = ["Everything in the garden centre's clearance corner is {X}.",
                "Pizzas are {X} on Tuesdays."]
ROUTE_FRAMES = ["The first {X} of the route follows the canal.",
                "Walkers had covered {X} of the course by midnight."]
BURGER_FRAMES = ["I'll have a {X} with cheese, please.", "A {X} meal is six pounds at the van."]
STARS_FRAMES = ["I'd give the holiday cottage {X} stars.", "The book club gave the thriller {X}."]
ACRE_FRAMES = ["The garden centre sits on {X} acres.", "The new park and ride covers {X} acres."]
HALFDAY_FRAMES = ["You can book a {X} with the dog walker.", "The groomer offers a {X} puppy session."]


def price_frac_slot(rng) -> tuple[str, list[str]]:
    """"½ price" ("half price"), "1/2 price"."""
    return f"{pick(rng, ['½', '½', '1/2'])} price", ["half price", "one half price"]


def route_slot(rng, first: bool) -> tuple[str, list[str]]:
    """A part of a route: after "the first" "¾" ("three quarters"), "⅓" ("third", "one
    third"); alone "⅓" ("a third", "one third"), "¼" ("a quarter")."""
    glyph, after, alone = pick(rng, [("¾", ["three quarters", "three fourths"],
                                      ["three quarters", "three fourths"]),
                                     ("⅔", ["two thirds"], ["two thirds"]),
                                     ("⅓", ["third", "one third"], ["a third", "one third"]),
                                     ("¼", ["quarter", "one quarter"],
                                      ["a quarter", "one quarter"])])
    return glyph, after if first else alone


def burger_slot(rng) -> tuple[str, list[str]]:
    """"¼ pounder" ("quarter pounder"), "½ pounder" ("half pounder")."""
    glyph, slash, said = pick(rng, [("¼", "1/4", ["quarter pounder", "one quarter pounder"]),
                                    ("½", "1/2", ["half pounder", "one half pounder"])])
    num = glyph if rng.random() < 0.7 else slash
    return f"{num}{pick(rng, [' pounder', '-pounder'])}", said


def halfday_slot(rng) -> tuple[str, list[str]]:
    """"½-day" ("half day", "half-day"), "½ hour" ("half hour")."""
    num = pick(rng, ["½", "½", "1/2"])
    unit = pick(rng, ["day", "hour"])
    return f"{num}-{unit}", [f"half {unit}", f"half-{unit}", f"one half {unit}"]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.09:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.19:
        frame, unit = WAIT_FRAMES[i]
        return fill(frame, *wait_slot(rng, unit))
    if k < 0.26:
        glyph, said = pick(rng, [("½", ["half a mile", "a half mile", "half of a mile"]),
                                 ("¼", ["a quarter mile", "a quarter of a mile",
                                        "quarter of a mile"]),
                                 ("¾", ["three quarters of a mile", "three quarter mile",
                                        "three quarters mile"])])
        return fill(DISTANCE_FRAMES[i], f"{glyph} mile", said)
    if k < 0.33:
        return fill(HALF_PRICE_FRAMES[i], *price_frac_slot(rng))
    if k < 0.4:
        return fill(ROUTE_FRAMES[i], *route_slot(rng, i == 0))
    if k < 0.47:
        return fill(BURGER_FRAMES[i], *burger_slot(rng))
    if k < 0.54:
        return fill(STARS_FRAMES[i], *stars_slot(rng, part))
    if k < 0.6:
        return fill(ACRE_FRAMES[i], *mixed_number_slot(rng, 2, 30, 3))
    if k < 0.66:
        return fill(HALFDAY_FRAMES[i], *halfday_slot(rng))
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
# None): kings of Bohemia, a king of the French, Umayyad caliphs, Mughal emperors and tsars of
# Russia.
RULERS = [("Přemysl Otakar", [1, 2], "King", None), ("Louis-Philippe", [1], "King", None),
          ("Yazid", [1, 2], "Caliph", None), ("Bahadur Shah", [1, 2], "Emperor", None),
          ("al-Walid", [1, 2], "Caliph", None), ("Feodor", [1, 2, 3], "Tsar", None),
          ("Marwan", [1, 2], "Caliph", None), ("Shah Alam", [2], "Emperor", None),
          ("Muawiya", [1, 2], "Caliph", None)]
REGNAL_FRAMES = ["The holiday cottage stands on land once granted by {X}.",
                 "The book club is reading a new life of {X}.",
                 "The takeaway's menu claims its biryani recipe dates from the court of {X}.",
                 "A ring bearing the seal of {X} was found on the planning site.",
                 "The walk passes a stone marking a visit by {X}.",
                 "The karaoke bar's quiz round asked who succeeded {X}.",
                 "The garden centre's rose was named after {X}.",
                 "Grandad's christening mug shows a portrait of {X}."]
# Series in Roman numerals: (as written, the numbers it takes, the reading of the words before
# the number where it differs, frames). Dev takes the even ones, held-out the odd.
SERIES = [("Back to the Future Part", [2, 3], None,
           ["The tram depot's open day is screening {X}.",
            "Karaoke night finishes with a singalong from {X}."]),
          ("Friday the 13th Part", [2, 3], "Friday the thirteenth Part",
           ["The nightclub's Halloween party is showing {X}.",
            "The book club's film night is {X}, somehow."]),
          ("Gay Games", [9, 10, 11], None,
           ["Two walkers from the hospice walk ran at the {X}.",
            "The karaoke bar raised money to send a local swimmer to the {X}."])]
GAMES_FRAMES = [("A tram driver from the depot carried the flag at the {X} Island Games.",
                 [18, 19, 20]),
                ("The book club read poets who performed at the {X} Jeux de la Francophonie.",
                 [8, 9, 10])]


def series_slot(rng, part) -> tuple[str, list[str], str]:
    return series_slot_r117(rng, part, series=SERIES)


def regnal(rng, part):
    k = rng.random()
    if k < 0.38:
        written, said, frame = series_slot(rng, part)
        return fill(frame, written, said)
    if k < 0.48:
        frame, numbers = GAMES_FRAMES[0 if part == "dev" else 1]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "The garage says the repair will take {X} days.", 1, 7, 3, 1),
                ("num", "Please allow {X} weeks for your new permit to arrive.", 2, 8, 3, 1),
                ("ages", "The job fair is aimed at people aged {X}.", 16, 30, 0, 0),
                ("mins", "Trams run every {X} in the evening.", 6, 20, 6, 2),
                ("mins", "Your takeaway will arrive in {X}.", 30, 60, 20, 5),
                ("pct", "Holiday let owners expect bookings to fall {X}.", 5, 20, 10, 5),
                ("pct", "Tolls on the bridge will rise by {X}.", 2, 12, 4, 1),
                ("temp", "Keep the greenhouse at {X} overnight.", 5, 12, 4, 1),
                ("temp", "Highs of {X} are forecast for the walk.", 14, 26, 5, 1),
                ("miles", "Each route on the charity walk is {X}.", 3, 26, 10, 1),
                ("kg", "The dog walker takes dogs weighing {X}.", 5, 40, 15, 5),
                ("num", "Each book club meeting draws {X} readers.", 6, 20, 6, 1)]
HOURS_FRAMES = ["The garden centre is open {X} daily.", "The tram office is open {X}."]
DAYS_FRAMES = ["The dog grooming parlour is open {X}.", "The car park office is staffed {X}."]
DATE_RANGE_FRAMES = ["The garden centre's plant fair runs {X}.",
                     "The cottage is available {X}."]
PLAN_FRAMES = ["The tram upgrade works run {X}.", "The parking strategy covers {X}."]
PRICE_FRAMES = ["A weekend at the holiday cottage costs {X}.",
                "A dog wash and trim costs {X}."]
WINDOW_FRAMES = ["The mechanic can see your car {X} on Thursday.",
                 "The dog walker can come {X} tomorrow."]


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
        a, b = pick(rng, [(16, 24), (18, 25), (16, 18), (18, 30), (21, 30)])
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
    if kind == "miles":
        return fill(frame, f"{a}{dash}{b} {pick(rng, ['miles', 'miles', 'mi'])}",
                    [f"{x} to {y} miles" for x, y in pairs])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['kg', ' kg'])}",
                [f"{x} to {y} {u}" for x, y in pairs for u in ("kilograms", "kilos")])


# ---------------------------------------------------------------------- web and e-mail

# The sites of each topic: (hosts, subdomains, top-level domains with their readings); the
# dev and held-out parts take alternate hosts and subdomains.
TOPICS = {
    "jobs": (["shiftfinder", "rotahub", "rotaclock", "clockingin"], ["apply", "vacancies"],
             [("jobs", ["jobs"]), ("com", ["com"]), ("co.uk", ["co dot u k"])]),
    "lets": (["saltcottage", "bolthole", "seaglass", "driftwoodlets"], ["book", "stays"],
             [("holiday", ["holiday"]), ("rentals", ["rentals"]), ("co.uk", ["co dot u k"]),
              ("mu", ["m u"]), ("sc", ["s c"])]),
    "garage": (["sparkplug", "dipstick", "wheelnut", "torquewrench"], ["bookings", "mot"],
               [("auto", ["auto"]), ("com", ["com"]), ("co.uk", ["co dot u k"])]),
    "mobile": (["signalbar", "simswap", "tetherly", "roamfree"], ["account", "upgrades"],
               [("mobile", ["mobile"]), ("com", ["com"]), ("co.uk", ["co dot u k"]),
                ("tw", ["t w"])]),
    "walk": (["moonstride", "lanternwalk", "blisterclub", "stepforward"], ["sponsor", "route"],
             [("org", ["org"]), ("org.uk", ["org dot u k"]), ("com", ["com"])]),
    "garden": (["pottingbench", "seedtray", "trowelandfork", "greenhousegang"],
               ["shop", "plants"],
               [("garden", ["garden"]), ("co.uk", ["co dot u k"]), ("com", ["com"])]),
    "food": (["spicebox", "naanstop", "crustworks", "kebabking"], ["order", "menu"],
             [("pizza", ["pizza"]), ("menu", ["menu"]), ("co.uk", ["co dot u k"]),
              ("com", ["com"])]),
    "dogs": (["waggytails", "muddypaws", "leadandlead", "fluffnbuff"], ["book", "walks"],
             [("dog", ["dog"]), ("co.uk", ["co dot u k"]), ("com", ["com"])]),
    "night": (["micdrop", "encorebar", "duetroom", "neonlounge"], ["guestlist", "booths"],
              [("bar", ["bar"]), ("club", ["club"]), ("co.uk", ["co dot u k"])]),
    "commute": (["tramlink", "parkwise", "tollpass", "stopandgo"], ["permits", "times"],
                [("com", ["com"]), ("co.uk", ["co dot u k"]), ("bw", ["b w"]),
                 ("na", ["n a"])]),
    "books": (["pageturners", "chapterandverse", "dogear", "spinecrack"], ["club", "picks"],
              [("club", ["club"]), ("org", ["org"]), ("co.uk", ["co dot u k"])]),
}
# (frame, the page's path, topic)
SITE_FRAMES = [("See all our vacancies at {X}.", "vacancies", "jobs"),
               ("Check the cottage's calendar at {X}.", "availability", "lets"),
               ("Book your MOT online at {X}.", "book-mot", "garage"),
               ("Compare SIM-only deals at {X}.", "sim-only", "mobile"),
               ("Sign up for the night walk at {X}.", "sign-up", "walk"),
               ("Browse this week's plant offers on {X}.", "plant-offers", "garden"),
               ("Order for collection at {X}.", "collection", "food"),
               ("Book a grooming slot at {X}.", "grooming", "dogs"),
               ("Reserve a karaoke booth at {X}.", "booths", "night"),
               ("Apply for a residents' parking permit at {X}.", "residents", "commute")]
# (frame, the mailbox, topic)
MAIL_FRAMES = [("Send your CV to {X}.", "careers", "jobs"),
               ("Questions about your stay go to {X}.", "stays", "lets"),
               ("Send photos of the damage to {X}.", "claims", "garage"),
               ("To request your PAC code, email {X}.", "switching", "mobile"),
               ("Sponsorship forms can be sent to {X}.", "walkers", "walk"),
               ("Complaints about your order go to {X}.", "feedback", "food"),
               ("To join the waiting list, email {X}.", "walkies", "dogs"),
               ("Book a private party by emailing {X}.", "parties", "night")]
NAME_MAIL_FRAMES = [("The hiring manager is {X}.", "jobs"),
                    ("The book club's secretary can be reached at {X}.", "books")]
# (frame, topic, the handle's tails with their readings)
HANDLE_FRAMES = [("Follow {X} for tonight's specials.", "food", [("eats", "eats"),
                                                                 ("hq", "h q")]),
                 ("Tram disruption is posted by {X}.", "commute", [("alerts", "alerts"),
                                                                   ("live", "live")]),
                 ("Photos from the walk are on {X}.", "walk", [("walks", "walks"),
                                                              ("team", "team")]),
                 ("Tonight's lineup is posted by {X}.", "night", [("karaoke", "karaoke"),
                                                                  ("nights", "nights")])]
HASHTAGS = [("NightWalk", "night walk"), ("MOTday", "M O T day"), ("BookClubPicks", "book club picks"),
            ("KaraokeNight", "karaoke night"), ("TramLife", "tram life"),
            ("PlotToPlate", "plot to plate"), ("DogsOfInstagram", "dogs of instagram"),
            ("FakeawayFriday", "fakeaway friday")]
HASHTAG_FRAMES = ["Share your snaps with {X}.", "Use {X} when you post."]
# Names as e-mail addresses write them.
MAIL_FIRST = ["chidinma", "joaquim", "rogelio", "imelda", "tendai", "kagiso", "rumbidzai",
              "mpho", "ngaio", "mosese", "anahera", "thabo"]
MAIL_SURNAMES = ["mendoza", "moyo", "ncube", "dube", "mokoena", "parata", "tipene", "kahu",
                 "sibanda", "chikwanha", "paewai", "motsepe"]


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

# (city, state, the first three digits of its ZIP codes): streetcar and toll-bridge cities.
CITIES = [("Kenosha", "WI", "531"), ("El Paso", "TX", "799"), ("Oklahoma City", "OK", "731"),
          ("Cincinnati", "OH", "452"), ("Kansas City", "MO", "641"), ("Milwaukee", "WI", "532"),
          ("Salt Lake City", "UT", "841"), ("Sacramento", "CA", "958"),
          ("Detroit", "MI", "482"), ("Lowell", "MA", "018"), ("Baton Rouge", "LA", "708"),
          ("Greensboro", "NC", "274"), ("Des Moines", "IA", "503"), ("Cedar Rapids", "IA", "524"),
          ("Sioux Falls", "SD", "571"), ("Corpus Christi", "TX", "784")]
# Garden herbs, as American streets are named.
STREETS = ["Chervil", "Tarragon", "Fennel", "Lovage", "Borage", "Comfrey", "Meadowsweet",
           "Feverfew", "Woodruff", "Marjoram", "Caraway", "Chamomile", "Valerian", "Hyssop",
           "Coriander", "Burdock"]
# (town, postcode area, district): tram and toll towns.
UK_TOWNS = [("Croydon", "CR", 0), ("Eccles", "M", 30), ("Altrincham", "WA", 14),
            ("Rochdale", "OL", 16), ("Hucknall", "NG", 15), ("Beeston", "NG", 9),
            ("Wednesbury", "WS", 10), ("Bilston", "WV", 14), ("Cleveleys", "FY", 5),
            ("Dartford", "DA", 1), ("Runcorn", "WA", 7), ("Widnes", "WA", 8),
            ("Saltash", "PL", 12), ("Torpoint", "PL", 11), ("Blackpool", "FY", 1),
            ("Ashton-under-Lyne", "OL", 6)]
# Dog breeds.
UK_STREETS = ["Whippet", "Lurcher", "Saluki", "Basenji", "Samoyed", "Vizsla", "Borzoi",
              "Pointer", "Setter", "Deerhound", "Harrier", "Keeshond"]
# (town, province, the first three characters of its postal codes): light-rail cities.
CA_CITIES = [("Kitchener", "ON", "N2G"), ("Mississauga", "ON", "L5B"), ("Brampton", "ON", "L6Y"),
             ("Burnaby", "BC", "V5H"), ("Laval", "QC", "H7N"), ("Longueuil", "QC", "J4K"),
             ("Gatineau", "QC", "J8X"), ("Surrey", "BC", "V3T")]
CA_PROVINCES = {**PROVINCES, "NL": "Newfoundland and Labrador"}
# Poets, as Canadian streets are named.
CA_STREETS = ["Carman", "Lampman", "Atwood", "Leacock", "Purdy", "Layton", "Birney",
              "Pickthall", "Crawford", "Livesay"]
CA_TYPES = [(["St."], "Street"), (["Ave."], "Avenue"), (["Rd."], "Road"), (["Dr."], "Drive"),
            (["Cres."], "Crescent"), (["Blvd."], "Boulevard")]
# (frame, whether a post office box fits it); each part gets two of each.
ADDRESS_FRAMES = [("Send your signed contract of employment to {X}.", True),
                  ("Keys for the holiday let can be posted back to {X}.", True),
                  ("The new MOT centre is at {X}.", False),
                  ("The karaoke bar has moved to {X}.", False),
                  ("Objections to the application should be sent to {X}.", True),
                  ("Sponsorship money can be posted to {X}.", True),
                  ("The dog grooming parlour is at {X}.", False),
                  ("The new takeaway is at {X}.", False)]


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Whippet Close, Eccles M30 3PQ"; the postcode's letters one by
    one and its district as a number or digit by digit; a flat or a unit now and then."""
    return uk_address_r119(rng, part, towns=UK_TOWNS, streets=UK_STREETS)


def ca_address(rng, part) -> tuple[str, list[str]]:
    """A Canadian address: "412 Lampman Ave., Kitchener, ON N2G 1A0", the province's name and
    the postal code letter by letter and digit by digit."""
    return ca_address_r119(rng, part, cities=CA_CITIES, streets=CA_STREETS)


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

SURNAMES = ["Moyo", "Ncube", "Dube", "Mokoena", "Parata", "Tipene", "Kahu", "Sibanda",
            "Chikwanha", "Paewai", "Motsepe", "Mendoza", "Mahlangu", "Tamihana", "Nkosi",
            "Marama", "Mlambo", "Rangihuna", "Zulu", "Tipoki", "Khumalo", "Waaka", "Gumede",
            "Tapsell"]
WOMEN = ["Chidinma", "Imelda", "Rumbidzai", "Ngaio", "Anahera", "Nomvula", "Tendai",
         "Marisol", "Kagiso", "Aroha", "Lerato", "Mereana"]
MEN = ["Joaquim", "Rogelio", "Thabo", "Mosese", "Mpho", "Sipho", "Wiremu", "Farai",
       "Tanielu", "Kabelo", "Hemi", "Tatenda"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
MEMORIAL_FRAMES = ["The charity walk stops at the grave of {X}.",
                   "Members of the book club researched the life of {X}.",
                   "The local paper told the story of {X} on Remembrance Sunday.",
                   "A bench in the car park garden remembers {X}."]
POLICE_FRAMES = ["The court heard evidence from {X}.",
                 "Anyone with information should contact {X}."]
# (abbreviation, readings, the frames it fits); the men who held them.
TITLES = [("Fus", ["Fusilier"], MEMORIAL_FRAMES),
          ("Cfn", ["Craftsman"], MEMORIAL_FRAMES),
          ("Dmr", ["Drummer"], MEMORIAL_FRAMES),
          ("Kgn", ["Kingsman"], MEMORIAL_FRAMES),
          ("DCI", ["Detective Chief Inspector", "D C I"], POLICE_FRAMES),
          ("Rgr", ["Ranger"], MEMORIAL_FRAMES)]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} has objected to the plans for the tram depot.",
                "The new garden centre was opened by {X}.",
                "Please send your sponsorship money to {X}.",
                "{X} runs the dog grooming parlour on the parade.",
                "The holiday cottage is owned by {X}.",
                "The book club meets at the home of {X}."]
PLAN_TITLE_FRAMES = ["The planning report was written by {X}.",
                     "The case officer for the application is {X}."]
# After a name: (abbreviation, readings, the comma before it (None: either), frames).
SUFFIXES = [("MRTPI", ["M R T P I"], None, PLAN_TITLE_FRAMES),
            ("MRICS", ["M R I C S"], ",", ["The cottage was valued by {X}.",
                                           "The car park survey was carried out by {X}."]),
            ("FCIArb", ["F C I Arb"], ",", ["The toll dispute was settled by {X}.",
                                            "The contract row went to {X}."]),
            ("MCIHT", ["M C I H T"], None, ["The tram junction was designed by {X}.",
                                             "The parking review is led by {X}."]),
            ("IEng", ["I Eng"], ",", ["The MOT bay was inspected by {X}.",
                                      "The phone mast report was signed by {X}."]),
            ("MAAT", ["M A A T"], None, ["Payroll is run by {X}.",
                                          "The walk's accounts are kept by {X}."])]
# Before a place: (abbreviation, word, places, frames).
PLACES = [("opp", "opposite", ["the Town Hall", "the Corn Exchange", "the Guildhall",
                               "the Clock Tower"],
           ["Tram stop: {X}.", "The walk starts {X}.", "Taxi rank: {X}.",
            "The karaoke bar is {X}."])]
# After a name: (abbreviation, readings, names, frames).
AFTER = [("P&R", ["Park and Ride", "Park & Ride"], ["Wheatfield", "Wheatley", "Harpfield",
                                                   "Sandyford"],
          ["Trams now stop at {X}.", "Leave your car at {X} on match days.",
           "The walk's shuttle bus leaves from {X}.", "Parking is free at {X} in December."]),
         ("MSCP", ["Multi-Storey Car Park", "M S C P"], ["Wharfside", "Bridgewater",
                                                         "Chapelgate", "Cornmarket"],
          ["Level three of {X} is closed.", "The night bus stops outside {X}.",
           "Season tickets for {X} are on sale.", "The lifts at {X} are out of order."])]
ABBREVIATIONS = [("Salary DOE.", ["Salary depending on experience.",
                                  "Salary dependent on experience.", "Salary D O E."]),
                 ("Hours: FT/PT available.",
                  ["Hours: full time or part time available.",
                   "Hours: full time slash part time available.",
                   "Hours: full time, part time available."]),
                 ("ttyl, the tram's here.", ["Talk to you later, the tram's here.",
                                             "T T Y L, the tram's here."]),
                 ("fwiw the garage was really fair.",
                  ["For what it's worth the garage was really fair.",
                   "F W I W the garage was really fair."]),
                 ("afaik the cottage takes dogs.",
                  ["As far as I know the cottage takes dogs.",
                   "A F A I K the cottage takes dogs."]),
                 ("smh, another parking ticket.",
                  ["Shaking my head, another parking ticket.",
                   "S M H, another parking ticket."]),
                 ("wfh today, can you walk the dog?",
                  ["Working from home today, can you walk the dog?",
                   "W F H today, can you walk the dog?"]),
                 ("I'm ooo until Monday.", ["I'm out of office until Monday.",
                                            "I'm out of the office until Monday.",
                                            "I'm O O O until Monday."]),
                 ("nvm, found the book club email.",
                  ["Never mind, found the book club email.",
                   "N V M, found the book club email."]),
                 ("rofl at your karaoke video.",
                  ["Rolling on the floor laughing at your karaoke video.",
                   "R O F L at your karaoke video."])]
NUMBER_FRAMES = ["The holiday cottage is {X} on the harbour wall.",
                 "Your takeaway order is {X}."]
STREET_FRAMES = ["The new takeaway on {X} opens on Friday.",
                 "The planning notice is pinned to a lamp post on {X}.",
                 "The charity walk will go along {X}.",
                 "The car park at the corner of {X} is closing."]
FEASTS = ["Tudy", "Veep", "Keyne", "Winnow", "Mewan", "Erney", "Probus", "Budoc",
          "Gluvias", "Sithney", "Wenna", "Feock"]
COMBO_FRAMES = ["{T} {S} will start the St. {F}'s sponsored walk on {N} Rd.",
                "The St. {F}'s book club on {N} St. is run by {T} {S}.",
                "{T} {S} is hosting the St. {F}'s karaoke night on {N} Ave.",
                "{T} {S} wants parking bays outside St. {F}'s on {N} Dr."]
STREET_ABBRS = {"St.": "Street", "Ave.": "Avenue", "Rd.": "Road", "Dr.": "Drive",
                "Blvd.": "Boulevard", "Ln.": "Lane"}


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
        abbr, word, names, frames = PLACES[0]
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
    return combo_row(rng, part, sur, COURTESY, STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def n_slot(n: int) -> tuple[str, list[str]]:
    return str(n), cards(n)


def payslip_slots(rng, part) -> dict:
    """Gross pay, overtime hours and the overtime rate."""
    hours = rng.randint(3, 18)
    return {"A": pence_sum(1200, 3400)(rng, part), "B": n_slot(hours),
            "C": money_pence(rng, 14, 22)}


def cottage_slots(rng, part) -> dict:
    sleeps = rng.randint(2, 10)
    nights = rng.randint(3, 7)
    n = rng.randrange(350, 1900, 5)
    return {"A": n_slot(sleeps), "B": (f"£{with_written(n, rng, 0.8)}", pounds(n)),
            "C": n_slot(nights)}


def mot_slots(rng, part) -> dict:
    """The day, the price ("£54.85") and the mileage ("62,418")."""
    miles = rng.randint(12000, 148000)
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.5), "B": ("£54.85", said_cents(
        54, 85, "pounds", "pound", "pence")), "C": (f"{miles:,}", cards(miles))}


def contract_slots(rng, part) -> dict:
    months = pick(rng, [12, 24, 36])
    gb = pick(rng, [10, 25, 50, 100])
    whole = rng.randint(9, 45)
    return {"A": (f"{months}-month", [f"{card(months)} month"]),
            "B": (f"{gb}GB", [f"{card(gb)} {u}" for u in ("gigabytes", "gigs")]),
            "C": (f"£{whole}.99", said_cents(whole, 99, "pounds", "pound", "pence"))}


def court_slots(rng, part) -> dict:
    """The defendant's age, the fine and the costs."""
    age = rng.randint(19, 68)
    fine = rng.randrange(120, 2400, 20)
    costs = rng.randrange(85, 650, 5)
    return {"A": n_slot(age), "B": (f"£{with_written(fine, rng, 0.7)}", pounds(fine)),
            "C": (f"£{costs}", pounds(costs))}


def walk_slots(rng, part) -> dict:
    """The walk's length before its noun ("13-mile"), its start and its fee."""
    miles = pick(rng, [5, 10, 13, 15, 20, 26])
    h, m = pick(rng, [(9, 0), (10, 30), (11, 0), (8, 30)]) if rng.random() < 0.5 else \
        pick(rng, [(7, 30), (9, 0), (10, 0), (11, 30)])
    return {"A": (f"{miles}-mile", [f"{card(miles)} mile"]),
            "B": (f"{h}:{m:02d}pm", [f"{card(h)} {card(m)} PM"] if m else
                  [f"{card(h)} PM", f"{card(h)} o'clock PM"]),
            "C": whole_money(rng, 10, 40)}


def birthday_slots(rng, part) -> dict:
    age = rng.randint(60, 100)
    return {"A": n_slot(age), "B": date_slot(rng, 2025, 2026, 0.0, 0.6),
            "C": clock_slot(rng, "PM", 0.0)}


def compost_slots(rng, part) -> dict:
    n = pick(rng, [3, 4, 5])
    each = rng.randint(4, 7)
    whole = n * each - rng.randint(1, 4)
    return {"A": n_slot(n), "B": (f"£{whole}", pounds(whole)),
            "C": (f"£{each}.49", said_cents(each, 49, "pounds", "pound", "pence"))}


def pizza_slots(rng, part) -> dict:
    sides = rng.randint(2, 5)
    return {"A": pizza_slot(rng), "B": n_slot(sides), "C": money_pence(rng, 18, 34)}


def groom_slots(rng, part) -> dict:
    """The dog's weight, the price and the hours ("1½")."""
    kg = pick(rng, [10, 15, 20, 25, 30])
    return {"A": (f"{kg}kg", [f"{card(kg)} {u}" for u in ("kilograms", "kilos")]),
            "B": whole_money(rng, 35, 70),
            "C": pick(rng, [("1½", ["one and a half"]), ("2", ["two"]), ("2½", ["two and a half"]),
                            ("1 1/2", ["one and a half"])])}


def bookclub_slots(rng, part) -> dict:
    chapter = rng.randint(6, 32)
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.7), "B": office_time(rng),
            "C": n_slot(chapter)}


def karaoke_slots(rng, part) -> dict:
    people = pick(rng, [6, 8, 10, 12, 15, 20])
    end = pick(rng, [("1am", ["one AM"]), ("2am", ["two AM"]), ("midnight", ["midnight"]),
                     ("3 a.m.", ["three AM"])])
    return {"A": n_slot(people), "B": whole_money(rng, 25, 90), "C": end}


def tram_slots(rng, part) -> dict:
    mins = rng.randint(12, 48)
    return {"A": departure_slot(rng), "B": n_slot(mins), "C": money_pence(rng, 4, 9)}


def parking_slots(rng, part) -> dict:
    hours = rng.randint(2, 4)
    p = rng.randint(2, 9)
    fine = pick(rng, [50, 60, 70, 80, 100])
    return {"A": (f"£{p}", pounds(p)), "B": n_slot(hours), "C": (f"£{fine}", pounds(fine))}


def toll_slots(rng, part) -> dict:
    car = rng.randint(2, 6)
    van = car + rng.randint(2, 5)
    return {"A": (f"£{car}.50", said_cents(car, 50, "pounds", "pound", "pence")),
            "B": (f"£{van}.70", said_cents(van, 70, "pounds", "pound", "pence")),
            "C": pick(rng, [clock_slot(rng, "PM", 0.0), early_slot(rng)])}


def anniversary_slots(rng, part) -> dict:
    y = rng.randint(1960, 1990)
    n = 2025 - y + rng.randint(0, 1)
    return {"A": (str(y), year_readings(y)), "B": ord_slot(rng, n, n, "their"),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.6)}


def job_slots(rng, part) -> dict:
    n = rng.randrange(22000, 41000, 500)
    days = pick(rng, [25, 28, 30, 33])
    bonus = pick(rng, [500, 750, 1000, 1500, 2000])
    return {"A": (f"£{n:,}", pounds(n)), "B": n_slot(days),
            "C": (f"£{with_written(bonus, rng, 0.8)}", [f"{c} pound" for c in attributive(bonus)])}


def planning_slots(rng, part) -> dict:
    homes = rng.randint(12, 480)
    acres = rng.randint(2, 40)
    return {"A": n_slot(homes), "B": (str(acres), [card(acres)]),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.5)}


# (frame, a function (rng, part) -> {slot: (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("Your gross pay of {A} includes {B} hours of overtime at {C} an hour.", payslip_slots),
    ("The cottage sleeps {A} and costs {B} for {C} nights.", cottage_slots),
    ("Your MOT on {A} will cost {B}; the mileage on file is {C}.", mot_slots),
    ("The {A} plan gives you {B} of data for {C} a month.", contract_slots),
    ("The defendant, {A}, was fined {B} and ordered to pay {C} in costs.", court_slots),
    ("The {A} night walk starts at {B}, and entry is {C}.", walk_slots),
    ("Nan turns {A} on {B}, and the party starts at {C}.", birthday_slots),
    ("Get {A} bags of compost for {B}, or {C} each.", compost_slots),
    ("{a} {A} pizza and {B} sides came to {C}.", pizza_slots),
    ("A full groom for dogs up to {A} costs {B} and takes about {C} hours.", groom_slots),
    ("Book club is on {A} at {B}; please read up to chapter {C}.", bookclub_slots),
    ("Booths for up to {A} people cost {B} an hour, and we sing until {C}.", karaoke_slots),
    ("The {A} tram takes {B} minutes, and a day ticket is {C}.", tram_slots),
    ("Parking is {A} for {B} hours, and overstaying costs {C}.", parking_slots),
    ("The toll is {A} for cars and {B} for vans, and the bridge shuts at {C}.", toll_slots),
    ("Mum and Dad married in {A} and celebrate their {B} anniversary on {C}.",
     anniversary_slots),
    ("The role pays {A} with {B} days' holiday and {a} {C} bonus.", job_slots),
    ("The plan for {A} homes on {B} acres goes to committee on {C}.", planning_slots),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    return fill_slots(frame, slots(rng, part))


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r121", None, per_class=24, seed=1217, en=EN)


if __name__ == "__main__":
    main()
