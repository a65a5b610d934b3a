//! Rules a review of the import found too wide: a ground holding a date
//! or a period is kept whole; the law applied to the child is this case;
//! a closing sentence that adds a finding is a ground; a declined question
//! keeps the finding given as its reason; a widow line "continued." is
//! the ground's own. Each notice here is written for the test, in words of
//! no held-out set.

use rebut::import;
use rebut::playbook::Playbook;

fn quotes(title: &str, body: &str) -> Vec<String> {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\n{title}\n\n\
Date: March 10, 2027\nReceipt: IOE0900000888\n\n{body}\n\nSincerely,\nOfficer\n"
    );
    import::read_pages(import::Format::Text, &[text], &Playbook::builtin())
        .grounds
        .iter()
        .map(|g| g.found.quote.clone())
        .collect()
}

const DENIED: &str = "Your request for parole is denied for the reasons below.";
const HOSPITAL: &str = "The clinic in Denver has not accepted the boy as a patient; its letter says only that his file is under review.";

#[test]
fn a_ground_with_a_due_day_in_it_is_kept_whole() {
    let got = quotes(
        "REQUEST FOR EVIDENCE",
        "USCIS needs more evidence before it can decide the request.\n\n\
1. No document shows who will pay the clinic's estimate of $90,000. The sponsor's tax return for 2026, due not later than April 15, 2027, should be included if filed.\n\n\
Your response must be received within 40 days of the date of this notice.",
    );
    assert!(
        got.iter().any(|q| q.ends_with("should be included if filed.")),
        "{got:?}"
    );
}

#[test]
fn the_law_applied_to_the_child_is_a_ground_not_the_standard() {
    let got = quotes(
        "DECISION",
        &format!(
            "{DENIED}\n\n{HOSPITAL}\n\n\
Parole is an extraordinary measure reserved for urgent needs. The child's condition is stable, and parole is not warranted for a graft that can safely wait.\n\n\
There is no appeal from this decision."
        ),
    );
    assert!(got.iter().any(|q| q.contains("condition is stable")), "{got:?}");
}

#[test]
fn a_closing_sentence_that_adds_a_finding_is_a_ground() {
    let got = quotes(
        "DECISION",
        &format!(
            "{DENIED}\n\n{HOSPITAL}\n\n\
No document shows who will pay the clinic's estimate of $90,000.\n\n\
Finally, in addition to the deficiencies noted above there is no evidence that the child would go home after the graft.\n\n\
There is no appeal from this decision."
        ),
    );
    assert!(got.iter().any(|q| q.contains("would go home")), "{got:?}");
}

#[test]
fn a_declined_question_keeps_the_finding_given_as_its_reason() {
    let got = quotes(
        "DECISION",
        &format!(
            "{DENIED}\n\nNo document shows who will pay the clinic's estimate of $90,000.\n\n\
USCIS need not reach the question of whether the graft is available in Peru, because nothing in the record shows that it is needed now: the only report describes a lesion that was stable when last examined.\n\n\
There is no appeal from this decision."
        ),
    );
    assert!(got.iter().any(|q| q.contains("needed now")), "{got:?}");
}

#[test]
fn a_widow_line_continued_at_the_top_of_a_page_is_the_ground_s_own() {
    let page1 = "U.S. Citizenship and Immigration Services\n\nDECISION\n\n\
Date: March 10, 2027\nReceipt: IOE0900000888\n\n\
Your request for parole is denied for the reasons below.\n\n\
The cardiologist lists the boy's medicines, but nothing says whether the blood thinner will be stopped or\n";
    let page2 = "continued.\n\nNo physician has said that he is fit to fly.\n\n\
There is no appeal from this decision.\n\nSincerely,\nOfficer\n";
    let got: Vec<String> = import::read_pages(
        import::Format::Text,
        &[page1.to_owned(), page2.to_owned()],
        &Playbook::builtin(),
    )
    .grounds
    .iter()
    .map(|g| g.found.quote.clone())
    .collect();
    assert!(
        got.iter().any(|q| q.ends_with("stopped or continued.")),
        "{got:?}"
    );
}
