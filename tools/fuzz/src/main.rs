//! `cargo run --release -p fuzz-harness -- --target all --inputs 1000000 --seed 1`
//!
//! Fuzzes each target in turn and prints inputs/s, inputs the parser accepted, the slowest
//! input and every crash (the input is written under `--crash-dir`). Exits 1 if any target
//! crashed.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use fuzz_harness::targets::{self, Context, NAMES};
use fuzz_harness::{Report, RunOptions, run_target};

#[derive(Parser, Debug)]
#[command(name = "fuzz-harness")]
struct Args {
    /// A target, a comma-separated list, or "all".
    #[arg(long, default_value = "all")]
    target: String,
    /// Inputs per target.
    #[arg(long, default_value_t = 100_000)]
    inputs: u64,
    /// Seed of the input stream (a run is reproducible from it).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where crashing inputs are written.
    #[arg(long, default_value = "target/fuzz-crashes")]
    crash_dir: PathBuf,
    /// Stop a target after this many crashes.
    #[arg(long, default_value_t = 20)]
    max_crashes: usize,
    /// Seconds one input may run before it counts as a hang (written out; the run stops).
    #[arg(long, default_value_t = 10)]
    hang_after_s: u64,
    /// Run the target (one) on this file's bytes once, without catching a panic: its message
    /// and backtrace print as usual.
    #[arg(long)]
    replay: Option<PathBuf>,
    /// List the targets and exit.
    #[arg(long)]
    list: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let cx = Context::default();
    if args.list {
        for name in NAMES {
            match targets::build(name, &cx) {
                Ok(t) => println!("{:<18} {}", t.name, t.about),
                Err(e) => println!("{name:<18} cannot build: {e:#}"),
            }
        }
        return ExitCode::SUCCESS;
    }
    if let Some(path) = &args.replay {
        return replay(&args.target, path, &cx);
    }
    let names: Vec<&str> = if args.target == "all" {
        NAMES.to_vec()
    } else {
        args.target.split(',').map(str::trim).collect()
    };
    let opts = RunOptions {
        inputs: args.inputs,
        seed: args.seed,
        crash_dir: Some(args.crash_dir.clone()),
        max_crashes: args.max_crashes,
        progress_every: (args.inputs / 10).max(1),
        hang_after: std::time::Duration::from_secs(args.hang_after_s),
    };
    let mut reports = Vec::new();
    for name in names {
        let target = match targets::build(name, &cx) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("fuzz-harness: {e:#}");
                return ExitCode::from(2);
            }
        };
        eprintln!("{name}: {} seeds, {} inputs", target.seeds.len(), args.inputs);
        let report = run_target(&target, &opts, &mut |r| {
            eprintln!(
                "  {name}: {} inputs, {:.0}/s, {} crashes",
                r.inputs,
                r.per_second(),
                r.crashes.len()
            );
        });
        print_report(&report);
        reports.push(report);
    }
    println!(
        "\n{:<18} {:>9} {:>9} {:>9} {:>11} {:>8}",
        "target", "inputs", "accepted", "inputs/s", "slowest ms", "crashes"
    );
    for r in &reports {
        println!(
            "{:<18} {:>9} {:>9} {:>9.0} {:>11.1} {:>8}",
            r.target,
            r.inputs,
            r.accepted,
            r.per_second(),
            r.slowest.as_secs_f64() * 1e3,
            r.crashes.len()
        );
    }
    if reports.iter().any(|r| !r.crashes.is_empty()) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn replay(name: &str, path: &std::path::Path, cx: &Context) -> ExitCode {
    let built = targets::build(name, cx);
    let bytes = std::fs::read(path);
    match (built, bytes) {
        (Ok(target), Ok(bytes)) => {
            println!("{name}: {:?}", (target.run)(&bytes));
            ExitCode::SUCCESS
        }
        (Err(e), _) => {
            eprintln!("fuzz-harness: {e:#}");
            ExitCode::from(2)
        }
        (_, Err(e)) => {
            eprintln!("fuzz-harness: cannot read {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}

fn print_report(r: &Report) {
    for c in &r.crashes {
        let file = c.file.as_ref().map_or("(not saved)".into(), |f| f.display().to_string());
        println!("CRASH {} input {}: {} -> {file}", r.target, c.index, c.message);
    }
}
