//! Text for labels: plain, on one line, measured and fitted to a width.
//!
//! Widths are estimated without the font, so they err on the wide side: each
//! character counts at least as wide as it is in Verdana or DejaVu Sans (the
//! widest common sans-serif faces), so a label that fits by this measure
//! fits on screen.

pub use crate::text::one_line;
use comrak::{Arena, Options, parse_document};

/// The estimated width in pixels of `text` set at `size` pixels.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(char_em).sum();
    em * size * if bold { 1.15 } else { 1.0 }
}

/// A character's advance in ems, rounded up.
fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | 'I' | '!' | '|' | '.' | ',' | ':' | ';' | '\'' | '`' | ' ' => 0.36,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '{' | '}' | '-' | '"' | '/' | '\\' => 0.52,
        'm' | 'w' | 'M' | 'W' | '@' | '%' | '&' | '\u{2014}' | '\u{2026}' => 1.02,
        'a'..='z' => 0.66,
        'A'..='Z' | '0'..='9' => 0.82,
        c if c.is_ascii() => 0.86,
        // Combining marks and zero-width characters take no room.
        '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' => 0.0,
        c if is_wide(c) => 1.1,
        _ => 0.86,
    }
}

/// East Asian wide characters and emoji: a full em or more.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// Inline Markdown reduced to its text, on one line: `**urgent**` reads
/// "urgent", `[the letter](x.pdf)` reads "the letter".
pub fn plain_text(markdown: &str) -> String {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &Options::default());
    let mut text = String::new();
    // Paragraphs and other blocks are separated by a space.
    for block in root.children() {
        if !text.is_empty() {
            text.push(' ');
        }
        block.collect_text_append(&mut text);
    }
    let text = one_line(&text);
    if text.is_empty() { one_line(markdown) } else { text }
}

/// `text` cut to fit `width`, ending in an ellipsis when cut.
pub fn truncate(text: &str, width: f64, size: f64, bold: bool) -> String {
    if text_width(text, size, bold) <= width {
        return text.to_owned();
    }
    let room = width - text_width("\u{2026}", size, bold);
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        let w = char_em(c) * size * if bold { 1.15 } else { 1.0 };
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    let mut out = out.trim_end().to_owned();
    out.push('\u{2026}');
    out
}

/// `text` broken into at most `max_lines` lines of at most `width` pixels,
/// at spaces where possible; the last line ends in an ellipsis when text is
/// left over. `first_width` is the room on the first line.
pub fn wrap(
    text: &str,
    first_width: f64,
    width: f64,
    size: f64,
    bold: bool,
    max_lines: usize,
) -> Vec<String> {
    let room = |lines: &Vec<String>| if lines.is_empty() { first_width } else { width };
    let fits = |s: &str, w: f64| text_width(s, size, bold) <= w;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split(' ').filter(|w| !w.is_empty()).peekable();
    while let Some(word) = words.next() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate, room(&lines)) {
            current = candidate;
            continue;
        }
        let mut word = word.to_owned();
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                let rest: Vec<&str> = std::iter::once(word.as_str()).chain(words).collect();
                let last = lines.pop().unwrap_or_default();
                lines.push(truncate(
                    &format!("{last} {}", rest.join(" ")),
                    room(&lines),
                    size,
                    bold,
                ));
                return lines;
            }
        }
        // A word too long for a whole line is broken where it overflows.
        while !fits(&word, room(&lines)) {
            let head = take_fitting(&word, room(&lines), size, bold);
            let tail = word[head.len()..].to_owned();
            lines.push(head);
            word = tail;
            if lines.len() == max_lines {
                let rest: Vec<&str> = std::iter::once(word.as_str()).chain(words).collect();
                let last = lines.pop().unwrap_or_default();
                lines.push(truncate(
                    &format!("{last}{}", rest.join(" ")),
                    room(&lines),
                    size,
                    bold,
                ));
                return lines;
            }
        }
        current = word;
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// The longest prefix of `word` that fits (at least one character).
fn take_fitting(word: &str, width: f64, size: f64, bold: bool) -> String {
    let mut out = String::new();
    for c in word.chars() {
        out.push(c);
        if text_width(&out, size, bold) > width && out.chars().count() > 1 {
            out.pop();
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_reduced_to_its_words() {
        assert_eq!(
            plain_text("The **second** relapse, see [the report](r.pdf)\nand `E2`."),
            "The second relapse, see the report and E2."
        );
        assert_eq!(plain_text("One.\n\nTwo."), "One. Two.");
    }

    #[test]
    fn control_characters_and_runs_of_space_go() {
        assert_eq!(one_line("  a\u{7}b \n\t c  "), "a\u{FFFD}b c");
    }

    #[test]
    fn wide_letters_measure_wider_than_narrow_ones() {
        assert!(text_width("WWWW", 12.0, false) > text_width("iiii", 12.0, false) * 2.0);
        assert!(text_width("abc", 12.0, true) > text_width("abc", 12.0, false));
        assert!(text_width("\u{6f22}\u{5b57}", 12.0, false) >= 24.0);
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word_when_there_is_room() {
        let text = "The hospital's bone-marrow report and discharge summary document the relapse";
        let lines = wrap(text, 150.0, 200.0, 12.0, false, 10);
        assert!(text_width(&lines[0], 12.0, false) <= 150.0);
        assert!(lines.iter().all(|l| text_width(l, 12.0, false) <= 200.0));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn text_left_over_ends_the_last_line_in_an_ellipsis() {
        let text = "word ".repeat(100);
        let lines = wrap(&text, 120.0, 120.0, 12.0, false, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('\u{2026}'));
        assert!(lines.iter().all(|l| text_width(l, 12.0, false) <= 120.0));
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken() {
        let text = "x".repeat(200);
        let lines = wrap(&text, 100.0, 100.0, 12.0, true, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| text_width(l, 12.0, true) <= 100.0));
        assert!(lines[2].ends_with('\u{2026}'));
    }

    #[test]
    fn truncation_keeps_short_text_whole() {
        assert_eq!(truncate("E1", 100.0, 12.0, false), "E1");
        let cut = truncate("a long title that cannot fit", 60.0, 12.0, false);
        assert!(cut.ends_with('\u{2026}') && text_width(&cut, 12.0, false) <= 60.0);
    }
}
