//! What the redacted copy may still give away, for a person to look at.
//!
//! After redaction every text is read once more. A word is listed when it
//! could still identify someone: a capitalised word that is neither a common
//! English word, a month, a weekday nor a place; a word in a script other
//! than Latin; a run of five or more digits; a date that was not moved (when
//! dates move); a name-like part of a link, a handle or a file path. Name
//! parts that are also ordinary words ("Memory", "Jordan", "May") and stood
//! where they may not name the person are listed too, and so are `--name`
//! and `--alias` values that matched nothing. Words the user has read and
//! kept (`--keep`) are left out of the list.

use super::addresses::HOUSE_WORDS;
use super::dates::{Reading, date_at};
use super::safe;
use super::titles::is_title_word_as_written;
pub use super::words::{chunks, words};
use super::words::{fold, is_common, is_place_adjective, is_weekday, month, place_at};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A capitalised word no list knows.
    Name,
    /// A declared name part that is also a word or a place, left as written.
    Ambiguous,
    /// A word in a script other than Latin.
    Script,
    /// A number no rule knows to be safe (an amount, a count, a date, a
    /// citation, a form).
    Digits,
    /// An ordinary word that is also a name, standing alone with a capital.
    NameWord,
    /// A month of the birth date, in a date no pattern read.
    BirthMonth,
    /// A date that kept its real value while the others moved.
    Date,
    /// A name-like part of a link, handle or path.
    Link,
    /// A word that begins part of an address, with a number after it.
    Address,
    /// A `--name` or `--alias` that matched nothing in the case.
    Unmatched,
}

impl Reason {
    pub fn words(self) -> &'static str {
        match self {
            Reason::Name => "a capitalized word that is no common word, month or place: a name?",
            Reason::Ambiguous => {
                "part of a declared name that is also a common word, month or place; left as written"
            }
            Reason::Script => "a word in a script other than Latin",
            Reason::Digits => "a number that is no amount, count, date, form or citation: an identifier?",
            Reason::NameWord => "an ordinary word that is also a name, written with a capital: a person?",
            Reason::BirthMonth => "the month of the birth date, in a date rebut could not read",
            Reason::Date => "a date that was not moved",
            Reason::Link => "a name-like part of a link, handle, path or id",
            Reason::Address => "looks like part of an address",
            Reason::Unmatched => "given on the command line but found nowhere in the case",
        }
    }
}

/// One distinct word to look at, how often it stands in the copy, and
/// where (field paths such as `evidence[3].title`, first one first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// The order of the field in the walk, to list items in file order.
    #[serde(skip)]
    pub order: usize,
    /// Where in the field's text it stands.
    #[serde(skip)]
    pub at: usize,
    /// The first field it stands in.
    #[serde(skip)]
    pub place: String,
    pub token: String,
    pub reason: Reason,
    pub count: usize,
    pub places: Vec<String>,
}

/// How many fields a review line names before "and N more".
const PLACES_SHOWN: usize = 4;

impl Item {
    pub fn line(&self) -> String {
        let shown: Vec<&str> = self
            .places
            .iter()
            .take(PLACES_SHOWN)
            .map(String::as_str)
            .collect();
        let more = self.places.len().saturating_sub(PLACES_SHOWN);
        format!(
            "`{}` ({}× in {}{}): {}",
            self.token,
            self.count,
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more fields")
            } else {
                String::new()
            },
            self.reason.words()
        )
    }
}

#[derive(Debug, Default)]
pub struct Review {
    items: Vec<Item>,
    /// Places in the order they were first met.
    places: HashMap<String, usize>,
    /// Folded words the user has reviewed and kept.
    keep: BTreeSet<String>,
    kept: BTreeSet<(String, String)>,
    /// The month of the beneficiary's birth date, if the case gives one.
    pub birth_month: Option<i8>,
}

/// The result: what is left to review, sorted in file order, and how many
/// listed words the keep list answered.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub items: Vec<Item>,
    pub kept: usize,
}

impl Review {
    pub fn new(keep: &[String]) -> Review {
        Review {
            keep: keep
                .iter()
                .map(|k| fold(k.trim()))
                .filter(|k| !k.is_empty())
                .collect(),
            ..Review::default()
        }
    }

    pub fn push(&mut self, place: &str, token: &str, reason: Reason) {
        self.push_at(place, 0, token, reason);
    }

    fn push_at(&mut self, place: &str, at: usize, token: &str, reason: Reason) {
        let next = self.places.len();
        let order = *self.places.entry(place.to_owned()).or_insert(next);
        let folded = fold(token);
        if self.keep.contains(&folded) || self.keep.contains(&fold(&token.replace('.', ""))) {
            self.kept.insert((place.to_owned(), folded));
            return;
        }
        self.items.push(Item {
            order,
            at,
            place: place.to_owned(),
            token: token.to_owned(),
            reason,
            count: 1,
            places: Vec::new(),
        });
    }

    pub fn finish(mut self) -> Outcome {
        // Fields in file order; within one, words in the order they stand.
        let sections: Vec<&str> = {
            let mut places: Vec<(&String, &usize)> = self.places.iter().collect();
            places.sort_by_key(|(_, order)| **order);
            let mut seen = Vec::new();
            for (place, _) in places {
                let section = section(place);
                if !seen.contains(&section) {
                    seen.push(section);
                }
            }
            seen
        };
        self.items.sort_by_cached_key(|i| {
            let s = sections.iter().position(|s| *s == section(&i.place));
            (s, natural(&i.place), i.at)
        });
        // One line per distinct word and reason, at its first place.
        let mut lines: Vec<Item> = Vec::new();
        let mut line_of: HashMap<(String, Reason), usize> = HashMap::new();
        for item in self.items {
            match line_of.get(&(item.token.clone(), item.reason)) {
                Some(&l) => {
                    let line = &mut lines[l];
                    line.count += 1;
                    if line.places.last() != Some(&item.place) && !line.places.contains(&item.place) {
                        line.places.push(item.place);
                    }
                }
                None => {
                    line_of.insert((item.token.clone(), item.reason), lines.len());
                    let mut item = item;
                    item.places = vec![item.place.clone()];
                    lines.push(item);
                }
            }
        }
        Outcome {
            items: lines,
            kept: self.kept.len(),
        }
    }

    /// What replacement by default takes out of a redacted text before it
    /// is read for review: each link, handle or path with a name-like part
    /// (`true`), and each number no rule knows to be safe (`false`), as
    /// byte ranges without the punctuation around them.
    pub fn to_replace(&self, text: &str, written: &Written) -> Vec<(usize, usize, bool)> {
        let mut out: Vec<(usize, usize, bool)> = Vec::new();
        let all_chunks = chunks(text);
        let core_of = |start: usize, end: usize| {
            let chunk = &text[start..end];
            let core = safe::core(chunk);
            let lead = chunk.len()
                - chunk
                    .trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«'])
                    .len();
            (start + lead, start + lead + core.len())
        };
        let mut links: Vec<(usize, usize)> = placeholder_spans(text);
        for &(start, end) in &all_chunks {
            let chunk = &text[start..end];
            let (cs, ce) = core_of(start, end);
            let core = &text[cs..ce];
            // A chunk that touches a placeholder ("NL/2025/[number 1]") is
            // what is left around a replacement, read word by word below.
            if !is_linkish(chunk)
                || core.is_empty()
                || chunk.contains(['[', ']'])
                || written.texts.contains(core)
                || self.keep.contains(&fold(core))
            {
                continue;
            }
            let telling = words(core).iter().any(|&(s, e)| {
                let part = &core[s..e];
                (part.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !part.chars().any(|c| c.is_ascii_digit())
                    && !self.ordinary(&fold(part), written)
                    && !LINK_WORDS.contains(&fold(part).as_str()))
                    || (longest_digit_run(part) >= 5 && !written.words.contains(part))
            });
            // A link with nothing telling still goes through the number
            // rules ("ID/4417GCM/2025").
            if telling {
                links.push((start, end));
                out.push((cs, ce, true));
            }
        }
        for (k, &(start, end)) in all_chunks.iter().enumerate() {
            if links.iter().any(|&(a, b)| start >= a && end <= b)
                || !text[start..end].chars().any(|c| c.is_ascii_digit())
            {
                continue;
            }
            let (cs, ce) = core_of(start, end);
            let chunk = &text[cs..ce];
            let written_here = words(chunk).iter().all(|&(s, e)| {
                written.words.contains(&chunk[s..e]) || !chunk[s..e].contains(|c: char| c.is_ascii_digit())
            });
            if chunk.is_empty()
                || written_here
                || written.texts.contains(chunk)
                || self.keep.contains(&fold(chunk))
                || is_zip_code(text, start, chunk)
                || safe::number_is_safe(text, &all_chunks, k)
            {
                continue;
            }
            let span = match safe::in_run(text, &all_chunks, k) {
                Some((a, b)) => (a, a + text[a..b].trim_end_matches([',', '.', ';']).len()),
                None => (cs, ce),
            };
            if !out.iter().any(|&(a, b, _)| a == span.0 && b == span.1) {
                out.push((span.0, span.1, false));
            }
        }
        out.sort_unstable();
        // Overlaps (a run and a chunk in it) keep the first, longest span.
        let mut kept: Vec<(usize, usize, bool)> = Vec::new();
        for span in out {
            if kept.last().is_none_or(|last| span.0 >= last.1) {
                kept.push(span);
            }
        }
        kept
    }

    /// Reads a redacted text for what may still identify someone. `written`
    /// holds what the redaction itself wrote (placeholders and moved dates),
    /// which is never listed; dates are looked at only when they were moved.
    pub fn scan(&mut self, text: &str, place: &str, written: &Written, shifted: Option<Reading>) {
        let mut skip: Vec<(usize, usize)> = placeholder_spans(text);
        for (start, end) in chunks(text) {
            let chunk = &text[start..end];
            if is_linkish(chunk)
                && !written
                    .texts
                    .contains(chunk.trim_matches(|c: char| !c.is_alphanumeric()))
            {
                for (s, e) in words(chunk) {
                    let part = &chunk[s..e];
                    if part.chars().filter(|c| c.is_alphabetic()).count() >= 3
                        && !part.chars().any(|c| c.is_ascii_digit())
                        && !self.ordinary(&fold(part), written)
                        && !LINK_WORDS.contains(&fold(part).as_str())
                    {
                        self.push_at(place, start + s, part, Reason::Link);
                    }
                    if longest_digit_run(part) >= 5 && !written.words.contains(part) {
                        self.push_at(place, start + s, part, Reason::Digits);
                    }
                }
                skip.push((start, end));
            }
        }
        self.scan_numbers(text, place, written, &mut skip);
        for (at, initials) in dotted_initials(text) {
            if !written.texts.contains(&initials) {
                self.push_at(place, at, &initials, Reason::Name);
            }
        }
        let spans = words(text);
        let folded: Vec<String> = spans.iter().map(|&(s, e)| fold(&text[s..e])).collect();
        for (k, &(s, e)) in spans.iter().enumerate() {
            if skip.iter().any(|&(a, b)| s >= a && e <= b) {
                continue;
            }
            let word = &text[s..e];
            if word.chars().any(|c| c.is_alphabetic() && !is_latin(c)) {
                self.push_at(place, s, word, Reason::Script);
                continue;
            }
            if word.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            if self.is_name_like(text, &spans, k, &folded, written) {
                self.push_at(place, s, word, Reason::Name);
            } else if self.is_name_word_alone(text, &spans, k, &folded, written) {
                self.push_at(place, s, word, Reason::NameWord);
            }
            if let Some(born) = self.birth_month
                && month(&folded[k]) == Some(born)
                && !in_read_date(text, &spans, k)
            {
                let from = spans[k.saturating_sub(3)].0;
                let to = spans[(k + 2).min(spans.len() - 1)].1;
                self.push_at(place, from, &text[from..to], Reason::BirthMonth);
            }
            // "Stand 1234", "Block 7": an address in a form not replaced.
            if word.starts_with(char::is_uppercase)
                && (HOUSE_WORDS.contains(&folded[k].as_str()) || STREET_WORDS.contains(&folded[k].as_str()))
                && let Some(&(ns, ne)) = spans.get(k + 1)
                && text[e..ns].trim_matches('.') == " "
                && text[ns..ne].starts_with(|c: char| c.is_ascii_digit())
            {
                self.push_at(place, s, &text[s..ne], Reason::Address);
            }
        }
        if let Some(reading) = shifted {
            for (k, &(s, _)) in spans.iter().enumerate() {
                if k > 0 && spans[k - 1].1 == s {
                    continue;
                }
                if let Some(found) = date_at(&text[s..], reading) {
                    let real = &text[s..s + found.len];
                    if !written.texts.contains(real) && !written.texts.iter().any(|w| w.contains(real)) {
                        self.push_at(place, s, real, Reason::Date);
                    }
                }
            }
        }
    }

    /// Every chunk with a digit that replacement left is a known kind of
    /// number or listed; the chunks listed join `skip`.
    fn scan_numbers(&mut self, text: &str, place: &str, written: &Written, skip: &mut Vec<(usize, usize)>) {
        let all_chunks = chunks(text);
        let mut listed_runs: Vec<(usize, usize)> = Vec::new();
        for (k, &(start, end)) in all_chunks.iter().enumerate() {
            if skip.iter().any(|&(a, b)| start >= a && end <= b)
                || !text[start..end].chars().any(|c| c.is_ascii_digit())
            {
                continue;
            }
            let chunk = safe::core(&text[start..end]);
            let written_here = words(chunk).iter().all(|&(s, e)| {
                written.words.contains(&chunk[s..e]) || !chunk[s..e].contains(|c: char| c.is_ascii_digit())
            });
            if written_here
                || written.texts.contains(chunk)
                || is_zip_code(text, start, chunk)
                || safe::number_is_safe(text, &all_chunks, k)
            {
                continue;
            }
            if let Some(run) = safe::in_run(text, &all_chunks, k) {
                if !listed_runs.contains(&run) {
                    listed_runs.push(run);
                    self.push_at(
                        place,
                        run.0,
                        text[run.0..run.1].trim_end_matches([',', '.', ';']),
                        Reason::Digits,
                    );
                }
            } else {
                self.push_at(place, start, chunk, Reason::Digits);
            }
            skip.push((start, end));
        }
    }

    /// Reads an id or a file name, where names are written in lower case
    /// ("tkachenko-letter"): every part that no list knows is listed.
    pub fn scan_slug(&mut self, text: &str, place: &str, written: &Written) {
        for (s, e) in words(text) {
            let part = &text[s..e];
            let folded = fold(part);
            if part.chars().any(|c| c.is_alphabetic() && !is_latin(c)) {
                self.push_at(place, s, part, Reason::Script);
            } else if longest_digit_run(part) >= 5 && !written.words.contains(part) {
                self.push_at(place, s, part, Reason::Digits);
            } else if part.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !part.chars().any(|c| c.is_ascii_digit())
                && !self.ordinary(&folded, written)
                && !LINK_WORDS.contains(&folded.as_str())
                && !is_title_word_as_written(part)
                && !is_place_adjective(part)
                && place_at(std::slice::from_ref(&folded), 0).is_none()
            {
                self.push_at(place, s, part, Reason::Link);
            }
        }
    }

    fn ordinary(&self, folded: &str, written: &Written) -> bool {
        // Two letters make a word only among the common ones: "Eh", "Ma",
        // "Vu", "Li" are names as often as anything.
        (is_common(folded) && (folded.len() > 2 || TWO_LETTER_WORDS.contains(&folded)))
            || month(folded).is_some()
            || is_weekday(folded)
            || written.folded.contains(folded)
            || self.keep.contains(folded)
    }

    /// "Grant keeps", "Rose and her husband": a word SCOWL knows both as a
    /// word and as a name, with a capital, and no capitalised word joined to
    /// it ("Red Cross" is a body's name, read elsewhere).
    fn is_name_word_alone(
        &self,
        text: &str,
        spans: &[(usize, usize)],
        k: usize,
        folded: &[String],
        written: &Written,
    ) -> bool {
        let word = &text[spans[k].0..spans[k].1];
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        let joined = |a: usize, b: usize| {
            let gap = &text[spans[a].1..spans[b].0];
            !gap.is_empty() && (gap.chars().all(char::is_whitespace) || gap == "-")
        };
        let neighbour = |j: usize| {
            let w = &text[spans[j].0..spans[j].1];
            capital(w) && !is_title_word_as_written(w) && w.chars().count() > 1
        };
        capital(word)
            && word.chars().count() > 2
            && !word.chars().all(char::is_uppercase)
            && safe::is_name_word(&folded[k])
            && !written.folded.contains(&folded[k])
            && !self.keep.contains(&folded[k])
            && month(&folded[k]).is_none()
            && !is_weekday(&folded[k])
            && !(k > 0 && joined(k - 1, k) && neighbour(k - 1))
            && !(k + 1 < spans.len() && joined(k, k + 1) && neighbour(k + 1))
            && !(k.saturating_sub(3)..=k).any(|start| place_at(folded, start).is_some_and(|n| start + n > k))
    }

    fn is_name_like(
        &self,
        text: &str,
        spans: &[(usize, usize)],
        k: usize,
        folded: &[String],
        written: &Written,
    ) -> bool {
        let word = &text[spans[k].0..spans[k].1];
        let f = &folded[k];
        if !word.starts_with(char::is_uppercase)
            || word.chars().count() < 2
            || word.chars().all(|c| c.is_ascii_digit())
            || written.words.contains(word)
            || self.ordinary(f, written)
            || is_title_word_as_written(word)
            || is_roman(word)
            || is_place_adjective(word)
        {
            return false;
        }
        // An acronym of three to six capitals names a body or a document
        // ("UNHCR", "NOID"), unless another word in capitals that no list
        // knows stands beside it ("SHEVCHENKO, OLENA"); two capitals may be
        // someone's initials, and a longer word in capitals is a name.
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = |w: &str| w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if all_caps(word) && (3..=6).contains(&letters) {
            // A neighbour after a space or a comma only.
            let unknown_caps = |i: usize, j: usize| {
                let (a, b) = (spans[i.min(j)], spans[i.max(j)]);
                let gap = &text[a.1..b.0];
                let w = &text[spans[j].0..spans[j].1];
                (gap == " " || gap == ", ")
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && all_caps(w)
                    && !self.ordinary(&folded[j], written)
            };
            let before = k.checked_sub(1).is_some_and(|j| unknown_caps(k, j));
            let after = k + 1 < spans.len() && unknown_caps(k, k + 1);
            if !(before || after) {
                return false;
            }
        }
        !(k.saturating_sub(3)..=k).any(|start| place_at(folded, start).is_some_and(|n| start + n > k))
    }
}

/// What the redaction wrote, in three forms for quick look-up.
#[derive(Debug, Default)]
pub struct Written {
    pub texts: BTreeSet<String>,
    pub words: BTreeSet<String>,
    pub folded: BTreeSet<String>,
}

impl Written {
    pub fn add(&mut self, text: &str) {
        if !self.texts.insert(text.to_owned()) {
            return;
        }
        for (s, e) in words(text) {
            self.words.insert(text[s..e].to_owned());
            self.folded.insert(fold(&text[s..e]));
        }
    }
}

/// Words that begin a street's name or part of an address, besides homes.
const STREET_WORDS: [&str; 11] = [
    "block", "street", "road", "calle", "avenida", "rue", "lane", "sector", "zone", "moo", "soi",
];

/// English words of two letters that are no one's name.
const TWO_LETTER_WORDS: [&str; 30] = [
    "of", "to", "in", "it", "is", "be", "as", "at", "so", "we", "he", "by", "or", "on", "do", "if", "me",
    "my", "up", "an", "go", "no", "us", "am", "oh", "ok", "hi", "id", "tv", "vs",
];

/// Parts of links that say nothing of a person.
const LINK_WORDS: [&str; 16] = [
    "http",
    "https",
    "www",
    "com",
    "org",
    "net",
    "html",
    "php",
    "pdf",
    "jpg",
    "png",
    "docx",
    "file",
    "facebook",
    "instagram",
    "whatsapp",
];

fn is_linkish(chunk: &str) -> bool {
    let c = chunk.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '/');
    c.contains("://")
        || c.starts_with("www.")
        || c.starts_with('@')
        || c.contains('\\')
        || (c.contains('/')
            && c.split('/')
                .filter(|p| p.chars().any(char::is_alphabetic))
                .count()
                >= 2
            && !c.contains(' '))
        || (c.contains('.')
            && c.rsplit('.')
                .next()
                .is_some_and(|ext| ["pdf", "jpg", "png", "docx", "doc"].contains(&ext)))
}

/// The part of a field path before its first index or dot: `evidence`.
fn section(place: &str) -> &str {
    place.split(['[', '.']).next().unwrap_or(place)
}

/// A field path as text and numbers, so that `evidence[10]` comes after
/// `evidence[9]`.
fn natural(place: &str) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = place.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut n = u64::from(c as u8 - b'0');
            while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                n = n.saturating_mul(10).saturating_add(u64::from(d));
                chars.next();
            }
            out.push((std::mem::take(&mut text), n));
        } else {
            text.push(c);
        }
    }
    out.push((text, u64::MAX));
    out
}

/// "L.M.", "M. J. H. G.": two or more capitals each with a full stop,
/// standing alone.
fn dotted_initials(text: &str) -> Vec<(usize, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.');
        let mut k = i;
        let mut letters = 0;
        while boundary && k + 1 < bytes.len() && bytes[k].is_ascii_uppercase() && bytes[k + 1] == b'.' {
            letters += 1;
            k += 2;
            if bytes.get(k) == Some(&b' ')
                && bytes.get(k + 2) == Some(&b'.')
                && bytes.get(k + 1).is_some_and(u8::is_ascii_uppercase)
            {
                k += 1;
            }
        }
        if letters >= 2 && !bytes.get(k).is_some_and(u8::is_ascii_alphanumeric) {
            out.push((i, text[i..k].to_owned()));
            i = k;
        } else {
            i += 1;
        }
    }
    out
}

/// Byte ranges of the placeholders in a text ("[number 3]", "[family name
/// 1]"), with the chunks they touch: what a redaction wrote, in this run or
/// an earlier one.
fn placeholder_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let Some(close) = text[open..].find(']').map(|i| open + i) else {
            break;
        };
        let inner = &text[open + 1..close];
        let placeholder = inner.rsplit_once(' ').is_some_and(|(kind, n)| {
            !kind.is_empty()
                && kind
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-')
                && !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
        });
        if placeholder {
            let start = text[..open].rfind(char::is_whitespace).map_or(0, |i| i + 1);
            let end = text[close..]
                .find(char::is_whitespace)
                .map_or(text.len(), |i| close + i);
            out.push((start, end));
        }
        from = open + 1;
    }
    out
}

/// "in March" inside a date a pattern reads ("14 March 2015").
fn in_read_date(text: &str, spans: &[(usize, usize)], k: usize) -> bool {
    let reading = Reading {
        day_first: true,
        year: 2000,
    };
    (k.saturating_sub(3)..=k).any(|j| {
        date_at(&text[spans[j].0..], reading).is_some_and(|found| spans[j].0 + found.len >= spans[k].1)
    })
}

pub fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

fn longest_digit_run(word: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in word.chars() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// "OH 44114": five digits after a state's two capitals, the code of an
/// office's town rather than of a person.
fn is_zip_code(text: &str, start: usize, word: &str) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let mut last = before.chars().rev();
    word.len() == 5
        && last.next().is_some_and(|c| c.is_ascii_uppercase())
        && last.next().is_some_and(|c| c.is_ascii_uppercase())
        && last.next().is_none_or(|c| !c.is_alphanumeric())
}

fn is_roman(word: &str) -> bool {
    word.chars().all(|c| "IVXLC".contains(c)) && word.len() <= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Vec<(String, Reason)> {
        let mut written = Written::default();
        written.add("Person B");
        written.add("2026-04-03");
        let mut review = Review::new(&["Kharkiv".to_owned()]);
        let reading = Reading {
            day_first: true,
            year: 2026,
        };
        review.scan(text, "t", &written, Some(reading));
        review
            .finish()
            .items
            .into_iter()
            .map(|i| (i.token, i.reason))
            .collect()
    }

    #[test]
    fn what_may_still_name_someone_is_listed() {
        assert_eq!(
            scan("Seen by Tkachenko, Oksana in Kharkiv and Zarqa, Jordan on 2026-04-03 and 14 March 2026."),
            vec![
                ("Tkachenko".to_owned(), Reason::Name),
                ("Oksana".to_owned(), Reason::Name),
                ("Zarqa".to_owned(), Reason::Name),
                ("14 March 2026".to_owned(), Reason::Date),
            ]
        );
        assert_eq!(
            scan("Брат Олег; file 0412889; see facebook.com/lindiwe.m"),
            vec![
                ("Брат".to_owned(), Reason::Script),
                ("Олег".to_owned(), Reason::Script),
                ("0412889".to_owned(), Reason::Digits),
                ("lindiwe".to_owned(), Reason::Link),
            ]
        );
    }

    #[test]
    fn ids_and_file_names_are_read_for_names_in_lower_case() {
        let mut review = Review::default();
        let written = Written::default();
        review.scan_slug("tkachenko-letter-2026_jordan-0412889", "evidence[0].id", &written);
        let items: Vec<(String, Reason)> = review
            .finish()
            .items
            .into_iter()
            .map(|i| (i.token, i.reason))
            .collect();
        assert_eq!(
            items,
            [
                ("tkachenko".to_owned(), Reason::Link),
                ("0412889".to_owned(), Reason::Digits)
            ]
        );
    }

    #[test]
    fn any_text_is_read_without_a_panic() {
        let texts = [
            "é 12345 ü",
            "ÉÉ 12345",
            "Trã. Ñ",
            "@",
            "@é",
            "1/2/ã",
            "ñ.ñ. L.",
            "Ş 123456 Ç. ñ",
            "www.ñ",
            "12 Ãé. Ñ Street",
            "a/é/ü.pdf",
            "M.J.",
            "L. M. é",
        ];
        for text in texts {
            scan(text);
        }
    }

    #[test]
    fn an_address_in_a_form_not_replaced_is_listed() {
        assert_eq!(
            scan("They moved to Stand 1234 near the market."),
            vec![
                ("Stand 1234".to_owned(), Reason::Address),
                ("1234".to_owned(), Reason::Digits)
            ]
        );
    }

    #[test]
    fn names_in_capitals_are_listed_and_acronyms_are_not() {
        assert_eq!(
            scan("SHEVCHENKO, OLENA wrote to UNHCR and USCIS about the RFE; KOVALENKO signed."),
            vec![
                ("SHEVCHENKO".to_owned(), Reason::Name),
                ("OLENA".to_owned(), Reason::Name),
                ("KOVALENKO".to_owned(), Reason::Name),
            ]
        );
    }

    #[test]
    fn ordinary_words_places_and_placeholders_are_not_listed() {
        assert!(
            scan(
                "Memory loss since May. Person B met the Syrian doctor at UNHCR in Francisco Morazán, Honduras, on Monday."
            )
            .is_empty()
        );
    }
}
