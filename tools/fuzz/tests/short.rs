//! The short form of the fuzz run: every target, a few hundred to a few thousand inputs each
//! (the release run does a million; README "Fuzzing"). Any panic fails with the input's file.

use fuzz_harness::targets::{Context, NAMES, build};
use fuzz_harness::{RunOptions, run_target};

/// Inputs per target: the seeds and a first round of mutations of each, in a few seconds.
const INPUTS: u64 = 1500;

#[test]
fn no_target_panics_on_a_short_run() {
    let cx = Context::default();
    let crash_dir = std::env::temp_dir().join(format!("fuzz-harness-test-{}", std::process::id()));
    let opts = RunOptions {
        inputs: INPUTS,
        seed: 7,
        crash_dir: Some(crash_dir),
        max_crashes: 5,
        progress_every: 0,
        hang_after: std::time::Duration::from_secs(20),
    };
    let mut failures = Vec::new();
    for name in NAMES {
        let target = build(name, &cx).unwrap_or_else(|e| panic!("target {name}: {e:#}"));
        let report = run_target(&target, &opts, &mut |_| {});
        for c in &report.crashes {
            failures.push(format!("{name} input {}: {} ({:?})", c.index, c.message, c.file));
        }
        if report.crashes.is_empty() {
            assert_eq!(report.inputs, INPUTS, "{name} stopped early");
            // Seeds are real, valid inputs: a target that accepts none is not reaching past
            // its parser's first check.
            assert!(report.accepted > 0, "{name} accepted none of its inputs");
        }
    }
    assert!(failures.is_empty(), "panics:\n{}", failures.join("\n"));
}
