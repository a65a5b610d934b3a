//! The top of the SVG map: the case title, counts, the key, and the column
//! headings. The key says in words what every colour and mark means.

use super::Map;
use super::canvas::{Svg, Text, n};
use super::style::{
    EDGE, EXHIBIT_W, EXHIBIT_X, GAP_POINT, GROUND_W, GROUND_X, INK, MARGIN, MUTED, POINT_W, POINT_X,
    REQUESTED, TAB, UNCITED, WHITE, WIDTH, palette, status_meaning,
};
use super::text::{text_width, truncate};
use crate::check::Status;
use std::fmt::Write as _;

/// The title, a count line and the key; returns where the columns start.
pub(super) fn header(svg: &mut Svg, map: &Map) -> f64 {
    let inner = WIDTH - 2.0 * MARGIN;
    let title = Text {
        x: MARGIN,
        baseline: MARGIN + 14.0,
        text: truncate(&map.title, inner, 18.0, true),
        size: 18.0,
        bold: true,
        italic: false,
        fill: INK,
    };
    svg.text(&title, 0.0, 0.0);
    let plural = |k: usize, word: &str| format!("{k} {word}{}", if k == 1 { "" } else { "s" });
    let counts = format!(
        "Evidence map \u{b7} {} \u{b7} {} \u{b7} {} \u{b7} {} marked as gaps",
        plural(map.grounds.len(), "ground"),
        plural(map.points.len(), "point"),
        plural(map.exhibits.len(), "exhibit"),
        map.gap_count()
    );
    let counts = Text {
        x: MARGIN,
        baseline: MARGIN + 36.0,
        text: truncate(&counts, inner, 12.0, false),
        size: 12.0,
        bold: false,
        italic: false,
        fill: MUTED,
    };
    svg.text(&counts, 0.0, 0.0);
    let y = key(svg, MARGIN + 52.0);

    let heading_y = y + 30.0;
    let headings = [
        (GROUND_X, GROUND_W, format!("Grounds ({})", map.grounds.len())),
        (POINT_X, POINT_W, format!("Points ({})", map.points.len())),
        (EXHIBIT_X, EXHIBIT_W, format!("Exhibits ({})", map.exhibits.len())),
    ];
    for (x, w, text) in headings {
        let t = Text {
            x,
            baseline: heading_y,
            text: truncate(&text, w, 14.0, true),
            size: 14.0,
            bold: true,
            italic: false,
            fill: INK,
        };
        svg.text(&t, 0.0, 0.0);
    }
    heading_y + 14.0
}

/// One entry of the key: a sample, a word and what it means.
struct Entry {
    sample: Sample,
    word: &'static str,
    meaning: &'static str,
}

enum Sample {
    /// A ground's box in the status's colours, with its Harvey ball.
    Status(Status),
    /// Draws a sample mark at its top left corner.
    Mark(fn(&mut Svg, f64, f64)),
}

/// The key's two sections: each status, then the marks.
fn sections() -> [(&'static str, Vec<Entry>); 2] {
    let statuses = Status::ALL
        .iter()
        .map(|&status| Entry {
            sample: Sample::Status(status),
            word: status.as_str(),
            meaning: status_meaning(status),
        })
        .collect();
    let mark = |draw, word, meaning| Entry {
        sample: Sample::Mark(draw),
        word,
        meaning,
    };
    let marks = vec![
        mark(
            |svg, x, y| svg.gap_mark(x + 6.0, y + 2.0),
            "gap",
            "still to be done",
        ),
        mark(
            |svg, x, y| svg.node_box(x, y, 28.0, 18.0, GAP_POINT.fill, GAP_POINT.stroke, 1.5, true),
            "point",
            "citing nothing",
        ),
        mark(letter_tab, "exhibit letter", "received, cited"),
        mark(
            |svg, x, y| svg.node_box(x, y, 28.0, 18.0, REQUESTED.fill, REQUESTED.stroke, 1.2, true),
            "requested",
            "not yet in hand",
        ),
        mark(
            |svg, x, y| svg.node_box(x, y, 28.0, 18.0, UNCITED.fill, UNCITED.stroke, 1.2, true),
            "uncited",
            "cited by no point",
        ),
        mark(
            |svg, x, y| {
                svg.out.push_str("<g fill=\"none\">");
                svg.arrow((x + 28.0, y + 9.0), (x, y + 9.0), EDGE, 1.3, false);
                svg.out.push_str("</g>\n");
            },
            "proves, answers",
            "dashed: requested",
        ),
    ];
    [("Ground status", statuses), ("Marks", marks)]
}

/// The key: what each colour, shape and mark means, each in words too.
/// Its entries flow left to right, a section's entries wrapping onto
/// further rows; returns the bottom of the key.
fn key(out: &mut Svg, top: f64) -> f64 {
    let svg = &mut Svg { out: String::new() };
    let sections = sections();
    let left = MARGIN + 12.0;
    let first = left
        + sections
            .iter()
            .map(|(s, _)| text_width(s, 11.0, true))
            .fold(0.0, f64::max)
        + 14.0;
    let right = WIDTH - MARGIN - 12.0;
    let row_h = 38.0;
    let mut y = top + 10.0;
    for (section, entries) in sections {
        small_text(svg, left, y + 13.0, section, true, INK);
        let mut x = first;
        for entry in entries {
            let width =
                34.0 + text_width(entry.word, 11.0, false).max(text_width(entry.meaning, 11.0, false));
            if x + width > right && x > first {
                x = first;
                y += row_h;
            }
            draw_entry(svg, &entry, x, y);
            x += width + 14.0;
        }
        y += row_h;
    }
    let bottom = y;
    let _ = writeln!(
        out.out,
        r##"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="#f9fafb" stroke="#d1d5db"/>"##,
        n(MARGIN),
        n(top),
        n(WIDTH - 2.0 * MARGIN),
        n(bottom - top)
    );
    out.out.push_str(&svg.out);
    bottom
}

/// An entry with its top left corner at (`x`, `y`): the sample, then the
/// word and its meaning beside it.
fn draw_entry(svg: &mut Svg, entry: &Entry, x: f64, y: f64) {
    match entry.sample {
        Sample::Status(status) => {
            let colours = palette(status);
            svg.node_box(
                x,
                y,
                28.0,
                18.0,
                colours.fill,
                colours.stroke,
                1.5,
                status.is_gap(),
            );
            svg.ball(x + 14.0, y + 9.0, status);
        }
        Sample::Mark(draw) => draw(svg, x, y),
    }
    small_text(svg, x + 34.0, y + 13.0, entry.word, false, INK);
    small_text(svg, x + 34.0, y + 28.0, entry.meaning, false, MUTED);
}

/// The key's 11-pixel text.
fn small_text(svg: &mut Svg, x: f64, baseline: f64, text: &str, bold: bool, fill: &'static str) {
    let t = Text {
        x,
        baseline,
        text: text.to_owned(),
        size: 11.0,
        bold,
        italic: false,
        fill,
    };
    svg.text(&t, 0.0, 0.0);
}

/// The key's sample of an exhibit letter.
fn letter_tab(svg: &mut Svg, x: f64, y: f64) {
    let _ = writeln!(
        svg.out,
        r#"<rect x="{}" y="{}" width="28" height="18" rx="3" fill="{TAB}"/>"#,
        n(x),
        n(y)
    );
    let t = Text {
        x: x + 9.0,
        baseline: y + 13.0,
        text: "A".to_owned(),
        size: 11.0,
        bold: true,
        italic: false,
        fill: WHITE,
    };
    svg.text(&t, 0.0, 0.0);
}
