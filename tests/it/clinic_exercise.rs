//! `rebut exercise`: the students' file and the answer key made from a
//! finished case, and what an exercise keeps out of `check` and the gap
//! report.

use crate::support::{self, Rebut, scratch};
use std::path::Path;

const CASE: &str = "examples/clinic/key.yaml";

/// Makes the exercise of `CASE` in `dir`: (exercise text, key text, stderr).
fn make(dir: &Path) -> (String, String, String) {
    let (exercise, key) = (dir.join("exercise.yaml"), dir.join("answers.yaml"));
    let (code, _, stderr) = Rebut::new()
        .args(["exercise", CASE, "-o"])
        .arg(&exercise)
        .arg("--answers")
        .arg(&key)
        .run()
        .parts();
    assert_eq!(code, 0, "{stderr}");
    (
        std::fs::read_to_string(exercise).unwrap(),
        std::fs::read_to_string(key).unwrap(),
        stderr,
    )
}

#[test]
fn the_exercise_keeps_the_decision_and_the_inventory_and_drops_the_answers() {
    let dir = scratch("exercise");
    let (text, _, stderr) = make(&dir);
    assert!(stderr.contains("(14 links)"), "{stderr}");
    assert!(text.starts_with("# Clinic exercise"), "a header of instructions");
    assert!(
        text.contains("6 grounds and the record holds 10 documents"),
        "{text}"
    );
    let exercise = support::check_text("exercise.yaml", &text);
    let original = support::check_file(CASE);
    assert!(exercise.case.info.exercise);
    assert_eq!(exercise.case.grounds.len(), 6);
    for (ours, theirs) in exercise.case.grounds.iter().zip(&original.case.grounds) {
        assert!(ours.points.is_empty(), "no point, no link");
        assert_eq!(ours.quote, theirs.quote);
        assert_eq!(ours.weight, None);
    }
    assert_eq!(exercise.case.evidence.len(), 10);
    assert!(
        exercise.case.evidence.iter().all(|e| e.notes.is_none()),
        "no internal note"
    );
    assert!(!text.contains("marta.cux@example.net"), "the notes are gone");
    for (ours, theirs) in exercise.case.evidence.iter().zip(&original.case.evidence) {
        assert_eq!(
            (&ours.id, &ours.title, ours.status),
            (&theirs.id, &theirs.title, theirs.status)
        );
    }
}

#[test]
fn the_key_holds_the_links_the_model_points_weights_and_room_for_comments() {
    let dir = scratch("exercise-key");
    let (_, text, _) = make(&dir);
    let key = support::check_text("answers.yaml", &text);
    let original = support::check_file(CASE);
    assert!(!key.case.info.exercise);
    for (ours, theirs) in key.case.grounds.iter().zip(&original.case.grounds) {
        assert_eq!(ours.weight, Some(1));
        let texts = |g: &rebut::model::Ground| g.points.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(ours), texts(theirs), "the points are the model answers");
        for (a, b) in ours
            .points
            .iter()
            .flat_map(|p| &p.citations)
            .zip(theirs.points.iter().flat_map(|p| &p.citations))
        {
            assert_eq!((&a.evidence, a.optional()), (&b.evidence, b.optional()));
            assert_eq!(a.weight(), Some(1));
            assert_eq!(a.comment(), Some(""));
        }
    }
    assert!(text.contains("comment: \"\""), "{text}");
}

#[test]
fn neither_file_is_written_over_an_existing_one() {
    let dir = scratch("exercise-exists");
    let (exercise, key) = (dir.join("exercise.yaml"), dir.join("answers.yaml"));
    std::fs::write(&key, "mine\n").unwrap();
    let (code, _, stderr) = Rebut::new()
        .args(["exercise", CASE, "-o"])
        .arg(&exercise)
        .arg("--answers")
        .arg(&key)
        .run()
        .parts();
    assert_eq!(code, 2);
    assert!(stderr.contains("exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "mine\n");
    assert!(!exercise.exists(), "both or neither");
    // Nor over the case it is made from.
    let (code, _, _) = Rebut::new()
        .args(["exercise", CASE, "-o", CASE, "--answers"])
        .arg(dir.join("k.yaml"))
        .run()
        .parts();
    assert_eq!(code, 2);
}

#[test]
fn an_exercise_keeps_its_findings_but_not_the_hints_that_give_the_key_away() {
    let dir = scratch("exercise-hints");
    let (text, _, _) = make(&dir);
    let unmarked = text.replace("  exercise: true\n", "");
    assert_ne!(unmarked, text);
    let codes = |t: &str| {
        let mut c: Vec<_> = support::findings(t)
            .into_iter()
            .map(|(code, _, _)| code)
            .collect();
        c.sort();
        c
    };
    assert_eq!(codes(&text), codes(&unmarked), "the same findings");
    let check = |t: &str| {
        let path = dir.join("c.yaml");
        std::fs::write(&path, t).unwrap();
        let check = Rebut::new()
            .args(["check", "--today", "2026-11-25"])
            .arg(&path)
            .run()
            .parts()
            .1;
        let gaps = Rebut::new()
            .args(["render", "--today", "2026-11-25", "--memo", "gaps"])
            .arg(&path)
            .run()
            .parts()
            .1;
        (check, gaps)
    };
    let (check_plain, gaps_plain) = check(&unmarked);
    assert!(gaps_plain.contains("could answer Ground"), "{gaps_plain}");
    assert!(
        check_plain.contains("expects for `medical-urgency`: "),
        "{check_plain}"
    );
    let (check_ex, gaps_ex) = check(&text);
    assert!(!gaps_ex.contains("could answer"), "{gaps_ex}");
    assert!(!gaps_ex.contains("Expected evidence not cited"), "{gaps_ex}");
    assert!(!gaps_ex.contains("Would strengthen it"), "{gaps_ex}");
    assert!(
        check_ex.contains("ground G1 lacks a kind of evidence the playbook expects for `medical-urgency`\n"),
        "{check_ex}"
    );
    assert!(
        gaps_ex.contains("Decide whether *Itinerary and escort plan* answers any ground"),
        "{gaps_ex}"
    );
}
