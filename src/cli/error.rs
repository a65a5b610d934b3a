//! Why a command stopped, as a value with a kind and an exit status, and
//! the one place that prints it.
//!
//! Commands return `Result<Outcome, Error>`: an [`Outcome`] when they ran to
//! the end (with or without error-severity findings), an [`Error`] when they
//! could not do what was asked. [`report`] renders an error on standard
//! error, once, at the edge: located problems with the source line and a
//! caret, everything else as `error: what is wrong` and `help: what to do`.
//! What a command says besides (a warning, a note, the file it wrote) goes
//! through [`warning`], [`note`] and [`say`] here too: this module is the
//! only one that writes to standard error.

use crate::check::Finding;
use crate::diag::{Problem, Unusable};
use crate::display;
use anstyle::{AnsiColor, Style};
use std::process::ExitCode;

/// How a command that ran to the end went, from best to worst; the process
/// exits with the worst of its inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[must_use]
pub enum Outcome {
    /// Exit 0: nothing at error severity.
    Clean = 0,
    /// Exit 1: at least one error-severity finding (or warning, with `--deny warnings`).
    Findings = 1,
    /// Exit 2: an input was unusable; its problems were reported as they came.
    Unusable = 2,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        ExitCode::from(o as u8)
    }
}

/// An input that could not be used, with its text when it could be read,
/// so that problems can be shown against their source lines.
#[derive(Debug)]
pub struct Rejected {
    pub unusable: Unusable,
    pub text: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One input cannot be used: every problem in it.
    #[error("{}", .0.unusable)]
    Unusable(Box<Rejected>),
    /// Several inputs cannot be used (a command that reads two files reports both).
    #[error("{} inputs are unusable", .0.len())]
    Several(Vec<Error>),
    /// The command line asks for something impossible, or a file cannot be
    /// read or written.
    #[error("{message}")]
    Usage { message: String, help: Option<String> },
    /// Two files that must describe the same case do not: the differences,
    /// file by file, then one line about the pair.
    #[error("{summary}")]
    Mismatch { files: Vec<Rejected>, summary: String },
    /// The case holds what the command was told not to let through
    /// (`redact --strict`): exit 1, as for findings.
    #[error("{message}")]
    Blocked { message: String, help: String },
    /// `render --final` refused: the findings that keep the document from
    /// being fileable (exit 1: the case, not the command, is at fault).
    #[error("{summary}")]
    NotFileable {
        name: String,
        findings: Vec<Finding>,
        summary: String,
    },
}

impl Error {
    /// An error with nothing to locate: what is wrong.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            help: None,
        }
    }

    /// What is wrong and what to do about it.
    pub fn refuse(message: impl Into<String>, help: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            help: Some(help.into()),
        }
    }

    pub fn unusable(unusable: Unusable, text: Option<String>) -> Error {
        Error::Unusable(Box::new(Rejected { unusable, text }))
    }

    /// The exit status this error ends the run with.
    pub fn outcome(&self) -> Outcome {
        match self {
            Error::NotFileable { .. } | Error::Blocked { .. } => Outcome::Findings,
            _ => Outcome::Unusable,
        }
    }
}

impl From<Unusable> for Error {
    fn from(unusable: Unusable) -> Error {
        Error::unusable(unusable, None)
    }
}

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const NOTE: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn stderr_has_color() -> bool {
    anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never
}

/// Prints an error on standard error; the only printer of errors.
pub fn report(error: &Error) {
    anstream::eprint!("{}", render(error, stderr_has_color()));
}

/// A warning on standard error: the run goes on. `message` may hold
/// several lines; each is made safe for a terminal.
pub fn warning(message: &str) {
    anstream::eprintln!("{WARNING}warning{WARNING:#}: {}", display::lines(message));
}

/// A note on standard error: something worth knowing about the output.
pub fn note(message: &str) {
    anstream::eprintln!("{NOTE}note{NOTE:#}: {}", display::lines(message));
}

/// A line of its own on standard error (what was written, a count).
pub fn say(line: &str) {
    anstream::eprintln!("{}", display::lines(line));
}

/// An error as it is shown, with ANSI styles when `color`.
pub fn render(error: &Error, color: bool) -> String {
    let styled = styled(error, color);
    if color {
        styled
    } else {
        anstream::adapter::strip_str(&styled).to_string()
    }
}

fn styled(error: &Error, color: bool) -> String {
    match error {
        Error::Unusable(rejected) => rejected.unusable.render(rejected.text.as_deref(), color),
        Error::Several(errors) => errors.iter().map(|e| styled(e, color)).collect(),
        // Messages may quote the case, a path or a template: shown, never run.
        Error::Usage { message, help } => {
            let mut out = format!("{ERROR}error{ERROR:#}: {}\n", display::lines(message));
            if let Some(help) = help {
                out.push_str(&format!("  help: {}\n", display::lines(help)));
            }
            out
        }
        Error::Blocked { message, help } => format!(
            "{ERROR}error{ERROR:#}: {}\n  help: {}\n",
            display::lines(message),
            display::lines(help)
        ),
        Error::Mismatch { files, summary } => {
            let mut out = String::new();
            for file in files {
                // Neither file is unusable alone, so the per-file summary
                // line gives way to the one about the pair.
                let rendered = file.unusable.render(file.text.as_deref(), color);
                let body = rendered
                    .trim_end()
                    .rsplit_once('\n')
                    .map_or(rendered.as_str(), |(b, _)| b);
                out.push_str(body.trim_end());
                out.push_str("\n\n");
            }
            out.push_str(&format!("{ERROR}error{ERROR:#}: {}\n", display::lines(summary)));
            out
        }
        Error::NotFileable {
            name,
            findings,
            summary,
        } => {
            let mut out = String::new();
            let name = display::name(name);
            for f in findings {
                out.push_str(&format!(
                    "{ERROR}error[{}]{ERROR:#} {DIM}{name}:{}:{}{DIM:#} {}\n",
                    f.code.as_str(),
                    f.loc.line,
                    f.loc.column,
                    display::text(&f.message)
                ));
            }
            out.push_str(&format!("{ERROR}error{ERROR:#}: {summary}\n"));
            out
        }
    }
}

/// Problems of one file, for [`Error::Mismatch`].
pub fn rejected(name: &str, problems: Vec<Problem>, text: &str) -> Rejected {
    Rejected {
        unusable: Unusable {
            name: name.to_owned(),
            problems,
        },
        text: Some(text.to_owned()),
    }
}
