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
use crate::write::write_atomic;
use std::path::Path;

const HEADER: &str =
    "# Redacted with `rebut redact`: the names of people, numbers, e-mails and addresses are placeholders.\n";
const HEADER_SHIFTED: &str =
    "# Dates are moved by one constant offset, so the intervals between them are true.\n";
const KEY_HEADER: &str = "# The key to a redacted case: the real values behind its placeholders.\n\
# Keep it apart from the redacted copy; it identifies the people in the case.\n";

pub fn run(args: &RedactArgs) -> Result<Outcome, Error> {
    if let (Some(out), Some(key)) = (&args.output, &args.key)
        && same_file(out, key)
    {
        return Err(Error::refuse(
            format!("the key and the redacted copy would both be written to {key}"),
            "the key holds the real names: give it a file of its own",
        ));
    }
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

    let out_name = args
        .output
        .clone()
        .unwrap_or_else(|| "<redacted copy>".to_owned());
    let reread = Source {
        name: out_name.clone(),
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

    match &args.output {
        None => super::print_text(&yaml)?,
        Some(path) => write_atomic(Path::new(path), yaml.as_bytes(), &[Path::new(&args.case)])
            .map_err(|e| Error::refuse(e.to_string(), "choose another output file with -o"))?,
    }
    if let Some(key_path) = &args.key {
        redaction.key.source = Some(original.name.clone());
        redaction.key.redacted = args.output.clone();
        let text = format!(
            "{KEY_HEADER}{}",
            serde_saphyr::to_string(&redaction.key).expect("the key serialises")
        );
        let mut inputs = vec![Path::new(&args.case)];
        if let Some(out) = &args.output {
            inputs.push(Path::new(out));
        }
        write_atomic(Path::new(key_path), text.as_bytes(), &inputs)
            .map_err(|e| Error::refuse(e.to_string(), "choose another file for --key"))?;
    }

    for note in &redaction.notes {
        anstream::eprintln!("note: {note}");
    }
    for difference in &differences {
        anstream::eprintln!("warning: {difference}");
    }
    if let Some(path) = &args.output {
        anstream::eprintln!(
            "wrote {path}{}; read it through before handing it out",
            args.key
                .as_ref()
                .map(|k| format!(" and its key {k}"))
                .unwrap_or_default()
        );
    }
    Ok(Outcome::Clean)
}

/// Whether two paths name one file, whether or not it exists yet.
fn same_file(a: &str, b: &str) -> bool {
    let (pa, pb) = (Path::new(a), Path::new(b));
    if let (Ok(x), Ok(y)) = (pa.canonicalize(), pb.canonicalize()) {
        return x == y;
    }
    matches!((std::path::absolute(pa), std::path::absolute(pb)), (Ok(x), Ok(y)) if x == y)
}
