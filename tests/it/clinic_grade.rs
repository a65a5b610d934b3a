//! `rebut grade`: links matched, missed and added, optional links, the
//! figures they give, and what happens when the two files differ.

use crate::support::{self, Rebut, scratch};
use rebut::clinic::grade::{self, Grade, Link};
use rebut::model::Case;
use serde_json::{Value, json};

const KEY: &str = "examples/clinic/key.yaml";
const ANSWER: &str = "examples/clinic/student-answer.yaml";
const EXERCISE: &str = "examples/clinic/exercise.yaml";

fn run(args: &[&str]) -> (i32, String, String) {
    Rebut::new().arg("grade").args(args).run().parts()
}

fn links(pairs: &[(&str, &str)]) -> Value {
    Value::Array(
        pairs
            .iter()
            .map(|(g, e)| json!({"ground": g, "evidence": e}))
            .collect(),
    )
}

#[test]
fn the_sample_answer_gets_the_figures_its_mistakes_give() {
    let (code, stdout, stderr) = run(&["--format", "json", KEY, ANSWER]);
    assert_eq!(code, 0, "{stderr}");
    let grade: Value = serde_json::from_str(&stdout).unwrap();
    let keys: Vec<&str> = grade.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 6);
    for key in ["matched", "missing", "extra", "grounds", "precision", "recall"] {
        assert!(keys.contains(&key), "{key}");
    }
    // Optional links the student made (G2-E3, G3-E6) are matched; optional
    // links left out (G5-E1, G6-E10) are not missing.
    assert_eq!(
        grade["matched"],
        links(&[
            ("G1", "E1"),
            ("G1", "E2"),
            ("G2", "E3"),
            ("G2", "E4"),
            ("G3", "E5"),
            ("G3", "E6"),
            ("G4", "E7"),
            ("G5", "E8"),
            ("G6", "E9"),
        ])
    );
    assert_eq!(
        grade["missing"],
        links(&[("G1", "E3"), ("G2", "E1"), ("G4", "E6")])
    );
    assert_eq!(grade["extra"], links(&[("G4", "E10"), ("G6", "E2")]));
    // 9 matched of 11 made; 7 required matched of 10 required.
    assert_eq!(grade["precision"].as_f64().unwrap(), 9.0 / 11.0);
    assert_eq!(grade["recall"].as_f64().unwrap(), 0.7);

    let grounds = grade["grounds"].as_array().unwrap();
    assert_eq!(grounds.len(), 6);
    let differ: Vec<&str> = grounds
        .iter()
        .filter(|g| g["status_differs"] == true)
        .map(|g| g["ground"].as_str().unwrap())
        .collect();
    assert_eq!(differ, ["G5", "G6"]);
    let g6 = &grounds[5];
    assert_eq!(g6["student_status"], "supported");
    assert_eq!(g6["key_status"], "corroborated");
    assert_eq!(g6["optional_skipped"], json!(["E10"]));
    assert_eq!(g6["precision"].as_f64().unwrap(), 0.5);
    assert_eq!(g6["recall"].as_f64().unwrap(), 1.0);
    let g2 = &grounds[1];
    assert_eq!(g2["optional_matched"], json!(["E3"]));
    assert_eq!(g2["recall"].as_f64().unwrap(), 0.5);
}

#[test]
fn text_feedback_names_each_link_and_the_figures() {
    let (code, stdout, stderr) = run(&[KEY, ANSWER]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("missed    E3"), "{stdout}");
    assert!(stdout.contains("extra     E10"), "{stdout}");
    assert!(stdout.contains("optional  E10"), "{stdout}");
    assert!(
        stdout.contains("recall      70%  you found 7 of the 10 links the key requires"),
        "{stdout}"
    );
    assert!(
        stdout.contains("precision   82%  9 of your 11 links are in the key"),
        "{stdout}"
    );
    assert!(
        stdout.contains("status    yours is supported; the key's is corroborated"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2 grounds get a status other than the key's: G5, G6"),
        "{stdout}"
    );
}

#[test]
fn the_key_graded_against_itself_is_perfect() {
    let (code, stdout, _) = run(&["--format", "json", KEY, KEY]);
    assert_eq!(code, 0);
    let grade: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(grade["matched"].as_array().unwrap().len(), 14);
    assert_eq!(grade["missing"], json!([]));
    assert_eq!(grade["extra"], json!([]));
    assert_eq!(grade["precision"].as_f64().unwrap(), 1.0);
    assert_eq!(grade["recall"].as_f64().unwrap(), 1.0);
}

#[test]
fn the_blank_exercise_finds_nothing_and_claims_nothing() {
    let (code, stdout, _) = run(&["--format", "json", KEY, EXERCISE]);
    assert_eq!(code, 0);
    let grade: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(grade["matched"], json!([]));
    assert_eq!(
        grade["missing"].as_array().unwrap().len(),
        10,
        "the required links only"
    );
    // No link made, so none wrong: precision is 1 by definition; recall 0.
    assert_eq!(grade["precision"].as_f64().unwrap(), 1.0);
    assert_eq!(grade["recall"].as_f64().unwrap(), 0.0);
}

// Small cases, built inline, for the rules at the edges.

fn case(grounds: &str) -> Case {
    let text = format!(
        "rebut: 1
case:
  title: Grading test
  beneficiary: {{name: Ana Test, country: Peru}}
  filed: 2026-05-01
  decision: {{kind: noid, date: 2026-10-01}}
grounds:
{grounds}
evidence:
  - {{id: E1, type: physician-opinion, title: Letter, author: Dr. One, date: 2026-10-10}}
  - {{id: E2, type: medical-record, title: Records, author: Clinic}}
  - {{id: E3, type: personal-statement, title: Statement, author: Mother}}
"
    );
    support::check_text("test.yaml", &text).0.case
}

fn graded(key: &str, student: &str) -> Grade {
    let (key, student) = (case(key), case(student));
    grade::same_ids(&key, &student, "key", "student").expect("same ids");
    grade::grade(&key, &student)
}

const BARE: &str =
    "  - {id: G1, category: medical-urgency, quote: Q}\n  - {id: G2, category: other, quote: Q}";

#[test]
fn a_key_link_is_optional_only_when_every_citation_making_it_is() {
    let key = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - point: P
        evidence: [{id: E1, optional: true}, {id: E2, optional: true}]
      - point: P
        evidence: [E2]
  - {id: G2, category: other, quote: Q}";
    let g = graded(key, BARE);
    assert_eq!(
        g.missing,
        [Link {
            ground: "G1".into(),
            evidence: "E2".into()
        }]
    );
    assert_eq!(g.grounds[0].optional_skipped, ["E1"]);
    assert_eq!(g.recall, 0.0);
}

#[test]
fn a_key_of_optional_links_only_cannot_be_missed() {
    let key = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - point: P
        evidence: [{id: E3, optional: true}]
  - {id: G2, category: other, quote: Q}";
    let g = graded(key, BARE);
    assert!(g.missing.is_empty());
    assert_eq!((g.precision, g.recall), (1.0, 1.0));

    let student = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - point: P
        evidence: [E3, E1]
  - {id: G2, category: other, quote: Q}";
    let g = graded(key, student);
    assert_eq!(g.matched.len(), 1);
    assert_eq!(g.extra.len(), 1);
    assert_eq!((g.precision, g.recall), (0.5, 1.0));
}

#[test]
fn a_link_counts_once_however_many_points_make_it() {
    let student = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - {point: P, evidence: [E1]}
      - {point: P, evidence: [E1, E2]}
  - {id: G2, category: other, quote: Q}";
    let key = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - {point: P, evidence: [E1]}
  - id: G2
    category: other
    quote: Q
    responses:
      - {point: P, evidence: [E2]}";
    let g = graded(key, student);
    assert_eq!(g.matched.len(), 1);
    assert_eq!(g.extra.len(), 1, "G1-E2");
    assert_eq!(g.missing.len(), 1, "G2-E2");
    assert_eq!((g.precision, g.recall), (0.5, 0.5));
    assert_eq!(g.grounds[1].student_status.as_str(), "unanswered");
    assert!(g.grounds[1].status_differs);
}

#[test]
fn files_of_different_decisions_are_a_located_error_in_each() {
    let dir = scratch("grade");
    let other = dir.join("other.yaml");
    let text = std::fs::read_to_string(EXERCISE)
        .unwrap()
        .replace("  - id: G6\n", "  - id: G7\n")
        .replace("  - id: E10\n", "  - id: E11\n");
    std::fs::write(&other, &text).unwrap();
    let (code, stdout, stderr) = run(&[KEY, other.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    let line_of = |text: &str, needle: &str| text.lines().position(|l| l == needle).unwrap() + 1;
    let key_text = std::fs::read_to_string(KEY).unwrap();
    for (file, line, id) in [
        (
            other.to_str().unwrap().to_owned(),
            line_of(&text, "  - id: G7"),
            "G7",
        ),
        (
            other.to_str().unwrap().to_owned(),
            line_of(&text, "  - id: E11"),
            "E11",
        ),
        (KEY.to_owned(), line_of(&key_text, "  - id: G6"), "G6"),
        (KEY.to_owned(), line_of(&key_text, "  - id: E10"), "E10"),
    ] {
        assert!(
            stderr.contains(&format!("{file}:{line}:")),
            "{file}:{line} for {id}\n{stderr}"
        );
        assert!(stderr.contains(&format!("`{id}`")), "{id}\n{stderr}");
    }
}

#[test]
fn an_unusable_file_stops_grading() {
    let (code, stdout, stderr) = run(&[KEY, "examples/broken.yaml"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("examples/broken.yaml"), "{stderr}");
}
