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
