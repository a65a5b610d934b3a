//! The evidence map: the evidence graph as a picture (SVG drawn by `rebut`
//! itself, Graphviz DOT, a Mermaid flowchart) and as data (JSON).
//!
//! [`Map::build`] gathers what every format shows from the case, the
//! evidence graph and the check report: grounds with their status, the
//! points answering them, the exhibits proving the points, and which of
//! them are gaps. Each format then renders that one model, escaping the
//! case file's text in its own way.

mod canvas;
mod dot;
mod json;
mod key;
mod layout;
mod mermaid;
mod style;
mod svg;
mod text;

pub use crate::exhibits::letter;
pub use style::{Palette, palette};
pub use text::{plain_text, text_width};

use crate::check::{Checked, Status};
use crate::model::EvidenceStatus;
use crate::text::roman;

/// The SVG evidence map: self-contained, embeddable in HTML as it is.
pub fn svg(checked: &Checked) -> String {
    svg::render(&Map::build(checked))
}

/// Graphviz source of the evidence map, for `dot -Tsvg` and the like.
pub fn dot(checked: &Checked) -> String {
    dot::render(&Map::build(checked))
}

/// A Mermaid `flowchart` of the evidence map, without the Markdown fence.
pub fn mermaid(checked: &Checked) -> String {
    mermaid::render(&Map::build(checked))
}

/// The evidence map as JSON (documented in the README), ending in a newline.
pub fn json(checked: &Checked) -> String {
    json::render(&Map::build(checked))
}

/// The SVG evidence map in a memo's terms (see [`Map::for_memo`]).
pub fn svg_for_memo(checked: &Checked) -> String {
    svg::render(&Map::for_memo(checked))
}

/// The Mermaid evidence map in a memo's terms (see [`Map::for_memo`]).
pub fn mermaid_for_memo(checked: &Checked) -> String {
    mermaid::render(&Map::for_memo(checked))
}

/// How the map's text names grounds, points and exhibits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// By the case file's ids (`G1`, `G1#2`, `dr-paz-2026`), for `rebut graph`.
    Ids,
    /// As a memo does: `Ground I`, `Ground I, point 2`, and an exhibit by its
    /// letter or, without one, its title. Ids stay only in attributes no
    /// reader sees (`data-id`).
    Memo,
}

/// Everything the map shows, in file order.
#[derive(Debug, Clone)]
pub struct Map {
    pub labels: Labels,
    pub title: String,
    pub grounds: Vec<GroundNode>,
    /// All points, grouped by ground in ground order.
    pub points: Vec<PointNode>,
    pub exhibits: Vec<ExhibitNode>,
}

#[derive(Debug, Clone)]
pub struct GroundNode {
    pub id: String,
    pub category: String,
    /// The category's label in the playbook (its id when it has none).
    pub label: String,
    /// The decision's words, as plain text on one line.
    pub quote: String,
    pub cite: Option<String>,
    pub status: Status,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub struct PointNode {
    /// `G1#2` for the second point of ground `G1`: `#` cannot occur in a
    /// case file's ids, so this never clashes with one.
    pub id: String,
    /// Index into [`Map::grounds`].
    pub ground: usize,
    /// 1-based position among its ground's points.
    pub number: usize,
    /// The point's text, Markdown removed, on one line.
    pub label: String,
    /// Indexes into [`Map::exhibits`], in citation order, without repeats.
    pub exhibits: Vec<usize>,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub struct ExhibitNode {
    pub id: String,
    pub title: String,
    /// The evidence type's label in the playbook.
    pub type_label: String,
    /// `A`, `B`, …: only received exhibits that a point cites have one.
    pub letter: Option<String>,
    pub status: EvidenceStatus,
    pub cited: bool,
    pub line: u32,
}

/// One node of the map, by kind and index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeRef {
    Ground(usize),
    Point(usize),
    Exhibit(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EdgeKind {
    /// Point → ground.
    Answers,
    /// Exhibit → point.
    Proves,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub from: NodeRef,
    pub to: NodeRef,
    pub kind: EdgeKind,
}

impl GroundNode {
    /// Unanswered, asserted and pending grounds cannot yet be shown.
    pub fn is_gap(&self) -> bool {
        self.status.is_gap()
    }
}

impl PointNode {
    /// A point that cites no evidence.
    pub fn is_gap(&self) -> bool {
        self.exhibits.is_empty()
    }
}

impl ExhibitNode {
    /// Evidence not yet in hand, or that no point cites.
    pub fn is_gap(&self) -> bool {
        self.status == EvidenceStatus::Requested || !self.cited
    }
}

impl Map {
    /// The map in a memo's terms: the same nodes and edges as
    /// [`Map::build`], with [`Labels::Memo`].
    pub fn for_memo(checked: &Checked) -> Map {
        Map {
            labels: Labels::Memo,
            ..Map::build(checked)
        }
    }

    pub fn build(checked: &Checked) -> Map {
        let Checked {
            case,
            report,
            playbook,
            graph,
            plan,
            ..
        } = checked;
        let grounds = case
            .grounds
            .iter()
            .zip(&report.grounds)
            .map(|(g, r)| GroundNode {
                id: g.id.clone(),
                category: g.category.clone(),
                label: playbook
                    .category(&g.category)
                    .map_or_else(|| g.category.clone(), |c| text::one_line(&c.label)),
                quote: text::one_line(&g.quote),
                cite: g.cite.as_deref().map(text::one_line),
                status: r.status,
                line: g.loc.line,
            })
            .collect();
        let mut points = Vec::new();
        for (g, ground) in case.grounds.iter().enumerate() {
            for (p, point) in ground.points.iter().enumerate() {
                let mut exhibits = graph.point_evidence(graph.points[g][p]);
                let mut seen = Vec::with_capacity(exhibits.len());
                exhibits.retain(|i| {
                    let new = !seen.contains(i);
                    seen.push(*i);
                    new
                });
                points.push(PointNode {
                    id: format!("{}#{}", ground.id, p + 1),
                    ground: g,
                    number: p + 1,
                    label: plain_text(&point.text),
                    exhibits,
                    line: point.loc.line,
                });
            }
        }
        let exhibits = case
            .evidence
            .iter()
            .enumerate()
            .map(|(i, e)| ExhibitNode {
                id: e.id.clone(),
                title: text::one_line(&e.title),
                type_label: text::one_line(playbook.type_label(e.kind())),
                letter: plan.of(i).map(|x| x.letter.clone()),
                status: e.status,
                cited: graph.is_cited(i),
                line: e.loc.line,
            })
            .collect();
        Map {
            labels: Labels::Ids,
            title: text::one_line(&case.info.title),
            grounds,
            points,
            exhibits,
        }
    }

    /// Every edge: for each point in order, the edge to its ground, then
    /// one from each exhibit it cites, in citation order.
    pub fn edges(&self) -> Vec<Edge> {
        let mut edges = Vec::new();
        for (p, point) in self.points.iter().enumerate() {
            edges.push(Edge {
                from: NodeRef::Point(p),
                to: NodeRef::Ground(point.ground),
                kind: EdgeKind::Answers,
            });
            for &e in &point.exhibits {
                edges.push(Edge {
                    from: NodeRef::Exhibit(e),
                    to: NodeRef::Point(p),
                    kind: EdgeKind::Proves,
                });
            }
        }
        edges
    }

    /// The id a node has in the JSON, DOT and SVG outputs.
    pub fn id(&self, node: NodeRef) -> &str {
        match node {
            NodeRef::Ground(i) => &self.grounds[i].id,
            NodeRef::Point(i) => &self.points[i].id,
            NodeRef::Exhibit(i) => &self.exhibits[i].id,
        }
    }

    /// A ground as running text calls it: `Ground G1`, or `Ground I`.
    pub fn ground_called(&self, g: usize) -> String {
        match self.labels {
            Labels::Ids => format!("Ground {}", self.grounds[g].id),
            Labels::Memo => format!("Ground {}", roman(g + 1)),
        }
    }

    /// The first line of a ground's box: `G1 · Medical urgency`, or
    /// `Ground I · Medical urgency`.
    pub fn ground_heading(&self, g: usize) -> String {
        let ground = &self.grounds[g];
        match self.labels {
            Labels::Ids => format!("{} \u{b7} {}", ground.id, ground.label),
            Labels::Memo => format!("{} \u{b7} {}", self.ground_called(g), ground.label),
        }
    }

    /// The first line of a point's box: `G1 · point 2`, or
    /// `Ground I, point 2`.
    pub fn point_heading(&self, p: usize) -> String {
        let point = &self.points[p];
        match self.labels {
            Labels::Ids => format!("{} \u{b7} point {}", self.grounds[point.ground].id, point.number),
            Labels::Memo => format!("{}, point {}", self.ground_called(point.ground), point.number),
        }
    }

    /// An exhibit as running text calls it: `E1 (Ex. A)` or `E1`, or in a
    /// memo's terms `Ex. A` or, without a letter, its title.
    pub fn exhibit_name(&self, e: usize) -> String {
        let exhibit = &self.exhibits[e];
        match (self.labels, &exhibit.letter) {
            (Labels::Ids, Some(letter)) => format!("{} (Ex. {letter})", exhibit.id),
            (Labels::Ids, None) => exhibit.id.clone(),
            (Labels::Memo, Some(letter)) => format!("Ex. {letter}"),
            (Labels::Memo, None) => exhibit.title.clone(),
        }
    }

    /// The points of ground `g`, as indexes into [`Map::points`].
    pub fn ground_points(&self, g: usize) -> impl Iterator<Item = usize> + '_ {
        self.points
            .iter()
            .enumerate()
            .filter(move |(_, p)| p.ground == g)
            .map(|(i, _)| i)
    }

    /// How many nodes of the map are gaps.
    pub fn gap_count(&self) -> usize {
        self.grounds.iter().filter(|g| g.is_gap()).count()
            + self.points.iter().filter(|p| p.is_gap()).count()
            + self.exhibits.iter().filter(|e| e.is_gap()).count()
    }
}
