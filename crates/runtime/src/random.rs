//! Random weights in a checkpoint's exact layout, for speed measurements without real weights.

use std::collections::HashMap;

use candle_core::{DType, Device, Result, Tensor};
use candle_nn::VarBuilder;

/// Uniform values scaled by `1/sqrt(fan_in)` for matrices and embeddings; the values that have
/// a meaning keep a sensible one (norm weights and codebook usage 1, log-scale Snake
/// parameters 0, layer scales 0.01), so activations stay in a normal range (no NaN or
/// denormal slow paths).
pub fn var_builder(
    spec: &[(String, Vec<usize>)],
    seed: u64,
    dtype: DType,
    dev: &Device,
) -> Result<VarBuilder<'static>> {
    // candle's CPU generator cannot be seeded; the values do not matter for speed anyway.
    if !dev.is_cpu() {
        dev.set_seed(seed)?;
    }
    let mut tensors = HashMap::with_capacity(spec.len());
    for (name, shape) in spec {
        let shape = shape.as_slice();
        let t = if name.ends_with("cluster_usage")
            || name.ends_with("norm.weight")
            || name.ends_with("initialized")
        {
            Tensor::ones(shape, DType::F32, dev)?
        } else if name.ends_with(".alpha") || name.ends_with(".beta") {
            Tensor::zeros(shape, DType::F32, dev)?
        } else if name.ends_with(".scale") || name.ends_with("gamma") {
            Tensor::full(0.01f32, shape, dev)?
        } else {
            let fan_in: usize = shape.iter().skip(1).product::<usize>().max(1);
            let bound = (1.0 / fan_in as f64).sqrt();
            Tensor::rand(-bound as f32, bound as f32, shape, dev)?
        };
        tensors.insert(name.clone(), t.to_dtype(dtype)?);
    }
    Ok(VarBuilder::from_tensors(tensors, dtype, dev))
}
