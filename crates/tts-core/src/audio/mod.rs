//! Audio I/O used across the engine: clips in (WAV, FLAC, OGG Vorbis, MP3 decoded by symphonia,
//! [`read_audio_mono`]), sample-rate conversion with libsoxr ([`resample`]), WAV out (16-bit PCM
//! and 32-bit float) with `hound`, and PCM byte encoding for raw streaming.
//!
//! The model side works on mono f32 at 24 kHz. Every place that takes a clip (CLI, server,
//! gRPC, Python, voice registration) reads it with [`read_audio_mono`] and converts it with
//! [`resample`], which reproduce the reference's `librosa.load(path, sr=None, mono=True)` and
//! `librosa.resample` (soxr_hq): WAV and FLAC give the reference's samples bit for bit.

mod decode;
pub mod g711;
mod resample;

use std::io::{Seek, Write};
use std::path::Path;

pub use decode::{MAX_CLIP_SECS, read_audio_mono, read_audio_mono_bytes};
pub use resample::{StreamResampler, read_audio_at, resample};

/// Sample rate of the Qwen3-TTS codec.
pub const SAMPLE_RATE: u32 = 24_000;

/// Sample rates audio may come in and be converted between. Below them a short file turns
/// into an enormous resampled one (1 Hz to 24 kHz multiplies the samples by 24000: a 16 MiB
/// upload would need hundreds of GB); above them nothing is audio. A 1 kHz clip is converted
/// as the reference converts it (no speech survives, but the result is defined).
pub const SAMPLE_RATES: std::ops::RangeInclusive<u32> = 1_000..=384_000;

/// The largest float sample a WAV may hold: 1 is full scale; a little over is a clipped
/// master, far over a broken file.
const MAX_FLOAT_SAMPLE: f32 = 16.0;
/// The largest magnitude [`resample`] takes: far beyond audio (NaN, infinities and such values
/// are a broken input, refused by name rather than passed on as noise).
const MAX_RESAMPLED: f32 = 1e6;

#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error(
        "cannot read audio {path}: {msg}; expected WAV (PCM 8/16/24/32-bit or float), FLAC, \
         OGG Vorbis or MP3"
    )]
    Read { path: String, msg: String },
    #[error(
        "audio {0} holds no samples (an empty file, or one cut short before its first whole frame)"
    )]
    Empty(String),
    #[error(
        "audio {path} is longer than {max_secs} s, the longest reference clip taken (setting \
         max_reference_secs)"
    )]
    TooLong { path: String, max_secs: f64 },
    #[error("cannot write audio: {0}")]
    Write(String),
    #[error("cannot resample from {from} Hz to {to} Hz: {msg}")]
    Resample { from: u32, to: u32, msg: String },
}

/// How samples are stored in a WAV file or a raw PCM stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SampleFormat {
    /// Signed 16-bit little-endian integers (the default: what players expect).
    #[default]
    Pcm16,
    /// IEEE 32-bit float little-endian.
    Float32,
}

impl std::str::FromStr for SampleFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pcm16" | "s16" | "i16" | "16" => Ok(Self::Pcm16),
            "f32" | "float" | "float32" | "32f" => Ok(Self::Float32),
            other => Err(format!("unknown sample format {other:?}; valid: pcm16, f32")),
        }
    }
}

/// Mono audio: samples in [-1, 1] and their rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Audio {
    pub samples: Vec<f32>,
    pub sample_rate: u32,
}

impl Audio {
    pub fn duration_secs(&self) -> f64 {
        self.samples.len() as f64 / self.sample_rate as f64
    }
}

/// Writes mono samples as a WAV file. Pcm16 clips to [-1, 1] and rounds to nearest.
pub fn write_wav<W: Write + Seek>(
    out: W,
    samples: &[f32],
    sample_rate: u32,
    format: SampleFormat,
) -> Result<(), AudioError> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate,
        bits_per_sample: match format {
            SampleFormat::Pcm16 => 16,
            SampleFormat::Float32 => 32,
        },
        sample_format: match format {
            SampleFormat::Pcm16 => hound::SampleFormat::Int,
            SampleFormat::Float32 => hound::SampleFormat::Float,
        },
    };
    let werr = |e: hound::Error| AudioError::Write(e.to_string());
    let mut writer = hound::WavWriter::new(out, spec).map_err(werr)?;
    for &s in samples {
        match format {
            SampleFormat::Pcm16 => writer.write_sample(pcm16(s)).map_err(werr)?,
            SampleFormat::Float32 => writer.write_sample(s).map_err(werr)?,
        }
    }
    writer.finalize().map_err(werr)
}

pub fn write_wav_file(
    path: &Path,
    samples: &[f32],
    sample_rate: u32,
    format: SampleFormat,
) -> Result<(), AudioError> {
    let file = std::fs::File::create(path)
        .map_err(|e| AudioError::Write(format!("{}: {e}", path.display())))?;
    write_wav(std::io::BufWriter::new(file), samples, sample_rate, format)
}

/// One sample as 16-bit PCM: clipped to [-1, 1], scaled by 32767, rounded to nearest.
pub fn pcm16(s: f32) -> i16 {
    // NaN maps to 0 (`as` saturates and sends NaN to 0).
    (s.clamp(-1.0, 1.0) * i16::MAX as f32).round() as i16
}

/// Little-endian PCM bytes of `samples`, for raw streaming (`-o -`).
pub fn pcm_bytes(samples: &[f32], format: SampleFormat) -> Vec<u8> {
    match format {
        SampleFormat::Pcm16 => samples.iter().flat_map(|&s| pcm16(s).to_le_bytes()).collect(),
        SampleFormat::Float32 => samples.iter().flat_map(|&s| s.to_le_bytes()).collect(),
    }
}

/// The 44-byte header of a mono WAV stream. `samples: None` writes the "unknown length" sizes
/// (0xFFFFFFFF) that streaming servers send before the audio exists; players read such a
/// stream to its end.
pub fn wav_header(sample_rate: u32, format: SampleFormat, samples: Option<usize>) -> Vec<u8> {
    let (bits, tag): (u16, u16) = match format {
        SampleFormat::Pcm16 => (16, 1),
        SampleFormat::Float32 => (32, 3),
    };
    let block = bits / 8;
    let (riff, data) = match samples.map(|n| u32::try_from(n * block as usize)) {
        Some(Ok(bytes)) if bytes <= u32::MAX - 36 => (bytes + 36, bytes),
        _ => (u32::MAX, u32::MAX),
    };
    let mut h = Vec::with_capacity(44);
    h.extend_from_slice(b"RIFF");
    h.extend_from_slice(&riff.to_le_bytes());
    h.extend_from_slice(b"WAVEfmt ");
    h.extend_from_slice(&16u32.to_le_bytes());
    h.extend_from_slice(&tag.to_le_bytes());
    h.extend_from_slice(&1u16.to_le_bytes());
    h.extend_from_slice(&sample_rate.to_le_bytes());
    h.extend_from_slice(&(sample_rate * block as u32).to_le_bytes());
    h.extend_from_slice(&block.to_le_bytes());
    h.extend_from_slice(&bits.to_le_bytes());
    h.extend_from_slice(b"data");
    h.extend_from_slice(&data.to_le_bytes());
    h
}

/// Changes the tempo of a whole clip by `speed` (2.0: twice as fast, half as long) without
/// changing its pitch: WSOLA (waveform-similarity overlap-add). Output frames of 20 ms overlap
/// by half under a Hann window (which sums to one); each is taken near its nominal input
/// position `speed` times further on, at the offset within ±10 ms whose waveform best continues
/// the previous frame, so periods line up and no phase jumps are heard.
pub fn time_stretch(samples: &[f32], sample_rate: u32, speed: f64) -> Vec<f32> {
    if speed == 1.0 || samples.is_empty() || !speed.is_finite() || speed <= 0.0 {
        return samples.to_vec();
    }
    let window = ((sample_rate as usize / 50) & !1).max(4);
    let hop = window / 2;
    let search = (sample_rate as usize / 100).max(1);
    let hann: Vec<f32> = (0..window)
        .map(|i| (0.5 - 0.5 * (2.0 * std::f64::consts::PI * i as f64 / window as f64).cos()) as f32)
        .collect();
    let out_len = (samples.len() as f64 / speed).round() as usize;
    let mut out = vec![0f32; out_len + window];
    // Reads past either end are silence.
    let at = |i: isize| -> f32 {
        if i >= 0 && (i as usize) < samples.len() { samples[i as usize] } else { 0.0 }
    };
    let mut previous: isize = 0;
    let frames = out_len.div_ceil(hop) + 1;
    for k in 0..frames {
        let nominal = (k as f64 * hop as f64 * speed).round() as isize;
        let start = if k == 0 {
            0
        } else {
            // What would follow the previous frame naturally, and the best match near the
            // nominal position.
            let natural = previous + hop as isize;
            let mut best = (f32::NEG_INFINITY, nominal);
            for delta in -(search as isize)..=search as isize {
                let candidate = nominal + delta;
                let score: f32 =
                    (0..window as isize).map(|i| at(candidate + i) * at(natural + i)).sum();
                if score > best.0 {
                    best = (score, candidate);
                }
            }
            best.1
        };
        let base = k * hop;
        for (i, w) in hann.iter().enumerate() {
            if let Some(o) = out.get_mut(base + i) {
                *o += w * at(start + i as isize);
            }
        }
        previous = start;
    }
    // The first half-frame had no left neighbour: undo its window ramp.
    for (o, w) in out.iter_mut().zip(&hann).take(hop) {
        if *w > 1e-3 {
            *o /= w;
        }
    }
    out.truncate(out_len);
    out
}
