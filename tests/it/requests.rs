//! From gaps to actions: the evidence-request letters (`--memo requests`),
//! the gap report's action list, the notes that only the gap report shows,
//! and the final gate of a re-filing whose baseline is incomplete.

use crate::support::*;
use rebut::check::Code;
use rebut::render::{self, MemoKind, Templates};

fn markdown(l: &Checked, kind: MemoKind) -> String {
    render::markdown(&l.memo(kind, true), &Templates::builtin()).unwrap()
}

/// Whether `word` stands in `text` as a word of its own (ids are short:
/// `E1` must not match inside `IOE0912…`).
fn has_word(text: &str, word: &str) -> bool {
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_');
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_part) && !after.is_some_and(is_part)
    })
}

/// Nothing internal: no ground or evidence id, no finding code, no
/// evidence-type or category id, no backtick.
fn assert_nothing_internal(l: &Checked, text: &str, what: &str) {
    assert!(!text.contains('`'), "{what}: a backtick\n{text}");
    for g in &l.case.grounds {
        assert!(!has_word(text, &g.id), "{what}: ground id {}", g.id);
        // (Ids that are English words, "documentation" or "other", are prose.)
        assert!(
            !g.category.contains('-') || !has_word(text, &g.category),
            "{what}: category {}",
            g.category
        );
    }
    for e in &l.case.evidence {
        assert!(!has_word(text, &e.id), "{what}: evidence id {}", e.id);
        assert!(
            !e.kind().contains('-') || !has_word(text, e.kind()),
            "{what}: type {}",
            e.kind()
        );
    }
    // ("deadline" is also an English word; the others are not.)
    for code in Code::ALL.iter().filter(|c| c.as_str().contains('-')) {
        assert!(!text.contains(code.as_str()), "{what}: code {}", code.as_str());
    }
}

/// The action list: from its heading to the next second-level heading.
fn action_list(gaps: &str) -> &str {
    let start = gaps.find("## Action list").expect("an action list");
    let rest = &gaps[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

#[test]
fn letters_and_the_action_list_say_nothing_internal() {
    for path in all_examples() {
        let l = check_file(&path);
        let letters = markdown(&l, MemoKind::Requests);
        assert_nothing_internal(&l, &letters, &format!("{} letters", path.display()));
        let gaps = markdown(&l, MemoKind::Gaps);
        assert_nothing_internal(&l, action_list(&gaps), &format!("{} action list", path.display()));
    }
}

#[test]
fn notes_are_shown_in_the_gap_report_and_in_no_filed_document() {
    let mut shown = 0;
    for path in all_examples() {
        let l = check_file(&path);
        let gaps = markdown(&l, MemoKind::Gaps);
        let memo = markdown(&l, MemoKind::default_for(l.case.info.decision.kind));
        let index = markdown(&l, MemoKind::Exhibits);
        let letters = markdown(&l, MemoKind::Requests);
        for note in l.case.evidence.iter().filter_map(|e| e.notes.as_deref()) {
            // The Markdown escapes some characters; compare a plain stretch.
            let probe = note
                .split(|c: char| !(c.is_alphanumeric() || c == ' '))
                .max_by_key(|part| part.len())
                .unwrap()
                .trim();
            assert!(probe.len() > 8, "a probe for {note:?}");
            assert!(
                gaps.contains(probe),
                "{}: gap report lacks {probe:?}",
                path.display()
            );
            for (name, text) in [("memo", &memo), ("exhibit index", &index), ("letters", &letters)] {
                assert!(
                    !text.contains(probe),
                    "{}: the {name} shows a note",
                    path.display()
                );
            }
            shown += 1;
        }
    }
    assert!(shown >= 4, "the examples have notes to show");
}

#[test]
fn the_mermaid_map_ends_the_markdown_gap_report_under_its_own_heading() {
    let out = Rebut::new()
        .args(["render", "--today", TODAY, "--memo", "gaps", "--format", "md"])
        .arg(root().join("examples/denial-with-gaps.yaml"))
        .status(0)
        .run()
        .stdout;
    let last = out.rfind("\n## ").unwrap();
    assert!(out[last..].starts_with("\n## Evidence map\n"), "{}", &out[last..]);
    assert!(out[last..].contains("```mermaid"));
    let actions = out.find("## Action list").unwrap();
    assert!(
        actions < out.find("## Overview").unwrap(),
        "the action list opens the report"
    );
}

/// An RFE with a response date, one requested letter, and a ground whose
/// expected types nothing in the file provides.
const RFE: &str = "    kind: rfe\n    date: 2026-11-01\n    respond_by: 2027-01-20";

const GROUNDS: &str = "  - id: G1
    category: medical-urgency
    cite: RFE at 2
    quote: Submit a current opinion.
    responses:
      - point: Her physician will write.
        evidence: [E1]
  - id: G2
    category: financial-support
    cite: RFE at 3
    quote: Show who pays.
    responses:
      - point: Her aunt pays.
        evidence: [E2]";

const EVIDENCE: &str = "  - id: E1
    type: physician-opinion
    title: Updated letter of Dr. Ruiz
    author: Dr. Ana Ruiz, Lima General Hospital
    status: requested
    requested_on: 2026-11-05
    notes: Call her office on Fridays.
  - id: E2
    type: financial-support
    title: Form I-134 of the aunt
    author: Rosa Test
    date: 2026-11-10
  - id: E3
    type: medical-record
    title: Biopsy report
    author: Lima General Hospital
    date: 2026-10-01";

#[test]
fn one_letter_per_person_with_the_concern_what_to_state_and_the_date() {
    let l = checked(&case_yaml(RFE, GROUNDS, EVIDENCE));
    let cx = l.memo(MemoKind::Requests, true);
    // Respond by January 20, 2027, less the playbook's ten days.
    assert_eq!(cx.requests.needed_by, "2027-01-10");
    assert_eq!(cx.requests.needed_by_rule, "response");
    let to: Vec<(&str, bool)> = cx
        .requests
        .letters
        .iter()
        .map(|x| (x.to.as_str(), x.role))
        .collect();
    // The author of the requested letter, then the role that writes a cost
    // estimate (G2 expects one; nothing in the file is one); then a letter
    // for each fact a memo would state that nothing in the file shows.
    assert_eq!(
        to[..2],
        [
            ("Dr. Ana Ruiz, Lima General Hospital", false),
            ("the US hospital's financial counseling office", true)
        ]
    );
    let ruiz = &cx.requests.letters[0];
    assert_eq!(ruiz.salutation.as_deref(), Some("Dr. Ruiz"));
    let doc = &ruiz.documents[0];
    assert_eq!((doc.reason, doc.days_waiting), ("requested", Some(20)));
    assert_eq!(doc.concerns.len(), 1);
    assert_eq!(doc.concerns[0].numeral, "I");
    assert_eq!(doc.must_state, l.playbook.must_state("physician-opinion"));

    let md = markdown(&l, MemoKind::Requests);
    assert_eq!(
        md.matches("\n---\n\n## Request for documents: ").count(),
        cx.requests.letters.len(),
        "{md}"
    );
    assert!(
        md.contains("> Submit a current opinion.\n>\n> (RFE at 2)"),
        "{md}"
    );
    assert!(
        md.contains("by **January 10, 2027**, to the address below"),
        "{md}"
    );
    assert!(
        md.contains("We asked for this document on November 5, 2026,"),
        "{md}"
    );
    assert!(md.contains("- the prognosis with the proposed treatment and without it"));
    assert!(!md.contains("Fridays"), "notes stay out of letters");

    // The biopsy report is in the file, cited by no point, and expected by
    // the medical-urgency ground: suggested there, and in the action list.
    let cite = &cx.grounds[0].could_cite;
    assert_eq!(
        cite.iter().map(|e| e.title).collect::<Vec<_>>(),
        ["Biopsy report"]
    );
    let gaps = markdown(&l, MemoKind::Gaps);
    let actions = action_list(&gaps);
    assert!(
        actions.contains("Cite *Biopsy report*, already in the file, where it could answer Ground I"),
        "{actions}"
    );
    assert!(
        actions.contains(
            "Asked for on November 5, 2026: waiting 20 days. *Team note:* Call her office on Fridays."
        ),
        "{actions}"
    );
    // Requested and cited: it blocks filing, so it comes first.
    assert!(
        actions.contains("1. **Blocks filing.** Chase *Updated letter of Dr. Ruiz*, asked of Dr. Ana Ruiz"),
        "{actions}"
    );
    // The biopsy report would strengthen an answered ground: not blocking.
    assert!(actions.contains(". Cite *Biopsy report*"), "{actions}");
    assert!(
        !actions.contains("**Blocks filing.** Cite *Biopsy report*"),
        "{actions}"
    );
}

#[test]
fn the_date_asked_for_is_today_when_the_margin_has_passed_and_two_weeks_after_a_denial() {
    let late = RFE.replace("2027-01-20", "2026-11-30");
    let l = checked(&case_yaml(&late, GROUNDS, EVIDENCE));
    let cx = l.memo(MemoKind::Requests, true);
    assert_eq!(
        (cx.requests.needed_by.as_str(), cx.requests.needed_by_rule),
        (TODAY, "now")
    );
    assert!(markdown(&l, MemoKind::Requests).contains("or sooner if you can"));

    let l = checked(&case_yaml(DENIAL, GROUNDS, EVIDENCE));
    let cx = l.memo(MemoKind::Requests, true);
    assert_eq!(
        (cx.requests.needed_by.as_str(), cx.requests.needed_by_rule),
        ("2026-12-09", "after-today")
    );
    // After a denial every baseline type counts: the support plan is asked
    // of its role even though no ground expects it, and marked as needed.
    let plan = cx
        .requests
        .letters
        .iter()
        .find(|x| x.to == "the host family or sponsor")
        .expect("a letter for the support plan");
    assert!(plan.documents[0].baseline && plan.documents[0].concerns.is_empty());
}

#[test]
fn a_case_with_nothing_to_request_says_so() {
    let out = Rebut::new()
        .args(["render", "--today", TODAY, "--memo", "requests", "--format", "md"])
        .arg(root().join("examples/noid-clean.yaml"))
        .status(0)
        .run()
        .stdout;
    assert!(out.contains("Nothing to request"), "{out}");
    assert!(!out.contains("---"), "no letter pages");
}

#[test]
fn letters_start_new_pages_in_html_and_word() {
    let dir = scratch("requests");
    let l = check_file("examples/denial-with-gaps.yaml");
    let cx = l.memo(MemoKind::Requests, true);
    let cx_letters = &cx.requests.letters;
    let letters = cx_letters.len();
    assert!(letters >= 5, "{letters}");
    // A letter in the writer's language is a page of its own, before the
    // English.
    // (One person, one letter: Dr. Fúnez's two documents share a letter.)
    let translated = cx_letters.iter().filter(|l| l.language.is_some()).count();
    assert!(translated >= 1, "{translated}");
    for (ext, format) in [("html", "html"), ("docx", "docx")] {
        let target = dir.join(format!("requests.{ext}"));
        Rebut::new()
            .args([
                "render", "--today", TODAY, "--memo", "requests", "--format", format, "-o",
            ])
            .arg(&target)
            .arg(root().join("examples/denial-with-gaps.yaml"))
            .status(0)
            .run();
        let bytes = std::fs::read(&target).unwrap();
        if ext == "html" {
            let html = String::from_utf8(bytes).unwrap();
            assert_eq!(
                html.matches("<hr />\n<h2>Request for documents: ").count(),
                letters,
                "{html}"
            );
        } else {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
            assert_eq!(xml.matches("pageBreakBefore").count(), letters + translated);
        }
    }
}

#[test]
fn a_final_refiling_needs_the_baseline_and_requests_are_never_final() {
    let refused = Rebut::new()
        .args(["render", "--today", TODAY, "--final", "--memo", "refiling"])
        .arg(root().join("examples/refiling-stale.yaml"))
        .status(1)
        .run();
    assert!(refused.stdout.is_empty());
    assert!(refused.stderr.contains("missing-baseline"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--memo requests"), "{}", refused.stderr);
    // The exhibit index of the same case is fileable: the gate is the re-filing's.
    Rebut::new()
        .args(["render", "--today", TODAY, "--final", "--memo", "exhibits"])
        .arg(root().join("examples/refiling-stale.yaml"))
        .status(0)
        .run();
    Rebut::new()
        .args(["render", "--today", TODAY, "--final", "--memo", "requests"])
        .arg(root().join("examples/refiling-stale.yaml"))
        .status(2)
        .stderr_contains("not a filing")
        .run();
}

#[test]
fn missing_baseline_is_in_the_json_report_and_the_playbook_prints_the_new_keys() {
    let out = Rebut::new()
        .args(["check", "--today", TODAY, "--format", "json"])
        .arg(root().join("examples/refiling-stale.yaml"))
        .status(0)
        .run()
        .stdout;
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let baseline: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "missing-baseline")
        .collect();
    assert_eq!(baseline.len(), 1, "{out}");
    assert_eq!(baseline[0]["subject"], "case");
    assert_eq!(baseline[0]["severity"], "warning");

    let printed = Rebut::new().args(["playbook"]).status(0).run().stdout;
    for key in [
        "must_state:",
        "author_role:",
        "baseline:",
        "request_margin_days: 10",
    ] {
        assert!(printed.contains(key), "{key}");
    }
}

#[test]
fn a_letter_quotes_every_concern_its_document_would_answer() {
    let l = check_file("examples/denial-with-gaps.yaml");
    let cx = l.memo(MemoKind::Requests, true);
    let numerals = |to: &str| -> Vec<Vec<String>> {
        let letter = cx
            .requests
            .letters
            .iter()
            .find(|x| x.to.starts_with(to))
            .unwrap_or_else(|| panic!("a letter to {to}"));
        letter
            .documents
            .iter()
            .map(|d| d.concerns.iter().map(|c| c.numeral.clone()).collect())
            .collect()
    };
    // The cost estimate is cited for Ground III, and Ground IV (financial
    // support) expects one and cites none.
    assert_eq!(
        numerals("St. Brendan Children's Hospital, Financial"),
        [["III", "IV"]]
    );
    // The undated physician's letter is cited for Ground I; Ground II
    // (treatment unavailable) expects a physician's opinion and has none.
    // (A second document may follow in that letter: an updated opinion for
    // the facts a memo must state from evidence dated after the decision.)
    assert_eq!(numerals("Dr. Gabriela Fúnez")[0], ["I", "II"]);
}

/// A re-filing whose support plan and aftercare plan nothing in the file
/// provides, with `people` under `case:` (petitioner, sponsors).
fn named_people_case(people: &str, evidence: &str) -> String {
    format!(
        "rebut: 1
case:
  title: Test case
  beneficiary: {{name: Ana Test, country: Peru}}
{people}
  representative: {{name: J. Ortiz, firm: Ortiz Law}}
  request: {{period: 6 months}}
  filed: 2026-05-01
  decision: {{kind: denial, date: 2026-10-01}}
grounds:
  - id: G1
    category: support-plan
    quote: No plan for the stay is shown.
  - id: G2
    category: temporary-stay
    quote: The stay is not shown to be temporary.
evidence:
{evidence}"
    )
}

const HOME_DOCTOR: &str = "  - id: E1
    type: physician-opinion
    title: Letter of Dr. Quispe
    author: Dr. Rosa Quispe Mamani, Hospital del Niño, Lima
    date: 2026-10-20";

fn letter<'a>(
    cx: &'a rebut::render::MemoContext<'a>,
    title: &str,
) -> &'a rebut::render::requests::Letter<'a> {
    cx.requests
        .letters
        .iter()
        .find(|l| l.documents.iter().any(|d| d.type_label == title))
        .unwrap_or_else(|| panic!("a letter asks for {title}"))
}

#[test]
fn a_sponsor_the_file_names_is_asked_by_name() {
    let text = named_people_case(
        "  petitioner: {name: Ana Reyes, relationship: mother}\n  sponsors: [{name: Luis Reyes, relationship: uncle}]",
        HOME_DOCTOR,
    );
    let l = checked(&text);
    let cx = l.memo(MemoKind::Requests, true);
    let plan = letter(&cx, "Plan for housing, care and subsistence");
    assert_eq!(
        (plan.to.as_str(), plan.role, plan.capacity),
        ("Luis Reyes", false, Some("sponsor"))
    );
    let md = markdown(&l, MemoKind::Requests);
    assert!(md.contains("**To:** Luis Reyes, sponsor\\"), "{md}");
    assert!(md.contains("Dear Luis Reyes:"), "{md}");
    assert!(md.contains("I represent Ana Reyes, who is asking"), "{md}");
    // The draft re-filing's gap marker names the same person.
    let memo = markdown(&l, MemoKind::Refiling);
    assert!(
        memo.contains("plan for housing, care and subsistence, which every complete request needs whatever the denial said: obtain it from Luis Reyes."),
        "{memo}"
    );
    assert!(!md.contains("host family or sponsor"), "{md}");
}

#[test]
fn the_petitioner_who_is_the_sponsor_is_addressed_as_such() {
    let text = named_people_case(
        "  petitioner: {name: Ángel Reyes, relationship: uncle}\n  sponsors: [{name: ángel reyes}]",
        HOME_DOCTOR,
    );
    let l = checked(&text);
    let md = markdown(&l, MemoKind::Requests);
    assert!(
        md.contains("**To:** ángel reyes, petitioner and sponsor\\"),
        "{md}"
    );
    assert!(
        md.contains("As your representative, I am preparing your request to US Citizenship and Immigration Services (USCIS) for humanitarian parole for"),
        "{md}"
    );
    assert!(!md.contains("host family or sponsor"), "{md}");
    // Without sponsors, the petitioner is asked for the support plan.
    let text = named_people_case(
        "  petitioner: {name: Luis Reyes, relationship: uncle}",
        HOME_DOCTOR,
    );
    let l = checked(&text);
    let cx = l.memo(MemoKind::Requests, true);
    let plan = letter(&cx, "Plan for housing, care and subsistence");
    assert_eq!(
        (plan.to.as_str(), plan.capacity),
        ("Luis Reyes", Some("petitioner"))
    );
}

#[test]
fn the_aftercare_plan_goes_to_the_physician_at_home() {
    let l = checked(&named_people_case("", HOME_DOCTOR));
    let cx = l.memo(MemoKind::Requests, true);
    let aftercare = letter(&cx, "Aftercare and return plan");
    assert_eq!(
        (aftercare.to.as_str(), aftercare.role),
        ("Dr. Rosa Quispe Mamani, Hospital del Niño, Lima", false)
    );
    assert_eq!(aftercare.salutation.as_deref(), Some("Dr. Quispe Mamani"));
    // Nobody named: the role, which is the physician at home, never the US one.
    let l = checked(&named_people_case(
        "",
        "  - id: E9\n    type: other\n    title: Photograph",
    ));
    let cx = l.memo(MemoKind::Requests, true);
    let aftercare = letter(&cx, "Aftercare and return plan");
    assert!(aftercare.role);
    assert!(aftercare.to.contains("home country"), "{}", aftercare.to);
    assert!(!aftercare.to.contains("US"), "{}", aftercare.to);
}

#[test]
fn a_category_names_its_own_role_for_a_type() {
    // A physician's opinion, requested from nobody named, for a ground on
    // US treatment: the US treating physician, by the category's role.
    let text = case_yaml(
        "    kind: rfe\n    date: 2026-10-01",
        "  - id: G1
    category: us-treatment-arranged
    quote: No US provider has accepted the patient.
    responses:
      - point: The US physician will write.
        evidence: [E1]",
        "  - id: E1
    type: physician-opinion
    title: Letter of the US physician
    status: requested",
    );
    let l = checked(&text);
    let cx = l.memo(MemoKind::Requests, true);
    // Other letters ask for the facts the memo cannot yet state; the one
    // for this opinion goes to the US treating physician.
    let to: Vec<&str> = cx
        .requests
        .letters
        .iter()
        .filter(|l| {
            l.documents
                .iter()
                .any(|d| d.title == "Letter of the US physician")
        })
        .map(|l| l.to.as_str())
        .collect();
    assert_eq!(to, ["the US treating physician"]);
}

#[test]
fn the_playbook_refuses_a_fact_by_someone_it_does_not_know() {
    let text = rebut::playbook::DEFAULT_TEXT.replacen("    by: petitioner\n", "    by: petitoner\n", 1);
    let source = rebut::input::Source::from_text("pb.yaml", &text);
    let problems = match rebut::playbook::Playbook::from_source(&source) {
        Ok(_) => panic!("the playbook should be refused"),
        Err(u) => u.problems,
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.contains("petitoner"),
        "{}",
        problems[0].message
    );
    let line = text.lines().position(|l| l.contains("by: petitoner")).unwrap() as u32 + 1;
    assert_eq!(problems[0].loc.map(|l| l.line), Some(line));
}

#[test]
fn the_playbook_refuses_an_unknown_ask_or_category_role() {
    let text = rebut::playbook::DEFAULT_TEXT
        .replacen(
            "    ask: [sponsor, petitioner]\n",
            "    ask: [sponsr, petitioner]\n",
            1,
        )
        .replacen(
            "      physician-opinion: the US treating physician\n",
            "      physician-opinon: the US treating physician\n",
            1,
        );
    let source = rebut::input::Source::from_text("pb.yaml", &text);
    let problems = match rebut::playbook::Playbook::from_source(&source) {
        Ok(_) => panic!("the playbook should be refused"),
        Err(u) => u.problems,
    };
    let messages: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
    assert_eq!(problems.len(), 2, "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("`sponsr`")), "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("`physician-opinon`")),
        "{messages:?}"
    );
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1;
    let lines: Vec<u32> = problems.iter().filter_map(|p| p.loc.map(|l| l.line)).collect();
    assert!(lines.contains(&line("sponsr")), "{lines:?}");
    assert!(lines.contains(&line("physician-opinon")), "{lines:?}");
}

#[test]
fn every_draft_says_it_is_a_draft_and_no_final_does() {
    for path in all_examples() {
        let l = check_file(&path);
        let decision = l.case.info.decision.kind;
        for kind in MemoKind::ALL.into_iter().filter(|k| k.fits(decision)) {
            if matches!(kind, MemoKind::Gaps | MemoKind::Requests | MemoKind::Declarations) {
                continue;
            }
            let draft = markdown(&l, kind);
            assert!(
                draft.contains("*Draft, not for filing"),
                "{} {kind:?}:\n{draft}",
                path.display()
            );
            let html =
                render::render(&l.memo(kind, true), render::Format::Html, &Templates::builtin()).unwrap();
            assert!(
                String::from_utf8_lossy(&html).contains("Draft, not for filing"),
                "{kind:?}"
            );
            let fin = render::markdown(&l.memo(kind, false), &Templates::builtin()).unwrap();
            assert!(
                !fin.contains("Draft"),
                "{} {kind:?} final:\n{fin}",
                path.display()
            );
        }
    }
}
