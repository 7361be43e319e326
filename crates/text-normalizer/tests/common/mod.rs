//! Scoring shared by the pass-rate tests (`tn_eval`, `tn_generated`): one matching rule, one
//! table.
//!
//! - A case passes when our spoken reading (the first choice, what the model is given) is the
//!   expected text: exact for English; for Russian with ё folded to е on both sides (we write
//!   ё, the references mostly do not). This is the headline and what the floors assert.
//! - "any" is a diagnostic: some offered inflection (the alternatives kept for spans the
//!   context does not decide) matches.

#![allow(dead_code)] // each test binary uses a part

use std::collections::BTreeMap;

use text_normalizer::{Lang, Normalizer};

pub fn fold_ru(s: &str) -> String {
    s.replace('ё', "е").replace('Ё', "Е")
}

/// The words of a reading for comparing what is spoken: punctuation dropped, lowercase, "ё"
/// as "е", single spaces; in English the number's "and" after "hundred" or "thousand"
/// dropped ("two hundred and fifty thousand" says what "two hundred fifty thousand" says)
/// and "oh" for a zero written "o" ("five o five"), letters spelled one by one as the word
/// they spell ("i e" is "IE"), "per cent" as "percent" and "metre" as "meter", a typographic
/// apostrophe as the plain one and quotes off a word's edges ("'Yes"), as
/// tools/tn-oracle/score_external.py folds them.
pub fn fold_words(s: &str) -> String {
    #[rustfmt::skip]
    const NUMBER_WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
        "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    ];
    let s: String = s
        .chars()
        .map(|c| if matches!(c, '’' | '‘') { '\'' } else { c })
        .map(|c| if c.is_alphanumeric() || c == '\'' { c } else { ' ' })
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect();
    let spelled_alike = |w: &str| -> String {
        match w.strip_suffix("metres").or_else(|| w.strip_suffix("metre")) {
            Some(stem) => format!("{stem}meter{}", if w.ends_with('s') { "s" } else { "" }),
            None => w.to_string(),
        }
    };
    let s = s
        .split_whitespace()
        .map(|w| spelled_alike(w.trim_matches('\'')))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .replace("per cent", "percent");
    let words: Vec<&str> = s.split_whitespace().collect();
    let number_and = |i: usize| {
        words[i] == "and"
            && i > 0
            && matches!(words[i - 1], "hundred" | "thousand")
            && words
                .get(i + 1)
                .is_some_and(|w| NUMBER_WORDS.contains(&w.split('\'').next().unwrap_or("")))
    };
    let kept: Vec<&str> = (0..words.len())
        .filter(|&i| !number_and(i))
        .map(|i| if words[i] == "oh" { "o" } else { words[i] })
        .collect();
    // Letters spelled one by one are the word they spell ("i e", "IE").
    let mut out: Vec<String> = Vec::new();
    let mut spelled = false;
    for w in kept {
        let letter = w.len() == 1 && w.chars().all(|c| c.is_ascii_alphabetic());
        match out.last_mut() {
            Some(last) if letter && spelled => last.push_str(w),
            _ => out.push(w.to_string()),
        }
        spelled = letter;
    }
    out.join(" ")
}

/// Undoes the backslash escapes of the TSV files (\t \n \\).
pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('\\') => out.push('\\'),
                Some(o) => {
                    out.push('\\');
                    out.push(o);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The cases of a generated set's TSV text (`class<TAB>input<TAB>expected`, `#` comments,
/// backslash escapes).
pub fn parse_generated(text: &str, set: &'static str, lang: Lang) -> Vec<Case> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (class, input, expected) = (f.next()?, f.next()?, f.next()?);
            Some(Case {
                set,
                category: class.to_string(),
                input: unescape(input),
                expected: unescape(expected),
                lang,
            })
        })
        .collect()
}

pub struct Case {
    pub set: &'static str,
    pub category: String,
    pub input: String,
    pub expected: String,
    pub lang: Lang,
}

#[derive(Default)]
pub struct Tally {
    pub total: usize,
    /// The spoken (first) reading matches: the headline.
    pub pass: usize,
    /// Some offered reading matches (a diagnostic).
    pub lenient: usize,
}

impl Tally {
    pub fn rate(&self) -> f64 {
        100.0 * self.pass as f64 / self.total.max(1) as f64
    }
}

/// Per-(set, category) and per-set tallies of a run, and the failures as printable lines.
pub struct Report {
    pub by_category: BTreeMap<(&'static str, String), Tally>,
    pub by_set: BTreeMap<&'static str, Tally>,
    pub failures: Vec<String>,
}

/// Whether `norm` passes `case`: (strict, pass).
pub fn check(norm: &Normalizer, case: &Case) -> (bool, bool, String) {
    let got = norm.normalize_with_alternatives(&case.input, Some(case.lang));
    let (strict, pass) = match case.lang {
        Lang::En => {
            let ok = got.to_string() == case.expected;
            (ok, ok)
        }
        Lang::Ru => (
            fold_ru(&got.to_string()) == fold_ru(&case.expected),
            got.matches_with(&case.expected, fold_ru),
        ),
    };
    (strict, pass, got.to_string())
}

pub fn score(norm: &Normalizer, cases: &[Case]) -> Report {
    let mut by_category: BTreeMap<(&str, String), Tally> = BTreeMap::new();
    let mut by_set: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in cases {
        let (strict, pass, got) = check(norm, case);
        for t in [
            by_category.entry((case.set, case.category.clone())).or_default(),
            by_set.entry(case.set).or_default(),
        ] {
            t.total += 1;
            t.pass += usize::from(strict);
            t.lenient += usize::from(pass);
        }
        if !strict {
            failures.push(format!(
                "[{}/{}] {:?}\n   want {:?}\n   got  {:?}",
                case.set, case.category, case.input, case.expected, got
            ));
        }
    }
    Report { by_category, by_set, failures }
}

impl Report {
    /// The table by category and by set; the failures too when `TN_EVAL_SHOW_FAILURES` is set.
    pub fn print(&self) {
        println!(
            "{:<14} {:<28} {:>5} {:>6} {:>7} {:>7}",
            "set", "category", "cases", "pass", "spoken", "any"
        );
        let row = |set: &str, cat: &str, t: &Tally| {
            println!(
                "{set:<14} {cat:<28} {:>5} {:>6} {:>6.1}% {:>6.1}%",
                t.total,
                t.pass,
                t.rate(),
                100.0 * t.lenient as f64 / t.total.max(1) as f64
            );
        };
        for ((set, cat), t) in &self.by_category {
            row(set, cat, t);
        }
        println!();
        for (set, t) in &self.by_set {
            row(set, "ALL", t);
        }
        if std::env::var_os("TN_EVAL_SHOW_FAILURES").is_some() {
            println!("\n{}", self.failures.join("\n"));
        }
    }

    /// Asserts each `(set, floor percent)`; floors are the rates reached so far, never lowered.
    pub fn assert_floors(&self, floors: &[(&str, f64)]) {
        for &(set, floor) in floors {
            let rate = self.by_set[set].rate();
            assert!(rate >= floor, "{set}: pass rate {rate:.1}% fell below the floor {floor}%");
        }
    }

    /// Asserts `(set, category, floor percent)` floors.
    pub fn assert_category_floors(&self, floors: &[(&str, &str, f64)]) {
        for &(set, cat, floor) in floors {
            let rate = self.by_category[&(set, cat.to_string())].rate();
            assert!(
                rate >= floor,
                "{set}/{cat}: pass rate {rate:.1}% fell below the floor {floor}%"
            );
        }
    }
}
