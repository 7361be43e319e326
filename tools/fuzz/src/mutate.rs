//! Mutations: byte-level (flips, inserts, deletes, duplicates, splices, dictionary tokens,
//! boundary integers) for every target, and value-level for JSON (a node replaced by a
//! boundary value, keys removed or added, arrays grown or emptied), which reaches validation
//! code that byte noise mostly cannot get past the JSON syntax to.

use serde_json::{Map, Value, json};

use crate::rng::Rng;

pub struct Mutator<'a> {
    pub dict: &'a [Vec<u8>],
    pub json: bool,
    pub max_len: usize,
}

/// Byte values that change the meaning of text formats.
const BYTES: &[u8] =
    b"\x00\x01\x7f\x80\xff\xfe\xc0\xe0\xf0\"\\{}[]:,.-+eE0123456789 \n\r\t~;/%$#@&<>|'`";

/// Boundary integers, written little-endian into binary formats (WAV, protobuf, safetensors).
const INTS: &[u64] = &[
    0,
    1,
    2,
    7,
    8,
    16,
    0x7f,
    0x80,
    0xff,
    0x100,
    0x7fff,
    0x8000,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_fffe,
    0xffff_ffff,
    0x1_0000_0000,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    u64::MAX,
];

impl Mutator<'_> {
    /// Applies one to eight mutations to `input`; `corpus` supplies splice partners.
    pub fn mutate(&self, rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
        // A structural mutation alone, or followed by byte noise.
        if self.json && rng.chance(3) && mutate_json(rng, input, self.dict) && rng.chance(2) {
            return;
        }
        let rounds = 1 + rng.small(8);
        for _ in 0..rounds {
            self.mutate_bytes(rng, input, corpus);
        }
        input.truncate(self.max_len);
    }

    fn mutate_bytes(&self, rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
        let len = input.len();
        let at = rng.below(len + 1);
        match rng.below(12) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = BYTES[rng.below(BYTES.len())];
            }
            2 => {
                let n = 1 + rng.small(16);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
                input.splice(at..at, bytes);
            }
            3 if len > 0 => {
                let n = 1 + rng.small(len - at.min(len - 1));
                let end = (at + n).min(len);
                input.drain(at.min(len)..end);
            }
            4 if len > 0 => {
                // Duplicate a piece, sometimes many times (deep nesting, long runs).
                let start = rng.below(len);
                let end = (start + 1 + rng.small(32)).min(len);
                let piece = input[start..end].to_vec();
                let times = if rng.chance(8) { 1 + rng.below(300) } else { 1 };
                let mut insert = Vec::with_capacity(piece.len() * times);
                for _ in 0..times {
                    insert.extend_from_slice(&piece);
                }
                input.splice(at..at, insert);
            }
            5 => {
                // Splice: a prefix of this input, a suffix of another.
                if let Some(other) = rng.pick(corpus) {
                    let from = rng.below(other.len() + 1);
                    input.truncate(at);
                    input.extend_from_slice(&other[from..]);
                }
            }
            6 | 7 => {
                if let Some(token) = rng.pick(self.dict) {
                    let token = token.clone();
                    if rng.chance(2) || len == 0 {
                        input.splice(at..at, token);
                    } else {
                        let end = (at + 1 + rng.small(8)).min(len);
                        input.splice(at.min(len)..end.max(at.min(len)), token);
                    }
                }
            }
            8 if len > 0 => {
                // A boundary integer over the bytes at `at` (1, 2, 4 or 8 of them).
                let width = 1 << rng.below(4);
                let value = INTS[rng.below(INTS.len())];
                let value = if rng.chance(4) { value.wrapping_neg() } else { value };
                let bytes = value.to_le_bytes();
                for (k, b) in bytes.iter().take(width).enumerate() {
                    if let Some(slot) = input.get_mut(at + k) {
                        *slot = *b;
                    }
                }
            }
            9 if len > 0 => {
                // A small change to an integer byte: lengths and counts off by a little.
                let i = rng.below(len);
                let delta = (rng.below(33) as i32 - 16) as u8;
                input[i] = input[i].wrapping_add(delta);
            }
            10 if len > 0 => input.truncate(at),
            _ => {
                // A decimal number in text formats: huge, negative, fractional, exponent.
                let numbers: [&[u8]; 12] = [
                    b"0",
                    b"-1",
                    b"4294967296",
                    b"18446744073709551616",
                    b"-9223372036854775809",
                    b"1e309",
                    b"-0",
                    b"0.5",
                    b"1e-400",
                    b"99999999999999999999999999999",
                    b"NaN",
                    b"1.7976931348623157e308",
                ];
                input.splice(at..at, numbers[rng.below(numbers.len())].iter().copied());
            }
        }
    }
}

/// Replaces one node of `input`'s JSON by a mutated one; false if `input` is not JSON.
fn mutate_json(rng: &mut Rng, input: &mut Vec<u8>, dict: &[Vec<u8>]) -> bool {
    let Ok(mut value) = serde_json::from_slice::<Value>(input) else { return false };
    let nodes = count(&value);
    let mut target = rng.below(nodes);
    mutate_node(rng, &mut value, &mut target, dict);
    match serde_json::to_vec(&value) {
        Ok(bytes) => {
            *input = bytes;
            true
        }
        Err(_) => false,
    }
}

fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count).sum(),
        Value::Object(o) => o.values().map(count).sum(),
        _ => 0,
    }
}

/// Walks to the `target`-th node in pre-order and mutates it.
fn mutate_node(rng: &mut Rng, v: &mut Value, target: &mut usize, dict: &[Vec<u8>]) -> bool {
    if *target == 0 {
        mutate_value(rng, v, dict);
        return true;
    }
    *target -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|x| mutate_node(rng, x, target, dict)),
        Value::Object(o) => o.values_mut().any(|x| mutate_node(rng, x, target, dict)),
        _ => false,
    }
}

fn mutate_value(rng: &mut Rng, v: &mut Value, dict: &[Vec<u8>]) {
    match v {
        Value::Object(map) if rng.chance(2) => mutate_object(rng, map, dict),
        Value::Array(items) if rng.chance(2) => match rng.below(4) {
            0 => items.clear(),
            1 if !items.is_empty() => {
                let i = rng.below(items.len());
                items.remove(i);
            }
            2 if !items.is_empty() => {
                let i = rng.below(items.len());
                let copy = items[i].clone();
                let times = 1 + rng.small(64);
                items.extend(std::iter::repeat_n(copy, times));
            }
            _ => items.push(boundary_value(rng, dict)),
        },
        Value::Number(n) if rng.chance(2) => {
            let x = n.as_f64().unwrap_or(0.0);
            let changed = match rng.below(5) {
                0 => x + 1.0,
                1 => x - 1.0,
                2 => -x,
                3 => x * 1024.0,
                _ => x / 2.0,
            };
            *v = if changed.fract() == 0.0 && changed.abs() < 9e15 {
                json!(changed as i64)
            } else {
                json!(changed)
            };
        }
        _ => *v = boundary_value(rng, dict),
    }
}

fn mutate_object(rng: &mut Rng, map: &mut Map<String, Value>, dict: &[Vec<u8>]) {
    if !map.is_empty() && rng.chance(2) {
        let i = rng.below(map.len());
        if let Some(key) = map.keys().nth(i).cloned() {
            map.remove(&key);
        }
        return;
    }
    let key = match rng.pick(dict) {
        Some(token) => String::from_utf8_lossy(token).trim_matches('"').to_string(),
        None => "x".to_string(),
    };
    map.insert(key, boundary_value(rng, dict));
}

/// A value at a boundary of what parsers expect.
fn boundary_value(rng: &mut Rng, dict: &[Vec<u8>]) -> Value {
    match rng.below(22) {
        0 => json!(0),
        1 => json!(-1),
        2 => json!(1),
        3 => json!(u64::MAX),
        4 => json!(i64::MIN),
        5 => json!(u32::MAX as u64 + 1),
        6 => json!(1e308),
        7 => json!(-1e308),
        8 => json!(1e-308),
        9 => json!(0.5),
        10 => json!(-0.0),
        11 => Value::Null,
        12 => json!(true),
        13 => json!(""),
        14 => json!([]),
        15 => json!({}),
        16 => json!("x".repeat(1 + rng.below(5000))),
        17 => json!([0, -1, 65536]),
        18 => json!(1_000_000_000),
        19 => json!(65536),
        20 => {
            let mut v = json!(1);
            for _ in 0..rng.below(200) {
                v = json!([v]);
            }
            v
        }
        _ => match rng.pick(dict) {
            Some(token) => json!(String::from_utf8_lossy(token)),
            None => json!("\u{0}"),
        },
    }
}
