//! G.711 companding (ITU-T Recommendation G.711, 1988): 16-bit linear PCM to 8-bit µ-law (North
//! America, Japan) and A-law (Europe, international), the telephone network's audio at 8 kHz.
//! The segment and quantization steps are the Recommendation's tables in closed form; the
//! decoders of tests that check them are independent (libsndfile).

/// µ-law code of one 16-bit sample (G.711 Table 2a: bias 33 on the 14-bit magnitude, eight
/// segments of 16 steps, the code's bits inverted).
pub fn ulaw(sample: i16) -> u8 {
    const BIAS: i32 = 0x84; // 33 on the 14-bit scale, 132 on the 16-bit one
    const CLIP: i32 = 32_635;
    let s = i32::from(sample);
    let sign = if s < 0 { 0x80 } else { 0 };
    let magnitude = s.abs().min(CLIP) + BIAS;
    // The segment is the position of the highest set bit above the lowest 7.
    let segment = 7 - ((magnitude >> 7) as u8).leading_zeros().min(7) as i32;
    let mantissa = (magnitude >> (segment + 3)) & 0x0F;
    !(sign | (segment << 4) as u8 | mantissa as u8)
}

/// A-law code of one 16-bit sample (G.711 Table 1a: 13-bit magnitude, segment 0 and 1 with the
/// same step, even bits inverted).
pub fn alaw(sample: i16) -> u8 {
    let s = i32::from(sample) >> 3;
    let (mask, magnitude) = if s >= 0 { (0xD5u8, s) } else { (0x55u8, -s - 1) };
    let segment = match magnitude {
        0..=0x1F => 0,
        0x20..=0x3F => 1,
        0x40..=0x7F => 2,
        0x80..=0xFF => 3,
        0x100..=0x1FF => 4,
        0x200..=0x3FF => 5,
        0x400..=0x7FF => 6,
        0x800..=0xFFF => 7,
        _ => return 0x7F ^ mask,
    };
    let shift = if segment < 2 { 1 } else { segment };
    let code = (segment << 4) as u8 | ((magnitude >> shift) & 0x0F) as u8;
    code ^ mask
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
