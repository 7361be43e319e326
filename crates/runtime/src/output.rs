//! Assembles segment audio into the output stream: cross-fades where segments join, a fade-out
//! at the very end, and fixed-size chunks for the sink.
//!
//! The last `fade` samples of the stream are always held back (they may still be faded or
//! mixed); everything before them is released in chunks of exactly `chunk` samples, and the
//! final chunk carries the remainder. The first chunk is `fade` samples shorter (when the fade
//! is shorter than a chunk): it goes out as soon as `chunk` samples are decoded (one 80 ms
//! frame for an 80 ms chunk) instead of waiting for one more frame to cover the held-back tail.
//!
//! ICL voice cloning decodes the reference codes before each segment's frames and drops their
//! audio. The reference wrapper (`Qwen3TTSModel.generate_voice_clone`, qwen_tts/inference/
//! qwen3_tts_model.py) cuts `wav[int(ref_len / total_len * len(wav)):]` in float64, which
//! for some (T_ref, T_total) rounds one sample short of `T_ref * samples_per_frame` and so keeps
//! the reference audio's last sample ([`reference_cut`]). Whether it does depends on T_total,
//! known only when the segment ends: [`OutputStream::hold_for_reference_cut`] holds the
//! segment's audio until then and cuts exactly there (whole-utterance outputs). A stream that
//! does not hold cuts at `T_ref * samples_per_frame`: for the pairs where the reference keeps
//! the extra sample, a stream's segment starts one sample later than the reference's output
//! (the same samples, shifted by one). Holding back only that one sample cannot work: every
//! later sample follows it.

use std::time::Instant;

use crate::error::EngineError;
use crate::request::AudioChunk;

pub type Sink<'a> = dyn FnMut(AudioChunk) -> Result<(), EngineError> + 'a;

pub struct OutputStream<'a> {
    sink: Box<Sink<'a>>,
    sample_rate: u32,
    chunk: usize,
    fade: usize,
    /// Samples not yet released: the last `fade` of them are held back.
    held: Vec<f32>,
    /// Released samples waiting to fill a chunk.
    pending: Vec<f32>,
    /// Previous segment's held tail and how much of it has been mixed into the new segment.
    crossfade: Option<(Vec<f32>, usize)>,
    emitted: usize,
    first_audio: Option<Instant>,
    /// The current ICL segment's audio while its cut is not known.
    pending_cut: Option<PendingCut>,
}

/// What a finished stream sent.
#[derive(Debug, Clone, Copy)]
pub struct Sent {
    pub samples: usize,
    /// When the first chunk reached the sink.
    pub first_audio: Option<Instant>,
}

/// An ICL segment held until its length, and so the reference's cut, is known.
struct PendingCut {
    /// The last sample of the reference codes' audio (dropped unless the cut keeps it).
    ref_tail: f32,
    ref_frames: usize,
    samples_per_frame: usize,
    /// The segment's own audio so far (after the reference part).
    audio: Vec<f32>,
}

/// The reference wrapper's ICL cut (`generate_voice_clone`, qwen3_tts_model.py):
/// `int(ref_len / max(total_len, 1) * wav.shape[0])`, float64 division and product, truncated.
/// `samples` is the length of the decoded `ref_codes ++ codes` (`total_frames *
/// samples_per_frame`).
pub fn reference_cut(ref_frames: usize, total_frames: usize, samples: usize) -> usize {
    (ref_frames as f64 / total_frames.max(1) as f64 * samples as f64) as usize
}

impl<'a> OutputStream<'a> {
    pub fn new(
        sink: impl FnMut(AudioChunk) -> Result<(), EngineError> + 'a,
        sample_rate: u32,
        chunk: usize,
        fade: usize,
    ) -> Self {
        Self {
            sink: Box::new(sink),
            sample_rate,
            chunk: chunk.max(1),
            fade,
            held: Vec::new(),
            pending: Vec::new(),
            crossfade: None,
            emitted: 0,
            first_audio: None,
            pending_cut: None,
        }
    }

    /// The segment that starts now follows `ref_frames` frames of reference codes whose audio
    /// (ending in `ref_tail`) was decoded and dropped: hold its audio until it ends, then
    /// release it cut where the reference cuts (see the module doc).
    pub fn hold_for_reference_cut(
        &mut self,
        ref_tail: f32,
        ref_frames: usize,
        samples_per_frame: usize,
    ) -> Result<(), EngineError> {
        self.settle_cut()?;
        self.pending_cut =
            Some(PendingCut { ref_tail, ref_frames, samples_per_frame, audio: Vec::new() });
        Ok(())
    }

    /// Releases a held ICL segment, now complete, with the reference's cut.
    fn settle_cut(&mut self) -> Result<(), EngineError> {
        let Some(p) = self.pending_cut.take() else { return Ok(()) };
        let spf = p.samples_per_frame.max(1);
        let ref_samples = p.ref_frames * spf;
        let total_frames = p.ref_frames + p.audio.len() / spf;
        let cut = reference_cut(p.ref_frames, total_frames, ref_samples + p.audio.len());
        // The float64 quotient and product are each within half an ulp, so the product is
        // within 2^-52 * ref_samples of ref_samples: for any realistic length (< 2^51 samples)
        // the cut is ref_samples or one sample before it, the reference audio's last.
        if cut < ref_samples {
            self.push_now(&[p.ref_tail])?;
        }
        self.push_now(&p.audio)
    }

    /// When the first chunk reached the sink.
    pub fn first_audio(&self) -> Option<Instant> {
        self.first_audio
    }

    /// Samples handed to the sink so far.
    pub fn emitted(&self) -> usize {
        self.emitted
    }

    /// Linear ramp weight of the new segment at mixed position `i` of `n`.
    fn ramp(i: usize, n: usize) -> f32 {
        (i + 1) as f32 / (n + 1) as f32
    }

    pub fn push(&mut self, xs: &[f32]) -> Result<(), EngineError> {
        if let Some(p) = &mut self.pending_cut {
            p.audio.extend_from_slice(xs);
            return Ok(());
        }
        self.push_now(xs)
    }

    fn push_now(&mut self, mut xs: &[f32]) -> Result<(), EngineError> {
        if let Some((prev, done)) = &mut self.crossfade {
            let n = prev.len();
            let take = (n - *done).min(xs.len());
            for (k, &x) in xs[..take].iter().enumerate() {
                let i = *done + k;
                let r = Self::ramp(i, n);
                self.held.push(prev[i] * (1.0 - r) + x * r);
            }
            *done += take;
            xs = &xs[take..];
            if *done == n {
                self.crossfade = None;
            }
        }
        self.held.extend_from_slice(xs);
        if self.held.len() > self.fade {
            let release = self.held.len() - self.fade;
            self.pending.extend(self.held.drain(..release));
        }
        self.flush_chunks(0)
    }

    /// New samples needed before the next chunk can be released (at least 1).
    pub fn samples_to_next_chunk(&self) -> usize {
        (self.next_chunk_len() + self.fade)
            .saturating_sub(self.pending.len() + self.held.len())
            .max(1)
    }

    /// The size of the next full chunk: `chunk`, the first one `fade` shorter where the fade
    /// is shorter than a chunk (module doc).
    fn next_chunk_len(&self) -> usize {
        match self.emitted {
            0 if self.fade < self.chunk => self.chunk - self.fade,
            _ => self.chunk,
        }
    }

    /// The current segment is complete: its held tail will be cross-faded with the next one.
    pub fn end_segment(&mut self) -> Result<(), EngineError> {
        self.settle_cut()?;
        self.settle_crossfade();
        if self.fade > 0 {
            self.crossfade = Some((std::mem::take(&mut self.held), 0));
        }
        Ok(())
    }

    /// Ends the stream: fades out the tail and sends the rest with `last` set. Returns the
    /// samples sent and when the first of them left (for a stream shorter than one chunk,
    /// now).
    pub fn finish(mut self) -> Result<Sent, EngineError> {
        self.settle_cut()?;
        self.settle_crossfade();
        if let Some((prev, _)) = self.crossfade.take() {
            self.held = prev;
        }
        let n = self.held.len();
        if self.fade > 0 {
            for (i, x) in self.held.iter_mut().enumerate() {
                // Reaches exactly 0 on the last sample.
                *x *= 1.0 - (i + 1) as f32 / n as f32;
            }
        }
        self.pending.append(&mut self.held);
        // Keep at least one sample for the last chunk: a stream whose length ends on the chunk
        // grid would otherwise end with an empty one.
        self.flush_chunks(1)?;
        let rest = std::mem::take(&mut self.pending);
        self.send(rest, true)?;
        Ok(Sent { samples: self.emitted, first_audio: self.first_audio })
    }

    /// A segment shorter than the fade leaves part of the previous tail unmixed: fade it out
    /// against silence.
    fn settle_crossfade(&mut self) {
        if let Some((prev, done)) = self.crossfade.take() {
            let n = prev.len();
            let rest: Vec<f32> = (done..n).map(|i| prev[i] * (1.0 - Self::ramp(i, n))).collect();
            self.held.splice(0..0, rest);
        }
    }

    /// Sends full chunks while `keep` samples or more would remain.
    fn flush_chunks(&mut self, keep: usize) -> Result<(), EngineError> {
        while self.pending.len() >= self.next_chunk_len() + keep {
            let chunk: Vec<f32> = self.pending.drain(..self.next_chunk_len()).collect();
            self.send(chunk, false)?;
        }
        Ok(())
    }

    fn send(&mut self, samples: Vec<f32>, last: bool) -> Result<(), EngineError> {
        let start_sample = self.emitted;
        self.emitted += samples.len();
        self.first_audio.get_or_insert_with(Instant::now);
        (self.sink)(AudioChunk { samples, sample_rate: self.sample_rate, start_sample, last })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::collect_into;

    fn collect(chunk: usize, fade: usize, segments: &[Vec<f32>]) -> Vec<AudioChunk> {
        let mut out = Vec::new();
        let mut sink = |c: AudioChunk| {
            out.push(c);
            Ok(())
        };
        let mut stream = OutputStream::new(&mut sink, 24_000, chunk, fade);
        for (i, seg) in segments.iter().enumerate() {
            if i > 0 {
                stream.end_segment().unwrap();
            }
            for piece in seg.chunks(7) {
                stream.push(piece).unwrap();
            }
        }
        stream.finish().unwrap();
        out
    }

    #[test]
    fn samples_to_next_chunk_is_exactly_what_releases_a_chunk() {
        for (chunk, fade, first) in
            [(96, 0, 0), (96, 5, 0), (96, 5, 40), (96, 120, 250), (10, 3, 7)]
        {
            let mut sent = 0usize;
            let mut sink = |_: AudioChunk| {
                sent += 1;
                Ok(())
            };
            let mut stream = OutputStream::new(&mut sink, 24_000, chunk, fade);
            stream.push(&vec![0.5; first]).unwrap();
            let (need, emitted) = (stream.samples_to_next_chunk(), stream.emitted());
            // One sample fewer than `need` releases nothing; `need` releases a chunk.
            stream.push(&vec![0.5; need - 1]).unwrap();
            assert_eq!(stream.emitted(), emitted, "chunk {chunk} fade {fade} first {first}");
            stream.push(&[0.5]).unwrap();
            // The first chunk is `fade` shorter when the fade is shorter than a chunk.
            let released = if emitted == 0 && fade < chunk { chunk - fade } else { chunk };
            assert_eq!(
                stream.emitted(),
                emitted + released,
                "chunk {chunk} fade {fade} first {first}"
            );
            if first == 0 {
                // A fresh stream's first chunk goes out once a chunk's worth is decoded (with a
                // fade of a chunk or more, the chunk plus the held-back fade).
                assert_eq!(need, if fade < chunk { chunk } else { chunk + fade });
            }
        }
    }

    #[test]
    fn chunks_have_the_requested_size_and_concatenate_to_the_input() {
        let xs: Vec<f32> = (0..1000).map(|i| i as f32).collect();
        let chunks = collect(96, 0, std::slice::from_ref(&xs));
        assert!(chunks[..chunks.len() - 1].iter().all(|c| c.samples.len() == 96 && !c.last));
        let last = chunks.last().unwrap();
        assert!(last.last && last.samples.len() == 1000 % 96);
        let joined: Vec<f32> = chunks.iter().flat_map(|c| c.samples.clone()).collect();
        assert_eq!(joined, xs);
        assert_eq!(chunks[3].start_sample, 3 * 96);
    }

    #[test]
    fn the_first_chunk_is_the_fade_shorter_and_no_chunk_is_empty() {
        // 80 + 96 + 96 samples: the stream ends on the chunk grid, and the last full chunk is
        // the one marked last (no empty chunk after it).
        let chunks = collect(96, 16, &[vec![0.5f32; 272]]);
        let sizes: Vec<usize> = chunks.iter().map(|c| c.samples.len()).collect();
        assert_eq!(sizes, [80, 96, 96]);
        let last: Vec<bool> = chunks.iter().map(|c| c.last).collect();
        assert_eq!(last, [false, false, true]);
        assert_eq!(chunks[1].start_sample, 80);
        // A fade of a chunk or more: every chunk full size.
        let sizes: Vec<usize> =
            collect(10, 12, &[vec![0.5f32; 35]]).iter().map(|c| c.samples.len()).collect();
        assert_eq!(sizes, [10, 10, 10, 5]);
    }

    #[test]
    fn fades_out_at_the_end_and_crossfades_segments() {
        let a = vec![1.0f32; 100];
        let b = vec![-1.0f32; 50];
        let chunks = collect(32, 4, &[a, b]);
        let joined: Vec<f32> = chunks.iter().flat_map(|c| c.samples.clone()).collect();
        // 100 + 50 - 4 overlapping samples.
        assert_eq!(joined.len(), 146);
        assert_eq!(&joined[..96], &[1.0; 96]);
        // Cross-fade: prev * (1 - r) + next * r with r = 1/5 .. 4/5.
        let expected = [0.6, 0.2, -0.2, -0.6];
        for (got, want) in joined[96..100].iter().zip(expected) {
            assert!((got - want).abs() < 1e-6, "{got} vs {want}");
        }
        // Fade-out over the last 4 samples, reaching 0.
        let tail = &joined[142..];
        let want = [-0.75, -0.5, -0.25, 0.0];
        for (got, want) in tail.iter().zip(want) {
            assert!((got - want).abs() < 1e-6, "{got} vs {want}");
        }
        assert!(chunks.last().unwrap().last);
    }

    /// The wrapper's cut as `generate_voice_clone` computes it (qwen3_tts_model.py): the decoded
    /// `ref_code ++ codes` is `total_len * spf` samples long (`decode` keeps `count(code_0 >
    /// -1) * decode_upsample_rate`), cut at `int(ref_len / max(total_len, 1) * len)` in float64.
    fn wrapper_cut(ref_len: usize, total_len: usize, spf: usize) -> usize {
        let len = (total_len * spf) as f64;
        let q: f64 = ref_len as f64 / total_len.max(1) as f64;
        (q * len).trunc() as usize
    }

    /// (T_ref, T_total) pairs with `T_total <= max_total` where the wrapper keeps one sample of
    /// the reference audio.
    fn keeps_one(spf: usize, max_total: usize) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for total in 1..=max_total {
            for r in 0..=total {
                let cut = wrapper_cut(r, total, spf);
                // Never more than one sample away from the frame boundary, never after it.
                assert!(cut == r * spf || cut + 1 == r * spf, "({r}, {total}): cut {cut}");
                assert_eq!(reference_cut(r, total, total * spf), cut, "({r}, {total})");
                if cut < r * spf {
                    pairs.push((r, total));
                }
            }
        }
        pairs
    }

    #[test]
    fn the_wrapper_keeps_one_more_sample_for_some_lengths() {
        // The real codec (1920 samples per frame) and the tiny fixture codec (24).
        let real = keeps_one(1920, 600);
        assert_eq!(real[..3], [(15, 22), (13, 23), (17, 23)]);
        assert!(real.len() > 1000, "{}", real.len());
        let tiny = keeps_one(24, 600);
        assert!(tiny.contains(&(160, 179)) && !tiny.contains(&(200, 229)));
    }

    /// Decodes `ref ++ gen` as a run of distinct values (sample i is i), pushes the generated
    /// part in codec-sized pieces, held for the reference cut or not; returns the output.
    fn primed_segments(segments: &[(usize, usize)], spf: usize, hold: bool) -> Vec<f32> {
        let mut out = Vec::new();
        let mut stream = OutputStream::new(collect_into(&mut out), 24_000, 96, 0);
        for (i, &(r, total)) in segments.iter().enumerate() {
            if i > 0 {
                stream.end_segment().unwrap();
            }
            let full: Vec<f32> = (0..total * spf).map(|x| x as f32).collect();
            if hold {
                stream.hold_for_reference_cut(full[r * spf - 1], r, spf).unwrap();
            }
            for piece in full[r * spf..].chunks(3 * spf) {
                stream.push(piece).unwrap();
            }
        }
        stream.finish().unwrap();
        out
    }

    #[test]
    fn a_held_segment_is_cut_where_the_wrapper_cuts() {
        let check = |r: usize, total: usize, spf: usize| {
            let cut = wrapper_cut(r, total, spf);
            let want: Vec<f32> = (cut..total * spf).map(|x| x as f32).collect();
            assert_eq!(primed_segments(&[(r, total)], spf, true), want, "({r}, {total}) x {spf}");
            // Streamed (not held): always at the frame boundary.
            let boundary: Vec<f32> = (r * spf..total * spf).map(|x| x as f32).collect();
            assert_eq!(primed_segments(&[(r, total)], spf, false), boundary);
        };
        let mut kept = 0;
        for total in 1..=100 {
            for r in 1..=total {
                check(r, total, 24);
                kept += usize::from(wrapper_cut(r, total, 24) < r * 24);
            }
        }
        assert!(kept > 0);
        for (r, total) in [(15, 22), (14, 22), (13, 23), (15, 23), (1, 49), (1, 48)] {
            check(r, total, 1920);
        }
        // Each sentence group of a clone is cut on its own length.
        let (a, b) = ((15, 22), (15, 23));
        let want: Vec<f32> = (wrapper_cut(a.0, a.1, 1920)..a.1 * 1920)
            .chain(b.0 * 1920..b.1 * 1920)
            .map(|x| x as f32)
            .collect();
        assert_eq!(want.len(), 7 * 1920 + 1 + 8 * 1920);
        assert_eq!(primed_segments(&[a, b], 1920, true), want);
    }

    #[test]
    fn empty_stream_still_ends() {
        let chunks = collect(32, 4, &[]);
        assert_eq!(chunks.len(), 1);
        assert!(chunks[0].last && chunks[0].samples.is_empty());
    }
}
