//! Units, currencies and scale words: written forms and their English and Russian readings.

use super::ru_noun::{Class::*, RuNoun, adj_noun, noun};

#[derive(Clone, Copy)]
pub(crate) struct Unit {
    /// Written forms, matched case-sensitively after a number.
    pub syms: &'static [&'static str],
    /// English singular and plural.
    pub en: (&'static str, &'static str),
    pub ru: RuNoun,
    /// Grammatical gender of the Russian noun is feminine (одна минута, две тонны).
    pub ru_fem: bool,
}

const fn u(syms: &'static [&'static str], en: (&'static str, &'static str), ru: RuNoun) -> Unit {
    Unit { syms, en, ru, ru_fem: false }
}
const fn uf(syms: &'static [&'static str], en: (&'static str, &'static str), ru: RuNoun) -> Unit {
    Unit { syms, en, ru, ru_fem: true }
}

pub(crate) const UNITS: &[Unit] = &[
    u(
        &["км/ч", "km/h", "kmh", "км ч", "kph"],
        ("kilometer per hour", "kilometers per hour"),
        noun("километр", MascHard, "в час"),
    ),
    u(
        &["м/с", "m/s"],
        ("meter per second", "meters per second"),
        noun("метр", MascHard, "в секунду"),
    ),
    u(&["mph"], ("mile per hour", "miles per hour"), noun("мил", FemYa, "в час")),
    u(
        &["км/с", "km/s"],
        ("kilometer per second", "kilometers per second"),
        noun("километр", MascHard, "в секунду"),
    ),
    u(&["kts", "kn"], ("knot", "knots"), noun("уз", MascElFleeting, "")),
    u(
        &["об/мин", "об мин", "rpm"],
        ("revolution per minute", "revolutions per minute"),
        noun("оборот", MascHard, "в минуту"),
    ),
    u(&["fps"], ("frame per second", "frames per second"), noun("кадр", MascHard, "в секунду")),
    u(&["bpm"], ("beat per minute", "beats per minute"), noun("удар", MascHard, "в минуту")),
    u(
        &["MB/s", "МБ/с"],
        ("megabyte per second", "megabytes per second"),
        noun("мегабайт", MascHard, "в секунду"),
    ),
    // "бит" and its multiples: "ста мегабитов" and "ста мегабит" are both in use.
    u(
        &["кбит/с", "kbps", "kbit/s"],
        ("kilobit per second", "kilobits per second"),
        noun("килобит", MascHardBothGenPl, "в секунду"),
    ),
    u(
        &["Мбит/с", "mbps", "Mbps", "Mbit/s"],
        ("megabit per second", "megabits per second"),
        noun("мегабит", MascHardBothGenPl, "в секунду"),
    ),
    u(
        &["Гбит/с", "gbps", "Gbps"],
        ("gigabit per second", "gigabits per second"),
        noun("гигабит", MascHardBothGenPl, "в секунду"),
    ),
    u(
        &["ммоль/л", "ммоль л", "mmol/l", "mmol/L"],
        ("millimole per liter", "millimoles per liter"),
        noun("миллимол", MascSoft, "на литр"),
    ),
    u(
        &["кВт·ч", "кВт*ч", "квт ч", "кВтч", "kWh", "kwh"],
        ("kilowatt hour", "kilowatt hours"),
        noun("киловатт-час", MascHard, ""),
    ),
    u(&["МВт·ч", "MWh"], ("megawatt hour", "megawatt hours"), noun("мегаватт-час", MascHard, "")),
    u(&["ГВт·ч", "GWh"], ("gigawatt hour", "gigawatt hours"), noun("гигаватт-час", MascHard, "")),
    u(&["ТВт·ч", "TWh"], ("terawatt hour", "terawatt hours"), noun("тераватт-час", MascHard, "")),
    u(
        &["мАч", "мА·ч", "mAh"],
        ("milliampere hour", "milliampere hours"),
        noun("миллиампер-час", MascHard, ""),
    ),
    u(
        &["км²", "км2", "km²", "km2", "кв. км", "кв.км", "sq km", "sq. km"],
        ("square kilometer", "square kilometers"),
        adj_noun("квадратн", "километр", MascHard),
    ),
    u(
        &["м²", "м2", "m²", "m2", "кв. м", "кв.м", "м^2", "sq m", "sq. m", "sqm"],
        ("square meter", "square meters"),
        adj_noun("квадратн", "метр", MascHard),
    ),
    u(
        &["м³", "м3", "m³", "m3", "куб. м", "куб.м", "м^3", "cu m", "cu. m"],
        ("cubic meter", "cubic meters"),
        adj_noun("кубическ", "метр", MascHard),
    ),
    u(
        &["см³", "см3", "cm³", "cm3"],
        ("cubic centimeter", "cubic centimeters"),
        adj_noun("кубическ", "сантиметр", MascHard),
    ),
    // "килограммов" is the written norm, "килограмм" the counting form also in use.
    u(
        &["кг", "kg", "KG", "Kg"],
        ("kilogram", "kilograms"),
        noun("килограмм", MascHardBothGenPl, ""),
    ),
    u(&["мг", "mg"], ("milligram", "milligrams"), noun("миллиграмм", MascHardBothGenPl, "")),
    u(&["г", "гр", "g"], ("gram", "grams"), noun("грамм", MascHardBothGenPl, "")),
    u(&["т", "t"], ("ton", "tons"), uf_noun_tonna()),
    u(&["км", "km"], ("kilometer", "kilometers"), noun("километр", MascHard, "")),
    u(&["дм", "dm"], ("decimeter", "decimeters"), noun("дециметр", MascHard, "")),
    u(&["ц"], ("centner", "centners"), noun("центнер", MascHard, "")),
    uf(&["шт.", "шт"], ("piece", "pieces"), noun("штук", FemA, "")),
    uf(&["коп.", "коп"], ("kopeck", "kopecks"), noun("", Kopeika, "")),
    u(&["мес.", "мес"], ("month", "months"), noun("месяц", MascHardE, "")),
    uf(&["л. с.", "л.с.", "hp"], ("horsepower", "horsepower"), adj_noun("лошадин", "сил", FemA)),
    uf(&["нед.", "нед"], ("week", "weeks"), noun("недел", FemYa, "")),
    u(&["мкм"], ("micrometer", "micrometers"), noun("микрометр", MascHard, "")),
    u(&["нм"], ("nanometer", "nanometers"), noun("нанометр", MascHard, "")),
    u(&["экз.", "экз"], ("copy", "copies"), noun("экземпляр", MascHard, "")),
    uf(&["ед.", "ед"], ("unit", "units"), noun("единиц", FemA, "")),
    uf(&["стр.", "стр"], ("page", "pages"), noun("страниц", FemA, "")),
    uf(
        &["сот.", "сот"],
        ("hundredth of a hectare", "hundredths of a hectare"),
        noun("сот", FemKaO, ""),
    ),
    uf(&["ккал", "kcal"], ("kilocalorie", "kilocalories"), noun("килокалор", FemIya, "")),
    uf(&["кал", "cal"], ("calorie", "calories"), noun("калор", FemIya, "")),
    uf(&["атм"], ("atmosphere", "atmospheres"), noun("атмосфер", FemA, "")),
    u(&["кДж", "kJ"], ("kilojoule", "kilojoules"), noun("килоджоул", MascSoft, "")),
    u(&["МДж", "MJ"], ("megajoule", "megajoules"), noun("мегаджоул", MascSoft, "")),
    u(&["Дж"], ("joule", "joules"), noun("джоул", MascSoft, "")),
    u(&["кПа", "kPa"], ("kilopascal", "kilopascals"), noun("килопаскал", MascSoft, "")),
    u(&["гПа", "hPa"], ("hectopascal", "hectopascals"), noun("гектопаскал", MascSoft, "")),
    u(&["Па"], ("pascal", "pascals"), noun("паскал", MascSoft, "")),
    u(&["МВт", "MW"], ("megawatt", "megawatts"), noun("мегаватт", MascHardZeroGenPl, "")),
    u(&["ГВт", "GW"], ("gigawatt", "gigawatts"), noun("гигаватт", MascHardZeroGenPl, "")),
    u(&["кВ", "kV"], ("kilovolt", "kilovolts"), noun("киловольт", MascHardZeroGenPl, "")),
    u(&["Ом"], ("ohm", "ohms"), noun("ом", MascHardZeroGenPl, "")),
    u(&["дБ", "dB"], ("decibel", "decibels"), noun("децибел", MascHardZeroGenPl, "")),
    u(&["см", "cm"], ("centimeter", "centimeters"), noun("сантиметр", MascHard, "")),
    u(
        &["мм рт. ст.", "мм рт.ст.", "mmHg", "mm Hg"],
        ("millimeter of mercury", "millimeters of mercury"),
        noun("миллиметр", MascHard, "ртутного столба"),
    ),
    u(&["мм", "mm"], ("millimeter", "millimeters"), noun("миллиметр", MascHard, "")),
    u(&["\"", "″"], ("inch", "inches"), noun("дюйм", MascHard, "")),
    u(&["Мп"], ("megapixel", "megapixels"), noun("мегапиксел", MascSoft, "")),
    uf(
        &["ст. л.", "ст.л.", "tbsp", "Tbsp", "tbs"],
        ("tablespoon", "tablespoons"),
        adj_noun("столов", "ложк", FemAFleetingE),
    ),
    uf(
        &["ч. л.", "ч.л.", "tsp"],
        ("teaspoon", "teaspoons"),
        adj_noun("чайн", "ложк", FemAFleetingE),
    ),
    u(&["стак."], ("cup", "cups"), noun("стакан", MascHard, "")),
    u(&["уд"], ("beat", "beats"), noun("удар", MascHard, "")),
    u(&["м", "m"], ("meter", "meters"), noun("метр", MascHard, "")),
    u(&["мл", "ml", "mL"], ("milliliter", "milliliters"), noun("миллилитр", MascHard, "")),
    u(&["л", "l", "L"], ("liter", "liters"), noun("литр", MascHard, "")),
    u(&["lb", "lbs"], ("pound", "pounds"), noun("фунт", MascHard, "")),
    u(&["oz"], ("ounce", "ounces"), uf_noun_unciya()),
    uf(&["fl oz", "fl. oz."], ("fluid ounce", "fluid ounces"), adj_noun("жидк", "унц", FemIya)),
    u(&["µg", "μg", "mcg"], ("microgram", "micrograms"), noun("микрограмм", MascHardBothGenPl, "")),
    u(&["mSv", "мЗв"], ("millisievert", "millisieverts"), noun("миллизиверт", MascHard, "")),
    u(
        &["µSv", "μSv", "мкЗв"],
        ("microsievert", "microsieverts"),
        noun("микрозиверт", MascHard, ""),
    ),
    u(&["Sv", "Зв"], ("sievert", "sieverts"), noun("зиверт", MascHard, "")),
    u(&["Nm", "N·m", "Н·м"], ("newton meter", "newton meters"), noun("ньютон-метр", MascHard, "")),
    u(&["lm"], ("lumen", "lumens"), noun("люмен", MascHardZeroGenPl, "")),
    u(&["Вт·ч", "Wh"], ("watt hour", "watt hours"), noun("ватт-час", MascHard, "")),
    u(&["дл", "dl", "dL"], ("deciliter", "deciliters"), noun("децилитр", MascHard, "")),
    u(&["сл", "cl", "cL"], ("centiliter", "centiliters"), noun("сантилитр", MascHard, "")),
    u(&["мбар", "mb", "mbar"], ("millibar", "millibars"), noun("миллибар", MascHardZeroGenPl, "")),
    u(&["ПБ", "PB"], ("petabyte", "petabytes"), noun("петабайт", MascHard, "")),
    u(&["Ω"], ("ohm", "ohms"), noun("ом", MascHardZeroGenPl, "")),
    u(
        &["мг/дл", "mg/dL", "mg/dl"],
        ("milligram per deciliter", "milligrams per deciliter"),
        noun("миллиграмм", MascHardBothGenPl, "на децилитр"),
    ),
    u(&["bp", "bps"], ("basis point", "basis points"), adj_noun("базисн", "пункт", MascHard)),
    // "pp" is also pages ("300 pp."): `measure`'s POINTS reads it where it is points.
    u(
        &["п. п."],
        ("percentage point", "percentage points"),
        adj_noun("процентн", "пункт", MascHard),
    ),
    u(&["ft"], ("foot", "feet"), noun("фут", MascHard, "")),
    u(&["mi"], ("mile", "miles"), noun("мил", FemYa, "")),
    u(&["gal"], ("gallon", "gallons"), noun("галлон", MascHard, "")),
    uf(&["qt"], ("quart", "quarts"), noun("кварт", FemA, "")),
    u(
        &["sq ft", "sq. ft.", "sq. ft", "ft²", "ft2"],
        ("square foot", "square feet"),
        adj_noun("квадратн", "фут", MascHard),
    ),
    uf(
        &["sq mi", "sq. mi.", "sq. mi", "mi²", "mi2"],
        ("square mile", "square miles"),
        adj_noun("квадратн", "мил", FemYa),
    ),
    u(
        &["cu ft", "cu. ft.", "cu. ft", "ft³", "ft3", "cf"],
        ("cubic foot", "cubic feet"),
        adj_noun("кубическ", "фут", MascHard),
    ),
    u(
        &["cu yd", "cu. yd.", "yd³"],
        ("cubic yard", "cubic yards"),
        adj_noun("кубическ", "ярд", MascHard),
    ),
    u(&["yd", "yds"], ("yard", "yards"), noun("ярд", MascHard, "")),
    // A gem's weight, and gold's fineness in British writing ("a 2ct sapphire", "18ct gold").
    u(&["ct"], ("carat", "carats"), noun("карат", MascHard, "")),
    u(&["°C", "℃"], ("degree Celsius", "degrees Celsius"), noun("градус", MascHard, "Цельсия")),
    u(
        &["°F", "℉"],
        ("degree Fahrenheit", "degrees Fahrenheit"),
        noun("градус", MascHard, "Фаренгейта"),
    ),
    u(&["°"], ("degree", "degrees"), noun("градус", MascHard, "")),
    u(&["%"], ("percent", "percent"), noun("процент", MascHard, "")),
    u(&["ч", "h", "hr", "hrs"], ("hour", "hours"), noun("час", MascHard, "")),
    uf(&["wk", "wks"], ("week", "weeks"), noun("недел", FemYa, "")),
    u(&["yr", "yrs"], ("year", "years"), noun("", God, "")),
    uf(&["мин", "min", "mins"], ("minute", "minutes"), noun("минут", FemA, "")),
    uf(&["сек", "с", "sec", "secs"], ("second", "seconds"), noun("секунд", FemA, "")),
    uf(&["мс", "ms"], ("millisecond", "milliseconds"), noun("миллисекунд", FemA, "")),
    uf(&["мкс", "µs", "μs"], ("microsecond", "microseconds"), noun("микросекунд", FemA, "")),
    uf(&["нс", "ns"], ("nanosecond", "nanoseconds"), noun("наносекунд", FemA, "")),
    u(&["ТБ", "TB"], ("terabyte", "terabytes"), noun("терабайт", MascHard, "")),
    u(&["ГБ", "Гб", "GB"], ("gigabyte", "gigabytes"), noun("гигабайт", MascHard, "")),
    u(&["МБ", "Мб", "MB"], ("megabyte", "megabytes"), noun("мегабайт", MascHard, "")),
    u(&["КБ", "Кб", "KB"], ("kilobyte", "kilobytes"), noun("килобайт", MascHard, "")),
    u(&["ГГц", "GHz"], ("gigahertz", "gigahertz"), noun("гигагерц", MascHardZeroGenPl, "")),
    u(&["МГц", "MHz"], ("megahertz", "megahertz"), noun("мегагерц", MascHardZeroGenPl, "")),
    u(&["кГц", "kHz"], ("kilohertz", "kilohertz"), noun("килогерц", MascHardZeroGenPl, "")),
    u(&["Гц", "Hz"], ("hertz", "hertz"), noun("герц", MascHardZeroGenPl, "")),
    u(&["МПа", "MPa"], ("megapascal", "megapascals"), noun("мегапаскал", MascSoft, "")),
    u(&["кВт", "kW"], ("kilowatt", "kilowatts"), noun("киловатт", MascHardZeroGenPl, "")),
    u(&["Вт", "W"], ("watt", "watts"), noun("ватт", MascHardZeroGenPl, "")),
    u(&["мА", "mA"], ("milliampere", "milliamperes"), noun("миллиампер", MascHardZeroGenPl, "")),
    u(&["В", "V"], ("volt", "volts"), noun("вольт", MascHardZeroGenPl, "")),
    u(&["чел."], ("person", "people"), noun("человек", MascHardZeroGenPl, "")),
    u(&["дн."], ("day", "days"), noun("д", MascEnFleeting, "")),
    u(&["‰"], ("per mille", "per mille"), noun("промилле", IndeclNeut, "")),
    u(&["га", "ha"], ("hectare", "hectares"), noun("гектар", MascHard, "")),
];

const fn uf_noun_tonna() -> RuNoun {
    noun("тонн", FemA, "")
}
const fn uf_noun_unciya() -> RuNoun {
    noun("унц", FemIya, "")
}

/// SI prefixes (GOST 8.417): Russian symbol, Russian and English names.
const PREFIXES: &[(&str, &str, &str)] = &[
    ("П", "пета", "peta"),
    ("Т", "тера", "tera"),
    ("Г", "гига", "giga"),
    ("М", "мега", "mega"),
    ("к", "кило", "kilo"),
    ("г", "гекто", "hecto"),
    ("д", "деци", "deci"),
    ("с", "санти", "centi"),
    ("м", "милли", "milli"),
    ("мк", "микро", "micro"),
    ("н", "нано", "nano"),
    ("п", "пико", "pico"),
];

/// `word` without the Russian name of an SI prefix it opens with ("гигабайт" -> "байт"), or
/// `word` itself.
pub(crate) fn without_si_prefix(word: &str) -> &str {
    PREFIXES.iter().find_map(|(_, name, _)| word.strip_prefix(name)).unwrap_or(word)
}

/// A unit that is written with SI prefixes: its Russian symbol, the prefixes it takes in use
/// (the multiples GOST 8.417 and technical Russian use; combinations that spell something
/// else after a number are left out: гг годы, кл класс, Тл тесла), its readings, and whether
/// the bare symbol is read too ("" among its prefixes, or an entry of [`UNITS`]; А and Н alone
/// are letters first).
struct Prefixable {
    sym: &'static str,
    prefixes: &'static [&'static str],
    en: (&'static str, &'static str),
    ru: RuNoun,
}

const PREFIXABLE: &[Prefixable] = &[
    Prefixable {
        sym: "м",
        prefixes: &["к", "д", "с", "м", "мк", "н", "п"],
        en: ("meter", "meters"),
        ru: noun("метр", MascHard, ""),
    },
    Prefixable {
        sym: "г",
        prefixes: &["к", "м", "мк", "н"],
        en: ("gram", "grams"),
        ru: noun("грамм", MascHardBothGenPl, ""),
    },
    Prefixable {
        sym: "л",
        prefixes: &["д", "с", "м", "мк", "г"],
        en: ("liter", "liters"),
        ru: noun("литр", MascHard, ""),
    },
    Prefixable { sym: "т", prefixes: &["к", "М"], en: ("ton", "tons"), ru: uf_noun_tonna() },
    Prefixable {
        sym: "с",
        prefixes: &["м", "мк", "н", "п"],
        en: ("second", "seconds"),
        ru: noun("секунд", FemA, ""),
    },
    Prefixable {
        sym: "Вт",
        prefixes: &["мк", "м", "к", "М", "Г", "Т"],
        en: ("watt", "watts"),
        ru: noun("ватт", MascHardZeroGenPl, ""),
    },
    Prefixable {
        sym: "В",
        prefixes: &["мк", "м", "к", "М"],
        en: ("volt", "volts"),
        ru: noun("вольт", MascHardZeroGenPl, ""),
    },
    Prefixable {
        // "" is the bare "А" (Cyrillic only: a Latin "A" after a number is a grade or a house
        // letter in English text).
        sym: "А",
        prefixes: &["", "н", "мк", "м", "к"],
        en: ("ampere", "amperes"),
        ru: noun("ампер", MascHardZeroGenPl, ""),
    },
    Prefixable {
        sym: "Ом",
        prefixes: &["к", "М", "Г"],
        en: ("ohm", "ohms"),
        ru: noun("ом", MascHardZeroGenPl, ""),
    },
    Prefixable {
        sym: "Дж",
        prefixes: &["м", "к", "М", "Г", "Т"],
        en: ("joule", "joules"),
        ru: noun("джоул", MascSoft, ""),
    },
    Prefixable {
        sym: "Па",
        prefixes: &["м", "г", "к", "М", "Г"],
        en: ("pascal", "pascals"),
        ru: noun("паскал", MascSoft, ""),
    },
    Prefixable {
        sym: "Н",
        prefixes: &["м", "к", "М"],
        en: ("newton", "newtons"),
        ru: noun("ньютон", MascHard, ""),
    },
    Prefixable {
        sym: "Гц",
        prefixes: &["к", "М", "Г", "Т"],
        en: ("hertz", "hertz"),
        ru: noun("герц", MascHardZeroGenPl, ""),
    },
    Prefixable {
        sym: "эВ",
        prefixes: &["", "к", "М", "Г", "Т"],
        en: ("electronvolt", "electronvolts"),
        ru: noun("электронвольт", MascHardZeroGenPl, ""),
    },
    Prefixable {
        sym: "Зв",
        prefixes: &["", "м", "мк"],
        en: ("sievert", "sieverts"),
        ru: noun("зиверт", MascHard, ""),
    },
];

/// Every unit: the table's, then the SI-prefixed ones it does not list (composed once: the
/// symbol, the noun and the English name take the prefix; the class and gender are the
/// base unit's). Matched by the first entry with the symbol.
pub(crate) fn units() -> &'static [Unit] {
    static ALL: std::sync::LazyLock<Vec<Unit>> = std::sync::LazyLock::new(|| {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let mut all: Vec<Unit> = UNITS.to_vec();
        for base in PREFIXABLE {
            for &p in base.prefixes {
                // "" is the bare unit.
                let (ru_name, en_name) = match PREFIXES.iter().find(|(s, _, _)| *s == p) {
                    Some(&(_, ru, en)) => (ru, en),
                    None => ("", ""),
                };
                let sym = leak(format!("{p}{}", base.sym));
                if UNITS.iter().any(|u| u.syms.contains(&sym)) {
                    continue;
                }
                let syms: &'static [&'static str] = Box::leak(Box::new([sym]));
                let en = (
                    leak(format!("{en_name}{}", base.en.0)),
                    leak(format!("{en_name}{}", base.en.1)),
                );
                let ru = RuNoun { stem: leak(format!("{ru_name}{}", base.ru.stem)), ..base.ru };
                all.push(Unit { syms, en, ru, ru_fem: ru.feminine() });
            }
        }
        all
    });
    &ALL
}

pub(crate) fn find_unit(sym: &str) -> Option<&'static Unit> {
    units().iter().find(|u| u.syms.contains(&sym))
}

/// The unit a word names, with or without its abbreviation's dot ("мин", "руб", "мес.").
pub(crate) fn unit_named(word: &str) -> Option<&'static Unit> {
    let bare = word.trim_end_matches('.');
    find_unit(word).or_else(|| find_unit(bare)).or_else(|| find_unit(&format!("{bare}.")))
}

/// A unit of time: after a slash it is read "в" + accusative ("км/с" километров в секунду),
/// any other unit "на" ("т/га" тонн на гектар).
pub(crate) fn ru_time(unit: &Unit) -> bool {
    ["час", "минут", "месяц", "недел"].contains(&unit.ru.stem) || unit.ru.stem.ends_with("секунд")
}

pub(crate) fn ru_fem(unit: &Unit) -> bool {
    unit.ru_fem || unit.ru.feminine()
}

pub(crate) struct Currency {
    pub syms: &'static [&'static str],
    pub en: (&'static str, &'static str),
    /// Minor unit (cents) singular and plural in English.
    pub en_minor: Option<(&'static str, &'static str)>,
    pub ru: RuNoun,
    pub ru_minor: Option<RuNoun>,
    pub ru_minor_fem: bool,
}

pub(crate) const CURRENCIES: &[Currency] = &[
    Currency {
        syms: &["US$"],
        en: ("us dollar", "us dollars"),
        en_minor: Some(("cent", "cents")),
        ru: noun("доллар", MascHard, "США"),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["A$", "AU$", "AUD"],
        en: ("australian dollar", "australian dollars"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("австралийск", "доллар", MascHard),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["NZ$", "NZD"],
        en: ("new zealand dollar", "new zealand dollars"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("новозеландск", "доллар", MascHard),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["C$", "CA$", "CAD"],
        en: ("canadian dollar", "canadian dollars"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("канадск", "доллар", MascHard),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["HK$", "HKD"],
        en: ("hong kong dollar", "hong kong dollars"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("гонконгск", "доллар", MascHard),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["$", "USD", "долл. США", "долл.", "долл"],
        en: ("dollar", "dollars"),
        en_minor: Some(("cent", "cents")),
        ru: noun("доллар", MascHard, ""),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["€", "EUR", "евро"],
        en: ("euro", "euros"),
        en_minor: Some(("cent", "cents")),
        ru: noun("евро", Indecl, ""),
        ru_minor: Some(noun("цент", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₽", "RUB", "руб.", "руб", "р."],
        en: ("ruble", "rubles"),
        en_minor: Some(("kopeck", "kopecks")),
        ru: noun("рубл", MascSoft, ""),
        ru_minor: Some(noun("", Kopeika, "")),
        ru_minor_fem: true,
    },
    Currency {
        syms: &["£", "GBP"],
        en: ("pound", "pounds"),
        en_minor: Some(("penny", "pence")),
        ru: noun("фунт", MascHard, "стерлингов"),
        ru_minor: Some(noun("пенс", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["¥", "JPY"],
        en: ("yen", "yen"),
        en_minor: None,
        ru: noun("иен", FemA, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₹", "INR"],
        en: ("rupee", "rupees"),
        en_minor: Some(("paisa", "paise")),
        ru: noun("руп", FemIya, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["S$", "SGD"],
        en: ("singapore dollar", "singapore dollars"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("сингапурск", "доллар", MascHard),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["NT$", "TWD"],
        en: ("new taiwan dollar", "new taiwan dollars"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("тайваньск", "доллар", MascHard),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["R$", "BRL"],
        en: ("real", "reais"),
        en_minor: Some(("centavo", "centavos")),
        ru: noun("реал", MascHard, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₺", "TRY"],
        en: ("lira", "lira"),
        en_minor: Some(("kurus", "kurus")),
        ru: noun("лир", FemA, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₪", "ILS"],
        en: ("shekel", "shekels"),
        en_minor: Some(("agora", "agorot")),
        ru: noun("шекел", MascSoft, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["AED"],
        en: ("dirham", "dirhams"),
        en_minor: Some(("fils", "fils")),
        ru: noun("дирхам", MascHard, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["CNY", "RMB"],
        en: ("yuan", "yuan"),
        en_minor: Some(("fen", "fen")),
        ru: noun("юан", MascSoft, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["NOK"],
        en: ("norwegian krone", "norwegian kroner"),
        en_minor: Some(("ore", "ore")),
        ru: adj_noun("норвежск", "крон", FemA),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["SEK"],
        en: ("swedish krona", "swedish kronor"),
        en_minor: Some(("ore", "ore")),
        ru: adj_noun("шведск", "крон", FemA),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["DKK"],
        en: ("danish krone", "danish kroner"),
        en_minor: Some(("ore", "ore")),
        ru: adj_noun("датск", "крон", FemA),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["RM", "MYR"],
        en: ("ringgit", "ringgit"),
        en_minor: Some(("sen", "sen")),
        ru: noun("ринггит", MascHard, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["KSh", "KES"],
        en: ("kenyan shilling", "kenyan shillings"),
        en_minor: Some(("cent", "cents")),
        ru: adj_noun("кенийск", "шиллинг", MascHard),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["฿", "THB"],
        en: ("baht", "baht"),
        en_minor: Some(("satang", "satang")),
        ru: noun("бат", MascHard, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₫", "VND"],
        en: ("dong", "dong"),
        en_minor: None,
        ru: noun("донг", MascHard, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["zł", "PLN"],
        en: ("zloty", "zlotys"),
        en_minor: Some(("grosz", "groszy")),
        ru: noun("злотых", Indecl, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["CHF"],
        en: ("swiss franc", "swiss francs"),
        en_minor: Some(("centime", "centimes")),
        ru: adj_noun("швейцарск", "франк", MascHard),
        ru_minor: Some(noun("сантим", MascHard, "")),
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₦", "NGN"],
        en: ("naira", "naira"),
        en_minor: Some(("kobo", "kobo")),
        ru: noun("найр", FemA, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₱"],
        en: ("peso", "pesos"),
        en_minor: Some(("centavo", "centavos")),
        ru: noun("песо", Indecl, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["¢"],
        en: ("cent", "cents"),
        en_minor: None,
        ru: noun("цент", MascHard, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₩"],
        en: ("won", "won"),
        en_minor: None,
        ru: noun("вон", FemA, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
    Currency {
        syms: &["₴", "грн.", "грн"],
        en: ("hryvnia", "hryvnias"),
        en_minor: None,
        ru: noun("гривн", FemAFleetingE, ""),
        ru_minor: None,
        ru_minor_fem: false,
    },
];

/// Scale words after a number: English word, Russian noun, and the written forms.
pub(crate) struct Scale {
    pub syms: &'static [&'static str],
    pub en: &'static str,
    pub ru: RuNoun,
    pub ru_fem: bool,
}

pub(crate) const SCALES: &[Scale] = &[
    Scale {
        syms: &["тыс.", "тыс", "k", "K", "thousand"],
        en: "thousand",
        ru: noun("тысяч", FemA, ""),
        ru_fem: true,
    },
    Scale {
        syms: &["млн.", "млн", "m", "M", "million", "mln"],
        en: "million",
        ru: noun("миллион", MascHard, ""),
        ru_fem: false,
    },
    Scale {
        syms: &["млрд.", "млрд", "b", "B", "bn", "billion"],
        en: "billion",
        ru: noun("миллиард", MascHard, ""),
        ru_fem: false,
    },
    Scale {
        syms: &["трлн.", "трлн", "trillion"],
        en: "trillion",
        ru: noun("триллион", MascHard, ""),
        ru_fem: false,
    },
];
