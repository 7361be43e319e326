//! Rotary position embeddings: plain 1-D RoPE (code predictor) and the talker's 3-D M-RoPE.
//!
//! Reference: `Qwen3TTSRotaryEmbedding`, `Qwen3TTSTalkerRotaryEmbedding` and
//! `apply_multimodal_rotary_pos_emb` in `modeling_qwen3_tts.py`. Tables are computed in f32 and
//! cast to the activation dtype, as the reference does under `autocast(enabled=False)`. Both
//! halves of the table are equal (`emb = cat(freqs, freqs)`, and the M-RoPE stream selection is
//! applied to the first half and duplicated), so we keep half-width tables and use candle's
//! fused rotate-half kernel.

use candle_core::{DType, Device, Result, Tensor, bail};

/// Position ids of a batch: `streams` x `batch` x `seq_len`, row-major. The talker has three
/// streams (temporal, height, width); the code predictor one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionIds {
    pub streams: usize,
    pub batch: usize,
    pub seq_len: usize,
    pub data: Vec<i64>,
}

impl PositionIds {
    /// The same 1-D positions in every stream, as the TTS code always builds them
    /// (`position_ids[None].expand(3, ...)`). `rows[b]` holds row b's positions.
    pub fn repeated(streams: usize, rows: &[Vec<i64>]) -> Result<Self> {
        let seq_len = rows.first().map_or(0, |r| r.len());
        if let Some(r) = rows.iter().find(|r| r.len() != seq_len) {
            bail!("position rows differ in length: {} vs {seq_len}", r.len())
        }
        let mut data = Vec::with_capacity(streams * rows.len() * seq_len);
        for _ in 0..streams {
            for r in rows {
                data.extend_from_slice(r);
            }
        }
        Ok(Self { streams, batch: rows.len(), seq_len, data })
    }

    fn get(&self, s: usize, b: usize, l: usize) -> i64 {
        self.data[(s * self.batch + b) * self.seq_len + l]
    }
}

#[derive(Debug, Clone)]
pub struct Rope {
    /// `1 / theta^(2i/head_dim)`, f32 like the reference buffer.
    inv_freq: Vec<f32>,
    /// For each of the head_dim/2 frequency slots, the position stream it reads.
    slot_stream: Vec<usize>,
    streams: usize,
}

impl Rope {
    /// Plain RoPE (`Qwen3TTSRotaryEmbedding`, rope_type "default").
    pub fn plain(head_dim: usize, theta: f64) -> Result<Self> {
        Self::check(head_dim)?;
        Ok(Self {
            inv_freq: inv_freq(head_dim, theta),
            slot_stream: vec![0; head_dim / 2],
            streams: 1,
        })
    }

    /// 3-D M-RoPE as the talker config declares it (`rope_scaling.mrope_section`,
    /// `rope_scaling.interleaved`).
    pub fn multimodal(
        head_dim: usize,
        theta: f64,
        mrope_section: &[usize],
        interleaved: bool,
    ) -> Result<Self> {
        Self::check(head_dim)?;
        Ok(Self {
            inv_freq: inv_freq(head_dim, theta),
            slot_stream: mrope_slot_streams(head_dim / 2, mrope_section, interleaved)?,
            streams: 3,
        })
    }

    fn check(head_dim: usize) -> Result<()> {
        if head_dim == 0 || !head_dim.is_multiple_of(2) {
            bail!("rope head_dim {head_dim} must be even and positive")
        }
        Ok(())
    }

    pub fn streams(&self) -> usize {
        self.streams
    }

    pub fn slot_streams(&self) -> &[usize] {
        &self.slot_stream
    }

    /// Half-width `(cos, sin)` tables `[batch, seq_len, head_dim/2]` in `dtype`.
    pub fn cos_sin(
        &self,
        pos: &PositionIds,
        dtype: DType,
        dev: &Device,
    ) -> Result<(Tensor, Tensor)> {
        if pos.streams != self.streams {
            bail!("rope expects {} position streams, got {}", self.streams, pos.streams)
        }
        let half = self.inv_freq.len();
        let (b, l) = (pos.batch, pos.seq_len);
        let mut cos = Vec::with_capacity(b * l * half);
        let mut sin = Vec::with_capacity(b * l * half);
        for bi in 0..b {
            for li in 0..l {
                for (j, &f) in self.inv_freq.iter().enumerate() {
                    // freqs = inv_freq @ position (an exact f32 product), cos/sin in f32.
                    let angle = pos.get(self.slot_stream[j], bi, li) as f32 * f;
                    cos.push(angle.cos());
                    sin.push(angle.sin());
                }
            }
        }
        let cos = Tensor::from_vec(cos, (b, l, half), dev)?.to_dtype(dtype)?;
        let sin = Tensor::from_vec(sin, (b, l, half), dev)?.to_dtype(dtype)?;
        Ok((cos, sin))
    }

    /// Rotate-half RoPE on `xs: [batch, heads, seq_len, head_dim]` with tables from
    /// [`Self::cos_sin`].
    pub fn apply(xs: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<Tensor> {
        candle_nn::rotary_emb::rope(&xs.contiguous()?, cos, sin)
    }
}

/// `inv_freq = 1 / base ** (arange(0, dim, 2).float() / dim)` in f32 (HF
/// `_compute_default_rope_parameters`).
fn inv_freq(head_dim: usize, theta: f64) -> Vec<f32> {
    let base = theta as f32;
    (0..head_dim).step_by(2).map(|i| 1.0 / base.powf(i as f32 / head_dim as f32)).collect()
}

/// Which position stream each of the `half` frequency slots reads.
///
/// Interleaved (`apply_interleaved_rope`): start from stream 0 everywhere, then for stream
/// i = 1, 2 overwrite slots `i, i+3, i+6, ... < mrope_section[i] * 3`. Contiguous: the sections
/// are consecutive slot ranges, section k reading stream k % 3.
pub fn mrope_slot_streams(
    half: usize,
    mrope_section: &[usize],
    interleaved: bool,
) -> Result<Vec<usize>> {
    let total: usize = mrope_section.iter().sum();
    if mrope_section.len() != 3 || total != half {
        bail!("mrope_section {mrope_section:?} must have 3 entries summing to head_dim/2 = {half}")
    }
    let modality_num = mrope_section.len();
    let mut out = vec![0usize; half];
    if interleaved {
        for (i, &n) in mrope_section.iter().enumerate().skip(1) {
            let end = (n * modality_num).min(half);
            let mut j = i;
            while j < end {
                out[j] = i;
                j += modality_num;
            }
        }
    } else {
        let mut start = 0;
        for (k, &n) in mrope_section.iter().enumerate() {
            out[start..start + n].fill(k % 3);
            start += n;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interleaved_sections_real_config() {
        // [24, 20, 20] interleaved over 64 slots: slots 1,4,..,58 read stream 1 (20 slots),
        // 2,5,..,59 stream 2 (20 slots), the rest (24 slots) stream 0.
        let s = mrope_slot_streams(64, &[24, 20, 20], true).unwrap();
        for (j, &st) in s.iter().enumerate() {
            let want = if j < 60 { j % 3 } else { 0 };
            assert_eq!(st, want, "slot {j}");
        }
        assert_eq!(s.iter().filter(|&&x| x == 0).count(), 24);
        assert_eq!(s.iter().filter(|&&x| x == 1).count(), 20);
    }

    #[test]
    fn interleaved_sections_tiny_config() {
        // [4, 2, 2] over 8 slots: stream 1 at 1, 4; stream 2 at 2, 5.
        let s = mrope_slot_streams(8, &[4, 2, 2], true).unwrap();
        assert_eq!(s, vec![0, 1, 2, 0, 1, 2, 0, 0]);
        let c = mrope_slot_streams(8, &[4, 2, 2], false).unwrap();
        assert_eq!(c, vec![0, 0, 0, 0, 1, 1, 2, 2]);
        assert!(mrope_slot_streams(8, &[4, 2, 1], true).is_err());
    }

    #[test]
    fn equal_streams_equal_plain_rope() {
        let dev = Device::Cpu;
        let m = Rope::multimodal(16, 1e6, &[4, 2, 2], true).unwrap();
        let p = Rope::plain(16, 1e6).unwrap();
        let rows = vec![vec![0, 1, 2, 7], vec![1, 1, 0, 1]];
        let (mc, ms) =
            m.cos_sin(&PositionIds::repeated(3, &rows).unwrap(), DType::F32, &dev).unwrap();
        let (pc, ps) =
            p.cos_sin(&PositionIds::repeated(1, &rows).unwrap(), DType::F32, &dev).unwrap();
        let d = (mc - pc).unwrap().abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        let e = (ms - ps).unwrap().abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        assert_eq!((d, e), (0.0, 0.0));
    }

    #[test]
    fn distinct_streams_pick_their_slots() {
        // Stream s at position 10*(s+1): slot j must carry angle pos[stream(j)] * inv_freq[j].
        let dev = Device::Cpu;
        let m = Rope::multimodal(16, 10000.0, &[4, 2, 2], true).unwrap();
        let pos = PositionIds { streams: 3, batch: 1, seq_len: 1, data: vec![10, 20, 30] };
        let (c, _) = m.cos_sin(&pos, DType::F32, &dev).unwrap();
        let c = c.flatten_all().unwrap().to_vec1::<f32>().unwrap();
        let streams = [0, 1, 2, 0, 1, 2, 0, 0];
        for j in 0..8 {
            let f = 1.0 / 10000f64.powf(2.0 * j as f64 / 16.0);
            let want = (10.0 * (streams[j] + 1) as f64 * f).cos();
            assert!((c[j] as f64 - want).abs() < 1e-5, "slot {j}: {} vs {want}", c[j]);
        }
    }
}
