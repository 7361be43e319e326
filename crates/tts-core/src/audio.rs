//! Audio I/O used across the engine: WAV read/write (16-bit PCM and 32-bit float) with `hound`,
//! sample-rate conversion with `rubato`, and PCM byte encoding for raw streaming.
//!
//! The model side works on mono f32 at the codec's rate (24 kHz); reference audio in any WAV
//! format, channel count and rate is brought there by [`read_wav_mono`] + [`resample`].

use std::io::{Seek, Write};
use std::path::Path;

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

/// Sample rate of the Qwen3-TTS codec.
pub const SAMPLE_RATE: u32 = 24_000;

/// Sample rates audio may come in and be converted between. Beyond them a short file turns
/// into an enormous resampled one (1 Hz to 24 kHz multiplies the samples by 24000: a 16 MiB
/// upload would need hundreds of GB) or into no audio at all.
pub const SAMPLE_RATES: std::ops::RangeInclusive<u32> = 4_000..=384_000;

/// The largest float sample a WAV may hold: 1 is full scale; a little over is a clipped
/// master, far over a broken file.
const MAX_FLOAT_SAMPLE: f32 = 16.0;
/// The largest magnitude [`resample`] takes: far beyond audio, far below what overflows its
/// FFT sums.
const MAX_RESAMPLED: f32 = 1e6;

#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error(
        "cannot read audio {path}: {msg}; expected a WAV file (PCM 8/16/24/32-bit or 32-bit float)"
    )]
    Read { path: String, msg: String },
    #[error("audio {0} holds no samples")]
    Empty(String),
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

/// Reads a WAV file of any channel count and sample format as mono f32 (the mean of the
/// channels, as the reference's `librosa.load(mono=True)` does).
pub fn read_wav_mono(path: &Path) -> Result<Audio, AudioError> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path)
        .map_err(|e| AudioError::Read { path: shown.clone(), msg: e.to_string() })?;
    read_wav_mono_from(std::io::BufReader::new(file), &shown)
}

/// [`read_wav_mono`] from WAV bytes in memory (an upload, a base64 data URL); `name` names the
/// source in errors.
pub fn read_wav_mono_bytes(bytes: &[u8], name: &str) -> Result<Audio, AudioError> {
    read_wav_mono_from(std::io::Cursor::new(bytes), name)
}

fn read_wav_mono_from<R: std::io::Read>(input: R, shown: &str) -> Result<Audio, AudioError> {
    let err = |msg: String| AudioError::Read { path: shown.to_string(), msg };
    let reader = hound::WavReader::new(input).map_err(|e| err(e.to_string()))?;
    let spec = reader.spec();
    if !SAMPLE_RATES.contains(&spec.sample_rate) {
        return Err(err(format!(
            "the sample rate is {} Hz; valid: {}..={} Hz",
            spec.sample_rate,
            SAMPLE_RATES.start(),
            SAMPLE_RATES.end()
        )));
    }
    let channels = spec.channels.max(1) as usize;
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader
            .into_samples::<f32>()
            .collect::<Result<_, _>>()
            .map_err(|e| err(e.to_string()))?,
        hound::SampleFormat::Int => {
            // Full-scale of a signed `bits`-bit integer, as soundfile/librosa normalise.
            let scale = (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            let ints: Vec<i32> = reader
                .into_samples::<i32>()
                .collect::<Result<_, _>>()
                .map_err(|e| err(e.to_string()))?;
            ints.into_iter().map(|s| s as f32 / scale).collect()
        }
    };
    if interleaved.is_empty() {
        return Err(AudioError::Empty(shown.to_string()));
    }
    // Float samples are nominally in [-1, 1]; NaN, infinities or absurd magnitudes are a broken
    // file (and overflow the resampler's FFT).
    if let Some(i) = interleaved.iter().position(|x| !x.is_finite() || x.abs() > MAX_FLOAT_SAMPLE) {
        return Err(err(format!(
            "sample {i} is {}; float samples must be within [-{MAX_FLOAT_SAMPLE}, {MAX_FLOAT_SAMPLE}]",
            interleaved[i]
        )));
    }
    let samples = interleaved
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect();
    Ok(Audio { samples, sample_rate: spec.sample_rate })
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

/// Converts a whole clip from `from` Hz to `to` Hz (FFT resampler; the startup delay is trimmed so
/// the output lines up with the input).
pub fn resample(samples: &[f32], from: u32, to: u32) -> Result<Vec<f32>, AudioError> {
    if from == to || samples.is_empty() {
        return Ok(samples.to_vec());
    }
    let rerr = |msg: String| AudioError::Resample { from, to, msg };
    if !SAMPLE_RATES.contains(&from) || !SAMPLE_RATES.contains(&to) {
        let (lo, hi) = (SAMPLE_RATES.start(), SAMPLE_RATES.end());
        return Err(rerr(format!("sample rates must be in {lo}..={hi} Hz")));
    }
    // The FFT resampler panics on NaN or infinite values (its own sums overflow to them from
    // huge samples) instead of returning an error.
    if let Some(i) = samples.iter().position(|x| !x.is_finite() || x.abs() > MAX_RESAMPLED) {
        return Err(rerr(format!(
            "sample {i} is {}; samples must be finite and within ±{MAX_RESAMPLED:e}",
            samples[i]
        )));
    }
    let mut resampler = Fft::<f32>::new(from as usize, to as usize, 1024, 1, FixedSync::Both)
        .map_err(|e| rerr(e.to_string()))?;
    let input =
        InterleavedSlice::new(samples, 1, samples.len()).map_err(|e| rerr(e.to_string()))?;
    let output =
        resampler.process_all(&input, samples.len(), None).map_err(|e| rerr(e.to_string()))?;
    Ok(output.take_data())
}

/// Reads a WAV file as mono f32 at `rate` Hz.
pub fn read_wav_at(path: &Path, rate: u32) -> Result<Audio, AudioError> {
    let audio = read_wav_mono(path)?;
    let samples = resample(&audio.samples, audio.sample_rate, rate)?;
    Ok(Audio { samples, sample_rate: rate })
}
