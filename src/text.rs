//! Small text helpers that memos, maps, the check and the clinic share:
//! Roman numerals for grounds, text made to fit on one line, and what a
//! receipt number looks like. Imports nothing of the crate.

/// Upper-case Roman numerals, for section numbers (any positive number;
/// past 3999 the thousands simply repeat).
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Characters that end a line in Markdown, or that we treat as wrapping.
pub fn is_break_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The text with every run of spaces and line breaks made one space, trimmed,
/// and other control characters replaced, since they have no place in a memo.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_break_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_control() {
            out.push('\u{FFFD}');
        } else {
            out.push(c);
        }
    }
    out
}

/// A receipt number as the agency writes it: three letters and ten
/// digits.
pub fn is_receipt(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 13 && b[..3].iter().all(u8::is_ascii_alphabetic) && b[3..].iter().all(u8::is_ascii_digit)
}

/// The countries of ISO 3166-1 by their English short names, one a line
/// (`data/countries.txt`, written with the redaction's place list by
/// `clinic/redact/data/places.py`).
pub fn countries() -> impl Iterator<Item = &'static str> {
    include_str!("data/countries.txt").lines()
}

/// The English month names, lower case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        let cases = [
            (1, "I"),
            (4, "IV"),
            (9, "IX"),
            (14, "XIV"),
            (40, "XL"),
            (1994, "MCMXCIV"),
        ];
        for (n, expected) in cases {
            assert_eq!(roman(n), expected);
        }
    }

    #[test]
    fn one_line_collapses_breaks_and_marks_controls() {
        assert_eq!(one_line("  a\n b\r\n\n\tc \u{2028}d  "), "a b c d");
        assert_eq!(one_line("a\u{0}b"), "a\u{FFFD}b");
        assert_eq!(one_line("a\u{7}b"), "a\u{FFFD}b");
    }

    #[test]
    fn receipt_numbers() {
        assert!(is_receipt("IOE0927461853"));
        assert!(!is_receipt("IOE092746185"));
        assert!(!is_receipt("I0E0927461853"));
        assert!(!is_receipt("IOE09274618537"));
    }
}
