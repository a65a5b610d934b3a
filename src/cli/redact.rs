//! `rebut redact`: the redacted copy to standard output or `-o FILE`, the key
//! to `--key FILE`, and notes on uncertain replacements to standard error.
//!
//! Exit status: 0 when the copy is written (notes or not), 2 when the case or
//! the command line is unusable or a file cannot be written.

use super::init::refuse;
use super::{Outcome, RedactArgs, report_unusable};
use crate::check::{Context, Report};
use crate::clinic::emit::case_to_yaml;
use crate::clinic::redact::{self, Options};
use crate::load::{self, Source};
use crate::model::Case;
use crate::playbook::Playbook;
use crate::write::{Mode, Outputs, Slot, file_target};
use std::path::Path;

const HEADER: &str =
    "# Redacted with `rebut redact`: the names of people, numbers, e-mails and addresses are placeholders.\n";
const HEADER_SHIFTED: &str =
    "# Dates are moved by one constant offset, so the intervals between them are true.\n";
const KEY_HEADER: &str = "# The key to a redacted case: the real values behind its placeholders.\n\
# Keep it apart from the redacted copy; it identifies the people in the case.\n";

pub fn run(args: &RedactArgs) -> Outcome {
    // Every target is checked before anything is read or written.
    let copy_target = file_target(args.output.as_deref().map(Path::new));
    let key_target = file_target(args.key.as_deref().map(Path::new));
    if args.key.is_some() && key_target.is_none() && copy_target.is_none() {
        return refuse(
            "the key and the redacted copy would both go to standard output",
            "the key holds the real names: give it a file of its own with `--key FILE`",
        );
    }
    let mut outputs = Outputs::new(args.common.inputs([args.case.as_str()]));
    let copy_slot = match copy_target.map(|t| outputs.add(t, Mode::Replace, "the redacted copy")) {
        Some(Err(e)) => return refuse(&e.to_string(), "choose another output file with -o"),
        slot => slot.and_then(Result::ok),
    };
    let key_slot = match key_target.map(|t| outputs.add(t, Mode::Private, "the key")) {
        Some(Err(e)) => {
            return refuse(
                &e.to_string(),
                "the key holds the real names: give it a file of its own",
            );
        }
        slot => slot.and_then(Result::ok),
    };
    let playbook = match args.common.playbook() {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let (source, case) = match super::load_case(&args.case, &args.common, &playbook) {
        Ok(loaded) => loaded,
        Err(failed) => return failed.report(),
    };
    let options = Options {
        shift_days: args.shift_dates,
        names: args.names.clone(),
    };
    let mut redaction = match redact::redact(&case, &options) {
        Ok(r) => r,
        Err(e) => return refuse(&e.to_string(), "shift the dates by fewer days"),
    };

    let mut yaml = String::from(HEADER);
    if args.shift_dates != 0 {
        yaml.push_str(HEADER_SHIFTED);
    }
    yaml.push_str(&case_to_yaml(&redaction.case));

    let out_name = copy_target.map_or_else(|| "<redacted copy>".to_owned(), |p| p.display().to_string());
    let reread = Source {
        name: out_name.clone(),
        text: yaml.clone(),
        base_dir: source.base_dir.clone(),
    };
    let redacted_case = match load::load_case(&reread, &playbook) {
        Ok(c) => c,
        Err(unusable) => {
            eprintln!("error: the redacted copy does not read back as a case file; nothing was written");
            eprintln!("this is a bug in rebut; please report it with a case that shows it");
            return report_unusable(&unusable, Some(&yaml));
        }
    };
    let today = args.common.today();
    let differences = redact::differences(
        &case,
        &report(&case, &playbook, today, &source.base_dir),
        &report(&redacted_case, &playbook, today, &source.base_dir),
        args.shift_dates != 0,
    );

    let key_text = args.key.as_ref().map(|_| {
        redaction.key.source = Some(source.name.clone());
        redaction.key.redacted = copy_target.map(|p| p.display().to_string());
        format!(
            "{KEY_HEADER}{}",
            serde_saphyr::to_string(&redaction.key).expect("the key serialises")
        )
    });
    // Files first, complete or not at all; standard output last.
    let mut contents: Vec<(Slot, &[u8])> = Vec::new();
    if let Some(slot) = copy_slot {
        contents.push((slot, yaml.as_bytes()));
    }
    if let (Some(slot), Some(text)) = (key_slot, &key_text) {
        contents.push((slot, text.as_bytes()));
    }
    if let Err(e) = outputs.write(&contents) {
        return refuse(
            &e.to_string(),
            "nothing was written; free the space or choose other files",
        );
    }
    let to_stdout = if copy_slot.is_none() {
        Some(&yaml)
    } else if key_slot.is_none() {
        // `--key -`: the key alone goes to standard output.
        key_text.as_ref()
    } else {
        None
    };
    if let Some(text) = to_stdout
        && super::print_text(text) != Outcome::Clean
    {
        return Outcome::Unusable;
    }

    for note in &redaction.notes {
        eprintln!("note: {}", crate::display::text(&note.to_string()));
    }
    for difference in &differences {
        eprintln!("warning: {}", crate::display::text(&difference.to_string()));
    }
    if let Some(path) = copy_target {
        eprintln!(
            "wrote {}{}; read it through before handing it out",
            path.display(),
            key_target
                .map(|k| format!(" and its key {} (readable by you only)", k.display()))
                .unwrap_or_default()
        );
    }
    Outcome::Clean
}

fn report(case: &Case, playbook: &Playbook, today: jiff::civil::Date, base_dir: &Path) -> Report {
    Context {
        playbook,
        today,
        base_dir,
    }
    .check(case)
}
