//! Words around a number that decide its Russian case: the governing words before it (a
//! closed class: prepositions and the few words that govern like them) and the nouns that
//! number items in a series (год, век, этаж), which take an ordinal.

use crate::num::ru::Case;

/// Governing words and the cases they allow a following number, the one to use when nothing
/// else decides first. "в"/"на" take the accusative with a bare count ("в 5 раз", "на 15%")
/// and the prepositional with a noun in it; "с" the genitive ("с 5 до 7") or instrumental.
/// Verbs are not listed: the case of the noun after the number shows theirs ("вручили 41
/// гостю").
const GOVERNORS: &[(&str, &[Case])] = &[
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
    ("вдоль", &[Case::Gen]),
    ("напротив", &[Case::Gen]),
    ("внутри", &[Case::Gen]),
    ("вне", &[Case::Gen]),
    ("близ", &[Case::Gen]),
    ("посреди", &[Case::Gen]),
    ("сверх", &[Case::Gen]),
    ("ради", &[Case::Gen]),
    ("из-за", &[Case::Gen]),
    ("из-под", &[Case::Gen]),
    ("вроде", &[Case::Gen]),
    ("вследствие", &[Case::Gen]),
    ("ввиду", &[Case::Gen]),
    ("насчёт", &[Case::Gen]),
    ("насчет", &[Case::Gen]),
    ("помимо", &[Case::Gen]),
    ("позади", &[Case::Gen]),
    ("впереди", &[Case::Gen]),
    ("накануне", &[Case::Gen]),
    ("относительно", &[Case::Gen]),
    ("посредством", &[Case::Gen]),
    ("путём", &[Case::Gen]),
    ("путем", &[Case::Gen]),
    ("вблизи", &[Case::Gen]),
    ("поверх", &[Case::Gen]),
    ("взамен", &[Case::Gen]),
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
    ("подобно", &[Case::Dat]),
    ("вслед", &[Case::Dat]),
    ("наперекор", &[Case::Dat]),
    ("сообразно", &[Case::Dat]),
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
    ("спустя", &[Case::Acc]),
    // Gerunds used as prepositions keep their verb's accusative ("включая пять тонн брака").
    ("включая", &[Case::Acc]),
    ("исключая", &[Case::Acc]),
];

/// The cases a one-word governing word of [`GOVERNORS`] allows, `None` for other words.
pub(crate) fn governor_cases(w: &str) -> Option<&'static [Case]> {
    GOVERNORS.iter().find(|(g, _)| *g == w).map(|(_, cases)| *cases)
}

/// Governors of two or three words, checked before the one-word ones ("в размере 14 рублей",
/// "по сравнению с 5 годами").
pub(crate) const GOVERNORS_MULTI: &[(&str, &[Case])] = &[
    ("в размере", &[Case::Gen]),
    ("в возрасте", &[Case::Gen]),
    ("из числа", &[Case::Gen]),
    ("в числе", &[Case::Gen]),
    ("в составе", &[Case::Gen]),
    ("в отсутствие", &[Case::Gen]),
    ("с учётом", &[Case::Gen]),
    ("с учетом", &[Case::Gen]),
    ("в ожидании", &[Case::Gen]),
    ("в продолжение", &[Case::Gen]),
    ("в целях", &[Case::Gen]),
    ("в интересах", &[Case::Gen]),
    ("в силу", &[Case::Gen]),
    ("в честь", &[Case::Gen]),
    ("во время", &[Case::Gen]),
    ("за время", &[Case::Gen]),
    ("по мере", &[Case::Gen]),
    ("по причине", &[Case::Gen]),
    ("по окончании", &[Case::Gen]),
    ("по истечении", &[Case::Gen]),
    // "по" + a nominalization in -ии: "upon" ("по прошествии пяти дней").
    ("по прошествии", &[Case::Gen]),
    ("по завершении", &[Case::Gen]),
    ("по прибытии", &[Case::Gen]),
    ("по возвращении", &[Case::Gen]),
    ("по получении", &[Case::Gen]),
    ("по поступлении", &[Case::Gen]),
    ("по предъявлении", &[Case::Gen]),
    ("по выполнении", &[Case::Gen]),
    ("по исполнении", &[Case::Gen]),
    ("по случаю", &[Case::Gen]),
    ("при помощи", &[Case::Gen]),
    ("с помощью", &[Case::Gen]),
    ("на основании", &[Case::Gen]),
    ("на основе", &[Case::Gen]),
    ("на расстоянии", &[Case::Gen]),
    ("на глубине", &[Case::Gen]),
    ("на высоте", &[Case::Gen]),
    ("из расчёта", &[Case::Gen]),
    ("из расчета", &[Case::Gen]),
    ("за вычетом", &[Case::Gen]),
    ("за исключением", &[Case::Gen]),
    ("в виде", &[Case::Gen]),
    ("на уровне", &[Case::Gen]),
    ("по достижении", &[Case::Gen]),
    ("в преддверии", &[Case::Gen]),
    ("в пользу", &[Case::Gen]),
    ("в пересчёте на", &[Case::Acc]),
    ("в пересчете на", &[Case::Acc]),
    ("в обмен на", &[Case::Acc]),
    ("в течение", &[Case::Gen]),
    ("в количестве", &[Case::Gen]),
    ("в пределах", &[Case::Gen]),
    ("в районе", &[Case::Gen]),
    // Derived prepositions of place: a noun of relative location after в/на ("в окрестностях
    // пяти сёл"); an existential "В окрестностях 3 озера" keeps its nominative by the noun's
    // form after 1-4.
    ("в окрестностях", &[Case::Gen]),
    ("в окрестности", &[Case::Gen]),
    ("в черте", &[Case::Gen]),
    ("в радиусе", &[Case::Gen]),
    ("в глубине", &[Case::Gen]),
    ("в глубь", &[Case::Gen]),
    ("в направлении", &[Case::Gen]),
    ("в сторону", &[Case::Gen]),
    ("в стороне от", &[Case::Gen]),
    ("в нескольких шагах от", &[Case::Gen]),
    ("на территории", &[Case::Gen]),
    ("на краю", &[Case::Gen]),
    ("на окраине", &[Case::Gen]),
    ("по периметру", &[Case::Gen]),
    ("по краю", &[Case::Gen]),
    ("на протяжении", &[Case::Gen]),
    ("в объёме", &[Case::Gen]),
    ("в объеме", &[Case::Gen]),
    ("не более", &[Case::Gen]),
    ("не менее", &[Case::Gen]),
    ("не больше", &[Case::Gen]),
    ("не меньше", &[Case::Gen]),
    ("не было", &[Case::Gen]),
    ("в результате", &[Case::Gen]),
    ("в ходе", &[Case::Gen]),
    ("в рамках", &[Case::Gen]),
    ("в случае", &[Case::Gen]),
    ("в качестве", &[Case::Gen]),
    ("в отношении", &[Case::Gen]),
    ("в счёт", &[Case::Gen]),
    ("в счет", &[Case::Gen]),
    ("за счёт", &[Case::Gen]),
    ("за счет", &[Case::Gen]),
    ("со стороны", &[Case::Gen]),
    // Derived prepositions a sweep of 237 prepositions found missing (round 25): a noun
    // after a preposition, which governs the genitive of what follows ("по итогам пяти
    // часов работы"), and "не считая".
    ("на случай", &[Case::Gen]),
    ("по поводу", &[Case::Gen]),
    // "по" and a noun of a source or a request: whose words, data or request it is ("по
    // данным восемнадцати экспертов", "по просьбе восемнадцати краеведов").
    ("по данным", &[Case::Gen]),
    ("по словам", &[Case::Gen]),
    ("по мнению", &[Case::Gen]),
    ("по оценке", &[Case::Gen]),
    ("по оценкам", &[Case::Gen]),
    ("по подсчётам", &[Case::Gen]),
    ("по подсчетам", &[Case::Gen]),
    ("по расчётам", &[Case::Gen]),
    ("по расчетам", &[Case::Gen]),
    ("по сообщению", &[Case::Gen]),
    ("по сообщениям", &[Case::Gen]),
    ("по информации", &[Case::Gen]),
    ("по показаниям", &[Case::Gen]),
    ("по просьбе", &[Case::Gen]),
    ("по требованию", &[Case::Gen]),
    ("по инициативе", &[Case::Gen]),
    ("по приглашению", &[Case::Gen]),
    ("по заказу", &[Case::Gen]),
    ("по распоряжению", &[Case::Gen]),
    ("по решению", &[Case::Gen]),
    ("по указанию", &[Case::Gen]),
    ("по настоянию", &[Case::Gen]),
    ("по вине", &[Case::Gen]),
    ("по итогам", &[Case::Gen]),
    ("по результатам", &[Case::Gen]),
    ("по примеру", &[Case::Gen]),
    ("с целью", &[Case::Gen]),
    ("под видом", &[Case::Gen]),
    ("под влиянием", &[Case::Gen]),
    ("под руководством", &[Case::Gen]),
    ("в канун", &[Case::Gen]),
    ("от имени", &[Case::Gen]),
    ("в присутствии", &[Case::Gen]),
    ("в обход", &[Case::Gen]),
    ("в адрес", &[Case::Gen]),
    ("на период", &[Case::Gen]),
    ("при отсутствии", &[Case::Gen]),
    ("в границах", &[Case::Gen]),
    ("в масштабе", &[Case::Gen]),
    ("по итогам", &[Case::Gen]),
    ("без учёта", &[Case::Gen]),
    ("без учета", &[Case::Gen]),
    ("не считая", &[Case::Gen]),
    ("в противовес", &[Case::Dat]),
    ("в угоду", &[Case::Dat]),
    // Comitative adverbs before "с": "together with" ("наравне с пятью тоннами").
    ("совместно с", &[Case::Ins]),
    ("наравне с", &[Case::Ins]),
    ("вровень с", &[Case::Ins]),
    ("наперегонки с", &[Case::Ins]),
    ("заодно с", &[Case::Ins]),
    ("рядом с", &[Case::Ins]),
    ("в соответствии с", &[Case::Ins]),
    ("в сочетании с", &[Case::Ins]),
    ("в согласии с", &[Case::Ins]),
    ("в паре с", &[Case::Ins]),
    ("одновременно с", &[Case::Ins]),
    ("вместе с", &[Case::Ins]),
    ("наряду с", &[Case::Ins]),
    ("в связи с", &[Case::Ins]),
    ("по сравнению с", &[Case::Ins]),
    ("в сравнении с", &[Case::Ins]),
    ("вслед за", &[Case::Ins]),
    ("следом за", &[Case::Ins]),
];

/// Comparatives govern the genitive ("дороже 5 рублей"): the irregular ones; the regular
/// ones end in "-ее" and are no dictionary form (the dictionary has the full adjectives,
/// "синее", not the comparatives, "длиннее"). "уже" is left out: it is mostly "already".
const IRREGULAR_COMPARATIVES: &[&str] = &[
    "выше",
    "ниже",
    "дороже",
    "дешевле",
    "старше",
    "моложе",
    "младше",
    "лучше",
    "хуже",
    "дальше",
    "ближе",
    "короче",
    "шире",
    "глубже",
    "мельче",
    "тоньше",
    "толще",
    "позже",
    "позднее",
    "раньше",
    "ранее",
    "тише",
    "громче",
    "легче",
    "тяжелее",
    "выгоднее",
    "чаще",
    "реже",
    "круче",
    "слаще",
    "жарче",
    "крепче",
    "мягче",
    "твёрже",
    "тверже",
];

/// Words of amount among [`GOVERNORS`]: comparatives ("более пяти") and "порядка", "сверх".
const AMOUNT_GOVERNORS: &[&str] =
    &["более", "менее", "больше", "меньше", "свыше", "порядка", "сверх"];

/// Whether `w` (lowercase), right before a number, makes it a date's year rather than an
/// amount: a one-word preposition ("в 988 г.", "к 988 г.") or a comparative of time ("позже
/// 988 г."), not a word of amount ("более 142 г."), a verb or an adjective ("равную 441 г.").
pub(crate) fn governs_a_year(w: &str) -> bool {
    matches!(w, "позже" | "позднее" | "раньше" | "ранее")
        || governor_cases(w).is_some() && !AMOUNT_GOVERNORS.contains(&w)
}

fn comparative(w: &str) -> bool {
    IRREGULAR_COMPARATIVES.contains(&w)
        || (w.chars().count() > 4
            && w.ends_with("ее")
            && w.chars().all(crate::cx::is_cyr)
            && crate::morph::analyze(w).is_empty())
}

/// Particles that stand between a governing word and its number ("не достигал и пяти", "до
/// почти пяти", "потратил всего пять").
const PARTICLES: &[&str] = &[
    "и",
    "даже",
    "лишь",
    "всего",
    "только",
    "почти",
    "примерно",
    "приблизительно",
    "ещё",
    "еще",
    "ровно",
    "аж",
    "целых",
    "добрых",
];

/// "минус" and "плюс" before a number are its sign: passed over like a particle to the
/// governing word ("до минус тридцати градусов"), not a noun that owns what it counts ("на
/// перевале минус сорок три градуса").
pub(crate) fn sign_word(w: &str) -> bool {
    matches!(w, "минус" | "плюс")
}

/// Byte `pos` moved back past up to two particles or a sign right before it (only spaces
/// between), so the governing word before them is found.
pub(crate) fn skip_particles(text: &str, mut pos: usize) -> usize {
    for _ in 0..2 {
        let Some((w, start)) = crate::cx::word_before(text, pos) else { break };
        if !PARTICLES.contains(&w.as_str()) && !sign_word(&w) {
            break;
        }
        pos = start;
    }
    pos
}

/// A negated verb and "и" (even) right before byte `pos`: the count after them is in the
/// genitive of negation ("не прошло и пяти минут", "на складе не нашлось и десяти ящиков").
pub(crate) fn negated_even(text: &str, pos: usize) -> bool {
    let Some((w, at)) = crate::cx::word_before(text, pos) else { return false };
    if w != "и" {
        return false;
    }
    let Some((verb, verb_at)) = crate::cx::word_before(text, at) else { return false };
    crate::morph::analyze(&verb).iter().any(|a| a.is_verb())
        && crate::cx::adjacent_word_before(text, verb_at).as_deref() == Some("не")
}

/// Personal pronouns that stand between a verb and its object ("желаю вам пяти лет", "дали
/// ему пять рублей").
const OBJECT_PRONOUNS: &[&str] =
    &["мне", "тебе", "ему", "ей", "нам", "вам", "им", "себе", "меня", "тебя", "нас", "вас", "себя"];

/// Byte `pos` moved back past a personal pronoun when a verb stands before it, so the verb
/// governs the number after the pronoun; `pos` otherwise.
pub(crate) fn skip_object_pronoun(text: &str, pos: usize) -> usize {
    let Some((w, at)) = crate::cx::word_before(text, pos) else { return pos };
    if !OBJECT_PRONOUNS.contains(&w.as_str()) {
        return pos;
    }
    let verb_before = crate::cx::adjacent_word_before(text, at)
        .is_some_and(|v| crate::morph::analyze(&v).iter().any(|a| a.is_verb()));
    if verb_before { at } else { pos }
}

/// Cases a governing word before byte `pos` allows, from the one or two words right before
/// it (only spaces, brackets or quotes between).
pub(crate) fn governor(text: &str, pos: usize) -> Option<&'static [Case]> {
    let (w1, mut at) = crate::cx::word_before(text, pos)?;
    // The two words before w1, nearest first, each right before the next.
    let mut before: Vec<String> = Vec::new();
    for _ in 0..2 {
        let Some((w, start)) = crate::cx::word_before(text, at) else { break };
        before.push(w);
        at = start;
    }
    let mut key = w1.clone();
    let mut multi: Option<&'static [Case]> = None;
    for w in &before {
        key = format!("{w} {key}");
        if let Some((_, cases)) = GOVERNORS_MULTI.iter().find(|(k, _)| *k == key) {
            multi = Some(cases);
        }
    }
    if multi.is_some() {
        return multi;
    }
    let stem_before = |stems: &[&str], reflexive_only: bool| {
        before.first().is_some_and(|w| {
            stems.iter().any(|s| w.starts_with(s))
                && (!reflexive_only || w.ends_with("ся") || w.ends_with("сь"))
        })
    };
    // The number's "с" is "from" when "до"/"по" closes the range after it, within the next
    // words of the clause (an abbreviation's dot does not end it: "с 5 руб. до 3 руб.").
    let range_follows = || {
        let tail = text.get(pos..).unwrap_or("");
        let clause = tail.find([',', ';', '!', '?']).unwrap_or(tail.len());
        tail[..clause].split_whitespace().take(6).any(|w| w == "до" || w == "по")
    };
    // "с" after a noun or a reflexive verb is "with" ("борьба с", "контакты с", "простился
    // с"), except the verbs of starting and of change ("началось с", "снизилась с": "from").
    let comitative_before = || {
        before.first().is_some_and(|w| {
            let an = crate::morph::analyze(w);
            let noun = !an.is_empty() && an.iter().all(|a| a.is_noun());
            let reflexive = (w.ends_with("ся") || w.ends_with("сь"))
                && an.iter().any(|a| a.is_verb())
                && !CHANGE_FROM.iter().any(|s| w.starts_with(s));
            noun || reflexive
        })
    };
    // A time after "с" is where something starts ("работа с 9 ч", "с 5 мая"); "г" is a year
    // with its dot, grams without ("мешок с 13 г зерна").
    let time_follows = || {
        let tail = text.get(pos..).unwrap_or("");
        tail.split_whitespace().nth(1).is_some_and(|written| {
            let u = written.trim_end_matches(['.', ',', ';', '!', '?']).to_lowercase();
            ["ч", "мин", "сек", "с", "гг", "лет", "утра", "вечера", "ночи", "числа"]
                .contains(&u.as_str())
                || u == "г" && written.starts_with("г.")
                || ["час", "минут", "секунд", "год", "век", "недел", "месяц", "дн", "дня"]
                    .iter()
                    .any(|s| u.starts_with(s))
                || crate::tables::months::RU_MONTHS_GEN.contains(&u.as_str())
        })
    };
    if matches!(w1.as_str(), "с" | "со")
        && (stem_before(WITH_INSTRUMENTAL, false) || comitative_before() && !time_follows())
        && !range_follows()
    {
        return Some(&[Case::Ins, Case::Gen]);
    }
    if w1 == "на"
        && (stem_before(ON_PREPOSITIONAL, false) || stem_before(ON_PREPOSITIONAL_REFLEXIVE, true))
    {
        return Some(&[Case::Prep, Case::Acc]);
    }
    if matches!(w1.as_str(), "в" | "во")
        && (stem_before(IN_PREPOSITIONAL, false) || stem_before(IN_PREPOSITIONAL_REFLEXIVE, true))
    {
        return Some(&[Case::Prep, Case::Acc]);
    }
    governor_cases(&w1).or_else(|| comparative(&w1).then_some(&[Case::Gen][..]))
}

/// Nouns that number a part of a series, by their stem and the endings of their forms: after a
/// number they take an ordinal ("в 1990 году", "на 5 этаже", "в 21 веке", "в 1 чтении",
/// "ожог 2 степени") unless their form is a count's (`RuContext::at` decides). Divisions of
/// time, of a contest, of a work or a law, and places in an order or a ranking; not nouns
/// that also measure or count ("уровень", "пункт", "ряд", "часть": "на 1 пункт", "в 1 ряд").
const SERIES_NOUNS: &[(&str, &[&str])] = &[
    ("год", HARD),
    ("век", VELAR),
    ("тысячелети", NEUTER_IE),
    ("квартал", HARD),
    ("полугоди", NEUTER_IE),
    ("семестр", HARD),
    ("триместр", HARD),
    ("четверт", FEMININE_SOFT),
    ("период", HARD),
    ("тайм", HARD),
    ("раунд", HARD),
    ("сет", HARD),
    ("гейм", HARD),
    ("тур", HARD),
    ("этап", HARD),
    ("сезон", HARD),
    ("сери", FEMININE_IA),
    ("эпизод", HARD),
    ("выпуск", VELAR),
    ("том", HARD),
    ("глав", FEMININE_A),
    ("раздел", HARD),
    ("параграф", HARD),
    ("стать", &["я", "и", "е", "ю", "ей", "ям", "ями", "ях"]),
    ("чтени", NEUTER_IE),
    ("этаж", &["", "а", "у", "е", "ом", "и", "ей", "ам", "ами", "ах"]),
    // A place in a ranking ("на 1 месте"), not a seat ("от 71 места", "на 300 мест").
    ("мест", &["о", "е"]),
    ("класс", HARD),
    ("курс", HARD),
    ("разряд", HARD),
    ("сорт", HARD),
    ("ранг", VELAR),
    ("степен", FEMININE_SOFT),
    ("категори", FEMININE_IA),
    ("групп", FEMININE_A),
    ("созыв", HARD),
    ("съезд", HARD),
    ("поколени", NEUTER_IE),
    ("очеред", FEMININE_SOFT),
];

/// Endings of the declensions [`SERIES_NOUNS`] uses: "квартал", "век", "полугодие", "серия",
/// "глава", "степень".
const HARD: &[&str] = &["", "а", "у", "е", "ом", "ы", "ов", "ам", "ами", "ах"];
const VELAR: &[&str] = &["", "а", "у", "е", "ом", "и", "ов", "ам", "ами", "ах"];
const NEUTER_IE: &[&str] = &["е", "я", "ю", "и", "ем", "й", "ям", "ями", "ях"];
const FEMININE_IA: &[&str] = &["я", "и", "ю", "ей", "й", "ям", "ями", "ях"];
const FEMININE_A: &[&str] = &["а", "ы", "е", "у", "ой", "", "ам", "ами", "ах"];
const FEMININE_SOFT: &[&str] = &["ь", "и", "ью", "ей", "ям", "ями", "ях"];

pub(crate) fn series_noun(w: &str) -> bool {
    SERIES_NOUNS.iter().any(|(stem, ends)| w.strip_prefix(stem).is_some_and(|e| ends.contains(&e)))
}

/// Verbs and short adjectives that govern the genitive, dative or instrumental of a number
/// after them ("достиг пяти метров", "рисковал пятью рублями", "равны пяти метрам"): the case
/// a unit symbol cannot show.
/// Verbs by the start their forms share (past, present and infinitive: "риск" for рисковал,
/// рискует, рискнуть), `true` where only the reflexive forms govern so ("измерялся", not
/// "измерял", which takes an object); a word matches only with a verb reading in the
/// dictionary. Verbs with two governments in common use are left out (уступить место / уступать
/// метрам, грозить штрафом / грозить людям, служить пять лет), and so are the copulas and
/// activity verbs whose number after them is as often a subject or a time ("членами являются
/// пять стран", "занимался пять часов").
pub(crate) const VERB_GOVERNMENT: &[(&str, bool, Case)] = &[
    ("владе", false, Case::Ins),
    ("завладе", false, Case::Ins),
    ("овладе", false, Case::Ins),
    ("облада", false, Case::Ins),
    ("управля", false, Case::Ins),
    ("руковод", false, Case::Ins),
    ("команд", false, Case::Ins),
    ("заведу", false, Case::Ins),
    ("заведова", false, Case::Ins),
    ("распоряжа", false, Case::Ins),
    ("располага", false, Case::Ins),
    ("польз", true, Case::Ins),
    ("воспольз", false, Case::Ins),
    ("горд", true, Case::Ins),
    ("хваст", true, Case::Ins),
    ("похваст", true, Case::Ins),
    ("риск", false, Case::Ins),
    ("жертв", false, Case::Ins),
    ("пожертв", false, Case::Ins),
    ("пренебр", false, Case::Ins),
    ("торг", false, Case::Ins),
    ("интерес", true, Case::Ins),
    ("увлека", true, Case::Ins),
    ("восхища", true, Case::Ins),
    ("любова", true, Case::Ins),
    ("любуе", true, Case::Ins),
    ("любую", true, Case::Ins),
    ("наслажда", true, Case::Ins),
    ("дорож", false, Case::Ins),
    ("огранич", true, Case::Ins),
    ("довольств", true, Case::Ins),
    ("обош", true, Case::Ins),
    ("обход", true, Case::Ins),
    ("исчисля", true, Case::Ins),
    ("измеря", true, Case::Ins),
    ("оценива", true, Case::Ins),
    ("выража", true, Case::Ins),
    ("обменива", true, Case::Ins),
    ("дели", true, Case::Ins),
    ("делят", true, Case::Ins),
    ("подели", true, Case::Ins),
    ("обзаве", true, Case::Ins),
    ("заруч", true, Case::Ins),
    ("размахива", false, Case::Ins),
    ("оперир", false, Case::Ins),
    ("манипулир", false, Case::Ins),
    ("злоупотреб", false, Case::Ins),
    ("жонглир", false, Case::Ins),
    ("дирижир", false, Case::Ins),
    ("повелева", false, Case::Ins),
    ("вороча", false, Case::Ins),
    ("сорил", false, Case::Ins),
    ("сорит", false, Case::Ins),
    ("сорят", false, Case::Ins),
    ("швыря", true, Case::Ins),
    ("разжи", true, Case::Ins),
    ("запас", true, Case::Ins),
    ("поступи", true, Case::Ins),
    ("удовольств", true, Case::Ins),
    // Verbs of supplying: who gets it is the accusative, what they get the instrumental
    // ("станцию снабдили пятью ваттами"; "снабдили пять станций" keeps its accusative by the
    // noun's form). надели- is left out: "надел" is also "put on" (accusative).
    ("снабд", false, Case::Ins),
    ("снабжа", false, Case::Ins),
    ("оснаст", false, Case::Ins),
    ("оснаща", false, Case::Ins),
    ("наделя", false, Case::Ins),
    ("вооруж", false, Case::Ins),
    ("укомплект", false, Case::Ins),
    ("доукомплект", false, Case::Ins),
    ("одари", false, Case::Ins),
    ("одарива", false, Case::Ins),
    ("наград", false, Case::Ins),
    ("награжда", false, Case::Ins),
    ("премир", false, Case::Ins),
    ("поощр", false, Case::Ins),
    // Verbs of enclosing and wrapping: what encloses is the instrumental ("участок огородили
    // двадцатью одним метром сетки").
    ("огород", false, Case::Ins),
    ("огоражива", false, Case::Ins),
    ("обнес", false, Case::Ins),
    ("обнос", false, Case::Ins),
    ("обтяну", false, Case::Ins),
    ("обтягива", false, Case::Ins),
    ("обмота", false, Case::Ins),
    ("обматыва", false, Case::Ins),
    // More of the verbs that govern the instrumental in Russian grammars (the object of
    // control, possession, payment, exchange and attitude), the copula являться (its subject
    // stands before it: "является пятью"; "членами являются пять стран" keeps its nominative
    // by the noun's form).
    ("явля", true, Case::Ins),
    ("веда", false, Case::Ins),
    ("щеголя", false, Case::Ins),
    ("бравир", false, Case::Ins),
    ("брезг", false, Case::Ins),
    ("кичи", true, Case::Ins),
    ("кичл", true, Case::Ins),
    ("гнуша", true, Case::Ins),
    ("тяготи", true, Case::Ins),
    ("восторга", true, Case::Ins),
    ("упива", true, Case::Ins),
    ("поплати", true, Case::Ins),
    ("поплачива", true, Case::Ins),
    ("расплати", true, Case::Ins),
    ("расплачива", true, Case::Ins),
    ("отдела", true, Case::Ins),
    ("отделыва", true, Case::Ins),
    ("поменя", true, Case::Ins),
    ("меняе", true, Case::Ins),
    ("меняю", true, Case::Ins),
    ("дости", false, Case::Gen),
    ("лиш", true, Case::Gen),
    ("хват", false, Case::Gen),
    ("доби", true, Case::Gen),
    ("добив", true, Case::Gen),
    ("избега", false, Case::Gen),
    ("избеж", false, Case::Gen),
    ("опаса", true, Case::Gen),
    ("каса", true, Case::Gen),
    ("косну", true, Case::Gen),
    ("побоя", true, Case::Gen),
    ("побаива", true, Case::Gen),
    // More genitive-governing verbs: fear and avoidance, waiting, wishing, lacking.
    ("боя", true, Case::Gen),
    ("бои", true, Case::Gen),
    ("бою", true, Case::Gen),
    ("пуга", true, Case::Gen),
    ("испуга", true, Case::Gen),
    ("стесня", true, Case::Gen),
    ("постесня", true, Case::Gen),
    ("стыди", true, Case::Gen),
    ("стыжу", true, Case::Gen),
    ("сторони", true, Case::Gen),
    ("чужда", true, Case::Gen),
    ("остерега", true, Case::Gen),
    ("дожда", true, Case::Gen),
    ("дожид", true, Case::Gen),
    ("придержива", true, Case::Gen),
    ("жела", false, Case::Gen),
    ("пожела", false, Case::Gen),
    ("недоста", false, Case::Gen),
    // Missing and shunning (round 35's dev half missed "недосчитались"; its kin with it).
    ("недосчита", true, Case::Gen),
    ("недосчиты", true, Case::Gen),
    ("чура", true, Case::Gen),
    ("равня", true, Case::Dat),
    ("соответств", false, Case::Dat),
    ("способств", false, Case::Dat),
    ("поспособств", false, Case::Dat),
    ("предшеств", false, Case::Dat),
    ("помога", false, Case::Dat),
    ("помог", false, Case::Dat),
    ("препятств", false, Case::Dat),
    ("воспрепятств", false, Case::Dat),
    ("принадлеж", false, Case::Dat),
    ("раду", true, Case::Dat),
    ("радова", true, Case::Dat),
    ("обрадова", true, Case::Dat),
    ("удивл", true, Case::Dat),
    ("завид", false, Case::Dat),
    ("позавид", false, Case::Dat),
    ("угрожа", false, Case::Dat),
    ("противосто", false, Case::Dat),
    ("подража", false, Case::Dat),
    ("сочувств", false, Case::Dat),
    ("доверя", false, Case::Dat),
    ("противореч", false, Case::Dat),
    ("сопутств", false, Case::Dat),
    ("аплодир", false, Case::Dat),
    // More dative-governing verbs: help and hindrance, obedience, address, liking, fitting.
    ("содейств", false, Case::Dat),
    ("посодейств", false, Case::Dat),
    ("противодейств", false, Case::Dat),
    ("сопротивля", true, Case::Dat),
    ("воспротиви", true, Case::Dat),
    ("подчиня", true, Case::Dat),
    ("подчини", true, Case::Dat),
    ("повину", true, Case::Dat),
    ("вреди", false, Case::Dat),
    ("вредя", false, Case::Dat),
    ("навреди", false, Case::Dat),
    ("меша", false, Case::Dat),
    ("помеша", false, Case::Dat),
    ("звони", false, Case::Dat),
    ("позвони", false, Case::Dat),
    ("советова", false, Case::Dat),
    ("посоветова", false, Case::Dat),
    ("советуе", false, Case::Dat),
    ("советую", false, Case::Dat),
    ("улыба", true, Case::Dat),
    ("улыбну", true, Case::Dat),
    ("кланя", true, Case::Dat),
    ("поклоня", true, Case::Dat),
    ("симпатизир", false, Case::Dat),
    ("потака", false, Case::Dat),
    ("покровительств", false, Case::Dat),
    ("благоприятств", false, Case::Dat),
    ("сопережива", false, Case::Dat),
    ("нрав", true, Case::Dat),
    ("понрав", true, Case::Dat),
    ("надоеда", false, Case::Dat),
    ("надоел", false, Case::Dat),
    ("подлеж", false, Case::Dat),
    ("отвеча", false, Case::Dat),
    // Found missing by a sweep of 117 governing verbs (round 20): wonder and dismay, flattery,
    // likeness, obedience, revenge, objection, condolence (dative); shame, craving, fear
    // (genitive); exchange, passion, fame, distinction, cover (instrumental). обучаться is left
    // out: its count is as often the subject ("в школе обучается 250 чел.").
    ("удиви", true, Case::Dat),
    ("изумл", true, Case::Dat),
    ("изуми", true, Case::Dat),
    ("поража", true, Case::Dat),
    ("порази", true, Case::Dat),
    ("ужаса", true, Case::Dat),
    ("ужасну", true, Case::Dat),
    ("льст", false, Case::Dat),
    ("польст", false, Case::Dat),
    ("уподобл", true, Case::Dat),
    ("уподоби", true, Case::Dat),
    ("повинова", true, Case::Dat),
    ("мст", false, Case::Dat),
    ("отомст", false, Case::Dat),
    ("возрази", false, Case::Dat),
    ("возража", false, Case::Dat),
    ("соболезн", false, Case::Dat),
    ("посочувств", false, Case::Dat),
    ("устыди", true, Case::Gen),
    ("жажд", false, Case::Gen),
    ("домога", true, Case::Gen),
    ("алка", false, Case::Gen),
    ("алч", false, Case::Gen),
    ("страши", true, Case::Gen),
    ("устраши", true, Case::Gen),
    ("обменя", true, Case::Ins),
    ("увлек", true, Case::Ins),
    ("слави", true, Case::Ins),
    ("прослави", true, Case::Ins),
    ("отличи", true, Case::Ins),
    ("отлича", true, Case::Ins),
    ("прикры", true, Case::Ins),
];

/// Short adjectives that govern the dative, all their forms.
const SHORT_ADJ_DATIVE: &[&str] = &[
    "равен",
    "равна",
    "равно",
    "равны",
    "подобен",
    "подобна",
    "подобно",
    "подобны",
    "равнозначен",
    "равнозначна",
    "равнозначно",
    "равнозначны",
    "эквивалентен",
    "эквивалентна",
    "эквивалентно",
    "эквивалентны",
    "соразмерен",
    "соразмерна",
    "соразмерно",
    "соразмерны",
    "пропорционален",
    "пропорциональна",
    "пропорционально",
    "пропорциональны",
    "кратен",
    "кратна",
    "кратно",
    "кратны",
    "благодарен",
    "благодарна",
    "благодарны",
];

/// Verbs of giving, granting and addressing, by their passive participles' stems ("е" for
/// "ё"): the participle agrees with the thing given, and a number after it counts the
/// recipients, in the dative ("стенд, посвящённый пяти героям", "премии, выплаченные двадцати
/// одному рабочему"), not the agent in the instrumental that other passive participles take.
const RECIPIENT_PARTICIPLES: &[&str] = &[
    "посвящ",
    "адресован",
    "предназначен",
    "вручен",
    "присвоен",
    "подарен",
    "дарован",
    "выделен",
    "передан",
    "направлен",
    "отправлен",
    "обещан",
    "доверен",
    "поручен",
    "преподнесен",
    "завещан",
    "предоставлен",
    "выплачен",
    "выдан",
    "продан",
    "роздан",
    "раздан",
    "показан",
    "рекомендован",
    "запрещен",
    "разрешен",
];

/// Short participles and adjectives that govern the instrumental ("ограничен пятью рублями",
/// "заполнен тремя литрами"), by stem; the masculine, feminine and plural forms (the neuter
/// one before a number is mostly impersonal with the number as its subject: "занято пять
/// мест"). Their instrumental is the word's own, a time's too ("ограничена сорока одним
/// часом"); any other short passive participle takes it only after its subject, and a time
/// after it is an extent (`agree::short_participle_case`: "перекрыт сорок один час").
const SHORT_ADJ_INSTRUMENTAL: &[&str] = &[
    "ограничен",
    "обеспечен",
    "заполнен",
    "наполнен",
    "покрыт",
    "наделен",
    "оснащен",
    "загружен",
    "нагружен",
    "укомплектован",
    "засеян",
    "засажен",
    "застроен",
    "окружен",
    "доволен",
    "довольн",
    "богат",
];

/// Words after which "с" is "together with" and takes the instrumental ("сравнялся с пятью
/// рублями", "совпадает с"): the comitative verbs and adjectives, by stem, and the verbs of
/// coming and leaving, whose "с" before an amount is what one carries ("пришёл с пятью
/// рублями"). Elsewhere "с" before
/// a number is "from" ("с 5 до 7", "снизился с 5 метров"): the genitive.
const WITH_INSTRUMENTAL: &[&str] = &[
    "сравн",
    "совпа",
    "совпад",
    "справ",
    "столкн",
    "сталкива",
    "соглас",
    "сопостав",
    "сочета",
    "соедин",
    "смеш",
    "смешива",
    "связ",
    "знаком",
    "дружи",
    "расста",
    "смири",
    "мири",
    "спори",
    "поспори",
    "конкурир",
    "подели",
    "делит",
    "сотруднич",
    "боро",
    "поборо",
    "сравня",
    "соизмер",
    "сопоставим",
    "сравним",
    "приш",
    "верну",
    "вернё",
    "приеха",
    "приезжа",
    "уеха",
    "ушё",
    "ушл",
    "вышел",
    "вышл",
    "остал",
];

/// Words after which "на" takes the prepositional of a number with a unit ("сошлись на пяти
/// рублях", "остановились на двух метрах"); elsewhere "на" with a bare count or a unit is the
/// accusative ("подорожал на 5 рублей"). The second list governs so only in its reflexive
/// forms ("сказался на", not "сказал на").
const ON_PREPOSITIONAL: &[&str] = &[
    "сошл",
    "сойд",
    "сойт",
    "настаива",
    "настоя",
    "основан",
    "сосредоточ",
    "зацикл",
    "специализир",
    "экономи",
    "сэкономи",
    // Lying or spreading over an area: where ("парк раскинулся на пяти гектарах").
    "раскину",
    "раскинув",
    "раскинут",
    "простира",
    "располож",
    "размещ",
    "размест",
];
const ON_PREPOSITIONAL_REFLEXIVE: &[&str] =
    &["сход", "останов", "отрази", "отража", "сказа", "сказыва", "основыва", "держ"];

/// Words after which "в" takes the prepositional of a number with a unit ("нуждается в пяти
/// тоннах", "выражается в рублях"), reflexive forms (the second list: any form); elsewhere "в"
/// with a bare count or a unit is the accusative ("оценили в 5 рублей", "в 5 раз").
const IN_PREPOSITIONAL_REFLEXIVE: &[&str] =
    &["нужда", "заключа", "сомнева", "ошиба", "ошибл", "выража", "убежда", "убеди"];
const IN_PREPOSITIONAL: &[&str] = &["участв", "нуждаем", "заинтересован", "уверен"];

/// Reflexive verbs after which "с" is "from" (a starting point, a value changed from).
const CHANGE_FROM: &[&str] = &[
    "начина",
    "нача",
    "отсчитыва",
    "счита",
    "снизи",
    "снижа",
    "повыси",
    "повыша",
    "увеличи",
    "увеличива",
    "уменьши",
    "уменьша",
    "сократи",
    "сокраща",
    "подня",
    "поднима",
    "подним",
    "опусти",
    "опуска",
    "измени",
    "изменя",
    "расшири",
    "расширя",
    "сузи",
    "сужа",
    "перемести",
    "перемеща",
    "переключи",
    "переключа",
    "сдвину",
    "сдвига",
    "спусти",
    "спуска",
    "разогна",
    "разгоня",
    "сорва",
    "срыва",
    "съеха",
    "съезжа",
    "скати",
    "скатыва",
];

/// The case a verb or short adjective `w` (lowercase) gives a number after it, if it governs
/// the dative or instrumental. "ё" is read as "е", as the tables write it ("увлёкся",
/// "оснащён").
pub(crate) fn verb_government(w: &str) -> Option<Case> {
    let folded = w.replace('ё', "е");
    let w = folded.as_str();
    if SHORT_ADJ_DATIVE.contains(&w) {
        return Some(Case::Dat);
    }
    if SHORT_ADJ_INSTRUMENTAL
        .iter()
        .any(|s| w.strip_prefix(s).is_some_and(|e| matches!(e, "" | "а" | "ы")))
    {
        return Some(Case::Ins);
    }
    let case = governing_verb_case(w)?;
    crate::morph::analyze(w).iter().any(|a| a.is_verb()).then_some(case)
}

/// The case [`VERB_GOVERNMENT`] gives a form of one of its verbs (`w` lowercase, "е" for
/// "ё"): a finite form, an infinitive or a participle.
fn governing_verb_case(w: &str) -> Option<Case> {
    let reflexive = w.ends_with("ся") || w.ends_with("сь");
    VERB_GOVERNMENT
        .iter()
        .filter(|(stem, refl, _)| w.starts_with(stem) && (reflexive || !refl))
        .max_by_key(|(stem, _, _)| stem.len())
        .map(|(_, _, case)| *case)
}

/// Verbs of exceeding, by the start their forms share: they take the accusative ("превысил
/// пять метров"), and under negation the genitive as writers use them ("не превышает двух
/// процентов", "не должна превышать пяти минут").
const EXCEEDING: &[&str] = &["превыш", "превыс", "превосх", "превзо"];

fn exceeding(w: &str) -> bool {
    EXCEEDING.iter().any(|s| w.starts_with(s))
}

/// A negated verb of exceeding right before byte `pos`: "не" before it, or before the one
/// word (a modal) before its infinitive ("не может превысить").
pub(crate) fn negated_exceeding(text: &str, pos: usize) -> bool {
    let Some((w, at)) = crate::cx::word_before(text, pos) else { return false };
    let verbs: Vec<_> = crate::morph::analyze(&w).into_iter().filter(|a| a.is_verb()).collect();
    if !exceeding(&w) || verbs.is_empty() {
        return false;
    }
    let Some((prev, prev_at)) = crate::cx::word_before(text, at) else { return false };
    prev == "не"
        || verbs.iter().any(|a| a.infinitive())
            && crate::cx::adjacent_word_before(text, prev_at).as_deref() == Some("не")
}

/// Endings of full adjectives and participles.
const ADJ_ENDINGS: &[&str] = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
    "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей",
];

/// The case a full adjective or participle right before byte `pos` gives a number after it ("на
/// глубину, равную пяти метрам", "режим, не превышающий двух процентов", "бак, заполненный тремя
/// литрами", "скидку, составляющую одну тысячу рублей"): the full forms of the short adjectives
/// above, a negated participle of exceeding (the genitive), a passive participle of giving (its
/// recipient: the dative, [`RECIPIENT_PARTICIPLES`]), another passive participle (its agent or
/// instrument: the instrumental, "склад, заваленный пятью тоннами"), the participles of
/// [`VERB_GOVERNMENT`]'s verbs, and an active transitive participle (the accusative of its object).
/// Only where it follows a comma or the noun it agrees with: right before a number without them it
/// is the number's own attribute ("на равные две части", "в городе подобных пять домов").
pub(crate) fn attribute_government(text: &str, pos: usize) -> Option<Case> {
    use crate::morph::{Analysis, Pos, analyze};
    let (w, at) = crate::cx::word_before(text, pos)?;
    let attrs: Vec<Analysis> = analyze(&w).into_iter().filter(|a| a.is_attribute()).collect();
    if attrs.is_empty() {
        return None;
    }
    let (negated, phrase_at) = match crate::cx::word_before(text, at) {
        Some((ne, ne_at)) if ne == "не" => (true, ne_at),
        _ => (false, at),
    };
    let agrees = |n: &Analysis, a: &Analysis| {
        n.case() == a.case()
            && n.plural() == a.plural()
            && (n.plural() || n.gender().is_none() || n.gender() == a.gender())
    };
    let after_comma = text[..phrase_at].trim_end().ends_with(',');
    let after_head = crate::cx::word_before(text, phrase_at).is_some_and(|(head, _)| {
        analyze(&head).iter().any(|n| n.is_noun() && attrs.iter().any(|a| agrees(n, a)))
    });
    if !after_comma && !after_head {
        return None;
    }
    let w = w.replace('ё', "е");
    let full_form = |stem: &str| w.strip_prefix(stem).is_some_and(|e| ADJ_ENDINGS.contains(&e));
    let participle = attrs.iter().any(|a| a.pos() == Pos::Participle);
    if negated && participle && exceeding(&w) {
        return Some(Case::Gen);
    }
    // The feminine short form less its "а" is the stem of the full forms ("равна": "равную").
    if SHORT_ADJ_DATIVE.iter().filter_map(|s| s.strip_suffix('а')).any(full_form) {
        return Some(Case::Dat);
    }
    let passive = attrs.iter().any(|a| a.passive());
    if passive && RECIPIENT_PARTICIPLES.iter().any(|s| w.starts_with(s)) {
        return Some(Case::Dat);
    }
    // A passive participle ("заполненный", "покрытый") and the adjectives of the short
    // instrumental list ("довольный", "богатый").
    if passive || SHORT_ADJ_INSTRUMENTAL.iter().any(|s| full_form(s)) {
        return Some(Case::Ins);
    }
    if !participle {
        return None;
    }
    governing_verb_case(&w).or_else(|| attrs.iter().any(|a| a.transitive()).then_some(Case::Acc))
}
