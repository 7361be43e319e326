//! Random weights in a checkpoint's exact layout, for speed measurements without real weights:
//! the one builder behind `runtime::Engine::random`, this crate's examples and the codec
//! decoder bench. It knows nothing of any model beyond a layout (tensor names and shapes,
//! e.g. [`crate::expected_tensors`] or `audio_codec_12hz::expected_tensors`), so it serves
//! the codec as well; it lives here because every user can depend on this crate.
//!
//! Each tensor is made when the model asks for it, in the dtype it asks for (no f32 copy of
//! the whole model is ever held): `offset + scale * u`, `u` uniform in [-1, 1) from a xorshift
//! stream seeded by `seed`, the tensor's name and the 64 Ki chunk, so the values do not
//! depend on the thread count. An [`Init`] picks `(scale, offset)` per tensor.

use std::collections::HashMap;

use candle_core::{DType, Device, Result, Shape, Tensor};
use candle_nn::VarBuilder;
use candle_nn::var_builder::SimpleBackend;
use rayon::prelude::*;

/// `offset + scale * u` with `u` uniform in [-1, 1) (`scale` 0: the constant `offset`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fill {
    pub scale: f32,
    pub offset: f32,
}

/// How a tensor is filled, from its name and shape.
pub type Init = fn(&str, &[usize]) -> Fill;

/// The default [`Init`]: uniform values scaled by `1/sqrt(fan_in)` for matrices and
/// embeddings; the values that have a meaning keep a sensible one (norm weights and codebook
/// usage 1, log-scale Snake parameters 0, layer scales 0.01), so activations stay in a normal
/// range (no NaN or denormal slow paths).
pub fn scaled_by_fan_in(name: &str, shape: &[usize]) -> Fill {
    if name.ends_with("cluster_usage")
        || name.ends_with("norm.weight")
        || name.ends_with("initialized")
    {
        Fill { scale: 0.0, offset: 1.0 }
    } else if name.ends_with(".alpha") || name.ends_with(".beta") {
        Fill { scale: 0.0, offset: 0.0 }
    } else if name.ends_with(".scale") || name.ends_with("gamma") {
        Fill { scale: 0.0, offset: 0.01 }
    } else {
        let fan_in: usize = shape.iter().skip(1).product::<usize>().max(1);
        Fill { scale: (1.0 / fan_in as f32).sqrt(), offset: 0.0 }
    }
}

/// [`var_builder_with`] the default [`scaled_by_fan_in`].
pub fn var_builder(
    layout: &[(String, Vec<usize>)],
    seed: u64,
    dtype: DType,
    dev: &Device,
) -> Result<VarBuilder<'static>> {
    var_builder_with(layout, seed, scaled_by_fan_in, dtype, dev)
}

/// A VarBuilder that hands out random tensors for exactly the names and shapes of `layout`
/// (anything else is an error naming the tensor).
pub fn var_builder_with(
    layout: &[(String, Vec<usize>)],
    seed: u64,
    init: Init,
    dtype: DType,
    dev: &Device,
) -> Result<VarBuilder<'static>> {
    let shapes = layout.iter().cloned().collect();
    let backend: Box<dyn SimpleBackend> = Box::new(RandomWeights { shapes, seed, init });
    Ok(VarBuilder::from_backend(backend, dtype, dev.clone()))
}

struct RandomWeights {
    shapes: HashMap<String, Vec<usize>>,
    seed: u64,
    init: Init,
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
        let Fill { scale, offset } = (self.init)(name, shape);
        // FNV-1a of the name: every tensor its own stream.
        let name_hash = name
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
        let data = fill(s.elem_count(), scale, offset, self.seed ^ name_hash);
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
    v.par_chunks_mut(1 << 16).enumerate().for_each(|(c, chunk)| {
        let mut x = seed ^ ((c as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        for y in chunk.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let u = (x >> 40) as f32 / (1u64 << 24) as f32; // [0, 1)
            *y = offset + scale * (2.0 * u - 1.0);
        }
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_follow_the_init_and_the_layout() {
        let layout = vec![
            ("a.weight".to_string(), vec![70_000, 4]),
            ("a.norm.weight".to_string(), vec![4]),
            ("b.alpha".to_string(), vec![3]),
        ];
        let vb = var_builder(&layout, 9, DType::F32, &Device::Cpu).unwrap();
        let w = vb.get((70_000, 4), "a.weight").unwrap().flatten_all().unwrap();
        let w: Vec<f32> = w.to_vec1().unwrap();
        // uniform in [-1/2, 1/2) (fan_in 4), mean ~0 and variance (1/2)^2 / 3 over 280k values.
        assert!(w.iter().all(|x| (-0.5..0.5).contains(x)));
        let mean = w.iter().map(|&x| x as f64).sum::<f64>() / w.len() as f64;
        let var = w.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / w.len() as f64;
        assert!(mean.abs() < 2e-3 && (var - 0.25 / 3.0).abs() < 1e-3, "{mean} {var}");
        assert_eq!(vb.get(4, "a.norm.weight").unwrap().to_vec1::<f32>().unwrap(), [1.0; 4]);
        assert_eq!(vb.get(3, "b.alpha").unwrap().to_vec1::<f32>().unwrap(), [0.0; 3]);
        // Same seed, same values; the bf16 tensor is the f32 one rounded.
        let again = var_builder(&layout, 9, DType::BF16, &Device::Cpu).unwrap();
        let half = again.get((70_000, 4), "a.weight").unwrap();
        let rounded = Tensor::new(w.as_slice(), &Device::Cpu).unwrap().to_dtype(DType::BF16);
        let same = half.flatten_all().unwrap().eq(&rounded.unwrap()).unwrap();
        assert_eq!(
            same.to_dtype(DType::F32).unwrap().sum_all().unwrap().to_scalar::<f32>().unwrap(),
            280_000.0
        );
        // Anything outside the layout is refused by name.
        let err = vb.get(5, "a.norm.weight").unwrap_err().to_string();
        assert!(err.contains("a.norm.weight") && err.contains("[4]"), "{err}");
        assert!(vb.get(1, "c").unwrap_err().to_string().contains("no tensor c"));
    }
}
