//! `rebut check` end to end: the examples, the output formats, exit codes.

use crate::support::{Rebut, TODAY, root, scratch};
use serde_json::Value;

fn check(args: &[&str]) -> (i32, String, String) {
    check_on(TODAY, args)
}

fn check_on(today: &str, args: &[&str]) -> (i32, String, String) {
    Rebut::new()
        .args(["check", "--today", today])
        .args(args)
        .run()
        .parts()
}

fn json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let (code, stdout, _) = check(&all);
    (code, serde_json::from_str(&stdout).expect("one JSON object"))
}

#[test]
fn the_examples_check_as_documented() {
    for (example, code) in [
        ("examples/denial-with-gaps.yaml", 1),
        ("examples/noid-clean.yaml", 0),
        ("examples/refiling-stale.yaml", 0),
        ("examples/broken.yaml", 2),
    ] {
        let (got, stdout, stderr) = check(&[example]);
        assert_eq!(got, code, "{example}\n{stdout}\n{stderr}");
        let name = example.trim_start_matches("examples/").trim_end_matches(".yaml");
        insta::assert_snapshot!(format!("check-{name}"), format!("{stdout}{stderr}"));
    }
}

#[test]
fn json_report_has_the_shape_of_the_spec() {
    let (code, report) = json(&["examples/denial-with-gaps.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(report["format"], 1);
    assert!(
        report["case"]
            .as_str()
            .unwrap()
            .starts_with("Humanitarian parole")
    );
    let grounds = report["grounds"].as_array().unwrap();
    assert_eq!(grounds.len(), 6);
    for g in grounds {
        for key in ["id", "category", "status", "evidence"] {
            assert!(g.get(key).is_some(), "ground lacks {key}: {g}");
        }
    }
    let statuses: Vec<&str> = grounds.iter().map(|g| g["status"].as_str().unwrap()).collect();
    assert_eq!(
        statuses,
        [
            "corroborated",
            "asserted",
            "pending",
            "supported",
            "unanswered",
            "corroborated"
        ]
    );
    let findings = report["findings"].as_array().unwrap();
    for f in findings {
        for key in ["code", "severity", "subject", "message", "line", "column"] {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
        assert!(f["line"].as_u64().unwrap() > 0);
    }
    let count = |s: &str| findings.iter().filter(|f| f["severity"] == s).count() as u64;
    let summary = &report["summary"];
    assert_eq!(summary["grounds"], 6);
    assert_eq!(summary["errors"].as_u64().unwrap(), count("error"));
    assert_eq!(summary["warnings"].as_u64().unwrap(), count("warning"));
    assert_eq!(summary["notes"].as_u64().unwrap(), count("note"));
    assert!(count("error") > 0 && count("warning") > 0 && count("note") > 0);
}

#[test]
fn several_files_give_json_lines_and_the_worst_exit_status() {
    let (code, stdout, _) = check(&[
        "--format",
        "json",
        "examples/noid-clean.yaml",
        "examples/denial-with-gaps.yaml",
        "examples/broken.yaml",
    ]);
    assert_eq!(code, 2);
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["file"], "examples/noid-clean.yaml");
    assert_eq!(lines[1]["summary"]["grounds"], 6);
    assert_eq!(lines[2]["unusable"], true);
    assert!(lines[2]["problems"].as_array().unwrap().len() >= 6);

    let (code, _, _) = check(&["examples/noid-clean.yaml", "examples/denial-with-gaps.yaml"]);
    assert_eq!(code, 1);
}

#[test]
fn deny_warnings_fails_on_warnings() {
    assert_eq!(check(&["examples/refiling-stale.yaml"]).0, 0);
    assert_eq!(
        check(&["--deny", "warnings", "examples/refiling-stale.yaml"]).0,
        1
    );
    assert_eq!(check(&["--deny", "warnings", "examples/noid-clean.yaml"]).0, 0);
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let text = std::fs::read_to_string(root().join("examples/denial-with-gaps.yaml")).unwrap();
    let report = Rebut::new()
        .args(["check", "--today", TODAY, "--format", "json", "-"])
        .stdin(text)
        .status(1)
        .run()
        .json();
    assert_eq!(report["file"], "<stdin>");
    assert_eq!(report["grounds"].as_array().unwrap().len(), 6);

    Rebut::new()
        .args(["check", "-"])
        .stdin("rebut: 1\ncase: [\n")
        .status(2)
        .stderr_contains("<stdin>:")
        .run();
}

#[test]
fn today_decides_the_deadline() {
    // noid-clean must respond by 2026-12-20.
    let (_, early) = json(&["examples/noid-clean.yaml"]);
    assert_eq!(early["summary"]["warnings"], 0);
    let (code, stdout, _) = check_on("2026-12-21", &["--format", "json", "examples/noid-clean.yaml"]);
    let late: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(code, 1);
    assert!(
        late["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "deadline" && f["severity"] == "error")
    );
}

#[test]
fn an_unusable_command_line_exits_2() {
    assert_eq!(check_on("2026-02-30", &["examples/noid-clean.yaml"]).0, 2);
    assert_eq!(check(&["--format", "xml", "examples/noid-clean.yaml"]).0, 2);
    let (code, _, stderr) = check(&["no/such/case.yaml"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no/such/case.yaml") && stderr.contains("no such file"),
        "{stderr}"
    );
    let (code, _, stderr) = check(&["examples"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("directory"), "{stderr}");
}

#[test]
fn the_broken_example_reports_every_problem_with_a_caret() {
    let (_, _, stderr) = check(&["examples/broken.yaml"]);
    let located = stderr.matches("--> examples/broken.yaml:").count();
    assert!(located >= 6, "{stderr}");
    assert!(stderr.matches('^').count() >= located);
    assert!(stderr.contains(&format!("{located} problems")));
}

#[test]
fn playbook_prints_the_playbook_in_force() {
    let text = Rebut::new()
        .arg("playbook")
        .status(0)
        .stdout(rebut::playbook::DEFAULT_TEXT)
        .run()
        .stdout;

    let dir = scratch("playbook");
    let bad = dir.join("bad.yaml");
    std::fs::write(
        &bad,
        text.replacen("expects: [physician-opinion", "expects: [physician-opinon", 1),
    )
    .unwrap();
    Rebut::new()
        .args(["playbook", "--playbook"])
        .arg(&bad)
        .status(2)
        .stderr_contains("did you mean `physician-opinion`?")
        .run();
    Rebut::new()
        .args(["check", "--playbook"])
        .arg(&bad)
        .arg("examples/noid-clean.yaml")
        .status(2)
        .run();
}

#[test]
fn a_custom_playbook_changes_what_is_expected() {
    let dir = scratch("custom");
    let custom = dir.join("custom.yaml");
    // Expect an independent expert for every medical-urgency ground.
    let text = rebut::playbook::DEFAULT_TEXT.replacen(
        "expects: [physician-opinion, medical-record]",
        "expects: [physician-opinion, medical-record, independent-expert]",
        1,
    );
    assert_ne!(
        text,
        rebut::playbook::DEFAULT_TEXT,
        "the default playbook has that line"
    );
    std::fs::write(&custom, text).unwrap();
    let (_, before) = json(&["examples/denial-with-gaps.yaml"]);
    let (_, after) = json(&[
        "--playbook",
        custom.to_str().unwrap(),
        "examples/denial-with-gaps.yaml",
    ]);
    let notes = |r: &Value| r["summary"]["notes"].as_u64().unwrap();
    assert_eq!(notes(&after), notes(&before) + 1);
}

#[test]
fn the_readme_case_file_is_valid() {
    let readme = std::fs::read_to_string(root().join("docs/case-file.md")).unwrap();
    let start = readme
        .find("```yaml\nrebut: 1")
        .expect("README shows a case file")
        + "```yaml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let out = Rebut::new()
        .args(["check", "--today", "2026-10-20", "--format", "json", "-"])
        .stdin(&readme[start..end])
        .run();
    let report = out.json();
    assert_eq!(out.status, 0, "{report}");
    assert_eq!(report["grounds"][0]["status"], "corroborated");
}

#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    use std::io::Read;
    use std::process::{Command as Std, Stdio};
    // Output far larger than a pipe holds, so that rebut is still writing
    // when the reader hangs up.
    let mut case = String::from(
        "rebut: 1\ncase:\n  title: Many grounds\n  beneficiary: {name: A, country: B}\n  filed: 2026-01-01\n  decision: {kind: denial, date: 2026-02-01}\ngrounds:\n",
    );
    for i in 0..3000 {
        case.push_str(&format!(
            "  - {{id: G{i}, category: other, quote: \"The record is incomplete.\"}}\n"
        ));
    }
    let dir = scratch("pipe");
    let path = dir.join("many.yaml");
    std::fs::write(&path, case).unwrap();
    let path = path.to_str().unwrap();
    for args in [
        vec!["check", path],
        vec!["check", "--format", "json", path],
        vec!["render", path],
        vec!["render", "--memo", "gaps", path],
        vec!["graph", path],
    ] {
        let mut child = Std::new(env!("CARGO_BIN_EXE_rebut"))
            .args(&args)
            .current_dir(root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read one byte, then hang up, as `| head -c 1` would.
        let mut stdout = child.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        stdout.read_exact(&mut byte).unwrap();
        drop(stdout);
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(status.code().is_some(), "{args:?} ended by a signal");
    }
}
