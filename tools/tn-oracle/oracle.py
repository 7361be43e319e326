"""Runs the oracles over the generated inputs and writes the committed case files.

English: NeMo's deterministic `Normalizer(input_case="cased")`.
Russian: a consensus of ru-normalizr (deterministic) and NeMo's `NormalizerWithAudio`
(non-deterministic: up to `--n-tagged` candidate verbalizations). A Russian case becomes an
expectation when ru-normalizr's output is among NeMo's candidates (compared without case,
punctuation and ё); the rest go to a review file, never into the tests. With `--ru-no-nemo`
(NeMo's Russian grammars unavailable) ru-normalizr's outputs go to `ru-unconfirmed.tsv` only.

Per-class rules (`RU_CLASS_RULES`, reasons in REPORT.md): for fractions, Roman numerals,
addresses, ranges and Latin units in Russian sentences NeMo's Russian grammars have no reading (they leave the form as written or read a
date: "2/3" -> "второго марта"), while ru-normalizr reads them by the Russian convention; there
ru-normalizr alone labels the case when it reads every digit and Latin letter. Telephone
numbers get a reading derived from first principles (each written digit group as a cardinal,
"+7" -> "плюс семь"), since both oracles misread them ("8 800 ..." -> "восемь миллионов
восемьсот тысяч ..."). These classes are not sent to NeMo, and their cases go to
`ru-rules.tsv` (test data too), so they regenerate without NeMo
(`run.sh --lang ru --classes fraction,roman,range,address,mixed,telephone`).

Both oracles make mistakes; `mistakes.tsv` is the reviewed list of them (input, what the
oracle said, the correct reading or nothing to drop the case, the reason). Each entry applies
only while the oracle still says what was reviewed.

Oracle answers are cached by (oracle, input) in the cache directory, so regenerating with more
cases or another seed only runs the oracles on new inputs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import generate

HERE = Path(__file__).resolve().parent


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def canon_ru(s: str) -> str:
    """Comparison key for the Russian consensus: no case, punctuation, ё or extra spaces."""
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def left_unread(inp: str, out: str) -> bool:
    """Digits, '@' or a Latin token of the input still in a Russian output."""
    if re.search(r"[0-9@]", out):
        return True
    latin = set(re.findall(r"[A-Za-z]+", inp))
    return any(re.search(rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])", out, re.I) for t in latin)


# Russian classes labelled without the consensus; the reasons are written into REPORT.md.
RU_CLASS_RULES = {
    "fraction": ("ru-normalizr",
                 "NeMo's NormalizerWithAudio has no Russian fraction reading: it leaves n/d "
                 "as written or reads a date (\"2/3\" -> \"второго марта\"); ru-normalizr "
                 "reads the numerator as a cardinal and the denominator as an ordinal in the "
                 "case the context asks (\"около двух третьих\", \"две трети\")"),
    "roman": ("ru-normalizr",
              "NeMo leaves Russian Roman numerals unread in every candidate; ru-normalizr reads "
              "them as ordinals agreeing with the noun (\"в XVII веке\" -> \"в семнадцатом "
              "веке\", \"глава VI\" -> \"глава шестая\", \"Екатерина II\" -> "
              "\"Екатерина вторая\")"),
    "address": ("ru-normalizr",
                "NeMo reads \"кв.\" as \"квартал\" and declines the house number after "
                "\"д.\" (\"д. семидесяти шести\"), or leaves it; ru-normalizr expands ул./д./"
                "кв. and reads the numbers in the nominative, as an address is read aloud"),
    "mixed": ("ru-normalizr",
              "NeMo leaves Latin units in Russian sentences unread or spells them (\"46 km\" "
              "-> \"46 к эм\", \"237 Mbps\" as written); ru-normalizr reads them as the Russian "
              "unit names in agreement with the number (\"сорока шести километров в час\", "
              "\"тридцать два гигабайта\"); the units it leaves unread (Hz) go to review"),
    "range": ("ru-normalizr",
              "NeMo has no Russian range reading: it leaves \"12–20 %\" and \"в 1938-1947 годах\" "
              "as written or spells the digits (\"один девять три восемь\"); ru-normalizr reads "
              "both ends in the case and form the context asks, the dash as a pause (\"двенадцать "
              "— двадцать процентов\", \"в тысяча девятьсот тридцать восьмом — тысяча девятьсот "
              "сорок седьмом годах\", \"от пяти до десяти километров\")"),
    "telephone": ("phone-groups",
                  "both oracles misread phone numbers (ru-normalizr: \"8 800 230-88-57\" -> "
                  "\"восемь миллионов восемьсот тысяч двести тридцать ...\"; NeMo spells "
                  "some groups digit by digit and leaves others). A Russian number is read "
                  "group by group as written, each group a cardinal, \"+7\" as \"плюс "
                  "семь\", brackets and hyphens silent: \"плюс семь четыреста восемьдесят "
                  "девять семьсот тридцать шесть сорок один пятьдесят два\""),
}

PHONE_RE = re.compile(r"(?<![\w+])(?:\+7|8)(?:[ \-]?\(?\d{3}\)?)(?:[ \-]\d{2,3}){3}(?!\w)")


def ru_phone_reading(s: str) -> str:
    """The phone numbers of `s` read group by group (RU_CLASS_RULES["telephone"])."""
    from num2words import num2words

    def read(m):
        groups = re.findall(r"\+?\d+", m.group(0))
        words = []
        for g in groups:
            if g.startswith("+"):
                words.append("плюс")
                g = g[1:]
            if len(g) > 1 and g.startswith("0"):
                words.extend(num2words(int(c), lang="ru") for c in g)
            else:
                words.append(num2words(int(g), lang="ru"))
        return " ".join(words)

    return PHONE_RE.sub(read, s)


class Cache:
    def __init__(self, path: Path):
        self.path = path
        self.data = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    k, v = json.loads(line)
                    self.data[k] = v
                except ValueError:
                    pass
        self.f = open(path, "a", encoding="utf-8")

    def get(self, oracle, text):
        return self.data.get(f"{oracle}\x00{text}")

    def put(self, oracle, text, value):
        k = f"{oracle}\x00{text}"
        self.data[k] = value
        self.f.write(json.dumps([k, value], ensure_ascii=False) + "\n")
        self.f.flush()


def load_mistakes(path: Path):
    """{(lang, input): (oracle_said, correct_or_None, reason)}"""
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 5:
            sys.exit(f"mistakes.tsv: need 5 tab-separated fields: {line!r}")
        lang, inp, said, correct, reason = (unesc(x) for x in f[:5])
        if not reason.strip():
            sys.exit(f"mistakes.tsv: entry without a reason: {line!r}")
        out[(lang, inp)] = (said, correct or None, reason)
    return out


def run_en(inputs, cache: Cache, cache_dir: Path, log):
    todo = [s for s in inputs if cache.get("nemo-en", s) is None]
    if todo:
        from nemo_text_processing.text_normalization.normalize import Normalizer

        t = time.time()
        nemo = Normalizer(input_case="cased", lang="en", cache_dir=str(cache_dir),
                          overwrite_cache=False)
        log(f"nemo en grammars ready in {time.time() - t:.0f} s; {len(todo)} inputs to run")
        t = time.time()
        for i, s in enumerate(todo):
            try:
                out = nemo.normalize(s, verbose=False, punct_post_process=True)
            except Exception as e:  # noqa: BLE001 - an oracle failure drops the case
                out = {"error": repr(e)}
            cache.put("nemo-en", s, out)
            if i % 200 == 199:
                log(f"  en {i + 1}/{len(todo)} ({(time.time() - t) / (i + 1) * 1000:.0f} ms each)")
    return {s: cache.get("nemo-en", s) for s in inputs}


def run_ru_normalizr(inputs, cache: Cache):
    import ru_normalizr

    out = {}
    for s in inputs:
        v = cache.get("ru-normalizr", s)
        if v is None:
            v = ru_normalizr.normalize(s)
            cache.put("ru-normalizr", s, v)
        out[s] = v
    return out


def run_ru_nemo(inputs, cache: Cache, cache_dir: Path, n_tagged: int, log, budget_s: float):
    key = f"nemo-ru-audio-{n_tagged}"
    todo = [s for s in inputs if cache.get(key, s) is None]
    if todo:
        from nemo_text_processing.text_normalization.normalize_with_audio import (
            NormalizerWithAudio,
        )

        t = time.time()
        nemo = NormalizerWithAudio(input_case="cased", lang="ru", cache_dir=str(cache_dir),
                                   overwrite_cache=False)
        log(f"nemo ru grammars ready in {time.time() - t:.0f} s; {len(todo)} inputs to run")
        t = time.time()
        for i, s in enumerate(todo):
            if time.time() - t > budget_s:
                log(f"  ru: time budget spent after {i} inputs; the rest stay unconfirmed")
                break
            try:
                out = sorted(nemo.normalize(s, n_tagged=n_tagged, punct_post_process=False))
            except Exception as e:  # noqa: BLE001
                out = {"error": repr(e)}
            cache.put(key, s, out)
            if i % 100 == 99:
                log(f"  ru {i + 1}/{len(todo)} ({(time.time() - t) / (i + 1) * 1000:.0f} ms each)")
    return {s: cache.get(key, s) for s in inputs}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lang", choices=["en", "ru", "all"], default="all")
    ap.add_argument("--per-class", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path,
                    default=HERE.parent.parent / "crates/text-normalizer/tests/data/tn-generated")
    ap.add_argument("--cache-dir", type=Path, default=HERE / ".grammar-cache")
    ap.add_argument("--n-tagged", type=int, default=100,
                    help="Russian NeMo candidates per input")
    ap.add_argument("--n-tagged-retry", type=int, default=0,
                    help="rerun NeMo with this many candidates where the first run disagrees")
    ap.add_argument("--ru-budget-s", type=float, default=3600,
                    help="wall time for the Russian NeMo runs; inputs left over stay unconfirmed")
    ap.add_argument("--classes", default="",
                    help="comma-separated classes to generate (default: all)")
    ap.add_argument("--ru-no-nemo", action="store_true",
                    help="skip NeMo Russian: ru-normalizr outputs go to ru-unconfirmed.tsv only")
    args = ap.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    cache = Cache(args.cache_dir / "oracle-answers.jsonl")
    mistakes = load_mistakes(HERE / "mistakes.tsv")
    used_mistakes = set()

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    header = (f"# generated by tools/tn-oracle (seed {args.seed}, {args.per_class} per class); "
              "class<TAB>input<TAB>expected, backslash escapes \\t \\n \\\\\n")
    report = {}

    def apply_mistake(lang, s, said):
        m = mistakes.get((lang, s))
        if m is None:
            return "keep", said
        if m[0] != said:
            log(f"mistakes.tsv: the oracle no longer says what was reviewed for {s!r}: {said!r}")
            return "keep", said
        used_mistakes.add((lang, s))
        return ("fix", m[1]) if m[1] is not None else ("drop", None)

    langs = ["en", "ru"] if args.lang == "all" else [args.lang]
    classes = [c for c in args.classes.split(",") if c] or None
    if "en" in langs:
        gen = generate.generate("en", args.per_class, args.seed, classes)
        answers = run_en([s for _, s in gen], cache, args.cache_dir, log)
        rows, stats = [], defaultdict(Counter)
        for cls, s in gen:
            said = answers[s]
            stats[cls]["generated"] += 1
            if not isinstance(said, str):
                stats[cls]["oracle error"] += 1
                continue
            action, want = apply_mistake("en", s, said)
            stats[cls][{"keep": "kept", "fix": "corrected", "drop": "dropped"}[action]] += 1
            if want is not None:
                rows.append((cls, s, want))
        write_tsv(args.out / "en.tsv", header, rows)
        report["en"] = stats

    if "ru" in langs:
        gen = generate.generate("ru", args.per_class, args.seed, classes)
        inputs = [s for _, s in gen]
        rn = run_ru_normalizr(inputs, cache)
        to_nemo = [s for c, s in gen if c not in RU_CLASS_RULES]
        nemo = {} if args.ru_no_nemo else run_ru_nemo(
            to_nemo, cache, args.cache_dir, args.n_tagged, log, args.ru_budget_s)
        if args.n_tagged_retry > args.n_tagged and not args.ru_no_nemo:
            again = [s for s in inputs if isinstance(nemo.get(s), list)
                     and canon_ru(rn[s]) not in {canon_ru(c) for c in nemo[s]}]
            log(f"ru: {len(again)} disagreements rerun with {args.n_tagged_retry} candidates")
            more = run_ru_nemo(again, cache, args.cache_dir, args.n_tagged_retry, log,
                               args.ru_budget_s)
            for s, v in more.items():
                if isinstance(v, list):
                    nemo[s] = v
        rows, rule_rows, review, unconfirmed = [], [], [], []
        stats, rule_stats = defaultdict(Counter), defaultdict(Counter)
        for cls, s in gen:
            ruled = cls in RU_CLASS_RULES
            st = rule_stats if ruled else stats
            st[cls]["generated"] += 1
            mine = rn[s]
            cands = nemo.get(s)
            m = mistakes.get(("ru", s))
            if m is not None and m[0] == mine:
                used_mistakes.add(("ru", s))
                if m[1] is None:
                    st[cls]["dropped"] += 1
                else:
                    st[cls]["corrected"] += 1
                    (rule_rows if ruled else rows).append((cls, s, m[1]))
                continue
            rule = RU_CLASS_RULES.get(cls, (None,))[0]
            if rule is not None:
                want = ru_phone_reading(s) if rule == "phone-groups" else mine
                if left_unread(s, want):
                    st[cls]["unread"] += 1
                    review.append((cls, s, mine, f"(class rule {rule}: left unread) {want}"))
                else:
                    st[cls][f"by rule: {rule}"] += 1
                    rule_rows.append((cls, s, want))
                continue
            if not isinstance(cands, list):
                stats[cls]["unconfirmed"] += 1
                unconfirmed.append((cls, s, mine))
                continue
            keys = {canon_ru(c) for c in cands}
            if canon_ru(mine) in keys and left_unread(s, mine):
                # Both oracles left digits or Latin tokens as written ("2 Hz" -> "два Hz",
                # e-mail addresses): an agreement on not reading is no expectation.
                stats[cls]["unread by both"] += 1
                review.append((cls, s, mine, "(both left it unread) " + " | ".join(cands[:3])))
            elif canon_ru(mine) in keys:
                stats[cls]["agreed"] += 1
                rows.append((cls, s, mine))
            else:
                stats[cls]["disagreed"] += 1
                review.append((cls, s, mine, " | ".join(cands[:3])))
        # A run of rule classes only (--classes) leaves the consensus files alone, and the
        # other way round.
        if stats:
            write_tsv(args.out / "ru.tsv", header, rows)
            write_tsv(args.out / "ru-review.tsv",
                      "# ru-normalizr and NeMo disagree; NOT test data. "
                      "class<TAB>input<TAB>ru-normalizr<TAB>NeMo candidates (first 3)\n",
                      [r for r in review if r[0] not in RU_CLASS_RULES])
            report["ru"] = stats
        if rule_stats:
            write_tsv(args.out / "ru-rules.tsv",
                      header.replace("; class", "; labelled by class rules (REPORT.md); class"),
                      rule_rows)
            report["ru class rules"] = rule_stats
            ruled_review = [r for r in review if r[0] in RU_CLASS_RULES]
            if ruled_review:
                write_tsv(args.out / "ru-rules-review.tsv",
                          "# class rule left digits or Latin unread; NOT test data. "
                          "class<TAB>input<TAB>ru-normalizr<TAB>rule\n", ruled_review)
        if unconfirmed:
            write_tsv(args.out / "ru-unconfirmed.tsv",
                      "# ru-normalizr only, no NeMo check; NOT test data. "
                      "class<TAB>input<TAB>ru-normalizr\n", unconfirmed)

    stale = [k for k in mistakes if k[0] in langs and k not in used_mistakes]
    for k in stale:
        log(f"mistakes.tsv: entry not used this run: {k}")
    write_report(args.out / "REPORT.md", report, mistakes, args)


def write_tsv(path: Path, header: str, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(esc(x) for x in r) + "\n")


def write_report(path: Path, report, mistakes, args):
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    sections = {}
    for block in re.split(r"(?m)^## ", old)[1:]:
        name = block.split("\n", 1)[0].strip()
        sections[name] = "## " + block
    for lang, stats in report.items():
        cols = sorted({k for c in stats.values() for k in c},
                      key=["generated", "kept", "agreed", "by rule: ru-normalizr",
                           "by rule: phone-groups", "corrected", "dropped", "disagreed",
                           "unread by both", "unread", "unconfirmed", "oracle error"].index)
        lines = [f"## {lang}", "", "| class | " + " | ".join(cols) + " |",
                 "|---|" + "---|" * len(cols)]
        total = Counter()
        for cls, c in stats.items():
            total.update(c)
            lines.append(f"| {cls} | " + " | ".join(str(c[k]) for k in cols) + " |")
        lines.append("| **all** | " + " | ".join(f"**{total[k]}**" for k in cols) + " |")
        n_m = total["corrected"] + total["dropped"]
        lines.append("")
        lines.append(f"Reviewed oracle mistakes applied in {lang}: {n_m} "
                     f"({100 * n_m / max(total['generated'], 1):.1f}% of the set).")
        if lang == "ru" and total["agreed"] + total["disagreed"]:
            lines.append(f"Agreement ru-normalizr ∈ NeMo candidates: {total['agreed']} of "
                         f"{total['agreed'] + total['disagreed']} "
                         f"({100 * total['agreed'] / (total['agreed'] + total['disagreed']):.1f}%).")
        if lang == "ru class rules":
            lines.append("")
            lines.append("Class rules (labelled without the consensus, not sent to NeMo):")
            for cls, (rule, reason) in RU_CLASS_RULES.items():
                lines.append(f"- {cls} ({rule}): {reason}.")
        lines.append("")
        sections[lang] = "\n".join(lines) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated text-normalization cases: oracle report\n\n"
                f"`tools/tn-oracle/run.sh` (seed {args.seed}, {args.per_class} inputs per class). "
                "Test data: en.tsv, ru.tsv (consensus), ru-rules.tsv (class rules). Not test "
                "data: ru-review.tsv (oracles disagree), ru-rules-review.tsv (a class rule left "
                "it unread), ru-unconfirmed.tsv (ru-normalizr only).\n\n")
        for name in sorted(sections):
            f.write(sections[name])


if __name__ == "__main__":
    main()
