//! The first pass over a text: numbers, e-mails, street addresses and dates.
//!
//! One left-to-right scan tries, at each word boundary, the values known from
//! the case's own fields (its address, receipt, e-mail...), then the shapes of
//! an e-mail, a date, a receipt or other document number, a US street address
//! and a phone number. What matches is replaced; everything else is copied.
//! Dates are recognised as `2026-03-14`, `3/14/2026` (month first unless the
//! first number cannot be a month), `March 14, 2026`, `Mar. 14, 2026` and
//! `14 March 2026`; a month or a year alone is not a date and stays.

use super::values::{ValueKind, Values, is_receipt};
use jiff::ToSpan;
use jiff::civil::Date;

/// A date could not be moved by the requested number of days.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the date {date} cannot be shifted by {days} days (the result is outside the years -9999 to 9999)")]
pub struct ShiftError {
    pub date: Date,
    pub days: i32,
}

/// How dates move: by a constant number of days, except the birth date,
/// which is replaced outright.
#[derive(Debug, Clone, Copy)]
pub struct Dates {
    pub shift_days: i32,
    /// The real birth date and the one that replaces it.
    pub born: Option<(Date, Date)>,
}

impl Dates {
    pub fn shift(&self, date: Date) -> Result<Date, ShiftError> {
        date.checked_add(i64::from(self.shift_days).days())
            .map_err(|_| ShiftError {
                date,
                days: self.shift_days,
            })
    }

    /// A date found in a text or a field: the birth date's replacement, or
    /// the date shifted.
    pub fn map(&self, date: Date) -> Result<Date, ShiftError> {
        match self.born {
            Some((real, fake)) if real == date => Ok(fake),
            _ => self.shift(date),
        }
    }
}

/// The scanner's state: the values met so far and the known literals.
pub struct Scrubber<'a> {
    pub values: &'a mut Values,
    /// Known values (real text, placeholder), longest first.
    pub literals: Vec<(String, String)>,
    pub dates: Dates,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Street types that end a US street address. "Court" is left out: in a
/// legal file "2025 Supreme Court" is far likelier than a street.
const STREET_SUFFIXES: [&str; 23] = [
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "way",
    "place",
    "pl",
    "drive",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "terrace",
    "circle",
    "square",
    "plaza",
    "trail",
];

const UNIT_WORDS: [&str; 9] = [
    "suite",
    "ste",
    "apt",
    "apartment",
    "unit",
    "floor",
    "fl",
    "room",
    "#",
];

impl Scrubber<'_> {
    pub fn new(values: &mut Values, mut literals: Vec<(String, String)>, dates: Dates) -> Scrubber<'_> {
        literals.retain(|(real, _)| !real.trim().is_empty());
        literals.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        Scrubber {
            values,
            literals,
            dates,
        }
    }

    pub fn scrub(&mut self, text: &str) -> Result<String, ShiftError> {
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            let at_boundary = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            if at_boundary && let Some((end, replacement)) = self.try_all(text, i)? {
                out.push_str(&replacement);
                i = end;
                continue;
            }
            // Copy a whole word at once, so that no match starts inside one.
            let rest = &text[i..];
            let first = rest.chars().next().expect("not at the end");
            let len = if first.is_alphanumeric() {
                rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())
            } else {
                first.len_utf8()
            };
            out.push_str(&rest[..len]);
            i += len;
        }
        Ok(out)
    }

    fn try_all(&mut self, text: &str, i: usize) -> Result<Option<(usize, String)>, ShiftError> {
        let rest = &text[i..];
        for (real, placeholder) in &self.literals {
            if rest.starts_with(real.as_str()) && ends_word(text, i + real.len(), real) {
                return Ok(Some((i + real.len(), placeholder.clone())));
            }
        }
        if let Some(len) = email(rest) {
            let p = self.values.placeholder(ValueKind::Email, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some((len, date, style)) = date_at(rest)
            && ends_word(text, i + len, "0")
        {
            let new = self.dates.map(date)?;
            return Ok(Some((i + len, style.format(new))));
        }
        let token = token_len(rest);
        if token == 13 && is_receipt(&rest[..13]) {
            let p = self.values.placeholder(ValueKind::Receipt, &rest[..13]);
            return Ok(Some((i + 13, p)));
        }
        if token > 0 && is_document_number(&rest[..token]) {
            let p = self.values.placeholder(ValueKind::Number, &rest[..token]);
            return Ok(Some((i + token, p)));
        }
        if let Some(len) = street_address(rest) {
            let p = self.values.placeholder(ValueKind::Address, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some((len, kind)) = phone_or_number(rest)
            && ends_word(text, i + len, "0")
        {
            let p = self.values.placeholder(kind, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        Ok(None)
    }
}

/// Whether a match of `matched` ending at `end` ends a word (a match that
/// itself ends in punctuation needs no boundary).
fn ends_word(text: &str, end: usize, matched: &str) -> bool {
    matched.chars().next_back().is_some_and(|c| !c.is_alphanumeric())
        || text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Letters, digits and inner hyphens: "A-123456789", "P1234567".
fn token_len(s: &str) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_alphanumeric() {
            end = i + 1;
        } else if c == '-' && end == i && s[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric()) {
            continue;
        } else {
            break;
        }
    }
    if s[end..].starts_with(|c: char| c.is_alphanumeric()) {
        0
    } else {
        end
    }
}

/// A passport, A-number or case number: letters and at least five digits.
fn is_document_number(token: &str) -> bool {
    let digits = token.chars().filter(char::is_ascii_digit).count();
    digits >= 5 && token.chars().any(|c| c.is_ascii_alphabetic())
}

fn email(s: &str) -> Option<usize> {
    let is_local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    if !s.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let at = s.find(|c: char| !is_local(c))?;
    if !s[at..].starts_with('@') {
        return None;
    }
    let domain_start = at + 1;
    let domain_len = s[domain_start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(s.len() - domain_start);
    let domain = s[domain_start..domain_start + domain_len].trim_end_matches(['.', '-']);
    (domain.contains('.') && !domain.starts_with('.')).then_some(domain_start + domain.len())
}

/// How a date was written, to write its replacement the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    Iso,
    /// `3/14/2026` (`day_first` for `14/3/2026`), with or without leading zeros.
    Slashed {
        day_first: bool,
        padded: bool,
    },
    /// `March 14, 2026`, `Mar. 14, 2026`, `Mar 14 2026`.
    MonthFirst {
        abbrev: Abbrev,
        comma: bool,
    },
    /// `14 March 2026`.
    DayFirst {
        abbrev: Abbrev,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    Full,
    Short,
    ShortDot,
}

impl DateStyle {
    pub fn format(self, d: Date) -> String {
        let month = |abbrev: Abbrev| {
            let full = MONTHS[(d.month() - 1) as usize];
            let name = match abbrev {
                Abbrev::Full => full.to_owned(),
                Abbrev::Short | Abbrev::ShortDot => full[..3].to_owned(),
            };
            let mut name = capitalise(&name);
            if abbrev == Abbrev::ShortDot && name.len() < full.len() {
                name.push('.');
            }
            name
        };
        match self {
            DateStyle::Iso => d.to_string(),
            DateStyle::Slashed { day_first, padded } => {
                let (a, b) = if day_first {
                    (d.day(), d.month())
                } else {
                    (d.month(), d.day())
                };
                if padded {
                    format!("{a:02}/{b:02}/{:04}", d.year())
                } else {
                    format!("{a}/{b}/{:04}", d.year())
                }
            }
            DateStyle::MonthFirst { abbrev, comma } => {
                format!(
                    "{} {}{} {:04}",
                    month(abbrev),
                    d.day(),
                    if comma { "," } else { "" },
                    d.year()
                )
            }
            DateStyle::DayFirst { abbrev } => format!("{} {} {:04}", d.day(), month(abbrev), d.year()),
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn digits(s: &str, min: usize, max: usize) -> Option<(usize, u32)> {
    let len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if len < min || len > max {
        return None;
    }
    s[..len].parse().ok().map(|n| (len, n))
}

/// A month name at the start of `s`: its number, length and style.
fn month_name(s: &str) -> Option<(i8, usize, Abbrev)> {
    let word_len = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    if word_len < 3 {
        return None;
    }
    let word = s[..word_len].to_lowercase();
    for (m, full) in MONTHS.iter().enumerate() {
        let abbrev = if word == *full {
            Abbrev::Full
        } else if word == full[..3] || (word == "sept" && m == 8) {
            Abbrev::Short
        } else {
            continue;
        };
        let (len, abbrev) = if abbrev == Abbrev::Short && s[word_len..].starts_with('.') {
            (word_len + 1, Abbrev::ShortDot)
        } else {
            (word_len, abbrev)
        };
        return Some((m as i8 + 1, len, abbrev));
    }
    None
}

fn make_date(year: u32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

fn date_at(s: &str) -> Option<(usize, Date, DateStyle)> {
    // 2026-03-14
    if let Some(date) = s.get(..10).and_then(|head| crate::yaml::parse_date(head).ok()) {
        return Some((10, date, DateStyle::Iso));
    }
    // 3/14/2026
    if let Some((a_len, a)) = digits(s, 1, 2)
        && s[a_len..].starts_with('/')
        && let Some((b_len, b)) = digits(&s[a_len + 1..], 1, 2)
        && s[a_len + 1 + b_len..].starts_with('/')
        && let Some((y_len, y)) = digits(&s[a_len + b_len + 2..], 4, 4)
    {
        let padded = a_len == 2 && b_len == 2;
        let len = a_len + b_len + 2 + y_len;
        if let Some(d) = make_date(y, a, b) {
            return Some((
                len,
                d,
                DateStyle::Slashed {
                    day_first: false,
                    padded,
                },
            ));
        }
        if let Some(d) = make_date(y, b, a) {
            return Some((
                len,
                d,
                DateStyle::Slashed {
                    day_first: true,
                    padded,
                },
            ));
        }
        return None;
    }
    // March 14, 2026
    if let Some((month, m_len, abbrev)) = month_name(s)
        && s[m_len..].starts_with(' ')
        && let Some((d_len, day)) = digits(&s[m_len + 1..], 1, 2)
    {
        let after_day = m_len + 1 + d_len;
        let (sep, comma) = if s[after_day..].starts_with(", ") {
            (2, true)
        } else if s[after_day..].starts_with(' ') {
            (1, false)
        } else {
            return None;
        };
        let (y_len, year) = digits(&s[after_day + sep..], 4, 4)?;
        let date = make_date(year, month as u32, day)?;
        return Some((
            after_day + sep + y_len,
            date,
            DateStyle::MonthFirst { abbrev, comma },
        ));
    }
    // 14 March 2026
    if let Some((d_len, day)) = digits(s, 1, 2)
        && s[d_len..].starts_with(' ')
        && let Some((month, m_len, abbrev)) = month_name(&s[d_len + 1..])
        && s[d_len + 1 + m_len..].starts_with(' ')
        && let Some((y_len, year)) = digits(&s[d_len + m_len + 2..], 4, 4)
    {
        let date = make_date(year, month as u32, day)?;
        return Some((d_len + m_len + 2 + y_len, date, DateStyle::DayFirst { abbrev }));
    }
    None
}

/// "2210 Caroline Street", "1300 East 9th Street, Suite 1105".
fn street_address(s: &str) -> Option<usize> {
    let (mut end, _) = digits(s, 1, 6)?;
    let mut words = 0;
    loop {
        if !s[end..].starts_with(' ') {
            return None;
        }
        let start = end + 1;
        let len = s[start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '\''))
            .unwrap_or(s.len() - start);
        let word = &s[start..start + len];
        if len == 0 || !word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return None;
        }
        end = start + len;
        words += 1;
        if words > 1 && STREET_SUFFIXES.contains(&word.to_lowercase().as_str()) {
            if s[end..].starts_with('.') {
                end += 1;
            }
            break;
        }
        if words > 6 {
            return None;
        }
    }
    // ", Suite 300", ", Apt. 4B", " #12"
    let rest = &s[end..];
    let after_comma = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' '));
    if let Some(unit) = after_comma {
        let word_len = unit
            .find(|c: char| !(c.is_alphabetic() || c == '#'))
            .unwrap_or(unit.len());
        if word_len > 0 && UNIT_WORDS.contains(&unit[..word_len].to_lowercase().as_str()) {
            let mut k = word_len;
            if unit[k..].starts_with('.') {
                k += 1;
            }
            if unit[k..].starts_with(' ') {
                k += 1;
            }
            let n = unit[k..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(unit.len() - k);
            if n > 0 {
                end += (rest.len() - unit.len()) + k + n;
            }
        }
    }
    Some(end)
}

/// Seven to fifteen digits, with the separators phone numbers use.
fn phone_or_number(s: &str) -> Option<(usize, ValueKind)> {
    let first = s.chars().next()?;
    if !(first.is_ascii_digit() || first == '+' || first == '(') {
        return None;
    }
    let bytes = s.as_bytes();
    let mut end = 0;
    let mut i = 0;
    let mut separated = first != '(' && first == '+';
    while i < bytes.len() {
        let b = bytes[i];
        let next_digit = bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'(');
        match b {
            b'0'..=b'9' => {
                i += 1;
                end = i;
            }
            b')' => {
                i += 1;
                end = i;
                separated = true;
            }
            b'+' | b'(' if i == 0 || bytes[i - 1] == b' ' => i += 1,
            b' ' | b'-' | b'.' if i > 0 && next_digit => {
                separated = true;
                i += 1;
            }
            _ => break,
        }
    }
    let text = &s[..end];
    let count = text.chars().filter(char::is_ascii_digit).count();
    if count < 7 || !text.ends_with(|c: char| c.is_ascii_digit() || c == ')') || is_year_range(text) {
        return None;
    }
    let kind = if separated && count <= 15 {
        ValueKind::Phone
    } else {
        ValueKind::Number
    };
    Some((end, kind))
}

/// "2025-2026", "1998 2004": two years, not a number to hide.
fn is_year_range(text: &str) -> bool {
    let year = |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20"));
    text.split_once(['-', ' ', '.'])
        .is_some_and(|(a, b)| year(a) && year(b) && b.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scrub(text: &str, shift_days: i32) -> String {
        let mut values = Values::default();
        let dates = Dates {
            shift_days,
            born: None,
        };
        Scrubber::new(&mut values, Vec::new(), dates).scrub(text).unwrap()
    }

    #[test]
    fn numbers_emails_and_addresses_become_placeholders() {
        assert_eq!(
            scrub("Write to ana.r@clinic.example.org.", 0),
            "Write to [e-mail 1]."
        );
        assert_eq!(
            scrub("Call +1 713 555 0148 or (713) 555-0148 today", 0),
            "Call [phone 1] or [phone 1] today"
        );
        assert_eq!(
            scrub("Receipt IOE0927461853 filed", 0),
            "Receipt XXX0000000001 filed"
        );
        assert_eq!(scrub("A-number A123456789.", 0), "A-number [number 1].");
        assert_eq!(
            scrub("at 1300 East 9th Street, Suite 1105, Cleveland", 0),
            "at [address 1], Cleveland"
        );
    }

    #[test]
    fn ordinary_numbers_stay() {
        let text = "Form I-134, 100 days, pages 2-3, $1,000, 8 CFR 103.2(b)(3), the 2025 tax return, \
                    the 2025-2026 school year, the 2025 Supreme Court decision";
        assert_eq!(scrub(text, 0), text);
    }

    #[test]
    fn dates_shift_in_every_style_they_are_written() {
        assert_eq!(
            scrub(
                "2026-03-14; 3/14/2026; 14/3/2026; March 14, 2026; Mar. 14, 2026; 14 March 2026",
                20
            ),
            "2026-04-03; 4/3/2026; 3/4/2026; April 3, 2026; Apr. 3, 2026; 3 April 2026"
        );
        assert_eq!(
            scrub("In March 2026 and in 2025", 20),
            "In March 2026 and in 2025"
        );
    }

    #[test]
    fn the_birth_date_is_replaced_wherever_it_is_written() {
        let mut values = Values::default();
        let real = Date::new(2017, 5, 9).unwrap();
        let fake = Date::new(2017, 1, 1).unwrap();
        let dates = Dates {
            shift_days: 0,
            born: Some((real, fake)),
        };
        let out = Scrubber::new(&mut values, Vec::new(), dates)
            .scrub("born 2017-05-09 (May 9, 2017)")
            .unwrap();
        assert_eq!(out, "born 2017-01-01 (January 1, 2017)");
    }

    #[test]
    fn a_shift_past_the_calendar_is_an_error() {
        let mut values = Values::default();
        let dates = Dates {
            shift_days: 10,
            born: None,
        };
        let err = Scrubber::new(&mut values, Vec::new(), dates)
            .scrub("9999-12-30")
            .unwrap_err();
        assert_eq!(err.days, 10);
    }
}
