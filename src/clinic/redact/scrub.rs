//! The first pass over a text: numbers, e-mails, links, addresses and dates.
//!
//! One left-to-right scan tries, at each word boundary, the values known from
//! the case's own fields (its address, receipt, e-mail...), then the shapes of
//! a link, an e-mail (also written "name at mail dot com"), a handle, a date
//! ([`super::dates`]), a receipt, passport, A-number, record or booking
//! number, a street address (US, and the forms of other countries: "Colonia
//! Kennedy, Bloque 12, Casa 7", "House 12, Street 4", "P.O. Box 4471") and a
//! phone number. What matches is replaced; everything else is copied, and
//! every replacement is remembered so that the review pass knows what
//! rebut itself wrote.

use super::addresses::address_at;
use super::dates::{Found, Reading, Style, date_at, make, numeric};
use super::restore::Rewrite;
use super::safe::{is_currency, is_currency_sign, is_law_number_at};
use super::script_dates::script_date;
use super::values::{ValueKind, Values, is_receipt};
use super::words::{digits, fold, folded_in, month};
use jiff::ToSpan;
use jiff::civil::Date;
use std::collections::BTreeSet;

/// A date could not be moved by the requested number of days.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the date {date} cannot be shifted by {days} days (the result is outside the years -9999 to 9999)")]
pub struct ShiftError {
    pub date: Date,
    pub days: i32,
}

/// How dates move: by a constant number of days, except the birth date,
/// which is replaced outright.
#[derive(Debug, Clone)]
pub struct Dates {
    pub shift_days: i32,
    /// The real birth date and the one that replaces it.
    pub born: Option<(Date, Date)>,
    /// The other people's real birth dates: written anywhere in full,
    /// or in figures in their year, they are replaced as birth dates.
    pub others: Vec<Date>,
    /// How to read dates whose order or year the text leaves open.
    pub reading: Reading,
}

impl Dates {
    pub fn new(shift_days: i32) -> Dates {
        Dates {
            shift_days,
            born: None,
            others: Vec::new(),
            reading: Reading {
                day_first: true,
                year: 2000,
            },
        }
    }

    /// Whether a date found in a text is another person's birth date: the
    /// same day, or the same day read the other way round in figures
    /// ("05/01/1991" for 1 May 1991, whose order of day and month may have
    /// been read either way). Other dates of that year are dates.
    fn is_others_birth(&self, found: &Found) -> bool {
        let figures = found.has_year && matches!(found.style, Style::Numeric { .. } | Style::Ymd(_));
        self.others.iter().any(|born| {
            *born == found.date
                || (figures
                    && born.year() == found.date.year()
                    && born.month() == found.date.day()
                    && born.day() == found.date.month())
        })
    }

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

    /// A date found in a text; a day and month without a year that are the
    /// birthday become the replacement's day and month.
    fn map_found(&self, found: &Found) -> Result<Date, ShiftError> {
        if let Some((real, fake)) = self.born
            && (real.month(), real.day()) == (found.date.month(), found.date.day())
        {
            if !found.has_year {
                return Ok(fake);
            }
            // A birthday in another year ("she turned 14 on 30 August
            // 2025") is the replacement's day in the year it moves to.
            if found.date.year() != real.year() {
                let year = self.shift(found.date)?.year();
                return Ok(Date::new(year, fake.month(), fake.day()).unwrap_or(fake));
            }
        }
        self.map(found.date)
    }
}

/// The scanner's state: the values met so far and the known literals.
pub struct Scrubber<'a> {
    pub values: &'a mut Values,
    /// Known values (real text, placeholder), longest first.
    pub literals: Vec<(String, String)>,
    pub dates: Dates,
    /// Every text the scanner wrote in place of another: placeholders and
    /// moved dates.
    pub written: BTreeSet<String>,
    /// Where the text being scanned holds a digit the case wrote in
    /// another script ("٢١٤"), read as ASCII: byte offsets.
    pub script_digits: BTreeSet<usize>,
}

/// Words before a number that say what the number is: "passport SZ 041288",
/// "MRN 448120", "booking ref X7K2QM".
const NUMBER_LABELS: [&str; 33] = [
    "passport",
    "pasaporte",
    "passeport",
    "passaporte",
    "mrn",
    "record",
    "booking",
    "reference",
    "ref",
    "pnr",
    "confirmation",
    "ticket",
    "policy",
    "account",
    "registration",
    "expediente",
    "dossier",
    "tazkira",
    "tazkera",
    "cedula",
    "dni",
    "identidad",
    "id",
    "no",
    "nr",
    "number",
    "nº",
    "n",
    "file",
    "case",
    "a-number",
    "nif",
    "cin",
];

impl Scrubber<'_> {
    pub fn new(values: &mut Values, mut literals: Vec<(String, String)>, dates: Dates) -> Scrubber<'_> {
        literals.retain(|(real, _)| !real.trim().is_empty());
        literals.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        Scrubber {
            values,
            literals,
            dates,
            written: BTreeSet::new(),
            script_digits: BTreeSet::new(),
        }
    }

    pub fn scrub(&mut self, text: &str) -> Result<String, ShiftError> {
        Ok(self.scrub_mapped(text)?.out)
    }

    /// [`Scrubber::scrub`], with the pieces of `text` the result copies.
    pub fn scrub_mapped(&mut self, text: &str) -> Result<Rewrite, ShiftError> {
        let reading = self.reading_for(text);
        let mut out = Rewrite::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            let at_boundary = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            if at_boundary && let Some((end, replacement)) = self.try_all(text, i, reading)? {
                self.written.insert(replacement.clone());
                if replacement == text[i..end] {
                    out.copy(text, i, end);
                } else {
                    out.put(&replacement);
                }
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
            out.copy(text, i, i + len);
            i += len;
        }
        Ok(out)
    }

    /// The reading of dates for one text: when one of its numeric dates can
    /// only be read one way, its other dates are read the same way.
    fn reading_for(&self, text: &str) -> Reading {
        let mut reading = self.dates.reading;
        // Only a date of numbers counts, and `date_at` returns one only
        // where `numeric` finds it: a date that opens with an ASCII digit.
        // The other readers are spared at every other word.
        for (i, _) in text.char_indices() {
            if !text.as_bytes()[i].is_ascii_digit() || text[..i].ends_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            if let Some(found) = numeric(&text[i..], reading)
                && let Style::Numeric { day_first, .. } = found.style
                && !found.ambiguous
                && found.date.day() > 12
            {
                reading.day_first = day_first;
                break;
            }
        }
        reading
    }

    /// A file name or path: the date and numbers in it replaced, in forms
    /// a file name can hold.
    pub fn scrub_path(&mut self, path: &str) -> Result<String, ShiftError> {
        let mut out = Vec::new();
        for segment in path.split('/') {
            // Hyphens and underscores between words read as spaces, so that
            // "passport-SZ041288" gives up its number and keeps "passport";
            // between digits they stay, for dates.
            let chars: Vec<char> = segment.chars().collect();
            let digit = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(char::is_ascii_digit);
            // The digits before a hyphen end a number only when no letter
            // is joined to them: "name6-01-01-2012" is a slug and a date.
            let number_before = |k: usize| {
                let run = chars[..k].iter().rev().take_while(|c| c.is_ascii_digit()).count();
                run > 0 && !chars[..k - run].last().is_some_and(|c| c.is_alphabetic())
            };
            let spaced: String = chars
                .iter()
                .enumerate()
                .map(|(k, &c)| {
                    if (c == '-' || c == '_') && !(number_before(k) && digit(Some(k + 1))) {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            let scrubbed = self.scrub(&spaced)?;
            if scrubbed == spaced {
                out.push(segment.to_owned());
                continue;
            }
            let slug: String = scrubbed
                .chars()
                .filter_map(|c| match c {
                    '[' | ']' => None,
                    ' ' => Some('-'),
                    c => Some(c),
                })
                .collect();
            self.written.insert(slug.clone());
            out.push(slug);
        }
        Ok(out.join("/"))
    }

    /// "the 17th day of the first month of the ... year" at `i`: a date of
    /// a calendar whose months are numbered, which none of ours moves, so
    /// it goes whole (a birth date after a word of birth); or a month with
    /// its year spelled out in words, "March two thousand and nine", which
    /// goes whole the same way.
    fn numbered_month_date_at(&mut self, text: &str, i: usize) -> Option<(usize, String)> {
        let rest = &text[i..];
        let len = numbered_month_date(rest).or_else(|| spelled_year_date(rest))?;
        let kind = if after_birth_word(&text[..i]) {
            ValueKind::BirthDate
        } else {
            ValueKind::Date
        };
        let p = self.values.placeholder(kind, &rest[..len]);
        Some((i + len, p))
    }

    fn try_all(
        &mut self,
        text: &str,
        i: usize,
        reading: Reading,
    ) -> Result<Option<(usize, String)>, ShiftError> {
        let rest = &text[i..];
        for (real, placeholder) in &self.literals {
            if rest.starts_with(real.as_str()) && ends_word(text, i + real.len(), real) {
                return Ok(Some((i + real.len(), placeholder.clone())));
            }
        }
        if let Some(len) = self.register_number(text, i) {
            let p = self.values.placeholder(ValueKind::Number, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some(len) = link(rest) {
            let p = self.values.placeholder(ValueKind::Link, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some(len) = email(rest).or_else(|| spelled_email(rest)) {
            let p = self.values.placeholder(ValueKind::Email, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some(len) = handle(text, i) {
            let p = self.values.placeholder(ValueKind::Handle, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some(found) = self.numbered_month_date_at(text, i) {
            return Ok(Some(found));
        }
        if let Some((len, date)) = vietnamese_date(rest) {
            // "sinh ngày 14 tháng 8 năm 2017": a birth date, as the others.
            let beneficiary = self.dates.born.is_some_and(|(real, _)| real == date);
            if !beneficiary && after_birth_word(&text[..i]) {
                let p = self.values.placeholder(ValueKind::BirthDate, &rest[..len]);
                return Ok(Some((i + len, p)));
            }
            let new = self.dates.map(date)?;
            let written = if new == date {
                rest[..len].to_owned()
            } else {
                format!(
                    "{} {VI_MONTH} {} {VI_YEAR} {}",
                    new.day(),
                    new.month(),
                    new.year()
                )
            };
            return Ok(Some((i + len, written)));
        }
        if let Some(found) = script_date(rest) {
            // "ថ្ងៃទី 15 ខែមករា ឆ្នាំ2023", "21 أبريل 2019": a date with a
            // month of another script, a birth date as the others.
            let len = found.len;
            let beneficiary = self.dates.born.is_some_and(|(real, _)| real == found.date);
            if !beneficiary && after_birth_word(&text[..i]) {
                let p = self.values.placeholder(ValueKind::BirthDate, &rest[..len]);
                return Ok(Some((i + len, p)));
            }
            // A date that does not move is left to the rules after (the
            // review's, for a birth date written out).
            let new = self.dates.map(found.date)?;
            if new != found.date {
                return Ok(Some((i + len, found.format(rest, new))));
            }
        }
        if let Some(found) = date_at(rest, reading)
            && is_date_here(text, i, found.len)
        {
            // "born 14 March 1987", "nacida el 9 feb. 1984": the birth date
            // of someone else than the beneficiary (whose own is replaced
            // below) goes whole.
            let beneficiary = self.dates.born.is_some_and(|(real, _)| real == found.date);
            if !beneficiary
                && (after_birth_word(&text[..i])
                    || before_birth_word(&text[i + found.len..])
                    || self.dates.is_others_birth(&found))
            {
                let p = self.values.placeholder(ValueKind::BirthDate, &rest[..found.len]);
                return Ok(Some((i + found.len, p)));
            }
            let new = self.dates.map_found(&found)?;
            let written = if new == found.date {
                rest[..found.len].to_owned()
            } else {
                found.style.format(new, found.has_year)
            };
            return Ok(Some((i + found.len, written)));
        }
        let token = token_len(rest);
        if token == 13 && is_receipt(&rest[..13]) {
            let p = self.values.placeholder(ValueKind::Receipt, &rest[..13]);
            return Ok(Some((i + 13, p)));
        }
        if let Some(len) = spaced_document_number(rest)
            .or_else(|| masked_account(rest))
            .or_else(|| plot_reference(rest))
            .or_else(|| (token > 0 && is_document_number(&rest[..token])).then_some(token))
            .or_else(|| split_number_after_label(text, i))
            .or_else(|| (token > 0 && labelled_value(text, i, &rest[..token])).then_some(token))
        {
            let p = self.values.placeholder(ValueKind::Number, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        if let Some(len) = address_at(text, i) {
            let p = self.values.placeholder(ValueKind::Address, &rest[..len]);
            return Ok(Some((i + len, p)));
        }
        // "Loi n° 2007-023": a public law's number, however many digits,
        // is no phone.
        if token > 0 && is_law_number_at(text, i, &rest[..token]) {
            return Ok(Some((i + token, rest[..token].to_owned())));
        }
        Ok(self.phone_or_number_at(text, i))
    }

    /// "record ٢١٤, page ٥٦": a number in another script's digits after a
    /// label of a register's entry is an identifier, however short (a page
    /// cited in ASCII digits stays a citation); its length at byte `i`.
    fn register_number(&self, text: &str, i: usize) -> Option<usize> {
        if !self.script_digits.contains(&i) {
            return None;
        }
        let before = text[..i].strip_suffix(' ')?.trim_end_matches(['.', ':']);
        let label = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != 'º')
            .next()
            .unwrap_or("");
        if !folded_in(label, &REGISTER_LABELS) {
            return None;
        }
        let rest = &text[i..];
        let len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        (len > 0 && ends_word(text, i + len, "0")).then_some(len)
    }

    /// A phone number (with its extension) or a long number at byte `i`.
    fn phone_or_number_at(&mut self, text: &str, i: usize) -> Option<(usize, String)> {
        let rest = &text[i..];
        let (len, kind) = phone_or_number(rest)?;
        // The extension after a phone goes with it; the phone alone is its
        // value, so that it has one placeholder with or without.
        let extension = if kind == ValueKind::Phone {
            extension(&rest[len..])
        } else {
            0
        };
        let whole = len + extension;
        ends_word(text, i + whole, "0").then(|| (i + whole, self.values.placeholder(kind, &rest[..len])))
    }
}

/// "tháng" (month) and "năm" (year) of a Vietnamese date.
const VI_MONTH: &str = "th\u{e1}ng";
const VI_YEAR: &str = "n\u{103}m";

/// A date of a calendar whose months are numbered rather than named (the
/// Tibetan, Bhutanese, Chinese or Korean lunar ones) written in English:
/// a day and a month as ordinals, "9th day of the 4th month", "third day
/// of the eleventh moon", with the year after it when it is named ("of
/// the Wood Dragon year", "of the year 2151"): its length.
fn numbered_month_date(s: &str) -> Option<usize> {
    // Read at every word of every text: a cheap test first, "day of" after
    // the first word.
    let first_len = s.find(|c: char| !(c.is_alphanumeric() || c == '-'))?;
    let after = &s.as_bytes()[first_len..];
    if after.len() < 8 || !after[..8].eq_ignore_ascii_case(b" day of ") {
        return None;
    }
    let words = spaced_words(s, 14, |c| c.is_alphanumeric() || c == '-');
    let word = |j: usize| words.get(j).map(|&(a, b)| fold(&s[a..b]));
    let is = |j: usize, options: &[&str]| word(j).is_some_and(|w| options.contains(&w.as_str()));
    let ordinal = |j: usize| {
        word(j).is_some_and(|w| {
            let digits = w.chars().take_while(char::is_ascii_digit).count();
            (1..=2).contains(&digits) && ["st", "nd", "rd", "th"].contains(&&w[digits..])
                || super::safe::is_ordinal_word(&w)
        })
    };
    if !(ordinal(0) && is(1, &["day"]) && is(2, &["of"])) {
        return None;
    }
    let month_at = if is(3, &["the"]) { 4 } else { 3 };
    if !(ordinal(month_at) && is(month_at + 1, &["month", "moon"])) {
        return None;
    }
    let mut end = words[month_at + 1].1;
    // The year, named or numbered, within a few words: "of the Iron Male
    // Rat year", "in the year of the Horse".
    if is(month_at + 2, &["of", "in"]) && is(month_at + 3, &["the"]) {
        let first = month_at + 4;
        for j in first..(first + 6).min(words.len()) {
            if is(j, &["year"]) {
                let named_before = j > first;
                let after = if !named_before && is(j + 1, &["of"]) && is(j + 2, &["the"]) {
                    (j + 3..(j + 6).min(words.len()))
                        .take_while(|&k| s[words[k].0..].starts_with(char::is_uppercase))
                        .last()
                } else {
                    None
                };
                let last = after.or_else(|| {
                    let number = words
                        .get(j + 1)
                        .filter(|&&(a, b)| s[a..b].chars().all(|c| c.is_ascii_digit()));
                    if number.is_some() {
                        Some(j + 1)
                    } else {
                        named_before.then_some(j)
                    }
                });
                if let Some(last) = last {
                    end = words[last].1;
                }
                break;
            }
            if !s[words[j].0..].starts_with(char::is_uppercase) {
                break;
            }
        }
    }
    Some(end)
}

/// The words that open `s`, each a run of the characters `in_word`
/// takes, one space apart, at most `most` of them: their spans.
fn spaced_words(s: &str, most: usize, in_word: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut at = 0;
    while words.len() < most {
        let len = s[at..].find(|c: char| !in_word(c)).unwrap_or(s.len() - at);
        if len == 0 {
            break;
        }
        words.push((at, at + len));
        at += len;
        if !s[at..].starts_with(' ') {
            break;
        }
        at += 1;
    }
    words
}

/// "two" in the languages whose years of this century are said "two
/// thousand and ...", folded; a year spelled in words opens with it.
const TWO_WORDS: [&str; 17] = [
    "two", "tvo", "dos", "deux", "due", "zwei", "twee", "tva", "to", "dwa", "dva", "ket", "kaksi", "doi",
    "iki", "divi", "du",
];

/// "thousand" in those languages, folded (the Icelandic "þúsund" to
/// "thusund"); a year may glue it to the two and to the rest
/// ("zweitausendzwölf", "duemiladieci", "kaksituhatta").
const THOUSAND_WORDS: [&str; 16] = [
    "thousand", "thusund", "mil", "mille", "mila", "tausend", "duizend", "tusen", "tusind", "tisic",
    "tisice", "tysiace", "tuhat", "tuhatta", "ezer", "mii",
];

/// The words that join the thousands of a spelled year to the rest
/// ("two thousand and nine", "tvö þúsund og tíu"), folded.
const YEAR_JOINS: [&str; 8] = ["and", "og", "y", "e", "et", "und", "en", "och"];

/// Words that end a spelled year rather than continue it: a preposition
/// or an article after "dos mil once" ("en Lima"), folded.
const AFTER_YEAR: [&str; 19] = [
    "in", "at", "on", "by", "of", "to", "the", "a", "en", "el", "la", "de", "le", "au", "im", "am", "i",
    "vid", "um",
];

/// "March two thousand and nine", "mayo de dos mil once", "nóvember tvö
/// þúsund og sautján", "Juli zweitausendzwölf": a month word followed
/// by a year of this century written in the words of its language; its
/// length. The year must be there whole: "May a thousand people" and "two
/// thousand" with no rest are no date.
fn spelled_year_date(s: &str) -> Option<usize> {
    let first_len = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    if first_len < 3 || month(&fold(&s[..first_len])).is_none() {
        return None;
    }
    let words: Vec<(usize, usize, String)> = spaced_words(s, 7, |c| c.is_alphabetic() || c == '-')
        .into_iter()
        .map(|(a, b)| (a, b, fold(&s[a..b])))
        .collect();
    let lower = |j: usize| {
        words
            .get(j)
            .is_some_and(|(a, _, _)| s[*a..].starts_with(char::is_lowercase))
    };
    let word = |j: usize| words.get(j).map_or("", |(_, _, w)| w.as_str());
    let mut j = 1;
    if ["of", "de", "del", "di", "du"].contains(&word(j)) {
        j += 1;
    }
    if !lower(j) {
        return None;
    }
    let two = word(j);
    // Glued: "zweitausendzwölf" whole, with more after the thousand.
    if let Some(glued) = TWO_WORDS
        .iter()
        .find(|t| two.starts_with(*t) && two.len() > t.len())
        && THOUSAND_WORDS
            .iter()
            .any(|k| two[glued.len()..].starts_with(*k) && two.len() > glued.len() + k.len())
    {
        return Some(words[j].1);
    }
    if !TWO_WORDS.contains(&two) || !lower(j + 1) || !THOUSAND_WORDS.contains(&word(j + 1)) {
        return None;
    }
    let thousand = j + 1;
    let last = if YEAR_JOINS.contains(&word(thousand + 1)) && lower(thousand + 2) {
        thousand + 2
    } else if lower(thousand + 1) && !AFTER_YEAR.contains(&word(thousand + 1)) {
        thousand + 1
    } else {
        return None;
    };
    // "In March two thousand families fled": in English, the year goes on
    // only in a number's words ("nine", "twenty-one").
    if two == "two" && crate::text::number_word(word(last)).is_none() {
        return None;
    }
    Some(words[last].1)
}

/// "14 tháng 8 năm 2017": a Vietnamese date (day, month and year in
/// numbers, with the words for month and year), its length and the date.
fn vietnamese_date(s: &str) -> Option<(usize, Date)> {
    let (d, day) = digits(s, 1, 2)?;
    let mut at = d;
    let word = |w: &str, at: &mut usize| -> Option<()> {
        let rest = s[*at..].strip_prefix(' ')?;
        let rest = rest
            .strip_prefix(w)
            .or_else(|| rest.strip_prefix(w.to_uppercase().as_str()))?;
        let rest = rest.strip_prefix(' ')?;
        *at = s.len() - rest.len();
        Some(())
    };
    word(VI_MONTH, &mut at)?;
    let (m, month) = digits(&s[at..], 1, 2)?;
    at += m;
    word(VI_YEAR, &mut at)?;
    let (y, year) = digits(&s[at..], 4, 4)?;
    at += y;
    if s[at..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let date = make(year, month, day)?;
    Some((at, date))
}

/// Words that say a birth date follows, folded, in English, Spanish,
/// French, Portuguese and Tagalog, and in the Cyrillic and Arabic forms:
/// "born", "DOB", "nacida", "née", "nascido", "ipinanganak", "родился",
/// "народилася", "ولد", "مواليد".
const BIRTH_WORDS: &[&str] = &[
    "born",
    "dob",
    "d.o.b",
    "birth",
    "birthdate",
    "nacido",
    "nacida",
    "nacio",
    "nacimiento",
    "né",
    "née",
    "nee",
    "naissance",
    "nascido",
    "nascida",
    "nasceu",
    // Belize and Jamaican Kriol: "shee mi baan di ..." (she was born the).
    "baan",
    "nascimento",
    "ipinanganak",
    // Vietnamese: "sinh ngày 14 tháng 8 năm 2017".
    "sinh",
    "isinilang",
    "kapanganakan",
    "kaarawan",
    "родился",
    "родилась",
    "рождения",
    "народився",
    "народилася",
    "народження",
    "জন্ম",
    "जन्म",
    "پیدائش",
    "ولادت",
    "ولد",
    "ولدت",
    "مواليد",
    "الميلاد",
    "ميلاد",
    // Turkish ("doğum tarihi", "doğdu"), Somali ("dhalasho", "dhashay"),
    // German ("geboren", "geb."), Italian ("nato", "nata", "nascita"),
    // Persian ("تولد"), folded where they are in Latin letters.
    "dogum",
    "dogdu",
    "dhalasho",
    "dhalashada",
    "dhashay",
    "geboren",
    "geb",
    "nato",
    "nata",
    "nascita",
    "تولد",
    "متولد",
    // Albanian: "lindur" (born), "lindja", "lindjes" (the birth, of it),
    // "datëlindja" (birth date).
    "lindur",
    "lindi",
    "lindja",
    "lindjes",
    "datelindja",
    "datelindje",
    // Romanian: "născut", "născută" (born), "naștere", "nașterii" (birth,
    // of the birth); Swahili: "alizaliwa" (was born), "kuzaliwa" (to be
    // born), "amezaliwa"; Polish "urodzony", "urodzona", "urodzenia";
    // Czech "narozen", "narozena", "narození"; Hungarian "született",
    // "születési"; Bulgarian "роден", "родена", "раждане".
    "nascut",
    "nascuta",
    "nastere",
    "nasterii",
    "alizaliwa",
    "amezaliwa",
    "kuzaliwa",
    "urodzony",
    "urodzona",
    "urodzenia",
    "narozen",
    "narozena",
    "narozeni",
    "szuletett",
    "szuletesi",
    // Hungarian "szül." (born), the abbreviation before a birth date.
    "szul",
    "роден",
    "родена",
    "раждане",
    // Bosnian, Croatian, Serbian: "rođen", "rođena" (born), "rođenja" (of
    // birth), folded ("рођена" folds to "rodjena").
    "roden",
    "rodena",
    "rodenja",
    "rodjen",
    "rodjena",
    "rodjenja",
    // Their genitive, after the person it describes: "sina Marka,
    // rođenog ...", "kćerke, rođene ...".
    "rodenog",
    "rodene",
    "rodjenog",
    "rodjene",
    // Lithuanian: "gimęs", "gimusi" (born), "gimė" (was born), "gimimo"
    // (of birth); Afrikaans: "gebore" (born), "geboorte" (birth).
    "gimes",
    "gimusi",
    "gime",
    "gimimo",
    "gebore",
    "geboorte",
    // Latvian: "dzimis", "dzimusi" (born), "dzima" (was born),
    // "dzimšanas" (of birth), folded.
    "dzimis",
    "dzimusi",
    "dzima",
    "dzimsanas",
    // Estonian: "sündinud" (born), "sündis" (was born), "sünniaeg",
    // "sünnikuupäev" (birth date); Slovak: "narodený", "narodená" (born),
    // "narodil", "narodila" (was born), "narodenia" (of birth), folded.
    "sundinud",
    "sundis",
    "sunniaeg",
    "sunnikuupaev",
    "narodeny",
    "narodena",
    "narodil",
    "narodila",
    "narodenia",
    // Hungarian: "született" (born), "születési" (of birth); Slovene:
    // "rojen", "rojena" (born), "rojstva" (of birth), folded.
    "szuletett",
    "szuletesi",
    "rojen",
    "rojena",
    "rojstva",
    // Finnish: "syntyi" (was born), "syntynyt" (born), "syntymäaika",
    // "syntymäpäivä" (date of birth), folded.
    "syntyi",
    "syntynyt",
    "syntymaaika",
    "syntymapaiva",
    // Bemba: "afyelwe" (was born), "ukufyalwa" (to be born, the birth).
    "afyelwe",
    "ukufyalwa",
    // Kabyle: "ilul", "tlul" (he, she was born), with the mark of
    // direction "-d" ("tlul-d"), "tlalit" (the birth); Wolof: "juddu" (be
    // born), "judduwaay" (birthplace).
    "ilul",
    "tlul",
    "ilul-d",
    "tlul-d",
    "tlalit",
    "juddu",
    "judduwaay",
    // Icelandic: "fæddist" (was born), "fæddur", "fædd" (born),
    // "fæðingardagur" (birth date), folded.
    "faeddist",
    "faeddur",
    "faedd",
    "faedingardagur",
];

/// Whether a folded word is a word of birth before a date ("rođen",
/// "born", "nacida").
pub(super) fn is_birth_word(folded: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| BIRTH_WORDS.iter().copied().collect())
        .contains(folded)
}

/// Words after a date that make it a birth date: "1988 doğumlu", "12.03.1988
/// tarihinde doğdu", "1990 г.р." (год рождения), "1985-yil tug'ilgan".
const BIRTH_WORDS_AFTER: &[&str] = &[
    "dogumlu",
    "dogdu",
    "tarihinde",
    "г.р",
    "г.р.",
    "гр",
    "года",
    "рождения",
    "dhashay",
];

/// Whether the text after a date says it is a birth date: a birth word
/// right after it ("1988 doğumlu"), or "tarihinde doğdu" (on the date,
/// was born), "года рождения" (year of birth).
pub(super) fn before_birth_word(after: &str) -> bool {
    let mut words = after
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | '('))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.trim_end_matches([';', ':']);
            [fold(w), w.to_lowercase()]
        });
    let Some(first) = words.next() else {
        return false;
    };
    let birth = |forms: &[String; 2]| {
        forms
            .iter()
            .any(|f| is_birth_word(f.trim_end_matches('.')) || f == "dogumlu" || f == "г.р.")
    };
    if birth(&first) {
        return true;
    }
    // "tarihinde doğdu", "года рождения": a second word that says birth.
    first.iter().any(|f| BIRTH_WORDS_AFTER.contains(&f.as_str())) && words.next().is_some_and(|w| birth(&w))
}

/// Small words between a birth word and its date: "born on", "nacida el",
/// "née le", "nascido em", "ipinanganak noong", "(DOB:"; Bengali, Hindi
/// and Urdu put "date" after "birth": "জন্ম তারিখ", "जन्म तिथि".
const BIRTH_JOINS: &[&str] = &[
    // Afrikaans: "gebore op die" (born on the).
    "op",
    "die",
    "on",
    "in",
    "el",
    "le",
    "em",
    "a",
    "noong",
    "ngay",
    "sa",
    "the",
    "of",
    "de",
    "du",
    // Turkish and Somali put "date" after "birth": "doğum tarihi",
    // "taariikhda dhalashada" (date of the birth, before the word).
    "tarihi",
    // "birth date: ", "date of birth is ", "DOB was ".
    "date",
    "is",
    "was",
    "es",
    "fue",
    "foi",
    "est",
    "তারিখ",
    "तारीख",
    "तिथि",
    // Albanian: "lindur më 5 maj" (born on).
    "me",
    // Belize Kriol: "baan di" (born the).
    "di",
    // Romanian: "născută la", "născut pe" (born on); Swahili: "alizaliwa
    // tarehe", "mnamo" (born on the date, on).
    "la",
    "pe",
    "tarehe",
    "mnamo",
    // Kabyle: "tlul-d ass n 21 yunyu" (she was born the day of 21 June),
    // the mark of direction "-d" after the birth word.
    "d",
    "ass",
    "n",
];

/// Whether the text before a date ends with a birth word, with at most
/// four small words or capitalized words (a place) after it, in the same
/// sentence: "born ", "DOB: ", "date of birth: ", "nacida el ", "born in
/// Lahore, Pakistan, on ".
pub(super) fn after_birth_word(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, ':' | '(' | ',' | '-'))
        .filter(|w| !w.is_empty());
    // A birth date already replaced, restated after it: "born on [birth
    // date 1], el veinticinco de marzo...", also with the place of birth
    // between ("[birth date 1] in Saint-Louis, le ...").
    let mut tail = before.trim_end();
    // "[birth date 1]. (": the same date again in brackets.
    if let Some(open) = tail.strip_suffix('(') {
        tail = open.trim_end().trim_end_matches('.');
    }
    for _ in 0..5 {
        let Some((head, last)) = tail.rsplit_once(' ') else {
            break;
        };
        let word = last.trim_end_matches(',');
        let place =
            word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !(place || folded_in(word, BIRTH_JOINS)) {
            break;
        }
        tail = head.trim_end();
    }
    let tail = tail.trim_end_matches(',');
    if tail.ends_with(']')
        && tail
            .rfind('[')
            .is_some_and(|i| tail[i..].starts_with("[birth date "))
    {
        return true;
    }
    let mut counted = 0;
    while counted < 5 {
        let Some(written) = words.next() else {
            return false;
        };
        // The numbers of a date written just before, which this one
        // restates: "born on 25-03-89, el veinticinco de marzo de 1989".
        if written.len() <= 4 && written.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        counted += 1;
        // Folded for the Latin words, as written for the others.
        let word = written.trim_end_matches('.');
        let forms = [fold(word), word.to_lowercase()];
        if forms.iter().any(|f| is_birth_word(f)) {
            // "was born. On 3 May she..." ends a sentence; "D.O.B." does not.
            return word.len() == written.len()
                || word.contains('.')
                || word.chars().count() <= 3
                || folded_in(word, BIRTH_ABBREVIATIONS);
        }
        let place = word.starts_with(char::is_uppercase) && word.len() == written.len();
        if !place && !forms.iter().any(|f| BIRTH_JOINS.contains(&f.as_str())) {
            return false;
        }
    }
    false
}

/// Birth words longer than three letters that are abbreviations, whose
/// full stop ends no sentence: Hungarian "szül." (born).
const BIRTH_ABBREVIATIONS: &[&str] = &["szul"];

/// Whether a birth word stands among the last `reach` words before a date,
/// in the same sentence: "DOB (per the school's register, which the
/// mother kept) ", where [`after_birth_word`] gives up.
pub(super) fn birth_word_before(before: &str, reach: usize) -> bool {
    for written in before.split_whitespace().rev().take(reach) {
        let word = written.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let bare = word.trim_end_matches('.');
        let forms = [fold(bare), bare.to_lowercase()];
        if forms.iter().any(|f| is_birth_word(f)) {
            return true;
        }
        // A full stop after a word, not an abbreviation, ends the sentence.
        if written.ends_with(['.', ';', '!', '?']) && bare.chars().count() > 3 && !bare.contains('.') {
            return false;
        }
    }
    false
}

/// A web address: `https://…`, `http://…`, `www.…`, `file:…`, up to the
/// next space, without a closing bracket or full stop that belongs to the
/// sentence. Addresses of government sites are public and stay.
fn link(s: &str) -> Option<usize> {
    // Compared in place: a copy of the text's head at every word, or of
    // the whole rest where its eighth byte falls inside a character, cost
    // more than the rest of the test.
    if !["http://", "https://", "www.", "file:"].iter().any(|p| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    }) && !domain_path(s)
    {
        return None;
    }
    let mut len = s.find(char::is_whitespace).unwrap_or(s.len());
    while len > 0 && s[..len].ends_with(['.', ',', ';', ':', ')', ']', '"', '\'', '!', '?']) {
        len -= 1;
    }
    let body = &s[..len];
    let host = body
        .split_once("//")
        .map_or(body, |(_, h)| h)
        .split('/')
        .next()
        .unwrap_or("");
    if host.to_ascii_lowercase().ends_with(".gov") || len < 6 {
        return None;
    }
    Some(len)
}

/// "fb.com/name", "t.me/name", "gofundme.com/f/name": a domain in lower
/// case with a path, written without a scheme.
fn domain_path(s: &str) -> bool {
    // The host holds only what a label may: the first other character must
    // be the slash (found at once, not searched for through the rest of a
    // text that has none).
    let host_end = s
        .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'))
        .unwrap_or(s.len());
    if !s[host_end..].starts_with('/') {
        return false;
    }
    let (host, path) = (&s[..host_end], &s[host_end + 1..]);
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase()))
        && path.starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// "@oksana_tk": a handle after a space, a bracket or the start.
fn handle(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    if !rest.starts_with('@') || text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '.') {
        return None;
    }
    let len = rest[1..]
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(rest.len() - 1);
    let name = rest[1..1 + len].trim_end_matches('.');
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some(1 + name.len())
}

/// "lindi.m at yahoo dot com", "lindi [at] yahoo [dot] com", "lindi(at)yahoo.com".
fn spelled_email(s: &str) -> Option<usize> {
    let is_local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let local = s.find(|c: char| !is_local(c)).unwrap_or(s.len());
    if local == 0 {
        return None;
    }
    let after = &s[local..];
    let at = spelled(after, &["at", "[at]", "(at)", "AT"])?;
    let domain_start = local + at;
    let mut end = domain_start;
    let mut dots = 0;
    loop {
        let part = s[end..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(s.len() - end);
        // Domains are written in lower case, two letters or more a label.
        if part < 2 || s[end..end + part].chars().any(|c| c.is_ascii_uppercase()) {
            return None;
        }
        end += part;
        match spelled(&s[end..], &["dot", "[dot]", "(dot)", "DOT"]).or_else(|| {
            (s[end..].starts_with('.') && s[end + 1..].starts_with(|c: char| c.is_ascii_alphanumeric()))
                .then_some(1)
        }) {
            Some(sep) => {
                dots += 1;
                end += sep;
            }
            None => break,
        }
    }
    // "and at yasin.kbl@gmail.com": the "domain" is the start of a real
    // address, which the e-mail pattern reads from its own first letter.
    (dots > 0 && !s[end..].starts_with(['@', '/'])).then_some(end)
}

/// " at ", "[at]", " (dot) " and the like, with spaces or a line break
/// around a word, or brackets instead: the length, if `s` starts with one.
fn spelled(s: &str, words: &[&str]) -> Option<usize> {
    let lead = s.find(|c: char| !c.is_whitespace()).unwrap_or(s.len());
    let rest = &s[lead..];
    let word = words.iter().find(|w| rest.starts_with(*w))?;
    let bracketed = word.starts_with(['[', '(']);
    let tail = rest[word.len()..]
        .find(|c: char| !c.is_whitespace())
        .unwrap_or(rest.len() - word.len());
    if !bracketed && (lead == 0 || tail == 0) {
        return None;
    }
    if s[..lead + word.len() + tail].matches('\n').count() > 1 {
        return None;
    }
    Some(lead + word.len() + tail)
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
    // "rajeshkr.lko@okexample": a payment address (UPI) is a handle and a
    // provider in lower case, with no dot after the "@".
    let provider = domain.len() >= 3
        && domain
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s[..at].chars().filter(char::is_ascii_alphabetic).count() >= 2;
    ((domain.contains('.') && !domain.starts_with('.')) || provider).then_some(domain_start + domain.len())
}

/// "SZ 041288": one to three capitals, a space and six to nine digits.
fn spaced_document_number(s: &str) -> Option<usize> {
    let letters = s.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(s.len());
    if !(1..=3).contains(&letters)
        || !s[letters..].starts_with(' ')
        || folded_in(&s[..letters], &NUMBER_LABELS)
    {
        return None;
    }
    let (len, _) = digits(&s[letters + 1..], 6, 9)?;
    let end = letters + 1 + len;
    (!s[end..].starts_with(|c: char| c.is_alphanumeric())).then_some(end)
}

/// Whether the word just before `i` says that a number follows ("MRN",
/// "passport no.", "booking reference:", "A#").
fn labelled(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end();
    if before.len() == text[..i].len() && !before.ends_with('#') {
        return false;
    }
    if before.ends_with('#') {
        return true;
    }
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches([':', '.', ','])
        .trim_start_matches(['(', '[']);
    folded_in(word, &NUMBER_LABELS)
}

/// The labels that say "number" ("no.", "nr.", "nº"): what follows them is
/// a number, however it is split, never a date ("nr. 2114/3/15").
const NUMBER_WORDS: [&str; 5] = ["no", "nr", "nº", "n", "number"];

/// Whether a date read at byte `i`, `len` bytes long, is one: it ends a
/// word, goes on with no slash or hyphen, and follows no label of a
/// number ("nr. 2114/3/15").
fn is_date_here(text: &str, i: usize, len: usize) -> bool {
    ends_word(text, i + len, "0") && !text[i + len..].starts_with(['/', '-']) && !after_number_word(text, i)
}

/// Whether the text before byte `i` ends with a label of [`NUMBER_WORDS`]
/// and a space.
fn after_number_word(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let trimmed = before.trim_end();
    trimmed.len() < before.len()
        && trimmed
            .rsplit(char::is_whitespace)
            .next()
            .map(|w| fold(w.trim_end_matches(['.', ':']).trim_start_matches(['(', '['])))
            .is_some_and(|w| NUMBER_WORDS.contains(&w.as_str()))
}

/// "nr. 2114/3/15": after a label of [`NUMBER_WORDS`], a number split by
/// slashes, hyphens or full stops, at least four digits in all and no
/// public law's number: its length at byte `i`.
fn split_number_after_label(text: &str, i: usize) -> Option<usize> {
    if !text[i..].starts_with(|c: char| c.is_ascii_digit()) || !after_number_word(text, i) {
        return None;
    }
    let rest = &text[i..];
    let mut end = 0;
    for (j, c) in rest.char_indices() {
        if c.is_ascii_alphanumeric() {
            end = j + 1;
        } else if "/-.".contains(c) && end == j && rest[j + 1..].starts_with(|n: char| n.is_ascii_digit()) {
            continue;
        } else {
            break;
        }
    }
    let number = &rest[..end];
    (end > 0
        && !rest[end..].starts_with(char::is_alphanumeric)
        && number.contains(['/', '-', '.'])
        && number.chars().filter(char::is_ascii_digit).count() >= 4
        && !is_law_number_at(text, i, number))
    .then_some(end)
}

/// Whether `token`, at byte `i` of `text`, is a value after a label, and
/// no public law's number after its label ("Ley N° 27337").
fn labelled_value(text: &str, i: usize, token: &str) -> bool {
    // The token's own shape first: most words hold no digit, and the label
    // before them is not worth reading.
    is_labelled_value(token) && labelled(text, i) && !is_law_number_at(text, i, token)
}

/// A value after a label: at least four digits, or six or more letters and
/// digits with both ("X7K2QM").
fn is_labelled_value(token: &str) -> bool {
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let letters = token.chars().filter(char::is_ascii_alphabetic).count();
    digits >= 4 || (digits >= 1 && letters >= 1 && token.len() >= 6 && token == token.to_uppercase())
}

/// Phone numbers (seven to fifteen digits with the separators phones use),
/// and runs of six or more digits. Digits grouped by threes after single
/// spaces ("1 200 000") are an amount, not a number to hide.
fn phone_or_number(s: &str) -> Option<(usize, ValueKind)> {
    if let Some(len) = masked_number(s) {
        return Some((len, ValueKind::Number));
    }
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
            // "011/325-4410": a slash after a trunk prefix and area code.
            b'/' if (2..=4).contains(&i) && first == '0' && end == i && next_digit => {
                separated = true;
                i += 1;
            }
            b' ' | b'-' | b'.' if i > 0 && next_digit => {
                separated = true;
                i += 1;
            }
            _ => break,
        }
    }
    let text = &s[..end];
    let count = text.chars().filter(char::is_ascii_digit).count();
    if !text.ends_with(|c: char| c.is_ascii_digit() || c == ')') || is_year_range(text)
        // "31 904, ext 12" reads as an amount but is a phone.
        || (is_amount(text) && extension(&s[end..]) == 0)
    {
        return None;
    }
    if count == 6 && !separated && text.len() == 6 {
        return Some((end, ValueKind::Number));
    }
    // "31 904, ext 12": a short local number is a phone when an extension
    // follows it.
    if count < 7 && !(separated && count >= 5 && extension(&s[end..]) > 0) {
        return None;
    }
    let kind = if separated && count <= 15 {
        ValueKind::Phone
    } else {
        ValueKind::Number
    };
    Some((end, kind))
}

/// Words that label the parts of a plot's entry in a land register
/// (`data/cadastral-labels.txt`, folded, without their full stop).
const CADASTRAL_LABELS: &str = include_str!("data/cadastral-labels.txt");

/// Whether `word` (as written, its full stop gone) labels a part of a
/// plot's entry; "sub" only after another part.
fn is_cadastral_label(word: &str, first: bool) -> bool {
    static SET: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let folded = fold(word);
    (!first || folded != "sub")
        && SET
            .get_or_init(|| {
                CADASTRAL_LABELS
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect()
            })
            .contains(&folded.as_str())
}

/// "foglio 38, mappale 1142", "gnr. 45, bnr. 12", "Polígono 9 parcela
/// 212/3": two or more parts of a plot's entry in a land register, each a
/// label and its number (a slash and a second number allowed), a comma
/// or a space between; one number, its length. One part alone ("foglio
/// 4", a sheet of a file) is none.
fn plot_reference(s: &str) -> Option<usize> {
    let mut at = 0;
    let mut parts = 0;
    let mut end = 0;
    loop {
        let word = s[at..]
            .find(|c: char| !(c.is_alphabetic() || c == '.'))
            .unwrap_or(s.len() - at);
        let label = s[at..at + word].trim_end_matches('.');
        if label.is_empty() || !is_cadastral_label(label, parts == 0) {
            break;
        }
        let Some(rest) = s[at + word..].strip_prefix(' ') else {
            break;
        };
        let number_at = s.len() - rest.len();
        let Some((mut len, _)) = digits(rest, 1, 6) else {
            break;
        };
        if let Some((more, _)) = rest[len..].strip_prefix('/').and_then(|r| digits(r, 1, 4)) {
            len += 1 + more;
        }
        if rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '/') {
            break;
        }
        parts += 1;
        end = number_at + len;
        let Some(gap) = [", ", " "].into_iter().find(|g| s[end..].starts_with(g)) else {
            break;
        };
        at = end + gap.len();
    }
    (parts >= 2).then_some(end)
}

/// "QA58 QNBA **** **** 4407 1", "IT60 X030 6904 **** **** 721": an
/// account number of a country (its two letters and two check digits)
/// written in groups of up to four capitals and digits, masked in its
/// middle by groups of asterisks, one number from its first letter to its
/// last digits; its length. With no mask, or no digits after it, none.
fn masked_account(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 5 || !(b[..2].iter().all(u8::is_ascii_uppercase) && b[2..4].iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let mut at = 4;
    let mut end = None;
    let mut masked = false;
    while let Some(rest) = s[at..].strip_prefix(' ') {
        let len = rest
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '*'))
            .unwrap_or(rest.len());
        let g = &rest[..len];
        if rest[len..].starts_with(char::is_alphanumeric) {
            break;
        }
        let stars = (2..=6).contains(&len) && g.bytes().all(|c| c == b'*');
        let plain = (1..=4).contains(&len) && !g.contains('*');
        if stars {
            masked = true;
        } else if !plain || (masked && !g.bytes().any(|c| c.is_ascii_digit())) {
            break;
        }
        at += 1 + len;
        if masked && plain {
            end = Some(at);
        }
    }
    end
}

/// "4276 **** **** 9031": a card number with its middle groups masked by
/// asterisks, one number from its first digit to its last; its length.
/// Groups of two too, as wallets and phones are masked: "76 ** ** 87".
fn masked_number(s: &str) -> Option<usize> {
    let group = |g: &str, c: char| (2..=6).contains(&g.len()) && g.chars().all(|x| x == c);
    let digit_group = |g: &str| (2..=6).contains(&g.len()) && g.chars().all(|x| x.is_ascii_digit());
    let mut end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if !digit_group(&s[..end]) {
        return last_digits_after_mask(s);
    }
    let mut masked = false;
    while let Some(rest) = s[end..].strip_prefix(' ') {
        let len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '*'))
            .unwrap_or(rest.len());
        let g = &rest[..len];
        let is_masked = group(g, '*');
        // Digits again only after a masked group: "4111 **** 7720".
        if !(is_masked || (masked && digit_group(g))) {
            break;
        }
        masked |= is_masked;
        end += 1 + len;
        if !is_masked {
            return Some(end);
        }
    }
    None
}

/// "**** 8804", "*** **** 31": a card or an account shown by its last
/// digits only, the groups before them masked by three to six asterisks
/// each; its length. Two asterisks alone mask nothing ("** 12" may be a
/// note's mark). The digits are the last ones of a card only as a whole
/// token ([`ends_last_digits`]) and when they are no year: "*** 2026-05-03"
/// and "*** 15 May 2026" are dates after a mask, "***40%" a share, "***
/// 2026 budget" a year, all left to the other rules.
fn last_digits_after_mask(s: &str) -> Option<usize> {
    let mut end = 0;
    loop {
        let stars = s[end..].find(|c: char| c != '*').unwrap_or(s.len() - end);
        if !(3..=6).contains(&stars) {
            return None;
        }
        end += stars;
        end += s[end..].strip_prefix(' ').map_or(0, |_| 1);
        let digits = s[end..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(s.len() - end);
        if (2..=6).contains(&digits) {
            let group = &s[end..end + digits];
            let after = &s[end + digits..];
            // "*** 2026 plan": a year the sentence goes on from; "card ****
            // 2019." ends on its digits and is a card's.
            let year = group.len() == 4
                && (group.starts_with("19") || group.starts_with("20"))
                && after.starts_with([' ', '\t']);
            return (!year && ends_last_digits(after)).then_some(end + digits);
        }
        if digits > 0 {
            return None;
        }
    }
}

/// Whether the text after a mask's last digits ends them as a token of
/// their own: the end of the line or of the text, a space before a word
/// that is no month nor currency ("**** 3071 and"), or a sentence's or a
/// clause's mark before a space or the end ("****0093.", "****8237,").
/// A hyphen, a dot, a slash, a sign or a digit after them, or a month or a
/// currency after the space, makes them part of something else ("***
/// 4821-77", "*** 15 May", "*** 300 USD").
fn ends_last_digits(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None | Some('\n' | '\r') => true,
        Some(' ' | '\t') => {
            let next = after.trim_start_matches([' ', '\t']);
            if next.starts_with(|c: char| c.is_ascii_digit() || is_currency_sign(c)) {
                return false;
            }
            let word = fold(next.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
            let month_abbreviation =
                word.len() >= 3 && crate::text::MONTHS.iter().any(|m| m.starts_with(word.as_str()));
            !(month(&word).is_some() || month_abbreviation || is_currency(&word))
        }
        Some('.' | ',' | ';' | ':' | '!' | '?' | ')') => chars.next().is_none_or(char::is_whitespace),
        Some(_) => false,
    }
}

/// Words that label an entry of a register, folded: "No. ٠٤١٨", "record
/// ٢١٤", "page ٥٦", "folio ١٢", "book ٣", "entry ٤٤".
const REGISTER_LABELS: [&str; 11] = [
    "no", "nº", "number", "record", "page", "folio", "book", "entry", "volume", "sheet", "register",
];

/// Words that label the extension after a phone number, folded
/// (`data/extension-labels.txt`), each with whether it is read only after
/// a comma (a label that is also a common word: "+1 ... internal 12 days"
/// is no extension).
const EXTENSION_LABELS: &str = include_str!("data/extension-labels.txt");

/// The extension label `label` (folded), if it is one: whether it needs a
/// comma before it.
fn extension_label(label: &str) -> Option<bool> {
    static LABELS: std::sync::OnceLock<Vec<(&'static str, bool)>> = std::sync::OnceLock::new();
    LABELS
        .get_or_init(|| {
            EXTENSION_LABELS
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(|l| match l.split_once(' ') {
                    Some((word, mark)) => (word, mark.trim() == "comma"),
                    None => (l.trim(), false),
                })
                .collect()
        })
        .iter()
        .find(|(word, _)| *word == label)
        .map(|&(_, comma)| comma)
}

/// The length of an extension right after a phone number (" ext. 204",
/// ", anexo 31"), so that its digits go with the phone: 0 when none.
fn extension(rest: &str) -> usize {
    let after_comma = rest.strip_prefix(',').unwrap_or(rest);
    let label_at = after_comma.trim_start_matches(' ');
    if label_at.len() == after_comma.len() {
        return 0;
    }
    let label_len = label_at
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(label_at.len());
    let label = label_at[..label_len].to_lowercase();
    let Some(comma) = extension_label(&label) else {
        return 0;
    };
    let after_label = &label_at[label_len..];
    let after_dot = after_label.strip_prefix('.').unwrap_or(after_label);
    let number_at = after_dot.trim_start_matches([' ', '#']);
    let digits = number_at.chars().take_while(char::is_ascii_digit).count();
    let ends = number_at[digits..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    if !(1..=6).contains(&digits) || !ends {
        return 0;
    }
    // A label that is a common word in its language ("lokal", a shop too)
    // is read after a comma, or after a space where it is no English word
    // and its number ends the clause: "033 297 114 lokal 362." ("internal
    // 12 days" goes on).
    let clause_ends = number_at[digits..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ')' | '\n'));
    if comma && !rest.starts_with(',') && (super::words::is_common(&fold(&label)) || !clause_ends) {
        return 0;
    }
    rest.len() - number_at.len() + digits
}

/// "1 200 000", "12.500.000": groups of three after a first group of one to
/// three digits, all separated alike.
fn is_amount(text: &str) -> bool {
    for sep in [' ', '.'] {
        let groups: Vec<&str> = text.split(sep).collect();
        if groups.len() >= 2
            && (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        {
            return true;
        }
    }
    false
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
        let dates = Dates::new(shift_days);
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
        // A payment address with no dot after the "@" (UPI).
        assert_eq!(
            scrub("UPI ID rajeshkr.lko@okexample, or", 0),
            "UPI ID [e-mail 1], or"
        );
        assert_eq!(
            scrub("at 1300 East 9th Street, Suite 1105, Cleveland", 0),
            "at [address 1], Cleveland"
        );
    }

    #[test]
    fn a_birth_date_after_the_serbian_genitive_of_born_is_replaced() {
        // "рођеног" (of him, born): a birth date follows.
        assert!(scrub("сина Петра, рођеног 4. IX 2012.", 0).contains("[birth date"));
    }

    #[test]
    fn a_laws_number_after_its_label_stays_and_a_files_is_replaced() {
        assert_eq!(
            scrub("under Ley Nº 27341 and expediente Nº 27342", 0),
            "under Ley Nº 27341 and expediente Nº [number 1]"
        );
    }

    #[test]
    fn a_laws_number_shaped_like_a_phone_stays_and_a_files_is_replaced() {
        assert_eq!(
            scrub(
                "under the Loi n° 2011-002 sur la santé and dossier n° 2011-003",
                0
            ),
            "under the Loi n° 2011-002 sur la santé and dossier n° [phone 1]"
        );
        assert_eq!(
            scrub("under Legea nr. 45/2007 privind sănătatea", 0),
            "under Legea nr. 45/2007 privind sănătatea"
        );
    }

    #[test]
    fn a_short_number_in_another_scripts_digits_after_a_register_label_is_replaced() {
        let mut values = Values::default();
        let mut scrubber = Scrubber::new(&mut values, Vec::new(), Dates::new(0));
        // "book ٣, entry ٤٤, page 12" read as ASCII: the first two numbers
        // were written in Arabic-Indic digits, the page in ASCII.
        let text = "Registered in book 3, entry 44, page 12 of the volume.";
        scrubber.script_digits = [19, 28].into_iter().collect();
        assert_eq!(
            scrubber.scrub(text).unwrap(),
            "Registered in book [number 1], entry [number 2], page 12 of the volume."
        );
        // The same digits after no label stay.
        scrubber.script_digits = [0].into_iter().collect();
        assert_eq!(scrubber.scrub("3 children").unwrap(), "3 children");
    }

    #[test]
    fn the_extension_of_a_phone_goes_with_it() {
        assert_eq!(
            scrub("Reach the ward at +51 1 433 7720 anexo 318, or by fax.", 0),
            "Reach the ward at [phone 1], or by fax."
        );
        assert_eq!(
            scrub("Tel. (416) 555-0192, ext. 4471. Fax", 0),
            "Tel. [phone 1]. Fax"
        );
        assert_eq!(scrub("+7 495 120 44 18 доб. 5 and", 0), "[phone 1] and");
        assert_eq!(
            scrub("Desk: +44 161 496 0732, internal 58.", 0),
            "Desk: [phone 1]."
        );
        assert_eq!(
            scrub("Pejabat 04-2231 7765 samb. 309 dan", 0),
            "Pejabat [phone 1] dan"
        );
        assert_eq!(scrub("07-4412 9081, sambungan 12; fax", 0), "[phone 1]; fax");
        // Turkmen: "goş." (goşmaça, additional).
        assert_eq!(
            scrub("Jaň ediň 8 (12) 39-41-07 goş. 305, soňra", 0),
            "Jaň ediň [phone 1], soňra"
        );
        assert_eq!(
            scrub("Line +1 613 555 0144 extension 7, then", 0),
            "Line [phone 1], then"
        );
        // The same phone with and without its extension is one phone.
        assert_eq!(
            scrub("(773) 555-0190 ext. 2, or (773) 555-0190", 0),
            "[phone 1], or [phone 1]"
        );
        // Not a label: a word that begins like one.
        assert_eq!(
            scrub("+1 713 555 0148 internal 12 days", 0),
            "[phone 1] internal 12 days"
        );
        // Serbian and Uzbek extension labels after a comma; a slash after
        // an area code; a short local number before an extension.
        assert_eq!(scrub("Zovite 011/325-4410, lokal 27.", 0), "Zovite [phone 1].");
        assert_eq!(
            scrub("Qo'ng'iroq (66) 233-45-10, ichki 81.", 0),
            "Qo'ng'iroq [phone 1]."
        );
        assert_eq!(
            scrub("+998 71 233 45 10 ichki ishlar", 0),
            "[phone 1] ichki ishlar"
        );
        assert_eq!(scrub("The desk is 31 904, ext 12.", 0), "The desk is [phone 1].");
        // Romanian "interior" after a comma; Ukrainian, Bulgarian and
        // Hungarian labels; "interior" with no comma is a word.
        assert_eq!(
            scrub("Secția: 0231 44 70 58, interior 36.", 0),
            "Secția: [phone 1]."
        );
        // Estonian "sisenumber" (the inner number) and the Slovak "kl."
        // (klapka) after a comma.
        assert_eq!(
            scrub("Osakond: 744 8120, sisenumber 415.", 0),
            "Osakond: [phone 1]."
        );
        assert_eq!(
            scrub("Ambulancia 02/591 4477, kl. 380; fax", 0),
            "Ambulancia [phone 1]; fax"
        );
        assert_eq!(scrub("+380 44 512 03 77 дод. 14 і", 0), "[phone 1] і");
        assert_eq!(scrub("02 981 40 62, вътр. 7;", 0), "[phone 1];");
        assert_eq!(scrub("06 1 448 2093 mellék 52.", 0), "[phone 1].");
        assert_eq!(
            scrub("+1 713 555 0148 interior 4 rooms", 0),
            "[phone 1] interior 4 rooms"
        );
        // A label that is a word of its language but no English one,
        // after a space, where its number ends the clause; "interior",
        // English too, still needs the comma, and so does a number that
        // goes on.
        assert_eq!(scrub("Odjel: 051 342 118 lokal 215.", 0), "Odjel: [phone 1].");
        assert_eq!(scrub("+1 713 555 0148 interior 4.", 0), "[phone 1] interior 4.");
        assert_eq!(
            scrub("Odjel: +387 51 342 118 lokal 5 sprat", 0),
            "Odjel: [phone 1] lokal 5 sprat"
        );
        // Lithuanian "vidinis" and Albanian "brendshëm" (inner, the inner
        // line) after a space, where the number ends the clause.
        assert_eq!(
            scrub("Skambinkite (8 37) 441 902 vidinis 27.", 0),
            "Skambinkite [phone 1]."
        );
        assert_eq!(
            scrub("Telefononi 052 241 776 brendshëm 9.", 0),
            "Telefononi [phone 1]."
        );
        // Latvian: "iekšējais" (inner, the inner line) and its short form
        // "iekš.", after a comma.
        assert_eq!(
            scrub("Zvaniet 63 422 910, iekšējais 27, vai rakstiet.", 0),
            "Zvaniet [phone 1], vai rakstiet."
        );
        assert_eq!(scrub("Nodaļa: 63 422 910, iekš. 5.", 0), "Nodaļa: [phone 1].");
        // Albanian: the extension as "lokali" (the local line), after a comma.
        assert_eq!(scrub("Ward: 044 718 230, lokali 52.", 0), "Ward: [phone 1].");
        assert_eq!(scrub("Room 31 904 holds 12.", 0), "Room 31 904 holds 12.");
        // Azerbaijani, Portuguese, Russian and Arabic labels.
        assert_eq!(
            scrub("Zəng edin (018) 552 40 71, daxili 64.", 0),
            "Zəng edin [phone 1]."
        );
        assert_eq!(
            scrub("Ligue 23 41 87 90, extensão 12, ou", 0),
            "Ligue [phone 1], ou"
        );
        assert_eq!(scrub("+996 312 61 44 08 вн. 17 и", 0), "[phone 1] и");
        assert_eq!(scrub("+967 1 442 318 تحويلة 45 و", 0), "[phone 1] و");
        // "daxili" alone after a number is a word, not a label.
        assert_eq!(
            scrub("+994 12 552 40 71 daxili işlər", 0),
            "[phone 1] daxili işlər"
        );
    }

    #[test]
    fn a_date_restated_after_a_birth_date_and_its_place_is_a_birth_date() {
        assert!(after_birth_word("née le [birth date 2] à Saint-Louis, le "));
        assert!(after_birth_word("born on [birth date 1] in Cuenca, el "));
        assert!(after_birth_word("rođen [birth date 3]. ("));
        // A sentence ended, or a word that is no place, stops the reading.
        assert!(!after_birth_word(
            "born on [birth date 1]. The clinic in Cuenca, el "
        ));
        assert!(!after_birth_word("born on [birth date 1] and moved in "));
    }

    #[test]
    fn a_date_of_a_calendar_with_numbered_months_goes_whole() {
        assert_eq!(
            scrub(
                "by the lunar reckoning, the 3rd day of the twelfth month of the Wood Female Ox year, and",
                0
            ),
            "by the lunar reckoning, the [date 1], and"
        );
        assert_eq!(
            scrub("born on the ninth day of the 4th moon, in spring", 0),
            "born on the [birth date 1], in spring"
        );
        // A day and a month with no number on them is no date.
        assert_eq!(
            scrub("on the first day of the month she paid", 0),
            "on the first day of the month she paid"
        );
    }

    #[test]
    fn a_month_with_its_year_written_in_words_is_a_date() {
        // The year spelled out in the words of its language, with or
        // without a day before the month.
        assert_eq!(
            scrub("she arrived in March two thousand and nine, alone", 0),
            "she arrived in [date 1], alone"
        );
        assert_eq!(
            scrub("nacida el cuatro de mayo de dos mil once en Lima", 0),
            "nacida el cuatro de [date 1] en Lima"
        );
        assert_eq!(
            scrub("kom hingað í mars tvö þúsund og tíu með móður", 0),
            "kom hingað í [date 1] með móður"
        );
        assert_eq!(
            scrub("geboren im September zweitausendzwölf in Graz", 0),
            "geboren im [date 1] in Graz"
        );
        // A month and a number of thousands that is no year stay.
        assert_eq!(
            scrub("in May a thousand people marched", 0),
            "in May a thousand people marched"
        );
        assert_eq!(
            scrub("by June, two thousand forms were sent", 0),
            "by June, two thousand forms were sent"
        );
        // In English the year goes on only in a number's words.
        for count in [
            "In March two thousand families fled the flood.",
            "By May two thousand doctors had left.",
            "In April two thousand more were displaced.",
        ] {
            assert_eq!(scrub(count, 0), count);
        }
        assert_eq!(
            scrub("she came in March two thousand twenty-one, alone", 0),
            "she came in [date 1], alone"
        );
    }

    #[test]
    fn a_postcode_and_town_on_the_line_after_an_address_go_with_it() {
        // The address wraps: its street on one line, ended by a comma,
        // and the postcode and the town on the next.
        assert_eq!(
            scrub("she stays at Lindenweg 7, hinten,\n3012 Bern, by the river.", 0),
            "she stays at Lindenweg 7, hinten,\n[address 1], by the river."
        );
        // A count of people on the next line is no town, nor is a number
        // after a line with no number of a house.
        assert_eq!(
            scrub("the camp, at kilometre 7,\n250 Syrians arrived in May", 0),
            "the camp, at kilometre 7,\n250 Syrians arrived in May"
        );
        assert_eq!(
            scrub("as the minister said,\n300 Families were moved.", 0),
            "as the minister said,\n300 Families were moved."
        );
    }

    #[test]
    fn a_district_town_and_postcode_on_the_line_after_an_address_go_with_it() {
        // The order of East Asian addresses in English: the district and
        // the town, then the postcode, on the line after the street; and
        // the landmark after it, which tells the home's place.
        for text in [
            "her aunt's, 2F, No. 9, Ln. 14, Hoping Rd.,\nXinyi Dist., Keelung City 201, behind the temple.",
            "at 5-3 Sakae, flat 402,\nNaka-ku, Nagoya 460.",
        ] {
            let out = scrub(text, 0);
            let line = out.rsplit('\n').next().unwrap_or_default();
            assert!(line.starts_with("[address ") && line.ends_with("]."), "{out}");
        }
        // A line of prose with a number after a capital word stays, as
        // does one after a line with no number of a house.
        assert_eq!(
            scrub("the camp, at kilometre 7,\nCamp Hope held 300 people.", 0),
            "the camp, at kilometre 7,\nCamp Hope held 300 people."
        );
        assert_eq!(
            scrub("as the minister said,\nDaxing District, Beijing 102.", 0),
            "as the minister said,\nDaxing District, Beijing 102."
        );
    }

    #[test]
    fn a_town_and_a_postcode_of_letters_and_digits_after_an_address_go_with_it() {
        // The line after a wrapped address: the places, a postcode of
        // letters and digits (a British one in two groups, a Caribbean or
        // Bornean one run together) and the landmark that places the home.
        for text in [
            "her cousin's, Flat 2, 14 Harbour Road,\nMaindee, Newport NP20 4AB, above the chip shop.",
            "the aunt's, Apt 3, Block C,\nSt Lucy BB26012, over the rum shop.",
            "her sister's, Unit 5, Blok D,\nTutong TA1341, above the laundry.",
        ] {
            let out = scrub(text, 0);
            let line = out.rsplit('\n').next().unwrap_or_default();
            assert!(line.starts_with("[address ") && line.ends_with("]."), "{out}");
        }
        // A road's number on the line after one with no house's number,
        // or in prose, stays.
        assert_eq!(
            scrub("the camp, at kilometre 7,\nRoute A1 opened in May.", 0),
            "the camp, at kilometre 7,\nRoute A1 opened in May."
        );
    }

    #[test]
    fn the_numbered_parts_of_a_plot_in_a_land_register_are_one_number() {
        assert_eq!(
            scrub("the farm is entered as gnr. 12, bnr. 7 in the register.", 0),
            "the farm is entered as [number 1] in the register."
        );
        assert_eq!(
            scrub("the plot is at foglio 4, mappale 381 sub 2, near the sea", 0),
            "the plot is at [number 1], near the sea"
        );
        assert_eq!(
            scrub("Polígono 9 parcela 212/3 is theirs", 0),
            "[number 1] is theirs"
        );
        // One part alone may be a sheet of a file, or no plot: it stays.
        assert_eq!(scrub("see foglio 4 of the file", 0), "see foglio 4 of the file");
        assert_eq!(scrub("parcela 12 and more", 0), "parcela 12 and more");
        assert_eq!(scrub("sub 2, sub 3 of the list", 0), "sub 2, sub 3 of the list");
    }

    #[test]
    fn an_account_number_of_a_country_masked_in_its_middle_is_one_number() {
        // The country's letters and check digits, the bank's code, the
        // masked groups and the digits after them: one number.
        assert_eq!(
            scrub("paid from LU28 BCEE **** **** **** 3052 7 at the bank", 0),
            "paid from [number 1] at the bank"
        );
        assert_eq!(
            scrub("the account MT84 M4LT 0101 **** **** 492 since May", 0),
            "the account [number 1] since May"
        );
        // No mask, or no digits after it: not this rule's.
        assert_eq!(scrub("the model AB12 CD is old", 0), "the model AB12 CD is old");
        assert_eq!(scrub("code GB12 **** here", 0), "code GB12 **** here");
    }

    #[test]
    fn a_card_number_masked_with_asterisks_is_one_number() {
        assert_eq!(
            scrub("Paid by Humo 9860 **** **** 2031 at the bank", 0),
            "Paid by Humo [number 1] at the bank"
        );
        assert_eq!(scrub("Visa 4111 **** 7720.", 0), "Visa [number 1].");
        // A wallet or a phone masked by pairs.
        assert_eq!(
            scrub("the MoMo line 91 ** ** 05 pays", 0),
            "the MoMo line [number 1] pays"
        );
        // Asterisks with no digits after them mask nothing we could read.
        assert_eq!(scrub("code 4111 **** here", 0), "code 4111 **** here");
        // The last digits alone after the mask, as a bank's card shows them.
        assert_eq!(
            scrub("her Dorvik card **** 3071 and the ***** ***** 46 wallet", 0),
            "her Dorvik card [number 1] and the [number 2] wallet"
        );
        assert_eq!(scrub("note ** 12 here", 0), "note ** 12 here");
    }

    #[test]
    fn ordinary_numbers_stay() {
        let text = "Form I-134, 100 days, pages 2-3, $1,000, 8 CFR 103.2(b)(3), the 2025 tax return, \
                    the 2025-2026 school year, the 2025 Supreme Court decision";
        assert_eq!(scrub(text, 0), text);
    }

    #[test]
    fn digits_after_a_mask_are_a_cards_only_as_a_token_of_their_own() {
        // A date after a mask is read and moved as any other.
        assert_eq!(
            scrub("Follow-up *** 2026-05-03 at noon", -40),
            "Follow-up *** 2026-03-24 at noon"
        );
        assert_eq!(
            scrub("Seen *** 15 May 2026 again", -40),
            "Seen *** 5 April 2026 again"
        );
        // A year, a share, a number joined by a hyphen: not a card's end.
        assert_eq!(scrub("the *** 2026 plan", 0), "the *** 2026 plan");
        assert_eq!(scrub("rose ***40% in a year", 0), "rose ***40% in a year");
        assert_eq!(scrub("file *** 4821-77 here", 0), "file *** 4821-77 here");
        assert_eq!(scrub("paid *** 300 USD", 0), "paid *** 300 USD");
        // Last digits before a space, a clause's end or the line's end.
        assert_eq!(
            scrub("account ****8237, card *** 5527.\nwallet ***** 46", 0),
            "account [number 1], card [number 2].\nwallet [number 3]"
        );
        // Last digits that could be a year are a card's where they end it.
        assert_eq!(scrub("paid by card **** 2019.", 0), "paid by card [number 1].");
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
        // One text reads its ambiguous dates the way its unambiguous ones go.
        assert_eq!(
            scrub("seen 03/14/2026, again 04/05/2026", 1),
            "seen 03/15/2026, again 04/06/2026"
        );
        assert_eq!(
            scrub("ng\u{e0}y 14 th\u{e1}ng 8 n\u{103}m 2017", 20),
            "ng\u{e0}y 3 th\u{e1}ng 9 n\u{103}m 2017"
        );
    }

    #[test]
    fn a_number_after_its_label_is_no_date_however_it_is_split() {
        // "nr." (numeris, numri, Nummer): the number of a register's entry,
        // slashed like a date, is hidden; a date after another word stays.
        assert_eq!(
            scrub("Her birth record nr. 3307/2/11 was sent on 2019/02/11.", 0),
            "Her birth record nr. [number 1] was sent on 2019/02/11."
        );
        assert_eq!(
            scrub("Decision no. 2086-4-12 came.", 0),
            "Decision no. [number 1] came."
        );
    }

    #[test]
    fn other_numbers_addresses_and_contacts_are_found() {
        for (text, want) in [
            ("passport SZ 041288 issued", "passport [number 1] issued"),
            ("MRN 448120.", "MRN [number 1]."),
            ("booking ref X7K2QM confirmed", "booking ref [number 1] confirmed"),
            (
                "lives at Colonia Kennedy, Bloque 12, Casa 7, Tegucigalpa",
                "lives at [address 1], Tegucigalpa",
            ),
            ("write to P.O. Box 4471, Mbabane", "write to [address 1], Mbabane"),
            ("House 12, Street 4, Karte Char", "[address 1], Karte Char"),
            ("at 4a. Avenida 12-34, Zona 1, Cobán", "at [address 1], Cobán"),
            ("at 235 E. 18th St. The office", "at [address 1]. The office"),
            ("at 14 Willow Ct (rear)", "at [address 1] (rear)"),
            // A shop, a stall or a kiosk with its number is someone's
            // place by itself; the market it stands in is a public place.
            (
                "the stall at Shop 7, Chichiri Market, P.O. Box 318, Blantyre",
                "the stall at [address 1], Chichiri Market, [address 2], Blantyre",
            ),
            (
                "sells from Stall 22, Kamuzu Road.",
                "sells from [address 1], Kamuzu Road.",
            ),
            ("lindi.m at yahoo dot com.", "[e-mail 1]."),
            (
                "see @oksana_tk and https://facebook.com/oksana.t?id=1.",
                "see [handle 1] and [link 1].",
            ),
        ] {
            assert_eq!(scrub(text, 0), want, "{text}");
        }
    }

    #[test]
    fn a_post_box_of_the_mail_in_spanish_words_is_an_address() {
        for (text, want) in [
            (
                "her letters go to Casilla de Correo 87, Posadas",
                "her letters go to [address 1], Posadas",
            ),
            (
                "write to Casilla de Correos 1503, Salta",
                "write to [address 1], Salta",
            ),
            (
                "send it to Apartado de Correos 45, Burgos",
                "send it to [address 1], Burgos",
            ),
        ] {
            assert_eq!(scrub(text, 0), want, "{text}");
        }
    }

    #[test]
    fn any_text_is_scanned_without_a_panic() {
        for text in [
            "12 Ãé. Ñ Street",
            "12 Ña. Ñé St.",
            "Casa 7, Ñ",
            "123/45 Ñ, Phường",
            "ñ at ñ dot ñ",
            "x at Ñ.co",
            "@ñ",
            "https://ñ",
            "SZ ñ",
            "MRN ñ",
            "9 ñ 2026",
            "May ñ",
            "1er ñ",
            "P.O. Box ñ",
            "vul. Ñ 1, kv. 2",
            "2 Mar",
            "Mar",
            "31/02/2026",
            "99.99.9999",
            "+",
            "(",
            "#",
        ] {
            scrub(text, 5);
            scrub(text, 0);
        }
    }

    #[test]
    fn amounts_dotted_dates_and_courts_are_not_phone_numbers_or_streets() {
        for text in [
            "viral load 1 200 000 copies",
            "the 2025 Supreme Court decision",
            "(see page 4)",
            "Lempira 12.500.000",
            "https://www.uscis.gov/policy-manual",
        ] {
            assert_eq!(scrub(text, 0), text);
        }
        assert_eq!(scrub("on 14.03.2026 (see)", 3), "on 17.03.2026 (see)");
    }

    #[test]
    fn a_date_after_a_birth_word_is_a_birth_date_whoever_it_is() {
        for (text, want) in [
            (
                "Tomás (born 22 June 1979) cooks",
                "Tomás (born [birth date 1]) cooks",
            ),
            (
                "Her aunt (born 17 Oct. 1975) wrote",
                "Her aunt (born [birth date 1]) wrote",
            ),
            ("DOB: 03/04/2014.", "DOB: [birth date 1]."),
            ("nacida el 9 feb. 1984", "nacida el [birth date 1]"),
            ("né le 3 févr. 1990", "né le [birth date 1]"),
            ("народився 08.11.2010", "народився [birth date 1]"),
            ("জন্ম তারিখ 12/09/2015;", "জন্ম তারিখ [birth date 1];"),
            (
                "born in Lahore, Pakistan, on 14 March 1987",
                "born in Lahore, Pakistan, on [birth date 1]",
            ),
            ("D.O.B. 14 March 1987", "D.O.B. [birth date 1]"),
            // The same date again, restated in other words.
            (
                "born 04-11-92, the 4th of November 1992",
                "born [birth date 1], the [birth date 2]",
            ),
            // Vietnamese: "born on the day 14, month 8, year 2017".
            (
                "sinh ng\u{e0}y 14 th\u{e1}ng 8 n\u{103}m 2017 t\u{1ea1}i",
                "sinh ng\u{e0}y [birth date 1] t\u{1ea1}i",
            ),
            // A sentence ended: the date is another.
            (
                "she was born. On 14 March 2026 she",
                "she was born. On 14 March 2026 she",
            ),
            (
                "born and raised; she left on 14 March 2026",
                "born and raised; she left on 14 March 2026",
            ),
            // Other dates move, or stay with no shift.
            (
                "ng\u{e0}y 14 th\u{e1}ng 8 n\u{103}m 2017",
                "ng\u{e0}y 14 th\u{e1}ng 8 n\u{103}m 2017",
            ),
            (
                "seen on 14 March 1987 (Dr. B, 2026-03-02)",
                "seen on 14 March 1987 (Dr. B, 2026-03-02)",
            ),
        ] {
            assert_eq!(scrub(text, 0), want, "{text}");
        }
    }

    #[test]
    fn a_date_before_a_birth_word_or_after_one_of_other_languages_is_a_birth_date() {
        for (text, want) in [
            (
                "kardeşi 04.07.1993 doğumlu, evli",
                "kardeşi [birth date 1] doğumlu, evli",
            ),
            (
                "annesi 11.02.1970 tarihinde doğdu",
                "annesi [birth date 1] tarihinde doğdu",
            ),
            ("Doğum tarihi: 21.05.1968", "Doğum tarihi: [birth date 1]"),
            ("dhalasho 03/08/1999,", "dhalasho [birth date 1],"),
            ("geb. 30.01.1961", "geb. [birth date 1]"),
            ("Birth date: 12/11/2009", "Birth date: [birth date 1]"),
            (
                "her date of birth is 12/11/2009",
                "her date of birth is [birth date 1]",
            ),
            // A date with no birth word near it stays.
            (
                "kayıt 04.07.1993 tarihinde yapıldı",
                "kayıt 04.07.1993 tarihinde yapıldı",
            ),
        ] {
            assert_eq!(scrub(text, 0), want, "{text}");
        }
    }

    #[test]
    fn a_birth_word_further_back_in_the_sentence_is_found() {
        assert!(birth_word_before("the DOB, as the school wrote it down, ", 8));
        assert!(birth_word_before("nacida, según el acta del registro, el ", 8));
        assert!(!birth_word_before("She was born there. The hearing is on ", 8));
        assert!(!birth_word_before("the hearing is on ", 8));
    }

    #[test]
    fn another_persons_birth_date_is_replaced_in_full_and_in_figures() {
        let mut values = Values::default();
        let dates = Dates {
            others: vec![Date::new(1991, 1, 5).unwrap()],
            ..Dates::new(0)
        };
        let out = Scrubber::new(&mut values, Vec::new(), dates)
            .scrub("hers is 5 January 1991 (05/01/1991) or 01/05/1991; filed 05/01/2024")
            .unwrap();
        assert_eq!(
            out,
            "hers is [birth date 1] ([birth date 2]) or [birth date 3]; filed 05/01/2024"
        );
        // Another day of her birth year is an ordinary date.
        let mut values = Values::default();
        let dates = Dates {
            others: vec![Date::new(1991, 1, 5).unwrap()],
            ..Dates::new(0)
        };
        let out = Scrubber::new(&mut values, Vec::new(), dates)
            .scrub("the school opened 03/09/1991 and closed 1991-11-20")
            .unwrap();
        assert_eq!(out, "the school opened 03/09/1991 and closed 1991-11-20");
    }

    #[test]
    fn the_birth_date_is_replaced_wherever_it_is_written() {
        let mut values = Values::default();
        let real = Date::new(2017, 5, 9).unwrap();
        let fake = Date::new(2017, 1, 1).unwrap();
        let dates = Dates {
            born: Some((real, fake)),
            ..Dates::new(0)
        };
        let out = Scrubber::new(&mut values, Vec::new(), dates)
            .scrub("born 2017-05-09 (May 9, 2017; 09/05/2017), birthday 9 May, turned 8 on 9 May 2025")
            .unwrap();
        assert_eq!(
            out,
            "born 2017-01-01 (January 1, 2017; 01/01/2017), birthday 1 January, turned 8 on 1 January 2025"
        );
    }

    #[test]
    fn a_shift_past_the_calendar_is_an_error() {
        let mut values = Values::default();
        let dates = Dates::new(10);
        let err = Scrubber::new(&mut values, Vec::new(), dates)
            .scrub("9999-12-30")
            .unwrap_err();
        assert_eq!(err.days, 10);
    }

    #[test]
    fn a_home_told_by_what_stands_near_it_is_an_address() {
        // No street and no number: the home is found by its neighbour.
        assert_eq!(
            scrub("They rent the third hut past the water tank, by the road.", 0),
            "They rent [address 1], by the road."
        );
        assert_eq!(
            scrub(
                "We lived in the blue-shuttered one next to the old bakery in Kimbo.",
                0
            ),
            "We lived in [address 1] in Kimbo."
        );
        assert_eq!(
            scrub("Their house opposite the Nyota mill had no door.", 0),
            "[address 1] had no door."
        );
        // A public building by a landmark, a trip home, the time after an
        // event: no home described.
        for kept in [
            "the clinic behind the cathedral was shut",
            "she went home after the surgery",
            "the house after the operation was quiet",
            "the one near the door is hers",
            "waited in the room next to the ward",
        ] {
            assert_eq!(scrub(kept, 0), kept);
        }
    }
}
