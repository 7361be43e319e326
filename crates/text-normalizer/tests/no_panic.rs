//! Arbitrary Unicode never panics the normalizer, and text with nothing to normalize passes
//! through unchanged.

use proptest::prelude::*;
use text_normalizer::{Lang, Normalizer, NormalizerOptions};

fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "[a-zA-Zа-яА-ЯёЁ ]{0,10}",
        "[0-9]{1,60}",
        "[0-9 .,:/%$€₽°+=×^-]{1,16}",
        "(в|на|до|с|к) [0-9]{1,5}(-го|-й|-м|-х|-е)? (году|веке|апреля|кг|км/ч|руб\\.|%)",
        "[IVXLCDM]{1,8} (век|в\\.|вв\\.)",
        "(https?://|www\\.)[a-z0-9./-]{0,20}",
        "[a-z0-9.]{1,8}@[a-z]{1,6}\\.[a-z]{2,3}",
        Just("\u{0301}\u{200B}\u{FEFF}\r\n\t\u{0}\u{E000}\u{E001}\u{E002}".to_string()),
        Just("👍🏽🇷🇺😀".to_string()),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalize_returns_for_any_input(text in messy_text()) {
        let norm = Normalizer::new(NormalizerOptions::default());
        for hint in [None, Some(Lang::En), Some(Lang::Ru)] {
            let out = norm.normalize_with_alternatives(&text, hint);
            let s = out.to_string();
            let leaked = s.chars().any(|c| ('\u{E000}'..='\u{E002}').contains(&c));
            prop_assert!(!leaked, "private-use marker leaked into {:?}", s);
        }
    }

    /// Each word has a vowel or a Cyrillic letter: a Latin token with no vowel inside Russian
    /// text is an abbreviation, spelled ("pdf" пи-ди-эф, `tables::latin_ru`).
    #[test]
    fn plain_words_pass_through(
        text in "[a-zа-я]{1,5}[aeiouyа-я][a-zа-я]{1,6}( [A-ZА-Я]?[a-zа-я]{1,5}[aeiouyа-я][a-zа-я]{1,6}){0,6}"
    ) {
        let norm = Normalizer::new(NormalizerOptions::default());
        prop_assert_eq!(norm.normalize(&text, None), text);
    }
}

/// Found by the fuzz harness (tools/fuzz): digits of other scripts ("١٢٣", Arabic-Indic)
/// matched the rules' `\d` and then a byte slice meant for ASCII digits cut inside one. The
/// rules read ASCII digits only; others pass through as they are.
#[test]
fn digits_of_other_scripts_pass_through() {
    let norm = Normalizer::new(NormalizerOptions::default());
    let crashed = "0Lift tńKxhe square stov١٢٣₽over$\u{fffd} the fence.";
    for hint in [None, Some(Lang::En), Some(Lang::Ru)] {
        let out = norm.normalize(crashed, hint);
        assert!(out.contains("stov١٢٣"), "{hint:?}: {out}");
        for text in ["ab١٢٣٤", "XJ٢٢٠", "१२३४ km", "code ٠٠٧"] {
            assert_eq!(
                norm.normalize(text, hint).split(' ').next(),
                text.split(' ').next(),
                "{hint:?}: {text}"
            );
        }
    }
}
