//! Small text helpers the other stages share: phrase matching, dates,
//! receipt numbers and sentences.

use crate::text::MONTHS;
use jiff::civil::Date;

/// Where `phrase` (lowercase) occurs in `lower` (the text, lowercased)
/// starting at the start of a word; with `whole`, also ending at the end of
/// one. Byte offsets into `lower`.
pub fn find_phrase(lower: &str, phrase: &str, whole: bool) -> Option<usize> {
    if phrase.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let at = from + i;
        let end = at + phrase.len();
        let starts = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            || !phrase.starts_with(char::is_alphanumeric);
        let ends = !whole
            || lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric())
            || !phrase.ends_with(char::is_alphanumeric);
        if starts && ends {
            return Some(at);
        }
        from = at + phrase.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Every place `phrase` occurs in `lower` as [`find_phrase`] finds it,
/// each search going on past the end of the place before: byte offsets
/// into `lower`.
pub fn phrase_places<'a>(lower: &'a str, phrase: &'a str, whole: bool) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find_phrase(&lower[from..], phrase, whole)?;
        from = at + phrase.len();
        Some(at)
    })
}

/// The text lowercased letter by letter, each letter keeping its length
/// in bytes, so that a byte offset found in one is the same place in the
/// other. A letter whose lowercase is longer ("İ") or shorter (the Kelvin
/// and ohm signs) is kept as written: lowercasing the whole text at once
/// can shift every later offset.
pub fn lower_in_step(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Whether the text (lowercased) holds the phrase at a word start.
pub fn has_phrase(lower: &str, phrase: &str) -> bool {
    find_phrase(lower, phrase, false).is_some()
}

/// Whether the text (lowercased) begins with one of the phrases.
pub fn opens_with<'a>(lower: &str, phrases: impl IntoIterator<Item = &'a String>) -> Option<&'a String> {
    phrases.into_iter().find(|p| {
        let p = p.to_lowercase();
        lower.starts_with(&p)
            && lower[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || !p.ends_with(char::is_alphanumeric))
    })
}

/// A date written in the text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub date: Date,
}

/// Every date in the text, in order: "March 9, 2026", "Mar. 9, 2026",
/// "9 March 2026", "03/09/2026" (month first, as US notices write it) and
/// "2026-03-09".
pub fn dates(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let words = word_spans(text);
    let mut i = 0;
    while i < words.len() {
        if let Some((found, used)) = date_at(text, &words, i) {
            out.push(found);
            i += used;
        } else {
            i += 1;
        }
    }
    out
}

/// The words of the text (runs of letters, digits, `/`, `-`, `.`), with byte spans.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, '/' | '-' | '.');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

fn month_of(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept"))
        .map(|i| i as i8 + 1)
}

fn number(word: &str) -> Option<i32> {
    let w = word.trim_end_matches(['.', ',']);
    let w = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
}

fn date_at(text: &str, words: &[(usize, usize)], i: usize) -> Option<(Found, usize)> {
    let w = |k: usize| words.get(i + k).map(|&(s, e)| &text[s..e]);
    let span = |k: usize| (words[i].0, words[i + k].1);
    let make = |y: i32, m: i8, d: i32, k: usize| {
        let date = Date::new(i16::try_from(y).ok()?, m, i8::try_from(d).ok()?).ok()?;
        let (start, end) = span(k);
        Some((
            Found {
                start,
                end: end.min(text.len()),
                date,
            },
            k + 1,
        ))
    };
    let first = w(0)?;
    // 2026-03-09
    if first.len() == 10 && first.as_bytes()[4] == b'-' && first.as_bytes()[7] == b'-' {
        let y = first[..4].parse().ok()?;
        let m = first[5..7].parse().ok()?;
        let d = first[8..10].parse().ok()?;
        return make(y, m, d, 0);
    }
    // 03/09/2026
    let parts: Vec<&str> = first.trim_end_matches('.').split('/').collect();
    if parts.len() == 3 && parts[2].len() == 4 {
        let m = parts[0].parse().ok()?;
        let d = parts[1].parse().ok()?;
        let y = parts[2].parse().ok()?;
        return make(y, m, d, 0);
    }
    // March 9, 2026
    if let Some(m) = month_of(first) {
        let d = number(w(1)?)?;
        let y = number(w(2)?)?;
        if y >= 1900 {
            return make(y, m, d, 2);
        }
        return None;
    }
    // 9 March 2026
    let d = number(first)?;
    let m = month_of(w(1)?)?;
    let y = number(w(2)?)?;
    if y >= 1900 { make(y, m, d, 2) } else { None }
}

/// "March 9, 2026", as notices and summaries write dates.
pub fn spoken(date: Date) -> String {
    let month = MONTHS[date.month() as usize - 1];
    let mut m = month.to_owned();
    m[..1].make_ascii_uppercase();
    format!("{m} {}, {}", date.day(), date.year())
}

/// The first agency receipt number in the text: three letters and ten digits.
pub fn receipt(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(12)).find_map(|i| {
        let before = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let after = b.get(i + 13).is_none_or(|c| !c.is_ascii_alphanumeric());
        let ok = before
            && after
            && b[i..i + 3].iter().all(u8::is_ascii_uppercase)
            && b[i + 3..i + 13].iter().all(u8::is_ascii_digit);
        ok.then(|| text[i..i + 13].to_owned())
    })
}

/// Words after which a full stop does not end a sentence.
pub const ABBREVIATIONS: [&str; 14] = [
    "dr", "mr", "mrs", "ms", "no", "st", "jr", "sr", "inc", "ltd", "u.s", "e.g", "i.e", "vs",
];

/// Words of a time zone: after "a.m." or "p.m." before one ("by 5:00 p.m.
/// Eastern Time") the sentence goes on; before anything else it ends.
const TIME_ZONES: [&str; 17] = [
    "eastern", "central", "mountain", "pacific", "alaska", "hawaii", "local", "et", "est", "edt", "ct",
    "cst", "cdt", "mt", "pt", "pst", "pdt",
];

/// Whether `word` (lowercased, its last full stop off) is "a.m" or "p.m"
/// and `rest` opens with a time zone.
fn hour_before_zone(word: &str, rest: &str) -> bool {
    let zone: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(word, "a.m" | "p.m") && TIME_ZONES.contains(&zone.as_str())
}

/// The text's start, where each later sentence starts, and its end: taken
/// two by two, the bounds of its sentences.
pub fn sentence_bounds(text: &str) -> Vec<usize> {
    let mut bounds = vec![0];
    bounds.extend(sentence_starts(text));
    bounds.push(text.len());
    bounds
}

/// Byte offsets where sentences start (after the first): a `.`, `?` or `!`
/// (perhaps with a closing quote) then a space and a capital letter or a
/// quote, not after a common abbreviation.
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 1..chars.len() {
        let (i, c) = chars[k];
        if c != ' ' {
            continue;
        }
        let (_, prev) = chars[k - 1];
        let end_mark = matches!(prev, '.' | '?' | '!')
            || (matches!(prev, '"' | '\u{201d}' | ')')
                && k >= 2
                && matches!(chars[k - 2].1, '.' | '?' | '!'));
        if !end_mark {
            continue;
        }
        let Some(&(next_i, next)) = chars.get(k + 1) else {
            continue;
        };
        if !(next.is_uppercase() || matches!(next, '"' | '\u{201c}')) {
            continue;
        }
        let word = text[..i]
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_end_matches('.')
            .to_lowercase();
        if prev == '.'
            && (ABBREVIATIONS.contains(&word.as_str())
                || word.chars().count() == 1
                || hour_before_zone(&word, &text[next_i..]))
        {
            continue;
        }
        out.push(next_i);
    }
    out
}

/// Where the clause that starts the text ends: at a `;`, `?` or `!`, or at
/// a full stop that ends a sentence (not after an abbreviation).
pub fn clause_end(text: &str) -> usize {
    let mut word_start = 0;
    for (i, c) in text.char_indices() {
        match c {
            ';' | '?' | '!' => return i,
            '.' => {
                let word = text[word_start..i].to_lowercase();
                let next = text[i + 1..].chars().next();
                let abbreviation = ABBREVIATIONS.contains(&word.as_str())
                    || word.chars().count() == 1
                    || hour_before_zone(&word, &text[i + 1..]);
                if next.is_none_or(char::is_whitespace) && !abbreviation {
                    return i;
                }
            }
            c if c.is_whitespace() => word_start = i + c.len_utf8(),
            _ => {}
        }
    }
    text.len()
}

/// The text with quoted passages ("…" and “…”) left out, but for the
/// punctuation that closes one inside its quotation mark (`"in clinic,"
/// which` keeps its comma).
pub fn unquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    let mut last = ' ';
    for c in text.chars() {
        let closes = c == '\u{201d}' || c == '"' && inside;
        match c {
            '\u{201c}' => inside = true,
            '"' if !inside => inside = true,
            _ if closes => {
                inside = false;
                if matches!(last, ',' | '.' | ';') {
                    out.push(last);
                }
            }
            _ if !inside => out.push(c),
            _ => {}
        }
        last = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_hour_ends_its_sentence_unless_a_time_zone_follows() {
        let sentences = |t: &str| sentence_bounds(t).len() - 1;
        assert_eq!(
            sentences("Replies are due by 4:30 p.m. Late replies are not read."),
            2
        );
        assert_eq!(sentences("The ward shuts at 8 a.m. The mother waited."), 2);
        assert_eq!(
            sentences("Reply by 4:30 p.m. Mountain Time on June 2, 2027. Keep a copy."),
            2
        );
        assert_eq!(
            clause_end("Due by 4:30 p.m. Late ones wait"),
            "Due by 4:30 p.m".len()
        );
        assert_eq!(
            clause_end("Due by 9 a.m. Pacific Time. Then"),
            "Due by 9 a.m. Pacific Time".len()
        );
    }

    #[test]
    fn dates_in_several_shapes() {
        let found = dates("On March 9, 2026 and 9 April 2026, 03/10/2026, 2026-05-01; not May 2026.");
        let got: Vec<String> = found.iter().map(|f| f.date.to_string()).collect();
        assert_eq!(got, ["2026-03-09", "2026-04-09", "2026-03-10", "2026-05-01"]);
    }

    #[test]
    fn lowercase_in_step_keeps_every_offset() {
        let t = "\u{130}stanbul, 5 \u{212A} and 3 \u{2126}: \u{c9}LODIE";
        let lower = lower_in_step(t);
        assert_eq!(lower.len(), t.len());
        assert!(t.char_indices().all(|(i, _)| lower.is_char_boundary(i)));
        assert_eq!(lower, "\u{130}stanbul, 5 \u{212A} and 3 \u{2126}: \u{e9}lodie");
    }

    #[test]
    fn phrases_match_at_word_starts() {
        assert!(has_phrase("the urgency of", "urgen"));
        assert!(!has_phrase("insurgency", "urgen"));
        assert_eq!(find_phrase("nothing is not here", "not", true), Some(11));
    }

    #[test]
    fn receipts_and_sentences() {
        assert_eq!(receipt("No. IOE0912345678."), Some("IOE0912345678".into()));
        assert_eq!(receipt("IOE09123456789"), None);
        let t = "Dr. Ana Ruiz wrote. Additionally, it is late. U.S. law applies.";
        let starts: Vec<&str> = sentence_starts(t).into_iter().map(|i| &t[i..i + 5]).collect();
        assert_eq!(starts, ["Addit", "U.S. "]);
    }
}
