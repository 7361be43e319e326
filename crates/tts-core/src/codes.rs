//! The codes file of `tts-cli synth --codes-out` and `tts-cli decode`: a JSON array of frames,
//! each an array of one code per code group. Whether the codes fit a codec (frame width,
//! codebook range) is the decoder's check; this is only the file format.

/// A codes file that is not an array of frames of non-negative integers.
#[derive(Debug, thiserror::Error)]
#[error("not a JSON array of frames (arrays of non-negative integer codes): {0}")]
pub struct CodesError(String);

/// Reads the frames of a codes file's text.
pub fn from_json(text: &str) -> Result<Vec<Vec<u32>>, CodesError> {
    serde_json::from_str(text).map_err(|e| CodesError(e.to_string()))
}
