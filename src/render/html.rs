//! Markdown to one self-contained HTML page: no external fonts, scripts or
//! links, a print stylesheet for Letter paper.
//!
//! comrak runs with raw HTML shown as text (`escape`) and never passed
//! through (`unsafe` off), so even a template cannot add live markup; case
//! text is escaped before it reaches the Markdown anyway. A thematic break
//! (`---`) starts a new printed page.

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};

/// The options rebut's Markdown is written for: GitHub tables, task lists
/// and strikethrough, no raw HTML, and no smart punctuation (the decision
/// is quoted verbatim: `--`, `...` and straight quotes stay). Anything that reads
/// the Markdown back (tests, other output formats) should parse with these.
pub fn comrak_options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.tasklist = true;
    options.extension.strikethrough = true;
    options.parse.smart = false;
    options.render.r#unsafe = false;
    options.render.escape = true;
    options
}

/// The page: the Markdown as HTML inside a minimal document with the
/// stylesheet inline, and the evidence map (inline SVG, made by rebut) as an
/// appendix when there is one.
pub fn page(markdown: &str, css: &str, map_svg: Option<&str>) -> String {
    // What XML cannot hold has no place in the page either.
    let markdown = crate::markup::xml_safe(markdown);
    let markdown = markdown.as_ref();
    let css = crate::markup::xml_safe(css);
    let options = comrak_options();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    drop_remote_images(root);
    bind_citations(root);
    let title = root
        .descendants()
        .find(|n| matches!(n.data().value, NodeValue::Heading(_)))
        .map(|n| n.collect_text())
        .unwrap_or_default();
    let mut body = String::with_capacity(markdown.len() * 5 / 4);
    comrak::format_html(root, &options, &mut body).expect("writing to a String cannot fail");

    let mut out = String::with_capacity(body.len() + css.len() + 512);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    out.push_str(&crate::markup::escape_xml(&title));
    out.push_str("</title>\n<style>\n");
    // A stylesheet cannot end the <style> element early.
    out.push_str(&css.replace("</", "<\\/"));
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    out.push_str(&body);
    if let Some(svg) = map_svg {
        out.push_str("<section class=\"evidence-map\">\n");
        out.push_str(svg);
        out.push_str("\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// No-break spaces inside citations, so that "Ex. A at 1–2" or
/// "8 U.S.C. § 1182(d)(5)(A)" never breaks across lines (see
/// [`crate::text::bind_citations`]). Code spans stay as written.
fn bind_citations<'a>(root: comrak::Node<'a>) {
    for node in root.descendants() {
        let mut data = node.data_mut();
        if let NodeValue::Text(text) = &mut data.value
            && let std::borrow::Cow::Owned(bound) = crate::text::bind_citations(text)
        {
            *text = bound.into();
        }
    }
}

/// An image a template points at on the network would be fetched when the
/// page opens; it is replaced by its description. `data:` images stay.
fn drop_remote_images<'a>(root: comrak::Node<'a>) {
    let remote: Vec<comrak::Node<'a>> = root
        .descendants()
        .filter(|n| match &n.data().value {
            NodeValue::Image(link) => !link.url.trim_start().to_ascii_lowercase().starts_with("data:"),
            _ => false,
        })
        .collect();
    for image in remote {
        let children: Vec<comrak::Node<'a>> = image.children().collect();
        for child in children {
            image.insert_before(child);
        }
        image.detach();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_in_markdown_is_shown_as_text() {
        let out = page(
            "# T <b>\n\n<script>alert(1)</script>\n\nok <img src=x>\n",
            "",
            None,
        );
        assert!(!out.contains("<script>"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(out.contains("<h1>T &lt;b&gt;</h1>"), "{out}");
        assert!(!out.contains("<b>"), "{out}");
    }

    #[test]
    fn the_page_loads_nothing_from_elsewhere() {
        let out = page(
            "# T\n\n![logo](https://example.org/i.png) ![dot](data:image/png;base64,AA==)\n",
            "",
            None,
        );
        assert!(!out.contains("example.org"), "{out}");
        assert!(out.contains("logo"), "{out}");
        assert!(out.contains("<img src=\"data:image/png;base64,AA==\""), "{out}");
        assert!(!out.contains("<link"), "{out}");
        assert!(!out.contains("<script"), "{out}");
    }

    #[test]
    fn a_stylesheet_cannot_close_its_element() {
        let out = page("# T\n", "p{}</style><script>x</script>", None);
        assert!(!out.contains("</style><script>"), "{out}");
    }
}
