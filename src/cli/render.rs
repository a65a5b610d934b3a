//! `rebut render`: a memo, the gap report or the exhibit index, in Markdown,
//! HTML or Word, to standard output or atomically to `-o FILE`.

use super::{Error, MemoArg, Outcome, RenderArgs, RenderFormat};
use crate::check::{Checked, Code, Report, Severity};
use crate::render::{self, Format, MemoKind, Templates};
use std::path::Path;

pub fn run(args: &RenderArgs) -> Result<Outcome, Error> {
    let memo_arg = args.memo.map(|m| match m {
        MemoArg::Rebuttal => MemoKind::Rebuttal,
        MemoArg::Refiling => MemoKind::Refiling,
        MemoArg::Gaps => MemoKind::Gaps,
        MemoArg::Exhibits => MemoKind::Exhibits,
        MemoArg::Requests => MemoKind::Requests,
    });
    if args.final_ && memo_arg == Some(MemoKind::Gaps) {
        return Err(Error::usage(
            "the gap report is always a draft; `--final` is for the rebuttal, refiling and exhibits memos",
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
    let kind = memo_arg.unwrap_or_else(|| MemoKind::default_for(checked.case.info.decision.kind));
    if args.final_ && checked.report.has_errors() {
        return Err(not_fileable(&checked));
    }
    if args.final_
        && kind == MemoKind::Refiling
        && let Some(refused) = baseline_incomplete(&checked)
    {
        return Err(refused);
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

/// `--final` refused: the errors, as `rebut check` shows them.
fn not_fileable(checked: &Checked) -> Error {
    let findings: Vec<_> = checked
        .report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .cloned()
        .collect();
    let summary = format!(
        "--final: `rebut check` finds {} error{}; nothing was written (render without --final for a draft that marks every gap)",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    );
    Error::NotFileable {
        name: checked.name.clone(),
        findings,
        summary,
    }
}

/// `--final` refused for a re-filing that lacks evidence every complete
/// request needs (`missing-baseline`, a warning that blocks this one memo).
fn baseline_incomplete(checked: &Checked) -> Option<Error> {
    let findings: Vec<_> = checked
        .report
        .findings
        .iter()
        .filter(|f| f.code == Code::MissingBaseline)
        .cloned()
        .collect();
    if findings.is_empty() {
        return None;
    }
    let summary = format!(
        "--final: a re-filing is a complete new request, and {} type{} of evidence every request needs {} cited; nothing was written (`rebut render --memo requests` drafts the letters to obtain {})",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" },
        if findings.len() == 1 { "is not" } else { "are not" },
        if findings.len() == 1 { "it" } else { "them" },
    );
    Some(Error::NotFileable {
        name: checked.name.clone(),
        findings,
        summary,
    })
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
