//! Graphviz source for the evidence map: the same nodes, colours and labels
//! as the SVG, laid out right to left so that grounds come first.

use super::style::{BoxColours, EDGE, GAP_POINT, INK, MUTED, REQUESTED, UNCITED, WHITE, palette};
use super::text::{text_width, wrap};
use super::{ExhibitNode, GroundNode, Map, PointNode};
use crate::model::EvidenceStatus;
use std::fmt::Write as _;

/// Label lines are wrapped at about this many pixels of 12-pixel text.
const LINE_WIDTH: f64 = 250.0;

pub fn render(map: &Map) -> String {
    let mut out = String::new();
    out.push_str("digraph \"evidence map\" {\n");
    let _ = writeln!(
        out,
        "  graph [rankdir=RL, ranksep=1.2, nodesep=0.18, fontname=\"Helvetica\", fontsize=14, labelloc=t, labeljust=l, label={}];",
        label(&[
            format!("Evidence map: {}", map.title),
            "Grounds (left) by status; points (middle); exhibits (right). Dashed: a gap.".to_owned(),
        ])
    );
    let _ = writeln!(
        out,
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, color=\"{MUTED}\", fillcolor=\"{WHITE}\"];"
    );
    let _ = writeln!(out, "  edge [color=\"{EDGE}\", arrowsize=0.7];");

    out.push_str("  { rank=same;\n");
    for ground in &map.grounds {
        ground_node(&mut out, ground);
    }
    out.push_str("  }\n  { rank=same;\n");
    for point in &map.points {
        point_node(&mut out, map, point);
    }
    out.push_str("  }\n  { rank=same;\n");
    for exhibit in &map.exhibits {
        exhibit_node(&mut out, exhibit);
    }
    out.push_str("  }\n");
    // Invisible links between consecutive grounds, and between consecutive
    // points, keep both columns in file order (G1 on top, each ground's
    // points together); Graphviz orders the exhibits.
    let grounds = map.grounds.iter().map(|g| &g.id);
    let points = map.points.iter().map(|p| &p.id);
    for column in [grounds.collect::<Vec<_>>(), points.collect()] {
        for pair in column.windows(2) {
            let _ = writeln!(out, "  {} -> {} [style=invis];", id(pair[0]), id(pair[1]));
        }
    }

    for edge in map.edges() {
        let _ = write!(out, "  {} -> {}", id(map.id(edge.from)), id(map.id(edge.to)));
        let requested = matches!(edge.from, super::NodeRef::Exhibit(e)
            if map.exhibits[e].status == EvidenceStatus::Requested);
        if requested {
            out.push_str(" [style=dashed]");
        }
        out.push_str(";\n");
    }
    out.push_str("}\n");
    out
}

fn ground_node(out: &mut String, ground: &GroundNode) {
    let colours = palette(ground.status);
    let mut lines = wrap_lines(&format!("{} \u{b7} {}", ground.id, ground.label), 2);
    lines.push(format!("status: {}", ground.status.as_str().to_uppercase()));
    let style = if ground.is_gap() {
        "rounded,filled,dashed"
    } else {
        "rounded,filled"
    };
    let _ = writeln!(
        out,
        "    {} [label={}, tooltip={}, style=\"{style}\", fillcolor=\"{}\", color=\"{}\", fontcolor=\"{INK}\", penwidth=2];",
        id(&ground.id),
        label(&lines),
        label(&[format!(
            "{} ({}): {}",
            ground.label,
            ground.status.as_str(),
            ground.quote
        )]),
        colours.fill,
        colours.stroke,
    );
}

fn point_node(out: &mut String, map: &Map, point: &PointNode) {
    let mut lines = vec![format!(
        "{} \u{b7} point {}",
        map.grounds[point.ground].id, point.number
    )];
    lines.extend(wrap_lines(&point.label, 3));
    let mut attrs = String::new();
    if point.is_gap() {
        lines.push("GAP: cites no evidence".to_owned());
        attrs = dashed(GAP_POINT);
    }
    let _ = writeln!(
        out,
        "    {} [label={}, tooltip={}{attrs}];",
        id(&point.id),
        label(&lines),
        label(std::slice::from_ref(&point.label)),
    );
}

fn exhibit_node(out: &mut String, exhibit: &ExhibitNode) {
    let head = match &exhibit.letter {
        Some(letter) => format!("Ex. {letter} \u{b7} {} \u{b7} {}", exhibit.id, exhibit.type_label),
        None => format!("{} \u{b7} {}", exhibit.id, exhibit.type_label),
    };
    let mut lines = wrap_lines(&head, 1);
    lines.extend(wrap_lines(&exhibit.title, 2));
    let mut attrs = String::new();
    match (exhibit.status, exhibit.cited) {
        (EvidenceStatus::Requested, cited) => {
            lines.push(
                if cited {
                    "GAP: requested, not yet received"
                } else {
                    "GAP: requested; cited by no point"
                }
                .to_owned(),
            );
            attrs = dashed(REQUESTED);
        }
        (EvidenceStatus::Received, false) => {
            lines.push("GAP: cited by no point".to_owned());
            // Outlined in the default grey.
            attrs = format!(
                ", style=\"rounded,filled,dashed\", fillcolor=\"{}\"",
                UNCITED.fill
            );
        }
        (EvidenceStatus::Received, true) => {}
    }
    let _ = writeln!(
        out,
        "    {} [label={}, tooltip={}{attrs}];",
        id(&exhibit.id),
        label(&lines),
        label(&[format!(
            "{}: {} ({})",
            exhibit.type_label,
            exhibit.title,
            exhibit.status.as_str()
        )]),
    );
}

/// The attributes of a gap's box: dashed, in `colours`.
fn dashed(colours: BoxColours) -> String {
    format!(
        ", style=\"rounded,filled,dashed\", color=\"{}\", fillcolor=\"{}\"",
        colours.stroke, colours.fill
    )
}

fn wrap_lines(text: &str, max: usize) -> Vec<String> {
    let lines = wrap(text, LINE_WIDTH, LINE_WIDTH, 12.0, false, max);
    debug_assert!(
        lines
            .iter()
            .all(|l| text_width(l, 12.0, false) <= LINE_WIDTH + 1.0)
    );
    lines
}

/// A node id as a DOT quoted string.
fn id(text: &str) -> String {
    quote(text, false)
}

/// Label lines as one DOT quoted string, lines centred.
fn label(lines: &[String]) -> String {
    let escaped: Vec<String> = lines.iter().map(|l| quote(l, true)).collect();
    let inner: Vec<&str> = escaped.iter().map(|q| &q[1..q.len() - 1]).collect();
    format!("\"{}\"", inner.join("\\n"))
}

/// `text` in double quotes: a quote or a backslash is escaped with a
/// backslash (so `\n` in the text stays two characters), control characters
/// are dropped, and in labels `&` is written `&amp;` because Graphviz reads
/// entities in labels.
fn quote(text: &str, is_label: bool) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '&' if is_label => out.push_str("&amp;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_backslashes_are_escaped() {
        assert_eq!(quote(r#"a "b" \n & c"#, true), r#""a \"b\" \\n &amp; c""#);
        assert_eq!(id("G1#2"), "\"G1#2\"");
        assert_eq!(label(&["one".to_owned(), "t\"wo".to_owned()]), r#""one\nt\"wo""#);
    }
}
