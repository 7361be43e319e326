"""Hundred-and-seventeenth round (issue 33), English, every class at once, written after round 116
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the proportions of the ordinary text a user pastes into a speech product
(e-mails, text messages, shop, lettings and booking pages, news paragraphs, notices, reviews,
forum posts), from topics the earlier rounds did not draw on: home removals and storage, moving
abroad, online dating and friendship apps, volunteering, funerals and memorials, second-hand
marketplaces, car sharing and taxis, hotel and hostel reviews, student housing, climate and
recycling, parish and community newsletters, football fan sites, basketball, swimming and
athletics. Mostly the formats people type, with a minority of less usual ones. Counts (ages,
"The volunteer, 74,", "a 73-year-old widow"; "260k matches", "9.4M threads"; sizes before a
noun, "a 3-seater sofa", "an 8-bed dorm", "a 2-bedroom semi", "a 5-a-side pitch"), ordinals
("its 57th year of trading", "the 15th floor", "went 18th overall in the draft", "the
17th-century lychgate", "its 254th issue"), dates (written out, cut short, with weekdays, "Wed
8 Jul", "Oct 28th", US "May 22nd, 2025" and "12/21/26", British "27/10/2026", European
"16.02.2025", ISO "2026-06-10"), years (decades, "from 1967 to 1975", "between 1966 and 1974",
"by 2045", "c. 1694", "the cup run of '05", BC and AD, seasons "2027-28", "the 2050s"), clock
times (12-hour and 24-hour, "06:35", "12 noon", "7 o'clock"; with zones no earlier round used,
AFT, TLT, BNT, RET, SRT, GFT, NCT, VUT and PGT, and with 24-hour times YEKT, TJT, TMT, KGT, NFT
and CHAST), money (fares, dorm beds, prams, shirts and flowers with pence and cents; deposits
before their noun, "a £500 holding deposit"; app and car club fees "£7.99/mo", "£79 per year";
booking and buyer protection fees "£2.50", "99p"; "£2.40 a mile"; rents "£650 pcm", "£145 pw";
funeral costs; coffee morning coins "80p", "£1.50"; storage and hotel bills "£987.11"; "was
£70, now only £60"; codes BGN, RSD, MKD, MDL, UAH, DOP, GTQ, BSD, PAB, BOB, RWF and UGX, signs
"₴", "₾", "₵", "₡" and "₭"; sums in thousands, millions and billions), measures in the units of
those topics (cu ft, sq ft and "ft²", kg, lb, m, miles, km, g/km, ppm, mm, °C, kW, kWh, m³,
tonnes, km/h, mph; "6.48m" jumps and throws, "6'9\"" players, "26.2 miles"; before a noun "a
7.5-tonne lorry", "a 20ft container", "a 240-litre wheelie bin", "a 50-metre pool", "a
30-yard strike", "a 22kW charger"), percentages (recycling rates, rent rises, occupancy, free
throws, "a 5% commission", "20% off", "-1.7%", points), decimals (review and driver ratings,
points a game, warming, stars, expected goals "0.79", sprint times "9.91", shooting ".456"
("four fifty six", "point four five six"), app versions), phone numbers (US, with extensions,
British five-digit areas and mobiles, "0300" and "0800", "988", "211", "911", Australia's
"000", text-to-give "HAMPER to 72974", and numbers in Cyprus, Malta, Thailand, Malaysia,
Bulgaria, Czechia, Hungary, Romania, Costa Rica and Colombia), fractions ("1 in 10", "2½ hours"
("an hour and a half" for 1½), "¾ mile", "a ½-mile fun run", "9/13 from three-point range"
("nine for thirteen"), "14½ acres", glyphs and "5/6"), regnal numerals (kings of Naples,
counts of Württemberg, kings of Aragon and Denmark, Croatian rulers, a king of Cambodia, kings
of Tyre, counts of Toulouse, dukes of Milan, Mantua and Urbino ("Francesco II Sforza":
"Francesco the second Sforza"), Seljuk sultans of Rum, maharajas of Jaipur and Jodhpur, nizams
of Hyderabad, a king of Iberia, kings of Imereti and Kongo, a prince of Great Moravia, dukes of
Bohemia and Savoy, a king of Spain and popes, with and without words of a reign) and series
numerals (films "Frozen II", "Bad Boys II"; cars "Golf Mk VII", "Mini Mk II", "Mondeo Mk IV",
"Transit Mk VII", "Bentley Mk VI", "Rolls-Royce Phantom VI"; the console "Sega Mega Drive II";
"the XXXII Summer Universiade", "the XXV World Scout Jamboree" and "the XXI Maccabiah Games" as
ordinals), ranges ("4-5 hours", "45–60 mins", "8–12%", "18-22°C", "10–15 kg", "5-12 miles",
"aged 18-30", "Mon–Sat 6am–3:30pm", "16–18 May", "2025–2030", "£32-37 an hour"), web
addresses, e-mail, handles and hashtags (hosts and top-level domains by topic: .dating,
.singles, .church, .memorial, .market, .taxi, .cab, .hotel, .university, .earth, .green,
.community, .football, .soccer, .team, .cy, .com.mt, .co.th, .com.my, .bg, .cz, .ro, .lu, .ee;
"akosua.owusu@..."), addresses (US college towns with suites, floors, ZIP+4 and P.O. boxes;
British football and university towns with postcodes, flats and rooms; Canadian college towns
with provinces and postal codes), titles and abbreviations (Revd Canon, Rt Revd, Most Revd,
Gnr, Gdsm, LCpl, Rfn, Bdr; Dip FD, MBIFD, FRCO, ARCO, FIH, MCIWM, RGN after a name; "Nr" and
"Opp." before a place, "Cemy", "Crem." and "Hse" after one; VGC, GSOH, TLC, WLTM, LTR, DNF,
AET, FYI, FOC, DOB, B&B, OOO, "Mgmt", and the texter's "Pls", "Thx", "tmrw"; "No. 8", "#8";
street types and "St." as Saint) and mixed sentences with two to four numbers of different
kinds (removal quotes, storage units, containers shipped abroad, app members and prices,
volunteer hours and their worth, funeral times and dates, marketplace tables, taxi rides,
hotel reviews, shared student houses, heatwaves, recycling rates, roof appeals, football and
basketball results, swimming finals ("4:07.58": "four minutes seven point five eight seconds",
"four oh seven point five eight"), high jumps and car club hatchbacks). Frames and words are
new: no sentence, counted noun, name, street, city, host or ruler here was used by a committed
English set (checked against the inputs of every tn-unseen/*en*.tsv up to round 116 and the
word lists of every earlier round script; months, weekdays, states, street types, courtesy
titles, units, currencies and common words recur). Labels are English as a newsreader speaks
it, from first principles; where English has two usual readings all are accepted, written
" ‖ " between them ("six hundred and fifty pounds per calendar month ‖ ... a month ‖ ... p c m",
"V G C ‖ very good condition", "two nil ‖ two zero ‖ two nothing", "one and a half hours ‖ an
hour and a half", "a hundred and eighty litre ‖ a one hundred and eighty litre"). The "and"
after hundred or thousand, "oh" for a zero and letters said one by one are folded by the
comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r117.py [--per-class 24] [--seed 1171]

writes crates/text-normalizer/tests/data/tn-unseen/r117-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits, ordw
from unseen_r2 import split
from unseen_r95 import cards, house, to_roman, two_years, with_written, year_readings, \
    zero_variants
from unseen_r98 import (clock_slot, combo_row, fill, fill_slots, fraction_slot, mixed_number_slot,
                        ord_slot, pct_slot, street_row)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (address_slot, clock_range, date_slot, decade_slot, minus_slot, points_slot,
                         said_path, version_slot, year_slot)
from unseen_r104 import days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import (PROVINCES, date_range_slot, early_slot, era_year, oclock_slot, possessive,
                         uk5_slot)
from unseen_r108 import (attributive, class_slot, nongeo_slot, noon_slot, one_in_slot, pounds,
                         said_cents)
from unseen_r112 import (DIRECTIONS, app_fee_slot, big_sum, fee_slot, plan_slot, price_range_slot,
                         retail_slot, transfer_slot, unit_gen, was_slots)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r112 import date as date_r112
from unseen_r112 import text_slot as text_slot_r112
from unseen_r116 import (KG, KM, KMH, MPH, M, STREET_TYPES, UK_TYPES, between_slot,
                         distance_frac_slot, halves, per_slot, pick_gen, room_slot)
from unseen_r116 import count as count_r116


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The removal firm shifted {X} in its busiest month.",
                 ["bookcases", "fridges", "highchairs"], 999),
                ("The self-storage site by the ring road has {X} to rent.", ["cubicles"], 2000),
                ("The soup kitchen served {X} over Christmas.", ["hot dinners"], 9999),
                ("The garden of remembrance holds {X}.", ["memorial plaques", "rose bushes"],
                 5000),
                ("The marketplace app listed {X} in the first week of the sale.",
                 ["prams", "cots"], 99999),
                ("The taxi firm has {X} on the road.", ["minicabs", "hackney cabs"], 400),
                ("The hostel has {X} across three floors.", ["bunks"], 300),
                ("The new halls of residence will house {X}.", ["undergraduates"], 2000),
                ("The tip took in {X} during the spring clear-out.", ["fridges", "bedsteads"],
                 9999),
                ("The church roof appeal has been backed by {X}.", ["parishioners"], 2000),
                ("The away end was packed with {X}.", ["supporters"], 9000),
                ("The county gala drew {X} from every club in the area.",
                 ["swimmers", "relay squads"], 800),
                ("The friendship app made {X} in its first year.", ["introductions"], 999999),
                ("The canal litter pick filled {X} in a morning.", ["sacks"], 300)]
AGE_FRAMES = [("The removal man, {X}, has carried pianos up stairs all his working life.", 55,
               70),
              ("{a} {X}-year-old widow met her new partner on a dating app.", 60, 85),
              ("The volunteer, {X}, has run the food bank since it opened.", 58, 88),
              ("The sprinter, {X}, broke the county record on Saturday.", 16, 24),
              ("The point guard, {X}, has signed a two-year deal.", 21, 35),
              ("The former headmaster, who has died aged {X}, is to be buried in the village.",
               78, 101),
              ("The {X}-year-old midfielder scored on his debut.", 16, 19),
              ("Tenants in the student block must be over {X}.", 18, 21)]
STAT_FRAMES = [("The friendship app has passed {X}.", "matches"),
               ("The fan forum now has {X}.", "threads")]
# A count before a noun, hyphenated: (frame, the written word after the number, its reading,
# the numbers that fit).
ATTR_FRAMES = [("We have {a} {X} sofa to give away.", "-seater", "seater", [2, 3, 4]),
               ("The hostel's cheapest bed is in {a} {X} dorm.", "-bed", "bed",
                [4, 6, 8, 10, 12]),
               ("The family moved into {a} {X} semi on the edge of town.", "-bedroom", "bedroom",
                [2, 3, 4, 5]),
               ("The club has booked {a} {X} pitch for Thursday night.", "-a-side", "a side",
                [5, 6, 7])]


def attr_count_slot(rng, word: str, said: str, numbers) -> tuple[str, list[str]]:
    """A count before its noun: "3-seater" ("three seater"), "8-bed", "5-a-side"."""
    n = pick(rng, numbers)
    mark = word if rng.random() < 0.8 else word.replace("-", " ")
    return f"{n}{mark}", [f"{card(n)} {said}"]


def count(rng, part):
    return count_r116(rng, part, age_frames=AGE_FRAMES, attr_frames=ATTR_FRAMES,
                      count_frames=COUNT_FRAMES, stat_frames=STAT_FRAMES,
                      attr_count_slot=attr_count_slot)


# ----------------------------------------------------------------------------- ordinals

ORDINAL_FRAMES = [("The removal firm is now in its {X} year of trading.", 2, 130),
                  ("Our flat is on the {X} floor, and there is no lift.", 1, 25),
                  ("The parish magazine has just printed its {X} issue.", 50, 700),
                  ("The swimmer touched {X} in the backstroke final.", 1, 8),
                  ("Today is the {X} anniversary of the pit disaster.", 10, 150),
                  ("The point guard went {X} overall in the draft.", 1, 60),
                  ("The team slipped to {X} in the table after the defeat.", 1, 24),
                  ("This is the food bank's {X} winter appeal.", 2, 30),
                  ("The taxi firm has just added its {X} electric cab.", 2, 250),
                  ("She cleared the bar on her {X} attempt.", 1, 3),
                  ("The {X}-century lychgate has been repaired by volunteers.", 14, 18),
                  ("The couple went on their {X} date at the bowling alley.", 2, 5)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

DATE_FRAMES = [("The removal van is booked for {X}.", 2025, 2026),
               ("We fly out to start our new life in Valencia on {X}.", 2025, 2026),
               ("The funeral will be held on {X}.", 2025, 2026),
               ("The memorial bench was unveiled on {X}.", 2012, 2025),
               ("The wardrobe must be collected on or before {X}.", 2025, 2026),
               ("Your cab is booked for a pickup on {X}.", 2025, 2026),
               ("We checked out of the hostel on {X}.", 2019, 2025),
               ("Your tenancy in the student house starts on {X}.", 2025, 2026),
               ("Garden waste collections resume on {X}.", 2025, 2026),
               ("The parish coffee morning is on {X}.", 2025, 2026),
               ("The derby was moved to {X} for television.", 2025, 2026),
               ("The county athletics championships take place on {X}.", 2025, 2026)]


def date(rng, part):
    return date_r112(rng, part, date_frames=DATE_FRAMES)


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = [("The family removal firm has been moving households since {X}.", 1870, 1995),
               ("The crematorium on the hill opened in {X}.", 1900, 1985),
               ("The old swimming baths were built in {X}.", 1880, 1975),
               ("The football club played its first match in {X}.", 1865, 1930),
               ("The backpackers' hostel in the old mill opened in {X}.", 1960, 2015),
               ("The halls of residence went up in {X}.", 1955, 2010),
               ("The parish magazine has come out every month since {X}.", 1870, 1990),
               ("The town's first bottle bank was installed in {X}.", 1977, 1995)]
FROM_FRAMES = [("He kept goal for the club from {X}.", 1950, 2005),
               ("She was vicar of the parish from {X}.", 1975, 2010)]
BETWEEN_FRAMES = ["The main stand was rebuilt twice between {X}.",
                  "Arctic sea ice shrank sharply between {X}."]
TARGET_FRAMES = ["The council wants to recycle two thirds of household waste by {X}.",
                 "The taxi firm plans to run only electric cars by {X}."]
CIRCA_FRAMES = ["The oldest gravestone by the porch is dated {X}.",
                "The seller describes the oak dresser as {X}."]
SUMMER_FRAMES = ["Older fans still talk about the cup run of {X}.",
                 "The reunion is for everyone who lived in the halls in {X}."]
ERA_FRAMES = [("The burial mound on the ridge dates from about {X}.", ["BC", "BCE"]),
              ("The Roman cemetery by the river was first used in about {X}.", ["AD", "CE"])]
SEASON_FRAMES = ["Season tickets for {X} go on sale in May.",
                 "Hall fees for {X} have gone up again."]
FUTURE_FRAMES = ["Summers like this one could be normal by {X}.",
                 "The new sea wall should protect the town until {X}."]
FUTURE_DECADES = [("the 2040s", ["the twenty forties", "the two thousand forties"]),
                  ("the 2050s", ["the twenty fifties", "the two thousand fifties"]),
                  ("the 2080s", ["the twenty eighties", "the two thousand eighties"])]


def circa_slot(rng) -> tuple[str, list[str]]:
    """A date on a stone or in a listing: "c. 1760", "c.1840", "ca. 1790" ("circa seventeen
    sixty")."""
    y = rng.randint(1680, 1910)
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
        a = rng.randint(1950, 1995) if i == 0 else rng.randint(1979, 2005)
        b = a + rng.randint(8, 20)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.2:
        y = pick(rng, [2028, 2030, 2032, 2035, 2040, 2045])
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
    if k < 0.63:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

ZONES = [("AFT", ["A F T", "Afghanistan Time"]),
         ("TLT", ["T L T", "Timor-Leste Time", "East Timor Time"]),
         ("BNT", ["B N T", "Brunei Time", "Brunei Darussalam Time"]),
         ("RET", ["R E T", "Réunion Time", "Reunion Time"]),
         ("SRT", ["S R T", "Suriname Time"]), ("GFT", ["G F T", "French Guiana Time"]),
         ("NCT", ["N C T", "New Caledonia Time"]), ("VUT", ["V U T", "Vanuatu Time"]),
         ("PGT", ["P G T", "Papua New Guinea Time"])]
ZONES_24 = [("YEKT", ["Y E K T", "Yekaterinburg Time"]), ("TJT", ["T J T", "Tajikistan Time"]),
            ("TMT", ["T M T", "Turkmenistan Time"]), ("KGT", ["K G T", "Kyrgyzstan Time"]),
            ("NFT", ["N F T", "Norfolk Island Time"]),
            ("CHAST", ["C H A S T", "Chatham Standard Time", "Chatham Island Standard Time"])]
TIME_FRAMES = [("The removal crew will be with you at {X}.", "AM"),
               ("The storage depot's gates lock at {X}.", "PM"),
               ("Your taxi to the airport is booked for {X}.", None),
               ("Check-in at the hostel opens at {X}.", "PM"),
               ("Breakfast is served in the conservatory until {X}.", "AM"),
               ("The funeral service begins at {X} at the crematorium.", None),
               ("The recycling centre closes at {X} in winter.", "PM"),
               ("Kick-off at the ground is at {X}.", "PM"),
               ("Tip-off at the arena is at {X}.", "PM"),
               ("The first heats at the aquatics centre start at {X}.", "AM"),
               ("The parish quiz night starts at {X}.", "PM"),
               ("Volunteers meet at the community hall at {X}.", None)]
ZONE_FRAMES = ["The video call with our new landlord is at {X}.",
               "The memorial service will be streamed live at {X}.",
               "The away match is shown live at {X}.",
               "The relay final starts at {X}."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. VUT") or 24-hour ("14:35 YEKT", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def clock(rng, part):
    k = rng.random()
    if k < 0.2:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    frame, half = pick(rng, split(TIME_FRAMES, part))
    if k < 0.32 and half != "PM":
        return fill(frame, *early_slot(rng))
    if k < 0.38 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.43 and half != "AM":
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A single fare to the airport is {X}.", 18, 60),
                 ("A dorm bed at the hostel costs {X} a night.", 16, 40),
                 ("The vintage pram is listed at {X}.", 25, 140),
                 ("A roll of packing tape costs {X}.", 2, 5),
                 ("The new home shirt costs {X} in the club shop.", 45, 85),
                 ("A spray of lilies from the florist is {X}.", 30, 95)]
DEPOSIT_FRAMES = [("The landlord wants {a} {X} holding deposit.", "£", "pound"),
                  ("Renters pay {a} {X} security deposit before moving in.", "$", "dollar")]
APP_FRAMES = ["The dating app's premium tier costs {X}.", "Membership of the car club is {X}."]
FEE_FRAMES = ["There is a {X} booking fee on every ride.",
              "The marketplace adds a {X} buyer protection fee."]
PER_FRAMES = ["The meter runs at {X} a mile after midnight.",
              "Storage costs {X} a week for each crate."]
RENT_FRAMES = ["A room in the student house is {X}.", "The studio flat near campus is let at {X}."]
FUNERAL_FRAMES = [("The average funeral now costs {X}.", 3200, 9800),
                  ("A direct cremation costs around {X}.", 1100, 2400)]
SMALL_FRAMES = ["Tea and a slice of cake at the coffee morning is {X}.",
                "A strip of raffle tickets costs {X}."]
BILL_FRAMES = ["Your storage invoice for the quarter is {X}.", "The hotel charged {X} to my card."]
# (code, readings, the smallest and largest sum that fits)
CODES = [("BGN", ["leva", "Bulgarian leva"], (50, 2000)),
         ("RSD", ["dinars", "Serbian dinars"], (1000, 90000)),
         ("MKD", ["denars", "Macedonian denars", "denari"], (500, 60000)),
         ("MDL", ["lei", "Moldovan lei"], (100, 9000)),
         ("UAH", ["hryvnias", "hryvnia", "Ukrainian hryvnias"], (200, 30000)),
         ("DOP", ["pesos", "Dominican pesos"], (500, 60000)),
         ("GTQ", ["quetzales", "quetzals", "Guatemalan quetzales"], (50, 5000)),
         ("BSD", ["dollars", "Bahamian dollars"], (20, 3000)),
         ("PAB", ["balboas", "Panamanian balboas"], (20, 2000)),
         ("BOB", ["bolivianos", "Bolivian bolivianos"], (50, 9000)),
         ("RWF", ["francs", "Rwandan francs"], (5000, 900000)),
         ("UGX", ["shillings", "Ugandan shillings"], (10000, 900000))]
SIGNS = [("₴", ["hryvnias", "hryvnia"], (100, 20000)), ("₾", ["lari"], (10, 3000)),
         ("₵", ["cedis", "Ghanaian cedis", "Ghana cedis"], (10, 5000)),
         ("₡", ["colones", "colons", "Costa Rican colones"], (1000, 90000)),
         ("₭", ["kip"], (10000, 900000))]
ABROAD_FRAMES = ["Our first month's rent in the new flat was {X}.",
                 "The taxi from the airport to our new home cost {X}."]
WAS_FRAMES = ["Two-seater sofa: was {A}, now {B}.", "Hostel private room, was {A}, now only {B}."]
LARGE_MONEY_FRAMES = [("The club's new stand cost {X}.", False),
                      ("The family removal firm was sold for {X}.", False),
                      ("The dating app raised {X} from investors.", True),
                      ("The council spent {X} on new recycling lorries.", False),
                      ("The new aquatics centre cost {X}.", False),
                      ("The ride-hailing firm lost {X} last year.", True),
                      ("The striker joined for a fee of {X}.", False),
                      ("The hotel chain paid {X} for the hostel group.", True)]


def deposit_slot(rng, sym: str, unit: str) -> tuple[str, list[str]]:
    """A deposit before its noun: "a £500 holding deposit" ("a five hundred pound holding
    deposit"), "a $1,200 security deposit" ("a twelve hundred dollar ...")."""
    n = pick(rng, [100, 150, 200, 250, 300, 400, 450, 500, 750, 800, 1000, 1200, 1500, 2000])
    return f"{sym}{with_written(n, rng, 0.8)}", [f"{c} {unit}" for c in attributive(n)]


def rent_slot(rng) -> tuple[str, list[str]]:
    """A rent as lettings pages write it: "£650 pcm" ("six hundred and fifty pounds per
    calendar month", "a month", "p c m"), "£145 pw", "£145 p/w" ("per week", "a week")."""
    if rng.random() < 0.55:
        n = rng.randrange(450, 1400, 25)
        mark = pick(rng, [" pcm", " pcm", "pcm", " PCM"])
        tails = ["per calendar month", "a calendar month", "p c m", "a month", "per month"]
    else:
        n = rng.randrange(95, 260, 5)
        mark = pick(rng, [" pw", " p/w", "pw", " per week"])
        tails = ["per week"] if "per" in mark else ["per week", "a week", "p w"]
    return f"£{with_written(n, rng, 0.7)}{mark}", [f"{p} {t}" for p in pounds(n) for t in tails]


def funeral_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    n = rng.randrange(lo, hi, 5)
    return f"£{with_written(n, rng, 0.85)}", pounds(n)


def small_slot(rng) -> tuple[str, list[str]]:
    """A few coins: "80p" ("eighty pence", "eighty p"), "£1.50" ("a pound fifty")."""
    if rng.random() < 0.45:
        n = pick(rng, [50, 60, 70, 75, 80, 90, 95])
        return f"{n}p", [f"{card(n)} {u}" for u in ("pence", "p")]
    whole, c = rng.randint(1, 3), pick(rng, [20, 50, 50, 80])
    said = said_cents(whole, c, "pounds", "pound", "pence")
    if whole == 1:
        said.append(f"a pound {card(c)}")
    return f"£{whole}.{c}", said


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("BGN 450", "12,500 RSD") or a sign before it
    ("₴2,400", "₾85", "₭150,000")."""
    if rng.random() < 0.7:
        code, units, (lo, hi) = pick(rng, CODES)
        n = rng.randrange(lo, hi, 10 if hi < 10000 else 500)
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units, (lo, hi) = pick(rng, SIGNS)
        n = rng.randrange(lo, hi, 5 if hi < 10000 else 500)
        written = f"{sign}{with_written(n, rng, 0.9)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.17:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.23:
        frame, sym, unit = DEPOSIT_FRAMES[i]
        return fill(frame, *deposit_slot(rng, sym, unit))
    if k < 0.29:
        return fill(APP_FRAMES[i], *app_fee_slot(rng))
    if k < 0.35:
        return fill(FEE_FRAMES[i], *fee_slot(rng))
    if k < 0.4:
        return fill(PER_FRAMES[i], *(per_slot(rng, 2, 4) if i == 0 else per_slot(rng, 3, 9)))
    if k < 0.48:
        return fill(RENT_FRAMES[i], *rent_slot(rng))
    if k < 0.53:
        frame, lo, hi = FUNERAL_FRAMES[i]
        return fill(frame, *funeral_slot(rng, lo, hi))
    if k < 0.58:
        return fill(SMALL_FRAMES[i], *small_slot(rng))
    if k < 0.63:
        return fill(BILL_FRAMES[i], *transfer_slot(rng))
    if k < 0.72:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.78:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

CU_FT = [(" cu ft", ["cubic feet"]), (" cubic feet", ["cubic feet"])]
SQ_FT = [(" sq ft", ["square feet"]), ("ft²", ["square feet"]), (" square feet", ["square feet"]),
         ("sq ft", ["square feet"])]
MILES_KM = [(" miles", ["miles"]), (" km", KM), ("km", KM)]
CELSIUS = [("°C", ["degrees Celsius", "degrees"]), (" °C", ["degrees Celsius", "degrees"])]


def field_slot(lo: int, hi: int):
    """A jump or a throw in meters to the centimeter: "6.48m" ("six point four eight meters",
    "six meters forty eight")."""
    def gen(rng, part) -> tuple[str, list[str]]:
        whole, c = rng.randint(lo, hi), rng.randint(11, 99)
        while c % 10 == 0:
            c = rng.randint(11, 99)
        unit = pick(rng, ["m", "m", " m", " metres"])
        return f"{whole}.{c}{unit}", [f"{card(whole)} point {digits(str(c))} meters",
                                      f"{card(whole)} meters {card(c)}"]
    return gen


def tall_slot(rng, part) -> tuple[str, list[str]]:
    """A basketball player's height: "6ft 9in", "6'9\"", "7 ft 1 in" ("six foot nine", "six
    feet nine inches")."""
    f = pick(rng, [6, 6, 6, 7])
    i = rng.randint(1, 3) if f == 7 else rng.randint(1, 11)
    written = pick(rng, [f"{f}ft {i}in", f"{f} ft {i} in", f"{f}'{i}\"", f"{f}ft{i}"])
    fs, is_ = card(f), card(i)
    inch = "inch" if i == 1 else "inches"
    return written, [f"{fs} foot {is_}", f"{fs} feet {is_} {inch}", f"{fs} foot {is_} {inch}",
                     f"{fs} feet {is_}"]


def marathon_slot(rng, part) -> tuple[str, list[str]]:
    """"26.2 miles", "42.2km", "42.195 km"."""
    k = rng.randrange(3)
    if k == 0:
        return "26.2 miles", ["twenty six point two miles"]
    if k == 1:
        return f"42.2{pick(rng, ['km', ' km'])}", ["forty two point two kilometers"]
    return f"42.195{pick(rng, ['km', ' km'])}", ["forty two point one nine five kilometers"]


MEASURE_FRAMES = [
    ("Our shipping container took about {X} of furniture.", unit_gen(CU_FT, 600, 2400)),
    ("The storage room we rent is {X}.", unit_gen(SQ_FT, 25, 250)),
    ("Each passenger may check in {X} of luggage.", unit_gen([("kg", KG), (" kg", KG)], 20, 32)),
    ("The hostel is just {X} from the beach.",
     unit_gen([("m", M), (" m", M), (" metres", M)], 100, 900)),
    ("The hotel is {X} from the stadium.", unit_gen(MILES_KM, 2, 9, 0.5)),
    ("The pool at the leisure centre is {X} long.",
     pick_gen([25, 25, 33, 50], [("m", M), (" m", M), (" metres", M)])),
    ("Her winning long jump measured {X}.", field_slot(5, 7)),
    ("He threw the javelin {X} to win the title.", field_slot(61, 89)),
    ("The new electric taxis can do {X} on a charge.",
     unit_gen([(" miles", ["miles"]), (" km", KM)], 180, 320)),
    ("The car club's hybrids emit just {X}.",
     unit_gen([("g/km", ["grams per kilometer"]), (" g/km", ["grams per kilometer"])], 85,
              140)),
    ("Each household threw away {X} of food last year.",
     unit_gen([("kg", KG), (" kg", KG)], 40, 120)),
    ("Carbon dioxide in the air has passed {X}.",
     unit_gen([(" ppm", ["parts per million", "p p m"]), ("ppm", ["parts per million",
                                                                   "p p m"])], 419, 430)),
    ("The town had {X} of rain in a single day.",
     unit_gen([("mm", ["millimeters"]), (" mm", ["millimeters"])], 20, 120)),
    ("Temperatures at the ground hit {X} on Saturday.", unit_gen(CELSIUS, 28, 41, 0.3)),
    ("The rapid charger at the taxi rank delivers {X}.",
     unit_gen([("kW", ["kilowatts"]), (" kW", ["kilowatts"])], 50, 350)),
    ("Our flat uses about {X} of electricity a year.",
     unit_gen([(" kWh", ["kilowatt hours"]), ("kWh", ["kilowatt hours"])], 1800, 4200)),
    ("The upright piano weighed {X}.", unit_gen([("kg", KG), (" kg", KG)], 180, 320)),
    ("Our new point guard is {X}.", tall_slot),
    ("The van has a load space of {X}.",
     unit_gen([("m³", ["cubic meters"]), (" cubic metres", ["cubic meters"]),
               (" m³", ["cubic meters"])], 10, 20, 0.4)),
    ("The recycling centre handles {X} of glass a year.",
     unit_gen([(" tonnes", ["tonnes", "tons"]), ("t", ["tonnes", "tons"])], 2000, 9000)),
    ("The water at the lido was a chilly {X}.", unit_gen(CELSIUS, 11, 17)),
    ("The marathon course is {X}.", marathon_slot),
    ("The striker's free kick was clocked at {X}.", unit_gen(KMH + MPH, 95, 130)),
    ("Each removal box holds up to {X}.",
     unit_gen([("kg", KG), (" kg", KG), (" lbs", ["pounds"]), ("lb", ["pounds"])], 15, 30)),
]
LORRY_FRAMES = ["The removal firm is sending {a} {X} lorry.",
                "We shipped everything in {a} {X} container."]
BIN_FRAMES = ["Every house is getting {a} {X} wheelie bin.", "The club's new {X} pool opens in spring."]
STRIKE_FRAMES = ["He scored with {a} {X} strike into the top corner.",
                 "The car club has fitted {a} {X} charger in the car park."]


def lorry_slot(rng) -> tuple[str, list[str]]:
    """A lorry's weight before its noun: "7.5-tonne" ("seven point five tonne", "seven and a half
    tonne"), "18t", "3.5-tonne"."""
    w = pick(rng, ["7.5", "7.5", "3.5", "18", "26"])
    mark = pick(rng, ["-tonne", "-tonne", "t", " tonne"])
    whole, _, tenth = w.partition(".")
    heads = halves(int(whole), int(tenth)) if tenth else [card(int(whole))]
    return f"{w}{mark}", [f"{h} {u}" for h in heads for u in ("tonne", "ton")]


def container_slot(rng) -> tuple[str, list[str]]:
    """A shipping container's length before its noun: "20ft", "40-foot" ("forty foot")."""
    n = pick(rng, [20, 40])
    return f"{n}{pick(rng, ['ft', '-foot', '-ft', ' ft'])}", [f"{card(n)} foot"]


def bin_slot(rng) -> tuple[str, list[str]]:
    """A bin's size before its noun: "240-litre", "140L", "360 litre"."""
    n = pick(rng, [140, 180, 240, 240, 360])
    mark = pick(rng, ["-litre", "-litre", "L", " litre", "-liter"])
    return f"{n}{mark}", [f"{c} {u}" for c in attributive(n) for u in ("litre", "liter")]


def pool_slot(rng) -> tuple[str, list[str]]:
    """A pool's length before its noun: "50m", "25-metre" ("twenty five meter")."""
    n = pick(rng, [25, 50, 50])
    return f"{n}{pick(rng, ['m', '-metre', '-meter', ' m'])}", [f"{card(n)} meter"]


def yard_slot(rng) -> tuple[str, list[str]]:
    """A shot's distance before its noun: "30-yard", "25 yard" ("thirty yard")."""
    n = rng.randint(18, 40)
    return f"{n}{pick(rng, ['-yard', '-yard', ' yard'])}", [f"{card(n)} yard"]


def charger_slot(rng) -> tuple[str, list[str]]:
    """A charger's power before its noun: "22kW" ("twenty two kilowatt"), "150 kW"."""
    n = pick(rng, [7, 11, 22, 22, 50, 150])
    return f"{n}{pick(rng, ['kW', 'kW', ' kW'])}", [f"{c} kilowatt" for c in attributive(n)]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        return fill(LORRY_FRAMES[i], *(lorry_slot(rng) if i == 0 else container_slot(rng)))
    if k < 0.16:
        return fill(BIN_FRAMES[i], *(bin_slot(rng) if i == 0 else pool_slot(rng)))
    if k < 0.23:
        return fill(STRIKE_FRAMES[i], *(yard_slot(rng) if i == 0 else charger_slot(rng)))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

PERCENT_FRAMES = [("Household recycling in the borough rose to {X}.", 35, 65, True),
                  ("Rents for student rooms went up by {X} this year.", 3, 15, True),
                  ("The club won {X} of its home games last season.", 40, 85, False),
                  ("Just {X} of the app's users are over sixty.", 5, 20, False),
                  ("Cab fares go up by {X} from the first of April.", 2, 9, True),
                  ("The point guard makes {X} of his free throws.", 70, 95, True),
                  ("About {X} of our volunteers are retired.", 30, 60, False),
                  ("Beds at the hostel were {X} full in August.", 75, 99, False)]
COMMISSION_FRAMES = ["The estate agent in Spain charges {a} {X} commission.",
                     "The marketplace takes {a} {X} commission on every sale."]
OFF_FRAMES = ["Use the code for {X} off your first ride.",
              "Students get {X} off at the hostel bar."]
MINUS_FRAMES = ["Rents in the city changed by {X} over the quarter.",
                "Average crowds at the ground moved {X} on last season."]
POINTS_FRAMES = [("Support for the new stadium rose by {X} points.", 1, 8),
                 ("The recycling rate rose {X} percentage points in a year.", 1, 5)]


def commission_slot(rng) -> tuple[str, list[str]]:
    """A commission before its noun: "a 5% commission" ("a five percent"), "a 1.5%" ("one point
    five", "one and a half"), "an 8 per cent"."""
    if rng.random() < 0.25:
        w = pick(rng, [1, 2, 12])
        return f"{w}.5%", [f"{card(w)} point five percent", f"{card(w)} and a half percent"]
    n = pick(rng, [3, 5, 8, 10, 12, 15, 20])
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{card(n)} percent"]


def off_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [10, 15, 20, 25, 30, 40, 50])
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{card(n)} percent"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(COMMISSION_FRAMES[i], *commission_slot(rng))
    if k < 0.22:
        return fill(OFF_FRAMES[i], *off_slot(rng))
    if k < 0.29:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.36:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, the smallest and largest value, its decimal places)
DECIMAL_FRAMES = [("The hostel scores {X} out of ten on the booking site.", 7.1, 9.8, 1),
                  ("My driver's rating on the app is {X}.", 4.61, 4.99, 2),
                  ("The point guard averages {X} points a game.", 12.1, 31.9, 1),
                  ("The world is now {X} degrees warmer than before industry.", 1.1, 1.6, 1),
                  ("The hotel is rated {X} stars by its guests.", 3.5, 4.9, 1),
                  ("The striker's expected goals for the match was {X}.", 0.11, 2.95, 2)]
SHOOTING_FRAMES = ["The rookie shot {X} from the field this season.",
                   "The guard is shooting {X} from three-point range."]
SPRINT_FRAMES = [("She won the hundred metres in {X} seconds.", 10.81, 11.99),
                 ("His best time this season is {X} seconds.", 9.85, 10.49)]
VERSION_FRAMES = ["Update the friendship app to version {X}.", "The taxi app is now on version {X}."]


def shooting_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A shooting percentage as a decimal: ".456" ("four fifty six", "point four five six")."""
    n = rng.randint(lo, hi)
    while n % 100 < 10:
        n = rng.randint(lo, hi)
    return f".{n}", [f"{card(n // 100)} {card(n % 100)}"] + \
        zero_variants(f"point {digits(str(n))}")


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(SHOOTING_FRAMES[i], *(shooting_slot(rng, 411, 559) if i == 0 else
                                          shooting_slot(rng, 311, 459)))
    if k < 0.24:
        frame, lo, hi = SPRINT_FRAMES[i]
        return fill(frame, *between_slot(rng, lo, hi, 2))
    if k < 0.34:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    frame, lo, hi, places = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *between_slot(rng, lo, hi, places))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book a home removal survey, call {X}.",
                "For storage enquiries, ring {X}.",
                "The funeral director can be reached day or night on {X}.",
                "To book a cab, call {X}.",
                "The hostel's front desk is on {X}.",
                "To volunteer at the food bank, ring {X}.",
                "The club's ticket office number is {X}.",
                "Report a missed bin collection on {X}."]
SHORT_LINES = [("If you are in crisis, call or text {X}.", "988", ["nine eight eight"]),
               ("For help finding food or housing, dial {X}.", "211", ["two one one"]),
               ("If your driver is in danger, call {X}.", "911", ["nine one one"]),
               ("In Australia, the emergency number is {X}.", "000",
                ["zero zero zero", "oh oh oh", "triple zero", "triple oh"])]
TEXT_FRAMES = ["Text {X} to give five pounds to the food bank.",
               "To give three pounds to the church roof fund, text {X}."]
KEYWORDS = ["HAMPER", "LEGACY", "CANDLE", "LARDER", "BLANKET", "CUPPA"]
# (country code, readings after "plus", groups, the digits the number opens with): Cyprus,
# Malta, Thailand, Malaysia, Bulgaria, Czechia, Hungary, Romania, Costa Rica, Colombia.
ABROAD = [("357", ["three five seven"], (2, 6), "9"),
          ("356", ["three five six"], (4, 4), "79"),
          ("66", ["six six", "sixty six", "double six"], (2, 3, 4), "8"),
          ("60", ["six zero", "six oh", "sixty"], (2, 3, 4), "1"),
          ("359", ["three five nine"], (2, 3, 4), "8"),
          ("420", ["four two zero", "four two oh", "four twenty"], (3, 3, 3), "6"),
          ("36", ["three six", "thirty six"], (2, 3, 4), "37"),
          ("40", ["four zero", "four oh", "forty"], (3, 3, 3), "7"),
          ("506", ["five zero six", "five oh six"], (4, 4), "8"),
          ("57", ["five seven", "fifty seven"], (3, 3, 4), "3")]


def text_slot(rng) -> tuple[str, list[str]]:
    return text_slot_r112(rng, keywords=KEYWORDS)


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


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
    if k < 0.66:
        return fill(frame, *uk5_slot(rng))
    if k < 0.78:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Nearly {X} of the food bank's volunteers are retired.",
                   "About {X} of household waste still goes to landfill.",
                   "Around {X} of students live in private housing.",
                   "Almost {X} of the squad were born abroad.",
                   "More than {X} of the hostel's guests travel alone.",
                   "Roughly {X} of the listings on the marketplace are furniture.",
                   "Over {X} of the parish's income comes from the collection plate.",
                   "About {X} of funerals now end in a cremation."]
ONE_IN_FRAMES = ["About {X} couples now meet online.",
                 "Roughly {X} taxi journeys in the city are booked on an app."]
WAIT_FRAMES = [("We waited {X} for a taxi in the rain.", "hour"),
               ("The move took {X} in the end.", "day")]
DISTANCE_FRAMES = ["The hotel is only {X} from the stadium.", "The lido is {X} from the hostel."]
SWIM_FRAMES = ["The charity's {X} swim in the lake raised a record sum.",
               "Children can enter the {X} fun run before the main race."]
MADE_FRAMES = ["The guard went {X} from three-point range.",
               "She was {X} from the free-throw line."]
ACRE_FRAMES = ["The cemetery extension covers {X} acres.",
               "The new training ground sits on {X} acres."]


def wait_slot(rng, unit: str) -> tuple[str, list[str]]:
    """Hours or days and a part: "1½ hours" ("one and a half hours", "an hour and a half"),
    "2 1/4 days" ("two and a quarter days")."""
    n = rng.randint(1, 3)
    glyph, slash, said = pick(rng, [("½", "1/2", "a half"), ("½", "1/2", "a half"),
                                    ("¼", "1/4", "a quarter"), ("¾", "3/4", "three quarters")])
    num = f"{n}{glyph}" if rng.random() < 0.6 else f"{n} {slash}"
    out = [f"{card(n)} and {said} {unit}s"]
    if said == "a half":
        out.append(f"{card(n)} and one half {unit}s")
    if n == 1:
        out.append(f"{'an' if unit == 'hour' else 'a'} {unit} and {said}")
    return f"{num} {unit}s", out


def mile_attr_slot(rng) -> tuple[str, list[str]]:
    """A distance before its noun: "½-mile" ("half mile"), "¼ mile" ("quarter mile")."""
    glyph, slash, said = pick(rng, [("½", "1/2", ["half", "one half"]),
                                    ("¼", "1/4", ["quarter", "one quarter"]),
                                    ("¾", "3/4", ["three quarter", "three quarters"])])
    num = glyph if rng.random() < 0.7 else slash
    return f"{num}{pick(rng, ['-mile', '-mile', ' mile'])}", [f"{s} mile" for s in said]


def made_slot(rng) -> tuple[str, list[str]]:
    """Shots made of shots taken: "7/12" ("seven for twelve", "seven of twelve")."""
    att = rng.randint(4, 14)
    made = rng.randint(1, att - 1)
    return f"{made}/{att}", [f"{card(made)} {w} {card(att)}" for w in ("for", "of", "from",
                                                                        "out of")]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.22:
        frame, unit = WAIT_FRAMES[i]
        return fill(frame, *wait_slot(rng, unit))
    if k < 0.32:
        return fill(DISTANCE_FRAMES[i], *distance_frac_slot(rng))
    if k < 0.4:
        return fill(SWIM_FRAMES[i], *mile_attr_slot(rng))
    if k < 0.46:
        return fill(MADE_FRAMES[i], *made_slot(rng))
    if k < 0.54:
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
# None): kings of Naples, counts of Württemberg, kings of Aragon, kings of Denmark, Croatian
# rulers, a king of Cambodia, kings of Tyre, counts of Toulouse, dukes of Milan, Mantua and
# Urbino, Seljuk sultans of Rum, maharajas of Jaipur and Jodhpur, nizams of Hyderabad, a king
# of Iberia, kings of Imereti, a king of Kongo, a prince of Great Moravia, dukes of Bohemia, a
# king of Spain, dukes of Savoy and popes.
RULERS = [("Ferrante", [1, 2], "King", None), ("Eberhard", [1, 2, 3], "Count", None),
          ("Jaime", [1, 2], "King", None), ("Svend", [1, 2, 3], "King", None),
          ("Oluf", [1, 2], "King", None), ("Trpimir", [1, 2], None, None),
          ("Norodom", [1], "King", None), ("Hiram", [1, 2], "King", None),
          ("Raymond", [4, 6, 7], "Count", None), ("Francesco", [1, 2], None, "Sforza"),
          ("Federico", [1, 2], None, "Gonzaga"), ("Guidobaldo", [1, 2], "Duke", None),
          ("Kilij Arslan", [1, 2], "Sultan", None), ("Kayqubad", [1], "Sultan", None),
          ("Jai Singh", [1, 2], "Maharaja", None), ("Jaswant Singh", [2], "Maharaja", None),
          ("Asaf Jah", [1, 7], "Nizam", None), ("Pharnavaz", [1], "King", None),
          ("Solomon", [1, 2], "King", None), ("Garcia", [1, 2], "King", None),
          ("Svatopluk", [1], "Prince", None), ("Bořivoj", [1, 2], "Duke", None),
          ("Břetislav", [1, 2], "Duke", None), ("Ulrich", [1, 5], "Count", None),
          ("Amadeo", [1], "King", None), ("Philibert", [1, 2], "Duke", None),
          ("Hadrian", [1, 4, 6], "Pope", None), ("Eugenius", [3, 4], "Pope", None)]
REGNAL_FRAMES = ["The parish church was rebuilt in the reign of {X}.",
                 "Our hotel was once a palace built for {X}.",
                 "The almshouses were founded during the reign of {X}.",
                 "The hostel sits in a hunting lodge that belonged to {X}.",
                 "The old bridge by the football ground dates from the reign of {X}.",
                 "A coin of {X} turned up in a box of house clearance junk.",
                 "The chapel where the funeral was held was founded by {X}.",
                 "The seller claims the ring once belonged to {X}."]
# Series in Roman numerals: (as written, the numbers it takes, the reading of the words before
# the number where it differs, frames). Dev takes the even ones, held-out the odd.
SERIES = [("Frozen", [2], None, ["We took the kids to see {X} on our second date.",
                                 "The hostel's film night is showing {X}."]),
          ("Golf Mk", [4, 5, 6, 7], "Golf Mark", ["For sale: a {X} with a full service history.",
                                                  "The oldest car in the car club is a {X}."]),
          ("Bad Boys", [2], None, ["Our first date was watching {X} at the drive-in.",
                                   "The taxi driver had {X} playing on a screen."]),
          ("Mini Mk", [1, 2, 3], "Mini Mark",
           ["A {X} in racing green is listed on the marketplace.",
            "The funeral cortege was led by his beloved {X}."]),
          ("Mondeo Mk", [3, 4, 5], "Mondeo Mark", ["The minicab firm still runs a {X}.",
                                                   "My first taxi in the city was a {X}."]),
          ("Rolls-Royce Phantom", [5, 6], None, ["The family hired a {X} for the funeral.",
                                                 "The bride arrived in a {X}."]),
          ("Transit Mk", [6, 7, 8], "Transit Mark", ["Our removal van is a {X} with a tail lift.",
                                                     "The {X} held everything from the flat."]),
          ("Bentley Mk", [6], "Bentley Mark", ["The widow arrived at the church in a {X}.",
                                               "A restored {X} is on the marketplace."]),
          ("Sega Mega Drive", [2], None, ["Selling my old {X} with two controllers.",
                                          "A boxed {X} went for a good price."])]
GAMES_FRAMES = [("The swim team flew out for the {X} Summer Universiade.", [31, 32]),
                ("Thousands of volunteers helped at the {X} World Scout Jamboree.", [24, 25, 26]),
                ("She won three golds in the pool at the {X} Maccabiah Games.", [20, 21, 22])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    """"King Ferrante II" ("King Ferrante the second"), "Francesco II Sforza" ("Francesco the
    second Sforza")."""
    name, numbers, title, after = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    tail = f" {after}" if after else ""
    return f"{t}{name} {to_roman(n)}{tail}", [f"{t}{name} the {ordw(n)}{tail}"]


def series_slot(rng, part, series=SERIES) -> tuple[str, list[str], str]:
    name, numbers, said, frames = pick(rng, split(series, part))
    n = pick(rng, numbers)
    return f"{name} {to_roman(n)}", [f"{said or name} {card(n)}"], pick(rng, frames)


def regnal(rng, part):
    k = rng.random()
    if k < 0.4:
        written, said, frame = series_slot(rng, part)
        return fill(frame, written, said)
    if k < 0.5:
        frame, numbers = pick(rng, split(GAMES_FRAMES, part))
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "A three-bedroom move usually takes {X} hours.", 4, 10, 3, 1),
                ("num", "Allow {X} working days for your deposit to come back.", 3, 14, 5, 1),
                ("ages", "The hostel only takes guests aged {X}.", 16, 40, 0, 0),
                ("num", "Beginners swim {X} lengths in each lesson.", 4, 20, 8, 2),
                ("mins", "A cab to the airport takes {X}.", 20, 60, 20, 5),
                ("mins", "The service at the crematorium lasts {X}.", 20, 45, 20, 5),
                ("pct", "Student rents could rise by {X} next year.", 3, 12, 4, 1),
                ("pct", "Removal firms add {X} for a weekend move.", 10, 30, 10, 5),
                ("temp", "The pool is kept at {X} for lessons.", 27, 31, 3, 1),
                ("temp", "Expect highs of {X} at the ground on Saturday.", 18, 34, 5, 1),
                ("kg", "A packed removal box weighs {X}.", 10, 30, 10, 5),
                ("miles", "The sponsored walk for the hospice is {X}.", 5, 26, 10, 1)]
HOURS_FRAMES = ["The recycling centre is open {X} daily.", "The charity shop is open {X}."]
DAYS_FRAMES = ["The storage depot is open {X}.", "The club shop is open {X}."]
DATE_RANGE_FRAMES = ["The swimming gala runs {X}.", "The volunteer fair takes place {X}."]
PLAN_FRAMES = ["The council's climate plan covers {X}.", "The stadium rebuild runs {X}."]
PRICE_FRAMES = ["A man and a van costs {X} an hour.", "Funeral flowers cost {X}."]


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
    if k < 0.43:
        return fill(PRICE_FRAMES[i], *price_range_slot(rng))
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    if kind == "ages":
        a, b = pick(rng, [16, 18, 18, 21]), pick(rng, [25, 30, 35, 40])
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
    if kind == "kg":
        return fill(frame, f"{a}{dash}{b}{pick(rng, ['kg', ' kg'])}",
                    [f"{x} to {y} {u}" for x, y in pairs for u in ("kilograms", "kilos")])
    unit, words = pick(rng, [(" miles", ["miles"]), (" km", ["kilometers"]),
                             ("km", ["kilometers"])])
    return fill(frame, f"{a}{dash}{b}{unit}", [f"{x} to {y} {u}" for x, y in pairs
                                               for u in words])


# ---------------------------------------------------------------------- web and e-mail

# The sites of each topic: (hosts, subdomains, top-level domains with their readings); the
# dev and held-out parts take alternate hosts and subdomains.
TOPICS = {
    "move": (["removalist", "flatpack", "bubblewrap", "lockup", "expat", "wanderlust"],
             ["quotes", "shipping"],
             [("com", ["com"]), ("co.uk", ["co dot u k"]), ("cy", ["c y"]),
              ("com.mt", ["com dot m t"]), ("co.th", ["co dot t h"]),
              ("com.my", ["com dot m y"]), ("bg", ["b g"]), ("cz", ["c z"]), ("ro", ["r o"]),
              ("lu", ["l u"]), ("ee", ["e e"])]),
    "date": (["swipe", "sweetheart", "soulmate", "kindred"], ["members", "app"],
             [("dating", ["dating"]), ("singles", ["singles"]), ("com", ["com"])]),
    "rest": (["lychgate", "epitaph", "keepsake", "vestry", "steeple"], ["notices", "news"],
             [("memorial", ["memorial"]), ("church", ["church"]), ("org", ["org"]),
              ("co.uk", ["co dot u k"]), ("community", ["community"])]),
    "swap": (["preloved", "rummage", "upcycle", "goodwill"], ["listings", "shop"],
             [("market", ["market"]), ("com", ["com"]), ("co.uk", ["co dot u k"])]),
    "ride": (["minicab", "rideshare"], ["book", "drivers"],
             [("taxi", ["taxi"]), ("cab", ["cab"]), ("com", ["com"])]),
    "stay": (["turndown", "bellhop", "bunkbed", "backpacker", "househunt"], ["book", "rooms"],
             [("hotel", ["hotel"]), ("com", ["com"]), ("university", ["university"]),
              ("co.uk", ["co dot u k"])]),
    "green": (["kerbside", "glassbank"], ["bins", "recycling"],
              [("earth", ["earth"]), ("green", ["green"]), ("community", ["community"]),
               ("org", ["org"])]),
    "sport": (["matchday", "turnstile", "nutmeg", "crossbar"], ["tickets", "fixtures"],
              [("football", ["football"]), ("soccer", ["soccer"]), ("team", ["team"]),
               ("com", ["com"])]),
    "pool": (["backstroke", "tumbleturn", "lanerope"], ["results", "lessons"],
             [("team", ["team"]), ("org", ["org"]), ("com", ["com"]),
              ("co.uk", ["co dot u k"])]),
}
# (frame, the page's path, topic)
SITE_FRAMES = [("Our moving checklist is on {X}.", "moving-checklist", "move"),
               ("House rules for the hostel are on {X}.", "house-rules", "stay"),
               ("Funeral notices are posted on {X}.", "funeral-notices", "rest"),
               ("Check your bin days at {X}.", "bin-days", "green"),
               ("Match tickets are sold only through {X}.", "match-tickets", "sport"),
               ("The pool timetable is on {X}.", "pool-timetable", "pool"),
               ("Safety tips for a first date are on {X}.", "first-dates", "date"),
               ("New listings go up every evening on {X}.", "new-listings", "swap"),
               ("Fares and booking are on {X}.", "fares", "ride")]
# (frame, the mailbox, topic)
MAIL_FRAMES = [("Send photos of your rooms to {X} for a quote.", "surveys", "move"),
               ("Questions about your storage unit go to {X}.", "lockers", "move"),
               ("Report a fake profile to {X}.", "safety", "date"),
               ("To join the litter pickers, email {X}.", "helpers", "green"),
               ("Tributes for the order of service can be sent to {X}.", "tributes", "rest"),
               ("Lost property from your ride goes to {X}.", "lostproperty", "ride"),
               ("Group bookings at the hostel go to {X}.", "groups", "stay"),
               ("Away ticket queries go to {X}.", "awaytickets", "sport")]
NAME_MAIL_FRAMES = [("The vicar can be reached at {X}.", "rest"),
                    ("The head coach can be contacted at {X}.", "sport")]
# (frame, topic, the handle's tails with their readings)
HANDLE_FRAMES = [("Follow {X} for moving tips.", "move", [("moves", "moves"),
                                                         ("abroad", "abroad")]),
                 ("The club posts team news as {X}.", "sport", [("fans", "fans"),
                                                                 ("club", "club")]),
                 ("Swap offers come from {X}.", "swap", [("finds", "finds"),
                                                         ("swaps", "swaps")]),
                 ("Race results are posted by {X}.", "pool", [("swim", "swim"),
                                                               ("runs", "runs")])]
HASHTAGS = [("MovingDay", "moving day"), ("VolunteersWeek", "volunteers week"),
            ("PlasticFree", "plastic free"), ("HostelLife", "hostel life")]
HASHTAG_FRAMES = ["Share your photos using {X}.", "Join in online with {X}."]
# Names as e-mail addresses write them.
MAIL_FIRST = ["akosua", "kofi", "ioana", "dragos", "linh", "minh", "rania", "tarek", "abena",
              "yaw", "mihaela", "sorin"]
MAIL_SURNAMES = ["mensah", "popescu", "tran", "khoury", "asante", "ionescu", "pham", "nassar",
                 "owusu", "stoica", "hoang", "saliba"]


def site(rng, part, topic: str, topics=TOPICS) -> tuple[str, str, list[str]]:
    """A host of the topic (the dev and held-out parts take alternate ones) and a top-level
    domain with its readings."""
    hosts, _, tlds = topics[topic]
    tld, tld_said = pick(rng, tlds)
    return pick(rng, split(hosts, part)), tld, tld_said


def web_slot(rng, part, path: str, topic: str, topics=TOPICS,
             site=site) -> tuple[str, list[str]]:
    host, tld, tld_said = site(rng, part, topic)
    k = rng.randrange(4)
    if k == 0:
        return f"www.{host}.{tld}", [f"{w} dot {host} dot {t}" for t in tld_said
                                     for w in ("w w w", "double u double u double u")]
    if k == 1:
        sub = topics[topic][1][0 if part == "dev" else 1]
        return f"{sub}.{host}.{tld}", [f"{sub} dot {host} dot {t}" for t in tld_said]
    if k == 2:
        return f"{host}.{tld}/{path}", [f"{host} dot {t} {s} {p}" for t in tld_said
                                        for s in ("slash", "forward slash")
                                        for p in said_path(path)]
    said = [f"{host} dot {t}" for t in tld_said]
    return (f"https://{host}.{tld}",
            said + [f"h t t p s colon slash slash {s}" for s in said]
            + [f"h t t p s colon forward slash forward slash {s}" for s in said])


def web(rng, part, handle_frames=HANDLE_FRAMES, hashtags=HASHTAGS, hashtag_frames=HASHTAG_FRAMES,
        mail_first=MAIL_FIRST, mail_frames=MAIL_FRAMES, mail_surnames=MAIL_SURNAMES,
        name_mail_frames=NAME_MAIL_FRAMES, site_frames=SITE_FRAMES, topics=TOPICS, site=site,
        web_slot=web_slot):
    k = rng.random()
    if k < 0.22:
        frame, user, topic = pick(rng, split(mail_frames, part))
        host, tld, tld_said = site(rng, part, topic)
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {t}"
                                                    for t in tld_said])
    if k < 0.32:
        first = pick(rng, split(mail_first, part))
        sur = pick(rng, split(mail_surnames, part))
        frame, topic = name_mail_frames[0 if part == "dev" else 1]
        host, tld, tld_said = site(rng, part, topic)
        return fill(frame, f"{first}.{sur}@{host}.{tld}",
                    [f"{first} dot {sur} at {host} dot {t}" for t in tld_said])
    if k < 0.44:
        frame, topic, tails = pick(rng, split(handle_frames, part))
        host = pick(rng, split(topics[topic][0], part))
        if rng.random() < 0.4:
            return fill(frame, f"@{host}", [f"at {host}"])
        tail, said = pick(rng, tails)
        return fill(frame, f"@{host}_{tail}", [f"at {host} underscore {said}"])
    if k < 0.5:
        tag, words = pick(rng, split(hashtags, part))
        frame = hashtag_frames[0 if part == "dev" else 1]
        return fill(frame, f"#{tag}", [f"hashtag {words}", f"hashtag {tag.lower()}"])
    frame, path, topic = pick(rng, split(site_frames, part))
    return fill(frame, *web_slot(rng, part, path, topic))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): college towns.
CITIES = [("Boulder", "CO", "803"), ("Princeton", "NJ", "085"), ("Orono", "ME", "044"),
          ("Hanover", "NH", "037"), ("Storrs", "CT", "062"), ("Blacksburg", "VA", "240"),
          ("Charlottesville", "VA", "229"), ("Clemson", "SC", "296"),
          ("Starkville", "MS", "397"), ("Auburn", "AL", "368"), ("Davis", "CA", "956"),
          ("Urbana", "IL", "618"), ("Ypsilanti", "MI", "481"), ("Evanston", "IL", "602"),
          ("Denton", "TX", "762"), ("Terre Haute", "IN", "478"), ("Carbondale", "IL", "629"),
          ("DeKalb", "IL", "601"), ("Eau Claire", "WI", "547"), ("Houghton", "MI", "499"),
          ("Corvallis", "OR", "973"), ("Ellensburg", "WA", "989"), ("Arcata", "CA", "955"),
          ("Vermillion", "SD", "570"), ("Statesboro", "GA", "304"),
          ("Murfreesboro", "TN", "371"), ("Huntington", "WV", "257"),
          ("Williamsburg", "VA", "231")]
# Presidents, generals and campaigners, as American streets are named.
STREETS = ["Monroe", "Harrison", "Cleveland", "Roosevelt", "Wilson", "Harding", "Truman",
           "Eisenhower", "Kennedy", "Taylor", "Hayes", "Taft", "Quincy", "Franklin", "Revere",
           "Hancock", "Steuben", "Greene", "Putnam", "Sherman", "Custer", "Farragut", "Decatur",
           "Perry", "Barton", "Addams", "Tubman", "Douglass"]
# (town, postcode area, district): football and university towns.
UK_TOWNS = [("Keele", "ST", 5), ("Durham", "DH", 1), ("Lancaster", "LA", 1),
            ("Stirling", "FK", 9), ("Aberystwyth", "SY", 23), ("Canterbury", "CT", 1),
            ("Burnley", "BB", 11), ("Wigan", "WN", 1), ("Bolton", "BL", 1),
            ("Huddersfield", "HD", 1), ("Rotherham", "S", 60), ("Barnsley", "S", 70),
            ("Accrington", "BB", 5), ("Stevenage", "SG", 1), ("Luton", "LU", 1),
            ("Watford", "WD", 17), ("Fleetwood", "FY", 7), ("Morecambe", "LA", 4),
            ("Harrogate", "HG", 1), ("Kidderminster", "DY", 10), ("Hartlepool", "TS", 24),
            ("Gateshead", "NE", 8), ("Wrexham", "LL", 11), ("Swansea", "SA", 1),
            ("Falkirk", "FK", 1), ("Kilmarnock", "KA", 1), ("Motherwell", "ML", 1),
            ("Chesterfield", "S", 40), ("Macclesfield", "SK", 10), ("Oldham", "OL", 1)]
# Rivers.
UK_STREETS = ["Trent", "Tamar", "Ouse", "Tyne", "Mersey", "Derwent", "Ribble", "Lune", "Swale",
              "Nidd", "Wharfe", "Calder", "Teme", "Towy", "Medway", "Stour", "Waveney", "Colne",
              "Witham", "Welland", "Nene", "Irwell", "Tavy", "Torridge", "Kennet", "Cherwell",
              "Itchen", "Frome"]
# (town, province, the first three characters of its postal codes): college towns.
CA_CITIES = [("Wolfville", "NS", "B4P"), ("Antigonish", "NS", "B2G"), ("Sackville", "NB", "E4L"),
             ("Guelph", "ON", "N1G"), ("Waterloo", "ON", "N2L"), ("Kingston", "ON", "K7L"),
             ("Peterborough", "ON", "K9J"), ("Lennoxville", "QC", "J1M"),
             ("Nelson", "BC", "V1L"), ("Squamish", "BC", "V8B"), ("Canmore", "AB", "T1W"),
             ("Gander", "NL", "A1V"), ("Summerside", "PE", "C1N")]
CA_PROVINCES = {**PROVINCES, "NL": "Newfoundland and Labrador"}
# Prime ministers and founders, as Canadian streets are named.
CA_STREETS = ["Laurier", "Macdonald", "Borden", "Mackenzie", "Tupper", "Meighen", "Bowell",
              "Champlain", "Cartier", "Brock", "Simcoe", "Frontenac", "Banting", "Bethune"]
CA_TYPES = [(["St."], "Street"), (["Ave."], "Avenue"), (["Rd."], "Road"), (["Dr."], "Drive"),
            (["Cres."], "Crescent"), (["Blvd."], "Boulevard")]
# (frame, whether a post office box fits it); each part gets two of each.
ADDRESS_FRAMES = [("Send the signed removal contract to {X}.", True),
                  ("Donations for the food bank can be posted to {X}.", True),
                  ("Our new storage depot is at {X}.", False),
                  ("The hostel is at {X}.", False),
                  ("Condolence cards can be sent to {X}.", True),
                  ("Please return your tenancy forms to {X}.", True),
                  ("The supporters' club meets at {X}.", False),
                  ("The repair café has moved to {X}.", False)]


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Tamar Close, Burnley BB11 3PQ"; the postcode's letters one by
    one and its district as a number or digit by digit; a flat or a room now and then."""
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
        f = rng.randint(2, 30)
        flat, flat_said = f"Room {f}, ", f"Room {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def ca_address(rng, part) -> tuple[str, list[str]]:
    """A Canadian address: "412 Laurier Ave., Wolfville, NS B4P 2R8", the province's name and
    the postal code letter by letter and digit by digit."""
    city, prov, fsa = pick(rng, split(CA_CITIES, part))
    ldu = f"{rng.randint(0, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    code_said = zero_variants(" ".join(digits(c) if c.isdigit() else c for c in fsa + ldu))
    num, num_said = house(rng)
    name = pick(rng, split(CA_STREETS, part))
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

SURNAMES = ["Mensah", "Popescu", "Tran", "Khoury", "Asante", "Ionescu", "Pham", "Nassar",
            "Owusu", "Dumitrescu", "Hoang", "Saliba", "Appiah", "Stoica", "Bui", "Khalil",
            "Ofori", "Munteanu", "Oliveira", "Karam", "Tetteh", "Georgescu", "Souza", "Azar"]
WOMEN = ["Akosua", "Ioana", "Linh", "Rania", "Abena", "Andreea", "Huong", "Yara", "Efua",
         "Mihaela", "Thao", "Adjoa"]
MEN = ["Kofi", "Dragos", "Minh", "Tarek", "Yaw", "Sorin", "Tuan", "Karim", "Kwabena", "Catalin",
       "Quang", "Ziad"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
PARISH_FRAMES = ["{X} will take the funeral service.", "The new church hall was blessed by {X}.",
                 "{X} opened the parish summer fete.", "The memorial window was dedicated by {X}."]
MEMORIAL_FRAMES = ["The name of {X} has been added to the village war memorial.",
                   "A bench in the park remembers {X}.",
                   "{X} is buried in the churchyard by the lychgate.",
                   "The parish newsletter tells the story of {X}."]
# (abbreviation, readings, the frames it fits, whether the first name is a woman's)
TITLES = [("Revd Canon", ["Reverend Canon", "the Reverend Canon"], PARISH_FRAMES, False),
          ("Gnr", ["Gunner"], MEMORIAL_FRAMES, False),
          ("Gdsm", ["Guardsman"], MEMORIAL_FRAMES, False),
          ("Rt Revd", ["Right Reverend", "the Right Reverend"], PARISH_FRAMES, False),
          ("LCpl", ["Lance Corporal"], MEMORIAL_FRAMES, False),
          ("Most Revd", ["Most Reverend", "the Most Reverend"], PARISH_FRAMES, False),
          ("Rfn", ["Rifleman"], MEMORIAL_FRAMES, False),
          ("Bdr", ["Bombardier"], MEMORIAL_FRAMES, False)]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["The prize for the best volunteer went to {X}.",
                "{X} cut the ribbon at the new hostel.",
                "The swimming gala was started by {X}.",
                "{X} spoke at the climate march.",
                "The new recycling centre was opened by {X}.",
                "{X} presented the player of the season award."]
FUNERAL_FRAMES_T = ["Your arrangements will be handled by {X}.", "The funeral is conducted by {X}."]
ORGAN_FRAMES = ["The organ at the memorial service will be played by {X}.",
                "The parish choir is directed by {X}."]
# After a name: (abbreviation, readings, the comma before it (None: either), frames).
SUFFIXES = [("Dip FD", ["Dip F D", "Diploma in Funeral Directing"], None, FUNERAL_FRAMES_T),
            ("FRCO", ["F R C O"], None, ORGAN_FRAMES),
            ("FIH", ["F I H"], ",", ["The hotel is managed by {X}.",
                                     "Guests are welcomed by the general manager, {X}."]),
            ("MBIFD", ["M B I F D"], None, FUNERAL_FRAMES_T),
            ("ARCO", ["A R C O"], None, ORGAN_FRAMES),
            ("MCIWM", ["M C I W M"], ",", ["The council's recycling plan was drawn up by {X}.",
                                           "The new waste strategy is led by {X}."]),
            ("RGN", ["R G N"], ",", ["The first aid volunteers are led by {X}.",
                                     "The hospice night team is run by {X}."])]
# Before a place: (abbreviation, word, places, frames).
PLACES = [("Nr", "near", ["Leyburn", "Masham", "Bedale", "Helmsley", "Wetherby", "Pershore",
                          "Bromyard", "Presteigne"],
           ["Two-bedroom cottage to let, {X}.", "We are moving to a village {X}.",
            "Lost dog, last seen on the lane {X}.", "Free sofa, collection from a farm {X}."]),
          ("Opp.", "opposite", ["the Tollbooth", "the Almshouses", "the Infirmary",
                                "the Cenotaph"],
           ["Minibus pick-up point: {X}.", "Meeting point for the litter pick: {X}.",
            "Taxi drop-off: {X}.", "Entrance to the new charity shop: {X}."])]
# After a name: (abbreviation, word, names, frames).
AFTER = [("Cemy", "Cemetery", ["Nunhead", "Undercliffe", "Warriston", "Sighthill"],
          ["The burial will take place at {X}.", "Volunteers tidy the graves at {X}.",
           "A walking tour of {X} starts at noon.", "The war graves at {X} have been restored."]),
         ("Crem.", "Crematorium", ["Lawnswood", "Mortlake", "Breakspear", "Craigton"],
          ["The service will be held at {X}.", "Parking at {X} is limited.",
           "The family will gather at {X}.", "Flowers may be sent to {X}."]),
         ("Hse", "House", ["Chantry", "Deanery", "Almonry", "Manse"],
          ["The parish office is in {X}.", "The hostel annexe at {X} has six rooms.",
           "The coffee morning is held at {X}.", "Donations can be left at {X}."])]
ABBREVIATIONS = [("Pine bookcase, VGC, collection only.",
                  ["Pine bookcase, very good condition, collection only.",
                   "Pine bookcase, V G C, collection only."]),
                 ("GSOH, loves dogs and long walks.",
                  ["Good sense of humour, loves dogs and long walks.",
                   "Good sense of humor, loves dogs and long walks.",
                   "G S O H, loves dogs and long walks."]),
                 ("Free to a good home, just needs some TLC.",
                  ["Free to a good home, just needs some tender loving care.",
                   "Free to a good home, just needs some T L C."]),
                 ("WLTM someone who likes hiking and board games.",
                  ["Would like to meet someone who likes hiking and board games.",
                   "W L T M someone who likes hiking and board games."]),
                 ("Looking for an LTR, not a pen pal.",
                  ["Looking for a long term relationship, not a pen pal.",
                   "Looking for an L T R, not a pen pal."]),
                 ("Result: DNF after a fall at the last hurdle.",
                  ["Result: did not finish after a fall at the last hurdle.",
                   "Result: D N F after a fall at the last hurdle."]),
                 ("The cup tie was settled on penalties AET.",
                  ["The cup tie was settled on penalties after extra time.",
                   "The cup tie was settled on penalties A E T."]),
                 ("FYI: the hall will be locked after the service.",
                  ["For your information: the hall will be locked after the service.",
                   "F Y I: the hall will be locked after the service."]),
                 ("Delivery is FOC within the town.",
                  ["Delivery is free of charge within the town.",
                   "Delivery is F O C within the town."]),
                 ("Pls bring a plate of food to share.",
                  ["Please bring a plate of food to share."]),
                 ("Thx for the lift last night!",
                  ["Thanks for the lift last night!"]),
                 ("Can you pick up the keys tmrw?",
                  ["Can you pick up the keys tomorrow?"]),
                 ("Your DOB must match your passport.",
                  ["Your date of birth must match your passport.",
                   "Your D O B must match your passport."]),
                 ("The B&B is a short walk from the chapel of rest.",
                  ["The B and B is a short walk from the chapel of rest.",
                   "The bed and breakfast is a short walk from the chapel of rest."]),
                 ("I'm OOO until the move is done.",
                  ["I'm out of office until the move is done.",
                   "I'm out of the office until the move is done.",
                   "I'm O O O until the move is done."]),
                 ("Mgmt reserve the right to refuse entry.",
                  ["Management reserve the right to refuse entry."])]
NUMBER_FRAMES = ["Our new striker will wear {X} this season.",
                 "The first hymn at the service is {X}."]
STREET_FRAMES = ["The removal lorry could not get down {X}.",
                 "The charity shop on {X} needs volunteers.",
                 "Taxis can drop off on {X} but cannot pick up.",
                 "The supporters' coach leaves from the corner of {X}."]
FEASTS = ["Winefride", "Fursey", "Sexburga", "Eanswythe", "Juliot", "Clether", "Melangell",
          "Wystan"]
COMBO_FRAMES = ["{T} {S} will lead the funeral at St. {F}'s on {N} Rd.",
                "The St. {F}'s food bank on {N} St. was opened by {T} {S}.",
                "{T} {S} blessed the new hostel beside St. {F}'s on {N} Ave.",
                "{T} {S} runs the St. {F}'s youth football team from {N} Dr."]
STREET_ABBRS = {"St.": "Street", "Ave.": "Avenue", "Rd.": "Road", "Dr.": "Drive",
                "Blvd.": "Boulevard", "Ln.": "Lane"}


def number_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(1, 40) if part == "dev" else rng.randint(2, 90)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words, frames, woman = pick(rng, split(TITLES, part))
        frame = pick(rng, split(frames, part))
        names = WOMEN if woman else FIRST_NAMES
        first = pick(rng, split(names, part)) + " " if rng.random() < 0.4 else ""
        if frame.startswith("{X}"):
            words = [w[0].upper() + w[1:] for w in words]
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
        mark = abbr if rng.random() < 0.7 else abbr.rstrip(".") + ("" if "." in abbr else ".")
        return fill(pick(rng, split(frames, part)), f"{mark} {name}", [f"{word} {name}"])
    if k == 5:
        abbr, word, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        return fill(pick(rng, split(frames, part)), f"{name} {abbr}", [f"{name} {word}"])
    if k == 6:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[0 if part == "dev" else 1], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Revd", "Reverend"), ("Rev.", "Reverend")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def quote_slots(rng, part) -> dict:
    """A removal quote: the load in cubic feet, the day and the price."""
    cu = rng.randrange(300, 2400, 50)
    price = rng.randrange(450, 3800, 5)
    return {"A": (f"{with_written(cu, rng, 0.8)}{pick(rng, [' cu ft', ' cubic feet'])}",
                  [f"{c} cubic feet" for c in cards(cu)]),
            "B": date_slot(rng, 2025, 2026, 0.0, 0.3),
            "C": (f"£{with_written(price, rng, 0.8)}", pounds(price))}


def storage_slots(rng, part) -> dict:
    """A storage unit's floor before its noun ("35 sq ft unit": "thirty five square foot"),
    the monthly price and the start date."""
    n = pick(rng, [10, 25, 35, 50, 75, 100, 150])
    return {"A": (f"{n}{pick(rng, [' sq ft', ' sq ft', ' square foot'])}",
                  [f"{h} square {u}" for h in attributive(n) for u in ("foot", "feet")]),
            "B": retail_slot(rng, 19, 180),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.0)}


def container_slots(rng, part) -> dict:
    days = rng.randint(18, 60)
    cost = rng.randrange(2400, 9800, 50)
    return {"A": date_slot(rng, 2024, 2025, 0.5, 0.0), "B": (str(days), [card(days)]),
            "C": (f"${with_written(cost, rng, 0.8)}", [f"{c} dollars" for c in cards(cost)])}


def members_slots(rng, part) -> dict:
    """An app's members ("1.2M", "850K"), a share of them and its monthly price."""
    if rng.random() < 0.5:
        n = rng.randrange(120, 990, 10)
        members = (f"{n}K", [f"{c} thousand" for c in cards(n)])
    else:
        whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
        members = (f"{whole}.{tenth}M", [f"{h} million" for h in halves(whole, tenth)])
    return {"A": members, "B": pct_slot(rng, 8, 35, False), "C": retail_slot(rng, 7, 30)}


def hours_given_slots(rng, part) -> dict:
    """Volunteers, the hours they gave and what those hours are worth at about fifteen pounds
    an hour: "£736,000" or "£1.2m"."""
    n = rng.randint(40, 900)
    h = n * rng.randint(20, 120) // 10 * 10
    worth = round(h * rng.randint(12, 18), -3)
    if worth >= 1000000 and rng.random() < 0.6:
        whole, tenth = divmod(round(worth, -5) // 100000, 10)
        value = (f"£{whole}.{tenth}m" if tenth else f"£{whole}m",
                 [f"{x} million pounds" for x in (halves(whole, tenth) if tenth
                                                  else cards(whole))])
    else:
        value = (f"£{worth:,}", pounds(worth))
    return {"A": (str(n), cards(n)), "B": (with_written(h, rng, 0.8), cards(h)), "C": value}


def funeral_slots(rng, part) -> dict:
    """The service's time, its day and the cortège half an hour before: "2:30pm" ("two
    thirty PM"), "11am"."""
    start = pick(rng, [10, 11, 12, 13, 14, 15]) * 60 + pick(rng, [0, 15, 30, 45])
    while start in (12 * 60, 12 * 60 + 30):
        start = pick(rng, [10, 11, 13, 14, 15]) * 60 + pick(rng, [0, 15, 30, 45])
    half = pick(rng, ["am", "a.m.", "AM", "am"])

    def at(t: int) -> tuple[str, list[str]]:
        h, m = divmod(t, 60)
        mark = half if h < 12 else half.replace("a", "p").replace("A", "P")
        said = "AM" if h < 12 else "PM"
        h = h - 12 if h > 12 else h
        gap = " " if "." in mark or mark.isupper() else ""
        if not m:
            return f"{h}{gap}{mark}", [f"{card(h)} {said}"]
        return f"{h}:{m:02d}{gap}{mark}", [f"{card(h)} {card(m)} {said}"]
    return {"A": at(start), "B": date_slot(rng, 2025, 2026, 0.0, 0.6), "C": at(start - 30)}


def table_slots(rng, part) -> dict:
    """A table's size ("180 x 90cm": "a hundred and eighty by ninety centimeters"), the
    people it seats and its price."""
    a = pick(rng, [120, 140, 150, 160, 180, 200, 220])
    b = pick(rng, [75, 80, 85, 90, 95, 100])
    seats = rng.randint(4, 10)
    price = rng.randrange(40, 450, 5)
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    written = pick(rng, [f"{a} x {b}cm", f"{a}cm x {b}cm", f"{a} x {b} cm"])
    return {"A": (written, [f"{x} by {y} centimeters" for x, y in pairs]
                  + [f"{x} centimeters by {y} centimeters" for x, y in pairs]),
            "B": (str(seats), [card(seats)]), "C": (f"£{price}", pounds(price))}


def ride_slots(rng, part) -> dict:
    km = rng.random() < 0.4
    whole, tenth = rng.randint(2, 19), rng.randint(1, 9)
    unit = pick(rng, ["km", " km"]) if km else " miles"
    words = "kilometers" if km else "miles"
    mins = max(6, round((whole + tenth / 10) * (1.6 if km else 2.6) + rng.randint(0, 12)))
    fare = round((whole + tenth / 10) * (1.3 if km else 2.1) + 3, 1)
    pounds_, pence = int(fare), pick(rng, [0, 5]) + round(fare % 1 * 10) * 10 % 100
    if pence:
        cost = (f"£{pounds_}.{pence:02d}", said_cents(pounds_, pence, "pounds", "pound", "pence"))
    else:
        cost = (f"£{pounds_}", pounds(pounds_))
    return {"A": (f"{whole}.{tenth}{unit}", [f"{h} {words}" for h in halves(whole, tenth)]),
            "B": (str(mins), [card(mins)]), "C": cost}


def review_slots(rng, part) -> dict:
    sym, unit = pick(rng, [("£", "pounds"), ("€", "euros"), ("$", "dollars")])
    rate = rng.randrange(45, 260, 5)
    nights = rng.randint(2, 14)
    return {"A": (f"{sym}{rate}", [f"{c} {unit}" for c in cards(rate)]),
            "B": (str(nights), [card(nights)]), "C": between_slot(rng, 5.1, 9.9, 1)}


def shared_house_slots(rng, part) -> dict:
    beds = pick(rng, [3, 4, 5, 6, 7, 8])
    rent = rng.randrange(95, 240, 5)
    return {"A": (f"{beds}{pick(rng, ['-bed', '-bed', '-bedroom'])}",
                  [f"{card(beds)} bed", f"{card(beds)} bedroom"]),
            "B": (f"£{rent}", pounds(rent)), "C": date_slot(rng, 2025, 2026, 0.3, 0.0)}


def heat_slots(rng, part) -> dict:
    c = rng.randint(30, 40)
    y = rng.randint(1976, 2022)
    if rng.random() < 0.4:
        t = rng.randint(1, 9)
        temp = (f"{c}.{t}°C", [f"{h} {u}" for h in halves(c, t)
                               for u in ("degrees Celsius", "degrees")])
    else:
        temp = (f"{c}°C", [f"{card(c)} {u}" for u in ("degrees Celsius", "degrees")])
    return {"A": temp, "B": date_slot(rng, 2025, 2025, 0.0, 0.0),
            "C": (str(y), year_readings(y))}


def recycling_slots(rng, part) -> dict:
    y = rng.randint(2020, 2025)
    return {"A": pct_slot(rng, 42, 65, True), "B": (str(y), year_readings(y)),
            "C": pct_slot(rng, 25, 41, True)}


def appeal_slots(rng, part) -> dict:
    """Raised so far, the target before its noun ("£80,000 target": "eighty thousand pound")
    and the day the appeal opened."""
    target = pick(rng, [25000, 40000, 50000, 75000, 80000, 120000, 150000, 250000])
    raised = rng.randrange(target // 5, target - 1000, 50)
    return {"A": (f"£{raised:,}", pounds(raised)),
            "B": (f"£{target:,}", [f"{c} pound" for c in attributive(target)]),
            "C": date_slot(rng, 2023, 2025, 0.9, 0.0)}


def football_score(rng) -> tuple[str, list[str]]:
    """A football score: "3-1" ("three one", "three to one"), "2-0" ("two nil", "two zero",
    "two nothing")."""
    a = rng.randint(1, 5)
    b = rng.randint(0, a - 1)
    dash = pick(rng, ["-", "–"])
    if b:
        return f"{a}{dash}{b}", [f"{card(a)}{j}{card(b)}" for j in (" ", " to ")]
    return f"{a}{dash}0", [f"{card(a)}{j}{z}" for j in (" ", " to ")
                           for z in ("nil", "zero", "nothing", "oh")]


def match_slots(rng, part) -> dict:
    crowd = rng.randrange(800, 60000, 1)
    return {"A": football_score(rng), "B": (with_written(crowd, rng, 0.9), cards(crowd)),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.5)}


def hoops_score(rng) -> tuple[str, list[str]]:
    """A basketball score, "112-104": "one hundred twelve to one hundred four" or in pairs
    ("one twelve one oh four")."""
    a = rng.randint(88, 131)
    b = a - rng.randint(1, 20)

    def said(n):
        out = cards(n)
        if n >= 100:
            out.append(f"{card(n // 100)} " + (f"{card(n % 100)}" if n % 100 >= 10
                                               else f"oh {card(n % 100)}" if n % 100
                                               else "hundred"))
        return out
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{x}{j}{y}" for x in said(a) for y in said(b)
                                              for j in (" ", " to ")]


def hoops_slots(rng, part) -> dict:
    pts = rng.randint(18, 45)
    return {"A": hoops_score(rng), "B": (str(pts), [card(pts)]),
            "C": pct_slot(rng, 38, 72, False)}


def swim_slots(rng, part) -> dict:
    """A freestyle final: the distance before its noun ("400m": "four hundred meter"), the
    time ("4:05.32": "four minutes five point three two seconds", "four oh five point three
    two") and the margin ("0.31": "zero point three one")."""
    dist, lo, hi = pick(rng, [(200, 112, 125), (400, 235, 260), (800, 485, 520)])
    t = rng.randint(lo, hi)
    m, s = divmod(t, 60)
    hund = rng.randint(11, 99)
    while hund % 10 == 0:
        hund = rng.randint(11, 99)
    frac = digits(f"{hund:02d}")
    secs = card(s) if s >= 10 else f"oh {card(s)}"
    mins = "minute" if m == 1 else "minutes"
    times = [f"{card(m)} {mins} {card(s)} point {frac} seconds",
             f"{card(m)} {mins} {card(s)} point {frac}",
             f"{card(m)} {secs} point {frac}"]
    return {"A": (f"{dist}{pick(rng, ['m', 'm', '-metre', ' metres'])}",
                  [f"{card(dist)} meter", f"{card(dist)} meters"]),
            "B": (f"{m}:{s:02d}.{hund:02d}", times),
            "C": between_slot(rng, 0.01, 0.99, 2)}


def high_jump_slots(rng, part) -> dict:
    return {"A": field_slot(2, 2)(rng, part), "B": ord_slot(rng, 1, 3),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.3)}


def car_club_slots(rng, part) -> dict:
    y = rng.randint(2020, 2025)
    miles = rng.randrange(150, 330, 5)
    return {"A": (str(y), year_readings(y)), "B": retail_slot(rng, 4, 12),
            "C": (f"{miles}{pick(rng, [' miles', ' miles', ' mi'])}",
                  [f"{c} miles" for c in cards(miles)])}


# (frame, a function (rng, part) -> {slot: (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The quote for moving {A} of furniture on {B} came to {C}.", quote_slots),
    ("Your {A} unit costs {B} a month from {C}.", storage_slots),
    ("Our container left the port on {A}, took {B} days to arrive and cost {C}.",
     container_slots),
    ("The app has {A} members, {B} of them over fifty, and costs {C} a month.", members_slots),
    ("Our {A} volunteers gave {B} hours last year, worth {C} to the town.", hours_given_slots),
    ("The funeral is at {A} on {B}, and the cars leave the house at {C}.", funeral_slots),
    ("Oak dining table, {A}, seats {B}, yours for {C}.", table_slots),
    ("Your ride of {A} took {B} minutes and cost {C}.", ride_slots),
    ("We paid {A} a night for {B} nights and scored the hotel {C} out of ten.", review_slots),
    ("The {A} house is {B} a week per person, bills included, from {C}.", shared_house_slots),
    ("Temperatures hit {A} on {B}, the hottest day since {C}.", heat_slots),
    ("The borough recycled {A} of its waste in {B}, up from {C} five years earlier.",
     recycling_slots),
    ("The roof appeal has raised {A} of its {B} target since {C}.", appeal_slots),
    ("The Wanderers won {A} in front of {B} fans on {C}.", match_slots),
    ("The Thunderbolts won {A}, with their point guard scoring {B} points on {C} shooting.",
     hoops_slots),
    ("She won the {A} freestyle final in {B}, beating the record by {C} seconds.", swim_slots),
    ("He cleared {A} at the {B} attempt to win the title on {C}.", high_jump_slots),
    ("The car club's {A} electric hatchback costs {B} an hour and goes {C} on a charge.",
     car_club_slots),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    return fill_slots(frame, slots(rng, part))


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r117", None, per_class=24, seed=1171, en=EN)


if __name__ == "__main__":
    main()
