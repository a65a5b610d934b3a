//! Findings about the people and places a filed document names: a minor
//! travelling without a parent or guardian, a treatment start that has
//! passed or falls before the response is due, the signer's contact details, the address a document
//! goes to, and British spellings in the author's own text.

use super::facts::{is_parent, minor, start_passed};
use super::{Checker, Code, Finding, Subject, days_between, finding};
use crate::model::{Case, DecisionKind};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

pub fn findings(case: &Case, checker: &Checker<'_>, out: &mut Vec<Finding>) {
    let info = &case.info;
    let at = |code: Code, loc, message: String| finding(code, Subject::Case, "case", loc, message);

    if minor(case, checker.today) && !info.companions.iter().any(|c| is_parent(&c.relationship)) {
        out.push(at(
            Code::UnaccompaniedMinor,
            info.beneficiary.born.as_ref().map_or(info.loc, |b| b.loc),
            "the beneficiary is a minor and no companion is a parent or legal guardian; a child needs a parent or guardian traveling, with a request of their own".to_owned(),
        ));
    }

    let start = info.treatment.as_ref().and_then(|t| t.start.as_ref());
    if let Some(start) = start
        && start_passed(case, checker.today)
    {
        out.push(at(
            Code::PastStart,
            start.loc,
            format!(
                "treatment was to start on {}, which is before today ({}); ask the provider for the new start date and correct it in the case file",
                start.value, checker.today
            ),
        ));
    } else if let (Some(start), Some(respond_by)) = (start, info.decision.respond_by.as_ref())
        && start.value < respond_by.value
    {
        out.push(at(
            Code::EarlyStart,
            start.loc,
            format!(
                "treatment is to start on {}, {} day{} before the response is due ({}); file early and ask for expedited processing",
                start.value,
                days_between(start.value, respond_by.value),
                if days_between(start.value, respond_by.value) == 1 { "" } else { "s" },
                respond_by.value
            ),
        ));
    }

    signature(case, out);
    addresses(case, out);
    spelling(case, out);
}

/// The signature block: an address, a telephone or e-mail, and a bar
/// number (the supervising attorney's, for a student).
fn signature(case: &Case, out: &mut Vec<Finding>) {
    let info = &case.info;
    let at = |code: Code, loc, message: String| finding(code, Subject::Case, "case", loc, message);
    if let Some(rep) = &info.representative {
        let student = super::facts::is_student(rep);
        let mut lacking = Vec::new();
        if rep.address.as_deref().is_none_or(|a| a.trim().is_empty()) {
            lacking.push("a postal address");
        }
        if rep.phone.is_none() && rep.email.is_none() {
            lacking.push("a telephone number or e-mail address");
        }
        if !student && rep.bar.is_none() {
            lacking.push("a bar number or accreditation");
        }
        if student && rep.supervisor.as_ref().is_some_and(|s| s.bar.is_none()) {
            lacking.push("the supervising attorney's bar number");
        }
        if !lacking.is_empty() {
            out.push(at(
                Code::IncompleteSignature,
                info.loc,
                format!("the signature block lacks {}", and_list(&lacking)),
            ));
        }
    }
}

/// Where the document goes: the filing address of a new request, the
/// response address of a notice.
fn addresses(case: &Case, out: &mut Vec<Finding>) {
    let info = &case.info;
    let at = |code: Code, loc, message: String| finding(code, Subject::Case, "case", loc, message);
    let denial = info.decision.kind == DecisionKind::Denial;
    if denial
        && info
            .request
            .as_ref()
            .and_then(|r| r.filing_address.as_ref())
            .is_none()
    {
        out.push(at(
            Code::MissingAddress,
            info.loc,
            "the case gives no filing address for the new request; give it as case.request.filing_address, from the current Form I-131 instructions (decision.address is where a response to a notice goes, not a new request)".to_owned(),
        ));
    }
    if !denial && info.decision.address.is_none() {
        out.push(at(
            Code::MissingAddress,
            info.loc,
            "the case gives no address for the response; give it as case.decision.address, as the notice states it".to_owned(),
        ));
    }
}

/// British spellings in the case file's own text that a memo prints.
fn spelling(case: &Case, out: &mut Vec<Finding>) {
    let info = &case.info;
    let mut words: Vec<(&str, &str)> = Vec::new();
    let mut texts: Vec<&str> = case
        .grounds
        .iter()
        .flat_map(|g| &g.points)
        .map(|p| p.text.as_str())
        .collect();
    if let Some(t) = &info.treatment {
        texts.extend(
            [&t.condition, &t.plan, &t.provider]
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
    }
    texts.extend(case.timeline.iter().map(|t| t.event.as_str()));
    for c in &info.companions {
        texts.push(&c.relationship);
        texts.extend(c.role.as_deref());
    }
    for text in texts {
        for (uk, us) in british_words(text) {
            if !words.iter().any(|(w, _)| *w == uk) {
                words.push((uk, us));
            }
        }
    }
    if !words.is_empty() {
        let list: Vec<String> = words
            .iter()
            .map(|(uk, us)| format!("\"{uk}\" → \"{us}\""))
            .collect();
        out.push(finding(
            Code::NonUsSpelling,
            Subject::Case,
            "case",
            info.loc,
            format!(
                "the memo prints British spellings from the case file; use US spelling: {}",
                list.join(", ")
            ),
        ));
    }
}

fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// British spellings a US filing should not carry, with the US form; a
/// plural `s` is accepted after each.
const BRITISH: [(&str, &str); 52] = [
    ("tumour", "tumor"),
    ("centre", "center"),
    ("colour", "color"),
    ("favour", "favor"),
    ("favourable", "favorable"),
    ("behaviour", "behavior"),
    ("neighbour", "neighbor"),
    ("neighbouring", "neighboring"),
    ("labour", "labor"),
    ("honour", "honor"),
    ("programme", "program"),
    ("counselling", "counseling"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("licence", "license"),
    ("defence", "defense"),
    ("analyse", "analyze"),
    ("organisation", "organization"),
    ("organise", "organize"),
    ("organised", "organized"),
    ("recognise", "recognize"),
    ("recognised", "recognized"),
    ("authorise", "authorize"),
    ("authorised", "authorized"),
    ("specialised", "specialized"),
    ("hospitalised", "hospitalized"),
    ("hospitalisation", "hospitalization"),
    ("haemoglobin", "hemoglobin"),
    ("haematology", "hematology"),
    ("haematologist", "hematologist"),
    ("haematological", "hematological"),
    ("haemorrhage", "hemorrhage"),
    ("haemophilia", "hemophilia"),
    ("paediatric", "pediatric"),
    ("paediatrics", "pediatrics"),
    ("paediatrician", "pediatrician"),
    ("leukaemia", "leukemia"),
    ("anaemia", "anemia"),
    ("oedema", "edema"),
    ("oesophagus", "esophagus"),
    ("oesophageal", "esophageal"),
    ("orthopaedic", "orthopedic"),
    ("gynaecology", "gynecology"),
    ("anaesthesia", "anesthesia"),
    ("anaesthetic", "anesthetic"),
    ("foetal", "fetal"),
    ("litre", "liter"),
    ("metre", "meter"),
    ("catalogue", "catalog"),
    ("dialyse", "dialyze"),
    ("haematologic", "hematologic"),
    ("fibre", "fiber"),
];

/// [`BRITISH`] by its British form (with its place in the list), those
/// that differ from the US one.
type Spelling = (usize, &'static str, &'static str);

fn british() -> &'static FxHashMap<&'static str, Spelling> {
    static TABLE: OnceLock<FxHashMap<&'static str, Spelling>> = OnceLock::new();
    TABLE.get_or_init(|| {
        BRITISH
            .iter()
            .enumerate()
            .filter(|(_, (uk, us))| uk != us)
            .map(|(i, &(uk, us))| (uk, (i, uk, us)))
            .collect()
    })
}

/// The British spellings in `text`, each with its US form.
pub fn british_words(text: &str) -> Vec<(&'static str, &'static str)> {
    // Every word of every text of the case passes here: most are told
    // apart by their length alone, without a lowercase copy.
    let shortest = BRITISH.iter().map(|(uk, _)| uk.len()).min().unwrap_or(0);
    let longest = BRITISH.iter().map(|(uk, _)| uk.len()).max().unwrap_or(0) + 1;
    let mut found = Vec::new();
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_ascii() && !(shortest..=longest).contains(&word.len()) {
            continue;
        }
        let lower: Cow<'_, str> = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.to_lowercase())
        };
        let lower = lower.as_ref();
        let stem = lower.strip_suffix('s').unwrap_or(lower);
        // Where the word and its stem are both listed, the first listed wins.
        let hit = match (british().get(lower), british().get(stem)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(&(_, uk, us)) = hit
            && !found.contains(&(uk, us))
        {
            found.push((uk, us));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_spellings_are_found_with_their_plural() {
        assert_eq!(
            british_words("Two tumours at the Centre; a tumor"),
            [("tumour", "tumor"), ("centre", "center")]
        );
        assert!(british_words("organism, center, pediatric").is_empty());
    }
}
