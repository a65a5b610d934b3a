//! Keys of the format that the starter's template does not show, added to
//! the starter as comments with the schema's description, so that a key new
//! to the model appears in `rebut init` without an edit to the template.
//!
//! A key counts as shown when the starter uses it or a comment names it
//! (`# address: ...`, or `#   cite      optional: ...`). An unshown key goes
//! at the end of the first map where it would stand (the first item of a
//! list), as `# key (optional): description`; the keys inside an unshown
//! map follow it, indented. A required key cannot be a comment: the starter
//! then fails to load, and its test says which key to write out.

use crate::schema::Key;
use crate::yaml::{self, Node, Value};
use std::collections::{BTreeSet, HashMap};

/// A comment line is wrapped before this many characters.
const WIDTH: usize = 78;

/// `text` with a comment for every key of `keys` it does not show.
pub fn add_unshown(text: &str, keys: &[Key]) -> String {
    let used = used_paths(text);
    let comments: Vec<&str> = text.lines().filter(|l| l.trim_start().starts_with('#')).collect();
    let shown = |key: &Key| {
        let name = key.name().trim_end_matches("[]");
        used.contains(&key.path)
            || comments.iter().any(|l| {
                l.contains(&format!("{name}:")) || l.contains(&format!("{name} ")) && l.contains("optional")
            })
    };
    let unshown: Vec<&Key> = keys.iter().filter(|k| !shown(k)).collect();
    if unshown.is_empty() {
        return text.to_owned();
    }
    let blocks = blocks(text);
    let lines: Vec<&str> = text.lines().collect();
    // After which line each comment goes (`None`: at the end).
    let mut after: Vec<(Option<usize>, String)> = Vec::new();
    for key in &unshown {
        // Inside a map that is itself unshown: written with that map.
        if unshown.iter().any(|k| inside(key.parent(), &k.path)) {
            continue;
        }
        let (at, indent) = match blocks.get(key.parent()) {
            Some(block) => (Some(block.last), block.children),
            None => (None, 0),
        };
        let mut comment = String::new();
        describe(key, &unshown, indent, 0, &mut comment);
        after.push((at, comment));
    }
    let mut out = String::with_capacity(text.len() + 256);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        for (_, comment) in after.iter().filter(|(at, _)| *at == Some(i)) {
            out.push_str(comment);
        }
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    for (_, comment) in after.iter().filter(|(at, _)| at.is_none()) {
        out.push_str(comment);
    }
    out
}

/// Whether `path` is `ancestor` or stands inside it.
fn inside(path: &str, ancestor: &str) -> bool {
    path.strip_prefix(ancestor)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with("[]"))
}

/// `# key (optional): description`, wrapped, then the keys inside it.
fn describe(key: &Key, unshown: &[&Key], indent: usize, depth: usize, out: &mut String) {
    let lead = format!("{}#{} ", " ".repeat(indent), "  ".repeat(depth));
    let optional = if key.required { "" } else { " (optional)" };
    let description = key.description.as_deref().unwrap_or_default();
    let words = format!("{}{optional}: {}", key.name(), description.replace('\n', " "));
    let mut line = lead.clone();
    for word in words.split_whitespace() {
        if line.len() > lead.len() && line.len() + 1 + word.len() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = format!("{lead}  ");
        } else if line.len() > lead.len() && !line.ends_with("  ") {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out.push('\n');
    let inside = key.path.clone();
    for child in unshown
        .iter()
        .filter(|k| k.parent() == inside || k.parent() == format!("{inside}[]"))
    {
        describe(child, unshown, indent, depth + 1, out);
    }
}

/// The key paths the text uses, in the schema's form.
fn used_paths(text: &str) -> BTreeSet<String> {
    fn walk(node: &Node<'_>, path: &str, out: &mut BTreeSet<String>) {
        match &node.value {
            Value::Map(entries) => {
                for (key, child) in entries {
                    let Value::Str(key) = &key.value else {
                        continue;
                    };
                    let path = if path.is_empty() {
                        key.to_string()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(child, &path, out);
                    out.insert(path);
                }
            }
            Value::Seq(items) => items.iter().for_each(|i| walk(i, &format!("{path}[]"), out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(root) = yaml::parse("starter", text) {
        walk(&root, "", &mut out);
    }
    out
}

/// Where a map written in block style ends, and how far its keys are
/// indented; the first item stands for a list's items.
struct Block {
    /// Its last line (comments inside it included).
    last: usize,
    /// The indentation of its keys.
    children: usize,
}

/// The blocks of the text by path (`case.beneficiary`, `grounds[]`), each
/// the first of its path.
fn blocks(text: &str) -> HashMap<String, Block> {
    // The open blocks: indentation of the line that opened it, its path,
    // and whether it is the first of its path.
    let mut open: Vec<(usize, String, bool)> = Vec::new();
    let mut out: HashMap<String, Block> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let body = line.trim_start();
        if body.is_empty() {
            continue;
        }
        let indent = line.len() - body.len();
        if !body.starts_with('#') {
            let (item, rest, at) = match body.strip_prefix("- ") {
                Some(rest) => (true, rest, indent + 2),
                None => (false, body, indent),
            };
            if item {
                open.retain(|(d, _, _)| *d < indent);
                let list = open.last().map(|(_, p, _)| p.clone()).unwrap_or_default();
                push(&mut open, &mut out, (indent, i), format!("{list}[]"), at);
            }
            if let Some((key, _)) = rest.split_once(':')
                && !key.is_empty()
                && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                open.retain(|(d, _, _)| *d < at);
                let parent = open.last().map(|(_, p, _)| p.as_str()).unwrap_or_default();
                let path = if parent.is_empty() {
                    key.to_owned()
                } else {
                    format!("{parent}.{key}")
                };
                push(&mut open, &mut out, (at, i), path, at + 2);
            }
        }
        for (d, path, first) in &open {
            if *first
                && indent > *d
                && let Some(block) = out.get_mut(path)
            {
                block.last = i;
            }
        }
    }
    out
}

/// Opens a block at `(indentation, line)`.
fn push(
    open: &mut Vec<(usize, String, bool)>,
    out: &mut HashMap<String, Block>,
    (indent, line): (usize, usize),
    path: String,
    children: usize,
) {
    let first = !out.contains_key(&path);
    if first {
        out.insert(path.clone(), Block { last: line, children });
    }
    open.push((indent, path, first));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(path: &str, description: &str) -> Key {
        Key {
            path: path.to_owned(),
            description: Some(description.to_owned()),
            required: false,
        }
    }

    const STARTER: &str = "\
rebut: 1
case:
  title: T
  beneficiary:
    name: A
    # born: optional
  decision:
    kind: noid
grounds:
  - id: G1
    responses:
      - point: |
          text
        evidence: [E1]
  - id: G2
# The evidence.
evidence:
  - id: E1
    title: X
";

    #[test]
    fn a_shown_key_changes_nothing() {
        let keys = [
            key("case.title", "x"),
            key("case.beneficiary.born", "x"),
            key("grounds[].responses[].evidence", "x"),
        ];
        assert_eq!(add_unshown(STARTER, &keys), STARTER);
    }

    #[test]
    fn an_unshown_key_is_a_comment_at_the_end_of_its_map() {
        let keys = [
            key(
                "case.beneficiary.preferred_name",
                "The name the beneficiary goes by.",
            ),
            key("grounds[].note", "A note."),
            key("evidence[].custodian", "Who holds the original."),
            key("evidence[].custody", "Where it is kept."),
            key("evidence[].custody.place", "The place."),
            key("appendix", "Anything else."),
        ];
        let text = add_unshown(STARTER, &keys);
        let expected = STARTER
            .replace(
                "    # born: optional\n",
                "    # born: optional\n    # preferred_name (optional): The name the beneficiary goes by.\n",
            )
            .replace(
                "        evidence: [E1]\n",
                "        evidence: [E1]\n    # note (optional): A note.\n",
            )
            .replace(
                "    title: X\n",
                "    title: X\n    # custodian (optional): Who holds the original.\n    # custody (optional): Where it is kept.\n    #   place (optional): The place.\n",
            )
            + "# appendix (optional): Anything else.\n";
        assert_eq!(text, expected);
        // Still the same file to YAML.
        assert_eq!(used_paths(&text), used_paths(STARTER));
    }

    #[test]
    fn a_long_description_is_wrapped() {
        let long = "word ".repeat(40);
        let text = add_unshown("case:\n  title: T\n", &[key("case.subtitle", &long)]);
        let added: Vec<&str> = text.lines().skip(2).collect();
        assert!(added.len() > 1, "{text}");
        assert!(
            added.iter().all(|l| l.len() <= WIDTH && l.starts_with("  # ")),
            "{text}"
        );
    }
}
