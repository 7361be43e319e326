//! Compressed encodings of a whole response: FLAC (lossless, 16-bit) with `flacenc`, MP3 with
//! LAME (`mp3lame-encoder`). WAV and raw PCM need no encoder.

use flacenc::component::BitRepr;
use flacenc::error::Verify;
use tts_core::audio::pcm16;

/// 16-bit FLAC of mono `samples` at `rate`: the same integer samples as the `wav` format.
pub fn flac(samples: &[f32], rate: u32) -> Result<Vec<u8>, String> {
    let ints: Vec<i32> = samples.iter().map(|&s| pcm16(s) as i32).collect();
    let config = flacenc::config::Encoder::default()
        .into_verified()
        .map_err(|(_, e)| format!("FLAC encoder settings: {e:?}"))?;
    let source = flacenc::source::MemSource::from_samples(&ints, 1, 16, rate as usize);
    let stream = flacenc::encode_with_fixed_block_size(&config, source, config.block_size)
        .map_err(|e| format!("FLAC encoding failed: {e:?}"))?;
    let mut sink = flacenc::bitsink::ByteSink::new();
    stream.write(&mut sink).map_err(|e| format!("FLAC encoding failed: {e:?}"))?;
    Ok(sink.as_slice().to_vec())
}

/// MP3 (MPEG-2 layer III at 24 kHz, 64 kbit/s mono) of `samples` at `rate`.
pub fn mp3(samples: &[f32], rate: u32) -> Result<Vec<u8>, String> {
    use mp3lame_encoder::{Bitrate, Builder, FlushGap, MonoPcm, Quality};
    let fail = |what: &str, e: &dyn std::fmt::Debug| format!("MP3 {what}: {e:?}");
    let mut builder = Builder::new().ok_or("cannot start the MP3 encoder")?;
    builder.set_num_channels(1).map_err(|e| fail("channels", &e))?;
    builder.set_sample_rate(rate).map_err(|e| fail("sample rate", &e))?;
    builder.set_brate(Bitrate::Kbps64).map_err(|e| fail("bitrate", &e))?;
    builder.set_quality(Quality::Good).map_err(|e| fail("quality", &e))?;
    let mut encoder = builder.build().map_err(|e| fail("settings", &e))?;
    let ints: Vec<i16> = samples.iter().map(|&s| pcm16(s)).collect();
    let mut out = Vec::with_capacity(mp3lame_encoder::max_required_buffer_size(ints.len()));
    encoder.encode_to_vec(MonoPcm(&ints), &mut out).map_err(|e| fail("encoding", &e))?;
    // The last frames: LAME's flush writes at most 7200 bytes.
    out.reserve(7200);
    encoder.flush_to_vec::<FlushGap>(&mut out).map_err(|e| fail("encoding", &e))?;
    Ok(out)
}
