#![allow(dead_code)] // the build script encodes only; the lookup decodes
//! The compact tag of one analysis of a Russian word form: part of speech, case, number,
//! gender and the few lexical marks the rules use, in 16 bits. Shared by the build script
//! (which encodes OpenCorpora's tags, `build.rs`) and the lookup (`morph`), so the layout is
//! written once.

pub(crate) const POS_NOUN: u16 = 0;
pub(crate) const POS_ADJ: u16 = 1;
pub(crate) const POS_PRTF: u16 = 2;
pub(crate) const POS_NUMR: u16 = 3;
/// With [`VERB`]: a short passive participle ("завален", "засыпаны"), gender and number only.
pub(crate) const POS_SHORT_PARTICIPLE: u16 = 1;

const POS_BITS: u16 = 0b11;
pub(crate) const CASE_SHIFT: u16 = 2;
const CASE_BITS: u16 = 0b111 << CASE_SHIFT;
pub(crate) const PLURAL: u16 = 1 << 5;
const GENDER_SHIFT: u16 = 6;
const GENDER_BITS: u16 = 0b11 << GENDER_SHIFT;
pub(crate) const ANIMATE: u16 = 1 << 8;
/// Plural only ("сутки", "ножницы").
pub(crate) const PLURALIA_TANTUM: u16 = 1 << 9;
/// Indeclinable ("кафе", "евро").
pub(crate) const FIXED: u16 = 1 << 10;
/// A name, surname, patronymic, place or organization.
pub(crate) const PROPER: u16 = 1 << 11;
/// A pronoun-like adjective ("этот", "все", "каждый").
pub(crate) const PRONOUN_ADJ: u16 = 1 << 12;
/// A verb form, finite or infinitive (its part-of-speech and case bits are zero), or a short
/// passive participle (part of speech [`POS_SHORT_PARTICIPLE`]).
pub(crate) const VERB: u16 = 1 << 13;
/// A transitive verb or active participle (OpenCorpora "tran"; reflexive verbs are "intr").
pub(crate) const TRANSITIVE: u16 = 1 << 14;
/// The infinitive.
pub(crate) const INFINITIVE: u16 = 1 << 15;
/// A passive participle (OpenCorpora "pssv"): the infinitive's bit, which only verbs carry.
pub(crate) const PASSIVE: u16 = INFINITIVE;

/// Cases in OpenCorpora order, then the second locative ("в году") and second genitive
/// ("чаю"), which the rules fold into the prepositional and the genitive.
pub(crate) const CASES: [&str; 8] =
    ["nomn", "gent", "datv", "accs", "ablt", "loct", "loc2", "gen2"];
pub(crate) const GENDERS: [&str; 3] = ["masc", "femn", "neut"];

pub(crate) fn pos(tag: u16) -> u16 {
    tag & POS_BITS
}

/// Index into [`CASES`].
pub(crate) fn case(tag: u16) -> usize {
    usize::from((tag & CASE_BITS) >> CASE_SHIFT)
}

/// 0 none (common gender or plural), 1 masculine, 2 feminine, 3 neuter.
pub(crate) fn gender(tag: u16) -> u16 {
    (tag & GENDER_BITS) >> GENDER_SHIFT
}

/// The compact tag of an OpenCorpora tag string ("NOUN,inan,masc sing,datv"), or `None` for
/// the parts of speech and forms the rules do not use (adverbs, gerunds, the vocative...).
#[allow(dead_code)] // used by the build script
pub(crate) fn encode(tag: &str) -> Option<u16> {
    let gs: Vec<&str> = tag.split([',', ' ']).collect();
    let has = |g: &str| gs.contains(&g);
    let gender = GENDERS.iter().position(|g| has(g)).map_or(0, |i| i as u16 + 1) << GENDER_SHIFT;
    if matches!(gs.first().copied()?, "VERB" | "INFN") {
        // Gender and number of past forms ("прошло", "потратила"), transitivity.
        let mut t = VERB | gender;
        for (g, bit) in [("plur", PLURAL), ("tran", TRANSITIVE), ("INFN", INFINITIVE)] {
            if has(g) {
                t |= bit;
            }
        }
        return Some(t);
    }
    if gs.first().copied()? == "PRTS" {
        if !has("pssv") {
            return None;
        }
        let plural = if has("plur") { PLURAL } else { 0 };
        return Some(VERB | POS_SHORT_PARTICIPLE | gender | plural);
    }
    let pos = match gs.first().copied()? {
        "NOUN" => POS_NOUN,
        "ADJF" => POS_ADJ,
        "PRTF" => POS_PRTF,
        "NUMR" => POS_NUMR,
        _ => return None,
    };
    let case = gs.iter().find_map(|g| {
        let g = match *g {
            "gen1" => "gent",
            "loc1" => "loct",
            "acc2" => "accs",
            other => other,
        };
        CASES.iter().position(|c| *c == g)
    })?;
    let mut t = pos | (case as u16) << CASE_SHIFT | gender;
    for (g, bit) in [
        ("plur", PLURAL),
        ("anim", ANIMATE),
        ("Pltm", PLURALIA_TANTUM),
        ("Fixd", FIXED),
        ("Apro", PRONOUN_ADJ),
    ] {
        if has(g) {
            t |= bit;
        }
    }
    // An active transitive participle takes an object ("превышающий пять метров").
    if pos == POS_PRTF && has("tran") && has("actv") {
        t |= TRANSITIVE;
    }
    if pos == POS_PRTF && has("pssv") {
        t |= PASSIVE;
    }
    if ["Name", "Surn", "Patr", "Geox", "Orgn", "Trad"].iter().any(|g| has(g)) {
        t |= PROPER;
    }
    Some(t)
}
