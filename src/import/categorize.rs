//! A category for a ground (or a type for a document) from the playbook's
//! weighted cues.

use super::text::has_phrase;
use crate::playbook::Cue;

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
            let matched: Vec<&Cue> = cues.iter().filter(|c| has_phrase(&lower, &c.phrase)).collect();
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
