//! The walk over comrak's syntax tree: each Markdown block becomes Word
//! paragraphs or a table, each inline a run with its formatting.

use super::conventions::{is_gap_marker, is_page_break, keep, plain_text, starts_new_page};
use super::style::{self, INDENT};
use super::{DocxError, DocxOptions, MAX_NESTING};
use comrak::nodes::{AstNode, ListType, NodeValue, TableAlignment};
use docx_rs::{
    AlignmentType, BorderType, BreakType, BuildXML, Docx, LineSpacing, NumberingId, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, Shading, ShdType, Table, TableCell,
    TableCellMargins, TableRow, WidthType,
};

/// The document being built. The body is written out as XML block by
/// block, run by run, as the walk goes: a memo of millions of runs never
/// holds them all as Word elements at once (see [`Converter::finish`]).
pub struct Converter<'o> {
    options: &'o DocxOptions,
    docx: Docx,
    /// The body's XML so far.
    body: Vec<u8>,
    /// Some paragraph of the body is numbered (then the package names its
    /// numbering part, as docx-rs does for the paragraphs it holds).
    numbered: bool,
    /// Numbering instances made so far, one per list.
    lists: usize,
    /// Paragraph ids are ours, counted per document, so that the same
    /// Markdown always gives the same bytes.
    paragraphs: u32,
}

/// Where a block sits: inside how many quotes, which list item.
#[derive(Clone, Copy, Default)]
struct Place {
    quotes: usize,
    /// Nesting of lists; 0 outside any list.
    list_depth: usize,
    /// The numbering of the item whose first paragraph comes next.
    numbered: Option<(usize, usize)>,
    tight: bool,
    /// The box of the task whose first paragraph comes next: checked or not.
    task: Option<bool>,
    nesting: usize,
}

/// A task list's boxes in Word: a ballot box, empty or checked.
const BOX: &str = "\u{2610}";
const BOX_CHECKED: &str = "\u{2612}";

impl Place {
    fn deeper(self) -> Result<Place, DocxError> {
        if self.nesting >= MAX_NESTING {
            return Err(DocxError::TooDeep { limit: MAX_NESTING });
        }
        Ok(Place {
            nesting: self.nesting + 1,
            ..self
        })
    }

    /// Left indentation in twips.
    fn indent(self) -> i32 {
        INDENT * (self.quotes + self.list_depth) as i32
    }
}

/// How an inline run looks.
#[derive(Clone, Copy, Default)]
struct Format {
    bold: bool,
    italic: bool,
    strike: bool,
    code: bool,
    gap: bool,
    /// Table text, a size smaller than the body's.
    small: bool,
    nesting: usize,
}

impl Format {
    fn deeper(self) -> Result<Format, DocxError> {
        if self.nesting >= MAX_NESTING {
            return Err(DocxError::TooDeep { limit: MAX_NESTING });
        }
        Ok(Format {
            nesting: self.nesting + 1,
            ..self
        })
    }
}

impl<'o> Converter<'o> {
    pub fn new(options: &'o DocxOptions) -> Self {
        Converter {
            options,
            docx: style::blank_document(),
            body: Vec::new(),
            numbered: false,
            lists: 0,
            paragraphs: 0,
        }
    }

    /// The document, whose body is the one paragraph [`body_placeholder`],
    /// and the XML that takes its place.
    pub fn finish(self) -> (Docx, Vec<u8>) {
        let mut docx = self.docx.add_paragraph(body_placeholder());
        docx.document_rels.has_numberings |= self.numbered;
        (docx, self.body)
    }

    pub fn document<'a>(&mut self, root: &'a AstNode<'a>) -> Result<(), DocxError> {
        self.blocks(root, Place::default())
    }

    fn blocks<'a>(&mut self, parent: &'a AstNode<'a>, place: Place) -> Result<(), DocxError> {
        for child in parent.children() {
            self.block(child, place)?;
        }
        Ok(())
    }

    /// One block. This and [`Self::inlines`] recurse with the nesting of the
    /// Markdown, so they keep their stack frames small: the Word elements,
    /// which are large, are built in the functions they call.
    fn block<'a>(&mut self, node: &'a AstNode<'a>, place: Place) -> Result<(), DocxError> {
        let kind = match &node.data().value {
            NodeValue::Paragraph => BlockKind::Text(None),
            NodeValue::Heading(heading) => BlockKind::Text(Some(heading.level)),
            NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) | NodeValue::Alert(_) => {
                BlockKind::Quote
            }
            NodeValue::List(list) => BlockKind::List {
                ordered: list.list_type == ListType::Ordered,
                start: list.start,
                tight: list.tight,
            },
            NodeValue::Item(_) | NodeValue::TaskItem(_) => BlockKind::Item,
            NodeValue::CodeBlock(_) => BlockKind::Code,
            NodeValue::ThematicBreak => BlockKind::Rule,
            NodeValue::Table(_) => BlockKind::Table,
            // Raw HTML and front matter are not part of a memo's text; the
            // HTML rendering omits them too.
            NodeValue::HtmlBlock(_) | NodeValue::FrontMatter(_) => BlockKind::Skip,
            _ => BlockKind::Container,
        };
        match kind {
            BlockKind::Text(heading) => self.text_paragraph(node, place, heading)?,
            BlockKind::Quote => {
                let inner = Place {
                    quotes: place.quotes + 1,
                    ..place.deeper()?
                };
                self.blocks(node, inner)?;
            }
            BlockKind::List {
                ordered,
                start,
                tight,
            } => {
                let level = place.list_depth.min(8);
                let id = self.numbering(ordered, level, start);
                let inner = Place {
                    list_depth: place.list_depth + 1,
                    tight,
                    ..place.deeper()?
                };
                for item in node.children() {
                    // The last item keeps the space after it, before the text
                    // that follows the list.
                    let tight = inner.tight && item.next_sibling().is_some();
                    self.item(item, Place { tight, ..inner }, (id, level))?;
                }
            }
            BlockKind::Item => self.item(node, place, (0, 0))?,
            BlockKind::Code => self.code_block(node, place),
            BlockKind::Rule => {
                if !is_page_break(node) {
                    self.rule(place);
                }
            }
            BlockKind::Table => self.table(node, place)?,
            BlockKind::Skip => {}
            BlockKind::Container => self.blocks(node, place.deeper()?)?,
        }
        Ok(())
    }

    /// A paragraph or a heading and its inline content.
    #[inline(never)]
    fn text_paragraph<'a>(
        &mut self,
        node: &'a AstNode<'a>,
        place: Place,
        heading: Option<u8>,
    ) -> Result<(), DocxError> {
        // A task list's box, in place of the bullet.
        let task_box = place.task.map(|checked| {
            Run::new()
                .add_text(if checked { BOX_CHECKED } else { BOX })
                .add_tab()
        });
        let keep = keep(node);
        let p = match heading {
            None => self.paragraph(place),
            Some(level) => self
                .paragraph(Place {
                    numbered: None,
                    ..place
                })
                .style(&style::heading_style_id(level))
                .page_break_before(starts_new_page(node)),
        };
        let p = p.keep_next(keep.with_next).keep_lines(keep.lines_together);
        // The paragraph's own XML, then its runs' one by one before its end.
        self.numbered |= p.has_numbering;
        let xml = p.build();
        let Some(open) = xml.strip_suffix(PARAGRAPH_END.as_bytes()) else {
            // A paragraph always has its properties, so never ends in `/>`;
            // should that change, the runs go in as elements.
            let mut runs: Vec<Run> = task_box.into_iter().collect();
            self.inlines(node, &mut runs, Format::default())?;
            self.push(runs.into_iter().fold(p, Paragraph::add_run));
            return Ok(());
        };
        self.body.extend_from_slice(open);
        let mut sink = XmlRuns(std::mem::take(&mut self.body));
        if let Some(run) = task_box {
            sink.push_run(run);
        }
        let walked = self.inlines(node, &mut sink, Format::default());
        self.body = sink.0;
        walked?;
        self.body.extend_from_slice(PARAGRAPH_END.as_bytes());
        Ok(())
    }

    /// A numbering instance for a new list; returns its id.
    #[inline(never)]
    fn numbering(&mut self, ordered: bool, level: usize, start: usize) -> usize {
        let id = style::FIRST_LIST + self.lists;
        self.lists += 1;
        let numbering = style::list_numbering(id, ordered, level, start.max(1));
        self.docx = std::mem::take(&mut self.docx).add_numbering(numbering);
        id
    }

    #[inline(never)]
    fn code_block<'a>(&mut self, node: &'a AstNode<'a>, place: Place) {
        let NodeValue::CodeBlock(code) = &node.data().value else {
            return;
        };
        let mut p = self.paragraph(place).style(style::CODE_STYLE);
        for (i, line) in code.literal.trim_end_matches('\n').split('\n').enumerate() {
            let mut run = Run::new();
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            p = p.add_run(run.add_text(line).fonts(style::monospace()));
        }
        self.push(p);
    }

    /// A thematic break that is not a page break: a thin line.
    #[inline(never)]
    fn rule(&mut self, place: Place) {
        let mut p = self.paragraph(place);
        p.property = p.property.set_borders(
            ParagraphBorders::with_empty().set(
                ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                    .val(BorderType::Single)
                    .size(6)
                    .space(1)
                    .color("auto"),
            ),
        );
        self.push(p);
    }

    /// A list item: its first paragraph carries the number or bullet, the
    /// rest are indented under it.
    fn item<'a>(
        &mut self,
        item: &'a AstNode<'a>,
        place: Place,
        numbering: (usize, usize),
    ) -> Result<(), DocxError> {
        let mut first = true;
        for child in item.children() {
            let opens = first && matches!(child.data().value, NodeValue::Paragraph);
            first = false;
            let task = match &item.data().value {
                NodeValue::TaskItem(task) if opens => Some(task.symbol.is_some()),
                _ => None,
            };
            // A task's box stands where the bullet would.
            let numbered = if task.is_some() {
                None
            } else {
                opens.then_some(numbering)
            };
            self.block(
                child,
                Place {
                    numbered,
                    task,
                    ..place
                },
            )?;
        }
        Ok(())
    }

    /// A new paragraph with its place's indentation, quote style and list
    /// numbering.
    fn paragraph(&mut self, place: Place) -> Paragraph {
        self.paragraphs += 1;
        let mut p = Paragraph::new()
            .id(format!("{:08X}", self.paragraphs))
            .widow_control(true);
        if place.quotes > 0 {
            p = p.style(style::QUOTE_STYLE);
        }
        if let Some((id, level)) = place.numbered {
            p = p.numbering(NumberingId::new(id), style::list_level(level));
            if place.quotes > 0 {
                // The list level's own indentation does not know the quote.
                let hanging = Some(docx_rs::SpecialIndentType::Hanging(style::LIST_HANGING));
                p = p.indent(Some(place.indent()), hanging, Some(INDENT), None);
            }
        } else if place.task.is_some() {
            let hanging = Some(docx_rs::SpecialIndentType::Hanging(style::LIST_HANGING));
            let right = if place.quotes > 0 { Some(INDENT) } else { None };
            p = p.indent(Some(place.indent()), hanging, right, None);
        } else if place.quotes > 0 || place.list_depth > 0 {
            let right = if place.quotes > 0 { Some(INDENT) } else { None };
            p = p.indent(Some(place.indent()), None, right, None);
        }
        if place.tight && place.list_depth > 0 {
            p = p.line_spacing(LineSpacing::new().after(0));
        }
        p
    }

    fn push(&mut self, p: Paragraph) {
        self.numbered |= p.has_numbering;
        self.body.extend_from_slice(&p.build());
    }

    /// A GFM table: the first row is the header, repeated on every page.
    fn table<'a>(&mut self, node: &'a AstNode<'a>, place: Place) -> Result<(), DocxError> {
        let NodeValue::Table(table) = &node.data().value else {
            return Ok(());
        };
        let alignments = table.alignments.clone();
        let columns = table.num_columns.max(1);
        let available = style::TEXT_WIDTH.saturating_sub(place.indent() as usize);
        let widths = column_widths(node, columns, available.max(columns * MIN_COLUMN));
        let mut rows = Vec::new();
        for row in node.children() {
            let header = matches!(row.data().value, NodeValue::TableRow(true));
            let mut cells = Vec::with_capacity(columns);
            for (column, cell) in row.children().enumerate().take(columns) {
                let align = match alignments.get(column) {
                    Some(TableAlignment::Center) => AlignmentType::Center,
                    Some(TableAlignment::Right) => AlignmentType::Right,
                    _ => AlignmentType::Left,
                };
                let p = self
                    .paragraph(Place::default())
                    .align(align)
                    .line_spacing(LineSpacing::new().before(40).after(40));
                let format = Format {
                    bold: header,
                    small: true,
                    ..Format::default()
                };
                let mut runs = Vec::new();
                self.inlines(cell, &mut runs, format)?;
                let p = runs.into_iter().fold(p, Paragraph::add_run);
                cells.push(self.cell(p, widths[column], header));
            }
            while cells.len() < columns {
                let p = self.paragraph(Place::default());
                cells.push(self.cell(p, widths[cells.len()], header));
            }
            // No row breaks across pages. docx-rs cannot mark the header
            // row to repeat; the packaging step does (see
            // `repeat_header_rows`).
            rows.push(TableRow::new(cells).cant_split());
        }
        let mut word_table = Table::new(rows)
            .width(widths.iter().sum(), WidthType::Dxa)
            .margins(
                TableCellMargins::new()
                    .margin_left(CELL_MARGIN, WidthType::Dxa)
                    .margin_right(CELL_MARGIN, WidthType::Dxa),
            )
            .set_grid(widths);
        if place.indent() > 0 {
            word_table = word_table.indent(place.indent());
        }
        self.numbered |= word_table.has_numbering;
        self.body
            .extend_from_slice(&super::repeat_header_rows(&word_table.build()));
        // Word merges adjacent tables; a short empty paragraph keeps them
        // apart and leaves a little air before the text that follows.
        let spacer = self
            .paragraph(Place::default())
            .line_spacing(LineSpacing::new().after(0));
        self.push(spacer);
        Ok(())
    }

    fn cell(&self, p: Paragraph, width: usize, header: bool) -> TableCell {
        let cell = TableCell::new().add_paragraph(p).width(width, WidthType::Dxa);
        if header {
            cell.shading(
                Shading::new()
                    .shd_type(ShdType::Clear)
                    .color("auto")
                    .fill(style::HEADER_ROW_FILL),
            )
        } else {
            cell
        }
    }

    fn inlines<'a>(
        &self,
        parent: &'a AstNode<'a>,
        runs: &mut impl Runs,
        format: Format,
    ) -> Result<(), DocxError> {
        for child in parent.children() {
            let data = child.data();
            match &data.value {
                NodeValue::Text(text) => push_run(runs, &crate::text::bind_citations(text), format),
                NodeValue::SoftBreak => push_run(runs, " ", format),
                NodeValue::LineBreak => runs.push_run(Run::new().add_break(BreakType::TextWrapping)),
                NodeValue::Code(code) => push_run(runs, &code.literal, Format { code: true, ..format }),
                NodeValue::Emph => self.inlines(
                    child,
                    runs,
                    Format {
                        italic: true,
                        ..format.deeper()?
                    },
                )?,
                NodeValue::Strong => {
                    let gap = self.options.highlight_gaps && is_gap_marker(&plain_text(child));
                    self.inlines(
                        child,
                        runs,
                        Format {
                            bold: true,
                            gap: format.gap || gap,
                            ..format.deeper()?
                        },
                    )?
                }
                NodeValue::Strikethrough => self.inlines(
                    child,
                    runs,
                    Format {
                        strike: true,
                        ..format.deeper()?
                    },
                )?,
                NodeValue::Link(link) => {
                    self.inlines(child, runs, format.deeper()?)?;
                    // On paper a link is only as good as its address.
                    if let Some(suffix) = link_suffix(&plain_text(child), &link.url) {
                        push_run(runs, &suffix, format);
                    }
                }
                NodeValue::HtmlInline(_) | NodeValue::Raw(_) => {}
                // An image cannot be embedded from a memo; its alt text
                // stands in, as for anything else: its content.
                _ => self.inlines(child, runs, format.deeper()?)?,
            }
        }
        Ok(())
    }
}

/// What a block is, without the node's data.
enum BlockKind {
    Text(Option<u8>),
    Quote,
    List {
        ordered: bool,
        start: usize,
        tight: bool,
    },
    Item,
    Code,
    Rule,
    Table,
    Skip,
    Container,
}

/// The end of a paragraph's XML.
const PARAGRAPH_END: &str = "</w:p>";

/// The one paragraph of the document that [`Converter::finish`] returns,
/// which the body's XML replaces.
pub fn body_placeholder() -> Paragraph {
    Paragraph::new().id("rebut-body")
}

/// Where the runs of a paragraph go: a table cell's paragraph keeps them
/// as elements; a body paragraph writes each out as XML at once.
trait Runs {
    fn push_run(&mut self, run: Run);
}

impl Runs for Vec<Run> {
    fn push_run(&mut self, run: Run) {
        self.push(run);
    }
}

struct XmlRuns(Vec<u8>);

impl Runs for XmlRuns {
    fn push_run(&mut self, run: Run) {
        self.0.extend_from_slice(&run.build());
    }
}

#[inline(never)]
fn push_run(runs: &mut impl Runs, text: &str, format: Format) {
    runs.push_run(run(text, format));
}

fn run(text: &str, format: Format) -> Run {
    let mut run = Run::new().add_text(text);
    if format.bold {
        run = run.bold();
    }
    if format.italic {
        run = run.italic();
    }
    if format.strike {
        run = run.strike();
    }
    if format.code {
        run = run.fonts(style::monospace());
    }
    if format.gap {
        run = run.highlight(style::GAP_HIGHLIGHT);
    }
    if format.small {
        run = run.size(style::TABLE_SIZE);
    }
    run
}

/// The narrowest a table column gets, in twips (a quarter inch).
const MIN_COLUMN: usize = 360;

/// Column widths: each column at least as wide as its longest word, so that
/// no word (a header such as "Exhibit" above one-letter cells least of all)
/// is broken letter by letter, as LibreOffice does with a narrow column;
/// the rest of the width in proportion to each column's longest text. When
/// the words of every column cannot all fit, the header words still do, and
/// the body's longest words share what is left.
fn column_widths<'a>(table: &'a AstNode<'a>, columns: usize, total: usize) -> Vec<usize> {
    let mut longest = vec![0usize; columns];
    let mut longest_word = vec![0f64; columns];
    let mut header_word = vec![0f64; columns];
    for row in table.children() {
        let header = matches!(row.data().value, NodeValue::TableRow(true));
        for (column, cell) in row.children().enumerate().take(columns) {
            // As printed: bound citations and dates are one word.
            let text = plain_text(cell);
            let text = crate::text::bind_citations(&text);
            longest[column] = longest[column].max(text.chars().count());
            // A no-break space ("pp. 7–10") joins what must stay on one line.
            let word = text.split([' ', '\t', '\n']).map(serif_em).fold(0f64, f64::max);
            longest_word[column] = longest_word[column].max(word);
            if header {
                header_word[column] = header_word[column].max(word);
            }
        }
    }
    let twips = |em: f64| ((em.min(14.0) * TABLE_EM).ceil() as usize + CELL_PADDING).max(MIN_COLUMN);
    let headers: Vec<usize> = header_word.iter().map(|&em| twips(em * BOLD)).collect();
    let words: Vec<usize> = longest_word
        .iter()
        .zip(&headers)
        .map(|(&em, &h)| twips(em).max(h))
        .collect();
    let floor: Vec<usize> = if words.iter().sum::<usize>() <= total {
        words
    } else {
        let hard: usize = headers.iter().sum();
        let soft: usize = words.iter().zip(&headers).map(|(w, h)| w - h).sum();
        let left = total.saturating_sub(hard);
        words
            .iter()
            .zip(&headers)
            .map(|(w, h)| h + (w - h) * left / soft.max(1))
            .map(|w| w.min(total))
            .collect()
    };
    let weights: Vec<usize> = longest.iter().map(|&n| n.clamp(6, 40)).collect();
    let sum: usize = weights.iter().sum();
    let rest = total.saturating_sub(floor.iter().sum());
    floor
        .iter()
        .zip(&weights)
        .map(|(f, w)| f + rest * w / sum)
        .collect()
}

/// One em of the tables' 10 pt type, in twips.
const TABLE_EM: f64 = 200.0;
/// How much wider bold is than regular.
const BOLD: f64 = 1.08;
/// A cell's left and right margins, each, in twips (0.05 inch).
const CELL_MARGIN: usize = 72;
/// Both margins, and a little air so that a word that just fits stays whole.
const CELL_PADDING: usize = 2 * CELL_MARGIN + 40;

/// The width of a word in Times New Roman (or its metric twin Liberation
/// Serif, which LibreOffice uses), in ems, rounded up per character.
fn serif_em(word: &str) -> f64 {
    word.chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' | ' ' | '\u{a0}' => 0.28,
            'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '-' | '/' => 0.34,
            'm' | 'w' => 0.78,
            'M' | 'W' | '@' | '%' | '\u{2014}' => 0.94,
            '0'..='9' | '\u{2013}' => 0.5,
            c if c.is_uppercase() => 0.72,
            c if c.is_lowercase() => 0.5,
            _ => 0.6,
        })
        .sum()
}

/// " (address)" after a link's text, unless the text already is the address.
fn link_suffix(label: &str, url: &str) -> Option<String> {
    let bare = url.strip_prefix("mailto:").unwrap_or(url);
    let label = label.trim();
    if url.is_empty() || url.starts_with('#') || label == url || label == bare {
        None
    } else {
        Some(format!(" ({bare})"))
    }
}

#[cfg(test)]
mod tests {
    use super::{column_widths, link_suffix, serif_em};
    use comrak::{Arena, nodes::NodeValue, parse_document};

    #[test]
    fn a_column_is_never_narrower_than_its_longest_word() {
        let arena = Arena::new();
        let md = "| Ground | Concern |\n| --- | --- |\n| I | The beneficiary's need for treatment is urgent and cannot wait |\n";
        let root = parse_document(&arena, md, &crate::docx::markdown_options());
        let table = root
            .descendants()
            .find(|n| matches!(n.data().value, NodeValue::Table(_)))
            .unwrap();
        let widths = column_widths(table, 2, 9000);
        assert!(
            widths[0] as f64 >= serif_em("Ground") * 200.0 * 1.08,
            "{widths:?}"
        );
        assert!(widths[1] > widths[0]);
        assert!(widths.iter().sum::<usize>() <= 9000);
    }

    #[test]
    fn header_words_stay_whole_when_not_every_word_fits() {
        let arena = Arena::new();
        let md =
            "| Exhibit | Pages | Translation |\n| --- | --- | --- |\n| A | 4 | Incomprehensibilities |\n";
        let root = parse_document(&arena, md, &crate::docx::markdown_options());
        let table = root
            .descendants()
            .find(|n| matches!(n.data().value, NodeValue::Table(_)))
            .unwrap();
        // Too narrow for "Incomprehensibilities", wide enough for the headers.
        let widths = column_widths(table, 3, 4000);
        for (n, header) in ["Exhibit", "Pages", "Translation"].iter().enumerate() {
            assert!(
                widths[n] as f64 >= serif_em(header) * 200.0 * 1.08,
                "{header}: {widths:?}"
            );
        }
        assert!(widths.iter().sum::<usize>() <= 4000, "{widths:?}");
    }

    #[test]
    fn links_print_their_address_once() {
        assert_eq!(
            link_suffix("the policy", "https://example.org/p").as_deref(),
            Some(" (https://example.org/p)")
        );
        assert_eq!(
            link_suffix("https://example.org/p", "https://example.org/p"),
            None
        );
        assert_eq!(link_suffix("a@b.example", "mailto:a@b.example"), None);
        assert_eq!(link_suffix("below", "#exhibits"), None);
    }
}
