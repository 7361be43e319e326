//! English number words. Style follows the NeMo English verbalizer: "and" only before the
//! tens/units of the last three-digit group ("one hundred and five", "two thousand and ninety"),
//! none in ordinals and fractions.

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] =
    ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/// Scale words by power of 1000; numbers past the table are read digit by digit.
const SCALES: [&str; 7] =
    ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];

fn below_100(n: u64, out: &mut Vec<&'static str>) {
    if n < 20 {
        out.push(ONES[n as usize]);
    } else {
        out.push(TENS[(n / 10) as usize]);
        if !n.is_multiple_of(10) {
            out.push(ONES[(n % 10) as usize]);
        }
    }
}

/// Words of 1..=999 into `out`; `and_before_rest` inserts "and" after "hundred".
fn below_1000(n: u64, and_before_rest: bool, out: &mut Vec<&'static str>) {
    let (h, rest) = (n / 100, n % 100);
    if h > 0 {
        out.push(ONES[h as usize]);
        out.push("hundred");
        if rest > 0 && and_before_rest {
            out.push("and");
        }
    }
    if rest > 0 {
        below_100(rest, out);
    }
}

/// Cardinal words of a decimal digit string (leading zeros ignored). `with_and` selects the
/// British "and". Digit strings too long for the scale table come back digit by digit.
pub fn cardinal_str(digits: &str, with_and: bool) -> String {
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return "zero".into();
    }
    if digits.len() > 3 * SCALES.len() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digit_by_digit(digits);
    }
    let mut groups = Vec::new();
    let mut end = digits.len();
    while end > 0 {
        let start = end.saturating_sub(3);
        groups.push(digits[start..end].parse::<u64>().unwrap_or(0));
        end = start;
    }
    let mut out = Vec::new();
    let multi_group = groups.len() > 1;
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if i == 0 && with_and && multi_group && g < 100 {
            out.push("and");
        }
        below_1000(g, with_and && i == 0, &mut out);
        if i > 0 {
            out.push(SCALES[i]);
        }
    }
    out.join(" ")
}

/// Whether `w` is a cardinal number word ("seven", "forty", "hundred").
pub fn is_number_word(w: &str) -> bool {
    !w.is_empty()
        && (ONES.contains(&w) || TENS.contains(&w) || SCALES.contains(&w) || w == "hundred")
}

pub fn cardinal(n: u64) -> String {
    cardinal_str(&n.to_string(), true)
}

pub fn digit_word(d: char) -> &'static str {
    match d.to_digit(10) {
        Some(v) => ONES[v as usize],
        None => "",
    }
}

pub fn digit_by_digit(digits: &str) -> String {
    digits.chars().filter(|c| c.is_ascii_digit()).map(digit_word).collect::<Vec<_>>().join(" ")
}

/// Ordinal of the last word of a cardinal: "twenty three" -> "twenty third".
pub fn ordinal_str(digits: &str) -> String {
    let card = cardinal_str(digits, false);
    let (head, last) = match card.rsplit_once(' ') {
        Some((h, l)) => (Some(h), l),
        None => (None, card.as_str()),
    };
    let last = ordinal_word(last);
    match head {
        Some(h) => format!("{h} {last}"),
        None => last,
    }
}

/// Number words whose ordinal is not the word and "th" (or "ieth" for "y").
const IRREGULAR_ORDINALS: &[(&str, &str)] = &[
    ("one", "first"),
    ("two", "second"),
    ("three", "third"),
    ("five", "fifth"),
    ("eight", "eighth"),
    ("nine", "ninth"),
    ("twelve", "twelfth"),
];

/// Whether `w` is an ordinal's last word ("first", "eighteenth", "twentieth", "hundredth").
pub fn is_ordinal_word(w: &str) -> bool {
    IRREGULAR_ORDINALS.iter().any(|(_, o)| *o == w)
        || w.strip_suffix("ieth").is_some_and(|s| is_number_word(&format!("{s}y")))
        || w.strip_suffix("th").is_some_and(is_number_word)
}

fn ordinal_word(w: &str) -> String {
    if let Some((_, o)) = IRREGULAR_ORDINALS.iter().find(|(c, _)| *c == w) {
        return (*o).to_string();
    }
    if let Some(stem) = w.strip_suffix('y') {
        return format!("{stem}ieth");
    }
    format!("{w}th")
}

/// Year reading: 1975 "nineteen seventy five", 2006 "two thousand six", 2012 "twenty twelve",
/// 1900 "nineteen hundred", 2000 "two thousand", 1005 "ten oh five".
pub fn year(n: u64) -> String {
    if !(1000..10000).contains(&n) {
        return cardinal_str(&n.to_string(), false);
    }
    let (hi, lo) = (n / 100, n % 100);
    if n.is_multiple_of(1000) {
        return cardinal_str(&n.to_string(), false);
    }
    if (2000..2010).contains(&n) || (n % 1000 < 10 && hi % 10 == 0) {
        return cardinal_str(&n.to_string(), false);
    }
    let mut out = Vec::new();
    below_100(hi, &mut out);
    if lo == 0 {
        out.push("hundred");
    } else if lo < 10 {
        out.push("oh");
        out.push(ONES[lo as usize]);
    } else {
        below_100(lo, &mut out);
    }
    out.join(" ")
}

/// Plural of a decade: "nineteen eighties" for 1980.
pub fn decade(n: u64) -> String {
    let y = if n < 100 { cardinal(n) } else { year(n) };
    match y.rsplit_once(' ') {
        Some((h, l)) => format!("{h} {}", plural_decade_word(l)),
        None => plural_decade_word(&y),
    }
}

fn plural_decade_word(w: &str) -> String {
    match w.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{w}s"),
    }
}

/// A count and its noun, singular after one: `counted("2", "hour", "hours")` is "two hours".
pub fn counted(digits: &str, one: &str, many: &str) -> String {
    let noun = if digits.trim_start_matches('0') == "1" { one } else { many };
    format!("{} {noun}", cardinal_str(digits, true))
}

/// Denominator words: 2 half/halves, 4 quarter(s), else the ordinal (+s).
pub fn denominator(digits: &str, plural: bool) -> String {
    let base = match digits.trim_start_matches('0') {
        "2" => return if plural { "halves".into() } else { "half".into() },
        "4" => "quarter".to_string(),
        d => ordinal_str(d),
    };
    if plural { format!("{base}s") } else { base }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals() {
        assert_eq!(cardinal(0), "zero");
        assert_eq!(cardinal(13), "thirteen");
        assert_eq!(cardinal(105), "one hundred and five");
        assert_eq!(cardinal(18095), "eighteen thousand and ninety five");
        assert_eq!(cardinal(13000), "thirteen thousand");
        assert_eq!(
            cardinal_str("123123000", true),
            "one hundred twenty three million one hundred twenty three thousand"
        );
        assert_eq!(cardinal_str("1925", false), "one thousand nine hundred twenty five");
    }

    #[test]
    fn ordinals_years_decades() {
        assert_eq!(ordinal_str("121"), "one hundred twenty first");
        assert_eq!(ordinal_str("1000000"), "one millionth");
        assert_eq!(ordinal_str("12"), "twelfth");
        assert_eq!(ordinal_str("30"), "thirtieth");
        assert_eq!(year(1975), "nineteen seventy five");
        assert_eq!(year(2006), "two thousand six");
        assert_eq!(year(2012), "twenty twelve");
        assert_eq!(year(1900), "nineteen hundred");
        assert_eq!(year(2000), "two thousand");
        assert_eq!(decade(1980), "nineteen eighties");
        assert_eq!(decade(80), "eighties");
    }

    #[test]
    fn huge_numbers_fall_back_to_digits() {
        let s = "1".repeat(40);
        assert_eq!(cardinal_str(&s, true).split(' ').count(), 40);
    }
}
