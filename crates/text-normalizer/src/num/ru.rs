//! Russian number words with case and gender: cardinals, ordinals, decimals, and the form a
//! counted noun takes after a number. Written with "ё" (трёх, четвёртый), which TTS needs.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    Prep,
}

impl Case {
    pub const ALL: [Case; 6] = [Case::Nom, Case::Gen, Case::Dat, Case::Acc, Case::Ins, Case::Prep];
    fn idx(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masc,
    Fem,
    Neut,
}

/// Grammatical form of an adjective-like word (ordinals): gender or plural, and case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    pub case: Case,
    pub gender: Gender,
    pub plural: bool,
}

impl Form {
    pub const fn new(case: Case, gender: Gender) -> Self {
        Form { case, gender, plural: false }
    }
    pub const fn plural(case: Case) -> Self {
        Form { case, gender: Gender::Masc, plural: true }
    }
}

/// Which form a counted noun takes after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounForm {
    Sg(Case),
    Pl(Case),
}

const ZERO: [&str; 6] = ["ноль", "ноля", "нолю", "ноль", "нолём", "ноле"];
const TWO_M: [&str; 6] = ["два", "двух", "двум", "два", "двумя", "двух"];
const TWO_F: [&str; 6] = ["две", "двух", "двум", "две", "двумя", "двух"];
const THREE: [&str; 6] = ["три", "трёх", "трём", "три", "тремя", "трёх"];
const FOUR: [&str; 6] = ["четыре", "четырёх", "четырём", "четыре", "четырьмя", "четырёх"];
const ONE_M: [&str; 6] = ["один", "одного", "одному", "один", "одним", "одном"];
const ONE_F: [&str; 6] = ["одна", "одной", "одной", "одну", "одной", "одной"];
const ONE_N: [&str; 6] = ["одно", "одного", "одному", "одно", "одним", "одном"];

/// 5..=19, 20, 30: nominative, and the stem the other cases build on (-и, -ью).
const SOFT: [(u32, &str, &str, &str); 17] = [
    (5, "пять", "пяти", "пятью"),
    (6, "шесть", "шести", "шестью"),
    (7, "семь", "семи", "семью"),
    (8, "восемь", "восьми", "восемью"),
    (9, "девять", "девяти", "девятью"),
    (10, "десять", "десяти", "десятью"),
    (11, "одиннадцать", "одиннадцати", "одиннадцатью"),
    (12, "двенадцать", "двенадцати", "двенадцатью"),
    (13, "тринадцать", "тринадцати", "тринадцатью"),
    (14, "четырнадцать", "четырнадцати", "четырнадцатью"),
    (15, "пятнадцать", "пятнадцати", "пятнадцатью"),
    (16, "шестнадцать", "шестнадцати", "шестнадцатью"),
    (17, "семнадцать", "семнадцати", "семнадцатью"),
    (18, "восемнадцать", "восемнадцати", "восемнадцатью"),
    (19, "девятнадцать", "девятнадцати", "девятнадцатью"),
    (20, "двадцать", "двадцати", "двадцатью"),
    (30, "тридцать", "тридцати", "тридцатью"),
];

const TENS_4_9: [(u32, [&str; 6]); 6] = [
    (40, ["сорок", "сорока", "сорока", "сорок", "сорока", "сорока"]),
    (50, ["пятьдесят", "пятидесяти", "пятидесяти", "пятьдесят", "пятьюдесятью", "пятидесяти"]),
    (
        60,
        ["шестьдесят", "шестидесяти", "шестидесяти", "шестьдесят", "шестьюдесятью", "шестидесяти"],
    ),
    (70, ["семьдесят", "семидесяти", "семидесяти", "семьдесят", "семьюдесятью", "семидесяти"]),
    (
        80,
        [
            "восемьдесят",
            "восьмидесяти",
            "восьмидесяти",
            "восемьдесят",
            "восемьюдесятью",
            "восьмидесяти",
        ],
    ),
    (90, ["девяносто", "девяноста", "девяноста", "девяносто", "девяноста", "девяноста"]),
];

const HUNDREDS: [[&str; 6]; 9] = [
    ["сто", "ста", "ста", "сто", "ста", "ста"],
    ["двести", "двухсот", "двумстам", "двести", "двумястами", "двухстах"],
    ["триста", "трёхсот", "трёмстам", "триста", "тремястами", "трёхстах"],
    ["четыреста", "четырёхсот", "четырёмстам", "четыреста", "четырьмястами", "четырёхстах"],
    ["пятьсот", "пятисот", "пятистам", "пятьсот", "пятьюстами", "пятистах"],
    ["шестьсот", "шестисот", "шестистам", "шестьсот", "шестьюстами", "шестистах"],
    ["семьсот", "семисот", "семистам", "семьсот", "семьюстами", "семистах"],
    ["восемьсот", "восьмисот", "восьмистам", "восемьсот", "восемьюстами", "восьмистах"],
    ["девятьсот", "девятисот", "девятистам", "девятьсот", "девятьюстами", "девятистах"],
];

/// Scale nouns by power of 1000: singular and plural forms by case.
const SCALES: [([&str; 6], [&str; 6]); 6] = [
    (
        ["тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче"],
        ["тысячи", "тысяч", "тысячам", "тысячи", "тысячами", "тысячах"],
    ),
    (
        ["миллион", "миллиона", "миллиону", "миллион", "миллионом", "миллионе"],
        ["миллионы", "миллионов", "миллионам", "миллионы", "миллионами", "миллионах"],
    ),
    (
        ["миллиард", "миллиарда", "миллиарду", "миллиард", "миллиардом", "миллиарде"],
        ["миллиарды", "миллиардов", "миллиардам", "миллиарды", "миллиардами", "миллиардах"],
    ),
    (
        ["триллион", "триллиона", "триллиону", "триллион", "триллионом", "триллионе"],
        ["триллионы", "триллионов", "триллионам", "триллионы", "триллионами", "триллионах"],
    ),
    (
        [
            "квадриллион",
            "квадриллиона",
            "квадриллиону",
            "квадриллион",
            "квадриллионом",
            "квадриллионе",
        ],
        [
            "квадриллионы",
            "квадриллионов",
            "квадриллионам",
            "квадриллионы",
            "квадриллионами",
            "квадриллионах",
        ],
    ),
    (
        [
            "квинтиллион",
            "квинтиллиона",
            "квинтиллиону",
            "квинтиллион",
            "квинтиллионом",
            "квинтиллионе",
        ],
        [
            "квинтиллионы",
            "квинтиллионов",
            "квинтиллионам",
            "квинтиллионы",
            "квинтиллионами",
            "квинтиллионах",
        ],
    ),
];

fn unit_word(n: u32, case: Case, gender: Gender) -> &'static str {
    let c = case.idx();
    match n {
        1 => match gender {
            Gender::Masc => ONE_M[c],
            Gender::Fem => ONE_F[c],
            Gender::Neut => ONE_N[c],
        },
        2 => {
            if gender == Gender::Fem {
                TWO_F[c]
            } else {
                TWO_M[c]
            }
        }
        3 => THREE[c],
        4 => FOUR[c],
        _ => soft_word(n, case),
    }
}

fn soft_word(n: u32, case: Case) -> &'static str {
    let Some(&(_, nom, obl, ins)) = SOFT.iter().find(|(v, ..)| *v == n) else {
        return "";
    };
    match case {
        Case::Nom | Case::Acc => nom,
        Case::Ins => ins,
        _ => obl,
    }
}

/// Words of 1..=999 in `case`/`gender`.
fn below_1000(n: u32, case: Case, gender: Gender, out: &mut Vec<&'static str>) {
    let (h, rest) = (n / 100, n % 100);
    if h > 0 {
        out.push(HUNDREDS[(h - 1) as usize][case.idx()]);
    }
    if rest == 0 {
        return;
    }
    if rest < 20 || rest == 30 || rest == 20 {
        out.push(unit_word(rest, case, gender));
        return;
    }
    let tens = rest / 10 * 10;
    if tens == 20 || tens == 30 {
        out.push(soft_word(tens, case));
    } else if let Some((_, forms)) = TENS_4_9.iter().find(|(v, _)| *v == tens) {
        out.push(forms[case.idx()]);
    }
    if rest % 10 != 0 {
        out.push(unit_word(rest % 10, case, gender));
    }
}

/// The form of a noun a reader writes after a number whose last three digits are `last3`
/// (a unit, a currency): as [`noun_form`], but where they are all zeros the number ends in a
/// noun of its own (тысяча, миллион) or is zero, which counts it in the genitive plural in
/// every case ("пяти тысячам рублей", "с тремя тысячами тонн", "при нуле градусов"). A noun
/// written in the text after the digits keeps its form, often the agreeing one ("с 5000
/// рублями"), which [`noun_form`] still matches.
pub fn unit_form(last3: u32, case: Case) -> NounForm {
    if last3 == 0 { NounForm::Pl(Case::Gen) } else { noun_form(last3, case) }
}

/// The form of a noun counted by a number whose last three digits are `last3`.
pub fn noun_form(last3: u32, case: Case) -> NounForm {
    let (d1, d2) = (last3 % 10, last3 % 100);
    let teen = (11..=14).contains(&d2);
    match case {
        Case::Nom | Case::Acc => {
            if d1 == 1 && !teen {
                NounForm::Sg(case)
            } else if (2..=4).contains(&d1) && !teen {
                NounForm::Sg(Case::Gen)
            } else {
                NounForm::Pl(Case::Gen)
            }
        }
        _ => {
            if d1 == 1 && !teen {
                NounForm::Sg(case)
            } else {
                NounForm::Pl(case)
            }
        }
    }
}

/// Splits a digit string into 3-digit groups, least significant first. `None` when it does not
/// fit the scale table (then callers read it digit by digit).
fn groups(digits: &str) -> Option<Vec<u32>> {
    let digits = digits.trim_start_matches('0');
    if digits.len() > 3 * (SCALES.len() + 1) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = Vec::new();
    let mut end = digits.len();
    while end > 0 {
        let start = end.saturating_sub(3);
        out.push(digits[start..end].parse().ok()?);
        end = start;
    }
    Some(out)
}

pub fn digit_by_digit(digits: &str) -> String {
    digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| if d == 0 { "ноль" } else { unit_word(d, Case::Nom, Gender::Masc) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cardinal of a digit string in `case`, agreeing in `gender` (1 and 2 only). A leading
/// "одна" is kept before тысяча ("одна тысяча сто").
pub fn cardinal(digits: &str, case: Case, gender: Gender) -> String {
    let Some(gs) = groups(digits) else {
        return digit_by_digit(digits);
    };
    if gs.is_empty() {
        return ZERO[case.idx()].to_string();
    }
    let mut out = Vec::new();
    for (i, &g) in gs.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if i == 0 {
            below_1000(g, case, gender, &mut out);
            continue;
        }
        let scale_gender = if i == 1 { Gender::Fem } else { Gender::Masc };
        below_1000(g, case, scale_gender, &mut out);
        let (sg, pl) = &SCALES[i - 1];
        out.push(match noun_form(g, case) {
            NounForm::Sg(c) => sg[c.idx()],
            NounForm::Pl(c) => pl[c.idx()],
        });
    }
    out.join(" ")
}

/// The animate accusative of a masculine accusative cardinal ending in 1: its last word as
/// the genitive ("двадцать один" -> "двадцать одного", "одну тысячу один" -> "одну тысячу
/// одного"); the words before it keep the accusative.
pub fn animate_accusative(reading: &str) -> String {
    match reading.rsplit_once(' ') {
        Some((head, "один" | "одно")) => format!("{head} одного"),
        None if matches!(reading, "один" | "одно") => "одного".to_string(),
        _ => reading.to_string(),
    }
}

/// Ordinal stems of the last component and whether the ending is stressed (-ой) or soft (-ий).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Decl {
    Hard,
    Stressed,
    Soft,
}

fn ordinal_stem(n: u32) -> (&'static str, Decl) {
    use Decl::*;
    match n {
        1 => ("перв", Hard),
        2 => ("втор", Stressed),
        3 => ("трет", Soft),
        4 => ("четвёрт", Hard),
        5 => ("пят", Hard),
        6 => ("шест", Stressed),
        7 => ("седьм", Stressed),
        8 => ("восьм", Stressed),
        9 => ("девят", Hard),
        10 => ("десят", Hard),
        11 => ("одиннадцат", Hard),
        12 => ("двенадцат", Hard),
        13 => ("тринадцат", Hard),
        14 => ("четырнадцат", Hard),
        15 => ("пятнадцат", Hard),
        16 => ("шестнадцат", Hard),
        17 => ("семнадцат", Hard),
        18 => ("восемнадцат", Hard),
        19 => ("девятнадцат", Hard),
        20 => ("двадцат", Hard),
        30 => ("тридцат", Hard),
        40 => ("сороков", Stressed),
        50 => ("пятидесят", Hard),
        60 => ("шестидесят", Hard),
        70 => ("семидесят", Hard),
        80 => ("восьмидесят", Hard),
        90 => ("девяност", Hard),
        100 => ("сот", Hard),
        200 => ("двухсот", Hard),
        300 => ("трёхсот", Hard),
        400 => ("четырёхсот", Hard),
        500 => ("пятисот", Hard),
        600 => ("шестисот", Hard),
        700 => ("семисот", Hard),
        800 => ("восьмисот", Hard),
        900 => ("девятисот", Hard),
        _ => ("", Hard),
    }
}

/// The ending of a hard-stem adjective in `form` ("называем-ые", "-ой"), inanimate.
pub(crate) fn hard_adj_ending(form: Form) -> &'static str {
    adj_ending(Decl::Hard, form)
}

fn adj_ending(decl: Decl, form: Form) -> &'static str {
    const HARD_M: [&str; 6] = ["ый", "ого", "ому", "ый", "ым", "ом"];
    const HARD_N: [&str; 6] = ["ое", "ого", "ому", "ое", "ым", "ом"];
    const HARD_F: [&str; 6] = ["ая", "ой", "ой", "ую", "ой", "ой"];
    const HARD_PL: [&str; 6] = ["ые", "ых", "ым", "ые", "ыми", "ых"];
    const SOFT_M: [&str; 6] = ["ий", "ьего", "ьему", "ий", "ьим", "ьем"];
    const SOFT_N: [&str; 6] = ["ье", "ьего", "ьему", "ье", "ьим", "ьем"];
    const SOFT_F: [&str; 6] = ["ья", "ьей", "ьей", "ью", "ьей", "ьей"];
    const SOFT_PL: [&str; 6] = ["ьи", "ьих", "ьим", "ьи", "ьими", "ьих"];
    let c = form.case.idx();
    if decl == Decl::Soft {
        return match (form.plural, form.gender) {
            (true, _) => SOFT_PL[c],
            (false, Gender::Masc) => SOFT_M[c],
            (false, Gender::Neut) => SOFT_N[c],
            (false, Gender::Fem) => SOFT_F[c],
        };
    }
    match (form.plural, form.gender) {
        (true, _) => HARD_PL[c],
        (false, Gender::Masc) => {
            if decl == Decl::Stressed && matches!(form.case, Case::Nom | Case::Acc) {
                "ой"
            } else {
                HARD_M[c]
            }
        }
        (false, Gender::Neut) => HARD_N[c],
        (false, Gender::Fem) => HARD_F[c],
    }
}

/// Adjective of a scale ordinal: 1000 "тысячн", 2000 "двухтысячн", 100000 "стотысячн".
fn scale_ordinal_stem(g: u32, scale: usize) -> String {
    let scale_stem =
        ["тысячн", "миллионн", "миллиардн", "триллионн", "квадриллионн", "квинтиллионн"][scale - 1];
    if g == 1 {
        return scale_stem.to_string();
    }
    format!("{}{scale_stem}", fused_count(g))
}

/// A count below a thousand as the first half of a compound word: its genitive, fused
/// ("двух", "пяти", "двадцатипяти"), with сто, девяносто and одно kept ("стотысячный",
/// "одноместный").
pub(crate) fn fused_count(g: u32) -> String {
    let mut words = Vec::new();
    below_1000(g, Case::Gen, Gender::Masc, &mut words);
    words
        .into_iter()
        .map(|w| match w {
            "ста" => "сто",
            "девяноста" => "девяносто",
            "одного" => "одно",
            other => other,
        })
        .collect()
}

/// Ordinal of a digit string in `form`: all but the last component stay cardinal nominative
/// ("тысяча девятьсот девяносто шестого").
pub fn ordinal(digits: &str, form: Form) -> String {
    let Some(gs) = groups(digits) else {
        return digit_by_digit(digits);
    };
    if gs.is_empty() {
        return format!("нулев{}", adj_ending(Decl::Stressed, form));
    }
    // Index of the lowest non-zero group.
    let low = gs.iter().position(|&g| g != 0).unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for (i, &g) in gs.iter().enumerate().rev() {
        if g == 0 || i < low {
            continue;
        }
        if i > low {
            let mut ws = Vec::new();
            let scale_gender = if i == 1 { Gender::Fem } else { Gender::Masc };
            // Ordinals say "тысяча девятьсот ...", without the "одна" cardinals keep.
            if !(i == 1 && g == 1) {
                below_1000(g, Case::Nom, scale_gender, &mut ws);
            }
            out.extend(ws.iter().map(|w| w.to_string()));
            let (sg, pl) = &SCALES[i - 1];
            out.push(
                match noun_form(g, Case::Nom) {
                    NounForm::Sg(c) => sg[c.idx()],
                    NounForm::Pl(c) => pl[c.idx()],
                }
                .to_string(),
            );
            continue;
        }
        if i > 0 {
            out.push(format!("{}{}", scale_ordinal_stem(g, i), adj_ending(Decl::Hard, form)));
            continue;
        }
        // Last group: cardinal nominative for all but its last non-zero part.
        let (h, rest) = (g / 100 * 100, g % 100);
        let last = if rest == 0 {
            h
        } else if rest < 20 || rest % 10 == 0 {
            rest
        } else {
            rest % 10
        };
        let head = g - last;
        if head > 0 {
            let mut ws = Vec::new();
            below_1000(head, Case::Nom, Gender::Masc, &mut ws);
            out.extend(ws.iter().map(|w| w.to_string()));
        }
        let (stem, decl) = ordinal_stem(last);
        out.push(format!("{stem}{}", adj_ending(decl, form)));
    }
    out.join(" ")
}

const FRACTION_STEMS: [&str; 12] = [
    "десят",
    "сот",
    "тысячн",
    "десятитысячн",
    "стотысячн",
    "миллионн",
    "десятимиллионн",
    "стомиллионн",
    "миллиардн",
    "десятимиллиардн",
    "стомиллиардн",
    "триллионн",
];

/// "три целых две десятых" for ("3", "2"); `case` inflects every part.
pub fn decimal(int: &str, frac: &str, case: Case) -> String {
    if frac.is_empty() || frac.len() > FRACTION_STEMS.len() {
        let mut s = cardinal(int, case, Gender::Masc);
        if !frac.is_empty() {
            s.push_str(" запятая ");
            s.push_str(&digit_by_digit(frac));
        }
        return s;
    }
    let int_words = cardinal(int, case, Gender::Fem);
    let int_last3 = last3(int);
    let whole = agree_adj("цел", int_last3, case);
    let frac_words = cardinal(frac, case, Gender::Fem);
    let part = agree_adj(FRACTION_STEMS[frac.len() - 1], last3(frac), case);
    format!("{int_words} {whole} {frac_words} {part}")
}

/// "целая"/"целых", "десятая"/"десятых" after a count: feminine singular after 1, else plural
/// (genitive in the nominative).
fn agree_adj(stem: &str, last3: u32, case: Case) -> String {
    let form = match noun_form(last3, case) {
        NounForm::Sg(c) if c == case => Form::new(case, Gender::Fem),
        NounForm::Sg(_) | NounForm::Pl(_) if matches!(case, Case::Nom | Case::Acc) => {
            Form::plural(Case::Gen)
        }
        _ => Form::plural(case),
    };
    format!("{stem}{}", adj_ending(Decl::Hard, form))
}

/// The last three digits of a digit string as a number (0 for an empty string).
pub fn last3(digits: &str) -> u32 {
    let d = digits.trim_start_matches('0');
    let start = d.len().saturating_sub(3);
    d.get(start..).and_then(|s| s.parse().ok()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_by_case() {
        assert_eq!(cardinal("254", Case::Nom, Gender::Masc), "двести пятьдесят четыре");
        assert_eq!(cardinal("2300", Case::Nom, Gender::Masc), "две тысячи триста");
        assert_eq!(cardinal("1013", Case::Nom, Gender::Masc), "одна тысяча тринадцать");
        assert_eq!(cardinal("73", Case::Gen, Gender::Masc), "семидесяти трёх");
        assert_eq!(cardinal("1200", Case::Gen, Gender::Masc), "одной тысячи двухсот");
        assert_eq!(cardinal("10000", Case::Gen, Gender::Masc), "десяти тысяч");
        assert_eq!(cardinal("5", Case::Ins, Gender::Masc), "пятью");
        assert_eq!(cardinal("1000", Case::Acc, Gender::Masc), "одну тысячу");
        assert_eq!(cardinal("0", Case::Nom, Gender::Masc), "ноль");
        assert_eq!(
            cardinal("1156173", Case::Nom, Gender::Masc),
            "один миллион сто пятьдесят шесть тысяч сто семьдесят три"
        );
    }

    #[test]
    fn ordinals_by_form() {
        let f = |c, g| Form::new(c, g);
        assert_eq!(
            ordinal("1996", f(Case::Gen, Gender::Masc)),
            "тысяча девятьсот девяносто шестого"
        );
        assert_eq!(ordinal("2024", f(Case::Prep, Gender::Masc)), "две тысячи двадцать четвёртом");
        assert_eq!(ordinal("3", f(Case::Nom, Gender::Masc)), "третий");
        assert_eq!(ordinal("3", Form::plural(Case::Gen)), "третьих");
        assert_eq!(ordinal("22", f(Case::Nom, Gender::Fem)), "двадцать вторая");
        assert_eq!(ordinal("40", f(Case::Nom, Gender::Masc)), "сороковой");
        assert_eq!(ordinal("1990", Form::plural(Case::Nom)), "тысяча девятьсот девяностые");
        assert_eq!(ordinal("2000", f(Case::Nom, Gender::Masc)), "двухтысячный");
        assert_eq!(ordinal("12500", f(Case::Nom, Gender::Masc)), "двенадцать тысяч пятисотый");
        assert_eq!(ordinal("1000", f(Case::Nom, Gender::Masc)), "тысячный");
        assert_eq!(ordinal("2005000", f(Case::Nom, Gender::Masc)), "два миллиона пятитысячный");
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal("3", "2", Case::Nom), "три целых две десятых");
        assert_eq!(decimal("1", "02", Case::Nom), "одна целая две сотых");
        assert_eq!(decimal("2", "0003", Case::Nom), "две целых три десятитысячных");
        assert_eq!(decimal("0", "000000000003", Case::Nom), "ноль целых три триллионных");
        assert_eq!(decimal("1", "5", Case::Gen), "одной целой пяти десятых");
    }
}
