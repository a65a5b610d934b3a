//! `rebut redact`: no name, number or address of the original survives, the
//! copy checks the same, dates keep their intervals, and nothing is written
//! where it should not be.

use crate::support::{self, Checked, Rebut, TODAY};
use proptest::prelude::*;
use rebut::check::{Code, Severity, Status, Subject};
use rebut::clinic::emit::case_to_yaml;
use rebut::clinic::redact::names::person_part;
use rebut::model::Case;
const EXAMPLES: [&str; 4] = [
    "examples/denial-with-gaps.yaml",
    "examples/noid-clean.yaml",
    "examples/refiling-stale.yaml",
    "examples/clinic/key.yaml",
];
/// People the denial example names only in its prose.
const EXTRA_NAMES: [&str; 2] = ["Priya Nair", "Luis Alvarado Mejía"];

fn run(args: &[&str]) -> (i32, String, String) {
    Rebut::new()
        .args(["redact", "--today", TODAY])
        .args(args)
        .run()
        .parts()
}

fn redacted(example: &str, more: &[&str]) -> String {
    let mut args = vec![example];
    for name in EXTRA_NAMES {
        args.extend(["--name", name]);
    }
    args.extend_from_slice(more);
    let (code, stdout, stderr) = run(&args);
    assert_eq!(code, 0, "{example}: {stderr}");
    assert!(
        !stderr.contains("warning:"),
        "{example} checks differently:\n{stderr}"
    );
    stdout
}

fn scratch(name: &str) -> support::Scratch {
    support::scratch(&format!("redact-{name}"))
}

/// A case given as text, checked; `file:` paths are resolved from the
/// package root, for the original and its copy alike.
fn checked_text(name: &str, text: &str) -> Checked {
    support::check_text(name, text)
}

fn checked_file(path: &str) -> Checked {
    checked_text(
        path,
        &std::fs::read_to_string(support::root().join(path)).unwrap(),
    )
}

fn load_text(name: &str, text: &str) -> Case {
    checked_text(name, text).0.case
}

fn load_file(path: &str) -> Case {
    checked_file(path).0.case
}

type Signature = (Vec<Status>, Vec<(Code, Severity, Subject)>);

/// What `check` says of a case: each ground's status, and the findings by
/// code, severity and subject (ids and lines may change; these may not).
fn signature(checked: &Checked, shifted: bool) -> Signature {
    let report = &checked.report;
    let mut findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| !(shifted && f.code.depends_on_today()))
        .map(|f| (f.code, f.severity, f.subject.clone()))
        .collect();
    findings.sort();
    (report.grounds.iter().map(|g| g.status).collect(), findings)
}

#[test]
fn every_example_redacts_to_a_case_that_checks_the_same() {
    let mut findings = 0;
    for example in EXAMPLES {
        let original = checked_file(example);
        let copy = checked_text("copy.yaml", &redacted(example, &[]));
        assert_eq!(signature(&copy, false), signature(&original, false), "{example}");
        findings += signature(&original, false).1.len();

        let shifted = checked_text("shifted.yaml", &redacted(example, &["--shift-dates", "-45"]));
        assert_eq!(
            signature(&shifted, true),
            signature(&original, true),
            "{example} shifted"
        );
    }
    assert!(findings > 5, "the comparison has findings to compare");
}

/// The words and values that would identify the people of a case.
fn secrets(case: &Case) -> Vec<String> {
    let info = &case.info;
    let mut names: Vec<String> = vec![info.beneficiary.name.clone()];
    names.extend(info.petitioner.as_ref().and_then(|p| p.name.clone()));
    let rep = info.representative.clone().unwrap_or_default();
    names.extend(rep.name.clone());
    names.extend(rep.supervisor.as_ref().map(|s| s.name.clone()));
    names.extend(info.companions.iter().map(|c| c.name.clone()));
    names.extend(info.sponsors.iter().filter_map(|s| person_part(&s.name)));
    for e in &case.evidence {
        names.extend(e.author.as_deref().and_then(person_part));
        names.extend(
            e.translation
                .as_ref()
                .and_then(|t| t.translator.as_deref())
                .and_then(person_part),
        );
    }
    names.extend(EXTRA_NAMES.iter().map(|n| (*n).to_owned()));
    let mut out: Vec<String> = names
        .iter()
        .flat_map(|n| {
            n.split(|c: char| !c.is_alphanumeric())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.chars().count() >= 3)
        .collect();
    out.extend(info.receipt.as_ref().map(|r| r.value.clone()));
    out.extend([rep.address, rep.email, rep.phone, rep.bar].into_iter().flatten());
    out.extend(rep.supervisor.and_then(|s| s.bar));
    out.extend(
        info.companions
            .iter()
            .filter_map(|c| c.born.as_ref().map(|b| b.value.to_string())),
    );
    if let Some(address) = &case.info.representative.as_ref().and_then(|r| r.address.clone()) {
        out.extend(address.split(',').next().map(|street| street.trim().to_owned()));
    }
    out.extend(info.beneficiary.born.as_ref().map(|b| b.value.to_string()));
    out.sort();
    out.dedup();
    out
}

/// Whether `word` stands in `text` as a word of its own.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[test]
fn no_name_number_or_address_survives_anywhere_in_the_bytes() {
    for example in EXAMPLES {
        let case = load_file(example);
        let secrets = secrets(&case);
        assert!(secrets.len() > 10, "{example}: {secrets:?}");
        for copy in [
            redacted(example, &[]),
            redacted(example, &["--shift-dates", "30"]),
        ] {
            let leaks: Vec<&String> = secrets.iter().filter(|s| contains_word(&copy, s)).collect();
            assert!(leaks.is_empty(), "{example} still contains {leaks:?}");
        }
    }
    // Values the clinic example has only in its notes.
    let copy = redacted("examples/clinic/key.yaml", &[]);
    for value in ["555-0142", "marta.cux", "2280 SE Division"] {
        assert!(!copy.contains(value), "{value}");
    }
}

#[test]
fn placeholders_are_consistent_and_read_as_prose() {
    let copy = load_text("copy.yaml", &redacted("examples/clinic/key.yaml", &[]));
    let item = |id: &str| copy.evidence_by_id(id).unwrap();
    assert_eq!(
        copy.info.title,
        "Humanitarian parole for the beneficiary (retinoblastoma), re-filing"
    );
    assert_eq!(copy.info.beneficiary.name, "The beneficiary");
    assert_eq!(
        item("E1").author.as_deref(),
        Some("Dr. B, Unidad Nacional de Oncología Pediátrica")
    );
    assert_eq!(
        item("E1").title,
        "Letter of Dr. B on diagnosis, prognosis and fitness to travel"
    );
    assert_eq!(item("E7").author.as_deref(), Some("The petitioner"));
    assert_eq!(
        item("E7").notes.as_deref(),
        Some("The petitioner can be reached at [phone 2] or [e-mail 2].")
    );
    assert_eq!(
        item("E10").title,
        "Statement of Person A, the beneficiary's mother"
    );
    assert_eq!(
        item("E10").notes.as_deref(),
        // A city no list knows, where someone stays, is replaced by default.
        Some("While in [name 1], Person A will stay at [address 2].")
    );
    assert_eq!(copy.info.receipt.as_ref().unwrap().value, "XXX0000000001");
    assert!(
        copy.grounds[0].points[0]
            .text
            .starts_with("The beneficiary's treating oncologist")
    );
}

#[test]
fn dates_move_together_and_the_birth_date_keeps_only_its_year() {
    let original = load_file("examples/refiling-stale.yaml");
    let copy = load_text(
        "copy.yaml",
        &redacted("examples/refiling-stale.yaml", &["--shift-dates", "-45"]),
    );
    let back = |d: jiff::civil::Date| d.checked_add(jiff::Span::new().days(45)).unwrap();
    assert_eq!(back(copy.info.filed.value), original.info.filed.value);
    assert_eq!(
        back(copy.info.decision.date.value),
        original.info.decision.date.value
    );
    for (a, b) in original.evidence.iter().zip(&copy.evidence) {
        assert_eq!(
            a.date.as_ref().map(|d| d.value),
            b.date.as_ref().map(|d| back(d.value))
        );
    }
    for (a, b) in original.timeline.iter().zip(&copy.timeline) {
        assert_eq!(a.date.value, back(b.date.value));
    }
    let born = copy.info.beneficiary.born.as_ref().unwrap().value;
    assert_eq!((born.month(), born.day()), (1, 1));
    assert_eq!(
        born.year(),
        original.info.beneficiary.born.as_ref().unwrap().value.year()
    );
    // A date written out in the prose moves too: August 5, 2026 is 45 days
    // after June 21, 2026.
    let text = redacted("examples/refiling-stale.yaml", &["--shift-dates", "-45"]);
    assert!(text.contains("June 21, 2026") && !text.contains("August 5, 2026"));
}

#[test]
fn the_same_case_redacts_to_the_same_bytes() {
    for example in EXAMPLES {
        assert_eq!(
            redacted(example, &["--shift-dates", "12"]),
            redacted(example, &["--shift-dates", "12"])
        );
    }
}

#[test]
fn the_key_maps_placeholders_back_and_the_copy_keeps_no_trace_of_it() {
    let dir = scratch("key");
    let (out, key) = (dir.join("exercise.yaml"), dir.join("exercise-key.yaml"));
    let (code, stdout, stderr) = run(&[
        "examples/clinic/key.yaml",
        "-o",
        out.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--shift-dates",
        "30",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    let copy = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        copy,
        redacted("examples/clinic/key.yaml", &["--shift-dates", "30"])
    );
    let key_text = std::fs::read_to_string(&key).unwrap();
    let entries: serde_json::Value = serde_saphyr::from_str(&key_text).unwrap();
    assert_eq!(entries["shift_days"], 30);
    let people = entries["people"].as_array().unwrap();
    assert_eq!(people[0]["placeholder"], "the beneficiary");
    assert_eq!(people[0]["name"], "Valentina Cux Morales");
    assert!(
        people
            .iter()
            .any(|p| p["placeholder"] == "Person A" && p["name"] == "Rosa Elena Morales Tuyuc")
    );
    let values = entries["values"].as_array().unwrap();
    assert!(
        values
            .iter()
            .any(|v| v["placeholder"] == "[phone 2]" && v["real"] == "(503) 555-0142")
    );
    assert!(!copy.contains("Valentina") && !copy.contains("shift_days"));
}

#[test]
fn redact_writes_neither_over_its_input_nor_the_key_over_the_copy() {
    let dir = scratch("refuse");
    let case = dir.join("case.yaml");
    let original = std::fs::read_to_string("examples/clinic/key.yaml").unwrap();
    std::fs::write(&case, &original).unwrap();
    let case_arg = case.to_str().unwrap();
    let copy = dir.join("copy.yaml");

    let (code, _, stderr) = run(&[case_arg, "-o", case_arg]);
    assert_eq!(code, 2);
    assert!(stderr.contains("input"), "{stderr}");
    let (code, _, _) = run(&[case_arg, "--key", case_arg]);
    assert_eq!(code, 2);
    let (code, _, stderr) = run(&[
        case_arg,
        "-o",
        copy.to_str().unwrap(),
        "--key",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("key"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&case).unwrap(), original);
    assert!(!copy.exists());
}

#[test]
fn an_unusable_case_or_an_impossible_shift_is_refused() {
    let (code, stdout, _) = run(&["examples/broken.yaml"]);
    assert_eq!((code, stdout.is_empty()), (2, true));
    let (code, _, _) = run(&["examples/noid-clean.yaml", "--shift-dates", "99999"]);
    assert_eq!(code, 2);
}

#[test]
fn a_case_written_back_reads_as_the_same_case() {
    for example in EXAMPLES {
        let case = checked_file(example);
        let yaml = case_to_yaml(&case.case);
        let again = checked_text("again.yaml", &yaml);
        assert_eq!(case_to_yaml(&again.case), yaml, "{example}");
        assert_eq!(signature(&again, false), signature(&case, false), "{example}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whatever the text, the YAML written for it reads back as that text.
    #[test]
    fn any_text_survives_the_round_trip(
        title in "\\PC{1,40}",
        quote in "(\\PC{0,30}\n?){1,4}",
        notes in "[ -~\u{a0}-\u{17f}\n\t]{1,60}",
    ) {
        let mut case = load_file("examples/clinic/exercise.yaml");
        case.info.title = title.clone();
        case.grounds[0].quote = quote.clone();
        case.evidence[0].notes = Some(notes.clone());
        let yaml = case_to_yaml(&case);
        let again = support::load_with("p.yaml", &yaml, &rebut::playbook::Playbook::builtin());
        let again = again.map_err(|u| TestCaseError::fail(u.render(Some(&yaml), false)))?;
        prop_assert_eq!(again.info.title, title);
        prop_assert_eq!(&again.grounds[0].quote, &quote);
        prop_assert_eq!(again.evidence[0].notes.as_deref(), Some(notes.as_str()));
    }

    /// Redaction takes any text without a panic, and the copy still loads.
    #[test]
    fn redaction_takes_any_text(text in "\\PC{0,80}") {
        let mut case = load_file("examples/clinic/key.yaml");
        case.grounds[0].points[0].text = text;
        let options = rebut::clinic::redact::Options::default();
        let once = rebut::clinic::redact::redact(&case, &options).unwrap();
        let yaml = case_to_yaml(&once.case);
        prop_assert!(support::load(&yaml).is_ok());
    }
}

#[test]
fn people_named_only_in_the_prose_are_pointed_out_and_named_with_name() {
    // Unknown to rebut, the name is replaced by default, as a name whose
    // person nobody said.
    let (code, stdout, stderr) = run(&["examples/denial-with-gaps.yaml"]);
    assert_eq!(code, 0);
    assert!(!stdout.contains("Priya") && !stdout.contains("Nair"), "{stdout}");
    assert!(stdout.contains("Ms. [name "), "{stdout}");
    assert!(
        stderr.contains("[family name 1]"),
        "a surname two people share is noted: {stderr}"
    );

    let (_, stdout, stderr) = run(&["examples/denial-with-gaps.yaml", "--name", "Priya Nair"]);
    assert!(!stdout.contains("Priya") && !stdout.contains("Nair"));
    assert!(!stderr.contains("Priya Nair` looks like"), "{stderr}");
}

/// A case whose prose writes its dates year first, with the full stop of
/// the year's ordinal: in Hungarian, the day with a case ending after a
/// hyphen or its own full stop; in Latvian, "gada" (of the year) and the
/// month "on" which something happened.
const YEAR_DOT_CASE: &str = "rebut: 1

case:
  title: Humanitarian parole for Réka Tóth
  receipt: IOE0911122233
  beneficiary:
    name: Réka Tóth
    country: Hungary
    born: 2012-06-14
  companions:
    - name: Gábor Tóth
      relationship: father
      role: caregiver
      born: 1979-10-02
  filed: 2026-07-30
  decision:
    kind: rfe
    date: 2026-11-09
    respond_by: 2027-02-04

grounds:
  - id: G1
    category: medical-urgency
    cite: RFE at 2
    quote: |
      Submit evidence that the condition requires urgent treatment.
    responses:
      - point: |
          The hospital admitted her 2025. szeptember 3-án, and its letter of 2025. október 22-ei asks for the transfer.
          Her father, született 1979. október 2., signed it; she was born 2012. június 14-én.
          The Riga clinic saw her on 2025. gada 7. augustā and again 2025. gada 30. septembrī.
";

#[test]
fn hungarian_and_latvian_dates_written_year_first_move_and_a_birth_date_goes() {
    let dir = scratch("year-dot");
    let case = dir.join("case.yaml");
    std::fs::write(&case, YEAR_DOT_CASE).unwrap();
    let (code, copy, stderr) = run(&[case.to_str().unwrap(), "--shift-dates", "-10"]);
    assert_eq!(code, 0, "{stderr}");
    // Ten days earlier, the ending agreeing with the new day: the 24th is
    // "24-én", the 12th "12-ei", the 28th "28-án", the 20th "20. ".
    for moved in [
        "2025. augusztus 24-én",
        "2025. október 12-ei",
        "2025. gada 28. jūlijā",
        "2025. gada 20. septembrī",
    ] {
        assert!(copy.contains(moved), "{moved} in {copy}");
    }
    // The father's birth date goes whole (his field keeps its year); the
    // beneficiary's keeps only its year, as her field does.
    assert!(copy.contains("született [birth date "), "{copy}");
    assert!(!copy.contains("1979.") && !copy.contains("október 2"), "{copy}");
    assert!(copy.contains("born 2012. január 1-jén"), "{copy}");
    assert!(!copy.contains("június"), "{copy}");
}

#[test]
fn a_birth_date_after_the_hungarian_abbreviation_for_born_goes_whole() {
    let dir = scratch("szul");
    let case = dir.join("case.yaml");
    let text = YEAR_DOT_CASE.replace(
        "Her father, született 1979. október 2., signed it;",
        "Her father (szül. 1979. okt. 2.) signed it; her cousin, szül. 2009. III. 4., came;",
    );
    std::fs::write(&case, text).unwrap();
    let (code, copy, stderr) = run(&[case.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(copy.contains("(szül. [birth date "), "{copy}");
    assert!(copy.contains("cousin, szül. [birth date "), "{copy}");
    assert!(!copy.contains("okt. 2") && !copy.contains("2009"), "{copy}");
}

#[test]
fn a_hill_named_after_a_preposition_stays_but_a_person_of_the_case_named_so_goes() {
    let dir = scratch("hill");
    let case = dir.join("case.yaml");
    let text = YEAR_DOT_CASE
        .replace(
            "  filed: 2026-07-30",
            "  sponsors:\n    - name: Anna Hill\n      relationship: aunt\n  filed: 2026-07-30",
        )
        .replace(
            "          The Riga clinic",
            "          Her aunt lives near Anna Hill's shop, and the family's stall is near Kgale Hill.\n          The Riga clinic",
        );
    std::fs::write(&case, &text).unwrap();
    let (code, copy, stderr) = run(&[case.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(copy.contains("near Kgale Hill"), "{copy}");
    assert!(!copy.contains("Anna Hill"), "{copy}");
}
