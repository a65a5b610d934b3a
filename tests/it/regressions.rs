//! Every input that once went wrong, kept with what must come out of it.
//!
//! Each `tests/regressions/NAME.yaml` (or `.bin`) is checked with
//! `rebut check --today TODAY` (the suite's one date); `NAME.expect` holds
//! the expectations, one a line: `exit: N`, `stderr: TEXT` or `stdout: TEXT` (TEXT must appear).

use crate::support::{Rebut, TODAY};
use std::path::Path;

#[test]
fn every_regression_input_gives_what_its_expect_file_says() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "bin"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    let mut failures = Vec::new();
    for input in &inputs {
        let expect_path = input.with_extension("expect");
        let expect = std::fs::read_to_string(&expect_path)
            .unwrap_or_else(|_| panic!("{} has no .expect file", input.display()));
        let run = Rebut::new().args(["check", "--today", TODAY]).arg(input).run();
        let status = run.status;
        for line in expect.lines().filter(|l| !l.trim().is_empty()) {
            let (key, want) = line.split_once(": ").expect("`key: value` lines");
            let ok = match key {
                "exit" => status.to_string() == want,
                "stderr" => run.stderr.contains(want),
                "stdout" => run.stdout.contains(want),
                other => panic!("unknown expectation `{other}` in {}", expect_path.display()),
            };
            if !ok {
                failures.push(format!(
                    "{}: expected {line}\n--- exit {status}, stderr:\n{}",
                    input.display(),
                    run.head()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
