//! Integers, signed integers and ranges of integers ("10 - 20", "2-5").

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::date::in_v;
use super::{number, re, replace, spaced, strip_groups};
use crate::cx::{Cx, Lang, RuContext};
use crate::num::en;
use crate::num::ru::Case;

/// Two numbers joined by a dash, or by an ellipsis as forecasts write "-27..-30 градусов";
/// each may carry a sign.
static RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"([-−+]?)(\d{1,4})\s*(?:--|[-–—]|\.{2,3}|…)\s*([-−+]?)(\d{1,4})\b"));
static INT: LazyLock<Regex> =
    LazyLock::new(|| re(r"([-−]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+\b|\d+)"));
static INT_PLAIN: LazyLock<Regex> = LazyLock::new(|| re(r"([-−]?)(\d{1,3}(?:,\d{3})+|\d+)"));

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = replace(s, &RANGE, |c, text, start, end| {
        if text[..start].ends_with(|ch: char| ch.is_alphanumeric() || ch == '-' || ch == '/') {
            return None;
        }
        let (a, b) = (&c[2], &c[4]);
        let signed = !c[1].is_empty() || !c[3].is_empty();
        match number::lang(cx, text, start, end) {
            Lang::Ru => {
                let rc = RuContext::at(text, start, end);
                let case = rc.cardinal_case();
                // Each end of a range names one item: "в 1938-1947 годах" is "в тысяча девятьсот
                // тридцать восьмом — ... сорок седьмом годах" (singular ordinals before the
                // plural noun), unless a plural suffix follows ("1990-2000-е годы").
                let mut form = rc.ordinal_form(crate::num::ru::Gender::Masc);
                if !text[end..].starts_with('-') {
                    form.plural = false;
                }
                // Two years with nothing counted after them ("(1861 — 1939)", "в 1923 —
                // 1924 он работал"): ordinals in the preposition's case, else nominative.
                let years = rc.noun.is_none()
                    && [a, b]
                        .iter()
                        .all(|d| d.len() == 4 && (d.starts_with('1') || d.starts_with("20")))
                    && a.parse::<u32>().ok() < b.parse::<u32>().ok();
                if years {
                    let case = match rc.prep_case {
                        Some(Case::Acc) if in_v(text, start) => Case::Prep,
                        Some(c) => c,
                        None => Case::Nom,
                    };
                    form = crate::num::ru::Form::new(case, crate::num::ru::Gender::Masc);
                }
                // Both ends count the noun, in its gender ("через одну — две недели").
                let gender = rc.gender(crate::num::ru::Gender::Masc);
                let read = |d: &str| {
                    if (rc.noun_wants_ordinal || years) && !signed {
                        crate::num::ru::ordinal(d, form)
                    } else {
                        crate::num::ru::cardinal(d, case, gender)
                    }
                };
                let sign = |s: &str| super::measure::sign_reading(s, Lang::Ru);
                let (ra, rb) = (read(a), read(b));
                let words = format!("{}{ra} — {}{rb}", sign(&c[1]), sign(&c[3]));
                Some(spaced(text, start, end, &words))
            }
            Lang::En => {
                // Signed ends and ellipses are Russian forecasts' ranges; English keeps its
                // older readings of them.
                if signed || c[0].contains(['.', '…']) {
                    return None;
                }
                let (x, y) = (a.parse::<u64>().ok()?, b.parse::<u64>().ok()?);
                if a.len() == 4 && b.len() == 2 && (1000..2100).contains(&x) {
                    return Some(format!("{} to {}", en::year(x), en::cardinal(y)));
                }
                // A range reads "to" ("5-24" five to twenty four); a longer right side is a
                // code ("1-8090").
                if x < y && b.len() <= a.len() + 1 {
                    let r = |d: &str, n: u64| {
                        if d.len() == 4 { en::year(n) } else { en::cardinal(n) }
                    };
                    return Some(format!("{} to {}", r(a, x), r(b, y)));
                }
                // Not a range ("978-0", "1-8090"): two numbers with a spoken pause between,
                // each a plain cardinal (no year reading out of a range).
                let hyphen = c[0].contains('-') && !c[0].contains(' ');
                hyphen.then(|| {
                    spaced(
                        text,
                        start,
                        end,
                        &format!("{} - {}", en::cardinal_str(a, true), en::cardinal_str(b, true)),
                    )
                })
            }
        }
    });
    // Space-grouped thousands ("1 250") are Russian typography; English "123 123" is two
    // numbers, read by the plain pass below.
    let s = replace(&s, &INT, |c, text, start, end| {
        if c[2].contains(' ') && number::lang(cx, text, start, end) == Lang::En {
            return None;
        }
        int(c, text, start, end, cx)
    });
    replace(&s, &INT_PLAIN, |c, text, start, end| int(c, text, start, end, cx))
}

fn int(c: &Captures, text: &str, start: usize, end: usize, cx: &Cx) -> Option<String> {
    let sign = !c[1].is_empty() && !text[..start].ends_with(|ch: char| ch.is_alphanumeric());
    let digits = strip_groups(&c[2]);
    let num_start = start + c[1].len();
    let lang = number::lang(cx, text, start, end);
    let words = number::int(&digits, lang, text, num_start, end);
    let minus = match lang {
        Lang::En => "minus ",
        Lang::Ru => "минус ",
    };
    if sign {
        Some(spaced(text, start, end, &format!("{minus}{words}")))
    } else {
        let prefix = &c[1];
        Some(format!("{prefix}{}", spaced(text, num_start, end, &words)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn a_range_of_counts_agrees_with_its_last_number_and_its_nouns_gender() {
        crate::rules::assert_ru_readings(&[
            ("Доставка 1-2 дня.", "Доставка один — два дня."),
            ("Ответ придёт через 1-2 недели.", "Ответ придёт через одну — две недели."),
            ("Срок 1-3 дня.", "Срок один — три дня."),
            ("Ярмарка пройдёт 1-2 мая.", "Ярмарка пройдёт первого — второго мая."),
        ]);
    }

    #[test]
    fn russian_year_range_ends_are_singular() {
        assert_eq!(
            norm("в 1938-1947 годах", Lang::Ru),
            "в тысяча девятьсот тридцать восьмом — тысяча девятьсот сорок седьмом годах"
        );
    }

    #[test]
    fn signed_ranges_with_an_ellipsis_and_years_before_their_noun() {
        crate::rules::assert_ru_readings(&[
            (
                "Морозы до -27..-30 градусов.",
                "Морозы до минус двадцати семи — минус тридцати градусов.",
            ),
            ("Днём +25…+27 °C.", "Днём плюс двадцать пять — плюс двадцать семь градусов Цельсия."),
            (
                "В 2023/2024 учебном году.",
                "В две тысячи двадцать третьем — две тысячи двадцать четвёртом учебном году.",
            ),
            ("В 2001 учебном году.", "В две тысячи первом учебном году."),
            ("В 2003 учебном году.", "В две тысячи третьем учебном году."),
        ]);
    }

    #[test]
    fn english_hyphen_between_numbers() {
        assert_eq!(norm("1990-2000", Lang::En), "nineteen ninety to two thousand");
        assert_eq!(norm("978-0", Lang::En), "nine hundred and seventy eight - zero");
        assert_eq!(norm("1-8090", Lang::En), "one - eight thousand and ninety");
    }

    #[test]
    fn space_groups_are_russian_only() {
        assert_eq!(
            norm("123 123", Lang::En),
            "one hundred and twenty three one hundred and twenty three"
        );
        assert_eq!(norm("1 250 человек", Lang::Ru), "одна тысяча двести пятьдесят человек");
    }
}
