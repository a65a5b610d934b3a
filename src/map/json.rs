//! `rebut graph --format json`: the evidence map as data for other tools.
//! The README documents it; fields may be added, never renamed.

use super::Map;
use serde::Serialize;

#[derive(Serialize)]
struct MapJson<'a> {
    format: u32,
    case: &'a str,
    nodes: Vec<NodeJson<'a>>,
    edges: Vec<EdgeJson<'a>>,
}

#[derive(Serialize)]
struct NodeJson<'a> {
    id: &'a str,
    kind: &'static str,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ground: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    letter: Option<&'a str>,
    gap: bool,
    line: u32,
}

#[derive(Serialize)]
struct EdgeJson<'a> {
    from: &'a str,
    to: &'a str,
    kind: &'static str,
}

pub fn render(map: &Map) -> String {
    let node = |id, kind, label, gap, line| NodeJson {
        id,
        kind,
        label,
        status: None,
        category: None,
        ground: None,
        letter: None,
        gap,
        line,
    };
    let mut nodes = Vec::new();
    for g in &map.grounds {
        nodes.push(NodeJson {
            status: Some(g.status.as_str()),
            category: Some(&g.category),
            ..node(&g.id, "ground", &g.label, g.is_gap(), g.line)
        });
    }
    for p in &map.points {
        nodes.push(NodeJson {
            ground: Some(&map.grounds[p.ground].id),
            ..node(&p.id, "point", &p.label, p.is_gap(), p.line)
        });
    }
    for e in &map.exhibits {
        nodes.push(NodeJson {
            status: Some(e.status.as_str()),
            letter: e.letter.as_deref(),
            ..node(&e.id, "exhibit", &e.title, e.is_gap(), e.line)
        });
    }
    let edges = map
        .edges()
        .into_iter()
        .map(|e| EdgeJson {
            from: map.id(e.from),
            to: map.id(e.to),
            kind: e.kind.as_str(),
        })
        .collect();
    let json = MapJson {
        format: 1,
        case: &map.title,
        nodes,
        edges,
    };
    let mut text = serde_json::to_string_pretty(&json).expect("the map serialises");
    text.push('\n');
    text
}
