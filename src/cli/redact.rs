//! `rebut redact`: the redacted copy to standard output or `-o FILE`, the key
//! to `--key FILE`, and notes on uncertain replacements to standard error.
//!
//! Exit status: 0 when the copy is written (notes or not), 2 when the case or
//! the command line is unusable or a file cannot be written.

use super::{Error, Outcome, RedactArgs, error};
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
        aliases: pair_aliases(args)?,
        keep: keep_words(args)?,
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

    if args.strict {
        strict_gate(&redaction)?;
    }

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
        let help = if e.wrote_some() {
            "free the space or choose other files"
        } else {
            "nothing was written; free the space or choose other files"
        };
        Error::refuse(e.to_string(), help)
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
    print_review(&redaction.review);
    if let Some(path) = copy_target {
        error::say(&format!(
            "wrote {}{}; read it through before handing it out",
            crate::display::name(&path.to_string_lossy()),
            key_target
                .map(|k| format!(
                    " and its key {} (readable by you only)",
                    crate::display::name(&k.to_string_lossy())
                ))
                .unwrap_or_default()
        ));
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
    let mut inputs = args.common.inputs([args.case.as_str()]);
    if let Some(list) = &args.keep_list {
        inputs.add(list);
    }
    let mut outputs = Outputs::new(inputs);
    let copy_slot = copy_target
        .map(|t| outputs.add(t, Mode::file(args.force), "the redacted copy"))
        .transpose()
        .map_err(|e| Error::refuse(e.to_string(), "choose another output file with -o"))?;
    let key_slot = key_target
        .map(|t| outputs.add(t, Mode::private(args.force), "the key"))
        .transpose()
        .map_err(|e| {
            let help = if matches!(e, crate::write::WriteError::Exists { .. }) {
                "an older key may be the only record of an earlier redaction's names: keep it and name a new file, or pass --force to replace it"
            } else {
                "the key holds the real names: give it a file of its own"
            };
            Error::refuse(e.to_string(), help)
        })?;
    Ok((outputs, copy_slot, key_slot))
}

/// Uncertain replacements and any way the copy checks differently.
fn report_notes(notes: &[String], differences: &[String]) {
    for note in notes {
        error::note(&crate::display::text(note));
    }
    for difference in differences {
        error::warning(&crate::display::text(difference));
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 word".to_owned()
    } else {
        format!("{n} words")
    }
}

/// The review list on standard error, in file order, and its count.
fn print_review(review: &redact::review::Outcome) {
    for item in &review.items {
        error::say(&format!("review: {}", crate::display::text(&item.line())));
    }
    if !review.items.is_empty() || review.kept > 0 {
        error::say(&format!(
            "{} to review{}",
            count(review.items.len()),
            if review.kept > 0 {
                format!(" ({} kept with --keep)", review.kept)
            } else {
                String::new()
            }
        ));
    }
}

/// A keep list larger than this is refused unread: a list of a hundred
/// thousand words is a megabyte.
pub const KEEP_LIST_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Words the user has read and keeps: `--keep` and the `--keep-list` file.
fn keep_words(args: &RedactArgs) -> Result<Vec<String>, Error> {
    let mut keep = args.keep.clone();
    if let Some(path) = &args.keep_list {
        // An input like the case: a regular file (or `-`), within a size no
        // list of words comes near.
        let source = crate::input::read_source(path, KEEP_LIST_MAX_BYTES).map_err(|u| {
            let reason = u.problems.first().map(|p| p.message.clone()).unwrap_or_default();
            Error::refuse(
                format!("cannot read the keep list {path}: {reason}"),
                "give a readable file, one word a line (at most 4 MiB)",
            )
        })?;
        keep.extend(
            source
                .text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned),
        );
    }
    Ok(keep)
}

/// Each `--alias` with the index of the `--name` before it on the command
/// line (from the positions `cli::parse` recorded).
fn pair_aliases(args: &RedactArgs) -> Result<Vec<(usize, String)>, Error> {
    let mut out = Vec::new();
    for (a, alias) in args.aliases.iter().enumerate() {
        let at = args.alias_positions.get(a).copied();
        let name = match at {
            Some(at) => args.name_positions.iter().rposition(|&n| n < at),
            // Arguments built without positions: each alias belongs to the last name.
            None => args.names.len().checked_sub(1),
        };
        let Some(name) = name else {
            return Err(Error::refuse(
                format!("--alias {alias} comes before any --name"),
                "write each --alias after the --name of the person it is another name of",
            ));
        };
        out.push((name, alias.clone()));
    }
    Ok(out)
}

/// `--strict`: nothing is written while a listed word is neither named nor kept.
fn strict_gate(redaction: &redact::Redaction) -> Result<(), Error> {
    let review = &redaction.review;
    if review.items.is_empty() {
        return Ok(());
    }
    report_notes(&redaction.notes, &[]);
    print_review(review);
    Err(Error::Blocked {
        message: format!(
            "{} to review under --strict; nothing was written",
            count(review.items.len())
        ),
        help: "read each one in the case; replace it with --name or --alias, or keep it with --keep WORD or --keep-list FILE"
            .to_owned(),
    })
}
