//! Problems that make an input unusable, as values with a kind, and their
//! rendering (once, at the edge) as `file:line:column` with the source line
//! and a caret.

use crate::base::Loc;
use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

/// What kind of problem stops a file from being used. Each has a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// The file could not be read at all (missing, a directory, not UTF-8, too large).
    Unreadable,
    /// The text is not YAML.
    #[serde(rename = "yaml-syntax")]
    Syntax,
    /// The YAML is hostile or too big for the configured budget.
    Limit,
    WrongType,
    UnknownKey,
    MissingKey,
    DuplicateId,
    InvalidId,
    UnknownId,
    UnknownCategory,
    UnknownEvidenceType,
    InvalidDate,
    InvalidValue,
    PinpointOutOfRange,
}

impl ProblemKind {
    pub fn code(self) -> &'static str {
        crate::base::variant_name(&self)
    }
}

/// One problem, located when it has a place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub loc: Option<Loc>,
    pub message: String,
    /// Shown under the caret ("did you mean `title`?").
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Problem {
    pub fn new(kind: ProblemKind, loc: Option<Loc>, message: impl Into<String>) -> Self {
        Problem {
            kind,
            loc,
            message: message.into(),
            label: None,
            help: None,
        }
    }

    pub fn at(kind: ProblemKind, loc: Loc, message: impl Into<String>) -> Self {
        Self::new(kind, Some(loc), message)
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }
}

/// Every problem found in one input, which is therefore unusable.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{name}: {} problem(s) make this file unusable", problems.len())]
pub struct Unusable {
    /// How the input is named in messages (a path, or `<stdin>`).
    pub name: String,
    pub problems: Vec<Problem>,
}

impl Unusable {
    pub fn one(name: impl Into<String>, problem: Problem) -> Self {
        Unusable {
            name: name.into(),
            problems: vec![problem],
        }
    }

    /// Renders the problems against the source text (the first
    /// [`MAX_SHOWN_PROBLEMS`], then how many more there are), then one
    /// summary line.
    pub fn render(&self, source: Option<&str>, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let lines = source.map(source_lines);
        let name = crate::display::name(&self.name);
        let mut out = String::new();
        for problem in self.problems.iter().take(MAX_SHOWN_PROBLEMS) {
            out.push_str(&render_problem(&renderer, &name, lines.as_deref(), problem));
            out.push_str("\n\n");
        }
        let n = self.problems.len();
        if let Some(more) = n.checked_sub(MAX_SHOWN_PROBLEMS).filter(|&m| m > 0) {
            out.push_str(&format!(
                "note: {more} more problem{} not shown; fix those above and run again to see them\n",
                if more == 1 { " is" } else { "s are" }
            ));
        }
        out.push_str(&format!(
            "error: {name} is unusable: {n} problem{} (fix them and run again)\n",
            if n == 1 { "" } else { "s" }
        ));
        out
    }
}

/// At most this many problems of one file are printed: past it, a file is
/// wrong throughout (a wrong version, the wrong file), and printing every one
/// of millions of problems would flood the terminal.
pub const MAX_SHOWN_PROBLEMS: usize = 200;

/// The widest stretch of a source line shown around a caret; longer lines are
/// cropped so that a one-megabyte line does not flood the terminal.
const CONTEXT_CHARS: usize = 80;

fn render_problem(
    renderer: &Renderer,
    name: &str,
    lines: Option<&[SourceLine<'_>]>,
    problem: &Problem,
) -> String {
    // Messages quote the file's text: shown, never run by the terminal.
    use crate::display::text as shown;
    let message = shown(&problem.message);
    let label = problem.label.as_deref().map(shown);
    let help = problem.help.as_deref().map(shown);
    let title = Level::ERROR
        .primary_title(message.as_ref())
        .id(problem.kind.code());
    let excerpt = problem.loc.and_then(|loc| lines.and_then(|l| excerpt(l, loc)));
    let group = match (problem.loc, excerpt) {
        // The renderer counts the column from the start of the text it is
        // given; a line cropped on the left gets its place and text apart.
        (Some(loc), Some(ex)) if ex.cropped_left => title
            .element(
                Origin::path(name)
                    .line(loc.line as usize)
                    .char_column(loc.column as usize),
            )
            .element(Level::NOTE.message(format!("the line there reads: {}", ex.text))),
        (Some(loc), Some(ex)) => {
            let mut annotation = AnnotationKind::Primary.span(ex.caret.clone());
            if let Some(label) = &label {
                annotation = annotation.label(label.as_ref());
            }
            title.element(
                Snippet::source(ex.text)
                    .line_start(loc.line as usize)
                    .path(name)
                    .fold(false)
                    .annotation(annotation),
            )
        }
        (Some(loc), None) => title.element(
            Origin::path(name)
                .line(loc.line as usize)
                .char_column(loc.column as usize),
        ),
        (None, _) => title.element(Origin::path(name)),
    };
    let group = match (&label, problem.loc.is_some()) {
        // Without a source line the label has nowhere to stand but as a note.
        (Some(label), false) => group.element(Level::NOTE.message(label.as_ref())),
        _ => group,
    };
    let group = match &help {
        Some(help) => group.element(Level::HELP.message(help.as_ref())),
        None => group,
    };
    renderer.render(&[group])
}

struct Excerpt {
    text: String,
    caret: std::ops::Range<usize>,
    /// Whether the text starts after the start of the line.
    cropped_left: bool,
}

/// Carets up to this column are shown with the whole start of their line.
const UNCROPPED_COLUMNS: usize = 200;

/// One line of the source, measured once for every problem on it.
struct SourceLine<'a> {
    text: &'a str,
    chars: usize,
}

/// The source cut into lines once, so that each of many problems finds its
/// line without scanning the file again.
fn source_lines(source: &str) -> Vec<SourceLine<'_>> {
    source
        .lines()
        .enumerate()
        .map(|(i, text)| {
            let text = if i == 0 {
                text.strip_prefix('\u{feff}').unwrap_or(text)
            } else {
                text
            };
            let chars = if text.is_ascii() {
                text.len()
            } else {
                text.chars().count()
            };
            SourceLine { text, chars }
        })
        .collect()
}

/// The source line of `loc`, cropped around the column, with the caret's byte
/// range inside it.
fn excerpt(lines: &[SourceLine<'_>], loc: Loc) -> Option<Excerpt> {
    let line = lines.get((loc.line as usize).checked_sub(1)?)?;
    let col = (loc.column as usize).saturating_sub(1);
    let len = (loc.len as usize).max(1);
    let start = if col < UNCROPPED_COLUMNS {
        0
    } else {
        col.saturating_sub(CONTEXT_CHARS / 2).min(line.chars)
    };
    let end = (col + len.min(CONTEXT_CHARS) + CONTEXT_CHARS / 2).min(line.chars);
    // Where the shown part starts, without walking a long ASCII line.
    let from = if line.chars == line.text.len() {
        start
    } else {
        line.text
            .char_indices()
            .nth(start)
            .map_or(line.text.len(), |(b, _)| b)
    };
    let mut text = String::new();
    let mut caret_start = None;
    let mut caret_end = None;
    if start > 0 {
        text.push('…');
    }
    for (i, c) in (start..end).zip(line.text[from..].chars()) {
        if i == col {
            caret_start = Some(text.len());
        }
        // Tabs would shift the caret; show them as one space. Whatever a
        // terminal would act on is shown as one symbol, so the caret stays.
        text.push(if c == '\t' {
            ' '
        } else {
            crate::display::one_char(c)
        });
        if i + 1 == (col + len).min(end) {
            caret_end = Some(text.len());
        }
    }
    if end < line.chars {
        text.push('…');
    }
    let caret_start = caret_start.unwrap_or(text.len());
    let caret_end = caret_end.unwrap_or(caret_start).max(caret_start);
    Some(Excerpt {
        text,
        caret: caret_start..caret_end,
        cropped_left: start > 0,
    })
}

/// The work all "did you mean" suggestions of one process may take, in
/// pairs of characters compared (a comparison of two names costs the
/// product of their lengths): a tenth of a second or so. Past it, names are
/// reported without a suggestion, so that a file of a million unknown names
/// against a thousand known ones costs what reading it costs.
pub const SUGGESTION_WORK: u64 = 50_000_000;

/// Names longer than this are no typo of a known one: never compared.
const MAX_SUGGESTED_LEN: usize = 64;

static SUGGESTION_WORK_LEFT: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(SUGGESTION_WORK);

/// Takes `cost` from the process's suggestion budget, if it has that much.
fn spend_suggestion_work(cost: u64) -> bool {
    use std::sync::atomic::Ordering;
    SUGGESTION_WORK_LEFT
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
            left.checked_sub(cost)
        })
        .is_ok()
}

/// The closest of `candidates` to `name`, when it is close enough to be a
/// typo. Bounded: names and candidates longer than a name can be are not
/// compared, and once the process has spent [`SUGGESTION_WORK`] there are
/// no more suggestions.
pub fn did_you_mean<'a, I>(name: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    if name.len() > MAX_SUGGESTED_LEN {
        return None;
    }
    let name = name.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        if candidate.len() > MAX_SUGGESTED_LEN {
            continue;
        }
        let cost = (name.len().max(1) * candidate.len().max(1)) as u64;
        if !spend_suggestion_work(cost) {
            break;
        }
        let score = strsim::jaro_winkler(&name, &candidate.to_lowercase());
        if score >= 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestion_finds_a_close_name_and_ignores_far_ones() {
        let known = ["title", "kind", "receipt"];
        assert_eq!(did_you_mean("titel", known), Some("title"));
        assert_eq!(did_you_mean("zzz", known), None);
    }

    #[test]
    fn long_lines_are_cropped_around_the_caret() {
        let source = format!("key: {}X{}\n", "a".repeat(5000), "b".repeat(5000));
        let loc = Loc {
            line: 1,
            column: 5006,
            len: 1,
        };
        let ex = excerpt(&source_lines(&source), loc).unwrap();
        assert!(ex.text.chars().count() < 2 * CONTEXT_CHARS);
        assert_eq!(&ex.text[ex.caret.clone()], "X");
    }
}
