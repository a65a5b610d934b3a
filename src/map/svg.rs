//! The SVG evidence map, drawn without Graphviz: grounds, points and
//! exhibits in three columns, edges between them, and a key.
//!
//! The SVG uses presentation attributes only, with no `<style>`, ids or
//! external references, so that several maps can sit inline in one HTML page
//! without interfering. Every text is its own `<text>` at absolute
//! coordinates and fitted to its box by [`text_width`]; every node carries
//! its full text in a `<title>`.

use super::canvas::{Svg, Text, esc, n};
use super::key;
use super::layout::{self, Input, Placement};
use super::style::{
    BoxColours, EDGE, EXHIBIT, EXHIBIT_W, EXHIBIT_X, FONT, GAP_INK, GAP_POINT, GROUND_W, GROUND_X, INK,
    MARGIN, MUTED, POINT, POINT_W, POINT_X, Palette, REQUESTED, TAB, UNCITED, WHITE, WIDTH, palette,
};
use super::text::{text_width, truncate, wrap};
use super::{EdgeKind, ExhibitNode, Labels, Map, PointNode};
use crate::check::Status;
use crate::model::EvidenceStatus;
use std::fmt::Write as _;

/// Space between a box's edge and its content.
const PAD: f64 = 10.0;
/// Room kept clear at the top right of each box for the gap mark.
const BADGE_ROOM: f64 = 22.0;

/// Something drawn inside a node's box, relative to its top left corner.
enum Item {
    Text(Text),
    /// A Harvey ball showing a status's strength without colour.
    Ball {
        cx: f64,
        cy: f64,
        status: Status,
    },
    /// The dark tab behind an exhibit letter.
    Tab {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
}

/// A node's content and the height it needs.
struct Card {
    items: Vec<Item>,
    height: f64,
}

impl Card {
    /// Draws the card with its top left corner at (`x`, `y`).
    fn draw(&self, svg: &mut Svg, x: f64, y: f64) {
        for item in &self.items {
            match item {
                Item::Text(t) => svg.text(t, x, y),
                Item::Ball { cx, cy, status } => svg.ball(x + cx, y + cy, *status),
                Item::Tab { x: tx, y: ty, w, h } => {
                    let _ = writeln!(
                        svg.out,
                        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{TAB}"/>"#,
                        n(x + tx),
                        n(y + ty),
                        n(*w),
                        n(*h)
                    );
                }
            }
        }
    }
}

/// Fills a card row by row.
struct CardBuilder {
    items: Vec<Item>,
    y: f64,
}

fn line_height(size: f64) -> f64 {
    (size * 1.35).round()
}

impl CardBuilder {
    fn new() -> Self {
        CardBuilder {
            items: Vec::new(),
            y: PAD - 2.0,
        }
    }

    /// Starts a row of `size`; returns its baseline.
    fn row(&mut self, size: f64) -> f64 {
        let baseline = self.y + size;
        self.y += line_height(size);
        baseline
    }

    fn text(&mut self, x: f64, baseline: f64, text: String, size: f64, bold: bool, fill: &'static str) {
        self.items.push(Item::Text(Text {
            x,
            baseline,
            text,
            size,
            bold,
            italic: false,
            fill,
        }));
    }

    fn note(&mut self, text: &str, width: f64) {
        let baseline = self.row(11.0);
        self.items.push(Item::Text(Text {
            x: PAD,
            baseline,
            text: truncate(text, width, 11.0, false),
            size: 11.0,
            bold: false,
            italic: true,
            fill: GAP_INK,
        }));
    }

    fn lines(&mut self, lines: Vec<String>, size: f64, bold: bool, fill: &'static str) {
        for line in lines {
            let baseline = self.row(size);
            self.text(PAD, baseline, line, size, bold, fill);
        }
    }

    fn finish(self) -> Card {
        Card {
            items: self.items,
            height: (self.y + PAD).ceil(),
        }
    }
}

fn ground_card(map: &Map, g: usize) -> Card {
    let ground = &map.grounds[g];
    let inner = GROUND_W - 2.0 * PAD;
    let mut card = CardBuilder::new();
    let heading = map.ground_heading(g);
    card.lines(
        wrap(&heading, inner - BADGE_ROOM, inner, 13.0, true, 3),
        13.0,
        true,
        INK,
    );
    card.y += 2.0;
    let baseline = card.row(11.0);
    card.items.push(Item::Ball {
        cx: PAD + 6.0,
        cy: baseline - 4.0,
        status: ground.status,
    });
    let word = ground.status.as_str().to_uppercase();
    let word = truncate(&word, inner - 18.0, 11.0, true);
    card.text(
        PAD + 18.0,
        baseline,
        word,
        11.0,
        true,
        palette(ground.status).text,
    );
    if let Some(cite) = &ground.cite {
        let baseline = card.row(11.0);
        card.text(
            PAD,
            baseline,
            truncate(cite, inner, 11.0, false),
            11.0,
            false,
            MUTED,
        );
    }
    card.finish()
}

fn point_card(map: &Map, p: usize) -> Card {
    let point = &map.points[p];
    let inner = POINT_W - 2.0 * PAD;
    let mut card = CardBuilder::new();
    let baseline = card.row(11.0);
    let heading = map.point_heading(p);
    card.text(
        PAD,
        baseline,
        truncate(&heading, inner - BADGE_ROOM, 11.0, false),
        11.0,
        false,
        MUTED,
    );
    card.lines(wrap(&point.label, inner, inner, 12.0, false, 3), 12.0, false, INK);
    if point.is_gap() {
        card.note("cites no evidence", inner);
    }
    card.finish()
}

/// An exhibit's box: its letter tab, its id (left out in a memo's terms),
/// its type, its title and what makes it a gap.
fn exhibit_card(labels: Labels, exhibit: &ExhibitNode) -> Card {
    let inner = EXHIBIT_W - 2.0 * PAD;
    let mut card = CardBuilder::new();
    let baseline = card.row(12.0);
    let mut x = PAD;
    if let Some(letter) = &exhibit.letter {
        let letter = truncate(letter, 60.0, 11.0, true);
        let w = text_width(&letter, 11.0, true) + 8.0;
        card.items.push(Item::Tab {
            x,
            y: baseline - 12.0,
            w,
            h: 16.0,
        });
        card.text(x + 4.0, baseline, letter, 11.0, true, WHITE);
        x += w + 6.0;
    }
    let mut after_id = x;
    if labels == Labels::Ids {
        let room = PAD + inner - BADGE_ROOM - x;
        let id = truncate(&exhibit.id, room, 12.0, true);
        after_id = x + text_width(&id, 12.0, true) + 6.0;
        card.text(x, baseline, id, 12.0, true, INK);
    }
    // The type follows the id when it fits whole, else takes a row of its own.
    if text_width(&exhibit.type_label, 11.0, false) <= PAD + inner - BADGE_ROOM - after_id {
        card.text(after_id, baseline, exhibit.type_label.clone(), 11.0, false, MUTED);
    } else {
        let baseline = card.row(11.0);
        let kind = truncate(&exhibit.type_label, inner, 11.0, false);
        card.text(PAD, baseline, kind, 11.0, false, MUTED);
    }
    card.lines(
        wrap(&exhibit.title, inner, inner, 12.0, false, 2),
        12.0,
        false,
        INK,
    );
    match (exhibit.status, exhibit.cited) {
        (EvidenceStatus::Requested, true) => card.note("requested, not yet received", inner),
        (EvidenceStatus::Requested, false) => card.note("requested; cited by no point", inner),
        (EvidenceStatus::Received, false) => card.note("cited by no point", inner),
        (EvidenceStatus::Received, true) => {}
    }
    card.finish()
}

pub fn render(map: &Map) -> String {
    let proves = proves(map);
    let mut header = Svg { out: String::new() };
    let top = key::header(&mut header, map);
    let sheet = lay_out(map, &proves, top);

    let mut svg = Svg { out: String::new() };
    frame(&mut svg, map, &sheet);
    svg.out.push_str(&header.out);
    // Edges first, so that boxes cover their ends.
    draw_edges(&mut svg, map, &sheet, &proves);
    draw_grounds(&mut svg, map, &sheet);
    draw_points(&mut svg, map, &sheet);
    draw_exhibits(&mut svg, map, &sheet);
    svg.out.push_str("</svg>\n");
    svg.out
}

/// Every (exhibit, point) edge: for each point in order, the exhibits it
/// cites in citation order.
fn proves(map: &Map) -> Vec<(usize, usize)> {
    map.points
        .iter()
        .enumerate()
        .flat_map(|(p, point)| point.exhibits.iter().map(move |&e| (e, p)))
        .collect()
}

/// The card of every node and where the layout put it.
struct Sheet {
    grounds: Vec<Card>,
    points: Vec<Card>,
    exhibits: Vec<Card>,
    placeholder: Card,
    placed: Placement,
    /// Where the columns start, below the header and key.
    top: f64,
}

/// A box's left edge, top and height.
type At = (f64, f64, f64);

impl Sheet {
    fn ground_at(&self, g: usize) -> At {
        (
            GROUND_X,
            self.top + self.placed.ground_y[g],
            self.grounds[g].height,
        )
    }

    fn point_at(&self, p: usize) -> At {
        (POINT_X, self.top + self.placed.point_y[p], self.points[p].height)
    }

    fn exhibit_at(&self, e: usize) -> At {
        (
            EXHIBIT_X,
            self.top + self.placed.exhibit_y[e],
            self.exhibits[e].height,
        )
    }

    /// The whole picture's height.
    fn height(&self) -> f64 {
        (self.top + self.placed.height + MARGIN).ceil()
    }
}

/// Fills every node's card, then places the cards in their columns, with
/// the columns starting at `top`.
fn lay_out(map: &Map, proves: &[(usize, usize)], top: f64) -> Sheet {
    let grounds: Vec<Card> = (0..map.grounds.len()).map(|g| ground_card(map, g)).collect();
    let points: Vec<Card> = (0..map.points.len()).map(|p| point_card(map, p)).collect();
    let exhibits: Vec<Card> = map.exhibits.iter().map(|e| exhibit_card(map.labels, e)).collect();
    let point_ground: Vec<usize> = map.points.iter().map(|p| p.ground).collect();
    let heights = |cards: &[Card]| cards.iter().map(|c| c.height).collect::<Vec<f64>>();
    let placeholder = placeholder_card();
    let placed = layout::place(&Input {
        ground_heights: &heights(&grounds),
        point_heights: &heights(&points),
        point_ground: &point_ground,
        exhibit_heights: &heights(&exhibits),
        proves,
        placeholder_height: placeholder.height,
    });
    Sheet {
        grounds,
        points,
        exhibits,
        placeholder,
        placed,
        top,
    }
}

/// The opening `<svg>` tag, the picture's title and its white background.
fn frame(svg: &mut Svg, map: &Map, sheet: &Sheet) {
    let height = sheet.height();
    let _ = writeln!(
        svg.out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}" role="img" data-crossings="{c}">"#,
        w = n(WIDTH),
        h = n(height),
        c = sheet.placed.crossings
    );
    let _ = writeln!(svg.out, "<title>Evidence map: {}</title>", esc(&map.title));
    let _ = writeln!(
        svg.out,
        r#"<rect x="0" y="0" width="{}" height="{}" fill="{WHITE}"/>"#,
        n(WIDTH),
        n(height)
    );
}

/// Point→ground and exhibit→point edges, in one group.
fn draw_edges(svg: &mut Svg, map: &Map, sheet: &Sheet, proves: &[(usize, usize)]) {
    svg.out.push_str("<g fill=\"none\">\n");
    let answers = ports(
        map.points.iter().enumerate().map(|(p, point)| (p, point.ground)),
        |p| sheet.point_at(p),
        |g| sheet.ground_at(g),
    );
    for (p, g, (y1, y2)) in answers {
        let title = match map.labels {
            Labels::Ids => format!("{} answers ground {}", map.points[p].id, map.grounds[g].id),
            Labels::Memo => format!("{} answers {}", map.point_heading(p), map.ground_called(g)),
        };
        edge(
            svg,
            EdgeKind::Answers,
            &map.points[p].id,
            &map.grounds[g].id,
            &title,
            (POINT_X, y1),
            (GROUND_X + GROUND_W, y2),
            false,
        );
    }
    let proved = ports(
        proves.iter().copied(),
        |e| sheet.exhibit_at(e),
        |p| sheet.point_at(p),
    );
    for (e, p, (y1, y2)) in proved {
        let exhibit = &map.exhibits[e];
        let title = match map.labels {
            Labels::Ids => format!("{} proves {}", map.exhibit_name(e), map.points[p].id),
            Labels::Memo => format!("{} proves {}", map.exhibit_name(e), map.point_heading(p)),
        };
        let dashed = exhibit.status == EvidenceStatus::Requested;
        edge(
            svg,
            EdgeKind::Proves,
            &exhibit.id,
            &map.points[p].id,
            &title,
            (EXHIBIT_X, y1),
            (POINT_X + POINT_W, y2),
            dashed,
        );
    }
    svg.out.push_str("</g>\n");
}

/// A node's box, with the gap mark when it is a gap (its outline dashed
/// then), and its card.
fn draw_box(
    svg: &mut Svg,
    card: &Card,
    (x, y, h): At,
    w: f64,
    colours: BoxColours,
    stroke_width: f64,
    gap: bool,
) {
    svg.node_box(x, y, w, h, colours.fill, colours.stroke, stroke_width, gap);
    if gap {
        svg.gap_mark(x + w - BADGE_ROOM + 2.0, y + 7.0);
    }
    card.draw(svg, x, y);
}

/// Each ground, and beside a ground with no points a "no response" box.
fn draw_grounds(svg: &mut Svg, map: &Map, sheet: &Sheet) {
    for (g, ground) in map.grounds.iter().enumerate() {
        let _ = writeln!(
            svg.out,
            r#"<g class="node ground" data-kind="ground" data-id="{}" data-status="{}" data-gap="{}">"#,
            esc(&ground.id),
            ground.status.as_str(),
            ground.is_gap()
        );
        let _ = writeln!(svg.out, "<title>{}</title>", esc(&ground_title(map, g)));
        let Palette { fill, stroke, .. } = palette(ground.status);
        let colours = BoxColours { fill, stroke };
        let width = if ground.is_gap() { 2.0 } else { 1.5 };
        draw_box(
            svg,
            &sheet.grounds[g],
            sheet.ground_at(g),
            GROUND_W,
            colours,
            width,
            ground.is_gap(),
        );
        svg.out.push_str("</g>\n");
        if let Some(py) = sheet.placed.placeholder_y[g] {
            draw_placeholder(svg, map, g, sheet, sheet.top + py);
        }
    }
}

/// The dashed box standing in the points column for a ground's missing
/// points, with its top at `y`.
fn draw_placeholder(svg: &mut Svg, map: &Map, g: usize, sheet: &Sheet, y: f64) {
    let _ = writeln!(
        svg.out,
        r#"<g class="placeholder" data-ground="{}">"#,
        esc(&map.grounds[g].id)
    );
    let _ = writeln!(
        svg.out,
        "<title>{} has no response yet</title>",
        esc(&map.ground_called(g))
    );
    let colours = BoxColours {
        fill: WHITE,
        stroke: GAP_INK,
    };
    let at = (POINT_X, y, sheet.placeholder.height);
    draw_box(svg, &sheet.placeholder, at, POINT_W, colours, 1.5, true);
    svg.out.push_str("</g>\n");
}

fn draw_points(svg: &mut Svg, map: &Map, sheet: &Sheet) {
    for (p, point) in map.points.iter().enumerate() {
        let _ = writeln!(
            svg.out,
            r#"<g class="node point" data-kind="point" data-id="{}" data-gap="{}">"#,
            esc(&point.id),
            point.is_gap()
        );
        let _ = writeln!(svg.out, "<title>{}</title>", esc(&point_title(map, point)));
        let (colours, width) = if point.is_gap() {
            (GAP_POINT, 1.5)
        } else {
            (POINT, 1.0)
        };
        let at = sheet.point_at(p);
        draw_box(svg, &sheet.points[p], at, POINT_W, colours, width, point.is_gap());
        svg.out.push_str("</g>\n");
    }
}

fn draw_exhibits(svg: &mut Svg, map: &Map, sheet: &Sheet) {
    for (e, exhibit) in map.exhibits.iter().enumerate() {
        let _ = writeln!(
            svg.out,
            r#"<g class="node exhibit" data-kind="exhibit" data-id="{}" data-status="{}" data-gap="{}">"#,
            esc(&exhibit.id),
            exhibit.status.as_str(),
            exhibit.is_gap()
        );
        let _ = writeln!(svg.out, "<title>{}</title>", esc(&exhibit_title(map, e)));
        let colours = match (exhibit.status, exhibit.cited) {
            (EvidenceStatus::Requested, _) => REQUESTED,
            (EvidenceStatus::Received, false) => UNCITED,
            (EvidenceStatus::Received, true) => EXHIBIT,
        };
        let at = sheet.exhibit_at(e);
        draw_box(
            svg,
            &sheet.exhibits[e],
            at,
            EXHIBIT_W,
            colours,
            1.2,
            exhibit.is_gap(),
        );
        svg.out.push_str("</g>\n");
    }
}

/// A ground's full text: name, label, category (its id, so not in a
/// memo's terms), status, citation and quote.
fn ground_title(map: &Map, g: usize) -> String {
    let ground = &map.grounds[g];
    let mut title = match map.labels {
        Labels::Ids => format!(
            "Ground {} \u{b7} {} ({}): {}",
            ground.id,
            ground.label,
            ground.category,
            ground.status.as_str()
        ),
        Labels::Memo => format!(
            "{} \u{b7} {}: {}",
            map.ground_called(g),
            ground.label,
            ground.status.as_str()
        ),
    };
    if let Some(cite) = &ground.cite {
        let _ = write!(title, "\n{cite}");
    }
    let _ = write!(title, "\n\u{201c}{}\u{201d}", ground.quote);
    title
}

/// A point's full text and the exhibits it cites.
fn point_title(map: &Map, point: &PointNode) -> String {
    let mut title = format!(
        "{}, point {}: {}",
        map.ground_called(point.ground),
        point.number,
        point.label
    );
    let cited: Vec<String> = point.exhibits.iter().map(|&e| map.exhibit_name(e)).collect();
    if cited.is_empty() {
        title.push_str("\nCites no evidence");
    } else {
        let _ = write!(title, "\nCites {}", cited.join(", "));
    }
    title
}

/// An exhibit's name, type, title and status.
fn exhibit_title(map: &Map, e: usize) -> String {
    let exhibit = &map.exhibits[e];
    let mut title = match (map.labels, &exhibit.letter) {
        // Named by its title, which follows anyway.
        (Labels::Memo, None) => format!(
            "{}: {}\n{}",
            exhibit.type_label,
            exhibit.title,
            exhibit.status.as_str()
        ),
        _ => format!(
            "{} \u{b7} {}: {}\n{}",
            map.exhibit_name(e),
            exhibit.type_label,
            exhibit.title,
            exhibit.status.as_str()
        ),
    };
    if !exhibit.cited {
        title.push_str(", cited by no point");
    }
    title
}

fn placeholder_card() -> Card {
    let mut card = CardBuilder::new();
    card.note("no response yet", POINT_W - 2.0 * PAD - BADGE_ROOM);
    card.finish()
}

/// Where each edge meets its two boxes: the edges at one side of a box are
/// spread along it in the order of their other ends, so that they do not
/// cross as they arrive.
fn ports(
    edges: impl Iterator<Item = (usize, usize)>,
    source_at: impl Fn(usize) -> (f64, f64, f64),
    target_at: impl Fn(usize) -> (f64, f64, f64),
) -> Vec<(usize, usize, (f64, f64))> {
    let edges: Vec<(usize, usize)> = edges.collect();
    let centre = |(_, y, h): (f64, f64, f64)| y + h / 2.0;
    let spread = |ends: &mut Vec<(f64, usize)>, (_, y, h): (f64, f64, f64)| -> Vec<(usize, f64)> {
        ends.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let k = ends.len() as f64;
        let span = (h - 16.0).max(0.0).min(14.0 * (k - 1.0));
        ends.iter()
            .enumerate()
            .map(|(i, &(_, edge))| {
                let offset = if k > 1.0 {
                    span * (i as f64 / (k - 1.0) - 0.5)
                } else {
                    0.0
                };
                (edge, y + h / 2.0 + offset)
            })
            .collect()
    };
    let mut at_source: std::collections::BTreeMap<usize, Vec<(f64, usize)>> = Default::default();
    let mut at_target: std::collections::BTreeMap<usize, Vec<(f64, usize)>> = Default::default();
    for (i, &(s, t)) in edges.iter().enumerate() {
        at_source.entry(s).or_default().push((centre(target_at(t)), i));
        at_target.entry(t).or_default().push((centre(source_at(s)), i));
    }
    let mut ys = vec![(0.0, 0.0); edges.len()];
    for (s, mut ends) in at_source {
        for (i, y) in spread(&mut ends, source_at(s)) {
            ys[i].0 = y;
        }
    }
    for (t, mut ends) in at_target {
        for (i, y) in spread(&mut ends, target_at(t)) {
            ys[i].1 = y;
        }
    }
    edges.into_iter().zip(ys).map(|((s, t), y)| (s, t, y)).collect()
}

/// One edge, leaving the left side of its source for the right side of its
/// target.
#[allow(clippy::too_many_arguments)]
fn edge(
    svg: &mut Svg,
    kind: EdgeKind,
    from: &str,
    to: &str,
    title: &str,
    start: (f64, f64),
    end: (f64, f64),
    dashed: bool,
) {
    let _ = writeln!(
        svg.out,
        r#"<g class="edge" data-kind="{}" data-from="{}" data-to="{}"><title>{}</title>"#,
        kind.as_str(),
        esc(from),
        esc(to),
        esc(title)
    );
    let (colour, width) = match kind {
        EdgeKind::Proves => (EDGE, 1.3),
        EdgeKind::Answers => ("#9ca3af", 1.2),
    };
    svg.arrow(start, end, colour, width, dashed);
    svg.out.push_str("</g>\n");
}
