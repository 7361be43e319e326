"""Hundred-and-eighteenth round (issue 33), English, every class at once, written after round
116 only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: archaeology and heritage sites, religion and cathedrals, crafts and pottery,
photography, jewellery and watches, toys and model railways, beekeeping and allotments,
mountaineering and skiing, horse racing and equestrian events, motor racing, boxing and martial
arts, telecoms and broadband, cybersecurity and IT support, and logistics and parcel delivery.
Mostly the formats people type, with a minority of less usual ones. Counts (ages, "The jockey,
22,", "a 64-year-old potter"; "3.2M signatories", "45K likes"; a judge's card "116-112", read
"one hundred and sixteen to one hundred and twelve" or "one sixteen one twelve"; racecards'
"7yo" and "6-y-o" ("seven year old"); "a 12-round title fight", "a 24-port switch", "a
1,000-piece jigsaw", "the 3-day event", "5G", "a 3-stone design"), ordinals ("the 850th
anniversary", "the 3rd camp", "came home 16th", "her 125th drop of the day", "the 16th-century
chalice", "the 11th round"), dates (written out, cut short, with weekdays, "Thursday the 12th",
"Sept 2026", US "June 7th, 2025" and "4/18/26", British "27/10/2025", European "26.11.2025",
ISO "2026-03-14"), years (decades, "from 1994 to 2002", "between 1965 and 1967", "by 2030",
seasons "2025/26", "since '98", "the 2020s" and "the 2030s", "c. 1504", "ca. 1809", "200 BC",
"AD 327"), clock times (12-hour and 24-hour, "06:35", "12 noon", "3 o'clock", races by their
off time "the 2.40" ("the two forty"), "1930hrs"; with zones no earlier round used, BTT, KGT,
TJT, AMT, TMT, BNT, ChST and SAMT, and with 24-hour times IRKT, VLAT and LHST), money (shop
prices, "£29.99 a month", "€55/day" lift passes, stakes "£5 e/w" and "£2.50 each way" ("two
pounds fifty each way"), "a £5 bet", "an £11 stake", purses "a $50m purse" ("a fifty million
dollar purse"), gold and silver "$2,263.95 an ounce" and "$32.85/oz", stamps "85p", sums raised,
"was/now" prices; codes MOP, KGS, TJS, BTN, MNT, LAK, KHR, BGN, RSD, MKD and TWD and signs
"MOP$", "Nu.", "₮" and "₭"; millions and billions), measures in the units of those topics
(horses' heights "16.2hh" ("sixteen two hands"), race distances "7f" and "2m 4f" ("two miles
four furlongs", "two and a half miles"), weigh-ins "11st 6lb" and "147lb", heights "6ft 5in"
and "6' 5\"", reaches, lap and run times "1:27.097" and "2:16.69", circuits "5.891km", speed
traps, "1,000bhp", summits "8,849m", "-32°C", snow in cm, "a 40mm case", "300m" and "10 ATM",
"18ct" and "14K" gold, "a 1.5ct diamond", kilns "1,280°C", lenses "a 50mm lens", "24MP", "ISO
3200", "900Mbps" and "1Gbps" ("nine hundred meg", "one gig"), "8ms", hives in kg, supers in
lb, allotments "10 rods", spires in ft, "16.5mm" gauge track, "a 40ft container", pallets),
percentages ("99.9%" and "99.999%" uptime, "a 20% deposit", "+2.3%", "14.9% APR", "-0.5%",
points, "per cent" and "pc"), decimals (winning margins "0.347", exchange odds "3.75", kata
scores, mite drops, grams, US ring sizes "7.5" and "6.25" ("six and a quarter"), ski bindings'
release values, crop factors "1.6x", latitudes and longitudes "51.1789° N" ("fifty one point
one seven eight nine degrees north"), decibels, versions), phone numbers (US, with extensions,
British five-digit areas and mobiles, "0300" and "0800", scam texts to "7726", "*#06#" ("star
hash zero six hash"), Swiss air rescue "1414", Action Fraud's "0300 123 2040", text-to-give
"GARGOYLE to 65191", and numbers in Nepal, Monaco, Macau, Bahrain, Andorra, Bhutan and
Cambodia), fractions (odds "11/4", "100/30" and "16-1" ("eleven to four", "a hundred to
thirty"), winning distances "1½ lengths" ("a length and a half") and "¾ length", scales "1:76"
and "1:43", shutter speeds "1/250s" ("a two hundred and fiftieth of a second", "one two
fiftieth"), "½lb jars", "the 2½-mile chase", "1 in 4", "⅓ off", glyphs and "5/7"), regnal
numerals (kings of Anuradhapura, Angkor, Champa, the Eastern Gangas, Assyria, Sidon, Tyre,
Israel, Nabataea, Iberia, Mercia, Northumbria, Denmark, Kongo, Lan Xang, Cambodia, Naples,
Aragon and Belgium, a pharaoh, Mayan lords, a prince of Monaco, dukes and marquesses of Mantua
and Urbino, counts of Toulouse, a landgrave of Hesse, a duke of Württemberg, Seljuk sultans, a
nizam of Hyderabad, a maharaja of Jaipur, popes and the Aga Khans) and series numerals (peaks
"Gasherbrum II" and "Annapurna IV", "Syncom II", "Macintosh II", "Rolex Explorer II", cameras
"Canon EOS 5D Mark IV", "Sony A7 IV" and "Nikon Z6 II" ("Z six two" or "Z six Mark two"),
councils "Lateran IV", rematches "Fury–Wilder III" and "Usyk–Fury II", "The Karate Kid Part
II"; marks "Bentley Mark VI", "Ford GT40 Mk II", "Omega Speedmaster MkII"; "the XXXI Winter
Universiade" and "the XVI Ordinary General Assembly of the Synod" as ordinals), ranges ("aged
3-5", "every 8–9 days", "15-20 mins", "6%–7%", "13–14°C", "11-14kg", zoom lenses "a 70-200mm
lens" ("a seventy to two hundred millimeter lens"), "-21 to -15°C", hours and days, "August
8–10", prices, centuries "the 14th to 15th", ring sizes "K–Q", "30-67Mbps", "40,000-60,000
bees"), web addresses, e-mail, handles, hashtags and IP addresses (.photography, .camera,
.jewelry, .watch, .toys, .ski, .racing, .horse, .church, .faith, .tech, .security, .support,
.delivery, .network, .cloud, .express, .np, .mc, .mo, .ad, .bt, .kh, .bg, .org.uk;
"192.168.1.254" and "10.0.0.138"), addresses (US ski, racing, horse, pottery, jewellery, watch
and toy towns, with suites, ZIP+4 and P.O. boxes; British racing, pottery, cathedral and
heritage towns with postcodes, flats, units and stable yards; Canadian ski towns with postal
codes), titles and abbreviations ("the Rt Revd", Mgr, "Det Supt", "Det Sgt", DCS, "Ch Supt";
FSA, ARPS, LRPS, FGA, FBHI, CISSP, MBCS and OSB after a name; HH, HE and HG before an office;
"nr" before a place; "Cath.", "plc" and "Assn" after a name; WFH, 2FA, FYI, DNF, TBA, "Attn:",
DOB, "b/w", "c/w", ISP, OOO, SKU, "Pls", EOD, "Thx"; "No. 7", "#7"; street types and "St." as
Saint) and mixed sentences with two to four numbers of different kinds (racecards, results,
bouts, laps, ski passes, broadband packages, delivery slots, data breaches, rings, watches,
kilns, exposures, honey, trenches, spires, layouts, allotments, toy sets, summits, phone
masts). Frames and words are new: no sentence, counted noun, name, street, city, host or ruler
here was used by a committed English set (checked against the inputs of every
tn-unseen/*en*.tsv up to round 116 and the word lists of every earlier round script; months,
weekdays, states, street types, courtesy titles, units, currencies and common words recur).
Labels are English as a newsreader speaks it, from first principles; where English has two
usual readings all are accepted, written " ‖ " between them ("sixteen two hands ‖ sixteen hands
two inches", "two miles four furlongs ‖ two mile four ‖ two and a half miles", "eleven stone
six pounds ‖ eleven stone six", "one minute twenty seven point oh nine seven seconds ‖ one
twenty seven point oh nine seven", "a length and a half ‖ one and a half lengths", "nine
hundred megabits per second ‖ nine hundred meg", "Fury Wilder three ‖ Fury versus Wilder
three", "to be announced ‖ T B A"). The "and" after hundred or thousand, "oh" for a zero and
letters said one by one are folded by the comparison (score_external.py's fold_en) and not
listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r118.py [--per-class 24] [--seed 863]

writes crates/text-normalizer/tests/data/tn-unseen/r118-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import cards, house, point_zero, to_roman, two_years, with_written, \
    year_readings, zero_variants
from unseen_r98 import (MIXED, clock_slot, combo_row, count_slot, decimal_slot, fill, fill_slots,
                        fraction_slot, old_year, ord_slot, pct_slot, street_row)
from unseen_r100 import (age_slot, clock_range, date_slot, decade_slot, minus_slot, points_slot,
                         said_path, version_slot, year_slot)
from unseen_r104 import british_numeric, days_slot, num_range, tax_year_slot
from unseen_r106 import (date_range_slot, dotted_slot, early_slot, modern_decade, oclock_slot,
                         possessive, stat_slot, us_short_slot, us_suffix_slot)
from unseen_r108 import (apr_slot, attributive, class_slot, noon_slot, off_slot, one_in_slot,
                         pence_or_pounds, pounds, said_cents, short_suffix_slot)
from unseen_r112 import (STREET_ABBRS, big_sum, iso_slot, price_range_slot, retail_slot, unit_gen,
                         was_slots, weekday_short_slot)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r112 import text_slot as text_slot_r112
from unseen_r114 import (FUTURE_DECADES, cents_readings, circa_slot, hrs_slot, hundreds_pair,
                         month_year_slot, plus_slot, weekday_the_slot)
from unseen_r114 import phone as phone_r114
from unseen_r114 import us_address as us_address_r114
from unseen_r116 import halves


def point_digits(whole: int, frac: str) -> list[str]:
    """A decimal read digit by digit after the point ("five point eight nine one"), a zero
    as "zero" or "oh"; below one also "nought point" and "point"."""
    return [s for d in zero_variants(digits(frac)) for s in point_zero(whole, d)]


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The dig on the hill fort has turned up {X} so far.",
                 ["potsherds", "spindle whorls"], 9000),
                ("The cathedral choir is made up of {X}.", ["choristers"], 40),
                ("The studio fired {X} in its wood kiln last week.",
                 ["teapots", "jugs", "tankards"], 900),
                ("The jeweller has remodelled {X} since the spring.",
                 ["signet rings", "lockets"], 400),
                ("The club's layout in the church hall has {X}.",
                 ["turnouts", "semaphore signals"], 300),
                ("Our association looks after {X} on the allotment site.",
                 ["hives", "colonies"], 60),
                ("The resort has put in {X} for this winter.", ["chairlifts"], 12),
                ("The trainer has {X} in her yard for the jumps season.",
                 ["steeplechasers", "hurdlers"], 150),
                ("The racecourse expects {X} on Gold Cup day.", ["racegoers"], 80000),
                ("Engineers have connected {X} to full fibre this year.",
                 ["cottages", "hamlets"], 9000),
                ("The security software blocked {X} in a single week.",
                 ["phishing emails", "login attempts"], 999999),
                ("The new hub can sort {X} an hour.", ["packets", "mailbags"], 90000),
                ("The boxing gym has signed up {X} since the summer.",
                 ["amateurs", "sparring partners"], 300),
                ("The photography festival is showing {X} from around the world.",
                 ["prints"], 2000),
                ("The toy museum has catalogued {X}.", ["clockwork trains", "rag dolls"],
                 20000),
                ("The mountain rescue team carried out {X} last year.",
                 ["callouts", "stretcher carries"], 400)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The jockey, {X}, rode her first winner on Saturday.", 16, 52),
              ("{a} {X}-year-old potter has opened a studio by the harbour.", 19, 91),
              ("The mountaineer, {X}, reached the summit without bottled oxygen.", 24, 68),
              ("The racing driver, {X}, took pole position for the first time.", 17, 41),
              ("The bishop, {X}, will be enthroned in the cathedral next month.", 44, 71),
              ("The {X}-year-old beekeeper has tended hives on the same plot for decades.", 52,
               96),
              ("The welterweight, {X}, is still unbeaten as a professional.", 19, 38),
              ("The watchmaker, {X}, still repairs every movement by hand.", 29, 88)]
STAT_FRAMES = [("The petition to save the racecourse has {X}.", "signatories"),
               ("The pottery's latest video has {X}.", "likes")]
CARD_FRAMES = ["One judge scored the fight {X} for the champion.",
               "The third card read {X} in the challenger's favour."]
# (frame, youngest, oldest): a filly is two to four, a mare five or more.
YO_FRAMES = [("The {X} gelding is the one to beat in the handicap.", 3, 11),
             ("Her {X} filly won first time out.", 2, 4)]
SHORT_FRAMES = ["The champion is preparing for {a} {X} title fight.",
                "The office has ordered {a} {X} network switch.",
                "They spent the weekend on {a} {X} jigsaw of the cathedral.",
                "She won the {X} event at the county show.",
                "The valley finally has {X} coverage.",
                "The engagement ring is {a} {X} design in platinum."]


def scorecard_slot(rng, rounds: int = 12) -> tuple[str, list[str]]:
    """A judge's card after twelve rounds ("116-112": "one hundred and sixteen to one hundred
    and twelve", "one sixteen one twelve") or ten ("97-93")."""
    top = 10 * rounds
    a = rng.randint(top - 8, top)
    b = rng.randint(max(top - 12, a - 8), a - 1)
    sep = pick(rng, ["-", "-", "–"])
    heads_a, heads_b = cards(a) + hundreds_pair(a), cards(b) + hundreds_pair(b)
    return f"{a}{sep}{b}", [f"{x} {j}{y}" for x in heads_a for y in heads_b
                            for j in ("to ", "")]


def yo_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A horse's age as racecards write it: "6yo", "6-y-o" ("six year old")."""
    n = rng.randint(lo, hi)
    return pick(rng, [f"{n}yo", f"{n}yo", f"{n}-y-o", f"{n}-year-old"]), [f"{card(n)} year old"]


def short_count_slot(rng, which: int) -> tuple[str, list[str]]:
    """A count before its noun: "a 12-round fight" ("twelve round"), "a 24-port switch", "a
    1,000-piece jigsaw" ("a thousand piece"), "the 3-day event", "5G" ("five G"), "a 3-stone
    design"."""
    if which == 0:
        n = pick(rng, [8, 10, 12, 12])
        return pick(rng, [f"{n}-round", f"{n} round", f"{n}-round"]), [f"{card(n)} round"]
    if which == 1:
        n = pick(rng, [8, 16, 24, 48, 24])
        return pick(rng, [f"{n}-port", f"{n} port", f"{n}-port"]), [f"{card(n)} port"]
    if which == 2:
        n = pick(rng, [500, 1000, 1000, 1500, 2000, 750])
        mark = pick(rng, ["-piece", " piece", "-piece"])
        return f"{with_written(n, rng, 0.6)}{mark}", [f"{c} piece" for c in attributive(n)]
    if which == 3:
        n = pick(rng, [3, 3, 3, 1, 2])
        return pick(rng, [f"{n}-day", f"{n} day", f"{n}-day"]), [f"{card(n)} day"]
    if which == 4:
        n = pick(rng, [5, 5, 4])
        return f"{n}G", [f"{card(n)} G"]
    n = pick(rng, [3, 3, 5, 7])
    return pick(rng, [f"{n}-stone", f"{n} stone", f"{n}-stone"]), [f"{card(n)} stone"]


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.22:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.28:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.35:
        return fill(CARD_FRAMES[i], *scorecard_slot(rng))
    if k < 0.41:
        frame, lo, hi = YO_FRAMES[i]
        return fill(frame, *yo_slot(rng, lo, hi))
    if k < 0.53:
        which = pick(rng, [0, 2, 4] if part == "dev" else [1, 3, 5])
        return fill(SHORT_FRAMES[which], *short_count_slot(rng, which))
    frame, nouns, most = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, nouns)
    w, said = count_slot(rng, max(2, most // 50), most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The cathedral is marking the {X} anniversary of its consecration.", 800,
                   950),
                  ("The grey came home {X} after losing a shoe at the start.", 2, 30),
                  ("The climbers are resting at the {X} camp before their summit push.", 2, 4),
                  ("She won her {X} world title in front of a home crowd.", 2, 6),
                  ("The driver took his {X} win of the season at the street circuit.", 2, 15),
                  ("The potter is holding her {X} open studio weekend in June.", 2, 30),
                  ("The dig on the moor is now in its {X} season.", 2, 40),
                  ("The beekeepers hold their {X} honey show in September.", 2, 120),
                  ("The {X}-century chalice is on display in the treasury.", 12, 18),
                  ("It was the village's {X} broadband outage in a month.", 2, 5),
                  ("The courier made her {X} drop of the day just after six.", 100, 220),
                  ("The model railway club is holding its {X} exhibition in the village hall.",
                   2, 60),
                  ("The slalom skier was lying {X} after the first run.", 1, 60),
                  ("The challenger was knocked down in the {X} round.", 1, 12),
                  ("The vendor has now patched its {X} zero-day flaw this year.", 2, 12),
                  ("The jeweller's shop on the bridge is in its {X} year of trading.", 2,
                   250)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The excavation report was published on {X}.", 2016, 2025),
               ("The new bishop will be consecrated on {X}.", 2025, 2026),
               ("The pottery's seconds sale begins on {X}.", 2025, 2026),
               ("Entries for the landscape photography award close on {X}.", 2025, 2026),
               ("Your watch was booked in for a service on {X}.", 2024, 2025),
               ("The toy fair opens at the exhibition centre on {X}.", 2025, 2026),
               ("The colonies were last treated for varroa on {X}.", 2024, 2025),
               ("The lifts open for the ski season on {X}.", 2025, 2026),
               ("The racecourse's spring meeting starts on {X}.", 2025, 2026),
               ("The title fight has been moved to {X}.", 2025, 2026),
               ("Your broadband will be switched over to the new network on {X}.", 2025,
                2026),
               ("The breach was first spotted by the IT team on {X}.", 2023, 2025),
               ("Your parcel was handed to the courier on {X}.", 2024, 2025),
               ("The chapel's east window was rededicated on {X}.", 1990, 2025)]
# A month and a year, without a day.
MONTH_YEAR_FRAMES = ["The restored carousel should be back in the park by {X}.",
                     "The cathedral's new organ will be finished in {X}."]


def date(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.06:
        return fill(MONTH_YEAR_FRAMES[i], *month_year_slot(rng, 2026, 2028))
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    if k < 0.17:
        return fill(frame, *british_numeric(rng, first, last))
    if k < 0.28:
        return fill(frame, *us_suffix_slot(rng, first, last))
    if k < 0.33:
        return fill(frame, *us_short_slot(rng, first, last))
    if k < 0.41:
        return fill(frame, *short_suffix_slot(rng, first, last))
    if k < 0.45:
        return fill(frame, *dotted_slot(rng, first, last))
    if k < 0.49:
        return fill(frame, *iso_slot(rng, first, last))
    if k < 0.54:
        return fill(frame, *weekday_short_slot(rng, first, last))
    if k < 0.59 and last >= 2025 and first >= 2024:
        return fill(frame, *weekday_the_slot(rng))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The cathedral's spire was completed in {X}.", 1220, 1880),
               ("The hoard was found by a metal detectorist in {X}.", 1950, 2024),
               ("The pottery has fired its bottle kilns since {X}.", 1790, 1960),
               ("The folding camera first went on sale in {X}.", 1925, 2012),
               ("The clockmaker's shop opened on the square in {X}.", 1760, 1950),
               ("The toy firm made its first clockwork locomotive in {X}.", 1890, 1965),
               ("Flat racing on the town moor began in {X}.", 1727, 1930),
               ("The telephone exchange in the village opened in {X}.", 1895, 1975)]
FROM_FRAMES = [("She held the middleweight title from {X}.", 1985, 2012),
               ("The old chairlift ran on the north face from {X}.", 1958, 2002)]
BETWEEN_FRAMES = ["The copper phone network in the valley was laid between {X}.",
                  "The nave was restored between {X}."]
TARGET_FRAMES = [("The broadband firm aims to reach every home by {X}.",
                  [2027, 2028, 2030, 2032]),
                 ("The courier has promised an all-electric fleet by {X}.",
                  [2028, 2030, 2035, 2040])]
SEASON_FRAMES = ["The ski club's {X} season pass is now on sale.",
                 "The fixture list for the {X} jumps season has been published."]
SINCE_FRAMES = ["She has kept bees since {X}.",
                "The jeweller has traded from the same arcade since {X}."]
MODERN_FRAMES = ["Home broadband speeds soared through {X}.",
                 "Quantum computers could break today's encryption in {X}."]
CIRCA_FRAMES = [("The silver locket was made {X}.", 1760, 1890),
                ("The rood screen dates from {X}.", 1440, 1530)]
# The era a settlement or floor is dated by: dev BC, held-out AD.
ERA_FRAMES = [("The settlement on the hill was first occupied in about {X}.", "BC"),
              ("The villa's mosaic floor was laid in about {X}.", "AD")]


def era_slot(rng, era: str) -> tuple[str, list[str]]:
    """A year of an era, read as old_year reads it and the era by its letters: "450 BC"
    ("four fifty B C", "four hundred and fifty B C"), "2300 BC" ("twenty three hundred"),
    "AD 214" or "214 AD" ("A D two fourteen")."""
    if era == "BC":
        n = rng.randrange(150, 900, 10) if rng.random() < 0.7 else rng.randrange(1200, 3000,
                                                                                   100)
        if n % 1000 == 0:
            n += 300
    else:
        n = rng.randint(43, 99) if rng.random() < 0.4 else rng.randint(110, 410)
        if n % 100 < 10:
            n += 10
    said = " ".join(era)
    if era == "AD" and rng.random() < 0.6:
        return f"AD {n}", [f"A D {s}" for s in old_year(n)]
    return f"{n} {era}", [f"{s} {said}" for s in old_year(n)]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(3, 14)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.14:
        a = rng.randint(1962, 2012)
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
    if k < 0.41:
        frame, first, last = CIRCA_FRAMES[i]
        return fill(frame, *circa_slot(rng, first, last))
    if k < 0.49:
        frame, era = ERA_FRAMES[i]
        return fill(frame, *era_slot(rng, era))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.6:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that. No earlier round
# used these: Bhutan, Kyrgyzstan and Tajikistan for trekking and climbing, Armenia for its
# monasteries, Turkmenistan for its horses, Brunei, Guam and Samara.
ZONES = [("BTT", ["B T T", "Bhutan Time"]),
         ("KGT", ["K G T", "Kyrgyzstan Time"]),
         ("TJT", ["T J T", "Tajikistan Time"]),
         ("AMT", ["A M T", "Armenia Time"]),
         ("TMT", ["T M T", "Turkmenistan Time"]),
         ("BNT", ["B N T", "Brunei Time", "Brunei Darussalam Time"]),
         ("ChST", ["C H S T", "Chamorro Standard Time", "Chamorro Time"]),
         ("SAMT", ["S A M T", "Samara Time"])]
# Zones given with 24-hour times.
ZONES_24 = [("IRKT", ["I R K T", "Irkutsk Time"]),
            ("VLAT", ["V L A T", "Vladivostok Time"]),
            ("LHST", ["L H S T", "Lord Howe Standard Time", "Lord Howe Time"])]
# (frame, the half of the day that fits it, or None for either)
TIME_FRAMES = [("The first race goes off at {X}.", "PM"),
               ("Evensong in the cathedral begins at {X}.", "PM"),
               ("The pottery's kiln room opens to visitors at {X}.", "AM"),
               ("The lifts on the glacier close at {X}.", "PM"),
               ("The summit team left the top camp at {X}.", None),
               ("The weigh-in is at {X} on the day before the fight.", None),
               ("Your engineer's visit is booked for {X}.", None),
               ("The IT service desk is staffed until {X}.", "PM"),
               ("The courier's last collection is at {X}.", "PM"),
               ("Sunrise photography walks leave the harbour at {X}.", "AM"),
               ("The toy shop's doors open at {X} on launch day.", "AM"),
               ("Qualifying at the circuit starts at {X}.", None),
               ("The apiary open day begins at {X}.", "AM"),
               ("Guided tours of the dig start at {X}.", "AM")]
ZONE_FRAMES = ["The summit push is due to start at {X}.",
               "The main event is expected to start at {X}.",
               "The monastery's festival dances begin at {X}.",
               "The server maintenance window opens at {X}."]
HRS_FRAMES = ["The trunking lorries leave the hub at {X}.",
              "The radio check with base camp is at {X}."]
# Races by their time, as racegoers name them: "the 2.40" ("the two forty").
RACE_TIME_FRAMES = ["The favourite for the {X} has been withdrawn.",
                    "She had a small bet on the {X}."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. BTT") or 24-hour ("14:35 IRKT", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def race_time_slot(rng) -> tuple[str, list[str]]:
    """A race by its off time, afternoon and no "pm": "2.40", "3:15", "4.05" ("two forty",
    "four oh five")."""
    h, mi = rng.randint(1, 8), rng.randrange(5, 60, 5)
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return f"{h}{pick(rng, ['.', '.', ':'])}{mi:02d}", [f"{card(h)} {mins}"]


def clock(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    if k < 0.26:
        return fill(HRS_FRAMES[i], *hrs_slot(rng))
    if k < 0.33:
        return fill(RACE_TIME_FRAMES[i], *race_time_slot(rng))
    frame, half = pick(rng, split(TIME_FRAMES, part))
    if k < 0.42 and half != "PM":
        return fill(frame, *early_slot(rng))
    if k < 0.47 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.51 and half != "AM":
        if half == "PM":
            h = rng.randint(3, 9)
            return fill(frame, f"{h} o'clock", [f"{card(h)} o'clock"])
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A hand-thrown mug from the studio costs {X}.", 12, 40),
                 ("A jar of the heather honey is {X}.", 5, 12),
                 ("Entry to the stone circle's visitor centre is {X}.", 4, 15),
                 ("A replacement leather watch strap costs {X}.", 15, 60),
                 ("The wooden train set is {X}.", 20, 90),
                 ("Sending a small parcel to France costs {X}.", 3, 9)]
PER_FRAMES = [("The full fibre package costs {X}.", "month"),
              ("A midweek lift pass works out at {X}.", "day")]
EW_FRAMES = ["She had {X} on the grey in the last race.",
             "I put {X} on the outsider in the big handicap."]
ATTR_BET_FRAMES = [("He placed {a} {X} bet on the favourite.", [2, 5, 10, 20, 50, 100, 8]),
                   ("She turned {a} {X} stake into a small fortune.", [1, 2, 5, 10, 11, 80])]
PURSE_FRAMES = ["The champion is guaranteed {a} {X} purse for the rematch.",
                "The promoter has offered the challenger {a} {X} purse."]
OUNCE_FRAMES = [("Gold closed at {X} in London.", 1900, 3400),
                ("Silver traded at {X} this morning.", 22, 39)]
POSTAGE_FRAMES = ["A first-class stamp now costs {X}.",
                  "Sending a large letter second class costs {X}."]
RAISED_FRAMES = ["The cathedral's roof appeal has raised {X} so far.",
                 "The sponsored climb raised {X} for the mountain rescue team."]
# Codes before or after a sum: (code, readings of the unit, smallest and largest sum). No
# earlier round used these: Macau for its Grand Prix, Kyrgyzstan, Tajikistan, Bhutan and
# Mongolia for trekking and horses, Laos and Cambodia for their temples, Bulgaria and Serbia
# for skiing, North Macedonia for Ohrid, Taiwan for chips.
CODES = [("MOP", ["patacas", "Macau patacas", "Macanese patacas"], 20, 2000),
         ("KGS", ["som", "soms", "Kyrgyz som"], 200, 20000),
         ("TJS", ["somoni", "somonis", "Tajik somoni"], 20, 2000),
         ("BTN", ["ngultrum", "ngultrums", "Bhutanese ngultrum"], 100, 15000),
         ("MNT", ["tugrik", "tugriks", "togrog", "Mongolian tugrik"], 5000, 500000),
         ("LAK", ["kip", "Lao kip", "Laotian kip"], 10000, 900000),
         ("KHR", ["riel", "riels", "Cambodian riel"], 4000, 200000),
         ("BGN", ["leva", "lev", "Bulgarian leva"], 10, 600),
         ("RSD", ["dinars", "Serbian dinars"], 300, 30000),
         ("MKD", ["denars", "denari", "Macedonian denars"], 100, 9000),
         ("TWD", ["dollars", "New Taiwan dollars", "Taiwan dollars"], 100, 30000)]
# Signs written before the number: (sign, readings of the unit, smallest and largest sum).
SIGNS = [("MOP$", ["patacas", "Macau patacas"], 20, 2000),
         ("Nu. ", ["ngultrum", "ngultrums"], 100, 15000),
         ("₮", ["tugrik", "tugriks", "togrog"], 5000, 500000),
         ("₭", ["kip"], 10000, 900000)]
ABROAD_FRAMES = ["The trekking permit cost us {X}.", "A day with a local guide cost us {X}."]
WAS_FRAMES = ["Beginner's pottery wheel: {B}, down from {A}.",
              "Junior ski set, now only {B} (was {A})."]
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The cathedral's new roof will cost {X}.", False),
                      ("The telecoms group paid {X} for the mobile spectrum.", True),
                      ("The parcel firm's annual profits rose to {X}.", True),
                      ("The ransomware gang demanded {X} in bitcoin.", False),
                      ("The new grandstand at the racecourse cost {X}.", False),
                      ("The chronograph sold at auction for {X}.", False)]


def per_slot(rng, per: str) -> tuple[str, list[str]]:
    """A sum a month or a day: "£29.99 a month", "£32/month", "€58 a day", "€47.50/day"."""
    if per == "month":
        whole, c = rng.randint(22, 65), pick(rng, [99, 99, 50, 0, 49, 0])
        mark = pick(rng, [" a month", "/month", " per month", "/mth", " a month", "/mo"])
        tails, sym, units = ("a month", "per month"), "£", ("pounds", "pound", "pence")
    else:
        whole, c = rng.randint(38, 75), pick(rng, [0, 0, 50])
        mark = pick(rng, [" a day", "/day", " per day", " a day"])
        tails, sym, units = ("a day", "per day"), "€", ("euros", "euro", "cents")
    if not c:
        heads = [f"{x} {u}" for x in cards(whole) for u in units[:2] if u != "pound"]
        return f"{sym}{whole}{mark}", [f"{h} {t}" for h in heads for t in tails]
    return f"{sym}{whole}.{c:02d}{mark}", [f"{h} {t}" for h in said_cents(whole, c, *units)
                                           for t in tails]


def each_way_slot(rng) -> tuple[str, list[str]]:
    """An each-way stake: "£5 e/w", "£10 each way", "£2.50 e/w" ("five pounds each way",
    "two pounds fifty each way")."""
    mark = pick(rng, [" e/w", " e/w", " each way", " each-way", " EW"])
    if rng.random() < 0.25:
        whole = pick(rng, [1, 2, 2, 3])
        heads = said_cents(whole, 50, "pounds", "pound", "pence")
        return f"£{whole}.50{mark}", [f"{h} each way" for h in heads]
    n = pick(rng, [2, 5, 5, 10, 20, 1, 4])
    return f"£{n}{mark}", [f"{card(n)} {'pound' if n == 1 else 'pounds'} each way"]


def attributive_bet_slot(rng, amounts) -> tuple[str, list[str]]:
    """A stake before its noun after "a": "a £5 bet" ("a five pound bet"), "a £100 bet" ("a
    hundred pound bet"), "an £8 bet"."""
    n = pick(rng, amounts)
    return f"£{n}", [f"{c} pound" for c in attributive(n)]


def purse_slot(rng) -> tuple[str, list[str]]:
    """A purse before its noun: "a $50m purse" ("a fifty million dollar purse"), "an $8
    million purse", "a £12.5m purse" ("twelve point five", "twelve and a half")."""
    sym, unit = pick(rng, [("$", "dollar"), ("$", "dollar"), ("£", "pound")])
    scale = pick(rng, ["m", "m", " million"])
    if rng.random() < 0.3:
        whole, tenth = rng.randint(2, 30), pick(rng, [5, 5, 2, 8])
        return f"{sym}{whole}.{tenth}{scale}", [f"{h} million {unit}"
                                                for h in halves(whole, tenth)]
    n = pick(rng, [5, 8, 12, 18, 20, 30, 50, 80, 100, 11])
    return f"{sym}{n}{scale}", [f"{c} million {unit}" for c in attributive(n)]


def ounce_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A price an ounce: "$2,650.40 an ounce", "$31.25/oz" ("thirty one dollars twenty five
    an ounce", "per ounce")."""
    whole, c = rng.randint(lo, hi), rng.randrange(10, 100, 5)
    mark = pick(rng, [" an ounce", "/oz", " per ounce", " an ounce", " per oz"])
    return (f"${with_written(whole, rng, 0.8)}.{c:02d}{mark}",
            [f"{h} {t}" for h in cents_readings(whole, c, "dollars", "dollar", "cents")
             for t in ("an ounce", "per ounce")])


def raised_slot(rng) -> tuple[str, list[str]]:
    """A sum raised: "£48,365", "£2,480.50" ("two thousand four hundred and eighty pounds
    fifty")."""
    if rng.random() < 0.3:
        whole, c = rng.randint(300, 9000), rng.randint(11, 99)
        return (f"£{with_written(whole, rng, 0.7)}.{c:02d}",
                [h for w in cards(whole) for h in (f"{w} pounds {card(c)}",
                                                   f"{w} pounds and {card(c)} pence",
                                                   f"{w} pounds {card(c)} pence")])
    n = pick(rng, [rng.randrange(1000, 250000, 5), rng.randint(250, 9999)])
    return f"£{with_written(n, rng, 0.85)}", pounds(n)


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("KGS 4,500", "120,000 LAK") or a sign before it
    ("MOP$350", "Nu. 1,200", "₮45,000", "₭250,000")."""
    if rng.random() < 0.65:
        code, units, lo, hi = pick(rng, CODES)
        step = 1 if hi <= 100 else 5 if hi < 1000 else 50 if hi < 100000 else 1000
        n = rng.randrange(lo, hi, step)
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units, lo, hi = pick(rng, SIGNS)
        step = 5 if hi < 1000 else 50 if hi < 100000 else 1000
        n = rng.randrange(lo, hi, step)
        written = f"{sign}{with_written(n, rng, 0.85)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.15:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.22:
        frame, per = PER_FRAMES[i]
        return fill(frame, *per_slot(rng, per))
    if k < 0.28:
        return fill(EW_FRAMES[i], *each_way_slot(rng))
    if k < 0.34:
        frame, amounts = ATTR_BET_FRAMES[i]
        return fill(frame, *attributive_bet_slot(rng, amounts))
    if k < 0.4:
        return fill(PURSE_FRAMES[i], *purse_slot(rng))
    if k < 0.46:
        frame, lo, hi = OUNCE_FRAMES[i]
        return fill(frame, *ounce_slot(rng, lo, hi))
    if k < 0.52:
        return fill(POSTAGE_FRAMES[i], *pence_or_pounds(rng.randrange(55, 360, 5)))
    if k < 0.58:
        return fill(RAISED_FRAMES[i], *raised_slot(rng))
    if k < 0.68:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.75:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

FEET = [("ft", ["feet"]), (" ft", ["feet"]), (" feet", ["feet"])]
METRES = [("m", ["meters"]), (" m", ["meters"]), (" metres", ["meters"])]
KG = [("kg", ["kilograms", "kilos"]), (" kg", ["kilograms", "kilos"])]
CM = [("cm", ["centimeters"]), (" cm", ["centimeters"])]
# Heights of summits in metres and in feet.
PEAKS_M = [8849, 8611, 8586, 8516, 8485, 8188, 8167, 8091, 6190, 5895, 4808, 4478, 6962]
PEAKS_FT = [29032, 28251, 20310, 19341, 15774, 14692, 22838]


def circuit_gen(rng, part) -> tuple[str, list[str]]:
    """A circuit's length before its noun: "5.891km" ("five point eight nine one
    kilometer")."""
    whole = rng.randint(3, 7)
    frac = f"{rng.randint(0, 99):02d}{rng.randint(1, 9)}"
    mark = pick(rng, ["km", "km", " km", "-km"])
    return f"{whole}.{frac}{mark}", [f"{h} kilometer" for h in point_digits(whole, frac)]


def trap_gen(rng, part) -> tuple[str, list[str]]:
    """A top speed: "214mph", "214.6 mph", "342km/h", "342kph"."""
    if rng.random() < 0.5:
        n = rng.randint(180, 235)
        units = ["miles per hour", "miles an hour", "m p h"]
        unit = pick(rng, ["mph", " mph"])
    else:
        n = rng.randint(300, 365)
        unit = pick(rng, ["km/h", " km/h", "kph"])
        units = ["kilometers per hour", "kilometers an hour"] + (["k p h"] if "kph" in unit
                                                                  else [])
    if rng.random() < 0.25:
        t = rng.randint(1, 9)
        return f"{n}.{t}{unit}", [f"{c} point {card(t)} {u}" for c in cards(n) for u in units]
    return f"{n}{unit}", [f"{c} {u}" for c in cards(n) for u in units]


def power_gen(rng, part) -> tuple[str, list[str]]:
    """An engine's power: "1,000bhp" ("a thousand brake horsepower", "B H P"), "850 hp"."""
    n = pick(rng, [750, 850, 1000, 1000, 600, 950, 1100, 700])
    unit = pick(rng, ["bhp", " bhp", "hp", " hp", "bhp"])
    words = ["brake horsepower", "B H P", "horsepower"] if "b" in unit else \
        ["horsepower", "H P"]
    return f"{with_written(n, rng, 0.7)}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def summit_gen(rng, part) -> tuple[str, list[str]]:
    """A summit's height: "8,849m" ("eight thousand eight hundred and forty nine meters"),
    "29,032ft"."""
    if rng.random() < 0.6:
        n = pick(rng, PEAKS_M)
        unit, words = pick(rng, METRES)
    else:
        n = pick(rng, PEAKS_FT)
        unit, words = pick(rng, FEET)
    return f"{with_written(n, rng, 0.8)}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def cold_gen(rng, part) -> tuple[str, list[str]]:
    """A temperature below zero: "-32°C", "−28C", "minus 30C" ("minus thirty two degrees
    Celsius")."""
    n = rng.randint(12, 40)
    written = pick(rng, [f"-{n}°C", f"−{n}°C", f"-{n}C", f"minus {n}C", f"-{n}°C"])
    return written, [f"{m} {card(n)} {u}" for m in ("minus", "negative")
                     for u in ("degrees Celsius", "degrees", "degrees centigrade")]


def watch_case_gen(rng, part) -> tuple[str, list[str]]:
    """A case's width before its noun: "a 40mm case" ("a forty millimeter case"), "a
    41.5mm case"."""
    n = rng.randint(34, 46)
    mark = pick(rng, ["mm", "mm", " mm", "-millimetre"])
    if rng.random() < 0.3:
        return f"{n}.5{mark}", [f"{h} millimeter" for h in halves(n, 5)]
    return f"{n}{mark}", [f"{card(n)} millimeter"]


def depth_gen(rng, part) -> tuple[str, list[str]]:
    """A watch's water resistance: "300m" ("three hundred meters"), "20 bar", "10 ATM" ("ten
    atmospheres")."""
    k = rng.random()
    if k < 0.6:
        n = pick(rng, [100, 200, 300, 500, 1000, 200, 50])
        unit, words = pick(rng, METRES)
        return f"{with_written(n, rng, 0.6)}{unit}", [f"{c} {w}" for c in cards(n)
                                                       for w in words]
    n = pick(rng, [5, 10, 20, 30])
    if k < 0.85:
        return f"{n} bar", [f"{card(n)} bar"]
    return f"{n} ATM", [f"{card(n)} atmospheres", f"{card(n)} A T M"]


def gold_gen(rng, part) -> tuple[str, list[str]]:
    """Gold by its fineness before its noun: "an 18ct gold band" ("an eighteen carat"),
    "9ct", "a 14K gold band" ("fourteen karat")."""
    if rng.random() < 0.25:
        n = pick(rng, [14, 10, 18])
        return pick(rng, [f"{n}K", f"{n}k", f"{n}kt"]), [f"{card(n)} {u}" for u in
                                                        ("karat", "carat", "K")]
    n = pick(rng, [9, 18, 18, 22, 9, 14])
    return pick(rng, [f"{n}ct", f"{n}ct", f"{n}-carat", f"{n} carat"]), [f"{card(n)} carat"]


def stone_carat_gen(rng, part) -> tuple[str, list[str]]:
    """A stone's weight before its noun: "a 1.5ct diamond" ("a one point five carat", "a
    one and a half carat"), "a 0.75ct diamond" ("a point seven five carat", "a three quarter
    carat"), "a 2ct diamond"."""
    mark = pick(rng, ["ct", "ct", " ct", "-carat"])
    k = rng.random()
    if k < 0.3:
        v, extra = pick(rng, [("75", ["three quarter carat", "three quarters of a carat"]),
                              ("5", ["half carat", "half a carat"]),
                              ("25", ["quarter carat", "quarter of a carat"])])
        return f"0.{v}{mark}", [f"{h} carat" for h in point_digits(0, v)] + extra
    if k < 0.5:
        n = pick(rng, [1, 2, 3])
        return f"{n}{mark}", [f"{card(n)} carat"]
    whole, t = rng.randint(1, 3), pick(rng, [5, 5, 2, 1, 7])
    return f"{whole}.{t}{mark}", [f"{h} carat" for h in halves(whole, t)]


def kiln_gen(rng, part) -> tuple[str, list[str]]:
    """A firing temperature: "1,280°C" ("twelve hundred and eighty degrees Celsius", "one
    thousand two hundred and eighty")."""
    n = rng.randrange(1000, 1320, 10)
    unit = pick(rng, ["°C", "°C", " °C", "C", " degrees"])
    return f"{with_written(n, rng, 0.5)}{unit}", [f"{c} {u}" for c in cards(n)
                                                  for u in ("degrees Celsius", "degrees",
                                                            "degrees centigrade")]


def lens_gen(rng, part) -> tuple[str, list[str]]:
    """A prime lens before its noun: "a 50mm lens" ("a fifty millimeter"), "a 105mm lens" ("a
    hundred and five millimeter")."""
    n = pick(rng, [35, 50, 85, 105, 135, 24, 50, 28])
    mark = pick(rng, ["mm", "mm", " mm"])
    return f"{n}{mark}", [f"{c} millimeter" for c in attributive(n)]


def sensor_gen(rng, part) -> tuple[str, list[str]]:
    """Megapixels before a noun: "a 24MP sensor" ("a twenty four megapixel sensor"), "a
    45.7-megapixel sensor"."""
    mark = pick(rng, ["MP", "MP", " MP", "-megapixel"])
    if rng.random() < 0.3:
        whole, t = pick(rng, [(45, 7), (24, 2), (20, 1), (40, 2), (26, 1)])
        heads = halves(whole, t)
    else:
        whole = pick(rng, [24, 33, 45, 61, 20, 26, 12, 50])
        t, heads = None, [card(whole)]
    written = f"{whole}.{t}{mark}" if t else f"{whole}{mark}"
    return written, [f"{h} {u}" for h in heads for u in ("megapixel", "M P")]


def iso_gen(rng, part) -> tuple[str, list[str]]:
    """A camera's sensitivity: "ISO 3200" ("I S O thirty two hundred", "three thousand two
    hundred")."""
    n = pick(rng, [100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600])
    return f"ISO {with_written(n, rng, 0.3) if n < 10000 else n}", [f"I S O {c}"
                                                                   for c in cards(n)]


def speed_gen(rng, part) -> tuple[str, list[str]]:
    """A line's speed: "900Mbps" ("nine hundred megabits per second", "nine hundred meg"),
    "1Gbps" ("one gigabit per second", "one gig"), "1.6Gbps"."""
    k = rng.random()
    if k < 0.6:
        n = pick(rng, [500, 900, 150, 300, 74, 80, 67, 160])
        unit = pick(rng, ["Mbps", "Mbps", " Mbps", "Mb/s", " Mb/s"])
        return f"{n}{unit}", [f"{c} {u}" for c in cards(n) for u in
                              ("megabits per second", "megabits a second", "meg", "megabits",
                               "M B P S")]
    unit = pick(rng, ["Gbps", "Gbps", " Gbps", "Gb/s"])
    if k < 0.85:
        n = pick(rng, [1, 1, 2, 3, 8])
        plural = "s" if n > 1 else ""
        return f"{n}{unit}", [f"{card(n)} {u}" for u in
                              (f"gigabit{plural} per second", f"gigabit{plural} a second",
                               "gig", "G B P S")]
    t = pick(rng, [6, 2, 5])
    return f"1.{t}{unit}", [f"{h} {u}" for h in halves(1, t) for u in
                            ("gigabits per second", "gigabits a second", "gig", "G B P S")]


def plot_gen(rng, part) -> tuple[str, list[str]]:
    """An allotment plot: "10 rods" ("ten rods"), "5 poles", "250m²", "125 sq m"."""
    if rng.random() < 0.5:
        n, unit = pick(rng, [(10, "rods"), (5, "rods"), (10, "poles"), (5, "poles"),
                             (10, "perches")])
        return f"{n} {unit}", [f"{card(n)} {unit}"]
    n = pick(rng, [250, 125, 250, 300, 150])
    unit = pick(rng, ["m²", " sq m", " square metres", "sqm"])
    return f"{n}{unit}", [f"{c} square meters" for c in cards(n)]


def gauge_gen(rng, part) -> tuple[str, list[str]]:
    """A model track's gauge before "gauge": "16.5mm" ("sixteen point five millimeter"),
    "9mm", "45mm"."""
    v = pick(rng, ["16.5", "16.5", "9", "12", "32", "45", "6.5"])
    mark = pick(rng, ["mm", "mm", " mm"])
    if "." in v:
        w, t = v.split(".")
        return f"{v}{mark}", [f"{h} millimeter" for h in halves(int(w), int(t))]
    return f"{v}{mark}", [f"{card(int(v))} millimeter"]


def container_gen(rng, part) -> tuple[str, list[str]]:
    """A shipping container by its length: "a 40ft container" ("a forty foot container")."""
    n = pick(rng, [40, 20, 40, 45])
    return pick(rng, [f"{n}ft", f"{n}-foot", f"{n} ft", f"{n}ft"]), [f"{card(n)} foot"]


def pallet_gen(rng, part) -> tuple[str, list[str]]:
    """A pallet's load: "1,000kg", "1.2t" ("one point two tonnes")."""
    if rng.random() < 0.6:
        n = pick(rng, [500, 800, 1000, 1200, 1500, 1000])
        unit, words = pick(rng, KG)
        return f"{with_written(n, rng, 0.7)}{unit}", [f"{c} {w}" for c in cards(n)
                                                       for w in words]
    t = pick(rng, [2, 5, 2])
    return f"1.{t}{pick(rng, ['t', ' t', ' tonnes'])}", [f"{h} {u}" for h in halves(1, t)
                                                        for u in ("tonnes", "tons")]


# (frame, generator of (written, readings)); dev takes the even ones, held-out the odd ones.
MEASURE_FRAMES = [
    ("The grandstand looks out over the whole {X} circuit.", circuit_gen),
    ("The car was timed at {X} through the speed trap.", trap_gen),
    ("The new hybrid engine produces more than {X}.", power_gen),
    ("The summit stands {X} above sea level.", summit_gen),
    ("Temperatures on the summit ridge dropped to {X} overnight.", cold_gen),
    ("Fresh snow on the upper slopes is {X} deep.", unit_gen(CM, 20, 240)),
    ("The watch has {a} {X} steel case.", watch_case_gen),
    ("The diver's watch is water resistant to {X}.", depth_gen),
    ("The wedding ring is {a} {X} gold band.", gold_gen),
    ("The solitaire is {a} {X} diamond.", stone_carat_gen),
    ("The new kiln fires to {X}.", kiln_gen),
    ("She shoots most portraits on {a} {X} lens.", lens_gen),
    ("The camera has {a} {X} sensor.", sensor_gen),
    ("He pushed the camera to {X} for the night shots.", iso_gen),
    ("Download speeds in the village now reach {X}.", speed_gen),
    ("Ping times on the new line are about {X}.",
     unit_gen([("ms", ["milliseconds"]), (" ms", ["milliseconds"])], 4, 40)),
    ("The hive weighed {X} at the last inspection.", unit_gen(KG, 20, 60, 0.5)),
    ("A full allotment plot is {X}.", plot_gen),
    ("Each super holds about {X} of honey.",
     unit_gen([("lb", ["pounds"]), (" lb", ["pounds"]), (" lbs", ["pounds"])], 20, 35)),
    ("The cathedral spire rises to {X}.", unit_gen(FEET, 150, 404)),
    ("The layout uses {X} gauge track.", gauge_gen),
    ("Parcels over {X} need a two-person delivery.", unit_gen(KG, 20, 40)),
    ("The stock arrived from the factory in {a} {X} container.", container_gen),
    ("Each pallet in the warehouse can carry up to {X}.", pallet_gen),
]
HANDS_FRAMES = ["The mare stands {X}.", "The new show jumper is a bay standing {X}."]
FURLONG_FRAMES = ["The handicap is run over {X}.", "The novices' chase is over {X}."]
WEIGH_FRAMES = ["The champion weighed in at {X}.", "The challenger came in at {X} on the scales."]
HEIGHT_FRAMES = ["The heavyweight stands {X}.", "The judoka is {X} tall."]
REACH_FRAMES = ["The southpaw has a reach of {X}.",
                "Her reach of {X} is the longest in the division."]
LAP_FRAMES = ["Pole position went to a lap of {X}.", "The downhill was won in a time of {X}."]


def hands_slot(rng) -> tuple[str, list[str]]:
    """A horse's height in hands and inches: "16.2hh" ("sixteen two hands", "sixteen hands
    two inches"), "15hh" ("fifteen hands")."""
    h = rng.randint(13, 17)
    mark = pick(rng, ["hh", "hh", " hh", "hh"])
    if rng.random() < 0.3:
        return f"{h}{mark}", [f"{card(h)} hands", f"{card(h)} hands high"]
    i = rng.randint(1, 3)
    a, b = card(h), card(i)
    inches = "inch" if i == 1 else "inches"
    return f"{h}.{i}{mark}", [f"{a} {b} hands", f"{a} {b} hands high", f"{a} point {b} hands",
                              f"{a} point {b} hands high", f"{a} hands {b} {inches}",
                              f"{a} hands {b}", f"{a} hands and {b} {inches}"]


def furlong_slot(rng) -> tuple[str, list[str]]:
    """A race's distance in miles and furlongs: "7f" ("seven furlongs"), "2m 4f" ("two miles
    four furlongs", "two mile four", "two and a half miles"), "1m 2f" ("a mile and a
    quarter"), "3m" ("three miles")."""
    k = rng.random()
    if k < 0.3:
        f = rng.randint(5, 7)
        return f"{f}f", [f"{card(f)} furlongs"]
    m = rng.randint(1, 3)
    mw, miles = card(m), "mile" if m == 1 else "miles"
    if k < 0.4:
        return f"{m}m", [f"{mw} {miles}"] + (["a mile"] if m == 1 else [])
    f = pick(rng, [1, 2, 3, 4, 4, 5, 6, 7])
    fw, furl = card(f), "furlong" if f == 1 else "furlongs"
    heads = [mw] + (["a"] if m == 1 else [])
    said = [x for h in heads for x in (f"{h} {miles} {fw} {furl}",
                                       f"{h} {miles} and {fw} {furl}")]
    said.append(f"{mw} mile {fw}")
    if f in (2, 4):
        part_of = "a quarter" if f == 2 else "a half"
        said.append(f"{mw} and {part_of} miles")
        if m == 1:
            said.append(f"a mile and {part_of}")
    if f == 6:
        said.append(f"{mw} and three quarter miles")
        if m == 1:
            said.append("a mile and three quarters")
    return f"{m}m{pick(rng, [' ', ' ', ''])}{f}f", said


def weigh_slot(rng) -> tuple[str, list[str]]:
    """A boxer's weight: "11st 6lb" ("eleven stone six pounds", "eleven stone six"), "147lb"
    ("a hundred and forty seven pounds"), "66.7kg"."""
    k = rng.random()
    if k < 0.5:
        st, lb = rng.randint(8, 17), rng.randint(1, 13)
        written = pick(rng, [f"{st}st {lb}lb", f"{st}st {lb}lbs", f"{st} st {lb} lb",
                             f"{st}st {lb}lb"])
        pounds_word = "pound" if lb == 1 else "pounds"
        return written, [f"{card(st)} stone {card(lb)} {pounds_word}",
                         f"{card(st)} stone {card(lb)}",
                         f"{card(st)} stone and {card(lb)} {pounds_word}"]
    if k < 0.8:
        n = rng.randint(112, 260)
        return f"{n}{pick(rng, ['lb', ' lb', 'lbs', ' lbs'])}", [f"{c} pounds" for c in cards(n)]
    whole, t = rng.randint(48, 110), rng.randint(1, 9)
    unit, words = pick(rng, KG)
    return f"{whole}.{t}{unit}", [f"{h} {w}" for h in halves(whole, t) for w in words]


def height_slot(rng) -> tuple[str, list[str]]:
    """A height in feet and inches: "6ft 5in", "6' 5\"" ("six foot five", "six feet five
    inches")."""
    ft, i = pick(rng, [(6, rng.randint(1, 8)), (6, rng.randint(1, 8)), (5, rng.randint(9, 11))])
    written = pick(rng, [f"{ft}ft {i}in", f"{ft}' {i}\"", f"{ft}'{i}\"", f"{ft} ft {i} in",
                         f"{ft}ft {i}in"])
    a, b = card(ft), card(i)
    inches = "inch" if i == 1 else "inches"
    return written, [f"{a} {f} {b}" for f in ("foot", "feet")] + \
        [f"{a} {f}{j} {b} {inches}" for f in ("foot", "feet") for j in ("", " and")]


def reach_slot(rng) -> tuple[str, list[str]]:
    """A reach: "74in", "74 inches", "188cm"."""
    if rng.random() < 0.6:
        n = rng.randint(66, 84)
        return f"{n}{pick(rng, ['in', ' inches', chr(34), 'in'])}", [f"{card(n)} inches"]
    n = rng.randint(165, 205)
    unit, words = pick(rng, CM)
    return f"{n}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def lap_slot(rng, ski: bool) -> tuple[str, list[str]]:
    """A lap or a run timed to the thousandth or hundredth: "1:27.097" ("one minute twenty
    seven point oh nine seven seconds", "one twenty seven point oh nine seven"), "1:54.32"."""
    m, s = (rng.randint(1, 2), rng.randint(10, 59)) if ski else (1, rng.randint(10, 45))
    frac = f"{rng.randint(0, 9)}{rng.randint(1, 9)}" if ski else \
        f"{rng.randint(0, 99):02d}{rng.randint(1, 9)}"
    mins = "minute" if m == 1 else "minutes"
    said = []
    for d in zero_variants(digits(frac)):
        said += [f"{card(m)} {mins} {card(s)} point {d} seconds",
                 f"{card(m)} {mins} and {card(s)} point {d} seconds",
                 f"{card(m)} {mins} {card(s)} point {d}",
                 f"{card(m)} {card(s)} point {d}"]
    return f"{m}:{s:02d}.{frac}", said


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.06:
        return fill(HANDS_FRAMES[i], *hands_slot(rng))
    if k < 0.12:
        return fill(FURLONG_FRAMES[i], *furlong_slot(rng))
    if k < 0.18:
        return fill(WEIGH_FRAMES[i], *weigh_slot(rng))
    if k < 0.22:
        return fill(HEIGHT_FRAMES[i], *height_slot(rng))
    if k < 0.26:
        return fill(REACH_FRAMES[i], *reach_slot(rng))
    if k < 0.32:
        return fill(LAP_FRAMES[i], *lap_slot(rng, i == 1))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("Ransomware attacks on schools rose by {X} last year.", 10, 300, False),
                  ("The favourite has won {X} of his starts over fences.", 20, 80, False),
                  ("Only {X} of the Roman villa has been excavated.", 5, 40, False),
                  ("The clay shrinks by about {X} as it dries and fires.", 8, 14, True),
                  ("Honey yields on the allotments were down {X} this summer.", 10, 60, False),
                  ("The parcel firm delivered {X} of orders on time.", 90, 99, True),
                  ("Sales of mechanical watches rose {X} in the year.", 2, 20, True),
                  ("Full fibre now reaches {X} of homes in the county.", 40, 90, True),
                  ("The steepest pitch on the black run is {X}.", 35, 80, False),
                  ("The cathedral's restoration is {X} complete.", 40, 95, False)]
UPTIME_FRAMES = ["The network's uptime last year was {X}.",
                 "The cloud provider promises {X} availability."]
DEPOSIT_FRAMES = [("The jeweller asks for {a} {X} deposit on commissions.", [10, 20, 25, 30, 50,
                                                                            18]),
                  ("The ski school takes {a} {X} deposit when you book.", [10, 15, 20, 25, 11,
                                                                          8])]
PLUS_FRAMES = ["Shares in the telecoms group ended the day {X}.",
               "The parcel firm's shares closed {X}."]
APR_FRAMES = ["The jeweller offers finance on engagement rings at {X}.",
              "The camera shop's finance deal is at {X}."]
MINUS_FRAMES = ["Toy sales at the department store changed by {X} in the quarter.",
                "Parcel volumes changed by {X} on the year."]
POINTS_FRAMES = [("The telecoms sector lost {X} points by lunchtime.", 10, 90),
                 ("The share of homes on full fibre rose {X} percentage points.", 2, 15)]


def uptime_slot(rng) -> tuple[str, list[str]]:
    """Availability just under a whole: "99.9%" ("ninety nine point nine percent"),
    "99.95%", "99.999%" ("... point nine nine nine", "five nines")."""
    frac = pick(rng, ["9", "9", "95", "99", "999", "5"])
    said = [f"ninety nine point {digits(frac)} percent"]
    if frac == "999":
        said.append("five nines")
    return f"99.{frac}%", said


def deposit_slot(rng, amounts) -> tuple[str, list[str]]:
    n = pick(rng, amounts)
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{card(n)} percent"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.09:
        return fill(UPTIME_FRAMES[i], *uptime_slot(rng))
    if k < 0.16:
        frame, amounts = DEPOSIT_FRAMES[i]
        return fill(frame, *deposit_slot(rng, amounts))
    if k < 0.23:
        return fill(PLUS_FRAMES[i], *plus_slot(rng))
    if k < 0.3:
        return fill(APR_FRAMES[i], *apr_slot(rng))
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

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The winner crossed the line {X} seconds clear of the field.", 0, 1, 3),
                  ("The filly is trading at {X} on the betting exchange.", 2, 12, 2),
                  ("The kata scored {X} with the judges.", 7, 9, 1),
                  ("The colony's daily mite drop averaged {X}.", 1, 9, 1),
                  ("The jeweller's scales showed {X} grams.", 1, 30, 2),
                  ("The mountain hut scores {X} out of ten with guests.", 7, 9, 1),
                  ("The dig's average find density was {X} per square metre.", 1, 6, 1),
                  ("The router's signal-to-noise margin is {X} decibels.", 3, 12, 1)]
HALF_FRAMES = [("Her ring size in the US system is {X}.", 4, 11, True),
               ("Set the binding's release value to {X}.", 4, 10, False)]
CROP_FRAMES = ["The camera has a crop factor of {X}.",
               "The smaller sensor gives a crop factor of {X}."]
COORD_FRAMES = ["The barrow lies at latitude {X}.",
                "The ruined chapel sits at {X} on the survey."]
VERSION_FRAMES = ["The router's firmware is now at version {X}.",
                  "Update the antivirus engine to version {X}."]


def half_slot(rng, lo: int, hi: int, quarters: bool) -> tuple[str, list[str]]:
    """A size in halves or quarters: "7.5" ("seven point five", "seven and a half"), "6.25"
    ("six point two five", "six and a quarter"), "6.75" ("six and three quarters")."""
    n = rng.randint(lo, hi)
    if quarters and rng.random() < 0.35:
        q, words = pick(rng, [("25", "a quarter"), ("75", "three quarters")])
        return f"{n}.{q}", point_digits(n, q) + [f"{card(n)} and {words}"]
    return f"{n}.5", halves(n, 5)


def crop_slot(rng) -> tuple[str, list[str]]:
    """A crop factor: "1.5", "1.6x" ("one point six", "one point six times", "one point six
    x"), "2x"."""
    v = pick(rng, ["1.5", "1.6", "1.3", "2"])
    x = pick(rng, ["", "x", "", "×"])
    head = f"one point {card(int(v[2]))}" if "." in v else "two"
    return f"{v}{x}", [head] if not x else [head, f"{head} times", f"{head} x"]


def coordinate_slot(rng, part) -> tuple[str, list[str]]:
    """A latitude or longitude in decimal degrees: "51.1789° N" ("fifty one point one seven
    eight nine degrees north"), "1.8262°W"."""
    if part == "dev":
        whole, side = rng.randint(50, 58), pick(rng, [("N", "north")])
    else:
        whole, side = rng.randint(0, 5), pick(rng, [("W", "west"), ("E", "east")])
    frac = f"{rng.randint(0, 999):03d}{rng.randint(1, 9)}"
    gap = pick(rng, [" ", "", " "])
    return (f"{whole}.{frac}°{gap}{side[0]}",
            [f"{h} degrees {side[1]}" for h in point_digits(whole, frac)])


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        frame, lo, hi, quarters = HALF_FRAMES[i]
        return fill(frame, *half_slot(rng, lo, hi, quarters))
    if k < 0.2:
        return fill(CROP_FRAMES[i], *crop_slot(rng))
    if k < 0.3:
        return fill(COORD_FRAMES[i], *coordinate_slot(rng, part))
    if k < 0.38:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book a pottery class, call {X}.",
                "The IT service desk can be reached on {X}.",
                "To report a broadband fault, ring {X}.",
                "The ski school's booking line is {X}.",
                "For help with a missed delivery, call {X}.",
                "The cathedral's visitor desk is on {X}.",
                "To enter the boxing club's novice night, phone {X}.",
                "The watch repair workshop is on {X}."]
# (frame, written, readings): short and well-known lines.
SHORT_LINES = [("Forward scam texts to {X} free of charge.", "7726",
                ["seven seven two six"]),
               ("To see your handset's IMEI, dial {X}.", "*#06#",
                ["star hash zero six hash", "star pound zero six pound",
                 "asterisk hash zero six hash"]),
               ("To call out the air rescue in Switzerland, dial {X}.", "1414",
                ["one four one four", "fourteen fourteen"]),
               ("Report online fraud to Action Fraud on {X}.", "0300 123 2040",
                ["zero three zero zero one two three two zero four zero",
                 "oh three hundred one two three two zero four zero",
                 "zero three zero zero one two three twenty forty"])]
TEXT_FRAMES = ["To give five pounds to the cathedral's roof appeal, text {X}.",
               "Text {X} to donate three pounds to the mountain rescue team."]
KEYWORDS = ["GARGOYLE", "BELAY", "CRYPT", "ICEAXE"]
# (country code, readings after "plus", groups, the digits the number opens with): Nepal,
# Monaco, Macau, Bahrain, Andorra, Bhutan and Cambodia.
ABROAD = [("977", ["nine seven seven"], (3, 7), "98"),
          ("377", ["three seven seven"], (2, 2, 2, 2), "9"),
          ("853", ["eight five three"], (4, 4), "28"),
          ("973", ["nine seven three"], (4, 4), "17"),
          ("376", ["three seven six"], (3, 3), "8"),
          ("975", ["nine seven five"], (1, 3, 3), "2"),
          ("855", ["eight five five"], (2, 3, 3), "23")]


def text_slot(rng) -> tuple[str, list[str]]:
    return text_slot_r112(rng, keywords=KEYWORDS)


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


def phone(rng, part):
    return phone_r114(rng, part, phone_frames=PHONE_FRAMES, short_lines=SHORT_LINES,
                      text_frames=TEXT_FRAMES, abroad_slot=abroad_slot, text_slot=text_slot)


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["About {X} of the finds came from the inner ditch.",
                   "Nearly {X} of the cathedral's windows still hold medieval glass.",
                   "Roughly {X} of the pottery's output is sold abroad.",
                   "Only {X} of the field completed the cross-country course.",
                   "Over {X} of the colonies on the site died over the winter.",
                   "Around {X} of small firms reported a cyber attack last year.",
                   "Just under {X} of parcels are now collected from lockers.",
                   "Almost {X} of the resort's pistes are graded red or black."]
ONE_IN_FRAMES = ["About {X} small businesses lost money to an online scam last year.",
                 "Roughly {X} hives in the county failed to survive the spring."]
OFF_FRAMES = ["Members get {X} off lift passes midweek.",
              "Students get {X} off the price of a pottery course."]
ODDS_FRAMES = ["The favourite was backed down to {X} before the off.",
               "The grey won at {X} under a fine ride."]
LENGTH_FRAMES = ["The filly won by {X} at the line.", "The runner-up was beaten {X}."]
SCALE_FRAMES = ["The layout is built to {X} scale.", "The die-cast models are all {X} scale."]
SHUTTER_FRAMES = ["Freeze the horses' hooves with a shutter speed of {X}.",
                  "She shot the waterfall handheld at {X}."]
JAR_FRAMES = ["The honey is sold in {X} jars.", "The fudge from the abbey shop comes in {X} bags."]
# Shutter speeds: the denominator and its ordinal readings after "one" or "a".
SHUTTER = {60: ["sixtieth"], 125: ["hundred and twenty fifth"],
           250: ["two hundred and fiftieth", "two fiftieth"], 500: ["five hundredth"],
           1000: ["thousandth"], 2000: ["two thousandth"], 4000: ["four thousandth"],
           8000: ["eight thousandth"]}
DISTANCE_FRAMES = ["The {X} chase is the highlight of the card.",
                   "The stayers' hurdle is run over {X}."]
# Odds against, as written and read: "11/4" ("eleven to four"), "100/30" ("a hundred to
# thirty").
ODDS = [(5, 2), (11, 4), (9, 4), (7, 2), (13, 8), (15, 8), (6, 1), (10, 1), (33, 1),
        (100, 30), (9, 2), (5, 1), (7, 1), (16, 1), (25, 1), (11, 8), (7, 4), (6, 4), (20, 1)]
# Parts of a length: (glyph, slash form, its words after a whole, its readings alone).
LENGTH_PARTS = [("½", "1/2", "a half", ["half a length", "a half length"]),
                ("¼", "1/4", "a quarter", ["a quarter of a length", "a quarter length"]),
                ("¾", "3/4", "three quarters", ["three quarters of a length",
                                                 "three quarter length"])]


def odds_slot(rng) -> tuple[str, list[str]]:
    a, b = pick(rng, ODDS)
    sep = pick(rng, ["/", "/", "/", "-"])
    return f"{a}{sep}{b}", [f"{x} to {card(b)}" for x in cards(a)]


def length_slot(rng) -> tuple[str, list[str]]:
    """A winning distance: "1½ lengths" ("one and a half lengths", "a length and a half"),
    "¾ length" ("three quarters of a length"), "3 lengths"."""
    glyph, slash, part_of, alone = pick(rng, LENGTH_PARTS)
    k = rng.random()
    if k < 0.2:
        n = rng.randint(2, 8)
        return f"{n} lengths", [f"{card(n)} lengths"]
    if k < 0.4:
        return f"{pick(rng, [glyph, glyph, slash])} length", alone
    n = rng.randint(1, 4)
    num = f"{n}{glyph}" if rng.random() < 0.7 else f"{n} {slash}"
    said = [f"{card(n)} and {part_of} lengths"]
    if glyph == "¾":
        said.append(f"{card(n)} and three quarter lengths")
    if n == 1:
        said.append(f"a length and {part_of}")
    return f"{num} lengths", said


def scale_slot(rng) -> tuple[str, list[str]]:
    """A model's scale: "1:76" ("one to seventy six"), "1:148", "1/43"."""
    b = pick(rng, [76, 87, 148, 43, 18, 35, 72, 160, 48, 24])
    sep = pick(rng, [":", ":", ":", "/"])
    return f"1{sep}{b}", [f"one to {c}" for c in cards(b)]


def shutter_slot(rng) -> tuple[str, list[str]]:
    """A shutter speed: "1/250s" ("a two hundred and fiftieth of a second", "one two
    fiftieth of a second", "one over two hundred and fifty seconds"), "1/1000 sec" ("a
    thousandth of a second")."""
    d = pick(rng, list(SHUTTER))
    tail = pick(rng, ["s", " sec", " s", " of a second", "sec"])
    said = [f"{a} {p} of a second" for p in SHUTTER[d] for a in ("one", "a")]
    unit = "of a second" if tail == " of a second" else "seconds"
    said += [f"one over {c} {unit}" for c in cards(d) + hundreds_pair(d)]
    return f"1/{d}{tail}", said


def jar_slot(rng) -> tuple[str, list[str]]:
    """Part of a pound before a noun: "½lb jars" ("half pound"), "¼lb" ("quarter pound")."""
    glyph, slash, said = pick(rng, [("½", "1/2", ["half pound"]),
                                    ("¼", "1/4", ["quarter pound"])])
    num = glyph if rng.random() < 0.7 else slash
    return f"{num}{pick(rng, ['lb', 'lb', ' lb', '-pound'])}", said


def race_distance_slot(rng, attr: bool) -> tuple[str, list[str]]:
    """A race's distance in miles and parts of one: "the 2½-mile chase" ("two and a half
    mile"), "over 3½ miles"."""
    n = rng.randint(2, 3) if attr else rng.randint(2, 4)
    slash, glyph, said = pick(rng, MIXED[:3])
    num = f"{n}{glyph}" if rng.random() < 0.7 else f"{n} {slash}"
    if attr:
        return f"{num}{pick(rng, ['-mile', ' mile', '-mile'])}", [f"{card(n)} and {s} mile"
                                                                  for s in said]
    return f"{num} miles", [f"{card(n)} and {s} miles" for s in said]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(ODDS_FRAMES[i], *odds_slot(rng))
    if k < 0.22:
        return fill(LENGTH_FRAMES[i], *length_slot(rng))
    if k < 0.29:
        return fill(SCALE_FRAMES[i], *scale_slot(rng))
    if k < 0.36:
        return fill(SHUTTER_FRAMES[i], *shutter_slot(rng))
    if k < 0.42:
        return fill(JAR_FRAMES[i], *jar_slot(rng))
    if k < 0.49:
        return fill(DISTANCE_FRAMES[i], *race_distance_slot(rng, i == 0))
    if k < 0.55:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.61:
        return fill(OFF_FRAMES[i], *off_slot(rng))
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

# (name, the numerals it took, the title it is given, or None where it takes none): kings of
# Anuradhapura, Angkor, Champa and the Eastern Gangas, of Assyria, Sidon, Tyre, Israel,
# Nabataea and Iberia, a pharaoh, kings of Mercia and Northumbria, of Denmark, Kongo, Lan Xang,
# Cambodia, Naples, Aragon and Belgium, Mayan lords of Palenque and Tikal, a prince of Monaco,
# dukes and marquesses of Mantua and Urbino, counts of Toulouse, a landgrave of Hesse, a duke
# of Württemberg, Seljuk sultans, a nizam of Hyderabad, a maharaja of Jaipur, popes, and the
# Aga Khans of racing.
RULERS = [("Mahinda", [4, 5], "King"), ("Udayadityavarman", [2], "King"),
          ("Bhadravarman", [1], "King"), ("Kan Bahlam", [2], None),
          ("Narasimhadeva", [1], "King"), ("Tukulti-Ninurta", [1], "King"),
          ("Eshmunazar", [2], "King"), ("Hiram", [1], "King"),
          ("Jeroboam", [2], "King"), ("Rabbel", [2], "King"),
          ("Mirian", [3], "King"), ("Neferhotep", [1], "Pharaoh"),
          ("Ceolwulf", [1, 2], "King"), ("Osred", [1, 2], "King"),
          ("Svend", [2, 3], "King"), ("Knut", [4, 6], "King"),
          ("Garcia", [2], "King"), ("Setthathirath", [1], "King"),
          ("Norodom", [1], "King"), ("Jasaw Chan K'awiil", [1], None),
          ("Florestan", [1], "Prince"), ("Federico", [2], "Duke"),
          ("Ludovico", [3], None), ("Guidobaldo", [1, 2], "Duke"),
          ("Raymond", [6, 7], "Count"), ("Philipp", [1], "Landgrave"),
          ("Eberhard", [1], "Duke"), ("Kayqubad", [1], "Sultan"),
          ("Kaykhusraw", [2], "Sultan"), ("Asaf Jah", [7], None),
          ("Sawai Jai Singh", [2], "Maharaja"), ("Ferrante", [1], "King"),
          ("Pere", [2, 3], "King"), ("Baudouin", [1], "King"),
          ("Hadrian", [1, 4], "Pope"), ("Aga Khan", [3, 4], None)]
REGNAL_FRAMES = ["The oldest inscription at the site was cut for {X}.",
                 "The temple was built in the reign of {X}.",
                 "A gold coin of {X} turned up in the spoil heap.",
                 "Our guide told us how {X} paid for the great tower.",
                 "The jewelled reliquary given by {X} is kept in the treasury.",
                 "The palace was enlarged under {X}.",
                 "Her new book on {X} draws on the latest excavations.",
                 "The inscription over the door names {X} as the founder."]
# Series numbered in Roman numerals: (the series as written, as said, the numbers it takes,
# whether "Mark" may be said before the number, dev and held frames). Films, peaks,
# satellites, a computer, watches and cameras, church councils and boxing rematches.
SERIES = [("The Karate Kid Part", "The Karate Kid Part", [2, 3], False,
           ["The dojo's film night is showing {X}.",
            "Half the class took up karate after watching {X}."]),
          ("Gasherbrum", "Gasherbrum", [1, 2, 3, 4], False,
           ["The team turned back below the summit of {X}.",
            "She climbed {X} without bottled oxygen."]),
          ("Annapurna", "Annapurna", [2, 3, 4], False,
           ["The expedition's permit is for {X}.", "Avalanches closed the route up {X}."]),
          ("Syncom", "Syncom", [2, 3], False,
           ["The call across the Pacific was relayed by {X}.",
            "A model of {X} hangs in the telecoms museum."]),
          ("Macintosh", "Macintosh", [2], False,
           ["The IT museum has a working {X}.", "Our first office computer was a {X}."]),
          ("Rolex Explorer", "Rolex Explorer", [2], False,
           ["He wore a {X} on the expedition.", "The dealer has a rare {X} in the window."]),
          ("Canon EOS 5D Mark", "Canon E O S five D Mark", [3, 4], False,
           ["She still shoots weddings on a {X}.", "The second-hand {X} came with two lenses."]),
          ("Sony A7", "Sony A seven", [3, 4], True,
           ["The club's new member brought a {X}.", "I traded my old {X} for a zoom lens."]),
          ("Nikon Z6", "Nikon Z six", [2, 3], True,
           ["The wildlife photographer switched to a {X}.", "The {X} has a tilting screen."]),
          ("Lateran", "Lateran", [3, 4], False,
           ["The canons of {X} are still studied in seminaries.",
            "The lecture in the chapter house is on {X}."]),
          ("Fury–Wilder", "Fury Wilder", [2, 3], False,
           ["Tickets for {X} sold out in minutes.", "The build-up to {X} was bad-tempered."]),
          ("Usyk–Fury", "Usyk Fury", [2], False,
           ["The rematch, {X}, went the full distance.", "Few pundits called {X} right."])]
# Cars and watches by their mark: "Bentley Mark VI" ("Bentley Mark six").
MARKS = [("Bentley", "Bentley", [6]), ("Ford GT40", "Ford G T forty", [2, 4]),
         ("Omega Speedmaster", "Omega Speedmaster", [2])]
MARK_FRAMES = ["A {X} leads the parade lap before the historic race.",
               "The auction includes a {X} in perfect order."]
# Events numbered in Roman numerals, read as an ordinal before their noun.
EVENT_FRAMES = [("The ski team is heading to the {X} Winter Universiade.", [31, 32]),
                ("Bishops from every continent met for the {X} Ordinary General Assembly of "
                 "the Synod.", [15, 16])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def series_slot(rng, part) -> tuple[str, list[str]]:
    name, said, numbers, mark, frames = pick(rng, SERIES)
    n = pick(rng, numbers)
    frame = frames[0 if part == "dev" else 1]
    readings = [f"{said} {card(n)}"] + ([f"{said} Mark {card(n)}"] if mark else [])
    if "–" in name:
        first, second = said.split()
        readings += [f"{first} {v} {second} {card(n)}" for v in ("versus", "v")]
    return fill(frame, f"{name} {to_roman(n)}", readings)


def mark_slot(rng) -> tuple[str, list[str]]:
    """A car's or a watch's mark: "Bentley Mark VI", "Ford GT40 Mk II", "Speedmaster MkII"
    ("Mark two")."""
    name, said, numbers = pick(rng, MARKS)
    n = pick(rng, numbers)
    num = pick(rng, [f"Mk {to_roman(n)}", f"Mk{to_roman(n)}", f"Mark {to_roman(n)}",
                     f"Mk {to_roman(n)}", f"Mark {to_roman(n)}"])
    return f"{name} {num}", [f"{said} Mark {card(n)}"]


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.3:
        return series_slot(rng, part)
    if k < 0.36:
        return fill(MARK_FRAMES[i], *mark_slot(rng))
    if k < 0.42:
        frame, numbers = EVENT_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "The toy is recommended for children aged {X}.", 3, 10, 4, 1),
                ("num", "Inspect the hives every {X} days in early summer.", 5, 10, 3, 1),
                ("num", "The summit push usually takes {X} hours from the top camp.", 6, 14, 4,
                 1),
                ("num", "A commissioned ring takes {X} weeks to make.", 4, 12, 4, 1),
                ("mins", "Firmware updates take {X} to install.", 5, 30, 15, 5),
                ("mins", "The chairlift queue at peak times is {X}.", 10, 40, 15, 5),
                ("pct", "Full fibre prices are set to rise {X} in April.", 3, 9, 3, 1),
                ("pct", "A pot loses {X} of its weight in the first firing.", 10, 20, 5, 1),
                ("temp", "Store the honey somewhere at {X}.", 10, 20, 5, 1),
                ("kg", "A loaded pack for the trek should weigh {X}.", 8, 16, 4, 1)]
LENS_FRAMES = ["The kit comes with {a} {X} lens.", "She shot the race on {a} {X} zoom."]
COLD_RANGE_FRAMES = ["Expect {X} on the summit tonight.",
                     "Night-time temperatures at base camp are {X}."]
HOURS_FRAMES = ["The pottery shop is open {X} on weekdays.",
                "Deliveries to the depot are accepted {X}."]
DAYS_FRAMES = ["The IT help desk is open {X}.", "The camera repair counter is open {X}."]
DATE_RANGE_FRAMES = ["The racing festival runs {X}.", "The ceramics fair takes place {X}."]
PRICE_FRAMES = ["Private ski lessons cost {X}.", "Hand-thrown vases in the gallery cost {X}."]
CENTURY_FRAMES = ["The crypt holds tombs from the {X} centuries.",
                  "Most of the glass in the choir dates from the {X} centuries."]
SIZE_FRAMES = ["The ring comes in sizes {X}.", "Ring sizes {X} are in stock."]
LINE_FRAMES = ["Customers on the old copper lines get {X}.",
               "The mobile network offers speeds of {X} in the town."]
COLONY_FRAMES = ["A strong colony holds {X} bees in midsummer.",
                 "A good hive can hold {X} bees at its peak."]


def lens_range_slot(rng) -> tuple[str, list[str]]:
    """A zoom lens before its noun: "a 70-200mm lens" ("a seventy to two hundred
    millimeter"), "an 18-55mm", "a 100-400mm" ("a hundred to four hundred")."""
    a, b = pick(rng, [(70, 200), (24, 70), (18, 55), (100, 400), (24, 105), (150, 600),
                      (16, 35), (70, 300)])
    dash = pick(rng, ["-", "-", "–"])
    unit = pick(rng, ["mm", "mm", " mm"])
    return f"{a}{dash}{b}{unit}", [f"{x} to {y} millimeter" for x in attributive(a)
                                   for y in cards(b)]


def cold_range_slot(rng) -> tuple[str, list[str]]:
    """Temperatures below zero: "-15 to -8°C", "−20°C to −12°C" ("minus fifteen to minus
    eight degrees Celsius")."""
    a = rng.randint(10, 30)
    b = a - rng.randint(3, 8)
    sign = pick(rng, ["-", "−"])
    units = ("degrees Celsius", "degrees", "degrees centigrade")
    said = [f"{m} {card(a)} to {m} {card(b)} {u}" for m in ("minus", "negative") for u in units]
    if rng.random() < 0.4:
        return f"{sign}{a}°C to {sign}{b}°C", said + [
            f"{m} {card(a)} {u} to {m} {card(b)} {u}" for m in ("minus", "negative")
            for u in units]
    return f"{sign}{a} to {sign}{b}°C", said


def century_range_slot(rng) -> tuple[str, list[str]]:
    """Centuries: "12th-14th" ("twelfth to fourteenth")."""
    a = rng.randint(11, 16)
    b = a + rng.randint(1, 3)
    dash = pick(rng, ["-", "–", " to "])
    return f"{a}{ord_suffix(a)}{dash}{b}{ord_suffix(b)}", [f"{ordw(a)} to {ordw(b)}",
                                                          f"{ordw(a)} to the {ordw(b)}"]


def size_range_slot(rng) -> tuple[str, list[str]]:
    """British ring sizes by their letters: "J-Q" ("J to Q")."""
    letters = "HIJKLMNOPQRSTUVW"
    a = rng.randint(0, 8)
    b = a + rng.randint(3, 7)
    return f"{letters[a]}{pick(rng, ['-', '–'])}{letters[b]}", [f"{letters[a]} to {letters[b]}"]


def line_range_slot(rng) -> tuple[str, list[str]]:
    """Speeds: "30-67Mbps" ("thirty to sixty seven megabits per second", "meg")."""
    a = pick(rng, [10, 30, 40, 24, 50, 100])
    b = a + pick(rng, [10, 20, 27, 36, 50, 80])
    unit = pick(rng, ["Mbps", " Mbps", "Mb/s"])
    return f"{a}{pick(rng, ['-', '–'])}{b}{unit}", [
        f"{x} to {y} {u}" for x in cards(a) for y in cards(b)
        for u in ("megabits per second", "megabits a second", "meg", "megabits")]


def colony_range_slot(rng) -> tuple[str, list[str]]:
    """"40,000-60,000" ("forty thousand to sixty thousand")."""
    a = pick(rng, [20, 30, 40, 50])
    b = a + pick(rng, [10, 20, 30])
    dash = pick(rng, ["-", "–"])
    written = f"{a},000{dash}{b},000" if rng.random() < 0.7 else f"{a}{dash}{b},000"
    said = [f"{card(a)} thousand to {card(b)} thousand"]
    if "," not in written.split(dash)[0]:
        said.append(f"{card(a)} to {card(b)} thousand")
    return written, said


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.07:
        return fill(LENS_FRAMES[i], *lens_range_slot(rng))
    if k < 0.13:
        return fill(COLD_RANGE_FRAMES[i], *cold_range_slot(rng))
    if k < 0.19:
        return fill(HOURS_FRAMES[i], *clock_range(rng, dash))
    if k < 0.25:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.31:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.37:
        return fill(PRICE_FRAMES[i], *price_range_slot(rng))
    if k < 0.42:
        return fill(CENTURY_FRAMES[i], *century_range_slot(rng))
    if k < 0.47:
        return fill(SIZE_FRAMES[i], *size_range_slot(rng))
    if k < 0.52:
        return fill(LINE_FRAMES[i], *line_range_slot(rng))
    if k < 0.56:
        return fill(COLONY_FRAMES[i], *colony_range_slot(rng))
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

HOSTS = ["henge", "cloister", "steeple", "slipware", "tripod", "shutterbug", "bezel",
         "tourbillon", "chronograph", "tinplate", "honeycomb", "beeswax", "crampon", "piton",
         "carabiner", "moguls", "piste", "paddock", "fetlock", "chicane", "pitlane", "southpaw",
         "uppercut", "dojo", "firewall", "forklift", "bisque", "raku", "loupe", "filigree",
         "icefall", "crozier", "reliquary", "thurible"]
SUBDOMAINS = ["bookings", "status", "tracking", "shop"]
# (frame, the path that fits it)
SITE_FRAMES = [("Track your parcel at {X}.", "track-parcel"),
               ("Live lift and piste status is on {X}.", "lift-status"),
               ("Today's racecards are posted on {X}.", "racecards"),
               ("Book a place on a kiln course at {X}.", "kiln-courses"),
               ("Report a suspicious email at {X}.", "report-phishing"),
               ("Find your ring size at {X}.", "ring-sizes")]
# (written, readings): the ones no earlier round used; the country codes by their letters.
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("co.uk", ["co dot u k"]),
        ("org.uk", ["org dot u k"]), ("photography", ["photography"]), ("camera", ["camera"]),
        ("jewelry", ["jewelry", "jewellery"]), ("watch", ["watch"]), ("toys", ["toys"]),
        ("ski", ["ski"]), ("racing", ["racing"]), ("horse", ["horse"]), ("church", ["church"]),
        ("faith", ["faith"]), ("tech", ["tech"]), ("security", ["security"]),
        ("support", ["support"]), ("delivery", ["delivery"]), ("network", ["network"]),
        ("cloud", ["cloud"]), ("express", ["express"]), ("np", ["n p"]), ("mc", ["m c"]),
        ("mo", ["m o"]), ("ad", ["a d"]), ("bt", ["b t"]), ("kh", ["k h"]), ("bg", ["b g"])]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Report anything suspicious to {X}.", "phishing"),
               ("Questions about your delivery go to {X}.", "deliveries"),
               ("Email your entry for the photo contest to {X}.", "competition"),
               ("To book a christening, email {X}.", "verger"),
               ("Requests for a router replacement go to {X}.", "faults"),
               ("Send details of your finds to {X}.", "finds"),
               ("Swarm reports go to {X}.", "swarms"),
               ("Ask about a watch valuation at {X}.", "valuations")]
NAME_MAIL_FRAMES = ["The dig director can be reached at {X}.",
                    "Your account manager can be contacted directly at {X}."]
HANDLE_FRAMES = ["Lift closures are posted first by {X}.",
                 "The pottery posts its kiln openings as {X}.",
                 "Non-runners are announced by {X}.", "Outage updates come from {X}."]
HANDLE_TAILS = [("ski", "ski"), ("clay", "clay"), ("racing", "racing"), ("it", "I T")]
# (hashtag, its words)
HASHTAGS = [("FindsFriday", ["finds friday"]), ("SaveTheBees", ["save the bees"]),
            ("PowderDay", ["powder day"]), ("FightNight", ["fight night"]),
            ("CyberAware", ["cyber aware"]), ("ShotOnFilm", ["shot on film"])]
HASHTAG_FRAMES = ["Tag your posts with {X}.", "Follow the conversation under {X}."]
IP_FRAMES = ["Type {X} into your browser to reach the router.",
             "The printer's address on the office network is {X}."]


def octet(n: int) -> list[str]:
    """A part of an IP address: digit by digit, as a number, or a three-digit one as its
    first digit and the last two ("one sixty eight")."""
    s = str(n)
    return list(dict.fromkeys([digits(s), card(n)] + hundreds_pair(n)))


def ip_slot(rng) -> tuple[str, list[str]]:
    """A private IP address: "192.168.1.254" ("one nine two dot one six eight dot one dot two
    five four", "one ninety two dot one sixty eight ..."), "10.0.0.138"."""
    if rng.random() < 0.65:
        parts = [192, 168, pick(rng, [0, 1, 1, 0, 2, 8, 100]), rng.randint(1, 254)]
    else:
        parts = [10, 0, pick(rng, [0, 0, 1, 10]), rng.randint(1, 254)]
    styles = [[digits(str(p)) for p in parts], [card(p) for p in parts],
              [(hundreds_pair(p) or [card(p)])[0] for p in parts]]
    said = [" dot ".join(s) for s in styles] + [" point ".join(styles[0])]
    return ".".join(map(str, parts)), [v for s in dict.fromkeys(said) for v in zero_variants(s)]


def web_slot(rng, part, path: str, hosts=HOSTS, subdomains=SUBDOMAINS,
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
        return f"{host}.{tld}/{path}", [f"{host} dot {t} {s} {p}" for t in tld_said
                                        for s in ("slash", "forward slash")
                                        for p in said_path(path)]
    said = [f"{host} dot {t}" for t in tld_said]
    return (f"https://{host}.{tld}",
            said + [f"h t t p s colon slash slash {s}" for s in said]
            + [f"h t t p s colon forward slash forward slash {s}" for s in said])


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
        return fill(HASHTAG_FRAMES[i], f"#{tag}", [f"hashtag {w}" for w in words + [tag.lower()]])
    if k < 0.56:
        return fill(IP_FRAMES[i], *ip_slot(rng))
    frame, path = pick(rng, split(SITE_FRAMES, part))
    return fill(frame, *web_slot(rng, part, path))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): ski, racing and horse towns, and the
# towns of pottery, jewellery, watches, toys, glass, archaeology and parcel hubs.
CITIES = [("Vail", "CO", "816"), ("Telluride", "CO", "814"), ("Park City", "UT", "840"),
          ("Killington", "VT", "057"), ("Sun Valley", "ID", "833"),
          ("Breckenridge", "CO", "804"), ("Mammoth Lakes", "CA", "935"),
          ("Ketchum", "ID", "833"), ("Saratoga Springs", "NY", "128"),
          ("Louisville", "KY", "402"), ("Middleburg", "VA", "201"), ("Aiken", "SC", "298"),
          ("Daytona Beach", "FL", "321"), ("Indianapolis", "IN", "462"),
          ("Talladega", "AL", "350"), ("Sebring", "FL", "338"), ("Martinsville", "VA", "241"),
          ("Seagrove", "NC", "273"), ("Pawtucket", "RI", "028"), ("El Segundo", "CA", "902"),
          ("Collinsville", "IL", "622"), ("Memphis", "TN", "381"), ("Corning", "NY", "148"),
          ("Attleboro", "MA", "027"), ("Waltham", "MA", "024"), ("Bethel", "ME", "042")]
# Streets named for racehorses.
STREETS = ["Secretariat", "Seabiscuit", "Affirmed", "Whirlaway", "Arkle", "Shergar",
           "Nijinsky", "Frankel", "Ribot", "Hyperion", "Zenyatta", "Cigar", "Alydar", "Swaps",
           "Ruffian", "Buckpasser", "Forego", "Sysonby", "Sunline", "Winx", "Carbine",
           "Tulloch", "Gladiateur", "Ormonde", "Sceptre", "Mahmoud", "Exterminator",
           "Sea Bird"]
# British towns of those topics: (town, postcode area, district).
UK_TOWNS = [("Newmarket", "CB", 8), ("Lambourn", "RG", 17), ("Cheltenham", "GL", 50),
            ("Epsom", "KT", 18), ("Middleham", "DL", 8), ("Towcester", "NN", 12),
            ("Castle Donington", "DE", 74), ("Weybridge", "KT", 13), ("Burslem", "ST", 6),
            ("Longton", "ST", 3), ("Poole", "BH", 15), ("Ely", "CB", 7),
            ("Lichfield", "WS", 13), ("Durham", "DH", 1), ("Hereford", "HR", 1),
            ("Salisbury", "SP", 1), ("Avebury", "SN", 8), ("Amesbury", "SP", 4),
            ("Stromness", "KW", 16), ("Margate", "CT", 9), ("Daventry", "NN", 11),
            ("Lutterworth", "LE", 17), ("Lacock", "SN", 15), ("Buckfastleigh", "TQ", 11),
            ("Hockley", "B", 18), ("Helston", "TR", 13), ("Kingussie", "PH", 21),
            ("Ballater", "AB", 35)]
# Streets named for fells and mountains.
UK_STREETS = ["Helvellyn", "Skiddaw", "Blencathra", "Tryfan", "Snowdon", "Scafell", "Glyder",
              "Cnicht", "Lochnagar", "Cairngorm", "Quinag", "Liathach", "Ingleborough",
              "Whernside", "Kinder", "Roseberry", "Catbells", "Fairfield", "Bowfell",
              "Suilven", "Schiehallion", "Cheviot", "Pendle", "Wrekin"]
UK_TYPES = [("Close", "Close"), ("Cl", "Close"), ("Road", "Road"), ("Rd", "Road"),
            ("Lane", "Lane"), ("Way", "Way"), ("View", "View"), ("Rise", "Rise"),
            ("Crescent", "Crescent"), ("Cres", "Crescent"), ("Drive", "Drive"),
            ("Dr", "Drive"), ("Court", "Court"), ("Ct", "Court")]
# Canadian ski towns: (town, province, its name, the first three characters of its postal
# codes).
CA_TOWNS = [("Whistler", "BC", "British Columbia", "V8E"), ("Banff", "AB", "Alberta", "T1L"),
            ("Canmore", "AB", "Alberta", "T1W"), ("Revelstoke", "BC", "British Columbia", "V0E"),
            ("Mont-Tremblant", "QC", "Quebec", "J8E")]
CA_STREETS = ["Cornice", "Couloir", "Moraine", "Telemark", "Arete", "Chalet"]
CA_TYPES = [("Way", "Way"), ("Dr", "Drive"), ("Rd", "Road"), ("Cres", "Crescent"),
            ("Pl", "Place"), ("Blvd", "Boulevard")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("Finds for identification can be posted to {X}.", True),
                  ("The new climbing wall is at {X}.", False),
                  ("Send your entry form for the show to {X}.", True),
                  ("The pottery studio has moved to {X}.", False),
                  ("The tack shop is at {X}.", False),
                  ("Faulty routers should be sent back to {X}.", True),
                  ("The beekeeping club meets at {X}.", False),
                  ("Watches for repair can be posted to {X}.", True)]


def us_address(rng, part, box: bool) -> tuple[str, list[str]]:
    return us_address_r114(rng, part, box, cities=CITIES, streets=STREETS)


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Skiddaw Close, Ely CB7 4HT", the postcode's letters one by one
    and its district as a number or digit by digit; a flat, a unit or a stable yard now and
    then."""
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
    if r < 0.12:
        f = rng.randint(1, 12)
        flat, flat_said = f"Flat {f}, ", f"Flat {card(f)}, "
    elif r < 0.2:
        f = rng.randint(2, 20)
        flat, flat_said = f"Unit {f}, ", f"Unit {card(f)}, "
    elif r < 0.26:
        f = rng.randint(1, 9)
        flat, flat_said = f"Stable Yard {f}, ", f"Stable Yard {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def ca_address(rng, part) -> tuple[str, list[str]]:
    """A Canadian address: "4308 Telemark Way, Whistler, BC V8E 1B6", the province by its
    name and the postal code letter by letter and digit by digit."""
    town, prov, prov_said, fsa = pick(rng, CA_TOWNS)
    ldu = f"{rng.randint(0, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    code_said = zero_variants(" ".join(digits(c) if c.isdigit() else c for c in fsa + ldu))
    num, num_said = house(rng)
    name = pick(rng, split(CA_STREETS, part))
    typ, word = pick(rng, CA_TYPES)
    return (f"{num} {name} {typ}, {town}, {prov} {fsa} {ldu}",
            [f"{num_said} {name} {word}, {town}, {prov_said} {c}" for c in code_said])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    k = rng.random()
    if k < 0.5:
        return fill(frame, *us_address(rng, part, box))
    if k < 0.88:
        return fill(frame, *uk_address(rng, part))
    return fill(frame, *ca_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Gurung", "Beridze", "Thapa", "Kapanadze", "Shrestha", "Gelashvili", "Adhikari",
            "Lomidze", "Bhandari", "Tsiklauri", "Poudel", "Jorjadze", "Khadka", "Tsereteli",
            "Sapkota", "Chkheidze", "Dhakal", "Makharadze", "Basnet", "Abashidze", "Ghimire",
            "Kvaratskhelia", "Pokharel", "Bhattarai"]
WOMEN = ["Sushila", "Nino", "Bimala", "Ketevan", "Pratima", "Mariam", "Sarita", "Tamar",
         "Sangita", "Natia", "Kabita", "Salome"]
MEN = ["Binod", "Levan", "Bikash", "Irakli", "Dipak", "Davit", "Suman", "Shota", "Gopal",
       "Tornike", "Sagar", "Zurab"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings): church titles and the police ranks of fraud squads. No earlier
# round used these.
TITLES = [("Rt Revd", ["Right Reverend"]), ("Mgr", ["Monsignor"]),
          ("Det Supt", ["Detective Superintendent"]),
          ("DCS", ["Detective Chief Superintendent", "D C S"]),
          ("Det Sgt", ["Detective Sergeant"]), ("Ch Supt", ["Chief Superintendent"])]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} unveiled the memorial window on Sunday.",
                "The prize for the best pot went to {X}.",
                "{X} will start the charity ride up the pass on Sunday.",
                "The talk on online fraud was given by {X}.",
                "{X} presented the trophy after the big race.",
                "The new dig house was opened by {X}.",
                "{X} thanked the beekeepers for the honey.",
                "The toy appeal was launched by {X}."]
# After a full name: (abbreviation, reading, the comma before it: "," always, "" never, None
# either way).
SUFFIXES = [("FSA", "F S A", None), ("ARPS", "A R P S", None), ("LRPS", "L R P S", None),
            ("FGA", "F G A", None), ("FBHI", "F B H I", None), ("CISSP", "C I S S P", ","),
            ("MBCS", "M B C S", None), ("OSB", "O S B", None)]
SUFFIX_FRAMES = ["The report on the excavation was written by {X}.",
                 "The exhibition of mountain photographs is curated by {X}.",
                 "The valuation was carried out by {X}.",
                 "The staff training on phishing is led by {X}."]
# Holders of church offices by their styles: (written, readings).
STYLES = [("HH the Dalai Lama", ["His Holiness the Dalai Lama", "H H the Dalai Lama"]),
          ("HG the Archbishop of Thyateira", ["His Grace the Archbishop of Thyateira",
                                             "H G the Archbishop of Thyateira"]),
          ("HE the Apostolic Nuncio", ["His Excellency the Apostolic Nuncio",
                                       "H E the Apostolic Nuncio"]),
          ("HE the Cardinal Archbishop", ["His Eminence the Cardinal Archbishop",
                                          "H E the Cardinal Archbishop"])]
STYLE_FRAMES = ["The new cloister garden was blessed by {X}.",
                "Pilgrims filled the cathedral square to greet {X}."]
# A word cut short before a place name: (abbreviation, word, places, frames)
PLACES = [("nr", "near", ["Hungerford", "Malmesbury", "Ashbourne", "Wantage"],
           ["The stud is at Upper Farm, {X}.", "Our pottery is in a barn {X}.",
            "The dig is on a hilltop {X}.", "The model railway is in a garden {X}."])]
# A name and the words cut short after it: (abbreviation, readings, names, frames).
AFTER = [("Cath.", ["Cathedral"], ["Southwell", "Ripon", "Llandaff", "Dornoch"],
          ["Evensong at {X} is sung by the girls' choir.", "The bells of {X} were recast.",
           "{X} has a new dean.", "The library at {X} is open on Saturdays."]),
         ("plc", ["P L C", "plc"], ["Brackenlink", "Fibrewell", "Parcelbridge", "Kilnbrook"],
          ["Shares in {X} rose in early trading.", "{X} has named a new chief executive.",
           "The board of {X} met on Monday.", "{X} is cutting its prices."]),
         ("Assn", ["Association"], ["the County Beekeepers'", "the Model Railway",
                                    "the Amateur Boxing", "the Alpine Ski"],
          ["{X} holds its annual meeting in May.", "New members are welcome at {X}.",
           "The secretary of {X} has stood down.", "A grant was awarded to {X}."])]
# Abbreviations of ordinary words: (written sentence, its readings).
ABBREVIATIONS = [("Please WFH on Friday while the network is upgraded.",
                  ["Please work from home on Friday while the network is upgraded.",
                   "Please W F H on Friday while the network is upgraded."]),
                 ("Turn on 2FA for every staff account.",
                  ["Turn on two factor authentication for every staff account.",
                   "Turn on two F A for every staff account."]),
                 ("FYI the lifts on the north side are shut.",
                  ["For your information the lifts on the north side are shut.",
                   "F Y I the lifts on the north side are shut."]),
                 ("Both cars were listed as DNF after the crash.",
                  ["Both cars were listed as did not finish after the crash.",
                   "Both cars were listed as D N F after the crash."]),
                 ("The venue for the rematch is TBA.",
                  ["The venue for the rematch is to be announced.",
                   "The venue for the rematch is T B A."]),
                 ("Attn: goods inwards.", ["Attention: goods inwards."]),
                 ("Please give your DOB on the entry form.",
                  ["Please give your date of birth on the entry form.",
                   "Please give your D O B on the entry form."]),
                 ("The vintage prints are all b/w.",
                  ["The vintage prints are all black and white."]),
                 ("The brooch comes c/w its original box.",
                  ["The brooch comes complete with its original box."]),
                 ("Our ISP has blamed a fault at the exchange.",
                  ["Our I S P has blamed a fault at the exchange.",
                   "Our internet service provider has blamed a fault at the exchange."]),
                 ("I'm OOO until Monday, so please ring the service desk.",
                  ["I'm out of office until Monday, so please ring the service desk.",
                   "I'm O O O until Monday, so please ring the service desk."]),
                 ("Quote the SKU when you order spares.",
                  ["Quote the S K U when you order spares.",
                   "Quote the stock keeping unit when you order spares."]),
                 ("Pls reply by EOD.", ["Please reply by end of day.",
                                        "Please reply by E O D."]),
                 ("Thx for fixing the printer so quickly.",
                  ["Thanks for fixing the printer so quickly."])]
NUMBER_FRAMES = ["The filly will wear {X} on her saddlecloth.",
                 "The champion's car carries {X} this season."]
STREET_FRAMES = ["Fibre cables are being laid along {X} this week.",
                 "The new pottery studio is on {X}.",
                 "The camera shop has moved to {X}.",
                 "The charity ride turns at the corner of {X}."]
FEASTS = ["Eligius", "Gobnait", "Veronica", "Hubert", "Modwen", "Wystan", "Hild", "Edburga",
          "Juthwara", "Brannock"]
COMBO_FRAMES = ["{T} {S} will bless the hives at St. {F}'s on {N} Ave.",
                "{T} {S} collects for the St. {F}'s toy appeal on {N} St.",
                "The St. {F}'s pottery fair was opened by {T} {S} of {N} Rd.",
                "{T} {S} led the St. {F}'s photography walk along {N} Dr."]


def number_slot(rng, part) -> tuple[str, list[str]]:
    """"No. 7", "#7": "number seven"."""
    n = rng.randint(1, 22) if part == "dev" else rng.randint(1, 99)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 8])
    sur = pick(rng, split(SURNAMES, part))
    i = 0 if part == "dev" else 1
    if k == 0:
        abbr, words = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        first = pick(rng, split(FIRST_NAMES, part)) + " " if rng.random() < 0.4 else ""
        # A bishop is "the Rt Revd" and named in full.
        the = ""
        if abbr == "Rt Revd":
            the = "The " if frame.startswith("{X}") else "the "
            first = first or pick(rng, split(FIRST_NAMES, part)) + " "
        return fill(frame, f"{the}{abbr} {first}{sur}", [f"{the}{w} {first}{sur}"
                                                         for w in words])
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
        written, said = pick(rng, split(STYLES, part))
        return fill(STYLE_FRAMES[i], written, said)
    if k == 5:
        abbr, word, names, frames = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        dot = "." if rng.random() < 0.3 else ""
        return fill(pick(rng, split(frames, part)), f"{abbr}{dot} {name}", [f"{word} {name}"])
    if k == 6:
        abbr, words, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        frame = pick(rng, split(frames, part))
        if name.startswith("the ") and frame.startswith("{X}"):
            name = "The" + name[3:]
        return fill(frame, f"{name} {abbr}", [f"{name} {w}" for w in words])
    if k == 7:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[i], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Revd", "Reverend"), ("Rev.", "Reverend")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def prize_slot(rng) -> tuple[str, list[str]]:
    """A race's prize to the winner: "£25,000", "£1.2m"."""
    if rng.random() < 0.6:
        n = rng.randrange(8000, 120000, 500)
        return f"£{n:,}", pounds(n)
    whole, t = rng.randint(1, 3), rng.randint(1, 9)
    return f"£{whole}.{t}{pick(rng, ['m', ' million'])}", [f"{h} million pounds"
                                                          for h in halves(whole, t)]


def racecard_slots(rng, part) -> dict:
    return {"A": race_time_slot(rng), "B": furlong_slot(rng), "C": prize_slot(rng)}


def result_slots(rng, part) -> dict:
    return {"A": yo_slot(rng, 5, 11), "B": length_slot(rng), "C": odds_slot(rng)}


def bout_slots(rng, part) -> dict:
    """A weight before "bout", the rounds and a judge's card."""
    n = rng.randint(112, 200)
    rounds = pick(rng, [10, 12, 12])
    return {"A": (f"{n}lb", [f"{c} pound" for c in cards(n) if not c.startswith("a ")]),
            "B": (str(rounds), [card(rounds)]), "C": scorecard_slot(rng, rounds)}


def lap_slots(rng, part) -> dict:
    n = rng.randint(180, 245)
    unit = pick(rng, ["km/h", " km/h", "kph"])
    units = ["kilometers per hour", "kilometers an hour"] + (["k p h"] if "kph" in unit else [])
    return {"A": circuit_gen(rng, part), "B": lap_slot(rng, False),
            "C": (f"{n}{unit}", [f"{c} {u}" for c in cards(n) for u in units])}


def ski_slots(rng, part) -> dict:
    euro = rng.randint(45, 79)
    top = rng.randrange(2000, 3800, 10)
    unit, words = pick(rng, METRES)
    snow = rng.randint(40, 260)
    return {"A": (f"€{euro}", [f"{c} {u}" for c in cards(euro) for u in ("euros", "euro")]),
            "B": (f"{with_written(top, rng, 0.7)}{unit}", [f"{c} {w}" for c in cards(top)
                                                           for w in words]),
            "C": (f"{snow}{pick(rng, ['cm', ' cm'])}", [f"{c} centimeters"
                                                        for c in cards(snow)])}


def package_slots(rng, part) -> dict:
    """A line's speed before "package", its price a month and the months it holds."""
    n = pick(rng, [150, 300, 500, 900, 74])
    whole, c = rng.randint(22, 55), pick(rng, [99, 50, 0])
    price = (f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence")) if c else \
        (f"£{whole}", pounds(whole))
    months = pick(rng, [12, 18, 24])
    return {"A": (f"{n}{pick(rng, ['Mbps', ' Mbps', 'Mb'])}", [
        f"{x} {u}" for x in cards(n) if not x.startswith("a ") for u in ("meg", "megabit")]),
            "B": price, "C": (str(months), [card(months)])}


def delivery_slots(rng, part) -> dict:
    whole, t = rng.randint(1, 19), rng.randint(1, 9)
    unit, words = pick(rng, KG)
    return {"A": (f"{whole}.{t}{unit}", [f"{h} {w}" for h in halves(whole, t) for w in words]),
            "B": clock_range(rng, pick(rng, ["-", "–"])),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.3)}


def breach_slots(rng, part) -> dict:
    if rng.random() < 0.5:
        whole, t = rng.randint(1, 9), rng.randint(1, 9)
        records = (f"{whole}.{t} million", [f"{h} million" for h in halves(whole, t)])
    else:
        records = count_slot(rng, 20000, 900000)
    return {"A": records, "B": big_sum(rng, False), "C": date_slot(rng, 2024, 2025, 0.8, 0.0)}


def ring_slots(rng, part) -> dict:
    price = rng.randrange(900, 24000, 50)
    return {"A": gold_gen(rng, part), "B": stone_carat_gen(rng, part),
            "C": (f"£{with_written(price, rng, 0.8)}", pounds(price))}


def watch_slots(rng, part) -> dict:
    price = rng.randrange(250, 9000, 5)
    sym, unit = pick(rng, [("£", "pounds"), ("$", "dollars"), ("€", "euros")])
    return {"A": watch_case_gen(rng, part), "B": depth_gen(rng, part),
            "C": (f"{sym}{with_written(price, rng, 0.8)}", [f"{c} {unit}" for c in cards(price)])}


def kiln_slots(rng, part) -> dict:
    hours = rng.randint(7, 14)
    whole, c = rng.randint(4, 18), rng.randint(11, 95)
    return {"A": kiln_gen(rng, part), "B": (str(hours), [card(hours)]),
            "C": (f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence"))}


def exposure_slots(rng, part) -> dict:
    v = pick(rng, ["8", "11", "2.8", "5.6", "4", "16", "1.8"])
    said = halves(*map(int, v.split("."))) if "." in v else [card(int(v))]
    iso = pick(rng, [100, 200, 400, 800, 1600, 3200, 6400])
    return {"A": (pick(rng, [f"f/{v}", f"f{v}", f"f/{v}"]), [f"f {s}" for s in said]
                  + [f"f stop {s}" for s in said]),
            "B": shutter_slot(rng), "C": (str(iso), cards(iso))}


def honey_slots(rng, part) -> dict:
    hives = rng.randint(3, 30)
    kg = rng.randrange(40, 420, 5)
    whole, c = rng.randint(5, 12), pick(rng, [50, 0, 95, 75])
    price = (f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence")) if c else \
        (f"£{whole}", pounds(whole))
    unit, words = pick(rng, KG)
    return {"A": (str(hives), [card(hives)]),
            "B": (f"{kg}{unit}", [f"{x} {w}" for x in cards(kg) for w in words]), "C": price}


def trench_slots(rng, part) -> dict:
    n = rng.randint(3, 40)
    coins = rng.randint(12, 900)
    c = rng.randint(1, 4)
    return {"A": (f"{n}m", [f"{card(n)} meter"]),
            "B": (str(coins), [x for x in cards(coins) if not x.startswith("a ")]),
            "C": (f"{c}{ord_suffix(c)} century AD", [f"{ordw(c)} century A D"])}


def restore_slot(rng) -> tuple[str, list[str]]:
    """A restoration's cost: "£850,000", "£2.4m" ("two point four million pounds")."""
    if rng.random() < 0.4:
        n = rng.randrange(150000, 990000, 5000)
        return f"£{n:,}", pounds(n)
    whole, t = rng.randint(1, 9), rng.randint(1, 9)
    return f"£{whole}.{t}{pick(rng, ['m', 'm', ' million'])}", [f"{h} million pounds"
                                                               for h in halves(whole, t)]


def spire_slots(rng, part) -> dict:
    ft = rng.randint(160, 404)
    y = rng.randint(1220, 1480)
    unit, words = pick(rng, FEET)
    return {"A": (f"{ft}{unit}", [f"{c} {w}" for c in cards(ft) for w in words]),
            "B": (str(y), year_readings(y)), "C": restore_slot(rng)}


def layout_slots(rng, part) -> dict:
    metres = rng.randint(12, 150)
    locos = rng.randint(6, 80)
    unit, words = pick(rng, METRES)
    return {"A": scale_slot(rng), "B": (f"{metres}{unit}", [f"{c} {w}" for c in cards(metres)
                                                            for w in words]),
            "C": (str(locos), [card(locos)])}


def plot_slots(rng, part) -> dict:
    fee = rng.randint(25, 140)
    names = rng.randint(20, 400)
    return {"A": plot_gen(rng, part), "B": (f"£{fee}", pounds(fee)),
            "C": (str(names), cards(names))}


def toy_slots(rng, part) -> dict:
    n = pick(rng, [250, 500, 1000, 1200, 1500, 2000, 850])
    a = rng.randint(6, 10)
    price = rng.randint(15, 120)
    ages = (f"{a}+", [f"{card(a)} plus", f"{card(a)} and up", f"{card(a)} and over"]) \
        if rng.random() < 0.5 else (f"{a}-{a + 4}", [f"{card(a)} to {card(a + 4)}"])
    return {"A": (f"{with_written(n, rng, 0.6)}-piece",
                  [f"{c} piece" for c in cards(n) if not c.startswith("a ")]),
            "B": ages, "C": (f"£{price}.99", said_cents(price, 99, "pounds", "pound", "pence"))}


def summit_slots(rng, part) -> dict:
    n = pick(rng, PEAKS_M)
    hours = rng.randint(6, 15)
    at = early_slot(rng) if rng.random() < 0.4 else (lambda h, m: (
        f"{h}:{m:02d}am", [f"{card(h)} {card(m) if m >= 10 else 'oh ' + card(m)} AM"]))(
        rng.randint(1, 5), rng.randrange(5, 60, 5))
    return {"A": at, "B": (f"{with_written(n, rng, 0.8)}m", [f"{c} meter" for c in cards(n)]),
            "C": (str(hours), [card(hours)])}


def mast_slots(rng, part) -> dict:
    m = rng.randint(15, 40)
    homes = rng.randint(80, 4000)
    n = pick(rng, [5, 5, 4])
    return {"A": (f"{n}G", [f"{card(n)} G"]),
            "B": (f"{m}{pick(rng, ['m', ' m', ' metres'])}", [f"{card(m)} meters"]),
            "C": (with_written(homes, rng, 0.6), cards(homes))}


# (frame, a function (rng, part) -> {slot: (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The {A} at the racecourse is run over {B}, with {C} to the winner.", racecard_slots),
    ("The {A} mare won by {B} at odds of {C}.", result_slots),
    ("The {A} bout went the full {B} rounds, and one judge scored it {C}.", bout_slots),
    ("She lapped the {A} circuit in {B}, averaging {C}.", lap_slots),
    ("A day pass costs {A}, the top lift reaches {B}, and there is {C} of snow up high.",
     ski_slots),
    ("The {A} package costs {B} a month for the first {C} months.", package_slots),
    ("Your parcel, weighing {A}, is due in the {B} slot on {C}.", delivery_slots),
    ("The breach exposed {A} records, and the firm was fined {B} on {C}.", breach_slots),
    ("The {A} gold ring set with a {B} sapphire sold for {C}.", ring_slots),
    ("The {A} watch is water resistant to {B} and costs {C}.", watch_slots),
    ("The kiln reaches {A} in about {B} hours, and each firing costs {C} in electricity.",
     kiln_slots),
    ("The picture was taken at {A} and {B} with the camera set to ISO {C}.", exposure_slots),
    ("Our {A} hives gave {B} of honey this year, sold at {C} a jar.", honey_slots),
    ("The {A} trench yielded {B} coins dating from the {C}.", trench_slots),
    ("The spire, {A} tall, was finished in {B} and restored for {C}.", spire_slots),
    ("The {A} scale layout has {B} of track and {C} locomotives.", layout_slots),
    ("Plots of {A} cost {B} a year, and the waiting list has {C} names.", plot_slots),
    ("The {A} set, for ages {B}, costs {C}.", toy_slots),
    ("The team left the top camp at {A} and stood on the {B} summit {C} hours later.",
     summit_slots),
    ("The new {A} mast, {B} tall, will serve {C} homes.", mast_slots),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    return fill_slots(frame, slots(rng, part))


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r118", None, per_class=24, seed=863, en=EN)


if __name__ == "__main__":
    main()
