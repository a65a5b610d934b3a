//! The SVG evidence map, drawn without Graphviz: grounds, points and
//! exhibits in three columns, edges between them, and a key.
//!
//! The SVG uses presentation attributes only, with no `<style>`, ids or
//! external references, so that several maps can sit inline in one HTML page
//! without interfering. Every text is its own `<text>` at absolute
//! coordinates and fitted to its box by [`text_width`]; every node carries
//! its full text in a `<title>`.

use super::key;
use super::layout::{self, Input};
use super::text::{text_width, truncate, wrap};
use super::{EdgeKind, ExhibitNode, GroundNode, Map, PointNode};
use crate::check::Status;
use crate::model::EvidenceStatus;
use std::fmt::Write as _;

/// The colours a ground of one status is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub fill: &'static str,
    pub stroke: &'static str,
    /// For the status word: dark enough to read on the fill.
    pub text: &'static str,
}

/// Red for unanswered and asserted, amber for pending, greens for
/// supported and corroborated.
pub fn palette(status: Status) -> Palette {
    let (fill, stroke, text) = match status {
        Status::Unanswered => ("#f4c7c3", "#a50f15", "#7f0a0f"),
        Status::Asserted => ("#fde0dd", "#cb181d", "#8c1116"),
        Status::Pending => ("#fde9b6", "#b7791f", "#6b4105"),
        Status::Supported => ("#d9f0d3", "#4d9a3f", "#1f4d17"),
        Status::Corroborated => ("#a6dba0", "#1b7837", "#0b3d1a"),
    };
    Palette { fill, stroke, text }
}

/// How a status reads on a node and in the key.
pub(super) fn status_meaning(status: Status) -> &'static str {
    match status {
        Status::Unanswered => "no response",
        Status::Asserted => "nothing cited",
        Status::Pending => "evidence requested only",
        Status::Supported => "evidence in hand",
        Status::Corroborated => "two authors, two kinds",
    }
}

pub(super) const FONT: &str = "Verdana, DejaVu Sans, Bitstream Vera Sans, Arial, sans-serif";
pub(super) const INK: &str = "#111827";
pub(super) const MUTED: &str = "#4b5563";
pub(super) const GAP_INK: &str = "#9b1c1c";
pub(super) const EDGE: &str = "#6b7280";

pub(super) const MARGIN: f64 = 24.0;
pub(super) const PAD: f64 = 10.0;
pub(super) const GROUND_X: f64 = MARGIN;
pub(super) const GROUND_W: f64 = 230.0;
pub(super) const POINT_X: f64 = GROUND_X + GROUND_W + 80.0;
pub(super) const POINT_W: f64 = 300.0;
pub(super) const EXHIBIT_X: f64 = POINT_X + POINT_W + 150.0;
pub(super) const EXHIBIT_W: f64 = 290.0;
pub(super) const WIDTH: f64 = EXHIBIT_X + EXHIBIT_W + MARGIN;
/// Room kept clear at the top right of each box for the gap mark.
pub(super) const BADGE_ROOM: f64 = 22.0;
pub(super) const ARROW: f64 = 7.0;
/// Edges that climb or fall more than this are drawn fainter.
const LONG_EDGE: f64 = 320.0;

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

pub(super) struct Text {
    pub(super) x: f64,
    pub(super) baseline: f64,
    pub(super) text: String,
    pub(super) size: f64,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) fill: &'static str,
}

/// A node's content and the height it needs.
struct Card {
    items: Vec<Item>,
    height: f64,
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

fn ground_card(ground: &GroundNode) -> Card {
    let inner = GROUND_W - 2.0 * PAD;
    let mut card = CardBuilder::new();
    let heading = format!("{} \u{b7} {}", ground.id, ground.label);
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

fn point_card(map: &Map, point: &PointNode) -> Card {
    let inner = POINT_W - 2.0 * PAD;
    let mut card = CardBuilder::new();
    let baseline = card.row(11.0);
    let heading = format!("{} \u{b7} point {}", map.grounds[point.ground].id, point.number);
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

fn exhibit_card(exhibit: &ExhibitNode) -> Card {
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
        card.text(x + 4.0, baseline, letter, 11.0, true, "#ffffff");
        x += w + 6.0;
    }
    let room = PAD + inner - BADGE_ROOM - x;
    let id = truncate(&exhibit.id, room, 12.0, true);
    let after_id = x + text_width(&id, 12.0, true) + 6.0;
    card.text(x, baseline, id, 12.0, true, INK);
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

/// Numbers with at most one decimal, so output stays short and stable.
pub(super) fn n(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

pub(super) use crate::markup::escape_xml as esc;

pub(super) struct Svg {
    pub(super) out: String,
}

impl Svg {
    pub(super) fn text(&mut self, t: &Text, dx: f64, dy: f64) {
        let _ = write!(
            self.out,
            r#"<text x="{}" y="{}" font-size="{}""#,
            n(dx + t.x),
            n(dy + t.baseline),
            n(t.size)
        );
        if t.bold {
            self.out.push_str(r#" font-weight="bold""#);
        }
        if t.italic {
            self.out.push_str(r#" font-style="italic""#);
        }
        let _ = writeln!(self.out, r#" fill="{}">{}</text>"#, t.fill, esc(&t.text));
    }

    fn card(&mut self, card: &Card, x: f64, y: f64) {
        for item in &card.items {
            match item {
                Item::Text(t) => self.text(t, x, y),
                Item::Ball { cx, cy, status } => self.ball(x + cx, y + cy, *status),
                Item::Tab { x: tx, y: ty, w, h } => {
                    let _ = writeln!(
                        self.out,
                        r##"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="#1f2937"/>"##,
                        n(x + tx),
                        n(y + ty),
                        n(*w),
                        n(*h)
                    );
                }
            }
        }
    }

    /// A Harvey ball: empty for unanswered, full for corroborated.
    pub(super) fn ball(&mut self, cx: f64, cy: f64, status: Status) {
        let ink = palette(status).text;
        let r = 5.5;
        let _ = writeln!(
            self.out,
            r##"<circle cx="{}" cy="{}" r="{}" fill="#ffffff" stroke="{ink}" stroke-width="1.2"/>"##,
            n(cx),
            n(cy),
            n(r)
        );
        let quarters = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        match quarters {
            0 => {}
            4 => {
                let _ = writeln!(
                    self.out,
                    r#"<circle cx="{}" cy="{}" r="{}" fill="{ink}"/>"#,
                    n(cx),
                    n(cy),
                    n(r)
                );
            }
            q => {
                let angle = std::f64::consts::FRAC_PI_2 * q as f64;
                let (ex, ey) = (cx + r * angle.sin(), cy - r * angle.cos());
                let large = if q > 2 { 1 } else { 0 };
                let _ = writeln!(
                    self.out,
                    r#"<path d="M{} {} V{} A{r} {r} 0 {large} 1 {} {} Z" fill="{ink}"/>"#,
                    n(cx),
                    n(cy),
                    n(cy - r),
                    n(ex),
                    n(ey)
                );
            }
        }
    }

    /// The gap mark: a dark triangle with an exclamation mark.
    pub(super) fn gap_mark(&mut self, x: f64, y: f64) {
        let _ = writeln!(
            self.out,
            r##"<path d="M{} {} L{} {} L{} {} Z" fill="{GAP_INK}"/><rect x="{}" y="{}" width="2" height="5.5" fill="#ffffff"/><rect x="{}" y="{}" width="2" height="2" fill="#ffffff"/>"##,
            n(x + 8.0),
            n(y),
            n(x + 16.0),
            n(y + 14.0),
            n(x),
            n(y + 14.0),
            n(x + 7.0),
            n(y + 4.5),
            n(x + 7.0),
            n(y + 11.0)
        );
    }

    /// A curve from `start` leftwards to `end`, with an arrowhead there.
    pub(super) fn arrow(
        &mut self,
        start: (f64, f64),
        end: (f64, f64),
        colour: &str,
        width: f64,
        dashed: bool,
    ) {
        let (x1, y1) = start;
        let (tip, y2) = end;
        let x2 = tip + ARROW;
        let xm = (x1 + x2) / 2.0;
        let _ = write!(
            self.out,
            r#"<path d="M{} {} C{} {} {} {} {} {}" stroke="{colour}" stroke-width="{width}""#,
            n(x1),
            n(y1),
            n(xm),
            n(y1),
            n(xm),
            n(y2),
            n(x2),
            n(y2)
        );
        if dashed {
            self.out.push_str(r#" stroke-dasharray="5 3""#);
        }
        // Long edges are drawn fainter, so that the short ones between
        // neighbours, most of the map, stay easy to follow.
        let faint = if (y1 - y2).abs() > LONG_EDGE {
            r#" opacity="0.45""#
        } else {
            ""
        };
        self.out.push_str(faint);
        let _ = writeln!(
            self.out,
            r#"/><path d="M{} {} L{} {} L{} {} Z" fill="{colour}" stroke="none"{faint}/>"#,
            n(tip),
            n(y2),
            n(x2),
            n(y2 - 3.5),
            n(x2),
            n(y2 + 3.5)
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn node_box(
        &mut self,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: &str,
        stroke: &str,
        width: f64,
        dashed: bool,
    ) {
        let _ = write!(
            self.out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{fill}" stroke="{stroke}" stroke-width="{}""#,
            n(x),
            n(y),
            n(w),
            n(h),
            n(width)
        );
        if dashed {
            self.out.push_str(r#" stroke-dasharray="5 3""#);
        }
        self.out.push_str("/>\n");
    }
}

pub fn render(map: &Map) -> String {
    let grounds: Vec<Card> = map.grounds.iter().map(ground_card).collect();
    let points: Vec<Card> = map.points.iter().map(|p| point_card(map, p)).collect();
    let exhibits: Vec<Card> = map.exhibits.iter().map(exhibit_card).collect();
    let proves: Vec<(usize, usize)> = map
        .points
        .iter()
        .enumerate()
        .flat_map(|(p, point)| point.exhibits.iter().map(move |&e| (e, p)))
        .collect();
    let point_ground: Vec<usize> = map.points.iter().map(|p| p.ground).collect();
    let heights = |cards: &[Card]| cards.iter().map(|c| c.height).collect::<Vec<f64>>();
    let placeholder = placeholder_card();
    let placed = layout::place(&Input {
        ground_heights: &heights(&grounds),
        point_heights: &heights(&points),
        point_ground: &point_ground,
        exhibit_heights: &heights(&exhibits),
        proves: &proves,
        placeholder_height: placeholder.height,
    });

    let mut svg = Svg { out: String::new() };
    let mut body = Svg { out: String::new() };
    let top = key::header(&mut body, map);
    let height = (top + placed.height + MARGIN).ceil();

    let _ = writeln!(
        svg.out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}" role="img" data-crossings="{c}">"#,
        w = n(WIDTH),
        h = n(height),
        c = placed.crossings
    );
    let _ = writeln!(svg.out, "<title>Evidence map: {}</title>", esc(&map.title));
    let _ = writeln!(
        svg.out,
        r##"<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>"##,
        n(WIDTH),
        n(height)
    );
    svg.out.push_str(&body.out);

    let ground_at = |g: usize| (GROUND_X, top + placed.ground_y[g], grounds[g].height);
    let point_at = |p: usize| (POINT_X, top + placed.point_y[p], points[p].height);
    let exhibit_at = |e: usize| (EXHIBIT_X, top + placed.exhibit_y[e], exhibits[e].height);

    // Edges first, so that boxes cover their ends.
    svg.out.push_str("<g fill=\"none\">\n");
    let answers = ports(
        map.points.iter().enumerate().map(|(p, point)| (p, point.ground)),
        point_at,
        ground_at,
    );
    for (p, g, (y1, y2)) in answers {
        let title = format!("{} answers ground {}", map.points[p].id, map.grounds[g].id);
        edge(
            &mut svg,
            EdgeKind::Answers,
            &map.points[p].id,
            &map.grounds[g].id,
            &title,
            (POINT_X, y1),
            (GROUND_X + GROUND_W, y2),
            false,
        );
    }
    let proved = ports(proves.iter().copied(), exhibit_at, point_at);
    for (e, p, (y1, y2)) in proved {
        let exhibit = &map.exhibits[e];
        let title = match &exhibit.letter {
            Some(letter) => format!("{} (Ex. {letter}) proves {}", exhibit.id, map.points[p].id),
            None => format!("{} proves {}", exhibit.id, map.points[p].id),
        };
        let dashed = exhibit.status == EvidenceStatus::Requested;
        edge(
            &mut svg,
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

    for (g, ground) in map.grounds.iter().enumerate() {
        let (x, y, h) = ground_at(g);
        let colours = palette(ground.status);
        let _ = writeln!(
            svg.out,
            r#"<g class="node ground" data-kind="ground" data-id="{}" data-status="{}" data-gap="{}">"#,
            esc(&ground.id),
            ground.status.as_str(),
            ground.is_gap()
        );
        let mut title = format!(
            "Ground {} \u{b7} {} ({}): {}",
            ground.id,
            ground.label,
            ground.category,
            ground.status.as_str()
        );
        if let Some(cite) = &ground.cite {
            let _ = write!(title, "\n{cite}");
        }
        let _ = write!(title, "\n\u{201c}{}\u{201d}", ground.quote);
        let _ = writeln!(svg.out, "<title>{}</title>", esc(&title));
        svg.node_box(
            x,
            y,
            GROUND_W,
            h,
            colours.fill,
            colours.stroke,
            if ground.is_gap() { 2.0 } else { 1.5 },
            ground.is_gap(),
        );
        if ground.is_gap() {
            svg.gap_mark(x + GROUND_W - BADGE_ROOM + 2.0, y + 7.0);
        }
        svg.card(&grounds[g], x, y);
        svg.out.push_str("</g>\n");
        if let Some(py) = placed.placeholder_y[g] {
            let _ = writeln!(
                svg.out,
                r#"<g class="placeholder" data-ground="{}">"#,
                esc(&ground.id)
            );
            let _ = writeln!(
                svg.out,
                "<title>Ground {} has no response yet</title>",
                esc(&ground.id)
            );
            svg.node_box(
                POINT_X,
                top + py,
                POINT_W,
                placeholder.height,
                "#ffffff",
                GAP_INK,
                1.5,
                true,
            );
            svg.gap_mark(POINT_X + POINT_W - BADGE_ROOM + 2.0, top + py + 7.0);
            svg.card(&placeholder, POINT_X, top + py);
            svg.out.push_str("</g>\n");
        }
    }
    for (p, point) in map.points.iter().enumerate() {
        let (x, y, h) = point_at(p);
        let _ = writeln!(
            svg.out,
            r#"<g class="node point" data-kind="point" data-id="{}" data-gap="{}">"#,
            esc(&point.id),
            point.is_gap()
        );
        let ground = &map.grounds[point.ground];
        let mut title = format!("Ground {}, point {}: {}", ground.id, point.number, point.label);
        let cited: Vec<String> = point
            .exhibits
            .iter()
            .map(|&e| exhibit_name(&map.exhibits[e]))
            .collect();
        if cited.is_empty() {
            title.push_str("\nCites no evidence");
        } else {
            let _ = write!(title, "\nCites {}", cited.join(", "));
        }
        let _ = writeln!(svg.out, "<title>{}</title>", esc(&title));
        if point.is_gap() {
            svg.node_box(x, y, POINT_W, h, "#fff5f5", GAP_INK, 1.5, true);
            svg.gap_mark(x + POINT_W - BADGE_ROOM + 2.0, y + 7.0);
        } else {
            svg.node_box(x, y, POINT_W, h, "#ffffff", "#6b7280", 1.0, false);
        }
        svg.card(&points[p], x, y);
        svg.out.push_str("</g>\n");
    }
    for (e, exhibit) in map.exhibits.iter().enumerate() {
        let (x, y, h) = exhibit_at(e);
        let _ = writeln!(
            svg.out,
            r#"<g class="node exhibit" data-kind="exhibit" data-id="{}" data-status="{}" data-gap="{}">"#,
            esc(&exhibit.id),
            exhibit.status.as_str(),
            exhibit.is_gap()
        );
        let mut title = format!(
            "{} \u{b7} {}: {}\n{}",
            exhibit_name(exhibit),
            exhibit.type_label,
            exhibit.title,
            exhibit.status.as_str()
        );
        if !exhibit.cited {
            title.push_str(", cited by no point");
        }
        let _ = writeln!(svg.out, "<title>{}</title>", esc(&title));
        let (fill, stroke) = match (exhibit.status, exhibit.cited) {
            (EvidenceStatus::Requested, _) => ("#fffbeb", "#b7791f"),
            (EvidenceStatus::Received, false) => ("#f3f4f6", "#6b7280"),
            (EvidenceStatus::Received, true) => ("#f9fafb", "#4b5563"),
        };
        svg.node_box(x, y, EXHIBIT_W, h, fill, stroke, 1.2, exhibit.is_gap());
        if exhibit.is_gap() {
            svg.gap_mark(x + EXHIBIT_W - BADGE_ROOM + 2.0, y + 7.0);
        }
        svg.card(&exhibits[e], x, y);
        svg.out.push_str("</g>\n");
    }
    svg.out.push_str("</svg>\n");
    svg.out
}

/// `E1 (Ex. A)` for a lettered exhibit, `E1` for the others.
fn exhibit_name(exhibit: &ExhibitNode) -> String {
    match &exhibit.letter {
        Some(letter) => format!("{} (Ex. {letter})", exhibit.id),
        None => exhibit.id.clone(),
    }
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
