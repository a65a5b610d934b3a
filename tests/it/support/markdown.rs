//! Rendered Markdown read back with comrak into a flat list of blocks that
//! tests can walk, and exhibit letters computed independently of the renderer.

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, parse_document};
use rebut::model::Case;

/// One top-level block of a Markdown document, reduced to what tests check.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Paragraph(Para),
    /// A block quote's paragraphs.
    Quote(Vec<String>),
    /// Rows of cells, the header row first.
    Table(Vec<Vec<String>>),
    /// Items' text; `tasks` when the items are `[ ]` checkboxes.
    List {
        items: Vec<String>,
        tasks: bool,
    },
    Rule,
    Other(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    /// The paragraph is one bold span (a gap marker, in rebut's templates).
    pub all_strong: bool,
}

impl Block {
    pub fn text(&self) -> String {
        match self {
            Block::Heading(_, t) | Block::Other(t) => t.clone(),
            Block::Paragraph(p) => p.text.clone(),
            Block::Quote(ps) => ps.join("\n"),
            Block::Table(rows) => rows.iter().map(|r| r.join(" | ")).collect::<Vec<_>>().join("\n"),
            Block::List { items, .. } => items.join("\n"),
            Block::Rule => String::new(),
        }
    }

    /// The text of a gap marker (`Gap…` or `Note…` in bold), if this is one.
    pub fn marker(&self) -> Option<&str> {
        match self {
            Block::Paragraph(p)
                if p.all_strong
                    && (p.text.starts_with("\u{26a0} Gap") || p.text.starts_with("\u{26a0} Note")) =>
            {
                Some(&p.text)
            }
            _ => None,
        }
    }
}

/// The options rebut writes for, without smart punctuation, so that text
/// reads back exactly as the case file wrote it.
pub fn options() -> comrak::Options<'static> {
    let mut o = rebut::render::html::comrak_options();
    o.parse.smart = false;
    o
}

fn text_of<'a>(node: &'a AstNode<'a>) -> String {
    node.collect_text()
}

/// Every node kind in the document, to check that nothing unexpected (a
/// link, raw HTML) was created.
pub fn node_kinds(markdown: &str) -> Vec<String> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    root.descendants()
        .map(|n| {
            let v = &n.data().value;
            let name = format!("{v:?}");
            name.split(['(', ' ', '{']).next().unwrap_or_default().to_owned()
        })
        .collect()
}

/// Every link of the document: its target and the text it shows.
pub fn links(markdown: &str) -> Vec<(String, String)> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    root.descendants()
        .filter_map(|n| match &n.data().value {
            NodeValue::Link(link) => Some((link.url.clone(), text_of(n))),
            _ => None,
        })
        .collect()
}

pub fn blocks(markdown: &str) -> Vec<Block> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    root.children().map(block).collect()
}

fn block<'a>(node: &'a AstNode<'a>) -> Block {
    match &node.data().value {
        NodeValue::Heading(h) => Block::Heading(h.level, text_of(node)),
        NodeValue::Paragraph => {
            let children: Vec<_> = node.children().collect();
            let all_strong = children.len() == 1 && matches!(children[0].data().value, NodeValue::Strong);
            Block::Paragraph(Para {
                text: text_of(node),
                all_strong,
            })
        }
        NodeValue::BlockQuote => Block::Quote(node.children().map(text_of).collect()),
        NodeValue::Table(_) => Block::Table(
            node.children()
                .map(|row| row.children().map(text_of).collect())
                .collect(),
        ),
        NodeValue::List(_) => {
            let tasks = node
                .descendants()
                .any(|n| matches!(n.data().value, NodeValue::TaskItem(_)));
            Block::List {
                items: node.children().map(text_of).collect(),
                tasks,
            }
        }
        NodeValue::ThematicBreak => Block::Rule,
        other => Block::Other(format!("{other:?}")),
    }
}

/// The blocks under each level-2 heading (the heading's text first), and
/// the blocks before the first one under the name "".
pub fn sections(blocks: &[Block]) -> Vec<(String, Vec<Block>)> {
    let mut out: Vec<(String, Vec<Block>)> = vec![(String::new(), Vec::new())];
    for b in blocks {
        match b {
            Block::Heading(2, t) => out.push((t.clone(), Vec::new())),
            other => out.last_mut().unwrap().1.push(other.clone()),
        }
    }
    out
}

/// Exhibit letters computed here, independently of the renderer: received
/// evidence in order of first citation, grounds then points.
pub fn expected_letters(case: &Case) -> Vec<(String, String, u64, u64)> {
    let mut out: Vec<(String, String, u64, u64)> = Vec::new();
    let mut next = 1u64;
    for citation in case
        .grounds
        .iter()
        .flat_map(|g| &g.points)
        .flat_map(|p| &p.citations)
    {
        let e = case.evidence_by_id(&citation.evidence).unwrap();
        if !e.is_received() || out.iter().any(|(id, ..)| *id == e.id) {
            continue;
        }
        let n = out.len();
        let letter = if n < 26 {
            ((b'A' + n as u8) as char).to_string()
        } else {
            format!(
                "{}{}",
                (b'A' + (n / 26 - 1) as u8) as char,
                (b'A' + (n % 26) as u8) as char
            )
        };
        // A certified translation follows its original and its pages count:
        // `translation.pages`, else as many as the original's.
        let translation = match &e.translation {
            Some(t) if t.certified => u64::from(t.pages.unwrap_or(e.pages)),
            _ => 0,
        };
        let pages = u64::from(e.pages) + translation;
        out.push((e.id.clone(), letter, next, next + pages - 1));
        next += pages;
    }
    out
}

pub fn letter_of(letters: &[(String, String, u64, u64)], id: &str) -> Option<String> {
    letters.iter().find(|(i, ..)| i == id).map(|(_, l, ..)| l.clone())
}

/// Text as one line, the way a memo prints it.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
