//! The paperwork around the memo: draft declarations under 28 U.S.C.
//! § 1746 (`--memo declarations`), request letters in the writer's
//! language that ask what the grounds need and end with a reply address,
//! the courier task of the last days and a re-filing's pre-filing
//! checklist.

use crate::support::*;
use rebut::playbook::{LETTER_WORDS, Playbook};
use rebut::render::{self, MemoKind, Templates};

fn markdown(l: &Checked, kind: MemoKind) -> String {
    render::markdown(&l.memo(kind, true), &Templates::builtin()).unwrap()
}

/// A case with a petitioner who is also the sponsor, a companion and a
/// second sponsor; `decision` and `evidence` as given.
fn people_case(decision: &str, evidence: &str) -> String {
    format!(
        "rebut: 1
case:
  title: Test case
  beneficiary: {{name: Ana Test, country: Honduras}}
  petitioner:
    name: Luis Reyes
    relationship: uncle, US citizen
    address: 12 Elm Street, Houston, TX 77004
    phone: \"+1 713 555 0100\"
    email: luis@example.org
  companions:
    - {{name: Rosa Test, relationship: mother, role: caregiver}}
  sponsors:
    - {{name: luis reyes, relationship: uncle}}
    - {{name: Marta Díaz, relationship: family friend}}
  request: {{period: 6 months}}
  treatment: {{provider: St. Jude Test Hospital}}
  filed: 2026-05-01
  decision:
{decision}
grounds:
  - id: G1
    category: treatment-unavailable
    cite: Decision at 2
    quote: Treatment is not shown to be unavailable in Honduras or nearby.
  - id: G2
    category: financial-support
    quote: Nothing shows who pays.
evidence:
{evidence}"
    )
}

const DENIAL: &str = "    kind: denial\n    date: 2026-10-01";

const EXPERT: &str = "  - id: E1
    type: independent-expert
    title: Opinion of Dr. Mora on treatment in the region
    author: Dr. Elena Mora Paz, Hospital Escuela, Tegucigalpa
    status: requested
    language: es";

/// The numbered paragraphs of the declaration of `name`.
fn paragraphs<'a>(md: &'a str, name: &str) -> Vec<&'a str> {
    let start = md
        .find(&format!("## Declaration of {name}"))
        .unwrap_or_else(|| panic!("a declaration of {name}\n{md}"));
    let rest = &md[start..];
    let end = rest.find("**If signed in the United States:**").unwrap();
    rest[..end]
        .lines()
        .filter(|l| l.split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok()))
        .collect()
}

#[test]
fn one_declaration_per_person_with_blanks_for_what_only_they_know() {
    let l = checked(&people_case(DENIAL, EXPERT));
    let cx = l.memo(MemoKind::Declarations, true);
    let people: Vec<(&str, Vec<&str>)> = cx
        .declarants
        .iter()
        .map(|d| (d.name, d.capacities.clone()))
        .collect();
    // The petitioner who is also a sponsor signs one declaration.
    assert_eq!(
        people,
        [
            ("Luis Reyes", vec!["petitioner", "sponsor"]),
            ("Marta Díaz", vec!["sponsor"]),
            ("Rosa Test", vec!["companion"]),
        ]
    );
    let md = markdown(&l, MemoKind::Declarations);
    let luis = paragraphs(&md, "Luis Reyes");
    // Pre-filled from the case: name, relationship, address.
    assert!(luis[0].starts_with("1. My name is Luis Reyes."), "{md}");
    assert_eq!(luis[1], "2. I am the uncle of Ana Test.");
    assert!(
        luis[2].contains("I live at 12 Elm Street, Houston, TX 77004."),
        "{md}"
    );
    // Nothing sworn that the file lacks: every other statement has a blank.
    for p in luis
        .iter()
        .chain(&paragraphs(&md, "Rosa Test"))
        .chain(&paragraphs(&md, "Marta Díaz"))
    {
        let prefilled = p.contains("I am the uncle of")
            || p.contains("I am the mother of")
            || p.contains("I am the family friend of")
            || p.contains("I make this declaration in support");
        assert!(prefilled || p.contains('['), "a statement without a blank: {p}");
    }
    // Who pays: the sponsor's topic, since nothing in the file shows it.
    assert!(
        luis.iter()
            .any(|p| p.contains("I commit to pay up to [amount] US dollars")),
        "{md}"
    );
    let rosa = paragraphs(&md, "Rosa Test").join("\n");
    assert!(
        rosa.contains("I will travel with Ana Test as caregiver."),
        "{rosa}"
    );
    assert!(rosa.contains("I live at [full address]."), "{rosa}");
    // Paragraphs are numbered through the declaration.
    let numbers: Vec<u32> = luis
        .iter()
        .map(|p| p.split_once('.').unwrap().0.parse().unwrap())
        .collect();
    assert_eq!(numbers, (1..=numbers.len() as u32).collect::<Vec<_>>());
    // Both forms of the statute, each once per declaration, from the playbook.
    let d = &l.playbook.declarations;
    assert!(
        d.outside
            .contains("under the laws of the United States of America")
    );
    assert!(!d.inside.contains("United States of America"));
    for form in [&d.inside, &d.outside] {
        let first = form.lines().next().unwrap();
        assert_eq!(md.matches(first).count(), 3, "{first}");
    }
    assert_eq!(md.matches("\n---\n\n## Declaration of ").count(), 3);
}

#[test]
fn a_topic_the_record_already_shows_is_left_out() {
    let funded = format!(
        "{EXPERT}
  - id: E2
    type: financial-support
    title: Form I-134 of Luis Reyes
    date: 2026-10-20"
    );
    let text = people_case(DENIAL, &funded).replace(
        "    quote: Nothing shows who pays.",
        "    quote: Nothing shows who pays.\n    responses:\n      - point: The uncle pays.\n        evidence: [E2]",
    );
    let l = checked(&text);
    assert!(l.facts.established("funding"));
    let md = markdown(&l, MemoKind::Declarations);
    assert!(!md.contains("I commit to pay"), "{md}");
    assert!(md.contains("leaves out who will pay"), "{md}");
    assert!(md.contains("which the record already shows"), "{md}");
}

#[test]
fn declarations_are_never_final_and_name_nobody_when_the_file_names_nobody() {
    let text = case_yaml(
        "    kind: rfe\n    date: 2026-10-01",
        "  - id: G1\n    category: other\n    quote: Explain.",
        "  - id: E1\n    type: other\n    title: Photograph",
    );
    let l = checked(&text);
    let md = markdown(&l, MemoKind::Declarations);
    assert!(
        md.contains("The case file names nobody who could sign a declaration."),
        "{md}"
    );
    assert!(rebut::render::fileable::never_filed(MemoKind::Declarations).is_some());
    Rebut::new()
        .args(["render", "--today", TODAY, "--final", "--memo", "declarations"])
        .arg(root().join("examples/noid-clean.yaml"))
        .status(2)
        .run();
}

#[test]
fn a_letter_to_a_spanish_writer_is_in_spanish_first_and_asks_what_the_ground_needs() {
    let l = checked(&people_case(DENIAL, EXPERT));
    let cx = l.memo(MemoKind::Requests, true);
    let mora = cx
        .requests
        .letters
        .iter()
        .find(|x| x.to.starts_with("Dr. Elena Mora"))
        .unwrap();
    assert_eq!(mora.language, Some("es"));
    let md = markdown(&l, MemoKind::Requests);
    let es = md
        .find("## Solicitud de documentos: Dr. Elena Mora Paz")
        .expect(&md);
    let en = md.find("## Request for documents: Dr. Elena Mora Paz").unwrap();
    assert!(es < en, "the Spanish comes first");
    let spanish = &md[es..en];
    // Dates and sentences in Spanish, the wording the playbook gives.
    assert!(
        spanish.contains("**Fecha:** 25 de noviembre de 2026"),
        "{spanish}"
    );
    assert!(spanish.contains("el 1 de octubre de 2026"), "{spanish}");
    assert!(
        spanish.contains("A continuación figura la versión en inglés"),
        "{spanish}"
    );
    // What the ground needs, beside what the type must state: the centers,
    // their waiting lists and their rules for foreign patients.
    assert!(
        spanish.contains("su lista o tiempo de espera, y sus normas para admitir pacientes del extranjero"),
        "{spanish}"
    );
    let english = &md[en..];
    assert!(
        english
            .contains("its waiting list or waiting time, and its rules for admitting patients from abroad"),
        "{english}"
    );
    assert!(
        english.contains("the expert's qualifications and specialty"),
        "{english}"
    );
    // The reply address in both, from the petitioner (no representative).
    for (text, phone) in [
        (spanish, "Teléfono: +1 713 555 0100"),
        (english, "Telephone: +1 713 555 0100"),
    ] {
        assert!(text.contains("12 Elm Street, Houston, TX 77004\\"), "{text}");
        assert!(text.contains(phone), "{text}");
        assert!(text.contains("<luis@example.org>"), "{text}");
    }
    // A letter to someone whose documents are all in English stays English.
    assert!(!md.contains("## Solicitud de documentos: Luis Reyes"), "{md}");
}

#[test]
fn a_french_letter_for_a_french_document_and_the_first_of_the_month() {
    let evidence = "  - id: E1
    type: medical-record
    title: Dossier de l'hôpital
    author: Hôpital Saint-Michel, Jacmel
    status: requested
    requested_on: 2026-11-01
    language: French";
    let text = people_case(DENIAL, evidence)
        .replace("country: Honduras", "country: Haiti")
        .replace("category: financial-support", "category: medical-urgency");
    let l = checked(&text);
    let md = markdown(&l, MemoKind::Requests);
    let fr = md
        .find("## Demande de documents\u{a0}: Hôpital Saint-Michel")
        .expect(&md);
    let french = &md[fr..];
    assert!(
        french.contains("Nous vous avons demandé ce document le 1er novembre 2026"),
        "{french}"
    );
    assert!(french.contains("Madame, Monsieur,"), "{french}");
    // French spaces its colons, with a space that does not break.
    assert!(
        french.contains("**Destinataire\u{a0}:** Hôpital Saint-Michel"),
        "{french}"
    );
    assert!(!french.contains(" :"), "{french}");
    assert!(french.contains("Téléphone\u{a0}: +1 713 555 0100"), "{french}");
}

#[test]
fn a_letter_for_a_portuguese_document_says_the_playbook_has_no_portuguese() {
    let evidence = EXPERT.replace("language: es", "language: pt").replace(
        "Dr. Elena Mora Paz, Hospital Escuela, Tegucigalpa",
        "Dr. Elena Mora Paz, Hospital Escola, Recife",
    );
    let text = people_case(DENIAL, &evidence).replace("country: Honduras", "country: Brazil");
    let l = checked(&text);
    let cx = l.memo(MemoKind::Requests, true);
    let mora = cx
        .requests
        .letters
        .iter()
        .find(|x| x.to.starts_with("Dr. Elena"))
        .unwrap();
    assert_eq!((mora.language, mora.unworded), (None, Some("Portuguese")));
    let md = markdown(&l, MemoKind::Requests);
    assert!(md.contains("(in English only: the document is in Portuguese, and the playbook has no letter wording in it; have the letter translated)"), "{md}");
}

#[test]
fn a_letter_with_no_reply_address_says_what_is_missing() {
    let text = people_case(DENIAL, EXPERT)
        .replace("    address: 12 Elm Street, Houston, TX 77004\n", "")
        .replace("    phone: \"+1 713 555 0100\"\n", "");
    let l = checked(&text);
    let md = markdown(&l, MemoKind::Requests);
    assert!(md.contains("Luis Reyes\\\n[not in the case file: to be completed]\\\nTelephone: [not in the case file: to be completed]\\\nE-mail: <luis@example.org>"), "{md}");
    assert!(
        md.contains("Teléfono: [no figura en el expediente: por completar]"),
        "{md}"
    );
}

#[test]
fn with_days_left_the_first_task_is_the_courier() {
    let grounds = "  - id: G1\n    category: other\n    quote: Explain.";
    let evidence = "  - id: E1\n    type: other\n    title: Photograph";
    let first_task = |respond_by: &str| {
        let text = case_yaml(
            &format!("    kind: noid\n    date: 2026-10-01\n    respond_by: {respond_by}"),
            grounds,
            evidence,
        );
        let l = checked(&text);
        let cx = l.memo(MemoKind::Gaps, true);
        (cx.actions[0].task, markdown(&l, MemoKind::Gaps))
    };
    // Due in two days (today is November 25, 2026).
    let (task, md) = first_task("2026-11-27");
    assert_eq!(task, "courier");
    assert!(
        md.contains("1. Send the response today by a courier that tracks the package and confirms delivery, to the address the notice gives: USCIS must receive it by November 27, 2026"),
        "{md}"
    );
    // The summary counts the courier apart: it neither blocks filing nor
    // makes the case stronger, and the tasks that block come right after it.
    let text = case_yaml(
        "    kind: noid\n    date: 2026-10-01\n    respond_by: 2026-11-27",
        grounds,
        evidence,
    );
    let l = checked(&text);
    let actions = l.memo(MemoKind::Gaps, true).actions;
    let blocking = actions.iter().filter(|a| a.blocking).count();
    assert!(blocking > 0 && !actions[0].blocking, "{actions:?}");
    assert!(actions[1..=blocking].iter().all(|a| a.blocking), "{actions:?}");
    let next = if blocking == 1 {
        "the next one blocks filing".to_owned()
    } else {
        format!("the next {} block filing", words(blocking))
    };
    assert!(
        md.contains(&format!("The first task gets the response there in time; {next}")),
        "{md}"
    );
    assert!(!md.contains("The first task blocks filing"), "{md}");
    assert_eq!(first_task("2026-11-30").0, "courier");
    assert_ne!(first_task("2026-12-01").0, "courier");
    // Once the date has passed, sending it today does not make it in time.
    assert_ne!(first_task("2026-11-24").0, "courier");
}

#[test]
fn a_refiling_gap_report_carries_the_prefiling_checklist() {
    let l = check_file("examples/refiling-stale.yaml");
    let md = markdown(&l, MemoKind::Gaps);
    assert!(!l.playbook.prefiling.is_empty());
    for line in &l.playbook.prefiling {
        assert!(md.contains(&format!("- [ ] {line}")), "{line}\n{md}");
    }
    assert!(md.contains("## Before filing"));
    let rebuttal = markdown(&check_file("examples/noid-clean.yaml"), MemoKind::Gaps);
    assert!(!rebuttal.contains("## Before filing"), "{rebuttal}");
}

#[test]
fn the_default_playbook_has_complete_spanish_and_french_letters() {
    let p = Playbook::builtin();
    for code in ["es", "fr"] {
        let w = &p.letters[code];
        for key in LETTER_WORDS {
            assert!(w.words.contains_key(key), "{code}: {key}");
        }
        assert_eq!(w.months.len(), 12);
        for t in &p.evidence_types {
            let tw = w
                .types
                .get(&t.id)
                .unwrap_or_else(|| panic!("{code}: type {}", t.id));
            assert!(tw.label.is_some(), "{code}: {}", t.id);
            assert_eq!(tw.must_state.len(), t.must_state.len(), "{code}: {}", t.id);
            if let Some(role) = &t.author_role {
                assert!(w.roles.contains_key(role), "{code}: role {role}");
            }
        }
        for c in &p.categories {
            let cw = w
                .categories
                .get(&c.id)
                .unwrap_or_else(|| panic!("{code}: category {}", c.id));
            assert!(cw.label.is_some(), "{code}: {}", c.id);
            assert_eq!(cw.letter.len(), c.letter.len(), "{code}: {}", c.id);
        }
        for f in &p.facts {
            assert!(w.facts.contains_key(&f.id), "{code}: fact {}", f.id);
        }
    }
}

#[test]
fn the_playbook_locates_a_broken_letter_or_declaration() {
    let text = rebut::playbook::DEFAULT_TEXT
        .replacen("      thanks: Le agradezco de antemano su ayuda.\n", "", 1)
        .replacen(
            "    companion: [identity, travel,",
            "    companion: [identity, travels,",
            1,
        )
        .replacen("    date: \"{{ day }} de", "    date: \"{{ day de", 1);
    let problems = playbook_problems(&text);
    for wanted in [
        "`letters.es.words` is missing `thanks`",
        "unknown topic `travels`",
        "`letters.es.date` is not a valid template",
    ] {
        assert!(
            problems.iter().any(|p| p.contains(wanted)),
            "{wanted}: {problems:?}"
        );
    }
}

fn playbook_problems(text: &str) -> Vec<String> {
    let source = rebut::input::Source::from_text("playbook.yaml", text);
    match Playbook::from_source(&source) {
        Ok(_) => Vec::new(),
        Err(unusable) => unusable.problems.iter().map(|p| p.message.clone()).collect(),
    }
}

fn words(n: usize) -> &'static str {
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ][n]
}
