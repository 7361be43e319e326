//! Clock times: "3:30 PM", "01:00 a.m", "23:00", "14:10:30", "13:05".

use std::sync::LazyLock;

use regex::Regex;

use super::{re, replace, spaced};
use crate::cx::{Cx, Lang, RuContext};
use crate::num::en;
use crate::num::ru::{self, Gender};
use crate::tables::ru_noun::{Class, noun};

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([ap])\.?\s?m\b\.?)?(?:\s?(e\.s\.t|est|EST|pst|PST|utc|UTC|gmt|GMT)\b\.?)?",
    )
});

fn en_unit(n: u32, sg: &str) -> String {
    format!("{} {sg}{}", en::cardinal(u64::from(n)), if n == 1 { "" } else { "s" })
}

pub(crate) fn apply(s: &str, cx: &Cx) -> String {
    replace(s, &TIME, |c, text, start, end| {
        let h: u32 = c[1].parse().ok()?;
        let m: u32 = c[2].parse().ok()?;
        let sec: Option<u32> = c.get(3).and_then(|x| x.as_str().parse().ok());
        if h > 24 || m > 59 || sec.is_some_and(|x| x > 59) {
            return None;
        }
        let ampm = c.get(4).map(|x| format!("{}M", x.as_str().to_uppercase()));
        let zone = c.get(5).map(|z| z.as_str().replace('.', "").to_uppercase());
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
                    format!("{} oh {}", en::cardinal(u64::from(h)), en::cardinal(u64::from(m)))
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
        Some(spaced(text, start, end, &words))
    })
}
