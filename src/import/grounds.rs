//! The grounds: which paragraphs state a reason for the decision, and where
//! one paragraph holds two.

use super::Words;
use super::categorize::choose;
use super::clean::{Enumerator, Para};
use super::text::{find_phrase, has_phrase, opens_with, sentence_starts, unquoted};
use crate::playbook::Cue;

/// Each category's cues, as the playbook lists them.
pub type Cues = [(String, Vec<Cue>)];

/// A ground as the notice states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The agency's words.
    pub quote: String,
    pub first_page: usize,
    pub last_page: usize,
    /// How it was told apart, for the summary ("item 2 of a list").
    pub how: String,
}

/// Where the body of the notice starts: after the paragraph at `title`.
pub fn grounds(paras: &[Para], body_start: usize, words: &Words, cues: &Cues) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut list = List::None;
    let mut skipped_section = false;
    let mut item = 0;
    for para in &paras[body_start.min(paras.len())..] {
        let lower = para.text.to_lowercase();
        if opens_with(&lower, &words.closings).is_some() {
            break;
        }
        if para.is_short_line() && para.text.chars().next().is_some_and(char::is_uppercase) {
            skipped_section = opens_with(&lower, &words.skip_headings).is_some();
            list = List::None;
            continue;
        }
        if skipped_section {
            continue;
        }
        if para.enumerator.is_some() {
            match list {
                // An item marked like its owner is the owner's sibling, not its part.
                List::Owned(i, marker) if marker != para.enumerator => {
                    let ground: &mut Found = &mut out[i];
                    ground.quote.push(' ');
                    ground.quote.push_str(&para.text);
                    ground.last_page = para.pages.last().map_or(ground.last_page, |p| p.1);
                    continue;
                }
                List::Submitted => continue,
                List::Grounds | List::None | List::Owned(..) => {
                    let listed = matches!(list, List::Grounds | List::Owned(..));
                    if listed || is_finding(&lower, words) {
                        item += 1;
                        let how = format!("{} {item} of a list", enumerator_name(para.enumerator));
                        push(&mut out, para, &para.text, how);
                        list = if para.text.ends_with(':') {
                            List::Owned(out.len() - 1, para.enumerator)
                        } else if listed {
                            List::Grounds
                        } else {
                            List::None
                        };
                    }
                    continue;
                }
            }
        }
        item = 0;
        list = List::None;
        let intro = para.text.ends_with(':');
        if intro
            && words
                .submitted_intro
                .iter()
                .any(|p| has_phrase(&lower, &p.to_lowercase()))
        {
            list = List::Submitted;
            continue;
        }
        if words
            .grounds_intro
            .iter()
            .any(|p| has_phrase(&lower, &p.to_lowercase()))
        {
            list = List::Grounds;
            continue;
        }
        if opens_with(&lower, &words.skip).is_some()
            || words
                .skip_containing
                .iter()
                .any(|p| has_phrase(&lower, &p.to_lowercase()))
            || !is_finding(&lower, words)
        {
            continue;
        }
        let start = out.len();
        split(&mut out, para, words, cues);
        if intro && out.len() > start {
            list = List::Owned(out.len() - 1, None);
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    None,
    /// The items belong to this ground (an RFE's "Evidence may include:"),
    /// itself marked so.
    Owned(usize, Option<Enumerator>),
    /// The items are the grounds.
    Grounds,
    /// The items are what was submitted.
    Submitted,
}

fn enumerator_name(e: Option<Enumerator>) -> &'static str {
    match e {
        Some(Enumerator::Bullet) => "bullet",
        Some(Enumerator::Number) => "item",
        Some(Enumerator::Letter) => "lettered item",
        None => "paragraph",
    }
}

/// Whether the paragraph (lowercased) states a finding: a word of negation
/// from the playbook outside any quoted passage.
fn is_finding(lower: &str, words: &Words) -> bool {
    let own = unquoted(lower);
    words
        .findings
        .iter()
        .any(|w| find_phrase(&own, &w.to_lowercase(), true).is_some())
}

fn push(out: &mut Vec<Found>, para: &Para, text: &str, how: String) {
    let start = para.text.find(text).unwrap_or(0);
    out.push(Found {
        quote: text.to_owned(),
        first_page: para.page_at(start),
        last_page: para.page_at(start + text.len().saturating_sub(1)),
        how,
    });
}

/// A paragraph's grounds: a sentence that opens with a connective
/// ("Additionally,") starts another, and so does one that states a finding
/// afresh ("The record does not ...") about another category than the
/// sentences before it.
fn split(out: &mut Vec<Found>, para: &Para, words: &Words, cues: &Cues) {
    let text = &para.text;
    let starts = sentence_starts(text);
    // "Your request ... The request is denied. The record shows ...": the
    // ground starts after the sentence that states the decision, unless
    // that sentence gives the reason itself ("is denied because ... not").
    let mut bounds = vec![0];
    bounds.extend(&starts);
    let first = bounds
        .windows(2)
        .filter(|w| {
            let sentence = text[w[0]..w[1]].to_lowercase();
            words
                .operative
                .iter()
                .any(|o| has_phrase(&sentence, &o.to_lowercase()))
                && !is_finding(&sentence, words)
        })
        .map(|w| w[1])
        .next_back()
        .unwrap_or(0);
    let starts: Vec<usize> = starts.into_iter().filter(|&s| s > first).collect();
    let mut cuts = vec![first];
    for (k, &start) in starts.iter().enumerate() {
        let lower = text[start..].to_lowercase();
        if opens_with(&lower, &words.connectives).is_some() {
            cuts.push(start);
            continue;
        }
        if opens_with(&lower, &words.restatements).is_none() {
            continue;
        }
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let before = choose(&text[*cuts.last().unwrap_or(&0)..start], cues, "");
        let this = choose(&text[start..end], cues, "");
        let own = unquoted(&text[start..end].to_lowercase());
        let finding = words
            .findings
            .iter()
            .any(|w| find_phrase(&own, &w.to_lowercase(), true).is_some());
        if finding && before.score > 0 && this.score > 0 && before.id != this.id {
            cuts.push(start);
        }
    }
    cuts.push(text.len());
    let parts = cuts.len() - 1;
    for (n, w) in cuts.windows(2).enumerate() {
        let part = text[w[0]..w[1]].trim_end();
        let how = match (parts, n) {
            (1, _) => "paragraph".to_owned(),
            (_, 0) => format!("part 1 of {parts} of a paragraph"),
            _ => format!(
                "part {} of {parts} of a paragraph, from \"{}\"",
                n + 1,
                part.split(' ').next().unwrap_or("")
            ),
        };
        push(out, para, part, how);
    }
}
