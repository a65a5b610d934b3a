//! `rebut import`: a decision notice read into a case file's skeleton.
//!
//! Stages, one module each: [`extract`] (the text of each page, from a PDF
//! through [`pdf`], a Word document or text), [`clean`] (paragraphs, page
//! furniture left out, hyphenation undone), [`decision`] (kind, date,
//! receipt, deadline, names), [`grounds`] (which paragraphs are grounds,
//! and where one holds two; [`formula`] tells the set formulas that never
//! are), [`categorize`] (a category from the playbook's
//! cues), [`evidence`] (the documents the notice names), [`emit`] (the case
//! file, commented) and [`into`] (a new decision in an existing case).
//! Every phrase the stages look for comes from the playbook.

pub mod categorize;
pub mod clean;
pub mod decision;
pub mod emit;
pub mod evidence;
pub mod extract;
pub mod formula;
pub mod grounds;
pub mod into;
pub mod pdf;
pub mod text;

use crate::model::DecisionKind;
use crate::playbook::{NoticeWords, Playbook};
use categorize::Choice;

pub use extract::{ExtractError, Format};

/// The playbook's words for one kind of notice together with those for every kind.
pub type Words = NoticeWords;

/// Everything read from a notice.
#[derive(Debug, Clone)]
pub struct Reading {
    pub format: Format,
    pub pages: usize,
    pub decision: decision::Decision,
    pub grounds: Vec<Ground>,
    pub evidence: Vec<Evidence>,
    /// Header and footer lines left out.
    pub furniture: Vec<String>,
    pub dehyphenated: usize,
    /// No ground was found: the body stands as one.
    pub unsplit: bool,
    /// The heading or paragraph that opens the reasons, when the notice has
    /// one: nothing before it was read as a ground.
    pub opening: Option<String>,
    /// Paragraphs left out as summing up the grounds before them.
    pub summaries: Vec<String>,
    /// Paragraphs left out as citing the notes that give their reasons:
    /// the notes are read as the grounds.
    pub citing_notes: Vec<String>,
    /// The other paragraphs of the body read as no ground, with why: the
    /// summary names each.
    pub passed_over: Vec<(String, String)>,
    /// The country most named in the grounds, as the beneficiary's guess.
    pub country: Option<String>,
    /// Grounds read whose words do not stand, in that order, in the
    /// notice's text as read: left out (every quote is the notice's own
    /// words), and reported so that they are added by hand.
    pub left_out: Vec<grounds::Found>,
}

#[derive(Debug, Clone)]
pub struct Ground {
    pub found: grounds::Found,
    pub category: Choice,
}

#[derive(Debug, Clone)]
pub struct Evidence {
    pub named: evidence::Named,
    pub kind: Choice,
}

/// Reads a notice's bytes.
pub fn read(bytes: &[u8], playbook: &Playbook) -> Result<Reading, ExtractError> {
    let (format, pages) = extract::pages(bytes)?;
    Ok(read_pages(format, &pages, playbook))
}

/// Reads a notice's pages of text.
pub fn read_pages(format: Format, pages: &[String], playbook: &Playbook) -> Reading {
    let rules = &playbook.import;
    let mut cleaned = clean::paragraphs(pages, &section_labels(playbook));
    if let Some(page) = clean::enclosed_copy_page(&cleaned.paras) {
        // A copy of an earlier notice enclosed from a page on holds
        // nothing of this decision: the notice is the pages before it.
        cleaned = clean::paragraphs(&pages[..page - 1], &section_labels(playbook));
    }
    if let Some(at) = clean::earlier_message_at(&cleaned.paras)
        && let above = decision::read(&cleaned.paras[..at], &rules.notices)
        && above.kind.is_some()
        && above.receipt.is_some()
    {
        // An earlier message quoted under an emailed notice is no part
        // of it, when the notice stands whole above it (its kind and its
        // receipt): a note forwarding the notice below is not.
        cleaned.paras.truncate(at);
    }
    let mut decision = decision::read(&cleaned.paras, &rules.notices);
    if decision.receipt.is_none() {
        // A receipt repeated atop every page is left out as page furniture.
        decision.receipt = text::receipt(&cleaned.furniture.join("\n"));
    }
    let words = words(playbook, decision.kind.as_ref().map(|k| k.0));
    let opening = grounds::opening(&cleaned.paras, decision.body_start, &words, &rules.cues)
        .map(|at| cleaned.paras[at].text.clone());
    let grounds::Body {
        found,
        summaries,
        citing_notes,
        passed,
    } = grounds::grounds(&cleaned.paras, decision.body_start, &words, &rules.cues);
    let (mut found, left_out) = verbatim(found, &cleaned.paras);
    let mut passed_over = grounds::passed_over(
        &cleaned.paras,
        decision.body_start,
        &words,
        &rules.cues,
        &found,
        &summaries,
        &passed,
    );
    // A paragraph citing its notes is named, with why, on its own.
    passed_over.retain(|(p, _)| !citing_notes.contains(p));
    let unsplit = found.is_empty();
    if unsplit {
        found = whole_body(&cleaned.paras, decision.body_start, &words);
    }
    let grounds: Vec<Ground> = found
        .into_iter()
        .map(|f| Ground {
            category: match &f.subject {
                Some(subject) => category_with(&format!("{subject}. {}", f.quote), playbook, &words),
                None => category_with(&f.quote, playbook, &words),
            },
            found: f,
        })
        .collect();
    let type_fallback = if playbook.has_evidence_type("other") {
        "other"
    } else {
        playbook.evidence_types[0].id.as_str()
    };
    let evidence = evidence::named(&cleaned.paras, decision.body_start, &words)
        .into_iter()
        .map(|n| Evidence {
            kind: categorize::choose(&n.title, &rules.evidence_cues, type_fallback),
            named: n,
        })
        .collect();
    let country = country(&grounds);
    Reading {
        format,
        pages: pages.len(),
        decision,
        grounds,
        evidence,
        furniture: cleaned.furniture,
        dehyphenated: cleaned.dehyphenated,
        unsplit,
        opening,
        summaries,
        citing_notes,
        passed_over,
        country,
        left_out,
    }
}

/// The grounds whose quotes stand word for word in the text as read (its
/// paragraphs, one after another), and those that do not: a quote is the
/// notice's words or no quote at all, whatever rule read it.
fn verbatim(found: Vec<grounds::Found>, paras: &[clean::Para]) -> (Vec<grounds::Found>, Vec<grounds::Found>) {
    // A label left out of a paragraph ("Reason:") is the notice's words
    // too, which a quote may keep.
    let text = squeezed(
        &paras
            .iter()
            .map(|p| format!("{} {}", p.label, p.text))
            .collect::<Vec<_>>()
            .join(" "),
    );
    found
        .into_iter()
        .partition(|f| !f.quote.trim().is_empty() && text.contains(&squeezed(&f.quote)))
}

/// The words, one space between each.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The category of a ground in the agency's words, in a notice of the kind
/// given (whose standard phrases count toward no category).
pub fn category_of(quote: &str, playbook: &Playbook, kind: Option<DecisionKind>) -> Choice {
    category_with(quote, playbook, &words(playbook, kind))
}

fn category_with(quote: &str, playbook: &Playbook, words: &Words) -> Choice {
    let fallback = if playbook.has_category("other") {
        "other"
    } else {
        playbook.categories[0].id.as_str()
    };
    categorize::choose_focused(
        &unscored(quote, &words.standard_phrases),
        &playbook.import.cues,
        fallback,
        &words.finding_marks,
        &words.plain_words,
    )
}

/// The openings of the colon lines that label a section of their own
/// ("What we received:"), of every kind: the paragraphs are found before
/// the kind is known.
pub fn section_labels(playbook: &Playbook) -> Vec<String> {
    playbook
        .import
        .notices
        .values()
        .flat_map(|n| n.section_labels.iter().chain(&n.submitted_intro))
        .cloned()
        .collect()
}

/// The words for the kind found, with those for every kind.
fn words(playbook: &Playbook, kind: Option<DecisionKind>) -> Words {
    let mut w = Words::default();
    let notices = &playbook.import.notices;
    let parts = [notices.get("any"), kind.and_then(|k| notices.get(k.as_str()))];
    for part in parts.into_iter().flatten() {
        w.skip.extend(part.skip.iter().cloned());
        // A summing-up opening is a `skip` opening too.
        w.skip.extend(part.summaries.iter().cloned());
        w.summaries.extend(part.summaries.iter().cloned());
        w.concluding.extend(part.concluding.iter().cloned());
        w.standard.extend(part.standard.iter().cloned());
        w.concessions.extend(part.concessions.iter().cloned());
        w.layout.extend(part.layout.iter().cloned());
        w.skip_containing.extend(part.skip_containing.iter().cloned());
        w.form_instructions.extend(part.form_instructions.iter().cloned());
        w.eligibility.extend(part.eligibility.iter().cloned());
        w.reason_words.extend(part.reason_words.iter().cloned());
        w.first_ordinals.extend(part.first_ordinals.iter().cloned());
        w.answered.extend(part.answered.iter().cloned());
        w.unremedied.extend(part.unremedied.iter().cloned());
        w.whole_objects.extend(part.whole_objects.iter().cloned());
        w.appeal_words.extend(part.appeal_words.iter().cloned());
        w.not_available.extend(part.not_available.iter().cloned());
        w.denying.extend(part.denying.iter().cloned());
        w.skip_headings.extend(part.skip_headings.iter().cloned());
        w.grounds_intro.extend(part.grounds_intro.iter().cloned());
        w.generic_findings.extend(part.generic_findings.iter().cloned());
        w.attachment_intro.extend(part.attachment_intro.iter().cloned());
        w.attachment_headings
            .extend(part.attachment_headings.iter().cloned());
        w.submitted_intro.extend(part.submitted_intro.iter().cloned());
        w.section_labels.extend(part.section_labels.iter().cloned());
        w.request_recitals.extend(part.request_recitals.iter().cloned());
        w.requests.extend(part.requests.iter().cloned());
        w.connectives.extend(part.connectives.iter().cloned());
        w.restatements.extend(part.restatements.iter().cloned());
        w.findings.extend(part.findings.iter().cloned());
        w.recitals.extend(part.recitals.iter().cloned());
        w.responses.extend(part.responses.iter().cloned());
        w.closings.extend(part.closings.iter().cloned());
        w.operative.extend(part.operative.iter().cloned());
        w.grounds_headings.extend(part.grounds_headings.iter().cloned());
        w.instructions.extend(part.instructions.iter().cloned());
        w.reported.extend(part.reported.iter().cloned());
        w.contrasts.extend(part.contrasts.iter().cloned());
        w.deadlines.extend(part.deadlines.iter().cloned());
        w.request_verbs.extend(part.request_verbs.iter().cloned());
        w.courtesies.extend(part.courtesies.iter().cloned());
        w.evidence_lists.extend(part.evidence_lists.iter().cloned());
        w.answer_every.extend(part.answer_every.iter().cloned());
        w.persisting.extend(part.persisting.iter().cloned());
        w.skip.extend(part.answer_every.iter().cloned());
        w.without_these.extend(part.without_these.iter().cloned());
        w.guidance_labels.extend(part.guidance_labels.iter().cloned());
        w.places_back.extend(part.places_back.iter().cloned());
        w.existential.extend(part.existential.iter().cloned());
        w.pointing_back.extend(part.pointing_back.iter().cloned());
        w.agency_nouns.extend(part.agency_nouns.iter().cloned());
        w.declining.extend(part.declining.iter().cloned());
        w.about_verbs.extend(part.about_verbs.iter().cloned());
        w.standard_phrases.extend(part.standard_phrases.iter().cloned());
        w.omissions.extend(part.omissions.iter().cloned());
        w.finding_marks.extend(part.finding_marks.iter().cloned());
        w.plain_words.extend(part.plain_words.iter().cloned());
        w.document_nouns.extend(part.document_nouns.iter().cloned());
        w.person_nouns.extend(part.person_nouns.iter().cloned());
        w.document_modifiers
            .extend(part.document_modifiers.iter().cloned());
        w.author_links.extend(part.author_links.iter().cloned());
        w.favorable.extend(part.favorable.iter().cloned());
        w.verdict_ends.extend(part.verdict_ends.iter().cloned());
        w.verdict_negations.extend(part.verdict_negations.iter().cloned());
        w.question_labels.extend(part.question_labels.iter().cloned());
        w.answer_labels.extend(part.answer_labels.iter().cloned());
        w.met_verdicts.extend(part.met_verdicts.iter().cloned());
        w.concern_words.extend(part.concern_words.iter().cloned());
        w.cell_separators.extend(part.cell_separators.iter().cloned());
        w.exhibit_labels.extend(part.exhibit_labels.iter().cloned());
        w.describing.extend(part.describing.iter().cloned());
        w.standing_for.extend(part.standing_for.iter().cloned());
        w.forward.extend(part.forward.iter().cloned());
        w.forward_adverbs.extend(part.forward_adverbs.iter().cloned());
        w.forward_ends.extend(part.forward_ends.iter().cloned());
        w.general_names.extend(part.general_names.iter().cloned());
        w.citation_marks.extend(part.citation_marks.iter().cloned());
        w.this_case_marks.extend(part.this_case_marks.iter().cloned());
        w.generality.extend(part.generality.iter().cloned());
        w.case_persons.extend(part.case_persons.iter().cloned());
        w.standard_topics.extend(part.standard_topics.iter().cloned());
        w.backward_adverbs.extend(part.backward_adverbs.iter().cloned());
        w.grounds_nouns.extend(part.grounds_nouns.iter().cloned());
        w.general_terms.extend(part.general_terms.iter().cloned());
        w.persons.extend(part.persons.iter().cloned());
        w.finding_labels.extend(part.finding_labels.iter().cloned());
        w.reason_labels.extend(part.reason_labels.iter().cloned());
        w.silences.extend(part.silences.iter().cloned());
        w.cleared.extend(part.cleared.iter().cloned());
    }
    w
}

/// The text with the statute's own phrases (`standard_phrases`: "urgent
/// humanitarian reasons") blanked out, longest first, so that the words
/// of the standard count toward no category. The case is kept (sentences
/// are told apart by their capitals): the text is lowercased in step
/// ([`text::lower_in_step`]), so a phrase found there is at the same place
/// in the text.
fn unscored(text: &str, phrases: &[String]) -> String {
    let mut lower = text::lower_in_step(text);
    let mut kept = text.to_owned();
    let mut phrases: Vec<String> = phrases.iter().map(|p| p.to_lowercase()).collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for phrase in &phrases {
        while let Some(at) = text::find_phrase(&lower, phrase, true) {
            let blank = " ".repeat(phrase.len());
            lower.replace_range(at..at + phrase.len(), &blank);
            kept.replace_range(at..at + phrase.len(), &blank);
        }
    }
    kept
}

/// With no ground found, the body (up to the close) as one ground: without
/// the letterhead's lines before it (the date, "Receipt: ...") nor the
/// signature's after it, short lines that state nothing.
fn whole_body(paras: &[clean::Para], start: usize, words: &Words) -> Vec<grounds::Found> {
    let mut body: Vec<&clean::Para> = paras
        .iter()
        .skip(start)
        .take_while(|p| text::opens_with(&p.text.to_lowercase(), &words.closings).is_none())
        .skip_while(|p| p.is_short_line())
        .collect();
    while body.len() > 1 && body.last().is_some_and(|p| p.is_short_line()) {
        body.pop();
    }
    if body.is_empty() {
        return Vec::new();
    }
    let quote = body.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ");
    vec![grounds::Found {
        quote,
        first_page: body[0].first_page(),
        last_page: body.last().map_or(1, |p| p.pages.last().map_or(1, |x| x.1)),
        how: "the whole body: no ground could be told apart".to_owned(),
        subject: None,
    }]
}

/// The country named most often in the grounds (the first named on a tie).
fn country(grounds: &[Ground]) -> Option<String> {
    let text: String = grounds
        .iter()
        .map(|g| g.found.quote.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut best: Option<(usize, usize, &str)> = None;
    for country in crate::text::countries() {
        let name = country.split([',', '(']).next().unwrap_or(country).trim();
        if name.len() < 4 || name.starts_with("United States") {
            continue;
        }
        let mut count = 0;
        let mut first = usize::MAX;
        let mut from = 0;
        while let Some(i) = text[from..].find(name) {
            let at = from + i;
            let end = at + name.len();
            if text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                count += 1;
                first = first.min(at);
            }
            from = end;
        }
        if count > 0 && best.is_none_or(|(n, f, _)| count > n || count == n && first < f) {
            best = Some((count, first, name));
        }
    }
    best.map(|(_, _, n)| n.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(quote: &str) -> grounds::Found {
        grounds::Found {
            quote: quote.to_owned(),
            first_page: 1,
            last_page: 1,
            how: "a test".to_owned(),
            subject: None,
        }
    }

    #[test]
    fn a_quote_that_is_not_the_notice_s_words_in_order_is_left_out() {
        let page = "The clinic has not named a surgeon.\n\n2. The sponsor's income is\nnot enough for the stay.\n\nNo flight plan was filed.\n".to_owned();
        let paras = clean::paragraphs(&[page], &[]).paras;
        let (kept, left) = verbatim(
            vec![
                // Two paragraphs one after the other, the marker between
                // them set apart as the reading does, lines joined.
                found("The clinic has not named a surgeon. The sponsor's income is not enough for the stay."),
                // The first and the third: words left out between them.
                found("The clinic has not named a surgeon. No flight plan was filed."),
                // Words the notice does not hold.
                found("The clinic has named no surgeon."),
                found("  "),
            ],
            &paras,
        );
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert!(kept[0].quote.starts_with("The clinic"));
        assert_eq!(left.len(), 3, "{left:?}");
    }
}
