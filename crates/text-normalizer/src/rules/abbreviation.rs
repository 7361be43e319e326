//! Abbreviations from the tables, matched as whole tokens.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{re, replace};
use crate::cx::{Cx, Lang};
use crate::tables::abbreviations::{EN_ABBREVIATIONS, RU_ABBREVIATIONS, US_STATES, US_STATES_AP};
use crate::tables::regnal;

/// A lowercase abbreviation capitalized, as a sentence or a line starts with it ("Рис. 3",
/// "Тел.:", "Т. е.", "Т.к."); `None` for other keys. A many-part one keeps its later parts
/// lowercase, so initials ("Т. Е. Иванова") are not it.
fn capitalized(key: &str) -> Option<String> {
    key.starts_with(char::is_lowercase).then(|| crate::text::capitalize(key))
}

/// The reading of a Russian table abbreviation, its capitalized form's capitalized.
fn ru_reading(key: &str) -> Option<String> {
    if let Some((_, r)) = RU_ABBREVIATIONS.iter().find(|(k, _)| *k == key) {
        return Some(r.to_string());
    }
    let (_, r) = RU_ABBREVIATIONS.iter().find(|(k, _)| capitalized(k).as_deref() == Some(key))?;
    Some(crate::text::capitalize(r))
}

static RU_CAPITALIZED: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    RU_ABBREVIATIONS
        .iter()
        .filter_map(|(k, r)| {
            capitalized(k)
                .filter(|c| !RU_ABBREVIATIONS.iter().any(|(k2, _)| k2 == c))
                .map(|c| (c, *r))
        })
        .collect()
});

fn table_regex(table: &[(&str, &str)]) -> Regex {
    let mut keys: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
    keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
    let alt = keys.iter().map(|k| regex::escape(k)).collect::<Vec<_>>().join("|");
    // A dash joins it to the words before ("the law.--St. Paul").
    re(&format!(r"(^|[\s(«\x22'‘—–-])({alt})(\.?)"))
}

/// What follows a table abbreviation's match, as the rules read it: its dot, or the space or
/// mark after it ("" at the end of the text). The space is not part of the match, so the
/// next abbreviation can start at it ("ltd vs Uttam"). `None` where a letter or digit goes
/// on after a key without a dot ("Drive" is no "Dr").
fn trailing<'t>(c: &Captures, text: &'t str, end: usize) -> Option<&'t str> {
    if &c[3] == "." {
        return Some(".");
    }
    let next = text[end..].chars().next();
    match next {
        None => Some(""),
        Some(ch) if ch.is_whitespace() || ",;:!?)»\"".contains(ch) => {
            Some(&text[end..end + ch.len_utf8()])
        }
        Some(_) if c[2].ends_with('.') => Some(""),
        Some(_) => None,
    }
}

static RU: LazyLock<Regex> = LazyLock::new(|| {
    let capitalized: Vec<(&str, &str)> =
        RU_CAPITALIZED.iter().map(|(k, r)| (k.as_str(), *r)).collect();
    table_regex(&[RU_ABBREVIATIONS, &capitalized].concat())
});
static EN: LazyLock<Regex> = LazyLock::new(|| table_regex(EN_ABBREVIATIONS));
/// "p." or "pp." glued to its number ("p.279", read "p.two hundred ..." by now).
static PAGE_GLUED: LazyLock<Regex> = LazyLock::new(|| re(r"(^|[\s(])(pp?)\.([a-z]+|\d)"));
static STATE: LazyLock<Regex> = LazyLock::new(|| table_regex(&[US_STATES, US_STATES_AP].concat()));

/// Abbreviations read only before a number (or a Roman one): "p. 76", "Vol. II"; "p." alone
/// is also a letter with a dot.
#[rustfmt::skip]
const NUMBERED: &[&str] = &[
    "p.", "pp.", "pp", "vol.", "Vol.", "fig.", "Fig.", "figs.", "Figs.", "Chap.", "chap.", "Sec.",
    "sec.", "NO", "NO.", "VOL", "VOL.", "Vol", "vol", "ext.", "Ext.", "apt.", "Apt.",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "c.", "ca.", "b.", "d.", "no.",
];

/// Born and died before a year, in a bracket after a name ("Smith (b. 1930)", "(d. 1890)");
/// elsewhere "b." and "d." are letters with a dot.
const LIFE_DATES: &[&str] = &["b.", "d."];

/// A Russian abbreviation of the table at the match, or `None` to keep it.
fn ru_abbreviation(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    if cx.lang_at(text, start, end) != Lang::Ru && !c[2].chars().any(crate::cx::is_cyr) {
        return None;
    }
    let trail = trailing(c, text, end)?;
    let reading = ru_reading(&c[2])?;
    let reading = if reading.ends_with("называемый") {
        format!("{}{}", reading.trim_end_matches("ый"), so_called_ending(text, end))
    } else {
        reading
    };
    // "Т." is a volume before its number ("Т. 2", read "два" by now); before a name it is
    // an initial ("А. Т. Твардовский").
    if &c[2] == "Т." && text[end..].trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    // An abbreviation whose dot also ends the sentence keeps one dot (the period drives
    // the final intonation; `super::dot_ends_sentence`): at the end of the text, or before
    // a capital for a multi-part one ("т. д.", "до н. э."). One-word ones ("ул.", "Mrs.")
    // stand before names, so a capital after them is no sentence end.
    let key = &c[2];
    let multi = key.trim_end_matches('.').contains(['.', ' ']);
    let next = text[end..].trim_start().chars().next();
    let sentence_end = key.ends_with('.')
        && trail.trim().is_empty()
        && (next.is_none() || multi && next.is_some_and(char::is_uppercase));
    let dot = if sentence_end { "." } else { "" };
    Some(format!("{}{reading}{dot}{}", &c[1], &c[3]))
}

/// The ending of "называем-" agreeing with the noun (or adjective) after byte `end` ("т. н.
/// эксперты": так называемые, "т. н. реформой": так называемой; its nominative where it has
/// one); the masculine nominative where the word is not known.
fn so_called_ending(text: &str, end: usize) -> &'static str {
    let Some(word) = crate::cx::adjacent_word_after(text, end) else { return "ый" };
    let analyses = crate::morph::analyze(&word);
    use crate::num::ru::{Case::Nom, Form, Gender};
    // A form the word shares with the nominative is that ("т. н. реформы": the plural
    // subject, not the genitive singular).
    let nouns: Vec<_> = analyses.iter().filter(|a| a.is_noun()).collect();
    let pick = nouns.iter().find(|a| a.case() == Nom).or(nouns.first()).copied();
    let Some(a) = pick.or(analyses.first()) else { return "ый" };
    let form = if a.plural() {
        Form::plural(a.case())
    } else {
        Form::new(a.case(), a.gender().unwrap_or(Gender::Masc))
    };
    crate::num::ru::hard_adj_ending(form)
}

/// An English table abbreviation at the match, or `None` to keep it.
fn en_abbreviation(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    let key = &c[2];
    if cx.lang_at(text, start, end) != Lang::En {
        return None;
    }
    let (_, reading) = EN_ABBREVIATIONS.iter().find(|(k, _)| *k == key)?;
    let t3 = trailing(c, text, end)?;
    // The lowercase titles are read without their dot only ("dr. Evil" is left as written).
    if matches!(key, "dr" | "mt" | "st") && t3 == "." {
        return None;
    }
    // The number after it is read by now ("p. seventy six").
    let numbered = || {
        let rest = text[end..].trim_start();
        // A Roman numeral is a whole word of its letters ("Vol. II"; "no. It" is no number).
        let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        rest.starts_with(|c: char| c.is_ascii_digit())
            || !word.is_empty() && word.chars().all(|c| "IVXLC".contains(c))
            || crate::cx::adjacent_word_after(text, end)
                .is_some_and(|w| crate::num::en::is_number_word(&w))
    };
    if NUMBERED.contains(&key) && !numbered() {
        return None;
    }
    if LIFE_DATES.contains(&key) && !text[..start + c[1].len()].trim_end().ends_with('(') {
        return None;
    }
    // The abbreviation's own dot may also end the sentence: look past it for the name.
    // No word follows across a clause mark ("Duke St, London").
    let joined = t3.trim().is_empty() || t3 == ".";
    let next_word = if joined {
        text[end..].trim_start_matches(['.', ' ']).split(|c: char| !c.is_alphabetic()).next()
    } else {
        None
    }
    .unwrap_or("");
    let next_cap = next_word.starts_with(char::is_uppercase);
    let prev_cap = text[..start + c[1].len()].trim_end().rsplit(' ').next().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && w.len() > 1
            && !regnal::FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
    });
    // A function word opens the next sentence; one letter and a dot is an initial ("Mrs. A.
    // Gerard").
    let initial = next_word.chars().count() == 1
        && text[end..]
            .trim_start_matches(['.', ' '])
            .get(next_word.len()..)
            .is_some_and(|t| t.starts_with('.'));
    let opens_sentence =
        !initial && regnal::FUNCTION_WORDS.contains(&next_word.to_lowercase().as_str());
    // "Ltd" after a company's name.
    if matches!(key, "Ltd" | "Ltd." | "ltd") && !prev_cap {
        return None;
    }
    // Titles expand only before a name ("Dr. Evil", "Capt. Walsh", "Mt. Hood"); "St."
    // and "Dr." after a name are a street and a drive (Elm St., Cedar Dr.), before one
    // Saint and doctor (St. Louis). "St." between two names is Saint too ("Mr. St.
    // George", "Cape St. Vincent"), unless the word after it opens the next sentence
    // ("on Elm St. The shop"); "St" without its dot (British) alike.
    let reading = match key {
        "St." | "St" | "st" if next_cap && !(prev_cap && opens_sentence) => "Saint",
        "St" | "st" if !prev_cap => return None,
        // Senior after a name, Sister before one ("Sr. Mary" Sister Mary).
        "Sr." if next_cap && !prev_cap => "Sister",
        // A company or brothers after a name; "Co." before a place's name is a county ("Co.
        // Durham", "Tullamore, Co. Offaly").
        "Co."
            if next_cap
                && !opens_sentence
                && !matches!(next_word, "Ltd" | "Inc" | "LLC" | "Limited") =>
        {
            "County"
        }
        "Co." | "Bros." | "Soc." if !prev_cap => return None,
        "Dr." | "Dr" if prev_cap && !next_cap => "Drive",
        // A feature after its place's name only ("Cyn" before one is a name).
        "Mtn" | "Mtn." | "Mtns" | "Bch" | "Bch." | "Cyn" | "Cyn." | "Hse" | "Cemy" | "Crem"
        | "Lib."
            if !prev_cap =>
        {
            return None;
        }
        // A suite before its number ("Ste. 967"), Sainte before a name.
        "Ste." if numbered() => "Suite",
        // A floor after its ordinal only ("18th Fl."); elsewhere a state's code.
        "Fl."
            if !text[..start + c[1].len()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| crate::num::en::is_ordinal_word(&w.to_lowercase())) =>
        {
            return None;
        }
        _ => reading,
    };
    #[rustfmt::skip]
    const TITLES: &[&str] = &[
        "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Capt.", "Gen.", "Lt.", "Sgt.", "Rev.", "Col.",
        "Gov.", "Sen.", "Maj.", "Cmdr.", "Mt.", "Ft.", "Hon.", "Mr", "Mrs", "Dr", "mr", "mrs",
        "dr", "mt", "Br.", "Cdr.", "Dep.", "Pres.", "Amb.", "Rt. Hon.", "Rt Hon", "Assoc. Prof.",
        "Bp.", "Abp.", "Msgr.", "Mme.", "Mlle.", "Supt.", "Insp.", "Det.", "Cpl.", "Pvt.",
        "Pstr.", "Midn.", "MSgt", "GySgt", "SSgt", "Preb.", "Revd", "Mx.", "Ms", "Pte", "Pte.",
        // Parts of place names, before the name ("Gt. Shelford", "Lwr Heyford").
        "Gt.", "Gt", "Lwr.", "Lwr", "Upr.", "Upr", "Mkt.", "Mkt", "Hon. Treas.", "Sqn Ldr",
        "Prof", "Lk", "Wg Cdr", "Fg Off", "Plt Off", "Gp Capt", "Air Cdre", "Cdre", "Cdre.",
        "Lt Cdr",
        "Lt Col", "Maj Gen", "Brig Gen", "Lt Gen", "Dir.", "Nth", "Sth", "Gdsm", "Rfn", "Gnr",
        "Spr", "Tpr", "LCpl", "L/Cpl", "CSgt", "Nr", "Opp", "Opp.", "nr", "nr.", "Nr.", "Det Sgt",
        "Det Supt", "Det Insp", "Det Con", "Rt Revd", "Rt Rev", "Cdl", "Cdl.", "Sr", "Fr.", "Fr",
    ];
    // A title before another one and a name is one too ("Mr. and Mrs. Smith", "Dr & Mrs
    // Lee").
    let paired = || {
        let rest = text[end..].trim_start_matches(['.', ' ']);
        let Some(second) = rest.strip_prefix("and ").or_else(|| rest.strip_prefix("& ")) else {
            return false;
        };
        let title = second.split(' ').next().unwrap_or("");
        TITLES.contains(&title) || TITLES.contains(&format!("{title}.").as_str())
    };
    // "Opp" before "the" in a notice ("Pick-up: Opp the station") is a place too.
    let opposite_the = matches!(key, "Opp" | "Opp.") && next_word == "the";
    if TITLES.contains(&key) && reading != "Drive" && !next_cap && !paired() && !opposite_the {
        return None;
    }
    let trail = if &c[3] == "." && key.ends_with('.') { "" } else { &c[3] };
    // Its dot also ends the sentence at the end of the text or before the next one ("on Elm
    // St. The shop"); "e.g.", "i.e." and "vs." always have words after them.
    let ends = key.ends_with('.')
        && t3.trim().is_empty()
        && (text[end..].trim().is_empty() || next_cap && opens_sentence)
        && !matches!(key, "e.g." | "i.e." | "vs.")
        && !TITLES.contains(&key);
    let dot = if ends { "." } else { "" };
    // A number glued to the dot gets its space ("c.1400": circa fourteen hundred).
    let space = if text[end..].starts_with(|ch: char| ch.is_alphanumeric()) { " " } else { "" };
    Some(format!("{}{reading}{dot}{trail}{space}", &c[1]))
}

/// "est." before a number: established before a year ("est. 1887", "Est. in 1887"),
/// estimated before any other amount ("est. 500 guests"). Before the numbers are read, which
/// hides a year's digits.
static ESTABLISHED: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([Ee])st\. (in )?(\d{1,3}(?:,\d{3})+|\d+)"));

pub(crate) fn apply_before_numbers(s: &str, cx: &Cx) -> String {
    replace(s, &ESTABLISHED, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let year = c[3].len() == 4 && c[3].chars().all(|ch| ch.is_ascii_digit());
        let word = match (year, &c[1]) {
            (true, "E") => "Established",
            (true, _) => "established",
            (false, _) if c.get(2).is_some() => return None,
            (false, "E") => "Estimated",
            (false, _) => "estimated",
        };
        Some(format!("{word} {}{}", c.get(2).map_or("", |m| m.as_str()), &c[3]))
    })
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &RU, |c, text, start, end| ru_abbreviation(c, text, start, end, cx));
    let s = replace(&s, &PAGE_GLUED, |c, text, start, end| {
        let number = c[3].starts_with(|ch: char| ch.is_ascii_digit())
            || crate::num::en::is_number_word(&c[3]);
        (number && cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{}{} {}", &c[1], if &c[2] == "pp" { "pages" } else { "page" }, &c[3]))
    });
    let s = replace(&s, &EN, |c, text, start, end| en_abbreviation(c, text, start, end, cx));
    replace(&s, &STATE, |c, text, start, end| {
        if !text[..start].ends_with(',') {
            return None;
        }
        let key = &c[2];
        let (_, name) = US_STATES.iter().chain(US_STATES_AP).find(|(k, _)| *k == key)?;
        // An older abbreviation is a state after a place's capitalized name, and not before
        // another name ("Columbia, Ky.", "Jackson, Miss. The", not "Lee, Miss. Ford").
        let next = text[end..].trim_start().split(|ch: char| !ch.is_alphabetic()).next();
        let next_cap = next.is_some_and(|w| w.starts_with(char::is_uppercase));
        let next_name = next_cap
            && next.is_some_and(|w| !regnal::FUNCTION_WORDS.contains(&w.to_lowercase().as_str()));
        let city =
            text[..start - 1].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase));
        let dotted = key.ends_with('.');
        if dotted && (!city || next_name) {
            return None;
        }
        // Text in capitals: a function word in capitals after it ("1821, IN THE 39TH YEAR").
        let shouted = text[end..].split_whitespace().next().is_some_and(|w| {
            w.chars().count() >= 2
                && w.chars().all(char::is_uppercase)
                && regnal::FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
        });
        if !dotted && shouted {
            return None;
        }
        // Its dot also ends the sentence at the end of the text or before the next one.
        let t3 = trailing(c, text, end)?;
        let ends = dotted && t3.trim().is_empty() && super::dot_ends_sentence(text, start, end);
        let dot = if ends { "." } else { "" };
        let trail = if &c[3] == "." && dotted { "" } else { &c[3] };
        Some(format!("{}{name}{dot}{trail}", &c[1]))
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn ranks_places_and_notices_words() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("Lt Col Amara Osei spoke."), "Lieutenant Colonel Amara Osei spoke.");
        assert_eq!(en("A walk up Table Mtn."), "A walk up Table Mountain.");
        assert_eq!(en("Cyn Ortiz sang."), "Cyn Ortiz sang.");
        assert_eq!(en("Trains to Sth Shields."), "Trains to South Shields.");
        assert_eq!(en("Open daily, esp. in June."), "Open daily, especially in June.");
        assert_eq!(en("Post it c/o the club."), "Post it care of the club.");
        assert_eq!(en("Lunch at Harrow Hse, nr Ely."), "Lunch at Harrow House, near Ely.");
        assert_eq!(en("Spr Ngata served."), "Sapper Ngata served.");
        assert_eq!(en("Pls call tmrw."), "Please call tomorrow.");
        assert_eq!(
            en("Mass with Cdl Rossi at Bodleian Lib."),
            "Mass with Cardinal Rossi at Bodleian Library."
        );
        assert_eq!(en("Sr Agnes and Fr. Tom met."), "Sister Agnes and Father Tom met.");
        assert_eq!(en("Ask Ray Ellis Sr. now."), "Ask Ray Ellis Senior now.");
        assert_eq!(
            en("Farms in Co. Kerry and Ellis Bros. shops."),
            "Farms in County Kerry and Ellis Brothers shops."
        );
        assert_eq!(en("It was Acme Co. The end."), "It was Acme Company. The end.");
        assert_eq!(en("Stop: Opp the church."), "Stop: opposite the church.");
    }

    #[test]
    fn pages_without_a_dot_before_a_number() {
        assert_eq!(norm("See pp 12-14.", Lang::En), "See pages twelve to fourteen.");
        assert_eq!(norm("The pp of it.", Lang::En), "The pp of it.");
    }

    #[test]
    fn a_capitalized_abbreviation_starts_a_sentence() {
        crate::rules::assert_ru_readings(&[
            ("Рис. 3 показывает схему.", "Рисунок три показывает схему."),
            ("Табл. 2 заполните.", "Таблицу два заполните."),
        ]);
    }

    #[test]
    fn sentence_final_abbreviation_keeps_its_dot() {
        assert_eq!(
            norm("миротворцы и т. д. Эти шумы остались.", Lang::Ru),
            "миротворцы и так далее. Эти шумы остались."
        );
        assert_eq!(
            norm("в 1776 году до н. э.", Lang::Ru),
            "в тысяча семьсот семьдесят шестом году до нашей эры."
        );
        assert_eq!(norm("и т. д. и т. п.", Lang::Ru), "и так далее и тому подобное.");
        assert_eq!(norm("Mrs. Поппер", Lang::Ru), "миссис Поппер");
        assert_eq!(norm("А. Т. Твардовский", Lang::Ru), "А. Т. Твардовский");
        assert_eq!(norm("Т. 2", Lang::Ru), "Том два");
    }

    #[test]
    fn saint_before_a_name_street_after_one() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("St. Aidan and St Cuthbert"), "Saint Aidan and Saint Cuthbert");
        assert_eq!(
            en("Mr. St. George and Lord St. John"),
            "mister Saint George and Lord Saint John"
        );
        assert_eq!(en("Cape St. Vincent"), "Cape Saint Vincent");
        assert_eq!(
            en("He lives on Main St. The shop is near."),
            "He lives on Main Street. The shop is near."
        );
        assert_eq!(en("He lives on Elm St."), "He lives on Elm Street.");
        assert_eq!(en("Duke St, London"), "Duke Street, London");
        assert_eq!(en("bred by Mrs. A. Gerard"), "bred by missus A. Gerard");
    }

    #[test]
    fn pages_volumes_and_figures_before_a_number() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(
            en("Smith 1998, p. 76 - 77."),
            "Smith nineteen ninety eight, page seventy six to seventy seven."
        );
        assert_eq!(en("pp. 28 - 30"), "pages twenty eight to thirty");
        assert_eq!(
            en("Wang 2013, p.279."),
            "Wang twenty thirteen, page two hundred and seventy nine."
        );
        assert_eq!(en("at 5 p.m. sharp"), "at five PM sharp");
        assert_eq!(en("of 'NO. 1 Project'"), "of 'number one Project'");
        assert_eq!(en("vol. 64"), "volume sixty four");
        assert_eq!(en("see Fig. 3"), "see Figure three");
        assert_eq!(en("John P. Smith"), "John P. Smith");
        assert_eq!(en("Jarryd vs Gerrard"), "Jarryd versus Gerrard");
    }

    #[test]
    fn an_older_state_abbreviation_after_a_city() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(
            en("the bank at Columbia, Ky., was raided"),
            "the bank at Columbia, Kentucky, was raided"
        );
        assert_eq!(en("Kansas City, Mo."), "Kansas City, Missouri.");
        assert_eq!(en("Jackson, Miss. The city"), "Jackson, Mississippi. The city");
        assert_eq!(en("Lee, Miss. Ford said"), "Lee, Miss. Ford said");
        assert_eq!(en("the Hon. John Smith"), "the Honorable John Smith");
        assert_eq!(en("Austin, TX, USA"), "Austin, Texas, USA");
        // Text in capitals: "IN" is the preposition.
        assert_eq!(en("HAWORTH, 1821, IN THE YEAR"), "HAWORTH, eighteen twenty one, IN THE YEAR");
    }

    #[test]
    fn numbers_months_and_lowercase_titles_without_their_dot() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("VOL 24 NO 39"), "volume twenty four number thirty nine");
        assert_eq!(en("NO WAY"), "NO WAY");
        assert_eq!(en("(Dec 2003)"), "(December two thousand three)");
        assert_eq!(en("Jan Smith"), "Jan Smith");
        assert_eq!(en("Khan invited dr Smith"), "Khan invited doctor Smith");
        assert_eq!(en("st Louis and mt Hood"), "Saint Louis and Mount Hood");
        assert_eq!(en("dr. Evil"), "dr. Evil");
        assert_eq!(en("the dr said"), "the dr said");
    }

    #[test]
    fn british_titles_without_a_dot_pairs_of_titles_and_saint_after_a_dash() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("Ask Mr Haddad and Dr Achebe."), "Ask mister Haddad and doctor Achebe.");
        assert_eq!(en("Mrs Pereira left."), "missus Pereira left.");
        assert_eq!(en("Mr. and Mrs. Castellanos"), "mister and missus Castellanos");
        assert_eq!(en("Dr & Mrs Lee"), "doctor and missus Lee");
        // After a name it is a drive; before no name, and after a function word, it stays.
        assert_eq!(en("at 4 Laguna Dr"), "at four Laguna Drive");
        assert_eq!(en("The Dr said no."), "The Dr said no.");
        assert_eq!(en("Be still.--St. Bede."), "Be still.--Saint Bede.");
    }

    #[test]
    fn a_many_part_abbreviation_opening_a_sentence_and_so_called() {
        crate::rules::assert_ru_readings(&[
            ("Т. е. никто не пришёл.", "То есть никто не пришёл."),
            ("Т.к. лифт сломан.", "Так как лифт сломан."),
            ("Т. н. реформы ничего не дали.", "Так называемые реформы ничего не дали."),
            ("Спор о т. н. реформе.", "Спор о так называемой реформе."),
            // Initials keep their capitals.
            ("Пришла Т. Е. Иванова.", "Пришла Т. Е. Иванова."),
        ]);
    }

    #[test]
    fn abbreviations_of_notes_and_requests() {
        let en = |s| norm(s, Lang::En);
        assert_eq!(en("in approx. 10 min."), "in approximately ten minutes.");
        assert_eq!(en("The dept. head and the govt."), "The department head and the government.");
        assert_eq!(
            en("Dial ext. 45 for apt. 12."),
            "Dial extension forty five for apartment twelve."
        );
        assert_eq!(
            en("A mill, est. 1887, and est. 500 guests"),
            "A mill, established eighteen eighty seven, and estimated five hundred guests"
        );
        assert_eq!(en("Jungo Ltd. became part of Cisco."), "Jungo limited became part of Cisco.");
        // A kept match leaves the space for the next abbreviation.
        assert_eq!(en("ltd vs Uttam"), "ltd versus Uttam");
    }

    /// Circa, born and died before a year (born and died in a bracket only); a number glued
    /// to the dot gets its space (round 104).
    #[test]
    fn circa_born_and_died() {
        assert_eq!(norm("Sqn Ldr Ocampo spoke", Lang::En), "Squadron Leader Ocampo spoke");
        assert_eq!(
            norm("Prof Soriano spoke; the Prof said no", Lang::En),
            "professor Soriano spoke; the Prof said no"
        );
        assert_eq!(norm("rates are excl. breakfast", Lang::En), "rates are excluding breakfast");
        assert_eq!(norm("at no. 1 in the charts", Lang::En), "at number one in the charts");
        assert_eq!(norm("Say no. It is", Lang::En), "Say no. It is");
        assert_eq!(norm("the sale at Gt. Shelford", Lang::En), "the sale at Great Shelford");
        assert_eq!(norm("a tower from c.1400", Lang::En), "a tower from circa fourteen hundred");
        assert_eq!(norm("Smith (d. 1890)", Lang::En), "Smith (died eighteen ninety)");
        assert_eq!(norm("option b. 5 is wrong", Lang::En), "option b. five is wrong");
    }
}
