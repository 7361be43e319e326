//! WAV I/O and resampling, against first principles and the reference's own reading of a clip.

mod common;

use std::io::Cursor;

use candle_core::safetensors::MmapedSafetensors;
use tts_core::audio::{self, SampleFormat};

const MAX: f64 = audio::MAX_CLIP_SECS;

#[test]
fn wav_round_trips_in_both_formats() {
    let samples: Vec<f32> = (0..480).map(|i| (i as f32 * 0.05).sin() * 0.8).collect();
    for format in [SampleFormat::Pcm16, SampleFormat::Float32] {
        let mut bytes = Cursor::new(Vec::new());
        audio::write_wav(&mut bytes, &samples, 24_000, format).unwrap();
        let tmp = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(tmp.path(), bytes.into_inner()).unwrap();
        let back = audio::read_audio_mono(tmp.path(), MAX).unwrap();
        assert_eq!(back.sample_rate, 24_000);
        assert_eq!(back.samples.len(), samples.len());
        for (a, b) in back.samples.iter().zip(&samples) {
            // Written as round(x * 32767), read back / 32768: half a step of rounding plus the
            // scale difference |x| / 32768.
            let tol = match format {
                SampleFormat::Pcm16 => (0.5 + b.abs()) / 32768.0 + 1e-7,
                SampleFormat::Float32 => 0.0,
            };
            assert!((a - b).abs() <= tol, "{format:?}: {a} vs {b}");
        }
        let spec = hound::WavReader::open(tmp.path()).unwrap().spec();
        assert_eq!(spec.channels, 1);
        assert_eq!(spec.bits_per_sample, if format == SampleFormat::Pcm16 { 16 } else { 32 });
    }
}

#[test]
fn pcm_bytes_are_little_endian_and_clipped() {
    let bytes = audio::pcm_bytes(&[1.0, -1.0, 0.5, 2.0, f32::NAN], SampleFormat::Pcm16);
    let values: Vec<i16> = bytes.chunks(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect();
    assert_eq!(values, [32767, -32767, 16384, 32767, 0]);
    let bytes = audio::pcm_bytes(&[0.25], SampleFormat::Float32);
    assert_eq!(bytes, 0.25f32.to_le_bytes());
}

#[test]
fn reading_a_clip_matches_the_reference_loader() {
    // The speaker-encoder golden stores samples 24000..66000 of this clip as the reference read
    // them (soundfile via librosa, 16-bit PCM / 32768).
    let clip =
        common::shared_dir().join("data/reference-audio/trevors-qwen3-tts-rs/customvoice-ryan.wav");
    let ours = audio::read_audio_mono(&clip, MAX).unwrap();
    assert_eq!(ours.sample_rate, 24_000);
    let golden_path = common::fixtures_dir().join("speaker/speaker_encoder.safetensors");
    let st = unsafe { MmapedSafetensors::new(golden_path) }.unwrap();
    let golden: Vec<f32> = st.load("audio", &candle_core::Device::Cpu).unwrap().to_vec1().unwrap();
    assert_eq!(golden.len(), 42_000);
    assert_eq!(&ours.samples[24_000..66_000], golden.as_slice());
}

#[test]
fn resampling_keeps_a_tone() {
    // 440 Hz at 48 kHz -> 24 kHz: same tone, half the samples, aligned in time.
    let tone = |rate: f32, n: usize| -> Vec<f32> {
        (0..n).map(|i| (2.0 * std::f32::consts::PI * 440.0 * i as f32 / rate).sin() * 0.5).collect()
    };
    let input = tone(48_000.0, 48_000);
    let out = audio::resample(&input, 48_000, 24_000).unwrap();
    assert!((out.len() as i64 - 24_000).abs() <= 1, "{}", out.len());
    let expected = tone(24_000.0, out.len());
    let worst = out[1000..23_000]
        .iter()
        .zip(&expected[1000..23_000])
        .map(|(a, b)| (a - b).abs())
        .fold(0f32, f32::max);
    assert!(worst < 2e-3, "max deviation {worst}");
    // Identity when the rates agree.
    assert_eq!(audio::resample(&input[..10], 24_000, 24_000).unwrap(), &input[..10]);
}

#[test]
fn unreadable_audio_is_a_clear_error() {
    let tmp = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(tmp.path(), b"not a wav").unwrap();
    let err = audio::read_audio_mono(tmp.path(), MAX).unwrap_err().to_string();
    assert!(err.contains("WAV") && err.contains(&tmp.path().display().to_string()), "{err}");
    let err = "mp3".parse::<SampleFormat>().unwrap_err();
    assert!(err.contains("pcm16") && err.contains("f32"), "{err}");
}

#[test]
fn a_streamed_wav_header_reads_back_with_hound() {
    let samples: Vec<f32> = (0..300).map(|i| (i as f32 * 0.1).sin() * 0.5).collect();
    for format in [SampleFormat::Pcm16, SampleFormat::Float32] {
        // Known length: hound reads the samples back exactly as written.
        let mut bytes = audio::wav_header(24_000, format, Some(samples.len()));
        assert_eq!(bytes.len(), 44);
        bytes.extend(audio::pcm_bytes(&samples, format));
        let back = audio::read_audio_mono_bytes(&bytes, "stream", MAX).unwrap();
        assert_eq!((back.sample_rate, back.samples.len()), (24_000, samples.len()), "{format:?}");
        // The 16-bit header is byte for byte what hound writes for the same clip.
        if format == SampleFormat::Pcm16 {
            let mut written = Cursor::new(Vec::new());
            audio::write_wav(&mut written, &samples, 24_000, format).unwrap();
            assert_eq!(written.into_inner(), bytes);
        }
        // Unknown length (streaming): the RIFF and data sizes say "to the end of the stream".
        let open = audio::wav_header(24_000, format, None);
        assert_eq!(&open[4..8], &u32::MAX.to_le_bytes());
        assert_eq!(&open[40..44], &u32::MAX.to_le_bytes());
    }
}

#[test]
fn wav_bytes_in_memory_read_like_a_file() {
    let samples: Vec<f32> = (0..100).map(|i| i as f32 / 200.0).collect();
    let mut bytes = Cursor::new(Vec::new());
    audio::write_wav(&mut bytes, &samples, 16_000, SampleFormat::Float32).unwrap();
    let back = audio::read_audio_mono_bytes(bytes.get_ref(), "upload", MAX).unwrap();
    assert_eq!((back.sample_rate, back.samples), (16_000, samples));
    let err = audio::read_audio_mono_bytes(b"not a wav", "upload", MAX).unwrap_err().to_string();
    assert!(err.contains("upload") && err.contains("WAV"), "{err}");
}

/// Zero crossings per second of `x` (twice the frequency of a tone).
fn crossings_per_second(x: &[f32], rate: f32) -> f32 {
    let n = x.windows(2).filter(|w| (w[0] < 0.0) != (w[1] < 0.0)).count();
    n as f32 * rate / x.len() as f32
}

#[test]
fn time_stretch_keeps_the_pitch_and_scales_the_duration() {
    let rate = 24_000u32;
    // 1 s of a 220 Hz tone with a slow loudness swell.
    let tone: Vec<f32> = (0..rate as usize)
        .map(|i| {
            let t = i as f32 / rate as f32;
            (2.0 * std::f32::consts::PI * 220.0 * t).sin() * (0.3 + 0.2 * t)
        })
        .collect();
    for speed in [0.5, 0.8, 1.25, 2.0] {
        let out = audio::time_stretch(&tone, rate, speed);
        assert_eq!(out.len(), (tone.len() as f64 / speed).round() as usize, "speed {speed}");
        // Same pitch: 440 crossings per second, away from the ends.
        let middle = &out[out.len() / 10..out.len() * 9 / 10];
        let f = crossings_per_second(middle, rate as f32) / 2.0;
        assert!((f - 220.0).abs() < 2.0, "speed {speed}: {f} Hz");
        // No holes or doublings where frames join: the envelope stays within the tone's.
        let peak = middle.iter().fold(0f32, |m, x| m.max(x.abs()));
        assert!(peak <= 0.5 + 1e-3 && peak > 0.3, "speed {speed}: peak {peak}");
        for block in middle.chunks(480) {
            let local = block.iter().fold(0f32, |m, x| m.max(x.abs()));
            assert!(local > 0.25, "speed {speed}: a dip to {local}");
        }
    }
    assert_eq!(audio::time_stretch(&tone, rate, 1.0), tone);
}

/// A float WAV of `samples` at `rate`, written by hand: the samples and the rate go in as they
/// are.
fn float_wav(rate: u32, samples: &[f32]) -> Vec<u8> {
    let mut bytes = audio::wav_header(24_000, SampleFormat::Float32, Some(samples.len()));
    bytes[24..28].copy_from_slice(&rate.to_le_bytes());
    bytes[28..32].copy_from_slice(&rate.wrapping_mul(4).to_le_bytes());
    bytes.extend(samples.iter().flat_map(|s| s.to_le_bytes()));
    bytes
}

/// Found by the fuzz harness (tools/fuzz): a float WAV holding NaN, an infinity or a huge
/// value (1e38) panicked the resampler of the time (rubato's FFT unwraps on non-finite values),
/// and a 1 Hz rate asked the resampler for 24000 times the samples. Each is refused by name.
#[test]
fn broken_float_samples_and_absurd_rates_are_clear_errors() {
    for bad in [f32::NAN, f32::INFINITY, -1e38] {
        let bytes = float_wav(48_000, &[0.1, bad, 0.2]);
        let err = audio::read_audio_mono_bytes(&bytes, "upload", MAX).unwrap_err().to_string();
        assert!(err.contains("upload") && err.contains("sample 1 is"), "{bad}: {err}");
        let err = audio::resample(&[0.1, bad, 0.2], 48_000, 24_000).unwrap_err().to_string();
        assert!(err.contains("sample 1 is") && err.contains("48000 Hz"), "{bad}: {err}");
    }
    // A clipped master a little over full scale is still audio.
    let loud = audio::read_audio_mono_bytes(&float_wav(24_000, &[1.5, -1.2]), "loud", MAX).unwrap();
    assert_eq!(loud.samples, [1.5, -1.2]);
    for rate in [1, 999, 384_001, 1_000_000] {
        let err = audio::read_audio_mono_bytes(&float_wav(rate, &[0.0; 4]), "upload", MAX)
            .unwrap_err()
            .to_string();
        assert!(err.contains(&format!("sample rate is {rate} Hz")), "{err}");
    }
    for rate in [0, 1, 999, 384_001, u32::MAX] {
        let err = audio::resample(&[0.0; 4], rate, 24_000).unwrap_err().to_string();
        assert!(err.contains("1000..=384000"), "{err}");
    }
    assert_eq!(
        audio::read_audio_mono_bytes(&float_wav(1_000, &[0.5]), "low", MAX).unwrap().samples,
        [0.5]
    );
}

/// A committed reference clip (tests/fixtures/clips, tools/reference/clip_goldens.py).
fn clip(name: &str) -> std::path::PathBuf {
    common::fixtures_dir().join("clips").join(name)
}

/// A 16-bit mono WAV of `n` samples of a tone at `rate`, with `claimed` samples in its header.
fn pcm16_wav(rate: u32, n: usize, claimed: usize) -> Vec<u8> {
    let samples: Vec<f32> = (0..n).map(|i| (i as f32 * 0.01).sin() * 0.5).collect();
    let mut bytes = audio::wav_header(rate, SampleFormat::Pcm16, Some(claimed));
    bytes.extend(audio::pcm_bytes(&samples, SampleFormat::Pcm16));
    bytes
}

/// Clips users bring that are not speech at a common rate: each read as the reference reads it
/// or refused with a message that names the problem, never a panic.
#[test]
fn bad_clips_are_read_as_the_reference_or_refused_by_name() {
    // Empty: no file content, or a WAV with no samples.
    let err = audio::read_audio_mono_bytes(b"", "empty", MAX).unwrap_err().to_string();
    assert!(err.contains("cannot read audio empty"), "{err}");
    let err = audio::read_audio_mono_bytes(&pcm16_wav(16_000, 0, 0), "none", MAX)
        .unwrap_err()
        .to_string();
    assert!(err.contains("none holds no samples"), "{err}");
    // Long: past the limit (20 minutes against the default 300 s; a limit of its own).
    let long = pcm16_wav(1_000, 20 * 60 * 1_000, 20 * 60 * 1_000);
    let err = audio::read_audio_mono_bytes(&long, "long", MAX).unwrap_err().to_string();
    assert!(err.contains("longer than 300 s") && err.contains("max_reference_secs"), "{err}");
    assert_eq!(
        audio::read_audio_mono_bytes(&long, "long", 1200.0).unwrap().samples.len(),
        1_200_000
    );
    let err = audio::read_audio_mono_bytes(&long, "long", 1199.0).unwrap_err().to_string();
    assert!(err.contains("longer than 1199 s"), "{err}");
    // A header that claims more samples than the file holds: what is there (libsndfile too);
    // one that claims fewer: the samples it claims.
    let whole = audio::read_audio_mono_bytes(&pcm16_wav(16_000, 800, 800), "whole", MAX).unwrap();
    let more = audio::read_audio_mono_bytes(&pcm16_wav(16_000, 800, 100_000), "more", MAX).unwrap();
    assert_eq!(more, whole);
    let fewer = audio::read_audio_mono_bytes(&pcm16_wav(16_000, 800, 300), "fewer", MAX).unwrap();
    assert_eq!(fewer.samples, whole.samples[..300]);
    // Cut short: a WAV or an MP3 reads up to the cut, as the reference (libsndfile) reads it; a
    // FLAC cut inside its only frame has no audio (the reference fails to read it at all).
    for (name, cut_to) in [("clip_16000_mono_16bit.wav", 846), ("mp3_44100_stereo.mp3", 1199)] {
        let bytes = std::fs::read(clip(name)).unwrap();
        let full = audio::read_audio_mono_bytes(&bytes, name, MAX).unwrap().samples;
        let cut = audio::read_audio_mono_bytes(&bytes[..bytes.len() * 2 / 3], name, MAX).unwrap();
        assert_eq!(cut.samples.len(), cut_to, "{name}: the reference reads {cut_to} samples");
        let d = cut.samples.iter().zip(&full).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
        assert!(d < 1e-6, "{name}: the cut file's samples are the full one's ({d})");
    }
    let bytes = std::fs::read(clip("clip_48000_stereo_16bit.flac")).unwrap();
    let err = audio::read_audio_mono_bytes(&bytes[..bytes.len() * 2 / 3], "cut.flac", MAX)
        .unwrap_err()
        .to_string();
    assert!(err.contains("cut.flac holds no samples"), "{err}");
    // Six channels: their mean, as the reference (WAV, exact); Vorbis beyond two: refused.
    let err = audio::read_audio_mono(&clip("vorbis_six_16000.ogg"), MAX).unwrap_err().to_string();
    assert!(err.contains("6 channels is not supported") && err.contains("WAV or FLAC"), "{err}");
    // Not audio at all.
    let err = audio::read_audio_mono_bytes(b"RIFF\x04\0\0\0WAVEjunk", "junk", MAX)
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot read audio junk") && err.contains("FLAC"), "{err}");
}

#[test]
fn six_channels_read_as_their_mean_like_the_reference() {
    let st = unsafe { MmapedSafetensors::new(clip("formats.safetensors")) }.unwrap();
    let load =
        |n: &str| -> Vec<f32> { st.load(n, &candle_core::Device::Cpu).unwrap().to_vec1().unwrap() };
    let six = audio::read_audio_mono(&clip("six_16000.wav"), MAX).unwrap();
    assert_eq!(six.samples, load("six_16000_loaded"));
    assert_eq!(audio::resample(&six.samples, 16_000, 24_000).unwrap(), load("six_16000_24k"));
}

/// Found by the fuzz harness (tools/fuzz, `wav`): symphonia panics on some impossible WAV
/// headers (a sample rate of 0: "TimeBase cannot have 0 numerator"; a sample width past 32
/// bits: a shift overflow). The decoder's panic becomes an error naming the file.
#[test]
fn impossible_wav_headers_are_errors_not_panics() {
    let zero_rate = float_wav(0, &[0.1, 0.2]);
    let mut wide = pcm16_wav(16_000, 64, 64);
    wide[34..36].copy_from_slice(&200u16.to_le_bytes()); // bits per sample
    wide[32..34].copy_from_slice(&25u16.to_le_bytes()); // block align
    for (name, bytes) in [("zero-rate", zero_rate), ("wide", wide)] {
        let err = audio::read_audio_mono_bytes(&bytes, name, MAX).unwrap_err().to_string();
        assert!(err.contains(&format!("cannot read audio {name}")), "{err}");
    }
}

/// A stream resampled piece by piece (pieces of 1 to 3000 samples, as a server's chunks come)
/// is bit for bit the whole clip resampled at once, at every rate a response may ask for.
#[test]
fn a_streamed_resampling_equals_the_whole_one() {
    use tts_core::audio::{StreamResampler, resample};
    // Two seconds of a chirp with noise at 24 kHz (what the codec makes).
    let mut state = 7u64;
    let clip: Vec<f32> = (0..48_000)
        .map(|i| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let noise = ((state >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * 0.05;
            let t = i as f32 / 24_000.0;
            0.5 * (2.0 * std::f32::consts::PI * (200.0 + 900.0 * t) * t).sin() + noise
        })
        .collect();
    for to in [8_000, 16_000, 22_050, 24_000, 44_100, 48_000] {
        let whole = resample(&clip, 24_000, to).unwrap();
        let mut stream = StreamResampler::new(24_000, to).unwrap();
        let mut got = Vec::new();
        let mut at = 0;
        let mut k = 0usize;
        while at < clip.len() {
            k += 1;
            let n = (k * 7919 % 3000 + 1).min(clip.len() - at);
            got.extend(stream.push(&clip[at..at + n]).unwrap());
            at += n;
        }
        got.extend(stream.finish().unwrap());
        assert_eq!(got.len(), whole.len(), "{to} Hz");
        assert!(got == whole, "{to} Hz: the streamed samples differ from the whole resampling");
    }
}
