//! `rebut check`: a table of grounds and their statuses, then the findings
//! grouped by ground; or the JSON report.

use super::error::{self, Error, Outcome};
use super::{CheckArgs, CheckFormat, Deny};
use crate::check::json::{CheckJson, UnusableJson};
use crate::check::{Finding, Report, Severity, Status, Subject};
use crate::model::Case;
use anstyle::{AnsiColor, Style};
use std::fmt::Write as _;

pub fn run(args: &CheckArgs) -> Result<Outcome, Error> {
    let playbook = args.common.playbook()?;
    let several = args.cases.len() > 1;
    let mut worst = Outcome::Clean;
    // Each file is reported as it comes, so that one unusable file does not
    // hide the others' results.
    for path in &args.cases {
        let outcome = match super::open(path, &args.common, &playbook) {
            Err(error) => {
                if args.format == CheckFormat::Json
                    && let Error::Unusable(rejected) = &error
                {
                    // Unusable whether or not the JSON could be written.
                    let _ = print_json(&UnusableJson::new(&rejected.unusable), several);
                }
                error::report(&error);
                error.outcome()
            }
            Ok(checked) => {
                match args.format {
                    CheckFormat::Json => print_json(
                        &CheckJson::new(&checked.name, &checked.case, &checked.report),
                        several,
                    )?,
                    CheckFormat::Text => {
                        let mut text = text_report(&checked.name, &checked.case, &checked.report);
                        if several {
                            text.push('\n');
                        }
                        super::print_text(&text)?;
                    }
                }
                verdict(&checked.report, args.deny)
            }
        };
        worst = worst.max(outcome);
    }
    Ok(worst)
}

fn verdict(report: &Report, deny: Option<Deny>) -> Outcome {
    let failing = |f: &&Finding| match deny {
        Some(Deny::Warnings) => f.severity <= Severity::Warning,
        None => f.severity == Severity::Error,
    };
    if report.findings.iter().any(|f| failing(&f)) {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

fn print_json<T: serde::Serialize>(value: &T, lines: bool) -> Result<(), Error> {
    let text = if lines {
        serde_json::to_string(value)
    } else {
        serde_json::to_string_pretty(value)
    };
    super::print_text(&format!("{}\n", text.expect("report serialises")))
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn status_style(status: Status) -> Style {
    match status {
        Status::Unanswered | Status::Asserted => AnsiColor::Red.on_default().bold(),
        Status::Pending => AnsiColor::Yellow.on_default(),
        Status::Supported | Status::Corroborated => AnsiColor::Green.on_default(),
    }
}

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Note => AnsiColor::Cyan.on_default(),
    }
}

/// The human-readable report, with ANSI styles that the output stream strips
/// when colour is off.
pub fn text_report(name: &str, case: &Case, report: &Report) -> String {
    use crate::display::{name as shown_name, text as shown};
    let name = shown_name(name);
    let mut out = String::new();
    let decision = &case.info.decision;
    let _ = writeln!(
        out,
        "{BOLD}{}{BOLD:#} {DIM}({name}; {} of {}){DIM:#}\n",
        shown(&case.info.title),
        decision.kind.as_str(),
        decision.date.value
    );

    write_table(&mut out, case, report);
    write_findings(&mut out, &name, case, report);

    let s = report.summary();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(
        out,
        "\n{}: {}, {}, {}, {}",
        if s.errors > 0 { "FAIL" } else { "ok" },
        plural(s.grounds, "ground"),
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.notes, "note"),
    );
    out
}

/// Each ground's status and evidence, one line a ground.
fn write_table(out: &mut String, case: &Case, report: &Report) {
    use crate::display::name as shown_name;
    let id_w = case
        .grounds
        .iter()
        .map(|g| g.id.chars().count())
        .max()
        .unwrap_or(0)
        .max("ground".len());
    let cat_w = case
        .grounds
        .iter()
        .map(|g| g.category.chars().count())
        .max()
        .unwrap_or(0)
        .max("category".len());
    let status_w = "corroborated".len();
    let _ = writeln!(
        out,
        "  {BOLD}{:id_w$}  {:cat_w$}  {:status_w$}  evidence{BOLD:#}",
        "ground", "category", "status"
    );
    for (ground, result) in case.grounds.iter().zip(&report.grounds) {
        let evidence: Vec<&str> = result
            .evidence
            .iter()
            .map(|&i| case.evidence[i].id.as_str())
            .collect();
        let style = status_style(result.status);
        let _ = writeln!(
            out,
            "  {:id_w$}  {:cat_w$}  {style}{:status_w$}{style:#}  {}",
            shown_name(&ground.id),
            shown_name(&ground.category),
            result.status.as_str(),
            if evidence.is_empty() {
                "-".to_owned()
            } else {
                evidence.join(", ")
            }
        );
    }
}

/// The findings, grouped by ground, then by exhibit, then for the case.
fn write_findings(out: &mut String, name: &str, case: &Case, report: &Report) {
    use crate::display::{name as shown_name, text as shown};
    let mut sections: Vec<(String, Vec<&Finding>)> = Vec::new();
    for (g, ground) in case.grounds.iter().enumerate() {
        let findings: Vec<&Finding> = report.ground_findings(g).collect();
        if !findings.is_empty() {
            sections.push((
                format!(
                    "ground {} ({})",
                    shown_name(&ground.id),
                    shown_name(&ground.category)
                ),
                findings,
            ));
        }
    }
    let evidence: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| matches!(f.subject, Subject::Evidence(_)))
        .collect();
    if !evidence.is_empty() {
        sections.push(("evidence".to_owned(), evidence));
    }
    let whole: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.subject == Subject::Case)
        .collect();
    if !whole.is_empty() {
        sections.push(("case".to_owned(), whole));
    }
    for (heading, findings) in sections {
        let _ = writeln!(out, "\n{BOLD}{heading}{BOLD:#}");
        for f in findings {
            let style = severity_style(f.severity);
            let _ = writeln!(
                out,
                "  {style}{}[{}]{style:#} {DIM}{name}:{}:{}{DIM:#} {}",
                f.severity.as_str(),
                f.code.as_str(),
                f.loc.line,
                f.loc.column,
                shown(&f.message)
            );
        }
    }
}
