//! Helpers shared by the integration tests: the one "today", small case
//! files written inline, cases loaded and checked through the library (all
//! in [`try_check`]), and the binary run as a user would ([`Rebut`]).
#![allow(dead_code)]

pub mod markdown;
pub mod programs;
pub mod run;

pub use run::{Output, Rebut, has_location};

use rebut::check::{Code, Status};
use rebut::diag::{ProblemKind, Unusable};
use rebut::load::{self, Source};
use rebut::map;
use rebut::model::Case;
use rebut::playbook::Playbook;
use rebut::render::{self, MemoContext, MemoKind};
use std::ops::Deref;
use std::path::{Path, PathBuf};

/// The one "today" of the whole suite, passed as `--today` to the binary
/// and to the library, so that no output depends on the date of the run.
/// It lies after every date in the examples and the synthetic cases, and
/// before the NOID example's deadline (2026-12-20).
pub const TODAY: &str = "2026-11-25";

pub fn today() -> jiff::civil::Date {
    TODAY.parse().unwrap()
}

/// The package root, where the examples are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The usable example cases (`broken.yaml` aside) of `examples/`, sorted.
pub fn examples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| p.file_name().is_some_and(|n| n != "broken.yaml"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "the examples are missing");
    paths
}

/// Every usable example case, those of `examples/clinic/` included, sorted.
pub fn all_examples() -> Vec<PathBuf> {
    let mut paths = examples();
    let clinic = root().join("examples/clinic");
    paths.extend(
        std::fs::read_dir(&clinic)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml")),
    );
    paths.sort();
    assert!(paths.len() >= 6, "the clinic examples are missing");
    paths
}

/// A fresh, empty folder, removed when the value is dropped.
pub struct Scratch(tempfile::TempDir);

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

/// A fresh folder whose name starts with `rebut-NAME-`.
pub fn scratch(name: &str) -> Scratch {
    Scratch(
        tempfile::Builder::new()
            .prefix(&format!("rebut-{name}-"))
            .tempdir()
            .unwrap(),
    )
}

/// A case loaded and checked through the library, the way a command does it:
/// it reads as the library's [`rebut::check::Checked`] bundle.
pub struct Checked(pub rebut::check::Checked<'static>);

impl std::ops::Deref for Checked {
    type Target = rebut::check::Checked<'static>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// Loads `source` with `playbook` and checks it as of [`TODAY`], relative
/// paths resolved from the source's folder.
///
/// Every library-level setup in the tests goes through here, so that a
/// change of the library's API is one change in the tests.
pub fn try_check(source: &Source, playbook: Playbook) -> Result<Checked, Unusable> {
    // A test's playbook lives as long as the test process.
    let playbook: &'static Playbook = Box::leak(Box::new(playbook));
    rebut::check::Checked::load(source, playbook, today()).map(Checked)
}

/// [`try_check`], for a source that must load (the problems are shown if it
/// does not).
pub fn check_source(source: &Source, playbook: Playbook) -> Checked {
    try_check(source, playbook).unwrap_or_else(|u| {
        panic!(
            "{} should load:\n{}\n---\n{}",
            source.name,
            u.render(Some(&source.text), false),
            source.text
        )
    })
}

/// A case given as text, checked with the built-in playbook; relative
/// `file:` paths are resolved from the working directory (the package root).
pub fn check_text(name: &str, text: &str) -> Checked {
    check_source(&Source::from_text(name, text), Playbook::builtin())
}

/// A case file (a path from the package root), read as the binary reads it,
/// so that `file:` paths are resolved from its folder.
pub fn check_file(path: impl AsRef<Path>) -> Checked {
    let path = root().join(path);
    let source = load::read_source(path.to_str().unwrap(), load::DEFAULT_MAX_BYTES)
        .unwrap_or_else(|u| panic!("{}: {:?}", path.display(), u.problems));
    check_source(&source, Playbook::builtin())
}

/// Loads a case given as text with `playbook`, or says why it is unusable.
pub fn load_with(name: &str, text: &str, playbook: &Playbook) -> Result<Case, Unusable> {
    try_check(&Source::from_text(name, text), playbook.clone()).map(|c| c.0.case)
}

/// Loads a case given as text with the built-in playbook.
pub fn load(text: &str) -> Result<Case, Unusable> {
    load_with("test.yaml", text, &Playbook::builtin())
}

impl Checked {
    /// The context a memo of `kind` is rendered from, as of [`TODAY`].
    pub fn memo(&self, kind: MemoKind, draft: bool) -> MemoContext<'_> {
        render::context(&self.0, kind, draft)
    }

    pub fn svg(&self) -> String {
        map::svg(&self.0)
    }

    pub fn dot(&self) -> String {
        map::dot(&self.0)
    }

    pub fn mermaid(&self) -> String {
        map::mermaid(&self.0)
    }

    pub fn map_json(&self) -> String {
        map::json(&self.0)
    }

    /// The index of the ground with this id.
    pub fn ground(&self, id: &str) -> usize {
        self.case
            .grounds
            .iter()
            .position(|g| g.id == id)
            .expect("ground exists")
    }
}

/// A case file around the given `grounds:` and `evidence:` bodies; the
/// decision is a NOID of 2026-10-01 unless `decision` says otherwise.
pub fn case_yaml(decision: &str, grounds: &str, evidence: &str) -> String {
    format!(
        "rebut: 1
case:
  title: Test case
  beneficiary:
    name: Ana Test
    country: Peru
  request:
    period: 6 months
  filed: 2026-05-01
  decision:
{decision}
grounds:
{grounds}
evidence:
{evidence}"
    )
}

pub const NOID: &str = "    kind: noid\n    date: 2026-10-01";
pub const DENIAL: &str = "    kind: denial\n    date: 2026-10-01";

/// A case given as text, checked; relative paths resolved from the package root.
pub fn checked(text: &str) -> Checked {
    check_text("test.yaml", text)
}

pub fn status_of(text: &str, ground: &str) -> Status {
    let c = checked(text);
    c.report.grounds[c.ground(ground)].status
}

/// (code, subject, line) of every finding.
pub fn findings(text: &str) -> Vec<(Code, String, u32)> {
    checked(text)
        .report
        .findings
        .iter()
        .map(|f| (f.code, f.subject_id.clone(), f.loc.line))
        .collect()
}

pub fn codes(text: &str) -> Vec<Code> {
    findings(text).into_iter().map(|f| f.0).collect()
}

/// (kind, line, column) of every problem that makes the file unusable.
pub fn problems(text: &str) -> Vec<(ProblemKind, u32, u32)> {
    match load(text) {
        Ok(_) => Vec::new(),
        Err(u) => u
            .problems
            .iter()
            .map(|p| {
                let loc = p.loc.unwrap_or_default();
                (p.kind, loc.line, loc.column)
            })
            .collect(),
    }
}

/// The line (1-based) of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> u32 {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in text") as u32
        + 1
}

/// Text of up to `most` of `pieces`, drawn with repeats, each followed by
/// a space or not: what the property tests feed the tool to read.
pub fn pieces_joined(
    pieces: &'static [&'static str],
    most: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec((0..pieces.len(), prop::bool::ANY), 0..most).prop_map(move |picks| {
        let mut out = String::new();
        for (i, spaced) in picks {
            out.push_str(pieces[i]);
            if spaced {
                out.push(' ');
            }
        }
        out
    })
}
