//! Money: "$2.50", "¥30b", "US$76.3 trillion", "1 250 ₽", "100 тыс. долл.", "18000 долл. США".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace, spaced, strip_groups};
use crate::cx::{Cx, Lang, RuContext};
use crate::num::ru::{Case, Gender, NounForm};
use crate::num::{en, ru};
use crate::tables::units::{CURRENCIES, Currency, SCALES, Scale, ru_time, unit_named, units};

fn alternation<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = items.collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

static PREFIXED: LazyLock<Regex> = LazyLock::new(|| {
    let cur = alternation(
        CURRENCIES
            .iter()
            .flat_map(|c| c.syms.iter().copied())
            // A symbol, or a dollar's country letters ("US$", "NZ$") or an ISO code ("CHF
            // 965"), not a word ("руб.", "евро").
            .filter(|s| {
                !s.chars().any(char::is_alphabetic)
                    || s.contains('$')
                    || (2..=3).contains(&s.len())
                        && s.starts_with(|c: char| c.is_ascii_uppercase())
                        && s.chars().all(|c| c.is_ascii_alphabetic())
            }),
    );
    let sc = alternation(SCALES.iter().flat_map(|s| s.syms.iter().copied()));
    re(&format!(
        r"({cur})\s?(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:\s?({sc})\b)?(?:\s?/\s?({})\b)?",
        per_alternation()
    ))
});

/// Words after a price's slash that are no unit symbols, and how a price per one reads: "1200
/// ₽/сутки" is "рублей в сутки".
const PER_WORDS: &[(&str, &str, &str)] = &[
    ("mo", "в месяц", "per month"),
    ("month", "в месяц", "per month"),
    ("night", "за ночь", "per night"),
    ("hour", "в час", "per hour"),
    ("day", "в день", "per day"),
    ("week", "в неделю", "per week"),
    ("year", "в год", "per year"),
    ("person", "с человека", "per person"),
    ("word", "за слово", "per word"),
    ("page", "за страницу", "per page"),
    ("head", "с человека", "per head"),
    ("item", "за штуку", "per item"),
    ("unit", "за единицу", "per unit"),
    ("ticket", "за билет", "per ticket"),
    ("seat", "за место", "per seat"),
    ("pp", "с человека", "per person"),
    ("сутки", "в сутки", "per day"),
    ("сут.", "в сутки", "per day"),
    ("час", "в час", "per hour"),
    ("нед.", "в неделю", "per week"),
    ("год", "в год", "per year"),
    ("день", "в день", "per day"),
];

/// A price per one unit (the words after the slash): a unit of time "в" ("руб./мес.": "в
/// месяц"), of goods "за" ("руб./кг": "за килограмм"); English "per".
fn per_unit(sym: &str, lang: Lang) -> Option<String> {
    if let Some((_, ru, en)) = PER_WORDS.iter().find(|(w, _, _)| *w == sym) {
        return Some(if lang == Lang::Ru { ru } else { en }.to_string());
    }
    let unit = unit_named(sym)?;
    Some(match lang {
        Lang::Ru => {
            let prep = if ru_time(unit) { "в" } else { "за" };
            format!("{prep} {}", unit.ru.form(NounForm::Sg(Case::Acc)))
        }
        Lang::En => format!("per {}", unit.en.0),
    })
}

/// What may follow a price's slash: a unit's symbol or a word of `PER_WORDS`.
fn per_alternation() -> String {
    alternation(
        units().iter().flat_map(|u| u.syms.iter().copied()).chain(PER_WORDS.iter().map(|p| p.0)),
    )
}

static SUFFIXED: LazyLock<Regex> = LazyLock::new(|| {
    let cur = alternation(CURRENCIES.iter().flat_map(|c| c.syms.iter().copied()));
    let sc = alternation(SCALES.iter().flat_map(|s| s.syms.iter().copied()));
    let per = per_alternation();
    re(&format!(
        r"(\d{{1,3}}(?:[  ]\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s?(?:({sc})\s?)?({cur})(?:\s?/\s?({per}))?(?:\s|$|[,.;:!?)])"
    ))
});

fn currency(sym: &str) -> Option<&'static Currency> {
    CURRENCIES.iter().find(|c| c.syms.contains(&sym))
}

fn scale(sym: &str) -> Option<&'static Scale> {
    SCALES.iter().find(|s| s.syms.contains(&sym))
}

/// An English amount between a determiner and the noun it describes ("a £1,500 excess", "a $2
/// billion deal", "its £25,000 target"): its currency is said in the singular, as a modifier
/// ("a fifteen hundred pound excess"). With pence it keeps both units ("a £2.50 fee": two
/// pounds fifty pence, as NeMo reads it; others say "a two pound fifty fee").
fn attributive(text: &str, start: usize, end: usize) -> bool {
    let article = crate::cx::adjacent_word_before(text, start).is_some_and(|w| {
        matches!(
            w.as_str(),
            "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her" | "my" | "your" | "this"
        )
    });
    let rest = &text[end..];
    let noun = rest.starts_with(' ')
        && crate::cx::adjacent_word_after(text, end).is_some_and(|w| {
            rest.trim_start().starts_with(|c: char| c.is_lowercase())
                && !crate::tables::regnal::FUNCTION_WORDS.contains(&w.as_str())
                && !matches!(
                    w.as_str(),
                    "a" | "per"
                        | "each"
                        | "month"
                        | "week"
                        | "year"
                        | "day"
                        | "night"
                        | "head"
                        | "piece"
                )
        });
    article && noun
}

fn en_money(int: &str, frac: &str, cur: &Currency, sc: Option<&Scale>) -> String {
    let frac = if frac.len() > 2 { frac.trim_end_matches('0') } else { frac };
    if let Some(sc) = sc {
        // "$240 million" is 240,000,000: no "and" in its head (see `number::en_scale_follows`).
        let n = if frac.is_empty() {
            en::cardinal_str(int, false)
        } else {
            super::decimal::en_decimal(int, frac)
        };
        return format!("{n} {} {}", sc.en, cur.en.1);
    }
    let int_n = int.trim_start_matches('0');
    let main = |n: &str| {
        let one = n == "1";
        format!("{} {}", en::cardinal_str(n, true), if one { cur.en.0 } else { cur.en.1 })
    };
    if frac.len() > 2 || (cur.en_minor.is_none() && !frac.is_empty()) {
        return format!("{} {}", super::decimal::en_decimal(int, frac), cur.en.1);
    }
    let cents: u32 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().unwrap_or(0) };
    let (minor_sg, minor_pl) = cur.en_minor.unwrap_or(("", ""));
    let minor = format!(
        "{} {}",
        en::cardinal(u64::from(cents)),
        if cents == 1 { minor_sg } else { minor_pl }
    );
    match (int_n.is_empty(), cents) {
        (_, 0) => main(if int_n.is_empty() { "0" } else { int_n }),
        (true, _) => minor,
        (false, _) => format!("{} {minor}", main(int_n)),
    }
}

fn ru_money(int: &str, frac: &str, cur: &Currency, sc: Option<&Scale>, case: Case) -> String {
    if let Some(sc) = sc {
        let g = if sc.ru_fem { Gender::Fem } else { Gender::Masc };
        let (n, form) = if frac.is_empty() {
            (ru::cardinal(int, case, g), ru::unit_form(ru::last3(int), case))
        } else {
            (ru::decimal(int, frac, case), NounForm::Sg(Case::Gen))
        };
        // Counted money after a scale word is always genitive plural (тысяч долларов).
        let cur_form = NounForm::Pl(Case::Gen);
        return format!("{n} {} {}", sc.ru.form(form), cur.ru.form(cur_form));
    }
    let g = if cur.ru.feminine() { Gender::Fem } else { Gender::Masc };
    let main = format!(
        "{} {}",
        ru::cardinal(int, case, g),
        cur.ru.form(ru::unit_form(ru::last3(int), case))
    );
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        return main;
    }
    match cur.ru_minor {
        Some(minor) if frac.len() <= 2 => {
            let cents = format!("{frac:0<2}");
            let g = if cur.ru_minor_fem { Gender::Fem } else { Gender::Masc };
            format!(
                "{main} {} {}",
                ru::cardinal(&cents, case, g),
                minor.form(ru::unit_form(ru::last3(&cents), case))
            )
        }
        _ => format!("{} {}", ru::decimal(int, frac, case), cur.ru.form(NounForm::Sg(Case::Gen))),
    }
}

/// A Russian scale abbreviation after a number, with no currency sign: "3,2 млн рублей",
/// "около 23 тыс. человек", "45,8 млрд.". The number takes the case of its context and the
/// scale noun agrees with it (двадцати трёх тысяч; after a fraction, genitive: миллиона).
static RU_SCALE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\d{1,3}(?:[  ]\d{3})+|\d+)(?:,(\d+))?\s?(тыс|млн|млрд|трлн)\b(\.?)"));

/// An English scale letter glued to a number with no currency sign: "8.3M", "557M", "1.2B"
/// (million, billion). Not after one whole digit, where the letters name things ("3M", a
/// "2B" pencil); "K" is left too ("a 5K run", "4K video").
static EN_SCALE_LETTER: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d+\.\d+|\d{2,})([MB])\b"));

/// English nouns a number with a letter labels (lowercase): "exit 12B", "apt 4B", "row 10M".
const EN_LABEL_NOUNS: &[&str] = &[
    "exit",
    "gate",
    "seat",
    "room",
    "apt",
    "apartment",
    "suite",
    "unit",
    "row",
    "section",
    "route",
    "bus",
    "flight",
    "platform",
    "terminal",
    "building",
    "lot",
    "level",
    "floor",
    "ward",
    "bay",
    "pier",
    "aisle",
    "size",
    "grade",
    "form",
    "page",
    "figure",
    "model",
    "type",
    "class",
    "zone",
    "block",
    "track",
    "line",
    "lane",
    "box",
    "locker",
    "stand",
    "court",
];

/// The currency signs an English range is written with, a dollar's country letters before
/// them ("A$125–A$140", "₪250-270").
const EN_RANGE_SIGN: &str = r"(?:\b[A-Z]{1,2})?[$£€₹₦₱₪₺฿₫¥₩]";

/// "$150.25-$250.67": a hyphen between two prefixed amounts is a range.
static EN_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(\d[kKmMbB]?)\s?[-–]\s?({EN_RANGE_SIGN})(\d)")));

/// "210-230 zł": a range whose currency is written after its second amount.
static EN_RANGE_SUFFIXED: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d+(?:[.,]\d+)?)\s?[-–]\s?(\d+(?:[.,]\d+)?\s?(?:zł|€|¢))"));

/// "£380–400": a range whose symbol stands on its first amount only.
static EN_RANGE_ONE_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    let amount = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    re(&format!(r"({EN_RANGE_SIGN}){amount}\s?[-–]\s?{amount}([kK]\b)?"))
});

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &EN_RANGE, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} to {}{}", &c[1], &c[2], &c[3]))
    });
    let s = replace(&s, &EN_RANGE_SUFFIXED, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En).then(|| format!("{} to {}", &c[1], &c[2]))
    });
    // The currency is said once, after the second amount ("three hundred eighty to four
    // hundred pounds"); an amount with cents keeps its own ("£2.50 to £3.00"). Not before a
    // letter, a sign or more digits ("$5-10k", "$3-4%").
    let s = replace(&s, &EN_RANGE_ONE_SYMBOL, |c, text, start, end| {
        // A scale letter after the second amount is both amounts' ("£43–50k": forty three to
        // fifty thousand pounds).
        if c.get(4).is_some() {
            if cx.lang_at(text, start, end) != Lang::En || c[2].contains('.') || c[3].contains('.')
            {
                return None;
            }
            let cur = currency(&c[1][c[1].len() - c[1].chars().last()?.len_utf8()..])?;
            return Some(format!(
                "{} to {} thousand {}",
                en::cardinal_str(&strip_groups(&c[2]), false),
                en::cardinal_str(&strip_groups(&c[3]), false),
                cur.en.1
            ));
        }
        let mut rest = text[end..].chars();
        let blocked = match rest.next() {
            Some(ch) if ch.is_alphanumeric() || matches!(ch, '%' | '-' | '–') => true,
            Some('.' | ',') => rest.next().is_some_and(|ch| ch.is_ascii_digit()),
            _ => false,
        };
        if blocked || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let first =
            if c[2].contains('.') { format!("{}{}", &c[1], &c[2]) } else { c[2].to_string() };
        Some(format!("{first} to {}{}", &c[1], &c[3]))
    });
    let s = replace(&s, &PREFIXED, |c, text, start, end| {
        let cur = currency(&c[1])?;
        // A comma before other than three digits is a Russian decimal comma ("$2,5 млрд").
        let grouped = c[2].split(',').skip(1).all(|g| g.len() == 3 || g.contains('.'));
        let point: &[char] = if grouped { &['.'] } else { &['.', ','] };
        let (int, frac) = match c[2].split_once(point) {
            Some((i, f)) => (strip_groups(i), f.to_string()),
            None => (strip_groups(&c[2]), String::new()),
        };
        let sc = c.get(3).and_then(|m| scale(m.as_str()));
        let lang = cx.lang_at(text, start, end);
        let words = match lang {
            Lang::En if frac.is_empty() && attributive(text, start, end) => {
                let words = en_money(&int, &frac, cur, sc);
                match words.strip_suffix(cur.en.1) {
                    Some(head) => format!("{head}{}", cur.en.0),
                    None => words,
                }
            }
            Lang::En => en_money(&int, &frac, cur, sc),
            Lang::Ru => {
                let rc = RuContext::at(text, start, end);
                ru_money(&int, &frac, cur, sc, rc.cardinal_case_for(&int))
            }
        };
        let words = match c.get(4) {
            Some(p) => format!("{words} {}", per_unit(p.as_str(), lang)?),
            None => words,
        };
        Some(spaced(text, start, end, &words))
    });
    let s = replace(&s, &SUFFIXED, |c, text, start, end| {
        if text[..start].ends_with(|ch: char| ch.is_alphanumeric() || ch == '.' || ch == ',') {
            return None;
        }
        let cur = currency(&c[3])?;
        let lang = cx.lang_at(text, start, end);
        // English groups thousands with commas ("29,000 USD", "1,250.50 EUR"); a Russian
        // comma is the decimal one ("29,5 руб.").
        let en_grouped =
            lang == Lang::En && c[1].split('.').next().is_some_and(super::comma_grouped);
        let (int, frac) = match c[1].split_once([',', '.']) {
            _ if en_grouped => match c[1].split_once('.') {
                Some((i, f)) => (strip_groups(i), f.to_string()),
                None => (strip_groups(&c[1]), String::new()),
            },
            Some((i, f)) if f.len() != 3 || c[1].contains(',') => (strip_groups(i), f.to_string()),
            _ => (strip_groups(&c[1]), String::new()),
        };
        let sc = c.get(2).and_then(|m| scale(m.as_str()));
        let whole = &text[start..end];
        let tail_len =
            whole.len() - whole.trim_end_matches([' ', ',', '.', ';', ':', '!', '?', ')']).len();
        // Keep the punctuation the pattern looked at; "руб.", "долл." and "мес." own their dot.
        let per = c.get(4).map(|m| m.as_str());
        let own_dot = per.unwrap_or(&c[3]).ends_with('.');
        let tail = &whole[whole.len() - tail_len..];
        let tail = if own_dot && !super::dot_ends_sentence(text, start, end) {
            tail.trim_start_matches('.')
        } else {
            tail
        };
        let words = match lang {
            Lang::En => en_money(&int, &frac, cur, sc),
            Lang::Ru => {
                let rc = RuContext::at(text, start, end);
                ru_money(&int, &frac, cur, sc, rc.cardinal_case_for(&int))
            }
        };
        let words = match per {
            Some(p) => format!("{words} {}", per_unit(p, lang)?),
            None => words,
        };
        let words = if c[3].contains("США") && !words.contains("США") {
            format!("{words} США")
        } else {
            words
        };
        // Spaces only where the words touch letters or digits: before the number, and after
        // the kept punctuation ("1000 долл., чем" keeps its comma tight).
        let lead = if text[..start].ends_with(char::is_alphanumeric) { " " } else { "" };
        let trail = if text[end..].starts_with(char::is_alphanumeric) { " " } else { "" };
        Some(format!("{lead}{words}{tail}{trail}"))
    });
    // Written as the scale word, which the number rules then read as the head of a larger
    // number ("eight point three million", "five hundred fifty seven million").
    let s = replace(&s, &EN_SCALE_LETTER, |c, text, start, end| {
        let word = if &c[2] == "M" { "million" } else { "billion" };
        // After a noun that labels things the letter is part of the label ("exit 12B",
        // "seat 14B", "Gate 22B").
        let label = crate::cx::adjacent_word_before(text, start)
            .is_some_and(|w| EN_LABEL_NOUNS.contains(&w.as_str()));
        (!label && cx.lang_at(text, start, end) == Lang::En).then(|| format!("{} {word}", &c[1]))
    });
    replace(&s, &RU_SCALE, |c, text, start, end| {
        if text[..start].ends_with(|ch: char| ch.is_alphanumeric() || ch == '.' || ch == ',') {
            return None;
        }
        let sc = scale(&c[3])?;
        let int = strip_groups(&c[1]);
        let frac = c.get(2).map_or("", |m| m.as_str());
        let rc = RuContext::at(text, start, end);
        let case = rc.cardinal_case();
        let g = if sc.ru_fem { Gender::Fem } else { Gender::Masc };
        let (n, form) = if frac.is_empty() {
            (ru::cardinal(&int, case, g), ru::unit_form(ru::last3(&int), case))
        } else if rc.prep_case.is_none() {
            // As for a bare decimal: the object of a verb is offered ("составил одну целую").
            let acc = ru::decimal(&int, frac, Case::Acc);
            (crate::text::choice(ru::decimal(&int, frac, case), [acc]), NounForm::Sg(Case::Gen))
        } else {
            (ru::decimal(&int, frac, case), NounForm::Sg(Case::Gen))
        };
        let dot =
            if !c[4].is_empty() && super::dot_ends_sentence(text, start, end) { "." } else { "" };
        Some(spaced(text, start, end, &format!("{n} {}{dot}", sc.ru.form(form))))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn an_english_code_after_grouped_thousands() {
        assert_eq!(
            norm("Paid 12,400 USD.", Lang::En),
            "Paid twelve thousand four hundred dollars."
        );
        assert_eq!(
            norm("Paid 3,050.75 EUR.", Lang::En),
            "Paid three thousand and fifty euros seventy five cents."
        );
        crate::rules::assert_ru_readings(&[(
            "Стоит 2,5 руб.",
            "Стоит два рубля пятьдесят копеек.",
        )]);
    }

    #[test]
    fn an_amount_before_its_noun_after_a_determiner() {
        assert_eq!(norm("Its £3,000 goal.", Lang::En), "Its three thousand pound goal.");
        assert_eq!(norm("The $40 fee is due.", Lang::En), "The forty dollar fee is due.");
        assert_eq!(norm("The £40 is due.", Lang::En), "The forty pounds is due.");
    }

    #[test]
    fn english_money_range() {
        assert_eq!(
            norm("$150.25-$250.67", Lang::En),
            "one hundred and fifty dollars twenty five cents to two hundred and fifty dollars sixty \
             seven cents"
        );
    }

    #[test]
    fn suffixed_currency_keeps_punctuation_tight() {
        // The abbreviation's dot also ends the sentence at the end of the text or before a
        // capital (kept for the final intonation), not inside one.
        assert_eq!(norm("1 руб.", Lang::Ru), "один рубль.");
        assert_eq!(norm("Цена 1 руб.", Lang::Ru), "Цена один рубль.");
        assert_eq!(norm("Цена 5 руб. Потом", Lang::Ru), "Цена пять рублей. Потом");
        assert_eq!(
            norm("Мне лучше иметь 1000 долл., чем корову.", Lang::Ru),
            "Мне лучше иметь одну тысячу долларов, чем корову."
        );
        assert_eq!(norm("стоит 5 руб. и всё", Lang::Ru), "стоит пять рублей и всё");
        // A feminine currency counts with feminine numerals; гривна has гривен.
        assert_eq!(
            norm("Из 1 грн половину вернули.", Lang::Ru),
            "Из одной гривны половину вернули."
        );
        assert_eq!(norm("до 72 грн", Lang::Ru), "до семидесяти двух гривен");
        assert_eq!(norm("Он набрал 61 ¥.", Lang::Ru), "Он набрал шестьдесят одну иену.");
        // After a verb of coming "с" is what one carries; after a start, "from".
        assert_eq!(norm("Он пришёл с 21 ₽.", Lang::Ru), "Он пришёл с двадцатью одним рублём.");
        assert_eq!(norm("Цены стартуют с 5 руб.", Lang::Ru), "Цены стартуют с пяти рублей.");
    }

    #[test]
    fn a_price_per_unit_reads_in_or_for_the_unit() {
        assert_eq!(
            norm("Аренда — 25 000 руб./мес.", Lang::Ru),
            "Аренда — двадцать пять тысяч рублей в месяц."
        );
        assert_eq!(
            norm("Цены до 45 руб/кг.", Lang::Ru),
            "Цены до сорока пяти рублей за килограмм."
        );
        assert_eq!(norm("Номер 1200 ₽/сутки", Lang::Ru), "Номер одна тысяча двести рублей в сутки");
    }

    #[test]
    fn english_prices_per_unit_and_scale_letters() {
        assert_eq!(
            norm("Rooms cost $120/night.", Lang::En),
            "Rooms cost one hundred and twenty dollars per night."
        );
        assert_eq!(norm("Apples are $3/lb.", Lang::En), "Apples are three dollars per pound.");
        assert_eq!(norm("Revenue hit 8.3M.", Lang::En), "Revenue hit eight point three million.");
        assert_eq!(norm("It owes 557M.", Lang::En), "It owes five hundred fifty seven million.");
        assert_eq!(norm("A 2B pencil.", Lang::En), "A two B pencil.");
        assert_eq!(norm("Take exit 12B.", Lang::En), "Take exit twelve B.");
    }

    #[test]
    fn a_prefixed_currency_with_a_decimal_comma_and_a_scale() {
        crate::rules::assert_ru_readings(&[
            ("Сделка на $2,5 млрд.", "Сделка на две целых пять десятых миллиарда долларов."),
            (
                "Холдинг потратил на выкуп акций $13 млн.",
                "Холдинг потратил на выкуп акций тринадцать миллионов долларов.",
            ),
        ]);
        assert_eq!(norm("It cost $2,500.", Lang::En), "It cost two thousand five hundred dollars.");
    }

    #[test]
    fn russian_scale_abbreviations_agree() {
        assert_eq!(
            norm("99,3 млн рублей", Lang::Ru),
            "девяносто девять целых три десятых миллиона рублей"
        );
        assert_eq!(norm("около 23 тыс. человек", Lang::Ru), "около двадцати трёх тысяч человек");
        assert_eq!(norm("2 млрд долларов", Lang::Ru), "два миллиарда долларов");
        assert_eq!(norm("Рост составил 7 млрд.", Lang::Ru), "Рост составил семь миллиардов.");
        assert_eq!(
            norm("более 481 млн человек", Lang::Ru),
            "более четырёхсот восьмидесяти одного миллиона человек"
        );
        assert_eq!(norm("21 тыс. голосов", Lang::Ru), "двадцать одна тысяча голосов");
        // After ч the ending is и: тысячи.
        assert_eq!(norm("753 тыс. рублей", Lang::Ru), "семьсот пятьдесят три тысячи рублей");
    }

    /// A range with the currency's symbol on its first amount says the currency once, last.
    #[test]
    fn a_range_with_one_symbol_says_the_currency_after_it() {
        assert_eq!(
            norm("cost £380–400 a night", Lang::En),
            "cost three hundred and eighty to four hundred pounds a night"
        );
        assert_eq!(norm("raised $3-5 million", Lang::En), "raised three to five million dollars");
        assert_eq!(norm("charges ₹80 for", Lang::En), "charges eighty rupees for");
        assert_eq!(
            norm("a trip is NZ$24.", Lang::En),
            "a trip is twenty four new zealand dollars."
        );
        assert_eq!(
            norm("sales of CHF 965", Lang::En),
            "sales of nine hundred and sixty five swiss francs"
        );
        assert_eq!(norm("it cost 72¢.", Lang::En), "it cost seventy two cents.");
        assert_eq!(norm("costs ₦3800.", Lang::En), "costs three thousand eight hundred naira.");
        assert_eq!(
            norm("passes cost A$125–A$140 a day", Lang::En),
            "passes cost one hundred and twenty five australian dollars to one hundred and forty australian dollars a day"
        );
        assert_eq!(norm("Собрали 5 A$.", Lang::Ru), "Собрали пять австралийских долларов.");
        assert_eq!(norm("sells for RM62.", Lang::En), "sells for sixty two ringgit.");
        assert_eq!(
            norm("about NT$450.", Lang::En),
            "about four hundred and fifty new taiwan dollars."
        );
        assert_eq!(
            norm("runs ₪250-270 here", Lang::En),
            "runs two hundred and fifty to two hundred and seventy shekels here"
        );
        assert_eq!(
            norm("runs 210-230 zł here", Lang::En),
            "runs two hundred and ten to two hundred and thirty zlotys here"
        );
        assert_eq!(norm("He is an RM.", Lang::En), "He is an RM.");
        assert_eq!(norm("Цена 80 ₹.", Lang::Ru), "Цена восемьдесят рупий.");
        assert_eq!(
            norm("from $2.50-3.00 each", Lang::En),
            "from two dollars fifty cents to three dollars each"
        );
    }

    /// A range with a scale letter on both ends or on the second only (round 106).
    #[test]
    fn english_ranges_in_thousands() {
        assert_eq!(
            norm("for £43–50k depending", Lang::En),
            "for forty three to fifty thousand pounds depending"
        );
        assert_eq!(
            norm("for £175K–£225K.", Lang::En),
            "for one hundred seventy five thousand pounds to two hundred twenty five thousand pounds."
        );
    }

    /// An amount between "a" and its noun takes the singular currency (round 108).
    #[test]
    fn an_amount_before_its_noun_is_singular() {
        assert_eq!(norm("a £1,500 excess", Lang::En), "a one thousand five hundred pound excess");
        assert_eq!(norm("a $2 billion deal", Lang::En), "a two billion dollar deal");
        assert_eq!(norm("a $5 a month plan", Lang::En), "a five dollars a month plan");
    }
}
