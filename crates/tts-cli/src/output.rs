//! Where synthesized audio goes: a WAV file written as chunks arrive, or raw PCM on stdout.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use tts_core::SampleFormat;
use tts_core::audio::{pcm_bytes, pcm16};

pub enum AudioOut {
    Wav { writer: hound::WavWriter<BufWriter<File>>, format: SampleFormat },
    Raw { out: std::io::Stdout, format: SampleFormat },
}

impl AudioOut {
    /// `-` means raw little-endian PCM on stdout.
    pub fn create(path: &Path, sample_rate: u32, format: SampleFormat) -> anyhow::Result<Self> {
        if path.as_os_str() == "-" {
            return Ok(Self::Raw { out: std::io::stdout(), format });
        }
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate,
            bits_per_sample: if format == SampleFormat::Pcm16 { 16 } else { 32 },
            sample_format: if format == SampleFormat::Pcm16 {
                hound::SampleFormat::Int
            } else {
                hound::SampleFormat::Float
            },
        };
        let writer = hound::WavWriter::create(path, spec)
            .with_context(|| format!("cannot create {}", path.display()))?;
        Ok(Self::Wav { writer, format })
    }

    pub fn write(&mut self, samples: &[f32]) -> anyhow::Result<()> {
        match self {
            Self::Wav { writer, format: SampleFormat::Pcm16 } => {
                for &s in samples {
                    writer.write_sample(pcm16(s))?;
                }
            }
            Self::Wav { writer, format: SampleFormat::Float32 } => {
                for &s in samples {
                    writer.write_sample(s)?;
                }
            }
            Self::Raw { out, format } => out.lock().write_all(&pcm_bytes(samples, *format))?,
        }
        Ok(())
    }

    /// Pushes what was written so far to the destination (a player reading stdout hears it).
    pub fn flush(&mut self) -> anyhow::Result<()> {
        match self {
            Self::Wav { writer, .. } => writer.flush()?,
            Self::Raw { out, .. } => out.lock().flush()?,
        }
        Ok(())
    }

    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Self::Wav { writer, .. } => writer.finalize()?,
            Self::Raw { mut out, .. } => out.flush()?,
        }
        Ok(())
    }
}
