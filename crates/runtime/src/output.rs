//! Assembles segment audio into the output stream: cross-fades where segments join, a fade-out
//! at the very end, and fixed-size chunks for the sink.
//!
//! The last `fade` samples of the stream are always held back (they may still be faded or
//! mixed); everything before them is released in chunks of exactly `chunk` samples, and the
//! final chunk carries the remainder.

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
        }
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

    pub fn push(&mut self, mut xs: &[f32]) -> Result<(), EngineError> {
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
        self.flush_full_chunks()
    }

    /// New samples needed before the next chunk can be released (at least 1).
    pub fn samples_to_next_chunk(&self) -> usize {
        (self.chunk + self.fade).saturating_sub(self.pending.len() + self.held.len()).max(1)
    }

    /// The current segment is complete: its held tail will be cross-faded with the next one.
    pub fn end_segment(&mut self) {
        self.settle_crossfade();
        if self.fade > 0 {
            self.crossfade = Some((std::mem::take(&mut self.held), 0));
        }
    }

    /// Ends the stream: fades out the tail and sends the rest with `last` set.
    pub fn finish(mut self) -> Result<usize, EngineError> {
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
        self.flush_full_chunks()?;
        let rest = std::mem::take(&mut self.pending);
        self.send(rest, true)?;
        Ok(self.emitted)
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

    fn flush_full_chunks(&mut self) -> Result<(), EngineError> {
        while self.pending.len() >= self.chunk {
            let chunk: Vec<f32> = self.pending.drain(..self.chunk).collect();
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

    fn collect(chunk: usize, fade: usize, segments: &[Vec<f32>]) -> Vec<AudioChunk> {
        let mut out = Vec::new();
        let mut sink = |c: AudioChunk| {
            out.push(c);
            Ok(())
        };
        let mut stream = OutputStream::new(&mut sink, 24_000, chunk, fade);
        for (i, seg) in segments.iter().enumerate() {
            if i > 0 {
                stream.end_segment();
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
            assert_eq!(
                stream.emitted(),
                emitted + chunk,
                "chunk {chunk} fade {fade} first {first}"
            );
            if first == 0 {
                // A fresh stream's first chunk needs the chunk plus the held-back fade.
                assert_eq!(need, chunk + fade);
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

    #[test]
    fn empty_stream_still_ends() {
        let chunks = collect(32, 4, &[]);
        assert_eq!(chunks.len(), 1);
        assert!(chunks[0].last && chunks[0].samples.is_empty());
    }
}
