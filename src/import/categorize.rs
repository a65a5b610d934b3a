//! A category for a ground (or a type for a document) from the playbook's
//! weighted cues.

use super::text::{has_phrase, lower_in_step, sentence_starts, unquoted};
use crate::playbook::Cue;
use std::collections::BTreeMap;

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
        starts && (open_end || INFLECTIONS.contains(&ending)) && !in_a_year(phrase, rest)
    })
}

/// A cue ending in "in" names a place ("offered in Quito", "centers in
/// Lima"); followed by a year ("offered in 2025") it names a time, and is
/// not met there.
fn in_a_year(phrase: &str, rest: &str) -> bool {
    phrase.ends_with(" in")
        && rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// The best category and how sure the choice is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The chosen id; with no cue met, the id whose cues alone use words of
    /// the text (`score` 0), else `other` (or the fallback).
    pub id: String,
    pub score: u32,
    /// The next best, when it scored at all.
    pub runner_up: Option<(String, u32)>,
    /// The phrases that matched for the chosen id (with no cue met, the
    /// words that chose it).
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

    /// With no cue met, what the file and the summary both say of the
    /// category: guessed from the words named, or not at all; either way to
    /// be checked. None when a cue was met.
    pub fn unscored_note(&self) -> Option<String> {
        match (self.score, self.matched.is_empty()) {
            (0, true) => Some("no cue matched: check the category".to_owned()),
            (0, false) => Some(format!(
                "no cue matched, guessed from the words {}: check the category",
                self.matched.join(", ")
            )),
            _ => None,
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
    ranked(
        cues,
        fallback,
        |cue| matches(&lower, cue),
        |_| false,
        |_| false,
        |_| false,
        |_, _| false,
    )
}

/// A word without its plural (or third-person) "s": "centers" and
/// "center", "agrees" and "agree" are one; "class" and "bus" stay whole.
/// Only that ending: a tense says something ("remained" in the United
/// States is a past stay, "remain" one to come), an "s" never does.
fn stem(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(base) if base.len() >= 3 && !base.ends_with(['s', 'u', 'i']) => base,
        _ => word,
    }
}

/// A phrase with each word stemmed ("centers in" as "center in").
fn stemmed(phrase: &str) -> String {
    phrase.split(' ').map(stem).collect::<Vec<_>>().join(" ")
}

/// A text read as words for [`choose_focused`]: each word's stem, and
/// whether a single space (and nothing else) follows it.
struct Stems<'a> {
    words: Vec<(&'a str, bool)>,
    /// Each stem's word positions.
    at: BTreeMap<&'a str, Vec<usize>>,
}

impl<'a> Stems<'a> {
    /// The words (runs of letters and digits) of `lower`.
    fn new(lower: &'a str) -> Self {
        let mut words: Vec<(&'a str, bool)> = Vec::new();
        let mut at: BTreeMap<&'a str, Vec<usize>> = BTreeMap::new();
        let mut start = None;
        for (i, c) in lower.char_indices().chain([(lower.len(), '\0')]) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    let word = stem(&lower[s..i]);
                    let spaced = c == ' ' && lower[i + 1..].starts_with(char::is_alphanumeric);
                    at.entry(word).or_default().push(words.len());
                    words.push((word, spaced));
                    start = None;
                }
                _ => {}
            }
        }
        Stems { words, at }
    }

    /// Whether the words of the cue, a phrase of plain words, stand in a
    /// row, each with or without its "s" ("agree to treat" in "agrees to
    /// treat", "centers in" in "the center in"); never for a stem cue or
    /// a phrase with other signs.
    fn holds(&self, cue: &Cue) -> bool {
        let phrase = cue.phrase.as_str();
        if cue.stem || phrase.is_empty() || !phrase.chars().all(|c| c.is_alphabetic() || c == ' ') {
            return false;
        }
        let wanted: Vec<&str> = phrase.split(' ').map(stem).collect();
        if wanted.iter().any(|w| w.is_empty()) {
            return false;
        }
        // "clinics in 2024": a time, not a place (see [`in_a_year`]).
        let at_a_year = |k: usize| {
            wanted.last() == Some(&"in")
                && self
                    .words
                    .get(k + wanted.len())
                    .is_some_and(|(w, _)| w.starts_with(|c: char| c.is_ascii_digit()))
        };
        self.at.get(wanted[0]).is_some_and(|starts| {
            starts.iter().any(|&k| {
                wanted.iter().enumerate().all(|(j, w)| {
                    self.words.get(k + j).is_some_and(|(word, _)| word == w)
                        && (j + 1 == wanted.len() || self.words[k + j].1)
                }) && !at_a_year(k)
            })
        })
    }
}

/// Scores as [`choose`] does, but a tie goes to the id whose cues weigh
/// more in the sentences that state the agency's finding or request (those
/// with one of the `marks`: "does not", "no", "provide") when others only
/// set the scene: "Surgery takes nine months. Nothing shows where she would
/// live" is about the housing, not the length of the stay.
pub fn choose_focused(
    text: &str,
    cues: &[(String, Vec<Cue>)],
    fallback: &str,
    marks: &[String],
    plain: &[String],
) -> Choice {
    // In step with the text: `focus` cuts it where the text's sentences start.
    let lower = lower_in_step(text);
    let focus = focus(text, &lower, marks);
    let stems = Stems::new(&lower);
    let focus_stems: Vec<Stems> = focus.iter().map(|s| Stems::new(s)).collect();
    let question = opening_question(text).map(|end| &lower[..end]);
    let question_stems = question.map(Stems::new);
    // When every sentence finds or asks (no focus), the first that does
    // states the finding and those after it its details or what to send;
    // when some only set the scene, the verdict may stand among them
    // ("... weighs against parole"), and the focus alone may break a tie.
    let finding = if focus.is_empty() {
        first_marked(text, &lower, marks)
    } else {
        None
    };
    let finding_stems = finding.map(Stems::new);
    let met = |cue: &Cue| matches(&lower, cue) || stems.holds(cue);
    // The cues met, by category: a cue met only within a longer one of its
    // own category counts once ("updated" in "updated letter"); a longer
    // cue of another category is another reading and cancels nothing ("in
    // the home country" of a stay leaves "home country" of the care there).
    let own_met: Vec<Vec<&Cue>> = cues
        .iter()
        .map(|(_, list)| list.iter().filter(|c| met(c)).collect())
        .collect();
    let own = |cue: &Cue| -> &[&Cue] {
        cues.iter()
            .position(|(_, list)| list.iter().any(|c| std::ptr::eq(c, cue)))
            .map_or(&[], |i| own_met[i].as_slice())
    };
    let chosen = ranked(
        cues,
        fallback,
        |cue| met(cue) && !held(&lower, cue, own(cue)),
        |cue| {
            focus
                .iter()
                .zip(&focus_stems)
                .any(|(s, st)| matches(s, cue) || st.holds(cue))
        },
        |cue| {
            finding
                .zip(finding_stems.as_ref())
                .is_some_and(|(s, st)| matches(s, cue) || st.holds(cue))
        },
        |cue| {
            question
                .zip(question_stems.as_ref())
                .is_some_and(|(s, st)| matches(s, cue) || st.holds(cue))
        },
        |a, b| stemmed(&a.phrase) == stemmed(&b.phrase),
    );
    if chosen.score > 0 {
        return chosen;
    }
    let guess = by_words(&stems, cues, plain);
    let runner_up = guess.runner_up.map(|(i, points)| (cues[i].0.clone(), points));
    match guess.lead {
        Some((i, words)) => Choice {
            id: cues[i].0.clone(),
            score: 0,
            runner_up,
            matched: words,
        },
        None => Choice { runner_up, ..chosen },
    }
}

/// "Will he return home after treatment? The record does not answer
/// this. ...": where the question the text opens with, and then answers,
/// ends. It names the point as a heading would, so the cues met in it
/// count twice. None when the text is that question alone.
fn opening_question(text: &str) -> Option<usize> {
    let end = *sentence_starts(text).first()?;
    text[..end].trim_end().ends_with('?').then_some(end)
}

/// What the words of a text guess (see [`by_words`]).
struct Guess {
    /// The id that leads, and its words.
    lead: Option<(usize, Vec<String>)>,
    /// The next id and its count of words (on a tie, the lead's count).
    runner_up: Option<(usize, u32)>,
}

/// The shortest word of a cue that counts alone in [`by_words`]: shorter
/// ones ("with", "that", "cost") say too little without their phrase.
const OWN_WORD_LEN: usize = 5;

/// With no cue met, the id whose cues alone use most of the text's words
/// (of five letters or more, not `plain` words such as "which", each
/// counted once): "seizures ... no opinion on what is likely if surgery is
/// postponed" meets no phrase, but "postponed" and "opinion" belong to the
/// cues of one category only. A tie still goes to the id listed first, but
/// the next id is always the runner-up, so a tie shows as one (a guess is
/// of low confidence and its runner-up is named in the file); none when no
/// such word is met.
fn by_words(stems: &Stems, cues: &[(String, Vec<Cue>)], plain: &[String]) -> Guess {
    // Each word of the cues, and the one id whose cues use it (None: more).
    let mut owner: BTreeMap<&str, Option<usize>> = BTreeMap::new();
    for (i, (_, list)) in cues.iter().enumerate() {
        for cue in list.iter().filter(|c| !c.stem) {
            for word in cue.phrase.split(|c: char| !c.is_alphanumeric()) {
                if word.len() >= OWN_WORD_LEN && !plain.iter().any(|p| p.eq_ignore_ascii_case(word)) {
                    let own = owner.entry(stem(word)).or_insert(Some(i));
                    if *own != Some(i) {
                        *own = None;
                    }
                }
            }
        }
    }
    let mut points = vec![0u32; cues.len()];
    let mut met: Vec<String> = Vec::new();
    for (word, _) in &stems.words {
        if let Some(Some(i)) = owner.get(word)
            && !met.iter().any(|m| m == word)
        {
            points[*i] += 1;
            met.push((*word).to_owned());
        }
    }
    let mut order: Vec<usize> = (0..cues.len()).filter(|&i| points[i] > 0).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(points[i]), i));
    match order[..] {
        [] => Guess {
            lead: None,
            runner_up: None,
        },
        [best, ..] => {
            let words = met
                .into_iter()
                .filter(|w| owner.get(w.as_str()) == Some(&Some(best)))
                .collect();
            Guess {
                lead: Some((best, words)),
                runner_up: order.get(1).map(|&i| (i, points[i])),
            }
        }
    }
}

/// The sentences (of `lower`, the text lowercased) that state a finding or
/// a request, when the text also has sentences that state none; else none.
fn focus<'a>(text: &str, lower: &'a str, marks: &[String]) -> Vec<&'a str> {
    let mut bounds = sentence_starts(text);
    bounds.insert(0, 0);
    bounds.push(lower.len());
    let sentences: Vec<&str> = bounds.windows(2).map(|w| &lower[w[0]..w[1]]).collect();
    let marked: Vec<&str> = sentences
        .iter()
        .copied()
        .filter(|s| marks.iter().any(|m| has_phrase(s, &m.to_lowercase())))
        .collect();
    if marked.len() == sentences.len() {
        Vec::new()
    } else {
        marked
    }
}

/// Whether every place where the cue is met in `lower` lies within a
/// longer cue met there too (`met`, of the cue's own category): "updated"
/// in "updated letter" is that cue's word, and counts once, with it.
fn held(lower: &str, cue: &Cue, met: &[&Cue]) -> bool {
    let phrase = cue.phrase.to_lowercase();
    let longer: Vec<String> = met
        .iter()
        .map(|c| c.phrase.to_lowercase())
        .filter(|l| l.len() > phrase.len() && matches(l, cue))
        .collect();
    if longer.is_empty() {
        return false;
    }
    let mut rest = lower.to_owned();
    for l in &longer {
        rest = rest.replace(l.as_str(), &" ".repeat(l.len()));
    }
    !(matches(&rest, cue) || Stems::new(&rest).holds(cue))
}

/// The first sentence (of `lower`, the text lowercased) that states a
/// finding or a request (one of the `marks`, outside quoted words: "The
/// surgeon writes that they "cannot manage it."" states none), when the
/// text has two sentences or more: where the ground says what it finds.
fn first_marked<'a>(text: &str, lower: &'a str, marks: &[String]) -> Option<&'a str> {
    let mut bounds = sentence_starts(text);
    if bounds.is_empty() {
        return None;
    }
    bounds.insert(0, 0);
    bounds.push(lower.len());
    bounds.windows(2).map(|w| &lower[w[0]..w[1]]).find(|s| {
        let own = unquoted(s);
        marks.iter().any(|m| has_phrase(&own, &m.to_lowercase()))
    })
}

/// The ids ranked by the weight of their cues `met` (two the `same` count
/// once, those met `in_question` twice), then by that of those met in the focus, then by that of those
/// met in the first sentence that finds (`in_finding`); then the id listed
/// first.
fn ranked(
    cues: &[(String, Vec<Cue>)],
    fallback: &str,
    met: impl Fn(&Cue) -> bool,
    in_focus: impl Fn(&Cue) -> bool,
    in_finding: impl Fn(&Cue) -> bool,
    in_question: impl Fn(&Cue) -> bool,
    same: impl Fn(&Cue, &Cue) -> bool,
) -> Choice {
    let mut scored: Vec<(usize, u32, u32, u32, Vec<String>)> = cues
        .iter()
        .enumerate()
        .map(|(i, (_, cues))| {
            let mut found: Vec<&Cue> = Vec::new();
            for c in cues.iter().filter(|c| met(c)) {
                // "center in" and "centers in" met once: the heavier counts.
                match found.iter().position(|f| same(f, c)) {
                    Some(k) if found[k].weight < c.weight => found[k] = c,
                    Some(_) => {}
                    None => found.push(c),
                }
            }
            (
                i,
                found.iter().map(|c| c.weight).sum::<u32>()
                    + found
                        .iter()
                        .filter(|c| in_question(c))
                        .map(|c| c.weight)
                        .sum::<u32>(),
                found.iter().filter(|c| in_focus(c)).map(|c| c.weight).sum(),
                found.iter().filter(|c| in_finding(c)).map(|c| c.weight).sum(),
                found.iter().map(|c| c.phrase.clone()).collect(),
            )
        })
        .filter(|s| s.1 > 0)
        .collect();
    scored.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(b.2.cmp(&a.2))
            .then(b.3.cmp(&a.3))
            .then(a.0.cmp(&b.0))
    });
    let mut scored = scored.into_iter();
    match scored.next() {
        None => Choice {
            id: fallback.to_owned(),
            score: 0,
            runner_up: None,
            matched: Vec::new(),
        },
        Some((i, score, _, _, matched)) => Choice {
            id: cues[i].0.clone(),
            score,
            runner_up: scored.next().map(|(j, s, _, _, _)| (cues[j].0.clone(), s)),
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
    fn a_cue_ending_in_in_is_a_place_never_a_year() {
        // "offered in 2025" says when, not where.
        assert!(matches(
            "a hospital offered in quito to operate",
            &cue("offered in")
        ));
        assert!(!matches(
            "a hospital offered in 2025 to operate",
            &cue("offered in")
        ));
        assert!(!Stems::new("two clinics in 2024 said no").holds(&cue("clinic in")));
        assert!(Stems::new("two clinics in lima said no").holds(&cue("clinic in")));
        // Met further on at a place, it is met.
        assert!(matches(
            "offered in 2025, and offered in quito again",
            &cue("offered in")
        ));
    }

    fn weighed(phrase: &str, weight: u32) -> Cue {
        Cue {
            weight,
            ..cue(phrase)
        }
    }

    #[test]
    fn a_tie_goes_to_the_category_named_where_the_finding_is_stated() {
        let cues = vec![
            ("lab".to_owned(), vec![weighed("blood test", 2)]),
            ("after".to_owned(), vec![weighed("follow up", 2)]),
        ];
        let marks: Vec<String> = ["not", "nothing", "submit"].map(String::from).to_vec();
        let chosen = |text: &str| choose_focused(text, &cues, "none", &marks, &[]).id;
        // The scene first, then the finding: the finding's cue decides.
        assert_eq!(
            chosen("Each month she has a blood test. Nothing names the doctor who will follow up at home."),
            "after"
        );
        assert_eq!(
            chosen("A doctor will follow up at home. Submit the report of her last blood test."),
            "lab"
        );
        // No sentence a finding: the id listed first, as before.
        assert_eq!(chosen("She has a blood test and a follow up visit."), "lab");
        // Every sentence a finding: the first states it, and decides.
        assert_eq!(
            chosen("Nothing names who will follow up. The blood test is not dated."),
            "after"
        );
        assert_eq!(
            chosen("The blood test is not dated. Nothing names who will follow up."),
            "lab"
        );
        // The focus only breaks a tie: more weight elsewhere still wins.
        let heavier = vec![
            ("lab".to_owned(), vec![weighed("blood test", 3)]),
            ("after".to_owned(), vec![weighed("follow up", 2)]),
        ];
        let text = "Each month she has a blood test. Nothing names who will follow up.";
        let c = choose_focused(text, &heavier, "none", &marks, &[]);
        assert_eq!((c.id.as_str(), c.score), ("lab", 3));
        assert_eq!(c.runner_up, Some(("after".to_owned(), 2)));
    }

    #[test]
    fn a_word_of_a_cue_may_take_or_drop_its_plural_s_and_nothing_else() {
        let holds = |text: &str, phrase: &str| Stems::new(text).holds(&cue(phrase));
        assert!(holds("two clinics in lagos", "clinic in"));
        assert!(holds("the center in atlanta", "centers in"));
        assert!(holds("she agrees to treat him", "agree to treat"));
        // A tense is no plural: a stay that was is not one to come.
        assert!(!holds("she remained in texas", "remain in"));
        // "class" and "bus" keep their "s"; a word is matched whole.
        assert!(!holds("a class in ohio", "clas in"));
        assert!(!holds("the centers inland", "center in"));
        // Words apart, or a stem cue, are not matched this way.
        assert!(!holds("the center, in atlanta", "center in"));
        assert!(!holds("the centers in atlanta", "center*"));
    }

    #[test]
    fn a_cue_and_its_plural_met_together_count_once() {
        let cues = vec![
            (
                "where".to_owned(),
                vec![weighed("center in", 2), weighed("centers in", 3)],
            ),
            ("who".to_owned(), vec![weighed("surgeon", 4)]),
        ];
        let c = choose_focused("The center in Dallas has a surgeon.", &cues, "none", &[], &[]);
        assert_eq!((c.id.as_str(), c.score), ("who", 4));
        assert_eq!(c.runner_up, Some(("where".to_owned(), 3)));
    }

    #[test]
    fn with_no_cue_met_the_words_that_only_one_category_uses_decide() {
        let cues = vec![
            (
                "stay".to_owned(),
                vec![weighed("where she will sleep", 3), weighed("rented room", 2)],
            ),
            (
                "money".to_owned(),
                vec![weighed("rented car", 2), weighed("salary slip", 3)],
            ),
        ];
        let plain = vec!["where".to_owned()];
        // No phrase is met; "sleep" is a word of the first category's cues
        // only, "rented" of both (it decides nothing), "salary" of the second.
        let c = choose_focused("Nobody says she could sleep there.", &cues, "none", &[], &plain);
        assert_eq!((c.id.as_str(), c.score), ("stay", 0));
        assert_eq!(c.matched, ["sleep"]);
        let c = choose_focused(
            "His salary, and where she would sleep.",
            &cues,
            "none",
            &[],
            &plain,
        );
        assert_eq!(c.id, "stay", "a tie goes to the category listed first");
        // Words shared by both, too short to count alone, or plain,
        // choose nothing.
        let c = choose_focused("The rented flat is near.", &cues, "none", &[], &plain);
        assert_eq!((c.id.as_str(), c.matched.len()), ("none", 0));
        let c = choose_focused("Where is the form?", &cues, "none", &[], &plain);
        assert_eq!((c.id.as_str(), c.matched.len()), ("none", 0));
        let c = choose_focused("Where is the form?", &cues, "none", &[], &[]);
        assert_eq!(c.id, "stay");
        // A phrase met still decides alone.
        let c = choose_focused(
            "A salary slip; she will sleep anywhere.",
            &cues,
            "none",
            &[],
            &plain,
        );
        assert_eq!((c.id.as_str(), c.score), ("money", 3));
    }

    #[test]
    fn care_at_home_said_to_fall_short_is_about_what_home_offers() {
        let playbook = crate::playbook::Playbook::builtin();
        let c = crate::import::category_of(
            "The pediatrician finds his kidney function stable. She does not say why \
             the care he is given at home is inadequate for his age.",
            &playbook,
            None,
        );
        assert_eq!(c.id, "treatment-unavailable", "{c:?}");
    }

    #[test]
    fn a_stem_cue_matches_every_word_it_starts() {
        assert!(matches("her emergency care", &cue("emergen*")));
        assert!(matches("an oncologist wrote", &cue("oncolog*")));
    }
}
