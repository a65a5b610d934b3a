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

/// How a paragraph holds together on the page: whether it stays on the
/// page of the block after it (Word's "keep with next"), and whether its
/// lines stay on one page ("keep lines together").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Keep {
    pub with_next: bool,
    pub lines_together: bool,
}

/// A paragraph this short that ends with a comma is a letter's sign-off
/// ("Sincerely,", "Respectfully submitted,", "Atentamente,").
const SIGN_OFF_LENGTH: usize = 40;
/// Text this short fits one line of the page.
const SHORT_LINE: usize = 60;
/// Text this short fits a few lines.
const FEW_LINES: usize = 480;
/// A parenthetical this short standing alone is a quote's cite ("(Decision
/// at 4)").
const CITE_LENGTH: usize = 60;

/// How a paragraph or heading holds together (see [`Keep`]):
/// - a heading stays with what follows it, and whole;
/// - a paragraph of several lines broken by hand (an address, a signature
///   block) stays whole;
/// - a sign-off stays with the signature under it, and the last paragraph
///   of the letter with the sign-off (the two last, when the last is one
///   short line), so that no signature stands alone at the top of a page;
/// - a signature block stays with a second one under it (a student's and
///   the supervising attorney's), through the line that introduces it;
/// - a paragraph that ends with a colon stays with what it introduces;
/// - a block quote stays whole, with its cite ("(Decision at 4)") inside
///   it or right after it, and with the paragraph that introduces it.
pub fn keep<'a>(node: &'a AstNode<'a>) -> Keep {
    if matches!(node.data().value, NodeValue::Heading(_)) {
        return Keep {
            with_next: true,
            lines_together: true,
        };
    }
    let text = plain_text(node);
    let text = text.trim();
    let next = node.next_sibling();
    let next_text = next.filter(|n| is_paragraph(n)).map(plain_text);
    let next_text = next_text.as_deref().map(str::trim);
    let hand_broken = node
        .descendants()
        .any(|n| matches!(n.data().value, NodeValue::LineBreak));
    let quote = quote_of(node);
    let in_quote = quote.is_some();
    // A closing line as short as "Thank you for your help." would be all
    // the letter on the signature's page: the paragraph before it comes too.
    // (Only a paragraph of a few lines: LibreOffice drops the keeps of a
    // chain that cannot move, such as one a page long.)
    let short_closing = text.chars().count() <= FEW_LINES
        && next_text.is_some_and(|t| t.chars().count() <= SHORT_LINE)
        && next
            .and_then(|n| n.next_sibling())
            .is_some_and(|n| is_paragraph(n) && is_sign_off(plain_text(n).trim()));
    let mut with_next = text.ends_with(':')
        || is_sign_off(text)
        || short_closing
        || next_text.is_some_and(|t| is_sign_off(t) || is_cite(t))
        || next.is_some_and(|n| matches!(n.data().value, NodeValue::BlockQuote));
    if is_signature(text) {
        let second = next
            .and_then(|n| n.next_sibling())
            .is_some_and(|n| is_paragraph(n) && is_signature(&plain_text(n)));
        with_next |= second && next_text.is_some_and(|t| t.ends_with(':'));
    }
    if let Some(quote) = quote {
        let followed = followed_within(node, quote);
        let cite_after = quote
            .next_sibling()
            .is_some_and(|n| is_paragraph(n) && is_cite(plain_text(n).trim()));
        with_next |= followed || cite_after;
    }
    Keep {
        with_next,
        lines_together: hand_broken || in_quote,
    }
}

fn is_paragraph<'a>(node: &'a AstNode<'a>) -> bool {
    matches!(node.data().value, NodeValue::Paragraph)
}

fn is_sign_off(text: &str) -> bool {
    text.ends_with(',') && text.chars().count() <= SIGN_OFF_LENGTH && !text.contains(['.', ':', ';'])
}

fn is_cite(text: &str) -> bool {
    text.starts_with('(') && text.ends_with(')') && text.chars().count() <= CITE_LENGTH
}

/// A signature block: a paragraph with a signature line to sign on.
fn is_signature(text: &str) -> bool {
    text.contains("_____")
}

/// The innermost block quote around a node.
fn quote_of<'a>(node: &'a AstNode<'a>) -> Option<&'a AstNode<'a>> {
    node.ancestors().skip(1).find(|n| {
        matches!(
            n.data().value,
            NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) | NodeValue::Alert(_)
        )
    })
}

/// Whether more of `quote` follows `node`.
fn followed_within<'a>(node: &'a AstNode<'a>, quote: &'a AstNode<'a>) -> bool {
    let mut at = node;
    while !std::ptr::eq(at, quote) {
        if at.next_sibling().is_some() {
            return true;
        }
        match at.parent() {
            Some(parent) => at = parent,
            None => return false,
        }
    }
    false
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
