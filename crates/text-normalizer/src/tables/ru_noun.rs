//! Russian noun declension by class, enough for units, currencies and counted nouns.

use crate::num::ru::NounForm;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Class {
    /// метр: метра, метров.
    MascHard,
    /// вольт, ампер, ватт: genitive plural without ending.
    MascHardZeroGenPl,
    /// бит, мегабит, грамм, килограмм: both genitive plurals are in use ("ста мегабитов", "ста
    /// мегабит"); the
    /// regular one is spoken, the counting one offered as an alternative.
    MascHardBothGenPl,
    /// месяц: unstressed endings after ц, месяцем, месяцев.
    MascHardE,
    /// рубль (stem without ь): рубля, рублей.
    MascSoft,
    /// минута: минуты, минут.
    FemA,
    /// миля (stem without я): мили, миль.
    FemYa,
    /// евро: never changes.
    Indecl,
    /// промилле: never changes, and neuter ("одно промилле").
    IndeclNeut,
    /// день (stem without ень): дня, дней (the е of the last syllable drops).
    MascEnFleeting,
    /// узел (stem without ел): узла, узлов (the е of the last syllable drops).
    MascElFleeting,
    /// копейка: копейки, копеек.
    Kopeika,
    /// калория (stem without ия): калории, калорий.
    FemIya,
    /// сотка (stem without ка): сотки, соток (the vowel that appears in the genitive plural).
    FemKaO,
    /// гривна: гривны, гривен (an е appears before the last consonant in the genitive plural).
    FemAFleetingE,
    /// год: года, лет (the counting genitive plural is another word); the stem is unused.
    God,
}

/// A noun: stem, class, and a fixed tail ("в час", "Цельсия").
#[derive(Debug, Clone, Copy)]
pub(crate) struct RuNoun {
    pub stem: &'static str,
    pub class: Class,
    pub tail: &'static str,
    /// Stem of an adjective before the noun that agrees with it ("квадратн" метр).
    pub adj: &'static str,
}

pub(crate) const fn noun(stem: &'static str, class: Class, tail: &'static str) -> RuNoun {
    RuNoun { stem, class, tail, adj: "" }
}

pub(crate) const fn adj_noun(adj: &'static str, stem: &'static str, class: Class) -> RuNoun {
    RuNoun { stem, class, tail: "", adj }
}

impl RuNoun {
    /// The form after a number whose count asks `f` in `case`: after 2-4 in the nominative
    /// or accusative the noun is a genitive singular and its adjective a plural ("два
    /// квадратных метра", "две столовые ложки").
    pub fn counted(&self, f: NounForm, case: crate::num::ru::Case) -> String {
        use crate::num::ru::Case;
        let w = self.form(f);
        match f {
            NounForm::Sg(Case::Gen)
                if !self.adj.is_empty() && matches!(case, Case::Nom | Case::Acc) =>
            {
                // A feminine noun's adjective is the nominative plural ("две столовые ложки"),
                // a masculine's the genitive plural ("два квадратных метра").
                let soft = self.adj.ends_with(['к', 'г', 'х']);
                let plural = match (self.feminine(), soft) {
                    (true, true) => "ие",
                    (true, false) => "ые",
                    (false, true) => "их",
                    (false, false) => "ых",
                };
                let (sg, pl) = (
                    format!("{}{} ", self.adj, if self.feminine() { "ой" } else { "ого" }),
                    format!("{}{plural} ", self.adj),
                );
                w.replacen(&sg, &pl, 1)
            }
            _ => w,
        }
    }

    /// The noun's gender is feminine (its declension class says so).
    pub fn feminine(&self) -> bool {
        use Class::*;
        matches!(self.class, FemA | FemYa | FemIya | FemKaO | FemAFleetingE | Kopeika)
    }

    /// The noun's gender is neuter.
    pub fn neuter(&self) -> bool {
        matches!(self.class, Class::IndeclNeut)
    }

    pub fn form(&self, f: NounForm) -> String {
        use Class::*;
        let (plural, case) = match f {
            NounForm::Sg(c) => (false, c),
            NounForm::Pl(c) => (true, c),
        };
        let i = case as usize;
        let end: &str = match (self.class, plural) {
            (MascHard | MascHardZeroGenPl | MascHardBothGenPl, false) => {
                ["", "а", "у", "", "ом", "е"][i]
            }
            (MascHard | MascHardBothGenPl, true) => ["ы", "ов", "ам", "ы", "ами", "ах"][i],
            (MascHardE, false) => ["", "а", "у", "", "ем", "е"][i],
            (MascHardE, true) => ["ы", "ев", "ам", "ы", "ами", "ах"][i],
            (MascHardZeroGenPl, true) => ["ы", "", "ам", "ы", "ами", "ах"][i],
            (MascSoft, false) => ["ь", "я", "ю", "ь", "ём", "е"][i],
            (MascSoft, true) => ["и", "ей", "ям", "и", "ями", "ях"][i],
            (FemA, false) => ["а", "ы", "е", "у", "ой", "е"][i],
            (FemA, true) => ["ы", "", "ам", "ы", "ами", "ах"][i],
            (FemYa, false) => ["я", "и", "е", "ю", "ей", "е"][i],
            (FemYa, true) => ["и", "ь", "ям", "и", "ями", "ях"][i],
            (Indecl | IndeclNeut, _) => "",
            (MascEnFleeting, false) => ["ень", "ня", "ню", "ень", "нём", "не"][i],
            (MascEnFleeting, true) => ["ни", "ней", "ням", "ни", "нями", "нях"][i],
            (MascElFleeting, false) => ["ел", "ла", "лу", "ел", "лом", "ле"][i],
            (MascElFleeting, true) => ["лы", "лов", "лам", "лы", "лами", "лах"][i],
            (FemIya, false) => ["ия", "ии", "ии", "ию", "ией", "ии"][i],
            (FemIya, true) => ["ии", "ий", "иям", "ии", "иями", "иях"][i],
            (FemAFleetingE, false) => ["а", "ы", "е", "у", "ой", "е"][i],
            (FemAFleetingE, true) => ["ы", "", "ам", "ы", "ами", "ах"][i],
            (FemKaO, false) => ["ка", "ки", "ке", "ку", "кой", "ке"][i],
            (FemKaO, true) => ["ки", "ок", "кам", "ки", "ками", "ках"][i],
            (Kopeika, false) => {
                ["копейка", "копейки", "копейке", "копейку", "копейкой", "копейке"][i]
            }
            (Kopeika, true) => {
                ["копейки", "копеек", "копейкам", "копейки", "копейками", "копейках"][i]
            }
            (God, false) => ["год", "года", "году", "год", "годом", "годе"][i],
            (God, true) => ["годы", "лет", "годам", "годы", "годами", "годах"][i],
        };
        // Spelling rules: after г к х ж ч ш щ the ending ы is written и (тысячи, не тысячы);
        // after ж ч ш щ ц an unstressed о is е (тысячей, не тысячой; герцем).
        let end = match end.strip_prefix('ы') {
            Some(rest) if self.stem.ends_with(['г', 'к', 'х', 'ж', 'ч', 'ш', 'щ']) => {
                format!("и{rest}")
            }
            _ if end == "ой" && self.stem.ends_with(['ж', 'ч', 'ш', 'щ', 'ц']) => {
                "ей".into()
            }
            _ if end == "ом" && self.stem.ends_with('ц') => "ем".into(),
            _ => end.to_string(),
        };
        let mut word = match self.class {
            Kopeika | God => end,
            FemAFleetingE if plural && i == 1 => {
                let mut chars: Vec<char> = self.stem.chars().collect();
                let last = chars.pop().unwrap_or_default();
                format!("{}е{last}", chars.into_iter().collect::<String>())
            }
            MascHardBothGenPl if plural && i == 1 => {
                crate::text::choice(format!("{}{end}", self.stem), [self.stem.to_string()])
            }
            _ => format!("{}{end}", self.stem),
        };
        if !self.adj.is_empty() {
            // The adjective agrees in gender; after к/г/х the vowel is и (кубический).
            let soft = self.adj.ends_with(['к', 'г', 'х']);
            let adj_end = match (plural, soft) {
                (false, _) if self.feminine() => ["ая", "ой", "ой", "ую", "ой", "ой"][i],
                (false, false) => ["ый", "ого", "ому", "ый", "ым", "ом"][i],
                (false, true) => ["ий", "ого", "ому", "ий", "им", "ом"][i],
                (true, false) => ["ые", "ых", "ым", "ые", "ыми", "ых"][i],
                (true, true) => ["ие", "их", "им", "ие", "ими", "их"][i],
            };
            word = format!("{}{adj_end} {word}", self.adj);
        }
        if self.tail.is_empty() { word } else { format!("{word} {}", self.tail) }
    }
}
