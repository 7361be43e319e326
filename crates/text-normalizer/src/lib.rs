//! Text normalization for Russian, English and mixed text: numbers, dates, times, money, units,
//! abbreviations and symbols are spelled out in the language of their span before
//! tokenization, because the model reads digits and symbols badly.
//!
//! Status: not implemented yet; the rules land with the text front-end issue.
