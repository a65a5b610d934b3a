//! A rule's phrase applied to this case: a `skip_containing` phrase (the
//! legal standard, how to respond, ...) makes its paragraph no ground
//! wherever it stands, unless the paragraph goes on, in a clause of its
//! own, to find something of this record (a person or hospital named, a
//! dated letter, an exhibit). Then the paragraph is a ground.
//!
//! `cargo test --test it import::applied::probe -- --ignored --nocapture`
//! runs every `skip_containing` phrase of the playbook through sentences
//! that apply it to this case and sentences that do not, and prints how
//! many of each are read wrong.

use super::squeeze;
use rebut::import;
use rebut::playbook::Playbook;

const FIRST: &str = "The letter from the pediatric cardiology clinic in Asunción, dated January 9, 2027, \
                     does not say whether the valve operation the beneficiary needs is performed anywhere in Paraguay.";
const SECOND: &str = "The sponsor's Form I-134 reports yearly earnings of $31,500, and nothing in the record \
                      shows how the estimated $142,000 for the operation and three weeks in the hospital would be paid.";

/// A notice of intent to deny with `passage` before the two grounds.
fn notice(passage: &str) -> String {
    format!(
        "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: April 14, 2027\n\
         Receipt Number: IOE0987654321\nBeneficiary: Tomasz Ngata\n\n{passage}\n\n{FIRST}\n\n{SECOND}\n\n\
         Sincerely,\n\nField Office Director\n"
    )
}

/// The quotes of the grounds read from the notice.
fn grounds(passage: &str) -> Vec<String> {
    static PLAYBOOK: std::sync::OnceLock<Playbook> = std::sync::OnceLock::new();
    let playbook = PLAYBOOK.get_or_init(Playbook::builtin);
    let reading = import::read_pages(import::Format::Text, &[notice(passage)], playbook);
    reading.grounds.iter().map(|g| squeeze(&g.found.quote)).collect()
}

/// Whether the passage is read as a ground of its own (beside the two).
fn kept(passage: &str) -> bool {
    let got = grounds(passage);
    let first = squeeze(FIRST);
    got.iter().any(|g| *g != first && *g != squeeze(SECOND))
}

/// The shapes of a sentence applying a rule's phrase to this case.
const APPLIED: [&str; 6] = [
    "It is settled that {}, and the letter of Dr. Hana Okafor dated March 2, 2027 does not say when surgery is needed.",
    "It is settled that {}; the record holds only the letter of Dr. Hana Okafor dated March 2, 2027, which does not say when surgery is needed.",
    "It is settled that {}. The letter of Dr. Hana Okafor dated March 2, 2027 does not say when surgery is needed.",
    "It is settled that {}, but Korle Bu Teaching Hospital in Accra offers the operation.",
    "It is settled that {}, and Exhibit 4 does not show that the beneficiary's scoliosis is worsening.",
    "It is settled that {}, but the submitted estimate from Hospital Italiano is undated and unsigned.",
];

/// The shapes of a sentence stating the phrase in general terms.
const GENERAL: [&str; 4] = [
    "It is settled that {}, and the burden of proof rests on the requester.",
    "It is settled that {}; this applies to every request of this kind.",
    "It is settled that {}, but a copy of a copy is not enough.",
    "It is settled that {}. The record will not bear approval on general statements alone.",
];

#[test]
#[ignore = "a probe over the playbook: run it with --ignored --nocapture"]
fn probe() {
    let playbook = Playbook::builtin();
    let phrases = &playbook.import.notices["any"].skip_containing;
    let (mut dropped, mut applied, mut wrongly_kept, mut general) = (0, 0, 0, 0);
    for phrase in phrases {
        for shape in APPLIED {
            let passage = shape.replace("{}", phrase);
            applied += 1;
            if !kept(&passage) {
                dropped += 1;
                println!("dropped: {passage}");
            }
        }
        for shape in GENERAL {
            let passage = shape.replace("{}", phrase);
            general += 1;
            if kept(&passage) {
                wrongly_kept += 1;
                println!("kept: {passage}");
            }
        }
    }
    println!(
        "{} phrases: applied dropped {dropped}/{applied}, general kept {wrongly_kept}/{general}",
        phrases.len()
    );
}

#[test]
fn a_rule_applied_to_a_dated_letter_after_and_is_a_ground() {
    let passage = "Secondary evidence is accepted only where a record does not exist or cannot be obtained, \
                   and the letter of Dr. Hana Okafor dated March 2, 2027 does not say that the clinic's \
                   records were ever requested.";
    assert!(kept(passage), "dropped: {passage}");
}

#[test]
fn a_rule_applied_to_a_named_hospital_after_a_semicolon_is_a_ground() {
    let passage = "The translator must certify that the translation is complete and accurate; the English \
                   version of the discharge summary from Korle Bu Teaching Hospital carries no such statement.";
    assert!(kept(passage), "dropped: {passage}");
}

#[test]
fn a_rule_applied_to_an_exhibit_after_but_is_a_ground() {
    let passage = "Copies may be filed, not originals, but the copy of the birth certificate at Exhibit 4 \
                   is too faint to read and does not show the child's date of birth.";
    assert!(kept(passage), "dropped: {passage}");
}

#[test]
fn a_rule_applied_in_each_of_two_sentences_is_a_ground() {
    let passage = "A refusal does not bar a future request, and the surgeon in Lagos has not answered. \
                   The filing fee is not at issue, and the estimate from Lagoon Hospital dated \
                   January 20, 2027 does not cover the stay after the operation.";
    assert!(kept(passage), "dropped: {passage}");
}

#[test]
fn a_rule_stated_in_general_terms_stays_out_of_the_grounds() {
    for passage in [
        "Secondary evidence is accepted only where a record does not exist or cannot be obtained, \
         and a copy of a copy is not enough.",
        "The translator must certify that the translation is complete and accurate; the certification \
         must be signed.",
        "Copies may be filed, not originals, but the record will not bear approval on copies that cannot be read.",
        "This decision does not prevent the beneficiary from applying for a visa; any such application \
         is decided by the Department of State.",
        "Motions to reopen are decided by the office that made the decision, and no fee is charged for them.",
    ] {
        assert!(!kept(passage), "read as a ground: {passage}");
    }
}

#[test]
fn what_a_response_costs_and_what_a_later_decision_does_stay_out_of_the_grounds() {
    for passage in [
        "There is no fee for sending the documents asked for above.",
        "Sending a response costs the family nothing.",
        "The final decision will explain whether any review is then open to the requester.",
        "The consulate has no authority to review what USCIS decided.",
        "Nothing prevents the filing of a new request, with the fee and any new evidence.",
        "Papers sent with this request will not be transferred automatically to a later one.",
        "The administrative instance is exhausted, and there is no further recourse before this office.",
        "The child may apply for a visa should the family wish to do so.",
    ] {
        assert!(!kept(passage), "read as a ground: {passage}");
    }
}

#[test]
fn how_to_answer_and_what_is_left_undecided_stay_out_of_the_grounds() {
    for passage in [
        "Please label each page with the item it answers; a document need only be sent once.",
        "Put the whole reply in a single envelope and include a copy of this request on top.",
        "Records in Amharic must come with full English translations; a summary or an extract in English is not enough.",
        "Any representations you wish us to weigh must arrive within thirty days.",
        "We cannot give you more time, since the period for answering this notice is fixed.",
        "If we do not hear from you, the request will be decided as it stands.",
        "Points left aside here were not needed to reach the decision.",
        "This letter addresses only the matters listed above.",
    ] {
        assert!(!kept(passage), "read as a ground: {passage}");
    }
}

#[test]
fn the_standard_and_the_burden_in_general_terms_stay_out_of_the_grounds() {
    for passage in [
        "A passport for each traveller is ordinarily expected.",
        "Hospital files should be supplied in full, not in extracts.",
        "USCIS will not assume facts that no document shows.",
        "USCIS will not assume facts that no letter states.",
        "Where two documents in the record disagree, an explanation alone will not settle which is right.",
        "Eligibility had to be shown on the record as it stood when USCIS decided.",
        "No single document decided the matter; the evidence was weighed as a whole.",
    ] {
        assert!(!kept(passage), "read as a ground: {passage}");
    }
}

#[test]
fn the_new_rules_applied_to_this_case_are_grounds() {
    for passage in [
        "A full set of hospital records is ordinarily expected, and the letter of Dr. Hana Okafor \
         dated March 2, 2027 gives only a diagnosis.",
        "Records should be supplied in full, but the discharge summary from Korle Bu Teaching Hospital \
         is missing its second and third pages.",
        "The officer will not assume facts, and the letter of Dr. Hana Okafor dated March 2, 2027 \
         does not say where the operation would be done.",
        "An explanation alone will not settle a conflict, and Exhibit 4 gives the beneficiary's \
         birth year as 2019 while the passport gives 2018.",
        "The two letters that bear no letterhead, at Exhibits 3 and 5, do not say who wrote them.",
        "The clinic notes at Exhibit 7 were read only for the parts that could be read, and those \
         parts do not mention the tumour.",
        "The certificate at Exhibit 6 was issued in 2024 and will not normally suffice, and the \
         sponsor has filed no newer one.",
        "The sponsor's income of $48,000 appears only in a sponsor's own statement, and no pay \
         statement or tax return supports it.",
    ] {
        assert!(kept(passage), "dropped: {passage}");
    }
}

/// A rule's phrase followed, after ", and", ";" or "but", by a clause of
/// procedure that names a date, an amount, a number or a body (how long
/// there is to answer, a fee not returned, where to send or call): the
/// clause finds nothing of this record, so the paragraph stays the rule.
#[test]
fn a_clause_of_procedure_with_a_date_an_amount_or_a_name_is_no_ground() {
    let kept: Vec<&str> = [
        "Your request has not been denied, and there are 33 days from May 2, 2027 to answer this notice.",
        "Your request has not been denied, and the $630 fee paid with the Form I-131 is not refunded.",
        "Your request has not been denied; a reply may also go by fax to (202) 555-0148.",
        "Your request has not been denied; the 33-day period includes 3 days for mailing.",
        "Your request has not been denied, and your reply must show receipt number IOE0987654321 on every page.",
        "Your request has not been denied, but questions may go to the Humanitarian Affairs Branch.",
        "Your request has not been denied, but an interview may be held at the U.S. Embassy in Lima.",
    ]
    .into_iter()
    .filter(|passage| kept(passage))
    .collect();
    assert!(kept.is_empty(), "read as grounds: {kept:#?}");
}
