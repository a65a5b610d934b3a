//! `--into CASE`: a new decision in an existing case (the denial after an
//! RFE). The case keeps its people, evidence and timeline; the new decision
//! and its grounds replace the old; evidence received on or before the new
//! decision's date becomes `submitted_before`; the old grounds' points are
//! kept as comments under the new ground of the same category.

use super::emit::Emit;
use crate::clinic::emit::case_to_yaml;
use crate::model::{At, Case, Citation, Loc};
use std::fmt::Write as _;

/// What merging changed, for the summary.
#[derive(Debug, Default)]
pub struct Merged {
    pub text: String,
    /// Evidence newly marked `submitted_before`.
    pub marked: Vec<String>,
    /// Old points kept as comments, and those with no new ground of their category.
    pub points_kept: usize,
    pub points_orphaned: Vec<String>,
}

pub fn merge(emit: &Emit, mut case: Case) -> Merged {
    let reading = emit.reading;
    let d = &reading.decision;
    let mut merged = Merged::default();
    let old_grounds = std::mem::take(&mut case.grounds);

    let decision = &mut case.info.decision;
    decision.kind = emit.kind();
    if let Some((date, _)) = d.date {
        decision.date = At::new(date, Loc::default());
    }
    decision.respond_by = d.respond_by.as_ref().map(|(x, _)| At::new(*x, Loc::default()));
    if d.office.is_some() {
        decision.office.clone_from(&d.office);
    }
    if let Some(r) = &d.receipt {
        case.info.receipt = Some(At::new(r.clone(), Loc::default()));
    }
    let decided = case.info.decision.date.value;
    for e in &mut case.evidence {
        if e.is_received() && !e.submitted_before && e.date.as_ref().is_some_and(|x| x.value <= decided) {
            e.submitted_before = true;
            merged.marked.push(e.id.clone());
        }
    }

    // The old points, per new ground of the same category.
    let mut under: Vec<Vec<String>> = vec![Vec::new(); reading.grounds.len()];
    for old in &old_grounds {
        let target = reading.grounds.iter().position(|g| g.category.id == old.category);
        for p in &old.points {
            let cites: Vec<&str> = p
                .citations
                .iter()
                .map(|c: &Citation| c.evidence.as_str())
                .collect();
            let line = if cites.is_empty() {
                format!("earlier point ({}): {}", old.id, p.text)
            } else {
                format!(
                    "earlier point ({}): {} [evidence: {}]",
                    old.id,
                    p.text,
                    cites.join(", ")
                )
            };
            match target {
                Some(i) => {
                    under[i].push(line);
                    merged.points_kept += 1;
                }
                None => merged.points_orphaned.push(line),
            }
        }
    }

    let yaml = case_to_yaml(&case);
    let sections = top_level(&yaml);
    let section = |key: &str| sections.iter().find(|(k, _)| k == key).map(|(_, s)| s.as_str());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Updated by `rebut import --into` from {} on {}: the decision and its grounds\n\
         # are new; the earlier file is kept beside this one as a backup. Check every\n\
         # value against the notice, then run `rebut check` on this file.\nrebut: 1",
        emit.notice.replace('\n', " "),
        emit.today
    );
    out.push_str(section("case").unwrap_or(""));
    out.push('\n');
    emit.grounds_section(&mut out, &under);
    if !merged.points_orphaned.is_empty() {
        out.push_str("  # Earlier points whose category no new ground has:\n");
        for l in &merged.points_orphaned {
            let _ = writeln!(out, "  # {}", l.replace('\n', " "));
        }
    }
    let titles: Vec<String> = case.evidence.iter().map(|e| e.title.clone()).collect();
    let ids: Vec<String> = case.evidence.iter().map(|e| e.id.clone()).collect();
    out.push('\n');
    match section("evidence") {
        Some(ev) => {
            out.push_str(ev);
            let mut more = String::new();
            emit.evidence_section(&mut more, &titles, &ids, true);
            if !more.is_empty() {
                out.push_str("  # Named in the new notice: add each one's `file:`.\n");
                out.push_str(&reindent(&more, indent_of_items(ev)));
            }
        }
        None => emit.evidence_section(&mut out, &titles, &ids, false),
    }
    for (key, text) in &sections {
        if !matches!(key.as_str(), "rebut" | "case" | "evidence") {
            out.push('\n');
            out.push_str(text);
        }
    }
    merged.text = out;
    merged
}

/// The document's top-level sections, each with its key line.
fn top_level(yaml: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in yaml.lines() {
        let top = !line.starts_with([' ', '-', '#']) && !line.is_empty();
        if top && let Some((key, _)) = line.split_once(':') {
            out.push((key.to_owned(), String::new()));
        }
        if let Some((_, text)) = out.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    out
}

/// How far the list items of a section stand in.
fn indent_of_items(section: &str) -> usize {
    section
        .lines()
        .skip(1)
        .find_map(|l| {
            l.trim_start()
                .starts_with("- ")
                .then(|| l.len() - l.trim_start().len())
        })
        .unwrap_or(2)
}

/// Lines written with list items at two spaces, moved to `indent`.
fn reindent(text: &str, indent: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let rest = line.strip_prefix("  ").unwrap_or(line);
        let _ = writeln!(out, "{}{rest}", " ".repeat(indent));
    }
    out
}
