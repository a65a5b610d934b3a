//! The documents the notice names as already in the record ("the letter
//! from Dr. Ines Carvajal dated November 4, 2025").

use super::Words;
use super::clean::Para;
use super::text;
use crate::text as base_text;
use jiff::civil::Date;

/// A document the notice names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// "Letter from Dr. Ines Carvajal".
    pub title: String,
    pub author: Option<String>,
    pub date: Option<Date>,
    pub page: usize,
    /// The head noun, lowercase ("letter"), for telling mentions of one document apart.
    pub noun: String,
}

/// Abbreviations with a full stop that go on with the name after them
/// ("Dr. Ana Ruiz", "St. Jude's").
const TITLES: [&str; 5] = ["Dr", "Mr", "Ms", "Mrs", "St"];

/// Lowercase words allowed inside a name ("Hospital of the Good Shepherd").
const NAME_JOINERS: [&str; 7] = ["of", "the", "and", "de", "del", "la", "da"];

/// Every document named with an author that is a name, or a date.
pub fn named(paras: &[Para], body_start: usize, vocabulary: &Words) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    for para in paras.iter().skip(body_start) {
        let words: Vec<(usize, &str)> = para
            .text
            .split(' ')
            .scan(0usize, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        for i in 0..words.len() {
            let bare = words[i].1.trim_end_matches([',', '.', ';', ':']).to_lowercase();
            if !one_of(&vocabulary.document_nouns, &bare)
                || words[i].1.ends_with([',', '.', ';', ':']) && bare != "i-134"
            {
                continue;
            }
            if let Some(found) = document_at(&para.text, &words, i, vocabulary) {
                let found = Named {
                    page: para.page_at(words[i].0),
                    ..found
                };
                merge(&mut out, found);
            }
        }
    }
    out
}

fn merge(out: &mut Vec<Named>, found: Named) {
    let same = |n: &Named| {
        n.title.to_lowercase() == found.title.to_lowercase()
            || n.author.is_some()
                && n.author == found.author
                && n.noun == found.noun
                && (n.date == found.date || n.date.is_none() || found.date.is_none())
    };
    match out.iter_mut().find(|n| same(n)) {
        Some(n) => {
            n.date = n.date.or(found.date);
            if found.title.len() > n.title.len() {
                n.title = found.title;
            }
        }
        None => out.push(found),
    }
}

/// The document whose head noun is word `i`: the noun phrase before it, an
/// author after a linking word, a date after "dated".
fn document_at(text: &str, words: &[(usize, &str)], i: usize, vocabulary: &Words) -> Option<Named> {
    // The noun phrase: back to a determiner, at most three words.
    let mut first = i;
    while first > 0 && i - first < 3 {
        let w = words[first - 1].1;
        let lw = w.to_lowercase();
        if matches!(
            lw.as_str(),
            "a" | "an" | "the" | "new" | "his" | "her" | "their" | "your"
        ) || w.ends_with([',', '.', ';', ':'])
            || !w.chars().any(char::is_alphabetic)
        {
            break;
        }
        if w.chars().next().is_some_and(char::is_lowercase) && !is_noun_word(&lw, vocabulary) {
            break;
        }
        first -= 1;
    }
    // "Form I-134, Declaration of Financial Support": the form's title in
    // apposition, named already as the form ("Form I-134, letter from Dr.
    // Warner ..." goes on to the next document).
    if first > 0 && is_form_number(words[first - 1].1) && words[first].1.starts_with(char::is_uppercase) {
        return None;
    }
    let head_end = words[i].0 + words[i].1.trim_end_matches([',', '.', ';', ':']).len();
    let mut phrase = text[words[first].0..head_end].to_owned();
    if phrase.starts_with("I-134") {
        phrase.insert_str(0, "Form ");
    }
    let mut k = i + 1;
    let mut author = None;
    let mut link = None;
    for l in &vocabulary.author_links {
        let l = l.to_lowercase();
        let n = l.split(' ').count();
        if k + n <= words.len() && words[k..k + n].iter().map(|w| w.1).collect::<Vec<_>>().join(" ") == l {
            let (name, used) = name_at(words, k + n);
            let noun = words[i].1.trim_end_matches([',', '.', ';', ':']).to_lowercase();
            let found = name
                .filter(|name| !names_no_author(name, &l, &noun))
                .and_then(|name| holder(words, k + n + used, name, used));
            if let Some((name, used)) = found {
                author = Some(name);
                link = Some(l);
                k += n + used;
            }
            break;
        }
    }
    let date = (words.get(k).map(|w| w.1) == Some("dated"))
        .then(|| {
            text::dates(&text[words.get(k + 1)?.0..])
                .first()
                .filter(|f| f.start == 0)
                .map(|f| f.date)
        })
        .flatten();
    if author.is_none() && date.is_none() {
        return None;
    }
    let mut title = capitalize(&phrase);
    if let (Some(a), Some(l)) = (&author, link) {
        title = format!("{title} {l} {a}");
    }
    let noun = words[i].1.trim_end_matches([',', '.', ';', ':']).to_lowercase();
    Some(Named {
        title,
        author,
        date,
        page: 0,
        noun,
    })
}

/// A word of a document's name: one of the `document_nouns` or
/// `document_modifiers`.
fn is_noun_word(w: &str, vocabulary: &Words) -> bool {
    one_of(&vocabulary.document_nouns, w) || one_of(&vocabulary.document_modifiers, w)
}

/// Whether the word (lowercase) is one of the list's, in any case.
fn one_of(list: &[String], w: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(w))
}

/// A person's or body's name starting at word `k`: capitalized words, with
/// "Dr." and joining words inside; how many words it took.
fn name_at(words: &[(usize, &str)], k: usize) -> (Option<String>, usize) {
    let mut parts: Vec<&str> = Vec::new();
    let mut j = k;
    while let Some(&(_, w)) = words.get(j) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        let joiner = NAME_JOINERS.contains(&bare) && !parts.is_empty();
        if !(capital || joiner) || w == "I-134" {
            break;
        }
        parts.push(if TITLES.contains(&bare) { w } else { bare });
        j += 1;
        if w.ends_with([',', ';', ':']) || (w.ends_with('.') && !TITLES.contains(&bare)) && bare.len() > 1 {
            break;
        }
    }
    while parts.last().is_some_and(|p| NAME_JOINERS.contains(p)) {
        parts.pop();
    }
    let real = parts
        .iter()
        .filter(|p| !matches!(**p, "Dr." | "Mr." | "Ms." | "Mrs."))
        .count();
    if real == 0
        || parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && p.len() <= 4)
            && real < 2
    {
        return (None, 0);
    }
    (Some(parts.join(" ")), j - k)
}

/// A form's number followed by a comma ("I-134,", "I-131,").
fn is_form_number(word: &str) -> bool {
    word.strip_suffix(',')
        .and_then(|w| w.strip_prefix(['I', 'G']))
        .and_then(|w| w.strip_prefix('-'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()))
}

/// Capitalized words after an author link that name no one who wrote
/// the document: a month alone ("a report from March 2027"), a country
/// ("a CT report from Haiti" says where it was made), a known city after
/// "from" when the document is a record rather than a writing ("an
/// echocardiogram report from Accra"; "a letter from Casey" is Casey's),
/// or after "of" a possessive (the notes "of Aarav's two operations" are
/// about them; "a letter from Dr. Haque's office" still names its writer).
fn names_no_author(name: &str, link: &str, noun: &str) -> bool {
    let lower = name.to_lowercase();
    (link == "of" && is_possessive(&lower))
        || base_text::MONTHS.contains(&lower.as_str())
        || base_text::countries().any(|c| c.eq_ignore_ascii_case(name))
        || link == "from"
            && RECORDS.contains(&noun)
            && crate::clinic::redact::words::is_place(
                &crate::clinic::redact::words::fold(name)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>(),
            )
}

/// Head nouns of documents made by a service rather than written by a
/// person: one "from" a city says where it was made.
const RECORDS: [&str; 7] = [
    "report",
    "record",
    "records",
    "summary",
    "certificate",
    "evaluation",
    "notes",
];

fn is_possessive(lower: &str) -> bool {
    lower.ends_with("'s") || lower.ends_with("\u{2019}s")
}

/// Who holds the document when the name after the link is a possessive
/// followed by a role: "Fritznel's cardiologist" names no one who wrote
/// it (the patient owns the role), "Fritznel's sister, Ms. Widline
/// Pierre" names the sister, and "Dr. Haque's office" is a titled
/// person's, so the office with its role. Any other name stands as it
/// is. `k` is the word after the name, `used` the name's words; returns
/// the author and how many words it took from the name's start.
fn holder(words: &[(usize, &str)], k: usize, name: String, used: usize) -> Option<(String, usize)> {
    if !is_possessive(&name.to_lowercase()) {
        return Some((name, used));
    }
    let role = words
        .get(k)
        .map(|w| w.1)
        .filter(|w| w.starts_with(char::is_lowercase) && w.chars().any(char::is_alphabetic));
    if TITLES.iter().any(|t| name.starts_with(&format!("{t}. "))) {
        return Some(match role {
            Some(r) => (
                format!("{name} {}", r.trim_end_matches([',', '.', ';', ':'])),
                used + 1,
            ),
            None => (name, used),
        });
    }
    role.filter(|r| r.ends_with(','))?;
    let (after, more) = name_at(words, k + 1);
    after
        .filter(|a| !is_possessive(&a.to_lowercase()))
        .map(|a| (a, used + 1 + more))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
}
