//! `rebut packet`: the filing packet as one PDF, or numbered volumes.
//! The work is in [`crate::packet`]; this is arguments, messages and writing.

use super::{Common, Error, Outcome, error};
use crate::display;
use crate::packet::{self, Issue, Options};
use crate::write::{Mode, Outputs, Slot};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct PacketArgs {
    /// The case file; `-` reads standard input (paths are then relative to the current folder)
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Write the packet here (`-` for standard output); volumes become NAME-1.pdf, NAME-2.pdf, … beside it
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// A document to put before the exhibits as it is: the notice, the signed memo, a form (repeat, in order)
    #[arg(long = "front", value_name = "FILE.pdf")]
    pub front: Vec<PathBuf>,
    /// Split into volumes of at most this many megabytes, at exhibit boundaries
    #[arg(long, value_name = "N", default_value_t = packet::DEFAULT_MAX_MB,
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub max_mb: u64,
    /// Refuse an exhibit, translation or front document larger than this many megabytes
    #[arg(long, value_name = "N", default_value_t = packet::source::DEFAULT_MAX_FILE_MB,
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub max_file_mb: u64,
    /// Replace the output file if it exists (without it, an existing file is never written over)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

pub fn run(args: &PacketArgs) -> Result<Outcome, Error> {
    // A PDF under another name (`packet.docx`) would open in nothing.
    if let Some(target) = crate::write::file_target(Some(&args.output))
        && target.extension().is_some_and(|e| !e.eq_ignore_ascii_case("pdf"))
    {
        return Err(Error::refuse(
            format!(
                "refusing to write the packet to {}: a packet is a PDF, and that name is for another kind of file",
                display::name(&target.to_string_lossy())
            ),
            "name the output .pdf",
        ));
    }
    let playbook = args.common.playbook()?;
    let checked = super::open(&args.case, &args.common, &playbook)?;
    let options = Options {
        base_dir: checked.base_dir.clone(),
        front: args.front.clone(),
        max_bytes: args.max_mb.saturating_mul(1_000_000),
        max_file_bytes: args.max_file_mb.saturating_mul(1_000_000),
    };
    let built = packet::build(&checked.case, &checked.plan, &options);
    let warnings = match &built {
        Ok(p) => &p.warnings,
        Err(refused) => &refused.warnings,
    };
    warn(&checked.name, warnings);
    let packet = built.map_err(|refused| {
        let n = refused.problems.len();
        let mut message = format!(
            "{n} problem{} with the packet's files; nothing was written",
            if n == 1 { "" } else { "s" }
        );
        for issue in &refused.problems {
            message.push_str(&format!("\n  {}", placed(&checked.name, issue)));
        }
        Error::refuse(
            message,
            "give each lettered exhibit a readable PDF, JPEG or PNG `file` whose page count is its `pages`",
        )
    })?;

    if crate::write::file_target(Some(&args.output)).is_none() {
        return to_stdout(&packet, &checked.name, &checked.report);
    }

    write_volumes(args, &checked, &packet)?;
    check_note(&checked.report);
    Ok(Outcome::Clean)
}

/// Writes the volumes where `-o` says, each straight into its temporary
/// file, all or none; then removes an earlier run's volumes.
fn write_volumes(args: &PacketArgs, checked: &super::Checked, packet: &packet::Packet) -> Result<(), Error> {
    // Every volume is checked against every file the packet reads before
    // any is written, and all are written or none.
    let targets = packet::volume_paths(&args.output, packet.volumes.len());
    let stale = earlier_volumes(args, packet.volumes.len())?;
    let mut inputs = args.common.inputs([args.case.as_str()]);
    for front in &args.front {
        inputs.add(front);
    }
    for evidence in &checked.case.evidence {
        let files = evidence
            .file
            .iter()
            .chain(evidence.translation.iter().flat_map(|t| &t.file));
        for file in files {
            inputs.add(checked.base_dir.join(&file.value));
        }
    }
    let mut outputs = Outputs::new(inputs);
    let mut slots: Vec<Slot> = Vec::new();
    for target in &targets {
        let slot = outputs
            .add(target, Mode::file(args.force), "the packet")
            .map_err(|e| Error::refuse(e.to_string(), "name another output with -o"))?;
        slots.push(slot);
    }
    // Each volume is written straight into its temporary file, one
    // document at a time; all are complete before any takes its name.
    let mut built: Vec<packet::Built> = Vec::new();
    let mut failure: Option<packet::BuildError> = None;
    let result = outputs.write_with(&slots, &mut |n, out| match packet.write(n, out) {
        Ok(volume) => {
            built.push(volume);
            Ok(())
        }
        Err(packet::BuildError::Io(e)) => Err(e),
        Err(other) => {
            failure = Some(other);
            Err(std::io::Error::other("a document could not be read again"))
        }
    });
    if let Some(failure) = failure {
        return Err(Error::refuse(
            format!(
                "nothing was written: {}",
                placed(&checked.name, &packet::build_issue(failure))
            ),
            "run `rebut packet` again once the files stay put",
        ));
    }
    result.map_err(|e| {
        Error::refuse(
            e.to_string(),
            "nothing was written; free the space or choose another file",
        )
    })?;
    warn(&checked.name, &packet.written(&built));

    for ((target, volume), written) in targets.iter().zip(&packet.volumes).zip(&built) {
        let plan = &checked.plan;
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
        error::say(&format!(
            "wrote {}: {} pages, {held}, {:.1} MB",
            display::name(&target.to_string_lossy()),
            written.pages,
            written.bytes as f64 / 1_000_000.0
        ));
    }
    for path in &stale {
        let name = display::name(&path.to_string_lossy()).into_owned();
        match std::fs::remove_file(path) {
            Ok(()) => error::say(&format!("removed {name}, a volume of an earlier run")),
            Err(e) => error::warning(&format!(
                "{name} is a volume of an earlier run and could not be removed ({e}); remove it before filing"
            )),
        }
    }
    Ok(())
}

/// The volumes of an earlier run that this one of `volumes` would leave
/// beside its own, to remove once it is written. A folder holds one
/// packet; a file so named that `rebut` did not write is never touched (the
/// packet is refused), and an earlier run's are removed only with
/// `--force`.
fn earlier_volumes(args: &PacketArgs, volumes: usize) -> Result<Vec<PathBuf>, Error> {
    let (stale, foreign) = packet::stale_volumes(&args.output, volumes);
    let listed = |paths: &[PathBuf]| {
        let names: Vec<String> = paths
            .iter()
            .map(|p| display::name(&p.to_string_lossy()).into_owned())
            .collect();
        names.join(", ")
    };
    if !foreign.is_empty() {
        return Err(Error::refuse(
            format!(
                "refusing to write the packet beside {}: named like its volumes, not written by rebut, \
it would be taken for part of this packet",
                listed(&foreign)
            ),
            "move those files away or name another output with -o",
        ));
    }
    // An earlier run's volumes are removed only when the user said files
    // may be replaced: they may be the copy that was filed.
    if !stale.is_empty() && !args.force {
        return Err(Error::refuse(
            format!(
                "refusing to write the packet: an earlier run's volumes are there ({}), which this one would remove",
                listed(&stale)
            ),
            "pass --force to replace that packet, or name another output with -o",
        ));
    }
    Ok(stale)
}

/// `-o -`: a packet of one volume goes to standard output, as `render`'s
/// output does; one of several volumes, or a terminal, is refused.
fn to_stdout(packet: &packet::Packet, name: &str, report: &crate::check::Report) -> Result<Outcome, Error> {
    if packet.volumes.len() > 1 {
        return Err(Error::usage(format!(
            "the packet takes {} volumes under --max-mb, and standard output holds one file: name a file with -o (volumes go beside it) or raise --max-mb",
            packet.volumes.len()
        )));
    }
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(Error::usage(
            "a PDF is binary: write it to a file with `-o packet.pdf`, or redirect standard output",
        ));
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match packet.write(0, &mut out) {
        Ok(written) => written,
        Err(packet::BuildError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(Outcome::Clean);
        }
        Err(e) => {
            return Err(Error::usage(format!(
                "the packet was not finished: {}",
                packet::build_issue(e)
            )));
        }
    };
    drop(out);
    warn(name, &packet.written(std::slice::from_ref(&written)));
    error::say(&format!(
        "wrote standard output: {} pages, {:.1} MB",
        written.pages,
        written.bytes as f64 / 1_000_000.0
    ));
    check_note(report);
    Ok(Outcome::Clean)
}

fn check_note(report: &crate::check::Report) {
    let errors = report.summary().errors;
    if errors > 0 {
        // The packet follows the case as it stands.
        error::note(&format!(
            "`rebut check` finds {errors} error{} in the case; the packet holds what it cites as it stands",
            if errors == 1 { "" } else { "s" }
        ));
    }
}

fn warn(case_name: &str, warnings: &[Issue]) {
    for issue in warnings {
        error::warning(&placed(case_name, issue));
    }
}

/// An issue with the place in the case file it concerns, when it has one.
fn placed(case_name: &str, issue: &Issue) -> String {
    match issue.loc {
        Some(l) => format!("{case_name}:{}:{}: {issue}", l.line, l.column),
        None => issue.to_string(),
    }
}
