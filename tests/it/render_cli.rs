//! `rebut render` from the command line: defaults, `--final`, `-o`,
//! `--templates`, `--dump-context`, and what it refuses.

use crate::support::{self, Rebut, TODAY, root};
use std::path::Path;

fn example(name: &str) -> String {
    format!("examples/{name}.yaml")
}

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> support::Scratch {
    support::scratch(&format!("render-cli-{name}"))
}

fn render(args: &[&str]) -> (i32, String, String) {
    Rebut::new()
        .arg("render")
        .args(args)
        .args(["--today", TODAY])
        .run()
        .parts()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn the_default_memo_follows_the_decision() {
    let (code, out, _) = render(&[&example("noid-clean")]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("# Response to Notice of Intent to Deny\n"),
        "{out}"
    );
    let (code, out, _) = render(&[&example("refiling-stale")]);
    assert_eq!(code, 0);
    assert!(out.starts_with("# Request for Humanitarian Parole\n"), "{out}");
}

#[test]
fn the_wrong_document_for_the_decision_is_refused_naming_the_one_that_fits() {
    let (code, out, err) = render(&[&example("refiling-stale"), "--memo", "rebuttal"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("denial") && err.contains("--memo refiling"), "{err}");
    let (code, out, err) = render(&[&example("noid-clean"), "--memo", "refiling"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("notice of intent to deny") && err.contains("--memo rebuttal"),
        "{err}"
    );
    // The other documents fit every decision.
    for memo in ["cover", "exhibits", "gaps"] {
        for case in ["refiling-stale", "noid-clean"] {
            let (code, _, err) = render(&[&example(case), "--memo", memo]);
            assert_eq!(code, 0, "{case} {memo}: {err}");
        }
    }
}

#[test]
fn a_draft_with_errors_is_written_and_says_so() {
    let (code, out, err) = render(&[&example("denial-with-gaps"), "--memo", "gaps"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("**\u{26a0} Gap: Ground V (No visa or other route"),
        "{out}"
    );
    // Three ground errors, and the provider's acceptance, which a re-filing
    // must show and no exhibit in hand does.
    assert!(err.contains("4 errors"), "{err}");
}

#[test]
fn final_refuses_a_case_with_errors_and_leaves_the_old_output_alone() {
    let dir = scratch("final-refused");
    let target = dir.join("memo.md");
    std::fs::write(&target, "the attorney's edited memo\n").unwrap();
    let (code, out, err) = render(&[
        &example("denial-with-gaps"),
        "--final",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    for code in ["unsupported-ground", "unanswered-ground", "missing-translation"] {
        assert!(err.contains(&format!("error[{code}]")), "{code} in {err}");
    }
    assert!(!err.contains("warning["), "only errors are listed: {err}");
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "the attorney's edited memo\n"
    );
    assert_eq!(
        files_in(&dir),
        vec!["memo.md"],
        "no temporary file is left behind"
    );
}

#[test]
fn final_writes_a_clean_case_without_markers() {
    let dir = scratch("final-clean");
    let target = dir.join("memo.html");
    std::fs::write(&target, "old").unwrap();
    let (code, _, err) = render(&[&example("noid-clean"), "--final", "-o", target.to_str().unwrap()]);
    assert_eq!(code, 2, "an existing file is kept without --force: {err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
    let (code, out, err) = render(&[
        &example("noid-clean"),
        "--final",
        "--force",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "written to the file, not standard output");
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "the .html extension picks HTML"
    );
    assert!(html.contains("<h1>Response to Notice of Intent to Deny</h1>"));
    assert!(!html.contains("Draft"));
    assert_eq!(files_in(&dir), vec!["memo.html"]);
}

#[test]
fn the_gap_report_has_no_final_form() {
    let (code, _, err) = render(&[&example("noid-clean"), "--memo", "gaps", "--final"]);
    assert_eq!(code, 2);
    assert!(err.contains("always a draft"), "{err}");
}

#[test]
fn output_never_replaces_the_case_file() {
    let dir = scratch("case-file");
    let case = dir.join("case.yaml");
    let text = std::fs::read_to_string(root().join(example("noid-clean"))).unwrap();
    std::fs::write(&case, &text).unwrap();
    // Named as Markdown, so that it is the input, not the name, refused;
    // --force does not change that.
    let (code, _, err) = render(&[
        case.to_str().unwrap(),
        "--format",
        "md",
        "--force",
        "-o",
        case.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("input file"), "{err}");
    assert_eq!(std::fs::read_to_string(&case).unwrap(), text);
}

#[test]
fn an_unusable_case_exits_2_with_its_problems() {
    let (code, out, err) = render(&[&example("broken")]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("unknown-category"), "{err}");
}

#[test]
fn format_flag_wins_over_the_extension() {
    let dir = scratch("format");
    let target = dir.join("memo.html");
    let (code, _, _) = render(&[
        &example("noid-clean"),
        "--format",
        "md",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Response")
    );
}

#[test]
fn output_is_byte_identical_across_runs() {
    for memo in ["refiling", "cover", "gaps", "exhibits"] {
        for format in ["md", "html"] {
            let args = [
                example("denial-with-gaps"),
                "--memo".into(),
                memo.into(),
                "--format".into(),
                format.into(),
            ];
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (a, b) = (render(&args), render(&args));
            assert_eq!(a.0, 0);
            assert_eq!(a.1, b.1, "{memo} {format}");
        }
    }
}

#[test]
fn dump_context_prints_what_the_templates_receive() {
    let (code, out, _) = render(&[&example("refiling-stale"), "--dump-context"]);
    assert_eq!(code, 0);
    let cx: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(cx["kind"], "refiling");
    assert_eq!(cx["draft"], true);
    assert_eq!(cx["today"], TODAY);
    assert_eq!(cx["grounds"].as_array().unwrap().len(), 6);
    assert_eq!(cx["grounds"][0]["points"][0]["citations"][0]["letter"], "A");
    assert_eq!(
        cx["grounds"][0]["points"][0]["citations"][0]["pages"],
        "2\u{2013}3"
    );
    assert_eq!(cx["grounds"][0]["gaps"][0]["code"], "stale-opinion");
    assert!(cx["map_svg"].is_null() && cx["map_mermaid"].is_null());
    // A certified translation follows its original with as many pages (the
    // example gives no `translation.pages`).
    let pages: u64 = cx["exhibits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let own = e["pages"].as_u64().unwrap();
            own + if e["translation_status"] == "certified" {
                own
            } else {
                0
            }
        })
        .sum();
    assert_eq!(cx["packet_pages"].as_u64().unwrap(), pages);
    assert_eq!(cx["filing"]["period"], "four months");
    assert_eq!(cx["filing"]["decision_name"], "Decision");

    // The exhibit index: a final re-filing memo is refused while the
    // baseline is incomplete (see `a_final_refiling_needs_the_baseline`).
    let (_, final_out, _) = render(&[
        &example("refiling-stale"),
        "--dump-context",
        "--final",
        "--memo",
        "exhibits",
    ]);
    let cx: serde_json::Value = serde_json::from_str(&final_out).unwrap();
    assert_eq!(cx["draft"], false);
    assert_eq!(cx["grounds"][0]["gaps"].as_array().unwrap().len(), 0);
}

/// Lines that differ between two texts, after their common start and end.
fn changed_middle<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    let prefix = a
        .lines()
        .zip(b.lines())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len() + 1)
        .sum::<usize>();
    let suffix = a[prefix..]
        .lines()
        .rev()
        .zip(b[prefix..].lines().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len() + 1)
        .sum::<usize>();
    (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix])
}

#[test]
fn a_template_folder_replaces_only_the_templates_it_holds() {
    let dir = scratch("templates");
    std::fs::write(
        dir.join("signature.md"),
        "\nSincerely,\n\n{{ case.representative.name }}, for the firm\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "not a template").unwrap();
    let case = example("noid-clean");
    let (_, default, _) = render(&[&case]);
    let (code, custom, err) = render(&[&case, "--templates", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (before, after) = changed_middle(&default, &custom);
    assert!(before.starts_with("Respectfully submitted,"), "{before}");
    assert!(before.contains("Florida Bar No. 1048213"), "{before}");
    assert_eq!(after, "Sincerely,\n\nClaudine Beauvoir, for the firm\n");

    std::fs::write(dir.join("style.css"), "body { color: #123456; }").unwrap();
    let (_, html, _) = render(&[&case, "--templates", dir.to_str().unwrap(), "--format", "html"]);
    assert!(html.contains("#123456"));
    assert!(
        !html.contains("Times New Roman"),
        "the firm's stylesheet replaces the built-in one"
    );
}

#[test]
fn a_broken_template_is_reported_with_its_file_and_line() {
    let dir = scratch("broken-template");
    std::fs::write(dir.join("heading.md"), "# {{ memo_title }}\n\n{% if %}\n").unwrap();
    let (code, out, err) = render(&[&example("noid-clean"), "--templates", dir.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("heading.md:3:"), "{err}");
    assert!(err.contains(dir.join("heading.md").to_str().unwrap()), "{err}");

    std::fs::write(dir.join("heading.md"), "# {{ memo_titel }}\n").unwrap();
    let (code, _, err) = render(&[&example("noid-clean"), "--templates", dir.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("memo_titel"),
        "an undefined variable is an error: {err}"
    );

    let (code, _, err) = render(&[&example("noid-clean"), "--templates", "no/such/folder"]);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/folder"), "{err}");
}

#[test]
fn standard_input_can_be_the_case() {
    let text = std::fs::read_to_string(root().join(example("noid-clean"))).unwrap();
    let out = Rebut::new()
        .args(["render", "-", "--memo", "exhibits", "--today", TODAY])
        .stdin(text)
        .status(0)
        .run();
    assert!(out.stdout.starts_with("# Exhibit Index"), "{}", out.stdout);
}

#[test]
fn maps_iterate_in_a_fixed_order_in_templates() {
    let dir = scratch("map-order");
    std::fs::write(
        dir.join("exhibits.md"),
        "# Order\n\n{% for id, category in categories %}{{ id }} {% endfor %}\n\n{% for name, text in memo %}{{ name }} {% endfor %}\n",
    )
    .unwrap();
    let (code, out, err) = render(&[
        &example("noid-clean"),
        "--memo",
        "exhibits",
        "--templates",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert_eq!(lines.len(), 2, "{out}");
    for line in lines {
        let line = line.replace('\\', "");
        let names: Vec<&str> = line.split(' ').collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert!(names.len() > 5, "{line}");
        assert_eq!(names, sorted, "map keys come out sorted, run after run");
    }
}
