//! Reading a clip the way the reference does: `librosa.load(path, sr=None, mono=True)`
//! (soundfile over libsndfile) decodes WAV (PCM 8/16/24/32-bit, 32/64-bit float), FLAC, OGG
//! Vorbis and MP3 to float32 at the file's own rate and averages the channels. Decoding here is
//! symphonia's; integer samples become floats as libsndfile makes them (`v / 2^(bits-1)`, 8-bit
//! WAV unsigned around 128), so WAV and FLAC read back sample for sample as the reference reads
//! them. Lossy formats decode within their decoders' rounding of each other (tests/audio_formats).

use std::io::Cursor;
use std::panic::AssertUnwindSafe;
use std::path::Path;

use symphonia::core::audio::AudioBufferRef;
use symphonia::core::codecs::{CODEC_TYPE_NULL, CODEC_TYPE_VORBIS, DecoderOptions};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::{MediaSource, MediaSourceStream};
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

use super::{Audio, AudioError, MAX_FLOAT_SAMPLE, SAMPLE_RATES};

/// The longest clip read by default, in seconds (the `max_secs` of [`read_audio_mono`]).
/// Reference clips for cloning run seconds; a clip of many minutes is an upload mistake that
/// would cost memory here and an enormous prompt in in-context cloning.
pub const MAX_CLIP_SECS: f64 = 300.0;

/// Reads an audio file (WAV, FLAC, OGG Vorbis, MP3) as mono f32 at its own rate: the mean of
/// its channels, as the reference's `librosa.load(path, sr=None, mono=True)`. Clips longer than
/// `max_secs` seconds are refused.
pub fn read_audio_mono(path: &Path, max_secs: f64) -> Result<Audio, AudioError> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path)
        .map_err(|e| AudioError::Read { path: shown.clone(), msg: e.to_string() })?;
    let mut hint = Hint::new();
    if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
        hint.with_extension(ext);
    }
    decode(Box::new(file), hint, &shown, max_secs)
}

/// [`read_audio_mono`] from the bytes of a file in memory (an upload, base64 audio); `name`
/// names the source in errors. The format is told from the bytes.
pub fn read_audio_mono_bytes(bytes: &[u8], name: &str, max_secs: f64) -> Result<Audio, AudioError> {
    decode(Box::new(Cursor::new(bytes.to_vec())), Hint::new(), name, max_secs)
}

/// [`decode_stream`], with a decoder panic turned into an error: symphonia panics on some
/// malformed headers (a sample rate of 0, impossible sample widths; found by tools/fuzz), and a
/// clip from a user must never take the process down.
fn decode(
    source: Box<dyn MediaSource>,
    hint: Hint,
    shown: &str,
    max_secs: f64,
) -> Result<Audio, AudioError> {
    let run = AssertUnwindSafe(|| decode_stream(source, hint, shown, max_secs));
    std::panic::catch_unwind(run).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(AudioError::Read {
            path: shown.to_string(),
            msg: format!("malformed audio (the decoder gave up: {why})"),
        })
    })
}

fn decode_stream(
    source: Box<dyn MediaSource>,
    hint: Hint,
    shown: &str,
    max_secs: f64,
) -> Result<Audio, AudioError> {
    let err = |msg: String| AudioError::Read { path: shown.to_string(), msg };
    let stream = MediaSourceStream::new(source, Default::default());
    // Gapless: MP3 encoder delay and padding are dropped, as libsndfile's mpg123 does.
    let format_options = FormatOptions { enable_gapless: true, ..FormatOptions::default() };
    let probed = symphonia::default::get_probe()
        .format(&hint, stream, &format_options, &MetadataOptions::default())
        .map_err(|e| err(format!("not a known audio format ({e})")))?;
    let mut reader = probed.format;
    let track = reader
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or_else(|| err("the file holds no audio track".into()))?;
    let track_id = track.id;
    let params = track.codec_params.clone();
    let rate = params.sample_rate.ok_or_else(|| err("the file names no sample rate".into()))?;
    if !SAMPLE_RATES.contains(&rate) {
        return Err(err(format!(
            "the sample rate is {rate} Hz; valid: {}..={} Hz",
            SAMPLE_RATES.start(),
            SAMPLE_RATES.end()
        )));
    }
    // symphonia's Vorbis decoder is off by up to 0.1 of full scale on 6-channel streams at
    // 44.1 and 48 kHz (libvorbis: the original within 0.04), exact to 1e-7 on one or two.
    let channels = params.channels.map_or(0, |c| c.count());
    if params.codec == CODEC_TYPE_VORBIS && channels > 2 {
        return Err(err(format!(
            "OGG Vorbis with {channels} channels is not supported (1 or 2 are); convert the clip \
             to WAV or FLAC"
        )));
    }
    let mut decoder = symphonia::default::get_codecs()
        .make(&params, &DecoderOptions::default())
        .map_err(|e| err(format!("unsupported codec ({e})")))?;
    let max_frames = (max_secs.max(0.0) * f64::from(rate)).floor() as usize;
    let mut mono = Vec::new();
    loop {
        let packet = match reader.next_packet() {
            Ok(p) => p,
            // The end of the data, or a file cut short: what came before is the clip (libsndfile
            // reads a truncated file, or a WAV whose header claims more, up to where it ends).
            Err(SymphoniaError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                break;
            }
            Err(e) => return Err(err(format!("cannot read the stream ({e})"))),
        };
        if packet.track_id() != track_id {
            continue;
        }
        match decoder.decode(&packet) {
            Ok(buffer) => downmix_into(&buffer, &mut mono).map_err(err)?,
            // A damaged packet (a cut-off last frame): skipped, as the players and libsndfile's
            // decoders skip it.
            Err(SymphoniaError::DecodeError(_)) => continue,
            Err(SymphoniaError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                break;
            }
            Err(e) => return Err(err(format!("cannot decode the audio ({e})"))),
        }
        if mono.len() > max_frames {
            return Err(AudioError::TooLong { path: shown.to_string(), max_secs });
        }
    }
    // The container's own frame count ends the clip where the decoder's last packet runs over
    // (OGG Vorbis: the final page's granule position, which libvorbis honours and symphonia
    // leaves to the caller); a count beyond the data (a WAV header that claims more) cuts nothing.
    if let Some(frames) = params.n_frames.and_then(|n| usize::try_from(n).ok()) {
        mono.truncate(frames);
    }
    if mono.is_empty() {
        return Err(AudioError::Empty(shown.to_string()));
    }
    Ok(Audio { samples: mono, sample_rate: rate })
}

/// Appends the mean of `buffer`'s channels per frame. Integer samples scale as libsndfile's
/// float reads: `v / 2^(bits-1)` (symphonia left-aligns FLAC and WAV integers in their type,
/// which the same power-of-two scale of the container type undoes exactly).
fn downmix_into(buffer: &AudioBufferRef<'_>, out: &mut Vec<f32>) -> Result<(), String> {
    let start = out.len();
    match buffer {
        AudioBufferRef::U8(b) => mix(b.planes().planes(), out, |v| (f32::from(*v) - 128.0) / 128.0),
        AudioBufferRef::S8(b) => mix(b.planes().planes(), out, |v| f32::from(*v) / 128.0),
        AudioBufferRef::S16(b) => mix(b.planes().planes(), out, |v| f32::from(*v) / 32_768.0),
        AudioBufferRef::S24(b) => mix(b.planes().planes(), out, |v| v.inner() as f32 / 8_388_608.0),
        AudioBufferRef::S32(b) => mix(b.planes().planes(), out, |v| *v as f32 / 2_147_483_648.0),
        AudioBufferRef::F32(b) => mix(b.planes().planes(), out, |v| *v),
        AudioBufferRef::F64(b) => mix(b.planes().planes(), out, |v| *v as f32),
        _ => return Err("unsupported sample format (unsigned 16/24/32-bit)".into()),
    }
    // Float files may hold anything; NaN, infinities or absurd magnitudes are a broken file.
    if let Some(i) = out[start..].iter().position(|x| !x.is_finite() || x.abs() > MAX_FLOAT_SAMPLE)
    {
        return Err(format!(
            "sample {} is {}; float samples must be within [-{MAX_FLOAT_SAMPLE}, {MAX_FLOAT_SAMPLE}]",
            start + i,
            out[start + i]
        ));
    }
    Ok(())
}

/// The reference's `np.mean(y, axis=0)` over float32 channels: the channels summed in order,
/// then divided by their count, in float32.
fn mix<T>(planes: &[&[T]], out: &mut Vec<f32>, to_f32: impl Fn(&T) -> f32) {
    let Some(first) = planes.first() else { return };
    let count = planes.len() as f32;
    out.extend((0..first.len()).map(|i| {
        let sum = planes.iter().fold(0f32, |acc, p| acc + to_f32(&p[i]));
        if planes.len() == 1 { sum } else { sum / count }
    }));
}
