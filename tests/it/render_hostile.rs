//! Case text full of Markdown and HTML metacharacters cannot change a memo's
//! structure, and cannot put live markup into the HTML page.

use crate::support::markdown::*;
use crate::support::*;
use proptest::prelude::*;
use rebut::load::Source;
use rebut::playbook::Playbook;
use rebut::render::markdown::{escape_text, inline_markdown};
use rebut::render::{self, MemoKind, Templates};

const HOSTILE: &str = r##"
rebut: 1
case:
  title: "# Not a heading | with *stars* and <script>alert('t')</script> `code`"
  receipt: "IOE|0912345678"
  beneficiary:
    name: "Ana <b>Bold</b> | Pipe"
    country: "Land\nof *lines*"
  petitioner:
    name: "- list item"
    relationship: "1. ordered"
  representative:
    name: "[Click](javascript:alert(1))"
    firm: "Firm & Co &amp; <i>x</i>"
    address: "> quoted\naddress"
    email: "x@example.org"
    phone: "==="
    bar: "---"
  filed: 2026-01-02
  decision:
    kind: noid
    date: 2026-11-01
    respond_by: 2026-12-01
    office: "Office `a|b` ![img](http://example.org/i.png)"
grounds:
  - id: G1
    category: medical-urgency
    cite: "Decision | at 2 <!-- c -->"
    quote: |
      First paragraph with | pipe and # hash
      and a line break, <script>alert(1)</script>.

      ---
      > not a quote
      ```
      not code
  - id: G2
    category: other
    quote: "* starts like a list | and `unbalanced"
    responses:
      - point: |
          # Heading attempt with *emphasis* and `code|pipe` and <img src=x onerror=alert(1)>
          - not a list
          [link](http://example.org) and &lt;script&gt; and a trailing \
        evidence: [{id: E_1., pages: "1"}, E2]
      - point: "```\nfenced?\n```"
        evidence: [E2]
evidence:
  - id: E_1.
    type: physician-opinion
    title: "Title | with pipe\nand newline # and *star* <em>x</em>"
    author: "Dr. `Back` | Tick"
    date: 2026-11-10
    pages: 3
  - id: E2
    type: other
    title: "**bold title** _under_ ~~strike~~ $x$"
    author: "http://evil.example.org/?a=<b>"
    date: 2026-11-10
    pages: 2
    language: "fr<script>"
    translation: {certified: true, translator: "| T |"}
    shows: [residence]
timeline:
  - date: 2026-11-02
    event: "Event | with <script>x</script>\nand # more"
    evidence: [E2]
"##;

fn hostile() -> Checked {
    // Nowhere: every `file:` is missing, whatever the machine holds.
    let source = Source {
        base_dir: "/nonexistent".into(),
        ..Source::from_text("hostile.yaml", HOSTILE)
    };
    check_source(&source, Playbook::builtin())
}

/// Node kinds that case text must never produce.
const INJECTED: [&str; 6] = [
    "HtmlBlock",
    "HtmlInline",
    "Link",
    "Image",
    "CodeBlock",
    "Strikethrough",
];

#[test]
fn hostile_text_keeps_every_memo_structure() {
    let l = hostile();
    let templates = Templates::builtin();
    for kind in MemoKind::ALL {
        let cx = l.memo(kind, true);
        let md = render::markdown(&cx, &templates).unwrap();
        let name = kind.as_str();
        // The one link a memo makes: the signer's e-mail address.
        let kinds = node_kinds(&md.replace("<x@example.org>", "x"));
        for injected in INJECTED {
            assert!(
                !kinds.iter().any(|k| k == injected),
                "{name}: a {injected} node\n{md}"
            );
        }
        let doc = blocks(&md);
        let h1: Vec<_> = doc.iter().filter(|b| matches!(b, Block::Heading(1, _))).collect();
        assert_eq!(h1.len(), 1, "{name}: one title\n{md}");
        for b in &doc {
            if let Block::Table(rows) = b {
                let width = rows[0].len();
                assert!(
                    rows.iter().all(|r| r.len() == width),
                    "{name}: a ragged table {rows:?}"
                );
            }
            if let Block::Heading(_, text) = b {
                assert!(
                    !text.starts_with("Not a heading"),
                    "{name}: a heading from case text"
                );
            }
        }
        // The cover letter and the index alone quote nothing that holds the tag.
        if !matches!(kind, MemoKind::Cover | MemoKind::Exhibits) {
            assert!(md.contains("\\<script\\>"), "{name}: the script tag is text");
        }
    }
}

#[test]
fn hostile_text_reads_back_exactly_as_written() {
    let l = hostile();
    let cx = l.memo(MemoKind::Rebuttal, true);
    let md = render::markdown(&cx, &Templates::builtin()).unwrap();
    let doc = blocks(&md);
    let all_text: Vec<String> = doc.iter().map(Block::text).collect();

    let quote = doc
        .iter()
        .find_map(|b| match b {
            Block::Quote(ps) if ps[0].starts_with("First paragraph") => Some(ps.clone()),
            _ => None,
        })
        .expect("the first ground's quote");
    assert_eq!(
        quote,
        vec![
            "First paragraph with | pipe and # hash and a line break, <script>alert(1)</script>.".to_owned(),
            "--- > not a quote ``` not code".to_owned(),
            "(Decision | at 2 <!-- c -->)".to_owned(),
        ]
    );
    let second = doc
        .iter()
        .find_map(|b| match b {
            Block::Quote(ps) if ps[0].starts_with('*') => Some(ps[0].clone()),
            _ => None,
        })
        .expect("the second ground's quote");
    assert_eq!(second, "* starts like a list | and `unbalanced");

    let index = doc
        .iter()
        .rev()
        .find_map(|b| match b {
            Block::Table(rows) if rows[0][0] == "Exhibit" => Some(rows.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        index[1][1],
        "Title | with pipe and newline # and *star* <em>x</em>"
    );
    assert_eq!(index[1][2], "Dr. `Back` | Tick");
    assert_eq!(index[2][1], "**bold title** _under_ ~~strike~~ $x$");
    assert_eq!(index[2][2], "http://evil.example.org/?a=<b>");
    assert!(index[2][6].contains("| T |"), "{:?}", index[2]);

    for literal in [
        "Ana <b>Bold</b> | Pipe",
        "Land of *lines*",
        "[Click](javascript:alert(1))",
        "Firm & Co &amp; <i>x</i>",
        "> quoted address",
        "x@example.org",
    ] {
        assert!(
            all_text.iter().any(|t| t.contains(literal)),
            "{literal} is shown as written"
        );
    }

    // The point keeps its inline Markdown (emphasis, code) and nothing else.
    let point = all_text
        .iter()
        .find(|t| t.starts_with("# Heading attempt"))
        .expect("the point is a paragraph, not a heading");
    assert!(point.contains("<img src=x onerror=alert(1)>"), "{point}");
    assert!(point.contains("[link](http://example.org)"), "{point}");
    assert!(point.contains("&lt;script&gt;"), "{point}");
    assert!(point.contains("(Ex. A at 1; Ex. B)"), "{point}");
}

#[test]
fn hostile_text_is_never_live_html() {
    let l = hostile();
    let templates = Templates::builtin();
    for kind in MemoKind::ALL {
        let cx = l.memo(kind, true);
        let html = render::html(&cx, &templates).unwrap();
        let body = &html[html.find("<main>").unwrap()..];
        // The one link a memo makes: the signer's e-mail address.
        let body = &body.replace("<a href=\"mailto:x@example.org\">x@example.org</a>", "x");
        for tag in [
            "<script", "<img", "<b>", "<i>", "<em>x", "<a ", "<iframe", "href=\"", "src=\"",
        ] {
            assert!(!body.contains(tag), "{}: {tag} in\n{body}", kind.as_str());
        }
        if !matches!(kind, MemoKind::Cover | MemoKind::Exhibits) {
            assert!(body.contains("&lt;script&gt;"), "{}", kind.as_str());
        }
        let title = &html[html.find("<title>").unwrap() + 7..html.find("</title>").unwrap()];
        assert!(!title.contains('<'), "{title}");
    }
}

/// Parses a snippet, refusing any node kind in `forbidden`.
fn parse_one(markdown: &str, forbidden: &[&str]) -> Vec<Block> {
    let doc = blocks(markdown);
    assert!(
        !node_kinds(markdown)
            .iter()
            .any(|k| forbidden.contains(&k.as_str())),
        "{markdown:?}"
    );
    doc
}

/// Parses a snippet that holds `text` escaped: no node kind that case text
/// must not make, but for the autolink `escape_text` writes on purpose for
/// an e-mail address of the text (`<a@b.org>`, which every reader shows as
/// the address), whose target is that address.
fn parse_escaped(markdown: &str, text: &str) -> Vec<Block> {
    let others: Vec<&str> = INJECTED.iter().copied().filter(|&k| k != "Link").collect();
    for (url, shown) in links(markdown) {
        assert_eq!(url, format!("mailto:{shown}"), "{markdown:?}");
        assert!(text.contains(&shown), "{shown:?} is not in {text:?}");
    }
    parse_one(markdown, &others)
}

#[test]
fn an_email_address_in_case_text_is_an_autolink_that_shows_it() {
    for text in ["a@a.a", "Write to ana.ruiz@clinic.example today"] {
        let e = escape_text(text);
        let doc = parse_escaped(&format!("# {e}\n"), text);
        assert_eq!(doc, vec![Block::Heading(1, text.to_owned())]);
        let address = text.split(' ').find(|w| w.contains('@')).unwrap();
        assert_eq!(
            links(&format!("| a |\n| --- |\n| {e} |\n")),
            [(format!("mailto:{address}"), address.to_owned())]
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any text, escaped, reads back as itself in every place a template
    /// may put it, and makes exactly the block the template meant.
    #[test]
    fn escaped_text_survives_every_place(text in "\\PC{0,40}|[-+=#>*_`|<>\\[\\]()!&;\\\\ 0-9.:@$~\n]{0,24}") {
        let expected = rebut::render::markdown::one_line(&text);
        let e = escape_text(&text);

        let doc = parse_escaped(&format!("# {e}\n"), &text);
        if expected.is_empty() {
            prop_assert_eq!(doc, vec![Block::Heading(1, String::new())]);
        } else {
            prop_assert_eq!(doc, vec![Block::Heading(1, expected.clone())]);
        }

        let doc = parse_escaped(&format!("| a | b |\n| --- | --- |\n| {e} | x |\n"), &text);
        prop_assert_eq!(doc, vec![Block::Table(vec![
            vec!["a".into(), "b".into()],
            vec![expected.clone(), "x".into()],
        ])]);

        if !expected.is_empty() {
            let doc = parse_escaped(&format!("Before\n{e}\n"), &text);
            prop_assert_eq!(doc.len(), 1, "{:?}", doc);
            prop_assert_eq!(doc[0].text(), format!("Before {expected}"));

            let doc = parse_escaped(&format!("> {e}\n>\n> after\n"), &text);
            prop_assert_eq!(doc, vec![Block::Quote(vec![expected.clone(), "after".into()])]);

            let doc = parse_escaped(&format!("- {e}\n- next\n"), &text);
            prop_assert_eq!(doc, vec![Block::List { items: vec![expected.clone(), "next".into()], tasks: false }]);

            let doc = parse_escaped(&format!("**\u{26a0} Gap: {e}.**\n"), &text);
            prop_assert_eq!(doc[0].marker().map(str::to_owned), Some(format!("\u{26a0} Gap: {expected}.")));
        }
    }

    /// A point's text stays one paragraph, followed by its citations, with
    /// no link, image, HTML or block of its own.
    #[test]
    fn point_text_stays_one_paragraph(text in "\\PC{1,40}|[-+=#>*_`|<>\\[\\]()!&;\\\\ 0-9.:@$~\n]{1,24}") {
        let p = inline_markdown(&text);
        prop_assume!(!p.is_empty());
        let doc = parse_one(&format!("{p} (Ex. A at 2\u{2013}3)\n\n**\u{26a0} Gap: x.**\n"), &INJECTED[..5]);
        prop_assert_eq!(doc.len(), 2, "{:?}", doc);
        prop_assert!(matches!(&doc[0], Block::Paragraph(_)), "{:?}", doc);
        prop_assert!(doc[0].text().ends_with("(Ex. A at 2\u{2013}3)"), "{:?}", doc);
        prop_assert_eq!(doc[1].marker(), Some("\u{26a0} Gap: x."));
    }
}
