//! How the map looks, in every format that has colours: the status palette,
//! the colours of points and exhibits, the font, and the page's columns.
//! The SVG, its key, the DOT source and the Mermaid chart all take their
//! colours from here, so that a box means the same in each of them.

use crate::check::Status;

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
pub fn status_meaning(status: Status) -> &'static str {
    match status {
        Status::Unanswered => "no response",
        Status::Asserted => "nothing cited",
        Status::Pending => "evidence requested only",
        Status::Supported => "evidence in hand",
        Status::Corroborated => "two authors, two kinds",
    }
}

/// The fill and outline of a box that is not a ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoxColours {
    pub fill: &'static str,
    pub stroke: &'static str,
}

/// A point that cites evidence.
pub const POINT: BoxColours = BoxColours {
    fill: WHITE,
    stroke: "#6b7280",
};
/// A point that cites nothing.
pub const GAP_POINT: BoxColours = BoxColours {
    fill: "#fff5f5",
    stroke: GAP_INK,
};
/// A received exhibit that a point cites.
pub const EXHIBIT: BoxColours = BoxColours {
    fill: "#f9fafb",
    stroke: "#4b5563",
};
/// An exhibit not yet received.
pub const REQUESTED: BoxColours = BoxColours {
    fill: "#fffbeb",
    stroke: "#b7791f",
};
/// A received exhibit that no point cites.
pub const UNCITED: BoxColours = BoxColours {
    fill: "#f3f4f6",
    stroke: "#6b7280",
};

/// Text.
pub const INK: &str = "#111827";
/// Secondary text (headings of points, evidence types, citations); in
/// DOT also the outline of a box without colours of its own.
pub const MUTED: &str = "#4b5563";
/// The gap mark and the notes saying what is missing.
pub const GAP_INK: &str = "#9b1c1c";
/// Exhibit→point edges.
pub const EDGE: &str = "#6b7280";
/// The dark tab behind an exhibit letter.
pub const TAB: &str = "#1f2937";
pub const WHITE: &str = "#ffffff";

pub const FONT: &str = "Verdana, DejaVu Sans, Bitstream Vera Sans, Arial, sans-serif";

/// The SVG page: a margin all round and three columns, grounds on the left.
pub const MARGIN: f64 = 24.0;
pub const GROUND_X: f64 = MARGIN;
pub const GROUND_W: f64 = 230.0;
pub const POINT_X: f64 = GROUND_X + GROUND_W + 80.0;
pub const POINT_W: f64 = 300.0;
pub const EXHIBIT_X: f64 = POINT_X + POINT_W + 150.0;
pub const EXHIBIT_W: f64 = 290.0;
pub const WIDTH: f64 = EXHIBIT_X + EXHIBIT_W + MARGIN;
