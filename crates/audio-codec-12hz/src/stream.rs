//! Streaming decode of one utterance, in either of two modes, and the reference's batch `decode`.
//!
//! * [`DecodeMode::Continuous`] (the default): one stateful pass, equal to a single full
//!   `forward` over all frames. The decoder's receptive field is ~577 frames (46 s), so this is
//!   the decoder's exact output for any length.
//! * [`DecodeMode::ReferenceChunks`]: reproduces the reference `decode()`, which runs
//!   `chunked_decode(chunk_size=300, left_context_size=25)`: from frame 300k on, a fresh
//!   decoder started at frame 300k-25 (its first 25 frames discarded) takes over. For
//!   utterances up to 300 frames (24 s) both modes are identical; beyond that they differ
//!   slightly at and after each seam. Use it when byte parity with the reference matters
//!   (codec.md §5.4); it costs 25 extra frames per 300.

use candle_core::{DType, Result, Tensor};

use crate::decoder::{Decoder, DecoderState};

/// Chunking of the reference `Qwen3TTSTokenizerV2Decoder.chunked_decode` as `decode()` calls it.
pub const REFERENCE_CHUNK: usize = 300;
pub const REFERENCE_CONTEXT: usize = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecodeMode {
    #[default]
    Continuous,
    ReferenceChunks,
}

/// A single stream (batch 1) that takes frames as they are generated and returns their audio.
#[derive(Debug, Clone)]
pub struct CodecStream {
    mode: DecodeMode,
    main: DecoderState,
    /// ReferenceChunks: the decoder that takes over at the next multiple of 300 frames.
    warm: Option<DecoderState>,
    frames: usize,
}

impl CodecStream {
    pub fn new(decoder: &Decoder, mode: DecodeMode) -> Self {
        Self { mode, main: decoder.new_state(1), warm: None, frames: 0 }
    }

    /// Frames decoded so far.
    pub fn frames(&self) -> usize {
        self.frames
    }

    /// Decodes `codes [1, Q, L]` and returns their `[1, L * samples_per_frame]` samples.
    pub fn push(&mut self, decoder: &Decoder, codes: &Tensor) -> Result<Tensor> {
        let len = codes.dim(2)?;
        if self.mode == DecodeMode::Continuous {
            self.frames += len;
            return decoder.step(codes, &mut self.main);
        }
        let mut pieces = Vec::new();
        let mut done = 0;
        while done < len {
            let f = self.frames;
            // Next frame index at which the plan changes (a warm-up start or a hand-over).
            let next_chunk = (f / REFERENCE_CHUNK + 1) * REFERENCE_CHUNK;
            let warm_start = next_chunk - REFERENCE_CONTEXT;
            let boundary = if f < warm_start { warm_start } else { next_chunk };
            let take = (boundary - f).min(len - done);
            let piece = codes.narrow(2, done, take)?;
            pieces.push(decoder.step(&piece, &mut self.main)?);
            if let Some(warm) = &mut self.warm {
                decoder.step(&piece, warm)?;
            }
            self.frames += take;
            done += take;
            if self.frames == warm_start {
                self.warm = Some(decoder.new_state(1));
            } else if self.frames == next_chunk
                && let Some(warm) = self.warm.take()
            {
                self.main = warm;
            }
        }
        Tensor::cat(&pieces, 1)
    }
}

/// [`CodecStream::push`] for several streams at once: `codes [N, Q, T]`, row `i` the new frames
/// of `streams[i]`; returns `[N, T * samples_per_frame]`, row `i` exactly what `streams[i]`'s
/// own push returns. Continuous streams decode as one batch ([`Decoder::step_streams`]); a
/// reference-chunked one takes its own call (its hand-overs fall at its own frame counts).
pub fn push_streams(
    decoder: &Decoder,
    codes: &Tensor,
    streams: &mut [&mut CodecStream],
) -> Result<Tensor> {
    if codes.dim(0)? != streams.len() {
        candle_core::bail!("codes have {} rows for {} streams", codes.dim(0)?, streams.len())
    }
    if streams.iter().any(|s| s.mode != DecodeMode::Continuous) {
        let wavs = streams
            .iter_mut()
            .enumerate()
            .map(|(i, s)| s.push(decoder, &codes.narrow(0, i, 1)?))
            .collect::<Result<Vec<_>>>()?;
        return Tensor::cat(&wavs, 0);
    }
    let len = codes.dim(2)?;
    let mut states: Vec<&mut DecoderState> = streams.iter_mut().map(|s| &mut s.main).collect();
    let wav = decoder.step_streams(codes, &mut states)?;
    for s in streams.iter_mut() {
        s.frames += len;
    }
    Ok(wav)
}

/// The reference `Qwen3TTSTokenizerV2Model.decode`: codes `[B, T, Q]` (i64, rows padded at the
/// end with -1) -> one waveform per row, `count(code_0 > -1) * samples_per_frame` samples long,
/// decoded with the reference's 300/25 chunking.
pub fn decode_padded_batch(decoder: &Decoder, codes: &Tensor) -> Result<Vec<Vec<f32>>> {
    let (b, t, _) = codes.dims3()?;
    let codes = codes.to_dtype(DType::I64)?;
    let valid: Vec<i64> =
        codes.narrow(2, 0, 1)?.ge(0i64)?.to_dtype(DType::I64)?.sum((1, 2))?.to_vec1()?;
    let codes = codes.maximum(0i64)?.transpose(1, 2)?.contiguous()?;
    let wav = chunked_decode(decoder, &codes, REFERENCE_CHUNK, REFERENCE_CONTEXT)?;
    let spf = decoder.samples_per_frame();
    (0..b)
        .map(|row| {
            let keep = (valid[row] as usize).min(t) * spf;
            wav.get(row)?.narrow(0, 0, keep)?.to_dtype(DType::F32)?.to_vec1()
        })
        .collect()
}

/// `chunked_decode`: fresh full passes over `[start - ctx, end)` with `ctx` frames of output
/// dropped. codes `[B, Q, T]` -> `[B, T * samples_per_frame]`.
pub fn chunked_decode(
    decoder: &Decoder,
    codes: &Tensor,
    chunk: usize,
    context: usize,
) -> Result<Tensor> {
    let t = codes.dim(2)?;
    let spf = decoder.samples_per_frame();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < t {
        let end = (start + chunk).min(t);
        let ctx = if start > context { context } else { start };
        let wav = decoder.forward(&codes.narrow(2, start - ctx, end - start + ctx)?)?;
        pieces.push(wav.narrow(1, ctx * spf, (end - start) * spf)?);
        start = end;
    }
    if pieces.is_empty() {
        // The reference crashes on T = 0; an empty waveform is the sensible answer.
        return Tensor::zeros((codes.dim(0)?, 0), decoder.dtype(), codes.device());
    }
    Tensor::cat(&pieces, 1)
}
