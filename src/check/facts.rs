//! Which facts the record establishes, and by which exhibits: the one
//! computation every document reads before it asserts a fact or cites for it.
//!
//! An exhibit shows a fact through the author's links (it is cited under a
//! ground of a category the fact names), through its kinds' defaults (the
//! playbook's `facts.*.types`) or through its own `shows`. A fact is
//! established when an exhibit in the packet (cited and received) shows it
//! and, for a `current` fact, is dated on or after the decision.

use super::{Code, Finding, GroundResult, Severity, Subject, finding};
use crate::exhibits::ExhibitPlan;
use crate::model::{Case, DecisionKind, Evidence};
use crate::playbook::{Core, Fact, Playbook};
use jiff::civil::Date;
use serde::Serialize;

/// The fact ids the built-in documents use. A playbook without one of them
/// simply has nothing to assert for it.
pub const DIAGNOSIS: &str = "diagnosis";
pub const URGENCY: &str = "urgency";
pub const LIFE_THREATENING: &str = "life-threatening";
pub const UNAVAILABLE: &str = "unavailable";
pub const NO_TIME_FOR_VISA: &str = "no-time-for-visa";
pub const ACCEPTANCE: &str = "acceptance";
pub const START_DATE: &str = "start-date";
pub const COST: &str = "cost";
pub const FUNDING: &str = "funding";
pub const SUPPORT: &str = "support";
pub const RETURN: &str = "return";
pub const RELATIONSHIP: &str = "relationship";
pub const PETITIONER_RELATIONSHIP: &str = "petitioner-relationship";
pub const COMPANION_REQUEST: &str = "companion-request";
pub const SECURITY: &str = "security";
pub const IDENTITY: &str = "identity";
pub const RESIDENCE: &str = "residence";

/// One fact of the playbook, as the record stands.
#[derive(Debug, Clone, Serialize)]
pub struct FactState {
    pub id: String,
    pub label: String,
    pub current: bool,
    /// Whether a final document of this case is refused without it.
    pub core: bool,
    /// Whether a memo of this case asserts it (and so marks it when unshown).
    pub needed: bool,
    /// Exhibits in the packet that establish it, as evidence indexes in letter order.
    pub exhibits: Vec<usize>,
    /// Exhibits in the packet that would show it but are older than the
    /// decision (for a `current` fact), or undated.
    pub stale: Vec<usize>,
    /// Received evidence no point cites that would establish it.
    pub in_file: Vec<usize>,
    /// Requested evidence that would show it once received.
    pub awaited: Vec<usize>,
}

impl FactState {
    pub fn established(&self) -> bool {
        !self.exhibits.is_empty()
    }
}

/// Every fact of the playbook, in its order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    pub facts: Vec<FactState>,
}

impl Facts {
    pub fn get(&self, id: &str) -> Option<&FactState> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn established(&self, id: &str) -> bool {
        self.get(id).is_some_and(FactState::established)
    }

    /// The exhibits establishing `id`, or none.
    pub fn exhibits(&self, id: &str) -> &[usize] {
        self.get(id).map_or(&[], |f| f.exhibits.as_slice())
    }

    /// The facts a memo of this case asserts and the record does not establish.
    pub fn gaps(&self) -> impl Iterator<Item = &FactState> {
        self.facts.iter().filter(|f| f.needed && !f.established())
    }
}

/// The categories of the grounds that cite each item, once each: asked for
/// every item and fact, so looked up once instead of over every ground.
/// Held in one list, item after item (`starts[i]` is where item `i`'s
/// begin), not a list per item: a large case has many items.
struct CitedUnder<'a> {
    starts: Vec<usize>,
    categories: Vec<&'a str>,
}

impl<'a> CitedUnder<'a> {
    fn of(case: &'a Case, grounds: &[GroundResult]) -> Self {
        let n = case.evidence.len();
        let mut pairs: Vec<(usize, &str)> = case
            .grounds
            .iter()
            .zip(grounds)
            .flat_map(|(g, r)| r.evidence.iter().map(|&i| (i, g.category.as_str())))
            .filter(|&(i, _)| i < n)
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut starts = Vec::with_capacity(n + 1);
        let mut at = 0;
        for i in 0..n {
            starts.push(at);
            while pairs.get(at).is_some_and(|p| p.0 == i) {
                at += 1;
            }
        }
        starts.push(at);
        CitedUnder {
            starts,
            categories: pairs.into_iter().map(|(_, c)| c).collect(),
        }
    }

    /// The categories citing item `i`.
    fn of_item(&self, i: usize) -> &[&'a str] {
        &self.categories[self.starts[i]..self.starts[i + 1]]
    }
}

/// Whether item `i` shows `fact`, the date aside: the rule as written, one
/// item at a time.
pub fn shows(case: &Case, grounds: &[GroundResult], i: usize, fact: &Fact) -> bool {
    let e = &case.evidence[i];
    by_type(case, e, fact)
        || e.shows.iter().any(|s| s.value == fact.id)
        || case
            .grounds
            .iter()
            .zip(grounds)
            .any(|(g, r)| fact.categories.contains(&g.category) && r.evidence.contains(&i))
}

/// [`shows`] with the citing categories looked up once for every item.
fn shows_indexed(case: &Case, cited: &CitedUnder<'_>, i: usize, fact: &Fact) -> bool {
    let e = &case.evidence[i];
    by_type(case, e, fact)
        || e.shows.iter().any(|s| s.value == fact.id)
        || cited
            .of_item(i)
            .iter()
            .any(|c| fact.categories.iter().any(|f| f == c))
}

/// Whether item `e` shows `fact` by its types: one of them is the fact's,
/// and, when the fact names whose document it must be (`by`), the item's
/// author is that person of the case.
fn by_type(case: &Case, e: &Evidence, fact: &Fact) -> bool {
    if !e.kinds.iter().any(|k| fact.types.contains(k)) {
        return false;
    }
    let Some(by) = fact.by.as_deref() else {
        return true;
    };
    let Some(author) = e.author.as_deref() else {
        return false;
    };
    let info = &case.info;
    let wrote = |name: &str| same_person(author, name);
    match by {
        "petitioner" => info
            .petitioner
            .iter()
            .filter_map(|p| p.name.as_deref())
            .any(wrote),
        "companion" => info.companions.iter().any(|c| wrote(&c.name)),
        "sponsor" => info.sponsors.iter().any(|s| wrote(&s.name)),
        _ => false,
    }
}

/// An author line names a person of the case: the same words, case and
/// spacing aside, or the name within a longer line ("Ana Reyes, mother").
fn same_person(author: &str, name: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let (author, name) = (words(author), words(name));
    !name.is_empty() && author.windows(name.len()).any(|w| w == name.as_slice())
}

/// Whether item `e` is recent enough for a fact: any date for a fact that
/// need not be current; on or after the decision for one that must.
fn timely(e: &Evidence, fact: &Fact, decision: Date) -> bool {
    !fact.current || e.date.as_ref().is_some_and(|d| d.value >= decision)
}

pub fn compute(
    case: &Case,
    grounds: &[GroundResult],
    plan: &ExhibitPlan,
    playbook: &Playbook,
    today: Date,
) -> Facts {
    let decision = case.info.decision.date.value;
    let needed = needed_facts(case, playbook, today);
    let cited = CitedUnder::of(case, grounds);
    // Evidence cited under a ground of each category, once per item.
    let facts = playbook
        .facts
        .iter()
        .map(|fact| {
            let mut state = FactState {
                id: fact.id.clone(),
                label: fact.label.clone(),
                current: fact.current,
                core: match fact.core {
                    Core::Always => true,
                    Core::Never => false,
                    Core::Refiling => case.info.decision.kind == DecisionKind::Denial,
                },
                needed: needed.contains(&fact.id.as_str()),
                exhibits: Vec::new(),
                stale: Vec::new(),
                in_file: Vec::new(),
                awaited: Vec::new(),
            };
            for x in &plan.exhibits {
                if shows_indexed(case, &cited, x.evidence, fact) {
                    if timely(&case.evidence[x.evidence], fact, decision) {
                        state.exhibits.push(x.evidence);
                    } else {
                        state.stale.push(x.evidence);
                    }
                }
            }
            for (i, e) in case.evidence.iter().enumerate() {
                if plan.of(i).is_some() || !shows_indexed(case, &cited, i, fact) {
                    continue;
                }
                if !e.is_received() {
                    state.awaited.push(i);
                } else if timely(e, fact, decision) && !faulted(e, fact, decision) {
                    state.in_file.push(i);
                }
            }
            state
        })
        .collect();
    Facts { facts }
}

/// Evidence the decision already weighed is never offered as the fix for a
/// fact that must be current: an item filed before, or dated before the
/// decision.
fn faulted(e: &Evidence, fact: &Fact, decision: Date) -> bool {
    fact.current && (e.submitted_before || e.date.as_ref().is_none_or(|d| d.value < decision))
}

/// Whether the signer is a law student appearing under supervision (8 C.F.R.
/// § 292.1(a)(2)): a supervisor is named and the signer has no bar
/// admission of their own, or the role says so.
pub fn is_student(rep: &crate::model::Representative) -> bool {
    rep.supervisor.is_some()
        && (rep.bar.is_none()
            || rep
                .role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().contains("student")))
}

/// Is the relationship that of a parent or legal guardian?
pub fn is_parent(relationship: &str) -> bool {
    let r = relationship.to_lowercase();
    ["mother", "father", "parent", "guardian"]
        .iter()
        .any(|w| r.split(|c: char| !c.is_alphabetic()).any(|word| word == *w))
}

/// The date from which the beneficiary's age counts for the fee and the
/// companion rules: the later of today and the treatment's start.
pub fn age_date(case: &Case, today: Date) -> Date {
    let start = case
        .info
        .treatment
        .as_ref()
        .and_then(|t| t.start.as_ref())
        .map(|s| s.value);
    start.map_or(today, |s| s.max(today))
}

/// Whether the treatment's start, when the case gives one, is before
/// `today`: no document names it then, and the provider must give a new one.
pub fn start_passed(case: &Case, today: Date) -> bool {
    case.info
        .treatment
        .as_ref()
        .and_then(|t| t.start.as_ref())
        .is_some_and(|s| s.value < today)
}

/// Whether the beneficiary is under 18 on [`age_date`].
pub fn minor(case: &Case, today: Date) -> bool {
    let on = age_date(case, today);
    case.info
        .beneficiary
        .born
        .as_ref()
        .and_then(|b| age_on(b.value, on))
        .is_some_and(|a| a < 18)
}

/// Whole years from `born` to `on`.
pub fn age_on(born: Date, on: Date) -> Option<i64> {
    if on < born {
        return None;
    }
    let mut years = i64::from(on.year() - born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    Some(years)
}

/// The facts the filed memo of this case asserts: what every memo states,
/// and what this case's companions, start date and fee argument call for.
fn needed_facts(case: &Case, playbook: &Playbook, today: Date) -> Vec<&'static str> {
    let info = &case.info;
    let mut needed = vec![
        DIAGNOSIS,
        URGENCY,
        UNAVAILABLE,
        ACCEPTANCE,
        COST,
        FUNDING,
        SUPPORT,
        RETURN,
        RESIDENCE,
    ];
    // No police certificate is issued for a young child: the discretion
    // section argues security for a minor only where a ground raises it.
    let security_ground = playbook
        .fact(SECURITY)
        .is_some_and(|f| case.grounds.iter().any(|g| f.categories.contains(&g.category)));
    if security_ground || !minor(case, today) {
        needed.push(SECURITY);
    }
    if info.treatment.as_ref().is_some_and(|t| t.start.is_some()) {
        needed.push(START_DATE);
    }
    // The memo states the beneficiary's age only when it knows the birth
    // date, and the fee argument for a parent rests on it.
    if info.beneficiary.born.is_some() {
        needed.push(IDENTITY);
    }
    if info.petitioner.as_ref().is_some_and(|p| p.relationship.is_some()) {
        needed.push(PETITIONER_RELATIONSHIP);
    }
    if !info.companions.is_empty() {
        needed.push(RELATIONSHIP);
        if info.decision.kind != DecisionKind::Denial {
            needed.push(COMPANION_REQUEST);
        }
    }
    // Prong (B)(ii) of the fee exception is argued only where (B)(i)
    // cannot be; whether it can is known once the facts are computed, so
    // both are needed here and `render::filing` drops (B)(ii) when (B)(i)
    // stands.
    needed.push(LIFE_THREATENING);
    needed.push(NO_TIME_FOR_VISA);
    needed.retain(|id| playbook.fact(id).is_some());
    needed
}

/// The findings that go with the facts: a fact the memo asserts that no
/// exhibit shows, a current fact shown only by old exhibits.
pub fn findings(case: &Case, facts: &Facts, out: &mut Vec<Finding>) {
    let at = |code: Code, message: String| finding(code, Subject::Case, "case", case.info.loc, message);
    let unavailable = facts.established(UNAVAILABLE);
    for f in facts.gaps() {
        // (B)(ii) is not needed once (B)(i) is shown.
        if unavailable && (f.id == LIFE_THREATENING || f.id == NO_TIME_FOR_VISA) {
            continue;
        }
        let core_now = f.core && case.info.decision.kind == DecisionKind::Denial;
        let mut finding = if f.stale.is_empty() {
            at(
                Code::UnshownFact,
                format!(
                    "the memo would state {}, which no exhibit in the packet shows",
                    f.label
                ),
            )
        } else {
            at(
                Code::StaleFact,
                format!(
                    "the memo would state {}, which only exhibits older than the decision show; it needs evidence dated after the decision",
                    f.label
                ),
            )
        };
        if core_now {
            finding.severity = Severity::Error;
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::same_person;

    #[test]
    fn an_author_line_names_a_person_whatever_follows_the_name() {
        assert!(same_person("Ana Reyes", "Ana Reyes"));
        assert!(same_person("ana  REYES", "Ana Reyes"));
        assert!(same_person("Ana Reyes, mother", "Ana Reyes"));
        assert!(same_person("Statement of Ana Reyes (petitioner)", "Ana Reyes"));
        assert!(same_person("Rosa O'Neil-Paz, aunt", "Rosa O'Neil-Paz"));
        assert!(!same_person("Ana Reyes Cruz", "Ana Cruz"));
        assert!(!same_person("Rosa Reyes", "Ana Reyes"));
        assert!(!same_person("Ana Reyes", ""));
    }
}
