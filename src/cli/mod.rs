//! Stage last: arguments, what goes to which stream, and exit codes.
//!
//! Exit status: 0 nothing at error severity; 1 at least one error-severity
//! finding (`--deny warnings` counts warnings too); 2 an input or the command
//! line is unusable. Several inputs give the worst of them.

mod check;
pub mod error;
mod exercise;
mod grade;
mod graph;
mod import;
mod init;
mod packet;
mod redact;
mod render;
mod schema;
mod shell;

pub use error::{Error, Outcome};

use crate::check::Checked;
use crate::input::{self, Source};
use crate::playbook::{self, Playbook};
use crate::render::MemoKind;
use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "rebut",
    version,
    about = "Answer every ground of a humanitarian parole decision with evidence",
    long_about = "rebut reads a case file (the decision's grounds, the evidence, and which evidence answers which ground), \
builds the evidence graph, flags every ground that nothing answers, and renders the memo, the exhibit index and the gap report. \
It works offline and writes only where it is told to."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check case files: ground statuses and every finding
    #[command(after_help = "Examples:
  rebut check examples/denial-with-gaps.yaml
  rebut check --format json --today 2026-11-25 cases/*.yaml
  cat case.yaml | rebut check -")]
    Check(CheckArgs),
    /// Print the playbook in force, to copy and edit
    #[command(after_help = "Examples:
  rebut playbook > my-playbook.yaml
  rebut playbook --playbook my-playbook.yaml   # validates it and prints it back")]
    Playbook(PlaybookArgs),
    /// Draw the evidence map: grounds, the points answering them, the exhibits proving those
    #[command(after_help = "Examples:
  rebut graph examples/denial-with-gaps.yaml -o map.svg
  rebut graph --format mermaid case.yaml > map.mmd
  rebut graph --format dot case.yaml | dot -Tpng -o map.png")]
    Graph(GraphArgs),
    /// Write a starter case file to fill in
    #[command(after_help = "Examples:
  rebut init cases/reyes.yaml
  rebut init > starter.yaml
  rebut init --playbook my-playbook.yaml exercise.yaml")]
    Init(InitArgs),
    /// Make a clinic exercise from a finished case: the students' file and the answer key
    #[command(after_help = "Examples:
  rebut exercise redacted.yaml -o exercise.yaml --answers answer-key.yaml
  rebut exercise --playbook my-playbook.yaml case.yaml -o week3.yaml --answers week3-key.yaml")]
    Exercise(ExerciseArgs),
    /// Grade students' answers to an exercise against the answer key: feedback, or a class summary
    #[command(after_help = "Examples:
  rebut grade --answers answer-key.yaml answers/ana.yaml         # feedback for one student
  rebut grade --answers answer-key.yaml answers/                 # one line per student, then the class
  rebut grade --answers answer-key.yaml --format csv answers/ > grades.csv")]
    Grade(GradeArgs),
    /// Make a copy of a case with names, numbers and addresses replaced
    #[command(after_help = "Examples:
  rebut redact real-case.yaml -o exercise.yaml --key exercise-key.yaml
  rebut redact real-case.yaml --shift-dates -45 --name \"Luis Reyes\" -o exercise.yaml
  rebut redact real-case.yaml --strict --name \"Lindiwe Mbeki\" --alias Lindi --keep-list kept.txt -o exercise.yaml")]
    Redact(RedactArgs),
    /// Print the JSON Schema of the case file, for editors to complete and check keys
    #[command(
        after_help = "With this first line, a case file beside rebut.schema.json gets completion and checking \
in YAML editors:
  # yaml-language-server: $schema=rebut.schema.json

Examples:
  rebut schema > rebut.schema.json
  rebut schema --playbook my-playbook.yaml > rebut.schema.json"
    )]
    Schema(SchemaArgs),
    /// Print a shell completion script
    #[command(after_help = "Examples:
  rebut completions bash > ~/.local/share/bash-completion/completions/rebut
  rebut completions zsh > ~/.zfunc/_rebut
  rebut completions fish > ~/.config/fish/completions/rebut.fish")]
    Completions(CompletionsArgs),
    /// Print the manual page, in roff
    #[command(after_help = "Examples:
  rebut man | man -l -
  rebut man check > rebut-check.1
  rebut man | gzip > ~/.local/share/man/man1/rebut.1.gz")]
    Man(ManArgs),
    /// Render a memo: rebuttal, re-filing, cover letter, evidence requests, gap report or exhibit index
    #[command(after_help = "Examples:
  rebut render examples/noid-clean.yaml --memo cover --final -o cover.docx
  rebut render examples/denial-with-gaps.yaml --memo gaps --format html -o gaps.html
  rebut render case.yaml --final --templates firm/ -o memo.docx   # refuses until it is fileable")]
    Render(RenderArgs),
    /// Build the filing packet: front documents, exhibit index, dividers, exhibits stamped and bookmarked
    #[command(after_help = "Examples:
  rebut packet case.yaml -o packet.pdf
  rebut packet case.yaml --front notice.pdf --front memo.pdf --front i134.pdf -o packet.pdf
  rebut packet case.yaml --max-mb 10 -o packet.pdf   # packet-1.pdf, packet-2.pdf, ... when larger")]
    Packet(packet::PacketArgs),
    /// Read a decision notice (PDF, .docx, text) into a case file: the decision, its grounds, the evidence it names
    #[command(after_help = "Examples:
  rebut import notice.pdf -o case.yaml
  rebut import denial.pdf --into case.yaml   # a new decision in an existing case; case.yaml.bak keeps the old
  pbpaste | rebut import - -o case.yaml")]
    Import(import::ImportArgs),
}

/// Options every command that reads a case shares.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Use this playbook instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub playbook: Option<String>,
    /// Take this date as today (YYYY-MM-DD), for reproducible output
    #[arg(long, value_name = "DATE", value_parser = parse_today)]
    pub today: Option<Date>,
    /// Refuse inputs larger than this many bytes
    #[arg(long, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_BYTES)]
    pub max_size: u64,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Case files to check; `-` reads standard input
    #[arg(value_name = "CASE", required = true)]
    pub cases: Vec<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Also fail (exit 1) on findings of this severity
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct GraphArgs {
    /// The case file; `-` reads standard input
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Output format [default: from the extension of -o (.svg, .dot, .gv, .mmd, .json), else svg]
    #[arg(long, value_enum)]
    pub format: Option<graph::GraphFormat>,
    /// Write the map to this file (atomically) instead of standard output; `-` is standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Replace the output file if it exists (without it, an existing file is never written over)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct PlaybookArgs {
    /// Print this playbook (after validating it) instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub playbook: Option<String>,
    /// Refuse inputs larger than this many bytes
    #[arg(long, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_BYTES)]
    pub max_size: u64,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Where to write the starter (never over an existing file without --force); standard output without it or with `-`
    #[arg(value_name = "FILE")]
    pub file: Option<String>,
    /// The kind of case; it must be the id of the playbook in force
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Replace the output file if it exists (without it, an existing file is never written over)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct ExerciseArgs {
    /// The finished case (ideally redacted): its points and links become the key
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Write the students' file here: grounds, quotes and evidence, nothing linked (never over an existing file without --force)
    #[arg(short, long, value_name = "EXERCISE")]
    pub output: String,
    /// Write the answer key here: the links, the points as model answers, weights and comments (never over an existing file without --force)
    #[arg(long, value_name = "KEY")]
    pub answers: String,
    /// Replace the output file if it exists (without it, an existing file is never written over)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct GradeArgs {
    /// The instructor's answer key (from `rebut exercise --answers`)
    #[arg(long, value_name = "KEY")]
    pub answers: Option<String>,
    /// The students' answers: files, or folders of .yaml files (without --answers: KEY then one STUDENT)
    #[arg(value_name = "STUDENT", required = true)]
    pub files: Vec<String>,
    /// Output format: feedback (one answer) or a line per student and the class summary (text), JSON, or CSV
    #[arg(long, value_enum, default_value_t = grade::GradeFormat::Text)]
    pub format: grade::GradeFormat,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct RedactArgs {
    /// The case to redact; `-` reads standard input
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Write the redacted case here (atomically) instead of standard output; `-` is standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    /// Write the placeholders and the real values they stand for to this file, readable by you only (mode 0600)
    #[arg(long, value_name = "FILE")]
    pub key: Option<String>,
    /// Move every date by this many days (negative for earlier); intervals stay true
    #[arg(long, value_name = "DAYS", default_value_t = 0, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i32).range(-36_600..=36_600))]
    pub shift_dates: i32,
    /// Also redact this person's name (repeat for several people)
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,
    /// Another name of the person of the --name before it: a nickname or initials (repeatable)
    #[arg(long = "alias", value_name = "ALIAS")]
    pub aliases: Vec<String>,
    /// A word of the review list that you have read and keep as it is (repeatable)
    #[arg(long = "keep", value_name = "WORD")]
    pub keep: Vec<String>,
    /// Words to keep, one a line (`#` starts a comment)
    #[arg(long = "keep-list", value_name = "FILE")]
    pub keep_list: Option<String>,
    /// Exit 1 and write nothing while the review list has words not kept
    #[arg(long)]
    pub strict: bool,
    /// Where each `--name` stood on the command line (filled in by [`parse`]),
    /// so that an `--alias` belongs to the `--name` before it.
    #[arg(skip)]
    pub name_positions: Vec<usize>,
    /// Where each `--alias` stood on the command line.
    #[arg(skip)]
    pub alias_positions: Vec<usize>,
    /// Replace the redacted copy and the key if they exist (without it, an existing file is never written over)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct RenderArgs {
    /// The case file; `-` reads standard input
    #[arg(value_name = "CASE")]
    pub case: String,
    /// Which memo [default: rebuttal for an RFE or NOID, refiling for a denial; the other of the two is refused]
    #[arg(long, value_enum)]
    pub memo: Option<MemoKind>,
    /// Output format [default: from the extension of -o (.html, .htm, .docx), else md]
    #[arg(long, value_enum)]
    pub format: Option<RenderFormat>,
    /// Write to this file (atomically) instead of standard output; `-` is standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Use templates from this folder: a file there replaces the built-in one of the same name (its cost is bounded; see the README)
    #[arg(long, value_name = "DIR")]
    pub templates: Option<std::path::PathBuf>,
    /// Render only a fileable document (no error, no cited exhibit still requested, a re-filing with something new per ground), without gap markers
    #[arg(long = "final")]
    pub final_: bool,
    /// Print the JSON context the templates receive, instead of the memo
    #[arg(long)]
    pub dump_context: bool,
    /// Replace the output file if it exists (without it, an existing file is never written over)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Take categories and evidence types from this playbook instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub playbook: Option<String>,
    /// Refuse inputs larger than this many bytes
    #[arg(long, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_BYTES)]
    pub max_size: u64,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// A command's own page (`rebut-check(1)`) instead of the main one
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

/// `--memo` takes the library's own memo names.
impl ValueEnum for MemoKind {
    fn value_variants<'a>() -> &'a [Self] {
        &MemoKind::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let value = clap::builder::PossibleValue::new(self.as_str());
        Some(match self {
            MemoKind::Cover => value.help("The cover letter on top of the package"),
            _ => value,
        })
    }
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenderFormat {
    Md,
    Html,
    /// A Word document (needs `-o` unless output is piped)
    Docx,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deny {
    Warnings,
}

fn parse_today(text: &str) -> Result<Date, String> {
    crate::yaml::parse_date(text).map_err(|reason| format!("`{text}` is not a date: {reason}"))
}

pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match parse(args.clone()) {
        Ok(cli) => run(cli).into(),
        Err(e) => exit_on_arguments(&e, args),
    }
}

/// clap's report on the command line, printed with every value it quotes
/// shown as case text is ([`crate::display`]): a file name or a value may
/// hold escape sequences, and the report quotes them. Help and the version
/// hold none and keep clap's styles.
fn exit_on_arguments(e: &clap::Error, args: Vec<std::ffi::OsString>) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let text = arguments_report(args);
    if e.use_stderr() {
        anstream::eprint!("{text}");
    } else {
        anstream::print!("{text}");
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// clap's report on a command line it refuses, without clap's styles (so
/// that nothing in it acts on a terminal but what the arguments held), made
/// safe for a terminal; empty when the command line is accepted.
pub fn arguments_report<I, T>(args: I) -> String
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::{CommandFactory, FromArgMatches};
    let command = Cli::command().styles(clap::builder::Styles::plain());
    let Err(e) = command
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
    else {
        return String::new();
    };
    let mut text = crate::display::lines(&e.render().ansi().to_string()).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// The command line parsed, with what the derived arguments cannot hold:
/// the order of `redact`'s `--name` and `--alias`.
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    if let (Command::Redact(args), Some(sub)) = (&mut cli.command, matches.subcommand_matches("redact")) {
        let positions = |id: &str| sub.indices_of(id).map(Iterator::collect).unwrap_or_default();
        args.name_positions = positions("names");
        args.alias_positions = positions("aliases");
    }
    Ok(cli)
}

/// Runs a command; an error is printed here, once.
pub fn run(cli: Cli) -> Outcome {
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Playbook(args) => print_playbook(&args),
        Command::Graph(args) => graph::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Exercise(args) => exercise::run(&args),
        Command::Grade(args) => grade::run(&args),
        Command::Redact(args) => redact::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Completions(args) => shell::completions(args.shell),
        Command::Man(args) => shell::man(args.command.as_deref()),
        Command::Render(args) => render::run(&args),
        Command::Packet(args) => packet::run(&args),
        Command::Import(args) => import::run(&args),
    };
    result.unwrap_or_else(|error| {
        error::report(&error);
        error.outcome()
    })
}

impl Common {
    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(|| jiff::ZonedDateTime::now().date())
    }

    /// The playbook in force for this run.
    pub fn playbook(&self) -> Result<Playbook, Error> {
        load_playbook(self.playbook.as_deref(), self.max_size)
    }

    /// Every file a command reads: its cases (`-` for standard input) and
    /// the playbook, so that no output replaces one of them.
    pub fn inputs<'a>(&self, cases: impl IntoIterator<Item = &'a str>) -> crate::write::Inputs {
        let mut inputs = crate::write::Inputs::new();
        for case in cases {
            inputs.add(case);
        }
        if let Some(playbook) = &self.playbook {
            inputs.add(playbook);
        }
        inputs
    }
}

fn load_playbook(path: Option<&str>, max_size: u64) -> Result<Playbook, Error> {
    let Some(path) = path else {
        return Ok(Playbook::builtin());
    };
    let source = input::read_source(path, max_size)?;
    Playbook::from_source(&source).map_err(|u| Error::unusable(u, Some(source.text)))
}

/// Writes text to standard output, colour stripped unless it is a terminal
/// that wants it. A reader that stops early (`| head`) is not an error.
pub(crate) fn print_text(text: &str) -> Result<(), Error> {
    use std::io::Write as _;
    let mut out = anstream::stdout();
    finish_stdout(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// Writes bytes (a Word document, say) to standard output as they are.
pub(crate) fn print_bytes(bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    finish_stdout(out.write_all(bytes).and_then(|()| out.flush()))
}

fn finish_stdout(result: std::io::Result<()>) -> Result<(), Error> {
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::usage(format!("cannot write to standard output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Reads, loads and checks one case: the start of every command that reads
/// a case.
pub fn open<'p>(path: &str, common: &Common, playbook: &'p Playbook) -> Result<Checked<'p>, Error> {
    let source = input::read_source(path, common.max_size)?;
    Checked::load(&source, playbook, common.today()).map_err(|u| Error::unusable(u, Some(source.text)))
}

/// Reads and loads one case without checking it, for commands that compare
/// or rewrite the file itself.
pub fn load(path: &str, common: &Common, playbook: &Playbook) -> Result<(Source, crate::model::Case), Error> {
    let source = input::read_source(path, common.max_size)?;
    match crate::load::load_case(&source, playbook) {
        Ok(case) => Ok((source, case)),
        Err(unusable) => Err(Error::unusable(unusable, Some(source.text))),
    }
}

fn print_playbook(args: &PlaybookArgs) -> Result<Outcome, Error> {
    match &args.playbook {
        None => print_text(playbook::DEFAULT_TEXT)?,
        Some(path) => {
            let source = input::read_source(path, args.max_size)?;
            Playbook::from_source(&source).map_err(|u| Error::unusable(u, Some(source.text.clone())))?;
            print_text(&source.text)?;
        }
    }
    Ok(Outcome::Clean)
}
