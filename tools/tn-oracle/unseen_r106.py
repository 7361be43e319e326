"""Hundred-and-sixth round (issue 33), English, every class at once, written after round 105 only
to measure the rules, by an independent writer who did not read them or run the normalizer, in
the text a user of a speech product pastes, from sources the earlier rounds did not draw on:
podcast show notes, sports commentary, cooking blogs, gaming and tech reviews, travel
itineraries and timetables, weather bulletins for sailors, election results, obituaries and
wedding announcements, classified ads, scientific abstracts, parliamentary reports,
customer-service e-mails and airline and hotel confirmations. Counts (and ages: "The bride,
29,", "aged 87", "a 19-year-old substitute", "players aged 18+"; channel figures, "48K
listeners", "1.2M subscribers"), ordinals ("in the 89th minute", "its 2nd reading", "the
3rd-largest constituency", "his 100th birthday", "the top of the 7th inning"), dates (every
common format: written out, cut short, with weekdays, "June 14th, 2025", British "14/06/2025",
European "14.06.2025", US "6/14/25", ISO, and an e-ticket's "14 JUN 2025" and "14JUN"), years
(decades, "the 2010s", "the summer of '76", "from 1983 to 1997", "between 2015 and 2019",
"4500 BC", "the 3rd century BC", "Q3 2025", "FY2025/26", parliamentary sessions "2024-25"),
clock times with and without zones (AST, NST, AKDT, HKT, SGT, KST, AWST, NZST; with 24-hour
times EET, EEST, MSK, GST, WAT, EAT; "06:45" with its zero, "3 o'clock"), money (classified
prices "£250 ono", "$1,200 OBO"; hotel and airline totals with cents and codes NOK, DKK, CZK,
HUF, PLN, MXN, QAR, SAR, EGP, INR, HKD, KRW, MAD; lakh and crore, "₹2.5 lakh", "Rs 3 crore";
European "12,50 €" and "1.250 €"; rates "£180 pw", "$89/night", "£95 pppn", "£12.50 p/h";
coins before a noun, "50c coins"; game prices, transfer fees and campaign spending in millions
and billions), measures in the units of those sources (hPa, kcal, nits, dB, µg/mL, mg/kg, kDa,
µL, m², "55 x 40 x 20 cm", "6ft 4in", "14st 2lb", "2.0L", '6.7"', bearings "270°", oven
temperatures "180C", "-18°C"), percentages (vote shares, turnout, "±3.1%", "95% CI", "4.2pp",
basis points before a noun, "a 25bp cut"), decimals ("8.5/10", a "3.42 ERA", "p = 0.003",
"p<0.05", odds ratios, versions, a "4.8-star rating"), phone numbers (US, British five-digit
areas and mobiles, "+44 (0)1865 ...", French, Spanish, Italian, Dutch, Japanese, Singapore,
Hong Kong, Mexican and Emirati numbers), fractions (racing odds "5/2", "100/30", "won by 1½
lengths", "½ grapefruit", "size 9½", "1/10th", "a ⅔ majority", "1½ hours"), regnal numerals
(Frankish, Hittite, Thracian, Numidian, Croatian, Serbian, Portuguese, Kongo, Rashtrakuta,
Hoysala, Khmer, Monegasque and Savoyard rulers, popes, "Haile Selassie I", "Carl XVI Gustaf",
"Hamengkubuwono X") and series numerals (Super Bowls, WrestleMania, the world wars and "WWII",
film sequels, video games, albums, "the XXXIII Olympiad", "the starting XV"), ranges (shipping
forecast winds "SW 5-7", "SW'ly 5 to 7"; "Serves 4-6"; "14-18 June", "June 14-18";
"(1931-2025)"; "7-10am"; "£28-32k"; "pp. 112-118"; "18-21°C"; days and hours), web addresses,
e-mail, handles and hashtags (.fm, .gg, .travel, .it, .ch, .be, .dk, .no, .me, .blog, .show,
.games, .vote, .com.br; "https://"), addresses (US, with bends, heights, groves and hollows,
"#" units, ZIP+4 and P.O. boxes; British with postcodes, Canadian with provinces and postal
codes, Australian with states and postcodes), titles and abbreviations (US service ranks as
the services write them, "GySgt", "TSgt", "MSgt", "SFC", "MCPO", "CWO", "Midn."; "DCI";
clergy, "the Revd", "the Very Rev.", "Preb.", "Pstr.", "Sis."; "Comm.", "Prin.", "Treas.";
"Mx.", "Mlle"; MSP, MLA, FRS, KBE, DBE, CBE, FRCS, QPM, DDS, DVM, TD and "II" after a name;
"Pt.", "Ste.", "Jct.", "Int'l" and "Stn" in place names; "No. 3 seed", "approx.", "incl.",
"est.", "nr", "w/", "Utd", "vs.", "Dept.", "Univ.") and mixed sentences with two to four
numbers of different kinds (vote counts, majorities and turnout; deaths, ages and
grandchildren; flights, gates and e-ticket dates; hotel bookings; gusts, times and pressure;
goals, minutes and scores; oven temperatures and timings; frame rates, prices and review
scores; trains, platforms and journey times; classified cars; study cohorts; divisions in the
House; refunds; episodes and running times). Frames and words are new: no sentence, noun,
name, street, city, host or ruler here was used by a committed English set (checked against
the inputs of every tn-unseen/*en*.tsv, round 104's included, and the word lists of every
earlier round script; months, weekdays, states, street types, courtesy titles, units,
currencies, the series words of sport and war and .com/.org recur). Labels are English as a
newsreader speaks it, from first principles; where English has two usual readings all are
accepted, written " ‖ " between them ("five to two ‖ five two", "one and a half lengths ‖ a
length and a half", "southwest five to seven ‖ south west five to seven", "ten oh four
hectopascals ‖ one thousand four hectopascals", "six foot four ‖ six feet four inches"). The
"and" after hundred or thousand, "oh" for a zero and letters said one by one are folded by the
comparison (score_external.py's fold_en) and not listed.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r106.py [--per-class 24] [--seed 773]

writes crates/text-normalizer/tests/data/tn-unseen/r106-en-{dev,held}.tsv.
"""

from __future__ import annotations

import datetime

import unseen
from unseen import pick
from unseen_en import STATES, card, digits, ord_suffix, ordw
from unseen_r2 import split
from unseen_r95 import (MONTHS, WEEKDAYS, cards, house, point_zero, to_roman, two_years,
                        with_written, year_readings, zero_variants)
from unseen_r98 import (clock_slot, combo_row, count_slot, decimal_slot, en_classes, fill,
                        fraction_slot, mixed_class, noun_count, old_year, ord_slot, pct_slot, slot,
                        street_row, suite)
from unseen_r98 import phone_slot as us_phone_slot
from unseen_r100 import (age_slot, box_slot, clock_range, date_slot, decade_slot,
                         flight_slot, house_street, minus_slot, plain_digits, plain_range,
                         points_slot, said_path, version_slot, year_slot, zip_slot)
from unseen_r100 import STREET_WORDS as STREET_ABBRS
from unseen_r102 import cents_slot, regnal_slot, salary_slot, sum_slot
from unseen_r104 import (british_numeric, days_slot, extension_slot, gate_slot, life_slot,
                         num_range, sets_slot, suffix_row, tax_year_slot, unit_slot)


def possessive(word: str) -> str:
    """The word before an ordinal as ord_slot takes it: a possessive is "its" (from 100 up
    "our hundred and fourth", never "our a hundred ...")."""
    word = word.lower()
    return "its" if word in ("our", "their", "my", "your") else word


# ------------------------------------------------------------------------------- counts

# (frame, the nouns that fit it, the largest count that fits it, whether millions do)
COUNT_FRAMES = [("The podcast has picked up {X} since the spring.",
                 ["listeners", "subscribers"], 999999, True),
                ("She is survived by {X}.", ["grandchildren", "nieces", "nephews",
                                             "godchildren"], 40, False),
                ("Results are still awaited from {X}.",
                 ["precincts", "constituencies", "wards"], 999, False),
                ("The recipe makes {X}, so halve it for a smaller crowd.",
                 ["dumplings", "meatballs", "cupcakes", "macarons", "crepes"], 99, False),
                ("The expansion adds {X} to the base game.",
                 ["quests", "achievements", "skins"], 999, False),
                ("We sequenced {X} from the herbarium's drawers.", ["genomes", "specimens"],
                 9999, False),
                ("The ferry operator has cancelled {X} because of the gales.", ["sailings"],
                 999, False),
                ("The party gained {X} in Thursday's local elections.", ["councillors"], 999,
                 False),
                ("The couple were attended by {X}.", ["bridesmaids", "ushers", "groomsmen"], 8,
                 False),
                ("About {X} packed the chapel for the funeral.", ["mourners"], 999, False),
                ("The lab screened {X} for the mutation.", ["embryos", "biopsies"], 99999,
                 False),
                ("The convention will seat {X} from across the country.", ["delegates"], 9999,
                 False)]
# Ages: (frame, youngest, oldest); "{a}" is the article the age's reading takes.
AGE_FRAMES = [("The bride, {X}, teaches music at the village school.", 24, 41),
              ("The groom, {X}, is a trainee harbour pilot.", 25, 44),
              ("She died peacefully at home on Sunday, aged {X}.", 68, 99),
              ("{a} {X}-year-old substitute scored with his first touch.", 17, 36),
              ("He passed away on Tuesday at the age of {X}.", 60, 99),
              ("The {X}-year-old streamer hosts the show from her bedroom.", 18, 34),
              ("Volunteers aged {X} and over were eligible for the study.", 50, 70),
              ("The skipper, {X}, has fished these waters all his life.", 45, 80)]
# Channel figures: "48K listeners", "1.2M subscribers".
STAT_FRAMES = [("Last month the show reached {X}.", "listeners"),
               ("The gaming channel now has {X}.", "subscribers")]
# "18+": "eighteen plus", "eighteen and over".
PLUS_FRAMES = ["The tournament is open to players aged {X}.",
               "The late-night tasting menu is for diners aged {X} only."]


def stat_slot(rng, noun: str) -> tuple[str, list[str]]:
    """A figure with a capital K or M: "48K listeners" ("forty eight thousand"), "1.2M
    subscribers" ("one point two million")."""
    if rng.random() < 0.5:
        n = rng.randrange(12, 990) if rng.random() < 0.5 else rng.randrange(15, 990, 5)
        return f"{n}{pick(rng, ['K', 'k'])} {noun}", [f"{c} thousand {noun}" for c in cards(n)]
    whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
    said = [f"{card(whole)} point {card(tenth)} million {noun}"]
    if tenth == 5:
        said.append(f"{card(whole)} and a half million {noun}")
    return f"{whole}.{tenth}M {noun}", said


def count(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.28:
        frame, lo, hi = pick(rng, split(AGE_FRAMES, part))
        return fill(frame, *age_slot(rng, lo, hi))
    if k < 0.38:
        frame, noun = STAT_FRAMES[i]
        return fill(frame, *stat_slot(rng, noun))
    if k < 0.43:
        n = pick(rng, [16, 18, 18, 21])
        return fill(PLUS_FRAMES[i], f"{n}+", [f"{card(n)} {w}" for w in
                                              ("plus", "and over", "and up", "and older")])
    frame, nouns, most, millions = pick(rng, split(COUNT_FRAMES, part))
    return fill(frame, *noun_count(rng, pick(rng, nouns), most, millions))


# ----------------------------------------------------------------------------- ordinals

# (frame, smallest, largest number that fits it)
ORDINAL_FRAMES = [("The equaliser came in the {X} minute.", 2, 90),
                  ("The bill cleared its {X} reading without a vote.", 2, 3),
                  ("This is our {X} episode, so thank you for listening.", 40, 260),
                  ("She finished {X} in the constituency, behind the independent.", 2, 6),
                  ("The couple celebrated their {X} wedding anniversary last week.", 25, 70),
                  ("The remaster is the {X} game in the series.", 2, 12),
                  ("The rain delay came in the top of the {X} inning.", 1, 9),
                  ("Breakfast is served on the {X} deck.", 3, 14),
                  ("It is the {X}-largest constituency by area.", 2, 9),
                  ("Samples were taken on the {X} day after infection.", 2, 28),
                  ("He would have celebrated his {X} birthday in May.", 80, 105),
                  ("Change at the {X} stop for the airport bus.", 2, 9)]


def ordinal(rng, part):
    frame, lo, hi = pick(rng, split(ORDINAL_FRAMES, part))
    before = frame.split("{X}")[0].split()[-1]
    return fill(frame, *ord_slot(rng, lo, hi, possessive(before)))


# -------------------------------------------------------------------------------- dates

# (frame, the first and last year that fit it)
DATE_FRAMES = [("The couple were married on {X} at the parish church.", 1950, 2025),
               ("He died peacefully in hospital on {X}.", 2023, 2025),
               ("Polling day has been fixed for {X}.", 2025, 2029),
               ("Your stay begins on {X}.", 2025, 2026),
               ("The gale warning was issued on {X}.", 2015, 2025),
               ("The manuscript was received on {X} and accepted after review.", 2018, 2025),
               ("The expansion went on sale on {X}.", 2010, 2025),
               ("The House rose for the summer recess on {X}.", 1990, 2025),
               ("Your refund was issued on {X}.", 2024, 2026),
               ("The funeral will take place on {X}.", 2025, 2026)]
CAPS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def day_month(d: int, month: str) -> list[str]:
    return [f"the {ordw(d)} of {month}", f"{month} {ordw(d)}", f"{month} the {ordw(d)}"]


def dotted_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A European date with dots, day first and after the 12th ("14.06.2025")."""
    m, d, y = rng.randint(1, 12), rng.randint(13, 28), rng.randint(first, last)
    written = f"{d}.{m:02d}.{y}" if rng.random() < 0.7 else f"{d}.{m}.{y}"
    return written, [f"{s} {r}" for s in day_month(d, MONTHS[m - 1]) for r in year_readings(y)]


def caps_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """An e-ticket's date, the month in capitals: "14 JUN 2025", or "14JUN" without a year."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    said = day_month(d, MONTHS[m - 1])
    if rng.random() < 0.6:
        return f"{d:02d} {CAPS[m - 1]} {y}", [f"{s} {r}" for s in said for r in year_readings(y)]
    return f"{d:02d}{CAPS[m - 1]}", said


def us_suffix_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A US date with the day's ending: "June 14th, 2025", "Saturday, June 14th"."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(first, last)
    month = MONTHS[m - 1]
    said = day_month(d, month)
    if rng.random() < 0.6:
        return f"{month} {d}{ord_suffix(d)}, {y}", [f"{s} {r}" for s in said
                                                     for r in year_readings(y)]
    day = WEEKDAYS[datetime.date(y, m, d).weekday()]
    return f"{day}, {month} {d}{ord_suffix(d)}", [f"{day} {s}" for s in said]


def us_short_slot(rng, first: int, last: int) -> tuple[str, list[str]]:
    """A US date with a two-digit year, day after the 12th: "6/14/25", the year said as written
    ("twenty five") or whole ("twenty twenty five")."""
    m, d, y = rng.randint(1, 12), rng.randint(13, 28), rng.randint(max(first, 2010), last)
    years = year_readings(y) + [card(y % 100)]
    return f"{m}/{d}/{y % 100:02d}", [f"{s} {r}" for s in day_month(d, MONTHS[m - 1])[1:]
                                      for r in years]


def date(rng, part):
    frame, first, last = pick(rng, split(DATE_FRAMES, part))
    k = rng.random()
    if k < 0.14:
        return fill(frame, *british_numeric(rng, first, last))
    if k < 0.26:
        return fill(frame, *dotted_slot(rng, first, last))
    if k < 0.36:
        return fill(frame, *caps_slot(rng, first, last))
    if k < 0.48:
        return fill(frame, *us_suffix_slot(rng, first, last))
    if k < 0.55:
        return fill(frame, *us_short_slot(rng, first, last))
    return fill(frame, *date_slot(rng, first, last, 0.7, 0.3))


# -------------------------------------------------------------------------------- years

# (frame, the first and last year that fit it)
YEAR_FRAMES = [("The constituency was created in {X}.", 1885, 2010),
               ("The inn has welcomed travellers since {X}.", 1600, 1900),
               ("The family recipe goes back to {X}.", 1880, 1990),
               ("The franchise began in {X} on home computers.", 1980, 2010),
               ("She was first elected to the council in {X}.", 1970, 2022),
               ("The dataset covers every storm recorded since {X}.", 1850, 1990),
               ("He joined the merchant navy in {X}.", 1940, 1990),
               ("The harbour's tide gauge was installed in {X}.", 1850, 1990)]
FROM_FRAMES = [("He represented the seat from {X}.", 1945, 2010),
               ("The couple farmed in the valley from {X}.", 1950, 2005)]
BETWEEN_FRAMES = ["Participants were recruited between {X}.",
                  "The survey vessel mapped the seabed between {X}."]
# Archaeology in abstracts: (frame, eras)
ERA_FRAMES = [("Radiocarbon dates place the hearth at about {X}.", ["BC", "BCE"]),
              ("The shipwreck went down in about {X}.", ["AD", "CE"]),
              ("The earliest grains in the pit date to {X}.", ["BC", "BCE"]),
              ("The kiln was last fired in about {X}.", ["AD", "BC"])]
CENTURY_FRAMES = [("The mosaic floor dates from the {X}.", ["BC", "BCE", "AD"]),
                  ("The burial mound was reused in the {X}.", ["BC", "AD", "CE"])]
SUMMER_FRAMES = ["They met at a festival in the summer of {X}.",
                 "The band's first single came out in the spring of {X}."]
QUARTER_FRAMES = ["Deliveries of the new console resume in {X}.",
                  "The developer expects to ship the patch in {X}."]
FISCAL_FRAMES = ["The broadcaster's accounts for {X} show a small loss.",
                 "Ticket sales for {X} beat the forecast."]
MODERN_FRAMES = ["Podcasts went mainstream in {X}.",
                 "Crowds at esports finals grew tenfold in {X}."]
SESSION_FRAMES = ["The bill was carried over into the {X} session.",
                  "The committee's report for the {X} session is published today."]


def modern_decade(rng) -> tuple[str, list[str]]:
    """"the 2010s" ("the twenty tens", "the two thousand tens") or "the 2020s"."""
    decade = pick(rng, [2010, 2020])
    tens = "tens" if decade == 2010 else "twenties"
    return f"the {decade}s", [f"the twenty {tens}", f"the two thousand {tens}"]


def era_year(rng, era: str) -> tuple[str, list[str]]:
    """A year of an era: "4500 BC" ("forty five hundred" or "four thousand five hundred B C"),
    "12,000 BCE" ("twelve thousand"), "AD 79" ("A D seventy nine")."""
    era_said = " ".join(era)
    if era.startswith("B") and rng.random() < 0.25:
        n = rng.randint(6, 14) * 1000
        return f"{n:,} {era}", [f"{card(n // 1000)} thousand {era_said}"]
    if era.startswith("B"):
        n = pick(rng, [rng.randint(110, 999), rng.randrange(1100, 5000, 50)])
    else:
        n = pick(rng, [rng.randint(10, 99), rng.randint(110, 999)])
    if 100 <= n % 1000 and n % 100 < 10 and n % 100:
        n += 10
    if era == "AD" and rng.random() < 0.6:
        return f"AD {n}", [f"A D {s}" for s in old_year(n)]
    return f"{n} {era}", [f"{s} {era_said}" for s in old_year(n)]


def century_slot(rng, era: str) -> tuple[str, list[str]]:
    n = rng.randint(2, 9) if era != "AD" else rng.randint(2, 12)
    return f"{n}{ord_suffix(n)} century {era}", [f"{ordw(n)} century {' '.join(era)}"]


def year(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        frame, first, last = pick(rng, split(FROM_FRAMES, part))
        a = rng.randint(first, last)
        b = a + rng.randint(2, 18)
        return fill(frame, f"{a} to {b}", two_years(a, b, "to"))
    if k < 0.17:
        a = rng.randint(1995, 2020)
        b = a + rng.randint(2, 5)
        return fill(BETWEEN_FRAMES[i], f"{a} and {b}", two_years(a, b, "and"))
    if k < 0.29:
        frame, eras = pick(rng, split(ERA_FRAMES, part))
        return fill(frame, *era_year(rng, pick(rng, eras)))
    if k < 0.35:
        frame, eras = CENTURY_FRAMES[i]
        return fill(frame, *century_slot(rng, pick(rng, eras)))
    if k < 0.41:
        n = rng.randint(60, 99)
        mark = pick(rng, ["'", "’"])
        return fill(SUMMER_FRAMES[i], f"{mark}{n}", [card(n)])
    if k < 0.47:
        q, y = rng.randint(1, 4), rng.randint(2025, 2027)
        return fill(QUARTER_FRAMES[i], f"Q{q} {y}",
                    [f"Q {card(q)} {r}" for r in year_readings(y)]
                    + [f"the {ordw(q)} quarter of {r}" for r in year_readings(y)])
    if k < 0.53:
        written, said = tax_year_slot(rng)
        gap = pick(rng, ["", " "])
        return fill(FISCAL_FRAMES[i], f"FY{gap}{written}",
                    [f"{w} {s}" for w in ("F Y", "fiscal year", "fiscal") for s in said])
    if k < 0.58:
        return fill(SESSION_FRAMES[i], *tax_year_slot(rng))
    if k < 0.63:
        return fill(MODERN_FRAMES[i], *modern_decade(rng))
    frame, first, last = pick(rng, split(YEAR_FRAMES, part))
    if k < 0.77:
        return fill(frame, *decade_slot(rng, first, last))
    y = rng.randint(max(first, 1900), last) if rng.random() < 0.6 else rng.randint(first, last)
    return fill(frame, str(y), year_readings(y))


# ---------------------------------------------------------------------------- clock times

# (zone, readings): its letters, and its name where newsreaders say that. No earlier round
# used these.
ZONES = [("AST", ["A S T", "Atlantic Standard Time", "Atlantic Time"]),
         ("NST", ["N S T", "Newfoundland Standard Time", "Newfoundland Time"]),
         ("AKDT", ["A K D T", "Alaska Daylight Time"]),
         ("HKT", ["H K T", "Hong Kong Time"]),
         ("SGT", ["S G T", "Singapore Time", "Singapore Standard Time"]),
         ("KST", ["K S T", "Korea Standard Time", "Korean Standard Time"]),
         ("AWST", ["A W S T", "Australian Western Standard Time"]),
         ("NZST", ["N Z S T", "New Zealand Standard Time"])]
# Zones given with 24-hour times.
ZONES_24 = [("EET", ["E E T", "Eastern European Time"]),
            ("EEST", ["E E S T", "Eastern European Summer Time"]),
            ("MSK", ["M S K", "Moscow Time", "Moscow Standard Time"]),
            ("GST", ["G S T", "Gulf Standard Time"]),
            ("WAT", ["W A T", "West Africa Time"]),
            ("EAT", ["E A T", "East Africa Time"])]
TIME_FRAMES = ["Check-in at the lodge opens at {X}.", "Your flight departs at {X}.",
               "The inshore waters forecast is read at {X}.",
               "The declaration is expected at about {X}.",
               "New episodes go live every Friday at {X}.",
               "The servers go down for maintenance at {X}.",
               "Breakfast in the conservatory is served until {X}.",
               "The House sits again at {X} tomorrow.",
               "Our support line closes at {X} on weekdays.",
               "The wedding ceremony begins at {X}.",
               "The last ferry to the island leaves at {X}.",
               "The pundits go on air at {X}."]


def early_slot(rng) -> tuple[str, list[str]]:
    """A 24-hour time before ten, with its zero: "06:45" ("six forty five", "oh six forty
    five"), "07:05" ("seven oh five")."""
    h, mi = rng.randint(5, 9), rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, rng.randint(1, 59)])
    mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
    return f"0{h}:{mi:02d}", [f"{card(h)} {mins}", f"oh {card(h)} {mins}"]


def zone_slot(rng, h24: float = 0.35, zones=ZONES,
              zones_24=ZONES_24) -> tuple[str, list[str]]:
    """A clock time and its zone: 12-hour ("7:30 p.m. SGT", a zone of `zones`) or 24-hour
    ("14:35 EEST", "1435 EEST", read "fourteen thirty five", a zone of `zones_24`); this round's
    ZONES and ZONES_24 by default."""
    if rng.random() < h24:
        zone, said = pick(rng, zones_24)
        h, mi = rng.randint(10, 23), rng.randint(10, 59)
        return f"{h}{pick(rng, [':', ':', ''])}{mi} {zone}", [f"{card(h)} {card(mi)} {z}"
                                                               for z in said]
    zone, said = pick(rng, zones)
    written, spoken = clock_slot(rng, None, 0.0)
    return f"{written} {zone}", [f"{s} {z}" for s in spoken for z in said]


def oclock_slot(rng) -> tuple[str, list[str]]:
    h = rng.randint(1, 11)
    return f"{h} o'clock", [f"{card(h)} o'clock"]


def clock(rng, part):
    frame = pick(rng, split(TIME_FRAMES, part))
    k = rng.random()
    if k < 0.35:
        return fill(frame, *zone_slot(rng))
    if k < 0.53:
        return fill(frame, *early_slot(rng))
    if k < 0.57:
        return fill(frame, *oclock_slot(rng))
    return fill(frame, *clock_slot(rng, None, 0.3))


# -------------------------------------------------------------------------------- money

# Classified ads: (frame, currency, unit, the offer word and its readings)
CLASSIFIED_FRAMES = ["Solid oak dining table with six chairs, {X}.",
                     "Road bike, barely ridden, {X}.",
                     "Upright piano, needs tuning, {X}.",
                     "Vintage sewing machine in working order, {X}."]
OFFERS = [("£", "pounds", [("ono", ["o n o", "or nearest offer", "or near offer"]),
                           ("ONO", ["o n o", "or nearest offer", "or near offer"]),
                           ("ovno", ["o v n o", "or very near offer"])]),
          ("$", "dollars", [("OBO", ["O B O", "or best offer"]),
                            ("obo", ["O B O", "or best offer"]),
                            ("firm", ["firm"])])]
# Codes before or after a total: (code, readings of the unit). No earlier round used these.
CODES = [("NOK", ["Norwegian kroner", "kroner", "Norwegian krone"]),
         ("DKK", ["Danish kroner", "kroner", "Danish krone"]),
         ("CZK", ["Czech koruna", "koruna", "Czech korunas", "korunas", "Czech crowns"]),
         ("HUF", ["Hungarian forints", "forints", "Hungarian forint", "forint"]),
         ("PLN", ["Polish zlotys", "zlotys", "Polish zloty", "zloty"]),
         ("MXN", ["Mexican pesos", "pesos"]),
         ("QAR", ["Qatari riyals", "riyals"]), ("SAR", ["Saudi riyals", "riyals"]),
         ("EGP", ["Egyptian pounds"]), ("INR", ["Indian rupees", "rupees"]),
         ("HKD", ["Hong Kong dollars"]), ("KRW", ["Korean won", "South Korean won", "won"]),
         ("MAD", ["Moroccan dirhams", "dirhams"])]
CODE_FRAMES = ["The total charged to your card was {X}.",
               "Taxes and fees for this itinerary come to {X}."]
TOTAL_FRAMES = ["The balance due at the hotel is {X}.",
                "Your stay, including taxes, came to {X}."]
# A sum in lakh or crore: (frame, the words that fit it)
LAKH_FRAMES = [("The phone launches in India at {X}.", ["lakh"]),
               ("The film's opening weekend took {X}.", ["crore"])]
EURO_FRAMES = ["The bakery on the square sells a loaf for {X}.",
               "A night in the guest house costs {X}."]
RATE_FRAMES = ["The holiday let is available for {X}.",
               "The riverside room is {X} in high season."]
WAGE_FRAMES = ["Kitchen porter wanted, {X}, evenings and weekends.",
               "Experienced deckhand required, {X}."]
SALARY_FRAMES = ["The harbour master's post pays {X}.",
                 "Lecturers on the new course will earn {X}."]
COIN_FRAMES = ["The parking meter at the pier only takes {X} coins.",
               "The arcade's claw machine swallows {X} coins."]
GAME_FRAMES = ["The standard edition costs {X} on every platform.",
               "The deluxe upgrade is an extra {X}.",
               "The headset is on sale for {X} this week.",
               "The cookbook is {X} in hardback."]
# (frame, whether billions fit it)
LARGE_MONEY_FRAMES = [("The winger joined for a fee of {X}.", False),
                      ("The parties spent {X} on the campaign.", False),
                      ("The research council awarded the consortium {X}.", False),
                      ("The publisher paid {X} for the studio.", True),
                      ("The new runway will cost {X}.", True),
                      ("The harbour board has approved {X} for a new pontoon.", False)]


def offer_slot(rng) -> tuple[str, list[str]]:
    """A classified price and its terms: "£250 ono" ("or nearest offer"), "$1,200 OBO" ("or
    best offer")."""
    sym, unit, offers = pick(rng, OFFERS)
    word, said = pick(rng, offers)
    n = pick(rng, [rng.randrange(40, 1000, 5), rng.randrange(1000, 6000, 50)])
    return f"{sym}{with_written(n, rng)} {word}", [f"{c} {unit} {s}" for c in cards(n)
                                                   for s in said]


def code_total_slot(rng) -> tuple[str, list[str]]:
    """A code before or after a total, with ".00" now and then ("NOK 4,850.00" is "four
    thousand eight hundred fifty Norwegian kroner")."""
    code, units = pick(rng, CODES)
    n = rng.randrange(150, 99999, pick(rng, [1, 5, 50]))
    num = with_written(n, rng, 0.8) + pick(rng, ["", "", ".00"])
    written = f"{code} {num}" if rng.random() < 0.6 else f"{num} {code}"
    return written, [f"{c} {u}" for c in cards(n) for u in units]


def total_slot(rng) -> tuple[str, list[str]]:
    """A total with cents or pence, "€1,234.50": "one thousand two hundred thirty four euros
    and fifty cents" (or "... euros fifty")."""
    sym, units, small = pick(rng, [("€", ["euros", "euro"], "cents"),
                                   ("$", ["dollars"], "cents"), ("£", ["pounds"], "pence")])
    whole = rng.randint(120, 4999)
    c = rng.randint(11, 99)
    spoken = []
    for w in cards(whole):
        for u in units:
            spoken += [f"{w} {u} and {card(c)} {small}", f"{w} {u} {card(c)}",
                       f"{w} {u} {card(c)} {small}"]
    return f"{sym}{with_written(whole, rng)}.{c:02d}", spoken


def lakh_slot(rng, word: str) -> tuple[str, list[str]]:
    """Indian sums: "₹2.5 lakh" ("two point five lakh rupees", "two and a half lakh rupees"),
    "Rs 3 crore", "₹79,999"."""
    sym = pick(rng, ["₹", "Rs ", "Rs. "])
    if rng.random() < 0.3:
        n = rng.randrange(10000, 99999, 1000) - 1
        return f"{sym}{n:,}", [f"{c} rupees" for c in cards(n)]
    if rng.random() < 0.5:
        n = rng.randint(2, 90)
        return f"{sym}{n} {word}", [f"{card(n)} {word} rupees"]
    whole, tenth = rng.randint(1, 40), rng.randint(1, 9)
    said = [f"{card(whole)} point {card(tenth)} {word} rupees"]
    if tenth == 5:
        said.append(f"{card(whole)} and a half {word} rupees")
    return f"{sym}{whole}.{tenth} {word}", said


def euro_comma_slot(rng) -> tuple[str, list[str]]:
    """A price written the continental way: "12,50 €" (twelve euros fifty), "1.250 €" (one
    thousand two hundred fifty euros)."""
    if rng.random() < 0.6:
        whole, c = rng.randint(2, 95), pick(rng, [50, 20, 80, 90, 40, 75, 25, 95])
        w, s = card(whole), card(c)
        spoken = [f"{w} {s}", f"{w} {s} euros"]
        for u in ("euros", "euro"):
            spoken += [f"{w} {u} and {s} cents", f"{w} {u} {s} cents", f"{w} {u} {s}"]
        return f"{whole},{c:02d} {pick(rng, ['€', 'EUR'])}", spoken
    n = rng.randrange(1050, 9950, 50)
    return f"{n // 1000}.{n % 1000:03d} €", [f"{c} {u}" for c in cards(n)
                                            for u in ("euros", "euro")]


def rate_slot(rng) -> tuple[str, list[str]]:
    """A price per week, night or person: "£180 pw", "$89/night", "£95 pppn"."""
    n = rng.randrange(45, 900, pick(rng, [1, 5]))
    k = rng.randrange(3)
    if k == 0:
        return f"£{n} pw", [f"{c} pounds {a}" for c in cards(n)
                            for a in ("per week", "a week", "p w")]
    if k == 1:
        sym, unit = pick(rng, [("$", "dollars"), ("€", "euros"), ("£", "pounds")])
        return f"{sym}{n}/night", [f"{c} {unit} {a}" for c in cards(n)
                                   for a in ("a night", "per night")]
    return f"£{n} pppn", [f"{c} pounds per person per night" for c in cards(n)]


def wage_slot(rng) -> tuple[str, list[str]]:
    """An hourly rate: "£12.50 p/h", "£13 ph", "$18/hr"."""
    whole = rng.randint(11, 24)
    if rng.random() < 0.5:
        c = pick(rng, [25, 50, 75, 60, 40, 85])
        w, s = card(whole), card(c)
        heads = [f"{w} pounds {s}", f"{w} pounds and {s} pence", f"{w} {s}"]
        return f"£{whole}.{c:02d} p/h", [f"{h} {a}" for h in heads
                                         for a in ("per hour", "an hour")]
    sym, unit, per = pick(rng, [("£", "pounds", " ph"), ("$", "dollars", "/hr"),
                                ("$", "dollars", "/hour")])
    return f"{sym}{whole}{per}", [f"{card(whole)} {unit} {a}" for a in ("per hour", "an hour")]


def coin_slot(rng) -> tuple[str, list[str]]:
    """A coin before a noun: "50c coins" ("fifty cent coins"), "20p coins" ("twenty pence",
    "twenty p"), "$1 coins"."""
    k = rng.randrange(3)
    if k == 0:
        n = pick(rng, [10, 20, 50])
        return f"{n}c", [f"{card(n)} cent"]
    if k == 1:
        n = pick(rng, [10, 20, 50])
        return f"{n}p", [f"{card(n)} pence", f"{card(n)} p"]
    n = pick(rng, [1, 2])
    sym, unit = pick(rng, [("£", "pound"), ("€", "euro")])
    return f"{sym}{n}", [f"{card(n)} {unit}"]


def money(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.12:
        return fill(pick(rng, split(CLASSIFIED_FRAMES, part)), *offer_slot(rng))
    if k < 0.22:
        return fill(CODE_FRAMES[i], *code_total_slot(rng))
    if k < 0.32:
        return fill(TOTAL_FRAMES[i], *total_slot(rng))
    if k < 0.39:
        frame, words = LAKH_FRAMES[i]
        return fill(frame, *lakh_slot(rng, pick(rng, words)))
    if k < 0.45:
        return fill(EURO_FRAMES[i], *euro_comma_slot(rng))
    if k < 0.53:
        return fill(RATE_FRAMES[i], *rate_slot(rng))
    if k < 0.59:
        return fill(WAGE_FRAMES[i], *wage_slot(rng))
    if k < 0.64:
        return fill(COIN_FRAMES[i], *coin_slot(rng))
    if k < 0.78:
        return fill(pick(rng, split(GAME_FRAMES, part)), *cents_slot(rng))
    if k < 0.83:
        return fill(SALARY_FRAMES[i], *salary_slot(rng))
    frame, large = pick(rng, split(LARGE_MONEY_FRAMES, part))
    return fill(frame, *sum_slot(rng, large))



# ------------------------------------------------------------------------------ measures

# (symbols a writer uses, singulars, plurals, [(dev frame, smallest, largest, before a
# noun), (held frame, ...)], share of decimals, whether it may be written without a space).
# Metres and meters are folded alike by the comparison; litres and liters are listed.
UNITS = [(["kcal"], ["kilocalorie", "calorie"], ["kilocalories", "calories"],
          [("Each portion has {X}.", 180, 650, False),
           ("A slice of the traybake contains about {X}.", 150, 480, False)], 0.0, True),
         (["nits"], ["nit"], ["nits"],
          [("The panel peaks at {X} in HDR mode.", 600, 2000, False),
           ("Outdoors the screen manages only {X}.", 300, 900, False)], 0.0, False),
         (["dB"], ["decibel"], ["decibels"],
          [("Noise cancelling cuts cabin hum by up to {X}.", 20, 40, False),
           ("The graphics card's fans hit {X} under load.", 30, 55, False)], 0.1, True),
         (["W"], ["watt"], ["watts"],
          [("The phone ships with {a} {X} charger.", 25, 120, True),
           ("The handheld draws {X} at full tilt.", 8, 30, False)], 0.0, True),
         (["µg/mL", "μg/mL"], ["microgram per milliliter", "microgram per millilitre"],
          ["micrograms per milliliter", "micrograms per millilitre"],
          [("Plasma levels peaked at {X} after two hours.", 2, 40, False),
           ("The antibiotic inhibited growth at {X}.", 1, 16, False)], 0.5, False),
         (["mg/kg"], ["milligram per kilogram"], ["milligrams per kilogram"],
          [("Mice received {X} of the compound daily.", 5, 50, False),
           ("The lethal dose in rats was {X}.", 100, 900, False)], 0.0, False),
         (["kDa"], ["kilodalton"], ["kilodaltons"],
          [("The protein has a mass of {X}.", 20, 180, False),
           ("A band appeared at about {X} on the gel.", 15, 120, False)], 0.2, False),
         (["µL", "μl"], ["microliter", "microlitre"], ["microliters", "microlitres"],
          [("Each well received {X} of the culture.", 10, 200, False),
           ("Blood samples of {X} were drawn from the tail vein.", 20, 150, False)], 0.0,
          True),
         (["m²", "sq m"], ["square meter", "square metre"], ["square meters", "square metres"],
          [("The deluxe rooms measure {X}.", 25, 60, False),
           ("The flat above the chandlery offers {X} of living space.", 45, 120, False)],
          0.0, True),
         (["km"], ["kilometer", "kilometre"], ["kilometers", "kilometres"],
          [("Today's walk covers {X} along the cliffs.", 8, 25, False),
           ("The transfer to the lodge is a {X} drive.", 20, 90, True)], 0.4, True),
         (["m"], ["meter", "metre"], ["meters", "metres"],
          [("The pass tops out at {X} above sea level.", 1200, 4800, False),
           ("Significant wave heights will build to {X} overnight.", 2, 9, False)], 0.0,
          True),
         (["°C"], ["degree Celsius", "degree"], ["degrees Celsius", "degrees"],
          [("Bake the loaf at {X} until it sounds hollow.", 170, 230, False),
           ("Sea temperatures off the headland are still only {X}.", 9, 17, False)], 0.0,
          True),
         (["°F"], ["degree Fahrenheit", "degree"], ["degrees Fahrenheit", "degrees"],
          [("Roast the squash at {X} for forty minutes.", 350, 450, False),
           ("The brisket is done when it reaches {X} inside.", 195, 205, False)], 0.0, True),
         (["g"], ["gram"], ["grams"],
          [("The handset weighs just {X}.", 150, 240, False),
           ("Fold in {X} of grated parmesan.", 30, 150, False)], 0.0, True),
         (["GB"], ["gigabyte", "G B"], ["gigabytes", "G B"],
          [("The install takes up {X} on the console.", 40, 150, False),
           ("The day one patch is {X}.", 5, 60, False)], 0.3, True)]
FREEZER_FRAMES = ["The freezer keeps the stock at {X}.",
                  "Night frosts of {X} are forecast for the glen."]
PRESSURE_FRAMES = ["Pressure at the buoy had fallen to {X} by dawn.",
                   "A deep low of {X} will cross the area tonight."]
DIMENSION_FRAMES = ["Hand luggage can measure up to {X}.",
                    "The sofa bed measures {X} when open."]
HEIGHT_FRAMES = ["The new goalkeeper stands {X} tall.",
                 "The new signing is listed at {X}."]
STONE_FRAMES = ["The heavyweight weighed in at {X}.",
                "The jockey rode at {X} in the big race."]
ENGINE_FRAMES = ["The estate car has {a} {X} diesel engine.",
                 "The hatchback comes with {a} {X} petrol engine."]
SCREEN_FRAMES = ["The phone has {a} {X} display.",
                 "We tested the {X} model of the laptop."]
HZ_FRAMES = ["The laptop has {a} {X} display.",
             "Console games now target {a} {X} refresh rate."]
BEARING_FRAMES = ["The yacht was last seen on a heading of {X}.",
                  "Helicopters searched along a bearing of {X} from the lighthouse."]


def hpa_slot(rng, lo: int = 955, hi: int = 1042) -> tuple[str, list[str]]:
    """Sea-level pressure: "1004 hPa" or "1004mb" ("ten oh four", "one thousand four";
    "nine eighty seven")."""
    n = rng.randint(lo, hi)
    pair = f"{card(n // 100)} {card(n % 100)}" if n % 100 >= 10 else \
        f"{card(n // 100)} oh {card(n % 100)}" if n % 100 else f"{card(n // 100)} hundred"
    unit, said = pick(rng, [(" hPa", ["hectopascals"]), ("hPa", ["hectopascals"]),
                            (" mb", ["millibars"]), ("mb", ["millibars"])])
    return f"{n}{unit}", [f"{c} {u}" for c in cards(n) + [pair]
                                                  for u in said]


def freezer_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(12, 24) if part == "dev" else rng.randint(2, 9)
    sign = pick(rng, ["-", "−"])
    return f"{sign}{n}{pick(rng, ['', '', ' '])}°C", [f"{m} {card(n)} {u}" for m in
                                                     ("minus", "negative") for u in
                                                     ("degrees Celsius", "degrees")]


def dimension_slot(rng, part) -> tuple[str, list[str]]:
    """Three sides: "55 x 40 x 20 cm" ("fifty five by forty by twenty centimeters"), a cabin
    bag's (in inches too, "22 x 14 x 9 in") or a sofa bed's."""
    if part == "dev":
        unit = pick(rng, ["cm", "cm", "in"])
        if unit == "cm":
            a, b, c = rng.randint(45, 56), rng.randint(30, 45), rng.randint(18, 25)
        else:
            a, b, c = rng.randint(20, 22), rng.randint(13, 16), rng.randint(8, 10)
    else:
        unit = "cm"
        a, b, c = rng.randint(180, 215), rng.randint(120, 165), rng.randint(35, 52)
    sep = pick(rng, [" x ", "x", " × "])
    gap = "" if sep == "x" else " "
    units = {"cm": ["centimeters", "centimetres"], "in": ["inches"]}[unit]
    return (f"{a}{sep}{b}{sep}{c}{gap}{unit}",
            [f"{x} by {y} by {z} {u}" for x in cards(a) for y in cards(b) for z in cards(c)
             for u in units])


def height_slot(rng) -> tuple[str, list[str]]:
    """A height in feet and inches: "6ft 4in", "6'4\"", "6 ft 4 in" ("six foot four", "six
    feet four inches")."""
    f = rng.randint(5, 6)
    i = rng.randint(1, 8) if f == 6 else rng.randint(4, 11)
    written = pick(rng, [f"{f}ft {i}in", f"{f} ft {i} in", f"{f}'{i}\"", f"{f}′{i}″"])
    fs, is_ = card(f), card(i)
    inch = "inch" if i == 1 else "inches"
    return written, [f"{fs} foot {is_}", f"{fs} feet {is_} {inch}", f"{fs} foot {is_} {inch}",
                     f"{fs} feet {is_}"]


def stone_slot(rng) -> tuple[str, list[str]]:
    """British body weight: "14st 2lb" ("fourteen stone two pounds", "fourteen stone two"),
    "11st"."""
    st, lb = rng.randint(8, 18), rng.randint(0, 13)
    if lb == 0:
        return f"{st}st", [f"{card(st)} stone"]
    gap = pick(rng, ["", " "])
    unit = "pound" if lb == 1 else "pounds"
    return f"{st}{gap}st {lb}{gap}lb", [f"{card(st)} stone {card(lb)} {unit}",
                                         f"{card(st)} stone {card(lb)}"]


def engine_slot(rng) -> tuple[str, list[str]]:
    """An engine's size before a noun: "2.0L" ("two point oh liter", "two point zero", "two
    liter"), "1.6-litre"."""
    whole, tenth = rng.randint(1, 3), rng.randint(0, 9)
    mark = pick(rng, ["L", "L", " L", "-litre", "-liter"])
    heads = [f"{card(whole)} point {card(tenth)}"] if tenth else \
        [f"{card(whole)} point zero", f"{card(whole)} point oh", card(whole)]
    if tenth == 5:
        heads.append(f"{card(whole)} and a half")
    return f"{whole}.{tenth}{mark}", [f"{h} {u}" for h in heads for u in ("liter", "litre")]


def screen_slot(rng, part) -> tuple[str, list[str]]:
    """A screen size before a noun: "6.7-inch", "6.7in", "6.7\"" ("six point seven inch")."""
    lo, hi = (5, 7) if part == "dev" else (13, 16)
    whole, tenth = rng.randint(lo, hi), rng.randint(1, 9)
    mark = pick(rng, ["in", "\"", "-inch", "″"])
    return f"{whole}.{tenth}{mark}", [f"{card(whole)} point {card(tenth)} inch"]


def bearing_slot(rng) -> tuple[str, list[str]]:
    """A compass bearing of three digits ("045°", "270°"): digit by digit ("zero four five
    degrees") or as a number ("two seventy", "two hundred seventy degrees")."""
    n = rng.randrange(10, 360, 5)
    s = f"{n:03d}"
    said = zero_variants(digits(s))
    if n >= 100:
        said += cards(n) + ([f"{card(n // 100)} {card(n % 100)}"] if n % 100 >= 10 else [])
    else:
        said.append(card(n))
    return f"{s}°", [f"{x} degrees" for x in said]


def hz_slot(rng) -> tuple[str, list[str]]:
    """A refresh rate before a noun: "a 144Hz display" ("a one hundred forty four hertz")."""
    n = pick(rng, [60, 75, 90, 100, 120, 144, 165, 180, 240])
    return f"{n}{pick(rng, ['Hz', ' Hz'])}", [c + " hertz" for c in cards(n) if c[:2] != "a "]


def measure(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.06:
        return fill(FREEZER_FRAMES[i], *freezer_slot(rng, part))
    if k < 0.14:
        return fill(PRESSURE_FRAMES[i], *(hpa_slot(rng, 960, 1012) if i == 0 else
                                          hpa_slot(rng, 950, 995)))
    if k < 0.2:
        return fill(DIMENSION_FRAMES[i], *dimension_slot(rng, part))
    if k < 0.26:
        return fill(HEIGHT_FRAMES[i], *height_slot(rng))
    if k < 0.31:
        return fill(STONE_FRAMES[i], *stone_slot(rng))
    if k < 0.36:
        return fill(ENGINE_FRAMES[i], *engine_slot(rng))
    if k < 0.41:
        return fill(SCREEN_FRAMES[i], *screen_slot(rng, part))
    if k < 0.46:
        return fill(BEARING_FRAMES[i], *bearing_slot(rng))
    if k < 0.5:
        return fill(HZ_FRAMES[i], *hz_slot(rng))
    unit = pick(rng, UNITS)
    frame, lo, hi, attr = unit[3][i]
    written, said = unit_slot(rng, unit, lo, hi, attr)
    if unit[0] == ["°C"] and i == 0 and rng.random() < 0.3:
        # British recipes drop the degree sign: "200C".
        written = written.replace("°C", "C").replace(" C", "C")
    return fill(frame, written, said)


# --------------------------------------------------------------------------- percentages

# (frame, smallest and largest number that fits it, whether a decimal does)
PERCENT_FRAMES = [("The Greens took {X} of the vote in the ward.", 5, 30, True),
                  ("Turnout in the by-election was just {X}.", 20, 45, True),
                  ("The vaccine was {X} effective against severe disease.", 50, 95, True),
                  ("Listeners get {X} off their first box with our link.", 10, 60, False),
                  ("The battery still had {X} left after a day of testing.", 10, 60, False),
                  ("Guests staying three nights get {X} off spa treatments.", 10, 30, False),
                  ("Only {X} of the eggs hatched in the warmer tanks.", 10, 70, True),
                  ("The frame rate dropped by {X} with ray tracing on.", 10, 50, False)]
MARGIN_FRAMES = ["The poll has a margin of error of {X}.",
                 "Readings from the sensor are accurate to within {X}."]
CI_FRAMES = ["Estimates are shown with their {X}.", "The shaded band marks the {X}."]
PP_FRAMES = ["Support for the governing party fell {X} in a month.",
             "The challenger's share of the vote rose {X} on the last election."]
POINTS_FRAMES = [("The swing to the opposition was {X} points.", 1, 9),
                 ("Her majority share slipped {X} percentage points.", 1, 6)]
BP_FRAMES = ["The central bank held rates after {a} {X} cut in March.",
             "Markets are pricing in {a} {X} rise before the summer."]
MINUS_FRAMES = ["Passenger numbers on the route moved {X} year on year.",
                "The studio's revenue growth was {X} in the quarter."]


def margin_slot(rng) -> tuple[str, list[str]]:
    """"±3.1%", "+/-3%": "plus or minus three point one percent"."""
    mark = pick(rng, ["±", "± ", "+/-", "+/- "])
    if rng.random() < 0.5:
        whole, tenth = rng.randint(1, 4), rng.randint(1, 9)
        return f"{mark}{whole}.{tenth}%", [f"plus or minus {card(whole)} point {card(tenth)} "
                                           "percent"]
    n = rng.randint(1, 5)
    return f"{mark}{n}%", [f"plus or minus {card(n)} percent"]


def ci_slot(rng) -> tuple[str, list[str]]:
    """"95% CI": "ninety five percent C I" or "ninety five percent confidence interval"."""
    n = pick(rng, [90, 95, 95, 99])
    return f"{n}% CI", [f"{card(n)} percent {w}" for w in ("C I", "confidence interval")]


def pp_slot(rng) -> tuple[str, list[str]]:
    """"4.2pp", "3 pp": "four point two percentage points"."""
    gap = pick(rng, ["", " "])
    if rng.random() < 0.6:
        whole, tenth = rng.randint(0, 9), rng.randint(1, 9)
        return f"{whole}.{tenth}{gap}pp", [f"{s} percentage points"
                                           for s in point_zero(whole, card(tenth))]
    n = rng.randint(2, 12)
    return f"{n}{gap}pp", [f"{card(n)} percentage points"]


def bp_slot(rng) -> tuple[str, list[str]]:
    """Basis points before a noun: "a 25bp cut" ("a twenty five basis point cut")."""
    n = pick(rng, [25, 50, 75, 25, 50, 15, 10])
    return f"{n}{pick(rng, ['bp', ' bp', 'bps', ' basis-point'])}", [f"{card(n)} basis point"]


def percent(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.1:
        return fill(MARGIN_FRAMES[i], *margin_slot(rng))
    if k < 0.18:
        return fill(CI_FRAMES[i], *ci_slot(rng))
    if k < 0.27:
        return fill(PP_FRAMES[i], *pp_slot(rng))
    if k < 0.33:
        frame, lo, hi = POINTS_FRAMES[i]
        return fill(frame, *points_slot(rng, lo, hi))
    if k < 0.4:
        return fill(BP_FRAMES[i], *bp_slot(rng))
    if k < 0.46:
        return fill(MINUS_FRAMES[i], *minus_slot(rng))
    frame, lo, hi, dec = pick(rng, split(PERCENT_FRAMES, part))
    written, said = pct_slot(rng, lo, hi, dec)
    mark = pick(rng, ["%", "%", " per cent", " percent"])
    return fill(frame, written.replace("%", mark), said)


# ------------------------------------------------------------------------------ decimals

# (frame, smallest and largest whole part, most digits after the point)
DECIMAL_FRAMES = [("Smokers had an odds ratio of {X} for the disease.", 1, 3, 2),
                  ("She won the sprint stage by {X} seconds.", 0, 1, 2),
                  ("The point guard is averaging {X} points a game.", 12, 34, 1),
                  ("The hazard ratio for the treated group was {X}.", 0, 0, 2),
                  ("The mean age of the cohort was {X} years.", 30, 70, 1),
                  ("The yacht averaged {X} knots on the final leg.", 6, 14, 1)]
SCORE_FRAMES = ["Our verdict on the headset: {X}.", "The critics' average for the sequel is {X}."]
ERA_FRAMES_DEC = ["The left-hander carries {a} {X} ERA into the playoffs.",
                  "The closer finished the season with {a} {X} ERA."]
P_FRAMES = ["The difference between the groups was significant ({X}).",
            "The association held after adjustment ({X})."]
STAR_FRAMES = ["The guest house has {a} {X}-star rating on the booking site.",
               "The app has {a} {X}-star average from reviewers."]
VERSION_FRAMES = ["The headphones support Bluetooth {X}.",
                  "Owners should install firmware {X} before the race."]


def review_slot(rng) -> tuple[str, list[str]]:
    """A review score: "8.5/10" ("eight point five out of ten"), "4.5/5", "9/10"."""
    top = pick(rng, [10, 10, 5])
    if rng.random() < 0.7:
        whole, tenth = rng.randint(top // 2, top - 1), rng.randint(1, 9)
        if top == 5:
            tenth = 5
        return f"{whole}.{tenth}/{top}", [f"{card(whole)} point {card(tenth)} out of "
                                          f"{card(top)}"]
    n = rng.randint(top // 2, top - 1)
    return f"{n}/{top}", [f"{card(n)} out of {card(top)}"]


def era_avg_slot(rng) -> tuple[str, list[str]]:
    """An earned run average, "3.42": "three point four two" or "three forty two"."""
    whole, frac = rng.randint(1, 5), rng.randint(10, 99)
    return f"{whole}.{frac}", [f"{card(whole)} point {digits(str(frac))}",
                               f"{card(whole)} {card(frac)}"]


def p_value_slot(rng) -> tuple[str, list[str]]:
    """"p = 0.003", "p < 0.05", "P<0.001": "p equals zero point zero zero three", "p less than
    point oh five"."""
    if rng.random() < 0.5:
        frac = pick(rng, ["05", "01", "001", "0001"])
        rel, said = pick(rng, [(" < ", "less than"), ("<", "less than")])
    else:
        frac = pick(rng, [f"0{rng.randint(1, 4)}{rng.randint(1, 9)}", f"00{rng.randint(1, 9)}",
                          f"{rng.randint(1, 4)}{rng.randint(1, 9)}"])
        rel, said = pick(rng, [(" = ", "equals"), ("=", "equals")])
    p = pick(rng, ["p", "p", "P"])
    return f"{p}{rel}0.{frac}", [f"p {said} {s}" for d in zero_variants(digits(frac))
                                 for s in point_zero(0, d)]


def star_slot(rng) -> tuple[str, list[str]]:
    whole, tenth = rng.randint(3, 4), rng.randint(1, 9)
    return f"{whole}.{tenth}", [f"{card(whole)} point {card(tenth)}"]


def bluetooth_slot(rng) -> tuple[str, list[str]]:
    """Two-part versions: "5.3" ("five point three"), "5.0" ("five point oh")."""
    whole, tenth = pick(rng, [4, 5, 5, 5, 6]), rng.randint(0, 4)
    return f"{whole}.{tenth}", zero_variants(f"{card(whole)} point "
                                             f"{card(tenth) if tenth else 'zero'}")


def decimal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.14:
        return fill(SCORE_FRAMES[i], *review_slot(rng))
    if k < 0.24:
        return fill(ERA_FRAMES_DEC[i], *era_avg_slot(rng))
    if k < 0.36:
        return fill(P_FRAMES[i], *p_value_slot(rng))
    if k < 0.43:
        return fill(STAR_FRAMES[i], *star_slot(rng))
    if k < 0.53:
        if i == 0:
            return fill(VERSION_FRAMES[0], *bluetooth_slot(rng))
        return fill(VERSION_FRAMES[1], *version_slot(rng))
    frame, lo, hi, most = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, *decimal_slot(rng, lo, hi, most))


# ----------------------------------------------------------------------------- phone numbers

PHONE_FRAMES = ["For changes to your booking, call {X}.",
                "Our reservations team can be reached on {X}.",
                "Listeners can leave a voicemail on {X}.",
                "To place an advert, phone {X}.",
                "Donations in her memory can be arranged by calling {X}.",
                "The constituency office number is {X}.",
                "Skippers should report their position to the harbour on {X}.",
                "Questions about the study can be directed to {X}."]
# British five-digit area codes with no digit repeated side by side: Oxford, Exeter,
# Gloucester, Brighton, York, Norwich, Plymouth, Dundee, Colchester.
UK_AREAS5 = ["01865", "01392", "01452", "01273", "01904", "01603", "01752", "01382", "01206"]
# (country code, its readings after "plus", groups of the number after it): Paris, Madrid,
# Rome, Amsterdam, Tokyo, Singapore, Hong Kong, Monterrey, Dubai.
ABROAD = [("33", ["three three", "thirty three", "double three"], (1, 2, 2, 2, 2)),
          ("34", ["three four", "thirty four"], (3, 3, 3)),
          ("39", ["three nine", "thirty nine"], (2, 4, 4)),
          ("31", ["three one", "thirty one"], (2, 3, 4)),
          ("81", ["eight one", "eighty one"], (1, 4, 4)),
          ("65", ["six five", "sixty five"], (4, 4)),
          ("852", ["eight five two"], (4, 4)),
          ("52", ["five two", "fifty two"], (2, 4, 4)),
          ("971", ["nine seven one"], (1, 3, 4))]
FIRSTS = {"33": "14", "34": "9", "39": "0", "31": "2", "81": "3", "65": "6", "852": "2",
          "52": "8", "971": "4"}


def uk5_slot(rng) -> tuple[str, list[str]]:
    """A British number with a five-digit area code ("01865 274593", "01865 274 593"), a
    mobile ("07841 592637") or, from abroad, "+44 (0)1865 274593" (the bracketed zero said or
    left out)."""
    k = rng.random()
    if k < 0.3:
        head = "07" + plain_digits(rng, 3, "4589")
    else:
        head = pick(rng, UK_AREAS5)
    rest = plain_digits(rng, 6, "2345679")
    while rest[0] == head[-1]:
        rest = plain_digits(rng, 6, "2345679")
    groups = [rest] if rng.random() < 0.5 else [rest[:3], rest[3:]]
    body = " ".join(digits(g) for g in groups)
    if k > 0.8 and not head.startswith("07"):
        written = f"+44 (0){head[1:]} {' '.join(groups)}"
        said = [f"plus {c} {z}{digits(head[1:])} {body}"
                for c in ("four four", "forty four", "double four") for z in ("", "zero ")]
        return written, [v for s in said for v in zero_variants(s)]
    return f"{head} {' '.join(groups)}", zero_variants(f"{digits(head)} {body}")


def abroad_slot(rng) -> tuple[str, list[str]]:
    """A number abroad: "+33 1 42 68 53 07" and the like, said digit by digit after "plus" and
    the country code (as digits or as a number)."""
    code, said, widths = pick(rng, ABROAD)
    total = sum(widths)
    body = plain_digits(rng, total, FIRSTS[code])
    groups, at = [], 0
    for w in widths:
        groups.append(body[at:at + w])
        at += w
    sep = "-" if code == "81" and rng.random() < 0.5 else " "
    written = f"+{code} {groups[0]} {sep.join(groups[1:])}"
    rest = zero_variants(" ".join(digits(g) for g in groups))
    return written, [f"plus {c} {r}" for c in said for r in rest]


def phone(rng, part):
    frame = pick(rng, split(PHONE_FRAMES, part))
    k = rng.random()
    if k < 0.3:
        return fill(frame, *us_phone_slot(rng))
    if k < 0.38:
        return fill(frame, *extension_slot(rng))
    if k < 0.65:
        return fill(frame, *uk5_slot(rng))
    return fill(frame, *abroad_slot(rng))


# ------------------------------------------------------------------------------ fractions

FRACTION_FRAMES = ["Roughly {X} of the electorate stayed at home.",
                   "Just {X} of the seedlings survived the frost.",
                   "About {X} of our listeners tune in from abroad.",
                   "Nearly {X} of the seats changed hands.",
                   "The patch fixed {X} of the reported crashes.",
                   "The storm surge flooded {X} of the harbour car park.",
                   "Only {X} of the samples contained the virus.",
                   "The airline refunded {X} of the cancelled fares."]
ODDS_FRAMES = ["The grey was sent off at {X}.",
               "The champion is now {a} {X} shot with the bookmakers."]
ODDS = [(5, 2), (11, 4), (7, 1), (9, 4), (13, 8), (6, 4), (10, 1), (100, 30), (15, 8), (7, 2),
        (4, 6), (8, 11), (20, 1), (33, 1)]
LENGTH_FRAMES = ["The favourite won by {X}.", "The outsider was beaten {X} at the post."]
FOOD_FRAMES = [("Squeeze in the juice of {X}.", "grapefruit"),
               ("Grate in the zest of {X}.", "orange"),
               ("Finely dice {X} and fry until soft.", "onion"),
               ("Stir in {X}, cut into thin slices.", "pepper")]
SIZE_FRAMES = ["Walking boots, size {X}, worn twice.", "Football boots, size {X}, as new."]
TENTH_FRAMES = ["The new chip draws {X} of the power of the old one.",
                "The feeder line carries {X} of the traffic it was built for."]
MAJORITY_FRAMES = ["The change needs {a} {X} majority in both houses.",
                   "The motion fell short of the {X} majority it required."]
HOURS_FRAMES = ["The transfer from the airport takes {X}.",
                "The boat trip to the seal colony lasts {X}."]


def odds_slot(rng) -> tuple[str, list[str]]:
    """Betting odds: "5/2" ("five to two"; also "five two"), "100/30", "4/6" ("four to six",
    "six to four on")."""
    a, b = pick(rng, ODDS)
    sep = pick(rng, ["/", "/", "-"])
    said = [f"{x} to {y}" for x in cards(a) for y in cards(b)] + [f"{card(a)} {card(b)}"]
    if a < b:
        said.append(f"{card(b)} to {card(a)} on")
    return f"{a}{sep}{b}", said


def lengths_slot(rng) -> tuple[str, list[str]]:
    """A winning distance: "1½ lengths" ("one and a half lengths", "a length and a half"),
    "¾ of a length", "2¼ lengths"."""
    k = rng.randrange(3)
    if k == 0:
        g = pick(rng, ["½", " 1/2"])
        return f"1{g} lengths", ["one and a half lengths", "a length and a half"]
    if k == 1:
        glyph, said = pick(rng, [("¾", ["three quarters", "three fourths"]),
                                 ("½", ["half", "a half", "one half"])])
        return f"{glyph} of a length", [f"{s} of a length" for s in said]
    n = rng.randint(2, 6)
    glyph, said = pick(rng, [("½", ["a half", "one half"]), ("¼", ["a quarter", "one quarter"]),
                             ("¾", ["three quarters", "three fourths"])])
    return f"{n}{glyph} lengths", [f"{card(n)} and {s} lengths" for s in said]


def food_slot(rng, thing: str) -> tuple[str, list[str]]:
    """Half or a quarter of a thing: "½ lemon" ("half a lemon", "a half lemon"), "¼ onion"."""
    a = "an" if thing[0] in "aeiou" else "a"
    if rng.random() < 0.6:
        return f"{pick(rng, ['½', '1/2'])} {thing}", [f"half {a} {thing}", f"a half {thing}",
                                                       f"one half {thing}",
                                                       f"one half of {a} {thing}"]
    said = ["a quarter", "one quarter"]
    return f"{pick(rng, ['¼', '1/4'])} {thing}", ([f"{s} {thing}" for s in said]
                                                   + [f"{s} of {a} {thing}" for s in said])


def size_slot(rng) -> tuple[str, list[str]]:
    n = rng.randint(4, 12)
    if rng.random() < 0.5:
        half = pick(rng, ['½', ' 1/2', '.5'])
        return f"{n}{half}", [f"{card(n)} and a half"] + (
            [f"{card(n)} point five"] if half == ".5" else [])
    return str(n), [card(n)]


def tenth_slot(rng) -> tuple[str, list[str]]:
    """"1/10th", "1/5th", "1/3rd": "one tenth" or "a tenth"."""
    d = pick(rng, [3, 5, 8, 10, 20])
    word = ordw(d)
    return f"1/{d}{ord_suffix(d)}", [f"one {word}", f"{'an' if word[0] == 'e' else 'a'} {word}"]


def hours_slot(rng) -> tuple[str, list[str]]:
    """Hours and a part: "1½ hours" ("one and a half hours", "an hour and a half"), "2 1/2
    hours", "3¼ hours"."""
    n = rng.randint(1, 4)
    glyph, slash, said = pick(rng, [("½", "1/2", ["a half", "one half"]),
                                    ("¼", "1/4", ["a quarter", "one quarter"]),
                                    ("¾", "3/4", ["three quarters"])])
    written = f"{n}{glyph}" if rng.random() < 0.6 else f"{n} {slash}"
    out = [f"{card(n)} and {s} hours" for s in said]
    if n == 1:
        out.append(f"an hour and {said[0]}")
    return f"{written} hours", out


def fraction(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.14:
        return fill(ODDS_FRAMES[i], *odds_slot(rng))
    if k < 0.24:
        return fill(LENGTH_FRAMES[i], *lengths_slot(rng))
    if k < 0.36:
        frame, thing = pick(rng, split(FOOD_FRAMES, part))
        return fill(frame, *food_slot(rng, thing))
    if k < 0.43:
        return fill(SIZE_FRAMES[i], *size_slot(rng))
    if k < 0.5:
        return fill(TENTH_FRAMES[i], *tenth_slot(rng))
    if k < 0.56:
        glyph = pick(rng, ["⅔", "2/3", "⅔", "¾", "3/4"])
        said = ["two thirds"] if glyph in ("⅔", "2/3") else ["three quarters", "three quarter"]
        return fill(MAJORITY_FRAMES[i], glyph, said)
    if k < 0.66:
        return fill(HOURS_FRAMES[i], *hours_slot(rng))
    frame = pick(rng, split(FRACTION_FRAMES, part))
    if rng.random() < 0.3:
        glyph, said = pick(rng, [("½", ["half", "one half"]),
                                 ("⅓", ["a third", "one third"]), ("¼", ["a quarter",
                                                                          "one quarter"]),
                                 ("⅕", ["a fifth", "one fifth"]),
                                 ("⅛", ["an eighth", "one eighth"])])
        return fill(frame, glyph, said)
    return fill(frame, *fraction_slot(rng))


# ------------------------------------------------------------------------ regnal numerals

# (name, the highest numeral it took, the title it is given, or None where the numbers
# name rulers of different titles)
RULERS = [("Clotaire", 4, "King"), ("Chilperic", 2, "King"), ("Sigebert", 3, "King"),
          ("Reccared", 2, "King"), ("García", 3, "King"), ("Sebastião", 1, "King"),
          ("João", 6, "King"), ("Álvaro", 6, "King"), ("Krešimir", 4, "King"),
          ("Tomislav", 2, "King"), ("Uroš", 5, None), ("Przemysł", 2, None),
          ("Johan", 3, "King"), ("Nikola", 1, "King"), ("Mursili", 3, "King"),
          ("Hattusili", 3, "King"), ("Suppiluliuma", 2, "King"), ("Tudhaliya", 4, "King"),
          ("Pharnaces", 2, "King"), ("Hiempsal", 2, "King"), ("Bocchus", 2, "King"),
          ("Seuthes", 3, "King"), ("Rhoemetalces", 3, "King"), ("Sauromates", 2, "King"),
          ("Artaxias", 2, "King"), ("Abgar", 5, "King"), ("Agis", 4, "King"),
          ("Dionysius", 2, None), ("Moggallana", 3, "King"), ("Aggabodhi", 8, "King"),
          ("Bhoja", 2, "King"), ("Krishna", 3, "King"), ("Indra", 4, "King"),
          ("Narasimha", 3, "King"), ("Ballala", 3, "King"), ("Tailapa", 2, "King"),
          ("Someshvara", 4, "King"), ("Jayasimha", 2, "King"), ("Uzana", 2, "King"),
          ("Rajendravarman", 2, "King"), ("Harshavarman", 3, "King"),
          ("Hamengkubuwono", 10, "Sultan"), ("Malietoa Tanumafili", 2, None),
          ("Prempeh", 2, None), ("Ewuare", 2, "Oba"), ("Mutebi", 2, "Kabaka"),
          ("Agustín", 1, "Emperor"), ("Faustin", 1, "Emperor"), ("Henri", 4, "King"),
          ("Honoré", 5, "Prince"), ("Antoine", 1, "Prince"), ("Alois", 2, "Prince"),
          ("Guillaume", 4, "Grand Duke"), ("Vittorio Emanuele", 3, "King"),
          ("Vittorio Amedeo", 3, None), ("Haile Selassie", 1, "Emperor"),
          ("Sylvester", 2, "Pope"), ("Marinus", 2, "Pope"), ("Adeodatus", 2, "Pope"),
          ("Felix", 4, "Pope")]
REGNAL_FRAMES = ["In this week's episode we look at the turbulent reign of {X}.",
                 "Our guide told the story of {X} as we crossed the old bridge.",
                 "The strategy game lets you lead the armies of {X}.",
                 "Listeners asked why {X} never married.",
                 "The abstract describes clay sealings that bear the name of {X}.",
                 "The audio tour claims {X} is buried beneath the choir.",
                 "{X} appears as a playable leader in the expansion.",
                 "The hotel occupies a hunting lodge built for {X}."]
# Series numbered in Roman numerals: (the series as written, the numbers it takes, the frames
# that fit it: dev, held). Games, films and albums by name; events; the world wars.
SERIES = [("Super Bowl", [47, 52, 58, 59, 60],
           ["The halftime show at {X} drew a record audience.",
            "Tickets for {X} are changing hands for thousands."]),
          ("WrestleMania", [12, 19, 31, 38, 40],
           ["The main event of {X} ran past midnight.",
            "{X} sold out within an hour."]),
          ("World War", [1, 2],
           ["Her grandfather swept mines in the North Sea during {X}.",
            "The airfield was built for bombers in {X}."]),
          ("The Elder Scrolls", [3, 4, 5],
           ["This week's retro review is {X}.", "Modders still release patches for {X}."]),
          ("Dark Souls", [2, 3],
           ["The boss rush in {X} is brutal.", "Speedrunners have finished {X} blindfolded."]),
          ("Metal Gear Solid", [2, 3, 4, 5],
           ["The remaster of {X} looks sharper than ever.",
            "The soundtrack of {X} gets a vinyl release."]),
          ("Crusader Kings", [2, 3],
           ["We lost a whole weekend to {X}.", "The new dynasty pack for {X} is out now."]),
          ("Europa Universalis", [3, 4, 5],
           ["The map in {X} is bigger than ever.",
            "Our host has clocked a thousand hours in {X}."]),
          ("Led Zeppelin", [2, 3, 4],
           ["The opening riff of {X} still gives me chills.",
            "The reissue of {X} comes with a live disc."]),
          ("Poltergeist", [2, 3],
           ["This week we rewatch {X}.", "The panel could not agree whether {X} is scary."]),
          ("Highlander", [2, 3],
           ["Nobody on the show will defend {X}.", "The director's cut of {X} fixes little."])]
# The Games of an Olympiad and the Winter Games are counted: "the thirty third Olympiad".
OLYMPIAD_FRAMES = [("Athletes at the Games of the {X} Olympiad competed in a heatwave.",
                    [30, 32, 33, 34]),
                   ("Ice hockey at the {X} Olympic Winter Games starts next week.",
                    [22, 23, 24, 25])]
# A rugby fifteen and a cricket eleven are written as numerals.
TEAM_FRAMES = [("Two debutants were named in the starting {X} for Saturday.", 15),
               ("The captain kept faith with an unchanged {X} for the final day.", 11)]
GUSTAF_FRAMES = ["The regatta was started by {X}.",
                 "The bridge was opened by {X} in the rain."]
WW_FRAMES = ["Her father flew reconnaissance missions in {X}.",
             "The bunker on the cliff dates from {X}."]


def series_slot(rng, part) -> tuple[str, str, list[str]]:
    name, numbers, frames = pick(rng, SERIES)
    n = pick(rng, numbers)
    frame = frames[0 if part == "dev" else 1]
    if frame.startswith("{X}") and name.startswith("The "):
        frame = frame.replace("{X}", "The {X}")
    return frame, f"{name} {to_roman(n)}", [f"{name} {card(n)}"]


def regnal(rng, part):
    k = rng.random()
    i = 0 if part == "dev" else 1
    if k < 0.3:
        frame, written, said = series_slot(rng, part)
        return fill(frame, written, said)
    if k < 0.36:
        frame, numbers = OLYMPIAD_FRAMES[i]
        n = pick(rng, numbers)
        return fill(frame, to_roman(n), [ordw(n)])
    if k < 0.4:
        frame, n = TEAM_FRAMES[i]
        return fill(frame, to_roman(n), [card(n)])
    if k < 0.45:
        n = rng.randint(1, 2)
        written = pick(rng, [f"WW{'I' * n}", f"WW{n}"])
        return fill(WW_FRAMES[i], written, [f"World War {card(n)}", f"W W {card(n)}"])
    if k < 0.5:
        t = "King " if rng.random() < 0.4 else ""
        return fill(GUSTAF_FRAMES[i], f"{t}Carl XVI Gustaf", [f"{t}Carl the sixteenth Gustaf"])
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, *regnal_slot(rng, split(RULERS, part)))


# ---------------------------------------------------------------------------------- ranges

# (kind, frame, smallest, largest, widest gap, step)
RANGE_FRAMES = [("num", "Serves {X}.", 2, 8, 4, 2),
                ("num", "Refunds usually take {X} working days to appear.", 3, 10, 5, 1),
                ("num", "The study enrolled adults aged {X} years.", 18, 75, 50, 1),
                ("num", "Days {X} of the tour are spent in the mountains.", 2, 9, 3, 1),
                ("pct", "Polls put the incumbent on {X}.", 35, 55, 6, 1),
                ("pct", "Expect battery life to fall {X} with the screen at full brightness.",
                 10, 40, 15, 5),
                ("temp", "Highs of {X} are expected on the coast tomorrow.", 14, 30, 4, 1),
                ("temp", "Keep the dough somewhere warm, ideally {X}.", 22, 30, 4, 1),
                ("mins", "Bake for {X} until golden.", 20, 60, 10, 5),
                ("mins", "The shuttle runs every {X} from the terminal.", 10, 30, 10, 5),
                ("wave", "Waves of {X} will build in the outer channel.", 2, 6, 2, 1),
                ("wave", "A swell of {X} is running into the bay.", 1, 5, 2, 1)]
WIND_FRAMES = ["Wind {X}, occasionally gale later.",
               "Inshore waters tonight: wind {X}, rain later."]
# (abbreviation, word)
DIRS = [("N", "north"), ("NE", "northeast"), ("E", "east"), ("SE", "southeast"),
        ("S", "south"), ("SW", "southwest"), ("W", "west"), ("NW", "northwest")]
DATE_RANGE_FRAMES = ["The festival runs {X}.", "Our tour of the fjords is booked for {X}."]
LIFE_FRAMES = ["In loving memory of Morwenna Tregear ({X}).",
               "A celebration of the life of Jory Pascoe ({X}) will be held next month."]
HOURS_RANGE_FRAMES = ["The café on the quay is open {X}.",
                      "Surgery hours on Saturdays are {X}."]
K_FRAMES = ["Deck officer wanted, {X} depending on experience.",
            "Junior producer, {X} plus benefits."]
PAGE_FRAMES = ["The full protocol is given in the appendix, {X}.",
               "The original survey was published in the journal's spring issue, {X}."]
DAYS_FRAMES = ["Our phone lines are open {X}.", "The harbour office is staffed {X}."]


def wind_slot(rng) -> tuple[str, list[str]]:
    """A shipping forecast's wind: "SW 5-7", "SW'ly 5 to 7", "Southwest 5 to 7" ("southwest
    five to seven", "south west ...")."""
    abbr, word = pick(rng, DIRS)
    a = rng.randint(3, 7)
    b = a + rng.randint(1, 2)
    words = [word] + ([word.replace("north", "north ").replace("south", "south ").strip()]
                      if len(abbr) == 2 else [])
    k = rng.randrange(3)
    if k == 0:
        head, heads = abbr, words
    elif k == 1:
        head = f"{abbr}'ly"
        heads = [w + "erly" for w in words]
    else:
        head, heads = word.capitalize(), words
    dash = pick(rng, ["-", "–", " to "])
    return f"{head} {a}{dash}{b}", [f"{h} {card(a)} to {card(b)}" for h in heads]


def date_range_slot(rng) -> tuple[str, list[str]]:
    """Days of one month: "14-18 June" ("the fourteenth to the eighteenth of June"), "June
    14-18" ("June fourteenth to eighteenth")."""
    m, a = rng.randint(1, 12), rng.randint(1, 22)
    b = a + rng.randint(2, 6)
    month = MONTHS[m - 1]
    dash = pick(rng, ["-", "–"])
    said = [f"the {ordw(a)} to the {ordw(b)} of {month}",
            f"from the {ordw(a)} to the {ordw(b)} of {month}",
            f"the {ordw(a)} to {ordw(b)} of {month}",
            f"{month} {ordw(a)} to {ordw(b)}", f"{month} {ordw(a)} to the {ordw(b)}",
            f"from {month} {ordw(a)} to {ordw(b)}"]
    if rng.random() < 0.5:
        return f"{a}{dash}{b} {month}", said
    return f"{month} {a}{dash}{b}", said


def half_range_slot(rng, dash: str) -> tuple[str, list[str]]:
    """Hours within one half of the day, one "am" or "pm" for both: "7-10am", "7:30–10 a.m."
    ("seven to ten AM", "seven AM to ten AM")."""
    half = pick(rng, ["am", "pm", "a.m.", "AM"])
    am = half.lower().startswith("a")
    a = rng.randint(6, 9) if am else rng.randint(1, 6)
    b = a + rng.randint(2, 3)
    ma = pick(rng, [0, 0, 30])
    said_half = "AM" if am else "PM"
    aw = f"{a}:{ma:02d}" if ma else str(a)
    asaid = f"{card(a)} {card(ma)}" if ma else card(a)
    gap = " " if "." in half or half.isupper() else ""
    return f"{aw}{dash}{b}{gap}{half}", [f"{asaid} to {card(b)} {said_half}",
                                         f"{asaid} {said_half} to {card(b)} {said_half}"]


def k_short_slot(rng, dash: str) -> tuple[str, list[str]]:
    """A salary band: "£28-32k" ("twenty eight to thirty two thousand pounds"), "£28k-£32k"
    ("... thousand pounds to thirty two thousand pounds" too)."""
    sym, unit = pick(rng, [("£", "pounds"), ("$", "dollars")])
    a = rng.randrange(22, 60)
    b = a + rng.randrange(2, 9)
    pairs = [(x, y) for x in cards(a) for y in cards(b)]
    said = ([f"{x} to {y} thousand {unit}" for x, y in pairs]
            + [f"{x} thousand to {y} thousand {unit}" for x, y in pairs])
    if rng.random() < 0.6:
        return f"{sym}{a}{dash}{b}k", said
    k = pick(rng, ["k", "K"])
    return f"{sym}{a}{k}{dash}{sym}{b}{k}", said + [f"{x} thousand {unit} to {y} thousand "
                                                   f"{unit}" for x, y in pairs]


def pages_slot(rng, dash: str) -> tuple[str, list[str]]:
    """Pages of a citation: "pp. 112-118" ("pages one hundred twelve to one hundred eighteen",
    "pages one twelve to one eighteen")."""
    a = rng.randint(11, 480)
    if 100 < a and a % 100 < 10:
        a += 10
    b = a + rng.randint(3, 14)
    if b % 100 < 10:
        b += 10

    def said(n):
        out = cards(n)
        if n >= 100:
            out.append(f"{card(n // 100)} {card(n % 100)}")
        return out
    return (f"{pick(rng, ['pp. ', 'pp ', 'pp.'])}{a}{dash}{b}",
            [f"pages {x} to {y}" for x in said(a) for y in said(b)])


def ranges(rng, part):
    dash = pick(rng, ["-", "–"])
    i = 0 if part == "dev" else 1
    k = rng.random()
    if k < 0.12:
        return fill(WIND_FRAMES[i], *wind_slot(rng))
    if k < 0.22:
        return fill(DATE_RANGE_FRAMES[i], *date_range_slot(rng))
    if k < 0.29:
        return fill(LIFE_FRAMES[i], *life_slot(rng, dash))
    if k < 0.37:
        if rng.random() < 0.6:
            return fill(HOURS_RANGE_FRAMES[i], *half_range_slot(rng, dash))
        return fill(HOURS_RANGE_FRAMES[i], *clock_range(rng, dash))
    if k < 0.44:
        return fill(K_FRAMES[i], *k_short_slot(rng, dash))
    if k < 0.5:
        return fill(PAGE_FRAMES[i], *pages_slot(rng, dash))
    if k < 0.56:
        return fill(DAYS_FRAMES[i], *days_slot(rng, dash))
    kind, frame, lo, hi, gap, step = pick(rng, split(RANGE_FRAMES, part))
    a, b, pairs = num_range(rng, lo, hi, gap, step)
    if kind in ("num", "pct"):
        return fill(frame, *plain_range(rng, kind, a, b, dash, pairs))
    if kind == "temp":
        return fill(frame, f"{a}{dash}{b}°C", [f"{x} to {y} {u}" for x, y in pairs
                                               for u in ("degrees Celsius", "degrees")])
    if kind == "mins":
        return fill(frame, f"{a}{dash}{b} {pick(rng, ['mins', 'min', 'minutes'])}",
                    [f"{x} to {y} minutes" for x, y in pairs])
    return fill(frame, f"{a}{dash}{b}{pick(rng, ['m', ' m', ' metres'])}",
                [f"{x} to {y} {u}" for x, y in pairs for u in ("meters", "metres")])


# ---------------------------------------------------------------------- web and e-mail

HOSTS = ["wavelength", "soundbite", "earshot", "pitchside", "touchline", "sidestep",
         "sourdough", "ramekin", "colander", "lootbox", "respawn", "joystick", "gangway",
         "starboard", "portside", "isobar", "doldrums", "quorum", "lectern", "confetti",
         "bouquet", "garter", "swapshop", "pipette"]
SUBDOMAINS = ["episodes", "merch", "shownotes", "itinerary"]
PATHS = ["show-notes", "manage-trip", "ward-results", "patch-notes", "meal-plans",
         "tide-tables"]
# (written, readings): the ones no earlier round used; the country codes by their letters,
# folded alike with the word where they spell one ("i t", "it").
TLDS = [("com", ["com"]), ("com", ["com"]), ("org", ["org"]), ("fm", ["f m"]),
        ("gg", ["g g"]), ("travel", ["travel"]), ("it", ["i t"]), ("ch", ["c h"]),
        ("be", ["b e"]), ("dk", ["d k"]), ("no", ["n o"]), ("me", ["me"]),
        ("blog", ["blog"]), ("show", ["show"]), ("games", ["games"]), ("vote", ["vote"]),
        ("com.br", ["com dot b r"])]
SITE_FRAMES = ["Full show notes are on {X}.", "Manage your booking at {X}.",
               "Ward-by-ward results are posted on {X}.", "The patch notes are up on {X}.",
               "Printable meal plans are at {X}.", "Tide tables for the estuary are on {X}."]
# (frame, the mailbox it names)
MAIL_FRAMES = [("Send your questions for the next show to {X}.", "listeners"),
               ("Wedding and engagement notices can be emailed to {X}.", "announcements"),
               ("To place a private ad, email {X}.", "classifieds"),
               ("Family notices are handled by {X}.", "obituaries"),
               ("Send your abstract to {X} before the deadline.", "abstracts"),
               ("Questions about postal voting go to {X}.", "electoral"),
               ("Constituents can write to {X}.", "caseworker"),
               ("Changes to your trip can be requested at {X}.", "itinerary")]
HANDLE_FRAMES = ["Clips from the match are posted by {X}.",
                 "Follow {X} for gale warnings.",
                 "The show's producer tweets as {X}.",
                 "Raid times are announced by {X}."]
HANDLE_TAILS = [("pod", "pod"), ("fc", "f c"), ("squad", "squad"), ("clan", "clan")]
HASHTAG_FRAMES = ["Join the conversation with {X}.",
                  "Fans are trending {X} after the result."]
# (hashtag, its words)
HASHTAGS = [("BakeAlong", "bake along"), ("CountNight", "count night"),
            ("SeaAreaShanty", "sea area shanty"), ("LootDrop", "loot drop"),
            ("RecessReads", "recess reads"), ("ByElection", "by election")]


def web_slot(rng, part, hosts=HOSTS, tlds=TLDS, subdomains=SUBDOMAINS,
             paths=PATHS) -> tuple[str, list[str]]:
    """A web address of a host of `hosts` and a domain of `tlds` ((domain, its readings)):
    "www." before it, a subdomain of `subdomains` or a path of `paths` after it, or "https://"
    (with or without "www.") before it; this round's lists by default."""
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
        path = pick(rng, split(paths, part))
        return f"{host}.{tld}/{path}", [f"{host} dot {t} {s} {p}" for t in tld_said
                                        for s in ("slash", "forward slash")
                                        for p in said_path(path)]
    said = [f"{host} dot {t}" for t in tld_said]
    www = rng.random() < 0.5
    if www:
        said = [f"{w} dot {s}" for s in said for w in ("w w w", "double u double u double u")]
    return (f"https://{'www.' if www else ''}{host}.{tld}",
            said + [f"h t t p s colon slash slash {s}" for s in said]
            + [f"h t t p s colon forward slash forward slash {s}" for s in said])


def web(rng, part):
    k = rng.random()
    if k < 0.3:
        frame, user = pick(rng, split(MAIL_FRAMES, part))
        host = pick(rng, split(HOSTS, part))
        tld, tld_said = pick(rng, TLDS)
        return fill(frame, f"{user}@{host}.{tld}", [f"{user} at {host} dot {t}"
                                                    for t in tld_said])
    if k < 0.43:
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

# (city, state, the first three digits of its ZIP codes)
CITIES = [("Bemidji", "MN", "566"), ("Brainerd", "MN", "564"), ("Hibbing", "MN", "557"),
          ("Pierre", "SD", "575"), ("Aberdeen", "SD", "574"), ("Pendleton", "OR", "978"),
          ("Bend", "OR", "977"), ("Chico", "CA", "959"), ("Ukiah", "CA", "954"),
          ("Merced", "CA", "953"), ("Barstow", "CA", "923"), ("Kingman", "AZ", "864"),
          ("Gallup", "NM", "873"), ("Taos", "NM", "875"), ("Alamosa", "CO", "811"),
          ("Hays", "KS", "676"), ("Emporia", "KS", "668"), ("Stillwater", "OK", "740"),
          ("Enid", "OK", "737"), ("Nacogdoches", "TX", "759"), ("Natchez", "MS", "391"),
          ("Meridian", "MS", "393"), ("Opelika", "AL", "368"), ("Gadsden", "AL", "359"),
          ("Athens", "GA", "306"), ("Spartanburg", "SC", "293"), ("Boone", "NC", "286"),
          ("Staunton", "VA", "244"), ("Cumberland", "MD", "215"),
          ("Williamsport", "PA", "177"), ("Oneonta", "NY", "138"), ("Elmira", "NY", "149"),
          ("Hyannis", "MA", "026"), ("Norwich", "CT", "063"), ("Sandusky", "OH", "448"),
          ("Zanesville", "OH", "437"), ("Kokomo", "IN", "469"), ("Galesburg", "IL", "614"),
          ("Ottumwa", "IA", "525"), ("Sedalia", "MO", "653"), ("Owensboro", "KY", "423"),
          ("Cookeville", "TN", "385"), ("Conway", "AR", "720"), ("Ketchikan", "AK", "999"),
          ("Kahului", "HI", "967"), ("Moab", "UT", "845")]
STREETS = ["Spinnaker", "Mizzen", "Tiller", "Windlass", "Rudder", "Lanyard", "Halyard",
           "Capstan", "Clipper", "Galleon", "Sloop", "Ketch", "Cello", "Viola", "Banjo",
           "Fiddle", "Oboe", "Piccolo", "Whippoorwill", "Bobolink", "Killdeer", "Grosbeak",
           "Stagecoach", "Buckboard", "Lariat", "Stirrup", "Saddlebrook", "Trellis", "Gazebo",
           "Gristmill", "Smokehouse", "Creamery", "Tollgate", "Drover"]
# (abbreviations a writer uses, the word): the common types, and the postal abbreviations of
# bends, heights, groves and hollows.
STREET_TYPES = [(["St.", "St"], "Street"), (["St.", "St"], "Street"),
                (["Ave.", "Ave"], "Avenue"), (["Ave.", "Ave"], "Avenue"),
                (["Rd.", "Rd"], "Road"), (["Dr.", "Dr"], "Drive"), (["Ln."], "Lane"),
                (["Blvd."], "Boulevard"), (["Bnd"], "Bend"), (["Hts"], "Heights"),
                (["Grv"], "Grove"), (["Holw"], "Hollow")]
DIRECTIONS = [("N.", "North"), ("S.", "South"), ("E.", "East"), ("W", "West"),
              ("NW", "Northwest"), ("SE", "Southeast")]
# British towns: (town, postcode area, districts)
UK_TOWNS = [("Penzance", "TR", (18, 20)), ("Whitby", "YO", (21, 22)), ("Oban", "PA", (34, 34)),
            ("Kendal", "LA", (8, 9)), ("Ludlow", "SY", (8, 8)), ("Hexham", "NE", (46, 48)),
            ("Tenby", "SA", (69, 70)), ("Bideford", "EX", (39, 39)), ("Bridport", "DT", (6, 6)),
            ("Stornoway", "HS", (1, 2)), ("Keswick", "CA", (12, 12)), ("Alnwick", "NE", (66, 66)),
            ("Padstow", "PL", (28, 28)), ("Lerwick", "ZE", (1, 1)), ("Portree", "IV", (51, 51)),
            ("Cromer", "NR", (27, 27)), ("Southwold", "IP", (18, 18)),
            ("Whitstable", "CT", (5, 5)), ("Llandudno", "LL", (30, 30)),
            ("Ilfracombe", "EX", (34, 34))]
UK_STREETS = ["Quayside", "Fore", "Ropewalk", "Netloft", "Smithy", "Tithe", "Glebe", "Priory",
              "Vicarage", "Rectory", "Almshouse", "Maltings", "Brewhouse", "Bakehouse",
              "Pinfold", "Shambles", "Barbican", "Causeway", "Esplanade", "Promenade"]
# (as written, the word)
UK_TYPES = [("Street", "Street"), ("St", "Street"), ("Road", "Road"), ("Rd", "Road"),
            ("Lane", "Lane"), ("Row", "Row"), ("Close", "Close"), ("Mews", "Mews"),
            ("Wynd", "Wynd"), ("Yard", "Yard"), ("Terrace", "Terrace")]
# (city, province, the first three characters of its postal codes)
CA_CITIES = [("Kamloops", "BC", "V2C"), ("Moncton", "NB", "E1C"), ("Lethbridge", "AB", "T1J"),
             ("Brandon", "MB", "R7A"), ("Sudbury", "ON", "P3A"), ("Sherbrooke", "QC", "J1H"),
             ("Truro", "NS", "B2N"), ("Saskatoon", "SK", "S7K"),
             ("Charlottetown", "PE", "C1A"), ("Nanaimo", "BC", "V9R"),
             ("Kelowna", "BC", "V1Y"), ("Timmins", "ON", "P4N"), ("Rimouski", "QC", "G5L"),
             ("Fredericton", "NB", "E3B"), ("Yellowknife", "NT", "X1A"),
             ("Whitehorse", "YT", "Y1A")]
PROVINCES = {"BC": "British Columbia", "NB": "New Brunswick", "AB": "Alberta", "MB": "Manitoba",
             "ON": "Ontario", "QC": "Quebec", "NS": "Nova Scotia", "SK": "Saskatchewan",
             "PE": "Prince Edward Island", "NT": "Northwest Territories", "YT": "Yukon"}
# (town, state, postcode)
AU_TOWNS = [("Cairns", "QLD", 4870), ("Ballarat", "VIC", 3350), ("Toowoomba", "QLD", 4350),
            ("Bendigo", "VIC", 3550), ("Launceston", "TAS", 7250), ("Geraldton", "WA", 6530),
            ("Mildura", "VIC", 3500), ("Bunbury", "WA", 6230), ("Dubbo", "NSW", 2830),
            ("Lismore", "NSW", 2480), ("Bundaberg", "QLD", 4670), ("Shepparton", "VIC", 3630),
            ("Kalgoorlie", "WA", 6430), ("Gambier", "SA", 5290)]
AU_STATES = {"QLD": "Queensland", "VIC": "Victoria", "TAS": "Tasmania",
             "WA": "Western Australia", "NSW": "New South Wales", "SA": "South Australia"}
# (frame, whether a post office box fits it)
ADDRESS_FRAMES = [("The reception will be held at {X}.", False),
                  ("Please send written representations to {X}.", True),
                  ("We have changed your delivery address to {X}.", False),
                  ("Condolences may be sent to the family at {X}.", True),
                  ("The count takes place at {X}.", False),
                  ("Correspondence about the study should be addressed to {X}.", True),
                  ("Your lodge for the first night is {X}.", False),
                  ("Entries for the photo competition go to {X}.", True)]


def us_address(rng, part, box: bool) -> tuple[str, list[str]]:
    """A US address: a house number in pairs, a street (numbered now and then), an apartment,
    unit, suite or "#" number, the city, the state's name and the ZIP code (ZIP+4 too) digit
    by digit; or a post office box."""
    city, state, prefix = pick(rng, split(CITIES, part))
    zip_code, zips = zip_slot(rng, prefix, 0.25)
    if box and rng.random() < 0.4:
        street, said = box_slot(rng)
        return (f"{street}, {city}, {state} {zip_code}",
                [f"{s}, {city}, {STATES[state]} {z}" for s in said for z in zips])
    street, said = house_street(rng, part, STREETS, STREET_TYPES, DIRECTIONS, 0.12,
                                ("Street", "Avenue"), 0.3)
    room, room_said = ("", [""])
    r = rng.random()
    if r < 0.15:
        n = rng.randint(101, 420)
        if n % 100 < 10:
            n += 10
        room = f"#{n}"
        room_said = [f"number {card(n // 100)} {card(n % 100)}", f"number {card(n)}",
                     f"number {digits(str(n))}"]
    elif r < 0.35:
        room, room_said = suite(rng)
    written = f"{street}, {room + ', ' if room else ''}{city}, {state} {zip_code}"
    if room.startswith("#") and rng.random() < 0.5:
        written = f"{street} {room}, {city}, {state} {zip_code}"
        spoken = [f"{said} {r}, {city}, {STATES[state]} {z}" for r in room_said for z in zips]
        return written, spoken
    spoken = [f"{said}, {r + ', ' if r else ''}{city}, {STATES[state]} {z}"
              for r in room_said for z in zips]
    return written, spoken


def uk_address(rng, part) -> tuple[str, list[str]]:
    """A British address: "27 Fore Street, Penzance TR18 4AB", the postcode's letters one by
    one and its district as a number or digit by digit ("T R eighteen", "T R one eight"), a
    flat now and then."""
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
    if rng.random() < 0.25:
        f = rng.randint(1, 12)
        flat, flat_said = f"Flat {f}, ", f"Flat {card(f)}, "
    comma = pick(rng, [" ", ", "])
    return (f"{flat}{n} {name} {typ}, {town}{comma}{area}{district} {inward}",
            [f"{flat_said}{card(n)} {name} {word}, {town}{comma}{c}" for c in codes])


def ca_address(rng, part) -> tuple[str, list[str]]:
    """A Canadian address: "2210 Lanyard Cres., Kamloops, BC V2C 5K1", the province's name and
    the postal code letter by letter and digit by digit."""
    city, prov, fsa = pick(rng, split(CA_CITIES, part))
    ldu = f"{rng.randint(0, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    code_said = zero_variants(" ".join(digits(c) if c.isdigit() else c for c in fsa + ldu))
    num, num_said = house(rng)
    name = pick(rng, split(STREETS, part))
    abbrs, typ = pick(rng, STREET_TYPES[:8] + [(["Cres."], "Crescent"), (["Ct."], "Court")])
    abbr = pick(rng, abbrs)
    return (f"{num} {name} {abbr}, {city}, {prov} {fsa} {ldu}",
            [f"{num_said} {name} {typ}, {city}, {PROVINCES[prov]} {c}" for c in code_said])


def au_address(rng, part) -> tuple[str, list[str]]:
    """An Australian address: "14 Esplanade, Cairns QLD 4870", the state's name and the
    postcode digit by digit or in pairs ("forty eight seventy")."""
    town, state, code = pick(rng, split(AU_TOWNS, part))
    n = rng.randint(2, 180)
    if 100 < n and n % 100 < 10:
        n += 10
    name = pick(rng, split(STREETS + UK_STREETS, part))
    abbrs, typ = pick(rng, STREET_TYPES[:8])
    abbr = pick(rng, abbrs)
    codes = zero_variants(digits(str(code)))
    hi, lo = divmod(code, 100)
    codes.append(f"{card(hi)} {card(lo)}" if lo else f"{card(hi)} hundred")
    nums = cards(n) + ([f"{card(n // 100)} {card(n % 100)}"] if n >= 100 else [])
    return (f"{n} {name} {abbr}, {town} {state} {code}",
            [f"{x} {name} {typ}, {town} {AU_STATES[state]} {c}" for x in nums for c in codes])


def address(rng, part):
    frame, box = pick(rng, split(ADDRESS_FRAMES, part))
    k = rng.random()
    if k < 0.5:
        return fill(frame, *us_address(rng, part, box))
    if k < 0.7:
        return fill(frame, *uk_address(rng, part))
    if k < 0.85:
        return fill(frame, *ca_address(rng, part))
    return fill(frame, *au_address(rng, part))


# --------------------------------------------------------------------------------- titles

SURNAMES = ["Trelawney", "Penhaligon", "Pendarves", "Carew", "Tremayne", "Nancarrow", "Treloar",
            "Pascoe", "Vosper", "Bolitho", "Chenoweth", "Trevithick", "Angove", "Rosewarne",
            "Pengelly", "Curnow", "Teague", "Hosking", "Lanyon", "Penrose", "Tonkin", "Uren",
            "Yelland", "Blamey"]
WOMEN = ["Morwenna", "Demelza", "Tamsin", "Loveday", "Kerensa", "Elowen", "Tressa", "Nessa"]
MEN = ["Cador", "Jory", "Kenver", "Mawgan", "Talan", "Treeve", "Locryn", "Bryok"]
FIRST_NAMES = [x for pair in zip(WOMEN, MEN) for x in pair]
# (abbreviation, readings, who it goes before: "m" a man's name, "w" a woman's, "" a surname
# or a full name, "the" after "the"): ranks of the US forces written as their services write
# them, British police and clergy, church, school and county offices. No earlier round used
# these.
TITLES = [("GySgt", ["Gunnery Sergeant"], ""), ("TSgt", ["Technical Sergeant"], ""),
          ("MSgt", ["Master Sergeant"], ""), ("SFC", ["Sergeant First Class", "S F C"], ""),
          ("MCPO", ["Master Chief Petty Officer", "M C P O"], ""),
          ("CWO", ["Chief Warrant Officer", "C W O"], ""), ("Midn.", ["Midshipman"], ""),
          ("DCI", ["Detective Chief Inspector", "D C I"], ""),
          ("Revd", ["Reverend"], "the"), ("Very Rev.", ["Very Reverend"], "the"),
          ("Preb.", ["Prebendary"], ""), ("Pstr.", ["Pastor"], ""),
          ("Sis.", ["Sister"], "w"), ("Comm.", ["Commissioner"], ""),
          ("Prin.", ["Principal"], ""), ("Treas.", ["Treasurer"], "")]
# Courtesy titles; British style drops the dot.
COURTESY = [("Dr.", "Doctor"), ("Mr.", "Mister"), ("Mrs.", "Missus"), ("Ms.", "Miz"),
            ("Mx.", "Mix"), ("Mlle", "Mademoiselle")]
TITLE_FRAMES = ["{X} thanked the crew for bringing everyone home safely.",
                "The happy couple were married by {X}.",
                "{X} raised the matter at question time.",
                "The findings were presented by {X} at the symposium.",
                "{X} will read the lesson at the funeral.",
                "Our guest on this week's show is {X}.",
                "{X} handed over the cheque to the lifeboat crew.",
                "The complaint was reviewed by {X}."]
# After a full name: (abbreviation, reading, the comma before it: "," always, "" never, None
# either way).
SUFFIXES = [("MSP", "M S P", ""), ("MLA", "M L A", ""), ("FRS", "F R S", None),
            ("KBE", "K B E", ""), ("DBE", "D B E", ""), ("CBE", "C B E", ""),
            ("FRCS", "F R C S", None), ("QPM", "Q P M", ""), ("DDS", "D D S", ","),
            ("DVM", "D V M", ","), ("TD", "T D", ""), ("II", "the second", "")]
SUFFIX_FRAMES = ["The petition was presented by {X}.", "The keynote will be given by {X}.",
                 "{X} cut the ribbon on the new ward.", "The trophy was handed over by {X}."]
# (abbreviation, word, places, frames that fit them)
PLACES = [("Pt.", "Point", ["Judith", "Lobos", "Conception", "Roberts", "Lookout", "Pleasant"],
           ["Whales are often seen off {X} in spring.",
            "Our coach stops at {X} for lunch.",
            "The lighthouse at {X} is open on Sundays.",
            "Fog closed the road to {X} this morning."]),
          ("Ste.", "Sainte", ["Agathe", "Anne", "Adele", "Julie"],
           ["The wine trail starts in {X}.", "We spent two nights in {X}.",
            "The ferry to {X} was cancelled.", "A fiddle festival fills {X} each summer."])]
# A name, then the word cut short: (abbreviation, word, names, frames).
AFTER = [("Jct.", "Junction", ["Clapham", "Haymarket", "Shotton", "Ardrossan"],
          ["Change at {X} for the coast.", "Signal failure at {X} is delaying trains.",
           "Passengers were held at {X} for an hour.", "The night bus calls at {X}."]),
         ("Int'l", "International", ["Dulles", "Pearson", "Changi", "Schiphol"],
          ["Your connection leaves from {X}.", "We land at {X} just after dawn.",
           "The lounge at {X} is open to all passengers.", "Fog diverted the flight to {X}."]),
         ("Stn", "Station", ["Waverley", "Euston", "Paddington", "Moorgate"],
          ["Meet the guide outside {X}.", "The taxi rank at {X} is closed.",
           "The walk starts from {X}.", "Lockers are available at {X}."])]
# Abbreviations of ordinary words: (written sentence, its reading).
ABBREVIATIONS = [("Transfers take approx. two hours.",
                  ["Transfers take approximately two hours."]),
                 ("All prices incl. VAT.", ["All prices including V A T.",
                                            "All prices inclusive of V A T."]),
                 ("Stone cottage nr the harbour, w/ garden.",
                  ["Stone cottage near the harbour, with garden."]),
                 ("The pottery was est. by two sisters in the old mill.",
                  ["The pottery was established by two sisters in the old mill."]),
                 ("Kendal Utd vs. Penrith is off because of a waterlogged pitch.",
                  ["Kendal United versus Penrith is off because of a waterlogged pitch."]),
                 ("Dept. of Marine Sciences, Univ. of the Highlands.",
                  ["Department of Marine Sciences, University of the Highlands."]),
                 ("Breakfast incl. in the room rate.",
                  ["Breakfast included in the room rate."]),
                 ("Whitby Utd v Alnwick kicks off at noon.",
                  ["Whitby United versus Alnwick kicks off at noon.",
                   "Whitby United v Alnwick kicks off at noon."])]
SEED_FRAMES = ["The {X} seed was knocked out in straight sets.",
               "The film opened at {X} on the chart."]
STREET_FRAMES = ["Roadworks have closed {X} until Friday.",
                 "The hotel's car park is off {X}.",
                 "The polling station on {X} opens at seven.",
                 "The parade will turn at the corner of {X}."]
FEASTS = ["Guthlac", "Birinus", "Cedd", "Brendan", "Teilo", "Erkenwald", "Beuno", "Frideswide",
          "Etheldreda", "Werburgh", "Osmund", "Nectan", "Illtud", "Cadoc"]
COMBO_FRAMES = ["{T} {S} will officiate at St. {F}'s on {N} Ave.",
                "{T} {S} runs the St. {F}'s youth choir on {N} St.",
                "The St. {F}'s lifeboat appeal was launched by {T} {S} of {N} Rd.",
                "{T} {S} opened the St. {F}'s hospice shop on {N} Dr."]


def seed_slot(rng, part) -> tuple[str, list[str]]:
    """"No. 3", "#3": "number three"."""
    n = rng.randint(1, 16) if part == "dev" else rng.randint(1, 40)
    return f"{pick(rng, ['No. ', 'No.', '#', 'no. '])}{n}", [f"number {card(n)}"]


def title(rng, part):
    k = pick(rng, [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7])
    sur = pick(rng, split(SURNAMES, part))
    if k == 0:
        abbr, words, who = pick(rng, split(TITLES, part))
        frame = pick(rng, split(TITLE_FRAMES, part))
        first = pick(rng, split(FIRST_NAMES, part)) + " " if rng.random() < 0.4 else ""
        if who == "w":
            first = pick(rng, split(WOMEN, part)) + " "
        art = ("The " if frame.startswith("{X}") else "the ") if who == "the" else ""
        return fill(frame, f"{art}{abbr} {first}{sur}", [f"{art}{w} {first}{sur}"
                                                          for w in words])
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
        if abbr in ("II", "KBE"):
            first = pick(rng, split(MEN, part))
        if abbr == "DBE":
            first = pick(rng, split(WOMEN, part))
        return suffix_row(rng, part, SUFFIX_FRAMES, f"{first} {sur}", abbr, word, comma)
    if k == 3:
        written, said = pick(rng, split(ABBREVIATIONS, part))
        return written, " ‖ ".join(said)
    if k == 4:
        abbr, word, names, frames = pick(rng, PLACES)
        name = pick(rng, split(names, part))
        said = [f"{word} {name}"] + ([f"Saint {name}"] if word == "Sainte" else [])
        return fill(pick(rng, split(frames, part)), f"{abbr} {name}", said)
    if k == 5:
        abbr, word, names, frames = pick(rng, AFTER)
        name = pick(rng, split(names, part))
        return fill(pick(rng, split(frames, part)), f"{name} {abbr}", [f"{name} {word}"])
    if k == 6:
        if rng.random() < 0.5:
            return fill(SEED_FRAMES[0 if part == "dev" else 1], *seed_slot(rng, part))
        return street_row(rng, part, STREETS, STREET_FRAMES, STREET_ABBRS)
    return combo_row(rng, part, sur, COURTESY[:4] + [("Preb.", "Prebendary"), ("Pstr.", "Pastor")],
                     STREETS, FEASTS, COMBO_FRAMES, STREET_ABBRS)


# ---------------------------------------------------------------------------------- mixed

AIRLINES = [("BA", "B A"), ("EI", "E I"), ("LX", "L X"), ("SK", "S K"), ("AY", "A Y"),
            ("TP", "T P"), ("QF", "Q F")]


def airline_flight(rng, part) -> tuple[str, list[str]]:
    code, said = pick(rng, AIRLINES)
    num, nums = flight_slot(rng)
    return f"{code}{pick(rng, ['', ' '])}{num}", [f"{said} {n}" for n in nums]


def duration_slot(rng, part) -> tuple[str, list[str]]:
    """A running or journey time: "2 hr 33 min", "1h 12m", "2 hrs 5 mins" ("two hours thirty
    three minutes", with "and" or without)."""
    h, m = rng.randint(1, 3), rng.randint(2, 59)
    style = rng.randrange(3)
    if style == 0:
        written = f"{h} hr {m} min"
    elif style == 1:
        written = f"{h}h {m}m"
    else:
        written = f"{h} hr{'s' if h > 1 else ''} {m} min{'s' if m > 1 else ''}"
    hs = f"{card(h)} {'hour' if h == 1 else 'hours'}"
    ms = f"{card(m)} minutes"
    return written, [f"{hs} {ms}", f"{hs} and {ms}"]


def hpa_gen(rng, part):
    return hpa_slot(rng, 960, 1010)


def goal_score(rng, part) -> tuple[str, list[str]]:
    """A football score after a goal, no nil: "2-1" ("two one", "two to one")."""
    a = rng.randint(2, 4)
    b = rng.randint(1, a - 1)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{card(a)} {card(b)}", f"{card(a)} to {card(b)}"]


def hotel_time(half: str, hours: list[int]):
    """A check-in or check-out time on the hour or the half hour: "3pm", "3:00 PM" ("three
    PM", "three o'clock PM"), "10.30am"."""
    def gen(rng, part) -> tuple[str, list[str]]:
        h, m = pick(rng, hours), pick(rng, [0, 0, 30])
        mark = pick(rng, [half.lower(), half, half.lower()[0] + "." + half.lower()[1] + "."])
        gap = "" if mark.islower() and "." not in mark and rng.random() < 0.7 else " "
        if m:
            sep = "." if mark.islower() and "." not in mark and rng.random() < 0.4 else ":"
            return f"{h}{sep}30{gap}{mark}", [f"{card(h)} thirty {half}"]
        if rng.random() < 0.3:
            return f"{h}:00{gap}{mark}", [f"{card(h)} {half}", f"{card(h)} o'clock {half}"]
        return f"{h}{gap}{mark}", [f"{card(h)} {half}"]
    return gen


def winter_games(rng, part) -> dict:
    """The Winter Games by their number, their opening day in February of their year and
    the events: "The XXV Olympic Winter Games open on February 6, 2026"."""
    n, y = pick(rng, [(25, 2026), (26, 2030)])
    d = rng.randint(4, 12)
    month = "February"
    said = day_month(d, month)
    form = rng.randrange(3)
    if form == 0:
        written = f"{month} {d}, {y}"
    elif form == 1:
        written = f"{d} {month} {y}"
    else:
        written = f"Feb. {d}, {y}"
    events = rng.randint(90, 120)
    return {"A": (to_roman(n), [ordw(n)]),
            "B": (written, [f"{x} {r}" for x in said for r in year_readings(y)]),
            "C": (str(events), cards(events))}


def gust_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(35, 70)
    return f"{n} {pick(rng, ['kts', 'knots', 'kt'])}", [f"{card(n)} knots"]


def early_gen(rng, part):
    return early_slot(rng)


def zone_gen(rng, part):
    return zone_slot(rng, 1.0)


def oven_slot(rng, part) -> tuple[str, list[str]]:
    """An oven temperature, fan and gas mark as British blogs give them: "200C/180C fan/gas
    6", or one of them."""
    c = rng.randrange(160, 230, 10)
    unit = pick(rng, ["C", "°C"])
    temps = [f"{x} degrees{u}" for x in cards(c) for u in (" Celsius", "")]
    if rng.random() < 0.5:
        return f"{c}{unit}", temps
    fan = c - 20
    gas = {160: 3, 170: 3, 180: 4, 190: 5, 200: 6, 210: 6, 220: 7}.get(c, 7)
    fans = [f"{x} degrees{u} fan" for x in cards(fan) for u in (" Celsius", "")]
    return (f"{c}{unit}/{fan}{unit} fan/gas {gas}",
            [f"{t} {f} gas {card(gas)}" for t in temps for f in fans]
            + [f"{t}, {f}, gas mark {card(gas)}" for t in temps for f in fans])


def mins_range(rng, part) -> tuple[str, list[str]]:
    a, b, pairs = num_range(rng, 20, 60, 10, 5)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{x} to {y}" for x, y in pairs]


def kcal_gen(rng, part):
    unit = UNITS[0]
    return unit_slot(rng, unit, 180, 650, False)


def grams_gen(rng, part):
    n = rng.randint(8, 45)
    return f"{n}{pick(rng, ['g', ' g'])}", [f"{card(n)} grams"]


def fps_slot(rng, part) -> tuple[str, list[str]]:
    n = pick(rng, [30, 60, 60, 120])
    return f"{n}{pick(rng, [' fps', 'fps'])}", [f"{card(n)} {u}" for u in
                                                ("frames per second", "f p s")]


def resolution_slot(rng, part) -> tuple[str, list[str]]:
    """"4K" ("four K"), "1440p" ("fourteen forty p"), "1080p" ("ten eighty p")."""
    return pick(rng, [("4K", ["four K"]), ("1440p", ["fourteen forty p",
                                                     "one thousand four hundred forty p"]),
                      ("1080p", ["ten eighty p", "one thousand eighty p"])])


def console_price(rng, part) -> tuple[str, list[str]]:
    """A price before a noun, its unit singular: "the $499 console" ("the four hundred ninety
    nine dollar console")."""
    n = pick(rng, [399, 449, 499, 549, 699])
    sym, unit = pick(rng, [("$", "dollar"), ("£", "pound"), ("€", "euro")])
    return f"{sym}{n}", [f"{c} {unit}" for c in cards(n) if c[:2] != "a "]


def review_gen(rng, part):
    return review_slot(rng)


def platform_slot(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(1, 14)
    return str(n), [card(n)]


def train_slot(rng, part) -> tuple[str, list[str]]:
    """A departure by its time, "the 07:42" ("the seven forty two", "oh seven forty two") or
    "the 17:15"."""
    if rng.random() < 0.5:
        return early_slot(rng)
    h, m = rng.randint(10, 22), rng.randint(10, 59)
    return f"{h}:{m}", [f"{card(h)} {card(m)}"]


def car_year(rng, part):
    return year_slot(rng, 2009, 2022)


def mileage(rng, part) -> tuple[str, list[str]]:
    n = rng.randrange(12000, 140000, 500)
    return f"{n:,}", cards(n)


def ono_price(rng, part) -> tuple[str, list[str]]:
    n = rng.randrange(1500, 14000, 250)
    said = ["o n o", "or nearest offer", "or near offer"]
    return f"£{n:,} ono", [f"{c} pounds {s}" for c in cards(n) for s in said]


def cohort(rng, part):
    return count_slot(rng, 200, 5000, True)


def age_band(rng, part) -> tuple[str, list[str]]:
    a = rng.randint(18, 50)
    b = min(a + rng.randint(12, 45), 85)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{card(a)} to {card(b)}"]


def pct_gen(lo, hi, dec=True):
    return lambda rng, part: pct_slot(rng, lo, hi, dec)


def refund_slot(rng, part):
    return cents_slot(rng)


def days_range(rng, part) -> tuple[str, list[str]]:
    a, b, pairs = num_range(rng, 3, 10, 4, 1)
    return f"{a}{pick(rng, ['-', '–'])}{b}", [f"{x} to {y}" for x, y in pairs]


def night_price(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(6, 25)
    sym, unit = pick(rng, [("£", "pounds"), ("€", "euros"), ("$", "dollars")])
    return f"{sym}{n}", [f"{card(n)} {unit}"]


def crossing_time(rng, part):
    return hours_slot(rng)


def fare_slot(rng, part):
    return cents_slot(rng)


def seed_gen(rng, part) -> tuple[str, list[str]]:
    n = rng.randint(1, 12)
    return f"No. {n}", [f"number {card(n)}"]


def division(rng, part) -> dict:
    """A division of the House: the ayes, the noes and the majority between them."""
    a, b = rng.randint(250, 340), rng.randint(180, 249)
    return {"A": (str(a), cards(a)), "B": (str(b), cards(b)), "C": (str(a - b), cards(a - b))}


# (frame, {slot: generator (rng, part) -> (written, readings)}, or a function (rng, part) ->
# {slot: (written, readings)} where the numbers depend on each other); dev takes the even
# frames, held-out the odd ones.
MIXED_CLASS_FRAMES = [
    ("The Liberal Democrats won the seat with {A} votes, a majority of {B} on a turnout of {C}.",
     {"A": slot(count_slot, 12000, 36000), "B": slot(count_slot, 100, 9999),
      "C": pct_gen(48, 78)}),
    ("Turnout was {A}, down {B} points on {C}.",
     {"A": pct_gen(45, 75), "B": lambda rng, part: points_slot(rng, 1, 9),
      "C": slot(year_slot, 2010, 2024)}),
    ("She died on {A}, aged {B}, and leaves {C} grandchildren.",
     {"A": slot(date_slot, 2024, 2025, 0.6, 0.3), "B": slot(age_slot, 70, 99),
      "C": slot(count_slot, 2, 24)}),
    ("The couple married at {A} on {B} in front of {C} guests.",
     {"A": slot(clock_slot, "PM", 0.0), "B": slot(date_slot, 2024, 2026, 0.3, 0.5),
      "C": slot(count_slot, 30, 250)}),
    ("Flight {A} departs from Gate {B} at {C} on {D}.",
     {"A": airline_flight, "B": slot(gate_slot), "C": early_gen,
      "D": lambda rng, part: caps_slot(rng, 2025, 2026)}),
    ("Your booking is for {A} adults and {B} children for {C} nights, total {D}.",
     {"A": slot(count_slot, 2, 4), "B": slot(count_slot, 2, 3), "C": slot(count_slot, 2, 14),
      "D": lambda rng, part: total_slot(rng)}),
    ("Gusts of {A} are expected by {B}, with pressure falling to {C}.",
     {"A": gust_slot, "B": zone_gen, "C": hpa_gen}),
    ("He scored in the {A} minute to make it {B}, his {C} goal of the season.",
     {"A": slot(ord_slot, 60, 90), "B": goal_score, "C": slot(ord_slot, 2, 30, "his")}),
    ("The {A} seed won {B} in just {C} minutes.",
     {"A": seed_gen, "B": slot(sets_slot), "C": slot(count_slot, 61, 99)}),
    ("Bake at {A} for {B} minutes, then leave to cool for {C} minutes.",
     {"A": oven_slot, "B": mins_range, "C": slot(count_slot, 5, 20)}),
    ("Each of the {A} portions has {B} and {C} of protein.",
     {"A": slot(count_slot, 4, 12), "B": kcal_gen, "C": grams_gen}),
    ("It runs at {A} in {B} on the {C} console and scores {D} from us.",
     {"A": fps_slot, "B": resolution_slot, "C": console_price, "D": review_gen}),
    ("The {A} from platform {B} arrives at {C}, a journey of {D}.",
     {"A": train_slot, "B": platform_slot, "C": train_slot, "D": duration_slot}),
    ("For sale: {A} hatchback, {B} miles, one owner, {C}.",
     {"A": car_year, "B": mileage, "C": ono_price}),
    ("Of the {A} adults aged {B}, {C} developed a mild rash.",
     {"A": cohort, "B": age_band, "C": pct_gen(5, 40)}),
    ("The amendment was defeated by {A} votes to {B}, a majority of {C}.", division),
    ("Your refund of {A} will reach your account within {B} working days of {C}.",
     {"A": refund_slot, "B": days_range, "C": slot(date_slot, 2025, 2026, 0.3, 0.3)}),
    ("Episode {A} runs {B} and was recorded on {C}.",
     {"A": slot(count_slot, 21, 320), "B": duration_slot,
      "C": slot(date_slot, 2023, 2025, 0.5, 0.3)}),
    ("Polls close at {A} and the first results are expected by {B} on {C}.",
     {"A": slot(clock_slot, "PM", 0.0), "B": slot(clock_slot, "AM", 0.0),
      "C": slot(date_slot, 2025, 2028, 0.5, 0.6)}),
    ("Check-in is from {A}, check-out by {B}, and parking costs {C} a night.",
     {"A": hotel_time("PM", [2, 3, 4]), "B": hotel_time("AM", [10, 11]), "C": night_price}),
    ("The ferry sails at {A} and takes {B}, with fares from {C}.",
     {"A": early_gen, "B": crossing_time, "C": fare_slot}),
    ("The {A} Olympic Winter Games open on {B} with {C} events.", winter_games),
    ("The study ran from {A} to {B} and followed {C} patients for {D} years.",
     {"A": slot(year_slot, 1995, 2010), "B": slot(year_slot, 2011, 2023),
      "C": slot(count_slot, 300, 9000), "D": slot(count_slot, 2, 15)}),
    ("The {A} broke down off the Lizard at {B} with {C} people aboard.",
     {"A": lambda rng, part: (lambda n: (f"{n:,}-tonne ferry", [f"{c} tonne ferry" for c in
                                                               cards(n) if c[:2] != "a "]))(
         rng.randrange(2000, 40000, 500)),
      "B": early_gen, "C": slot(count_slot, 40, 900)}),
]


mixed = mixed_class(MIXED_CLASS_FRAMES)


def main():
    unseen.round_main("r106", None, per_class=24, seed=773, en=en_classes(globals()))


if __name__ == "__main__":
    main()
