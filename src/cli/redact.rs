//! `rebut redact`: the redacted copy to standard output or `-o FILE`, the key
//! to `--key FILE`, and notes on uncertain replacements to standard error.
//!
//! Exit status: 0 when the copy is written (notes or not), 2 when the case or
//! the command line is unusable or a file cannot be written.

use super::{Error, Outcome, RedactArgs};
use crate::check::Checked;
use crate::clinic::emit::case_to_yaml;
use crate::clinic::redact::{self, Options};
use crate::input::Source;
use crate::write::{Mode, Outputs, Slot, file_target};
use std::path::Path;

const HEADER: &str =
    "# Redacted with `rebut redact`: the names of people, numbers, e-mails and addresses are placeholders.\n";
const HEADER_SHIFTED: &str =
    "# Dates are moved by one constant offset, so the intervals between them are true.\n";
const KEY_HEADER: &str = "# The key to a redacted case: the real values behind its placeholders.\n\
# Keep it apart from the redacted copy; it identifies the people in the case.\n";

pub fn run(args: &RedactArgs) -> Result<Outcome, Error> {
    // Every target is checked before anything is read or written.
    let copy_target = file_target(args.output.as_deref().map(Path::new));
    let key_target = file_target(args.key.as_deref().map(Path::new));
    if args.key.is_some() && key_target.is_none() && copy_target.is_none() {
        return Err(Error::refuse(
            "the key and the redacted copy would both go to standard output",
            "the key holds the real names: give it a file of its own with `--key FILE`",
        ));
    }
    let (outputs, copy_slot, key_slot) = plan_outputs(args, copy_target, key_target)?;
    let playbook = args.common.playbook()?;
    let original = super::open(&args.case, &args.common, &playbook)?;
    let options = Options {
        shift_days: args.shift_dates,
        names: args.names.clone(),
    };
    let mut redaction = redact::redact(&original.case, &options)
        .map_err(|e| Error::refuse(e.to_string(), "shift the dates by fewer days"))?;

    let mut yaml = String::from(HEADER);
    if args.shift_dates != 0 {
        yaml.push_str(HEADER_SHIFTED);
    }
    yaml.push_str(&case_to_yaml(&redaction.case));

    let out_name = copy_target.map_or_else(|| "<redacted copy>".to_owned(), |p| p.display().to_string());
    let reread = Source {
        name: out_name,
        text: yaml.clone(),
        base_dir: original.base_dir.clone(),
    };
    let redacted = Checked::load(&reread, &playbook, original.today).map_err(|unusable| {
        Error::Several(vec![
            Error::unusable(unusable, Some(yaml.clone())),
            Error::refuse(
                "the redacted copy does not read back as a case file; nothing was written",
                "this is a bug in rebut; please report it with a case that shows it",
            ),
        ])
    })?;
    let differences = redact::differences(
        &original.case,
        &original.report,
        &redacted.report,
        args.shift_dates != 0,
    );

    let key_text = args.key.as_ref().map(|_| {
        redaction.key.source = Some(original.name.clone());
        redaction.key.redacted = copy_target.map(|p| p.display().to_string());
        format!(
            "{KEY_HEADER}{}",
            serde_saphyr::to_string(&redaction.key).expect("the key serializes")
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
    outputs.write(&contents).map_err(|e| {
        Error::refuse(
            e.to_string(),
            "nothing was written; free the space or choose other files",
        )
    })?;
    let to_stdout = if copy_slot.is_none() {
        Some(&yaml)
    } else if key_slot.is_none() {
        // `--key -`: the key alone goes to standard output.
        key_text.as_ref()
    } else {
        None
    };
    if let Some(text) = to_stdout {
        super::print_text(text)?;
    }

    report_notes(&redaction.notes, &differences);
    if let Some(path) = copy_target {
        anstream::eprintln!(
            "wrote {}{}; read it through before handing it out",
            crate::display::name(&path.to_string_lossy()),
            key_target
                .map(|k| format!(
                    " and its key {} (readable by you only)",
                    crate::display::name(&k.to_string_lossy())
                ))
                .unwrap_or_default()
        );
    }
    Ok(Outcome::Clean)
}

/// The copy's and the key's files, checked against every input and each
/// other before anything is read or written.
fn plan_outputs(
    args: &RedactArgs,
    copy_target: Option<&Path>,
    key_target: Option<&Path>,
) -> Result<(Outputs, Option<Slot>, Option<Slot>), Error> {
    let mut outputs = Outputs::new(args.common.inputs([args.case.as_str()]));
    let copy_slot = copy_target
        .map(|t| outputs.add(t, Mode::Replace, "the redacted copy"))
        .transpose()
        .map_err(|e| Error::refuse(e.to_string(), "choose another output file with -o"))?;
    let key_slot = key_target
        .map(|t| outputs.add(t, Mode::Private, "the key"))
        .transpose()
        .map_err(|e| {
            Error::refuse(
                e.to_string(),
                "the key holds the real names: give it a file of its own",
            )
        })?;
    Ok((outputs, copy_slot, key_slot))
}

/// Uncertain replacements and any way the copy checks differently.
fn report_notes(notes: &[String], differences: &[String]) {
    for note in notes {
        anstream::eprintln!("note: {}", crate::display::text(note));
    }
    for difference in differences {
        anstream::eprintln!("warning: {}", crate::display::text(difference));
    }
}
