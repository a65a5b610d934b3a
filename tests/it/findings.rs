//! Each finding code of format 1, on its own: a clean case has none, and one
//! change to it brings exactly the finding it should.

use crate::support::*;
use rebut::check::{Code, Severity};

const GROUND: &str = "  - id: G1
    category: medical-urgency
    quote: The record does not establish urgency.
    responses:
      - point: The condition is urgent.
        evidence: [E1, E2]";

const EVIDENCE: &str = "  - id: E1
    type: physician-opinion
    title: Letter of Dr. Ruiz
    author: Dr. Ruiz
    date: 2026-10-20
  - id: E2
    type: medical-record
    title: Biopsy report
    author: Lima General Hospital";

/// The findings of the codes this module is about: the facts a memo would
/// state and the people and addresses it names are findings about the
/// whole case, tested in `facts`, which a small case here has many of.
const ELSEWHERE: [Code; 8] = [
    Code::UnshownFact,
    Code::StaleFact,
    Code::UnaccompaniedMinor,
    Code::EarlyStart,
    Code::PastStart,
    Code::NonUsSpelling,
    Code::IncompleteSignature,
    Code::MissingAddress,
];

fn findings(text: &str) -> Vec<(Code, String, u32)> {
    crate::support::findings(text)
        .into_iter()
        .filter(|f| !ELSEWHERE.contains(&f.0))
        .collect()
}

/// The report of a case, with only the findings this module is about.
fn report_of(text: &str) -> rebut::check::Report {
    let mut report = checked(text).0.report;
    report.findings.retain(|f| !ELSEWHERE.contains(&f.code));
    report
}

fn codes(text: &str) -> Vec<Code> {
    findings(text).into_iter().map(|f| f.0).collect()
}

fn clean() -> String {
    case_yaml(NOID, GROUND, EVIDENCE)
}

#[test]
fn the_clean_case_has_no_findings() {
    assert_eq!(findings(&clean()), vec![]);
}

#[test]
fn unanswered_ground_is_an_error_on_the_ground() {
    let text = case_yaml(
        NOID,
        "  - id: G1\n    category: medical-urgency\n    quote: No.",
        EVIDENCE,
    );
    let f = findings(&text);
    assert!(f.contains(&(Code::UnansweredGround, "G1".into(), line_of(&text, "id: G1"))));
    assert_eq!(Code::UnansweredGround.severity(), Severity::Error);
}

#[test]
fn unsupported_ground_and_unsupported_point() {
    let grounds = "  - id: G1
    category: medical-urgency
    quote: No.
    responses:
      - point: It is urgent.";
    let text = case_yaml(NOID, grounds, EVIDENCE);
    let f = findings(&text);
    assert!(f.contains(&(Code::UnsupportedGround, "G1".into(), line_of(&text, "id: G1"))));
    // The point's finding names its ground and stands at the point's line.
    assert!(f.contains(&(
        Code::UnsupportedPoint,
        "G1".into(),
        line_of(&text, "point: It is urgent")
    )));
}

#[test]
fn unsupported_point_beside_a_supported_one() {
    let text = clean().replace(
        "        evidence: [E1, E2]",
        "        evidence: [E1, E2]\n      - point: And it gets worse.",
    );
    assert_eq!(codes(&text), vec![Code::UnsupportedPoint]);
}

#[test]
fn pending_evidence_when_everything_cited_is_requested() {
    let evidence = EVIDENCE
        .replace(
            "    author: Dr. Ruiz",
            "    author: Dr. Ruiz\n    status: requested",
        )
        .replace(
            "    author: Lima General Hospital",
            "    author: Lima General Hospital\n    status: requested",
        );
    let text = case_yaml(NOID, GROUND, &evidence);
    assert_eq!(codes(&text), vec![Code::PendingEvidence]);
    let report = report_of(&text);
    assert!(
        report.findings[0].message.contains("Dr. Ruiz"),
        "names whom to chase"
    );
}

#[test]
fn unused_evidence_is_flagged_on_the_item() {
    let evidence = format!("{EVIDENCE}\n  - id: E3\n    type: other\n    title: Spare");
    let text = case_yaml(NOID, GROUND, &evidence);
    assert_eq!(
        findings(&text),
        vec![(Code::UnusedEvidence, "E3".into(), line_of(&text, "id: E3"))]
    );
}

#[test]
fn stale_opinion_when_every_dated_opinion_predates_the_decision() {
    let text = clean().replace("date: 2026-10-20", "date: 2026-09-30");
    assert_eq!(
        findings(&text),
        vec![(Code::StaleOpinion, "G1".into(), line_of(&text, "id: G1"))]
    );
    // An opinion dated on the decision day is current.
    assert_eq!(
        codes(&clean().replace("date: 2026-10-20", "date: 2026-10-01")),
        vec![]
    );
}

#[test]
fn one_updated_opinion_is_enough() {
    let grounds = GROUND.replace("[E1, E2]", "[E1, E2, E3]");
    let evidence = format!(
        "{EVIDENCE}\n  - id: E3\n    type: independent-expert\n    title: Old\n    author: Dr. Old\n    date: 2025-01-01"
    );
    assert_eq!(codes(&case_yaml(NOID, &grounds, &evidence)), vec![]);
}

#[test]
fn undated_opinion_is_flagged_on_the_item() {
    let text = clean().replace("    date: 2026-10-20\n", "");
    assert_eq!(
        findings(&text),
        vec![(Code::UndatedOpinion, "E1".into(), line_of(&text, "id: E1"))]
    );
}

#[test]
fn missing_translation_is_an_error_until_a_certified_one_exists() {
    let text = clean().replace("title: Biopsy report", "title: Biopsy report\n    language: es");
    assert_eq!(
        findings(&text),
        vec![(Code::MissingTranslation, "E2".into(), line_of(&text, "id: E2"))]
    );
    assert_eq!(Code::MissingTranslation.severity(), Severity::Error);
    let uncertified = text.replace(
        "language: es",
        "language: es\n    translation: {certified: false}",
    );
    assert_eq!(codes(&uncertified), vec![Code::MissingTranslation]);
    let certified = text.replace(
        "language: es",
        "language: es\n    translation: {certified: true, translator: Eva Park}",
    );
    assert_eq!(codes(&certified), vec![]);
}

#[test]
fn no_new_evidence_only_after_a_denial() {
    let evidence = EVIDENCE
        .replace(
            "    author: Dr. Ruiz",
            "    author: Dr. Ruiz\n    submitted_before: true",
        )
        .replace(
            "    author: Lima General Hospital",
            "    author: Lima General Hospital\n    submitted_before: true",
        );
    // (The baseline is incomplete too; `missing-baseline` has its own tests.)
    let without_baseline = |text: &str| -> Vec<Code> {
        codes(text)
            .into_iter()
            .filter(|c| *c != Code::MissingBaseline)
            .collect()
    };
    assert_eq!(
        without_baseline(&case_yaml(DENIAL, GROUND, &evidence)),
        vec![Code::NoNewEvidence]
    );
    assert_eq!(codes(&case_yaml(NOID, GROUND, &evidence)), vec![]);
    // One new exhibit is enough.
    let one_new = EVIDENCE.replace(
        "    author: Dr. Ruiz",
        "    author: Dr. Ruiz\n    submitted_before: true",
    );
    assert_eq!(without_baseline(&case_yaml(DENIAL, GROUND, &one_new)), vec![]);
}

#[test]
fn expected_evidence_names_the_missing_type() {
    let text = case_yaml(NOID, &GROUND.replace("[E1, E2]", "[E1]"), EVIDENCE);
    let report = report_of(&text);
    let codes: Vec<Code> = report.findings.iter().map(|f| f.code).collect();
    assert!(codes.contains(&Code::ExpectedEvidence));
    let note = report
        .findings
        .iter()
        .find(|f| f.code == Code::ExpectedEvidence)
        .unwrap();
    assert_eq!(note.severity, Severity::Note);
    assert!(note.message.contains("Medical record"), "{}", note.message);
}

#[test]
fn single_source_when_a_supported_ground_rests_on_one_author() {
    let text = case_yaml(
        NOID,
        GROUND,
        &EVIDENCE.replace("author: Lima General Hospital", "author: Dr. Ruiz"),
    );
    assert_eq!(
        findings(&text),
        vec![(Code::SingleSource, "G1".into(), line_of(&text, "id: G1"))]
    );
}

#[test]
fn missing_file_is_a_warning_on_the_item() {
    let text = clean().replace(
        "title: Biopsy report",
        "title: Biopsy report\n    file: no/such/file.pdf",
    );
    // E1, cited and received, names no file while E2 does: a note that
    // the packet will need one, at E1's item.
    assert_eq!(
        findings(&text),
        vec![
            (Code::MissingFile, "E1".into(), line_of(&text, "id: E1")),
            (Code::MissingFile, "E2".into(), line_of(&text, "file:")),
        ]
    );
    let report = checked(&text).report.clone();
    let files: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::MissingFile)
        .collect();
    let severities: Vec<Severity> = files.iter().map(|f| f.severity).collect();
    assert_eq!(severities, vec![Severity::Note, Severity::Warning]);
    assert!(files[0].message.contains("the packet will need it"));
    let present = clean().replace(
        "title: Biopsy report",
        "title: Biopsy report\n    file: Cargo.toml",
    );
    assert_eq!(codes(&present), vec![Code::MissingFile]);
    let both = present.replace(
        "title: Letter of Dr. Ruiz",
        "title: Letter of Dr. Ruiz\n    file: Cargo.toml",
    );
    assert_eq!(codes(&both), vec![]);
}

#[test]
fn no_file_note_for_a_case_without_files_or_for_requested_or_uncited_items() {
    // No exhibit names a file: the case is not at the packet stage yet.
    assert_eq!(codes(&clean()), vec![]);
    // A requested item and an uncited one need no file yet.
    let text = case_yaml(
        NOID,
        &GROUND.replace("[E1, E2]", "[E1, E2, E3]"),
        &format!(
            "{EVIDENCE}\n    file: Cargo.toml
  - id: E3
    type: physician-opinion
    title: Updated letter
    author: Dr. Ruiz
    date: 2026-10-21
    status: requested
  - id: E4
    type: other
    title: Photograph"
        )
        .replace(
            "    author: Dr. Ruiz\n    date: 2026-10-20",
            "    author: Dr. Ruiz\n    date: 2026-10-20\n    file: Cargo.toml",
        ),
    );
    assert_eq!(
        findings(&text),
        vec![(Code::UnusedEvidence, "E4".into(), line_of(&text, "id: E4"))]
    );
}

#[test]
fn english_is_english_by_code_or_by_name_in_any_case() {
    for language in [
        "en",
        "EN",
        "en-US",
        "en_GB",
        "eng",
        "English",
        "english",
        "ENGLISH",
        " English ",
    ] {
        let text = clean().replace(
            "    author: Lima General Hospital",
            &format!("    author: Lima General Hospital\n    language: \"{language}\""),
        );
        assert_eq!(codes(&text), vec![], "{language}");
    }
    for (language, name) in [
        ("es", "Spanish"),
        ("Spanish", "Spanish"),
        ("SPA", "Spanish"),
        ("ht", "Haitian"),
        ("pt-BR", "Portuguese"),
        ("Klingonese", "Klingonese"),
    ] {
        let text = clean().replace(
            "    author: Lima General Hospital",
            &format!("    author: Lima General Hospital\n    language: {language}"),
        );
        let report = checked(&text).report.clone();
        let f: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.code == Code::MissingTranslation)
            .collect();
        assert_eq!(f.len(), 1, "{language}");
        assert!(
            f[0].message.contains(&format!("is in {name} and")),
            "{language}: {}",
            f[0].message
        );
    }
}

#[test]
fn requested_opinions_are_not_undated() {
    let undated = EVIDENCE.replace("    date: 2026-10-20\n", "");
    let text = case_yaml(NOID, GROUND, &undated);
    assert_eq!(codes(&text), vec![Code::UndatedOpinion]);
    let requested = undated.replace(
        "    author: Dr. Ruiz",
        "    author: Dr. Ruiz\n    status: requested",
    );
    let text = case_yaml(NOID, GROUND, &requested);
    assert!(
        !codes(&text).contains(&Code::UndatedOpinion),
        "{:?}",
        codes(&text)
    );
}

fn with_respond_by(date: &str) -> String {
    case_yaml(&format!("{NOID}\n    respond_by: {date}"), GROUND, EVIDENCE)
}

#[test]
fn deadline_warns_within_fourteen_days_and_errs_once_passed() {
    let report = report_of(&with_respond_by("2026-12-09"));
    assert_eq!(report.findings.len(), 1);
    assert_eq!(
        (report.findings[0].code, report.findings[0].severity),
        (Code::Deadline, Severity::Warning)
    );
    assert_eq!(report.findings[0].subject_id, "case");
    assert_eq!(
        codes(&with_respond_by("2026-12-10")),
        vec![],
        "15 days left is fine"
    );
    let report = report_of(&with_respond_by(TODAY));
    assert_eq!(
        report.findings[0].severity,
        Severity::Warning,
        "due today is not yet passed"
    );
    let report = report_of(&with_respond_by("2026-11-24"));
    assert_eq!(
        (report.findings[0].code, report.findings[0].severity),
        (Code::Deadline, Severity::Error)
    );
}

#[test]
fn future_dates_are_flagged_on_their_subject() {
    let text = clean().replace("date: 2026-10-20", "date: 2026-12-20");
    assert_eq!(
        findings(&text),
        vec![(Code::FutureDate, "E1".into(), line_of(&text, "2026-12-20"))]
    );
    let text = clean().replace("filed: 2026-05-01", "filed: 2027-05-01");
    assert_eq!(
        findings(&text),
        vec![
            (Code::FutureDate, "case".into(), line_of(&text, "filed:")),
            (Code::DateOrder, "case".into(), line_of(&text, "filed:"))
        ]
    );
    let timeline = format!(
        "{}\ntimeline:\n  - date: 2027-01-01\n    event: Surgery\n",
        clean()
    );
    assert_eq!(codes(&timeline), vec![Code::FutureDate]);
    // respond_by is a deadline, not a future-date.
    assert_eq!(codes(&with_respond_by("2027-03-01")), vec![]);
}

#[test]
fn malformed_receipt_is_a_warning_on_the_case() {
    let with = |receipt: &str| {
        clean().replace(
            "  title: Test case",
            &format!("  title: Test case\n  receipt: {receipt}"),
        )
    };
    assert_eq!(codes(&with("IOE0912345678")), vec![]);
    let text = with("IOE-091234567");
    assert_eq!(
        findings(&text),
        vec![(Code::MalformedReceipt, "case".into(), line_of(&text, "receipt:"))]
    );
    assert_eq!(codes(&with("IO0912345678")), vec![Code::MalformedReceipt]);
}

#[test]
fn findings_come_in_file_order() {
    let text = case_yaml(
        NOID,
        "  - id: G1\n    category: medical-urgency\n    quote: No.\n  - id: G2\n    category: security\n    quote: No.",
        EVIDENCE,
    );
    let lines: Vec<u32> = findings(&text).iter().map(|f| f.2).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
}

#[test]
fn missing_period_is_a_warning_for_a_denial_and_a_note_otherwise() {
    let severity_of = |decision: &str| {
        let text = case_yaml(decision, GROUND, EVIDENCE).replace("  request:\n    period: 6 months\n", "");
        let report = report_of(&text);
        let f: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.code == Code::MissingPeriod)
            .map(|f| (f.subject_id.clone(), f.severity))
            .collect();
        assert_eq!(f.len(), 1, "{text}");
        f[0].clone()
    };
    assert_eq!(severity_of(DENIAL), ("case".to_owned(), Severity::Warning));
    assert_eq!(severity_of(NOID), ("case".to_owned(), Severity::Note));
}

#[test]
fn long_period_is_a_warning_past_the_playbook_maximum() {
    let text = clean().replace("period: 6 months", "period: 18 months");
    assert_eq!(
        findings(&text),
        vec![(Code::LongPeriod, "case".into(), line_of(&text, "18 months"))]
    );
    assert_eq!(Code::LongPeriod.severity(), Severity::Warning);
    // One year is the limit itself, not past it.
    assert_eq!(
        findings(&clean().replace("period: 6 months", "period: 1 year")),
        vec![]
    );
}

#[test]
fn a_treatment_that_starts_after_today_is_a_plan_not_a_future_date() {
    let text = clean().replace(
        "  filed: 2026-05-01",
        "  treatment: {condition: X, start: 2027-01-15}\n  filed: 2026-05-01",
    );
    assert_eq!(findings(&text), vec![]);
}

/// The clean case's ground, answered by one point per baseline type.
const BASELINE_GROUND: &str = "  - id: G1
    category: medical-urgency
    quote: The record does not establish urgency.
    responses:
      - point: The condition is urgent.
        evidence: [E1, E2]
      - point: A hospital has accepted her, and the costs are covered.
        evidence: [E3, E4, E5]
      - point: Her aunt will house and care for her.
        evidence: [E6]";

const BASELINE_EVIDENCE: &str =
    "  - {id: E3, type: provider-acceptance, title: Acceptance, author: Mercy Hospital}
  - {id: E4, type: cost-quote, title: Estimate, author: Mercy Hospital}
  - {id: E5, type: financial-support, title: Form I-134, author: Ana Ruiz}
  - {id: E6, type: support-plan, title: Support plan, author: Ana Ruiz}";

fn baseline_findings(text: &str) -> Vec<(String, u32, String)> {
    checked(text)
        .report
        .findings
        .iter()
        .filter(|f| f.code == Code::MissingBaseline)
        .map(|f| (f.subject_id.clone(), f.loc.line, f.message.clone()))
        .collect()
}

#[test]
fn missing_baseline_is_one_warning_per_type_at_the_case_after_a_denial() {
    // The clean case cites an opinion and a record: four baseline types lack.
    let text = case_yaml(DENIAL, GROUND, EVIDENCE);
    let found = baseline_findings(&text);
    assert_eq!(found.len(), 4, "{found:?}");
    for (expected, (subject, line, message)) in [
        "US provider's acceptance",
        "Cost estimate",
        "Evidence of financial support",
        "Plan for housing",
    ]
    .iter()
    .zip(&found)
    {
        assert_eq!(subject, "case");
        // At the `case` map (its first key), like the other case findings.
        assert_eq!(*line, line_of(&text, "title: Test case"));
        assert!(message.contains(expected), "{message}");
    }
    assert_eq!(Code::MissingBaseline.severity(), Severity::Warning);
    assert_eq!(Code::MissingBaseline.as_str(), "missing-baseline");

    // The same case after an RFE or a NOID: a response need not be complete.
    assert_eq!(baseline_findings(&case_yaml(NOID, GROUND, EVIDENCE)), vec![]);
    let rfe = NOID.replace("noid", "rfe");
    assert_eq!(baseline_findings(&case_yaml(&rfe, GROUND, EVIDENCE)), vec![]);
}

#[test]
fn missing_baseline_goes_once_each_type_is_cited() {
    let evidence = format!("{EVIDENCE}\n{BASELINE_EVIDENCE}");
    let complete = case_yaml(DENIAL, BASELINE_GROUND, &evidence);
    assert_eq!(baseline_findings(&complete), vec![]);

    // In the file but cited by no point does not count.
    let uncited = complete.replace("        evidence: [E6]", "        evidence: []");
    let found = baseline_findings(&uncited);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("Plan for housing"), "{}", found[0].2);

    // Requested and cited counts: the final gate refuses it on its own.
    let requested = complete.replace("title: Support plan,", "title: Support plan, status: requested,");
    assert_eq!(baseline_findings(&requested), vec![]);
}

#[test]
fn a_bracketed_blank_is_an_unfilled_error_naming_the_field() {
    let text = clean().replace("    country: Peru", "    country: \"[country]\"");
    assert_eq!(codes(&text), vec![Code::Unfilled]);
    assert_eq!(Code::Unfilled.severity(), Severity::Error);
    let report = report_of(&text);
    assert!(
        report.findings[0]
            .message
            .contains("the beneficiary's country is still a blank, [country]"),
        "{}",
        report.findings[0].message
    );
    // A name with a bracketed nickname inside is not a blank.
    let nickname = clean().replace("    name: Ana Test", "    name: Ana [Ani] Test");
    assert_eq!(codes(&nickname), vec![]);
}

#[test]
fn a_filing_date_on_or_after_the_decision_is_flagged_where_it_stands() {
    let same_day = clean().replace("  filed: 2026-05-01", "  filed: 2026-10-01");
    assert_eq!(
        findings(&same_day),
        vec![(
            Code::DateOrder,
            "case".into(),
            line_of(&same_day, "filed: 2026-10-01")
        )]
    );
    let after = clean().replace("  filed: 2026-05-01", "  filed: 2026-10-02");
    let report = report_of(&after);
    assert!(
        report.findings[0].message.contains("after the decision"),
        "{}",
        report.findings[0].message
    );
    assert_eq!(codes(&clean()), vec![], "filed before the decision: nothing");
}
