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

use super::words::{MALAY_MONTHS, fold, fold_cow};
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
    /// The month in Roman numerals between spaces or full stops other
    /// than one repeated separator: "17. III 2014", "17. III. 2012",
    /// "17 iii 2012", "17 III 12", and year first as Hungarian writes it,
    /// "2012. IX. 4.", "2012 III 17"; written back in its own shape.
    Roman {
        year_first: bool,
        lower: bool,
        pad_day: bool,
        short_year: bool,
        /// What stands after the first part and after the month.
        first: String,
        second: String,
        /// What follows the day of a year-first date ("." or "").
        tail: String,
    },
    /// The year, the month's name and the day, with the words between:
    /// "2017 m. birželio 23 d." (Lithuanian, "m." for year, "d." for day).
    YearFirst {
        month: MonthWordStyle,
        after_year: String,
        between: String,
        after_day: String,
    },
    /// The year with the full stop of its ordinal, then the month and the
    /// day: "2011. április 9-én", "1983. november 27." (Hungarian, the
    /// day with its full stop or a case ending after a hyphen), "2024.
    /// gada 5. martā" (Latvian, "gada", of the year, then the day with its
    /// full stop and the month in the nominative or the locative).
    YearDot {
        latvian: bool,
        month: YearDotMonth,
        /// What stands between the year and the month (Hungarian) or the
        /// day (Latvian): ". ", ". gada ".
        after_year: String,
        /// What stands between the month and the day (Hungarian: " ") or
        /// the day and the month (Latvian: ". ").
        between: String,
        /// What follows a Hungarian day.
        tail: HungarianTail,
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

/// How a month of [`Style::YearDot`] was written: its row of
/// [`HUNGARIAN_MONTHS`] or [`LATVIAN_MONTHS`], with a capital, and
/// without its accents ("junija" for "jūnijā").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearDotMonth {
    row: usize,
    upper: bool,
    plain: bool,
}

/// What follows the day of a Hungarian date: the full stop of its
/// ordinal ("27."), or a hyphen and a case ending, which agrees with the
/// day's ordinal ("9-én", kilencedikén; "3-án", harmadikán; "1-jén",
/// elsején): the row of [`HUNGARIAN_ENDINGS`], or an ending that agrees
/// with no vowel ("-i": "május 12-i").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HungarianTail {
    None,
    Dot,
    Agreeing(usize),
    Fixed(String),
}

/// The Hungarian months, January to December.
const HUNGARIAN_MONTHS: [[&str; 12]; 2] = [
    [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ],
    // The abbreviations, each with its full stop: "2012. ápr. 9.".
    [
        "jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec",
    ],
];

/// The row of [`HUNGARIAN_MONTHS`] of abbreviations, which need their
/// full stop.
const HUNGARIAN_SHORT_ROW: usize = 1;

/// Case endings after a bare Hungarian day in figures ("9-től", from the
/// 9th; "9-ig", until; "9-re", by), kept as written.
const HUNGARIAN_BARE_ENDINGS: &[&str] = &["től", "tól", "ig", "re", "ra", "i"];

/// The Latvian months in the nominative (as the CLDR writes them: "2024.
/// gada 5. marts") and in the locative a sentence writes a date in ("5.
/// martā", on 5 March), January to December.
const LATVIAN_MONTHS: [[&str; 12]; 2] = [
    [
        "janvāris",
        "februāris",
        "marts",
        "aprīlis",
        "maijs",
        "jūnijs",
        "jūlijs",
        "augusts",
        "septembris",
        "oktobris",
        "novembris",
        "decembris",
    ],
    [
        "janvārī",
        "februārī",
        "martā",
        "aprīlī",
        "maijā",
        "jūnijā",
        "jūlijā",
        "augustā",
        "septembrī",
        "oktobrī",
        "novembrī",
        "decembrī",
    ],
];

/// The case endings of a Hungarian day after its hyphen, as they agree
/// with its ordinal: after a front vowel ("9-én", "12-ei"), after a back
/// one ("3-án", "8-ai"), and after "elseje" (the first: "1-jén",
/// "1-jei"): on the day, of the day, the day (is), until, from and by the
/// day. "-ján" is read as "-jén".
const HUNGARIAN_ENDINGS: [[&str; 3]; 6] = [
    ["én", "án", "jén"],
    ["ei", "ai", "jei"],
    ["éig", "áig", "jéig"],
    ["étől", "ától", "jétől"],
    ["ére", "ára", "jére"],
    ["e", "a", "je"],
];

/// Whether the Hungarian ordinal of a day ends in a back vowel, so that
/// its endings do too: "másodika" (2), "harmadika" (3), "hatodika",
/// "nyolcadika", "huszadika", "harmincadika"; "tizenkettedike" (12) and
/// "tizedike" (10) do not.
fn hungarian_back(day: i8) -> bool {
    match day {
        2 | 20 | 30 => true,
        12 | 22 | 10 => false,
        d => matches!(d % 10, 3 | 6 | 8),
    }
}

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
            Style::Roman {
                year_first,
                lower,
                pad_day,
                short_year,
                first,
                second,
                tail,
            } => {
                let day = if *pad_day {
                    format!("{:02}", d.day())
                } else {
                    d.day().to_string()
                };
                let mut month = ROMAN_MONTHS[(d.month() - 1) as usize].to_owned();
                if *lower {
                    month = month.to_lowercase();
                }
                let year = year_text(d.year(), *short_year);
                if *year_first {
                    format!("{year}{first}{month}{second}{day}{tail}")
                } else {
                    format!("{day}{first}{month}{second}{year}")
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
            Style::YearDot {
                latvian,
                month,
                after_year,
                between,
                tail,
            } => year_dot_text(d, *latvian, *month, (after_year, between), tail),
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

/// A date written as [`Style::YearDot`] says.
fn year_dot_text(
    d: Date,
    latvian: bool,
    month: YearDotMonth,
    (after_year, between): (&str, &str),
    tail: &HungarianTail,
) -> String {
    let names: &[[&str; 12]] = if latvian {
        &LATVIAN_MONTHS
    } else {
        &HUNGARIAN_MONTHS
    };
    let mut m = names[month.row][(d.month() - 1) as usize].to_owned();
    if month.plain {
        m = fold(&m);
    }
    if month.upper {
        let mut chars = m.chars();
        if let Some(first) = chars.next() {
            m = first.to_uppercase().chain(chars).collect();
        }
    }
    let year = d.year();
    let day = d.day();
    if latvian {
        return format!("{year:04}{after_year}{day}{between}{m}");
    }
    let tail = match tail {
        HungarianTail::None => String::new(),
        HungarianTail::Dot => ".".to_owned(),
        HungarianTail::Fixed(t) => t.clone(),
        HungarianTail::Agreeing(row) => {
            let column = if day == 1 {
                2
            } else {
                usize::from(hungarian_back(day))
            };
            format!("-{}", HUNGARIAN_ENDINGS[*row][column])
        }
    };
    format!("{year:04}{after_year}{m}{between}{day}{tail}")
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
    static CANDIDATES: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    CANDIDATES
        .get_or_init(|| {
            let mut set: rustc_hash::FxHashSet<&'static str> = ["sept"].into_iter().collect();
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
    let folded = fold_cow(word);
    let folded: &str = &folded;
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
    if !may_be_month(folded, folded_names) {
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
            } else if l == 0 && (*folded == full_folded[..3] || (m == 8 && folded == "sept")) {
                folded.len()
            } else if l == 1 && folded.len() == 3 && full_folded.starts_with(folded) {
                3
            } else if l > 0
                && (3..=4).contains(&folded.len())
                && full_folded.starts_with(folded)
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
        .or_else(|| year_dot(s))
}

/// A month of [`HUNGARIAN_MONTHS`] or [`LATVIAN_MONTHS`] at the start of
/// `s`, compared without accents, as a whole word: its number, length
/// and how it was written.
fn year_dot_month(
    s: &str,
    names: &[[&str; 12]],
    short_row: Option<usize>,
) -> Option<(i8, usize, YearDotMonth)> {
    let len = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    let word = &s[..len];
    let short = (3..5).contains(&word.chars().count());
    if !(3..=12).contains(&word.chars().count()) {
        return None;
    }
    let lower = word.to_lowercase();
    let folded = fold(&lower);
    for (row, months) in names.iter().enumerate() {
        // An abbreviation is one of the Hungarian row of them, with its
        // full stop; a full name is five letters or more.
        let abbreviated = short_row == Some(row);
        if abbreviated && !s[len..].starts_with('.') || (short && !abbreviated) {
            continue;
        }
        for (m, name) in months.iter().enumerate() {
            if folded == fold(name) {
                return Some((
                    m as i8 + 1,
                    len,
                    YearDotMonth {
                        row,
                        upper: word.starts_with(char::is_uppercase),
                        plain: lower != *name && lower == folded,
                    },
                ));
            }
        }
    }
    None
}

/// "2011. április 9-én", "1983. november 27.", "2024. gada 5. martā": a
/// Hungarian or a Latvian date, its year of four digits first with the
/// full stop of its ordinal ([`Style::YearDot`]). A Hungarian day needs
/// its full stop or a case ending after a hyphen, so that "2019. March
/// 5" in a list is no date.
fn year_dot(s: &str) -> Option<Found> {
    let (y_len, year) = digits(s, 4, 4)?;
    let rest = s[y_len..].strip_prefix(". ")?;
    let after_dot = y_len + 2;
    // "gada" (of the year), or its abbreviation "g.".
    if let Some(word) = one_of(rest, &["gada ", "g. "]) {
        let gada = &rest[word..];
        let after_year = after_dot + word;
        let (d_len, day) = digits(gada, 1, 2)?;
        let between = d_len + one_of(&gada[d_len..], &[". ", "."])?;
        let (month, m_len, word) = year_dot_month(&gada[between..], &LATVIAN_MONTHS, None)?;
        let end = after_year + between + m_len;
        return Some(Found {
            len: end,
            date: make(year as i32, month, day)?,
            has_year: true,
            style: Style::YearDot {
                latvian: true,
                month: word,
                after_year: s[y_len..after_year].to_owned(),
                between: gada[d_len..between].to_owned(),
                tail: HungarianTail::None,
            },
            ambiguous: false,
        });
    }
    let (month, m_len, word) = year_dot_month(rest, &HUNGARIAN_MONTHS, Some(HUNGARIAN_SHORT_ROW))?;
    let after_month = after_dot + m_len;
    let gap = if word.row == HUNGARIAN_SHORT_ROW {
        one_of(&s[after_month..], &[". "])?
    } else {
        one_of(&s[after_month..], &[" "])?
    };
    let (d_len, day) = digits(&s[after_month + gap..], 1, 2)?;
    let after_day = after_month + gap + d_len;
    let rest = &s[after_day..];
    let word_ends = |at: usize| !rest[at..].starts_with(char::is_alphanumeric);
    let (tail, t_len) = if let Some(ending) = rest.strip_prefix('-') {
        let agreeing = HUNGARIAN_ENDINGS.iter().enumerate().find_map(|(row, forms)| {
            forms
                .iter()
                .chain(std::iter::once(&"ján").filter(|_| row == 0))
                .filter(|f| ending.starts_with(**f) && word_ends(1 + f.len()))
                .map(|f| (row, f.len()))
                .max_by_key(|&(_, len)| len)
        });
        match agreeing {
            Some((row, len)) => (HungarianTail::Agreeing(row), 1 + len),
            None => {
                let bare = HUNGARIAN_BARE_ENDINGS
                    .iter()
                    .find(|f| ending.starts_with(**f) && word_ends(1 + f.len()))?;
                (HungarianTail::Fixed(format!("-{bare}")), 1 + bare.len())
            }
        }
    } else if rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        (HungarianTail::Dot, 1)
    } else {
        return None;
    };
    Some(Found {
        len: after_day + t_len,
        date: make(year as i32, month, day)?,
        has_year: true,
        style: Style::YearDot {
            latvian: false,
            month: word,
            after_year: s[y_len..after_dot].to_owned(),
            between: s[after_month..after_month + gap].to_owned(),
            tail,
        },
        ambiguous: false,
    })
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

/// A month in Roman numerals at the start of `s`, in capitals or all in
/// small letters: its length, number, and whether it was small.
fn any_case_roman(s: &str) -> Option<(usize, u32, bool)> {
    if let Some((len, m)) = roman_month(s) {
        return Some((len, m, false));
    }
    let len = s.find(|c: char| !matches!(c, 'i' | 'v' | 'x')).unwrap_or(s.len());
    // The word is of small "i", "v" and "x" only: compared in place, with
    // no lowered copy of the twelve numerals.
    let m = ROMAN_MONTHS
        .iter()
        .position(|r| r.eq_ignore_ascii_case(&s[..len]))?;
    Some((len, m as u32 + 1, true))
}

/// What may stand between the parts of a date with a Roman month: a full
/// stop and a space, a space, or a full stop; its length.
fn roman_gap(s: &str) -> Option<usize> {
    one_of(s, &[". ", " ", "."])
}

/// A date with its month in Roman numerals whose separators are not one
/// repeated mark ([`Style::Roman`]): the day first ("17. III 2014",
/// "17. III. 2012", "17 iii 2012", "17 III 12") or, as Hungarian writes
/// it, the year first ("2012. IX. 4.", "2012. IX 4.", "2012 III 17"). `a`
/// is the first number and `a_len` its length at the start of `s`. A
/// month in small letters of one letter ("v", "x", "i", also words)
/// needs full stops on both sides.
fn roman_date(s: &str, a_len: usize, a: u32) -> Option<Found> {
    if a_len != 4 && a_len > 2 {
        return None;
    }
    let first = roman_gap(&s[a_len..])?;
    let m_start = a_len + first;
    let (m_len, month, lower) = any_case_roman(&s[m_start..])?;
    let after_month = m_start + m_len;
    let second = roman_gap(&s[after_month..])?;
    let (sep1, sep2) = (&s[a_len..m_start], &s[after_month..after_month + second]);
    // One separator repeated ("3.XI.2001", "3 XI 2001" aside) is the
    // numeric reader's, which writes it back the same.
    if sep1 == sep2 && sep1 == "." {
        return None;
    }
    if lower && m_len == 1 && !(sep1.starts_with('.') && sep2.starts_with('.')) {
        return None;
    }
    let rest = &s[after_month + second..];
    let alnum_after = |at: usize| rest[at..].starts_with(|c: char| c.is_alphanumeric());
    if a_len == 4 {
        let (d_len, day) = digits(rest, 1, 2)?;
        if alnum_after(d_len) {
            return None;
        }
        let dotted =
            rest[d_len..].starts_with('.') && !rest[d_len + 1..].starts_with(|c: char| c.is_ascii_digit());
        let tail = if dotted { "." } else { "" };
        return Some(Found {
            len: after_month + second + d_len + tail.len(),
            date: make(a as i32, month, day)?,
            has_year: true,
            style: Style::Roman {
                year_first: true,
                lower,
                pad_day: d_len == 2 && day < 10,
                short_year: false,
                first: sep1.to_owned(),
                second: sep2.to_owned(),
                tail: tail.to_owned(),
            },
            ambiguous: false,
        });
    }
    let (y_len, year) = digits(rest, 2, 4)?;
    if y_len == 3
        || alnum_after(y_len)
        || (y_len == 2
            && rest[2..].starts_with(['.', ','])
            && rest[3..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    Some(Found {
        len: after_month + second + y_len,
        date: make(full_year(year, y_len), month, a)?,
        has_year: true,
        style: Style::Roman {
            year_first: false,
            lower,
            pad_day: a_len == 2 && a < 10,
            short_year: y_len == 2,
            first: sep1.to_owned(),
            second: sep2.to_owned(),
            tail: String::new(),
        },
        ambiguous: false,
    })
}

pub(super) fn numeric(s: &str, reading: Reading) -> Option<Found> {
    let (a_len, a) = digits(s, 1, 4)?;
    if let Some(found) = roman_date(s, a_len, a) {
        return Some(found);
    }
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
    fn a_roman_month_between_spaces_is_read_with_a_day_and_a_year() {
        // The day with its full stop or without, the month in Roman
        // numerals and the year, apart by spaces.
        assert_eq!(moved("5. VII 2009", WORLD, 10), "15. VII 2009");
        assert_eq!(moved("28 II 2016", WORLD, 2), "1 III 2016");
        // No year, or a number too large for a day: no date.
        assert!(date_at("5 VII", WORLD).is_none());
        assert!(date_at("45 II 2016", WORLD).is_none());
    }

    #[test]
    fn a_roman_month_is_read_in_the_other_shapes_and_written_back_in_its_own() {
        for (text, want) in [
            // Day first: the month between full stops and spaces, in small
            // letters, or with a year of two digits.
            ("12. III 2015", "22. III 2015"),
            ("17. III. 2012", "27. III. 2012"),
            ("17 iii 2012", "27 iii 2012"),
            ("17 III 12", "27 III 12"),
            ("05. v. 1999", "15. v. 1999"),
            // Year first, as Hungarian writes it.
            ("2012. IX. 4.", "2012. IX. 14."),
            ("2012. IX 4.", "2012. IX 14."),
            ("2012 III 17", "2012 III 27"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
        // A small "v" or "x" alone between spaces is a word, no month; a
        // Roman numeral that is no month, no date.
        assert!(date_at("17 v 2012", WORLD).is_none());
        assert!(date_at("2012 XIV 3", WORLD).is_none());
        assert!(date_at("17. III. 123", WORLD).is_none());
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
    fn hungarian_and_latvian_dates_are_read_year_first_with_its_full_stop() {
        for (text, want) in [
            // The day's ending agrees with the day it is moved to: "on the
            // ninth" is "9-én", "on the thirteenth" "13-án", "on the
            // first" "1-jén"; "of the ..." is "-ei", "-ai", "-jei".
            ("2015. március 3-án", "2015. március 13-án"),
            ("2015. március 3-ai", "2015. március 13-ai"),
            ("2002. október 22-én", "2002. november 1-jén"),
            ("2002. október 21-ei", "2002. október 31-ei"),
            ("1990. május 8-i", "1990. május 18-i"),
            ("1984. február 20.", "1984. március 1."),
            ("1984. Február 20.", "1984. Március 1."),
            // Latvian, the month as a date names it or "on" it, with or
            // without its accents.
            ("2019. gada 5. martā", "2019. gada 15. martā"),
            ("2019. gada 25. marts", "2019. gada 4. aprīlis"),
            ("1997. gada 23. junija", "1997. gada 3. julija"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
        // "-ján" is read, and written back agreeing with the new day.
        assert_eq!(moved("2020. június 1-ján", WORLD, 1), "2020. június 2-án");
        // A day with neither its full stop nor an ending, another
        // language's month, a month with no day, a day's full stop before
        // a number: no date.
        for text in [
            "2019. március 5",
            "2019. March 5.",
            "2019. gada martā",
            "2019. gada 5 martā",
            "2019. május 5.3",
            "2019. május 5-xyz",
        ] {
            assert!(date_at(text, WORLD).is_none(), "{text}");
        }
    }

    #[test]
    fn year_first_dates_are_read_with_short_months_bare_day_endings_and_a_short_year_word() {
        for (text, want) in [
            // The Hungarian month's abbreviation with its full stop.
            ("2012. ápr. 9.", "2012. ápr. 19."),
            ("2012. szept. 4-én", "2012. szept. 14-én"),
            // A case ending after the day in figures: from, until.
            ("2012. április 9-től", "2012. április 19-től"),
            ("2012. április 9-ig", "2012. április 19-ig"),
            // Latvian "g." for "gada", and no space after the day's stop.
            ("2012. g. 5. martā", "2012. g. 15. martā"),
            ("2012. gada 5.martā", "2012. gada 15.martā"),
        ] {
            assert_eq!(moved(text, WORLD, 10), want, "{text}");
        }
        // A short month without its full stop, or a full month with one
        // standing for a short one: no date.
        assert!(date_at("2012. ápr 9.", WORLD).is_none());
        assert!(date_at("2012. május. 9.", WORLD).is_none());
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
