//! A notice's text, page by page, from a PDF, a Word document or text.

use super::pdf;

/// What the notice was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Docx,
    Text,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "Word document",
            Format::Text => "text",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error(
        "the PDF has no text layer (it is a scan or an image of {pages} page(s)), so there is nothing to read"
    )]
    NoTextLayer { pages: usize },
    #[error("cannot read the PDF: {0}")]
    Pdf(String),
    #[error("cannot read the Word document: {0}")]
    Docx(String),
    #[error("the file is neither a PDF, a Word document (.docx) nor UTF-8 text")]
    Unknown,
    #[error("the notice has no text")]
    Empty,
}

impl ExtractError {
    /// What the user can do about it.
    pub fn help(&self) -> &'static str {
        match self {
            ExtractError::NoTextLayer { .. } => {
                "give the PDF a text layer with an OCR program first (for example `ocrmypdf notice.pdf notice-ocr.pdf`), \
or copy the notice's text and paste it to `rebut import -`"
            }
            ExtractError::Pdf(_) => {
                "if the PDF opens in a viewer, save it again (print to PDF) or paste its text to `rebut import -`"
            }
            ExtractError::Docx(_) => {
                "save it again from the word processor as .docx, or save it as plain text (.txt)"
            }
            ExtractError::Unknown => {
                "save the notice as PDF, .docx or UTF-8 text (.txt), or paste its text to `rebut import -`"
            }
            ExtractError::Empty => "check that this is the notice; to paste text, use `rebut import -`",
        }
    }
}

/// The notice's pages, and what it was read from.
pub fn pages(bytes: &[u8]) -> Result<(Format, Vec<String>), ExtractError> {
    let head = &bytes[..bytes.len().min(1024)];
    let (format, pages) = if head.windows(5).any(|w| w == b"%PDF-") {
        let pages = pdf::pages(bytes).map_err(|pdf::PdfError::Unreadable(e)| ExtractError::Pdf(e))?;
        if pages
            .iter()
            .all(|p| p.chars().filter(|c| c.is_alphanumeric()).count() < 3)
        {
            return Err(ExtractError::NoTextLayer { pages: pages.len() });
        }
        (Format::Pdf, pages)
    } else if bytes.starts_with(b"PK\x03\x04") {
        (Format::Docx, docx_pages(bytes)?)
    } else {
        let text = std::str::from_utf8(bytes).map_err(|_| ExtractError::Unknown)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        (Format::Text, text.split('\u{c}').map(str::to_owned).collect())
    };
    if pages.iter().all(|p| p.trim().is_empty()) {
        return Err(ExtractError::Empty);
    }
    Ok((format, pages))
}

/// The most `word/document.xml` may inflate to.
const MAX_DOCUMENT_XML: u64 = 64 * 1024 * 1024;

/// A Word document's paragraphs, each followed by a blank line; a page
/// break (typed, or where Word last laid out a page) starts a new page.
fn docx_pages(bytes: &[u8]) -> Result<Vec<String>, ExtractError> {
    use std::io::Read as _;
    let bad = |e: &dyn std::fmt::Display| ExtractError::Docx(e.to_string());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| bad(&e))?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .map_err(|_| ExtractError::Docx("it has no word/document.xml".into()))?
        .take(MAX_DOCUMENT_XML)
        .read_to_string(&mut xml)
        .map_err(|e| bad(&e))?;
    let doc = roxmltree::Document::parse(&xml).map_err(|e| bad(&e))?;
    let mut pages = vec![String::new()];
    for p in doc.descendants().filter(|n| n.has_tag_name((W, "p"))) {
        let mut para = String::new();
        for n in p.descendants() {
            match n.tag_name().name() {
                "t" if n.tag_name().namespace() == Some(W) => para.push_str(n.text().unwrap_or("")),
                "tab" => para.push('\t'),
                "br" if n.attribute((W, "type")) == Some("page") => {
                    flush(&mut pages, &mut para);
                    pages.push(String::new());
                }
                "br" | "cr" => para.push('\n'),
                "lastRenderedPageBreak"
                    if !para.is_empty() || !pages.last().is_some_and(String::is_empty) =>
                {
                    flush(&mut pages, &mut para);
                    pages.push(String::new());
                }
                _ => {}
            }
        }
        flush(&mut pages, &mut para);
    }
    Ok(pages)
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn flush(pages: &mut [String], para: &mut String) {
    if let Some(page) = pages.last_mut()
        && !para.trim().is_empty()
    {
        page.push_str(para.trim_end());
        page.push_str("\n\n");
    }
    para.clear();
}
