//! `rebut render`: a memo, the gap report or the exhibit index, in Markdown,
//! HTML or Word, to standard output or atomically to `-o FILE`.

use super::{MemoArg, Outcome, RenderArgs, RenderFormat};
use crate::check::{Context, Report, Severity};
use crate::render::{self, Format, MemoKind, Templates};
use anstyle::{AnsiColor, Style};
use std::path::Path;

pub fn run(args: &RenderArgs) -> Outcome {
    let memo_arg = args.memo.map(|m| match m {
        MemoArg::Rebuttal => MemoKind::Rebuttal,
        MemoArg::Refiling => MemoKind::Refiling,
        MemoArg::Gaps => MemoKind::Gaps,
        MemoArg::Exhibits => MemoKind::Exhibits,
    });
    if args.final_ && memo_arg == Some(MemoKind::Gaps) {
        return usage(
            "the gap report is always a draft; `--final` is for the rebuttal, refiling and exhibits memos",
        );
    }
    let output = output_of(args);
    if output == Output::Docx
        && crate::write::file_target(args.output.as_deref()).is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        return usage("a Word document is binary: write it to a file with `-o memo.docx`");
    }
    let playbook = match args.common.playbook() {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let templates = match Templates::load(args.templates.as_deref()) {
        Ok(t) => t,
        Err(e) => return usage(&e.to_string()),
    };
    let (source, case) = match super::load_case(&args.case, &args.common, &playbook) {
        Ok(loaded) => loaded,
        Err(failed) => return failed.report(),
    };
    let templates = templates.for_input(source.text.len());
    let today = args.common.today();
    let report = Context {
        playbook: &playbook,
        today,
        base_dir: &source.base_dir,
    }
    .check(&case);
    let kind = memo_arg.unwrap_or_else(|| MemoKind::default_for(case.info.decision.kind));
    if args.final_ && report.has_errors() {
        print_errors(&source.name, &report);
        return Outcome::Failed;
    }

    let mut cx = render::context(&case, &report, &playbook, today, kind, !args.final_);
    let rendered = if args.dump_context {
        let mut json = serde_json::to_string_pretty(&cx).expect("the context serialises");
        json.push('\n');
        Ok(json.into_bytes())
    } else {
        match output {
            Output::Text(format) => {
                render::attach_map(&mut cx, &case, &report, &playbook, format);
                render::render(&cx, format, &templates).map(String::into_bytes)
            }
            Output::Docx => render::docx(&cx, &templates),
        }
    };
    let bytes = match rendered {
        Ok(bytes) => bytes,
        Err(e) => return usage(&e.to_string()),
    };

    let outcome = emit(args, &templates, &bytes);
    if outcome == Outcome::Clean && !args.final_ && !args.dump_context {
        note_draft(&report);
    }
    outcome
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Text(Format),
    Docx,
}

/// The format asked for, or the one `-o`'s extension names.
fn output_of(args: &RenderArgs) -> Output {
    match args.format {
        Some(RenderFormat::Md) => Output::Text(Format::Markdown),
        Some(RenderFormat::Html) => Output::Text(Format::Html),
        Some(RenderFormat::Docx) => Output::Docx,
        None => {
            let extension = args
                .output
                .as_deref()
                .and_then(Path::extension)
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match extension.as_deref() {
                Some("html" | "htm") => Output::Text(Format::Html),
                Some("docx") => Output::Docx,
                _ => Output::Text(Format::Markdown),
            }
        }
    }
}

fn emit(args: &RenderArgs, templates: &Templates, bytes: &[u8]) -> Outcome {
    match crate::write::file_target(args.output.as_deref()) {
        Some(target) => {
            let mut inputs = args.common.inputs([args.case.as_str()]);
            for (_, path) in templates.overridden() {
                inputs.add(path);
            }
            match crate::write::write_one(inputs, target, bytes, crate::write::Mode::Replace) {
                Ok(()) => Outcome::Clean,
                Err(e) => usage(&e.to_string()),
            }
        }
        None => super::print_bytes(bytes),
    }
}

fn usage(message: &str) -> Outcome {
    let style = AnsiColor::Red.on_default().bold();
    // Template and case text may be quoted: shown, never run.
    anstream::eprintln!("{style}error{style:#}: {}", crate::display::lines(message));
    Outcome::Unusable
}

/// `--final` refused: the errors, as `rebut check` shows them.
fn print_errors(name: &str, report: &Report) {
    let name = crate::display::name(name);
    let style = AnsiColor::Red.on_default().bold();
    let dim = Style::new().dimmed();
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    for f in &errors {
        anstream::eprintln!(
            "{style}error[{}]{style:#} {dim}{name}:{}:{}{dim:#} {}",
            f.code.as_str(),
            f.loc.line,
            f.loc.column,
            crate::display::text(&f.message)
        );
    }
    anstream::eprintln!(
        "{style}error{style:#}: --final: `rebut check` finds {} error{}; nothing was written (render without --final for a draft that marks every gap)",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
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
