//! Context of a match: which language it is in, and for Russian which case and gender the
//! words around it ask for.

use crate::num::ru::{Case, Form, Gender};
use crate::tables::ru_context::{PREPOSITIONS, following_noun, noun_after_two, singular_noun};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Ok(Lang::En),
            "ru" | "russian" => Ok(Lang::Ru),
            other => Err(format!("unknown language {other:?}; expected one of: en, ru")),
        }
    }
}

pub(crate) struct Cx {
    pub hint: Lang,
    /// The request named the language (it then also decides spans with no letters around).
    pub hinted: bool,
}

pub(crate) fn is_cyr(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

pub(crate) fn is_lat(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}')
}

impl Cx {
    pub fn new(hint: Lang, hinted: bool) -> Self {
        Cx { hint, hinted }
    }

    /// Language of `text[start..end]`: the script of the nearest words around it (up to 3 on
    /// each side, nearer first), else the text's majority script, else the hint.
    pub fn lang_at(&self, text: &str, start: usize, end: usize) -> Lang {
        let left = words_before(text, start, 3);
        let right = words_after(text, end, 3);
        for i in 0..3 {
            for w in [left.get(i), right.get(i)].into_iter().flatten() {
                if let Some(l) = script(w) {
                    return l;
                }
            }
        }
        self.text_lang(text)
    }

    pub fn text_lang(&self, text: &str) -> Lang {
        if self.hinted {
            return self.hint;
        }
        let cyr = text.chars().filter(|&c| is_cyr(c)).count();
        let lat = text.chars().filter(|&c| is_lat(c)).count();
        if cyr > lat {
            Lang::Ru
        } else if lat > cyr {
            Lang::En
        } else {
            self.hint
        }
    }
}

fn script(w: &str) -> Option<Lang> {
    let cyr = w.chars().filter(|&c| is_cyr(c)).count();
    let lat = w.chars().filter(|&c| is_lat(c)).count();
    if cyr > 0 && cyr >= lat {
        Some(Lang::Ru)
    } else if lat > 0 {
        Some(Lang::En)
    } else {
        None
    }
}

/// Up to `n` letter words before byte `pos`, nearest first, lowercased.
pub(crate) fn words_before(text: &str, pos: usize, n: usize) -> Vec<String> {
    let head = text.get(..pos).unwrap_or("");
    head.split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty() && w.chars().any(char::is_alphabetic))
        .rev()
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// Up to `n` letter words after byte `pos`, nearest first, lowercased.
pub(crate) fn words_after(text: &str, pos: usize, n: usize) -> Vec<String> {
    let tail = text.get(pos..).unwrap_or("");
    tail.split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty() && w.chars().any(char::is_alphabetic))
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// The word right before byte `pos` if only spaces (and opening brackets/quotes) separate it.
pub(crate) fn adjacent_word_before(text: &str, pos: usize) -> Option<String> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches([' ', '(', '«', '"']);
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let w = &trimmed[start..];
    (!w.is_empty()).then(|| w.to_lowercase())
}

/// The word right after byte `pos` if only spaces separate it.
pub(crate) fn adjacent_word_after(text: &str, pos: usize) -> Option<String> {
    let tail = text.get(pos..)?;
    let trimmed = tail.trim_start_matches(' ');
    let end = trimmed
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map(|(i, _)| i)
        .unwrap_or(trimmed.len());
    let w = trimmed[..end].trim_end_matches('-');
    (!w.is_empty()).then(|| w.to_lowercase())
}

/// What the Russian context says about a number at `text[start..end]`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RuContext {
    /// Case asked for by the preposition before it, if any.
    pub prep_case: Option<Case>,
    /// Form of the noun after it when that noun is in our table (год, век, этаж...).
    pub noun: Option<Form>,
    /// The noun after it needs an ordinal (году, веке, этаже...).
    pub noun_wants_ordinal: bool,
    /// Case and gender of a singular noun after a number ending in 1 (or a feminine one after
    /// a number ending in 2).
    pub noun_sg: Option<(Case, Gender)>,
}

impl RuContext {
    pub fn at(text: &str, start: usize, end: usize) -> Self {
        let prep = adjacent_word_before(text, start);
        let prep_case = prep
            .as_deref()
            .and_then(|p| PREPOSITIONS.iter().find(|(w, _)| *w == p).map(|(_, c)| *c));
        let (noun, noun_wants_ordinal) = match adjacent_word_after(text, end) {
            Some(w) => match following_noun(&w) {
                Some((form, ord)) => (Some(form), ord),
                None => (None, false),
            },
            None => (None, false),
        };
        // After a number ending in 1 (not 11) the noun is singular and shows the number's
        // case and gender.
        let digits: Vec<u8> = text[start..end].bytes().filter(u8::is_ascii_digit).collect();
        let ends_in_one = text[start..end].ends_with(|c: char| c.is_ascii_digit())
            && digits.last() == Some(&b'1')
            && digits.len().checked_sub(2).and_then(|i| digits.get(i)) != Some(&b'1');
        let ends_in_two = text[start..end].ends_with(|c: char| c.is_ascii_digit())
            && digits.last() == Some(&b'2')
            && digits.len().checked_sub(2).and_then(|i| digits.get(i)) != Some(&b'1');
        // An oblique plural after the number ("двумя людьми") already decides.
        let noun_sg = if noun_wants_ordinal || noun.is_some() {
            None
        } else if ends_in_one {
            adjacent_word_after(text, end).and_then(|w| singular_noun(&w, prep.as_deref()))
        } else if ends_in_two {
            adjacent_word_after(text, end).and_then(|w| noun_after_two(&w, prep.as_deref()))
        } else {
            None
        };
        RuContext { prep_case, noun, noun_wants_ordinal, noun_sg }
    }

    /// Gender of the counted noun where its ending shows it, else `default`.
    pub fn gender(&self, default: Gender) -> Gender {
        self.noun_sg.map_or(default, |(_, g)| g)
    }

    /// Case for a cardinal: the noun's case when it is oblique (so "с 5 книгами" -> Ins), else
    /// the preposition's, else nominative.
    pub fn cardinal_case(&self) -> Case {
        if let Some((case, _)) = self.noun_sg {
            return case;
        }
        if let Some(f) = self.noun
            && matches!(f.case, Case::Dat | Case::Ins | Case::Prep)
            && f.plural
        {
            return f.case;
        }
        match self.prep_case {
            Some(Case::Prep) | None => Case::Nom,
            Some(c) => c,
        }
    }

    /// True when the context decides the form (so no alternatives are offered).
    pub fn decided(&self) -> bool {
        self.prep_case.is_some() || self.noun.is_some() || self.noun_sg.is_some()
    }

    pub fn ordinal_form(&self, default_gender: Gender) -> Form {
        if let Some(f) = self.noun {
            // "году", "веку": the dative and prepositional singular are one word; "к" and
            // "ко" decide the dative (к 1942 году -> сорок второму).
            if f.case == Case::Prep && !f.plural && self.prep_case == Some(Case::Dat) {
                return Form::new(Case::Dat, f.gender);
            }
            return f;
        }
        Form::new(self.prep_case.unwrap_or(Case::Nom), default_gender)
    }
}
