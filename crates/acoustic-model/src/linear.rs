//! Linear layers: float weights or candle quantized matmuls, chosen once at load.
//!
//! Every projection of the talker and the code predictor goes through [`Linear`], an enum over
//! a float weight (candle_nn's `Linear`, `[out, in]` as in PyTorch), a candle `QMatMul`, and
//! our own Q8_0 / Q5_0 kernel ([`crate::int8`], where the CPU has AVX-512 VNNI).
//! [`Linear::load`] picks the variant from the requested quantization and the layer's input
//! dimension (GGML blocks run along it): Q4K needs a multiple of 256, Q8_0 of 32. A layer that
//! does not fit takes the next format that does (Q4K -> Q8_0 -> float), so every checkpoint
//! loads; [`Linear::kind`] tells which one a layer got. `forward` dispatches on the variant
//! only: no dtype decisions per call.

use candle_core::quantized::{GgmlDType, QMatMul, QStorage, QTensor};
use candle_core::{DType, Module, Result, Tensor};
use candle_nn::VarBuilder;
use rayon::prelude::*;

use crate::int8::{self, Int8Matrix};
use crate::outliers;
use crate::weight_cache::{CachedWeight, Want, WeightCache};

#[derive(Debug, Clone)]
pub enum Linear {
    /// `y = x W^T (+ b)` in the model dtype.
    Float(candle_nn::Linear),
    /// `y = x W^T (+ b)` through candle's quantized matmul (GGML block formats); f32 in and
    /// out.
    Quantized { w: QMatMul, b: Option<Tensor>, outliers: Option<OutlierColumns> },
    /// Q8_0 or Q5_0 weights through [`crate::int8`] (AVX-512 VNNI, 32-wide activation
    /// blocks); f32 in and out.
    Int8 { w: std::sync::Arc<Int8Matrix>, b: Option<Tensor> },
}

/// Input columns of a [`Linear::Quantized`] weight computed in f32 (see [`crate::outliers`]).
#[derive(Debug, Clone)]
pub struct OutlierColumns {
    /// `[c]` u32 column indices.
    cols: Tensor,
    /// `[c, out]` f32.
    values: Tensor,
}

impl OutlierColumns {
    pub fn new(
        cols: &[usize],
        values: Vec<f32>,
        dev: &candle_core::Device,
    ) -> Result<Option<Self>> {
        if cols.is_empty() {
            return Ok(None);
        }
        let idx: Vec<u32> = cols.iter().map(|&c| c as u32).collect();
        let n = values.len() / cols.len();
        Ok(Some(Self {
            cols: Tensor::from_vec(idx, cols.len(), dev)?,
            values: Tensor::from_vec(values, (cols.len(), n), dev)?,
        }))
    }

    /// `x[..., cols] @ values`.
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let picked = xs.to_dtype(DType::F32)?.index_select(&self.cols, xs.rank() - 1)?;
        picked.broadcast_matmul(&self.values)
    }
}

/// What [`Linear::load`] made of a layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinearKind {
    Float(DType),
    Quantized(GgmlDType),
}

/// The quantized format a layer with `in_dim` inputs gets when `want` is requested: `want`
/// itself when its blocks tile the input dimension, else Q8_0 when that fits, else `None`
/// (float).
pub fn fit_quantization(want: GgmlDType, in_dim: usize) -> Option<GgmlDType> {
    let fits = |q: GgmlDType| in_dim > 0 && in_dim.is_multiple_of(q.block_size());
    if fits(want) {
        Some(want)
    } else if fits(GgmlDType::Q8_0) {
        Some(GgmlDType::Q8_0)
    } else {
        None
    }
}

impl Linear {
    /// `nn.Linear(in_dim, out_dim, bias)` named like PyTorch (`{prefix}.weight`, `{prefix}.bias`).
    pub fn new(in_dim: usize, out_dim: usize, bias: bool, vb: VarBuilder) -> Result<Self> {
        Self::load(in_dim, out_dim, bias, vb, None)
    }

    /// [`Self::new`], quantized to `quant` (see [`fit_quantization`]) when it is `Some`. The
    /// bias and a float fallback stay in the var builder's dtype.
    pub fn load(
        in_dim: usize,
        out_dim: usize,
        bias: bool,
        vb: VarBuilder,
        quant: Option<GgmlDType>,
    ) -> Result<Self> {
        let b = if bias { Some(vb.get(out_dim, "bias")?) } else { None };
        let Some(format) = quant.and_then(|q| fit_quantization(q, in_dim)) else {
            let w = vb.get((out_dim, in_dim), "weight")?;
            return Ok(Self::Float(candle_nn::Linear::new(w, b)));
        };
        let int8 = matches!(format, GgmlDType::Q8_0 | GgmlDType::Q5_0)
            && vb.device().is_cpu()
            && out_dim.is_multiple_of(16)
            && int8::available();
        // candle's Q5_0 dot product asserts an even number of blocks (debug builds): a layer
        // the int8 kernel does not take and whose input is an odd number of blocks gets Q8_0.
        let format = if !int8 && format == GgmlDType::Q5_0 && (in_dim / 32) % 2 == 1 {
            GgmlDType::Q8_0
        } else {
            format
        };
        let want = Want { int8, format, n: out_dim, k: in_dim };
        let name = format!("{}.weight", vb.prefix());
        let cache = WeightCache::active();
        let weight = match cache.as_ref().and_then(|c| c.get(&name, want, vb.device())) {
            Some(hit) => hit,
            None => {
                let w = vb.get((out_dim, in_dim), "weight")?;
                let mut values = w.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?;
                let (cols, col_values) = outliers::split(&mut values, out_dim, in_dim);
                let q = quantize_values(&values, (out_dim, in_dim), format, w.device())?;
                let made = if int8 {
                    CachedWeight::Int8(
                        Int8Matrix::from_qtensor(&q)?.with_outliers(cols, col_values)?,
                    )
                } else {
                    CachedWeight::Ggml(q, cols, col_values)
                };
                if let Some(c) = &cache {
                    c.put(&name, &made)?;
                }
                made
            }
        };
        match weight {
            CachedWeight::Int8(m) => {
                let b = b.map(|b| b.to_dtype(DType::F32)).transpose()?;
                Ok(Self::Int8 { w: std::sync::Arc::new(m), b })
            }
            CachedWeight::Ggml(q, cols, values) => {
                let outliers = OutlierColumns::new(&cols, values, vb.device())?;
                Self::quantized(q, b, outliers)
            }
        }
    }

    /// A quantized replacement for a float layer (weight `[out, in]`), with the columns of
    /// `outliers` in f32 beside it.
    pub fn quantized(
        w: QTensor,
        b: Option<Tensor>,
        outliers: Option<OutlierColumns>,
    ) -> Result<Self> {
        let b = b.map(|b| b.to_dtype(DType::F32)).transpose()?;
        let lin = Self::Quantized { w: QMatMul::from_qtensor(w)?, b, outliers };
        // candle repacks some formats (Q4K on x86) on the first call: do it now, at load,
        // instead of inside the first frame.
        let (_, inp) = lin.dims();
        if inp > 0 {
            let dev = match &lin {
                Self::Quantized { w: QMatMul::QTensor(t), .. } => t.device(),
                _ => candle_core::Device::Cpu,
            };
            lin.forward(&Tensor::zeros((1, inp), DType::F32, &dev)?)?;
        }
        Ok(lin)
    }

    /// `(out, in)`.
    pub fn dims(&self) -> (usize, usize) {
        match self {
            Self::Int8 { w, .. } => w.dims(),
            Self::Float(l) => l.weight().dims2().unwrap_or((0, 0)),
            Self::Quantized { w, .. } => match w {
                QMatMul::QTensor(t) => t.shape().dims2().unwrap_or((0, 0)),
                QMatMul::Tensor(t) | QMatMul::TensorF16(t) => t.dims2().unwrap_or((0, 0)),
            },
        }
    }

    pub fn kind(&self) -> LinearKind {
        match self {
            Self::Int8 { w, .. } => LinearKind::Quantized(w.format().ggml()),
            Self::Float(l) => LinearKind::Float(l.weight().dtype()),
            Self::Quantized { w: QMatMul::QTensor(t), .. } => LinearKind::Quantized(t.dtype()),
            // candle dequantized it at load (CANDLE_DEQUANTIZE_ALL*).
            Self::Quantized { w: QMatMul::Tensor(t) | QMatMul::TensorF16(t), .. } => {
                LinearKind::Float(t.dtype())
            }
        }
    }

    /// The int8 weight and f32 bias of an [`Self::Int8`] layer.
    pub(crate) fn int8(&self) -> Result<Option<(Int8Matrix, Option<Vec<f32>>)>> {
        match self {
            Self::Int8 { w, b } => {
                let b = b.as_ref().map(|b| b.flatten_all()?.to_vec1::<f32>()).transpose()?;
                Ok(Some(((**w).clone(), b)))
            }
            _ => Ok(None),
        }
    }

    /// Replaces an [`Self::Int8`] layer's weight by an equal one (a view of a stack).
    pub(crate) fn set_int8(&mut self, m: Int8Matrix) -> Result<()> {
        match self {
            Self::Int8 { w, .. } if w.dims() == m.dims() => {
                *w = std::sync::Arc::new(m);
                Ok(())
            }
            _ => candle_core::bail!("set_int8 on a layer that is not int8 of {:?}", m.dims()),
        }
    }

    /// Bytes of weight read per row of input.
    pub fn weight_bytes(&self) -> usize {
        match self {
            Self::Int8 { w, .. } => w.bytes(),
            Self::Float(l) => l.weight().elem_count() * l.weight().dtype().size_in_bytes(),
            Self::Quantized { w: QMatMul::QTensor(t), .. } => t.storage_size_in_bytes(),
            Self::Quantized { w: QMatMul::Tensor(t) | QMatMul::TensorF16(t), .. } => {
                t.elem_count() * t.dtype().size_in_bytes()
            }
        }
    }
}

/// `QTensor::quantize` of a `[out, in]` weight (Q5_0: [`crate::q5_0`]), in parallel over
/// blocks of rows (candle quantizes on one thread; the bytes of consecutive rows are
/// consecutive).
pub fn quantize_rows(w: &Tensor, q: GgmlDType) -> Result<QTensor> {
    let values = w.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?;
    quantize_values(&values, w.dims2()?, q, w.device())
}

/// [`quantize_rows`] of a weight given as its row-major f32 values.
pub fn quantize_values(
    values: &[f32],
    (out, inp): (usize, usize),
    q: GgmlDType,
    dev: &candle_core::Device,
) -> Result<QTensor> {
    const ROWS: usize = 64;
    if values.len() != out * inp {
        candle_core::bail!("{} values for a [{out}, {inp}] weight", values.len())
    }
    let parts = values
        .par_chunks(ROWS * inp.max(1))
        .map(|rows| {
            if q == GgmlDType::Q5_0 {
                // Least-squares scales (crate::q5_0), GGML's block layout.
                let mut bytes = Vec::new();
                crate::q5_0::quantize_into(rows, &mut bytes)?;
                return Ok(bytes);
            }
            // A storage of its own: `QTensor::quantize` reads the whole storage of its input,
            // ignoring a view's offset.
            let rows = Tensor::from_slice(rows, (rows.len() / inp.max(1), inp), dev)?;
            Ok(QTensor::quantize(&rows, q)?.data()?.into_owned())
        })
        .collect::<Result<Vec<_>>>()?;
    let storage = QStorage::from_data(std::borrow::Cow::Owned(parts.concat()), dev, q)?;
    QTensor::new(storage, (out, inp))
}

/// Rows up to which a bf16 CPU matmul takes the streaming kernel below instead of candle's
/// (which widens the whole weight to f32 on every call). The streaming kernels give every row
/// the same arithmetic whatever the number of rows, so a request's decode steps in a continuous
/// batch (up to 32 rows; the code predictor's first step has 2 per row) equal its steps alone.
const BF16_GEMV_MAX_ROWS: usize = 64;

impl Module for Linear {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let (ys, bias) = match self {
            Self::Float(l) => (float_matmul(l.weight(), xs)?, l.bias()),
            Self::Int8 { w, b } => {
                let (out, inp) = w.dims();
                let rows = xs.elem_count() / inp.max(1);
                let mut shape = xs.dims().to_vec();
                let x = xs.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?;
                let ys = w.matmul(&x, rows)?;
                if let Some(last) = shape.last_mut() {
                    *last = out;
                }
                (Tensor::from_vec(ys, shape, xs.device())?, b.as_ref())
            }
            Self::Quantized { w, b, outliers } => {
                // candle's CPU kernels take contiguous rows only (a batch's rows are a strided
                // view: "input tensor is not contiguous" on CPUs without the int8 kernel).
                let ys = w.forward(&xs.contiguous()?)?;
                let ys = match outliers {
                    Some(o) => (ys + o.forward(xs)?)?,
                    None => ys,
                };
                (ys, b.as_ref())
            }
        };
        match bias {
            Some(b) => ys.broadcast_add(b),
            None => Ok(ys),
        }
    }
}

/// `xs @ w^T` for a float weight `[out, in]`, without bias: a few rows on the CPU take the
/// streaming kernels below ([`Bf16Gemv`], [`F32Gemv`]), everything else candle's matmul.
fn float_matmul(w: &Tensor, xs: &Tensor) -> Result<Tensor> {
    let (out, inp) = w.dims2()?;
    let rows = xs.elem_count() / inp.max(1);
    let cpu = xs.device().is_cpu();
    let ys = match w.dtype() {
        DType::BF16 if cpu && rows <= BF16_GEMV_MAX_ROWS => {
            xs.reshape((rows, inp))?.contiguous()?.apply_op2_no_bwd(w, &Bf16Gemv)?
        }
        DType::F32 if cpu && rows <= F32_GEMV_MAX_ROWS && xs.dtype() == DType::F32 => {
            xs.reshape((rows, inp))?.contiguous()?.apply_op2_no_bwd(w, &F32Gemv)?
        }
        _ => return candle_nn::Linear::new(w.clone(), None).forward(xs),
    };
    let mut shape = xs.dims().to_vec();
    if let Some(last) = shape.last_mut() {
        *last = out;
    }
    ys.reshape(shape)
}

/// Sizes of a small-row matmul op's `x [m, k]` and `w [n, k]`, and where their contiguous
/// values lie in storage.
struct GemvOperands {
    m: usize,
    k: usize,
    n: usize,
    x: std::ops::Range<usize>,
    w: std::ops::Range<usize>,
}

fn gemv_operands(
    name: &str,
    l1: &candle_core::Layout,
    l2: &candle_core::Layout,
) -> Result<GemvOperands> {
    let (m, k) = l1.shape().dims2()?;
    let (n, k2) = l2.shape().dims2()?;
    if k != k2 {
        candle_core::bail!("{name}: x has {k} columns, w has {k2}")
    }
    let (Some((x0, x1)), Some((w0, w1))) = (l1.contiguous_offsets(), l2.contiguous_offsets())
    else {
        candle_core::bail!("{name} needs contiguous inputs")
    };
    Ok(GemvOperands { m, k, n, x: x0..x1, w: w0..w1 })
}

/// Results computed output-major (`[n, m]`, each task owning a block of weight rows) in the
/// `[m, n]` layout of the op's output.
fn rows_from_output_major(blocks: Vec<f32>, m: usize, n: usize) -> Vec<f32> {
    if m == 1 {
        return blocks;
    }
    let mut out = vec![0f32; m * n];
    for (j, chunk) in blocks.chunks(m).enumerate() {
        for (i, &v) in chunk.iter().enumerate() {
            out[i * n + j] = v;
        }
    }
    out
}

/// `x [m, k] (bf16) @ w[n, k]^T (bf16) -> [m, n] (bf16)` for small m on the CPU: streams the
/// bf16 weight once (half the bytes of f32), widening each value on the fly (a bf16 is the top
/// half of an f32) and accumulating in f32, then rounds once to bf16 as the widening matmul
/// does.
struct Bf16Gemv;

impl candle_core::CustomOp2 for Bf16Gemv {
    fn name(&self) -> &'static str {
        "bf16-gemv"
    }

    fn cpu_fwd(
        &self,
        s1: &candle_core::CpuStorage,
        l1: &candle_core::Layout,
        s2: &candle_core::CpuStorage,
        l2: &candle_core::Layout,
    ) -> Result<(candle_core::CpuStorage, candle_core::Shape)> {
        use candle_core::CpuStorage;
        let GemvOperands { m, k, n, x: xr, w: wr } = gemv_operands(self.name(), l1, l2)?;
        let (CpuStorage::BF16(x), CpuStorage::BF16(w)) = (s1, s2) else {
            candle_core::bail!("bf16-gemv needs bf16 inputs")
        };
        let xf: Vec<f32> =
            x[xr].iter().map(|v| f32::from_bits((v.to_bits() as u32) << 16)).collect();
        let w = &w[wr];
        // Output-major: each task owns a block of weight rows and writes [m, block] results.
        const BLOCK: usize = 32;
        let mut blocks = vec![0f32; n * m];
        blocks.par_chunks_mut(BLOCK * m).enumerate().for_each(|(bi, dst)| {
            let r0 = bi * BLOCK;
            for (rr, row) in w[r0 * k..].chunks_exact(k).take(dst.len() / m).enumerate() {
                for i in 0..m {
                    let xi = &xf[i * k..(i + 1) * k];
                    // 8 independent partial sums let the compiler vectorise.
                    let mut acc = [0f32; 8];
                    let (wc, wr) = (row.chunks_exact(8), row.len() % 8);
                    for (wv, xv) in wc.zip(xi.chunks_exact(8)) {
                        for l in 0..8 {
                            acc[l] += f32::from_bits((wv[l].to_bits() as u32) << 16) * xv[l];
                        }
                    }
                    let mut sum: f32 = acc.iter().sum();
                    for t in k - wr..k {
                        sum += f32::from_bits((row[t].to_bits() as u32) << 16) * xi[t];
                    }
                    dst[rr * m + i] = sum;
                }
            }
        });
        let out = rows_from_output_major(blocks, m, n);
        Ok((CpuStorage::BF16(narrow(out)), candle_core::Shape::from((m, n))))
    }
}

/// Rows up to which an f32 CPU matmul takes [`F32Gemv`] instead of gemm (whose one-row path
/// runs on one thread); like [`BF16_GEMV_MAX_ROWS`], it covers a full continuous batch.
const F32_GEMV_MAX_ROWS: usize = 64;

/// `x [m, k] (f32) @ w[n, k]^T (f32) -> [m, n]` for small m on the CPU: rayon tasks own blocks
/// of weight rows, so every core streams its share of the weight once; each dot product keeps
/// 32 f32 lanes (4 AVX registers of independent FMA chains) and sums them at the end. Results
/// differ from gemm's only by the summation order (f32 rounding).
struct F32Gemv;

impl candle_core::CustomOp2 for F32Gemv {
    fn name(&self) -> &'static str {
        "f32-gemv"
    }

    fn cpu_fwd(
        &self,
        s1: &candle_core::CpuStorage,
        l1: &candle_core::Layout,
        s2: &candle_core::CpuStorage,
        l2: &candle_core::Layout,
    ) -> Result<(candle_core::CpuStorage, candle_core::Shape)> {
        use candle_core::CpuStorage;
        let GemvOperands { m, k, n, x: xr, w: wr } = gemv_operands(self.name(), l1, l2)?;
        let (CpuStorage::F32(x), CpuStorage::F32(w)) = (s1, s2) else {
            candle_core::bail!("f32-gemv needs f32 inputs")
        };
        let (x, w) = (&x[xr], &w[wr]);
        // ~64 KiB of weights per task: enough work to hide rayon's hand-off.
        let block = (16384 / k.max(1)).clamp(4, 256);
        let mut blocks = vec![0f32; n * m];
        blocks.par_chunks_mut(block * m).enumerate().for_each(|(bi, dst)| {
            let rows = dst.len() / m;
            let weights = &w[bi * block * k..(bi * block + rows) * k];
            // Two weight rows at a time: two independent memory streams keep more loads in
            // flight (0.6B f32 frame 470 -> 293 ms); each result is still its own dot product,
            // in the same order.
            let mut pairs = weights.chunks_exact(2 * k);
            for (p, pair) in pairs.by_ref().enumerate() {
                let (a, b) = pair.split_at(k);
                for i in 0..m {
                    let (da, db) = dot2_f32(a, b, &x[i * k..(i + 1) * k]);
                    dst[2 * p * m + i] = da;
                    dst[(2 * p + 1) * m + i] = db;
                }
            }
            let last = pairs.remainder();
            if !last.is_empty() {
                for i in 0..m {
                    dst[(rows - 1) * m + i] = dot_f32(last, &x[i * k..(i + 1) * k]);
                }
            }
        });
        let out = rows_from_output_major(blocks, m, n);
        Ok((CpuStorage::F32(out), candle_core::Shape::from((m, n))))
    }
}

/// Dot product with 32 independent lanes (vectorised to 4 FMA chains), then their sum.
#[inline]
fn dot_f32(a: &[f32], b: &[f32]) -> f32 {
    const L: usize = 32;
    let mut acc = [0f32; L];
    let (ac, bc) = (a.chunks_exact(L), b.chunks_exact(L));
    let tail = a.len() - a.len() % L;
    for (av, bv) in ac.zip(bc) {
        for l in 0..L {
            acc[l] = av[l].mul_add(bv[l], acc[l]);
        }
    }
    finish_dot(a, b, tail, &mut acc)
}

/// [`dot_f32`] of two weight rows with the same activations, interleaved (the same arithmetic
/// per row as [`dot_f32`]).
#[inline]
fn dot2_f32(a0: &[f32], a1: &[f32], b: &[f32]) -> (f32, f32) {
    const L: usize = 32;
    let (mut acc0, mut acc1) = ([0f32; L], [0f32; L]);
    let tail = b.len() - b.len() % L;
    for ((v0, v1), bv) in a0.chunks_exact(L).zip(a1.chunks_exact(L)).zip(b.chunks_exact(L)) {
        for l in 0..L {
            acc0[l] = v0[l].mul_add(bv[l], acc0[l]);
            acc1[l] = v1[l].mul_add(bv[l], acc1[l]);
        }
    }
    (finish_dot(a0, b, tail, &mut acc0), finish_dot(a1, b, tail, &mut acc1))
}

/// The scalar tail from `tail` on and the pairwise sum of the 32 lanes (as [`dot_f32`]).
#[inline]
fn finish_dot(a: &[f32], b: &[f32], tail: usize, acc: &mut [f32; 32]) -> f32 {
    let mut sum = 0f32;
    for t in tail..a.len() {
        sum = a[t].mul_add(b[t], sum);
    }
    let mut width = acc.len();
    while width > 1 {
        width /= 2;
        for l in 0..width {
            acc[l] += acc[l + width];
        }
    }
    acc[0] + sum
}

/// f32 -> the storage's element type with round-to-nearest-even (an f32 is exact in f64).
fn narrow<T: candle_core::WithDType>(v: Vec<f32>) -> Vec<T> {
    v.into_iter().map(|f| T::from_f64(f as f64)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::quantized::GgmlDType;
    use candle_core::{DType, Device};

    #[test]
    fn quantized_variant_replaces_the_float_one() {
        let dev = Device::Cpu;
        let w = Tensor::randn(0f32, 1.0, (48, 64), &dev).unwrap();
        let b = Tensor::randn(0f32, 1.0, 48, &dev).unwrap();
        let x = Tensor::randn(0f32, 1.0, (2, 3, 64), &dev).unwrap();
        let float = Linear::Float(candle_nn::Linear::new(w.clone(), Some(b.clone())));
        let q = Linear::quantized(QTensor::quantize(&w, GgmlDType::Q8_0).unwrap(), Some(b), None)
            .unwrap();
        assert_eq!((float.dims(), q.dims()), ((48, 64), (48, 64)));
        let (yf, yq) = (float.forward(&x).unwrap(), q.forward(&x).unwrap());
        assert_eq!(yf.dims(), yq.dims());
        // Q8_0 keeps ~8 bits per weight: outputs agree to about 1% of their scale.
        let err =
            (&yf - &yq).unwrap().abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        let scale = yf.abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
        assert!(err < 0.02 * scale, "q8_0 error {err} vs scale {scale}");
        assert_eq!(yq.dtype(), DType::F32);
    }

    /// Through `Linear::load`, in every path (int8 tiles; GGML blocks in candle's matmul): a
    /// weight with three input columns scaled 40x keeps its f32 output to the precision of
    /// one without them, as those columns are computed in f32.
    #[test]
    fn loaded_layers_compute_outlier_columns_in_f32() {
        use std::collections::HashMap;
        let dev = Device::Cpu;
        // (out, in, format): Q8_0 and Q5_0 take the int8 kernel where the CPU has it, Q4K
        // and an out of 24 (not whole 16-row tiles) candle's.
        for (out, inp, format) in [
            (64, 256, GgmlDType::Q8_0),
            (64, 256, GgmlDType::Q5_0),
            (24, 256, GgmlDType::Q8_0),
            (32, 256, GgmlDType::Q4K),
        ] {
            let w = Tensor::randn(0f32, 0.05, (out, inp), &dev).unwrap();
            let mut scale = vec![1f32; inp];
            for c in [9, 130, 255] {
                scale[c] = 40.0;
            }
            let scale = Tensor::from_vec(scale, (1, inp), &dev).unwrap();
            let with = w.broadcast_mul(&scale).unwrap();
            let x = Tensor::randn(0f32, 1.0, (3, inp), &dev).unwrap();
            let rel_err = |w: &Tensor| {
                let vb = VarBuilder::from_tensors(
                    HashMap::from([("l.weight".to_string(), w.clone())]),
                    DType::F32,
                    &dev,
                );
                let lin = Linear::load(inp, out, false, vb.pp("l"), Some(format)).unwrap();
                let want = x.matmul(&w.t().unwrap()).unwrap();
                let got = lin.forward(&x).unwrap();
                let err = (got - &want).unwrap().sqr().unwrap().mean_all().unwrap();
                let scale = want.sqr().unwrap().mean_all().unwrap();
                (err.to_scalar::<f32>().unwrap() / scale.to_scalar::<f32>().unwrap()).sqrt()
            };
            let (plain, outliers) = (rel_err(&w), rel_err(&with));
            assert!(outliers < 1.5 * plain, "{format:?} [{out}, {inp}]: {outliers} vs {plain}");
        }
    }

    #[test]
    fn f32_gemv_equals_gemm_to_f32_rounding() {
        let dev = Device::Cpu;
        for (n, k) in [(70, 77), (71, 77), (300, 1024)] {
            let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
            let b = Tensor::randn(0f32, 1.0, n, &dev).unwrap();
            let lin = Linear::Float(candle_nn::Linear::new(w.clone(), Some(b.clone())));
            for rows in [1, 2, 4] {
                let x = Tensor::randn(0f32, 1.0, (1, rows, k), &dev).unwrap();
                let fast = lin.forward(&x).unwrap();
                let want = x.broadcast_matmul(&w.t().unwrap()).unwrap().broadcast_add(&b).unwrap();
                assert_eq!(fast.dims(), &[1, rows, n]);
                // Two summation orders of k products each differ by at most ~k ulps of the
                // sum of |products| (first-order rounding bound, both sides).
                let mag = x
                    .abs()
                    .unwrap()
                    .broadcast_matmul(&w.abs().unwrap().t().unwrap())
                    .unwrap()
                    .broadcast_add(&b.abs().unwrap())
                    .unwrap();
                let bound = (mag * (2.0 * k as f64 * f32::EPSILON as f64)).unwrap();
                let excess = ((&fast - &want).unwrap().abs().unwrap() - bound)
                    .unwrap()
                    .max_all()
                    .unwrap()
                    .to_scalar::<f32>()
                    .unwrap();
                assert!(excess <= 0.0, "n {n} k {k} rows {rows}: {excess}");
                let err = (&fast - &want)
                    .unwrap()
                    .abs()
                    .unwrap()
                    .max_all()
                    .unwrap()
                    .to_scalar::<f32>()
                    .unwrap();
                assert!(err < 1e-3, "n {n} k {k} rows {rows}: {err}");
            }
        }
    }

    #[test]
    fn bf16_gemv_equals_widening_matmul() {
        let dev = Device::Cpu;
        let w = Tensor::randn(0f32, 1.0, (70, 77), &dev).unwrap().to_dtype(DType::BF16).unwrap();
        let b = Tensor::randn(0f32, 1.0, 70, &dev).unwrap().to_dtype(DType::BF16).unwrap();
        let lin = Linear::Float(candle_nn::Linear::new(w.clone(), Some(b.clone())));
        for rows in [1, 3, 8] {
            let x = Tensor::randn(0f32, 1.0, (1, rows, 77), &dev)
                .unwrap()
                .to_dtype(DType::BF16)
                .unwrap();
            let fast = lin.forward(&x).unwrap();
            // Reference: f32 matmul of the same bf16 values, rounded once to bf16, plus bias.
            let want = x
                .to_dtype(DType::F32)
                .unwrap()
                .broadcast_matmul(&w.to_dtype(DType::F32).unwrap().t().unwrap())
                .unwrap()
                .to_dtype(DType::BF16)
                .unwrap()
                .broadcast_add(&b)
                .unwrap();
            assert_eq!(fast.dims(), &[1, rows, 70]);
            let (f, r) = (fast.to_dtype(DType::F32).unwrap(), want.to_dtype(DType::F32).unwrap());
            let err =
                (&f - &r).unwrap().abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
            let scale = r.abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
            // Summation order differs from gemm's: at most one bf16 rounding step apart.
            assert!(err <= scale / 128.0, "rows {rows}: {err} vs scale {scale}");
        }
    }
}
