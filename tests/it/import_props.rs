//! `rebut import` on generated notices: whatever the text holds (marks of
//! several bytes, scripts, page breaks, list markers, deadline words), the
//! reading finishes without a panic and gives no empty ground.

use proptest::prelude::*;
use rebut::import;
use rebut::playbook::Playbook;

/// Pieces a notice is made of, in every order: titles, dates, list
/// markers, words the rules look at, and characters of more than one byte.
const PIECES: [&str; 44] = [
    "REQUEST FOR EVIDENCE",
    "NOTICE OF INTENT TO DENY",
    "DECISION",
    "Date: March 3, 2027",
    "Receipt: IOE0900000001",
    "\n",
    "\n\n",
    "\u{c}",
    "1.",
    "(a)",
    "•",
    "-",
    "Page 1 of 2",
    "(continued)",
    "continued",
    "because:",
    ";",
    ":",
    "The record does not show",
    "that a surgeon has agreed.",
    "Submit the following:",
    "below",
    "as follows",
    "within 30 days of its date",
    "a total of 33 days from the date above",
    "within 4 to 6 weeks",
    "by May 5, 2027",
    "must reach this office",
    "does not reach the question",
    "Finding after reopening: overcome.",
    "the child",
    "जून",
    "\u{93c}",
    "\u{301}",
    "أحمد",
    "١٢",
    "１２",
    "\u{a0}",
    "\u{2013}",
    "ﬁ",
    "Ñ",
    "'s",
    "<<",
    "Sincerely,",
];

fn notice() -> impl Strategy<Value = String> {
    crate::support::pieces_joined(&PIECES, 60)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_notice_is_read_without_a_panic(pages in prop::collection::vec(notice(), 1..3)) {
        let reading = import::read_pages(import::Format::Text, &pages, &Playbook::builtin());
        for ground in &reading.grounds {
            prop_assert!(!ground.found.quote.trim().is_empty());
        }
    }
}
