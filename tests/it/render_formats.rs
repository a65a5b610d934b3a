//! `rebut render` wires the evidence map and Word output into the memos:
//! the SVG map in HTML gap reports and memo appendices, the Mermaid map in
//! the Markdown gap report, and a `.docx` built from the memo's Markdown.

use crate::support::{Rebut, TODAY, check_file, scratch};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

fn render(args: &[&str]) -> (i32, Vec<u8>) {
    // Word documents come out on standard output too.
    let out = Rebut::new()
        .args(["render", "--today", TODAY])
        .args(args)
        .binary_stdout()
        .run();
    (out.status, out.stdout_bytes)
}

fn text(args: &[&str]) -> String {
    let (code, out) = render(args);
    assert_eq!(code, 0, "{args:?}");
    String::from_utf8(out).unwrap()
}

const GAPPY: &str = "examples/denial-with-gaps.yaml";
const CLEAN: &str = "examples/noid-clean.yaml";

#[test]
fn the_markdown_gap_report_embeds_the_mermaid_map_and_memos_do_not() {
    let gaps = text(&[GAPPY, "--memo", "gaps"]);
    assert_eq!(gaps.matches("```mermaid\nflowchart").count(), 1, "{gaps}");
    for memo in ["refiling", "exhibits"] {
        assert!(!text(&[GAPPY, "--memo", memo]).contains("```mermaid"), "{memo}");
    }
}

#[test]
fn the_html_gap_report_embeds_the_svg_map_and_the_filed_documents_do_not() {
    let html = text(&[GAPPY, "--memo", "gaps", "--format", "html"]);
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(!html.contains("```mermaid") && !html.contains("flowchart"));
    // The map shows each ground with its status, as `rebut graph` draws it.
    assert!(html.contains("UNANSWERED") && html.contains("CORROBORATED"));
    for memo in ["exhibits", "refiling", "cover"] {
        let html = text(&[GAPPY, "--memo", memo, "--format", "html"]);
        assert!(!html.contains("<svg"), "{memo}");
    }
}

fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a .docx is a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        if file.read_to_string(&mut text).is_ok() {
            parts.insert(file.name().to_owned(), text);
        }
    }
    parts
}

/// The document's paragraphs' text, run by run joined.
fn paragraphs(document: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(document).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            p.descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|t| t.text())
                .collect()
        })
        .collect()
}

#[test]
fn docx_output_comes_from_the_memo_with_gaps_highlighted_only_in_drafts() {
    let dir = scratch("docx");
    let draft = dir.join("draft.docx");
    let (code, _) = render(&[GAPPY, "-o", draft.to_str().unwrap()]);
    assert_eq!(code, 0);
    let package = parts(&std::fs::read(&draft).unwrap());
    let document = &package["word/document.xml"];
    // No smart punctuation: the text is as written, quotes verbatim.
    let text = paragraphs(document).join("\n");
    assert!(!text.contains('\u{2019}') && !text.contains('\u{201c}'));
    // Every ground's heading and every quote stands in the Word document.
    let case = check_file(GAPPY).0.case;
    for ground in &case.grounds {
        let start: String = ground
            .quote
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "quote of {} missing", ground.id);
    }
    assert!(document.contains("w:val=\"Heading2\""));
    assert!(
        document.matches("<w:highlight").count() >= 3,
        "gap markers are highlighted"
    );
    assert!(
        package.keys().any(|k| k.starts_with("word/footer")),
        "page numbers in a footer"
    );

    let final_memo = dir.join("final.docx");
    let (code, _) = render(&[CLEAN, "--final", "-o", final_memo.to_str().unwrap()]);
    assert_eq!(code, 0);
    let package = parts(&std::fs::read(&final_memo).unwrap());
    assert_eq!(package["word/document.xml"].matches("<w:highlight").count(), 0);

    // --format docx to a pipe works too, and gives the same bytes.
    let (code, piped) = render(&[CLEAN, "--final", "--format", "docx"]);
    assert_eq!(code, 0);
    assert_eq!(piped, std::fs::read(&final_memo).unwrap());
}
