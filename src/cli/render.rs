//! `rebut render`: a memo, the gap report or the exhibit index, in Markdown,
//! HTML or Word, to standard output or atomically to `-o FILE`.

use super::{Error, Outcome, RenderArgs, RenderFormat};
use crate::check::{Checked, Code, Finding, Report};
use crate::model::DecisionKind;
use crate::render::fileable::{self, Refusal};
use crate::render::{self, Format, MemoKind, Templates};
use std::path::Path;

pub fn run(args: &RenderArgs) -> Result<Outcome, Error> {
    let memo_arg = args.memo;
    // Refused before the case is read, as a mistake on the command line.
    if let Some(reason) = memo_arg.filter(|_| args.final_).and_then(fileable::never_filed) {
        return Err(Error::usage(reason));
    }
    // The context is JSON whatever the file is called.
    let format = if args.dump_context {
        Format::Markdown
    } else {
        format_of(args)?
    };
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
        match fileable::check(&checked, kind) {
            Ok(()) => {}
            Err(Refusal::NeverFiled(reason)) => return Err(Error::usage(reason)),
            Err(Refusal::Blocked(findings)) => return Err(not_fileable(&checked, findings)),
        }
    }

    // A Markdown memo to a file is written there as it is made, so that a
    // large case's memo is never held whole; the file is replaced only
    // once the memo is complete.
    if !args.dump_context
        && format == Format::Markdown
        && let Some(target) = crate::write::file_target(args.output.as_deref()).filter(|t| is_file_or_new(t))
    {
        let mut outputs = crate::write::Outputs::new(inputs_of(args, &templates));
        let slot = outputs
            .add(target, crate::write::Mode::file(args.force), "the output")
            .map_err(|e| Error::usage(e.to_string()))?;
        let mut failed = None;
        let written = outputs.write_with(&[slot], &mut |_, out| {
            render::memo_into(&checked, kind, !args.final_, format, &templates, out).map_err(|e| match e {
                render::RenderError::Write(io) => io,
                other => {
                    failed = Some(other);
                    std::io::Error::other("the memo was not rendered")
                }
            })
        });
        if let Some(e) = failed {
            return Err(Error::usage(e.to_string()));
        }
        written.map_err(|e| Error::usage(e.to_string()))?;
        if !args.final_ {
            note_draft(&checked.report);
        }
        return Ok(Outcome::Clean);
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

/// The format asked for, or the one `-o`'s extension names. A file named
/// for another kind (`memo.pdf`) is refused rather than given Markdown
/// under that name.
fn format_of(args: &RenderArgs) -> Result<Format, Error> {
    let target = crate::write::file_target(args.output.as_deref());
    let named = target.and_then(|t| Some((t, t.extension()?.to_string_lossy().to_ascii_lowercase())));
    if let Some(format) = args.format {
        let format = match format {
            RenderFormat::Md => Format::Markdown,
            RenderFormat::Html => Format::Html,
            RenderFormat::Docx => Format::Word,
        };
        // `--format` wins over the name, except where the file would be
        // opened as what it is not: a Word document under any other
        // extension, text under a binary one.
        if let Some((target, extension)) = &named {
            let wrong = if format == Format::Word {
                extension != "docx"
            } else {
                matches!(extension.as_str(), "docx" | "pdf" | "odt" | "doc" | "rtf")
            };
            if wrong {
                return Err(Error::refuse(
                    format!(
                        "--format {} does not fit the file name {}",
                        name_of(format),
                        crate::display::name(&target.to_string_lossy())
                    ),
                    format!("name the file .{}, or leave out --format", name_of(format)),
                ));
            }
        }
        return Ok(format);
    }
    let Some((target, extension)) = named else {
        return Ok(Format::Markdown);
    };
    match extension.as_str() {
        "md" | "markdown" | "txt" => Ok(Format::Markdown),
        "html" | "htm" => Ok(Format::Html),
        "docx" => Ok(Format::Word),
        _ => Err(Error::refuse(
            format!(
                "rebut render writes Markdown (.md), HTML (.html) or Word (.docx), and {} names none of them",
                crate::display::name(&target.to_string_lossy())
            ),
            if extension == "pdf" {
                "render a Word document (-o memo.docx) and save it as PDF from your word processor, or convert it: soffice --headless --convert-to pdf memo.docx"
            } else {
                "name the file .md, .html or .docx, or pass --format"
            },
        )),
    }
}

/// A format as `--format` names it, which is also its file extension.
fn name_of(format: Format) -> &'static str {
    match format {
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Word => "docx",
    }
}

/// A path that is a regular file, or nothing yet: not a device or a pipe,
/// which would get the memo as it is written, and part of it on an error.
fn is_file_or_new(path: &Path) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) => meta.is_file(),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// The files the memo is made from, which it must not overwrite.
fn inputs_of(args: &RenderArgs, templates: &Templates) -> crate::write::Inputs {
    let mut inputs = args.common.inputs([args.case.as_str()]);
    for (_, path) in templates.overridden() {
        inputs.add(path);
    }
    inputs
}

fn emit(args: &RenderArgs, templates: &Templates, bytes: &[u8]) -> Result<(), Error> {
    match crate::write::file_target(args.output.as_deref()) {
        Some(target) => {
            let inputs = inputs_of(args, templates);
            crate::write::write_one(inputs, target, bytes, crate::write::Mode::file(args.force))
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
        super::error::note(&format!(
            "draft: `rebut check` finds {}, {} and {}, marked where they belong",
            plural(s.errors, "error"),
            plural(s.warnings, "warning"),
            plural(s.notes, "note"),
        ));
    }
}
