//! YAML that nobody here wrote: every document of the YAML test suite, valid
//! and invalid, fed to every command that reads a case. Each run ends by
//! itself with status 0, 1 or 2, never a panic or a signal, and an unusable
//! input (2) gets a located message (every problem in this corpus has a
//! place in its file: empty documents are located at their start).
//!
//! The suite's inputs are shipped in `tests/data/yaml-test-suite/` (MIT, with
//! its licence and the commit they come from).

use crate::support::{Rebut, TODAY, has_location};
use std::path::{Path, PathBuf};

/// Every command that reads a case file, as the arguments before the path.
/// A new command is one more line here.
const COMMANDS: &[&[&str]] = &[
    &["check", "--today", TODAY],
    &["check", "--today", TODAY, "--format", "json"],
    &["graph", "--today", TODAY],
    &["graph", "--today", TODAY, "--format", "mermaid"],
    &["render", "--today", TODAY],
    &["render", "--today", TODAY, "--memo", "gaps", "--format", "html"],
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/yaml-test-suite")
}

fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["valid", "invalid"]
        .iter()
        .flat_map(|sub| std::fs::read_dir(dir.join(sub)).expect("corpus folder readable"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_yaml_test_suite_document_gets_an_answer_from_every_command() {
    let files = corpus_files(&corpus_dir());
    assert!(files.len() > 400, "only {} corpus files found", files.len());

    let mut failures = Vec::new();
    let mut statuses = [0usize; 3];
    for file in &files {
        let path = file.to_str().unwrap();
        for command in COMMANDS {
            let mut args = command.to_vec();
            args.push(path);
            let run = Rebut::new().args(&args).run();
            let status = run.status;
            let name = file.file_name().unwrap().to_string_lossy();
            if !(0..=2).contains(&status) {
                failures.push(format!("{name} {command:?}: exit {status}"));
                continue;
            }
            statuses[status as usize] += 1;
            if status == 2 && !has_location(&run.stderr, path) {
                failures.push(format!(
                    "{name} {command:?}: no file:line:column in\n{}",
                    run.head()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // None of the suite is a case file, so nearly everything is unusable.
    assert!(statuses[2] > statuses[0] + statuses[1], "statuses {statuses:?}");
}
