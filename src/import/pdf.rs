//! The text of a PDF, page by page, with its lines and paragraphs.
//!
//! `lopdf` decodes the fonts and the content streams; this module follows
//! the text position through them so that a line ends where the baseline
//! moves, and a paragraph where the gap to the next line is wider than the
//! page's usual line spacing (a blank line in the output). `lopdf`'s own
//! `extract_text` gives the same words but no paragraph breaks, which the
//! ground splitter needs (measured in docs/import.md).

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};
use std::collections::BTreeMap;

/// Why a PDF gives no text.
#[derive(Debug)]
pub enum PdfError {
    /// Not a PDF that `lopdf` can read (damaged, or encrypted with a password).
    Unreadable(String),
}

/// The text of each page, lines separated by `\n`, paragraphs by a blank line.
pub fn pages(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    let doc = Document::load_mem(bytes).map_err(|e| PdfError::Unreadable(e.to_string()))?;
    if doc.is_encrypted() {
        return Err(PdfError::Unreadable("it is encrypted with a password".into()));
    }
    Ok(doc.get_pages().values().map(|&id| page_text(&doc, id)).collect())
}

/// A run of text at one baseline.
struct Line {
    y: f64,
    text: String,
    /// Where each piece of text starts (the line matrix's x) and its text,
    /// in the order the page shows them.
    runs: Vec<(f64, String)>,
}

fn page_text(doc: &Document, page: lopdf::ObjectId) -> String {
    let encodings: BTreeMap<Vec<u8>, Encoding> = doc
        .get_page_fonts(page)
        .map(|fonts| {
            fonts
                .into_iter()
                .filter_map(|(name, font)| font.get_font_encoding(doc).ok().map(|e| (name, e)))
                .collect()
        })
        .unwrap_or_default();
    let Ok(content) = Content::decode(&doc.get_page_content(page)) else {
        return String::new();
    };
    let lines = lines(&content, &encodings);
    if std::env::var_os("REBUT_DEBUG_PDF").is_some() {
        for l in &lines {
            eprintln!("{:8.2} {}", l.y, l.text);
        }
    }
    layout(&lines)
}

/// The text matrix's translation and the line matrix's, with the vertical
/// scale that turns text-space moves into page moves.
#[derive(Clone, Copy)]
struct Matrix {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
}

impl Matrix {
    const IDENTITY: Matrix = Matrix {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 1.0,
        e: 0.0,
        f: 0.0,
    };

    fn translate(self, tx: f64, ty: f64) -> Matrix {
        Matrix {
            e: self.e + tx * self.a + ty * self.c,
            f: self.f + tx * self.b + ty * self.d,
            ..self
        }
    }
}

fn num(o: Option<&Object>) -> f64 {
    match o {
        Some(Object::Integer(i)) => *i as f64,
        Some(Object::Real(r)) => f64::from(*r),
        _ => 0.0,
    }
}

fn lines(content: &Content, encodings: &BTreeMap<Vec<u8>, Encoding>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut line_m = Matrix::IDENTITY;
    let mut leading = 0.0;
    let mut encoding: Option<&Encoding> = None;
    let show = |out: &mut Vec<Line>, x: f64, y: f64, text: String| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if (last.y - y).abs() < 1.0 => last.runs.push((x, text)),
            _ => out.push(Line {
                y,
                text: String::new(),
                runs: vec![(x, text)],
            }),
        }
    };
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "BT" => line_m = Matrix::IDENTITY,
            "Tm" => {
                line_m = Matrix {
                    a: num(args.first()),
                    b: num(args.get(1)),
                    c: num(args.get(2)),
                    d: num(args.get(3)),
                    e: num(args.get(4)),
                    f: num(args.get(5)),
                };
            }
            "Td" => line_m = line_m.translate(num(args.first()), num(args.get(1))),
            "TD" => {
                leading = -num(args.get(1));
                line_m = line_m.translate(num(args.first()), num(args.get(1)));
            }
            "TL" => leading = num(args.first()),
            "T*" => line_m = line_m.translate(0.0, -leading),
            "Tf" => {
                encoding = args
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| encodings.get(n));
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if matches!(op.operator.as_str(), "'" | "\"") {
                    line_m = line_m.translate(0.0, -leading);
                }
                if let Some(enc) = encoding {
                    let strings = if op.operator == "\"" {
                        &args[args.len().min(2)..]
                    } else {
                        &args[..]
                    };
                    let mut text = String::new();
                    decode(enc, strings, &mut text);
                    show(&mut out, line_m.e, line_m.f, text);
                }
            }
            _ => {}
        }
    }
    // Left to right: a glyph drawn later from another font (a list's "☐"
    // from a fallback font) stands where it is placed, not where it is
    // drawn. Pieces placed at the same x keep their order.
    for line in &mut out {
        line.runs.sort_by(|a, b| a.0.total_cmp(&b.0));
        line.text = line.runs.iter().map(|r| r.1.as_str()).collect();
    }
    out
}

fn decode(encoding: &Encoding, operands: &[Object], text: &mut String) {
    for operand in operands {
        match operand {
            Object::String(bytes, _) => {
                if let Ok(s) = Document::decode_text(encoding, bytes) {
                    text.push_str(&s);
                }
            }
            Object::Array(items) => decode(encoding, items, text),
            // A wide negative adjustment inside TJ is a word space.
            Object::Integer(_) | Object::Real(_) if num(Some(operand)) < -180.0 && !text.ends_with(' ') => {
                text.push(' ');
            }
            _ => {}
        }
    }
}

/// The lines of a page as text: a blank line where the gap down to the next
/// line is clearly wider than the usual spacing, or where the text moves
/// back up the page.
fn layout(lines: &[Line]) -> String {
    let mut gaps: Vec<f64> = lines
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|&g| g > 0.5)
        .collect();
    gaps.sort_by(f64::total_cmp);
    // The usual spacing: the smallest gap that recurs (within a tenth), so
    // that a page of many short paragraphs still measures its lines.
    let usual = gaps
        .iter()
        .enumerate()
        .find(|&(i, &g)| gaps.get(i + 1).is_some_and(|&h| h <= g * 1.1))
        .map_or(0.0, |(_, &g)| g);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let gap = lines[i - 1].y - line.y;
            out.push('\n');
            if gap < 0.0 || (usual > 0.0 && gap > usual * 1.3) {
                out.push('\n');
            }
        }
        out.push_str(line.text.trim_end());
    }
    out
}
