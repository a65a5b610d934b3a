//! Helpers shared by the integration tests: small case files written inline,
//! loaded and checked through the library.
#![allow(dead_code)]

use rebut::check::{self, Code, Context, EvidenceGraph, Report, Status};
use rebut::diag::{ProblemKind, Unusable};
use rebut::load::{self, Source};
use rebut::model::Case;
use rebut::playbook::Playbook;

pub const TODAY: &str = "2026-11-25";

/// A case file around the given `grounds:` and `evidence:` bodies; the
/// decision is a NOID of 2026-10-01 unless `decision` says otherwise.
pub fn case_yaml(decision: &str, grounds: &str, evidence: &str) -> String {
    format!(
        "rebut: 1
case:
  title: Test case
  beneficiary:
    name: Ana Test
    country: Peru
  filed: 2026-05-01
  decision:
{decision}
grounds:
{grounds}
evidence:
{evidence}"
    )
}

pub const NOID: &str = "    kind: noid\n    date: 2026-10-01";
pub const DENIAL: &str = "    kind: denial\n    date: 2026-10-01";

pub fn load(text: &str) -> Result<Case, Unusable> {
    load::load_case(&Source::from_text("test.yaml", text), &Playbook::builtin())
}

pub fn checked(text: &str) -> (Case, Report) {
    let case = match load(text) {
        Ok(case) => case,
        Err(u) => panic!("case should load:\n{}\n---\n{text}", u.render(Some(text), false)),
    };
    let graph = EvidenceGraph::build(&case);
    let playbook = Playbook::builtin();
    let cx = Context {
        playbook: &playbook,
        today: load::parse_date(TODAY).unwrap(),
        base_dir: std::path::Path::new("."),
    };
    let report = check::check(&case, &graph, &cx);
    (case, report)
}

pub fn status_of(text: &str, ground: &str) -> Status {
    let (case, report) = checked(text);
    let g = case
        .grounds
        .iter()
        .position(|g| g.id == ground)
        .expect("ground exists");
    report.grounds[g].status
}

/// (code, subject, line) of every finding.
pub fn findings(text: &str) -> Vec<(Code, String, u32)> {
    let (_, report) = checked(text);
    report
        .findings
        .iter()
        .map(|f| (f.code, f.subject_id.clone(), f.loc.line))
        .collect()
}

pub fn codes(text: &str) -> Vec<Code> {
    findings(text).into_iter().map(|f| f.0).collect()
}

/// (kind, line, column) of every problem that makes the file unusable.
pub fn problems(text: &str) -> Vec<(ProblemKind, u32, u32)> {
    match load(text) {
        Ok(_) => Vec::new(),
        Err(u) => u
            .problems
            .iter()
            .map(|p| {
                let loc = p.loc.unwrap_or_default();
                (p.kind, loc.line, loc.column)
            })
            .collect(),
    }
}

/// The line (1-based) of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> u32 {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in text") as u32
        + 1
}
