//! The talker's KV of prompts' shared prefixes (instruction, role, language and voice rows:
//! [`crate::Prompt::shared_prefix`]), kept across requests so that a prefill computes only the
//! rows that depend on its text. Requests for the same speaker, language and instruction share
//! one entry: in streaming text mode the prefill is then a single row.
//!
//! Used only where a position's result cannot depend on how the positions were split between
//! calls ([`crate::transformer::Decoder::is_fused`]: the int8 CPU steps, whose projections are
//! row-independent integer sums and whose attention runs per row over the keys it sees); there a
//! prefill from the cache equals a whole one bit for bit (test
//! `prefix_cache_prefills_equal_whole_ones`). Entries are keyed by the prefix rows' exact bytes
//! and evicted least recently used beyond a byte budget.

use std::collections::HashMap;

use candle_core::{DType, Result, Tensor};

use crate::transformer::DecoderCache;

/// Bytes of cached KV kept (0.6B: ~0.2 MB per prefix row, 2-3 MB per speaker and language).
pub const DEFAULT_BUDGET: usize = 64 << 20;

#[derive(Debug, Clone)]
pub struct PrefixCache {
    entries: HashMap<Vec<u8>, Entry>,
    bytes: usize,
    budget: usize,
    clock: u64,
    hits: u64,
    misses: u64,
}

#[derive(Debug, Clone)]
struct Entry {
    cache: DecoderCache,
    bytes: usize,
    used: u64,
}

impl PrefixCache {
    pub fn new(budget: usize) -> Self {
        Self { entries: HashMap::new(), bytes: 0, budget, clock: 0, hits: 0, misses: 0 }
    }

    /// The key of prefix rows `[p, hidden]`: their bytes as f32.
    pub fn key(rows: &Tensor) -> Result<Vec<u8>> {
        let values = rows.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?;
        Ok(values.iter().flat_map(|v| v.to_le_bytes()).collect())
    }

    /// A copy of the prefix's KV with room for `capacity` positions, if it is held.
    pub fn get(&mut self, key: &[u8], capacity: usize) -> Result<Option<DecoderCache>> {
        self.clock += 1;
        let Some(e) = self.entries.get_mut(key) else {
            self.misses += 1;
            return Ok(None);
        };
        e.used = self.clock;
        self.hits += 1;
        e.cache.deep_copy(capacity).map(Some)
    }

    /// Keeps a copy of `cache` (holding exactly the prefix) under `key`, evicting the least
    /// recently used entries beyond the budget. An entry larger than the budget is not kept.
    pub fn insert(&mut self, key: Vec<u8>, cache: &DecoderCache) -> Result<()> {
        let bytes = cache.bytes() + key.len();
        if bytes > self.budget {
            return Ok(());
        }
        while self.bytes + bytes > self.budget {
            let Some(oldest) =
                self.entries.iter().min_by_key(|(_, e)| e.used).map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some(e) = self.entries.remove(&oldest) {
                self.bytes -= e.bytes;
            }
        }
        self.clock += 1;
        let entry = Entry { cache: cache.deep_copy(cache.seq_len())?, bytes, used: self.clock };
        if let Some(old) = self.entries.insert(key, entry) {
            self.bytes -= old.bytes;
        }
        self.bytes += bytes;
        Ok(())
    }

    /// (hits, misses) since the cache was made.
    pub fn counts(&self) -> (u64, u64) {
        (self.hits, self.misses)
    }
}
