//! G.711 companding (ITU-T Recommendation G.711, 1988): 16-bit linear PCM to 8-bit µ-law (North
//! America, Japan) and A-law (Europe, international), the telephone network's audio at 8 kHz,
//! by `audio-codec-algorithms` (the ITU's G.191 reference tables). The tests below check the
//! Recommendation's code points; the decoders of the server's format tests are independent
//! (libsndfile).

/// µ-law code of one 16-bit sample.
pub fn ulaw(sample: i16) -> u8 {
    audio_codec_algorithms::encode_ulaw(sample)
}

/// A-law code of one 16-bit sample.
pub fn alaw(sample: i16) -> u8 {
    audio_codec_algorithms::encode_alaw(sample)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recommendations_code_points() {
        // Silence: µ-law 0xFF (positive zero), A-law 0xD5.
        assert_eq!((ulaw(0), alaw(0)), (0xFF, 0xD5));
        // Full scale: µ-law 0x80 / 0x00, A-law 0xAA / 0x2A (segment 7, step 15).
        assert_eq!((ulaw(i16::MAX), ulaw(i16::MIN)), (0x80, 0x00));
        assert_eq!((alaw(i16::MAX), alaw(i16::MIN)), (0xAA, 0x2A));
        // µ-law: magnitudes 0..=3 and -1..=-4 (with the bias) stay in the lowest step.
        assert_eq!((ulaw(3), ulaw(-1)), (0xFF, 0x7F));
        // A-law: the first step covers 0..16 of the 16-bit scale.
        assert_eq!((alaw(15), alaw(16)), (0xD5, 0xD4));
    }

    #[test]
    fn codes_grow_with_the_magnitude() {
        // Larger magnitudes never get a smaller (uninverted) code.
        let mut last = (0u8, 0u8);
        for s in (0..=i16::MAX).step_by(7) {
            let (u, a) = (!ulaw(s) & 0x7F, (alaw(s) ^ 0xD5) & 0x7F);
            assert!(u >= last.0 && a >= last.1, "{s}");
            last = (u, a);
        }
        assert_eq!(last, (0x7F, 0x7F));
    }
}
