//! The Word output, read back: the `.docx` is unzipped and its XML parsed,
//! and every heading, table, quote, gap marker and page break of a realistic
//! memo is looked for where Word would look.

use proptest::prelude::*;
use rebut::docx::{DocxError, DocxOptions, markdown_to_docx};
use roxmltree::{Document, Node};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MEMO: &str = include_str!("../fixtures/memo.md");

/// The text parts of a package, by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        if file.is_dir() {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8 XML");
        parts.insert(file.name().to_owned(), text);
    }
    parts
}

fn docx(markdown: &str) -> BTreeMap<String, String> {
    unzip(&markdown_to_docx(markdown, &DocxOptions::default()).expect("converts"))
}

fn w<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

fn w_val(node: Node, name: &str) -> Option<String> {
    w(node, name).and_then(|n| n.attribute((W, "val")).map(str::to_owned))
}

/// One run of text and how it looks.
#[derive(Debug, Clone)]
struct Run {
    text: String,
    bold: bool,
    italic: bool,
    strike: bool,
    highlight: Option<String>,
    font: Option<String>,
}

/// One body paragraph, as Word sees it.
#[derive(Debug, Clone)]
struct Para {
    style: Option<String>,
    runs: Vec<Run>,
    indent_left: i32,
    page_break_before: bool,
    numbering: Option<(String, String)>,
    bottom_border: bool,
    space_after: Option<String>,
    keep_next: bool,
    keep_lines: bool,
}

impl Para {
    fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

#[derive(Debug)]
struct Table {
    rows: Vec<Vec<String>>,
    /// For each row: marked to repeat at the top of each page.
    repeats: Vec<bool>,
    /// For each row: marked never to break across pages.
    whole: Vec<bool>,
    /// For each row: every run in it is bold.
    bold: Vec<bool>,
    /// The grid's column widths, in twips.
    grid: Vec<u32>,
}

#[derive(Debug)]
enum Block {
    P(Para),
    T(Table),
}

fn para(p: Node) -> Para {
    let ppr = w(p, "pPr");
    let runs = p
        .descendants()
        .filter(|n| n.has_tag_name((W, "r")))
        .map(|r| {
            let rpr = w(r, "rPr");
            let has = |name: &str| rpr.and_then(|x| w(x, name)).is_some();
            Run {
                text: r
                    .children()
                    .filter(|n| n.has_tag_name((W, "t")))
                    .filter_map(|t| t.text())
                    .collect(),
                bold: has("b"),
                italic: has("i"),
                strike: has("strike"),
                highlight: rpr.and_then(|x| w_val(x, "highlight")),
                font: rpr
                    .and_then(|x| w(x, "rFonts"))
                    .and_then(|f| f.attribute((W, "ascii")).map(str::to_owned)),
            }
        })
        .collect();
    Para {
        style: ppr.and_then(|x| w_val(x, "pStyle")),
        runs,
        indent_left: ppr
            .and_then(|x| w(x, "ind"))
            .and_then(|i| i.attribute((W, "left")))
            .map_or(0, |v| v.parse().unwrap()),
        page_break_before: ppr.and_then(|x| w(x, "pageBreakBefore")).is_some(),
        numbering: ppr.and_then(|x| w(x, "numPr")).map(|n| {
            (
                w_val(n, "numId").unwrap_or_default(),
                w_val(n, "ilvl").unwrap_or_default(),
            )
        }),
        bottom_border: ppr
            .and_then(|x| w(x, "pBdr"))
            .and_then(|b| w(b, "bottom"))
            .is_some(),
        space_after: ppr
            .and_then(|x| w(x, "spacing"))
            .and_then(|s| s.attribute((W, "after")).map(str::to_owned)),
        keep_next: ppr.and_then(|x| w(x, "keepNext")).is_some(),
        keep_lines: ppr.and_then(|x| w(x, "keepLines")).is_some(),
    }
}

fn table(t: Node) -> Table {
    let rows: Vec<Node> = t.children().filter(|n| n.has_tag_name((W, "tr"))).collect();
    Table {
        rows: rows
            .iter()
            .map(|row| {
                row.children()
                    .filter(|n| n.has_tag_name((W, "tc")))
                    .map(|cell| {
                        cell.children()
                            .filter(|n| n.has_tag_name((W, "p")))
                            .map(|p| para(p).text())
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect()
            })
            .collect(),
        grid: w(t, "tblGrid")
            .map(|g| {
                g.children()
                    .filter_map(|c| c.attribute((W, "w")))
                    .map(|v| v.parse().unwrap())
                    .collect()
            })
            .unwrap_or_default(),
        repeats: rows
            .iter()
            .map(|row| w(*row, "trPr").and_then(|x| w(x, "tblHeader")).is_some())
            .collect(),
        whole: rows
            .iter()
            .map(|row| w(*row, "trPr").and_then(|x| w(x, "cantSplit")).is_some())
            .collect(),
        bold: rows
            .iter()
            .map(|row| {
                let runs: Vec<Run> = row
                    .descendants()
                    .filter(|n| n.has_tag_name((W, "p")))
                    .flat_map(|p| para(p).runs)
                    .collect();
                !runs.is_empty() && runs.iter().all(|r| r.bold)
            })
            .collect(),
    }
}

fn body(parts: &BTreeMap<String, String>) -> Vec<Block> {
    let xml = Document::parse(&parts["word/document.xml"]).expect("well-formed document.xml");
    let body = w(xml.root_element(), "body").expect("a body");
    body.children()
        .filter_map(|n| {
            if n.has_tag_name((W, "p")) {
                Some(Block::P(para(n)))
            } else if n.has_tag_name((W, "tbl")) {
                Some(Block::T(table(n)))
            } else {
                None
            }
        })
        .collect()
}

fn paragraphs(blocks: &[Block]) -> Vec<&Para> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::P(p) => Some(p),
            Block::T(_) => None,
        })
        .collect()
}

fn tables(blocks: &[Block]) -> Vec<&Table> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::T(t) => Some(t),
            Block::P(_) => None,
        })
        .collect()
}

/// The ATX headings of a Markdown text: level and text, with apostrophes
/// as written (no smart punctuation: quotes are verbatim).
fn markdown_headings(markdown: &str) -> Vec<(usize, String)> {
    markdown
        .lines()
        .filter_map(|line| {
            let level = line.chars().take_while(|&c| c == '#').count();
            let text = line.get(level..)?.strip_prefix(' ')?;
            (1..=6).contains(&level).then(|| (level, text.trim().to_owned()))
        })
        .collect()
}

/// The GFM tables of a Markdown text, cell by cell, delimiter rows left out.
fn markdown_tables(markdown: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    for line in markdown.lines().chain([""]) {
        if line.starts_with('|') {
            let cells: Vec<String> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect();
            if !cells.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':'))) {
                current.push(cells);
            }
        } else if !current.is_empty() {
            tables.push(std::mem::take(&mut current));
        }
    }
    tables
}

#[test]
fn every_heading_has_its_word_heading_style_in_order() {
    let parts = docx(MEMO);
    let expected = markdown_headings(MEMO);
    assert!(expected.len() >= 5, "the fixture has the memo's headings");
    let found: Vec<(usize, String)> = paragraphs(&body(&parts))
        .into_iter()
        .filter_map(|p| {
            let level = p.style.as_deref()?.strip_prefix("Heading")?.parse().ok()?;
            Some((level, p.text()))
        })
        .collect();
    assert_eq!(found, expected);

    // The styles are Word's built-in headings, which the navigation pane and
    // a table of contents find by name and outline level.
    let styles = Document::parse(&parts["word/styles.xml"]).unwrap();
    for (level, _) in &expected {
        let style = styles
            .root_element()
            .children()
            .find(|s| s.attribute((W, "styleId")) == Some(format!("Heading{level}").as_str()))
            .unwrap_or_else(|| panic!("style Heading{level} is defined"));
        assert_eq!(w_val(style, "name"), Some(format!("heading {level}")));
        let outline = w(style, "pPr").and_then(|p| w_val(p, "outlineLvl"));
        assert_eq!(outline, Some((level - 1).to_string()));
    }
}

#[test]
fn every_table_has_its_rows_and_a_repeating_bold_header_row() {
    let blocks = body(&docx(MEMO));
    let expected = markdown_tables(MEMO);
    assert_eq!(
        expected.len(),
        2,
        "the fixture has a summary and an exhibit index"
    );
    let found = tables(&blocks);
    assert_eq!(found.len(), expected.len());
    for (table, rows) in found.iter().zip(&expected) {
        // The words as written; no-break spaces only join citations.
        let words: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.replace('\u{a0}', " ")).collect())
            .collect();
        assert_eq!(&words, rows);
        assert!(table.repeats[0], "the header row repeats on each page");
        assert!(table.bold[0], "the header row is bold");
        assert!(
            table.repeats[1..].iter().all(|r| !r) && table.bold[1..].iter().all(|b| !b),
            "body rows neither repeat nor turn bold"
        );
        let total: u32 = table.grid.iter().sum();
        assert!(
            (9300..=9360).contains(&total),
            "the table fills the 6.5 in between the margins"
        );
    }
    // The exhibit index gives its long titles more room than its letters.
    let index = found[1];
    assert!(index.grid[1] > 2 * index.grid[0], "{:?}", index.grid);
}

#[test]
fn the_footer_numbers_the_pages() {
    let parts = docx(MEMO);
    let xml = Document::parse(&parts["word/document.xml"]).unwrap();
    let sect = xml
        .descendants()
        .find(|n| n.has_tag_name((W, "sectPr")))
        .expect("a section");
    let reference = w(sect, "footerReference").expect("the section has a footer");
    let id = reference.attribute((R, "id")).unwrap();
    let rels = Document::parse(&parts["word/_rels/document.xml.rels"]).unwrap();
    let target = rels
        .descendants()
        .find(|n| n.attribute("Id") == Some(id))
        .and_then(|n| n.attribute("Target"))
        .expect("the footer relationship");
    let footer = Document::parse(&parts[&format!("word/{target}")]).unwrap();
    let field: Vec<String> = footer
        .descendants()
        .filter(|n| n.has_tag_name((W, "instrText")))
        .filter_map(|n| n.text().map(|t| t.trim().to_owned()))
        .collect();
    assert_eq!(field, ["PAGE"]);
    let chars: Vec<&str> = footer
        .descendants()
        .filter(|n| n.has_tag_name((W, "fldChar")))
        .filter_map(|n| n.attribute((W, "fldCharType")))
        .collect();
    assert_eq!(chars, ["begin", "separate", "end"]);
}

#[test]
fn the_page_is_letter_with_one_inch_margins_and_twelve_point_times() {
    let parts = docx(MEMO);
    let xml = Document::parse(&parts["word/document.xml"]).unwrap();
    let sect = xml.descendants().find(|n| n.has_tag_name((W, "sectPr"))).unwrap();
    let size = w(sect, "pgSz").unwrap();
    assert_eq!(size.attribute((W, "w")), Some("12240"), "8.5 in");
    assert_eq!(size.attribute((W, "h")), Some("15840"), "11 in");
    let margins = w(sect, "pgMar").unwrap();
    for side in ["top", "bottom", "left", "right"] {
        assert_eq!(
            margins.attribute((W, side)),
            Some("1440"),
            "{side} margin is one inch"
        );
    }
    let styles = Document::parse(&parts["word/styles.xml"]).unwrap();
    let defaults = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .and_then(|d| w(d, "rPr"))
        .unwrap();
    assert_eq!(
        w_val(defaults, "sz").as_deref(),
        Some("24"),
        "12 pt in half-points"
    );
    let font = w(defaults, "rFonts").and_then(|f| f.attribute((W, "ascii")));
    assert_eq!(font, Some("Times New Roman"));
}

#[test]
fn block_quotes_are_indented_and_the_rest_is_not() {
    let blocks = body(&docx(MEMO));
    let paragraphs = paragraphs(&blocks);
    let quoted = paragraphs
        .iter()
        .filter(|p| p.text().starts_with("The evidence does not establish"))
        .collect::<Vec<_>>();
    assert_eq!(quoted.len(), 1);
    // Every quoted line of the fixture, its own paragraph or not, is indented.
    let quotes: Vec<&&Para> = paragraphs
        .iter()
        .filter(|p| p.style.as_deref() == Some("Quote"))
        .collect();
    let markdown_quotes = MEMO
        .split("\n\n")
        .filter(|block| block.starts_with("> ") && !block.starts_with(">\n"))
        .count();
    assert!(quotes.len() >= 6, "three decision quotes, each with its cite");
    assert!(quotes.len() >= markdown_quotes);
    assert!(quotes.iter().all(|p| p.indent_left >= 720));
    assert!(
        paragraphs
            .iter()
            .filter(|p| p.style.is_none() && p.numbering.is_none())
            .all(|p| p.indent_left == 0),
        "body text is not indented"
    );
}

#[test]
fn nested_quotes_and_lists_indent_step_by_step() {
    let blocks = body(&docx(
        "> quoted\n>\n> > deeper\n\n- item\n\n  > quote in item\n\n> 1. listed in a quote\n",
    ));
    let indents: Vec<(String, i32)> = paragraphs(&blocks)
        .iter()
        .map(|p| (p.text(), p.indent_left))
        .collect();
    assert_eq!(
        indents,
        [
            ("quoted".to_owned(), 720),
            ("deeper".to_owned(), 1440),
            ("item".to_owned(), 0),
            ("quote in item".to_owned(), 1440),
            ("listed in a quote".to_owned(), 1440),
        ],
        "a numbered item takes its indentation from its list level unless it is quoted"
    );
}

#[test]
fn quotes_and_citations_survive_verbatim() {
    let blocks = body(&docx(MEMO));
    // Citations hold together with no-break spaces, which change no word.
    let text: Vec<String> = paragraphs(&blocks)
        .iter()
        .map(|p| p.text().replace('\u{a0}', " "))
        .collect();
    let all = text.join("\n");
    for expected in [
        "(Ex. C at 2–3; Ex. D)",
        "(Ex. A; Ex. B at 1–3)",
        "his \"expected survival is measured in months\"",
        "The evidence does not establish the beneficiary's current medical condition.",
        "— Decision at 3",
        "Teresa Villanueva, Gulf Coast Immigrant Health Project (tvillanueva@gcihp.example.org)",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn emphasis_strong_code_and_strikethrough_keep_their_look() {
    let blocks = body(&docx(MEMO));
    let runs: Vec<Run> = paragraphs(&blocks).iter().flat_map(|p| p.runs.clone()).collect();
    let find = |text: &str| {
        runs.iter()
            .find(|r| r.text == text)
            .unwrap_or_else(|| panic!("a run {text:?}"))
    };
    assert!(find("second").italic && !find("second").bold);
    assert!(find("Beneficiary:").bold);
    assert_eq!(find("IOE0927461853").font.as_deref(), Some("Courier New"));
    assert!(find("the old cost estimate").strike);
}

#[test]
fn gap_markers_and_only_they_are_highlighted() {
    let blocks = body(&docx(MEMO));
    let runs: Vec<Run> = paragraphs(&blocks).iter().flat_map(|p| p.runs.clone()).collect();
    let highlighted: Vec<&str> = runs
        .iter()
        .filter(|r| r.highlight.is_some())
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(
        highlighted,
        [
            "[No evidence yet: cite the oncology program's letter before filing.]",
            "⚠ Pending: the acceptance letter from St. Brendan Children's Hospital is still requested.",
        ]
    );
    assert!(
        runs.iter()
            .filter(|r| r.highlight.is_some())
            .all(|r| r.highlight.as_deref() == Some("yellow") && r.bold)
    );

    let plain = unzip(
        &markdown_to_docx(
            MEMO,
            &DocxOptions {
                highlight_gaps: false,
            },
        )
        .unwrap(),
    );
    assert!(!plain["word/document.xml"].contains("w:highlight"));
}

#[test]
fn the_exhibit_index_starts_a_new_page_and_no_other_heading_does() {
    let blocks = body(&docx(MEMO));
    let breaking: Vec<String> = paragraphs(&blocks)
        .iter()
        .filter(|p| p.page_break_before)
        .map(|p| p.text())
        .collect();
    assert_eq!(breaking, ["Exhibit index"]);
    // The `---` before it is a page break only: no rule is drawn.
    assert!(paragraphs(&blocks).iter().all(|p| !p.bottom_border));
}

#[test]
fn a_rule_before_a_heading_breaks_the_page_and_elsewhere_draws_a_line() {
    let blocks = body(&docx(
        "# Memo\n\nText.\n\n---\n\n## Declaration\n\nMore.\n\n---\n\nAfter a rule.\n\n### EXHIBIT INDEX (continued)\n",
    ));
    let paragraphs = paragraphs(&blocks);
    let breaking: Vec<String> = paragraphs
        .iter()
        .filter(|p| p.page_break_before)
        .map(|p| p.text())
        .collect();
    assert_eq!(breaking, ["Declaration", "EXHIBIT INDEX (continued)"]);
    let rules = paragraphs.iter().filter(|p| p.bottom_border).count();
    assert_eq!(rules, 1, "only the rule between two paragraphs is drawn");
}

#[test]
fn a_heading_that_opens_the_document_does_not_leave_a_blank_page() {
    let blocks = body(&docx("## Exhibit Index\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"));
    assert!(paragraphs(&blocks).iter().all(|p| !p.page_break_before));
}

#[test]
fn lists_are_numbered_or_bulleted_and_each_ordered_list_keeps_its_start() {
    let parts = docx("Steps:\n\n3. third\n4. fourth\n\nNotes:\n\n- one\n  - nested\n");
    let blocks = body(&parts);
    let items: Vec<(String, (String, String))> = paragraphs(&blocks)
        .iter()
        .filter_map(|p| Some((p.text(), p.numbering.clone()?)))
        .collect();
    let texts: Vec<&str> = items.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["third", "fourth", "one", "nested"]);
    let ordered = &items[0].1;
    assert_eq!(&items[1].1, ordered, "one list, one numbering");
    assert_ne!(items[2].1.0, ordered.0, "the bullets are another list");
    assert_eq!(items[3].1.1, "1", "the nested item is one level down");
    let spacing: Vec<Option<&str>> = paragraphs(&blocks)
        .iter()
        .filter(|p| p.numbering.is_some())
        .map(|p| p.space_after.as_deref())
        .collect();
    assert_eq!(
        spacing,
        [Some("0"), None, None, None],
        "tight items sit close; the last item of a list keeps its space"
    );

    let numbering = Document::parse(&parts["word/numbering.xml"]).unwrap();
    let num = |id: &str| {
        numbering
            .root_element()
            .children()
            .find(|n| n.has_tag_name((W, "num")) && n.attribute((W, "numId")) == Some(id))
            .unwrap_or_else(|| panic!("numbering {id}"))
    };
    let format_of = |id: &str| {
        let abstract_id = w_val(num(id), "abstractNumId").unwrap();
        let abstract_num = numbering
            .root_element()
            .children()
            .find(|n| n.attribute((W, "abstractNumId")) == Some(abstract_id.as_str()))
            .unwrap();
        w(abstract_num, "lvl").and_then(|l| w_val(l, "numFmt")).unwrap()
    };
    assert_eq!(format_of(&ordered.0), "decimal");
    assert_eq!(format_of(&items[2].1.0), "bullet");
    let start = num(&ordered.0)
        .descendants()
        .find(|n| n.has_tag_name((W, "startOverride")))
        .and_then(|n| n.attribute((W, "val")));
    assert_eq!(start, Some("3"));
}

#[test]
fn the_same_memo_gives_the_same_bytes() {
    let first = markdown_to_docx(MEMO, &DocxOptions::default()).unwrap();
    let second = markdown_to_docx(MEMO, &DocxOptions::default()).unwrap();
    assert!(first == second, "two conversions differ");
}

#[test]
fn nesting_past_the_limit_is_an_error_not_a_crash() {
    let deep = format!("{}quoted\n", "> ".repeat(500));
    match markdown_to_docx(&deep, &DocxOptions::default()) {
        Err(DocxError::TooDeep { limit }) => assert!(limit < 500),
        other => panic!("expected TooDeep, got {:?}", other.map(|b| b.len())),
    }
}

#[test]
fn an_empty_memo_is_still_a_valid_document() {
    let parts = docx("");
    assert!(body(&parts).is_empty());
    assert!(parts["word/document.xml"].contains("w:sectPr"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever Markdown comes in, the result is a package whose document
    /// parses as XML and keeps every word of plain text.
    #[test]
    fn any_markdown_gives_well_formed_xml(
        lines in proptest::collection::vec(
            prop_oneof![
                "[a-z ]{0,12}",
                "(#{1,6}|>|-|1\\.|\\|) [a-z*_`\\[\\]⚠|-]{0,12}",
                Just("---".to_owned()),
                Just("| a | b |\n|---|---|\n| 1 |".to_owned()),
                Just("**[gap** text]".to_owned()),
                Just("<b>&amp; \"x\" 'y'</b>".to_owned()),
            ],
            0..12,
        ),
        word in "[a-z]{4,8}",
    ) {
        let marker = format!("zz{word}zz");
        let markdown = format!("{}\n\n{marker}\n", lines.join("\n"));
        let parts = docx(&markdown);
        let blocks = body(&parts);
        let text: String = paragraphs(&blocks).iter().map(|p| p.text()).collect();
        prop_assert!(text.contains(&marker), "{} lost from {:?}", marker, markdown);
    }
}

#[test]
fn a_quoted_decision_keeps_its_dashes_dots_and_straight_quotes() {
    let md = "> The \"plan\" -- as filed... is 'vague'.\n";
    let blocks = body(&docx(md));
    let text: Vec<String> = paragraphs(&blocks).iter().map(|p| p.text()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("The \"plan\" -- as filed... is 'vague'.")),
        "{text:?}"
    );
}

/// A letter's end, a quoted ground with its cite, a table and a checklist:
/// every block that must hold to the next one on the page.
const HOLDING: &str = "\
# Office of Counsel

## Ground I

The decision states:

> The record does not establish the beneficiary's current condition.
>
> (Decision at 4)

The treating physician answers it (Ex. A at 1–2), as 8 U.S.C. § 1182(d)(5)(A) requires; see `Ex. A at 3`.

| Exhibit | Description |
| --- | --- |
| A | Letter of the treating physician |
| B | Hospital records |

Before filing:

- [ ] Is the opinion dated after the decision?
- [x] Is the fee enclosed?

Thank you for your attention to this request.

Respectfully submitted,

By: ______________________________\\
Dana Student\\
Student attorney\\
Dated: November 25, 2026

Supervising attorney:

By: ______________________________\\
Pat Professor

A last paragraph, kept with nothing.
";

fn para_starting<'a>(paras: &[&'a Para], start: &str) -> &'a Para {
    paras
        .iter()
        .find(|p| p.text().replace('\u{a0}', " ").starts_with(start))
        .copied()
        .unwrap_or_else(|| panic!("no paragraph starting {start:?}"))
}

#[test]
fn headings_sign_offs_signatures_and_quotes_keep_with_what_follows() {
    let blocks = body(&docx(HOLDING));
    let paras = paragraphs(&blocks);
    let keeps = |start: &str| {
        let p = para_starting(&paras, start);
        (p.keep_next, p.keep_lines)
    };
    // Headings: with the next paragraph, whole.
    assert_eq!(keeps("Office of Counsel"), (true, true));
    assert_eq!(keeps("Ground I"), (true, true));
    // The line that introduces a quote, the quote with its cite, whole.
    assert_eq!(keeps("The decision states:"), (true, false));
    assert_eq!(keeps("The record does not establish"), (true, true));
    assert!(keeps("(Decision at").1, "the cite is whole");
    // The closing paragraph with the sign-off, the sign-off with the
    // signature, the student's signature with the supervisor's.
    assert!(keeps("Thank you for your attention").0);
    assert_eq!(keeps("Respectfully submitted,"), (true, false));
    assert_eq!(keeps("By: ____"), (true, true));
    assert_eq!(keeps("Supervising attorney:"), (true, false));
    // Prose that ends nothing is free to break.
    assert_eq!(keeps("The treating physician answers"), (false, false));
    assert_eq!(keeps("Before filing:"), (true, false));
    assert_eq!(keeps("A last paragraph"), (false, false));
    let last_signature = paras.iter().rfind(|p| p.text().starts_with("By: ")).unwrap();
    assert!(last_signature.keep_lines && !last_signature.keep_next);
    // Widow and orphan control on every paragraph of the body.
    let xml = docx(HOLDING)["word/document.xml"].clone();
    assert_eq!(
        xml.matches("<w:widowControl w:val=\"1\" />").count(),
        xml.matches("<w:p ").count(),
        "widow control on each paragraph"
    );
}

#[test]
fn a_letter_that_ends_on_one_short_line_brings_the_paragraph_before_it() {
    let md = "# Letter\n\nPlease send it by December 9, 2026, to our office.\n\nThank you for your help.\n\nSincerely,\n\nTeresa Villanueva\\\nCounsel\n";
    let blocks = body(&docx(md));
    let paras = paragraphs(&blocks);
    assert!(para_starting(&paras, "Please send").keep_next);
    assert!(para_starting(&paras, "Thank you").keep_next);
    assert!(para_starting(&paras, "Sincerely").keep_next);
    // A long last paragraph is enough: the one before it is free.
    let long = md.replace(
        "Thank you for your help.",
        &"We thank you for your help in this matter. ".repeat(3),
    );
    let blocks = body(&docx(&long));
    let paras = paragraphs(&blocks);
    assert!(!para_starting(&paras, "Please send").keep_next);
    assert!(para_starting(&paras, "We thank you").keep_next);
}

#[test]
fn no_table_row_breaks_across_pages_and_only_the_header_repeats() {
    let md = format!(
        "{HOLDING}\n| A | B | C |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n| 7 | 8 | 9 |\n"
    );
    let blocks = body(&docx(&md));
    let tables = tables(&blocks);
    assert_eq!(tables.len(), 2);
    for t in tables {
        assert!(t.whole.iter().all(|&w| w), "every row is cantSplit: {t:?}");
        assert!(t.repeats[0], "{t:?}");
        assert!(
            t.repeats[1..].iter().all(|&r| !r),
            "only the header repeats: {t:?}"
        );
    }
}

#[test]
fn a_checklist_prints_ballot_boxes_not_brackets() {
    let blocks = body(&docx(HOLDING));
    let paras = paragraphs(&blocks);
    let open = para_starting(&paras, "\u{2610}");
    assert!(open.text().contains("Is the opinion dated"), "{open:?}");
    assert!(
        open.numbering.is_none(),
        "the box stands for the bullet: {open:?}"
    );
    assert!(open.indent_left > 0);
    let done = para_starting(&paras, "\u{2612}");
    assert!(done.text().contains("Is the fee enclosed"), "{done:?}");
    for p in &paras {
        assert!(!p.text().contains("[ ]") && !p.text().contains("[x]"), "{p:?}");
    }
}

#[test]
fn citations_carry_no_break_spaces_in_word_and_code_stays_as_written() {
    let blocks = body(&docx(HOLDING));
    let paras = paragraphs(&blocks);
    let p = para_starting(&paras, "The treating physician");
    let text = p.text();
    assert!(text.contains("(Ex.\u{a0}A\u{a0}at\u{a0}1–2)"), "{text:?}");
    assert!(
        text.contains("8\u{a0}U.S.C.\u{a0}§\u{a0}1182(d)(5)(A)"),
        "{text:?}"
    );
    assert!(text.contains("Ex. A at 3"), "a code span is verbatim: {text:?}");
    let cite = para_starting(&paras, "(Decision");
    assert_eq!(cite.text(), "(Decision\u{a0}at\u{a0}4)");
}

/// Word documents converted to PDF by LibreOffice and read back page by
/// page with pdftotext, as an attorney would see them printed.
mod pages {
    use super::{Para, body, paragraphs, tables, unzip};
    use crate::support::programs::{self, PDFTOTEXT, SOFFICE};
    use crate::support::{all_examples, check_file, scratch};
    use rebut::docx::{DocxOptions, markdown_to_docx};
    use rebut::render::{self, Format, MemoKind, Templates};
    use std::io::{Cursor, Read, Write};
    use std::path::Path;

    /// A page as pdftotext reads it: its text with no-break spaces made
    /// plain, the footer's page number left out.
    type Page = String;

    /// Converts every document in one LibreOffice run and reads each back as
    /// pages; `None` when the programs are missing (the skip is reported).
    fn convert(test: &str, docs: &[(String, Vec<u8>)]) -> Option<Vec<Vec<Page>>> {
        if !programs::available(test, &[SOFFICE, PDFTOTEXT]) {
            return None;
        }
        let dir = scratch(test);
        let dir: &Path = dir.as_ref();
        let mut paths = Vec::new();
        for (name, bytes) in docs {
            let path = dir.join(format!("{name}.docx"));
            std::fs::write(&path, bytes).unwrap();
            paths.push(path);
        }
        let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
        let out = std::process::Command::new(SOFFICE.name)
            .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir)
            .args(&paths)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let read = |path: &Path| {
            let pdf = path.with_extension("pdf");
            let out = std::process::Command::new(PDFTOTEXT.name)
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}: {}",
                pdf.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8(out.stdout).unwrap().replace('\u{a0}', " ");
            let mut pages: Vec<Page> = text.split('\u{c}').map(without_page_number).collect();
            if pages.last().is_some_and(|p| p.trim().is_empty()) {
                pages.pop();
            }
            pages
        };
        Some(paths.iter().map(|p| read(p)).collect())
    }

    fn without_page_number(page: &str) -> Page {
        let mut lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines
            .last()
            .is_some_and(|l| l.trim().chars().all(|c| c.is_ascii_digit()))
        {
            lines.pop();
        }
        lines.join("\n")
    }

    /// Text with every space and line break taken out, so that text broken
    /// into lines differently still compares.
    fn squeeze(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// The page on which `parts` stand together, in order, at or after
    /// page `from`; `None` when no page holds them all (they were split).
    fn page_holding(pages: &[Page], from: usize, parts: &[String]) -> Option<usize> {
        let needle: String = parts.iter().map(|p| squeeze(p)).collect();
        (from..pages.len()).find(|&p| squeeze(&pages[p]).contains(&needle))
    }

    /// The last `n` words of a paragraph.
    fn tail(text: &str, n: usize) -> String {
        let words: Vec<&str> = text.split_whitespace().collect();
        words[words.len().saturating_sub(n)..].join(" ")
    }

    fn is_sign_off(p: &Para) -> bool {
        matches!(
            p.text().trim(),
            "Sincerely," | "Respectfully submitted," | "Respectfully,"
        )
    }

    /// What a document's pages must keep together, found in its Word XML.
    #[derive(Debug, Default)]
    struct Holds {
        /// The end of the closing paragraph, the sign-off, the signature
        /// block (and a second one under it): one page each.
        signatures: Vec<Vec<String>>,
        /// A block quote's paragraphs with its cite.
        quotes: Vec<Vec<String>>,
        /// Each table row's words that nothing else in the document has.
        rows: Vec<Vec<String>>,
        headings: Vec<String>,
    }

    fn holds(docx: &[u8]) -> Holds {
        let blocks = body(&unzip(docx));
        let paras = paragraphs(&blocks);
        let text = |p: &Para| p.text().replace('\u{a0}', " ");
        let mut holds = Holds::default();
        for (i, p) in paras.iter().enumerate() {
            if is_sign_off(p) && i > 0 {
                let mut group = vec![tail(&text(paras[i - 1]), 4), text(p)];
                // A one-line closing ("Thank you for your help.") brings the
                // end of the paragraph before it.
                if i > 1 && text(paras[i - 1]).chars().count() <= 60 {
                    group[0] = text(paras[i - 1]);
                    group.insert(0, tail(&text(paras[i - 2]), 3));
                }
                let mut k = i + 1;
                // The signature, and "Supervising attorney:" with a second.
                while let Some(next) = paras.get(k) {
                    group.push(text(next));
                    k += 1;
                    if !next.keep_next {
                        break;
                    }
                }
                holds.signatures.push(group);
            }
            if p.style.as_deref().is_some_and(|s| s.starts_with("Heading")) {
                holds.headings.push(text(p));
            }
        }
        let mut quote: Vec<String> = Vec::new();
        for p in paras.iter().chain([&&Para::blank()]) {
            if p.style.as_deref() == Some("Quote") {
                quote.push(text(p));
            } else if !quote.is_empty() {
                let quote = std::mem::take(&mut quote);
                if quote.len() > 1 && quote.last().is_some_and(|c| c.starts_with('(')) {
                    holds.quotes.push(quote);
                }
            }
        }
        let all_words: Vec<String> = {
            let mut words: Vec<String> = paras.iter().flat_map(|p| words_of(&text(p))).collect();
            for t in tables(&blocks) {
                words.extend(t.rows.iter().flatten().flat_map(|c| words_of(c)));
            }
            words
        };
        let once = |w: &String| all_words.iter().filter(|x| *x == w).count() == 1;
        for t in tables(&blocks) {
            for row in t.rows.iter().skip(1) {
                let words: Vec<String> = row
                    .iter()
                    .flat_map(|c| words_of(&c.replace('\u{a0}', " ")))
                    .filter(|w| w.len() >= 4 && once(w))
                    .collect();
                if words.len() >= 2 {
                    holds.rows.push(words);
                }
            }
        }
        holds
    }

    fn words_of(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    impl Para {
        fn blank() -> Para {
            Para {
                style: None,
                runs: Vec::new(),
                indent_left: 0,
                page_break_before: false,
                numbering: None,
                bottom_border: false,
                space_after: None,
                keep_next: false,
                keep_lines: false,
            }
        }
    }

    /// Every way the pages break what must hold together, one line each.
    fn breaks(pages: &[Page], holds: &Holds) -> Vec<String> {
        let mut found = Vec::new();
        for group in &holds.signatures {
            if page_holding(pages, 0, group).is_none() {
                found.push(format!("signature split from its closing: {group:?}"));
            }
        }
        for quote in &holds.quotes {
            if page_holding(pages, 0, quote).is_none() {
                found.push(format!("quote split from its cite: {quote:?}"));
            }
        }
        for row in &holds.rows {
            let on: Vec<usize> = row
                .iter()
                .filter_map(|w| pages.iter().position(|p| p.split_whitespace().any(|x| x == w)))
                .collect();
            if on.iter().any(|&p| p != on[0]) {
                found.push(format!("table row split across pages {on:?}: {row:?}"));
            }
        }
        for heading in &holds.headings {
            let h = squeeze(heading);
            if pages.iter().any(|p| squeeze(p).ends_with(&h)) {
                found.push(format!("heading at the foot of a page: {heading:?}"));
            }
        }
        // A line break inside a citation: the words around each break, put
        // back on one line, would be bound.
        for (n, page) in pages.iter().enumerate() {
            let lines: Vec<&str> = page.lines().collect();
            for pair in lines.windows(2) {
                let before: Vec<&str> = pair[0].split_whitespace().collect();
                let after: Vec<&str> = pair[1].split_whitespace().collect();
                let (Some(_), Some(_)) = (before.last(), after.first()) else {
                    continue;
                };
                let left = before[before.len().saturating_sub(2)..].join(" ");
                let right = after[..after.len().min(2)].join(" ");
                let joined = format!("{left} {right}");
                let bound = rebut::text::bind_citations(&joined);
                if bound.chars().nth(left.chars().count()) == Some(rebut::text::NO_BREAK) {
                    found.push(format!(
                        "page {}: a citation broken across lines: {:?} / {:?}",
                        n + 1,
                        pair[0],
                        pair[1]
                    ));
                }
            }
        }
        found
    }

    /// Every example (the clinic's too: a student signs above the
    /// supervising attorney), in every memo it has, as its reader prints it from
    /// Word: no signature apart from its closing, no quote apart from its
    /// cite, no index row across two pages, no heading at the foot of a
    /// page, no citation broken across lines, boxes to tick in the gap
    /// report, and no backslash anywhere.
    #[test]
    fn libreoffice_pages_of_every_example_memo_hold_together() {
        let templates = Templates::builtin();
        let mut docs = Vec::new();
        for example in all_examples() {
            let checked = check_file(&example);
            let stem = example.file_stem().unwrap().to_string_lossy().into_owned();
            for kind in [
                MemoKind::default_for(checked.case.info.decision.kind),
                MemoKind::Cover,
                MemoKind::Gaps,
                MemoKind::Exhibits,
                MemoKind::Requests,
            ] {
                let bytes = render::memo(&checked, kind, true, Format::Word, &templates).unwrap();
                docs.push((format!("{stem}-{}", kind.as_str()), bytes));
            }
        }
        let Some(converted) = convert("libreoffice_pages_of_every_example_memo_hold_together", &docs) else {
            return;
        };
        let mut checked_groups = [0usize; 4];
        for ((name, bytes), pages) in docs.iter().zip(&converted) {
            let holds = holds(bytes);
            checked_groups[0] += holds.signatures.len();
            checked_groups[1] += holds.quotes.len();
            checked_groups[2] += holds.rows.len();
            checked_groups[3] += holds.headings.len();
            let found = breaks(pages, &holds);
            assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
            let all = pages.join("\n");
            assert!(!all.contains('\\'), "{name}: a backslash shows");
            if name.ends_with("-gaps") {
                assert!(all.contains('\u{2610}'), "{name}: no check box");
                assert!(!all.contains("[ ]"), "{name}: brackets for a box");
            }
        }
        // The rules were exercised, not passed for want of material.
        let [signatures, quotes, rows, headings] = checked_groups;
        assert!(
            signatures >= 6 && quotes >= 6 && rows >= 20 && headings >= 20,
            "{checked_groups:?}"
        );
    }

    /// The same document without what holds its blocks together.
    fn without_keeps(docx: &[u8]) -> Vec<u8> {
        let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            if file.name() == "word/document.xml" {
                let xml = String::from_utf8(data).unwrap();
                data = ["<w:keepNext />", "<w:keepLines />", "<w:cantSplit />"]
                    .iter()
                    .fold(xml, |xml, mark| xml.replace(mark, ""))
                    .into_bytes();
            }
            out.start_file(file.name(), zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&data).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    /// Three page-long sections, each with text of `words` words before
    /// what must hold together: a letter's end, a quoted ground with its
    /// cite, an exhibit index whose rows run to several lines.
    fn sweep_memo(words: usize) -> String {
        const WORDS: [&str; 8] = ["the", "record", "shows", "that", "care", "is", "needed", "now"];
        let filler: String = (0..words)
            .map(|i| WORDS[i % WORDS.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let rows: String = (1..=12)
            .map(|r| {
                let description: Vec<String> = (1..=24).map(|w| format!("r{r}w{w}")).collect();
                format!("| {r} | {} | Author{r} of the clinic |\n", description.join(" "))
            })
            .collect();
        format!(
            "# Sweep\n\n{filler}\n\nPlease send the documents by December 9, 2026, to the clinic \
             at 100 Main Street, Springfield, or by e-mail; with any question, call us at \
             +1 555 555 0100.\n\nThank you for your help.\n\n\
             Respectfully submitted,\n\n\
             By: ______________________________\\\nDana Student\\\nStudent attorney\\\n\
             Legal Clinic\\\n100 Main Street, Springfield\\\nDated: November 25, 2026\n\n\
             ---\n\n## Ground I\n\n{filler}\n\nThe decision states:\n\n\
             > The record does not establish that the beneficiary's condition is urgent, \
             nor that the treatment is unavailable in the home country, nor that the costs \
             of treatment, travel and stay are covered.\n>\n> (Decision at 4)\n\n\
             The record now shows each of these points.\n\n\
             ## Exhibit index\n\n{filler}\n\n| Exhibit | Description | Author |\n| --- | --- | --- |\n{rows}"
        )
    }

    /// The rules proved on pages made to break: text of growing length
    /// before each block moves it across the foot of a page, line by line.
    /// Without the marks (the control) some block falls apart; with them,
    /// none does, wherever the page ends.
    #[test]
    fn libreoffice_keeps_hold_wherever_the_page_ends() {
        let steps: Vec<usize> = (0..40).map(|n| 300 + n * 14).collect();
        let mut docs = Vec::new();
        for &words in &steps {
            let md = sweep_memo(words);
            let bytes = markdown_to_docx(&md, &DocxOptions::default()).unwrap();
            docs.push((format!("kept-{words}"), bytes.clone()));
            docs.push((format!("control-{words}"), without_keeps(&bytes)));
        }
        let Some(converted) = convert("libreoffice_keeps_hold_wherever_the_page_ends", &docs) else {
            return;
        };
        let mut control = Vec::new();
        for ((name, bytes), pages) in docs.iter().zip(&converted) {
            let holds = holds(bytes);
            assert_eq!(
                (holds.signatures.len(), holds.quotes.len(), holds.rows.len()),
                (1, 1, 12),
                "{name}: {holds:?}"
            );
            // Headings are kept by the same mark; the sweep is about the rest.
            let expected = Holds {
                headings: Vec::new(),
                ..holds
            };
            let found = breaks(pages, &expected);
            if name.starts_with("control") {
                control.extend(found);
            } else {
                assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
            }
        }
        for what in ["signature split", "quote split", "table row split"] {
            assert!(
                control.iter().any(|f| f.starts_with(what)),
                "the sweep never made a {what} without the marks: it proves nothing\n{}",
                control.join("\n")
            );
        }
    }
}
