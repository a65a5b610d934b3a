//! The house style of a filed memo: US Letter, one-inch margins, 12 pt
//! Times New Roman, Word's own heading styles, page numbers in the footer.
//!
//! Word measures in twentieths of a point ("twips", 1440 to the inch) and
//! font sizes in half-points.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Footer, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    LineSpacing, NumberFormat, Numbering, PageMargin, PageNum, Paragraph, RunFonts, SpecialIndentType, Start,
    Style, StyleType,
};

pub const INCH: i32 = 1440;
pub const PAGE_WIDTH: u32 = 12_240;
pub const PAGE_HEIGHT: u32 = 15_840;
pub const MARGIN: i32 = INCH;
/// The width between the margins, which tables fill.
pub const TEXT_WIDTH: usize = (PAGE_WIDTH as i32 - 2 * MARGIN) as usize;

pub const SERIF: &str = "Times New Roman";
pub const MONOSPACE: &str = "Courier New";
/// 12 pt, in half-points.
pub const BODY_SIZE: usize = 24;
pub const CODE_SIZE: usize = 20;
/// Table text: 10 pt, so that an exhibit index of seven or eight columns
/// fits the page with its words whole.
pub const TABLE_SIZE: usize = 20;

/// One step of indentation: block quotes and list levels.
pub const INDENT: i32 = INCH / 2;
/// How far a list item's number or bullet hangs left of its text.
pub const LIST_HANGING: i32 = INDENT * 3 / 4;
/// Space after a paragraph: one 12 pt line.
pub const PARAGRAPH_AFTER: u32 = 240;

pub const QUOTE_STYLE: &str = "Quote";
pub const CODE_STYLE: &str = "CodeBlock";
/// Word's highlight colour for gap markers.
pub const GAP_HIGHLIGHT: &str = "yellow";
pub const HEADER_ROW_FILL: &str = "D9D9D9";

/// Abstract numbering ids; every list gets its own numbering instance on top
/// of one of these, so that each ordered list counts from its own start.
/// docx-rs already defines id 1 for its own default list.
pub const BULLETS: usize = 10;
pub const DECIMALS: usize = 11;
/// Numbering instances of the memo's lists are numbered from here.
pub const FIRST_LIST: usize = 10;
/// The footer's paragraph id, out of the range of the body's.
pub const FOOTER_PARAGRAPH_ID: &str = "7FFFFFFE";

pub fn heading_style_id(level: u8) -> String {
    format!("Heading{}", level.clamp(1, 6))
}

fn serif() -> RunFonts {
    RunFonts::new()
        .ascii(SERIF)
        .hi_ansi(SERIF)
        .cs(SERIF)
        .east_asia(SERIF)
}

pub fn monospace() -> RunFonts {
    RunFonts::new()
        .ascii(MONOSPACE)
        .hi_ansi(MONOSPACE)
        .cs(MONOSPACE)
        .east_asia(MONOSPACE)
}

/// An empty document with the page, fonts, styles, list numbering and footer.
/// (docx-rs adds the `Normal` style that the others are based on.)
pub fn blank_document() -> Docx {
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .id(FOOTER_PARAGRAPH_ID)
            .align(AlignmentType::Center)
            .add_page_num(PageNum::new()),
    );
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(INCH / 2)
                .footer(INCH / 2),
        )
        .default_fonts(serif())
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().before(0).after(PARAGRAPH_AFTER))
        .footer(footer)
        .add_style(
            Style::new(QUOTE_STYLE, StyleType::Paragraph)
                .name("Quote")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .indent(Some(INDENT), None, Some(INDENT), None),
        )
        .add_style(
            Style::new(CODE_STYLE, StyleType::Paragraph)
                .name("Code Block")
                .based_on("Normal")
                .fonts(monospace())
                .size(CODE_SIZE),
        )
        .add_abstract_numbering(list_levels(BULLETS, |level| {
            (
                "bullet",
                ["\u{2022}", "\u{25E6}", "\u{25AA}"][level % 3].to_owned(),
            )
        }))
        .add_abstract_numbering(list_levels(DECIMALS, |level| {
            let format = ["decimal", "lowerLetter", "lowerRoman"][level % 3];
            (format, format!("%{}.", level + 1))
        }));
    for level in 1..=6u8 {
        docx = docx.add_style(heading_style(level));
    }
    docx
}

/// Word's built-in "heading N" styles: the name and outline level are what
/// make the navigation pane and a table of contents find them.
fn heading_style(level: u8) -> Style {
    let size = match level {
        1 => 28,
        2 => 26,
        _ => BODY_SIZE,
    };
    let style = Style::new(heading_style_id(level), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(usize::from(level) - 1)
        .size(size)
        .bold();
    match level {
        1 => style.align(AlignmentType::Center),
        3 => style.italic(),
        4..=6 => style.italic(),
        _ => style,
    }
}

fn list_levels(id: usize, marker: impl Fn(usize) -> (&'static str, String)) -> AbstractNumbering {
    (0..9).fold(AbstractNumbering::new(id), |numbering, level| {
        let (format, text) = marker(level);
        numbering.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(INDENT * (level as i32 + 1)),
                Some(SpecialIndentType::Hanging(LIST_HANGING)),
                None,
                None,
            ),
        )
    })
}

/// A numbering instance for one list, counting from `start` at `level`.
pub fn list_numbering(id: usize, ordered: bool, level: usize, start: usize) -> Numbering {
    let numbering = Numbering::new(id, if ordered { DECIMALS } else { BULLETS });
    if ordered {
        numbering.add_override(LevelOverride::new(level).start(start))
    } else {
        numbering
    }
}

pub fn list_level(level: usize) -> IndentLevel {
    IndentLevel::new(level.min(8))
}
