//! `rebut render`: a memo, the gap report or the exhibit index, in Markdown,
//! HTML or Word, to standard output or atomically to `-o FILE`.

use super::{Error, MemoArg, Outcome, RenderArgs, RenderFormat};
use crate::check::{Checked, Code, Finding, Report, Severity, Subject};
use crate::model::DecisionKind;
use crate::render::{self, Format, MemoKind, Templates};
use std::path::Path;

pub fn run(args: &RenderArgs) -> Result<Outcome, Error> {
    let memo_arg = args.memo.map(|m| match m {
        MemoArg::Rebuttal => MemoKind::Rebuttal,
        MemoArg::Refiling => MemoKind::Refiling,
        MemoArg::Cover => MemoKind::Cover,
        MemoArg::Gaps => MemoKind::Gaps,
        MemoArg::Exhibits => MemoKind::Exhibits,
        MemoArg::Requests => MemoKind::Requests,
    });
    if args.final_ && memo_arg == Some(MemoKind::Gaps) {
        return Err(Error::usage(
            "the gap report is always a draft; `--final` is for the rebuttal, refiling, cover and exhibits memos",
        ));
    }
    if args.final_ && memo_arg == Some(MemoKind::Requests) {
        return Err(Error::usage(
            "evidence requests are letters to send, not a filing; render them without `--final`",
        ));
    }
    let format = format_of(args);
    if format == Format::Word
        && crate::write::file_target(args.output.as_deref()).is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        return Err(Error::usage(
            "a Word document is binary: write it to a file with `-o memo.docx`",
        ));
    }
    let playbook = args.common.playbook()?;
    let templates = Templates::load(args.templates.as_deref()).map_err(|e| Error::usage(e.to_string()))?;
    let checked = super::open(&args.case, &args.common, &playbook)?;
    let templates = templates.for_input(checked.text_len);
    let decision = checked.case.info.decision.kind;
    let kind = memo_arg.unwrap_or_else(|| MemoKind::default_for(decision));
    if !kind.fits(decision) {
        return Err(wrong_document(decision));
    }
    if args.final_ {
        let blocking = not_fileable_findings(&checked, kind);
        if !blocking.is_empty() {
            return Err(not_fileable(&checked, blocking));
        }
    }

    let bytes = if args.dump_context {
        let cx = render::context(&checked, kind, !args.final_);
        let mut json = serde_json::to_string_pretty(&cx).expect("the context serializes");
        json.push('\n');
        json.into_bytes()
    } else {
        render::memo(&checked, kind, !args.final_, format, &templates)
            .map_err(|e| Error::usage(e.to_string()))?
    };

    emit(args, &templates, &bytes)?;
    if !args.final_ && !args.dump_context {
        note_draft(&checked.report);
    }
    Ok(Outcome::Clean)
}

/// The format asked for, or the one `-o`'s extension names.
fn format_of(args: &RenderArgs) -> Format {
    match args.format {
        Some(RenderFormat::Md) => Format::Markdown,
        Some(RenderFormat::Html) => Format::Html,
        Some(RenderFormat::Docx) => Format::Word,
        None => {
            let extension = args
                .output
                .as_deref()
                .and_then(Path::extension)
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match extension.as_deref() {
                Some("html" | "htm") => Format::Html,
                Some("docx") => Format::Word,
                _ => Format::Markdown,
            }
        }
    }
}

fn emit(args: &RenderArgs, templates: &Templates, bytes: &[u8]) -> Result<(), Error> {
    match crate::write::file_target(args.output.as_deref()) {
        Some(target) => {
            let mut inputs = args.common.inputs([args.case.as_str()]);
            for (_, path) in templates.overridden() {
                inputs.add(path);
            }
            crate::write::write_one(inputs, target, bytes, crate::write::Mode::Replace)
                .map_err(|e| Error::usage(e.to_string()))
        }
        None => super::print_bytes(bytes),
    }
}

/// A rebuttal for a denial, or a re-filing for an RFE or a NOID: refused,
/// naming the document that fits.
fn wrong_document(decision: DecisionKind) -> Error {
    let message = match decision {
        DecisionKind::Denial => "a rebuttal answers a request for evidence or a notice of intent to deny, and this decision is a denial, which cannot be answered: render the re-filing memo for a new request (`--memo refiling`)".to_owned(),
        DecisionKind::Noid | DecisionKind::Rfe => format!(
            "a re-filing memo follows a denial, and this decision is a {}: answer it with the rebuttal (`--memo rebuttal`)",
            if decision == DecisionKind::Noid {
                "notice of intent to deny"
            } else {
                "request for evidence"
            }
        ),
    };
    Error::usage(message)
}

/// What keeps a document from being fileable: every error, a cited exhibit
/// still requested, and for a re-filing (and its cover letter) a ground
/// with nothing new or evidence every complete request needs
/// (`missing-baseline`).
pub fn not_fileable_findings(checked: &Checked, kind: MemoKind) -> Vec<Finding> {
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
    out.extend(not_fileable_in_substance(checked, kind));
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
fn not_fileable_in_substance(checked: &Checked, kind: MemoKind) -> Vec<Finding> {
    if !matches!(kind, MemoKind::Rebuttal | MemoKind::Refiling | MemoKind::Cover) {
        return Vec::new();
    }
    let denial = checked.case.info.decision.kind == DecisionKind::Denial;
    let loc = checked.case.info.loc;
    let reason = |code: Code, message: String| Finding {
        code,
        severity: Severity::Error,
        subject: Subject::Case,
        subject_id: "case".to_owned(),
        message,
        loc,
    };
    let mut out = Vec::new();
    for f in checked.facts.gaps().filter(|f| f.core) {
        out.push(reason(
            Code::UnshownFact,
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

/// `--final` refused: what blocks it, as `rebut check` shows findings.
fn not_fileable(checked: &Checked, findings: Vec<Finding>) -> Error {
    let baseline = findings.iter().any(|f| f.code == Code::MissingBaseline);
    let summary = format!(
        "--final: {} problem{} keep{} this document from being fileable; nothing was written (render without --final for a draft that marks every gap{})",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" },
        if findings.len() == 1 { "s" } else { "" },
        if baseline {
            "; a re-filing is a complete new request: `rebut render --memo requests` drafts the letters to obtain what every request needs"
        } else {
            ""
        }
    );
    Error::NotFileable {
        name: checked.name.clone(),
        findings,
        summary,
    }
}

fn note_draft(report: &Report) {
    let s = report.summary();
    if s.errors + s.warnings + s.notes > 0 {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        anstream::eprintln!(
            "note: draft: `rebut check` finds {}, {} and {}, marked where they belong",
            plural(s.errors, "error"),
            plural(s.warnings, "warning"),
            plural(s.notes, "note"),
        );
    }
}
