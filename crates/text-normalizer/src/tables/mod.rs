//! Data tables of the rules: words, units, currencies, months, abbreviations, names.

pub(crate) mod abbreviations;
pub(crate) mod bible;
pub(crate) mod latin_ru;
pub(crate) mod months;
pub(crate) mod regnal;
pub(crate) mod ru_context;
pub(crate) mod ru_noun;
pub(crate) mod units;
