//! What the filed documents (rebuttal, re-filing, cover letter) state beyond
//! the grounds: the facts, the expedite request, the fee exceptions that the
//! evidence supports, the conclusion's elements, the enclosures and the
//! signer. Each part says only what the case's statuses show; the wording
//! is the playbook's.

use super::MemoKind;
use super::prose;
use crate::check::facts::{self as fact, FactState, is_parent};
use crate::check::{Checked, Status};
use crate::model::{DecisionKind, Sponsor};
use crate::playbook::EnclosureEach;
use serde::Serialize;
use std::collections::BTreeMap;

/// Days before the treatment's start within which expedited processing is asked for.
pub const EXPEDITE_WITHIN_DAYS: i32 = 30;

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
    /// The treatment's start (`case.treatment.start`) is before today: the
    /// memo does not name it, and the draft asks for the new date.
    pub start_passed: bool,
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
    /// Every fact of the playbook as the record stands, by id with `_` for
    /// `-` (`facts.start_date`): whether it is established, the exhibits to
    /// cite for it, and the gap marker a draft prints when it is not.
    pub facts: BTreeMap<String, FactView>,
    /// The discretion section: the clauses of the established facts, each
    /// with its citation, and the gaps a draft marks.
    pub discretion: DiscretionContext,
    /// The grounds that cite an exhibit in the packet that the prior
    /// request did not have, and all grounds: "new evidence on two of the
    /// four grounds".
    pub grounds_with_new: usize,
    /// Where this document goes: the filing address for a re-filing, the
    /// decision's address for a response; none when the file lacks it.
    pub addressee: Option<Vec<String>>,
    /// Why the playbook's enclosure titles could not be filled in: the
    /// render stops with it rather than print a title unfilled.
    #[serde(skip)]
    pub snippet_error: Option<String>,
}

/// One fact, as a memo may state it.
#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    pub label: String,
    pub established: bool,
    /// "Ex. A; Ex. C": the exhibits that establish it, in letter order.
    pub exhibits: String,
    /// A final document cannot lack it.
    pub core: bool,
    /// What a draft prints in place of the sentence: what is missing, and
    /// the task that would close the gap ("cite the letter of Dr. Paz,
    /// already in the file"). Empty when the fact is established.
    pub gap: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DiscretionContext {
    /// "the stay sought is temporary ... (Ex. D)", one per established fact.
    pub reasons: Vec<String>,
    /// Gap markers for the facts that bear on discretion and are not shown.
    pub gaps: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompanionContext<'a> {
    pub name: &'a str,
    pub relationship: &'a str,
    pub role: Option<&'a str>,
    pub age: Option<i64>,
    /// A parent or legal guardian of a beneficiary under 18 on the later of
    /// today and the treatment's start, the relationship shown by an
    /// exhibit (8 U.S.C. § 1804(b)(2)).
    pub parent_of_minor: bool,
    /// The citation for the relationship ("Ex. D"), or empty when no
    /// exhibit shows it (then the memo does not state it in a final document).
    pub relationship_exhibits: String,
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
    /// True when an exhibit shows the urgency: only then is the request
    /// argued (a final document leaves it out otherwise).
    pub shown: bool,
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
    /// What a draft marks when the section cannot be argued: each prong's
    /// missing facts.
    pub gaps: Vec<String>,
    /// Companions the § 1804(b)(2) sentence cannot name, and why (a draft
    /// marks them): relationship unshown, or the beneficiary of age by the
    /// time treatment starts.
    pub parent_gaps: Vec<String>,
}

/// The decision as the memo names it.
pub fn decision_name(kind: DecisionKind) -> &'static str {
    match kind {
        DecisionKind::Noid => "Notice of Intent to Deny",
        DecisionKind::Rfe => "Request for Evidence",
        DecisionKind::Denial => "Decision",
    }
}

/// The expedite request: asked for in the case file, or treatment starts
/// within [`EXPEDITE_WITHIN_DAYS`]; it names the start date only when an
/// exhibit shows it.
fn expedite(checked: &Checked) -> Option<ExpediteContext> {
    let info = &checked.case.info;
    let today = checked.today;
    let start = info
        .treatment
        .as_ref()
        .and_then(|t| t.start.as_ref())
        .map(|s| s.value);
    let days_to_start = start.map(|s| crate::check::days_between(today, s));
    let asked = info.request.as_ref().is_some_and(|r| r.expedite);
    let soon = days_to_start.is_some_and(|d| (0..=EXPEDITE_WITHIN_DAYS).contains(&d));
    let start_shown =
        checked.facts.established(fact::START_DATE) && !fact::start_passed(&checked.case, today);
    (asked || soon).then(|| {
        let facts: &[&str] = if start_shown {
            &[fact::URGENCY, fact::START_DATE]
        } else {
            &[fact::URGENCY]
        };
        ExpediteContext {
            shown: checked.facts.established(fact::URGENCY),
            start: start.filter(|_| start_shown).map(|s| s.to_string()),
            days_to_start,
            exhibits: cite_facts(checked, facts),
        }
    })
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
    // For § 1804(b)(2): a minor on the later of today and the start.
    let fee_minor = fact::minor(&checked.case, today);
    let relationship_exhibits = cite_facts(checked, &[fact::RELATIONSHIP]);
    // The parent's exception states the beneficiary's age: an exhibit must
    // show the birth date.
    let age_shown = checked.facts.established(fact::IDENTITY);
    let companions: Vec<CompanionContext> = info
        .companions
        .iter()
        .map(|c| CompanionContext {
            name: &c.name,
            relationship: &c.relationship,
            role: c.role.as_deref(),
            age: c.born.as_ref().and_then(|b| prose::years_between(b.value, today)),
            parent_of_minor: fee_minor
                && age_shown
                && is_parent(&c.relationship)
                && !relationship_exhibits.is_empty(),
            relationship_exhibits: relationship_exhibits.clone(),
        })
        .collect();
    let period = info
        .request
        .as_ref()
        .and_then(|r| r.period.as_ref())
        .map(|p| prose::period_words(p.value));

    let mut fee = fee(checked);
    fee.parent_gaps = parent_gaps(checked, minor, fee_minor, age_shown, &relationship_exhibits);

    let condition_exhibits = cite_facts(checked, &[fact::DIAGNOSIS]);
    // The acceptance, and the start date when an exhibit shows it.
    let treatment_exhibits = if checked.facts.established(fact::START_DATE) {
        cite_union(checked, &[fact::ACCEPTANCE, fact::START_DATE])
    } else {
        cite_facts(checked, &[fact::ACCEPTANCE])
    };
    let expedite = expedite(checked);

    let establishes = establishes(checked);

    let representative = info.representative.as_ref();
    let (enclosures, snippet_error) = enclosures(checked, kind, representative.is_some(), !fee.arguable)
        .map_or_else(|e| (Vec::new(), Some(e)), |titles| (titles, None));
    let signer_role = representative
        .and_then(|r| r.role.clone())
        .unwrap_or_else(|| "Counsel for the petitioner".to_owned());

    let missing_facts = missing_facts(checked, period.is_some());
    let facts = checked
        .facts
        .facts
        .iter()
        .map(|f| (f.id.replace('-', "_"), fact_view(checked, f)))
        .collect();
    FilingContext {
        decision_name: decision_name(info.decision.kind),
        beneficiary_age,
        minor,
        start_passed: fact::start_passed(&checked.case, today),
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
        facts,
        discretion: discretion(checked),
        grounds_with_new: grounds_with_new(checked),
        addressee: addressee(info),
        snippet_error,
    }
}

/// Why a parent's § 1804(b)(2) exception is not argued: the beneficiary
/// comes of age before treatment starts, or nothing shows the relationship.
fn parent_gaps(
    checked: &Checked,
    minor: bool,
    fee_minor: bool,
    age_shown: bool,
    relationship_exhibits: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    for c in &checked.case.info.companions {
        if !is_parent(&c.relationship) || !minor {
            continue;
        }
        if !fee_minor {
            out.push(format!(
                "the beneficiary turns 18 before treatment starts, so {}, the beneficiary's {}, is not excepted from the fee as the parent or legal guardian of a minor; leave that argument out",
                c.name, c.relationship
            ));
        } else {
            if relationship_exhibits.is_empty() {
                out.push(gap_text(checked, fact::RELATIONSHIP));
            }
            if !age_shown {
                out.push(gap_text(checked, fact::IDENTITY));
            }
        }
    }
    out
}

/// The lines a cover letter is addressed to: the filing address of a new
/// request, the office and address of a response.
fn addressee(info: &crate::model::CaseInfo) -> Option<Vec<String>> {
    let denial = info.decision.kind == DecisionKind::Denial;
    let address = if denial {
        info.request.as_ref().and_then(|r| r.filing_address.as_deref())
    } else {
        info.decision.address.as_deref()
    };
    address.map(|a| {
        let mut lines: Vec<String> = Vec::new();
        if !denial && let Some(office) = &info.decision.office {
            lines.push(office.clone());
        }
        lines.push(a.to_owned());
        lines
    })
}

/// The grounds citing an exhibit in the packet the prior request lacked.
fn grounds_with_new(checked: &Checked) -> usize {
    (0..checked.case.grounds.len())
        .filter(|&g| {
            checked.report.grounds[g]
                .evidence
                .iter()
                .any(|&i| checked.plan.of(i).is_some() && !checked.case.evidence[i].submitted_before)
        })
        .count()
}

/// The fact as templates see it.
fn fact_view(checked: &Checked, f: &FactState) -> FactView {
    FactView {
        label: f.label.clone(),
        established: f.established(),
        exhibits: cite_facts(checked, &[f.id.as_str()]),
        core: f.core,
        gap: if f.established() {
            String::new()
        } else {
            gap_text(checked, &f.id)
        },
    }
}

/// What a draft says in place of a sentence whose fact is not established:
/// the fact, and the task that would establish it. The gap report's action
/// list carries the same task (see `requests::fact_task`).
pub fn gap_text(checked: &Checked, id: &str) -> String {
    let Some(f) = checked.facts.get(id) else {
        return String::new();
    };
    let task = super::requests::fact_task(checked, f);
    let undated = |&i: &usize| checked.case.evidence[i].date.is_none();
    if f.stale.is_empty() {
        format!("no exhibit yet shows {}: {}", f.label, task.text)
    } else if f.stale.iter().all(undated) {
        format!("only an undated exhibit shows {}: {}", f.label, task.text)
    } else {
        format!(
            "only exhibits older than the decision show {}: {}",
            f.label, task.text
        )
    }
}

/// "Ex. A; Ex. C": the exhibits establishing every one of `ids`, or empty
/// when one of them is not established.
pub fn cite_facts(checked: &Checked, ids: &[&str]) -> String {
    if !ids.iter().all(|id| checked.facts.established(id)) {
        return String::new();
    }
    cite_shown(checked, ids)
}

/// The exhibits establishing `ids`, together, when the first is established.
fn cite_union(checked: &Checked, ids: &[&str]) -> String {
    if !ids.first().is_some_and(|id| checked.facts.established(id)) {
        return String::new();
    }
    cite_shown(checked, ids)
}

/// "Ex. A; Ex. C": every exhibit that establishes one of `ids`.
fn cite_shown(checked: &Checked, ids: &[&str]) -> String {
    let letters: Vec<(usize, String)> = ids
        .iter()
        .flat_map(|id| checked.facts.exhibits(id))
        .filter_map(|&i| {
            let x = checked.plan.of(i)?;
            Some((x.first_page as usize, x.letter.clone()))
        })
        .collect();
    cite(&letters)
}

/// The conclusion's clauses: each established fact's, a clause that needs
/// the cost shown too only with it, then the categories no fact stands for
/// whose grounds are supported (the record's completeness only when every
/// exhibit is dated and readable in English).
fn establishes<'a>(checked: &'a Checked) -> Vec<&'a str> {
    let playbook = checked.playbook;
    let mut out: Vec<&str> = Vec::new();
    for f in &playbook.facts {
        let Some(clause) = f.establishes.as_deref() else {
            continue;
        };
        let with_cost = f.id != fact::FUNDING || checked.facts.established(fact::COST);
        if checked.facts.established(&f.id) && with_cost && !out.contains(&clause) {
            out.push(clause);
        }
    }
    let in_order = checked.plan.exhibits.iter().all(|x| {
        let e = &checked.case.evidence[x.evidence];
        e.date.is_some() && (e.is_english() || e.has_certified_translation())
    });
    for (g, ground) in checked.case.grounds.iter().enumerate() {
        let clause = playbook
            .category(&ground.category)
            .and_then(|c| c.establishes.as_deref());
        // A category that a fact stands for, or whose clause a fact states
        // (no time for a visa), concludes only through that fact.
        let through_fact = playbook.facts.iter().any(|f| {
            f.categories.contains(&ground.category)
                || (clause.is_some() && f.establishes.as_deref() == clause)
        });
        if checked.report.grounds[g].status < Status::Supported
            || through_fact
            || (ground.category == DOCUMENTATION && !in_order)
        {
            continue;
        }
        if let Some(clause) = clause
            && !out.contains(&clause)
        {
            out.push(clause);
        }
    }
    out
}

/// The discretion section's reasons, from the facts that bear on it.
fn discretion(checked: &Checked) -> DiscretionContext {
    let mut out = DiscretionContext::default();
    for f in &checked.playbook.facts {
        let Some(clause) = f.discretion.as_deref() else {
            continue;
        };
        if checked.facts.established(&f.id) {
            out.reasons
                .push(format!("{clause} ({})", cite_facts(checked, &[f.id.as_str()])));
        } else if checked.facts.get(&f.id).is_some_and(|f| f.needed) {
            out.gaps.push(gap_text(checked, &f.id));
        }
    }
    out
}

/// The prongs of § 1804(b)(1) the facts establish: (A) the diagnosis and
/// the urgency; (B)(i) treatment unavailable at home; (B)(ii) both
/// life-threatening and no time for the visa process.
fn fee(checked: &Checked) -> FeeContext {
    let prong = |ids: &[&str]| -> Option<String> {
        let cited = cite_facts(checked, ids);
        (!cited.is_empty()).then_some(cited)
    };
    let medical_emergency = prong(&[fact::DIAGNOSIS, fact::URGENCY]);
    let unavailable = prong(&[fact::UNAVAILABLE]);
    let no_time_for_visa = prong(&[fact::LIFE_THREATENING, fact::NO_TIME_FOR_VISA]);
    let arguable = medical_emergency.is_some() && (unavailable.is_some() || no_time_for_visa.is_some());
    let mut gaps = Vec::new();
    if !arguable {
        let unshown = |ids: &[&str], gaps: &mut Vec<String>| {
            for id in ids {
                if checked.facts.get(id).is_some_and(|f| !f.established()) {
                    gaps.push(gap_text(checked, id));
                }
            }
        };
        if medical_emergency.is_none() {
            unshown(&[fact::DIAGNOSIS, fact::URGENCY], &mut gaps);
        }
        if unavailable.is_none() && no_time_for_visa.is_none() {
            unshown(
                &[fact::UNAVAILABLE, fact::LIFE_THREATENING, fact::NO_TIME_FOR_VISA],
                &mut gaps,
            );
        }
    }
    FeeContext {
        arguable,
        medical_emergency,
        unavailable,
        no_time_for_visa,
        gaps,
        parent_gaps: Vec::new(),
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

/// The category whose grounds' completeness clause needs the record in order.
const DOCUMENTATION: &str = "documentation";

/// The packet's exhibits of the given evidence types, in letter order.
fn exhibits_of_types(checked: &Checked, types: &[&str]) -> Vec<(usize, String)> {
    checked
        .plan
        .exhibits
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            checked.case.evidence[x.evidence]
                .kinds
                .iter()
                .any(|k| types.contains(&k.as_str()))
        })
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
/// budget (see [`super::enclosures::enclosure_titles`]).
fn enclosures(
    checked: &Checked,
    kind: MemoKind,
    representative: bool,
    fee_owed: bool,
) -> Result<Vec<String>, String> {
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
    let rep = info.representative.as_ref();
    let signer = rep.and_then(|r| r.name.as_deref()).unwrap_or("");
    let supervisor = rep
        .filter(|r| fact::is_student(r))
        .and_then(|r| r.supervisor.as_ref())
        .map(|s| s.name.as_str());
    let mut jobs: Vec<(String, String)> = Vec::new();
    for item in items {
        if (item.when_representative && !representative)
            || (item.when_cover && !cover)
            || (item.when_student && supervisor.is_none())
            || (item.when_fee && !fee_owed)
        {
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
    let fill = super::enclosures::EnclosureFill {
        exhibits,
        count: checked.plan.exhibits.len(),
        signer: signer.to_owned(),
        supervisor: supervisor.map(str::to_owned),
    };
    super::enclosures::enclosure_titles(jobs, fill, super::budget::Budget::for_input(checked.text_len))
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
