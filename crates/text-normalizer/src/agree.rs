//! The case, gender and kind (cardinal or ordinal) of a Russian number from the words around
//! it: the governing word before it (`tables::ru_context::governor`) and the noun phrase after
//! it, whose forms come from the dictionary (`morph`). A number and its noun agree by the
//! counting rule (`num::ru::noun_form`): "41 гостю" can only be a dative, "2 деревни" a
//! nominative or accusative with a feminine noun, "на 12 странице" no cardinal at all (after 12
//! a noun is plural), so an ordinal ("на двенадцатой странице").

use crate::cx::{adjacent_word_after, is_cyr};
use crate::morph::{self, Analysis};
use crate::num::ru::{Case, Form, Gender, NounForm, last3, noun_form};
use crate::tables::months::RU_MONTHS_GEN;
use crate::tables::ru_context::{
    attribute_government, governor, governor_cases, negated_even, negated_exceeding, series_noun,
    sign_word, skip_object_pronoun, skip_particles, verb_government,
};
use crate::tables::units::{ru_fem, ru_time, unit_named};

/// What the Russian context says about a number at `text[start..end]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuContext {
    /// Cases the governing word before the number allows, the usual one first.
    pub gov: &'static [Case],
    /// The case the governing word gives, once the noun has chosen among `gov`.
    pub prep_case: Option<Case>,
    /// The forms the noun after the number can be, those its governor allows first.
    pub noun_forms: Vec<Form>,
    /// The first of `noun_forms`.
    pub noun: Option<Form>,
    /// The number is an ordinal: a series noun follows ("году", "этаже"), or no cardinal
    /// agrees with the noun ("на 12 странице").
    pub noun_wants_ordinal: bool,
    ordinal: Option<Form>,
    /// Case and gender of a cardinal that agrees with the noun.
    cardinal: Option<(Case, Gender)>,
    /// The cardinal's noun is a masculine animate accusative singular ("задержали 21
    /// человека"): the numeral's last word takes the animate accusative, the genitive.
    pub animate_accusative: bool,
}

fn form_of(a: Analysis) -> Form {
    Form { case: a.case(), gender: a.gender().unwrap_or(Gender::Masc), plural: a.plural() }
}

/// The analyses of the noun that heads the phrase after byte `end`: the first word with a
/// noun reading, after at most two adjectives or participles ("5 крупных городах").
fn noun_after(text: &str, end: usize) -> Vec<Analysis> {
    noun_after_guessed(text, end).0
}

/// [`noun_after`], and whether the analyses are guessed from the ending of a word the
/// dictionary lacks (`morph::guess`).
fn noun_after_guessed(text: &str, end: usize) -> (Vec<Analysis>, bool) {
    let mut pos = end;
    for _ in 0..3 {
        let Some((w, next)) = crate::cx::word_after(text, pos) else { return (Vec::new(), false) };
        // A conjunction or a preposition is no noun (the dictionary has "и" as a letter's name
        // and "из" as a name's plural too): "семь из них".
        if !w.chars().all(|c| is_cyr(c) || c == '-')
            || matches!(w.as_str(), "и" | "или")
            || governor_cases(&w).is_some()
            || crate::rules::math::RU_SIGN_WORDS.contains(&w.as_str())
        {
            return (Vec::new(), false);
        }
        let mut an = morph::analyze(&w);
        if an.is_empty()
            && !w.contains('-')
            && let Some(guess) = morph::guess_counted_plural(&w)
        {
            return (vec![guess], false);
        }
        // A word the dictionary lacks: the forms its ending shows ("в 21 коворкинге").
        let unknown = an.is_empty();
        if unknown {
            an = morph::guess(&w);
        }
        let nouns: Vec<Analysis> = an.iter().copied().filter(|a| a.is_noun()).collect();
        // A word the dictionary lacks with an adjective's plural or oblique ending
        // ("двухэтажных", "трёхкомнатными", "контрафактную") is taken for an attribute.
        let attribute = an.iter().any(|a| a.is_attribute())
            || (unknown
                && w.chars().count() > 4
                && ["ых", "их", "ыми", "ими", "ым", "им", "ого", "его", "ому", "ему", "ую", "юю"]
                    .iter()
                    .any(|e| w.ends_with(e)));
        // An adjective that is also a noun ("старых", "двухэтажных") before a noun is the
        // noun's attribute ("в 4 старых домах").
        let noun_follows = || {
            adjacent_word_after(text, next)
                .is_some_and(|n| morph::analyze(&n).iter().any(|a| a.is_noun()))
        };
        if !nouns.is_empty() && (!attribute || !noun_follows()) {
            return (nouns, unknown);
        }
        if !attribute {
            return (Vec::new(), false);
        }
        pos = next;
    }
    (Vec::new(), false)
}

/// Whether the noun after byte `pos`, past attributes, is a singular form of "год".
fn year_noun_after(text: &str, pos: usize) -> bool {
    let mut pos = pos;
    for _ in 0..3 {
        let Some((w, next)) = crate::cx::word_after(text, pos) else { return false };
        if matches!(w.as_str(), "год" | "года" | "году" | "годом" | "годе") {
            return true;
        }
        if !morph::analyze(&w).iter().any(|a| a.is_attribute()) {
            return false;
        }
        pos = next;
    }
    false
}

/// Whether the noun has the form a count in `case` asks of it.
fn fits(nouns: &[Analysis], nf: NounForm) -> Option<Analysis> {
    let (plural, case) = match nf {
        NounForm::Sg(c) => (false, c),
        NounForm::Pl(c) => (true, c),
    };
    // A count never takes the second genitive ("три года", not the partitive "году").
    nouns.iter().copied().find(|a| a.case() == case && a.plural() == plural && !a.second_genitive())
}

/// The form of noun `w` that a governing word allowing `gov` takes: a case it allows first,
/// then singular (plural first when `plural_first`, for a range "XV-XVI веков"), then the
/// nominative.
pub(crate) fn noun_form_of(w: &str, gov: &[Case], plural_first: bool) -> Option<Form> {
    morph::analyze(w)
        .into_iter()
        .filter(|a| a.is_noun())
        .map(form_of)
        .min_by_key(|f| (!gov.contains(&f.case), f.plural != plural_first, f.case != Case::Nom))
}

/// Copulas: the number after them is a subject or a predicate, in the nominative.
const COPULAS: &[&str] =
    &["есть", "быть", "был", "была", "было", "были", "будет", "будут", "будем", "стало"];

/// The case a verb right before the number gives it, from the dictionary: the dative or
/// instrumental its government asks (`verb_government`); otherwise a transitive verb takes
/// its object in the accusative ("потратил одну тонну"), and the number is the subject, in
/// the nominative, after an intransitive verb that agrees with it ("осталась одна тонна",
/// "остаётся двадцать одна минута"), after a neuter past form (a counted subject makes the
/// verb neuter: "прошло пять минут"), and after a past form of the counted noun's gender when
/// the number ends in 1 ("вышла 21 книга"), unless the verb's subject stands right before it
/// (`subject_before`) and the count is of things: then the count is the object ("Ведомство
/// продало одну тысячу бочек"; a count of people after its verb stays the subject:
/// "Мероприятие посетило одна тысяча человек"). After an intransitive verb with a subject of
/// its own, or one that cannot agree with the count, an amount is the accusative of extent
/// ("Поезд ехал двадцать одну минуту"). A word that is a transitive verb and an intransitive
/// one ("стоят": стоить, whose object is a price, and стоять) is the intransitive verb before
/// a count of things ("На полке стоят одна тысяча ампул").
fn verb_case(text: &str, start: usize, count: &Count) -> Option<Case> {
    let &Count { nouns, n3, unit_gender: count_gender, time: time_amount, .. } = count;
    let (w, verb_start) = crate::cx::word_before(text, start)?;
    if COPULAS.contains(&w.as_str()) {
        return Some(Case::Nom);
    }
    if let Some(c) = verb_government(&w) {
        return Some(c);
    }
    let analyses = morph::analyze(&w);
    // A short participle that is also a finite form ("оказываем") is read as the verb.
    let short: Vec<Analysis> =
        analyses.iter().copied().filter(|a| a.pos() == morph::Pos::ShortParticiple).collect();
    if !short.is_empty() && !analyses.iter().any(|a| a.is_verb()) {
        return Some(short_participle_case(text, verb_start, &short, time_amount));
    }
    let mut verbs = finite_verbs(&analyses);
    if verbs.is_empty() {
        return None;
    }
    if count.things && verbs.iter().any(|a| !a.transitive()) {
        verbs.retain(|a| !a.transitive());
    }
    // A verb of filling or supplying whose object opens the clause: the amount after it is
    // the material ("Яму на въезде засыпали девятьюстами тоннами щебня").
    if !count.things
        && verbs.iter().any(|a| a.transitive())
        && MATERIAL_VERBS.iter().any(|s| w.starts_with(s))
        && fronted_object(text, verb_start)
    {
        return Some(Case::Ins);
    }
    let counts_people = nouns.iter().any(|a| a.animate());
    let ends_in_one = n3 % 10 == 1 && n3 % 100 != 11;
    let noun_gender = nouns.iter().find(|a| !a.plural()).and_then(|a| a.gender());
    if !verbs.iter().any(|a| a.transitive()) {
        // Only an amount (a unit or a counted noun) is an extent; a bare number is the
        // subject ("Вольтер последовал (1751) ...": a year).
        if counts_people || nouns.is_empty() && count_gender.is_none() {
            return Some(Case::Nom);
        }
        let gender = noun_gender.or(count_gender);
        // A count subject takes a plural verb (after 21 too: "сохранились 5251 пристань"), a
        // neuter or present singular one, or after 1 a singular of its gender.
        let agrees = verbs.iter().any(|v| match (v.plural(), v.gender()) {
            (true, _) | (false, None | Some(Gender::Neut)) => true,
            (false, g) => ends_in_one && gender == g,
        });
        let subject = agrees && !subject_before(text, verb_start, &verbs);
        return Some(if subject { Case::Nom } else { Case::Acc });
    }
    // The verb agrees with the count in gender (`g`) and nothing before it is its subject.
    let count_is_subject = |g: Gender| {
        let agreeing: Vec<Analysis> =
            verbs.iter().copied().filter(|a| !a.plural() && a.gender() == Some(g)).collect();
        !agreeing.is_empty() && (counts_people || !subject_before(text, verb_start, &agreeing))
    };
    if count_is_subject(Gender::Neut) {
        return Some(Case::Nom);
    }
    if ends_in_one && noun_gender.is_some_and(count_is_subject) {
        return Some(Case::Nom);
    }
    // A count of people after a present singular verb with no subject before it is the
    // subject ("В составе оркестра сейчас играет тысяча семьсот шестьдесят четыре скрипачки").
    let present: Vec<Analysis> =
        verbs.iter().copied().filter(|a| !a.plural() && a.gender().is_none()).collect();
    if counts_people && !present.is_empty() && !subject_before(text, verb_start, &present) {
        return Some(Case::Nom);
    }
    Some(Case::Acc)
}

/// The case a short passive participle at `at` (its analyses `short`) gives an amount after
/// it: with its subject before it (past a copula: "Трюм был забит") the amount is its agent
/// or instrument, the instrumental ("забит пятью тоннами"); with none, the amount is the
/// subject ("На склад завезены пять тонн", "Было продано пять тонн"); a time is the extent
/// ("Переезд перекрыт одну секунду").
fn short_participle_case(text: &str, at: usize, short: &[Analysis], time_amount: bool) -> Case {
    if time_amount {
        return Case::Acc;
    }
    let subject_at = match crate::cx::word_before(text, at) {
        Some((w, copula_at)) if COPULAS.contains(&w.as_str()) => copula_at,
        _ => at,
    };
    if subject_before(text, subject_at, short) { Case::Ins } else { Case::Nom }
}

/// The verb at `verb_start` (its analyses `verbs`) has its subject right before it: a personal
/// pronoun or a noun that can be a nominative agreeing with it in number and, in the past
/// singular, gender ("Ведомство продало", "Трест закупил", "Поезд ехал", "Мы гуляли"; word
/// order reads it as the subject, not a fronted object).
fn subject_before(text: &str, verb_start: usize, verbs: &[Analysis]) -> bool {
    subject_before_past(text, verb_start, verbs, true)
}

/// A preposition: a governing word of no content class (the table first: it is the cheaper
/// test, and most words fail it).
fn preposition(w: &str) -> bool {
    crate::tables::ru_context::governor_cases(w).is_some() && morph::analyze(w).is_empty()
}

/// The start of a preposition's phrase that ends at byte `end` (the preposition and up to two
/// words: "на тигрице", "на старой тигрице"), `None` where no preposition opens one.
fn phrase_start(text: &str, end: usize) -> Option<usize> {
    let mut at = end;
    for _ in 0..3 {
        let (w, start) = crate::cx::word_before(text, at)?;
        if preposition(&w) {
            return Some(start);
        }
        at = start;
    }
    None
}

/// [`subject_before`], looking past one preposition's phrase between the subject and the verb
/// when `past_phrase` ("Операция на тигрице длилась").
fn subject_before_past(
    text: &str,
    verb_start: usize,
    verbs: &[Analysis],
    past_phrase: bool,
) -> bool {
    let Some((w, at)) = crate::cx::word_before(text, verb_start) else { return false };
    if past_phrase
        && phrase_start(text, verb_start)
            .is_some_and(|p| subject_before_past(text, p, verbs, false))
    {
        return true;
    }
    let agrees = |plural: bool, g: Option<Gender>| {
        verbs.iter().any(|v| {
            v.plural() == plural
                && (plural || v.gender().is_none() || g.is_none() || v.gender() == g)
        })
    };
    match w.as_str() {
        "он" => agrees(false, Some(Gender::Masc)),
        "она" => agrees(false, Some(Gender::Fem)),
        "оно" => agrees(false, Some(Gender::Neut)),
        "я" | "ты" => agrees(false, None),
        "мы" | "вы" | "они" => agrees(true, None),
        // Not a noun a preposition governs ("На площади стояли"), nor an indeclinable one
        // after an oblique noun or adjective, whose genitive it is ("в кладовой депо
        // значится").
        _ => {
            let an = morph::analyze(&w);
            let indeclinable = [Case::Nom, Case::Gen, Case::Dat]
                .iter()
                .all(|c| an.iter().any(|a| a.is_noun() && a.case() == *c && !a.plural()));
            let after_oblique = || {
                crate::cx::word_before(text, at).is_some_and(|(p, _)| {
                    let pa = morph::analyze(&p);
                    !pa.is_empty()
                        && pa.iter().all(|a| {
                            (a.is_noun() || a.is_attribute())
                                && !matches!(a.case(), Case::Nom | Case::Acc)
                        })
                })
            };
            governor(text, at).is_none()
                && !(indeclinable && after_oblique())
                && an
                    .iter()
                    .any(|a| a.is_noun() && a.case() == Case::Nom && agrees(a.plural(), a.gender()))
        }
    }
}

/// What a number right after a prepositional phrase of place is ("у подножия", "в тени",
/// "под крышами"), from the verb before the phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
enum PlaceRead {
    /// The phrase's noun governs it, in the genitive ("Караван остановился у основания сорока
    /// двух барханов").
    Complement,
    /// The verb's own subject, object or extent, in this case ("Фермеры посадили в саду пять
    /// яблонь", "Стояли у крыльца девять валунов", "Отряд простоял у подножия три часа").
    Argument(Case),
}

/// Reads a number at `pos` after "preposition + noun". A verb right before the phrase takes
/// the number as its argument while it lacks one: a transitive verb with no object before it
/// ("Лагерь разбили": a fronted object, not the plural verb's subject), an intransitive verb
/// with no subject the count could replace; an amount of time or distance (`extent`) is
/// always the verb's (`verb_case`: the accusative of extent after a verb with its subject).
/// Once the verb has its arguments, or a noun stands between the verb and the phrase (its
/// object or subject: "Археологи разбили лагерь у подножия"), a counted noun is the genitive
/// complement of the phrase's noun. The phrase's noun is not a time ("за неделю").
fn place_phrase(text: &str, pos: usize, count: &Count, extent: bool) -> Option<PlaceRead> {
    let (noun, noun_at) = crate::cx::word_before(text, pos)?;
    let (prep, prep_at) = crate::cx::word_before(text, noun_at)?;
    let cases = governor_cases(&prep)?;
    // A common noun in a case the preposition gives ("в тени": also a verb's imperative).
    let an = morph::analyze(&noun);
    let governed = |a: &Analysis| a.is_noun() && cases.contains(&a.case());
    if !an.iter().any(governed) || an.iter().any(|a| a.proper()) || time_noun(&noun) {
        return None;
    }
    let (prev, prev_at) = crate::cx::word_before(text, prep_at)?;
    let verbs = finite_verbs(&morph::analyze(&prev));
    if !verbs.is_empty() {
        let case = verb_case(text, prep_at, count)?;
        let filled = match case {
            _ if extent => false,
            Case::Acc if verbs.iter().any(|a| a.transitive()) => {
                object_before(text, prev_at, &verbs)
            }
            Case::Acc => true,
            _ => false,
        };
        return Some(if filled { PlaceRead::Complement } else { PlaceRead::Argument(case) });
    }
    if extent {
        return None;
    }
    // A noun (after its attributes) between a verb and the phrase; not a conjunction the
    // dictionary also has as a letter's name ("и").
    let prev_an = morph::analyze(&prev);
    if prev.chars().count() < 3 || prev_an.is_empty() || !prev_an.iter().all(|a| a.is_noun()) {
        return None;
    }
    let mut at = prev_at;
    for _ in 0..3 {
        let (w, start) = crate::cx::word_before(text, at)?;
        if !finite_verbs(&morph::analyze(&w)).is_empty() {
            return Some(PlaceRead::Complement);
        }
        if !morph::analyze(&w).iter().any(|a| a.is_attribute()) {
            return None;
        }
        at = start;
    }
    None
}

/// A word's verb analyses when it is a finite verb: none if it can be an infinitive or is no
/// verb.
fn finite_verbs(analyses: &[Analysis]) -> Vec<Analysis> {
    let verbs: Vec<Analysis> = analyses.iter().copied().filter(|a| a.is_verb()).collect();
    if verbs.iter().any(|a| a.infinitive()) { Vec::new() } else { verbs }
}

/// The transitive verb at `verb_start` has its object right before it: a noun that can be an
/// accusative and is not the verb's subject ("Лагерь разбили", "Палатки поставили").
fn object_before(text: &str, verb_start: usize, verbs: &[Analysis]) -> bool {
    let Some((w, at)) = crate::cx::word_before(text, verb_start) else { return false };
    governor(text, at).is_none()
        && morph::analyze(&w).iter().any(|a| a.is_noun() && !a.proper() && a.case() == Case::Acc)
        && !subject_before(text, verb_start, verbs)
}

/// A spelled-out unit of time ("часа", "минут", "дней", "лет"): an amount of it is an extent,
/// not what a place is the top or the foot of.
fn time_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "", "а", "я", "у", "ю", "ом", "ем", "е", "ы", "и", "ой", "ей", "ов", "ев", "ь", "ам", "ям",
        "ами", "ями", "ах", "ях",
    ];
    ["час", "минут", "секунд", "сутк", "недел", "месяц", "год"]
        .iter()
        .any(|stem| w.strip_prefix(stem).is_some_and(|end| ENDINGS.contains(&end)))
        || matches!(
            w,
            "суток"
                | "день"
                | "дня"
                | "дню"
                | "днём"
                | "днем"
                | "дне"
                | "дни"
                | "дней"
                | "дням"
                | "днями"
                | "днях"
                | "лет"
        )
}

/// Scale words: a number after one ends the same number ("2 миллиона 200 тысяч").
const SCALE_WORDS: &[&str] = &["тысяч", "миллион", "миллиард", "триллион"];

/// Nouns whose number after them is their value or label, in the nominative ("цена пять
/// рублей", "вес три килограмма", "напряжение пять вольт"), by stem: quantities and
/// measures, and the action nouns (-ние, -ция) that name a value; numbered things are
/// `LABEL_NOUNS`.
const VALUE_NOUNS: &[&str] = &[
    // The measures (`MEASURE_NOUNS`) and:
    "рост",
    "расход",
    "тираж",
    "срок",
    "дистанци",
    "сумм",
    "итог",
    "бюджет",
    "зарплат",
    "доход",
    "оклад",
    "пенси",
    "стипенди",
    "тариф",
    "курс",
    "ставк",
    "налог",
    "штраф",
    "взнос",
    "численност",
    "тяг",
    "урожай",
    "прибыл",
    "выручк",
    "убыт",
    "остат",
    "запас",
    "норм",
    "лимит",
    "порог",
    "счет",
    "счёт",
    "результат",
    "рекорд",
    "пробег",
    "ресурс",
    "энерги",
    "заряд",
    "нагрузк",
    "вместимост",
    "грузоподъемност",
    "грузоподъёмност",
    "дальност",
    "охват",
    "рейтинг",
    "балл",
    "оценк",
    "тест",
    "минут",
    "секунд",
    "час",
    "день",
    "дня",
    "дней",
    "год",
    "лет",
    "недел",
    "месяц",
    "раз",
    "шанс",
    "процент",
    "дол",
    "напряжени",
    "давлени",
    "сопротивлени",
    "населени",
    "значени",
    "потреблени",
    "излучени",
    "ускорени",
    "расстояни",
    "время",
    "отношени",
    "решени",
    "изменени",
    "прочтени",
    "соотношени",
    "пропорци",
    // Groups whose number is their size: "экипаж сто десять человек".
    "экипаж",
    "штат",
    "отряд",
    "бригад",
    "коллектив",
    "персонал",
    "гарнизон",
    "делегаци",
    "труппа",
    "контингент",
    // Bounds: "максимум девять мужчин", "минимум пять".
    "максимум",
    "минимум",
];

/// Nouns whose number after them labels one of them ("дом 5", "глава 3", "маршрут 12",
/// "версия два"), by stem: only in the singular ("жильцы квартир пяти подъездов": after the
/// plural the number's phrase is an attribute).
const LABEL_NOUNS: &[&str] = &[
    "номер",
    "глав",
    "том",
    "пункт",
    "стать",
    "класс",
    "дом",
    "квартир",
    "корпус",
    "этаж",
    "уровен",
    "шаг",
    "этап",
    "вариант",
    "модел",
    "рейс",
    "маршрут",
    "автобус",
    "трамва",
    "троллейбус",
    "поезд",
    "линия",
    "участ",
    "округ",
    "район",
    "школ",
    "групп",
    "команд",
    "игрок",
    "издани",
    "поколени",
    "задани",
    "упражнени",
    "приложени",
    "дополнени",
    "уравнени",
    "положени",
    "отделени",
    "подразделени",
    "соединени",
    "заседани",
    "выпуск",
    "редакци",
    "версия",
    "позици",
    "секци",
    "станци",
    "категори",
    "сери",
    "модификаци",
];

/// A noun whose number after it is its value or label (`VALUE_NOUNS`, `LABEL_NOUNS`).
pub(crate) fn value_noun(w: &str) -> bool {
    measure_noun(w) || VALUE_NOUNS.iter().any(|s| w.starts_with(s)) || label_noun(w)
}

/// A singular noun whose number after it labels one of them (`LABEL_NOUNS`), not one of the
/// values.
fn label_noun(w: &str) -> bool {
    LABEL_NOUNS.iter().any(|s| w.starts_with(s))
        && !VALUE_NOUNS.iter().any(|s| w.starts_with(s))
        && morph::analyze(w).iter().any(|a| a.is_noun() && !a.plural())
}

/// A noun right before the number takes the number's phrase as its complement, in the genitive: an
/// action noun (a verb's nominalization: -ние, -тие, -ция) always ("ликвидация семидесяти одного
/// килограмма"); another noun inside its clause when an amount or things follow ("последствия трёх
/// часов простоя"), and where things (or goods after a unit) follow also where it opens the clause,
/// is short or is a measure ("Автор шестнадцати книг", "Вес десяти рамок", "Цена одного литра
/// бензина"). Not when the number is the noun's value, label or size (`VALUE_NOUNS`, also one or
/// two words back: "рост человека сто восемьдесят сантиметров"; a label noun does govern things,
/// not people, in a genitive count's form: `genitive_things`, "Выпуск шестисот шайб"), when the
/// noun opens the clause before an amount ("Память тридцать два гигабайта"), stands after a
/// preposition of place, having or direction ("в городе пять школ"; an action noun there still
/// governs), is a recipient (`recipient_at`), a dative before an amount or only an instrumental
/// (mostly an adverb: "потом", "летом"). Only words the dictionary has as nouns alone.
fn noun_complement(
    text: &str,
    pos: usize,
    after: Counted,
    genitive_things: bool,
    time: bool,
) -> bool {
    let Some((w, at)) = crate::cx::word_before(text, pos) else { return false };
    // Things counted after the number: the noun before owns them or is of them ("Владелец
    // двенадцати ульев", "осмотр пяти ульев", "вес десяти рамок"), a short noun too.
    let numbered = after == Counted::Numbered;
    let things = after == Counted::Things || numbered;
    let goods = after == Counted::Goods;
    if !w.chars().all(is_cyr) || w.chars().count() < if things || goods { 3 } else { 5 } {
        return false;
    }
    let action = action_noun(&w) || !time && deverbal_noun(&w);
    // An amount after a verb's object is the verb's (`after_object`), not the object's.
    let of_goods = after == Counted::Goods && !time;
    if (after == Counted::Amount || of_goods) && after_object(text, pos, time).is_some() {
        return false;
    }
    // A measure's value is a measure, never things or an amount of goods: those after it are
    // whose measure it is ("цена одного литра бензина"); a label is a bare number, so things
    // counted after a label noun are its complement ("Выпуск шестисот тридцати восьми шайб";
    // people are a group's size: "команда двадцать пять человек"; "корпус 3 Б" a label).
    let label_of_things = genitive_things && label_noun(&w) && !measure_noun(&w);
    if !(action || after != Counted::Nothing)
        || value_noun(&w) && !((things || goods) && measure_noun(&w) || numbered || label_of_things)
    {
        return false;
    }
    // A scale word before a number is part of one number ("2 миллиона 200 тысяч"); a month
    // ends a date, which owns nothing after it ("9 ноября 185 ополченцев вышли"); a sign is
    // the number's ("минус 43 градуса").
    if SCALE_WORDS.iter().any(|s| w.starts_with(s))
        || RU_MONTHS_GEN.contains(&w.as_str())
        || sign_word(&w)
    {
        return false;
    }
    let an = morph::analyze(&w);
    // A word that is also a verb is the noun where it opens the sentence before a numbered
    // part ("Начало второго тура": not the verb "начало", which wants its subject first).
    let opens_sentence = || {
        text.get(..at)
            .map(str::trim_end)
            .is_some_and(|b| b.is_empty() || b.ends_with(['.', '!', '?']))
    };
    let noun = an.iter().all(|a| a.is_noun())
        || numbered && an.iter().any(|a| a.is_noun()) && opens_sentence();
    // A name is not counted out ("дал Петру 25 полков": Peter is the recipient).
    if an.is_empty() || !noun || an.iter().all(|a| a.proper()) {
        return false;
    }
    // A noun form that is only an instrumental is mostly an adverb ("потом", "утром", "летом").
    if an.iter().all(|a| a.case() == Case::Ins) {
        return false;
    }
    // An amount after a noun in the dative is what it has or needs, not its attribute
    // ("Старому пасечнику восемь лет", "Саду нужно пять тонн").
    if !action && after == Counted::Amount && dative(&an) {
        return false;
    }
    // The text before the word (a capital does not matter: "Генеральной Ассамблеи пяти ...").
    let Some(before) = text.get(..at).map(str::trim_end) else { return false };
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?']);
    // Other nouns only inside a clause: one that opens it names what the number is ("Память
    // 32 GB, диск 11 TB", "Расстояние 5 км").
    let clause_start = sentence_start || before.ends_with([',', ':', ';', '—', '–', '-', '(']);
    if !action && !things && !goods && clause_start {
        return false;
    }
    // ... nor one that says whose value it is ("рост человека 180 см", "длина моста 5 км"),
    // one noun further too ("стоимость канистры гречки 19 руб."); a measure's value is never
    // things ("Цена аренды пятидесяти девяти топчанов").
    let is_value = |v: &str| {
        value_noun(v)
            && !morph::analyze(v).iter().any(|a| a.is_verb())
            && !((things || goods) && measure_noun(v))
    };
    let value_before = crate::cx::word_before(text, at).is_some_and(|(v, v_at)| {
        is_value(&v)
            || morph::analyze(&v).iter().any(|a| a.is_noun() && a.case() == Case::Gen)
                && crate::cx::adjacent_word_before(text, v_at).is_some_and(|v2| is_value(&v2))
    });
    if value_before && !numbered {
        return false;
    }
    // An action noun governs its object inside a prepositional phrase too ("вклад в
    // обсуждение десяти вопросов"); another noun there is a place or an owner ("в городе
    // пять школ", "у соседа пять ульев"), after other words it has the things ("о судьбе
    // пяти ульев", "начал осмотр пяти ульев").
    if !action
        && preposition_before_phrase(text, at)
            .is_some_and(|p| PLACE_PREPOSITIONS.contains(&p.as_str()))
    {
        return false;
    }
    // Nor the last noun of a phrase of place, purpose or direction right after a transitive
    // verb: what follows is that verb's object ("направила на ремонт моста двести тонн").
    if !action && phrase_after_transitive_verb(text, pos) {
        return false;
    }
    if !action && !things && governor(text, at).is_some() {
        return false;
    }
    recipient_at(text, pos).is_none()
}

/// The start of a recipient right before byte `pos`: a noun only in the dative after a verb
/// that takes an object, which is then the amount after it ("отправил покупателю двадцать
/// одну тонну"; "помогли хозяйке трёх ульев": помочь takes none).
fn recipient_at(text: &str, pos: usize) -> Option<usize> {
    let (w, at) = crate::cx::word_before(text, pos)?;
    let an = morph::analyze(&w);
    let noun = an.iter().all(|a| a.is_noun()) && dative(&an);
    let verb = crate::cx::adjacent_word_before(text, at)
        .is_some_and(|v| morph::analyze(&v).iter().any(|a| a.is_verb() && a.transitive()));
    (noun && verb).then_some(at)
}

/// A unit of area ("га", "км²", "кв. м", "акр").
fn area_unit(unit: &crate::tables::units::Unit) -> bool {
    matches!(unit.ru.stem, "гектар" | "акр" | "сот") || unit.ru.adj == "квадратн"
}

/// Stems of verbs of change and of difference: an amount after "на" with them is by how much
/// ("выросли на пять процентов", "опередил на два гектара").
const CHANGE_STEMS: &[&str] = &[
    "вырос",
    "вырас",
    "рос",
    "раст",
    "увелич",
    "уменьш",
    "сократ",
    "сокращ",
    "сниз",
    "сниж",
    "повыс",
    "повыш",
    "пониз",
    "пониж",
    "подорож",
    "подешев",
    "расшир",
    "сузи",
    "сужа",
    "прибав",
    "убав",
    "отста",
    "опере",
    "превыс",
    "превыш",
    "упал",
    "упад",
    "пада",
    "подня",
    "подним",
    "измен",
    "колеб",
    "отлича",
    "ошиб",
    "перевыполн",
    "обогна",
    "обгоня",
    "прирос",
    "прираст",
    "сжал",
    "сжим",
    "просел",
    "проседа",
    "обвал",
    "скакн",
    "подскоч",
    "урез",
];

/// A verb of change (`CHANGE_STEMS`) among the three words before byte `pos`, in its clause.
fn change_before(text: &str, pos: usize) -> bool {
    let clause = text[..pos].rsplit(['.', '!', '?', ';', ',', '—']).next().unwrap_or("");
    crate::cx::last_words(clause, clause.len(), 3).any(|w| {
        CHANGE_STEMS.iter().any(|s| w.starts_with(s))
            && morph::analyze(&w).iter().any(|a| a.is_verb() || a.pos() == morph::Pos::Participle)
    })
}

/// A comparative or "приходиться" within the three words after the amount's phrase ("на 5 га
/// пашни больше", "на 10 га пашни приходится").
fn change_after(text: &str, pos: usize) -> bool {
    text[pos..].split_whitespace().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        matches!(w.as_str(), "больше" | "меньше" | "выше" | "ниже" | "дороже" | "дешевле")
            || w.starts_with("приход")
    })
}

/// The start of a preposition's phrase of one word (a noun or a pronoun, after at most one
/// attribute) right before byte `pos` after an adjective or participle it depends on
/// ("памятном для посёлка", "тяжёлом для районной медицины", "дорогой для него").
fn attribute_phrase_before(text: &str, pos: usize) -> Option<usize> {
    const PRONOUNS: &[&str] =
        &["всех", "всего", "него", "неё", "нее", "них", "нас", "вас", "меня", "тебя", "себя"];
    let (w, at) = crate::cx::word_before(text, pos)?;
    let (mut prep, mut prep_at) = crate::cx::word_before(text, at)?;
    // One attribute of the phrase's noun ("для районной медицины").
    if governor_cases(&prep).is_none() && morph::analyze(&prep).iter().any(|a| a.is_attribute()) {
        (prep, prep_at) = crate::cx::word_before(text, prep_at)?;
    }
    let noun = PRONOUNS.contains(&w.as_str()) || morph::analyze(&w).iter().any(|a| a.is_noun());
    if governor_cases(&prep).is_none() || !noun {
        return None;
    }
    let (adj, _) = crate::cx::word_before(text, prep_at)?;
    morph::analyze(&adj).iter().any(|a| a.is_attribute()).then_some(prep_at)
}

/// The start of a recipient right before byte `pos` whose form is also another case's
/// ("верфи", "компании": a dative, a genitive or a plural): right after a transitive verb and
/// before things counted in a form no genitive count takes, it is no genitive head of the
/// count, which is the verb's object ("отгрузил верфи одну лопасть").
fn recipient_before_object(text: &str, pos: usize, count: &Count) -> Option<usize> {
    if !count.things || fits(count.nouns, noun_form(count.n3, Case::Gen)).is_some() {
        return None;
    }
    let at = noun_that_can_be_dative_before(text, pos)?;
    crate::cx::adjacent_word_before(text, at)
        .is_some_and(|v| finite_verbs(&morph::analyze(&v)).iter().any(|a| a.transitive()))
        .then_some(at)
}

/// The start of the word right before byte `pos` where the dictionary has it as a noun only,
/// with the dative among its forms ("верфи", "филармонии", "заводу").
fn noun_that_can_be_dative_before(text: &str, pos: usize) -> Option<usize> {
    let (w, at) = crate::cx::word_before(text, pos)?;
    let an = morph::analyze(&w);
    let noun = !an.is_empty() && an.iter().all(|a| a.is_noun());
    (noun && an.iter().any(|a| a.case() == Case::Dat)).then_some(at)
}

/// The case of an amount right after a verb and its object in the accusative (past the
/// object's attributes): a time is the verb's extent, in the accusative ("Механики чинили
/// комбайн одну минуту"), another amount the means of a verb that governs the instrumental
/// ("Правление премировало лучшую доярку двадцатью одним рублём"). Not after an action noun, a
/// value or a share, whose complement the amount is. `None` elsewhere.
fn after_object(text: &str, pos: usize, time: bool) -> Option<Case> {
    /// Nouns of a share or a quantity: the amount after them is what they are a part of
    /// ("охватил большинство трёхсот десяти часов").
    const SHARE_NOUNS: &[&str] =
        &["большинств", "меньшинств", "част", "половин", "треть", "четверт", "множеств", "ряд"];
    /// Verbs of limiting: with their object before it, an amount is the limit, in the
    /// instrumental ("ограничивает вес посылок шестнадцатью граммами"); alone they take it
    /// as their object.
    const LIMITING: &[&str] = &["огранич", "лимитир"];
    let (w, at) = crate::cx::word_before(text, pos)?;
    let an = morph::analyze(&w);
    if an.is_empty()
        || !an.iter().all(|a| a.is_noun())
        || action_noun(&w)
        || value_noun(&w)
        || SHARE_NOUNS.iter().any(|s| w.starts_with(s))
    {
        return None;
    }
    // Back past the object's attributes and the genitive nouns that it governs ("премировало
    // лучшую доярку", "ограничивает вес книжных посылок") to the verb.
    let mut object = an.iter().any(|a| a.case() == Case::Acc);
    let mut at = at;
    let mut verb = None;
    for _ in 0..4 {
        let (word, start) = crate::cx::word_before(text, at)?;
        let an = morph::analyze(&word);
        // A preposition's phrase after the object ("наполнили поилку для жирафов"): its nouns
        // are no object; the object is before it.
        if preposition(&word) {
            object = false;
            at = start;
            continue;
        }
        let verbs = finite_verbs(&an);
        if !verbs.is_empty() {
            verb = Some((word, verbs));
            break;
        }
        let noun = !an.is_empty() && an.iter().all(|a| a.is_noun());
        if !noun && !an.iter().any(|a| a.is_attribute()) {
            return None;
        }
        object |= noun && an.iter().any(|a| a.case() == Case::Acc);
        at = start;
    }
    let (v, verbs) = verb?;
    if !object || !verbs.iter().any(|a| a.transitive()) {
        return None;
    }
    if time {
        return Some(Case::Acc);
    }
    (verb_government(&v) == Some(Case::Ins)
        || LIMITING.iter().any(|s| v.starts_with(s))
        || MATERIAL_VERBS.iter().any(|s| v.starts_with(s)))
    .then_some(Case::Ins)
}

/// The clause before byte `verb_start` opens with its verb's object: a noun that can be an
/// accusative and not a nominative ("Яму на въезде во двор засыпали"), or past a
/// preposition's phrase nothing before the verb can be its subject.
fn fronted_object(text: &str, verb_start: usize) -> bool {
    let head = &text[..verb_start];
    let clause_at = head.rfind(['.', '!', '?', ';', ':', ',', '—']).map_or(0, |i| i + 1);
    let Some((first, _)) = crate::cx::word_after(text, clause_at) else { return false };
    let an = morph::analyze(&first);
    !an.is_empty()
        && an.iter().all(|a| a.is_noun())
        && an.iter().any(|a| a.case() == Case::Acc)
        && !an.iter().any(|a| a.case() == Case::Nom)
}

/// A time at byte `pos` is the extent of a verb earlier in its clause that has its subject
/// before it, past the verb's other words ("Публика аплодировала солистке стоя одну минуту",
/// "ждала выхода солистки на бис одну секунду"): at most six words back, no punctuation.
fn extent_in_clause(text: &str, pos: usize) -> bool {
    let mut at = pos;
    for _ in 0..6 {
        let Some((w, start)) = crate::cx::word_before(text, at) else { return false };
        if !text[start..at].trim_end().ends_with(|c: char| c.is_alphabetic()) {
            return false;
        }
        let verbs = finite_verbs(&morph::analyze(&w));
        if !verbs.is_empty() {
            return subject_before(text, start, &verbs);
        }
        at = start;
    }
    false
}

/// Verbs of filling, covering and supplying, by the start their forms share: their object is
/// what is filled, covered or supplied, and an amount after it is the material, in the
/// instrumental ("обеспечивает жителей семьюдесятью литрами воды", "засыпали яму пятью тоннами
/// щебня"); alone they take the amount as their object ("засыпали пять тонн щебня").
const MATERIAL_VERBS: &[&str] = &[
    "обеспеч",
    "засып",
    "заполн",
    "наполн",
    "зали",
    "залива",
    "покры",
    "покрыва",
    "загруз",
    "загружа",
    "нагруз",
    "нагружа",
    "посыпа",
    "посыпл",
    "усыпа",
    "удобр",
    "облицов",
    "вымост",
    "вымащива",
    "утепл",
    "обши",
    "обшива",
    "засея",
    "засева",
    "засади",
    "засажива",
    "застел",
    "застила",
    "пропита",
    "пропитыва",
    "смаза",
    "смазыва",
    "завали",
    "завалива",
];

/// An amount right after the dative argument of an intransitive verb that governs the dative,
/// or of a verb that governs the instrumental, is the means, in the instrumental ("Спонсор
/// помог приюту шестьюдесятью тремя рублями", "Корма обходятся хозяйству двадцатью одним
/// рублём"); a transitive verb's amount is its object (`recipient_at`), a time its extent.
fn means_after_dative(text: &str, pos: usize) -> bool {
    let Some((w, at)) = crate::cx::word_before(text, pos) else { return false };
    let an = morph::analyze(&w);
    if an.is_empty() || !an.iter().all(|a| a.is_noun()) || !dative(&an) {
        return false;
    }
    crate::cx::word_before(text, at).is_some_and(|(v, _)| {
        let verbs = finite_verbs(&morph::analyze(&v));
        !verbs.is_empty()
            && match verb_government(&v) {
                Some(Case::Dat) => !verbs.iter().any(|a| a.transitive()),
                Some(Case::Ins) => true,
                _ => false,
            }
    })
}

/// A word form in the dative and in neither the nominative nor the genitive; a dative that
/// is also another word's accusative counts ("внуку": внук, and внука's accusative).
fn dative(an: &[Analysis]) -> bool {
    an.iter().any(|a| a.case() == Case::Dat)
        && !an.iter().any(|a| matches!(a.case(), Case::Nom | Case::Gen))
}

/// A verb's nominalization by its ending (-ние, -тие, -ция: "ликвидация", "разрешение"),
/// not a concrete noun in -ция ("акция").
fn action_noun(w: &str) -> bool {
    ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"].iter().any(|end| {
        w.strip_suffix(end).is_some_and(|stem| ["ни", "ти", "ци"].iter().any(|s| stem.ends_with(s)))
    }) && !CONCRETE_CIA.iter().any(|s| w.starts_with(s))
}

/// One of the nominalizations of lack and of trade and transport that end otherwise
/// (`DEVERBAL_NOUNS`: "из-за нехватки двадцати одного литра воды", "закупка пяти тонн").
fn deverbal_noun(w: &str) -> bool {
    DEVERBAL_NOUNS.iter().any(|s| {
        w.strip_prefix(s).is_some_and(|end| ["а", "и", "е", "у", "ой", "ам"].contains(&end))
    })
}

/// Stems of nominalizations in -ка, -ча, -жа and -ок ("нехватка", "недостача", "продажа",
/// "недостаток" less its fleeting vowel): what they lack, buy, carry or extract is their
/// genitive object, a time excepted ("Доставка 1-2 дня": how long it takes). Not "дефицит",
/// "выплата" and the like, whose number after them is their value ("дефицит бюджета пять
/// процентов").
const DEVERBAL_NOUNS: &[&str] = &[
    "нехватк",
    "недостач",
    "установк",
    "сборк",
    "проверк",
    "отправк",
    "подготовк",
    "обработк",
    "недостатк",
    "закупк",
    "поставк",
    "продаж",
    "покупк",
    "перевозк",
    "доставк",
    "отгрузк",
    "погрузк",
    "разгрузк",
    "добыч",
    "переработк",
    "заготовк",
];

/// Nouns in -ция that name things, not actions (their stems): a number after them is no
/// object they govern ("на выкуп акций двадцать тысяч", "у станции пять путей").
const CONCRETE_CIA: &[&str] = &[
    "акци",
    "станци",
    "позици",
    "порци",
    "лекци",
    "функци",
    "редакци",
    "полици",
    "наци",
    "конституци",
    "коллекци",
    "инстанци",
    "дистанци",
    "традици",
    "секци",
    "корпораци",
    "федераци",
    "ассоциаци",
    "делегаци",
    "фракци",
];

/// The number and what it counts, for the verb before it (`verb_case`).
struct Count<'a> {
    /// The analyses of the noun after the number.
    nouns: &'a [Analysis],
    /// The number's last three digits.
    n3: u32,
    /// The gender of the amount's unit ("5 т": feminine).
    unit_gender: Option<Gender>,
    /// A length of time, in a unit or a word ("5 ч", "5 часов").
    time: bool,
    /// Things or people named by the noun after the number, not an amount (`Counted::Things`).
    things: bool,
}

/// What the number's phrase counts, for `noun_complement`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Counted {
    /// A bare number.
    Nothing,
    /// A unit, money, a time or "раз": an amount.
    Amount,
    /// A unit and then the goods it measures, in the genitive ("1 л бензина").
    Goods,
    /// Other nouns: things or people.
    Things,
    /// A noun that numbers a part of a series ("3 квартала", `series_noun`): any noun before
    /// it, a value's too, is whose part it is ("Итоги третьего квартала").
    Numbered,
}

/// A word naming an amount, not things: a unit or a currency by its name or symbol
/// ("гигабайта", "километров", "рублей", "км"), "раз", a scale word ("5 тысяч рублей").
fn amount_word(w: &str) -> bool {
    // A stem and a case ending of the units' and currencies' declensions (`RuNoun::form`):
    // "кварт" + "ы", not "кварт" + "ала" (квартала), nor "час" + "тей" (частей).
    const ENDINGS: &[&str] = &[
        "", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ем", "ев", "ь", "я", "ю", "ём",
        "и", "ей", "ям", "ями", "ях", "ой", "ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях",
    ];
    let named = |stem: &str, w: &str| {
        stem.chars().count() >= 3 && w.strip_prefix(stem).is_some_and(|end| ENDINGS.contains(&end))
    };
    let base = crate::tables::units::without_si_prefix(w);
    matches!(w, "раз" | "раза")
        || SCALE_WORDS.iter().any(|s| w.starts_with(s))
        || unit_named(w).is_some()
        || crate::tables::units::units().iter().any(|u| named(u.ru.stem, base))
        || crate::tables::units::CURRENCIES.iter().any(|c| named(c.ru.stem, w))
}

/// Prepositions of place, of having and of direction: the noun after them says where the
/// count is ("в городе пять школ", "у соседа пять ульев", "эвакуировали из посёлка двадцать
/// одного жителя"), not whose it is (unlike "о", "про", "без", "для", "после").
const PLACE_PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "на",
    "у",
    "при",
    "под",
    "подо",
    "над",
    "надо",
    "за",
    "перед",
    "передо",
    "возле",
    "около",
    "среди",
    "между",
    "из",
    "изо",
    "от",
    "ото",
    "до",
    "с",
    "со",
    "к",
    "ко",
    "по",
    "через",
    "сквозь",
    "вдоль",
    "мимо",
    "внутри",
    "вокруг",
    "напротив",
    "близ",
    "вблизи",
];

/// The words before byte `pos` are a phrase of place, purpose or direction, its nouns and
/// their attributes after a preposition, right after a transitive verb ("направила на ремонт
/// моста", "отгрузил в адрес поставщика", "передал для нужд больницы").
fn phrase_after_transitive_verb(text: &str, pos: usize) -> bool {
    let mut pos = pos;
    for _ in 0..5 {
        let Some((w, start)) = crate::cx::word_before(text, pos) else { return false };
        if PLACE_PREPOSITIONS.contains(&w.as_str()) || w == "для" {
            // Past the verb's recipient ("выделила водоканалу на замену насосов", "выделило
            // филармонии на покупку органа": a noun that can be a dative).
            let start = recipient_at(text, start)
                .or_else(|| noun_that_can_be_dative_before(text, start))
                .unwrap_or(start);
            let Some((verb, _)) = crate::cx::word_before(text, start) else { return false };
            return morph::analyze(&verb).iter().any(|a| a.is_verb() && a.transitive());
        }
        let an = morph::analyze(&w);
        if an.is_empty() || !an.iter().all(|a| a.is_noun() || a.is_attribute()) {
            return false;
        }
        pos = start;
    }
    false
}

/// The word before the noun phrase that ends at byte `at` (past up to two attributes: "в
/// улыбающееся лицо"), lowercase.
fn preposition_before_phrase(text: &str, at: usize) -> Option<String> {
    let mut pos = at;
    for _ in 0..3 {
        let (w, start) = crate::cx::word_before(text, pos)?;
        let an = morph::analyze(&w);
        if an.is_empty() || !an.iter().all(|a| a.is_attribute()) {
            return Some(w);
        }
        pos = start;
    }
    None
}

/// Value nouns whose value is a measure: never things, so things counted after them are
/// whose measure it is ("цена трёх билетов", "возраст пяти деревьев").
const MEASURE_NOUNS: &[&str] = &[
    "цен",
    "стоимост",
    "вес",
    "масс",
    "длин",
    "высот",
    "ширин",
    "глубин",
    "толщин",
    "диаметр",
    "радиус",
    "площад",
    "объем",
    "объём",
    "мощност",
    "скорост",
    "температур",
    "возраст",
    "продолжительност",
    "емкост",
    "ёмкост",
    "диагонал",
    "пульс",
    "давлени",
    "частот",
    // Sums of money: whose they are ("зарплата двадцати одного авиадиспетчера").
    "зарплат",
    "оклад",
    "пенси",
    "стипенди",
    "доход",
    "бюджет",
    "налог",
    "штраф",
    "взнос",
    "тариф",
    "прибыл",
    "выручк",
];

fn measure_noun(w: &str) -> bool {
    MEASURE_NOUNS.iter().any(|s| w.starts_with(s))
}

/// A number joined by "и"/"или" to a noun before it takes that noun's case, which its
/// governing word gave ("доволен урожаем и 300 кг": instrumental; "для людей и 71 л":
/// genitive), where every analysis of the noun has that one oblique case (the nominative and
/// accusative alike say nothing: "купил хлеб и 2 кг"); where the noun's forms differ, the
/// case its own governing word gives among them. Not after a counted noun ("5 школ и
/// 3 больницы": the count gave its form).
fn coordinated_case(text: &str, pos: usize, end: usize) -> Option<&'static [Case]> {
    let (conj, at) = crate::cx::word_before(text, pos)?;
    if !matches!(conj.as_str(), "и" | "или" | "либо") {
        return None;
    }
    // A dash after the number and its unit leaves out a verb: the number opens a clause of
    // its own ("моложе 18 лет и 1,3 % — в возрасте 65 лет").
    let tail = text[end..].trim_start();
    let tail = tail.strip_prefix('%').unwrap_or(tail).trim_start();
    if ["--", "—", "–"].iter().any(|d| tail.starts_with(d)) {
        return None;
    }
    // When the first conjunct has a number of its own, that number's case ("о 3 сараях и 5
    // домах"); not a noun's between ("60 mph в городе и 20 kbps к серверу": two measures
    // side by side, not a measure joined to "городе").
    if let Some(c) = first_conjunct_case(text, at) {
        return Some(only(c));
    }
    let clause = text.get(..at)?.rsplit(['.', '!', '?', ';', ':', ',', '—', '(']).next()?;
    if clause.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (noun, noun_at) = crate::cx::word_before(text, at)?;
    let an = morph::analyze(&noun);
    if an.is_empty() || !an.iter().all(|a| a.is_noun()) || counted_noun(text, &noun, noun_at) {
        return None;
    }
    // The noun's one case, or the one of its cases its own governing word gives ("без
    // погоды": genitive, not the plural nominative; "радовалось саду": dative).
    let case = if an.iter().all(|a| a.case() == an[0].case()) {
        an[0].case()
    } else {
        let gov = governor(text, noun_at).map(<[Case]>::to_vec).or_else(|| {
            let (w, _) = crate::cx::word_before(text, noun_at)?;
            verb_government(&w).map(|c| vec![c])
        })?;
        gov.into_iter().find(|c| an.iter().any(|a| a.case() == *c))?
    };
    match case {
        Case::Nom | Case::Acc => None,
        c => Some(only(c)),
    }
}

/// The case of the number a conjunction at byte `conj_at` joins the next one to, where the
/// words between that number and the conjunction are its own phrase: its unit or noun, an
/// attribute, the genitive of what it measures ("без 1 кг соли и 2 кг уксуса", "при 5
/// рыболовах и 2 шкиперах", "между 10 т и 729 кг"): at most three words, none a preposition,
/// no punctuation. Only a case its governing word decided, of a cardinal.
fn first_conjunct_case(text: &str, conj_at: usize) -> Option<Case> {
    let mut end = text.get(..conj_at)?.trim_end().len();
    for _ in 0..=3 {
        let head = &text[..end];
        let digits = head.trim_end_matches('%').trim_end_matches(|c: char| c.is_ascii_digit());
        if digits.len() < head.trim_end_matches('%').len() {
            // The number with its digit groups ("66 302"), and its unit where one follows.
            let mut start = digits.len();
            while let Some(group) = text[..start].strip_suffix(' ').filter(|g| {
                let lead = g.trim_end_matches(|c: char| c.is_ascii_digit());
                (1..=3).contains(&(g.len() - lead.len()))
                    && text[start..].bytes().take_while(u8::is_ascii_digit).count() == 3
            }) {
                start = group.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            }
            if text[..start].ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | ',')) {
                return None;
            }
            // Not the genitive a noun before it gives ("постановки 1 и 4 пальцев": the noun
            // is no governing word of the second number).
            let gpos = skip_particles(text, start);
            let noun_before = crate::cx::word_before(text, gpos).is_some_and(|(w, _)| {
                let an = morph::analyze(&w);
                !an.is_empty() && an.iter().all(|a| a.is_noun())
            });
            if noun_before && governor(text, gpos).is_none() {
                return None;
            }
            let unit = text[end..].split_whitespace().next().filter(|w| unit_named(w).is_some());
            let span_end = match unit {
                Some(u) => text[end..].find(u).map_or(end, |i| end + i + u.len()),
                None => end,
            };
            let rc = RuContext::at(text, start, span_end);
            return (rc.decided() && !rc.noun_wants_ordinal).then(|| rc.cardinal_case());
        }
        let (w, w_start, w_end) = match crate::text::choice_ending(head) {
            Some((first, open)) => (first.to_lowercase(), open, end),
            None => {
                let word = head.trim_end_matches('.');
                let (w, w_start) = crate::cx::word_before(word, word.len())?;
                // The word's end in `text` (lowercasing may change a word's length in bytes).
                let w_end = crate::cx::word_after(word, w_start).map_or(word.len(), |(_, e)| e);
                (w, w_start, w_end)
            }
        };
        // A preposition, punctuation or a suffix ("262-х") ends the phrase.
        let suffix = w.starts_with('-') || text[..w_start].ends_with(|c: char| c.is_ascii_digit());
        if governor_cases(&w).is_some() || !text[w_end..end].trim_matches('.').is_empty() || suffix
        {
            return None;
        }
        // A number an earlier rule has read ("девяти килограммов", "двум тоннам"): the case
        // its last word shares with the noun after it.
        let an = morph::analyze(&w);
        if an.iter().any(|a| a.pos() == morph::Pos::Numeral) || w.starts_with("одн") {
            let after = text[w_end..].trim_start_matches(' ');
            let noun = match crate::text::choice_opening(after) {
                Some(first) => first.to_lowercase(),
                None => adjacent_word_after(text, w_end)?,
            };
            let nouns: Vec<Case> =
                morph::analyze(&noun).iter().filter(|a| a.is_noun()).map(|a| a.case()).collect();
            let mut shared = an.iter().map(|a| a.case()).filter(|c| nouns.contains(c));
            let case = shared.next()?;
            return shared.all(|c| c == case).then_some(case);
        }
        end = text[..w_start].trim_end().len();
    }
    None
}

/// A number joined to one before it ("5 и 6", "1998, 2003", "5-6", "с 1 по 4"): a noun
/// after both is plural whatever each numbers ("на пятом и шестом этажах").
fn joined_to_number(text: &str, start: usize) -> bool {
    let before = match crate::cx::word_before(text, start) {
        Some((w, at)) if matches!(w.as_str(), "и" | "или" | "по" | "до") => &text[..at],
        _ => text[..start].trim_end().trim_end_matches([',', '-', '–', '—']),
    };
    before.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// The plural series noun that numbers joined to the one ending at `end` share ("на 5 и 6
/// этажах", "в 5, 6 и 7 классах": each an ordinal); not after a dash ("в 5-6 этажей" counts).
fn shared_series_noun(text: &str, end: usize) -> Option<Vec<Analysis>> {
    let mut pos = end;
    let mut joined = false;
    loop {
        let tail = text[pos..].trim_start();
        let Some(rest) = tail
            .strip_prefix(',')
            .or_else(|| tail.strip_prefix("и "))
            .or_else(|| tail.strip_prefix("или "))
        else {
            break;
        };
        let rest = rest.trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return None;
        }
        pos = text.len() - rest.len() + digits;
        joined = true;
    }
    let w = adjacent_word_after(text, pos).filter(|w| joined && series_noun(w))?;
    let plural: Vec<Analysis> =
        morph::analyze(&w).into_iter().filter(|a| a.is_noun() && a.plural()).collect();
    (!plural.is_empty()).then_some(plural)
}

/// Where the words after a number ending at `end` begin, past a bracketed alternative to it
/// ("в 1656 (по другим данным в 1657) году", "около 25 (или 30) дворов"): a short bracket
/// right after the number, or, where the number is itself an alternative (`alternative`), the
/// bracket it closes ("(или 30) дворов") or the noun before that bracket ("к 1700 году (или
/// 1701)").
fn past_alternative(text: &str, end: usize, alternative: Option<&Alternative>) -> usize {
    let tail = &text[end..];
    let gap = tail.len() - tail.trim_start().len();
    if let Some(inner) = tail[gap..].strip_prefix('(') {
        return match inner.find([')', '(']) {
            Some(close)
                if inner[close..].starts_with(')')
                    && inner[..close].chars().count() <= 80
                    && !inner[..close].contains(['-', '—', '–']) =>
            {
                end + gap + close + 2
            }
            _ => end,
        };
    }
    match alternative {
        Some(alt) if alt.noun_before => alt.end,
        Some(_) => {
            let closing = tail.trim_start_matches('?');
            end + (tail.len() - closing.len()) + 1
        }
        None => end,
    }
}

/// The number that the one at `start..end` is a bracketed alternative to: the bracket closes
/// right after this one ("?" between) and opened right after that number ("1656 (по другим
/// данным 1657)") or after that number and its noun ("к 1700 году (или 1701)", "в 5 томах
/// (или 6)"): that number's span, and whether its noun stands before the bracket.
struct Alternative {
    start: usize,
    end: usize,
    noun_before: bool,
}

fn alternative_to(text: &str, start: usize, end: usize) -> Option<Alternative> {
    if !text[end..].trim_start_matches('?').starts_with(')') {
        return None;
    }
    let open = text[..start].rfind(['(', ')']).filter(|&i| text[i..].starts_with('('))?;
    // A dash makes the bracket a clause of its own ("из 25 (в настоящее время -- 5)").
    if text[open..start].contains(['-', '—', '–']) {
        return None;
    }
    let number_before = |head: &str| {
        let digits = head.trim_end_matches(|c: char| c.is_ascii_digit());
        (digits.len() < head.len() && !digits.ends_with(|c: char| c.is_alphanumeric()))
            .then_some((digits.len(), head.len()))
    };
    let head = text[..open].trim_end();
    let alt = match number_before(head) {
        Some((start, end)) => Alternative { start, end, noun_before: false },
        None => {
            let (noun, noun_at) = crate::cx::word_before(text, head.len())?;
            let an = morph::analyze(&noun);
            if an.is_empty() || !an.iter().all(|a| a.is_noun()) {
                return None;
            }
            let (start, end) = number_before(text[..noun_at].trim_end())?;
            Alternative { start, end, noun_before: true }
        }
    };
    // An alternative is of the other's size: not a year after an age ("в 12 лет (1943)").
    ((alt.end - alt.start).abs_diff(end - start) <= 1).then_some(alt)
}

/// `c` as the one case a governing word allows.
fn only(c: Case) -> &'static [Case] {
    match c {
        Case::Nom => &[Case::Nom],
        Case::Gen => &[Case::Gen],
        Case::Dat => &[Case::Dat],
        Case::Acc => &[Case::Acc],
        Case::Ins => &[Case::Ins],
        Case::Prep => &[Case::Prep],
    }
}

/// Where the whole number starts when the number at `start` follows a scale word and the
/// number that scale word counts ("до 3 миллионов 400 тысяч": the governing word of "3" gives
/// "400" its case); `start` otherwise.
fn scaled_number_start(text: &str, start: usize) -> usize {
    let Some((w, at)) = crate::cx::word_before(text, start) else { return start };
    if !SCALE_WORDS.iter().any(|s| w.starts_with(s)) {
        return start;
    }
    let head = text[..at].trim_end();
    let before = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    if before.len() < head.len() {
        // The first digit after what precedes the number.
        return head.len() - head[before.len()..].trim_start().len();
    }
    start
}

/// A unit's name whose genitive plural without an ending is the one counts use: "байт" and
/// "бит" with their SI multiples ("5 гигабайт", "100 мегабит"), and the table's units of that
/// declension ("5 ватт", "5 ампер"). The dictionary gives some of them only "-ов".
fn counting_plural_unit(word: &str) -> bool {
    use crate::tables::ru_noun::Class;
    matches!(crate::tables::units::without_si_prefix(word), "байт" | "бит")
        || crate::tables::units::units().iter().any(|u| {
            matches!(u.ru.class, Class::MascHardZeroGenPl | Class::MascHardBothGenPl)
                && u.ru.tail.is_empty()
                && u.ru.adj.is_empty()
                && u.ru.stem == word
        })
}

/// Byte `pos` moved back over up to three words that agree with the noun after the number
/// (`nouns`: adjectives, participles, pronouns such as "том", "этом") or are "же", to where a
/// preposition before them stands, with the cases the word nearest the number can be in.
/// Without a noun after the number (a unit symbol ends it: "за последние 21 мин.", "из
/// оставшихся 5 т") the words passed are plural adjectives and pronouns, and their case is
/// the number's. `None` when no preposition stands there.
fn past_attributes(text: &str, pos: usize, nouns: &[Analysis]) -> Option<(usize, Vec<Case>)> {
    let mut at = pos;
    let mut cases: Vec<Case> = Vec::new();
    for _ in 0..3 {
        // An attribute's own prepositional phrase between it and the number ("в памятном для
        // посёлка 1907 году", "к памятному для всех 1907 году"): passed over.
        if let Some(past) = attribute_phrase_before(text, at) {
            at = past;
        }
        let (w, start) = crate::cx::word_before(text, at)?;
        // In the noun's case ("в прошлом 2019 году"), not a name with an adjective's form
        // ("между Парком 8 чердаков") nor a word with no noun after the number ("С главой
        // 10").
        let capital = text[start..].starts_with(char::is_uppercase);
        let attributes: Vec<Analysis> = if capital || w == "же" {
            Vec::new()
        } else {
            morph::analyze(&w)
                .into_iter()
                .filter(|a| {
                    a.is_attribute()
                        && if nouns.is_empty() {
                            a.plural()
                        } else {
                            nouns.iter().any(|n| n.case() == a.case())
                        }
                })
                .collect()
        };
        if attributes.is_empty() && w != "же" {
            return None;
        }
        if cases.is_empty() {
            cases = attributes.iter().map(|a| a.case()).collect();
        }
        at = start;
        if governor(text, at).is_some() {
            return Some((at, cases));
        }
    }
    None
}

/// The noun at byte `at` is counted or dated by a number before it, in digits or already
/// read ("25 пехотных полков", "трёх рублей", "двенадцатого июня", "нолю часам"): the
/// number gave its form, not a governing word.
fn counted_noun(text: &str, noun: &str, at: usize) -> bool {
    if RU_MONTHS_GEN.contains(&noun)
        || ["час", "минут", "секунд"].iter().any(|s| noun.starts_with(s))
    {
        return true;
    }
    let mut pos = at;
    for _ in 0..3 {
        let Some(head) = text.get(..pos).map(str::trim_end) else { return false };
        // Digits, also with a written ending ("262-х").
        let digits = head.trim_end_matches(char::is_alphabetic).trim_end_matches('-');
        if digits.ends_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        let Some((w, start)) = crate::cx::word_before(text, pos) else { return false };
        let an = morph::analyze(&w);
        if an.iter().any(|a| a.pos() == morph::Pos::Numeral) {
            return true;
        }
        if !an.iter().any(|a| a.is_attribute()) {
            return false;
        }
        pos = start;
    }
    false
}

impl RuContext {
    pub fn at(text: &str, start: usize, end: usize) -> Self {
        // The governing word may stand before a particle ("не достигал и 20 кГц").
        let number_start = scaled_number_start(text, start);
        let gpos = skip_particles(text, number_start);
        // A span that ends in its own noun or sign ("5 км", "3 млн", "7 руб.", "25%") counts
        // that: the word after it ("5 км дороги", "3 млн рублей", "25% акций") is not counted
        // by the number.
        // A span may end in the punctuation after its unit ("536 руб. рыбаки": the money rule
        // keeps it), which is not part of it.
        let span = text[start..end].trim_end_matches([' ', ',', '.', ';', ':', '!', '?', ')']);
        let letters = span.trim_end_matches(char::is_alphabetic);
        // A degree's scale is part of its unit ("21 °C", "70°F").
        let head = if letters.len() < span.len() {
            letters.strip_suffix('°').unwrap_or(letters)
        } else {
            letters
        };
        let degrees = head.len() < letters.len();
        let own_noun = head.len() < span.len() && (head.ends_with(' ') || degrees)
            || span.ends_with(['%', '‰', '°']);
        // The number this one is a bracketed alternative to, if any, and the words after the
        // number, past a bracketed alternative of it.
        let alternative = alternative_to(text, start, end);
        let after = past_alternative(text, end, alternative.as_ref());
        let (nouns, guessed) =
            if own_noun { (Vec::new(), false) } else { noun_after_guessed(text, after) };
        // The first of numbers joined before the series noun they share ("на 5 и 6 этажах").
        let shared_series =
            if nouns.is_empty() && !own_noun { shared_series_noun(text, end) } else { None };
        let nouns = shared_series.clone().unwrap_or(nouns);
        // A range's noun agrees with its last number ("1-2 дня": two, not twelve).
        let span = &text[start..end];
        let last = span
            .rsplit(['-', '–', '—', '…'])
            .find(|p| p.chars().any(|c| c.is_ascii_digit()))
            .unwrap_or(span);
        let digits: String = last.chars().filter(char::is_ascii_digit).collect();
        let n3 = last3(&digits);
        let unit = own_noun.then(|| unit_named(&span[head.len()..])).flatten();
        let word_after = || adjacent_word_after(text, after);
        // A length of time, in a unit or a word ("5 ч", "5 часов"): an extent after a verb.
        let time_amount = unit.is_some_and(ru_time) || word_after().is_some_and(|w| time_noun(&w));
        // The span's own unit or sign ("436 руб. ", "832%") counts, not the word after it.
        let own_sign = text[start..end].chars().any(|c| c.is_alphabetic() || c == '%');
        // A unit of the span (not money) and a genitive noun after it: an amount of goods.
        let span_unit = text[start..end].split_whitespace().last().and_then(unit_named);
        // Past the goods' attributes ("2 л горячей воды").
        let goods_after = span_unit.is_some()
            && word_after().is_some_and(|w| {
                let an = morph::analyze(&w);
                w.chars().count() > 2
                    && !amount_word(&w)
                    && (an.iter().any(|a| a.is_noun() && a.case() == Case::Gen)
                        || an.iter().any(|a| a.is_attribute() && a.case() == Case::Gen)
                            && noun_after(text, after)
                                .iter()
                                .any(|a| a.case() == Case::Gen && !a.second_genitive()))
            });
        let counted_kind = if goods_after {
            Counted::Goods
        } else if own_sign || time_amount || word_after().is_some_and(|w| amount_word(&w)) {
            Counted::Amount
        } else if nouns.is_empty() {
            Counted::Nothing
        } else if word_after().is_some_and(|w| series_noun(&w)) {
            Counted::Numbered
        } else {
            Counted::Things
        };
        let count = Count {
            nouns: &nouns,
            n3,
            unit_gender: unit.map(|u| if ru_fem(u) { Gender::Fem } else { Gender::Masc }),
            time: time_amount,
            things: counted_kind == Counted::Things,
        };
        // After a prepositional phrase of place, read once where nothing closer decides.
        let place = std::cell::OnceCell::new();
        let place = || {
            *place.get_or_init(|| {
                let extent = own_noun
                    || time_amount
                    || word_after().is_some_and(|w| matches!(w.as_str(), "раз" | "раза"));
                place_phrase(text, gpos, &count, extent)
            })
        };
        // A preposition before words that agree with the noun after the number still governs
        // ("в том же 2007 году", "к следующему 2030 году", "в тех 5 домах").
        let (gpos, attribute_cases) = match governor(text, gpos) {
            None => past_attributes(text, gpos, &nouns).unwrap_or((gpos, Vec::new())),
            Some(_) => (gpos, Vec::new()),
        };
        // Without a noun after the number, the attribute's case picks the governing word's
        // ("с этими": the instrumental, not the genitive of "с").
        let narrowed = |cases: &'static [Case]| {
            let wanted = cases.iter().find(|c| nouns.is_empty() && attribute_cases.contains(c));
            wanted.map_or(cases, |c| only(*c))
        };
        // Right before the number: not past a particle or a conjunction ("место и ещё 5").
        // Things, not people, named by a word in the form a genitive count takes.
        let genitive_things = counted_kind == Counted::Things
            && !nouns.iter().any(|a| a.animate())
            && word_after().is_some_and(|w| w.chars().count() > 2)
            && fits(&nouns, noun_form(n3, Case::Gen)).is_some();
        let noun_gov = noun_complement(text, start, counted_kind, genitive_things, time_amount);
        // An alternative in brackets with no preposition of its own is governed as the number
        // it stands for ("в 1926 (по другим данным 1927) году": "тысяча девятьсот двадцать
        // седьмом").
        let own_preposition = crate::cx::adjacent_word_before(text, number_start)
            .is_some_and(|w| governor_cases(&w).is_some());
        let stands_for = alternative
            .as_ref()
            .filter(|_| !own_preposition)
            .map(|alt| RuContext::at(text, alt.start, alt.end).gov)
            .filter(|g| !g.is_empty());
        let gov = stands_for
            .or_else(|| governor(text, gpos).map(narrowed))
            .or_else(|| attribute_government(text, gpos).map(only))
            .or_else(|| {
                (negated_even(text, number_start) || negated_exceeding(text, gpos))
                    .then_some(&[Case::Gen][..])
            })
            .or_else(|| coordinated_case(text, start, end))
            // Only where the noun can be a genitive count ("рука пятидесяти двух ручьёв"; "52
            // ручья" is a nominative or accusative count), or its forms are guessed.
            .or_else(|| {
                // A guessed noun's forms (`morph::guess`) are no evidence against its
                // governing word.
                let genitive = counted_kind != Counted::Things
                    || guessed
                    || fits(&nouns, noun_form(n3, Case::Gen)).is_some();
                (noun_gov && genitive).then_some(&[Case::Gen][..])
            })
            // Not right after a noun the number is the value of ("появился монитор с
            // диагональю пятьдесят два дюйма").
            .or_else(|| {
                let value = crate::cx::adjacent_word_before(text, number_start)
                    .is_some_and(|w| value_noun(&w) && !action_noun(&w));
                (!value && place() == Some(PlaceRead::Complement)).then_some(&[Case::Gen][..])
            })
            .unwrap_or(&[]);
        // A whole number, or a range of them ("1998-1999", "5 — 6"): no fraction.
        let unsigned = text[start..end].trim_start_matches(['-', '−', '+']);
        let range = unsigned.contains(['-', '–', '—']);
        let integer = unsigned
            .chars()
            .all(|c| c.is_ascii_digit() || range && matches!(c, '-' | '–' | '—' | '−' | '+' | ' '));
        let mut noun_forms: Vec<Form> = nouns.iter().map(|a| form_of(*a)).collect();
        noun_forms.sort_by_key(|f| !gov.contains(&f.case));
        noun_forms.dedup();
        // "год" after a number under a hundred in a count's form is counted, not numbered
        // ("Прошло три года", "Ему двадцать один год"; "в 41 году", "1992 года" are years).
        let year_count = || {
            digits.len() <= 2
                && word_after().is_some_and(|w| matches!(w.as_str(), "год" | "года"))
                && fits(&nouns, noun_form(n3, Case::Nom)).is_some()
        };
        // A noun that numbers a part of a series takes the ordinal ("в 1 чтении", "Итоги 3
        // полугодия"), unless its form is a count's: a plural ("в 5 сериях", "Дом в 5
        // этажей"; not after another number it is joined to: "на 5 и 6 этажах"), or after 2-4
        // the genitive singular where the phrase is no genitive ("Прошло 3 полугодия", "за 3
        // квартала"; "после 3 тура", "Итоги 3 квартала" are).
        let joined = joined_to_number(text, number_start);
        let series_count = |w: &str| {
            let counted = |c| fits(&nouns, noun_form(n3, c)).is_some();
            let plural_count = || {
                nouns.iter().all(|a| a.plural())
                    && !joined
                    && [Case::Nom, Case::Gen, Case::Dat, Case::Ins, Case::Prep]
                        .into_iter()
                        .any(counted)
            };
            // Years: also a plural after a number under a hundred ("приговорил к восьми
            // годам"; after a year, "1990 годах", the plural is the decade's).
            if w.starts_with("год") {
                return year_count() || digits.len() <= 2 && plural_count();
            }
            let genitive = gov.first() == Some(&Case::Gen) || gov.is_empty() && noun_gov;
            if nouns.iter().all(|a| a.plural()) {
                plural_count()
            } else {
                let few = (2..=4).contains(&(n3 % 10)) && !(12..=14).contains(&(n3 % 100));
                few && !genitive && counted(Case::Nom)
            }
        };
        let series = shared_series.is_some()
            || word_after().is_some_and(|w| series_noun(&w) && !series_count(&w));
        // The ordinal's noun is singular but where the number is one of several ("в 1998 и
        // 2003 годах") or numbers years.
        let year_noun = word_after().is_some_and(|w| w.starts_with("год"));
        let plural_ordinal = joined || shared_series.is_some() || year_noun;
        let mut cx = RuContext {
            gov,
            noun: noun_forms.first().copied(),
            noun_forms: noun_forms.clone(),
            ..Default::default()
        };
        // The prepositional needs a preposition; the genitive of a count has its governor.
        // Right after an infinitive a number is its object ("иметь 1000 долларов": одну
        // тысячу); "есть" and "быть" are copulas (a subject or predicate follows).
        // The verb's word: past a personal pronoun after it ("желаю вам").
        let vpos = if gov.is_empty() {
            recipient_at(text, gpos)
                .or_else(|| recipient_before_object(text, gpos, &count))
                .unwrap_or_else(|| skip_object_pronoun(text, gpos))
        } else {
            gpos
        };
        // An infinitive whose government is known gives its case ("способствовать пяти").
        let verb_word = crate::cx::adjacent_word_before(text, vpos);
        let governed_infinitive = verb_word.as_deref().and_then(verb_government).is_some();
        // An infinitive by the dictionary, or by its ending where the dictionary lacks the
        // word ("крепости" is a noun).
        let after_infinitive = gov.is_empty()
            && !governed_infinitive
            && verb_word.is_some_and(|w| {
                let an = morph::analyze(&w);
                !matches!(w.as_str(), "есть" | "быть")
                    && w.chars().all(is_cyr)
                    && if an.is_empty() {
                        ["ть", "ти", "чь"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3
                    } else {
                        an.iter().any(|a| a.infinitive())
                    }
            });
        let verb = if gov.is_empty() && !after_infinitive {
            verb_case(text, vpos, &count)
                .or_else(|| match place() {
                    Some(PlaceRead::Argument(c)) => Some(c),
                    _ => None,
                })
                // The object of the verb before a phrase of purpose or direction.
                .or_else(|| phrase_after_transitive_verb(text, gpos).then_some(Case::Acc))
                .or_else(|| {
                    (counted_kind == Counted::Amount
                        && !count.time
                        && means_after_dative(text, gpos))
                    .then_some(Case::Ins)
                })
                .or_else(|| {
                    // Hours of something after an object are its (`noun_complement`: "последствия
                    // трёх часов простоя"), not the verb's extent.
                    (counted_kind == Counted::Amount
                        || counted_kind == Counted::Goods && !count.time)
                        .then(|| after_object(text, gpos, count.time))
                        .flatten()
                })
                .or_else(|| (count.time && extent_in_clause(text, gpos)).then_some(Case::Acc))
        } else {
            None
        };
        // The start of a "в" right before the number, which the three readings below make a
        // place.
        let in_at = crate::cx::word_before(text, gpos)
            .filter(|(prep, _)| matches!(prep.as_str(), "в" | "во"))
            .map(|(_, at)| at);
        // Things counted after "в" in a form both its cases share ("в 13 пирожных", "в 5
        // кафе") are where something is, in the prepositional, unless a transitive verb, right
        // before or before its object, puts something into them ("вложил деньги в").
        let located_in = |at: usize| {
            let transitive =
                |v: &str| morph::analyze(v).iter().any(|a| a.is_verb() && a.transitive());
            !crate::cx::last_words(text, at, 2).any(|v| transitive(&v))
        };
        // An amount of goods after "в" that opens the sentence is where something is found ("В
        // ста граммах продукта содержится", "В тридцати одном грамме молока нашли").
        let fronted_in = |at: usize| {
            let before = text[..at].trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
        };
        // A share after "в" of the things named after it is where something is found ("Брак
        // нашли в пятидесяти двух процентах сварных швов"); "в 5 раз" and a bare "в 5%" keep
        // the accusative.
        let share_of_things = || {
            span.trim_end().ends_with('%')
                && noun_after(text, after).iter().any(|a| a.case() == Case::Gen && a.plural())
        };
        let located = gov == [Case::Acc, Case::Prep]
            && in_at.is_some_and(|at| match counted_kind {
                Counted::Things => located_in(at),
                Counted::Goods => fronted_in(at),
                Counted::Amount => share_of_things(),
                _ => false,
            });
        // An area after "на" of the land or surface named after it is where something is done
        // ("сушили на десяти гектарах берега"), unless a word of change makes it the difference
        // ("площадь сократили на 10 га пашни", "на 5 га пашни больше") or the area is what
        // something falls to ("на 10 га пашни приходится"). Not a share: "на 10% населения
        // приходится" and "претендует на 5% акций" are accusatives.
        let located_on = gov == [Case::Acc, Case::Prep]
            && counted_kind == Counted::Goods
            && span_unit.is_some_and(area_unit)
            && crate::cx::word_before(text, gpos).is_some_and(|(prep, at)| {
                prep == "на" && !change_before(text, at) && !change_after(text, after)
            });
        let gov: &[Case] = if located || located_on { &[Case::Prep, Case::Acc] } else { gov };
        let order: &[Case] = if !gov.is_empty() {
            gov
        } else if after_infinitive {
            &[Case::Acc, Case::Dat, Case::Ins]
        } else {
            match verb {
                Some(Case::Acc) => &[Case::Acc, Case::Nom, Case::Dat, Case::Ins],
                Some(Case::Dat) => &[Case::Dat, Case::Nom, Case::Acc, Case::Ins],
                Some(Case::Ins) => &[Case::Ins, Case::Nom, Case::Acc, Case::Dat],
                Some(Case::Gen) => &[Case::Gen, Case::Nom, Case::Acc],
                _ => &[Case::Nom, Case::Acc, Case::Dat, Case::Ins],
            }
        };
        // After a fraction the noun is a genitive singular whatever the case ("трём целым
        // трём десятым тысячи"): it shows nothing of the number's case.
        let fraction = text.as_bytes()[start..end]
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && matches!(w[1], b',' | b'.') && w[2].is_ascii_digit());
        let counted: &[Analysis] = if fraction { &[] } else { &nouns };
        let agreeing = |order: &[Case]| {
            order.iter().find_map(|&c| {
                let a = fits(counted, noun_form(n3, c))?;
                Some((c, a.gender().unwrap_or(Gender::Masc), a.animate()))
            })
        };
        // A noun in the dative or instrumental shows the number's case whatever stands
        // before it ("больше чем двумя людьми"); the nominative and genitive forms are too
        // alike to override a governing word ("более 481 человек"). With no governing word
        // known, a noun that only a genitive count fits shows one ("напротив 23 домов").
        // Not after a scale word the span ends with ("3 млн рублей": the scale word counts).
        let bare = text[start..end].bytes().all(|b| b.is_ascii_digit() || b == b' ');
        let fallback: &[Case] = if gov.is_empty() && bare {
            &[Case::Dat, Case::Ins, Case::Gen]
        } else {
            &[Case::Dat, Case::Ins]
        };
        // Across a bracketed alternative the noun agrees with the other number ("около 11 (или
        // 31) двора", "в 20 свитках (или 21)"): this one takes the case of the noun's form that
        // the context allows, else the context's first, and the noun's gender.
        let agreed = agreeing(order).or_else(|| agreeing(fallback)).or_else(|| {
            let noun = counted.first().filter(|_| after != end)?;
            let case = order.iter().find(|c| counted.iter().any(|a| a.case() == **c));
            Some((*case.or(order.first())?, noun.gender().unwrap_or(Gender::Masc), noun.animate()))
        });
        // Only a masculine singular noun shows it: after a number ending in 1 ("двадцать
        // одного депутата"; "двадцать два депутата" keeps the nominative's form, "одну" is
        // feminine, a neuter's accusative singular is its nominative: "одно чудовище").
        cx.animate_accusative = agreed.is_some_and(|(c, g, animate)| {
            animate && c == Case::Acc && g == Gender::Masc && n3 % 10 == 1 && n3 % 100 != 11
        });
        // A year before its noun, past attributes ("в 2001 учебном году"): the ordinal, though
        // "одном году" agrees as a count would.
        let years = text[start..end]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .all(|p| p.len() == 4);
        let cardinal =
            agreed.filter(|_| !(years && year_noun_after(text, after))).map(|(c, g, _)| (c, g));
        // A unit's name in the counting plural that has no ending ("5 гигабайт", "10 байт")
        // reads like a singular but is counted, not an ordinal's noun.
        let counting_plural =
            n3 % 100 != 1 && word_after().is_some_and(|w| counting_plural_unit(&w));
        // A word that governs the dative or instrumental ("равно", "рискнул") takes the
        // number as its own: a noun after it in another case begins the next phrase ("x равно
        // 18 формула неверна"), it is no ordinal's noun.
        let strong_verb = verb.filter(|c| matches!(c, Case::Dat | Case::Ins));
        // A guessed noun that no count's form fits may be one that does not decline
        // ("кутюрье"): no ordinal for it.
        if series
            || (cardinal.is_none() && integer && !nouns.is_empty() && !counting_plural && !guessed)
        {
            // An ordinal agrees with its noun in case, number and gender.
            // An ordinal numbers one part: singular, in the noun's case and gender, before a
            // plural noun too, which numbers joined before it share ("на пятом и шестом
            // этажах", "в 1998 и 2003 годах"), whatever case the conjunction passed on; a
            // span with a plural ending numbers decades ("1970 -- 1980-е годы").
            let forms =
                nouns.iter().copied().filter(|a| series && plural_ordinal || !a.plural()).map(
                    |a| match form_of(a) {
                        f if integer => Form::new(f.case, a.gender().unwrap_or(Gender::Masc)),
                        f => f,
                    },
                );
            let ord = forms
                .clone()
                .filter(|f| strong_verb.is_none_or(|c| c == f.case))
                .filter(|f| gov.is_empty() && f.case != Case::Prep || gov.contains(&f.case))
                .min_by_key(|f| gov.iter().position(|c| *c == f.case).unwrap_or(usize::MAX))
                .or_else(|| forms.clone().find(|_| series && plural_ordinal));
            if let Some(f) = ord {
                cx.ordinal = Some(f);
                cx.noun_wants_ordinal = true;
                cx.prep_case = gov.contains(&f.case).then_some(f.case).or(gov.first().copied());
                cx.noun = Some(f);
                return cx;
            }
            if series {
                cx.noun_wants_ordinal = true;
                cx.prep_case = gov.first().copied();
                return cx;
            }
        }
        cx.cardinal = cardinal;
        cx.prep_case = match cardinal {
            Some((c, _)) if gov.contains(&c) => Some(c),
            _ => gov.first().copied(),
        };
        if cardinal.is_none() && after_infinitive {
            cx.cardinal = Some((Case::Acc, Gender::Masc));
        } else if cardinal.is_none() && (counted.is_empty() || strong_verb.is_some()) {
            // A unit symbol or nothing after the number, or a noun that the verb's dative or
            // instrumental does not count: the verb's case ("рисковал 5 €").
            cx.cardinal = verb.map(|c| (c, Gender::Masc));
        } else if cardinal.is_none() && counting_plural && gov.is_empty() {
            // "5 гигабайт" says nothing of its case, like a unit symbol: the verb's; after 2-4
            // it is a genitive ("не хватило 32 байт"; the nominative count is "32 байта").
            let few = (2..=4).contains(&(n3 % 10)) && !(12..=14).contains(&(n3 % 100));
            cx.cardinal = verb.or(few.then_some(Case::Gen)).map(|c| (c, Gender::Masc));
        }
        if let Some((c, _)) = cardinal {
            cx.noun = noun_forms.iter().copied().find(|f| f.case == c).or(cx.noun);
        }
        cx
    }

    /// Gender of the counted noun where the dictionary knows it, else `default`.
    pub fn gender(&self, default: Gender) -> Gender {
        match self.cardinal {
            Some((_, g)) if self.noun.is_some() => g,
            _ => default,
        }
    }

    /// Case for a cardinal: the one that agrees with the noun and the governing word, else
    /// the governing word's usual one, else the nominative. "по" with a bare count is
    /// distributive: the dative after 1 ("по одному"), the accusative otherwise.
    pub fn cardinal_case(&self) -> Case {
        if let Some((c, _)) = self.cardinal {
            return c;
        }
        self.prep_case.unwrap_or(Case::Nom)
    }

    /// The case for a number ending in 1 ("по 21 рублю") where the noun does not decide.
    pub fn cardinal_case_for(&self, digits: &str) -> Case {
        if self.cardinal.is_none() && self.gov == [Case::Acc, Case::Dat] {
            let n = last3(digits);
            if n % 10 == 1 && n % 100 != 11 {
                return Case::Dat;
            }
        }
        self.cardinal_case()
    }

    /// True when the context decides the form (so no alternatives are offered).
    pub fn decided(&self) -> bool {
        !self.gov.is_empty() || self.cardinal.is_some() || self.ordinal.is_some()
    }

    pub fn ordinal_form(&self, default_gender: Gender) -> Form {
        if let Some(f) = self.ordinal {
            return f;
        }
        Form::new(self.prep_case.unwrap_or(Case::Nom), default_gender)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::assert_ru_readings;

    #[test]
    fn case_from_the_noun_and_the_governing_word() {
        assert_ru_readings(&[
            ("на 17-й остановке", "на семнадцатой остановке"),
            ("раздали 301 посёлку", "раздали трёмстам одному посёлку"),
            ("гордится 1 театром", "гордится одним театром"),
            ("В 1 деревне", "В одной деревне"),
            ("на 12-й странице", "на двенадцатой странице"),
            ("В 7-х классах", "В седьмых классах"),
            ("о 1782 годе", "о тысяча семьсот восемьдесят втором годе"),
            ("Он потратил 1 т.", "Он потратил одну тонну."),
            ("Осталась 1 т.", "Осталась одна тонна."),
            ("Он рисковал 5 кг.", "Он рисковал пятью килограммами."),
            ("Потери равны 82 м.", "Потери равны восьмидесяти двум метрам."),
            ("Напротив 4 домов", "Напротив четырёх домов"),
            // A masculine animate count ending in 1 as an object: the animate accusative; a
            // neuter's accusative is its nominative.
            ("Полиция задержала 21 человека.", "Полиция задержала двадцать одного человека."),
            ("Наняли 1 сторожа.", "Наняли одного сторожа."),
            ("Стол на 1001 гостя.", "Стол на одну тысячу одного гостя."),
            ("Наняли 21 сиделку.", "Наняли двадцать одну сиделку."),
            ("Купили 21 стол.", "Купили двадцать один стол."),
            ("Пришёл 21 человек.", "Пришёл двадцать один человек."),
            ("Увидели 21 чудовище.", "Увидели двадцать одно чудовище."),
            // Things counted after a noun are its attribute, in the genitive, where the noun
            // opens the clause, is short, is a measure or stands after a verb or "о".
            ("Автор 16 книг.", "Автор шестнадцати книг."),
            ("Вес 10 рамок вырос.", "Вес десяти рамок вырос."),
            ("Начал осмотр 78 ульев.", "Начал осмотр семидесяти восьми ульев."),
            ("Речь о судьбе 5 детей.", "Речь о судьбе пяти детей."),
            // ... not where the number is the noun's value, size or place, or an amount.
            ("Длина 5 километров.", "Длина пять километров."),
            ("Экипаж 110 человек.", "Экипаж сто десять человек."),
            ("В городе 5 школ.", "В городе пять школ."),
            (
                "Эвакуировали из посёлка 21 жителя.",
                "Эвакуировали из посёлка двадцать одного жителя.",
            ),
            ("Память 32 гигабайта.", "Память тридцать два гигабайта."),
            // A recipient after a verb: the amount is the object; an amount a dative has.
            ("Отправил покупателю 31 т.", "Отправил покупателю тридцать одну тонну."),
            ("Подарил внуку 5 марок.", "Подарил внуку пять марок."),
            ("Старому деду 8 лет.", "Старому деду восемь лет."),
            // A count of years under a hundred is counted, a year is numbered.
            // A measure before an amount of goods: whose measure it is.
            ("Цена 1 л бензина выросла.", "Цена одного литра бензина выросла."),
            ("Цена бензина 50 руб.", "Цена бензина пятьдесят рублей."),
            ("Стоимость канистры масла 19 руб.", "Стоимость канистры масла девятнадцать рублей."),
            ("Мне 33 года.", "Мне тридцать три года."),
            ("Прошло 2 года.", "Прошло два года."),
            ("Ему 21 год.", "Ему двадцать один год."),
            ("В 41 году.", "В сорок первом году."),
            ("С 2003 года.", "С две тысячи третьего года."),
            ("Дороже 5 рублей", "Дороже пяти рублей"),
            // Governing words of the genitive, dative and instrumental before a unit symbol,
            // "с" after a comitative verb, "на" after a verb of the prepositional.
            ("Рекорд достиг 23 км.", "Рекорд достиг двадцати трёх километров."),
            ("Нам не хватило 5 руб.", "Нам не хватило пяти рублей."),
            ("Сумма кратна 17 руб.", "Сумма кратна семнадцати рублям."),
            ("Лимит ограничен 41 руб.", "Лимит ограничен сорока одним рублём."),
            ("Он сравнялся с 57 км.", "Он сравнялся с пятьюдесятью семью километрами."),
            ("Цена снизилась с 5 руб. до 3 руб.", "Цена снизилась с пяти рублей до трёх рублей."),
            ("Стороны сошлись на 31 руб.", "Стороны сошлись на тридцати одном рубле."),
            ("Проезд подорожал на 31 руб.", "Проезд подорожал на тридцать один рубль."),
            // The scale word, not the noun after it, is counted.
            (
                "Фонд располагает 20 млн долларов.",
                "Фонд располагает двадцатью миллионами долларов.",
            ),
            ("Рекорд достиг 5 млн долларов.", "Рекорд достиг пяти миллионов долларов."),
            // An adjective the dictionary lacks, or one that is also a noun, before the noun.
            ("в 4 двухэтажных домах", "в четырёх двухэтажных домах"),
            ("в 4 старых домах", "в четырёх старых домах"),
            // A particle between the governing word and the number.
            ("Прибор не достигал и 20 кГц.", "Прибор не достигал и двадцати килогерц."),
            ("Он пренебрёг 21 кГц.", "Он пренебрёг двадцатью одним килогерцем."),
            ("В отсутствие 3 мА", "В отсутствие трёх миллиампер"),
            (
                "Докладчик оперировал 21 см³.",
                "Докладчик оперировал двадцатью одним кубическим сантиметром.",
            ),
            ("Он манипулировал 9 £.", "Он манипулировал девятью фунтами стерлингов."),
            // Verbs a sweep found missing, by the forms their entries cover.
            ("Инспектор удивился 5 т.", "Инспектор удивился пяти тоннам."),
            ("Все возражают 7 кг.", "Все возражают семи килограммам."),
            ("Торговцы страшились 5 т.", "Торговцы страшились пяти тонн."),
            ("Округ славился 21 т.", "Округ славился двадцатью одной тонной."),
            ("Коллекционер увлёкся 3 кг.", "Коллекционер увлёкся тремя килограммами."),
            ("Отряд окружён 5 т.", "Отряд окружён пятью тоннами."),
            // The genitive of negation after a negated verb and "и" (even); "и" joining two
            // objects keeps the case of the first.
            ("Не прошло и 5 мин.", "Не прошло и пяти минут."),
            ("На складе не нашлось и 2 ящиков.", "На складе не нашлось и двух ящиков."),
            ("Он купил хлеб и 5 кг муки.", "Он купил хлеб и пять килограммов муки."),
        ]);
    }

    /// After a transitive past verb that would agree with the count, the count is the object
    /// when the verb's subject stands right before the verb, the subject when nothing does or
    /// when people are counted; "тысяча" shows which ("одну тысячу" / "одна тысяча").
    #[test]
    fn a_subject_before_the_verb_makes_the_count_its_object() {
        assert_ru_readings(&[
            ("Министерство выделило 1000 рублей.", "Министерство выделило одну тысячу рублей."),
            ("Завод выпустил 1021 станок.", "Завод выпустил одну тысячу двадцать один станок."),
            ("Он закупил 1021 станок.", "Он закупил одну тысячу двадцать один станок."),
            ("Из них погибло 1000 человек.", "Из них погибло одна тысяча человек."),
            ("Концерт посетило 1000 человек.", "Концерт посетило одна тысяча человек."),
            (
                "Дорогу перегородил 1021 камень.",
                "Дорогу перегородил одна тысяча двадцать один камень.",
            ),
            (
                "В городе открылся 1021 магазин.",
                "В городе открылся одна тысяча двадцать один магазин.",
            ),
        ]);
    }

    /// A noun right before a number takes its phrase as a genitive complement; a noun that
    /// names the value, opens the clause or says whose value it is keeps the nominative, and
    /// so do adverbs that are instrumental noun forms.
    #[test]
    fn a_noun_before_a_number_governs_its_genitive_unless_it_names_the_value() {
        assert_ru_readings(&[
            ("Мы ждём поставки 5 т зерна.", "Мы ждём поставки пяти тонн зерна."),
            (
                "Важна ликвидация 71 кг отходов.",
                "Важна ликвидация семидесяти одного килограмма отходов.",
            ),
            ("Он оценил последствия 3 ч простоя.", "Он оценил последствия трёх часов простоя."),
            ("Цена 5 руб.", "Цена пять рублей."),
            ("рост человека 180 см", "рост человека сто восемьдесят сантиметров"),
            ("Память 32 ГБ, диск 2 ТБ.", "Память тридцать два гигабайта, диск два терабайта."),
            ("Сначала 3 км, а потом 7 км.", "Сначала три километра, а потом семь километров."),
            ("Напряжение 5 В.", "Напряжение пять вольт."),
            // A name is not counted out; a bound names the value.
            ("Король подарил Ивану 30 коней.", "Король подарил Ивану тридцать коней."),
            ("Пришли минимум 7 гостей.", "Пришли минимум семь гостей."),
            // Compound prepositions of membership.
            (
                "Из числа 12 кандидатов выбрали двоих.",
                "Из числа двенадцати кандидатов выбрали двоих.",
            ),
            // A scale word is part of the number.
            (
                "Город вырос до 3 миллионов 400 тысяч.",
                "Город вырос до трёх миллионов четырёхсот тысяч.",
            ),
            ("Собрали 7 тысяч 500 подписей.", "Собрали семь тысяч пятьсот подписей."),
        ]);
    }

    /// A measure joined by "и"/"или" to a noun takes the case that noun shows, or the one its
    /// governing word gives among its forms; not after a counted or dated noun, nor beside a
    /// number of the first conjunct's own.
    #[test]
    fn a_full_adjective_or_participle_after_its_noun_governs_the_number() {
        assert_ru_readings(&[
            ("Провод, равный 21 м, взяли.", "Провод, равный двадцати одному метру, взяли."),
            ("Шаг, кратный 2 ч, взяли.", "Шаг, кратный двум часам, взяли."),
            ("Фонд, ограниченный 1 т, исчерпан.", "Фонд, ограниченный одной тонной, исчерпан."),
            ("Ель, достигшая 2 м, упала.", "Ель, достигшая двух метров, упала."),
            ("Режим, не превышающий 2 ч.", "Режим, не превышающий двух часов."),
            // A passive participle: its agent or instrument.
            ("Вагон, засыпанный 21 т, ушёл.", "Вагон, засыпанный двадцатью одной тонной, ушёл."),
            // An active transitive participle takes its object in the accusative.
            ("Взнос, составляющий 1 т, внесён.", "Взнос, составляющий одну тонну, внесён."),
            // Without a comma, after the noun it agrees with.
            ("Взяли отрезок равный 2 м.", "Взяли отрезок равный двум метрам."),
            // Right before the number and after no noun it is the number's attribute.
            ("Делим на равные 2 части.", "Делим на равные две части."),
        ]);
    }

    #[test]
    fn an_attribute_between_the_preposition_and_a_unit_amount_picks_the_case() {
        assert_ru_readings(&[
            (
                "Цена выросла за последние 21 мин.",
                "Цена выросла за последние двадцать одну минуту.",
            ),
            ("Из оставшихся 2 т сделали муку.", "Из оставшихся двух тонн сделали муку."),
            ("С этими 21 т справились.", "С этими двадцатью одной тонной справились."),
            ("По этим 21 км ездили.", "По этим двадцати одному километру ездили."),
            ("Об остальных 5% забыли.", "Об остальных пяти процентах забыли."),
            // "добрых" (a good five) leaves the number in the verb's case.
            ("Мы прошли добрых 21 км.", "Мы прошли добрых двадцать один километр."),
        ]);
    }

    #[test]
    fn a_number_joined_to_another_takes_the_case_its_governing_word_gave_that_one() {
        assert_ru_readings(&[
            ("Письмо о 2 складах и 5 гаражах.", "Письмо о двух складах и пяти гаражах."),
            ("Без 3 кг сахара и 2 л молока.", "Без трёх килограммов сахара и двух литров молока."),
            ("Между 12 т и 150 кг.", "Между двенадцатью тоннами и ста пятьюдесятью килограммами."),
            (
                "Фермер обрадовался 3 т зерна или 2 т сена.",
                "Фермер обрадовался трём тоннам зерна или двум тоннам сена.",
            ),
            // The first number already read by an earlier rule (its digits grouped).
            (
                "Без 12 500 кг угля и 3 т дров.",
                "Без двенадцати тысяч пятисот килограммов угля и трёх тонн дров.",
            ),
            // A dash leaves out the verb of a clause of its own.
            (
                "Из них 6 % моложе 18 лет и 4 % — старше 65 лет.",
                "Из них шесть процентов моложе восемнадцати лет и четыре процента — старше \
                 шестидесяти пяти лет.",
            ),
        ]);
    }

    #[test]
    fn derived_prepositions_and_gerunds_govern_like_prepositions() {
        assert_ru_readings(&[
            ("Спорили по поводу 2 т.", "Спорили по поводу двух тонн."),
            ("Цена без учёта 5%.", "Цена без учёта пяти процентов."),
            ("Учли наравне с 2 т.", "Учли наравне с двумя тоннами."),
            ("Всего 9 т, включая 1 т брака.", "Всего девять тонн, включая одну тонну брака."),
            ("Цена держится вблизи 2%.", "Цена держится вблизи двух процентов."),
        ]);
    }

    #[test]
    fn an_amount_after_an_intransitive_verb_with_its_own_subject_is_an_extent() {
        assert_ru_readings(&[
            ("Поезд ехал 21 мин.", "Поезд ехал двадцать одну минуту."),
            ("Мы гуляли 1 мин.", "Мы гуляли одну минуту."),
            ("Он молчал 21 с.", "Он молчал двадцать одну секунду."),
            // The amount is the subject: the verb agrees with it and has none before it.
            ("Осталась 1 мин.", "Осталась одна минута."),
            ("До старта остаётся 21 мин.", "До старта остаётся двадцать одна минута."),
            (
                "На площади стояли 1795 грузовиков.",
                "На площади стояли одна тысяча семьсот девяносто пять грузовиков.",
            ),
            (
                "В порту сохранились 5251 т.",
                "В порту сохранились пять тысяч двести пятьдесят одна тонна.",
            ),
        ]);
    }

    /// The words that govern a count, each by its kind (rounds 88 and 89): a giving verb's
    /// passive participle takes its recipients, a label noun the things after it, "в" the
    /// place of things in a form both its cases share.
    #[test]
    fn recipients_labels_and_places_take_their_cases() {
        assert_ru_readings(&[
            (
                "Стенд, посвящённый 381 аниматору, стоит у входа.",
                "Стенд, посвящённый трёмстам восьмидесяти одному аниматору, стоит у входа.",
            ),
            ("Книга, подаренная 21 школе.", "Книга, подаренная двадцати одной школе."),
            ("Склад, заваленный 5 тоннами угля.", "Склад, заваленный пятью тоннами угля."),
            ("Выпуск 638 шайб наладили.", "Выпуск шестисот тридцати восьми шайб наладили."),
            ("Дом 5 выставлен на продажу.", "Дом пять выставлен на продажу."),
            ("Цена аренды 59 топчанов выросла.", "Цена аренды пятидесяти девяти топчанов выросла."),
            ("Стоимость канистры гречки 19 руб.", "Стоимость канистры гречки девятнадцать рублей."),
            ("Шоколад растаял в 13 пирожных.", "Шоколад растаял в тринадцати пирожных."),
            ("Он вложил деньги в 13 кафе.", "Он вложил деньги в тринадцать кафе."),
            (
                "Курортники побаивались 19 консьержей.",
                "Курортники побаивались девятнадцати консьержей.",
            ),
        ]);
    }

    /// An amount after a verb's arguments (rounds 94 and 96): the means after the dative of a
    /// verb of helping or costing, the extent or the means after an object, the place of goods
    /// after a fronted "в", the object of a nominalization of lack or trade.
    #[test]
    fn amounts_after_a_verbs_arguments_and_nominalizations() {
        assert_ru_readings(&[
            ("Спонсор помог приюту 63 руб.", "Спонсор помог приюту шестьюдесятью тремя рублями."),
            ("Спонсор помог приюту 5 ч.", "Спонсор помог приюту пять часов."),
            (
                "Корма обходятся хозяйству 21 руб. в день.",
                "Корма обходятся хозяйству двадцатью одним рублём в день.",
            ),
            ("Механики чинили комбайн 1 мин.", "Механики чинили комбайн одну минуту."),
            (
                "Правление премировало лучшую доярку 21 руб.",
                "Правление премировало лучшую доярку двадцатью одним рублём.",
            ),
            ("Участок огородили 21 м сетки.", "Участок огородили двадцатью одним метром сетки."),
            (
                "Кризис охватил большинство 310 ч.",
                "Кризис охватил большинство трёхсот десяти часов.",
            ),
            ("Купил хлеб 2 кг.", "Купил хлеб два килограмма."),
            (
                "В 31 г молока нашли следы антибиотика.",
                "В тридцати одном грамме молока нашли следы антибиотика.",
            ),
            ("Налили в 5 л воды.", "Налили в пять литров воды."),
            (
                "Из-за нехватки 21 л воды сбор остановили.",
                "Из-за нехватки двадцати одного литра воды сбор остановили.",
            ),
            ("Доставка 1-2 дня.", "Доставка один — два дня."),
            // Round 97.
            (
                "Компания ограничивает вес книжных посылок 16 г.",
                "Компания ограничивает вес книжных посылок шестнадцатью граммами.",
            ),
            ("Ограничили 5 т экспорта.", "Ограничили пять тонн экспорта."),
            ("Парк раскинулся на 5 га.", "Парк раскинулся на пяти гектарах."),
            ("По данным 18 экспертов.", "По данным восемнадцати экспертов."),
            ("По просьбе 21 читателя.", "По просьбе двадцати одного читателя."),
            // Round 99.
            ("На стапеле ждёт установки 8 шестерён.", "На стапеле ждёт установки восьми шестерён."),
            (
                "Брак нашли в 52% сварных швов.",
                "Брак нашли в пятидесяти двух процентах сварных швов.",
            ),
            ("Цены выросли в 5 раз.", "Цены выросли в пять раз."),
            ("Оценили в 5%.", "Оценили в пять процентов."),
            (
                "Кран поднимает грузы весом до 187 г.",
                "Кран поднимает грузы весом до ста восьмидесяти семи граммов.",
            ),
            ("В 988 г. крестили Русь.", "В девятьсот восемьдесят восьмом году крестили Русь."),
            // Round 101: an indeclinable noun after an oblique one is its genitive, no subject.
            (
                "В кладовой депо значится 1284 аккумулятора.",
                "В кладовой депо значится одна тысяча двести восемьдесят четыре аккумулятора.",
            ),
            ("Кафе продало 21 торт.", "Кафе продало двадцать один торт."),
        ]);
    }

    /// "стоят" is стоять and стоить: the first before a count of things, its subject; the
    /// second before a price, its accusative object.
    #[test]
    fn a_verb_also_transitive_counts_things_as_its_subject_and_prices_as_its_object() {
        assert_ru_readings(&[
            (
                "На полке стоят 1679 ампул.",
                "На полке стоят одна тысяча шестьсот семьдесят девять ампул.",
            ),
            ("У ворот стоят 21 телега.", "У ворот стоят двадцать одна телега."),
            ("Билеты стоят 1000 рублей.", "Билеты стоят одну тысячу рублей."),
            ("Стоят 21 тыс. руб.", "Стоят двадцать одну тысячу рублей."),
        ]);
    }

    #[test]
    fn a_count_after_a_phrase_of_place_is_its_complement_once_the_verb_has_its_arguments() {
        assert_ru_readings(&[
            // The verb has its subject and object: the phrase's noun governs.
            (
                "Рыбаки сушили сети у стен 12 бараков.",
                "Рыбаки сушили сети у стен двенадцати бараков.",
            ),
            ("Костёр развели у подножия 5 сопок.", "Костёр развели у подножия пяти сопок."),
            ("Отряд укрылся в тени 7 скал.", "Отряд укрылся в тени семи скал."),
            // The verb lacks its object or subject: the count is it.
            (
                "Лесники посадили на опушке 12 дубов.",
                "Лесники посадили на опушке двенадцать дубов.",
            ),
            ("Лежали у ограды 6 брёвен.", "Лежали у ограды шесть брёвен."),
            // An amount of time is an extent.
            ("Отряд простоял у моста 21 мин.", "Отряд простоял у моста двадцать одну минуту."),
        ]);
    }

    #[test]
    fn a_counted_word_the_dictionary_lacks_shows_its_case_by_a_plural_ending() {
        assert_ru_readings(&[
            ("Подол расшили 43 пайетками.", "Подол расшили сорока тремя пайетками."),
            ("Речь шла о 6 мидрашах.", "Речь шла о шести мидрашах."),
            ("Грамоты вручили 7 волонтёрам.", "Грамоты вручили семи волонтёрам."),
        ]);
    }

    #[test]
    fn a_short_passive_participle_takes_its_instrument_after_its_subject() {
        assert_ru_readings(&[
            ("Кузов был забросан 21 т.", "Кузов был забросан двадцатью одной тонной."),
            ("Ящики заколочены 5 досками.", "Ящики заколочены пятью досками."),
            ("Цистерна заправлена 2 т.", "Цистерна заправлена двумя тоннами."),
            // No subject before it: the amount is the subject.
            ("В порт доставлены 21 т.", "В порт доставлены двадцать одна тонна."),
            ("Было отгружено 5 т.", "Было отгружено пять тонн."),
            // A time after it is an extent.
            ("Мост был разведён 21 мин.", "Мост был разведён двадцать одну минуту."),
        ]);
    }

    #[test]
    fn a_negated_verb_of_exceeding_takes_the_genitive() {
        assert_ru_readings(&[
            ("Вес не превысил 2 т.", "Вес не превысил двух тонн."),
            ("Шум не превосходит 21 т.", "Шум не превосходит двадцати одной тонны."),
            ("Сумма не должна превышать 5%.", "Сумма не должна превышать пяти процентов."),
            ("Вес превысил 1 т.", "Вес превысил одну тонну."),
        ]);
    }

    #[test]
    fn a_dative_or_instrumental_governor_keeps_its_number_from_the_next_phrase() {
        assert_ru_readings(&[
            ("Для x = 18 формула неверна.", "Для x равно восемнадцати формула неверна."),
            (
                "Хозяин удивился 21 руб. недостачи.",
                "Хозяин удивился двадцати одному рублю недостачи.",
            ),
            ("Он помог 3 группе.", "Он помог третьей группе."),
            // A degree's scale is part of its unit: the noun after it is not counted.
            (
                "При t = 21 °C вода мутнеет.",
                "При t равно двадцати одному градусу Цельсия вода мутнеет.",
            ),
            ("Она равна 21°C днём.", "Она равна двадцати одному градусу Цельсия днём."),
        ]);
    }

    #[test]
    fn a_coordinated_measure_takes_its_neighbours_case() {
        assert_ru_readings(&[
            ("Амбар славился зерном и 40 т сена.", "Амбар славился зерном и сорока тоннами сена."),
            ("Обошлись без бензина и 5 л масла.", "Обошлись без бензина и пяти литров масла."),
            (
                "Благодаря встрече и 2 ч отдыха всё наладилось.",
                "Благодаря встрече и двум часам отдыха всё наладилось.",
            ),
            ("Купили хлеб и 2 кг сахара.", "Купили хлеб и два килограмма сахара."),
            ("Продали 5 т угля и 3 т руды.", "Продали пять тонн угля и три тонны руды."),
            (
                "Было 25 пехотных полков и 2 конных полка.",
                "Было двадцать пять пехотных полков и два конных полка.",
            ),
        ]);
    }

    /// "с" after a noun or a reflexive verb is "with" (the instrumental); after verbs of
    /// starting and change, before a time, or with a range closing after it, "from".
    #[test]
    fn s_is_with_after_nouns_and_reflexive_verbs_and_from_before_times_and_ranges() {
        assert_ru_readings(&[
            ("Борьба с 5 кг лишнего веса.", "Борьба с пятью килограммами лишнего веса."),
            ("Мы простились с 3 друзьями.", "Мы простились с тремя друзьями."),
            ("Цена снизилась с 5 руб.", "Цена снизилась с пяти рублей."),
            ("Цена снизилась с 5 руб. до 3 руб.", "Цена снизилась с пяти рублей до трёх рублей."),
            ("Работа с 9 ч.", "Работа с девяти часов."),
        ]);
    }

    /// A noun that numbers a part of a series takes the ordinal where the count's form fits
    /// it too: after 1, and after 2-4 in a genitive; it is counted in a count's case or form.
    #[test]
    fn a_part_of_a_series_is_numbered_unless_its_form_is_a_counts() {
        assert_ru_readings(&[
            ("Закон приняли в 1 чтении.", "Закон приняли в первом чтении."),
            ("Итоги 3 квартала оказались хуже.", "Итоги третьего квартала оказались хуже."),
            ("Начало 2 тура перенесли.", "Начало второго тура перенесли."),
            ("Прошло 3 квартала.", "Прошло три квартала."),
            ("Дом в 5 этажей.", "Дом в пять этажей."),
            ("Прошло 2 века.", "Прошло два века."),
            ("Он жил на 5 и 6 этажах.", "Он жил на пятом и шестом этажах."),
        ]);
    }

    /// A bracketed alternative between a number and its noun: both read as the noun and the
    /// governing word ask, the alternative with no preposition of its own too.
    #[test]
    fn a_bracketed_alternative_reads_as_the_number_it_stands_for() {
        assert_ru_readings(&[
            (
                "Сгорела в 1926 (по другим данным 1927) году.",
                "Сгорела в тысяча девятьсот двадцать шестом (по другим данным тысяча девятьсот двадцать седьмом) году.",
            ),
            (
                "Пришло около 11 (или 31) двора.",
                "Пришло около одиннадцати (или тридцати одного) двора.",
            ),
            (
                "Получили 4 места из 25 (сейчас -- 5).",
                "Получили четыре места из двадцати пяти (сейчас -- пять).",
            ),
            (
                "Паром ходил до 1750 года (или до 1753).",
                "Паром ходил до тысяча семьсот пятидесятого года (или до тысяча семьсот пятьдесят третьего).",
            ),
            ("Издана в 20 свитках (или 21).", "Издана в двадцати свитках (или двадцати одном)."),
        ]);
    }

    /// An amount after a phrase of purpose or direction right after a transitive verb is the
    /// verb's object; after a phrase of topic, the attribute of its last noun.
    #[test]
    fn an_amount_after_a_phrase_of_purpose_is_the_verbs_object() {
        assert_ru_readings(&[
            (
                "Город направил на строительство дороги 200 тонн асфальта.",
                "Город направил на строительство дороги двести тонн асфальта.",
            ),
            (
                "Склад отгрузил в адрес клиента 21 т угля.",
                "Склад отгрузил в адрес клиента двадцать одну тонну угля.",
            ),
            ("Газета писала о судьбе жителей 5 сёл.", "Газета писала о судьбе жителей пяти сёл."),
            // A label follows its noun in the singular; after the plural, an attribute.
            ("Жильцы квартир 5 подъездов пришли.", "Жильцы квартир пяти подъездов пришли."),
            ("В справке значилось: квартира 12.", "В справке значилось: квартира двенадцать."),
        ]);
    }

    /// A percentage counts its sign, not the noun after it: the governing word's case.
    #[test]
    fn a_percentage_of_something_takes_the_governing_words_case() {
        assert_ru_readings(&[
            ("Компания владеет 25% акций.", "Компания владеет двадцатью пятью процентами акций."),
            ("Союз заручился 1% голосов.", "Союз заручился одним процентом голосов."),
            ("Он продал 25% акций.", "Он продал двадцать пять процентов акций."),
        ]);
    }

    /// Counts of years in a plural form after a short number, a sign before a governed
    /// number, and a number before "из них".
    #[test]
    fn years_counted_signs_and_a_part_of_a_group() {
        assert_ru_readings(&[
            ("Суд приговорил его к 8 годам колонии.", "Суд приговорил его к восьми годам колонии."),
            (
                "Ночью похолодает до минус 30 градусов.",
                "Ночью похолодает до минус тридцати градусов.",
            ),
            ("Ночью на перевале минус 43 градуса.", "Ночью на перевале минус сорок три градуса."),
            ("Журналисты связались с 7 из них.", "Журналисты связались с семью из них."),
        ]);
    }

    /// A personal pronoun between a verb and the number leaves the verb its government; after
    /// a preposition the pronoun is its object and the number is on its own.
    #[test]
    fn a_pronoun_between_the_verb_and_the_number_is_passed_over() {
        assert_ru_readings(&[
            ("Дайте мне 5 минут.", "Дайте мне пять минут."),
            ("Они помогли нам 2 рублями.", "Они помогли нам двумя рублями."),
            ("К нам 5 человек пришло.", "К нам пять человек пришло."),
        ]);
    }

    /// An area after "на" of the land named after it is a place, not an amount of change; a
    /// recipient that is also a genitive stands before the object; an unknown adjective's
    /// ending shows it is an attribute (round 101: "контрафактную").
    #[test]
    fn areas_worked_on_recipients_and_unknown_attributes() {
        assert_ru_readings(&[
            ("Лес вырубили на 300 га склона.", "Лес вырубили на трёхстах гектарах склона."),
            ("Посевы сократили на 10 га пашни.", "Посевы сократили на десять гектаров пашни."),
            (
                "На 10 га пашни приходится 5 тракторов.",
                "На десять гектаров пашни приходится пять тракторов.",
            ),
            ("Он претендует на 5% акций.", "Он претендует на пять процентов акций."),
            (
                "Завод отгрузил компании 21 лопасть.",
                "Завод отгрузил компании двадцать одну лопасть.",
            ),
            // "двери" is a dative too, but a genitive count after it is its complement.
            ("Он осмотрел двери 5 вагонов.", "Он осмотрел двери пяти вагонов."),
            (
                "Мастер перебрал 31 зубчатофланцевую муфту.",
                "Мастер перебрал тридцать одну зубчатофланцевую муфту.",
            ),
        ]);
    }

    /// A noun the dictionary lacks agrees by the forms its ending shows (`morph::guess`); one
    /// no count's form fits is no ordinal's noun (it may not decline).
    #[test]
    fn a_noun_the_dictionary_lacks_agrees_by_its_ending() {
        assert_ru_readings(&[
            ("В 21 коворкинге нет мест.", "В двадцати одном коворкинге нет мест."),
            ("Мы побывали в 5 коворкингах.", "Мы побывали в пяти коворкингах."),
            (
                "Ремонт 691 сотовика затянулся.",
                "Ремонт шестисот девяноста одного сотовика затянулся.",
            ),
            ("С главой 10 хорошо рифмуется финал.", "С главой десять хорошо рифмуется финал."),
        ]);
    }

    /// Round 107 and 103: an attribute's own phrase before a year; things after a sum of
    /// money are whose it is, a scale word after it is still its value.
    #[test]
    fn attribute_phrases_and_sums_of_money() {
        assert_ru_readings(&[
            (
                "Это было в памятном для посёлка 1907 году.",
                "Это было в памятном для посёлка тысяча девятьсот седьмом году.",
            ),
            (
                "Это было в тяжёлом для районной медицины 1987 году.",
                "Это было в тяжёлом для районной медицины тысяча девятьсот восемьдесят седьмом году.",
            ),
            (
                "Добиваются повышения зарплаты 21 диспетчера.",
                "Добиваются повышения зарплаты двадцати одного диспетчера.",
            ),
            ("Цена 5 тысяч рублей.", "Цена пять тысяч рублей."),
            ("Зарплата 50 тысяч рублей.", "Зарплата пятьдесят тысяч рублей."),
        ]);
    }

    /// Round 105: the material of a verb of filling or supplying after its object, the object
    /// after a recipient and a phrase of purpose, goods past their attributes.
    #[test]
    fn materials_purposes_and_goods_past_attributes() {
        assert_ru_readings(&[
            (
                "Рабочие засыпали траншею 21 т щебня.",
                "Рабочие засыпали траншею двадцатью одной тонной щебня.",
            ),
            ("Рабочие засыпали 5 т щебня.", "Рабочие засыпали пять тонн щебня."),
            ("Траншею засыпали 5 т песка.", "Траншею засыпали пятью тоннами песка."),
            // A preposition's phrase after the object, or between the subject and the verb.
            (
                "Дворники засыпали дорожку для машин 3 т песка.",
                "Дворники засыпали дорожку для машин тремя тоннами песка.",
            ),
            ("Засыпали за день 3 т песка.", "Засыпали за день три тонны песка."),
            ("Репетиция в зале длилась 1 ч.", "Репетиция в зале длилась один час."),
            ("Смена на складе длилась 1 мин.", "Смена на складе длилась одну минуту."),
            (
                "Министерство выделило филармонии на покупку органа 91 руб.",
                "Министерство выделило филармонии на покупку органа девяносто один рубль.",
            ),
            (
                "Публика аплодировала солистке стоя 21 мин.",
                "Публика аплодировала солистке стоя двадцать одну минуту.",
            ),
            (
                "В оркестре сейчас играет 1764 скрипачки.",
                "В оркестре сейчас играет одна тысяча семьсот шестьдесят четыре скрипачки.",
            ),
            (
                "Мэрия выделила школе на ремонт крыши 22 руб.",
                "Мэрия выделила школе на ремонт крыши двадцать два рубля.",
            ),
            (
                "Перерасход 2 л горячей воды обнаружили.",
                "Перерасход двух литров горячей воды обнаружили.",
            ),
        ]);
    }
}
