"""Hundred-and-twenty-second round (issue 33), English, every class at once, written after round
120 only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: meteorology and climate science, oil and gas, nuclear and renewables engineering,
shipbuilding, textiles and sewing, organ music and choirs, genealogy and family history, coins
and stamps, vintage cars and motorcycles, military aviation museums, ice climbing and polar
expeditions, fencing, archery and shooting, snooker and bowls, and lotteries and betting shops.
Mostly the formats people type, with a minority of less usual ones. Counts (ages, "The
organist, 74,", "a 58-year-old welder", a tenor of "102"; "2.4M views"; counts before a noun,
"a 4-manual organ", "a 12-bore shotgun" ("a twelve bore"), "a 9-cylinder radial", "a 3-masted
ship", "a 6-rink green", "a 4-drawer sewing box"), ordinals ("the storm's 7th", "her 6th
great-grandfather", "the 14th-century penny", "the 900th anniversary", "seeded 12th", "his 37th
century break"), dates (written out, cut short, with weekdays, US, British, European and ISO
numeric dates, parish-register dates of the 1800s, "Sept 2031", and inspection tags "08/2027"),
years (decades, "from 1938 to 1955", "between 1961 and 1968", "by 2050", seasons "2025/26",
"since '87", "the 2010s" and "the 2030s", "c. 1810", "330 BC", "AD 214", and ice-core ages
"21 ka" and "800 kya" ("eight hundred thousand years ago")), clock times (12-hour and 24-hour,
"12 noon", "3 o'clock", "0640hrs", forecasters' and pilots' "12Z" and "1430Z" ("twelve zulu",
"fourteen thirty zulu"); zones no earlier round used, WGST, EGT, PMST and CLST, and with
24-hour times the Antarctic stations' DAVT, MAWT, VOST and SYOT), money (shop prices, Brent
"$81.45 a barrel" and "$79/bbl", gas "212p/therm" ("two hundred and twelve pence per therm"),
power "£74/MWh" ("pounds per megawatt hour"), fabric "£14.50 a metre" and "£12/m", "an £8
accumulator", "a $10 voucher", "£1,299 + VAT", lessons "£38 an hour", "£3 a head", old money
"4s 6d" and "5/-", "was/now" prices; codes DKK, KWD, AZN, KZT, GYD, FKP and SRD and signs
"kr", "KD", "₸", "₼" and "G$"; millions and billions), measures in those topics' units
(pressure "988 hPa" and "1012mb", rain "45mm", gusts "80mph" and "65 knots", CO2 "424 ppm" and
"423.9 ppm" ("parts per million"), "1.5°C" of warming, sea level "3.7 mm/yr", oil "120,000
bpd" ("barrels per day"), gas "2.5 bcm" and "3.2 tcf" ("trillion cubic feet"), "5,000 psi", "a
36-inch pipeline", "3.2GW", "a 15MW turbine" ("a fifteen megawatt"), "a 236m rotor", "1 mSv" and
"0.3 µSv/h" ("microsieverts per hour"), "a 284m hull", "26 knots", "a 24,000 TEU ship", "2.5m"
of cotton, "150cm" widths, "a 90/14 needle" ("ninety fourteen"), "a 32ft stop" and "a 16'
Bourdon" ("sixteen foot"), "a 4½-litre Bentley" and "a 4.5-litre" ("four and a half litre"),
"a 500cc Norton" ("five hundred C C"), "60,000ft", "-56°C" ("minus fifty six degrees"), "1,100
nmi" ("nautical miles"), "a 120kg sledge", "a 16cm ice screw", "70m", "a 40lb bow" ("forty
pound"), "a 122cm face", "a 4.5mm air rifle", "a 12ft table"), percentages ("a 40% chance of
rain", "100% cotton", "±2%", "+2.3%", "-3.3%", points, "per cent" and "pc"), decimals (calibres
".22" ("point two two", "twenty two") and ".303" ("three oh three"), shooting scores "10.9",
"Mach 2.2", "an API gravity of 38.4", barometers "29.92", ".999 fine" gold, index anomalies
"+0.8" and "-1.3", positions "78.2232° N, 15.6267° E" and "75.5806° S, 26.245° W", versions),
phone numbers (US, with extensions, British five-digit areas and mobiles, "0300" and "0800",
the gambling helpline "0808 8020 133", Floodline "0345 988 1188", "1-800-GAMBLER",
text-to-give "KEEL to 70123", and numbers in Iceland, the Falklands, Azerbaijan, Kuwait, Guyana,
Suriname, Denmark, Brunei and Kazakhstan), fractions (odds "11/4" and "100/1" ("eleven to
four", "a hundred to one"), "1 in 14 million", seam allowances "a ⅝in" ("five eighths inch"),
"1½ yards" and "¾ yard", organ mutations "2⅔ ft" and "1⅗'" ("one and three fifths foot"), "⅛
Norwegian", dilutions "1:10", glyphs and "7/8"), regnal numerals (kings of Sweden and
Denmark whose names the polar lands and the Sound's charts took, a king of Italy who collected
coins, a prince of Monaco who sailed to Svalbard, a pope of the chant, an emperor of Austria
and a German kaiser of the Arctic archipelagos and the navy yards, a king of Romania of its
oil fields, a king of the French of Antarctica's coast and a king of England of the archers'
statutes, with and without titles and words of a reign) and series numerals
("Morgan Plus Four Series II" ("Series two"), "Hillman Minx Series III", "Sprite Mk II" and
"Mosquito Mk VI" ("Mark six"), "Norton Commando Mk III", "Neumayer Station III", "TIROS I",
"Generation IV reactors";
"the XVI International Numismatic Congress" and "the XXXIII Olympic Games" as ordinals),
ranges ("gusts of 50-60mph", "highs of 18-21°C", "$80-85 a barrel", "-30 to -40°C", "20–30m",
hours, days, dates, "1842–1911", seasons "Oct–Apr", prices), web addresses, e-mail, handles,
hashtags and local addresses (.casino, .lotto, .bingo, .gallery, .wiki, .fk, .az, .kw,
.gy, .kz, .sr, .bn; "#FamilyHistory", "#NetZero"; "localhost:8080" and
"192.168.1.254"), addresses (US oil, shipbuilding, nuclear, textile, weather, museum and
stamp-club towns with suites, ZIP+4 and P.O. boxes on streets named for old car makers; British
oil, nuclear, shipbuilding, silk, wool and museum towns with postcodes, flats and units on
streets named for cloths; Norwegian Arctic towns, the number after the street and the postcode
before the town), titles and abbreviations ("Sqn Ldr", "Wg Cdr", "Flt Lt", "Gp Capt"; FRCO,
FSG, FRNS, FRPSL, FRMetS and DFC after a name; "Ft" and "Pt" before a place; "Ltd", "Assn",
"Corp." and "Dept." after a name; LNG, SMR, OPEC, "b." and "d." in family trees, "m." for
married, "aka", "p.a.", "NB"; "Op. 18" ("Opus eighteen"), "No. 3"; street types and "St." as
Saint before Cornish parish saints; "Revd" and "Canon") and mixed sentences with two to four
numbers of different kinds (storms, balloon
launches, oil fields, wind farms, reactors, ship launches, quilts, recitals, baptisms, coin
sales, stamp auctions, classic cars, jets, polar crossings, bouts, archery rounds, frames,
rollovers and bets). Frames and words are new: no sentence, counted noun, name, street, city,
host or ruler here was used by a committed English set (checked against the inputs of every
tn-unseen/*en*.tsv up to round 120 and the word lists of every earlier round script; months,
weekdays, states, street types, courtesy titles, units, currencies and common words recur).
Labels are English as a newsreader speaks it, from first principles; where English has two
usual readings all are accepted, written " ‖ " between them ("a twenty two rifle ‖ a point two
two rifle", "four and a half litre ‖ four point five litre", "twelve zulu ‖ twelve hundred
zulu"). The "and" after hundred or thousand, "oh" for a zero and letters said one by one are
folded by the comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r122.py [--per-class 24] [--seed 4513]

writes crates/text-normalizer/tests/data/tn-unseen/r122-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits, ordw
from unseen_r2 import split
from unseen_r95 import cards, point_zero, to_roman, two_years, with_written, year_readings
from unseen_r95 import zero_variants
from unseen_r98 import (clock_slot, combo_row, count_slot, fill, fill_slots, fraction_slot,
                        mixed_number_slot, ord_slot, pct_slot, street_row)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (age_slot, clock_range, date_slot, decade_slot, minus_slot, points_slot,
                         version_slot, year_slot)
from unseen_r104 import british_numeric, days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import (date_range_slot, dotted_slot, early_slot, modern_decade, oclock_slot,
                         possessive, stat_slot, uk5_slot, us_short_slot, us_suffix_slot)
from unseen_r108 import (attributive, class_slot, nongeo_slot, noon_slot, one_in_slot, pounds,
                         said_cents, short_suffix_slot)
from unseen_r112 import (STREET_ABBRS, big_sum, iso_slot, price_range_slot, retail_slot, was_slots,
                         weekday_short_slot)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r112 import text_slot as text_slot_r112
from unseen_r114 import (FUTURE_DECADES, circa_slot, hrs_slot, month_year_slot, plus_slot,
                         weekday_the_slot)
from unseen_r114 import us_address as us_address_r114
from unseen_r116 import halves
from unseen_r118 import era_slot, point_digits
from unseen_r118 import web_slot as web_slot_r118
from unseen_r120 import (CELSIUS, DEGREES, FEET, KM, METRES, attr_prize_slot,
                         centenarian_slot, dilute_slot, expiry_slot, head_slot, hour_slot,
                         local_slot, measured, season_range_slot, shilling_slot,
                         short_count_slot, tenths, tolerance_slot, vat_slot, worked_slot)
from unseen_r120 import uk_address as uk_address_r120
from unseen_r120 import zone_slot as zone_slot_r120

INCH = '"'
MPH = ["miles per hour", "miles an hour"]
KNOTS = [("mph", MPH), (" mph", MPH), (" knots", ["knots"]), ("kt", ["knots"]),
         (" kts", ["knots"])]


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The weather station's rain gauge has logged {X} since it was set up.",
                 ["wet days", "thunderstorms"], 9000),
                ("The platform's crew includes {X}.", ["roustabouts", "drillers"], 300),
                ("The offshore wind farm will have {X}.", ["monopiles", "jacket foundations"], 400),
                ("The yard's slipway has launched {X} since the war.",
                 ["frigates", "minesweepers"], 600),
                ("The quilting bee has stitched {X} for the hospice.",
                 ["patchwork quilts", "cot covers"], 500),
                ("The abbey organ has {X}.", ["speaking pipes"], 9000),
                ("The family history society has transcribed {X}.",
                 ["parish registers", "gravestone inscriptions"], 90000),
                ("Her father's album holds {X}.", ["penny reds", "postmarked covers"], 5000),
                ("The vintage rally attracted {X}.", ["traction engines", "veteran cars"],
                 800),
                ("The air museum's hangars shelter {X}.",
                 ["Cold War jets", "restored biplanes"], 120),
                ("The expedition dragged {X} across the ice shelf.",
                 ["supply sledges", "fuel drums"], 200),
                ("The salle keeps {X} for beginners.", ["practice foils", "sabres"], 200),
                ("The archery field has {X}.", ["straw bosses", "target butts"], 60),
                ("The snooker hall has {X}.", ["full-size tables"], 40),
                ("The betting shop took {X} on the big race.",
                 ["accumulators", "each-way bets"], 9000),
                ("The lottery has created {X} since its launch.", ["millionaires"], 9000)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The forecaster, {X}, has presented the evening weather for decades.", 45, 72),
              ("{a} {X}-year-old welder has worked on every carrier built at the yard.", 50,
               64),
              ("The organist, {X}, has played at the abbey since she was a girl.", 60, 89),
              ("The fencer, {X}, won the under-20 épée title.", 16, 19),
              ("{a} {X}-year-old archer shot a personal best at the county meeting.", 11, 17),
              ("The polar explorer, {X}, is planning one last crossing.", 55, 78),
              ("The skip, {X}, is the oldest player in the county bowls side.", 80, 94),
              ("{a} {X}-year-old retired fitter restored the motorcycle himself.", 70, 88)]
CENTENARIAN_FRAMES = ["The choir's longest-serving tenor, {X}, still sings at evensong.",
                      "The oldest member of the stamp club, {X}, still goes to every auction."]
STAT_FRAMES = [("The weather service's storm video has {X}.", "views"),
               ("The genealogy site's family trees now hold {X}.", "records")]
# A count before its noun: (frame, the written word after the number, its reading, the
# numbers that fit).
SHORT_FRAMES = [("The abbey has commissioned {a} {X} organ.", "-manual", "manual",
                 [2, 3, 4, 4, 5]),
                ("He shoots clays with {a} {X} shotgun.", "-bore", "bore", [12, 12, 20, 16]),
                ("The museum's prize exhibit is {a} {X} radial engine.", "-cylinder",
                 "cylinder", [5, 7, 9, 14, 18]),
                ("The yard is building {a} {X} sail training ship.", "-masted", "masted",
                 [2, 3, 4]),
                ("The bowls club has laid {a} {X} green.", "-rink", "rink", [4, 6, 6, 8]),
                ("Her grandmother left her {a} {X} sewing box.", "-drawer", "drawer",
                 [2, 3, 4, 6])]


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.25:
        return fill(CENTENARIAN_FRAMES[i], *centenarian_slot(rng))
    if k < 0.31:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.45:
        frame, word, said, numbers = pick(rng, split(SHORT_FRAMES, part))
        return fill(frame, *short_count_slot(rng, word, said, numbers))
    frame, nouns, most = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, nouns)
    w, said = count_slot(rng, max(2, most // 50), most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The gale is the {X} storm to be named this season.", 2, 20),
                  ("The rig is drilling its {X} well in the field.", 2, 40),
                  ("The reactor is now in its {X} year of service.", 10, 60),
                  ("The yard has laid the keel of its {X} submarine.", 2, 12),
                  ("The sewing bee is holding its {X} charity sale.", 2, 30),
                  ("The choir sang at the abbey's {X} anniversary service.", 100, 900),
                  ("She has traced the family back to her {X} great-grandfather.", 2, 9),
                  ("The {X}-century penny was found by a metal detectorist.", 11, 17),
                  ("The Bentley came {X} in the concours.", 1, 12),
                  ("The squadron marks its {X} anniversary with a flypast.", 50, 110),
                  ("The team reached the pole on the {X} day of the crossing.", 30, 70),
                  ("The fencer is seeded {X} for the world championships.", 1, 64),
                  ("The archery society is holding its {X} open tournament.", 2, 150),
                  ("He made his {X} century break of the season.", 2, 90),
                  ("Saturday's draw was the {X} rollover in a row.", 2, 14),
                  ("The coin is the {X} rarest in the series.", 2, 10)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The amber wind warning is in force until {X}.", 2025, 2026),
               ("The platform is due to stop producing on {X}.", 2026, 2030),
               ("The reactor was shut down for refuelling on {X}.", 2024, 2026),
               ("The new destroyer was floated out on {X}.", 2024, 2026),
               ("The quilt show opens on {X}.", 2025, 2026),
               ("The rededication recital on the restored organ is on {X}.", 2025, 2026),
               ("The baptism was entered in the register on {X}.", 1820, 1899),
               ("The stamp fair at the town hall is on {X}.", 2025, 2026),
               ("The vintage motorcycle run leaves the green on {X}.", 2025, 2026),
               ("The museum's Vulcan bomber last flew on {X}.", 1985, 2015),
               ("The team set off for the South Pole on {X}.", 2025, 2026),
               ("The county fencing championships are on {X}.", 2025, 2026),
               ("The next rollover draw takes place on {X}.", 2025, 2026),
               ("The bowls club's opening day is {X}.", 2025, 2026)]
MONTH_YEAR_FRAMES = ["The first of the new reactors is due to start up in {X}.",
                     "The restored bomber should fly again by {X}."]
EXPIRY_FRAMES = ["The inspection tag on the life raft reads {X}.",
                 "The test date stamped on the climbing rope is {X}."]


def date(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.05:
        return fill(MONTH_YEAR_FRAMES[i], *month_year_slot(rng, 2027, 2032))
    if k < 0.1:
        return fill(EXPIRY_FRAMES[i], *expiry_slot(rng))
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    if k < 0.2:
        return fill(frame, *british_numeric(rng, first, last))
    if k < 0.3:
        return fill(frame, *us_suffix_slot(rng, first, last))
    if k < 0.35 and last >= 2012:
        return fill(frame, *us_short_slot(rng, first, last))
    if k < 0.42:
        return fill(frame, *short_suffix_slot(rng, first, last))
    if k < 0.46:
        return fill(frame, *dotted_slot(rng, first, last))
    if k < 0.5:
        return fill(frame, *iso_slot(rng, first, last))
    if k < 0.55:
        return fill(frame, *weekday_short_slot(rng, first, last))
    if k < 0.6 and first >= 2024:
        return fill(frame, *weekday_the_slot(rng))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25 if first >= 2024 else 0.0))


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = [("The great storm struck the coast in {X}.", 1700, 1990),
               ("Oil was first struck in the field in {X}.", 1859, 1975),
               ("The power station was commissioned in {X}.", 1956, 1995),
               ("The yard launched its last liner in {X}.", 1900, 1970),
               ("The mill wove its last bolt of cloth in {X}.", 1900, 1990),
               ("The organ in the west gallery was rebuilt in {X}.", 1700, 1990),
               ("Her great-grandparents left Bergen for America in {X}.", 1820, 1930),
               ("The colony issued its first adhesive stamps in {X}.", 1847, 1870)]
FROM_FRAMES = [("The motorcycle was made from {X}.", 1920, 1960),
               ("The bomber served with the squadron from {X}.", 1940, 1975)]
BETWEEN_FRAMES = ["The ice shelf thinned sharply between {X}.",
                  "The shipyard built oil tankers between {X}."]
TARGET_FRAMES = [("The country has pledged to reach net zero by {X}.", [2040, 2045, 2050]),
                 ("The new reactors should be feeding the grid by {X}.", [2031, 2033, 2035])]
SEASON_FRAMES = ["The snooker tour's {X} season starts in June.",
                 "The fencing federation's {X} rankings are out."]
SINCE_FRAMES = ["He has collected stamps since {X}.", "She has sung in the choir since {X}."]
MODERN_FRAMES = ["Offshore wind really took off in {X}.",
                 "Small modular reactors could be common by {X}."]
CIRCA_FRAMES = [("The sampler in the glass case was stitched {X}.", 1760, 1860),
                ("The silver shilling in the tray dates from {X}.", 1700, 1820)]
ERA_FRAMES = [("The oldest coin in the collection dates from about {X}.", "BC"),
              ("The bronze arrowheads in the case date from about {X}.", "AD")]
# Ages from ice cores: (frame, the thousands of years that fit it)
KA_FRAMES = [("The last ice age was at its coldest about {X}.", [19, 20, 21, 26]),
             ("The ice at the bottom of the core fell as snow about {X}.",
              [400, 720, 740, 800])]


def ka_slot(rng, numbers) -> tuple[str, list[str]]:
    """Thousands of years ago as climate scientists write them: "21 ka", "800 kya" ("eight
    hundred thousand years ago")."""
    n = pick(rng, numbers)
    unit = pick(rng, [" ka", "ka", " kya", " ka", " thousand years ago"])
    return f"{n}{unit}", [f"{c} thousand years ago" for c in cards(n)]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(4, 25)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.14:
        a = rng.randint(1952, 2010)
        b = a + rng.randint(2, 9)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.19:
        frame, years = TARGET_FRAMES[i]
        y = pick(rng, years)
        return fill(frame, str(y), year_readings(y))
    if k < 0.24:
        return fill(SEASON_FRAMES[i], *tax_year_slot(rng))
    if k < 0.29:
        return fill(SINCE_FRAMES[i], *class_slot(rng))
    if k < 0.34:
        if i == 1:
            return fill(MODERN_FRAMES[1], *pick(rng, FUTURE_DECADES))
        return fill(MODERN_FRAMES[0], *modern_decade(rng))
    if k < 0.4:
        frame, first, last = CIRCA_FRAMES[i]
        return fill(frame, *circa_slot(rng, first, last))
    if k < 0.46:
        frame, era = ERA_FRAMES[i]
        return fill(frame, *era_slot(rng, era))
    if k < 0.52:
        frame, numbers = KA_FRAMES[i]
        return fill(frame, *ka_slot(rng, numbers))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.62:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): Newfoundland's oil fields, Greenland's ice, St Pierre and Miquelon and
# Chile's Antarctic flights.
ZONES = [("WGST", ["W G S T", "West Greenland Summer Time"]),
         ("EGT", ["E G T", "East Greenland Time"]),
         ("PMST", ["P M S T", "Saint Pierre and Miquelon Standard Time",
                   "Pierre and Miquelon Standard Time"]),
         ("CLST", ["C L S T", "Chile Summer Time"])]
# Antarctic stations' zones, given with 24-hour times.
ZONES_24 = [("DAVT", ["D A V T", "Davis Time"]), ("MAWT", ["M A W T", "Mawson Time"]),
            ("VOST", ["V O S T", "Vostok Time"]), ("SYOT", ["S Y O T", "Syowa Time"])]
# (frame, the half of the day that fits it, or None for either)
TIME_FRAMES = [("The red weather warning comes into force at {X}.", None),
               ("The helicopter to the platform leaves at {X}.", "AM"),
               ("The organ recital in the cathedral nave starts at {X}.", "PM"),
               ("Choir practice in the vestry begins at {X}.", "PM"),
               ("The county record office opens at {X}.", "AM"),
               ("The coin auction starts at {X}.", None),
               ("The classic car run sets off at {X}.", "AM"),
               ("The museum's Lightning will taxi at {X}.", "PM"),
               ("The salle opens for free fencing at {X}.", "PM"),
               ("Shooting on the range stops at {X}.", "PM"),
               ("The afternoon session at the Crucible starts at {X}.", "PM"),
               ("The betting shop opens at {X}.", "AM"),
               ("The lottery draw is shown at {X}.", "PM"),
               ("The shipyard's hooter sounds at {X}.", None)]
ZONE_FRAMES = ["The iceberg was sighted from the platform at {X}.",
               "The live stream of the launch begins at {X}.",
               "The glacier camp's satellite call is booked for {X}.",
               "The storm's eye passed over the islands at {X}."]
ZULU_FRAMES = ["The next weather balloon goes up at {X}.",
               "The model run was started at {X}."]
HRS_FRAMES = ["The crew helicopter lifted off from the rig at {X}.",
              "The museum's Hunter made its last sortie at {X}."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. WGST") or 24-hour ("14:35 DAVT")."""
    return zone_slot_r120(rng, zones=ZONES, zones_24=ZONES_24)


def zulu_slot(rng) -> tuple[str, list[str]]:
    """A time in Universal Time as forecasters and pilots write it: "12Z" ("twelve zulu",
    "twelve hundred zulu"), "00Z" ("zero zero zulu"), "1430Z" ("fourteen thirty zulu")."""
    zulu = ("zulu", "Z")
    if rng.random() < 0.45:
        h = pick(rng, [0, 6, 12, 18, 12])
        if h == 0:
            return "00Z", [f"{x} {z}" for x in ("zero zero", "zero hundred", "midnight")
                           for z in zulu]
        heads = [card(h), f"{card(h)} hundred"] if h >= 10 else [
            f"zero {card(h)}", f"zero {card(h)} hundred", card(h), f"{card(h)} hundred"]
        return f"{h:02d}Z", [f"{x} {z}" for x in heads for z in zulu]
    h, mi = rng.randint(1, 23), pick(rng, [0, 15, 30, 45, rng.randint(1, 59)])
    heads = [card(h)] if h >= 10 else [f"zero {card(h)}", card(h)]
    mins = "hundred" if mi == 0 else card(mi) if mi >= 10 else f"oh {card(mi)}"
    return f"{h:02d}{mi:02d}Z", [f"{x} {mins} {z}" for x in heads for z in zulu]


def clock(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    if k < 0.28:
        return fill(ZULU_FRAMES[i], *zulu_slot(rng))
    if k < 0.33:
        return fill(HRS_FRAMES[i], *hrs_slot(rng))
    frame, half = pick(rng, split(TIME_FRAMES, part))
    if k < 0.4 and half != "PM":
        return fill(frame, *early_slot(rng))
    if k < 0.45 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.5 and half != "AM":
        if half == "PM":
            h = rng.randint(2, 9)
            return fill(frame, f"{h} o'clock", [f"{card(h)} o'clock"])
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

RETAIL_FRAMES = [("A stock book for stamps costs {X}.", 8, 30),
                 ("A dozen carbon arrows cost {X}.", 90, 250),
                 ("The recital programme is {X}.", 3, 6),
                 ("A hard case for a snooker cue costs {X}.", 30, 90),
                 ("A pattern for the tea dress is {X}.", 9, 18),
                 ("A rain gauge from the garden shop costs {X}.", 8, 25)]
BARREL_FRAMES = ["Brent crude closed at {X}.", "US crude settled at {X}."]
THERM_FRAMES = ["Wholesale gas for next winter is trading at {X}.",
                "The day-ahead gas price jumped to {X}."]
MWH_FRAMES = ["The wind farm's contract pays {X}.", "Power for next year is selling at {X}."]
METRE_FRAMES = ["The Harris tweed costs {X}.", "Cotton lawn from the market stall is {X}."]
HOUR_FRAMES = ["A private lesson with the fencing master is {X}.",
               "The organ teacher charges {X}."]
HEAD_FRAMES = ["Entry to the bowls drive is {X}.", "The choir's cream tea is {X}."]
ATTR_FRAMES = [("He placed {a} {X} accumulator on the weekend's matches.", "£", "pound",
                [2, 5, 10, 8, 11, 20, 18]),
               ("Every visitor to the coin show gets {a} {X} voucher.", "$", "dollar",
                [5, 8, 10, 11, 15, 20])]
VAT_FRAMES = ["The industrial overlocker costs {X}.", "The new compound bow is {X}."]
SHILLING_FRAMES = ["The census shows the weaver earning {X} a week.",
                   "The churchwardens paid the organ blower {X} a quarter."]
# (code, readings of the unit, smallest and largest sum): Denmark for Greenland, Kuwait,
# Azerbaijan and Kazakhstan for oil, Guyana and Suriname for new oil fields, the Falklands
# for the polar voyages.
CODES = [("DKK", ["kroner", "Danish kroner", "krone"], 100, 20000),
         ("KWD", ["dinars", "Kuwaiti dinars"], 10, 900),
         ("AZN", ["manat", "Azerbaijani manat", "manats"], 20, 5000),
         ("KZT", ["tenge", "Kazakh tenge"], 5000, 900000),
         ("GYD", ["Guyanese dollars", "dollars"], 1000, 90000),
         ("FKP", ["Falkland Islands pounds", "Falkland pounds", "pounds"], 10, 900),
         ("SRD", ["Surinamese dollars", "dollars"], 100, 9000)]
SIGNS = [("kr ", ["kroner", "krone"], 100, 20000), ("KD ", ["dinars", "Kuwaiti dinars"], 10, 900),
         ("₸", ["tenge"], 5000, 900000), ("₼", ["manat", "manats"], 20, 5000),
         ("G$", ["Guyanese dollars", "dollars"], 1000, 90000)]
ABROAD_FRAMES = ["The guided walk on the ice cap cost us {X}.",
                 "A night in the oil town's only hotel was {X}."]
WAS_FRAMES = ["Recurve bow starter kit: was {A}, now {B}.",
              "Stamp hinges and mounts, now only {B} (was {A})."]
LARGE_MONEY_FRAMES = [("The carrier's refit cost {X}.", True),
                      ("The Mosquito sold at auction for {X}.", False),
                      ("The new wind farm will cost {X} to build.", True),
                      ("The rollover jackpot has reached {X}.", False),
                      ("Decommissioning the field will cost {X}.", True),
                      ("Her late husband's stamp collection fetched {X}.", False)]


def barrel_slot(rng) -> tuple[str, list[str]]:
    """An oil price: "$81.45 a barrel" ("eighty one dollars forty five a barrel"),
    "$79/bbl"."""
    whole = rng.randint(58, 96)
    tails = ("a barrel", "per barrel")
    if rng.random() < 0.5:
        c = rng.randint(11, 99)
        mark = pick(rng, [" a barrel", " per barrel", "/bbl", " a barrel"])
        return f"${whole}.{c}{mark}", [f"{h} {t}" for h in said_cents(whole, c, "dollars",
                                                                     "dollar", "cents")
                                       for t in tails]
    mark = pick(rng, [" a barrel", "/bbl", " per barrel", " a bbl"])
    return f"${whole}{mark}", [f"{c} dollars {t}" for c in cards(whole) for t in tails]


def therm_slot(rng) -> tuple[str, list[str]]:
    """Gas in pence a therm: "212p/therm", "98p a therm" ("ninety eight pence a therm")."""
    n = rng.randint(70, 260)
    mark = pick(rng, ["p/therm", "p a therm", "p per therm", "p/therm"])
    return f"{n}{mark}", [f"{c} {u} {t}" for c in cards(n) for u in ("pence", "p")
                          for t in ("a therm", "per therm")]


def mwh_slot(rng) -> tuple[str, list[str]]:
    """Power by the megawatt hour: "£74/MWh" ("seventy four pounds per megawatt hour")."""
    n = rng.randint(38, 140)
    mark = pick(rng, ["/MWh", " per MWh", "/MWh", " a megawatt hour"])
    return f"£{n}{mark}", [f"{c} pounds {t} megawatt hour" for c in cards(n)
                           for t in ("per", "a")]


def metre_slot(rng) -> tuple[str, list[str]]:
    """Cloth by the metre: "£14.50 a metre", "£12/m" ("twelve pounds a meter")."""
    whole = rng.randint(6, 45)
    tails = ("a meter", "per meter")
    mark = pick(rng, [" a metre", "/m", " per metre", "/metre", " a metre"])
    if rng.random() < 0.35:
        return f"£{whole}.50{mark}", [f"{h} {t}" for h in said_cents(whole, 50, "pounds",
                                                                     "pound", "pence")
                                      for t in tails]
    return f"£{whole}{mark}", [f"{c} pounds {t}" for c in cards(whole) for t in tails]


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("KWD 45", "12,000 DKK") or a sign before it
    ("kr 1,500", "₸25,000")."""
    if rng.random() < 0.65:
        code, units, lo, hi = pick(rng, CODES)
        step = 1 if hi <= 900 else 5 if hi < 10000 else 100 if hi < 100000 else 1000
        n = rng.randrange(lo, hi, step)
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units, lo, hi = pick(rng, SIGNS)
        step = 5 if hi <= 900 else 50 if hi < 10000 else 100 if hi < 100000 else 1000
        n = rng.randrange(lo, hi, step)
        written = f"{sign}{with_written(n, rng, 0.85)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.13:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.2:
        return fill(BARREL_FRAMES[i], *barrel_slot(rng))
    if k < 0.25:
        return fill(THERM_FRAMES[i], *therm_slot(rng))
    if k < 0.3:
        return fill(MWH_FRAMES[i], *mwh_slot(rng))
    if k < 0.36:
        return fill(METRE_FRAMES[i], *metre_slot(rng))
    if k < 0.4:
        return fill(HOUR_FRAMES[i], *hour_slot(rng))
    if k < 0.44:
        return fill(HEAD_FRAMES[i], *head_slot(rng))
    if k < 0.49:
        frame, sym, unit, amounts = ATTR_FRAMES[i]
        return fill(frame, *attr_prize_slot(rng, sym, unit, amounts))
    if k < 0.55:
        return fill(VAT_FRAMES[i], *vat_slot(rng))
    if k < 0.6:
        return fill(SHILLING_FRAMES[i], *shilling_slot(rng))
    if k < 0.7:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.76:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

def pressure_gen(rng, part) -> tuple[str, list[str]]:
    """Air pressure: "988 hPa" ("nine hundred and eighty eight hectopascals"), "1012mb"
    ("millibars")."""
    hpa, mb = ["hectopascals"], ["millibars"]
    return measured(rng, rng.randint(945, 1042), [(" hPa", hpa), ("hPa", hpa), (" mb", mb),
                                                  ("mb", mb), (" mbar", mb)], 0.0)


def rain_gen(rng, part) -> tuple[str, list[str]]:
    said = ["millimeters"]
    return measured(rng, rng.randint(12, 160), [("mm", said), (" mm", said),
                                                (" millimetres", said)])


def gust_gen(rng, part) -> tuple[str, list[str]]:
    return measured(rng, rng.randint(45, 110), KNOTS)


def co2_gen(rng, part) -> tuple[str, list[str]]:
    """Carbon dioxide: "424 ppm" ("four hundred and twenty four parts per million"),
    "423.9ppm"."""
    said = ["parts per million", "P P M"]
    units = [(" ppm", said), ("ppm", said), (" ppm", said)]
    if rng.random() < 0.35:
        return tenths(rng, 415, 428, units)
    return measured(rng, rng.randint(410, 430), units)


def warming_gen(rng, part) -> tuple[str, list[str]]:
    """Warming above pre-industrial: "1.5°C" ("one point five degrees Celsius", "one and a
    half degrees")."""
    return tenths(rng, 1, 2, DEGREES[:3])


def sea_gen(rng, part) -> tuple[str, list[str]]:
    said = [f"millimeters {t}" for t in ("a year", "per year")]
    return tenths(rng, 2, 4, [(" mm/yr", said), ("mm a year", said), (" mm a year", said),
                              ("mm/year", said)])


def bpd_gen(rng, part) -> tuple[str, list[str]]:
    """Oil output: "120,000 bpd" ("a hundred and twenty thousand barrels per day")."""
    said = ["barrels per day", "barrels a day", "B P D"]
    return measured(rng, rng.randrange(5000, 600000, 5000),
                    [(" bpd", said), (" barrels a day", said), (" b/d", said),
                     (" barrels per day", said)], 0.9)


def gas_field_gen(rng, part) -> tuple[str, list[str]]:
    """Gas: "2.5 bcm" ("two point five billion cubic meters"), "3.2 tcf" ("trillion cubic
    feet")."""
    if rng.random() < 0.5:
        return tenths(rng, 1, 30, [(" bcm", ["billion cubic meters"]),
                                   ("bcm", ["billion cubic meters"])])
    return tenths(rng, 1, 9, [(" tcf", ["trillion cubic feet"]),
                              ("tcf", ["trillion cubic feet"])])


def psi_gen(rng, part) -> tuple[str, list[str]]:
    said = ["pounds per square inch", "P S I"]
    return measured(rng, rng.randrange(1500, 15000, 500), [(" psi", said), ("psi", said)],
                    0.7)


def pipeline_gen(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [24, 30, 36, 42, 48, 20])
    return f"{n}{pick(rng, ['-inch', 'in', INCH, '-inch'])}", [f"{card(n)} inch"]


def output_gen(rng, part) -> tuple[str, list[str]]:
    """A plant's output: "3.2GW" ("three point two gigawatts"), "1,600MW" ("megawatts")."""
    if rng.random() < 0.5:
        return tenths(rng, 1, 4, [("GW", ["gigawatts"]), (" GW", ["gigawatts"])])
    return measured(rng, rng.randrange(300, 3300, 50), [("MW", ["megawatts"]),
                                                        (" MW", ["megawatts"])], 0.6)


def turbine_gen(rng, part) -> tuple[str, list[str]]:
    """A turbine before its noun: "a 15MW turbine" ("a fifteen megawatt")."""
    n = pick(rng, [8, 12, 14, 15, 18, 11])
    return f"{n}{pick(rng, ['MW', ' MW', '-megawatt'])}", [f"{card(n)} megawatt"]


def rotor_gen(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(150, 260)
    return f"{n}{pick(rng, ['m', ' m', '-metre'])}", [f"{c} meter" for c in attributive(n)]


def sievert_gen(rng, part) -> tuple[str, list[str]]:
    """Radiation: "1 mSv" a year ("one millisievert"), "0.3 µSv/h" ("nought point three
    microsieverts per hour")."""
    if rng.random() < 0.5:
        n = pick(rng, [1, 2, 5, 20, 1])
        unit = "millisievert" if n == 1 else "millisieverts"
        return f"{n}{pick(rng, [' mSv', 'mSv'])}", [f"{card(n)} {unit}"]
    t = rng.randint(1, 9)
    mark = pick(rng, [" µSv/h", "µSv/h", " μSv/hr"])
    return f"0.{t}{mark}", [f"{h} microsieverts {p} hour" for h in point_zero(0, card(t))
                            for p in ("per", "an")]


def hull_gen(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(120, 340)
    return f"{n}{pick(rng, ['m', '-metre', ' m'])}", [f"{c} meter" for c in attributive(n)]


def knots_gen(rng, part) -> tuple[str, list[str]]:
    return measured(rng, rng.randint(14, 32), [(" knots", ["knots"]), (" kn", ["knots"]),
                                               ("kt", ["knots"])])


def teu_gen(rng, part) -> tuple[str, list[str]]:
    """A box ship before its noun: "a 24,000 TEU ship" ("a twenty four thousand T E U")."""
    n = pick(rng, [24000, 23992, 14000, 18000, 20000, 8500])
    return f"{with_written(n, rng, 0.8)}{pick(rng, [' TEU', '-TEU', 'TEU'])}", [
        f"{c} {w}" for c in attributive(n) for w in ("T E U", "twenty foot equivalent unit")]


def fabric_gen(rng, part) -> tuple[str, list[str]]:
    return tenths(rng, 1, 4, METRES[:2] + [(" metres", ["meters"])])


def width_gen(rng, part) -> tuple[str, list[str]]:
    said = ["centimeters"]
    return measured(rng, pick(rng, [112, 140, 150, 137, 280, 90]),
                    [("cm", said), (" cm", said)])


def needle_gen(rng, part) -> tuple[str, list[str]]:
    """A machine needle by its two sizes, before its noun: "a 90/14 needle" ("a ninety
    fourteen")."""
    a, b = pick(rng, [(70, 10), (80, 12), (90, 14), (100, 16), (110, 18)])
    return f"{a}/{b}", [f"{card(a)} {card(b)}", f"{card(a)} slash {card(b)}",
                        f"{card(a)} {card(b)} size"]


def stop_gen(rng, part) -> tuple[str, list[str]]:
    """An organ stop by its pitch, before its noun: "a 32ft stop", "a 16' Bourdon" ("a
    sixteen foot")."""
    n = pick(rng, [32, 16, 8, 4, 16, 2])
    return f"{n}{pick(rng, ['ft', chr(39), '-foot', ' ft'])}", [f"{card(n)} foot"]


def engine_gen(rng, part) -> tuple[str, list[str]]:
    """An engine before its noun: "a 4½-litre" ("a four and a half litre"), "a 3.8-litre", "a
    500cc" ("a five hundred C C")."""
    k = rng.random()
    if k < 0.3:
        return f"4½{pick(rng, ['-litre', ' litre', 'L'])}", [
            f"four and a half {u}" for u in ("litre", "liter")]
    if k < 0.55:
        whole, t = pick(rng, [(4, 5), (3, 8), (6, 5), (2, 4), (3, 4)])
        return f"{whole}.{t}{pick(rng, ['-litre', ' litre', 'L'])}", [
            f"{h} {u}" for h in halves(whole, t) for u in ("litre", "liter")]
    n = pick(rng, [350, 500, 650, 1000, 500, 750])
    return f"{n}{pick(rng, ['cc', ' cc', 'cc'])}", [
        f"{c} {w}" for c in attributive(n) for w in ("C C", "cubic centimeter")]


def altitude_gen(rng, part) -> tuple[str, list[str]]:
    return measured(rng, rng.randrange(30000, 70000, 1000), FEET, 0.9)


def cold_gen(rng, part) -> tuple[str, list[str]]:
    """Polar cold: "-56°C" ("minus fifty six degrees Celsius")."""
    n = rng.randint(18, 62)
    sign = pick(rng, ["-", "−", "-", "minus "])
    sym, words = pick(rng, DEGREES)
    heads = ["minus"] if sign == "minus " else ["minus", "negative"]
    return f"{sign}{n}{sym}", [f"{m} {card(n)} {w}" for m in heads for w in words]


def nautical_gen(rng, part) -> tuple[str, list[str]]:
    said = ["nautical miles"]
    return measured(rng, rng.randrange(300, 2600, 10), [(" nmi", said), (" nautical miles", said),
                                                        (" NM", said)], 0.7)


def sledge_gen(rng, part) -> tuple[str, list[str]]:
    n = rng.randrange(60, 180, 5)
    return f"{n}{pick(rng, ['kg', ' kg', '-kilo'])}", [
        f"{c} {u}" for c in attributive(n) for u in ("kilogram", "kilo")]


def screw_gen(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [10, 13, 16, 19, 22])
    return f"{n}{pick(rng, ['cm', ' cm', 'cm'])}", [f"{card(n)} centimeter"]


def bow_gen(rng, part) -> tuple[str, list[str]]:
    """A bow by its draw weight, before its noun: "a 40lb bow" ("a forty pound")."""
    n = rng.randint(24, 60)
    return f"{n}{pick(rng, ['lb', 'lb', ' lb', '#', 'lbs'])}", [f"{card(n)} pound"]


def face_gen(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [122, 80, 60, 40, 122])
    return f"{n}{pick(rng, ['cm', ' cm'])}", [f"{c} centimeter" for c in attributive(n)]


def pellet_gen(rng, part) -> tuple[str, list[str]]:
    """An air rifle by its calibre, before its noun: "a 4.5mm" ("a four point five
    millimeter"), "a 5.5mm"."""
    whole = pick(rng, [4, 5, 4])
    return f"{whole}.5{pick(rng, ['mm', ' mm'])}", [f"{h} millimeter" for h in halves(whole, 5)]


def table_gen(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [12, 10, 12, 6])
    return f"{n}{pick(rng, ['ft', '-foot', ' ft', chr(39)])}", [f"{card(n)} foot"]


# (frame, generator of (written, readings)); dev takes the even ones, held-out the odd ones.
MEASURE_FRAMES = [
    ("Pressure at the centre of the low fell to {X}.", pressure_gen),
    ("The hill station recorded {X} of rain in a day.", rain_gen),
    ("Gusts reached {X} at the headland overnight.", gust_gen),
    ("Carbon dioxide at the observatory averaged {X} in May.", co2_gen),
    ("The world has already warmed by about {X}.", warming_gen),
    ("Sea level along the coast is rising by {X}.", sea_gen),
    ("The new field should pump {X} at its peak.", bpd_gen),
    ("The discovery is thought to hold {X} of gas.", gas_field_gen),
    ("The well was tested at {X}.", psi_gen),
    ("The gas comes ashore through {a} {X} pipeline.", pipeline_gen),
    ("The power station's output is {X}.", output_gen),
    ("Each tower carries {a} {X} turbine.", turbine_gen),
    ("The prototype has {a} {X} rotor.", rotor_gen),
    ("Readings at the fence were {X}.", sievert_gen),
    ("The yard has finished {a} {X} hull for the navy.", hull_gen),
    ("The new ferry will cruise at {X}.", knots_gen),
    ("The yard has an order for {a} {X} container ship.", teu_gen),
    ("You will need {X} of cotton for the skirt.", fabric_gen),
    ("The quilting cotton comes in a width of {X}.", width_gen),
    ("Sew the denim with {a} {X} needle.", needle_gen),
    ("The pedal division has {a} {X} stop.", stop_gen),
    ("He drove {a} {X} Bentley in the rally.", engine_gen),
    ("The spy plane cruised at {X}.", altitude_gen),
    ("The temperature at the camp fell to {X}.", cold_gen),
    ("The voyage to the ice edge was {X}.", nautical_gen),
    ("Each skier pulled {a} {X} sledge.", sledge_gen),
    ("Place {a} {X} ice screw at the belay.", screw_gen),
    ("She shoots {a} {X} recurve bow.", bow_gen),
    ("Seniors shoot at {a} {X} target face.", face_gen),
    ("The junior club uses {a} {X} air rifle.", pellet_gen),
    ("The club has bought {a} {X} table for the back room.", table_gen),
    ("Outdoor rounds are shot at {X}.", lambda rng, part: measured(
        rng, pick(rng, [70, 50, 90, 60, 30]), METRES[:2])),
]
WINGSPAN_FRAMES = ["The bomber's wingspan is {X}.", "The fencer stands {X} in his socks."]
MACH_FRAMES = ["The interceptor could reach {X}.", "The jet on the plinth once flew at {X}."]


def span_slot(rng, part) -> tuple[str, list[str]]:
    """Feet and inches: "99ft 5in" ("ninety nine feet five inches", "ninety nine foot five");
    a height, "6ft 3in", "6' 3\"" ("six foot three")."""
    ft = rng.randint(60, 110) if part == "dev" else rng.randint(5, 6)
    i = rng.randint(1, 11)
    written = pick(rng, [f"{ft}ft {i}in", f"{ft}' {i}{INCH}", f"{ft} ft {i} in",
                         f"{ft}ft {i}in"])
    a, b = card(ft), card(i)
    inches = "inch" if i == 1 else "inches"
    said = [f"{a} {f} {b}" for f in ("foot", "feet")] + \
        [f"{a} {f}{j} {b} {inches}" for f in ("foot", "feet") for j in ("", " and")]
    return written, said


def mach_slot(rng) -> tuple[str, list[str]]:
    """A speed as a Mach number: "Mach 2.2" ("Mach two point two")."""
    whole, t = pick(rng, [(2, 2), (1, 6), (2, 5), (3, 2), (1, 8), (2, 0)])
    if t == 0:
        return "Mach 2", ["Mach two"]
    return f"Mach {whole}.{t}", [f"Mach {h}" for h in halves(whole, t)]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.07:
        return fill(WINGSPAN_FRAMES[i], *span_slot(rng, part))
    if k < 0.13:
        return fill(MACH_FRAMES[i], *mach_slot(rng))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

PERCENT_FRAMES = [("Relative humidity at the station fell to {X}.", 10, 40, False),
                  ("Wind supplied {X} of the country's electricity last year.", 18, 45, True),
                  ("The field's recovery factor is about {X}.", 20, 50, False),
                  ("The fuel pellets are enriched to {X}.", 3, 5, True),
                  ("Orders at the shipyard are up {X} on last year.", 5, 30, False),
                  ("The jacket is {X} wool.", 60, 98, False),
                  ("Subscriptions to the family history site rose {X}.", 5, 25, False),
                  ("The value of the gold sovereign has risen {X} in a decade.", 20, 90, False),
                  ("She hit the gold with {X} of her arrows.", 30, 70, False),
                  ("His long-pot success rate this season is {X}.", 85, 97, True),
                  ("Takings at the betting shop fell {X} in the quarter.", 2, 15, True),
                  ("Only {X} of the expedition budget went on food.", 5, 20, False)]
CHANCE_FRAMES = ["There is {a} {X} chance of rain on Saturday.",
                 "There is {a} {X} chance of a white Christmas this year."]
COTTON_FRAMES = ["The quilt backing is {X} cotton.", "The tablecloth is {X} linen."]
PLUS_FRAMES = ["Shares in the oil major closed {X}.", "The reactor builder's shares ended {X}."]
MINUS_FRAMES = ["Wool prices changed by {X} in the quarter.",
                "Stamp auction totals changed by {X} on the year."]
POINTS_FRAMES = [("Support for the new reactor fell {X} points in the poll.", 2, 12),
                 ("The share of power from coal dropped {X} percentage points.", 1, 6)]
TOLERANCE_FRAMES = ["The rain gauge is accurate to {X}.", "The flow meter reads within {X}."]


def chance_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [10, 20, 30, 40, 60, 70, 80, 90, 5, 15])
    return f"{n}{pick(rng, ['%', '%', ' per cent', '%'])}", [f"{card(n)} percent"]


def cotton_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [100, 100, 60, 80, 55])
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{c} percent" for c in cards(n)]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(CHANCE_FRAMES[i], *chance_slot(rng))
    if k < 0.17:
        return fill(COTTON_FRAMES[i], *cotton_slot(rng))
    if k < 0.23:
        return fill(TOLERANCE_FRAMES[i], *tolerance_slot(rng))
    if k < 0.3:
        return fill(PLUS_FRAMES[i], *plus_slot(rng))
    if k < 0.36:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.42:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent", "%", "pc"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

DECIMAL_FRAMES = [("The barometer in the hall stood at {X} inches.", 28, 30, 2),
                  ("The crude has an API gravity of {X}.", 22, 45, 1),
                  ("The reactor's load factor last year was {X}.", 0, 0, 2),
                  ("The stamp's catalogue value has risen to {X} pounds.", 12, 95, 2),
                  ("Her average break this season is {X}.", 28, 46, 1),
                  ("The fencer's winning touch came {X} seconds before the bell.", 0, 0, 2),
                  ("The glacier is moving {X} metres a day.", 1, 12, 1),
                  ("The bowls green runs at a speed of {X} seconds.", 11, 15, 1)]
CALIBRE_FRAMES = ["The keeper still carries {a} {X} rifle.", "The museum has {a} {X} rifle."]
SCORE_FRAMES = ["Her last shot in the air rifle final was a {X}.",
                "He needed a {X} with his final shot to win."]
ANOMALY_FRAMES = ["The ocean index stood at {X} last month.",
                  "The monthly temperature anomaly was {X}."]
FINE_FRAMES = ["The bullion coin is struck in {X} fine gold.",
               "The bar is stamped {X} fine silver."]
VERSION_FRAMES = ["The forecast model was upgraded to version {X}.",
                  "The stamp album app is now on version {X}."]
COORD_FRAMES = ["The research station lies at {X}.", "The expedition's last camp was at {X}."]


def calibre_slot(rng, part) -> tuple[str, list[str]]:
    """A calibre before its noun: ".22" ("point two two", "twenty two"), ".303" ("three oh
    three", "point three oh three")."""
    v = pick(rng, ["22", "303", "22", "303"] if part == "dev" else ["22", "243", "308", "177"])
    said = [f"point {digits(v)}"] + ([digits(v)] if len(v) == 3 else [])
    if v in ("22", "243", "308"):
        said.append(card(int(v)) if v == "22" else f"{card(int(v[0]))} {card(int(v[1:]))}")
    return f".{v}", list(dict.fromkeys(said))


def shot_slot(rng) -> tuple[str, list[str]]:
    """A decimal score: "10.9", "9.8" ("ten point nine")."""
    whole = pick(rng, [10, 10, 9])
    t = rng.randint(1, 9) if whole == 9 else rng.randint(0, 9)
    if t == 0:
        return "10.0", ["ten point zero", "ten point nought", "ten point oh"]
    return f"{whole}.{t}", [f"{card(whole)} point {card(t)}"]


def anomaly_slot(rng) -> tuple[str, list[str]]:
    """A signed index: "+0.8" ("plus nought point eight"), "-1.3" ("minus one point
    three")."""
    whole, t = rng.randint(0, 2), rng.randint(1, 9)
    sign, words = pick(rng, [("+", ["plus"]), ("-", ["minus", "negative"]),
                             ("−", ["minus", "negative"])])
    heads = point_zero(whole, card(t)) if whole == 0 else [f"{card(whole)} point {card(t)}"]
    return f"{sign}{whole}.{t}", [f"{w} {h}" for w in words for h in heads]


def fine_slot(rng) -> tuple[str, list[str]]:
    """A fineness: ".999" ("point nine nine nine"), "999.9" ("nine nine nine point nine")."""
    v = pick(rng, [".999", ".9999", ".925", ".999"])
    return v, [f"point {digits(v[1:])}"]


def coord_slot(rng, part) -> tuple[str, list[str]]:
    """A position in decimal degrees: "78.2232° N, 15.6267° E" ("seventy eight point two two
    three two degrees north, ...")."""
    if part == "dev":
        lat, lon = (rng.randint(74, 80), "N", "north"), (rng.randint(11, 28), "E", "east")
    else:
        lat, lon = (rng.randint(64, 78), "S", "south"), (rng.randint(20, 70), "W", "west")
    out_w, out_s = [], []
    for whole, letter, word in (lat, lon):
        frac = f"{rng.randint(0, 999):03d}{rng.randint(1, 9)}"
        gap = pick(rng, [" ", "", " "])
        out_w.append(f"{whole}.{frac}°{gap}{letter}")
        out_s.append([f"{c} point {d} degrees {word}" for c in cards(whole)
                      for d in zero_variants(digits(frac))])
    return ", ".join(out_w), [f"{a}, {b}" for a in out_s[0] for b in out_s[1]]


def places_slot(rng, lo: int, hi: int, most: int) -> tuple[str, list[str]]:
    whole = rng.randint(lo, hi)
    n = rng.randint(1, most)
    frac = "".join(str(rng.randint(0, 9)) for _ in range(n - 1)) + str(rng.randint(1, 9))
    return f"{whole}.{frac}", point_digits(whole, frac)


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(CALIBRE_FRAMES[i], *calibre_slot(rng, part))
    if k < 0.2:
        return fill(SCORE_FRAMES[i], *shot_slot(rng))
    if k < 0.28:
        return fill(ANOMALY_FRAMES[i], *anomaly_slot(rng))
    if k < 0.34:
        return fill(FINE_FRAMES[i], *fine_slot(rng))
    if k < 0.4:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    if k < 0.48:
        return fill(COORD_FRAMES[i], *coord_slot(rng, part))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *places_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["For the latest marine forecast, ring {X}.",
                "The rig's onshore support desk is on {X}.",
                "To book a tour of the power station, call {X}.",
                "The shipyard's visitor centre can be reached on {X}.",
                "For sewing machine repairs, phone {X}.",
                "To hear the choir's concert details, ring {X}.",
                "The county record office's search room is on {X}.",
                "To sell your coins or medals, call the valuer on {X}.",
                "The air museum's group bookings line is {X}.",
                "The archery club's secretary is on {X}."]
SHORT_LINES = [("For the National Gambling Helpline, call {X}.", "0808 8020 133",
                ["zero eight zero eight eight zero two zero one three three"]),
               ("To report flooding, ring Floodline on {X}.", "0345 988 1188",
                ["zero three four five nine eight eight one one eight eight"]),
               ("In the US, anyone worried about their betting can call {X}.", "1-800-GAMBLER",
                ["one eight hundred gambler", "one eight zero zero gambler"]),
               ("If someone is in trouble on the cliffs, dial {X} and ask for the coastguard.",
                "999", ["nine nine nine", "triple nine"])]
TEXT_FRAMES = ["Text {X} to give five pounds to the shipyard heritage trust.",
               "To give three pounds to the organ appeal, text {X}."]
KEYWORDS = ["KEEL", "PIPES", "RIVET", "DIAPASON"]
# (country code, readings after "plus", groups, the digits the number opens with): Iceland,
# the Falklands, Azerbaijan, Kuwait, Guyana, Suriname, Denmark, Brunei and Kazakhstan.
ABROAD = [("354", ["three five four"], (3, 4), "8"),
          ("500", ["five zero zero", "five hundred"], (5,), "5"),
          ("994", ["nine nine four"], (2, 3, 2, 2), "5"),
          ("965", ["nine six five"], (4, 4), "6"),
          ("592", ["five nine two"], (3, 4), "6"),
          ("597", ["five nine seven"], (3, 4), "8"),
          ("45", ["four five", "forty five"], (2, 2, 2, 2), "2"),
          ("673", ["six seven three"], (3, 4), "8"),
          ("7", ["seven"], (3, 3, 2, 2), "70")]


def text_slot(rng) -> tuple[str, list[str]]:
    return text_slot_r112(rng, keywords=KEYWORDS)


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


def phone(rng, part):
    k = rng.random()
    if k < 0.1:
        frame, written, said = pick(rng, split(SHORT_LINES, part))
        return fill(frame, written, [v for s in said for v in zero_variants(s)])
    if k < 0.16:
        return fill(TEXT_FRAMES[0 if part == "dev" else 1], *text_slot(rng))
    frame = pick(rng, split(PHONE_FRAMES, part))
    if k < 0.36:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.42:
        return fill(frame, *extension_slot(rng))
    if k < 0.6:
        return fill(frame, *uk5_slot(rng))
    if k < 0.72:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Almost {X} of the sea ice was lost that summer.",
                   "About {X} of the field's gas has already been produced.",
                   "Nearly {X} of the yard's workers are apprentices.",
                   "Roughly {X} of the quilt is hand-stitched.",
                   "Over {X} of the choir are sopranos.",
                   "Around {X} of the parish registers are now online.",
                   "Almost {X} of the museum's aircraft are kept outside.",
                   "About {X} of the club's members shoot longbow."]
ODDS_FRAMES = ["The favourite is {X} to win the title.",
               "She backed the outsider at {X}."]
LOTTERY_FRAMES = ["The odds of winning the jackpot are {X}.",
                  "The chance of matching all six numbers is {X}."]
ONE_IN_FRAMES = ["Roughly {X} adults play the lottery every week.",
                 "About {X} homes in the valley are at risk of flooding."]
SEAM_FRAMES = ["Sew with {a} {X} seam allowance.", "Turn up {a} {X} hem on the sleeves."]
YARD_FRAMES = ["The pattern calls for {X} of fabric.", "You will need {X} of lining."]
MUTATION_FRAMES = ["The little organ has {a} {X} Nazard.", "The swell box has {a} {X} stop."]
HERITAGE_FRAMES = ["The test says he is {X} Norwegian.", "She found out she was {X} Scottish."]
PIPE_MILES_FRAMES = ["The export pipeline runs for {X} miles.",
                     "The sledge route to the depot is {X} miles."]
DILUTE_FRAMES = ["Mix the fabric dye {X} with warm water.",
                 "Dilute the de-icer {X} before spraying."]
ODDS = [("5/1", ["five to one"]), ("11/4", ["eleven to four"]), ("7/2", ["seven to two"]),
        ("100/1", ["a hundred to one", "one hundred to one"]), ("9/4", ["nine to four"]),
        ("6/4", ["six to four"]), ("13/8", ["thirteen to eight"]),
        ("33/1", ["thirty three to one"]),
        ("2/1", ["two to one"]), ("evens", ["evens"])]


def odds_slot(rng) -> tuple[str, list[str]]:
    written, said = pick(rng, ODDS[:-1])
    if rng.random() < 0.15:
        a, b = written.split("/")
        written = f"{a}-{b}"
    return written, said


def lottery_slot(rng) -> tuple[str, list[str]]:
    """Long odds: "1 in 14 million", "1 in 45,057,474"."""
    if rng.random() < 0.7:
        n = pick(rng, [14, 45, 139, 292, 302, 13])
        return f"1 in {n} million", [f"one in {c} million" for c in cards(n)]
    n = pick(rng, [45057474, 13983816, 139838160])
    return f"1 in {n:,}", [f"one in {c}" for c in cards(n)]


def seam_slot(rng) -> tuple[str, list[str]]:
    """A seam allowance before its noun: "⅝in" ("five eighths inch"), "1/4\"" ("quarter
    inch"), "1.5cm" ("one point five centimeter", "one and a half")."""
    if rng.random() < 0.25:
        return f"1.5{pick(rng, ['cm', ' cm'])}", ["one point five centimeter",
                                                  "one and a half centimeter"]
    glyph, slash, said = pick(rng, [("⅝", "5/8", ["five eighths inch", "five eighth inch"]),
                                    ("⅝", "5/8", ["five eighths inch", "five eighth inch"]),
                                    ("½", "1/2", ["half inch", "one half inch"]),
                                    ("¼", "1/4", ["quarter inch", "one quarter inch"]),
                                    ("⅜", "3/8", ["three eighths inch", "three eighth inch"])])
    num = glyph if rng.random() < 0.6 else slash
    return f"{num}{pick(rng, ['in', INCH, '-inch', ' inch'])}", said


def yard_slot(rng) -> tuple[str, list[str]]:
    """Cloth in yards: "1½ yards" ("one and a half yards"), "¾ yard" ("three quarters of a
    yard")."""
    k = rng.random()
    if k < 0.25:
        num = pick(rng, ["¾", "3/4"])
        return f"{num} {pick(rng, ['yard', 'yd'])}", ["three quarters of a yard",
                                                      "three quarter yard",
                                                      "three quarters of a yard"]
    whole = rng.randint(1, 4)
    part, said = pick(rng, [("½", "a half"), ("¼", "a quarter"), ("¾", "three quarters")])
    unit = pick(rng, [" yards", " yds", " yards"])
    heads = [f"{card(whole)} and {said}"]
    if said == "three quarters":
        heads.append(f"{card(whole)} and three quarter")
    return f"{whole}{part}{unit}", [f"{h} yards" for h in heads]


def mutation_slot(rng) -> tuple[str, list[str]]:
    """An organ mutation by its pitch, before its noun: "2⅔ ft" ("two and two thirds
    foot"), "1⅗'", "1⅓ft"."""
    num, said = pick(rng, [("2⅔", "two and two thirds"), ("1⅗", "one and three fifths"),
                           ("1⅓", "one and a third"), ("2⅔", "two and two thirds"),
                           ("2 2/3", "two and two thirds"), ("5⅓", "five and a third")])
    return f"{num}{pick(rng, [' ft', chr(39), 'ft', '-foot'])}", [f"{said} foot"]


def heritage_slot(rng) -> tuple[str, list[str]]:
    return pick(rng, [("⅛", ["an eighth", "one eighth"]), ("¼", ["a quarter", "one quarter"]),
                      ("1/8", ["an eighth", "one eighth"]), ("1/16", ["a sixteenth",
                                                                     "one sixteenth"]),
                      ("3/8", ["three eighths"]), ("½", ["half", "one half"])])


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(ODDS_FRAMES[i], *odds_slot(rng))
    if k < 0.18:
        return fill(LOTTERY_FRAMES[i], *lottery_slot(rng))
    if k < 0.25:
        return fill(SEAM_FRAMES[i], *seam_slot(rng))
    if k < 0.31:
        return fill(YARD_FRAMES[i], *yard_slot(rng))
    if k < 0.37:
        return fill(MUTATION_FRAMES[i], *mutation_slot(rng))
    if k < 0.42:
        return fill(HERITAGE_FRAMES[i], *heritage_slot(rng))
    if k < 0.48:
        return fill(PIPE_MILES_FRAMES[i], *mixed_number_slot(rng, 2, 300, 3))
    if k < 0.53:
        return fill(DILUTE_FRAMES[i], *dilute_slot(rng))
    if k < 0.58:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
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

# (name, the numerals it took, the title it is given): kings of Sweden and Denmark whose names
# polar lands and charts took, a king of Italy who collected coins, a prince of Monaco who
# sailed to Svalbard, a pope of the chant, an emperor of Austria and a German kaiser of the
# Arctic archipelagos and navy yards, a king of Romania of its oil fields, a king of the French
# of Antarctica's coast and a king of England of the archers' statutes.
RULERS = [("Oscar", [2], "King"), ("Victor Emmanuel", [3], "King"),
          ("Albert", [1], "Prince"), ("Christian", [10], "King"),
          ("Eric", [14], "King"), ("Gregory", [1], "Pope"),
          ("Franz Joseph", [1], "Emperor"), ("Ferdinand", [1], "King"),
          ("Valdemar", [4], "King"), ("Frederick", [6], "King"),
          ("Edward", [3], "King"), ("Wilhelm", [1], "Kaiser"),
          ("Gustaf", [5], "King"), ("Louis Philippe", [1], "King")]
REGNAL_FRAMES = ["The first oil wells in the valley were sunk in the reign of {X}.",
                 "A groat of {X} was found under the vestry floor.",
                 "The Arctic archipelago was named after {X}.",
                 "Her family tree goes back to a courtier of {X}.",
                 "The abbey's first organ was a gift from {X}.",
                 "The stamp shows {X} in naval uniform.",
                 "Every town had to have archery butts under {X}.",
                 "The choir's oldest chant book dates from the time of {X}.",
                 "The expedition's ship was paid for by {X}.",
                 "The coin collection once belonged to {X}."]
# Series numbered in Roman numerals: (the series as written, as said, the numbers it takes,
# other readings of the numeral, dev and held frames).
SERIES = [("Morgan Plus Four Series", "Morgan Plus Four Series", [2, 4, 5], None,
           ["He restored a {X} in his garage.", "A {X} led the procession to the show."]),
          ("Sprite Mk", "Sprite Mark", [2], None,
           ["Her grandfather drove a {X} to his wedding.", "A {X} won the concours."]),
          ("Hillman Minx Series", "Hillman Minx Series", [3, 5, 6], None,
           ["The classic car club has a {X} for sale.", "A {X} was his first car."]),
          ("Mosquito Mk", "Mosquito Mark", [6, 4, 16], None,
           ["The museum's {X} flies at the summer show.",
            "A {X} is being rebuilt in the hangar."]),
          ("Norton Commando Mk", "Norton Commando Mark", [3], None,
           ["He rode a {X} to the rally.", "Next month's sale features a {X}."]),
          ("Neumayer Station", "Neumayer Station", [3], None,
           ["The scientists wintered at {X}.", "{X} stands on stilts above the ice shelf."]),
          ("TIROS", "TIROS", [1], None,
           ["The first weather pictures from space came from {X}.",
            "A model of {X} hangs in the museum."]),
          ("Generation", "Generation", [4], None,
           ["The lab is working on {X} reactors.", "{X} designs may burn spent fuel."])]
EVENT_FRAMES = [("Collectors from forty countries came to the {X} International Numismatic "
                 "Congress.", [15, 16]),
                ("The fencer won bronze at the {X} Olympic Games.", [32, 33])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.45 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def series_slot(rng, part) -> tuple[str, str]:
    name, said, numbers, extra, frames = pick(rng, SERIES)
    n = pick(rng, numbers)
    frame = frames[0 if part == "dev" else 1]
    dot = "." if "Mk" in name and rng.random() < 0.3 else ""
    written = f"{name}{dot} {to_roman(n)}"
    if frame.startswith("{X}"):
        written, said = written[0].upper() + written[1:], said[0].upper() + said[1:]
    return fill(frame, written, [f"{said} {c}" for c in [card(n)] + (extra or [])])


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.32:
        return series_slot(rng, part)
    if k < 0.4:
        frame, numbers = EVENT_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "The sewing classes are for children aged {X}.", 8, 14, 4, 1),
                ("num", "The yard will take on {X} apprentices this year.", 20, 90, 30, 10),
                ("num", "Bowls teams are made up of {X} players.", 2, 4, 2, 1),
                ("num", "The choir sings {X} anthems at each service.", 1, 3, 2, 1),
                ("mins", "Each fencing bout lasts {X}.", 3, 9, 3, 3),
                ("mins", "The organ recital lasts {X}.", 40, 60, 20, 10),
                ("pct", "Oil demand could fall {X} by the end of the decade.", 5, 15, 5, 1),
                ("pct", "Rainfall this winter could be {X} above normal.", 10, 30, 10, 5),
                ("temp", "Highs of {X} are forecast for the weekend.", 18, 30, 4, 1),
                ("temp", "Keep the stamp room at {X}.", 16, 20, 3, 1),
                ("mph", "Gusts of {X} are expected on exposed coasts.", 50, 80, 20, 5),
                ("m", "Juniors shoot at {X}.", 10, 40, 20, 10)]
BARREL_RANGE_FRAMES = ["Analysts expect Brent to trade at {X} a barrel.",
                       "The field pays its way with oil at {X} a barrel."]
COLD_RANGE_FRAMES = ["Overnight lows at the camp were {X}.",
                     "Temperatures on the plateau range from {X}."]
HOURS_FRAMES = ["The record office is open {X} on weekdays.",
                "The snooker hall is open {X} daily."]
DAYS_FRAMES = ["The air museum is open {X}.", "The fabric shop is open {X}."]
DATE_RANGE_FRAMES = ["The coin fair runs {X}.", "The organ festival takes place {X}."]
LIVED_FRAMES = ["The family farmed the valley {X}.", "The mill spun cotton {X}."]
PRICE_FRAMES = ["A set of bowls costs {X}.", "A beginner's foil costs {X}."]
SEASON_RANGE_FRAMES = ["The indoor bowls season runs {X}.",
                       "The polar cruise ships sail {X}."]


def barrel_range_slot(rng) -> tuple[str, list[str]]:
    """Oil prices: "$80-85" ("eighty to eighty five dollars"), "$70–$75"."""
    a = rng.randrange(60, 95, 5)
    b = a + pick(rng, [5, 5, 10])
    dash = pick(rng, ["-", "–"])
    second = f"${b}" if rng.random() < 0.4 else str(b)
    return f"${a}{dash}{second}", [f"{card(a)} to {card(b)} dollars",
                                   f"{card(a)} dollars to {card(b)} dollars"]


def cold_range_slot(rng) -> tuple[str, list[str]]:
    """Polar cold: "-30 to -40°C", "-25°C to -35°C" ("minus thirty to minus forty degrees
    Celsius")."""
    a = rng.randrange(15, 45, 5)
    b = a + pick(rng, [5, 10, 10])
    said = []
    for m in ("minus", "negative"):
        for u in ("degrees Celsius", "degrees"):
            said.append(f"{m} {card(a)} to {m} {card(b)} {u}")
            said.append(f"{m} {card(a)} {u} to {m} {card(b)} {u}")
    if rng.random() < 0.5:
        return f"-{a}°C to -{b}°C", said
    return f"-{a} to -{b}°C", said


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.07:
        return fill(BARREL_RANGE_FRAMES[i], *barrel_range_slot(rng))
    if k < 0.13:
        return fill(COLD_RANGE_FRAMES[i], *cold_range_slot(rng))
    if k < 0.19:
        return fill(SEASON_RANGE_FRAMES[i], *season_range_slot(rng))
    if k < 0.26:
        return fill(HOURS_FRAMES[i], *clock_range(rng, dash))
    if k < 0.32:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.38:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.44:
        return fill(LIVED_FRAMES[i], *worked_slot(rng, part))
    if k < 0.5:
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
                                               for u in CELSIUS])
    if kind == "mins":
        return fill(frame, f"{a}{dash}{b} {pick(rng, ['mins', 'minutes', 'min'])}",
                    [f"{x} to {y} minutes" for x, y in pairs])
    if kind == "mph":
        return fill(frame, f"{a}{dash}{b}{pick(rng, ['mph', ' mph'])}",
                    [f"{x} to {y} {u}" for x, y in pairs for u in MPH])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['m', ' m', 'm'])}",
                [f"{x} to {y} meters" for x, y in pairs])


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["isohyet", "psychrometer", "derrick", "wellhead", "flarestack", "nacelle", "graving",
         "overlocker", "hemstitch", "bourdon", "diapason", "forebears", "numisma", "watermark",
         "carburettor", "sidecar", "hygrograph", "sastrugi", "nunatak", "riposte", "fletching",
         "quiver", "baize", "cueball", "jackpot", "longshot", "hailstone", "keelson"]
SUBDOMAINS = ["draws", "members", "archive", "shop"]
SITE_FRAMES = [("Tonight's shipping forecast is on {X}.", "shipping-forecast"),
               ("The field's production figures are posted on {X}.", "output"),
               ("Quilting patterns can be downloaded from {X}.", "patterns"),
               ("Search the burial index at {X}.", "burials"),
               ("The museum's flying days are listed on {X}.", "flying-days"),
               ("Saturday's results are on {X}.", "results")]
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("co.uk", ["co dot u k"]),
        ("org.uk", ["org dot u k"]), ("casino", ["casino"]), ("lotto", ["lotto"]),
        ("bingo", ["bingo"]), ("gallery", ["gallery"]), ("wiki", ["wiki"]), ("fk", ["f k"]),
        ("az", ["a z"]), ("kw", ["k w"]), ("gy", ["g y"]), ("kz", ["k z"]), ("sr", ["s r"]),
        ("bn", ["b n"])]
MAIL_FRAMES = [("Send your rainfall readings to {X}.", "rainfall"),
               ("Questions about the rig go to {X}.", "offshore"),
               ("Entries for the quilt show go to {X}.", "quilts"),
               ("Requests for copies of baptism entries go to {X}.", "baptisms"),
               ("Coins for valuation can be booked through {X}.", "valuations"),
               ("Would-be choristers should email {X}.", "choristers"),
               ("Entries for the club shoot go to {X}.", "entries"),
               ("Prize claims go to {X}.", "claims")]
NAME_MAIL_FRAMES = ["The chief forecaster can be reached at {X}.",
                    "The museum's restoration manager can be contacted at {X}."]
HANDLE_FRAMES = ["Storm updates are posted by {X}.", "The yard posts its launches as {X}.",
                 "Live scores come from {X}.", "The expedition posts from the ice as {X}."]
HANDLE_TAILS = [("hq", "H Q"), ("live", "live"), ("uk", "U K"), ("team", "team")]
HASHTAGS = [("FamilyHistory", ["family history"]), ("NetZero", ["net zero"]),
            ("GaleWarning", ["gale warning"]), ("OrganRecital", ["organ recital"]),
            ("SewingBee", ["sewing bee"]), ("PolarTrek", ["polar trek"])]
HASHTAG_FRAMES = ["Share your finds using {X}.", "Share your snaps from the day with {X}."]
IP_FRAMES = ["The weather station's dashboard is at {X}.",
             "The shooting club's scoring server is at {X}."]


def web_slot(rng, part, path: str) -> tuple[str, list[str]]:
    return web_slot_r118(rng, part, path, hosts=HOSTS, subdomains=SUBDOMAINS, tlds=TLDS)


def web(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        frame, user = pick(rng, split(MAIL_FRAMES, part))
        host = pick(rng, split(HOSTS, part))
        tld, tld_said = pick(rng, TLDS)
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {t}"
                                                    for t in tld_said])
    if k < 0.29:
        first = pick(rng, split(FIRST_NAMES, part)).lower()
        sur = pick(rng, split(SURNAMES, part)).lower()
        host = pick(rng, split(HOSTS, part))
        tld, tld_said = pick(rng, TLDS)
        return fill(NAME_MAIL_FRAMES[i], f"{first}.{sur}@{host}.{tld}",
                    [f"{first} dot {sur} at {host} dot {t}" for t in tld_said])
    if k < 0.4:
        frame = pick(rng, split(HANDLE_FRAMES, part))
        host = pick(rng, split(HOSTS, part))
        if rng.random() < 0.4:
            return fill(frame, f"@{host}", [f"at {host}"])
        tail, said = pick(rng, HANDLE_TAILS)
        return fill(frame, f"@{host}_{tail}", [f"at {host} underscore {said}"])
    if k < 0.46:
        tag, words = pick(rng, split(HASHTAGS, part))
        return fill(HASHTAG_FRAMES[i], f"#{tag}", [f"hashtag {w}" for w in words])
    if k < 0.55:
        return fill(IP_FRAMES[i], *local_slot(rng))
    frame, path = pick(rng, split(SITE_FRAMES, part))
    return fill(frame, *web_slot(rng, part, path))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): oil, shipbuilding, nuclear,
# textile, weather, air museum, car museum and stamp-club towns.
CITIES = [("Midland", "TX", "797"), ("Kilgore", "TX", "756"), ("Hobbs", "NM", "882"),
          ("Bath", "ME", "045"), ("Newport News", "VA", "236"), ("Pascagoula", "MS", "395"),
          ("Groton", "CT", "063"), ("Oak Ridge", "TN", "378"), ("Richland", "WA", "993"),
          ("Los Alamos", "NM", "875"), ("Lowell", "MA", "018"), ("Fall River", "MA", "027"),
          ("Gastonia", "NC", "280"), ("Kittery", "ME", "039"), ("Hershey", "PA", "170"),
          ("Bowling Green", "KY", "421"), ("Warner Robins", "GA", "310"), ("Oil City", "PA", "163"),
          ("Bellefonte", "PA", "168"), ("Sidney", "OH", "453"), ("Utqiagvik", "AK", "997")]
# Streets named for old car makers.
STREETS = ["Packard", "Studebaker", "Duesenberg", "Hupmobile", "Stutz", "Maxwell", "Chalmers",
           "Willys", "DeSoto", "Kaiser", "Nash", "Hudson", "Reo", "Marmon", "Peerless",
           "Tucker", "Rambler", "Cord", "Graham", "Overland", "Winton", "Velie", "Jewett"]
# British oil, nuclear, shipbuilding, silk, wool and museum towns: (town, postcode area,
# district).
UK_TOWNS = [("Seascale", "CA", 20), ("Barrow-in-Furness", "LA", 14), ("Halifax", "HX", 1),
            ("Shifnal", "TF", 11), ("Beaulieu", "SO", 42), ("Leek", "ST", 13),
            ("Shipley", "BD", 18),
            ("Galashiels", "TD", 1), ("Appledore", "EX", 39), ("Wick", "KW", 1),
            ("Ellon", "AB", 41),
            ("Stonehaven", "AB", 39), ("Reay", "KW", 14), ("Wallsend", "NE", 28),
            ("Congleton", "CW", 12), ("Sawston", "CB", 22), ("Scalloway", "ZE", 1),
            ("Hebburn", "NE", 31), ("Millom", "LA", 18)]
# Streets named for cloths.
UK_STREETS = ["Calico", "Muslin", "Gingham", "Percale", "Chenille", "Seersucker", "Moleskin",
              "Flannel", "Dimity", "Tarlatan", "Bombazine", "Sateen", "Fustian", "Kersey",
              "Nankeen", "Shalloon", "Grosgrain", "Batiste", "Voile", "Georgette", "Jacquard",
              "Madras", "Marocain"]
UK_TYPES = [("Close", "Close"), ("Cl", "Close"), ("Road", "Road"), ("Rd", "Road"),
            ("Way", "Way"), ("Avenue", "Avenue"), ("Ave", "Avenue"), ("Gardens", "Gardens"),
            ("Gdns", "Gardens"), ("Place", "Place"), ("Pl", "Place"), ("Drive", "Drive"),
            ("Row", "Row"), ("Cres", "Crescent")]
# Norway's Arctic and oil towns: (town, postcode), and its streets.
NO_TOWNS = [("Tromsø", "9008"), ("Longyearbyen", "9170"), ("Hammerfest", "9600"),
            ("Kirkenes", "9900"), ("Bodø", "8006"), ("Stavanger", "4006"),
            ("Ålesund", "6002"), ("Harstad", "9405")]
NO_STREETS = ["Storgata", "Strandgata", "Sjøgata", "Havnegata", "Skippergata", "Fjordgata",
              "Kirkegata", "Grønnegata"]
ADDRESS_FRAMES = [("Rainfall cards can be posted to {X}.", True),
                  ("The new fabric shop is at {X}.", False),
                  ("Send your coins for grading to {X}.", True),
                  ("The choir rehearses at {X}.", False),
                  ("The classic car restorer is at {X}.", False),
                  ("Pedigree charts can be sent to {X}.", True),
                  ("The archery club's indoor range is at {X}.", False),
                  ("Prize claim forms should be posted to {X}.", True)]


def us_address(rng, part, box: bool) -> tuple[str, list[str]]:
    return us_address_r114(rng, part, box, cities=CITIES, streets=STREETS)


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Calico Close, Peterhead AB42 2HT", the postcode's letters one by
    one and its district as a number or digit by digit; a flat or a unit now and then."""
    return uk_address_r120(rng, part, towns=UK_TOWNS, streets=UK_STREETS, types=UK_TYPES)


def no_address(rng, part) -> tuple[str, list[str]]:
    """A Norwegian address: "Storgata 12, 9008 Tromsø", the house number after the street and
    the postcode, digit by digit, before the town."""
    town, code = pick(rng, split(NO_TOWNS, part))
    n = rng.randint(2, 99)
    name = pick(rng, split(NO_STREETS, part))
    return (f"{name} {n}, {code} {town}",
            [f"{name} {card(n)}, {c} {town}" for c in zero_variants(digits(code))])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    k = rng.random()
    if k < 0.5:
        return fill(frame, *us_address(rng, part, box))
    if k < 0.85:
        return fill(frame, *uk_address(rng, part))
    return fill(frame, *no_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Haugland", "Abrahamsen", "Kvalheim", "Sigurdsson", "Thorsrud", "Eliassen",
            "Sandvik", "Gudmundsdottir", "Vatnaland", "Fjeldstad", "Brekke", "Ingebrigtsen",
            "Pendragon", "Trevaskis", "Polglase", "Tregenza", "Trewhella", "Kitto",
            "Rowe-Jago", "Carlyon", "Hocking", "Retallick", "Menhennick", "Roskilly"]
WOMEN = ["Solveig", "Ragnhild", "Astrid", "Wenna", "Gunvor", "Senara", "Liv", "Sigrun"]
MEN = ["Torstein", "Hedrek", "Halvard", "Peran", "Sindre", "Tristan", "Arne", "Jago", "Audun",
       "Jowan"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings, the names it goes with: women, men or either)
TITLES = [("Sqn Ldr", ["Squadron Leader"], None), ("Wg Cdr", ["Wing Commander"], None),
          ("Flt Lt", ["Flight Lieutenant"], None), ("Gp Capt", ["Group Captain"], None),
          ("Cdr", ["Commander"], None), ("Flt. Lt.", ["Flight Lieutenant"], None)]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} opened the new weather radar on Friday.",
                "The prize for the best quilt went to {X}.",
                "{X} will lead the tour of the reactor hall.",
                "Tonight's talk on old parish registers is by {X}.",
                "{X} named the new ferry at the yard.",
                "The museum's Lightning was unveiled by {X}.",
                "{X} presented the trophies at the bowls club.",
                "The expedition was led by {X}."]
# After a full name: (abbreviation, readings, the comma before it: "," always, "" never,
# None either way).
SUFFIXES = [("FRCO", ["F R C O"], None), ("FSG", ["F S G"], None), ("FRNS", ["F R N S"], None),
            ("FRPSL", ["F R P S L"], None), ("FRMetS", ["F R Met S"], ","),
            ("DFC", ["D F C"], None)]
SUFFIX_FRAMES = ["The anthem was written for the choir by {X}.",
                 "The guide to tracing naval ancestors is by {X}.",
                 "The catalogue of the hoard was compiled by {X}.",
                 "The new history of the squadron is by {X}."]
# A word cut short before a place name: (abbreviation, word, places, frames)
PLACES = [("Ft", "Fort", ["Simpson", "Resolution", "Albany", "MacKay", "Frances"],
           ["The oil sands camp near {X} has been evacuated.",
            "The ice road from {X} opens in January.",
            "Snow has closed the airstrip at {X}.", "Our drilling crew flew in to {X}."]),
          ("Pt", "Point", ["Thomson", "McIntyre", "Storkersen", "Spencer", "Lonely"],
           ["The weather station at {X} recorded a record low.",
            "The ice has pulled away from the shore at {X}.",
            "The survey ship anchored off {X}.", "The whalers' camp at {X} is open in May."])]
# A name and the words cut short after it: (abbreviation, readings, names, frames).
AFTER = [("Ltd", ["Limited"], ["Harrison & Harrison", "Nicholson & Sons", "Mander Organs",
                               "Binns & Fitton"],
          ["The new organ was built by {X}.", "{X} has cleaned the abbey's pipes.",
           "The console was restored by {X}.", "{X} is looking for an apprentice voicer."]),
         ("Assn", ["Association"], ["the County Bowling", "the Clay Pigeon", "the Quilters'",
                                    "the Classic Motorcycle"],
          ["{X} holds its dinner in March.", "New members are welcomed by {X}.",
           "The trophy is awarded by {X}.", "{X} has a new president."]),
         ("Corp.", ["Corporation"], ["the Pipeline", "the Drilling", "the Dry Dock",
                                     "the Turbine"],
          ["{X} has laid off forty workers.", "The contract went to {X}.",
           "Shares in {X} jumped.", "{X} is building a new quay."]),
         ("Dept.", ["Department"], ["the Glaciology", "the Textiles", "the Numismatics",
                                    "the Atmospheric Physics"],
          ["{X} has moved to the new building.", "Ask {X} about the collection.",
           "A grant has been given to {X}.", "{X} is hiring a technician."])]
ABBREVIATIONS = [("The LNG tanker berthed at dawn.",
                  ["The L N G tanker berthed at dawn.",
                   "The liquefied natural gas tanker berthed at dawn."]),
                 ("The first SMR could be built on the old site.",
                  ["The first S M R could be built on the old site.",
                   "The first small modular reactor could be built on the old site."]),
                 ("OPEC has agreed to cut output.", ["OPEC has agreed to cut output.",
                                                     "O P E C has agreed to cut output."]),
                 ("Ann Menhennick (b. 1843, d. 1917) was a sailmaker's daughter.",
                  ["Ann Menhennick (born eighteen forty three, died nineteen seventeen) was a "
                   "sailmaker's daughter."]),
                 ("Hedrek Kitto m. Wenna Retallick at Madron in 1862.",
                  ["Hedrek Kitto married Wenna Retallick at Madron in eighteen sixty two."]),
                 ("Edward Trewhella, aka the Wrecker, was hanged at Truro.",
                  ["Edward Trewhella, also known as the Wrecker, was hanged at Truro.",
                   "Edward Trewhella, a k a the Wrecker, was hanged at Truro."]),
                 ("The club subscription is forty pounds p.a.",
                  ["The club subscription is forty pounds per annum.",
                   "The club subscription is forty pounds a year."]),
                 ("NB the range is closed on Sundays.",
                  ["Nota bene the range is closed on Sundays.",
                   "N B the range is closed on Sundays."]),
                 ("The plant burns LPG in winter.",
                  ["The plant burns L P G in winter.",
                   "The plant burns liquefied petroleum gas in winter."]),
                 ("The choir sings the Mag and Nunc, i.e. the evening canticles.",
                  ["The choir sings the Mag and Nunc, that is the evening canticles.",
                   "The choir sings the Mag and Nunc, i e the evening canticles."]),
                 ("Bring your own foil, mask, glove etc.",
                  ["Bring your own foil, mask, glove et cetera.",
                   "Bring your own foil, mask, glove etcetera."]),
                 ("The final is Tregenza vs Roskilly.",
                  ["The final is Tregenza versus Roskilly."])]
NUMBER_FRAMES = ["The organist ended with Elgar's Sonata, {X}.",
                 "The restored bomber is in Hangar {X}."]
STREET_FRAMES = ["The fabric shop has moved to {X}.",
                 "Rally cars will line up along {X}.",
                 "The snooker hall is on {X}.",
                 "The coin dealer is on the corner of {X}."]
FEASTS = ["Gwinear", "Sithney", "Breage", "Ludgvan", "Tudy", "Mabyn", "Veep", "Dominick",
          "Wenn", "Gluvias", "Probus", "Rognvald"]
COMBO_FRAMES = ["{T} {S} will bless the new organ at St. {F}'s on {N} Ave.",
                "The St. {F}'s bowls drive on {N} St. was opened by {T} {S}.",
                "{T} {S} runs the St. {F}'s sewing circle in the hall on {N} Rd.",
                "{T} {S} leads the St. {F}'s choir from {N} Dr."]


def number_slot(rng, part) -> tuple[str, list[str]]:
    """A work, "Op. 28" ("Opus twenty eight"); a hangar, "No. 3" ("number three")."""
    if part == "dev":
        n = rng.randint(2, 90)
        return f"{pick(rng, ['Op. ', 'Op. ', 'Op.', 'op. '])}{n}", [f"Opus {card(n)}"]
    n = rng.randint(1, 12)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7])
    sur = pick(rng, split(SURNAMES, part))
    i = 0 if part == "dev" else 1
    if k == 0:
        abbr, words, kind = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        names = WOMEN if kind == "women" else MEN if kind == "men" else FIRST_NAMES
        first = pick(rng, split(names, part)) + " " if rng.random() < 0.5 else ""
        return fill(frame, f"{abbr} {first}{sur}", [f"{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        if rng.random() < 0.4:
            abbr = abbr.rstrip(".")
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        first = pick(rng, split(FIRST_NAMES, part))
        abbr, words, comma = pick(rng, SUFFIXES)
        if comma is None:
            comma = "," if rng.random() < 0.4 else ""
        frame = pick(rng, split(SUFFIX_FRAMES, part))
        return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {w}"
                                                            for w in words])
    if k == 3:
        written, said = pick(rng, split(ABBREVIATIONS, part))
        return written, " ‖ ".join(said)
    if k == 4:
        abbr, word, names, frames = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        dot = "." if rng.random() < 0.4 else ""
        return fill(pick(rng, split(frames, part)), f"{abbr}{dot} {name}", [f"{word} {name}"])
    if k == 5:
        abbr, words, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        frame = pick(rng, split(frames, part))
        if name.startswith("the ") and frame.startswith("{X}"):
            name = "The" + name[3:]
        said = name.replace(" & ", " and ")
        return fill(frame, f"{name} {abbr}", [f"{said} {w}" for w in words])
    if k == 6:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[i], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Revd", "Reverend"), ("Canon", "Canon")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def prize_slot(rng, lo: int, hi: int, step: int) -> tuple[str, list[str]]:
    """A round sum in pounds: "£48,500" ("forty eight thousand five hundred pounds")."""
    n = rng.randrange(lo, hi, step)
    return f"£{with_written(n, rng, 0.8)}", pounds(n)


def storm_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.5), "B": gust_gen(rng, part),
            "C": rain_gen(rng, part)}


def balloon_slots(rng, part) -> dict:
    km = rng.randint(25, 38)
    return {"A": zulu_slot(rng), "B": (f"{km}{pick(rng, ['km', ' km'])}",
                                       [f"{card(km)} kilometers"]),
            "C": cold_gen(rng, part)}


def field_slots(rng, part) -> dict:
    y = rng.randint(1969, 1990)
    return {"A": (str(y), year_readings(y)), "B": bpd_gen(rng, part),
            "C": barrel_slot(rng)}


def wind_farm_slots(rng, part) -> dict:
    n = rng.randint(40, 300)
    return {"A": (str(n), cards(n)), "B": turbine_gen(rng, part),
            "C": measured(rng, rng.randint(12, 120), KM)}


def reactor_slots(rng, part) -> dict:
    y = rng.randint(1976, 1995)
    return {"A": (str(y), year_readings(y)), "B": output_gen(rng, part),
            "C": pct_slot(rng, 70, 95, False)}


def launch_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.6, 0.0),
            "B": measured(rng, rng.randint(110, 240), METRES),
            "C": measured(rng, rng.randrange(8000, 70000, 500), [(" tonnes", ["tonnes", "tons"]),
                                                                 ("t", ["tonnes", "tons"])])}


def quilt_slots(rng, part) -> dict:
    n = rng.randint(40, 400)
    return {"A": (str(n), cards(n)), "B": yard_slot(rng), "C": retail_slot(rng, 150, 600)}


def recital_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.5), "B": clock_slot(rng, "PM", 0.0),
            "C": stop_gen(rng, part)}


def baptism_slots(rng, part) -> dict:
    d = date_slot(rng, 1821, 1890, 1.0, 0.0)
    n = rng.randint(19, 52)
    return {"A": d, "B": (str(n), [card(n)]), "C": shilling_slot(rng)}


def coin_slots(rng, part) -> dict:
    y = rng.randint(1816, 1936)
    g = rng.randint(55, 68)
    return {"A": (str(y), year_readings(y)), "B": (f"MS{pick(rng, ['', '-', ' '])}{g}",
                                                   [f"M S {card(g)}", f"mint state {card(g)}"]),
            "C": big_sum(rng, False)}


def car_slots(rng, part) -> dict:
    y = rng.randint(1928, 1972)
    return {"A": (str(y), year_readings(y)), "B": engine_gen(rng, part),
            "C": prize_slot(rng, 9000, 90000, 500)}


def jet_slots(rng, part) -> dict:
    y = rng.randint(1955, 1988)
    return {"A": (str(y), year_readings(y)), "B": mach_slot(rng), "C": altitude_gen(rng, part)}


def crossing_slots(rng, part) -> dict:
    days = rng.randint(30, 90)
    return {"A": (str(days), [card(days)]),
            "B": measured(rng, rng.randrange(900, 2800, 10), KM, 0.7),
            "C": cold_gen(rng, part)}


def bout_slots(rng, part) -> dict:
    a = 15
    b = rng.randint(5, 14)
    age = rng.randint(15, 19)
    return {"A": (str(age), [card(age)]),
            "B": (f"{a}-{b}", [f"fifteen to {card(b)}", f"fifteen {card(b)}"]),
            "C": ord_slot(rng, 1, 3)}


def round_slots(rng, part) -> dict:
    score = rng.randint(560, 690)
    return {"A": measured(rng, pick(rng, [70, 50, 90, 60]), METRES[:2]),
            "B": (str(score), cards(score)), "C": bow_gen(rng, part)}


def frames_slots(rng, part) -> dict:
    a = rng.randint(10, 18)
    b = rng.randint(2, a - 1)
    brk = rng.randint(100, 147)
    return {"A": (f"{a}-{b}", [f"{card(a)} to {card(b)}", f"{card(a)} {card(b)}"]),
            "B": (str(brk), cards(brk)),
            "C": prize_slot(rng, 50000, 500000, 5000)}


def rollover_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.6), "B": big_sum(rng, False),
            "C": lottery_slot(rng)}


def bet_slots(rng, part) -> dict:
    stake = pick(rng, [5, 10, 20, 2])
    return {"A": (f"£{stake}", [f"{c} pound" for c in attributive(stake)]), "B": odds_slot(rng),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.4)}


def stamp_slots(rng, part) -> dict:
    y = rng.randint(1840, 1935)
    return {"A": (str(y), year_readings(y)), "B": abroad_money_slot(rng),
            "C": big_sum(rng, False)}


def sewing_slots(rng, part) -> dict:
    return {"A": fabric_gen(rng, part), "B": width_gen(rng, part), "C": seam_slot(rng)}


# (frame, a function (rng, part) -> {slot: (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The storm on {A} brought gusts of {B} and {C} of rain.", storm_slots),
    ("The balloon launched at {A} burst at {B}, where the air was {C}.", balloon_slots),
    ("The field, found in {A}, now pumps {B} and breaks even at {C}.", field_slots),
    ("The wind farm has {A} towers carrying {B} turbines, {C} offshore.", wind_farm_slots),
    ("The station, opened in {A}, has an output of {B} and ran at {C} last year.",
     reactor_slots),
    ("The ship launched on {A} is {B} long and displaces {C}.", launch_slots),
    ("The quilt has {A} blocks, used {B} of fabric, and sold for {C}.", quilt_slots),
    ("The recital on {A} at {B} shows off the new {C} stop.", recital_slots),
    ("The register for {A} shows the child's father, {B}, earned {C} a week.", baptism_slots),
    ("The {A} penny, graded {B}, sold for {C}.", coin_slots),
    ("The {A} tourer with its {B} engine is on sale for {C}.", car_slots),
    ("Built in {A}, the interceptor reached {B} at {C}.", jet_slots),
    ("The crossing took {A} days and covered {B} in temperatures as low as {C}.",
     crossing_slots),
    ("The fencer, {A}, won {B} to finish {C}.", bout_slots),
    ("At {A} she scored {B} with her {C} bow.", round_slots),
    ("He won the final {A} with a top break of {B} and took home {C}.", frames_slots),
    ("The draw on {A} is worth {B}, and the odds are {C}.", rollover_slots),
    ("Her {A} bet at {B} came in on {C}.", bet_slots),
    ("The {A} stamp was bought abroad for {B} and sold in London for {C}.", stamp_slots),
    ("Buy {A} of cotton, {B} wide, and sew it with {C} seams.", sewing_slots),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    return fill_slots(frame, slots(rng, part))


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r122", None, per_class=24, seed=4513, en=EN)


if __name__ == "__main__":
    main()
