//! Putting case text into Markdown without letting it change the document.
//!
//! Case files are written by people, and their text can hold anything: `#`,
//! `|`, `*`, `<script>`, backticks, blank lines. Every value a template prints
//! goes through [`escape_text`] (the templates' automatic escaping), so it
//! reads as the same text and cannot start a heading, a list, a quote, a
//! table cell, a link or HTML. A point's text may carry inline Markdown
//! (emphasis, code); [`inline_markdown`] keeps that and neutralises the rest.
//! Both put the text on one line: line breaks inside a value are only
//! wrapping, and a line break is what lets text escape a table or a quote.

pub use crate::text::{is_break_space, one_line};

/// Paragraphs of a block of text (separated by blank lines), each on one line.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.chars().all(is_break_space) {
            if !current.is_empty() {
                out.push(one_line(&current));
                current.clear();
            }
        } else {
            current.push_str(line);
            current.push('\n');
        }
    }
    if !current.is_empty() {
        out.push(one_line(&current));
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Characters that are escaped wherever they stand in plain text.
fn always_escaped(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
    )
}

/// Plain text, shown literally wherever a template puts it: in a paragraph,
/// a heading, a table cell, a block quote or a list item.
pub fn escape_text(text: &str) -> String {
    if is_inert(text) {
        return text.to_owned();
    }
    // What follows starts with `one_line`, which it leaves as it is.
    let line = one_line(text);
    if is_inert(&line) {
        return line;
    }
    let mut out = String::with_capacity(line.len() + line.len() / 8);
    escape_block_start(&line, &mut out);
    let chars: Vec<char> = line.chars().collect();
    let skip = leading_escaped(&line);
    let mut addresses = email_addresses(&chars)
        .into_iter()
        .filter(|&(start, _)| start >= skip)
        .peekable();
    let mut i = skip;
    while i < chars.len() {
        // An e-mail address as an autolink, `<a@b.org>`: every reader shows
        // the address as it is, where an escaped `a\@b.org` would show its
        // backslash in the Markdown.
        if let Some((start, end)) = addresses.next_if(|&(start, _)| start == i) {
            out.push('<');
            out.extend(&chars[start..end]);
            out.push('>');
            i = end;
            continue;
        }
        let c = chars[i];
        if always_escaped(c) || (c == '&' && starts_entity(&chars[i + 1..])) || is_email_at(&chars, i) {
            out.push('\\');
        }
        out.push(c);
        escape_autolink_after(&chars, i, &mut out);
        i += 1;
    }
    out
}

/// Where the text holds an e-mail address that a Markdown autolink can
/// carry whole (CommonMark's e-mail autolink: a local part of letters,
/// digits and `.+-_`, a domain of dot-separated labels that neither start
/// nor end with `-`): start and end, as character indexes.
fn email_addresses(chars: &[char]) -> Vec<(usize, usize)> {
    let local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_');
    let domain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-');
    let mut found = Vec::new();
    let mut after_last = 0;
    for at in 0..chars.len() {
        if chars[at] != '@' || at < after_last {
            continue;
        }
        let mut start = at;
        while start > after_last && local(chars[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < chars.len() && domain(chars[end]) {
            end += 1;
        }
        // A sentence's full stop after the address is not part of it.
        while end > at + 1 && matches!(chars[end - 1], '.' | '-') {
            end -= 1;
        }
        let host: String = chars[at + 1..end].iter().collect();
        let labels_ok = host.contains('.')
            && host
                .split('.')
                .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
        // An address glued to more text (`a@b.org@c`, `x@y.org_z`) stays text.
        let whole = chars
            .get(end)
            .is_none_or(|&c| !(c.is_ascii_alphanumeric() || matches!(c, '@' | '_' | '+')))
            && (start == 0 || !matches!(chars[start - 1], '@' | '\\'));
        if start < at && labels_ok && whole {
            found.push((start, end));
            after_last = end;
        }
    }
    found
}

/// An `@` that GitHub would make part of an e-mail link: a local part
/// before it, a domain after.
fn is_email_at(chars: &[char], i: usize) -> bool {
    chars[i] == '@'
        && i > 0
        && (chars[i - 1].is_ascii_alphanumeric() || matches!(chars[i - 1], '.' | '_' | '-' | '+'))
        && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric)
}

/// A `-`, `+` or `=` at the start of a line opens a block only when a list
/// marker (followed by a space or nothing), a rule or a setext underline.
fn opens_block(line: &str, c: char) -> bool {
    let after = line[c.len_utf8()..].chars().next();
    let marker = matches!(c, '-' | '+') && after.is_none_or(|a| a == ' ' || a == '\t');
    let rule = c != '+' && line.chars().all(|x| x == c || x == ' ' || x == '\t');
    marker || rule
}

/// Text that [`escape_text`] would leave as it is (most text is): no
/// metacharacter, no line break or doubled space, nothing that starts a
/// block, no link GitHub would make. A fast path, nothing more.
pub fn is_inert(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    if first == b' ' || last == b' ' || matches!(first, b'-' | b'+' | b'=' | b':' | b'0'..=b'9') {
        return false;
    }
    for (i, &b) in bytes.iter().enumerate() {
        let plain = match b {
            b' ' => bytes[i - 1] != b' ',
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'~' | b'@' | b'&' => {
                false
            }
            b':' => !bytes[i + 1..].starts_with(b"//"),
            b'.' => i < 3 || !bytes[i - 3..i].eq_ignore_ascii_case(b"www"),
            0..=0x1f | 0x7f => false,
            // U+0085, U+2028, U+2029 and C1 controls start with these bytes.
            0xc2 | 0xe2 => false,
            _ => true,
        };
        if !plain {
            return false;
        }
    }
    true
}

/// Escapes the opening of a block-level construct at the start of the text:
/// `- item`, `+ item`, `1. item`, `1) item`, a setext underline (`===`).
/// Writes what it escaped to `out`; [`leading_escaped`] says how many
/// characters that covered.
fn escape_block_start(line: &str, out: &mut String) {
    let first = line.chars().next();
    match first {
        Some(c @ ('-' | '+' | '=')) if opens_block(line, c) => {
            out.push('\\');
            out.push(c);
        }
        // ":-" or ":---:" under a line would make it a table's header.
        Some(':') if is_delimiter_row(line) => out.push_str("\\:"),
        Some(c) if c.is_ascii_digit() => {
            let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
            if let Some(mark @ ('.' | ')')) = line[digits.len()..].chars().next() {
                out.push_str(&digits);
                out.push('\\');
                out.push(mark);
            }
        }
        _ => {}
    }
}

/// A line a table's delimiter row could be made of.
fn is_delimiter_row(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| matches!(c, ':' | '-' | ' ' | '\t'))
}

/// How many characters [`escape_block_start`] wrote on the text's behalf.
fn leading_escaped(line: &str) -> usize {
    match line.chars().next() {
        Some(c @ ('-' | '+' | '=')) if opens_block(line, c) => 1,
        Some(':') if is_delimiter_row(line) => 1,
        Some(c) if c.is_ascii_digit() => {
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            if matches!(line[digits..].chars().next(), Some('.' | ')')) {
                digits + 1
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// An e-mail address as a Markdown autolink (`<a@b.org>`), which every
/// reader shows as the address itself; anything else as escaped text.
pub fn email(text: &str) -> String {
    let text = text.trim();
    let ok = text.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && text.chars().filter(|&c| c == '@').count() == 1
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_' | '+'))
    });
    if ok {
        format!("<{text}>")
    } else {
        escape_text(text)
    }
}

/// `&amp;`, `&#35;`, `&#x23;`: text that Markdown would turn into another character.
fn starts_entity(rest: &[char]) -> bool {
    let body: Vec<char> = rest.iter().take(33).copied().collect();
    let Some(end) = body.iter().position(|&c| c == ';') else {
        return false;
    };
    end > 0 && body[..end].iter().all(|c| c.is_ascii_alphanumeric() || *c == '#')
}

/// GitHub links bare `http://…` and `www.…` text; a backslash in `\://` and
/// `www\.` keeps it text (and keeps markdownlint's no-bare-urls quiet).
fn escape_autolink_after(chars: &[char], i: usize, out: &mut String) {
    let next_is = |s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + 1 + k) == Some(&c))
    };
    let c = chars[i];
    let scheme = c.is_ascii_alphabetic() && next_is("://");
    let www = c.eq_ignore_ascii_case(&'w')
        && i >= 2
        && (i == 2 || !chars[i - 3].is_alphanumeric())
        && chars[i - 2].eq_ignore_ascii_case(&'w')
        && chars[i - 1].eq_ignore_ascii_case(&'w')
        && next_is(".");
    if scheme || www {
        out.push('\\');
    }
}

/// A point's text: inline Markdown (emphasis, strong, code spans) survives;
/// links, images, HTML, table pipes, headings and block starts do not.
pub fn inline_markdown(text: &str) -> String {
    // The escape starts with `one_line`, which it leaves as it is.
    let line = one_line(text);
    if is_inline_inert(&line) {
        return line;
    }
    inline_markdown_escaped(&line)
}

/// Text that [`inline_markdown`] would leave as it is (most points are):
/// what [`is_inert`] asks, less emphasis (`*`, `_` and `~` inside the text
/// stay as written in a point) and more block starts (`>`, `*`, `_`,
/// `~`, a backtick). A fast path, nothing more.
fn is_inline_inert(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    if first == b' '
        || last == b' '
        || matches!(
            first,
            b'-' | b'+' | b'=' | b'>' | b'*' | b'_' | b'~' | b'`' | b'0'..=b'9'
        )
    {
        return false;
    }
    bytes.iter().enumerate().all(|(i, &b)| match b {
        b' ' => bytes[i - 1] != b' ',
        b'\\' | b'`' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'@' | b'&' => false,
        b':' => !bytes[i + 1..].starts_with(b"//"),
        b'.' => i < 3 || !bytes[i - 3..i].eq_ignore_ascii_case(b"www"),
        0..=0x1f | 0x7f => false,
        // U+0085, U+2028, U+2029 and C1 controls start with these bytes.
        0xc2 | 0xe2 => false,
        _ => true,
    })
}

/// [`inline_markdown`] without its fast path.
fn inline_markdown_escaped(text: &str) -> String {
    let line = one_line(text);
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    // Block starts: only the very first characters can open a block.
    match chars.first() {
        Some('-' | '+' | '=' | '>') => {
            out.push('\\');
            out.push(chars[0]);
            i = 1;
        }
        Some(&c @ ('*' | '_')) => {
            let lone = chars.get(1).is_none_or(|n| *n == ' ');
            let rule = chars.iter().all(|&x| x == c || x == ' ');
            if lone || rule {
                out.push('\\');
                out.push(c);
                i = 1;
            }
        }
        Some('~') if chars.starts_with(&['~', '~', '~']) => {
            out.push_str("\\~");
            i = 1;
        }
        Some('`') if chars.starts_with(&['`', '`', '`']) => {
            out.push_str("\\`");
            i = 1;
        }
        Some(c) if c.is_ascii_digit() => {
            let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
            if let Some(&mark @ ('.' | ')')) = chars.get(digits) {
                out.extend(&chars[..digits]);
                out.push('\\');
                out.push(mark);
                i = digits + 1;
            }
        }
        _ => {}
    }
    let runs = BacktickRuns::of(&chars);
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            let run = chars[i..].iter().take_while(|&&x| x == '`').count();
            if let Some(close) = runs.closing(i + run, run) {
                // A code span: its content is shown as code, so it stays as written.
                out.extend(&chars[i..close + run]);
                i = close + run;
                continue;
            }
            for _ in 0..run {
                out.push_str("\\`");
            }
            i += run;
            continue;
        }
        if c == '\\' {
            match chars.get(i + 1) {
                Some('`') => {
                    out.push_str("\\`");
                    i += 2;
                    continue;
                }
                // The author's own escape of a character we escape anyway.
                Some(&n) if inline_escaped(n) || n == '&' => {
                    i += 1;
                    continue;
                }
                Some(n) if n.is_ascii_punctuation() => {
                    out.push('\\');
                    out.push(*n);
                    i += 2;
                    continue;
                }
                _ => {
                    out.push_str("\\\\");
                    i += 1;
                    continue;
                }
            }
        }
        if inline_escaped(c) || (c == '&' && starts_entity(&chars[i + 1..])) || is_email_at(&chars, i) {
            out.push('\\');
        }
        out.push(c);
        escape_autolink_after(&chars, i, &mut out);
        i += 1;
    }
    out
}

/// Characters escaped in a point's text wherever they stand.
fn inline_escaped(c: char) -> bool {
    matches!(c, '[' | ']' | '<' | '>' | '#' | '|')
}

/// The runs of backticks of a text, by length: where a run of `len`
/// backticks closes a code span is then a search, not a scan of the rest
/// of the text (a point of runs of every length would be quadratic).
struct BacktickRuns {
    /// For each length, the starts of the whole runs of that length, in order.
    starts: std::collections::HashMap<usize, Vec<usize>>,
}

impl BacktickRuns {
    fn of(chars: &[char]) -> BacktickRuns {
        let mut starts: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
        let mut k = 0;
        while k < chars.len() {
            if chars[k] == '`' {
                let run = chars[k..].iter().take_while(|&&x| x == '`').count();
                starts.entry(run).or_default().push(k);
                k += run;
            } else {
                k += 1;
            }
        }
        BacktickRuns { starts }
    }

    /// Where a run of `len` backticks closes a code span opened before
    /// `from`: the first whole run of that length at or after `from`.
    fn closing(&self, from: usize, len: usize) -> Option<usize> {
        let starts = self.starts.get(&len)?;
        starts.get(starts.partition_point(|&s| s < from)).copied()
    }
}

/// Tidies a rendered template: no trailing spaces, at most one blank line in
/// a row, no blank lines at the start, one newline at the end. Templates can
/// then be laid out for reading, and the output stays lint-clean.
pub fn normalize(rendered: &str) -> String {
    let mut tidy = Normalizer::default();
    for line in rendered.lines() {
        tidy.line(line);
    }
    String::from_utf8(tidy.out).expect("tidied from text")
}

/// [`normalize`] as the text is written: each line is tidied once it is
/// complete and handed on to `out` (a `Vec<u8>`, or the file the memo is
/// written to), so that the text as written is never held whole, and the
/// tidied text need not be either.
pub struct Normalizer<W = Vec<u8>> {
    out: W,
    /// Whether a line has been handed on.
    started: bool,
    /// The line being written, up to its end.
    partial: Vec<u8>,
    blank_run: bool,
    not_utf8: bool,
    /// The first error of `out`, which every later write returns.
    failed: Option<std::io::ErrorKind>,
}

impl Default for Normalizer<Vec<u8>> {
    fn default() -> Self {
        Normalizer::into(Vec::new())
    }
}

/// Why [`Normalizer::finish`] gave no text.
#[derive(Debug)]
pub enum Untidy {
    /// What was written is not UTF-8.
    NotUtf8,
    /// Writing the tidied text failed.
    Io(std::io::Error),
}

impl<W: std::io::Write> Normalizer<W> {
    /// Tidies into `out`.
    pub fn into(out: W) -> Normalizer<W> {
        Normalizer {
            out,
            started: false,
            partial: Vec::new(),
            blank_run: false,
            not_utf8: false,
            failed: None,
        }
    }

    fn line(&mut self, line: &str) {
        let line = line.trim_end();
        if line.is_empty() {
            self.blank_run = true;
            return;
        }
        let blank = self.started && self.blank_run;
        self.blank_run = false;
        self.started = true;
        if self.failed.is_some() {
            return;
        }
        let written = (|| {
            if blank {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(line.as_bytes())?;
            self.out.write_all(b"\n")
        })();
        if let Err(e) = written {
            self.failed = Some(e.kind());
        }
    }

    fn line_bytes(&mut self, line: &[u8]) {
        match std::str::from_utf8(line) {
            Ok(text) => self.line(text),
            Err(_) => self.not_utf8 = true,
        }
    }

    /// What the tidied text was written to, once the last line is.
    pub fn finish(mut self) -> Result<W, Untidy> {
        let rest = std::mem::take(&mut self.partial);
        self.line_bytes(&rest);
        if let Some(kind) = self.failed {
            return Err(Untidy::Io(kind.into()));
        }
        if self.not_utf8 {
            return Err(Untidy::NotUtf8);
        }
        Ok(self.out)
    }
}

impl Normalizer<Vec<u8>> {
    /// The tidied text; none if what was written is not UTF-8.
    pub fn finish_text(self) -> Option<String> {
        self.finish()
            .ok()
            .map(|bytes| String::from_utf8(bytes).expect("tidied from text"))
    }
}

impl<W: std::io::Write> std::io::Write for Normalizer<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(kind) = self.failed {
            return Err(kind.into());
        }
        // Most pieces a template writes are inside a line.
        if !buf.contains(&b'\n') {
            self.partial.extend_from_slice(buf);
            return Ok(buf.len());
        }
        let mut rest = buf;
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            if self.partial.is_empty() {
                self.line_bytes(&rest[..end]);
            } else {
                self.partial.extend_from_slice(&rest[..end]);
                let line = std::mem::take(&mut self.partial);
                self.line_bytes(&line);
                // The buffer is kept for the next line.
                self.partial = line;
                self.partial.clear();
            }
            rest = &rest[end + 1..];
        }
        self.partial.extend_from_slice(rest);
        match self.failed {
            Some(kind) => Err(kind.into()),
            None => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_runs_of_space_become_one_space() {
        assert_eq!(one_line("  a\n b\r\n\n\tc \u{2028}d  "), "a b c d");
        assert_eq!(one_line("a\u{0}b"), "a\u{FFFD}b");
    }

    #[test]
    fn paragraphs_split_on_blank_lines_only() {
        assert_eq!(paragraphs("one\ntwo\n\n  \nthree\n"), vec!["one two", "three"]);
        assert!(paragraphs("\n \n").is_empty());
    }

    #[test]
    fn plain_text_escapes_every_markdown_metacharacter() {
        assert_eq!(escape_text("a|b"), "a\\|b");
        assert_eq!(escape_text("# x *y* _z_"), "\\# x \\*y\\* \\_z\\_");
        assert_eq!(escape_text("<script>"), "\\<script\\>");
        assert_eq!(escape_text("`c` [l](u)"), "\\`c\\` \\[l\\](u)");
        assert_eq!(escape_text("a\\b"), "a\\\\b");
        assert_eq!(escape_text("&amp; & co"), "\\&amp; & co");
    }

    #[test]
    fn plain_text_cannot_open_a_block() {
        assert_eq!(escape_text("- item"), "\\- item");
        assert_eq!(escape_text("+ item"), "\\+ item");
        assert_eq!(escape_text("==="), "\\===");
        assert_eq!(escape_text("12. item"), "12\\. item");
        assert_eq!(escape_text("3) item"), "3\\) item");
        assert_eq!(escape_text("2026 was"), "2026 was");
    }

    #[test]
    fn urls_stay_text_and_emails_become_autolinks() {
        assert_eq!(escape_text("see https://x.org"), "see https\\://x.org");
        assert_eq!(escape_text("www.x.org"), "www\\.x.org");
        assert_eq!(escape_text("a@b.org"), "<a@b.org>");
        assert_eq!(
            escape_text("write to dr_ana@hospital.hn. Or call"),
            "write to <dr_ana@hospital.hn>. Or call"
        );
        assert_eq!(escape_text("a@b"), "a\\@b");
    }

    #[test]
    fn escapes_only_where_markdown_needs_them() {
        assert_eq!(escape_text("$148,600"), "$148,600");
        assert_eq!(escape_text("+1 305 555 0172"), "+1 305 555 0172");
        assert_eq!(escape_text("-5 degrees"), "-5 degrees");
        assert_eq!(escape_text("meet @ noon"), "meet @ noon");
        assert_eq!(escape_text("---"), "\\---");
        assert_eq!(email("a.b@c.org"), "<a.b@c.org>");
        assert_eq!(email("not an email"), "not an email");
        assert_eq!(inline_markdown("costs $148,600"), "costs $148,600");
    }

    #[test]
    fn points_keep_inline_markdown_but_not_links_or_html() {
        assert_eq!(inline_markdown("*very* **much** `a|b`"), "*very* **much** `a|b`");
        assert_eq!(inline_markdown("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(inline_markdown("<b>hi</b>"), "\\<b\\>hi\\</b\\>");
        assert_eq!(inline_markdown("a | b"), "a \\| b");
    }

    #[test]
    fn points_cannot_open_a_block() {
        assert_eq!(inline_markdown("# heading"), "\\# heading");
        assert_eq!(inline_markdown("> quote"), "\\> quote");
        assert_eq!(inline_markdown("* item"), "\\* item");
        assert_eq!(inline_markdown("***"), "\\***");
        assert_eq!(inline_markdown("**bold** start"), "**bold** start");
        assert_eq!(inline_markdown("1. item"), "1\\. item");
        assert_eq!(inline_markdown("```rust"), "\\`\\`\\`rust");
    }

    #[test]
    fn unmatched_backticks_are_escaped_and_author_escapes_survive() {
        assert_eq!(inline_markdown("a ` b"), "a \\` b");
        assert_eq!(inline_markdown("\\*not emphasis\\*"), "\\*not emphasis\\*");
        assert_eq!(inline_markdown("\\|"), "\\|");
        assert_eq!(inline_markdown("ends with \\"), "ends with \\\\");
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_escape() {
        let samples = [
            "Plain words only",
            "Dr. Smith",
            "a  b",
            "ends ",
            "9 lives",
            "x\u{2028}y",
            "caf\u{e9} na\u{ef}ve",
            "tab\there",
        ];
        for s in samples {
            if is_inert(s) {
                assert_eq!(escape_text(s), s, "{s:?}");
            }
        }
        assert!(is_inert("Plain words only"));
        assert!(is_inert("Dr. Smith"));
        assert!(!is_inert("see www.x.org"));
        assert!(!is_inert("http://x"));
    }

    #[test]
    fn normalize_collapses_blank_lines_and_trailing_space() {
        assert_eq!(normalize("\n\n# A  \n\n\n\nb\n\n"), "# A\n\nb\n");
    }

    /// Every string of up to `len` characters drawn from `alphabet`, as
    /// many as `count`, from a fixed seed.
    fn strings(alphabet: &[&str], count: usize, len: usize) -> Vec<String> {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        (0..count)
            .map(|_| {
                let n = next(len + 1);
                (0..n).map(|_| alphabet[next(alphabet.len())]).collect()
            })
            .collect()
    }

    #[test]
    fn text_the_fast_paths_pass_is_text_the_escapes_leave_as_it_is() {
        let alphabet = [
            "a", "w", "W", "1", " ", " ", "-", "+", "=", ">", "*", "_", "~", "`", ".", ":", "/", "@", "&",
            "#", ";", "|", "[", "\\", "<", "é", "–", "\u{2028}", "\u{85}", "\t", "\n", "\u{1}", "x",
        ];
        let mut inert = 0;
        for text in strings(&alphabet, 200_000, 10) {
            if is_inline_inert(&text) {
                inert += 1;
                assert_eq!(inline_markdown_escaped(&text), text, "{text:?}");
            }
            assert_eq!(inline_markdown(&text), inline_markdown_escaped(&text), "{text:?}");
        }
        assert!(inert > 1000, "only {inert} strings took the fast path");
        for text in [
            "www.example.org",
            "see http://x.org",
            "1. first",
            "ab@cd.org",
            "a  b",
            "a&amp;b",
        ] {
            assert!(!is_inline_inert(text), "{text}");
        }
        assert!(is_inline_inert("Letter of *Dr. Ruiz*: the plan_b is ~ready~."));
    }

    #[test]
    fn text_tidied_as_it_is_written_is_tidied_as_a_whole() {
        use std::io::Write as _;
        let text = "\n \n# Título  \r\n\n\n\n– b\t\n\n| x | y |\r\nlast line without end  ";
        let whole = normalize(text);
        assert_eq!(whole, "# Título\n\n– b\n\n| x | y |\nlast line without end\n");
        // Written in pieces of every size, cut inside characters and
        // between \r and \n.
        for size in 1..=text.len() {
            let mut tidy = Normalizer::default();
            for piece in text.as_bytes().chunks(size) {
                tidy.write_all(piece).unwrap();
            }
            assert_eq!(
                tidy.finish_text().as_deref(),
                Some(whole.as_str()),
                "pieces of {size}"
            );
        }
        let mut broken = Normalizer::default();
        broken.write_all(b"ok\n\xff\xfe\nok\n").unwrap();
        assert_eq!(broken.finish_text(), None);
    }
}
