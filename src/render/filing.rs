//! What the filed documents (rebuttal, re-filing, cover letter) state beyond
//! the grounds: the facts, the expedite request, the fee exceptions that the
//! evidence supports, the conclusion's elements, the enclosures and the
//! signer. Each part says only what the case's statuses show; the wording
//! is the playbook's.

use super::MemoKind;
use super::prose;
use crate::check::{Checked, Status};
use crate::model::{DecisionKind, Sponsor};
use crate::playbook::EnclosureEach;
use serde::Serialize;

/// Days before the treatment's start within which expedited processing is asked for.
pub const EXPEDITE_WITHIN_DAYS: i32 = 30;

/// The categories whose grounds prove each prong of 8 U.S.C. § 1804(b)(1).
pub const MEDICAL_EMERGENCY: &str = "medical-urgency";
pub const TREATMENT_UNAVAILABLE: &str = "treatment-unavailable";
pub const NO_TIME_FOR_VISA: &str = "other-avenues";
/// The category whose exhibits show the treatment plan and its start.
pub const TREATMENT_ARRANGED: &str = "us-treatment-arranged";

#[derive(Debug, Clone, Serialize)]
pub struct FilingContext<'a> {
    /// The notice answered, as a title: "Notice of Intent to Deny",
    /// "Request for Evidence", "Decision".
    pub decision_name: &'static str,
    /// The beneficiary's age in whole years on the memo's date.
    pub beneficiary_age: Option<i64>,
    /// True when the beneficiary is under 18 on the memo's date.
    pub minor: bool,
    /// The parole period requested, in words ("six months").
    pub period: Option<String>,
    /// The citation for the condition ("Ex. A; Ex. B"): the medical exhibits in the packet.
    pub condition_exhibits: String,
    /// The citation for the treatment plan, provider and start date.
    pub treatment_exhibits: String,
    pub companions: Vec<CompanionContext<'a>>,
    pub sponsors: Vec<SponsorContext<'a>>,
    /// Present when expedited processing is asked for.
    pub expedite: Option<ExpediteContext>,
    pub fee: FeeContext,
    /// Clauses of the playbook's `establishes` for each category whose
    /// grounds are supported or corroborated, in ground order.
    pub establishes: Vec<&'a str>,
    /// This document's enclosures, filled in for each companion and sponsor.
    pub enclosures: Vec<String>,
    /// The signer's role: the file's, or "Counsel for the petitioner".
    pub signer_role: String,
    /// What a draft must still state: facts the file lacks, in the memo's terms.
    pub missing_facts: Vec<String>,
    /// Why the playbook's enclosure titles could not be filled in: the
    /// render stops with it rather than print a title unfilled.
    #[serde(skip)]
    pub snippet_error: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompanionContext<'a> {
    pub name: &'a str,
    pub relationship: &'a str,
    pub role: Option<&'a str>,
    pub age: Option<i64>,
    /// A parent or legal guardian of a beneficiary under 18 (8 U.S.C. § 1804(b)(2)).
    pub parent_of_minor: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SponsorContext<'a> {
    pub name: &'a str,
    pub relationship: Option<&'a str>,
    /// The citation of the sponsor's own evidence of support in the packet
    /// (evidence of financial support the sponsor wrote), or empty.
    pub exhibits: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExpediteContext {
    /// The treatment's start date (`YYYY-MM-DD`), if the file gives it.
    pub start: Option<String>,
    /// Days from the memo's date to the start.
    pub days_to_start: Option<i32>,
    /// The exhibits that show the urgency and the start date ("Ex. A; Ex. K").
    pub exhibits: String,
}

/// The prongs of 8 U.S.C. § 1804(b)(1) the record proves, each with its citation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FeeContext {
    /// (A) a medical emergency: the medical-urgency grounds' exhibits.
    pub medical_emergency: Option<String>,
    /// (B)(i) treatment unavailable in the country of residence.
    pub unavailable: Option<String>,
    /// (B)(ii) life-threatening, no time for the visa process: the medical
    /// urgency and the other-avenues grounds' exhibits together.
    pub no_time_for_visa: Option<String>,
    /// True when (A) and one (B) prong are proved: the section can be argued.
    pub arguable: bool,
}

/// Is the relationship that of a parent or legal guardian?
fn is_parent(relationship: &str) -> bool {
    let r = relationship.to_lowercase();
    ["mother", "father", "parent", "guardian"]
        .iter()
        .any(|w| r.split(|c: char| !c.is_alphabetic()).any(|word| word == *w))
}

/// The decision as the memo names it.
pub fn decision_name(kind: DecisionKind) -> &'static str {
    match kind {
        DecisionKind::Noid => "Notice of Intent to Deny",
        DecisionKind::Rfe => "Request for Evidence",
        DecisionKind::Denial => "Decision",
    }
}

pub fn filing<'a>(checked: &'a Checked, kind: MemoKind) -> FilingContext<'a> {
    let info = &checked.case.info;
    let today = checked.today;
    let beneficiary_age = info
        .beneficiary
        .born
        .as_ref()
        .and_then(|b| prose::years_between(b.value, today));
    let minor = beneficiary_age.is_some_and(|a| a < 18);
    let companions: Vec<CompanionContext> = info
        .companions
        .iter()
        .map(|c| CompanionContext {
            name: &c.name,
            relationship: &c.relationship,
            role: c.role.as_deref(),
            age: c.born.as_ref().and_then(|b| prose::years_between(b.value, today)),
            parent_of_minor: minor && is_parent(&c.relationship),
        })
        .collect();
    let period = info
        .request
        .as_ref()
        .and_then(|r| r.period.as_ref())
        .map(|p| prose::period_words(p.value));

    let fee = fee(checked);

    let condition_exhibits = cite(&exhibits_of_types(
        checked,
        &["physician-opinion", "medical-record"],
    ));
    let treatment_exhibits = cite(&exhibits_of_types(checked, &["provider-acceptance"]));
    let start = info
        .treatment
        .as_ref()
        .and_then(|t| t.start.as_ref())
        .map(|s| s.value);
    let days_to_start = start.map(|s| crate::check::days_between(today, s));
    let asked = info.request.as_ref().is_some_and(|r| r.expedite);
    let soon = days_to_start.is_some_and(|d| (0..=EXPEDITE_WITHIN_DAYS).contains(&d));
    let expedite = (asked || soon).then(|| {
        let mut letters = proved_exhibits(checked, MEDICAL_EMERGENCY);
        if start.is_some() {
            letters.extend(exhibits_of_types(checked, &["provider-acceptance"]));
        }
        ExpediteContext {
            start: start.map(|s| s.to_string()),
            days_to_start,
            exhibits: cite(&letters),
        }
    });

    let mut establishes: Vec<&str> = Vec::new();
    let mut established = std::collections::BTreeSet::new();
    for (g, ground) in checked.case.grounds.iter().enumerate() {
        if checked.report.grounds[g].status < Status::Supported {
            continue;
        }
        if let Some(clause) = checked
            .playbook
            .category(&ground.category)
            .and_then(|c| c.establishes.as_deref())
            && established.insert(clause)
        {
            establishes.push(clause);
        }
    }

    let representative = info.representative.as_ref();
    let (enclosures, snippet_error) = match enclosures(checked, kind, representative.is_some()) {
        Ok(titles) => (titles, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let signer_role = representative
        .and_then(|r| r.role.clone())
        .unwrap_or_else(|| "Counsel for the petitioner".to_owned());

    let missing_facts = missing_facts(checked, period.is_some());

    FilingContext {
        decision_name: decision_name(info.decision.kind),
        beneficiary_age,
        minor,
        period,
        condition_exhibits,
        treatment_exhibits,
        companions,
        sponsors: {
            let support = exhibits_of_types(checked, &["financial-support"]);
            info.sponsors
                .iter()
                .map(|s| sponsor(checked, &support, s))
                .collect()
        },
        expedite,
        fee,
        establishes,
        enclosures,
        signer_role,
        missing_facts,
        snippet_error,
    }
}

/// The prongs of § 1804(b)(1) that supported grounds prove.
fn fee(checked: &Checked) -> FeeContext {
    let supported = |category: &str| -> Option<String> {
        let letters = proved_exhibits(checked, category);
        (!letters.is_empty()).then(|| cite(&letters))
    };
    let medical_emergency = supported(MEDICAL_EMERGENCY);
    let unavailable = supported(TREATMENT_UNAVAILABLE);
    // (B)(ii) needs both: an emergency that is life-threatening (the medical
    // exhibits) and no time for the visa process (the other avenues').
    let no_time_for_visa = supported(NO_TIME_FOR_VISA)
        .and(medical_emergency.as_ref())
        .map(|_| {
            let mut letters = proved_exhibits(checked, MEDICAL_EMERGENCY);
            letters.extend(proved_exhibits(checked, NO_TIME_FOR_VISA));
            cite(&letters)
        });
    FeeContext {
        arguable: medical_emergency.is_some() && (unavailable.is_some() || no_time_for_visa.is_some()),
        medical_emergency,
        unavailable,
        no_time_for_visa,
    }
}

/// The facts a filed memo states that the file does not give yet, as tasks.
fn missing_facts(checked: &Checked, has_period: bool) -> Vec<String> {
    let mut missing_facts = Vec::new();
    let info = &checked.case.info;
    let treatment = info.treatment.as_ref();
    if treatment.and_then(|t| t.condition.as_ref()).is_none() {
        missing_facts.push("state the beneficiary's diagnosis".to_owned());
    }
    if treatment.and_then(|t| t.plan.as_ref()).is_none() {
        missing_facts.push("describe the treatment planned in the United States".to_owned());
    }
    if treatment.and_then(|t| t.provider.as_ref()).is_none() {
        missing_facts.push("name the United States provider who will treat the beneficiary".to_owned());
    } else if exhibits_of_types(checked, &["provider-acceptance"]).is_empty() {
        missing_facts.push(
            "no exhibit yet shows that the provider has agreed to treat the beneficiary: obtain its acceptance letter".to_owned(),
        );
    }
    if treatment.and_then(|t| t.start.as_ref()).is_none() {
        missing_facts.push("give the date treatment is to start".to_owned());
    }
    if !has_period {
        missing_facts.push("state how long parole is needed".to_owned());
    }
    if info.beneficiary.born.is_none() {
        missing_facts.push("give the beneficiary's date of birth".to_owned());
    }

    missing_facts
}

fn sponsor<'a>(checked: &Checked, support: &[(usize, String)], s: &'a Sponsor) -> SponsorContext<'a> {
    let name = s.name.to_lowercase();
    let own: Vec<(usize, String)> = support
        .iter()
        .filter(|(n, _)| {
            let e = &checked.case.evidence[checked.plan.exhibits[*n].evidence];
            e.author
                .as_deref()
                .is_some_and(|a| a.to_lowercase().contains(&name))
        })
        .cloned()
        .collect();
    SponsorContext {
        name: &s.name,
        relationship: s.relationship.as_deref(),
        exhibits: cite(&own),
    }
}

/// The letters of the packet exhibits cited by the supported grounds of a
/// category, in letter order.
fn proved_exhibits(checked: &Checked, category: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (g, ground) in checked.case.grounds.iter().enumerate() {
        let result = &checked.report.grounds[g];
        if ground.category != category || result.status < Status::Supported {
            continue;
        }
        for &i in &result.evidence {
            if let Some(n) = checked.plan.position_of(i) {
                out.push((n, checked.plan.exhibits[n].letter.clone()));
            }
        }
    }
    out
}

/// The packet's exhibits of the given evidence types, in letter order.
fn exhibits_of_types(checked: &Checked, types: &[&str]) -> Vec<(usize, String)> {
    checked
        .plan
        .exhibits
        .iter()
        .enumerate()
        .filter(|(_, x)| types.contains(&checked.case.evidence[x.evidence].kind.as_str()))
        .map(|(n, x)| (n, x.letter.clone()))
        .collect()
}

/// "Ex. A; Ex. C", in letter order, without repeats.
fn cite(letters: &[(usize, String)]) -> String {
    let mut sorted = letters.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted
        .iter()
        .map(|(_, l)| format!("Ex. {l}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The playbook's enclosures for this document, once per companion or
/// sponsor where the item says so, each title filled in within the render's
/// budget (see [`super::templates::enclosure_titles`]).
fn enclosures(checked: &Checked, kind: MemoKind, representative: bool) -> Result<Vec<String>, String> {
    let info = &checked.case.info;
    let cover = kind == MemoKind::Cover;
    let covered = if cover {
        MemoKind::default_for(info.decision.kind)
    } else {
        kind
    };
    let Some(items) = checked.playbook.enclosures.get(covered.as_str()) else {
        return Ok(Vec::new());
    };
    // "A–M": the packet's letters, for "Exhibits {{ exhibits }}".
    let exhibits = match (checked.plan.exhibits.first(), checked.plan.exhibits.last()) {
        (Some(a), Some(b)) if a.letter == b.letter => a.letter.clone(),
        (Some(a), Some(b)) => format!("{}\u{2013}{}", a.letter, b.letter),
        _ => String::new(),
    };
    let mut jobs: Vec<(String, String)> = Vec::new();
    for item in items {
        if (item.when_representative && !representative) || (item.when_cover && !cover) {
            continue;
        }
        let title = || item.title.clone();
        match item.each {
            None => jobs.push((title(), String::new())),
            Some(EnclosureEach::Companion) => {
                jobs.extend(info.companions.iter().map(|c| (title(), c.name.clone())));
            }
            Some(EnclosureEach::Sponsor) => {
                jobs.extend(info.sponsors.iter().map(|s| (title(), s.name.clone())));
            }
        }
    }
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    super::templates::enclosure_titles(
        jobs,
        exhibits,
        checked.plan.exhibits.len(),
        super::budget::Budget::for_input(checked.text_len),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_and_guardians_are_recognized_by_word() {
        assert!(is_parent("mother"));
        assert!(is_parent("legal guardian"));
        assert!(is_parent("Father"));
        assert!(!is_parent("grandmother"));
        assert!(!is_parent("aunt"));
    }

    #[test]
    fn citations_run_in_letter_order_without_repeats() {
        let l = |n: usize, s: &str| (n, s.to_owned());
        assert_eq!(cite(&[l(2, "C"), l(0, "A"), l(2, "C")]), "Ex. A; Ex. C");
        assert_eq!(cite(&[]), "");
    }
}
