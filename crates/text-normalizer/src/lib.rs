//! Text normalization for Russian, English and mixed text: numbers, dates, times, money, units,
//! phone numbers, Roman numerals, abbreviations, URLs and symbols are spelled out in the
//! language of their span before tokenization, because the model reads digits and symbols
//! badly.
//!
//! The pipeline is an ordered list of rules (`rules/`), each a regex plus a verbalizer over
//! data tables (`tables/`). A rule that does not understand its match leaves it as it is, so
//! nothing is lost and normalization never fails. Russian forms agree with their context
//! (preposition before, noun after, ordinal suffix such as "-го"); where the context does not
//! decide, the most neutral form is chosen and the other acceptable inflections are kept as
//! alternatives in [`NormText`] (for evaluation and logs; speech uses the first).

mod agree;
mod cx;
mod morph;
mod num;
mod rules;
mod tables;
mod text;

pub use cx::Lang;
pub use text::{NormText, Segment};

/// Options of a [`Normalizer`].
#[derive(Debug, Clone, Copy)]
pub struct NormalizerOptions {
    /// Language of spans with no letters around them to decide ("$5", "12:30").
    pub default_lang: Lang,
}

impl Default for NormalizerOptions {
    fn default() -> Self {
        NormalizerOptions { default_lang: Lang::En }
    }
}

/// Stateless once built; cheap to share between threads.
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    opts: NormalizerOptions,
}

impl Normalizer {
    pub fn new(opts: NormalizerOptions) -> Self {
        Normalizer { opts }
    }

    /// The normalized text. `lang_hint` (the request's language) decides spans whose script
    /// does not; Cyrillic or Latin letters next to a span win over the hint.
    pub fn normalize(&self, text: &str, lang_hint: Option<Lang>) -> String {
        self.normalize_with_alternatives(text, lang_hint).to_string()
    }

    /// The normalized text with the alternative inflections the rules considered acceptable.
    pub fn normalize_with_alternatives(&self, text: &str, lang_hint: Option<Lang>) -> NormText {
        let cx = cx::Cx::new(lang_hint.unwrap_or(self.opts.default_lang), lang_hint.is_some());
        NormText::parse(&rules::run(text, &cx))
    }
}
