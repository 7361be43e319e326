"""Hundred-and-fourteenth round (issue 33), English, every class at once, written after round
113 only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: construction and DIY, aviation and airports, fashion and tailoring, charities and
fundraising, local council notices, fitness and running, theatre and cinema, publishing and
libraries, railways, stock markets and pensions, childcare, birdwatching, and cycling, rugby,
cricket and golf. Mostly the formats people type, with a minority of less usual ones. Counts
(ages, "The fly-half, 27,", "an 8-year-old birdwatcher"; "45K followers", "230K backers";
cricket scores "245/6" and "87-3", read "two hundred and forty five for six"; "a sub-3
marathon", "the U12s", "an 11-speed cassette", "in 3D"), ordinals ("its 23rd edition", "its
1,204th performance", "the 17th hole", "the 3rd over", "finished 112th", "the 18th-century
playhouse"), dates (written out, cut short, with weekdays, "Thursday the 12th", "Sept 2026",
US "June 7th, 2025" and "4/18/26", British "27/10/2025", European "26.11.2025", ISO
"2026-03-14"), years (decades, "from 1971 to 1986", "between 1994 and 2003", targets "by 2035",
seasons "2025/26", "since '98", "the 2020s" and "the 2030s", "c. 1790" and "circa 1865"),
clock times (12-hour and 24-hour, "06:35", "12 noon", "3 o'clock", the railway's "the 07:42",
aviation's "1930hrs" and "0745 hrs"; with zones no earlier round used, SLST, GYT, ADT, NDT, MVT,
MUT, SCT and TOT, and with 24-hour times TRT, IRST and UZT), money (shop prices, fares, a
share price in pence "345p" and "212.5p", the state pension "£230.25 a week" and "£221.20pw",
childminders "£7.50 an hour", "an £800 suit", "a £5 donation", sums raised, library fines
"£1.80" and "75p", codes OMR, BHD, KWD, BDT, PKR, JMD, BBD, TTD, XCD, TRY and NAD and signs
"J$", "TT$", "EC$", "Bds$", "Dhs", "QR", "Tk" and "৳"; millions and billions), measures in the
units of those topics (feet of altitude, knots, runway metres, "m³" of concrete, "an 18V
battery", yards, mph and km/h, "W/kg", "7lb 4oz", "80gsm", "25kV", track gauges "2ft 6in",
cabin bags "55 x 40 x 20cm", kcal, bpm, collars "15½in", running times "2h 15m", race times
"2:04:17" and "27:43", paces "5:30/km", binoculars "10x42", weight limits "7.5t", jacket sizes
"40R"), percentages ("4.99%", "+2.3%", "a 3.8% yield", "6.9% APR", "-0.4%", points, gradients,
"per cent"), decimals (economy rates, handicaps, batting averages, overs "42.3", an index
"8,245.3", Dewey numbers "641.5", apertures "f/5.6", versions), phone numbers (US, with
extensions, British five-digit areas and mobiles, "0300" and "0800", "159", "116 123",
Childline's "0800 1111", the railway's text line "61016", text-to-give "WINGS to 70345", and
numbers in Qatar, Oman, Sri Lanka, Pakistan, Belgium, Switzerland and Norway), fractions ("1
in 3", "⅓ off", "a ½ marathon", "¾-length sleeves", "2½ metres of tweed", "a ⅝in seam
allowance", ratios "1:3" and "1:4", a fall of "1:40", glyphs and "5/7"), regnal numerals
(counts of Barcelona and Flanders, Frankish, Macedonian, Parthian, Adiabenian and Hatran
kings, a duke of Poland, an elector of Brandenburg, a duke of Ferrara, counts of Anjou, dukes
of Brittany, a lord of Coucy, kings of Alba, Strathclyde, Man and Kent, an omukama of Tooro)
and series numerals ("Caddyshack II", "Airplane II", "Psycho II", "Hellraiser III",
"Blackadder II", "Merlin III", "Air Jordan XI", "Basel III", "Solvency II", "Santana III";
aircraft marks "Spitfire Mk IX"; "a Prime Minister's XI", "its strongest XV"; "the XIX Asian
Games" as an ordinal), ranges ("aged 1-4", "6-12 weeks", "every 10-20 mins", "15–25%",
"26-32°C", "7-9kg", hours and days, "14-18 June", "2025-2035" and "2026-31", "1914-18" and
"1862-65", prices, "pp. 45-67", "rows A–F"), web addresses, e-mail, handles and hashtags
(.theatre, .film, .fashion, .run, .bike, .golf, .rugby, .fund, .build, .scot, .lk, .co.in,
.ae, .org.uk; "#OOTD"), addresses (US aviation, golf, birding and railroad towns, with suites,
ZIP+4 and P.O. boxes; British with postcodes, flats, units and hangars), titles and
abbreviations (Fg Off, Plt Off, AVM, Lt Cdr, F/O, SFO, PC, DC; FRSL, FRAeS, FIA, MCIOB, FRSA,
MCLIP, FRPS, FLS, DL after a name; "HRH"; "Nth" and "Sth" before a place; "RFC", "CCC" and
"GC" after a club's name; "TBC", "approx.", "FAO", "ETA", "RRP", "ASAP", "aka", "NB", "min.",
"Dept.", "re.", "ed.", "w/e"; "No. 3"; street types and "St." as Saint) and mixed sentences
with two to four numbers of different kinds (flights, gates and times; tee times, green fees
and holes; cricket scores, overs and runs; matinees, running times and intervals; sportives;
sponsored marathons; council budgets; share prices; nursery fees; delayed trains; wader
counts; bespoke suits; library loans; pension pots; golf prize money; rugby tries and scores;
extensions and VAT; bird hides). Frames and words are new: no sentence, counted noun, name,
street, city, host or ruler here was used by a committed English set (checked against the
inputs of every tn-unseen/*en*.tsv, round 112 included, and the word lists of every earlier
round script; months, weekdays, states, street types, courtesy titles, units, currencies and
common words recur). Labels are English as a newsreader speaks it, from first principles;
where English has two usual readings all are accepted, written " ‖ " between them ("two
hundred and forty five for six ‖ two forty five for six", "Spitfire Mark nine", "the nineteenth
Asian Games", "f five point six ‖ f stop five point six", "one in forty ‖ one to forty", "seven
pounds four ounces ‖ seven pound four", "two oh four seventeen ‖ two hours four minutes
seventeen seconds", "as soon as possible ‖ A S A P"). The "and" after hundred or thousand,
"oh" for a zero and letters said one by one are folded by the comparison (score_external.py's
fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r114.py [--per-class 24] [--seed 829]

writes crates/text-normalizer/tests/data/tn-unseen/r114-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import MONTHS, WEEKDAYS, cards, house, point_zero, to_roman, two_years, \
    with_written, year_readings, zero_variants
from unseen_r98 import (MIXED, clock_slot, combo_row, count_slot, decimal_slot, fill, fill_slots,
                        fraction_slot, ord_slot, pct_slot, street_row, suite)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (MONTH_SHORT, age_slot, box_slot, clock_range, date_slot, decade_slot,
                         minus_slot, points_slot, version_slot, year_slot, zip_slot)
from unseen_r104 import british_numeric, days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import (date_range_slot, dotted_slot, early_slot, modern_decade,
                         oclock_slot, possessive, stat_slot, uk5_slot, us_short_slot,
                         us_suffix_slot)
from unseen_r108 import (apr_slot, attributive, class_slot, nongeo_slot, noon_slot, off_slot,
                         one_in_slot, pence_or_pounds, pence_sum, pounds, said_cents,
                         short_suffix_slot)
from unseen_r112 import (DIRECTIONS, STREET_ABBRS, STREET_TYPES, big_sum, iso_slot, plan_slot,
                         price_range_slot, retail_slot, unit_gen, was_slots, weekday_short_slot)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r112 import text_slot as text_slot_r112
from unseen_r112 import web_slot as web_slot_r112


def hundreds_pair(n: int) -> list[str]:
    """A three-digit number as commentators and house numbers have it, the first digit and
    then the last two ("two forty five"), where the last two are not below ten."""
    return [f"{card(n // 100)} {card(n % 100)}"] if 100 <= n <= 999 and n % 100 >= 10 else []


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The airline has ordered {X} for its island routes.",
                 ["turboprops", "airliners"], 60),
                ("The town library lent out {X} last year.", ["audiobooks", "paperbacks"],
                 99999),
                ("The night shelter handed out {X} during the cold snap.",
                 ["duvets", "bedrolls"], 2000),
                ("The council is installing {X} along the seafront.",
                 ["bollards", "grit bins"], 300),
                ("The new nursery has places for {X}.", ["toddlers", "babies"], 120),
                ("Volunteers counted {X} on the estuary at high tide.",
                 ["curlews", "redshanks", "godwits", "avocets", "lapwings"], 20000),
                ("The tailor is making {X} for the wedding party.",
                 ["waistcoats", "tailcoats"], 24),
                ("The city half marathon has room for {X}.", ["entrants"], 15000),
                ("The heritage railway has restored {X} in the last forty years.",
                 ["carriages", "locomotives"], 90),
                ("The builder needs another {X} to finish the extension.",
                 ["scaffold poles", "breeze blocks"], 2000),
                ("The golf club is taking on {X} for the summer.",
                 ["caddies", "greenkeepers"], 40),
                ("The pension scheme has written to {X} about the change.",
                 ["pensioners", "savers"], 999999),
                ("The theatre has hired {X} for the Christmas show.",
                 ["understudies", "dressers"], 30),
                ("The hospice's winter appeal was backed by {X}.", ["donors"], 99999)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The fly-half, {X}, has signed a new two-year deal.", 19, 34),
              ("{a} {X}-year-old birdwatcher spotted the hoopoe on the cliff path.", 8, 88),
              ("The wicketkeeper, {X}, was named player of the match.", 18, 39),
              ("The actress, {X}, is making her West End debut.", 17, 82),
              ("The pilot, {X}, brought the plane down safely on one engine.", 28, 63),
              ("The {X}-year-old has run every parkrun on the course since it began.", 10, 85),
              ("The golfer, {X}, won the club championship at the first attempt.", 15, 72),
              ("The tailor, {X}, still cuts every pattern by hand.", 40, 91)]
STAT_FRAMES = [("The theatre's official account now has {X}.", "followers"),
               ("The campaign to save the branch line has {X}.", "backers")]
CRICKET_FRAMES = ["England closed the first day on {X}.",
                  "At tea the visitors were {X}, still well short of the target."]
SHORT_FRAMES = ["She is aiming for a {X} marathon this spring.",
                "The club's {X} won the county cup on Sunday.",
                "The commuter bike comes with {a} {X} cassette.",
                "The film is being shown in {X} on the biggest screen."]


def cricket_slot(rng) -> tuple[str, list[str]]:
    """A cricket score, runs and wickets: "245/6", "87-3" ("two hundred and forty five for
    six", "two forty five for six")."""
    runs, wickets = rng.randint(60, 420), rng.randint(1, 9)
    sep = pick(rng, ["/", "/", "-"])
    heads = cards(runs) + hundreds_pair(runs)
    return f"{runs}{sep}{wickets}", [f"{h} for {card(wickets)}" for h in heads]


def short_count_slot(rng, which: int) -> tuple[str, list[str]]:
    """"a sub-3 marathon" ("sub three"), "the U12s" ("under twelves"), "an 11-speed cassette"
    ("eleven speed"), "in 3D" ("three D")."""
    if which == 0:
        n = pick(rng, [3, 3, 4])
        return pick(rng, [f"sub-{n}", f"sub {n}", f"sub-{n}"]), [f"sub {card(n)}"]
    if which == 1:
        n = rng.randint(9, 18)
        return pick(rng, [f"U{n}s", f"U-{n}s", f"under-{n}s", f"U{n}s"]), [f"under {card(n)}s"]
    if which == 2:
        n = pick(rng, [8, 9, 10, 11, 12])
        return pick(rng, [f"{n}-speed", f"{n} speed", f"{n}-speed"]), [f"{card(n)} speed"]
    return pick(rng, ["3D", "3-D", "3D"]), ["three D"]


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.24:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.31:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.38:
        return fill(CRICKET_FRAMES[i], *cricket_slot(rng))
    if k < 0.45:
        which = pick(rng, [0, 2] if part == "dev" else [1, 3])
        return fill(SHORT_FRAMES[which], *short_count_slot(rng, which))
    frame, nouns, most = pick(rng, split(COUNT_FRAMES, part))
    noun = pick(rng, nouns)
    w, said = count_slot(rng, max(2, most // 50), most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The city marathon returns for its {X} edition in April.", 2, 45),
                  ("The musical is about to give its {X} performance in the West End.", 100,
                   3000),
                  ("The golfer holed out from the bunker on the {X} hole.", 1, 18),
                  ("The opener was caught at slip in the {X} over.", 1, 50),
                  ("The author's {X} novel comes out in the autumn.", 2, 30),
                  ("The town library marks its {X} anniversary with a book fair.", 25, 175),
                  ("The winger scored his {X} try of the season.", 2, 30),
                  ("This is the charity's {X} winter appeal for the homeless.", 2, 60),
                  ("Sit in the {X} carriage for the quickest exit at the terminus.", 1, 12),
                  ("The index rose for the {X} day in a row.", 2, 12),
                  ("Our twins celebrate their {X} birthday at the soft play centre.", 1, 6),
                  ("The peregrines have nested on the cathedral spire for the {X} spring "
                   "running.", 2, 20),
                  ("He is the {X} generation of his family to run the tailor's shop.", 2, 6),
                  ("The rider finished {X} on the mountain stage.", 1, 170),
                  ("The planning committee has put off its decision for the {X} time.", 2, 5),
                  ("The {X}-century playhouse reopens after a long restoration.", 17, 19)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    written, said = ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the")
    n = int(written[:-2])
    if n >= 1000 and rng.random() < 0.6:
        written = f"{n:,}{written[-2:]}"
    return fill(frame, written, said)


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The new runway is due to open on {X}.", 2026, 2028),
               ("The play's first preview is on {X}.", 2025, 2026),
               ("The charity half marathon takes place on {X}.", 2025, 2026),
               ("Books borrowed today are due back on {X}.", 2025, 2026),
               ("The fundraising ball will be held on {X}.", 2025, 2026),
               ("Comments on the planning application must reach us by {X}.", 2025, 2026),
               ("The heritage line reopened to passengers on {X}.", 1968, 2024),
               ("The airline's shares were first listed on {X}.", 1987, 2024),
               ("Your first pension payment will reach your account on {X}.", 2025, 2027),
               ("The new baby room at the nursery opens on {X}.", 2025, 2026),
               ("The rare gull was first seen on the reservoir on {X}.", 2019, 2025),
               ("Building control signed off the loft conversion on {X}.", 2020, 2025),
               ("The deciding Test match starts on {X}.", 2025, 2026),
               ("The autumn collection was shown in Antwerp on {X}.", 2022, 2025)]
# A month and a year, without a day.
MONTH_YEAR_FRAMES = ["The new stand at the ground should be finished by {X}.",
                     "The second volume of the biography will be published in {X}."]


def weekday_the_slot(rng) -> tuple[str, list[str]]:
    """A weekday and the day of the month only: "Thursday the 12th" ("Thursday the
    twelfth")."""
    day, d = pick(rng, WEEKDAYS), rng.randint(1, 28)
    return f"{day} the {d}{ord_suffix(d)}", [f"{day} the {ordw(d)}"]


def month_year_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """"September 2026", "Sept 2026", "Jan. 2027": the month in full and the year."""
    m, y = rng.randint(1, 12), rng.randint(first, last)
    month = MONTHS[m - 1]
    forms = [month, month] + MONTH_SHORT[m] + (["Sept", "Sept."] if m == 9 else [])
    return f"{pick(rng, forms)} {y}", [f"{month} {r}" for r in year_readings(y)]


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
    if k < 0.6 and last >= 2025:
        return fill(frame, *weekday_the_slot(rng))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.25))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The airport's first terminal was built in {X}.", 1925, 1975),
               ("The playhouse has stood on the square since {X}.", 1760, 1935),
               ("The reading room was given to the town in {X}.", 1850, 1930),
               ("The tailor's shop opened in the arcade in {X}.", 1880, 1980),
               ("The golf club laid out its second course in {X}.", 1890, 1990),
               ("The railway viaduct was completed in {X}.", 1830, 1905),
               ("The wildlife trust bought the marsh in {X}.", 1960, 2015),
               ("The county ground hosted its first Test in {X}.", 1880, 2019)]
FROM_FRAMES = [("The picture house was a bingo hall from {X}.", 1962, 2000),
               ("She captained the county side from {X}.", 1950, 2015)]
BETWEEN_FRAMES = ["The state pension age for women rose between {X}.",
                  "The reading room was shut for repairs between {X}."]
TARGET_FRAMES = [("The airport's second runway should be finished by {X}.",
                  [2030, 2032, 2035, 2040]),
                 ("The main line is due to be electrified by {X}.",
                  [2029, 2030, 2033, 2035, 2045])]
SEASON_FRAMES = ["The rugby club's {X} fixture list is out.",
                 "Pension contributions for the {X} tax year must be made by April."]
SINCE_FRAMES = ["She has run the race every year since {X}.",
                "The outfitter has stocked the brand since {X}."]
MODERN_FRAMES = ["Cinema audiences slowly recovered through {X}.",
                 "Supersonic passenger flights could return in {X}."]
FUTURE_DECADES = [("the 2030s", ["the twenty thirties", "the two thousand thirties"]),
                  ("the 2040s", ["the twenty forties", "the two thousand forties"])]
CIRCA_FRAMES = [("The map in the local studies room dates from {X}.", 1680, 1850),
                ("The earliest photograph of the station was taken {X}.", 1845, 1890)]


def circa_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A year about which one is unsure: "c. 1790", "c.1790", "ca. 1790", "circa 1790" ("circa
    seventeen ninety")."""
    y = rng.randint(first, last)
    mark = pick(rng, ["c. ", "c.", "c. ", "ca. ", "circa "])
    return f"{mark}{y}", [f"circa {r}" for r in year_readings(y)]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.09:
        frame, first, last = FROM_FRAMES[i]
        a = rng.randint(first, last)
        b = a + rng.randint(3, 16)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.15:
        a = rng.randint(1978, 2012)
        b = a + rng.randint(2, 9)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.21:
        frame, years = TARGET_FRAMES[i]
        y = pick(rng, years)
        return fill(frame, str(y), year_readings(y))
    if k < 0.27:
        return fill(SEASON_FRAMES[i], *tax_year_slot(rng))
    if k < 0.32:
        return fill(SINCE_FRAMES[i], *class_slot(rng))
    if k < 0.37:
        if i == 1:
            return fill(MODERN_FRAMES[1], *pick(rng, FUTURE_DECADES))
        return fill(MODERN_FRAMES[0], *modern_decade(rng))
    if k < 0.45:
        frame, first, last = CIRCA_FRAMES[i]
        return fill(frame, *circa_slot(rng, first, last))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.57:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that. No earlier round
# used these: Sri Lanka and Guyana for cricket, the Atlantic and Newfoundland for flights
# across the ocean, the Maldives, Mauritius, the Seychelles and Tonga.
ZONES = [("SLST", ["S L S T", "Sri Lanka Standard Time", "Sri Lanka Time"]),
         ("GYT", ["G Y T", "Guyana Time"]),
         ("ADT", ["A D T", "Atlantic Daylight Time"]),
         ("NDT", ["N D T", "Newfoundland Daylight Time"]),
         ("MVT", ["M V T", "Maldives Time"]),
         ("MUT", ["M U T", "Mauritius Time"]),
         ("SCT", ["S C T", "Seychelles Time"]),
         ("TOT", ["T O T", "Tonga Time"])]
# Zones given with 24-hour times.
ZONES_24 = [("TRT", ["T R T", "Turkey Time", "Türkiye Time"]),
            ("IRST", ["I R S T", "Iran Standard Time"]),
            ("UZT", ["U Z T", "Uzbekistan Time"])]
# (frame, the half of the day that fits it, or None for either)
TIME_FRAMES = [("Boarding closes at {X} for the Dublin flight.", None),
               ("Curtain up tonight is at {X}.", "PM"),
               ("Play will resume at {X} if the rain holds off.", None),
               ("The library's homework club runs until {X}.", "PM"),
               ("Nursery pick-up is at {X} at the latest.", "PM"),
               ("The first tee time on Sunday is {X}.", "AM"),
               ("The dawn chorus walk leaves the car park at {X}.", "AM"),
               ("Kick-off at the rugby ground is {X}.", "PM"),
               ("The alterations shop opens at {X} on Saturdays.", "AM"),
               ("Trading on the exchange opens at {X}.", "AM"),
               ("The council tip closes at {X} in winter.", "PM"),
               ("The parkrun starts at {X} every Saturday.", "AM"),
               ("The last train to the coast leaves at {X}.", "PM"),
               ("The charity quiz night starts at {X}.", "PM")]
ZONE_FRAMES = ["The final round tees off at {X}.", "Play in the Test match resumes at {X}.",
               "Your connecting flight leaves at {X}.",
               "The catwalk show is streamed live at {X}."]
HRS_FRAMES = ["Departure is scheduled for {X}.", "The flypast over the airfield is timed for {X}."]
RAIL_FRAMES = ["I caught the {X} to London Bridge.", "The {X} from the airport has been cancelled."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. GYT") or 24-hour ("14:35 TRT", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def hrs_slot(rng) -> tuple[str, list[str]]:
    """A 24-hour time with "hrs", as flight plans and forces write it: "1930hrs" ("nineteen
    thirty hours" or without "hours"), "0745 hrs" ("oh seven forty five hours"), "1900hrs"
    ("nineteen hundred hours")."""
    h = rng.randint(5, 23)
    mi = pick(rng, [0, 0, 15, 30, 45, 10, 20, 40, 50, rng.randint(1, 59)])
    colon = ":" if rng.random() < 0.25 else ""
    written = f"{h:02d}{colon}{mi:02d}{pick(rng, ['hrs', ' hrs', 'hrs', ' hours'])}"
    heads = [card(h)] if h >= 10 else [f"oh {card(h)}", card(h), f"zero {card(h)}"]
    mins = "hundred" if mi == 0 else card(mi) if mi >= 10 else f"oh {card(mi)}"
    said = [f"{x} {mins}" for x in heads]
    return written, [f"{s} hours" for s in said] + said


def clock(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.2:
        return fill(pick(rng, split(ZONE_FRAMES, part)), *zone_slot(rng))
    if k < 0.27:
        return fill(HRS_FRAMES[i], *hrs_slot(rng))
    if k < 0.33:
        if rng.random() < 0.6:
            return fill(RAIL_FRAMES[i], *early_slot(rng))
        return fill(RAIL_FRAMES[i], *clock_slot(rng, None, 1.0))
    frame, half = pick(rng, split(TIME_FRAMES, part))
    if k < 0.43 and half != "PM":
        return fill(frame, *early_slot(rng))
    if k < 0.48 and half is None:
        return fill(frame, *noon_slot(rng))
    if k < 0.52 and half != "AM":
        if half == "PM":
            h = rng.randint(5, 9)
            return fill(frame, f"{h} o'clock", [f"{card(h)} o'clock"])
        return fill(frame, *oclock_slot(rng))
    if half is None and rng.random() < 0.3:
        return fill(frame, *clock_slot(rng, None, 1.0))
    return fill(frame, *clock_slot(rng, half or pick(rng, ["AM", "PM"]), 0.0))


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A box of the decking screws is {X}.", 5, 30),
                 ("Taking up a pair of trousers costs {X}.", 8, 25),
                 ("A day rover on the heritage railway costs {X}.", 12, 40),
                 ("A tub of ice cream in the interval is {X}.", 2, 5),
                 ("A hanging bird feeder costs {X} at the reserve shop.", 9, 30),
                 ("The paperback edition is {X}.", 7, 15)]
FARE_FRAMES = ["An off-peak return to the city is {X}.",
               "The airport express costs {X} each way."]
SHARE_FRAMES = ["Shares in the airline closed at {X}.", "The housebuilder's shares fell to {X}."]
PER_FRAMES = [("The full new state pension is now {X}.", "week"),
              ("Childminders in the town charge {X}.", "hour")]
ATTRIBUTIVE_FRAMES = [("He ordered {a} {X} suit from the tailor.", [450, 800, 1250, 1500, 2400,
                                                                     3500, 850, 1200]),
                      ("The charity is asking for {a} {X} donation.", [5, 8, 10, 20, 25, 50,
                                                                       100, 11])]
RAISED_FRAMES = ["The sponsored bike ride raised {X}.",
                 "Our coffee morning raised {X} for the air ambulance."]
# Codes before or after a sum: (code, readings of the unit, smallest and largest sum). No
# earlier round used these: Gulf airports, cricket tours of Bangladesh, Pakistan and the
# Caribbean, Turkey, Namibia.
CODES = [("OMR", ["rials", "Omani rials"], 3, 60), ("BHD", ["dinars", "Bahraini dinars"], 3, 60),
         ("KWD", ["dinars", "Kuwaiti dinars"], 3, 50),
         ("BDT", ["taka", "Bangladeshi taka"], 200, 9000),
         ("PKR", ["rupees", "Pakistani rupees"], 500, 15000),
         ("JMD", ["dollars", "Jamaican dollars"], 500, 12000),
         ("BBD", ["dollars", "Barbados dollars", "Barbadian dollars"], 20, 300),
         ("TTD", ["dollars", "Trinidad and Tobago dollars", "T T dollars"], 30, 600),
         ("XCD", ["dollars", "East Caribbean dollars", "E C dollars"], 20, 250),
         ("TRY", ["lira", "Turkish lira", "liras"], 100, 4000),
         ("NAD", ["dollars", "Namibian dollars"], 50, 1500)]
# Signs written before the number: (sign, readings of the unit, smallest and largest sum).
SIGNS = [("J$", ["Jamaican dollars", "dollars", "J dollars"], 500, 12000),
         ("TT$", ["Trinidad and Tobago dollars", "T T dollars", "dollars"], 30, 600),
         ("EC$", ["East Caribbean dollars", "E C dollars", "dollars"], 20, 250),
         ("Bds$", ["Barbados dollars", "Barbadian dollars", "dollars"], 20, 300),
         ("Dhs ", ["dirhams"], 20, 400), ("QR ", ["riyals", "Qatari riyals"], 20, 400),
         ("Tk ", ["taka"], 200, 9000), ("৳", ["taka"], 200, 9000)]
ABROAD_FRAMES = ["A ticket for the one-day international costs {X}.",
                 "The taxi from the airport into town cost us {X}."]
WAS_FRAMES = ["The tweed hacking jacket is down from {A} to {B} in the sale.",
              "Carbon road bike reduced from {A} to {B}."]
FINE_FRAMES = ["Your library fines come to {X}.", "The late return charge on the DVD is {X}."]
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The new terminal will cost {X} to build.", True),
                      ("The theatre's refurbishment cost {X}.", False),
                      ("The pension scheme has a deficit of {X}.", True),
                      ("The air ambulance charity took in {X} last year.", False),
                      ("The airline's profits rose to {X}.", True),
                      ("The new stand at the cricket ground cost {X}.", False)]


def cents_readings(whole: int, c: int, unit: str, one: str, small: str) -> list[str]:
    """said_cents without the short "four thirty five" where the whole part has three digits
    or more ("two hundred thirty twenty five" is said by nobody)."""
    said = said_cents(whole, c, unit, one, small)
    return said[:-1] if whole >= 100 else said


def fare_slot(rng) -> tuple[str, list[str]]:
    whole = rng.randint(6, 89)
    if rng.random() < 0.3:
        return f"£{whole}", pounds(whole)
    c = pick(rng, [50, 10, 20, 30, 40, 60, 70, 80, 90, 95, 45])
    return f"£{whole}.{c}", said_cents(whole, c, "pounds", "pound", "pence")


def share_slot(rng) -> tuple[str, list[str]]:
    """A share price in pence: "345p" ("three hundred and forty five pence", "... p"),
    "212.5p" ("two hundred and twelve point five pence", "... and a half pence")."""
    n = rng.randint(40, 980)
    heads = cards(n)
    if rng.random() < 0.2:
        written = f"{n}.5p"
        heads = [f"{h} {x}" for h in heads for x in ("point five", "and a half")]
    else:
        written = f"{n}p"
    return written, [f"{h} {u}" for h in heads for u in ("pence", "p")]


def per_slot(rng, per: str) -> tuple[str, list[str]]:
    """A sum a week or an hour: "£230.25 a week", "£221.20pw", "£7.50 an hour", "£9/hr"."""
    if per == "week":
        whole, c = rng.randint(150, 260), pick(rng, [25, 50, 75, 10, 45, 60, 85, 20])
        mark = pick(rng, [" a week", "/week", " per week", "pw", "/wk", " a week"])
        tails = ("a week", "per week")
    else:
        whole, c = rng.randint(5, 14), pick(rng, [0, 50, 25, 75, 0, 50])
        mark = pick(rng, [" an hour", "/hr", " per hour", "/hour", " an hour"])
        tails = ("an hour", "per hour")
    if not c:
        return f"£{whole}{mark}", [f"{h} {t}" for h in pounds(whole) for t in tails]
    return f"£{whole}.{c:02d}{mark}", [f"{h} {t}" for h in cents_readings(whole, c, "pounds",
                                                                          "pound", "pence")
                                       for t in tails]


def attributive_slot(rng, amounts) -> tuple[str, list[str]]:
    """A sum before its noun after "a": "an £800 suit" ("an eight hundred pound suit"), "a
    £1,250 suit" ("a twelve hundred and fifty pound", "a thousand two hundred ..."), "a £5
    donation", "a $20 donation"."""
    n = pick(rng, amounts)
    sym, unit = pick(rng, [("£", "pound"), ("£", "pound"), ("$", "dollar"), ("€", "euro")])
    return f"{sym}{with_written(n, rng, 0.8)}", [f"{c} {unit}" for c in attributive(n)]


def raised_slot(rng) -> tuple[str, list[str]]:
    if rng.random() < 0.35:
        return pence_sum(120, 9000)(rng, None)
    n = pick(rng, [rng.randrange(500, 60000, 5), rng.randint(250, 9999)])
    return f"£{with_written(n, rng, 0.85)}", pounds(n)


def money_step(hi: int) -> int:
    """Sums up to a hundred by the unit, to a thousand by fives, above by fifties."""
    return 1 if hi <= 100 else 5 if hi < 1000 else 50


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("OMR 45", "12,500 PKR") or a sign before it
    ("J$4,500", "Dhs 150", "৳2,000")."""
    if rng.random() < 0.6:
        code, units, lo, hi = pick(rng, CODES)
        n = rng.randrange(lo, hi, money_step(hi))
        num = with_written(n, rng, 0.8)
        written = f"{code} {num}" if rng.random() < 0.5 else f"{num} {code}"
    else:
        sign, units, lo, hi = pick(rng, SIGNS)
        n = rng.randrange(lo, hi, money_step(hi))
        written = f"{sign}{with_written(n, rng, 0.8)}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.16:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.23:
        return fill(FARE_FRAMES[i], *fare_slot(rng))
    if k < 0.3:
        return fill(SHARE_FRAMES[i], *share_slot(rng))
    if k < 0.37:
        frame, per = PER_FRAMES[i]
        return fill(frame, *per_slot(rng, per))
    if k < 0.44:
        frame, amounts = ATTRIBUTIVE_FRAMES[i]
        return fill(frame, *attributive_slot(rng, amounts))
    if k < 0.51:
        return fill(RAISED_FRAMES[i], *raised_slot(rng))
    if k < 0.61:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.67:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    if k < 0.73:
        return fill(FINE_FRAMES[i], *pence_or_pounds(rng.randrange(20, 640, 5)))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

FEET = [("ft", ["feet"]), (" ft", ["feet"]), (" feet", ["feet"])]
METRES = [("m", ["meters"]), (" m", ["meters"]), (" metres", ["meters"])]
KG = [("kg", ["kilograms", "kilos"]), (" kg", ["kilograms", "kilos"])]
YARDS = [(" yards", ["yards"]), ("yds", ["yards"]), (" yds", ["yards"])]


def feet_gen(rng, part) -> tuple[str, list[str]]:
    """An altitude in round hundreds of feet: "35,000ft", "8500 feet" ("eighty five hundred
    feet")."""
    n = rng.randrange(80, 411) * 100
    unit, words = pick(rng, FEET)
    return f"{with_written(n, rng, 0.8)}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def runway_gen(rng, part) -> tuple[str, list[str]]:
    n = rng.randrange(1500, 4000, 50)
    unit, words = pick(rng, METRES)
    return f"{with_written(n, rng, 0.7)}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def volt_gen(rng, part) -> tuple[str, list[str]]:
    """A battery's voltage before its noun: "an 18V battery" ("an eighteen volt")."""
    n = pick(rng, [12, 18, 18, 20, 36, 54])
    return pick(rng, [f"{n}V", f"{n} V", f"{n}-volt", f"{n}V"]), [f"{card(n)} volt"]


def bowler_gen(rng, part) -> tuple[str, list[str]]:
    """A bowler's speed: "92mph" ("ninety two miles per hour", "miles an hour"), "148km/h",
    "148kph" ("kilometers per hour")."""
    if rng.random() < 0.6:
        n = rng.randint(80, 96)
        return f"{n}{pick(rng, ['mph', ' mph'])}", [
            f"{card(n)} {u}" for u in ("miles per hour", "miles an hour", "m p h")]
    n = rng.randint(130, 155)
    unit = pick(rng, ["km/h", " km/h", "kph"])
    words = ["kilometers per hour", "kilometers an hour"] + (["k p h"] if "kph" in unit else [])
    return f"{n}{unit}", [f"{c} {w}" for c in cards(n) for w in words]


def gsm_gen(rng, part) -> tuple[str, list[str]]:
    """Paper by its weight, before its noun: "80gsm" ("eighty gram", "eighty G S M")."""
    n = pick(rng, [70, 80, 90, 100, 115, 130, 150, 170])
    written = pick(rng, [f"{n}gsm", f"{n} gsm", f"{n}gsm", f"{n}g/m²"])
    return written, [f"{c} {u}" for c in cards(n) for u in
                     ("G S M", "gram", "grams per square meter", "gram per square meter")]


def kv_gen(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [25, 25, 25, 11, 33, 132])
    return f"{n}{pick(rng, ['kV', ' kV'])}", [f"{c} kilovolts" for c in cards(n)]


def collar_gen(rng, part) -> tuple[str, list[str]]:
    """A shirt collar: "15.5in" ("fifteen and a half inches", "fifteen point five inches"),
    "16½\"", "17in"."""
    n = rng.randint(14, 18)
    if rng.random() < 0.3:
        return f"{n}{pick(rng, ['in', ' inches', chr(34)])}", [f"{card(n)} inches"]
    if rng.random() < 0.5:
        return f"{n}.5{pick(rng, ['in', ' in', chr(34)])}", [f"{card(n)} and a half inches",
                                                            f"{card(n)} point five inches"]
    return f"{n}½{pick(rng, ['in', chr(34)])}", [f"{card(n)} and a half inches"]


# (frame, generator of (written, readings))
MEASURE_FRAMES = [
    ("The jet had climbed to {X} when the engine failed.", feet_gen),
    ("The light aircraft touched down at {X}.",
     unit_gen([(" knots", ["knots"]), ("kt", ["knots"]), (" kts", ["knots"])], 55, 90)),
    ("The new runway will be {X} long.", runway_gen),
    ("Order {X} of concrete for the garage base.",
     unit_gen([("m³", ["cubic meters"]), (" m³", ["cubic meters"]),
               (" cubic metres", ["cubic meters"])], 2, 12, 0.5)),
    ("The combi drill runs on {a} {X} battery.", volt_gen),
    ("Her drive on the first hole carried {X}.", unit_gen(YARDS, 230, 320)),
    ("The fast bowler was clocked at {X}.", bowler_gen),
    ("The climb gains {X} in just four kilometres.", unit_gen(METRES, 280, 900)),
    ("She averaged {X} over the hundred-mile sportive.",
     unit_gen([("km/h", ["kilometers per hour", "kilometers an hour"]),
               (" km/h", ["kilometers per hour", "kilometers an hour"])], 24, 38, 0.6)),
    ("The rider can hold {X} for twenty minutes.",
     unit_gen([("W/kg", ["watts per kilogram", "watts per kilo"]),
               (" W/kg", ["watts per kilogram", "watts per kilo"])], 3, 6, 1.0)),
    ("The golden eagle's wingspan is about {X}.", unit_gen(METRES, 1, 3, 1.0)),
    ("The novel is printed on {X} paper.", gsm_gen),
    ("The overhead wires on the line carry {X}.", kv_gen),
    ("The checked bag allowance is {X}.", unit_gen(KG, 15, 32)),
    ("A hilly half marathon burns about {X}.",
     unit_gen([(" kcal", ["kilocalories", "calories"]), ("kcal", ["kilocalories", "calories"])],
              900, 1800)),
    ("Her heart rate peaked at {X} on the last climb.",
     unit_gen([("bpm", ["beats per minute", "B P M"]), (" bpm", ["beats per minute", "B P M"])],
              150, 195)),
    ("The collar of his dress shirt is {X}.", collar_gen),
    ("The course measures {X} from the back tees.", unit_gen(YARDS, 6200, 7400)),
    ("The cycle path along the old railway is {X}.",
     unit_gen([(" miles", ["miles"]), ("km", ["kilometers"]), (" km", ["kilometers"])], 3, 24,
              0.4)),
    ("The library's new wing covers {X}.",
     unit_gen([("m²", ["square meters"]), (" sq m", ["square meters"]),
               (" square metres", ["square meters"])], 120, 900)),
]
RUNNING_FRAMES = ["The film's running time is {X}.", "The play runs for {X}, with an interval."]
RACE_FRAMES = ["The course record for the marathon is {X}.",
               "Her best time over ten kilometres is {X}."]
PACE_FRAMES = ["Her easy runs are at about {X}.", "The pacers will hold {X} all the way."]
BINOCULAR_FRAMES = ["Most birders on the marsh use {X} binoculars.",
                    "The visitor centre hires out {X} binoculars by the day."]
LIMIT_FRAMES = ["The old bridge has {a} {X} weight limit.",
                "Lorries over {X} are banned from the high street."]
JACKET_FRAMES = ["He takes a {X} in most suit jackets.",
                 "The dinner jacket in the window is a {X}."]
BAG_FRAMES = ["Cabin bags must be no bigger than {X}.",
              "The airline's free underseat bag can be up to {X}."]
GAUGE_FRAMES = ["The miniature railway runs on {a} {X} gauge track.",
                "The quarry line was laid to {a} {X} gauge."]
BIRTH_FRAMES = ["Their first grandchild arrived weighing {X}.",
                "Our daughter was born on Tuesday weighing {X}."]


def hours_word(h: int) -> str:
    return "hour" if h == 1 else "hours"


def running_slot(rng) -> tuple[str, list[str]]:
    """A running time: "2h 15m", "2hrs 15mins", "1 hr 50 min" ("two hours fifteen
    minutes"), "135 mins" ("one hundred and thirty five minutes")."""
    h, m = rng.randint(1, 3), pick(rng, [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    if h == 3:
        m = min(m, 20)
    if rng.random() < 0.2:
        total = h * 60 + m
        return f"{total} {pick(rng, ['mins', 'minutes', 'min'])}", [f"{c} minutes"
                                                                    for c in cards(total)]
    hr = "hrs" if h > 1 else "hr"
    written = pick(rng, [f"{h}h {m}m", f"{h}{hr} {m}mins", f"{h} {hr} {m} min", f"{h}h {m}min"])
    said = f"{card(h)} {hours_word(h)}"
    return written, [f"{said} {j}{card(m)} minutes" for j in ("", "and ")]


def race_slot(rng, long: bool) -> tuple[str, list[str]]:
    """A race time: "2:04:17" ("two hours four minutes seventeen seconds", "two oh four
    seventeen"), "27:43" ("twenty seven minutes forty three seconds", "twenty seven forty
    three")."""
    def short(n):
        return card(n) if n >= 10 else f"oh {card(n)}"

    def unit(n, word):
        return f"{card(n)} {word}{'' if n == 1 else 's'}"
    m, s = rng.randint(1, 59), rng.randint(1, 59)
    if long:
        h, m = 2, rng.randint(3, 29)
        written = f"{h}:{m:02d}:{s:02d}"
        parts = [unit(h, "hour"), unit(m, "minute"), unit(s, "second")]
        quick = f"{card(h)} {short(m)} {short(s)}"
    else:
        m = rng.randint(26, 59)
        written = f"{m}:{s:02d}"
        parts = [unit(m, "minute"), unit(s, "second")]
        quick = f"{card(m)} {short(s)}"
    said = [" ".join(parts), " ".join(parts[:-1]) + " and " + parts[-1], quick]
    return written, said


def pace_slot(rng) -> tuple[str, list[str]]:
    """A running pace: "5:30/km" ("five thirty per kilometer", "five minutes thirty seconds per
    kilometer", "a kilometer"), "8:45 per mile"."""
    per, word = pick(rng, [("/km", "kilometer"), (" per km", "kilometer"), ("/mile", "mile"),
                           (" per mile", "mile"), ("/km", "kilometer")])
    m = rng.randint(4, 7) if word == "kilometer" else rng.randint(6, 11)
    s = pick(rng, [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    ss = card(s) if s >= 10 else f"oh {card(s)}"
    heads = [f"{card(m)} {ss}", f"{card(m)} minutes {card(s)} seconds",
             f"{card(m)} minutes {card(s)}"]
    return f"{m}:{s:02d}{per}", [f"{h} {p} {word}" for h in heads for p in ("per", "a")]


def binocular_slot(rng) -> tuple[str, list[str]]:
    """Binoculars by magnification and lens: "10x42" ("ten by forty two")."""
    a, b = pick(rng, [(8, 42), (10, 42), (8, 32), (10, 50), (12, 50), (7, 50), (8, 56)])
    return f"{a}{pick(rng, ['x', ' x ', '×', 'x'])}{b}", [f"{card(a)} by {card(b)}"]


def limit_slot(rng, attr: bool) -> tuple[str, list[str]]:
    """A weight limit: "a 7.5t weight limit" ("a seven point five tonne", "... and a half
    tonne"), "an 18-tonne", "over 44 tonnes"."""
    v = pick(rng, ["7.5", "7.5", "18", "44", "3", "10", "26"])
    heads = ["seven point five", "seven and a half"] if v == "7.5" else [card(int(v))]
    if attr:
        written = pick(rng, [f"{v}t", f"{v} tonne", f"{v}-tonne", f"{v}T"])
        return written, [f"{h} {u}" for h in heads for u in ("tonne", "ton")]
    written = pick(rng, [f"{v}t", f"{v} tonnes", f"{v}T", f"{v} tonnes"])
    return written, [f"{h} {u}" for h in heads for u in ("tonnes", "tons")]


def jacket_slot(rng) -> tuple[str, list[str]]:
    """A jacket's size, chest and fitting: "40R" ("forty regular"), "42L", "38S"."""
    n = pick(rng, [36, 38, 40, 42, 44, 46, 48])
    letter, word = pick(rng, [("R", "regular"), ("R", "regular"), ("L", "long"), ("S", "short")])
    return f"{n}{letter}", [f"{card(n)} {word}"]


def cabin_bag_slot(rng) -> tuple[str, list[str]]:
    """Three sides: "55 x 40 x 20cm" ("fifty five by forty by twenty centimeters")."""
    a, b, c = pick(rng, [(55, 40, 20), (56, 45, 25), (40, 30, 15), (55, 35, 20), (40, 20, 25),
                         (45, 36, 20)])
    sep = pick(rng, [" x ", "x", " × "])
    unit = pick(rng, ["cm", " cm", "cm"])
    return f"{a}{sep}{b}{sep}{c}{unit}", [f"{card(a)} by {card(b)} by {card(c)} centimeters"]


def gauge_slot(rng, part) -> tuple[str, list[str]]:
    """A track gauge before "gauge": a miniature line's "15in" ("fifteen inch"), "7¼in"
    ("seven and a quarter inch") or "2ft" ("two foot"); a narrow or standard one's "2ft 6in"
    ("two foot six inch", "two foot six"), "3ft", "1,000mm" ("one thousand millimeter", "a
    thousand millimeter" after "a") or "1,435mm"."""
    if part == "dev":
        k = rng.randrange(4)
        if k == 0:
            n = pick(rng, [15, 10, 12])
            return f"{n}{pick(rng, ['in', ' inch', chr(34)])}", [f"{card(n)} inch"]
        if k == 1:
            n = pick(rng, [7, 10])
            return f"{n}¼{pick(rng, ['in', chr(34)])}", [f"{card(n)} and a quarter inch"]
        if k == 2:
            return pick(rng, ["2ft", "2 ft", "2ft"]), ["two foot", "two feet"]
        n = pick(rng, [7, 10])
        return f"{n}.25in", [f"{card(n)} point two five inch", f"{card(n)} and a quarter inch"]
    k = rng.randrange(4)
    if k == 0:
        n = pick(rng, [2, 3])
        return pick(rng, [f"{n}ft", f"{n} ft", f"{n}ft"]), [f"{card(n)} foot", f"{card(n)} feet"]
    if k == 1:
        return pick(rng, ["2ft 6in", "2ft 6in", "2 ft 6 in"]), ["two foot six inch", "two foot six",
                                                                 "two feet six inch"]
    if k == 2:
        return f"{pick(rng, ['1,000', '1000'])}mm", ["one thousand millimeter",
                                                       "thousand millimeter"]
    return pick(rng, ["1,435mm", "1435mm"]), [f"{c} millimeter" for c in attributive(1435)]


def birth_slot(rng) -> tuple[str, list[str]]:
    """A newborn's weight in pounds and ounces: "7lb 4oz" ("seven pounds four ounces", "seven
    pound four", "seven pounds and four ounces")."""
    lb, oz = rng.randint(5, 9), rng.randint(1, 15)
    written = pick(rng, [f"{lb}lb {oz}oz", f"{lb}lbs {oz}oz", f"{lb} lb {oz} oz", f"{lb}lb {oz}oz"])
    ounces = "ounce" if oz == 1 else "ounces"
    said = []
    for p in ("pounds", "pound"):
        said += [f"{card(lb)} {p} {card(oz)} {ounces}", f"{card(lb)} {p} and {card(oz)} {ounces}",
                 f"{card(lb)} {p} {card(oz)}"]
    return written, said


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.07:
        return fill(RUNNING_FRAMES[i], *running_slot(rng))
    if k < 0.13:
        return fill(RACE_FRAMES[i], *race_slot(rng, i == 0))
    if k < 0.17:
        return fill(PACE_FRAMES[i], *pace_slot(rng))
    if k < 0.22:
        return fill(BINOCULAR_FRAMES[i], *binocular_slot(rng))
    if k < 0.27:
        return fill(LIMIT_FRAMES[i], *limit_slot(rng, i == 0))
    if k < 0.31:
        return fill(JACKET_FRAMES[i], *jacket_slot(rng))
    if k < 0.35:
        return fill(BAG_FRAMES[i], *cabin_bag_slot(rng))
    if k < 0.39:
        return fill(GAUGE_FRAMES[i], *gauge_slot(rng, part))
    if k < 0.44:
        return fill(BIRTH_FRAMES[i], *birth_slot(rng))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("The airline's planes were {X} full over the summer.", 78, 96, True),
                  ("The final climb averages {X}.", 5, 12, True),
                  ("Seats for the pantomime are {X} sold.", 60, 99, False),
                  ("Passenger numbers at the airport are up {X} on last year.", 2, 30, True),
                  ("The appeal has reached {X} of its target.", 40, 95, False),
                  ("Only {X} of the county's libraries now open on Sundays.", 10, 45, False),
                  ("Nursery fees are going up by {X} in September.", 3, 12, True),
                  ("The fast bowler took {X} of his wickets with the new ball.", 30, 70,
                   False)]
COUNCIL_TAX_FRAMES = ["Householders will pay {X} more after last night's budget vote.",
                      "The town council has approved {a} {X} rise in its share of the bill."]
PLUS_FRAMES = ["Shares in the airline ended the day {X}.",
               "The pension fund's return for the year was {X}."]
YIELD_FRAMES = ["The income fund pays {a} {X} yield.", "The annuity offers {a} {X} rate for life."]
APR_FRAMES = ["The bike shop offers finance on e-bikes at {X}.",
              "The credit union lends to members at {X}."]
MINUS_FRAMES = ["The index of leading shares closed the week at {X}.",
                "Ticket sales for the autumn season came in at {X}."]
POINTS_FRAMES = [("The blue-chip index shed {X} points in early trading.", 10, 120),
                 ("Support for the new stadium rose {X} percentage points.", 2, 15)]


def council_tax_slot(rng) -> tuple[str, list[str]]:
    """A council's rise just under a whole number: "4.99%" ("four point nine nine
    percent")."""
    w = pick(rng, [4, 4, 2, 1, 9, 3])
    return f"{w}.99{pick(rng, ['%', '%', ' per cent'])}", [f"{card(w)} point nine nine percent"]


def plus_slot(rng) -> tuple[str, list[str]]:
    """A rise with its sign: "+2.3%" ("plus two point three percent", "up ...")."""
    whole, tenth = rng.randint(0, 9), rng.randint(1, 9)
    return f"+{whole}.{tenth}%", [f"{m} {s} percent" for m in ("plus", "up")
                                  for s in point_zero(whole, card(tenth))]


def yield_slot(rng) -> tuple[str, list[str]]:
    whole, tenth = rng.randint(2, 8), rng.randint(1, 9)
    if rng.random() < 0.25:
        return f"{whole}%", [f"{card(whole)} percent"]
    return f"{whole}.{tenth}%", [f"{card(whole)} point {card(tenth)} percent"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(COUNCIL_TAX_FRAMES[i], *council_tax_slot(rng))
    if k < 0.18:
        return fill(PLUS_FRAMES[i], *plus_slot(rng))
    if k < 0.25:
        return fill(YIELD_FRAMES[i], *yield_slot(rng))
    if k < 0.32:
        return fill(APR_FRAMES[i], *apr_slot(rng))
    if k < 0.38:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.44:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("The bowler's economy rate for the series was {X}.", 2, 7, 2),
                  ("Her golf handicap is down to {X}.", 1, 28, 1),
                  ("The musical scores {X} out of ten with audiences.", 6, 9, 1),
                  ("The batter averages {X} in first-class cricket.", 20, 58, 2),
                  ("The jet burns {X} tonnes of fuel an hour.", 2, 7, 1),
                  ("The shares trade on a price-to-earnings ratio of {X}.", 8, 35, 1),
                  ("The sprinter's personal best is {X} seconds.", 10, 11, 2),
                  ("The flanker averages {X} tackles a game.", 2, 12, 1)]
OVERS_FRAMES = ["England were bowled out in {X} overs.", "The target was reached in {X} overs."]
INDEX_FRAMES = ["The blue-chip index closed the week at {X}.",
                "The all-share index ended the day at {X}."]
VERSION_FRAMES = ["The library's e-book app is now at version {X}.",
                  "Update the flight tracker app to version {X}."]
DEWEY_FRAMES = ["Books on the subject are shelved at {X}.",
                "You will find it at {X} in the non-fiction section."]
# Dewey numbers: cookery, birds, cricket, golf, rugby, theatre, aviation, costume, public
# libraries, railways.
DEWEY = ["641.5", "598.2", "796.358", "796.352", "796.333", "792.02", "629.13", "391.09",
         "027.4", "385.09"]
APERTURE_FRAMES = ["The bird photographer shoots at {X} to blur the background.",
                   "The new zoom lens opens up to {X}."]


def overs_slot(rng) -> tuple[str, list[str]]:
    """Overs and balls: "42.3" ("forty two point three")."""
    n, balls = rng.randint(12, 49), rng.randint(1, 5)
    return f"{n}.{balls}", [f"{card(n)} point {card(balls)}"]


def dewey_slot(rng) -> tuple[str, list[str]]:
    """A Dewey number: "641.5" ("six four one point five", "six hundred and forty one point
    five")."""
    num = pick(rng, DEWEY)
    head, tail = num.split(".")
    after = digits(tail)
    said = [f"{digits(head)} point {after}"]
    if head[0] != "0":
        said.append(f"{card(int(head))} point {after}")
    return num, [v for s in said for v in zero_variants(s)]


def aperture_slot(rng) -> tuple[str, list[str]]:
    """An aperture: "f/5.6", "f2.8" ("f five point six", "f stop five point six")."""
    v = pick(rng, ["2.8", "5.6", "6.3", "1.8", "3.5", "4.5", "7.1"])
    w, t = v.split(".")
    said = f"{card(int(w))} point {card(int(t))}"
    return pick(rng, [f"f/{v}", f"f{v}", f"f/{v}", f"F/{v}"]), [f"f {said}", f"f stop {said}"]


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(OVERS_FRAMES[i], *overs_slot(rng))
    if k < 0.2:
        return fill(INDEX_FRAMES[i], *decimal_slot(rng, 2000, 9999, 1))
    if k < 0.28:
        return fill(VERSION_FRAMES[i], *version_slot(rng))
    if k < 0.36:
        return fill(DEWEY_FRAMES[i], *dewey_slot(rng))
    if k < 0.43:
        return fill(APERTURE_FRAMES[i], *aperture_slot(rng))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book seats for the matinee, call {X}.",
                "Lost property at the airport can be reached on {X}.",
                "The nursery's number is {X}.",
                "To renew your library books by phone, ring {X}.",
                "The council's contact centre is on {X}.",
                "For help with your workplace pension, call {X}.",
                "The pro shop at the golf club is on {X}.",
                "To volunteer with the charity, phone {X}."]
# (frame, written, readings): short and well-known lines.
SHORT_LINES = [("If you think a caller claiming to be your bank is a scammer, hang up and call "
                "{X}.", "159", ["one five nine"]),
               ("Anyone who is struggling can call the Samaritans free on {X}.", "116 123",
                ["one one six one two three"]),
               ("Children can talk to Childline about anything on {X}.", "0800 1111",
                ["zero eight zero zero one one one one", "oh eight hundred one one one one",
                 "oh eight hundred eleven eleven", "oh eight double oh one one one one"]),
               ("To report something worrying on a train, text the police on {X}.", "61016",
                ["six one zero one six"])]
TEXT_FRAMES = ["To give five pounds to the air ambulance, text {X}.",
               "Text {X} to donate three pounds to the wildlife trust."]
KEYWORDS = ["WINGS", "HELI", "STITCH", "CURTAIN"]
# (country code, readings after "plus", groups, the digits the number opens with): Qatar,
# Oman, Sri Lanka, Pakistan, Belgium, Switzerland, Norway.
ABROAD = [("974", ["nine seven four"], (4, 4), "4"),
          ("968", ["nine six eight"], (4, 4), "2"),
          ("94", ["nine four", "ninety four"], (2, 3, 4), "7"),
          ("92", ["nine two", "ninety two"], (3, 7), "3"),
          ("32", ["three two", "thirty two"], (1, 3, 2, 2), "2"),
          ("41", ["four one", "forty one"], (2, 3, 2, 2), "36"),
          ("47", ["four seven", "forty seven"], (2, 2, 2, 2), "2")]


def text_slot(rng) -> tuple[str, list[str]]:
    return text_slot_r112(rng, keywords=KEYWORDS)


def abroad_slot(rng) -> tuple[str, list[str]]:
    return abroad_slot_r112(rng, abroad=ABROAD)


def phone(rng, part, phone_frames=PHONE_FRAMES, short_lines=SHORT_LINES, text_frames=TEXT_FRAMES,
          abroad_slot=abroad_slot, text_slot=text_slot):
    k = rng.random()
    if k < 0.12:
        frame, written, said = pick(rng, split(short_lines, part))
        return fill(frame, written, [v for s in said for v in zero_variants(s)])
    if k < 0.18:
        return fill(text_frames[0 if part == "dev" else 1], *text_slot(rng))
    frame = pick(rng, split(phone_frames, part))
    if k < 0.4:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.46:
        return fill(frame, *extension_slot(rng))
    if k < 0.66:
        return fill(frame, *uk5_slot(rng))
    if k < 0.79:
        return fill(frame, *nongeo_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["About {X} of flights left on time last month.",
                   "Nearly {X} of the library's visitors come to use the computers.",
                   "Roughly {X} of the county's nurseries have a waiting list.",
                   "Over {X} of the money raised goes straight to research.",
                   "Almost {X} of the reedbed was lost in the fire.",
                   "Only {X} of the club's members play off single figures.",
                   "Around {X} of the branch line's stations are unstaffed.",
                   "Just under {X} of the tailor's orders come from abroad."]
ONE_IN_FRAMES = ["Roughly {X} trains on the line ran late last winter.",
                 "About {X} toddlers in the borough now go to nursery full time."]
OFF_FRAMES = ["A railcard takes {X} off most off-peak fares.",
              "Friends of the theatre get {X} off matinee tickets."]
HALF_FRAMES = ["She ran her first {X} marathon in the spring.",
               "The {X} marathon route passes the cathedral twice."]
SLEEVE_FRAMES = ["The linen blouse has {X} sleeves.", "The trench coat comes with {X} sleeves."]
CLOTH_FRAMES = ["You will need {X} of tweed for the jacket.", "The ball gown takes {X} of silk."]
SEAM_FRAMES = ["Leave {a} {X} seam allowance all round.", "Press the hem up with {a} {X} turn."]
RATIO_FRAMES = ["Staff work to {a} {X} ratio with babies under two.",
                "Mix the mortar at {X} for the garden wall."]
FALL_FRAMES = ["Lay the drain to a fall of {X}.", "The ramp to the pavilion rises at {X}."]


def half_slot(rng) -> tuple[str, list[str]]:
    return pick(rng, ["½", "1/2", "½"]), ["half"]


def sleeve_slot(rng) -> tuple[str, list[str]]:
    """"¾-length sleeves" ("three quarter length")."""
    return pick(rng, ["¾-length", "3/4 length", "¾ length", "3/4-length"]), [
        "three quarter length", "three quarters length"]


def cloth_slot(rng) -> tuple[str, list[str]]:
    """A length of cloth: "2½ metres", "1 3/4 yards" ("one and three quarter yards")."""
    n = rng.randint(1, 4)
    slash, glyph, said = pick(rng, MIXED[:3])
    unit, words = pick(rng, [(" metres", ["meters"]), ("m", ["meters"]), (" yards", ["yards"]),
                             (" yds", ["yards"])])
    num = f"{n}{glyph}" if rng.random() < 0.6 else f"{n} {slash}"
    return f"{num}{unit}", [f"{card(n)} and {s} {w}" for s in said for w in words]


def seam_slot(rng) -> tuple[str, list[str]]:
    """A part of an inch before a noun, after "a": "a ⅝in seam allowance" ("a five eighths
    inch"), "a ½\" turn" ("a half inch")."""
    glyph, slash, said = pick(rng, [("⅝", "5/8", ["five eighths inch", "five eighth inch",
                                                  "five eighths of an inch"]),
                                    ("⅜", "3/8", ["three eighths inch", "three eighth inch",
                                                  "three eighths of an inch"]),
                                    ("½", "1/2", ["half inch", "one half inch"]),
                                    ("¼", "1/4", ["quarter inch", "quarter of an inch",
                                                  "one quarter inch"])])
    mark = pick(rng, ["in", '"', "-inch", " inch"])
    num = glyph if rng.random() < 0.6 or mark == '"' else slash
    return f"{num}{mark}", said


def ratio_slot(rng, staff: bool) -> tuple[str, list[str]]:
    """A ratio: "1:3" ("one to three")."""
    a, b = (1, pick(rng, [3, 3, 4, 5, 8, 13])) if staff else pick(rng, [(1, 4), (1, 5), (1, 6),
                                                                      (1, 3), (1, 8)])
    sep = pick(rng, [":", ":", " : "])
    return f"{a}{sep}{b}", [f"{card(a)} to {card(b)}"]


def fall_slot(rng) -> tuple[str, list[str]]:
    """A gradient as one unit in so many: "1:40", "1 in 12" ("one in forty", "one to
    forty")."""
    b = pick(rng, [40, 60, 80, 12, 15, 20, 100])
    if rng.random() < 0.3:
        return f"1 in {b}", [f"one in {c}" for c in cards(b)]
    return f"1:{b}", [f"one {j} {c}" for j in ("in", "to") for c in cards(b)]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.09:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.16:
        return fill(OFF_FRAMES[i], *off_slot(rng))
    if k < 0.22:
        return fill(HALF_FRAMES[i], *half_slot(rng))
    if k < 0.28:
        return fill(SLEEVE_FRAMES[i], *sleeve_slot(rng))
    if k < 0.36:
        return fill(CLOTH_FRAMES[i], *cloth_slot(rng))
    if k < 0.43:
        return fill(SEAM_FRAMES[i], *seam_slot(rng))
    if k < 0.5:
        return fill(RATIO_FRAMES[i], *ratio_slot(rng, i == 0))
    if k < 0.56:
        return fill(FALL_FRAMES[i], *fall_slot(rng))
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

# (name, the numerals it took, the title it is given, or None where its bearers held
# different titles): counts of Barcelona and Flanders, Frankish kings, a duke of Poland, an
# elector of Brandenburg, a duke of Ferrara, kings of Adiabene, Hatra, Macedon and Parthia,
# counts of Anjou, dukes of Brittany, a lord of Coucy, kings of Alba, Strathclyde, Man and
# Kent, an omukama of Tooro.
RULERS = [("Ramon Berenguer", [1, 3, 4], "Count"), ("Childebert", [1, 2, 3], "King"),
          ("Pepin", [2, 3], None), ("Carloman", [1, 2], "King"), ("Arnulf", [1], "Count"),
          ("Henryk", [4], "Duke"), ("Albrecht", [3], "Elector"), ("Ercole", [1, 2], "Duke"),
          ("Izates", [2], "King"), ("Sanatruk", [1, 2], "King"), ("Archelaus", [1], "King"),
          ("Pacorus", [1, 2], "King"), ("Osroes", [1], "King"), ("Theudebert", [1, 2], "King"),
          ("Fulk", [4, 5], "Count"), ("Geoffrey", [5], "Count"), ("Alain", [4], "Duke"),
          ("Conan", [4], "Duke"), ("Hoël", [2], "Duke"), ("Enguerrand", [7], None),
          ("Domnall", [2], "King"), ("Dyfnwal", [3], "King"), ("Godred", [2], "King"),
          ("Rukidi", [4], "Omukama"), ("Æthelberht", [2], "King")]
REGNAL_FRAMES = ["The new play at the playhouse is set in the reign of {X}.",
                 "The library's rare books room holds a charter of {X}.",
                 "The golf course was laid out on a deer park granted by {X}.",
                 "Her biography of {X} is out in paperback.",
                 "The express locomotive was named after {X}.",
                 "The airport museum has a silver coin of {X}.",
                 "The costume for {X} took the wardrobe team a month.",
                 "The marsh was once a hunting ground of {X}."]
# Series numbered in Roman numerals: (the series as written, the numbers it takes, dev and
# held frames). Films, television, an aero engine, trainers, banking and insurance rules,
# an album.
SERIES = [("Caddyshack", [2], ["The golf club is screening {X} on Friday night.",
                               "Nobody in the clubhouse admits to liking {X}."]),
          ("Airplane", [2], ["The in-flight film on the way to Faro was {X}.",
                             "The cabin crew quoted {X} all the way home."]),
          ("Psycho", [2], ["The cinema's horror season opens with {X}.",
                           "Few critics had a good word for {X}."]),
          ("Hellraiser", [3], ["The late-night double bill ends with {X}.",
                               "The make-up artist on {X} is giving a talk."]),
          ("Blackadder", [2], ["The theatre's Christmas show is a tribute to {X}.",
                               "My favourite series is still {X}."]),
          ("Merlin", [3], ["The restored fighter is powered by a {X} engine.",
                           "Engineers rebuilt the {X} in time for the air show."]),
          ("Air Jordan", [1, 4, 11], ["He queued all night for a pair of {X} trainers.",
                                      "The shop on the high street has the {X} in every size."]),
          ("Basel", [3], ["Banks must hold more capital under {X}.",
                          "The rules known as {X} came in after the financial crisis."]),
          ("Solvency", [2], ["Insurers that pay annuities report under {X}.",
                             "The regime known as {X} covers insurers across Europe."]),
          ("Santana", [3], ["The charity shop had a copy of {X} on vinyl.",
                            "The band played {X} from start to finish."])]
# Aircraft by their mark: "Spitfire Mk IX" ("Spitfire Mark nine").
MARK_PLANES = [("Spitfire", [1, 2, 5, 9]), ("Hurricane", [1, 2])]
MARK_FRAMES = ["A {X} will lead the flypast over the cricket ground.",
               "The museum's {X} has been restored to flying condition."]
# Games numbered in Roman numerals, read as an ordinal before their noun.
GAMES_FRAMES = [("The cricket squad is preparing for the {X} Asian Games.", [19, 20]),
                ("The rugby sevens side won gold at the {X} Pacific Games.", [14, 15, 16, 17])]
# Teams by their number of players: "a Prime Minister's XI" ("eleven").
TEAM_FRAMES = [("The tourists open with a match against a Prime Minister's {X} in Canberra.",
                "XI", "eleven"),
               ("The club has picked its strongest {X} for the cup final.", "XV", "fifteen")]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def mark_slot(rng) -> tuple[str, list[str]]:
    """An aircraft's mark: "Spitfire Mk IX", "Spitfire MkIX", "Hurricane Mk 1" ("Spitfire
    Mark nine")."""
    name, numbers = pick(rng, MARK_PLANES)
    n = pick(rng, numbers)
    num = pick(rng, [f"Mk {to_roman(n)}", f"Mk{to_roman(n)}", f"Mk {to_roman(n)}", f"Mk {n}",
                     f"Mark {to_roman(n)}"])
    return f"{name} {num}", [f"{name} Mark {card(n)}"]


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.27:
        name, numbers, frames = pick(rng, SERIES)
        n = pick(rng, numbers)
        return fill(frames[i], f"{name} {to_roman(n)}", [f"{name} {card(n)}"])
    if k < 0.32:
        return fill(MARK_FRAMES[i], *mark_slot(rng))
    if k < 0.38:
        frame, numbers = GAMES_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    if k < 0.42:
        frame, written, said = TEAM_FRAMES[i]
        return fill(frame, written, [said])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "The nursery takes children aged {X}.", 1, 5, 3, 1),
                ("num", "Allow {X} weeks for a made-to-measure suit.", 6, 12, 4, 1),
                ("num", "Blue tits usually lay {X} eggs.", 6, 13, 5, 1),
                ("num", "Passengers face waits of {X} hours at border control.", 1, 4, 2, 1),
                ("mins", "Trains to the airport run every {X} on Sundays.", 10, 30, 15, 5),
                ("mins", "The interval lasts {X}.", 15, 25, 10, 5),
                ("pct", "Pension funds lost {X} of their value in the crash.", 10, 35, 10, 5),
                ("pct", "Fares on the sleeper are set to rise {X} this year.", 2, 12, 5, 1),
                ("temp", "Temperatures at the ground could reach {X} during the Test.", 26, 38,
                 5, 1),
                ("kg", "A good carbon race bike weighs {X}.", 6, 10, 2, 1)]
HOURS_FRAMES = ["The box office is open {X} on weekdays.",
                "The reference library is staffed {X} on Saturdays."]
DAYS_FRAMES = ["The bike workshop is open {X}.", "The council's customer service desk is open {X}."]
DATE_RANGE_FRAMES = ["The book festival runs {X}.", "The air show takes place {X}."]
PLAN_FRAMES = ["The airport's expansion plan covers {X}.",
               "The railway's signalling upgrade runs {X}."]
PRICE_FRAMES = ["Tickets for the stalls cost {X}.", "A round on the links costs {X}."]
PAGES_FRAMES = ["The chapter on the railway navvies is at {X}.",
                "The reading list asks for {X} by Monday."]
ROWS_FRAMES = ["Rows {X} of the stalls have a restricted view.",
               "Seats in rows {X} are the cheapest in the house."]
HISTORY_FRAMES = ["The memorial lists the men of the club who died in {X}.",
                  "The branch line was built in {X}."]


def pages_slot(rng) -> tuple[str, list[str]]:
    """Pages: "pp. 45-67", "pp 112–130", "pages 45-67" ("pages forty five to sixty seven")."""
    a = rng.randint(12, 380)
    b = a + rng.randint(8, 40)
    mark = pick(rng, ["pp. ", "pp. ", "pp ", "pages "])
    dash = pick(rng, ["-", "–"])

    def said(n):
        return [c for c in cards(n) if not c.startswith("a ")]
    return f"{mark}{a}{dash}{b}", [f"pages {x} to {y}" for x in said(a) for y in said(b)]


def rows_slot(rng) -> tuple[str, list[str]]:
    """Rows by their letters: "A-F" ("A to F")."""
    a = rng.randint(0, 10)
    b = a + rng.randint(2, 6)
    la, lb = "ABCDEFGHJKLMNPQR"[a], "ABCDEFGHJKLMNPQR"[b]
    return f"{la}{pick(rng, ['-', '–'])}{lb}", [f"{la} to {lb}"]


def history_slot(rng, war: bool) -> tuple[str, list[str]]:
    """Years of a war or a building, the second cut short: "1914-18" ("nineteen fourteen to
    eighteen", "... to nineteen eighteen"), "1862-65"."""
    a, b = pick(rng, [(1914, 1918), (1939, 1945)]) if war else (lambda x: (x, x + rng.randint(
        2, 6)))(rng.randint(1838, 1899))
    dash = pick(rng, ["-", "–"])
    return f"{a}{dash}{b % 100:02d}", [f"{x} to {y}" for x in year_readings(a)
                                       for y in year_readings(b) + [card(b % 100)]]


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.07:
        return fill(HOURS_FRAMES[i], *clock_range(rng, dash))
    if k < 0.14:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    if k < 0.21:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.27:
        return fill(PLAN_FRAMES[i], *plan_slot(rng))
    if k < 0.34:
        return fill(PRICE_FRAMES[i], *price_range_slot(rng))
    if k < 0.41:
        return fill(PAGES_FRAMES[i], *pages_slot(rng))
    if k < 0.46:
        return fill(ROWS_FRAMES[i], *rows_slot(rng))
    if k < 0.51:
        return fill(HISTORY_FRAMES[i], *history_slot(rng, i == 0))
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

HOSTS = ["hangar", "tarmac", "windsock", "jetway", "contrail", "airside", "scaffold",
         "plumbline", "seamstress", "buttonhole", "pinstripe", "doublet", "tombola", "bunting",
         "matinee", "footlights", "bookworm", "bookplate", "colophon", "footplate", "signalbox",
         "dividend", "annuity", "creche", "playpen", "warbler", "hatchling", "peloton",
         "derailleur", "scrum", "googly", "birdie", "niblick", "jogger"]
SUBDOMAINS = ["boxoffice", "catalogue", "members", "flights"]
PATHS = ["matinees", "renew-loans", "arrivals", "sportive-entries", "planning-search",
         "made-to-measure"]
# (written, readings): the ones no earlier round used; the country codes by their letters.
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("co.uk", ["co dot u k"]),
        ("org.uk", ["org dot u k"]), ("theatre", ["theatre"]), ("film", ["film"]),
        ("fashion", ["fashion"]), ("run", ["run"]), ("bike", ["bike"]), ("golf", ["golf"]),
        ("rugby", ["rugby"]), ("fund", ["fund"]), ("build", ["build"]), ("scot", ["scot"]),
        ("lk", ["l k"]), ("co.in", ["co dot i n"]), ("ae", ["a e"])]
SITE_FRAMES = ["Book your matinee seats at {X}.", "Renew your library loans online at {X}.",
               "Live arrival times are posted on {X}.", "Entries for the sportive open on {X}.",
               "Planning applications can be searched at {X}.",
               "The made-to-measure range can be viewed at {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Group bookings for the pantomime go to {X}.", "boxoffice"),
               ("Lost property claims go to {X}.", "lostproperty"),
               ("Questions about your pension go to {X}.", "pensions"),
               ("Send your sponsorship forms to {X}.", "fundraising"),
               ("Objections to the licence application go to {X}.", "licensing"),
               ("Ask about nursery places at {X}.", "places"),
               ("Send your bird sightings to {X}.", "sightings"),
               ("Alteration bookings go to {X}.", "alterations")]
NAME_MAIL_FRAMES = ["The head librarian can be reached at {X}.",
                    "Your tailor can be contacted directly at {X}."]
HANDLE_FRAMES = ["Line-ups are posted first by {X}.", "The reserve posts its sightings as {X}.",
                 "Departure updates come from {X}.", "Casting news is posted by {X}."]
HANDLE_TAILS = [("rfc", "r f c"), ("birds", "birds"), ("air", "air"), ("stage", "stage")]
# (hashtag, its words)
HASHTAGS = [("BigGardenBirdwatch", ["big garden birdwatch"]),
            ("WorldBookDay", ["world book day"]), ("AvGeek", ["av geek"]),
            ("OOTD", ["O O T D", "outfit of the day"]),
            ("CoffeeMorning", ["coffee morning"]), ("BikeToWork", ["bike to work"])]
HASHTAG_FRAMES = ["Share your pictures using {X}.", "Join in online with {X}."]


def web_slot(rng, part) -> tuple[str, list[str]]:
    return web_slot_r112(rng, part, hosts=HOSTS, paths=PATHS, subdomains=SUBDOMAINS, tlds=TLDS)


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
        return fill(frame, f"#{tag}", [f"hashtag {w}" for w in words + [tag.lower()]])
    return fill(pick(rng, split(SITE_FRAMES, part)), *web_slot(rng, part))


# ------------------------------------------------------------------------------ addresses

# (city, state, the first three digits of its ZIP codes): aviation, golf, birding and
# railroad towns, and towns of writers and libraries.
CITIES = [("Nags Head", "NC", "279"), ("Pinehurst", "NC", "283"), ("Cape May", "NJ", "082"),
          ("Strasburg", "PA", "175"), ("Mojave", "CA", "935"), ("Kohler", "WI", "530"),
          ("Chincoteague", "VA", "233"), ("Chama", "NM", "875"),
          ("Kill Devil Hills", "NC", "279"), ("Kiawah Island", "SC", "294"),
          ("Port Aransas", "TX", "783"), ("Steamboat Springs", "CO", "804"),
          ("Amherst", "MA", "010"), ("Myrtle Beach", "SC", "295"),
          ("Bodega Bay", "CA", "949"), ("Galena", "IL", "610"),
          ("Hannibal", "MO", "634"), ("Ponte Vedra Beach", "FL", "320"),
          ("Lititz", "PA", "175"), ("Mystic", "CT", "063"), ("Petoskey", "MI", "497"),
          ("Hilton Head Island", "SC", "299"), ("Rockport", "MA", "019"),
          ("Camden", "ME", "048"), ("Elkhart", "IN", "465"), ("Bethlehem", "PA", "180")]
STREETS = ["Earhart", "Lindbergh", "Curtiss", "Doolittle", "Yeager", "Wright", "Bleriot",
           "Sikorsky", "Cessna", "Piper", "Lockheed", "Grumman", "Hemingway", "Steinbeck",
           "Faulkner", "Thoreau", "Melville", "Hawthorne", "Whitman", "Alcott", "Twain", "Poe",
           "Emerson", "Cather", "Wharton", "Kerouac", "Salinger", "Vonnegut", "Updike",
           "Irving", "Cooper", "Longfellow"]
# British towns of those topics: (town, postcode area, district).
UK_TOWNS = [("Farnborough", "GU", 14), ("Duxford", "CB", 22), ("Crewe", "CW", 1),
            ("Swindon", "SN", 1), ("Darlington", "DL", 3), ("Pickering", "YO", 18),
            ("Grosmont", "YO", 22), ("Bala", "LL", 23), ("Stratford-upon-Avon", "CV", 37),
            ("Carnoustie", "DD", 7), ("Troon", "KA", 10), ("Sandwich", "CT", 13),
            ("Hoylake", "CH", 47), ("Slimbridge", "GL", 2), ("Titchwell", "PE", 31),
            ("Westleton", "IP", 17), ("Twickenham", "TW", 1), ("Taunton", "TA", 1),
            ("Otley", "LS", 21), ("Holt", "NR", 25), ("Wisbech", "PE", 13),
            ("Loughborough", "LE", 11), ("Shrewsbury", "SY", 3), ("Beverley", "HU", 17),
            ("Dunbar", "EH", 42), ("Gullane", "EH", 31), ("Prestwick", "KA", 9),
            ("Nairn", "IV", 12)]
# Streets named for cloths.
UK_STREETS = ["Damask", "Worsted", "Chintz", "Taffeta", "Satin", "Cambric", "Poplin",
              "Brocade", "Herringbone", "Houndstooth", "Gabardine", "Serge", "Chiffon",
              "Organza", "Mohair", "Cashmere", "Alpaca", "Angora", "Twill", "Silk"]
UK_TYPES = [("Close", "Close"), ("Cl", "Close"), ("Road", "Road"), ("Rd", "Road"),
            ("Lane", "Lane"), ("Way", "Way"), ("Mews", "Mews"), ("Crescent", "Crescent"),
            ("Cres", "Crescent"), ("Walk", "Walk"), ("Court", "Court"), ("Ct", "Court")]
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("Sponsorship money can be posted to {X}.", True),
                  ("The new bike shop is at {X}.", False),
                  ("Send your library card application to {X}.", True),
                  ("The tailoring workshop is at {X}.", False),
                  ("The flying school has moved to {X}.", False),
                  ("Pension statements are sent from {X}.", True),
                  ("The bird club meets at {X}.", False),
                  ("Appeals against the parking fine should be sent to {X}.", True)]


def us_address(rng, part, box: bool, cities=CITIES, streets=STREETS) -> tuple[str, list[str]]:
    """A US address: a house number in pairs, a street (numbered now and then), a suite,
    apartment or unit, the city, the state's name and the ZIP code (ZIP+4 too) digit by
    digit; or a P.O. box."""
    city, state, prefix = pick(rng, split(cities, part))
    zip_code, zips = zip_slot(rng, prefix)
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
        name = name_said = pick(rng, split(streets, part))
        d = pick(rng, DIRECTIONS) if k < 0.3 else None
    street = f"{num} {d[0] + ' ' if d else ''}{name} {abbr}"
    said = f"{num_said} {d[1] + ' ' if d else ''}{name_said} {typ}"
    room, room_said = suite(rng) if rng.random() < 0.25 else ("", [""])
    return (f"{street}, {room + ', ' if room else ''}{tail_w}",
            [f"{said}, {x + ', ' if x else ''}{t}" for x in room_said for t in tail_s])


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Damask Close, Otley LS21 3HT", the postcode's letters one by one
    and its district as a number or digit by digit; a flat, a unit or a hangar now and
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
        flat, flat_said = f"Hangar {f}, ", f"Hangar {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    if rng.random() < 0.55:
        return fill(frame, *us_address(rng, part, box))
    return fill(frame, *uk_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Gunawardena", "Etxeberria", "Kazlauskas", "Kulkarni", "Seneviratne", "Goikoetxea",
            "Jankauskas", "Deshpande", "Karunaratne", "Urrutia", "Urbonas", "Bhattacharya",
            "Wijesinghe", "Zubizarreta", "Vaitkus", "Menon", "Dissanayake", "Arrieta",
            "Balciunas", "Pillai", "Jayawardena", "Agirre", "Mazeika", "Chaudhary"]
WOMEN = ["Nirmala", "Itziar", "Ieva", "Anjali", "Dilini", "Ainhoa", "Egle", "Kavya", "Shalini",
         "Miren", "Ruta", "Tharushi"]
MEN = ["Chaminda", "Aitor", "Jonas", "Aniket", "Ruwan", "Xabier", "Lukas", "Rohan", "Kasun",
       "Asier", "Tomas", "Prasad"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings): air force, navy and airline ranks, police constables. No earlier
# round used these.
TITLES = [("Fg Off", ["Flying Officer"]), ("Plt Off", ["Pilot Officer"]),
          ("AVM", ["Air Vice-Marshal", "A V M"]), ("Lt Cdr", ["Lieutenant Commander"]),
          ("F/O", ["First Officer"]), ("SFO", ["Senior First Officer", "S F O"]),
          ("PC", ["Police Constable", "P C"]), ("DC", ["Detective Constable", "D C"])]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["{X} cut the ribbon on the new terminal.",
                "The prize for the best costume went to {X}.",
                "{X} will start the charity fun run on Sunday.",
                "The library's summer reading challenge was launched by {X}.",
                "{X} presented the trophies at the golf club dinner.",
                "The new cycle lane was opened by {X}.",
                "{X} thanked the volunteers at the bird reserve.",
                "The road safety talk at the nursery was given by {X}."]
# After a full name: (abbreviation, reading, the comma before it: "," always, "" never,
# None either way).
SUFFIXES = [("FRSL", "F R S L", None), ("FRAeS", "F R A E S", None), ("FIA", "F I A", ","),
            ("MCIOB", "M C I O B", None), ("FRSA", "F R S A", None), ("MCLIP", "M C L I P", None),
            ("FRPS", "F R P S", None), ("FLS", "F L S", None), ("DL", "D L", "")]
SUFFIX_FRAMES = ["The history of the railway was written by {X}.",
                 "The new stand was designed by {X}.",
                 "The talk on migrating waders will be given by {X}.",
                 "The scheme's actuarial report was signed by {X}."]
# "HRH": (written, readings), frames.
ROYALS = [("HRH the Duke of Kent", ["His Royal Highness the Duke of Kent",
                                    "H R H the Duke of Kent"]),
          ("HRH the Princess Royal", ["Her Royal Highness the Princess Royal",
                                      "H R H the Princess Royal"]),
          ("HRH the Duchess of Gloucester", ["Her Royal Highness the Duchess of Gloucester",
                                             "H R H the Duchess of Gloucester"]),
          ("HRH the Duke of Gloucester", ["His Royal Highness the Duke of Gloucester",
                                          "H R H the Duke of Gloucester"])]
ROYAL_FRAMES = ["The new air ambulance base was opened by {X}.",
                "Staff and children at the nursery were visited by {X}."]
# A word cut short before a place name: (abbreviation, word, places, frames)
PLACES = [("Nth", "North", ["Berwick", "Walsham", "Ferriby", "Shields"],
           ["The golf links at {X} are booked up.", "The bus to {X} now runs hourly.",
            "A new library opens in {X}.", "The sportive finishes in {X}."]),
          ("Sth", "South", ["Molton", "Woodham", "Cave", "Shields"],
           ["The cricket club in {X} needs umpires.", "Roadworks close the bridge into {X}.",
            "The charity shop in {X} has a new manager.", "The panto comes to {X} in December."])]
# A club's name and the words cut short after it: (abbreviation, readings, names, frames).
AFTER = [("RFC", ["Rugby Football Club", "R F C"], ["Moseley", "Blackheath", "Rosslyn Park",
                                                   "Esher"],
          ["{X} have signed a new fly-half.", "The clubhouse at {X} is being rebuilt.",
           "{X} host the cup final this year.", "Junior training at {X} starts on Sunday."]),
         ("CCC", ["County Cricket Club", "C C C"], ["Glamorgan", "Leicestershire",
                                                     "Northamptonshire", "Worcestershire"],
          ["{X} have a new head coach.", "Members of {X} voted for the new stand.",
           "{X} announced their squad on Friday.", "The nets at {X} are open to juniors."]),
         ("GC", ["Golf Club", "G C"], ["Sunningdale", "Wentworth", "Ganton", "Woodhall Spa"],
          ["The club championship at {X} was rained off.", "{X} has a waiting list.",
           "The greenkeepers at {X} won an award.", "{X} hosts the county final."])]
# Abbreviations of ordinary words: (written sentence, its readings).
ABBREVIATIONS = [("The guest speaker at the dinner is TBC.",
                  ["The guest speaker at the dinner is to be confirmed.",
                   "The guest speaker at the dinner is T B C."]),
                 ("Delays of approx. an hour are expected at security.",
                  ["Delays of approximately an hour are expected at security."]),
                 ("FAO the head librarian.",
                  ["For the attention of the head librarian.", "F A O the head librarian."]),
                 ("Our ETA at the hotel is just after lunch.",
                  ["Our E T A at the hotel is just after lunch.",
                   "Our estimated time of arrival at the hotel is just after lunch."]),
                 ("The walking boots are half the RRP this week.",
                  ["The walking boots are half the R R P this week.",
                   "The walking boots are half the recommended retail price this week."]),
                 ("Please return the signed form ASAP.",
                  ["Please return the signed form A S A P.",
                   "Please return the signed form as soon as possible."]),
                 ("The stadium, aka the cabbage patch, was full.",
                  ["The stadium, also known as the cabbage patch, was full.",
                   "The stadium, a k a the cabbage patch, was full."]),
                 ("NB the reading room closes early on Fridays.",
                  ["Note the reading room closes early on Fridays.",
                   "N B the reading room closes early on Fridays.",
                   "Nota bene the reading room closes early on Fridays."]),
                 ("There is a min. spend in the members' bar.",
                  ["There is a minimum spend in the members' bar."]),
                 ("The Planning Dept. will reply within a fortnight.",
                  ["The Planning Department will reply within a fortnight."]),
                 ("Please contact the box office re. refunds.",
                  ["Please contact the box office regarding refunds.",
                   "Please contact the box office re refunds."]),
                 ("The revised ed. is out in paperback.",
                  ["The revised edition is out in paperback."]),
                 ("Figures for the w/e Friday are below.",
                  ["Figures for the week ending Friday are below."]),
                 ("Prices are inc. VAT.",
                  ["Prices are including VAT.", "Prices are inclusive of VAT.",
                   "Prices are including V A T.", "Prices are inclusive of V A T."])]
NUMBER_FRAMES = ["The golfer has climbed to {X} in the world rankings.",
                 "The hooker will wear the {X} shirt on Saturday."]
STREET_FRAMES = ["Resurfacing work has closed {X} until Thursday.",
                 "The new bike hire dock is on {X}.",
                 "The theatre's stage door is on {X}.",
                 "The carnival procession turns at the corner of {X}."]
FEASTS = ["Genesius", "Homobonus", "Vedast", "Swithun", "Ethelburga", "Mildred", "Olave",
          "Alphege", "Mellitus", "Bega"]
COMBO_FRAMES = ["{T} {S} leads the St. {F}'s book club on {N} Ave.",
                "{T} {S} organises the St. {F}'s charity bike ride, which starts on {N} St.",
                "The St. {F}'s nativity play was directed by {T} {S} of {N} Rd.",
                "{T} {S} cut the ribbon on the St. {F}'s nursery extension on {N} Dr."]


def number_slot(rng, part) -> tuple[str, list[str]]:
    """"No. 3", "#3": "number three"."""
    n = rng.randint(1, 20) if part == "dev" else rng.randint(1, 15)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 8])
    sur = pick(rng, split(SURNAMES, part))
    i = 0 if part == "dev" else 1
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
        written, said = pick(rng, split(ROYALS, part))
        return fill(ROYAL_FRAMES[i], written, said)
    if k == 5:
        abbr, word, names, frames = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        dot = "." if rng.random() < 0.3 else ""
        return fill(pick(rng, split(frames, part)), f"{abbr}{dot} {name}", [f"{word} {name}"])
    if k == 6:
        abbr, words, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        frame = pick(rng, split(frames, part))
        return fill(frame, f"{name} {abbr}", [f"{name} {w}" for w in words])
    if k == 7:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[i], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Revd", "Reverend"), ("Rev.", "Reverend")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def flight_slot(rng, part) -> tuple[str, list[str]]:
    """A flight number: "BA 286", "EI154" ("B A two eight six", "B A two eighty six")."""
    code = pick(rng, ["BA", "EI", "LS", "QR", "EK", "TK", "LH", "KL"])
    width = pick(rng, [3, 3, 4, 2])
    num = "".join(str(rng.randint(1, 9)) for _ in range(width))
    n = int(num)
    said = [digits(num)]
    if width == 2:
        said.append(card(n))
    elif width == 3:
        said += hundreds_pair(n)
    else:
        hi, lo = divmod(n, 100)
        said.append(f"{card(hi)} {card(lo)}" if lo >= 10 else f"{card(hi)} oh {card(lo)}")
    gap = pick(rng, [" ", "", " "])
    return f"{code}{gap}{num}", [f"{' '.join(code)} {s}" for s in said]


def gate_slot(rng, part) -> tuple[str, list[str]]:
    """A gate: "B12" ("B twelve"), "14"."""
    n = rng.randint(1, 48)
    if rng.random() < 0.6:
        letter = pick(rng, "ABCDE")
        return f"{letter}{n}", [f"{letter} {card(n)}"]
    return str(n), [card(n)]


def gate_time(rng, part):
    if rng.random() < 0.5:
        return clock_slot(rng, None, 1.0)
    return clock_slot(rng, pick(rng, ["AM", "PM"]), 0.0)


def tee_slots(rng, part) -> dict:
    holes = pick(rng, [9, 18, 18])
    fee = rng.randrange(20, 180, 5) if holes == 18 else rng.randint(12, 40)
    return {"A": clock_slot(rng, "AM", 0.0), "B": (f"£{fee}", pounds(fee)),
            "C": (str(holes), [card(holes)])}


def innings_slots(rng, part) -> dict:
    """A total, the overs and balls it took and the opener's score."""
    runs, wickets = rng.randint(180, 420), rng.randint(3, 9)
    top = rng.randint(50, min(runs - 60, 190))
    sep = pick(rng, ["/", "-"])
    return {"A": (f"{runs}{sep}{wickets}", [f"{h} for {card(wickets)}"
                                            for h in cards(runs) + hundreds_pair(runs)]),
            "B": (lambda n, b: (f"{n}.{b}", [f"{card(n)} point {card(b)}"]))(
                rng.randint(36, 49), rng.randint(1, 5)),
            "C": (str(top), cards(top))}


def matinee_slots(rng, part) -> dict:
    h, m = pick(rng, [(2, 30), (2, 0), (3, 0), (1, 30), (2, 45)])
    half = pick(rng, ["pm", "pm", "p.m.", "PM"])
    sep = pick(rng, [":", "."]) if half == "pm" else ":"
    gap = "" if half == "pm" and rng.random() < 0.7 else " "
    at = (f"{h}{sep}{m:02d}{gap}{half}", [f"{card(h)} {card(m)} PM"]) if m else \
        (f"{h}{gap}{half}", [f"{card(h)} PM"])
    interval = pick(rng, [15, 20, 20, 25])
    return {"A": at, "B": running_slot(rng),
            "C": (f"{interval}-minute", [f"{card(interval)} minute"])}


def sportive_slots(rng, part) -> dict:
    if rng.random() < 0.5:
        n = rng.randrange(50, 170, 5)
        dist = (f"{n}{pick(rng, ['km', ' km'])}", [f"{c} kilometers" for c in cards(n)])
    else:
        n = rng.randrange(30, 110, 5)
        dist = (f"{n} miles", [f"{c} miles" for c in cards(n)])
    climb = rng.randrange(600, 3200, 50)
    unit, words = pick(rng, METRES)
    fee = rng.randint(25, 65)
    return {"A": dist, "B": (f"{with_written(climb, rng, 0.7)}{unit}",
                             [f"{c} {w}" for c in cards(climb) for w in words]),
            "C": (f"£{fee}", pounds(fee))}


def marathon_slots(rng, part) -> dict:
    """The sum raised, the marathons run and the days they took (at least one a day)."""
    runs = rng.randint(3, 12)
    days = runs + rng.randint(0, 20)
    return {"A": raised_slot(rng), "B": (str(runs), [card(runs)]), "C": (str(days), [card(days)])}


def budget_slots(rng, part) -> dict:
    whole, tenth = rng.randint(2, 30), rng.randint(1, 9)
    said = [f"{card(whole)} point {card(tenth)} million pounds"]
    if tenth == 5:
        said.append(f"{card(whole)} and a half million pounds")
    return {"A": tax_year_slot(rng), "B": (f"£{whole}.{tenth}{pick(rng, ['m', ' million'])}",
                                          said),
            "C": pct_slot(rng, 2, 25, True)}


def share_price_slots(rng, part) -> dict:
    rise = rng.randint(3, 45)
    price = rng.randint(rise + 80, 900)
    return {"A": (f"{rise}p", [f"{card(rise)} {u}" for u in ("pence", "p")]),
            "B": (f"{price}p", [f"{c} {u}" for c in cards(price) for u in ("pence", "p")]),
            "C": big_sum(rng, True)}


def nursery_slots(rng, part) -> dict:
    fee = rng.randint(48, 95)
    if rng.random() < 0.4:
        c = pick(rng, [50, 25, 75])
        day = (f"£{fee}.{c}", said_cents(fee, c, "pounds", "pound", "pence"))
    else:
        day = (f"£{fee}", pounds(fee))
    a, b, pairs = num_range(rng, 1, 4, 3, 1)
    hours = pick(rng, [15, 30, 30])
    return {"A": day, "B": (f"{a}{pick(rng, ['-', '–'])}{b}", [f"{x} to {y}" for x, y in pairs]),
            "C": (str(hours), [card(hours)])}


def train_slots(rng, part) -> dict:
    at = early_slot(rng) if rng.random() < 0.5 else clock_slot(rng, None, 1.0)
    platform = rng.randint(1, 14)
    late = rng.randint(5, 45)
    return {"A": at, "B": (str(platform), [card(platform)]), "C": (str(late), [card(late)])}


def wader_slots(rng, part) -> dict:
    at = early_slot(rng) if rng.random() < 0.5 else clock_slot(rng, "AM", 0.0)
    return {"A": at, "B": date_slot(rng, 2025, 2026, 0.0, 0.0),
            "C": count_slot(rng, 400, 20000)}


def suit_slots(rng, part) -> dict:
    tenth = pick(rng, [2, 5, 5, 8])
    cloth = [f"three point {card(tenth)} meters"] + (["three and a half meters"] if tenth == 5
                                                     else [])
    unit = pick(rng, ["m", " m", " metres"])
    hours = rng.randint(40, 80)
    price = rng.randrange(1200, 6000, 50)
    return {"A": (f"3.{tenth}{unit}", cloth), "B": (str(hours), [card(hours)]),
            "C": (f"£{with_written(price, rng, 0.8)}", pounds(price))}


def library_slots(rng, part) -> dict:
    return {"A": count_slot(rng, 800, 9000, True), "B": count_slot(rng, 20000, 400000),
            "C": year_slot(rng, 2018, 2025)}


def pension_slots(rng, part) -> dict:
    pot = rng.randrange(45000, 600000, 500)
    a_year = max(1500, pot // pick(rng, [20, 22, 25, 28]) // 50 * 50)
    age = rng.randint(55, 68)
    return {"A": (f"£{pot:,}", pounds(pot)),
            "B": (f"£{with_written(a_year, rng, 0.8)}", pounds(a_year)),
            "C": (str(age), [card(age)])}


def prize_sum(rng) -> tuple[str, list[str]]:
    """A winner's cheque: "$3.6m", "£1.2 million", "€850,000", "$4m"."""
    sym, units = pick(rng, [("£", ["pounds"]), ("$", ["dollars"]), ("€", ["euros", "euro"])])
    k = rng.random()
    if k < 0.3:
        n = rng.randrange(250000, 990000, 5000)
        return f"{sym}{n:,}", [f"{c} {u}" for c in cards(n) for u in units]
    scale = pick(rng, ["m", "m", " million"])
    if k < 0.75:
        whole, tenth = rng.randint(1, 4), rng.randint(1, 9)
        heads = [f"{card(whole)} point {card(tenth)}"] + ([f"{card(whole)} and a half"]
                                                          if tenth == 5 else [])
        return f"{sym}{whole}.{tenth}{scale}", [f"{h} million {u}" for h in heads
                                                for u in units]
    n = rng.randint(1, 4)
    return f"{sym}{n}{scale}", [f"{card(n)} million {u}" for u in units]


def prize_slots(rng, part) -> dict:
    under = rng.randint(4, 22)
    final = rng.randint(62, 70)
    return {"A": (f"-{under}", [f"{card(under)} under", f"{card(under)} under par",
                                f"minus {card(under)}"]),
            "B": (str(final), [card(final)]), "C": prize_sum(rng)}


def tries_slots(rng, part) -> dict:
    tries, games = rng.randint(5, 20), rng.randint(12, 30)
    a = rng.randint(12, 45)
    b = rng.randint(3, a - 1)
    return {"A": (str(tries), [card(tries)]), "B": (str(games), [card(games)]),
            "C": (f"{a}-{b}", [f"{card(a)} {j}{card(b)}" for j in ("", "to ")])}


def extension_slots(rng, part) -> dict:
    a, b = pick(rng, [(4, 6), (3, 5), (5, 8), (4, 4), (3, 6), (6, 7)])
    sides = (f"{a}m x {b}m" if rng.random() < 0.5 else f"{a} x {b}m",
             [f"{card(a)} by {card(b)} meters", f"{card(a)} meters by {card(b)} meters"])
    quote = rng.randrange(25000, 95000, 250)
    return {"A": sides, "B": (f"£{quote:,}", pounds(quote)), "C": ("20%", ["twenty percent"])}


def hide_slots(rng, part) -> dict:
    if rng.random() < 0.5:
        n = rng.randrange(150, 950, 50)
        unit, words = pick(rng, METRES)
        far = (f"{n}{unit}", [f"{c} {w}" for c in cards(n) for w in words])
    else:
        tenth = rng.randint(1, 9)
        far = (f"1.{tenth}{pick(rng, ['km', ' km'])}",
               [f"one point {card(tenth)} kilometers"] + (["one and a half kilometers"]
                                                          if tenth == 5 else []))
    species = rng.randint(40, 140)
    return {"A": far, "B": (str(species), cards(species)),
            "C": date_slot(rng, 2024, 2025, 0.0, 0.0)}


# (frame, {slot: generator}, or a function (rng, part) -> {slot: (written, readings)}); dev
# takes the even frames, held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("Flight {A} to Doha leaves from gate {B} at {C}.",
     {"A": flight_slot, "B": gate_slot, "C": gate_time}),
    ("The {A} tee time costs {B} for {C} holes.", tee_slots),
    ("England reached {A} in {B} overs, with the opener making {C}.", innings_slots),
    ("The {A} matinee lasts {B}, including a {C} interval.", matinee_slots),
    ("The sportive covers {A} with {B} of climbing and costs {C} to enter.", sportive_slots),
    ("She raised {A} for the hospice by running {B} marathons in {C} days.", marathon_slots),
    ("The council's {A} budget includes {B} for road repairs, up {C} on last year.",
     budget_slots),
    ("Shares in the airline rose {A} to {B}, valuing it at {C}.", share_price_slots),
    ("The nursery charges {A} a day for children aged {B}, with {C} free hours a week.",
     nursery_slots),
    ("The {A} train from platform {B} is running about {C} minutes late.", train_slots),
    ("At {A} on {B}, volunteers counted {C} waders on the estuary.", wader_slots),
    ("The suit needs {A} of cloth, takes about {B} hours to make and costs {C}.", suit_slots),
    ("The library's {A} members borrowed {B} books in {C}.", library_slots),
    ("Your pension pot of {A} could pay {B} a year from the age of {C}.", pension_slots),
    ("The golfer finished on {A} after a final-round {B}, winning {C}.", prize_slots),
    ("The winger scored {A} tries in {B} games as the side won the final {C}.", tries_slots),
    ("The extension measures {A} and the builder has quoted {B} plus {C} VAT.",
     extension_slots),
    ("The hide is {A} from the car park, and {B} species were logged there on {C}.",
     hide_slots),
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
    unseen.round_main("r114", None, per_class=24, seed=829, en=EN)


if __name__ == "__main__":
    main()
