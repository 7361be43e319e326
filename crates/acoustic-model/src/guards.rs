//! Guards against runaway generation, checked after every frame of a row: a frame budget
//! derived from the length of the text, and a loop detector on the generated codes. The
//! reference has neither (it allows `max_new_tokens`, 8192 frames, 11 minutes, for any text);
//! both are off unless a [`Guards`] sets them, so the reference comparisons run without them.

/// A row's frame budget: at most `base_frames + frames_per_token * text_tokens` frames, where
/// `text_tokens` counts the tokens of the spoken text (the prompt's and any appended later).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrameBudget {
    pub base_frames: usize,
    pub frames_per_token: f32,
}

impl FrameBudget {
    /// Frames allowed for `text_tokens` tokens of text.
    pub fn frames(&self, text_tokens: usize) -> usize {
        self.base_frames + (self.frames_per_token.max(0.0) * text_tokens as f32).ceil() as usize
    }
}

/// The loop detector: the talker's codes (code 0 of each frame, the token the talker itself
/// samples and conditions on; the sub-talker's residual codes are drawn anew each frame and
/// vary even where the sound repeats) repeating the same stretch of `period` frames,
/// `1 <= period <= max_period`, over the last `min_frames` frames or more, at least three
/// times over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoopGuard {
    pub max_period: usize,
    pub min_frames: usize,
}

/// Which guards a row runs with (none by default).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Guards {
    pub budget: Option<FrameBudget>,
    pub loops: Option<LoopGuard>,
}

/// Why a guard ended a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tripped {
    FrameBudget,
    Loop,
}

/// A row's loop detector state: for each period `p`, how many of the latest codes equal the
/// code `p` frames before them, in a row. Updated in O(max_period) per frame.
#[derive(Debug, Clone, Default)]
pub struct LoopTracker {
    /// `runs[p - 1]`: consecutive latest codes with `code[t] == code[t - p]`.
    runs: Vec<usize>,
}

impl LoopTracker {
    /// Takes the latest code (`codes` holds every code so far, the latest last) and returns the
    /// period of a loop that meets `guard`, if one does.
    pub fn push(&mut self, codes: &[u32], guard: &LoopGuard) -> Option<usize> {
        let max_period = guard.max_period.max(1);
        if self.runs.len() != max_period {
            self.runs = vec![0; max_period];
        }
        let t = codes.len().checked_sub(1)?;
        let mut found = None;
        for (p, run) in (1..=max_period).zip(self.runs.iter_mut()) {
            *run = if t >= p && codes[t] == codes[t - p] { *run + 1 } else { 0 };
            // The latest `run + p` codes repeat a stretch of `p` codes.
            let span = *run + p;
            if found.is_none() && span >= guard.min_frames && span >= 3 * p {
                found = Some(p);
            }
        }
        found
    }
}

impl Guards {
    /// Checks a row after its latest frame: `frames` generated so far, `codes` their code 0s.
    pub fn check(
        &self,
        tracker: &mut LoopTracker,
        codes: &[u32],
        text_tokens: usize,
    ) -> Option<Tripped> {
        if let Some(guard) = &self.loops
            && guard.min_frames > 0
            && tracker.push(codes, guard).is_some()
        {
            return Some(Tripped::Loop);
        }
        match &self.budget {
            Some(b) if codes.len() >= b.frames(text_tokens) => Some(Tripped::FrameBudget),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first frame count at which the detector fires on `codes`, if any.
    fn fires(codes: &[u32], guard: LoopGuard) -> Option<(usize, usize)> {
        let mut tracker = LoopTracker::default();
        (1..=codes.len()).find_map(|n| tracker.push(&codes[..n], &guard).map(|p| (n, p)))
    }

    #[test]
    fn a_repeated_stretch_fires_once_it_spans_min_frames_and_three_periods() {
        let guard = LoopGuard { max_period: 4, min_frames: 12 };
        // 5 distinct codes, then "7 8 9" over and over: the repetition starts at index 5, so
        // the periodic tail reaches 12 codes at n = 17.
        let mut codes: Vec<u32> = vec![1, 2, 3, 4, 5];
        codes.extend([7, 8, 9].iter().cycle().take(30));
        assert_eq!(fires(&codes, guard), Some((17, 3)));
        // A constant run is period 1.
        let silence = [vec![1, 2, 3], vec![0; 20]].concat();
        assert_eq!(fires(&silence, guard), Some((15, 1)));
        // Period 6 is beyond max_period 4.
        let long: Vec<u32> = (0..6).cycle().take(60).collect();
        assert_eq!(fires(&long, guard), None);
        // With max period 6 it needs 3 periods: 18 codes.
        assert_eq!(fires(&long, LoopGuard { max_period: 6, min_frames: 12 }), Some((18, 6)));
    }

    #[test]
    fn almost_periodic_codes_never_fire() {
        let guard = LoopGuard { max_period: 8, min_frames: 16 };
        // A repeated stretch broken every 10 codes.
        let codes: Vec<u32> =
            (0..200u32).map(|i| if i % 10 == 9 { 100 + i } else { i % 3 }).collect();
        assert_eq!(fires(&codes, guard), None);
    }

    #[test]
    fn the_budget_grows_with_the_text() {
        let b = FrameBudget { base_frames: 10, frames_per_token: 2.5 };
        assert_eq!((b.frames(0), b.frames(3), b.frames(4)), (10, 18, 20));
        let guards = Guards { budget: Some(b), loops: None };
        let mut tracker = LoopTracker::default();
        assert_eq!(guards.check(&mut tracker, &[1; 17], 3), None);
        assert_eq!(guards.check(&mut tracker, &[1; 18], 3), Some(Tripped::FrameBudget));
    }
}
