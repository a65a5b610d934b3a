//! The command line under attack: what a command writes never replaces what
//! it reads or a device, a failed write leaves nothing, case text cannot
//! drive the terminal, documents always open, and hostile playbooks and
//! templates get a clear error at a bounded cost.

use crate::support::run::{HANG, MEMORY_ALLOWANCE};
use crate::support::{Output, Rebut, TODAY, has_location};
use std::fs::File;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn example(name: &str) -> String {
    format!("{ROOT}/examples/{name}")
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A copy of an example case in `dir`, whose `file:` paths need not exist.
fn case_in(dir: &Path) -> PathBuf {
    write(
        dir,
        "case.yaml",
        std::fs::read(example("denial-with-gaps.yaml")).unwrap(),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

struct Out {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

/// Runs `rebut ARGS` in `cwd`, with `setup` to redirect standard input or
/// set limits, and a watchdog against hangs.
fn run_in(cwd: &Path, args: &[&str], setup: impl FnOnce(&mut Command)) -> Out {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rebut"));
    command
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    setup(&mut command);
    let mut child = command.spawn().unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err = std::thread::spawn(move || {
        let mut b = String::new();
        let _ = err.read_to_string(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("rebut {args:?} still running after {:?}", HANG);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stderr = err.join().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    Out {
        code: status
            .code()
            .unwrap_or_else(|| panic!("killed by a signal: {stderr}")),
        stdout: out.join().unwrap(),
        stderr,
    }
}

fn run(args: &[&str]) -> Out {
    run_in(Path::new(ROOT), args, |_| {})
}

/// Standard input redirected from `file`, as `< file` does.
fn stdin_from(file: &Path) -> impl FnOnce(&mut Command) + '_ {
    move |c| {
        c.stdin(File::open(file).unwrap());
    }
}

/// Writes may not make a file larger than `bytes` (`ulimit -f`); going past
/// fails with EFBIG rather than killing the process.
fn file_size_limit(bytes: u64) -> impl FnOnce(&mut Command) {
    move |c| {
        // SAFETY: setrlimit and signal are async-signal-safe; nothing of
        // the parent is touched.
        unsafe {
            c.pre_exec(move || {
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                let limit = libc::rlimit {
                    rlim_cur: bytes as libc::rlim_t,
                    rlim_max: bytes as libc::rlim_t,
                };
                if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

// 1. A target that exists and is not a regular file is written through,
//    never replaced.

#[test]
fn dev_null_stays_a_device_for_every_command() {
    let case = example("denial-with-gaps.yaml");
    for args in [
        vec!["render", &case, "--today", TODAY, "-o", "/dev/null"],
        vec![
            "render",
            &case,
            "--today",
            TODAY,
            "--format",
            "docx",
            "-o",
            "/dev/null",
        ],
        vec!["graph", &case, "--today", TODAY, "-o", "/dev/null"],
        vec!["redact", &case, "-o", "/dev/null", "--key", "/dev/null"],
        vec!["redact", &case, "-o", "/dev/null"],
        vec!["init", "/dev/null"],
    ] {
        let out = run(&args);
        assert!(out.code < 2, "{args:?}: {}", out.stderr);
        let meta = std::fs::metadata("/dev/null").unwrap();
        assert!(meta.file_type().is_char_device(), "{args:?} replaced /dev/null");
    }
}

#[test]
fn dev_stdout_gets_the_output_and_stays_what_it_was() {
    let case = example("denial-with-gaps.yaml");
    let before = std::fs::symlink_metadata("/dev/stdout").map(|m| m.file_type());
    let out = run(&["graph", &case, "--today", TODAY, "-o", "/dev/stdout"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    let after = std::fs::symlink_metadata("/dev/stdout").map(|m| m.file_type());
    assert_eq!(before.ok(), after.ok());
}

#[test]
fn a_fifo_target_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("map.svg");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = run(&[
        "graph",
        &example("denial-with-gaps.yaml"),
        "--today",
        TODAY,
        "-o",
        s(&fifo),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(reader.join().unwrap().contains("<svg"));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(names_in(dir.path()), ["map.svg"]);
}

#[test]
fn a_folder_is_not_a_target() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["graph", &example("denial-with-gaps.yaml"), "-o", s(dir.path())]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("a folder"), "{}", out.stderr);
}

// 2. Every file a command reads is protected from every file it writes.

#[test]
fn no_command_writes_over_its_playbook_or_templates() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    let playbook = write(dir.path(), "pb.yaml", rebut::playbook::DEFAULT_TEXT);
    let templates = dir.path().join("firm");
    std::fs::create_dir(&templates).unwrap();
    let template = write(
        &templates,
        "gaps.md",
        std::fs::read(format!("{ROOT}/templates/gaps.md")).unwrap(),
    );
    let link = dir.path().join("link.yaml");
    std::os::unix::fs::symlink(&playbook, &link).unwrap();
    let (case, pb, link, tpl) = (s(&case), s(&playbook), s(&link), s(&template));
    let pb_arg = ["--playbook", pb];
    for args in [
        vec!["graph", case, "-o", pb],
        vec!["graph", case, "-o", link],
        vec!["redact", case, "-o", pb],
        vec!["redact", case, "-o", "copy.yaml", "--key", pb],
        vec!["render", case, "-o", pb],
        vec![
            "render",
            case,
            "--memo",
            "gaps",
            "--templates",
            s(&templates),
            "-o",
            tpl,
        ],
        vec!["init", "--kind", "humanitarian-parole-medical", pb],
    ] {
        let mut args = args.clone();
        args.extend(pb_arg);
        let out = run_in(dir.path(), &args, |_| {});
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?} printed before refusing");
        assert_eq!(
            std::fs::read_to_string(pb).unwrap(),
            rebut::playbook::DEFAULT_TEXT,
            "{args:?}"
        );
        assert!(std::fs::read_to_string(tpl).unwrap().contains("{%"), "{args:?}");
    }
    assert_eq!(
        names_in(dir.path()),
        ["case.yaml", "firm", "link.yaml", "pb.yaml"]
    );
}

// 3. Standard input redirected from the output file is the input.

#[test]
fn standard_input_redirected_from_the_target_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    let original = std::fs::read(&case).unwrap();
    for args in [
        // A format named, so that the name's extension is no reason to
        // refuse and the input is.
        vec!["render", "-", "--format", "md", "-o", "case.yaml"],
        vec!["graph", "-", "--format", "svg", "-o", "case.yaml"],
        vec!["redact", "-", "-o", "case.yaml"],
        vec!["redact", "-", "-o", "other.yaml", "--key", "case.yaml"],
    ] {
        let out = run_in(dir.path(), &args, stdin_from(&case));
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("standard input"), "{}", out.stderr);
        assert_eq!(std::fs::read(&case).unwrap(), original, "{args:?}");
    }
    assert_eq!(names_in(dir.path()), ["case.yaml"]);
    // Another file on standard input is no reason to refuse.
    let out = run_in(dir.path(), &["graph", "-", "-o", "map.svg"], stdin_from(&case));
    assert_eq!(out.code, 0, "{}", out.stderr);
}

// 4. Case text cannot drive the terminal.

/// Whether `text` holds anything a terminal would act on rather than show.
fn acts_on_a_terminal(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || c == '\u{200B}'
    })
}

#[test]
fn check_shows_control_and_bidi_characters_instead_of_sending_them() {
    let input = format!("{ROOT}/tests/regressions/terminal-c1.yaml");
    let out = run(&["check", "--today", TODAY, &input]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(acts_on_a_terminal(&stdout), None, "{stdout:?}");
    assert!(stdout.contains("<U+202E>"), "{stdout}");
}

#[test]
fn diagnostics_grade_and_final_errors_show_hostile_text_as_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = std::fs::read_to_string(format!("{ROOT}/tests/regressions/terminal-c1.yaml")).unwrap();
    // A raw escape makes the file unusable: its diagnostic must show it.
    let raw = write(
        dir.path(),
        "raw.yaml",
        hostile
            .replace("Case \\x9b2J", "Case \u{1b}[2J")
            .replace("rebut: 1", "rebut: 1\nnot_a_key\u{1b}]52;c;eA==\u{7}: 1"),
    );
    let out = run(&["check", s(&raw)]);
    assert_eq!(out.code, 2);
    assert_eq!(acts_on_a_terminal(&out.stderr), None, "{:?}", out.stderr);
    assert!(out.stderr.contains('␛'), "{}", out.stderr);

    let case = write(dir.path(), "case.yaml", &hostile);
    let out = run(&["render", "--final", "--today", TODAY, s(&case)]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("missing-translation"), "{}", out.stderr);
    assert_eq!(acts_on_a_terminal(&out.stderr), None, "{:?}", out.stderr);

    let out = run(&["grade", s(&case), s(&case)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The feedback wraps its lines: the title's control characters, shown
    // as symbols, stand on a line of their own.
    assert!(
        stdout.contains("<U+009D>8;;https://evil.example<U+009C>click"),
        "{stdout}"
    );
    assert_eq!(acts_on_a_terminal(&stdout), None, "{stdout:?}");
}

// 5. Documents always open.

/// Every XML part of a .docx parses.
fn assert_docx_is_well_formed(bytes: &[u8]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().to_owned();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let mut text = String::new();
            part.read_to_string(&mut text).unwrap();
            if let Err(e) = roxmltree::Document::parse(&text) {
                panic!("{name} is not well-formed: {e}");
            }
        }
    }
}

#[test]
fn a_word_document_from_hostile_text_is_well_formed() {
    // What the loader lets through: C1 controls, DEL, bidi, noncharacters
    // XML allows, astral characters.
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(example("denial-with-gaps.yaml"))
        .unwrap()
        .replace(
            "Humanitarian parole for M. Alvarado",
            "Parole \\x85\\x9b\\x7f \\u202E \\uFDD0 \\U0001F600 \\uFFFD for M. Alvarado",
        );
    let case = write(dir.path(), "case.yaml", case);
    let docx = dir.path().join("memo.docx");
    let out = run(&["render", s(&case), "--today", TODAY, "-o", s(&docx)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_docx_is_well_formed(&std::fs::read(&docx).unwrap());

    // And what a template might make is replaced, never written.
    let md = "# Memo \u{7} \u{FFFE} \u{FFFF} \u{1b}[2J\n\nText \u{0}\u{1f}.\n";
    let bytes = rebut::docx::markdown_to_docx(md, &rebut::docx::DocxOptions::default()).unwrap();
    assert_docx_is_well_formed(&bytes);
}

#[test]
fn a_web_page_never_holds_text_xml_cannot_hold() {
    let md = "# Memo \u{7} \u{FFFE}\n\nText \u{0}\u{1b}[2J \u{FFFF}.\n";
    let page = rebut::render::html::page(md, "p { color: red } /* \u{1} */", None);
    let bad: Vec<char> = page.chars().filter(|&c| !rebut::markup::is_xml_char(c)).collect();
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn a_template_file_too_large_for_a_template_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let big = File::create(dir.path().join("gaps.md")).unwrap();
    big.set_len(rebut::render::templates::MAX_TEMPLATE_BYTES + 1)
        .unwrap();
    let out = run(&[
        "render",
        &example("denial-with-gaps.yaml"),
        "--memo",
        "gaps",
        "--templates",
        s(dir.path()),
    ]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("larger than 16 MiB"), "{}", out.stderr);
}

#[test]
fn a_template_with_text_xml_cannot_hold_is_refused_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "gaps.md", "# Gaps\n\nA \u{FFFF} here\n");
    let out = run(&[
        "render",
        &example("denial-with-gaps.yaml"),
        "--memo",
        "gaps",
        "--templates",
        s(dir.path()),
    ]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("line 3, column 3"), "{}", out.stderr);
    assert!(out.stderr.contains("U+FFFF"), "{}", out.stderr);
}

// 6. All targets are checked before anything is written; a failed write
//    leaves nothing behind.

#[test]
fn a_failed_init_leaves_no_partial_starter() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), &["init", "case.yaml"], file_size_limit(100));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("cannot write case.yaml"), "{}", out.stderr);
    assert_eq!(names_in(dir.path()), Vec::<String>::new());
    let out = run_in(dir.path(), &["init", "case.yaml"], |_| {});
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(names_in(dir.path()), ["case.yaml"]);
}

#[test]
fn redact_writes_the_copy_and_key_together_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    // The key is refused: the copy is neither written nor printed.
    for args in [
        vec!["redact", "case.yaml", "-o", "copy.yaml", "--key", "case.yaml"],
        vec!["redact", "case.yaml", "--key", "case.yaml"],
        vec!["redact", "case.yaml", "-o", "copy.yaml", "--key", "copy.yaml"],
        vec!["redact", "case.yaml", "--key", "-"],
    ] {
        let out = run_in(dir.path(), &args, |_| {});
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?} printed the copy");
        assert_eq!(names_in(dir.path()), ["case.yaml"], "{args:?}");
    }
    // A write that fails part way leaves neither file nor temporary.
    let out = run_in(
        dir.path(),
        &["redact", "case.yaml", "-o", "copy.yaml", "--key", "key.yaml"],
        file_size_limit(2000),
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(names_in(dir.path()), ["case.yaml"]);
    assert!(
        std::fs::read(&case)
            .unwrap()
            .starts_with(b"# denial-with-gaps.yaml")
    );
}

// 7. The redaction key is private.

#[test]
fn the_redaction_key_is_readable_by_its_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    case_in(dir.path());
    // An existing, world-readable key is replaced (with --force) by a
    // private one.
    let key = write(dir.path(), "key.yaml", "old");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run_in(
        dir.path(),
        &[
            "redact",
            "case.yaml",
            "-o",
            "copy.yaml",
            "--key",
            "key.yaml",
            "--force",
        ],
        |_| {},
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("readable by you only"), "{}", out.stderr);
    let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        std::fs::read_to_string(&key)
            .unwrap()
            .contains("Mateo Alvarado Ruiz")
    );
    let copy_mode = std::fs::metadata(dir.path().join("copy.yaml"))
        .unwrap()
        .permissions()
        .mode();
    assert_ne!(copy_mode & 0o777, 0, "the copy is an ordinary file");
}

// 8. A large playbook is validated in linear time, within limits.

fn generated_playbook(types: usize, categories: usize, unknown: Option<&str>) -> String {
    let mut text = String::from("id: big\ntitle: Big\nversion: 1\nevidence_types:\n");
    for t in 0..types {
        text.push_str(&format!("  t{t}: {{label: Type {t}}}\n"));
    }
    text.push_str("categories:\n");
    for c in 0..categories {
        let mut expects: Vec<String> = (0..types).map(|t| format!("t{t}")).collect();
        if c == 0
            && let Some(name) = unknown
        {
            expects.push(name.to_owned());
        }
        text.push_str(&format!(
            "  c{c}:\n    label: C{c}\n    heading: H{c}\n    expects: [{}]\n",
            expects.join(", ")
        ));
    }
    text.push_str("memo:\n");
    for key in rebut::playbook::REQUIRED_MEMO {
        text.push_str(&format!("  {key}: a\n"));
    }
    text
}

#[test]
fn a_playbook_of_thousands_of_types_is_validated_and_its_errors_located() {
    let dir = tempfile::tempdir().unwrap();
    // 4,000 types, each expected by 4 categories: 16,000 lookups, which a
    // scan of the type list per lookup made 64 million comparisons.
    let good = write(dir.path(), "good.yaml", generated_playbook(4000, 4, None));
    let out = Rebut::new().args(["playbook", "--playbook", s(&good)]).run();
    assert_eq!(out.status, 0, "{}", out.head());
    let bad = write(
        dir.path(),
        "bad.yaml",
        generated_playbook(4000, 4, Some("t99999")),
    );
    let out = Rebut::new().args(["playbook", "--playbook", s(&bad)]).run();
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("unknown evidence type `t99999`"),
        "{}",
        out.head()
    );
    assert!(has_location(&out.stderr, s(&bad)), "{}", out.head());
    // The size limit holds for playbooks as for cases.
    let out = Rebut::new()
        .args(["playbook", "--playbook", s(&good), "--max-size", "1000"])
        .run();
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("over the limit of 1000 bytes"),
        "{}",
        out.head()
    );
}

// 9. A hostile template is stopped with a clear error, at a bounded cost.

fn render_with_template(template: &str, max_heap: u64) -> Output {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "gaps.md", template);
    let out = dir.path().join("out.md");
    let run = Rebut::new()
        .args([
            "render",
            &example("denial-with-gaps.yaml"),
            "--memo",
            "gaps",
            "--today",
            TODAY,
            "--templates",
            s(dir.path()),
            "-o",
            s(&out),
        ])
        .max_heap(max_heap)
        .run();
    assert!(!out.exists(), "a stopped render wrote its output");
    run
}

#[test]
fn nested_range_loops_are_stopped_with_a_located_error() {
    let run = render_with_template(
        "# Gaps\n{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}\n",
        MEMORY_ALLOWANCE,
    );
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("`range` would make"), "{}", run.head());
    assert!(run.stderr.contains("gaps.md:2:"), "{}", run.head());
}

#[test]
fn a_string_doubled_without_end_is_stopped_before_memory_runs_out() {
    // The child may use 1 GiB; the render is stopped at its budget of
    // 256 MiB, with an error instead of an abort.
    let run = render_with_template(
        "# Gaps\n{% set_global s = \"0123456789abcdef\" %}{% for i in range(end=64) %}{% set_global s = s ~ s %}{% endfor %}{{ s | length }}\n",
        1024 * 1024 * 1024,
    );
    assert_eq!(run.status, 2, "{}", run.head());
    assert!(run.stderr.contains("MiB of memory"), "{}", run.head());
    assert!(run.stderr.contains("gaps.md"), "{}", run.head());
}

#[test]
fn endless_output_is_stopped_at_the_size_limit() {
    use rebut::render::budget::Budget;
    use rebut::render::{Format, MemoKind, Templates};
    // In-process, with the time limit out of the way: on a busy machine a
    // debug build could reach the 15 seconds before the output limit.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "gaps.md",
        "# Gaps\n{% set_global s = \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\" %}{% for i in range(end=100000) %}{% for j in range(end=9) %}{{ s }}{{ s }}{% endfor %}{% endfor %}\n",
    );
    let templates = Templates::load(Some(dir.path())).unwrap().with_budget(Budget {
        time: Duration::from_secs(3600),
        output_bytes: 8 * 1024 * 1024,
        ..Budget::default()
    });
    let playbook = rebut::playbook::Playbook::builtin();
    let source = rebut::load::read_source(&example("denial-with-gaps.yaml"), 1 << 20).unwrap();
    let today = rebut::load::parse_date(TODAY).unwrap();
    let checked = rebut::check::Checked::load(&source, &playbook, today).unwrap();
    let cx = rebut::render::context(&checked, MemoKind::Gaps, true);
    let err = rebut::render::render(&cx, Format::Markdown, &templates).unwrap_err();
    assert!(err.to_string().contains("writes more than 8 MiB"), "{err}");
}

#[test]
fn a_render_past_its_time_is_abandoned_with_an_error() {
    use rebut::render::budget::Budget;
    use rebut::render::{Format, MemoKind, Templates};
    let dir = tempfile::tempdir().unwrap();
    // Runs for hours, writing a little at a time.
    write(
        dir.path(),
        "gaps.md",
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}.{% endfor %}{% endfor %}",
    );
    let templates = Templates::load(Some(dir.path())).unwrap().with_budget(Budget {
        time: Duration::from_millis(200),
        range_steps: u64::MAX,
        ..Budget::default()
    });
    let playbook = rebut::playbook::Playbook::builtin();
    let source = rebut::load::read_source(&example("denial-with-gaps.yaml"), 1 << 20).unwrap();
    let today = rebut::load::parse_date(TODAY).unwrap();
    let checked = rebut::check::Checked::load(&source, &playbook, today).unwrap();
    let cx = rebut::render::context(&checked, MemoKind::Gaps, true);
    let err = rebut::render::render(&cx, Format::Markdown, &templates).unwrap_err();
    assert!(err.to_string().contains("runs for more than"), "{err}");
}

// 10. The small ones.

#[test]
fn the_largest_max_size_reads_files_whole() {
    let max = u64::MAX.to_string();
    let case = example("denial-with-gaps.yaml");
    let out = run(&["check", "--today", TODAY, "--max-size", &max, &case]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(String::from_utf8_lossy(&out.stdout).contains("G5"));
    let out = run_in(
        Path::new(ROOT),
        &["check", "--today", TODAY, "--max-size", &max, "-"],
        stdin_from(Path::new(&case)),
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
}

#[test]
fn dash_means_standard_output_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_in(dir.path());
    for (args, expect) in [
        (vec!["graph", s(&case), "-o", "-"], "<svg"),
        (vec!["render", s(&case), "-o", "-"], "#"),
        (vec!["redact", s(&case), "-o", "-"], "rebut: 1"),
        (vec!["init", "-"], "rebut: 1"),
    ] {
        let out = run_in(dir.path(), &args, |_| {});
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(String::from_utf8_lossy(&out.stdout).contains(expect), "{args:?}");
        assert_eq!(names_in(dir.path()), ["case.yaml"], "{args:?} wrote a file");
    }
}

#[test]
fn an_output_name_as_long_as_the_file_system_allows_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let name = format!("{}.svg", "m".repeat(243));
    let out = run_in(
        dir.path(),
        &["graph", &example("denial-with-gaps.yaml"), "-o", &name],
        |_| {},
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(names_in(dir.path()), [name]);
}

#[test]
fn a_fifo_as_the_case_or_playbook_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("case.yaml");
    mkfifo(&fifo);
    for args in [
        vec!["check", s(&fifo)],
        vec!["check", "--playbook", s(&fifo), &example("noid-clean.yaml")],
        vec!["render", s(&fifo)],
    ] {
        // Nothing ever writes the FIFO: reading it would block for ever.
        let out = run(&args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("a FIFO"), "{}", out.stderr);
        assert!(out.stderr.contains("standard input"), "{}", out.stderr);
    }
}

#[test]
fn a_stylesheet_that_loads_from_elsewhere_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "style.css",
        "body { color: black }\n@import url(\"https://fonts.example.org/x.css\");\n",
    );
    let out = run(&[
        "render",
        &example("noid-clean.yaml"),
        "--format",
        "html",
        "--templates",
        s(dir.path()),
    ]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("style.css"), "{}", out.stderr);
    assert!(out.stderr.contains("line 2, column 1"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
}
