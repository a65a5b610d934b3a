//! Stage one: from bytes to the model, with every problem located.
//!
//! [`read_source`] gets the text (refusing what is too big, not UTF-8, or not
//! a file), [`parse`] turns it into a located YAML tree under a deliberate
//! budget, and [`load_case`] converts that tree into a [`Case`], checking
//! ids, references, names and dates against the playbook.

mod case;
pub mod node;
pub(crate) mod reader;

pub use reader::parse_date;

use crate::diag::{Problem, ProblemKind, Unusable};
use crate::model::{Case, Loc};
use crate::playbook::Playbook;
use node::Node;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused before parsing unless `--max-size`
/// raises the limit.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Aliases may replay at most this many YAML events in one file: far more
/// than any case file needs, far less than a "billion laughs".
pub const MAX_ALIAS_REPLAY_EVENTS: usize = 100_000;

/// Aliases may add at most this much text to a file's own.
pub const MAX_ALIAS_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// Nesting deeper than this is refused; a case file needs six levels.
pub const MAX_DEPTH: usize = 64;

/// An input's text and how to name it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given, or `<stdin>`.
    pub name: String,
    pub text: String,
    /// Where relative `file:` paths are resolved: the case file's folder, or
    /// the working directory for standard input.
    pub base_dir: PathBuf,
}

impl Source {
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
            base_dir: PathBuf::from("."),
        }
    }
}

/// Reads a case (or playbook) file, `-` meaning standard input.
pub fn read_source(path: &str, max_bytes: u64) -> Result<Source, Unusable> {
    let unreadable = |name: &str, message: String, help: Option<String>| {
        Unusable::one(
            name,
            Problem::new(ProblemKind::Unreadable, None, message).maybe_help(help),
        )
    };
    // `size` is known for a file; a stream (standard input, a device) is
    // read only one byte past the limit, so its size is not.
    let too_large = |name: &str, size: Option<u64>| {
        let what = match size {
            Some(size) => format!("the file is {size} bytes"),
            None => "the input is larger".to_owned(),
        };
        unreadable(
            name,
            format!("{what}, over the limit of {max_bytes} bytes"),
            Some("if the file is genuine, raise the limit with `--max-size BYTES`".to_owned()),
        )
    };
    let (name, bytes, base_dir) = if path == "-" {
        let name = "<stdin>";
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(name, format!("cannot read standard input: {e}"), None))?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(name, None));
        }
        (name.to_owned(), bytes, PathBuf::from("."))
    } else {
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| {
            let help = (e.kind() == std::io::ErrorKind::NotFound)
                .then(|| "check the path; `rebut init FILE` writes a starter case".to_owned());
            unreadable(path, format!("cannot open {path}: {}", io_reason(&e)), help)
        })?;
        if meta.is_dir() {
            return Err(unreadable(
                path,
                format!("{path} is a directory, not a case file"),
                Some("name a .yaml file inside it".to_owned()),
            ));
        }
        if meta.len() > max_bytes {
            return Err(too_large(path, Some(meta.len())));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(p)
            .and_then(|f| f.take(max_bytes + 1).read_to_end(&mut bytes))
            .map_err(|e| unreadable(path, format!("cannot read {path}: {}", io_reason(&e)), None))?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(path, None));
        }
        let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        (path.to_owned(), bytes, dir)
    };
    let text = decode(&name, bytes)?;
    Ok(Source { name, text, base_dir })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// UTF-8 text without a byte-order mark; invalid bytes are located.
fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Unusable> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let loc = Loc {
                line: line as u32,
                column: column as u32,
                len: 1,
            };
            Err(Unusable::one(
                name,
                Problem::at(
                    ProblemKind::Unreadable,
                    loc,
                    format!("the file is not UTF-8 text (bad byte at line {line}, column {column})"),
                )
                .help("save the file as UTF-8 in your editor"),
            ))
        }
    }
}

/// Parses YAML text into a located tree.
pub fn parse(name: &str, text: &str) -> Result<Node, Unusable> {
    serde_saphyr::from_str_with_options::<Node>(text, parse_options(text.len()))
        .map_err(|e| Unusable::one(name, yaml_problem(&e)))
}

/// The parser's budget, sized to the input: every node of a genuine file
/// takes at least one byte of it, so only aliases can multiply work, and
/// those are capped separately.
pub fn parse_options(len: usize) -> serde_saphyr::Options {
    let generous = len.saturating_add(1024);
    let mut alias_limits = serde_saphyr::options::AliasLimits::default();
    alias_limits.max_total_replayed_events = MAX_ALIAS_REPLAY_EVENTS;
    alias_limits.max_replay_stack_depth = 16;
    alias_limits.max_alias_expansions_per_anchor = 10_000;
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: generous.max(1_000_000),
            max_nodes: generous.max(250_000),
            // Text that aliases repeat counts again: room for a paragraph
            // reused in many places, not for an alias bomb.
            max_total_scalar_bytes: len.saturating_add(MAX_ALIAS_TEXT_BYTES),
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_reader_input_bytes: Some(generous),
        },
        alias_limits: alias_limits,
        strict_booleans: true,
    }
}

fn yaml_problem(e: &serde_saphyr::Error) -> Problem {
    use serde_saphyr::Error as E;
    // A problem met while replaying an alias comes wrapped with the alias's
    // places; what matters is the problem itself.
    let mut inner = e.without_snippet();
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = inner {
        inner = error;
    }
    let kind = match inner {
        E::Budget { .. }
        | E::AliasReplayCounterOverflow { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => ProblemKind::Limit,
        // The parser's own cap on nested brackets.
        _ if inner.to_string().starts_with("recursion limit exceeded") => ProblemKind::Limit,
        _ => ProblemKind::Syntax,
    };
    let mut message = inner.to_string();
    // The parser appends its own location; ours is shown by the renderer.
    if let Some((head, tail)) = message.rsplit_once(" at line ")
        && tail.contains("column")
    {
        message.truncate(head.len());
    }
    let message = message.replace(", set DuplicateKeyPolicy in Options if acceptable", "");
    let loc = e.location().map(|l| Loc {
        line: u32::try_from(l.line()).unwrap_or(u32::MAX),
        column: u32::try_from(l.column()).unwrap_or(u32::MAX),
        len: 1,
    });
    let loc = loc.filter(|l| l.line > 0);
    let help = match kind {
        ProblemKind::Limit => format!(
            "case files need neither deep nesting (over {MAX_DEPTH} levels) nor large alias expansions; \
             write the values out"
        ),
        _ => {
            "check the YAML syntax at this place: indentation, a missing `:`, or an unclosed quote or bracket"
                .to_owned()
        }
    };
    let message = match kind {
        ProblemKind::Limit => format!("the YAML goes past a safety limit: {message}"),
        _ => format!("invalid YAML: {message}"),
    };
    Problem::new(kind, loc, message).help(help)
}

/// Loads and validates a case file against the playbook in force.
pub fn load_case(source: &Source, playbook: &Playbook) -> Result<Case, Unusable> {
    let root = parse(&source.name, &source.text)?;
    let mut ctx = reader::Ctx::default();
    let case = case::convert(root, playbook, &mut ctx);
    finish(&source.name, ctx, case)
}

/// Turns a conversion's outcome into a result: problems sorted by place.
pub(crate) fn finish<T>(name: &str, mut ctx: reader::Ctx, value: Option<T>) -> Result<T, Unusable> {
    match value {
        Some(value) if ctx.problems.is_empty() => Ok(value),
        _ => {
            ctx.problems
                .sort_by_key(|p| (p.loc.map_or((0, 0), |l| (l.line, l.column)), p.kind));
            if ctx.problems.is_empty() {
                ctx.problems.push(Problem::new(
                    ProblemKind::Syntax,
                    None,
                    "the file could not be read as a case",
                ));
            }
            Err(Unusable {
                name: name.to_owned(),
                problems: ctx.problems,
            })
        }
    }
}
