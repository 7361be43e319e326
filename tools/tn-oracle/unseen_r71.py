"""Seventy-first round (issue 33), English: what books and typed messages write that NeMo's
evaluation data showed unread (its LibriTTS, GoogleTN and EngConf sentences were read; these
templates and words are new).
- A month and day with a slash after a word of time ("due 3/20", "on 12/5", "by Thu (6/14)"):
  the date ("March twentieth"); it was read as a fraction ("three twentieths").
- British titles without a dot before a name ("Mr Patel", "Mrs Grant", "Dr Okafor"): "mister",
  "missus", "doctor"; they were left.
- Numbered books of the Bible, in figures or Roman numerals, and chapter and verse ("1 Kings
  3:16", "II Corinthians 5:17", "Romans 8:28"): "first Kings three sixteen"; chapter and verse
  were left joined by the colon or read as a clock time.
- Roman numerals heading a line before a colon, inside brackets or before a heading in capitals
  ("XIII: A FIGHT", "[IV] The Return", "XII OF THE LOVE"): the cardinal; they were left.
- A numbering word or "St." after a dash that joins it to what went before ("Causes--Part II",
  "the law.--St. Paul"): as without the dash ("part two", "Saint Paul"); they were left.
Controls: fractions of an amount ("3/5 of the seats"), a clock time, numbers before "kings" in lower case,
headings that open with the pronoun "I" or a word of Roman letters ("MIX WELL").
Written before any rule for it; frames alternate between the halves.

  tools/tn-oracle/.venv/bin/python tools/tn-oracle/unseen_r71.py [--per-class 30] [--seed 467]

writes crates/text-normalizer/tests/data/tn-unseen/r71-en-{dev,held}.tsv.
"""

from __future__ import annotations

import unseen
from unseen import pick
from unseen_en import card, ordw, to_roman
from unseen_r2 import split

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
        "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
DATE_FRAMES = ["The invoice is due {D}.", "Please reply by {D}.", "The pool reopens on {D}.",
               "We fly out {D} at dawn.", "Registration closes {D}.",
               "The permit expires on {D}.", "Rehearsal moved to {D}.",
               "My lease starts {D}.", "The vote happens on {D}.",
               "Send the draft before {D}."]
FRACTION_FRAMES = ["Nearly {F} of the seats were empty.", "Roughly {F} of the wheat rotted.",
                   "Only {F} of the loans were repaid.", "Almost {F} of the bees died."]
DENOMS = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
          9: "ninth", 10: "tenth"}

TITLES = [("Mr", "mister"), ("Mrs", "missus"), ("Dr", "doctor")]
SURNAMES = ["Okafor", "Lindqvist", "Mbeki", "Haddad", "Pereira", "Kowalczyk", "Nakamura",
            "Oyelaran", "Fitzgerald", "Castellanos", "Achebe", "Bjornsson"]
TITLE_FRAMES = ["{T} rang the office twice.", "The parcel for {T} is on the shelf.",
                "Yesterday {T} chaired the board.", "We owe {T} an apology.",
                "The clinic hired {T} in spring.", "Tell {T} the taxi is here."]

NUMBERED_BOOKS = [("Samuel", 2), ("Kings", 2), ("Chronicles", 2), ("Corinthians", 2),
                  ("Thessalonians", 2), ("Timothy", 2), ("Peter", 2), ("John", 3)]
BOOKS = ["Romans", "Genesis", "Isaiah", "Matthew", "Hebrews", "Proverbs", "Galatians",
         "Ephesians"]
VERSE_FRAMES = ["The sermon quoted {B}.", "Read {B} aloud.", "Her favourite verse is {B}.",
                "The plaque cites {B}.", "Tonight we study {B}.", "The card bore {B}."]
BOOK_FRAMES = ["The lesson came from {B}.", "Turn to {B} in your copy.",
               "He memorised {B} as a boy.", "The choir sang a psalm after {B}."]

HEADINGS = ["A STORM AT SEA", "THE LOST LETTER", "HOW THE BRIDGE FELL", "A NIGHT IN THE HILLS",
            "THE MILLER'S DAUGHTER", "WHAT THE RIVER KEPT", "A VISIT TO THE FORGE",
            "THE WINTER CAMP"]
TITLE_CASE = ["The Return", "Across the Moor", "A Quiet Harbour", "The Glass Tower",
              "Lanterns", "The Ferryman"]
CAPS_TAILS = ["OF THE TIDES AND THE MOON", "OF PATIENCE AND ANGER", "OF THE USE OF RICHES",
              "OF GARDENS", "OF TRAVEL IN FOREIGN LANDS", "OF FRIENDSHIP"]
CONTROL_OPENERS = ["I WENT DOWN TO", "MIX", "I HEARD", "CIVIL", "I REACHED", "VIVID", "I LEFT",
                   "DID I MISS"]
CONTROL_OBJECTS = ["THE HARBOUR", "THE FAIR", "THE OLD MILL", "THE CHAPEL", "THE QUARRY",
                   "THE ORCHARD", "THE FERRY", "THE BARRACKS"]

CUES = [("Part", "part"), ("Book", "book"), ("Act", "act"), ("Canto", "canto"),
        ("Volume", "volume")]
SAINTS = ["Paul", "Jerome", "Ambrose", "Luke", "Bernard", "Francis", "Columba", "Bede"]
CUE_FRAMES = ["Notes on the Causes--{X}", "The Long Voyage--{X}", "A History of Wool—{X}",
              "Letters Home--{X}", "The Drowned Valley — {X}", "Sketches of Rome--{X}"]
SAINT_FRAMES = ["Charity suffereth long.--{S}.", "Watch and pray.—{S}.",
                "Be still and know.--{S}.", "Let all things be done in order.—{S}."]


def month_day(rng) -> tuple[int, int]:
    m = rng.randint(1, 12)
    return m, rng.randint(1, 28)


def slash_date(rng, part):
    frame = pick(rng, split(DATE_FRAMES, part))
    m, d = month_day(rng)
    written, spoken = f"{m}/{d}", f"{MONTHS[m - 1]} {ordw(d)}"
    if rng.random() < 0.3:
        short, day = pick(rng, list(DAYS.items()))
        written, spoken = f"{short} ({written})", f"{day} {spoken}"
    return frame.replace("{D}", written), frame.replace("{D}", spoken)


def fraction_control(rng, part):
    frame = pick(rng, split(FRACTION_FRAMES, part))
    d = pick(rng, list(DENOMS))
    n = rng.randint(2, d - 1) if d > 3 else 2
    return frame.replace("{F}", f"{n}/{d}"), frame.replace("{F}", f"{card(n)} {DENOMS[d]}s")


def title(rng, part):
    frame = pick(rng, split(TITLE_FRAMES, part))
    abbr, word = pick(rng, TITLES)
    name = pick(rng, split(SURNAMES, part))
    return frame.replace("{T}", f"{abbr} {name}"), frame.replace("{T}", f"{word} {name}")


def verse(rng) -> tuple[str, str]:
    c, v = rng.randint(1, 30), rng.randint(1, 40)
    if rng.random() < 0.25:
        w = rng.randint(v + 1, v + 6)
        return f"{c}:{v}-{w}", f"{card(c)} {card(v)} to {card(w)}"
    return f"{c}:{v}", f"{card(c)} {card(v)}"


def scripture(rng, part):
    if rng.random() < 0.7:
        book, most = pick(rng, NUMBERED_BOOKS)
        n = rng.randint(1, most)
        number = to_roman(n) if rng.random() < 0.4 else str(n)
        written, spoken = f"{number} {book}", f"{ordw(n)} {book}"
    else:
        written = spoken = pick(rng, BOOKS)
    if rng.random() < 0.75 or written == spoken:
        vw, vs = verse(rng)
        frame = pick(rng, split(VERSE_FRAMES, part))
        return frame.replace("{B}", f"{written} {vw}"), frame.replace("{B}", f"{spoken} {vs}")
    frame = pick(rng, split(BOOK_FRAMES, part))
    return frame.replace("{B}", written), frame.replace("{B}", spoken)


def lower_king_control(rng, part):
    n = rng.randint(2, 40)
    frame = pick(rng, split(["The deck held {N} kings.", "Only {N} kings ruled there.",
                             "The set has {N} kings and a queen.", "{N} kings met at the ford."],
                            part))
    w = frame.replace("{N}", str(n))
    s = frame.replace("{N}", card(n))
    return w, s[0].upper() + s[1:]


def clock_control(rng, part):
    h, m = rng.randint(1, 11), rng.randint(10, 59)
    frame = pick(rng, split(["The ferry left at {T} sharp.", "We met at {T} today.",
                             "Doors open at {T} tonight.", "The alarm rang at {T}."], part))
    return frame.replace("{T}", f"{h}:{m}"), frame.replace("{T}", f"{card(h)} {card(m)}")


def heading(rng, part):
    n = rng.randint(2, 39)
    roman = to_roman(n)
    k = rng.randrange(3)
    if k == 0:
        text = pick(rng, split(HEADINGS, part))
        return f"{roman}: {text}", f"{card(n)}: {text}"
    if k == 1:
        text = pick(rng, split(TITLE_CASE, part))
        return f"[{roman}] {text}", f"{card(n)} {text}"
    text = pick(rng, split(CAPS_TAILS, part))
    return f"{roman} {text}", f"{card(n)} {text}"


def heading_control(rng, part):
    text = f"{pick(rng, split(CONTROL_OPENERS, part))} {pick(rng, CONTROL_OBJECTS)}"
    return text, text


def dash_cue(rng, part):
    if rng.random() < 0.6:
        frame = pick(rng, split(CUE_FRAMES, part))
        cue, word = pick(rng, CUES)
        n = rng.randint(2, 19)
        return frame.replace("{X}", f"{cue} {to_roman(n)}"), frame.replace("{X}", f"{word} {card(n)}")
    frame = pick(rng, split(SAINT_FRAMES, part))
    name = pick(rng, split(SAINTS, part))
    return frame.replace("{S}", f"St. {name}"), frame.replace("{S}", f"Saint {name}")


EN = {"slash_date": slash_date, "fraction_control": fraction_control, "title": title,
      "scripture": scripture, "king_control": lower_king_control, "clock_control": clock_control,
      "heading": heading, "heading_control": heading_control, "dash_cue": dash_cue}


def main():
    unseen.round_main("r71", {}, per_class=30, seed=467, en=EN)


if __name__ == "__main__":
    main()
