//! The response deadline, however the notice words it: a period counted in
//! days, weeks or months from the notice's date ("of its date", "from the
//! date of this letter"), or a day stated outright ("must reach this
//! office by ..."). Each notice here is written for the test, in words of
//! no held-out set.

use rebut::import;
use rebut::playbook::Playbook;

/// The deadline read from a short notice dated March 10, 2027 whose last
/// paragraph is `closing`, and how it was computed.
fn deadline(closing: &str) -> Option<(String, String)> {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\n\
Date: March 10, 2027\nReceipt: IOE0900000777\n\n\
The record does not show that a surgeon in Boston has agreed to operate on the child. Provide a letter of acceptance.\n\n\
{closing}\n\nSincerely,\nOfficer\n"
    );
    import::read_pages(import::Format::Text, &[text], &Playbook::builtin())
        .decision
        .respond_by
        .map(|(date, how)| (date.to_string(), how))
}

fn date_of(closing: &str) -> Option<String> {
    deadline(closing).map(|(date, _)| date)
}

#[test]
fn a_period_counted_from_the_notice_s_date_in_any_words_gives_the_deadline() {
    // Days "of its date", "from the date of this letter".
    assert_eq!(
        date_of("You may reply to this request within 30 days of its date."),
        Some("2027-04-09".to_owned())
    );
    assert_eq!(
        date_of("Your response is expected within 45 days from the date of this letter."),
        Some("2027-04-24".to_owned())
    );
    // Weeks, in figures or words: seven days each.
    assert_eq!(
        date_of("Please respond within 8 weeks of the date of this request."),
        Some("2027-05-05".to_owned())
    );
    assert_eq!(
        date_of("You have twelve weeks from the date of this notice to respond."),
        Some("2027-06-02".to_owned())
    );
    // Months: the same day of the month that many months later.
    assert_eq!(
        date_of("Submit your response within two months of the date of this notice."),
        Some("2027-05-10".to_owned())
    );
    // A number of days in words the old list did not hold.
    assert_eq!(
        date_of("You may respond within thirty-three (33) days of the date of this notice."),
        Some("2027-04-12".to_owned())
    );
}

#[test]
fn the_computation_is_shown_in_the_unit_the_notice_used() {
    let (date, how) = deadline("Please respond within 8 weeks of the date of this request.").unwrap();
    assert_eq!(date, "2027-05-05");
    assert!(
        how.starts_with("March 10, 2027 + 8 weeks (56 days) = May 5, 2027; the notice: "),
        "{how}"
    );
    let (_, how) = deadline("You have 30 days from the date of this notice to respond.").unwrap();
    assert!(
        how.starts_with("March 10, 2027 + 30 days = April 9, 2027; "),
        "{how}"
    );
}

#[test]
fn a_day_stated_outright_is_the_deadline_even_beside_the_count_it_came_from() {
    // The stated day wins over the days counted beside it (here with
    // days added for mailing).
    assert_eq!(
        date_of(
            "You may send a written reply. It must reach this office by April 12, 2027 (30 days from the date of this notice plus 3 days for mailing)."
        ),
        Some("2027-04-12".to_owned())
    );
    assert_eq!(
        date_of("Any response must arrive at this office not later than May 1, 2027."),
        Some("2027-05-01".to_owned())
    );
}

#[test]
fn a_period_not_counted_from_the_notice_or_a_past_date_is_no_deadline() {
    // Weeks of treatment, months of a stay: not a time to respond.
    assert_eq!(
        date_of(
            "The surgeon expects recovery within 6 weeks of the operation, and the response will be weighed."
        ),
        None
    );
    assert_eq!(
        date_of("Your response must describe the two months of the stay after surgery."),
        None
    );
    // A date before the notice's is not a deadline.
    assert_eq!(
        date_of("The response you sent must reach this office by January 5, 2027 was considered."),
        None
    );
}

/// The deadline read from a notice of the given kind dated March 10, 2027,
/// with `grounds` as its body and `closing` as its last paragraph.
fn deadline_of(title: &str, grounds: &str, closing: &str) -> (Option<String>, String) {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\n{title}\n\n\
Date: March 10, 2027\nReceipt: IOE0900000777\n\n{grounds}\n\n{closing}\n\nSincerely,\nOfficer\n"
    );
    let reading = import::read_pages(import::Format::Text, &[text], &Playbook::builtin());
    let d = reading.decision;
    (
        d.respond_by.map(|(date, _)| date.to_string()),
        d.respond_unread.unwrap_or_default(),
    )
}

const RESPOND_IN_40: &str = "You may respond within 40 days of the date of this notice.";

#[test]
fn dates_and_periods_inside_a_ground_are_not_the_deadline() {
    // A day the patient must arrive by, a day surgery must happen by, a
    // tax return's due day: the ground's facts, not the time to respond.
    for ground in [
        "1. The clinic writes that the boy must reach Denver by May 20, 2027 for tests, but no physician has cleared him to travel.",
        "1. The surgeon states that the graft should be done not later than June 15, 2027. No hospital has accepted the boy.",
        "1. No document shows who will pay. The sponsor's tax return for 2026, due not later than April 15, 2027, should be included if filed.",
        // A count with two numbers is no period; a third party's letter is not the notice.
        "1. In response to the earlier request, you submitted an email saying the operation would be set within 4 to 6 weeks of the date of its letter of acceptance. No acceptance was submitted.",
        // How fresh the evidence must be.
        "1. Submit a medical evaluation of the boy completed within 60 days of the date of this request, stating whether the graft is still needed.",
    ] {
        let (date, _) = deadline_of("NOTICE OF INTENT TO DENY", ground, RESPOND_IN_40);
        assert_eq!(date.as_deref(), Some("2027-04-19"), "{ground}");
    }
    // A day of an appointment in the deadline's own sentence.
    let (date, _) = deadline_of(
        "NOTICE OF INTENT TO DENY",
        "1. No hospital has accepted the boy.",
        "Even if the boy attends his interview on March 30, 2027, your response must reach this office within 40 days of the date of this notice.",
    );
    assert_eq!(date.as_deref(), Some("2027-04-19"));
    // A period counted from the day a copy arrives is not from the notice.
    let (date, _) = deadline_of(
        "NOTICE OF INTENT TO DENY",
        "1. No hospital has accepted the boy.",
        "You may ask for a copy of the file; you will then have 30 days from the day you receive the copy to submit a reply to this notice. Otherwise, your response must be received within 40 days of the date of this notice.",
    );
    assert_eq!(date.as_deref(), Some("2027-04-19"));
}

#[test]
fn a_denial_has_no_deadline_even_when_a_ground_counts_weeks() {
    let (date, _) = deadline_of(
        "DECISION",
        "Your request for parole is denied. In reply to the request for evidence, you submitted a letter stating that the surgeon would operate within 6 weeks of the date of the letter if the boy arrived. No hospital has accepted him.",
        "There is no appeal from this decision.",
    );
    assert_eq!(date, None);
}

#[test]
fn business_days_are_left_unread_and_mixed_units_are_summed() {
    let (date, why) = deadline_of(
        "NOTICE OF INTENT TO DENY",
        "1. No hospital has accepted the boy.",
        "You may submit a response within 30 business days of the date of this notice.",
    );
    assert_eq!(date, None);
    assert!(why.contains("business days"), "{why}");
    let (date, _) = deadline_of(
        "NOTICE OF INTENT TO DENY",
        "1. No hospital has accepted the boy.",
        "You must submit any response within two weeks and three days of the date of this notice.",
    );
    assert_eq!(date.as_deref(), Some("2027-03-27"));
}

#[test]
fn a_period_counted_after_the_notice_or_from_the_date_above_gives_the_deadline() {
    // "after this notice was issued", "after the notice date", and a count
    // "counted from" the date at the notice's head.
    assert_eq!(
        date_of("Your reply must reach us within 40 days after this notice was issued."),
        Some("2027-04-19".to_owned())
    );
    assert_eq!(
        date_of("Please send your response so that it arrives within six weeks after the notice date."),
        Some("2027-04-21".to_owned())
    );
    assert_eq!(
        date_of("You have twenty (20) days, counted from the notice date above, to respond."),
        Some("2027-03-30".to_owned())
    );
    // Still none from a date that is not the notice's.
    assert_eq!(
        date_of("You have twenty (20) days, counted from the day the records arrive, to respond."),
        None
    );
}

#[test]
fn a_period_from_the_date_at_the_head_counting_or_no_later_than_and_a_day_with_its_hour_give_the_deadline() {
    // "from the date printed at the head of this letter": the notice's date.
    assert_eq!(
        date_of("You have ten weeks from the date printed at the head of this letter to reply."),
        Some("2027-05-19".to_owned())
    );
    // "counting from" as "counted from".
    assert_eq!(
        date_of("You have twenty days, counting from the date of this letter, to reply."),
        Some("2027-03-30".to_owned())
    );
    // "no later than" / "no more than" a count of days after the notice.
    assert_eq!(
        date_of("This office must receive your reply no later than 40 days after the notice date."),
        Some("2027-04-19".to_owned())
    );
    assert_eq!(
        date_of(
            "Your reply must reach us no more than 33 days after the date of this notice (30 days and 3 for the post)."
        ),
        Some("2027-04-12".to_owned())
    );
    // A stated day with the hour and time zone before it.
    assert_eq!(
        date_of("Reply online by 5:00 p.m. Pacific Time on April 2, 2027. Late replies are not read."),
        Some("2027-04-02".to_owned())
    );
    // Still none from a period counted from another day.
    assert_eq!(
        date_of("You have twenty days, counting from the day the records arrive, to reply."),
        None
    );
}

/// The days the post adds named before the period in its sentence ("two
/// days are added for the post, so a reply that arrives within 32 days
/// of the date above is on time"): the period is the count after
/// "within", not the added days that come first; and a sentence before it
/// naming an earlier day the count does not run from gives no deadline.
#[test]
fn a_period_after_the_days_added_for_the_post_in_its_sentence_gives_the_deadline() {
    assert_eq!(
        date_of(
            "The time to reply is counted from the date of this notice, not from February 2, 2027. As the notice goes by post, two days are added, so a reply that arrives within 32 days of the date above is on time."
        ),
        Some("2027-04-11".to_owned())
    );
}

#[test]
fn a_day_the_answer_must_arrive_by_and_days_after_the_date_on_which_the_notice_was_issued_give_the_deadline()
{
    // "so that it arrives by" a day.
    assert_eq!(
        date_of(
            "How to answer: post your reply, with this notice on top, so that it arrives by May 20, 2027."
        ),
        Some("2027-05-20".to_owned())
    );
    // Days "after the date on which this notice was issued".
    assert_eq!(
        date_of(
            "USCIS will read a reply that is received no more than thirty (30) days after the date on which this notice was issued."
        ),
        Some("2027-04-09".to_owned())
    );
}

#[test]
fn days_the_filer_has_from_the_issue_date_count_from_the_notice() {
    // The notice's date called its "Issue Date".
    assert_eq!(
        date_of("The reply must arrive within 60 days of the Issue Date shown above."),
        Some("2027-05-09".to_owned())
    );
    // What the filer "has", in the third person.
    assert_eq!(
        date_of("The petitioner has forty calendar days from the notice date to send a reply."),
        Some("2027-04-19".to_owned())
    );
}

/// A deadline in forms other than "within": a period the reply "is due"
/// after the date printed on the notice, "the period to answer is" so
/// many days counted from the notice, a day the reply "must arrive" at
/// an address by, and a day a returned form "reaches us by".
#[test]
fn a_period_the_reply_is_due_after_or_that_the_answer_period_is_gives_the_deadline() {
    // "is due N days after the date printed on this notice"
    assert_eq!(
        date_of(
            "Your answer is due 40 days after the date printed on this letter (37 days plus 3 days for the post)."
        ),
        Some("2027-04-19".to_owned())
    );
    // "the response period ... is N days, counted from ..."
    assert_eq!(
        date_of("The reply period for this notice is 45 days, counted from the notice date above."),
        Some("2027-04-24".to_owned())
    );
    // "must arrive at <place> by <day>"
    assert_eq!(
        date_of("Any reply must arrive at the office named below by June 3, 2027."),
        Some("2027-06-03".to_owned())
    );
    // "so that it reaches us by <day>"
    assert_eq!(
        date_of("Send the completed page back so that it reaches us by June 4, 2027."),
        Some("2027-06-04".to_owned())
    );
}

/// The agency naming the day it must have the answer in hand: "This
/// office must receive your reply by <day>", with the place after the
/// day. A day in a ground's facts with "receive" in it ("must receive
/// the first dose by") stays no deadline.
#[test]
fn a_day_the_agency_must_receive_the_reply_by_is_the_deadline() {
    assert_eq!(
        date_of(
            "You may answer in writing. This office must receive your reply by May 21, 2027 at the address on the first page."
        ),
        Some("2027-05-21".to_owned())
    );
    assert_eq!(
        date_of("We must receive the response by May 22, 2027; late answers are not read."),
        Some("2027-05-22".to_owned())
    );
    assert_eq!(
        date_of("The oncologist writes that the boy must receive the first dose by May 23, 2027."),
        None
    );
}
