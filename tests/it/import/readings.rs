//! Rules drawn from the misses of a held-out set, each shown on a notice
//! written for the test, in words of no held-out set.

use rebut::import;
use rebut::playbook::Playbook;

/// The grounds read from a notice's text: category and quote.
fn grounds(text: &str) -> Vec<(String, String)> {
    import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin())
        .grounds
        .iter()
        .map(|g| (g.category.id.clone(), g.found.quote.clone()))
        .collect()
}

fn quotes(text: &str) -> Vec<String> {
    grounds(text).into_iter().map(|(_, q)| q).collect()
}

#[test]
fn capitals_closed_by_a_parenthesis_are_a_list_and_leave_to_answer_is_no_ground() {
    let text = "NOTICE OF INTENT TO DENY\n\nU.S. Citizenship and Immigration Services\n\n\
May 4, 2027\n\nReceipt Number: IOE0933000001\n\n\
USCIS intends to deny the request for the reasons in paragraphs A) and B).\n\n\
A) The surgeon's letter says that the operation is done in the capital's children's hospital, and nothing shows that the family asked there.\n\n\
B) The sponsor earns $28,000 a year, and no one else has offered to pay the estimate of $96,000.\n\n\
You may send a written reply, with any evidence you wish, to the reasons above. Your reply is due no later than 30 days from the date at the top of this letter.\n\n\
Sincerely,\nOfficer\n";
    assert_eq!(
        quotes(text),
        [
            "The surgeon's letter says that the operation is done in the capital's children's hospital, and nothing shows that the family asked there.",
            "The sponsor earns $28,000 a year, and no one else has offered to pay the estimate of $96,000.",
        ]
    );
}

/// The category read for a quote alone, in a denial.
fn category(quote: &str) -> String {
    import::category_of(
        quote,
        &Playbook::builtin(),
        Some(rebut::model::DecisionKind::Denial),
    )
    .id
}

#[test]
fn care_given_or_approved_elsewhere_is_about_care_at_home_or_near_it() {
    for quote in [
        // Care already given near home, by a team the patient is cared for by.
        "Her nephrologist writes that she has been cared for by a renal team in Brisbane for two years and that the hospital there performs kidney transplants for adults.",
        // A drug approved where she lives, and no reason it was not given.
        "The oncologist says that the drug is approved in Portugal. He does not say why it could not be provided to her in Lisbon.",
        // Flown to another country's hospital before, and no word on why not again.
        "In 2024 the girl was flown to Santiago for her first operation; the surgeon's letter is silent on why that arrangement would not serve for the second.",
    ] {
        assert_eq!(category(quote), "treatment-unavailable", "{quote}");
    }
}

#[test]
fn a_letter_that_nowhere_states_what_is_needed_is_a_finding() {
    let text = "NOTICE OF INTENT TO DENY\n\nU.S. Citizenship and Immigration Services\n\n\
Notice Date: June 1, 2027\n\nReceipt Number: IOE0933000002\n\n\
USCIS proposes to deny the request for the reasons below.\n\n\
The cardiologist in Tromsø writes that the valve must be replaced this year and that the national hospital in Oslo replaces valves in children. The letter praises the Boston team's results, yet it nowhere states that the Oslo surgeons have refused the operation.\n\n\
The sponsor's Form I-134 shows an income of $41,000 a year, and the estimate of $210,000 is not met by any other pledge.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The cardiologist in Tromsø"), "{got:?}");
}

#[test]
fn a_point_the_decision_says_has_been_resolved_is_no_ground() {
    let text = "DECISION\n\nU.S. Citizenship and Immigration Services\n\nDate: July 9, 2027\n\nReceipt Number: IOE0933000003\n\n\
The request for parole is denied.\n\n\
Passport\n\n\
The earlier request noted that her passport had expired and that no renewed one was in the file. A renewed passport came with the reply. The point has been resolved.\n\n\
Cost of the operation\n\n\
The estimate of $180,000 is met by no pledge in the record, and the sponsor's savings of $6,000 cover little of it.\n\n\
Sincerely,\nDirector\n";
    assert_eq!(
        quotes(text),
        [
            "The estimate of $180,000 is met by no pledge in the record, and the sponsor's savings of $6,000 cover little of it."
        ]
    );
}

#[test]
fn the_record_listed_before_the_grounds_with_a_word_on_a_generic_enclosure_is_no_ground() {
    let text = "REQUEST FOR EVIDENCE\n\nU.S. Citizenship and Immigration Services\n\nDate: April 2, 2027\n\nReceipt Number: IOE0933000004\n\n\
The record holds his statement, a letter from his surgeon in Apia, and a Form I-134 signed by his cousin. The evidence does not yet suffice, for the reasons in the two paragraphs below. The enclosed sheet on evidence is sent with every request of this type and does not add to what is asked in your case.\n\n\
The surgeon's letter does not say whether the hip can be replaced in New Zealand, where patients from Samoa are often sent. Please send a letter that answers this.\n\n\
The cousin's Form I-134 shows an income of $33,000, and the estimate of $64,000 is not met. Please send proof of other funds.\n\n\
Your response must be received by June 1, 2027.\n\nSincerely,\nOfficer\n";
    let got = quotes(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("The surgeon's letter"), "{got:?}");
}

/// A notice of intent to deny with two grounds and `passage` after them.
fn with_passage(passage: &str) -> String {
    format!(
        "NOTICE OF INTENT TO DENY\n\nU.S. Citizenship and Immigration Services\n\nDate: May 3, 2027\n\nReceipt Number: IOE0933000005\n\n\
USCIS intends to deny the request for the reasons below.\n\n\
1. The oncologist's letter does not say whether the radiotherapy she needs is given in Accra.\n\n\
2. The sponsor's income of $29,000 does not meet the estimate of $88,000, and no other payer is named.\n\n\
{passage}\n\nSincerely,\nOfficer\n"
    )
}

#[test]
fn fees_withdrawal_abandonment_regret_and_points_granted_are_no_grounds() {
    let read_as_grounds = [
        "No filing fee is due for a reply to this notice, even one sent late.",
        "Should the family no longer wish to go on, they may withdraw the request in writing before it is decided.",
        "A request with no reply will be treated as abandoned and denied on the record.",
        "DEADLINE FOR RESPONSE: JUNE 5, 2027 (THE DAY IT REACHES US).",
        "We regret that we cannot give the family better news at this time.",
        "The sponsor remains free to seek a visitor visa for her at a consulate; this decision has no bearing on that.",
        "USCIS is satisfied that the aunt who would travel with her holds a valid passport and has never overstayed.",
        "The background checks of both parents came back clear, and no security concern arises from them.",
        "A reply that answers only some of the points will be taken as a request for a decision on the record as it stands.",
        "A reply must arrive within 30 days after the date this notice bears.",
    ]
    .into_iter()
    .filter(|passage| quotes(&with_passage(passage)).len() != 2)
    .collect::<Vec<_>>();
    assert!(
        read_as_grounds.is_empty(),
        "read as grounds: {read_as_grounds:#?}"
    );
}

#[test]
fn a_frame_section_run_in_with_a_full_stop_is_no_ground() {
    let text = "REQUEST FOR EVIDENCE\n\nU.S. Citizenship and Immigration Services\n\n\
Date: March 3, 2027\n\nReceipt Number: IOE0933000002\n\n\
USCIS is authorized to parole a person under section 212(d)(5)(A) of the Act only case by case, and only in its discretion. Each fact must be proved by the requestor, more likely than not.\n\n\
1. The surgeon's note is undated and gives no view on how soon the valve must be replaced. Provide a current letter from the treating surgeon.\n\n\
2. The sponsor earns $31,000 a year and the hospital estimates $140,000. Submit proof of other funds.\n\n\
Responding. Gather all the papers asked for above into a single envelope, put a copy of this letter in front, and mail them to us. They must reach this office within 60 days of the date of this request. Papers that come late may not be considered.\n\n\
Parole fee. Should parole be approved, a separate fee under 8 U.S.C. 1804 must be paid before a document is issued, unless the statute exempts the case. We will send a payment notice then.\n\n\
Officer\n";
    assert_eq!(
        quotes(text),
        [
            "The surgeon's note is undated and gives no view on how soon the valve must be replaced. Provide a current letter from the treating surgeon.",
            "The sponsor earns $31,000 a year and the hospital estimates $140,000. Submit proof of other funds.",
        ]
    );
}

/// A run-in heading that names a frame section ("Background.",
/// "Conclusion.", "Parole fee.") over a sentence that finds this record
/// short is a ground under a heading, not the frame: it stays. Over what
/// to send or what is owed, it is passed over (see the test above).
#[test]
fn a_finding_under_a_run_in_frame_heading_is_a_ground() {
    let dropped = [
        "Background. The sponsor was refused a visitor visa in 2024 and did not mention it on the Form I-131.",
        "Conclusion. The record does not show that the family could pay for the operation.",
        "Further review. The letter of Dr. Amara Osei does not state when the surgery must take place.",
        "Parole fee. The record does not show that the beneficiary faces an urgent medical need.",
    ]
    .into_iter()
    .filter(|passage| quotes(&with_passage(passage)).len() != 3)
    .collect::<Vec<_>>();
    assert!(dropped.is_empty(), "dropped: {dropped:#?}");
    let kept = [
        "Responding. Send everything asked for in one package with this letter on top.",
        "Parole fee. Should parole later be approved, a fee is due before any document is issued.",
    ]
    .into_iter()
    .filter(|passage| quotes(&with_passage(passage)).len() != 2)
    .collect::<Vec<_>>();
    assert!(kept.is_empty(), "read as grounds: {kept:#?}");
}

#[test]
fn a_request_named_then_its_points_grouped_by_who_answers_is_no_ground() {
    let text = "REQUEST FOR EVIDENCE\n\nU.S. Citizenship and Immigration Services\n\n\
Date: June 8, 2027\n\nReceipt Number: IOE0933000003\n\n\
This request concerns the parole of Amara Osei, who has a rare bone marrow failure, for eight months so that a hospital in Houston can give her a transplant. Because part of what is missing can come only from her aunt, who signed the Form I-134, the points are grouped by the person who can answer them.\n\n\
FOR THE REQUESTOR\n\n\
The referral letter names no hospital in Ghana that was asked to treat her. Please send any reply from a hospital at home.\n\n\
FOR THE SPONSOR\n\n\
The aunt's Form I-134 shows wages of $29,000 a year and no savings, against an estimate of $310,000. Please send proof of other funds.\n\n\
Officer\n";
    assert_eq!(
        quotes(text),
        [
            "The referral letter names no hospital in Ghana that was asked to treat her. Please send any reply from a hospital at home.",
            "The aunt's Form I-134 shows wages of $29,000 a year and no savings, against an estimate of $310,000. Please send proof of other funds.",
        ]
    );
}

#[test]
fn the_power_to_parole_said_to_be_permitted_is_the_standard() {
    let text = "REQUEST FOR EVIDENCE\n\nU.S. Citizenship and Immigration Services\n\n\
Date: April 12, 2027\n\nReceipt Number: IOE0933000004\n\n\
On January 5, 2027, you asked USCIS to parole your daughter, Lina, into the United States for six months so that a hospital in Denver may repair her heart valve. Lina is nine.\n\n\
USCIS is permitted to parole a person under section 212(d)(5)(A) of the Act, 8 U.S.C. 1182(d)(5)(A), only case by case for urgent humanitarian reasons, and then only in its discretion. Each fact on which the request depends is yours to establish, and a fact is established when the evidence shows it is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).\n\n\
1. The surgeon in Denver has not written that he will operate. Provide his signed acceptance.\n\n\
Officer\n";
    assert_eq!(
        quotes(text),
        ["The surgeon in Denver has not written that he will operate. Provide his signed acceptance."]
    );
}

#[test]
fn a_past_stay_the_form_denied_that_tells_against_the_person_is_discretion() {
    // A stay the form denied, said to tell against the person.
    let quote = "On the form the requestor denied that Mr. Duarte had ever overstayed. Records show that he came as a visitor in 2012 and left a year later. The reply was silent, and an error of this kind, left unexplained, tells against him.";
    assert_eq!(category(quote), "discretion", "{quote}");
}

/// How to answer, however the notice words it, is no ground: the time to
/// reply counted "from the issue date of this" notice, and a choice of
/// ways to answer ("Option A: ... Send a written response ...", "To
/// accept the interview, ..."), even run into the line before it.
#[test]
fn the_time_to_reply_from_the_issue_date_and_the_ways_to_answer_are_no_grounds() {
    let text = "REQUEST FOR EVIDENCE\n\nU.S. Citizenship and Immigration Services\n\n\
Date: April 12, 2027\n\nReceipt Number: IOE0933000037\n\n\
Please submit the evidence described below.\n\n\
The sponsor's Form I-134 shows an income of $33,000 a year, and nothing covers the surgeon's estimate of $120,000.\n\n\
You have 50 days from the issue date of this request to answer it. Send the papers in one envelope, with this request on top, to the office named above. If we do not receive an answer, the request may be denied.\n\n\
Option A: by letter. Send a written response and any new evidence to the office above.\n\n\
Option B: in person. You may instead come to an interview with an officer.\nRoom: 4, second floor\n\
To accept the interview, your representative should call the number on the first page. If you come, you may still send papers within the same 50 days.\n\n\
Sincerely,\nOfficer\n";
    assert_eq!(
        quotes(text),
        [
            "The sponsor's Form I-134 shows an income of $33,000 a year, and nothing covers the surgeon's estimate of $120,000."
        ]
    );
}

/// A glossary after the signature explains the notice's words; its
/// entries ("I-134: the form on which ...") are no grounds.
#[test]
fn a_glossary_after_the_signature_is_no_ground() {
    let text = "DECISION\n\nU.S. Citizenship and Immigration Services\n\nDate: July 9, 2027\n\n\
Receipt Number: IOE0933000038\n\nThe request for parole is denied.\n\n\
The surgeon in Denver has not agreed to operate, and no letter from the hospital names a date for the operation.\n\n\
Signed,\nOfficer\n\nGLOSSARY OF WORDS IN BOLD\n\
I-134: the form on which a sponsor promises to pay the costs of a visit.\n\
Notice of intent to deny: a letter USCIS sends to say which papers are missing from a request before it is refused.\n";
    assert_eq!(
        quotes(text),
        [
            "The surgeon in Denver has not agreed to operate, and no letter from the hospital names a date for the operation."
        ]
    );
}
