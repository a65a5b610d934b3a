//! The `--final` rule: whether a memo may be rendered as a fileable
//! document, without gap markers. The gap report and the evidence requests
//! are never filed; any other memo is fileable once nothing in
//! [`blocking`] stands in its way.

use super::MemoKind;
use crate::check::{Checked, Code, Finding, Severity, Subject};
use crate::model::DecisionKind;

/// Why a memo cannot be rendered final.
#[derive(Debug, Clone)]
pub enum Refusal {
    /// This kind of memo is never filed; the message says what it is for.
    NeverFiled(&'static str),
    /// What keeps this case's memo from being fileable, in file order.
    Blocked(Vec<Finding>),
}

/// The memos that are never filed, and why.
pub fn never_filed(kind: MemoKind) -> Option<&'static str> {
    match kind {
        MemoKind::Gaps => Some(
            "the gap report is always a draft; `--final` is for the rebuttal, refiling, cover and exhibits memos",
        ),
        MemoKind::Requests => {
            Some("evidence requests are letters to send, not a filing; render them without `--final`")
        }
        MemoKind::Declarations => Some(
            "draft declarations are for each declarant to complete, read and sign; render them without `--final`",
        ),
        _ => None,
    }
}

/// Whether `kind` may be rendered final for this case.
pub fn check(checked: &Checked, kind: MemoKind) -> Result<(), Refusal> {
    if let Some(reason) = never_filed(kind) {
        return Err(Refusal::NeverFiled(reason));
    }
    let blocking = blocking(checked, kind);
    if blocking.is_empty() {
        Ok(())
    } else {
        Err(Refusal::Blocked(blocking))
    }
}

/// What keeps the case's filing from going out: what bars its main memo
/// (the re-filing after a denial, the rebuttal otherwise) or the cover
/// letter that goes on top of it. The gap report's action list marks a task
/// "blocks filing" exactly when it resolves one of these, so the list and
/// `--final` cannot disagree.
pub fn blocks_filing(checked: &Checked) -> Vec<Finding> {
    let main = if checked.case.info.decision.kind == DecisionKind::Denial {
        MemoKind::Refiling
    } else {
        MemoKind::Rebuttal
    };
    let mut out = blocking(checked, main);
    for f in blocking(checked, MemoKind::Cover) {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// What keeps a document from being fileable: every error, a cited exhibit
/// still requested, and for a re-filing (and its cover letter) a ground
/// with nothing new or evidence every complete request needs
/// (`missing-baseline`).
pub fn blocking(checked: &Checked, kind: MemoKind) -> Vec<Finding> {
    // The cover letter of a re-filing is fileable only with the re-filing.
    let refiling = kind == MemoKind::Refiling
        || (kind == MemoKind::Cover && checked.case.info.decision.kind == DecisionKind::Denial);
    let mut out: Vec<Finding> = checked
        .report
        .findings
        .iter()
        .filter(|f| {
            (f.severity == Severity::Error && f.code != Code::UnshownFact)
                || (refiling && matches!(f.code, Code::NoNewEvidence | Code::MissingBaseline))
        })
        .cloned()
        .collect();
    out.extend(in_substance(checked, kind));
    for (i, e) in checked.case.evidence.iter().enumerate() {
        if !e.is_received() && checked.graph.is_cited(i) {
            out.push(Finding {
                code: Code::PendingEvidence,
                severity: Severity::Error,
                subject: Subject::Evidence(i),
                subject_id: e.id.clone(),
                message: format!(
                    "{} is cited but still requested; it must be received before filing",
                    e.id
                ),
                loc: e.loc,
            });
        }
    }
    out.sort_by_key(|f| (f.loc.line, f.loc.column));
    out
}

/// What a filed document cannot lack, whatever the findings' severity: a
/// core fact no exhibit shows, the signer's contact details, an addressee
/// for a cover letter, the filing address of a re-filing. The exhibit index
/// states no fact and goes nowhere on its own, so none of this bars it.
fn in_substance(checked: &Checked, kind: MemoKind) -> Vec<Finding> {
    if !matches!(kind, MemoKind::Rebuttal | MemoKind::Refiling | MemoKind::Cover) {
        return Vec::new();
    }
    let denial = checked.case.info.decision.kind == DecisionKind::Denial;
    let loc = checked.case.info.loc;
    // A core fact's reason carries the fact's id, so that the task that
    // would establish it can be matched to it.
    let reason = |code: Code, fact: &str, message: String| Finding {
        code,
        severity: Severity::Error,
        subject: Subject::Case,
        subject_id: fact.to_owned(),
        message,
        loc,
    };
    let mut out = Vec::new();
    for f in checked.facts.gaps().filter(|f| f.core) {
        out.push(reason(
            Code::UnshownFact,
            &f.id,
            format!(
                "no exhibit in the packet shows {}, which a filed memo must state{}",
                f.label,
                if f.current {
                    " (with evidence dated after the decision)"
                } else {
                    ""
                }
            ),
        ));
    }
    for f in &checked.report.findings {
        let bars = match f.code {
            Code::IncompleteSignature => true,
            // The filing address: a re-filing and its cover letter; the
            // response's address: the cover letter that carries it.
            Code::MissingAddress => denial || kind == MemoKind::Cover,
            _ => false,
        };
        if bars {
            out.push(Finding {
                severity: Severity::Error,
                ..f.clone()
            });
        }
    }
    out
}
