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
