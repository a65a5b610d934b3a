//! The grounds: which paragraphs state a reason for the decision, and where
//! one paragraph holds two.

use super::Words;
use super::categorize::{Choice, choose, choose_focused, matches};
use super::clean::{CELL_GAP, Enumerator, Para, SUPERSCRIPTS};
use super::formula;
use super::text::{
    clause_end, dates, find_phrase, has_phrase, lower_in_step, opens_with, phrase_places, sentence_bounds,
    sentence_starts, unquoted,
};
use crate::playbook::Cue;

/// Each category's cues, as the playbook lists them.
pub type Cues = [(String, Vec<Cue>)];

/// A ground as the notice states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The agency's words.
    pub quote: String,
    pub first_page: usize,
    pub last_page: usize,
    /// How it was told apart, for the summary ("item 2 of a list").
    pub how: String,
    /// The words that head it in the notice and are no part of its quote
    /// (a table row's label, the question it answers): they count toward
    /// its category.
    pub subject: Option<String>,
}

/// What the body gives: its grounds, and, for the summary to name, the
/// paragraphs left out as summing up the grounds before them (see
/// [`sums_up`]) and those left out as citing the notes that give their
/// reasons (see [`cites_its_notes`]); and why the other paragraphs read
/// as no ground were so read, by their words (see [`passed_over`]).
pub struct Body {
    pub found: Vec<Found>,
    pub summaries: Vec<String>,
    pub citing_notes: Vec<String>,
    pub passed: Vec<(String, String)>,
}

/// The grounds of the body, which starts after the paragraph at `body_start`
/// (or at the heading that opens the reasons, when the notice has one).
pub fn grounds(paras: &[Para], body_start: usize, words: &Words, cues: &Cues) -> Body {
    let mut state = State::new();
    let start = opening(paras, body_start, words, cues).unwrap_or(body_start.min(paras.len()));
    let paras = &clauses_set_apart(&state.layouts_found(paras, start, words), start);
    let paras = &section_labels_dropped(paras, start, words);
    state.notes_found(paras, start, words);
    for (at, para) in paras.iter().enumerate().skip(start) {
        match state.after_close(paras, at, words, cues) {
            Some(true) => continue,
            Some(false) => break,
            None => {}
        }
        let lower = para.text.to_lowercase();
        if ends_the_reasons(paras, at, &lower, !state.out.is_empty(), words) {
            break;
        }
        let previous = state.last_ground.take();
        if state.layout_read(paras, at, &lower, previous, words) {
            continue;
        }
        if state.items_read(para, previous) || state.request_read(para, &lower, previous, words) {
            continue;
        }
        // "Factors favoring a grant:" over its items heads a section that
        // holds no ground, as it would over a paragraph.
        if is_heading(paras, at) || introduces_items(paras, at) && skips_section(&lower, words) {
            state.skipped_section = skips_section(&lower, words);
            state.skip_marker = None;
            // "Analysis" over "Whether the stay would be temporary": the
            // sub-headings each head one ground, however many paragraphs.
            let under_heading = state.heading.is_some_and(|h| {
                h + 1 == at && opens_with(&paras[h].text.to_lowercase(), &words.grounds_headings).is_some()
            });
            state.sub_headed = !state.skipped_section && (state.sub_headed || under_heading);
            state.heading_read(at);
            continue;
        }
        if (!state.ends_skip(paras, at, words) && state.skips(paras, at))
            || is_footnote(&para.text)
            || is_guidance_note(&para.text, words)
        {
            continue;
        }
        if state.citing_read(paras, at, words, cues) || state.in_section(at, para) {
            continue;
        }
        if state.quotation(para, &lower, previous, words) {
            continue;
        }
        if para.enumerator.is_some() {
            state.list_item(paras, at, words, cues);
            continue;
        }
        if let Some(i) = closes_owned_item(paras, at, state.list, &lower, words) {
            extend(&mut state.out[i], para);
            continue;
        }
        if state.under_headline(paras, at, &lower, words) {
            continue;
        }
        let item = std::mem::take(&mut state.item);
        state.list = List::None;
        let intro = para.text.ends_with(':');
        if intro && has_any(&lower, &words.submitted_intro) && !is_finding(&para.text, words) {
            state.list = List::Submitted;
            continue;
        }
        if introduces_the_grounds(paras, at, state.out.is_empty(), words, cues) {
            state.list = List::Grounds;
            continue;
        }
        if intro
            && let Some((i, marker)) = previous
            && para.text.split_whitespace().count() <= 8
            && opens_with(&lower, &words.restatements).is_none()
            && paras.get(at + 1).is_some_and(|p| p.enumerator.is_some())
        {
            // "Evidence to submit:" standing alone after a ground (as when a
            // page break falls between them): the list that follows is the
            // ground's, up to the next item marked as the ground was, and
            // the numbering of the items goes on.
            extend(&mut state.out[i], para);
            state.item = item;
            state.list = List::Owned(i, marker);
            continue;
        }
        let Some(text) = reasons_in_body(&para.text, &lower, !state.out.is_empty(), words) else {
            state.conclusion_passed(para, words);
            continue;
        };
        let text = before_summary(text, words);
        if state.recital_read(para, text, words) {
            continue;
        }
        if sums_up(paras, at, text, &state.out, words, cues) {
            state.summaries.push(text.to_owned());
            continue;
        }
        if state.sub_headed && state.under_sub_heading(paras, at, text, words) {
            continue;
        }
        if !is_finding(text, words) && !finds_silence(text, words) {
            continue;
        }
        state.finding_read(paras, at, text, intro, words, cues);
    }
    state.keep_citing_unread(paras, words, cues);
    body_of(state, words)
}

/// What the reading gives, each ground without the response instructions
/// run into it (see [`without_instructions`]).
fn body_of(mut state: State, words: &Words) -> Body {
    for found in &mut state.out {
        without_instructions(found, words);
    }
    Body {
        found: state.out,
        summaries: state.summaries,
        citing_notes: state.citing_notes,
        passed: state.passed,
    }
}

/// A ground whose last paragraph, read with the ones before it (a listed
/// item owned by the ground), runs on into the response instructions ("...
/// the hospital's estimate. Send your response with a copy of this notice
/// ..."): the quote ends before them (see [`before_instructions`]), as a
/// paragraph's reasons do. A quote that would be left empty is kept.
fn without_instructions(found: &mut Found, words: &Words) {
    let kept = before_instructions(&found.quote, words).len();
    if kept > 0 && kept < found.quote.len() {
        found.quote.truncate(kept);
    }
}

/// Why a paragraph the reading recorded no reason for gives no ground.
fn why_none(para: &Para, lower: &str, words: &Words) -> String {
    let why = match reasons_of(&para.text, lower, words) {
        None => "it reads as the standard or as boilerplate",
        Some(text) if !is_finding(text, words) && !finds_silence(text, words) => {
            "it states no finding of the agency's own"
        }
        Some(_) => "it was read as part of the notice's frame, not as a reason",
    };
    why.to_owned()
}

/// "The condition is serious. However, the record does not establish
/// that ...": a discussion of a point marked as shown that turns, after a
/// word of contrast (a `contrasts` word), to find the record short.
fn finds_despite_mark(text: &str, words: &Words) -> bool {
    // In step, so that an offset found in it is the same place in `text`.
    let lower = lower_in_step(text);
    words
        .contrasts
        .iter()
        .filter_map(|c| find_phrase(&lower, &c.to_lowercase(), true))
        .min()
        .is_some_and(|at| {
            let after = &text[at..];
            is_finding(after, words) || finds_silence(after, words)
        })
}

/// "That may be so, but the record is silent on Ghana": the agency's own
/// words (not what it reports) find the record silent (a `silences`
/// phrase).
fn finds_silence(text: &str, words: &Words) -> bool {
    let own = own_words(text, words);
    words
        .silences
        .iter()
        .any(|w| find_phrase(&own, &w.to_lowercase(), true).is_some())
}

/// The paragraphs of the body (up to the close) that give no ground, each
/// with why (from `passed`, the reasons the reading gave, by their
/// words): so that the summary names every one, and none that holds a
/// finding is left out in silence. Headings and short lines, a paragraph
/// part of which is quoted by a ground, and one taken as summing up the
/// grounds (named on its own) are not listed.
pub fn passed_over(
    paras: &[Para],
    body_start: usize,
    words: &Words,
    cues: &Cues,
    found: &[Found],
    summaries: &[String],
    passed: &[(String, String)],
) -> Vec<(String, String)> {
    let start = opening(paras, body_start, words, cues).unwrap_or(body_start.min(paras.len()));
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let quotes: Vec<String> = found.iter().map(|f| squeeze(&f.quote)).collect();
    let mut out = Vec::new();
    for (at, para) in paras.iter().enumerate().skip(start) {
        let lower = para.text.to_lowercase();
        if opens_with(&lower, &words.closings).is_some() {
            break;
        }
        if is_heading(paras, at) || para.is_short_line() {
            continue;
        }
        let text = squeeze(&para.text);
        let head: String = text.chars().take(60).collect();
        let quoted = quotes.iter().any(|q| {
            let q_head: String = q.chars().take(60).collect();
            q.contains(&text) || q.contains(&head) || text.contains(q.as_str()) || text.contains(&q_head)
        });
        let summing = summaries.iter().any(|s| text.contains(&squeeze(s)));
        if quoted || summing {
            continue;
        }
        let why = passed
            .iter()
            .find(|(p, _)| para.text.ends_with(p.as_str()))
            .map_or_else(|| why_none(para, &lower, words), |(_, w)| w.clone());
        out.push((para.text.clone(), why));
    }
    out
}

/// "Finding: The record does not ...", "Assessment: The letter ...": the
/// words after a label of `labels` and its colon (which the reading may
/// have set apart already), and the label.
fn labeled<'a>(para: &'a Para, labels: &[String]) -> Option<(&'a str, &'a str)> {
    let set_apart = para.label.trim_end_matches(':').to_lowercase();
    if !set_apart.is_empty() {
        let known = labels.iter().any(|l| l.eq_ignore_ascii_case(&set_apart));
        return known.then_some((para.label.as_str(), para.text.as_str()));
    }
    let text = para.text.as_str();
    let lower = text.to_lowercase();
    let label = opens_with(&lower, labels)?;
    let rest = text.get(label.len()..)?.strip_prefix(':')?.trim_start();
    (!rest.is_empty()).then(|| (&text[..=label.len()], rest))
}

/// The paragraphs, from `start` on, with the line that marks a point
/// ("Factor 2. Availability of treatment: Not met", see
/// [`marked_verdict`]) set apart from the words under it, and a line that
/// opens with a finding's or a reason's label ("Assessment: ...", see
/// `finding_labels`) set apart from the words before it, where the reading
/// joined them into one paragraph (as a PDF's may, a quoted statement and
/// the answer to it).
fn marks_set_apart(paras: &[Para], start: usize, marked: bool, words: &Words) -> Vec<Para> {
    let labels: Vec<String> = words
        .finding_labels
        .iter()
        .chain(&words.reason_labels)
        .cloned()
        .collect();
    let mut out = Vec::with_capacity(paras.len());
    for (at, para) in paras.iter().enumerate() {
        if at < start || para.lines.len() < 2 {
            out.push(para.clone());
            continue;
        }
        cut_lines(para, 0, &mut out, |rest, k| {
            let line = rest.lines[k].trim();
            let mark = marked
                && k == 0
                && rest.lines.len() > 1
                && rest.label.is_empty()
                && mark_of(line, words).is_some();
            let labeled = k > 0
                && line.starts_with(char::is_uppercase)
                && opens_with(&line.to_lowercase(), &labels)
                    .is_some_and(|l| line.get(l.len()..).is_some_and(|r| r.starts_with(':')));
            if mark { Some(1) } else { labeled.then_some(k) }
        });
    }
    out
}

/// The paragraph cut before each line that `cut_at` names, read from line
/// `from` on; after a cut the reading starts again at `from` in what is
/// left. `cut_at(rest, k)` looks at line `k` of what is left and names the
/// line to cut before, if any.
fn cut_lines(
    para: &Para,
    from: usize,
    out: &mut Vec<Para>,
    mut cut_at: impl FnMut(&Para, usize) -> Option<usize>,
) {
    let mut rest = para.clone();
    let mut k = from;
    while k < rest.lines.len() {
        match cut_at(&rest, k).and_then(|cut| apart(&rest, cut)) {
            Some((head, tail)) => {
                out.push(head);
                rest = tail;
                k = from;
            }
            None => k += 1,
        }
    }
    out.push(rest);
}

/// "... USCIS proposes to deny the request because:" over clauses in
/// small letters, one a line, each ending in a semicolon (the last in a
/// period), with no enumerator: each clause is a point of its own, cut
/// after its semicolon. The list opens in small letters under a paragraph
/// that ends in "because:" (the evidence listed under "Evidence needed:"
/// stays in its ground); a clause is cut where a line ends in a semicolon
/// and the next opens in a small letter.
fn clauses_set_apart(paras: &[Para], start: usize) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    for (at, para) in paras.iter().enumerate() {
        let under_colon = at > 0 && paras[at - 1].text.trim_end().to_lowercase().ends_with("because:");
        let is_list = under_colon
            && para.enumerator.is_none()
            && para.text.starts_with(char::is_lowercase)
            && para.lines.iter().filter(|l| l.trim_end().ends_with(';')).count() >= 1
            && para.lines.len() >= 2;
        if at < start || !is_list {
            out.push(para.clone());
            continue;
        }
        cut_lines(para, 1, &mut out, |rest, k| {
            (rest.lines[k - 1].trim_end().ends_with(';')
                && rest.lines[k].trim_start().starts_with(char::is_lowercase))
            .then_some(k)
        });
    }
    out
}

/// The paragraph cut before its line `k`, when that line's words start a
/// word of its text: the lines before it, and the rest.
fn apart(para: &Para, k: usize) -> Option<(Para, Para)> {
    if para.enumerator.is_some() && k == 0 {
        return None;
    }
    let before = para.lines[..k]
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let from = before.len() + 1;
    let line = para.lines[k].trim();
    if !para.text.starts_with(&before) || !para.text.get(from..).is_some_and(|t| t.starts_with(line)) {
        return None;
    }
    let mut head = para.clone();
    head.text = before;
    head.lines.truncate(k);
    head.pages.retain(|p| p.0 < from);
    let mut rest = para.clone();
    rest.text = para.text[from..].to_owned();
    rest.lines.drain(..k);
    rest.marker = String::new();
    rest.enumerator = None;
    rest.label = String::new();
    rest.pages = std::iter::once((0, para.page_at(from)))
        .chain(
            para.pages
                .iter()
                .filter(|p| p.0 > from)
                .map(|p| (p.0 - from, p.1)),
        )
        .collect();
    Some((head, rest))
}

/// "Factor 2. Availability of treatment: Not met": a line that names a
/// point and marks it, after a colon, with a verdict: true for one that
/// finds for the request (a `met_verdicts` word), false for its denial
/// ("Not met", "Not shown"); None for any other paragraph.
fn marked_verdict(paras: &[Para], at: usize, words: &Words) -> Option<bool> {
    let para = &paras[at];
    if para.lines.len() != 1 || para.enumerator.is_some() || !para.label.is_empty() {
        return None;
    }
    mark_of(&para.text, words)
}

/// Whether the body, from `start` on, marks its points (see
/// [`marked_verdict`]): two lines or more mark one, at least one found
/// for the request and one against it, each opening a paragraph.
fn marks_points(paras: &[Para], start: usize, words: &Words) -> bool {
    let marks: Vec<bool> = paras[start.min(paras.len())..]
        .iter()
        .filter(|p| p.enumerator.is_none() && p.label.is_empty())
        .filter_map(|p| mark_of(p.lines.first().map_or("", |l| l.trim()), words))
        .collect();
    marks.contains(&true) && marks.contains(&false)
}

/// The verdict a line marks its point with (see [`marked_verdict`]): the
/// point in three words or more, not a question's or an answer's label.
fn mark_of(line: &str, words: &Words) -> Option<bool> {
    if line.split_whitespace().count() > 14 {
        return None;
    }
    let (point, mark) = line.rsplit_once(':')?;
    let labels = || words.question_labels.iter().chain(&words.answer_labels);
    if point.split_whitespace().count() < 3 || opens_with(&point.to_lowercase(), labels()).is_some() {
        return None;
    }
    let mark = mark.trim().trim_end_matches('.').to_lowercase();
    let point = point.trim();
    if !point.starts_with(char::is_uppercase) || point.ends_with(['.', '!', '?']) || mark.is_empty() {
        return None;
    }
    let met = |m: &str| words.met_verdicts.iter().any(|v| v.eq_ignore_ascii_case(m));
    if met(&mark) {
        return Some(true);
    }
    let denied = mark
        .split_once(' ')
        .is_some_and(|(no, m)| words.verdict_negations.iter().any(|n| n == no) && met(m));
    denied.then_some(false)
}

/// "Each factor is marked below as Met or Not met": a paragraph before
/// the first marked point (see [`marked_verdict`]) that names both its
/// marks as the lines write them tells how to read them, and is no ground.
fn names_the_marks(paras: &[Para], at: usize, words: &Words) -> bool {
    let Some(first) = (at + 1..paras.len()).find(|&k| marked_verdict(paras, k, words).is_some()) else {
        return false;
    };
    let marks: Vec<&str> = paras[first..]
        .iter()
        .enumerate()
        .filter(|(k, _)| marked_verdict(paras, first + k, words).is_some())
        .filter_map(|(_, p)| p.text.rsplit_once(':').map(|(_, m)| m.trim()))
        .collect();
    let text = &paras[at].text;
    let named = |m: &&str| find_phrase(text, m, true).is_some();
    let both = marks.iter().any(|m| !m.contains(' ') && named(m))
        && marks.iter().any(|m| m.contains(' ') && named(m));
    both && marked_verdict(paras, at, words).is_none()
}

/// Where the reading of the body stands.
struct State {
    out: Vec<Found>,
    /// The paragraphs taken as summing up the grounds before them.
    summaries: Vec<String>,
    list: List,
    /// Under a heading whose section holds no ground.
    skipped_section: bool,
    /// The marker of the numbered heading ("I. Evidence Considered") that
    /// opened the section skipped, if a numbered one did.
    skip_marker: Option<Enumerator>,
    /// The number of the list item last read.
    item: usize,
    /// The last heading read.
    heading: Option<usize>,
    /// Under sub-headings of a section of reasons ("Analysis" over
    /// "Whether ..."), each heading one ground.
    sub_headed: bool,
    /// The paragraphs read under the current sub-heading before its ground.
    under_sub: Vec<usize>,
    /// The ground of the current sub-heading, once one of its paragraphs
    /// stated a finding.
    sub_ground: Option<usize>,
    /// The ground the paragraph before gave, with that paragraph's marker:
    /// a short "Evidence to submit:" after it introduces its list.
    last_ground: Option<(usize, Option<Enumerator>)>,
    /// The ground whose introduction ("you wrote:") the paragraph before
    /// ended, that paragraph being the words it quotes.
    quoted: Option<usize>,
    /// The paragraph a section label over it has already joined to the
    /// ground before the label (see [`labels_a_request`]).
    taken: Option<usize>,
    /// The ground of a numbered item stated in one sentence over the
    /// paragraphs that give its reasons, up to the next item, and whether
    /// it is the last item (whose reasons end at boilerplate too).
    headline: Option<(usize, bool)>,
    /// An item of the current list was such a headline.
    headlines: bool,
    /// The ground of the paragraphs under a heading of their subject, and
    /// the last of them (see [`subject_section`]).
    section: Option<(usize, usize)>,
    /// The ground of a box marked on a form, whose explanation may follow
    /// in the next paragraph.
    boxed: Option<usize>,
    /// The ground that the paragraph before ended with a colon ("...
    /// Evidence needed:"), whose items may follow without a marker.
    asked: Option<usize>,
    /// On a form of questions and answers, the question last read.
    question: Option<Question>,
    /// The letter's close and the first note after it that the body
    /// cites (see [`notes_after_close`]).
    notes: Option<(usize, usize)>,
    /// The paragraphs left out as citing the notes that give their reasons.
    citing_notes: Vec<String>,
    /// Each such paragraph, with the grounds read from its sentences that
    /// cite no note (where they start and end in `out`).
    citing: Vec<(usize, usize, usize)>,
    /// The numbers of the notes after the close that those paragraphs cite.
    cited: Vec<String>,
    /// Those of them read as grounds.
    notes_read: Vec<String>,
    /// The last ground a note after the close gave: a paragraph between
    /// two notes goes on with it.
    note_ground: Option<usize>,
    /// Why paragraphs were read as no ground, by their words.
    passed: Vec<(String, String)>,
    /// The notice labels its findings (see [`State::labeled_read`]).
    labeled: bool,
    /// The notice marks its points (see [`marks_points`]).
    marked: bool,
    /// Under a point marked as found for the request ("Factor 1. ...:
    /// Met"), that line: what it heads is no ground.
    met: Option<String>,
    /// The points a table sums up ("Medical need | Yes | Nothing at this
    /// time"), each with its mark, before a discussion of each (see
    /// [`summary_points`]).
    points: Vec<Point>,
    /// Every section of the notice opens with a run-in heading, its
    /// frame's too (see [`memo_headings`]).
    memo_headings: bool,
    /// Whether two or more of the grounds open with a run-in heading and a
    /// colon (see [`colon_headings`]).
    colon_headings: bool,
}

/// A point named in a table that sums up the points ("Payment of costs |
/// No | Proof of funds"): its name, whether its mark finds it for the
/// request, and that mark as written.
#[derive(Debug, Clone)]
struct Point {
    name: String,
    met: bool,
    mark: String,
}

/// A question of a form of questions and answers, as far as it was read.
#[derive(Debug, Clone)]
struct Question {
    /// Its label ("Question 2"), or its words without one.
    label: String,
    /// It asks whether there is a concern (a `concern_words` word).
    concern: bool,
    /// Its answer, once read: whether it finds for the request, and that
    /// answer's words.
    answer: Option<(bool, String)>,
    /// The ground its discussion gave.
    ground: Option<usize>,
}

impl State {
    fn new() -> State {
        State {
            out: Vec::new(),
            summaries: Vec::new(),
            list: List::None,
            skipped_section: false,
            skip_marker: None,
            item: 0,
            last_ground: None,
            heading: None,
            sub_headed: false,
            under_sub: Vec::new(),
            sub_ground: None,
            quoted: None,
            taken: None,
            headline: None,
            headlines: false,
            section: None,
            boxed: None,
            asked: None,
            question: None,
            notes: None,
            citing_notes: Vec::new(),
            citing: Vec::new(),
            cited: Vec::new(),
            notes_read: Vec::new(),
            note_ground: None,
            passed: Vec::new(),
            labeled: false,
            marked: false,
            met: None,
            points: Vec::new(),
            memo_headings: false,
            colon_headings: false,
        }
    }

    /// The paragraphs to read, from `start` on, once it is known whether
    /// the notice marks its points or labels its findings (with marks and
    /// labels set apart from the words a reading joined them to, see
    /// [`marks_set_apart`]).
    fn layouts_found(&mut self, paras: &[Para], start: usize, words: &Words) -> Vec<Para> {
        self.marked = marks_points(paras, start, words);
        self.points = summary_points(paras, words);
        let paras = marks_set_apart(paras, start, self.marked, words);
        let labeled = paras[start..]
            .iter()
            .filter(|p| labeled(p, &words.finding_labels).is_some());
        self.labeled = labeled.count() >= 2;
        self.memo_headings = memo_headings(&paras, start, words);
        self.colon_headings = colon_headings(&paras, start, words);
        paras
    }

    /// Whether the numbered heading at `at` ends the section skipped. A
    /// heading of a second level ends it only when its own title finds
    /// something short ("B. Facts Not Established"); a neutral one ("B.
    /// The Response") goes on in it. One marked as the numbered heading
    /// that opened the section ("III. Reasons" after "II. Legal
    /// Standard") is its sibling, and ends it whatever its title.
    ///
    /// "Factors weighing against a grant:" over its items, after the
    /// factors in favor, is a section of its own, which holds the grounds:
    /// it ends the section skipped.
    fn ends_skip(&mut self, paras: &[Para], at: usize, words: &Words) -> bool {
        if self.skipped_section
            && introduces_items(paras, at)
            && !skips_section(&paras[at].text.to_lowercase(), words)
        {
            self.skipped_section = false;
        }
        let sibling = self.skip_marker.is_some() && self.skip_marker == paras[at].enumerator;
        is_list_heading(paras, at) && (sibling || is_finding(&paras[at].text, words))
    }

    /// Under a heading whose section holds no ground: the paragraph at
    /// `at` is none, and is recorded so, with that heading.
    fn skips(&mut self, paras: &[Para], at: usize) -> bool {
        if !self.skipped_section {
            return false;
        }
        let heading = self.heading.map_or("", |h| paras[h].text.as_str());
        let why = format!("under the heading \"{heading}\", whose section holds no ground");
        self.passed.push((paras[at].text.clone(), why));
        true
    }

    /// In a notice that marks its points (see [`marks_points`]): a line
    /// that marks one, and what it heads while it marks the point found
    /// for the request (up to the next mark, heading or boilerplate), and
    /// the paragraph that explains the marks, are no grounds. False for a
    /// paragraph to be read as any other.
    fn marked_read(&mut self, paras: &[Para], at: usize, lower: &str, words: &Words) -> bool {
        let para = &paras[at];
        if let Some(met) = marked_verdict(paras, at, words) {
            self.heading_read(at);
            self.met = met.then(|| para.text.clone());
            return true;
        }
        let ends_met = opens_with(lower, &words.skip).is_some()
            || boilerplate_phrase(lower, words)
            || before_instructions(&para.text, words).len() < para.text.len()
            || is_heading(paras, at);
        if ends_met {
            self.met = None;
        }
        if let Some(mark) = &self.met {
            let why = format!("under \"{mark}\", a point found for the request");
            self.passed.push((para.text.clone(), why));
            return true;
        }
        if names_the_marks(paras, at, words) {
            let why = "it explains how the points below are marked".to_owned();
            self.passed.push((para.text.clone(), why));
            return true;
        }
        false
    }

    /// In a notice that labels its findings (see `finding_labels`): a
    /// labeled finding against the request (it or the reason under it
    /// holds a word of a finding) is a ground, from the words after its
    /// label up to its response instructions, with the reason
    /// labeled on the paragraph after it ("Reason: ..."), label and all
    /// (the quote is the notice's words from the finding on). A finding
    /// that opens with a verdict for the request ("No concern.", "USCIS
    /// accepts this statement.") is none, and no other paragraph is one.
    fn labeled_read(
        &mut self,
        para: &Para,
        next: Option<&Para>,
        previous: Option<(usize, Option<Enumerator>)>,
        words: &Words,
    ) {
        if let Some((label, finding)) = labeled(para, &words.finding_labels) {
            let end = sentence_starts(finding).first().copied().unwrap_or(finding.len());
            let verdict = finding[..end].trim().trim_end_matches(['.', '!', ';']).trim_end();
            let met = words.met_verdicts.iter().any(|v| v.eq_ignore_ascii_case(verdict));
            let own = before_instructions(finding, words);
            if met || in_favor(&finding[..end], words) {
                self.passed.push((
                    para.text.clone(),
                    format!("its finding (\"{}\") is for the request", label.trim()),
                ));
                return;
            }
            // "Finding: The evidence falls short of ..." finds in words
            // of its own; the reason under it shows what is lacking.
            let reason = next
                .and_then(|p| labeled(p, &words.reason_labels))
                .map(|(_, r)| r);
            if own.is_empty() || !is_finding(own, words) && !reason.is_some_and(|r| is_finding(r, words)) {
                self.passed.push((
                    para.text.clone(),
                    "it states no finding against the request".to_owned(),
                ));
                return;
            }
            let how = format!("the finding labeled \"{}\"", label.trim().trim_end_matches(':'));
            push(&mut self.out, para, own, how);
            if own.len() == finding.len() {
                self.last_ground = Some((self.out.len() - 1, None));
            }
            return;
        }
        if let Some((label, reason)) = labeled(para, &words.reason_labels) {
            let Some((i, _)) = previous else {
                let why = "it gives the reason for a finding that is no ground".to_owned();
                self.passed.push((para.text.clone(), why));
                return;
            };
            // The label set apart by the reading is the notice's words
            // inside the ground, and stays in its quote.
            let label = if para.label.is_empty() { "" } else { label };
            let own = before_instructions(&para.text, words);
            if !own.is_empty() {
                let ground = &mut self.out[i];
                ground.quote.push(' ');
                if !label.is_empty() {
                    ground.quote.push_str(label);
                    ground.quote.push(' ');
                }
                ground.quote.push_str(own);
                ground.last_page = para.page_at(own.len().saturating_sub(1));
            }
            if own.len() == para.text.len() && own.len() >= reason.len() {
                self.last_ground = Some((i, None));
            }
            return;
        }
        let why = "the notice labels its findings, and this paragraph is none".to_owned();
        self.passed.push((para.text.clone(), why));
    }

    /// "What is needed:" right after a finding, over what it asks for
    /// (see [`labels_a_request`]): the label and the request are that
    /// ground's, and the request is read no further.
    fn label_read(
        &mut self,
        paras: &[Para],
        at: usize,
        lower: &str,
        previous: Option<(usize, Option<Enumerator>)>,
        words: &Words,
    ) -> bool {
        if self.taken.take() == Some(at) {
            self.last_ground = previous;
            return true;
        }
        let Some((i, _)) = previous.filter(|_| labels_a_request(paras, at, lower, words)) else {
            return false;
        };
        extend(&mut self.out[i], &paras[at]);
        extend(&mut self.out[i], &paras[at + 1]);
        self.last_ground = Some((i, None));
        self.taken = Some(at + 1);
        true
    }

    /// A paragraph of a layout read by a rule of its own: a request under a
    /// section label after a finding, labeled findings,
    /// points marked met or not, a form of questions and answers, a table
    /// read out as text, a dated history, a form of boxes, what was received.
    fn layout_read(
        &mut self,
        paras: &[Para],
        at: usize,
        lower: &str,
        previous: Option<(usize, Option<Enumerator>)>,
        words: &Words,
    ) -> bool {
        if self.label_read(paras, at, lower, previous, words) {
            return true;
        }
        if self.labeled {
            self.labeled_read(&paras[at], paras.get(at + 1), previous, words);
            return true;
        }
        self.marked && self.marked_read(paras, at, lower, words)
            || self.point_read(paras, at, words)
            || self.question_read(paras, at, lower, words)
            || self.table_row(&paras[at], words)
            || self.dated_entry(&paras[at], words)
            || self.box_read(paras, at, lower, previous, words)
            || self.received_read(paras, at, words)
    }

    /// After a table that sums up the points (see [`summary_points`]): its
    /// rows are no grounds; a paragraph that opens with a point's name as
    /// a run-in label ("Payment of costs. The hospital's estimate ...")
    /// discusses it, and is a ground, without the label (which counts
    /// toward its category), up to the response instructions, unless the
    /// table marks the point found for the request ("Yes"). False for a
    /// paragraph of any other kind.
    fn point_read(&mut self, paras: &[Para], at: usize, words: &Words) -> bool {
        if self.points.is_empty() {
            return false;
        }
        let para = &paras[at];
        if para.lines.iter().all(|l| summary_row(l, words).is_some()) {
            let why =
                "it is a row of the table that sums up the points; each point's discussion is read instead";
            self.passed.push((para.text.clone(), why.to_owned()));
            return true;
        }
        let Some((point, discussion)) = self.points.iter().find_map(|p| {
            let rest = run_in_label(&para.text, &p.name)?;
            Some((p.clone(), rest))
        }) else {
            return false;
        };
        let own = before_instructions(discussion, words);
        // A point the table marks as shown whose discussion still finds the
        // record short ("However, the record does not establish ...") is a
        // ground all the same, flagged.
        let finds = !own.is_empty() && finds_despite_mark(own, words);
        if point.met && !finds {
            let why = format!(
                "the table marks its point, \"{}\", \"{}\": found for the request",
                point.name, point.mark
            );
            self.passed.push((para.text.clone(), why));
            return true;
        }
        if own.is_empty() || all_boilerplate(own, words) {
            let why = "its discussion is the standard or boilerplate".to_owned();
            self.passed.push((para.text.clone(), why));
            return true;
        }
        let how = if point.met {
            format!(
                "the discussion of the point \"{}\", which the table marks \"{}\" but which finds the record short: check it",
                point.name, point.mark
            )
        } else {
            format!(
                "the discussion of the point \"{}\", marked \"{}\" in the table",
                point.name, point.mark
            )
        };
        push(&mut self.out, para, own, how);
        let i = self.out.len() - 1;
        self.out[i].subject = Some(point.name.clone());
        self.last_ground = Some((i, None));
        self.list = List::None;
        true
    }

    /// On a form of questions and answers: the question ("Question 2: Has
    /// ...?") and its answer ("Answer: No.") are no grounds; the discussion
    /// under an answer against the request is one, up to the next question,
    /// the response instructions or a paragraph about the questions
    /// themselves ("Please answer every question marked No"), none of
    /// which is a ground either; the discussion under an answer for it
    /// ("Yes.") is none.
    fn question_read(&mut self, paras: &[Para], at: usize, lower: &str, words: &Words) -> bool {
        let para = &paras[at];
        if let Some((question, answer)) = question_of(paras, at, words) {
            let concern = has_any(&question.to_lowercase(), &words.concern_words);
            let label = question_label(&question, words).unwrap_or(&question).to_owned();
            let mut q = Question {
                label,
                concern,
                answer: None,
                ground: None,
            };
            if let Some((answer, discussion)) = answer {
                q.answer = Some((answers_for(answer, concern, words), answer.to_owned()));
                self.question = Some(q);
                if !discussion.is_empty() {
                    self.discussion(para, discussion, words);
                }
            } else {
                self.question = Some(q);
            }
            self.list = List::None;
            return true;
        }
        let Some(q) = self.question.as_mut() else {
            return false;
        };
        if q.answer.is_none() {
            if let Some((answer, discussion)) = answer_of(&para.text, words) {
                q.answer = Some((answers_for(answer, q.concern, words), answer.to_owned()));
                if !discussion.is_empty() {
                    self.discussion(para, discussion, words);
                }
                return true;
            }
            // A question with no answer under it: the form ends.
            self.question = None;
            return false;
        }
        let about_questions = words
            .question_labels
            .iter()
            .any(|l| find_phrase(lower, &l.to_lowercase(), true).is_some());
        let ends = about_questions
            || para.enumerator.is_some()
            || is_heading(paras, at)
            || opens_with(lower, &words.skip).is_some()
            || boilerplate_phrase(lower, words)
            || before_instructions(&para.text, words).is_empty();
        if ends {
            self.question = None;
            return about_questions;
        }
        self.discussion(para, &para.text, words);
        true
    }

    /// A paragraph (or what follows the answer in it) of the discussion
    /// of the question read: against the request, its ground or more of
    /// it, up to its response instructions.
    fn discussion(&mut self, para: &Para, text: &str, words: &Words) {
        let Some(q) = self.question.as_mut() else {
            return;
        };
        let Some((false, answer)) = &q.answer else {
            return;
        };
        let own = before_instructions(text, words);
        if own.is_empty() {
            self.question = None;
            return;
        }
        match q.ground {
            Some(i) if own.len() == para.text.len() => extend(&mut self.out[i], para),
            Some(_) => {}
            None => {
                let how = format!("the discussion of {}, answered \"{answer}\"", q.label);
                push(&mut self.out, para, own, how);
                let i = self.out.len() - 1;
                q.ground = Some(i);
                self.last_ground = Some((i, None));
            }
        }
        if own.len() < text.len() {
            self.question = None;
        }
    }

    /// A row of a table read out as text ("Credibility | The statement
    /// ..."): its discussion, without the row's label, is a ground when it
    /// states a finding, unless it opens with a verdict for the request
    /// ("Met.", "Not in dispute."); the label counts toward its category.
    /// False for a paragraph that is no such row.
    fn table_row(&mut self, para: &Para, words: &Words) -> bool {
        let Some((label, discussion)) = table_row(&para.text, words) else {
            return false;
        };
        if opens_with_verdict_for(discussion, words) {
            return true;
        }
        let own = before_instructions(discussion, words);
        if own.is_empty() || !is_finding(own, words) || all_boilerplate(own, words) {
            return true;
        }
        push(
            &mut self.out,
            para,
            own,
            format!("the row \"{label}\" of a table"),
        );
        let i = self.out.len() - 1;
        self.out[i].subject = Some(label.to_owned());
        self.last_ground = Some((i, None));
        self.list = List::None;
        true
    }

    /// An entry of a dated history of the case ("October 3, 2026: USCIS
    /// received a letter from ... The letter states that ... It does not
    /// say ..."): the date, the sentence that opens it (what was received
    /// or done) and those after it that report what someone else says are
    /// the record; the ground, if any, runs from the first sentence of the
    /// agency's own. An entry with no finding of the agency's own (the
    /// filing received, the file reviewed) gives none. False for a
    /// paragraph that is no such entry.
    fn dated_entry(&mut self, para: &Para, words: &Words) -> bool {
        let Some(from) = entry_start(&para.text) else {
            return false;
        };
        let entry = &para.text[from..];
        let mut bounds = vec![0];
        bounds.extend(sentence_starts(entry));
        let own = bounds.iter().enumerate().find(|&(k, &start)| {
            let end = bounds.get(k + 1).copied().unwrap_or(entry.len());
            let sentence = &entry[start..end];
            is_finding(sentence, words) || k > 0 && !has_any(&sentence.to_lowercase(), &words.reported)
        });
        let Some((_, &start)) = own else {
            return true;
        };
        let text = before_instructions(&entry[start..], words);
        let lower = text.to_lowercase();
        if text.is_empty()
            || !is_finding(text, words)
            || all_boilerplate(text, words)
            || has_any(&lower, &words.operative)
        {
            return true;
        }
        let date = para.text[..from]
            .trim_end()
            .trim_end_matches([':', '-', '\u{2013}'])
            .trim_end();
        push(
            &mut self.out,
            para,
            text,
            format!("the entry of {date} in the case's history"),
        );
        self.last_ground = Some((self.out.len() - 1, None));
        self.list = List::None;
        true
    }

    /// On a form of boxes: an empty box ("[ ] The financial support is
    /// insufficient."), a reason the form prints and the officer did not
    /// mark, is no ground; the paragraph right after a marked one explains
    /// it and is added to its ground.
    fn box_read(
        &mut self,
        paras: &[Para],
        at: usize,
        lower: &str,
        previous: Option<(usize, Option<Enumerator>)>,
        words: &Words,
    ) -> bool {
        let boxed = self.boxed.take();
        if is_unmarked_box(&paras[at].text) {
            return true;
        }
        if let Some(i) = boxed
            && explains_box(paras, at, lower, words)
        {
            extend(&mut self.out[i], &paras[at]);
            self.last_ground = previous;
            return true;
        }
        false
    }

    /// "Evidence needed: ..." after its ground: what the ground asks for,
    /// added to it.
    fn request_read(
        &mut self,
        para: &Para,
        lower: &str,
        previous: Option<(usize, Option<Enumerator>)>,
        words: &Words,
    ) -> bool {
        let Some((i, _)) = previous else {
            return false;
        };
        if para.enumerator.is_some() || opens_with(lower, &words.requests).is_none() {
            return false;
        }
        extend(&mut self.out[i], para);
        self.last_ground = Some((i, None));
        if para.text.ends_with(':') {
            self.list = List::Owned(i, None);
            self.asked = Some(i);
        }
        true
    }

    /// "Evidence needed:" (ending the ground or standing alone after it)
    /// over "a current letter ...; the reports of ...": items without a
    /// marker, known by their opening in lower case, which go on with
    /// what the colon introduced and belong to that ground.
    fn items_read(&mut self, para: &Para, previous: Option<(usize, Option<Enumerator>)>) -> bool {
        let Some(i) = self.asked.take() else {
            return false;
        };
        let continues = para.enumerator.is_none()
            && para.text.starts_with(|c: char| c.is_lowercase())
            && previous.is_some_and(|(p, _)| p == i);
        if continues {
            extend(&mut self.out[i], para);
            self.last_ground = Some((i, None));
        }
        continues
    }

    /// The paragraph at `at` right after a line that introduces what was
    /// received (see [`received_under`]): no ground, recorded so.
    fn received_read(&mut self, paras: &[Para], at: usize, words: &Words) -> bool {
        if !received_under(paras, at, words) {
            return false;
        }
        let why = format!("it is what was received, under \"{}\"", paras[at - 1].text);
        self.passed.push((paras[at].text.clone(), why));
        true
    }

    /// A paragraph that recites the request and then only states the
    /// decision (see [`recites_then_decides`]): no ground, recorded so.
    fn recital_read(&mut self, para: &Para, text: &str, words: &Words) -> bool {
        if !recites_then_decides(text, words) {
            return false;
        }
        let why = "it recites the request and states the decision, with no reason".to_owned();
        self.passed.push((para.text.clone(), why));
        true
    }

    /// A paragraph that states a finding (`text`, its reasons): its grounds,
    /// as inline items, a section on its heading's subject, or a paragraph.
    /// In a memo whose sections all open with a run-in heading (see
    /// [`memo_headings`]), the heading titles the section: it is no part
    /// of the quote, and counts toward the category, unless it states a
    /// finding itself.
    fn finding_read(
        &mut self,
        paras: &[Para],
        at: usize,
        text: &str,
        intro: bool,
        words: &Words,
        cues: &Cues,
    ) {
        let para = &paras[at];
        // "Insufficient proof of funds. The Form I-134 ...": a heading that
        // itself states a finding is part of the ground, and stays.
        let heading = run_in_heading(text, words)
            .filter(|(head, _)| self.memo_headings && para.enumerator.is_none() && !is_finding(head, words))
            .or_else(|| {
                colon_heading(text, words).filter(|_| self.colon_headings && para.enumerator.is_none())
            });
        let (text, subject) = match heading {
            Some((head, rest)) => (rest, Some(head)),
            None => (text, None),
        };
        let first = self.out.len();
        if !self.inline_items(para, text, words) && !self.section_read(paras, at, words, cues) {
            self.paragraph_read(paras, at, text, intro, words, cues);
        }
        if let Some(head) = subject {
            for found in &mut self.out[first..] {
                found.subject.get_or_insert_with(|| head.to_owned());
                let how = format!(", without its run-in heading \"{head}.\"");
                found.how.push_str(&how);
            }
        }
    }

    /// A paragraph of the section read as one ground: added to it.
    fn in_section(&mut self, at: usize, para: &Para) -> bool {
        let Some((i, _)) = self.section.filter(|&(_, end)| at <= end) else {
            return false;
        };
        extend(&mut self.out[i], para);
        self.last_ground = Some((i, None));
        true
    }

    /// The paragraph at `at` opens a section of paragraphs on the subject
    /// of its heading, read as one ground (see [`subject_section`]).
    fn section_read(&mut self, paras: &[Para], at: usize, words: &Words, cues: &Cues) -> bool {
        let Some(end) = subject_section(paras, at, self.heading, words, cues) else {
            return false;
        };
        let para = &paras[at];
        let how = "the paragraphs under a heading of their subject".to_owned();
        push(&mut self.out, para, &para.text, how);
        self.section = Some((self.out.len() - 1, end));
        self.last_ground = Some((self.out.len() - 1, None));
        true
    }

    /// A heading at `at` ends the sub-heading's ground, the list and the
    /// numbered item read before it.
    fn heading_read(&mut self, at: usize) {
        self.under_sub.clear();
        self.sub_ground = None;
        self.list = List::None;
        self.heading = Some(at);
        self.headline = None;
        self.headlines = false;
        self.section = None;
    }

    /// "In your statement you wrote:" ending a ground, over the words it
    /// quotes, and "This statement shows ..." after them: all one ground.
    /// So too "1. ... Evidence may include:" over a paragraph without a
    /// marker that states no finding ("A current letter ..."): what the
    /// item's colon introduces.
    fn quotation(
        &mut self,
        para: &Para,
        lower: &str,
        previous: Option<(usize, Option<Enumerator>)>,
        words: &Words,
    ) -> bool {
        let quoted = self.quoted.take();
        let Some((i, marker)) = previous else {
            return false;
        };
        let introduced = self.out[i].quote.ends_with(':');
        if marker.is_some() {
            let named = introduced
                && para.enumerator.is_none()
                && !para.text.ends_with(':')
                && !is_finding(&para.text, words)
                && opens_with(lower, &words.skip).is_none()
                && !boilerplate_phrase(lower, words);
            if named {
                extend(&mut self.out[i], para);
                self.last_ground = previous;
            }
            return named;
        }
        let goes_on = para.enumerator.is_none()
            && (introduced && !para.text.ends_with(':') || quoted == Some(i) && refers_back(lower, words));
        if !goes_on {
            return false;
        }
        if introduced {
            self.quoted = Some(i);
        }
        extend(&mut self.out[i], para);
        self.last_ground = Some((i, None));
        true
    }

    /// The grounds of a paragraph that numbers its reasons inline, if it does.
    fn inline_items(&mut self, para: &Para, text: &str, words: &Words) -> bool {
        let items = inline_items(text, words);
        for (n, &(from, to)) in items.iter().enumerate() {
            let how = format!("item ({}) numbered inline in a paragraph", n + 1);
            push(&mut self.out, para, &text[from..to], how);
        }
        if !items.is_empty() {
            self.last_ground = Some((self.out.len() - 1, None));
        }
        !items.is_empty()
    }

    /// A paragraph under a sub-heading: the ground is every paragraph under
    /// it, from the first, once one states a finding. False for a paragraph
    /// alone under its sub-heading, which is read as any other.
    fn under_sub_heading(&mut self, paras: &[Para], at: usize, text: &str, words: &Words) -> bool {
        if let Some(i) = self.sub_ground {
            extend(&mut self.out[i], &paras[at]);
            return true;
        }
        let alone = self.under_sub.is_empty()
            && paras.get(at + 1).is_none_or(|next| {
                is_heading(paras, at + 1) || opens_with(&next.text.to_lowercase(), &words.closings).is_some()
            });
        if alone {
            return false;
        }
        self.under_sub.push(at);
        if !is_finding(text, words) {
            return true;
        }
        let first = self.under_sub[0];
        let quote = if first == at {
            text
        } else {
            paras[first].text.as_str()
        };
        push(
            &mut self.out,
            &paras[first],
            quote,
            "the paragraphs under a sub-heading".to_owned(),
        );
        let i = self.out.len() - 1;
        if let Some(h) = self.heading {
            self.out[i].subject = Some(paras[h].text.clone());
        }
        for &p in &self.under_sub[1..] {
            extend(&mut self.out[i], &paras[p]);
        }
        self.under_sub.clear();
        self.sub_ground = Some(i);
        self.last_ground = Some((i, None));
        true
    }

    /// A paragraph under an item that states its finding in one sentence
    /// ("1. The record does not establish ..." over two paragraphs of
    /// reasons): part of the item's ground, unless it introduces a list of
    /// its own or, after the last item, gives the response instructions or
    /// is boilerplate ("For these reasons, ...").
    fn under_headline(&mut self, paras: &[Para], at: usize, lower: &str, words: &Words) -> bool {
        let Some((i, last)) = self.headline else {
            return false;
        };
        let para = &paras[at];
        let introduces =
            para.text.ends_with(':') && paras.get(at + 1).is_some_and(|p| p.enumerator.is_some());
        let boilerplate = opens_with(lower, &words.skip).is_some()
            || boilerplate_phrase(lower, words)
            || before_instructions(&para.text, words).len() < para.text.len();
        if introduces || last && boilerplate {
            self.headline = None;
            return false;
        }
        extend(&mut self.out[i], para);
        self.last_ground = Some((i, None));
        true
    }

    /// A paragraph (no list item) whose reasons `text` state a finding,
    /// read as one ground or more; one whose reasons hold no word of a
    /// finding after it finds the response short (see [`reasons_unsure`])
    /// is kept, the summary saying to check it.
    fn paragraph_read(
        &mut self,
        paras: &[Para],
        at: usize,
        text: &str,
        intro: bool,
        words: &Words,
        cues: &Cues,
    ) {
        let para = &paras[at];
        if let Some(exhibit) = exhibit_weighed_later(paras, at, words) {
            let why = format!(
                "it reviews {exhibit}, which the finding after it weighs: that finding is the ground"
            );
            self.passed.push((para.text.clone(), why));
            return;
        }
        // The one paragraph under a sub-heading of the reasons ("Consent
        // of the Second Parent" under "Discussion") is that heading's one
        // ground, and the heading counts toward its category.
        let sub_heading = self.heading.filter(|&h| {
            self.sub_headed
                && h + 1 == at
                && paras.get(at + 1).is_none_or(|next| {
                    is_heading(paras, at + 1)
                        || opens_with(&next.text.to_lowercase(), &words.closings).is_some()
                })
        });
        let cut = !sole_under_subject(paras, at, self.heading, words, cues) && sub_heading.is_none();
        let facts = facts_under_heading(paras, at, self.heading, words, cues);
        let out = &mut self.out;
        let first = out.len();
        split(out, para, text, "a paragraph", cut, words, cues);
        if let Some(h) = sub_heading {
            for found in &mut out[first..] {
                found.subject.get_or_insert_with(|| paras[h].text.clone());
            }
        }
        if let Some(from) = facts
            && let Some(ground) = out.get_mut(first)
            && para.text.starts_with(ground.quote.as_str())
        {
            // The facts under the heading, before the page (or paragraph)
            // that states the finding on them: one ground.
            let lead: Vec<&str> = paras[from..at].iter().map(|p| p.text.as_str()).collect();
            ground.quote = format!("{} {}", lead.join(" "), ground.quote);
            ground.first_page = paras[from].first_page();
            ground
                .how
                .push_str(", with the facts stated before it under its heading");
        }
        if reasons_unsure(text, words) {
            for f in &mut out[first..] {
                f.how.push_str(
                    ", kept though after finding the response short it gives reasons with no word of a finding: check it is a ground",
                );
            }
        }
        if out.len() > first {
            self.last_ground = Some((out.len() - 1, None));
            if text.ends_with(':') {
                self.asked = Some(out.len() - 1);
            }
            if intro || leads_bullets(paras, at, text) {
                self.list = List::Owned(out.len() - 1, None);
            }
        }
    }

    /// Where the letter's close and the notes after it that the body cites
    /// are (see [`notes_after_close`]), and the numbers of those notes.
    fn notes_found(&mut self, paras: &[Para], start: usize, words: &Words) {
        self.notes = notes_after_close(paras, start, words);
        if let Some((close, _)) = self.notes {
            self.cited = (start..close)
                .filter(|&at| cites_its_notes(paras, at, words))
                .flat_map(|at| note_markers(&paras[at].text))
                .collect();
        }
    }

    /// From the letter's close on, in a notice with notes after it: true
    /// for a paragraph read (see [`State::note_read`]) or skipped (see
    /// [`State::before_notes`]), false where the reading ends. None before
    /// the close, or without such notes.
    fn after_close(&mut self, paras: &[Para], at: usize, words: &Words, cues: &Cues) -> Option<bool> {
        if self.before_notes(at) {
            return Some(true);
        }
        self.note_read(paras, at, words, cues)
    }

    /// A paragraph that finds the response short as a whole and then
    /// states only the decision, the standard or boilerplate (see
    /// [`opens_short_then_concludes`]): recorded as a conclusion.
    fn conclusion_passed(&mut self, para: &Para, words: &Words) {
        if opens_short_then_concludes(&para.text, words) {
            let why = "it finds the response short as a whole and then only states the decision, \
                       the standard or boilerplate: a conclusion, no ground";
            self.passed.push((para.text.clone(), why.to_owned()));
        }
    }

    /// Whether the paragraph at `at` is the close, the signature or the
    /// notes' heading, up to the notes the body cites, which are read on
    /// after them: none of these is read.
    fn before_notes(&mut self, at: usize) -> bool {
        let Some((close, first_note)) = self.notes else {
            return false;
        };
        if at == close {
            // The notes are read afresh: no list, heading or section of the
            // body's goes on into them.
            *self = State {
                out: std::mem::take(&mut self.out),
                summaries: std::mem::take(&mut self.summaries),
                citing_notes: std::mem::take(&mut self.citing_notes),
                citing: std::mem::take(&mut self.citing),
                cited: std::mem::take(&mut self.cited),
                passed: std::mem::take(&mut self.passed),
                notes: self.notes,
                ..State::new()
            };
        }
        (close..first_note).contains(&at)
    }

    /// A paragraph that cites the notes that give its reasons (see
    /// [`cites_its_notes`]): the notes are the grounds, and a finding of
    /// the paragraph's that cites no note is one of its own.
    fn citing_read(&mut self, paras: &[Para], at: usize, words: &Words, cues: &Cues) -> bool {
        if !cites_its_notes(paras, at, words) {
            return false;
        }
        let para = &paras[at];
        self.citing_notes.push(para.text.clone());
        let first = self.out.len();
        for run in unmarked_findings(&para.text, words) {
            split(
                &mut self.out,
                para,
                run,
                "a sentence citing no note, in a paragraph whose other sentences cite the notes",
                true,
                words,
                cues,
            );
        }
        self.citing.push((at, first, self.out.len()));
        true
    }

    /// After the close, from the first note the body cites: each note the
    /// body cites is a ground, whatever its form ("[1] No surgeon named in
    /// the file" is no heading); a note it does not cite is read as any
    /// list item, and said to be uncited; a paragraph between two notes
    /// goes on with the note before it. The first paragraph after the
    /// last note ends the reading (false): what follows the notes ("This
    /// notice does not grant any status") is no ground. None before the
    /// notes, or in a notice without them.
    fn note_read(&mut self, paras: &[Para], at: usize, words: &Words, cues: &Cues) -> Option<bool> {
        let (_, first_note) = self.notes?;
        if at < first_note {
            return None;
        }
        let para = &paras[at];
        match note_number(para) {
            Some(n) if self.cited.contains(&n) => {
                let first = self.out.len();
                let how = format!("note {n}, after the signature, which the body cites");
                let text = note_text(para);
                split(&mut self.out, para, text, &how, true, words, cues);
                if self.out.len() == first {
                    push(&mut self.out, para, text, how);
                }
                self.notes_read.push(n);
                self.note_ground = Some(self.out.len() - 1);
            }
            Some(n) => {
                let first = self.out.len();
                let how = format!("note {n}, after the signature, which the body does not cite");
                if para.enumerator.is_some() {
                    self.list = List::None;
                    self.list_item(paras, at, words, cues);
                } else if is_finding(note_text(para), words) {
                    split(&mut self.out, para, note_text(para), &how, true, words, cues);
                }
                for f in &mut self.out[first..] {
                    f.how.clone_from(&how);
                }
                self.note_ground = (self.out.len() > first).then(|| self.out.len() - 1);
            }
            None => {
                // After the last note, a paragraph ends the reading unless
                // it runs on with that note (see [`goes_on_with_note`]).
                let more_notes = paras[at + 1..].iter().any(|p| note_number(p).is_some());
                let goes_on = self
                    .note_ground
                    .is_some_and(|i| goes_on_with_note(&self.out[i].quote, para, words, cues));
                if !more_notes && !goes_on {
                    return Some(false);
                }
                if let Some(i) = self.note_ground {
                    extend(&mut self.out[i], para);
                }
            }
        }
        Some(true)
    }

    /// A paragraph citing notes of which one or more gave no ground: its
    /// reasons would be lost, so it is kept whole as a ground, in the
    /// place of the grounds read from its sentences that cite no note, and
    /// the summary no longer says its notes are read as the grounds.
    fn keep_citing_unread(&mut self, paras: &[Para], words: &Words, cues: &Cues) {
        if self.notes.is_none() {
            return;
        }
        for &(at, from, to) in self.citing.iter().rev() {
            let para = &paras[at];
            let unread = note_markers(&para.text)
                .iter()
                .any(|n| !self.notes_read.iter().any(|r| r == n));
            if !unread {
                continue;
            }
            let mut whole = Vec::new();
            let how = "a paragraph citing notes, kept whole as a note it cites gave no ground";
            split(&mut whole, para, &para.text, how, true, words, cues);
            if whole.is_empty() {
                push(&mut whole, para, &para.text, how.to_owned());
            }
            self.out.splice(from..to, whole);
            self.citing_notes.retain(|t| *t != para.text);
        }
    }

    /// A numbered, lettered or bulleted paragraph.
    fn list_item(&mut self, paras: &[Para], at: usize, words: &Words, cues: &Cues) {
        self.headline = None;
        let para = &paras[at];
        if let List::Owned(i, marker) = self.list
            && marker != para.enumerator
            && !is_list_heading(paras, at)
        {
            // An item marked like its owner is the owner's sibling, not its part.
            extend(&mut self.out[i], para);
            return;
        }
        if self.list == List::Submitted {
            return;
        }
        if is_list_heading(paras, at) {
            // "A. Urgency" over items "1." "2.": a heading of a second level.
            self.skipped_section = skips_section(&para.text.to_lowercase(), words);
            self.skip_marker = self.skipped_section.then_some(para.enumerator).flatten();
            if self.list != List::Grounds {
                self.list = List::None;
            }
            // "III. DISCUSSION" over sub-headings: the reasons' heading,
            // whose sub-headings each head one ground.
            if opens_with(&para.text.to_lowercase(), &words.grounds_headings).is_some()
                && is_heading(paras, at + 1)
            {
                self.heading = Some(at);
                self.sub_headed = false;
            }
            return;
        }
        let headline = is_headline(paras, at, self.headlines, words);
        // An item after one read as a headline is a ground as it was.
        let listed =
            matches!(self.list, List::Grounds | List::Owned(..)) || headline.is_some() && self.headlines;
        // Numbered paragraphs are read as paragraphs are: the legal
        // standard or the instructions may be numbered too. In a list of
        // grounds, an item needs no word of a finding.
        let text = before_instructions(&para.text, words);
        let lower = text.to_lowercase();
        // In a list of grounds an item is boilerplate only when each of its
        // sentences is: "2. Under section 212(d)(5), parole is for urgent
        // reasons only. The record does not show ..." cites its rule, and
        // "2. The letter is unsigned. A signed one may come from another
        // source." tells how to answer, each after or before its reasons.
        let boilerplate = (opens_with(&lower, &words.skip).is_some() || boilerplate_phrase(&lower, words))
            && (!listed || all_boilerplate(text, words))
            && facts_after_boilerplate(text, words).is_none()
            && !rule_then_this_case(text, words)
            && rule_applied_here(text, words).is_none();
        // "(d) ... and the file is silent on lodging": a silence found is
        // a finding, in an item as in a paragraph.
        if text.is_empty()
            || boilerplate
            || !listed && !is_finding(text, words) && !finds_silence(text, words)
        {
            return;
        }
        self.item += 1;
        let how = format!("{} {} of a list", enumerator_name(para.enumerator), self.item);
        let owns = text.ends_with(':');
        if owns {
            push(&mut self.out, para, text, how);
        } else {
            split(&mut self.out, para, text, &how, true, words, cues);
        }
        let last = self.out.len() - 1;
        self.last_ground = Some((last, para.enumerator));
        if is_marked_box(&para.marker) {
            self.boxed = Some(last);
        }
        if !owns && let Some(is_last) = headline {
            self.headline = Some((last, is_last));
            self.headlines = true;
        }
        self.list = if owns {
            List::Owned(last, para.enumerator)
        } else if listed {
            List::Grounds
        } else {
            List::None
        };
    }
}

/// "Sponsor's Means" over "The institute estimates $187,000 ... You
/// reported income of ..." and then (perhaps on the next page) "You did
/// not submit bank records ..., so USCIS cannot find that the cost would
/// be met.": under a heading that names a subject (its cues score), not
/// one that opens the reasons, the paragraphs before the first that
/// states a finding, each stating facts alone (no finding, no list item,
/// neither the standard nor boilerplate, nor what the record holds: an
/// exhibit offered, the earlier notice recited, the response reported),
/// are the facts that finding rests on and part of its ground. Where they
/// start, or None.
fn facts_under_heading(
    paras: &[Para],
    at: usize,
    heading: Option<usize>,
    words: &Words,
    cues: &Cues,
) -> Option<usize> {
    let h = heading.filter(|&h| h + 1 < at)?;
    let title = paras[h].text.to_lowercase();
    if opens_with(&title, &words.grounds_headings).is_some() || choose(&paras[h].text, cues, "").score == 0 {
        return None;
    }
    let facts = (h + 1..at).all(|k| {
        let p = &paras[k];
        let lower = p.text.to_lowercase();
        p.enumerator.is_none()
            && p.label.is_empty()
            && exhibit_named_first(&p.text, words).is_none()
            && opens_with(&lower, &words.recitals).is_none()
            && opens_with(&lower, &words.responses).is_none()
            && !is_heading(paras, k)
            && !p.is_short_line()
            && reasons_of(&p.text, &lower, words).is_some_and(|t| t.len() == p.text.len())
            && !is_finding(&p.text, words)
            && !finds_silence(&p.text, words)
    });
    facts.then_some(h + 1)
}

/// "Exhibit B, a list of transplant centers in Portugal, contains no
/// information about Ms. Lopes." over "Neither Exhibit A nor Exhibit B
/// says whether ..., so this point is not overcome.": a paragraph that
/// opens by naming an exhibit (see [`opens_with_exhibit`]) is the record
/// reviewed, not a ground, when a later paragraph under the same heading
/// (up to the next heading or the close), no exhibit's line itself, names
/// that exhibit again and states a finding: that one weighs it. The
/// exhibit's name ("Exhibit B"), or None.
fn exhibit_weighed_later(paras: &[Para], at: usize, words: &Words) -> Option<String> {
    let para = &paras[at];
    if para.enumerator.is_some() || !opens_with_exhibit(&para.text, words) {
        return None;
    }
    let name = exhibit_named_first(&para.text, words)?;
    let lower = name.to_lowercase();
    let weighed = paras[at + 1..]
        .iter()
        .enumerate()
        .take_while(|(k, p)| {
            !is_heading(paras, at + 1 + k) && opens_with(&p.text.to_lowercase(), &words.closings).is_none()
        })
        .any(|(_, p)| {
            exhibit_named_first(&p.text, words).is_none()
                && find_phrase(&p.text.to_lowercase(), &lower, true).is_some()
                && is_finding(&p.text, words)
        });
    weighed.then(|| name.to_owned())
}

/// "Exhibit B" in "Exhibit B, a list ..." or "Exhibit C is a letter
/// ...": an `exhibit_labels` word and a number or a letter that open the
/// text, as a whole word.
fn exhibit_named_first<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let lower = text.to_lowercase();
    let label = opens_with(&lower, &words.exhibit_labels)?;
    let rest = lower.get(label.len()..)?.strip_prefix(' ')?;
    let id: String = rest.chars().take_while(char::is_ascii_alphanumeric).collect();
    let numbered = !id.is_empty() && id.len() <= 3 && id.bytes().all(|b| b.is_ascii_digit());
    let lettered = id.len() == 1 && id.bytes().all(|b| b.is_ascii_alphabetic());
    (numbered || lettered)
        .then(|| text.get(..label.len() + 1 + id.len()))
        .flatten()
}

/// "Medical need | Yes | Nothing at this time", "Payment of costs | No |
/// Proof of funds": a table of three cells or more a row, read out as
/// text, that sums up the points: each row's first cell names a point,
/// and a later cell marks it (see [`cell_mark`]). The points, when two
/// rows or more mark theirs; none otherwise.
fn summary_points(paras: &[Para], words: &Words) -> Vec<Point> {
    let points: Vec<Point> = paras
        .iter()
        .flat_map(|p| &p.lines)
        .filter_map(|l| {
            let (name, mark) = summary_row(l, words)?;
            let (met, mark) = mark?;
            Some(Point {
                name: name.to_owned(),
                met,
                mark: mark.to_owned(),
            })
        })
        .collect();
    if points.len() >= 2 { points } else { Vec::new() }
}

/// A row of a table of three cells or more (see [`summary_points`]): its
/// first cell, a few words starting with a capital and no end punctuation
/// (the point's name, or the heading's first word), and the mark of the
/// first later cell that marks it, if any, with whether it finds the point
/// for the request.
fn summary_row<'a>(line: &'a str, words: &Words) -> Option<(&'a str, Option<(bool, &'a str)>)> {
    let cells: Vec<&str> = words
        .cell_separators
        .iter()
        .map(|s| line.split(&format!(" {s} ")).map(str::trim).collect::<Vec<_>>())
        .find(|cells| cells.len() >= 3)?;
    let name = cells[0];
    let is_name = name.starts_with(char::is_uppercase)
        && name.split_whitespace().count() <= 8
        && !name.ends_with(['.', ':', ';', ',', '?', '!']);
    if !is_name || cells.iter().any(|c| c.is_empty()) {
        return None;
    }
    let mark = cells[1..]
        .iter()
        .find_map(|c| cell_mark(c, words).map(|met| (met, *c)));
    Some((name, mark))
}

/// Whether a table's cell marks its point found for the request ("Yes",
/// "Met", a `met_verdicts` word) or not ("No", "Not shown": a
/// `verdict_negations` word alone or before such a word); None for a cell
/// of any other words.
fn cell_mark(cell: &str, words: &Words) -> Option<bool> {
    let cell = cell.trim().trim_end_matches('.').to_lowercase();
    let met = |m: &str| words.met_verdicts.iter().any(|v| v.eq_ignore_ascii_case(m));
    let negation = |m: &str| words.verdict_negations.iter().any(|n| n.eq_ignore_ascii_case(m));
    if negation(&cell) {
        return Some(false);
    }
    if met(&cell) {
        return Some(true);
    }
    let denied = cell.split_once(' ').is_some_and(|(no, m)| negation(no) && met(m));
    denied.then_some(false)
}

/// "Payment of costs. The hospital's estimate ...": the words after a
/// point's name that opens the text as a run-in label, with its full stop
/// or colon.
fn run_in_label<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let head = text.get(..name.len())?;
    if !head.eq_ignore_ascii_case(name) {
        return None;
    }
    let rest = text[name.len()..]
        .strip_prefix(". ")
        .or_else(|| text[name.len()..].strip_prefix(": "))?
        .trim_start();
    rest.starts_with(|c: char| c.is_uppercase() || c == '"')
        .then_some(rest)
}

/// "Care in the region. Her dilations were done ...": a paragraph's first
/// sentence when it is a run-in heading (a few words starting with a
/// capital, with no `existential` verb, no `verdict_negations` word and
/// no digit or comma), and the words after it.
fn run_in_heading<'a>(text: &'a str, words: &Words) -> Option<(&'a str, &'a str)> {
    let second = *sentence_starts(text).first()?;
    let head = text[..second].trim_end().strip_suffix('.')?;
    let count = head.split_whitespace().count();
    let plain = head.starts_with(char::is_uppercase)
        && (1..=5).contains(&count)
        && head.len() >= 4
        && !head.contains(|c: char| c.is_ascii_digit() || !(c.is_alphabetic() || c == ' ' || c == '-'));
    (plain
        && !head.split_whitespace().any(|w| {
            words
                .existential
                .iter()
                .chain(&words.verdict_negations)
                .any(|v| v.eq_ignore_ascii_case(w))
        }))
    .then(|| (head, &text[second..]))
}

/// "Care in the region: Heart muscle surgery is available ...": a
/// paragraph opening with a short heading of its own (a few words
/// starting with a capital, letters only, that state no finding), a colon
/// and, on the same line, a discussion that states one; and that
/// discussion.
fn colon_heading<'a>(text: &'a str, words: &Words) -> Option<(&'a str, &'a str)> {
    let (head, rest) = text.split_once(": ")?;
    let count = head.split_whitespace().count();
    let plain = head.starts_with(char::is_uppercase)
        && (1..=6).contains(&count)
        && head.len() >= 4
        && head
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'');
    let rest = rest.trim_start();
    (plain
        && rest.starts_with(|c: char| c.is_uppercase() || c == '"')
        && !is_finding(head, words)
        && is_finding(rest, words))
    .then_some((head, rest))
}

/// Grounds that open with a run-in heading and a colon ("Urgency: The
/// only letter ...", "Travel: No doctor has said ..."): two or more
/// paragraphs so opened, unmarked, from where the grounds are looked for.
/// The heading titles the ground as an enumerator would: it is no part of
/// the quote, and counts toward the category.
fn colon_headings(paras: &[Para], start: usize, words: &Words) -> bool {
    paras[start.min(paras.len())..]
        .iter()
        .filter(|p| p.enumerator.is_none() && colon_heading(&p.text, words).is_some())
        .count()
        >= 2
}

/// A memo whose sections each open with a run-in heading ("Urgency. ...",
/// "Conclusion. For these reasons ..."): three or more paragraphs so
/// opened, one of them a section of the notice's frame (a heading of
/// `skip_headings`, whole). Where only the grounds open so ("Urgency of
/// the medical condition. The letter ..."), the heading names the
/// ground's subject in the agency's words and stays in its quote.
fn memo_headings(paras: &[Para], start: usize, words: &Words) -> bool {
    let heads: Vec<&str> = paras[start.min(paras.len())..]
        .iter()
        .filter(|p| p.enumerator.is_none())
        .filter_map(|p| run_in_heading(&p.text, words).map(|(head, _)| head))
        .collect();
    heads.len() >= 3
        && heads
            .iter()
            .any(|h| words.skip_headings.iter().any(|s| s.eq_ignore_ascii_case(h)))
}

/// "You requested parole for your son, who was born without ... After
/// careful review, the application is denied.": a text whose first
/// sentence opens with a `request_recitals` phrase and whose last states
/// the decision (an `operative` phrase), with no finding after the
/// recital, nor in it after a `contrasts` word ("..., but the record does
/// not show ...") or in a clause after its first (", and the Form I-134
/// shows only ...").
fn recites_then_decides(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    if bounds.len() < 3 || opens_with(&text.to_lowercase(), &words.request_recitals).is_none() {
        return false;
    }
    let rest = &text[bounds[1]..];
    let last = text[bounds[bounds.len() - 2]..].to_lowercase();
    // "You requested parole ..., but the record does not show ...": the
    // recital turns, after a `contrasts` word, to a finding of its own.
    let recital = text[..bounds[1]].to_lowercase();
    let turns = words
        .contrasts
        .iter()
        .filter_map(|c| find_phrase(&recital, &c.to_lowercase(), true))
        .min()
        .is_some_and(|at| is_finding(&recital[at..], words));
    // "You requested parole ..., and the Form I-134 you filed shows only
    // ...": a clause of its own after the request that states a finding;
    // the words describing what was asked ("a son born without a valve")
    // stand in the first.
    let finds = verdict_clauses(&text[..bounds[1]], words)
        .iter()
        .skip(1)
        .any(|c| is_finding(c, words));
    words
        .operative
        .iter()
        .any(|o| has_phrase(&last, &o.to_lowercase()))
        && !turns
        && !finds
        && !is_finding(rest, words)
}

/// The paragraph at `at` right after a line that introduces what was
/// received (one that opens with a `submitted_intro` phrase and ends with
/// a colon: "What we received:"), when it only lists what came in: no
/// sentence after its first states a finding or asks for more, nor a
/// clause after the first sentence's first comma ("A letter dated March
/// 2026, which does not say ..." is a ground, as is "Nothing from a
/// hospital there. The record does not show ... Please submit ...").
fn received_under(paras: &[Para], at: usize, words: &Words) -> bool {
    let text = &paras[at].text;
    // The first sentence names the item ("Nothing from a hospital
    // there."); a clause after its name ("..., which does not say ...")
    // judges it.
    let first = sentence_starts(text).first().copied().unwrap_or(text.len());
    let judged = text[..first]
        .split_once(", ")
        .is_some_and(|(_, rest)| is_finding(rest, words));
    let listed_only = !judged
        && sentence_starts(text)
            .first()
            .is_none_or(|&second| !is_finding(&text[second..], words));
    at > 0
        && paras[at].enumerator.is_none()
        && !text.ends_with(':')
        && paras[at - 1].text.ends_with(':')
        && opens_with(&paras[at - 1].text.to_lowercase(), &words.submitted_intro).is_some()
        && listed_only
}

/// "What is needed:" (a `section_labels` line) over a paragraph without a
/// marker that states no finding ("A current letter stating ..."): a
/// label over what a finding asks for; over a finding of its own, it
/// heads that finding instead.
fn labels_a_request(paras: &[Para], at: usize, lower: &str, words: &Words) -> bool {
    let para = &paras[at];
    para.text.ends_with(':')
        && para.enumerator.is_none()
        && opens_with(lower, &words.section_labels).is_some()
        && paras.get(at + 1).is_some_and(|p| {
            let next = p.text.to_lowercase();
            p.enumerator.is_none()
                && !p.text.ends_with(':')
                && !is_finding(&p.text, words)
                && opens_with(&next, &words.skip).is_none()
                && !boilerplate_phrase(&next, words)
        })
}

/// "The stay has not been shown to be temporary." alone on its line, right
/// over bullets: a finding in one short sentence whose bullets give the
/// gaps it is made of; the bullets are part of its ground.
fn leads_bullets(paras: &[Para], at: usize, text: &str) -> bool {
    paras[at].enumerator.is_none()
        && text.len() == paras[at].text.len()
        && sentence_starts(text).is_empty()
        && text.split_whitespace().count() <= 20
        && paras
            .get(at + 1)
            .is_some_and(|p| p.enumerator == Some(Enumerator::Bullet))
}

/// "(a) ... : (i) ... (ii) ... Submit a current letter ..." before "(b)":
/// the ground of an item whose points (marked otherwise) the paragraph at
/// `at` follows, when the item's next sibling comes right after it: a
/// paragraph between an item's points and the next item marked as the
/// item was is the item's close ("Submit a current letter ..."), when it
/// states a finding or a request, and is neither boilerplate nor response
/// instructions (a regulation cited between two items is neither's).
fn closes_owned_item(paras: &[Para], at: usize, list: List, lower: &str, words: &Words) -> Option<usize> {
    let List::Owned(i, Some(marker)) = list else {
        return None;
    };
    let para = &paras[at];
    let after_points = at
        .checked_sub(1)
        .and_then(|b| paras[b].enumerator)
        .is_some_and(|e| e != marker);
    let sibling_next = paras.get(at + 1).is_some_and(|p| p.enumerator == Some(marker));
    // After the last item's points, no sibling follows: a paragraph that
    // asks for what the item found missing ("Provide a statement ...")
    // still closes it.
    let last_request =
        asks_for_more(lower, words) && paras.get(at + 1).is_none_or(|p| p.enumerator.is_none());
    let own = reasons_of(&para.text, lower, words)
        .is_some_and(|t| t.len() == para.text.len() && is_finding(t, words));
    (para.enumerator.is_none() && after_points && (sibling_next || last_request) && own).then_some(i)
}

/// "1. The record does not establish ..." in one sentence, over paragraphs
/// without a marker that give the reasons: an item of a list whose items
/// each run over several paragraphs, known by a next item marked the same
/// way after those paragraphs, or (for the last item) by an item before it
/// read the same way.
/// Some(true) for the last item of the list.
fn is_headline(paras: &[Para], at: usize, headlines: bool, words: &Words) -> Option<bool> {
    let para = &paras[at];
    let one_sentence = sentence_starts(&para.text).is_empty() && para.text.split_whitespace().count() <= 25;
    let prose_under = paras
        .get(at + 1)
        .is_some_and(|p| p.enumerator.is_none() && !is_heading(paras, at + 1));
    if !one_sentence || !prose_under {
        return None;
    }
    let next_item = paras[at + 1..]
        .iter()
        .enumerate()
        .take_while(|(k, p)| {
            !is_heading(paras, at + 1 + k) && opens_with(&p.text.to_lowercase(), &words.closings).is_none()
        })
        .find(|(_, p)| p.enumerator.is_some());
    match next_item {
        Some((_, p)) if p.enumerator == para.enumerator => Some(false),
        None if headlines => Some(true),
        _ => None,
    }
}

/// "The response does not overcome the concerns. The new affidavit is not
/// signed.": a text that opens by finding the response short as a whole
/// (see [`formula`]) and then gives reasons, a sentence at least that is
/// no boilerplate.
fn short_then_reasons(text: &str, words: &Words) -> bool {
    let Some(&second) = sentence_starts(text).first() else {
        return false;
    };
    formula::response_short_as_a_whole(&text[..second].to_lowercase(), words)
        && !all_conclusion(&text[second..], words)
}

/// Whether every sentence of `text` is one that no ground is read from in
/// a paragraph citing its notes (see [`unmarked_findings`]): boilerplate,
/// the standard, or the decision ("USCIS therefore denies your request.",
/// "If you disagree, you may file a motion on Form I-290B.").
fn all_conclusion(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    bounds.windows(2).all(|w| {
        let sentence = text[w[0]..w[1]].trim();
        let lower = sentence.to_lowercase();
        lower.is_empty()
            || opens_with(&lower, &words.skip).is_some()
            || boilerplate_phrase(&lower, words)
            || is_standard(sentence, words)
            || words
                .operative
                .iter()
                .any(|o| has_phrase(&lower, &o.to_lowercase()))
    })
}

/// "The record falls short in three respects. (1) The letter ... (2) The
/// estimate ... (3) ...": reasons numbered inline in one paragraph, each
/// marker ("(1)", "(a)") after the end of a sentence and counted from the
/// first, each item stating a finding. Where each item's words start and
/// end, its marker left out; what comes before the first marker introduces
/// them, and a closing sentence after the last ("For these reasons, ...",
/// a `skip` opening) is not part of it. Empty unless there are two or more.
fn inline_items(text: &str, words: &Words) -> Vec<(usize, usize)> {
    // After the end of a sentence, or, in one sentence ("... because (1)
    // ...; (2) ...; and (3) ..."), the first after the lead's words and
    // each other after a semicolon.
    let marker_at = |label: String, from: usize| -> Option<usize> {
        let marker = format!("({label}) ");
        text[from..]
            .match_indices(&marker)
            .map(|(i, _)| from + i)
            .find(|&i| {
                let before = text[..i].trim_end();
                let unjoined = before.trim_end_matches(" and").trim_end_matches(" or");
                i > 0
                    && (before.ends_with(['.', '"', '\u{201d}'])
                        || unjoined.ends_with(';')
                        || from == 0 && before.ends_with(':')
                        || from == 0 && text[..i].ends_with(' ') && before.ends_with(char::is_alphabetic))
            })
    };
    let labels: [Box<dyn Fn(usize) -> String>; 2] = [
        Box::new(|n| (n + 1).to_string()),
        Box::new(|n| char::from(b'a' + (n as u8 % 26)).to_string()),
    ];
    for label in labels {
        let mut marks = Vec::new();
        let mut from = 0;
        while let Some(at) = marker_at(label(marks.len()), from) {
            marks.push(at);
            from = at + 1;
        }
        if marks.len() < 2 {
            continue;
        }
        let mut items: Vec<(usize, usize)> = marks
            .iter()
            .enumerate()
            .map(|(k, &at)| {
                let start = at + label(k).len() + 3;
                (start, marks.get(k + 1).copied().unwrap_or(text.len()))
            })
            .collect();
        if let Some(last) = items.last_mut() {
            let closing = sentence_starts(&text[last.0..last.1])
                .into_iter()
                .find(|&s| opens_with(&text[last.0 + s..].to_lowercase(), &words.skip).is_some());
            if let Some(s) = closing {
                last.1 = last.0 + s;
            }
        }
        for item in &mut items {
            // "...; and (4)": the semicolon and the joining word are not
            // the item's.
            let words = text[item.0..item.1].trim_end();
            let words = words
                .strip_suffix(" and")
                .or_else(|| words.strip_suffix(" or"))
                .unwrap_or(words);
            let words = words.trim_end().trim_end_matches(';').trim_end();
            item.1 = item.0 + words.len();
        }
        // "... the following concerns: (1) ...; (2) ...": a lead that
        // introduces them as grounds vouches for the items; each is then a
        // ground though not every one holds a word of a finding.
        let lead = text[..marks[0]].trim_end().to_lowercase();
        let introduced = lead.ends_with(':') && has_any(&lead, &words.grounds_intro);
        let finding = |&(a, b): &(usize, usize)| is_finding(&text[a..b], words);
        if items.iter().all(finding) || introduced && items.iter().any(finding) {
            return items;
        }
    }
    Vec::new()
}

/// The part of a paragraph that may hold reasons: up to its response
/// instructions, and, in a paragraph with boilerplate, only the reasons
/// amid it (none for boilerplate alone).
fn reasons_of<'a>(text: &'a str, lower: &str, words: &Words) -> Option<&'a str> {
    if opens_with(lower, &words.answer_every).is_some() {
        return reasons_after_answer_every(text, words);
    }
    let boilerplate = opens_with(lower, &words.skip).is_some() || boilerplate_phrase(lower, words);
    let text = before_instructions(text, words);
    if boilerplate {
        reasons_amid_boilerplate(text, words)
            .or_else(|| reason_after_summary(text, lower, words))
            .or_else(|| reasons_before_boilerplate(text, words))
            .or_else(|| reply_short_then_findings(text, words))
            .or_else(|| facts_after_boilerplate(text, words))
            .or_else(|| law_applied_to_a_person(text, words))
            .or_else(|| rule_applied_here(text, words))
    } else if states_the_standard(text, words) {
        None
    } else {
        Some(text)
    }
}

/// "Please address each of the concerns below. The record does not show
/// ...": a paragraph opening with an `answer_every` request, which names
/// no point and is no ground. What follows it may be: the items numbered
/// inline after its colon ("... concerns: (1) the record does not ...;
/// (2) ..."), a reason it gives itself ("Respond to each concern, as no
/// physician has said ..."), whole, or the sentences after it.
fn reasons_after_answer_every<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let text = before_instructions(text, words);
    let end = sentence_starts(text).first().copied().unwrap_or(text.len());
    // A finding after its colon that is not numbered is read with it.
    let listed = text[..end]
        .split_once(':')
        .is_some_and(|(_, after)| is_finding(after, words));
    if !inline_items(text, words).is_empty() || listed || gives_own_reason(&text[..end], words) {
        return Some(text);
    }
    let rest = text[end..].trim_start();
    if rest.is_empty() {
        return None;
    }
    reasons_of(rest, &rest.to_lowercase(), words)
}

/// Whether a sentence that asks for something ("Evidence may include a
/// letter ...", "Respond to each concern ...") also states a finding of its
/// own, in a clause opened by a `reason_words` word ("..., since the Form
/// I-134 shows an income of only $22,000").
fn gives_own_reason(sentence: &str, words: &Words) -> bool {
    let lower = sentence.to_lowercase();
    words.reason_words.iter().any(|w| {
        let w = w.to_lowercase();
        find_phrase(&lower, &w, true).is_some_and(|at| is_finding(&sentence[at + w.len()..], words))
    })
}

/// "The letter does not say when the operation must take place. No further
/// evidence is requested.": a paragraph whose boilerplate (a `skip`
/// opening or a `skip_containing` phrase) is only in the sentences that
/// close it. The sentences before them are the reasons, if they state a
/// finding, are not the standard and do not state the decision ("...,
/// your application is denied. There is no appeal." closes the notice).
fn reasons_before_boilerplate<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let bounds = sentence_bounds(text);
    let boilerplate = |w: &[usize]| {
        let lower = text[w[0]..w[1]].to_lowercase();
        opens_with(lower.trim_start(), &words.skip).is_some() || boilerplate_phrase(&lower, words)
    };
    let first = bounds.windows(2).position(boilerplate)?;
    if first == 0 || !bounds[first..].windows(2).all(boilerplate) {
        return None;
    }
    // "The earlier notice asked for X. X has now been filed. This concern
    // has been fully met.": what comes before the words saying the point
    // was met tells what was asked and answered, no reason.
    if says_answered(&text[bounds[first]..].to_lowercase(), words) {
        return None;
    }
    let reason = text[..bounds[first]].trim_end();
    let lower = reason.to_lowercase();
    let decision = words
        .operative
        .iter()
        .any(|o| has_phrase(&lower, &o.to_lowercase()));
    (!decision && is_finding(reason, words) && !states_the_standard(reason, words)).then_some(reason)
}

/// "The response does not overcome the concerns. The new affidavit is not
/// signed.": a paragraph that opens by finding the reply short as a whole
/// and then gives reasons, not the standard nor the decision, is a ground,
/// whole, as such an item of a list is (see [`short_then_reasons`]). Its
/// reasons need no word of a finding ("The new affidavit is unsigned"): a
/// ground is never dropped in silence; such a one is kept and flagged (see
/// [`reasons_unsure`]).
fn reply_short_then_findings<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let second = *sentence_starts(text).first()?;
    let rest = &text[second..];
    let lower = rest.to_lowercase();
    let decision = words
        .operative
        .iter()
        .any(|o| has_phrase(&lower, &o.to_lowercase()));
    (short_then_reasons(text, words) && !decision && !states_the_standard(rest, words)).then_some(text)
}

/// "Your response does not overcome the concerns. USCIS therefore denies
/// your request.": a paragraph that finds the response short as a whole
/// and then says nothing but the decision, the standard or boilerplate
/// (see [`all_conclusion`]): a conclusion, which the summary names so.
fn opens_short_then_concludes(text: &str, words: &Words) -> bool {
    sentence_starts(text).first().is_some_and(|&second| {
        formula::response_short_as_a_whole(&text[..second].to_lowercase(), words)
            && all_conclusion(&text[second..], words)
    })
}

/// A text read by [`reply_short_then_findings`] whose reasons hold no word
/// of a finding: kept as a ground, the summary saying to check it.
fn reasons_unsure(text: &str, words: &Words) -> bool {
    sentence_starts(text)
        .first()
        .is_some_and(|&second| short_then_reasons(text, words) && !is_finding(&text[second..], words))
}

/// "To sum up, the record shows neither X nor Y. Besides, the form ...
/// misstates ...": a paragraph that opens by summing the grounds up and
/// then, from a sentence opening with a `connectives` word that adds a
/// reason, gives a new one. The new reason runs from that sentence to the
/// end, unless boilerplate follows it.
fn reason_after_summary<'a>(text: &'a str, lower: &str, words: &Words) -> Option<&'a str> {
    opens_with(lower, &words.summaries)?;
    let starts = sentence_starts(text);
    let from = starts
        .iter()
        .position(|&s| opens_with(&text[s..].to_lowercase(), &words.connectives).is_some())?;
    let mut bounds = starts[from..].to_vec();
    bounds.push(text.len());
    let sentences: Vec<&str> = bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
    let boilerplate = |s: &str| {
        let lower = s.to_lowercase();
        opens_with(lower.trim_start(), &words.skip).is_some() || boilerplate_phrase(&lower, words)
    };
    let end = sentences
        .iter()
        .position(|s| boilerplate(s))
        .unwrap_or(sentences.len());
    let reason = text[bounds[0]..bounds[end]].trim_end();
    (end > 0 && is_finding(reason, words)).then_some(reason)
}

/// "Even where an urgent reason is shown, parole is not granted as of
/// right. USCIS must also decide whether ...": a paragraph that states a
/// finding only in sentences of the rule, or of what the agency must do
/// or may consider (see [`is_standard`]), restates the standard.
fn states_the_standard(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    let findings: Vec<&str> = bounds
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|s| is_finding(s, words))
        .collect();
    // "Parole is discretionary. A showing of need does not by itself
    // require it.": a paragraph that speaks of no case states the law in
    // general terms (see [`states_law_in_general`]); beside a sentence of
    // this case ("You also ask ... Study is not an urgent humanitarian
    // reason."), the same words apply the law to it.
    let general = bounds
        .windows(2)
        .all(|w| !speaks_of_this_case(&text[w[0]..w[1]], words));
    !findings.is_empty()
        && findings
            .iter()
            .all(|s| is_standard(s, words) || general && states_law_in_general(s, words))
}

/// A sentence of the rule: past a leading clause that concedes ("Even
/// where ..., "), it opens with a `standard` or `skip` opening, or it holds
/// a `skip_containing` phrase; and it says nothing of this record: no
/// `restatements` phrase ("USCIS may not grant parole where ..., and the
/// record does not show ..." is a finding), no clause joined to the
/// rule by ", and", ", but" or a semicolon, and no reason of this case
/// (see [`reason_of_this_case`]).
fn is_standard(sentence: &str, words: &Words) -> bool {
    let lower = sentence.trim().to_lowercase();
    let main = match opens_with(&lower, &words.concessions) {
        Some(_) => lower.split_once(", ").map_or(lower.as_str(), |(_, rest)| rest),
        None => lower.as_str(),
    };
    // "Under section 212(d)(5), parole cannot replace a visa, and no visa
    // was sought": the rule with a clause of this record joined to it.
    let joined = [", and ", "; ", ", but "].iter().any(|j| {
        main.match_indices(j)
            .any(|(at, _)| !limits_the_rule(&main[at + j.len()..]))
    });
    let rule = opens_with(main, &words.standard).is_some() || boilerplate_phrase(&lower, words);
    rule && !joined
        && !finds_this_record(&lower, words)
        && !restates_in_main_clause(&lower, words)
        && !reason_of_this_case(&lower, words)
}

/// "..., and only if the agency also finds that parole is deserved": a
/// clause joined to the rule that opens with a `RULE_QUALIFIERS` word
/// ("only", "merely") limits the rule further, and says nothing of this
/// record.
fn limits_the_rule(clause: &str) -> bool {
    let first = clause.split_whitespace().next().unwrap_or("");
    RULE_QUALIFIERS.contains(&first)
}

/// "The authority to parole is not exercised here because the surgeon
/// wrote that ...": a sentence of the rule that gives, after a
/// `reason_words` word, why it goes against this request; "not granted
/// merely because a treatment is better here" is still the rule.
fn reason_of_this_case(lower: &str, words: &Words) -> bool {
    words
        .reason_words
        .iter()
        .map(|r| r.to_lowercase())
        .filter(|r| r.chars().next().is_some_and(char::is_alphabetic))
        .any(|r| {
            find_phrase(lower, &r, true).is_some_and(|at| {
                let before = lower[..at].split_whitespace().last().unwrap_or("");
                let after = lower[at + r.len()..].split_whitespace().count();
                !RULE_QUALIFIERS.contains(&before) && after >= 3
            })
        })
}

/// Words before "because" that keep a reason part of the rule ("merely
/// because", "only because").
const RULE_QUALIFIERS: [&str; 5] = ["merely", "only", "simply", "solely", "just"];

/// Whether a sentence (lowercased) holds a `restatements` phrase ("the
/// petitioner did not") outside a clause opened by one of
/// [`SUBORDINATORS`]: "USCIS may refuse a request if the petitioner did
/// not send the records" states the rule.
fn restates_in_main_clause(lower: &str, words: &Words) -> bool {
    lower.split([',', ';']).any(|part| {
        words.restatements.iter().any(|r| {
            find_phrase(part, &r.to_lowercase(), true).is_some_and(|at| {
                !part[..at]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| SUBORDINATORS.contains(&w))
            })
        })
    })
}

/// The verbs that tell of what happened in this case, not of what any
/// request needs: "was", "has" ("none was filed", "has not been shown").
const RECORD_TENSES: [&str; 5] = ["was", "were", "has", "have", "did"];

/// The words that open a clause under another ("if the applicant did not
/// submit", "that was not signed"): a finding in such a clause of a rule
/// tells what the rule turns on, not what this record lacks.
const SUBORDINATORS: [&str; 10] = [
    "if", "where", "whether", "that", "who", "whom", "whose", "which", "unless", "when",
];

/// The verbs of what may or must be, not of what was: a rule's ("USCIS
/// may deny", "the applicant must show", "which would not favor parole").
const MODALS: [&str; 9] = [
    "may", "might", "must", "would", "should", "can", "could", "shall", "will",
];

/// Whether a sentence (lowercased) finds this record short: in a main
/// clause (a part between commas opened by none of [`SUBORDINATORS`], up
/// to the finding) that holds none of [`MODALS`], a word of a finding with
/// one of [`RECORD_TENSES`] just before it or within three words after it
/// ("none was submitted", "no new one has been issued"); or a clause
/// opened by ", which" that finds it so with no modal ("..., which was
/// not filed"). "A request for parole must show that the care cannot be
/// had at home", "USCIS may deny the request if the applicant did not
/// submit the evidence" and "A request that was not signed is rejected"
/// state the rule; "To be granted parole, she would need a surgeon's
/// letter, which was not filed" finds this record short, and is no
/// sentence of the rule.
fn finds_this_record(lower: &str, words: &Words) -> bool {
    let tokens = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let finding = |w: &str| words.findings.iter().any(|f| f.eq_ignore_ascii_case(w));
    let tense = |w: &str| RECORD_TENSES.contains(&w);
    let modal = |w: &str| MODALS.contains(&w);
    // "..., which the letters filed do not show": a clause on the rule
    // that says how this record meets it.
    let comment = lower.split_once(", which ").is_some_and(|(_, after)| {
        let said = tokens(after);
        said.iter().any(|w| finding(w)) && !said.iter().any(|w| modal(w))
    });
    comment
        || lower.split([',', ';']).any(|part| {
            let said = tokens(part);
            if said.iter().any(|w| modal(w)) {
                return false;
            }
            said.iter().enumerate().any(|(k, w)| {
                finding(w)
                    && !said[..k].iter().any(|s| SUBORDINATORS.contains(&s.as_str()))
                    && (k > 0 && tense(&said[k - 1]) || said[k + 1..].iter().take(3).any(|t| tense(t)))
            })
        })
}

/// The text up to a later sentence that sums up what went before ("...
/// nor who would pay. In sum, the record does not show ..."), a
/// `summaries` opening: that sentence and those after it are no part of
/// the ground.
fn before_summary<'a>(text: &'a str, words: &Words) -> &'a str {
    sentence_starts(text)
        .into_iter()
        .find(|&s| opens_with(&text[s..].to_lowercase(), &words.summaries).is_some())
        .map_or(text, |s| text[..s].trim_end())
}

/// "Accordingly, the record does not show that the surgery is urgent,
/// that its cost would be met or that the stay would be temporary": a
/// paragraph that opens with a `concluding` word after the last ground
/// (no paragraph after it, up to the close, is one) and sums the grounds
/// up, naming the subjects of two or more of those before it, or states
/// the decision. Without such a word, one sentence that states the
/// decision on reasons naming the subjects of two or more grounds before
/// it ("As the record shows neither X nor Y, the request is denied.")
/// sums them up too. Either gives a reason of its own, and is no summary,
/// when it states a figure (a year, an amount, a date) that no ground
/// before it gives: "The request is denied because the 2025 tax return
/// shows income below the guideline ...".
fn sums_up(paras: &[Para], at: usize, text: &str, found: &[Found], words: &Words, cues: &Cues) -> bool {
    let lower = text.to_lowercase();
    let decision = words
        .operative
        .iter()
        .any(|o| has_phrase(&lower, &o.to_lowercase()));
    let concluding = opens_with(&lower, &words.concluding).is_some();
    let decided = decision && sentence_starts(text).is_empty();
    if found.is_empty() || !concluding && !decided {
        return false;
    }
    let later_ground = paras[at + 1..]
        .iter()
        .take_while(|p| opens_with(&p.text.to_lowercase(), &words.closings).is_none())
        .any(|p| {
            p.enumerator.is_some()
                || reasons_of(&p.text, &p.text.to_lowercase(), words).is_some_and(|t| is_finding(t, words))
        });
    if later_ground || new_figure(text, found) {
        return false;
    }
    let mut subjects: Vec<String> = found
        .iter()
        .map(|f| choose(&f.quote, cues, "").id)
        .filter(|id| !id.is_empty() && score_of(text, id, cues) > 0)
        .collect();
    subjects.sort();
    subjects.dedup();
    concluding && decision || subjects.len() >= 2
}

/// Whether the text holds a run of digits that none of the quotes holds.
fn new_figure(text: &str, found: &[Found]) -> bool {
    let figures = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let known: Vec<String> = found.iter().flat_map(|f| figures(&f.quote)).collect();
    figures(text).iter().any(|d| !known.contains(d))
}

/// "On May 2 you filed ... The petitioner must show ... The letter ...
/// does not ... For these reasons the request is denied. There is no
/// appeal.": a paragraph of three or more sentences that holds the whole
/// decision. Its reasons run from the sentence after the last boilerplate
/// one (a `skip` opening or a `skip_containing` phrase) before the first
/// sentence that states a finding of the agency's own, up to the next
/// boilerplate sentence, which must state the decision ("For these reasons
/// the request is denied"). None otherwise: the standard, a word that the
/// evidence is not enough, and what to do next are not reasons.
fn reasons_amid_boilerplate<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let mut bounds = vec![0];
    bounds.extend(sentence_starts(text));
    if bounds.len() < 3 {
        return None;
    }
    bounds.push(text.len());
    let sentences: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
    let boilerplate = |&(a, b): &(usize, usize)| {
        let lower = text[a..b].to_lowercase();
        opens_with(lower.trim_start(), &words.skip).is_some() || boilerplate_phrase(&lower, words)
    };
    let first = sentences
        .iter()
        .position(|s| !boilerplate(s) && is_finding(&text[s.0..s.1], words))?;
    let start = sentences[..first]
        .iter()
        .rposition(boilerplate)
        .map_or(0, |k| k + 1);
    let end = first + sentences[first..].iter().position(boilerplate)?;
    let (a, b) = sentences[end];
    let closing = text[a..b].to_lowercase();
    if !words
        .operative
        .iter()
        .any(|o| has_phrase(&closing, &o.to_lowercase()))
    {
        return None;
    }
    Some(text[sentences[start].0..sentences[end - 1].1].trim_end())
}

/// A paragraph that opens by pointing back at what was just quoted (a
/// `pointing_back` word: "This statement ...", "Such a plan ...").
fn refers_back(lower: &str, words: &Words) -> bool {
    let first = lower.split(' ').next().unwrap_or("");
    lower.contains(' ') && words.pointing_back.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// A paragraph opened by one of the `guidance_labels` and a colon ("Note:
/// a dated and signed letter is enough"): an officer's note after a point,
/// guidance on how to answer it, not a reason of its own. So is one opened
/// by the name of a section that holds no ground (`skip_headings`) run in
/// as its label ("How to respond: Send the papers ..."): that section.
/// So too when that name is run in as a heading with a full stop
/// ("Responding. Put everything requested into one package ..."), unless
/// what follows the heading is a ground itself, a finding of this record
/// that is no boilerplate ("Background. The beneficiary was refused a
/// visa and did not disclose it ...", "Parole fee. The record does not
/// show ..."; see [`finds_after_label`]). The heading governs the
/// sentence after it: that sentence must find, not a later one of what
/// the agency will do ("... We will send a payment notice then.").
fn is_guidance_note(text: &str, words: &Words) -> bool {
    if let Some((_, rest)) = run_in_heading(text, words)
        .filter(|(head, _)| words.skip_headings.iter().any(|h| h.eq_ignore_ascii_case(head)))
    {
        let rest = rest.trim_start();
        return !finds_after_label(&rest[..first_sentence_end(rest)], words);
    }
    let Some((label, rest)) = text.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    !rest.trim().is_empty()
        && words
            .guidance_labels
            .iter()
            .chain(&words.skip_headings)
            .any(|l| l.to_lowercase() == label)
}

/// "Evidence submitted: The surgeon's note bears no signature, so it is
/// given little weight.": the name of a section that holds no ground
/// (`skip_headings`) run in as a label before a sentence that finds the
/// record short (see [`is_finding`], [`finds_silence`]). The label is the
/// frame's and drops itself only: the paragraph is read from the sentence
/// on. After a label over what it names ("Evidence submitted: a Form
/// I-134 and two letters") or over what to send ("How to respond: Send
/// ..."), the paragraph stays whole and is passed over as that section
/// (see [`is_guidance_note`]).
fn section_labels_dropped(paras: &[Para], start: usize, words: &Words) -> Vec<Para> {
    paras
        .iter()
        .enumerate()
        .map(|(at, para)| {
            let rest = (at >= start && para.label.is_empty())
                .then(|| para.text.split_once(':'))
                .flatten()
                .filter(|(label, _)| {
                    let label = label.trim();
                    words.skip_headings.iter().any(|h| h.eq_ignore_ascii_case(label))
                })
                .map(|(_, rest)| rest.trim_start())
                .filter(|rest| finds_after_label(rest, words));
            match rest {
                Some(rest) => without_head(para, para.text.len() - rest.len()),
                None => para.clone(),
            }
        })
        .collect()
}

/// Whether what follows a frame section's name run in as a label or
/// heading (see [`section_labels_dropped`], [`is_guidance_note`]) finds
/// this record short: a sentence with a capital that, once its
/// boilerplate is set aside (see [`reasons_of`]), states a finding (see
/// [`is_finding`], [`finds_silence`]). What to send and by when ("How to
/// respond: Send the papers ...", a `request_verbs` opening, a first
/// sentence about answering the notice, or response instructions) finds
/// nothing, whatever its words.
fn finds_after_label(rest: &str, words: &Words) -> bool {
    rest.starts_with(char::is_uppercase)
        && !asks_for_more(&rest.to_lowercase(), words)
        && !super::decision::about_responding(&rest[..first_sentence_end(rest)])
        && reasons_of(rest, &rest.to_lowercase(), words)
            .is_some_and(|kept| is_finding(kept, words) || finds_silence(kept, words))
}

/// Where the first sentence of `text` ends.
fn first_sentence_end(text: &str) -> usize {
    sentence_starts(text).first().copied().unwrap_or(text.len())
}

/// The paragraph without its first `cut` bytes (a label and the space
/// after it, all on its first line).
fn without_head(para: &Para, cut: usize) -> Para {
    let mut out = para.clone();
    out.text = para.text[cut..].to_owned();
    if let Some(first) = out.lines.first_mut() {
        let head = &para.text[..cut];
        if let Some(rest) = first.trim_start().strip_prefix(head.trim_end()) {
            *first = rest.trim_start().to_owned();
        }
    }
    out.pages = para
        .pages
        .iter()
        .map(|&(offset, page)| (offset.saturating_sub(cut), page))
        .collect();
    out
}

/// A footnote's text: a paragraph that opens with a superscript numeral
/// ("¹ See also ..."), as the notes at a page's foot do. A marker inside a
/// ground stays in its quote.
fn is_footnote(text: &str) -> bool {
    text.starts_with(SUPERSCRIPTS)
}

/// "The petitioner has not shown that the treatment is unavailable in the
/// region,[3] ... or that the costs would be met.[5]": a paragraph that is
/// no list item and carries note markers in brackets, each of which
/// numbers a later list item stating a finding. The notes give the reasons
/// and are read as the grounds; the paragraph citing them only sums them
/// up, and would give each ground twice.
fn cites_its_notes(paras: &[Para], at: usize, words: &Words) -> bool {
    let para = &paras[at];
    if para.enumerator.is_some() {
        return false;
    }
    let notes = note_markers(&para.text);
    // A footnote opened by a superscript numeral gives the reasons only
    // after the close: one at a page's foot in the body is read as no
    // ground (see [`is_footnote`]), and the paragraph citing it is.
    let close =
        (at + 1..paras.len()).find(|&k| opens_with(&paras[k].text.to_lowercase(), &words.closings).is_some());
    !notes.is_empty()
        && notes.iter().all(|n| {
            paras.iter().enumerate().skip(at + 1).any(|(k, p)| {
                is_note(p, n)
                    && (p.enumerator.is_some() || close.is_some_and(|c| c < k))
                    && is_finding(&p.text, words)
                    && !states_a_rule(note_text(p), words)
            })
        })
}

/// "Unexplained inconsistencies may affect the weight given to the
/// evidence.": a note that names nothing of the case (no figure, no word
/// with a capital but a sentence's first) and each of whose sentences says
/// in its main clause what may or must be (one of [`MODALS`] before any
/// of [`SUBORDINATORS`]) and finds nothing short in this record (see
/// [`finds_this_record`]): a rule of weighing, not a reason of the case's.
/// "No doctor has addressed whether he can travel" finds; a modal there
/// stands in the clause under "whether".
fn states_a_rule(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    let sentences: Vec<&str> = bounds
        .windows(2)
        .map(|w| text[w[0]..w[1]].trim())
        .filter(|s| !s.is_empty())
        .collect();
    let names_the_case = sentences.iter().any(|s| {
        s.chars().any(|c| c.is_ascii_digit())
            || s.split_whitespace().skip(1).any(|w| {
                w.trim_start_matches(['"', '\u{201c}', '('])
                    .starts_with(char::is_uppercase)
            })
    });
    !sentences.is_empty()
        && !names_the_case
        && sentences.iter().all(|s| {
            let lower = s.to_lowercase();
            let main: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take_while(|w| !SUBORDINATORS.contains(w))
                .collect();
            main.iter().any(|w| MODALS.contains(w)) && !finds_this_record(&lower, words)
        })
}

/// The number of a note: "2" of a numbered paragraph opened by "2." or
/// "[2]", or of one opened by a superscript numeral ("² The donor ...",
/// see [`is_footnote`]).
fn note_number(p: &Para) -> Option<String> {
    if p.enumerator == Some(Enumerator::Number) {
        return Some(
            p.marker
                .trim_start_matches('[')
                .trim_end_matches(['.', ')', ']'])
                .to_owned(),
        );
    }
    let numeral: String = p.text.chars().take_while(|c| SUPERSCRIPTS.contains(c)).collect();
    (!numeral.is_empty()).then(|| plain_numeral(&numeral))
}

/// A note's text, without the superscript numeral that opens it.
fn note_text(p: &Para) -> &str {
    if p.enumerator.is_some() {
        return &p.text;
    }
    p.text.trim_start_matches(SUPERSCRIPTS).trim_start()
}

/// "12" for "¹²": the digits a superscript numeral stands for.
fn plain_numeral(superscript: &str) -> String {
    const DIGITS: [char; 10] = ['1', '2', '3', '0', '4', '5', '6', '7', '8', '9'];
    superscript
        .chars()
        .filter_map(|c| SUPERSCRIPTS.iter().position(|s| *s == c).map(|k| DIGITS[k]))
        .collect()
}

/// Whether the paragraph is note `n` (see [`note_number`]).
fn is_note(p: &Para, n: &str) -> bool {
    note_number(p).is_some_and(|m| m == n)
}

/// A paragraph after the last note that runs on with it: no list item nor
/// heading, it states a finding, is not only boilerplate, the standard or
/// the decision (see [`all_conclusion`]), and is about what the note is
/// about (the same category by the cues, with a score). "This letter
/// confers no status" after the notes is about none of them.
fn goes_on_with_note(note: &str, para: &Para, words: &Words, cues: &Cues) -> bool {
    let subject = choose(note, cues, "");
    let this = choose(&para.text, cues, "");
    para.enumerator.is_none()
        && !para.is_short_line()
        && is_finding(&para.text, words)
        && !all_conclusion(&para.text, words)
        && subject.score > 0
        && this.score > 0
        && this.id == subject.id
}

/// "Sincerely, ... Notes [1] The center wrote ...": where the letter's
/// close stands and where, after it, the first note that the body before
/// the close cites by a marker in brackets; the notes are read from
/// there, and nothing after the last of them (see [`State::note_read`]).
/// None unless a paragraph of the body cites notes
/// that give its reasons (see [`cites_its_notes`]): notes that only cite
/// the law are no grounds.
fn notes_after_close(paras: &[Para], start: usize, words: &Words) -> Option<(usize, usize)> {
    let close = (start..paras.len())
        .find(|&at| opens_with(&paras[at].text.to_lowercase(), &words.closings).is_some())?;
    if !(start..close).any(|at| cites_its_notes(paras, at, words)) {
        return None;
    }
    let cited: Vec<String> = paras[start..close]
        .iter()
        .flat_map(|p| note_markers(&p.text))
        .collect();
    let first = (close + 1..paras.len()).find(|&at| cited.iter().any(|n| is_note(&paras[at], n)))?;
    Some((close, first))
}

/// In a paragraph citing its notes, the runs of sentences that cite no
/// note and state a finding of their own, not the standard, boilerplate
/// nor the decision: "It has not been shown that a surgeon will
/// operate.[1] The passport expired in March, and no new one was issued."
/// holds one. A sentence ends before a note marker that follows its end.
fn unmarked_findings<'a>(text: &'a str, words: &Words) -> Vec<&'a str> {
    let mut bounds = sentence_bounds(text);
    // "operate.[1] The passport", "operate.¹ The passport": a sentence
    // starts after the marker.
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        if SUPERSCRIPTS.contains(&c)
            && !text[after..].starts_with(SUPERSCRIPTS)
            && text[..i]
                .trim_end_matches(SUPERSCRIPTS)
                .ends_with(['.', '?', '!'])
            && text[after..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        {
            bounds.push(after + 1);
        }
    }
    let mut from = 0;
    while let Some(i) = text[from..].find("] ") {
        let at = from + i;
        let open = text[..at].rfind('[');
        if let Some(open) = open
            && text[..open].ends_with(['.', '?', '!'])
            && text[at + 2..].starts_with(char::is_uppercase)
        {
            bounds.push(at + 2);
        }
        from = at + 2;
    }
    bounds.sort_unstable();
    bounds.dedup();
    let own = |a: usize, b: usize| {
        let sentence = &text[a..b];
        let lower = sentence.to_lowercase();
        note_markers(sentence).is_empty()
            && is_finding(sentence, words)
            && !is_standard(sentence, words)
            && opens_with(lower.trim_start(), &words.skip).is_none()
            && !boilerplate_phrase(&lower, words)
            && !words
                .operative
                .iter()
                .any(|o| has_phrase(&lower, &o.to_lowercase()))
    };
    let mut runs = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    for w in bounds.windows(2) {
        if own(w[0], w[1]) {
            run = Some((run.map_or(w[0], |r| r.0), w[1]));
        } else if let Some((a, b)) = run.take() {
            runs.push(text[a..b].trim());
        }
    }
    if let Some((a, b)) = run {
        runs.push(text[a..b].trim());
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// The numbers of the note markers in a text: in brackets ("region,[3]"),
/// or a superscript numeral after a word or its stop ("region,³"), as PDF
/// text gives them. A numeral opening the text is no marker: it numbers a
/// footnote (see [`is_footnote`]).
fn note_markers(text: &str) -> Vec<String> {
    let bracketed = text
        .split('[')
        .skip(1)
        .filter_map(|rest| rest.split_once(']'))
        .map(|(n, _)| n)
        .filter(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_owned);
    let mut raised = Vec::new();
    let mut numeral = String::new();
    let mut after_word = false;
    for c in text.chars().chain([' ']) {
        if SUPERSCRIPTS.contains(&c) {
            if after_word {
                numeral.push(c);
            }
            continue;
        }
        if !numeral.is_empty() && numeral.chars().count() <= 3 {
            raised.push(plain_numeral(&numeral));
        }
        numeral.clear();
        after_word = !c.is_whitespace();
    }
    bracketed.chain(raised).collect()
}

/// Whether the text (lowercased) holds one of the phrases.
fn has_any(lower: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| has_phrase(lower, &p.to_lowercase()))
}

/// Whether the text (lowercased) holds a phrase that makes its paragraph
/// no ground wherever it stands: a `skip_containing` phrase, a set formula
/// (see [`formula`]: a response found short as a whole, an appeal ruled
/// out), eligibility
/// found not shown with no reason given in the same sentence (see
/// [`unreasoned_conclusion`]), or a concern told as answered (`answered`:
/// "This concern has been overcome") in a sentence that does not deny it
/// ("USCIS does not find that the concern has been overcome" is a ground:
/// a `denying` word before the phrase), or instructions on the form
/// evidence is sent in only (see [`on_form_only`]).
fn boilerplate_phrase(lower: &str, words: &Words) -> bool {
    has_any(lower, &words.skip_containing)
        || on_form_only(lower, words)
        || formula::response_short_as_a_whole(lower, words)
        || formula::appeal_ruled_out(lower, words)
        || unreasoned_conclusion(lower, words)
        || says_answered(lower, words)
}

/// "This concern has been fully met": an `answered` phrase with no
/// `denying` word before it in its sentence.
fn says_answered(lower: &str, words: &Words) -> bool {
    words.answered.iter().any(|phrase| {
        let phrase = phrase.to_lowercase();
        phrase_places(lower, &phrase, true).any(|at| {
            let sentence = lower[..at].rfind(['.', '?', '!', ';']).map_or(0, |end| end + 1);
            let before = lower[sentence..at].replace('\u{2019}', "'");
            !words
                .denying
                .iter()
                .any(|w| find_phrase(&before, &w.to_lowercase(), true).is_some())
        })
    })
}

/// "Evidence may include documents in any language, provided ...": a
/// text (lowercased) each of whose sentences holds a `form_instructions`
/// phrase and states no finding tells how to send evidence, and asks for
/// none on a point. "The report must be translated, and the copy you sent
/// has no translation" finds the record short: a ground. The request
/// that opens a sentence ("Evidence may include ...", a finding in a
/// request for evidence) is not what is judged: the words after it are.
fn on_form_only(lower: &str, words: &Words) -> bool {
    let mut sentences = lower.split(". ").filter(|s| !s.trim().is_empty()).peekable();
    sentences.peek().is_some()
        && sentences.all(|s| {
            let s = s.trim_start();
            let rest = opens_with(s, &words.findings).map_or(s, |o| &s[o.len()..]);
            has_any(s, &words.form_instructions) && !is_finding(rest, words)
        })
}

/// "You have not shown that she warrants parole.": an `eligibility`
/// phrase with no `reason_words` word after it in its sentence, a
/// conclusion. "... warrants parole, since she used a false passport" is
/// a reason, and so a ground; so is a text whose other sentence states a
/// finding of its own ("... that parole should be granted. The
/// physician's letter is dated 2024 and does not describe ..."), but
/// not one that only asks for what follows ("Please send the evidence
/// described below.").
fn unreasoned_conclusion(lower: &str, words: &Words) -> bool {
    let concluded = words.eligibility.iter().any(|phrase| {
        let phrase = phrase.to_lowercase();
        // A phrase that says eligible without for what ("is eligible") is
        // the bare conclusion only at its sentence's end: "... is
        // eligible for the clinical trial" finds a fact of the case.
        let bare = phrase.ends_with("eligible");
        phrase_places(lower, &phrase, true).any(|at| {
            let after = at + phrase.len();
            let end = lower[after..].find(". ").map_or(lower.len(), |e| after + e);
            let ends = lower[after..].trim_start().is_empty() || lower[after..].starts_with('.');
            (!bare || ends) && !has_any(&lower[after..end], &words.reason_words)
        })
    });
    concluded && !reason_besides(lower, words)
}

/// Whether a sentence of the text (lowercased) without an `eligibility`
/// phrase states a finding of its own: not a request ("Please send ..."),
/// not boilerplate, not a finding on the record as a whole.
fn reason_besides(lower: &str, words: &Words) -> bool {
    lower.split(". ").any(|sentence| {
        let sentence = sentence.trim();
        !has_any(sentence, &words.eligibility)
            && is_finding(sentence, words)
            && !asks_for_more(sentence, words)
            && opens_with(sentence, &words.skip).is_none()
            && !boilerplate_phrase(sentence, words)
            && !is_generic(sentence, words)
    })
}

/// The paragraph added to the ground's quote.
fn extend(ground: &mut Found, para: &Para) {
    ground.quote.push(' ');
    ground.quote.push_str(&para.text);
    ground.last_page = para.pages.last().map_or(ground.last_page, |p| p.1);
}

/// "The record does not show X. Please submit the following evidence:": a
/// paragraph with a `grounds_intro` phrase that states a finding in another
/// sentence, or in the same one with what it introduces written inline, is
/// a ground (introducing its own list, if any), not the introduction of
/// the grounds.
fn finding_besides_intro(text: &str, words: &Words, cues: &Cues) -> bool {
    let bounds = sentence_bounds(text);
    bounds.windows(2).any(|w| {
        let sentence = &text[w[0]..w[1]];
        let lower = sentence.to_lowercase();
        // Where the last introduction phrase of the sentence ends: what
        // follows it there ("...: an updated letter") is listed inline.
        let after = words
            .grounds_intro
            .iter()
            .filter_map(|p| {
                let p = p.to_lowercase();
                find_phrase(&lower, &p, false).map(|at| at + p.len())
            })
            .max();
        // "... set out below so that you can answer them": a purpose, not
        // what is listed.
        // What comes after the purpose's clause ("..., and the record does
        // not show ...", "..., does not state ...") speaks again.
        let inline = after.is_some_and(|at| {
            let rest = lower[at..].trim_start();
            if PURPOSES.iter().any(|p| rest.starts_with(p)) {
                rest.split_once(", ")
                    .is_some_and(|(_, past)| is_finding(past, words))
            } else {
                rest.split_whitespace().count() >= 3
            }
        });
        // "You may submit other evidence ...": boilerplate, not a request;
        // "The authority to parole is used only case by case ...": the
        // rule, which finds nothing of this record.
        // "Please address each of the following concerns: (1) ...": the
        // request names no point, but what it lists inline is read.
        let answer_every = inline && opens_with(lower.trim_start(), &words.answer_every).is_some();
        let boilerplate = (opens_with(lower.trim_start(), &words.skip).is_some() && !answer_every)
            || boilerplate_phrase(&lower, words)
            || is_standard(sentence, words);
        // "Under each finding is a checklist of what was missing": how the
        // grounds below are laid out.
        let layout = has_any(&lower, &words.layout);
        // "The information provided is incomplete.": a finding that names
        // nothing of the case, neither a fact nor a subject, finds the
        // record short as a whole, and introduces what follows.
        let of_the_case = names_this_case(sentence, words) || names_a_subject(sentence, words, cues);
        (after.is_none() || inline)
            && of_the_case
            && !boilerplate
            && !layout
            && !is_generic(&lower, words)
            && is_finding(sentence, words)
    })
}

/// The words that open a clause of purpose after an introduction ("set
/// out below so that each of you can answer them"): what follows says why
/// the grounds are listed, and lists none of them.
const PURPOSES: [&str; 5] = ["so that ", "so you ", "in order ", "to allow ", "to let "];

/// "The record does not yet show eligibility.": a sentence that finds the
/// record short as a whole, ending on a `generic_findings` phrase, names
/// no subject a ground could be about.
fn is_generic(lower: &str, words: &Words) -> bool {
    let sentence = lower.trim().trim_end_matches(['.', '!']).trim_end();
    words.generic_findings.iter().any(|p| {
        let p = p.to_lowercase();
        sentence
            .strip_suffix(p.as_str())
            .is_some_and(|before| before.ends_with(' '))
    })
}

/// The paragraph that opens the reasons, when the notice has one before its
/// close: the first heading among `grounds_headings` ("REASONS FOR
/// DENIAL") or paragraph with a `grounds_intro` ("... for the following
/// reasons:", "Each issue is described below") that states no finding
/// besides. The grounds are looked for from there; without one, from the
/// title on.
pub fn opening(paras: &[Para], body_start: usize, words: &Words, cues: &Cues) -> Option<usize> {
    // Whether a list item or a finding naming a fact of the case has come:
    // an introduction in general terms opens the grounds only before them.
    let mut after_a_finding = false;
    // Under the heading of a section that holds no ground ("How to
    // respond:" alone over "Put each paper under its own heading."), or
    // after such a section's name run in as a label: instructions on how
    // to answer, which open no reasons, however they speak of headings.
    let mut skipped_section = false;
    for (at, para) in paras.iter().enumerate().skip(body_start) {
        let lower = para.text.to_lowercase();
        if opens_with(&lower, &words.closings).is_some() {
            break;
        }
        let guidance = skipped_section || is_guidance_note(&para.text, words);
        if is_heading(paras, at) {
            skipped_section = skips_section(&lower, words);
        }
        if has_any(&lower, &words.attachment_intro)
            && let Some(attachment) = attachment(paras, at, words)
        {
            return Some(attachment);
        }
        let heading = is_heading(paras, at) || is_list_heading(paras, at);
        // "Evidence needed:" right after a finding asks for what that
        // finding found missing: it is part of that ground, and opens
        // nothing.
        let asks_for_the_one_before = opens_with(&lower, &words.requests).is_some()
            && at
                .checked_sub(1)
                .is_some_and(|b| is_finding(&paras[b].text, words));
        if heading && opens_with(&lower, &words.grounds_headings).is_some() && !asks_for_the_one_before {
            return Some(at);
        }
        let intro = para.enumerator.is_none()
            && words
                .grounds_intro
                .iter()
                .any(|p| has_phrase(&lower, &p.to_lowercase()))
            && (sentence_starts(&para.text).is_empty() || !finding_besides_intro(&para.text, words, cues));
        if !guidance && (intro || !after_a_finding && introduces_in_general(paras, at, words, cues)) {
            return Some(at);
        }
        after_a_finding = after_a_finding
            || para.enumerator.is_some()
            || is_finding(&para.text, words)
                && (names_this_case(&para.text, words) || names_a_subject(&para.text, words, cues));
    }
    None
}

/// Whether the reasons end at the paragraph: the letter's close, or, once
/// a ground has been read, the heading of an attachment ("Enclosure: ...")
/// after them, or after the attachment they were read from, which holds
/// none of them.
fn ends_the_reasons(paras: &[Para], at: usize, lower: &str, after_a_ground: bool, words: &Words) -> bool {
    opens_with(lower, &words.closings).is_some()
        || after_a_ground
            && is_heading(paras, at)
            && opens_with(lower, &words.attachment_headings).is_some()
            && !numbering_goes_on(paras, at)
}

/// Whether the numbered points go on past the paragraph at `at` (an
/// addendum's heading): the first numbered paragraph after it takes the
/// number after that of the last one before it ("3." in the notice, "4."
/// in the addendum), so that what it adds is another reason of the same
/// notice, not an attachment of its own.
fn numbering_goes_on(paras: &[Para], at: usize) -> bool {
    let number = |p: &Para| {
        (p.enumerator == Some(Enumerator::Number))
            .then(|| {
                p.marker
                    .trim_matches(|c: char| !c.is_ascii_digit())
                    .parse::<u32>()
                    .ok()
            })
            .flatten()
    };
    let before = paras[..at].iter().rev().find_map(number);
    let after = paras[at + 1..].iter().find_map(number);
    matches!((before, after), (Some(b), Some(a)) if a == b + 1)
}

/// "The evidence requested is described in the attachment to this
/// letter": the heading of that attachment, after the letter's close
/// (an `attachment_headings` opening), from which the grounds are read.
fn attachment(paras: &[Para], from: usize, words: &Words) -> Option<usize> {
    let close = (from..paras.len())
        .find(|&at| opens_with(&paras[at].text.to_lowercase(), &words.closings).is_some())?;
    (close + 1..paras.len())
        .find(|&at| opens_with(&paras[at].text.to_lowercase(), &words.attachment_headings).is_some())
}

/// A line that heads what follows: short, starting with a capital, and
/// without end punctuation, or ending with a colon over a paragraph that is
/// not a list item ("Medical urgency:" over its paragraph, not "Evidence to
/// submit:" over its items).
fn is_heading(paras: &[Para], at: usize) -> bool {
    // Past the last paragraph (a notice cut off after a heading) is none.
    let Some(para) = paras.get(at) else {
        return false;
    };
    let capital = para.text.chars().next().is_some_and(char::is_uppercase);
    let over_paragraph = paras.get(at + 1).is_some_and(|p| p.enumerator.is_none());
    let colon = para.lines.len() == 1
        && para.enumerator.is_none()
        && para.text.ends_with(':')
        && para.text.split_whitespace().count() <= 8
        && over_paragraph;
    capital && (para.is_short_line() || colon)
}

/// A line alone that ends in a colon and introduces the items after it
/// ("Factors weighing against a grant:" over "- ..." items).
fn introduces_items(paras: &[Para], at: usize) -> bool {
    let para = &paras[at];
    para.lines.len() == 1
        && para.enumerator.is_none()
        && para.text.ends_with(':')
        && para.text.split_whitespace().count() <= 8
        && paras.get(at + 1).is_some_and(|p| p.enumerator.is_some())
}

/// "part one: facts", "section b - deficiencies" (lowercased): a
/// heading's title past the label of the part or section it numbers,
/// which says nothing of what it holds; the label ends at a colon, a dash
/// or a period.
fn past_part_label(lower: &str) -> &str {
    ["part ", "section "]
        .iter()
        .find_map(|w| {
            let rest = lower.strip_prefix(w)?;
            let (number, title) = [": ", " - ", " \u{2013} ", " \u{2014} ", ". "]
                .iter()
                .filter_map(|sep| rest.split_once(sep))
                .min_by_key(|(number, _)| number.len())?;
            let number = number.trim_end_matches(['.', ':']);
            (!number.contains(' ') && number.len() <= 6).then_some(title.trim_start())
        })
        .unwrap_or(lower)
}

/// Whether the heading (lowercased) opens a section that holds no ground:
/// its title, past a part's label, opens with a `skip_headings` heading
/// and finds nothing short ("Part II: Facts Not Established" heads the
/// findings, not the facts).
/// So does one whose note in brackets opens with one ("Summary in Spanish
/// (for information only)": a summary given for information only restates
/// the reasons the notice's own text gives).
fn skips_section(lower: &str, words: &Words) -> bool {
    let title = past_part_label(lower);
    let noted = title
        .split('(')
        .skip(1)
        .any(|note| opens_with(note.trim_start(), &words.skip_headings).is_some());
    let opened =
        opens_with(title, &words.skip_headings).is_some_and(|h| !of_a_person(&title[h.len()..], words));
    (opened || noted) && !is_finding(title, words)
}

/// Whether the rest of a heading after a `skip_headings` word names a
/// person of the case it is "of" ("of the accompanying parent": a
/// `person_nouns` word ends it), so that the section is that person's
/// own history ("Background of the accompanying parent"), not the facts.
fn of_a_person(rest: &str, words: &Words) -> bool {
    let Some(rest) = rest.strip_prefix(" of ") else {
        return false;
    };
    let last = rest
        .split_whitespace()
        .next_back()
        .map_or("", |w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    rest.split_whitespace().count() <= 4 && words.person_nouns.iter().any(|n| n.eq_ignore_ascii_case(last))
}

/// A numbered or lettered line that heads what follows rather than being
/// an item itself: one short line without end punctuation, starting with a
/// capital, neither following nor followed by an item marked the same way
/// ("A. Urgency" over "1." and "2."; "II. Current medical condition" over
/// a paragraph).
fn is_list_heading(paras: &[Para], at: usize) -> bool {
    let para = &paras[at];
    let Some(marker) = para.enumerator else {
        return false;
    };
    if marker == Enumerator::Bullet
        || para.lines.len() != 1
        || para.text.chars().count() > 70
        || para.text.ends_with(['.', ':', ';', ',', '?', '!'])
        || !para.text.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let same = |p: Option<&Para>| p.is_some_and(|p| p.enumerator == Some(marker));
    !same(paras.get(at + 1)) && !same(at.checked_sub(1).and_then(|i| paras.get(i)))
}

/// Whether the paragraph is the only one under a heading that names a
/// subject of the playbook's ("DISCRETION", "Payment of costs") and is, as
/// a whole, about that subject: one ground per heading, whatever
/// connectives it holds.
fn sole_under_subject(paras: &[Para], at: usize, heading: Option<usize>, words: &Words, cues: &Cues) -> bool {
    let Some(h) = heading.filter(|&h| h + 1 == at) else {
        return false;
    };
    let last = paras.get(at + 1).is_none_or(|next| {
        is_heading(paras, at + 1) || opens_with(&next.text.to_lowercase(), &words.closings).is_some()
    });
    let subject = choose(&paras[h].text, cues, "");
    last && subject.score > 0 && choose(&paras[at].text, cues, "").id == subject.id
}

/// "Security and background" over four paragraphs, each stating a finding
/// and each about that subject above all (its cues for the heading's
/// category score at least as much as for any other), up to the next
/// heading, the close, or a paragraph of boilerplate: one ground, from the
/// paragraph at `at`, right under the heading, to the last of them (the
/// one returned). None for a paragraph alone (see
/// [`sole_under_subject`]), under a heading that names no subject, or when
/// any paragraph of the section turns to another subject, holds response
/// instructions or is a list item.
fn subject_section(
    paras: &[Para],
    at: usize,
    heading: Option<usize>,
    words: &Words,
    cues: &Cues,
) -> Option<usize> {
    let h = heading.filter(|&h| h + 1 == at)?;
    let subject = choose(&paras[h].text, cues, "");
    if subject.score == 0 {
        return None;
    }
    fn reasons<'a>(p: &'a Para, words: &Words) -> Option<&'a str> {
        reasons_of(&p.text, &p.text.to_lowercase(), words).filter(|t| is_finding(t, words))
    }
    let mut end = at;
    for (k, p) in paras.iter().enumerate().skip(at) {
        let section_ends = is_heading(paras, k)
            || opens_with(&p.text.to_lowercase(), &words.closings).is_some()
            || reasons(p, words).is_none() && p.enumerator.is_none();
        if section_ends {
            break;
        }
        let whole = reasons(p, words).is_some_and(|t| t.len() == p.text.len());
        let own = score_of(&p.text, &subject.id, cues);
        if p.enumerator.is_some() || !whole || own == 0 || own < choose(&p.text, cues, "").score {
            return None;
        }
        end = k;
    }
    (end > at).then_some(end)
}

/// The paragraph up to the first sentence of response instructions
/// ("Send everything together ... If we do not receive ..."): one with an
/// `instructions` phrase, or one that gives a date with a `deadlines` word
/// ("so that it reaches us no later than October 2, 2028").
fn before_instructions<'a>(text: &'a str, words: &Words) -> &'a str {
    let mut bounds = vec![0];
    bounds.extend(sentence_starts(text));
    for (k, &start) in bounds.iter().enumerate() {
        let end = bounds.get(k + 1).copied().unwrap_or(text.len());
        let sentence = text[start..end].to_lowercase();
        let has = |list: &[String]| list.iter().any(|p| has_phrase(&sentence, &p.to_lowercase()));
        // A deadline word and a date cut only a sentence about responding:
        // "due not later than April 15" of a tax return is the ground's.
        if has(&words.instructions)
            || has(&words.deadlines)
                && !dates(&sentence).is_empty()
                && super::decision::about_responding(&sentence)
        {
            return text[..start].trim_end();
        }
    }
    text
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    None,
    /// The items belong to this ground (an RFE's "Evidence may include:"),
    /// itself marked so.
    Owned(usize, Option<Enumerator>),
    /// The items are the grounds.
    Grounds,
    /// The items are what was submitted.
    Submitted,
}

fn enumerator_name(e: Option<Enumerator>) -> &'static str {
    match e {
        Some(Enumerator::Bullet) => "bullet",
        Some(Enumerator::Number) => "item",
        Some(Enumerator::Letter) => "lettered item",
        Some(Enumerator::Roman) => "item in Roman numerals",
        None => "paragraph",
    }
}

/// Whether the text states a finding: a word of negation from the
/// playbook in the agency's own words (outside quotations and reports),
/// in a clause that is no verdict in the item's favor (see
/// [`in_favor`]).
fn is_finding(text: &str, words: &Words) -> bool {
    let decided = without_declined(text, words);
    let text = decided.as_str();
    let own = if words.favorable.is_empty() {
        own_words(text, words)
    } else {
        let bounds = sentence_bounds(text);
        let kept: Vec<String> = bounds
            .windows(2)
            .map(|w| {
                verdict_clauses(&text[w[0]..w[1]], words)
                    .into_iter()
                    .filter(|c| !in_favor(c, words))
                    .collect()
            })
            .collect();
        own_words(&kept.join(" "), words)
    };
    let own = without_about_verbs(&own, words);
    words
        .findings
        .iter()
        .any(|w| find_phrase(&own, &w.to_lowercase(), true).is_some())
}

/// The text without its sentences that decline to decide a point (a
/// `declining` phrase: "Because the requirements have not been met, USCIS
/// does not reach the question of ..."): such a sentence finds nothing,
/// but the reason it gives after the phrase ("need not reach the question
/// of ..., because nothing in the record shows that ...") is kept.
fn without_declined(text: &str, words: &Words) -> String {
    if words.declining.is_empty() {
        return text.to_owned();
    }
    sentence_bounds(text)
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .map(|sentence| {
            let lower = sentence.to_lowercase();
            let Some(at) = words
                .declining
                .iter()
                .filter_map(|d| find_phrase(&lower, &d.to_lowercase(), true))
                .min()
            else {
                return sentence;
            };
            [" because ", ", since ", ", as "]
                .iter()
                .filter_map(|r| lower[at..].find(r).map(|i| at + i + r.len()))
                .min()
                .and_then(|i| sentence.get(i..))
                .unwrap_or("")
        })
        .collect()
}

/// The (lowercased) text with each `about_verbs` word right after an
/// `agency_nouns` word blanked ("this decision concerns the form i-131
/// ..."): it says what the notice is about, and is no finding.
fn without_about_verbs(lower: &str, words: &Words) -> String {
    let mut out = lower.to_owned();
    for verb in &words.about_verbs {
        let verb = verb.to_lowercase();
        for at in phrase_places(lower, &verb, true) {
            let before = lower[..at].split_whitespace().next_back().unwrap_or("");
            if words.agency_nouns.iter().any(|n| n.eq_ignore_ascii_case(before)) {
                out.replace_range(at..at + verb.len(), &" ".repeat(verb.len()));
            }
        }
    }
    out
}

/// "The permit is current and raises no concern.", "It shows no criminal
/// record and is favorable.": a clause that finds an item of the record
/// in order (a `favorable` phrase not denied by a `verdict_negations`
/// word opening the clause or just before it: "No factor weighs in
/// favor") and does not turn against it (no `contrasts` word): its words
/// of negation are part of that verdict.
fn in_favor(clause: &str, words: &Words) -> bool {
    let lower = unquoted(&clause.to_lowercase());
    if has_any(&lower, &words.contrasts) {
        return false;
    }
    let before = |at: usize| -> Vec<&str> {
        lower[..at]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect()
    };
    let negation = |w: &&str| words.verdict_negations.iter().any(|n| n.eq_ignore_ascii_case(w));
    if clears_a_concern(&lower, words) {
        return true;
    }
    words.favorable.iter().any(|phrase| {
        find_phrase(&lower, &phrase.to_lowercase(), true).is_some_and(|at| {
            let before = before(at);
            // The clause's first two words ("No factor", "and no hospital")
            // and the one just before the phrase ("does not weigh").
            !before.iter().take(2).chain(before.last()).any(negation)
        })
    })
}

/// "No security or public safety concern has been found": a
/// `verdict_negations` word, a `concern_words` word within five words
/// after it, then "has been", "was" or the like (`existential` words and
/// "been") and a `cleared` verb: a concern looked for and not found.
/// "No evidence addresses the concern raised" is no such clause: nothing
/// but the verb's auxiliaries stands between the concern and its verb.
fn clears_a_concern(lower: &str, words: &Words) -> bool {
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let one_of = |list: &[String], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    tokens.iter().enumerate().any(|(k, w)| {
        if !one_of(&words.concern_words, w) {
            return false;
        }
        let denied = tokens[k.saturating_sub(5)..k]
            .iter()
            .any(|t| one_of(&words.verdict_negations, t));
        let after: Vec<&str> = tokens[k + 1..]
            .iter()
            .copied()
            .skip_while(|t| *t == "been" || one_of(&words.existential, t))
            .collect();
        let auxiliaries = tokens.len() - k - 1 - after.len();
        denied && auxiliaries > 0 && after.first().is_some_and(|v| one_of(&words.cleared, v))
    })
}

/// The sentence cut where a `verdict_ends` phrase (";", "though", "and
/// the") opens a new clause, each clause judged alone by [`in_favor`]:
/// "The passport is in order, though the letter gives no date" holds a
/// finding after its verdict.
fn verdict_clauses<'a>(sentence: &'a str, words: &Words) -> Vec<&'a str> {
    let lower = lower_in_step(sentence);
    let mut cuts: Vec<usize> = Vec::new();
    for end in &words.verdict_ends {
        let end = end.to_lowercase();
        cuts.extend(phrase_places(&lower, &end, true));
    }
    cuts.sort_unstable();
    let mut clauses = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if cut > start {
            clauses.push(&sentence[start..cut]);
            start = cut;
        }
    }
    clauses.push(&sentence[start..]);
    clauses
}

/// The text lowercased, without quoted passages nor what it reports of
/// others: from a `reported` phrase ("according to", "states that") to the
/// next `contrasts` word ("but"), a clause joined by ", and" (not ", and
/// that") or ", which", or the end of the sentence or clause.
fn own_words(text: &str, words: &Words) -> String {
    let lower = unquoted(&text.to_lowercase());
    if words.reported.is_empty() {
        return lower;
    }
    let mut out = String::with_capacity(lower.len());
    let mut rest = lower.as_str();
    loop {
        let next = words
            .reported
            .iter()
            .filter_map(|r| find_phrase(rest, &r.to_lowercase(), true))
            .min();
        let Some(at) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let reported = &rest[at..];
        let clause_end = clause_end(reported);
        let contrast = words
            .contrasts
            .iter()
            .filter_map(|c| find_phrase(&reported[..clause_end], &c.to_lowercase(), true))
            .min();
        // ", and you have not shown ...", ", which is not ...": a clause of
        // the agency's own (", and that ..." goes on with the report).
        let joined = reported[..clause_end]
            .match_indices(", and ")
            .map(|(i, _)| i)
            .find(|&i| !reported[i + 6..].starts_with("that "));
        let which = reported[..clause_end].find(", which ");
        // "The letter states that ... and does not explain why": the
        // report's author is said to leave something out, in the agency's
        // words.
        let omits = reported[..clause_end]
            .match_indices(" and ")
            .map(|(i, _)| i)
            .find(|&i| {
                let after = &reported[i + 5..];
                opens_with(after, &words.omissions).is_some()
            });
        let end = [contrast, joined, which, omits]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(clause_end);
        out.push(' ');
        rest = &reported[end..];
    }
}

fn push(out: &mut Vec<Found>, para: &Para, text: &str, how: String) {
    let start = para.text.find(text).unwrap_or(0);
    out.push(Found {
        quote: text.to_owned(),
        first_page: para.page_at(start),
        last_page: para.page_at(start + text.len().saturating_sub(1)),
        how,
        subject: None,
    });
}

/// A paragraph's grounds: a sentence that opens with a connective
/// ("Additionally,") starts another, unless it and the sentences before it
/// are plainly about the same category; so does one that states a finding
/// afresh ("The record does not ...") about another category than the
/// sentences before it, and one that turns to another subject outright
/// (see [`turns_to`]). `text` is the paragraph (or list item, `what`) up
/// to its instructions; with `cut` false, it is one ground.
fn split(out: &mut Vec<Found>, para: &Para, text: &str, what: &str, cut: bool, words: &Words, cues: &Cues) {
    let starts = sentence_starts(text);
    // "Your request ... The request is denied. The record shows ...": the
    // ground starts after the sentence that states the decision, unless
    // that sentence gives the reason itself ("is denied because ... not").
    let mut bounds = vec![0];
    bounds.extend(&starts);
    let first = bounds
        .windows(2)
        .filter(|w| {
            let sentence = text[w[0]..w[1]].to_lowercase();
            words
                .operative
                .iter()
                .any(|o| has_phrase(&sentence, &o.to_lowercase()))
                && !is_finding(&text[w[0]..w[1]], words)
        })
        .map(|w| w[1])
        .next_back()
        .unwrap_or(0)
        .max(recital_end(para, text, words))
        .max(exhibit_review_end(para, text, words));
    if text[first..].trim().is_empty() {
        // Recital of the earlier notice and of the response, and nothing
        // of the agency's own.
        return;
    }
    if all_boilerplate(&text[first..], words) {
        // "The reasons are marked below. Items not marked do not apply.":
        // after the decision, only words that are never a ground.
        return;
    }
    // "... because you have not explained X and you have not shown Y": a
    // clause joined by "and" that states a finding afresh may start
    // another ground, as a sentence may (the "and" opening it).
    let clauses: Vec<usize> = text
        .match_indices(" and ")
        .map(|(i, _)| i + 1)
        .filter(|&i| opens_with(&text[i + 4..].to_lowercase(), &words.restatements).is_some())
        .collect();
    let mut starts: Vec<usize> = starts.into_iter().chain(clauses.iter().copied()).collect();
    starts.sort_unstable();
    starts.retain(|&s| cut && s > first);
    // Each cut, with why it was made (for the summary) and whether a
    // connective marks it.
    let mut cuts: Vec<(usize, String, bool)> = vec![(first, String::new(), false)];
    for (k, &start) in starts.iter().enumerate() {
        let clause = clauses.contains(&start);
        let lower = text[if clause { start + 4 } else { start }..].to_lowercase();
        let opening = first_word(&text[start..]);
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let from = cuts.last().map_or(0, |c| c.0);
        if !clause && names_what_went_before(&lower, words) {
            // "This discrepancy is not explained": the sentence before
            // stated what it is, and the two are one ground.
            continue;
        }
        let before = choose(&text[from..start], cues, "");
        let this = choose(&text[start..end], cues, "");
        if !clause && opens_with(&lower, &words.connectives).is_some() {
            // "In addition, the passport copy is too dark" after a word on
            // the translations: more of the same ground.
            if !same_subject(&text[from..start], &before, &this, words, cues) {
                cuts.push((start, format!("from \"{opening}\""), true));
            }
            continue;
        }
        if opens_with(&lower, &words.restatements).is_some() {
            // "You have not shown ... USCIS cannot conclude that ... public
            // safety": a finding afresh that goes back to the subject before
            // it is more of the same ground.
            // Within a sentence ("..., and the record does not describe
            // the treatment proposed"), the clause most often goes on about
            // what the sentence named: only a clear change of subject (cues
            // worth 3 or more) cuts it off. So within a list item, which
            // its author marked as one ground ("(2) The letter offers only
            // a consultation. Nor does it say how long ..."), and never
            // where the finding rests on what went before ("... has not
            // explained why the form says otherwise").
            let rest = &text[start..];
            let marked_one = clause || para.enumerator.is_some();
            // "You state that dialysis is not offered there, but no doctor
            // says it is needed, and you have not shown ...": a sentence
            // that recites a claim and answers it is one ground, on the
            // claim's subject, to its end.
            if clause && answers_its_claim(&text[..start], words) {
                continue;
            }
            if is_finding(&text[start..end], words)
                && (!marked_one || this.score >= 3 && !rests_on_what_went_before(&lower, words))
                && !points_back_to_place(&text[start..end].to_lowercase(), words)
                && before.score > 0
                && this.score > 0
                && before.id != this.id
                && !weighed_as_a_ground(&text[from..start], &this, words, cues)
                && score_of(rest, &this.id, cues) > score_of(rest, &before.id, cues)
            {
                cuts.push((
                    start,
                    format!("from \"{opening}\", a finding about {}", this.id),
                    false,
                ));
            }
            continue;
        }
        // A list item is one ground as its author marked it, but for a
        // connective or a finding afresh.
        if !clause
            && para.enumerator.is_none()
            && !rests_on_what_went_before(&lower, words)
            && !asks_for_more(&lower, words)
            && turns_to(&text[from..start], &text[start..], &before, &this, words, cues)
        {
            cuts.push((
                start,
                format!("from \"{opening}\", another subject: {}", this.id),
                false,
            ));
        }
    }
    keep_parts_that_find(&mut cuts, text, words);
    let last_end = past_lead_in_and_closing(para, text, &starts, &mut cuts, words, cues);
    let parts = cuts.len();
    for (n, (at, why, _)) in cuts.iter().enumerate() {
        let end = cuts.get(n + 1).map_or(last_end, |c| c.0);
        let part = text[*at..end].trim_end();
        let how = match (parts, n) {
            (1, _) => what.trim_start_matches("a ").to_owned(),
            (_, 0) => format!("part 1 of {parts} of {what}"),
            _ => format!("part {} of {parts} of {what}, {why}", n + 1),
        };
        push(out, para, part, how);
    }
}

/// Whether the sentence that `before` ends in opens by reciting a claim (a
/// `reported` phrase: "You state that ...") and has turned to answer it
/// (", but ...", a `contrasts` word after a comma).
fn answers_its_claim(before: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(before);
    let from = bounds[bounds.len().saturating_sub(2)];
    let sentence = before[from..].to_lowercase();
    let recites = opens_with(sentence.trim_start(), &words.reported).is_some();
    recites
        && words
            .contrasts
            .iter()
            .any(|c| sentence.contains(&format!(", {} ", c.to_lowercase())))
}

/// Whether the words before a finding afresh (`earlier`), weighed as a
/// ground's are (each cue once, however many of its shorter forms it
/// holds: "did not disclose" is not also "not disclose"), are clearly about
/// the subject the finding (`this`) is about: "He was taken into custody
/// ... The petition did not disclose this, and the record contains no
/// police certificate": one ground on the arrest, not two.
fn weighed_as_a_ground(earlier: &str, this: &Choice, words: &Words, cues: &Cues) -> bool {
    let weighed = choose_focused(earlier, cues, "", &words.finding_marks, &words.plain_words);
    weighed.score > 0
        && weighed.id == this.id
        && weighed.runner_up.as_ref().is_none_or(|r| r.1 < weighed.score)
}

/// Whether a sentence opening with a connective goes on about the subject
/// of the words before it (`earlier`, chosen as `before`): both score for
/// the same one, and the words before, weighed as a ground's are, clearly
/// so. Words that score as much for another subject ("could not be done
/// in Jakarta" beside "surgeon"), or more, may be about that other.
fn same_subject(earlier: &str, before: &Choice, this: &Choice, words: &Words, cues: &Cues) -> bool {
    let weighed = choose_focused(earlier, cues, "", &words.finding_marks, &words.plain_words);
    let clear = weighed.id == this.id && weighed.runner_up.as_ref().is_none_or(|r| r.1 < weighed.score);
    before.score > 0 && this.score > 0 && before.id == this.id && clear
}

/// "Her summary notes a severe infection. The record contains no opinion
/// on whether she can travel": a part that states no finding is what the
/// next one rests on, not a ground of its own (unless a connective marks
/// the next as another): its cut is dropped.
fn keep_parts_that_find(cuts: &mut Vec<(usize, String, bool)>, text: &str, words: &Words) {
    let mut k = 1;
    while k < cuts.len() {
        if cuts[k].2 || is_finding(&text[cuts[k - 1].0..cuts[k].0], words) {
            k += 1;
        } else {
            cuts.remove(k);
        }
    }
}

/// "Three problems remain. First, ... Second, ...": where reasons counted
/// from a `first_ordinals` word start, the next marked by a connective,
/// when the words before the first name no subject and so introduce them.
fn first_counted(
    text: &str,
    starts: &[usize],
    cuts: &[(usize, String, bool)],
    words: &Words,
    cues: &Cues,
) -> Option<usize> {
    let (from, next) = match cuts {
        [first, next, ..] if next.2 => (first.0, next.0),
        _ => return None,
    };
    starts.iter().copied().find(|&s| {
        s > from
            && s < next
            && opens_with(&text[s..].to_lowercase(), &words.first_ordinals).is_some()
            && choose(&text[from..s], cues, "").score == 0
    })
}

/// Where a paragraph's grounds start and end: from the first counted one
/// (see [`first_counted`]) and, in an unnumbered paragraph, past the
/// lead-in before them and up to the closing word after them (see
/// [`past_general_lead_in`] and [`closing_after_grounds`]). The first cut
/// is moved to the start; the end is returned.
fn past_lead_in_and_closing(
    para: &Para,
    text: &str,
    starts: &[usize],
    cuts: &mut [(usize, String, bool)],
    words: &Words,
    cues: &Cues,
) -> usize {
    if let Some(s) = first_counted(text, starts, cuts, words, cues) {
        cuts[0].0 = s;
    }
    if para.enumerator.is_some() {
        return text.len();
    }
    if let Some(s) = past_general_lead_in(text, cuts, words, cues) {
        cuts[0].0 = s;
    }
    closing_after_grounds(text, cuts, words, cues)
}

/// "We have read your papers with care. We cannot decide yet, because
/// some things are missing. The surgeon's letter does not ... Also, ...":
/// in a paragraph holding several grounds, the sentences before the first
/// ground's subject that find the record short only in general (a finding
/// that scores on no category's cues), and those before them that find
/// nothing ("We have read ... with care"), lead in to the grounds and are
/// no part of the first: it starts after the last such finding.
fn past_general_lead_in(
    text: &str,
    cuts: &[(usize, String, bool)],
    words: &Words,
    cues: &Cues,
) -> Option<usize> {
    let [first, next, ..] = cuts else {
        return None;
    };
    let mut bounds: Vec<usize> = vec![first.0];
    bounds.extend(
        sentence_starts(text)
            .into_iter()
            .filter(|&s| s > first.0 && s < next.0),
    );
    bounds.push(next.0);
    let mut start = None;
    for w in bounds.windows(2) {
        let sentence = &text[w[0]..w[1]];
        if !is_finding(sentence, words) {
            continue;
        }
        if choose(sentence, cues, "").score > 0 {
            break;
        }
        start = Some(w[1]);
    }
    start.filter(|&s| s < next.0)
}

/// "... nothing shows who would pay. We know this is a hard time for
/// your family, and we will read what you send with care.": in a
/// paragraph holding several grounds, the sentences that close it after
/// the last ground's first, each stating no `denying` word, asking for
/// nothing (see [`asks_for_more`]) and scoring on no category's cues, are
/// a closing word and no part of the last ground. Where the last ground
/// ends, the text's length when nothing closes it.
fn closing_after_grounds(text: &str, cuts: &[(usize, String, bool)], words: &Words, cues: &Cues) -> usize {
    let (Some(last), true) = (cuts.last(), cuts.len() >= 2) else {
        return text.len();
    };
    let mut end = text.len();
    for &s in sentence_starts(text).iter().rev() {
        if s <= last.0 {
            break;
        }
        let sentence = &text[s..end];
        let lower = sentence.to_lowercase();
        let denies = words
            .denying
            .iter()
            .any(|w| find_phrase(&lower, &w.to_lowercase(), true).is_some());
        if denies || asks_for_more(&lower, words) || choose(sentence, cues, "").score > 0 {
            break;
        }
        end = s;
    }
    end
}

/// "The clinic has sent only a brochure. There is no letter from a doctor
/// there ...": a sentence that names the place the one before named by
/// "there" (a `places_back` word, not where it opens a sentence: "there
/// is", "is there", beside an `existential` verb) is about what that one
/// was about.
fn points_back_to_place(lower: &str, words: &Words) -> bool {
    let said: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let one_of =
        |list: &[String], w: Option<&&str>| w.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)));
    said.iter().enumerate().any(|(k, w)| {
        one_of(&words.places_back, Some(w))
            && k > 0
            && !one_of(&words.existential, said.get(k - 1))
            && !one_of(&words.existential, said.get(k + 1))
    })
}

/// Where the agency's own words start in an unnumbered paragraph that
/// opens by reciting the earlier notice ("The NOID stated that ..."): after
/// that recital and the sentences reporting the response ("In your
/// response you wrote: \"...\""), up to the first sentence of its own or
/// one that states a finding. 0 for any other paragraph, the text's length
/// for one that is recital throughout.
fn recital_end(para: &Para, text: &str, words: &Words) -> usize {
    let lower = text.to_lowercase();
    if para.enumerator.is_some() || opens_with(&lower, &words.recitals).is_none() {
        return 0;
    }
    let bounds = sentence_bounds(text);
    for (k, w) in bounds.windows(2).enumerate() {
        let sentence = &text[w[0]..w[1]];
        let opening = sentence.to_lowercase();
        let before = &text[..w[0]];
        let quoting = before.matches('"').count() % 2 == 1
            || before.matches('\u{201c}').count() > before.matches('\u{201d}').count();
        let recites = k == 0
            || opens_with(&opening, &words.responses).is_some()
            || opens_with(&opening, &words.recitals).is_some();
        if quoting {
            continue;
        }
        // The first sentence recites the notice's finding; a later one of
        // the response that finds fault itself ("Your response does not
        // ...") is the agency's.
        if !recites || k > 0 && is_finding(sentence, words) {
            return w[0];
        }
    }
    text.len()
}

/// Where the agency's own words start in an unnumbered paragraph that
/// reviews an exhibit it names at its opening ("Exhibit 4, the clinic's
/// letter. The clinic confirms ... It names no surgeon ..."): after that
/// label and the sentences that tell what the exhibit or its author says
/// (a `describing` verb among their first six words, and no finding), up
/// to the first sentence that states a finding or says something of the
/// agency's own ("The city is far from the hospital, ..."). The label is
/// part of the ground only when it states a finding itself, or when the
/// sentence right after it, starting the agency's words, opens with a word
/// standing for the exhibit ("Exhibit 4, the clinic's letter. It does not
/// ...", see [`stands_for_the_exhibit`]): the ground is then the whole
/// paragraph, so that it names what it speaks of. After a sentence telling
/// what the exhibit says, such a word stands for what that sentence named
/// ("Dr. Lind recommends ... She does not say ..."), and the ground starts
/// at it as before. 0 for
/// any other paragraph, the text's length for one that only describes.
fn exhibit_review_end(para: &Para, text: &str, words: &Words) -> usize {
    if para.enumerator.is_some() || !opens_with_exhibit(text, words) {
        return 0;
    }
    let bounds = sentence_bounds(text);
    for (k, w) in bounds.windows(2).enumerate() {
        let sentence = &text[w[0]..w[1]];
        if is_finding(sentence, words) || k > 0 && !describes(sentence, words) {
            return if k == 1 && stands_for_the_exhibit(sentence, words) {
                0
            } else {
                w[0]
            };
        }
    }
    text.len()
}

/// "It does not say ...", "He gives no date.": a sentence whose first word
/// (a `standing_for` word) stands for the exhibit named before it or its
/// author.
fn stands_for_the_exhibit(sentence: &str, words: &Words) -> bool {
    let first = first_word(sentence.trim_start());
    words.standing_for.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// "Exhibit 2, ...", "Exhibit 12: ...", "Tab C - ...": an `exhibit_labels`
/// word, then a number or a letter, then a comma, a colon, a full stop, a
/// bracket or a dash.
fn opens_with_exhibit(text: &str, words: &Words) -> bool {
    let lower = text.to_lowercase();
    let Some(label) = opens_with(&lower, &words.exhibit_labels) else {
        return false;
    };
    let rest = lower[label.len()..].strip_prefix(' ').unwrap_or("");
    let id: String = rest.chars().take_while(char::is_ascii_alphanumeric).collect();
    let numbered = !id.is_empty() && id.len() <= 3 && id.bytes().all(|b| b.is_ascii_digit());
    let lettered = id.len() == 1 && id.bytes().all(|b| b.is_ascii_alphabetic());
    let after = &rest[id.len()..];
    (numbered || lettered)
        && (after.starts_with([',', ':', '.', ')'])
            || after.starts_with(" -")
            || after.starts_with(" \u{2013}")
            || after.starts_with(" ("))
}

/// "The scans confirm a small tumor.", "You say that she would live with
/// you.": a `describing` verb among the sentence's first six words.
fn describes(sentence: &str, words: &Words) -> bool {
    sentence
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .any(|w| words.describing.iter().any(|d| d.eq_ignore_ascii_case(&w)))
}

/// "This inconsistency ...", "These gaps ...": a sentence whose subject
/// names what the sentence before it stated (a `pointing_back` word), and
/// so goes on with it. Not "This office ...", which names the agency (an
/// `agency_nouns` word).
fn names_what_went_before(lower: &str, words: &Words) -> bool {
    let mut said = lower.split_whitespace();
    let one_of = |list: &[String], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    let demonstrative = said.next().is_some_and(|w| one_of(&words.pointing_back, w));
    let agency = said
        .next()
        .is_some_and(|w| one_of(&words.agency_nouns, w.trim_end_matches([',', '.'])));
    demonstrative && !agency
}

/// "USCIS cannot assess the risk without these records": a sentence that
/// says what follows from the lack the sentence before it stated (a
/// `without_these` phrase: "without this information", "without such
/// evidence") goes on with it, whatever its other words are about; so
/// does one that finds the record at odds with what went before ("...
/// has not explained why the form says otherwise").
fn rests_on_what_went_before(lower: &str, words: &Words) -> bool {
    words
        .without_these
        .iter()
        .any(|p| find_phrase(lower, &p.to_lowercase(), true).is_some())
}

/// "Submit ...", "If he is to come, explain how ...": a sentence that asks
/// for what the finding before it found missing (opening with one of the
/// `request_verbs`, past a leading `concessions` clause and a
/// `courtesies` word) is part of that ground, whatever its words are about.
/// So is one that lists the evidence that would answer it ("Evidence may
/// include ...", an `evidence_lists` opening).
fn asks_for_more(lower: &str, words: &Words) -> bool {
    let main = match opens_with(lower, &words.concessions) {
        Some(_) => lower.split_once(", ").map_or("", |(_, main)| main),
        None => lower,
    };
    if opens_with(main, &words.evidence_lists).is_some() {
        // "Evidence may include a letter ..., since the Form I-134 shows
        // an income of only $22,000": a finding of its own, about its own
        // subject, is not merely a request for more.
        return !gives_own_reason(main, words);
    }
    let main = opens_with(main, &words.courtesies).map_or(main, |c| main[c.len()..].trim_start());
    let verb = main.split_whitespace().next().unwrap_or("");
    words.request_verbs.iter().any(|v| v.eq_ignore_ascii_case(verb))
}

/// A box left empty on a form: "[ ] ...", "\u{2610} ..." is read as a
/// bullet elsewhere, so only the bracketed form.
fn is_unmarked_box(text: &str) -> bool {
    text.starts_with("[ ]") || text.starts_with("[]")
}

fn is_marked_box(marker: &str) -> bool {
    ["[X]", "[x]", "\u{2612}", "\u{2611}"].contains(&marker)
}

/// The paragraph right after a marked box is its explanation, unless it is
/// another item, a heading, boilerplate or the response instructions.
fn explains_box(paras: &[Para], at: usize, lower: &str, words: &Words) -> bool {
    let para = &paras[at];
    para.enumerator.is_none()
        && !is_heading(paras, at)
        && opens_with(lower, &words.skip).is_none()
        && !boilerplate_phrase(lower, words)
        && before_instructions(&para.text, words).len() == para.text.len()
        && !states_a_deadline(lower, words)
}

/// Whether the text (lowercased) gives a time to answer: a `deadlines`
/// phrase with, within the few words after it, a date, a day of the week
/// or a count of days, weeks or months ("must arrive by June 1, 2027",
/// "response must be received within 30 days"). "Would arrive by plane"
/// is how someone travels, and gives none.
fn states_a_deadline(lower: &str, words: &Words) -> bool {
    words.deadlines.iter().any(|p| {
        let p = p.to_lowercase();
        phrase_places(lower, &p, false).any(|at| names_a_time(&lower[at + p.len()..]))
    })
}

/// Whether the first words of `after` (lowercased) name a time: a date, a
/// day of the week, or a count of days, weeks or months.
fn names_a_time(after: &str) -> bool {
    use super::decision::WEEKDAYS;
    const UNITS: [&str; 6] = ["day", "days", "week", "weeks", "month", "months"];
    let window: Vec<&str> = after.split_whitespace().take(8).collect();
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
    }
    let counted = window
        .windows(2)
        .any(|pair| UNITS.contains(&bare(pair[1])) && super::decision::count_of(bare(pair[0])).is_some());
    counted || window.iter().any(|w| WEEKDAYS.contains(&bare(w))) || !dates(&window.join(" ")).is_empty()
}

/// Whether every sentence of `text` opens as boilerplate does or holds a
/// phrase that makes it so, and does not go on to apply it to this case
/// (see [`rule_applied_here`]).
fn all_boilerplate(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    bounds.windows(2).all(|w| {
        let sentence = &text[w[0]..w[1]];
        let lower = sentence.trim().to_lowercase();
        lower.is_empty()
            || opens_with(&lower, &words.skip).is_some()
            || boilerplate_phrase(&lower, words) && rule_applied_here(sentence, words).is_none()
    })
}

/// "Question 2: Has the requester shown ...? Answer: No.": a question of a
/// form of questions and answers, its words, and its answer with what
/// follows the answer in the paragraph, when the paragraph holds it. A
/// question ends with a question mark and has its answer in the paragraph
/// or the next; one left unanswered (a question the notice puts to the
/// requester) is read as any other paragraph.
fn question_of<'a>(
    paras: &'a [Para],
    at: usize,
    words: &Words,
) -> Option<(String, Option<(&'a str, &'a str)>)> {
    let text = paras[at].text.as_str();
    let mark = text.find('?')?;
    let question = &text[..=mark];
    let rest = text[mark + 1..].trim_start();
    let answer = if rest.is_empty() {
        None
    } else {
        Some(answer_of(rest, words)?)
    };
    let answered = answer.is_some()
        || paras
            .get(at + 1)
            .is_some_and(|p| answer_of(&p.text, words).is_some());
    (answered && paras[at].enumerator.is_none()).then(|| (question.to_owned(), answer))
}

/// "Question 2" in "Question 2: Has ...?": a `question_labels` word and a
/// number or a letter, then a colon, a full stop or a bracket.
fn question_label<'a>(question: &'a str, words: &Words) -> Option<&'a str> {
    let lower = question.to_lowercase();
    let label = opens_with(&lower, &words.question_labels)?;
    let rest = &question[label.len()..];
    let number = rest.trim_start();
    let id: String = number.chars().take_while(char::is_ascii_alphanumeric).collect();
    let after = &number[id.len()..];
    let numbered =
        !id.is_empty() && id.len() <= 3 && (id.bytes().all(|b| b.is_ascii_digit()) || id.len() == 1);
    (numbered && after.starts_with([':', '.', ')'])).then(|| &question[..question.len() - after.len()])
}

/// "Answer: Not shown. The letter ...": the answer's words up to the end of
/// its first sentence (without the full stop), and what follows it.
fn answer_of<'a>(text: &'a str, words: &Words) -> Option<(&'a str, &'a str)> {
    let lower = text.to_lowercase();
    let label = opens_with(&lower, &words.answer_labels)?;
    let rest = text[label.len()..].strip_prefix(':')?.trim_start();
    let end = sentence_starts(rest).first().copied().unwrap_or(rest.len());
    let answer = rest[..end].trim_end().trim_end_matches(['.', '!']).trim_end();
    (!answer.is_empty()).then(|| (answer, rest[end..].trim_start()))
}

/// Whether the answer finds for the request: a `met_verdicts` answer, "No"
/// to a question about a concern. "Yes" to such a question, and any other
/// answer ("No.", "Not shown."), finds against it.
fn answers_for(answer: &str, concern: bool, words: &Words) -> bool {
    let answer = answer.to_lowercase();
    match answer.as_str() {
        "yes" if concern => false,
        "no" if concern => true,
        a => words.met_verdicts.iter().any(|v| v.eq_ignore_ascii_case(a)),
    }
}

/// "Met. The sponsor's statements ...": a discussion whose first sentence
/// is a verdict for the request alone.
fn opens_with_verdict_for(text: &str, words: &Words) -> bool {
    let end = sentence_starts(text).first().copied().unwrap_or(text.len());
    let first = text[..end].trim().trim_end_matches(['.', '!', ';']).trim_end();
    words.met_verdicts.iter().any(|v| v.eq_ignore_ascii_case(first))
}

/// "Credibility | The statement ...": a table row read out as text, its
/// label (a few words starting with a capital, no end punctuation) set
/// apart from a discussion of sentences by one of the `cell_separators`
/// or by a gap between columns ([`CELL_GAP`]). None for a row of more than
/// two cells, and for a row of labels alone (the table's heading).
fn table_row<'a>(text: &'a str, words: &Words) -> Option<(&'a str, &'a str)> {
    let gap = text.find(CELL_GAP).map(|at| (at, CELL_GAP.len_utf8()));
    let (at, separator) = words
        .cell_separators
        .iter()
        .filter_map(|s| text.find(&format!(" {s} ")).map(|at| (at, s.len() + 2)))
        .chain(gap)
        .min()?;
    let label = text[..at].trim();
    let discussion = text[at + separator..].trim();
    let is_label = label.starts_with(char::is_uppercase)
        && label.split_whitespace().count() <= 8
        && !label.ends_with(['.', ':', ';', ',', '?', '!']);
    let another_cell = discussion.contains(CELL_GAP)
        || words
            .cell_separators
            .iter()
            .any(|s| discussion.contains(&format!(" {s} ")));
    let sentences =
        discussion.ends_with(['.', '"', '\u{201d}', ')']) && discussion.split_whitespace().count() >= 4;
    (is_label && !another_cell && sentences).then_some((label, discussion))
}

/// Where the words of an entry of a dated history start: after a date that
/// opens the paragraph and a colon or a dash ("October 3, 2026: ...").
fn entry_start(text: &str) -> Option<usize> {
    let date = dates(text).into_iter().next().filter(|d| d.start == 0)?;
    let rest = &text[date.end..];
    let after = rest
        .strip_prefix(':')
        .or_else(|| rest.strip_prefix(" -"))
        .or_else(|| rest.strip_prefix(" \u{2013}"))?;
    let words = after.trim_start();
    (!words.is_empty() && words.starts_with(char::is_uppercase)).then(|| text.len() - words.len())
}

fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

/// Whether a plain sentence, with no opening of its own, starts another
/// ground: the sentences before it (`before`, since the last cut) state a
/// finding on one subject, it is clearly about another (cues worth 3 or
/// more, none of which the sentences before it matched), the rest of the
/// paragraph (`rest`, from it) states a finding and is at least twice as
/// much about the new subject as about the old.
fn turns_to(
    before_text: &str,
    rest: &str,
    before: &Choice,
    this: &Choice,
    words: &Words,
    cues: &Cues,
) -> bool {
    if before.score < 3 || this.score < 3 || before.id == this.id {
        return false;
    }
    if score_of(before_text, &this.id, cues) > 0
        || !is_finding(before_text, words)
        || !is_finding(rest, words)
    {
        return false;
    }
    score_of(rest, &this.id, cues) >= 2 * score_of(rest, &before.id, cues)
}

/// The text's score for one id.
fn score_of(text: &str, id: &str, cues: &Cues) -> u32 {
    let lower = text.to_lowercase();
    cues.iter().find(|(c, _)| c == id).map_or(0, |(_, list)| {
        list.iter().filter(|c| matches(&lower, c)).map(|c| c.weight).sum()
    })
}

/// Whether the text (lowercased) holds one of the phrases as whole words.
fn has_whole(lower: &str, phrases: &[String]) -> bool {
    phrases
        .iter()
        .any(|p| find_phrase(lower, &p.to_lowercase(), true).is_some())
}

/// A word as compared with a word list: its letters and inner marks,
/// lowercased, without the marks around it or a possessive "'s".
fn bare_word(token: &str) -> String {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric());
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("\u{2019}s"))
        .unwrap_or(t);
    t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Words that stand before a noun and make it this one: "the letter", "his
/// passport" name a document of the record; "a letter", "any document"
/// speak of any.
const DEFINITE: [&str; 10] = [
    "the", "this", "that", "these", "those", "his", "her", "their", "its", "your",
];

/// Words that, after "below" or "above", make it measure something
/// ("below the poverty guidelines", "above 125 percent") rather than point
/// to another part of the notice.
const MEASURED: [&str; 8] = ["the", "a", "an", "what", "that", "this", "his", "her"];

/// "The letter from Dr. Ruiz, dated May 2, ...": whether a sentence names
/// a fact of this case: a number or amount (not a citation's: "8 C.F.R.
/// § 212.5"), words quoted, a name (a capitalized word past the first
/// that is no `general_names` word: "USCIS", "United States"), a month,
/// or a document of the record (a `document_nouns` word made definite:
/// "the letter", "the hospital's estimate", "her passport"; "the record"
/// is the file as a whole), or a person of it (a `persons` word: "she"). "The information provided is incomplete"
/// names none.
fn names_this_case(sentence: &str, words: &Words) -> bool {
    let lower = sentence.to_lowercase();
    let citing = has_any(&lower, &words.citation_marks);
    if sentence.contains(['$', '"', '\u{201c}', '\u{201d}']) {
        return true;
    }
    let tokens: Vec<&str> = sentence.split_whitespace().collect();
    // "Form I-131" names the form any request is made on.
    let numbered = tokens.iter().enumerate().any(|(i, t)| {
        t.chars().any(|c| c.is_ascii_digit()) && (i == 0 || bare_word(tokens[i - 1]) != "form")
    });
    if !citing && numbered {
        return true;
    }
    let general = |w: &str| words.general_names.iter().any(|g| bare_word(g) == w);
    for (i, token) in tokens.iter().enumerate() {
        let bare = bare_word(token);
        if bare.is_empty() {
            continue;
        }
        // "he or she", "himself or herself": anyone's pronouns, of no case.
        let person = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                words
                    .persons
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(&bare_word(t)))
            })
        };
        let or_at = |k: usize| tokens.get(k).is_some_and(|t| bare_word(t) == "or");
        let paired = or_at(i + 1) && person(i + 2) || i >= 2 && or_at(i - 1) && person(i - 2);
        if person(i) && !paired {
            return true;
        }
        let capital = token
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(|c: char| c.is_uppercase());
        if i > 0 && capital {
            if crate::text::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&bare)) {
                return true;
            }
            let after_stop = tokens[i - 1].ends_with([':', '.', ';']);
            let form = bare_word(tokens[i - 1]) == "form";
            if !citing && !after_stop && !form && !general(&bare) {
                return true;
            }
        }
        if bare != "record" && words.document_nouns.iter().any(|d| d.eq_ignore_ascii_case(&bare)) {
            // Back over the words that may name its kind ("the hospital's
            // cost estimate") to the word before them.
            let mut j = i;
            while j > 0 {
                let before = bare_word(tokens[j - 1]);
                let possessive = tokens[j - 1].ends_with("'s") || tokens[j - 1].ends_with("\u{2019}s");
                if possessive || DEFINITE.contains(&before.as_str()) {
                    return true;
                }
                if !words
                    .document_modifiers
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(&before))
                {
                    break;
                }
                j -= 1;
            }
        }
    }
    false
}

/// The particles of a verb of laying out ("set out", "set forth"): a word
/// of place after one points to another part of the notice.
const LAYING_OUT: [&str; 2] = ["out", "forth"];

/// Whether the word stands in the sentence (lowercased) as an adverb that
/// points elsewhere in the notice: at the sentence's start ("Below, we
/// list ..."), before a stop ("... explained below."), or before a word
/// that does not make it measure something ("each discussed below in
/// turn"; not "below the poverty guidelines").
fn adverb_of_place(lower: &str, adverb: &str) -> bool {
    let adverb = adverb.to_lowercase();
    phrase_places(lower, &adverb, true).any(|at| {
        let after = lower[at + adverb.len()..].trim_start();
        let next = after.split_whitespace().next().unwrap_or("");
        let measures = next.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || MEASURED.contains(&next.trim_end_matches([',', '.', ';', ':']));
        let stops = next.is_empty() || after.starts_with([',', '.', ';', ':', ')']);
        // "sets out below the evidence": after a verb of laying out, the
        // word points however the sentence goes on.
        let laid_out = lower[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| LAYING_OUT.contains(&w));
        lower[..at].trim().is_empty() || stops || laid_out || !measures
    })
}

/// "The reasons are explained below.", "The analysis follows.", "They are
/// as follows:": whether a sentence (lowercased) points forward to what
/// follows it: a `forward` phrase, a `forward_adverbs` word standing as
/// an adverb (see [`adverb_of_place`]), or a `forward_ends` word ending it.
fn points_forward(lower: &str, words: &Words) -> bool {
    let s = lower.trim().trim_end_matches(['.', ':', '!']).trim_end();
    has_whole(s, &words.forward)
        || words.forward_adverbs.iter().any(|a| adverb_of_place(s, a))
        || words.forward_ends.iter().any(|w| {
            s.strip_suffix(w.to_lowercase().as_str())
                .is_some_and(|b| b.ends_with(' '))
        })
}

/// Whether a paragraph's opening is one that recites or asks rather than
/// introduces: what was submitted, the record, a request for evidence or
/// a list of the evidence that may be sent.
fn recites_or_asks(lower: &str, words: &Words) -> bool {
    opens_with(lower, &words.skip).is_some()
        || has_any(lower, &words.submitted_intro)
        || opens_with(lower, &words.recitals).is_some()
        || opens_with(lower, &words.requests).is_some()
        || has_any(lower, &words.evidence_lists)
}

/// "Your request cannot be approved on this record. The reasons are
/// explained below.", "The information provided is incomplete. Two
/// matters need more evidence:" over the grounds: a paragraph (no list
/// item) that names no fact of the case in any sentence (see
/// [`names_this_case`]), neither recites nor asks (see
/// [`recites_or_asks`]), and either points forward in a sentence (see
/// [`points_forward`]) or ends in a colon over what is not a bulleted
/// list, introduces the grounds, whatever it finds of the record as a
/// whole.
fn introduces_in_general(paras: &[Para], at: usize, words: &Words, cues: &Cues) -> bool {
    let para = &paras[at];
    let lower = para.text.to_lowercase();
    // "We ask the questions below": a form of questions and answers
    // follows, read by its own rule.
    let about_questions = para.text.split_whitespace().map(bare_word).any(|w| {
        words.question_labels.iter().any(|l| {
            w.eq_ignore_ascii_case(l) || w.strip_suffix('s').is_some_and(|one| one.eq_ignore_ascii_case(l))
        })
    });
    if para.enumerator.is_some() || recites_or_asks(&lower, words) || about_questions {
        return false;
    }
    let bounds = sentence_bounds(&para.text);
    let sentences: Vec<&str> = bounds.windows(2).map(|w| &para.text[w[0]..w[1]]).collect();
    if sentences
        .iter()
        .any(|s| names_this_case(s, words) || names_a_subject(s, words, cues))
    {
        return false;
    }
    // "The following were reviewed:" over bullets: the record's list; "...
    // decided together:" over "Lead request: IOE0123456789. ..." lines:
    // the requests the notice answers, each a label and its value.
    let colon = para.text.ends_with(':');
    if colon
        && paras
            .get(at + 1)
            .is_none_or(|next| next.enumerator == Some(Enumerator::Bullet) || is_field_line(next, words))
    {
        return false;
    }
    colon || sentences.iter().any(|s| points_forward(&s.to_lowercase(), words))
}

/// "Lead request: IOE0123456789. Beneficiary: Ana Ruiz (patient).": a
/// line (no list item) that opens with a short label of a capital and
/// its colon and gives values, finding nothing: a field of the notice's
/// head, not a ground.
fn is_field_line(para: &Para, words: &Words) -> bool {
    let Some((label, value)) = para.text.split_once(": ") else {
        return false;
    };
    para.enumerator.is_none()
        && para.lines.len() == 1
        && para.text.chars().count() <= 160
        && label.starts_with(char::is_uppercase)
        && (1..=3).contains(&label.split_whitespace().count())
        && !label.contains(['.', ',', ';'])
        && !value.trim().is_empty()
        && !is_finding(&para.text, words)
}

/// "Parole is discretionary, and a showing of need does not by itself
/// require it.", "An urgent humanitarian reason is one that ...": a
/// sentence that states the law in general terms: it names no fact of the
/// case (see [`names_this_case`]) and holds no `this_case_marks` word
/// ("you", "the beneficiary", "was"), and it speaks of a `standard_topics`
/// subject ("parole", "the law", "the burden") or has a subject of any
/// case (opening, past a leading clause, with "a" or "an": "a showing",
/// "an applicant").
fn states_law_in_general(sentence: &str, words: &Words) -> bool {
    let lower = sentence.trim().to_lowercase();
    if speaks_of_this_case(sentence, words) {
        return false;
    }
    let main = lower.split_once(", ").map_or(lower.as_str(), |(_, rest)| rest);
    // "No factor weighs in favor ...", "That conduct weighs ...": a
    // verdict, or words pointing back at a fact, speak of this case.
    let denied = |s: &str| {
        let first = s.split_whitespace().next().unwrap_or("");
        words
            .verdict_negations
            .iter()
            .any(|w| w.eq_ignore_ascii_case(first))
    };
    if denied(&lower) || refers_back(&lower, words) {
        return false;
    }
    let any_case = |s: &str| s.starts_with("a ") || s.starts_with("an ");
    // "Doubt cast on one document may lead the officer to weigh the
    // others less": what may or must be done, of no case, is the rule.
    let of_rule = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| RULE_MODALS.contains(&w));
    has_whole(&lower, &words.standard_topics) || any_case(&lower) || any_case(main) || of_rule
}

/// The modals of what the law allows or requires ("may", "must"), not of
/// what the facts make possible ("can", "would").
const RULE_MODALS: [&str; 4] = ["may", "must", "shall", "should"];

/// Whether a sentence speaks of this case: it names a fact of it (see
/// [`names_this_case`]), or holds a `this_case_marks` word ("you", "the
/// beneficiary", "was") and no `generality` adverb ("A request is
/// generally weighed on whether the beneficiary's home country offers the
/// care" speaks of any beneficiary).
fn speaks_of_this_case(sentence: &str, words: &Words) -> bool {
    let lower = sentence.to_lowercase();
    names_this_case(sentence, words)
        || has_whole(&lower, &words.this_case_marks) && !has_whole(&lower, &words.generality)
}

/// "Given the concerns set out above, ...", "Each of the concerns above is
/// ...": whether a clause (lowercased) points back to the grounds as a
/// whole: a `grounds_nouns` word followed by a `backward_adverbs` word
/// standing as an adverb (see [`adverb_of_place`]), perhaps with a
/// participle between ("set out", "stated", "discussed").
fn points_back_to_grounds(clause: &str, words: &Words) -> bool {
    let tokens: Vec<String> = clause.split_whitespace().map(bare_word).collect();
    let noun = |w: &String| words.grounds_nouns.iter().any(|n| n.eq_ignore_ascii_case(w));
    // "For each of these independent reasons": a `pointing_back` word
    // before the noun, perhaps with words between, points back as well.
    let pointed = tokens.iter().enumerate().any(|(i, t)| {
        words.pointing_back.iter().any(|p| p.eq_ignore_ascii_case(t))
            && tokens[i + 1..].iter().take(3).any(noun)
    });
    pointed
        || tokens.iter().enumerate().any(|(i, t)| {
            words.backward_adverbs.iter().any(|a| a.eq_ignore_ascii_case(t))
                && adverb_of_place(&tokens[i..].join(" "), t)
                && tokens[..i].iter().rev().take(3).any(noun)
        })
}

/// The clause (lowercased) past its last `backward_adverbs` word.
fn past_backward_adverb<'a>(clause: &'a str, words: &Words) -> &'a str {
    let mut end = 0;
    let mut at = 0;
    for token in clause.split_whitespace() {
        let start = at + clause[at..].find(token).unwrap_or(0);
        at = start + token.len();
        if words
            .backward_adverbs
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&bare_word(token)))
        {
            end = at;
        }
    }
    &clause[end..]
}

/// "Given the concerns set out above, this office intends to deny the
/// application.": a paragraph after the grounds that names no fact of the
/// case (see [`names_this_case`]), points back to the grounds as a whole
/// in a sentence (see [`points_back_to_grounds`]), and states a finding in
/// no clause but those that point back, concludes: it is no ground of its
/// own.
fn concludes_on_the_grounds(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    let sentences: Vec<&str> = bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
    let mut back = false;
    for s in &sentences {
        if names_this_case(s, words) {
            return false;
        }
        let lower = s.to_lowercase();
        for clause in lower.split([',', ';']) {
            if points_back_to_grounds(clause, words) {
                back = true;
                // "in addition to the deficiencies noted above there is
                // no evidence that the child would return": past the
                // pointer, a finding about the person of the request is
                // a ground of its own.
                let rest = past_backward_adverb(clause, words);
                if is_finding(rest, words) && has_whole(rest, &words.case_persons) {
                    return false;
                }
            } else if is_finding(clause, words) && !finds_in_general(clause, words) {
                return false;
            }
        }
    }
    back
}

/// "..., and a reply that answers only some of them will not do", "the
/// request fails": a clause that states the law in general terms (see
/// [`states_law_in_general`]) or finds the request short as a whole (see
/// [`is_generic`]) finds nothing of its own beside the clause that points
/// back at the grounds.
fn finds_in_general(clause: &str, words: &Words) -> bool {
    let clause = clause.trim();
    let clause = ["and ", "but ", "so "]
        .iter()
        .find_map(|j| clause.strip_prefix(j))
        .unwrap_or(clause);
    states_law_in_general(clause, words) || is_generic(clause, words)
}

/// "The record does not show who will pay for the operation.": whether a
/// sentence names a subject a ground could be about: it scores at least
/// [`SUBJECT_SCORE`] on one category's cues, the statute's phrases and the
/// `general_terms` ("a favorable exercise of discretion") left out.
fn names_a_subject(sentence: &str, words: &Words, cues: &Cues) -> bool {
    let mut lower = sentence.to_lowercase();
    for phrase in words.standard_phrases.iter().chain(&words.general_terms) {
        lower = lower.replace(&phrase.to_lowercase(), " ");
    }
    cues.iter().any(|(_, list)| {
        list.iter()
            .filter(|c| matches(&lower, c))
            .map(|c| c.weight)
            .sum::<u32>()
            >= SUBJECT_SCORE
    })
}

/// "Parole is an extraordinary measure reserved for urgent needs. The
/// child's condition is stable, and parole is not warranted for surgery
/// that can wait.": a paragraph of boilerplate with a finding about the
/// person of the request by role or pronoun (a `case_persons` word), or
/// with a clause of its own, no boilerplate, that finds and names a fact
/// of this case (see [`finds_a_fact_beside`]: "The burden is the
/// petitioner's. Please send a letter from Dr. Ames in Tucson ..."), after
/// an opening that names none (the law, not a recital of the request),
/// applies the law to this case, and is a ground, whole.
fn law_applied_to_a_person<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let bounds = sentence_bounds(text);
    // "Your Form I-131 seeks parole for your son, Omar, ...": a recital of
    // the request, naming its facts, is no law applied to them.
    let of_law = bounds.get(1).is_some_and(|&end| {
        let first = text[..end].split(", and ").next().unwrap_or("");
        !names_this_case(first, words)
    });
    let applied = bounds.windows(2).any(|w| {
        let s = &text[w[0]..w[1]];
        let lower = s.to_lowercase();
        is_finding(s, words)
            && (has_whole(&lower, &words.case_persons) || of_law && finds_a_fact_beside(s, words))
            && !formula::appeal_ruled_out(&lower, words)
            && !formula::response_short_as_a_whole(&lower, words)
    });
    applied.then_some(text)
}

/// "It is the requester's burden to show who will pay, and the letter from
/// Dr. Ames names no payer": whether a clause of the sentence (the parts
/// joined by ", and" or a semicolon), itself no boilerplate, states a
/// finding that names a fact of this case (see [`names_this_case`]). "You
/// may not appeal this decision to the Administrative Appeals Office"
/// names a body, in boilerplate.
fn finds_a_fact_beside(sentence: &str, words: &Words) -> bool {
    sentence
        .split(", and ")
        .flat_map(|p| p.split("; "))
        .any(|clause| {
            let lower = clause.trim().to_lowercase();
            is_finding(clause, words)
                && names_this_case(clause, words)
                && opens_with(&lower, &words.skip).is_none()
                && !boilerplate_phrase(&lower, words)
        })
}

/// The words that join a clause to the one before it in a sentence: a
/// rule's phrase in one clause, this case in the next ("..., and the
/// letter of Dr. Okafor ...", "...; the record holds only ...", "..., but
/// Korle Bu Teaching Hospital offers it").
const CLAUSE_JOINS: [&str; 7] = [
    ", and ",
    "; ",
    ", but ",
    " but ",
    ", while ",
    ", yet ",
    ", whereas ",
];

/// "Treatment counts as unavailable only if no facility in the home
/// country offers it, and Korle Bu Teaching Hospital offers it.": a
/// paragraph whose boilerplate is a `skip_containing` phrase, in a
/// sentence that goes on, in a clause of its own that is no boilerplate
/// nor procedure (see [`is_procedure`]), to name something of this record
/// (see [`names_this_record`]) and find it (see [`is_finding`]), applies
/// the rule to this case and is a ground, whole. "..., and you have 33
/// days from May 2, 2027 to respond" names a date but finds nothing;
/// "..., and a copy of a copy is not enough" names nothing of this record
/// and stays the rule.
/// A paragraph that states the decision is none.
fn rule_applied_here<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let lower = text.to_lowercase();
    if opens_with(lower.trim_start(), &words.skip).is_some()
        || words
            .operative
            .iter()
            .any(|o| has_phrase(&lower, &o.to_lowercase()))
    {
        return None;
    }
    let bounds = sentence_bounds(text);
    let applied = bounds.windows(2).any(|w| {
        let sentence = &text[w[0]..w[1]];
        let clauses = split_clauses(sentence);
        let rule = |c: &str| has_any(&c.to_lowercase(), &words.skip_containing);
        clauses.iter().any(|c| rule(c))
            && clauses.iter().enumerate().any(|(i, clause)| {
                let lower = clause.trim().to_lowercase();
                i > 0
                    && !rule(clause)
                    && !closes_a_list(clauses[i - 1])
                    && opens_with(&lower, &words.skip).is_none()
                    && !boilerplate_phrase(&lower, words)
                    && !is_procedure(&lower, words)
                    && names_this_record(clause, words)
                    && (is_finding(clause, words)
                        || finds_silence(clause, words)
                        || sets_against(clause, words))
            })
    });
    applied.then_some(text)
}

/// "Exhibit 4 gives the birth year as 2019 while the passport gives
/// 2018": a clause that sets one thing of this record against another
/// (both halves, around " while " or " whereas ", name something of it:
/// see [`names_this_record`]), a finding that they disagree.
fn sets_against(clause: &str, words: &Words) -> bool {
    [" while ", " whereas "].iter().any(|join| {
        clause
            .split_once(join)
            .is_some_and(|(a, b)| names_this_record(a, words) && names_this_record(b, words))
    })
}

/// "..., and you have 33 days from May 2, 2027 to respond": a clause of
/// what to do, by when or in what words to answer (an `instructions`,
/// `deadlines` or `responses` phrase): procedure, whatever date, number
/// or name it holds.
fn is_procedure(lower: &str, words: &Words) -> bool {
    has_any(lower, &words.instructions)
        || has_any(lower, &words.deadlines)
        || has_any(lower, &words.responses)
}

/// The clauses of a sentence, split at the words that join them (see
/// [`CLAUSE_JOINS`]).
fn split_clauses(sentence: &str) -> Vec<&str> {
    let mut clauses = Vec::new();
    let mut rest = sentence;
    while let Some((at, join)) = CLAUSE_JOINS
        .iter()
        .filter_map(|j| rest.find(j).map(|at| (at, *j)))
        .min()
    {
        clauses.push(&rest[..at]);
        rest = &rest[at + join.len()..];
    }
    clauses.push(rest);
    clauses
}

/// "USCIS has reviewed a Form I-134, a discharge summary, a letter from
/// the program, and Oksana's own statement": whether the clause before a
/// join holds two commas or more, so that what the ", and" after it
/// brings is the last item of its list, not a clause of its own.
fn closes_a_list(before: &str) -> bool {
    before.matches(", ").count() >= 2
}

/// "the letter of Dr. Hana Okafor dated March 2, 2027", "Korle Bu
/// Teaching Hospital", "Exhibit 4": whether a clause that does not open
/// its sentence names something of this record itself: a number (not a
/// citation's or a form's), an amount, words quoted, a month, or a name
/// (a capitalized word that is no `general_names` word and does not
/// follow a stop, nor name a public body: "the Department of State"). A
/// person or document named only by a pronoun or "the
/// letter" may be anyone's: "..., and the letter must be signed" is the
/// rule still.
fn names_this_record(clause: &str, words: &Words) -> bool {
    let lower = clause.to_lowercase();
    if has_any(&lower, &words.citation_marks) {
        return false;
    }
    if clause.contains(['$', '"', '\u{201c}', '\u{201d}']) {
        return true;
    }
    let tokens: Vec<&str> = clause.split_whitespace().collect();
    tokens.iter().enumerate().any(|(i, token)| {
        let bare = bare_word(token);
        let after = |w: &str| i > 0 && bare_word(tokens[i - 1]) == w;
        if token.chars().any(|c| c.is_ascii_digit()) {
            return !after("form");
        }
        let capital = token
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(|c: char| c.is_uppercase());
        let after_stop = i > 0 && tokens[i - 1].ends_with([':', '.', ';']);
        let general = |w: &str| words.general_names.iter().any(|g| bare_word(g) == w);
        // "the Department of State": the name of a public body, of any case.
        let of_a_body = after("of") && i > 1 && general(&bare_word(tokens[i - 2]));
        capital && !bare.is_empty() && !after_stop && !after("form") && !general(&bare) && !of_a_body
    })
}

/// The score on one category's cues at which a sentence names a subject.
const SUBJECT_SCORE: u32 = 3;

/// "The burden of proof was not met as to the cost of care. The estimate
/// from the hospital covers only the surgery, about $96,000, ...": a
/// paragraph that opens with a sentence of boilerplate (a `skip` opening or
/// a `skip_containing` phrase) and goes on, in sentences that are none,
/// to state a finding that names a fact of the case (see
/// [`names_this_case`]), neither the decision nor the standard, is a
/// ground, whole: the opening says what the facts after it show.
fn facts_after_boilerplate<'a>(text: &'a str, words: &Words) -> Option<&'a str> {
    let bounds = sentence_bounds(text);
    if bounds.len() < 3 {
        return None;
    }
    let sentences: Vec<&str> = bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
    let boilerplate = |s: &str| {
        let lower = s.to_lowercase();
        opens_with(lower.trim_start(), &words.skip).is_some() || boilerplate_phrase(&lower, words)
    };
    // The opening must find something itself ("The burden ... was not
    // met"): a recital of the request ("Your Form I-131 seeks ...") or a
    // ruling on appeal or reply is no ground for the facts after it.
    let first = sentences[0].to_lowercase();
    if !boilerplate(sentences[0])
        || !is_finding(sentences[0], words)
        || formula::appeal_ruled_out(&first, words)
        || formula::response_short_as_a_whole(&first, words)
        || sentences[1..].iter().any(|s| boilerplate(s))
    {
        return None;
    }
    let rest = &text[bounds[1]..];
    let lower = text.to_lowercase();
    let decision = words
        .operative
        .iter()
        .any(|o| has_phrase(&lower, &o.to_lowercase()));
    // "Because some of the evidence can come only from the sponsor, the
    // points are grouped by the person best placed to answer them": how
    // the points below are laid out (a `layout` phrase), no fact found.
    let finds = sentences[1..].iter().any(|s| {
        is_finding(s, words) && names_this_case(s, words) && !has_any(&s.to_lowercase(), &words.layout)
    });
    (!decision && finds && !states_the_standard(rest, words)).then_some(text)
}

/// "5. Under 8 C.F.R. 103.2(b)(3), a document in a foreign language is to
/// be filed with a certified translation. The school report was filed
/// untranslated. Submit ...": an item that opens with the rule (a `skip`
/// opening) and then, in a sentence that is no boilerplate, finds this
/// case short of it (a finding that names a fact of the case, see
/// [`names_this_case`]), neither the decision nor the standard, is one
/// ground, the rule and the request after included, as the attorney
/// quotes it.
fn rule_then_this_case(text: &str, words: &Words) -> bool {
    let bounds = sentence_bounds(text);
    if bounds.len() < 3 {
        return false;
    }
    let sentences: Vec<&str> = bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
    let boilerplate = |s: &str| {
        let lower = s.to_lowercase();
        opens_with(lower.trim_start(), &words.skip).is_some() || boilerplate_phrase(&lower, words)
    };
    let first = sentences[0].trim_start().to_lowercase();
    let gap = sentences[1];
    if opens_with(&first, &words.skip).is_none() || boilerplate(gap) {
        return false;
    }
    let lower = text.to_lowercase();
    let decision = words
        .operative
        .iter()
        .any(|o| has_phrase(&lower, &o.to_lowercase()));
    let finds = is_finding(gap, words) && names_this_case(gap, words);
    !decision && finds && !states_the_standard(gap, words)
}

/// Whether the paragraph introduces the grounds listed after it: a
/// `grounds_intro` phrase or, before any ground, an introduction in
/// general terms (see [`introduces_in_general`]), with no finding besides
/// (see [`finding_besides_intro`]).
fn introduces_the_grounds(paras: &[Para], at: usize, first: bool, words: &Words, cues: &Cues) -> bool {
    let text = &paras[at].text;
    let introduces = has_any(&text.to_lowercase(), &words.grounds_intro)
        || first && introduces_in_general(paras, at, words, cues);
    introduces && !finding_besides_intro(text, words, cues)
}

/// The reasons of a paragraph of the body (see [`reasons_of`]): none for
/// one that, after a ground, concludes on the grounds as a whole (see
/// [`concludes_on_the_grounds`]).
fn reasons_in_body<'a>(text: &'a str, lower: &str, after_a_ground: bool, words: &Words) -> Option<&'a str> {
    if after_a_ground && concludes_on_the_grounds(text, words) {
        return None;
    }
    reasons_of(text, lower, words)
}
