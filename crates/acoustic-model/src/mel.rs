//! The speaker encoder's mel front end: reflect pad, STFT magnitude, Slaney mel, log.
//!
//! Reference: `mel_spectrogram(y, n_fft=1024, num_mels=128, sampling_rate=24000,
//! hop_size=256, win_size=1024, fmin=0, fmax=12000)` in `modeling_qwen3_tts.py`, called by
//! `extract_speaker_embedding`, and `librosa.filters.mel` (Slaney scale and norm). The STFT is a
//! radix-2 FFT in f64 (the reference uses an f32 FFT; the difference is far below the tolerance
//! of the x-vector).

use std::f64::consts::PI;

use candle_core::{Device, Result, Tensor, bail};

/// Settings of `mel_spectrogram`; [`MelConfig::speaker_encoder`] is the only one the reference
/// uses.
#[derive(Debug, Clone, PartialEq)]
pub struct MelConfig {
    pub sample_rate: u32,
    pub n_fft: usize,
    pub hop: usize,
    pub win: usize,
    pub n_mels: usize,
    pub fmin: f64,
    pub fmax: f64,
}

impl MelConfig {
    pub fn speaker_encoder() -> Self {
        Self {
            sample_rate: 24000,
            n_fft: 1024,
            hop: 256,
            win: 1024,
            n_mels: 128,
            fmin: 0.0,
            fmax: 12000.0,
        }
    }
}

fn hz_to_mel(f: f64) -> f64 {
    // librosa slaney: linear below 1 kHz, logarithmic above.
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    if f >= min_log_hz {
        min_log_hz / f_sp + (f / min_log_hz).ln() / ((6.4f64).ln() / 27.0)
    } else {
        f / f_sp
    }
}

fn mel_to_hz(m: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    let min_log_mel = min_log_hz / f_sp;
    if m >= min_log_mel {
        min_log_hz * (((6.4f64).ln() / 27.0) * (m - min_log_mel)).exp()
    } else {
        f_sp * m
    }
}

/// `numpy.linspace(start, stop, num)`.
fn linspace(start: f64, stop: f64, num: usize) -> Vec<f64> {
    if num == 1 {
        return vec![start];
    }
    let step = (stop - start) / (num - 1) as f64;
    let mut v: Vec<f64> = (0..num).map(|i| i as f64 * step + start).collect();
    v[num - 1] = stop;
    v
}

/// `librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax)` (htk=False, norm="slaney"), float32,
/// row-major `[n_mels, n_fft/2 + 1]`.
pub fn mel_filterbank(cfg: &MelConfig) -> Vec<f32> {
    let n_freq = cfg.n_fft / 2 + 1;
    let sr = cfg.sample_rate as f64;
    let fft_freqs: Vec<f64> = (0..n_freq).map(|k| k as f64 * sr / cfg.n_fft as f64).collect();
    let mels = linspace(hz_to_mel(cfg.fmin), hz_to_mel(cfg.fmax), cfg.n_mels + 2);
    let mel_f: Vec<f64> = mels.iter().map(|&m| mel_to_hz(m)).collect();
    let mut w = vec![0f32; cfg.n_mels * n_freq];
    for i in 0..cfg.n_mels {
        let (fd0, fd1) = (mel_f[i + 1] - mel_f[i], mel_f[i + 2] - mel_f[i + 1]);
        // Slaney norm; numpy multiplies the float32 weights by the float64 norm in place.
        let enorm = 2.0 / (mel_f[i + 2] - mel_f[i]);
        for (k, &f) in fft_freqs.iter().enumerate() {
            let lower = -(mel_f[i] - f) / fd0;
            let upper = (mel_f[i + 2] - f) / fd1;
            let v = lower.min(upper).max(0.0) as f32;
            w[i * n_freq + k] = (v as f64 * enorm) as f32;
        }
    }
    w
}

/// In-place iterative radix-2 FFT of `re`/`im` (length a power of two).
fn fft(re: &mut [f64], im: &mut [f64], twiddle: &[(f64, f64)]) {
    let n = re.len();
    let mut j = 0;
    for i in 1..n {
        let mut bit = n >> 1;
        while j & bit != 0 {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if i < j {
            re.swap(i, j);
            im.swap(i, j);
        }
    }
    let mut len = 2;
    while len <= n {
        let step = n / len;
        for start in (0..n).step_by(len) {
            for k in 0..len / 2 {
                let (wr, wi) = twiddle[k * step];
                let (a, b) = (start + k, start + k + len / 2);
                let xr = re[b] * wr - im[b] * wi;
                let xi = re[b] * wi + im[b] * wr;
                re[b] = re[a] - xr;
                im[b] = im[a] - xi;
                re[a] += xr;
                im[a] += xi;
            }
        }
        len <<= 1;
    }
}

/// Log-mel spectrogram `[1, frames, n_mels]` (f32) of a mono waveform at `cfg.sample_rate`.
pub fn log_mel(wav: &[f32], cfg: &MelConfig, dev: &Device) -> Result<Tensor> {
    let (n_fft, hop) = (cfg.n_fft, cfg.hop);
    if !n_fft.is_power_of_two() || cfg.win != n_fft {
        bail!("mel: n_fft {n_fft} must be a power of two equal to win {}", cfg.win)
    }
    let pad = (n_fft - hop) / 2;
    if wav.len() <= pad {
        bail!("mel: {} samples are too few; the reflect padding needs more than {pad}", wav.len())
    }
    // torch.nn.functional.pad(mode="reflect"): mirror without repeating the edge sample.
    let n = wav.len();
    let mut y = Vec::with_capacity(n + 2 * pad);
    y.extend((1..=pad).rev().map(|i| wav[i]));
    y.extend_from_slice(wav);
    y.extend((0..pad).map(|i| wav[n - 2 - i]));
    if y.len() < n_fft {
        bail!("mel: {} samples give no {n_fft}-sample frame", wav.len())
    }
    let frames = 1 + (y.len() - n_fft) / hop;
    let n_freq = n_fft / 2 + 1;
    // torch.hann_window(win) is periodic.
    let window: Vec<f64> =
        (0..n_fft).map(|i| 0.5 - 0.5 * (2.0 * PI * i as f64 / n_fft as f64).cos()).collect();
    let twiddle: Vec<(f64, f64)> = (0..n_fft / 2)
        .map(|k| {
            let a = -2.0 * PI * k as f64 / n_fft as f64;
            (a.cos(), a.sin())
        })
        .collect();
    let basis = mel_filterbank(cfg);
    let mut out = vec![0f32; frames * cfg.n_mels];
    let (mut re, mut im) = (vec![0f64; n_fft], vec![0f64; n_fft]);
    let mut mag = vec![0f32; n_freq];
    for t in 0..frames {
        let seg = &y[t * hop..t * hop + n_fft];
        for i in 0..n_fft {
            re[i] = seg[i] as f64 * window[i];
            im[i] = 0.0;
        }
        fft(&mut re, &mut im, &twiddle);
        for k in 0..n_freq {
            // The reference works in f32 from here: sqrt(re^2 + im^2 + 1e-9).
            let (r, i) = (re[k] as f32, im[k] as f32);
            mag[k] = (r * r + i * i + 1e-9).sqrt();
        }
        for m in 0..cfg.n_mels {
            let row = &basis[m * n_freq..(m + 1) * n_freq];
            let s: f64 = row.iter().zip(&mag).map(|(&w, &x)| w as f64 * x as f64).sum();
            out[t * cfg.n_mels + m] = (s as f32).max(1e-5).ln();
        }
    }
    Tensor::from_vec(out, (1, frames, cfg.n_mels), dev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slaney_mel_scale_round_trips() {
        for f in [0.0, 440.0, 1000.0, 5000.0, 12000.0] {
            assert!((mel_to_hz(hz_to_mel(f)) - f).abs() < 1e-9 * f.max(1.0));
        }
        // Linear part: 200/3 Hz per mel; 1 kHz is mel 15.
        assert!((hz_to_mel(1000.0) - 15.0).abs() < 1e-12);
    }

    #[test]
    fn fft_matches_direct_dft() {
        let n = 16;
        let x: Vec<f64> = (0..n).map(|i| ((i * 7 % 5) as f64 - 2.0) * 0.3).collect();
        let tw: Vec<(f64, f64)> = (0..n / 2)
            .map(|k| {
                let a = -2.0 * PI * k as f64 / n as f64;
                (a.cos(), a.sin())
            })
            .collect();
        let (mut re, mut im) = (x.clone(), vec![0.0; n]);
        fft(&mut re, &mut im, &tw);
        for k in 0..n {
            let (mut r, mut i) = (0.0, 0.0);
            for (t, &v) in x.iter().enumerate() {
                let a = -2.0 * PI * (k * t) as f64 / n as f64;
                r += v * a.cos();
                i += v * a.sin();
            }
            assert!((re[k] - r).abs() < 1e-12 && (im[k] - i).abs() < 1e-12, "bin {k}");
        }
    }

    #[test]
    fn frame_count_follows_reference() {
        // 24000 samples -> 93 frames (1 + (24000 + 768 - 1024) // 256).
        let wav = vec![0.01f32; 24000];
        let m = log_mel(&wav, &MelConfig::speaker_encoder(), &Device::Cpu).unwrap();
        assert_eq!(m.dims(), &[1, 93, 128]);
    }
}
