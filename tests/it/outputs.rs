//! What every command that writes a file does with the file named: an
//! existing one (a memo finished in Word, an older redaction key) is never
//! written over without `--force`, and a name that promises another kind
//! of file (`memo.pdf` for Markdown) is refused rather than given it.

use crate::support::{self, Rebut, TODAY};
use std::path::Path;

const CASE: &str = "examples/noid-clean.yaml";

/// What the user had in the file before the command ran.
const EDITED: &str = "the attorney's own edits\n";

fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let (code, _, err) = Rebut::new()
        .args(args)
        .args(["--today", TODAY])
        .current_dir(dir)
        .run()
        .parts();
    (code, err)
}

/// A folder holding the example case, so that the commands name their
/// outputs as a user would, beside it.
fn folder(name: &str) -> support::Scratch {
    let dir = support::scratch(&format!("outputs-{name}"));
    std::fs::copy(support::root().join(CASE), dir.join("case.yaml")).unwrap();
    dir
}

#[test]
fn an_existing_file_is_written_over_only_with_force() {
    let runs: [(&[&str], &[&str]); 6] = [
        (&["render", "case.yaml", "-o"], &["memo.docx"]),
        (&["render", "case.yaml", "--memo", "gaps", "-o"], &["gaps.html"]),
        (&["graph", "case.yaml", "-o"], &["map.svg"]),
        (
            &["redact", "case.yaml", "--key", "key.yaml", "-o"],
            &["copy.yaml", "key.yaml"],
        ),
        (
            &["init", "--kind", "humanitarian-parole-medical"],
            &["starter.yaml"],
        ),
        (
            &["exercise", "case.yaml", "--answers", "answers.yaml", "-o"],
            &["exercise.yaml", "answers.yaml"],
        ),
    ];
    for (command, files) in runs {
        let dir = folder("force");
        // Only the last of the files is there already (the key, the answer
        // key): the others must not be written either, all or none.
        let kept = files[files.len() - 1];
        std::fs::write(dir.join(kept), EDITED).unwrap();
        let args: Vec<&str> = command.iter().copied().chain([files[0]]).collect();

        let (code, err) = run(&dir, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(kept) && err.contains("--force"), "{args:?}: {err}");
        assert_eq!(
            std::fs::read_to_string(dir.join(kept)).unwrap(),
            EDITED,
            "{args:?}"
        );
        for other in &files[..files.len() - 1] {
            assert!(!dir.join(other).exists(), "{args:?} wrote {other}");
        }

        let forced: Vec<&str> = args.iter().copied().chain(["--force"]).collect();
        let (code, err) = run(&dir, &forced);
        assert_eq!(code, 0, "{forced:?}: {err}");
        assert_ne!(
            std::fs::read_to_string(dir.join(kept)).ok().as_deref(),
            Some(EDITED),
            "{forced:?}"
        );
    }
}

#[test]
fn a_file_named_for_another_kind_is_refused_and_not_written() {
    let runs: [(&[&str], &str, &str); 7] = [
        (
            &["render", "case.yaml", "--format", "html", "-o", "memo.pdf"],
            "memo.pdf",
            "--format",
        ),
        (
            &["render", "case.yaml", "--format", "docx", "-o", "memo.pdf"],
            "memo.pdf",
            "--format",
        ),
        (
            &["render", "case.yaml", "--format", "md", "-o", "memo.docx"],
            "memo.docx",
            "--format",
        ),
        (
            &["render", "case.yaml", "-o", "memo.pdf"],
            "memo.pdf",
            "--convert-to pdf",
        ),
        (
            &["render", "case.yaml", "--memo", "gaps", "-o", "gaps.rtf"],
            "gaps.rtf",
            ".docx",
        ),
        (&["graph", "case.yaml", "-o", "map.png"], "map.png", ".svg"),
        (
            &["packet", "case.yaml", "-o", "packet.docx"],
            "packet.docx",
            ".pdf",
        ),
    ];
    let dir = folder("kind");
    for (args, file, help) in runs {
        let (code, err) = run(&dir, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(file) && err.contains(help), "{args:?}: {err}");
        assert!(!dir.join(file).exists(), "{args:?} wrote {file}");
    }
    // A name with no extension is the format asked for, as is any name
    // with `--format`.
    let (code, err) = run(&dir, &["render", "case.yaml", "--format", "html", "-o", "memo"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(dir.join("memo"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let (code, err) = run(&dir, &["graph", "case.yaml", "-o", "map"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(dir.join("map"))
            .unwrap()
            .starts_with("<svg")
    );
}

#[test]
fn the_template_context_is_json_under_any_name() {
    let dir = folder("context");
    let (code, err) = run(
        &dir,
        &["render", "case.yaml", "--dump-context", "-o", "context.json"],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(dir.join("context.json")).unwrap();
    assert!(
        text.starts_with("{\n") && text.contains("\"context_format\""),
        "{text}"
    );
}
