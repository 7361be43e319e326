//! Token selection with tensor ops on the logits' device: the code predictor's choice without a
//! host read per step (a read waits for the device; 15 of them a frame on a GPU).
//!
//! The arithmetic is [`sampling::select`]'s, row by row: greedy is the first index of the
//! maximum; sampling applies [`sampling::warp`] (temperature, top-k keeping ties with the k-th
//! value, top-p over the ascending order with ties in index order) and then the inverse CDF in
//! index order over `exp(s - max)` in f64, with `u` drawn on the host from the row's [`Rng`]
//! (one `next_f64` per sampled choice, as the host draws) and uploaded; uploads do not wait.
//!
//! Where the results can differ from the host, given the same logits (all on rounding
//! boundaries, never on ordinary values):
//! - the draw's cumulative sum is a matmul (f64, other summation order than the host's loop):
//!   a different code needs `u * total` within ~1e-13 (relative) of a cumulative boundary;
//! - top-p: the host accumulates the sorted probabilities in f32, one at a time; here they are
//!   summed in f64. A token whose f32 cumulative lies within the host's own rounding (~1e-7
//!   relative) of `1 - top_p` can be kept by one side and dropped by the other; the drawn code
//!   differs only if `u` then lands on that token or within its mass of a boundary;
//! - on a GPU `expf` may differ from the host's by an ulp (same boundary cases); the f32
//!   division by the temperature is IEEE on both (candle's kernels are built without fast math);
//! - NaN logits are not reproduced (the code predictor's heads do not give them); the host's
//!   `total_cmp` order of `-0.0` before `+0.0` is (see `order_key`).
//!
//! Every op used has a CUDA kernel in candle 0.11 (`asort_asc`, `gather`, `where_u8`, cmp,
//! `fast_min/max/sum` on f32, f64, u32; f64 matmul through cuBLAS `dgemm`); cumulative sums are
//! a matmul with a cached triangular matrix (candle's `cumsum` builds that matrix on every call,
//! and its f32 matmul may run in TF32).

use candle_core::{D, DType, Device, Result, Tensor, bail};

use crate::sampling::{Rng, SamplingParams};

/// What one row takes at one step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Choice {
    /// Teacher forcing: this code, no draw.
    Forced(u32),
    /// [`sampling::select`] with `params`; `u` is the row's uniform, used when
    /// `params.do_sample` (see [`Choice::draw`]).
    Select { params: SamplingParams, u: f64 },
}

impl Choice {
    /// Consumes `rng` exactly as [`sampling::select`] does: one `next_f64` when sampling,
    /// nothing when greedy.
    pub fn draw(params: SamplingParams, rng: &mut Rng) -> Self {
        let u = if params.do_sample { rng.next_f64() } else { 0.0 };
        Self::Select { params, u }
    }
}

/// Parameters that leave the logits as they are; used for the rows of the sampled pass whose
/// result is discarded (greedy and forced rows).
const NEUTRAL: SamplingParams =
    SamplingParams { do_sample: true, top_k: 0, top_p: 1.0, temperature: 1.0 };

/// Selects one token per row of `[rows, vocab]` logits on their device. Holds the constant
/// tensors of one vocabulary size (cheap to clone).
#[derive(Debug, Clone)]
pub struct DeviceSelector {
    vocab: usize,
    /// `[1, vocab]` u32: `0..vocab`.
    ids: Tensor,
    /// `[1, 1]` u32 `vocab`: "no index" in min-reductions, and the code of a row that has
    /// nothing to sample (the host's error, reported when the codes are read).
    none: Tensor,
    /// `[1, 1]` u32 `vocab - 1`.
    last: Tensor,
    /// `[1, 1]` u32 0.
    zero_id: Tensor,
    /// `[1, 1]` f32 `-inf`.
    neg_inf: Tensor,
    /// `[1, 1]` f32 0.
    zero_f32: Tensor,
    /// `[1, 1]` f32: the largest negative f32 (-1.4e-45), `-0.0`'s place in the sort order.
    neg_zero_key: Tensor,
    /// `[1, 1]` f64 0.
    zero: Tensor,
    /// `[vocab, vocab]` f64 upper-triangular ones: `xs.matmul(triu)` sums each row cumulatively.
    triu: Tensor,
    /// The last upload of each per-row setting ([`Self::upload`]).
    uploads: std::sync::Arc<std::sync::Mutex<Vec<Upload>>>,
}

/// A per-row setting as last uploaded: which one, its values' bytes, the tensor.
#[derive(Debug)]
struct Upload {
    name: &'static str,
    bytes: Vec<u8>,
    tensor: Tensor,
}

impl DeviceSelector {
    pub fn new(vocab: usize, dev: &Device) -> Result<Self> {
        if vocab == 0 || vocab >= u32::MAX as usize {
            bail!("cannot select tokens from a vocabulary of {vocab}")
        }
        let n = vocab as u32;
        Ok(Self {
            vocab,
            ids: Tensor::arange(0u32, n, dev)?.unsqueeze(0)?,
            none: Tensor::full(n, (1, 1), dev)?,
            last: Tensor::full(n - 1, (1, 1), dev)?,
            zero_id: Tensor::zeros((1, 1), DType::U32, dev)?,
            neg_inf: Tensor::full(f32::NEG_INFINITY, (1, 1), dev)?,
            zero_f32: Tensor::zeros((1, 1), DType::F32, dev)?,
            neg_zero_key: Tensor::full(-f32::from_bits(1), (1, 1), dev)?,
            zero: Tensor::zeros((1, 1), DType::F64, dev)?,
            triu: Tensor::triu2(vocab, DType::F64, dev)?,
            uploads: Default::default(),
        })
    }

    /// `values` as a tensor of `shape` on `dev`, reusing the last upload of setting `name` when
    /// its values are the same: the rows' temperatures, top-k/top-p settings and masks stay
    /// the same over a frame's 15 code-predictor steps, so on a GPU they are copied once
    /// instead of at every step (the uniforms change and are always uploaded).
    fn upload<T: candle_core::WithDType + Copy>(
        &self,
        name: &'static str,
        values: Vec<T>,
        shape: impl Into<candle_core::Shape>,
        dev: &Device,
    ) -> Result<Tensor> {
        let shape = shape.into();
        // The f64 bits of each value identify it (exact for the u8, u32, f32 and f64 settings;
        // -0.0 and 0.0 differ), with the dtype, shape and device checked below.
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_f64().to_le_bytes()).collect();
        let mut uploads = self.uploads.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(u) = uploads.iter().find(|u| u.name == name)
            && u.bytes == bytes
            && u.tensor.dtype() == T::DTYPE
            && u.tensor.shape() == &shape
            && u.tensor.device().same_device(dev)
        {
            return Ok(u.tensor.clone());
        }
        let tensor = Tensor::from_vec(values, shape, dev)?;
        uploads.retain(|u| u.name != name);
        uploads.push(Upload { name, bytes, tensor: tensor.clone() });
        Ok(tensor)
    }

    pub fn vocab(&self) -> usize {
        self.vocab
    }

    /// `ids` limited to the vocabulary, for an embedding lookup: a row with nothing to sample
    /// holds `vocab` (reported when read) and must not index out of the table meanwhile.
    pub fn embeddable(&self, ids: &Tensor) -> Result<Tensor> {
        ids.broadcast_minimum(&self.last.squeeze(0)?)
    }

    /// The chosen token of each row, `[rows]` u32 on the logits' device; no host read. A
    /// sampled row whose every token is filtered out (all logits `-inf`) gets `vocab`, where the
    /// host's `select` fails.
    pub fn select(&self, logits: &Tensor, choices: &[Choice]) -> Result<Tensor> {
        let (rows, n) = logits.dims2()?;
        if n != self.vocab || choices.len() != rows {
            bail!(
                "selector for {} tokens got logits {:?} and {} choices",
                self.vocab,
                logits.dims(),
                choices.len()
            )
        }
        let dev = logits.device();
        let forced: Vec<Option<u32>> = choices
            .iter()
            .map(|c| match *c {
                Choice::Forced(id) if id as usize >= n => {
                    bail!("forced code {id} is outside 0..{n}")
                }
                Choice::Forced(id) => Ok(Some(id)),
                Choice::Select { .. } => Ok(None),
            })
            .collect::<Result<_>>()?;
        let sampled: Vec<bool> = choices
            .iter()
            .map(|c| matches!(c, Choice::Select { params, .. } if params.do_sample))
            .collect();
        let any_sampled = sampled.iter().any(|&s| s);
        let any_greedy =
            choices.iter().any(|c| matches!(c, Choice::Select { params, .. } if !params.do_sample));
        let forced_ids = || -> Result<Tensor> {
            let ids: Vec<u32> = forced.iter().map(|f| f.unwrap_or(0)).collect();
            self.upload("forced ids", ids, rows, dev)
        };
        if !any_sampled && !any_greedy {
            return forced_ids();
        }
        let xs = logits.to_dtype(DType::F32)?.contiguous()?;
        let greedy = if any_greedy { Some(self.greedy(&xs)?) } else { None };
        let drawn = if any_sampled {
            let (params, u): (Vec<SamplingParams>, Vec<f64>) = choices
                .iter()
                .zip(&sampled)
                .map(|(c, &s)| match *c {
                    Choice::Select { params, u } if s => (params, u),
                    _ => (NEUTRAL, 0.0),
                })
                .unzip();
            let u = Tensor::from_vec(u, (rows, 1), dev)?;
            Some(self.draw(&self.warp(&xs, &params)?, &u)?)
        } else {
            None
        };
        let mut ids = match (greedy, drawn) {
            (Some(g), Some(d)) => {
                let mask: Vec<u8> = sampled.iter().map(|&s| s as u8).collect();
                self.upload("sampled mask", mask, rows, dev)?.where_cond(&d, &g)?
            }
            (Some(t), None) | (None, Some(t)) => t,
            (None, None) => unreachable!("returned above when no row selects"),
        };
        if forced.iter().any(Option::is_some) {
            let mask: Vec<u8> = forced.iter().map(|f| f.is_some() as u8).collect();
            ids = self.upload("forced mask", mask, rows, dev)?.where_cond(&forced_ids()?, &ids)?;
        }
        Ok(ids)
    }

    /// First index of each row's maximum, `[rows]` u32: the smallest index among the entries
    /// equal to the row maximum (`torch.argmax` and [`sampling::argmax`] take the first), so
    /// no backend's argmax tie rule is relied on.
    pub fn greedy(&self, xs: &Tensor) -> Result<Tensor> {
        let (rows, n) = xs.dims2()?;
        let shape = (rows, n);
        let at_max = xs.broadcast_eq(&xs.max_keepdim(1)?)?;
        at_max.where_cond(&self.ids.broadcast_as(shape)?, &self.none.broadcast_as(shape)?)?.min(1)
    }

    /// [`sampling::warp`] on every row with its own parameters: filtered entries become `-inf`,
    /// the others keep their (temperature-divided) value.
    pub fn warp(&self, xs: &Tensor, params: &[SamplingParams]) -> Result<Tensor> {
        let (rows, n) = xs.dims2()?;
        if params.len() != rows || n != self.vocab {
            bail!("warp of logits {:?} with {} parameter rows", xs.dims(), params.len())
        }
        let dev = xs.device();
        let shape = (rows, n);
        let neg_inf = self.neg_inf.broadcast_as(shape)?;
        let mut s = xs.to_dtype(DType::F32)?;
        if params.iter().any(|p| p.temperature != 1.0) {
            // An IEEE f32 division, as the host's `*s /= t` (dividing by 1.0 is exact).
            let t: Vec<f32> = params.iter().map(|p| p.temperature as f32).collect();
            s = s.broadcast_div(&self.upload("temperatures", t, (rows, 1), dev)?)?;
        }
        let top_k = params.iter().any(|p| p.top_k != 0);
        let top_p = params.iter().any(|p| p.top_p < 1.0);
        if !top_k && !top_p {
            return Ok(s);
        }
        let s = s.contiguous()?;
        let mut key = self.order_key(&s)?;
        // Ascending; the order of equal keys is left to the backend (the CUDA kernel is a
        // bitonic sort): only the sorted values are read.
        let perm = key.arg_sort_last_dim(true)?;
        let mut sorted = key.gather(&perm, 1)?;
        let mut s = s;
        if top_k {
            // The k-th largest is the ascending position n - min(k, n); top_k 0 reads the
            // minimum, which removes nothing. `scores < kth` goes (a plain comparison: -0.0
            // is 0 there); ties with it stay.
            let pos: Vec<u32> = params
                .iter()
                .map(|p| if p.top_k == 0 { 0 } else { (n - p.top_k.min(n)) as u32 })
                .collect();
            let kth = sorted.gather(&self.upload("top-k positions", pos, (rows, 1), dev)?, 1)?;
            let zero = self.zero_f32.broadcast_as((rows, 1))?;
            let kth = kth.broadcast_eq(&self.neg_zero_key)?.where_cond(&zero, &kth)?;
            let drop = s.broadcast_lt(&kth)?;
            s = drop.where_cond(&neg_inf, &s)?;
            key = drop.where_cond(&neg_inf, &key)?;
            // Still ascending: the removed entries were a prefix.
            let drop = s.gather(&perm, 1)?.broadcast_lt(&kth)?;
            sorted = drop.where_cond(&neg_inf, &sorted)?;
        }
        if top_p {
            s = self.top_p(&key, &sorted, params)?.where_cond(&s, &neg_inf)?;
        }
        Ok(s)
    }

    /// The host sorts with `total_cmp`, which puts `-0.0` before `+0.0` (equal as values):
    /// `-0.0` (zero with a negative reciprocal) is replaced by the largest negative f32. Only
    /// a row holding that very value (-1.4e-45) beside a `-0.0` is ordered otherwise.
    fn order_key(&self, s: &Tensor) -> Result<Tensor> {
        let zero = self.zero_f32.broadcast_as(s.shape())?;
        let neg_zero = (s.eq(&zero)? * s.recip()?.lt(&zero)?)?;
        neg_zero.where_cond(&self.neg_zero_key.broadcast_as(s.shape())?, s)
    }

    /// transformers' `TopPLogitsWarper` as the host runs it: sort ascending (a stable sort, so
    /// equal values in index order), cumulative softmax, remove the entries with cumulative
    /// `<= 1 - top_p` except the largest. The removed entries are the first `m` of that order,
    /// so with `v` the value at position `m` and `rank` its place among the entries equal to
    /// `v` (in index order), an entry stays when it is above `v`, or equal to `v` and at least
    /// `rank`-th among them: no second (stable) sort is needed.
    ///
    /// `key`: the sort keys of the scores after top-k ([`Self::order_key`]), `sorted`: the same
    /// keys ascending. Returns the mask of the entries kept (u8).
    fn top_p(&self, key: &Tensor, sorted: &Tensor, params: &[SamplingParams]) -> Result<Tensor> {
        let (rows, n) = key.dims2()?;
        let dev = key.device();
        // Rows without top-p get a cut below every cumulative: m = 0 keeps them whole.
        let cut: Vec<f64> = params
            .iter()
            .map(|p| if p.top_p < 1.0 { (1.0 - p.top_p) as f32 as f64 } else { -1.0 })
            .collect();
        let cut = self.upload("top-p cuts", cut, (rows, 1), dev)?;
        let max = sorted.narrow(1, n - 1, 1)?;
        // exp(s - max) in f32 as the host; its f32 running sum is done here in f64.
        let e = sorted.broadcast_sub(&max)?.exp()?.to_dtype(DType::F64)?;
        let cum = self.cumsum(&e)?.broadcast_div(&e.sum_keepdim(1)?)?;
        let m = cum
            .broadcast_le(&cut)?
            .to_dtype(DType::U32)?
            .sum_keepdim(1)?
            .broadcast_minimum(&self.last)?; // the largest always stays
        let v = sorted.gather(&m.contiguous()?, 1)?; // rows, 1
        let below = key.broadcast_lt(&v)?.to_dtype(DType::F64)?.sum_keepdim(1)?;
        let rank = (m.to_dtype(DType::F64)? - below)?;
        let tie = key.broadcast_eq(&v)?;
        // 1-based place of each entry among those equal to v, in index order.
        let place = self.cumsum(&tie.to_dtype(DType::F64)?)?;
        let late_tie = (&tie * place.broadcast_gt(&rank)?)?;
        key.broadcast_gt(&v)?.maximum(&late_tie)
    }

    /// The host's draw on warped scores: probabilities `exp((s - max) as f64)` (exactly 0 for
    /// `-inf`), the first index (in index order) whose cumulative exceeds `u * total`, else the
    /// last positive one; `vocab` where nothing is left to sample. `u: [rows, 1]` f64.
    fn draw(&self, s: &Tensor, u: &Tensor) -> Result<Tensor> {
        let (rows, n) = s.dims2()?;
        let shape = (rows, n);
        let ids = self.ids.broadcast_as(shape)?;
        let q = s.broadcast_sub(&s.max_keepdim(1)?)?.to_dtype(DType::F64)?.exp()?;
        let acc = self.cumsum(&q)?;
        // The host's total is its running sum's last value; so is this one.
        let total = acc.narrow(1, n - 1, 1)?;
        let positive = q.broadcast_gt(&self.zero)?;
        let past = acc.broadcast_gt(&(u * &total)?)?;
        let first = (&past * &positive)?
            .where_cond(&ids, &self.none.broadcast_as(shape)?)?
            .min_keepdim(1)?;
        let last_positive =
            positive.where_cond(&ids, &self.zero_id.broadcast_as(shape)?)?.max_keepdim(1)?;
        let pick = first.broadcast_lt(&self.none)?.where_cond(&first, &last_positive)?;
        // total > 0 fails for a row of -inf only (NaN compares false too).
        let none = self.none.broadcast_as((rows, 1))?;
        total.broadcast_gt(&self.zero)?.where_cond(&pick, &none)?.squeeze(D::Minus1)
    }

    /// Inclusive cumulative sum along each row of `[rows, vocab]` f64.
    fn cumsum(&self, xs: &Tensor) -> Result<Tensor> {
        xs.matmul(&self.triu)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sampling::{argmax, select, warp};

    const INF: f32 = f32::NEG_INFINITY;

    fn sp(do_sample: bool, top_k: usize, top_p: f64, temperature: f64) -> SamplingParams {
        SamplingParams { do_sample, top_k, top_p, temperature }
    }

    /// Logit rows of one shape: `kind` 0 plain values, 1 few levels (many ties, also at the
    /// top-k and top-p cuts), 2 values rounded to bf16 (the GPU's `--dtype bf16` heads),
    /// 3 some entries `-inf`, 4 one huge gap (f32 `exp` underflows to 0 for most entries).
    fn logits(rows: usize, n: usize, kind: usize, values: &mut Rng) -> Vec<Vec<f32>> {
        (0..rows)
            .map(|_| {
                (0..n)
                    .map(|_| {
                        let x = (values.next_f64() * 2.0 - 1.0) as f32 * 6.0;
                        match kind {
                            0 => x,
                            1 => (x / 2.0).round(),
                            2 => f32::from_bits(x.to_bits() & 0xffff_0000),
                            3 if values.next_f64() < 0.3 => INF,
                            4 if values.next_f64() < 0.05 => x + 150.0,
                            _ => x,
                        }
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn settings_kept_between_calls_follow_each_calls_rows() {
        // One selector over many calls whose rows change their parameters, their sampled /
        // greedy / forced kind and their forced codes between calls (a reused setting that no
        // longer matches would show as a code the host does not choose).
        let mut values = Rng::new(11);
        let n = 97;
        let xs = logits(5, n, 1, &mut values);
        let grid = params_grid();
        // Runs of equal calls (reuse) and changes (new uploads), per row.
        let kind = |call: usize, r: usize| match (call / 3 + r) % 5 {
            0 => None,
            1 => Some(sp(false, 0, 1.0, 1.0)),
            k => Some(grid[(call / 2 + 7 * r + k) % grid.len()]),
        };
        let forced = |call: usize, r: usize| ((call / 4) * 13 + r) as u32 % n as u32;
        check_steps(&xs, &kind, &forced, 40, 40);
    }

    fn params_grid() -> Vec<SamplingParams> {
        let mut v = Vec::new();
        for &t in &[1.0, 0.9, 0.7, 1.3] {
            for &k in &[0, 1, 2, 5, 50, 5000] {
                for &p in &[1.0, 0.95, 0.8, 0.5, 0.1, 1e-6] {
                    v.push(sp(true, k, p, t));
                }
            }
        }
        v
    }

    /// Runs `steps` selections of every row on the host (`sampling::select`, one generator per
    /// row) and on the device selector (`Choice::draw` from a copy of the same generators):
    /// same codes at every step, same generator states after.
    fn check(xs: &[Vec<f32>], kinds: &[Option<SamplingParams>], steps: usize, seed: u64) {
        let n = xs[0].len() as u32;
        check_steps(xs, &|_, r| kinds[r], &|step, r| (r * 7 + step) as u32 % n, steps, seed);
    }

    /// One selector over `steps` calls on the rows `xs` against the host's `select`: row r
    /// takes `kind(step, r)` (`None`: forced to `forced(step, r)`), its generator seeded
    /// `seed + r`; the codes and the generators' states must end up as the host's.
    fn check_steps(
        xs: &[Vec<f32>],
        kind: &dyn Fn(usize, usize) -> Option<SamplingParams>,
        forced: &dyn Fn(usize, usize) -> u32,
        steps: usize,
        seed: u64,
    ) {
        let (rows, n) = (xs.len(), xs[0].len());
        let dev = Device::Cpu;
        let sel = DeviceSelector::new(n, &dev).unwrap();
        let mut host_rng: Vec<Rng> = (0..rows).map(|r| Rng::new(seed + r as u64)).collect();
        let mut dev_rng = host_rng.clone();
        let flat: Vec<f32> = xs.iter().flatten().copied().collect();
        let t = Tensor::from_vec(flat, (rows, n), &dev).unwrap();
        for step in 0..steps {
            let want: Vec<u32> = (0..rows)
                .map(|r| match kind(step, r) {
                    Some(p) => select(&mut xs[r].clone(), &p, &mut host_rng[r]).unwrap(),
                    None => forced(step, r),
                })
                .collect();
            let choices: Vec<Choice> = (0..rows)
                .map(|r| match kind(step, r) {
                    Some(p) => Choice::draw(p, &mut dev_rng[r]),
                    None => Choice::Forced(forced(step, r)),
                })
                .collect();
            let got = sel.select(&t, &choices).unwrap().to_vec1::<u32>().unwrap();
            for r in 0..rows {
                assert_eq!(got[r], want[r], "step {step}, vocab {n}, row {r}: {:?}", choices[r]);
            }
        }
        assert_eq!(dev_rng, host_rng, "the generators advanced differently");
    }

    #[test]
    fn greedy_is_the_first_maximum_on_ties_and_all_minus_inf() {
        let sel = DeviceSelector::new(5, &Device::Cpu).unwrap();
        let xs = Tensor::new(
            &[
                [1.0f32, 5.0, 5.0, -1.0, 5.0],
                [INF, INF, INF, INF, INF],
                [INF, 2.0, INF, 2.0, 1.0],
                [0.0, -0.0, 0.0, -1.0, -0.0],
            ],
            &Device::Cpu,
        )
        .unwrap();
        let got = sel.greedy(&xs).unwrap().to_vec1::<u32>().unwrap();
        // sampling::argmax is the oracle: first index of the maximum, 0 when nothing is larger.
        let want: Vec<u32> = xs.to_vec2::<f32>().unwrap().iter().map(|r| argmax(r)).collect();
        assert_eq!(want, vec![1, 0, 1, 0]);
        assert_eq!(got, want);
    }

    #[test]
    fn warp_equals_the_host_warpers_on_ties() {
        let inf = INF;
        // (row, params, host result derived by hand)
        let cases: Vec<(Vec<f32>, SamplingParams, Vec<f32>)> = vec![
            // top-k 2 keeps both 3.0 ties; the k-th value is a tie.
            (vec![1.0, 3.0, 3.0, 2.0, 0.0], sp(true, 2, 1.0, 1.0), vec![inf, 3.0, 3.0, inf, inf]),
            // top-k 3 with the k-th (2.0) tied twice: both stay.
            (vec![2.0, 3.0, 2.0, 1.0], sp(true, 3, 1.0, 1.0), vec![2.0, 3.0, 2.0, inf]),
            // probs [0.25, 0.75], top_p 0.5: cumulative 0.25 <= 0.5 goes.
            (vec![0.0, 3f32.ln()], sp(true, 0, 0.5, 1.0), vec![inf, 3f32.ln()]),
            // Four equal probabilities, top_p 0.5: cumulatives 0.25, 0.5 (<= 0.5, exact) go;
            // the stable ascending order removes the lower indices of the tie.
            (vec![0.0; 4], sp(true, 0, 0.5, 1.0), vec![inf, inf, 0.0, 0.0]),
            // A tie straddling the cut: 1,1,1 at 0.0 beside a 2.0 (e^2 / (3 + e^2) = 0.711):
            // cumulatives 0.096, 0.192, 0.289 <= 0.3: all three ties go.
            (vec![0.0, 2.0, 0.0, 0.0], sp(true, 0, 0.7, 1.0), vec![inf, 2.0, inf, inf]),
            // The same with top_p 0.8 (cut 0.2): the first two ties (0.096, 0.192) go, index 3
            // (0.289) stays.
            (vec![0.0, 2.0, 0.0, 0.0], sp(true, 0, 0.8, 1.0), vec![inf, 2.0, inf, 0.0]),
            // Tiny top_p keeps only the largest, even among equal maxima (the last index).
            (vec![1.0, 1.0, 1.0], sp(true, 0, 1e-9, 1.0), vec![inf, inf, 1.0]),
            // Temperature first, then top-k on the divided values.
            (vec![1.0, 2.0, 4.0], sp(true, 2, 1.0, 2.0), vec![inf, 1.0, 2.0]),
            // -inf entries stay -inf.
            (vec![inf, 1.0, inf, 0.0], sp(true, 0, 0.6, 1.0), vec![inf, 1.0, inf, inf]),
        ];
        for (row, p, want) in cases {
            let mut host = row.clone();
            warp(&mut host, &p);
            assert_eq!(host, want, "hand-derived value of the host warp, {row:?} {p:?}");
            let sel = DeviceSelector::new(row.len(), &Device::Cpu).unwrap();
            let xs = Tensor::from_vec(row.clone(), (1, row.len()), &Device::Cpu).unwrap();
            let got = sel.warp(&xs, &[p]).unwrap().to_vec2::<f32>().unwrap().remove(0);
            assert_eq!(got, want, "{row:?} {p:?}");
        }
    }

    #[test]
    fn warp_equals_the_host_warpers_on_generated_rows() {
        let mut values = Rng::new(11);
        let grid = params_grid();
        for (n, kind) in [(7, 0), (7, 1), (64, 0), (64, 1), (64, 2), (64, 3), (300, 4), (2048, 2)] {
            let xs = logits(grid.len(), n, kind, &mut values);
            let sel = DeviceSelector::new(n, &Device::Cpu).unwrap();
            let flat: Vec<f32> = xs.iter().flatten().copied().collect();
            let t = Tensor::from_vec(flat, (xs.len(), n), &Device::Cpu).unwrap();
            let got = sel.warp(&t, &grid).unwrap().to_vec2::<f32>().unwrap();
            for (r, (row, p)) in xs.iter().zip(&grid).enumerate() {
                let mut want = row.clone();
                warp(&mut want, p);
                assert_eq!(got[r], want, "vocab {n}, kind {kind}, row {r}, {p:?}");
            }
        }
    }

    #[test]
    fn sampled_rows_draw_the_host_codes_and_consume_the_host_stream() {
        let mut values = Rng::new(5);
        let grid = params_grid();
        for (n, kind) in [(1, 0), (2, 1), (7, 0), (7, 1), (64, 0), (64, 2), (64, 3), (300, 4)] {
            let xs = logits(grid.len(), n, kind, &mut values);
            let kinds: Vec<_> = grid.iter().copied().map(Some).collect();
            check(&xs, &kinds, 4, 100 + n as u64);
        }
        // The code predictor's vocabulary, bf16-rounded logits (ties everywhere).
        let xs = logits(grid.len(), 2048, 2, &mut values);
        let kinds: Vec<_> = grid.iter().copied().map(Some).collect();
        check(&xs, &kinds, 2, 7);
    }

    #[test]
    fn mixed_greedy_sampled_and_forced_rows_in_one_call() {
        let mut values = Rng::new(9);
        let xs = logits(8, 64, 1, &mut values);
        let kinds = vec![
            Some(sp(true, 50, 0.95, 0.9)),
            Some(SamplingParams::GREEDY),
            None,
            Some(sp(true, 0, 1.0, 1.0)),
            Some(sp(false, 5, 0.5, 0.7)),
            Some(sp(true, 3, 0.8, 1.3)),
            None,
            Some(sp(true, 1, 1.0, 0.5)),
        ];
        check(&xs, &kinds, 6, 21);
        // Greedy only, forced only, and greedy plus forced take their own shortcuts.
        check(&xs, &vec![Some(SamplingParams::GREEDY); 8], 2, 3);
        check(&xs, &vec![None; 8], 2, 3);
        let some: Vec<_> = (0..8).map(|r| (r % 2 == 0).then_some(SamplingParams::GREEDY)).collect();
        check(&xs, &some, 2, 3);
    }

    #[test]
    fn nothing_to_sample_is_reported_as_the_vocabulary_size() {
        // The host refuses a sampled row of -inf; the device marks it with `vocab` (the
        // session reports it), and a greedy row of -inf takes index 0 as on the host.
        let sel = DeviceSelector::new(3, &Device::Cpu).unwrap();
        let xs = Tensor::new(&[[INF, INF, INF], [INF, INF, INF], [0.0, 1.0, INF]], &Device::Cpu)
            .unwrap();
        let p = sp(true, 0, 1.0, 1.0);
        assert!(select(&mut [INF; 3], &p, &mut Rng::new(1)).is_err());
        let choices = [
            Choice::Select { params: p, u: 0.5 },
            Choice::Select { params: SamplingParams::GREEDY, u: 0.0 },
            Choice::Select { params: p, u: 0.0 },
        ];
        let got = sel.select(&xs, &choices).unwrap();
        assert_eq!(got.to_vec1::<u32>().unwrap(), vec![3, 0, 0]);
        assert_eq!(sel.embeddable(&got).unwrap().to_vec1::<u32>().unwrap(), vec![2, 0, 0]);
        // u just below 1 lands on the last positive token (index 1), as the host's fallback.
        let u = 1.0 - f64::EPSILON / 2.0;
        let got = sel.select(&xs.narrow(0, 2, 1).unwrap(), &[Choice::Select { params: p, u }]);
        assert_eq!(got.unwrap().to_vec1::<u32>().unwrap(), vec![1]);
    }
}
