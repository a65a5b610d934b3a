//! Running the `rebut` binary as a child process, as a user would, with a
//! watchdog against hangs
//! and a cap on the memory it may take.
//!
//! The cap is enforced, not measured: the child's heap is limited with
//! `RLIMIT_DATA`, so a run that needs more fails to allocate and aborts,
//! which [`Run::status`] reports. (A measured peak would include the memory
//! of the test process the child was forked from.)
#![allow(dead_code)]

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Far above what any input here needs (real times are in the benchmark);
/// only a hang or a runaway loop reaches it, even on a busy CI machine
/// running debug builds.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Memory a run may use beyond its input's own size.
pub const MEMORY_ALLOWANCE: u64 = 100 * 1024 * 1024;

/// A fixed "today", so that output does not depend on the date of the run.
pub const TODAY: &str = "2026-09-01";

#[derive(Debug)]
pub struct Run {
    /// The exit status; `None` when a signal ended the process.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Run {
    /// Asserts the run ended by itself, with no panic, and returns its exit status.
    pub fn status(&self) -> i32 {
        assert!(
            self.signal.is_none(),
            "killed by signal {:?}; stderr:\n{}",
            self.signal,
            self.head()
        );
        assert!(!self.stderr.contains("panicked"), "panicked:\n{}", self.head());
        self.code.expect("an exit status")
    }

    /// The start of standard error, for assertion messages.
    pub fn head(&self) -> String {
        self.stderr.chars().take(2000).collect()
    }
}

/// Runs `rebut ARGS`, feeding `stdin` when given, with the heap capped at
/// [`MEMORY_ALLOWANCE`] beyond the input's size.
pub fn rebut(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let input_len = stdin.as_ref().map_or(0, |s| s.len() as u64)
        + args
            .iter()
            .filter_map(|a| std::fs::metadata(a).ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum::<u64>();
    rebut_capped(args, stdin, input_len + MEMORY_ALLOWANCE)
}

/// Runs `rebut ARGS` with its heap capped at `max_heap` bytes.
pub fn rebut_capped(args: &[&str], stdin: Option<Vec<u8>>, max_heap: u64) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rebut"));
    // SAFETY: setrlimit is async-signal-safe, and the closure touches no
    // memory of the parent but the captured integer.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: max_heap as libc::rlim_t,
                rlim_max: max_heap as libc::rlim_t,
            };
            if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    command
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command.spawn().expect("the rebut binary starts");
    let feeder = child.stdin.take().map(|mut pipe| {
        let bytes = stdin.unwrap_or_default();
        // A refused input may close the pipe early; that is not an error here.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));

    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for rebut") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("rebut {args:?} still running after {TIMEOUT:?}: a hang");
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = start.elapsed();
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    Run {
        code: status.code(),
        signal: status.signal(),
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
        elapsed,
    }
}

/// `path:line:column` somewhere in the text, for the given path.
pub fn has_location(text: &str, path: &str) -> bool {
    text.match_indices(path).any(|(i, _)| {
        let rest = &text[i + path.len()..];
        let mut parts = rest.splitn(3, ':');
        parts.next() == Some("")
            && parts
                .next()
                .is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
            && parts
                .next()
                .is_some_and(|c| c.starts_with(|ch: char| ch.is_ascii_digit()))
    })
}
