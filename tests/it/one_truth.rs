//! One truth in every document of a case: the action list's "blocks
//! filing" and `--final` come from one rule; a person gets one letter; a
//! kind of document the record holds is never called missing; a ground
//! that current evidence in the file would answer is a task to cite it; a
//! chronology row no exhibit shows is marked in a draft and left out of a
//! filed memo.

use crate::support::*;
use rebut::render::requests::reason_of;
use rebut::render::{self, Format, MemoKind, Templates, fileable};

fn md(l: &Checked, kind: MemoKind, draft: bool) -> String {
    String::from_utf8(render::memo(l, kind, draft, Format::Markdown, &Templates::builtin()).unwrap()).unwrap()
}

/// The action list of the gap report, as printed.
fn action_list(l: &Checked) -> String {
    let gaps = md(l, MemoKind::Gaps, true);
    gaps[gaps.find("## Action list").unwrap()..gaps.find("## Overview").unwrap()].to_owned()
}

/// Every reason `--final` gives for the case's filing has a blocking task,
/// and every blocking task removes one of them.
pub fn assert_one_rule(l: &Checked, what: &str) {
    let blockers = fileable::blocks_filing(l);
    let reasons: Vec<_> = blockers.iter().map(|f| reason_of(l, f)).collect();
    let cx = l.memo(MemoKind::Gaps, true);
    for (f, reason) in blockers.iter().zip(&reasons) {
        assert!(
            cx.actions
                .iter()
                .any(|a| a.blocking && a.resolves.contains(reason)),
            "{what}: --final refuses for `{}` but no task that blocks filing removes it",
            f.message
        );
    }
    for a in cx.actions.iter().filter(|a| a.blocking) {
        assert!(
            a.resolves.iter().any(|r| reasons.contains(r)),
            "{what}: task {} ({:?}) blocks filing, but --final does not refuse for it",
            a.number,
            a.document
        );
    }
    let main = MemoKind::default_for(l.case.info.decision.kind);
    let refused = fileable::check(l, main).is_err() || fileable::check(l, MemoKind::Cover).is_err();
    assert_eq!(
        refused,
        cx.actions.iter().any(|a| a.blocking),
        "{what}: --final and the action list disagree"
    );
}

#[test]
fn blocks_filing_means_what_final_refuses_in_every_example() {
    for path in all_examples() {
        let l = check_file(&path);
        assert_one_rule(&l, &path.display().to_string());
    }
}

#[test]
fn the_denial_examples_action_list_blocks_on_the_signature_and_address_and_not_on_the_visa_record() {
    let l = check_file("examples/denial-with-gaps.yaml");
    let actions = action_list(&l);
    let line = |needle: &str| {
        actions
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no task mentions {needle}:\n{actions}"))
            .to_owned()
    };
    assert!(
        !line("Obtain a visa record").contains("Blocks filing"),
        "{actions}"
    );
    assert!(
        line("Complete the signature block, which lacks a bar number").contains("**Blocks filing.**"),
        "{actions}"
    );
    assert!(
        line("no filing address for the new request").contains("**Blocks filing.**"),
        "{actions}"
    );
    // The oncology program's letter answers Ground II, whose points cite
    // nothing: citing it is what removes that reason, so it blocks; no
    // second "find evidence for Ground II" task says the same.
    assert!(
        line("*Letter of the national pediatric oncology program").contains("**Blocks filing.**"),
        "{actions}"
    );
    assert!(
        !actions.contains("Find and cite evidence for Ground II"),
        "{actions}"
    );
}

#[test]
fn one_letter_per_person_and_no_kind_on_file_is_called_missing() {
    let l = check_file("examples/denial-with-gaps.yaml");
    let cx = l.memo(MemoKind::Requests, true);
    let to: Vec<&str> = cx.requests.letters.iter().map(|l| l.to.as_str()).collect();
    let mut unique = to.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), to.len(), "{to:?}");
    assert!(
        !to.contains(&"the treating physician"),
        "Ex. A is her opinion: {to:?}"
    );
    let funez = cx
        .requests
        .letters
        .iter()
        .find(|l| l.to.starts_with("Dr. Gabriela Fúnez"))
        .unwrap();
    assert!(funez.documents.iter().any(|d| d.letter == Some("A")));
    for letter in &cx.requests.letters {
        for doc in letter.documents.iter().filter(|d| d.reason == "missing") {
            let kind = l
                .playbook
                .evidence_type_ids()
                .find(|t| l.playbook.type_label(t) == doc.type_label)
                .unwrap();
            assert!(
                !l.case.evidence.iter().any(|e| e.is_kind(kind)),
                "{} is called missing, but the file holds one",
                doc.title
            );
        }
    }
    // The family member travelling is asked by name for the visa record.
    let letters = md(&l, MemoKind::Requests, true);
    assert!(
        letters.contains("## Request for documents: Marisol Ruiz Cárcamo"),
        "{letters}"
    );
    assert!(!letters.contains("Dear Sir or Madam:\n\nAs your"), "{letters}");
    assert!(!letters.contains("asking on your behalf US"), "{letters}");
}

#[test]
fn a_fact_a_document_on_file_does_not_state_is_asked_of_its_author_in_one_letter() {
    // Dr. Paz's letter (current) shows the diagnosis; nothing shows that
    // the treatment is unavailable at home.
    let text = case_yaml(
        "    kind: noid\n    date: 2026-10-01\n    respond_by: 2026-12-30",
        "  - id: G1\n    category: medical-urgency\n    quote: Not shown.\n    responses:\n      - point: It is shown.\n        evidence: [doc]\n",
        "  - {id: doc, type: physician-opinion, title: Letter of Dr. Ana Paz, author: \"Dr. Ana Paz, City Clinic\", date: 2026-11-01}\n",
    );
    let l = checked(&text);
    let draft = md(&l, MemoKind::Rebuttal, true);
    assert!(
        draft.contains("no exhibit yet shows that the treatment is not available in the home country or the region: Exhibit A is not shown to state it: ask Dr. Ana Paz, City Clinic, where it does, or for a letter that does"),
        "{draft}"
    );
    let letters = md(&l, MemoKind::Requests, true);
    assert!(!letters.contains("the treating physician"), "{letters}");
    assert_eq!(
        letters.matches("## Request for documents: Dr. Ana Paz").count(),
        1,
        "{letters}"
    );
    assert!(
        letters.contains("The document we have, dated November 1, 2026, is not yet shown to address that the condition is life-threatening and that the treatment is not available in the home country or the region, on which the request relies. If it does, please tell us where; if it does not, and you can address them from what you know, please send a letter that does, signed and dated."),
        "{letters}"
    );
    let paz = &letters[letters.find("### Letter of Dr. Ana Paz").unwrap()..];
    let paz = &paz[..paz.find("### Aftercare").unwrap_or(paz.len())];
    assert!(
        !paz.contains("does not yet include a document of this kind"),
        "{paz}"
    );
    let actions = action_list(&l);
    assert!(
        actions.contains("*Letter of Dr. Ana Paz* (Ex. A) is not shown to state that the condition is life-threatening and that the treatment is not available in the home country or the region: ask Dr. Ana Paz, City Clinic, where it does, or for a letter that does"),
        "{actions}"
    );
    assert_one_rule(&l, "lacks");
}

#[test]
fn a_refiling_ground_with_only_old_evidence_is_a_task_to_cite_the_current_exhibit() {
    let l = check_file("examples/refiling-stale.yaml");
    let actions = action_list(&l);
    assert!(!actions.contains("Find new evidence for Ground I"), "{actions}");
    let cite = actions
        .lines()
        .find(|l| l.contains("Cite *Updated opinion of Dr. Iryna Bondarenko"))
        .unwrap_or_else(|| panic!("{actions}"));
    assert!(
        cite.contains("**Blocks filing.**") && cite.contains("Grounds I and II"),
        "{cite}"
    );
    let memo = md(&l, MemoKind::Refiling, true);
    assert!(
        memo.contains("nothing new answers this ground; cite Exhibit K, already in the file"),
        "{memo}"
    );
    assert!(!memo.contains("obtain new evidence that answers it"), "{memo}");
    assert!(
        !memo.contains("for an updated opinion, dated and signed"),
        "{memo}"
    );
}

#[test]
fn a_chronology_row_no_exhibit_shows_is_marked_in_a_draft_and_left_out_of_a_filed_memo() {
    let l = check_file("examples/noid-clean.yaml");
    let draft = md(&l, MemoKind::Rebuttal, true);
    assert!(
        draft.contains(
            "| July 21, 2026 | Form I-131 and Form I-134 filed. | **⚠ Gap: no exhibit shows this event.** |"
        ),
        "{draft}"
    );
    let filed = md(&l, MemoKind::Rebuttal, false);
    assert!(!filed.contains("Form I-131 and Form I-134 filed."), "{filed}");
    assert!(!filed.contains("| — |"), "{filed}");
    assert!(
        filed.contains("| November 19, 2026 | Dr. Augustin issues an updated opinion. | Ex. A |"),
        "{filed}"
    );
    // The same rows are a task of the gap report.
    assert!(
        action_list(&l).contains("Cite an exhibit for each event of the chronology that none shows (September 8, 2025; July 21, 2026; and November 17, 2026)"),
        "{}",
        action_list(&l)
    );
}

#[test]
fn a_refiling_encloses_no_fee_that_is_paid_only_if_parole_is_granted() {
    let l = check_file("examples/denial-with-gaps.yaml");
    for kind in [MemoKind::Refiling, MemoKind::Cover] {
        let memo = md(&l, kind, true);
        assert!(!memo.contains("to be paid if parole is granted"), "{memo}");
        assert!(memo.contains("The filing fee for each Form I-131"), "{memo}");
    }
    let exhibits = md(&l, MemoKind::Refiling, true);
    assert!(
        exhibits.contains("**⚠ Gap: no point cites the letter of the national pediatric oncology program"),
        "{exhibits}"
    );
    assert!(!exhibits.contains("is cited by no point"), "{exhibits}");
}

#[test]
fn the_physician_letter_that_gives_survival_in_months_shows_a_life_threatening_condition() {
    let l = check_file("examples/denial-with-gaps.yaml");
    let fee = md(&l, MemoKind::Refiling, true);
    let fee = &fee[fee.find("## The parole fee").unwrap()..fee.find("## Discretion").unwrap()];
    assert!(
        fee.contains("only an undated exhibit shows that the condition is life-threatening: ask Dr. Gabriela Fúnez Cáceres, Hospital Infantil San Rafael, to date and sign Exhibit A."),
        "{fee}"
    );
    assert!(
        !fee.contains("no exhibit yet shows that the condition is life-threatening"),
        "{fee}"
    );
    // Dated after the decision, it establishes the fact.
    let dated = std::fs::read_to_string(root().join("examples/denial-with-gaps.yaml"))
        .unwrap()
        .replacen("  - id: E1\n", "  - id: E1\n    date: 2026-11-20\n", 1);
    assert!(checked(&dated).facts.established("life-threatening"));
    // The same task in the action list: date Exhibit A, for that fact.
    assert!(
        action_list(&l).contains("(Ex. A) dated and signed by Dr. Gabriela Fúnez Cáceres, Hospital Infantil San Rafael, so that the memo can state that the condition is life-threatening"),
        "{}",
        action_list(&l)
    );
}
