//! Amounts in a currency the money table has no reading for, named by its ISO 4217 code or its
//! own sign ("6840 SCR", "CLP 402,500", "₼350"): the amount and the currency's unit, the last
//! word of its ISO name ("Seychelles rupee": rupees, "Azerbaijani manat": manat), as news
//! reads a foreign price. The table's currencies (`tables::units::CURRENCIES`) are read by
//! the money rule before this one.

use std::sync::LazyLock;

use iso_currency::{Currency, Flag, IntoEnumIterator};
use regex::Regex;

use super::{re, replace, strip_groups};
use crate::cx::{Cx, Lang};
use crate::num::en;

/// Codes that are also English words in capitals ("TOP 10", "ALL 3 rooms"): not read as
/// currencies.
const WORD_CODES: &[&str] = &["ALL", "TOP", "CUP", "MAD", "SOS", "BOB", "GEL", "BAM", "MOP", "RON"];

/// Units whose plural is the singular ("fifty manat").
const INVARIANT: &[&str] = &[
    "manat",
    "tenge",
    "som",
    "sum",
    "rufiyaa",
    "pula",
    "birr",
    "kip",
    "riel",
    "kyat",
    "rand",
    "lari",
    "dram",
    "lek",
    "ngultrum",
    "vatu",
    "tala",
    "taka",
    "rupiah",
    "ariary",
    "kina",
    "yen",
    "yuan",
    "won",
    "baht",
    "dong",
    "naira",
    "ringgit",
    "renminbi",
    "lira",
    "afghani",
    "somoni",
    "kwacha",
    "loti",
    "lilangeni",
    "ouguiya",
    "leone",
];

/// An amount, its thousands grouped by commas, and up to two decimals.
const AMOUNT: &str = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?";

static CODE_FIRST: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b([A-Z]{{3}}) ?{AMOUNT}\b")));
static CODE_AFTER: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b{AMOUNT} ?([A-Z]{{3}})\b")));
static SIGN_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let signs: Vec<String> = own_signs().iter().map(|(s, _)| regex::escape(s)).collect();
    re(&format!(r"({}) ?{AMOUNT}\b", signs.join("|")))
});

/// Signs with a letter or mark outside ASCII that name one currency alone ("₼", "₸"),
/// besides the table's.
fn own_signs() -> &'static [(String, Currency)] {
    static SIGNS: LazyLock<Vec<(String, Currency)>> = LazyLock::new(|| {
        let table: Vec<&str> =
            crate::tables::units::CURRENCIES.iter().flat_map(|c| c.syms.iter().copied()).collect();
        let all: Vec<(String, Currency)> =
            Currency::iter().map(|c| (c.symbol().symbol, c)).collect();
        all.iter()
            .filter(|(s, _)| !s.is_ascii() && !table.contains(&s.as_str()))
            .filter(|(s, _)| all.iter().filter(|(t, _)| t == s).count() == 1)
            .cloned()
            .collect()
    });
    &SIGNS
}

/// A currency the table lacks, by its code: not a fund or a metal.
fn by_code(code: &str) -> Option<Currency> {
    let in_table = crate::tables::units::CURRENCIES.iter().any(|c| c.syms.contains(&code));
    if in_table || WORD_CODES.contains(&code) {
        return None;
    }
    let c = Currency::from_code(code)?;
    let flags = c.flags();
    // A superseded currency is still priced in ("205 BGN" since the euro came).
    (!flags.iter().any(|f| matches!(f, Flag::Fund | Flag::Special))).then_some(c)
}

/// The unit of a currency, singular or plural: its ISO name's last word, lowercased; a name
/// ending in its issuer's letters keeps the words before them ("CFA franc BCEAO": CFA
/// francs).
fn unit(c: Currency, one: bool) -> String {
    let words: Vec<&str> = c.name().split(' ').collect();
    let issuer = words.len() > 2
        && words.last().is_some_and(|w| w.chars().all(|ch| ch.is_ascii_uppercase()));
    if issuer {
        let head = words[..words.len() - 1].join(" ");
        let (lead, last) = head.rsplit_once(' ').unwrap_or(("", &head));
        let last = if one { last.to_lowercase() } else { format!("{}s", last.to_lowercase()) };
        return if lead.is_empty() { last } else { format!("{lead} {last}") };
    }
    let name = words.last().copied().unwrap_or_default().to_lowercase();
    if one || INVARIANT.contains(&name.as_str()) {
        return name;
    }
    match name.as_str() {
        "sol" => "soles".into(),
        "colón" => "colones".into(),
        "real" => "reais".into(),
        "krone" => "kroner".into(),
        "krona" => "kronor".into(),
        "króna" => "krónur".into(),
        "leu" => "lei".into(),
        "lev" => "leva".into(),
        _ => format!("{name}s"),
    }
}

/// "6840" and "SCR": "six thousand eight hundred and forty rupees"; cents after the unit.
fn read(c: Currency, int: &str, cents: Option<&str>) -> String {
    let digits = strip_groups(int);
    let one = digits.trim_start_matches('0') == "1" && cents.is_none();
    let mut out = format!("{} {}", en::cardinal_str(&digits, true), unit(c, one));
    if let Some(cents) = cents {
        out.push(' ');
        out.push_str(&en::cardinal_str(cents, true));
    }
    out
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    if !super::has_latin(s) {
        return s.to_string();
    }
    let en = |text: &str, start, end| cx.lang_at(text, start, end) == Lang::En;
    let s = replace(s, &CODE_FIRST, |c, text, start, end| {
        let cur = by_code(&c[1])?;
        en(text, start, end).then(|| read(cur, &c[2], c.get(3).map(|m| m.as_str())))
    });
    let s = replace(&s, &CODE_AFTER, |c, text, start, end| {
        let cur = by_code(&c[3])?;
        en(text, start, end).then(|| read(cur, &c[1], c.get(2).map(|m| m.as_str())))
    });
    replace(&s, &SIGN_FIRST, |c, text, start, end| {
        let (_, cur) = own_signs().iter().find(|(s, _)| s == &c[1])?;
        en(text, start, end).then(|| read(*cur, &c[2], c.get(3).map(|m| m.as_str())))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn a_currency_the_table_lacks_by_its_code_or_sign() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("A room is 2,400 UAH."), "A room is two thousand four hundred hryvnias.");
        assert_eq!(en("Fares from GHS 35."), "Fares from thirty five cedis.");
        assert_eq!(en("It was ₸4,000 a night."), "It was four thousand tenge a night.");
        assert_eq!(en("Only 1 BHD."), "Only one dinar.");
        assert_eq!(en("Tolls of 10 HRK."), "Tolls of ten kunas.");
        assert_eq!(en("Fees of 5,000 XAF."), "Fees of five thousand CFA francs.");
        assert_eq!(
            en("Tickets cost KGS 500.50 each."),
            "Tickets cost five hundred som fifty each."
        );
        // Capital words and the table's currencies are not this rule's.
        assert_eq!(en("The TOP 10 songs."), "The TOP ten songs.");
        assert_eq!(en("It cost 5 EUR."), "It cost five euros.");
    }
}
