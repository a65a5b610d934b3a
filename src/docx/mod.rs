//! Word output: the rendered Markdown memo, converted from comrak's syntax
//! tree into a `.docx` that attorneys can finish in Word.
//!
//! There is no second memo renderer here: whatever Markdown the templates
//! produce (custom templates included) is parsed with the same GFM
//! extensions and walked node by node. Headings get Word's own heading
//! styles, tables become Word tables with a repeating header row, block
//! quotes are indented, and the page carries a legal house style (see
//! [`style`]). Two conventions are shared with the memo templates and live in
//! [`conventions`]: what a gap marker is, and which headings start a page.

pub mod conventions;
mod convert;
pub mod style;

pub use conventions::is_gap_marker;

use comrak::{Arena, Options, parse_document};
use docx_rs::BuildXML;
use std::io::Cursor;

/// Blocks (quotes, lists) and inlines (emphasis, links) may nest this deep;
/// a memo needs a handful of levels.
pub const MAX_NESTING: usize = 64;

/// What may vary between two Word renderings of the same memo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxOptions {
    /// Highlight gap markers (see [`is_gap_marker`]) in yellow.
    pub highlight_gaps: bool,
}

impl Default for DocxOptions {
    fn default() -> Self {
        DocxOptions { highlight_gaps: true }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("the memo nests quotes, lists or emphasis more than {limit} levels deep")]
    TooDeep { limit: usize },
    #[error("could not assemble the Word document: {0}")]
    Package(String),
}

/// The Markdown dialect of the memos: GFM tables, strikethrough, task lists
/// and autolinks, with typographic quotes and dashes.
pub fn markdown_options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    // A gap report's checklist: "- [ ] …" prints a ballot box.
    options.extension.tasklist = true;
    // Quotes are verbatim: no typographic dashes, ellipses or quotes.
    options.parse.smart = false;
    options
}

/// Converts a Markdown memo into the bytes of a `.docx` file. The same input
/// always gives the same bytes.
pub fn markdown_to_docx(markdown: &str, options: &DocxOptions) -> Result<Vec<u8>, DocxError> {
    // The loaders refuse such text; what a template makes is replaced, so
    // that the document's XML is always well-formed.
    let markdown = crate::markup::xml_safe(markdown);
    let markdown = markdown.as_ref();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &markdown_options());
    let mut converter = convert::Converter::new(options);
    converter.document(root)?;
    let (docx, body) = converter.finish();
    let mut parts = docx.build();
    parts.document = with_body(parts.document, &convert::body_placeholder().build(), body)?;
    let mut bytes = Cursor::new(Vec::new());
    parts
        .pack(&mut bytes)
        .map_err(|e| DocxError::Package(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// The document's XML with the body's in place of the placeholder
/// paragraph, reusing the body's buffer.
fn with_body(document: Vec<u8>, placeholder: &[u8], mut body: Vec<u8>) -> Result<Vec<u8>, DocxError> {
    let at = document
        .windows(placeholder.len())
        .position(|w| w == placeholder)
        .ok_or_else(|| DocxError::Package("the body's place in the document was not found".to_owned()))?;
    let after = &document[at + placeholder.len()..];
    body.reserve_exact(at + after.len());
    body.extend_from_slice(after);
    body.splice(0..0, document[..at].iter().copied());
    Ok(body)
}

/// Marks every table's header row to repeat on each page. Every row has
/// `cantSplit`; the first of each table, its header (a GFM table has one),
/// gets `tblHeader` beside it, which docx-rs cannot write itself. GFM
/// tables do not nest, so the next row after a `<w:tbl>` is its first.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    const TABLE: &[u8] = b"<w:tbl>";
    const MARK: &[u8] = b"<w:cantSplit />";
    const REPEAT: &[u8] = b"<w:tblHeader />";
    let find = |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).position(|w| w == needle);
    let mut out = Vec::with_capacity(document.len() + 256);
    let mut rest = document;
    while let Some(table) = find(rest, TABLE) {
        let Some(mark) = find(&rest[table..], MARK).map(|at| table + at) else {
            break;
        };
        out.extend_from_slice(&rest[..mark + MARK.len()]);
        out.extend_from_slice(REPEAT);
        rest = &rest[mark + MARK.len()..];
    }
    out.extend_from_slice(rest);
    out
}
