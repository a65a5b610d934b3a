//! Drawing on an SVG page: text, boxes, arrows and the two marks (the
//! Harvey ball and the gap mark), each written as one element with
//! presentation attributes at absolute coordinates.

use super::style::{GAP_INK, palette};
use crate::check::Status;
use std::fmt::Write as _;

/// Length of an arrowhead.
const ARROW: f64 = 7.0;
/// Edges that climb or fall more than this are drawn fainter.
const LONG_EDGE: f64 = 320.0;

/// One line of text, its left end at `x` on `baseline`.
pub(super) struct Text {
    pub(super) x: f64,
    pub(super) baseline: f64,
    pub(super) text: String,
    pub(super) size: f64,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) fill: &'static str,
}

/// Numbers with at most one decimal, so output stays short and stable.
pub(super) fn n(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

pub(super) use crate::markup::escape_xml as esc;

/// The SVG being written.
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
