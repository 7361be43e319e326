//! Normalization speed. It runs on the time-to-first-audio path (every sentence group is
//! normalized before its prompt is built), so a typical sentence must take well under 1 ms.
//! Measured over the generated oracle sets (`tests/data/tn-generated`, Russian with its rule
//! classes: every semiotic class, and ordinary sentences with them inside), reported per input
//! (criterion's element throughput), and on two typical news sentences.
//!
//! `cargo bench -p text-normalizer --bench normalize`

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
#[path = "../tests/common/mod.rs"]
mod common;
use text_normalizer::{Lang, Normalizer, NormalizerOptions};

/// The inputs of generated sets, parsed as the pass-rate tests parse them.
fn inputs(files: &[&str], lang: Lang) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tn-generated");
    let mut out = Vec::new();
    for file in files {
        let path = dir.join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.extend(common::parse_generated(&text, "bench", lang).into_iter().map(|c| c.input));
    }
    out
}

fn bench(c: &mut Criterion) {
    let normalizer = Normalizer::new(NormalizerOptions::default());
    let mut group = c.benchmark_group("normalize");
    let sets = [
        ("en_generated_set", &["en.tsv"][..], Lang::En),
        ("ru_generated_set", &["ru.tsv", "ru-rules.tsv"][..], Lang::Ru),
    ];
    for (name, files, lang) in sets {
        let cases = inputs(files, lang);
        group.throughput(Throughput::Elements(cases.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                for s in &cases {
                    black_box(normalizer.normalize(black_box(s), Some(lang)));
                }
            })
        });
    }
    let typical = [
        (
            "en_news_sentence",
            Lang::En,
            "On March 3, 2024, the company reported revenue of $4.5 billion, up 12.5% from \
             2023, and said its 1,200 employees in 14 countries would move to the new 25,000 \
             sq ft office at 221B Baker St. by 10:30 am on Monday.",
        ),
        (
            "ru_news_sentence",
            Lang::Ru,
            "3 марта 2024 г. компания сообщила о выручке в 4,5 млрд руб., что на 12,5% больше, \
             чем в 2023 году, и о переезде 1200 сотрудников из 14 стран в новый офис площадью \
             2500 кв. м к 10:30 в понедельник.",
        ),
    ];
    group.throughput(Throughput::Elements(1));
    for (name, lang, text) in typical {
        group
            .bench_function(name, |b| b.iter(|| normalizer.normalize(black_box(text), Some(lang))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
