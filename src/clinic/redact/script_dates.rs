//! Dates written with the month names of other scripts, their digits
//! already read as ASCII ([`super::normalized`]): Khmer ("ថ្ងៃទី 15
//! ខែមករា ឆ្នាំ2023": day, month and year words before the numbers) and
//! Arabic in both its series of month names ("21 أبريل 2019", "3 كانون
//! الثاني 2020"), read and written back in the same words.

use super::dates::make;
use super::words::digits;
use jiff::civil::Date;

/// The Khmer months, January to December.
const KHMER_MONTHS: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];

/// "ថ្ងៃទី" (day), "ខែ" (month) and "ឆ្នាំ" (year) before the numbers and
/// the month of a Khmer date.
const KHMER_DAY: &str = "ថ្ងៃទី";
const KHMER_MONTH: &str = "ខែ";
const KHMER_YEAR: &str = "ឆ្នាំ";

/// The Arabic months, January to December, each name with its series: 0
/// the Levantine and Iraqi names, 1 those after the English ones (Egypt,
/// the Gulf; with and without a hamza), 2 those of Morocco, 3 those of
/// Algeria and Tunisia. A date is written back in the series it was read
/// in, with the first name of that series.
const ARABIC_MONTHS: [&[(&str, u8)]; 12] = [
    &[("كانون الثاني", 0), ("يناير", 1), ("يناير", 2), ("جانفي", 3)],
    &[("شباط", 0), ("فبراير", 1), ("فبراير", 2), ("فيفري", 3)],
    &[("آذار", 0), ("اذار", 0), ("مارس", 1), ("مارس", 2), ("مارس", 3)],
    &[
        ("نيسان", 0),
        ("أبريل", 1),
        ("إبريل", 1),
        ("ابريل", 1),
        ("أبريل", 2),
        ("أفريل", 3),
        ("افريل", 3),
    ],
    &[("أيار", 0), ("ايار", 0), ("مايو", 1), ("ماي", 2), ("ماي", 3)],
    &[
        ("حزيران", 0),
        ("يونيو", 1),
        ("يونيه", 1),
        ("يونيو", 2),
        ("جوان", 3),
    ],
    &[
        ("تموز", 0),
        ("يوليو", 1),
        ("يوليه", 1),
        ("يوليوز", 2),
        ("جويلية", 3),
    ],
    &[
        ("آب", 0),
        ("أغسطس", 1),
        ("اغسطس", 1),
        ("غشت", 2),
        ("أوت", 3),
        ("اوت", 3),
    ],
    &[
        ("أيلول", 0),
        ("ايلول", 0),
        ("سبتمبر", 1),
        ("شتنبر", 2),
        ("سبتمبر", 3),
    ],
    &[
        ("تشرين الأول", 0),
        ("تشرين الاول", 0),
        ("أكتوبر", 1),
        ("اكتوبر", 1),
        ("أكتوبر", 2),
        ("أكتوبر", 3),
    ],
    &[("تشرين الثاني", 0), ("نوفمبر", 1), ("نونبر", 2), ("نوفمبر", 3)],
    &[
        ("كانون الأول", 0),
        ("كانون الاول", 0),
        ("ديسمبر", 1),
        ("دجنبر", 2),
        ("ديسمبر", 3),
    ],
];

/// A date found at the start of a text, with where its numbers and its
/// month name stand in it, to write another date the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptDate {
    pub len: usize,
    pub date: Date,
    day: (usize, usize),
    month: (usize, usize),
    year: (usize, usize),
    /// The month's name in which series: Khmer, or an Arabic series.
    series: Option<u8>,
}

impl ScriptDate {
    /// `new` written as the date `text` (what was read) is written.
    pub fn format(&self, text: &str, new: Date) -> String {
        let m = usize::try_from(new.month() - 1).unwrap_or(0);
        let month = match self.series {
            None => KHMER_MONTHS[m],
            Some(series) => ARABIC_MONTHS[m]
                .iter()
                .find(|&&(_, s)| s == series)
                .map_or(ARABIC_MONTHS[m][0].0, |&(name, _)| name),
        };
        format!(
            "{}{}{}{}{}{}{}",
            &text[..self.day.0],
            new.day(),
            &text[self.day.1..self.month.0],
            month,
            &text[self.month.1..self.year.0],
            new.year(),
            &text[self.year.1..self.len],
        )
    }
}

/// Whether a word is one a Khmer or Arabic date is written with: a month
/// (or a word of a two-word month), or the Khmer words for day, month and
/// year, whatever number follows the last.
pub fn is_date_word(word: &str) -> bool {
    let khmer = word.strip_prefix(KHMER_MONTH).unwrap_or(word);
    KHMER_MONTHS.contains(&khmer)
        || word == KHMER_DAY
        || word
            .strip_prefix(KHMER_YEAR)
            .is_some_and(|y| y.chars().all(|c| c.is_ascii_digit()))
        || arabic_month_words().contains(word)
}

/// The words of the Arabic months (each word of a month of two words),
/// gathered once.
fn arabic_month_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            ARABIC_MONTHS
                .iter()
                .flat_map(|names| names.iter())
                .flat_map(|&(name, _)| name.split(' '))
                .collect()
        });
    &SET
}

/// Whether `s` starts with a letter or a mark of a word: the word goes on.
fn word_goes_on(s: &str) -> bool {
    s.starts_with(|c: char| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
}

/// The Khmer or Arabic month at the start of `s`: its number, its length
/// and its series.
fn month_at(s: &str) -> Option<(usize, usize, Option<u8>)> {
    for (m, name) in KHMER_MONTHS.iter().enumerate() {
        if s.starts_with(name) && !word_goes_on(&s[name.len()..]) {
            return Some((m + 1, name.len(), None));
        }
    }
    // Longest first: "كانون الثاني" before a shorter name it begins with.
    let mut best: Option<(usize, usize, Option<u8>)> = None;
    for (m, names) in ARABIC_MONTHS.iter().enumerate() {
        for &(name, i) in names.iter() {
            if s.starts_with(name)
                && !word_goes_on(&s[name.len()..])
                && best.is_none_or(|(_, len, _)| name.len() > len)
            {
                best = Some((m + 1, name.len(), Some(i)));
            }
        }
    }
    best
}

/// A Khmer or Arabic date with its year at the start of `s`.
pub fn script_date(s: &str) -> Option<ScriptDate> {
    let mut at = 0;
    if let Some(rest) = s.strip_prefix(KHMER_DAY) {
        at = s.len() - rest.trim_start_matches(' ').len();
    }
    let (d_len, day) = digits(&s[at..], 1, 2)?;
    let day_span = (at, at + d_len);
    at += d_len;
    at += s[at..].strip_prefix(' ').map(|_| 1)?;
    let khmer_word = s[at..].starts_with(KHMER_MONTH);
    if khmer_word {
        at += KHMER_MONTH.len();
    }
    let (month, m_len, series) = month_at(&s[at..])?;
    if khmer_word && series.is_some() {
        // "ខែ" before an Arabic name: no date.
        return None;
    }
    let month_span = (at, at + m_len);
    at += m_len;
    at += s[at..].strip_prefix(' ').map(|_| 1)?;
    if series.is_none()
        && let Some(rest) = s[at..].strip_prefix(KHMER_YEAR)
    {
        at = s.len() - rest.trim_start_matches(' ').len();
    }
    let (y_len, year) = digits(&s[at..], 4, 4)?;
    let year_span = (at, at + y_len);
    at += y_len;
    if word_goes_on(&s[at..]) {
        return None;
    }
    let date = make(year, month, day)?;
    Some(ScriptDate {
        len: at,
        date,
        day: day_span,
        month: month_span,
        year: year_span,
        series,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved(text: &str, days: i64) -> String {
        use jiff::ToSpan;
        let found = script_date(text).unwrap_or_else(|| panic!("no date in {text}"));
        assert_eq!(found.len, text.len(), "{text}");
        found.format(text, found.date.checked_add(days.days()).unwrap())
    }

    #[test]
    fn khmer_and_arabic_dates_are_read_and_written_back_alike() {
        for (text, want) in [
            ("ថ្ងៃទី 3 ខែមីនា ឆ្នាំ2018", "ថ្ងៃទី 13 ខែមីនា ឆ្នាំ2018"),
            ("28 ខែធ្នូ ឆ្នាំ 2020", "7 ខែមករា ឆ្នាំ 2021"),
            ("9 حزيران 2016", "19 حزيران 2016"),
            ("30 كانون الثاني 2021", "9 شباط 2021"),
            ("25 مايو 2014", "4 يونيو 2014"),
            ("12 شتنبر 2017", "22 شتنبر 2017"),
        ] {
            assert_eq!(moved(text, 10), want, "{text}");
        }
    }

    #[test]
    fn the_words_a_date_is_written_with_are_known() {
        for word in ["ខែមីនា", "ថ្ងៃទី", "ឆ្នាំ2019", "حزيران", "تشرين", "الثاني", "شتنبر"]
        {
            assert!(is_date_word(word), "{word}");
        }
        for word in ["ស្វាយ", "ليلى", "ឆ្នាំxy"] {
            assert!(!is_date_word(word), "{word}");
        }
    }

    #[test]
    fn a_month_name_without_a_day_and_a_year_is_no_date() {
        for text in [
            "ខែមីនា ឆ្នាំ2018",
            "9 حزيران",
            "9 ماي الحبيب",
            "12 ماية 2017",
            "4 ខែ 2019",
        ] {
            assert!(script_date(text).is_none(), "{text}");
        }
    }
}
