//! `rebut render` wires the evidence map and Word output into the memos:
//! the SVG map in HTML gap reports and memo appendices, the Mermaid map in
//! the Markdown gap report, and a `.docx` built from the memo's Markdown.

use crate::support::{Rebut, TODAY, all_examples, check_file, root, scratch};
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
    // No-break spaces inside citations change no word.
    let text = paragraphs(document).join("\n").replace('\u{a0}', " ");
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

/// Whether `word` stands in `text` as a word of its own (`E1` is not one in
/// `E12` or `IOE0912`).
fn has_word(text: &str, word: &str) -> bool {
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_');
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_part) && !after.is_some_and(is_part)
    })
}

/// Whether `text` has `needle` at the start of a word (`E1 (Ex. A)` in
/// `…, E1 (Ex. A)`, not in `GE1 (`).
fn starts_word(text: &str, needle: &str) -> bool {
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_');
    text.match_indices(needle)
        .any(|(at, _)| !text[..at].chars().next_back().is_some_and(is_part))
}

/// What a reader of the Markdown gap report sees: its text outside the
/// Mermaid block, and the block's labels and subgraph titles (its node
/// identifiers, `g1` or `p1_2`, are syntax).
fn markdown_shown(md: &str) -> String {
    let start = md.find("```mermaid\n").expect("the gap report has a map");
    let end = start + md[start..].find("\n```\n").expect("the map's fence closes");
    let mut shown = format!("{}\n{}\n", &md[..start], &md[end + 4..]);
    let mut rest = &md[start..end];
    while let Some(open) = rest.find("[\"") {
        let close = open + rest[open..].find("\"]").expect("a label closes");
        shown.push_str(&rest[open + 2..close]);
        shown.push('\n');
        rest = &rest[close..];
    }
    shown
}

/// What a reader of the HTML page sees, tooltips too: the body with its
/// tags removed; `<title>` text is between tags, so it stays.
fn html_shown(html: &str) -> String {
    let body = &html[html.find("<body>").expect("a body")..];
    let mut shown = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                shown.push(' ');
            }
            c if !in_tag => shown.push(c),
            _ => {}
        }
    }
    shown
}

#[test]
fn the_gap_reports_map_names_grounds_and_exhibits_as_the_memo_does_and_the_graph_by_id() {
    for path in all_examples() {
        let relative = path.strip_prefix(root()).unwrap().to_str().unwrap().to_owned();
        let l = check_file(&path);
        let ids: Vec<&str> = l
            .case
            .grounds
            .iter()
            .map(|g| g.id.as_str())
            .chain(l.case.evidence.iter().map(|e| e.id.as_str()))
            .collect();
        assert!(!ids.is_empty(), "{relative}");
        let md = text(&[&relative, "--memo", "gaps", "--format", "md"]);
        let html = text(&[&relative, "--memo", "gaps", "--format", "html"]);
        let shown = [("Markdown", markdown_shown(&md)), ("HTML", html_shown(&html))];
        for (format, shown) in &shown {
            for id in &ids {
                // An id that is an English word (`urgency`) is prose too; it
                // must not stand where the map would name a node by its id.
                let id_like = id
                    .chars()
                    .any(|c| c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
                let named = [
                    format!("{id} \u{b7}"),
                    format!("Ground {id}"),
                    format!("{id}#"),
                    format!("{id} (Ex."),
                    format!("answers ground {id}"),
                    format!("{id} proves"),
                ];
                let as_a_word = id_like && has_word(shown, id);
                let as_a_name = named.iter().any(|n| starts_word(shown, n));
                assert!(
                    !as_a_word && !as_a_name,
                    "{relative} {format}: {id} shown\n{shown}"
                );
            }
            // The map is there, in memo terms.
            assert!(shown.contains("Ground I \u{b7} "), "{relative} {format}\n{shown}");
        }
        for format in ["svg", "dot", "mermaid", "json"] {
            let graph = Rebut::new()
                .args(["graph", "--today", TODAY, "--format", format, &relative])
                .status(0)
                .run()
                .stdout;
            for id in &ids {
                assert!(has_word(&graph, id), "{relative} graph {format}: no {id}");
            }
        }
    }
}

/// Backslashes that Markdown needs only to keep case text literal never
/// show: none in any memo of any example but the hard line breaks at line
/// ends, and an e-mail address in case text prints as an autolink (once
/// `a\@b.org` showed in the gap report), which HTML and Word show bare.
#[test]
fn no_markdown_escape_shows_in_any_memo() {
    use rebut::render::{self, Format, MemoKind, Templates};
    let templates = Templates::builtin();
    for example in all_examples() {
        let checked = check_file(&example);
        for kind in [
            MemoKind::default_for(checked.case.info.decision.kind),
            MemoKind::Cover,
            MemoKind::Gaps,
            MemoKind::Exhibits,
            MemoKind::Requests,
        ] {
            let md = render::memo(&checked, kind, true, Format::Markdown, &templates).unwrap();
            let md = String::from_utf8(md).unwrap();
            for line in md.lines() {
                let body = line.strip_suffix('\\').unwrap_or(line);
                assert!(
                    !body.contains('\\'),
                    "{} {}: an escape shows in {line:?}",
                    example.display(),
                    kind.as_str()
                );
            }
        }
    }
    let dir = scratch("email-note");
    let case = dir.as_ref().join("case.yaml");
    let text = std::fs::read_to_string(root().join(GAPPY)).unwrap().replace(
        "call her if nothing",
        "write to priya.nair@stbrendan.example.org if nothing",
    );
    std::fs::write(&case, text).unwrap();
    let case = case.to_str().unwrap();
    let md = self::text(&[case, "--memo", "gaps"]);
    assert!(
        md.contains("write to <priya.nair@stbrendan.example.org> if"),
        "{md}"
    );
    assert!(!md.contains("\\@"), "{md}");
    let html = self::text(&[case, "--memo", "gaps", "--format", "html"]);
    assert!(
        html.contains(">priya.nair@stbrendan.example.org</a> if"),
        "the address, bare, as a link"
    );
}

/// Citations do not break across lines where lines are laid out (HTML,
/// Word); the Markdown keeps the plain spaces a reader searches for.
#[test]
fn html_binds_citations_with_no_break_spaces_and_markdown_keeps_plain_spaces() {
    let html = text(&[GAPPY, "--memo", "refiling", "--format", "html"]);
    assert!(
        html.contains("(Decision\u{a0}at\u{a0}2)"),
        "the quote's cite is bound"
    );
    assert!(html.contains("(Ex.\u{a0}A)"), "an exhibit citation is bound");
    let md = text(&[GAPPY, "--memo", "refiling"]);
    assert!(md.contains("(Decision at 2)") && md.contains("(Ex. A)"));
    let prose: String = md.lines().filter(|l| !l.starts_with('|')).collect();
    assert!(
        !prose.contains('\u{a0}'),
        "no no-break space in the Markdown's prose"
    );
}
