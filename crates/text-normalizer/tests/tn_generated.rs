//! Pass rates on the generated cases in tests/data/tn-generated (written by tools/tn-oracle:
//! seeded templates per semiotic class, labelled by NeMo for English and by the agreement of
//! ru-normalizr and NeMo for Russian, and by a per-class rule for the Russian classes the
//! consensus cannot label, in ru-rules.tsv; REPORT.md there). Scoring is the one of `tn_eval`
//! (`common`). Run `cargo test -p text-normalizer --test tn_generated -- --nocapture` for the
//! table by class; `TN_EVAL_SHOW_FAILURES=1` lists the failures; `TN_GENERATED_DIR=DIR` scores
//! a set generated on demand (another seed: cases the rules were not fixed on) instead.

mod common;

use std::path::PathBuf;

use common::Case;
use text_normalizer::{Lang, Normalizer, NormalizerOptions};

/// The committed cases, or those in `TN_GENERATED_DIR` (a set made on demand with
/// `tools/tn-oracle/run.sh --seed N --out DIR`; then no floors apply).
fn data_dir() -> PathBuf {
    std::env::var_os("TN_GENERATED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| [env!("CARGO_MANIFEST_DIR"), "tests/data/tn-generated"].iter().collect())
}

fn generated(file: &str, set: &'static str, lang: Lang) -> Vec<Case> {
    let path = data_dir().join(file);
    if !path.exists() && std::env::var_os("TN_GENERATED_DIR").is_some() {
        return Vec::new();
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    common::parse_generated(&text, set, lang)
}

#[test]
fn generated_pass_rates() {
    let norm = Normalizer::new(NormalizerOptions::default());
    let mut cases = generated("en.tsv", "gen-en", Lang::En);
    cases.extend(generated("ru.tsv", "gen-ru", Lang::Ru));
    cases.extend(generated("ru-rules.tsv", "gen-ru", Lang::Ru));
    let report = common::score(&norm, &cases);
    report.print();
    if std::env::var_os("TN_GENERATED_DIR").is_some() {
        return;
    }
    assert!(cases.len() > 1000, "only {} generated cases", cases.len());
    // Floors on the spoken reading: the rates reached so far (percent, rounded down). Never
    // lower them. (Until issue 33 they counted any offered inflection: gen-ru 99%.)
    report.assert_floors(&[("gen-en", 100.0), ("gen-ru", 97.0)]);
    report.assert_category_floors(&[
        ("gen-en", "cardinal", 100.0),
        ("gen-en", "date", 100.0),
        ("gen-en", "decimal", 100.0),
        ("gen-en", "electronic", 100.0),
        ("gen-en", "fraction", 100.0),
        ("gen-en", "measure", 100.0),
        ("gen-en", "money", 100.0),
        ("gen-en", "ordinal", 100.0),
        ("gen-en", "percent", 100.0),
        ("gen-en", "range", 100.0),
        ("gen-en", "sentence", 100.0),
        ("gen-en", "serial", 100.0),
        ("gen-en", "telephone", 100.0),
        ("gen-en", "time", 100.0),
        ("gen-ru", "address", 100.0),
        ("gen-ru", "agreement", 100.0),
        ("gen-ru", "cardinal", 99.0),
        ("gen-ru", "date", 100.0),
        ("gen-ru", "decimal", 95.0),
        ("gen-ru", "fraction", 100.0),
        ("gen-ru", "measure", 96.0),
        ("gen-ru", "mixed", 69.0),
        ("gen-ru", "money", 100.0),
        ("gen-ru", "ordinal", 98.0),
        ("gen-ru", "percent", 100.0),
        ("gen-ru", "range", 100.0),
        ("gen-ru", "roman", 100.0),
        ("gen-ru", "sentence", 98.0),
        ("gen-ru", "serial", 100.0),
        ("gen-ru", "telephone", 100.0),
        ("gen-ru", "time", 100.0),
    ]);
}
