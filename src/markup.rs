//! Escaping text for XML and HTML, shared by the evidence map's SVG and the
//! memo's HTML page.

/// Whether XML 1.0 can hold `c` at all (its `Char` production): not the
/// C0 controls other than tab, newline and carriage return, nor U+FFFE and
/// U+FFFF. (Surrogates cannot occur in a Rust string.)
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `text` with every character XML cannot hold replaced by U+FFFD.
pub fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' })
        .collect::<String>()
        .into()
}

/// Text for XML content and attribute values: the five markup characters
/// escaped, and characters XML forbids replaced.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if !is_xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_xml;

    #[test]
    fn markup_characters_are_escaped_and_forbidden_ones_replaced() {
        assert_eq!(
            escape_xml("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(escape_xml("bell\u{7}"), "bell\u{FFFD}");
        assert_eq!(escape_xml("line\nbreak"), "line\nbreak");
    }
}
