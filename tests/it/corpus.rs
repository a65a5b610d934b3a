//! YAML that nobody here wrote: every document of the YAML test suite, valid
//! and invalid, fed to every command that reads a case. Each run ends by
//! itself with status 0, 1 or 2, never a panic or a signal, and an unusable
//! input (2) gets a located message (every problem in this corpus has a
//! place in its file: empty documents are located at their start).
//!
//! The suite is not part of the repository: the test reads it from the
//! folder `REBUT_YAML_TEST_SUITE` names, else from
//! `../shared/corpus/yaml-test-suite` beside the clone (see CONTRIBUTING.md).
//! Without it the test fails in CI (`CI` set) and is skipped elsewhere.

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

fn corpus_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("REBUT_YAML_TEST_SUITE")
        .map(PathBuf::from)
        .into_iter()
        .chain([manifest.join("../shared/corpus/yaml-test-suite")])
        .find(|dir| dir.join("valid").is_dir())
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
    let Some(dir) = corpus_dir() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the YAML test suite is missing: set REBUT_YAML_TEST_SUITE to its folder"
        );
        eprintln!("skipped: no YAML test suite (set REBUT_YAML_TEST_SUITE to its folder)");
        return;
    };
    let files = corpus_files(&dir);
    assert!(files.len() > 300, "only {} corpus files found", files.len());

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
