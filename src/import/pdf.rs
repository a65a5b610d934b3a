//! The text of a PDF, page by page, with its lines and paragraphs.
//!
//! `lopdf` decodes the fonts and the content streams; this module follows
//! the text position through them so that a line ends where the baseline
//! moves, and a paragraph where the gap to the next line is wider than the
//! page's usual line spacing (a blank line in the output). On a page that
//! sets no paragraph apart by space, a paragraph ends where a line that
//! ends a sentence stops short of the margin by more than the next line's
//! first word: the typesetter would have put that word there (glyph widths
//! from the font's `/Widths`). `lopdf`'s own `extract_text` gives the same
//! words but no paragraph breaks, which the ground splitter needs
//! (measured in docs/import.md).

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
    /// Where the line's last glyph other than a space ends, when every
    /// piece was drawn in a font whose widths are known.
    right: Option<f64>,
    /// The width of the line's first word and of a space after it, in the
    /// font of its first piece, when known.
    first_word: Option<(f64, f64)>,
}

/// A simple font's glyph widths (`/FirstChar`, `/Widths`), in thousandths
/// of the font size.
struct Widths {
    first: i64,
    widths: Vec<f64>,
}

impl Widths {
    fn of(doc: &Document, font: &lopdf::Dictionary) -> Option<Widths> {
        // Composite fonts (two-byte codes) and Type 3 fonts (their own
        // glyph space) are not measured.
        let subtype = font.get(b"Subtype").and_then(Object::as_name).ok()?;
        if !matches!(subtype, b"TrueType" | b"Type1" | b"MMType1") {
            return None;
        }
        let first = font.get(b"FirstChar").and_then(Object::as_i64).ok()?;
        let widths = match font.get(b"Widths").ok()? {
            Object::Reference(id) => doc.get_object(*id).ok()?,
            o => o,
        };
        let widths = widths
            .as_array()
            .ok()?
            .iter()
            .map(|w| match w {
                Object::Reference(id) => num(doc.get_object(*id).ok()),
                w => num(Some(w)),
            })
            .collect();
        Some(Widths { first, widths })
    }

    fn of_code(&self, code: u8) -> f64 {
        usize::try_from(i64::from(code) - self.first)
            .ok()
            .and_then(|i| self.widths.get(i))
            .copied()
            .unwrap_or(0.0)
    }
}

/// The state that sets how far a glyph moves the pen: the font's widths and
/// size, the character and word spacing (`Tc`, `Tw`) and the horizontal
/// scaling (`Tz`).
struct Pen<'a> {
    widths: Option<&'a Widths>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scaling: f64,
}

/// How a piece of text measures: where its last glyph other than a space
/// ends, where its first word ends and how wide its first space is, and
/// its whole advance (all from where the piece starts, in text space).
/// The gaps between its words, each from one word's last glyph to the
/// next word's first, are kept too: a justified line stretches them all
/// alike.
#[derive(Default)]
struct Measure {
    inked: f64,
    first_word: Option<f64>,
    space: f64,
    advance: f64,
    word_gaps: Vec<f64>,
    /// Whether a space (a glyph, or a wide move back of the pen) has come
    /// since the last glyph other than a space.
    spaced: bool,
}

impl Measure {
    /// The measure on the page, by the line matrix's horizontal scale.
    fn scaled(&self, by: f64) -> Measure {
        Measure {
            inked: self.inked * by,
            first_word: self.first_word.map(|w| w * by),
            space: self.space * by,
            advance: self.advance * by,
            word_gaps: self.word_gaps.iter().map(|g| g * by).collect(),
            spaced: self.spaced,
        }
    }
}

fn page_text(doc: &Document, page: lopdf::ObjectId) -> String {
    let fonts = doc.get_page_fonts(page).unwrap_or_default();
    let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
        .iter()
        .filter_map(|(name, font)| font.get_font_encoding(doc).ok().map(|e| (name.clone(), e)))
        .collect();
    let widths: BTreeMap<Vec<u8>, Widths> = fonts
        .iter()
        .filter_map(|(name, font)| Widths::of(doc, font).map(|w| (name.clone(), w)))
        .collect();
    let Ok(content) = Content::decode(&doc.get_page_content(page)) else {
        return String::new();
    };
    let lines = lines(&content, &encodings, &widths);
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

fn lines(
    content: &Content,
    encodings: &BTreeMap<Vec<u8>, Encoding>,
    widths: &BTreeMap<Vec<u8>, Widths>,
) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut pieces: Vec<Vec<Piece>> = Vec::new();
    let mut line_m = Matrix::IDENTITY;
    let mut leading = 0.0;
    let mut encoding: Option<&Encoding> = None;
    let mut pen = Pen {
        widths: None,
        size: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        scaling: 1.0,
    };
    // How far the pen has moved along the line since the line matrix was
    // last set (a second `Tj` on the same line goes on from the first).
    let mut moved = 0.0;
    for op in &content.operations {
        let args = &op.operands;
        let operator = op.operator.as_str();
        if matches!(operator, "BT" | "Tm" | "Td" | "TD" | "T*" | "'" | "\"") {
            moved = 0.0;
        }
        match operator {
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
            "Tc" => pen.char_spacing = num(args.first()),
            "Tw" => pen.word_spacing = num(args.first()),
            "Tz" => pen.scaling = num(args.first()) / 100.0,
            "Tf" => {
                let name = args.first().and_then(|n| n.as_name().ok());
                encoding = name.and_then(|n| encodings.get(n));
                pen.widths = name.and_then(|n| widths.get(n));
                pen.size = num(args.get(1));
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if matches!(operator, "'" | "\"") {
                    line_m = line_m.translate(0.0, -leading);
                }
                if operator == "\"" {
                    pen.word_spacing = num(args.first());
                    pen.char_spacing = num(args.get(1));
                }
                let Some(enc) = encoding else { continue };
                let strings = if operator == "\"" {
                    &args[args.len().min(2)..]
                } else {
                    &args[..]
                };
                let mut text = String::new();
                decode(enc, strings, &mut text, &mut false);
                let measure = pen.widths.map(|w| {
                    let mut m = Measure::default();
                    measure(enc, w, &pen, strings, &mut m);
                    m
                });
                let piece = Piece {
                    x: line_m.e,
                    start: line_m.e + moved * line_m.a,
                    measure: measure.as_ref().map(|m| m.scaled(line_m.a)),
                    em: pen.size * line_m.a,
                };
                moved += measure.map_or(0.0, |m| m.advance);
                if text.is_empty() {
                    continue;
                }
                place(&mut out, &mut pieces, line_m.f, piece, text);
            }
            _ => {}
        }
    }
    // Left to right: a glyph drawn later from another font (a list's "☐"
    // from a fallback font) stands where it is placed, not where it is
    // drawn. Pieces placed at the same x keep their order.
    for (line, mut pieces) in out.iter_mut().zip(pieces) {
        line.runs.sort_by(|a, b| a.0.total_cmp(&b.0));
        pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
        let word_gap = word_gap(&pieces);
        line.text = String::new();
        for (i, run) in line.runs.iter().enumerate() {
            if i > 0 && column_gap(&pieces[i - 1], &pieces[i], &line.runs[i - 1].1, &run.1, word_gap) {
                line.text.truncate(line.text.trim_end().len());
                line.text.push('\t');
            }
            line.text.push_str(&run.1);
        }
        (line.right, line.first_word) = extent(&pieces);
    }
    out
}

/// The piece on the line at its baseline `y`, or on a new line below.
fn place(out: &mut Vec<Line>, pieces: &mut Vec<Vec<Piece>>, y: f64, piece: Piece, text: String) {
    match (out.last_mut(), pieces.last_mut()) {
        (Some(last), Some(on_line)) if (last.y - y).abs() < 1.0 => {
            last.runs.push((piece.x, text));
            on_line.push(piece);
        }
        _ => {
            out.push(Line {
                y,
                text: String::new(),
                runs: vec![(piece.x, text)],
                right: None,
                first_word: None,
            });
            pieces.push(vec![piece]);
        }
    }
}

/// A piece of text drawn on a line: where the line matrix placed it (`x`),
/// where the pen stood when it was drawn (`start`), how it measures on
/// the page, in a font whose widths are known, and its font size on the
/// page (`em`).
struct Piece {
    x: f64,
    start: f64,
    measure: Option<Measure>,
    em: f64,
}

/// Whether the space between two pieces of a line, both measured, is a
/// gap between columns (a tab stop, a table's cells: "Issue" far left of
/// "Finding") rather than a word space: wider than half the font size past
/// the first piece's last glyph, and more than half again as wide as the
/// line's usual space between words (`word_gap`, see [`word_gap`]), or,
/// where neither piece has a space at the join (the typesetter moved the
/// pen instead of setting a space: "Cost of treatment" a hair short of the
/// tab stop where "The estimate ..." starts), wider than a tenth of it.
/// Such a gap is read as a tab. A line set justified and loose, its
/// spaces stretched to over half an em, has a bold run set apart by a
/// space stretched as much as the others: no cell.
fn column_gap(before: &Piece, after: &Piece, before_text: &str, after_text: &str, word_gap: f64) -> bool {
    let (Some(m), Some(_)) = (&before.measure, &after.measure) else {
        return false;
    };
    let em = before.em.max(after.em);
    let gap = after.start - (before.start + m.inked);
    let spaced = before_text.ends_with(char::is_whitespace) || after_text.starts_with(char::is_whitespace);
    m.inked > 0.0 && (gap > 0.5 * em && gap > 1.5 * word_gap || !spaced && gap > 0.1 * em)
}

/// The usual space between words on a line: the median of the gaps
/// between words within its measured pieces, none where they have none.
fn word_gap(pieces: &[Piece]) -> f64 {
    let mut gaps: Vec<f64> = pieces
        .iter()
        .filter_map(|p| p.measure.as_ref())
        .flat_map(|m| m.word_gaps.iter().copied())
        .collect();
    gaps.sort_by(f64::total_cmp);
    gaps.get(gaps.len() / 2).copied().unwrap_or(0.0)
}

/// Where a line's last glyph other than a space ends, and its first word
/// and a space, when every piece of it was measured.
fn extent(pieces: &[Piece]) -> (Option<f64>, Option<(f64, f64)>) {
    if pieces.iter().any(|p| p.measure.is_none()) {
        return (None, None);
    }
    let right = pieces
        .iter()
        .filter_map(|p| p.measure.as_ref().map(|m| (p.start, m)))
        .filter(|(_, m)| m.inked > 0.0)
        .map(|(start, m)| start + m.inked)
        .max_by(f64::total_cmp);
    let first_word = pieces
        .first()
        .and_then(|p| p.measure.as_ref())
        .map(|m| (m.first_word.unwrap_or(m.inked), m.space));
    (right, first_word)
}

/// Measures the strings of a `Tj` or `TJ` in a simple font, one byte a
/// glyph: a space is a glyph that decodes to one.
fn measure(encoding: &Encoding, widths: &Widths, pen: &Pen, operands: &[Object], m: &mut Measure) {
    for operand in operands {
        match operand {
            Object::String(bytes, _) => {
                for &code in bytes {
                    let space = Document::decode_text(encoding, &[code]).is_ok_and(|s| s == " ");
                    let mut step = widths.of_code(code) / 1000.0 * pen.size + pen.char_spacing;
                    if code == b' ' {
                        step += pen.word_spacing;
                    }
                    step *= pen.scaling;
                    if space {
                        if m.first_word.is_none() && m.inked > 0.0 {
                            m.first_word = Some(m.inked);
                            m.space = step;
                        }
                        m.spaced = true;
                    } else {
                        if m.spaced && m.inked > 0.0 {
                            m.word_gaps.push(m.advance - m.inked);
                        }
                        m.spaced = false;
                        m.inked = m.advance + step;
                    }
                    m.advance += step;
                }
            }
            Object::Array(items) => measure(encoding, widths, pen, items, m),
            Object::Integer(_) | Object::Real(_) => {
                // A wide move back of the pen is a word space (see [`decode`]).
                m.spaced = m.spaced || num(Some(operand)) < -180.0;
                m.advance -= num(Some(operand)) / 1000.0 * pen.size * pen.scaling;
            }
            _ => {}
        }
    }
}

/// The text a show-text operator's strings set, pushed onto `text`;
/// `moved` is true right after a word space read from a move of the pen:
/// a justified line (as LibreOffice sets it) stretches each space by
/// moving the pen beside the space it sets, and the two are one space.
fn decode(encoding: &Encoding, operands: &[Object], text: &mut String, moved: &mut bool) {
    for operand in operands {
        match operand {
            Object::String(bytes, _) => {
                if let Ok(s) = Document::decode_text(encoding, bytes) {
                    let s = if *moved {
                        s.strip_prefix(' ').unwrap_or(&s)
                    } else {
                        &s
                    };
                    text.push_str(s);
                    *moved = *moved && s.is_empty();
                }
            }
            Object::Array(items) => decode(encoding, items, text, moved),
            // A wide negative adjustment inside TJ is a word space.
            Object::Integer(_) | Object::Real(_) if num(Some(operand)) < -180.0 && !text.ends_with(' ') => {
                text.push(' ');
                *moved = true;
            }
            _ => {}
        }
    }
}

/// The lines of a page as text: a blank line where the gap down to the next
/// line is clearly wider than the usual spacing, or where the text moves
/// back up the page. A page with no such gap between its paragraphs (at
/// most one, under the letterhead) has a blank line where a line that ends
/// a sentence had room for the next line's first word ([`ends_short`]).
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
    let wide = |gap: f64| gap < 0.0 || (usual > 0.0 && gap > usual * 1.3);
    let spaced = lines.windows(2).filter(|w| wide(w[0].y - w[1].y)).count() >= 2;
    let margin = margin_of(lines);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = &lines[i - 1];
            out.push('\n');
            if wide(prev.y - line.y) || !spaced && ends_short(prev, line, margin) {
                out.push('\n');
            }
        }
        out.push_str(line.text.trim_end());
    }
    out
}

/// A line that ends a sentence ("." "?" "!", a closing quote or bracket
/// after one) with room left before the margin (see [`margin_of`]) for the
/// next line's first word and a space: the typesetter did not break it,
/// the paragraph ended.
fn ends_short(line: &Line, next: &Line, margin: Option<f64>) -> bool {
    let (Some(right), Some(margin), Some((word, space))) = (line.right, margin, next.first_word) else {
        return false;
    };
    ends_sentence(line) && right + space + word < margin - 1.0
}

fn ends_sentence(line: &Line) -> bool {
    line.text
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}', ')'])
        .ends_with(['.', '?', '!'])
}

/// The right margin of the body: the right edge that nine in ten of the
/// lines the typesetter broke (another line follows, and the line ends no
/// sentence) stay within; they end just short of the margin. A
/// right-aligned date or a wide footer is one line among many and does
/// not move it, where the page's rightmost glyph would make every full
/// line of the body look short. (The median, tried first, sat so far in
/// that real breaks were missed.) With no such line, the rightmost glyph.
fn margin_of(lines: &[Line]) -> Option<f64> {
    let mut broken: Vec<f64> = lines
        .windows(2)
        .filter(|w| !ends_sentence(&w[0]))
        .filter_map(|w| w[0].right)
        .collect();
    if broken.is_empty() {
        return lines.iter().filter_map(|l| l.right).max_by(f64::total_cmp);
    }
    broken.sort_by(f64::total_cmp);
    Some(broken[broken.len() * 9 / 10])
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Stream, dictionary};

    /// A one-page PDF of `lines`, one `Tj` each, 12 points apart with no
    /// wider gap anywhere, in a font whose every glyph is half an em wide.
    fn pdf_of(lines: &[&str]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
            "FirstChar" => 32,
            "LastChar" => 126,
            "Widths" => vec![Object::Integer(500); 95],
        });
        let mut ops = String::new();
        for (i, line) in lines.iter().enumerate() {
            let y = 700 - 12 * i;
            // "@480 June 1, 2026": a line drawn further right.
            let (x, line) = match line.strip_prefix('@').and_then(|l| l.split_once(' ')) {
                Some((x, rest)) => (x, rest),
                None => ("72", *line),
            };
            // "Label~70~Finding": a second piece on the line, drawn from
            // 70 points right of where the first started.
            let mut cells = line.split('~');
            ops.push_str(&format!(
                "BT /F1 10 Tf {x} {y} Td ({}) Tj",
                cells.next().unwrap_or("")
            ));
            while let (Some(dx), Some(cell)) = (cells.next(), cells.next()) {
                ops.push_str(&format!(" {dx} 0 Td ({cell}) Tj"));
            }
            ops.push_str(" ET\n");
        }
        let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn with_no_space_between_paragraphs_a_sentence_that_stops_short_ends_one() {
        let text = pages(&pdf_of(&[
            "The sponsor has a steady wage and savings set aside for the",
            "trip. The clinic has agreed to see him.",
            "Nothing shows where he would sleep after the operation, or who",
            "would drive him to the visits in the first week.",
            "The permit expired last year and has not been renewed yet. It",
            "names a different employer.",
        ]))
        .unwrap();
        assert_eq!(
            text[0],
            "The sponsor has a steady wage and savings set aside for the\n\
             trip. The clinic has agreed to see him.\n\n\
             Nothing shows where he would sleep after the operation, or who\n\
             would drive him to the visits in the first week.\n\n\
             The permit expired last year and has not been renewed yet. It\n\
             names a different employer."
        );
        // A full line that ends a sentence had no room for the next word:
        // the typesetter broke it, and the paragraph goes on.
        let text = pages(&pdf_of(&[
            "The sponsor has a steady wage and savings set aside for them.",
            "Nothing shows where he would sleep after the operation.",
        ]))
        .unwrap();
        assert!(!text[0].contains("\n\n"), "{:?}", text[0]);
    }

    /// A piece drawn past a gap that no space was set for (a tab stop, a
    /// table's next column) is read with a tab before it; a piece after a
    /// space, or drawn right where the one before it ends, is not.
    #[test]
    fn a_gap_between_columns_is_read_as_a_tab() {
        // Each glyph is 5 points wide: "Cost" ends 20 points in.
        let text = pages(&pdf_of(&[
            "Issue~80~Finding",
            "Cost~21.5~Not shown. Nobody has said who pays.",
            "The sponsor has ~100~a wage.",
            "Her care~40~fully",
        ]))
        .unwrap();
        let lines: Vec<&str> = text[0].lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "Issue\tFinding",
                "Cost\tNot shown. Nobody has said who pays.",
                "The sponsor has\ta wage.",
                "Her carefully"
            ]
        );
    }

    /// A date set flush right, wider than the body, is no margin: a full
    /// line of the body that ends a sentence ("... on arrival.", "... who
    /// is unwell.") still had no room for the next word.
    #[test]
    fn a_date_set_far_right_does_not_make_full_lines_look_short() {
        let body = [
            "The sponsor has a steady wage and savings set aside for the",
            "trip, and the clinic in Boston has agreed to see him on arrival.",
            "Nothing shows where he would sleep after the operation, or who",
            "would drive him to the visits in the first week after surgery",
            "and in the weeks of recovery that the surgeon describes in her",
            "letter of March 3, which also says that he must not climb stairs",
            "or lift anything heavy, and that he will need help to wash and",
            "dress for a time; the record does not say whether the cousin who",
            "offered her home lives on a ground floor, whether she works in",
            "the day, or whether anyone else in the household could help him",
            "while she is away, and the letter of the cousin gives no address",
            "at all, only a telephone number and the name of the town where",
            "she lives with her two children and her husband, who is unwell.",
            "It names no one who would stay with him during the recovery at",
            "home.",
        ];
        let mut lines = vec!["@480 June 1, 2026"];
        lines.extend(body);
        let text = pages(&pdf_of(&lines)).unwrap();
        assert_eq!(text[0], format!("June 1, 2026\n{}", body.join("\n")));
    }
}
