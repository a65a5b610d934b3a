//! Issue 25: every path bounded. Interrupted writes, arguments on a
//! terminal, inputs that could be written over, and the attack inputs of
//! the review, generated here at sizes a debug build runs in seconds.

use crate::support::{Rebut, TODAY, root, scratch};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(".rebut-"))
        .collect()
}

/// `rebut redact` with one output a FIFO nobody reads (so the run waits
/// there) and the other a file, interrupted by `signal` once the file's
/// temporary copy exists: the temporary is gone afterwards.
fn interrupted(signal: i32, key_is_fifo: bool) {
    let dir = scratch("signal");
    let fifo = dir.join("pipe");
    mkfifo(&fifo);
    let file = dir.join(if key_is_fifo { "copy.yaml" } else { "key.yaml" });
    let (copy, key) = if key_is_fifo {
        (&file, &fifo)
    } else {
        (&fifo, &file)
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_rebut"))
        .current_dir(root())
        .args(["redact", "--today", TODAY, "examples/noid-clean.yaml", "-o"])
        .arg(copy)
        .arg("--key")
        .arg(key)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while temporaries(&dir).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no temporary file appeared"
        );
        if let Ok(Some(status)) = child.try_wait() {
            panic!("rebut ended before it was interrupted: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(child.id() as i32, signal) };
    let status = child.wait().unwrap();
    assert!(!status.success(), "{status}");
    assert_eq!(temporaries(&dir), Vec::<String>::new(), "signal {signal}");
    assert!(!file.exists(), "the target was written");
}

#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    interrupted(libc::SIGINT, true);
    interrupted(libc::SIGTERM, true);
    interrupted(libc::SIGHUP, true);
}

#[test]
fn an_interrupted_redaction_leaves_no_temporary_key() {
    interrupted(libc::SIGINT, false);
}

#[test]
fn a_stale_temporary_file_of_ours_is_removed_by_the_next_write() {
    let dir = scratch("stale");
    // A process id above Linux's maximum: no process runs with it.
    let stale = dir.join(".rebut-999999999-0.tmp");
    let unrelated = dir.join(".rebut-notes.tmp");
    std::fs::write(&stale, "real names").unwrap();
    std::fs::write(&unrelated, "mine").unwrap();
    Rebut::new()
        .args(["render", "--today", TODAY, "examples/noid-clean.yaml", "-o"])
        .arg(dir.join("memo.md"))
        .status(0)
        .run();
    assert!(!stale.exists());
    assert!(unrelated.exists());
    assert!(dir.join("memo.md").exists());
}

#[test]
fn an_output_in_a_missing_folder_is_refused() {
    let dir = scratch("nodir");
    for target in ["newdir/", "newdir/memo.md"] {
        Rebut::new()
            .args(["render", "--today", TODAY, "examples/noid-clean.yaml", "-o"])
            .arg(format!("{}/{target}", dir.display()))
            .status(2)
            .stderr_contains("does not exist")
            .run();
    }
    assert_eq!(std::fs::read_dir(&*dir).unwrap().count(), 0);
}

#[test]
fn a_key_that_cannot_be_written_keeps_the_copy_from_going_out() {
    let out = Rebut::new()
        .args([
            "redact",
            "--today",
            TODAY,
            "examples/noid-clean.yaml",
            "-o",
            "/dev/stdout",
            "--key",
            "/dev/full",
        ])
        .status(2)
        .stderr_contains("nothing was written")
        .run();
    assert_eq!(out.stdout, "", "the copy went out without its key");
}

#[test]
fn the_keep_list_is_an_input_never_written_over() {
    let dir = scratch("keeplist");
    let list = dir.join("keep.txt");
    std::fs::write(&list, "Hospital\n").unwrap();
    for flag in ["-o", "--key"] {
        Rebut::new()
            .args([
                "redact",
                "--today",
                TODAY,
                "examples/noid-clean.yaml",
                "--keep-list",
            ])
            .arg(&list)
            .arg(flag)
            .arg(&list)
            .status(2)
            .stderr_contains("which this command reads")
            .run();
        assert_eq!(std::fs::read_to_string(&list).unwrap(), "Hospital\n");
    }
    let fifo = dir.join("pipe");
    mkfifo(&fifo);
    for bad in [fifo.as_path(), Path::new("/dev/zero"), dir.as_ref()] {
        Rebut::new()
            .args([
                "redact",
                "--today",
                TODAY,
                "examples/noid-clean.yaml",
                "--keep-list",
            ])
            .arg(bad)
            .status(2)
            .stderr_contains("not a")
            .run();
    }
    let big = dir.join("big.txt");
    std::fs::write(&big, "word\n".repeat(1_000_000)).unwrap();
    Rebut::new()
        .args([
            "redact",
            "--today",
            TODAY,
            "examples/noid-clean.yaml",
            "--keep-list",
        ])
        .arg(&big)
        .status(2)
        .stderr_contains("over the limit")
        .run();
}

// Arguments on a terminal.

#[test]
fn values_from_the_command_line_are_shown_not_run() {
    for args in [
        vec!["check", "--today", "\u{1b}]52;c;aGk=\u{7}2026", "x.yaml"],
        vec!["render", "--memo", "\u{1b}[2J", "x.yaml"],
        vec!["check", "--format=\u{1b}[2Jjson", "x.yaml"],
        // `rebut check *` in a folder holding a file named like an option.
        vec!["check", "--today=\u{1b}]0;title\u{7}", "x.yaml"],
    ] {
        let out = Rebut::new().args(&args).status(2).run();
        assert!(!out.stderr.contains('\u{1b}'), "{:?}: {}", args, out.stderr);
        assert!(!out.stderr.contains('\u{7}'), "{:?}: {}", args, out.stderr);
        assert!(out.stderr.contains('\u{241b}'), "{:?}: {}", args, out.stderr);
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    }
}

// Templates: inputs, not links out of their folder.

#[test]
fn a_template_that_links_out_of_its_folder_is_refused() {
    let dir = scratch("tlink");
    let outside = scratch("toutside");
    std::fs::write(outside.join("secret.md"), "private text\n").unwrap();
    std::os::unix::fs::symlink(outside.join("secret.md"), dir.join("gaps.md")).unwrap();
    let out = Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/denial-with-gaps.yaml",
            "--memo",
            "gaps",
        ])
        .arg("--templates")
        .arg(&*dir)
        .status(2)
        .stderr_contains("outside the template folder")
        .run();
    assert!(!out.stdout.contains("private text"));
    // A link inside the folder is a template like any other.
    std::fs::remove_file(dir.join("gaps.md")).unwrap();
    std::fs::write(dir.join("mine.txt"), "# Ours\n").unwrap();
    std::os::unix::fs::symlink(dir.join("mine.txt"), dir.join("gaps.md")).unwrap();
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/denial-with-gaps.yaml",
            "--memo",
            "gaps",
        ])
        .arg("--templates")
        .arg(&*dir)
        .status(0)
        .stdout_contains("# Ours")
        .run();
    // A FIFO of a template's name is refused, not waited on.
    std::fs::remove_file(dir.join("gaps.md")).unwrap();
    mkfifo(&dir.join("gaps.md"));
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/denial-with-gaps.yaml",
            "--memo",
            "gaps",
        ])
        .arg("--templates")
        .arg(&*dir)
        .status(2)
        .stderr_contains("not a regular file")
        .run();
}

#[test]
fn a_template_is_never_written_over() {
    let dir = scratch("tinput");
    std::fs::write(dir.join("gaps.md"), "# Ours\n").unwrap();
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/denial-with-gaps.yaml",
            "--memo",
            "gaps",
        ])
        .arg("--templates")
        .arg(&*dir)
        .arg("-o")
        .arg(dir.join("gaps.md"))
        .status(2)
        .stderr_contains("which this command reads")
        .run();
    assert_eq!(std::fs::read_to_string(dir.join("gaps.md")).unwrap(), "# Ours\n");
}

// The playbook's snippets.

fn builtin_playbook() -> String {
    std::fs::read_to_string(root().join("playbooks/humanitarian-parole-medical.yaml")).unwrap()
}

#[test]
fn a_broken_playbook_snippet_is_a_located_problem_when_the_playbook_is_read() {
    let dir = scratch("snippet");
    let text = builtin_playbook();
    let needle = "Form I-134, Declaration of Financial Support, signed by {{ name }}";
    assert!(text.contains(needle), "the built-in playbook changed");
    let path = dir.join("playbook.yaml");
    std::fs::write(&path, text.replace(needle, "Form I-134 for {{ name")).unwrap();
    let line = text[..text.find(needle).unwrap()].lines().count();
    for command in [
        vec!["playbook"],
        vec!["check", "--today", TODAY, "examples/noid-clean.yaml"],
    ] {
        Rebut::new()
            .args(&command)
            .arg("--playbook")
            .arg(&path)
            .status(2)
            .stderr_contains("is not a valid template")
            .stderr_contains(format!("playbook.yaml:{line}:"))
            .run();
    }
    let needle = "exercise its discretion favorably and grant {{ beneficiary }}";
    assert!(text.contains(needle), "the built-in playbook changed");
    std::fs::write(&path, text.replace(needle, "grant {% if x %}{{ beneficiary }}")).unwrap();
    Rebut::new()
        .args(["playbook", "--playbook"])
        .arg(&path)
        .status(2)
        .stderr_contains("`memo.closing_request` is not a valid template")
        .run();
}

#[test]
fn a_playbook_snippet_that_loops_is_stopped_by_the_render_budget() {
    let dir = scratch("snippetloop");
    let text = builtin_playbook();
    let path = dir.join("playbook.yaml");
    // An enclosure title whose loops would run for hours.
    std::fs::write(
        &path,
        text.replace(
            "Form I-134, Declaration of Financial Support, signed by {{ name }}",
            "\"{% for i in range(end=100000) %}{% for j in range(end=100000) %}x{% endfor %}{% endfor %}\"",
        ),
    )
    .unwrap();
    Rebut::new()
        .args(["playbook", "--playbook"])
        .arg(&path)
        .status(0)
        .run();
    let out = Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/denial-with-gaps.yaml",
            "--playbook",
        ])
        .arg(&path)
        .status(2)
        .stderr_contains("enclosure title")
        .stderr_contains("`range` would make")
        .run();
    assert_eq!(out.stdout, "");
    // A `memo` entry doubling a string: stopped at the render's memory.
    let doubling = format!(
        "{{% set a = \"0123456789abcdef\" %}}{}{{{{ a | length }}}} {{{{ beneficiary }}}}",
        "{% set a = a ~ a %}".repeat(40)
    );
    std::fs::write(
        &path,
        text.replace(
            "exercise its discretion favorably and grant {{ beneficiary }}",
            &format!("exercise its discretion favorably and grant {doubling}"),
        ),
    )
    .unwrap();
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/noid-clean.yaml",
            "--playbook",
        ])
        .arg(&path)
        .max_heap(1024 * 1024 * 1024)
        .status(2)
        // Its memory, as a rule; its time on a machine too busy to reach it.
        .stderr_contains("so it was stopped and nothing was written")
        .run();
}

// Diagnostics.

#[test]
fn a_file_of_many_problems_prints_the_first_and_counts_the_rest() {
    let dir = scratch("manyproblems");
    let mut text = String::from("rebut: 1\ncase: 7\ngrounds:\n");
    for _ in 0..20_000 {
        text.push_str("  - 5\n");
    }
    text.push_str("evidence: []\n");
    let path = dir.join("case.yaml");
    std::fs::write(&path, text).unwrap();
    let out = Rebut::new()
        .args(["check", "--today", TODAY])
        .arg(&path)
        .status(2)
        .stderr_contains("not shown")
        .run();
    let printed = out.stderr.matches("error[").count();
    assert_eq!(printed, rebut::diag::MAX_SHOWN_PROBLEMS, "{}", out.head());
    assert!(out.stderr.len() < 200_000, "{} bytes", out.stderr.len());
}

// Owners.

#[test]
fn a_replaced_file_keeps_its_owner() {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: only root can make a file of another user to replace");
        return;
    }
    let dir = scratch("owner");
    let memo = dir.join("memo.md");
    std::fs::write(&memo, "old").unwrap();
    std::os::unix::fs::chown(&memo, Some(4242), Some(4343)).unwrap();
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/noid-clean.yaml",
            "--force",
            "-o",
        ])
        .arg(&memo)
        .status(0)
        .run();
    let meta = std::fs::metadata(&memo).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4242, 4343));
    assert!(std::fs::read_to_string(&memo).unwrap().starts_with('#'));
}

// Costs that grew faster than the input.

#[test]
fn backtick_runs_of_every_length_are_escaped_in_one_pass() {
    // Runs of 1, 2, …, 1,500 backticks, none closed: each one's closing run
    // used to be looked for through the rest of the text (about a billion
    // steps here); now a search.
    let text: String = (1..=1500).map(|n| "`".repeat(n) + " x ").collect();
    let out = rebut::render::markdown::inline_markdown(&text);
    assert_eq!(out.matches("\\`").count(), 1500 * 1501 / 2);
    // A closed span stays code.
    assert_eq!(
        rebut::render::markdown::inline_markdown("a ``b`` c ``` d"),
        "a ``b`` c \\`\\`\\` d"
    );
}

#[test]
fn an_exhibit_cited_many_times_in_a_point_is_cited_once() {
    let case = std::fs::read_to_string(root().join("examples/noid-clean.yaml")).unwrap();
    let many = format!("evidence: [{}]", vec!["echo-records"; 20_000].join(", "));
    let case = case.replacen("evidence: [echo-records]", &many, 1);
    assert!(case.contains(&many), "the example changed");
    let checked = crate::support::checked(&case);
    let cx = checked.memo(rebut::render::MemoKind::Rebuttal, true);
    let point = &cx.grounds[0].points[1];
    assert_eq!(point.citations.len(), 1);
}

/// The words of a Word document's body, in order.
fn word_text(docx: &[u8]) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip archive");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("a document part")
        .read_to_string(&mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.tag_name().name() == "t")
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn a_memo_of_dense_emphasis_converts_to_word() {
    // A template writing emphasized words by the hundred thousand (the
    // review's had a million, whose Word document took gigabytes): each
    // run is written out as the walk meets it, so the document is made
    // within the budget and holds every word.
    let dir = scratch("convert");
    std::fs::write(
        dir.join("gaps.md"),
        "# Gaps\n{% for i in range(end=20000) %}*a* *b* *c* *d* *e* *f* *g* *h* *i* *j*\n{% endfor %}\n",
    )
    .unwrap();
    let out = dir.join("gaps.docx");
    Rebut::new()
        .args([
            "render",
            "--today",
            TODAY,
            "examples/denial-with-gaps.yaml",
            "--memo",
            "gaps",
        ])
        .arg("--templates")
        .arg(&*dir)
        .arg("-o")
        .arg(&out)
        .max_heap(1024 * 1024 * 1024)
        .status(0)
        .run();
    let text = word_text(&std::fs::read(&out).unwrap());
    assert!(
        text.starts_with("Gapsa b c d e f g h i j a b"),
        "{}",
        &text[..40.min(text.len())]
    );
    assert_eq!(text.matches('j').count(), 20_000);
}

#[test]
fn a_point_of_dense_emphasis_converts_to_word() {
    // The review's 4 MB case: one point of `*a* ` a million times. Here a
    // tenth of it, which a debug build converts in seconds; the memo's
    // Word document holds every word of it.
    let case = std::fs::read_to_string(root().join("examples/noid-clean.yaml")).unwrap();
    let n = 100_000;
    let marker = "- point: |\n          Nathalie's treating cardiologist";
    assert!(case.contains(marker), "the example changed");
    let dense = format!(
        "- point: |\n          {}zzz\n          Nathalie's treating cardiologist",
        "*a* ".repeat(n)
    );
    let dir = scratch("dense");
    std::fs::write(dir.join("case.yaml"), case.replacen(marker, &dense, 1)).unwrap();
    let out = dir.join("memo.docx");
    Rebut::new()
        .args(["render", "--today", TODAY, "--memo", "rebuttal"])
        .arg(dir.join("case.yaml"))
        .arg("-o")
        .arg(&out)
        .max_heap(1024 * 1024 * 1024)
        .status(0)
        .run();
    let text = word_text(&std::fs::read(&out).unwrap());
    let at = text.find("a a a").expect("the point is in the memo");
    let point = &text[at..at + text[at..].find("zzz").expect("the whole point")];
    assert_eq!(point.matches('a').count(), n);
}

#[test]
fn did_you_mean_over_a_thousand_categories_is_bounded() {
    // 900 more categories (about the 1,000 past which none is suggested) and 5,000 grounds of a category that is none of
    // them: every ground compared with every category was five million
    // comparisons; the suggestions now stop at a fixed budget.
    let dir = scratch("didyoumean");
    let mut playbook = builtin_playbook();
    let extra: String = (0..900)
        .map(|i| format!("  category-number-{i}:\n    label: Category {i}\n    heading: Heading {i}\n"))
        .collect();
    playbook = playbook.replacen("categories:\n", &format!("categories:\n{extra}"), 1);
    let playbook_path = dir.join("playbook.yaml");
    std::fs::write(&playbook_path, playbook).unwrap();
    let mut case = String::from(
        "rebut: 1\ncase:\n  title: T\n  beneficiary:\n    name: A B\n    country: Peru\n  decision:\n    kind: noid\n    date: 2026-10-01\ngrounds:\n",
    );
    for g in 0..5000 {
        case.push_str(&format!(
            "  - id: g{g}\n    category: category-numbr-{g}\n    quote: q\n    responses: []\n"
        ));
    }
    case.push_str("evidence: []\n");
    let case_path = dir.join("case.yaml");
    std::fs::write(&case_path, case).unwrap();
    let out = Rebut::new()
        .args(["check", "--today", TODAY, "--playbook"])
        .arg(&playbook_path)
        .arg(&case_path)
        .status(2)
        .stderr_contains("unknown category `category-numbr-0`")
        .stderr_contains("did you mean `category-number-")
        .stderr_contains("not shown")
        .run();
    assert!(out.stderr.len() < 1_000_000, "{} bytes", out.stderr.len());
}

/// `check` reads a cited exhibit's PDF to compare its page count with the
/// case file: an exhibit `file` that is a FIFO nobody writes must not make
/// it wait (it is left to the packet, which refuses it by name).
#[test]
fn check_never_opens_an_exhibit_file_that_is_not_a_regular_file() {
    let dir = scratch("check-fifo");
    mkfifo(&dir.join("scan.pdf"));
    let text = std::fs::read_to_string(root().join("examples/noid-clean.yaml"))
        .unwrap()
        .replacen("    pages:", "    file: scan.pdf\n    pages:", 1);
    assert!(text.contains("file: scan.pdf"));
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rebut"))
        .current_dir(&dir)
        .args(["check", "--today", TODAY, "case.yaml"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            child.kill().unwrap();
            panic!("`rebut check` waited on the FIFO");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(matches!(status.code(), Some(0 | 1)), "{status}");
}

#[test]
fn a_document_serving_many_grounds_names_the_first_and_counts_the_rest() {
    // Thirty grounds that expect a physician's opinion; one opinion asked
    // for and cited by none, fifteen in the file cited by none. Each letter
    // and task used to name every ground (a case of thousands of grounds
    // and requested items wrote each ground's words thousands of times).
    let mut case = String::from(
        "rebut: 1\ncase:\n  title: T\n  beneficiary: {name: B, country: C}\n  filed: 2026-01-01\n  decision:\n    kind: noid\n    date: 2026-10-01\ngrounds:\n",
    );
    for g in 1..=30 {
        case.push_str(&format!(
            "  - id: G{g}\n    category: medical-urgency\n    quote: Concern {g}.\n    responses:\n      - point: Answered.\n        evidence: [rec]\n"
        ));
    }
    case.push_str("evidence:\n  - {id: rec, type: medical-record, title: Records, date: 2026-10-05}\n");
    case.push_str("  - {id: asked, type: physician-opinion, title: Asked Opinion, author: Dr. Ana Paz, status: requested}\n");
    for n in 1..=15 {
        case.push_str(&format!(
            "  - {{id: spare{n}, type: physician-opinion, title: Spare Opinion {n}, date: 2026-10-05}}\n"
        ));
    }
    let checked = crate::support::checked(&case);
    let cx = checked.memo(rebut::render::MemoKind::Requests, true);
    let asked = cx
        .requests
        .letters
        .iter()
        .flat_map(|l| &l.documents)
        .find(|d| d.title == "Asked Opinion")
        .expect("a letter asks for the opinion");
    let numerals: Vec<&str> = asked.concerns.iter().map(|c| c.numeral.as_str()).collect();
    assert_eq!(numerals.len(), rebut::render::requests::GROUNDS_LISTED);
    assert_eq!((numerals[0], numerals[19]), ("I", "XX"));
    assert_eq!(asked.more_concerns, 10);
    let cite = cx
        .actions
        .iter()
        .find(|a| a.task == "cite" && a.document == Some("Spare Opinion 1"))
        .expect("a task cites the spare opinion");
    assert_eq!(cite.grounds.len(), 20);
    assert_eq!(cite.more_grounds, 10);
    let ground = &cx.grounds[0];
    assert_eq!(ground.could_cite.len(), rebut::render::context::COULD_CITE_LISTED);
    // Fifteen spares and the opinion asked for, none cited.
    assert_eq!(ground.could_cite.len() + ground.could_cite_more, 16);

    let templates = rebut::render::Templates::builtin();
    let letters = rebut::render::markdown(&cx, &templates).unwrap();
    assert!(
        letters.contains("It would answer 10 more grounds of the decision as well"),
        "{letters}"
    );
    assert_eq!(letters.matches("> Concern 25.").count(), 0, "{letters}");
    let gaps =
        rebut::render::markdown(&checked.memo(rebut::render::MemoKind::Gaps, true), &templates).unwrap();
    assert!(gaps.contains("XX and 10 more, by"), "{gaps}");
    assert!(gaps.contains("and 6 more of the kinds it needs"), "{gaps}");

    // A letter in the writer's language counts the rest in that language.
    let peru = crate::support::checked(&case.replace("country: C}", "country: Peru}"));
    let letters =
        rebut::render::markdown(&peru.memo(rebut::render::MemoKind::Requests, true), &templates).unwrap();
    assert!(
        letters.contains("También respondería a otros 10 fundamentos de la decisión, que no se citan aquí."),
        "{letters}"
    );
    assert!(
        letters.contains("It would answer 10 more grounds of the decision as well"),
        "{letters}"
    );
}
