//! Small text helpers that memos, maps, the check and the clinic share:
//! Roman numerals for grounds, text made to fit on one line, numbers
//! written in English words, and what a receipt number looks like.
//! Imports nothing of the crate.

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
    ascii_one_line(text).unwrap_or_else(|| general_one_line(text))
}

/// [`one_line`] of any text, character by character.
fn general_one_line(text: &str) -> String {
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

/// [`one_line`] of ASCII text with no control character but the break
/// spaces, byte by byte (most text is); none for other text.
fn ascii_one_line(text: &str) -> Option<String> {
    // The break spaces `split_ascii_whitespace` splits at: all of ours in
    // ASCII but the vertical tab, which takes the general way.
    let plain = text
        .bytes()
        .all(|b| matches!(b, b' '..=b'~' | b'\t' | b'\n' | b'\r' | 0x0c));
    if !plain {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Some(out)
}

/// A number from one to ninety-nine written in words ("twelve",
/// "thirty-three"), lowercase: its value.
pub fn number_word(word: &str) -> Option<i64> {
    const ONES: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let ones = |w: &str| ONES.iter().position(|o| *o == w).map(|k| k as i64 + 1);
    let tens = |w: &str| TENS.iter().position(|t| *t == w).map(|k| k as i64 * 10 + 20);
    match word.split_once('-') {
        Some((t, o)) => Some(tens(t)? + ones(o).filter(|&n| n < 10)?),
        None => ones(word).or_else(|| tens(word)),
    }
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

/// The no-break space that joins the parts of a citation.
pub const NO_BREAK: char = '\u{a0}';

/// The text with no-break spaces where a line must not break: inside a
/// citation ("Ex. A at 1–2", "8 U.S.C. § 1182(d)(5)(A)", "(Decision at 4)"),
/// a short parenthetical of exhibits ("(Ex. A; Ex. B)"), "No. 12",
/// "pp. 7–10", a form's name ("Form I-131"), a date's month and day, and a
/// telephone number written with its country code ("+1 713 555 0148").
/// Only single plain spaces between words change.
pub fn bind_citations(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(' ') {
        return std::borrow::Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut bound: Vec<bool> = (0..words.len() - 1).map(|gap| binds(&words, gap)).collect();
    bind_short_parentheticals(&words, &mut bound);
    if !bound.contains(&true) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + bound.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(if bound[i - 1] { NO_BREAK } else { ' ' });
        }
        out.push_str(word);
    }
    out.into()
}

/// A parenthetical of exhibits this long or shorter stays on one line;
/// a longer one breaks between its citations, never inside one.
const SHORT_PARENTHETICAL: usize = 32;

fn starts_digit(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the space after `words[gap]` joins it to the next word.
fn binds(words: &[&str], gap: usize) -> bool {
    let before = words[gap];
    let after = words[gap + 1];
    if before.is_empty() || after.is_empty() {
        return false;
    }
    let bare = before.trim_start_matches(['(', '[']);
    // "Ex. A", "Exs. A–C", "§ 1182"; "No. 12", "pp. 7–10".
    let label = matches!(bare, "Ex." | "Exs." | "Exh." | "Exhs." | "§" | "§§");
    let number = matches!(bare, "No." | "Nos." | "p." | "pp." | "para." | "¶") && starts_digit(after);
    // "8 U.S.C. § 1182", "8 C.F.R. § 212.5": the title, the code, the section.
    let code = before.chars().all(|c| c.is_ascii_digit())
        && (after.starts_with("U.S.C") || after.starts_with("C.F.R"));
    let section = after == "§" || after == "§§";
    // "Ex. A at 1–2", "(Decision at 4)": a pinpoint to pages.
    let pinpoint =
        (after == "at" && starts_upper(bare) && words.get(gap + 2).is_some_and(|w| starts_digit(w)))
            || (before == "at"
                && starts_digit(after)
                && gap > 0
                && starts_upper(words[gap - 1].trim_start_matches('(')));
    // "Exhibit A", "Exhibits A–F", "Ground IV": a label a letter or numeral long.
    let short_label = after.trim_end_matches([',', '.', ';', ':', ')']);
    let labeled = matches!(bare, "Exhibit" | "Exhibits" | "Ground" | "Grounds")
        && (1..=5).contains(&short_label.chars().count())
        && short_label
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '\u{2013}');
    // "Form I-131", "Form G-28".
    let form = bare == "Form" && after.chars().nth(1) == Some('-') && starts_upper(after);
    // "November 25".
    let date = MONTHS.iter().any(|m| bare.eq_ignore_ascii_case(m)) && starts_digit(after);
    label || labeled || number || code || section || pinpoint || form || date || in_telephone(words, gap)
}

/// Whether the space after `words[gap]` is inside a telephone number
/// written with its country code: "+1 713 555 0148".
fn in_telephone(words: &[&str], gap: usize) -> bool {
    let digits = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | '-'))
    };
    if !digits(words[gap + 1].trim_end_matches(['.', ',', ';', ')'])) {
        return false;
    }
    // "(503) 555-0142": an area code in parentheses.
    let area = words[gap].trim_start_matches('(');
    if words[gap].starts_with('(') && area.len() == 4 && area.ends_with(')') && digits(area) {
        return true;
    }
    let mut i = gap;
    loop {
        if let Some(rest) = words[i].strip_prefix('+') {
            return digits(rest);
        }
        if !digits(words[i]) || i == 0 {
            return false;
        }
        i -= 1;
    }
}

/// Binds every space of a short parenthetical of exhibit citations.
fn bind_short_parentheticals(words: &[&str], bound: &mut [bool]) {
    let mut start = 0;
    while start < words.len() {
        if !words[start].starts_with("(Ex") {
            start += 1;
            continue;
        }
        let mut len = 0;
        let mut end = None;
        for (i, w) in words.iter().enumerate().skip(start) {
            len += w.chars().count() + 1;
            if len > SHORT_PARENTHETICAL + 1 {
                break;
            }
            if w.contains(')') {
                end = Some(i);
                break;
            }
        }
        match end {
            Some(end) => {
                bound[start..end].iter_mut().for_each(|b| *b = true);
                start = end + 1;
            }
            None => start += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_hold_together_and_prose_does_not() {
        let bind = |t: &str| bind_citations(t).replace(NO_BREAK, "~");
        assert_eq!(
            bind("under 8 U.S.C. § 1182(d)(5)(A) the"),
            "under 8~U.S.C.~§~1182(d)(5)(A) the"
        );
        assert_eq!(bind("shows it (Ex. A at 1–2)."), "shows it (Ex.~A~at~1–2).");
        assert_eq!(bind("as stated (Decision at 4)"), "as stated (Decision~at~4)");
        assert_eq!(bind("both (Ex. A; Ex. B) say"), "both (Ex.~A;~Ex.~B) say");
        // Too long to stay on one line: it breaks between citations only.
        assert_eq!(
            bind("(Ex. A; Ex. B; Ex. C; Ex. M; Ex. N at 3)"),
            "(Ex.~A; Ex.~B; Ex.~C; Ex.~M; Ex.~N~at~3)"
        );
        assert_eq!(bind("call +1 713 555 0148 or"), "call +1~713~555~0148 or");
        assert_eq!(bind("call 713 555 0148"), "call 713 555 0148");
        assert_eq!(bind("at (503) 555-0142 or"), "at (503)~555-0142 or");
        assert_eq!(bind("(1) 2 and (12) 3"), "(1) 2 and (12) 3");
        assert_eq!(
            bind("on November 25, 2026 with Form I-131"),
            "on November~25, 2026 with Form~I-131"
        );
        assert_eq!(bind("receipt No. 12 and pp. 7–10"), "receipt No.~12 and pp.~7–10");
        assert_eq!(bind("we met at 4 and may go"), "we met at 4 and may go");
        assert_eq!(
            bind("Exhibits A–F, with Exhibit B under Ground IV."),
            "Exhibits~A–F, with Exhibit~B under Ground~IV."
        );
        assert_eq!(bind("Ground Zero"), "Ground Zero");
        assert_eq!(bind("no  double"), "no  double");
        assert!(matches!(
            bind_citations("plain prose here"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

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
    fn one_line_of_ascii_is_that_of_any_text() {
        let pieces = [
            "a", "b", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{1}", "\u{7f}", "é", "\u{2028}",
            "\u{85}", ".",
        ];
        let mut seed: u64 = 88_172_645_463_325_252;
        for _ in 0..50_000 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let general = general_one_line(&text);
            assert_eq!(one_line(&text), general, "{text:?}");
            if let Some(fast) = ascii_one_line(&text) {
                assert_eq!(fast, general, "{text:?}");
            }
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
