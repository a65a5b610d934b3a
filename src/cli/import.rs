//! `rebut import`: the decision notice read into a case file.
//!
//! Exit status: 0 when the case file is written (or printed); 2 when the
//! notice cannot be read (a scan without a text layer among them) or reads
//! as no notice at all (without `--partial`), the case of `--into` is
//! unusable, or a file would be overwritten without `--force`.

use super::{Common, Error, Outcome};
use crate::import::emit::Emit;
use crate::import::{self, Reading, into};
use crate::write::{Mode, Outputs, file_target};
use clap::Args;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The decision notice: a PDF with a text layer, a .docx, a .txt, or `-` for text on standard input
    #[arg(value_name = "NOTICE")]
    pub notice: String,
    /// Write the case file here (never over an existing file without --force); standard output without it or with `-`
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A new decision in this existing case: it keeps its people and evidence, the old file is kept as CASE.bak
    #[arg(long, value_name = "CASE")]
    pub into: Option<String>,
    /// Replace an existing output file (and an existing CASE.bak with --into)
    #[arg(long)]
    pub force: bool,
    /// Import a part of a notice (its body pasted without the header): without it, a file in which
    /// no kind of decision, no date and no receipt number is found is refused as no notice
    #[arg(long)]
    pub partial: bool,
    /// Print the notice's text as read (paragraphs, with their pages), instead of the case file
    #[arg(long, conflicts_with_all = ["into", "output"])]
    pub text: bool,
    #[command(flatten)]
    pub common: Common,
}

pub fn run(args: &ImportArgs) -> Result<Outcome, Error> {
    let playbook = args.common.playbook()?;
    let (name, bytes, _) = crate::input::read_bytes(&args.notice, args.common.max_size)?;
    let shown = crate::display::name(&name).into_owned();
    if args.text {
        let (_, pages) =
            import::extract::pages(&bytes).map_err(|e| Error::refuse(format!("{shown}: {e}"), e.help()))?;
        let mut out = String::new();
        for p in import::clean::paragraphs(&pages, &import::section_labels(&playbook)).paras {
            let _ = writeln!(out, "[page {}] {}\n", p.first_page(), p.text);
        }
        super::print_text(&out)?;
        return Ok(Outcome::Clean);
    }
    let reading =
        import::read(&bytes, &playbook).map_err(|e| Error::refuse(format!("{shown}: {e}"), e.help()))?;
    // A passport or a medical letter given by mistake reads as no notice:
    // nothing the agency puts at the head of every decision is there, and
    // nothing read as a ground speaks of what the grounds of a decision
    // speak of (no category's cues are met with any confidence). A notice
    // whose head is missed but whose grounds are plain is read.
    let d = &reading.decision;
    let no_head = d.kind.is_none() && d.date.is_none() && d.receipt.is_none();
    let no_reasons = reading.grounds.iter().all(|g| g.category.confidence() == "low");
    if !args.partial && no_head && no_reasons {
        return Err(Error::refuse(
            format!(
                "{shown} does not read as a decision notice: no kind of decision (request for evidence, notice of intent to deny, denial), no date, no receipt number and no reason of a decision were found in it"
            ),
            "check that this is the agency's notice; to import it anyway (a notice's body without its head, or one whose head is in a page header the reader does not see), pass --partial",
        ));
    }
    let emit = Emit {
        reading: &reading,
        playbook: &playbook,
        notice: &shown,
        today: args.common.today(),
    };
    let mut summary = summary(&reading, &emit, args.into.is_some());
    let replace = Mode::file(args.force);

    let Some(case_path) = &args.into else {
        let text = emit.case_file();
        ensure_valid(&text, &playbook, &args.common)?;
        let target = file_target(args.output.as_deref());
        finish(&summary, target, &text, args, replace)?;
        return Ok(Outcome::Clean);
    };

    let (source, case) = super::load(case_path, &args.common, &playbook)?;
    let merged = into::merge(&emit, case);
    ensure_valid(&merged.text, &playbook, &args.common)?;
    if !merged.marked.is_empty() {
        let _ = writeln!(
            summary,
            "marked as submitted before: {}",
            merged.marked.join(", ")
        );
    }
    let _ = writeln!(
        summary,
        "earlier points kept as comments: {} under the new grounds, {} with no ground of their category",
        merged.points_kept,
        merged.points_orphaned.len()
    );
    let target = file_target(args.output.as_deref()).unwrap_or(Path::new(case_path));
    let same = Path::new(case_path) == target
        || std::fs::canonicalize(case_path).ok() == std::fs::canonicalize(target).ok() && target.exists();
    if !same {
        finish(&summary, Some(target), &merged.text, args, replace)?;
        return Ok(Outcome::Clean);
    }
    let backup = PathBuf::from(format!("{case_path}.bak"));
    let mut outputs = Outputs::new(args.common.inputs([args.notice.as_str()]));
    let b = outputs.add(&backup, replace, "the backup").map_err(|e| {
        Error::refuse(
            e.to_string(),
            "move the old backup away, or pass --force to replace it",
        )
    })?;
    let c = outputs
        .add(target, Mode::REPLACE, "the case")
        .map_err(|e| Error::refuse(e.to_string(), "name another output with -o"))?;
    outputs
        .write(&[(b, source.text.as_bytes()), (c, merged.text.as_bytes())])
        .map_err(|e| Error::refuse(e.to_string(), "check the folder's permissions and free space"))?;
    let _ = writeln!(
        summary,
        "wrote {} (the earlier file is {}): next, `rebut check {}`",
        crate::display::name(&target.to_string_lossy()),
        crate::display::name(&backup.to_string_lossy()),
        crate::display::name(case_path)
    );
    anstream::eprint!("{summary}");
    Ok(Outcome::Clean)
}

/// Writes the case to the target (or standard output) and the summary to standard error.
fn finish(
    summary: &str,
    target: Option<&Path>,
    text: &str,
    args: &ImportArgs,
    mode: Mode,
) -> Result<(), Error> {
    let Some(path) = target else {
        anstream::eprint!("{summary}");
        return super::print_text(text);
    };
    let inputs = args
        .common
        .inputs([args.notice.as_str()].into_iter().chain(args.into.as_deref()));
    crate::write::write_one(inputs, path, text.as_bytes(), mode).map_err(|e| {
        Error::refuse(
            e.to_string(),
            "name a file that does not exist yet, or pass --force to replace it",
        )
    })?;
    let path = crate::display::name(&path.to_string_lossy()).into_owned();
    anstream::eprint!("{summary}wrote {path}: next, `rebut check {path}`\n");
    Ok(())
}

/// The written file must load: a failure here is the importer's fault, and
/// nothing is written.
fn ensure_valid(text: &str, playbook: &crate::playbook::Playbook, common: &Common) -> Result<(), Error> {
    let source = crate::input::Source::from_text("<imported case>", text);
    crate::check::Checked::load(&source, playbook, common.today())
        .map(|_| ())
        .map_err(|u| Error::unusable(u, Some(text.to_owned())))
}

/// What chose a ground's category, for the summary: the points and the
/// cues, or the words that guessed it, and the runner-up.
fn why_category(c: &crate::import::categorize::Choice) -> String {
    let mut s = match c.unscored_note() {
        Some(note) => format!(": {note}"),
        None => format!(": {} point(s) from {}", c.score, c.matched.join(", ")),
    };
    if let Some((other, score)) = &c.runner_up {
        let _ = write!(s, "; runner-up {other} ({score})");
    }
    s
}

/// The first 80 characters of a paragraph, "..." marking the cut.
fn opening_of(text: &str) -> String {
    let shown: String = text.chars().take(80).collect();
    let more = if shown.len() < text.len() { "..." } else { "" };
    format!("{shown}{more}")
}

/// What was read and how each choice was made, for standard error.
/// The grounds read and left out, their words not the notice's as written.
fn left_out(r: &Reading, s: &mut String) {
    for f in &r.left_out {
        let start: String = f.quote.chars().take(60).collect();
        let _ = writeln!(
            s,
            "left out a ground read as \"{start}...\" ({}): its words do not stand so in the notice; add it by hand if it is one",
            f.how
        );
    }
}

/// The paragraphs of the body read as no ground, each with why: those
/// taken as summing up the grounds, those citing the notes that give
/// their reasons, and every other one.
fn passed_over(r: &Reading, s: &mut String) {
    for summary in &r.summaries {
        let _ = writeln!(
            s,
            "not a ground: \"{}\" was taken as summing up the grounds before it; check it adds none",
            opening_of(summary)
        );
    }
    for citing in &r.citing_notes {
        let _ = writeln!(
            s,
            "not a ground: \"{}\" cites notes that give its reasons; the notes are read as the grounds, and a sentence of it citing none as a ground of its own",
            opening_of(citing)
        );
    }
    for (paragraph, why) in &r.passed_over {
        let _ = writeln!(
            s,
            "not a ground: \"{}\" ({why}); check it states no reason for the decision",
            opening_of(paragraph)
        );
    }
}

fn summary(r: &Reading, emit: &Emit, into: bool) -> String {
    let mut s = String::new();
    let d = &r.decision;
    let _ = write!(
        s,
        "read {}: {}, {} page(s)",
        emit.notice,
        r.format.name(),
        r.pages
    );
    if !r.furniture.is_empty() {
        let lines: Vec<String> = r.furniture.iter().take(3).map(|l| format!("\"{l}\"")).collect();
        let _ = write!(
            s,
            "; left out {} header/footer line(s) ({})",
            r.furniture.len(),
            lines.join(", ")
        );
    }
    if r.dehyphenated > 0 {
        let _ = write!(s, "; {} word(s) rejoined at line ends", r.dehyphenated);
    }
    s.push('\n');
    match &d.kind {
        Some((k, why)) => {
            let _ = writeln!(s, "decision: {} (from {why})", k.as_str());
        }
        None => s.push_str("decision: kind not found; written as `denial`: check it\n"),
    }
    let or_missing = |v: Option<String>| v.unwrap_or_else(|| "not found: add it".to_owned());
    let _ = writeln!(
        s,
        "  date: {}",
        or_missing(d.date.as_ref().map(|(x, how)| format!("{x} (from {how})")))
    );
    let _ = writeln!(s, "  receipt: {}", or_missing(d.receipt.clone()));
    if let Some((x, how)) = &d.respond_by {
        let _ = writeln!(s, "  respond by: {x} ({how})");
    } else if let Some(why) = &d.respond_unread {
        let _ = writeln!(s, "  respond by: not read ({why}): add it");
    }
    if !into {
        // With --into, the people are the case's own.
        let _ = writeln!(s, "  beneficiary: {}", or_missing(d.beneficiary.clone()));
    }
    if let Some(p) = &d.petitioner {
        let _ = writeln!(s, "  petitioner: {p}");
    }
    if let Some(opening) = &r.opening {
        let _ = writeln!(
            s,
            "grounds: read from \"{}\" on; nothing before it is taken as a ground",
            opening_of(opening)
        );
    }
    passed_over(r, &mut s);
    if r.unsplit {
        s.push_str(
            "no ground could be told apart: the whole body is written as one ground; split it by hand\n",
        );
    }
    left_out(r, &mut s);
    for (i, g) in r.grounds.iter().enumerate() {
        let c = &g.category;
        let _ = write!(
            s,
            "G{} {} ({}), {}, {} confidence",
            i + 1,
            c.id,
            crate::import::emit::cite(emit.playbook, emit.kind(), g),
            g.found.how,
            c.confidence()
        );
        s.push_str(&why_category(c));
        s.push('\n');
        let preview: String = g.found.quote.chars().take(90).collect();
        let more = if g.found.quote.chars().count() > 90 {
            "..."
        } else {
            ""
        };
        let _ = writeln!(s, "   \"{preview}{more}\"");
    }
    for e in &r.evidence {
        let date = e.named.date.map(|d| format!(", {d}")).unwrap_or_default();
        let _ = writeln!(
            s,
            "named in the notice: {} ({}{date}), as {}",
            e.named.title,
            e.named.author.as_deref().unwrap_or("no author"),
            e.kind.id
        );
    }
    s.push_str(
        "check by hand: each quote against the notice, each category (a `# or:` comment names a close second), \
and the dates\n",
    );
    s
}
