//! Each ground status of format 1, on its own.

use crate::support::*;
use rebut::check::Status;

const TWO_AUTHORS: &str = "  - id: E1
    type: physician-opinion
    title: Letter of Dr. Ruiz
    author: Dr. Ruiz
    date: 2026-10-20
  - id: E2
    type: medical-record
    title: Biopsy report
    author: Lima General Hospital
  - id: E3
    type: physician-opinion
    title: Letter of Dr. Soto
    author: Dr. Soto
    date: 2026-10-21
  - id: R1
    type: physician-opinion
    title: Opinion requested from Dr. Vega
    author: Dr. Vega
    status: requested";

fn ground_citing(evidence: &str) -> String {
    format!(
        "  - id: G1
    category: medical-urgency
    quote: The record does not establish urgency.
    responses:
      - point: The condition is urgent.
        evidence: {evidence}"
    )
}

#[test]
fn a_ground_without_responses_is_unanswered() {
    let grounds = "  - id: G1\n    category: medical-urgency\n    quote: Not urgent.";
    assert_eq!(
        status_of(&case_yaml(NOID, grounds, TWO_AUTHORS), "G1"),
        Status::Unanswered
    );
    let empty = "  - id: G1\n    category: medical-urgency\n    quote: Not urgent.\n    responses: []";
    assert_eq!(
        status_of(&case_yaml(NOID, empty, TWO_AUTHORS), "G1"),
        Status::Unanswered
    );
}

#[test]
fn points_that_cite_nothing_leave_the_ground_asserted() {
    let grounds = "  - id: G1
    category: medical-urgency
    quote: Not urgent.
    responses:
      - point: It is urgent.
      - point: Very urgent.
        evidence: []";
    assert_eq!(
        status_of(&case_yaml(NOID, grounds, TWO_AUTHORS), "G1"),
        Status::Asserted
    );
}

#[test]
fn a_ground_citing_only_requested_evidence_is_pending() {
    assert_eq!(
        status_of(&case_yaml(NOID, &ground_citing("[R1]"), TWO_AUTHORS), "G1"),
        Status::Pending
    );
}

#[test]
fn one_received_exhibit_makes_a_ground_supported() {
    assert_eq!(
        status_of(&case_yaml(NOID, &ground_citing("[R1, E1]"), TWO_AUTHORS), "G1"),
        Status::Supported
    );
}

#[test]
fn two_authors_of_one_type_only_support() {
    // Dr. Ruiz and Dr. Soto, both physician opinions: no second type.
    assert_eq!(
        status_of(&case_yaml(NOID, &ground_citing("[E1, E3]"), TWO_AUTHORS), "G1"),
        Status::Supported
    );
}

#[test]
fn two_authors_and_two_types_corroborate() {
    assert_eq!(
        status_of(&case_yaml(NOID, &ground_citing("[E1, E2]"), TWO_AUTHORS), "G1"),
        Status::Corroborated
    );
}

#[test]
fn requested_evidence_does_not_count_towards_corroboration() {
    let evidence = "  - id: E1
    type: physician-opinion
    title: Letter
    author: Dr. Ruiz
    date: 2026-10-20
  - id: E2
    type: medical-record
    title: Records
    author: Lima General Hospital
    status: requested";
    assert_eq!(
        status_of(&case_yaml(NOID, &ground_citing("[E1, E2]"), evidence), "G1"),
        Status::Supported
    );
}

#[test]
fn one_author_of_two_types_is_not_corroboration() {
    let evidence = "  - id: E1
    type: physician-opinion
    title: Letter
    author: Dr. Ruiz
    date: 2026-10-20
  - id: E2
    type: medical-record
    title: Clinic notes
    author: dr. ruiz ";
    assert_eq!(
        status_of(&case_yaml(NOID, &ground_citing("[E1, E2]"), evidence), "G1"),
        Status::Supported
    );
}

#[test]
fn the_json_evidence_list_is_in_first_cited_order_without_repeats() {
    let grounds = "  - id: G1
    category: medical-urgency
    quote: Not urgent.
    responses:
      - point: First.
        evidence: [E2, {id: E1, pages: \"1\"}]
      - point: Second.
        evidence: [E1, E3, E2]";
    let report = checked(&case_yaml(NOID, grounds, TWO_AUTHORS)).0.report;
    assert_eq!(report.grounds[0].evidence, vec![1, 0, 2]);
}
