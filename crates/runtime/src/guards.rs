//! The runaway guards a request runs with ([`acoustic_model::Guards`]), from the engine's
//! settings and the request's language: a frame budget derived from the text and a loop
//! detector. Both are on by default and set wide, so that speech is never cut (see
//! docs/guards.md for the derivation); each has one setting that turns it off.
//!
//! Frames are the talker's, 12.5 per second in every checkpoint of the 12 Hz family.

use acoustic_model::{FrameBudget, Guards, LoopGuard};

/// Frames a text may take besides its tokens' share (4.8 s): short texts ("Hi.") get room
/// for a breath and the end of speech.
pub const BUDGET_BASE_FRAMES: usize = 60;

/// Typical frames per token of the spoken text, by language, at 12.5 frames per second:
/// syllables per second of read speech (Pellegrino, Coupé & Marsico 2011, "A cross-language
/// perspective on speech information rate", Language 87(3): English 6.19, French 7.18,
/// German 5.97, Italian 6.99, Japanese 7.84, Mandarin 5.18, Spanish 7.82; Russian, Korean and
/// Portuguese, not in the study, at 6.0) and the Qwen tokenizer's tokens per syllable on
/// sample sentences (docs/guards.md), rounded up. `auto` takes the largest.
pub const FRAMES_PER_TOKEN: &[(&str, f32)] = &[
    ("chinese", 3.3),
    ("english", 2.7),
    ("french", 1.5),
    ("german", 1.8),
    ("italian", 1.9),
    ("japanese", 2.6),
    ("korean", 2.1),
    ("portuguese", 2.2),
    ("russian", 1.8),
    ("spanish", 1.9),
];

/// The guards' settings (`[runtime]` keys `frame_budget_margin` and `loop_min_frames`, the
/// same flags in `tts-cli` and `tts-server`, keyword arguments in Python).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GuardSettings {
    /// The frame budget as a multiple of the typical speaking rate of the language (4: a
    /// text read at a quarter of the usual rate still fits); 0 turns the budget off.
    pub frame_budget_margin: f32,
    /// The loop detector fires when the codes repeat a stretch of frames over this many
    /// frames (75: 6 s), at least three times over (so stretches of up to a third of it,
    /// 2 s); 0 turns it off.
    pub loop_min_frames: usize,
}

impl Default for GuardSettings {
    fn default() -> Self {
        Self { frame_budget_margin: 4.0, loop_min_frames: 75 }
    }
}

impl GuardSettings {
    /// Both guards off (the reference's behaviour).
    pub const OFF: Self = Self { frame_budget_margin: 0.0, loop_min_frames: 0 };

    pub fn validate(&self) -> Result<(), String> {
        let m = self.frame_budget_margin;
        if !(m.is_finite() && (m == 0.0 || (1.0..=100.0).contains(&m))) {
            return Err(format!("frame_budget_margin {m} is out of range: 0 (off) or 1..=100"));
        }
        if self.loop_min_frames != 0 && self.loop_min_frames < 12 {
            return Err(format!(
                "loop_min_frames {} is out of range: 0 (off) or at least 12",
                self.loop_min_frames
            ));
        }
        Ok(())
    }

    /// The guards of a request in `language` (lowercase; "auto" or one of the model's).
    pub fn for_language(&self, language: &str) -> Guards {
        let budget = (self.frame_budget_margin > 0.0).then(|| FrameBudget {
            base_frames: BUDGET_BASE_FRAMES,
            frames_per_token: self.frame_budget_margin * typical_frames_per_token(language),
        });
        let loops = (self.loop_min_frames > 0).then_some(LoopGuard {
            max_period: self.loop_min_frames / 3,
            min_frames: self.loop_min_frames,
        });
        Guards { budget, loops }
    }
}

/// [`FRAMES_PER_TOKEN`] of `language`; the largest for "auto" and languages not listed.
pub fn typical_frames_per_token(language: &str) -> f32 {
    let largest = FRAMES_PER_TOKEN.iter().map(|&(_, f)| f).fold(0.0, f32::max);
    FRAMES_PER_TOKEN.iter().find(|(l, _)| *l == language).map_or(largest, |&(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_on_and_zero_turns_each_off() {
        let g = GuardSettings::default().for_language("english");
        let b = g.budget.unwrap();
        assert_eq!(b.base_frames, 60);
        assert!((b.frames_per_token - 10.8).abs() < 1e-5);
        assert_eq!(g.loops.unwrap(), LoopGuard { max_period: 25, min_frames: 75 });
        // "auto": the slowest language's rate.
        let auto = GuardSettings::default().for_language("auto").budget.unwrap();
        assert!((auto.frames_per_token - 13.2).abs() < 1e-5);
        assert_eq!(GuardSettings::OFF.for_language("english"), Guards::default());
        assert!(
            GuardSettings { frame_budget_margin: 0.5, ..Default::default() }.validate().is_err()
        );
        assert!(GuardSettings { loop_min_frames: 5, ..Default::default() }.validate().is_err());
        assert!(GuardSettings::OFF.validate().is_ok());
    }
}
