//! `rebut graph` and the `map` renderers, checked against the case they
//! draw: every format has the case's nodes and edges, colours follow the
//! ground statuses, hostile text cannot break any format, and the SVG is
//! well-formed XML whose labels never overlap.

use crate::support::{self, Checked, Rebut, TODAY, root, scratch};
use rebut::check::Status;
use rebut::load::Source;
use rebut::map;
use rebut::model::Case;
use rebut::playbook::Playbook;
use std::collections::{BTreeMap, BTreeSet};

/// A case checked with `file:` paths resolved from `examples/`, whatever
/// its name.
fn load(name: &str, text: &str) -> Checked {
    let source = Source {
        base_dir: "examples".into(),
        ..Source::from_text(name, text)
    };
    support::check_source(&source, Playbook::builtin())
}

fn example(file: &str) -> Checked {
    load(
        file,
        &std::fs::read_to_string(root().join("examples").join(file)).unwrap(),
    )
}

/// Every usable example, the hostile case and a large generated one.
fn all_cases() -> Vec<Checked> {
    vec![
        example("denial-with-gaps.yaml"),
        example("noid-clean.yaml"),
        example("refiling-stale.yaml"),
        load("hostile", HOSTILE),
        load("generated", &generated_case(30, 100)),
    ]
}

/// Text that breaks naive escaping in every format.
const NASTY: &str = r#""q" & <b>x</b> 'y' \ a\b \n #quot; `t` --> end ]] %% {x} |y| ;"#;

const HOSTILE: &str = r#"rebut: 1
case:
  title: 'Case of "Zoë" <script>alert(1)</script> & co \ end'
  beneficiary: {name: "A \"B\" <C>", country: "X&Y"}
  filed: 2026-01-05
  decision: {kind: denial, date: 2026-06-01}
grounds:
  - id: end
    category: medical-urgency
    quote: "line one\nline \"two\" <three> & \\four\x85"
    responses:
      - point: |
          "q" & <b>x</b> 'y' \ a\b \n #quot; `t` --> end ]] %% {x} |y| ;
        evidence: [o1, x.y-z_1]
      - point: "**Bold** and [a link](http://example.org) with a \"quote\"\nand a new line"
  - id: o1-ground
    category: treatment-unavailable
    quote: 'It''s "unavailable".'
evidence:
  - id: o1
    type: physician-opinion
    title: |
      "q" & <b>x</b> 'y' \ a\b \n #quot; `t` --> end ]] %% {x} |y| ;
    author: "Dr. <Who>"
  - id: x.y-z_1
    type: medical-record
    title: "tab\there \"quoted\" & <angled> \\ bell\x85"
    status: requested
  - id: classDef
    type: other
    title: "subgraph end; click x"
"#;

/// A case of `grounds` grounds and `exhibits` exhibits, cited the way a
/// large real case is: mostly near their ground's place, now and then far
/// off; some grounds unanswered or asserted, some exhibits requested or
/// cited by nothing, titles short and very long.
fn generated_case(grounds: usize, exhibits: usize) -> String {
    let playbook = Playbook::builtin();
    let categories: Vec<&str> = playbook.category_ids().collect();
    let types: Vec<&str> = playbook
        .evidence_type_ids()
        .filter(|t| !playbook.is_opinion(t))
        .collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut rand = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let words = [
        "letter",
        "from",
        "the",
        "treating",
        "oncologist",
        "describing",
        "prognosis",
        "relapse",
        "hospital",
        "records",
        "Wójcik-Nakamura",
        "estimate",
        "sponsor",
        "affidavit",
        "translation",
        "W",
        "MMMM",
    ];
    let text = |rand: &mut dyn FnMut(usize) -> usize, n: usize| -> String {
        (0..n)
            .map(|_| words[rand(words.len())])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = String::from(
        "rebut: 1\ncase:\n  title: Generated case\n  beneficiary: {name: A. Person, country: Nowhere}\n  filed: 2026-01-05\n  decision: {kind: noid, date: 2026-06-01}\ngrounds:\n",
    );
    for g in 0..grounds {
        out.push_str(&format!(
            "  - id: G{}\n    category: {}\n    quote: {}\n",
            g + 1,
            categories[g % categories.len()],
            text(&mut rand, 12)
        ));
        if g % 11 == 4 {
            continue;
        }
        out.push_str("    responses:\n");
        for _ in 0..1 + rand(3) {
            let length = 3 + rand(40);
            out.push_str(&format!("      - point: {}\n", text(&mut rand, length)));
            let home = g * exhibits / grounds;
            let cited: Vec<String> = (0..rand(6))
                .map(|_| {
                    let e = if rand(8) == 0 {
                        rand(exhibits)
                    } else {
                        (home + rand(5)) % exhibits
                    };
                    format!("E{}", e + 1)
                })
                .collect();
            if !cited.is_empty() {
                out.push_str(&format!("        evidence: [{}]\n", cited.join(", ")));
            }
        }
    }
    out.push_str("evidence:\n");
    for e in 0..exhibits {
        let length = 1 + rand(if e % 10 == 0 { 60 } else { 12 });
        out.push_str(&format!(
            "  - id: E{}\n    type: {}\n    title: {}\n    author: Author {}\n",
            e + 1,
            types[e % types.len()],
            text(&mut rand, length),
            rand(4)
        ));
        if e % 9 == 3 {
            out.push_str("    status: requested\n");
        }
    }
    out
}

// What the case says, worked out here without the renderer.

fn one_line(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

fn point_count(case: &Case) -> usize {
    case.grounds.iter().map(|g| g.points.len()).sum()
}

/// (from, to, kind) for every edge: one per point to its ground, one per
/// distinct exhibit a point cites.
fn expected_edges(case: &Case) -> BTreeSet<(String, String, &'static str)> {
    let mut edges = BTreeSet::new();
    for g in &case.grounds {
        for (p, point) in g.points.iter().enumerate() {
            let id = format!("{}#{}", g.id, p + 1);
            edges.insert((id.clone(), g.id.clone(), "answers"));
            for c in &point.citations {
                edges.insert((c.evidence.clone(), id.clone(), "proves"));
            }
        }
    }
    edges
}

fn expected_edge_count(case: &Case) -> usize {
    expected_edges(case).len()
}

/// Exhibit letters by the spec: received and cited, in first-cited order.
fn expected_letters(case: &Case) -> BTreeMap<String, String> {
    let mut letters = BTreeMap::new();
    for citation in case
        .grounds
        .iter()
        .flat_map(|g| &g.points)
        .flat_map(|p| &p.citations)
    {
        let received = case.evidence_by_id(&citation.evidence).unwrap().is_received();
        if received && !letters.contains_key(&citation.evidence) {
            letters.insert(citation.evidence.clone(), map::letter(letters.len()));
        }
    }
    letters
}

fn rgb(hex: &str) -> (u8, u8, u8) {
    let v = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    (v(1), v(3), v(5))
}

// JSON

#[test]
fn json_has_every_node_and_edge_of_the_case() {
    for c in all_cases() {
        let json: serde_json::Value = serde_json::from_str(&c.map_json()).unwrap();
        let nodes = json["nodes"].as_array().unwrap();
        assert_eq!(
            nodes.len(),
            c.case.grounds.len() + point_count(&c.case) + c.case.evidence.len(),
            "{}",
            c.name
        );
        let ids: BTreeSet<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), nodes.len(), "{}: ids are unique", c.name);
        let edges: BTreeSet<(String, String, &str)> = json["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["from"].as_str().unwrap().to_owned(),
                    e["to"].as_str().unwrap().to_owned(),
                    if e["kind"] == "answers" {
                        "answers"
                    } else {
                        "proves"
                    },
                )
            })
            .collect();
        assert_eq!(
            json["edges"].as_array().unwrap().len(),
            edges.len(),
            "{}: no repeated edge",
            c.name
        );
        assert_eq!(edges, expected_edges(&c.case), "{}", c.name);
        for e in json["edges"].as_array().unwrap() {
            assert!(matches!(e["kind"].as_str(), Some("answers" | "proves")));
        }
    }
}

#[test]
fn json_nodes_carry_status_letter_gap_and_line() {
    for c in all_cases() {
        let json: serde_json::Value = serde_json::from_str(&c.map_json()).unwrap();
        let by_id: BTreeMap<&str, &serde_json::Value> = json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| (n["id"].as_str().unwrap(), n))
            .collect();
        for (g, result) in c.case.grounds.iter().zip(&c.report.grounds) {
            let node = by_id[g.id.as_str()];
            assert_eq!(node["kind"], "ground");
            assert_eq!(node["status"], result.status.as_str(), "{} {}", c.name, g.id);
            assert_eq!(node["gap"], result.status < Status::Supported);
            assert_eq!(node["line"], g.loc.line);
            for (p, point) in g.points.iter().enumerate() {
                let node = by_id[format!("{}#{}", g.id, p + 1).as_str()];
                assert_eq!(node["kind"], "point");
                assert_eq!(node["ground"], g.id.as_str());
                assert_eq!(node["gap"], point.citations.is_empty());
                assert_eq!(node["line"], point.loc.line);
                assert!(node.get("status").is_none());
            }
        }
        let letters = expected_letters(&c.case);
        for e in &c.case.evidence {
            let node = by_id[e.id.as_str()];
            assert_eq!(node["kind"], "exhibit");
            assert_eq!(node["status"], e.status.as_str());
            assert_eq!(node["label"], one_line(&e.title).as_str(), "{} {}", c.name, e.id);
            assert_eq!(
                node["letter"].as_str(),
                letters.get(&e.id).map(String::as_str),
                "{} {}",
                c.name,
                e.id
            );
            assert_eq!(node["line"], e.loc.line);
        }
    }
}

#[test]
fn json_is_the_same_on_every_run() {
    let c = load("generated", &generated_case(30, 100));
    let first = c.map_json();
    let again = load("generated", &generated_case(30, 100));
    assert_eq!(first, again.map_json());
    assert_eq!(c.svg(), again.svg());
}

// DOT

/// DOT tokens: quoted strings unescaped, and other runs as they are.
#[derive(Debug, PartialEq)]
enum Token {
    Quoted(String),
    Word(String),
    Punct(String),
}

fn dot_tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut s = String::new();
                loop {
                    match chars.next().expect("every DOT string is closed") {
                        '"' => break,
                        '\\' => match chars.next().unwrap() {
                            '"' => s.push('"'),
                            '\\' => s.push('\\'),
                            'n' => s.push('\n'),
                            other => panic!("unexpected escape \\{other}"),
                        },
                        '\n' => panic!("a raw newline inside a DOT string"),
                        c => s.push(c),
                    }
                }
                tokens.push(Token::Quoted(s));
            }
            '-' if chars.peek() == Some(&'>') => {
                chars.next();
                tokens.push(Token::Punct("->".into()));
            }
            c if c.is_whitespace() => {}
            c if c.is_alphanumeric() || c == '_' || c == '.' || c == '#' => {
                let mut s = String::from(c);
                while let Some(&d) = chars.peek() {
                    if d.is_alphanumeric() || d == '_' || d == '.' || d == '#' {
                        s.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(Token::Word(s));
            }
            c => tokens.push(Token::Punct(c.to_string())),
        }
    }
    tokens
}

/// Node statements (id → attributes) and edges of a DOT text written the
/// way `map::dot` writes it.
type Attrs = BTreeMap<String, String>;

/// The attribute list that starts at `tokens[*i]` (a `[`), if any.
fn dot_attrs(tokens: &[Token], i: &mut usize) -> Attrs {
    let mut attrs = BTreeMap::new();
    if tokens.get(*i) != Some(&Token::Punct("[".into())) {
        return attrs;
    }
    *i += 1;
    while tokens[*i] != Token::Punct("]".into()) {
        if let (Token::Word(k), Token::Punct(eq), v) = (&tokens[*i], &tokens[*i + 1], &tokens[*i + 2])
            && eq == "="
        {
            let v = match v {
                Token::Quoted(s) | Token::Word(s) => s.clone(),
                Token::Punct(p) => p.clone(),
            };
            attrs.insert(k.clone(), v);
            *i += 3;
        } else {
            *i += 1;
        }
    }
    attrs
}

struct Dot {
    nodes: BTreeMap<String, Attrs>,
    edges: Vec<(String, String)>,
    /// Edges drawn invisibly, only to steer the layout.
    invisible: Vec<(String, String)>,
}

/// Node statements and edges of a DOT text written the way `map::dot`
/// writes it.
fn dot_graph(text: &str) -> Dot {
    let tokens = dot_tokens(text);
    let mut dot = Dot {
        nodes: BTreeMap::new(),
        edges: Vec::new(),
        invisible: Vec::new(),
    };
    let mut i = 0;
    while i < tokens.len() {
        if let Token::Quoted(id) = &tokens[i] {
            if tokens.get(i + 1) == Some(&Token::Punct("->".into())) {
                let Token::Quoted(to) = &tokens[i + 2] else {
                    panic!("edge to a quoted id")
                };
                i += 3;
                let edge = (id.clone(), to.clone());
                if dot_attrs(&tokens, &mut i)
                    .get("style")
                    .is_some_and(|s| s == "invis")
                {
                    dot.invisible.push(edge);
                } else {
                    dot.edges.push(edge);
                }
                continue;
            }
            i += 1;
            if tokens.get(i) == Some(&Token::Punct("[".into())) {
                let attrs = dot_attrs(&tokens, &mut i);
                dot.nodes.insert(id.clone(), attrs);
            }
            continue;
        }
        i += 1;
    }
    dot
}

#[test]
fn dot_has_the_nodes_edges_and_colours_of_the_case() {
    for c in all_cases() {
        let text = c.dot();
        assert!(
            text.starts_with("digraph ") && text.trim_end().ends_with('}'),
            "{}",
            c.name
        );
        let Dot {
            nodes,
            edges,
            invisible,
        } = dot_graph(&text);
        // Only the chains that keep grounds and points in file order are
        // invisible.
        let ground_ids: Vec<String> = c.case.grounds.iter().map(|g| g.id.clone()).collect();
        let point_ids: Vec<String> = c
            .case
            .grounds
            .iter()
            .flat_map(|g| (1..=g.points.len()).map(move |p| format!("{}#{p}", g.id)))
            .collect();
        let chain: Vec<(String, String)> = [ground_ids, point_ids]
            .iter()
            .flat_map(|ids| ids.windows(2).map(|w| (w[0].clone(), w[1].clone())))
            .collect();
        assert_eq!(invisible, chain, "{}", c.name);
        assert_eq!(
            nodes.len(),
            c.case.grounds.len() + point_count(&c.case) + c.case.evidence.len(),
            "{}",
            c.name
        );
        assert_eq!(edges.len(), expected_edge_count(&c.case), "{}", c.name);
        let wanted: BTreeSet<(String, String)> = expected_edges(&c.case)
            .into_iter()
            .map(|(f, t, _)| (f, t))
            .collect();
        assert_eq!(edges.into_iter().collect::<BTreeSet<_>>(), wanted, "{}", c.name);
        for (g, result) in c.case.grounds.iter().zip(&c.report.grounds) {
            let attrs = &nodes[&g.id];
            assert_eq!(
                attrs["fillcolor"],
                map::palette(result.status).fill,
                "{} {}",
                c.name,
                g.id
            );
            assert!(attrs["label"].contains(&result.status.as_str().to_uppercase()));
        }
    }
}

#[test]
fn dot_labels_keep_hostile_text_intact() {
    let c = load("hostile", HOSTILE);
    let nodes = dot_graph(&c.dot()).nodes;
    let label = nodes["o1"]["label"].replace('\n', " ").replace("&amp;", "&");
    assert!(label.contains(&one_line(NASTY)), "{label}");
    let label = nodes["x.y-z_1"]["label"].replace('\n', " ").replace("&amp;", "&");
    assert!(
        label.contains(r#"tab here "quoted" & <angled> \ bell"#),
        "{label}"
    );
}

// Mermaid

struct Mermaid {
    /// id → label lines, entity codes decoded.
    nodes: BTreeMap<String, Vec<String>>,
    edges: Vec<(String, String, bool)>,
    class_of: BTreeMap<String, String>,
    class_defs: BTreeMap<String, String>,
}

fn decode_mermaid(label: &str) -> String {
    let mut out = String::new();
    let mut rest = label;
    while let Some(i) = rest.find('#') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(';').expect("an entity code ends in ;") + i;
        out.push_str(match &rest[i + 1..end] {
            "quot" => "\"",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "35" => "#",
            "96" => "`",
            "92" => "\\",
            other => panic!("unexpected entity #{other};"),
        });
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn parse_mermaid(text: &str) -> Mermaid {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("flowchart RL"));
    let mut m = Mermaid {
        nodes: BTreeMap::new(),
        edges: Vec::new(),
        class_of: BTreeMap::new(),
        class_defs: BTreeMap::new(),
    };
    for line in lines {
        let line = line.trim();
        if line == "end" || line.starts_with("subgraph ") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("classDef ") {
            let (name, style) = rest.split_once(' ').unwrap();
            m.class_defs.insert(name.to_owned(), style.to_owned());
        } else if let Some(rest) = line.strip_prefix("class ") {
            let (ids, class) = rest.split_once(' ').unwrap();
            for id in ids.split(',') {
                assert!(m.class_of.insert(id.to_owned(), class.to_owned()).is_none());
            }
        } else if let Some((id, label)) = line.split_once("[\"") {
            let label = label.strip_suffix("\"]").expect("a label closes where it should");
            // Nothing inside the quotes may end the string or open markup.
            assert!(!label.contains(['"', '<', '>', '`', '\n']) || label.contains("<br/>"));
            assert!(
                !label.replace("<br/>", "").contains(['"', '<', '>', '`']),
                "{label}"
            );
            let lines = label.split("<br/>").map(decode_mermaid).collect();
            assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "{id}");
            m.nodes.insert(id.to_owned(), lines);
        } else {
            let parts: Vec<&str> = line.split(' ').collect();
            assert_eq!(parts.len(), 3, "an edge line: {line}");
            assert!(parts[1] == "-->" || parts[1] == "-.->", "{line}");
            m.edges
                .push((parts[0].to_owned(), parts[2].to_owned(), parts[1] == "-.->"));
        }
    }
    m
}

#[test]
fn mermaid_has_the_nodes_edges_and_colours_of_the_case() {
    for c in all_cases() {
        let m = parse_mermaid(&c.mermaid());
        assert_eq!(
            m.nodes.len(),
            c.case.grounds.len() + point_count(&c.case) + c.case.evidence.len(),
            "{}",
            c.name
        );
        assert_eq!(m.edges.len(), expected_edge_count(&c.case), "{}", c.name);
        for (from, to, _) in &m.edges {
            assert!(
                m.nodes.contains_key(from) && m.nodes.contains_key(to),
                "{from} -> {to}"
            );
        }
        for id in m.nodes.keys() {
            assert!(m.class_of.contains_key(id), "{}: {id} has a class", c.name);
        }
        for (g, (ground, result)) in c.case.grounds.iter().zip(&c.report.grounds).enumerate() {
            let id = format!("g{}", g + 1);
            assert!(m.nodes[&id][0].starts_with(&ground.id));
            let class = &m.class_of[&id];
            assert_eq!(class, result.status.as_str());
            let fill = format!("fill:{}", map::palette(result.status).fill);
            assert!(m.class_defs[class].contains(&fill), "{}", m.class_defs[class]);
        }
        // Edges from requested evidence are dotted.
        for (from, _, dotted) in &m.edges {
            if let Some(e) = from.strip_prefix('e') {
                let e = &c.case.evidence[e.parse::<usize>().unwrap() - 1];
                assert_eq!(*dotted, !e.is_received());
            }
        }
    }
}

#[test]
fn mermaid_labels_keep_hostile_text_intact() {
    let c = load("hostile", HOSTILE);
    let m = parse_mermaid(&c.mermaid());
    let o1 = m.nodes["e1"][1..].join(" ");
    assert!(o1.contains(&one_line(NASTY)), "{o1}");
    let point = m.nodes["p1_1"][1..].join(" ");
    assert!(
        point.contains(r#""q" & x 'y' \ a\b \n #quot; t --> end ]] %% {x} |y| ;"#),
        "{point}"
    );
    assert!(m.nodes["g1"][0].starts_with("end "));
    assert!(!m.nodes.contains_key("end") && !m.nodes.contains_key("classDef"));
}

// SVG

fn svg_doc(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("the SVG is XML: {e}"))
}

fn num(node: roxmltree::Node, name: &str) -> f64 {
    node.attribute(name)
        .unwrap_or_else(|| panic!("{name} on {:?}", node.tag_name()))
        .parse()
        .unwrap()
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 - 0.01 && o.x0 < self.x1 - 0.01 && self.y0 < o.y1 - 0.01 && o.y0 < self.y1 - 0.01
    }
    fn contains(&self, o: &Rect) -> bool {
        o.x0 >= self.x0 - 0.01 && o.x1 <= self.x1 + 0.01 && o.y0 >= self.y0 - 0.01 && o.y1 <= self.y1 + 0.01
    }
}

/// The room a `<text>` takes: its estimated width, and from ascender to
/// descender.
fn text_box(t: roxmltree::Node) -> Rect {
    let size = num(t, "font-size");
    let bold = t.attribute("font-weight") == Some("bold");
    let x = num(t, "x");
    let y = num(t, "y");
    let width = map::text_width(t.text().unwrap_or(""), size, bold);
    Rect {
        x0: x,
        y0: y - 0.8 * size,
        x1: x + width,
        y1: y + 0.25 * size,
    }
}

fn rect_box(r: roxmltree::Node) -> Rect {
    let (x, y) = (num(r, "x"), num(r, "y"));
    Rect {
        x0: x,
        y0: y,
        x1: x + num(r, "width"),
        y1: y + num(r, "height"),
    }
}

fn nodes_of<'a>(doc: &'a roxmltree::Document, kind: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class").is_some_and(|c| c.starts_with("node")))
        .filter(|n| n.attribute("data-kind") == Some(kind))
        .collect()
}

#[test]
fn svg_has_a_titled_node_for_everything_and_an_edge_for_every_link() {
    for c in all_cases() {
        let text = c.svg();
        let doc = svg_doc(&text);
        let root = doc.root_element();
        assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
        assert_eq!(nodes_of(&doc, "ground").len(), c.case.grounds.len(), "{}", c.name);
        assert_eq!(nodes_of(&doc, "point").len(), point_count(&c.case), "{}", c.name);
        assert_eq!(
            nodes_of(&doc, "exhibit").len(),
            c.case.evidence.len(),
            "{}",
            c.name
        );
        let edges: BTreeSet<(String, String, &str)> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("edge"))
            .map(|n| {
                (
                    n.attribute("data-from").unwrap().to_owned(),
                    n.attribute("data-to").unwrap().to_owned(),
                    if n.attribute("data-kind") == Some("answers") {
                        "answers"
                    } else {
                        "proves"
                    },
                )
            })
            .collect();
        assert_eq!(edges, expected_edges(&c.case), "{}", c.name);
        for kind in ["ground", "point", "exhibit"] {
            for node in nodes_of(&doc, kind) {
                let title = node.first_element_child().expect("a node has children");
                assert!(
                    title.has_tag_name("title"),
                    "{}: the node's first child is its <title>",
                    c.name
                );
                assert!(title.text().is_some_and(|t| !t.is_empty()));
            }
        }
        // Nothing outside the file: no links, scripts or foreign objects.
        assert!(!text.contains("href") && !text.contains("<script") && !text.contains("<style"));
    }
}

#[test]
fn svg_grounds_are_coloured_by_status() {
    // The palette itself: red, amber, green.
    for status in Status::ALL {
        let (r, g, b) = rgb(map::palette(status).stroke);
        match status {
            Status::Unanswered | Status::Asserted => {
                assert!(u32::from(r) > 2 * u32::from(g.max(b)) && r > 150, "{status:?}")
            }
            Status::Pending => assert!(r > g && g > b && b < 80, "{status:?}"),
            Status::Supported | Status::Corroborated => assert!(g > r && g > b, "{status:?}"),
        }
    }
    let fills: BTreeSet<&str> = Status::ALL.iter().map(|s| map::palette(*s).fill).collect();
    assert_eq!(fills.len(), 5, "each status has its own fill");

    for c in all_cases() {
        let text = c.svg();
        let doc = svg_doc(&text);
        let grounds = nodes_of(&doc, "ground");
        for ((ground, result), node) in c.case.grounds.iter().zip(&c.report.grounds).zip(grounds) {
            assert_eq!(node.attribute("data-id"), Some(ground.id.as_str()));
            assert_eq!(node.attribute("data-status"), Some(result.status.as_str()));
            let rect = node.children().find(|n| n.has_tag_name("rect")).unwrap();
            assert_eq!(
                rect.attribute("fill"),
                Some(map::palette(result.status).fill),
                "{}",
                c.name
            );
            // The status is written on the node too, not shown by colour alone.
            let words: Vec<&str> = node.descendants().filter_map(|n| n.text()).collect();
            assert!(
                words.contains(&result.status.as_str().to_uppercase().as_str()),
                "{words:?}"
            );
        }
    }
}

#[test]
fn svg_labels_never_overlap_and_stay_inside_their_boxes() {
    for c in all_cases() {
        let text = c.svg();
        let doc = svg_doc(&text);
        let root = doc.root_element();
        let page = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: num(root, "width"),
            y1: num(root, "height"),
        };
        let texts: Vec<roxmltree::Node> = doc.descendants().filter(|n| n.has_tag_name("text")).collect();
        let boxes: Vec<Rect> = texts.iter().map(|t| text_box(*t)).collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                page.contains(a),
                "{}: {:?} leaves the page",
                c.name,
                texts[i].text()
            );
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                assert!(
                    !a.overlaps(b),
                    "{}: {:?} overlaps {:?}",
                    c.name,
                    texts[i].text(),
                    texts[j].text()
                );
            }
        }
        let mut node_boxes = Vec::new();
        for kind in ["ground", "point", "exhibit"] {
            for node in nodes_of(&doc, kind) {
                let frame = rect_box(node.children().find(|n| n.has_tag_name("rect")).unwrap());
                for t in node.descendants().filter(|n| n.has_tag_name("text")) {
                    assert!(
                        frame.contains(&text_box(t)),
                        "{}: {:?} leaves its box",
                        c.name,
                        t.text()
                    );
                }
                node_boxes.push(frame);
            }
        }
        for (i, a) in node_boxes.iter().enumerate() {
            assert!(
                node_boxes[i + 1..].iter().all(|b| !a.overlaps(b)),
                "{}: boxes overlap",
                c.name
            );
        }
    }
}

#[test]
fn svg_keeps_hostile_text_whole_in_titles() {
    let c = load("hostile", HOSTILE);
    let text = c.svg();
    let doc = svg_doc(&text);
    let title = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("data-id") == Some(id))
            .and_then(|n| n.first_element_child())
            .and_then(|t| t.text())
            .unwrap()
            .to_owned()
    };
    assert!(title("o1").contains(&one_line(NASTY)));
    // Markdown in a point is reduced to its text: the tags and backticks go.
    assert!(title("end#1").contains(r#""q" & x 'y' \ a\b \n #quot; t --> end ]] %% {x} |y| ;"#));
    assert!(title("end#2").contains("Bold and a link with a \"quote\" and a new line"));
    assert!(title("x.y-z_1").contains("tab here \"quoted\" & <angled> \\ bell"));
    assert!(title("end").contains("line one line \"two\" <three> & \\four"));
    let root_title = doc.root_element().first_element_child().unwrap();
    assert_eq!(
        root_title.text(),
        Some("Evidence map: Case of \"Zoë\" <script>alert(1)</script> & co \\ end")
    );
}

#[test]
fn svg_marks_every_gap() {
    for c in all_cases() {
        let text = c.svg();
        let doc = svg_doc(&text);
        let json: serde_json::Value = serde_json::from_str(&c.map_json()).unwrap();
        let gaps: BTreeSet<&str> = json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["gap"] == true)
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        let marked: BTreeSet<&str> = doc
            .descendants()
            .filter(|n| n.attribute("data-gap") == Some("true"))
            .map(|n| n.attribute("data-id").unwrap())
            .collect();
        assert_eq!(marked, gaps, "{}", c.name);
        // A gap box is dashed; every ground with no response has a
        // placeholder beside it.
        for node in doc
            .descendants()
            .filter(|n| n.attribute("data-gap") == Some("true"))
        {
            let rect = node.children().find(|n| n.has_tag_name("rect")).unwrap();
            assert!(rect.attribute("stroke-dasharray").is_some(), "{}", c.name);
        }
        let unanswered = c
            .report
            .grounds
            .iter()
            .filter(|g| g.status == Status::Unanswered)
            .count();
        let placeholders = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("placeholder"))
            .count();
        assert_eq!(placeholders, unanswered, "{}", c.name);
    }
}

/// Crossing pairs among edges given as (rank of one end, rank of the other).
fn crossing_pairs(edges: &[(usize, usize)]) -> usize {
    let mut n = 0;
    for (i, a) in edges.iter().enumerate() {
        n += edges[i + 1..]
            .iter()
            .filter(|b| (a.0 < b.0 && a.1 > b.1) || (a.0 > b.0 && a.1 < b.1))
            .count();
    }
    n
}

#[test]
fn svg_orders_the_columns_so_that_no_swap_of_neighbours_removes_a_crossing() {
    for c in all_cases() {
        let text = c.svg();
        let doc = svg_doc(&text);
        let reported: usize = doc
            .root_element()
            .attribute("data-crossings")
            .unwrap()
            .parse()
            .unwrap();
        // Each column's order, read from where the boxes are drawn.
        let column = |kind: &str| -> Vec<String> {
            let mut nodes: Vec<(f64, String)> = nodes_of(&doc, kind)
                .into_iter()
                .map(|n| {
                    let rect = n.children().find(|r| r.has_tag_name("rect")).unwrap();
                    (num(rect, "y"), n.attribute("data-id").unwrap().to_owned())
                })
                .collect();
            nodes.sort_by(|a, b| a.0.total_cmp(&b.0));
            nodes.into_iter().map(|(_, id)| id).collect()
        };
        let points = column("point");
        let exhibits = column("exhibit");
        let proves: Vec<(String, String)> = expected_edges(&c.case)
            .into_iter()
            .filter(|e| e.2 == "proves")
            .map(|(from, to, _)| (to, from))
            .collect();
        let count = |points: &[String], exhibits: &[String]| {
            let rank = |ids: &[String], id: &str| ids.iter().position(|x| x == id).unwrap();
            let edges: Vec<(usize, usize)> = proves
                .iter()
                .map(|(p, e)| (rank(points, p), rank(exhibits, e)))
                .collect();
            crossing_pairs(&edges)
        };
        let drawn = count(&points, &exhibits);
        assert_eq!(drawn, reported, "{}", c.name);

        // No worse than file order.
        let file_points: Vec<String> = c
            .case
            .grounds
            .iter()
            .flat_map(|g| (1..=g.points.len()).map(move |p| format!("{}#{p}", g.id)))
            .collect();
        let file_exhibits: Vec<String> = c.case.evidence.iter().map(|e| e.id.clone()).collect();
        assert!(drawn <= count(&file_points, &file_exhibits), "{}", c.name);

        // Grounds stay in file order, each ground's points together.
        assert_eq!(
            column("ground"),
            c.case.grounds.iter().map(|g| g.id.clone()).collect::<Vec<_>>()
        );
        let ground_of = |p: &String| p.split('#').next().unwrap().to_owned();
        let mut seen: Vec<String> = points.iter().map(ground_of).collect();
        seen.dedup();
        assert_eq!(
            seen.len(),
            c.case.grounds.iter().filter(|g| !g.points.is_empty()).count()
        );

        // Locally optimal: swapping two neighbours never helps.
        for i in 1..exhibits.len() {
            let mut swapped = exhibits.clone();
            swapped.swap(i - 1, i);
            assert!(
                count(&points, &swapped) >= drawn,
                "{}: swap {}",
                c.name,
                exhibits[i]
            );
        }
        for i in 1..points.len() {
            if ground_of(&points[i - 1]) == ground_of(&points[i]) {
                let mut swapped = points.clone();
                swapped.swap(i - 1, i);
                assert!(
                    count(&swapped, &exhibits) >= drawn,
                    "{}: swap {}",
                    c.name,
                    points[i]
                );
            }
        }
    }
}

// The command

#[test]
fn graph_command_writes_each_format_to_a_file_named_by_its_extension() {
    let dir = scratch("graph");
    let c = example("denial-with-gaps.yaml");
    for (file, expected) in [
        ("map.svg", c.svg()),
        ("map.gv", c.dot()),
        ("map.mmd", c.mermaid()),
        ("map.json", c.map_json()),
    ] {
        let target = dir.join(file);
        Rebut::new()
            .args(["graph", "--today", TODAY, "examples/denial-with-gaps.yaml", "-o"])
            .arg(&target)
            .status(0)
            .stdout("")
            .run();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), expected, "{file}");
    }
}

#[test]
fn graph_command_prints_the_chosen_format() {
    let c = example("noid-clean.yaml");
    Rebut::new()
        .args(["graph", "--today", TODAY, "--format", "mermaid"])
        .arg("examples/noid-clean.yaml")
        .status(0)
        .stdout(c.mermaid())
        .run();
}

#[test]
fn graph_command_refuses_to_write_over_its_input() {
    let dir = scratch("graph-input");
    let case = dir.join("case.yaml");
    let text = std::fs::read_to_string(root().join("examples/noid-clean.yaml")).unwrap();
    std::fs::write(&case, &text).unwrap();
    Rebut::new()
        .args(["graph", "--format", "svg"])
        .arg(&case)
        .arg("-o")
        .arg(&case)
        .status(2)
        .stderr_contains("input")
        .run();
    assert_eq!(std::fs::read_to_string(&case).unwrap(), text);
}

#[test]
fn graph_command_reports_an_unusable_case_with_status_2() {
    Rebut::new()
        .args(["graph", "examples/broken.yaml"])
        .status(2)
        .stdout("")
        .stderr_contains("broken.yaml:")
        .run();
}

/// The grounds citing an item, found from its edges, are those whose cited
/// evidence holds it, in ground order: what the letters and tasks ask.
#[test]
fn citing_grounds_are_the_grounds_whose_evidence_holds_the_item() {
    for c in all_cases() {
        let mut some = false;
        for i in 0..c.case.evidence.len() {
            let scan: Vec<usize> = (0..c.case.grounds.len())
                .filter(|&g| c.report.grounds[g].evidence.contains(&i))
                .collect();
            some |= scan.len() > 1;
            assert_eq!(c.graph.citing_grounds(i), scan, "{}: item {i}", c.name);
            assert_eq!(c.graph.is_cited(i), !scan.is_empty(), "{}: item {i}", c.name);
        }
        assert!(
            some || c.name != "generated",
            "the generated case has an item cited twice"
        );
    }
}

/// The index the action list and the memo context look things up in finds
/// what a scan of the whole case finds: for every ground, the document in
/// the file that would answer it (new, or not yet cited), and the current
/// opinions to cite in place of stale ones.
#[test]
fn the_lookup_finds_what_a_scan_of_the_case_finds() {
    use rebut::render::requests::{self, Lookup};
    let (mut answers, mut current) = (0, 0);
    for c in all_cases() {
        let lookup = Lookup::new(&c);
        for g in 0..c.case.grounds.len() {
            for new in [false, true] {
                let scan = requests::answers_in_file(&c, g, new);
                answers += usize::from(scan.is_some());
                assert_eq!(
                    lookup.answers_in_file(g, new),
                    scan,
                    "{}: ground {g}, new {new}",
                    c.name
                );
            }
            let scan = requests::current_for(&c, g);
            current += scan.len();
            assert_eq!(lookup.current_for(g), scan, "{}: ground {g}", c.name);
        }
    }
    assert!(
        answers > 0 && current > 0,
        "the cases have answers in the file ({answers}) and current opinions ({current})"
    );
}
