//! The 12 Hz code-to-waveform decoder (`Qwen3TTSTokenizerV2Decoder`), streaming.
//!
//! `codes [B, Q, T]` -> split RVQ -> causal conv k3 -> sliding-window transformer -> 2 x
//! (transposed conv + ConvNeXt) -> causal conv k7 -> 4 x (SnakeBeta, transposed conv k=2r,
//! 3 residual units) -> SnakeBeta -> causal conv k7 -> clamp. Every stage is causal, so
//! [`Decoder::step`] returns exactly `1920 * T` new samples per call and any chunking of the
//! frames equals one full pass ([`Decoder::forward`]).
//!
//! On the CPU in f32 everything after the pre-conv runs on time-major rows: the transformer
//! (`transformer_cpu`), the upsampling (`upsample_cpu`) and the waveform stack
//! (~95% of the work, [`crate::vocoder`]). Elsewhere (and with [`Backend::TensorOps`]) they are
//! candle tensor ops ([`crate::transformer`], `ConvNeXt`, [`crate::vocoder_ops`]).

use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::{LayerNorm, VarBuilder, layer_norm};
use gemm::Parallelism;
use rayon::prelude::*;

use crate::config::DecoderConfig;
use crate::conv::{
    CausalConv1d, CausalConvTranspose1d, CausalDepthwiseConv1d, ConvState, TransConvState,
    channels_last, keep_mask,
};
use crate::dtype::CodecDtype;
use crate::linear::Linear;
use crate::quantizer::SplitRvqDecoder;
use crate::time_major::{join_rows, split_rows};
use crate::transformer::{DecoderTransformer, TransformerState};
use crate::transformer_cpu::{CpuTransformer, CpuTransformerState};
use crate::upsample_cpu::{CpuUpsample, CpuUpsampleState};
use crate::vocoder::{CpuVocoder, VocoderRow, channels_first};
use crate::vocoder_ops::{TensorVocoder, TensorVocoderState};

/// ConvNeXt block (`Qwen3TTSTokenizerV2ConvNeXtBlock`): depthwise causal conv k7, LayerNorm
/// (eps 1e-6), Linear 4x, exact GELU, Linear, per-channel gamma, residual.
#[derive(Debug, Clone)]
struct ConvNeXt {
    dwconv: CausalDepthwiseConv1d,
    norm: LayerNorm,
    pwconv1: Linear,
    pwconv2: Linear,
    gamma: Tensor,
}

impl ConvNeXt {
    fn new(dim: usize, vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            dwconv: CausalDepthwiseConv1d::new(dim, 7, vb.pp("dwconv.conv"))?,
            norm: layer_norm(dim, 1e-6, vb.pp("norm"))?,
            pwconv1: Linear::new(dim, 4 * dim, true, vb.pp("pwconv1"))?,
            pwconv2: Linear::new(4 * dim, dim, true, vb.pp("pwconv2"))?,
            gamma: vb.get(dim, "gamma")?,
        })
    }

    fn step(&self, xs: &Tensor, state: &mut ConvState) -> Result<Tensor> {
        let h = self.dwconv.step(xs, state)?;
        let h = channels_last(&h, |h| {
            let h = self.pwconv1.forward(&self.norm.forward(h)?)?.gelu_erf()?;
            self.pwconv2.forward(&h)?.broadcast_mul(&self.gamma)
        })?;
        xs + h
    }
}

/// Sees each stage's output under its reference module name (see [`Decoder::step_unclamped`]).
type StageTap<'a> = &'a mut dyn FnMut(&str, &Tensor) -> Result<()>;

/// How the waveform stack runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// Time-major GEMMs on the CPU in f32, candle tensor ops otherwise.
    #[default]
    Auto,
    /// Candle tensor ops everywhere (what non-CPU devices run; selectable on the CPU to test it).
    TensorOps,
}

/// The transformer and the upsampling stages: on time-major f32 rows on the CPU, candle tensor
/// ops otherwise.
#[derive(Debug, Clone)]
enum Front {
    Cpu(CpuTransformer, CpuUpsample),
    Tensor(DecoderTransformer, Vec<(CausalConvTranspose1d, ConvNeXt)>),
}

#[derive(Debug, Clone)]
enum FrontState {
    Cpu(CpuTransformerState, CpuUpsampleState),
    Tensor(TransformerState, Vec<(TransConvState, ConvState)>),
}

#[derive(Debug, Clone)]
enum Vocoder {
    Cpu(CpuVocoder),
    Tensor(TensorVocoder),
}

#[derive(Debug, Clone)]
enum VocoderState {
    /// One state per batch row.
    Cpu(Vec<VocoderRow>),
    Tensor(TensorVocoderState),
}

/// Everything a stream carries between calls, for a batch of rows.
#[derive(Debug, Clone)]
pub struct DecoderState {
    batch: usize,
    pre_conv: ConvState,
    front: FrontState,
    vocoder: VocoderState,
    frames: Vec<usize>,
}

impl DecoderState {
    pub fn batch_size(&self) -> usize {
        self.batch
    }

    /// Frames decoded so far per row since its last reset.
    pub fn frames(&self) -> &[usize] {
        &self.frames
    }

    /// Starts the marked rows over as fresh streams; the others are untouched.
    pub fn reset_rows(&mut self, reset: &[bool], decoder: &Decoder) -> Result<()> {
        if reset.len() != self.batch {
            candle_core::bail!("reset mask has {} rows, the state has {}", reset.len(), self.batch)
        }
        let keep = keep_mask(reset, decoder.dtype, &decoder.device)?;
        self.pre_conv.reset_rows(&keep)?;
        match &mut self.front {
            FrontState::Cpu(t, u) => {
                t.reset_rows(reset);
                u.reset_rows(reset);
            }
            FrontState::Tensor(t, upsample) => {
                t.reset_rows(reset);
                for (t, c) in upsample {
                    t.reset_rows(&keep)?;
                    c.reset_rows(&keep)?;
                }
            }
        }
        match (&mut self.vocoder, &decoder.vocoder) {
            (VocoderState::Cpu(rows), Vocoder::Cpu(v)) => {
                for (row, _) in rows.iter_mut().zip(reset).filter(|(_, r)| **r) {
                    v.reset_row(row);
                }
            }
            (VocoderState::Tensor(s), Vocoder::Tensor(_)) => s.reset_rows(&keep)?,
            _ => candle_core::bail!("decoder state made by a decoder with another backend"),
        }
        for (f, &r) in self.frames.iter_mut().zip(reset) {
            if r {
                *f = 0;
            }
        }
        Ok(())
    }
}

impl DecoderState {
    /// The rows of `parts`, in order, moved into one state for a batched step; `None` (nothing
    /// moved) unless every part runs the time-major CPU stack, whose state is kept per row.
    fn join(parts: &mut [&mut DecoderState]) -> Result<Option<DecoderState>> {
        let sizes: Vec<usize> = parts.iter().map(|p| p.batch).collect();
        let Some(mut rows) = CpuParts::of(parts) else { return Ok(None) };
        Ok(Some(DecoderState {
            batch: sizes.iter().sum(),
            pre_conv: ConvState::join(&mut rows.convs, &sizes)?,
            front: FrontState::Cpu(
                CpuTransformerState::join(&mut rows.fronts),
                CpuUpsampleState::join(&mut rows.ups),
            ),
            vocoder: VocoderState::Cpu(join_rows(rows.vocs)),
            frames: join_rows(rows.frames),
        }))
    }

    /// Moves the rows of a [`Self::join`]ed state back to the parts they came from.
    fn split_into(self, parts: &mut [&mut DecoderState]) -> Result<()> {
        let sizes: Vec<usize> = parts.iter().map(|p| p.batch).collect();
        let (FrontState::Cpu(t, u), VocoderState::Cpu(v)) = (self.front, self.vocoder) else {
            candle_core::bail!("only a joined time-major state splits")
        };
        let Some(mut rows) = CpuParts::of(parts) else {
            candle_core::bail!("only time-major states take rows back")
        };
        self.pre_conv.split_into(&mut rows.convs, &sizes)?;
        t.split_into(&mut rows.fronts, &sizes);
        u.split_into(&mut rows.ups, &sizes);
        split_rows(v, rows.vocs.into_iter().zip(sizes.iter().copied()));
        split_rows(self.frames, rows.frames.into_iter().zip(sizes.iter().copied()));
        Ok(())
    }
}

/// The per-row pieces of several time-major states, part by part, for [`DecoderState::join`]
/// and [`DecoderState::split_into`].
struct CpuParts<'a> {
    convs: Vec<&'a mut ConvState>,
    fronts: Vec<&'a mut CpuTransformerState>,
    ups: Vec<&'a mut CpuUpsampleState>,
    vocs: Vec<&'a mut Vec<VocoderRow>>,
    frames: Vec<&'a mut Vec<usize>>,
}

impl<'a> CpuParts<'a> {
    /// `None` unless every part runs the time-major CPU stack.
    fn of(parts: &'a mut [&mut DecoderState]) -> Option<Self> {
        let mut rows = Self {
            convs: Vec::new(),
            fronts: Vec::new(),
            ups: Vec::new(),
            vocs: Vec::new(),
            frames: Vec::new(),
        };
        for p in parts.iter_mut() {
            let DecoderState { pre_conv, front, vocoder, frames, .. } = &mut **p;
            let (FrontState::Cpu(t, u), VocoderState::Cpu(v)) = (front, vocoder) else {
                return None;
            };
            rows.convs.push(pre_conv);
            rows.fronts.push(t);
            rows.ups.push(u);
            rows.vocs.push(v);
            rows.frames.push(frames);
        }
        Some(rows)
    }
}

#[derive(Debug, Clone)]
pub struct Decoder {
    quantizer: SplitRvqDecoder,
    pre_conv: CausalConv1d,
    front: Front,
    vocoder: Vocoder,
    samples_per_frame: usize,
    codec_dtype: CodecDtype,
    dtype: DType,
    device: Device,
}

impl Decoder {
    /// `vb` points at the `decoder` prefix of the codec checkpoint.
    pub fn new(cfg: &DecoderConfig, vb: VarBuilder) -> Result<Self> {
        Self::with_backend(cfg, vb, Backend::Auto)
    }

    pub fn with_backend(cfg: &DecoderConfig, vb: VarBuilder, backend: Backend) -> Result<Self> {
        Self::build(cfg, vb, backend, CodecDtype::F32)
    }

    /// The CPU decoder with its waveform convs in `codec_dtype` (f32 weights in `vb`).
    pub fn with_dtype(
        cfg: &DecoderConfig,
        vb: VarBuilder,
        codec_dtype: CodecDtype,
    ) -> Result<Self> {
        Self::build(cfg, vb, Backend::Auto, codec_dtype)
    }

    fn build(
        cfg: &DecoderConfig,
        vb: VarBuilder,
        backend: Backend,
        codec_dtype: CodecDtype,
    ) -> Result<Self> {
        let latent = cfg.latent_dim;
        let time_major =
            backend == Backend::Auto && vb.device().is_cpu() && vb.dtype() == DType::F32;
        if !time_major && codec_dtype != CodecDtype::F32 {
            candle_core::bail!(
                "codec dtype {codec_dtype} runs on the CPU decoder with f32 weights; valid here: f32"
            )
        }
        let (front, vocoder) = if time_major {
            let front = Front::Cpu(
                CpuTransformer::new(cfg, vb.pp("pre_transformer"))?,
                CpuUpsample::new(cfg, vb.pp("upsample"))?,
            );
            (front, Vocoder::Cpu(CpuVocoder::new(cfg, vb.pp("decoder"), codec_dtype)?))
        } else {
            let upsample = cfg
                .upsampling_ratios
                .iter()
                .enumerate()
                .map(|(s, &r)| {
                    let vb = vb.pp(format!("upsample.{s}"));
                    Ok((
                        CausalConvTranspose1d::new(latent, latent, r, r, vb.pp("0.conv"))?,
                        ConvNeXt::new(latent, vb.pp("1"))?,
                    ))
                })
                .collect::<Result<Vec<_>>>()?;
            let front =
                Front::Tensor(DecoderTransformer::new(cfg, vb.pp("pre_transformer"))?, upsample);
            (front, Vocoder::Tensor(TensorVocoder::new(cfg, vb.pp("decoder"))?))
        };
        Ok(Self {
            quantizer: SplitRvqDecoder::new(cfg, vb.pp("quantizer"))?,
            pre_conv: CausalConv1d::new(cfg.codebook_dim, latent, 3, 1, vb.pp("pre_conv.conv"))?,
            front,
            vocoder,
            samples_per_frame: cfg.total_upsample(),
            codec_dtype,
            dtype: vb.dtype(),
            device: vb.device().clone(),
        })
    }

    pub fn samples_per_frame(&self) -> usize {
        self.samples_per_frame
    }

    pub fn dtype(&self) -> DType {
        self.dtype
    }

    /// The precision of the waveform convs.
    pub fn codec_dtype(&self) -> CodecDtype {
        self.codec_dtype
    }

    pub fn num_quantizers(&self) -> usize {
        self.quantizer.num_quantizers()
    }

    pub fn new_state(&self, batch: usize) -> DecoderState {
        DecoderState {
            batch,
            pre_conv: ConvState::default(),
            front: match &self.front {
                Front::Cpu(t, u) => FrontState::Cpu(t.new_state(batch), u.new_state(batch)),
                Front::Tensor(t, u) => FrontState::Tensor(
                    TransformerState::new(t.num_layers(), batch),
                    vec![Default::default(); u.len()],
                ),
            },
            vocoder: match &self.vocoder {
                Vocoder::Cpu(v) => VocoderState::Cpu((0..batch).map(|_| v.new_row()).collect()),
                Vocoder::Tensor(v) => VocoderState::Tensor(v.new_state()),
            },
            frames: vec![0; batch],
        }
    }

    /// Decodes T new frames of every row: codes `[B, Q, T]` -> samples `[B, T * samples_per_frame]`,
    /// clamped to [-1, 1].
    pub fn step(&self, codes: &Tensor, state: &mut DecoderState) -> Result<Tensor> {
        let b = codes.dim(0)?;
        if b != state.batch {
            candle_core::bail!("codes have {b} rows, the decoder state has {}", state.batch)
        }
        // On a pool thread: the many small parallel GEMMs of a short step then run half on the
        // calling thread, instead of handing every one to the pool and waiting for it.
        rayon::scope(|_| self.run(codes, state, None))?.clamp(-1f32, 1f32)
    }

    /// [`Self::step`] for several streams at once, each with its own state (of any batch
    /// size): codes `[N, Q, T]` hold the rows of `states` in order, N their total rows, and the
    /// samples come back in the same order. Every row gets exactly what it gets stepping
    /// alone. On the CPU the streams run as one batch (their rows in parallel); elsewhere one
    /// after another.
    pub fn step_streams(&self, codes: &Tensor, states: &mut [&mut DecoderState]) -> Result<Tensor> {
        let rows: usize = states.iter().map(|s| s.batch).sum();
        if codes.dim(0)? != rows {
            candle_core::bail!("codes have {} rows, the states {rows}", codes.dim(0)?)
        }
        if let [state] = states {
            return self.step(codes, state);
        }
        if let Some(mut joined) = DecoderState::join(states)? {
            let wav = self.step(codes, &mut joined);
            // The rows go back even when the step failed, so each state keeps its own rows.
            joined.split_into(states)?;
            return wav;
        }
        let mut row = 0;
        let mut wavs = Vec::with_capacity(states.len());
        for state in states.iter_mut() {
            wavs.push(self.step(&codes.narrow(0, row, state.batch)?, state)?);
            row += state.batch;
        }
        Tensor::cat(&wavs, 0)
    }

    /// One full pass over all frames from a fresh state (the reference `forward`).
    pub fn forward(&self, codes: &Tensor) -> Result<Tensor> {
        let mut state = self.new_state(codes.dim(0)?);
        self.step(codes, &mut state)
    }

    /// The decoder pipeline without the final clamp; `tap` sees each stage's output, named
    /// after the reference modules (`quantizer`, `pre_conv`, `pre_transformer`,
    /// `upsample_{s}_{0|1}`, `decoder_{i}`), for stage-by-stage comparison.
    pub fn step_unclamped(
        &self,
        codes: &Tensor,
        state: &mut DecoderState,
        mut tap: impl FnMut(&str, &Tensor) -> Result<()>,
    ) -> Result<Tensor> {
        self.run(codes, state, Some(&mut tap))
    }

    fn run(
        &self,
        codes: &Tensor,
        state: &mut DecoderState,
        mut tap: Option<StageTap>,
    ) -> Result<Tensor> {
        let tapping = tap.is_some();
        let mut tap_stage = |name: &str, xs: &Tensor| match tap.as_mut() {
            Some(tap) => tap(name, xs),
            None => Ok(()),
        };
        let xs = self.quantizer.decode(codes)?.to_dtype(self.dtype)?;
        tap_stage("quantizer", &xs)?;
        let xs = self.pre_conv.step(&xs, &mut state.pre_conv)?;
        tap_stage("pre_conv", &xs)?;
        let (b, c, len) = xs.dims3()?;
        let wav = match (&self.front, &mut state.front, &self.vocoder, &mut state.vocoder) {
            (
                Front::Tensor(transformer, upsample),
                FrontState::Tensor(t_state, u_states),
                Vocoder::Tensor(v),
                VocoderState::Tensor(s),
            ) => {
                let xs = transformer.step(&xs.transpose(1, 2)?, t_state)?;
                tap_stage("pre_transformer", &xs)?;
                let mut xs = xs.transpose(1, 2)?;
                for (s, ((up, convnext), (up_state, cn_state))) in
                    upsample.iter().zip(u_states.iter_mut()).enumerate()
                {
                    xs = up.step(&xs, up_state)?;
                    tap_stage(&format!("upsample_{s}_0"), &xs)?;
                    xs = convnext.step(&xs, cn_state)?;
                    tap_stage(&format!("upsample_{s}_1"), &xs)?;
                }
                v.step(&xs, s, &mut tap_stage)?.squeeze(1)?
            }
            (
                Front::Cpu(transformer, upsample),
                FrontState::Cpu(t_state, u_state),
                Vocoder::Cpu(v),
                VocoderState::Cpu(rows),
            ) => {
                // Time-major [B * T, C] rows from here to the waveform.
                let xs: Vec<f32> = xs.transpose(1, 2)?.contiguous()?.flatten_all()?.to_vec1()?;
                let xs = transformer.step(&xs, len, t_state)?;
                if tapping {
                    tap_stage(
                        "pre_transformer",
                        &Tensor::from_slice(&xs, (b, len, c), &self.device)?,
                    )?;
                }
                let xs = upsample.step(xs, len, u_state, |name, xs, t| {
                    if !tapping {
                        return Ok(());
                    }
                    let xs = Tensor::from_slice(xs, (b, t, xs.len() / (b * t)), &self.device)?;
                    tap_stage(&name, &xs.transpose(1, 2)?.contiguous()?)
                })?;
                self.run_cpu_vocoder(v, &xs, b, rows, tapping.then_some(&mut tap_stage))?
            }
            _ => candle_core::bail!("decoder state made by a decoder with another backend"),
        };
        for f in &mut state.frames {
            *f += codes.dim(2)?;
        }
        Ok(wav)
    }

    /// `flat`: `b` rows of time-major `[T, latent]` -> `[B, T * upsampling]`, rows in parallel
    /// (each on one thread) or, for one row, its GEMMs on all threads.
    fn run_cpu_vocoder(
        &self,
        vocoder: &CpuVocoder,
        flat: &[f32],
        b: usize,
        rows: &mut [VocoderRow],
        tap: Option<StageTap>,
    ) -> Result<Tensor> {
        let c = vocoder.in_channels();
        let t = flat.len() / (b * c);
        let input = |r: usize| &flat[r * t * c..(r + 1) * t * c];
        let wavs = match tap {
            None if b == 1 => {
                vec![vocoder.step(input(0), t, &mut rows[0], Parallelism::Rayon(0), None)?]
            }
            None => rows
                .par_iter_mut()
                .enumerate()
                .map(|(r, row)| vocoder.step(input(r), t, row, Parallelism::None, None))
                .collect::<Result<Vec<_>>>()?,
            Some(tap) => {
                // Stage outputs of every row, joined into [B, C, T] per stage.
                let mut stages: Vec<(String, Vec<Tensor>)> = Vec::new();
                let mut wavs = Vec::with_capacity(b);
                for (r, row) in rows.iter_mut().enumerate() {
                    let mut stage = 0;
                    let mut collect = |name: &str, values: &[f32], channels: usize| {
                        let xs = channels_first(values, channels)?;
                        match stages.get_mut(stage) {
                            Some((_, per_row)) => per_row.push(xs),
                            None => stages.push((name.to_string(), vec![xs])),
                        }
                        stage += 1;
                        Ok(())
                    };
                    wavs.push(vocoder.step(
                        input(r),
                        t,
                        row,
                        Parallelism::Rayon(0),
                        Some(&mut collect),
                    )?);
                }
                for (name, per_row) in stages {
                    tap(&name, &Tensor::cat(&per_row, 0)?)?;
                }
                wavs
            }
        };
        let n = t * vocoder.upsampling();
        Tensor::from_vec(wavs.concat(), (b, n), &self.device)
    }
}
