//! Audio in: WAV, FLAC, MP3 and OGG files (uploads, reference audio, gRPC bytes) read and resampled as the engine
//! does for a clone reference, and codes files decoded by the engine.

use std::rc::Rc;

use runtime::AudioChunk;

use super::{dict, read, server::Engines, shared};
use crate::rng::Rng;
use crate::{Target, Verdict};

/// A small WAV of `n` samples per channel in memory.
fn encode_wav(spec: hound::WavSpec, n: usize) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    // Writing into memory cannot fail; an empty seed would only be a weaker seed.
    if let Ok(mut w) = hound::WavWriter::new(&mut out, spec) {
        for i in 0..n * spec.channels as usize {
            let x = ((i as f32) * 0.05).sin() * 0.5;
            let _ = match (spec.sample_format, spec.bits_per_sample) {
                (hound::SampleFormat::Float, _) => w.write_sample(x),
                (_, 8) => w.write_sample((x * 127.0) as i8),
                (_, 16) => w.write_sample((x * 32767.0) as i16),
                (_, bits) => w.write_sample((x * ((1i64 << (bits - 1)) - 1) as f32) as i32),
            };
        }
        let _ = w.finalize();
    }
    out.into_inner()
}

fn spec(channels: u16, sample_rate: u32, bits: u16, float: bool) -> hound::WavSpec {
    let sample_format = if float { hound::SampleFormat::Float } else { hound::SampleFormat::Int };
    hound::WavSpec { channels, sample_rate, bits_per_sample: bits, sample_format }
}

/// `read_audio_mono_bytes`, then the resampling to 24 kHz a clone reference goes through.
pub fn wav() -> anyhow::Result<Target> {
    let mut seeds = vec![
        encode_wav(spec(1, 24_000, 16, false), 200),
        encode_wav(spec(2, 16_000, 16, false), 100),
        encode_wav(spec(1, 44_100, 24, false), 100),
        encode_wav(spec(1, 48_000, 32, true), 100),
        encode_wav(spec(1, 8_000, 8, false), 100),
        encode_wav(spec(3, 22_050, 32, false), 50),
    ];
    // A real file's start: its header promises more data than the cut input has.
    let real = read(&shared("data/reference-audio/trevors-qwen3-tts-rs/voiceclone-icl.wav"))?;
    seeds.push(real[..real.len().min(4096)].to_vec());
    // The other containers every clip input takes (tests/fixtures/clips): FLAC, MP3, OGG Vorbis.
    let clips = test_support::fixtures_dir().join("clips");
    for name in ["clip_16000_mono_16bit.flac", "mp3_16000_mono.mp3", "ogg_16000_mono.ogg"] {
        let bytes = read(&clips.join(name))?;
        seeds.push(bytes[..bytes.len().min(8192)].to_vec());
    }
    Ok(Target {
        name: "wav",
        about: "tts_core::audio::read_audio_mono_bytes + resample to 24 kHz",
        seeds,
        dict: dict(&[
            "RIFF",
            "RIFX",
            "WAVE",
            "fmt ",
            "data",
            "LIST",
            "fact",
            "\u{1}\u{0}",
            "\u{3}\u{0}",
            "\u{fe}\u{ff}",
            "fLaC",
            "OggS",
            "ID3",
            "\u{ff}\u{fb}",
        ]),
        json: false,
        max_len: 8192,
        generate: Some(Box::new(random_wav)),
        run: Box::new(|input| {
            let audio = match tts_core::audio::read_audio_mono_bytes(
                input,
                "fuzz",
                tts_core::audio::MAX_CLIP_SECS,
            ) {
                Ok(a) => a,
                Err(_) => return Verdict::Refused,
            };
            tts_core::audio::resample(&audio.samples, audio.sample_rate, 24_000).into()
        }),
    })
}

/// A WAV with random header fields, written by hand: hound's writer refuses (or divides by)
/// some of the values a reader must survive.
fn random_wav(rng: &mut Rng) -> Vec<u8> {
    const RATES: &[u32] = &[
        0,
        1,
        2,
        100,
        8_000,
        11_025,
        16_000,
        23_999,
        24_000,
        24_001,
        44_100,
        96_000,
        192_000,
        384_000,
        1_000_000,
        u32::MAX,
    ];
    let rate = RATES[rng.below(RATES.len())];
    let channels = [0u16, 1, 2, 3, 8, 18, u16::MAX][rng.below(7)];
    let bits = [0u16, 1, 8, 12, 16, 24, 32, 64][rng.below(8)];
    let format = [1u16, 3, 0xfffe, 0][rng.below(4)];
    let data_len = rng.small(600);
    let block_align = (u32::from(channels) * u32::from(bits)).div_ceil(8) as u16;
    let mut fmt = Vec::new();
    fmt.extend_from_slice(&format.to_le_bytes());
    fmt.extend_from_slice(&channels.to_le_bytes());
    fmt.extend_from_slice(&rate.to_le_bytes());
    fmt.extend_from_slice(&rate.wrapping_mul(u32::from(block_align)).to_le_bytes());
    fmt.extend_from_slice(&block_align.to_le_bytes());
    fmt.extend_from_slice(&bits.to_le_bytes());
    if format == 0xfffe {
        // WAVE_FORMAT_EXTENSIBLE: valid bits, channel mask, sub-format GUID (PCM or float).
        fmt.extend_from_slice(&22u16.to_le_bytes());
        fmt.extend_from_slice(&bits.to_le_bytes());
        fmt.extend_from_slice(&0u32.to_le_bytes());
        fmt.push([1u8, 3][rng.below(2)]);
        fmt.extend_from_slice(&[0, 0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xaa, 0, 0x38, 0x9b, 0x71]);
    }
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&((4 + 8 + fmt.len() + 8 + data_len) as u32).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&(fmt.len() as u32).to_le_bytes());
    out.extend_from_slice(&fmt);
    out.extend_from_slice(b"data");
    let claimed = if rng.chance(4) { u32::MAX } else { data_len as u32 };
    out.extend_from_slice(&claimed.to_le_bytes());
    out.extend((0..data_len).map(|_| rng.next_u64() as u8));
    out
}

/// `tts-cli decode`: the codes file, then the engine's decode (frame width and codebook range
/// are checked there), on the tiny CustomVoice fixture.
pub fn codes_json(engines: &Rc<Engines>) -> anyhow::Result<Target> {
    // The fixture codec: 4 code groups, 64 codes each.
    let frame = |base: u32| -> Vec<u32> { (0..4).map(|g| (base + g * 7) % 64).collect() };
    let frames: Vec<Vec<u32>> = (0..3).map(|i| frame(i * 100)).collect();
    let seeds = vec![
        serde_json::to_vec(&frames)?,
        serde_json::to_vec(&frames[..1])?,
        b"[]".to_vec(),
        b"[[]]".to_vec(),
    ];
    let engines = engines.clone();
    Ok(Target {
        name: "codes-json",
        about: "tts_core::codes::from_json + runtime::Engine::decode (tiny fixture codec)",
        seeds,
        dict: dict(&["63", "64", "65535", "-1", "0", "[", "]", ",", "[]", "[[0]]", "4294967295"]),
        json: true,
        max_len: 4096,
        generate: None,
        run: Box::new(move |input| {
            let text = String::from_utf8_lossy(input);
            let Ok(frames) = tts_core::codes::from_json(&text) else { return Verdict::Refused };
            // Decoding is the slow part; a few frames reach every check it makes.
            let frames = &frames[..frames.len().min(4)];
            let mut sink = |_: AudioChunk| Ok(());
            engines.custom_voice().decode(frames, 80, &mut sink).into()
        }),
    })
}
