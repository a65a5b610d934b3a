//! Stage two: the evidence graph, each ground's status, and every finding.
//!
//! Checks collect everything before anything is printed; each finding has a
//! stable code (listed in `docs/case-file.md`).

mod blanks;
pub mod facts;
pub mod graph;
pub mod json;
mod packet;
pub mod people;

use crate::diag::Unusable;
use crate::exhibits::ExhibitPlan;
use crate::input::Source;
use crate::model::{Case, DecisionKind, Evidence, Loc};
use crate::playbook::Playbook;
use crate::text::is_receipt;
pub use graph::EvidenceGraph;
use jiff::civil::Date;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// How well a ground is answered, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unanswered,
    Asserted,
    Pending,
    Supported,
    Corroborated,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Unanswered,
        Status::Asserted,
        Status::Pending,
        Status::Supported,
        Status::Corroborated,
    ];

    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }

    /// A gap: the ground cannot yet be shown with evidence in hand.
    pub fn is_gap(self) -> bool {
        self < Status::Supported
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }
}

/// The stable finding codes of format 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    UnansweredGround,
    UnsupportedGround,
    PendingEvidence,
    UnsupportedPoint,
    UnusedEvidence,
    StaleOpinion,
    UndatedOpinion,
    MissingTranslation,
    NoNewEvidence,
    ExpectedEvidence,
    SingleSource,
    MissingFile,
    Deadline,
    FutureDate,
    MalformedReceipt,
    MissingPeriod,
    LongPeriod,
    MissingBaseline,
    UnshownFact,
    StaleFact,
    UnaccompaniedMinor,
    EarlyStart,
    NonUsSpelling,
    IncompleteSignature,
    MissingAddress,
    CutText,
    PageCount,
    Unfilled,
    DateOrder,
    PastStart,
}

impl Code {
    /// Findings that depend on today's date as well as the case (a date in
    /// the future, the deadline, a start that has passed or falls before
    /// the response is due): a copy with its dates moved may differ in them.
    pub fn depends_on_today(self) -> bool {
        matches!(
            self,
            Code::FutureDate | Code::Deadline | Code::PastStart | Code::EarlyStart
        )
    }

    /// Every code of format 1, in the spec's order; a code added to the enum
    /// belongs here too (the tests look for each in text meant for people).
    pub const ALL: [Code; 30] = [
        Code::UnansweredGround,
        Code::UnsupportedGround,
        Code::PendingEvidence,
        Code::UnsupportedPoint,
        Code::UnusedEvidence,
        Code::StaleOpinion,
        Code::UndatedOpinion,
        Code::MissingTranslation,
        Code::NoNewEvidence,
        Code::ExpectedEvidence,
        Code::SingleSource,
        Code::MissingFile,
        Code::Deadline,
        Code::FutureDate,
        Code::MalformedReceipt,
        Code::MissingPeriod,
        Code::LongPeriod,
        Code::MissingBaseline,
        Code::UnshownFact,
        Code::StaleFact,
        Code::UnaccompaniedMinor,
        Code::EarlyStart,
        Code::NonUsSpelling,
        Code::IncompleteSignature,
        Code::MissingAddress,
        Code::CutText,
        Code::PageCount,
        Code::Unfilled,
        Code::DateOrder,
        Code::PastStart,
    ];

    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }

    /// The severity a finding of this code has (a passed deadline aside).
    pub fn severity(self) -> Severity {
        match self {
            Code::UnansweredGround
            | Code::UnsupportedGround
            | Code::MissingTranslation
            | Code::Unfilled
            | Code::DateOrder => Severity::Error,
            Code::ExpectedEvidence | Code::SingleSource | Code::EarlyStart | Code::NonUsSpelling => {
                Severity::Note
            }
            _ => Severity::Warning,
        }
    }
}

/// What a finding is about: a ground, an exhibit, or the case as a whole.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Case,
    Ground(usize),
    Evidence(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub subject: Subject,
    /// The subject's id (`case` for the case).
    pub subject_id: String,
    pub message: String,
    pub loc: Loc,
}

/// One ground's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroundResult {
    pub status: Status,
    /// Evidence indexes in first-cited order, without repeats.
    pub evidence: Vec<usize>,
}

/// Everything `check` learns about a case.
#[derive(Debug, Clone)]
pub struct Report {
    pub grounds: Vec<GroundResult>,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub grounds: usize,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let count = |s| self.findings.iter().filter(|f| f.severity == s).count();
        Summary {
            grounds: self.grounds.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
        }
    }

    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Findings about one ground, in report order.
    pub fn ground_findings(&self, ground: usize) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| f.subject == Subject::Ground(ground))
    }
}

/// What the checks need besides the case.
pub struct Checker<'a> {
    pub playbook: &'a Playbook,
    /// "Today": the system date or `--today`.
    pub today: Date,
    /// Where relative `file:` paths are resolved.
    pub base_dir: &'a Path,
}

/// A case through the check stage: everything the later stages read
/// (graph, exhibit letters and pages, statuses and findings), computed once
/// per file. Every command and the library start from one.
pub struct Checked<'p> {
    /// The case file's name as given, or `<stdin>`.
    pub name: String,
    /// Where the case's relative `file:` paths are resolved.
    pub base_dir: PathBuf,
    /// The size of the case file's text, in bytes, for budgets that grow with it.
    pub text_len: usize,
    pub case: Case,
    pub playbook: &'p Playbook,
    /// "Today": the system date or `--today`.
    pub today: Date,
    pub graph: EvidenceGraph,
    pub plan: ExhibitPlan,
    pub report: Report,
    /// Which facts the record establishes, and by which exhibits.
    pub facts: facts::Facts,
}

impl<'p> Checked<'p> {
    /// Loads a case from its text and checks it: the whole of stages one and
    /// two. An unusable file gives every problem found in it.
    pub fn load(source: &Source, playbook: &'p Playbook, today: Date) -> Result<Checked<'p>, Unusable> {
        let case = crate::load::load_case(source, playbook)?;
        Ok(Checked::new(source, case, playbook, today))
    }

    /// Checks a case already loaded from `source`.
    pub fn new(source: &Source, case: Case, playbook: &'p Playbook, today: Date) -> Checked<'p> {
        let graph = EvidenceGraph::build(&case);
        let checker = Checker {
            playbook,
            today,
            base_dir: &source.base_dir,
        };
        let mut report = check(&case, &graph, &checker);
        let plan = ExhibitPlan::assign(&case);
        let facts = facts::compute(&case, &report.grounds, &plan, playbook, today);
        facts::findings(&case, &facts, &mut report.findings);
        people::findings(&case, &checker, &mut report.findings);
        sort_findings(&mut report.findings);
        Checked {
            name: source.name.clone(),
            base_dir: source.base_dir.clone(),
            text_len: source.text.len(),
            case,
            playbook,
            today,
            graph,
            plan,
            report,
            facts,
        }
    }
}

/// Days before `respond_by` from which the deadline is flagged.
pub const DEADLINE_WARNING_DAYS: i32 = 14;

pub fn check(case: &Case, graph: &EvidenceGraph, checker: &Checker<'_>) -> Report {
    let mut findings = Vec::new();
    let grounds: Vec<GroundResult> = (0..case.grounds.len())
        .map(|g| {
            let evidence = graph.ground_evidence(g);
            let status = status(case, g, &evidence);
            GroundResult { status, evidence }
        })
        .collect();

    for (g, result) in grounds.iter().enumerate() {
        check_ground(case, g, result, checker, &mut findings);
    }
    for (i, item) in case.evidence.iter().enumerate() {
        check_evidence(graph, i, item, checker, &mut findings);
    }
    check_case(case, &grounds, checker, &mut findings);
    blanks::findings(case, &mut findings);
    check_request(case, checker, &mut findings);
    packet::check_packet(case, graph, checker, &mut findings);

    sort_findings(&mut findings);
    Report { grounds, findings }
}

/// Findings in file order (place, code, subject), ties in the order found.
/// The order is worked out on their positions and then applied in place:
/// a stable sort of the findings themselves takes a copy of them, at the
/// check's peak.
fn sort_findings(findings: &mut [Finding]) {
    let key = |f: &Finding| (f.loc.line, f.loc.column, f.code);
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&findings[a], &findings[b]);
        key(a).cmp(&key(b)).then_with(|| a.subject_id.cmp(&b.subject_id))
    });
    // Position k takes the finding at order[k], one cycle at a time.
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != start {
            let next = order[k];
            findings.swap(k, next);
            order[k] = k;
            k = next;
        }
        order[k] = k;
    }
}

/// The status of ground `g`, from the exhibits its points cite.
pub fn status(case: &Case, g: usize, cited: &[usize]) -> Status {
    if case.grounds[g].points.is_empty() {
        return Status::Unanswered;
    }
    if cited.is_empty() {
        return Status::Asserted;
    }
    let received: Vec<&Evidence> = cited
        .iter()
        .map(|&i| &case.evidence[i])
        .filter(|e| e.is_received())
        .collect();
    if received.is_empty() {
        return Status::Pending;
    }
    let authored: Vec<(String, &str)> = received
        .iter()
        .filter_map(|e| author_key(e).map(|a| (a, e.kind())))
        .collect();
    let two_authors = authored.iter().any(|(a, _)| *a != authored[0].0);
    let two_types = authored.iter().any(|(_, t)| *t != authored[0].1);
    if two_authors && two_types {
        Status::Corroborated
    } else {
        Status::Supported
    }
}

/// Authors compare without regard to case or surrounding space.
fn author_key(e: &Evidence) -> Option<String> {
    let author = e.author.as_deref()?.trim();
    (!author.is_empty()).then(|| author.to_lowercase())
}

pub(crate) fn finding(code: Code, subject: Subject, subject_id: &str, loc: Loc, message: String) -> Finding {
    Finding {
        code,
        severity: code.severity(),
        subject,
        subject_id: subject_id.to_owned(),
        message,
        loc,
    }
}

fn check_ground(case: &Case, g: usize, result: &GroundResult, checker: &Checker<'_>, out: &mut Vec<Finding>) {
    let ground = &case.grounds[g];
    let at =
        |code: Code, loc: Loc, message: String| finding(code, Subject::Ground(g), &ground.id, loc, message);
    let id = &ground.id;
    match result.status {
        Status::Unanswered => out.push(at(
            Code::UnansweredGround,
            ground.loc,
            format!("ground {id} has no response; add `responses` with at least one point and its evidence"),
        )),
        Status::Asserted => out.push(at(
            Code::UnsupportedGround,
            ground.loc,
            format!("no point answering ground {id} cites evidence; cite the exhibits that prove it"),
        )),
        Status::Pending => {
            let chase: Vec<String> = result
                .evidence
                .iter()
                .map(|&i| &case.evidence[i])
                .map(|e| match &e.author {
                    Some(a) => format!("{} ({a})", e.id),
                    None => e.id.clone(),
                })
                .collect();
            out.push(at(
                Code::PendingEvidence,
                ground.loc,
                format!(
                    "ground {id} rests only on evidence not yet received: {}",
                    chase.join(", ")
                ),
            ));
        }
        Status::Supported | Status::Corroborated => {}
    }

    for (p, point) in ground.points.iter().enumerate() {
        if point.citations.is_empty() {
            out.push(at(
                Code::UnsupportedPoint,
                point.loc,
                format!("point {} answering ground {id} cites no evidence", p + 1),
            ));
        }
    }

    check_cited(case, g, result, checker, out);
}

/// Findings about what a ground's points cite: opinions out of date, nothing
/// new for a re-filing, expected types missing, a single author.
fn check_cited(case: &Case, g: usize, result: &GroundResult, checker: &Checker<'_>, out: &mut Vec<Finding>) {
    let ground = &case.grounds[g];
    let at =
        |code: Code, loc: Loc, message: String| finding(code, Subject::Ground(g), &ground.id, loc, message);
    let id = &ground.id;
    let cited: Vec<&Evidence> = result.evidence.iter().map(|&i| &case.evidence[i]).collect();

    let decision_date = case.info.decision.date.value;
    let dated_opinions: Vec<&&Evidence> = cited
        .iter()
        .filter(|e| checker.playbook.is_opinion_any(&e.kinds) && e.date.is_some())
        .collect();
    if !dated_opinions.is_empty()
        && dated_opinions
            .iter()
            .all(|e| e.date.as_ref().is_some_and(|d| d.value < decision_date))
    {
        let ids: Vec<&str> = dated_opinions.iter().map(|e| e.id.as_str()).collect();
        out.push(at(
            Code::StaleOpinion,
            ground.loc,
            format!(
                "every opinion ground {id} cites ({}) predates the decision of {decision_date}; obtain an updated opinion",
                ids.join(", ")
            ),
        ));
    }

    if case.info.decision.kind == DecisionKind::Denial
        && !cited.is_empty()
        && cited.iter().all(|e| e.submitted_before)
    {
        out.push(at(
            Code::NoNewEvidence,
            ground.loc,
            format!("ground {id} cites only evidence submitted with the first request; a re-filing needs new evidence"),
        ));
    }

    if let Some(category) = checker.playbook.category(&ground.category) {
        let kinds: std::collections::BTreeSet<&str> = cited
            .iter()
            .flat_map(|e| e.kinds.iter().map(String::as_str))
            .collect();
        let missing: Vec<&str> = category
            .expects
            .iter()
            .filter(|t| !kinds.contains(t.as_str()))
            .map(|t| checker.playbook.type_label(t))
            .collect();
        if !missing.is_empty() {
            // In an exercise, naming the kinds would point at the exhibits.
            let message = if case.info.exercise {
                format!(
                    "ground {id} lacks a kind of evidence the playbook expects for `{}`",
                    category.id
                )
            } else {
                format!(
                    "ground {id} lacks evidence the playbook expects for `{}`: {}",
                    category.id,
                    listed(&missing, "; ")
                )
            };
            out.push(at(Code::ExpectedEvidence, ground.loc, message));
        }
    }

    if result.status == Status::Supported {
        let mut authors: Vec<String> = cited
            .iter()
            .filter(|e| e.is_received())
            .filter_map(|e| author_key(e))
            .collect();
        authors.sort_unstable();
        authors.dedup();
        if authors.len() < 2 {
            out.push(at(
                Code::SingleSource,
                ground.loc,
                format!(
                    "ground {id} rests on {}; evidence from another author of another type would corroborate it",
                    if authors.is_empty() { "exhibits with no named author" } else { "one author only" }
                ),
            ));
        }
    }
}

fn check_evidence(
    graph: &EvidenceGraph,
    i: usize,
    item: &Evidence,
    checker: &Checker<'_>,
    out: &mut Vec<Finding>,
) {
    let at =
        |code: Code, loc: Loc, message: String| finding(code, Subject::Evidence(i), &item.id, loc, message);
    let id = &item.id;
    if !graph.is_cited(i) {
        out.push(at(
            Code::UnusedEvidence,
            item.loc,
            format!("{id} answers no ground; cite it from a point, or remove it"),
        ));
    }
    // A requested document is not written yet: its date is asked for when it arrives.
    if checker.playbook.is_opinion_any(&item.kinds) && item.date.is_none() && item.is_received() {
        out.push(at(
            Code::UndatedOpinion,
            item.loc,
            format!("{id} is an opinion without a date; add `date:` (an undated opinion cannot show it is current)"),
        ));
    }
    if !item.is_english() && !item.has_certified_translation() {
        out.push(at(
            Code::MissingTranslation,
            item.loc,
            format!(
                "{id} is in {} and has no certified English translation; add `translation: {{certified: true, translator: ...}}` once it is done",
                item.language_name()
            ),
        ));
    }
    if let Some(file) = &item.file {
        let path = checker.base_dir.join(&file.value);
        let missing = if file.value.trim().is_empty() {
            Some(format!(
                "{id}: `file` is empty; name the exhibit's file, or leave the key out"
            ))
        } else if path.is_dir() {
            Some(format!(
                "{id}: `{}` is a folder, not a file (paths are relative to the case file)",
                crate::display::name(&file.value)
            ))
        } else if !path.is_file() {
            Some(format!(
                "{id}: no file at `{}` (paths are relative to the case file)",
                crate::display::name(&file.value)
            ))
        } else {
            None
        };
        if let Some(message) = missing {
            out.push(at(Code::MissingFile, file.loc, message));
        }
    }
    if let Some(date) = &item.date
        && date.value > checker.today
    {
        out.push(at(
            Code::FutureDate,
            date.loc,
            format!("{id} is dated {}, after today ({})", date.value, checker.today),
        ));
    }
    if let Some(asked) = &item.requested_on
        && asked.value > checker.today
    {
        out.push(at(
            Code::FutureDate,
            asked.loc,
            format!(
                "{id} was requested on {}, after today ({})",
                asked.value, checker.today
            ),
        ));
    }
}

fn check_case(case: &Case, grounds: &[GroundResult], checker: &Checker<'_>, out: &mut Vec<Finding>) {
    check_baseline(case, grounds, checker, out);
    let info = &case.info;
    let at = |code: Code, loc: Loc, message: String| finding(code, Subject::Case, "case", loc, message);
    for cut in &case.cut_text {
        out.push(at(
            Code::CutText,
            cut.loc,
            format!(
                "`{}`: the text after # was read as a comment: put the value in quotes",
                cut.value
            ),
        ));
    }
    if let Some(receipt) = &info.receipt
        && !is_receipt(&receipt.value)
    {
        out.push(at(
            Code::MalformedReceipt,
            receipt.loc,
            format!(
                "receipt `{}` is not three letters and ten digits (e.g. IOE0912345678); check it against the notice",
                receipt.value
            ),
        ));
    }
    if let Some(respond_by) = &info.decision.respond_by {
        let days_left = days_between(checker.today, respond_by.value);
        if days_left < 0 {
            out.push(Finding {
                severity: Severity::Error,
                ..at(
                    Code::Deadline,
                    respond_by.loc,
                    format!(
                        "the response was due {} ({} day{} ago)",
                        respond_by.value,
                        -days_left,
                        if days_left == -1 { "" } else { "s" }
                    ),
                )
            });
        } else if days_left <= DEADLINE_WARNING_DAYS {
            out.push(at(
                Code::Deadline,
                respond_by.loc,
                format!(
                    "the response is due {} ({})",
                    respond_by.value,
                    match days_left {
                        0 => "today".to_owned(),
                        1 => "tomorrow".to_owned(),
                        n => format!("in {n} days"),
                    }
                ),
            ));
        }
    }
    let mut dates = vec![("filed", &info.filed), ("decision date", &info.decision.date)];
    if let Some(born) = &info.beneficiary.born {
        dates.push(("beneficiary's birth date", born));
    }
    for entry in &case.timeline {
        dates.push(("timeline entry", &entry.date));
    }
    for (what, date) in dates {
        if date.value > checker.today {
            out.push(at(
                Code::FutureDate,
                date.loc,
                format!("the {what} {} is after today ({})", date.value, checker.today),
            ));
        }
    }
}

/// Findings about what the request asks for: a period of parole stated,
/// and no longer than the playbook expects.
fn check_request(case: &Case, checker: &Checker<'_>, out: &mut Vec<Finding>) {
    let info = &case.info;
    let at = |code: Code, loc: Loc, message: String| finding(code, Subject::Case, "case", loc, message);
    match info.request.as_ref().and_then(|r| r.period.as_ref()) {
        None => {
            let severity = if info.decision.kind == DecisionKind::Denial {
                Severity::Warning
            } else {
                Severity::Note
            };
            out.push(Finding {
                severity,
                ..at(
                    Code::MissingPeriod,
                    info.loc,
                    "the request states no period of parole; add `request: {period: \"6 months\"}` (how long parole is needed)".to_owned(),
                )
            });
        }
        Some(period) => {
            if let Some(max) = checker.playbook.max_period
                && period.value.approximate_days() > max.approximate_days()
            {
                out.push(at(
                    Code::LongPeriod,
                    period.loc,
                    format!(
                        "the period requested, {}, is longer than the playbook's {max}; parole is generally granted for at most one year",
                        period.value
                    ),
                ));
            }
        }
    }
}

/// After a denial the answer is a complete new request: one finding per
/// type of the playbook's `baseline` that no point cites (requested
/// evidence counts as cited; the final gate refuses it on its own).
fn check_baseline(case: &Case, grounds: &[GroundResult], checker: &Checker<'_>, out: &mut Vec<Finding>) {
    if case.info.decision.kind != DecisionKind::Denial {
        return;
    }
    let cited: std::collections::BTreeSet<&str> = grounds
        .iter()
        .flat_map(|r| &r.evidence)
        .flat_map(|&i| case.evidence[i].kinds.iter().map(String::as_str))
        .collect();
    let cites = |t: &str| cited.contains(t);
    for t in &checker.playbook.baseline {
        if !cites(t) {
            out.push(finding(
                Code::MissingBaseline,
                Subject::Case,
                "case",
                case.info.loc,
                // No backticks: a draft words its own gap marker from the
                // label (see `render::gap_text`). A warning here, but the
                // final re-filing is refused while it stands: say so, so
                // that a clean `check` does not promise a final memo.
                format!(
                    "no point cites evidence of the type {}; a re-filing is a complete new request, which needs it whatever the denial said, so render --final will not write the memo until a point cites it (a document that is also of this type counts when its type is a list that includes {t})",
                    checker.playbook.type_label(t)
                ),
            ));
        }
    }
}

/// Items a finding lists: all of a few; of many, the first
/// [`MAX_LISTED`] and how many more, so that a finding stays a line
/// whatever the playbook holds.
pub const MAX_LISTED: usize = 10;

fn listed(items: &[&str], separator: &str) -> String {
    let mut text = items[..items.len().min(MAX_LISTED)].join(separator);
    if items.len() > MAX_LISTED {
        text.push_str(&format!("{separator}and {} more", items.len() - MAX_LISTED));
    }
    text
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i32 {
    from.until(to).map_or(0, |span| span.get_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorting through positions gives the order a stable sort of the
    /// findings gives, ties (same place, code and subject) as found.
    #[test]
    fn findings_sort_as_a_stable_sort_would() {
        let codes = [Code::UnusedEvidence, Code::Deadline, Code::CutText];
        let findings: Vec<Finding> = (0..200u32)
            .map(|n| {
                let code = codes[(n * 7 % 3) as usize];
                let loc = Loc {
                    line: n * 13 % 9,
                    column: n % 2,
                    len: 1,
                };
                let id = format!("E{}", n * 5 % 4);
                finding(code, Subject::Case, &id, loc, format!("message {n}"))
            })
            .collect();
        let mut expected = findings.clone();
        expected.sort_by(|a, b| {
            (a.loc.line, a.loc.column, a.code, &a.subject_id).cmp(&(
                b.loc.line,
                b.loc.column,
                b.code,
                &b.subject_id,
            ))
        });
        let mut sorted = findings;
        sort_findings(&mut sorted);
        assert_eq!(sorted, expected);
    }
}
