//! `rebut grade`: the score and the feedback a student learns from, answers
//! of other shapes, a class at once, and the sample answer's figures.

use crate::support::{self, Rebut, scratch};
use rebut::clinic::grade::{self, ExtraKind, Grade, Link};
use rebut::model::Case;
use rebut::playbook::Playbook;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

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

// A small exercise of three grounds, written for these tests: the decision
// faulted the February letter (stale, filed with the first request), the
// cost estimate is still requested, and Ground I weighs twice the others.

const GROUNDS: [(&str, &str, &str); 3] = [
    (
        "G1",
        "medical-urgency",
        "The medical letter submitted predates the filing and does not state what would follow from a delay.",
    ),
    (
        "G2",
        "treatment-unavailable",
        "The petitioner has not shown that the treatment is unavailable in Guatemala.",
    ),
    (
        "G3",
        "financial-support",
        "The record does not show that the costs of treatment will be met.",
    ),
];

const EVIDENCE: &str = "evidence:
  - {id: E1, type: physician-opinion, title: 'Letter of Dr. Batz, February 2026', author: Dr. Batz, date: 2026-02-10, submitted_before: true}
  - {id: E2, type: physician-opinion, title: 'Letter of Dr. Batz, August 2026', author: Dr. Batz, date: 2026-08-10}
  - {id: E3, type: medical-record, title: 'MRI report, July 2026', author: National Oncology Unit, date: 2026-07-28}
  - {id: E4, type: third-party-attestation, title: Letter of the health ministry, author: Ministry of Health, date: 2026-08-05}
  - {id: E5, type: financial-support, title: Form I-134 and bank statements, author: Marta Cux}
  - {id: E6, type: cost-quote, title: Estimate of treatment costs, author: Cascadia Institute, status: requested}
";

/// A case: per ground, its responses block (already indented) or "".
fn case_text(responses: [&str; 3], evidence: &str, extra_ground_keys: [&str; 3]) -> String {
    let mut text = String::from(
        "rebut: 1
case:
  title: Grading test
  beneficiary: {name: Ana Test, country: Guatemala}
  filed: 2026-03-02
  decision: {kind: denial, date: 2026-07-08}
grounds:
",
    );
    for (((id, category, quote), responses), more) in GROUNDS.iter().zip(responses).zip(extra_ground_keys) {
        text.push_str(&format!(
            "  - id: {id}\n    category: {category}\n    quote: {quote}\n{more}"
        ));
        if !responses.is_empty() {
            text.push_str("    responses:\n");
            text.push_str(responses);
        }
    }
    text.push_str(evidence);
    text
}

fn key_text() -> String {
    case_text(
        [
            "      - point: Dr. Batz's new letter explains that without treatment within weeks she will lose the eye.
        evidence: [{id: E2, weight: 2, comment: 'The new letter is what answers the decision: it states what a delay would do.'}]
      - point: The July MRI shows the tumor has grown since the first request.
        evidence: [E3]
",
            "      - point: The ministry confirms that no hospital in Guatemala offers the treatment.
        evidence: [E4]
      - point: Dr. Batz adds that the one program in Mexico takes no foreign patients.
        evidence: [{id: E2, optional: true}]
",
            "      - point: Ms. Cux's affidavit and bank statements show funds that cover the stay.
        evidence: [E5]
",
        ],
        EVIDENCE,
        ["    weight: 2\n", "", ""],
    )
}

const STRONG: [&str; 3] = [
    "      - point: Her doctor now writes that a delay of even a month would cost her the eye.
        evidence: [E2]
      - point: The scan from July documents the growth since March.
        evidence: [E3]
",
    "      - point: The health ministry says in writing that nobody in Guatemala performs it.
        evidence: [E4, E2]
",
    "      - point: Her aunt's sworn support and her savings pay for everything.
        evidence: [E5]
",
];

fn key() -> Case {
    support::load(&key_text()).expect("the key loads")
}

fn grade_text(student: &str) -> Grade {
    let key = key();
    let student = support::load(student).expect("the answer loads");
    let alignment = grade::align(&key, &student, "key", "student").expect("aligned");
    grade::grade(&key, &student, &alignment, &Playbook::builtin())
}

fn answer(responses: [&str; 3]) -> String {
    case_text(responses, EVIDENCE, ["", "", ""])
}

/// Writes the key and answers into `dir` and returns the key's path.
fn write_class(dir: &Path, answers: &[(&str, String)]) -> PathBuf {
    let key = dir.join("key.yaml");
    std::fs::write(&key, key_text()).unwrap();
    let answers_dir = dir.join("answers");
    std::fs::create_dir_all(&answers_dir).unwrap();
    for (name, text) in answers {
        std::fs::write(answers_dir.join(name), text).unwrap();
    }
    key
}

/// The feedback text for one answer.
fn feedback(answer: &str) -> String {
    let dir = scratch("grade-feedback");
    let key = write_class(&dir, &[("a.yaml", answer.to_owned())]);
    let (code, stdout, stderr) = Rebut::new()
        .args(["grade", "--answers"])
        .arg(&key)
        .arg(dir.join("answers/a.yaml"))
        .run()
        .parts();
    assert_eq!(code, 0, "{stderr}");
    stdout
}

/// The feedback's entries: a line with the lines wrapped under it (indented
/// deeper) joined to it.
fn entries(text: &str) -> Vec<String> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut out: Vec<(usize, String)> = Vec::new();
    for line in text.lines() {
        match out.last_mut() {
            Some((depth, entry)) if !line.trim().is_empty() && indent(line) > *depth + 2 => {
                entry.push(' ');
                entry.push_str(line.trim());
            }
            _ => out.push((indent(line), line.to_owned())),
        }
    }
    out.into_iter().map(|(_, e)| e).collect()
}

fn has_line(text: &str, words: &[&str]) {
    assert!(
        entries(text).iter().any(|l| words.iter().all(|w| l.contains(w))),
        "no line with {words:?} in\n{text}"
    );
}

#[test]
fn a_strong_answer_scores_full_marks() {
    let g = grade_text(&answer(STRONG));
    assert_eq!(g.score, 100.0);
    assert_eq!((g.recall, g.precision), (1.0, Some(1.0)));
    assert_eq!(
        g.grounds.iter().map(|x| x.weight).collect::<Vec<_>>(),
        [50.0, 25.0, 25.0],
        "Ground I weighs twice the others"
    );
    assert!(g.warnings.is_empty() && g.shape.is_empty());
    let text = feedback(&answer(STRONG));
    has_line(&text, &["Score: 100/100"]);
    has_line(&text, &["Ground I: Medical urgency", "50 of 50 points"]);
    has_line(&text, &["found", "Letter of Dr. Batz, August 2026"]);
    has_line(
        &text,
        &["Instructor: The new letter is what answers the decision"],
    );
    has_line(
        &text,
        &["The decision: \u{201c}The medical letter submitted predates"],
    );
    has_line(&text, &["Model answer:"]);
    has_line(&text, &["the key accepts it here"]);
    assert!(
        !text.contains("E2") && !text.contains("G1"),
        "no ids in the prose:\n{text}"
    );
}

#[test]
fn a_swap_and_a_stale_letter_are_named_and_cost() {
    let swapped = answer([
        "      - point: Dr. Batz wrote in February that her condition is serious.
        evidence: [E1]
      - point: The new letter explains what a delay would do to her eye.
        evidence: [E2]
      - point: The ministry's letter shows how urgent the case is for her.
        evidence: [E4]
",
        "      - point: The MRI shows the kind of tumor that cannot be treated locally.
        evidence: [E3]
",
        STRONG[2],
    ]);
    let g = grade_text(&swapped);
    assert_eq!(g.swaps.len(), 1);
    assert_eq!(g.swaps[0].grounds, ["G1".to_owned(), "G2".to_owned()]);
    assert_eq!(g.swaps[0].evidence, ["E3".to_owned(), "E4".to_owned()]);
    let g1 = &g.grounds[0];
    let kinds: Vec<(&str, ExtraKind)> = g1.extra.iter().map(|x| (x.evidence.as_str(), x.why)).collect();
    assert_eq!(kinds, [("E1", ExtraKind::StaleOpinion), ("E4", ExtraKind::Swap)]);
    // Ground I: 2 of 3 weight found, less 0.25 (stale) and 0.1 (swap), of 50.
    assert_eq!(g1.score, 15.8);
    // Ground II: nothing required found, and a swap: nothing left.
    assert_eq!(g.grounds[1].score, 0.0);
    assert_eq!(g.score, 40.8);
    assert_eq!(
        g.missing,
        vec![
            Link {
                ground: "G1".into(),
                evidence: "E3".into()
            },
            Link {
                ground: "G2".into(),
                evidence: "E4".into()
            },
        ]
    );

    let text = feedback(&swapped);
    has_line(&text, &["Score: 40.8/100"]);
    has_line(
        &text,
        &[
            "stale",
            "Letter of Dr. Batz, February 2026",
            "is an opinion dated before the decision",
            "12.5 points",
        ],
    );
    has_line(
        &text,
        &[
            "swapped",
            "MRI report, July 2026",
            "Letter of the health ministry",
            "between Ground I and Ground II",
        ],
    );
    has_line(
        &text,
        &[
            "swapped",
            "the swap named under Ground I",
            "Letter of the health ministry\u{201d} belongs here",
        ],
    );
    assert!(
        !text.contains("missed     \u{201c}MRI report"),
        "the swap names its missed links:\n{text}"
    );
    assert_eq!(
        text.matches("between Ground I and Ground II").count(),
        1,
        "one swap, named once"
    );
    assert!(
        !text.contains("elsewhere"),
        "the swap's halves are not listed again:\n{text}"
    );
}

#[test]
fn blank_grounds_cost_their_share_and_requested_evidence_answers_nothing() {
    let blank = answer([
        STRONG[0],
        "",
        "      - point: The hospital's estimate shows what the treatment will cost.
        evidence: [E6]
",
    ]);
    let g = grade_text(&blank);
    assert_eq!(g.score, 50.0);
    assert!(g.grounds[1].blank && !g.grounds[2].blank);
    assert_eq!(g.grounds[1].score, 0.0);
    assert_eq!(g.grounds[2].extra[0].why, ExtraKind::NotReceived);
    assert_eq!(g.grounds[2].extra[0].cost, 6.3);
    assert_eq!(g.grounds[2].student_status.map(|s| s.as_str()), Some("pending"));

    let text = feedback(&blank);
    has_line(
        &text,
        &["You left this ground blank", "costs its whole 25 points"],
    );
    has_line(
        &text,
        &[
            "not in hand",
            "Estimate of treatment costs",
            "requested, not received",
        ],
    );
    has_line(
        &text,
        &["missed", "Form I-134 and bank statements", "the key relies on it"],
    );
    has_line(&text, &["Status: yours is pending; the key's is supported."]);
}

#[test]
fn an_empty_answer_gets_no_precision_and_no_score() {
    let g = grade_text(&answer(["", "", ""]));
    assert_eq!(g.score, 0.0);
    assert_eq!(g.precision, None);
    assert_eq!(g.recall, 0.0);
    let text = feedback(&answer(["", "", ""]));
    has_line(&text, &["precision     -  you have made no links yet"]);
}

#[test]
fn points_with_no_words_of_their_own_are_flagged_and_earn_half() {
    let garbage = answer([
        "      - point: x
        evidence: [E2, E3]
",
        &format!("      - point: {}\n        evidence: [E4, E2]\n", GROUNDS[1].2),
        "      - point: Form I-134 and bank statements
        evidence: [E5]
",
    ]);
    let g = grade_text(&garbage);
    assert_eq!(g.recall, 1.0, "every link is there");
    assert_eq!(g.score, 50.0, "half of each");
    let why: Vec<&str> = g
        .grounds
        .iter()
        .flat_map(|x| x.wordless.iter().map(|w| w.why))
        .collect();
    assert_eq!(why, ["too-short", "copies-the-decision", "copies-a-title"]);
    assert!(g.score < grade_text(&answer(STRONG)).score);
    let text = feedback(&garbage);
    has_line(
        &text,
        &["no words", "point 1 (\u{201c}x\u{201d}) has no words of its own"],
    );
    has_line(&text, &["no words", "repeats the decision's words"]);
    has_line(&text, &["no words", "repeats an exhibit's title"]);
}

#[test]
fn a_renamed_id_is_matched_by_title_and_type_and_said_so() {
    let renamed = answer(STRONG)
        .replace("id: E5,", "id: funds,")
        .replace("[E5]", "[funds]");
    let g = grade_text(&renamed);
    assert_eq!(g.score, 100.0);
    assert_eq!(g.shape.len(), 1);
    assert!(
        g.shape[0].contains("Form I-134 and bank statements"),
        "{:?}",
        g.shape
    );
    assert!(
        g.shape[0].contains("E5 in the exercise, funds in your file"),
        "{:?}",
        g.shape
    );
    has_line(&feedback(&renamed), &["How your file was read"]);
}

#[test]
fn an_added_exhibit_is_extra_with_its_title_and_a_deleted_one_is_missed() {
    let added = answer(STRONG).replace("[E5]", "[E5, E7]")
        + "  - {id: E7, type: personal-statement, title: Letter of the parish priest, author: Father Tomás}\n";
    let g = grade_text(&added);
    let extra = &g.grounds[2].extra[0];
    assert_eq!(
        (extra.title.as_str(), extra.why),
        ("Letter of the parish priest", ExtraKind::Added)
    );
    assert_eq!(g.score, 97.5);
    has_line(
        &feedback(&added),
        &[
            "added",
            "Letter of the parish priest",
            "is not in the exercise's record",
        ],
    );

    let deleted = answer(STRONG)
        .lines()
        .filter(|l| !l.contains("id: E3,"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("evidence: [E3]", "evidence: [E2]")
        + "\n";
    let g = grade_text(&deleted);
    assert!(
        g.shape
            .iter()
            .any(|s| s.contains("\"MRI report, July 2026\" is missing from your evidence")),
        "{:?}",
        g.shape
    );
    assert_eq!(
        g.missing,
        vec![Link {
            ground: "G1".into(),
            evidence: "E3".into()
        }]
    );
    assert_eq!(g.score, 83.3);
}

#[test]
fn a_tampered_quote_or_status_is_a_warning_on_the_grade() {
    let tampered = answer(STRONG)
        .replace("is unavailable in Guatemala", "is available in Guatemala")
        .replace(", status: requested}", "}");
    let g = grade_text(&tampered);
    assert_eq!(g.warnings.len(), 2, "{:?}", g.warnings);
    assert!(g.warnings[0].contains("changed the decision's words for Ground II"));
    assert!(
        g.warnings[1]
            .contains("marked \"Estimate of treatment costs\" as received; the exercise has it requested")
    );
    let text = feedback(&tampered);
    has_line(&text, &["Warnings"]);
    has_line(&text, &["You changed the decision's words for Ground II"]);
}

#[test]
fn a_class_is_graded_at_once_with_a_summary() {
    let dir = scratch("grade-class");
    let swapped = answer([
        "      - point: The new letter explains what a delay would do to her eye.
        evidence: [E2, E4]
",
        "      - point: The MRI shows the kind of tumor that cannot be treated locally.
        evidence: [E3]
",
        STRONG[2],
    ]);
    let key = write_class(
        &dir,
        &[
            ("ana.yaml", answer(STRONG)),
            ("ben.yaml", swapped.clone()),
            ("cai.yaml", swapped),
            ("dee.yaml", "rebut: 1\ncase: [\n".to_owned()),
        ],
    );
    let class = |format: &str| {
        Rebut::new()
            .args(["grade", "--format", format, "--answers"])
            .arg(&key)
            .arg(dir.join("answers"))
            .run()
            .parts()
    };
    let (code, stdout, stderr) = class("text");
    assert_eq!(code, 2, "an unreadable answer is an unusable input");
    assert!(stderr.contains("dee.yaml:2:"), "located: {stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].contains("ana.yaml") && lines[0].contains("100/100"),
        "{stdout}"
    );
    assert!(
        lines[1].contains("ben.yaml") && lines[1].contains("1 swap"),
        "{stdout}"
    );
    assert!(
        lines[3].contains("dee.yaml") && lines[3].contains("not graded"),
        "{stdout}"
    );
    has_line(&stdout, &["3 answers graded, 1 could not be read"]);
    has_line(&stdout, &["mean", "spread (standard deviation)"]);
    has_line(
        &stdout,
        &["Ground I with \u{201c}MRI report, July 2026\u{201d}: missed by 2 of 3"],
    );
    has_line(&stdout, &["between Grounds I and II: 2 of 3"]);

    let (_, stdout, _) = class("json");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let files: Vec<&str> = v["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 3);
    assert!(files[0].ends_with("ana.yaml"));
    assert!(v["unreadable"][0]["file"].as_str().unwrap().ends_with("dee.yaml"));
    assert_eq!(v["summary"]["unreadable"], 1);
    assert_eq!(v["summary"]["common_swaps"][0]["students"], 2);
    let scores: Vec<f64> = v["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["score"].as_f64().unwrap())
        .collect();
    let mean = scores.iter().sum::<f64>() / 3.0;
    assert_eq!(
        v["summary"]["mean"].as_f64().unwrap(),
        (mean * 10.0).round() / 10.0
    );

    let (_, stdout, _) = class("csv");
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 5, "a header, three graded, one not: {stdout}");
    assert!(rows[0].starts_with("file,score,recall,precision"));
    assert!(rows[0].ends_with("ground_G1,ground_G2,ground_G3,error"));
    assert!(rows[1].contains("ana.yaml,100,1.000,1.000"), "{stdout}");
    assert!(
        rows[4].contains("dee.yaml") && rows[4].split(',').count() > 10,
        "{stdout}"
    );
}

#[test]
fn the_example_class_gets_the_grades_the_guide_shows() {
    let (code, stdout, stderr) = run(&["--answers", KEY, "examples/clinic/class"]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("examples/clinic/class/ana.yaml") && lines[0].contains(" 100/100"),
        "{stdout}"
    );
    assert!(
        lines[1].contains(" 42.8/100") && lines[1].ends_with("1 swap"),
        "{stdout}"
    );
    assert!(
        lines[2].contains(" 25/100")
            && lines[2].contains("blank: II, IV, V, VI; 1 point without words of its own"),
        "{stdout}"
    );
    has_line(
        &stdout,
        &["mean 55.9/100, spread (standard deviation) 32, lowest 25, highest 100"],
    );
    has_line(
        &stdout,
        &[
            "\u{201c}Itinerary and escort plan\u{201d} and \u{201c}Follow-up plan on return\u{201d} between Grounds V and VI: 1 of 3",
        ],
    );
}

#[test]
fn without_answers_the_first_of_two_files_is_the_key() {
    let (code, stdout, _) = run(&[KEY, ANSWER]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Feedback on examples/clinic/student-answer.yaml"));
    let (code, _, stderr) = run(&[KEY, ANSWER, ANSWER]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--answers KEY"), "{stderr}");
    let (code, same, _) = run(&["--answers", KEY, ANSWER]);
    assert_eq!(code, 0);
    assert_eq!(same, stdout, "the same grade either way");
}

// The sample answer of examples/clinic.

#[test]
fn the_sample_answer_gets_the_figures_its_mistakes_give() {
    let (code, stdout, stderr) = run(&["--format", "json", KEY, ANSWER]);
    assert_eq!(code, 0, "{stderr}");
    let grade: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(grade["file"], ANSWER);
    for key in [
        "score",
        "matched",
        "missing",
        "extra",
        "swaps",
        "grounds",
        "precision",
        "recall",
        "warnings",
        "shape",
    ] {
        assert!(grade.get(key).is_some(), "{key}");
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
    assert_eq!(grade["precision"].as_f64().unwrap(), 9.0 / 11.0);
    assert_eq!(grade["recall"].as_f64().unwrap(), 0.7);
    // Six grounds of 16.7: I 2/3, II 1/2, IV 1/2 less 0.1, VI 1 less 0.1.
    assert_eq!(grade["score"].as_f64().unwrap(), 74.4);

    let grounds = grade["grounds"].as_array().unwrap();
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
    assert_eq!(g6["extra"][0]["why"], "other-ground");
    assert_eq!(g6["extra"][0]["key_grounds"], json!(["G1"]));
    assert_eq!(g6["precision"].as_f64().unwrap(), 0.5);
    let g2 = &grounds[1];
    assert_eq!(g2["optional_matched"], json!(["E3"]));
    assert_eq!(g2["recall"].as_f64().unwrap(), 0.5);
}

#[test]
fn text_feedback_names_each_link_and_the_figures() {
    let (code, stdout, stderr) = run(&[KEY, ANSWER]);
    assert_eq!(code, 0, "{stderr}");
    has_line(
        &stdout,
        &["missed", "Opinion of Dr. Priscilla Hawthorne-Oyelaran"],
    );
    has_line(&stdout, &["elsewhere", "Statement of Rosa Elena Morales Tuyuc"]);
    has_line(&stdout, &["answers Ground VI in the key, not this one"]);
    has_line(&stdout, &["optional", "Statement of Rosa Elena Morales Tuyuc"]);
    has_line(
        &stdout,
        &["recall      70%  you found 7 of the 10 links the key requires"],
    );
    has_line(&stdout, &["precision   82%  9 of your 11 links are in the key"]);
    has_line(
        &stdout,
        &["Status: yours is supported; the key's is corroborated."],
    );
    has_line(&stdout, &["2 grounds get a status other than the key's: V, VI"]);
}

#[test]
fn the_key_graded_against_itself_is_perfect() {
    let (code, stdout, _) = run(&["--format", "json", KEY, KEY]);
    assert_eq!(code, 0);
    let grade: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(grade["matched"].as_array().unwrap().len(), 14);
    assert_eq!(grade["missing"], json!([]));
    assert_eq!(grade["extra"], json!([]));
    assert_eq!(grade["score"].as_f64().unwrap(), 100.0);
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
    // No link made: no precision to speak of, recall 0, no score.
    assert_eq!(grade["precision"], Value::Null);
    assert_eq!(grade["recall"].as_f64().unwrap(), 0.0);
    assert_eq!(grade["score"].as_f64().unwrap(), 0.0);
}

#[test]
fn renamed_grounds_and_evidence_of_the_sample_are_matched_and_said_so() {
    let dir = scratch("grade-renamed");
    let other = dir.join("other.yaml");
    let text = std::fs::read_to_string(ANSWER)
        .unwrap()
        .replace("  - id: G6\n", "  - id: G7\n")
        .replace("  - id: E10\n", "  - id: E11\n")
        .replace("E10", "E11");
    std::fs::write(&other, &text).unwrap();
    let (code, stdout, stderr) = run(&["--format", "json", KEY, other.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let grade: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(grade["score"].as_f64().unwrap(), 74.4, "graded as the sample");
    let shape: Vec<&str> = grade["shape"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(shape.len(), 2, "{shape:?}");
    assert!(shape[0].contains("Ground VI is matched to your ground G7 by its quote"));
    assert!(shape[1].contains("E10 in the exercise, E11 in your file"));
}

#[test]
fn files_of_different_decisions_are_a_located_error_in_each() {
    let dir = scratch("grade");
    let other = dir.join("other.yaml");
    let mut text = std::fs::read_to_string(EXERCISE).unwrap();
    for n in 1..=6 {
        text = text.replace(&format!("  - id: G{n}\n"), &format!("  - id: H{n}\n"));
    }
    text = text.replace("    quote: |\n", "    quote: |\n      Another decision.\n");
    std::fs::write(&other, &text).unwrap();
    let (code, stdout, stderr) = run(&[KEY, other.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    let line_of = |text: &str, needle: &str| text.lines().position(|l| l == needle).unwrap() + 1;
    let key_text = std::fs::read_to_string(KEY).unwrap();
    let other = other.to_str().unwrap();
    for (file, line, id) in [
        (other, line_of(&text, "  - id: H1"), "H1"),
        (KEY, line_of(&key_text, "  - id: G6"), "G6"),
    ] {
        assert!(
            stderr.contains(&format!("{file}:{line}:")),
            "{file}:{line} for {id}\n{stderr}"
        );
        assert!(stderr.contains(&format!("`{id}`")), "{id}\n{stderr}");
    }
    assert!(stderr.contains("do not answer the same decision"), "{stderr}");
}

#[test]
fn an_unusable_file_stops_grading_it() {
    let (code, stdout, stderr) = run(&[KEY, "examples/broken.yaml"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("examples/broken.yaml"), "{stderr}");
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
    let alignment = grade::align(&key, &student, "key", "student").expect("aligned");
    grade::grade(&key, &student, &alignment, &Playbook::builtin())
}

const BARE: &str =
    "  - {id: G1, category: medical-urgency, quote: Q}\n  - {id: G2, category: other, quote: R}";

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
  - {id: G2, category: other, quote: R}";
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
  - {id: G2, category: other, quote: R}";
    let g = graded(key, BARE);
    assert!(g.missing.is_empty());
    assert_eq!((g.precision, g.recall), (None, 1.0));
    // Ground I earns nothing blank; Ground II, which the key leaves unanswered, everything.
    assert_eq!(g.score, 50.0);

    let student = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - point: The mother's statement says why.
        evidence: [E3, E1]
  - {id: G2, category: other, quote: R}";
    let g = graded(key, student);
    assert_eq!(g.matched.len(), 1);
    assert_eq!(g.extra.len(), 1);
    assert_eq!((g.precision, g.recall), (Some(0.5), 1.0));
    assert_eq!(
        g.score, 95.0,
        "the optional link earns Ground I; the extra costs a tenth of it"
    );
}

#[test]
fn a_link_counts_once_however_many_points_make_it() {
    let student = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - {point: P, evidence: [E1]}
      - {point: P, evidence: [E1, E2]}
  - {id: G2, category: other, quote: R}";
    let key = "  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - {point: P, evidence: [E1]}
  - id: G2
    category: other
    quote: R
    responses:
      - {point: P, evidence: [E2]}";
    let g = graded(key, student);
    assert_eq!(g.matched.len(), 1);
    assert_eq!(g.extra.len(), 1, "G1-E2");
    assert_eq!(g.missing.len(), 1, "G2-E2");
    assert_eq!((g.precision, g.recall), (Some(0.5), 0.5));
    assert_eq!(
        g.grounds[1].student_status.map(|s| s.as_str()),
        Some("unanswered")
    );
    assert!(g.grounds[1].status_differs);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// A student's links: for each ground, the exhibits cited, each by a
    /// point with words of its own.
    fn answer_of(links: &[Vec<usize>]) -> String {
        let ids = ["E1", "E2", "E3", "E4", "E5", "E6"];
        let mut responses: Vec<String> = Vec::new();
        for cited in links {
            if cited.is_empty() {
                responses.push(String::new());
                continue;
            }
            let list: Vec<&str> = cited.iter().map(|&i| ids[i]).collect();
            responses.push(format!(
                "      - point: These documents show what the decision says is missing.\n        evidence: [{}]\n",
                list.join(", ")
            ));
        }
        answer([&responses[0], &responses[1], &responses[2]])
    }

    fn score(links: &[Vec<usize>]) -> f64 {
        grade_text(&answer_of(links)).score
    }

    /// The key's links, by ground: (exhibit index) as in `key_text`.
    const KEY_LINKS: [&[usize]; 3] = [&[1, 2], &[3, 1], &[4]];
    /// Faulted for every ground: the stale February letter (E1) and the
    /// requested estimate (E6), which the key cites nowhere.
    const FAULTED: [usize; 2] = [0, 5];

    fn links_strategy() -> impl Strategy<Value = Vec<Vec<usize>>> {
        proptest::collection::vec(
            proptest::sample::subsequence((0..6).collect::<Vec<usize>>(), 0..=6),
            3,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn removing_a_correct_link_never_raises_the_score(links in links_strategy(), g in 0..3usize, pick in 0..2usize) {
            let correct: Vec<usize> = links[g].iter().copied().filter(|i| KEY_LINKS[g].contains(i)).collect();
            prop_assume!(!correct.is_empty());
            let gone = correct[pick % correct.len()];
            let mut fewer = links.clone();
            fewer[g].retain(|&i| i != gone);
            prop_assert!(score(&fewer) <= score(&links));
        }

        #[test]
        fn adding_a_faulted_link_never_raises_the_score(links in links_strategy(), g in 0..3usize, pick in 0..2usize) {
            let faulted = FAULTED[pick];
            prop_assume!(!links[g].contains(&faulted));
            let mut more = links.clone();
            more[g].push(faulted);
            more[g].sort_unstable();
            let (before, after) = (score(&links), score(&more));
            prop_assert!(after <= before, "{before} -> {after}");
            // And it costs, unless there was nothing left to lose.
            prop_assert!(after < before || before == 0.0 || grade_text(&answer_of(&links)).grounds[g].score == 0.0);
        }
    }
}

#[test]
fn an_exercise_given_as_the_key_is_refused() {
    let (code, stdout, stderr) = run(&["--answers", EXERCISE, ANSWER]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("is an exercise (`exercise: true`), not an answer key"),
        "{stderr}"
    );
}

#[test]
fn a_ground_the_key_leaves_blank_costs_nothing_left_blank() {
    let key = key_text().replace(
        "    responses:\n      - point: Ms. Cux's affidavit and bank statements show funds that cover the stay.\n        evidence: [E5]\n",
        "",
    );
    assert_ne!(key, key_text());
    let dir = scratch("grade-blank-key");
    let key_path = dir.join("key.yaml");
    std::fs::write(&key_path, key).unwrap();
    let answer_path = dir.join("a.yaml");
    std::fs::write(&answer_path, answer([STRONG[0], STRONG[1], ""])).unwrap();
    let (code, stdout, stderr) = Rebut::new()
        .args(["grade", "--answers"])
        .arg(&key_path)
        .arg(&answer_path)
        .run()
        .parts();
    assert_eq!(code, 0, "{stderr}");
    has_line(&stdout, &["Score: 100/100"]);
    has_line(&stdout, &["You left this ground blank, as the key does"]);
}
