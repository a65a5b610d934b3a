//! From pages of text to the notice's paragraphs: page headers and footers
//! left out, lines joined, hyphenation at line ends undone, list
//! enumerators set apart. The words themselves are never changed.

use std::collections::{BTreeMap, BTreeSet};

/// A list item's marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enumerator {
    Bullet,
    Number,
    Letter,
    /// A small Roman numeral ("(ii)", "iv."): points under a lettered or
    /// numbered item, told apart from the letters (see [`paragraphs`]).
    Roman,
}

/// One paragraph of the notice.
#[derive(Debug, Clone)]
pub struct Para {
    /// The words, lines joined; without the enumerator.
    pub text: String,
    /// The lines as they stood (after the enumerator was set apart), for
    /// `Label: value` lines.
    pub lines: Vec<String>,
    pub enumerator: Option<Enumerator>,
    /// The enumerator as written ("(a)", "2."), empty for none.
    pub marker: String,
    /// The text label left out at its opening, as written ("Finding:",
    /// "Reason:"), empty for none.
    pub label: String,
    /// The page where each line starts (1-based), by byte offset into `text`.
    pub pages: Vec<(usize, usize)>,
}

impl Para {
    pub fn first_page(&self) -> usize {
        self.pages.first().map_or(1, |p| p.1)
    }

    /// The page of the byte at `offset`.
    pub fn page_at(&self, offset: usize) -> usize {
        self.pages
            .iter()
            .rev()
            .find(|p| p.0 <= offset)
            .map_or(self.first_page(), |p| p.1)
    }

    /// Short, without end punctuation, and not a list item: a heading or a
    /// line of the letterhead.
    pub fn is_short_line(&self) -> bool {
        self.lines.len() == 1
            && self.enumerator.is_none()
            && self.text.chars().count() <= 70
            && !without_note_marker(self.text.trim_end_matches(SUPERSCRIPTS))
                .ends_with(['.', ':', ';', ',', '?', '!'])
    }
}

/// "ENCLOSURE -- COPY OF EARLIER NOTICE", "Attached copy of the previous
/// notice": a short line heading a page after the first that names a copy
/// of an earlier notice. That copy, with its own title, date, reasons and
/// response line, is no part of this notice: the page it starts on, so
/// that the notice is read from the pages before it (their paragraphs,
/// furniture and line widths alike). A line of the header block naming
/// the enclosure ("Enclosure: copy of the notice ...") stands on the first
/// page, or amid a page, and is a label's line.
pub fn enclosed_copy_page(paras: &[Para]) -> Option<usize> {
    const EARLIER: [&str; 6] = [
        "earlier",
        "previous",
        "prior",
        "original",
        "preceding",
        "notice of intent",
    ];
    (1..paras.len())
        .find(|&at| {
            let para = &paras[at];
            let lower = para.text.to_lowercase();
            para.first_page() > 1
                && para.first_page() > paras[at - 1].pages.last().map_or(1, |p| p.1)
                && para.is_short_line()
                && !lower.contains(':')
                && lower.contains("copy of")
                && EARLIER.iter().any(|w| lower.contains(w))
        })
        .map(|at| paras[at].first_page())
}

/// "-----Original Message-----", "Original Message", "---------- Forwarded
/// message ----------", or a rule of underscores over a "From:" line: in an
/// email, where an earlier message quoted under this one begins. What
/// follows is the earlier message (a representative's inquiry, say), no
/// part of the notice above it. The paragraph's index.
pub fn earlier_message_at(paras: &[Para]) -> Option<usize> {
    let rule = |t: &str| t.chars().count() >= 5 && t.chars().all(|c| c == '_' || c == '-');
    (1..paras.len()).find(|&at| {
        let text = paras[at].text.trim();
        let bare = text
            .trim_matches(|c: char| c == '-' || c == '_' || c.is_whitespace())
            .to_lowercase();
        let headed = bare == "original message" || bare == "forwarded message";
        let ruled = rule(text)
            && paras
                .get(at + 1)
                .is_some_and(|next| next.text.trim_start().starts_with("From:"));
        headed || ruled
    })
}

/// The text without a note marker in brackets at its end ("cannot
/// wait.[1]"): a sentence that cites a note is no heading.
fn without_note_marker(text: &str) -> &str {
    text.strip_suffix(']')
        .and_then(|rest| rest.rsplit_once('['))
        .filter(|(_, n)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(text, |(before, _)| before)
}

/// The superscript numerals of footnote markers ("paid.¹").
pub const SUPERSCRIPTS: [char; 10] = [
    '\u{b9}', '\u{b2}', '\u{b3}', '\u{2070}', '\u{2074}', '\u{2075}', '\u{2076}', '\u{2077}', '\u{2078}',
    '\u{2079}',
];

/// What was left out, for the summary.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub paras: Vec<Para>,
    /// Header and footer lines left out, as they first stood.
    pub furniture: Vec<String>,
    pub dehyphenated: usize,
}

/// The paragraphs of the pages. `labels` are the openings of the short
/// lines ending in a colon that label a section of their own ("What we
/// received:"; see [`is_intro_line`]).
pub fn paragraphs(pages: &[String], labels: &[String]) -> Cleaned {
    let pages: Vec<Vec<String>> = pages
        .iter()
        .map(|p| p.lines().map(|l| normalize(l).trim_end().to_owned()).collect())
        .collect();
    let width = typical_width(&pages, 90);
    let full = wrap_width(&pages).unwrap_or_else(|| typical_width(&pages, 95));
    let furniture = furniture(&pages, width);
    let blank_separated = blank_separated(&pages);
    // Lines longer than any page holds: the text was written a paragraph
    // a line (pasted from a word processor), and with no blank lines
    // between them each line is a paragraph of its own.
    let line_a_paragraph = !blank_separated && width > 150;
    let (hyphenated, plus_items) = (hyphenated_words(&pages), plus_items(&pages));

    let mut out = Cleaned::default();
    let mut shown: BTreeSet<String> = BTreeSet::new();
    let mut current: Vec<(String, usize)> = Vec::new();
    let mut blank = false;
    let kept = |l: &&String| !l.trim().is_empty() && !furniture.contains(&furniture_key(l));
    for (p, lines) in pages.iter().enumerate() {
        // The first line of the next page that is the text's own.
        let over_the_page = pages
            .get(p + 1)
            .and_then(|next| next.iter().find(kept))
            .map(|l| l.trim());
        for (k, line) in lines.iter().enumerate() {
            // The next line of the page with words on it.
            let next = lines[k + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty());
            // The last line of the page that is the text's own, its
            // sentence going on in small letters atop the next page: a
            // word or two left alone at the page's foot ("Submit" over
            // "proof of how ..."), never a heading.
            let runs_over = !lines[k + 1..].iter().any(|l| kept(&l))
                && over_the_page.is_some_and(|l| l.starts_with(char::is_lowercase));
            let key = furniture_key(line);
            if furniture.contains(&key) {
                if shown.insert(key) {
                    out.furniture.push(line.trim().to_owned());
                }
                continue;
            }
            let trimmed = line.trim();
            if trimmed.is_empty() {
                // A blank line ends the paragraph, unless the page ends
                // first (the gap above a footer, or below a header).
                blank = true;
                continue;
            }
            let starts_item = marks_an_item(trimmed, &plus_items);
            let joins = current.last().is_some_and(|(prev, page)| {
                let long = prev.chars().count() * 100 >= width * 55;
                if *page != p + 1 {
                    // A paragraph runs over the page when its last line does
                    // not end a sentence, unless it is one short line: a
                    // heading at the foot of the page.
                    let heading = current.len() == 1
                        && !trimmed.starts_with(char::is_lowercase)
                        && !long
                        && prev.chars().count() <= 70
                        && prev.starts_with(char::is_uppercase)
                        && prev.ends_with(char::is_alphanumeric);
                    return !ends_sentence(prev) && !heading;
                }
                if line_a_paragraph {
                    return false;
                }
                // In a notice whose paragraphs are set apart by blank lines,
                // a line right under one that ends with a semicolon is the
                // next item of the same run-in list ("...prognosis;" over
                // "laboratory results ..."), not a paragraph of its own.
                let run_in = prev.ends_with(';') && !starts_item;
                // A short line without end punctuation under one that ends a
                // sentence is no wrapped paragraph's last line: it labels
                // what follows (a heading, or the row label of a table read
                // out as text: "Travel arrangements" over "Not shown. ...").
                let label = ends_sentence(prev) && is_label(trimmed, width) && !runs_over;
                // "What is still missing:" under a full line that ends a
                // sentence and over one that starts another: a few words
                // that label a section of their own start their
                // paragraph, however long the line before them; any other
                // colon line ("Two things are missing:") stays in its
                // paragraph, as "Evidence may include:" over "a letter
                // from ..." runs on.
                let intro = ends_sentence(prev)
                    && is_intro_line(trimmed, labels)
                    && next.is_some_and(|l| l.starts_with(char::is_uppercase));
                // "Finding: Met. ..." under a row label too long to be
                // told by its length ("Requirement 2: Treatment not
                // available in the home country or region"): a line that
                // opens with a ground's text label starts its paragraph.
                // Under "Issue: Is the care out of reach at home?" alone,
                // "Analysis: ..." goes on with the issue it answers: the
                // question, the analysis and its conclusion are one point.
                let answers_issue = issue_question(&current[0].0)
                    && goes_on_with_issue(trimmed)
                    && !closes_notice(trimmed, &lines[k + 1..]);
                let labelled = text_label(trimmed).is_some() && !answers_issue;
                // The line under a heading that stands alone as the first
                // line of its paragraph, where no blank line sets headings
                // apart (a PDF with no space between paragraphs): the
                // heading's section starts ("Standard" over "Parole under
                // section 212(d)(5) ...").
                let under_heading = !blank_separated
                    && current.len() == 1
                    && is_label(prev, width)
                    && trimmed.starts_with(char::is_uppercase);
                // A letter's close or a table's row: see [`starts_alone`].
                let close = starts_alone(prev, trimmed);
                // Where no blank lines set paragraphs apart, a sentence's
                // end on a line that had room for the next line's first
                // word was broken by its writer, not wrapped: the next
                // line starts a paragraph ("... unavailable in Chad." over
                // "The cost of care is not covered.").
                let broken_early = !blank_separated
                    && ends_sentence(prev)
                    && trimmed.starts_with(char::is_uppercase)
                    && room_for(prev, trimmed, full);
                // A run of colon headings: see [`next_colon_heading`].
                let next_heading = ends_sentence(prev) && next_colon_heading(&current[0].0, trimmed);
                // "\"No one there can do these operations.\"" over "The
                // letter says ...": a line that is wholly one quoted
                // sentence, set out as a block quote at the head of its
                // paragraph, stands apart from the answer under it.
                let block_quote =
                    current.len() == 1 && is_quoted_sentence(prev) && trimmed.starts_with(char::is_uppercase);
                !blank
                    && !under_heading
                    && !next_heading
                    && !block_quote
                    && !close
                    && !label
                    && !intro
                    && !heads_next_list(&current[0].0, prev, trimmed, next, &plus_items)
                    && !labelled
                    && (!broken_early || answers_issue)
                    && (long || run_in || answers_issue || !blank_separated && !ends_sentence(prev))
                    && !(starts_item && ends_sentence(prev))
            });
            blank = false;
            if !joins {
                finish(&mut current, &mut out, &hyphenated, &plus_items);
            }
            current.push((trimmed.to_owned(), p + 1));
        }
        // The page ends: a paragraph that ends a sentence ends here too.
        if current.last().is_some_and(|(l, _)| ends_sentence(l)) {
            finish(&mut current, &mut out, &hyphenated, &plus_items);
        }
    }
    finish(&mut current, &mut out, &hyphenated, &plus_items);
    out
}

/// Whether blank lines set the paragraphs apart: two or more between
/// lines of a page. Those atop or at the foot of a page (the line a form
/// feed stands on) are the page break's.
fn blank_separated(pages: &[Vec<String>]) -> bool {
    let filled = |l: &String| !l.trim().is_empty();
    pages
        .iter()
        .map(
            |lines| match (lines.iter().position(filled), lines.iter().rposition(filled)) {
                (Some(first), Some(last)) => lines[first..last].iter().filter(|l| !filled(l)).count(),
                _ => 0,
            },
        )
        .sum::<usize>()
        >= 2
}

/// "Factors weighing against a grant:" under the last item of one list
/// (whose first line is `first`, whose last is `prev`) and over the first
/// of the next: a few words and a colon that head a list of their own.
fn heads_next_list(
    first: &str,
    prev: &str,
    line: &str,
    next: Option<&str>,
    plus_items: &BTreeSet<String>,
) -> bool {
    ends_sentence(prev)
        && marks_an_item(first, plus_items)
        && line.starts_with(char::is_uppercase)
        && line.ends_with(':')
        && line.split_whitespace().count() <= 8
        && split_enumerator(line).0.is_none()
        && next.is_some_and(|l| marks_an_item(l, plus_items))
}

/// "+ The diagnosis is well documented" over "+ No one suggests ...": a
/// "+" marks an item only in a run of such lines, where another line near
/// it (within a few lines with words, on the same page) opens with "+"
/// or "-", as the factors for and against a request are listed. One line
/// alone that opens with "+" ("+ $2,000 promised by a cousin ..." under
/// "The sponsor's savings of $9,000") goes on with a sum. The lines
/// (trimmed) so marked.
fn plus_items(pages: &[Vec<String>]) -> BTreeSet<String> {
    const NEAR: usize = 6;
    let opens = |l: &str, marks: &[char]| {
        let t = l.trim_start();
        marks
            .iter()
            .any(|&m| t.strip_prefix(m).is_some_and(|r| r.starts_with([' ', '\t'])))
    };
    let mut out = BTreeSet::new();
    for lines in pages {
        let worded: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
        for (k, line) in worded.iter().enumerate() {
            if !opens(line, &['+']) {
                continue;
            }
            let near = worded[k.saturating_sub(NEAR)..k]
                .iter()
                .chain(worded.iter().skip(k + 1).take(NEAR))
                .any(|l| opens(l, &['+', '-', '\u{2013}']));
            if near {
                out.insert((*line).to_owned());
            }
        }
    }
    out
}

/// Whether a line opens with a list item's marker (see
/// [`split_enumerator`]); one that opens with "+" does only among the
/// `plus_items` (see [`plus_items`]).
fn marks_an_item(line: &str, plus_items: &BTreeSet<String>) -> bool {
    split_enumerator(line).0.is_some()
        && (!line.trim_start().starts_with('+') || plus_items.contains(line.trim()))
}

/// A line that starts its own paragraph, however long the line before it:
/// "Sincerely," after a sentence, a letter's close of a word or two, and
/// a table's row (see [`labels_a_row`]).
fn starts_alone(prev: &str, line: &str) -> bool {
    labels_a_row(line) || ends_sentence(prev) && line.ends_with(',') && line.split_whitespace().count() <= 2
}

/// What sets a table's cells apart in a line of text as read: a tab (in a
/// PDF, a gap between columns wider than a word space).
pub const CELL_GAP: char = '\t';

/// A line that opens with a table row's label: a first cell of a few words
/// starting with a capital, without end punctuation, set apart by a
/// [`CELL_GAP`] from the rest ("Cost of treatment<tab>The estimate ...",
/// the header row "Issue<tab>Finding" too). Such a line starts its own
/// paragraph.
pub fn labels_a_row(line: &str) -> bool {
    line.split_once(CELL_GAP).is_some_and(|(label, rest)| {
        let label = label.trim();
        label.starts_with(char::is_uppercase)
            && label.split_whitespace().count() <= 8
            && !label.ends_with(['.', ':', ';', ',', '?', '!'])
            && !rest.trim().is_empty()
    })
}

/// A short line that labels what follows: a few words starting with a
/// capital, without end punctuation, not a list item, and well short of a
/// full line.
fn is_label(line: &str, width: usize) -> bool {
    line.starts_with(char::is_uppercase)
        && line.split_whitespace().count() <= 8
        && line.chars().count() * 100 < width * 55
        && !line.ends_with(['.', ':', ';', ',', '?', '!', '"', '\u{201d}', ')', '-'])
        && split_enumerator(line).0.is_none()
}

/// A line that is wholly one quoted sentence: it opens with a quotation
/// mark and ends with the mark that closes it right after the sentence's
/// end, with no other quotation mark between.
fn is_quoted_sentence(line: &str) -> bool {
    let line = line.trim();
    [('"', '"'), ('\u{201c}', '\u{201d}')]
        .iter()
        .any(|&(open, close)| {
            line.strip_prefix(open)
                .and_then(|l| l.strip_suffix(close))
                .is_some_and(|inner| {
                    inner.ends_with(['.', '?', '!'])
                        && !inner.contains(['"', '\u{201c}', '\u{201d}'])
                        && inner.split_whitespace().count() >= 3
                })
        })
}

/// "Care in the region: Heart muscle surgery ...": a line that opens with
/// a short heading (a few words of letters, starting with a capital), a
/// colon and a sentence starting with a capital.
fn opens_with_colon_heading(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(head, rest)| {
        head.starts_with(char::is_uppercase)
            && (1..=6).contains(&head.split_whitespace().count())
            && head
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
            && rest.starts_with(char::is_uppercase)
            && rest.split_whitespace().count() >= 3
    })
}

/// "Travel: No doctor has said ..." under "Care in the region: ...
/// refused care there.": in a run of paragraphs each opening with a short
/// heading and a colon, a line so opened (under one that ends a sentence)
/// starts the next. Labels read by rules of their own ("Analysis:" under
/// its issue, "Finding:") are not such headings. "FURTHER ACTION: No
/// appeal ...", a field's name in capitals and a colon, as a case system
/// prints its record, starts the next field whatever the paragraph it
/// ends (`first`, its first line) opened with.
fn next_colon_heading(first: &str, line: &str) -> bool {
    let own_heading =
        |l: &str| opens_with_colon_heading(l) && text_label(l).is_none() && !goes_on_with_issue(l);
    own_heading(line) && (own_heading(first) || field_in_capitals(line))
}

/// "FURTHER ACTION: ...": a colon heading whose words are all in
/// capitals, two letters or more.
fn field_in_capitals(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(head, _)| {
        head.chars().filter(|c| c.is_alphabetic()).count() >= 2 && head.chars().all(|c| !c.is_lowercase())
    })
}

/// A line of a few words, starting with a capital and ending with a colon,
/// not a list item, that opens with one of the `labels`: it labels the
/// section that follows ("What we received:").
fn is_intro_line(line: &str, labels: &[String]) -> bool {
    let lower = line.to_lowercase();
    line.starts_with(char::is_uppercase)
        && line.ends_with(':')
        && line.split_whitespace().count() <= 5
        && split_enumerator(line).0.is_none()
        && labels.iter().any(|l| {
            let l = l.to_lowercase();
            lower
                .strip_prefix(l.as_str())
                .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
        })
}

/// Whether the first word of `next` would have fit at the end of `line`
/// with room to spare, in a text whose lines run to about `width`
/// characters: the slack allows for the proportional type of a PDF, where
/// a full line may hold fewer letters than the typical one.
fn room_for(line: &str, next: &str, width: usize) -> bool {
    let word = next.split_whitespace().next().unwrap_or("").chars().count();
    let slack = (width / 8).max(6);
    line.chars().count() + 1 + word + slack <= width
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', ':', ';', '?', '!', '"', '\u{201d}', ')'])
}

/// Typographic forms that text extraction gives for plain letters. A tab
/// between words (spaces around it or not) is kept, as one tab: it sets
/// a table's cells apart ("Medical need<tab>Resolved. ..."), and the
/// layouts are read from it (see [`CELL_GAP`]); a tab before the words
/// is indentation, a space.
fn normalize(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c == '\t' && !out.trim().is_empty() {
            out.truncate(out.trim_end().len());
            out.push('\t');
            continue;
        }
        if c == ' ' && out.ends_with('\t') {
            continue;
        }
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{a0}' | '\t' => out.push(' '),
            '\u{ad}' | '\r' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A line with its numbers blanked, for recognizing a header or footer
/// that repeats with the page number changing.
fn furniture_key(line: &str) -> String {
    let mut key = String::new();
    let mut in_digits = false;
    for c in line.trim().chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                key.push('#');
            }
            in_digits = true;
        } else {
            in_digits = false;
            key.extend(c.to_lowercase());
        }
    }
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lines that are page furniture: a page number alone ("Page 2 of 3",
/// "- 2 -", "2"), or a line near the top of a page that repeats near the
/// top of others (with its numbers blanked), the same at the bottom, or one
/// that names a page and repeats anywhere. A line at the top of one page
/// and the bottom of another (the office in the letterhead and under the
/// signature) is not furniture. A running header on a continuation page
/// goes too, even where only one page has it: see [`continuation_header`].
fn furniture(pages: &[Vec<String>], width: usize) -> BTreeSet<String> {
    let mut near_edges: BTreeMap<(bool, String), BTreeSet<usize>> = BTreeMap::new();
    let mut anywhere: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = BTreeSet::new();
    for (p, lines) in pages.iter().enumerate() {
        let filled: Vec<&String> = lines.iter().filter(|l| !l.trim().is_empty()).collect();
        let n = filled.len();
        for (i, line) in filled.iter().enumerate() {
            let key = furniture_key(line);
            // A line that introduces what follows ("Evidence to submit:") is
            // the notice's own, however often it repeats.
            if key.is_empty() || key.ends_with(':') {
                continue;
            }
            let top = p > 0 && i < 2;
            let bottom = p + 1 < pages.len() && i + 2 >= n;
            let at_edge = top || bottom;
            if is_page_number(&key)
                || top && continuation_header(line, width)
                || bottom && continuation_header(line, width) && !line.contains(':')
                || at_edge && (names_its_page(&key) || continued_mark(&key))
                || top && continued_running_header(&key)
            {
                out.insert(key.clone());
            }
            *anywhere.entry(key.clone()).or_default() += 1;
            if i < 3 {
                near_edges.entry((true, key.clone())).or_default().insert(p);
            }
            if i + 3 >= n {
                near_edges.entry((false, key)).or_default().insert(p);
            }
        }
    }
    for ((_, key), on) in near_edges {
        if on.len() >= 2 && key.chars().count() <= 120 {
            out.insert(key);
        }
    }
    for (key, n) in anywhere {
        if n >= 2 && key.contains("page #") && key.chars().count() <= 120 {
            out.insert(key);
        }
    }
    out
}

/// A line atop a page after the first, or at the foot of a page before
/// the last (without a label's colon there, so that a header field
/// "Receipt Number: ..." never goes), that names the case by its number
/// ("Notice of Intent to Deny, Receipt Number ABC0123456789", "File
/// A012345678 - Page 2", "Ana B. Ruiz (ABC0123456789)"): short, without
/// end punctuation but the bracket closing round the number, with a number
/// of six digits or more; a "(continued)" mark after it is the header's
/// too ("IOE0123456789 (continued)"), and so is the page's number in
/// brackets ("IOE0123456789 (page 2)"). Such a header may stand on one continuation page
/// only, so it need not repeat; prose carried over from the page before is
/// a full line or ends a sentence.
fn continuation_header(line: &str, width: usize) -> bool {
    let line = line.trim();
    // "IOE0123456789 (continued)": the case's number with the mark that
    // the text runs on from the page before.
    let line = line
        .strip_suffix("(continued)")
        .or_else(|| line.strip_suffix("(Continued)"))
        .map_or(line, str::trim_end);
    // "IOE0123456789 (page 2)": the case's number with the page's, in
    // brackets.
    let line = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .filter(|(_, inside)| {
            inside
                .trim()
                .to_lowercase()
                .strip_prefix("page ")
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        })
        .map_or(line, |(head, _)| head.trim_end());
    let long_number = |text: &str| {
        text.split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() >= 6)
    };
    let bracketed_number = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .is_some_and(|(_, inside)| long_number(inside));
    long_number(line)
        && line.starts_with(char::is_uppercase)
        && line.chars().count() * 100 < width * 55
        && (bracketed_number || !line.ends_with(['.', ':', ';', ',', '?', '!', '"', '\u{201d}', ')', '-']))
}

/// A running header atop a continuation page that names the notice or the
/// person and ends in a "continued" mark, in brackets, as a cell of its
/// own or after a comma ("Request for Evidence -- Ana Ruiz (continued)",
/// "Ana Ruiz -- Request for Evidence -- continued", "Ana Ruiz -- Request
/// for Evidence, continued"), or with the person's name after the mark
/// and a colon or a dash ("Request for Evidence, continued: Ana Ruiz",
/// "RFE (continued) -- Ana Ruiz", "Request for Evidence, continued --
/// Ana Ruiz"): short, its
/// cells without a
/// sentence's stop. A sentence that says a thing "was continued." ends in
/// its stop and is kept.
fn continued_running_header(key: &str) -> bool {
    // The words before the mark: two at least, or one (the notice's short
    // title, "RFE") where a name follows the mark.
    let mut least = 2;
    let head = if let Some(head) = key.strip_suffix("(continued)") {
        head
    } else if let Some(head) = key.strip_suffix(", continued") {
        // "Ana Ruiz -- Request for Evidence, continued": the mark after a
        // comma, on a line as short as a header's.
        if head.split_whitespace().count() > 12 {
            return false;
        }
        head
    } else if let Some((head, name)) = key
        .split_once(", continued: ")
        .or_else(|| key.split_once(", continued -- "))
        .or_else(|| key.split_once(" (continued) -- "))
        .or_else(|| key.split_once(" (continued) | "))
    {
        // "Request for Evidence, continued: Ana Ruiz" or "RFE (continued)
        // -- Ana Ruiz": the mark, then whom the notice is about, a few
        // words without a stop.
        let name = name.trim();
        if name.is_empty()
            || name.split_whitespace().count() > 5
            || name.ends_with(['.', ':', ';', ',', '?', '!'])
            || head.split_whitespace().count() > 12
        {
            return false;
        }
        least = 1;
        head
    } else if let Some((head, last)) = key.rsplit_once(" -- ").or_else(|| key.rsplit_once(" | ")) {
        if last.trim() != "continued" {
            return false;
        }
        head
    } else {
        return false;
    };
    let head = head
        .trim()
        .trim_end_matches(['-', '|', '\u{2013}', '\u{2014}'])
        .trim();
    !head.is_empty()
        && head.chars().count() <= 90
        && !head.ends_with(['.', ':', ';', ',', '?', '!'])
        && head.split_whitespace().count() >= least
}

/// "(continued on next page)", "- Continued -", "Continued from page 1":
/// at a page's edge, a mark that the text runs over the break. Only the
/// word "continued" and the words that say where to ("on the next page",
/// "overleaf", "on the attached continuation sheet") stand in it. The
/// word alone stands set apart by brackets or dashes ("(Continued)", "-
/// continued -"): a bare "continued." is the last word of a paragraph
/// that ran over the break (a widow line).
fn continued_mark(key: &str) -> bool {
    const WHERE: [&str; 17] = [
        "on",
        "a",
        "attached",
        "continuation",
        "from",
        "to",
        "the",
        "next",
        "previous",
        "following",
        "preceding",
        "page",
        "sheet",
        "#",
        "overleaf",
        "over",
        "reverse",
    ];
    let bare = key.trim_matches(|c: char| "()[]-*.:\u{2013}\u{2014} ".contains(c));
    bare.strip_prefix("continued").is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let set_apart = key.contains(['(', '[', '-', '*', '\u{2013}', '\u{2014}']);
        (rest.is_empty() && set_apart || rest.starts_with(' ') && !words.is_empty())
            && words.len() <= 5
            && words.iter().all(|w| WHERE.contains(w))
    })
}

/// A running line whose cells, set apart by a bar, a slash, a dash or a
/// bullet, include the page's number out of the pages' count ("Request
/// for Evidence | IOE0735102948 | Page 1 of 2", "Ana Ruiz / p. 2 of 2"),
/// or the page's number alone
/// beside the case's number or the notice's title ("Notice of Intent to
/// Deny | IOE0931184572 | Page 1", "IOE0931184572 - Page 1"), or the
/// count alone beside the title ("Notice of Denial -- Ana Ruiz -- 1 of
/// 2"): at a page's
/// edge, it is furniture even where it stands on one page only. A
/// sentence that mentions a page ends with its stop, runs longer than
/// such a line, or names neither the case nor the notice ("the hospital
/// bill - page 2 - adds a fee"); a list item ("- Form I-131 - page 1")
/// opens with its marker. A bullet that also stands between the cells
/// ("• IOE0931184572 • Page 1 of 2") separates them and marks no item.
fn names_its_page(key: &str) -> bool {
    const BULLETS: [char; 2] = ['\u{b7}', '\u{2022}'];
    let cells = || {
        key.split(['|', '\u{b7}', '\u{2022}', '\u{2013}', '\u{2014}'])
            .flat_map(|cell| cell.split(" -- "))
            .flat_map(|cell| cell.split(" - "))
            .flat_map(|cell| cell.split(" / "))
            .flat_map(|cell| cell.split(", "))
            .map(str::trim)
            .filter(|cell| !cell.is_empty())
    };
    let separating_bullet = key
        .chars()
        .next()
        .is_some_and(|c| BULLETS.contains(&c) && key[c.len_utf8()..].contains(c));
    let counted =
        cells().any(|cell| matches!(cell, "page # of #" | "page #/#" | "sheet # of #" | "p. # of #"));
    let bare = cells().any(|cell| cell == "page #");
    // "Ada Okafor, page 2 of RFE": the page counted of the notice, named
    // by its title.
    let of_notice = cells().any(|cell| {
        cell.strip_prefix("page # of ").is_some_and(|title| {
            let title = title
                .strip_prefix("the ")
                .or_else(|| title.strip_prefix("this "))
                .unwrap_or(title);
            matches!(
                title,
                "rfe"
                    | "noid"
                    | "notice"
                    | "request for evidence"
                    | "notice of intent to deny"
                    | "decision"
                    | "denial"
            )
        })
    });
    // "Notice of Denial -- Ana Ruiz -- 1 of 2": the count alone, beside
    // the notice's title.
    let count_alone = cells().any(|cell| cell == "# of #");
    let names_case = cells().any(|cell| {
        let (letters, rest) = cell.split_at(cell.find('#').unwrap_or(cell.len()));
        rest == "#"
            && !letters.is_empty()
            && letters.len() <= 4
            && letters.chars().all(|c| c.is_ascii_lowercase())
            || [
                "notice of",
                "request for evidence",
                "decision on",
                "intent to deny",
                "receipt",
                "file no",
            ]
            .iter()
            .any(|t| cell.contains(t))
            // "Okafor, Ada -- NOID, page 2": the notice's short title, a
            // cell of its own.
            || matches!(cell, "rfe" | "noid" | "nod")
    });
    key.chars().count() <= 100
        && (separating_bullet || !key.starts_with(['-', '\u{2022}', '*', '\u{2013}']))
        && !key.ends_with(['.', ':', ';', '?', '!', '"', ')'])
        && cells().count() >= 2
        && (counted || of_notice || (bare || count_alone) && names_case)
}

fn is_page_number(key: &str) -> bool {
    let k = key.trim_matches(|c: char| c == '-' || c == ' ' || c == '\u{2013}');
    matches!(
        k,
        "#" | "page #" | "page # of #" | "# of #" | "p. #" | "sheet # of #"
    )
}

/// The usual length of a full line: the 90th percentile.
fn typical_width(pages: &[Vec<String>], percentile: usize) -> usize {
    let mut lengths: Vec<usize> = pages
        .iter()
        .flatten()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    lengths.sort_unstable();
    lengths
        .get(lengths.len() * percentile / 100)
        .copied()
        .unwrap_or(80)
        .max(1)
}

/// The width a text was wrapped at, where it can be told: the longest of
/// the lines (at least three) that a sentence runs on from, the next line
/// going on in small letters. A letterhead or an address line longer than
/// the body does not count, nor one followed by a web or mail address
/// ("www.uscis.gov/humanitarian") or one that ends a sentence: the next
/// line does not go on from it.
fn wrap_width(pages: &[Vec<String>]) -> Option<usize> {
    let mut wrapped: Vec<usize> = Vec::new();
    let address = |w: &str| {
        let first = w.split_whitespace().next().unwrap_or("");
        first.starts_with("www.")
            || first.contains("://")
            || first.contains('@')
            || first.contains(".gov")
            || first.contains(".com")
    };
    for lines in pages {
        for pair in lines.windows(2) {
            let (line, next) = (pair[0].trim(), pair[1].trim());
            if !line.is_empty()
                && next.starts_with(char::is_lowercase)
                && !address(next)
                && !line.ends_with(['.', '?', '!'])
            {
                wrapped.push(line.chars().count());
            }
        }
    }
    (wrapped.len() >= 3).then(|| wrapped.into_iter().max().unwrap_or(0))
}

/// Hyphenated words written whole on one line somewhere ("follow-up"), so
/// that one broken at that hyphen keeps it.
fn hyphenated_words(pages: &[Vec<String>]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in pages.iter().flatten() {
        for word in line.split_whitespace() {
            let w = word.trim_matches(|c: char| !c.is_alphanumeric());
            if w.contains('-') && !w.starts_with('-') && !w.ends_with('-') {
                out.insert(w.to_lowercase());
            }
        }
    }
    out
}

/// Closes the paragraph being gathered.
fn finish(
    lines: &mut Vec<(String, usize)>,
    out: &mut Cleaned,
    hyphenated: &BTreeSet<String>,
    plus_items: &BTreeSet<String>,
) {
    if lines.is_empty() {
        return;
    }
    let (enumerator, first) = if marks_an_item(&lines[0].0, plus_items) {
        split_enumerator(&lines[0].0)
    } else {
        (None, lines[0].0.trim_start())
    };
    let marker = lines[0].0.trim_start()[..lines[0].0.trim_start().len() - first.len()]
        .trim()
        .to_owned();
    // "S. Kowalczyk" under the close: an initial, not item S of a list.
    let (enumerator, first, marker) = if is_initial(&marker, &out.paras) {
        (None, lines[0].0.trim_start(), String::new())
    } else {
        (enumerator, first, marker)
    };
    let enumerator = enumerator.map(|e| roman_or_letter(e, &marker, &out.paras));
    let label = text_label(first).map_or(String::new(), |rest| {
        first[..first.len() - rest.len()].trim().to_owned()
    });
    let first = text_label(first).unwrap_or(first).to_owned();
    let mut text = String::new();
    let mut pages = Vec::new();
    let mut kept = Vec::new();
    for (i, (line, page)) in lines.iter().enumerate() {
        let line = if i == 0 { first.as_str() } else { line.as_str() };
        if text.is_empty() {
            // The first line.
        } else if let Some((stem, cut)) = broken_word(&text, line, hyphenated) {
            // The word goes on without a space, with its hyphen only if it is a compound.
            if cut {
                text.truncate(stem);
                out.dehyphenated += 1;
            }
        } else {
            text.push(' ');
        }
        if pages.last().is_none_or(|&(_, p)| p != *page) {
            pages.push((text.len(), *page));
        }
        text.push_str(line.trim());
        kept.push(line.to_owned());
    }
    lines.clear();
    out.paras.push(Para {
        text,
        lines: kept,
        enumerator,
        marker,
        label,
        pages,
    });
}

/// A small Roman numeral ("(i)", "ii.", "(iv)") is a Roman item, unless it
/// is the letter that follows the last lettered item ("(i)" after "(h)",
/// "(v)" after "(u)", "(x)" after "(w)").
fn roman_or_letter(e: Enumerator, marker: &str, before: &[Para]) -> Enumerator {
    let label = marker.trim_start_matches('(').trim_end_matches(['.', ')']);
    let roman = !label.is_empty() && label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    if e != Enumerator::Letter || !roman {
        return e;
    }
    let letter_before = before
        .iter()
        .rev()
        .find(|p| p.enumerator == Some(Enumerator::Letter))
        .and_then(|p| {
            let l = p.marker.trim_start_matches('(').trim_end_matches(['.', ')']);
            let mut chars = l.chars();
            chars.next().filter(|_| chars.next().is_none())
        });
    let follows = label.len() == 1
        && letter_before.is_some_and(|c| label.chars().next() == char::from_u32(c as u32 + 1));
    if follows {
        Enumerator::Letter
    } else {
        Enumerator::Roman
    }
}

/// A capital and a full stop before a capital ("S. Kowalczyk") is a
/// lettered item only as the first of its list ("A.") or the letter after
/// the last capital item before it ("B." after "A."); any other is the
/// initial of a name. The Roman capitals ("I.", "V.", "X.") are left to
/// [`split_enumerator`]. A capital in brackets ("(C) The only estimate
/// ...") is held to the same order: "(A)", or the letter after the last
/// "(B)" before it; any other is a term defined in a wrapped line.
fn is_initial(marker: &str, before: &[Para]) -> bool {
    let capital = |m: &str| -> Option<char> {
        let m = m
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .map_or(m.to_owned(), |inner| format!("{inner}."));
        let mut chars = m.chars();
        let c = chars.next().filter(char::is_ascii_uppercase)?;
        (chars.next() == Some('.') && chars.next().is_none()).then_some(c)
    };
    let Some(letter) = capital(marker).filter(|c| !matches!(c, 'I' | 'V' | 'X')) else {
        return false;
    };
    let last = before.iter().rev().find_map(|p| capital(&p.marker));
    let follows = last.is_some_and(|l| char::from_u32(l as u32 + 1) == Some(letter));
    letter != 'A' && !follows
}

/// Words that, before a hyphen, make a compound ("one-year", "thirty-day"),
/// never a syllable the typesetter broke.
const NUMBER_WORDS: [&str; 22] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "half", "self",
];

/// When the text ends with a word broken at a hyphen at the line end and
/// the line goes on with the rest of it: where the hyphen stands, and
/// whether to cut it (not in a compound that the notice writes with its
/// hyphen elsewhere, nor after a part that has a hyphen of its own, nor
/// after a number word).
fn broken_word(text: &str, next: &str, hyphenated: &BTreeSet<String>) -> Option<(usize, bool)> {
    let stem = text.strip_suffix('-')?;
    let before = stem.chars().next_back()?;
    let after = next.chars().next()?;
    if !before.is_alphabetic() {
        return None;
    }
    // A capital after the break: a hyphenated name ("Marsh-" / "Odum") or
    // "non-" / "US", never a word hyphenated by the typesetter.
    if after.is_uppercase() {
        return Some((stem.len(), false));
    }
    if !after.is_lowercase() {
        return None;
    }
    let head = stem
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let tail: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let whole = format!("{head}-{tail}").to_lowercase();
    let compound = NUMBER_WORDS.contains(&head.to_lowercase().as_str());
    Some((
        stem.len(),
        !(hyphenated.contains(&whole) || head.contains('-') || compound),
    ))
}

/// A list item's marker at the start of a line, and the rest: "•", "-",
/// "1.", "1)", "(1)", "(a)", "a.", "a)", "(iv)". A capital letter or Roman
/// numeral and a full stop or a closing parenthesis ("A. The record",
/// "III. Conclusion", "B) The letter") counts when followed by a capital.
pub fn split_enumerator(line: &str) -> (Option<Enumerator>, &str) {
    let t = line.trim_start();
    for bullet in [
        '\u{2022}', '\u{25e6}', '\u{25aa}', '\u{b7}', '\u{2013}', '-', '*', '\u{f0b7}', '\u{25cf}',
        '\u{25cb}', '\u{25a0}', '\u{25a1}', '\u{2610}', '\u{27a2}', '\u{25ba}', '\u{25b6}', '\u{2023}',
        // "+ The diagnosis is well documented": a factor in favor, as "-"
        // marks one against.
        '+',
    ] {
        if let Some(rest) = t.strip_prefix(bullet)
            && rest.starts_with([' ', '\t'])
        {
            return (Some(Enumerator::Bullet), rest.trim_start());
        }
    }
    // A box ("\u{2610}", "\u{25a1}", "\u{25a0}", ticked or crossed) is never a
    // word's first letter: a bullet even with no space after it.
    for mark in ['\u{2610}', '\u{2611}', '\u{2612}', '\u{25a1}', '\u{25a0}'] {
        if let Some(rest) = t.strip_prefix(mark)
            && !rest.trim_start().is_empty()
        {
            return (Some(Enumerator::Bullet), rest.trim_start());
        }
    }
    // A box marked on a form ("[X] The need is not shown"): the reason it
    // prints is an item of the list of reasons.
    for mark in ["[X] ", "[x] ", "\u{2612} ", "\u{2611} "] {
        if let Some(rest) = t.strip_prefix(mark) {
            return (Some(Enumerator::Bullet), rest.trim_start());
        }
    }
    if let Some(rest) = labelled_item(t) {
        return (Some(Enumerator::Number), rest);
    }
    // "[2] The donor holds no passport.": a note numbered in brackets, as
    // the notes after a letter's signature often are.
    if let Some((number, rest)) = t.strip_prefix('[').and_then(|r| r.split_once("] "))
        && !number.is_empty()
        && number.len() <= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && !rest.trim_start().is_empty()
    {
        return (Some(Enumerator::Number), rest.trim_start());
    }
    let (marker, rest) = match t.find(' ') {
        Some(i) => (&t[..i], t[i..].trim_start()),
        None => return (None, t),
    };
    if rest.is_empty() {
        return (None, t);
    }
    let inner = marker
        .strip_prefix('(')
        .and_then(|m| m.strip_suffix(')'))
        .or_else(|| marker.strip_suffix(['.', ')']));
    if is_date_or_amount(marker, rest) {
        return (None, t);
    }
    let Some(inner) = inner.or_else(|| is_section_number(marker).then_some(marker)) else {
        return (None, t);
    };
    let next_upper = rest.chars().next().is_some_and(|c| c.is_uppercase() || c == '"');
    if !inner.is_empty() && inner.len() <= 2 && inner.bytes().all(|b| b.is_ascii_digit()) {
        return (Some(Enumerator::Number), rest);
    }
    // "3.1 Availability of a visa" heads a section of an outline; "2.1 The
    // clinic offers a visit only." opens a point (a sentence, or a line of
    // one wrapped).
    let sentence = rest.ends_with(['.', ':', '?', '"', '\u{201d}']) || rest.split_whitespace().count() > 8;
    if next_upper && sentence && is_section_number(marker) {
        return (Some(Enumerator::Number), rest);
    }
    // "F3. The record ...", "C2. On finding F3, ...": a capital that
    // names the series (findings, conclusions) and a number, with its full
    // stop, before a capital.
    let series = inner.len() >= 2
        && inner.len() <= 3
        && inner.starts_with(|c: char| c.is_ascii_uppercase())
        && inner[1..].bytes().all(|b| b.is_ascii_digit());
    if series && marker.ends_with('.') && next_upper {
        return (Some(Enumerator::Number), rest);
    }
    let roman = !inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let letter = inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase());
    // "A." or a capital Roman numeral ("IV.") before a capital; "A)" and
    // "(A)" too, the last only in its list's order (see [`is_initial`]),
    // since a defined term may stand so.
    let capital_roman =
        inner.len() <= 4 && !inner.is_empty() && inner.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    // "(I)", "(II)", "(III)": a Roman numeral in brackets runs on as "(A)"
    // does, so "(I)" does not stand alone.
    let capital = (inner.len() == 1 && inner.chars().all(|c| c.is_ascii_uppercase()) || capital_roman)
        && (marker.ends_with('.') || marker.ends_with(')'))
        && (!marker.starts_with('(') || inner.len() == 1 || capital_roman);
    if (roman || letter || capital && next_upper)
        && (marker.starts_with('(') || marker.ends_with(')') || next_upper)
    {
        return (Some(Enumerator::Letter), rest);
    }
    (None, t)
}

/// "1.1", "2.3.", "3.1.2": a number within a numbered part, two or three
/// numbers of one or two digits joined by full stops (a last full stop or
/// none). Before a capital it marks a point as "1." does; a sum ("1.5
/// million") is followed by no capital.
fn is_section_number(marker: &str) -> bool {
    let parts: Vec<&str> = marker.strip_suffix('.').unwrap_or(marker).split('.').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "14.02.26 The clinic ...": a day, a month and a year (three numbers,
/// one of them of two digits, the second a month), no item number; "1.5
/// Million people ...": a decimal before a word of number or measure, a
/// sum, no item number either.
fn is_date_or_amount(marker: &str, rest: &str) -> bool {
    let parts: Vec<&str> = marker.strip_suffix('.').unwrap_or(marker).split('.').collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(0);
    let date = parts.len() == 3
        && (1..=31).contains(&n(parts[0]))
        && (1..=12).contains(&n(parts[1]))
        && parts.iter().any(|p| p.len() == 2);
    let next = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%')
        .to_lowercase();
    let amount = parts.len() == 2 && AMOUNT_WORDS.contains(&next.as_str());
    date || amount
}

/// Words after a decimal that make it a sum or a measure ("1.5 million",
/// "2.5 percent", "1.5 mg").
const AMOUNT_WORDS: [&str; 22] = [
    "million", "billion", "thousand", "hundred", "trillion", "percent", "per", "%", "mg", "g", "kg", "ml",
    "l", "cm", "mm", "km", "miles", "hours", "days", "weeks", "months", "years",
];

/// Words that head a numbered item of a notice: "Item 1:", "Issue 2.",
/// "Request 3 -".
const ITEM_WORDS: [&str; 8] = [
    "item",
    "issue",
    "request",
    "ground",
    "reason",
    "deficiency",
    "finding",
    "concern",
];

/// Words that label the text of a ground under its heading ("Issue 1:
/// Payment" over "Finding: The record ..."), or the agency's answer to a
/// point it has just quoted ("USCIS response: The record ..."), a label
/// the quote leaves out as it does an enumerator.
const TEXT_LABELS: [&str; 13] = [
    "issue",
    "finding",
    "findings",
    "reason",
    "ground",
    "deficiency",
    "determination",
    "analysis",
    "discussion",
    "basis",
    "response",
    "uscis response",
    "agency response",
];

/// The rest of a line that opens with a ground's label and a colon before
/// a capital ("Finding: The letter ...").
fn text_label(line: &str) -> Option<&str> {
    // "WHEREAS, the letter ... has been identified;": the word that opens
    // each recital of a formal order, not the recital's own words.
    for opener in ["AND WHEREAS, ", "WHEREAS, ", "And whereas, ", "Whereas, "] {
        if let Some(rest) = line.strip_prefix(opener)
            && !rest.trim().is_empty()
        {
            return Some(rest.trim_start());
        }
    }
    let (label, rest) = line.split_once(": ")?;
    let rest = rest.trim_start();
    (TEXT_LABELS.contains(&label.to_lowercase().as_str())
        && rest.starts_with(|c: char| c.is_uppercase() || c == '"'))
    .then_some(rest)
}

/// A line that goes on with an issue stated above it: its analysis or
/// its conclusion ("Analysis: ...", "Conclusion: ...").
fn goes_on_with_issue(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(label, rest)| {
        ["analysis", "discussion", "conclusion"].contains(&label.to_lowercase().as_str())
            && rest.starts_with(|c: char| c.is_uppercase() || c == '"')
    })
}

/// Words of a notice's decision or of what to do in answer: "USCIS
/// intends to deny the application", "You may submit evidence".
const CLOSING_WORDS: [&str; 7] = [
    "intends to deny",
    "intend to deny",
    "is hereby denied",
    "is denied",
    "you may submit",
    "your response must",
    "within 33 days",
];

/// A "Conclusion: ..." line (with the lines after it up to a blank line
/// or another label) that states the notice's decision or how to answer
/// ("... USCIS intends to deny the application. You may submit evidence
/// ..."): it closes the notice, not the last issue above it.
fn closes_notice(line: &str, rest: &[String]) -> bool {
    let mut text = line.to_lowercase();
    for next in rest.iter().map(|l| l.trim()) {
        // Only the lines the conclusion's own sentence wraps onto: the
        // response instructions on a line of their own after it are the
        // notice's, whatever the conclusion says.
        if next.is_empty()
            || text_label(next).is_some()
            || ends_sentence(&text) && next.starts_with(char::is_uppercase)
        {
            break;
        }
        text.push(' ');
        text.push_str(&next.to_lowercase());
    }
    line.to_lowercase().starts_with("conclusion") && CLOSING_WORDS.iter().any(|w| text.contains(w))
}

/// A line that states the issue of a point as a question ("Issue: Can
/// he travel safely?").
fn issue_question(line: &str) -> bool {
    line.split_once(": ")
        .is_some_and(|(label, _)| label.eq_ignore_ascii_case("issue"))
        && text_label(line).is_some()
        && line.trim_end().ends_with('?')
}

/// The rest of a line that opens with an item's label ("Item 1: The
/// record ...", "Ground Two: ..."), the label being its enumerator.
fn labelled_item(line: &str) -> Option<&str> {
    let (word, after) = line.split_once(' ')?;
    if !ITEM_WORDS.contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let (number, rest) = after.split_once(' ')?;
    let bare = number.trim_end_matches([':', '.', ')']);
    let rest = if let Some(text) = of_total(number, rest) {
        text
    } else if bare.len() < number.len() {
        rest
    } else {
        rest.strip_prefix("- ")
            .or_else(|| rest.strip_prefix("\u{2013} "))
            .or_else(|| past_reference(rest))?
    };
    let numeral = !bare.is_empty()
        && (bare.len() <= 2 && bare.bytes().all(|b| b.is_ascii_digit())
            || bare.len() == 1 && bare.bytes().all(|b| b.is_ascii_uppercase())
            || NUMBER_WORDS[..10].contains(&bare.to_lowercase().as_str()));
    let rest = rest.trim_start();
    (numeral && !rest.is_empty()).then_some(rest)
}

/// "2 of 4 (code X7): ...", "1 of 2: ...": after an item's number, the
/// total it is counted of, as a case system prints it, and what ends the
/// label (a colon, a dash, or a reference in parentheses and a colon).
/// The text after the label; none unless a number of one or two digits
/// follows "of".
fn of_total<'a>(number: &str, rest: &'a str) -> Option<&'a str> {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = rest
        .strip_prefix("of ")
        .or_else(|| rest.strip_prefix("OF "))
        .or_else(|| rest.strip_prefix("Of "))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = &rest[digits..];
    if let Some(text) = after.strip_prefix(": ") {
        return Some(text);
    }
    let text = after.strip_prefix(' ')?;
    text.strip_prefix("- ")
        .or_else(|| text.strip_prefix("\u{2013} "))
        .or_else(|| past_reference(text))
}

/// "(Facts 2 and 3): The letter ...": after an item's number, what it
/// refers to in parentheses and the colon or dash that ends the label, as
/// in "Deficiency 1 (Facts 2 and 3): ...". The text after it.
fn past_reference(rest: &str) -> Option<&str> {
    let close = rest.strip_prefix('(')?.find(')')?;
    if close > 40 {
        return None;
    }
    let after = &rest[close + 2..];
    after
        .strip_prefix(':')
        .or_else(|| after.strip_prefix(" -"))
        .or_else(|| after.strip_prefix(" \u{2013}"))
        .filter(|t| t.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pages: &[&str]) -> Vec<String> {
        let pages: Vec<String> = pages.iter().map(|p| (*p).to_owned()).collect();
        paragraphs(&pages, &[])
            .paras
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn repeated_headers_and_page_numbers_go() {
        let got = texts(&[
            "Case IOE1 | Page 1\nThe record does not show that the hos-\nPage 1 of 2",
            "Case IOE1 | Page 2\npital agreed to treat her.\n\nSincerely,\nPage 2 of 2",
        ]);
        assert_eq!(
            got,
            [
                "The record does not show that the hospital agreed to treat her.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_page_counted_after_a_slash_and_a_name_after_a_continued_mark_are_furniture() {
        let got = texts(&[
            "Nothing in the file shows who would pay the clinic for the
Lena Varga / p. 1 of 2",
            "Notice of Intent to Deny, continued: Lena Varga
surgery or the weeks of rest after it.

Sincerely,",
        ]);
        assert_eq!(
            got,
            [
                "Nothing in the file shows who would pay the clinic for the surgery or the weeks of rest after it.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_header_with_continued_before_the_name_and_a_footer_counting_pages_after_a_name_go() {
        // "Request for Evidence, continued -- the person" atop the page;
        // "Surname, I. -- number -- page 1 of 2" at its foot.
        let got = texts(&[
            "The mother's letter names the hotel but not how the boy would get from it
Varga, L. -- IOE0011223344 -- page 1 of 2",
            "Request for Evidence, continued -- Lena Varga
to the clinic each week.

Sincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The mother's letter names the hotel but not how the boy would get from it to the clinic each week.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_footer_counting_pages_beside_the_title_and_a_case_number_with_its_page_go() {
        // "Notice of Denial -- the person -- 1 of 2" at the foot; the
        // case's number with "(page 2)" atop the next page.
        let got = texts(&[
            "The clinic's estimate covers the surgery but leaves out the months of
Notice of Denial -- Lena Varga -- 1 of 2",
            "IOE0011223344 (page 2)
rehabilitation that follow it.

Sincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The clinic's estimate covers the surgery but leaves out the months of rehabilitation that follow it.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn without_blank_lines_a_sentence_ended_with_room_left_on_its_line_ends_its_paragraph() {
        let got = texts(&[
            "The surgeon in Lyon agreed to see the boy, but her letter gives no date for\n\
the operation and does not say who will admit him or for how long he will\n\
stay in the ward after the valves are replaced.\n\
No one has said how the family will pay for the flight.\n\
The treasury letter about the savings account is not translated from the\n\
original French, and the copy sent is not certified.",
        ]);
        assert_eq!(
            got,
            [
                "The surgeon in Lyon agreed to see the boy, but her letter gives no date for the operation and does not say who will admit him or for how long he will stay in the ward after the valves are replaced.",
                "No one has said how the family will pay for the flight.",
                "The treasury letter about the savings account is not translated from the original French, and the copy sent is not certified."
            ]
        );
    }

    #[test]
    fn a_footer_naming_its_page_among_other_cells_goes_though_it_stands_on_one_page() {
        let got = texts(&[
            "The sponsor's letter says that the family \"will\nNotice of Intent | File 4455667788 | Page 1 of 2",
            "Page 2 of 2 | File 4455667788\nmanage somehow\" but gives no figures.\nThe fees are set out by item | see page 2 of 3.\nSincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The sponsor's letter says that the family \"will manage somehow\" but gives no figures.",
                "The fees are set out by item | see page 2 of 3.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_footer_with_the_page_alone_beside_the_case_or_between_bullets_goes() {
        for footer in [
            "Decision on Parole Request | XYZ1122334455 | Page 1",
            "XYZ1122334455 - Page 1",
            "\u{2022} XYZ1122334455 \u{2022} Page 1 of 2",
        ] {
            let got = texts(&[
                &format!("The sponsor's pay stubs cover two months, and the\n{footer}"),
                "tax returns for the last year were not sent.",
            ]);
            assert_eq!(
                got,
                [
                    "The sponsor's pay stubs cover two months, and the tax returns for the last year were not sent."
                ],
                "{footer}"
            );
        }
    }

    #[test]
    fn a_line_longer_than_the_body_does_not_make_wrapped_lines_look_short() {
        let got = texts(&[
            "Department of Homeland Security - Parole Unit - 400 Example Plaza, Suite 12, Springfield, ST 00000\n\
DECISION\n\
The clinic in Omaha has not agreed to admit her, and the\n\
letter it sent names no surgeon and gives no date for the\n\
operation. She has been seen there twice, in 2021 and 2023.\n\
A visa could be sought for this visit, and no reason\n\
is given why one was not.",
        ]);
        assert!(
            got.iter()
                .any(|p| p.contains("The clinic in Omaha has not agreed")
                    && p.contains("in 2021 and 2023. A visa could be sought")
                    && p.ends_with("and no reason is given why one was not.")),
            "{got:?}"
        );
    }

    #[test]
    fn a_letterhead_above_a_web_address_is_no_wrapped_line() {
        let got = texts(&[
            "Department of Homeland Security - Citizenship and Immigration Services - Office of Parole Decisions\n\
www.example.gov/parole/medical\n\
NOTICE OF INTENT TO DENY\n\
The file does not show that the operation is needed soon. Dr. Baptiste\n\
notes that the shunt should be revised, but he gives no time for it.\n\
His letter does not say what the boy would risk if the revision waited\n\
until the spring clinic in Cap-Haitien opens its list again this year.\n\
The sponsor's Form I-134 shows an income of $19,000, far below the\n\
estimate of $140,000, and no other source of money is named at all.",
        ]);
        assert!(
            got.iter()
                .any(|p| p.contains("gives no time for it. His letter does not say what the boy would risk")),
            "{got:?}"
        );
    }

    #[test]
    fn a_conclusion_that_gives_the_decision_closes_the_notice_not_the_last_issue() {
        let got = texts(&["Issue: Will the boy come home after the operation?\n\
Analysis: The record names no school or home for him in Accra.\n\
Conclusion: The return home is not shown.\n\
Issue: Who will pay for the stay?\n\
Analysis: The sponsor's income is $18,000 and the stay will cost\n\
$90,000.\n\
Conclusion: As the payment is not shown, USCIS intends to deny\n\
the request. You may submit evidence within 33 days."]);
        assert_eq!(
            got,
            [
                "Will the boy come home after the operation? Analysis: The record names no school or home for him in Accra. Conclusion: The return home is not shown.",
                "Who will pay for the stay? Analysis: The sponsor's income is $18,000 and the stay will cost $90,000.",
                "Conclusion: As the payment is not shown, USCIS intends to deny the request. You may submit evidence within 33 days.",
            ]
        );
    }

    #[test]
    fn a_line_at_a_page_edge_that_only_mentions_a_page_is_kept() {
        let got = texts(&[
            "The estimate lists the fees, and the hospital bill - page 2 - adds a\nsurgeon's fee that no",
            "pledge in the record covers.\n\nWe considered:\n- Letter from the surgeon - page 4\n- Form I-134 of the sponsor - page 9",
        ]);
        assert_eq!(
            got[0],
            "The estimate lists the fees, and the hospital bill - page 2 - adds a surgeon's fee that no pledge in the record covers."
        );
        let all = got.join(" ");
        assert!(all.contains("Letter from the surgeon - page 4"), "{got:?}");
        assert!(all.contains("Form I-134 of the sponsor - page 9"), "{got:?}");
    }

    #[test]
    fn a_case_number_header_atop_one_later_page_goes() {
        let got = texts(&[
            "The clinic letter is not signed by any physician who examined the patient in person.\n\nThe plan for her care after surgery is not described in any of the papers sent.\nPage 1 of 2",
            "Parole Decision, File ZYX4455667788\nPage 2 of 2\nNo sponsor has stated the means to pay for the operation.",
        ]);
        assert_eq!(
            got,
            [
                "The clinic letter is not signed by any physician who examined the patient in person.",
                "The plan for her care after surgery is not described in any of the papers sent.",
                "No sponsor has stated the means to pay for the operation."
            ]
        );
        // On the first page, such a line is the notice's own (its
        // letterhead), and further down a later page it is the text's.
        let got = texts(&["Case ZYX4455667788\n\nThe letter is undated."]);
        assert_eq!(got, ["Case ZYX4455667788", "The letter is undated."]);
    }

    #[test]
    fn a_footer_carrying_the_case_number_or_its_sheet_goes_and_the_paragraph_runs_on() {
        // A footer with the file's number and "sheet 1 of 3", at the foot
        // of one page only, and a header atop the next that names the
        // patient and the number in brackets: both go, and the sentence
        // broken by them is whole again.
        let got = texts(&[
            "The sponsor's pay stubs show $2,100 a month, and nothing explains how the rest of the
Parole request ZRX5566778899 -- sheet 1 of 3",
            "Tomasz K. Wrobel (ZRX5566778899)
surgeon's fee would be met.

Sincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The sponsor's pay stubs show $2,100 a month, and nothing explains how the rest of the surgeon's fee would be met.",
                "Sincerely,"
            ]
        );
        // Written a paragraph a line, the same.
        let got = texts(&[
            "No letter from a surgeon in Leeds shows that the child has been accepted, and the hospital's email speaks only of a
Letter of intent, file ZRX5566778899 -- page 1 of 2",
            "Tomasz K. Wrobel (ZRX5566778899)
referral.

Sincerely,",
        ]);
        assert_eq!(
            got,
            [
                "No letter from a surgeon in Leeds shows that the child has been accepted, and the hospital's email speaks only of a referral.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_word_left_alone_at_a_page_foot_runs_on_to_the_next_page() {
        // "Provide" alone on the last line of a page, its sentence going
        // on in small letters atop the next: no heading at the page foot.
        let got = texts(&[
            "The consulate's letter about the visa interview is dated two years ago, and nothing
shows that the family asked for an earlier appointment after the tumor was found.
Provide
Parole request ZRX5566778899 -- sheet 1 of 2",
            "a copy of any request for an expedited interview and the consulate's answer.

Visa Processing

No visitor visa was sought.",
        ]);
        assert_eq!(
            got,
            [
                "The consulate's letter about the visa interview is dated two years ago, and nothing shows that the family asked for an earlier appointment after the tumor was found. Provide a copy of any request for an expedited interview and the consulate's answer.",
                "Visa Processing",
                "No visitor visa was sought."
            ]
        );
        // A heading at the foot of a page, over a sentence that starts
        // with a capital, stays a heading.
        let got = texts(&[
            "The consulate's letter about the visa interview is dated two years ago, and nothing
shows that the family asked for an earlier appointment after the tumor was found.
Care at home",
            "The national hospital performs the operation.",
        ]);
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_continued_mark_at_a_page_edge_goes_and_does_not_end_the_paragraph() {
        let got = texts(&[
            "3. The pediatric ward's estimate runs to $40,000, and no charity or relative has offered to pay
(continued on next page)",
            "Continued from page 1
toward it.

4. No one has said where the child would live.",
        ]);
        assert_eq!(
            got,
            [
                "The pediatric ward's estimate runs to $40,000, and no charity or relative has offered to pay toward it.",
                "No one has said where the child would live."
            ]
        );
        // At a page's edge, a sentence that mentions a sheet, a record
        // continued, or the case's number is the notice's own.
        let got = texts(&[
            "The surgeon's note is undated.\n\nThe chart for file ZRX5566778899 was read in full.",
            "The treatment was continued on the next page of the chart (sheet 2 of 4).\n\nSincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The surgeon's note is undated.",
                "The chart for file ZRX5566778899 was read in full.",
                "The treatment was continued on the next page of the chart (sheet 2 of 4).",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_running_header_naming_the_notice_and_marked_continued_atop_a_page_goes() {
        let got = texts(&[
            "2. The clinic's estimate is $61,000, and the letter from the parish does not say how much it would
give or when it would",
            "Notice of Intent to Deny -- Lucia Ferreira Bastos (continued)
pay it.

3. No one has said where the family would stay.",
        ]);
        assert_eq!(
            got,
            [
                "The clinic's estimate is $61,000, and the letter from the parish does not say how much it would give or when it would pay it.",
                "No one has said where the family would stay."
            ]
        );
        // A sentence atop a page that says a treatment was continued is
        // the notice's own.
        let got = texts(&[
            "The surgeon's note is undated.",
            "Her dialysis, the records say, was continued.\n\nSincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The surgeon's note is undated.",
                "Her dialysis, the records say, was continued.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_running_header_with_the_continued_mark_between_the_title_and_the_name_goes() {
        // The notice's short title, the mark in brackets, then whom the
        // notice is about after a dash: a running header atop page two.
        let got = texts(&[
            "3. The program's letter sets the cost at $84,000 and the aunt's savings cover less than half of
that, and nothing shows who would pay the",
            "NOID (continued) -- Tomas Lindqvist Berg
remainder of the bill.

4. No one has said where the boy would stay.",
        ]);
        assert_eq!(
            got,
            [
                "The program's letter sets the cost at $84,000 and the aunt's savings cover less than half of that, and nothing shows who would pay the remainder of the bill.",
                "No one has said where the boy would stay."
            ]
        );
        // A sentence atop a page with the word in brackets mid-way is the
        // notice's own.
        let got = texts(&[
            "The surgeon's note is undated.",
            "The chemotherapy (continued) -- as the oncologist wrote in May -- has not slowed the tumor.\n\nSincerely,",
        ]);
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn the_case_number_alone_marked_continued_atop_a_page_goes() {
        // The receipt number and the mark in brackets, nothing else: a
        // running header atop page two, inside a ground.
        let got = texts(&[
            "The clinic quotes $212,000 for the operation, and the savings shown come to $40,000; nothing names who
would pay the",
            "WAC0918273645 (continued)
rest of the bill.

Sincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The clinic quotes $212,000 for the operation, and the savings shown come to $40,000; nothing names who would pay the rest of the bill.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn blank_lines_beside_the_page_breaks_do_not_set_paragraphs_apart() {
        // A paragraph a line, the form feeds on lines of their own: the
        // empty line each leaves atop its page is the break's, and the
        // closing after the last numbered point stays a paragraph apart.
        let long = "The bank letter gives no balance, and no one has filed a Form I-134 or otherwise promised to pay for the flights, the lodging and the tests the program does not cover for the boy.";
        let cover = "FAX COVER SHEET\nTo: Rana Haddad\nPages: 3\nMessage: The decision begins on the next page, and a copy goes by mail as well.\n";
        let second = format!(
            "\nDECISION\nDate: May 3, 2027\n(1) {long}\n(2) The pediatrician's letter is a year old and reports no change in the boy's heart since then, so the record does not show that the trip is needed now.\n"
        );
        let third = "\n(3) The passport copies cannot be read, and the Arabic report was sent without any English translation, so USCIS could not rely on either of them.\nFor these reasons, the request is denied. A new request may be filed with evidence that answers the reasons above.\nOfficer";
        let got = texts(&[cover, &second, third]);
        assert!(
            got.contains(&"The passport copies cannot be read, and the Arabic report was sent without any English translation, so USCIS could not rely on either of them.".to_owned()),
            "{got:?}"
        );
    }

    #[test]
    fn a_running_header_ending_in_a_comma_and_continued_atop_a_page_goes() {
        // The person's name and the notice's title, then ", continued":
        // the mark after a comma as after a dash or in brackets.
        let got = texts(&[
            "4. The sponsor earns $31,000 a year, and no charity has said that it would
cover",
            "Mateo Quispe Rojas -- Notice of Intent to Deny, continued
the balance.

5. No one has said who would travel with him.",
        ]);
        assert_eq!(
            got,
            [
                "The sponsor earns $31,000 a year, and no charity has said that it would cover the balance.",
                "No one has said who would travel with him."
            ]
        );
        // A sentence atop a page whose last words are ", continued" after
        // a full stop's worth of prose is the notice's own.
        let got = texts(&[
            "The surgeon's note is undated.",
            "The physiotherapy, the discharge letter says, was paused and then, continued.\n\nSincerely,",
        ]);
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_footer_naming_the_notice_and_its_page_after_a_comma_goes() {
        let got = texts(&[
            "2. The estimate from the eye hospital is $52,000, and the sponsor's letter does not say that he
Ruling on the Motion to Reopen, page 1 of 2",
            "would pay any of it.

3. No one has said where the family would stay.",
        ]);
        assert_eq!(
            got,
            [
                "The estimate from the eye hospital is $52,000, and the sponsor's letter does not say that he would pay any of it.",
                "No one has said where the family would stay."
            ]
        );
    }

    #[test]
    fn a_line_opening_with_a_finding_label_starts_a_paragraph() {
        // The row label is too long to be told by its length, and does
        // not end a sentence.
        let got = texts(&[
            "Each criterion is weighed below.\nCriterion 2: No hospital or surgeon in the home country performs this operation\nFinding: Met. The health ministry wrote that no surgeon in the country performs it. No further evidence is needed on this point.\nCriterion 3: Payment\nFinding: Not met. The sponsor's letter names no sum and shows no savings.",
        ]);
        assert_eq!(
            got,
            [
                "Each criterion is weighed below.",
                "Criterion 2: No hospital or surgeon in the home country performs this operation",
                "Met. The health ministry wrote that no surgeon in the country performs it. No further evidence is needed on this point.",
                "Criterion 3: Payment",
                "Not met. The sponsor's letter names no sum and shows no savings."
            ]
        );
    }

    #[test]
    fn a_table_row_label_under_a_full_line_starts_a_paragraph() {
        let got = texts(&[
            "Each point is weighed below.\n\nPoint\nFinding\nAge of the patient\nShown. The birth record gives the age and it matches every other paper filed.\nPayment for care\nNot shown. No sponsor has stated the means to pay for the operation at the clinic.\n\nSincerely,",
        ]);
        assert_eq!(
            got,
            [
                "Each point is weighed below.",
                "Point",
                "Finding",
                "Age of the patient",
                "Shown. The birth record gives the age and it matches every other paper filed.",
                "Payment for care",
                "Not shown. No sponsor has stated the means to pay for the operation at the clinic.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_row_whose_label_a_tab_sets_apart_starts_a_paragraph_and_keeps_the_tab() {
        let got = texts(&[
            "The points are weighed below, one row each, and only some of them told against the request made.\n\nPoint\t \tFinding\nAge of the patient\tShown. The birth record gives the age and it matches\nevery other paper filed.\nPayment for care \t Not shown. No sponsor has stated the means to pay.\n\n\tSincerely,",
        ]);
        assert_eq!(
            got,
            [
                "The points are weighed below, one row each, and only some of them told against the request made.",
                "Point\tFinding",
                "Age of the patient\tShown. The birth record gives the age and it matches every other paper filed.",
                "Payment for care\tNot shown. No sponsor has stated the means to pay.",
                "Sincerely,"
            ]
        );
    }

    #[test]
    fn a_colon_line_between_two_marked_lists_heads_the_second() {
        let got = texts(&[
            "Factors in favor:\n+ The diagnosis is well documented.\n+ A hospital has offered a bed.\nFactors against:\n- No one has shown who would pay.\n- No date of return is given.",
        ]);
        assert_eq!(
            got,
            [
                "Factors in favor:",
                "The diagnosis is well documented.",
                "A hospital has offered a bed.",
                "Factors against:",
                "No one has shown who would pay.",
                "No date of return is given."
            ]
        );
    }

    #[test]
    fn an_unmarked_list_under_a_paragraph_stays_in_it() {
        let got = texts(&[
            "Housing Plan\n\nThe host's address is not given, and nothing shows who lives in the household or how the family will reach the hospital. Please submit:\na lease in the host's name;\nutility bills for the last three months;\na letter from the host.\n\nSend it all at once.",
        ]);
        assert_eq!(
            got,
            [
                "Housing Plan",
                "The host's address is not given, and nothing shows who lives in the household or how the family will reach the hospital. Please submit: a lease in the host's name; utility bills for the last three months; a letter from the host.",
                "Send it all at once."
            ]
        );
    }

    #[test]
    fn a_header_with_the_page_beside_the_short_title_is_furniture() {
        // "Okafor, Ada -- RFE, page 2": the person, the notice's short
        // title and the page, atop the second page only, inside a
        // sentence that runs over the break.
        let first = "Request for Evidence\n\nThe clinic's letter gives no date for the operation, and nothing in the file\nshows when the surgeon would";
        let second = "Okafor, Ada -- RFE, page 2\n\nbe free to see her.\n\nSincerely,\nOfficer";
        let got = texts(&[first, second]);
        assert!(
            got.iter()
                .any(|p| p.ends_with("when the surgeon would be free to see her.")),
            "{got:?}"
        );
        assert!(!got.iter().any(|p| p.contains("page 2")), "{got:?}");
    }

    #[test]
    fn a_header_naming_the_page_of_the_notice_is_furniture() {
        // "Ada Okafor, page 2 of RFE": the page counted of the notice
        // named by its short title.
        let first = "Request for Evidence\n\nThe clinic's letter gives no date for the operation, and nothing in the file\nshows when the surgeon would";
        let second = "Ada Okafor, page 2 of RFE\n\nbe free to see her.\n\nSincerely,\nOfficer";
        let got = texts(&[first, second]);
        assert!(
            got.iter()
                .any(|p| p.ends_with("when the surgeon would be free to see her.")),
            "{got:?}"
        );
    }

    #[test]
    fn a_field_named_in_capitals_starts_its_paragraph_under_a_sentence_end() {
        // A case system's printout: each field's name in capitals and a
        // colon, the value wrapped under it with no blank lines between.
        let lines = [
            "REASON 1 OF 1 (CODE LY): The clinic in Lyon wrote on May 2 that it would review the scans, and the",
            "file holds no answer from any clinic nearer home since that date, nor any sign that one of them",
            "was asked to see the boy before the request was filed with this office in June of this year.",
            "NEXT STEPS: A new request may be filed at any time, with the fee and with new evidence",
            "that answers the reasons above.",
        ];
        let got = texts(&[&lines.join("\n")]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].starts_with("NEXT STEPS:"), "{got:?}");
    }

    #[test]
    fn an_item_counted_of_its_total_is_a_numbered_item() {
        // A case system's field, "Reason 2 of 4 (code X7):", or "Issue 1
        // of 2:", is the label of a numbered item, the text after it the
        // item.
        assert_eq!(
            split_enumerator("REASON 2 OF 4 (CODE X7): The clinic has not replied."),
            (Some(Enumerator::Number), "The clinic has not replied.")
        );
        assert_eq!(
            split_enumerator("Issue 1 of 2: The clinic has not replied."),
            (Some(Enumerator::Number), "The clinic has not replied.")
        );
        // Not a sentence that counts: "Reason 2 of the form asks ...".
        assert_eq!(
            split_enumerator("Reason 2 of the form asks for more."),
            (None, "Reason 2 of the form asks for more.")
        );
    }

    #[test]
    fn a_capital_letter_closed_by_a_parenthesis_marks_an_item() {
        // "B) The letter ..." as "B. The letter ..." and "(b) The letter
        // ...": a lettered list in the third way letters are closed.
        assert_eq!(
            split_enumerator("B) The letter from the clinic"),
            (Some(Enumerator::Letter), "The letter from the clinic")
        );
        // Not before a small letter: no item begins so.
        assert_eq!(split_enumerator("B) and then"), (None, "B) and then"));
    }

    #[test]
    fn a_capital_in_brackets_marks_an_item_only_in_its_lists_order() {
        let cleaned = paragraphs(
            &["We propose to deny the request.\n\n(A) The clinic letter is unsigned.\n\n(B) The cost is not shown.\n\n(D) The visa route is not explained.\n".to_owned()],
            &[],
        );
        let markers: Vec<(&str, &str)> = cleaned
            .paras
            .iter()
            .map(|p| (p.marker.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(
            markers,
            [
                ("", "We propose to deny the request."),
                ("(A)", "The clinic letter is unsigned."),
                ("(B)", "The cost is not shown."),
                // Out of order: not an item.
                ("", "(D) The visa route is not explained."),
            ]
        );
        // Capital Roman numerals in brackets run on as the letters do.
        let cleaned = paragraphs(
            &["We propose to deny the request.\n(I) The clinic letter is unsigned.\n(II) The cost is not shown.\n(III) The visa route is not explained.\n".to_owned()],
            &[],
        );
        let markers: Vec<&str> = cleaned.paras.iter().map(|p| p.marker.as_str()).collect();
        assert_eq!(markers, ["", "(I)", "(II)", "(III)"]);
    }

    #[test]
    fn enumerators_are_set_apart() {
        assert_eq!(
            split_enumerator("(b) The record"),
            (Some(Enumerator::Letter), "The record")
        );
        assert_eq!(
            split_enumerator("12. The record"),
            (Some(Enumerator::Number), "The record")
        );
        assert_eq!(
            split_enumerator("\u{2022} an updated letter"),
            (Some(Enumerator::Bullet), "an updated letter")
        );
        // A box, empty, ticked or filled, is a bullet, with or without a
        // space after it.
        for line in [
            "\u{2610} an updated letter",
            "\u{2611} an updated letter",
            "\u{25a1}an updated letter",
            "\u{25a0}\tan updated letter",
        ] {
            assert_eq!(
                split_enumerator(line),
                (Some(Enumerator::Bullet), "an updated letter"),
                "{line}"
            );
        }
        assert_eq!(
            split_enumerator("[X] The need is not shown."),
            (Some(Enumerator::Bullet), "The need is not shown.")
        );
        assert_eq!(
            split_enumerator("[ ] The need is not shown."),
            (None, "[ ] The need is not shown.")
        );
        assert_eq!(split_enumerator("U.S. Department"), (None, "U.S. Department"));
        assert_eq!(
            split_enumerator("C2. On finding F3, no"),
            (Some(Enumerator::Number), "On finding F3, no")
        );
        assert_eq!(split_enumerator("F3, which"), (None, "F3, which"));
        // A point numbered within its part, with or without a last stop.
        assert_eq!(
            split_enumerator("2.1 The clinic offers a visit only."),
            (Some(Enumerator::Number), "The clinic offers a visit only.")
        );
        assert_eq!(
            split_enumerator("1.3. The clinic in Denver wrote that it would see her"),
            (
                Some(Enumerator::Number),
                "The clinic in Denver wrote that it would see her"
            )
        );
        // The title of a section of an outline, not a point.
        assert_eq!(
            split_enumerator("3.1 Availability of a visa"),
            (None, "3.1 Availability of a visa")
        );
        assert_eq!(
            split_enumerator("1.5 million dollars"),
            (None, "1.5 million dollars")
        );
        assert_eq!(split_enumerator("2.125 The"), (None, "2.125 The"));
        assert_eq!(split_enumerator("F3. the"), (None, "F3. the"));
        assert_eq!(split_enumerator("I-134 was"), (None, "I-134 was"));
        assert_eq!(
            split_enumerator("Item 2: Acceptance by a U.S. provider"),
            (Some(Enumerator::Number), "Acceptance by a U.S. provider")
        );
        assert_eq!(
            split_enumerator("Issue 3 - The record"),
            (Some(Enumerator::Number), "The record")
        );
        assert_eq!(split_enumerator("Item 1:"), (None, "Item 1:"));
        assert_eq!(
            split_enumerator("Ground Two: The record"),
            (Some(Enumerator::Number), "The record")
        );
        assert_eq!(text_label("Finding: The record"), Some("The record"));
        assert_eq!(text_label("Issue: The sponsor"), Some("The sponsor"));
        assert_eq!(text_label("Analysis: The record"), Some("The record"));
        assert_eq!(text_label("USCIS response: The letter"), Some("The letter"));
        assert_eq!(text_label("Response: The clinic"), Some("The clinic"));
        assert_eq!(text_label("Your response: The clinic"), None);
        assert_eq!(text_label("Finding: the record"), None);
        assert_eq!(text_label("Findings of the office: The record"), None);
        assert_eq!(
            split_enumerator("Issue 2 is whether"),
            (None, "Issue 2 is whether")
        );
    }

    #[test]
    fn a_plus_sign_marks_an_item_only_among_lines_so_marked() {
        let kinds = |text: &str| -> Vec<Option<Enumerator>> {
            paragraphs(&[text.to_owned()], &[])
                .paras
                .into_iter()
                .map(|p| p.enumerator)
                .collect()
        };
        let bullet = Some(Enumerator::Bullet);
        assert_eq!(
            kinds(
                "Factors in favor:\n\n+ The illness is documented.\n\n+ She poses no risk.\n\nFactors against:\n\n- No surgeon has agreed to operate."
            ),
            [None, bullet, bullet, None, bullet]
        );
        assert_eq!(
            kinds("The sponsor's savings of $9,000\n\n+ 3 days for mailing are added to the period."),
            [None, None]
        );
    }

    #[test]
    fn small_roman_numerals_are_points_unless_they_go_on_from_the_letters() {
        let kinds = |lines: &[&str]| -> Vec<Option<Enumerator>> {
            let page = lines.join("\n\n");
            paragraphs(&[page], &[])
                .paras
                .into_iter()
                .map(|p| p.enumerator)
                .collect()
        };
        let roman = Some(Enumerator::Roman);
        let letter = Some(Enumerator::Letter);
        assert_eq!(
            kinds(&[
                "(a) The letter is old:",
                "(i) it is undated;",
                "(ii) it is unsigned."
            ]),
            [letter, roman, roman]
        );
        assert_eq!(
            kinds(&[
                "(h) The eighth point.",
                "(i) The ninth point.",
                "(j) The tenth point."
            ]),
            [letter, letter, letter]
        );
        assert_eq!(kinds(&["iv. The fourth reason."]), [roman]);
    }

    #[test]
    fn an_initial_before_a_family_name_is_no_lettered_item() {
        let cleaned = paragraphs(
            &["Yours truly,\n\nR. Okonkwo-Baptiste\n\nSection Chief".to_owned()],
            &[],
        );
        assert_eq!(cleaned.paras[1].text, "R. Okonkwo-Baptiste");
        assert_eq!(cleaned.paras[1].enumerator, None);
        // Capital items in order stay items, the first and those after it.
        let cleaned = paragraphs(
            &["A. Housing\n\nThe host has no room.\n\nB. Travel\n\nNo escort is named.".to_owned()],
            &[],
        );
        let markers: Vec<&str> = cleaned.paras.iter().map(|p| p.marker.as_str()).collect();
        assert_eq!(markers, ["A.", "", "B.", ""]);
        assert_eq!(cleaned.paras[2].text, "Travel");
    }

    #[test]
    fn a_name_broken_at_its_hyphen_is_joined_whole() {
        let cleaned = paragraphs(&["The letter of Dr. Marsh-\nOdum is dated.".to_owned()], &[]);
        assert_eq!(cleaned.paras[0].text, "The letter of Dr. Marsh-Odum is dated.");
        assert_eq!(cleaned.dehyphenated, 0);
    }

    #[test]
    fn a_line_atop_one_page_and_at_the_foot_of_another_is_not_furniture() {
        let body = |page: usize| -> String {
            let words = [
                "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            ];
            words[(page - 1) * 4..page * 4]
                .iter()
                .map(|w| format!("The {w} part of the text goes on.\n"))
                .collect()
        };
        let cleaned = paragraphs(
            &[
                format!("Humanitarian Affairs Branch\nJune 1, 2026\n\n{}", body(1)),
                format!("{}\nSincerely,\nHumanitarian Affairs Branch", body(2)),
            ],
            &[],
        );
        assert!(cleaned.furniture.is_empty(), "{:?}", cleaned.furniture);
        // A line that introduces a list, atop two pages, is the notice's own.
        let cleaned = paragraphs(
            &[
                format!(
                    "The record does not show the cost.\nEvidence to submit:\n- a bank statement.\n{}",
                    body(1)
                ),
                format!("Evidence to submit:\n- a letter.\n\n{}", body(2)),
            ],
            &[],
        );
        assert!(cleaned.furniture.is_empty(), "{:?}", cleaned.furniture);
    }

    #[test]
    fn a_heading_at_the_foot_of_a_page_stands_alone() {
        let got = texts(&[
            "The record does not show the cost of the surgery or how it would be paid for.\n\nItem 3: Housing",
            "The record does not show where she would live during the treatment and after it.",
        ]);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], "Housing", "the label is its enumerator");
    }

    #[test]
    fn a_number_word_broken_at_its_hyphen_keeps_it() {
        let got = texts(&["The one-\nyear period is too short, and the follow-\nup plan is vague."]);
        assert_eq!(
            got,
            ["The one-year period is too short, and the followup plan is vague."]
        );
    }

    #[test]
    fn a_compound_written_whole_keeps_its_hyphen() {
        let got = texts(&[
            "A plan for follow-up care is missing, and so is a plan for follow-\nup visits in the home country of the beneficiary for the year.",
        ]);
        assert_eq!(
            got,
            [
                "A plan for follow-up care is missing, and so is a plan for follow-up visits in the home country of the beneficiary for the year."
            ]
        );
    }
}
