//! Russian word forms from the OpenCorpora dictionary: which case, number and gender a noun,
//! adjective or participle form can be. The tables are compiled at build time (`build.rs`)
//! and embedded; a lookup walks the FST in place (no load step, nothing read from disk).

pub(crate) mod tag;

use std::sync::LazyLock;

use crate::num::ru::{Case, Gender};

static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ru_morph.fst"));
static SETS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ru_morph_sets.bin"));

static ENDINGS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ru_endings.fst"));

/// The FST over the embedded bytes: `Map::new` only reads its header and footer.
static MAP: LazyLock<Option<fst::Map<&'static [u8]>>> =
    LazyLock::new(|| fst::Map::new(FST_BYTES).ok());
static ENDINGS: LazyLock<Option<fst::Map<&'static [u8]>>> =
    LazyLock::new(|| fst::Map::new(ENDINGS_BYTES).ok());

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Noun,
    /// Full adjective, also pronoun-like ones ("этих", "всех").
    Adj,
    /// Full participle ("закрытых").
    Participle,
    Numeral,
    /// A finite verb form or an infinitive.
    Verb,
    /// A short passive participle ("завален", "засыпана"): no case, gender and number only.
    ShortParticiple,
}

/// One analysis of a word form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Analysis(u16);

impl Analysis {
    pub fn pos(self) -> Pos {
        if self.0 & tag::VERB != 0 {
            return if tag::pos(self.0) == tag::POS_SHORT_PARTICIPLE {
                Pos::ShortParticiple
            } else {
                Pos::Verb
            };
        }
        match tag::pos(self.0) {
            tag::POS_NOUN => Pos::Noun,
            tag::POS_ADJ => Pos::Adj,
            tag::POS_PRTF => Pos::Participle,
            _ => Pos::Numeral,
        }
    }

    /// The case, with the second locative ("в году") read as the prepositional and the second
    /// genitive ("чаю") as the genitive.
    /// The second genitive ("чаю", "году"), which `case` folds into the genitive.
    pub fn second_genitive(self) -> bool {
        tag::case(self.0) == 7
    }

    pub fn case(self) -> Case {
        match tag::case(self.0) {
            0 => Case::Nom,
            1 | 7 => Case::Gen,
            2 => Case::Dat,
            3 => Case::Acc,
            4 => Case::Ins,
            _ => Case::Prep,
        }
    }

    pub fn plural(self) -> bool {
        self.0 & tag::PLURAL != 0
    }

    /// Grammatical gender; `None` for plurals and common-gender nouns.
    pub fn gender(self) -> Option<Gender> {
        match tag::gender(self.0) {
            1 => Some(Gender::Masc),
            2 => Some(Gender::Fem),
            3 => Some(Gender::Neut),
            _ => None,
        }
    }

    pub fn is_noun(self) -> bool {
        self.pos() == Pos::Noun
    }

    /// A noun naming people or animals (its accusative plural is its genitive).
    pub fn animate(self) -> bool {
        self.0 & tag::ANIMATE != 0
    }

    /// A name, surname, patronymic, place or organization.
    pub fn proper(self) -> bool {
        self.0 & tag::PROPER != 0
    }

    pub fn is_verb(self) -> bool {
        self.pos() == Pos::Verb
    }

    pub fn transitive(self) -> bool {
        self.0 & tag::TRANSITIVE != 0
    }

    pub fn infinitive(self) -> bool {
        self.is_verb() && self.0 & tag::INFINITIVE != 0
    }

    /// A passive participle ("заваленный"): its agent or instrument is an instrumental.
    pub fn passive(self) -> bool {
        self.pos() == Pos::Participle && self.0 & tag::PASSIVE != 0
    }

    /// Adjectives and participles: the words that agree with the noun they stand before.
    pub fn is_attribute(self) -> bool {
        matches!(self.pos(), Pos::Adj | Pos::Participle)
    }
}

/// The analysis of a word the dictionary lacks, from a plural ending no other declension or
/// part of speech shares: "-ами"/"-ями" instrumental, "-ах"/"-ях" prepositional, "-ам"/"-ям"
/// dative (adjectives end in "-ыми", "-ых", "-ым"), "-ов"/"-ев" genitive (a masculine's
/// counting plural: "78 сотовиков"). Only for a word a number counts, where a noun is what
/// stands ("652 оверлоками"); a stem of three letters at least.
pub(crate) fn guess_counted_plural(word: &str) -> Option<Analysis> {
    let word = word.to_lowercase();
    let (_, name) = [
        ("ами", "ablt"),
        ("ями", "ablt"),
        ("ах", "loct"),
        ("ях", "loct"),
        ("ам", "datv"),
        ("ям", "datv"),
        ("ов", "gent"),
        ("ев", "gent"),
    ]
    .into_iter()
    .find(|(end, _)| word.strip_suffix(end).is_some_and(|stem| stem.chars().count() >= 3))?;
    let case = tag::CASES.iter().position(|c| *c == name)? as u16;
    Some(Analysis(tag::POS_NOUN | case << tag::CASE_SHIFT | tag::PLURAL))
}

fn u32_at(bytes: &[u8], i: usize) -> Option<u32> {
    let b = bytes.get(i * 4..i * 4 + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Combining forms that open compounds the dictionary often lacks: a clipped or Greek-Latin
/// first part before a whole noun or adjective ("автомойка", "экоотель", "турфирма").
const COMBINING_FORMS: &[&str] = &[
    "авиа",
    "авто",
    "агро",
    "аудио",
    "аэро",
    "био",
    "вело",
    "видео",
    "газо",
    "гидро",
    "гипер",
    "евро",
    "кино",
    "макро",
    "макси",
    "медиа",
    "мега",
    "мед",
    "микро",
    "мини",
    "мото",
    "мульти",
    "нано",
    "нефте",
    "радио",
    "спорт",
    "стерео",
    "супер",
    "теле",
    "термо",
    "тур",
    "фото",
    "эко",
    "электро",
    "энерго",
];

/// The analyses of `word` (any case, "ё" or "е"); empty for words the dictionary does not
/// have as a noun, adjective, participle, numeral or verb. A compound the dictionary lacks
/// is read as its last part, whose forms it shares (its nouns and adjectives): after a
/// combining form ("автомойки" as "мойки"), or after a stem and the linking vowel "о"/"е" of
/// Russian compounds ("сетевязальщице" as "вязальщице", "рыбоприёмнику" as "приёмнику"),
/// where that part is a word of five letters or more.
pub(crate) fn analyze(word: &str) -> Vec<Analysis> {
    let key: String =
        word.chars().flat_map(char::to_lowercase).map(|c| if c == 'ё' { 'е' } else { c }).collect();
    if let Some(found) = lookup(&key) {
        return found;
    }
    let last_part = |rest: &str| {
        lookup(rest)
            .unwrap_or_default()
            .into_iter()
            .filter(|a| matches!(a.pos(), Pos::Noun | Pos::Adj) && !a.proper())
            .collect::<Vec<_>>()
    };
    let after_combining_form = COMBINING_FORMS
        .iter()
        .filter_map(|f| key.strip_prefix(f))
        .filter(|rest| rest.chars().count() >= 3)
        .map(last_part)
        .find(|an| !an.is_empty());
    if let Some(an) = after_combining_form {
        return an;
    }
    key.char_indices()
        .filter(|&(i, c)| matches!(c, 'о' | 'е') && key[..i].chars().count() >= 2)
        .map(|(i, c)| &key[i + c.len_utf8()..])
        .filter(|rest| rest.chars().count() >= 5)
        .map(last_part)
        .find(|an| !an.is_empty())
        .unwrap_or_default()
}

/// The analyses a word the dictionary lacks has by its ending, as pymorphy2 predicts them
/// (its known-suffix analyzer): the forms of known nouns, adjectives and participles that end
/// in the longest of the word's last five letters that any ends in, leaving a stem of one
/// letter at least ("коворкинге" as "смокинге", "тимлида" as "лида"'s nouns). Empty for a
/// word the dictionary has, of fewer than four letters, or not all Cyrillic.
pub(crate) fn guess(word: &str) -> Vec<Analysis> {
    let key: String =
        word.chars().flat_map(char::to_lowercase).map(|c| if c == 'ё' { 'е' } else { c }).collect();
    let n = key.chars().count();
    if n < 4 || !key.chars().all(|c| matches!(c, 'а'..='я')) || lookup(&key).is_some() {
        return Vec::new();
    }
    (1..=5.min(n - 1))
        .rev()
        .filter_map(|len| {
            let at = key.char_indices().nth(n - len).map_or(0, |(i, _)| i);
            ENDINGS.as_ref()?.get(&key.as_bytes()[at..])
        })
        .map(set)
        .next()
        .unwrap_or_default()
}

/// The dictionary's analyses of a lowercased key with "е" for "ё": `None` for a word it
/// lacks, empty for a form of a part of speech the rules do not use ("хорошо", "если").
fn lookup(key: &str) -> Option<Vec<Analysis>> {
    MAP.as_ref().and_then(|m| m.get(key.as_bytes())).map(set)
}

/// The analyses of set `id` in the embedded table.
fn set(id: u64) -> Vec<Analysis> {
    let Ok(id) = usize::try_from(id) else { return Vec::new() };
    let (Some(count), Some(start), Some(end)) =
        (u32_at(SETS, 0), u32_at(SETS, id + 1), u32_at(SETS, id + 2))
    else {
        return Vec::new();
    };
    let tags_at = 4 * (count as usize + 2);
    (start as usize..end as usize)
        .filter_map(|i| SETS.get(tags_at + 2 * i..tags_at + 2 * i + 2))
        .map(|b| Analysis(u16::from_le_bytes([b[0], b[1]])))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, pos: Pos, case: Case, plural: bool, gender: Option<Gender>) -> bool {
        analyze(word).iter().any(|a| {
            a.pos() == pos
                && a.case() == case
                && a.plural() == plural
                && (plural || gender.is_none() || a.gender() == gender)
        })
    }

    /// Words the dictionary lacks get the analyses of the known forms with their ending; a
    /// known word of another part of speech gets none.
    #[test]
    fn a_word_the_dictionary_lacks_is_analysed_by_its_ending() {
        let guessed = |w: &str, case: Case, plural: bool, gender: Option<Gender>| {
            guess(w).iter().any(|a| {
                a.is_noun()
                    && a.case() == case
                    && a.plural() == plural
                    && (plural || a.gender() == gender)
            })
        };
        assert!(analyze("коворкинге").is_empty());
        assert!(guessed("коворкинге", Case::Prep, false, Some(Gender::Masc)));
        assert!(guessed("коворкингами", Case::Ins, true, None));
        assert!(guessed("тимлидом", Case::Ins, false, Some(Gender::Masc)));
        assert!(
            guess("хорошо").is_empty() && guess("город").is_empty() && guess("abcd").is_empty()
        );
    }

    #[test]
    fn short_passive_participles_by_gender_and_number() {
        let short = |w: &str| {
            analyze(w).into_iter().filter(|a| a.pos() == Pos::ShortParticiple).collect::<Vec<_>>()
        };
        assert!(short("завален").iter().any(|a| !a.plural() && a.gender() == Some(Gender::Masc)));
        assert!(short("засыпана").iter().any(|a| a.gender() == Some(Gender::Fem)));
        assert!(short("увешаны").iter().any(|a| a.plural()));
        assert!(short("завален").iter().all(|a| !a.is_verb() && !a.is_noun()));
        // Short adjectives are not participles.
        assert!(short("доволен").is_empty());
    }

    #[test]
    fn a_word_the_dictionary_lacks_is_guessed_only_by_a_plural_noun_ending() {
        for (w, case) in [
            ("оверлоками", Case::Ins),
            ("мидрашах", Case::Prep),
            ("пайеткам", Case::Dat),
            ("сотовиков", Case::Gen),
        ] {
            assert!(analyze(w).is_empty(), "{w} is in the dictionary");
            let guess = guess_counted_plural(w).unwrap();
            assert!(guess.is_noun() && guess.plural() && guess.case() == case, "{w}");
        }
        // Adjective endings and stems too short to tell say nothing.
        assert!(guess_counted_plural("оверлочными").is_none());
        assert!(guess_counted_plural("оверлочных").is_none());
        assert!(guess_counted_plural("нам").is_none());
        assert!(guess_counted_plural("ахах").is_none());
    }

    #[test]
    fn nouns_by_case_number_and_gender() {
        assert!(has("посёлку", Pos::Noun, Case::Dat, false, Some(Gender::Masc)));
        assert!(has("поселку", Pos::Noun, Case::Dat, false, Some(Gender::Masc)));
        assert!(has("Деревне", Pos::Noun, Case::Prep, false, Some(Gender::Fem)));
        assert!(has("деревне", Pos::Noun, Case::Dat, false, Some(Gender::Fem)));
        assert!(has("году", Pos::Noun, Case::Prep, false, Some(Gender::Masc)));
        assert!(has("рублей", Pos::Noun, Case::Gen, true, None));
        assert!(has("театром", Pos::Noun, Case::Ins, false, Some(Gender::Masc)));
        assert!(has("крупных", Pos::Adj, Case::Prep, true, None));
        assert!(!has("рублей", Pos::Noun, Case::Nom, false, None));
        assert!(analyze("xyzzy").is_empty());
        let verb = |w: &str| analyze(w).into_iter().filter(|a| a.is_verb()).collect::<Vec<_>>();
        assert!(verb("потратил").iter().any(|a| a.transitive() && !a.infinitive()));
        assert!(verb("осталось").iter().all(|a| !a.transitive()));
        assert!(verb("потратить").iter().any(|a| a.infinitive()));
        assert!(verb("прошло").iter().any(|a| a.gender() == Some(Gender::Neut)));
        assert!(verb("стол").is_empty());
        // Active participles of transitive verbs take an object; passive ones do not.
        let participle = |w: &str| {
            analyze(w).into_iter().filter(|a| a.pos() == Pos::Participle).collect::<Vec<_>>()
        };
        assert!(participle("превышающий").iter().any(|a| a.transitive()));
        assert!(participle("заполненный").iter().all(|a| !a.transitive()));
        assert!(participle("заваленный").iter().all(|a| a.passive() && !a.infinitive()));
        assert!(participle("превышающий").iter().all(|a| !a.passive()));
        assert!(participle("растущий").iter().all(|a| !a.transitive()));
        assert!(!participle("растущий").is_empty());
        assert!(analyze("").is_empty());
    }

    #[test]
    fn compounds_the_dictionary_lacks_are_read_as_their_last_part() {
        assert!(has("автомойке", Pos::Noun, Case::Dat, false, Some(Gender::Fem)));
        assert!(has("экоотелями", Pos::Noun, Case::Ins, true, None));
        assert!(has("Электросамокатов", Pos::Noun, Case::Gen, true, None));
        // Only nouns and adjectives, and only a whole known word after the combining form.
        assert!(analyze("автопокрасил").is_empty());
        // After a stem and a linking vowel.
        assert!(has("сетевязальщицей", Pos::Noun, Case::Ins, false, Some(Gender::Fem)));
        assert!(has("рыбоприёмнику", Pos::Noun, Case::Dat, false, Some(Gender::Masc)));
        assert!(analyze("автоxyz").is_empty());
        assert!(analyze("мотоид").is_empty());
    }
}
