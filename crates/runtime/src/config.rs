//! The `[runtime]` section of the engine's TOML configuration file: limits of the serving
//! engine ([`BatchConfig`]). Every key is optional (defaults below); unknown keys are errors, so
//! a typo never silently keeps a default.
//!
//! ```toml
//! [runtime]
//! max_batch = 16            # rows generated together
//! max_queue = 64            # requests waiting beyond a full batch
//! kv_budget_mib = 4096      # talker KV cache the running rows may reserve
//! prefills_per_step = 1     # newcomers prefilled per step while other streams play
//! prefill_chunk = 32        # prompt positions a newcomer prefills per step while others play
//! prefill_on_slack = true   # more of them while every playing stream has the audio buffered
//! arrival_window_ms = 2     # an idle engine waits this long for simultaneous arrivals
//! max_unread_audio_s = 60   # a stream's reader this far behind is cut (slow reader; fractions too)
//! frame_budget_margin = 4.0 # runaway guard: frames allowed per token, x the language's usual rate (0: off)
//! loop_min_frames = 75      # runaway guard: codes repeating over this many frames end the stream (0: off)
//! ```

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use crate::error::EngineError;
use crate::guards::GuardSettings;
use crate::scheduler::BatchConfig;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    runtime: RuntimeSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuntimeSection {
    max_batch: Option<usize>,
    max_queue: Option<usize>,
    kv_budget_mib: Option<usize>,
    prefills_per_step: Option<usize>,
    prefill_chunk: Option<usize>,
    prefill_on_slack: Option<bool>,
    arrival_window_ms: Option<u64>,
    max_unread_audio_s: Option<f64>,
    frame_budget_margin: Option<f32>,
    loop_min_frames: Option<usize>,
}

/// The `[runtime]` section of a TOML text (other sections belong to other components and are
/// left alone).
fn runtime_section(text: &str) -> Result<RuntimeSection, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let runtime = match table.get("runtime") {
        Some(v) => v.clone(),
        None => toml::Value::Table(toml::Table::new()),
    };
    let mut only = toml::Table::new();
    only.insert("runtime".into(), runtime);
    let file: File = only.try_into().map_err(|e: toml::de::Error| e.to_string())?;
    Ok(file.runtime)
}

impl GuardSettings {
    /// The guard keys of the `[runtime]` section over the defaults.
    pub fn from_toml_str(text: &str) -> Result<Self, String> {
        let r = runtime_section(text)?;
        let d = Self::default();
        let guards = Self {
            frame_budget_margin: r.frame_budget_margin.unwrap_or(d.frame_budget_margin),
            loop_min_frames: r.loop_min_frames.unwrap_or(d.loop_min_frames),
        };
        guards.validate()?;
        Ok(guards)
    }
}

impl BatchConfig {
    /// Reads the `[runtime]` section of a TOML file over the defaults (other sections belong
    /// to other components and are ignored here only if they are tables).
    pub fn from_toml_file(path: &Path) -> Result<Self, EngineError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            EngineError::Config(format!("cannot read config file {}: {e}", path.display()))
        })?;
        Self::from_toml_str(&text)
            .map_err(|e| EngineError::Config(format!("config file {}: {e}", path.display())))
    }

    pub fn from_toml_str(text: &str) -> Result<Self, String> {
        let r = runtime_section(text)?;
        let d = Self::default();
        let config = Self {
            max_batch: r.max_batch.unwrap_or(d.max_batch),
            max_queue: r.max_queue.unwrap_or(d.max_queue),
            kv_budget_bytes: r.kv_budget_mib.map_or(d.kv_budget_bytes, |m| m << 20),
            prefills_per_step: r.prefills_per_step.unwrap_or(d.prefills_per_step),
            prefill_chunk: r.prefill_chunk.unwrap_or(d.prefill_chunk),
            prefill_on_slack: r.prefill_on_slack.unwrap_or(d.prefill_on_slack),
            arrival_window: r.arrival_window_ms.map_or(d.arrival_window, Duration::from_millis),
            max_unread_audio: match r.max_unread_audio_s {
                None => d.max_unread_audio,
                Some(s) if s > 0.0 && s.is_finite() && s <= 86_400.0 => Duration::from_secs_f64(s),
                Some(s) => {
                    return Err(format!("max_unread_audio_s {s} is out of range (0, 86400]"));
                }
            },
        };
        config.validate()?;
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_override_defaults_and_other_sections_are_left_alone() {
        let c = BatchConfig::from_toml_str(
            "[server]\nport = 8000\n[runtime]\nmax_batch = 8\nkv_budget_mib = 512\narrival_window_ms = 0\nprefill_chunk = 64\n",
        )
        .unwrap();
        assert_eq!(c.prefill_chunk, 64);
        assert_eq!(c.max_batch, 8);
        assert_eq!(c.kv_budget_bytes, 512 << 20);
        assert_eq!(c.arrival_window, Duration::ZERO);
        assert_eq!(c.max_queue, BatchConfig::default().max_queue);
        assert_eq!(BatchConfig::from_toml_str("").unwrap(), BatchConfig::default());
    }

    #[test]
    fn guard_keys_share_the_runtime_section() {
        let text = "[runtime]\nmax_batch = 8\nframe_budget_margin = 0\nloop_min_frames = 30\n";
        let g = GuardSettings::from_toml_str(text).unwrap();
        assert_eq!(g, GuardSettings { frame_budget_margin: 0.0, loop_min_frames: 30 });
        assert_eq!(BatchConfig::from_toml_str(text).unwrap().max_batch, 8);
        assert_eq!(GuardSettings::from_toml_str("").unwrap(), GuardSettings::default());
        let e = GuardSettings::from_toml_str("[runtime]\nloop_min_frames = 4\n").unwrap_err();
        assert!(e.contains("loop_min_frames") && e.contains("at least 12"), "{e}");
    }

    #[test]
    fn typos_and_bad_values_are_errors_naming_them() {
        let e = BatchConfig::from_toml_str("[runtime]\nmax_bacth = 8\n").unwrap_err();
        assert!(e.contains("max_bacth") && e.contains("max_batch"), "{e}");
        let e = BatchConfig::from_toml_str("[runtime]\nmax_batch = 0\n").unwrap_err();
        assert!(e.contains("1..=32"), "{e}");
        let e = BatchConfig::from_toml_str("[runtime]\nprefill_chunk = 0\n").unwrap_err();
        assert!(e.contains("prefill chunk") && e.contains("at least 1"), "{e}");
        let e = BatchConfig::from_toml_str("[runtime]\nmax_batch = \"many\"\n").unwrap_err();
        assert!(e.contains("max_batch"), "{e}");
    }
}
