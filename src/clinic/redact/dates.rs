//! Dates as people write them, read and written back in the same style.
//!
//! Numeric dates (`2026-03-14`, `2026/03/14`, `14/03/2026`, `3/14/26`,
//! `14.03.2026`, `14-03-2026`), dates with a month name in English, Spanish,
//! French or Portuguese (`March 14th, 2026`, `Mar. 14 2026`, `21st of
//! February 2013`, `28 de noviembre de 2019`, `1er mars 2026`, `14 de março
//! de 2026`, `14-Mar-2026`), and a day and a month without a year (`9 May`,
//! `May 9th`), and with a year, in Romanian and Swahili too (`7 octombrie
//! 2012`, `3 Septemba 2021`), and the Lithuanian year first (`2017 m.
//! birželio 23 d.`). When both numbers of a numeric date could be
//! the month, the order is the one other dates of the same text use, else
//! the one of the beneficiary's country ([`day_first_in`]).

use super::words::{MALAY_MONTHS, fold};
use jiff::civil::Date;

/// What reading a date needs beyond the text.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    /// Read `09/05/2017` as 9 May (most of the world) rather than September 5.
    pub day_first: bool,
    /// The year of a date written without one ("9 May").
    pub year: i16,
}

/// Countries that write the month first in numeric dates.
const MONTH_FIRST: [&str; 6] = [
    "united states",
    "usa",
    "us",
    "philippines",
    "micronesia",
    "marshall islands",
];

/// Whether people in this country write the day first: everyone but the
/// United States and a few others.
pub fn day_first_in(country: &str) -> bool {
    let c = fold(country);
    let c = c
        .trim()
        .trim_start_matches("the ")
        .trim_end_matches(" of america");
    !MONTH_FIRST.contains(&c)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    Es,
    Fr,
    Pt,
    Tl,
    /// Malay.
    Ms,
    /// Kazakh in its Latin letters and in Cyrillic.
    Kk,
    KkCyrl,
    /// Serbian in Latin letters and in Cyrillic, each as a month is named
    /// ("mart") and as a date writes it ("7. marta"); Russian as a date
    /// writes it ("7 марта"); Uzbek in Latin letters.
    Sr,
    SrGen,
    SrCyrl,
    SrCyrlGen,
    RuGen,
    Uz,
    /// Guaraní: "jasyrundy" (the fourth month).
    Gn,
    /// Romanian: "23 martie 2015".
    Ro,
    /// Swahili: "14 Agosti 2019".
    Sw,
    /// Lithuanian, the month in the genitive a date writes it in, read in
    /// the order "2017 m. birželio 23 d." (year, month, day) only.
    LtGen,
}

/// Languages whose month names are read only in a date with its year: a
/// day and a month alone are too often something else there ("5 Mac").
const YEAR_ONLY: [Lang; 13] = [
    Lang::LtGen,
    Lang::Ro,
    Lang::Sw,
    Lang::Ms,
    Lang::Kk,
    Lang::KkCyrl,
    Lang::Sr,
    Lang::SrGen,
    Lang::SrCyrl,
    Lang::SrCyrlGen,
    Lang::RuGen,
    Lang::Uz,
    Lang::Gn,
];

/// Swahili months that other languages this module does not write name the
/// same way ("Juni" in Indonesian, German, Dutch, Swedish): a date read
/// with one would be written back in Swahili whatever its language, so it
/// is left to the other rules. The Swahili "Januari", "Februari", "Mei"
/// and "Julai" are read as the Malay months above them, and written back
/// in Malay.
const SHARED_SWAHILI_MONTHS: [&str; 1] = ["juni"];

/// The languages of the rows of `NAMES`, in order.
const LANGS: [Lang; 18] = [
    Lang::En,
    Lang::Es,
    Lang::Fr,
    Lang::Pt,
    Lang::Tl,
    Lang::Ms,
    Lang::Kk,
    Lang::KkCyrl,
    Lang::Uz,
    Lang::Sr,
    Lang::SrGen,
    Lang::SrCyrl,
    Lang::SrCyrlGen,
    Lang::RuGen,
    Lang::Gn,
    Lang::Ro,
    Lang::Sw,
    Lang::LtGen,
];

/// Other spellings of the Kazakh months in Latin letters (without the
/// acute accents of the 2021 alphabet, "u" for its "ý"), by month.
const KAZAKH_SPELLINGS: [(&str, i8); 4] = [("nauryz", 3), ("sauir", 4), ("mausym", 6), ("qantar", 1)];

const NAMES: [[&str; 12]; 18] = [
    crate::text::MONTHS,
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    // Tagalog: "enero", "abril", "mayo" and "agosto" read as Spanish first,
    // and are written the same.
    [
        "enero",
        "pebrero",
        "marso",
        "abril",
        "mayo",
        "hunyo",
        "hulyo",
        "agosto",
        "setyembre",
        "oktubre",
        "nobyembre",
        "disyembre",
    ],
    MALAY_MONTHS,
    [
        "qańtar",
        "aqpan",
        "naýryz",
        "sáýir",
        "mamyr",
        "maýsym",
        "shilde",
        "tamyz",
        "qyrkúiek",
        "qazan",
        "qarasha",
        "jeltoqsan",
    ],
    [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
        "dekabr",
    ],
    [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    [
        "januara",
        "februara",
        "marta",
        "aprila",
        "maja",
        "juna",
        "jula",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ],
    [
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ],
    [
        "јануара",
        "фебруара",
        "марта",
        "априла",
        "маја",
        "јуна",
        "јула",
        "августа",
        "септембра",
        "октобра",
        "новембра",
        "децембра",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    // Guaraní: the month is "jasy" (moon) and its number ("peteĩ", one,
    // is "teĩ"; "po", five; "pa", ten).
    [
        "jasyteĩ",
        "jasykõi",
        "jasyapy",
        "jasyrundy",
        "jasypo",
        "jasypoteĩ",
        "jasypokõi",
        "jasypoapy",
        "jasyporundy",
        "jasypa",
        "jasypateĩ",
        "jasypakõi",
    ],
    [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    [
        "januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
        "novemba", "desemba",
    ],
    // Lithuanian in the genitive, as the Unicode CLDR writes the months in
    // a date (Python's Babel, `Locale("lt").months["format"]["wide"]`).
    [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MonthWord {
    lang: Lang,
    /// Letters kept from the full name (0: all of it), and a full stop after.
    short: usize,
    dot: bool,
    upper: bool,
}

/// How a date was written, to write another date the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Style {
    /// Year, month, day with this separator.
    Ymd(char),
    /// Day and month in either order, then the year in two or four digits.
    Numeric {
        sep: char,
        day_first: bool,
        pad_day: bool,
        pad_month: bool,
        short_year: bool,
        /// The month in Roman numerals: "14-II-1990".
        roman: bool,
    },
    /// The year, the month's name and the day, with the words between:
    /// "2017 m. birželio 23 d." (Lithuanian, "m." for year, "d." for day).
    YearFirst {
        month: MonthWordStyle,
        after_year: String,
        between: String,
        after_day: String,
    },
    /// A month name: the text before the day, between day and month, and
    /// after; `month_first` for "March 14, 2026".
    Named {
        month_first: bool,
        month: MonthWordStyle,
        ordinal: bool,
        /// What stands between the two first parts (" ", " de ", " of ", "-").
        between: String,
        /// What stands before the year ("" when there is none).
        before_year: String,
        short_year: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthWordStyle(MonthWord);

/// A date found at the start of a text: its length, the date, whether a
/// year was written, and the style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub len: usize,
    pub date: Date,
    pub has_year: bool,
    pub style: Style,
    /// Whether both numbers could have been the month.
    pub ambiguous: bool,
}

impl Style {
    pub fn format(&self, d: Date, has_year: bool) -> String {
        match self {
            Style::Ymd(sep) => format!("{:04}{sep}{:02}{sep}{:02}", d.year(), d.month(), d.day()),
            Style::Numeric {
                sep,
                day_first,
                pad_day,
                pad_month,
                short_year,
                roman,
            } => {
                let day = if *pad_day {
                    format!("{:02}", d.day())
                } else {
                    d.day().to_string()
                };
                let month = if *roman {
                    ROMAN_MONTHS[(d.month() - 1) as usize].to_owned()
                } else if *pad_month {
                    format!("{:02}", d.month())
                } else {
                    d.month().to_string()
                };
                let year = year_text(d.year(), *short_year);
                if *day_first {
                    format!("{day}{sep}{month}{sep}{year}")
                } else {
                    format!("{month}{sep}{day}{sep}{year}")
                }
            }
            Style::Named {
                month_first,
                month,
                ordinal,
                between,
                before_year,
                short_year,
            } => {
                let m = month_text(month.0, d.month());
                let day = day_text(d.day(), *ordinal, month.0.lang);
                let mut out = if *month_first {
                    format!("{m}{between}{day}")
                } else {
                    format!("{day}{between}{m}")
                };
                if has_year {
                    out.push_str(before_year);
                    out.push_str(&year_text(d.year(), *short_year));
                }
                out
            }
            Style::YearFirst {
                month,
                after_year,
                between,
                after_day,
            } => format!(
                "{:04}{after_year}{}{between}{}{after_day}",
                d.year(),
                month_text(month.0, d.month()),
                d.day()
            ),
        }
    }
}

fn year_text(year: i16, short: bool) -> String {
    if short {
        format!("{:02}", year.rem_euclid(100))
    } else {
        format!("{year:04}")
    }
}

fn day_text(day: i8, ordinal: bool, lang: Lang) -> String {
    if !ordinal {
        return day.to_string();
    }
    match lang {
        Lang::Fr | Lang::Es | Lang::Pt | Lang::Tl if day == 1 => match lang {
            Lang::Fr => "1er".to_owned(),
            Lang::Tl => "1".to_owned(),
            _ => "1º".to_owned(),
        },
        Lang::En => {
            let suffix = match (day % 10, day % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{day}{suffix}")
        }
        _ => day.to_string(),
    }
}

fn month_text(w: MonthWord, month: i8) -> String {
    let lang = LANGS.iter().position(|l| *l == w.lang).unwrap_or(0);
    let full = NAMES[lang][(month - 1) as usize];
    let mut name: String = if w.short > 0 {
        full.chars().take(w.short.max(3)).collect()
    } else {
        full.to_owned()
    };
    if w.upper {
        let mut chars = name.chars();
        if let Some(first) = chars.next() {
            name = first.to_uppercase().chain(chars).collect();
        }
    }
    if w.dot && name.chars().count() < full.chars().count() {
        name.push('.');
    }
    name
}

/// The months in Roman numerals, as numeric dates write them in Ecuador,
/// Serbia and elsewhere: "14-II-1990", "3.XI.2001".
const ROMAN_MONTHS: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// A month in Roman numerals at the start of `s` (capitals only): its
/// length and number.
fn roman_month(s: &str) -> Option<(usize, u32)> {
    let len = s.find(|c: char| !matches!(c, 'I' | 'V' | 'X')).unwrap_or(s.len());
    let m = ROMAN_MONTHS.iter().position(|r| *r == &s[..len])?;
    Some((len, m as u32 + 1))
}

fn digits(s: &str, min: usize, max: usize) -> Option<(usize, u32)> {
    let len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if len < min || len > max {
        return None;
    }
    s[..len].parse().ok().map(|n| (len, n))
}

/// The date of a year, a month and a day as read, if there is one.
pub(super) fn make(year: impl TryInto<i16>, month: impl TryInto<i8>, day: u32) -> Option<Date> {
    Date::new(
        year.try_into().ok()?,
        month.try_into().ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// A two-digit year: this century up to 2040, the last one after.
fn full_year(y: u32, len: usize) -> i32 {
    let y = y as i32;
    match len {
        2 if y <= 40 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    }
}

/// The Serbian months, in both letters and both forms.
const SERBIAN: [Lang; 4] = [Lang::Sr, Lang::SrGen, Lang::SrCyrl, Lang::SrCyrlGen];

/// The languages whose months are written in Cyrillic.
const CYRILLIC: [Lang; 4] = [Lang::KkCyrl, Lang::SrCyrl, Lang::SrCyrlGen, Lang::RuGen];

/// Whether a folded word is one `month_word` can take for a month in a
/// language of Latin letters: a month's name, folded, its first three or
/// four letters, or "sept". The other words, most of a text, are passed
/// over at one look-up.
fn may_be_month(folded: &str, folded_names: &'static [Vec<String>]) -> bool {
    static CANDIDATES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CANDIDATES
        .get_or_init(|| {
            let mut set = std::collections::HashSet::from(["sept"]);
            for name in folded_names.iter().flatten() {
                set.insert(name.as_str());
                for n in [3, 4] {
                    if let Some(prefix) = name.get(..n) {
                        set.insert(prefix);
                    }
                }
            }
            set
        })
        .contains(folded)
}

/// A month name at the start of `s`, and its length.
fn month_word(s: &str) -> Option<(i8, usize, MonthWord)> {
    let len = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    if len < 3 {
        return None;
    }
    let word = &s[..len];
    // Latin letters only, and the whole word: folding would read the
    // Bengali "সেপ্টেম্বর" (cut at its virama) as "sep".
    let latin = |c: char| {
        c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c)
    };
    // Cyrillic is read for the Kazakh, Serbian and Russian months alone.
    let cyrillic = word.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    if word.chars().count() > 12
        || !(cyrillic || word.chars().all(latin))
        || s[len..].starts_with(unicode_normalization::char::is_combining_mark)
    {
        return None;
    }
    let folded = fold(word);
    let upper = word.starts_with(char::is_uppercase);
    let langs = LANGS;
    let whole = |lang: Lang, m: i8| {
        Some((
            m,
            len,
            MonthWord {
                lang,
                short: 0,
                dot: false,
                upper,
            },
        ))
    };
    if cyrillic {
        let lower = word.to_lowercase();
        return LANGS
            .iter()
            .zip(NAMES.iter())
            .filter(|(lang, _)| CYRILLIC.contains(lang))
            .find_map(|(lang, names)| names.iter().position(|n| *n == lower).map(|m| (*lang, m)))
            .and_then(|(lang, m)| whole(lang, m as i8 + 1));
    }
    if let Some((_, m)) = KAZAKH_SPELLINGS.iter().find(|(k, _)| *k == folded) {
        return whole(Lang::Kk, *m);
    }
    static FOLDED: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    let folded_names = FOLDED.get_or_init(|| {
        NAMES
            .iter()
            .map(|names| names.iter().map(|n| fold(n)).collect())
            .collect()
    });
    if !may_be_month(&folded, folded_names) {
        return None;
    }
    for (l, names) in folded_names.iter().enumerate() {
        if CYRILLIC.contains(&langs[l]) {
            continue;
        }
        for (m, full_folded) in names.iter().enumerate() {
            let short = if folded == *full_folded {
                0
            } else if l >= 5 {
                continue;
            } else if l == 0 && (folded == full_folded[..3] || (m == 8 && folded == "sept")) {
                folded.len()
            } else if l == 1 && folded.len() == 3 && full_folded.starts_with(&folded) {
                3
            } else if l > 0
                && (3..=4).contains(&folded.len())
                && full_folded.starts_with(&folded)
                && s[len..].starts_with('.')
            {
                // "févr.", "janv.", "fev.", "out.", "set.": French and
                // Portuguese abbreviations, with their full stop.
                folded.len()
            } else {
                continue;
            };
            // "26 Juni 2018" may be Indonesian, German or Dutch as well as
            // Swahili: with no way to know which to write it back in, it is
            // no date here.
            if langs[l] == Lang::Sw && SHARED_SWAHILI_MONTHS.contains(&full_folded.as_str()) {
                return None;
            }
            let dot = short > 0 && s[len..].starts_with('.');
            return Some((
                m as i8 + 1,
                len + usize::from(dot),
                MonthWord {
                    lang: langs[l],
                    short,
                    dot,
                    upper,
                },
            ));
        }
    }
    None
}

/// A day number with an optional ordinal ending: "21", "21st", "1er", "1º".
fn day_number(s: &str) -> Option<(usize, u32, bool)> {
    let (len, day) = digits(s, 1, 2)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    for suffix in ["st", "nd", "rd", "th", "er", "º", "o"] {
        if s[len..].starts_with(suffix)
            && !s[len + suffix.len()..].starts_with(|c: char| c.is_alphanumeric())
            && (suffix != "o" || s[len + 1..].starts_with(' '))
        {
            return Some((len + suffix.len(), day, true));
        }
    }
    if s[len..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((len, day, false))
}

/// A run of spaces, or a line break with the indentation after it: the
/// length, if `s` starts with one.
fn spaces(s: &str) -> Option<usize> {
    let len = s.find(|c: char| !c.is_whitespace()).unwrap_or(s.len());
    let run = &s[..len];
    (len > 0 && run.matches('\n').count() <= 1 && len <= 40).then_some(len)
}

/// The first of `options` that `s` starts with, and its length.
fn one_of(s: &str, options: &[&str]) -> Option<usize> {
    options.iter().find(|o| s.starts_with(*o)).map(|o| o.len())
}

/// A year after a month or a day: ", 2026", " 2026", " de 2026", " del 2026",
/// "-2026"; four digits, or two after an apostrophe or a hyphen.
fn year_after(s: &str) -> Option<(usize, usize, i32, bool)> {
    let sep = one_of(s, &[" de ", " del ", " of ", "-"]).or_else(|| {
        let comma = usize::from(s.starts_with(','));
        spaces(&s[comma..])
            .map(|n| comma + n)
            .or((comma == 1).then_some(1))
    })?;
    let (len, y) = digits(&s[sep..], 2, 4)?;
    if len == 3 || (len == 2 && !s[..sep].ends_with('-')) {
        return None;
    }
    if s[sep + len..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((sep, len, full_year(y, len), len == 2))
}

/// A date at the start of `s`, read as `reading` says.
pub fn date_at(s: &str, reading: Reading) -> Option<Found> {
    numeric(s, reading)
        .or_else(|| named(s, reading))
        .or_else(|| year_first(s))
}

/// "2017 m. birželio 23 d.": a Lithuanian date, its year with "m." (metai,
/// year), the month in the genitive, and the day with "d." (diena, day),
/// which may be left out.
fn year_first(s: &str) -> Option<Found> {
    let (y_len, year) = digits(s, 4, 4)?;
    let after_year = y_len + one_of(&s[y_len..], &[" m. "])?;
    let (month, m_len, word) = month_word(&s[after_year..])?;
    if word.lang != Lang::LtGen {
        return None;
    }
    let after_month = after_year + m_len;
    let gap = spaces(&s[after_month..])?;
    let (d_len, day, ordinal) = day_number(&s[after_month + gap..])?;
    if ordinal {
        return None;
    }
    let after_day = after_month + gap + d_len;
    let mark = one_of(&s[after_day..], &[" d."]).unwrap_or(0);
    Some(Found {
        len: after_day + mark,
        date: make(year as i32, month as u32, day)?,
        has_year: true,
        style: Style::YearFirst {
            month: MonthWordStyle(word),
            after_year: s[y_len..after_year].to_owned(),
            between: s[after_month..after_month + gap].to_owned(),
            after_day: s[after_day..after_day + mark].to_owned(),
        },
        ambiguous: false,
    })
}

fn numeric(s: &str, reading: Reading) -> Option<Found> {
    let (a_len, a) = digits(s, 1, 4)?;
    let sep = s[a_len..].chars().next().filter(|c| "/.-".contains(*c))?;
    let (b_len, b, roman) = match digits(&s[a_len + 1..], 1, 2) {
        Some((len, b)) => (len, b, false),
        None if a_len <= 2 => {
            let (len, b) = roman_month(&s[a_len + 1..])?;
            (len, b, true)
        }
        None => return None,
    };
    if !s[a_len + 1 + b_len..].starts_with(sep) {
        return None;
    }
    let c_start = a_len + b_len + 2;
    if a_len == 4 {
        let (c_len, c) = digits(&s[c_start..], 2, 2)?;
        let date = make(a as i32, b, c)?;
        return Some(Found {
            len: c_start + c_len,
            date,
            has_year: true,
            style: Style::Ymd(sep),
            ambiguous: false,
        });
    }
    if a_len > 2 {
        return None;
    }
    let (c_len, c) = digits(&s[c_start..], 2, 4)?;
    if roman {
        // "14-II-1990": the day, the month in Roman numerals, the year.
        if c_len != 4 || s[c_start + c_len..].starts_with(|ch: char| ch.is_ascii_digit()) {
            return None;
        }
        return Some(Found {
            len: c_start + c_len,
            date: make(c as i32, b, a)?,
            has_year: true,
            style: Style::Numeric {
                sep,
                day_first: true,
                pad_day: a_len == 2,
                pad_month: false,
                short_year: false,
                roman: true,
            },
            ambiguous: false,
        });
    }
    if c_len == 3 || s[c_start + c_len..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    // "1.2.34" is a section number, not a date: dotted dates are padded.
    if sep == '.' && (a_len != 2 || b_len != 2) && c_len == 2 {
        return None;
    }
    let year = full_year(c, c_len);
    let day_first_date = make(year, b, a);
    let month_first_date = make(year, a, b);
    let ambiguous = day_first_date.is_some() && month_first_date.is_some() && a != b;
    let (date, day_first) = match (day_first_date, month_first_date) {
        (Some(d), Some(m)) => {
            if reading.day_first {
                (d, true)
            } else {
                (m, false)
            }
        }
        (Some(d), None) => (d, true),
        (None, Some(m)) => (m, false),
        (None, None) => return None,
    };
    // "14/3/2026" is not padded, "14/03/2026" is: one flag for both.
    let padded = a_len == 2 && b_len == 2;
    Some(Found {
        len: c_start + c_len,
        date,
        has_year: true,
        style: Style::Numeric {
            sep,
            day_first,
            pad_day: padded,
            pad_month: padded,
            short_year: c_len == 2,
            roman: false,
        },
        ambiguous,
    })
}

fn named(s: &str, reading: Reading) -> Option<Found> {
    // March 14th, 2026 / Mar. 14 2026 / May 9
    if let Some((month, m_len, word)) = month_word(s) {
        let gap = one_of(&s[m_len..], &[" the "]).or_else(|| spaces(&s[m_len..]))?;
        let (d_len, day, ordinal) = day_number(&s[m_len + gap..])?;
        let after_day = m_len + gap + d_len;
        if word.lang != Lang::En {
            return None;
        }
        return finish(s, after_day, month, day, reading, |before_year, short_year| {
            Style::Named {
                month_first: true,
                month: MonthWordStyle(word),
                ordinal,
                between: s[m_len..m_len + gap].to_owned(),
                before_year,
                short_year,
            }
        });
    }
    // 14 March 2026 / 21st of February 2013 / 28 de noviembre de 2019 / 14-Mar-2026
    let (d_len, day, ordinal) = day_number(s)?;
    let between = one_of(&s[d_len..], &[" of ", " de ", " ng ", " ", "-", ". "])?;
    let (month, m_len, word) = month_word(&s[d_len + between..])?;
    // "7. marta 2015": the day's full stop is Serbian only.
    if between == 2 && !SERBIAN.contains(&word.lang) {
        return None;
    }
    let after_month = d_len + between + m_len;
    if YEAR_ONLY.contains(&word.lang) && year_after(&s[after_month..]).is_none() {
        return None;
    }
    finish(s, after_month, month, day, reading, |before_year, short_year| {
        Style::Named {
            month_first: false,
            month: MonthWordStyle(word),
            ordinal,
            between: s[d_len..d_len + between].to_owned(),
            before_year,
            short_year,
        }
    })
}

fn finish(
    s: &str,
    end: usize,
    month: i8,
    day: u32,
    reading: Reading,
    style: impl Fn(String, bool) -> Style,
) -> Option<Found> {
    if let Some((sep, y_len, year, short)) = year_after(&s[end..]) {
        let date = make(year, month as u32, day)?;
        return Some(Found {
            len: end + sep + y_len,
            date,
            has_year: true,
            style: style(s[end..end + sep].to_owned(), short),
            ambiguous: false,
        });
    }
    // A day and a month alone: a birthday, or a date in the case's year.
    let date = make(i32::from(reading.year), month as u32, day).or_else(|| make(2024, month as u32, day))?;
    Some(Found {
        len: end,
        date,
        has_year: false,
        style: style(String::new(), false),
        ambiguous: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORLD: Reading = Reading {
        day_first: true,
        year: 2026,
    };
    const US: Reading = Reading {
        day_first: false,
        year: 2026,
    };

    fn moved(text: &str, reading: Reading, days: i64) -> String {
        use jiff::ToSpan;
        let found = date_at(text, reading).unwrap_or_else(|| panic!("no date in {text}"));
        assert_eq!(found.len, text.len(), "{text}");
        found
            .style
            .format(found.date.checked_add(days.days()).unwrap(), found.has_year)
    }

    #[test]
    fn every_style_is_read_and_written_back_alike() {
        for (text, want) in [
            ("2026-03-14", "2026-03-24"),
            ("2026/03/14", "2026/03/24"),
            ("14/03/2026", "24/03/2026"),
            ("14.03.2026", "24.03.2026"),
            ("7/22/15", "8/1/15"),
            ("March 14th, 2026", "March 24th, 2026"),
            ("Mar. 14, 2026", "Mar. 24, 2026"),
            ("21st February 2013", "3rd March 2013"),
            ("21st of February 2013", "3rd of March 2013"),
            ("28 de noviembre de 2019", "8 de diciembre de 2019"),
            ("14 de março de 2026", "24 de março de 2026"),
            ("1er mars 2026", "11 mars 2026"),
            ("15 ng Marso, 2014", "25 ng Marso, 2014"),
            ("3 févr. 2026", "13 févr. 2026"),
            ("14-Mar-2026", "24-Mar-2026"),
            ("9 May", "19 May"),
            ("May 9th", "May 19th"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
    }

    #[test]
    fn the_order_of_day_and_month_follows_the_country_when_both_could_be_months() {
        let world = date_at("09/05/2017", WORLD).unwrap();
        assert_eq!(world.date, Date::new(2017, 5, 9).unwrap());
        assert!(world.ambiguous);
        assert_eq!(
            date_at("09/05/2017", US).unwrap().date,
            Date::new(2017, 9, 5).unwrap()
        );
        assert_eq!(
            date_at("07/22/2015", WORLD).unwrap().date,
            Date::new(2015, 7, 22).unwrap()
        );
        assert!(!day_first_in("United States") && day_first_in("Honduras"));
    }

    #[test]
    fn malay_and_kazakh_months_are_read_with_a_year() {
        for (text, want) in [
            ("4 Ogos 2011", "14 Ogos 2011"),
            ("28 disember 2003", "7 januari 2004"),
            ("2 qyrkúiek 2018", "12 qyrkúiek 2018"),
            ("30 nauryz 2007", "9 sáýir 2007"),
            ("11 Қазан 2016", "21 Қазан 2016"),
            ("6 желтоқсан 2012", "16 желтоқсан 2012"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
        // Without a year they are left alone.
        assert!(date_at("5 Mac", WORLD).is_none());
        assert!(date_at("3 тамыз", WORLD).is_none());
        // Other Cyrillic words are no months.
        assert!(date_at("3 тамыза 2016", WORLD).is_none());
    }

    #[test]
    fn guarani_months_are_read_with_a_year() {
        for (text, want) in [
            ("11 jasypoteĩ 2003", "21 jasypoteĩ 2003"),
            ("25 Jasypakõi 1999", "4 Jasyteĩ 2000"),
            ("30 jasyporundy 2010", "10 jasypa 2010"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
        // Without a year, a day and "jasy" words are left alone.
        assert!(date_at("2 jasypa", WORLD).is_none());
    }

    #[test]
    fn romanian_and_swahili_months_are_read_with_a_year() {
        for (text, want) in [
            ("7 octombrie 2012", "17 octombrie 2012"),
            ("25 Decembrie 2009", "4 Ianuarie 2010"),
            ("3 Septemba 2021", "13 Septemba 2021"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
        // Without a year, "Juni" and "Mei" may be names.
        assert!(date_at("4 Juni", WORLD).is_none());
        assert!(date_at("12 martie", WORLD).is_none());
    }

    #[test]
    fn a_month_word_of_several_languages_is_written_back_in_its_own_or_left() {
        // "Juni" is Indonesian, German and Dutch too: no Swahili date.
        assert!(date_at("26 Juni 2018", WORLD).is_none());
        assert!(date_at("26 juni 2018", WORLD).is_none());
        // "Mei" is read as the Malay month and written back in Malay.
        assert_eq!(moved("4 Mei 2019", WORLD, 31), "4 Jun 2019");
        // A Swahili month no other language has moves in Swahili.
        assert_eq!(moved("20 Agosti 2019", WORLD, 20), "9 Septemba 2019");
    }

    #[test]
    fn serbian_russian_and_uzbek_months_and_roman_months_are_read_with_a_year() {
        for (text, want) in [
            ("9. oktobra 2011", "19. oktobra 2011"),
            ("9. октобра 2011", "19. октобра 2011"),
            ("2 jun 2020", "12 jun 2020"),
            ("4 сентября 1999", "14 сентября 1999"),
            ("4 sentabr 1999", "14 sentabr 1999"),
            ("3-XI-2001", "13-XI-2001"),
            ("28.IX.1975", "08.X.1975"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want);
        }
        // Without a year, or a day's full stop before another language's
        // month, or a Roman numeral that is no month: no date.
        assert!(date_at("9 oktobra", WORLD).is_none());
        assert!(date_at("Part 3. March 2020", WORLD).is_none());
        assert!(date_at("3-XIV-2001", WORLD).is_none());
    }

    #[test]
    fn lithuanian_dates_are_read_year_first_with_the_month_in_the_genitive() {
        for (text, want) in [
            ("2009 m. kovo 4 d.", "2009 m. kovo 14 d."),
            ("1995 m. rugsėjo 25 d.", "1995 m. spalio 5 d."),
            ("2020 m. gegužės 2", "2020 m. gegužės 12"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want);
        }
        // The month alone with a day, or a year with another language's
        // month: no date.
        assert!(date_at("4 kovo", WORLD).is_none());
        assert!(date_at("2009 m. March 4", WORLD).is_none());
    }

    #[test]
    fn months_are_read_in_latin_letters_only() {
        // "সেপ্টেম্বর" folds, cut at its virama, to "sep".
        assert!(date_at("12 সেপ্টেম্বর 2015", WORLD).is_none());
        assert!(date_at("12 Sep 2015", WORLD).is_some());
    }

    #[test]
    fn numbers_that_are_not_dates_are_not_read_as_dates() {
        for text in ["103.2(b)", "1.2.34", "2025-2026", "May", "1 200 000", "3 mayors"] {
            assert!(date_at(text, WORLD).is_none(), "{text}");
        }
    }
}
