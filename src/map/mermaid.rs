//! The evidence map as a Mermaid `flowchart`, for Markdown that GitHub and
//! other Mermaid viewers render: three columns, right to left from exhibits
//! to grounds, coloured by status, with every status and gap also in words.

use super::style::{BoxColours, EXHIBIT, GAP_POINT, INK, POINT, REQUESTED, UNCITED, palette};
use super::text::truncate;
use super::{ExhibitNode, Labels, Map, NodeRef};
use crate::check::Status;
use crate::model::EvidenceStatus;
use std::fmt::Write as _;

/// Label lines are wrapped at about this many pixels of 12-pixel text.
const LINE_WIDTH: f64 = 250.0;

pub fn render(map: &Map) -> String {
    let mut out = String::from("flowchart RL\n");
    out.push_str("  subgraph grounds [\"Grounds\"]\n");
    for (g, ground) in map.grounds.iter().enumerate() {
        let mut lines = lines(&map.ground_heading(g), 2);
        lines.push(format!("status: {}", ground.status.as_str().to_uppercase()));
        node(&mut out, &node_id(NodeRef::Ground(g), map), &lines);
    }
    out.push_str("  end\n  subgraph points [\"Points\"]\n");
    for (p, point) in map.points.iter().enumerate() {
        let mut lines = vec![map.point_heading(p)];
        lines.extend(self::lines(&point.label, 3));
        if point.is_gap() {
            lines.push("GAP: cites no evidence".to_owned());
        }
        node(&mut out, &node_id(NodeRef::Point(p), map), &lines);
    }
    out.push_str("  end\n  subgraph exhibits [\"Exhibits\"]\n");
    for (e, exhibit) in map.exhibits.iter().enumerate() {
        node(
            &mut out,
            &node_id(NodeRef::Exhibit(e), map),
            &exhibit_lines(map.labels, exhibit),
        );
    }
    out.push_str("  end\n");

    for edge in map.edges() {
        let requested = matches!(edge.from, NodeRef::Exhibit(e)
            if map.exhibits[e].status == EvidenceStatus::Requested);
        let _ = writeln!(
            out,
            "  {} {} {}",
            node_id(edge.from, map),
            if requested { "-.->" } else { "-->" },
            node_id(edge.to, map)
        );
    }
    class_defs(&mut out);
    assign_classes(&mut out, map);
    out
}

/// A class per ground status and per kind of point and exhibit box.
fn class_defs(out: &mut String) {
    for status in Status::ALL {
        let c = palette(status);
        let dash = if status.is_gap() {
            ",stroke-dasharray:5 3"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  classDef {} fill:{},stroke:{},stroke-width:2px,color:{INK}{dash}",
            status.as_str(),
            c.fill,
            c.stroke
        );
    }
    let boxes = [
        ("point", POINT, false),
        ("gappoint", GAP_POINT, true),
        ("exhibit", EXHIBIT, false),
        ("requested", REQUESTED, true),
        ("uncited", UNCITED, true),
    ];
    for (class, colours, gap) in boxes {
        class_def(out, class, colours, gap);
    }
}

/// Each node's class, as `class` lines listing the nodes of each class.
fn assign_classes(out: &mut String, map: &Map) {
    let mut classes: Vec<(&str, Vec<String>)> = Vec::new();
    let mut assign = |class: &'static str, id: String| match classes.iter_mut().find(|(c, _)| *c == class) {
        Some((_, ids)) => ids.push(id),
        None => classes.push((class, vec![id])),
    };
    for (g, ground) in map.grounds.iter().enumerate() {
        assign(ground.status.as_str(), node_id(NodeRef::Ground(g), map));
    }
    for (p, point) in map.points.iter().enumerate() {
        assign(
            if point.is_gap() { "gappoint" } else { "point" },
            node_id(NodeRef::Point(p), map),
        );
    }
    for (e, exhibit) in map.exhibits.iter().enumerate() {
        let class = match (exhibit.status, exhibit.cited) {
            (EvidenceStatus::Requested, _) => "requested",
            (EvidenceStatus::Received, false) => "uncited",
            (EvidenceStatus::Received, true) => "exhibit",
        };
        assign(class, node_id(NodeRef::Exhibit(e), map));
    }
    for (class, ids) in classes {
        let _ = writeln!(out, "  class {} {class}", ids.join(","));
    }
}

/// A class for points or exhibits: its colours, dashed for a gap.
fn class_def(out: &mut String, class: &str, BoxColours { fill, stroke }: BoxColours, gap: bool) {
    let dash = if gap { ",stroke-dasharray:5 3" } else { "" };
    let _ = writeln!(
        out,
        "  classDef {class} fill:{fill},stroke:{stroke}{dash},color:{INK}"
    );
}

/// An exhibit's lines: its letter, id and type (in a memo's terms, its
/// letter and type), its title, and what makes it a gap.
fn exhibit_lines(labels: Labels, exhibit: &ExhibitNode) -> Vec<String> {
    let head = match (labels, &exhibit.letter) {
        (Labels::Ids, Some(letter)) => {
            format!("Ex. {letter} \u{b7} {} \u{b7} {}", exhibit.id, exhibit.type_label)
        }
        (Labels::Ids, None) => format!("{} \u{b7} {}", exhibit.id, exhibit.type_label),
        (Labels::Memo, Some(letter)) => format!("Ex. {letter} \u{b7} {}", exhibit.type_label),
        // The title follows on the next line and names it.
        (Labels::Memo, None) => exhibit.type_label.clone(),
    };
    let mut out = lines(&head, 1);
    out.extend(lines(&exhibit.title, 2));
    match (exhibit.status, exhibit.cited) {
        (EvidenceStatus::Requested, true) => out.push("GAP: requested, not yet received".to_owned()),
        (EvidenceStatus::Requested, false) => out.push("GAP: requested; cited by no point".to_owned()),
        (EvidenceStatus::Received, false) => out.push("GAP: cited by no point".to_owned()),
        (EvidenceStatus::Received, true) => {}
    }
    out
}

/// Text cut to about `max` lines' worth, as one line: Mermaid wraps labels
/// itself, so breaks of our own would only add ragged short lines.
fn lines(text: &str, max: usize) -> Vec<String> {
    vec![truncate(text, LINE_WIDTH * max as f64, 12.0, false)]
}

/// Mermaid ids made from positions (`g1`, `p1_2`, `e3`), never from the
/// case file, so that no id can be a Mermaid keyword such as `end`.
fn node_id(node: NodeRef, map: &Map) -> String {
    match node {
        NodeRef::Ground(g) => format!("g{}", g + 1),
        NodeRef::Point(p) => {
            let point = &map.points[p];
            format!("p{}_{}", point.ground + 1, point.number)
        }
        NodeRef::Exhibit(e) => format!("e{}", e + 1),
    }
}

fn node(out: &mut String, id: &str, lines: &[String]) {
    let text: Vec<String> = lines.iter().map(|l| escape(l)).collect();
    let _ = writeln!(out, "    {id}[\"{}\"]", text.join("<br/>"));
}

/// Label text for inside a Mermaid `"…"`: characters that would end the
/// string, start markup or an entity, or be read as Markdown are written as
/// Mermaid entity codes; control characters are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            // Mermaid reads a backslash and `n` as a line break.
            '\\' => out.push_str("#92;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_become_entity_codes() {
        assert_eq!(
            escape("a \"b\" <i>&#1;`x` \\n"),
            "a #quot;b#quot; #lt;i#gt;#amp;#35;1;#96;x#96; #92;n"
        );
    }
}
