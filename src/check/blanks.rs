//! Findings about values still to be filled in: the name, country or
//! relationship of a person the case is about written as a bracketed blank
//! ("[country]", as `rebut import` leaves what the notice does not say),
//! and a filing date on or after the decision's, which no request can have.
//! The representative's contact details are not looked at: a redacted copy
//! for a class keeps "[address 1]" there on purpose, and
//! `incomplete-signature` covers a signature block that lacks them.

use super::{Code, Finding, Subject, finding};
use crate::model::Case;

/// Whether a value is a blank to fill in: all of it in square brackets.
pub fn is_blank(value: &str) -> bool {
    let v = value.trim();
    v.len() >= 2 && v.starts_with('[') && v.ends_with(']') && !v[1..v.len() - 1].contains(['[', ']'])
}

pub fn findings(case: &Case, out: &mut Vec<Finding>) {
    let info = &case.info;
    let at = |code: Code, loc, message: String| finding(code, Subject::Case, "case", loc, message);
    let mut fields: Vec<(String, &str)> = vec![
        (
            "the beneficiary's name".to_owned(),
            info.beneficiary.name.as_str(),
        ),
        (
            "the beneficiary's country".to_owned(),
            info.beneficiary.country.as_str(),
        ),
    ];
    if let Some(p) = &info.petitioner {
        fields.extend(p.name.as_deref().map(|v| ("the petitioner's name".to_owned(), v)));
        fields.extend(
            p.relationship
                .as_deref()
                .map(|v| ("the petitioner's relationship".to_owned(), v)),
        );
    }
    for (n, c) in info.companions.iter().enumerate() {
        fields.push((format!("companion {}'s name", n + 1), c.name.as_str()));
        fields.push((
            format!("companion {}'s relationship", n + 1),
            c.relationship.as_str(),
        ));
    }
    for (n, s) in info.sponsors.iter().enumerate() {
        fields.push((format!("sponsor {}'s name", n + 1), s.name.as_str()));
    }
    for (what, value) in fields {
        if is_blank(value) {
            out.push(at(
                Code::Unfilled,
                info.loc,
                format!(
                    "{what} is still a blank, {}: put the real value before anything is filed",
                    value.trim()
                ),
            ));
        }
    }
    if info.filed.value >= info.decision.date.value {
        out.push(at(
            Code::DateOrder,
            info.filed.loc,
            format!(
                "the request is recorded as filed on {}, {} the decision of {}: put the date the request was filed",
                info.filed.value,
                if info.filed.value == info.decision.date.value { "the day of" } else { "after" },
                info.decision.date.value
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::is_blank;

    #[test]
    fn a_blank_is_a_whole_value_in_brackets() {
        assert!(is_blank("[country]"));
        assert!(is_blank(" [the beneficiary's full name] "));
        assert!(!is_blank("Honduras"));
        assert!(!is_blank("[a] and [b]"));
        assert!(!is_blank("Ana [Ani] Ruiz"));
        assert!(!is_blank("["));
    }
}
