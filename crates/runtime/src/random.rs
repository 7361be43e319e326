//! Random weights in a checkpoint's exact layout, for speed measurements without real weights.

use std::collections::HashMap;

use candle_core::{DType, Device, Result, Shape, Tensor};
use candle_nn::VarBuilder;
use candle_nn::var_builder::SimpleBackend;

/// Uniform values scaled by `1/sqrt(fan_in)` for matrices and embeddings; the values that have
/// a meaning keep a sensible one (norm weights and codebook usage 1, log-scale Snake
/// parameters 0, layer scales 0.01), so activations stay in a normal range (no NaN or
/// denormal slow paths). Each tensor is made when the model asks for it, in the dtype it asks
/// for (no f32 copy of the whole model is ever held), from `seed` and its name.
pub fn var_builder(
    spec: &[(String, Vec<usize>)],
    seed: u64,
    dtype: DType,
    dev: &Device,
) -> Result<VarBuilder<'static>> {
    let shapes = spec.iter().cloned().collect();
    let backend: Box<dyn SimpleBackend> = Box::new(RandomWeights { shapes, seed });
    Ok(VarBuilder::from_backend(backend, dtype, dev.clone()))
}

struct RandomWeights {
    shapes: HashMap<String, Vec<usize>>,
    seed: u64,
}

impl SimpleBackend for RandomWeights {
    fn get(
        &self,
        s: Shape,
        name: &str,
        _h: candle_nn::Init,
        dtype: DType,
        dev: &Device,
    ) -> Result<Tensor> {
        let Some(shape) = self.shapes.get(name) else {
            candle_core::bail!("random weights: the checkpoint layout has no tensor {name}")
        };
        if shape.as_slice() != s.dims() {
            candle_core::bail!("random weights: {name} is {shape:?} in the layout, {s:?} asked")
        }
        let n = s.elem_count();
        let (scale, offset) = if name.ends_with("cluster_usage")
            || name.ends_with("norm.weight")
            || name.ends_with("initialized")
        {
            (0.0, 1.0)
        } else if name.ends_with(".alpha") || name.ends_with(".beta") {
            (0.0, 0.0)
        } else if name.ends_with(".scale") || name.ends_with("gamma") {
            (0.0, 0.01)
        } else {
            let fan_in: usize = shape.iter().skip(1).product::<usize>().max(1);
            ((1.0 / fan_in as f32).sqrt(), 0.0)
        };
        let name_hash = name
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
        let data = fill(n, scale, offset, self.seed ^ name_hash);
        Tensor::from_vec(data, s, &Device::Cpu)?.to_dtype(dtype)?.to_device(dev)
    }

    fn get_unchecked(&self, name: &str, dtype: DType, dev: &Device) -> Result<Tensor> {
        let Some(shape) = self.shapes.get(name) else {
            candle_core::bail!("random weights: the checkpoint layout has no tensor {name}")
        };
        self.get(shape.clone().into(), name, candle_nn::Init::Const(0.0), dtype, dev)
    }

    fn contains_tensor(&self, name: &str) -> bool {
        self.shapes.contains_key(name)
    }
}

/// `offset + scale * u`, `u` uniform in [-1, 1) from a xorshift stream per 64 Ki chunk.
fn fill(n: usize, scale: f32, offset: f32, seed: u64) -> Vec<f32> {
    let mut v = vec![offset; n];
    if scale == 0.0 {
        return v;
    }
    const CHUNK: usize = 1 << 16;
    let work = |(c, chunk): (usize, &mut [f32])| {
        let mut x = seed ^ ((c as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        for y in chunk.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let u = (x >> 40) as f32 / (1u64 << 24) as f32; // [0, 1)
            *y = offset + scale * (2.0 * u - 1.0);
        }
    };
    std::thread::scope(|s| {
        // Two halves on two threads: filling the 0.6B text embedding takes ~1 s otherwise.
        let mid = (n / 2).div_ceil(CHUNK) * CHUNK;
        let (a, b) = v.split_at_mut(mid.min(n));
        let start = a.len() / CHUNK;
        let first = a.chunks_mut(CHUNK).enumerate();
        s.spawn(move || first.for_each(work));
        b.chunks_mut(CHUNK).enumerate().map(|(c, ch)| (c + start, ch)).for_each(work);
    });
    v
}
