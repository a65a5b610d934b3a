//! The passages a notice holds beside its grounds, told from them by
//! general rules (issue 19): an opening that points forward and names no
//! fact of the case, the law stated in general terms, a closing that
//! points back at the grounds as a whole; and a ground that opens with
//! boilerplate but goes on to facts of its own.

use rebut::import;
use rebut::playbook::Playbook;

/// The quotes read from a notice of the kind (its title) with the body.
fn quotes(title: &str, body: &str) -> Vec<String> {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\n{title}\n\nDate: May 4, 2027\n\
         Receipt Number: IOE0911122233\n\n{body}\n\nSincerely,\n\nDirector\n"
    );
    import::read_pages(import::Format::Text, &[text], &Playbook::builtin())
        .grounds
        .iter()
        .map(|g| g.found.quote.clone())
        .collect()
}

const ONE: &str = "The surgeon's letter of March 3, 2027 gives no date for the operation.";
const TWO: &str = "The sponsor's bank statement shows only $4,100, and no one has offered to pay the $61,000 the clinic in Tampa quotes.";

#[test]
fn an_opening_that_points_forward_and_names_nothing_of_the_case_is_no_ground() {
    for opening in [
        "We cannot approve the request on what has been filed. Our reasons are set down below, each in a paragraph of its own.",
        "The file is not complete. The analysis follows.",
        "Below, each problem is described with what could resolve it.",
    ] {
        let got = quotes("DECISION", &format!("{opening}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ONE, TWO], "{opening}");
    }
    // A word of place that measures something points nowhere.
    let got = quotes(
        "DECISION",
        &format!("{ONE}\n\nThe household income is below the guidelines, and nothing else is offered."),
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn an_opening_ending_in_a_colon_introduces_the_numbered_findings_after_it() {
    for opening in [
        "The evidence leaves two matters open:",
        "Several things are still unclear. They are these:",
    ] {
        let got = quotes(
            "REQUEST FOR EVIDENCE",
            &format!("{opening}\n\n1. {ONE}\n\n2. {TWO}"),
        );
        assert_eq!(got, [ONE, TWO], "{opening}");
    }
    // A finding with a fact of its own still owns what it lists.
    let got = quotes(
        "REQUEST FOR EVIDENCE",
        "The surgeon's letter of March 3, 2027 does not say when the operation will be done. Please submit the following:\n\n\
         1. a letter naming the date of the operation;\n\n2. the hospital's estimate.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn the_law_stated_in_general_terms_is_no_ground() {
    for standard in [
        "Parole is a matter of discretion, and hardship alone does not compel it.",
        "A requester should ordinarily show that the care sought cannot be obtained at home or nearby.",
        "The statute permits parole only temporarily and only case by case; it confers no status.",
    ] {
        let got = quotes("DECISION", &format!("{standard}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ONE, TWO], "{standard}");
    }
    // Beside a sentence of this case, the same words apply the law to it.
    let ground = "You also ask for two years so that she can finish school here. Schooling is not an urgent humanitarian reason, and parole is not meant for it.";
    let got = quotes("DECISION", &format!("{ONE}\n\n{ground}"));
    assert_eq!(got, [ONE, ground]);
}

#[test]
fn a_closing_that_points_back_at_the_grounds_as_a_whole_is_no_ground() {
    for closing in [
        "Each of the problems above would be enough by itself to deny the request.",
        "Because of the concerns set out above, this office intends to deny the request unless they are resolved.",
    ] {
        let got = quotes(
            "NOTICE OF INTENT TO DENY",
            &format!("{ONE}\n\n{TWO}\n\n{closing}"),
        );
        assert_eq!(got, [ONE, TWO], "{closing}");
    }
    // A finding of its own beside the words pointing back is a ground.
    let more = "In addition to the problems above, no physician has said that the flight is safe.";
    let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ONE}\n\n{TWO}\n\n{more}"));
    assert_eq!(got, [ONE, TWO, more]);
}

#[test]
fn a_ground_opening_with_boilerplate_and_going_on_to_facts_is_kept_whole() {
    let ground = "The burden of proof has not been carried as to payment. The clinic in Tampa quotes $61,000, and the sponsor's savings come to only $9,000.";
    for numbered in [false, true] {
        let body = if numbered {
            format!("1. {ground}\n\n2. {ONE}")
        } else {
            format!("{ground}\n\n{ONE}")
        };
        let got = quotes("DECISION", &body);
        assert_eq!(got, [ground, ONE], "numbered: {numbered}");
    }
    // A ruling on appeal with a form named after it is still none.
    let appeal = "This decision may not be appealed. A new Form I-131 may be filed with the fee.";
    let got = quotes("DECISION", &format!("{ONE}\n\n{appeal}"));
    assert_eq!(got, [ONE]);
}

// The third bank's rules (passages3.yaml): procedure of fees, motions and
// sending a reply; the law stated of any request; a closing that points
// back with "these" or states the law beside it; an opening that lays out
// what follows or says what the notice is about.

#[test]
fn fees_motions_and_how_a_reply_is_sent_are_no_ground() {
    for (title, after) in [
        (
            "REQUEST FOR EVIDENCE",
            "No fee is required with the papers you send back; we will return any check.",
        ),
        (
            "REQUEST FOR EVIDENCE",
            "The parole fee falls due only once parole is approved, and a plea to be excused from it is weighed then.",
        ),
        (
            "DECISION",
            "Motions to reopen are not taken in these matters; if things change, a fresh Form I-131 may be filed.",
        ),
        (
            "DECISION",
            "This outcome does not bar a new filing once the missing records can be had.",
        ),
        (
            "DECISION",
            "A worse condition is shown in a fresh filing, not by motion, with new records from the doctors.",
        ),
        (
            "REQUEST FOR EVIDENCE",
            "You may upload your response through the online account rather than post it; do not send it twice.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "If a lawyer now acts for you and has not filed an appearance form, one signed should be included with your response.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "Faxed responses will not be accepted, nor ones sent by email.",
        ),
        (
            "REQUEST FOR EVIDENCE",
            "We cannot extend this period, which already allows for the mail.",
        ),
        (
            "REQUEST FOR EVIDENCE",
            "The translator must certify that the English is complete and that he is fluent in both tongues.",
        ),
    ] {
        let got = quotes(title, &format!("{ONE}\n\n{TWO}\n\n{after}"));
        assert_eq!(got, [ONE, TWO], "{after}");
    }
    // A form of this case found missing is a ground.
    let ground =
        "The form is signed by a travel agent in Dubai who is no lawyer, and no Form G-28 was filed.";
    let got = quotes("REQUEST FOR EVIDENCE", &format!("{ONE}\n\n{ground}"));
    assert_eq!(got, [ONE, ground]);
}

#[test]
fn the_law_stated_of_any_request_is_no_ground() {
    for standard in [
        // An adverb of generality: the beneficiary named by role is anyone.
        "A request of this kind is generally judged on whether the beneficiary's own country lacks the care and whether someone has agreed to pay.",
        "Parole ordinarily assumes that the beneficiary cannot be treated at home and that a hospital here has agreed to treat.",
        // What may or must be done, of no case.
        "Doubt about one document may lead the officer to give less weight to the others.",
        "Where a requested record is not sent, the request may be denied for that reason alone.",
        // "his or her": anyone's pronouns.
        "A person admitted for care must be able to meet his or her own costs without public help.",
    ] {
        let got = quotes(
            "NOTICE OF INTENT TO DENY",
            &format!("{standard}\n\n{ONE}\n\n{TWO}"),
        );
        assert_eq!(got, [ONE, TWO], "{standard}");
    }
    // The same words with a fact of this case apply the law to it.
    for ground in [
        "The operation is generally done in Lima, and no letter says why it cannot be done there.",
        "The beneficiary may travel only with a nurse, and none has been named.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ONE}\n\n{ground}"));
        assert_eq!(got, [ONE, ground], "{ground}");
    }
}

#[test]
fn a_closing_pointing_back_with_these_or_stating_the_law_beside_is_no_ground() {
    for closing in [
        "For each of these separate reasons, the request fails.",
        "Every problem above stands alone, and a reply that answers only one of them may not lead to approval.",
        "The later filings were read as well, and none changes the conclusions reached above.",
    ] {
        let got = quotes("DECISION", &format!("{ONE}\n\n{TWO}\n\n{closing}"));
        assert_eq!(got, [ONE, TWO], "{closing}");
    }
    // A finding of its own beside "these" is a ground.
    let more = "Beyond these problems, no physician has said that the flight is safe.";
    let got = quotes("DECISION", &format!("{ONE}\n\n{TWO}\n\n{more}"));
    assert_eq!(got, [ONE, TWO, more]);
}

#[test]
fn an_opening_that_lays_out_what_follows_or_names_the_notice_is_no_ground() {
    for opening in [
        "The file does not yet show eligibility, but the gaps can be filled. We set out below the evidence that would help.",
        "This Request for Evidence concerns your application for your aunt, who is being treated in Tbilisi. What we need is listed in the sections that follow.",
        "This request for evidence does not mean the request will be refused; the record is only not yet complete.",
    ] {
        let got = quotes("REQUEST FOR EVIDENCE", &format!("{opening}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ONE, TWO], "{opening}");
    }
}

#[test]
fn the_burden_applied_to_a_fact_of_this_case_is_a_ground() {
    for (title, ground) in [
        (
            "REQUEST FOR EVIDENCE",
            "The petitioner bears the burden of proving that the need is pressing. Please send a new letter from Dr. Ames in Tucson saying what follows if the surgery waits.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "Parole is not meant for care that can wait, and the burden is the petitioner's. Dr. Ames in Tucson wrote in May that the operation can wait a year, and nothing since says otherwise.",
        ),
    ] {
        let got = quotes(title, &format!("{ground}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ground, ONE, TWO], "{ground}");
    }
    // A ruling on appeal that names the body appealed to is still none.
    let appeal = "You may not appeal this decision to the Administrative Appeals Office. A new Form I-131 may be filed.";
    let got = quotes("DECISION", &format!("{ONE}\n\n{appeal}"));
    assert_eq!(got, [ONE]);
}

// The fourth bank's rules (passages4.yaml): how copies and translations
// are sent and what follows silence; whether the notice can be appealed,
// reopened or reconsidered; a closing that regrets or sets aside what it
// need not decide; an opening that places the reasons other than "below".

#[test]
fn how_papers_are_sent_appeals_motions_and_regrets_are_no_ground() {
    for (title, after) in [
        (
            "REQUEST FOR EVIDENCE",
            "Pages in a language other than English need a certified English translation.",
        ),
        (
            "REQUEST FOR EVIDENCE",
            "Photocopies will do; send no originals unless asked, as they are not originals we return.",
        ),
        (
            "REQUEST FOR EVIDENCE",
            "You may answer by post or through your online account, but use only one way.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "If no rebuttal arrives in time, we will decide on the record as it now stands.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "The answer period cannot be lengthened for any reason.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "This letter proposes; it is not a final decision, and nothing in it is appealable.",
        ),
        (
            "DECISION",
            "Parole being discretionary, no review lies with the Administrative Appeals Office.",
        ),
        (
            "DECISION",
            "The office may reopen or reconsider a denial of its own accord, but rarely does.",
        ),
        (
            "NOTICE OF INTENT TO DENY",
            "The filing fee is kept whatever the outcome.",
        ),
        (
            "DECISION",
            "This outcome does not prevent the beneficiary from seeking a visitor visa abroad.",
        ),
        (
            "DECISION",
            "USCIS regrets that it cannot approve the request of a woman so plainly ill, but the record will not bear approval.",
        ),
        (
            "DECISION",
            "The other points the brief raises need not be addressed, as each reason given stands alone.",
        ),
    ] {
        let got = quotes(title, &format!("{ONE}\n\n{TWO}\n\n{after}"));
        assert_eq!(got, [ONE, TWO], "{after}");
    }
    // A document of this case found without its translation is a ground.
    let ground = "The surgeon's report from Herat is in Dari and came with no certified translation.";
    let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ONE}\n\n{ground}"));
    assert_eq!(got, [ONE, ground]);
}

#[test]
fn an_opening_that_places_the_reasons_in_what_follows_is_no_ground() {
    for opening in [
        "The file cannot yet be approved. Our concerns are taken in turn in the paragraphs that follow.",
        "The record falls short on several points, each treated under its own heading.",
        "The request cannot be approved for the reasons given in the remainder of this notice.",
    ] {
        let got = quotes("REQUEST FOR EVIDENCE", &format!("{opening}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ONE, TWO], "{opening}");
    }
}

#[test]
fn a_rule_of_weighing_applied_to_a_named_paper_of_this_case_is_a_ground() {
    // The seventh bank's rules told of every case drop a sentence that
    // holds them; the same words said of this sponsor's letter or this
    // father's statements are this case's reasons.
    for ground in [
        "Mr. Haddad's letter of May 2, 2027 undertakes to pay the $61,000 the clinic in Tampa quotes, but with no bank statement or tax return from him, his undertaking is a promise only.",
        "The father's statements of April 2027 that no hospital in Amman can operate, however sincere, do not establish that the surgery is unavailable in Jordan.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ground}\n\n{ONE}"));
        assert_eq!(got, [ground, ONE], "{ground}");
    }
    // The rules themselves, told of any case, stay none.
    for rule in [
        "A sponsor's promise to pay, without evidence of the sponsor's means, is a promise only.",
        "General statements of hardship, however sincere, do not establish the medical facts on which a request relies.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{rule}\n\n{ONE}"));
        assert_eq!(got, [ONE], "{rule}");
    }
}

#[test]
fn a_rule_that_evidence_cannot_be_replaced_or_assumed_said_of_this_case_is_a_ground() {
    // Said of this sponsor's letter or this mother's savings, the words
    // of a rule of weighing are this case's reasons.
    for ground in [
        "The sponsor's letter of March 3, 2027 cannot take the place of the evidence of his income that the request asked for.",
        "The savings Ms. Aziz mentions in her statement cannot be assumed to exist without a record from her bank.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ground}\n\n{ONE}"));
        assert_eq!(got, [ground, ONE], "{ground}");
    }
    // The rules themselves, told of any case, stay none.
    for rule in [
        "Sympathy for a family, however deep, cannot take the place of the evidence the law requires.",
        "Evidence that was asked for and not provided cannot be assumed to exist.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{rule}\n\n{ONE}"));
        assert_eq!(got, [ONE], "{rule}");
    }
}

#[test]
fn a_point_none_of_which_is_resolved_or_a_conclusion_with_its_reason_is_a_ground() {
    for ground in [
        "None of the concerns raised in the request for evidence has been resolved by the letters you filed.",
        "USCIS concludes that parole is not warranted because the hospital in Abuja offers the same treatment.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ground}\n\n{ONE}"));
        assert_eq!(got, [ground, ONE], "{ground}");
    }
    // A point met, and the conclusion alone, stay none.
    for none in [
        "The question of the birth date has been resolved.",
        "Having weighed the whole record, USCIS concludes that parole is not warranted.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{none}\n\n{ONE}"));
        assert_eq!(got, [ONE], "{none}");
    }
}

#[test]
fn a_visa_route_left_open_or_inconsistencies_found_here_are_grounds() {
    for ground in [
        "The beneficiary remains free to seek a B-2 visa, and the record does not explain why she has not applied for one in the eight months since the diagnosis.",
        "Where the record contains inconsistencies, as here between the two birth certificates, the petitioner must explain them; no explanation was offered.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ground}\n\n{ONE}"));
        assert_eq!(got, [ground, ONE], "{ground}");
    }
    // The rules, told of any case, stay none.
    for rule in [
        "Nothing here prevents a visa application at a consulate; this decision has no bearing on it.",
        "Where the record contains inconsistencies, it falls to the petitioner to resolve them with objective evidence.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{rule}\n\n{ONE}"));
        assert_eq!(got, [ONE], "{rule}");
    }
}

#[test]
fn the_tenth_banks_rules_told_of_any_case_are_no_ground() {
    // Each opens a notice, states the law or the weight of evidence, says
    // how to answer, closes or speaks of a remedy, in the words the tenth
    // bank found a notice may use, of no case in particular.
    let before = [
        // Openings.
        "I am directed to inform you that, on the papers now before me, I am minded to advise USCIS that the request made for Mr. Femi Okafor should not succeed.",
        "We cannot agree to the request, and this letter explains why.",
        "The Consulate has now completed its consideration of the case and cannot support it.",
        // The law of parole, stated of any request.
        "Treatment counts as unavailable only if no hospital within reach can give it in time.",
        "Urgency is not shown simply by the seriousness of an illness, however grave.",
        "A past refusal under section 214(b) is not in itself a bar to parole, but the reasons for the refusal may bear on return.",
        "Identity is established by an unexpired passport or another official document with a photograph; a baptismal record alone shows parentage rather than identity.",
        "In assessing regional availability, USCIS looks at whether the beneficiary could lawfully reach and be admitted by a hospital in a nearby country, not only whether one exists.",
        "Overstaying a visa or working without authorization weighs against the applicant.",
        "No one positive factor guarantees parole, and no negative one rules it out.",
        // The burden and the weight of evidence.
        "Where a birth, marriage or similar record does not exist, explain why and send other proof.",
        "An opinion from a doctor who has not examined the patient, or who does not say which records were read, is weighed accordingly.",
        "Documents that are not signed or dated, or that do not show who wrote them, are hard to rely on.",
        "The arguments of counsel, however careful, are not evidence.",
        "Evidence prepared only after a request for evidence was issued is examined with particular care.",
        "A bank balance shows what was held on one day; it does not show where the money came from.",
        "Where two documents in the file give different accounts of one date, the applicant should reconcile them; an unexplained conflict weakens both.",
        "Where the file is silent on a question that must be answered, the gap is not filled by guessing.",
        "The facts set out in a humanitarian request are often painful, but compassion cannot take the place of evidence that the requirements are met.",
        "Declarations of support that did not show the declarant's means were weighed as goodwill only.",
        "Foreign-language documents submitted without a certified translation could not be considered.",
        "Sincere sympathy for the parents does not lower the standard of proof, and it has not done so here.",
        "A decision on the record is made on the record, and nothing sent later changes it.",
        "Where the applicant relied on a website or a brochure to show what a clinic offers, the material was weighed knowing it was not written about this patient.",
        "Later documents were read, but where they departed from earlier accounts without explanation they counted for less.",
        // The record, found in order.
        "The passport establishes the child's identity, and we need nothing further on that point.",
        "The father's police certificate shows no convictions, and no concern about him arises from it.",
    ];
    // Before the grounds, as a notice sets them, and after them.
    let after = [
        // How to answer.
        "RESPONSE DEADLINE: 87 DAYS FROM NOTICE DATE. NO EXTENSIONS.",
        "Your reply should arrive no later than sixty days from the date of this letter.",
        "Late responses will not be considered.",
        "Send your reply within thirty days; any received after that will not be taken into account.",
        "This office cannot extend this deadline.",
        "Your rebuttal may include new evidence or argument; you need not resend documents already in the file.",
        "If we receive no rebuttal, we will decide on the file.",
        "Every foreign-language page you send must carry a certified English translation; a summary will not do.",
        "Should you submit a document that was filed before only as a copy, please say whether the original is available.",
        // Closings and remedies.
        "This request does not address every requirement, and more may be asked later.",
        "The office regrets that the outcome cannot be different.",
        "No fee is payable with your response to this notice.",
        "The fee paid when you filed Form I-131 cannot be refunded, whatever the outcome.",
        "You do not need to pay a fee to respond.",
        "Filing a motion does not stay the effect of this decision.",
        "There is no provision for informal review of this decision.",
    ];
    for numbered in [false, true] {
        let (one, two) = if numbered {
            (format!("1. {ONE}"), format!("2. {TWO}"))
        } else {
            (ONE.to_owned(), TWO.to_owned())
        };
        let head = "Beneficiary: Ana Ruiz";
        for rule in before {
            let got = quotes(
                "NOTICE OF INTENT TO DENY",
                &format!("{head}\n\n{rule}\n\n{one}\n\n{two}"),
            );
            assert_eq!(got, [ONE, TWO], "{rule}");
        }
        for rule in after {
            let got = quotes(
                "NOTICE OF INTENT TO DENY",
                &format!("{head}\n\n{one}\n\n{two}\n\n{rule}"),
            );
            assert_eq!(got, [ONE, TWO], "{rule}");
        }
    }
    // A request for evidence opens, states the law and says how to answer
    // in words of its own.
    let requesting = [
        "Thank you for the request you made for your son Tomás. Before we decide, we need you to send us some more information, which we explain below.",
        "We have carefully read all you sent for Marta, and we are writing to say that, unless you can send us more, we will probably have to refuse.",
        "An acceptance from a US facility should identify the treating surgeon, the operation, the expected stay and the likely cost, and say who will meet it.",
    ];
    for rule in requesting {
        let got = quotes("REQUEST FOR EVIDENCE", &format!("{rule}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ONE, TWO], "{rule}");
    }
    let rule = "Where a record is in Amharic or in any other language than English, send the translation together with a copy of the original.";
    let got = quotes("REQUEST FOR EVIDENCE", &format!("{ONE}\n\n{TWO}\n\n{rule}"));
    assert_eq!(got, [ONE, TWO], "{rule}");
}

#[test]
fn the_tenth_banks_words_said_of_this_case_are_grounds() {
    // Said of this case's own papers, or applying the rule to them, the
    // words of the tenth bank's rules are grounds.
    for ground in [
        "The acceptance from the US facility does not identify the surgeon or the cost.",
        "Urgency is not shown: the oncologist writes that the tumour is stable.",
        "The Lima clinic's letter is an opinion from a doctor who has not examined the patient.",
        "The two letters from the clinic are not signed or dated.",
        "The clinic's second letter was prepared only after the request for evidence was issued, and it gives a new date of diagnosis.",
        "The uncle's declaration of support did not show the declarant's means.",
        "The Romanian hospital letter was submitted without a certified translation.",
        "The mother's police certificate shows a conviction in 2018, and the response says nothing of it.",
        "The clinic set a response deadline of June 1 for the deposit, and nothing shows it was paid.",
        "The beneficiary overstayed a visa in 2019 and worked without authorization, which weighs against her.",
        "The 2015 conviction is not in itself a bar to parole, but the beneficiary did not disclose it on the form.",
        "A bank balance shows what was held on one day, and the sponsor filed a single statement with no history of deposits.",
        "Three foreign-language documents submitted without a certified translation could not be considered, including the discharge summary.",
        "The record holds only declarations of support that did not show the declarant's means.",
        "The clinic's letter is an opinion from a doctor who has not examined the patient, or who saw him once, and it cannot show that care is unavailable.",
        "The arguments of counsel, however forceful, do not replace the oncology records, which were never filed.",
        "Urgency is not shown simply by the seriousness of the diagnosis; the oncologist gives no date for treatment.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ground}\n\n{ONE}"));
        assert_eq!(got, [ground, ONE], "{ground}");
    }
}

#[test]
fn the_ninth_banks_rules_told_of_any_case_are_no_ground() {
    // Each states the law, the way to answer, a closing or a remedy in the
    // words the ninth bank found a notice may use, of no case in particular.
    for rule in [
        // The burden and the weight of evidence.
        "Primary evidence should be submitted where it exists, and a copy of a copy is not enough.",
        "It is for the requestor to show the facts; the agency is not required to prove the contrary.",
        "What an attorney writes in a brief is argument; it is no proof.",
        "The humanitarian nature of a request, however compelling, is weighed with the documents and not instead of them.",
        "If a paper that was asked for is not provided, that omission may itself be a reason to deny.",
        "Published studies of a health system carry weight only so far as they bear on the care open to the patient.",
        "A sponsor's statement of willingness to pay, with nothing to show the money exists, is not proof of support.",
        "Where two documents conflict, it falls to the requestor to explain the conflict; a conflict not explained weakens both.",
        "Letters from doctors who have not examined the patient were weighed in light of what the writer had before them.",
        "The outcome turns on the file and not on the sympathy that an illness calls up.",
        // The law of parole, stated of any request.
        "Where treatment is said to be unavailable, the question is whether the patient can reach it, and not only whether one hospital offers it.",
        "Urgent humanitarian reasons are present where delay would do harm; a stable illness does not ordinarily qualify.",
        "Parole is not a substitute for the visa system. Where a B-2 visa could be had in the time available, an applicant is expected to explain why none was sought.",
        "For the purposes of this decision, treatment is at hand in a country if a facility there provides it, whether or not it is free.",
        "A refusal under section 214(b) means only that the officer was not persuaded at the time.",
        // How to answer.
        "Documents arriving after that date cannot be taken into account in any event.",
        "You may send part of it and ask for a decision on the record, or send nothing.",
        "If nothing reaches us by the deadline, we will decide on what we have.",
        "Once we have your reply we will not send a second request on the same points.",
        "Every document you send must come with its full English translation and no summary.",
        "Reply by the date above. No extension available.",
        "Requests for more time to respond cannot be granted by this office.",
        "You need not send again anything already on file with us.",
        "Extracts or summaries will not be accepted in place of full translations.",
        // Closings and remedies.
        "This notice deals only with what the record lacks; a point not discussed has not thereby been decided.",
        "We are sorry that we could not reach another outcome.",
        "All other matters raised in the response have been considered; none changes the result.",
        "There is no fee for submitting a rebuttal to this notice.",
        "A late motion may be accepted only if the delay was excusable.",
        "Filing a motion does not suspend this decision or give the beneficiary leave to travel.",
        "This office does not offer informal review of its decisions.",
        "Against this decision no ordinary recourse lies.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{rule}\n\n{ONE}\n\n{TWO}"));
        assert_eq!(got, [ONE, TWO], "{rule}");
    }
    // Said of this case's own papers, the same subjects are grounds.
    for ground in [
        "The sponsor's statement of willingness to pay is unsigned, and no bank record supports it.",
        "The two birth certificates conflict on the year of birth, and no explanation was offered.",
        // The rules' own words applied to this case are grounds too.
        "The beneficiary did not disclose his arrest on the form, and that omission may itself be a reason to deny.",
        "What counsel writes in a brief is argument, and no physician's letter supports the claim that the child cannot fly.",
        "The two country reports carry weight only so far as they bear on the boy; neither mentions heart surgery.",
        "Dr. Ruiz's letters were weighed in light of what the writer had before him: he never examined the boy.",
        "The mother holds a passport and is expected to explain why none was sought; no visa application is in the record.",
        "For the purposes of this decision, treatment is not shown to be unavailable at home, where two hospitals operate.",
        "The birth certificate must come with its full English translation, and none was filed.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{ground}\n\n{ONE}"));
        assert_eq!(got, [ground, ONE], "{ground}");
    }
}

#[test]
fn a_point_the_reply_met_and_that_is_said_resolved_is_no_ground() {
    // A lack the officer records and then finds supplied in the reply.
    for met in [
        "The request was filed without the marriage record. The reply supplied it, and it names the requestor as the husband. This point is resolved.",
        "The passport copy was unreadable. A clear copy came with the reply. That issue is resolved.",
    ] {
        let got = quotes("NOTICE OF INTENT TO DENY", &format!("{met}\n\n{ONE}"));
        assert_eq!(got, [ONE], "{met}");
    }
    // A point the officer says is not resolved stays a ground.
    let open =
        "The passport copy was unreadable, and the reply sent the same copy. This point is not resolved.";
    let got = quotes("NOTICE OF INTENT TO DENY", &format!("{open}\n\n{ONE}"));
    assert_eq!(got, [open, ONE]);
}
