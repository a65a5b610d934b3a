//! `rebut redact`: the redacted copy to standard output or `-o FILE`, the key
//! to `--key FILE`, and notes on uncertain replacements to standard error.
//!
//! Words that may still identify someone are listed on standard error (and
//! in the key) for review.
//!
//! Exit status: 0 when the copy is written (notes or not); 1 under
//! `--strict` while the review list has words not kept (then nothing is
//! written); 2 when the case or the command line is unusable or a file
//! cannot be written.

use super::init::refuse;
use super::{Outcome, RedactArgs, report_unusable};
use crate::check::{Context, Report};
use crate::clinic::emit::case_to_yaml;
use crate::clinic::redact::{self, Options};
use crate::load::{self, Source};
use crate::model::Case;
use crate::playbook::Playbook;
use crate::write::write_atomic;
use std::path::Path;

const HEADER: &str =
    "# Redacted with `rebut redact`: the names of people, numbers, e-mails and addresses are placeholders.\n";
const HEADER_SHIFTED: &str =
    "# Dates are moved by one constant offset, so the intervals between them are true.\n";
const KEY_HEADER: &str = "# The key to a redacted case: the real values behind its placeholders.\n\
# Keep it apart from the redacted copy; it identifies the people in the case.\n";

pub fn run(args: &RedactArgs) -> Outcome {
    if let (Some(out), Some(key)) = (&args.output, &args.key)
        && same_file(out, key)
    {
        return refuse(
            &format!("the key and the redacted copy would both be written to {key}"),
            "the key holds the real names: give it a file of its own",
        );
    }
    let playbook = match args.common.playbook() {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let (source, case) = match super::load_case(&args.case, &args.common, &playbook) {
        Ok(loaded) => loaded,
        Err(failed) => return failed.report(),
    };
    let aliases = match pair_aliases(args) {
        Ok(a) => a,
        Err(alias) => {
            return refuse(
                &format!("--alias {alias} comes before any --name"),
                "write each --alias after the --name of the person it is another name of",
            );
        }
    };
    let mut keep = args.keep.clone();
    if let Some(path) = &args.keep_list {
        match std::fs::read_to_string(path) {
            Ok(text) => keep.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_owned),
            ),
            Err(e) => {
                return refuse(
                    &format!("cannot read the keep list {path}: {e}"),
                    "give a readable file",
                );
            }
        }
    }
    let options = Options {
        shift_days: args.shift_dates,
        names: args.names.clone(),
        aliases,
        keep,
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

    let out_name = args
        .output
        .clone()
        .unwrap_or_else(|| "<redacted copy>".to_owned());
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

    let review = &redaction.review;
    if args.strict && !review.items.is_empty() {
        for note in &redaction.notes {
            eprintln!("note: {note}");
        }
        print_review(review);
        eprintln!(
            "error: {} to review under --strict; nothing was written",
            count(review.items.len())
        );
        eprintln!(
            "help: read each one in the case; replace it with --name or --alias, or keep it with --keep WORD or --keep-list FILE"
        );
        return Outcome::Failed;
    }

    match &args.output {
        None => {
            if super::print_text(&yaml) != Outcome::Clean {
                return Outcome::Unusable;
            }
        }
        Some(path) => {
            if let Err(e) = write_atomic(Path::new(path), yaml.as_bytes(), &[Path::new(&args.case)]) {
                return refuse(&e.to_string(), "choose another output file with -o");
            }
        }
    }
    if let Some(key_path) = &args.key {
        redaction.key.source = Some(source.name.clone());
        redaction.key.redacted = args.output.clone();
        let text = format!(
            "{KEY_HEADER}{}",
            serde_saphyr::to_string(&redaction.key).expect("the key serialises")
        );
        let mut inputs = vec![Path::new(&args.case)];
        if let Some(out) = &args.output {
            inputs.push(Path::new(out));
        }
        if let Err(e) = write_atomic(Path::new(key_path), text.as_bytes(), &inputs) {
            return refuse(&e.to_string(), "choose another file for --key");
        }
    }

    for note in &redaction.notes {
        eprintln!("note: {note}");
    }
    for difference in &differences {
        eprintln!("warning: {difference}");
    }
    print_review(&redaction.review);
    if let Some(path) = &args.output {
        eprintln!(
            "wrote {path}{}; read it through before handing it out",
            args.key
                .as_ref()
                .map(|k| format!(" and its key {k}"))
                .unwrap_or_default()
        );
    }
    Outcome::Clean
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
        eprintln!("review: {}", item.line());
    }
    if !review.items.is_empty() || review.kept > 0 {
        eprintln!(
            "{} to review{}",
            count(review.items.len()),
            if review.kept > 0 {
                format!(" ({} kept with --keep)", review.kept)
            } else {
                String::new()
            }
        );
    }
}

/// Each `--alias` with the index of the `--name` before it on the command
/// line; `Err` with the first alias that has no name before it. The order
/// of the arguments is read again from the command line, as the parsed
/// arguments keep names and aliases apart.
fn pair_aliases(args: &RedactArgs) -> Result<Vec<(usize, String)>, String> {
    if args.aliases.is_empty() {
        return Ok(Vec::new());
    }
    let order = argument_order(args);
    let mut out = Vec::new();
    for (a, alias) in args.aliases.iter().enumerate() {
        let name = match &order {
            Some((names, aliases)) => names.iter().rposition(|&n| n < aliases[a]),
            None => args.names.len().checked_sub(1),
        };
        match name {
            Some(n) => out.push((n, alias.clone())),
            None => return Err(alias.clone()),
        }
    }
    Ok(out)
}

/// Where each `--name` and `--alias` stood among the arguments of this
/// process, when they are the arguments `args` was parsed from.
fn argument_order(args: &RedactArgs) -> Option<(Vec<usize>, Vec<usize>)> {
    use clap::CommandFactory;
    let matches = super::Cli::command()
        .try_get_matches_from(std::env::args_os())
        .ok()?;
    let sub = matches.subcommand_matches("redact")?;
    let values = |id: &str| -> Vec<String> {
        sub.get_many::<String>(id)
            .map(|v| v.cloned().collect())
            .unwrap_or_default()
    };
    if values("names") != args.names || values("aliases") != args.aliases {
        return None;
    }
    let names: Vec<usize> = sub.indices_of("names").map(Iterator::collect).unwrap_or_default();
    let aliases: Vec<usize> = sub.indices_of("aliases")?.collect();
    Some((names, aliases))
}

fn report(case: &Case, playbook: &Playbook, today: jiff::civil::Date, base_dir: &Path) -> Report {
    Context {
        playbook,
        today,
        base_dir,
    }
    .check(case)
}

/// Whether two paths name one file, whether or not it exists yet.
fn same_file(a: &str, b: &str) -> bool {
    let (pa, pb) = (Path::new(a), Path::new(b));
    if let (Ok(x), Ok(y)) = (pa.canonicalize(), pb.canonicalize()) {
        return x == y;
    }
    matches!((std::path::absolute(pa), std::path::absolute(pb)), (Ok(x), Ok(y)) if x == y)
}
