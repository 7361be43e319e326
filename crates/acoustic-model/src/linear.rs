//! Linear layers that a quantized matmul can replace later.
//!
//! Every projection of the talker and the code predictor goes through [`Linear`], an enum over
//! a float weight (candle_nn's `Linear`, `[out, in]` as in PyTorch) and a candle `QMatMul`. The
//! loaders build the float variant; a quantizing loader only has to produce the other one.

use candle_core::quantized::{QMatMul, QTensor};
use candle_core::{DType, Module, Result, Tensor};
use candle_nn::VarBuilder;

#[derive(Debug, Clone)]
pub enum Linear {
    /// `y = x W^T (+ b)` in the model dtype.
    Float(candle_nn::Linear),
    /// `y = x W^T (+ b)` through candle's quantized matmul (GGML block formats).
    Quantized { w: QMatMul, b: Option<Tensor> },
}

impl Linear {
    /// `nn.Linear(in_dim, out_dim, bias)` named like PyTorch (`{prefix}.weight`, `{prefix}.bias`).
    pub fn new(in_dim: usize, out_dim: usize, bias: bool, vb: VarBuilder) -> Result<Self> {
        let w = vb.get((out_dim, in_dim), "weight")?;
        let b = if bias { Some(vb.get(out_dim, "bias")?) } else { None };
        Ok(Self::Float(candle_nn::Linear::new(w, b)))
    }

    /// A quantized replacement for a float layer (weight `[out, in]`).
    pub fn quantized(w: QTensor, b: Option<Tensor>) -> Result<Self> {
        Ok(Self::Quantized { w: QMatMul::from_qtensor(w)?, b })
    }

    /// `(out, in)`.
    pub fn dims(&self) -> (usize, usize) {
        match self {
            Self::Float(l) => l.weight().dims2().unwrap_or((0, 0)),
            Self::Quantized { w, .. } => match w {
                QMatMul::QTensor(t) => t.shape().dims2().unwrap_or((0, 0)),
                QMatMul::Tensor(t) | QMatMul::TensorF16(t) => t.dims2().unwrap_or((0, 0)),
            },
        }
    }
}

/// Rows up to which a bf16 CPU matmul takes the streaming kernel below instead of candle's
/// (which widens the whole weight to f32 on every call).
const BF16_GEMV_MAX_ROWS: usize = 8;

impl Module for Linear {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        match self {
            Self::Float(l) if l.weight().dtype() == DType::BF16 && xs.device().is_cpu() => {
                let (out, inp) = l.weight().dims2()?;
                let rows = xs.elem_count() / inp.max(1);
                if rows > BF16_GEMV_MAX_ROWS {
                    return l.forward(xs);
                }
                let mut shape = xs.dims().to_vec();
                let x2 = xs.reshape((rows, inp))?.contiguous()?;
                let ys = x2.apply_op2_no_bwd(l.weight(), &Bf16Gemv)?;
                if let Some(last) = shape.last_mut() {
                    *last = out;
                }
                let ys = ys.reshape(shape)?;
                match l.bias() {
                    Some(b) => ys.broadcast_add(b),
                    None => Ok(ys),
                }
            }
            Self::Float(l) => l.forward(xs),
            Self::Quantized { w, b } => {
                let ys = w.forward(xs)?;
                match b {
                    Some(b) => ys.broadcast_add(b),
                    None => Ok(ys),
                }
            }
        }
    }
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
        use rayon::prelude::*;
        let (m, k) = l1.shape().dims2()?;
        let (n, k2) = l2.shape().dims2()?;
        if k != k2 {
            candle_core::bail!("bf16-gemv: x has {k} columns, w has {k2}")
        }
        let (CpuStorage::BF16(x), CpuStorage::BF16(w)) = (s1, s2) else {
            candle_core::bail!("bf16-gemv needs bf16 inputs")
        };
        let (Some((x0, x1)), Some((w0, w1))) = (l1.contiguous_offsets(), l2.contiguous_offsets())
        else {
            candle_core::bail!("bf16-gemv needs contiguous inputs")
        };
        let xf: Vec<f32> =
            x[x0..x1].iter().map(|v| f32::from_bits((v.to_bits() as u32) << 16)).collect();
        let w = &w[w0..w1];
        let mut out = vec![0f32; m * n];
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
        for (j, chunk) in blocks.chunks(m).enumerate() {
            for (i, &v) in chunk.iter().enumerate() {
                out[i * n + j] = v;
            }
        }
        Ok((CpuStorage::BF16(narrow(out)), candle_core::Shape::from((m, n))))
    }
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
        let q =
            Linear::quantized(QTensor::quantize(&w, GgmlDType::Q8_0).unwrap(), Some(b)).unwrap();
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
