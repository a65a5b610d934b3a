//! Case text made safe to show on a terminal.
//!
//! Text from a case file reaches the terminal in findings, tables and
//! feedback. Raw, an escape sequence in it could clear the screen, print a
//! fake "ok" line, plant a link (OSC 8) or write the clipboard (OSC 52), and
//! a bidi override could make a name read as another. So every character
//! that acts instead of showing is shown as a visible symbol:
//!
//! - C0 controls and DEL as their Unicode control pictures (`␛`, `␊`, `␡`),
//!   as the diagnostics for unusable files show them;
//! - C1 controls, bidi embeddings, overrides and isolates, and the
//!   invisible characters that can hide in text, as `<U+202E>`.
//!
//! [`text`] is for prose (titles, messages): it keeps the zero-width
//! joiner and non-joiner, which scripts such as Persian and emoji need.
//! [`name`] is for ids, paths and file names, where nothing invisible
//! belongs: it shows those too.

use std::borrow::Cow;

/// Prose from a case, safe for a terminal.
pub fn text(s: &str) -> Cow<'_, str> {
    shown(s, false)
}

/// A message of several lines, each shown as by [`text`].
pub fn lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && acts(c, false)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split('\n').map(text).collect::<Vec<_>>().join("\n"))
}

/// An id, path or file name, safe for a terminal, with every invisible
/// character shown.
pub fn name(s: &str) -> Cow<'_, str> {
    shown(s, true)
}

/// One visible character in place of `c`, for text whose columns must not
/// move (a source line under a caret): `c` itself when it shows.
pub fn one_char(c: char) -> char {
    if !acts(c, true) {
        c
    } else if (c as u32) < 0x20 {
        char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
    } else if c == '\u{7F}' {
        '\u{2421}'
    } else {
        '\u{FFFD}'
    }
}

fn shown(s: &str, strict: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| acts(c, strict)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if !acts(c, strict) {
            out.push(c);
        } else if (c as u32) < 0x20 || c == '\u{7F}' {
            out.push(one_char(c));
        } else {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        }
    }
    Cow::Owned(out)
}

/// Whether `c` would act on the terminal, or mislead, rather than show.
fn acts(c: char, strict: bool) -> bool {
    match c {
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => true,
        // Bidi embeddings and overrides, isolates, and the marks.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => true,
        // Zero-width space, word joiner, byte-order mark.
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' => true,
        // Joiners and soft hyphens have their place in prose, none in a name.
        '\u{200C}' | '\u{200D}' | '\u{AD}' => strict,
        // Line and paragraph separators end a line as a newline would.
        '\u{2028}' | '\u{2029}' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_run() {
        let osc52 = "\u{1b}]52;c;ZXZpbA==\u{7}";
        assert_eq!(text(osc52), "␛]52;c;ZXZpbA==␇");
        assert_eq!(text("a\nok: 0 errors"), "a␊ok: 0 errors");
        assert_eq!(text("csi\u{9b}2J"), "csi<U+009B>2J");
        assert_eq!(text("del\u{7f}"), "del␡");
    }

    #[test]
    fn bidi_overrides_show_everywhere_and_joiners_only_in_names() {
        assert_eq!(text("exe\u{202E}fdp.txt"), "exe<U+202E>fdp.txt");
        assert_eq!(name("G\u{200B}1"), "G<U+200B>1");
        assert_eq!(text("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(name("a\u{200D}b"), "a<U+200D>b");
    }

    #[test]
    fn a_message_keeps_its_lines() {
        assert_eq!(
            lines("in a template\n  caused by: \u{1b}[2J"),
            "in a template\n  caused by: ␛[2J"
        );
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            text("Declaration of Ana Reyes, 2 pp."),
            Cow::Borrowed(_)
        ));
        assert_eq!(text("naïve — ok\t"), "naïve — ok␉");
    }
}
