//! A category for a ground (or a type for a document) from the playbook's
//! weighted cues.

use crate::playbook::Cue;

/// The endings a word may take after a cue that is no stem: "cost" matches
/// "costs", "travel" matches "travelled", neither matches another word that
/// happens to start the same ("Costa", "department" for "depart").
const INFLECTIONS: [&str; 9] = ["", "s", "es", "d", "ed", "ing", "led", "ling", "ly"];

/// Whether the text (lowercased) holds the cue: at the start of a word, and
/// up to the word's end (but for an inflection) unless the cue is a stem.
pub fn matches(lower: &str, cue: &Cue) -> bool {
    let phrase = cue.phrase.as_str();
    if phrase.is_empty() {
        return false;
    }
    let open_end = cue.stem || !phrase.ends_with(char::is_alphanumeric);
    let starts_word = !phrase.starts_with(char::is_alphanumeric);
    lower.match_indices(phrase).any(|(at, _)| {
        let starts = starts_word
            || lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        let rest = &lower[at + phrase.len()..];
        let ending = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
        starts && (open_end || INFLECTIONS.contains(&ending))
    })
}

/// The best category and how sure the choice is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The chosen id; `other` (or the fallback) when no cue matched.
    pub id: String,
    pub score: u32,
    /// The next best, when it scored at all.
    pub runner_up: Option<(String, u32)>,
    /// The phrases that matched for the chosen id.
    pub matched: Vec<String>,
}

impl Choice {
    /// "high", "medium" or "low".
    pub fn confidence(&self) -> &'static str {
        let second = self.runner_up.as_ref().map_or(0, |r| r.1);
        if self.score == 0 || self.score <= second {
            "low"
        } else if self.score >= 4 && self.score >= 2 * second {
            "high"
        } else {
            "medium"
        }
    }

    /// Whether the runner-up is close enough to name in the file.
    pub fn close_runner_up(&self) -> Option<&str> {
        self.runner_up
            .as_ref()
            .filter(|(_, s)| self.score == 0 || *s * 2 >= self.score)
            .map(|(id, _)| id.as_str())
    }
}

/// Scores the text against each id's cues; ties go to the id listed first.
pub fn choose(text: &str, cues: &[(String, Vec<Cue>)], fallback: &str) -> Choice {
    let lower = text.to_lowercase();
    let mut scored: Vec<(usize, u32, Vec<String>)> = cues
        .iter()
        .enumerate()
        .map(|(i, (_, cues))| {
            let matched: Vec<&Cue> = cues.iter().filter(|c| matches(&lower, c)).collect();
            (
                i,
                matched.iter().map(|c| c.weight).sum(),
                matched.iter().map(|c| c.phrase.clone()).collect(),
            )
        })
        .filter(|s| s.1 > 0)
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut scored = scored.into_iter();
    match scored.next() {
        None => Choice {
            id: fallback.to_owned(),
            score: 0,
            runner_up: None,
            matched: Vec::new(),
        },
        Some((i, score, matched)) => Choice {
            id: cues[i].0.clone(),
            score,
            runner_up: scored.next().map(|(j, s, _)| (cues[j].0.clone(), s)),
            matched,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(phrase: &str) -> Cue {
        Cue {
            phrase: phrase.trim_end_matches('*').to_owned(),
            weight: 1,
            stem: phrase.ends_with('*'),
        }
    }

    #[test]
    fn a_cue_matches_whole_words_with_their_inflections() {
        assert!(matches("the fees were never paid", &cue("fee")));
        assert!(matches("she travelled alone", &cue("travel")));
        assert!(matches("it was paid in full.", &cue("paid")));
        // A word that only starts the same, or a name, is another word.
        assert!(!matches("the feeding tube", &cue("fee")));
        assert!(!matches("a clinic in costa rica", &cue("cost")));
        assert!(!matches("the state department", &cue("depart")));
        assert!(!matches("she stays within reach", &cue("stay with")));
        // A cue at a word's start only.
        assert!(!matches("the hyperurgent case", &cue("urgen*")));
    }

    #[test]
    fn a_stem_cue_matches_every_word_it_starts() {
        assert!(matches("her emergency care", &cue("emergen*")));
        assert!(matches("an oncologist wrote", &cue("oncolog*")));
    }
}
