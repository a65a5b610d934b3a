//! Hostile and odd inputs: each gets a clear answer (a located error, or a
//! normal result where the input is fine), never a panic or a hang, and
//! stays within 100 MB of memory beyond the input's own size.

mod child;

use child::{TODAY, has_location, rebut, rebut_capped};
use rebut::load::DEFAULT_MAX_BYTES;
use rebut::playbook::Playbook;
use rebut::synth::SynthCase;
use rebut::yaml::MAX_DEPTH;
use std::path::{Path, PathBuf};

fn small_case() -> String {
    SynthCase::generate(6, 11, &Playbook::builtin()).to_yaml()
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Checks `path` and returns the run, having asserted the basics every input
/// must meet: no panic, no signal, a status of 0, 1 or 2, memory in bounds.
fn check(path: &Path, extra: &[&str]) -> child::Run {
    let path = path.to_str().unwrap();
    let mut args = vec!["check", "--today", TODAY];
    args.extend_from_slice(extra);
    args.push(path);
    let run = rebut(&args, None);
    let status = run.status();
    assert!((0..=2).contains(&status), "exit {status}");
    run
}

/// An unusable input: exit 2 and a message that says `what`, located in the
/// file when `located`.
fn assert_unusable(run: &child::Run, path: &Path, what: &str, located: bool) {
    assert_eq!(run.status(), 2, "stderr:\n{}", run.head());
    assert!(run.stderr.contains(what), "expected {what:?} in:\n{}", run.head());
    if located {
        assert!(
            has_location(&run.stderr, path.to_str().unwrap()),
            "no file:line:column in:\n{}",
            run.head()
        );
    }
}

#[test]
fn billion_laughs_is_refused_as_a_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("rebut: 1\nlol0: &l0 \"lol\"\n");
    for level in 1..=9 {
        let prev = level - 1;
        let row = vec![format!("*l{prev}"); 10].join(", ");
        text.push_str(&format!("lol{level}: &l{level} [{row}]\n"));
    }
    let path = write(dir.path(), "laughs.yaml", &text);
    let run = check(&path, &[]);
    assert_unusable(&run, &path, "[limit]", true);
}

#[test]
fn aliases_a_case_file_might_really_use_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let case = small_case().replacen("    country: Honduras\n", "    country: &home Honduras\n", 1);
    let case = case + "timeline:\n  - date: 2026-01-05\n    event: *home\n";
    let path = write(dir.path(), "alias.yaml", &case);
    let run = check(&path, &[]);
    assert!(run.status() < 2, "stderr:\n{}", run.head());
}

#[test]
fn nesting_ten_thousand_deep_is_refused_as_a_limit() {
    let dir = tempfile::tempdir().unwrap();
    let deep = 10_000;
    let shapes = [
        ("flow-lists", format!("{}{}", "[".repeat(deep), "]".repeat(deep))),
        (
            "flow-maps",
            format!("{}x{}", "{a: ".repeat(deep), "}".repeat(deep)),
        ),
        ("block-lists", format!("{}x\n", "- ".repeat(deep))),
        (
            "in-a-case",
            format!("rebut: 1\ncase:\n  title: {}\n", "[".repeat(deep)),
        ),
    ];
    for (name, text) in shapes {
        let path = write(dir.path(), &format!("{name}.yaml"), &text);
        let run = check(&path, &[]);
        assert_eq!(run.status(), 2, "{name}: {}", run.head());
        assert!(
            run.stderr.contains(&format!("{MAX_DEPTH}")) || run.stderr.contains("[limit]"),
            "{name}: the message should name the depth limit:\n{}",
            run.head()
        );
        assert!(
            has_location(&run.stderr, path.to_str().unwrap()),
            "{name}: {}",
            run.head()
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    // A sparse file: over the limit on disk, nothing in it to parse.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(DEFAULT_MAX_BYTES + 1)
        .unwrap();
    // Too little memory to read it: refusing must not try.
    let name = path.to_str().unwrap();
    let run = rebut_capped(&["check", name], None, DEFAULT_MAX_BYTES / 4);
    assert_unusable(&run, &path, "over the limit", false);
    assert!(run.stderr.contains("--max-size"), "{}", run.head());
}

#[test]
fn max_size_lowers_and_raises_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let text = small_case();
    let path = write(dir.path(), "case.yaml", &text);
    let below = (text.len() - 1).to_string();
    let run = check(&path, &["--max-size", &below]);
    assert_unusable(&run, &path, "over the limit", false);
    let exact = text.len().to_string();
    let run = check(&path, &["--max-size", &exact]);
    assert!(run.status() < 2, "{}", run.head());
}

#[test]
fn standard_input_over_the_limit_is_refused() {
    let text = small_case();
    let limit = (text.len() / 2).to_string();
    let run = rebut(&["check", "--max-size", &limit, "-"], Some(text.into_bytes()));
    assert_eq!(run.status(), 2);
    assert!(run.stderr.contains("<stdin>") && run.stderr.contains("over the limit"));
    // Only a byte past the limit was read: no size is claimed for it.
    assert!(run.stderr.contains("the input is larger"), "{}", run.head());
}

#[test]
fn a_one_megabyte_line_is_read_and_a_broken_one_is_shown_cropped() {
    let dir = tempfile::tempdir().unwrap();
    let long = "word ".repeat(200_000);
    let fine = small_case().replacen(
        "  title: Humanitarian parole for a synthetic beneficiary\n",
        &format!("  title: {long}\n"),
        1,
    );
    let path = write(dir.path(), "long.yaml", &fine);
    let run = check(&path, &[]);
    assert!(run.status() < 2, "{}", run.head());
    assert!(run.stdout.contains("word word"));

    // The same line, broken at its far end: the message is located and the
    // source line is cropped around the caret, not printed whole.
    let broken = fine.replacen(
        &format!("  title: {long}\n"),
        &format!("  title: {long}: x: y\n"),
        1,
    );
    let path = write(dir.path(), "long-broken.yaml", &broken);
    let run = check(&path, &[]);
    assert_unusable(&run, &path, "yaml-syntax", true);
    assert!(run.stderr.len() < 10_000, "stderr is {} bytes", run.stderr.len());
}

#[test]
fn invalid_utf8_is_located_at_the_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"rebut: 1\ncase:\n  title: Caf".to_vec();
    bytes.extend_from_slice(&[0xE9, b'\n']);
    let path = write(dir.path(), "latin1.yaml", &bytes);
    let run = check(&path, &[]);
    assert_unusable(&run, &path, "not UTF-8", true);
    assert!(run.stderr.contains("line 3, column 13"), "{}", run.head());
}

#[test]
fn a_byte_order_mark_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = small_case();
    let plain = write(dir.path(), "plain.yaml", &text);
    let bom = write(dir.path(), "bom.yaml", format!("\u{feff}{text}"));
    let a = check(&plain, &["--format", "json"]);
    let b = check(&bom, &["--format", "json"]);
    assert!(a.status() < 2, "{}", a.head());
    assert_eq!(a.code, b.code);
    assert_eq!(a.stdout.replace("plain.yaml", "bom.yaml"), b.stdout);
}

#[test]
fn an_empty_file_is_unusable_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.yaml", ""),
        ("blank.yaml", "\n\n   \n"),
        ("comment.yaml", "# nothing yet\n"),
    ] {
        let path = write(dir.path(), name, text);
        let run = check(&path, &[]);
        assert_unusable(&run, &path, "empty", false);
    }
}

#[test]
fn a_directory_or_a_missing_path_is_named_in_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let run = check(dir.path(), &[]);
    assert_unusable(&run, dir.path(), "is a directory", false);
    let missing = dir.path().join("nowhere.yaml");
    let run = check(&missing, &[]);
    assert_unusable(&run, &missing, "no such file", false);
}

#[test]
fn a_case_on_standard_input_reads_like_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = small_case();
    let path = write(dir.path(), "case.yaml", &text);
    let file = check(&path, &["--format", "json"]);
    let stdin = rebut(
        &["check", "--today", TODAY, "--format", "json", "-"],
        Some(text.clone().into_bytes()),
    );
    assert_eq!(stdin.status(), file.status());
    let name = path.to_str().unwrap();
    assert_eq!(stdin.stdout, file.stdout.replace(name, "<stdin>"));

    let broken = text.replacen("  filed: 2026-03-10", "  filed: 2026-02-30", 1);
    let run = rebut(&["check", "--today", TODAY, "-"], Some(broken.into_bytes()));
    assert_eq!(run.status(), 2);
    assert!(run.stderr.contains("invalid-date"), "{}", run.head());
    assert!(has_location(&run.stderr, "<stdin>"), "{}", run.head());
}

/// Many problems at the end of a long file: each is reported, and finding
/// each one's source line does not mean reading the file again.
#[test]
fn many_problems_at_the_end_of_a_long_file_are_answered() {
    let dir = tempfile::tempdir().unwrap();
    let n = 5_000;
    let mut text = small_case();
    let comment = format!("# {}\n", "padding ".repeat(12));
    text.push_str(&comment.repeat(10_000_000 / comment.len()));
    text.push_str("timeline:\n");
    for i in 0..n {
        text.push_str(&format!(
            "  - date: 2026-01-01\n    event: e\n    evidence: [X{i}]\n"
        ));
    }
    let path = write(dir.path(), "dangling.yaml", &text);
    let run = check(&path, &[]);
    assert_unusable(&run, &path, "unknown-id", true);
    assert!(run.stderr.contains(&format!("{n} problems")), "{}", run.head());
}

#[test]
fn a_point_citing_thirty_thousand_exhibits_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let n = 30_000;
    let playbook = Playbook::builtin();
    let mut synth = SynthCase::generate(1, 1, &playbook);
    let template = synth.evidence[0].clone();
    synth.evidence = vec![template; n];
    synth.grounds[0].points = vec![rebut::synth::SynthPoint {
        text: "Everything.".to_owned(),
        cites: (0..n)
            .map(|evidence| rebut::synth::SynthCite {
                evidence,
                pages: None,
            })
            .collect(),
    }];
    let path = write(dir.path(), "wide.yaml", synth.to_yaml());
    let run = check(&path, &["--format", "json"]);
    assert!(run.status() < 2, "{}", run.head());
    assert!(run.stdout.contains(&format!("\"E{n}\"")));
}

/// A large case whose every citation has the same typo: each gets its
/// problem, and looking for a close id does not compare every pair.
#[test]
fn a_large_case_with_every_citation_broken_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = SynthCase::generate(2_000, 5, &Playbook::builtin())
        .to_yaml()
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("evidence: [") {
                line.replace('E', "X") + "\n"
            } else {
                line.to_owned() + "\n"
            }
        })
        .collect();
    let path = write(dir.path(), "typos.yaml", &text);
    let run = check(&path, &[]);
    assert_unusable(&run, &path, "unknown evidence id `X", true);
}
