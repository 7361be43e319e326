"""Hundred-and-sixteenth round (issue 33), English, every class at once, written after round 112
only to measure the rules, by an independent writer who did not read them or run the
normalizer, in the text a user of a speech product pastes, from topics the earlier rounds did
not draw on: oceans and fishing, wine and brewing, video games and esports, art and auctions,
military history and museums, water and sewerage, hairdressing and beauty, camping and hiking,
dentists and opticians, courts abroad and immigration, tennis, chess, baseball and sailing,
and census and statistics news. Mostly the formats people type, with a minority of less usual
ones. Counts (ages, "The skipper, 58,", "a 17-year-old grandmaster"; "85K wishlists", "1.2M
backers"; sizes before a noun, "a 2-person tent", "a 4-season sleeping bag", "a 24-pounder
cannon", "a 6-board team"), ordinals ("its 40th harvest", "her 3rd Grand Slam title", "the
bottom of the 9th", "the 17th-century armour", "the country's 12th census"), dates (written
out, cut short, with weekdays, "Sat 14th June", "Nov 5th", US "June 7th, 2025" and "4/18/26",
British "27/10/2025", European "26.11.2025", ISO "2026-03-14"), years (decades, "from 1962 to
1978", "between 1946 and 1958", "the 2015 vintage", "by 2035", "c. 1890", "the summer of
'76", BC and AD, seasons "2025/26", "the 2050s"), clock times (12-hour and 24-hour, "06:35",
"12 noon", "3 o'clock"; with zones no earlier round used, MVT, SCT, GALT, TAHT, UZT, AZT and
FKST, and with 24-hour times ALMT, MMT, GYT and ULAT), money (pints, bottles and cuts with
pence and cents; visa and citizenship fees; fines before their noun, "a £5,000 fine"; a prize
pool before its noun, "a $250K prize pool"; subscriptions "£8.99/month"; "was £180, now
£129"; water and dental bills "£412.37"; codes KZT, UZS, AZN, XPF, MVR, SCR, ARS, CLP, OMR, TND,
BWP and ETB, signs "₸15,000", "₼45", "N$350"; hammer prices and fines in millions and
billions), measures in the units of those topics (m, fathoms, nautical miles, knots, mph,
km/h, °C, hl, L, cl, ml, bar, megalitres "Ml", ft, kg, g, fps, GB, inches, mm, tonnes; "a 32lb
6oz carp", "4.5m waves", "a 75cl bottle", "15-inch guns", "120 x 90 cm", "people per km²"),
percentages ("4.5% ABV", "0.5% abv", "a 25% buyer's premium", response rates, "-0.4%",
points), decimals (batting averages ".312", "a 2.85 ERA", prescriptions "-2.75", original
gravity "1.048", chess scores "6.5", Gini coefficients "0.34", pH, household sizes, median
ages, patches "14.12" and versions), phone numbers (US, with extensions, British five-digit
areas and mobiles, "0300" and "0800", "159", "116 123", "999", "311", text-to-give "KELP to
70123", and numbers in Norway, Croatia, Georgia, the Maldives, Argentina, Chile, Iceland,
Austria and Belgium), fractions ("1 in 5", "6⅔ innings", "6½/9", "½ mile", "1½ miles", "a
¾oz lure", "a ½-inch brush", "12¾ acres", glyphs and "3/8"), regnal numerals (kings of England,
Hungary and the Franks, an Ottoman sultan, a queen of Spain, dukes and kings of Bohemia, kings
of Poland, maharajas of Mysore, Baroda and Thanjavur, electors of Brandenburg, a prince of
Montenegro, a Kushan emperor, grand dukes of Tuscany, a Mamluk sultan, a sultan of Zanzibar,
dukes of Brittany, Burgundy and Lorraine, counts of Holland, Flanders, Savoy and Barcelona,
Cilician kings, princes of Transylvania, Roman and Byzantine emperors) and series numerals
(games "Hearts of Iron IV", "Battlefield V", "Mafia III", "Fable II", "Assassin's Creed II",
"Soulcalibur VI", "Kingdom Come: Deliverance II", "Dawn of War II"; boats and vessels "Trieste
II", "Gipsy Moth IV", "Shamrock V", "Australia II", "Mayflower II", "Sealab II"; arms "Panzer
IV", "Matilda II", "Minuteman III", "a Mark IV tank", "Spitfire Mk IX", "Fokker D.VII",
"Colossus Mark II"; Kandinsky's "Composition VIII"; the film "Major League II"; "the XIX Pan
American Games" and "the XIX Mediterranean Games" as ordinals), ranges ("6-12 weeks", "45-60
mins", "7–10°C", "12-18 knots", "3-5ft", "20–25%", "Tue–Sun", "10am-6pm", "14–18 June",
"2025–2030", "£20,000-£30,000" auction estimates, "£35-£55"), web addresses, e-mail, handles
and hashtags (.fish, .wine, .beer, .art, .salon, .hair, .camp, .dental, .law, .tennis, .boats,
.surf, .no, .hr, .is, .at, .cl, .ar, .ge, .mv, .gov.au; "agnieszka.kaczmarek@..."), addresses
(US fishing, sailing and wine towns, with suites, ZIP+4 and P.O. boxes; British fishing and
walking towns with postcodes, flats and units; Australian coast and wine towns with states
and postcodes), titles and abbreviations (RSM, WO2, Lt Cdr, HHJ, GM, IM, WGM, FM, Cdre; MW,
BDS, FBDO, DSO, MC, VC after a name; "Pt" and "Ft." before a place, "Mtn", "Cyn" and "Bch"
after one; BYOB, RRP, POA, "a.k.a.", ETA, TBC, "Q&A", "NB", "w/", "Dept.", "Ref."; "No. 14",
"#14"; street types and "St." as Saint) and mixed sentences with two to four numbers of
different kinds (landings, dates and values; vintages, bottles and prices; finals, audiences
and prize pools; lots, hammer prices and estimates; tanks, years and weights; hosepipe bans;
salon bookings; trails; dental lists and waits; visa fees; tennis scores and match lengths;
chess scores and ratings; pitch counts, innings and speeds; ocean passages; census growth;
frames and second pairs). Frames and words are new: no sentence, counted noun, name,
street, city, host or ruler here was used by a committed English set (checked against the
inputs of every tn-unseen/*en*.tsv up to round 112 and the word lists of every earlier round
script; months, weekdays, states, street types, courtesy titles, units, currencies and common
words recur). Labels are English as a newsreader speaks it, from first principles; where
English has two usual readings all are accepted, written " ‖ " between them ("four point five
percent A B V ‖ ... alcohol by volume", "B Y O B ‖ bring your own bottle", "three twelve ‖
point three one two", "ten forty eight ‖ one point zero four eight", "half a mile ‖ a half
mile", "six and a half out of nine", "a twenty five percent buyer's premium"). The "and" after
hundred or thousand, "oh" for a zero and letters said one by one are folded by the comparison
(score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r116.py [--per-class 24] [--seed 857]

writes crates/text-normalizer/tests/data/tn-unseen/r116-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, digits, ordw
from unseen_r2 import split
from unseen_r95 import cards, point_zero, to_roman, two_years, with_written, year_readings, \
    zero_variants
from unseen_r98 import (clock_slot, combo_row, count_slot, fill, fill_slots, fraction_slot,
                        mixed_number_slot, ord_slot, pct_slot, street_row, suite)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (address_slot, age_slot, clock_range, date_slot, decade_slot, minus_slot,
                         points_slot, rooms, version_slot, year_slot)
from unseen_r104 import days_slot, extension_slot, num_range, tax_year_slot
from unseen_r106 import date_range_slot, era_year, possessive, stat_slot, uk5_slot
from unseen_r108 import attributive, class_slot, nongeo_slot, one_in_slot, pounds, said_cents
from unseen_r112 import (DIRECTIONS, app_fee_slot, big_sum, dollars, fee_slot, plan_slot,
                         price_range_slot, retail_slot, transfer_slot, unit_gen, was_slots)
from unseen_r112 import abroad_slot as abroad_slot_r112
from unseen_r112 import clock as clock_r112
from unseen_r112 import date as date_r112
from unseen_r112 import text_slot as text_slot_r112
from unseen_r112 import web_slot as web_slot_r112

LITRE = ["liters", "litres"]
KG = ["kilograms", "kilos"]
M = ["meters"]
KM = ["kilometers"]


def halves(whole: int, tenth: int) -> list[str]:
    """A number with one decimal: "six point five", and a half also "six and a half"."""
    out = [f"{card(whole)} point {card(tenth)}"]
    if tenth == 5:
        out.append(f"{card(whole)} and a half")
    return out


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it)
COUNT_FRAMES = [("The crew shot {X} along the edge of the reef.", ["creels", "lobster pots"],
                 999),
                ("The château's cellar holds {X}.", ["magnums", "hogsheads"], 9999),
                ("The brewery now fills {X} a week.", ["kegs", "firkins"], 9999),
                ("The saleroom offered {X} in its spring print sale.",
                 ["lithographs", "etchings", "watercolours"], 999),
                ("The regimental museum keeps {X} in its stores.", ["bayonets", "muskets"],
                 9999),
                ("Engineers fixed {X} during the heatwave.", ["leaks"], 9999),
                ("The salon did {X} on the Saturday before Christmas.",
                 ["blow-dries", "manicures"], 150),
                ("The farm campsite has {X} in the orchard.", ["yurts", "glamping pods"], 30),
                ("The practice fitted {X} last year.", ["veneers", "implants"], 9999),
                ("The tribunal heard {X} in the first quarter.", ["asylum appeals"], 99999),
                ("The census counted {X} in the valley.", ["dwellings"], 99999),
                ("The open chess congress attracted {X}.", ["entrants", "grandmasters"], 600),
                ("The ballpark is giving away {X} on opening night.", ["bobbleheads"], 40000),
                ("The new marina has moorings for {X}.", ["yachts"], 900)]
AGE_FRAMES = [("The skipper, {X}, has fished these waters all his life.", 30, 80),
              ("{a} {X}-year-old grandmaster won the rapid section.", 14, 25),
              ("The winemaker, {X}, took over the vineyard from her mother.", 28, 66),
              ("The pitcher, {X}, has agreed a one-year deal.", 21, 42),
              ("The veteran, {X}, has lent his medals to the museum.", 86, 99),
              ("The barber, {X}, has cut hair on the same corner for decades.", 55, 90),
              ("Campers under {X} must be with an adult at all times.", 16, 18),
              ("The {X}-year-old sailor is attempting a solo circumnavigation.", 16, 75)]
STAT_FRAMES = [("The survival game has passed {X}.", "wishlists"),
               ("The board game's crowdfunding page has {X}.", "backers")]
# A count before a noun, hyphenated: (frame, the written word after the number, its reading,
# the numbers that fit).
ATTR_FRAMES = [("The outdoor shop's best seller is {a} {X} tent.", "-person", "person",
                [1, 2, 3, 4, 6, 8]),
               ("The museum's star exhibit is {a} {X} cannon.", "-pounder", "pounder",
                [6, 9, 12, 18, 24, 32]),
               ("Pack {a} {X} sleeping bag for the winter trek.", "-season", "season", [3, 4]),
               ("Our club fields {a} {X} team in the county league.", "-board", "board",
                [4, 6, 8])]


def attr_count_slot(rng, word: str, said: str, numbers) -> tuple[str, list[str]]:
    """A count before its noun: "2-person" ("two person"), "24-pounder", "4-season"."""
    n = pick(rng, numbers)
    mark = word if rng.random() < 0.8 else word.replace("-", " ")
    return f"{n}{mark}", [f"{card(n)} {said}"]


def count(rng, part, age_frames=AGE_FRAMES, attr_frames=ATTR_FRAMES, count_frames=COUNT_FRAMES,
          stat_frames=STAT_FRAMES, attr_count_slot=attr_count_slot):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.25:
        frame, lo, hi = pick(rng, split(age_frames, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.33:
        frame, noun = stat_frames[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.42:
        frame, word, said, numbers = pick(rng, split(attr_frames, part))
        return fill(frame, *attr_count_slot(rng, word, said, numbers))
    frame, nouns, most = pick(rng, split(count_frames, part))
    noun = pick(rng, nouns)
    w, said = count_slot(rng, max(2, most // 50), most)
    return fill(frame, f"{w} {noun}", [f"{c} {noun}" for c in said])


# ----------------------------------------------------------------------------- ordinals

ORDINAL_FRAMES = [("The vineyard is bringing in its {X} harvest.", 2, 160),
                  ("She won her {X} Grand Slam title on Sunday.", 2, 24),
                  ("The home side scored twice in the bottom of the {X}.", 1, 9),
                  ("The {X}-century armour is on loan from a private collection.", 14, 17),
                  ("The brewery is celebrating its {X} anniversary with a special ale.", 10,
                   200),
                  ("This is the country's {X} census since independence.", 2, 15),
                  ("Our yacht crossed the line {X} in the coastal race.", 1, 40),
                  ("The esports side finished {X} at the world championship.", 1, 16),
                  ("This is your {X} reminder about your dental check-up.", 2, 3),
                  ("The auction house is holding its {X} sale of maritime paintings.", 2, 90),
                  ("The trail climbs the {X} highest peak in the range.", 2, 10),
                  ("The appeal will be heard on the {X} floor of the courthouse.", 1, 12)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before[-1]) if before else "the"))


# -------------------------------------------------------------------------------- dates

DATE_FRAMES = [("The sea bass season reopens on {X}.", 2025, 2027),
               ("Picking at the estate began on {X}.", 2018, 2025),
               ("The expansion pack comes out on {X}.", 2025, 2026),
               ("The seascape was sold at auction on {X}.", 1985, 2025),
               ("The museum's new medal gallery opens on {X}.", 2025, 2026),
               ("The hosepipe ban was lifted on {X}.", 2018, 2025),
               ("Your colour appointment is booked for {X}.", 2025, 2026),
               ("Your next eye test is due on {X}.", 2025, 2027),
               ("The asylum hearing was adjourned until {X}.", 2025, 2026),
               ("The final round of the chess championship is on {X}.", 2025, 2026),
               ("The last census in the islands was taken on {X}.", 1991, 2024),
               ("The regatta was called off on {X} because of gales.", 2005, 2025)]


def date(rng, part):
    return date_r112(rng, part, date_frames=DATE_FRAMES)


# -------------------------------------------------------------------------------- years

YEAR_FRAMES = [("The lifeboat station on the point opened in {X}.", 1860, 1990),
               ("Ale has been brewed on this site since {X}.", 1750, 1990),
               ("The first home console in the collection came out in {X}.", 1972, 2010),
               ("The reservoir above the town was built in {X}.", 1880, 1980),
               ("The family has run the barber's shop since {X}.", 1920, 2005),
               ("The youth hostel by the lake opened in {X}.", 1930, 1990),
               ("The tennis club laid its first grass courts in {X}.", 1880, 1970),
               ("The optician's on the high street opened in {X}.", 1900, 2000)]
FROM_FRAMES = [("The fort was manned by the coastal artillery from {X}.", 1890, 1945),
               ("She sailed for the national team from {X}.", 1975, 2005)]
BETWEEN_FRAMES = ["The old whaling station was worked between {X}.",
                  "The island's population halved between {X}."]
VINTAGE_FRAMES = ["The cellar's best claret is the {X} vintage.",
                  "Critics rate the {X} vintage as the estate's finest."]
TARGET_FRAMES = ["The water company has promised to end routine sewage spills by {X}.",
                 "The fishing fleet aims to be carbon neutral by {X}."]
CIRCA_FRAMES = ["The harbour scene, {X}, goes under the hammer on Friday.",
                "The flintlock pistol in the case is dated {X}."]
SUMMER_FRAMES = ["My grandfather still talks about the drought of {X}.",
                 "The chess club's trophy has stayed with one family since {X}."]
ERA_FRAMES = [("The bronze helmet was made in about {X}.", ["BC", "BCE"]),
              ("The trading ship sank off the cape in about {X}.", ["AD", "CE"])]
SEASON_FRAMES = ["The chess league's {X} season starts in October.",
                 "Water bills for {X} rise by an average of nine percent."]
FUTURE_FRAMES = ["Some fish stocks could collapse by {X}.",
                 "The census office expects the population to peak in {X}."]
FUTURE_DECADES = [("the 2050s", ["the twenty fifties", "the two thousand fifties"]),
                  ("the 2060s", ["the twenty sixties", "the two thousand sixties"]),
                  ("the 2070s", ["the twenty seventies", "the two thousand seventies"])]


def circa_slot(rng) -> tuple[str, list[str]]:
    """An auction or museum date: "c. 1890", "c.1750", "ca. 1820" ("circa eighteen ninety")."""
    y = rng.randint(1620, 1910)
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
        a = rng.randint(1904, 1950) if i == 0 else rng.randint(1951, 2005)
        b = a + rng.randint(8, 20)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.22:
        return fill(VINTAGE_FRAMES[i], *year_slot(rng, 1982, 2022))
    if k < 0.28:
        y = pick(rng, [2027, 2030, 2035, 2040, 2045, 2050])
        return fill(TARGET_FRAMES[i], str(y), year_readings(y))
    if k < 0.35:
        return fill(CIRCA_FRAMES[i], *circa_slot(rng))
    if k < 0.4:
        return fill(SUMMER_FRAMES[i], *class_slot(rng))
    if k < 0.47:
        return fill(ERA_FRAMES[i][0], *era_year(rng, pick(rng, ERA_FRAMES[i][1])))
    if k < 0.52:
        return fill(SEASON_FRAMES[i], *tax_year_slot(rng))
    if k < 0.57:
        return fill(FUTURE_FRAMES[i], *pick(rng, FUTURE_DECADES))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.7:
        return fill(frame, *decade_slot(rng, first, last))
    return fill(frame, *year_slot(rng, first, last))


# ---------------------------------------------------------------------------- clock times

ZONES = [("MVT", ["M V T", "Maldives Time"]), ("SCT", ["S C T", "Seychelles Time"]),
         ("GALT", ["G A L T", "Galápagos Time", "Galapagos Time"]),
         ("TAHT", ["T A H T", "Tahiti Time"]), ("UZT", ["U Z T", "Uzbekistan Time"]),
         ("AZT", ["A Z T", "Azerbaijan Time"]),
         ("FKST", ["F K S T", "Falkland Islands Summer Time"])]
ZONES_24 = [("ALMT", ["A L M T", "Alma-Ata Time", "Almaty Time"]),
            ("MMT", ["M M T", "Myanmar Time", "Myanmar Standard Time"]),
            ("GYT", ["G Y T", "Guyana Time"]),
            ("ULAT", ["U L A T", "Ulaanbaatar Time", "Ulaanbaatar Standard Time"])]
TIME_FRAMES = [("The mackerel trips leave the quay at {X}.", "AM"),
               ("The brewery tour sets off from the taproom at {X}.", None),
               ("Doors open for the grand final at {X}.", "PM"),
               ("Bidding in the saleroom starts at {X}.", None),
               ("The regimental museum shuts at {X} on Sundays.", "PM"),
               ("Water supplies should be back on by {X}.", None),
               ("The salon's late opening runs until {X} on Thursdays.", "PM"),
               ("Please vacate your pitch by {X} on the day you leave.", "AM"),
               ("Your appointment with the hygienist is at {X}.", "PM"),
               ("The tribunal sits again at {X} tomorrow.", "AM"),
               ("Play on the outside courts starts at {X}.", None),
               ("First pitch at the ballpark is at {X}.", "PM")]
ZONE_FRAMES = ["The online auction of ship models closes at {X}.",
               "The chess final is streamed live at {X}.",
               "The race leaders are expected to cross the line at {X}.",
               "The esports qualifier kicks off at {X}."]


def zone_slot(rng) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. MVT") or 24-hour ("14:35 ALMT", read
    "fourteen thirty five")."""
    if rng.random() < 0.35:
        zone, said = pick(rng, ZONES_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}:{mi} {zone}", [f"{card(h)} {card(mi)} {z}" for z in said]
    zone, said = pick(rng, ZONES)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def clock(rng, part):
    return clock_r112(rng, part, time_frames=TIME_FRAMES, zone_frames=ZONE_FRAMES,
                      zone_slot=zone_slot)


# -------------------------------------------------------------------------------- money

# (frame, the cheapest and dearest whole price that fits it)
RETAIL_FRAMES = [("A pint of the house pale ale is {X}.", 4, 8),
                 ("A bottle of the estate Riesling costs {X}.", 9, 35),
                 ("The game's deluxe edition is {X}.", 55, 95),
                 ("A cut and blow-dry at the salon costs {X}.", 25, 70),
                 ("A scale and polish with the hygienist is {X}.", 45, 95),
                 ("The museum's guidebook is {X} in the shop.", 5, 14)]
VISA_FRAMES = ["The fee for a family visa rises to {X} in April.",
               "Applying for citizenship now costs {X}."]
FINE_FRAMES = [("The skipper was given {a} {X} fine for landing undersized cod.", "£",
                "pound"),
               ("The owner faces {a} {X} fine for letting his boat sink in the harbor.", "$",
                "dollar")]
PRIZE_FRAMES = ["The tournament offers {a} {X} prize pool.",
                "Organisers have confirmed {a} {X} prize pool for the finals."]
PINT_FRAMES = ["The craft lager is {X} a pint.", "The reserve Shiraz is {X} a bottle."]
APP_FRAMES = ["Premium membership of the chess site costs {X}.",
              "The salon's blow-dry club is {X}."]
BILL_FRAMES = ["Your water bill for the half-year is {X}.",
               "Your treatment at the dental practice came to {X}."]
SMALL_FEE_FRAMES = ["There is a {X} booking fee on every tasting.",
                    "The campsite adds a {X} charge for each dog."]
CODES = [("KZT", ["tenge", "Kazakh tenge", "Kazakhstani tenge"], (2000, 900000)),
         ("UZS", ["som", "Uzbek som", "sum"], (20000, 900000)),
         ("AZN", ["manat", "Azerbaijani manat"], (10, 900)),
         ("XPF", ["francs", "CFP francs", "Pacific francs"], (500, 60000)),
         ("MVR", ["rufiyaa", "Maldivian rufiyaa"], (100, 9000)),
         ("SCR", ["rupees", "Seychellois rupees", "Seychelles rupees"], (100, 9000)),
         ("ARS", ["pesos", "Argentine pesos"], (1000, 900000)),
         ("CLP", ["pesos", "Chilean pesos"], (1000, 900000)),
         ("OMR", ["rials", "Omani rials"], (10, 900)),
         ("TND", ["dinars", "Tunisian dinars"], (10, 900)),
         ("BWP", ["pula", "Botswana pula"], (50, 5000)),
         ("ETB", ["birr", "Ethiopian birr"], (100, 20000))]
SIGNS = [("₸", ["tenge"], (2000, 90000)), ("₼", ["manat"], (10, 400)),
         ("N$", ["Namibian dollars", "dollars"], (50, 4000))]
ABROAD_FRAMES = ["The boat trip out to the reef cost {X}.",
                 "Our guide on the glacier hike charged {X}."]
WAS_FRAMES = ["Three-season tent: was {A}, now {B}.",
              "Polarised sunglasses, was {A}, now only {B}."]
LARGE_MONEY_FRAMES = [("The seascape by the marine painter sold for {X} at the evening sale.",
                       False),
                      ("The new wing of the war museum cost {X}.", False),
                      ("The water company was fined {X} for sewage spills.", False),
                      ("The fleet's catch was worth {X} last year.", False),
                      ("The publisher paid {X} for the studio behind the shooter.", True),
                      ("The craft brewery was sold for {X}.", False)]


def visa_slot(rng) -> tuple[str, list[str]]:
    """A fee in whole pounds or dollars: "£1,630", "$760", "£719"."""
    sym, said = pick(rng, [("£", pounds), ("£", pounds), ("$", dollars)])
    n = rng.randint(450, 2600)
    return f"{sym}{with_written(n, rng, 0.8)}", said(n)


def fine_slot(rng, sym: str, unit: str) -> tuple[str, list[str]]:
    """A fine before its noun: "a £5,000 fine" ("a five thousand pound fine")."""
    n = pick(rng, [250, 500, 750, 1000, 1500, 2000, 2500, 5000, 8000, 10000, 12000, 20000])
    return f"{sym}{with_written(n, rng, 0.8)}", [f"{c} {unit}" for c in attributive(n)]


def prize_slot(rng) -> tuple[str, list[str]]:
    """A prize pool before its noun: "$250K" ("two hundred and fifty thousand dollar"),
    "$1.5M", "$2 million" ("two million dollar")."""
    sym, unit = pick(rng, [("$", "dollar"), ("$", "dollar"), ("£", "pound"), ("€", "euro")])
    k = rng.random()
    if k < 0.4:
        n = rng.randrange(50, 990, 10)
        return f"{sym}{n}{pick(rng, ['K', 'k'])}", [f"{c} thousand {unit}"
                                                    for c in attributive(n)]
    if k < 0.75:
        whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
        return (f"{sym}{whole}.{tenth}{pick(rng, ['M', 'm', ' million'])}",
                [f"{h} million {unit}" for h in halves(whole, tenth)])
    n = rng.randint(2, 30)
    return f"{sym}{n}{pick(rng, [' million', 'M', 'm'])}", [f"{card(n)} million {unit}"]


def per_slot(rng, lo: int, hi: int) -> tuple[str, list[str]]:
    """A price with pence or cents a pint or a bottle: "£6.40", "€18", "$9.50"."""
    sym, unit, one, small = pick(rng, [("£", "pounds", "pound", "pence"),
                                       ("£", "pounds", "pound", "pence"),
                                       ("€", "euros", "euro", "cents"),
                                       ("$", "dollars", "dollar", "cents")])
    whole = rng.randint(lo, hi)
    if rng.random() < 0.3:
        return f"{sym}{whole}", [f"{c} {unit}" for c in cards(whole)]
    c = pick(rng, [10, 20, 30, 40, 50, 60, 70, 80, 90, 45, 95, 25, 75])
    return f"{sym}{whole}.{c}", said_cents(whole, c, unit, one, small)


def abroad_money_slot(rng) -> tuple[str, list[str]]:
    """A sum with a code before or after it ("KZT 45,000", "1,200 MVR") or a sign before it
    ("₸15,000", "₼45", "N$350")."""
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
    if k < 0.18:
        frame, lo, hi = pick(rng, split(RETAIL_FRAMES, part))
        return fill(frame, *retail_slot(rng, lo, hi))
    if k < 0.25:
        return fill(VISA_FRAMES[i], *visa_slot(rng))
    if k < 0.32:
        frame, sym, unit = FINE_FRAMES[i]
        return fill(frame, *fine_slot(rng, sym, unit))
    if k < 0.38:
        return fill(PRIZE_FRAMES[i], *prize_slot(rng))
    if k < 0.45:
        return fill(PINT_FRAMES[i], *(per_slot(rng, 4, 8) if i == 0 else per_slot(rng, 12, 40)))
    if k < 0.5:
        return fill(APP_FRAMES[i], *app_fee_slot(rng))
    if k < 0.56:
        return fill(BILL_FRAMES[i], *transfer_slot(rng))
    if k < 0.61:
        return fill(SMALL_FEE_FRAMES[i], *fee_slot(rng))
    if k < 0.71:
        return fill(ABROAD_FRAMES[i], *abroad_money_slot(rng))
    if k < 0.78:
        return fill_slots(WAS_FRAMES[i], was_slots(rng, part))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *big_sum(rng, large))


# ------------------------------------------------------------------------------ measures

def pick_gen(values, units):
    """A number of `values` and a unit of `units` ((written unit, readings))."""
    def gen(rng, part) -> tuple[str, list[str]]:
        n = pick(rng, values)
        sym, words = pick(rng, units)
        return f"{with_written(n, rng, 0.8)}{sym}", [f"{c} {w}" for c in cards(n)
                                                     for w in words]
    return gen


def canvas_slot(rng, part) -> tuple[str, list[str]]:
    """A painting's size: "120 x 90 cm", "61cm x 46cm", "76 × 63.5cm" ("a hundred and twenty by
    ninety centimeters")."""
    a = rng.randrange(30, 180, pick(rng, [1, 5, 10]))
    b = rng.randrange(20, a, pick(rng, [1, 5]))
    bs = [card(b)]
    bw = str(b)
    if rng.random() < 0.2:
        bw, bs = f"{b}.5", [f"{card(b)} point five", f"{card(b)} and a half"]
    pairs = [(x, y) for x in cards(a) for y in bs]
    said = [f"{x} by {y} centimeters" for x, y in pairs] + \
        [f"{x} centimeters by {y} centimeters" for x, y in pairs]
    k = rng.randrange(3)
    if k == 0:
        return f"{a} x {bw} cm", said
    if k == 1:
        return f"{a}cm x {bw}cm", said
    return f"{a} × {bw}cm", said


def density_slot(rng, part) -> tuple[str, list[str]]:
    """A population density: "148 people per km²", "62 people per sq km"."""
    n = rng.randint(12, 950)
    unit = pick(rng, ["km²", "km²", "sq km", "square kilometre"])
    return f"{n} people per {unit}", [f"{c} people per square kilometer" for c in cards(n)]


def fps_slot(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [30, 60, 60, 120, 144])
    return f"{n}{pick(rng, ['fps', ' fps', ' FPS'])}", [f"{c} {u}" for c in cards(n)
                                                         for u in ("frames per second",
                                                                   "f p s")]


KNOTS = [(" knots", ["knots"]), ("kn", ["knots"]), (" kts", ["knots"])]
MPH = [("mph", ["miles per hour", "miles an hour"]), (" mph", ["miles per hour",
                                                               "miles an hour"])]
KMH = [("km/h", ["kilometers per hour", "kilometers an hour"]),
       (" km/h", ["kilometers per hour", "kilometers an hour"])]
MEASURE_FRAMES = [
    ("The trench plunges to {X} below the surface.",
     unit_gen([("m", M), (" m", M), (" metres", M)], 6000, 10935)),
    ("The tagged shark was picked up {X} off the coast.",
     unit_gen([(" nautical miles", ["nautical miles"])], 3, 250)),
    ("The yacht averaged {X} on the last leg.", unit_gen(KNOTS, 7, 24, 0.4)),
    ("Gusts reached {X} on the headland overnight.", unit_gen(MPH + KMH, 45, 110)),
    ("Sea temperatures off the island reached {X} this week.",
     unit_gen([("°C", ["degrees Celsius", "degrees"])], 14, 29, 0.3)),
    ("The brewery produced {X} of beer last year.",
     unit_gen([(" hectolitres", ["hectoliters", "hectolitres"]),
               ("hl", ["hectoliters", "hectolitres"]),
               (" hl", ["hectoliters", "hectolitres"])], 1500, 90000)),
    ("Each of the new oak barrels holds {X}.",
     pick_gen([225, 228, 300, 500], [(" litres", LITRE), ("L", LITRE), (" l", LITRE)])),
    ("The painting measures {X}.", canvas_slot),
    ("The bronze statue weighs {X}.",
     unit_gen([(" tonnes", ["tonnes", "tons"]), ("t", ["tonnes", "tons"])], 1, 9, 0.5)),
    ("The new water main is {X} long.",
     unit_gen([("km", KM), (" km", KM), (" miles", ["miles"])], 2, 40, 0.4)),
    ("Mains pressure should be at least {X} at the kitchen tap.",
     unit_gen([(" bar", ["bar"])], 1, 3, 1.0)),
    ("The reservoir holds {X} when full.",
     unit_gen([(" megalitres", ["megaliters", "megalitres"]),
               (" Ml", ["megaliters", "megalitres"])], 2000, 90000)),
    ("The path climbs {X} to the summit cairn.",
     unit_gen([(" feet", ["feet"]), ("ft", ["feet"]), ("m", M), (" metres", M)], 300, 3500)),
    ("My rucksack weighed {X} with food and water.",
     unit_gen([("kg", KG), (" kg", KG)], 8, 22, 0.4)),
    ("The ultralight tent weighs just {X}.",
     unit_gen([("g", ["grams"]), (" g", ["grams"])], 850, 2400)),
    ("The ridge walk is {X} in all.",
     unit_gen([("km", KM), (" km", KM), (" miles", ["miles"])], 8, 30, 0.4)),
    ("The console runs the remaster at {X}.", fps_slot),
    ("Her fastest serve was clocked at {X}.", unit_gen(KMH + MPH, 150, 225)),
    ("The hair extensions are {X} long.",
     unit_gen([(" inches", ["inches"]), ('"', ["inches"]), ("in", ["inches"])], 14, 26)),
    ("Mix the toner with {X} of developer.",
     unit_gen([("ml", ["milliliters", "millilitres"]), (" ml", ["milliliters",
                                                                "millilitres"])], 20, 90)),
    ("The lens is {X} thick at the edge.",
     unit_gen([("mm", ["millimeters"]), (" mm", ["millimeters"])], 1, 7, 1.0)),
    ("The wreck lies in {X} of water.", unit_gen([(" fathoms", ["fathoms"])], 6, 60)),
    ("The census puts the density at {X}.", density_slot),
    ("The season's fastest pitch was clocked at {X}.", unit_gen(MPH, 98, 104, 0.4)),
]
CARP_FRAMES = ["The carp on the bank weighed {X}.", "The angler landed {a} {X} mirror carp."]
WAVE_FRAMES = ["Forecasters expect {X} waves on the exposed coast.",
               "The ferry was cancelled because of {X} seas."]
BOTTLE_FRAMES = ["The dessert wine comes in {a} {X} bottle.", "The stout is sold in {a} {X} can."]
GUN_FRAMES = ["The battleship's main armament was eight {X} guns.",
              "The fort's {X} gun has been restored by volunteers."]


def carp_slot(rng, attr: bool) -> tuple[str, list[str]]:
    """A fish in pounds and ounces: "32lb 6oz" ("thirty two pounds six ounces"; before its noun
    "thirty two pound six ounce")."""
    lb, oz = rng.randint(12, 48), rng.randint(1, 15)
    written = pick(rng, [f"{lb}lb {oz}oz", f"{lb}lb {oz}oz", f"{lb} lb {oz} oz"])
    if attr:
        return written, [f"{card(lb)} pound {card(oz)} ounce"]
    ozs = "ounce" if oz == 1 else "ounces"
    return written, [f"{card(lb)} pounds {card(oz)} {ozs}",
                     f"{card(lb)} pounds and {card(oz)} {ozs}"]


def wave_slot(rng) -> tuple[str, list[str]]:
    """Waves before their noun: "4m" ("four meter"), "4.5-metre", "12ft" ("twelve foot")."""
    if rng.random() < 0.3:
        n = rng.randint(6, 30)
        return f"{n}{pick(rng, ['ft', '-foot', ' ft'])}", [f"{card(n)} foot"]
    whole = rng.randint(2, 9)
    mark = pick(rng, ["m", "m", "-metre", " m"])
    if rng.random() < 0.4:
        tenth = pick(rng, [5, 5, rng.randint(1, 9)])
        return f"{whole}.{tenth}{mark}", [f"{h} meter" for h in halves(whole, tenth)]
    return f"{whole}{mark}", [f"{card(whole)} meter"]


def bottle_slot(rng, can: bool) -> tuple[str, list[str]]:
    """A container's size before its noun: "75cl" ("seventy five centiliter"), "37.5cl",
    "440ml" ("four hundred and forty milliliter")."""
    if can:
        n = pick(rng, [330, 440, 500, 568])
        return f"{n}{pick(rng, ['ml', ' ml', 'ml'])}", [f"{card(n)} {u}" for u in
                                                        ("milliliter", "millilitre")]
    if rng.random() < 0.3:
        return "37.5cl", [f"{h} {u}" for h in halves(37, 5) for u in ("centiliter",
                                                                      "centilitre")]
    n = pick(rng, [50, 75, 75, 70])
    return f"{n}{pick(rng, ['cl', ' cl', 'cl'])}", [f"{card(n)} {u}" for u in
                                                    ("centiliter", "centilitre")]


def gun_slot(rng, ship: bool) -> tuple[str, list[str]]:
    """A gun by its bore or shot: a battleship's "15-inch" ("fifteen inch") or "13.5-inch";
    a fort's also "9.2-inch", "88mm" ("eighty eight millimeter") or "25-pounder"."""
    k = rng.randrange(2 if ship else 4)
    if k == 0:
        n = pick(rng, [11, 12, 14, 15, 16, 18] if ship else [4, 6, 12, 14, 15, 16])
        return f"{n}{pick(rng, ['-inch', 'in', '-inch'])}", [f"{card(n)} inch"]
    if k == 1:
        whole, tenth = pick(rng, [(13, 5)] if ship else
                            [(9, 2), (4, 5), (5, 5), (7, 5)])
        return f"{whole}.{tenth}-inch", [f"{h} inch" for h in halves(whole, tenth)]
    if k == 2:
        n = pick(rng, [37, 40, 75, 88, 105, 155])
        return f"{n}{pick(rng, ['mm', 'mm', ' mm'])}", [f"{c} millimeter" for c in
                                                        attributive(n)]
    n = pick(rng, [6, 12, 18, 25, 32])
    return f"{n}-pounder", [f"{card(n)} pounder"]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.08:
        return fill(GUN_FRAMES[i], *gun_slot(rng, i == 0))
    if k < 0.16:
        return fill(CARP_FRAMES[i], *carp_slot(rng, i == 1))
    if k < 0.23:
        return fill(WAVE_FRAMES[i], *wave_slot(rng))
    if k < 0.3:
        return fill(BOTTLE_FRAMES[i], *bottle_slot(rng, i == 1))
    frame, gen = pick(rng, split(MEASURE_FRAMES, part))
    return fill(frame, *gen(rng, part))


# --------------------------------------------------------------------------- percentages

PERCENT_FRAMES = [("The response rate to the census reached {X}.", 85, 98, True),
                  ("The island's population grew by {X} in a decade.", 1, 12, True),
                  ("Reservoir stocks have fallen to {X} of capacity.", 40, 90, False),
                  ("Inflation eased to {X} in May.", 1, 9, True),
                  ("Cod landings at the port fell by {X} last year.", 5, 40, True),
                  ("She won {X} of her first-serve points in the final.", 60, 85, False),
                  ("The salon's prices go up by {X} from Monday.", 3, 10, False),
                  ("Only {X} of the river sites passed the bathing water test.", 20, 70,
                   False)]
ABV_FRAMES = ["The new pale ale is {X}.", "The cider on draught is {X}."]
PREMIUM_FRAMES = ["The auction house charges {a} {X} buyer's premium.",
                  "Bidders online pay {a} {X} buyer's premium on every lot."]
MINUS_FRAMES = ["Pub beer sales came in at {X} on the year.",
                "The value of the fleet's catch changed by {X} over the quarter."]
POINTS_FRAMES = [("Support for the new immigration law fell by {X} points.", 1, 6),
                 ("The employment rate rose {X} percentage points in the survey.", 1, 4)]


def abv_slot(rng) -> tuple[str, list[str]]:
    """Strength of a beer: "4.5% ABV" ("four point five percent A B V", "alcohol by volume"),
    "0.5% abv" ("nought point five"), "11% ABV"."""
    tails = ("A B V", "alcohol by volume")
    tag = pick(rng, ["ABV", "ABV", "abv"])
    k = rng.random()
    if k < 0.15:
        return f"0.5% {tag}", [f"{z} percent {t}" for z in ("zero point five", "nought point five",
                                                           "point five")
                               for t in tails]
    if k < 0.35:
        n = rng.randint(4, 8)
        return f"{n}% {tag}", [f"{card(n)} percent {t}" for t in tails]
    whole, tenth = rng.randint(3, 7), rng.randint(1, 9)
    return f"{whole}.{tenth}% {tag}", [f"{h} percent {t}" for h in halves(whole, tenth)
                                       for t in tails]


def premium_slot(rng) -> tuple[str, list[str]]:
    """A buyer's premium before its noun: "25%" ("twenty five percent"), "27.5%"."""
    if rng.random() < 0.25:
        return "27.5%", ["twenty seven point five percent", "twenty seven and a half percent"]
    n = pick(rng, [12, 15, 18, 20, 22, 24, 25, 26, 28])
    return f"{n}{pick(rng, ['%', '%', ' per cent'])}", [f"{card(n)} percent"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.14:
        return fill(ABV_FRAMES[i], *abv_slot(rng))
    if k < 0.24:
        return fill(PREMIUM_FRAMES[i], *premium_slot(rng))
    if k < 0.31:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    if k < 0.38:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, the smallest and largest value, its decimal places)
DECIMAL_FRAMES = [("The median age in the census rose to {X}.", 38.0, 44.9, 1),
                  ("The Riesling has a pH of {X}.", 2.9, 3.6, 2),
                  ("The average household now has {X} people.", 2.1, 2.7, 2),
                  ("The ocean's surface pH has dropped to {X}.", 8.02, 8.15, 2),
                  ("Clients rate the salon {X} out of five.", 4.1, 4.9, 1),
                  ("The Gini coefficient for the region rose to {X}.", 0.24, 0.52, 2)]
AVERAGE_FRAMES = ["The catcher finished the season batting {X}.",
                  "The rookie is hitting {X} since the break."]
ERA_FRAMES_D = ["The left-hander finished the year with {a} {X}.",
                "The closer carries {a} {X} into the playoffs."]
PRESCRIPTION_FRAMES = ["The prescription for her left eye is {X}.",
                       "His new lenses are {X} in both eyes."]
GRAVITY_FRAMES = ["The stout has an original gravity of {X}.",
                  "The wort came in at a gravity of {X}."]
SCORE_FRAMES = ["She finished the open on {X} points.", "The grandmaster scored {X} points."]
PATCH_FRAMES = ["Patch {X} nerfs the sniper rifle.", "Update the game to version {X}."]


def between_slot(rng, lo: float, hi: float, places: int) -> tuple[str, list[str]]:
    """A decimal from lo to hi with up to `places` decimals ("8.07", "0.34", "40.6"): the
    digits after the point one by one, below one also "nought point" or "point"."""
    scale = 10 ** places
    n = rng.randint(round(lo * scale), round(hi * scale))
    while n % 10 == 0:
        n = rng.randint(round(lo * scale), round(hi * scale))
    whole, frac = divmod(n, scale)
    frac_s = f"{frac:0{places}d}"
    return f"{whole}.{frac_s}", [s for d in zero_variants(digits(frac_s))
                                 for s in point_zero(whole, d)]


def average_slot(rng) -> tuple[str, list[str]]:
    """A batting average: ".312" ("three twelve", "point three one two")."""
    n = rng.randint(210, 349)
    while n % 100 < 10:
        n = rng.randint(210, 349)
    return f".{n}", [f"{card(n // 100)} {card(n % 100)}"] + \
        zero_variants(f"point {digits(str(n))}")


def era_slot(rng) -> tuple[str, list[str]]:
    """An earned run average with its letters: "2.85 ERA"."""
    whole, c = rng.randint(1, 5), rng.randint(10, 99)
    heads = zero_variants(f"{card(whole)} point {digits(f'{c:02d}')}") + \
        [f"{card(whole)} {card(c)}"]
    return f"{whole}.{c:02d} ERA", [f"{h} {t}" for h in heads for t in ("E R A",
                                                                       "earned run average")]


def prescription_slot(rng) -> tuple[str, list[str]]:
    """A lens power in quarters: "-2.75" ("minus two point seven five", "minus two seventy
    five")."""
    whole, q = rng.randint(1, 6), pick(rng, [25, 50, 75])
    sign = pick(rng, ["-", "-", "−"])
    heads = zero_variants(f"{card(whole)} point {digits(str(q))}") + [f"{card(whole)} {card(q)}"]
    if q == 50:
        heads.append(f"{card(whole)} point five")
    return f"{sign}{whole}.{q}", [f"{m} {h}" for m in ("minus", "negative") for h in heads]


def gravity_slot(rng) -> tuple[str, list[str]]:
    """A brewer's gravity: "1.048" ("ten forty eight", "one point zero four eight")."""
    n = rng.randint(32, 98)
    return f"1.0{n}", zero_variants(f"one point zero {digits(str(n))}") + [f"ten {card(n)}"]


def score_slot(rng) -> tuple[str, list[str]]:
    """A chess score with a half point: "6.5" ("six point five", "six and a half")."""
    n = rng.randint(3, 9)
    return f"{n}.5", halves(n, 5)


def patch_slot(rng, part) -> tuple[str, list[str]]:
    """A game's patch, "14.12" ("fourteen point twelve", "fourteen point one two"), or a
    version of one-digit parts."""
    if part == "held" and rng.random() < 0.5:
        return version_slot(rng)
    a, b = rng.randint(4, 25), rng.randint(1, 24)
    if b < 10:
        return f"{a}.{b}", [f"{card(a)} point {card(b)}"]
    return f"{a}.{b}", [f"{card(a)} point {card(b)}", f"{card(a)} point {digits(str(b))}"]


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(AVERAGE_FRAMES[i], *average_slot(rng))
    if k < 0.2:
        return fill(ERA_FRAMES_D[i], *era_slot(rng))
    if k < 0.3:
        return fill(PRESCRIPTION_FRAMES[i], *prescription_slot(rng))
    if k < 0.38:
        return fill(GRAVITY_FRAMES[i], *gravity_slot(rng))
    if k < 0.45:
        return fill(SCORE_FRAMES[i], *score_slot(rng))
    if k < 0.55:
        return fill(PATCH_FRAMES[i], *patch_slot(rng, part))
    frame, lo, hi, places = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *between_slot(rng, lo, hi, places))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["To book a fishing trip, call {X}.",
                "Tastings at the vineyard can be booked on {X}.",
                "For a free valuation, ring the saleroom on {X}.",
                "To report a leak, call {X}.",
                "To book a cut and colour, ring {X}.",
                "The campsite warden can be reached on {X}.",
                "For an emergency dental appointment, call {X}.",
                "The immigration advice line is {X}."]
SHORT_LINES = [("If a caller claims to be from your bank, hang up and dial {X}.", "159",
                ["one five nine"]),
               ("Samaritans can be reached free, day or night, on {X}.", "116 123",
                ["one one six one two three"]),
               ("If someone is in trouble in the water, dial {X} and ask for the Coastguard.",
                "999", ["nine nine nine"]),
               ("To report a broken water main in the city, call {X}.", "311",
                ["three one one"])]
TEXT_FRAMES = ["To give five pounds to the lifeboat crew, text {X}.",
               "Text {X} to give three pounds to the seal sanctuary."]
KEYWORDS = ["KELP", "FINS", "SURF", "SHELL"]
# (country code, readings after "plus", groups, the digits the number opens with): Norway,
# Croatia, Georgia, the Maldives, Argentina, Chile, Iceland, Austria, Belgium.
ABROAD = [("47", ["four seven", "forty seven"], (3, 2, 3), "49"),
          ("385", ["three eight five"], (2, 3, 4), "9"),
          ("995", ["nine nine five"], (3, 2, 2, 2), "5"),
          ("960", ["nine six zero", "nine six oh", "nine sixty"], (3, 4), "79"),
          ("54", ["five four", "fifty four"], (1, 3, 3, 4), "9"),
          ("56", ["five six", "fifty six"], (1, 4, 4), "9"),
          ("354", ["three five four"], (3, 4), "68"),
          ("43", ["four three", "forty three"], (3, 3, 4), "6"),
          ("32", ["three two", "thirty two"], (3, 2, 2, 2), "4")]


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

FRACTION_FRAMES = ["Nearly {X} of the fish stocks assessed are overfished.",
                   "Hail destroyed {X} of the grape harvest in the valley.",
                   "Around {X} of the museum's collection is kept in storage.",
                   "Leaks account for about {X} of the water put into supply.",
                   "About {X} of the entrants at the congress were juniors.",
                   "Around {X} of adults say they never floss.",
                   "Almost {X} of the town's residents were born abroad.",
                   "More than {X} of the pitches have an electric hook-up."]
ONE_IN_FRAMES = ["About {X} adults have never had an eye test.",
                 "Roughly {X} players in the league were born overseas."]
INNINGS_FRAMES = ["The starter lasted {X} innings.",
                  "He has thrown {X} scoreless innings this month."]
CHESS_FRAMES = ["She won the rapid event with {X}.", "The top seed finished on {X}."]
DISTANCE_FRAMES = ["The campsite is {X} from the beach.",
                   "The trailhead is {X} past the village."]
ATTR_FRAC_FRAMES = ["Use a {X} flat brush for the sky.", "Try a {X} lure off the rocks."]
ACRE_FRAMES = ["The vineyard covers {X} acres.", "The battlefield site covers {X} acres."]


def innings_slot(rng) -> tuple[str, list[str]]:
    """Innings pitched in thirds: "6⅔" ("six and two thirds"), "5 1/3"."""
    n = rng.randint(2, 8)
    glyph, slash, said = pick(rng, [("⅓", "1/3", ["a third", "one third"]),
                                    ("⅔", "2/3", ["two thirds"])])
    written = f"{n}{glyph}" if rng.random() < 0.5 else f"{n} {slash}"
    return written, [f"{card(n)} and {s}" for s in said]


def chess_slot(rng) -> tuple[str, list[str]]:
    """A score out of the rounds: "6½/9" ("six and a half out of nine"), "7/9"."""
    rounds = pick(rng, [7, 9, 9, 11])
    n = rng.randint(rounds // 2 + 1, rounds - 1)
    if rng.random() < 0.75:
        return f"{n}½/{rounds}", [f"{card(n)} and a half {w} {card(rounds)}"
                                  for w in ("out of", "from")]
    return f"{n}/{rounds}", [f"{card(n)} {w} {card(rounds)}" for w in ("out of", "from")]


def distance_frac_slot(rng) -> tuple[str, list[str]]:
    """"½ mile" ("half a mile", "a half mile"), "¼ mile", "¾ mile", "1½ miles"."""
    k = rng.randrange(4)
    if k == 0:
        return f"{pick(rng, ['½', '1/2'])} mile", ["half a mile", "a half mile",
                                                   "one half mile"]
    if k == 1:
        return f"{pick(rng, ['¼', '1/4'])} mile", ["a quarter of a mile", "a quarter mile",
                                                   "one quarter mile", "quarter of a mile"]
    if k == 2:
        return f"{pick(rng, ['¾', '3/4'])} mile", ["three quarters of a mile",
                                                   "three quarter mile", "three quarters mile"]
    n = rng.randint(1, 3)
    said = [f"{card(n)} and a half miles"] + (["a mile and a half"] if n == 1 else [])
    return f"{n}{pick(rng, ['½', ' 1/2'])} miles", said


def attr_frac_slot(rng, unit: str, word: str) -> tuple[str, list[str]]:
    """A fraction of an inch or an ounce before its noun, after "a": "½-inch" ("half inch",
    "one half inch"), "¾oz" ("three quarter ounce")."""
    glyph, slash, said = pick(rng, [("½", "1/2", ["half", "one half"]),
                                    ("¼", "1/4", ["quarter", "one quarter"]),
                                    ("¾", "3/4", ["three quarter", "three quarters"]),
                                    ("⅜", "3/8", ["three eighths", "three eighth"])])
    num = glyph if rng.random() < 0.6 else slash
    sep = "-" if unit == "inch" else ""
    return f"{num}{sep}{unit}", [f"{s} {word}" for s in said]


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(ONE_IN_FRAMES[i], *one_in_slot(rng))
    if k < 0.2:
        return fill(INNINGS_FRAMES[i], *innings_slot(rng))
    if k < 0.28:
        return fill(CHESS_FRAMES[i], *chess_slot(rng))
    if k < 0.38:
        return fill(DISTANCE_FRAMES[i], *distance_frac_slot(rng))
    if k < 0.46:
        unit, word = ("inch", "inch") if i == 0 else (pick(rng, ["oz", "oz"]), "ounce")
        return fill(ATTR_FRAC_FRAMES[i], *attr_frac_slot(rng, unit, word))
    if k < 0.54:
        return fill(ACRE_FRAMES[i], *mixed_number_slot(rng, 2, 60, 3))
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

# (name, the numerals it took, the title it is given, or None): kings of England, Hungary and
# the Franks, an Ottoman sultan, a queen of Spain, dukes and kings of Bohemia, kings of
# Poland, maharajas of Mysore, Baroda and Thanjavur, electors of Brandenburg, a prince of
# Montenegro, a Kushan emperor, grand dukes of Tuscany, Mamluk sultans, a sultan of Zanzibar,
# dukes of Brittany, Burgundy and Lorraine, counts of Holland, Flanders, Savoy and Barcelona,
# Cilician kings, princes of Transylvania, Roman and Byzantine emperors.
RULERS = [("Æthelred", [1, 2], "King"), ("Béla", [3, 4], "King"),
          ("Childebert", [1, 2, 3], "King"), ("Abdülmecid", [1], "Sultan"),
          ("Isabel", [2], "Queen"), ("Soběslav", [1, 2], "Duke"),
          ("Vladislav", [2], "King"), ("Władysław", [2, 4], "King"),
          ("Krishnaraja Wadiyar", [3, 4], "Maharaja"), ("Sayajirao Gaekwad", [3], "Maharaja"),
          ("Serfoji", [2], "Maharaja"), ("Joachim", [1, 2], "Elector"),
          ("Danilo", [1], "Prince"), ("Vasudeva", [1], "Emperor"),
          ("Ferdinando", [1, 2], "Grand Duke"), ("Baybars", [1, 2], "Sultan"),
          ("Khalifa", [2], "Sultan"), ("Arthur", [2, 3], "Duke"),
          ("Floris", [5], "Count"), ("Odo", [4], "Duke"),
          ("René", [1, 2], "Duke"), ("Arnulf", [1, 2], "Count"),
          ("Humbert", [2, 3], "Count"), ("Hetum", [1, 2], "King"),
          ("György Rákóczi", [1, 2], "Prince"), ("Gordian", [1, 3], "Emperor"),
          ("Constantius", [1, 2], "Emperor"), ("Justin", [1, 2], "Emperor"),
          ("Ramon Berenguer", [3, 4], "Count"), ("Carloman", [1, 2], "King"),
          ("Dirk", [6, 7], "Count"), ("Bolesław", [1], "King")]
REGNAL_FRAMES = ["The portrait of {X} fetched a record price at auction.",
                 "The vineyard was first planted in the reign of {X}.",
                 "The armour made for {X} is the museum's prize piece.",
                 "A silver coin of {X} was found by divers off the harbour wall.",
                 "The tapestry shows the crowning of {X}.",
                 "The bronze cannon was cast for {X}.",
                 "The sword is said to have belonged to {X}.",
                 "The charter granting the town a market was sealed by {X}."]
# Series in Roman numerals: (as written, the numbers it takes, the readings of the words
# before the number where they differ, frames). Dev takes the even ones, held-out the odd.
SERIES = [("Hearts of Iron", [4], None, ["Our esports society runs a {X} league.",
                                         "The war museum's café hosts a {X} night."]),
          ("Trieste", [2], None, ["The bathyscaphe {X} dived to the wreck of the submarine.",
                                  "A model of {X} stands in the ocean gallery."]),
          ("Battlefield", [5], None, ["The squad qualified for the {X} finals.",
                                      "My nephew plays {X} every evening."]),
          ("Gipsy Moth", [4], None, ["The ketch {X} is moored at the museum.",
                                     "Chichester sailed {X} round the world alone."]),
          ("Panzer", [3, 4], None, ["The restored {X} fires up once a year.",
                                    "A {X} stands outside the tank museum."]),
          ("Mafia", [2, 3], None, ["The shop has {X} on sale this week.",
                                   "Critics were kind to {X}."]),
          ("Shamrock", [5], None, ["The J-class yacht {X} raced at the regatta.",
                                   "The owners of {X} restored her in Italy."]),
          ("Matilda", [2], None, ["The museum's {X} needs a new engine.",
                                  "The {X} tank served in the desert."]),
          ("Composition", [7, 8, 10], None, ["Kandinsky's {X} is on loan to the gallery.",
                                             "A study for {X} comes up for sale next month."]),
          ("Fable", [2, 3], None, ["I replayed {X} over the holidays.",
                                   "The world of {X} is full of chickens."]),
          ("Australia", [2], None, ["The winged keel of {X} shocked the sailing world.",
                                    "The yacht {X} won the America's Cup."]),
          ("Minuteman", [3], None, ["A {X} missile is on show at the air museum.",
                                    "The silo once held a {X}."]),
          ("Assassin's Creed", [2], None, ["The gallery tour was inspired by {X}.",
                                              "{X} is set in Renaissance Italy."]),
          ("Mayflower", [2], None, ["The replica ship {X} sails again this summer.",
                                    "Visitors can go aboard {X} in the harbor."]),
          ("Spitfire Mk", [5, 9], "Spitfire Mark", ["A {X} flew over the museum.",
                                                    "The pilot's {X} is being restored."]),
          ("Soulcalibur", [6], None, ["The fighting game community still plays {X}.",
                                      "The tournament included {X}."]),
          ("Sealab", [2], None, ["Aquanauts lived on {X} for weeks.",
                                 "The crew of {X} was lowered off California."]),
          ("Mark", [4, 5], None, ["The museum's {X} tank is the oldest that still runs.",
                                  "A {X} tank crossed the trenches."]),
          ("Kingdom Come: Deliverance", [2], None, ["Historians advised on {X}.",
                                                     "The castle in {X} is based on a real one."]),
          ("Colossus Mark", [2], None, ["A rebuilt {X} runs at the codebreaking museum.",
                                        "The {X} went into service in June."]),
          ("Dawn of War", [2, 3], None, ["The esports cup featured {X}.",
                                         "Modders still patch {X}."]),
          ("Fokker D.", [7], "Fokker D", ["A {X} hangs in the aviation hall.",
                                          "The {X} was the best fighter of its war."]),
          ("Major League", [2], None, ["We watched {X} on the team bus.",
                                       "The ballpark showed {X} after the game."])]
GAMES_FRAMES = [("Tennis and sailing are on the programme of the {X} Pan American Games.",
                 [19, 20]),
                ("The chess federation sent a team to the {X} Mediterranean Games.",
                 [19, 20])]


def ruler_slot(rng, rulers) -> tuple[str, list[str]]:
    name, numbers, title = pick(rng, rulers)
    n = pick(rng, numbers)
    t = title + " " if title and rng.random() < 0.4 else ""
    return f"{t}{name} {to_roman(n)}", [f"{t}{name} the {ordw(n)}"]


def series_slot(rng, part) -> tuple[str, list[str], str]:
    name, numbers, said, frames = pick(rng, split(SERIES, part))
    n = pick(rng, numbers)
    sep = "" if name.endswith(".") else " "
    return f"{name}{sep}{to_roman(n)}", [f"{said or name} {card(n)}"], pick(rng, frames)


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.32:
        written, said, frame = series_slot(rng, part)
        return fill(frame, written, said)
    if k < 0.4:
        frame, numbers = GAMES_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    return fill(pick(rng, split(REGNAL_FRAMES, part)), *ruler_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "Most appeals are decided within {X} weeks.", 6, 20, 6, 2),
                ("num", "The ridge walk takes {X} hours.", 4, 9, 3, 1),
                ("num", "Book {X} weeks ahead for a Saturday appointment.", 2, 6, 3, 1),
                ("num", "The junior chess club is for children aged {X}.", 6, 16, 6, 1),
                ("mins", "A cut and finish takes {X}.", 30, 90, 30, 15),
                ("mins", "Allow {X} for the cellar tour and tasting.", 45, 90, 30, 15),
                ("pct", "Water bills could rise by {X} over the next five years.", 15, 40, 15,
                 5),
                ("pct", "Buyer's premiums usually run at {X}.", 20, 30, 8, 1),
                ("temp", "Serve the white wine at {X}.", 6, 12, 4, 1),
                ("temp", "Sea temperatures will be {X} this weekend.", 12, 22, 4, 1),
                ("knots", "Winds of {X} are forecast for the race.", 10, 30, 10, 2),
                ("ft", "Waves of {X} are expected at the point.", 2, 12, 4, 1)]
HOURS_FRAMES = ["The tasting room is open {X} daily.", "The saleroom is open for viewing {X}."]
DAYS_FRAMES = ["The salon is open {X}.", "The museum café is open {X}."]
DATE_RANGE_FRAMES = ["The regatta runs {X}.", "The chess congress takes place {X}."]
PLAN_FRAMES = ["The water company's investment plan covers {X}.",
               "The new fisheries strategy runs {X}."]
PRICE_FRAMES = ["Tickets for the grand final cost {X}.", "A cut and colour costs {X}."]
ESTIMATE_FRAMES = ["The seascape is estimated at {X}.", "The medal group should fetch {X}."]


def estimate_slot(rng) -> tuple[str, list[str]]:
    """An auction estimate: "£20,000-£30,000", "£20,000–30,000", "£2k-£3k" ("twenty thousand
    to thirty thousand pounds")."""
    sym, unit = pick(rng, [("£", "pounds"), ("£", "pounds"), ("$", "dollars"), ("€", "euros")])
    a = pick(rng, [rng.randrange(800, 9000, 200), rng.randrange(10000, 90000, 5000)])
    b = a + a // pick(rng, [2, 2, 1])
    b -= b % (1000 if a >= 10000 else 100)
    dash = pick(rng, ["-", "–"])
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    said = [f"{x} to {y} {unit}" for x, y in pairs] + \
        [f"{x} {unit} to {y} {unit}" for x, y in pairs]
    if a % 1000 == 0 and b % 1000 == 0 and rng.random() < 0.3:
        k = pick(rng, ["k", "K"])
        return f"{sym}{a // 1000}{k}{dash}{sym}{b // 1000}{k}", said
    second = f"{sym}{b:,}" if rng.random() < 0.5 else f"{b:,}"
    return f"{sym}{a:,}{dash}{second}", said


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
    if k < 0.3:
        return fill(PLAN_FRAMES[i], *plan_slot(rng))
    if k < 0.37:
        return fill(PRICE_FRAMES[i], *price_range_slot(rng))
    if k < 0.45:
        return fill(ESTIMATE_FRAMES[i], *estimate_slot(rng))
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
    if kind == "knots":
        return fill(frame, f"{a}{dash}{b}{pick(rng, [' knots', 'kn', ' kts'])}",
                    [f"{x} to {y} knots" for x, y in pairs])
    unit, words = pick(rng, [("ft", ["feet"]), (" ft", ["feet"]), ("m", M), (" metres", M)])
    return fill(frame, f"{a}{dash}{b}{unit}", [f"{x} to {y} {u}" for x, y in pairs
                                               for u in words])


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["riptide", "tidepool", "flyrod", "sinker", "keelboat", "vintner", "hopyard",
         "speedrun", "easel", "gavel", "gouache", "bayonet", "musket", "aquifer", "pipework",
         "balayage", "ponytail", "lipgloss", "bivouac", "switchback", "molar", "bifocal",
         "monocle", "backhand", "deuce", "checkmate", "gambit", "bullpen", "dugout",
         "mooring", "outrigger", "groundsheet"]
SUBDOMAINS = ["cellar", "catalogue", "visit", "stream"]
PATHS = ["tide-times", "price-list", "book-online", "opening-hours", "sale-results",
         "fixtures-and-results"]
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("co.uk", ["co dot u k"]),
        ("fish", ["fish"]), ("wine", ["wine"]), ("beer", ["beer"]), ("art", ["art"]),
        ("salon", ["salon"]), ("hair", ["hair"]), ("camp", ["camp"]), ("dental", ["dental"]),
        ("law", ["law"]), ("tennis", ["tennis"]), ("boats", ["boats"]), ("surf", ["surf"]),
        ("no", ["n o"]), ("hr", ["h r"]), ("is", ["i s"]), ("at", ["a t"]), ("cl", ["c l"]),
        ("ar", ["a r"]), ("ge", ["g e"]), ("mv", ["m v"]), ("gov.au", ["gov dot a u"])]
SITE_FRAMES = ["Tide times are posted on {X}.", "The full price list is on {X}.",
               "Book online at {X}.", "Opening hours are listed on {X}.",
               "Sale results appear on {X}.", "Fixtures and results are on {X}."]
MAIL_FRAMES = [("Charter bookings go to {X}.", "charters"),
               ("Send your wine club order to {X}.", "cellardoor"),
               ("Consignments for the next sale go to {X}.", "consign"),
               ("Report a sewage smell to {X}.", "odours"),
               ("Tournament entries go to {X}.", "entries"),
               ("Questions about your pitch go to {X}.", "warden"),
               ("Send referrals to {X}.", "referrals"),
               ("Appeal documents should be sent to {X}.", "casework")]
NAME_MAIL_FRAMES = ["Your caseworker can be reached at {X}.",
                    "The tournament director can be contacted at {X}."]
HANDLE_FRAMES = ["Follow {X} for catch reports.", "The salon posts new looks as {X}.",
                 "Match clips come from {X}.", "Lot previews are posted by {X}."]
HANDLE_TAILS = [("fc", "f c"), ("tv", "t v"), ("gg", "g g"), ("uk", "u k")]
HASHTAGS = [("TightLines", "tight lines"), ("CensusDay", "census day"),
            ("BreweryLife", "brewery life"), ("HairGoals", "hair goals")]
HASHTAG_FRAMES = ["Share your catch using {X}.", "Tag your photos with {X}."]


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
        first = pick(rng, split(MAIL_FIRST, part))
        sur = pick(rng, split(MAIL_SURNAMES, part))
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

# (city, state, the first three digits of its ZIP codes): fishing, sailing and wine towns.
CITIES = [("Cooperstown", "NY", "133"), ("Mystic", "CT", "063"), ("Montauk", "NY", "119"),
          ("Narragansett", "RI", "028"), ("Chatham", "MA", "026"),
          ("New Bedford", "MA", "027"), ("Bar Harbor", "ME", "046"), ("Kodiak", "AK", "996"),
          ("Homer", "AK", "996"), ("Cordova", "AK", "995"), ("Ilwaco", "WA", "986"),
          ("Coos Bay", "OR", "974"), ("Morro Bay", "CA", "934"), ("Healdsburg", "CA", "954"),
          ("Paso Robles", "CA", "934"), ("Walla Walla", "WA", "993"),
          ("McMinnville", "OR", "971"), ("Temecula", "CA", "925"), ("Annapolis", "MD", "214"),
          ("Apalachicola", "FL", "323"), ("Port Aransas", "TX", "783"),
          ("Chincoteague", "VA", "233"), ("Beaufort", "NC", "285"),
          ("Estes Park", "CO", "805")]
STREETS = ["Marlin", "Tarpon", "Halibut", "Bonito", "Wahoo", "Grouper", "Snapper", "Pompano",
           "Barracuda", "Albacore", "Yellowfin", "Bluefin", "Sturgeon", "Steelhead", "Chinook",
           "Sockeye", "Coho", "Pollock", "Flounder", "Mackerel", "Herring", "Sailfish",
           "Bonefish", "Swordfish", "Cobia", "Kingfish", "Redfish", "Croaker", "Wrasse",
           "Tautog", "Shad", "Dolphin"]
STREET_TYPES = [(["St.", "St"], "Street"), (["Ave.", "Ave"], "Avenue"), (["Rd.", "Rd"], "Road"),
                (["Dr.", "Dr"], "Drive"), (["Ln."], "Lane"), (["Pl."], "Place"),
                (["Ter."], "Terrace"), (["Pkwy", "Pkwy."], "Parkway"), (["Hwy"], "Highway")]
UK_TOWNS = [("Brixham", "TQ", 5), ("Newlyn", "TR", 18), ("Mevagissey", "PL", 26),
            ("Peterhead", "AB", 42), ("Fraserburgh", "AB", 43), ("Grimsby", "DN", 31),
            ("Lowestoft", "NR", 32), ("Cowes", "PO", 31), ("Lymington", "SO", 41),
            ("Falmouth", "TR", 11), ("Grasmere", "LA", 22), ("Braemar", "AB", 35),
            ("Amble", "NE", 65), ("Seahouses", "NE", 68), ("Craster", "NE", 66),
            ("Staithes", "TS", 13), ("Scarborough", "YO", 11), ("Hastings", "TN", 34),
            ("Anstruther", "KY", 10), ("Looe", "PL", 13), ("Porthleven", "TR", 13),
            ("Sheringham", "NR", 26), ("Mallaig", "PH", 41), ("Arbroath", "DD", 11),
            ("Eyemouth", "TD", 14), ("Hawick", "TD", 9), ("Sedbergh", "LA", 10),
            ("Dolgellau", "LL", 40), ("Llanberis", "LL", 55), ("Crail", "KY", 10)]
UK_STREETS = ["Sapphire", "Emerald", "Ruby", "Pearl", "Jade", "Amethyst", "Peridot", "Citrine",
              "Zircon", "Tourmaline", "Moonstone", "Obsidian", "Coral", "Beryl", "Turquoise",
              "Lapis", "Carnelian", "Aquamarine", "Diamond", "Spinel", "Jacinth", "Chalcedony",
              "Malachite", "Bloodstone", "Sunstone"]
UK_TYPES = [("Close", "Close"), ("Cl", "Close"), ("Avenue", "Avenue"), ("Ave", "Avenue"),
            ("Road", "Road"), ("Rd", "Road"), ("Crescent", "Crescent"), ("Way", "Way"),
            ("Drive", "Drive"), ("Gardens", "Gardens"), ("Mews", "Mews")]
# (town, state, postcode): Australian coast and wine towns.
AU_TOWNS = [("Eden", "NSW", "2551"), ("Ulladulla", "NSW", "2539"), ("Tanunda", "SA", "5352"),
            ("Mudgee", "NSW", "2850"), ("Esperance", "WA", "6450"), ("Broome", "WA", "6725"),
            ("Strahan", "TAS", "7468"), ("Bicheno", "TAS", "7215"), ("Lorne", "VIC", "3232"),
            ("Mallacoota", "VIC", "3892"), ("Noosa Heads", "QLD", "4567"),
            ("Airlie Beach", "QLD", "4802"), ("Kalbarri", "WA", "6536"),
            ("Coffin Bay", "SA", "5607")]
AU_STATES = {"NSW": ["New South Wales", "N S W"], "SA": ["South Australia", "S A"],
             "WA": ["Western Australia", "W A"], "TAS": ["Tasmania", "Tas"],
             "VIC": ["Victoria", "Vic"], "QLD": ["Queensland", "Q L D"]}
AU_STREETS = ["Shiraz", "Semillon", "Verdelho", "Grenache", "Mataro", "Riesling",
              "Chardonnay", "Merlot", "Malbec", "Tempranillo", "Viognier", "Marsanne",
              "Sangiovese", "Nebbiolo", "Pinotage", "Durif"]
AU_TYPES = [("Pde", "Parade"), ("St", "Street"), ("Rd", "Road"), ("Cct", "Circuit"),
            ("Cl", "Close"), ("Esp", "Esplanade")]
ADDRESS_FRAMES = [("Send your consignment forms to {X}.", True),
                  ("Our new dental surgery is at {X}.", False),
                  ("Wine club orders ship from {X}.", True),
                  ("The fishing charter leaves from {X}.", False),
                  ("Post your visa documents to {X}.", True),
                  ("The barber's has moved to {X}.", False),
                  ("Entries for the chess open go to {X}.", True),
                  ("The camp store is at {X}.", False)]


def room_slot(rng) -> tuple[str, list[str]]:
    r = rng.random()
    if r < 0.15:
        return suite(rng)
    if r < 0.3:
        return rooms(rng)
    return "", [""]


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "14 Ruby Close, Brixham TQ5 9AB"; the postcode's letters one by
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


def au_address(rng, part) -> tuple[str, list[str]]:
    """An Australian address: "23 Shiraz Pde, Tanunda SA 5352": the state by its name or its
    letters, the postcode digit by digit."""
    town, state, code = pick(rng, split(AU_TOWNS, part))
    n = rng.randint(2, 98)
    name = pick(rng, split(AU_STREETS, part))
    typ, word = pick(rng, AU_TYPES)
    codes = zero_variants(digits(code))
    return (f"{n} {name} {typ}, {town} {state} {code}",
            [f"{card(n)} {name} {word}, {town} {s} {c}" for s in AU_STATES[state]
             for c in codes])


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
    return fill(frame, *au_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Kaczmarek", "Wróbel", "Carvalho", "Figueiredo", "Magalhães", "Ribeiro",
            "Gonçalves", "Yıldız", "Öztürk", "Demirci", "Aydın", "Bergström", "Haugen",
            "Ngata", "Rewi", "Pohatu", "Kovács", "Farkas", "Horváth", "Balogh", "Przybylski",
            "Tavares", "Korkmaz", "Takács"]
WOMEN = ["Agnieszka", "Beatriz", "Inês", "Elif", "Zeynep", "Ingeborg", "Sigrid", "Aroha",
         "Réka", "Zsófia", "Małgorzata", "Gizem"]
MEN = ["Tomasz", "Wojciech", "Rodrigo", "Thiago", "Emre", "Kerem", "Torbjørn", "Eirik", "Tane",
       "Wiremu", "Bence", "Levente"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# Names as e-mail addresses write them: no marks over the letters.
MAIL_FIRST = ["agnieszka", "tomasz", "beatriz", "rodrigo", "elif", "emre", "sigrid", "eirik",
              "aroha", "tane", "reka", "bence"]
MAIL_SURNAMES = ["kaczmarek", "carvalho", "figueiredo", "ribeiro", "demirci", "haugen",
                 "ngata", "pohatu", "farkas", "balogh", "tavares", "korkmaz"]
MILITARY_FRAMES = ["{X} laid the wreath at the regimental memorial.",
                   "The medal parade was led by {X}.",
                   "{X} opened the new wing of the war museum.",
                   "{X} showed the cadets round the gun battery."]
CHESS_TITLE_FRAMES = ["{X} won the blitz title on Sunday.",
                      "The simultaneous display was given by {X}.",
                      "{X} drew with the world number three.",
                      "The chess camp is run by {X}."]
COURT_FRAMES = ["The appeal was heard by {X}.", "The deportation order was quashed by {X}."]
SAILING_FRAMES = ["{X} presented the prizes at the regatta.",
                  "The yacht club's dinner was hosted by {X}."]
# (abbreviation, readings, the frames it fits, whether the first name is a woman's)
TITLES = [("RSM", ["Regimental Sergeant Major", "R S M"], MILITARY_FRAMES, False),
          ("WO2", ["Warrant Officer Class Two", "W O two", "Warrant Officer two"],
           MILITARY_FRAMES, False),
          ("GM", ["Grandmaster", "G M"], CHESS_TITLE_FRAMES, False),
          ("HHJ", ["His Honour Judge", "Her Honour Judge", "H H J"], COURT_FRAMES, False),
          ("WGM", ["Woman Grandmaster", "W G M"], CHESS_TITLE_FRAMES, True),
          ("IM", ["International Master", "I M"], CHESS_TITLE_FRAMES, False),
          ("Cdre", ["Commodore"], SAILING_FRAMES, False),
          ("FM", ["FIDE Master", "F M"], CHESS_TITLE_FRAMES, False),
          ("Lt Cdr", ["Lieutenant Commander"], SAILING_FRAMES + MILITARY_FRAMES[:2], False)]
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Prof.", "Professor")]
TITLE_FRAMES = ["The trophy for the best catch went to {X}.",
                "{X} opened the new gallery at the auction house.",
                "The new salon was opened by {X}.",
                "{X} cut the ribbon at the new water treatment works.",
                "The new census figures were published by {X}.",
                "{X} judged the homebrew competition."]
MEDAL_FRAMES = ["The talk on the desert war is given by {X}.",
                "The medals were donated by the family of {X}."]
# After a name: (abbreviation, reading, the comma before it (None: either), frames).
SUFFIXES = [("MW", "M W", None, ["The tasting is led by {X}.",
                                 "The wine list was chosen by {X}."]),
            ("BDS", "B D S", None, ["Your check-up will be carried out by {X}.",
                                    "The new dental surgery is run by {X}."]),
            ("FBDO", "F B D O", None, ["Your new glasses were fitted by {X}.",
                                       "Frames are chosen with help from {X}."]),
            ("DSO", "D S O", ",", MEDAL_FRAMES), ("MC", "M C", ",", MEDAL_FRAMES),
            ("VC", "V C", "", MEDAL_FRAMES)]
# Before a place: (abbreviation, word, places, frames).
PLACES = [("Pt", "Point", ["Bonita", "Hope", "Pinos", "Vicente"],
           ["Whale watching trips leave from {X}.", "The lighthouse at {X} is open on weekends.",
            "Surf at {X} was too big to paddle out.", "We camped above {X} for two nights."]),
          ("Ft.", "Fort", ["Pulaski", "Clinch", "Stanwix", "Moultrie"],
           ["Cannon fire is re-enacted at {X} every summer.", "The ferry to {X} leaves hourly.",
            "Rangers at {X} give talks on the siege.", "The museum at {X} reopens in May."])]
# After a name: (abbreviation, word, names, frames).
AFTER = [("Mtn", "Mountain", ["Cadillac", "Sugarloaf", "Whiteface", "Cheaha"],
          ["The trail up {X} is closed after the storm.", "We watched the sunrise from {X}.",
           "Rangers on {X} warn hikers about ice.", "The hut on {X} sleeps twelve."]),
         ("Cyn", "Canyon", ["Havasu", "Paria", "Bryce", "Kolob"],
          ["The trail through {X} floods in summer.", "Permits for {X} sell out in minutes.",
           "Our guide knows {X} well.", "Camping in {X} needs a permit."]),
         ("Bch", "Beach", ["Pismo", "Cannon", "Rialto", "Hanauma"],
          ["Surf lessons at {X} start at nine.", "The pier at {X} reopens in June.",
           "Fishing from {X} is allowed at night.", "Lifeguards at {X} raised the red flag."])]
ABBREVIATIONS = [("BYOB: the campsite barbecue starts at dusk.",
                  ["B Y O B: the campsite barbecue starts at dusk.",
                   "Bring your own bottle: the campsite barbecue starts at dusk."]),
                 ("New releases are sold below RRP.",
                  ["New releases are sold below R R P.",
                   "New releases are sold below recommended retail price.",
                   "New releases are sold below the recommended retail price."]),
                 ("The rarest lots are marked POA in the catalogue.",
                  ["The rarest lots are marked P O A in the catalogue.",
                   "The rarest lots are marked price on application in the catalogue."]),
                 ("Our skipper, a.k.a. the Fish Whisperer, knows every wreck.",
                  ["Our skipper, also known as the Fish Whisperer, knows every wreck.",
                   "Our skipper, a k a the Fish Whisperer, knows every wreck."]),
                 ("ETA at the harbour is just after dusk.",
                  ["E T A at the harbour is just after dusk.",
                   "Estimated time of arrival at the harbour is just after dusk."]),
                 ("Venue for the chess final: TBC.",
                  ["Venue for the chess final: T B C.",
                   "Venue for the chess final: to be confirmed."]),
                 ("A Q&A with the winemaker follows the tasting.",
                  ["A Q and A with the winemaker follows the tasting.",
                   "A question and answer session with the winemaker follows the tasting."]),
                 ("NB: the museum is closed on bank holidays.",
                  ["N B: the museum is closed on bank holidays.",
                   "Nota bene: the museum is closed on bank holidays.",
                   "Note: the museum is closed on bank holidays."]),
                 ("Grass pitch w/ electric hook-up.",
                  ["Grass pitch with electric hook-up."]),
                 ("Please write to the Dept. of Immigration.",
                  ["Please write to the Department of Immigration."]),
                 ("Please quote your Ref. when you call the water company.",
                  ["Please quote your reference when you call the water company."])]
NUMBER_FRAMES = ["The Turner watercolour is listed as {X} in the catalogue.",
                 "Our campervan is parked on pitch {X}."]
STREET_FRAMES = ["A burst main has flooded {X}.",
                 "The new barber's on {X} opens on Saturday.",
                 "Diversions are in place on {X} while the sewer is relined.",
                 "The chess café is at the corner of {X}."]
FEASTS = ["Erasmus", "Apollonia", "Barbara", "Ivo", "Fiacre", "Finbarr", "Drogo", "Odile"]
COMBO_FRAMES = ["{T} {S} blessed the fishing fleet at St. {F}'s on {N} Rd.",
                "The St. {F}'s wine fair on {N} St. was opened by {T} {S}.",
                "{T} {S} unveiled the war memorial at St. {F}'s on {N} Ave.",
                "{T} {S} runs the St. {F}'s sea swim from {N} Dr."]
STREET_ABBRS = {"St.": "Street", "Ave.": "Avenue", "Rd.": "Road", "Dr.": "Drive",
                "Blvd.": "Boulevard", "Ln.": "Lane"}


def number_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(1, 60) if part == "dev" else rng.randint(2, 90)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words, frames, woman = pick(rng, split(TITLES, part))
        frame = pick(rng, split(frames, part))
        names = WOMEN if woman else FIRST_NAMES
        first = pick(rng, split(names, part)) + " " if rng.random() < 0.4 else ""
        return fill(frame, f"{abbr} {first}{sur}", [f"{w} {first}{sur}" for w in words])
    if k == 1:
        abbr, word = pick(rng, COURTESY)
        if rng.random() < 0.4:
            abbr = abbr.rstrip(".")
        frame = pick(rng, split(TITLE_FRAMES, part))
        return fill(frame, f"{abbr} {sur}", [f"{word} {sur}"])
    if k == 2:
        first = pick(rng, split(FIRST_NAMES, part))
        abbr, word, comma, frames = pick(rng, SUFFIXES)
        if comma is None:
            comma = "," if rng.random() < 0.4 else ""
        frame = pick(rng, split(frames, part))
        return fill(frame, f"{first} {sur}{comma} {abbr}", [f"{first} {sur}{comma} {word}"])
    if k == 3:
        written, said = pick(rng, split(ABBREVIATIONS, part))
        return written, " ‖ ".join(said)
    if k == 4:
        abbr, word, names, frames = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        if abbr == "Pt" and rng.random() < 0.3:
            abbr = "Pt."
        return fill(pick(rng, split(frames, part)), f"{abbr} {name}", [f"{word} {name}"])
    if k == 5:
        abbr, word, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        dot = "." if rng.random() < 0.3 else ""
        return fill(pick(rng, split(frames, part)), f"{name} {abbr}{dot}", [f"{name} {word}"])
    if k == 6:
        if rng.random() < 0.5:
            return fill(NUMBER_FRAMES[0 if part == "dev" else 1], *number_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Revd", "Reverend"), ("Rev.", "Reverend")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

def landing_slots(rng, part) -> dict:
    """Tonnes landed, the day and what they were worth."""
    t = rng.randint(12, 400)
    return {"A": (f"{t}{pick(rng, [' tonnes', 't', ' tonnes'])}",
                  [f"{c} {u}" for c in cards(t) for u in ("tonnes", "tons")]),
            "B": date_slot(rng, 2025, 2026, 0.0, 0.0),
            "C": big_sum(rng, False)}


def vintage_slots(rng, part) -> dict:
    y = rng.randint(1995, 2023)
    n = rng.randrange(1200, 60000, 100)
    return {"A": (str(y), year_readings(y)), "B": (with_written(n, rng, 0.8), cards(n)),
            "C": per_slot(rng, 14, 90)}


def final_slots(rng, part) -> dict:
    """An esports final: the day, the audience ("1.2M", "850K") and the prize money."""
    if rng.random() < 0.5:
        n = rng.randrange(120, 990, 10)
        audience = (f"{n}K", [f"{c} thousand" for c in cards(n)])
    else:
        whole, tenth = rng.randint(1, 6), rng.randint(1, 9)
        audience = (f"{whole}.{tenth}M", [f"{h} million" for h in halves(whole, tenth)])
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.0), "B": audience,
            "C": big_sum(rng, False)}


def lot_slots(rng, part) -> dict:
    lot = rng.randint(2, 480)
    price = rng.randrange(1200, 95000, 100)
    return {"A": (str(lot), cards(lot)), "B": (f"£{price:,}", pounds(price)),
            "C": pct_slot(rng, 10, 80, False)}


def tank_slots(rng, part) -> dict:
    """A tank by its mark, the year it was built and its weight."""
    mark = pick(rng, [4, 5])
    y = rng.randint(1916, 1918)
    t = rng.randint(27, 33)
    return {"A": (f"Mark {to_roman(mark)}", [f"Mark {card(mark)}"]),
            "B": (str(y), year_readings(y)),
            "C": (f"{t}{pick(rng, [' tonnes', 't', ' tons'])}",
                  [f"{card(t)} {u}" for u in ("tonnes", "tons")])}


def ban_slots(rng, part) -> dict:
    return {"A": clock_slot(rng, None, 0.4), "B": date_slot(rng, 2025, 2026, 0.0, 0.2),
            "C": count_slot(rng, 20000, 900000)}


def salon_time(rng) -> tuple[str, list[str]]:
    """An appointment in opening hours, on the hour or a quarter: "10:15am", "2 p.m.",
    "3.30pm" ("three thirty PM")."""
    h, m = pick(rng, [9, 10, 11, 12, 1, 2, 3, 4, 5]), pick(rng, [0, 15, 30, 45])
    if h == 12 and not m:
        m = 30
    half = "AM" if 9 <= h <= 11 else "PM"
    mark = pick(rng, [half.lower(), half.lower(), f"{half[0].lower()}.m.", half])
    gap = "" if mark.islower() and "." not in mark and rng.random() < 0.6 else " "
    if not m:
        return f"{h}{gap}{mark}", [f"{card(h)} {half}"]
    sep = "." if mark.islower() and "." not in mark and rng.random() < 0.4 else ":"
    return f"{h}{sep}{m:02d}{gap}{mark}", [f"{card(h)} {card(m)} {half}"]


def salon_slots(rng, part) -> dict:
    return {"A": date_slot(rng, 2025, 2026, 0.0, 0.6), "B": salon_time(rng),
            "C": retail_slot(rng, 45, 160)}


def trail_slots(rng, part) -> dict:
    km = rng.randint(8, 32)
    up = rng.randrange(300, 1500, 10)
    h = rng.randint(3, 9)
    return {"A": (f"{km}{pick(rng, ['km', ' km'])}", [f"{card(km)} kilometers"]),
            "B": (f"{with_written(up, rng, 0.7)}{pick(rng, ['m', ' m'])}",
                  [f"{c} meters" for c in cards(up)]),
            "C": (str(h), [card(h)])}


def dental_slots(rng, part) -> dict:
    n = rng.randrange(2000, 14000, 10)
    d = rng.randint(3, 12)
    w = rng.randint(6, 40)
    return {"A": (with_written(n, rng, 0.8), cards(n)), "B": (str(d), [card(d)]),
            "C": (str(w), [card(w)])}


def visa_fee_slots(rng, part) -> dict:
    pct = rng.randint(5, 35)
    fee = rng.randint(600, 2600)
    return {"A": (f"{pct}%", [f"{card(pct)} percent"]),
            "B": (f"£{with_written(fee, rng, 0.8)}", pounds(fee)),
            "C": date_slot(rng, 2025, 2026, 0.5, 0.0)}


def tennis_slots(rng, part) -> dict:
    """A match score of two or three sets ("6-4, 3-6, 7-5": "six four, three six, seven five")
    and its length in hours and minutes."""
    sets = pick(rng, [[(6, 4), (6, 3)], [(6, 4), (3, 6), (7, 5)], [(7, 5), (6, 2)],
                      [(6, 3), (4, 6), (6, 4)], [(6, 2), (7, 5)], [(3, 6), (6, 3), (6, 4)]])
    dash = pick(rng, ["-", "–"])
    written = ", ".join(f"{a}{dash}{b}" for a, b in sets)
    said = ", ".join(f"{card(a)} {card(b)}" for a, b in sets)
    h = rng.randint(1, 3)
    m = rng.randint(2, 58)
    return {"A": (written, [said]), "B": (str(h), [card(h)]), "C": (str(m), [card(m)])}


def chess_slots(rng, part) -> dict:
    age = rng.randint(12, 19)
    gain = rng.randint(8, 60)
    return {"A": (str(age), [card(age)]), "B": chess_slot(rng), "C": (str(gain), [card(gain)])}


def pitch_slots(rng, part) -> dict:
    n = rng.randint(78, 118)
    return {"A": (str(n), cards(n)), "B": innings_slot(rng),
            "C": unit_gen(MPH, 95, 102)(rng, part)}


def passage_slots(rng, part) -> dict:
    """An ocean passage: the distance, the days and the average speed, which agree."""
    days = rng.randint(12, 30)
    speed = rng.randint(50, 95) / 10
    nm = int(speed * 24 * days) // 10 * 10
    whole, tenth = int(speed), round(speed * 10) % 10
    s = f"{whole}.{tenth}" if tenth else str(whole)
    return {"A": (f"{with_written(nm, rng, 0.8)} nautical miles",
                  [f"{c} nautical miles" for c in cards(nm)]),
            "B": (str(days), [card(days)]),
            "C": (f"{s} knots", [f"{h} knots" for h in (halves(whole, tenth) if tenth
                                                        else [card(whole)])])}


def census_slots(rng, part) -> dict:
    pct = pct_slot(rng, 2, 15, True)
    n = rng.randrange(12000, 950000, 100)
    a = rng.randint(2001, 2011)
    b = a + 10
    return {"A": pct, "B": (with_written(n, rng, 0.8), cards(n)),
            "C": (f"{a} and {b}", two_years(a, b, "and"))}


def optician_slots(rng, part) -> dict:
    price = rng.randrange(39, 149, 10)
    off = pick(rng, [20, 25, 30, 40, 50])
    return {"A": (f"£{price}", pounds(price)), "B": (f"{off}%", [f"{card(off)} percent"]),
            "C": date_slot(rng, 2025, 2026, 0.0, 0.0)}


# (frame, {slot: generator}, or a function (rng, part) -> {slot: (written, readings)}); dev
# takes the even frames, held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The trawlers landed {A} of mackerel on {B}, worth {C}.", landing_slots),
    ("The {A} vintage ran to {B} bottles at {C} each.", vintage_slots),
    ("The grand final on {A} drew an online audience of {B} and paid out {C}.", final_slots),
    ("Lot {A} sold for {B}, {C} above its top estimate.", lot_slots),
    ("The museum's {A} tank, built in {B}, weighs {C}.", tank_slots),
    ("The hosepipe ban starts at {A} on {B} and affects {C} people.", ban_slots),
    ("Your cut and colour on {A} at {B} comes to {C}.", salon_slots),
    ("The trail is {A} long, climbs {B} and takes about {C} hours.", trail_slots),
    ("The dental practice serves {A} people with a team of {B}, and the wait is {C} weeks.",
     dental_slots),
    ("The visa fee went up by {A} to {B} on {C}.", visa_fee_slots),
    ("She won {A} in {B} hours and {C} minutes.", tennis_slots),
    ("The {A}-year-old scored {B} and added {C} to her rating.", chess_slots),
    ("His pitch count reached {A} over {B} innings, topping out at {C}.", pitch_slots),
    ("The yacht sailed {A} in {B} days, averaging {C}.", passage_slots),
    ("The population rose {A} to {B} between {C}.", census_slots),
    ("Frames start at {A}, with {B} off a second pair until {C}.", optician_slots),
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
    unseen.round_main("r116", None, per_class=24, seed=857, en=EN)


if __name__ == "__main__":
    main()
