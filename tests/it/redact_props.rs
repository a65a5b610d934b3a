//! `rebut redact` on generated text: whatever the free text holds (marks of
//! several bytes, scripts, no-break spaces, digits of other scripts), the
//! redaction finishes without a panic, and the copy redacts again.

use proptest::prelude::*;
use rebut::clinic::redact::{self, Options};
use rebut::load::{self, Source};
use rebut::playbook::Playbook;

/// Pieces a case's prose is made of, chosen to sit next to each other in
/// every order: words the rules look at ("the", "The", a name, a month),
/// numbers, punctuation, and characters of more than one byte.
const PIECES: [&str; 40] = [
    "the",
    "The",
    "Rukmin",
    "Ramcharan",
    "Ramcharans",
    "Hill",
    "near",
    "born",
    "5",
    "2019",
    "III",
    "June",
    "जून",
    "रुक्मिन",
    "\u{93c}",
    "\u{301}",
    "Ñandú",
    "أحمد",
    "٢٠١٩",
    "１２",
    "\u{a0}",
    "\u{2013}",
    "-",
    "'s",
    "'",
    "<<",
    "<",
    ".",
    ",",
    ":",
    "/",
    "(",
    ")",
    "@",
    "Dr.",
    "St.",
    "Mondays",
    "as the family calls him",
    "to the family",
    "ẞ",
];

fn prose() -> impl Strategy<Value = String> {
    crate::support::pieces_joined(&PIECES, 40)
}

fn case(text: &str) -> String {
    let quoted = serde_json::to_string(text).unwrap();
    format!(
        "rebut: 1\ncase:\n  title: Parole for a child\n  beneficiary:\n    name: Kavita Ramcharan\n    country: Guyana\n    born: 2019-06-05\n  filed: 2026-04-02\n  decision:\n    kind: rfe\n    date: 2026-09-10\ngrounds:\n  - id: G1\n    category: medical-urgency\n    quote: The record does not describe the condition.\n    responses:\n      - point: {quoted}\n        evidence: [E1]\nevidence:\n  - id: E1\n    type: physician-opinion\n    title: Letter of Dr. Savi Persaud\n    author: Dr. Savi Persaud\n    notes: {quoted}\n"
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_prose_is_redacted_without_a_panic_and_redacts_again(text in prose(), shift in -40i32..40) {
        let playbook = Playbook::builtin();
        let yaml = case(&text);
        let case = load::load_case(&Source::from_text("p.yaml", &yaml), &playbook)
            .unwrap_or_else(|u| panic!("{}", u.render(Some(&yaml), false)));
        let options = Options {
            shift_days: shift,
            names: vec!["Rukmin Ramcharan".to_owned()],
            aliases: vec![(0, "Nani".to_owned())],
            keep: Vec::new(),
        };
        let first = redact::redact(&case, &options).unwrap();
        // The copy is a case the redaction reads again.
        let again = redact::redact(&first.case, &Options::default()).unwrap();
        prop_assert!(again.case.evidence.len() == 1);
    }
}
