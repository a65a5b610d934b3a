//! `rebut exercise`: a case made into a clinic exercise (`-o`) and its
//! answer key (`--answers`).
//!
//! Exit status: 0 when both files are written; 2 when the case is unusable,
//! either file exists already (neither is written) or cannot be written.

use super::{Error, ExerciseArgs, Outcome, error};
use crate::check::Checked;
use crate::clinic::exercise;
use crate::input::Source;
use crate::write::{Mode, Outputs};
use std::path::Path;

pub fn run(args: &ExerciseArgs) -> Result<Outcome, Error> {
    let mut outputs = Outputs::new(args.common.inputs([args.case.as_str()]));
    let help = "name files that do not exist yet, or pass --force to replace them";
    let student_slot = outputs
        .add(Path::new(&args.output), Mode::file(args.force), "the exercise")
        .map_err(|e| Error::refuse(e.to_string(), help))?;
    let key_slot = outputs
        .add(Path::new(&args.answers), Mode::file(args.force), "the answer key")
        .map_err(|e| Error::refuse(e.to_string(), help))?;
    let playbook = args.common.playbook()?;
    let original = super::open(&args.case, &args.common, &playbook)?;
    let made = exercise::make(&original.case);

    // Both files must read back as cases before either is written.
    for (name, text) in [(&args.output, &made.student), (&args.answers, &made.key)] {
        let reread = Source {
            name: name.clone(),
            text: text.clone(),
            base_dir: original.base_dir.clone(),
        };
        Checked::load(&reread, &playbook, original.today).map_err(|unusable| {
            Error::Several(vec![
                Error::unusable(unusable, Some(text.clone())),
                Error::refuse(
                    "the exercise does not read back as a case file; nothing was written",
                    "this is a bug in rebut; please report it with a case that shows it",
                ),
            ])
        })?;
    }
    outputs
        .write(&[
            (student_slot, made.student.as_bytes()),
            (key_slot, made.key.as_bytes()),
        ])
        .map_err(|e| Error::refuse(e.to_string(), "free the space or choose other files"))?;

    if !made.unanswered.is_empty() {
        error::note(&format!(
            "the case answers no point for {}: the key expects those grounds left blank",
            made.unanswered.join(", ")
        ));
    }
    let links: usize = original
        .case
        .grounds
        .iter()
        .map(|g| {
            let mut ids: Vec<&str> = g
                .points
                .iter()
                .flat_map(|p| &p.citations)
                .map(|c| c.evidence.as_str())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids.len()
        })
        .sum();
    let shown = |p: &str| crate::display::name(p).into_owned();
    error::say(&format!(
        "wrote {} ({} grounds, {} exhibits, nothing linked) and its key {} ({links} links); hand out the first, keep the second",
        shown(&args.output),
        original.case.grounds.len(),
        original.case.evidence.len(),
        shown(&args.answers),
    ));
    Ok(Outcome::Clean)
}
