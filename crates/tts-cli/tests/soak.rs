//! The short form of `tts-cli soak` (the long form is `--seconds 600`, README "Soak"): long
//! streams and short requests back to back through the serving engine on the `tiny-e2e`
//! fixture, every stream checked for its sequence and, against the same request alone, for
//! its seams; memory flat after the warm-up.

use std::process::Command;

#[test]
fn a_short_soak_keeps_every_stream_whole_and_the_memory_flat() {
    let model = test_support::fixture_checkpoint("tiny-e2e");
    let out = Command::new(env!("CARGO_BIN_EXE_tts-cli"))
        .args(["soak", "--model", model.to_str().unwrap(), "--seconds", "12"])
        .args(["--warmup-seconds", "4", "--check-every", "2", "--json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "soak failed:\n{stdout}\n{stderr}");
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["ok"], true, "{v}");
    for client in ["long", "short"] {
        let c = &v[client];
        // Several requests each, some of them compared sample for sample with a lone run.
        assert!(c["requests"].as_u64().unwrap() >= 3, "{client}: {c}");
        assert!(c["compared_alone"].as_u64().unwrap() >= 2, "{client}: {c}");
        assert_eq!(c["seam_mismatches"], 0, "{client}: {c}");
        assert_eq!(c["sequence_errors"], 0, "{client}: {c}");
        assert_eq!(c["failures"].as_array().unwrap().len(), 0, "{client}: {c}");
    }
    assert!(v["rss_drift"].as_f64().unwrap().abs() <= 0.05, "{v}");
}
