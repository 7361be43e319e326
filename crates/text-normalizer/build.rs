//! Compiles the Russian morphological dictionary (OpenCorpora, as packaged for pymorphy2 in
//! the `rsmorphy-dict-ru` crate) into the compact form the normalizer embeds: an FST from each
//! noun, adjective, participle and numeral form (lowercase, "ё" written "е") to the set of its
//! analyses, each a 16-bit tag (`src/morph/tag.rs`), every other form to the empty set. The binary then needs no files at run
//! time and nothing to load: the tables are static bytes read in place.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use rsmorphy::dawg::completer::Completer;
use rsmorphy::dawg::dictionary::Dictionary as Dawg;
use rsmorphy::dawg::guide::Guide;

#[path = "src/morph/tag.rs"]
mod tag;

/// The bits of the first `chars` base64 characters of `b64`, most significant first.
fn base64_bits(b64: &str, chars: usize) -> Option<u64> {
    let val = |c: u8| -> Option<u64> {
        Some(u64::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    b64.as_bytes().get(..chars)?.iter().try_fold(0u64, |bits, &c| Some(bits << 6 | val(c)?))
}

/// The 4 bytes of a pymorphy2 word payload (paradigm id, form index; big-endian u16s),
/// written in base64 after the word in the DAWG's keys: the first 6 characters carry them (36
/// bits, the last 4 zero).
fn decode_payload(b64: &str) -> Option<(u16, u16)> {
    let v = (base64_bits(b64, 6)? >> 4) as u32;
    Some(((v >> 16) as u16, v as u16))
}

/// The 6 bytes of a prediction-suffix payload (count, paradigm id, form index; big-endian
/// u16s), written in base64 (8 characters, 48 bits) after the suffix in the DAWG's keys.
fn decode_suffix_payload(b64: &str) -> Option<(u16, u16, u16)> {
    let bits = base64_bits(b64, 8)?;
    Some(((bits >> 32) as u16, (bits >> 16) as u16, bits as u16))
}

/// The placeholder of a form whose part of speech the rules do not use (`tag::encode` gives
/// none): a tag no real form has (every bit set).
const NO_ANALYSIS: u16 = u16::MAX;

/// Interns a set of tags in `sets`/`set_list`, returning its id.
fn intern(set: Vec<u16>, sets: &mut HashMap<Vec<u16>, u64>, set_list: &mut Vec<Vec<u16>>) -> u64 {
    *sets.entry(set.clone()).or_insert_with(|| {
        set_list.push(set);
        set_list.len() as u64 - 1
    })
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/morph/tag.rs");
    let dict_path = Path::new(rsmorphy::rsmorphy_dict_ru::DICT_PATH);
    let dict = rsmorphy::opencorpora::Dictionary::from_file(dict_path);
    let tags: Vec<Option<u16>> = dict.gramtab.iter().map(|t| tag::encode(&t.string)).collect();

    let file =
        File::open(dict_path.join("words.dawg.gz")).expect("words.dawg.gz of rsmorphy-dict-ru");
    let mut reader = BufReader::new(flate2::read::GzDecoder::new(BufReader::new(file)));
    let dawg = Dawg::from_reader(&mut reader);
    let guide = Guide::from_reader(&mut reader);

    let mut entries: Vec<(String, u16)> = Vec::with_capacity(4_000_000);
    let mut completer = Completer::new(&dawg, &guide, dawg.root, "");
    while let Some(key) = completer.next_key() {
        let Some((word, payload)) = key.split_once('\x01') else { continue };
        let Some((para, idx)) = decode_payload(payload) else { continue };
        let Some(entry) =
            dict.paradigms.get(usize::from(para)).and_then(|p| p.get(usize::from(idx)))
        else {
            continue;
        };
        // Forms of the parts of speech the rules do not use (adverbs, conjunctions, gerunds,
        // short adjectives...) stay as known words with no analyses: no ending guesses them.
        match tags.get(usize::from(entry.tag_id)) {
            Some(Some(t)) => entries.push((word.replace('ё', "е"), *t)),
            _ => entries.push((word.replace('ё', "е"), NO_ANALYSIS)),
        }
    }
    entries.sort_unstable();
    entries.dedup();

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut sets: HashMap<Vec<u16>, u64> = HashMap::new();
    let mut set_list: Vec<Vec<u16>> = Vec::new();
    let fst_file = BufWriter::new(File::create(out.join("ru_morph.fst")).expect("create fst"));
    let mut builder = fst::MapBuilder::new(fst_file).expect("fst builder");
    let mut i = 0;
    while i < entries.len() {
        let word = &entries[i].0;
        let mut j = i;
        let mut set = Vec::new();
        while j < entries.len() && entries[j].0 == *word {
            if entries[j].1 != NO_ANALYSIS {
                set.push(entries[j].1);
            }
            j += 1;
        }
        let id = intern(set, &mut sets, &mut set_list);
        builder.insert(word, id).expect("sorted keys");
        i = j;
    }
    builder.finish().expect("fst finish");

    // The endings of known words (up to five letters; pymorphy2's prediction suffixes, words
    // without a paradigm prefix) to the analyses of the forms that end so: for a word the
    // dictionary lacks, the case, number and gender its ending shows, as pymorphy2 guesses
    // them. Nouns, adjectives and participles only; the tags that make up at least a quarter
    // of the ending's most frequent one.
    let file = File::open(dict_path.join("prediction-suffixes-0.dawg.gz"))
        .expect("prediction-suffixes-0.dawg.gz of rsmorphy-dict-ru");
    let mut reader = BufReader::new(flate2::read::GzDecoder::new(BufReader::new(file)));
    let dawg = Dawg::from_reader(&mut reader);
    let guide = Guide::from_reader(&mut reader);
    let mut endings: std::collections::BTreeMap<String, HashMap<u16, u32>> = Default::default();
    let mut completer = Completer::new(&dawg, &guide, dawg.root, "");
    while let Some(key) = completer.next_key() {
        let Some((ending, payload)) = key.split_once('\x01') else { continue };
        let Some((count, para, idx)) = decode_suffix_payload(payload) else { continue };
        let Some(entry) =
            dict.paradigms.get(usize::from(para)).and_then(|p| p.get(usize::from(idx)))
        else {
            continue;
        };
        let Some(Some(t)) = tags.get(usize::from(entry.tag_id)) else { continue };
        if t & tag::VERB != 0 || tag::pos(*t) == tag::POS_NUMR || t & tag::PROPER != 0 {
            continue;
        }
        *endings.entry(ending.replace('ё', "е")).or_default().entry(*t).or_default() +=
            u32::from(count);
    }
    let fst_file =
        BufWriter::new(File::create(out.join("ru_endings.fst")).expect("create endings fst"));
    let mut builder = fst::MapBuilder::new(fst_file).expect("fst builder");
    for (ending, counts) in endings {
        let top = counts.values().copied().max().unwrap_or(0);
        let mut set: Vec<u16> =
            counts.into_iter().filter(|&(_, c)| 4 * c >= top).map(|(t, _)| t).collect();
        set.sort_unstable();
        let id = intern(set, &mut sets, &mut set_list);
        builder.insert(ending, id).expect("sorted keys");
    }
    builder.finish().expect("fst finish");

    // Sets: count, offsets (count + 1), then the tags; all little-endian.
    let mut w = BufWriter::new(File::create(out.join("ru_morph_sets.bin")).expect("create sets"));
    let mut bytes = Vec::new();
    bytes.extend((set_list.len() as u32).to_le_bytes());
    let mut off = 0u32;
    for s in &set_list {
        bytes.extend(off.to_le_bytes());
        off += s.len() as u32;
    }
    bytes.extend(off.to_le_bytes());
    for s in &set_list {
        for t in s {
            bytes.extend(t.to_le_bytes());
        }
    }
    w.write_all(&bytes).expect("write sets");
}
