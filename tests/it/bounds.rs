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
