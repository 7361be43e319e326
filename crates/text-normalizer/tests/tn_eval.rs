//! Pass rates on shared/data/tn (formats in its README), per set, category and language.
//!
//! - en: `written~spoken`, exact match of our output.
//! - ru, ru-itn (NeMo): `spoken~written`; a case passes when the spoken side is our output or
//!   one of the alternative inflections we offer for spans the context does not decide
//!   ("one acceptable inflection counts"). "strict" counts only our first choice.
//! - ru-normalizr: `input<TAB>expected`, whole sentences, same matching.
//!
//! Russian comparisons fold ё to е: we write ё (трёх, четвёртый), the NeMo data does not.
//! Run `cargo test -p text-normalizer --test tn_eval -- --nocapture` for the table. The floors
//! below are the rates reached when they were set; raise them as the rules improve.

use std::collections::BTreeMap;
use std::path::PathBuf;

use text_normalizer::{Lang, Normalizer, NormalizerOptions};

fn shared_dir() -> PathBuf {
    test_support::shared("data/tn");
    test_support::shared_dir()
}

fn fold_ru(s: &str) -> String {
    s.replace('ё', "е").replace('Ё', "Е")
}

struct Case {
    set: &'static str,
    category: String,
    input: String,
    expected: String,
    lang: Lang,
}

fn nemo_cases(set: &'static str, lang: Lang) -> Vec<Case> {
    let dir = shared_dir().join("data/tn").join(set);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let category = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .trim_start_matches("test_cases_")
            .to_string();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for line in text.lines() {
            let Some((a, b)) = line.split_once('~') else { continue };
            let (input, expected) = if lang == Lang::En { (a, b) } else { (b, a) };
            out.push(Case {
                set,
                category: category.clone(),
                input: input.to_string(),
                expected: expected.to_string(),
                lang,
            });
        }
    }
    out
}

fn unescape(s: &str) -> String {
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

fn normalizr_cases() -> Vec<Case> {
    let path = shared_dir().join("data/tn/ru-normalizr/ru_normalizr_default_cases.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (input, expected) = (f.next()?, f.next()?);
            Some(Case {
                set: "ru-normalizr",
                category: "sentence".into(),
                input: unescape(input),
                expected: unescape(expected),
                lang: Lang::Ru,
            })
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    total: usize,
    pass: usize,
    strict: usize,
}

#[test]
fn tn_pass_rates() {
    let norm = Normalizer::new(NormalizerOptions::default());
    let mut cases = nemo_cases("en", Lang::En);
    cases.extend(nemo_cases("ru", Lang::Ru));
    cases.extend(nemo_cases("ru-itn", Lang::Ru));
    cases.extend(normalizr_cases());

    let mut table: BTreeMap<(&str, String), Tally> = BTreeMap::new();
    let mut by_set: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in &cases {
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
        for t in [
            table.entry((case.set, case.category.clone())).or_default(),
            by_set.entry(case.set).or_default(),
        ] {
            t.total += 1;
            t.pass += usize::from(pass);
            t.strict += usize::from(strict);
        }
        if !pass {
            failures.push(format!(
                "[{}/{}] {:?}\n   want {:?}\n   got  {:?}",
                case.set,
                case.category,
                case.input,
                case.expected,
                got.to_string()
            ));
        }
    }
    println!(
        "{:<14} {:<28} {:>5} {:>6} {:>7} {:>7}",
        "set", "category", "cases", "pass", "rate", "strict"
    );
    for ((set, cat), t) in &table {
        println!(
            "{set:<14} {cat:<28} {:>5} {:>6} {:>6.1}% {:>6.1}%",
            t.total,
            t.pass,
            100.0 * t.pass as f64 / t.total as f64,
            100.0 * t.strict as f64 / t.total as f64
        );
    }
    println!();
    for (set, t) in &by_set {
        println!(
            "{set:<14} {:<28} {:>5} {:>6} {:>6.1}% {:>6.1}%",
            "ALL",
            t.total,
            t.pass,
            100.0 * t.pass as f64 / t.total as f64,
            100.0 * t.strict as f64 / t.total as f64
        );
    }
    if std::env::var_os("TN_EVAL_SHOW_FAILURES").is_some() {
        println!("\n{}", failures.join("\n"));
    }

    // Floors: the rates reached so far (percent, rounded down). Never lower them.
    let floors = [("en", 90.0), ("ru", 86.0), ("ru-itn", 79.0), ("ru-normalizr", 58.0)];
    for (set, floor) in floors {
        let t = &by_set[set];
        let rate = 100.0 * t.pass as f64 / t.total as f64;
        assert!(rate >= floor, "{set}: pass rate {rate:.1}% fell below the floor {floor}%");
    }
}
