//! `rebut check --format json`: the machine-readable report of format 1.
//! Field names and meanings are a contract; fields may be added, never
//! renamed.

use super::{Report, Status, Summary};
use crate::diag::Unusable;
use crate::model::Case;
use serde::Serialize;

#[derive(Serialize)]
pub struct CheckJson<'a> {
    pub format: u32,
    /// The input as named on the command line (an addition to the spec).
    pub file: &'a str,
    pub case: &'a str,
    pub grounds: Vec<GroundJson<'a>>,
    pub findings: Vec<FindingJson<'a>>,
    pub summary: Summary,
}

#[derive(Serialize)]
pub struct GroundJson<'a> {
    pub id: &'a str,
    pub category: &'a str,
    pub status: Status,
    pub evidence: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct FindingJson<'a> {
    pub code: &'static str,
    pub severity: &'static str,
    pub subject: &'a str,
    pub message: &'a str,
    pub line: u32,
    pub column: u32,
}

impl<'a> CheckJson<'a> {
    pub fn new(file: &'a str, case: &'a Case, report: &'a Report) -> Self {
        CheckJson {
            format: 1,
            file,
            case: &case.info.title,
            grounds: case
                .grounds
                .iter()
                .zip(&report.grounds)
                .map(|(g, r)| GroundJson {
                    id: &g.id,
                    category: &g.category,
                    status: r.status,
                    evidence: r.evidence.iter().map(|&i| case.evidence[i].id.as_str()).collect(),
                })
                .collect(),
            findings: report
                .findings
                .iter()
                .map(|f| FindingJson {
                    code: f.code.as_str(),
                    severity: f.severity.as_str(),
                    subject: &f.subject_id,
                    message: &f.message,
                    line: f.loc.line,
                    column: f.loc.column,
                })
                .collect(),
            summary: report.summary(),
        }
    }
}

/// An unusable input in JSON: every problem, located.
#[derive(Serialize)]
pub struct UnusableJson<'a> {
    pub format: u32,
    pub file: &'a str,
    pub unusable: bool,
    pub problems: Vec<ProblemJson<'a>>,
}

#[derive(Serialize)]
pub struct ProblemJson<'a> {
    pub code: &'static str,
    pub message: &'a str,
    pub line: Option<u32>,
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'a str>,
}

impl<'a> UnusableJson<'a> {
    pub fn new(unusable: &'a Unusable) -> Self {
        UnusableJson {
            format: 1,
            file: &unusable.name,
            unusable: true,
            problems: unusable
                .problems
                .iter()
                .map(|p| ProblemJson {
                    code: p.kind.code(),
                    message: &p.message,
                    line: p.loc.map(|l| l.line),
                    column: p.loc.map(|l| l.column),
                    suggestion: p.label.as_deref(),
                    help: p.help.as_deref(),
                })
                .collect(),
        }
    }
}
