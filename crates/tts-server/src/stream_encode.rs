//! Audio encodings that stream: each chunk of the engine's audio becomes bytes at once. The
//! samples are resampled to the response's rate first ([`StreamResampler`]: the pieces equal the
//! whole clip resampled), then written as 16-bit PCM (`pcm`, `wav`), G.711 µ-law or A-law at
//! 8 kHz (`ulaw`, `alaw`), or Ogg Opus (`opus`, RFC 7845: 20 ms packets, one Ogg page per chunk,
//! the encoder's delay in the header's pre-skip and the true length in the last granule
//! position, so decoders give back exactly the samples sent).

use audiopus::coder::Encoder as OpusEncoder;
use audiopus::{Application, Bitrate, Channels, SampleRate};
use ogg::writing::{PacketWriteEndInfo, PacketWriter};
use tts_core::audio::g711;
use tts_core::audio::{StreamResampler, pcm16};

use crate::speech::AudioFormat;

/// Rates an Opus stream may carry (the codec's own).
pub const OPUS_RATES: [u32; 5] = [8_000, 12_000, 16_000, 24_000, 48_000];

/// Ogg stream serial of every Opus response (one logical stream per response).
const OGG_SERIAL: u32 = 0x5154_5453;

/// Bit rate of the Opus encoder: 64 kbit/s, transparent for mono speech.
const OPUS_BITRATE: i32 = 64_000;

/// One response's encoder.
pub struct StreamEncoder {
    resampler: StreamResampler,
    codec: Codec,
    rate: u32,
}

enum Codec {
    Pcm16,
    /// The header says "length unknown" (streamed).
    Wav,
    Ulaw,
    Alaw,
    Opus(Box<OggOpus>),
}

impl StreamEncoder {
    /// An encoder of `format` at `rate` Hz for audio at `from` Hz. Formats sent whole only
    /// (flac, mp3) have none.
    pub fn new(format: AudioFormat, from: u32, rate: u32) -> Result<Self, String> {
        let codec = match format {
            AudioFormat::Pcm => Codec::Pcm16,
            AudioFormat::Wav => Codec::Wav,
            AudioFormat::Ulaw => Codec::Ulaw,
            AudioFormat::Alaw => Codec::Alaw,
            AudioFormat::Opus => Codec::Opus(Box::new(OggOpus::new(rate)?)),
            AudioFormat::Flac | AudioFormat::Mp3 => {
                return Err(format!("{} is not a streamed encoding", format.name()));
            }
        };
        let resampler = StreamResampler::new(from, rate).map_err(|e| e.to_string())?;
        Ok(Self { resampler, codec, rate })
    }

    /// The bytes that open the stream: the WAV header, the Ogg Opus header pages.
    pub fn start(&mut self) -> Result<Vec<u8>, String> {
        Ok(match &mut self.codec {
            Codec::Wav => {
                tts_core::audio::wav_header(self.rate, tts_core::SampleFormat::Pcm16, None)
            }
            Codec::Opus(opus) => opus.headers()?,
            Codec::Pcm16 | Codec::Ulaw | Codec::Alaw => Vec::new(),
        })
    }

    /// The bytes of the next chunk of samples (at the engine's rate).
    pub fn push(&mut self, samples: &[f32]) -> Result<Vec<u8>, String> {
        let samples = self.resampler.push(samples).map_err(|e| e.to_string())?;
        self.encode(&samples, false)
    }

    /// The bytes that end the stream (the resampler's tail, Opus's last page).
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        let resampler = std::mem::replace(
            &mut self.resampler,
            StreamResampler::new(self.rate, self.rate).map_err(|e| e.to_string())?,
        );
        let tail = resampler.finish().map_err(|e| e.to_string())?;
        self.encode(&tail, true)
    }

    fn encode(&mut self, samples: &[f32], last: bool) -> Result<Vec<u8>, String> {
        let ints = samples.iter().map(|&s| pcm16(s));
        Ok(match &mut self.codec {
            Codec::Pcm16 | Codec::Wav => ints.flat_map(i16::to_le_bytes).collect(),
            Codec::Ulaw => ints.map(g711::ulaw).collect(),
            Codec::Alaw => ints.map(g711::alaw).collect(),
            Codec::Opus(opus) => opus.encode(samples, last)?,
        })
    }
}

/// An Opus encoder writing Ogg pages (RFC 7845).
struct OggOpus {
    encoder: OpusEncoder,
    rate: u32,
    /// Samples per 20 ms packet.
    frame: usize,
    /// The encoder's delay at 48 kHz (the header's pre-skip).
    pre_skip: u64,
    /// Samples waiting to fill a packet.
    pending: Vec<f32>,
    /// Samples taken so far (at `rate`).
    taken: u64,
    /// Samples encoded into packets so far, padding included.
    encoded: u64,
    writer: PacketWriter<'static, Vec<u8>>,
}

impl OggOpus {
    fn new(rate: u32) -> Result<Self, String> {
        let fail = |what: &str, e: audiopus::Error| format!("Opus {what}: {e}");
        let sample_rate = match rate {
            8_000 => SampleRate::Hz8000,
            12_000 => SampleRate::Hz12000,
            16_000 => SampleRate::Hz16000,
            24_000 => SampleRate::Hz24000,
            48_000 => SampleRate::Hz48000,
            _ => return Err(format!("Opus takes {OPUS_RATES:?} Hz, not {rate}")),
        };
        let mut encoder = OpusEncoder::new(sample_rate, Channels::Mono, Application::Audio)
            .map_err(|e| fail("encoder", e))?;
        encoder
            .set_bitrate(Bitrate::BitsPerSecond(OPUS_BITRATE))
            .map_err(|e| fail("bitrate", e))?;
        let lookahead = u64::from(encoder.lookahead().map_err(|e| fail("lookahead", e))?);
        Ok(Self {
            encoder,
            rate,
            frame: rate as usize / 50,
            pre_skip: lookahead * 48_000 / u64::from(rate),
            pending: Vec::new(),
            taken: 0,
            encoded: 0,
            writer: PacketWriter::new(Vec::new()),
        })
    }

    /// `samples` at `rate` counted at 48 kHz (granule positions count at 48 kHz).
    fn at_48k(&self, samples: u64) -> u64 {
        samples * 48_000 / u64::from(self.rate)
    }

    /// The identification header (`OpusHead`) and the comment header (`OpusTags`), a page each.
    fn headers(&mut self) -> Result<Vec<u8>, String> {
        let mut head = b"OpusHead".to_vec();
        head.push(1); // version
        head.push(1); // channels
        let pre_skip = u16::try_from(self.pre_skip).map_err(|e| e.to_string())?;
        head.extend_from_slice(&pre_skip.to_le_bytes());
        head.extend_from_slice(&self.rate.to_le_bytes()); // the input's rate, for information
        head.extend_from_slice(&0i16.to_le_bytes()); // output gain
        head.push(0); // channel mapping family 0: mono or stereo
        let vendor = concat!("qwen3-tts-rs ", env!("CARGO_PKG_VERSION"));
        let mut tags = b"OpusTags".to_vec();
        tags.extend_from_slice(&(vendor.len() as u32).to_le_bytes());
        tags.extend_from_slice(vendor.as_bytes());
        tags.extend_from_slice(&0u32.to_le_bytes()); // no user comments
        self.write(head, PacketWriteEndInfo::EndPage, 0)?;
        self.write(tags, PacketWriteEndInfo::EndPage, 0)?;
        Ok(self.take())
    }

    /// Encodes the full packets of `samples` (and at the end what is left, padded with
    /// silence until the encoder's delay is flushed) into one Ogg page.
    fn encode(&mut self, samples: &[f32], last: bool) -> Result<Vec<u8>, String> {
        self.pending.extend_from_slice(samples);
        self.taken += samples.len() as u64;
        if last {
            // Enough silence that the last real sample leaves the encoder's delay.
            let delay = (self.pre_skip * u64::from(self.rate)).div_ceil(48_000) as usize;
            let padded = (self.pending.len() + delay).div_ceil(self.frame).max(1) * self.frame;
            self.pending.resize(padded, 0.0);
        }
        let packets = self.pending.len() / self.frame;
        let mut out = vec![0u8; 4000];
        for k in 0..packets {
            let frame: Vec<f32> = self.pending.drain(..self.frame).collect();
            let n =
                self.encoder.encode_float(&frame, &mut out).map_err(|e| format!("Opus: {e}"))?;
            self.encoded += self.frame as u64;
            let end = match (k + 1 == packets, last) {
                (true, true) => PacketWriteEndInfo::EndStream,
                (true, false) => PacketWriteEndInfo::EndPage,
                _ => PacketWriteEndInfo::NormalPacket,
            };
            // A page's granule position counts every sample its packets decode to, the
            // encoder's delay (pre-skip) included; the last page's is the true end, so
            // decoders drop the padding.
            let granule = if last && k + 1 == packets {
                self.pre_skip + self.at_48k(self.taken)
            } else {
                self.at_48k(self.encoded)
            };
            self.write(out[..n].to_vec(), end, granule)?;
        }
        Ok(self.take())
    }

    fn write(
        &mut self,
        packet: Vec<u8>,
        end: PacketWriteEndInfo,
        granule: u64,
    ) -> Result<(), String> {
        self.writer.write_packet(packet, OGG_SERIAL, end, granule).map_err(|e| format!("Ogg: {e}"))
    }

    fn take(&mut self) -> Vec<u8> {
        std::mem::take(self.writer.inner_mut())
    }
}
