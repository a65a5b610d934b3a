//! `rebut grade`: feedback to the student, or the JSON comparison.
//!
//! Exit status: 0 whenever both files load and describe the same grounds
//! and evidence, whatever the score (a grade is not a failure of the tool);
//! 2 when either file is unusable or their ids differ.

use super::error::{self, Error, Outcome};
use super::{CheckFormat, GradeArgs};
use crate::clinic::grade::{self, Grade, GroundGrade};
use crate::model::Case;
use crate::playbook::Playbook;
use anstyle::{AnsiColor, Style};
use std::fmt::Write as _;

pub fn run(args: &GradeArgs) -> Result<Outcome, Error> {
    let playbook = args.common.playbook()?;
    let load = |path: &str| super::load(path, &args.common, &playbook);
    // Both files are read, so that every problem is reported in one run.
    let ((key_source, key), (student_source, student)) = match (load(&args.key), load(&args.student)) {
        (Ok(k), Ok(s)) => (k, s),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => return Err(e),
        (Err(a), Err(b)) => return Err(Error::Several(vec![a, b])),
    };
    if let Err(mismatch) = grade::same_ids(&key, &student, &key_source.name, &student_source.name) {
        let count = mismatch.in_key.len() + mismatch.in_student.len();
        let files = [
            (&key_source, mismatch.in_key),
            (&student_source, mismatch.in_student),
        ]
        .into_iter()
        .filter(|(_, problems)| !problems.is_empty())
        .map(|(source, problems)| error::rejected(&source.name, problems, &source.text))
        .collect();
        let summary = format!(
            "{} and {} do not describe the same grounds and evidence ({count} difference{})",
            crate::display::name(&key_source.name),
            crate::display::name(&student_source.name),
            if count == 1 { "" } else { "s" }
        );
        return Err(Error::Mismatch { files, summary });
    }
    let grade = grade::grade(&key, &student);
    match args.format {
        CheckFormat::Json => super::print_text(&format!(
            "{}\n",
            serde_json::to_string_pretty(&grade).expect("a grade serializes")
        ))?,
        CheckFormat::Text => super::print_text(&feedback(
            &grade,
            &key,
            &playbook,
            &key_source.name,
            &student_source.name,
        ))?,
    }
    Ok(Outcome::Clean)
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const FOUND: Style = AnsiColor::Green.on_default();
const MISSED: Style = AnsiColor::Red.on_default().bold();
const EXTRA: Style = AnsiColor::Yellow.on_default();

fn percent(value: f64) -> String {
    format!("{:.0}%", value * 100.0)
}

/// The comparison as feedback a student can act on, ground by ground.
pub fn feedback(
    grade: &Grade,
    key: &Case,
    playbook: &Playbook,
    key_name: &str,
    student_name: &str,
) -> String {
    use crate::display::{name as shown_name, text as shown};
    let (key_name, student_name) = (shown_name(key_name), shown_name(student_name));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{BOLD}Feedback on {student_name}{BOLD:#} {DIM}(graded against {key_name}){DIM:#}"
    );
    let title = |id: &str| shown(key.evidence_by_id(id).map_or("", |e| e.title.as_str()));
    let id_w = key
        .evidence
        .iter()
        .map(|e| e.id.chars().count())
        .max()
        .unwrap_or(0);
    for g in &grade.grounds {
        let label = playbook
            .category(&g.category)
            .map_or(g.category.as_str(), |c| c.label.as_str());
        let _ = writeln!(out, "\n{BOLD}{}{BOLD:#}  {}", shown_name(&g.ground), shown(label));
        let mut line = |style: Style, word: &str, id: &str, why: &str| {
            let id = shown_name(id);
            let _ = writeln!(
                out,
                "  {style}{word:<9}{style:#} {id:id_w$}  {}{DIM}{why}{DIM:#}",
                title(&id)
            );
        };
        for id in &g.matched {
            let why = if g.optional_matched.contains(id) {
                " (optional in the key)"
            } else {
                ""
            };
            line(FOUND, "found", id, why);
        }
        for id in &g.missing {
            line(MISSED, "missed", id, " (the key cites it for this ground)");
        }
        for id in &g.extra {
            line(EXTRA, "extra", id, " (the key does not cite it for this ground)");
        }
        for id in &g.optional_skipped {
            line(
                DIM,
                "optional",
                id,
                " (the key accepts it here; leaving it out costs nothing)",
            );
        }
        if g.matched.is_empty() && g.missing.is_empty() && g.extra.is_empty() {
            let _ = writeln!(out, "  {DIM}no evidence answers this ground in either map{DIM:#}");
        }
        if g.status_differs {
            let _ = writeln!(
                out,
                "  status    yours is {}; the key's is {}",
                g.student_status.as_str(),
                g.key_status.as_str()
            );
        }
    }
    let claimed = grade.matched.len() + grade.extra.len();
    let differing: Vec<&GroundGrade> = grade.grounds.iter().filter(|g| g.status_differs).collect();
    let _ = writeln!(out, "\n{BOLD}Overall{BOLD:#}");
    let _ = writeln!(
        out,
        "  recall     {:>4}  you found {} of the {} links the key requires",
        percent(grade.recall),
        grade.required_matched(),
        grade.required()
    );
    if claimed == 0 {
        // Nothing claimed, nothing wrong: but no score to boast of either.
        let _ = writeln!(out, "  precision     -  you have made no links yet");
    } else {
        let _ = writeln!(
            out,
            "  precision  {:>4}  {} of your {} links are in the key",
            percent(grade.precision),
            grade.matched.len(),
            claimed
        );
    }
    if differing.is_empty() {
        let _ = writeln!(out, "  every ground has the status the key gives it");
    } else {
        let ids: Vec<_> = differing.iter().map(|g| shown_name(&g.ground)).collect();
        let _ = writeln!(
            out,
            "  {} ground{} get{} a status other than the key's: {}",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" },
            if ids.len() == 1 { "s" } else { "" },
            ids.join(", ")
        );
    }
    out
}
