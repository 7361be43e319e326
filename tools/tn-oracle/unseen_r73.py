"""Seventy-third round (issue 33), English, every class at once, written after round 72's rules
only to measure them: counts, ordinals, dates (month first and day first), years, clock
times, money, measures, percentages, decimals, phone numbers, fractions, regnal numerals,
ranges, web addresses and e-mail, each in frames and words no set used (new sentences, new
nouns, new names and domains). Labels are English as it is spoken, from first principles (the
readings every style guide and newsreader gives); where English has two usual readings both
are accepted, written " ‖ " between them ("two thousand eight ‖ twenty oh eight", "three
dollars and fifty cents ‖ three dollars fifty cents", "the fourth of May ‖ May fourth").

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r73.py [--per-class 24] [--seed 487]

writes crates/text-normalizer/tests/data/tn-unseen/r73-en-{dev,held}.tsv.
"""

from __future__ import annotations

from itertools import product

import unseen
from unseen import pick
from unseen_en import card, digits, ord_suffix, ordw
from unseen_r2 import split

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def alts(*readings) -> str:
    seen = []
    for r in readings:
        if r not in seen:
            seen.append(r)
    return " ‖ ".join(seen)


def year_readings(y: int) -> list[str]:
    if y == 2000:
        return ["two thousand"]
    if 2001 <= y <= 2009:
        return [f"two thousand {card(y % 100)}", f"twenty oh {card(y % 100)}"]
    if y % 100 == 0:
        return [f"{card(y // 100)} hundred"]
    if y % 100 < 10:
        return [f"{card(y // 100)} oh {card(y % 100)}"]
    readings = [f"{card(y // 100)} {card(y % 100)}"]
    if y >= 2010:
        readings.append(f"two thousand {card(y % 100)}")
    return readings


def fill(frame: str, written: str, spoken: list[str]) -> tuple[str, str]:
    """The frame with the written form and with each reading; an abbreviation's dot ends the
    sentence too ("at 11:05 a.m.")."""
    def put(x):
        return frame.replace("{X}", x).replace("..", ".")
    return put(written), alts(*(put(s) for s in spoken))


COUNT_NOUNS = ["lanterns", "volunteers", "parcels", "saplings", "ballots", "turbines",
               "pilgrims", "spindles", "kayaks", "beehives"]
COUNT_FRAMES = ["The depot shipped {X} last month.", "Roughly {X} lined the route.",
                "We counted {X} by dusk.", "The census lists {X}.",
                "They donated {X} to the school.", "Some {X} were lost in the flood."]


def count(rng, part):
    n = rng.randint(2, 999999)
    noun = pick(rng, split(COUNT_NOUNS, part))
    frame = pick(rng, split(COUNT_FRAMES, part))
    written = f"{n:,}" if n >= 1000 and rng.random() < 0.7 else str(n)
    return fill(frame, f"{written} {noun}", [f"{card(n)} {noun}"])


ORDINAL_FRAMES = ["Her boat came in {X} overall.", "They celebrate the {X} anniversary today.",
                  "The office is on the {X} floor.", "He ranked {X} in the league.",
                  "It was the town's {X} festival.", "She placed {X} among the juniors."]


def ordinal(rng, part):
    n = rng.randint(1, 120)
    frame = pick(rng, split(ORDINAL_FRAMES, part))
    return fill(frame, f"{n}{ord_suffix(n)}", [ordw(n)])


DATE_FRAMES = ["The treaty was signed on {X}.", "Our shop opened {X}.",
               "The storm struck on {X}.", "She was baptised on {X}.",
               "The ferry sank on {X}.", "Auditions were held {X}."]


def date(rng, part):
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1901, 2029)
    month = MONTHS[m - 1]
    frame = pick(rng, split(DATE_FRAMES, part))
    if rng.random() < 0.5:
        written = f"{month} {d}, {y}"
        spoken = [f"{month} {ordw(d)} {yr}" for yr in year_readings(y)]
        spoken += [f"{month} the {ordw(d)} {yr}" for yr in year_readings(y)]
    else:
        written = f"{d} {month} {y}"
        spoken = [f"{a} {yr}" for a, yr in product(
            [f"the {ordw(d)} of {month}", f"{month} {ordw(d)}", f"{ordw(d)} {month}"],
            year_readings(y))]
    return fill(frame, written, spoken)


YEAR_FRAMES = ["The mill burned down in {X}.", "By {X} the canal was dry.",
               "The choir was founded in {X}.", "Since {X} nobody has lived there.",
               "The bridge dates from {X}.", "Prices doubled after {X}."]


def year(rng, part):
    y = rng.randint(1100, 2029)
    frame = pick(rng, split(YEAR_FRAMES, part))
    return fill(frame, str(y), year_readings(y))


TIME_FRAMES = ["The bakery opens at {X}.", "Boarding ends at {X}.", "The vote closes at {X}.",
               "Dinner is served at {X}.", "The alarm went off at {X}.",
               "The tide turns at {X}."]


def clock(rng, part):
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, rng.randint(1, 59)])
    half = pick(rng, ["am", "pm", "a.m.", "p.m.", "AM", "PM"])
    ampm = "AM" if half.lower().startswith("a") else "PM"
    frame = pick(rng, split(TIME_FRAMES, part))
    if mi == 0:
        written = f"{h}:00 {half}" if rng.random() < 0.5 else f"{h} {half}"
        spoken = [f"{card(h)} {ampm}", f"{card(h)} o'clock {ampm}"]
    else:
        written = f"{h}:{mi:02d} {half}"
        mins = card(mi) if mi >= 10 else f"oh {card(mi)}"
        spoken = [f"{card(h)} {mins} {ampm}"]
    spoken += [s.replace(" AM", " a m").replace(" PM", " p m") for s in spoken]
    return fill(frame, written, spoken)


MONEY_FRAMES = ["The repair cost {X}.", "A ticket now sells for {X}.", "She raised {X} for the shelter.",
                "The fine was {X}.", "They paid {X} for the mare.", "The fund holds {X}."]
CURRENCIES = [("$", "dollar", "dollars", "cent", "cents"), ("£", "pound", "pounds", "penny", "pence"),
              ("€", "euro", "euros", "cent", "cents")]


def money(rng, part):
    sym, one, many, sub1, subs = pick(rng, CURRENCIES)
    frame = pick(rng, split(MONEY_FRAMES, part))
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(2, 99999)
        written = f"{sym}{n:,}" if n >= 1000 else f"{sym}{n}"
        return fill(frame, written, [f"{card(n)} {many}"])
    if k == 1:
        n, c = rng.randint(1, 999), rng.randint(1, 99)
        unit = one if n == 1 else many
        sub = sub1 if c == 1 else subs
        return fill(frame, f"{sym}{n}.{c:02d}",
                    [f"{card(n)} {unit} and {card(c)} {sub}", f"{card(n)} {unit} {card(c)} {sub}"])
    whole, tenth = rng.randint(1, 99), rng.randint(1, 9)
    scale = pick(rng, ["million", "billion"])
    return fill(frame, f"{sym}{whole}.{tenth} {scale}",
                [f"{card(whole)} point {card(tenth)} {scale} {many}"])


UNITS = [("km", "kilometer", "kilometers"), ("kg", "kilogram", "kilograms"),
         ("ml", "milliliter", "milliliters"), ("cm", "centimeter", "centimeters"),
         ("mph", "mile per hour", "miles per hour"), ("lb", "pound", "pounds"),
         ("ft", "foot", "feet"), ("mm", "millimeter", "millimeters")]
MEASURE_FRAMES = ["The trail climbs another {X}.", "The crate weighs {X} empty.",
                  "Pour in {X} of broth.", "The gust reached {X}.",
                  "The crack is {X} wide.", "The fence adds {X} to the plot."]


def measure(rng, part):
    sym, one, many = pick(rng, UNITS)
    frame = pick(rng, split(MEASURE_FRAMES, part))
    if rng.random() < 0.3:
        whole, tenth = rng.randint(0, 99), rng.randint(1, 9)
        return fill(frame, f"{whole}.{tenth} {sym}", [f"{card(whole)} point {card(tenth)} {many}"])
    n = rng.randint(2, 2000)
    written = f"{n:,}" if n >= 1000 else str(n)
    return fill(frame, f"{written} {sym}", [f"{card(n)} {many}"])


PERCENT_FRAMES = ["Turnout rose to {X}.", "The loan carries {X} interest.",
                  "About {X} of the orchard flowered.", "Sales dipped {X} in spring.",
                  "The tank is {X} full.", "Only {X} of the seeds sprouted."]


def percent(rng, part):
    frame = pick(rng, split(PERCENT_FRAMES, part))
    if rng.random() < 0.4:
        whole, tenth = rng.randint(0, 99), rng.randint(1, 9)
        return fill(frame, f"{whole}.{tenth}%", [f"{card(whole)} point {card(tenth)} percent"])
    n = rng.randint(1, 100)
    return fill(frame, f"{n}%", [f"{card(n)} percent"])


DECIMAL_FRAMES = ["The gauge read {X} at noon.", "Its pH is {X}.", "The ratio settled at {X}.",
                  "The index stands at {X}.", "The lens has a factor of {X}."]


def decimal(rng, part):
    whole = rng.randint(0, 999)
    frac = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, 3)))
    frame = pick(rng, split(DECIMAL_FRAMES, part))
    return fill(frame, f"{whole}.{frac}", [f"{card(whole)} point {digits(frac)}"])


PHONE_FRAMES = ["Dial {X} for the front desk.", "The hotline is {X}.", "Leave a message at {X}.",
                "Fax the form to {X}.", "The garage number is {X}."]


def phone(rng, part):
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    fmt = pick(rng, ["{a}-{b}-{c:04d}", "({a}) {b}-{c:04d}"])
    written = fmt.format(a=a, b=b, c=c)
    spoken = f"{digits(str(a))} {digits(str(b))} {digits(f'{c:04d}')}"
    frame = pick(rng, split(PHONE_FRAMES, part))
    return fill(frame, written, [spoken])


FRACTION_FRAMES = ["Nearly {X} of the hedges died.", "She sold {X} of her flock.",
                   "About {X} of the voters stayed home.", "Fold in {X} of the cream."]
DENOMS = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 8: "eighth", 10: "tenth"}


def fraction(rng, part):
    d = pick(rng, list(DENOMS))
    n = rng.randint(1, d - 1)
    frame = pick(rng, split(FRACTION_FRAMES, part))
    word = DENOMS[d] + ("s" if n > 1 else "")
    spoken = [f"{card(n)} {word}"]
    if n == 1:
        spoken.append(f"a {word}")
    return fill(frame, f"{n}/{d}", spoken)


RULERS = ["Haakon", "Gustav", "Umberto", "Olaf", "Sancho", "Otto", "Ramiro", "Magnus",
          "Frederik", "Alfonso"]
REGNAL_FRAMES = ["A portrait of {X} hangs here.", "The charter of {X} survives.",
                 "Coins of {X} were found.", "{X} died young."]


def regnal(rng, part):
    name = pick(rng, split(RULERS, part))
    n = rng.randint(2, 14)
    roman = {2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX",
             10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV"}[n]
    frame = pick(rng, split(REGNAL_FRAMES, part))
    return fill(frame, f"{name} {roman}", [f"{name} the {ordw(n)}"])


RANGE_NOUNS = ["players", "rooms", "guests", "miles", "pages", "weeks"]
RANGE_FRAMES = ["Plan for {X} in total.", "The brochure promises {X}.",
                "Expect {X} this season.", "The course covers {X}."]


def ranges(rng, part):
    a = rng.randint(2, 60)
    b = a + rng.randint(2, 40)
    noun = pick(rng, RANGE_NOUNS)
    dash = pick(rng, ["-", "–"])
    frame = pick(rng, split(RANGE_FRAMES, part))
    return fill(frame, f"{a}{dash}{b} {noun}", [f"{card(a)} to {card(b)} {noun}"])


HOSTS = ["harborview", "tinmill", "quarrytown", "fernhill", "oakbridge", "saltmarsh"]
WEB_FRAMES = ["Details are on {X}.", "Email {X} with questions.", "Bookings go through {X}."]


def web(rng, part):
    host = pick(rng, split(HOSTS, part))
    tld = pick(rng, ["com", "org", "net"])
    frame = pick(rng, split(WEB_FRAMES, part))
    if rng.random() < 0.5:
        user = pick(rng, ["events", "office", "hello", "team"])
        written = f"{user}@{host}.{tld}"
        return fill(frame, written, [f"{user} at {host} dot {tld}"])
    written = f"www.{host}.{tld}"
    return fill(frame, written, [f"w w w dot {host} dot {tld}", f"www dot {host} dot {tld}"])


EN = {"count": count, "ordinal": ordinal, "date": date, "year": year, "time": clock,
      "money": money, "measure": measure, "percent": percent, "decimal": decimal,
      "phone": phone, "fraction": fraction, "regnal": regnal, "range": ranges, "web": web}


def main():
    unseen.round_main("r73", {}, per_class=24, seed=487, en=EN)


if __name__ == "__main__":
    main()
