//! `rebut packet`: the filing packet as one PDF, or numbered volumes.
//! The work is in [`crate::packet`]; this is arguments, messages and writing.

use super::{Common, Outcome};
use crate::check::Context;
use crate::exhibits::ExhibitPlan;
use crate::packet::{self, Issue, Options};
use anstyle::AnsiColor;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct PacketArgs {
    /// The case file; `-` reads standard input (paths are then relative to the current folder)
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Write the packet here; volumes become NAME-1.pdf, NAME-2.pdf, … beside it
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// A document to put before the exhibits as it is: the notice, the signed memo, a form (repeat, in order)
    #[arg(long = "front", value_name = "FILE.pdf")]
    pub front: Vec<PathBuf>,
    /// Split into volumes of at most this many megabytes, at exhibit boundaries
    #[arg(long, value_name = "N", default_value_t = packet::DEFAULT_MAX_MB,
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub max_mb: u64,
    #[command(flatten)]
    pub common: Common,
}

pub fn run(args: &PacketArgs) -> Outcome {
    let playbook = match args.common.playbook() {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let (source, case) = match super::load_case(&args.case, &args.common, &playbook) {
        Ok(loaded) => loaded,
        Err(failed) => return failed.report(),
    };
    let plan = ExhibitPlan::assign(&case);
    let options = Options {
        base_dir: source.base_dir.clone(),
        front: args.front.clone(),
        max_bytes: args.max_mb.saturating_mul(1_000_000),
    };
    let built = packet::build(&case, &plan, &options);
    let warnings = match &built {
        Ok(p) => &p.warnings,
        Err(refused) => &refused.warnings,
    };
    for issue in warnings {
        print_issue("warning", AnsiColor::Yellow, &source.name, issue);
    }
    let packet = match built {
        Ok(packet) => packet,
        Err(refused) => {
            for issue in &refused.problems {
                print_issue("error", AnsiColor::Red, &source.name, issue);
            }
            let n = refused.problems.len();
            return usage(&format!(
                "{n} problem{} with the packet's files; nothing was written",
                if n == 1 { "" } else { "s" }
            ));
        }
    };

    let targets = packet::volume_paths(&args.output, packet.volumes.len());
    let mut inputs: Vec<PathBuf> = Vec::new();
    if args.case != "-" {
        inputs.push(PathBuf::from(&args.case));
    }
    inputs.extend(args.common.playbook.iter().map(PathBuf::from));
    inputs.extend(args.front.iter().cloned());
    for evidence in &case.evidence {
        let files = evidence
            .file
            .iter()
            .chain(evidence.translation.iter().flat_map(|t| &t.file));
        inputs.extend(files.map(|f| source.base_dir.join(&f.value)));
    }
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    if let Some(clash) = targets.iter().find(|t| crate::write::is_one_of(t, &inputs)) {
        return usage(&format!(
            "refusing to write to {}: it is one of the packet's inputs; name another output with -o",
            clash.display()
        ));
    }
    let mut written: Vec<&Path> = Vec::new();
    for (target, volume) in targets.iter().zip(&packet.volumes) {
        if let Err(e) = crate::write::write_atomic(target, &volume.bytes, &inputs) {
            // A packet is whole or absent: take back the volumes this run wrote.
            for done in written {
                let _ = std::fs::remove_file(done);
            }
            return usage(&e.to_string());
        }
        written.push(target);
    }
    for (target, volume) in targets.iter().zip(&packet.volumes) {
        let held = match (plan.exhibits.get(volume.exhibits.start), volume.exhibits.len()) {
            (_, 0) => "no exhibits".to_owned(),
            (Some(x), 1) => format!("Exhibit {}", x.letter),
            (Some(x), _) => format!(
                "Exhibits {}\u{2013}{}",
                x.letter,
                plan.exhibits[volume.exhibits.end - 1].letter
            ),
            (None, _) => String::new(),
        };
        anstream::eprintln!(
            "wrote {}: {} pages, {held}, {:.1} MB",
            target.display(),
            volume.pages,
            volume.bytes.len() as f64 / 1_000_000.0
        );
    }
    note_findings(&case, &playbook, &args.common, &source.base_dir);
    Outcome::Clean
}

fn print_issue(level: &str, color: AnsiColor, case_name: &str, issue: &Issue) {
    let style = color.on_default().bold();
    let place = issue
        .loc
        .map(|l| format!("{case_name}:{}:{}: ", l.line, l.column))
        .unwrap_or_default();
    anstream::eprintln!("{style}{level}{style:#}: {place}{issue}");
}

fn usage(message: &str) -> Outcome {
    let style = AnsiColor::Red.on_default().bold();
    anstream::eprintln!("{style}error{style:#}: {message}");
    Outcome::Unusable
}

/// The packet follows the case as it stands; say so when `rebut check`
/// still finds errors in it.
fn note_findings(
    case: &crate::model::Case,
    playbook: &crate::playbook::Playbook,
    common: &Common,
    base_dir: &Path,
) {
    let report = Context {
        playbook,
        today: common.today(),
        base_dir,
    }
    .check(case);
    let errors = report.summary().errors;
    if errors > 0 {
        anstream::eprintln!(
            "note: `rebut check` finds {errors} error{} in the case; the packet holds what it cites as it stands",
            if errors == 1 { "" } else { "s" }
        );
    }
}
