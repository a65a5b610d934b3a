//! Layouts of notices read by rules of their own: a form of questions and
//! answers, a table of issues read out as text, a dated history of the
//! case with the agency's findings at each stage, points marked met or
//! not met, and findings labeled ("Finding:", "Assessment:") with their
//! reasons. Each notice here is
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

#[test]
fn on_a_form_of_questions_only_the_discussions_of_answers_against_the_request_are_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: March 3, 2027\nReceipt: IOE0900000001\n\n\
The officer has answered the questions below on the record as it stands.\n\n\
Question 1: Is the child's illness grave?\nAnswer: Yes.\n\
The cardiologist's report describes a heart defect that has not been repaired. USCIS accepts that the illness is grave.\n\n\
Question 2: Has a hospital in the United States accepted the child for surgery?\nAnswer: Not established.\n\
The clinic in Denver wrote only that it received the records. No surgeon has agreed to operate, and no admission date is given. Provide a letter of acceptance naming the surgeon.\n\n\
Question 3: Does anything in the record raise a concern about the sponsor?\nAnswer: No.\n\
The sponsor's background check returned no record, and nothing else in the file is adverse.\n\n\
Question 4: Is the cost of the operation met? Answer: Partly.\n\
The sponsor's savings of $12,000 do not cover the estimate of $85,000, and no other payer is named. Submit proof of the remaining funds.\n\n\
Reply to each question not answered Yes. Your response must be received by June 1, 2027.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "us-treatment-arranged".to_owned(),
                "The clinic in Denver wrote only that it received the records. No surgeon has agreed to operate, and no admission date is given. Provide a letter of acceptance naming the surgeon.".to_owned()
            ),
            (
                "financial-support".to_owned(),
                "The sponsor's savings of $12,000 do not cover the estimate of $85,000, and no other payer is named. Submit proof of the remaining funds.".to_owned()
            ),
        ]
    );
}

#[test]
fn a_table_row_is_a_ground_without_its_label_unless_its_verdict_is_for_the_request() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: March 3, 2027\nReceipt: IOE0900000002\n\n\
The application is denied for the reasons in the table below.\n\n\
FACTOR | ASSESSMENT\n\n\
Medical need | Met. The oncologist's letter confirms the diagnosis, and nothing in the file casts doubt on it.\n\n\
Care at home | The national hospital does not offer radiotherapy, but the record does not show that centers in the neighboring countries were asked to treat him.\n\n\
Return after treatment | Not disputed. He owns a shop at home and his family stays there; no one doubts that he would go back.\n\n\
Fitness to fly | No physician has said that he can sit through a flight of eleven hours with his current pain.\n\n\
Sincerely,\nDirector\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "treatment-unavailable".to_owned(),
                "The national hospital does not offer radiotherapy, but the record does not show that centers in the neighboring countries were asked to treat him.".to_owned()
            ),
            (
                "travel-feasibility".to_owned(),
                "No physician has said that he can sit through a flight of eleven hours with his current pain.".to_owned()
            ),
        ]
    );
}

#[test]
fn in_a_dated_history_each_entry_gives_the_ground_that_follows_what_was_received() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: March 3, 2027\nReceipt: IOE0900000003\n\n\
The history of this request, as the file shows it, follows.\n\n\
Record of the request\n\n\
May 2, 2026: USCIS received the Form I-131 and the petitioner's Form I-134.\n\n\
June 10, 2026: The petitioner sent a letter from a clinic in Miami. The letter says that the clinic can see the girl in August. It names no surgeon and gives no date for the operation.\n\n\
July 1, 2026: The petitioner filed bank statements. They show a balance of $4,000. The estimate of $90,000 is not met by these funds, and no other payer has come forward.\n\n\
August 5, 2026: The file was reviewed.\n\n\
USCIS intends to deny the application.\n\n\
Sincerely,\nDirector\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "us-treatment-arranged".to_owned(),
                "It names no surgeon and gives no date for the operation.".to_owned()
            ),
            (
                "financial-support".to_owned(),
                "They show a balance of $4,000. The estimate of $90,000 is not met by these funds, and no other payer has come forward.".to_owned()
            ),
        ]
    );
}

#[test]
fn the_body_read_as_one_ground_leaves_out_the_letterhead_and_the_signature() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
March 3, 2027\n\nReceipt: IOE0900000004\n\nBeneficiary: Ana Pereira\n\n\
We write about your request and will decide it once we hear from you on the enclosed sheet.\n\n\
J. Okafor\n\nField Office Director\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    assert!(reading.unsplit);
    assert_eq!(reading.grounds.len(), 1);
    assert_eq!(
        reading.grounds[0].found.quote,
        "We write about your request and will decide it once we hear from you on the enclosed sheet."
    );
}

#[test]
fn the_rule_of_any_request_what_the_form_asks_and_leave_to_send_from_elsewhere_are_no_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: April 9, 2027\nReceipt: IOE0900000005\n\n\
Your Form I-131 seeks parole for your niece so that a clinic in Houston can repair a hole in her heart. A first repair at home in 2024 did not close it, and you ask that she be treated again.\n\n\
An application for parole is granted only if the record shows an urgent humanitarian reason and that discretion should be exercised in its favor.\n\n\
More evidence is needed. The requests below are set out by topic. A document that the clinic cannot supply may come from another source, with a note saying why.\n\n\
The clinic's letter names no surgeon and gives no date for the repair. Provide a letter that does.\n\n\
The bank statements show $2,500, and the estimate is $70,000. Explain who would pay the rest.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The clinic's letter names no surgeon and gives no date for the repair. Provide a letter that does.",
            "The bank statements show $2,500, and the estimate is $70,000. Explain who would pay the rest.",
        ]
    );
}

#[test]
fn a_body_citing_notes_that_give_the_reasons_is_no_ground_of_its_own() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: May 4, 2027\nReceipt: IOE0900000006\n\n\
The applicant asks parole for his mother to have a heart valve replaced in Tampa. Parole is granted only for urgent humanitarian reasons, as a matter of discretion.[1]\n\n\
It has not been shown that a surgeon in Tampa will operate[2] or that anyone will pay for the operation.[3] The application is therefore denied.\n\n\
R. Almeida\n\nField Office Director\n\n\
Notes\n\n\
1. INA 212(d)(5)(A). The applicant bears the burden of proof.\n\n\
2. The Tampa hospital wrote only that it received the records. No surgeon has agreed to operate and no date is set.\n\n\
3. The applicant's bank statements show $3,100. No estimate of the cost was filed and no sponsor has come forward.\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The Tampa hospital wrote only that it received the records. No surgeon has agreed to operate and no date is set.",
            "The applicant's bank statements show $3,100. No estimate of the cost was filed and no sponsor has come forward.",
        ]
    );
}

#[test]
fn in_a_notice_of_facts_then_deficiencies_only_the_deficiencies_are_grounds_without_their_labels() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: June 1, 2027\nReceipt: IOE0900000007\n\n\
This notice is in two parts. Part I sets out the facts taken from the record, and Part II the deficiencies, by reference to those facts.\n\n\
PART I: FACTS\n\n\
Fact 1. A cardiologist in Quito wrote that the girl needs a valve repair that no hospital in Ecuador performs.\n\n\
Fact 2. The petitioner was refused a visitor visa in 2021; the refusal is not mentioned in the application.\n\n\
PART II: DEFICIENCIES\n\n\
Deficiency 1 (Fact 1): The letter does not say whether hospitals in Colombia or Peru were asked to operate.\n\n\
Deficiency 2 (Fact 2): The application does not explain the earlier refusal, which weighs against a favorable exercise of discretion.\n\n\
You may respond with evidence. Your response must be received within 30 days of the date of this notice.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The letter does not say whether hospitals in Colombia or Peru were asked to operate.",
            "The application does not explain the earlier refusal, which weighs against a favorable exercise of discretion.",
        ]
    );
}

#[test]
fn a_disease_locally_advanced_a_hospital_that_accepts_and_plans_to_return_name_their_categories() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: July 2, 2027\nReceipt: IOE0900000008\n\n\
1. The oncologist calls the tumor locally advanced but gives no date for surgery.\n\n\
2. The letter says the repair is not routinely done at home, and says nothing of clinics abroad.\n\n\
3. Submit a letter from the Chicago hospital that accepts the boy for surgery.\n\n\
4. The family does not say when it plans to return.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(
        got,
        [
            "medical-urgency",
            "treatment-unavailable",
            "us-treatment-arranged",
            "temporary-stay"
        ]
    );
}

#[test]
fn a_room_offered_a_ride_a_stay_and_a_sheet_for_patients_from_abroad_name_their_categories() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: July 16, 2027\nReceipt: IOE0900000010\n\n\
1. The cousin who filed Form I-134 offers a room in Tucson, far from the clinic in Phoenix. You have not said who would drive the boy to the clinic each day.\n\n\
2. The aunt lives in another state. Nothing says where the girl and her father would stay for the month of radiation or who would pay for food and local travel.\n\n\
3. The Denver clinic sent a price list for international patients. It does not mention the girl, and no physician there agrees to treat her.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(got, ["support-plan", "support-plan", "us-treatment-arranged"]);
}

#[test]
fn the_distance_to_a_center_at_home_and_a_room_in_a_ward_stay_with_their_own_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 9, 2027\nReceipt: IOE0900000012\n\n\
Your application is denied for the reasons below.\n\n\
You have not shown that the operation cannot be performed in Honduras. Dr. Flores writes that the closest hospital able to do it is in Tegucigalpa, 400 miles from your village, and that its waiting list is long, but nothing shows that your daughter was sent there.\n\n\
The record does not show that treatment is unavailable nearby. A heart center in San Jose, two hours away by air, does this repair, and you have not said whether you wrote to it.\n\n\
The record does not show that the surgery is urgent. Your daughter is stable, and her doctor says only that a room in the cardiac ward should be reserved within the year.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(
        got,
        [
            "treatment-unavailable",
            "treatment-unavailable",
            "medical-urgency"
        ]
    );
}

#[test]
fn an_issue_asked_then_analyzed_and_concluded_is_one_ground_from_its_question_on() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 2, 2027\nReceipt: IOE0900000011\n\n\
Each point below gives the issue, our analysis and our conclusion.\n\n\
Issue: Has a clinic in the United States agreed to see her?\n\
Analysis: The Omaha clinic wrote that it would review her scans. It has not offered a date or named a physician.\n\
Conclusion: No provider has accepted her.\n\n\
Issue: Does the record weigh against a favorable exercise of discretion?\n\
Analysis: Her passport was renewed in 2025 under a different birth date, and the request does not explain why.\n\
Conclusion: The discrepancy counts against her in the exercise of discretion.\n\n\
Sincerely,\nDirector\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "us-treatment-arranged".to_owned(),
                "Has a clinic in the United States agreed to see her? Analysis: The Omaha clinic wrote that it would review her scans. It has not offered a date or named a physician. Conclusion: No provider has accepted her.".to_owned()
            ),
            (
                "discretion".to_owned(),
                "Does the record weigh against a favorable exercise of discretion? Analysis: Her passport was renewed in 2025 under a different birth date, and the request does not explain why. Conclusion: The discrepancy counts against her in the exercise of discretion.".to_owned()
            ),
        ]
    );
}

#[test]
fn without_blank_lines_an_issue_its_analysis_and_its_conclusion_stay_one_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\
NOTICE OF INTENT TO DENY\n\
Date: August 16, 2027\n\
Receipt: IOE0900000013\n\
Each concern is set out as an issue, our analysis and our conclusion. For the reasons below, we intend to deny the request.\n\
Issue: Can she make the flight?\n\
Analysis: Her lungs hold little oxygen at rest. No physician says whether she can fly.\n\
Conclusion: The safety of the journey is not shown.\n\
You may respond within 33 days of the date of this notice.\n\
Sincerely,\n\
Director\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [(
            "travel-feasibility".to_owned(),
            "Can she make the flight? Analysis: Her lungs hold little oxygen at rest. No physician says whether she can fly. Conclusion: The safety of the journey is not shown.".to_owned()
        )]
    );
}

#[test]
fn an_opening_that_says_further_evidence_is_needed_is_no_part_of_the_first_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: July 9, 2027\nReceipt: IOE0900000009\n\n\
The office needs further evidence on two matters. The surgeon in Lima does not say when the operation must take place. Further, the clinic in Dallas has not agreed to operate. Submit letters on both.\n\n\
Sincerely,\nDirector\n";
    let got = grounds(text);
    assert!(!got.is_empty());
    assert!(
        got[0].1.starts_with("The surgeon in Lima does not say"),
        "{got:?}"
    );
    assert!(
        got.iter().all(|(_, q)| !q.contains("needs further evidence")),
        "{got:?}"
    );
}

/// A notice's reading, from its text.
fn reading(text: &str) -> import::Reading {
    import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin())
}

/// The paragraphs a reading names as no ground.
fn passed_over(r: &import::Reading) -> Vec<&str> {
    r.passed_over.iter().map(|(p, _)| p.as_str()).collect()
}

#[test]
fn a_reply_found_short_then_reasons_without_a_word_of_a_finding_is_kept_and_flagged() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 3, 2027\nReceipt: IOE0900000010\n\n\
The clinic in Boston has not named a surgeon or set a date for the operation.\n\n\
Your response does not overcome the deficiencies identified in the notice. The cardiologist's letter that came with it is unsigned, and the estimate it encloses dates from 2023.\n\n\
Sincerely,\nDirector\n";
    let r = reading(text);
    let quotes: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The clinic in Boston has not named a surgeon or set a date for the operation.",
            "Your response does not overcome the deficiencies identified in the notice. The cardiologist's letter that came with it is unsigned, and the estimate it encloses dates from 2023.",
        ]
    );
    // Kept though no word of a finding shows it is one: the summary says so.
    assert!(
        r.grounds[1].found.how.contains("check"),
        "{}",
        r.grounds[1].found.how
    );
    assert!(
        !r.grounds[0].found.how.contains("check"),
        "{}",
        r.grounds[0].found.how
    );
}

#[test]
fn notes_after_the_signature_that_give_the_reasons_are_read_as_the_grounds() {
    let body = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 4, 2027\nReceipt: IOE0900000011\n\n\
The applicant asks parole for her son to have a kidney transplant in Omaha. It has not been shown that the transplant center has accepted him[1] or that his donor can travel with him.[2] The application is therefore denied.\n\n\
Sincerely,\n\nM. Osei\nField Office Director\n\n";
    let want = [
        "The center in Omaha wrote that it would review the records once they are translated. No review has taken place.",
        "The donor, his aunt, holds no passport, and no visa has been sought for her.",
    ];
    for notes in [
        "Notes\n\n[1] The center in Omaha wrote that it would review the records once they are translated. No review has taken place.\n\n\
[2] The donor, his aunt, holds no passport, and no visa has been sought for her.\n",
        "Footnotes\n\n1. The center in Omaha wrote that it would review the records once they are translated. No review has taken place.\n\n\
2. The donor, his aunt, holds no passport, and no visa has been sought for her.\n",
    ] {
        let r = reading(&format!("{body}{notes}"));
        let got: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
        assert_eq!(got, want, "{notes}");
        // The summary says where each came from, and why the body's
        // paragraph is none.
        assert!(
            r.grounds[1].found.how.starts_with("note 2, after the signature"),
            "{}",
            r.grounds[1].found.how
        );
        assert_eq!(r.citing_notes.len(), 1);
        assert!(r.citing_notes[0].contains("has accepted him[1]"));
    }
    // A section of the body that holds no ground ("Conclusion") ends at
    // the close: the notes after it are read.
    let concluded = body.replace(
        "The application is therefore denied.\n\n",
        "\n\nConclusion\n\nThe application is therefore denied.\n\n",
    );
    let notes = "Notes\n\n[1] The center in Omaha wrote that it would review the records once they are translated. No review has taken place.\n\n\
[2] The donor, his aunt, holds no passport, and no visa has been sought for her.\n";
    let got: Vec<String> = grounds(&format!("{concluded}{notes}"))
        .into_iter()
        .map(|(_, q)| q)
        .collect();
    assert_eq!(got, want);
    // Notes that do not all state findings do not give the body's
    // reasons: they are not read after the close, and the body is.
    let cites_law = format!(
        "{body}Notes\n\n[1] See 8 C.F.R. 212.5.\n\n[2] This office does not waive the fee for a new request.\n"
    );
    let got = grounds(&cites_law);
    assert!(!got.is_empty());
    assert!(got.iter().all(|(_, q)| !q.contains("waive")), "{got:?}");
}

#[test]
fn a_finding_without_a_note_marker_in_a_body_citing_its_notes_is_a_ground_of_its_own() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 5, 2027\nReceipt: IOE0900000012\n\n\
It has not been shown that a surgeon in Tampa will operate.[1] The passport filed for the mother expired in March 2026, and no new one has been issued. The application is therefore denied.\n\n\
R. Almeida\n\nField Office Director\n\n\
Notes\n\n\
1. The Tampa hospital wrote only that it received the records. No surgeon has agreed to operate.\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The passport filed for the mother expired in March 2026, and no new one has been issued.",
            "The Tampa hospital wrote only that it received the records. No surgeon has agreed to operate.",
        ]
    );
}

#[test]
fn a_part_whose_title_finds_the_record_short_is_no_part_of_facts() {
    let parts = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: August 6, 2027\nReceipt: IOE0900000013\n\n\
PART I: FACTS\n\n\
1. A surgeon in Quito wrote that the girl needs a valve repair.\n\n\
2. The beneficiary has no brothers or sisters.\n\n\
PART II: FACTS NOT ESTABLISHED\n\n\
1. The letter does not say whether hospitals in Colombia were asked to operate.\n\n\
2. No one has said who would pay the remaining $60,000.\n\n\
Sincerely,\nDirector\n";
    let sections = parts
        .replace("PART I: FACTS", "Section A - Facts")
        .replace("PART II: FACTS NOT ESTABLISHED", "Section B - Deficiencies");
    // Headings of a second level over paragraphs.
    let lettered = parts
        .replace("PART I: FACTS", "A. Facts")
        .replace("PART II: FACTS NOT ESTABLISHED", "B. Facts Not Established")
        .replace("\n\n1. ", "\n\n")
        .replace("\n\n2. ", "\n\n");
    for text in [parts.to_owned(), sections, lettered] {
        let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
        assert_eq!(
            got,
            [
                "The letter does not say whether hospitals in Colombia were asked to operate.",
                "No one has said who would pay the remaining $60,000.",
            ],
            "{text}"
        );
    }
}

#[test]
fn a_sentence_opening_as_the_rule_does_is_a_ground_when_it_finds_the_record_short() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 7, 2027\nReceipt: IOE0900000014\n\n\
A request for parole must show that the care cannot be had at home.\n\n\
To be granted parole, the beneficiary would need a letter from a surgeon who will operate, which was not filed.\n\n\
A request for parole on medical grounds needs an estimate of the cost; none was submitted with this one.\n\n\
To be granted parole, the beneficiary must show that the surgery cannot wait, which the letters filed do not show.\n\n\
Parole is granted only where no treatment is available at home.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "To be granted parole, the beneficiary would need a letter from a surgeon who will operate, which was not filed.",
            "A request for parole on medical grounds needs an estimate of the cost; none was submitted with this one.",
            "To be granted parole, the beneficiary must show that the surgery cannot wait, which the letters filed do not show.",
        ]
    );
}

#[test]
fn a_cue_inside_a_longer_cue_met_counts_once_and_a_tie_goes_to_the_finding() {
    use rebut::import::categorize::choose_focused;
    use rebut::playbook::Cue;
    let cue = |phrase: &str, weight: u32| Cue {
        phrase: phrase.to_owned(),
        weight,
        stem: false,
    };
    let cues = vec![
        (
            "state".to_owned(),
            vec![cue("renewed report", 2), cue("renewed", 2)],
        ),
        ("care".to_owned(), vec![cue("surgeon", 3)]),
    ];
    let marks: Vec<String> = ["not", "no", "submit"].map(String::from).to_vec();
    // "renewed" within "renewed report" is met once: 2 against 3.
    let c = choose_focused("The renewed report names no surgeon.", &cues, "none", &marks, &[]);
    assert_eq!((c.id.as_str(), c.score), ("care", 3), "{c:?}");
    // Met alone elsewhere, it counts.
    let c = choose_focused(
        "The renewed report is renewed yearly and names no surgeon.",
        &cues,
        "none",
        &marks,
        &[],
    );
    assert_eq!((c.id.as_str(), c.score), ("state", 4), "{c:?}");
    // A tie between two sentences that are both marked: the one that finds
    // the record short decides, not the order of the categories.
    let tied = vec![
        ("state".to_owned(), vec![cue("prognosis", 3)]),
        ("care".to_owned(), vec![cue("surgeon", 3)]),
    ];
    let c = choose_focused(
        "No surgeon has agreed to operate. Submit a prognosis.",
        &tied,
        "none",
        &marks,
        &[],
    );
    assert_eq!(c.id, "care", "{c:?}");
}

#[test]
fn a_paragraph_that_finds_the_record_silent_is_a_ground_and_each_paragraph_passed_over_is_named() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
Decision\n\n\
Notice Date: April 2, 2027\n\
Receipt Number: IOE0900000044\n\n\
The application for parole of Ana Moreno is denied.\n\n\
Legal Standard\n\n\
Parole is granted only case by case for urgent humanitarian reasons, and the petitioner bears the burden of proof.\n\n\
Care in the Region\n\n\
The petitioner says that no hospital in Belize repairs this defect. Perhaps so, but the record is silent on Mexico, where hospitals in Merida perform the repair, and on whether her doctors ever asked them.\n\n\
Funds\n\n\
The sponsor earns $28,000 a year, and the estimate is $90,000. No other payer is named.\n\n\
Conclusion\n\n\
For these reasons the application is denied.\n\n\
Officer\n\n";
    let r = reading(text);
    let got: Vec<(String, String)> = r
        .grounds
        .iter()
        .map(|g| (g.category.id.clone(), g.found.quote.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "treatment-unavailable".to_owned(),
                "The petitioner says that no hospital in Belize repairs this defect. Perhaps so, but the record is silent on Mexico, where hospitals in Merida perform the repair, and on whether her doctors ever asked them.".to_owned()
            ),
            (
                "financial-support".to_owned(),
                "The sponsor earns $28,000 a year, and the estimate is $90,000. No other payer is named.".to_owned()
            ),
        ]
    );
    // The recital, the standard and the conclusion are no grounds, and the
    // summary names each with why.
    let passed: Vec<(&str, &str)> = r
        .passed_over
        .iter()
        .map(|(p, why)| (&p[..20], why.as_str()))
        .collect();
    assert_eq!(
        passed,
        [
            ("The application for ", "it states no finding of the agency's own"),
            (
                "Parole is granted on",
                "under the heading \"Legal Standard\", whose section holds no ground"
            ),
            (
                "For these reasons th",
                "under the heading \"Conclusion\", whose section holds no ground"
            ),
        ]
    );
}

#[test]
fn in_a_memo_of_findings_and_reasons_each_finding_against_the_request_runs_through_its_reason() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
DECISION MEMORANDUM\n\n\
TO: Petitioner\n\
DATE: June 8, 2027\n\
RECEIPT NUMBER: IOE0900000042\n\n\
1. Request. The petitioner asks parole for her brother, who has a failing liver, for a transplant in Pittsburgh.\n\n\
2. Standard. Parole is granted only case by case, and the petitioner bears the burden of proof.\n\n\
3. Outcome. Each issue is set out below with a finding and the reason for it. The application is denied.\n\n\
Issue A. Care at home\n\
Finding: The record falls short of showing that the transplant cannot be had nearer home.\n\
Reason: Transplant centers in Lima and Bogota take patients from abroad, and no inquiry to either is in the file.\n\n\
Issue B. Identity\n\
Finding: No concern.\n\
Reason: The passport and the birth certificate agree, and no check found anything adverse.\n\n\
Issue C. Funds\n\
Finding: The petitioner has not shown how the transplant would be paid for.\n\
Reason: The hospital asks a deposit of $250,000, and her savings are $9,000.\n\n\
4. Conclusion. The application is denied. No appeal lies from this decision.\n\n\
Jane Roe\n\
Officer\n\n";
    let r = reading(text);
    let got: Vec<(String, String)> = r
        .grounds
        .iter()
        .map(|g| (g.category.id.clone(), g.found.quote.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "treatment-unavailable".to_owned(),
                "The record falls short of showing that the transplant cannot be had nearer home. Reason: Transplant centers in Lima and Bogota take patients from abroad, and no inquiry to either is in the file.".to_owned()
            ),
            (
                "financial-support".to_owned(),
                "The petitioner has not shown how the transplant would be paid for. Reason: The hospital asks a deposit of $250,000, and her savings are $9,000.".to_owned()
            ),
        ]
    );
    // The favorable finding and its reason, and the numbered paragraphs,
    // are named as no grounds.
    let passed = passed_over(&r);
    assert!(passed.contains(&"No concern."), "{passed:?}");
    assert!(
        passed
            .iter()
            .any(|p| p.starts_with("Request. The petitioner asks")),
        "{passed:?}"
    );
    assert!(
        passed
            .iter()
            .any(|p| p.starts_with("Conclusion. The application")),
        "{passed:?}"
    );
}

#[test]
fn of_points_marked_met_or_not_met_only_those_not_met_give_grounds() {
    // The mark of point 2 is joined to the words under it in the reading
    // (its line is as long as theirs), as a PDF's reading may join them.
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: May 4, 2027\n\
Receipt: IOE0900000041\n\n\
Dear Ms. Arbenz:\n\n\
The officer has compared the evidence you filed with each point the agency weighs in\n\
requests for medical parole. Each point is marked below as Met or Not met. A point\n\
marked Met needs nothing more. Under each point marked Not met is what is missing.\n\n\
Point 1. Gravity of the illness: Met\n\
The cardiologist's report of March 2, 2027 shows a failing valve and USCIS does not\n\
question the need for surgery.\n\n\
Point 2. Care in the home country and nearby countries: Not met\n\
The cardiologist writes that valve surgery on infants is not done in Tonga. Hospitals\n\
in Auckland operate on infants each week, and the record does not show that a referral\n\
there was tried. Submit the reply of any hospital in New Zealand that was asked.\n\n\
Point 3. Travel: Met\n\
The airline's medical form approves the flight with a nurse on board.\n\n\
Point 4. Lodging during the stay: Not met\n\
You share one room with two cousins in Oakland. The record does not say where the\n\
child and his father would sleep during six weeks of recovery. Submit a letter from\n\
whoever will house them.\n\n\
Point 5. Security: Met\n\
Checks of government records found nothing of concern.\n\n\
Your response must be received within 87 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "treatment-unavailable".to_owned(),
                "The cardiologist writes that valve surgery on infants is not done in Tonga. Hospitals in Auckland operate on infants each week, and the record does not show that a referral there was tried. Submit the reply of any hospital in New Zealand that was asked.".to_owned()
            ),
            (
                "support-plan".to_owned(),
                "You share one room with two cousins in Oakland. The record does not say where the child and his father would sleep during six weeks of recovery. Submit a letter from whoever will house them.".to_owned()
            ),
        ]
    );
}

#[test]
fn of_statements_each_answered_by_an_assessment_only_the_assessments_not_accepting_them_are_grounds() {
    // Claim 1 and its answer are joined in the reading, as a PDF's may be.
    let text = "U.S. Citizenship and Immigration Services\n\n\
NOTICE OF INTENT TO DENY\n\n\
July 12, 2027\n\n\
Receipt Number: IOE0900000043\n\n\
Dear Mr. Halvorsen:\n\n\
Your letter makes three claims. USCIS quotes each below and answers it.\n\n\
Parole is granted only case by case, and the burden of proof is the petitioner's.\n\n\
Claim 1: \"Our daughter cannot wait; her kidneys are failing fast and dialysis is the only thing keeping her alive.\"\n\
Assessment: USCIS accepts this statement. The nephrologist's letter shows that she needs a transplant soon.\n\n\
Claim 2: \"A cousin in Ohio will pay for all of it.\"\n\
Assessment: The cousin's letter names no amount, and his tax return shows income of $31,000. Nothing shows who would pay the hospital's estimate of $180,000.\n\n\
Claim 3: \"We will fly home as soon as she is discharged.\"\n\
Assessment: Patients are watched for months after a transplant, and no nephrologist at home has agreed to take over her care.\n\n\
You may submit a rebuttal within 33 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "financial-support".to_owned(),
                "The cousin's letter names no amount, and his tax return shows income of $31,000. Nothing shows who would pay the hospital's estimate of $180,000.".to_owned()
            ),
            (
                "temporary-stay".to_owned(),
                "Patients are watched for months after a transplant, and no nephrologist at home has agreed to take over her care.".to_owned()
            ),
        ]
    );
}

#[test]
fn a_return_looked_back_on_a_stay_with_no_set_end_and_an_untrue_statement_name_their_categories() {
    let playbook = Playbook::builtin();
    let denial = rebut::model::DecisionKind::parse("denial");
    let cases = [
        (
            "temporary-stay",
            "The family says it would find a doctor at home. No eye doctor in Nauru has agreed to see her, and nothing shows who would check her lenses once she returned.",
        ),
        (
            "temporary-stay",
            "No doctor in Tuvalu has said he will see the boy after surgery, and the petitioner writes that he could finish school here, which suggests a stay with no set end.",
        ),
        (
            "discretion",
            "The beneficiary's statement that no visa has ever been refused to him is not accurate: he applied for a B-2 visa in 2024 and was refused under INA 214(b), and no one disclosed the refusal. This weighs against parole.",
        ),
    ];
    for (want, quote) in cases {
        let got = import::category_of(quote, &playbook, denial);
        assert_eq!(got.id, want, "{quote}: {:?}", got.matched);
    }
}

/// A notice's head for the tests below, with its body and its close.
fn notice(title: &str, body: &str, after_close: &str) -> String {
    format!(
        "U.S. Citizenship and Immigration Services\n\n{title}\n\n\
Date: September 9, 2027\nReceipt: IOE0900000031\n\n\
On April 2, 2027, you asked parole for your niece to have her hip rebuilt in Tampa.\n\n\
{body}\n\nSincerely,\n\nR. Lindqvist\nField Office Director\n\n{after_close}"
    )
}

#[test]
fn a_short_note_the_body_cites_is_read_though_it_reads_like_a_heading() {
    let text = notice(
        "DECISION",
        "Her visa was refused in 2025, and no new application has been made.\n\n\
Nor has it been shown that the operation cannot wait.[1]\n\nThe application is denied.",
        "Notes\n\n[1] No orthopedist dates the surgery\n",
    );
    let r = reading(&text);
    let got: Vec<(&str, &str)> = r
        .grounds
        .iter()
        .map(|g| (g.found.quote.as_str(), g.found.how.as_str()))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].0.starts_with("Her visa was refused"), "{got:?}");
    // The summary says the notes are read as the grounds: the note is one.
    assert_eq!(r.citing_notes.len(), 1, "{:?}", r.citing_notes);
    assert_eq!(got[1].0, "No orthopedist dates the surgery");
    assert!(
        got[1]
            .1
            .starts_with("note 1, after the signature, which the body cites"),
        "{got:?}"
    );
}

#[test]
fn after_the_notes_only_notes_are_read_and_a_note_the_body_does_not_cite_is_said_so() {
    let text = notice(
        "DECISION",
        "The surgeon's letter does not say why the repair is pressing,[1] and the sponsor's means are not shown.[2]\n\n\
The application is denied.",
        "Notes\n\n[1] The letter of Dr. Alvarez gives no date for the operation.\n\n\
Nor does it say what a delay would cost her.\n\n\
[2] The sponsor filed no Form I-134.\n\n\
[3] The lease that was filed is in the name of a cousin, who has not said he will house her.\n\n\n\
This letter confers no status and is no proof of a right to remain.\n\n\
Keep a copy of this letter; you may not board a flight with it.\n",
    );
    let r = reading(&text);
    let got: Vec<(&str, &str)> = r
        .grounds
        .iter()
        .map(|g| (g.found.quote.as_str(), g.found.how.as_str()))
        .collect();
    assert_eq!(
        got.iter().map(|g| g.0).collect::<Vec<_>>(),
        [
            "The letter of Dr. Alvarez gives no date for the operation. Nor does it say what a delay would cost her.",
            "The sponsor filed no Form I-134.",
            "The lease that was filed is in the name of a cousin, who has not said he will house her.",
        ],
        "{got:?}"
    );
    assert!(got[1].1.contains("which the body cites"), "{got:?}");
    // The third note is cited nowhere: the summary does not say it is.
    assert!(got[2].1.contains("which the body does not cite"), "{got:?}");
}

#[test]
fn a_rule_with_a_finding_in_a_clause_or_a_modal_finds_nothing_of_this_record() {
    let finding = "The record does not show that a hospital in Tampa has accepted her.";
    for rule in [
        "USCIS may refuse a request if the petitioner did not send the records asked for.",
        "To be granted parole, a requester must show that the patient did not have the care at home.",
        "A request for parole whose form was not signed, or that was not paid for, is returned.",
        "We may consider whether the patient has been convicted of a crime, which would weigh against parole.",
        "USCIS considers the whole record, which may hold documents not sent with the request.",
    ] {
        let text = notice(
            "DECISION",
            &format!("{finding}\n\n{rule}\n\nThe application is denied."),
            "",
        );
        let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
        assert_eq!(got, [finding], "{rule}");
    }
    // A clause of this record joined to a rule still finds it short.
    let text = notice(
        "DECISION",
        &format!(
            "{finding}\n\nTo be granted parole, she would need a surgeon's estimate, which was not filed.\n\n\
The application is denied."
        ),
        "",
    );
    assert_eq!(grounds(&text).len(), 2);
}

#[test]
fn a_neutral_lettered_sub_heading_does_not_end_a_section_that_holds_no_ground() {
    let body = "The record does not show that a hospital in Tampa has accepted her.\n\n\
PROCEDURAL HISTORY\n\nA. The Filing\n\n\
You filed the request with a letter from Dr. Alvarez, who wrote that the repair is not done in her town.\n\n\
B. The Reply\n\n\
In reply to the request for evidence, you sent a lease that does not name the sponsor and an estimate that was not signed.\n\n\
The application is denied.";
    let got: Vec<String> = grounds(&notice("DECISION", body, ""))
        .into_iter()
        .map(|(_, q)| q)
        .collect();
    assert_eq!(
        got,
        ["The record does not show that a hospital in Tampa has accepted her."]
    );
    // A sub-heading whose title finds something short ends it.
    let found = body.replace("B. The Reply", "B. Facts Not Established");
    let got: Vec<String> = grounds(&notice("DECISION", &found, ""))
        .into_iter()
        .map(|(_, q)| q)
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[1].starts_with("In reply to the request for evidence"),
        "{got:?}"
    );
}

#[test]
fn a_reply_found_short_then_only_concluded_is_no_ground_and_the_summary_says_so() {
    let finding = "The record does not show that a hospital in Tampa has accepted her.";
    for (title, close) in [
        ("DECISION", "USCIS therefore denies the application."),
        ("DECISION", "This decision is final as of its date."),
        (
            "DECISION",
            "Should you disagree, a motion may be filed on Form I-290B.",
        ),
        ("DECISION", "Accordingly, the request must be denied."),
        (
            "NOTICE OF INTENT TO DENY",
            "You have 33 days to respond to this notice.",
        ),
    ] {
        let reply =
            format!("Your response does not overcome the concerns raised in the earlier notice. {close}");
        let r = reading(&notice(title, &format!("{finding}\n\n{reply}"), ""));
        let got: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
        assert_eq!(got, [finding], "{close}");
        let line = r.passed_over.iter().find(|(p, _)| *p == reply);
        assert!(
            line.is_some_and(|(_, why)| why.contains("a conclusion")),
            "{close}: {:?}",
            r.passed_over
        );
    }
}

#[test]
fn facts_under_a_heading_of_their_subject_before_a_page_break_belong_to_the_finding_after_it() {
    let first = "U.S. Citizenship and Immigration Services\n\n\
DECISION\n\n\
Date: October 4, 2027\n\
Receipt Number: IOE0900000051\n\n\
Dear Ms. Varga:\n\n\
You asked that your father be paroled to have a blocked artery opened in Denver. The application is denied.\n\n\
Legal Framework\n\n\
Parole is granted only case by case, for urgent humanitarian reasons or a significant public benefit.\n\n\
Funds for the Care\n\n\
The Denver hospital quotes $96,000 for the stent and three nights on the ward. Your pay slips show $3,900 a month, and you rent a flat with your two sons.\n\
Page 1 of 2\n";
    let second = "Page 2 of 2\n\
You filed no savings records and no pledge from anyone else, so the record does not show that the bill would be paid.\n\n\
Fitness to Fly\n\n\
No doctor has said that he can sit through a flight of nine hours so soon after his last attack.\n\n\
Sincerely,\n\n\
Officer\n";
    let r = import::read_pages(
        import::Format::Text,
        &[first.to_owned(), second.to_owned()],
        &Playbook::builtin(),
    );
    let got: Vec<(&str, &str, usize, usize)> = r
        .grounds
        .iter()
        .map(|g| {
            (
                g.category.id.as_str(),
                g.found.quote.as_str(),
                g.found.first_page,
                g.found.last_page,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "financial-support",
                "The Denver hospital quotes $96,000 for the stent and three nights on the ward. Your pay slips show $3,900 a month, and you rent a flat with your two sons. You filed no savings records and no pledge from anyone else, so the record does not show that the bill would be paid.",
                1,
                2
            ),
            (
                "travel-feasibility",
                "No doctor has said that he can sit through a flight of nine hours so soon after his last attack.",
                2,
                2
            ),
        ]
    );
}

#[test]
fn of_numbered_findings_of_fact_and_conclusions_only_the_conclusions_against_the_request_are_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
NOTICE OF INTENT TO DENY\n\n\
Date: November 8, 2027\n\
Receipt Number: IOE0900000052\n\n\
Dear Mr. Odhiambo:\n\n\
You ask parole for your nephew so that a clinic in Minneapolis can rebuild his jaw after a tumor was taken out. The facts found are numbered first; the conclusions drawn from them follow.\n\n\
Findings of Fact\n\n\
F1. The boy is nine. A tumor of the jaw was removed in Nairobi in 2026.\n\n\
F2. A surgeon in Nairobi writes that the jaw \"cannot be rebuilt here.\"\n\n\
F3. Hospitals in Johannesburg rebuild jaws in children. The file holds no letter to any of them.\n\n\
F4. The Minneapolis clinic has sent a price list, and nothing else.\n\n\
F5. A police certificate from Kenya shows no record.\n\n\
Conclusions\n\n\
C1. On finding F1, the need for the operation is established. USCIS does not question that the boy cannot eat solid food.\n\n\
C2. On findings F2 and F3, it is not shown that the operation cannot be had in the region, since no hospital in South Africa was asked.\n\n\
C3. On finding F4, no surgeon in Minneapolis has agreed to operate, and a price list is no acceptance.\n\n\
C4. On finding F5, no security concern has been identified.\n\n\
You may reply within 33 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n";
    let r = reading(text);
    let got: Vec<(&str, &str)> = r
        .grounds
        .iter()
        .map(|g| (g.category.id.as_str(), g.found.quote.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "treatment-unavailable",
                "On findings F2 and F3, it is not shown that the operation cannot be had in the region, since no hospital in South Africa was asked."
            ),
            (
                "us-treatment-arranged",
                "On finding F4, no surgeon in Minneapolis has agreed to operate, and a price list is no acceptance."
            ),
        ]
    );
    // The facts and the conclusions in the request's favor are named as
    // no grounds.
    let passed = passed_over(&r);
    for opening in ["The file holds no letter", "On finding F1,", "On finding F5,"] {
        assert!(
            passed.iter().any(|p| p.contains(opening)),
            "{opening}: {passed:?}"
        );
    }
}

#[test]
fn after_a_table_that_sums_up_the_points_each_discussion_of_a_point_not_shown_is_a_ground_without_its_label()
{
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: December 6, 2027\n\
Receipt Number: IOE0900000053\n\n\
Dear Ms. Ferreira:\n\n\
You ask parole for your daughter so that a hospital in Houston can remove a growth from her spine. Each point below is summed up in the table and then discussed.\n\n\
Point | Met? | Evidence lacking\n\
Gravity of the illness | Yes | None needed\n\
Treatment at home | No | Replies from hospitals nearby\n\
Paying for the care | No | A sponsor's proof of funds\n\n\
Discussion\n\n\
Gravity of the illness. The scans from Maputo show a growth that presses on the cord. This point is established.\n\n\
Treatment at home. The letter from Maputo says the operation is not done in Mozambique. It does not say whether hospitals in Durban were asked. Submit their replies.\n\n\
Paying for the care. The Houston estimate is $140,000, and your savings are $6,000. Submit proof of other funds.\n\n\
Your response must be received within 84 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n";
    let r = reading(text);
    let got: Vec<(&str, &str)> = r
        .grounds
        .iter()
        .map(|g| (g.category.id.as_str(), g.found.quote.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "treatment-unavailable",
                "The letter from Maputo says the operation is not done in Mozambique. It does not say whether hospitals in Durban were asked. Submit their replies."
            ),
            (
                "financial-support",
                "The Houston estimate is $140,000, and your savings are $6,000. Submit proof of other funds."
            ),
        ]
    );
    let passed = passed_over(&r);
    assert!(
        passed
            .iter()
            .any(|p| p.starts_with("Gravity of the illness. The scans")),
        "{passed:?}"
    );
}

#[test]
fn a_point_the_table_marks_as_shown_whose_discussion_still_finds_the_record_short_is_a_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: December 9, 2027\n\
Receipt Number: IOE0900000058\n\n\
Dear Mr. Osei:\n\n\
You ask parole for your son so that a clinic in Denver can fit him with a new hip. Each point below is summed up in the table and then discussed.\n\n\
Point | Met? | Evidence lacking\n\
Gravity of the illness | Yes | None needed\n\
Paying for the care | No | A sponsor's proof of funds\n\n\
Discussion\n\n\
Gravity of the illness. The X-rays from Kumasi show a hip worn to the bone. However, the record does not establish that the operation cannot wait a year.\n\n\
Paying for the care. The Denver estimate is $90,000, and your savings are $4,000. Submit proof of other funds.\n\n\
Your response must be received within 84 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n";
    let r = reading(text);
    let got: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        got,
        [
            "The X-rays from Kumasi show a hip worn to the bone. However, the record does not establish that the operation cannot wait a year.",
            "The Denver estimate is $90,000, and your savings are $4,000. Submit proof of other funds.",
        ]
    );
    assert!(
        r.grounds[0].found.how.contains("check it"),
        "{}",
        r.grounds[0].found.how
    );
    // Letters whose lowercase is longer ("İ") before the turn move no
    // offset: the words after "but" are read where they stand.
    let shifted = text.replace(
        "The X-rays from Kumasi show a hip worn to the bone. However,",
        "The İİİİİ X-rays show a hip worn to the bone, but Ñ",
    );
    let r = reading(&shifted);
    assert!(
        r.grounds[0].found.quote.starts_with("The İİİİİ X-rays"),
        "{:?}",
        r.grounds
    );
}

#[test]
fn an_exhibit_s_line_that_the_finding_after_it_weighs_again_is_no_ground_of_its_own() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
DECISION\n\n\
Date: January 10, 2028\n\
Receipt Number: IOE0900000054\n\n\
Dear Mr. Haddad:\n\n\
USCIS asked for more evidence on two points, and your response came with Exhibits 1 to 3. The application is denied.\n\n\
Point 1: Care in Lebanon or nearby\n\n\
Exhibit 1, a letter from a surgeon in Beirut, states that the valve cannot be repaired in Lebanon. USCIS accepts this.\n\n\
Exhibit 2, a leaflet from a hospital in Amman, says nothing about your mother.\n\n\
Hospitals in Amman and Istanbul repair such valves. Exhibit 2 does not show that either was asked to treat her, so this point is not overcome.\n\n\
Point 2: Paying for the surgery\n\n\
Exhibit 3 is a bank statement showing $7,200.\n\n\
The Cleveland estimate is $110,000, and no sponsor has pledged the rest. This point is not overcome.\n\n\
Sincerely,\n\n\
Officer\n";
    let r = reading(text);
    let got: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        got,
        [
            "Hospitals in Amman and Istanbul repair such valves. Exhibit 2 does not show that either was asked to treat her, so this point is not overcome.",
            "The Cleveland estimate is $110,000, and no sponsor has pledged the rest. This point is not overcome.",
        ]
    );
    let passed = r
        .passed_over
        .iter()
        .find(|(p, _)| p.starts_with("Exhibit 2, a leaflet"))
        .map(|(_, why)| why.as_str());
    assert!(
        passed.is_some_and(|why| why.contains("Exhibit 2")),
        "{:?}",
        r.passed_over
    );
}

#[test]
fn a_records_check_a_donor_untested_a_disease_getting_worse_and_who_would_house_her_name_their_categories() {
    let playbook = Playbook::builtin();
    let noid = rebut::model::DecisionKind::parse("noid");
    let cases = [
        (
            "security",
            "Government records show that the beneficiary was detained in 2019 over a forged stamp in his passport, and the application is silent on it.",
        ),
        (
            "us-treatment-arranged",
            "The Denver center has not yet tested the brother as a donor, so it is not known whether the operation can take place.",
        ),
        (
            "medical-urgency",
            "The surgeon's note does not say whether the swelling is responding to the drugs or getting worse, nor whether he waits for it to settle before he operates.",
        ),
        (
            "support-plan",
            "You live in Maine, far from the Atlanta clinic, and you name no one who would house her or take her to her checkups while she heals.",
        ),
        (
            "temporary-stay",
            "She will need drugs for life. No one at home is named to give them to her on her return, and nothing says when her time in the United States would come to an end.",
        ),
    ];
    for (want, quote) in cases {
        let got = import::category_of(quote, &playbook, noid);
        assert_eq!(got.id, want, "{quote}: {:?}", got.matched);
    }
}

#[test]
fn an_invitation_to_send_more_evidence_ends_the_ground_before_it() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: December 6, 2027\n\
Receipt Number: IOE0900000061\n\n\
Dear Ms. Lima:\n\n\
Payment of costs. The clinic's quote is backed by no bank statement. You may submit additional evidence within 33 days.\n\n\
Sincerely,\n\n\
Officer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        ["Payment of costs. The clinic's quote is backed by no bank statement."]
    );
}

#[test]
fn an_opening_that_finds_only_that_parole_should_not_yet_be_granted_introduces_the_requests() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: January 11, 2028\n\
Receipt Number: IOE0900000071\n\n\
Dear Ms. Arce:\n\n\
We have read your request and its exhibits. They do not yet establish that parole should be granted. Please send the evidence described below.\n\n\
1. The surgeon in Quito does not say when the valve must be replaced. Submit a current letter from him.\n\n\
2. The Boston hospital has not confirmed a date for the operation. Provide its letter of acceptance.\n\n\
Sincerely,\n\n\
Officer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("The surgeon in Quito"), "{got:?}");
    assert!(got.iter().all(|q| !q.contains("should be granted")), "{got:?}");
}

#[test]
fn a_denial_that_opens_by_reciting_what_was_requested_and_the_result_takes_no_ground_from_it() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
DECISION\n\n\
Date: February 3, 2028\n\
Receipt Number: IOE0900000072\n\n\
Dear Mr. Salas:\n\n\
You requested parole for your father, Ramon Salas, age 70, who has lived without a working kidney for a year, so that he could receive a transplant in Houston. After a full review, the request is denied.\n\n\
The Houston letter does not say that a donor has been found or that the operation has been scheduled.\n\n\
For these reasons the request is denied.\n\n\
Sincerely,\n\n\
Officer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The Houston letter does not say that a donor has been found or that the operation has been scheduled."
        ]
    );
}

#[test]
fn in_a_request_for_evidence_a_paragraph_that_says_what_evidence_may_include_is_a_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: March 6, 2028\n\
Receipt Number: IOE0900000073\n\n\
Dear Ms. Tuilagi:\n\n\
More evidence is needed on the points below.\n\n\
The letter from Apia does not say how fast the curve of the spine is growing. Evidence may include recent X-rays and a statement from the surgeon.\n\n\
A spinal fusion of this kind can cost more than two hundred thousand dollars. Your Form I-134 shows pay of $41,200 a year. Evidence may include a cost estimate from the hospital and pledges from other sponsors with proof of their means.\n\n\
Your response must be received within 84 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n";
    let got = grounds(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "financial-support", "{got:?}");
    assert!(got[1].1.starts_with("A spinal fusion of this kind"), "{got:?}");
}

#[test]
fn in_a_memo_whose_every_section_opens_with_a_run_in_heading_the_headings_are_no_part_of_the_quotes() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
DECISION MEMORANDUM\n\n\
DATE: April 4, 2028\n\
RECEIPT NUMBER: IOE0900000074\n\n\
Background. You asked that your nephew, age six, be paroled so that a hole in his heart could be closed in Seattle. The request is denied.\n\n\
Urgency. Dr. Mensah writes that the boy tires easily. He does not say that the hole is growing or that the closure cannot wait.\n\n\
Care nearby. His first tests were done in Lome, and nothing shows whether surgeons there, or in Accra, were asked whether they could close the hole.\n\n\
Conclusion. For these reasons the request is denied.\n\n\
Officer\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "medical-urgency".to_owned(),
                "Dr. Mensah writes that the boy tires easily. He does not say that the hole is growing or that the closure cannot wait.".to_owned()
            ),
            (
                "treatment-unavailable".to_owned(),
                "His first tests were done in Lome, and nothing shows whether surgeons there, or in Accra, were asked whether they could close the hole.".to_owned()
            ),
        ]
    );
}

#[test]
fn under_what_was_received_then_what_is_still_missing_only_what_is_missing_is_the_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: May 9, 2028\n\
Receipt Number: IOE0900000075\n\n\
For each point below we list what we received and what is still missing.\n\n\
Point A: The need for surgery\n\
What we received:\n\
A letter from Dr. Lagi Faleolo of the national hospital in Apia dated March 1, 2028, describing the curve of the spine and the brace worn since 2026.\n\
What is still missing:\n\
The letter is silent on whether the curve has grown since the brace was fitted. Submit recent X-rays with the surgeon's reading.\n\n\
Point B: Surgery nearer home\n\
What we received:\n\
Your statement that no surgeon in Samoa does this operation.\n\
What is still missing:\n\
Children from Samoa are sent to Auckland for spinal surgery, and the operation is done in several New Zealand cities. Submit a statement of whether he was offered it in New Zealand, how long he would wait, and why he cannot have it there.\n\n\
Your response must be received within 84 days of the date of this notice.\n\n\
Sincerely,\n\n\
Officer\n";
    let got = grounds(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The letter is silent"), "{got:?}");
    assert!(
        got.iter().all(|(_, q)| !q.contains("Dr. Lagi Faleolo")),
        "{got:?}"
    );
    assert_eq!(got[1].0, "treatment-unavailable", "{got:?}");
}

#[test]
fn a_tumor_without_spread_and_the_scans_since_name_medical_urgency_though_months_are_mentioned() {
    let playbook = Playbook::builtin();
    let noid = rebut::model::DecisionKind::parse("noid");
    let quote = "The biopsy shows a small tumor with no spread found in the nodes taken, and the letter does not say whether waiting some months would change her outlook or what her scans since then have shown.";
    let got = import::category_of(quote, &playbook, noid);
    assert_eq!(got.id, "medical-urgency", "{quote}: {:?}", got.matched);
}

/// "Exhibit B, an email ... It does not say ...": the finding right after
/// the exhibit's label stands for the exhibit by a pronoun, and the ground
/// carries the label that names it.
#[test]
fn an_exhibit_s_finding_that_opens_with_a_pronoun_carries_the_sentence_naming_the_exhibit() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
NOTICE OF INTENT TO DENY\n\n\
Date: February 2, 2028\n\
Receipt Number: IOE0900000071\n\n\
Dear Ms. Varga:\n\n\
Your reply came with three exhibits, which are weighed one by one below.\n\n\
Exhibit A, a letter from Dr. Molnar in Szeged. It confirms that the girl's spine curves by sixty degrees.\n\n\
Exhibit B, an email from a children's hospital in Boston. It does not say that a surgeon has agreed to operate or when.\n\n\
Exhibit C, a note from the sponsor's employer. It gives his wage. He does not say how the stay of four months would be paid for.\n\n\
Sincerely,\n\n\
Officer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "Exhibit B, an email from a children's hospital in Boston. It does not say that a surgeon has agreed to operate or when.",
            "Exhibit C, a note from the sponsor's employer. It gives his wage. He does not say how the stay of four months would be paid for.",
        ]
    );
}

#[test]
fn a_bare_conclusion_that_the_burden_is_not_met_or_eligibility_not_established_is_no_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
DECISION\n\n\
Date: February 3, 2028\n\
Receipt Number: IOE0900000072\n\n\
Dear Mr. Ilunga:\n\n\
Findings of Fact\n\n\
1. The beneficiary, aged six, has a hole in the heart.\n\n\
Conclusions of Law\n\n\
1. No hospital in Kinshasa or in a nearby country has been shown to lack the means to close the hole.\n\n\
2. The applicant has not met the burden of proof.\n\n\
3. The applicant has not carried his burden.\n\n\
The applicant has not met the burden of proof.\n\n\
The petitioner has not established eligibility for parole.\n\n\
The application is denied.\n\n\
Sincerely,\n\n\
Officer\n";
    let r = reading(text);
    let got: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        got,
        [
            "No hospital in Kinshasa or in a nearby country has been shown to lack the means to close the hole."
        ]
    );
}

#[test]
fn income_found_below_the_guideline_is_a_ground_of_financial_support() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: February 4, 2028\n\
Receipt Number: IOE0900000073\n\n\
Dear Ms. Haile:\n\n\
USCIS finds that the income shown on the sponsor's tax return is below the guideline for a household of five.\n\n\
Sincerely,\n\n\
Officer\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [(
            "financial-support".to_owned(),
            "USCIS finds that the income shown on the sponsor's tax return is below the guideline for a household of five.".to_owned()
        )]
    );
}

/// "accepted him¹ ... with him.²": superscript numerals, as PDF text gives
/// note markers, cite the notes after the signature as markers in
/// brackets do, and the notes they open ("¹ The center ...") are read as
/// the grounds, without their numerals.
#[test]
fn superscript_note_markers_cite_the_notes_after_the_signature() {
    let body = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: March 8, 2028\nReceipt: IOE0900000074\n\n\
The applicant asks parole for her brother to have his liver replaced in Dallas. It has not been shown that the Dallas team has taken him on\u{b9} or that a donor has been found.\u{b2} The application is therefore denied.\n\n\
Sincerely,\n\nA. Mensah\nField Office Director\n\n";
    let want = [
        "The Dallas team wrote that it would look at his scans when they arrive. No date for that review is given.",
        "His son offered to give part of his liver, but no test of the son's fitness is on file.",
    ];
    for notes in [
        "Notes\n\n\u{b9} The Dallas team wrote that it would look at his scans when they arrive. No date for that review is given.\n\n\
\u{b2} His son offered to give part of his liver, but no test of the son's fitness is on file.\n",
        "Notes\n\n\u{b9}The Dallas team wrote that it would look at his scans when they arrive. No date for that review is given.\n\n\
\u{b2}His son offered to give part of his liver, but no test of the son's fitness is on file.\n",
    ] {
        let r = reading(&format!("{body}{notes}"));
        let got: Vec<&str> = r.grounds.iter().map(|g| g.found.quote.as_str()).collect();
        assert_eq!(got, want, "{notes}");
        assert!(
            r.grounds[0].found.how.starts_with("note 1, after the signature"),
            "{}",
            r.grounds[0].found.how
        );
        assert_eq!(r.citing_notes.len(), 1, "{:?}", r.citing_notes);
    }
}

/// The last note the body cites may run on into a second paragraph about
/// the same thing ("Nor does the bank statement ..."): it goes on with
/// the note; what follows about nothing the note names does not.
#[test]
fn a_second_paragraph_of_the_last_note_goes_on_with_it() {
    let text = notice(
        "DECISION",
        "The treating surgeon gives no date for the operation,[1] and the cost of the stay is not shown to be met.[2]\n\n\
The application is denied.",
        "Notes\n\n[1] Dr. Rahman's letter names no month for the operation.\n\n\
[2] The sponsor's Form I-134 lists savings of $4,000, not enough for an estimate of $60,000.\n\n\
Nor does any bank statement show the income the sponsor claims.\n\n\
This letter confers no status and is no proof of a right to remain.\n",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "Dr. Rahman's letter names no month for the operation.",
            "The sponsor's Form I-134 lists savings of $4,000, not enough for an estimate of $60,000. Nor does any bank statement show the income the sponsor claims.",
        ]
    );
}

/// A provider glad only to see the patient, a region's hospitals never
/// asked to take the case, a flight she may not be stable enough for, and
/// a relative's offer of a room and meals get the categories an attorney
/// gives them.
#[test]
fn an_offer_only_to_see_her_a_case_no_one_near_was_asked_to_take_and_a_flight_she_may_not_bear_name_their_categories()
 {
    let playbook = Playbook::builtin();
    let denial = rebut::model::DecisionKind::parse("denial");
    let cases = [
        (
            "us-treatment-arranged",
            "The Phoenix coordinator writes that the team would be happy to see the girl. Her note is not signed and sets no plan of treatment.",
        ),
        (
            "treatment-unavailable",
            "Perth is a short flight from Bali, yet nothing shows that any hospital there was asked to take the case.",
        ),
        (
            "travel-feasibility",
            "No physician has confirmed that the boy is stable enough to sit upright for eleven hours, or what would happen if he seized on board.",
        ),
        (
            "support-plan",
            "His aunt says they are welcome to stay in her flat, but she does not say who would buy their food or get them to the clinic, and the I-134 shows funds for only a month.",
        ),
    ];
    for (want, quote) in cases {
        let got = import::category_of(quote, &playbook, denial);
        assert_eq!(got.id, want, "{quote}: {:?} {:?}", got.matched, got.runner_up);
    }
}

/// Points numbered within the parts of the standard ("2.1", "2.2" under
/// "Part 2. Care in the United States"): the number is the point's
/// enumerator and leaves its quote; each numbered point is one ground, its
/// second sentence on another document no ground of its own; and the
/// paragraph that states the power to parole and how the points are laid
/// out is none.
#[test]
fn points_numbered_within_the_parts_of_the_standard_are_grounds_without_their_numbers() {
    let text = "DECISION\n\nMay 4, 2027\nReceipt Number: IOE0900000071\n\n\
Dear Ms. Orsolya:\n\n\
This decision answers the Form I-131 you filed for your father, who has a narrowed artery of the heart, for a bypass operation in Cleveland, Ohio. The application is denied.\n\n\
The authority to parole, found at INA 212(d)(5)(A), is exercised only case by case for urgent humanitarian reasons or significant public benefit. The findings below are arranged under the parts of that standard they concern; within a part they carry its number.\n\n\
Part 1. Urgent Humanitarian Reasons\n\n\
1.1 Dr. Hoxha writes from Tirana that your father's chest pain is controlled with tablets and that he has had no hospital admission this year. Dr. Hoxha does not state whether the narrowing is getting worse, or what harm is expected if the operation waits.\n\n\
Part 2. Care in the United States\n\n\
2.1 The Cleveland hospital offers a clinic visit only. No surgeon has agreed to operate, and no date is given.\n\n\
This decision is final. You may file a new Form I-131, with fee, if new facts arise.\n\n\
Sincerely,\n\nDirector\n";
    assert_eq!(
        grounds(text),
        [
            (
                "medical-urgency".to_owned(),
                "Dr. Hoxha writes from Tirana that your father's chest pain is controlled with tablets and that he has had no hospital admission this year. Dr. Hoxha does not state whether the narrowing is getting worse, or what harm is expected if the operation waits.".to_owned()
            ),
            (
                "us-treatment-arranged".to_owned(),
                "The Cleveland hospital offers a clinic visit only. No surgeon has agreed to operate, and no date is given.".to_owned()
            ),
        ]
    );
}

/// "We intend to deny the request. The concerns are set out below so that
/// you can reply to each.": the introduction of the concerns, with its
/// purpose, is no ground, though it names the concerns.
#[test]
fn an_introduction_that_says_why_the_concerns_are_set_out_is_no_ground() {
    let text = "NOTICE OF INTENT TO DENY\n\nJune 2, 2027\nReceipt Number: IOE0900000072\n\n\
Dear Mr. Halvorsen and Ms. Dagny:\n\n\
We write to you both about the Form I-131 filed for Ms. Dagny, who needs a new hip joint after a fall.\n\n\
We intend to deny the request. The concerns are set out below so that each of you can reply to them.\n\n\
Concern 1\n\
The surgeon's letter is not signed and gives no date for the operation.\n\n\
Concern 2\n\
The Form I-134 shows income of $21,000, and no other funds are shown for the estimate of $52,000.\n\n\
Each of you may respond within 33 days of the date of this notice.\n\n\
Sincerely,\n\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, quote)| quote).collect();
    assert_eq!(
        got,
        [
            "The surgeon's letter is not signed and gives no date for the operation.",
            "The Form I-134 shows income of $21,000, and no other funds are shown for the estimate of $52,000.",
        ]
    );
}

/// Papers that disagree on who the beneficiary is put her identity, a
/// matter of security, in doubt; and how long an operation can wait, with
/// the patient's breathing now, is medical urgency, though "safely" is a
/// word of travel.
#[test]
fn an_identity_in_doubt_and_how_long_an_operation_can_wait_name_their_categories() {
    let playbook = Playbook::builtin();
    let rfe = rebut::model::DecisionKind::parse("rfe");
    let cases = [
        (
            "security",
            "Her passport dates from last year, and the national identity card issued in 2015 shows a different date of birth. Nothing explains this, and USCIS cannot confirm who she is.",
        ),
        (
            "medical-urgency",
            "The CT report measures the growth at three centimeters but does not say whether he has trouble breathing. Evidence may include a current examination and the surgeon's view of how long the removal can safely wait.",
        ),
    ];
    for (want, quote) in cases {
        let got = import::category_of(quote, &playbook, rfe);
        assert_eq!(got.id, want, "{quote}: {:?} {:?}", got.matched, got.runner_up);
    }
}

/// A denial's paragraph that opens with the outcome alone ("... that
/// parole should be approved") and gives its reason in the next sentence
/// is a ground; an RFE's opening that states the outcome and then only
/// asks for what is described below is none.
#[test]
fn an_outcome_alone_then_a_reason_is_a_ground_but_an_outcome_then_a_request_is_not() {
    let denial = notice(
        "DECISION",
        "The application is denied.\n\n\
The file does not show that parole should be approved. Dr. Osei's note is two years old and says nothing of how the hip is now.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&denial).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The file does not show that parole should be approved. Dr. Osei's note is two years old and says nothing of how the hip is now."
        ]
    );
    let rfe = notice(
        "REQUEST FOR EVIDENCE",
        "What you sent so far does not show that parole is justified. Please send what is asked for below.\n\n\
1. No surgeon in Tampa has said that he will operate. Submit a letter from the surgeon naming a date.\n\n\
Your response must be received by December 1, 2027.",
        "",
    );
    let got: Vec<String> = grounds(&rfe).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "No surgeon in Tampa has said that he will operate. Submit a letter from the surgeon naming a date."
        ]
    );
}

/// "You requested parole ..., but nothing shows ...": a recital of the
/// request that itself turns to a finding is a ground, though the
/// paragraph ends on the decision.
#[test]
fn a_recital_of_the_request_that_turns_to_a_finding_is_a_ground() {
    let text = notice(
        "DECISION",
        "You requested parole for your niece so that her hip could be rebuilt, but nothing in the file shows that no surgeon in Lima could do it. The file was read in full. The application is therefore denied.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got = grounds(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "treatment-unavailable", "{got:?}");
    assert!(
        got[0].1.starts_with("You requested parole for your niece"),
        "{got:?}"
    );
}

/// Under "What we received:", a paragraph that goes on to find what came
/// in short and to ask for more is a ground; one that only lists what
/// came in is none.
#[test]
fn under_what_was_received_a_paragraph_that_finds_and_asks_is_a_ground() {
    let text = notice(
        "REQUEST FOR EVIDENCE",
        "Each point says what we received.\n\n\
Point A. Surgery in Peru.\n\n\
What we received:\n\
A single email from a clinic in Lima. The file does not show that no surgeon in Peru could rebuild the hip. Please submit a letter from an orthopedist there.\n\n\
Point B. The sponsor.\n\n\
What we received:\n\
Her Form I-134 and a pay slip from May 2027.\n\n\
Your response must be received by December 1, 2027.",
        "",
    );
    let got = grounds(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("A single email from a clinic in Lima."),
        "{got:?}"
    );
    let r = reading(&text);
    assert!(
        passed_over(&r).contains(&"Her Form I-134 and a pay slip from May 2027."),
        "{:?}",
        r.passed_over
    );
}

/// In an RFE, "Evidence may include documents in any language, provided
/// ..." tells how evidence must be sent, not what a point needs: no
/// ground.
#[test]
fn evidence_may_include_on_the_form_of_documents_only_is_no_ground() {
    let text = notice(
        "REQUEST FOR EVIDENCE",
        "No surgeon in Tampa has said that he will operate. Evidence may include a letter from the surgeon naming a date.\n\n\
Evidence may include records in any language, as long as each comes with a complete English translation that the translator certifies.\n\n\
Your response must be received by December 1, 2027.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "No surgeon in Tampa has said that he will operate. Evidence may include a letter from the surgeon naming a date."
        ]
    );
}

/// A short line ending in a colon that the playbook does not name as a
/// section label ("Three points are open:") stays in the paragraph it
/// stands in: it neither splits a ground nor drops out of its quote.
#[test]
fn a_colon_line_that_is_no_section_label_stays_in_its_ground() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
The file does not show that she would leave once the hip is rebuilt. Her plans are unclear.\n\
Three points are open:\n\
No return flight is booked, and the stay asked for is a year though the surgeon speaks of six weeks.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The file does not show that she would leave once the hip is rebuilt. Her plans are unclear. Three points are open: No return flight is booked, and the stay asked for is a year though the surgeon speaks of six weeks."
        ]
    );
}

/// In a memo whose sections open with run-in headings, a heading that
/// itself finds against the request ("Funds not shown.") stays in the
/// quote; a heading that only names a subject does not.
#[test]
fn a_run_in_heading_that_states_a_finding_stays_in_the_quote() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
DECISION MEMORANDUM\n\n\
DATE: June 6, 2028\n\
RECEIPT NUMBER: IOE0900000076\n\n\
Background. You asked that your niece be paroled to have her hip rebuilt in Tampa. The request is denied.\n\n\
Return home. Nothing shows that she would go back to Lima once the hip has healed.\n\n\
Insufficient funds. The sponsor's Form I-134 shows savings of $3,000 against an estimate of $70,000.\n\n\
Conclusion. For these reasons the request is denied.\n\n\
Officer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "Nothing shows that she would go back to Lima once the hip has healed.",
            "Insufficient funds. The sponsor's Form I-134 shows savings of $3,000 against an estimate of $70,000.",
        ]
    );
}

/// "1. ... Evidence may include:" over a line of its own that names the
/// evidence ("A current letter ...") and then the next item: the line is
/// what the colon introduces, part of the item's ground.
#[test]
fn a_numbered_ground_ending_in_a_colon_keeps_the_line_it_introduces() {
    let text = notice(
        "REQUEST FOR EVIDENCE",
        "More is needed on the points below.\n\n\
1. No surgeon in Tampa has said that he will operate.\n\
Evidence may include:\n\
A letter from the surgeon naming a date.\n\n\
2. The sponsor's pay slips do not show how the stay of a year would be paid for. Please submit her tax return for 2026.\n\n\
Your response must be received by December 1, 2027.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "No surgeon in Tampa has said that he will operate. Evidence may include: A letter from the surgeon naming a date.",
            "The sponsor's pay slips do not show how the stay of a year would be paid for. Please submit her tax return for 2026.",
        ]
    );
}

#[test]
fn the_grounds_of_a_statement_of_reasons_attached_after_the_signature_are_read_past_its_numbered_sections() {
    // The letter points to the statement it attaches; the statement's
    // sections are numbered in capital Roman numerals.
    let text = "U.S. Citizenship and Immigration Services\nDECISION\nMay 4, 2027\nReceipt Number: IOE0900000031\n\
Dear Mr. Okafor:\n\n\
You asked for parole for your niece, Ada Okafor, age 19, a citizen of Nigeria, so that a kidney from her brother can be transplanted at a university hospital in Omaha, Nebraska.\n\n\
We deny the request. The reasons are set out in the attached Statement of Reasons, which is part of this decision.\n\n\
This decision is final and may not be appealed to the Administrative Appeals Office. You may file a new request with any new evidence.\n\n\
Sincerely,\nMarta Quist\nOfficer\nAttachment: Statement of Reasons\n\u{c}STATEMENT OF REASONS\nReceipt Number: IOE0900000031\n\n\
I. Record Reviewed\n\n\
Exhibit B-1: letter of the nephrologist in Lagos on the failing kidneys and the dialysis given since March 2027\n\n\
Exhibit B-2: Form I-134 signed by the petitioner in Chicago, with his tax return for 2026 and a bank letter\n\n\
II. Legal Standard\n\n\
Parole is granted only case by case for urgent humanitarian reasons or a significant public benefit, and the petitioner bears the burden of proving eligibility.\n\n\
III. Reasons\n\n\
1. The Omaha hospital (B-1) has not agreed to list your niece for a transplant, and no surgeon is named.\n\n\
2. Form I-134 (B-2) shows savings of $9,000 against a cost the record does not state, so payment for the operation is not shown.\n\n\
IV. Conclusion\n\n\
The petitioner has not shown that parole is warranted. The request is denied.\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The Omaha hospital (B-1) has not agreed to list your niece for a transplant, and no surgeon is named.",
            "Form I-134 (B-2) shows savings of $9,000 against a cost the record does not state, so payment for the operation is not shown.",
        ]
    );
}

#[test]
fn a_checklist_s_introduction_and_the_request_for_every_missing_item_are_no_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nJune 8, 2027\nReceipt: IOE0900000032\n\n\
You asked for parole for your son so that his spine can be operated on in Houston, Texas.\n\n\
We set your filing against what a request of this kind needs. The list below gives each document and whether it came in. Items marked Not received leave the record incomplete.\n\n\
Documents\n\n\
Passport copy — Received\n\n\
Surgeon's acceptance letter — Not received — The Houston clinic wrote only that it would review the scans; no surgeon has agreed to operate.\n\n\
Proof of funds — Not received — No sponsor has stated how the surgery and the stay would be paid for.\n\n\
Please submit each item marked Not received. Your response must be received within 87 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "Surgeon's acceptance letter — Not received — The Houston clinic wrote only that it would review the scans; no surgeon has agreed to operate.",
            "Proof of funds — Not received — No sponsor has stated how the surgery and the stay would be paid for.",
        ]
    );
}

#[test]
fn an_introduction_to_the_items_below_that_finds_the_burden_unmet_as_a_whole_makes_each_item_a_ground() {
    // The second item states two figures and asks how the cost would be
    // paid: no word of a finding, but a point of the list of grounds.
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nMarch 9, 2027\nReceipt: IOE0900000033\n\n\
You asked for parole for your daughter so that a hole in her heart can be closed at a hospital in Cleveland, Ohio.\n\n\
Parole is granted only case by case, and you must show eligibility by a preponderance of the evidence. The evidence filed so far does not meet that burden. We need the items below.\n\n\
1. The cardiologist's letter does not say how soon the defect must be closed or what a delay would do.\n\n\
2. The clinic quotes $92,000 for the operation and the stay, and your sponsor's tax return shows wages of $38,000 and savings of $4,500. Show how the operation and the stay would be paid for.\n\n\
3. No hospital in the region has been asked to treat her. Provide replies from hospitals in nearby countries.\n\n\
Your response must be received within 87 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The cardiologist's letter does not say how soon the defect must be closed or what a delay would do.",
            "The clinic quotes $92,000 for the operation and the stay, and your sponsor's tax return shows wages of $38,000 and savings of $4,500. Show how the operation and the stay would be paid for.",
            "No hospital in the region has been asked to treat her. Provide replies from hospitals in nearby countries.",
        ]
    );
}

#[test]
fn a_hope_to_build_a_life_here_and_no_word_that_the_patient_was_accepted_name_their_categories() {
    // The first names the care she would need at home, the second a cost
    // estimate to come: neither is what the finding is about.
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 3, 2027\nReceipt: IOE0900000034\n\n\
The request is denied for the following reasons:\n\n\
1. After the operation she would need checks at the center for the rest of her life, and nothing says how she would obtain them in Peru; your letter hopes that she can build a life here with her aunt.\n\n\
2. The clinic's office writes that a cost estimate will follow once the scans are read, and no surgeon at the clinic has said that the girl was accepted.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(got, ["temporary-stay", "us-treatment-arranged"]);
}

#[test]
fn the_question_an_answer_opens_with_names_its_point_and_weighs_twice_in_its_category() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: September 6, 2027\nReceipt: IOE0900000035\n\n\
We ask the questions below of every request of this kind, and on this record we intend to deny it.\n\n\
1. Will she return home once the surgery is over? The record does not say. You write that she and her son have moved in with your sister in Tampa while visiting on a visa, and no house in Accra is named.\n\n\
2. Has she been found to have broken U.S. immigration law? Yes. She stayed in the United States for eight months beyond her authorized stay in 2025, and your request does not acknowledge the overstay.\n\n\
Sincerely,\nDirector\n";
    let got = grounds(text);
    let categories: Vec<&str> = got.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(categories, ["temporary-stay", "discretion"]);
    // The question stays in the quote.
    assert!(got[0].1.starts_with("Will she return home"), "{got:?}");
}

/// A sentence naming a translation or a form that must come with proof is
/// form boilerplate only when it finds nothing: one that says the copy
/// sent has none, or that none came, is a ground.
#[test]
fn a_paragraph_on_translations_or_what_a_form_needs_is_a_ground_when_it_finds_the_record_short() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
The sole scan from the clinic in Durres is in a foreign language and came with no English translation, so USCIS cannot tell what it says about the hip.\n\n\
The surgeon's letter must be translated, and the copy you filed has no certified English translation.\n\n\
A Form I-134 must be accompanied by proof of the sponsor's income; none came with the one you filed.\n\n\
Any document in a foreign language must be accompanied by a full English translation.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The sole scan from the clinic in Durres is in a foreign language and came with no English translation, so USCIS cannot tell what it says about the hip.",
            "The surgeon's letter must be translated, and the copy you filed has no certified English translation.",
            "A Form I-134 must be accompanied by proof of the sponsor's income; none came with the one you filed.",
        ]
    );
}

/// "You requested parole ..., and the Form I-134 shows only ...": a
/// recital with a finding in a clause of its own, with no contrast word,
/// is a ground, and the only one: the letter is not quoted whole.
#[test]
fn a_recital_with_a_finding_in_a_clause_of_its_own_is_a_ground() {
    let text = notice(
        "DECISION",
        "You requested parole so that your niece could have her hip rebuilt in Tampa, and the Form I-134 you filed shows savings of only $4,000 against an estimate of $60,000. After careful review, the application is denied.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "You requested parole so that your niece could have her hip rebuilt in Tampa, and the Form I-134 you filed shows savings of only $4,000 against an estimate of $60,000. After careful review, the application is denied."
        ]
    );
}

/// Under "What we received:", an item of one sentence whose clause after
/// its name judges it (", which does not say ...") is a ground; one that
/// only names what came in is not.
#[test]
fn a_received_item_of_one_sentence_that_judges_what_came_in_is_a_ground() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
What we received:\n\n\
A letter from Dr. Sousa dated May 2026, which does not say when the hip could be rebuilt.\n\n\
A copy of the passport.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        ["A letter from Dr. Sousa dated May 2026, which does not say when the hip could be rebuilt."]
    );
}

/// A purpose ("so that you may answer") after "set out below" or
/// "described below" ends at its comma: a finding after it is the
/// paragraph's own, and makes it a ground.
#[test]
fn a_finding_after_the_purpose_of_an_introduction_keeps_the_paragraph_a_ground() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
The points are set out below so that you may answer them, and the record does not show that any surgeon in Tampa has agreed to operate.\n\n\
The letter from Dr. Sousa, described below so that you can find it in the record, does not state when the hip could be rebuilt.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The points are set out below so that you may answer them, and the record does not show that any surgeon in Tampa has agreed to operate.",
            "The letter from Dr. Sousa, described below so that you can find it in the record, does not state when the hip could be rebuilt.",
        ]
    );
}

/// A sentence that opens as the rule does but gives, after "because", why
/// it goes against this request is a ground, not the standard.
#[test]
fn a_rule_given_a_reason_of_this_case_is_a_ground() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
The authority to parole is not exercised here because the surgeon in Durres wrote that the hip can be rebuilt there in the spring.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The authority to parole is not exercised here because the surgeon in Durres wrote that the hip can be rebuilt there in the spring."
        ]
    );
}

/// "What is needed:" right after a finding, over a line that asks for a
/// document: the label and the line belong to that finding's ground, and
/// the close after them does not.
#[test]
fn a_request_under_a_section_label_after_a_finding_is_part_of_its_ground() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
The letter from Dr. Sousa does not state when the hip could be rebuilt.\n\
What is needed:\n\
A current letter stating what a delay would do to the hip.\n\n\
This decision is final. You may file a new Form I-131, with its fee, if new facts come to light.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The letter from Dr. Sousa does not state when the hip could be rebuilt. What is needed: A current letter stating what a delay would do to the hip."
        ]
    );
}

/// "14.02.26" at the head of a line is a date and "1.5 Million" a sum:
/// neither is an item number, and both stay in the quote.
#[test]
fn a_date_or_a_decimal_sum_at_the_head_of_a_line_is_no_item_number() {
    let text = notice(
        "DECISION",
        "The application is denied.\n\n\
14.02.26 The clinic in Durres examined your niece and did not find the hip past repair.\n\n\
1.5 Million people in Portugal are seen each year by clinics like it, and the record does not show why Tampa is needed.\n\n\
There is no appeal from this decision.",
        "",
    );
    let got: Vec<String> = grounds(&text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "14.02.26 The clinic in Durres examined your niece and did not find the hip past repair.",
            "1.5 Million people in Portugal are seen each year by clinics like it, and the record does not show why Tampa is needed.",
        ]
    );
}

#[test]
fn the_evidence_an_rfe_lists_for_a_point_stays_with_that_point_whatever_it_is_about() {
    // The evidence listed names a flight, a subject of its own: it still
    // answers the point before it, and starts no ground.
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: May 4, 2027\nReceipt: IOE0900000041\n\n\
We need more evidence on the points below before we can decide.\n\n\
The letter from the clinic in Denver does not say that a surgeon has agreed to operate on your daughter. Evidence may include a letter from the surgeon naming the operation and its date.\n\n\
The record does not show that your daughter would go back to Ghana once the treatment ends or that a clinic there would see her afterward. Evidence may include a letter from her doctor in Accra agreeing to resume her care, and your plans for the flight home.\n\n\
Your response must be received within 87 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The letter from the clinic in Denver does not say that a surgeon has agreed to operate on your daughter. Evidence may include a letter from the surgeon naming the operation and its date.",
            "The record does not show that your daughter would go back to Ghana once the treatment ends or that a clinic there would see her afterward. Evidence may include a letter from her doctor in Accra agreeing to resume her care, and your plans for the flight home.",
        ]
    );
}

#[test]
fn an_opening_that_finds_the_record_short_as_a_whole_and_asks_for_an_answer_to_every_item_introduces_them() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: June 8, 2027\nReceipt: IOE0900000042\n\n\
You seek parole for your brother so that a tumor of the jaw can be removed in Boston, Massachusetts.\n\n\
The file as it stands does not establish eligibility. Our questions are grouped in two items below. Please answer each concern.\n\n\
The Surgeon in Boston\n\
The hospital's letter confirms only that it received his scans. No surgeon has agreed to operate. Please provide a letter of acceptance.\n\n\
Care at Home\n\
The record does not show why the teaching hospital in Kumasi cannot remove the tumor. Please explain why he cannot be treated there.\n\n\
Your response must be received within 87 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The hospital's letter confirms only that it received his scans. No surgeon has agreed to operate. Please provide a letter of acceptance.",
            "The record does not show why the teaching hospital in Kumasi cannot remove the tumor. Please explain why he cannot be treated there.",
        ]
    );
}

#[test]
fn a_request_to_answer_every_point_drops_only_itself_never_a_finding_after_it() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: March 3, 2027\nReceipt: IOE0900000051\n\n\
You seek parole for your cousin so that his spine can be fused in Denver, Colorado. USCIS intends to deny the request for the reasons given below.\n\n\
Please respond to every point that follows. The letter from the clinic in Lima does not say that the fusion cannot wait.\n\n\
Address each of these concerns: (a) no surgeon in Denver has accepted him as a patient; and (b) the sponsor's Form I-134 reports no savings.\n\n\
Please answer each concern below.\n\n\
You may submit evidence within 33 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The letter from the clinic in Lima does not say that the fusion cannot wait.",
            "no surgeon in Denver has accepted him as a patient",
            "the sponsor's Form I-134 reports no savings.",
        ]
    );
}

#[test]
fn a_list_of_evidence_that_gives_a_finding_of_its_own_is_a_ground_apart_from_the_one_before() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: March 3, 2027\nReceipt: IOE0900000052\n\n\
You seek parole for your cousin so that his spine can be fused in Denver, Colorado. USCIS intends to deny the request for the reasons given below.\n\n\
The record does not show that the fusion cannot wait. Evidence may include bank statements of the sponsor covering the clinic's estimate of $95,000, since the Form I-134 reports wages of $19,000 a year and no savings.\n\n\
You may submit evidence within 33 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The record does not show that the fusion cannot wait.",
            "Evidence may include bank statements of the sponsor covering the clinic's estimate of $95,000, since the Form I-134 reports wages of $19,000 a year and no savings.",
        ]
    );
}

/// The quotes read from a notice of `title` with `body` between its header
/// and the response instructions.
fn quotes_of(title: &str, body: &str) -> Vec<String> {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\n{title}\n\n\
Date: May 10, 2027\nReceipt: IOE0900000061\n\n\
You asked that your aunt be paroled so that a kidney stone can be broken up in Austin, Texas.\n\n\
{body}\n\n\
You may submit evidence within 33 days of the date of this notice.\n\n\
Sincerely,\nOfficer\n"
    );
    grounds(&text).into_iter().map(|(_, q)| q).collect()
}

#[test]
fn a_decision_put_off_then_concerns_stated_below_introduces_them() {
    let got = quotes_of(
        "REQUEST FOR EVIDENCE",
        "We cannot yet decide your request. Each concern is stated below, with the evidence that would meet it.\n\n\
The record does not show that the clinic in Quito lacks the equipment to break up the stone.",
    );
    assert_eq!(
        got,
        ["The record does not show that the clinic in Quito lacks the equipment to break up the stone."]
    );
}

#[test]
fn an_outcome_not_shown_then_a_request_to_address_the_concerns_that_follow_introduces_them() {
    let got = quotes_of(
        "REQUEST FOR EVIDENCE",
        "The file does not yet establish that parole should be granted. Please address the concerns that follow.\n\n\
No urologist in Austin has agreed to see your aunt.",
    );
    assert_eq!(got, ["No urologist in Austin has agreed to see your aunt."]);
}

#[test]
fn concerns_said_to_remain_after_the_response_is_no_ground() {
    let got = quotes_of(
        "DECISION",
        "Your response was received on April 2, 2027.\n\n\
We compared your response with the concerns we raised, and they remain.\n\n\
The new letter from the clinic in Quito does not say why the stone cannot be treated there.\n\n\
The request is therefore denied.",
    );
    assert_eq!(
        got,
        ["The new letter from the clinic in Quito does not say why the stone cannot be treated there."]
    );
}

#[test]
fn how_a_table_of_factors_is_marked_is_no_ground() {
    let got = quotes_of(
        "NOTICE OF INTENT TO DENY",
        "Rows marked \"Met\" are not discussed further. Rows marked \"Not met\" are explained below, and on them we intend to deny the request.\n\n\
The record does not show who would pay for the procedure.",
    );
    assert_eq!(got, ["The record does not show who would pay for the procedure."]);
}

#[test]
fn what_the_officer_reviewed_then_a_burden_found_unmet_for_reasons_that_follow_is_no_ground() {
    let got = quotes_of(
        "DECISION",
        "I have reviewed your statement, the scans, a letter from the clinic in Quito and your Form I-134. Having considered all of it, I find that you have not met your burden, for two reasons.\n\n\
First, the clinic in Quito writes that it breaks up such stones every week, and nothing shows why your aunt could not be treated there.\n\n\
Second, no urologist in Austin has agreed to see your aunt.\n\n\
For these reasons, I deny the request.",
    );
    assert_eq!(
        got,
        [
            "First, the clinic in Quito writes that it breaks up such stones every week, and nothing shows why your aunt could not be treated there.",
            "Second, no urologist in Austin has agreed to see your aunt.",
        ]
    );
}

#[test]
fn a_lettered_item_that_finds_the_record_silent_is_a_ground_though_nothing_introduced_the_list() {
    let got = quotes_of(
        "NOTICE OF INTENT TO DENY",
        "USCIS intends to deny the request; its grounds are (a) and (b).\n\n\
(a) No urologist in Austin has agreed to see your aunt.\n\n\
(b) After the procedure she would need to stay near the clinic for two weeks, and the file is silent on where she would sleep.",
    );
    assert_eq!(
        got,
        [
            "No urologist in Austin has agreed to see your aunt.",
            "After the procedure she would need to stay near the clinic for two weeks, and the file is silent on where she would sleep.",
        ]
    );
}

#[test]
fn a_connective_after_words_whose_subject_is_unclear_starts_another_ground() {
    let got = quotes_of(
        "NOTICE OF INTENT TO DENY",
        "USCIS intends to deny the request. Your aunt's surgeon in Quito writes that she takes medicine for the pain and that he plans to remove the stone next spring, and he does not say that the treatment in Austin would work better or could not be done in Lima or Bogota. Further, the Austin letter says only that the clinic \"welcomes patients from abroad,\" and gives no sign that any surgeon there has read her file or agreed to operate.",
    );
    assert_eq!(
        got,
        [
            "Your aunt's surgeon in Quito writes that she takes medicine for the pain and that he plans to remove the stone next spring, and he does not say that the treatment in Austin would work better or could not be done in Lima or Bogota.",
            "Further, the Austin letter says only that the clinic \"welcomes patients from abroad,\" and gives no sign that any surgeon there has read her file or agreed to operate.",
        ]
    );
}

#[test]
fn grounds_opening_with_a_short_heading_and_a_colon_leave_the_heading_out() {
    // One line per ground and no blank lines between them: each heading
    // starts its ground, and titles it as an enumerator would.
    let got = grounds(
        "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 10, 2027\nReceipt: IOE0900000062\n\n\
You asked that your aunt be paroled so that a kidney stone can be broken up in Austin, Texas.\n\n\
USCIS intends to deny the request. Each concern is given below under a short heading.\n\n\
Timing: The only letter from a urologist is three years old, and nothing in the file says the stone must be removed soon.\n\
Care nearby: Stones of this size are broken up every week in Lima and Bogota. You have not said that a clinic there was asked to treat her.\n\
Flights: No doctor has said that your aunt can fly for ten hours with the stone in place.\n\n\
You may submit evidence within 33 days of the date of this notice.\n\nSincerely,\nOfficer\n",
    );
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The only letter from a urologist is three years old, and nothing in the file says the stone must be removed soon.",
            "Stones of this size are broken up every week in Lima and Bogota. You have not said that a clinic there was asked to treat her.",
            "No doctor has said that your aunt can fly for ten hours with the stone in place.",
        ]
    );
    assert_eq!(got[1].0, "treatment-unavailable", "{got:?}");
}

#[test]
fn openings_that_say_how_the_grounds_follow_or_that_they_still_stand_are_no_grounds() {
    for opening in [
        "We have read the reply in full, but the concerns set out in our request were not overcome.",
        "The evidence now in the file is not enough to decide the request. Please answer the following points.",
        "Your letter makes three claims. Each is quoted below, followed by what the file lacks to support it.",
    ] {
        let got = quotes_of(
            "NOTICE OF INTENT TO DENY",
            &format!("{opening}\n\nNo urologist in Austin has agreed to see your aunt."),
        );
        assert_eq!(
            got,
            ["No urologist in Austin has agreed to see your aunt."],
            "{opening}"
        );
    }
}

#[test]
fn a_sentence_that_recites_a_claim_and_answers_it_is_one_ground_to_its_end() {
    let got = quotes_of(
        "NOTICE OF INTENT TO DENY",
        "You assert that no clinic in Peru breaks up stones, but no urologist says that the stone must be removed urgently, and you have not shown whether the treatment she does need could be given in Bogota or Quito.",
    );
    assert_eq!(
        got,
        [
            "You assert that no clinic in Peru breaks up stones, but no urologist says that the stone must be removed urgently, and you have not shown whether the treatment she does need could be given in Bogota or Quito."
        ]
    );
}

#[test]
fn an_email_that_only_acknowledges_records_and_a_drug_hard_to_obtain_name_their_categories() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 10, 2027\nReceipt: IOE0900000063\n\n\
You asked that your aunt be paroled so that a kidney stone can be broken up in Austin, Texas.\n\n\
USCIS intends to deny the request. The urine tests from January and April show a stone of the same size in both, and no urologist has written that it must be removed urgently. Moreover, the Austin email asks you to forward medical records and names no doctor, treatment or date.\n\n\
The Denver clinic's email only acknowledges that her files arrived and says a coordinator will call. No urologist there has offered to operate.\n\n\
Large teaching hospitals in Lima and Quito perform this operation on adults, and nothing explains why your aunt could not have the operation in either city.\n\n\
The Lima urologist writes that the medicine that dissolves such stones is difficult to obtain. Difficulty is not unavailability, and nothing shows that it cannot be imported or that it is not given in Bogota.\n\n\
You may submit evidence within 33 days of the date of this notice.\n\nSincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(
        got,
        [
            "medical-urgency",
            "us-treatment-arranged",
            "us-treatment-arranged",
            "treatment-unavailable",
            "treatment-unavailable"
        ]
    );
}

#[test]
fn a_claim_quoted_on_a_line_of_its_own_over_its_answer_is_no_part_of_the_ground() {
    // Lines wrapped as a PDF's are, paragraphs set apart by blank lines:
    // the quoted claim fills more than half a line, yet stands apart.
    let got = quotes_of(
        "REQUEST FOR EVIDENCE",
        "Your letter makes two claims. Each is quoted below, followed by what the\n\
file lacks to support it.\n\n\
\"My aunt loses more of her kidney with every week that she waits.\"\n\
No urologist has said this. The only letter, from a clinic in Lima dated\n\
March 2027, describes the stone but says nothing of when it must come out.\n\n\
\"Nobody in Peru can do this.\"\n\
The Lima clinic writes that it breaks up such stones, and nothing shows why\n\
your aunt could not be treated there.",
    );
    assert_eq!(
        got,
        [
            "No urologist has said this. The only letter, from a clinic in Lima dated March 2027, describes the stone but says nothing of when it must come out.",
            "The Lima clinic writes that it breaks up such stones, and nothing shows why your aunt could not be treated there.",
        ]
    );
}

/// Every paragraph numbered, the frame's as well as the findings': a
/// recital of what was filed, by whom and for whom ("This decision concerns
/// the Form I-131 filed ..."), is no ground, nor is a sentence that
/// declines to decide a point ("USCIS need not reach the question ...");
/// beside a finding of its own in the same paragraph, such a sentence does
/// not take the ground away.
#[test]
fn in_numbered_paragraphs_the_recital_of_the_filing_and_a_point_not_reached_are_no_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: April 2, 2027\nReceipt: IOE0900000901\n\n\
1. This decision concerns the Form I-131 filed on January 8, 2027 by Amara Diallo of Columbus, Ohio, for her nephew, Ousmane Diallo, a four-year-old boy who lives with his grandmother in Bamako, Mali.\n\n\
2. Parole under INA 212(d)(5)(A) is granted only temporarily, case by case, for urgent humanitarian reasons or significant public benefit.\n\n\
3. The cardiologist in Bamako writes that the boy's heart defect \"can be repaired locally,\" and the record does not say why the surgery must be done in the United States.\n\n\
4. No hospital in the United States has agreed to operate on him. USCIS therefore does not reach the question of who would pay for the operation.\n\n\
5. As the requirements for parole are not met, USCIS need not reach the question whether parole would be warranted in the exercise of discretion.\n\n\
6. The request is denied.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    let quotes: Vec<&str> = got.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "The cardiologist in Bamako writes that the boy's heart defect \"can be repaired locally,\" and the record does not say why the surgery must be done in the United States.",
            "No hospital in the United States has agreed to operate on him. USCIS therefore does not reach the question of who would pay for the operation.",
        ],
        "{got:?}"
    );
}

/// A note after the signature that states a rule of weighing ("Gaps left
/// unexplained can reduce ..."), not a finding on this record, gives no
/// reason: the paragraph citing it is read whole as the ground, and the
/// note is none.
#[test]
fn a_note_that_states_a_rule_gives_no_ground_and_the_paragraph_citing_it_is_read_whole() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: August 9, 2027\nReceipt: IOE0900000014\n\n\
No surgeon in Denver has agreed to operate on the boy, and the clinic's email speaks only of a first visit. Please submit a letter of acceptance.\n\n\
The two birth certificates filed give different dates of birth for the boy.[1] One says May 3, 2019, the other June 3, 2019. Please explain which is correct and submit the civil registry's extract.\n\n\
Sincerely,\n\nR. Almeida\nField Office Director\n\n\
____________________\n\
[1] Discrepancies left unexplained can reduce the weight given to the documents that show them.\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "No surgeon in Denver has agreed to operate on the boy, and the clinic's email speaks only of a first visit. Please submit a letter of acceptance.",
            "The two birth certificates filed give different dates of birth for the boy.[1] One says May 3, 2019, the other June 3, 2019. Please explain which is correct and submit the civil registry's extract.",
        ]
    );
}

/// What would follow were the care put off, and a current assessment
/// asked for: the urgency of the need, even where the one who should
/// assess it is a surgeon.
#[test]
fn what_would_follow_a_delay_and_a_current_assessment_are_the_urgency_of_the_need() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: August 10, 2027\nReceipt: IOE0900000015\n\n\
The orthopedic note from Gulu, dated March 2026, describes the fracture and the plate fitted then. No doctor has said what would follow if the removal of the plate were delayed. Please submit a current assessment from a treating surgeon.\n\n\
Sincerely,\n\nR. Almeida\nField Office Director\n";
    let got = grounds(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "medical-urgency", "{got:?}");
}

/// Asserts that the grounds read from `text` are its two reasons, the
/// surgeon's silence and the sponsor's means, and nothing around them.
fn the_surgeon_and_the_sponsor_alone(text: &str) {
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The surgeon in Houston has not said that the girl is a candidate for the operation, and no date of admission is given.",
            "The sponsor earns $24,000 a year, and nothing shows who would pay the hospital's estimate of $140,000.",
        ]
    );
}

/// The paragraph after the last lettered point that says what an answer
/// may hold, when it is weighed and that one arriving later is not read:
/// how to answer, no ground, even though it says the request would then
/// be decided on the file.
#[test]
fn a_closing_that_an_answer_arriving_later_is_not_read_is_no_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: June 4, 2027\nReceipt: IOE0900000031\n\n\
USCIS intends to deny the request for the reasons in paragraphs A and B.\n\n\
A. The surgeon in Houston has not said that the girl is a candidate for the operation, and no date of admission is given.\n\n\
B. The sponsor earns $24,000 a year, and nothing shows who would pay the hospital's estimate of $140,000.\n\n\
Your answer may enclose whatever documents bear on these points. USCIS will weigh an answer that reaches it within 33 days of the date on this notice. An answer that arrives later will not be read, and the request will then be decided on the file as it is.\n\n\
Sincerely,\nOfficer\n";
    the_surgeon_and_the_sponsor_alone(text);
}

/// A closing that says from which day the days allowed for a reply are
/// counted, "not from" the day of the notice it replaces: how long there
/// is to answer, no ground, though it has a word of denial.
#[test]
fn the_days_allowed_for_a_reply_counted_not_from_an_earlier_notice_are_no_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nAMENDED NOTICE OF INTENT TO DENY\n\n\
Date: June 14, 2027\nReceipt: IOE0900000032\n\n\
This notice takes the place of the notice of intent to deny dated June 2, 2027, which gave the wrong receipt number.\n\n\
The surgeon in Houston has not said that the girl is a candidate for the operation, and no date of admission is given.\n\n\
The sponsor earns $24,000 a year, and nothing shows who would pay the hospital's estimate of $140,000.\n\n\
The 45 days allowed for a reply count from the date of this amended notice, not from June 2, 2027. A reply should take up each reason.\n\n\
Sincerely,\nOfficer\n";
    the_surgeon_and_the_sponsor_alone(text);
}

/// A sentence ending in a colon over lines of the form "Label: value"
/// (the two requests a notice answers, each with its receipt number and
/// beneficiary) introduces those lines, not the grounds: the grounds are
/// read from the paragraph that says the points follow, and the standard
/// before it ("... an escort is paroled only if ...") is no ground.
#[test]
fn a_colon_over_lines_of_labels_and_values_introduces_them_not_the_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: May 11, 2027\n\nReceipt Number: IOE0900000033\n\n\
This notice answers two requests for parole filed on the same day and decided together:\n\n\
First request: IOE0900000033. Beneficiary: Ines Duarte (patient).\n\n\
Second request: IOE0900000034. Beneficiary: Rui Duarte (her grandfather).\n\n\
Mrs. Duarte asks that her granddaughter Ines be paroled for heart surgery in Boston and that the grandfather be paroled to travel with her.\n\n\
Each request is weighed on its own record, but the second depends on the first: an escort is paroled only if the patient's request is granted. Parole is given only case by case for urgent humanitarian reasons or significant public benefit. The requestor must show that each request qualifies by a preponderance of the evidence.\n\n\
USCIS received a letter from the cardiologist in Porto and a letter from the Boston hospital. The points below are numbered in one series.\n\n\
1. The Boston hospital has not said when it would operate. Submit a letter giving the date of surgery.\n\n\
2. Nothing shows who would pay the hospital's estimate of $96,000. Submit proof of the funds.\n\n\
Sincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The Boston hospital has not said when it would operate. Submit a letter giving the date of surgery.",
            "Nothing shows who would pay the hospital's estimate of $96,000. Submit proof of the funds.",
        ]
    );
}

#[test]
fn a_sentence_saying_each_numbered_item_below_states_what_is_lacking_is_no_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: May 4, 2027\nReceipt: IOE0900000311\n\n\
The record does not yet show that Tomas is eligible. Each numbered item below states what is lacking and what you may send about it.\n\n\
1. The surgeon in Boston has not written that she will operate, and no date is given. Provide a letter of acceptance from her.\n\n\
2. The sponsor's savings of $9,000 do not meet the estimate of $60,000. Submit proof of the rest of the funds.\n\n\
Your response must be received by August 1, 2027.\n\n\
Sincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        got,
        [
            "The surgeon in Boston has not written that she will operate, and no date is given. Provide a letter of acceptance from her.",
            "The sponsor's savings of $9,000 do not meet the estimate of $60,000. Submit proof of the rest of the funds.",
        ]
    );
}

/// "is eligible" alone at a sentence's end is the bare conclusion; eligible
/// for a trial or a charity's program is a fact of the case, a ground.
#[test]
fn eligible_for_a_trial_or_a_program_is_a_ground_not_the_bare_conclusion() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: May 4, 2027\nReceipt: IOE0900000316\n\n\
Nothing in the record shows that the child is eligible for the clinical trial.\n\n\
The letter does not show that the sponsor is eligible for the hospital's charity program, and no other payer is named.\n\n\
The request is denied.\n\nSincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        got,
        [
            "Nothing in the record shows that the child is eligible for the clinical trial.",
            "The letter does not show that the sponsor is eligible for the hospital's charity program, and no other payer is named.",
        ]
    );
}

#[test]
fn leave_to_answer_a_summary_box_a_recital_and_a_mailbox_note_are_no_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 4, 2027\nReceipt: IOE0900000312\n\n\
SUMMARY\n\n\
What this is: a Notice of Intent to Deny. Your request has not been denied, and no decision has been made.\n\n\
How to send it: see \"How to respond\" at the end of this notice.\n\n\
You filed a Form I-131 on January 3, 2027, together with a letter from a cardiologist in Quito and a Form I-134 from a cousin. The paragraphs below explain what is missing and why.\n\n\
The cardiologist's letter does not say why the valve cannot be replaced in Guayaquil, where a cardiac surgery unit operates.\n\n\
You may send a written rebuttal and further evidence. USCIS will consider a response that is received no more than thirty (30) days after the date of this notice.\n\n\
The beneficiary may respond to this notice with argument and evidence. A response will be considered if it arrives on time.\n\n\
This mailbox does not accept replies. Messages sent to it are not read.\n\n\
Sincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        got,
        [
            "The cardiologist's letter does not say why the valve cannot be replaced in Guayaquil, where a cardiac surgery unit operates."
        ]
    );
}

#[test]
fn an_earlier_message_quoted_under_an_emailed_decision_is_no_part_of_it() {
    let text = "From: USCIS Humanitarian Affairs Branch\nTo: Ana Ruiz\nSubject: Decision, Receipt Number IOE0900000313\n\n\
DECISION\n\n\
Date: June 2, 2027\nReceipt Number: IOE0900000313\n\n\
The request is denied for one reason.\n\n\
1. The oncologist's letter does not say why the tumor cannot be removed in Lima, where two hospitals perform the operation.\n\n\
This decision may not be appealed.\n\n\
Humanitarian Affairs Branch\n\n\
-----Original Message-----\n\
From: Ana Ruiz\nSent: May 20, 2027\nSubject: Status of receipt IOE0900000313\n\n\
Good morning. We sent our reply to the notice on May 1, 2027. The surgeon tells us that the tumor has grown and that no hospital in Lima will now operate on it. Could you tell us when a decision may come?\n\nAna Ruiz\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        got,
        [
            "The oncologist's letter does not say why the tumor cannot be removed in Lima, where two hospitals perform the operation."
        ]
    );
}

/// A note forwarding the notice ("Please provide your comments by
/// Friday."), above the forwarded message: it is no notice standing whole
/// (no receipt), so the notice below it is read.
#[test]
fn a_note_forwarding_a_notice_does_not_cut_the_notice_away() {
    let text = "Please provide your comments by Friday.\n\n\
---------- Forwarded message ----------\nFrom: USCIS Humanitarian Affairs Branch\nDate: June 3, 2027\n\n\
REQUEST FOR EVIDENCE\n\n\
Date: June 2, 2027\nReceipt Number: IOE0900000315\n\n\
1. The oncologist's letter does not say why the tumor cannot be removed in Lima, where two hospitals perform the operation.\n\n\
Sincerely,\nHumanitarian Affairs Branch\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        got,
        [
            "The oncologist's letter does not say why the tumor cannot be removed in Lima, where two hospitals perform the operation."
        ]
    );
}

#[test]
fn care_already_given_abroad_and_companions_who_need_parole_of_their_own_are_their_categories() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 4, 2027\nReceipt: IOE0900000314\n\n\
USCIS intends to deny the request for these reasons.\n\n\
1. The cardiologist in Innsbruck writes that Ms. Hofer is already being cared for at his clinic, where patients from her valley are routinely cared for, and he does not say that the valve surgery she needs is out of reach in Austria.\n\n\
2. The request names her husband and her sister as the adults who would come with her, but neither has asked for parole. An adult who needs parole to accompany her should file a Form I-131 of his or her own.\n\n\
Sincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.0).collect();
    assert_eq!(got, ["treatment-unavailable", "other"]);
}

/// What was received, then a finding of the record as a whole ending
/// "..., for these reasons:" in the same paragraph, over bulleted reasons
/// each on its own line (no blank lines in the text): the colon makes
/// "for these reasons" introduce the grounds (without it the phrase sums
/// up), so each bullet is a ground of its own and the recital none.
#[test]
fn what_was_received_then_for_these_reasons_with_a_colon_introduces_each_bullet_as_a_ground() {
    let text = "U.S. Citizenship and Immigration Services\nDECISION\n\
Date: April 8, 2027\nReceipt: IOE0900000316\n\
The applicant submitted a letter from the surgeon in Quito, a printed estimate from a hospital in Miami and the sponsor's tax return for the last year. The request does not meet the standard, for these reasons:\n\
\u{2022} No hospital in the United States has agreed to admit Mr. Vera, and no date for the operation is given.\n\
\u{2022} The sponsor's income of $30,000 does not cover the estimate of $140,000, and no one else has promised to pay.\n\
This decision cannot be appealed to the Administrative Appeals Office. The applicant may file a new request with new evidence.\n\
Officer\n";
    let got = grounds(text);
    assert_eq!(
        got,
        [
            (
                "us-treatment-arranged".to_owned(),
                "No hospital in the United States has agreed to admit Mr. Vera, and no date for the operation is given.".to_owned()
            ),
            (
                "financial-support".to_owned(),
                "The sponsor's income of $30,000 does not cover the estimate of $140,000, and no one else has promised to pay.".to_owned()
            ),
        ]
    );
}

/// An arrest the interview brought out, then "The petition did not
/// disclose this, and the record contains no police certificate ...": the
/// words before the clause, weighed as a ground's are ("did not disclose"
/// counted once, not again as "not disclose"), are on the arrest as the
/// clause is, so the paragraph is one ground on security.
#[test]
fn a_clause_on_the_subject_the_words_before_it_weigh_for_is_not_cut_off() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 4, 2027\nReceipt: IOE0900000317\n\n\
USCIS intends to deny the request for these reasons.\n\n\
At the interview Mr. Okoro said that he was arrested in 2024 after a quarrel with a neighbor. The request did not disclose this, and the record contains no police certificate from Nigeria and no court record of the outcome.\n\n\
Sincerely,\nOfficer\n";
    let got = grounds(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "security");
}

/// "Taken into custody" is an arrest in other words: a word of security,
/// where a child in "the custody of" a parent is not.
#[test]
fn a_person_taken_into_custody_is_a_matter_of_security() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 4, 2027\nReceipt: IOE0900000318\n\n\
USCIS intends to deny the request for these reasons.\n\n\
1. Ms. Brandt told the officer that she was taken into custody in Hamburg last spring. The request says nothing of it.\n\n\
Sincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.0).collect();
    assert_eq!(got, ["security"]);
}

/// Rules told of every case between the grounds, in words the playbook
/// now lists (what parole confers, a website that tells what a hospital
/// "offers in general and is not proof", counsel's brief, a fee not returned): no grounds;
/// the findings on this case beside them are.
#[test]
fn rules_of_every_case_between_the_grounds_are_no_grounds() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 4, 2027\nReceipt: IOE0900000319\n\n\
Parole confers no immigration status on the person paroled and ends with the purpose it served.\n\n\
A hospital's website tells what it offers in general and is not proof of what it will do for one patient.\n\n\
Arguments in a brief are not evidence, however carefully they are made.\n\n\
1. The clinic in Tucson has sent only a page from its website, and no physician there has agreed to see Mr. Duarte.\n\n\
2. The sponsor's bank statement shows $3,100, and the estimate for the operation is $96,000; no one else has offered to pay.\n\n\
If the request is denied, the fee paid with it will not be returned.\n\n\
Sincerely,\nOfficer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|g| g.0).collect();
    assert_eq!(got, ["us-treatment-arranged", "financial-support"]);
}

/// What counsel argues, recited before the grounds ("Counsel argues that
/// no hospital in Amman can perform the operation."), is the response's
/// claim, not a finding of the agency's: no ground. Answered in the same
/// paragraph (", but the record ..."), it is one.
#[test]
fn what_counsel_argues_recited_alone_is_no_ground() {
    let notice = |recital: &str| {
        format!(
            "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: May 4, 2027\nReceipt: IOE0900000320\n\n{recital}\n\n\
1. No hospital in the United States has agreed to admit Ms. Haddad, and no date for the operation is given.\n\n\
Sincerely,\nOfficer\n"
        )
    };
    let alone = grounds(&notice(
        "Counsel argues that the patient has grown worse and that no hospital in Amman can perform the operation.",
    ));
    assert_eq!(alone.len(), 1, "{alone:?}");
    let answered = grounds(&notice(
        "Counsel contends that no hospital in Amman can perform the operation, but the record holds no letter from any physician in Jordan saying so.",
    ));
    assert_eq!(answered.len(), 2, "{answered:?}");
}

/// Paragraphs around the grounds that find nothing of their own: a note
/// that the English text governs and a translation is a courtesy, a bare
/// conclusion that "that burden" is not carried before the grounds are
/// weighed, a summing-up of which requests are still unmet, the period
/// the reply has, and how to send back a form.
#[test]
fn the_official_text_note_a_burden_not_carried_a_summing_up_of_unmet_requests_and_the_reply_period_are_no_grounds()
 {
    let text = "U.S. Citizenship and Immigration Services\n\n\
NOTICE OF INTENT TO DENY\n\n\
Date: March 2, 2028\n\
Receipt Number: IOE0900000091\n\n\
Dear Ms. Otieno:\n\n\
The English version of this letter is the official version. A Swahili translation is given after each part, as a courtesy only.\n\n\
The applicant bears the burden of proving eligibility by a preponderance of the evidence.\n\n\
DISCUSSION\n\n\
The requestor has not carried that burden. The records, including those sent on January 9, are weighed below against each point they were sent to meet.\n\n\
The letter from the cardiologist does not say whether the valve can be repaired in Nairobi.\n\n\
The bank statement shows no funds for the months after the operation.\n\n\
With the first and second concerns still unanswered, the record does not establish that Amani should be paroled.\n\n\
The reply period for this notice is 45 days, counted from the notice date above. Send every document at one time, with this sheet on top, to the office named below. Documents arriving after the period ends will not be considered, and the request may then be decided on the file as it is.\n\n\
Return the form, with your papers, so that it reaches us by May 1, 2028. Pages left blank will be taken as not answered, and the request decided on the file as it then is.\n\n\
Sincerely,\n\n\
Officer\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The letter from the cardiologist does not say whether the valve can be repaired in Nairobi.",
            "The bank statement shows no funds for the months after the operation.",
        ]
    );
}

/// A center that has not accepted the patient and names no physician, a
/// treatment whose start date no one gives, a recovery with no danger
/// named in the care at home, and a wrong answer on the form that counts
/// against the request: each ground's own category.
#[test]
fn a_center_not_accepting_a_start_date_not_given_no_danger_named_and_a_wrong_answer_name_their_categories() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\n\
Date: July 20, 2027\nReceipt: IOE0900000092\n\n\
1. The email from the Denver clinic confirms only that it has his records. It does not accept him for evaluation, names no physician, and says nothing of what would follow if he were declined.\n\n\
2. His doctor writes that chemotherapy should come after the operation but not by what date it must start, and three months have gone by.\n\n\
3. The neurologist writes that he has had no seizures since May and works again, and does not identify any danger in his care going on at home.\n\n\
4. The Form I-131 reported no earlier visa refusal, yet a visitor visa was refused to him in 2023 under section 214(b). That incorrect answer, left unexplained, counts against him when discretion is exercised.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(
        got,
        [
            "us-treatment-arranged",
            "medical-urgency",
            "medical-urgency",
            "discretion"
        ]
    );
}

/// "Background" heads the facts, which hold no ground; "Background of
/// the sponsor" heads a person's own history, and a finding under it is
/// a ground.
#[test]
fn the_background_of_a_person_under_its_own_heading_holds_a_ground_where_the_background_does_not() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: August 9, 2027\nReceipt: IOE0900000093\n\n\
Dear Mr. Salas:\n\n\
Background\n\n\
The request was filed on March 1, 2027. No interview was held.\n\n\
Availability of surgery at home\n\n\
The surgeon in Lima does not say why the valve cannot be replaced in Peru.\n\n\
Background of the sponsoring uncle\n\n\
The uncle was arrested in Miami in 2019 for assault. No court record shows how the case ended, and USCIS cannot find that he poses no risk to the child.\n\n\
The request is denied.\n\n\
Sincerely,\n\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "The surgeon in Lima does not say why the valve cannot be replaced in Peru.",
            "The uncle was arrested in Miami in 2019 for assault. No court record shows how the case ended, and USCIS cannot find that he poses no risk to the child.",
        ]
    );
}

/// A note that the English text governs and a translation follows as a
/// courtesy says which version binds, never a reason, though it names a
/// translation.
#[test]
fn a_note_that_the_english_text_is_the_official_one_is_no_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: May 4, 2028\nReceipt Number: IOE0900000094\n\n\
Dear Mr. Baptiste:\n\n\
The English text of this letter is the official text. A Haitian Creole translation is printed after each part, as a courtesy only, and is not binding.\n\n\
The oncologist in Port-au-Prince does not say whether radiotherapy is offered anywhere in Haiti.\n\n\
Sincerely,\n\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        ["The oncologist in Port-au-Prince does not say whether radiotherapy is offered anywhere in Haiti."]
    );
}

#[test]
fn an_orders_findings_are_quoted_without_the_whereas_that_opens_each_recital() {
    let text = "U.S. Citizenship and Immigration Services\n\n\
In the Matter of the Parole Request of\nAMARA OSEI, Beneficiary\n\n\
ORDER DENYING PAROLE\n\nEntered: March 3, 2027\n\n\
WHEREAS, on January 5, 2027, Kofi Osei asked that his sister be paroled for a liver transplant in Denver, Colorado;\n\n\
WHEREAS, the requestor must establish eligibility by a preponderance of the evidence;\n\n\
AND WHEREAS, having weighed the record, USCIS finds as follows:\n\n\
WHEREAS, the transplant center in Denver has not accepted the beneficiary, and no surgeon there has agreed to operate;\n\n\
WHEREAS, the requestor's bank statements show savings of $9,000 against an estimate of $300,000, and no other payer is named;\n\n\
NOW, THEREFORE, IT IS ORDERED that the request is DENIED.\n\n\
SO ORDERED.\n\nDirector\n";
    let got: Vec<String> = grounds(text).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        got,
        [
            "the transplant center in Denver has not accepted the beneficiary, and no surgeon there has agreed to operate;",
            "the requestor's bank statements show savings of $9,000 against an estimate of $300,000, and no other payer is named;",
        ]
    );
}
