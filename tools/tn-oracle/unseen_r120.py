"""Hundred-and-twentieth round (issue 33), English, every class at once, written after round
118 only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: geology and volcanoes, astronomy clubs, zoos and aquariums, forestry and timber,
mining history, pharmacies and prescriptions, nursing homes, translation and language schools,
robotics and drones, 3D printing and electronics hobbyists, festivals and fairs, magic and
circus, surfing and rowing, and pub quizzes. Mostly the formats people type, with a minority of
less usual ones. Counts (ages, "The ringmaster, 63,", "an 82-year-old resident", a centenarian
"101" ("a hundred and one"); "1.5M watchers"; doses "Take 1 tablet 2 times a day" ("twice a
day") and "every 8 hours"; counts before a noun, "a 6-axis robot arm", "a 3-ring show", "a
28-day prescription", "a 3-fin board", "a 100-question marathon" ("a hundred question"), "an
18-bed unit"), ordinals ("her 105th birthday" ("hundred and fifth"), "the volcano's 12th since
records began", "the 19th-century engine house", "the 9th level", "finished 224th in the head
race", "the 3rd largest"), dates (written out, cut short, with weekdays, "Friday the 28th",
"Tue 12th December", US "June 7th, 2025" and "4/18/26", British "27/10/2025", European
"26.11.2025", ISO "2026-03-14", "Sept 2027", and expiry dates on packs "11/2029" ("November
twenty twenty nine")), years (decades, "from 1891 to 1900", "between 2003 and 2009", "by
2050", seasons "2025/26", "since '03", "the 2010s" and "the 2040s", "ca. 1879", "450 BC", "AD
214", and rocks' ages "55 Ma", "310 mya" ("three hundred and ten million years ago")), clock
times (12-hour and 24-hour, "06:35", "12 noon", "3 o'clock", "0850hrs", observers' "18:55 UT"
("eighteen fifty five U T", "Universal Time"); with zones no earlier round used, PETT, MAGT,
YAKT, HAST, SBT, EASST, CKT, SST and AZOST, and with 24-hour times KRAT, SAKT, NOVT and OMST),
money (shop prices, the prescription charge "£9.15", care home fees "£1,245/wk" and "£1550 pw"
("a week"), tutors' "£81 an hour", translators' rates "£0.06/word", "8p a word" ("eight pence
per word") and "$0.12 a word" ("twelve cents"), quiz entry "£4pp" and "£4.50 pp" ("per
person"), "£3 a head", "an £80 bar tab", "an $8 gift card", "£2,949 + VAT" ("plus VAT"), "£899
ex VAT", "inc. VAT", old money "3s 6d" ("three shillings and sixpence", "three and six") and
"5/-", "was/now" prices; codes ZMW, VUV, PGK, CVE, MGA, NIO, HNL, XOF, CDF, MZN, AOA and WST and
signs "VT", "Ar", "WS$" and "Kz"; millions and billions), measures in the units of those topics
(ash columns "12km" and "39,000ft", lava "1,170°C", gas "7,600 tonnes a day" and "16,000 t/d",
telescopes "a 10-inch Dobsonian", "an 8in" and "a 254mm" ("a two hundred and fifty four
millimeter"), "11.4 light years", "640 ly", "4.7AU" ("A U", "astronomical units"), tanks "7.1
million litres", an elephant's "5.4t", timber "29,500 cu m" and "m³", "1119ha", "a 62m Douglas
fir", "2,000 bd ft", shafts "1,200 ft", seams "1ft 9in" ("one foot nine"), ore "4.5 g/t"
("grams per tonne"), "5.3Moz" and "450koz" ("four hundred and fifty thousand ounces"), doses
"200mg", "a 100mcg inhaler", "400 IU" ("international units"), "250mg/5ml" ("milligrams per
five milliliters"), fevers "38.2°C", blood sugar "5.9 mmol/L", blood pressure "135/85" and
"120/80 mmHg" ("one thirty five over eighty five", "millimeters of mercury"), "a 249g drone",
"400 feet", "a 5,000mAh battery", "2.4 GHz" ("gig"), "433MHz", "12 m/s", "a 220Ω resistor",
"10k" ("ten K", "ten kilohm", "ten thousand ohm"), "4.7kΩ", "a 100µF capacitor", "3.3 V", "a
0.4mm nozzle" ("nought point four mil"), "1.75 mm filament", "0.2mm" layers, "300x300x300mm"
beds ("three hundred by three hundred by ..."), "250 mm/s", surfboards "9'5\"" and "a 9ft 4in
foam board" ("nine foot four", "nine four"), wetsuits "a 5/4/3 mm wetsuit" ("five four three
mil"), "32L" boards, "2,000m" and "2k" courses, splits "1:40.6/500 m" ("one forty point six per
five hundred meters"), "6:36.3" ("six minutes thirty six point three seconds"), "36 spm"
("strokes per minute"), "105dB", "a 42ft ring", "69 mph"), percentages ("±5%" and "+/-5%"
("plus or minus"), "±0.5%", hydrocortisone "1%" cream, "a 10% discount", "20% infill", "87%
lit", "+2.3%", "-3.3%", points, "per cent" and "pc"), decimals (quakes "M3.3", "M 4.2" and
"magnitude 3.9" ("magnitude three point three"), stars' magnitudes "-4.4" and "+9.6", Mohs
hardness "5.5", eccentricities "0.397", the pH of a crater lake "0.72", quiz answers "3.14159"
and "1.61803", "Python 3.13" ("three point thirteen", "three point one three"), firmware
"6.3.3", vents at "19.4448° N, 157.4829° W" ("... degrees north, one hundred and fifty seven
point ... degrees west"), review scores), phone numbers (US, with extensions, British five-digit
areas and mobiles, "0300" and "0800", "111", Australia's "000" ("triple zero") and its poisons
line "13 11 26", "105" for a power cut and for New Zealand's police, Europe's "112", text-to-give
"PITHEAD to 60168", and numbers in Indonesia, Vanuatu, Fiji, Cape Verde, Papua New Guinea,
Zambia, Madagascar, Samoa, Nicaragua, Guatemala, Peru and Greenland), fractions (quiz scores
"8/10" and "78/80" ("eight out of ten"), "½ tablet" and "½ a tablet" ("half a tablet"), "¼
tablet" ("a quarter of a tablet"), eyepieces "a 1¼-inch" and "a 1.25in" ("one and a quarter
inch"), "¾in board" ("three quarter inch"), "the moon will be ¾ full", "28 1/2 miles",
dilutions "1:5" and "1 : 100" ("one to five", "one in five"), "1 in 10", glyphs and "7/8"),
regnal numerals (rulers of Surakarta, Mataram, Mangkunegaran and Pakualaman in Java and a
sultan of Ternate under their volcanoes, a king and electors of Saxony of its silver mines,
Serbian kings of the mining towns, a duke of Moravia, kings of Kent and Northumbria, an Ottoman
sultan, a caliph of Cordoba, a sultan of Granada, a king of Babylon, a king of Vijayanagara and
a Bahmani sultan of the Deccan, maharajas of Jaipur and of Mysore (the founder of its zoo),
kings of Kandy, a sultan of Sulu and an emperor of Ethiopia, with and without their titles and
words of a reign) and series numerals (telescopes "Keck II", satellites "Vanguard I" and "Echo
II", landers "Viking I", rockets "Delta II", "Zollverein Shaft XII", games "The Settlers II",
"Descent II", "Star Control II", "Master of Orion II" and "Microsoft Flight Simulator X" ("ten"
or the letter), the surf film "The Endless Summer II", "factor VIII" and "type II diabetes"
("factor eight", "type two"); "the XIV World Forestry Congress" and "the XXI FIT World
Congress" as ordinals), ranges ("Swallow 1-2 tablets every 4-6 hours" ("one to two", "one or
two"), "2-3 capsules 3-4 times a day", language levels "A1–B2" ("A one to B two"), seasons
"Apr–Sept" and "Jun-Aug" ("April to September"), surf "3-4ft" and "1.5-2 m", lava
"1,100-1,200°C", care fees "£1,150–£1,700", "aged 8–11", "2-8°C", "45–75 mins", "11–12%", hours
and days, "June 2-7", "1857–1902", prices), web addresses, e-mail, handles, hashtags and local
addresses (.rocks, .science, .pharmacy, .care, .clinic, .academy, .education, .events,
.festival, .tickets, .party, .pub, .tools, .systems, .engineering, .quest, .eco, .world,
.tours, .id, .vu, .cr, .to, .ws, .la, .fj, .pg, .co.nz; "@dispensary_3d" ("underscore three
D"), "#3DPrinting", "#SurfsUp"; "localhost:8080" ("localhost colon eight zero eight zero",
"eighty eighty") and "192.168.1.254"), addresses (US volcano, surf, observatory, mining, timber
and circus towns, with suites, ZIP+4 and P.O. boxes; British mining, forestry, observatory, zoo,
surf and rowing towns with postcodes, flats and units; New Zealand volcano, surf and mining
towns with their postcodes), titles and abbreviations ("Sr" as Sister, "Fr" and "Fr.", "Assoc.
Prof.", "Asst. Prof."; FGS, FZS, MCIL, MITI, CEng and BPharm after a name; "Mt" and "Mt."
before a volcano; "Bros.", "Soc.", "Co." and "Inst." after a name; OTC, UAV, "e.g.", "i.e.",
"etc.", "vs", "c/o", "N/A", "incl.", "excl.", "max.", "approx."; "Q7" ("question seven"), "No.
3"; street types and "St." as Saint) and mixed sentences with two to four numbers of different
kinds (eruptions, star parties, zoo births, aquarium tanks, plantations, shafts, medicines,
care homes, language courses, drones, prints, festivals, big tops, surf sessions, races,
quizzes, comets, circuits, translations and guided climbs). Frames and words are new: no
sentence, counted noun, name, street, city, host or ruler here was used by a committed English
set (checked against the inputs of every tn-unseen/*en*.tsv up to round 118 and the word lists
of every earlier round script; months, weekdays, states, street types, courtesy titles, units,
currencies and common words recur). Labels are English as a newsreader speaks it, from first
principles; where English has two usual readings all are accepted, written " ‖ " between them
("twice a day ‖ two times a day", "three shillings and sixpence ‖ three and six", "nine foot
four ‖ nine four", "ten K ‖ ten kilohm ‖ ten thousand ohm", "one to two tablets ‖ one or two
tablets", "Microsoft Flight Simulator ten ‖ Microsoft Flight Simulator X"). The "and" after
hundred or thousand, "oh" for a zero and letters said one by one are folded by the comparison
(score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r120.py [--per-class 24] [--seed 877]

writes crates/text-normalizer/tests/data/tn-unseen/r120-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits, ordw
from unseen_r2 import split
from unseen_r95 import (MONTHS, cards, point_zero, to_roman, two_years, with_written, year_readings,
                        zero_variants)
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
from unseen_r114 import (FUTURE_DECADES, circa_slot, hrs_slot, hundreds_pair, month_year_slot,
                         plus_slot, running_slot, weekday_the_slot)
from unseen_r114 import us_address as us_address_r114
from unseen_r116 import halves
from unseen_r118 import era_slot, ip_slot, point_digits
from unseen_r118 import web_slot as web_slot_r118

INCH = '"'
CELSIUS = ("degrees Celsius", "degrees", "degrees centigrade")
LITRES = ["liters", "litres"]
KM = [("km", ["kilometers"]), (" km", ["kilometers"])]
METRES = [("m", ["meters"]), (" m", ["meters"]), (" metres", ["meters"])]
FEET = [("ft", ["feet"]), (" ft", ["feet"]), (" feet", ["feet"])]
KG = [("kg", ["kilograms", "kilos"]), (" kg", ["kilograms", "kilos"])]
DEGREES = [("°C", list(CELSIUS)), (" °C", list(CELSIUS)), ("C", list(CELSIUS)),
           ("°C", list(CELSIUS))]


def measured(rng, n: int, units, comma: float = 0.8) -> tuple[str, list[str]]:
    """A whole number and one of `units` ((written unit, readings))."""
    sym, words = pick(rng, units)
    return f"{with_written(n, rng, comma)}{sym}", [f"{c} {w}" for c in cards(n) for w in words]


def tenths(rng, lo: int, hi: int, units) -> tuple[str, list[str]]:
    """A number with one decimal and one of `units`: "4.5 g/t" ("four point five grams per
    tonne")."""
    whole, t = rng.randint(lo, hi), rng.randint(1, 9)
    sym, words = pick(rng, units)
    return f"{whole}.{t}{sym}", [f"{h} {w}" for h in halves(whole, t) for w in words]


def feet_inches(ft: int, i: int, attr: bool) -> list[str]:
    """Feet and inches as people say them: "three foot six", "three feet six inches"; before a
    noun "three foot six", "three foot six inch"."""
    a, b = card(ft), card(i)
    inches = "inch" if i == 1 or attr else "inches"
    feet = ["foot"] if ft == 1 or attr else ["foot", "feet"]
    said = [f"{a} {f} {b}" for f in feet] + [f"{a} {f}{j} {b} {inches}" for f in feet
                                              for j in ("", " and")]
    return said


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The seismographs on the volcano logged {X} overnight.",
                 ["tremors", "aftershocks"], 3000),
                ("The astronomy society's sky cameras have recorded {X}.",
                 ["meteors", "fireballs"], 20000),
                ("The aquarium's reef tank is home to {X}.", ["clownfish", "seahorses"], 900),
                ("The foresters cleared {X} after the storm.",
                 ["windblown larches", "fallen spruces"], 5000),
                ("At its peak the lead mine employed {X}.", ["ore washers", "hewers"], 900),
                ("The colliery stabled {X} underground.", ["pit ponies"], 400),
                ("The pharmacy made up {X} last month.", ["dosette boxes", "blister packs"],
                 20000),
                ("The care home's knitting circle has made {X} for the fete.",
                 ["tea cosies", "lap blankets"], 200),
                ("The language school welcomed {X} this summer.",
                 ["exchange students", "au pairs"], 3000),
                ("The light show over the harbour used {X}.", ["quadcopters"], 5000),
                ("The makerspace's print farm has turned out {X}.",
                 ["face shields", "prosthetic hands"], 90000),
                ("The folk festival sold {X} in an hour.", ["weekend passes", "day tickets"],
                 50000),
                ("The surf school gave {X} last season.",
                 ["beginner lessons", "taster sessions"], 6000),
                ("The boathouse has racks for {X}.", ["sculls", "oars"], 300),
                ("The quiz league now has {X}.", ["registered teams", "question setters"], 800),
                ("The zoo's breeding programme has released {X} into the wild.",
                 ["tortoise hatchlings", "tamarins"], 2000),
                ("The junior electronics club has soldered {X} this term.",
                 ["circuit boards", "robot kits"], 1500),
                ("The magician's new act uses {X}.", ["doves", "linking rings"], 60),
                ("The sawmill cut {X} last week.", ["fence posts", "railway sleepers"], 90000),
                ("The pharmacy gave {X} in its first week of the autumn campaign.",
                 ["flu jabs"], 3000)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The volcanologist, {X}, has walked the crater rim every week for years.", 34,
               79),
              ("{a} {X}-year-old resident of the care home has taken up painting.", 80, 99),
              ("The pharmacist, {X}, has run the village chemist's since leaving college.", 31,
               66),
              ("The stroke, {X}, is the youngest rower in the national eight.", 17, 23),
              ("{a} {X}-year-old surfer won the junior title at the point break.", 11, 17),
              ("The ringmaster, {X}, is retiring after one last tour.", 58, 79),
              ("The interpreter, {X}, works in five languages.", 26, 71),
              ("The keeper, {X}, hand-reared the snow leopard cubs.", 22, 48)]
# A resident of a hundred or more, the count as people say it ("a hundred and three").
CENTENARIAN_FRAMES = ["The oldest resident, {X}, still does the crossword every morning.",
                      "Our oldest member, {X}, still comes to every star party."]
STAT_FRAMES = [("The crater webcam's live stream has {X}.", "watchers"),
               ("The language app's Welsh course has {X}.", "learners")]
# A dose: so many tablets so many times a day, or every so many hours.
DOSE_FRAMES = ["Take {A} {N} {B} times a day after food.",
               "Take {A} {N} every {B} hours until the course is finished."]
# A count before its noun: (frame, the written word after the number, its reading, the
# numbers that fit).
SHORT_FRAMES = [("The robotics lab has bought {a} {X} robot arm.", "-axis", "axis",
                 [4, 5, 6, 6, 7]),
                ("The circus is touring with {a} {X} show this year.", "-ring", "ring",
                 [2, 3, 3]),
                ("The doctor has written her {a} {X} prescription.", "-day", "day",
                 [7, 14, 28, 28, 56]),
                ("The shaper is finishing {a} {X} board for the big-wave season.", "-fin",
                 "fin", [2, 3, 4, 5]),
                ("Tonight's quiz is {a} {X} marathon.", "-question", "question",
                 [40, 50, 60, 80, 100]),
                ("The dementia wing is {a} {X} unit.", "-bed", "bed", [12, 16, 18, 24, 30])]


def centenarian_slot(rng) -> tuple[str, list[str]]:
    n = rng.randint(100, 106)
    return str(n), cards(n)


def dose_slots(rng, part) -> tuple[str, dict]:
    """So many tablets ("1 tablet", "2 tablets") so many times a day or every so many hours."""
    a = pick(rng, [1, 2, 2, 3])
    noun = "tablet" if part == "dev" else "capsule"
    frame = DOSE_FRAMES[0 if part == "dev" else 1].replace(
        "{N}", noun if a == 1 else noun + "s")
    b = pick(rng, [2, 3, 4]) if part == "dev" else pick(rng, [4, 6, 8, 12])
    if part == "dev" and b == 2:
        # "2 times a day" is also said "twice a day".
        frame = frame.replace("{B} times", "{B}")
        return frame, {"A": (str(a), [card(a)]), "B": (f"{b} times", ["two times", "twice"])}
    return frame, {"A": (str(a), [card(a)]), "B": (str(b), [card(b)])}


def short_count_slot(rng, word: str, said: str, numbers) -> tuple[str, list[str]]:
    """A count before its noun: "6-axis" ("six axis"), "28-day", "100-question" ("hundred
    question" after "a")."""
    n = pick(rng, numbers)
    mark = word if rng.random() < 0.8 else word.replace("-", " ")
    return f"{n}{mark}", [f"{c} {said}" for c in attributive(n)]


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.18:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.23:
        return fill(CENTENARIAN_FRAMES[i], *centenarian_slot(rng))
    if k < 0.29:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.37:
        return fill_slots(*dose_slots(rng, part))
    if k < 0.5:
        frame, word, said, numbers = pick(rng, split(SHORT_FRAMES, part))
        return fill(frame, *short_count_slot(rng, word, said, numbers))
    frame, nouns, most = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, nouns)
    w, said = count_slot(rng, max(2, most // 50), most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The fissure eruption is the volcano's {X} since records began.", 2, 60),
                  ("The astronomy club is holding its {X} star party on the common.", 2, 40),
                  ("The zoo threw a party for the {X} birthday of its oldest gorilla.", 30,
                   62),
                  ("The {X}-century engine house still stands above the cliffs.", 18, 19),
                  ("The deepest workings in the mine were on the {X} level.", 3, 14),
                  ("Granny celebrated her {X} birthday at the care home on Sunday.", 100, 109),
                  ("The pharmacy has moved up to the {X} floor of the health centre.", 1, 3),
                  ("Learners sit the speaking test at the end of their {X} term.", 2, 6),
                  ("The drone racer finished {X} in the world series.", 1, 30),
                  ("The maker fair on the quayside is now in its {X} year.", 2, 20),
                  ("The surfer went out in the {X} heat.", 1, 8),
                  ("The college eight finished {X} in the head race.", 1, 320),
                  ("The circus is setting off on its {X} tour of the county.", 2, 90),
                  ("Our team came {X} at the pub quiz last night.", 1, 20),
                  ("The fair has been held on the green for the {X} time.", 100, 450),
                  ("The new telescope is the {X} largest in the country.", 2, 10)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The fissure eruption began on {X}.", 2021, 2025),
               ("The astronomy club's next star party is on {X}.", 2025, 2026),
               ("The aquarium's new shark tunnel opens on {X}.", 2025, 2026),
               ("The felling licence for the wood runs out on {X}.", 2025, 2028),
               ("The last shift came up from the pit on {X}.", 1968, 1994),
               ("Your repeat prescription will be ready to collect on {X}.", 2025, 2026),
               ("The care home's summer fete is on {X}.", 2025, 2026),
               ("The intensive Italian course starts on {X}.", 2025, 2026),
               ("Your drone operator ID runs out on {X}.", 2025, 2030),
               ("The schools' robotics final is on {X}.", 2025, 2026),
               ("The village fair takes place on {X}.", 2025, 2026),
               ("The circus rolls into town on {X}.", 2025, 2026),
               ("The surf contest was put back to {X}.", 2025, 2026),
               ("The quiz league's grand final is on {X}.", 2025, 2026)]
# A month and a year, without a day.
MONTH_YEAR_FRAMES = ["The mining museum's new gallery should open in {X}.",
                     "The zoo's new penguin beach will be finished by {X}."]
EXPIRY_FRAMES = ["The expiry date on the inhaler is {X}.",
                 "Check the date on the eye drops: they expire {X}."]


def expiry_slot(rng) -> tuple[str, list[str]]:
    """A month and year as packs print them: "03/2027" ("March twenty twenty seven")."""
    m, y = rng.randint(1, 12), rng.randint(2026, 2029)
    return f"{m:02d}/{y}", [f"{MONTHS[m - 1]} {r}" for r in year_readings(y)]


def date(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.05:
        return fill(MONTH_YEAR_FRAMES[i], *month_year_slot(rng, 2026, 2028))
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
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The volcano last erupted in {X}.", 1700, 1990),
               ("The dome's brass refractor was first used in {X}.", 1850, 1935),
               ("The zoo's first aquarium opened its doors in {X}.", 1853, 1960),
               ("The hillside was planted with conifers in {X}.", 1920, 1975),
               ("The company sank its first shaft in the valley in {X}.", 1750, 1910),
               ("The chemist's on the corner has been dispensing since {X}.", 1860, 1960),
               ("The language school opened in {X}.", 1950, 2010),
               ("The steam fair was first held in {X}.", 1950, 2000)]
FROM_FRAMES = [("The colliery was worked from {X}.", 1840, 1955),
               ("The circus wintered in the town from {X}.", 1880, 1950)]
BETWEEN_FRAMES = ["The crater lake slowly refilled between {X}.",
                  "The old people's home was rebuilt between {X}."]
TARGET_FRAMES = [("The national forest aims to double its tree cover by {X}.",
                  [2030, 2035, 2040, 2050]),
                 ("Drones could be delivering prescriptions across the county by {X}.",
                  [2027, 2028, 2030])]
SEASON_FRAMES = ["The rowing club's {X} season opens with a head race.",
                 "The language school's {X} prospectus is out now."]
SINCE_FRAMES = ["She has surfed the reef break since {X}.",
                "The magician has played the pier theatre since {X}."]
MODERN_FRAMES = ["Cheap camera drones took off in {X}.",
                 "Robot carers could be common in nursing homes by {X}."]
CIRCA_FRAMES = [("The miner's lamp in the case dates from {X}.", 1840, 1920),
                ("The carved carousel horse was made {X}.", 1880, 1925)]
# The era a lava flow or a mine is dated by: dev BC, held-out AD.
ERA_FRAMES = [("The lava flow under the town dates from about {X}.", "BC"),
              ("The Roman gold workings date from about {X}.", "AD")]
# Ages of rocks: (frame, the millions of years that fit it)
MA_FRAMES = [("The basalt columns on the headland formed about {X}.", [55, 58, 60, 62]),
             ("The coal seams here were laid down about {X}.", [300, 310, 320, 330, 350])]


def ma_slot(rng, numbers) -> tuple[str, list[str]]:
    """Millions of years ago as geologists write them: "60 Ma", "310 mya" ("three hundred and
    ten million years ago")."""
    n = pick(rng, numbers)
    unit = pick(rng, [" Ma", "Ma", " mya", " Ma", " MYA", " million years ago"])
    return f"{n}{unit}", [f"{c} million years ago" for c in cards(n)]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(4, 40)
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
    if k < 0.47:
        frame, era = ERA_FRAMES[i]
        return fill(frame, *era_slot(rng, era))
    if k < 0.52:
        frame, numbers = MA_FRAMES[i]
        return fill(frame, *ma_slot(rng, numbers))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.62:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that. No earlier round
# used these: Kamchatka, Magadan and Yakutsk for volcanoes and mines, Hawaii and the
# Aleutians, the Solomon Islands, Easter Island, the Cook Islands, Samoa and the Azores.
ZONES = [("PETT", ["P E T T", "Kamchatka Time", "Petropavlovsk-Kamchatsky Time"]),
         ("MAGT", ["M A G T", "Magadan Time"]),
         ("YAKT", ["Y A K T", "Yakutsk Time"]),
         ("HAST", ["H A S T", "Hawaii-Aleutian Standard Time", "Hawaii Aleutian Time"]),
         ("SBT", ["S B T", "Solomon Islands Time"]),
         ("EASST", ["E A S S T", "Easter Island Summer Time"]),
         ("CKT", ["C K T", "Cook Islands Time", "Cook Island Time"]),
         ("SST", ["S S T", "Samoa Standard Time", "Samoa Time"]),
         ("AZOST", ["A Z O S T", "Azores Summer Time"])]
# Zones given with 24-hour times.
ZONES_24 = [("KRAT", ["K R A T", "Krasnoyarsk Time"]),
            ("SAKT", ["S A K T", "Sakhalin Time"]),
            ("NOVT", ["N O V T", "Novosibirsk Time"]),
            ("OMST", ["O M S T", "Omsk Time"])]
# (frame, the half of the day that fits it, or None for either)
TIME_FRAMES = [("The planetarium's next show starts at {X}.", "PM"),
               ("Feeding time at the penguin pool is {X}.", None),
               ("The pharmacy shuts at {X} on Saturdays.", "PM"),
               ("Visiting at the care home ends at {X}.", "PM"),
               ("The beginners' Spanish class meets at {X}.", "PM"),
               ("The drone display over the lake begins at {X}.", "PM"),
               ("The quiz results will be posted online at {X}.", None),
               ("The matinee in the big top starts at {X}.", "PM"),
               ("The dawn patrol paddles out at {X}.", "AM"),
               ("The eights boat from the landing stage at {X}.", "AM"),
               ("The quiz starts at {X} sharp.", "PM"),
               ("The forest car park opens at {X}.", "AM"),
               ("The last descent of the mine tour is at {X}.", "PM"),
               ("The printer finished the job at {X}.", None)]
ZONE_FRAMES = ["The eruption was first seen from the village at {X}.",
               "The webcam on the crater rim went dark at {X}.",
               "The live feed from the surf contest begins at {X}.",
               "The online translators' conference opens at {X}."]
UT_FRAMES = ["The occultation of the star begins at {X}.",
             "The comet makes its closest pass at {X}."]
HRS_FRAMES = ["The shift went down the shaft at {X}.",
              "The survey helicopter lifted off over the crater at {X}."]


def zone_slot(rng, zones=ZONES, zones_24=ZONES_24) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. PETT") or 24-hour ("14:35 KRAT", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, zones_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, zones)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def ut_slot(rng) -> tuple[str, list[str]]:
    """A 24-hour time in Universal Time, as observers give it: "03:12 UT" ("three twelve U T",
    "oh three twelve Universal Time"), "21:47 UT"."""
    h, mi = rng.randint(1, 23), rng.randint(1, 59)
    heads = [card(h)] if h >= 10 else [card(h), f"oh {card(h)}", f"zero {card(h)}"]
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return f"{h:02d}:{mi:02d} UT", [f"{x} {mins} {z}" for x in heads
                                    for z in ("U T", "Universal Time")]


def clock(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    if k < 0.27:
        return fill(UT_FRAMES[i], *ut_slot(rng))
    if k < 0.32:
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

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A family ticket to the aquarium costs {X}.", 40, 90),
                 ("A spool of PLA filament is {X}.", 15, 30),
                 ("A planisphere from the observatory shop costs {X}.", 8, 20),
                 ("A day's surfboard hire is {X}.", 15, 40),
                 ("The circus programme is {X}.", 3, 8),
                 ("A bag of fossils from the museum shop costs {X}.", 3, 12)]
CHARGE_FRAMES = ["The charge for each prescribed item is now {X}.",
                 "Each item on the prescription costs {X}."]
WEEK_FRAMES = ["Fees at the nursing home are {X}.", "A room in the care home costs {X}."]
HOUR_FRAMES = ["One-to-one lessons at the language school are {X}.",
               "The drone pilot charges {X} for survey work."]
WORD_FRAMES = ["The agency pays its translators {X}.",
               "Most translators quote {X} for technical work."]
HEAD_FRAMES = ["Entry to Thursday's quiz is {X}.", "The quiz costs {X} to enter."]
ATTR_PRIZE_FRAMES = [("The winning team takes home {a} {X} bar tab.", "£", "pound",
                      [25, 30, 40, 50, 100, 80]),
                     ("Every volunteer at the fair gets {a} {X} gift card.", "$", "dollar",
                      [5, 8, 10, 11, 15, 20, 18])]
VAT_FRAMES = ["The survey drone costs {X}.", "The club's new resin printer was {X}."]
SHILLING_FRAMES = ["A hewer at the pit earned {X} a shift before the strike.",
                   "A pit pony cost the owners {X} a week to feed."]
# Codes before or after a sum: (code, readings of the unit, smallest and largest sum). No
# earlier round used these: Zambia, Congo and Angola for copper, cobalt and diamonds, Vanuatu,
# Papua New Guinea, Cape Verde and Nicaragua for their volcanoes, Madagascar for its lemurs,
# Honduras, Mozambique, Samoa and West Africa.
CODES = [("ZMW", ["kwacha", "Zambian kwacha"], 50, 5000),
         ("VUV", ["vatu"], 1000, 60000),
         ("PGK", ["kina"], 20, 2000),
         ("CVE", ["escudos", "Cape Verdean escudos"], 500, 20000),
         ("MGA", ["ariary", "Malagasy ariary"], 10000, 500000),
         ("NIO", ["córdobas", "cordobas", "Nicaraguan córdobas"], 100, 9000),
         ("HNL", ["lempiras", "Honduran lempiras"], 100, 5000),
         ("XOF", ["CFA francs", "West African CFA francs", "francs"], 1000, 90000),
         ("CDF", ["Congolese francs", "francs"], 5000, 900000),
         ("MZN", ["meticais", "metical", "Mozambican meticais"], 100, 9000),
         ("AOA", ["kwanzas", "kwanza", "Angolan kwanzas"], 1000, 90000),
         ("WST", ["tala", "Samoan tala"], 10, 500)]
# Signs written before the number: (sign, readings of the unit, smallest and largest sum).
SIGNS = [("VT ", ["vatu"], 1000, 60000), ("Ar ", ["ariary"], 10000, 500000),
         ("WS$", ["tala", "Samoan tala"], 10, 500), ("Kz ", ["kwanzas", "kwanza"], 1000, 90000)]
ABROAD_FRAMES = ["The fee to walk up to the crater rim was {X}.",
                 "Our surf guide charged {X} for the day."]
WAS_FRAMES = ["Beginner's reflector telescope: was {A}, now {B}.",
              "Resin printer, now only {B} (was {A})."]
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The new elephant house at the zoo cost {X}.", False),
                      ("The mining group agreed to pay {X} for the copper project.", True),
                      ("The drone maker raised {X} from investors.", False),
                      ("The festival lost {X} after the washout.", False),
                      ("The timber firm's turnover reached {X}.", False),
                      ("The care home chain was sold for {X}.", True)]


def charge_slot(rng) -> tuple[str, list[str]]:
    """A prescription charge: "£9.90" ("nine pounds ninety", "nine ninety")."""
    whole, c = pick(rng, [(9, 90), (9, 65), (9, 35), (9, 15), (8, 80), (8, 60)])
    return f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence")


def week_slot(rng) -> tuple[str, list[str]]:
    """A weekly fee: "£1,450 a week", "£1,250/week", "£1,395pw" ("thirteen hundred and ninety
    five pounds a week", "per week")."""
    n = rng.randrange(900, 2400, 5)
    mark = pick(rng, [" a week", "/week", " per week", "pw", " pw", "/wk", " a week"])
    return f"£{with_written(n, rng, 0.8)}{mark}", [f"{c} pounds {t}" for c in cards(n)
                                                    for t in ("a week", "per week")]


def hour_slot(rng) -> tuple[str, list[str]]:
    """An hourly rate: "£35 an hour", "£42/hr", "£38.50 per hour"."""
    whole = rng.randint(22, 95)
    mark = pick(rng, [" an hour", "/hr", " per hour", "/hour", " an hour"])
    tails = ("an hour", "per hour")
    if rng.random() < 0.25:
        return f"£{whole}.50{mark}", [f"{h} {t}" for h in said_cents(whole, 50, "pounds",
                                                                     "pound", "pence")
                                      for t in tails]
    return f"£{whole}{mark}", [f"{c} pounds {t}" for c in cards(whole) for t in tails]


def word_rate_slot(rng) -> tuple[str, list[str]]:
    """A rate a word in pence or cents: "8p per word", "£0.08/word" ("eight pence per word"),
    "$0.12 a word" ("twelve cents a word")."""
    n = rng.randint(5, 15)
    tails = ("per word", "a word")
    if rng.random() < 0.55:
        written = pick(rng, [f"{n}p per word", f"{n}p a word", f"£0.{n:02d} per word",
                             f"£0.{n:02d}/word", f"{n}p/word"])
        return written, [f"{card(n)} {u} {t}" for u in ("pence", "p") for t in tails]
    sym = pick(rng, ["$", "€", "$"])
    written = pick(rng, [f"{sym}0.{n:02d} per word", f"{sym}0.{n:02d}/word",
                         f"{sym}0.{n:02d} a word"])
    return written, [f"{card(n)} cents {t}" for t in tails]


def head_slot(rng) -> tuple[str, list[str]]:
    """A price a person: "£2pp", "£1.50 pp" ("one pound fifty per person"), "£3 a head"."""
    whole = rng.randint(1, 5)
    mark, tails = pick(rng, [("pp", ["per person"]), (" pp", ["per person"]),
                             (" per person", ["per person"]), (" a head", ["a head"]),
                             ("pp", ["per person"])])
    if rng.random() < 0.3:
        heads = said_cents(whole, 50, "pounds", "pound", "pence")
        return f"£{whole}.50{mark}", [f"{h} {t}" for h in heads for t in tails]
    unit = "pound" if whole == 1 else "pounds"
    return f"£{whole}{mark}", [f"{card(whole)} {unit} {t}" for t in tails]


def attr_prize_slot(rng, sym: str, unit: str, amounts) -> tuple[str, list[str]]:
    """A sum before its noun after "a": "a £50 bar tab" ("a fifty pound bar tab"), "an $8 gift
    card", "a £100 bar tab" ("a hundred pound")."""
    n = pick(rng, amounts)
    return f"{sym}{n}", [f"{c} {unit}" for c in attributive(n)]


def vat_slot(rng) -> tuple[str, list[str]]:
    """A price with VAT added, left out or put in: "£1,299 + VAT" ("twelve hundred and
    ninety nine pounds plus VAT"), "£899 ex VAT" ("excluding VAT"), "£2,450 inc. VAT"."""
    n = rng.randrange(399, 4999, pick(rng, [1, 50, 10]))
    tail, said = pick(rng, [(" + VAT", ["plus VAT"]), (" +VAT", ["plus VAT"]),
                            (" plus VAT", ["plus VAT"]), (" ex VAT", ["excluding VAT", "ex VAT"]),
                            (" ex. VAT", ["excluding VAT", "ex VAT"]),
                            (" inc. VAT", ["including VAT"]), (" inc VAT", ["including VAT"]),
                            (" + VAT", ["plus VAT"])])
    return f"£{with_written(n, rng, 0.8)}{tail}", [f"{p} {s}" for p in pounds(n) for s in said]


def shilling_slot(rng) -> tuple[str, list[str]]:
    """Old money in shillings and pence: "5s" or "5/-" ("five shillings"), "4s 6d" ("four
    shillings and sixpence", "four and six")."""
    n = rng.randint(2, 9)
    if rng.random() < 0.45:
        return pick(rng, [f"{n}s", f"{n}s", f"{n}/-"]), [f"{card(n)} shillings"]
    w = card(n)
    return pick(rng, [f"{n}s 6d", f"{n}s. 6d.", f"{n}s 6d"]), [
        f"{w} shillings and sixpence", f"{w} shillings and six pence", f"{w} and six",
        f"{w} shillings sixpence", f"{w} shillings six pence"]


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("ZMW 450", "12,000 VUV") or a sign before it
    ("VT 5,000", "WS$80")."""
    if rng.random() < 0.65:
        code, units, lo, hi = pick(rng, CODES)
        step = 1 if hi <= 500 else 5 if hi < 10000 else 100 if hi < 100000 else 1000
        n = rng.randrange(lo, hi, step)
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units, lo, hi = pick(rng, SIGNS)
        step = 5 if hi <= 500 else 100 if hi < 100000 else 1000
        n = rng.randrange(lo, hi, step)
        written = f"{sign}{with_written(n, rng, 0.85)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.13:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.18:
        return fill(CHARGE_FRAMES[i], *charge_slot(rng))
    if k < 0.25:
        return fill(WEEK_FRAMES[i], *week_slot(rng))
    if k < 0.3:
        return fill(HOUR_FRAMES[i], *hour_slot(rng))
    if k < 0.36:
        return fill(WORD_FRAMES[i], *word_rate_slot(rng))
    if k < 0.41:
        return fill(HEAD_FRAMES[i], *head_slot(rng))
    if k < 0.46:
        frame, sym, unit, amounts = ATTR_PRIZE_FRAMES[i]
        return fill(frame, *attr_prize_slot(rng, sym, unit, amounts))
    if k < 0.53:
        return fill(VAT_FRAMES[i], *vat_slot(rng))
    if k < 0.58:
        return fill(SHILLING_FRAMES[i], *shilling_slot(rng))
    if k < 0.68:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.75:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

def plume_gen(rng, part) -> tuple[str, list[str]]:
    """An ash column's height: "12km", "8.5 km" ("eight point five kilometers"), "39,000ft"
    ("thirty nine thousand feet")."""
    k = rng.random()
    if k < 0.35:
        return measured(rng, rng.randint(3, 20), KM)
    if k < 0.55:
        return tenths(rng, 3, 15, KM)
    return measured(rng, rng.randrange(10000, 50000, 1000), FEET, 0.9)


def lava_gen(rng, part) -> tuple[str, list[str]]:
    """Lava's temperature: "1,170°C" ("eleven hundred and seventy degrees Celsius")."""
    return measured(rng, rng.randrange(700, 1250, 10), DEGREES + [(" degrees", ["degrees"])],
                    0.6)


def gas_gen(rng, part) -> tuple[str, list[str]]:
    """A volcano's gas output: "8,000 t/d", "8,000 tonnes a day" ("eight thousand tonnes per
    day")."""
    said = [f"{t} {p}" for t in ("tonnes", "tons") for p in ("per day", "a day")]
    return measured(rng, rng.randrange(500, 30000, 100),
                    [(" t/d", said), (" tonnes a day", said), (" tonnes/day", said),
                     (" tonnes per day", said)])


def scope_gen(rng, part) -> tuple[str, list[str]]:
    """A telescope's aperture before its noun: "a 10-inch", "an 8in" ("an eight inch"), "a
    102mm" ("a hundred and two millimeter")."""
    if rng.random() < 0.5:
        n = pick(rng, [6, 8, 10, 12, 14, 16, 8])
        return f"{n}{pick(rng, ['-inch', 'in', INCH, '-inch', ' inch'])}", [f"{card(n)} inch"]
    n = pick(rng, [80, 102, 114, 127, 150, 200, 254, 300])
    return f"{n}{pick(rng, ['mm', 'mm', ' mm'])}", [f"{c} millimeter" for c in attributive(n)]


def light_year_gen(rng, part) -> tuple[str, list[str]]:
    """A distance in light years: "4.2 light years", "640 ly", "1,344 light-years"."""
    unit = pick(rng, [" light years", " light-years", " ly", " light years"])
    if rng.random() < 0.4:
        whole, t = pick(rng, [(4, 2), (8, 6), (11, 4), (16, 7), (25, 1), (4, 4), (8, 5)])
        return f"{whole}.{t}{unit}", [f"{h} light years" for h in halves(whole, t)]
    n = pick(rng, [310, 640, 548, 1344, 2500, 430, 1500, 7500, 1100])
    return f"{with_written(n, rng, 0.8)}{unit}", [f"{c} light years" for c in cards(n)]


def au_gen(rng, part) -> tuple[str, list[str]]:
    """A distance in astronomical units: "5.2 AU" ("five point two A U", "astronomical
    units")."""
    return tenths(rng, 1, 9, [(" AU", ["A U", "astronomical units"]),
                              ("AU", ["A U", "astronomical units"])])


def tank_gen(rng, part) -> tuple[str, list[str]]:
    """A tank's volume: "2.5 million litres" ("two point five million litres", "two and a
    half million"), "750,000 litres"."""
    unit = pick(rng, [" litres", " litres", " liters", " L"])
    if rng.random() < 0.5:
        whole, t = rng.randint(1, 9), rng.randint(1, 9)
        return (f"{whole}.{t} million{unit if unit != ' L' else ' litres'}",
                [f"{h} million {u}" for h in halves(whole, t) for u in LITRES])
    n = rng.randrange(50000, 990000, 5000)
    return f"{n:,}{unit}", [f"{c} {u}" for c in cards(n) for u in LITRES]


def beast_gen(rng, part) -> tuple[str, list[str]]:
    """An elephant's weight: "5.4 tonnes", "5.4t" ("five point four tonnes"), "5,400kg"."""
    if rng.random() < 0.6:
        return tenths(rng, 3, 6, [(" tonnes", ["tonnes", "tons"]), ("t", ["tonnes", "tons"]),
                                  (" tons", ["tons"])])
    return measured(rng, rng.randrange(3000, 6500, 50), KG)


def cubic_gen(rng, part) -> tuple[str, list[str]]:
    """Timber by volume: "4,500m³", "4,500 cu m", "4,500 cubic metres" ("four thousand five
    hundred cubic meters")."""
    said = ["cubic meters"]
    return measured(rng, rng.randrange(500, 90000, 50),
                    [("m³", said), (" m³", said), (" cu m", said), (" cubic metres", said),
                     ("m3", said)])


def hectare_gen(rng, part) -> tuple[str, list[str]]:
    said = ["hectares"]
    return measured(rng, rng.randint(12, 2500), [("ha", said), (" ha", said),
                                                 (" hectares", said)])


def tree_gen(rng, part) -> tuple[str, list[str]]:
    """A tree's height before its noun: "a 62m Douglas fir" ("a sixty two meter"), "a 200ft
    redwood" ("a two hundred foot")."""
    if rng.random() < 0.6:
        n = rng.randint(45, 66)
        return f"{n}{pick(rng, ['m', '-metre', ' m', 'm'])}", [f"{card(n)} meter"]
    n = rng.randrange(150, 240, 5)
    return f"{n}{pick(rng, ['ft', '-foot', ' ft'])}", [f"{c} foot" for c in attributive(n)]


def board_feet_gen(rng, part) -> tuple[str, list[str]]:
    said = ["board feet"]
    return measured(rng, rng.randrange(1000, 60000, 500), [(" bd ft", said),
                                                           (" board feet", said),
                                                           (" bd. ft.", said)])


def shaft_gen(rng, part) -> tuple[str, list[str]]:
    """A shaft's depth: "1,200ft" ("twelve hundred feet"), "360m"."""
    if rng.random() < 0.6:
        return measured(rng, rng.randrange(300, 3500, 50), FEET)
    return measured(rng, rng.randrange(100, 1100, 10), METRES)


def grade_gen(rng, part) -> tuple[str, list[str]]:
    """An ore grade: "4.5 g/t" ("four point five grams per tonne", "grams a tonne")."""
    said = ["grams per tonne", "grams a tonne", "grams per ton"]
    return tenths(rng, 1, 15, [(" g/t", said), ("g/t", said), (" grams per tonne", said)])


def ounces_gen(rng, part) -> tuple[str, list[str]]:
    """A deposit in ounces of gold: "1.2Moz" ("one point two million ounces"), "450koz" ("four
    hundred and fifty thousand ounces")."""
    if rng.random() < 0.65:
        return tenths(rng, 1, 9, [("Moz", ["million ounces"]), (" Moz", ["million ounces"]),
                                  (" million oz", ["million ounces"])])
    n = rng.randrange(120, 990, 10)
    return f"{n}{pick(rng, ['koz', ' koz'])}", [f"{c} thousand ounces" for c in cards(n)]


def mg_gen(rng, part) -> tuple[str, list[str]]:
    """A dose: "500mg" ("five hundred milligrams")."""
    said = ["milligrams"]
    return measured(rng, pick(rng, [125, 250, 400, 500, 200, 300, 600]),
                    [("mg", said), (" mg", said), ("mg", said)])


def mcg_gen(rng, part) -> tuple[str, list[str]]:
    """An inhaler's dose before its noun: "a 100mcg inhaler" ("a hundred microgram"), "a
    250µg inhaler"."""
    n = pick(rng, [50, 100, 200, 250, 400, 500, 100])
    mark = pick(rng, ["mcg", "mcg", " mcg", "µg", "-microgram"])
    return f"{n}{mark}", [f"{c} microgram" for c in attributive(n)]


def iu_gen(rng, part) -> tuple[str, list[str]]:
    """Vitamins in international units: "1,000 IU" ("one thousand I U", "international
    units")."""
    said = ["I U", "international units"]
    return measured(rng, pick(rng, [400, 800, 1000, 2000, 4000, 10000]),
                    [(" IU", said), ("IU", said), (" iu", said)], 0.6)


def suspension_gen(rng, part) -> tuple[str, list[str]]:
    """A liquid medicine's strength: "250mg/5ml" ("two hundred and fifty milligrams per five
    milliliters", "in five")."""
    n = pick(rng, [125, 250, 120, 200])
    written = pick(rng, [f"{n}mg/5ml", f"{n}mg/5ml", f"{n} mg/5 ml", f"{n}mg/5mL",
                         f"{n}mg in 5ml"])
    ml = ("milliliters", "millilitres")
    joins = ("in",) if " in " in written else ("per", "in")
    return written, [f"{c} milligrams {j} five {u}" for c in cards(n) for j in joins
                     for u in ml]


def fever_gen(rng, part) -> tuple[str, list[str]]:
    return tenths(rng, 37, 39, DEGREES[:3])


def glucose_gen(rng, part) -> tuple[str, list[str]]:
    """Blood sugar: "6.2 mmol/L" ("six point two millimoles per liter")."""
    said = ["millimoles per liter", "millimoles per litre", "millimoles"]
    return tenths(rng, 3, 14, [(" mmol/L", said), ("mmol/l", said), (" mmol/l", said)])


def drone_weight_gen(rng, part) -> tuple[str, list[str]]:
    """A drone's weight before its noun: "a 249g drone" ("a two hundred and forty nine gram"),
    "a 570-gram"."""
    n = pick(rng, [249, 249, 570, 249, 895, 720])
    return f"{n}{pick(rng, ['g', 'g', ' g', '-gram'])}", [f"{c} gram" for c in attributive(n)]


def ceiling_gen(rng, part) -> tuple[str, list[str]]:
    """A height limit: "120m" ("a hundred and twenty meters"), "400ft"."""
    if rng.random() < 0.5:
        return measured(rng, 120, METRES)
    return measured(rng, 400, FEET)


def battery_gen(rng, part) -> tuple[str, list[str]]:
    """A battery's capacity before its noun: "a 5,000mAh battery" ("a five thousand
    milliamp hour")."""
    n = pick(rng, [2450, 3850, 4500, 5000, 5935, 7000, 3000])
    words = ("milliamp hour", "milliampere hour", "M A H")
    return (f"{with_written(n, rng, 0.6)}{pick(rng, ['mAh', ' mAh', 'mAh'])}",
            [f"{c} {w}" for c in cards(n) for w in words])


def radio_gen(rng, part) -> tuple[str, list[str]]:
    """A radio frequency: "2.4GHz" ("two point four gigahertz", "gig"), "433MHz" ("four
    hundred and thirty three megahertz", "four thirty three")."""
    if rng.random() < 0.6:
        whole, t = pick(rng, [(2, 4), (5, 8), (5, 2), (2, 4)])
        unit = pick(rng, ["GHz", " GHz", "GHz"])
        return f"{whole}.{t}{unit}", [f"{card(whole)} point {card(t)} {u}"
                                      for u in ("gigahertz", "gig")]
    n = pick(rng, [433, 868, 915, 433])
    return f"{n}{pick(rng, ['MHz', ' MHz'])}", [f"{c} megahertz"
                                                for c in cards(n) + hundreds_pair(n)]


def wind_gen(rng, part) -> tuple[str, list[str]]:
    said = ["meters per second", "meters a second"]
    return measured(rng, rng.randint(8, 15), [("m/s", said), (" m/s", said)])


def resistor_gen(rng, part) -> tuple[str, list[str]]:
    """A resistor before its noun: "a 220Ω resistor" ("a two hundred and twenty ohm"), "a
    10kΩ" or "10k" ("ten K", "ten kilohm", "ten thousand ohm"), "4.7kΩ"."""
    if rng.random() < 0.45:
        n = pick(rng, [220, 330, 470, 100, 680, 150])
        mark = pick(rng, ["Ω", "Ω", " Ω", " ohm", "-ohm"])
        return f"{n}{mark}", [f"{c} ohm" for c in attributive(n)]
    v = pick(rng, ["10", "4.7", "1", "2.2", "100", "10", "47"])
    mark = pick(rng, ["kΩ", "kΩ", "k", "K", " kΩ"])
    if "." in v:
        w, t = map(int, v.split("."))
        heads = [f"{card(w)} point {card(t)}"]
        ohms = int(w * 1000 + t * 100)
    else:
        heads = attributive(int(v))
        ohms = int(v) * 1000
    return f"{v}{mark}", [f"{h} {u}" for h in heads for u in ("kilohm", "K", "kiloohm")] + \
        [f"{c} ohm" for c in attributive(ohms)]


def capacitor_gen(rng, part) -> tuple[str, list[str]]:
    """A capacitor before its noun: "a 100µF capacitor" ("a hundred microfarad")."""
    n = pick(rng, [100, 470, 10, 47, 220, 1000])
    mark = pick(rng, ["µF", "µF", "uF", " µF"])
    return f"{n}{mark}", [f"{c} microfarad" for c in attributive(n)]


def volt_gen(rng, part) -> tuple[str, list[str]]:
    """A supply: "3.3V" ("three point three volts"), "5V"."""
    if rng.random() < 0.5:
        return f"3.3{pick(rng, ['V', 'V', ' V', ' volts'])}", ["three point three volts"]
    n = pick(rng, [5, 12, 9, 5])
    return f"{n}{pick(rng, ['V', 'V', ' V', ' volts'])}", [f"{card(n)} volts"]


def nozzle_gen(rng, part) -> tuple[str, list[str]]:
    """A nozzle before its noun: "a 0.4mm nozzle" ("a nought point four millimeter", "point
    four mil")."""
    frac = pick(rng, ["4", "2", "25", "6", "8", "4"])
    mark = pick(rng, ["mm", "mm", " mm"])
    return f"0.{frac}{mark}", [f"{h} {u}" for h in point_digits(0, frac)
                               for u in ("millimeter", "mil")]


def filament_gen(rng, part) -> tuple[str, list[str]]:
    """Filament before its noun: "1.75mm" ("one point seven five millimeter")."""
    whole, frac = pick(rng, [(1, "75"), (1, "75"), (2, "85")])
    mark = pick(rng, ["mm", "mm", " mm"])
    return f"{whole}.{frac}{mark}", [f"{h} {u}" for h in point_digits(whole, frac)
                                     for u in ("millimeter", "mil")]


def layer_gen(rng, part) -> tuple[str, list[str]]:
    """A layer height: "0.2mm" ("nought point two millimeters")."""
    frac = pick(rng, ["2", "12", "16", "08", "28", "1"])
    mark = pick(rng, ["mm", "mm", " mm"])
    return f"0.{frac}{mark}", [f"{h} millimeters" for h in point_digits(0, frac)]


def bed_gen(rng, part) -> tuple[str, list[str]]:
    """A print bed's size: "220 x 220mm", "256 × 256 × 256 mm" ("two hundred and fifty six by
    ... millimeters", "two fifty six by ...")."""
    n = pick(rng, [220, 235, 256, 300, 180, 350])
    sides = 3 if rng.random() < 0.35 else 2
    x = pick(rng, [" x ", " x ", "x", " × "])
    unit = pick(rng, ["mm", " mm"])
    names = cards(n) + hundreds_pair(n)
    said = [f"{' by '.join([c] * sides)} millimeters" for c in names] + \
        [" by ".join([f"{c} millimeters"] * sides) for c in names]
    return x.join([str(n)] * sides) + unit, said


def print_speed_gen(rng, part) -> tuple[str, list[str]]:
    said = ["millimeters per second", "millimeters a second"]
    return measured(rng, pick(rng, [60, 80, 100, 150, 200, 250, 300, 500]),
                    [("mm/s", said), (" mm/s", said)])


def wetsuit_gen(rng, part) -> tuple[str, list[str]]:
    """A wetsuit by its thicknesses, before its noun: "a 4/3mm wetsuit" ("a four three
    millimeter", "four three mil", "four three")."""
    parts = pick(rng, [(4, 3), (4, 3), (5, 4, 3), (3, 2), (5, 4), (6, 5, 4)])
    unit = pick(rng, ["mm", "mm", " mm", ""])
    head = " ".join(card(p) for p in parts)
    said = [f"{head} millimeter", f"{head} mil", head] if unit else [head]
    return "/".join(map(str, parts)) + unit, said


def volume_gen(rng, part) -> tuple[str, list[str]]:
    """A board's volume: "32L", "32.5 litres" ("thirty two point five liters")."""
    units = [("L", LITRES), (" L", LITRES), (" litres", LITRES)]
    if rng.random() < 0.3:
        return tenths(rng, 24, 60, units)
    return measured(rng, rng.randint(24, 75), units)


def course_gen(rng, part) -> tuple[str, list[str]]:
    """A race's distance: "2,000m" ("two thousand meters"), "2km", "2k" ("two K"), "500m"."""
    k = rng.random()
    if k < 0.55:
        return measured(rng, pick(rng, [2000, 2000, 1000, 500, 6000]), METRES[:2], 0.7)
    if k < 0.8:
        n = pick(rng, [2, 2, 5, 6])
        return f"{n}{pick(rng, ['km', ' km'])}", [f"{card(n)} kilometers"]
    return "2k", ["two K", "two thousand meters", "two kilometers"]


def stroke_gen(rng, part) -> tuple[str, list[str]]:
    said = ["strokes per minute", "strokes a minute"]
    return measured(rng, rng.randint(30, 46), [(" spm", said), ("spm", said),
                                               (" strokes a minute", said)])


def noise_gen(rng, part) -> tuple[str, list[str]]:
    return measured(rng, rng.randint(65, 105), [("dB", ["decibels"]), (" dB", ["decibels"]),
                                                (" decibels", ["decibels"])])


def ring_gen(rng, part) -> tuple[str, list[str]]:
    """A circus ring before its noun: "a 42ft ring" ("a forty two foot"), "a 13m ring"."""
    if rng.random() < 0.55:
        return f"42{pick(rng, ['ft', '-foot', ' ft'])}", ["forty two foot"]
    n = pick(rng, [13, 12, 13])
    return f"{n}{pick(rng, ['m', '-metre', ' m'])}", [f"{card(n)} meter"]


def wire_gen(rng, part) -> tuple[str, list[str]]:
    if rng.random() < 0.5:
        return measured(rng, rng.randint(20, 45), FEET)
    return measured(rng, rng.randint(6, 14), METRES)


def cannon_gen(rng, part) -> tuple[str, list[str]]:
    if rng.random() < 0.6:
        said = ["miles per hour", "miles an hour"]
        return measured(rng, rng.randint(45, 75), [("mph", said), (" mph", said)])
    said = ["kilometers per hour", "kilometers an hour"]
    return measured(rng, rng.randint(70, 120), [("km/h", said), (" km/h", said)])


# (frame, generator of (written, readings)); dev takes the even ones, held-out the odd ones.
MEASURE_FRAMES = [
    ("The ash column rose to {X} above the summit.", plume_gen),
    ("Lava at the vent was measured at {X}.", lava_gen),
    ("The volcano's sulphur dioxide output reached {X}.", gas_gen),
    ("The astronomy club has bought {a} {X} Dobsonian.", scope_gen),
    ("The star at the heart of the nebula is {X} away.", light_year_gen),
    ("The comet is now {X} from the sun.", au_gen),
    ("The main tank at the aquarium holds {X} of seawater.", tank_gen),
    ("The bull elephant weighs {X}.", beast_gen),
    ("The estate sold {X} of timber last year.", cubic_gen),
    ("The new community woodland covers {X}.", hectare_gen),
    ("The tallest tree in the arboretum is {a} {X} Douglas fir.", tree_gen),
    ("The mill sawed {X} of redwood in a single day.", board_feet_gen),
    ("The main shaft went down {X}.", shaft_gen),
    ("The new drill hole hit gold at {X}.", grade_gen),
    ("The deposit is thought to hold {X} of gold.", ounces_gen),
    ("There is {X} of amoxicillin in every capsule.", mg_gen),
    ("The doctor has put her on {a} {X} inhaler.", mcg_gen),
    ("The vitamin D drops give {X} a day.", iu_gen),
    ("Each bottle of the suspension is {X}.", suspension_gen),
    ("The resident's temperature rose to {X} overnight.", fever_gen),
    ("Her blood sugar reading was {X} this morning.", glucose_gen),
    ("She flies {a} {X} drone over the beach at weekends.", drone_weight_gen),
    ("Hobby drones must stay below {X}.", ceiling_gen),
    ("The drone runs on {a} {X} battery.", battery_gen),
    ("The controller talks to the drone on {X}.", radio_gen),
    ("The drone can hold its position in winds of up to {X}.", wind_gen),
    ("Put {a} {X} resistor in series with the LED.", resistor_gen),
    ("The circuit needs {a} {X} capacitor across the supply.", capacitor_gen),
    ("The sensor board runs at {X}.", volt_gen),
    ("Swap in {a} {X} nozzle for finer detail.", nozzle_gen),
    ("The printer takes {X} filament.", filament_gen),
    ("Print the figures at a layer height of {X}.", layer_gen),
    ("The print bed is {X}.", bed_gen),
    ("The printer can run at {X} on draft settings.", print_speed_gen),
    ("Bring {a} {X} wetsuit for the winter sessions.", wetsuit_gen),
    ("The step-up board has a volume of {X}.", volume_gen),
    ("Regatta races are rowed over {X}.", course_gen),
    ("The crew rated {X} off the start.", stroke_gen),
    ("Noise from the main stage must stay under {X}.", noise_gen),
    ("The show is staged in {a} {X} ring.", ring_gen),
    ("The high wire is strung {X} above the ring.", wire_gen),
    ("The human cannonball leaves the barrel at {X}.", cannon_gen),
]
SEAM_FRAMES = ["The coal seam at the pit was only {X} thick.",
               "The lode widens to {X} on the bottom level."]
BOARD_FRAMES = ["She learned to surf on {a} {X} foam board.", "His longboard is {X} long."]
BP_FRAMES = ["Her blood pressure at the check was {X}.",
             "The district nurse noted a blood pressure of {X}."]
SPLIT_FRAMES = ["He held a split of {X} for the whole piece.",
                "Her average split in the test was {X}."]
ERG_FRAMES = ["Her best time for the erg test is {X}.",
              "The sculler's winning time was {X}."]


def seam_slot(rng) -> tuple[str, list[str]]:
    """A thickness in feet and inches: "3ft 6in", "2' 9\"" ("three foot six", "three feet six
    inches")."""
    ft, i = rng.randint(1, 5), rng.randint(1, 11)
    written = pick(rng, [f"{ft}ft {i}in", f"{ft}' {i}{INCH}", f"{ft} ft {i} in",
                         f"{ft}ft {i}in", f"{ft}'{i}{INCH}"])
    return written, feet_inches(ft, i, False)


def board_slot(rng, attr: bool) -> tuple[str, list[str]]:
    """A surfboard's length as shapers write it: "9'6\"" ("nine foot six", "nine six"), "6'2",
    "8ft 2in"."""
    ft = rng.randint(5, 10) if not attr else rng.randint(7, 9)
    i = rng.randint(1, 11)
    written = pick(rng, [f"{ft}'{i}{INCH}", f"{ft}'{i}{INCH}", f"{ft}' {i}{INCH}",
                         f"{ft}'{i}", f"{ft}ft {i}in"])
    return written, feet_inches(ft, i, attr) + [f"{card(ft)} {card(i)}"]


def bp_slot(rng) -> tuple[str, list[str]]:
    """A blood pressure: "120/80" ("a hundred and twenty over eighty", "one twenty over
    eighty"), "135/85 mmHg" ("... millimeters of mercury")."""
    a, b = rng.randrange(100, 165, 5), rng.randrange(60, 100, 5)
    tops = cards(a) + hundreds_pair(a)
    said = [f"{x} over {card(b)}" for x in tops]
    if rng.random() < 0.3:
        return f"{a}/{b} {pick(rng, ['mmHg', 'mm Hg'])}", [f"{s} millimeters of mercury"
                                                          for s in said]
    return f"{a}/{b}", said


def split_slot(rng) -> tuple[str, list[str]]:
    """A rowing split: "1:42.5/500m" ("one forty two point five per five hundred meters",
    "one minute forty two point five seconds ...")."""
    m, s, t = pick(rng, [1, 1, 2]), rng.randint(30, 59), rng.randint(1, 9)
    if m == 2:
        s = rng.randint(1, 12)
    ss = card(s) if s >= 10 else f"oh {card(s)}"
    mins = "minute" if m == 1 else "minutes"
    heads = [f"{card(m)} {ss} point {card(t)}",
             f"{card(m)} {mins} {card(s)} point {card(t)} seconds",
             f"{card(m)} {mins} {card(s)} point {card(t)}"]
    per = pick(rng, ["/500m", "/500m", " per 500m", "/500 m"])
    return f"{m}:{s:02d}.{t}{per}", [f"{h} {u}" for h in heads
                                     for u in ("per five hundred meters", "per five hundred")]


def erg_slot(rng) -> tuple[str, list[str]]:
    """A race time to a tenth: "6:12.4" ("six minutes twelve point four seconds", "six twelve
    point four")."""
    m, s, t = rng.randint(6, 8), rng.randint(0, 59), rng.randint(1, 9)
    ss = card(s) if s >= 10 else f"oh {card(s)}"
    return f"{m}:{s:02d}.{t}", [f"{card(m)} minutes{j} {card(s)} point {card(t)} seconds"
                                for j in ("", " and")] + \
        [f"{card(m)} minutes {card(s)} point {card(t)}", f"{card(m)} {ss} point {card(t)}"]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.05:
        return fill(SEAM_FRAMES[i], *seam_slot(rng))
    if k < 0.11:
        return fill(BOARD_FRAMES[i], *board_slot(rng, i == 0))
    if k < 0.16:
        return fill(BP_FRAMES[i], *bp_slot(rng))
    if k < 0.2:
        return fill(SPLIT_FRAMES[i], *split_slot(rng))
    if k < 0.24:
        return fill(ERG_FRAMES[i], *erg_slot(rng))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("Visitor numbers at the zoo rose {X} last year.", 2, 30, True),
                  ("Only {X} of the county is ancient woodland.", 2, 12, True),
                  ("The ore at the new pit runs at about {X} copper.", 1, 5, True),
                  ("Demand for flu jabs at the pharmacy is up {X}.", 5, 40, False),
                  ("The care home's occupancy stands at {X}.", 80, 99, True),
                  ("Humidity inside the observatory dome reached {X}.", 60, 98, False),
                  ("Ticket prices at the festival have gone up {X}.", 5, 20, False),
                  ("Nearly {X} of the school's learners are adults.", 30, 80, False),
                  ("The drone's battery was down to {X} when it landed.", 5, 30, False),
                  ("Only {X} of the quiz teams got the tie-breaker right.", 5, 40, False)]
TOLERANCE_FRAMES = ["Use resistors with a tolerance of {X}.",
                    "The gauge is accurate to {X}."]
CREAM_FRAMES = ["Ask the pharmacist for hydrocortisone {X} cream.",
                "The pharmacy sells clotrimazole {X} cream over the counter."]
DISCOUNT_FRAMES = [("Students get {a} {X} discount on evening classes.", [10, 15, 20, 25, 11,
                                                                          18]),
                   ("Zoo members get {a} {X} discount in the cafe.", [10, 15, 20, 8, 11, 25])]
INFILL_FRAMES = ["Print the bracket at {X} infill.", "The figurine was printed with {X} infill."]
MOON_FRAMES = ["The moon will be {X} lit on the night of the meteor shower.",
               "The moon is {X} illuminated tonight, so faint galaxies will be hard to see."]
PLUS_FRAMES = ["Shares in the drone maker closed {X}.", "The mining group's shares ended {X}."]
MINUS_FRAMES = ["Timber prices changed by {X} in the quarter.",
                "Language school bookings changed by {X} on the year."]
POINTS_FRAMES = [("Support for reopening the mine fell {X} points in the poll.", 2, 12),
                 ("The share of pupils learning a language rose {X} percentage points.", 1, 6)]


def tolerance_slot(rng) -> tuple[str, list[str]]:
    """A tolerance: "±5%", "± 1%", "+/-10%" ("plus or minus five percent")."""
    if rng.random() < 0.2:
        t = pick(rng, [1, 5, 2])
        return f"±0.{t}%", [f"plus or minus {s} percent" for s in point_zero(0, card(t))]
    n = pick(rng, [1, 2, 5, 10, 20, 5])
    sign = pick(rng, ["±", "±", "± ", "+/-"])
    return f"{sign}{n}%", [f"plus or minus {card(n)} percent"]


def cream_slot(rng, part) -> tuple[str, list[str]]:
    """A cream's strength: "1%", "0.5%" ("nought point five percent", "point five")."""
    v = pick(rng, ["1", "0.5", "1", "2.5"] if part == "dev" else ["1", "2", "1"])
    if "." in v:
        w, t = map(int, v.split("."))
        return f"{v}%", [f"{s} percent" for s in point_zero(w, card(t))]
    return f"{v}%", [f"{card(int(v))} percent"]


def discount_slot(rng, amounts) -> tuple[str, list[str]]:
    n = pick(rng, amounts)
    return f"{n}{pick(rng, ['%', '%', ' per cent', '%'])}", [f"{card(n)} percent"]


def infill_slot(rng) -> tuple[str, list[str]]:
    n = pick(rng, [10, 15, 20, 25, 40, 100, 20])
    return f"{n}%", [f"{c} percent" for c in cards(n)]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.07:
        return fill(TOLERANCE_FRAMES[i], *tolerance_slot(rng))
    if k < 0.13:
        return fill(CREAM_FRAMES[i], *cream_slot(rng, part))
    if k < 0.2:
        frame, amounts = DISCOUNT_FRAMES[i]
        return fill(frame, *discount_slot(rng, amounts))
    if k < 0.26:
        return fill(INFILL_FRAMES[i], *infill_slot(rng))
    if k < 0.31:
        return fill(MOON_FRAMES[i], *pct_slot(rng, 5, 99, False))
    if k < 0.37:
        return fill(PLUS_FRAMES[i], *plus_slot(rng))
    if k < 0.42:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.47:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent", "%", "pc"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The acid crater lake has a pH of {X}.", 0, 2, 2),
                  ("The mineral sample has a specific gravity of {X}.", 2, 7, 2),
                  ("The comet's orbit has an eccentricity of {X}.", 0, 0, 3),
                  ("The league's average score this season is {X} points.", 38, 52, 1),
                  ("The sea lion pup now weighs {X} kilos.", 18, 40, 1),
                  ("Reviewers give the language school {X} out of five.", 4, 4, 1),
                  ("The care home scores {X} out of ten on the review site.", 8, 9, 1),
                  ("The asteroid is {X} kilometres across.", 1, 40, 1)]
QUAKE_FRAMES = ["The tremor under the volcano measured {X}.",
                "The earthquake off the coast registered {X}."]
SKY_FRAMES = ["Venus shines at magnitude {X} this month.",
              "The comet has brightened to magnitude {X}."]
MOHS_FRAMES = ["The mineral has a Mohs hardness of {X}.",
               "Obsidian has a hardness of about {X}."]
CONSTANT_FRAMES = ["The tie-breaker answer was {X}.", "Nobody else knew the answer was {X}."]
PYTHON_FRAMES = ["The club's robots run on Python {X}.",
                 "The drone's flight scripts need Python {X} or later."]
VERSION_FRAMES = ["Update the printer's firmware to version {X}.",
                  "The flight controller is running firmware {X}."]
COORD_FRAMES = ["The summit vent lies at {X}.", "The survey put the new fissure at {X}."]
# Constants quizmasters ask for, to the places given.
CONSTANTS = ["3.14159", "2.71828", "1.41421", "1.61803", "3.1416", "9.81", "6.022"]


def quake_slot(rng) -> tuple[str, list[str]]:
    """A magnitude: "M4.2", "M 4.2" ("magnitude four point two"), "magnitude 4.2", "4.2"."""
    whole, t = rng.randint(2, 6), rng.randint(1, 9)
    heads = [f"{card(whole)} point {card(t)}"]
    form = rng.randrange(4)
    if form == 0:
        return f"M{whole}.{t}", [f"{w} {h}" for w in ("magnitude", "M") for h in heads]
    if form == 1:
        return f"M {whole}.{t}", [f"{w} {h}" for w in ("magnitude", "M") for h in heads]
    if form == 2:
        return f"magnitude {whole}.{t}", [f"magnitude {h}" for h in heads]
    return f"{whole}.{t}", heads


def sky_slot(rng, bright: bool) -> tuple[str, list[str]]:
    """An apparent magnitude: "-4.4" ("minus four point four"), "+5.8" ("plus five point
    eight"), "6.2"."""
    if bright:
        whole, t = 4, rng.randint(1, 8)
        sign = pick(rng, ["-", "−", "-"])
        return f"{sign}{whole}.{t}", [f"{m} {h}" for m in ("minus", "negative")
                                      for h in halves(whole, t)]
    whole, t = rng.randint(3, 9), rng.randint(1, 9)
    if rng.random() < 0.35:
        return f"+{whole}.{t}", [f"plus {h}" for h in halves(whole, t)]
    return f"{whole}.{t}", halves(whole, t)


def mohs_slot(rng) -> tuple[str, list[str]]:
    whole = pick(rng, [2, 3, 5, 6, 5])
    return f"{whole}.5", halves(whole, 5)


def constant_slot(rng) -> tuple[str, list[str]]:
    v = pick(rng, CONSTANTS)
    whole, frac = v.split(".")
    return v, point_digits(int(whole), frac)


def python_slot(rng) -> tuple[str, list[str]]:
    """A Python version: "3.12" ("three point twelve", "three point one two"), "3.9"."""
    minor = rng.randint(8, 13)
    said = [f"three point {card(minor)}"]
    if minor >= 10:
        said.append(f"three point {digits(str(minor))}")
    return f"3.{minor}", said


def coord_slot(rng, part) -> tuple[str, list[str]]:
    """A position in decimal degrees: "19.4069° N, 155.2834° W" ("nineteen point four zero six
    nine degrees north, one hundred and fifty five point ...")."""
    if part == "dev":
        lat, lon = (rng.randint(18, 21), "N", "north"), (rng.randint(154, 157), "W", "west")
    else:
        lat, lon = (rng.randint(6, 8), "S", "south"), (rng.randint(106, 115), "E", "east")
    out_w, out_s = [], []
    for whole, letter, word in (lat, lon):
        frac = f"{rng.randint(0, 999):03d}{rng.randint(1, 9)}"
        gap = pick(rng, [" ", "", " "])
        out_w.append(f"{whole}.{frac}°{gap}{letter}")
        out_s.append([f"{c} point {d} degrees {word}"
                      for c in cards(whole) + hundreds_pair(whole)
                      for d in zero_variants(digits(frac))])
    return ", ".join(out_w), [f"{a}, {b}" for a in out_s[0] for b in out_s[1]]


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(QUAKE_FRAMES[i], *quake_slot(rng))
    if k < 0.2:
        return fill(SKY_FRAMES[i], *sky_slot(rng, i == 0))
    if k < 0.26:
        return fill(MOHS_FRAMES[i], *mohs_slot(rng))
    if k < 0.33:
        return fill(CONSTANT_FRAMES[i], *constant_slot(rng))
    if k < 0.39:
        return fill(PYTHON_FRAMES[i], *python_slot(rng))
    if k < 0.45:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    if k < 0.52:
        return fill(COORD_FRAMES[i], *coord_slot(rng, part))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *places_slot(rng, lo, hi, most))


def places_slot(rng, lo: int, hi: int, most: int) -> tuple[str, list[str]]:
    """A decimal of up to `most` places, the digits after the point one by one."""
    whole = rng.randint(lo, hi)
    n = rng.randint(1, most)
    frac = "".join(str(rng.randint(0, 9)) for _ in range(n - 1)) + str(rng.randint(1, 9))
    return f"{whole}.{frac}", point_digits(whole, frac)


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["Ring {X} to order your repeat medicines.",
                "The aquarium's group bookings line is {X}.",
                "To arrange a visit to the care home, ring {X}.",
                "For course enquiries, phone the language school on {X}.",
                "The drone survey team can be reached on {X}.",
                "Festival ticket queries can be made on {X}.",
                "To book the big top for a private show, call {X}.",
                "The surf school's booking line is {X}.",
                "The observatory's public nights line is {X}.",
                "To book a guided walk to the crater, ring {X}."]
# (frame, written, readings): short and well-known lines.
SHORT_LINES = [("For urgent medical advice when the surgery is closed, call {X}.", "111",
                ["one one one"]),
               ("In an emergency on an Australian beach, dial {X}.", "000",
                ["triple zero", "zero zero zero"]),
               ("If your electricity goes off, ring {X}.", "105", ["one zero five"]),
               ("From any phone in Europe, dial {X} for the emergency services.", "112",
                ["one one two", "one twelve"]),
               ("For the poisons line in Australia, call {X}.", "13 11 26",
                ["one three one one two six", "thirteen eleven twenty six"]),
               ("To reach the police in New Zealand when it isn't an emergency, call {X}.",
                "105", ["one zero five"])]
TEXT_FRAMES = ["Text {X} to give five pounds to the zoo's rhino appeal.",
               "To give three pounds to the mining museum, text {X}."]
KEYWORDS = ["RHINO", "TAPIR", "PITHEAD", "LANTERN"]
# (country code, readings after "plus", groups, the digits the number opens with): Indonesia,
# Vanuatu, Fiji, Cape Verde, Papua New Guinea, Zambia, Madagascar, Samoa, Nicaragua,
# Guatemala, Peru and Greenland.
ABROAD = [("62", ["six two", "sixty two"], (3, 4, 4), "8"),
          ("678", ["six seven eight"], (3, 4), "57"),
          ("679", ["six seven nine"], (3, 4), "97"),
          ("238", ["two three eight"], (3, 2, 2), "9"),
          ("675", ["six seven five"], (4, 4), "7"),
          ("260", ["two six zero", "two six oh", "two sixty"], (2, 3, 4), "9"),
          ("261", ["two six one", "two sixty one"], (2, 2, 3, 2), "3"),
          ("685", ["six eight five"], (2, 5), "7"),
          ("505", ["five zero five", "five oh five"], (4, 4), "8"),
          ("502", ["five zero two", "five oh two"], (4, 4), "25"),
          ("51", ["five one", "fifty one"], (3, 3, 3), "9"),
          ("299", ["two nine nine"], (2, 2, 2), "35")]


def text_slot(rng) -> tuple[str, list[str]]:
    return text_slot_r112(rng, keywords=KEYWORDS)


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


def phone(rng, part):
    k = rng.random()
    if k < 0.12:
        frame, written, said = pick(rng, split(SHORT_LINES, part))
        return fill(frame, written, [v for s in said for v in zero_variants(s)])
    if k < 0.18:
        return fill(TEXT_FRAMES[0 if part == "dev" else 1], *text_slot(rng))
    frame = pick(rng, split(PHONE_FRAMES, part))
    if k < 0.38:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.44:
        return fill(frame, *extension_slot(rng))
    if k < 0.62:
        return fill(frame, *uk5_slot(rng))
    if k < 0.74:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Almost {X} of the island is covered by old lava flows.",
                   "About {X} of the zoo's animals are in breeding programmes.",
                   "Nearly {X} of the plantation was lost to the fire.",
                   "Roughly {X} of the pit's workforce came from the valley.",
                   "Over {X} of the pharmacy's customers now order online.",
                   "Around {X} of the festival's tickets go to locals.",
                   "Almost {X} of the quiz questions were about sport.",
                   "About {X} of the school's teachers are native speakers."]
ONE_IN_FRAMES = ["Roughly {X} adults have never seen the Milky Way.",
                 "About {X} people in care homes are living with dementia."]
QUIZ_FRAMES = ["Our team scored {X} in the picture round.",
               "We finished the night on {X}."]
TABLET_FRAMES = ["Take {X} at bedtime.", "Give the dog {X} with its food."]
EYEPIECE_FRAMES = ["The telescope is sold with {a} {X} eyepiece.",
                   "The focuser takes {a} {X} diagonal."]
MOON_PART_FRAMES = ["The moon will be {X} full on the night of the star party.",
                    "By Friday the moon will be {X} full."]
TUNNEL_FRAMES = ["The mine's tunnels run for {X} miles under the town.",
                 "The forest trail is {X} miles long."]
PLY_FRAMES = ["The robot's chassis is cut from {X} plywood.",
              "The sign for the fair is painted on {X} board."]
DILUTE_FRAMES = ["Dilute the cleaning solution {X} with water.",
                 "Mix the plant feed {X} before watering."]


def quiz_slot(rng, total: bool) -> tuple[str, list[str]]:
    """A quiz score: "8/10" ("eight out of ten"), "43/50"."""
    out_of = pick(rng, [50, 60, 80, 100, 50]) if total else pick(rng, [10, 10, 20, 15])
    n = rng.randint(out_of // 2, out_of - 1)
    sep = pick(rng, ["/", "/", " / ", "/"])
    return f"{n}{sep}{out_of}", [f"{card(n)} out of {c}" for c in cards(out_of)]


def tablet_slot(rng) -> tuple[str, list[str]]:
    """Part of a tablet: "½ tablet", "½ a tablet" ("half a tablet"), "¼ tablet" ("a quarter
    of a tablet")."""
    if rng.random() < 0.65:
        num = pick(rng, ["½", "½", "1/2"])
        if rng.random() < 0.3:
            return f"{num} a tablet", ["half a tablet"]
        return f"{num} tablet", ["half a tablet", "a half tablet", "one half tablet",
                                 "half tablet"]
    num = pick(rng, ["¼", "1/4"])
    return f"{num} tablet", ["a quarter of a tablet", "a quarter tablet", "quarter of a tablet",
                             "one quarter tablet", "quarter tablet"]


def eyepiece_slot(rng) -> tuple[str, list[str]]:
    """A barrel size before its noun: "1¼-inch", "1.25\"" ("one and a quarter inch", "one
    point two five inch"), "2-inch"."""
    k = rng.random()
    if k < 0.2:
        return f"2{pick(rng, ['-inch', INCH, 'in'])}", ["two inch"]
    if k < 0.45:
        return f"1.25{pick(rng, ['-inch', INCH, 'in'])}", ["one point two five inch",
                                                           "one and a quarter inch"]
    num = pick(rng, ["1¼", "1¼", "1 1/4"])
    return f"{num}{pick(rng, ['-inch', INCH, 'in', '-inch'])}", ["one and a quarter inch"]


def moon_part_slot(rng) -> tuple[str, list[str]]:
    return pick(rng, [("½", ["half"]), ("¾", ["three quarters"]), ("¼", ["a quarter"]),
                      ("3/4", ["three quarters"]), ("1/2", ["half"])])


def ply_slot(rng) -> tuple[str, list[str]]:
    """Plywood by its thickness, before its noun: "¾-inch" ("three quarter inch"), "½in"
    ("half inch"), "1/4\"" ("quarter inch")."""
    glyph, slash, said = pick(rng, [("¾", "3/4", ["three quarter inch", "three quarters inch"]),
                                    ("½", "1/2", ["half inch", "one half inch"]),
                                    ("¼", "1/4", ["quarter inch", "one quarter inch"]),
                                    ("⅜", "3/8", ["three eighths inch", "three eighth inch"])])
    num = glyph if rng.random() < 0.6 else slash
    return f"{num}{pick(rng, ['-inch', 'in', INCH, '-inch'])}", said


def dilute_slot(rng) -> tuple[str, list[str]]:
    """A dilution: "1:10" ("one to ten", "one in ten")."""
    b = pick(rng, [10, 20, 5, 50, 100, 4])
    sep = pick(rng, [":", ":", " : "])
    return f"1{sep}{b}", [f"one {j} {c}" for j in ("to", "in") for c in cards(b)]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(QUIZ_FRAMES[i], *quiz_slot(rng, i == 1))
    if k < 0.21:
        return fill(TABLET_FRAMES[i], *tablet_slot(rng))
    if k < 0.28:
        return fill(EYEPIECE_FRAMES[i], *eyepiece_slot(rng))
    if k < 0.34:
        return fill(MOON_PART_FRAMES[i], *moon_part_slot(rng))
    if k < 0.41:
        return fill(TUNNEL_FRAMES[i], *mixed_number_slot(rng, 2, 30, 3))
    if k < 0.48:
        return fill(PLY_FRAMES[i], *ply_slot(rng))
    if k < 0.53:
        return fill(DILUTE_FRAMES[i], *dilute_slot(rng))
    if k < 0.59:
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

# (name, the numerals it took, the title it is given, or None where it takes none): rulers of
# Surakarta, Mangkunegaran and Mataram in Java and a sultan of Ternate under their
# volcanoes, kings of Saxony and electors who ran its silver mines, kings of Serbia of the
# mining towns, a duke of Moravia, kings of Kent and Northumbria, an Ottoman sultan, a caliph
# of Cordoba whose court translated the herbals, a sultan of Granada, a king of Babylon of
# the star diaries, a king of Vijayanagara of the diamond fields, maharajas of Jaipur and of
# Mysore (the founder of its zoo), a Bahmani sultan of the Deccan, kings of Kandy, a sultan
# of Sulu and an emperor of Ethiopia.
RULERS = [("Pakubuwono", [4, 10], None), ("Friedrich August", [1, 3], "King"),
          ("Mangkunegara", [4, 7], "Prince"), ("Johann Georg", [1, 2], "Elector"),
          ("Amangkurat", [1, 4], None), ("Stefan Uroš", [2, 3], "King"),
          ("Mudaffar Sjah", [2], "Sultan"), ("Mojmír", [1, 2], "Duke"),
          ("Eadberht", [1, 2], "King"), ("Ælfwald", [1, 2], "King"),
          ("Abdul Hamid", [1, 2], "Sultan"), ("Abd al-Rahman", [3], "Caliph"),
          ("Muhammad", [5], "Sultan"), ("Merodach-Baladan", [2], "King"),
          ("Bukka Raya", [1], None), ("Madho Singh", [2], "Maharaja"),
          ("Chamarajendra Wadiyar", [10], "Maharaja"), ("Man Singh", [2], "Maharaja"),
          ("Ahmad Shah", [1], "Sultan"), ("Vimaladharmasuriya", [1, 2], "King"),
          ("Rajasinghe", [2], "King"), ("Jamalul Kiram", [2], "Sultan"),
          ("Tekle Giyorgis", [1], "Emperor"), ("Paku Alam", [8, 10], None)]
# With words of a reign and without.
REGNAL_FRAMES = ["The silver mine was opened in the reign of {X}.",
                 "A coin of {X} turned up in the old mine workings.",
                 "The royal menagerie was founded by {X}.",
                 "Her new novel is about {X}.",
                 "The court of {X} kept translators from three countries.",
                 "The portrait shows {X} in old age.",
                 "The festival goes back to the time of {X}.",
                 "The harvest ceremony was first held under {X}.",
                 "The palace orchestra's instruments were a gift from {X}.",
                 "The star charts were drawn up for {X}."]
# Series numbered in Roman numerals: (the series as written, as said, the numbers it takes,
# readings of the numeral beside the cardinal, dev and held frames). Telescopes, satellites,
# landers and rockets, a mining shaft, games and a surf film, and the numbered terms of
# medicine.
SERIES = [("Keck", "Keck", [1, 2], None,
           ["The astronomers spent three nights on {X}.",
            "The image was taken with {X} on Mauna Kea."]),
          ("Vanguard", "Vanguard", [1], None,
           ["{X} is the oldest satellite still in orbit.",
            "The club's talk was about {X}."]),
          ("Echo", "Echo", [1, 2], None,
           ["Our grandparents watched {X} cross the night sky.",
            "The balloon satellite {X} was easy to see."]),
          ("Viking", "Viking", [1, 2], None,
           ["The first colour pictures from the Martian surface came from {X}.",
            "A model of the lander {X} is on show at the planetarium."]),
          ("Delta", "Delta", [2], None,
           ["The probe went up on a {X} rocket.", "A {X} launched the comet mission."]),
          ("Zollverein Shaft", "Zollverein Shaft", [12], None,
           ["The mining museum's tour ends at {X}.", "{X} is now a world heritage site."]),
          ("Microsoft Flight Simulator", "Microsoft Flight Simulator", [10], ["X"],
           ["The drone club still practises on {X}.", "He learned to land on {X}."]),
          ("The Settlers", "The Settlers", [2], None,
           ["{X} has you building mines and sawmills.",
            "My first game with coal mines in it was {X}."]),
          ("Descent", "Descent", [2], None,
           ["The whole of {X} takes place in mines.", "We played {X} at the games night."]),
          ("Star Control", "Star Control", [2], None,
           ["The astronomy club's games night featured {X}.",
            "The soundtrack to {X} is still loved."]),
          ("Master of Orion", "Master of Orion", [2], None,
           ["Our quiz had a question on {X}.", "He still plays {X} on an old laptop."]),
          ("The Endless Summer", "The Endless Summer", [2], None,
           ["The surf club is screening {X}.", "Half the club took up surfing after {X}."]),
          ("factor", "factor", [8, 9], None,
           ["The pharmacy keeps {X} for patients with haemophilia.",
            "He injects {X} twice a week."]),
          ("type", "type", [2], None,
           ["Many residents of the home have {X} diabetes.",
            "The pharmacist runs a clinic for people with {X} diabetes."])]
# Events numbered in Roman numerals, read as an ordinal before their noun.
EVENT_FRAMES = [("The forestry team is presenting at the {X} World Forestry Congress.",
                 [14, 15]),
                ("Interpreters from every continent met for the {X} FIT World Congress.",
                 [20, 21])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def series_slot(rng, part) -> tuple[str, list[str]]:
    name, said, numbers, extra, frames = pick(rng, SERIES)
    n = pick(rng, numbers)
    frame = frames[0 if part == "dev" else 1]
    written = f"{name} {to_roman(n)}"
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
RANGE_FRAMES = [("num", "The robotics club is for children aged {X}.", 8, 14, 4, 1),
                ("num", "Teams of {X} players are welcome at the quiz.", 2, 8, 4, 1),
                ("num", "The rocks in the gorge are {X} million years old.", 300, 450, 50, 10),
                ("num", "Crews raced at a rate of {X}.", 30, 40, 4, 1),
                ("mins", "The underground tour lasts {X}.", 45, 90, 30, 15),
                ("mins", "A private lesson on the beach lasts {X}.", 60, 120, 30, 30),
                ("pct", "Attendance at the festival could fall {X} this year.", 5, 15, 5, 1),
                ("pct", "The tree cover in the valley has grown {X} in a decade.", 3, 12, 4,
                 1),
                ("temp", "Store the insulin at {X} in the fridge.", 2, 8, 6, 1),
                ("temp", "The reef tank is kept at {X}.", 24, 28, 3, 1),
                ("kg", "A sea lion eats {X} of fish a day.", 6, 12, 4, 1),
                ("m", "Survey flights are flown at {X}.", 50, 120, 40, 10)]
DOSE_RANGE_FRAMES = ["Swallow {A} tablets every {B} hours with water.",
                     "Take {A} capsules {B} times a day."]
LEVEL_FRAMES = ["The school runs courses at levels {X}.",
                "The summer school is for learners at levels {X}."]
SEASON_RANGE_FRAMES = ["The zoo's splash park is open {X}.",
                       "The surf school runs lessons {X}."]
SWELL_FRAMES = ["The swell should build to {X} by Sunday.",
                "Forecasters expect surf of {X} at the reef."]
LAVA_FRAMES = ["Basaltic lava erupts at {X}.", "The lava lake has been measured at {X}."]
FEE_FRAMES = ["Weekly fees at the home are {X}.", "Rooms at the care home cost {X} a week."]
HOURS_FRAMES = ["The pharmacy is open {X} on weekdays.", "The mining museum is open {X} daily."]
DAYS_FRAMES = ["The aquarium cafe is open {X}.", "The language school office is open {X}."]
DATE_RANGE_FRAMES = ["The steam fair runs {X}.", "The surf festival takes place {X}."]
WORKED_FRAMES = ["The pit was worked {X}.", "The circus wintered in the town {X}."]
PRICE_FRAMES = ["Surfboard hire costs {X}.", "A session with a tutor costs {X}."]
# Months a season runs, written out or cut short.
MONTH_SHORT = {m: m[:3] for m in MONTHS}


def dose_range_slots(rng, part) -> dict:
    """"1-2 tablets" ("one to two", "one or two"), "every 4-6 hours", "up to 3-4 times"."""
    dash = pick(rng, ["-", "–", "-"])
    a = pick(rng, [(1, 2), (1, 2), (2, 3)])
    b = pick(rng, [(4, 6), (4, 6), (6, 8)]) if part == "dev" else pick(rng, [(3, 4), (2, 3)])
    return {"A": (f"{a[0]}{dash}{a[1]}", [f"{card(a[0])} {j} {card(a[1])}"
                                         for j in ("to", "or")]),
            "B": (f"{b[0]}{dash}{b[1]}", [f"{card(b[0])} to {card(b[1])}"])}


def level_slot(rng) -> tuple[str, list[str]]:
    """Language levels: "A1-B2" ("A one to B two")."""
    a, b = pick(rng, [("A1", "B2"), ("A2", "B1"), ("B1", "C1"), ("A1", "A2"), ("B2", "C2"),
                      ("A2", "C1")])
    dash = pick(rng, ["-", "–", " to "])
    return f"{a}{dash}{b}", [f"{a[0]} {card(int(a[1]))} to {b[0]} {card(int(b[1]))}"]


def season_range_slot(rng) -> tuple[str, list[str]]:
    """Months: "Apr–Oct", "April-September" ("April to October", "through")."""
    a, b = pick(rng, [(4, 10), (3, 10), (5, 9), (4, 9), (3, 11), (6, 8)])
    ma, mb = MONTHS[a - 1], MONTHS[b - 1]
    dash = pick(rng, ["-", "–"])
    short = rng.random() < 0.6
    sa = MONTH_SHORT[ma] if short else ma
    sb = (pick(rng, ["Sep", "Sept"]) if b == 9 else MONTH_SHORT[mb]) if short else mb
    return f"{sa}{dash}{sb}", [f"{ma} {j} {mb}" for j in ("to", "through")]


def swell_slot(rng) -> tuple[str, list[str]]:
    """Surf: "3-4ft" ("three to four feet"), "1.5-2m" ("one point five to two meters", "one and
    a half")."""
    dash = pick(rng, ["-", "–"])
    if rng.random() < 0.6:
        a = rng.randint(2, 8)
        b = a + pick(rng, [1, 2, 2])
        unit = pick(rng, ["ft", " ft", " feet", "ft"])
        return f"{a}{dash}{b}{unit}", [f"{card(a)} to {card(b)} feet"]
    a, b = pick(rng, [((1, 5), 2), ((2, 5), 3), ((1, 0), 1.5)])
    if b == 1.5:
        return f"1{dash}1.5m", ["one to one point five meters", "one to one and a half meters"]
    heads = halves(*a)
    return f"{a[0]}.{a[1]}{dash}{b}{pick(rng, ['m', ' m', 'm'])}", [f"{h} to {card(b)} meters"
                                                                   for h in heads]


def lava_range_slot(rng) -> tuple[str, list[str]]:
    """Temperatures: "1,100-1,200°C", "1100–1200°C" ("eleven hundred to twelve hundred
    degrees Celsius")."""
    a = pick(rng, [1000, 1100, 1050, 950, 1150])
    b = a + pick(rng, [100, 150, 200, 100])
    dash = pick(rng, ["-", "–"])
    comma = rng.random() < 0.6
    wa, wb = (f"{a:,}", f"{b:,}") if comma else (str(a), str(b))
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    said = [f"{x} to {y} {u}" for x, y in pairs for u in CELSIUS]
    if rng.random() < 0.3:
        return f"{wa}°C{dash}{wb}°C", said + [f"{x} {u} to {y} {u}" for x, y in pairs
                                               for u in CELSIUS]
    return f"{wa}{dash}{wb}°C", said


def fee_range_slot(rng) -> tuple[str, list[str]]:
    """Weekly fees: "£1,200-£1,600", "£1,250–1,800" ("twelve hundred and fifty to eighteen
    hundred pounds")."""
    a = rng.randrange(900, 1600, 50)
    b = a + rng.randrange(200, 800, 50)
    dash = pick(rng, ["-", "–"])
    second = f"£{b:,}" if rng.random() < 0.5 else f"{b:,}"
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    return f"£{a:,}{dash}{second}", ([f"{x} to {y} pounds" for x, y in pairs]
                                     + [f"{x} pounds to {y} pounds" for x, y in pairs])


def worked_slot(rng, part) -> tuple[str, list[str]]:
    """Two years: "1842-1968" ("eighteen forty two to nineteen sixty eight")."""
    a = rng.randint(1810, 1900) if part == "dev" else rng.randint(1880, 1930)
    b = a + (rng.randint(40, 130) if part == "dev" else rng.randint(5, 40))
    dash = pick(rng, ["-", "–"])
    return f"{a}{dash}{b}", two_years(a, b, "to") + [f"from {s}" for s in two_years(a, b,
                                                                                   "to")]


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.07:
        return fill_slots(DOSE_RANGE_FRAMES[i], dose_range_slots(rng, part))
    if k < 0.13:
        return fill(LEVEL_FRAMES[i], *level_slot(rng))
    if k < 0.19:
        return fill(SEASON_RANGE_FRAMES[i], *season_range_slot(rng))
    if k < 0.25:
        return fill(SWELL_FRAMES[i], *swell_slot(rng))
    if k < 0.3:
        return fill(LAVA_FRAMES[i], *lava_range_slot(rng))
    if k < 0.35:
        return fill(FEE_FRAMES[i], *fee_range_slot(rng))
    if k < 0.41:
        return fill(HOURS_FRAMES[i], *clock_range(rng, dash))
    if k < 0.46:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.51:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.56:
        return fill(WORKED_FRAMES[i], *worked_slot(rng, part))
    if k < 0.61:
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
    if kind == "m":
        return fill(frame, f"{a}{dash}{b}{pick(rng, ['m', ' m', 'm'])}",
                    [f"{x} to {y} meters" for x, y in pairs])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['kg', ' kg'])}",
                [f"{x} to {y} {u}" for x, y in pairs for u in ("kilograms", "kilos")])


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["caldera", "fumarole", "tephra", "pumice", "magma", "quasar", "perihelion",
         "eyepiece", "stingray", "sawmill", "heartwood", "coppice", "pithead", "headframe",
         "tincture", "pestle", "dispensary", "polyglot", "lingua", "rotor", "gimbal", "servo",
         "filament", "breadboard", "funfair", "trapeze", "juggler", "longboard", "quizmaster",
         "buzzer", "lavaflow", "logpile"]
SUBDOMAINS = ["tickets", "orders", "live", "members"]
# (frame, the path that fits it)
SITE_FRAMES = [("Live pictures from the crater are on {X}.", "crater-cam"),
               ("Tonight's observing forecast is posted on {X}.", "sky-tonight"),
               ("Book your zoo tickets at {X}.", "day-tickets"),
               ("Order a repeat prescription at {X}.", "repeat-order"),
               ("The festival line-up is on {X}.", "line-up"),
               ("This week's quiz answers are on {X}.", "quiz-answers")]
# (written, readings): the ones no earlier round used; the country codes by their letters.
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("co.uk", ["co dot u k"]),
        ("co.nz", ["co dot n z"]), ("rocks", ["rocks"]), ("science", ["science"]),
        ("pharmacy", ["pharmacy"]), ("care", ["care"]), ("clinic", ["clinic"]),
        ("academy", ["academy"]), ("education", ["education"]), ("events", ["events"]),
        ("festival", ["festival"]), ("tickets", ["tickets"]), ("party", ["party"]),
        ("pub", ["pub"]), ("tools", ["tools"]), ("systems", ["systems"]),
        ("engineering", ["engineering"]), ("quest", ["quest"]), ("eco", ["eco"]),
        ("world", ["world"]), ("tours", ["tours"]), ("id", ["i d"]), ("vu", ["v u"]),
        ("cr", ["c r"]), ("to", ["t o"]), ("ws", ["w s"]), ("la", ["l a"]), ("fj", ["f j"]),
        ("pg", ["p g"])]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Repeat prescription requests go to {X}.", "repeats"),
               ("Questions about visiting go to {X}.", "visiting"),
               ("Send your translation samples to {X}.", "translators"),
               ("Sightings of fireballs can be reported to {X}.", "fireballs"),
               ("Quiz team bookings go to {X}.", "quiz"),
               ("Stallholders should email {X}.", "stalls"),
               ("Adoption packs for the penguins can be ordered from {X}.", "adopt"),
               ("Requests for drone flights go to {X}.", "flightops")]
NAME_MAIL_FRAMES = ["The head of admissions can be reached at {X}.",
                    "The site geologist can be contacted at {X}."]
HANDLE_FRAMES = ["Eruption updates are posted by {X}.", "The circus posts its tour dates as {X}.",
                 "Surf reports come from {X}.", "The club shares its best prints as {X}."]
HANDLE_TAILS = [("hq", "H Q"), ("live", "live"), ("3d", "three D"), ("bot", "bot")]
# (hashtag, its words)
HASHTAGS = [("3DPrinting", ["three D printing"]), ("QuizNight", ["quiz night"]),
            ("SurfsUp", ["surfs up", "surf's up"]), ("StarParty", ["star party"]),
            ("EruptionWatch", ["eruption watch"]), ("ZooBabies", ["zoo babies"])]
HASHTAG_FRAMES = ["Share your prints using {X}.", "Post your shots with {X}."]
IP_FRAMES = ["Type {X} into your browser to reach the drone's setup page.",
             "The print server on the club network is at {X}."]
# Ports a hobbyist's local server listens on.
PORTS = [8080, 3000, 5000, 8000, 1880, 8123]


def port_readings(n: int) -> list[str]:
    """A port number: digit by digit, as a number, or in pairs ("eighty eighty")."""
    s = str(n)
    out = zero_variants(digits(s)) + cards(n)
    hi, lo = divmod(n, 100)
    if lo >= 10:
        out.append(f"{card(hi)} {card(lo)}")
    return list(dict.fromkeys(out))


def local_slot(rng) -> tuple[str, list[str]]:
    """A local address with its port: "localhost:8080" ("localhost colon eight zero eight
    zero", "eighty eighty"), or a private IP address (round 118's ip_slot)."""
    if rng.random() < 0.5:
        return ip_slot(rng)
    n = pick(rng, PORTS)
    return f"localhost:{n}", [f"localhost colon {p}" for p in port_readings(n)]


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
        lower = [] if any(c.isdigit() for c in tag) else [tag.lower()]
        return fill(HASHTAG_FRAMES[i], f"#{tag}", [f"hashtag {w}" for w in words + lower])
    if k < 0.55:
        return fill(IP_FRAMES[i], *local_slot(rng))
    frame, path = pick(rng, split(SITE_FRAMES, part))
    return fill(frame, *web_slot(rng, part, path))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): volcano and surf towns of Hawaii,
# observatory towns, mining and timber towns of the West, surf towns of California and
# Florida, circus towns and a festival town.
CITIES = [("Pahoa", "HI", "967"), ("Fort Davis", "TX", "797"), ("Kailua-Kona", "HI", "967"),
          ("Green Bank", "WV", "249"), ("Volcano", "HI", "967"), ("Monterey", "CA", "939"),
          ("Kihei", "HI", "967"), ("Coeur d'Alene", "ID", "838"), ("Butte", "MT", "597"),
          ("Leadville", "CO", "804"), ("Bisbee", "AZ", "856"), ("Tombstone", "AZ", "856"),
          ("Virginia City", "NV", "894"), ("Silverton", "CO", "813"), ("Ouray", "CO", "814"),
          ("Cripple Creek", "CO", "808"), ("Wallace", "ID", "838"), ("Calumet", "MI", "499"),
          ("Huntington Beach", "CA", "926"), ("Santa Cruz", "CA", "950"),
          ("Cocoa Beach", "FL", "329"), ("Encinitas", "CA", "920"), ("Baraboo", "WI", "539"),
          ("Sarasota", "FL", "342"), ("Indio", "CA", "922"), ("Pittsburgh", "PA", "152"),
          ("Longview", "WA", "986"), ("Forks", "WA", "983"), ("Haleiwa", "HI", "967"),
          ("Wailuku", "HI", "967")]
# Streets named for minerals.
STREETS = ["Cinnabar", "Pyrite", "Azurite", "Hematite", "Magnetite", "Gypsum", "Dolomite",
           "Calcite", "Bauxite", "Tungsten", "Fluorite", "Sphalerite", "Cuprite", "Bornite",
           "Barite", "Borax", "Rhodonite", "Olivine", "Graphite", "Anthracite", "Cassiterite",
           "Wolframite", "Stibnite", "Porphyry", "Shale", "Chert"]
# British towns of those topics: (town, postcode area, district): mining, forestry,
# observatory, zoo, surf, rowing and festival towns.
UK_TOWNS = [("Blaenavon", "NP", 4), ("Redruth", "TR", 15), ("Merthyr Tydfil", "CF", 47),
            ("Camborne", "TR", 14), ("Ashington", "NE", 63), ("Wanlockhead", "ML", 12),
            ("Coalville", "LE", 67), ("Coleford", "GL", 16), ("Lyndhurst", "SO", 43),
            ("Thetford", "IP", 24), ("Betws-y-Coed", "LL", 24), ("Holmes Chapel", "CW", 4),
            ("Hailsham", "BN", 27), ("Dunstable", "LU", 6), ("Paignton", "TQ", 4),
            ("Newquay", "TR", 7), ("Bude", "EX", 23), ("Braunton", "EX", 33),
            ("Saltburn-by-the-Sea", "TS", 12), ("Henley-on-Thames", "RG", 9),
            ("Marlow", "SL", 7), ("Knighton", "LD", 7)]
# Streets named for constellations, stars and astronomers.
UK_STREETS = ["Perseus", "Aquila", "Cepheus", "Hydra", "Corvus", "Auriga", "Bootes", "Taurus",
              "Carina", "Vela", "Lupus", "Centaurus", "Betelgeuse", "Regulus", "Mizar", "Alcor",
              "Halley", "Flamsteed", "Lovell", "Galileo", "Huygens", "Cassini", "Messier"]
UK_TYPES = [("Close", "Close"), ("Cl", "Close"), ("Road", "Road"), ("Rd", "Road"),
            ("Way", "Way"), ("Avenue", "Avenue"), ("Ave", "Avenue"), ("Gardens", "Gardens"),
            ("Gdns", "Gardens"), ("Place", "Place"), ("Pl", "Place"), ("Drive", "Drive"),
            ("Walk", "Walk")]
# New Zealand's volcano, surf, mining and dark-sky towns: (town, postcode).
NZ_TOWNS = [("Rotorua", "3010"), ("Taupo", "3330"), ("Turangi", "3334"), ("Ohakune", "4625"),
            ("Raglan", "3225"), ("Whakatane", "3120"), ("Thames", "3500"), ("Waihi", "3610"),
            ("Reefton", "7830"), ("Westport", "7825"), ("Greymouth", "7805"),
            ("Twizel", "7901"), ("New Plymouth", "4310"), ("Opunake", "4616"),
            ("Whitianga", "3510")]
# Streets named for New Zealand's birds.
NZ_STREETS = ["Kereru", "Tui", "Pukeko", "Kaka", "Kokako", "Takahe", "Weka", "Ruru", "Titi",
              "Hoiho", "Kotuku", "Piwakawaka", "Korimako", "Tieke", "Kakapo", "Kiwi"]
NZ_TYPES = [("Street", "Street"), ("St", "Street"), ("Road", "Road"), ("Rd", "Road"),
            ("Terrace", "Terrace"), ("Tce", "Terrace"), ("Crescent", "Crescent"),
            ("Place", "Place"), ("Pl", "Place"), ("Avenue", "Avenue")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("Prescriptions can be posted to {X}.", True),
                  ("The new observatory visitor centre is at {X}.", False),
                  ("Send your stall application to {X}.", True),
                  ("The language school has moved to {X}.", False),
                  ("The surf shop is at {X}.", False),
                  ("Rock samples for identification can be sent to {X}.", True),
                  ("The care home is at {X}.", False),
                  ("Drones for repair should be posted to {X}.", True)]


def us_address(rng, part, box: bool) -> tuple[str, list[str]]:
    return us_address_r114(rng, part, box, cities=CITIES, streets=STREETS)


def uk_address(rng, part, towns=UK_TOWNS, streets=UK_STREETS,
               types=UK_TYPES) -> tuple[str, list[str]]:
    """A British address: "14 Halley Close, Redruth TR15 2HT", the postcode's letters one by
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
    typ, word = pick(rng, types)
    flat, flat_said = "", ""
    r = rng.random()
    if r < 0.12:
        f = rng.randint(1, 12)
        flat, flat_said = f"Flat {f}, ", f"Flat {card(f)}, "
    elif r < 0.2:
        f = rng.randint(2, 20)
        flat, flat_said = f"Unit {f}, ", f"Unit {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def nz_address(rng, part) -> tuple[str, list[str]]:
    """A New Zealand address: "27 Kereru Street, Rotorua 3010", the postcode digit by
    digit."""
    town, code = pick(rng, split(NZ_TOWNS, part))
    n = rng.randint(2, 99)
    name = pick(rng, split(NZ_STREETS, part))
    typ, word = pick(rng, NZ_TYPES)
    return (f"{n} {name} {typ}, {town} {code}",
            [f"{card(n)} {name} {word}, {town} {c}" for c in zero_variants(digits(code))])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    k = rng.random()
    if k < 0.5:
        return fill(frame, *us_address(rng, part, box))
    if k < 0.85:
        return fill(frame, *uk_address(rng, part))
    return fill(frame, *nz_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Wibowo", "Tuilagi", "Santoso", "Leota", "Hartono", "Faleolo", "Setiawan",
            "Sapolu", "Kusuma", "Tuiasosopo", "Nugroho", "Aiono", "Wijaya", "Lemalu",
            "Gunawan", "Fonoti", "Susanto", "Vaifale", "Pratama", "Seiuli", "Hidayat", "Taufa",
            "Purnomo", "Mataafa"]
WOMEN = ["Dewi", "Sina", "Putri", "Lagi", "Ayu", "Malia", "Ratna", "Fetu", "Wulan"]
MEN = ["Budi", "Sione", "Agus", "Tavita", "Eko", "Iosefa", "Rudi", "Peniamina", "Bambang",
       "Joko"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings): titles of nursing sisters, priests and academics.
# (abbreviation, readings, the names it goes with: women, men or either)
TITLES = [("Sr", ["Sister"], "women"), ("Fr", ["Father"], "men"),
          ("Assoc. Prof.", ["Associate Professor"], None),
          ("Asst. Prof.", ["Assistant Professor"], None),
          ("Fr.", ["Father"], "men"), ("Sr.", ["Sister"], "women")]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} opened the new dementia garden on Friday.",
                "The prize for the best photograph of the eclipse went to {X}.",
                "{X} will lead the guided walk to the crater.",
                "Tonight's talk on translating poetry is by {X}.",
                "{X} cut the ribbon on the new sea lion pool.",
                "The new drone lab was opened by {X}.",
                "{X} read out the answers at the end of the quiz.",
                "The festival's opening parade was led by {X}."]
# After a full name: (abbreviation, readings, the comma before it: "," always, "" never,
# None either way).
SUFFIXES = [("FGS", ["F G S"], None), ("FZS", ["F Z S"], None), ("MCIL", ["M C I L"], None),
            ("MITI", ["M I T I"], None), ("CEng", ["C Eng", "chartered engineer"], ","),
            ("BPharm", ["B Pharm"], ",")]
SUFFIX_FRAMES = ["The report on the eruption was written by {X}.",
                 "The new guide to the zoo's reptiles is by {X}.",
                 "The museum's Japanese labels were translated by {X}.",
                 "The drone's frame was designed by {X}."]
# A word cut short before a place name: (abbreviation, word, places, frames)
PLACES = [("Mt", "Mount", ["Sinabung", "Bromo", "Tongariro", "Ngauruhoe", "Kelud", "Batur",
                           "Yasur", "Tarawera", "Edgecumbe", "Lamington"],
           ["The ash cloud from {X} has grounded flights.", "Our tour group climbed {X}.",
            "Villagers near {X} have been told to leave.", "A new crater has opened on {X}."])]
# A name and the words cut short after it: (abbreviation, readings, names, frames).
AFTER = [("Bros.", ["Brothers"], ["Florimond", "Castellani", "Volante", "Marvello"],
          ["The big top of {X} Circus is going up on the green.",
           "{X} Circus has cancelled its matinee.",
           "The clowns of {X} Circus visited the children's ward.",
           "{X} Circus is back for the summer."]),
         ("Soc.", ["Society"], ["the Lapidary", "the Speleological", "the Mineral",
                                "the Volcanology"],
          ["{X} meets in the library on Tuesdays.", "Beginners are always made welcome at {X}.",
           "The chair of {X} has stood down.", "The county council has given a grant to {X}."]),
         ("Co.", ["Company"], ["the Tin Streaming", "the Slate Quarrying",
                               "the Lead Smelting", "the Drift Mining"],
          ["The ledgers of {X} are in the county archive.", "{X} closed its last works.",
           "The old offices of {X} are now flats.", "{X} built the row of miners' cottages."]),
         ("Inst.", ["Institute"], ["the Translation", "the Robotics", "the Forestry",
                                   "the Marine"],
          ["{X} has a new director.", "Grants are available from {X}.",
           "The library of {X} is open to the public.", "{X} runs evening courses."])]
# Abbreviations of ordinary words: (written sentence, its readings).
ABBREVIATIONS = [("OTC painkillers are on the bottom shelf.",
                  ["Over the counter painkillers are on the bottom shelf.",
                   "O T C painkillers are on the bottom shelf."]),
                 ("Register your UAV before its first flight.",
                  ["Register your unmanned aerial vehicle before its first flight.",
                   "Register your U A V before its first flight."]),
                 ("Bring warm kit, e.g. a hat and gloves, to the star party.",
                  ["Bring warm kit, for example a hat and gloves, to the star party.",
                   "Bring warm kit, e g a hat and gloves, to the star party."]),
                 ("Next of kin, i.e. the resident's family, are invited to the meeting.",
                  ["Next of kin, that is the resident's family, are invited to the meeting.",
                   "Next of kin, i e the resident's family, are invited to the meeting."]),
                 ("Pack a torch, a flask, a folding chair etc.",
                  ["Pack a torch, a flask, a folding chair et cetera.",
                   "Pack a torch, a flask, a folding chair etcetera."]),
                 ("The final is the Argonauts vs the Quizzards.",
                  ["The final is the Argonauts versus the Quizzards."]),
                 ("Send the forms c/o the zoo office.",
                  ["Send the forms care of the zoo office."]),
                 ("Allergies: N/A.", ["Allergies: not applicable.", "Allergies: N A."]),
                 ("Weekend passes incl. camping sell out fast.",
                  ["Weekend passes including camping sell out fast."]),
                 ("Prices excl. VAT are shown in brackets.",
                  ["Prices excluding VAT are shown in brackets."]),
                 ("Check the max. take-off weight on the label.",
                  ["Check the maximum take-off weight on the label."]),
                 ("Doors open approx. half an hour before the quiz.",
                  ["Doors open approximately half an hour before the quiz."])]
NUMBER_FRAMES = ["{X}: which planet has the most known moons?",
                 "The gold was found in the {X} shaft."]
STREET_FRAMES = ["The pharmacy has moved to {X}.",
                 "Festival traffic is being sent along {X}.",
                 "The quiz is at the pub on {X}.",
                 "The telescope shop is on the corner of {X}."]
FEASTS = ["Januarius", "Camillus", "Gualbert", "Cosmas", "Isidore", "Pantaleon", "Vitus",
          "Keverne", "Neot", "Columb", "Buryan", "Sennen"]
COMBO_FRAMES = ["{T} {S} will bless the new pit memorial at St. {F}'s on {N} Ave.",
                "The St. {F}'s fair on {N} St. was opened by {T} {S}.",
                "{T} {S} runs the St. {F}'s quiz night in the hall on {N} Rd.",
                "{T} {S} leads the St. {F}'s star walk from {N} Dr."]


def number_slot(rng, part) -> tuple[str, list[str]]:
    """A quiz question, "Q7" ("question seven"); a shaft, "No. 3" ("number three")."""
    if part == "dev":
        n = rng.randint(1, 40)
        return f"{pick(rng, ['Q', 'Q', 'Q ', 'Q.'])}{n}", [f"Question {card(n)}",
                                                           f"Q {card(n)}"]
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
        return fill(frame, f"{name} {abbr}", [f"{name} {w}" for w in words])
    if k == 6:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[i], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Fr", "Father"), ("Sr", "Sister")], STREETS,
                     FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def eruption_slots(rng, part) -> dict:
    h = rng.randint(6, 72)
    return {"A": date_slot(rng, 2024, 2026, 0.6, 0.0), "B": plume_gen(rng, part),
            "C": (str(h), [card(h)])}


def star_party_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.5), "B": scope_gen(rng, part),
            "C": evening_slot(rng)}


def evening_slot(rng) -> tuple[str, list[str]]:
    """A time late in the evening: "9pm", "10.30pm", "8:45 p.m." ("eight forty five PM")."""
    h, mi = rng.randint(7, 11), pick(rng, [0, 0, 15, 30, 45, 30])
    half = pick(rng, ["pm", "pm", "p.m.", "PM"])
    gap = " " if half != "pm" or rng.random() < 0.4 else ""
    if not mi:
        return f"{h}{gap}{half}", [f"{card(h)} PM"]
    sep = "." if half == "pm" and rng.random() < 0.4 else ":"
    return f"{h}{sep}{mi:02d}{gap}{half}", [f"{card(h)} {card(mi)} PM"]


def calf_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.3, 0.0),
            "B": measured(rng, rng.randint(45, 80), KG),
            "C": tenths(rng, 1, 1, METRES)}


def tank_slots(rng, part) -> dict:
    return {"A": tank_gen(rng, part), "B": count_slot(rng, 200, 6000),
            "C": big_sum(rng, False)}


def timber_slots(rng, part) -> dict:
    """A plantation's area before its noun after "the" ("the one hundred and twenty
    hectare"), its timber and what it fetched."""
    n = rng.randint(40, 900)
    mark = pick(rng, ["-hectare", "ha", " ha", "-hectare"])
    return {"A": (f"{n}{mark}", [f"{c} hectare" for c in cards(n) if not c.startswith("a ")]),
            "B": cubic_gen(rng, part), "C": big_sum(rng, False)}


def shaft_slots(rng, part) -> dict:
    y = rng.randint(1820, 1905)
    men = rng.randint(40, 900)
    return {"A": (str(y), year_readings(y)), "B": shaft_gen(rng, part),
            "C": (str(men), cards(men))}


def liquid_slots(rng, part) -> dict:
    ml = pick(rng, [5, 10, 2.5, 5, 7.5])
    if ml in (2.5, 7.5):
        heads = halves(int(ml), 5)
    else:
        heads = [card(int(ml))]
    written = f"{ml}{pick(rng, ['ml', 'ml', ' ml', 'mL'])}"
    h, doses = pick(rng, [4, 6, 8]), pick(rng, [3, 4])
    return {"A": (written, [f"{x} {u}" for x in heads for u in ("milliliters", "millilitres")]),
            "B": (str(h), [card(h)]), "C": (str(doses), [card(doses)])}


def care_slots(rng, part) -> dict:
    beds = rng.randint(20, 90)
    whole, t = rng.randint(8, 9), rng.randint(1, 9)
    return {"A": (str(beds), [card(beds)]), "B": week_slot(rng),
            "C": (f"{whole}.{t}", halves(whole, t))}


def course_slots(rng, part) -> dict:
    weeks = rng.randint(2, 12)
    fee = rng.randrange(250, 2400, 10)
    return {"A": (str(weeks), [card(weeks)]),
            "B": (f"£{with_written(fee, rng, 0.8)}", pounds(fee)), "C": level_slot(rng)}


def drone_slots(rng, part) -> dict:
    mins = rng.randint(25, 46)
    return {"A": drone_weight_gen(rng, part), "B": (str(mins), [card(mins)]),
            "C": measured(rng, rng.randint(5, 20), KM)}


def print_slots(rng, part) -> dict:
    return {"A": measured(rng, rng.randint(190, 260), DEGREES), "B": nozzle_gen(rng, part),
            "C": running_slot(rng)}


def festival_slots(rng, part) -> dict:
    return {"A": date_range_slot(rng), "B": count_slot(rng, 4000, 90000),
            "C": retail_slot(rng, 90, 320)}


def circus_slots(rng, part) -> dict:
    seats = rng.randrange(400, 2600, 50)
    price = rng.randint(8, 30)
    return {"A": ring_gen(rng, part), "B": (with_written(seats, rng, 0.7), cards(seats)),
            "C": (f"£{price}", pounds(price))}


def surf_slots(rng, part) -> dict:
    return {"A": board_slot(rng, True), "B": wetsuit_gen(rng, part), "C": swell_slot(rng)}


def rowing_slots(rng, part) -> dict:
    rate = rng.randint(30, 44)
    course = pick(rng, [("2,000m", ["two thousand meters"]), ("2000m", ["two thousand meters"]),
                        ("2km", ["two kilometers"]), ("2,000 metres", ["two thousand meters"])])
    return {"A": course, "B": erg_slot(rng), "C": (str(rate), [card(rate)])}


def quiz_slots(rng, part) -> dict:
    prize = pick(rng, [25, 50, 100, 40, 30, 60])
    return {"A": quiz_slot(rng, True), "B": date_slot(rng, 2025, 2026, 0.0, 0.6),
            "C": (f"£{prize}", pounds(prize))}


def comet_slots(rng, part) -> dict:
    return {"A": au_gen(rng, part), "B": sky_slot(rng, False),
            "C": date_slot(rng, 2025, 2027, 0.5, 0.0)}


def circuit_slots(rng, part) -> dict:
    led = pick(rng, [3, 5, 5, 10])
    if rng.random() < 0.5:
        volts = (f"3.3{pick(rng, ['V', 'V', ' V'])}", [f"three point three {u}"
                                                       for u in ("volt", "volts")])
    else:
        volts = (f"5{pick(rng, ['V', 'V', ' V'])}", ["five volt", "five volts"])
    return {"A": (f"{led}{pick(rng, ['mm', 'mm', ' mm'])}", [f"{card(led)} millimeter"]),
            "B": resistor_gen(rng, part), "C": volts}


def translation_slots(rng, part) -> dict:
    words = rng.randrange(2000, 90000, 500)
    langs = rng.randint(3, 30)
    return {"A": (f"{with_written(words, rng, 0.8)}-word",
                  [f"{c} word" for c in cards(words) if not c.startswith("a ")]),
            "B": (str(langs), [card(langs)]), "C": word_rate_slot(rng)}


def climb_slots(rng, part) -> dict:
    m = rng.randrange(1500, 3800, 10)
    a = rng.randint(3, 7)
    dash = pick(rng, ["-", "–"])
    return {"A": (f"{with_written(m, rng, 0.7)}m", [f"{c} meter" for c in cards(m)]),
            "B": (f"{a}{dash}{a + 1}", [f"{card(a)} to {card(a + 1)}"]),
            "C": abroad_money_slot(rng)}


# (frame, a function (rng, part) -> {slot: (written, readings)}); dev takes the even frames,
# held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The eruption on {A} sent ash {B} into the sky and shut the airport for {C} hours.",
     eruption_slots),
    ("On {A} the club's {B} telescope will be trained on Saturn from {C}.", star_party_slots),
    ("The giraffe calf, born on {A}, weighed {B} and stood {C} tall.", calf_slots),
    ("The new tank holds {A} of seawater and {B} fish, and cost {C}.", tank_slots),
    ("The {A} plantation yielded {B} of timber, which sold for {C}.", timber_slots),
    ("The shaft, sunk in {A}, went down {B} and employed {C} men.", shaft_slots),
    ("Give {A} of the liquid every {B} hours, up to {C} doses a day.", liquid_slots),
    ("The home has {A} beds, charges {B} and scores {C} out of ten online.", care_slots),
    ("The {A}-week course costs {B} and covers levels {C}.", course_slots),
    ("The {A} drone flies for {B} minutes and has a range of {C}.", drone_slots),
    ("Print the part at {A} with a {B} nozzle; it takes about {C}.", print_slots),
    ("The festival runs {A}, holds {B} people, and weekend tickets cost {C}.",
     festival_slots),
    ("The big top, with its {A} ring, seats {B}, and tickets start at {C}.", circus_slots),
    ("She rode {a} {A} board in a {B} wetsuit on waves of {C}.", surf_slots),
    ("The crew covered {A} in {B}, rating {C}.", rowing_slots),
    ("Our team scored {A} on {B} and won {C}.", quiz_slots),
    ("The comet, now {A} from Earth, should peak at magnitude {B} on {C}.", comet_slots),
    ("Wire the {A} LED through a {B} resistor to the {C} pin.", circuit_slots),
    ("The {A} manual was translated into {B} languages at {C}.", translation_slots),
    ("The climb to the {A} summit takes {B} hours and costs {C} with a guide.", climb_slots),
]


def mixed(rng, part):
    frame, slots = pick(rng, split(MIXED_CLASS_FRAMES, part))
    return fill_slots(frame, slots(rng, part))


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web,
      "address": address, "title": title, "mixed": mixed}


def main():
    unseen.round_main("r120", None, per_class=24, seed=877, en=EN)


if __name__ == "__main__":
    main()
