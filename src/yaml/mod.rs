//! YAML as a located tree, and a reader that converts it while collecting
//! every problem. Both the case loader and the playbook loader stand on it.
//!
//! [`parse`] turns text into a [`Node`] tree under a deliberate budget;
//! [`Reader`] walks it, recording each problem with its place and carrying
//! on, so that one run reports all of them.

mod events;
pub mod node;
mod reader;

pub use node::{Node, Value, Whole};
pub use reader::{FieldPath, Fields, Reader, parse_date, unknown_name};

use crate::base::Loc;
use crate::diag::{Problem, ProblemKind, Unusable};

/// Aliases may replay at most this many YAML events in one file: far more
/// than any case file needs, far less than a "billion laughs".
pub const MAX_ALIAS_REPLAY_EVENTS: usize = 100_000;

/// Aliases may add at most this much text to a file's own.
pub const MAX_ALIAS_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// Nesting deeper than this is refused; a case file needs six levels.
pub const MAX_DEPTH: usize = 64;

/// Parses YAML text into a located tree: straight from the parser's events
/// where that gives the same tree, through `serde-saphyr` otherwise (and
/// for every problem, so that its messages and limits are the ones shown).
pub fn parse<'a>(name: &str, text: &'a str) -> Result<Node<'a>, Unusable> {
    parse_streaming(name, text, &[], &mut |_, _| {}).map(|(tree, _)| tree)
}

/// Parses as [`parse`] does, but hands each item of a list under one of
/// the root map's keys `lists` to `item` as soon as it is read, and leaves
/// that list empty in the tree: the items of a large file are then read
/// one at a time instead of held all at once beside what is made of them.
/// The flag says whether it did so; where the file is read the reference
/// way, the tree is whole, and the items handed out before are to be
/// dropped.
pub fn parse_streaming<'a>(
    name: &str,
    text: &'a str,
    lists: &[&'static str],
    item: &mut dyn FnMut(&'static str, Node<'a>),
) -> Result<(Node<'a>, bool), Unusable> {
    if let Some(tree) = events::tree_with(text, lists, item) {
        return Ok((tree, true));
    }
    serde_saphyr::from_str_with_options::<Node<'static>>(text, parse_options(text.len()))
        .map(|tree| (tree, false))
        .map_err(|e| Unusable::one(name, yaml_problem(&e, text)))
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

fn yaml_problem(e: &serde_saphyr::Error, text: &str) -> Problem {
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
    let mut loc = loc.filter(|l| l.line > 0);
    if message.contains("found a tab") || message.contains("tabs") {
        // The parser names the place where the value began, often the line
        // before; the tab itself is where the fix is.
        loc = loc.map(|l| tab_after(text, l).unwrap_or(l));
        return Problem::new(kind, loc, format!("invalid YAML: {message}"))
            .help("YAML indents with spaces only: replace the tab with spaces");
    }
    if message.starts_with("mapping values are not allowed") {
        let fixed = loc
            .and_then(|l| text.lines().nth(l.line as usize - 1))
            .and_then(quoted_value);
        let quote = "a `: ` inside a value starts a new key: put the value in quotes, or write it as a block under `|`";
        match fixed {
            // The line fixed, where it fits on a screen.
            Some(line) if line.trim_start().chars().count() <= MAX_FIXED_LINE => {
                return Problem::new(kind, loc, format!("invalid YAML: {message}"))
                    .help(format!("{quote}, e.g. `{}`", line.trim_start()));
            }
            Some(_) => return Problem::new(kind, loc, format!("invalid YAML: {message}")).help(quote),
            None => {}
        }
    }
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

/// A fixed line longer than this is not shown in a message.
const MAX_FIXED_LINE: usize = 160;

/// The first tab at or after `from`, as a place.
fn tab_after(text: &str, from: Loc) -> Option<Loc> {
    let lines = text.split('\n').enumerate().skip(from.line as usize - 1);
    for (i, line) in lines {
        let skip = if i + 1 == from.line as usize {
            from.column.saturating_sub(1) as usize
        } else {
            0
        };
        if let Some(column) = line.chars().skip(skip).position(|c| c == '\t') {
            return Some(Loc {
                line: u32::try_from(i + 1).ok()?,
                column: u32::try_from(skip + column + 1).ok()?,
                len: 1,
            });
        }
    }
    None
}

/// `key: a: b` written as `key: "a: b"`: the line as it should be, when it
/// is a key and a plain value.
fn quoted_value(line: &str) -> Option<String> {
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    let (dash, body) = match body.strip_prefix("- ") {
        Some(rest) => ("- ", rest),
        None => ("", body),
    };
    let (key, value) = body.split_once(": ")?;
    // A comment stays a comment.
    let value = value.split(" #").next().unwrap_or_default().trim();
    if !value.contains(": ")
        || key.is_empty()
        || key.contains([' ', '"', '\'', '{', '['])
        || value.starts_with(['"', '\'', '|', '>', '[', '{'])
    {
        return None;
    }
    let value = value.replace('\\', "\\\\").replace('"', "\\\"");
    Some(format!("{indent}{dash}{key}: \"{value}\""))
}

/// Turns a conversion's outcome into a result: problems sorted by place.
pub fn finish<T>(name: &str, mut reader: Reader, value: Option<T>) -> Result<T, Unusable> {
    match value {
        Some(value) if reader.problems.is_empty() => Ok(value),
        _ => {
            reader
                .problems
                .sort_by_key(|p| (p.loc.map_or((0, 0), |l| (l.line, l.column)), p.kind));
            if reader.problems.is_empty() {
                reader.problems.push(Problem::new(
                    ProblemKind::Syntax,
                    None,
                    "the file could not be read as a case",
                ));
            }
            Err(Unusable {
                name: name.to_owned(),
                problems: reader.problems,
            })
        }
    }
}
