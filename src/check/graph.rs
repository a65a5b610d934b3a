//! The evidence graph: grounds, points and exhibits as nodes; a point
//! answers its ground, an exhibit proves the points that cite it.

use crate::model::Case;
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

/// Indexes are `u32`, as the graph's own are: a node is one of many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// Index into `case.grounds`.
    Ground(u32),
    /// Indexes into `case.grounds` and that ground's points.
    Point { ground: u32, point: u32 },
    /// Index into `case.evidence`.
    Evidence(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// Point → ground.
    Answers,
    /// Exhibit → point; `citation` is its index in the point's list, so
    /// that citation order survives the graph.
    Proves { citation: u32 },
}

pub struct EvidenceGraph {
    pub graph: DiGraph<NodeKind, EdgeKind>,
    pub grounds: Vec<NodeIndex>,
    /// Per ground, its points in file order.
    pub points: Vec<Vec<NodeIndex>>,
    pub evidence: Vec<NodeIndex>,
}

/// An index as the graph holds it; the graph's own `u32` indexes already
/// bound a case to fewer items than this.
fn index32(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 items")
}

impl EvidenceGraph {
    /// Builds the graph of a loaded case; every citation resolves, since
    /// loading refuses a case with a dangling reference.
    pub fn build(case: &Case) -> EvidenceGraph {
        let n_points: usize = case.grounds.iter().map(|g| g.points.len()).sum();
        let n_citations: usize = case
            .grounds
            .iter()
            .flat_map(|g| &g.points)
            .map(|p| p.citations.len())
            .sum();
        let mut graph = DiGraph::with_capacity(
            case.grounds.len() + n_points + case.evidence.len(),
            n_points + n_citations,
        );
        let evidence: Vec<NodeIndex> = (0..case.evidence.len())
            .map(|i| graph.add_node(NodeKind::Evidence(index32(i))))
            .collect();
        let index = case.evidence_index();
        let mut grounds = Vec::with_capacity(case.grounds.len());
        let mut points = Vec::with_capacity(case.grounds.len());
        for (g, ground) in case.grounds.iter().enumerate() {
            let ground_node = graph.add_node(NodeKind::Ground(index32(g)));
            grounds.push(ground_node);
            let mut ground_points = Vec::with_capacity(ground.points.len());
            for (p, point) in ground.points.iter().enumerate() {
                let point_node = graph.add_node(NodeKind::Point {
                    ground: index32(g),
                    point: index32(p),
                });
                graph.add_edge(point_node, ground_node, EdgeKind::Answers);
                for (c, citation) in point.citations.iter().enumerate() {
                    if let Some(i) = index.get(&citation.evidence) {
                        graph.add_edge(evidence[i], point_node, EdgeKind::Proves { citation: index32(c) });
                    }
                }
                ground_points.push(point_node);
            }
            points.push(ground_points);
        }
        EvidenceGraph {
            graph,
            grounds,
            points,
            evidence,
        }
    }

    /// The exhibits a point cites, in citation order, as evidence indexes.
    pub fn point_evidence(&self, point: NodeIndex) -> Vec<usize> {
        let mut cited: Vec<(u32, u32)> = self
            .graph
            .edges_directed(point, Direction::Incoming)
            .filter_map(
                |e| match (*e.weight(), self.graph[petgraph::visit::EdgeRef::source(&e)]) {
                    (EdgeKind::Proves { citation }, NodeKind::Evidence(i)) => Some((citation, i)),
                    _ => None,
                },
            )
            .collect();
        cited.sort_unstable();
        cited.into_iter().map(|(_, i)| i as usize).collect()
    }

    /// Every exhibit the ground's points cite, in first-cited order, without
    /// repeats.
    pub fn ground_evidence(&self, ground: usize) -> Vec<usize> {
        // A scan of the list is fastest for the usual handful of exhibits; a
        // set takes over for a ground that cites thousands.
        const SCAN: usize = 32;
        let mut cited = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for &point in &self.points[ground] {
            for i in self.point_evidence(point) {
                let new = if cited.len() < SCAN {
                    !cited.contains(&i)
                } else {
                    if seen.is_empty() {
                        seen.extend(cited.iter().copied());
                    }
                    seen.insert(i)
                };
                if new {
                    cited.push(i);
                }
            }
        }
        cited
    }

    /// The grounds whose points cite the exhibit, in ground order, each
    /// once: found from its own edges, not by a scan of every ground.
    pub fn citing_grounds(&self, evidence: usize) -> Vec<usize> {
        let mut grounds: Vec<usize> = self
            .graph
            .neighbors_directed(self.evidence[evidence], Direction::Outgoing)
            .filter_map(|n| match self.graph[n] {
                NodeKind::Point { ground, .. } => Some(ground as usize),
                _ => None,
            })
            .collect();
        grounds.sort_unstable();
        grounds.dedup();
        grounds
    }

    /// Whether any point cites the exhibit.
    pub fn is_cited(&self, evidence: usize) -> bool {
        self.graph
            .edges_directed(self.evidence[evidence], Direction::Outgoing)
            .next()
            .is_some()
    }
}
