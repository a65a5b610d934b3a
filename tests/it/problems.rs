//! Each problem that makes a case file unusable, on its own, located; and all
//! of them in one run.

use crate::support::*;
use rebut::diag::ProblemKind as K;

const GROUND: &str = "  - id: G1
    category: medical-urgency
    quote: The record does not establish urgency.
    responses:
      - point: The condition is urgent.
        evidence: [E1, {id: E2, pages: \"2-3\"}]";

const EVIDENCE: &str = "  - id: E1
    type: physician-opinion
    title: Letter of Dr. Ruiz
    author: Dr. Ruiz
    date: 2026-10-20
  - id: E2
    type: medical-record
    title: Biopsy report
    author: Lima General Hospital
    pages: 4";

fn clean() -> String {
    case_yaml(NOID, GROUND, EVIDENCE)
}

/// The column (1-based) where `needle` starts on its line.
fn col_of(text: &str, needle: &str) -> u32 {
    let line = text.lines().find(|l| l.contains(needle)).unwrap();
    line.find(needle).unwrap() as u32 + 1
}

fn at(text: &str, needle: &str) -> (u32, u32) {
    (line_of(text, needle), col_of(text, needle))
}

fn only(text: &str) -> (K, u32, u32) {
    let p = problems(text);
    assert_eq!(p.len(), 1, "expected exactly one problem, got {p:?}");
    p[0]
}

fn message(text: &str) -> String {
    let u = load(text).unwrap_err();
    u.render(Some(text), false)
}

#[test]
fn the_clean_case_loads() {
    assert_eq!(problems(&clean()), vec![]);
}

#[test]
fn yaml_syntax_errors_are_located() {
    let text = clean().replace("title: Biopsy report", "title: [Biopsy report");
    let (kind, line, _) = problems(&text)[0];
    assert_eq!(kind, K::Syntax);
    assert!(line >= line_of(&text, "[Biopsy"), "line {line}");
}

#[test]
fn a_wrong_type_points_at_the_value() {
    let text = clean().replace("pages: 4", "pages: many");
    let (l, c) = at(&text, "many");
    assert_eq!(only(&text), (K::WrongType, l, c));
    assert!(message(&text).contains("whole number"));
}

#[test]
fn an_unknown_key_suggests_the_close_one() {
    let text = clean().replace("  title: Test case", "  titel: Test case\n  title: Test case");
    let (l, c) = at(&text, "titel");
    assert_eq!(only(&text), (K::UnknownKey, l, c));
    assert!(message(&text).contains("did you mean `title`?"));
}

#[test]
fn a_missing_required_key_names_it() {
    let text = clean().replace("    quote: The record does not establish urgency.\n", "");
    let (kind, line, _) = only(&text);
    assert_eq!((kind, line), (K::MissingKey, line_of(&text, "id: G1")));
    assert!(message(&text).contains("`quote`"));
}

#[test]
fn a_duplicate_id_is_reported_where_it_repeats() {
    // An exhibit may not share an id with a ground either.
    let text = clean().replace("  - id: E2", "  - id: G1");
    let text = text.replace("{id: E2, pages: \"2-3\"}", "E1");
    let (kind, line, _) = only(&text);
    assert_eq!(kind, K::DuplicateId);
    assert_eq!(
        line,
        text.lines()
            .enumerate()
            .filter(|(_, l)| l.contains("- id: G1"))
            .nth(1)
            .unwrap()
            .0 as u32
            + 1
    );
}

#[test]
fn a_reference_to_a_missing_id_suggests_a_close_one() {
    let text = clean().replace("evidence: [E1,", "evidence: [E11,");
    let (l, c) = at(&text, "E11");
    assert_eq!(only(&text), (K::UnknownId, l, c));
    let text = clean()
        .replace("evidence: [E1,", "evidence: [dr-ruis,")
        .replace("id: E1", "id: dr-ruiz");
    assert!(
        message(&text).contains("did you mean `dr-ruiz`?"),
        "{}",
        message(&text)
    );
}

#[test]
fn timeline_references_must_resolve_too() {
    let text = format!(
        "{}\ntimeline:\n  - date: 2026-01-01\n    event: Seen\n    evidence: [E9]\n",
        clean()
    );
    let (l, c) = at(&text, "E9");
    assert_eq!(only(&text), (K::UnknownId, l, c));
}

#[test]
fn an_unknown_category_lists_the_close_one() {
    let text = clean().replace("category: medical-urgency", "category: medical-urgancy");
    let (l, c) = at(&text, "medical-urgancy");
    assert_eq!(only(&text), (K::UnknownCategory, l, c));
    let m = message(&text);
    assert!(m.contains("did you mean `medical-urgency`?"), "{m}");
    assert!(m.contains("treatment-unavailable"), "lists the known ones: {m}");
}

#[test]
fn an_unknown_evidence_type_is_located() {
    let text = clean().replace("type: medical-record", "type: medical-records");
    let (l, c) = at(&text, "medical-records");
    assert_eq!(only(&text), (K::UnknownEvidenceType, l, c));
    assert!(message(&text).contains("did you mean `medical-record`?"));
}

#[test]
fn an_impossible_date_is_located() {
    let text = clean().replace("date: 2026-10-20", "date: 2026-02-30");
    let (l, c) = at(&text, "2026-02-30");
    assert_eq!(only(&text), (K::InvalidDate, l, c));
    let text = clean().replace("filed: 2026-05-01", "filed: 01/05/2026");
    assert_eq!(only(&text).0, K::InvalidDate);
}

#[test]
fn a_pinpoint_outside_the_exhibit_is_located() {
    let text = clean().replace("pages: \"2-3\"", "pages: \"3-5\"");
    let (l, c) = at(&text, "\"3-5\"");
    assert_eq!(only(&text), (K::PinpointOutOfRange, l, c));
    assert!(message(&text).contains("4 pages"));
}

#[test]
fn other_unusable_values() {
    assert_eq!(only(&clean().replace("rebut: 1", "rebut: 2")).0, K::InvalidValue);
    assert_eq!(
        only(&clean().replace("kind: noid", "kind: appeal")).0,
        K::InvalidValue
    );
    assert_eq!(only(&clean().replace("pages: 4", "pages: 0")).0, K::InvalidValue);
    assert_eq!(
        only(&clean().replace("- id: E1", "- id: E 1").replace("[E1,", "[E2,")).0,
        K::InvalidId
    );
    assert_eq!(
        only(&clean().replace("author: Dr. Ruiz", "author: Dr. Ruiz\n    status: pending")).0,
        K::InvalidValue
    );
    assert_eq!(
        only(&clean().replace("author: Dr. Ruiz", "author: Dr. Ruiz\n    submitted_before: yes")).0,
        K::WrongType
    );
}

#[test]
fn an_empty_file_and_an_empty_ground_list_are_unusable() {
    assert_eq!(only("").0, K::MissingKey);
    assert_eq!(only(&case_yaml(NOID, "  []", EVIDENCE)).0, K::MissingKey);
}

#[test]
fn six_different_problems_give_six_located_messages_in_one_run() {
    let text = clean()
        .replace("  title: Test case", "  titel: Test case\n  title: Test case") // unknown key
        .replace("category: medical-urgency", "category: medical-urgancy") // unknown category
        .replace("evidence: [E1,", "evidence: [E7,") // missing reference
        .replace("date: 2026-10-20", "date: 2026-02-30") // impossible date
        .replace("pages: 4", "pages: 1") // pinpoint 2-3 now outside
        .replace("author: Lima General Hospital", "author: [Lima General Hospital]"); // wrong type
    let found = problems(&text);
    let kinds: Vec<K> = found.iter().map(|p| p.0).collect();
    assert_eq!(
        kinds,
        vec![
            K::UnknownKey,
            K::UnknownCategory,
            K::UnknownId,
            K::PinpointOutOfRange,
            K::InvalidDate,
            K::WrongType
        ]
    );
    assert!(
        found.iter().all(|p| p.1 > 0 && p.2 > 0),
        "every problem is located: {found:?}"
    );
    let rendered = message(&text);
    assert_eq!(rendered.matches("--> test.yaml:").count(), 6, "{rendered}");
    assert!(rendered.contains("6 problems"));
}

#[test]
fn prose_cut_short_by_a_comment_is_a_warning_at_its_line() {
    use rebut::check::Code;
    let text = clean().replace(
        "title: Letter of Dr. Ruiz",
        "title: Letter of Dr. Ruiz, account #4471, urgent",
    );
    let found = checked(&text).report.findings.clone();
    let cut: Vec<_> = found.iter().filter(|f| f.code == Code::CutText).collect();
    assert_eq!(cut.len(), 1, "{found:?}");
    assert_eq!(cut[0].loc.line, line_of(&text, "account #4471"));
    assert_eq!(cut[0].severity, rebut::check::Severity::Warning);
    assert!(
        cut[0].message.contains("evidence.title")
            && cut[0]
                .message
                .contains("the text after # was read as a comment: put the value in quotes"),
        "{}",
        cut[0].message
    );
    // In quotes the text is whole and nothing is said; a comment after an
    // id, a date or a playbook name is only a comment; one on its own line too.
    for quiet in [
        "title: \"Letter of Dr. Ruiz, account #4471, urgent\"",
        "title: Letter of Dr. Ruiz\n    # account 4471",
        "title: Letter of Dr. Ruiz#4471",
    ] {
        let text = clean().replace("title: Letter of Dr. Ruiz", quiet);
        assert!(!codes(&text).contains(&Code::CutText), "{quiet}");
    }
    let text = clean().replace("type: physician-opinion", "type: physician-opinion  # Dr. Ruiz");
    let text = text.replace("date: 2026-10-20", "date: 2026-10-20  # from the letterhead");
    assert!(!codes(&text).contains(&Code::CutText));
}

#[test]
fn a_colon_inside_a_value_asks_for_quotes_and_shows_the_line_fixed() {
    let text = clean().replace(
        "quote: The record does not establish urgency.",
        "quote: The agency says: no urgency.",
    );
    let (kind, line, _) = only(&text);
    assert_eq!(kind, K::Syntax);
    assert_eq!(line, line_of(&text, "The agency says"));
    let shown = message(&text);
    assert!(shown.contains("mapping values are not allowed"), "{shown}");
    assert!(
        shown.contains("put the value in quotes, or write it as a block under `|`"),
        "{shown}"
    );
    assert!(
        shown.contains("quote: \"The agency says: no urgency.\""),
        "{shown}"
    );
}

#[test]
fn a_tab_is_reported_at_its_own_line() {
    let text = clean().replace("    author: Dr. Ruiz\n", "\tauthor: Dr. Ruiz\n");
    let (kind, line, column) = only(&text);
    assert_eq!(kind, K::Syntax);
    assert_eq!((line, column), (line_of(&text, "\tauthor"), 1));
    assert!(message(&text).contains("replace the tab with spaces"));
}
