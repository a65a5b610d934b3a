//! The two conventions the memo templates and the Word conversion share.
//! Each lives in one function so that the templates can be aligned with it.

use comrak::nodes::{AstNode, NodeValue};

/// A gap marker is a **strong** span whose text starts with `[` or `⚠`, as a
/// draft writes `**[No evidence yet for this ground]**` or `**⚠ Missing: …**`.
/// The Word document highlights it in yellow, so that nobody files it.
pub fn is_gap_marker(strong_text: &str) -> bool {
    let text = strong_text.trim_start();
    text.starts_with('[') || text.starts_with('⚠')
}

/// Whether a heading starts a new page: the exhibit index always does (a
/// heading whose text starts with "Exhibit index", in any case), and so does
/// any heading that a thematic break (`---` on its own line) directly
/// precedes; that break is then only a page break and draws no rule.
/// The first block of the document never breaks, to avoid a blank page.
pub fn starts_new_page<'a>(heading: &'a AstNode<'a>) -> bool {
    let Some(previous) = heading.previous_sibling() else {
        return false;
    };
    let exhibit_index = plain_text(heading)
        .trim_start()
        .get(..EXHIBIT_INDEX.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(EXHIBIT_INDEX));
    exhibit_index || matches!(previous.data().value, NodeValue::ThematicBreak)
}

const EXHIBIT_INDEX: &str = "exhibit index";

/// Whether a thematic break only marks a page break (see [`starts_new_page`]).
pub fn is_page_break<'a>(thematic_break: &'a AstNode<'a>) -> bool {
    thematic_break
        .next_sibling()
        .is_some_and(|next| matches!(next.data().value, NodeValue::Heading(_)))
}

/// The text of a node and everything inside it, without formatting.
pub fn plain_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut text = String::new();
    for descendant in node.descendants() {
        match &descendant.data().value {
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Code(c) => text.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gap_markers_open_with_a_bracket_or_a_warning_sign() {
        assert!(is_gap_marker("[No evidence yet]"));
        assert!(is_gap_marker("  [GAP: updated opinion]"));
        assert!(is_gap_marker("⚠ Missing: cost quote"));
        assert!(!is_gap_marker("Ex. C at 2–3"));
        assert!(!is_gap_marker("Important"));
        assert!(!is_gap_marker(""));
    }
}
