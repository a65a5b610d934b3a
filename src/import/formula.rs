//! Set formulas of a notice that are never a ground, recognized by the
//! words they combine rather than by one fixed phrase: a response found
//! short as a whole ("The reply does not remedy the deficiencies") and an
//! appeal said not to be had ("No appeal to the board is permitted").

use super::Words;
use super::text::has_phrase;

/// How many words may stand between the denying word and the verb ("does
/// not fully and finally cure"), and between the verb and its object
/// ("cure any of the remaining deficiencies").
const GAP: usize = 4;

/// Whether the text (lowercased) holds a sentence that finds a response
/// short as a whole: a `denying` word, then an `unremedied` verb in any
/// form ("remedied", "addresses"), then one of the `whole_objects`
/// ("deficiencies"), each within a few words of the one before; or one
/// that names the points as a whole and says they still stand.
pub fn response_short_as_a_whole(lower: &str, words: &Words) -> bool {
    sentences(lower).any(|sentence| points_still_stand(sentence, words)) || unremedied(lower, words)
}

/// "We have weighed the response against the concerns, and they remain":
/// a sentence that names the points as a whole (one of the
/// `whole_objects`) and ends on a `persisting` phrase.
fn points_still_stand(sentence: &str, words: &Words) -> bool {
    let sentence = sentence.trim().trim_end_matches(['"', '\u{201d}']).trim_end();
    if reason_clause_says_points_stand(sentence, words) {
        return true;
    }
    let ends = words.persisting.iter().any(|p| {
        sentence
            .strip_suffix(p.to_lowercase().as_str())
            .is_some_and(|before| before.ends_with(' '))
    });
    ends && sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.whole_objects.iter().any(|o| o.eq_ignore_ascii_case(w)))
}

/// "Because requests A, B and C remain unanswered, the record does not
/// establish ...": a sentence whose opening clause of reason (a
/// `reason_words` word) names the points as a whole (one of the
/// `whole_objects`, or points called by their labels: "requests a, b and
/// c", "items 2 and 4") and ends on a `persisting` phrase rests on the
/// points already stated, and adds none.
fn reason_clause_says_points_stand(sentence: &str, words: &Words) -> bool {
    let Some(reason) = words.reason_words.iter().find(|r| {
        let r = r.trim().to_lowercase();
        !r.is_empty()
            && sentence
                .strip_prefix(r.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
    }) else {
        return false;
    };
    let reason = reason.trim().len();
    words.persisting.iter().any(|p| {
        let p = format!(" {},", p.to_lowercase());
        sentence.find(&p).is_some_and(|at| {
            let said: Vec<&str> = sentence[reason..at]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            // "Since her heart problems persist": the case's own facts,
            // not the points.
            let of_someone =
                said.iter().any(|w| PERSONAL.contains(w)) || sentence[reason..at].contains("'s ");
            !of_someone
                && (said
                    .iter()
                    .any(|w| words.whole_objects.iter().any(|o| o.eq_ignore_ascii_case(w)))
                    || labels_to_the_end(&said))
        })
    })
}

/// Words by which a clause speaks of a person's own things.
const PERSONAL: [&str; 6] = ["her", "his", "their", "its", "my", "our"];

/// Nouns that name a notice's points by their labels.
const POINT_NOUNS: [&str; 9] = [
    "requests",
    "items",
    "points",
    "questions",
    "concerns",
    "issues",
    "grounds",
    "paragraphs",
    "sections",
];

/// "requests a, b and c", "items 2 and 4": a noun of points, then nothing
/// but their labels (a letter or a number of two digits, joined by "and"
/// or "or") up to the words that say they stand. "questions 2 and 3 on the
/// intake form" and "costs a us hospital quoted" are no such list.
fn labels_to_the_end(said: &[&str]) -> bool {
    let label = |w: &str| {
        w.len() == 1 && w.chars().all(|c| c.is_ascii_alphabetic())
            || w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())
    };
    said.iter()
        .position(|w| POINT_NOUNS.contains(w))
        .is_some_and(|k| {
            let rest = &said[k + 1..];
            !rest.is_empty()
                && rest.iter().any(|w| label(w))
                && rest
                    .iter()
                    .all(|w| label(w) || ["and", "or", "still"].contains(w))
        })
}

/// A `denying` word, then an `unremedied` verb, then one of the
/// `whole_objects`, each within a few words of the one before.
fn unremedied(lower: &str, words: &Words) -> bool {
    sentences(lower).any(|sentence| {
        let said: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        said.iter().enumerate().any(|(k, w)| {
            words.unremedied.iter().any(|v| is_form_of(w, &v.to_lowercase()))
                && said[k.saturating_sub(GAP)..k]
                    .iter()
                    .any(|d| words.denying.iter().any(|n| n.eq_ignore_ascii_case(d)))
                && said[k + 1..said.len().min(k + 1 + GAP)]
                    .iter()
                    .any(|o| words.whole_objects.iter().any(|n| n.eq_ignore_ascii_case(o)))
        })
    })
}

/// Whether the text (lowercased) holds a sentence that names an appeal
/// (an `appeal_words` word) and says it cannot be had (a `not_available`
/// phrase).
pub fn appeal_ruled_out(lower: &str, words: &Words) -> bool {
    sentences(lower).any(|sentence| {
        let names_appeal = sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.appeal_words.iter().any(|a| a.eq_ignore_ascii_case(w)));
        names_appeal
            && words
                .not_available
                .iter()
                .any(|p| has_phrase(sentence, &p.to_lowercase()))
    })
}

/// The text cut at each sentence's end (or a semicolon).
fn sentences(lower: &str) -> impl Iterator<Item = &str> {
    lower.split(['.', '?', '!', ';']).filter(|s| !s.trim().is_empty())
}

/// Whether a word is a form of the verb: itself, with "s", "es", "d",
/// "ed", or a doubled last letter and "ed" ("rebutted", "dispelled"), or a
/// final "y" turned into "ies", "ied" ("remedies", "remedied").
fn is_form_of(word: &str, verb: &str) -> bool {
    if word == verb {
        return true;
    }
    if let Some(ending) = word.strip_prefix(verb)
        && ["s", "es", "d", "ed"].contains(&ending)
    {
        return true;
    }
    if let Some(last) = verb.chars().last()
        && word.strip_prefix(verb).and_then(|e| e.strip_prefix(last)) == Some("ed")
    {
        return true;
    }
    verb.strip_suffix('y')
        .and_then(|base| word.strip_prefix(base))
        .is_some_and(|ending| ending == "ies" || ending == "ied")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Words {
            denying: list(&["not", "never", "fails", "failed", "fail"]),
            unremedied: list(&["cure", "remedy", "address", "rebut", "resolve"]),
            whole_objects: list(&["deficiencies", "concerns", "issues"]),
            appeal_words: list(&["appeal", "appeals", "appealable"]),
            not_available: list(&["not available", "unavailable", "not permitted"]),
            ..Words::default()
        }
    }

    #[test]
    fn a_reply_found_short_as_a_whole_is_a_formula() {
        let w = words();
        let short = |s: &str| response_short_as_a_whole(&s.to_lowercase(), &w);
        assert!(short("The reply has not remedied the deficiencies we listed."));
        assert!(short(
            "Your submission fails to address any of the concerns raised earlier."
        ));
        assert!(short("The new evidence did not cure these issues."));
        assert!(short("The brief never rebutted the concerns."));
        // A verb not denied, a named point rather than the points as a
        // whole, or the words too far apart: no formula.
        assert!(!short("The reply addresses the concerns about housing."));
        assert!(!short("The letter does not address the cost of the stay."));
        assert!(!short(
            "The reply does not resolve whether her brother has room, and other issues."
        ));
        // Across sentences the words do not combine.
        assert!(!short("Nothing was sent. The concerns remain unresolved."));
    }

    #[test]
    fn a_conclusion_because_the_points_stated_still_stand_is_a_formula() {
        let mut w = words();
        w.reason_words = vec!["because".into(), "since".into()];
        w.persisting = vec!["remain".into(), "remain unanswered".into()];
        let short = |s: &str| response_short_as_a_whole(&s.to_lowercase(), &w);
        assert!(short(
            "Because items 2 and 4 remain unanswered, the request is denied."
        ));
        assert!(short(
            "Since the concerns remain, the record does not show that parole is warranted."
        ));
        // A lack of this case named in the clause is a reason of its own.
        assert!(!short(
            "Because the surgeon's letters remain unsigned, the record does not show acceptance."
        ));
        assert!(!short(
            "Because the clinic's questions remain unanswered, no plan of treatment exists."
        ));
    }

    #[test]
    fn a_case_s_own_problems_or_numbered_tests_that_remain_are_no_formula() {
        let mut w = words();
        w.reason_words = vec!["because".into(), "since".into()];
        w.persisting = vec!["remain".into(), "persist".into(), "remain unaddressed".into()];
        w.whole_objects = vec!["problems".into(), "defects".into()];
        let short = |s: &str| response_short_as_a_whole(&s.to_lowercase(), &w);
        for finding in [
            "Since her heart problems persist, doctors in Lima have treated her for years, and the record shows the care is available there.",
            "Because the defects in her heart valve remain, the hospital in Lima has scheduled surgery.",
            "Because the costs a US hospital quoted remain unaddressed, the record does not show who will pay.",
            "Because questions 2 and 3 on the intake form remain, the hospital has not accepted her.",
            "Because tests 4 and 5 remain, the doctor cannot give a diagnosis.",
        ] {
            assert!(!short(finding), "{finding}");
        }
        assert!(short(
            "Because requests A, B and C remain, the request is denied."
        ));
    }

    #[test]
    fn an_appeal_said_not_to_be_had_is_a_formula() {
        let w = words();
        let ruled_out = |s: &str| appeal_ruled_out(&s.to_lowercase(), &w);
        assert!(ruled_out(
            "An appeal to the board is not permitted from this decision."
        ));
        assert!(ruled_out(
            "An appeal of this decision is unavailable; you may refile."
        ));
        assert!(ruled_out("Appeals to the AAO are unavailable. You may refile."));
        // Unavailable treatment, or an appeal that may be had: no formula.
        assert!(!ruled_out("Dialysis is not available in her town."));
        assert!(!ruled_out(
            "You may appeal within 30 days. The clinic is not available."
        ));
    }

    #[test]
    fn a_verb_is_met_in_its_forms() {
        assert!(is_form_of("remedied", "remedy"));
        assert!(is_form_of("remedies", "remedy"));
        assert!(is_form_of("addresses", "address"));
        assert!(is_form_of("rebutted", "rebut"));
        assert!(is_form_of("cured", "cure"));
        assert!(!is_form_of("curetted", "cure"));
        assert!(!is_form_of("addressee", "address"));
    }
}
