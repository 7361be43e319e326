//! Clock times: "3:30 PM", "01:00 a.m", "23:00", "14:10:30", "13:05", "3.01 A.M.".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace, spaced};
use crate::cx::{Cx, Lang, RuContext};
use crate::num::en;
use crate::num::ru::{self, Gender};
use crate::tables::ru_noun::{Class, noun};

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?(?:\s?([aApP])(\.?)\s?[mM]\b(\.?))?(?:\s?(e\.s\.t|est|EST|pst|PST|utc|UTC|gmt|GMT)\b(\.?))?",
    )
});

/// Two clock times joined by a dash: a range ("9:00-10:00" reads "nine o'clock to ten o'clock",
/// "с девяти часов до десяти часов").
static TIME_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,2}:\d{2})\s?[-–—]\s?(\d{1,2}:\d{2})\b"));
/// Times with a.m./p.m. joined by a dash: "7am-6pm", "9:30am-1:30pm", "8 AM - 4 PM",
/// "noon–8 p.m.".
static AMPM_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,2}(?::\d{2})?\s?(?:[aApP]\.?[mM]\.?)?|[nN]oon|[mM]idnight)\s?[-–—]\s?(\d{1,2}(?::\d{2})?\s?[aApP]\.?[mM]\b\.?)",
    )
});

fn en_unit(n: u32, sg: &str) -> String {
    format!("{} {sg}{}", en::cardinal(u64::from(n)), if n == 1 { "" } else { "s" })
}

/// A twenty-four-hour time said with "hours" ("2342 hrs", "17:46 hrs", "0800 hours"): the
/// hour and the minutes as two numbers, "hundred" for none, "oh" before a morning hour.
static MILITARY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([01]\d|2[0-3]):?([0-5]\d) ?(?:hrs|hours)\b"));

fn military(hour: &str, minutes: &str) -> String {
    let h = match hour.strip_prefix('0') {
        Some("0") => "zero zero".to_string(),
        Some(d) => format!("oh {}", en::cardinal_str(d, false)),
        None => en::cardinal_str(hour, false),
    };
    let m = match minutes {
        "00" => "hundred".to_string(),
        m if m.starts_with('0') => format!("oh {}", en::cardinal_str(&m[1..], false)),
        m => en::cardinal_str(m, false),
    };
    format!("{h} {m} hours")
}

/// A countdown's mark ("T-10 minutes", "T+30 seconds"): "T minus" or "T plus" and the count.
static COUNTDOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bT ?([-−+]) ?(\d{1,3}) ?(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?)\b")
});

/// A length of time in hours and minutes ("2h 15m", "1h05m"): the "m" after hours is
/// minutes, not metres.
static HOURS_MINUTES: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,3}) ?h(?:rs?)? ?(\d{1,2}) ?m(?:ins?)?\b"));

/// A departure or a race named by its time after "the" ("the 7.45 bus", "the 11.40 ferry",
/// "the favourite for the 2.40"): the clock's words, where a word of transport or racing
/// follows, or "for", "won" or "after" comes before "the".
static NAMED_BY_TIME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([Tt]he) ([1-9]|1[0-2])\.([0-5]\d)\b(?:( [a-z]+)|([.,;!?]|$))"));
const DEPARTURES: &[&str] = &[
    "bus",
    "train",
    "ferry",
    "coach",
    "flight",
    "service",
    "tram",
    "boat",
    "sailing",
    "departure",
    "race",
    "handicap",
    "chase",
    "hurdle",
    "stakes",
    "showing",
    "screening",
    "performance",
];

/// The English lengths of time and countdown marks ("2h 5m", "T-10 minutes").
fn apply_english_lengths(s: &str, cx: &Cx) -> String {
    let s = replace(s, &HOURS_MINUTES, |c, text, start, end| {
        if cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        Some(format!(
            "{} {}",
            en::counted(&c[1], "hour", "hours"),
            en::counted(&c[2], "minute", "minutes")
        ))
    });
    let s = replace(&s, &COUNTDOWN, |c, text, start, end| {
        let sign = if &c[1] == "+" { "plus" } else { "minus" };
        (cx.lang_at(text, start, end) == Lang::En).then(|| format!("T {sign} {} {}", &c[2], &c[3]))
    });
    replace(&s, &NAMED_BY_TIME, |c, text, start, end| {
        let noun = c.get(4).is_some_and(|w| DEPARTURES.contains(&w.as_str().trim()));
        let before = crate::cx::adjacent_word_before(text, start);
        let race = before.is_some_and(|w| matches!(w.as_str(), "for" | "won" | "after"));
        if !(noun || race) || cx.lang_at(text, start, end) != Lang::En {
            return None;
        }
        let minutes = match c[3].parse::<u64>().ok()? {
            0 => String::new(),
            m if m < 10 => format!(" oh {}", en::cardinal(m)),
            m => format!(" {}", en::cardinal(m)),
        };
        let hour = en::cardinal(c[2].parse().ok()?);
        let rest = c.get(4).or(c.get(5)).map_or("", |m| m.as_str());
        Some(format!("{} {hour}{minutes}{rest}", &c[1]))
    })
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    let s = if super::has_latin(s) { apply_english_lengths(s, cx) } else { s.to_string() };
    let s = replace(&s, &MILITARY, |c, text, start, end| {
        // A point in time: with a colon or a leading zero, or after a preposition of time;
        // "took 1200 hours" is a length.
        let colon = c[0].contains(':') || c[1].starts_with('0');
        let at = crate::cx::adjacent_word_before(text, start).is_some_and(|w| {
            matches!(
                w.as_str(),
                "at" | "before" | "after" | "by" | "until" | "till" | "from" | "to" | "since"
            )
        });
        ((colon || at) && cx.lang_at(text, start, end) == Lang::En).then(|| military(&c[1], &c[2]))
    });
    let s = replace(&s, &AMPM_RANGE, |c, text, start, end| {
        (cx.lang_at(text, start, end) == Lang::En)
            .then(|| format!("{} to {}", c[1].trim_end(), &c[2]))
    });
    // Russian says a range of hours with "с ... до" ("9:00–18:00": с девяти часов до
    // восемнадцати часов), which the time rule then reads in those prepositions' case.
    let s = replace(&s, &TIME_RANGE, |c, text, start, end| {
        Some(match cx.lang_at(text, start, end) {
            Lang::En => format!("{} to {}", &c[1], &c[2]),
            Lang::Ru => {
                let from = crate::cx::adjacent_word_before(text, start)
                    .is_some_and(|w| matches!(w.as_str(), "с" | "со"));
                format!("{}{} до {}", if from { "" } else { "с " }, &c[1], &c[2])
            }
        })
    });
    replace(&s, &TIME, |c, text, start, end| {
        let h: u32 = c[1].parse().ok()?;
        // A bare hour is a time only with a.m./p.m. ("7 a.m.", "9PM"), and so is one whose
        // minutes follow a dot ("3.01 A.M."; "3.01" alone is a decimal).
        let dotted = c.get(2).is_some_and(|m| text[..m.start()].ends_with('.'));
        if (c.get(2).is_none() || dotted) && c.get(4).is_none() {
            return None;
        }
        let m: u32 = c.get(2).map_or(Some(0), |x| x.as_str().parse().ok())?;
        let sec: Option<u32> = c.get(3).and_then(|x| x.as_str().parse().ok());
        if h > 24 || m > 59 || sec.is_some_and(|x| x > 59) || (c.get(2).is_none() && h > 12) {
            return None;
        }
        let ampm = c.get(4).map(|x| format!("{}M", x.as_str().to_uppercase()));
        let zone = c.get(7).map(|z| z.as_str().replace('.', "").to_uppercase());
        // A period after "pm" or "PST" ends the sentence and stays; after "p.m" or "e.s.t" it
        // closes the abbreviation.
        let match_end = end;
        let mut end = end;
        let (dot_after_ampm, dot_after_zone) = (c.get(6), c.get(8));
        for (dot, dotted) in [
            (dot_after_zone, c.get(7).is_some_and(|z| z.as_str().contains('.'))),
            (dot_after_ampm, !c.get(5).is_some_and(|x| x.as_str().is_empty())),
        ] {
            if let Some(d) = dot.filter(|d| !dotted && d.end() == end && !d.is_empty()) {
                end = d.start();
            }
        }
        let words = match cx.lang_at(text, start, end) {
            Lang::En => {
                let mut w = if let Some(sec) = sec {
                    format!(
                        "{} {} and {}",
                        en_unit(h, "hour"),
                        en_unit(m, "minute"),
                        en_unit(sec, "second")
                    )
                } else if m == 0 && ampm.is_none() {
                    format!("{} o'clock", en::cardinal(u64::from(h)))
                } else if m == 0 {
                    en::cardinal(u64::from(h))
                } else if m < 10 {
                    // NeMo's reading of clock minutes 1-9: "two o two" (years say "oh").
                    format!("{} o {}", en::cardinal(u64::from(h)), en::cardinal(u64::from(m)))
                } else {
                    format!("{} {}", en::cardinal(u64::from(h)), en::cardinal(u64::from(m)))
                };
                for extra in [ampm, zone].into_iter().flatten() {
                    w.push(' ');
                    w.push_str(&extra);
                }
                w
            }
            Lang::Ru => {
                let case = RuContext::at(text, start, end).cardinal_case();
                let part = |n: u32, nn: crate::tables::ru_noun::RuNoun, g: Gender| {
                    let d = n.to_string();
                    format!("{} {}", ru::cardinal(&d, case, g), nn.form(ru::noun_form(n, case)))
                };
                let mut w = part(h, noun("час", Class::MascHard, ""), Gender::Masc);
                if m > 0 || sec.is_some() {
                    w.push(' ');
                    w.push_str(&part(m, noun("минут", Class::FemA, ""), Gender::Fem));
                }
                if let Some(sec) = sec {
                    w.push(' ');
                    w.push_str(&part(sec, noun("секунд", Class::FemA, ""), Gender::Fem));
                }
                w
            }
        };
        Some(spaced(text, start, end, &words) + &text[end..match_end])
    })
}

#[cfg(test)]
mod tests {
    use super::super::norm;
    use crate::Lang;

    #[test]
    fn hours_and_minutes_of_a_length_of_time() {
        assert_eq!(norm("It runs 1h 45m.", Lang::En), "It runs one hour forty five minutes.");
        assert_eq!(norm("It is 5m wide.", Lang::En), "It is five meters wide.");
    }

    #[test]
    fn a_departure_named_by_its_time() {
        assert_eq!(norm("Take the 8.05 coach.", Lang::En), "Take the eight oh five coach.");
        assert_eq!(norm("Tips for the 4.20 today.", Lang::En), "Tips for the four twenty today.");
        assert_eq!(norm("In the 2.50 band.", Lang::En), "In the two point five zero band.");
    }

    #[test]
    fn a_countdown_mark() {
        assert_eq!(norm("Hold at T-9 minutes.", Lang::En), "Hold at T minus nine minutes.");
        assert_eq!(norm("Fired at T+2 s.", Lang::En), "Fired at T plus two s.");
        assert_eq!(norm("The T-72 tank.", Lang::En), "The T-seventy two tank.");
    }

    #[test]
    fn english_clock_forms() {
        assert_eq!(norm("at 5:45pm.", Lang::En), "at five forty five PM.");
        assert_eq!(norm("after 11:00 PM, then", Lang::En), "after eleven PM, then");
        assert_eq!(norm("7 a.m.", Lang::En), "seven AM");
        assert_eq!(norm("by 9PM PST.", Lang::En), "by nine PM PST.");
        assert_eq!(norm("1:59 p.m. e.s.t", Lang::En), "one fifty nine PM EST");
        assert_eq!(norm("2:02", Lang::En), "two o two");
        assert_eq!(norm("9:00-10:30", Lang::En), "nine o'clock to ten thirty");
        assert_eq!(norm("Open 9:30am-1:30pm.", Lang::En), "Open nine thirty AM to one thirty PM.");
        // A bare number with no a.m./p.m. is not a time.
        assert_eq!(norm("7 apples", Lang::En), "seven apples");
    }

    #[test]
    fn a_dot_between_hours_and_minutes_before_am_or_pm() {
        assert_eq!(norm("died at 3.01 A.M. in bed", Lang::En), "died at three o one AM in bed");
        assert_eq!(norm("alarm of 9.00 a.m. today", Lang::En), "alarm of nine AM today");
        assert_eq!(
            norm("it costs 3.50 a piece", Lang::En),
            "it costs three point five zero a piece"
        );
    }

    #[test]
    fn noon_to_an_hour() {
        assert_eq!(
            norm("open noon–8 p.m. on Saturdays", Lang::En),
            "open noon to eight PM on Saturdays"
        );
        assert_eq!(norm("open noon-4:30 PM daily", Lang::En), "open noon to four thirty PM daily");
    }

    /// A twenty-four-hour time with "hrs" or "hours" where it is a point in time (round 104).
    #[test]
    fn twenty_four_hour_times_with_hours() {
        assert_eq!(norm("before 2342 hrs", Lang::En), "before twenty three forty two hours");
        assert_eq!(norm("open at 17:46 hrs", Lang::En), "open at seventeen forty six hours");
        assert_eq!(norm("Report at 0800 hours", Lang::En), "Report at oh eight hundred hours");
    }
}
