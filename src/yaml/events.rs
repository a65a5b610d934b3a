//! The located tree built straight from the parser's events.
//!
//! Reading through serde (`Spanned` values, as [`super::node`] does) costs
//! a serde call, a location and a type guess for every node; a case file
//! is nearly all plain maps, lists and text, which the parser's events give
//! directly. This path builds the tree for such a file and steps aside
//! (returns `None`) at anything it does not answer exactly as
//! `serde-saphyr` would: a syntax error, an anchor, an alias, a tag, a merge
//! key, a key that is not text or repeats, a second document, nesting or
//! counts near the budget, a plain scalar whose type it cannot tell at a
//! glance. The caller then reads the file the reference way, so every
//! message, limit and location stays the reference's. The test
//! `tests::both_paths_build_the_same_tree` holds the two to the same tree.

use super::node::{Node, Value};
use super::{MAX_DEPTH, parse_options};
use crate::base::Loc;
use serde_saphyr::granit_parser::{self, Event, ScalarStyle, Span, StrInput};
use std::borrow::Cow;
use std::collections::HashSet;

/// Nesting beyond this is left to the reference path, which refuses it
/// past [`MAX_DEPTH`] with its own message.
const FAST_DEPTH: usize = MAX_DEPTH / 2;

/// Maps with more keys than this look for a repeated key through a set.
const LINEAR_KEYS: usize = 16;

/// The tree of `text`, or `None` where the reference path must read it.
#[cfg(test)]
pub fn tree(text: &str) -> Option<Node<'_>> {
    tree_with(text, &[], &mut |_, _| {})
}

/// The tree of `text`, or `None` where the reference path must read it;
/// each item of a list under one of the root map's keys `lists` is handed
/// to `on_item` as soon as it is read, and the tree holds that list empty
/// (the items of a large case are nearly all of it, and are then never
/// held all at once). Items handed out before a `None` are to be dropped.
///
/// The nodes of the collections still open wait on one stack; a collection
/// takes its own off the top when it closes, into a list of exactly their
/// number (a list grown by doubling would hold up to twice the room).
pub fn tree_with<'a>(
    text: &'a str,
    lists: &[&'static str],
    on_item: &mut dyn FnMut(&'static str, Node<'a>),
) -> Option<Node<'a>> {
    let mut parser = granit_parser::Parser::with_options(StrInput::new(text), parser_options());
    let budget = Budget::for_len(text.len());
    let mut counts = Budget::default();
    let mut open: Vec<Frame> = Vec::new();
    let mut waiting: Vec<Node<'_>> = Vec::new();
    let mut documents = 0usize;
    for item in &mut parser {
        let (event, span) = item.ok()?;
        counts.events += 1;
        let node = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => continue,
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
                continue;
            }
            Event::Comment(comment, _) => {
                counts.comment_bytes += comment.len();
                continue;
            }
            Event::Scalar(value, style, 0, None) => {
                counts.nodes += 1;
                let in_key = open.last().is_some_and(|f| f.wants_key(waiting.len()));
                if in_key && style == ScalarStyle::Plain && value == "<<" {
                    return None;
                }
                scalar_node(scalar(value, style)?, &span)
            }
            Event::SequenceStart(_, 0, None) | Event::MappingStart(_, 0, None) => {
                counts.nodes += 1;
                if open.len() >= FAST_DEPTH {
                    return None;
                }
                let map = matches!(event, Event::MappingStart(..));
                // A list that is the value of one of the root's keys `lists`.
                let stream = match (map, open.as_slice(), waiting.last()) {
                    (
                        false,
                        [root],
                        Some(Node {
                            value: Value::Str(key),
                            ..
                        }),
                    ) if root.map && !root.wants_key(waiting.len()) => {
                        lists.iter().copied().find(|l| *l == key)
                    }
                    _ => None,
                };
                open.push(Frame {
                    loc: loc(&span, 1),
                    map,
                    first: waiting.len(),
                    stream,
                });
                continue;
            }
            Event::SequenceEnd => {
                let frame = open.pop().filter(|f| !f.map)?;
                Node {
                    loc: frame.loc,
                    end: 0,
                    value: Value::Seq(waiting.drain(frame.first..).collect()),
                }
            }
            Event::MappingEnd => {
                // A map closes with no key waiting for its value.
                let frame = open.pop().filter(|f| f.wants_key(waiting.len()))?;
                let mut entries = Vec::with_capacity((waiting.len() - frame.first) / 2);
                let mut nodes = waiting.drain(frame.first..);
                while let (Some(key), Some(value)) = (nodes.next(), nodes.next()) {
                    entries.push((key, value));
                }
                drop(nodes);
                if repeats_a_key(&entries) {
                    return None;
                }
                Node {
                    loc: frame.loc,
                    end: 0,
                    value: Value::Map(entries.into_boxed_slice()),
                }
            }
            // Anchors, aliases, tags and whatever else the parser may say.
            _ => return None,
        };
        if let Some(key) = open.last().and_then(|f| f.stream) {
            on_item(key, node);
            continue;
        }
        // A key must be text; there is one root.
        let is_key = open.last().is_some_and(|f| f.wants_key(waiting.len()));
        if (is_key && !matches!(node.value, Value::Str(_))) || (open.is_empty() && !waiting.is_empty()) {
            return None;
        }
        waiting.push(node);
    }
    let within = counts.events <= budget.events
        && counts.nodes <= budget.nodes
        && counts.comment_bytes <= budget.comment_bytes;
    let root = waiting.pop();
    (documents == 1 && open.is_empty() && waiting.is_empty() && within).then_some(root?)
}

/// A scalar, underlined as written, with the byte offset just past it.
fn scalar_node<'a>(value: Value<'a>, span: &Span) -> Node<'a> {
    let len = u32::try_from(span.len()).unwrap_or(1).max(1);
    let end = span
        .end
        .byte_offset()
        .and_then(|e| u32::try_from(e).ok())
        .unwrap_or(0);
    Node {
        loc: loc(span, len),
        end,
        value,
    }
}

/// The parser as `serde-saphyr` sets it up under [`parse_options`].
fn parser_options() -> granit_parser::Options {
    let budget = serde_saphyr::Budget::default();
    let mut options = granit_parser::Options::default();
    options.simple_key_max_lookahead = budget.simple_key_max_lookahead;
    options.flow_nesting_limit = MAX_DEPTH;
    options.block_nesting_limit = options.block_nesting_limit.max(MAX_DEPTH + 1);
    options.emit_comments = true;
    options.max_buffered_comment_events = budget.max_buffered_comment_events;
    options
}

/// What the reference path's budget allows, or what this path counted: a
/// count at or under the budget's is under the reference's own count's
/// limit, since every parser event is counted here.
#[derive(Default)]
struct Budget {
    events: usize,
    nodes: usize,
    comment_bytes: usize,
}

impl Budget {
    fn for_len(len: usize) -> Budget {
        let options = parse_options(len);
        let budget = options.budget.unwrap_or_default();
        Budget {
            events: budget.max_events,
            nodes: budget.max_nodes,
            comment_bytes: budget.max_total_comment_bytes,
        }
    }
}

/// A collection still open: where it starts, whether it is a map (its
/// nodes then alternate key and value), and where its nodes begin on the
/// stack of waiting nodes.
struct Frame {
    loc: Loc,
    map: bool,
    first: usize,
    /// For a list whose items are handed out as they are read, the key it
    /// stands under.
    stream: Option<&'static str>,
}

impl Frame {
    /// Whether, with `waiting` nodes on the stack, the next node of this
    /// collection is a map's key (a map's nodes alternate key and value).
    fn wants_key(&self, waiting: usize) -> bool {
        self.map && (waiting - self.first).is_multiple_of(2)
    }
}

fn loc(span: &Span, len: u32) -> Loc {
    Loc {
        line: u32::try_from(span.start.line()).unwrap_or(u32::MAX),
        column: u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
        len,
    }
}

/// A scalar's value as `serde-saphyr` types it for an untyped target;
/// `None` for a plain scalar that might be a number in one of YAML's many
/// spellings.
fn scalar(value: Cow<'_, str>, style: ScalarStyle) -> Option<Value<'_>> {
    if style != ScalarStyle::Plain {
        return Some(Value::Str(fitted(value)));
    }
    let typed = match &*value {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        text if might_be_a_number(text) => {
            return number(text).map(|typed| typed.unwrap_or(Value::Str(value)));
        }
        _ => Value::Str(fitted(value)),
    };
    Some(typed)
}

/// Text the parser had to build (block text, escapes, folded lines) kept
/// in exactly its length: the parser's buffer grows by doubling, and the
/// model keeps the same allocation.
fn fitted(value: Cow<'_, str>) -> Cow<'_, str> {
    match value {
        Cow::Owned(mut text) => {
            text.shrink_to_fit();
            Cow::Owned(text)
        }
        borrowed => borrowed,
    }
}

fn might_be_a_number(text: &str) -> bool {
    let first = text.as_bytes().first().copied().unwrap_or(b' ');
    first.is_ascii_digit()
        || matches!(first, b'+' | b'-' | b'.' | b'_')
        || ["inf", "infinity", "nan"]
            .iter()
            .any(|word| text.eq_ignore_ascii_case(word))
}

/// A plain scalar that starts like a number: a small decimal and a date
/// are told here, anything else is typed by `serde-saphyr` itself.
/// `Some(None)` is text as written.
fn number(text: &str) -> Option<Option<Value<'static>>> {
    let bytes = text.as_bytes();
    let digits = bytes.iter().all(u8::is_ascii_digit);
    if digits && bytes.len() <= 18 && (bytes.len() == 1 || bytes[0] != b'0') {
        return text.parse::<i128>().ok().map(|n| Some(Value::Int(n.into())));
    }
    let date = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if date {
        return Some(None);
    }
    // As the value of a one-line map, so that `...` or `---` stay text.
    let line = format!("k: {text}");
    let node = serde_saphyr::from_str_with_options::<Node<'static>>(&line, parse_options(line.len())).ok()?;
    let Value::Map(entries) = node.value else {
        return None;
    };
    let (_, value) = entries.into_vec().pop()?;
    match value.value {
        Value::Str(s) if s == text => Some(None),
        Value::Str(_) | Value::Seq(_) | Value::Map(_) => None,
        typed => Some(Some(typed)),
    }
}

/// Whether two keys of a map are the same text (the reference path refuses
/// the file; so does this one, by stepping aside).
fn repeats_a_key(entries: &[(Node<'_>, Node<'_>)]) -> bool {
    fn name<'n>(node: &'n Node<'_>) -> &'n str {
        match &node.value {
            Value::Str(s) => s,
            _ => "",
        }
    }
    if entries.len() <= LINEAR_KEYS {
        return entries
            .iter()
            .enumerate()
            .any(|(i, (k, _))| entries[..i].iter().any(|(j, _)| name(j) == name(k)));
    }
    let mut seen = HashSet::with_capacity(entries.len());
    !entries.iter().all(|(k, _)| seen.insert(name(k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str) -> Option<Node<'static>> {
        serde_saphyr::from_str_with_options::<Node>(text, parse_options(text.len())).ok()
    }

    /// Where this path builds a tree, it is the reference's tree.
    fn same(text: &str) -> bool {
        let Some(fast) = tree(text) else {
            return false;
        };
        let reference = reference(text).unwrap_or_else(|| panic!("only the fast path reads {text:?}"));
        assert_eq!(format!("{fast:?}"), format!("{reference:?}"), "{text}");
        true
    }

    #[test]
    fn both_paths_build_the_same_tree() {
        let texts = [
            "rebut: 1\ncase:\n  title: A \"quoted\" title # comment\n  filed: 2026-03-10\n",
            "a: [1, 2, {b: c}]\nd: |\n  block\n  text\ne: >-\n  folded\n  text\n",
            "a: 'single'\nb: \"double\\tescaped\"\nc:\nd: ~\ne: true\nf: 0x1F\ng: 1.5\n",
            "- 007\n- -3\n- +4\n- 1_000\n- ...\n- 2026-13-45\n- nan\n- 12345678901234567890\n",
            "plain: multi\n  line\n  text\nkey with spaces: value\n\"quoted key\": 1\n",
            "\u{e9}: \u{fc}n\u{ef}c\u{f6}d\u{e9}\nx: [a,\n  b]\n",
        ];
        for text in texts {
            assert!(same(text), "the fast path steps aside for {text:?}");
        }
        // Whatever else it reads, it reads as the reference does.
        for text in [
            "h: .inf\n",
            "\tkey: value\n",
            "a: -\n",
            "- - - x\n",
            "{a: 1, b: [c, d]}",
        ] {
            same(text);
        }
    }

    #[test]
    fn every_yaml_test_suite_document_reads_the_same_on_both_paths() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut fast = 0;
        for dir in [
            "tests/data/yaml-test-suite/valid",
            "tests/data/yaml-test-suite/invalid",
            "examples",
            "examples/clinic",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                if path.extension().is_some_and(|e| e == "yaml") || dir.contains("suite") {
                    fast += usize::from(same(&text));
                }
            }
        }
        assert!(fast > 100, "only {fast} documents took the fast path");
    }

    #[test]
    fn what_the_reference_must_answer_is_left_to_it() {
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: 1\na: 2\n",
            "<<: {a: 1}\n",
            "--- a\n--- b\n",
            "a: [\n",
            "? [a]\n: b\n",
        ] {
            assert!(tree(text).is_none(), "{text:?}");
        }
        let deep = format!("{}{}", "[".repeat(FAST_DEPTH + 1), "]".repeat(FAST_DEPTH + 1));
        assert!(tree(&deep).is_none());
    }
}
