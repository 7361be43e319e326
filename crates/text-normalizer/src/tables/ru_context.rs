//! Words around a number that decide its Russian case: the governing words before it (a
//! closed class: prepositions and the few words that govern like them) and the nouns that
//! number items in a series (год, век, этаж), which take an ordinal.

use crate::num::ru::Case;

/// Governing words and the cases they allow a following number, the one to use when nothing
/// else decides first. "в"/"на" take the accusative with a bare count ("в 5 раз", "на 15%")
/// and the prepositional with a noun in it; "с" the genitive ("с 5 до 7") or instrumental.
/// Verbs are not listed: the case of the noun after the number shows theirs ("вручили 41
/// гостю").
pub(crate) const GOVERNORS: &[(&str, &[Case])] = &[
    ("до", &[Case::Gen]),
    ("от", &[Case::Gen]),
    ("из", &[Case::Gen]),
    ("изо", &[Case::Gen]),
    ("у", &[Case::Gen]),
    ("без", &[Case::Gen]),
    ("для", &[Case::Gen]),
    ("около", &[Case::Gen]),
    ("после", &[Case::Gen]),
    ("кроме", &[Case::Gen]),
    ("вокруг", &[Case::Gen]),
    ("возле", &[Case::Gen]),
    ("мимо", &[Case::Gen]),
    ("вместо", &[Case::Gen]),
    ("среди", &[Case::Gen]),
    ("против", &[Case::Gen]),
    ("более", &[Case::Gen]),
    ("менее", &[Case::Gen]),
    ("больше", &[Case::Gen]),
    ("меньше", &[Case::Gen]),
    ("свыше", &[Case::Gen]),
    ("порядка", &[Case::Gen]),
    ("нет", &[Case::Gen]),
    ("последних", &[Case::Gen]),
    ("с", &[Case::Gen, Case::Ins]),
    ("со", &[Case::Gen, Case::Ins]),
    ("к", &[Case::Dat]),
    ("ко", &[Case::Dat]),
    ("благодаря", &[Case::Dat]),
    ("согласно", &[Case::Dat]),
    ("вопреки", &[Case::Dat]),
    ("навстречу", &[Case::Dat]),
    ("по", &[Case::Acc, Case::Dat]),
    ("между", &[Case::Ins]),
    ("перед", &[Case::Ins]),
    ("над", &[Case::Ins]),
    ("под", &[Case::Acc, Case::Ins]),
    ("за", &[Case::Acc, Case::Ins]),
    ("о", &[Case::Prep]),
    ("об", &[Case::Prep]),
    ("обо", &[Case::Prep]),
    ("при", &[Case::Prep]),
    ("в", &[Case::Acc, Case::Prep]),
    ("во", &[Case::Acc, Case::Prep]),
    ("на", &[Case::Acc, Case::Prep]),
    ("про", &[Case::Acc]),
    ("через", &[Case::Acc]),
    ("сквозь", &[Case::Acc]),
];

/// Two-word governors, checked before the one-word ones ("в размере 14 рублей").
pub(crate) const GOVERNORS_2: &[(&str, &[Case])] = &[
    ("в размере", &[Case::Gen]),
    ("в течение", &[Case::Gen]),
    ("в количестве", &[Case::Gen]),
    ("в пределах", &[Case::Gen]),
    ("в районе", &[Case::Gen]),
    ("на протяжении", &[Case::Gen]),
    ("в объёме", &[Case::Gen]),
    ("в объеме", &[Case::Gen]),
    ("не более", &[Case::Gen]),
    ("не менее", &[Case::Gen]),
    ("не больше", &[Case::Gen]),
    ("не меньше", &[Case::Gen]),
    ("не было", &[Case::Gen]),
];

/// Cases a governing word before byte `pos` allows, from the one or two words right before
/// it (only spaces, brackets or quotes between).
pub(crate) fn governor(text: &str, pos: usize) -> Option<&'static [Case]> {
    let w1 = crate::cx::adjacent_word_before(text, pos)?;
    let head = text.get(..pos)?.trim_end_matches([' ', '(', '«', '"']);
    let before_w1 = head.get(..head.len().saturating_sub(w1.len()))?;
    if let Some(w2) = crate::cx::adjacent_word_before(text, before_w1.len()) {
        let pair = format!("{w2} {w1}");
        if let Some((_, cases)) = GOVERNORS_2.iter().find(|(k, _)| *k == pair) {
            return Some(cases);
        }
    }
    GOVERNORS.iter().find(|(k, _)| *k == w1).map(|(_, c)| *c)
}

/// Nouns that number items in a series: after a number they take an ordinal ("в 1990 году",
/// "на 5 этаже", "в 21 веке"). Stem and the endings of its forms.
const SERIES_NOUNS: &[(&str, &[&str])] = &[
    ("год", &["", "а", "у", "е", "ом", "ы", "ов", "ам", "ами", "ах"]),
    ("век", &["", "а", "у", "е", "ом", "и", "ов", "ам", "ами", "ах"]),
    ("этаж", &["", "а", "у", "е", "ом", "и", "ей", "ам", "ами", "ах"]),
    ("класс", &["е"]),
    ("мест", &["о", "е"]),
    ("тысячелети", &["е", "я", "ю", "и", "ем"]),
    ("съезд", &["", "а", "у", "е", "ом"]),
];

pub(crate) fn series_noun(w: &str) -> bool {
    SERIES_NOUNS.iter().any(|(stem, ends)| w.strip_prefix(stem).is_some_and(|e| ends.contains(&e)))
}
